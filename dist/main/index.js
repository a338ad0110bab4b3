import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9637:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 6965:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ isValidRef),
/* harmony export */   Z3: () => (/* binding */ eventPayload),
/* harmony export */   cw: () => (/* binding */ gitContext),
/* harmony export */   u9: () => (/* binding */ workflowRunURL)
/* harmony export */ });
/* unused harmony exports serverURL, repository */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/**
 * What the docker actions read from the runner's environment, as docker/actions-toolkit reads it (src/github/github.ts,
 * src/buildx/build.ts, and @actions/github's Context): the event payload, the repository, the run's URL, and the
 * default Git context (`{{defaultContext}}`).
 */

/** @actions/github Context.payload: the JSON at `GITHUB_EVENT_PATH`, `{}` when there is none. */
function eventPayload(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file || !node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
        return {};
    try {
        return JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** GitHub.serverURL. */
function serverURL(env) {
    return env.GITHUB_SERVER_URL || 'https://github.com';
}
/** @actions/github Context.repo as `owner/repo`: GITHUB_REPOSITORY, else the payload's repository. */
function repository(env, payload) {
    if (env.GITHUB_REPOSITORY) {
        const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
        return `${owner}/${repo}`;
    }
    const r = payload.repository;
    if (r?.owner?.login && r.name)
        return `${r.owner.login}/${r.name}`;
    return undefined;
}
/**
 * GitHub.workflowRunURL(true): `${GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${GITHUB_RUN_ID}/attempts/${GITHUB_RUN_ATTEMPT}`
 * (attempt 1 when unset), the `builder-id` of the docker actions' provenance. Undefined outside a workflow run.
 */
function workflowRunURL(env, payload) {
    const repo = repository(env, payload);
    if (!repo || !env.GITHUB_RUN_ID)
        return undefined;
    const attempt = env.GITHUB_RUN_ATTEMPT ? +env.GITHUB_RUN_ATTEMPT : 1;
    return `${serverURL(env)}/${repo}/actions/runs/${+env.GITHUB_RUN_ID}/attempts/${attempt}`;
}
/** actions-toolkit Util.parseBoolOrDefault: Go's ParseBool, false when unset or not a bool. */
function parseBoolOrDefault(v) {
    return v !== undefined && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v);
}
/**
 * actions-toolkit `Build.gitContext()` without options: the event's repository at the event's commit,
 * `${GITHUB_SERVER_URL}/${owner}/${repo}.git#${GITHUB_SHA}` (for a pull request the merge commit, or its head with
 * `DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF`). With `BUILDX_SEND_GIT_QUERY_AS_INPUT` the query form
 * `\u2026/repo.git?ref=${sha}` (the toolkit also requires buildx \u2265 0.29 for it; bakekit follows buildx \u2265 0.29).
 */
function gitContext(env, payload) {
    const repo = repository(env, payload);
    if (!repo)
        throw new Error("the default Git context needs GITHUB_REPOSITORY ('owner/repo')");
    let ref = env.GITHUB_REF ?? '';
    if (!ref.startsWith('refs/'))
        ref = `refs/heads/${ref}`;
    else if (ref.startsWith('refs/pull/') && parseBoolOrDefault(env.DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF))
        ref = ref.replace(/\/merge$/g, '/head');
    const baseURL = `${serverURL(env)}/${repo}.git`;
    let pinned = env.GITHUB_SHA || ref;
    if (ref.startsWith('refs/pull/') && ref.endsWith('/head')) {
        const head = payload.pull_request?.head?.sha;
        pinned = typeof head === 'string' ? head : ref;
    }
    if (parseBoolOrDefault(env.BUILDX_SEND_GIT_QUERY_AS_INPUT))
        return `${baseURL}?ref=${pinned}`;
    return `${baseURL}#${pinned}`;
}
/** actions-toolkit Util.isValidRef: what `source` names a remote (Git) bake definition rather than a directory. */
function isValidRef(ref) {
    try {
        const u = new URL(ref);
        if (u.protocol === 'http:' || u.protocol === 'https:')
            return true;
    }
    catch {
        // not a URL
    }
    return ['git://', 'github.com/', 'git@'].some((p) => ref.startsWith(p));
}


/***/ }),

/***/ 4112:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   appendSummary: () => (/* binding */ appendSummary),
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   endGroup: () => (/* binding */ endGroup),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   getInput: () => (/* binding */ getInput),
/* harmony export */   getState: () => (/* binding */ getState),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   setFailed: () => (/* binding */ setFailed),
/* harmony export */   setOutput: () => (/* binding */ setOutput),
/* harmony export */   setSecret: () => (/* binding */ setSecret),
/* harmony export */   startGroup: () => (/* binding */ startGroup),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/**
 * The workflow commands the action uses \u2014 inputs, outputs, masks, log lines, groups, annotations, the job summary
 * and the post step's state \u2014 in the runner's formats, byte for byte as @actions/core 3.x writes them
 * (its command.ts, file-command.ts, utils.ts and summary.ts).
 *
 * Why not @actions/core itself: its entry module statically imports its OIDC client, and with it
 * @actions/http-client, undici and @actions/exec \u2014 about 1 MB of the bundle that every step compiled and
 * initialised (~60 ms of start-up, measured) although bakekit never asks for an ID token.
 */


function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(s) {
    return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,\u2026::message`; properties without a value are left out (as the toolkit does). */
function issueCommand(command, properties, message) {
    let cmd = `::${command}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        cmd += ' ';
        cmd += keys
            .filter((k) => properties[k])
            .map((k) => `${k}=${escapeProperty(properties[k])}`)
            .join(',');
    }
    process.stdout.write(`${cmd}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
function annotation(kind, message, p) {
    const properties = Object.keys(p).length
        ? {
            title: p.title,
            file: p.file,
            line: p.startLine,
            endLine: p.endLine,
            col: p.startColumn,
            endColumn: p.endColumn,
        }
        : {};
    issueCommand(kind, properties, message instanceof Error ? message.toString() : message);
}
/** The value of input `name` (`INPUT_NAME` in the environment), trimmed; '' when unset. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** Masks `secret` in the job log from here on. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/** A line shown only when the run has step debug logging on (`ACTIONS_STEP_DEBUG`). */
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
function warning(message, properties = {}) {
    annotation('warning', message, properties);
}
function error(message, properties = {}) {
    annotation('error', message, properties);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Marks the step failed (exit code 1) with an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** A step output: appended to `$GITHUB_OUTPUT` as a `name<<DELIMITER` block (the legacy `::set-output` without it). */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
        issueCommand('set-output', { name }, toCommandValue(value));
        return;
    }
    const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
    const text = toCommandValue(value);
    // a value containing the (random) delimiter could end the block early and set other outputs
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`, { encoding: 'utf8' });
}
/** A value the main step saved for the post step (`STATE_name`); '' when unset. */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
/** Appends markdown to the job summary (`$GITHUB_STEP_SUMMARY`). */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.appendFile(file, markdown, { encoding: 'utf8' });
}


/***/ }),

/***/ 5865:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DS: () => (/* binding */ resourcesFromValue),
/* harmony export */   Eg: () => (/* binding */ normalizeAttests),
/* harmony export */   Fs: () => (/* binding */ normalizeSecrets),
/* harmony export */   HE: () => (/* binding */ parseSecretText),
/* harmony export */   IC: () => (/* binding */ compareSsh),
/* harmony export */   Ji: () => (/* binding */ parseExportText),
/* harmony export */   MY: () => (/* binding */ parseGoBool),
/* harmony export */   R2: () => (/* binding */ parseSshText),
/* harmony export */   SV: () => (/* binding */ parseAttestText),
/* harmony export */   UZ: () => (/* binding */ mergeResources),
/* harmony export */   Uu: () => (/* binding */ parseCacheTexts),
/* harmony export */   XL: () => (/* binding */ parsePolicyText),
/* harmony export */   Zd: () => (/* binding */ cachesFromValue),
/* harmony export */   al: () => (/* binding */ sshFromValue),
/* harmony export */   fm: () => (/* binding */ normalizeCaches),
/* harmony export */   kT: () => (/* binding */ policiesFromValue),
/* harmony export */   kc: () => (/* binding */ RESOURCE_KEYS),
/* harmony export */   lX: () => (/* binding */ normalizeExports),
/* harmony export */   nj: () => (/* binding */ setResourceField),
/* harmony export */   qZ: () => (/* binding */ csvFields),
/* harmony export */   qz: () => (/* binding */ attestsFromValue),
/* harmony export */   tp: () => (/* binding */ policyMap),
/* harmony export */   ty: () => (/* binding */ exportsFromValue),
/* harmony export */   uS: () => (/* binding */ clonePolicy),
/* harmony export */   uT: () => (/* binding */ normalizeSsh),
/* harmony export */   xq: () => (/* binding */ mergeEntries),
/* harmony export */   z8: () => (/* binding */ secretsFromValue)
/* harmony export */ });
/* unused harmony exports removeEqualDupes, dedupeByKey, sshEqual */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5175);
/* harmony import */ var _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6676);


/** Go's strconv.ParseBool. */
function parseGoBool(s) {
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s))
        return true;
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s))
        return false;
    return undefined;
}
/** Splits a CSV line the way buildx's csvvalue does (quotes allowed, spaces kept). */
function csvFields(s) {
    if (s === '')
        return [''];
    if (!s.includes('"'))
        return s.split(',');
    const rows = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(s, { relax_quotes: true, relax_column_count: true, skip_empty_lines: false });
    return rows[0] ?? [''];
}
function cutEq(field) {
    const i = field.indexOf('=');
    return i < 0 ? undefined : [field.slice(0, i), field.slice(i + 1)];
}
function parseExportText(s) {
    const fields = csvFields(s);
    if (fields.length === 1 && fields[0] === s && !s.startsWith('type=')) {
        return s === '-' ? { type: 'tar', dest: '-' } : { type: 'local', dest: s };
    }
    const e = {};
    let type = '';
    for (const field of fields) {
        const kv = cutEq(field);
        if (!kv)
            throw new Error(`invalid value ${field}`);
        const key = kv[0].trim().toLowerCase();
        if (key === 'type')
            type = kv[1];
        else
            e[key] = kv[1];
    }
    if (type === '')
        throw new Error('type is required for output');
    return { ...e, type };
}
/** One string may hold several registry refs (`"ref1,ref2"`) when it has no `=`. */
function parseCacheTexts(s) {
    if (!s.includes('='))
        return csvFields(s).map((ref) => ({ type: 'registry', ref }));
    const e = {};
    let type = '';
    for (const field of csvFields(s)) {
        const kv = cutEq(field);
        if (!kv)
            throw new Error(`invalid value ${field}`);
        const key = kv[0].toLowerCase();
        if (key === 'type')
            type = kv[1];
        else
            e[key] = kv[1];
    }
    if (type === '')
        throw new Error(`type required form> ${JSON.stringify(s)}`);
    return [{ ...e, type }];
}
function parseSecretText(s) {
    const out = {};
    let type = '';
    for (const field of csvFields(s)) {
        const kv = cutEq(field);
        if (!kv)
            throw new Error(`invalid field '${field}' must be a key=value pair`);
        const key = kv[0].toLowerCase();
        const value = kv[1];
        switch (key) {
            case 'type':
                if (value !== 'file' && value !== 'env')
                    throw new Error(`unsupported secret type ${JSON.stringify(value)}`);
                type = value;
                break;
            case 'id':
                out.id = value;
                break;
            case 'source':
            case 'src':
                out.src = value;
                break;
            case 'env':
                out.env = value;
                break;
            default:
                throw new Error(`unexpected key '${key}' in '${field}'`);
        }
    }
    if (type === 'env' && !out.env) {
        const src = out.src;
        delete out.src;
        if (src)
            out.env = src;
    }
    return cleanSecret(out);
}
function cleanSecret(s) {
    const out = {};
    if (s.id)
        out.id = s.id;
    if (s.src)
        out.src = s.src;
    if (s.env)
        out.env = s.env;
    return out;
}
function parseSshText(s) {
    const i = s.indexOf('=');
    if (i < 0)
        return { id: s };
    return { id: s.slice(0, i), paths: s.slice(i + 1).split(',') };
}
function parseAttestText(s) {
    const out = {};
    let type = '';
    let disabled = false;
    for (const field of csvFields(s)) {
        const kv = cutEq(field);
        if (!kv)
            throw new Error(`invalid value ${field}`);
        switch (kv[0].trim().toLowerCase()) {
            case 'type':
                type = kv[1];
                break;
            case 'disabled': {
                const b = parseGoBool(kv[1]);
                if (b === undefined)
                    throw new Error(`invalid value ${field}: strconv.ParseBool: parsing ${JSON.stringify(kv[1])}: invalid syntax`);
                disabled = b;
                break;
            }
            default:
                out[kv[0]] = kv[1];
        }
    }
    if (type === '')
        throw new Error('attestation type not specified');
    return makeAttest(type, disabled, out);
}
function makeAttest(type, disabled, attrs) {
    const e = { ...attrs, type };
    if (disabled)
        e.disabled = true;
    return e;
}
/** An object-valued entry as a string map (cty converts every attribute to string). */
function stringMap(v, what) {
    v = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .materialize */ .O9)(v);
    if (!(v instanceof Map))
        throw new Error(`Unsuitable value type; ${what} entries must be strings or objects`);
    const out = new Map();
    for (const [k, x] of v) {
        const s = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .asString */ .oJ)(x, `${what}.${k}`);
        if (s !== null)
            out.set(k, s);
    }
    return out;
}
/** Elements of a structured list: empty strings are skipped (buildx #2822). */
function elements(v) {
    return v === null ? [] : v.filter((x) => !(typeof x === 'string' && x === '') && x !== null);
}
function exportsFromValue(list) {
    return elements(list).map((v) => {
        if (typeof v === 'string')
            return parseExportText(v);
        const m = stringMap(v, 'output');
        const type = m.get('type') ?? '';
        if (type === '')
            throw new Error('type is required for output');
        const e = {};
        for (const [k, x] of m)
            if (k !== 'type' && !(k === 'dest' && x === ''))
                e[k] = x;
        return { ...e, type };
    });
}
function cachesFromValue(list) {
    return elements(list).flatMap((v) => {
        if (typeof v === 'string')
            return parseCacheTexts(v);
        const m = stringMap(v, 'cache');
        const type = m.get('type') ?? '';
        const e = {};
        for (const [k, x] of m)
            if (k !== 'type')
                e[k] = x;
        if (type === '')
            throw new Error(`type required for ${JSON.stringify(JSON.stringify(Object.fromEntries(m)))}`);
        return [{ ...e, type }];
    });
}
function secretsFromValue(list) {
    return elements(list).map((v) => {
        if (typeof v === 'string')
            return parseSecretText(v);
        const m = stringMap(v, 'secret');
        return cleanSecret({ id: m.get('id'), src: m.get('src'), env: m.get('env') });
    });
}
function sshFromValue(list) {
    return elements(list).map((v) => {
        if (typeof v === 'string')
            return parseSshText(v);
        const o = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .materialize */ .O9)(v);
        if (!(o instanceof Map))
            throw new Error('Unsuitable value type; ssh entries must be strings or objects');
        const out = {};
        const id = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .asString */ .oJ)(o.get('id') ?? null);
        if (id)
            out.id = id;
        const paths = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .materialize */ .O9)(o.get('paths') ?? null);
        if (Array.isArray(paths) && paths.length > 0)
            out.paths = paths.map((p) => (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .asString */ .oJ)(p) ?? '');
        return out;
    });
}
function attestsFromValue(list) {
    return elements(list).map((v) => {
        if (typeof v === 'string')
            return parseAttestText(v);
        const m = stringMap(v, 'attest');
        let type = '';
        let disabled = false;
        const attrs = {};
        for (const [k, x] of m) {
            if (k === 'type')
                type = x;
            else if (k === 'disabled') {
                const b = parseGoBool(x);
                if (b === undefined)
                    throw new Error(`strconv.ParseBool: parsing ${JSON.stringify(x)}: invalid syntax`);
                disabled = b;
            }
            else
                attrs[k] = x;
        }
        return makeAttest(type, disabled, attrs);
    });
}
// ---- equality and de-duplication (the exact orders buildx produces) ----
function recordsEqual(a, b) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
}
/**
 * buildx's removeDupes for cache and export entries: walking backwards, each element that has
 * a later duplicate swaps that duplicate with the last element and drops it. This is not
 * "keep first" \u2014 a later unique element can move into the dropped duplicate's slot \u2014 so it is
 * reproduced exactly.
 */
function removeEqualDupes(list) {
    const s = [...list];
    for (let i = s.length - 2; i >= 0; i--) {
        for (let j = i + 1; j < s.length; j++) {
            if (recordsEqual(s[i], s[j])) {
                s[j] = s[s.length - 1];
                s.pop();
                break;
            }
        }
    }
    return s;
}
/** Later entries with the same key replace earlier ones, at the earlier position. */
function dedupeByKey(list, key) {
    const res = [];
    const index = new Map();
    for (const item of list) {
        const k = key(item);
        const i = index.get(k);
        if (i !== undefined)
            res[i] = item;
        else {
            index.set(k, res.length);
            res.push(item);
        }
    }
    return res;
}
const normalizeCaches = (l) => l && l.length ? removeEqualDupes(l) : undefined;
const normalizeExports = (l) => l && l.length ? removeEqualDupes(l) : undefined;
const normalizeSecrets = (l) => l && l.length ? dedupeByKey(l, (s) => s.id ?? '') : undefined;
const normalizeSsh = (l) => l && l.length ? dedupeByKey(l, (s) => s.id ?? '') : undefined;
const normalizeAttests = (l) => l && l.length ? dedupeByKey(l, (a) => a.type) : undefined;
/** The `Merge` of buildx list types: concatenate then normalise (nil-ness preserved). */
function mergeEntries(a, b, normalize) {
    if (b === undefined)
        return normalize(a);
    if (a === undefined)
        return normalize(b);
    return normalize([...a, ...b]);
}
function sshEqual(a, b) {
    return (a.id ?? '') === (b.id ?? '') && JSON.stringify(a.paths ?? []) === JSON.stringify(b.paths ?? []);
}
function compareSsh(a, b) {
    const ia = a.id ?? '';
    const ib = b.id ?? '';
    if (ia !== ib)
        return ia < ib ? -1 : 1;
    const pa = a.paths ?? [];
    const pb = b.paths ?? [];
    for (let i = 0; i < Math.min(pa.length, pb.length); i++)
        if (pa[i] !== pb[i])
            return pa[i] < pb[i] ? -1 : 1;
    return pa.length - pb.length;
}
/** ResourcesConfig's fields in the struct's order (encoding/json writes them so). */
const RESOURCE_KEYS = [
    'memory',
    'memory-swap',
    'cpu-shares',
    'cpu-period',
    'cpu-quota',
    'cpuset-cpus',
    'cpuset-mems',
];
const RESOURCE_INT_KEYS = new Set(['cpu-shares', 'cpu-period', 'cpu-quota']);
const INT64_MAX = 2n ** 63n - 1n;
/**
 * An int64 field as a JS number. cty (HCL) and strconv accept the whole int64 range; beyond 2^53 a JS number is no
 * longer exact, so such a value is refused rather than sent rounded.
 */
function int64Number(n, what, shown) {
    if (n > INT64_MAX || n < -INT64_MAX - 1n)
        throw new Error(`invalid value ${shown} for int64 key ${what}`);
    if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new Error(`${what}: ${shown} is beyond what bakekit handles exactly (\u00b12^53)`);
    }
    return Number(n);
}
/** The `resources` object (resources_cty.go FromCtyValue: converted to an object of optional attributes, so other
 * keys are dropped; strings take numbers and bools as cty converts them; the cpu-* ones must be whole numbers). */
function resourcesFromValue(v) {
    v = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .materialize */ .O9)(v);
    if (!(v instanceof Map))
        throw new Error(`Unsuitable value type; resources must be an object, not ${v === null ? 'null' : Array.isArray(v) ? 'tuple' : typeof v}`);
    const out = {};
    for (const key of RESOURCE_KEYS) {
        const x = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .materialize */ .O9)(v.get(key) ?? null);
        if (x === null)
            continue;
        if (RESOURCE_INT_KEYS.has(key)) {
            const n = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .asNumber */ .i)(x, `resources.${key}`);
            if (!Number.isInteger(n))
                throw new Error(`resources.${key}: value must be a whole number, between -9223372036854775808 and 9223372036854775807`);
            out[key] = int64Number(BigInt(n), `resources.${key}`, formatNumberish(n));
        }
        else {
            out[key] = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .asString */ .oJ)(x, `resources.${key}`);
        }
    }
    return out;
}
function formatNumberish(n) {
    return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
}
/** buildx ResourcesConfig.SetField (`--set T.resources.NAME=VALUE`). Returns a new config. */
function setResourceField(r, name, value) {
    const out = { ...(r ?? {}) };
    if (!RESOURCE_KEYS.includes(name))
        throw new Error(`unknown resources key ${name}`);
    if (RESOURCE_INT_KEYS.has(name)) {
        // strconv.ParseInt(value, 10, 64): an optional sign and decimal digits, nothing else
        if (!/^[+-]?\d+$/.test(value))
            throw new Error(`invalid value ${value} for int64 key resources.${name}`);
        out[name] = int64Number(BigInt(value), `resources.${name}`, value);
    }
    else {
        out[name] = value;
    }
    return out;
}
/** buildx ResourcesConfig.Merge: the fields `b` sets replace `a`'s; a new object either way. */
function mergeResources(a, b) {
    return { ...(a ?? {}), ...b };
}
/** logrus.ParseLevel (case-insensitive) \u2192 Level.String(). */
const LOG_LEVELS = {
    panic: 'panic',
    fatal: 'fatal',
    error: 'error',
    warn: 'warning',
    warning: 'warning',
    info: 'info',
    debug: 'debug',
    trace: 'trace',
};
/** buildx parsePolicyFields: `key=value` fields (keys trimmed and lower-cased, values verbatim). */
function policyFromFields(fields) {
    const cfg = { Files: null, Reset: false, Disabled: false, Strict: null, LogLevel: null };
    const bool = (field, value) => {
        const b = parseGoBool(value);
        if (b === undefined)
            throw new Error(`invalid value ${field}: strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`);
        return b;
    };
    for (const field of fields) {
        const kv = cutEq(field);
        if (!kv)
            throw new Error(`invalid value ${field}`);
        const [rawKey, value] = kv;
        switch (rawKey.toLowerCase().trim()) {
            case 'filename':
                if (value === '')
                    throw new Error(`invalid value ${field}`);
                (cfg.Files ??= []).push({ Filename: value, Data: null });
                break;
            case 'reset':
                cfg.Reset = bool(field, value);
                break;
            case 'disabled':
                cfg.Disabled = bool(field, value);
                break;
            case 'strict':
                cfg.Strict = bool(field, value);
                break;
            case 'log-level': {
                const level = LOG_LEVELS[value.toLowerCase()];
                if (!level)
                    throw new Error(`invalid value ${field}: not a valid logrus Level: ${JSON.stringify(value)}`);
                cfg.LogLevel = level;
                break;
            }
            default:
                throw new Error(`invalid value ${field}`);
        }
    }
    return cfg;
}
/** buildx ParsePolicyConfig: one CSV string, `filename=a.rego,strict=true` (an empty one is csvvalue's EOF). */
function parsePolicyText(s) {
    if (s === '' || s === '\n' || s === '\r\n')
        throw new Error('EOF');
    return policyFromFields(csvFields(s));
}
/**
 * The `policy` list (policy_cty.go): strings as parsePolicyText, objects as `key=value` fields (null and empty-string
 * values skipped, bools and numbers written out); empty strings and nulls in the list are skipped.
 */
function policiesFromValue(list) {
    return elements(list).map((v) => {
        v = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .materialize */ .O9)(v);
        if (typeof v === 'string')
            return parsePolicyText(v);
        if (!(v instanceof Map))
            throw new Error(`Unsuitable value type; policy entries must be strings or objects, not ${Array.isArray(v) ? 'tuple' : typeof v}`);
        const fields = [];
        for (const k of [...v.keys()].sort()) {
            const x = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .materialize */ .O9)(v.get(k));
            if (x === null || x === '')
                continue;
            if (x instanceof Map || Array.isArray(x))
                throw new Error(`Unsuitable value type; policy.${k}: string required`);
            fields.push(`${k}=${(0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_1__/* .asString */ .oJ)(x)}`);
        }
        return policyFromFields(fields);
    });
}
/** PolicyConfig.ToCtyValue: what `target.NAME.policy` yields per entry (a map of strings). */
function policyMap(p) {
    const m = new Map();
    if (p.Files?.length)
        m.set('filename', p.Files[0].Filename);
    if (p.Reset)
        m.set('reset', 'true');
    if (p.Disabled)
        m.set('disabled', 'true');
    if (p.Strict !== null)
        m.set('strict', String(p.Strict));
    if (p.LogLevel !== null)
        m.set('log-level', p.LogLevel);
    return m;
}
function clonePolicy(p) {
    return { ...p, Files: p.Files && p.Files.map((f) => ({ ...f })) };
}


/***/ }),

/***/ 6676:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ isPrimitiveType),
/* harmony export */   DD: () => (/* binding */ asList),
/* harmony export */   HO: () => (/* binding */ toJS),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   O9: () => (/* binding */ materialize),
/* harmony export */   XL: () => (/* binding */ asBool),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   bR: () => (/* binding */ convertTo),
/* harmony export */   eB: () => (/* binding */ asObject),
/* harmony export */   gb: () => (/* binding */ LazyValue),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   i: () => (/* binding */ asNumber),
/* harmony export */   lu: () => (/* binding */ valuesEqual),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   ss: () => (/* binding */ fromJS),
/* harmony export */   xG: () => (/* binding */ typeToString),
/* harmony export */   zf: () => (/* binding */ sortSetValues),
/* harmony export */   zx: () => (/* binding */ ConversionError)
/* harmony export */ });
/* unused harmony export isObject */
/** A value computed on first use (block references like `target.app.args`). */
class LazyValue {
}
function isObject(v) {
    return v instanceof Map;
}
function materialize(v) {
    return v instanceof LazyValue ? materialize(v.force()) : v;
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'number')
        return 'number';
    if (typeof v === 'boolean')
        return 'bool';
    if (Array.isArray(v))
        return 'tuple';
    if (v instanceof Map)
        return 'object';
    return 'object';
}
function sortedKeys(m) {
    return [...m.keys()].sort(compareStrings);
}
/** Byte-wise (Go) string ordering. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Formats a number the way cty does (decimal, never exponent notation). cty computes with
 * 512-bit floats, so `0.1 + 0.2` is exactly `0.3` there; rounding to 15 significant digits
 * hides the binary-float noise JS would otherwise show.
 */
function formatNumber(n) {
    if (Number.isInteger(n) && Math.abs(n) < 1e21)
        return String(n);
    if (!isFinite(n))
        return n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN';
    if (Number.isInteger(n))
        return BigInt(n).toString();
    const rounded = Number(n.toPrecision(15));
    const s = String(rounded);
    if (!s.includes('e'))
        return s;
    // Small magnitudes: expand 1.5e-7 to 0.00000015.
    const [mant, expStr] = s.split('e');
    const exp = Number(expStr);
    const neg = mant.startsWith('-');
    const digits = mant.replace('-', '').replace('.', '');
    const intLen = mant.replace('-', '').split('.')[0].length;
    const point = intLen + exp;
    let out;
    if (point <= 0)
        out = '0.' + '0'.repeat(-point) + digits;
    else if (point >= digits.length)
        out = digits + '0'.repeat(point - digits.length);
    else
        out = digits.slice(0, point) + '.' + digits.slice(point);
    return (neg ? '-' : '') + out;
}
/** A value that cannot be converted to the type asked for (cty's conversion errors). */
class ConversionError extends Error {
    argument;
    name = 'ConversionError';
    /** `argument`: the index of the function argument refused, whose position the error names (as cty does) */
    constructor(message, argument) {
        super(message);
        this.argument = argument;
    }
}
/** Converts a primitive to a string as cty's automatic conversion does; null stays null. */
function asString(v, what = 'value') {
    v = materialize(v);
    if (v === null)
        return null;
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return formatNumber(v);
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    throw new ConversionError(`Unsuitable value type; ${what} must be a string, not ${typeName(v)}`);
}
function asNumber(v, what = 'value') {
    v = materialize(v);
    if (v === null)
        return null;
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string') {
        const t = v.trim();
        if (t !== '' && t === v && /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t))
            return Number(t);
        throw new ConversionError(`Unsuitable value type; a number is required, but ${what} is the string ${JSON.stringify(v)}`);
    }
    throw new ConversionError(`Unsuitable value type; ${what} must be a number, not ${typeName(v)}`);
}
function asBool(v, what = 'value') {
    v = materialize(v);
    if (v === null)
        return null;
    if (typeof v === 'boolean')
        return v;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new ConversionError(`Unsuitable value type; a bool is required, but ${what} is ${typeof v === 'string' ? JSON.stringify(v) : typeName(v)}`);
}
function asList(v, what = 'value') {
    v = materialize(v);
    if (v === null)
        return null;
    if (Array.isArray(v))
        return v;
    throw new ConversionError(`Unsuitable value type; ${what} must be a list, not ${typeName(v)}`);
}
function asObject(v, what = 'value') {
    v = materialize(v);
    if (v === null)
        return null;
    if (v instanceof Map)
        return v;
    throw new ConversionError(`Unsuitable value type; ${what} must be a map, not ${typeName(v)}`);
}
function valuesEqual(a, b) {
    a = materialize(a);
    b = materialize(b);
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
    }
    if (a instanceof Map && b instanceof Map) {
        if (a.size !== b.size)
            return false;
        for (const [k, v] of a) {
            if (!b.has(k) || !valuesEqual(v, b.get(k)))
                return false;
        }
        return true;
    }
    return false;
}
/** Plain JS data (from JSON) to a Value. */
function fromJS(x) {
    if (x === null || x === undefined)
        return null;
    if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')
        return x;
    if (Array.isArray(x))
        return x.map(fromJS);
    const m = new Map();
    for (const [k, v] of Object.entries(x))
        m.set(k, fromJS(v));
    return m;
}
/** A Value to plain JS data (for jsonencode). Object keys come out sorted, as in cty. */
function toJS(v) {
    v = materialize(v);
    if (Array.isArray(v))
        return v.map(toJS);
    if (v instanceof Map) {
        const o = {};
        for (const k of sortedKeys(v))
            o[k] = toJS(v.get(k));
        return o;
    }
    return v;
}
function typeToString(t) {
    switch (t.kind) {
        case 'string':
        case 'number':
        case 'bool':
            return t.kind;
        case 'any':
            return 'dynamic';
        case 'list':
        case 'set':
        case 'map':
            return `${t.kind} of ${typeToString(t.elem)}`;
        case 'tuple':
            return 'tuple';
        case 'object':
            return 'object';
    }
}
function isPrimitiveType(t) {
    return t.kind === 'string' || t.kind === 'number' || t.kind === 'bool';
}
/** Converts `v` to type `t` following cty's conversion rules for the cases bake files use. */
function convertTo(v, t, what = 'value') {
    v = materialize(v);
    if (v === null || t.kind === 'any')
        return v;
    switch (t.kind) {
        case 'string':
            return asString(v, what);
        case 'number':
            return asNumber(v, what);
        case 'bool':
            return asBool(v, what);
        case 'list':
        case 'set': {
            const l = asList(v, what);
            const out = l.map((x, i) => convertTo(x, t.elem, `${what}[${i}]`));
            if (t.kind === 'set') {
                const uniq = [];
                for (const x of out)
                    if (!uniq.some((u) => valuesEqual(u, x)))
                        uniq.push(x);
                return sortSetValues(uniq);
            }
            return out;
        }
        case 'tuple': {
            const l = asList(v, what);
            if (l.length !== t.elems.length)
                throw new ConversionError(`${what}: tuple required with ${t.elems.length} elements`);
            return l.map((x, i) => convertTo(x, t.elems[i], `${what}[${i}]`));
        }
        case 'map': {
            const m = asObject(v, what);
            const out = new Map();
            for (const k of sortedKeys(m))
                out.set(k, convertTo(m.get(k), t.elem, `${what}.${k}`));
            return out;
        }
        case 'object': {
            const m = asObject(v, what);
            const out = new Map();
            for (const [k, at] of t.attrs) {
                if (!m.has(k))
                    throw new ConversionError(`${what}: attribute "${k}" is required`);
                out.set(k, convertTo(m.get(k), at, `${what}.${k}`));
            }
            return out;
        }
    }
}
/** cty orders set elements: strings lexically, numbers numerically. */
function sortSetValues(vals) {
    return [...vals].sort((a, b) => {
        if (typeof a === 'number' && typeof b === 'number')
            return a - b;
        if (typeof a === 'string' && typeof b === 'string')
            return compareStrings(a, b);
        return 0;
    });
}


/***/ }),

/***/ 5650:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ InvalidSizeError),
/* harmony export */   VC: () => (/* binding */ bytesSize),
/* harmony export */   h$: () => (/* binding */ ramInBytes)
/* harmony export */ });
/**
 * docker/go-units sizes, as buildx and compose-go read and print them: `shm-size`, `memory`, compose's `shm_size`.
 * One port, because a size bake accepts at `--print` must be the size the build then uses.
 */
/** go-units parseSize failed: its message, which compose-go and buildx pass on. */
class InvalidSizeError extends Error {
    value;
    name = 'InvalidSizeError';
    constructor(value) {
        super(`invalid size: '${value}'`);
        this.value = value;
    }
}
const BINARY_UNITS = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
/** strconv.ParseFloat's decimal syntax (hexadecimal floats are refused). */
const GO_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * `128m` \u2192 134217728: go-units RAMInBytes (parseSize with binary multiples). The number is what ends at the last
 * digit, dot or space (one space may separate it from the unit); the unit is `b`, or `k`/`m`/`g`/`t`/`p` optionally
 * followed by `b` or `ib`, in any case; the product is truncated as Go's int64() does. The caller bounds the result
 * (Go would overflow int64 silently).
 */
function ramInBytes(value) {
    let sep = -1;
    for (let i = value.length - 1; i >= 0; i--) {
        if ('0123456789. '.includes(value[i])) {
            sep = i;
            break;
        }
    }
    if (sep < 0)
        throw new InvalidSizeError(value);
    const num = value[sep] === ' ' ? value.slice(0, sep) : value.slice(0, sep + 1);
    let suffix = value.slice(sep + 1);
    if (!GO_DECIMAL.test(num))
        throw new InvalidSizeError(value);
    let size = Number.parseFloat(num);
    if (size < 0)
        throw new InvalidSizeError(value);
    if (suffix !== '') {
        suffix = suffix.toLowerCase();
        if (suffix.length > 3)
            throw new InvalidSizeError(value);
        if (suffix[0] === 'b') {
            if (suffix.length > 1)
                throw new InvalidSizeError(value);
        }
        else {
            const multiple = BINARY_UNITS[suffix[0]];
            if (multiple === undefined)
                throw new InvalidSizeError(value);
            if ((suffix.length === 2 && suffix[1] !== 'b') || (suffix.length === 3 && suffix.slice(1) !== 'ib'))
                throw new InvalidSizeError(value);
            size *= multiple;
        }
    }
    return Math.trunc(size);
}
/** go-units BytesSize: `134217728` \u2192 `128MiB` (4 significant digits, binary units). */
function bytesSize(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];
    let i = 0;
    let v = n;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${Number(v.toPrecision(4))}${units[i]}`;
}


/***/ }),

/***/ 9979:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BULK_BYTES: () => (/* binding */ BULK_BYTES),
/* harmony export */   FIRST_V8_WITH_MAGLEV: () => (/* binding */ FIRST_V8_WITH_MAGLEV),
/* harmony export */   MAGLEV: () => (/* binding */ MAGLEV),
/* harmony export */   NO_MAGLEV: () => (/* binding */ NO_MAGLEV),
/* harmony export */   NO_TURBOFAN: () => (/* binding */ NO_TURBOFAN),
/* harmony export */   TURBOFAN: () => (/* binding */ TURBOFAN),
/* harmony export */   TURBOFAN_AFTER_MS: () => (/* binding */ TURBOFAN_AFTER_MS),
/* harmony export */   deferOptimizingCompiler: () => (/* binding */ deferOptimizingCompiler),
/* harmony export */   restoreMaglev: () => (/* binding */ restoreMaglev),
/* harmony export */   restoreOptimizingCompiler: () => (/* binding */ restoreOptimizingCompiler)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8877);
/**
 * V8's optimizing compilers held back while a run is short and its sessions move little: TurboFan (the top tier)
 * until the run moves bulk data, Maglev (the middle tier) until it has a large directory or bulk data to send, or
 * moves bulk data or many small messages.
 *
 * Most bake runs the client takes part in are short: start-up, a listing of small STATs, a few small exports, the
 * status stream. V8 tiers hot functions up on its worker threads, and in a run of ~1 s that work is not paid back.
 * Measured on the bench's one-file-changed case (Node 24, 2 vCPUs; docs/benchmarks.md, "Eleventh round"): during the
 * 0.5 s listing V8's worker threads used ~0.2 s of CPU, nearly all of it TurboFan (50 functions, ~180 ms of
 * compilation), while the listing and the daemon's comparison kept both cores busy (the main thread waited 0.15-0.2 s
 * for one). Without TurboFan that run took 46 ms less wall time, 0.07 s less client CPU and 5 MB less memory (medians
 * of 7 pairs), the cached fan-out 25 ms, 0.05 s and 4 MB less. Maglev then compiled ~230 functions of the cached
 * fan-out in ~0.1 s of worker time; held back as well, the fan-out used 0.08 s less client CPU and 5 MB less memory
 * (10 pairs, "Twelfth round"), its code running on Sparkplug, which compiles in a single fast pass.
 *
 * Two kinds of run pay back what the compilers cost. A large directory to send or compare (the sender's STATs and files
 * of a 20,000-file context) is JS-heavy from its first STAT: Maglev comes back as soon as the identity walk finds a
 * tree of more than 1,000 entries (fsutil/identity.ts onLargeTree, ~0.15 s into the run), before that code runs hot.
 * Given back only once the sessions had moved many small messages, the cold 20,000-file context took 0.09-0.19 s more
 * client CPU (medians of 5 and 6 pairs): functions that run hot while Maglev is off reach it late or never
 * (--trace-opt: 202 functions instead of 333). The message count (MANY_SMALL_MESSAGES, which gc-pacer.ts keeps for
 * young-generation.ts) stays for a large export, and for a directory that was not walked. Bulk data is the other: a
 * cold 1 GiB context took more client CPU without TurboFan (medians of 5 pairs: 3.43 against 2.84 s), so both come back
 * once the sessions have moved BULK_BYTES, or after TURBOFAN_AFTER_MS whatever the run moves. Maglev comes back sooner,
 * as soon as the daemon asks a sender for BULK_BYTES of files (gc-pacer.ts `announced`): a few large files make no
 * large tree, and with Maglev back only once the bytes had moved that 1 GiB context (4 files) took 3.66 against 3.25 s
 * of client CPU (medians of 8 pairs, "Thirteenth round"). V8 reads the flags at every tier-up decision, so setting them
 * at run time takes effect from then on (unit tests check both ways on the Node running them).
 *
 * Only where Maglev is there to take TurboFan's place: V8 12 and later (Node 22+; the action runs on node24), on x64
 * and arm64, the architectures V8 builds Maglev for. Without Maglev the hot code stays on Sparkplug: on Node 20 (V8
 * 11.3) the bench's cold context then lost throughput (0.80-0.87\u00d7 buildx's) and, on the Engine, its client CPU rose
 * from 2.52 to 3.15 s (round 11). There V8 is left as it is.
 *
 * Like keepYoungGenerationSmall (young-generation.ts) this runs before the compile cache is enabled, at the same
 * point in every run. `BAKEKIT_V8_TURBOFAN=1` leaves V8's compilers as they are, and so does a tiering flag of the
 * user's own in NODE_OPTIONS or on node's command line.
 */

const NO_TURBOFAN = '--no-turbofan';
const TURBOFAN = '--turbofan';
const NO_MAGLEV = '--no-maglev';
const MAGLEV = '--maglev';
/** Session bytes after which TurboFan comes back: more than the bench's fan-out moves in all (~23 MB). */
const BULK_BYTES = 64 * 1024 * 1024;
/** A run this long gets TurboFan back whatever it moves. */
const TURBOFAN_AFTER_MS = 5_000;
/** The first V8 major version that tiers through Maglev by default, and the architectures it does so on. */
const FIRST_V8_WITH_MAGLEV = 12;
const MAGLEV_ARCHITECTURES = ['x64', 'arm64'];
/** V8 flags that say how the user wants code compiled: theirs win. */
const USER_TIERING_FLAG = /(^|\s)--(no-)?(turbofan|opt|jitless|max-opt|maglev)(=|\s|$)/;
let deferred;
/** Holds TurboFan and Maglev back until restoreOptimizingCompiler or `afterMs` (Maglev: or restoreMaglev); returns
 * whether it did. */
function deferOptimizingCompiler({ env = process.env, execArgv = process.execArgv, afterMs = TURBOFAN_AFTER_MS, v8Version = process.versions.v8, arch = process.arch, setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString, } = {}) {
    restoreOptimizingCompiler();
    if (env.BAKEKIT_V8_TURBOFAN === '1')
        return false;
    if (!(Number.parseInt(v8Version, 10) >= FIRST_V8_WITH_MAGLEV) || !MAGLEV_ARCHITECTURES.includes(arch))
        return false;
    if (USER_TIERING_FLAG.test(`${env.NODE_OPTIONS ?? ''} ${execArgv.join(' ')}`))
        return false;
    try {
        setFlags(NO_TURBOFAN);
    }
    catch {
        return false; // a runtime without the flag: V8's default
    }
    let maglevHeld = true;
    try {
        setFlags(NO_MAGLEV);
    }
    catch {
        maglevHeld = false; // TurboFan alone is held back, as before Maglev was
    }
    const timer = setTimeout(restoreOptimizingCompiler, afterMs);
    timer.unref(); // never what keeps the process alive
    deferred = { setFlags, timer, maglevHeld };
    return true;
}
/** Maglev from now on; TurboFan stays held back (nothing when Maglev is not held back, or is back already). */
function restoreMaglev() {
    if (!deferred?.maglevHeld)
        return;
    deferred.maglevHeld = false;
    try {
        deferred.setFlags(MAGLEV);
    }
    catch {
        /* it was settable a moment ago */
    }
}
/** Both compilers from now on (nothing when deferOptimizingCompiler held nothing back, or they are back already). */
function restoreOptimizingCompiler() {
    if (!deferred)
        return;
    restoreMaglev();
    const { setFlags, timer } = deferred;
    deferred = undefined;
    clearTimeout(timer);
    try {
        setFlags(TURBOFAN);
    }
    catch {
        /* it was settable a moment ago */
    }
}


/***/ }),

/***/ 8148:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ keepYoungGenerationSmall),
/* harmony export */   dp: () => (/* binding */ letYoungGenerationGrow),
/* harmony export */   pF: () => (/* binding */ MANY_SMALL_MESSAGES),
/* harmony export */   sd: () => (/* binding */ SMALL_MESSAGE_BYTES)
/* harmony export */ });
/* unused harmony exports NO_YOUNG_GENERATION_GROWTH, DEFAULT_YOUNG_GENERATION_GROWTH */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8877);
/**
 * The size of V8's young generation over a run: kept at its initial size while the run moves few messages, V8's
 * default growth once it moves many.
 *
 * V8 doubles the young generation (two semi-spaces, 1 MB each at start) whenever enough of it survives collections,
 * up to 16 MB per semi-space on a 64-bit Node, and never gives it back before the process ends. Loading the bundle
 * is exactly that pattern (module code, closures and descriptors all survive, so growing buys nothing), and so are
 * the collections paced by the session's bytes (gc-pacer.ts), each of which finds the transfer's few live objects.
 * On the bench's fan-out (12 local exports) the young generation ends at 16.8 MB, most of it empty; kept at its
 * initial size the run peaked at 94-96 MB RSS instead of 104-105 on Node 24 (79 instead of 86 on Node 20), with the
 * same CPU. A transfer of many small messages is the opposite case: a context of 20,000 files keeps thousands of
 * small objects in flight, and a small young generation promotes them to the old one, whose collections then cost
 * ~10 % more client CPU. So the session server counts small messages (gc-pacer.ts), and once a run has
 * moved MANY_SMALL_MESSAGES it lets the young generation grow as V8 would. See docs/benchmarks.md, "Sixth round".
 *
 * `--max-semi-space-size` cannot do this: V8 reads it once, when the heap is set up, before any of our code runs, and
 * the runner starts the action with no flags. The growth factor is read on every growth, so setting it at run time
 * takes effect from then on (a unit test checks that on the Node running the tests).
 *
 * keepYoungGenerationSmall runs first, before the compile cache is enabled (solve/run/compile-cache.ts): V8 flags are
 * part of the code cache's key, and every run sets this one at the same point, so cache entries stay valid.
 */

/** The V8 flag that stops the young generation from growing, and the one that restores V8's default. */
const NO_YOUNG_GENERATION_GROWTH = '--semi-space-growth-factor=1';
const DEFAULT_YOUNG_GENERATION_GROWTH = '--semi-space-growth-factor=2';
/** A message under this size is small: a STAT, a REQ, a small file's DATA, a status update. */
const SMALL_MESSAGE_BYTES = 16 * 1024;
/**
 * Small messages (either direction, all sessions) after which the young generation may grow, and Maglev comes back
 * (optimizing-compiler.ts): the run is a long listing, which is JS-heavy. The bench's fan-out (twelve exports and
 * their contexts) moves ~1,300 messages in all, its 1 GiB context in four files ~4,100 mostly large ones; a
 * 20,000-file context passes 2,000 early in its listing.
 */
const MANY_SMALL_MESSAGES = 2_000;
let kept = false;
/** Stops the young generation's growth until letYoungGenerationGrow; `BAKEKIT_V8_YOUNG_GROWTH=1` leaves V8's default. */
function keepYoungGenerationSmall(env = process.env, setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString) {
    kept = false;
    if (env.BAKEKIT_V8_YOUNG_GROWTH === '1')
        return false;
    try {
        setFlags(NO_YOUNG_GENERATION_GROWTH);
        kept = true;
    }
    catch {
        /* a runtime without the flag: V8's default growth, nothing worse */
    }
    return kept;
}
/** V8's default growth from now on (nothing when keepYoungGenerationSmall did not set the flag). */
function letYoungGenerationGrow(setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString) {
    if (!kept)
        return;
    kept = false;
    try {
        setFlags(DEFAULT_YOUNG_GENERATION_GROWTH);
    }
    catch {
        /* it was settable a moment ago */
    }
}


/***/ }),

/***/ 1466:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ LifetimeMachine),
/* harmony export */   O2: () => (/* binding */ EXECUTION_POLICIES),
/* harmony export */   hd: () => (/* binding */ TargetCancelledError)
/* harmony export */ });
/**
 * The linked-target lifetime rule, the execution policy and the parallelism bound, in one place (BuildKit's lifetime
 * problem: buildx #2108, #3543, #3696, #4014; policies: docker/bake-action #112, #359, buildx #1089, #3297).
 *
 * A producer P and a consumer C share vertices: C loads P's LLB through its frontend inputs, and a shared
 * vertex can only use the sessions (secrets, local dirs, auth) of the jobs currently holding it. So:
 *   1. C may solve (lazily) once every parent has PUBLISHED its lazy result (C needs their definitions);
 *   2. T may EVALUATE once T is published, every child of T has published (they registered their LLB) and
 *      every parent has EVALUATED (a parent loads the shared vertices first, under its own job);
 *   3. T may be RELEASED (Return \u2192 export \u2192 its job and session end) only once T is evaluated and every child
 *      has COMPLETED, i.e. reached its own release point \u2014 so no producer goes away before all of its
 *      consumers, and their consumers, have evaluated.
 * A failed or cancelled child no longer holds its parents back, so nothing deadlocks. The order cannot deadlock on a
 * DAG: rule 2 needs only the parents' rule 1 and 2 and the children's rule 1; rule 3 needs the children's rule 3
 * (induction on depth).
 *
 * What a failure stops is the execution policy's:
 *   - fail-fast (default, buildx's only behaviour): every target that has not finished is cancelled, naming the failed
 *     target; targets past their release point (exporting) are stopped through their signal (signalOf);
 *   - keep-going: only the targets that consume the failed one, directly or through others, are cancelled (naming it);
 *     every other target builds on, and every producer is still released once its live consumers completed.
 * A target stopped from outside (the run cancelled: `cancel`) takes its consumers with it, under either policy.
 *
 * The parallelism bound (`maxParallelism`, default none): a target takes one of N slots when it passes a gate and keeps
 * it while it works; it gives the slot back as soon as it must wait for another target (its next gate is closed when
 * it reports), when it finishes (its export ended) or when it fails. A waiting target never holds a slot, so the bound
 * cannot deadlock: whenever no slot is free, every holder is working and will report; whenever a slot is free, the
 * DAG argument above finds a target whose gate is open. Freed slots go to release gates first, then evaluate, then
 * solve: targets already under way finish before new ones start.
 *
 * The machine is pure and synchronous: the runner reports events and awaits `until(t, gate)`; a model checker
 * in the tests drives every interleaving of events through the same object.
 */
const EXECUTION_POLICIES = ['fail-fast', 'keep-going'];
/**
 * `target` can never pass a gate: it failed, it was cancelled, or a target it consumes failed. `failedTarget` names
 * the failed target that cancelled it (its own name when it failed itself; undefined when the run stopped it).
 */
class TargetCancelledError extends Error {
    target;
    reason;
    failedTarget;
    name = 'TargetCancelledError';
    constructor(target, reason, failedTarget) {
        super(`target "${target}" cancelled: ${reason}`, { cause: reason });
        this.target = target;
        this.reason = reason;
        this.failedTarget = failedTarget;
    }
}
const RANK = { waiting: 0, published: 1, evaluated: 2, completed: 3, failed: -1, cancelled: -1 };
/** Which waiters a freed slot goes to first: work under way before new work. */
const GATE_PRIORITY = { release: 0, evaluate: 1, solve: 2 };
function isGone(p) {
    return p === 'failed' || p === 'cancelled';
}
class LifetimeMachine {
    execution;
    maxParallelism;
    phase = new Map();
    parents = new Map();
    children = new Map();
    /** why each failed or cancelled target can pass no gate (and, under fail-fast, why an exporting one was stopped) */
    stops = new Map();
    signals = new Map();
    /** targets holding a slot (see the header); only bounded when maxParallelism is */
    holders = new Set();
    /** targets whose work is over: finished their export, failed or cancelled */
    over = new Set();
    waiters = [];
    /** Every transition in order; the tests read it to check invariants over whole histories. */
    history = [];
    /** `graph` maps each target to the targets it consumes (its parents). */
    constructor(graph, options = {}) {
        this.execution = options.execution ?? 'fail-fast';
        this.maxParallelism = options.maxParallelism ?? Infinity;
        if (!EXECUTION_POLICIES.includes(this.execution))
            throw new Error(`unknown execution policy "${String(this.execution)}"`);
        if (!(this.maxParallelism >= 1) || (this.maxParallelism !== Infinity && !Number.isInteger(this.maxParallelism))) {
            throw new RangeError(`maxParallelism must be an integer of at least 1, got ${this.maxParallelism}`);
        }
        for (const t of graph.keys()) {
            this.phase.set(t, 'waiting');
            this.children.set(t, []);
        }
        for (const [t, ps] of graph) {
            for (const p of ps)
                if (!graph.has(p))
                    throw new Error(`target "${t}" consumes unknown target "${p}"`);
            this.parents.set(t, [...ps]);
            for (const p of ps)
                this.children.get(p).push(t);
        }
    }
    targets() {
        return [...this.phase.keys()];
    }
    phaseOf(t) {
        const p = this.phase.get(t);
        if (!p)
            throw new Error(`unknown target "${t}"`);
        return p;
    }
    parentsOf(t) {
        return this.parents.get(t) ?? [];
    }
    childrenOf(t) {
        return this.children.get(t) ?? [];
    }
    /** A target that feeds or consumes another: only these are force-evaluated. */
    isLinked(t) {
        return this.parentsOf(t).length > 0 || this.childrenOf(t).length > 0;
    }
    /** The targets holding a slot now (at most maxParallelism). */
    slotHolders() {
        return this.holders;
    }
    /** Why `t` was cancelled (because of another target, or by `cancel`), or why its export was stopped under fail-fast;
     * undefined for a target that is live or failed itself. */
    stopOf(t) {
        return this.phaseOf(t) === 'failed' ? undefined : this.stops.get(t);
    }
    /**
     * Aborted, with the TargetCancelledError, when the machine stops `t`: cancelled because of another target, or,
     * under fail-fast, its export stopped. Not when `t` fails itself (its runner knows) or is cancelled by `cancel`.
     */
    signalOf(t) {
        this.phaseOf(t);
        let c = this.signals.get(t);
        if (!c) {
            c = new AbortController();
            this.signals.set(t, c);
            const stop = this.stopOf(t);
            if (stop && !this.over.has(t))
                c.abort(stop);
        }
        return c.signal;
    }
    reached(t, phase) {
        return RANK[this.phaseOf(t)] >= RANK[phase];
    }
    /** A child that failed or was cancelled no longer needs anything from its parents. */
    childSettled(c, phase) {
        return isGone(this.phaseOf(c)) || this.reached(c, phase);
    }
    /** The lifetime rule alone (rules 1\u20133 above), for a live target. */
    lifetimeOpen(t, gate) {
        switch (gate) {
            case 'solve':
                return this.parentsOf(t).every((x) => this.reached(x, 'published'));
            case 'evaluate':
                return (this.reached(t, 'published') &&
                    this.childrenOf(t).every((c) => this.childSettled(c, 'published')) &&
                    this.parentsOf(t).every((x) => this.reached(x, 'evaluated')));
            case 'release':
                return this.reached(t, 'evaluated') && this.childrenOf(t).every((c) => this.childSettled(c, 'completed'));
        }
    }
    /** Whether `t` may pass `gate` now: the lifetime rule, and a slot (its own, or a free one). Throws
     * TargetCancelledError when t can never pass it. */
    isOpen(t, gate) {
        const p = this.phaseOf(t);
        if (isGone(p))
            throw this.stops.get(t) ?? new TargetCancelledError(t, p);
        return this.lifetimeOpen(t, gate) && (this.holders.has(t) || this.holders.size < this.maxParallelism);
    }
    /** Passes `gate` if it is open: `t` then holds a slot until it must wait, finishes or fails. Throws as isOpen. */
    enter(t, gate) {
        if (!this.isOpen(t, gate))
            return false;
        this.holders.add(t);
        return true;
    }
    /** Resolves once `t` has passed `gate` (enter); rejects with TargetCancelledError when it never can. */
    until(t, gate) {
        return new Promise((resolve, reject) => {
            try {
                if (this.enter(t, gate))
                    return resolve();
            }
            catch (err) {
                return reject(err);
            }
            this.waiters.push({ target: t, gate, resolve, reject });
        });
    }
    published(t) {
        this.advance(t, 'waiting', 'published', 'solve', 'evaluate');
    }
    evaluated(t) {
        this.advance(t, 'published', 'evaluated', 'evaluate', 'release');
    }
    /** `t` passed its release gate: its Return and export begin (it keeps its slot until `finished`). */
    completed(t) {
        this.advance(t, 'evaluated', 'completed', 'release');
    }
    /** `t`'s build ended: its export is done. */
    finished(t) {
        const p = this.phaseOf(t);
        if (!isGone(p) && p !== 'completed')
            throw new Error(`target "${t}": cannot finish while ${p}`);
        this.over.add(t);
        this.holders.delete(t);
        this.wake();
    }
    /** `t` failed (at any point, its export included): what else stops is the execution policy's (see the header). */
    failed(t, reason) {
        const p = this.phaseOf(t);
        this.holders.delete(t);
        const already = isGone(p) || this.over.has(t);
        this.over.add(t);
        if (already)
            return this.wake(); // a late report from a stopped target changes nothing
        if (p !== 'completed') {
            this.stops.set(t, new TargetCancelledError(t, reason, t));
            this.set(t, 'failed');
        }
        this.cancelConsumers(t, t, 'which failed');
        if (this.execution === 'fail-fast') {
            const why = `target "${t}" failed, and the run fails fast (execution policy fail-fast)`;
            for (const x of this.targets()) {
                if (x === t || this.over.has(x))
                    continue;
                const stop = new TargetCancelledError(x, why, t);
                if (this.phaseOf(x) === 'completed')
                    this.stopExport(x, stop);
                else if (!isGone(this.phaseOf(x)))
                    this.cancelTarget(x, stop);
            }
        }
        this.wake();
    }
    /** `t` was stopped from outside the machine (the run was cancelled): it and the targets that consume it are
     * cancelled. After its release point this changes nothing but its slot. */
    cancel(t, reason) {
        const p = this.phaseOf(t);
        this.holders.delete(t);
        const live = !isGone(p) && p !== 'completed';
        this.over.add(t);
        if (live) {
            this.stops.set(t, new TargetCancelledError(t, reason));
            this.set(t, 'cancelled');
            this.cancelConsumers(t, undefined, 'which was cancelled');
        }
        this.wake();
    }
    /** Every live target that consumes `from` (directly or through others) is cancelled, naming `from`. */
    cancelConsumers(from, failedTarget, what) {
        const via = new Map(); // consumer \u2192 the consumer of `from` it is reached through
        const queue = this.childrenOf(from).map((c) => [c, c]);
        while (queue.length) {
            const [c, first] = queue.shift();
            if (via.has(c))
                continue;
            via.set(c, first);
            const cp = this.phaseOf(c);
            if (isGone(cp) || cp === 'completed')
                continue;
            const reason = c === first ? `it consumes "${from}", ${what}` : `it consumes "${from}" (through "${first}"), ${what}`;
            this.cancelTarget(c, new TargetCancelledError(c, reason, failedTarget));
            queue.push(...this.childrenOf(c).map((x) => [x, first]));
        }
    }
    cancelTarget(t, stop) {
        this.stops.set(t, stop);
        this.set(t, 'cancelled');
        this.signals.get(t)?.abort(stop);
    }
    /** fail-fast: a target past its release point (exporting) is stopped; its phase stays completed. */
    stopExport(t, stop) {
        this.stops.set(t, stop);
        this.signals.get(t)?.abort(stop);
    }
    advance(t, from, to, gate, next) {
        const p = this.phaseOf(t);
        if (isGone(p)) {
            // a late report from a cancelled solve changes nothing but its slot: the work it held one for is over
            this.holders.delete(t);
            return this.wake();
        }
        if (p !== from)
            throw new Error(`target "${t}": cannot become ${to} while ${p}`);
        if (!this.isOpen(t, gate))
            throw new Error(`target "${t}": became ${to} before its ${gate} gate opened`);
        this.set(t, to);
        if (next && !this.keepsSlot(t, next))
            this.holders.delete(t);
        this.wake();
    }
    /** After a report, `t` keeps its slot only if it can go on at once: waiting for another target, it holds none. */
    keepsSlot(t, next) {
        return this.lifetimeOpen(t, next);
    }
    set(t, phase) {
        this.phase.set(t, phase);
        this.history.push({ target: t, phase });
    }
    wake() {
        const waiting = this.waiters.sort((a, b) => GATE_PRIORITY[a.gate] - GATE_PRIORITY[b.gate]);
        const still = [];
        this.waiters = still;
        for (const w of waiting) {
            try {
                if (this.enter(w.target, w.gate))
                    w.resolve();
                else
                    still.push(w);
            }
            catch (err) {
                w.reject(err);
            }
        }
    }
}


/***/ }),

/***/ 4370:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zx: () => (/* binding */ recordProvenance),
/* harmony export */   ag: () => (/* binding */ metadataProvenanceMode)
/* harmony export */ });
/* unused harmony exports provenanceDescriptors, encodeProvenance */
/* harmony import */ var _bake_entries_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5865);
/**
 * `buildx.build.provenance` in the metadata file, as buildx (build/provenance.go setRecordProvenance) writes it.
 *
 * When a metadata file is asked for, buildx reads each finished build's record from the daemon's build history, takes
 * the SLSA provenance BuildKit attached to it (a history record's provenance is always made in max mode, SLSA v0.2
 * unless the build arg BUILDKIT_HISTORY_PROVENANCE_V1 asks for v1), and puts it in the target's exporter response:
 * `buildx.build.provenance` for a single-platform build, `buildx.build.provenance/<platform>` per platform otherwise.
 * `BUILDX_METADATA_PROVENANCE` chooses how much: `min` (the default) keeps the predicate without its `buildConfig`
 * and `metadata`, `max` keeps both, `disabled` (or a false boolean) leaves the key out.
 *
 * buildx passes the predicate through BuildKit's Go types (provenance/types ProvenancePredicateSLSA02; a v1 predicate
 * is converted with ConvertToSLSA02) and marshals it again. `slsa02Predicate` below does what that round trip does to
 * the daemon's JSON: the fields those types know, in their order, empty ones left out where the types say
 * `omitempty`, maps with sorted keys. `buildConfig` and the BuildKit metadata under `metadata` (max mode only) are
 * the daemon's own marshaling of the same types, kept as written. No library does this: it is the shape of buildx's
 * Go structs.
 */

/** buildx confutil.ParseMetadataProvenance: `min`, `max`, `disabled`; a false boolean disables; anything else is min. */
function metadataProvenanceMode(value) {
    if (value === 'min' || value === 'max' || value === 'disabled')
        return value;
    if (value !== undefined && (0,_bake_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGoBool */ .MY)(value) === false)
        return 'disabled';
    return 'min';
}
const PREDICATE_SLSA_V1 = 'https://slsa.dev/provenance/v1';
const IN_TOTO_JSON = 'application/vnd.in-toto+json';
const PREDICATE_TYPE = 'in-toto.io/predicate-type';
/**
 * The provenance entries of build `ref`'s record, base64 of the predicate's JSON as buildx puts them in the exporter
 * response (the metadata file embeds them as objects). Empty when the mode is `disabled`, the daemon keeps no build
 * history, or the record has no provenance.
 */
async function recordProvenance(client, ref, mode, signal) {
    if (mode === 'disabled')
        return {};
    const record = await client.buildRecord(ref, signal);
    if (!record)
        return {};
    const out = {};
    await Promise.all(provenanceDescriptors(record).map(async ({ key, digest, predicateType }) => {
        const blob = await client.readBlob(digest, signal);
        out[key] = encodeProvenance(blob, predicateType, mode);
    }));
    return out;
}
/** buildx fetchProvenance: the record's results (per platform, or its single result) and their provenance blobs. */
function provenanceDescriptors(record) {
    const out = [];
    const add = (key, res) => {
        const a = res?.Attestations?.find((d) => d.media_type === IN_TOTO_JSON && d.annotations?.[PREDICATE_TYPE]?.startsWith('https://slsa.dev/provenance/'));
        if (a?.digest)
            out.push({ key, digest: a.digest, predicateType: a.annotations[PREDICATE_TYPE] });
    };
    const platforms = Object.keys(record.Results ?? {});
    if (platforms.length > 0)
        for (const p of platforms)
            add(`buildx.build.provenance/${p}`, record.Results[p]);
    else
        add('buildx.build.provenance', record.Result);
    return out;
}
/** buildx encodeProvenance: the predicate as its Go types marshal it, without buildConfig and metadata in min mode,
 * base64-encoded. */
function encodeProvenance(blob, predicateType, mode) {
    const parsed = JSON.parse(blob.toString('utf8'));
    const pred = predicateType === PREDICATE_SLSA_V1 ? slsa1ToSlsa02(obj(parsed)) : slsa02Predicate(obj(parsed));
    if (mode === 'min') {
        delete pred.buildConfig;
        delete pred.metadata;
    }
    return Buffer.from(JSON.stringify(pred)).toString('base64');
}
/** A JSON object, or an empty one for anything else (Go leaves a struct at its zero value for a null). */
function obj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
function str(v) {
    return typeof v === 'string' ? v : '';
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
/** Go's encoding/json for a struct: fields in order, a `omitempty` field left out when empty (false, 0, "", an empty
 * or null slice or map, a nil pointer). Keys marked `!` are written whatever their value. */
function struct(fields) {
    const out = {};
    for (const [key, value, always] of fields) {
        if (value === undefined)
            continue;
        if (!always && isEmpty(value))
            continue;
        out[key] = value;
    }
    return out;
}
function isEmpty(v) {
    if (v === null || v === false || v === 0 || v === '')
        return true;
    if (Array.isArray(v))
        return v.length === 0;
    return typeof v === 'object' && Object.keys(v).length === 0;
}
/** A Go map (`map[string]string`, `map[string]any`): keys sorted, as encoding/json writes them. */
function sortedMap(v, value = (x) => x) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return undefined;
    const out = {};
    for (const k of Object.keys(v).sort())
        out[k] = value(v[k]);
    return out;
}
const stringMap = (v) => sortedMap(v, str);
/** types.ProvenancePredicateSLSA02: the embedded slsa02.ProvenancePredicate's builder, buildType and materials, then
 * its own invocation, buildConfig and metadata. */
function slsa02Predicate(p) {
    const inv = obj(p.invocation);
    return struct([
        ['builder', { id: str(obj(p.builder).id) }, '!'],
        ['buildType', str(p.buildType), '!'],
        ['materials', list(p.materials).map((m) => material(obj(m)))],
        [
            'invocation',
            struct([
                ['configSource', configSource02(obj(inv.configSource)), '!'],
                ['parameters', parameters(obj(inv.parameters)), '!'],
                ['environment', environment(obj(inv.environment)), '!'],
            ]),
            '!',
        ],
        ['buildConfig', p.buildConfig ?? undefined],
        ['metadata', p.metadata == null ? undefined : metadata02(obj(p.metadata))],
    ]);
}
/** common.ProvenanceMaterial */
function material(m) {
    return struct([
        ['uri', str(m.uri)],
        ['digest', stringMap(m.digest)],
    ]);
}
/** slsa02.ConfigSource */
function configSource02(c) {
    return struct([
        ['uri', str(c.uri)],
        ['digest', stringMap(c.digest)],
        ['entryPoint', str(c.entryPoint)],
    ]);
}
/** types.ProvenanceConfigSourceSLSA1 (also the config source of a frontend input in the parameters) */
function configSource1(c) {
    return struct([
        ['uri', str(c.uri)],
        ['digest', stringMap(c.digest)],
        ['path', str(c.path)],
    ]);
}
/** types.Parameters: the build request as BuildKit recorded it. */
function parameters(p) {
    const idList = (v) => list(v).map((s) => s === null
        ? null
        : struct([
            ['id', str(obj(s).id), '!'],
            ['optional', obj(s).optional === true],
        ]));
    const inputs = sortedMap(p.inputs, (r) => requestProvenance(r) ?? null);
    return struct([
        ['frontend', str(p.frontend)],
        ['args', stringMap(p.args)],
        ['secrets', idList(p.secrets)],
        ['ssh', idList(p.ssh)],
        ['locals', list(p.locals).map((l) => (l === null ? null : { name: str(obj(l).name) }))],
        ['inputs', inputs],
        ['root', requestProvenance(p.root)],
        ['compatibilityVersion', typeof p.compatibilityVersion === 'number' ? Math.trunc(p.compatibilityVersion) : 0],
    ]);
}
/** types.RequestProvenance (a nil pointer stays out) */
function requestProvenance(v) {
    if (v === null || v === undefined)
        return undefined;
    const r = obj(v);
    return struct([
        ['configSource', configSource1(obj(r.configSource)), '!'],
        ['request', r.request == null ? undefined : parameters(obj(r.request))],
    ]);
}
/**
 * types.Environment: `platform` and `dockerfileVersion` plus any other key (ProvenanceCustomEnv), which its
 * MarshalJSON writes as one Go map, so every key sorted. `platform` is always there; `dockerfileVersion` only when it
 * is not empty, unless the daemon wrote it empty (then it is a custom key and kept).
 */
function environment(e) {
    return sortedMap({ ...e, platform: str(e.platform) }, goAny);
}
/** A value Go decoded into `any` and wrote again: objects become maps, so their keys come out sorted at every depth. */
function goAny(v) {
    if (Array.isArray(v))
        return v.map(goAny);
    return sortedMap(v, goAny) ?? v;
}
/** types.ProvenanceMetadataSLSA02 (max mode): slsa02.ProvenanceMetadata's fields, then BuildKit's two. */
function metadata02(m) {
    const c = obj(m.completeness);
    return struct([
        ['buildInvocationID', str(m.buildInvocationID)],
        ['buildStartedOn', m.buildStartedOn ?? undefined],
        ['buildFinishedOn', m.buildFinishedOn ?? undefined],
        [
            'completeness',
            { parameters: c.parameters === true, environment: c.environment === true, materials: c.materials === true },
            '!',
        ],
        ['reproducible', m.reproducible === true, '!'],
        [BUILDKIT_METADATA, buildkitMetadata(obj(m[BUILDKIT_METADATA])), '!'],
        [BUILDKIT_HERMETIC, m[BUILDKIT_HERMETIC] === true],
    ]);
}
const BUILDKIT_METADATA = 'https://mobyproject.org/buildkit@v1#metadata';
const BUILDKIT_HERMETIC = 'https://mobyproject.org/buildkit@v1#hermetic';
/** types.BuildKitMetadata: its fields in order, each as the daemon wrote it. */
function buildkitMetadata(m) {
    return struct([
        ['vcs', stringMap(m.vcs)],
        ['source', m.source ?? undefined],
        ['layers', m.layers ?? undefined],
        ['sysUsage', m.sysUsage ?? undefined],
        ['network', m.network ?? undefined],
    ]);
}
/** types.ProvenancePredicateSLSA1.ConvertToSLSA02: a record whose provenance BuildKit wrote as SLSA v1 (the build arg
 * BUILDKIT_HISTORY_PROVENANCE_V1 true), in v0.2 terms. */
function slsa1ToSlsa02(p) {
    const def = obj(p.buildDefinition);
    const ext = obj(def.externalParameters);
    const cs = obj(ext.configSource);
    const internal = obj(def.internalParameters);
    const run = obj(p.runDetails);
    // ProvenanceInternalParametersSLSA1's other keys are its custom environment (its UnmarshalJSON)
    const { buildConfig, builderPlatform, dockerfileVersion, ...custom } = internal;
    if (dockerfileVersion !== undefined && str(dockerfileVersion) === '')
        custom.dockerfileVersion = dockerfileVersion;
    if (buildConfig === null)
        custom.buildConfig = null;
    const v02 = {
        builder: { id: str(obj(run.builder).id) },
        buildType: 'https://mobyproject.org/buildkit@v1',
        materials: list(def.resolvedDependencies).map((d) => ({ uri: obj(d).uri ?? '', digest: obj(d).digest ?? null })),
        invocation: {
            configSource: { uri: str(cs.uri), digest: cs.digest ?? null, entryPoint: str(cs.path) },
            parameters: obj(ext.request),
            environment: {
                ...custom,
                platform: str(builderPlatform),
                ...(str(dockerfileVersion) ? { dockerfileVersion: str(dockerfileVersion) } : {}),
            },
        },
        buildConfig: buildConfig ?? null,
        metadata: run.metadata == null ? null : metadataFromSlsa1(obj(run.metadata)),
    };
    return slsa02Predicate(v02);
}
/** The metadata part of ConvertToSLSA02. */
function metadataFromSlsa1(m) {
    const c = obj(m.buildkit_completeness);
    return {
        buildInvocationID: m.invocationId ?? '',
        buildStartedOn: m.startedOn ?? null,
        buildFinishedOn: m.finishedOn ?? null,
        completeness: { parameters: c.request === true, environment: true, materials: c.resolvedDependencies === true },
        reproducible: m.buildkit_reproducible === true,
        [BUILDKIT_METADATA]: obj(m.buildkit_metadata),
        [BUILDKIT_HERMETIC]: m.buildkit_hermetic === true,
    };
}


/***/ }),

/***/ 5175:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qg: () => (/* binding */ parse)
});

// UNUSED EXPORTS: CsvError, normalize_options

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString(options.encoding)
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_columns_array.js



const normalize_columns_array = function (columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === undefined || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal",
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`,
      ]);
    }
  }
  return normalizedColumns;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/ResizeableBuffer.js
class ResizeableBuffer {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}

/* harmony default export */ const utils_ResizeableBuffer = (ResizeableBuffer);

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/init_state.js


const init_state = function (options) {
  // ECMAScript WhiteSpace + LineTerminator codepoints, encoded under
  // `options.encoding`. Aligns trimming with `String.prototype.trim()`.
  // https://tc39.es/ecma262/#sec-white-space
  // https://tc39.es/ecma262/#sec-line-terminators
  //
  // Codepoints unrepresentable in the target encoding are dropped: Node's
  // Buffer substitutes them with `?` (0x3F), and including those would cause
  // literal `?` bytes in the input to be trimmed under `latin1`/`ascii`.
  const timchars = [
    // Basic Latin
    0x0020, // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    0x0009, // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    0x000a, // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    0x000d, // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    0x000c, // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    0x000b, // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    0x00a0, // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    0x1680, // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    0x2000, // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    0x2001, // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    0x2002, // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    0x2003, // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    0x2004, // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    0x2005, // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    0x2006, // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    0x2007, // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    0x2008, // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    0x2009, // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    0x200a, // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    0x2028, // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    0x2029, // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    0x202f, // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    0x205f, // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    0x3000, // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    0xfeff, // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding,
    );
    if (codepoint !== 0x3f && encoded.length === 1 && encoded[0] === 0x3f) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  // First-byte lookup table for `__isCharTrimable`. Non-whitespace bytes
  // (the common case) bail out in O(1) without scanning every timchar.
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: undefined,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: undefined,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote:
      Buffer.isBuffer(options.escape) &&
      Buffer.isBuffer(options.quote) &&
      Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns)
      ? options.columns.length
      : undefined,
    field: new utils_ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      // Skip if the remaining buffer can be delimiter
      ...(options.delimiter
        ? options.delimiter.map((delimiter) => delimiter.length)
        : []),
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      // Skip if the remaining buffer can be a multi-byte trim character
      ...timchars.map((t) => t.length),
    ),
    previousBuf: undefined,
    quoting: false,
    stop: false,
    rawBuffer: new utils_ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength:
      options.record_delimiter.length === 0
        ? 0
        : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("\t", options.encoding)[0],
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: timchars,
    timcharFirstBytes: timcharFirstBytes,
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js





const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `encoding`
  // Note: defined first because other options depends on it
  // to convert chars/strings into buffers.
  if (options.encoding === undefined || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (
    typeof options.encoding !== "string" &&
    options.encoding !== null
  ) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`,
      ],
      options,
    );
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`,
      ],
      options,
    );
  }
  // Normalize option `cast`
  options.cast_function = null;
  if (
    options.cast === undefined ||
    options.cast === null ||
    options.cast === false ||
    options.cast === ""
  ) {
    options.cast = undefined;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`,
      ],
      options,
    );
  }
  // Normalize option `cast_date`
  if (
    options.cast_date === undefined ||
    options.cast_date === null ||
    options.cast_date === false ||
    options.cast_date === ""
  ) {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function (value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`,
      ],
      options,
    );
  }
  // Normalize option `columns`
  options.cast_first_line_to_header = undefined;
  if (options.columns === true) {
    // Fields in the first line are converted as-is to columns
    options.cast_first_line_to_header = undefined;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (
    options.columns === undefined ||
    options.columns === null ||
    options.columns === false
  ) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`,
      ],
      options,
    );
  }
  // Normalize option `group_columns_by_name`
  if (
    options.group_columns_by_name === undefined ||
    options.group_columns_by_name === null ||
    options.group_columns_by_name === false
  ) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`,
      ],
      options,
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated.",
      ],
      options,
    );
  }
  // Normalize option `comment`
  if (
    options.comment === undefined ||
    options.comment === null ||
    options.comment === false ||
    options.comment === ""
  ) {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `comment_no_infix`
  if (
    options.comment_no_infix === undefined ||
    options.comment_no_infix === null ||
    options.comment_no_infix === false
  ) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`,
      ],
      options,
    );
  }
  // Normalize option `delimiter_auto`
  if (
    options.delimiter_auto === undefined ||
    options.delimiter_auto === null ||
    options.delimiter_auto === false
  ) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`,
      ],
      options,
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === undefined)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["\t".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4,
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.score === undefined)
      options.delimiter_auto.score = (info, options) => {
        return (
          (info.total - info.std) * (options.preferred[info.char_code] || 1)
        );
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.size === undefined)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `delimiter`
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (
      options.delimiter === undefined ||
      options.delimiter === null ||
      options.delimiter === false
    ) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function (delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`,
        ],
        options,
      );
    }
    return delimiter;
  });
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`,
      );
    }
  }
  // Normalize option `from`
  if (options.from === undefined || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`,
      );
    }
  }
  // Normalize option `from_line`
  if (options.from_line === undefined || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (
      typeof options.from_line === "string" &&
      /\d+/.test(options.from_line)
    ) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`,
      );
    }
  }
  // Normalize options `ignore_last_delimiters`
  if (
    options.ignore_last_delimiters === undefined ||
    options.ignore_last_delimiters === null
  ) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`,
      ],
      options,
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option",
      ],
      options,
    );
  }
  // Normalize option `info`
  if (
    options.info === undefined ||
    options.info === null ||
    options.info === false
  ) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`,
    );
  }
  // Normalize option `max_record_size`
  if (
    options.max_record_size === undefined ||
    options.max_record_size === null ||
    options.max_record_size === false
  ) {
    options.max_record_size = 0;
  } else if (
    Number.isInteger(options.max_record_size) &&
    options.max_record_size >= 0
  ) {
    // Great, nothing to do
  } else if (
    typeof options.max_record_size === "string" &&
    /\d+/.test(options.max_record_size)
  ) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`,
    );
  }
  // Normalize option `objname`
  if (
    options.objname === undefined ||
    options.objname === null ||
    options.objname === false
  ) {
    options.objname = undefined;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
      // Don't call `toString`, leave objname as a buffer
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
    // Great, nothing to do
  } else if (typeof options.objname === "number") {
    // if(options.objname.length === 0){
    //   throw new Error(`Invalid Option: objname must be a non empty string`);
    // }
    // Great, nothing to do
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`,
    );
  }
  if (options.objname !== undefined) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field",
        );
      }
    } else {
      // A string or a buffer
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index",
        );
      }
    }
  }
  // Normalize option `on_record`
  if (options.on_record === undefined || options.on_record === null) {
    options.on_record = undefined;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`,
      ],
      options,
    );
  }
  // Normalize option `on_skip`
  // options.on_skip ??= (err, chunk) => {
  //   this.emit('skip', err, chunk);
  // };
  if (
    options.on_skip !== undefined &&
    options.on_skip !== null &&
    typeof options.on_skip !== "function"
  ) {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`,
    );
  }
  // Normalize option `quote`
  if (
    options.quote === null ||
    options.quote === false ||
    options.quote === ""
  ) {
    options.quote = null;
  } else {
    if (options.quote === undefined || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`,
      );
    }
  }
  // Normalize option `raw`
  if (
    options.raw === undefined ||
    options.raw === null ||
    options.raw === false
  ) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`,
    );
  }
  // Normalize option `record_delimiter`
  if (options.record_delimiter === undefined) {
    options.record_delimiter = [];
  } else if (
    typeof options.record_delimiter === "string" ||
    Buffer.isBuffer(options.record_delimiter)
  ) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`,
        ],
        options,
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`,
      ],
      options,
    );
  }
  options.record_delimiter = options.record_delimiter.map(function (rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  // Normalize option `relax_column_count`
  if (typeof options.relax_column_count === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count === undefined ||
    options.relax_column_count === null
  ) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`,
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_less === undefined ||
    options.relax_column_count_less === null
  ) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`,
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_more === undefined ||
    options.relax_column_count_more === null
  ) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`,
    );
  }
  // Normalize option `relax_quotes`
  if (typeof options.relax_quotes === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_quotes === undefined ||
    options.relax_quotes === null
  ) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`,
    );
  }
  // Normalize option `skip_empty_lines`
  if (typeof options.skip_empty_lines === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_empty_lines === undefined ||
    options.skip_empty_lines === null
  ) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`,
    );
  }
  // Normalize option `skip_records_with_empty_values`
  if (typeof options.skip_records_with_empty_values === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_empty_values === undefined ||
    options.skip_records_with_empty_values === null
  ) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`,
    );
  }
  // Normalize option `skip_records_with_error`
  if (typeof options.skip_records_with_error === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_error === undefined ||
    options.skip_records_with_error === null
  ) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`,
    );
  }
  // Normalize option `rtrim`
  if (
    options.rtrim === undefined ||
    options.rtrim === null ||
    options.rtrim === false
  ) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`,
    );
  }
  // Normalize option `ltrim`
  if (
    options.ltrim === undefined ||
    options.ltrim === null ||
    options.ltrim === false
  ) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`,
    );
  }
  // Normalize option `trim`
  if (
    options.trim === undefined ||
    options.trim === null ||
    options.trim === false
  ) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`,
    );
  }
  // Normalize options `trim`, `ltrim` and `rtrim`
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  // Normalize option `to`
  if (options.to === undefined || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`,
      );
    }
  }
  // Normalize option `to_line`
  if (options.to_line === undefined || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`,
      );
    }
  }
  return options;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/delimiter_discover.js



// Discussed in [issue #400](https://github.com/adaltas/node-csv/issues/400)
// See https://github.com/python/cpython/blob/ea1b1c579f600cc85d145c60862b2e6b98701b24/Lib/csv.py#L349
const delimiter_discover = function (records, options) {
  // Normalize the configuration
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  // Convert String to Buffer
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  // Convert Buffer to an array of records
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records.push(record);
      const close = () => {};
      const error = parser.parse(data, true, push, close);
      if (error !== undefined) throw error;
      return records;
    })(records);
  }
  // Info array initialization, 127 entries, one per char code
  const info = Array(127)
    .fill()
    .map(() => ({ lines: [] }));
  // Traverse each records, count occurences per char code
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      // Count the character frequency
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === undefined) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  // Traverse each char code, compute the score
  info.map((info, i) => {
    info.char_code = i;
    info.std = std(info.lines);
    info.total = info.lines.reduce((acc, val) => acc + val, 0);
    info.preferred = !!options.preferred[i];
    info.score = options.score(info, options);
  });
  // Extract the dominant character
  const result = info.reduce(
    (acc, info) => (acc.score > info.score ? acc : info),
    {},
  );
  return String.fromCharCode(result.char_code);
};

const std = function (array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n,
  );
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/index.js






const isRecordEmpty = function (record) {
  return record.every(
    (field) =>
      field == null || (field.toString && field.toString().trim() === ""),
  );
};

const cr = 13; // `\r`, carriage return, 0x0D in hexad\u00e9cimal, 13 in decimal
const nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal

const boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
};

const transform = function (original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0,
  };
  const options = normalize_options(original_options);
  return {
    info: info,
    original_options: original_options,
    options: options,
    state: init_state(options),
    __needMoreData: function (i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } =
        this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0
          ? Buffer.from("\r\n", encoding).length
          : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0,
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function (nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line,
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote,
      } = this.state;
      // Automatic delimiter discovery
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === undefined) {
          delimiterBuf = nextBuf;
        } else if (
          delimiterBufPrevious !== undefined &&
          nextBuf === undefined
        ) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        // Ensure that nextBuf is not concatenated a second time during buffer reconciliation
        nextBuf = undefined;
        // this.delimiterBufPrevious = delimiterBuf;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto),
            ),
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = undefined;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      // Previous buffers reconciliation
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === undefined) {
        if (nextBuf === undefined) {
          // Handle empty string
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== undefined && nextBuf === undefined) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      // Handle UTF BOM
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          // No enough data
          if (end === false) {
            // Wait for more data
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding in boms) {
            if (boms[encoding].compare(buf, 0, boms[encoding].length) === 0) {
              // Skip BOM
              const bomLength = boms[encoding].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              // Renormalize original options with the new encoding
              const options = normalize_options({
                ...this.original_options,
                encoding: encoding,
              });
              // Properties are merged with the existing options instance
              for (const key in options) {
                this.options[key] = options[key];
              }
              // Options will re-evaluate the Buffer with the new encoding
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        // Ensure we get enough space to look ahead
        // There should be a way to move this out of the loop
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        // Auto discovery of record_delimiter, unix, mac and windows supported
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos,
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if (
          (chr === cr || chr === nl) &&
          this.state.wasRowDelimiter === false
        ) {
          this.state.wasRowDelimiter = true;
        }
        // Previous char was a valid escape char
        // treat the current char as a regular char
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          // Escape is only active inside quoted fields
          // We are quoting, the char is an escape chr and there is a chr to escape
          // if(escape !== null && this.state.quoting === true && chr === escape && pos + 1 < bufLen){
          if (
            escape !== null &&
            this.state.quoting === true &&
            this.__isEscape(buf, pos, chr) &&
            pos + escape.length < bufLen
          ) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          // Not currently escaping and chr is a quote
          // TODO: need to compare bytes instead of single char
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable =
                rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment =
                comment !== null &&
                this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr,
              );
              const isNextChrRecordDelimiter =
                record_delimiter.length === 0
                  ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length)
                  : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              // Escape a quote
              // Treat next char as a regular character
              if (
                escape !== null &&
                this.__isEscape(buf, pos, chr) &&
                this.__isQuote(buf, pos + escape.length)
              ) {
                pos += escape.length - 1;
              } else if (
                !nextChr ||
                isNextChrDelimiter ||
                isNextChrRecordDelimiter ||
                isNextChrComment ||
                isNextChrTrimable
              ) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment",
                    ],
                    this.options,
                    this.__infoField(),
                  ),
                );
                if (err !== undefined) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                // In relax_quotes mode, treat opening quote preceded by chrs as regular
                if (relax_quotes === false) {
                  const info = this.__infoField();
                  const bom = Object.keys(boms)
                    .map((b) =>
                      boms[b].equals(this.state.field.toString()) ? b : false,
                    )
                    .filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info.column)} at line ${info.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom ? `(${bom} bom)` : undefined,
                      ],
                      this.options,
                      info,
                      {
                        field: this.state.field,
                      },
                    ),
                  );
                  if (err !== undefined) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos,
            );
            if (recordDelimiterLength !== 0) {
              // Do not emit comments which take a full line
              const skipCommentLine =
                this.state.commenting &&
                this.state.wasQuoting === false &&
                this.state.record.length === 0 &&
                this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
                // Skip full comment line
              } else {
                // Activate records emission if above from_line
                if (
                  this.state.enabled === false &&
                  this.info.lines +
                    (this.state.wasRowDelimiter === true ? 1 : 0) >=
                    from_line
                ) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                // Skip if line is empty and skip_empty_lines activated
                if (
                  skip_empty_lines === true &&
                  this.state.wasQuoting === false &&
                  this.state.record.length === 0 &&
                  this.state.field.length === 0
                ) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== undefined) return errField;
                this.info.bytes =
                  this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== undefined) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (
              comment !== null &&
              (comment_no_infix === false ||
                (this.state.record.length === 0 &&
                  this.state.field.length === 0))
            ) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== undefined) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (
            max_record_size !== 0 &&
            this.state.record_length + this.state.field.length > max_record_size
          ) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
              ),
            );
          }
        }
        const lappend =
          ltrim === false ||
          this.state.quoting === true ||
          this.state.field.length !== 0 ||
          !this.__isCharTrimable(buf, pos);
        // rtrim in non quoting is handle in __onField
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        // Ensure we are not ending in a quoting state
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
          if (err !== undefined) return err;
        } else {
          // Skip last line if it has no characters
          if (
            this.state.wasQuoting === true ||
            this.state.record.length !== 0 ||
            this.state.field.length !== 0
          ) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== undefined) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== undefined) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function (push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values,
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      // Convert the first line into column names
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err =
          columns === false
            ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              )
            : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`, // rename columns
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              );
        if (
          relax_column_count === true ||
          (relax_column_count_less === true &&
            recordLength < this.state.expectedRecordLength) ||
          (relax_column_count_more === true &&
            recordLength > this.state.expectedRecordLength)
        ) {
          this.info.invalid_field_length++;
          this.state.error = err;
          // Error is undefined with skip_records_with_error
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        // With columns, records are object
        if (columns !== false) {
          const obj = {};
          // Transform record array to an object
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === undefined || columns[i].disabled) continue;
            // Turn duplicate columns into an array
            if (
              group_columns_by_name === true &&
              Object.hasOwn(obj, columns[i].name)
            ) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true,
              });
            }
          }
          // Without objname (default)
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [obj[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? obj : [obj[objname], obj],
              push,
            );
            if (err) {
              return err;
            }
          }
          // Without columns, records are array
        } else {
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: record },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [record[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? record : [record[objname], record],
              push,
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function (record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers =
          firstLineToHeaders === undefined
            ? record
            : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`,
              ],
              this.options,
              this.__infoField(),
              {
                headers: headers,
              },
            ),
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function () {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = undefined;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function () {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      // Short circuit for the from_line options
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== undefined) return err;
        field = f;
      }
      this.state.record.push(field);
      // Increment record length if record size must not exceed a limit
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function () {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function (record, push) {
      const { on_record } = this.options;
      if (on_record !== undefined) {
        const info = this.__infoRecord();
        try {
          record = on_record.call(null, record, info);
        } catch (err) {
          return err;
        }
        if (record === undefined || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function (field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      // Dont loose time calling cast
      // because the final record is an object
      // and this field can't be associated to a key present in columns
      if (
        isColumns === true &&
        relax_column_count &&
        this.options.columns.length <= this.state.record.length
      ) {
        return [undefined, undefined];
      }
      if (this.state.castField !== null) {
        try {
          const info = this.__infoField();
          return [undefined, this.state.castField.call(null, field, info)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [undefined, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info = this.__infoField();
        return [undefined, this.options.cast_date.call(null, field, info)];
      }
      return [undefined, field];
    },
    __compareBytes: function (sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function (buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      // Fast bail-out: non-whitespace bytes (the common case) are rejected
      // without scanning the full timchar list.
      const first = buf[pos];
      if (first === undefined || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function (buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (
        ignore_last_delimiters === true &&
        this.state.record.length === this.options.columns.length - 1
      ) {
        return 0;
      } else if (
        ignore_last_delimiters !== false &&
        typeof ignore_last_delimiters === "number" &&
        this.state.record.length === ignore_last_delimiters - 1
      ) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function (buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function (value) {
      return value - parseFloat(value) + 1 >= 0; // Borrowed from jquery
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function (buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function (chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function (buf, pos) {
      const { encoding } = this.options;
      // Note, we don't need to cache this information in state,
      // It is only called on the first line until we find out a suitable
      // record delimiter.
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding),
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function (msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== undefined) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : undefined,
            );
          } catch (err) {
            return err;
          }
        }
        // this.emit('skip', err, raw ? this.state.rawBuffer.toString(encoding) : undefined);
        return undefined;
      } else {
        return err;
      }
    },
    __infoDataSet: function () {
      return {
        ...this.info,
        columns: this.options.columns,
      };
    },
    __infoRecord: function () {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : undefined,
      };
    },
    __infoField: function () {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      // Bytes records are only incremented when all records'fields are parsed
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records: bytes_records,
        column:
          isColumns === true
            ? columns.length > this.state.record.length
              ? columns[this.state.record.length].name
              : null
            : this.state.record.length,
        quoting: this.state.wasQuoting,
      };
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/sync.js



const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  return records;
};




/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./lib/solve/run/compile-cache.js
/**
 * V8's code cache for bakekit's own bundle, through Node's module compile cache (`module.enableCompileCache`,
 * Node \u2265 22.1; the action runs on node24). Compiling the bundled JavaScript is the largest part of start-up
 * (docs/benchmarks.md, "Start-up"); with the cache, a run after the first loads compiled code instead: what V8
 * compiled with each module, its top level (a function first called later is compiled in every run; on the warm
 * context the cache is worth ~15 ms, round 23).
 *
 * What it is: a directory of V8 code-cache files that Node writes when the process exits. Node keys it by its own
 * version (one subdirectory per Node version and V8 flags) and checks every entry against a hash of the module's
 * source, so a different bundle or Node version never uses a stale entry. Where: `$RUNNER_TEMP` in GitHub Actions
 * (removed with the job, but shared by the job's steps), else `$XDG_CACHE_HOME`, else the OS temp directory; in a
 * `bakekit-compile-cache-<uid>` directory that must belong to the user and be writable only by them (code cache is
 * trusted code: no one else may be able to plant it). Off: `NODE_DISABLE_COMPILE_CACHE=1` (Node's own switch).
 * Older Node versions, an unwritable or foreign directory, any error: no cache, the run goes on as before.
 */




/**
 * Turns the cache on for everything this process compiles from now on; returns the directory, if it did.
 * `enable`: Node's `module.enableCompileCache` (a parameter for tests).
 */
function enableCompileCache(env = process.env, enable = external_node_module_.enableCompileCache) {
    if (typeof enable !== 'function')
        return undefined;
    try {
        const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
        const base = env.RUNNER_TEMP || env.XDG_CACHE_HOME || external_node_os_.tmpdir();
        const dir = external_node_path_.join(base, `bakekit-compile-cache${uid === undefined ? '' : `-${uid}`}`);
        external_node_fs_.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const st = external_node_fs_.lstatSync(dir);
        if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0)
            return undefined;
        const result = enable(dir);
        return result.directory;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./lib/solve/run/metadata-provenance.js
var metadata_provenance = __nccwpck_require__(4370);
// EXTERNAL MODULE: ./lib/buildkit/grpc/optimizing-compiler.js
var optimizing_compiler = __nccwpck_require__(9979);
// EXTERNAL MODULE: ./lib/buildkit/grpc/young-generation.js
var young_generation = __nccwpck_require__(8148);
// EXTERNAL MODULE: ./lib/action/github-context.js
var github_context = __nccwpck_require__(6965);
// EXTERNAL MODULE: ./lib/action/toolkit.js
var toolkit = __nccwpck_require__(4112);
;// CONCATENATED MODULE: ./lib/solve/cache/mode.js
const CACHE_MODES = (/* unused pure expression or super */ null && (['auto', 'off']));
function parseCacheMode(value) {
    const v = (value ?? '').trim().toLowerCase();
    if (v === '' || v === 'auto')
        return 'auto';
    if (v === 'off' || v === 'false' || v === 'none')
        return 'off';
    throw new Error(`cache: expected auto or off, got "${value}"`);
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __nccwpck_require__(5175);
;// CONCATENATED MODULE: ./lib/action/list.js
/**
 * List inputs as the docker actions read them: docker/actions-toolkit `Util.getList` (src/util.ts), the same csv-parse
 * options, so a workflow written for docker/bake-action or docker/build-push-action means the same here.
 *
 * Each line is a CSV record (`"` quotes, on unless `quote: false`; a quoted field may span lines). A record of one
 * field is split at its commas unless `ignoreComma` (so quotes protect commas only between fields of a record); a
 * record of several fields gives its fields, or with `ignoreComma` one item, its fields joined by commas. Empty items
 * are dropped; items are trimmed unless `trimWhitespace: false`.
 */

/** A list input that cannot be read; the message names lines only, never their content. */
class ListInputError extends Error {
    name = 'ListInputError';
}
function listItems(input, opts = {}) {
    if (input === '')
        return [];
    let records;
    try {
        records = (0,sync/* parse */.qg)(input, {
            columns: false,
            relax_quotes: true,
            relax_column_count: true,
            skip_empty_lines: true,
            quote: opts.quote === false ? false : '"',
            info: true,
        });
    }
    catch (err) {
        // csv-parse messages may quote the text around the problem: name the line and the kind only
        const e = err;
        if (e.code === 'CSV_QUOTE_NOT_CLOSED')
            throw new ListInputError(`a quoted value opened before line ${e.lines ?? '?'} is never closed`);
        throw new ListInputError(`cannot be read as a list (${e.code ?? 'parse error'}${e.lines ? ` at line ${e.lines}` : ''})`);
    }
    const out = [];
    for (const { record, info } of records) {
        // info.lines is the line the record ends on; a quoted field's own line breaks say how many lines it spans
        const line = info.lines - record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
        let values;
        if (record.length === 1)
            values = opts.ignoreComma ? [record[0]] : record[0].split(',');
        else
            values = opts.ignoreComma ? [record.join(',')] : record;
        for (const v of values) {
            if (!v)
                continue;
            const value = opts.trimWhitespace === false ? v : v.trim();
            if (value)
                out.push({ value, line });
        }
    }
    return out;
}
/** docker/actions-toolkit `Util.getList`. */
function getList(input, opts = {}) {
    return listItems(input, opts).map((i) => i.value);
}

// EXTERNAL MODULE: ./lib/solve/run/lifetime.js
var lifetime = __nccwpck_require__(1466);
;// CONCATENATED MODULE: ./lib/solve/run/policies.js
/**
 * The run's policies as the command line and the action give them, checked once for both shells: `--execution`
 * (lifetime.ts: what a failure stops), `--max-parallelism` (lifetime.ts: how many targets build at once) and
 * `--publish` (images/publish.ts: when images get their names). Loads nothing: the CLI parses its arguments with it.
 */

const PUBLISH_POLICIES = ['as-built', 'all-or-nothing'];
/** A policy value that is not one; the message says what is allowed (the shells prefix the flag or input name). */
class PolicyValueError extends Error {
    name = 'PolicyValueError';
}
/** `fail-fast` (also the default for an empty value) or `keep-going`. */
function parseExecutionPolicy(value) {
    const v = (value ?? '').trim();
    if (v === '')
        return 'fail-fast';
    if (lifetime/* EXECUTION_POLICIES */.O2.includes(v))
        return v;
    throw new PolicyValueError(`expected ${lifetime/* EXECUTION_POLICIES */.O2.join(' or ')}, got "${v}"`);
}
/** A positive whole number; empty means no bound (undefined). */
function parseMaxParallelism(value) {
    const v = (value ?? '').trim();
    if (v === '')
        return undefined;
    if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v)))
        throw new PolicyValueError(`expected a whole number of at least 1, got "${v}"`);
    return Number(v);
}
/** `as-built` (also the default for an empty value) or `all-or-nothing`. */
function parsePublishPolicy(value) {
    const v = (value ?? '').trim();
    if (v === '')
        return 'as-built';
    if (PUBLISH_POLICIES.includes(v))
        return v;
    throw new PolicyValueError(`expected ${PUBLISH_POLICIES.join(' or ')}, got "${v}"`);
}

// EXTERNAL MODULE: ./lib/bake/units.js
var units = __nccwpck_require__(5650);
;// CONCATENATED MODULE: ./lib/action/inputs.js
/**
 * Workflow inputs parsed once into a typed object. List inputs follow the docker actions' rules (list.ts, actions-toolkit
 * `Util.getInputList`), each with the options docker/bake-action v7 (src/context.ts) or, for the inputs bake-action does
 * not have, docker/build-push-action (src/context.ts) reads it with.
 */





/** The default of `cache-mounts-max-size` (action.yml). */
const DEFAULT_CACHE_MOUNTS_MAX_SIZE = '2g';
/**
 * `cache-mounts`: `auto` (or empty, or `true`), `off` (or `false`, `none`), else a list of mount ids (newline or
 * comma separated) as the Dockerfile names them (`id=`, or the target path when there is none).
 */
function parseCacheMountsMode(raw) {
    const v = raw.trim();
    const lower = v.toLowerCase();
    if (v === '' || lower === 'auto' || lower === 'true')
        return 'auto';
    if (lower === 'off' || lower === 'false' || lower === 'none')
        return 'off';
    const ids = [...new Set(getList(v, { quote: false }))];
    const reserved = ids.find((id) => ['auto', 'off'].includes(id.toLowerCase()));
    if (reserved)
        throw new Error(`"${reserved}" is a mode: give it alone, or a list of mount ids`);
    return ids;
}
/**
 * `cache-mounts-max-size`: a size as Docker reads them (`500m`, `2g`, `1.5GiB`; go-units RAMInBytes, binary
 * multiples), at least one byte.
 */
function parseCacheMountsMaxSize(raw) {
    const v = raw.trim() || DEFAULT_CACHE_MOUNTS_MAX_SIZE;
    let n;
    try {
        n = (0,units/* ramInBytes */.h$)(v);
    }
    catch (err) {
        if (err instanceof units/* InvalidSizeError */.F4)
            throw new Error(`expected a size such as 500m or 2g, got "${v}"`);
        throw err;
    }
    if (!(n >= 1) || !Number.isSafeInteger(n))
        throw new Error(`expected a size such as 500m or 2g, got "${v}"`);
    return n;
}
/** `cache-mounts-key`: one line without commas (the cache service refuses commas in keys; the key names entries). */
function parseCacheMountsKey(raw) {
    const v = raw.trim();
    if (!v)
        return undefined;
    if (/[,\r\n]/.test(v))
        throw new Error('input cache-mounts-key: one line without commas (part of a cache key)');
    return v;
}
/** A list input: with `commas: false` one value per line, commas and quotes kept (bakekit's own per-line inputs,
 * `nodes`, `merge-from`); else actions-toolkit's default list (newline or comma separated, CSV quotes). */
function parseList(raw, { commas = true } = {}) {
    return getList(raw.trim(), commas ? {} : { ignoreComma: true, quote: false });
}
/** Inputs whose lines may hold secrets: every line is masked before anything parses or reports them. */
const SECRET_INPUTS = ['secrets', 'secret-envs', 'secret-files'];
/**
 * Masks each line of `text` in the job log. The runner matches masks line by line, so a multi-line value (a PEM key)
 * needs each of its lines registered. Lines of at most three characters with no letter or digit (`{`, `}`, `],`) are
 * not: such a mask would star every bracket of the log and hides nothing.
 */
function maskLines(text) {
    for (const line of text.split(/\r?\n|\r/)) {
        const v = line.trim();
        if (!v || (v.length <= 3 && !/[\p{L}\p{N}]/u.test(v)))
            continue;
        toolkit.setSecret(v);
    }
}
/**
 * actions-toolkit Build.parseSecretKvp: `ID=VALUE`, both non-empty. A bad entry is named by its line, never shown:
 * it may be a secret given without its `id=`.
 */
function secretPairs(raw, name, opts) {
    let items;
    try {
        items = listItems(raw, opts);
    }
    catch (err) {
        if (err instanceof ListInputError)
            throw new Error(`input ${name}: ${err.message}`);
        throw err;
    }
    return items
        .filter((item) => item.value.trim() !== '')
        .map((item) => {
        const eq = item.value.indexOf('=');
        const id = eq < 0 ? '' : item.value.slice(0, eq).trim();
        const value = eq < 0 ? '' : item.value.slice(eq + 1);
        if (!id || !value)
            throw new Error(`input ${name}: line ${item.line} is not ID=VALUE (its content is masked and not shown)`);
        return { id, value };
    });
}
/** buildx parseBakeVars over actions-toolkit's list (bake-action: `getInputList('vars', {ignoreComma: true, quote: false})`). */
function parseVars(raw) {
    const entries = getList(raw, { ignoreComma: true, quote: false });
    if (!entries.length)
        return undefined;
    const vars = Object.create(null);
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        if (eq < 0)
            throw new Error(`input vars: invalid variable "${entry}", expected NAME=VALUE`);
        if (eq === 0)
            throw new Error(`input vars: invalid variable "${entry}", the name is empty`);
        vars[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    return vars;
}
/**
 * `ssh`: one buildx `--ssh` entry per line, `ID=KEY,KEY` listing key files. docker/build-push-action splits this input
 * at every comma, which cannot express several keys for one id; bakekit keeps the line, and refuses a line whose id
 * holds a comma (`default,other=/key`: write one entry per line) rather than forward an agent under a garbled id.
 */
function parseSsh(raw) {
    return listItems(raw, { ignoreComma: true, quote: false }).map(({ value, line }) => {
        const id = value.split('=')[0];
        if (id.includes(','))
            throw new Error(`input ssh: line ${line}: one entry per line (ID, ID=SOCKET or ID=KEY[,KEY\u2026]); the id "${id}" holds a comma`);
        return value;
    });
}
/** @actions/core getBooleanInput's YAML 1.2 core schema booleans. */
const YAML_TRUE = ['true', 'True', 'TRUE'];
const YAML_FALSE = ['false', 'False', 'FALSE'];
/**
 * actions-toolkit Build.getProvenanceInput: empty stays empty (the default applies); a YAML boolean becomes `false` or
 * `builder-id=<run URL>`; attributes get the run's `builder-id` unless they name one (Build.resolveProvenanceAttrs).
 */
function provenanceInput(raw, builderId) {
    if (!raw)
        return undefined;
    if (YAML_FALSE.includes(raw))
        return 'false';
    if (YAML_TRUE.includes(raw))
        return builderId ? `builder-id=${builderId}` : 'true';
    return withBuilderId(raw, builderId);
}
/** actions-toolkit Build.resolveProvenanceAttrs: adds `builder-id=<run URL>` unless the attributes have one. */
function withBuilderId(attrs, builderId) {
    if (!builderId)
        return attrs;
    if (!attrs)
        return `builder-id=${builderId}`;
    const fields = getList(attrs.split(/\r?\n/)[0], {});
    if (fields.some((f) => f.split('=')[0].trim() === 'builder-id'))
        return attrs;
    return `${attrs},builder-id=${builderId}`;
}
/** What the runner puts in the environment for input `name` (`INPUT_NAME`), untrimmed. */
function rawInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
/**
 * `get` returns an input as the runner passes it (untrimmed); each input is trimmed here where @actions/core's
 * getInput would trim it. `builderId`: the run's URL, the `builder-id` the provenance input gets (github-context.ts).
 */
function readInputs(get = rawInput, { builderId } = {}) {
    // Before anything reads them: a line of these inputs that an error message or a log line could show is masked.
    for (const name of SECRET_INPUTS)
        maskLines(get(name));
    const input = (name) => get(name).trim();
    const list = (name, opts = {}) => {
        try {
            return getList(input(name), opts);
        }
        catch (err) {
            if (err instanceof ListInputError)
                throw new Error(`input ${name}: ${err.message}`);
            throw err;
        }
    };
    const bool = (name) => {
        const v = input(name).toLowerCase();
        if (v === '' || v === 'false')
            return false;
        if (v === 'true')
            return true;
        throw new Error(`input ${name}: expected true or false, got "${v}"`);
    };
    // build-push-action: getInputList('secrets', {ignoreComma: true, trimWhitespace: false}) \u2014 quoted values may span
    // lines (a PEM key), a value keeps its surrounding whitespace
    const secrets = secretPairs(get('secrets'), 'secrets', { ignoreComma: true, trimWhitespace: false });
    for (const s of secrets) {
        toolkit.setSecret(s.value);
        if (/[\r\n]/.test(s.value))
            maskLines(s.value);
    }
    const githubToken = input('github-token') || undefined;
    if (githubToken)
        toolkit.setSecret(githubToken);
    // The cache service token reaches the daemon in gha cache attributes; never let it reach the log.
    if (process.env.ACTIONS_RUNTIME_TOKEN)
        toolkit.setSecret(process.env.ACTIONS_RUNTIME_TOKEN);
    let cache;
    try {
        cache = parseCacheMode(input('cache'));
    }
    catch (err) {
        throw new Error(`input ${err.message}`);
    }
    const policy = (name, parse) => {
        try {
            return parse(input(name));
        }
        catch (err) {
            throw new Error(`input ${name}: ${err.message}`);
        }
    };
    return {
        builder: input('builder') || undefined,
        source: input('source') || undefined,
        // bake-action: getInputList('files'), getInputList('targets'): commas split, quotes honoured
        files: list('files'),
        workdir: input('workdir') || '.',
        targets: list('targets'),
        // bake-action: getInputList('set', {ignoreComma: true, quote: false}): a value may hold commas and quotes
        set: list('set', { ignoreComma: true, quote: false }),
        push: bool('push'),
        load: bool('load'),
        noCache: bool('no-cache'),
        pull: bool('pull'),
        call: input('call') || undefined,
        vars: parseVars(input('vars')),
        secrets,
        // build-push-action: getInputList('secret-envs') splits at commas; getInputList('secret-files', {ignoreComma: true})
        secretEnvs: secretPairs(input('secret-envs'), 'secret-envs', {}).map(({ id, value }) => ({
            id,
            env: value.trim(),
        })),
        secretFiles: secretPairs(input('secret-files'), 'secret-files', { ignoreComma: true }).map(({ id, value }) => ({
            id,
            path: value.trim(),
        })),
        ssh: parseSsh(input('ssh')),
        githubToken,
        provenance: provenanceInput(input('provenance'), builderId),
        sbom: input('sbom') || undefined,
        summary: input('summary').toLowerCase() !== 'false',
        nodes: parseList(input('nodes'), { commas: false }),
        merge: bool('merge'),
        mergeFrom: mergeFromInput(get('merge-from')),
        matrix: bool('matrix'),
        // docker/bake-action subaction/matrix: `fields` split at newlines and commas
        matrixFields: list('matrix-fields', { quote: false }),
        matrixChanged: bool('matrix-changed') || input('matrix-base') !== '',
        matrixBase: input('matrix-base') || undefined,
        cache,
        warm: bool('warm'),
        // bake-action: getInputList('allow'). Kept a line at a time (quotes removed) and split by solve/target/entitlements.ts at
        // the commas that start another entitlement, as one buildx --allow: `network.host,fs.read=../src` is two,
        // `fs.read=a,b` the one path `a,b` (where bake-action would pass `a` and `b`)
        allow: list('allow', { ignoreComma: true }),
        execution: policy('execution', parseExecutionPolicy),
        maxParallelism: policy('max-parallelism', parseMaxParallelism),
        publish: policy('publish', parsePublishPolicy),
        cacheMounts: policy('cache-mounts', parseCacheMountsMode),
        cacheMountsKey: parseCacheMountsKey(get('cache-mounts-key')),
        cacheMountsImage: input('cache-mounts-image') || undefined,
        cacheMountsMaxSize: policy('cache-mounts-max-size', parseCacheMountsMaxSize),
    };
}
/** Lines of paths; a line starting with `{` begins inline JSON, which runs to the end of the input. */
function mergeFromInput(raw) {
    const trimmed = raw.trim();
    if (!trimmed)
        return [];
    if (trimmed.startsWith('{'))
        return [trimmed];
    const i = raw.search(/^\s*\{/m);
    if (i < 0)
        return parseList(raw, { commas: false });
    return [...parseList(raw.slice(0, i), { commas: false }), raw.slice(i).trim()];
}

;// CONCATENATED MODULE: ./lib/action/main.js
/**
 * The action's main step: inputs \u2192 one bake run \u2192 outputs, job log groups, annotations, job summary.
 * A thin shell over build/: everything it does to targets is a `--set`-like override or a secret binding.
 */








async function run() {
    const controller = new AbortController();
    const onSignal = (sig) => {
        toolkit.info(`${sig} received: cancelling the running builds`);
        controller.abort(new Error(`cancelled by ${sig}`));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let redact = (text) => text;
    try {
        const payload = (0,github_context/* eventPayload */.Z3)(process.env);
        const builderId = (0,github_context/* workflowRunURL */.u9)(process.env, payload);
        const inputs = readInputs(undefined, { builderId });
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const cwd = external_node_path_.resolve(workspace, inputs.workdir);
        if (inputs.matrix || inputs.matrixChanged || inputs.matrixFields.length) {
            // matrix mode: no build; the resolved definition becomes a strategy.matrix for the build jobs
            const { runMatrixStep } = await __nccwpck_require__.e(/* import() */ 893).then(__nccwpck_require__.bind(__nccwpck_require__, 9893));
            await runMatrixStep(inputs, cwd, controller.signal);
            return;
        }
        if (inputs.merge) {
            // merge mode: no build; the digests the build jobs pushed become one index per target
            const { runMergeStep } = await Promise.all(/* import() */[__nccwpck_require__.e(916), __nccwpck_require__.e(673), __nccwpck_require__.e(853), __nccwpck_require__.e(343), __nccwpck_require__.e(450), __nccwpck_require__.e(743)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5995));
            await runMergeStep(inputs, cwd, controller.signal);
            return;
        }
        // Loaded only now (and the build machinery only after the definition resolved): start-up is paid by every
        // step, and a merge step or a bad bake file never needs gRPC (see docs/benchmarks.md, "Start-up").
        const [{ bindSecrets, identifyLocalDirs, metadataFileContent, resolveDefinition, runBake, targetSpecs }, { makeRedactor, secretValues }, { resolveSource }, { gitHost, redactGitUrl }, { provenanceDefaults },] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(916), __nccwpck_require__.e(673), __nccwpck_require__.e(853), __nccwpck_require__.e(343)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1581)),
            __nccwpck_require__.e(/* import() */ 524).then(__nccwpck_require__.bind(__nccwpck_require__, 6524)),
            __nccwpck_require__.e(/* import() */ 189).then(__nccwpck_require__.bind(__nccwpck_require__, 5189)),
            __nccwpck_require__.e(/* import() */ 476).then(__nccwpck_require__.bind(__nccwpck_require__, 2476)),
            __nccwpck_require__.e(/* import() */ 618).then(__nccwpck_require__.bind(__nccwpck_require__, 4618)),
        ]);
        // `source`: a directory the bake runs in, or a Git URL (`{{defaultContext}}`: this event's repository at its commit)
        const source = resolveSource(inputs.source, cwd, () => (0,github_context/* gitContext */.cw)(process.env, payload));
        const set = [...inputs.set];
        // The workflow's SSH agents and keys join every target's `ssh` as `--set *.ssh+=` does (same id: this entry wins).
        // Forwarding the runner's agent is then the workflow's own choice, not the bake file's: it grants `ssh`.
        for (const entry of inputs.ssh)
            set.push(`*.ssh+=${entry}`);
        const allow = inputs.ssh.some((entry) => /^[^=]*=?$/.test(entry)) ? [...inputs.allow, 'ssh'] : inputs.allow;
        const secrets = [
            ...inputs.secrets.map((s) => ({ id: s.id, value: s.value })),
            ...inputs.secretEnvs.map((s) => ({ id: s.id, env: s.env })),
            ...inputs.secretFiles.map((s) => ({ id: s.id, src: external_node_path_.resolve(cwd, s.path) })),
        ];
        // bake-action: the token for a remote definition is BUILDX_BAKE_GIT_AUTH_TOKEN, else github-token
        const gitAuthToken = process.env.BUILDX_BAKE_GIT_AUTH_TOKEN ?? inputs.githubToken;
        const gitAuthSecrets = [];
        if (source.kind === 'git') {
            toolkit.info(`source: ${redactGitUrl(source.url)}`);
            // The daemon fetches the repository; the token goes host-scoped, as buildx \u2265 0.32 passes BUILDX_BAKE_GIT_AUTH_TOKEN
            // (bake/gitauth.go), unless the workflow gave a GIT_AUTH_TOKEN secret of its own: to the read of the definition
            // and to the builds whose context is on that host (runTargetSpecs), not to the others.
            const host = gitHost(source.url);
            if (gitAuthToken && !secrets.some((s) => s.id === 'GIT_AUTH_TOKEN' || s.id === `GIT_AUTH_TOKEN.${host}`)) {
                toolkit.setSecret(gitAuthToken);
                gitAuthSecrets.push({ id: `GIT_AUTH_TOKEN.${host}`, value: gitAuthToken });
            }
        }
        const opts = {
            files: inputs.files,
            targets: inputs.targets,
            set,
            cwd: source.kind === 'local' ? source.dir : cwd,
            env: process.env,
            builder: inputs.builder,
            nodes: inputs.nodes,
            push: inputs.push,
            load: inputs.load,
            noCache: inputs.noCache,
            pull: inputs.pull,
            call: inputs.call,
            vars: inputs.vars,
            sbom: inputs.sbom,
            provenance: inputs.provenance,
            secrets,
            cache: inputs.cache,
            warm: inputs.warm,
            // gha cache exports get it as `ghtoken`, as docker/actions-toolkit gives them for build-push-action (cache/gha.ts)
            githubToken: inputs.githubToken,
            allow,
            execution: inputs.execution,
            maxParallelism: inputs.maxParallelism,
            publish: inputs.publish,
            // bake-action's `metadata` is buildx's metadata file, so it has each build's provenance unless the job says not
            metadataProvenance: (0,metadata_provenance/* metadataProvenanceMode */.ag)(process.env.BUILDX_METADATA_PROVENANCE),
            // \u2026 and its warnings: bake-action runs buildx with BUILDX_METADATA_WARNINGS=true
            metadataWarnings: true,
            signal: controller.signal,
            // unknown attributes: a warning on the line (resolved twice when defaults apply: each reported once)
            onBakeWarning: (w) => {
                if (warned.has(w.message))
                    return;
                warned.add(w.message);
                // a remote definition's files are not in the workspace: no file to annotate
                toolkit.warning(w.detail, w.file && !opts.sourceFiles
                    ? {
                        title: 'bake file',
                        file: external_node_path_.relative(workspace, external_node_path_.resolve(opts.cwd, w.file)),
                        startLine: w.line,
                        startColumn: w.column,
                    }
                    : {});
            },
        };
        const warned = new Set();
        if (inputs.cacheMounts !== 'off') {
            // the GitHub Actions cache as the store when there is one (@actions/cache itself is loaded only when a mount is
            // restored or saved); its own lines (hits, sizes, retries) are debug lines
            const { cacheMountsOptions } = await __nccwpck_require__.e(/* import() */ 268).then(__nccwpck_require__.bind(__nccwpck_require__, 1268));
            const decision = cacheMountsOptions(inputs, process.env, (line) => toolkit.debug(redact(line)));
            if (decision.note)
                toolkit[decision.note.level](decision.note.message);
            opts.cacheMounts = decision.options;
        }
        if (source.kind === 'git') {
            // buildx's remote definition: the bake files come from the repository too (fetched by the daemon, with the token
            // above), `cwd://` ones from the working directory (solve/run/remote-definition.ts)
            const { readRemoteBakeFiles } = await Promise.all(/* import() */[__nccwpck_require__.e(365), __nccwpck_require__.e(791), __nccwpck_require__.e(916), __nccwpck_require__.e(673), __nccwpck_require__.e(849), __nccwpck_require__.e(702), __nccwpck_require__.e(333)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1333));
            // its local contexts are the repository's, unless `cwd://` (bake/remote-context.ts, buildx's updateContext)
            opts.remoteDefinition = source.url;
            opts.gitAuthSecrets = gitAuthSecrets;
            opts.sourceFiles = await readRemoteBakeFiles(source.url, {
                files: inputs.files,
                cwd,
                env: process.env,
                builder: inputs.builder,
                secrets: [...secrets, ...gitAuthSecrets],
                signal: controller.signal,
            });
        }
        let definition = await resolveDefinition(opts);
        // Added after a first resolution, because they depend on what the targets say: bake-action's default provenance.
        const targets = definition.target;
        const defaults = [
            // cache warming exports no image for an attestation to go with
            ...(inputs.warm
                ? []
                : provenanceDefaults({
                    provenance: inputs.provenance,
                    load: inputs.load,
                    privateRepository: payload.repository?.private === true,
                    builderId,
                    env: process.env,
                }, targets)),
        ];
        if (defaults.length) {
            opts.set = [...opts.set, ...defaults];
            definition = await resolveDefinition(opts);
        }
        const dirIdentities = await identifyLocalDirs(definition, opts);
        const specs = new Map(targetSpecs(definition, opts.cwd).map((s) => [s.name, s]));
        // The runner masks `::add-mask::` values in the log, but not in the summary file, and a value printed before it
        // was registered stays visible: everything written is redacted here too (see solve/run/redact.ts).
        redact = makeRedactor([
            ...secretValues(bindSecrets([...specs.values()], secrets), opts),
            inputs.githubToken,
            gitAuthToken,
            process.env.ACTIONS_RUNTIME_TOKEN,
        ]);
        const { GitHubLogRenderer } = await Promise.all(/* import() */[__nccwpck_require__.e(365), __nccwpck_require__.e(791), __nccwpck_require__.e(916), __nccwpck_require__.e(535), __nccwpck_require__.e(902), __nccwpck_require__.e(853), __nccwpck_require__.e(606)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5606));
        const renderer = new GitHubLogRenderer({
            write: (line) => process.stdout.write(redact(line) + '\n'),
            startGroup: (name) => toolkit.startGroup(redact(name)),
            endGroup: () => toolkit.endGroup(),
            error: (message, props) => toolkit.error(redact(message), { ...props, title: props.title === undefined ? undefined : redact(props.title) }),
            // build-check annotations carry their Dockerfile and line (render-github.ts)
            warning: (message, props) => toolkit.warning(redact(message), props ? { ...props, title: props.title === undefined ? undefined : redact(props.title) } : {}),
        }, {
            workspace,
            dockerfileDir: (t) => {
                const df = specs.get(t)?.dockerfile;
                return df ? external_node_path_.dirname(df) : undefined;
            },
        }, { call: inputs.call });
        opts.onEvent = renderer.onEvent;
        const result = await runBake(opts, definition, dirIdentities);
        // a check that found problems fails the step as `docker buildx bake --check` exits 1 (render-github.ts)
        const callExit = renderer.finish(result);
        toolkit.setOutput('metadata', redact(JSON.stringify(metadataFileContent(result))));
        const digests = {};
        const images = {};
        for (const [target, md] of Object.entries(result.metadata)) {
            if (typeof md['containerimage.digest'] === 'string')
                digests[target] = md['containerimage.digest'];
            if (typeof md['image.name'] === 'string')
                images[target] = md['image.name'].split(',');
        }
        toolkit.setOutput('digests', JSON.stringify(digests));
        toolkit.setOutput('images', JSON.stringify(images));
        // what became of each cache mount (its failures were warned as they happened: warning events, never a failed build)
        const mounts = result.cacheMounts ?? [];
        toolkit.setOutput('cache-mounts', redact(JSON.stringify(mounts)));
        if (mounts.length) {
            const { cacheMountLogLines } = await __nccwpck_require__.e(/* import() */ 268).then(__nccwpck_require__.bind(__nccwpck_require__, 1268));
            toolkit.startGroup(`Cache mounts (${opts.cacheMounts?.store.description ?? 'no store'})`);
            for (const line of cacheMountLogLines(mounts))
                toolkit.info(redact(line));
            toolkit.endGroup();
        }
        // bake-action writes no summary for a call other than build (its main.ts: "Build summary skipped for \u2026 subrequest")
        if (inputs.summary && !isCallSubrequest(inputs.call)) {
            try {
                const { summaryMarkdown, writeSummary } = await __nccwpck_require__.e(/* import() */ 581).then(__nccwpck_require__.bind(__nccwpck_require__, 8962));
                await writeSummary(redact(summaryMarkdown(result, (t) => ({ steps: renderer.stepCounts(t), spec: specs.get(t) }))));
            }
            catch (err) {
                toolkit.warning(`could not write the job summary: ${err.message}`);
            }
        }
        if (!result.ok) {
            // The failures themselves were annotated on their Dockerfile lines; this only marks the step failed (with
            // keep-going, every failure is listed).
            const failed = result.targets.filter((t) => t.status === 'failed').map((t) => t.target);
            const unpublished = result.publish && !result.publish.published && !result.publish.failedTarget ? '; nothing published' : '';
            toolkit.setFailed(failed.length
                ? `${failed.length} target(s) failed: ${failed.join(', ')}${unpublished}`
                : `the build was cancelled${unpublished}`);
        }
        else if (callExit !== 0) {
            toolkit.setFailed(`the check found problems (exit code ${callExit})`);
        }
    }
    catch (err) {
        toolkit.setFailed(redact(err.message));
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
/** `call` names a method other than `build` (`check`, `outline`, `targets`; `,format=\u2026` options aside). */
function isCallSubrequest(call) {
    const name = call
        ?.split(',')
        .find((f) => !f.includes('='))
        ?.trim() ?? '';
    return name !== '' && name !== 'build';
}
// before run() imports the rest of the bundle: V8's heap and compiler policies first (V8 flags can be part of the code
// cache's key, and these are set at the same point in every run), then the code cache, so that the bundle's compiled
// code is cached (see solve/run/compile-cache.ts)
(0,young_generation/* keepYoungGenerationSmall */.Dd)();
(0,optimizing_compiler.deferOptimizingCompiler)();
enableCompileCache();
void run();

var __webpack_exports__run = __webpack_exports__.e;
export { __webpack_exports__run as run };
