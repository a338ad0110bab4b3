export const id = 315;
export const ids = [315,766];
export const modules = {

/***/ 5655:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  of: () => (/* binding */ callFallbackOpt),
  G7: () => (/* binding */ callFrontendOpt),
  qJ: () => (/* binding */ lintAnnotations),
  Mf: () => (/* binding */ parseCall),
  Qe: () => (/* binding */ printCallResults)
});

// UNUSED EXPORTS: bakeDockerfileName, formatBakeCallResults, formatCallResult, printLint, printOutline, printTargets, sortedLintWarnings

// EXTERNAL MODULE: ./lib/buildkit/errdefs/source.js
var errdefs_source = __webpack_require__(3515);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/solve/call/call-func.js
var call_func = __webpack_require__(7073);
// EXTERNAL MODULE: ./lib/solve/target/context-kind.js
var context_kind = __webpack_require__(6449);
// EXTERNAL MODULE: ./lib/bake/print.js
var print = __webpack_require__(3426);
;// CONCATENATED MODULE: ./lib/bake/tabwriter.js
/**
 * Go's text/tabwriter, for the tables buildx prints (`--list`, `--call=outline|targets`): they must match byte for
 * byte, and no npm table library aligns the way tabwriter does (columns are aligned per block of consecutive lines
 * that have a cell in that column, and tab padding rounds to tab stops). Rows are given as cells; every cell but a
 * row's last is tab-terminated, as in the Go writers' `fmt.Fprintf(w, "%s\t%s\n", \u2026)`. No flags (buildx sets none).
 */
/** Width of a cell as tabwriter counts it: runes (utf8.RuneCount), not UTF-16 units. */
function textWidth(s) {
    let n = 0;
    // a low surrogate is the second half of a rune already counted
    for (let i = 0; i < s.length; i++)
        if ((s.charCodeAt(i) & 0xfc00) !== 0xdc00)
            n++;
    return n;
}
/** The lines, each ending in '\n'. */
function tabwrite(rows, opts) {
    // widths[row][column]: the width of the column block the cell belongs to
    const widths = rows.map((r) => new Array(Math.max(0, r.length - 1)).fill(0));
    const columns = Math.max(0, ...rows.map((r) => r.length - 1));
    for (let c = 0; c < columns; c++) {
        let start = 0;
        while (start < rows.length) {
            if (rows[start].length - 1 <= c) {
                start++;
                continue;
            }
            let end = start;
            let width = opts.minwidth;
            while (end < rows.length && rows[end].length - 1 > c)
                width = Math.max(width, textWidth(rows[end++][c]) + opts.padding);
            for (let k = start; k < end; k++)
                widths[k][c] = width;
            start = end;
        }
    }
    return rows
        .map((row, i) => row.map((cell, c) => (c < row.length - 1 ? cell + pad(textWidth(cell), widths[i][c], opts) : cell)).join('') +
        '\n')
        .join('');
}
/** tabwriter's writePadding. */
function pad(textw, cellw, opts) {
    if (opts.padchar === '\t') {
        if (opts.tabwidth === 0)
            return '';
        const stop = Math.ceil(cellw / opts.tabwidth) * opts.tabwidth;
        return '\t'.repeat(Math.ceil((stop - textw) / opts.tabwidth));
    }
    return ' '.repeat(Math.max(0, cellw - textw));
}

;// CONCATENATED MODULE: ./lib/solve/call/call.js






/** Versions of the result structures the renderers below know (BuildKit's subrequest definitions). */
const KNOWN_VERSION = '1.0.0';
const SUBREQUESTS_CAP = 'moby.buildkit.frontend.subrequests+forward';
/** buildx's fallback frontends for a daemon whose own Dockerfile frontend answers no subrequests (build/build.go) */
const PRINT_FALLBACK_IMAGE = 'docker/dockerfile:1.7.1@sha256:a57df69d0ea827fb7266491f2813635de6f17269be881f696fbfdf2d83dda33e';
const LINT_FALLBACK_IMAGE = 'docker/dockerfile:1.8.1@sha256:e87caa74dcb7d46cd820352bfea12591f3dba3ddc4285e19c7dcd13359f7cefd';
/**
 * A target's `call` as buildx bake reads it (commands/bake.go: ParseCallFunc of the attribute): `check` is `lint`;
 * `build` (and nothing) is no call. Throws buildx's error for a bad value.
 */
function parseCall(value) {
    if (!value)
        return undefined;
    const call = (0,call_func/* parseCallFunc */.K)(value);
    if (call.name === 'build' || call.name === '')
        return undefined;
    return call;
}
/** The gateway solve's frontend options for a call (buildx adds them to the gateway request only, not to the build's
 * own attributes). */
function callFrontendOpt(call, attrs) {
    const out = { ...attrs };
    out['frontend.caps'] = out['frontend.caps'] ? `${out['frontend.caps']},${SUBREQUESTS_CAP}` : SUBREQUESTS_CAP;
    out.requestid = `frontend.${call.name}`;
    return out;
}
/**
 * buildx fallbackPrintError: a frontend that does not know the request (`unsupported request frontend.lint`, the
 * Dockerfile frontend of BuildKit < 0.14 for lint) is asked again through a Dockerfile frontend image that does.
 * Undefined when the error is something else.
 */
function callFallbackOpt(err, opt) {
    const request = opt.requestid;
    if (!request)
        return undefined;
    const message = err.details ?? err.message;
    const m = /unsupported request (frontend\.(?:outline|targets|lint))\b/.exec(message);
    if (!m)
        return undefined;
    return { ...opt, 'build-arg:BUILDKIT_SYNTAX': m[1] === 'frontend.lint' ? LINT_FALLBACK_IMAGE : PRINT_FALLBACK_IMAGE };
}
/** Go's golang.org/x/mod/semver-free comparison buildx uses (docker/docker/api/types/versions.LessThan). */
function versionLess(a, b) {
    const pa = a.split('.');
    const pb = b.split('.');
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = Number.parseInt(pa[i] ?? '0', 10) || 0;
        const y = Number.parseInt(pb[i] ?? '0', 10) || 0;
        if (x !== y)
            return x < y;
    }
    return false;
}
/** buildx's printers: tabwriter.NewWriter(w, 0, 0, PADDING, ' ', 0). */
const table = (rows, padding) => tabwrite(rows, { minwidth: 0, tabwidth: 0, padding, padchar: ' ' });
function ranges(loc) {
    return (loc?.ranges ?? []).map((r) => ({
        start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
        end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 },
    }));
}
/** errdefs Source.Print: the snippet block with its trailing newline, or nothing. */
function sourceBlock(source, loc, filename) {
    if (!source)
        return '';
    const lines = (0,errdefs_source/* formatSourceBlock */.GO)(filename ?? source.filename ?? '', Buffer.from(source.data ?? '', 'base64'), ranges(loc));
    return lines.length ? lines.join('\n') + '\n' : '';
}
/** Lint warnings in the order BuildKit prints them (LintResults.PrintTo): source-less first, then by file and line. */
function sortedLintWarnings(results) {
    const sources = results.sources ?? [];
    const index = (w) => (w.location ? (w.location.sourceIndex ?? 0) : -1);
    return [...(results.warnings ?? [])].sort((a, b) => {
        const ia = index(a);
        const ib = index(b);
        if (ia < 0 && ib < 0)
            return a.ruleName < b.ruleName ? -1 : a.ruleName > b.ruleName ? 1 : 0;
        if (ia < 0 || ib < 0)
            return ia < 0 ? -1 : 1;
        const fa = sources[ia]?.filename ?? '';
        const fb = sources[ib]?.filename ?? '';
        if (fa !== fb)
            return fa < fb ? -1 : 1;
        const ra = a.location?.ranges ?? [];
        const rb = b.location?.ranges ?? [];
        if (ra.length === 0 && rb.length === 0)
            return a.ruleName < b.ruleName ? -1 : a.ruleName > b.ruleName ? 1 : 0;
        if (ra.length === 0 || rb.length === 0)
            return ra.length === 0 ? -1 : 1;
        return (ra[0].start?.line ?? 0) - (rb[0].start?.line ?? 0);
    });
}
function printLint(results, filename) {
    const sources = results.sources ?? [];
    let out = '';
    for (const w of sortedLintWarnings(results)) {
        out += `\nWARNING: ${w.ruleName}${w.url ? ` - ${w.url}` : ''}\n${w.detail ?? ''}\n`;
        const i = w.location ? (w.location.sourceIndex ?? 0) : -1;
        if (i >= 0)
            out += sourceBlock(sources[i], w.location, filename);
    }
    return out;
}
function printOutline(o) {
    let out = '';
    if (o.name || o.description) {
        const rows = [['TARGET:', o.name || '(default)']];
        if (o.description)
            rows.push(['DESCRIPTION:', o.description]);
        out += table(rows, 1) + '\n';
    }
    if (o.args?.length)
        out +=
            table([['BUILD ARG', 'VALUE', 'DESCRIPTION'], ...o.args.map((a) => [a.name, a.value ?? '', a.description ?? ''])], 3) + '\n';
    if (o.secrets?.length)
        out += table([['SECRET', 'REQUIRED'], ...o.secrets.map((s) => [s.name, s.required ? 'true' : ''])], 3) + '\n';
    if (o.ssh?.length)
        out += table([['SSH', 'REQUIRED'], ...o.ssh.map((s) => [s.name, s.required ? 'true' : ''])], 3) + '\n';
    return out;
}
function printTargets(l) {
    const rows = [['TARGET', 'DESCRIPTION']];
    for (const t of l.targets ?? []) {
        let name = t.name ?? '';
        if (name === '' && t.default)
            name = '(default)';
        else if (t.default)
            name = `${name} (default)`;
        rows.push([name, t.description ?? '']);
    }
    return table(rows, 1);
}
function parseJson(text) {
    return JSON.parse(text ?? 'null');
}
/**
 * buildx printResult for one call's result metadata. `dockerfile`: the Dockerfile as buildx names it in lint source
 * blocks (the target's Dockerfile path as the bake definition gives it, `inline` for an inline one).
 */
function formatCallResult(call, res, dockerfile) {
    const json = call.format === 'json';
    // printValue: JSON as it came, a result newer than the renderer as its text, else rendered from result.json
    const value = (render) => {
        if (json)
            return `${res['result.json'] ?? ''}\n`;
        if (res.version && versionLess(KNOWN_VERSION, res.version) && res['result.txt'])
            return res['result.txt'];
        return render();
    };
    let text = '';
    try {
        switch (call.name) {
            case 'outline':
                text = value(() => printOutline(parseJson(res['result.json']) ?? {}));
                break;
            case 'targets':
                text = value(() => printTargets(parseJson(res['result.json']) ?? {}));
                break;
            case 'lint': {
                const results = (res['result.json'] !== undefined ? parseJson(res['result.json']) : undefined) ?? {};
                const count = results.warnings?.length ?? 0;
                if (!json && count > 0)
                    text += `Check complete, ${count === 1 ? '1 warning has' : `${count} warnings have`} been found!\n`;
                text += value(() => printLint(results, dockerfile));
                if (results.buildError) {
                    if (!json && count > 0)
                        text += '\n';
                    const i = results.buildError.location?.sourceIndex ?? 0;
                    const error = `${results.buildError.message}\n${sourceBlock((results.sources ?? [])[i], results.buildError.location, dockerfile)}`;
                    return { text, exitCode: 1, error };
                }
                if (count === 0 && !json)
                    text += 'Check complete, no warnings found.\n';
                break;
            }
            default:
                if (res['result.json'] !== undefined && json)
                    text = `${res['result.json']}\n`;
                else if (res['result.txt'] !== undefined)
                    text = res['result.txt'];
                else
                    text = `${goCallString(call)} map[${Object.keys(res)
                        .sort()
                        .map((k) => `${k}:${res[k]}`)
                        .join(' ')}]\n`;
        }
    }
    catch (err) {
        return { text, exitCode: 1, error: err.message };
    }
    let exitCode = 0;
    const status = res['result.statuscode'];
    if (!call.ignoreStatus && status !== undefined && /^[+-]?\d+$/.test(status))
        exitCode = Number.parseInt(status, 10);
    return { text, exitCode };
}
/** buildflags.CallFunc's String(), which buildx prints for a result it cannot show. */
function goCallString(call) {
    const parts = [];
    if (call.name)
        parts.push(`Name:${JSON.stringify(call.name)}`);
    if (call.format)
        parts.push(`Format:${JSON.stringify(call.format)}`);
    if (call.ignoreStatus)
        parts.push('IgnoreStatus:true');
    return parts.join(' ');
}
/**
 * buildx bake's printing of several call results (commands/bake.go): targets by name, each as its name, its
 * description, a blank line and the result, a blank line between targets; a result's error as `error: \u2026`. The
 * command line's call (`--call outline,format=json`) decides format and ignorestatus for all. JSON (`format=json`)
 * is one document: `definition` is the bake definition as `--print` writes it (`{group, target}`), each call target
 * gaining its result under the call's name (`check` for lint).
 */
function formatBakeCallResults(results, options = {}) {
    const sorted = [...results].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
    const formatOf = (r) => ({
        ...r.call,
        ...(options.cliCall ? { format: options.cliCall.format, ignoreStatus: options.cliCall.ignoreStatus } : {}),
    });
    let exitCode = 0;
    if (options.cliCall?.format === 'json') {
        const json = {};
        for (const r of sorted) {
            const call = formatOf(r);
            const entry = {};
            const out = formatCallResult(call, r.response, r.dockerfile);
            if (out.error !== undefined) {
                entry.error = out.error;
                exitCode = 1;
            }
            else if (out.exitCode !== 0 && exitCode === 0)
                exitCode = out.exitCode;
            let parsed;
            try {
                parsed = JSON.parse(out.text);
            }
            catch {
                parsed = undefined;
            }
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                Object.assign(entry, parsed);
            else
                entry[call.name] = out.text.trim();
            json[r.target] = entry;
        }
        const targets = {};
        const def = options.definition ?? { target: {} };
        for (const name of Object.keys(def.target).sort()) {
            targets[name] = { build: def.target[name] };
            const r = sorted.find((x) => x.target === name);
            if (r && json[name])
                targets[name][r.call.name === 'lint' ? 'check' : r.call.name] = sortKeys(json[name]);
        }
        const doc = { ...(def.group && Object.keys(def.group).length ? { group: def.group } : {}), target: targets };
        return { text: `${JSON.stringify(doc, null, 2)}\n`, exitCode };
    }
    let text = '';
    sorted.forEach((r, i) => {
        if (i > 0)
            text += '\n';
        text += `${r.target}\n`;
        if (r.description)
            text += `${r.description}\n`;
        text += '\n';
        const out = formatCallResult(formatOf(r), r.response, r.dockerfile);
        text += out.text;
        if (out.error !== undefined) {
            text += `error: ${out.error}\n`;
            exitCode = 1;
        }
        else if (out.exitCode !== 0 && exitCode === 0)
            exitCode = out.exitCode;
    });
    return { text, exitCode };
}
/** Go marshals a map with its keys sorted. */
function sortKeys(o) {
    return Object.fromEntries(Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]));
}
function lintAnnotations(response) {
    let results;
    try {
        results = parseJson(response['result.json']) ?? {};
    }
    catch {
        return [];
    }
    const sources = results.sources ?? [];
    return sortedLintWarnings(results).map((w) => {
        const source = w.location ? sources[w.location.sourceIndex ?? 0] : undefined;
        const a = {
            title: w.description || w.ruleName,
            message: `${w.ruleName}: ${w.detail ?? ''}${w.url ? `\nMore info: ${w.url}` : ''}`,
        };
        if (source?.filename) {
            a.file = source.filename;
            a.data = Buffer.from(source.data ?? '', 'base64');
            const line = w.location?.ranges?.[0]?.start?.line;
            if (line)
                a.startLine = line;
        }
        return a;
    });
}
/** The Dockerfile as buildx bake names it in lint output (bake.go toBuildOpt: the context joined with a relative
 * Dockerfile path; `inline` for an inline one; opt.go dockerfileSrcName). */
function bakeDockerfileName(t) {
    if (t.dockerfileInline !== undefined)
        return 'inline';
    const rawContext = (t.context ?? '.').replace(/^cwd:\/\//, '');
    const dockerfile = external_node_path_.posix.normalize((t.dockerfile ?? 'Dockerfile').replace(/^cwd:\/\//, ''));
    if (context_kind/* REMOTE_CONTEXT */.rM.test(rawContext) || external_node_path_.isAbsolute(dockerfile))
        return dockerfile;
    const context = external_node_path_.posix.normalize(rawContext);
    return external_node_path_.join(context, dockerfile);
}
/**
 * What buildx bake prints on stdout after a run with calls (formatBakeCallResults over the targets that had one), and
 * the exit code they ask for; undefined when no target had a call. `cliCall`: the command line's `--call`/`--check`.
 */
function printCallResults(result, definition, cliCall) {
    const calls = result.targets.filter((t) => t.call);
    if (!calls.length)
        return undefined;
    const results = calls.map((t) => {
        const def = definition.target[t.target] ?? {};
        return {
            target: t.target,
            description: def.description,
            call: t.call.spec,
            response: t.call.response,
            dockerfile: bakeDockerfileName(def),
        };
    });
    let cli;
    try {
        cli = cliCall ? (0,call_func/* parseCallFunc */.K)(cliCall) : undefined;
    }
    catch {
        cli = undefined; // checked when the command line was read
    }
    // JSON: every target's definition as --print writes it, with the call results
    const printed = cli?.format === 'json'
        ? JSON.parse((0,print/* renderPrint */.u6)(definition))
        : undefined;
    return formatBakeCallResults(results, { cliCall: cli, definition: printed });
}


/***/ }),

/***/ 9829:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fo: () => (/* binding */ engineLoadStream),
/* harmony export */   gj: () => (/* binding */ engineFeatures)
/* harmony export */ });
/* unused harmony exports EngineError, engineJson */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var _buildkit_transport_docker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2776);
/* harmony import */ var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57);
/**
 * `type=docker` without `dest` on a daemon that is not the Docker Engine: the exporter's tarball is streamed from
 * the daemon (FileSend) straight into the Engine's image store with `POST /images/load` \u2014 nothing is buffered or
 * written to disk. This is what buildx does for `--load` with a non-docker builder (docker.LoadImage).
 *
 * The Engine answers with a JSON message stream once it has read the whole archive; an `error` in it (bad archive,
 * store failure) fails the export, so a load that did not happen never looks successful.
 */




class EngineError extends Error {
    name = 'EngineError';
}
/** One Engine API request with a small JSON answer. */
function engineJson(engine, method, path, timeoutMs = 10_000) {
    return new Promise((resolve, reject) => {
        const req = node_http__WEBPACK_IMPORTED_MODULE_0__.request({ method, path, host: 'localhost', createConnection: () => (0,_buildkit_transport_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .connectEngine */ .xn)(engine), timeout: timeoutMs }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                if ((res.statusCode ?? 500) >= 300) {
                    reject(new EngineError(`Docker Engine at ${(0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeDockerHost)(engine)} answered ${method} ${path} with ${res.statusCode}: ${messageOf(text)}`));
                    return;
                }
                try {
                    resolve(JSON.parse(text));
                }
                catch {
                    reject(new EngineError(`Docker Engine at ${(0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeDockerHost)(engine)} answered ${method} ${path} with something that is not JSON`));
                }
            });
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new EngineError(`Docker Engine at ${(0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeDockerHost)(engine)} did not answer ${method} ${path} within ${timeoutMs} ms`)));
        req.on('error', (err) => reject(err instanceof EngineError
            ? err
            : new EngineError(`cannot reach the Docker Engine at ${(0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeDockerHost)(engine)}: ${err.message}`)));
        req.end();
    });
}
function messageOf(text) {
    try {
        return JSON.parse(text).message ?? text.trim();
    }
    catch {
        return text.trim();
    }
}
/** What the Engine's image store can import (buildx dockerutil.Features: `driver-type` in /info DriverStatus). */
async function engineFeatures(engine) {
    const info = await engineJson(engine, 'GET', '/info');
    const ociImporter = (info.DriverStatus ?? []).some(([k, v]) => k === 'driver-type' && v === 'io.containerd.snapshotter.v1');
    return { ociImporter };
}
/**
 * A Writable that feeds `POST /images/load` on the Engine. Finishing it ends the request body and waits for the
 * Engine's whole answer; an error message in that answer makes the stream fail.
 */
function engineLoadStream(engine, opts = {}) {
    const where = (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeDockerHost)(engine);
    let req;
    let result;
    let failed;
    let waiting;
    const fail = (err) => {
        failed ??= err;
        const w = waiting;
        waiting = undefined;
        w?.(failed);
    };
    const start = () => {
        if (req)
            return;
        req = node_http__WEBPACK_IMPORTED_MODULE_0__.request({
            method: 'POST',
            path: '/images/load?quiet=0',
            host: 'localhost',
            headers: { 'Content-Type': 'application/x-tar', 'Transfer-Encoding': 'chunked' },
            createConnection: () => (0,_buildkit_transport_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .connectEngine */ .xn)(engine),
        });
        const r = req;
        result = new Promise((resolve, reject) => {
            r.on('error', (err) => reject(new EngineError(`loading into the Docker Engine at ${where} failed: ${err.message}`)));
            r.on('response', (res) => {
                let buffered = '';
                let failure;
                const handle = (line) => {
                    if (!line.trim())
                        return;
                    try {
                        const msg = JSON.parse(line);
                        const err = msg.errorDetail?.message ?? msg.error;
                        if (err)
                            failure = err;
                        else if ((res.statusCode ?? 200) >= 300 && msg.message)
                            failure = msg.message;
                        const text = (msg.stream ?? msg.status ?? '').trim();
                        if (text)
                            opts.onMessage?.(text);
                    }
                    catch {
                        if ((res.statusCode ?? 200) >= 300)
                            failure = line.trim();
                    }
                };
                res.setEncoding('utf8');
                res.on('data', (c) => {
                    buffered += c;
                    let nl;
                    while ((nl = buffered.indexOf('\n')) >= 0) {
                        handle(buffered.slice(0, nl));
                        buffered = buffered.slice(nl + 1);
                    }
                });
                res.on('end', () => {
                    handle(buffered);
                    if ((res.statusCode ?? 500) >= 300 && !failure)
                        failure = `HTTP ${res.statusCode}`;
                    if (failure)
                        reject(new EngineError(`the Docker Engine at ${where} could not load the image: ${failure}`));
                    else
                        resolve();
                });
                res.on('error', (err) => reject(new EngineError(`loading into the Docker Engine at ${where} failed: ${err.message}`)));
            });
        });
        // The Engine may give up before the archive is complete: fail the pending write instead of waiting for drain.
        result.catch((err) => fail(err));
    };
    return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Writable({
        write(chunk, _enc, cb) {
            start();
            if (failed)
                return cb(failed);
            if (req.write(chunk))
                return cb();
            waiting = (err) => cb(err);
            req.once('drain', () => {
                const w = waiting;
                waiting = undefined;
                w?.();
            });
        },
        final(cb) {
            start();
            req.end();
            result.then(() => cb(), (err) => cb(err));
        },
        destroy(err, cb) {
            if (req && !req.writableFinished)
                req.destroy();
            cb(err);
        },
    });
}


/***/ }),

/***/ 4699:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ workerPlatforms),
/* harmony export */   pw: () => (/* binding */ probeOutputs),
/* harmony export */   ro: () => (/* binding */ loadEngine)
/* harmony export */ });
/* unused harmony export probeDaemon */
/* harmony import */ var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57);
/* harmony import */ var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9960);
/* harmony import */ var _docker_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9829);



/** `v0.25.2` \u2192 [0, 25, 2]; undefined for versions that say nothing (Debian's `v0.0.0+unknown`). */
function parseVersion(v) {
    const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(v ?? '');
    if (!m)
        return undefined;
    const parts = [Number(m[1]), Number(m[2]), Number(m[3])];
    return parts.every((n) => n === 0) ? undefined : parts;
}
async function probeDaemon(client, dockerEngine, signal) {
    const [version, workers] = await Promise.all([
        client.info(signal),
        client.listWorkers(signal).catch(() => []),
    ]);
    // dockerd reports the snapshotter label only on the containerd image store (buildx driver/docker: MultiPlatform).
    const containerdStore = dockerEngine &&
        workers.some((w) => !!w.Labels?.['org.mobyproject.buildkit.worker.snapshotter'] &&
            !!w.Labels?.['org.mobyproject.buildkit.worker.containerd.namespace']);
    const v = parseVersion(version);
    const attestations = dockerEngine ? containerdStore : !v || v[0] > 0 || v[1] >= 11;
    return { version, workers, attestations, containerdStore };
}
/** `os/arch[/variant]` of every worker platform. */
function workerPlatforms(workers) {
    const out = [];
    for (const w of workers) {
        for (const p of w.platforms ?? []) {
            const s = [p.OS, p.Architecture, p.Variant].filter(Boolean).join('/');
            if (s && !out.includes(s))
                out.push(s);
        }
    }
    return out;
}
/** buildx reads these switches with strconv.ParseBool */
const truthy = (v) => (0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(v) === true;
function wantsImage(specs) {
    return specs.some((s) => s.outputs.some((o) => ['image', 'registry', 'oci', 'docker'].includes(o.type)));
}
/** Targets with `type=docker` and no dest on a daemon that is not the Engine: the Engines they load into. */
function loadContexts(specs, dockerEngine) {
    const out = new Set();
    if (dockerEngine)
        return out;
    for (const s of specs)
        for (const o of s.outputs)
            if (o.type === 'docker' && !o.dest)
                out.add(o.context || undefined);
    return out;
}
/** buildx's driver HostGatewayIP: the Engine names it in a worker label; other builders have none. */
function hostGateway(workers, dockerEngine) {
    if (!dockerEngine)
        return {
            unsupported: "host-gateway is only known to the Docker Engine's own builder (docker://); give an IP address instead",
        };
    for (const w of workers) {
        const ip = w.Labels?.['org.mobyproject.buildkit.worker.moby.host-gateway-ip'];
        if (ip)
            return { ip };
    }
    return { unsupported: 'the Docker Engine did not say its host-gateway address' };
}
/** The Engine a `type=docker` load goes to: the Docker context named by `context=`, else DOCKER_HOST / the default socket. */
function loadEngine(context, env) {
    return context && context !== 'default' ? (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.dockerContextHost)(context, env) : (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.dockerHostFromEnv)(env);
}
/** Probes what the targets' outputs need and turns it into plan options. */
async function probeOutputs(specs, client, opts) {
    const planOptions = {
        dockerEngine: opts.dockerEngine,
        noDefaultLoad: truthy(opts.env.BUILDX_NO_DEFAULT_LOAD),
    };
    // Asked whatever the outputs: buildx adds the default provenance to every build the daemon can attest (BuildKit
    // keeps it with the build record), and `host-gateway` needs the Engine's worker label.
    const features = await probeDaemon(client, opts.dockerEngine, opts.signal);
    planOptions.defaultProvenance = features.attestations && !truthy(opts.env.BUILDX_NO_DEFAULT_ATTESTATIONS);
    planOptions.engineContainerdStore = features.containerdStore;
    planOptions.hostGateway = hostGateway(features.workers, opts.dockerEngine);
    if (!wantsImage(specs))
        return { planOptions, features };
    const importers = new Map();
    for (const ctx of loadContexts(specs, opts.dockerEngine)) {
        // Ask before building: a build whose image cannot be loaded anywhere should not run at all.
        const engine = loadEngine(ctx, opts.env);
        const f = await (0,_docker_load_js__WEBPACK_IMPORTED_MODULE_2__/* .engineFeatures */ .gj)(engine).catch((err) => {
            throw new Error(`output type=docker loads into the Docker Engine${ctx ? ` of context ${ctx}` : ''}, but it does not answer: ${err.message}`);
        });
        importers.set(ctx, f.ociImporter);
    }
    planOptions.ociImporter = (ctx) => importers.get(ctx || undefined) ?? false;
    return { planOptions, features };
}


/***/ }),

/***/ 6315:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ownSession: () => (/* binding */ ownSession),
  runBuild: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/buildkit/client.js + 1 modules
var buildkit_client = __webpack_require__(5552);
// EXTERNAL MODULE: ./lib/buildkit/grpc/errors.js + 1 modules
var errors = __webpack_require__(8791);
// EXTERNAL MODULE: ./lib/buildkit/grpc/status.js
var grpc_status = __webpack_require__(9499);
// EXTERNAL MODULE: ./lib/buildkit/session/session.js + 3 modules
var session_session = __webpack_require__(5506);
// EXTERNAL MODULE: ./lib/buildkit/session/filesync.js + 3 modules
var filesync = __webpack_require__(5587);
// EXTERNAL MODULE: ./lib/buildkit/session/filesend.js + 3 modules
var filesend = __webpack_require__(9320);
// EXTERNAL MODULE: ./lib/buildkit/session/secrets.js + 1 modules
var secrets = __webpack_require__(7761);
// EXTERNAL MODULE: ./lib/buildkit/session/ssh.js + 2 modules
var ssh = __webpack_require__(5170);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/buildkit/proto/content.pb.js
var content_pb = __webpack_require__(242);
// EXTERNAL MODULE: ./lib/buildkit/oci-layout.js
var oci_layout = __webpack_require__(9288);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/channel.js
var channel = __webpack_require__(5957);
;// CONCATENATED MODULE: ./lib/buildkit/session/content-store.js
/**
 * `containerd.services.content.v1.Content` served inside a session over OCI layout directories: how BuildKit reaches
 * content the client holds (its session/content package). The daemon picks a store per call with the
 * `buildkit-attachable-store-id` header; the ids are the Go client's:
 * - `local:<dest|src>` \u2014 a `type=local` cache export or import (cache/remotecache/local), the attribute as sent;
 * - `oci:<name>` \u2014 an `oci-layout://<name>\u2026` named context (the frontend's ResolveImageConfig and OCI layout source);
 * - `export` \u2014 the `oci`/`docker` exporter with `tar=false`.
 *
 * The semantics are those of containerd's content server over its local store (contentserver.go, plugins/content/local),
 * which the Go client serves: NOT_FOUND for a missing blob, ALREADY_EXISTS when a write's expected digest is already
 * stored (the daemon takes it as "nothing to send"), UNAVAILABLE while another stream holds a ref, OUT_OF_RANGE for a
 * write at the wrong offset or a read past the end, FAILED_PRECONDITION when the committed size or digest differs, and
 * Update refused (a local store keeps no labels). A write lands in `<dir>/ingest/<sha256 of ref>/data` and its commit
 * renames it to `blobs/<alg>/<encoded>` once the digest checked out, so a blob is never seen half written. A write
 * stream that ends without commit leaves its ingest to be resumed at its offset by a later stream (in this process),
 * or aborted. List and ListStatuses take no filters (BuildKit sends none to session stores).
 */









/** session/content's GRPCHeaderID. */
const STORE_ID_HEADER = 'buildkit-attachable-store-id';
/** Bytes per Read response message (containerd's content server uses 1 MiB buffers). */
const READ_CHUNK = 1024 * 1024;
/** Infos per List response message, as containerd sends them. */
const LIST_BLOCK = 100;
function timestamp(ms) {
    const seconds = Math.floor(ms / 1000);
    return { seconds, nanos: Math.round((ms - seconds * 1000) * 1e6) };
}
/** An int64 field as protobufjs decodes it here (decimal string), or a number. */
function int64(v) {
    if (v === undefined || v === null || v === '')
        return 0;
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? n : 0;
}
function digestOrFail(d) {
    const s = typeof d === 'string' ? d : '';
    if (!(0,oci_layout/* isValidDigest */.fH)(s))
        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INVALID_ARGUMENT, `${JSON.stringify(s)} failed validation`);
    return s;
}
/** One OCI layout directory as a containerd content store. Exported for tests. */
class LayoutStore {
    dir;
    ingests = new Map();
    locks = new Map();
    constructor(dir) {
        this.dir = dir;
    }
    async info(digest) {
        const p = (0,oci_layout/* blobPath */.nD)(this.dir, digest);
        let st;
        try {
            st = await promises_.stat(p);
        }
        catch {
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, `content ${digest}: not found`);
        }
        if (!st.isFile())
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, `content ${digest}: not found`);
        return { digest, size: st.size, created_at: timestamp(st.mtimeMs), updated_at: timestamp(st.atimeMs) };
    }
    async has(digest) {
        return this.info(digest).then(() => true, () => false);
    }
    async *walk() {
        const blobs = external_node_path_.join(this.dir, 'blobs');
        let algorithms;
        try {
            algorithms = await promises_.readdir(blobs);
        }
        catch {
            return;
        }
        for (const alg of algorithms.sort()) {
            let names;
            try {
                names = await promises_.readdir(external_node_path_.join(blobs, alg));
            }
            catch {
                continue;
            }
            for (const name of names.sort()) {
                const digest = `${alg}:${name}`;
                if (!(0,oci_layout/* isValidDigest */.fH)(digest))
                    continue;
                try {
                    yield await this.info(digest);
                }
                catch {
                    /* gone meanwhile */
                }
            }
        }
    }
    async delete(digest) {
        try {
            await promises_.unlink((0,oci_layout/* blobPath */.nD)(this.dir, digest));
        }
        catch (err) {
            if (err.code === 'ENOENT')
                throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, `content ${digest}: not found`, { cause: err });
            throw err;
        }
    }
    status(ref) {
        const s = this.ingests.get(ref);
        if (!s)
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, `ingest ref "${ref}": not found`);
        return {
            ref,
            offset: s.offset,
            total: s.total,
            started_at: timestamp(s.startedAt),
            updated_at: timestamp(s.updatedAt),
            expected: '',
        };
    }
    statuses() {
        return [...this.ingests.keys()].map((ref) => this.status(ref));
    }
    async abort(ref) {
        const s = this.ingests.get(ref);
        this.ingests.delete(ref);
        const dir = this.ingestDir(ref);
        const existed = !!s || external_node_fs_.existsSync(dir);
        await promises_.rm(dir, { recursive: true, force: true });
        if (!existed)
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, `ingest ref "${ref}": not found`);
    }
    /**
     * A writer for `ref`: locks it (UNAVAILABLE while another stream holds it), fails with ALREADY_EXISTS when
     * `expected` is stored already, and resumes an ingest this store left open, else starts one.
     */
    async openWriter(ref, total, expected) {
        const since = this.locks.get(ref);
        if (since !== undefined) {
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNAVAILABLE, `ref ${ref} locked for ${Date.now() - since}ms (since ${new Date(since).toISOString()}): unavailable`);
        }
        this.locks.set(ref, Date.now());
        try {
            if (expected && (await this.has(expected)))
                throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.ALREADY_EXISTS, `content ${expected}: already exists`);
            let state = this.ingests.get(ref);
            if (state && total > 0 && state.total > 0 && total !== state.total) {
                // containerd starts over when a resumed ingest does not match
                await this.abort(ref).catch(() => { });
                state = undefined;
            }
            if (!state) {
                const dir = this.ingestDir(ref);
                await promises_.rm(dir, { recursive: true, force: true });
                await promises_.mkdir(dir, { recursive: true });
                const algorithm = expected.startsWith('sha512:')
                    ? 'sha512'
                    : expected.startsWith('sha384:')
                        ? 'sha384'
                        : 'sha256';
                const now = Date.now();
                state = {
                    ref,
                    dir,
                    data: external_node_path_.join(dir, 'data'),
                    algorithm,
                    hash: external_node_crypto_.createHash(algorithm),
                    offset: 0,
                    total,
                    startedAt: now,
                    updatedAt: now,
                };
                await promises_.writeFile(state.data, '');
                this.ingests.set(ref, state);
            }
            else if (total > 0) {
                state.total = total;
            }
            const fh = await promises_.open(state.data, 'r+');
            return new LayoutWriter(this, state, fh);
        }
        catch (err) {
            this.locks.delete(ref);
            throw err;
        }
    }
    /** Called by a writer when its stream ends. */
    release(ref) {
        this.locks.delete(ref);
    }
    /** Moves a complete ingest into blobs/ (the writer checked size and digest). */
    async commit(state, digest) {
        const target = (0,oci_layout/* blobPath */.nD)(this.dir, digest);
        await promises_.mkdir(external_node_path_.dirname(target), { recursive: true });
        this.ingests.delete(state.ref);
        if (external_node_fs_.existsSync(target)) {
            await promises_.rm(state.dir, { recursive: true, force: true });
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.ALREADY_EXISTS, `content ${digest}: already exists`);
        }
        await promises_.rename(state.data, target);
        await promises_.rm(state.dir, { recursive: true, force: true });
        // read-only, as containerd leaves committed blobs
        await promises_.chmod(target, 0o444).catch(() => { });
    }
    /** Drops the ingests left open and the ingest directory if nothing else is in it. */
    close() {
        for (const s of this.ingests.values())
            external_node_fs_.rmSync(s.dir, { recursive: true, force: true });
        this.ingests.clear();
        try {
            external_node_fs_.rmdirSync(external_node_path_.join(this.dir, 'ingest'));
        }
        catch {
            /* not empty (another writer's), or never made */
        }
    }
    ingestDir(ref) {
        return external_node_path_.join(this.dir, 'ingest', external_node_crypto_.createHash('sha256').update(ref).digest('hex'));
    }
}
/** The open end of one Write stream on an ingest. */
class LayoutWriter {
    store;
    state;
    fh;
    closed = false;
    constructor(store, state, fh) {
        this.store = store;
        this.state = state;
        this.fh = fh;
    }
    get offset() {
        return this.state.offset;
    }
    get startedAt() {
        return this.state.startedAt;
    }
    get updatedAt() {
        return this.state.updatedAt;
    }
    /** The digest of what was written so far. */
    digest() {
        return `${this.state.algorithm}:${this.state.hash.copy().digest('hex')}`;
    }
    async truncate() {
        await this.fh.truncate(0);
        this.state.offset = 0;
        this.state.hash = external_node_crypto_.createHash(this.state.algorithm);
    }
    async write(data) {
        let done = 0;
        while (done < data.length) {
            const { bytesWritten } = await this.fh.write(data, done, data.length - done, this.state.offset + done);
            done += bytesWritten;
        }
        this.state.hash.update(data);
        this.state.offset += data.length;
        this.state.updatedAt = Date.now();
    }
    /** Checks size and digest, then moves the data into blobs/; the writer is closed either way. */
    async commit(size, expected) {
        await this.close();
        const actual = this.digest();
        if (size > 0 && size !== this.state.offset) {
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.FAILED_PRECONDITION, `unexpected commit size ${this.state.offset}, expected ${size}: failed precondition`);
        }
        if (expected && expected !== actual) {
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.FAILED_PRECONDITION, `unexpected commit digest ${actual}, expected ${expected}: failed precondition`);
        }
        await this.store.commit(this.state, actual);
        return actual;
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        this.store.release(this.state.ref);
        await this.fh.close().catch(() => { });
    }
}
/**
 * The layout stores of the process, one per directory, shared by every session that serves it: targets exporting
 * into one cache directory at once must meet the same ingest locks, as writers of one containerd store do (the second
 * writer of a ref gets UNAVAILABLE and BuildKit's content.OpenWriter retries), instead of each resetting the other's
 * ingest directory under it. Counted, so that the last service to close closes the store.
 */
const openStores = new Map();
function acquireStore(dir) {
    const key = external_node_path_.resolve(dir);
    let open = openStores.get(key);
    if (!open)
        openStores.set(key, (open = { store: new LayoutStore(key), users: 0 }));
    open.users++;
    return open.store;
}
function releaseStore(store) {
    const open = openStores.get(store.dir);
    if (!open || open.store !== store || --open.users > 0)
        return;
    openStores.delete(store.dir);
    store.close();
}
/** The session attachable: several layout stores, chosen per call by the store-id header. */
class ContentStoreService {
    serviceName = content_pb/* CONTENT_SERVICE */.Y;
    stores = new Map();
    byDir = new Map();
    counters = new Map();
    closed = false;
    /** @param stores store id \u2192 layout directory (absolute); ids naming one directory share its store, and so do
     * other sessions of the process serving that directory (openStores). */
    constructor(stores) {
        for (const [id, dir] of Object.entries(stores)) {
            let store = this.byDir.get(dir);
            if (!store)
                this.byDir.set(dir, (store = acquireStore(dir)));
            this.stores.set(id, store);
        }
    }
    get storeIds() {
        return [...this.stores.keys()];
    }
    stats() {
        return Object.fromEntries([...this.counters].map(([id, s]) => [id, { ...s }]));
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        for (const store of this.byDir.values())
            releaseStore(store);
    }
    handlers() {
        const unary = (fn) => (call, callback) => {
            void (async () => {
                const [store, id] = this.choose(call.metadata);
                return fn(store, call.request ?? {}, id);
            })().then((value) => callback(null, value), (err) => callback(contentStatus(err)));
        };
        return {
            Info: unary(async (store, req) => ({ info: await store.info(digestOrFail(req.digest)) })),
            Update: unary((_store, req) => {
                digestOrFail(req.info?.digest);
                throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.FAILED_PRECONDITION, 'update not supported on immutable content store: failed precondition');
            }),
            Delete: unary(async (store, req) => {
                await store.delete(digestOrFail(req.digest));
                return {};
            }),
            Status: unary((store, req) => Promise.resolve({ status: store.status(String(req.ref ?? '')) })),
            ListStatuses: unary((store, req) => {
                noFilters(req.filters);
                return Promise.resolve({ statuses: store.statuses() });
            }),
            Abort: unary(async (store, req) => {
                await store.abort(String(req.ref ?? ''));
                return {};
            }),
            List: (call) => void this.streamed(call, (store) => this.list(call, store)),
            Read: (call) => void this.streamed(call, (store, id) => this.read(call, store, id)),
            Write: (call) => void this.streamed(call, (store, id) => this.write(call, store, id)),
        };
    }
    choose(md) {
        const values = md.get(STORE_ID_HEADER).map(String);
        if (!values.length)
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INVALID_ARGUMENT, `request lacks metadata "${STORE_ID_HEADER}"`);
        // The daemon puts its store id first; repeated headers may arrive joined by ", ".
        const first = values[0];
        for (const id of [first, first.split(', ')[0]]) {
            const store = this.stores.get(id);
            if (store)
                return [store, id];
        }
        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, `unknown store ${first}`);
    }
    countersFor(id) {
        let c = this.counters.get(id);
        if (!c)
            this.counters.set(id, (c = { reads: 0, bytesRead: 0, commits: 0, bytesWritten: 0 }));
        return c;
    }
    /** Runs a streaming handler; its error becomes the call's status. */
    async streamed(call, fn) {
        try {
            const [store, id] = this.choose(call.metadata);
            await fn(store, id);
            if (!call.cancelled && !call.destroyed && !call.writableEnded)
                call.end();
        }
        catch (err) {
            if (!(call.cancelled || call.destroyed || call.writableEnded))
                call.emit('error', contentStatus(err));
        }
    }
    async list(call, store) {
        noFilters(call.request?.filters);
        let block = [];
        for await (const info of store.walk()) {
            block.push(info);
            if (block.length >= LIST_BLOCK) {
                await send(call, { info: block });
                block = [];
            }
        }
        if (block.length)
            await send(call, { info: block });
    }
    async read(call, store, id) {
        const req = call.request ?? {};
        const digest = digestOrFail(req.digest);
        const { size } = await store.info(digest);
        let offset = Math.max(0, int64(req.offset));
        if (offset > size)
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.OUT_OF_RANGE, `read past object length ${size} bytes`);
        let length = int64(req.size);
        if (length <= 0 || offset + length > size)
            length = size - offset;
        const counters = this.countersFor(id);
        counters.reads++;
        const fh = await promises_.open((0,oci_layout/* blobPath */.nD)(store.dir, digest), 'r');
        try {
            const end = offset + length;
            while (offset < end && !call.cancelled && !call.destroyed) {
                const buf = Buffer.allocUnsafe(Math.min(READ_CHUNK, end - offset));
                const { bytesRead } = await fh.read(buf, 0, buf.length, offset);
                if (bytesRead === 0)
                    throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.DATA_LOSS, `content ${digest} ended at ${offset} of ${size} bytes`);
                await send(call, { offset, data: buf.subarray(0, bytesRead) });
                offset += bytesRead;
                counters.bytesRead += bytesRead;
            }
        }
        finally {
            await fh.close().catch(() => { });
        }
    }
    async write(call, store, id) {
        let writer;
        let ref = '';
        let total = 0;
        let expected = '';
        const counters = this.countersFor(id);
        try {
            // readMessages, not the stream's own iterator: leaving that early would destroy the call before its status went out
            for await (const req of (0,channel/* readMessages */.Ne)(call, (m) => (m ?? {}))) {
                if (!writer) {
                    ref = String(req.ref ?? '');
                    if (!ref)
                        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INVALID_ARGUMENT, 'first message must have a reference');
                    total = int64(req.total);
                    expected = typeof req.expected === 'string' ? req.expected : '';
                    writer = await store.openWriter(ref, total, expected);
                }
                const action = Number(req.action ?? content_pb/* WriteAction */.I.STAT);
                // an action that is not a WriteAction fails below, before the answer is sent
                const msg = { action: action, offset: writer.offset };
                if (typeof req.expected === 'string' && req.expected) {
                    if (await store.has(req.expected)) {
                        await writer.close();
                        await store.abort(ref).catch(() => { });
                        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.ALREADY_EXISTS, `blob with expected digest ${req.expected} exists`);
                    }
                    expected = req.expected;
                }
                if (int64(req.total) > 0)
                    total = int64(req.total);
                if (action === content_pb/* WriteAction */.I.STAT) {
                    Object.assign(msg, {
                        digest: writer.digest(),
                        started_at: timestamp(writer.startedAt),
                        updated_at: timestamp(writer.updatedAt),
                        total,
                    });
                }
                else if (action === content_pb/* WriteAction */.I.WRITE || action === content_pb/* WriteAction */.I.COMMIT) {
                    const offset = int64(req.offset);
                    if (offset > 0 && offset !== writer.offset)
                        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.OUT_OF_RANGE, `write @${offset} must occur at current offset ${writer.offset}`);
                    if (offset === 0 && writer.offset > 0) {
                        await writer.truncate();
                        msg.offset = 0;
                    }
                    const data = req.data instanceof Uint8Array
                        ? Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength)
                        : undefined;
                    if (data?.length) {
                        await writer.write(data);
                        msg.offset = writer.offset;
                        counters.bytesWritten += data.length;
                    }
                    if (action === content_pb/* WriteAction */.I.COMMIT) {
                        msg.digest = await writer.commit(total, expected);
                        counters.commits++;
                    }
                    else {
                        msg.digest = writer.digest();
                    }
                }
                else {
                    throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INVALID_ARGUMENT, `unknown write action ${action}`);
                }
                await send(call, msg);
                if (action === content_pb/* WriteAction */.I.COMMIT)
                    return;
            }
        }
        finally {
            await writer?.close();
        }
    }
}
/** Writes one response message, waiting while the call's buffer is full. */
async function send(call, message) {
    if (call.cancelled || call.destroyed)
        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.CANCELLED, 'cancelled');
    if (call.write(message))
        return;
    await new Promise((resolve) => {
        const done = () => {
            call.off('drain', done);
            call.off('close', done);
            resolve();
        };
        call.on('drain', done);
        call.on('close', done);
    });
}
function noFilters(filters) {
    if (Array.isArray(filters) && filters.some((f) => typeof f === 'string' && f.trim() !== '')) {
        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INVALID_ARGUMENT, 'filters are not supported by this content store');
    }
}
/** The status a failed call ends with: a file gone from the layout (removed while being read) is NOT_FOUND, as in
 * containerd's local store; anything else as grpc/errors.ts maps it. */
function contentStatus(err) {
    if (err?.code === 'ENOENT')
        return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, err.message, { cause: err });
    return (0,errors/* toStatusError */.QL)(err);
}

// EXTERNAL MODULE: ./lib/buildkit/dockerconfig/index.js
var dockerconfig = __webpack_require__(111);
// EXTERNAL MODULE: ./lib/buildkit/session/auth.js
var session_auth = __webpack_require__(9853);
// EXTERNAL MODULE: ./lib/solve/run/abortable.js
var abortable = __webpack_require__(9867);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/solve/cache/gha.js
var gha = __webpack_require__(1364);
// EXTERNAL MODULE: ./lib/solve/target/attribute-values.js
var attribute_values = __webpack_require__(9960);
;// CONCATENATED MODULE: ./lib/solve/target/content-stores.js
/**
 * The content stores a target's session serves (session/content-store.ts), and what changes in its plan for them \u2014
 * what BuildKit's Go client (client/solve.go: parseCacheOptions, the exporters' OutputDir) and buildx (build/opt.go:
 * oci-layout named contexts) do:
 *
 * - `cache-to type=local,dest=DIR`: DIR is served as store `local:DIR` (DIR as written, relative to the working
 *   directory or not: the daemon asks for `local:` + the attribute it got). After the solve the exported cache's
 *   descriptor, which the daemon returns as JSON under the exporter response key `cache.manifest`, goes into
 *   DIR/index.json under the `org.opencontainers.image.ref.name` tag `latest`, or the entry's `tag=`. `reset=true`
 *   then deletes the blobs nothing in index.json references.
 * - `cache-from type=local,src=DIR`: the entry's `digest=` wins; else the digest of the manifest tagged `latest` (or
 *   `tag=`) in DIR/index.json is added to the entry as `digest=`, and DIR served as `local:DIR`. A missing
 *   index.json, tag or blob drops the import with a warning (the build goes on without it), as the Go client does.
 * - `contexts = { NAME = "oci-layout://DIR[:TAG][@DIGEST]" }`: a tag (default `latest`) is resolved to a digest from
 *   DIR/index.json (by name, or the layout's only manifest), DIR is served under a random store name N as `oci:N`, and
 *   the frontend gets `context:NAME=oci-layout://N:TAG@DIGEST` (buildx sends the tag along; the frontend only uses
 *   the name, as the store, and the digest).
 * - `output type=oci|docker,tar=false,dest=DIR`: the exporter writes into store `export` (one such output per
 *   target); after the solve its `containerimage.descriptor` (base64 JSON) goes into DIR/index.json under each name
 *   of `image.name` (`io.containerd.image.name` = the name, ref name = its tag), or under tag `latest` without one.
 *
 * planContentStores is pure: index.json and blobs are read through a LayoutReader.
 */





const fsLayoutReader = { readIndex: oci_layout/* readIndex */.vY, hasBlob: oci_layout/* hasBlob */.is };
/** A plan that cannot be carried out (the Go client and buildx fail the build for these). */
class ContentStoreError extends Error {
    name = 'ContentStoreError';
}
function planContentStores(input, opts) {
    const layout = opts.layout ?? fsLayoutReader;
    const newStoreName = opts.newStoreName ?? session_session/* newSessionId */.OZ;
    const abs = (p) => external_node_path_.resolve(opts.cwd, p);
    const out = { stores: {}, indexUpdates: [], cacheImports: [], frontendAttrs: {}, warnings: [] };
    for (const e of input.cacheExports) {
        if (e.Type !== 'local')
            continue;
        const dest = e.Attrs.dest ?? '';
        if (!dest)
            throw new ContentStoreError('cache-to type=local needs dest=DIR (local cache exporter requires dest)');
        let reset = false;
        if (e.Attrs.reset !== undefined) {
            const b = (0,attribute_values/* parseGoBool */.MY)(e.Attrs.reset);
            if (b === undefined)
                throw new ContentStoreError(`cache-to type=local,dest=${dest}: reset=${e.Attrs.reset} is not a boolean`);
            reset = b;
        }
        out.stores[`local:${dest}`] = abs(dest);
        // one update per directory, the last entry's tag, as the Go client's map keyed by path
        const update = { kind: 'cache', dir: abs(dest), tag: e.Attrs.tag ?? 'latest', reset };
        const at = out.indexUpdates.findIndex((u) => u.kind === 'cache' && u.dir === update.dir);
        if (at >= 0)
            out.indexUpdates[at] = update;
        else
            out.indexUpdates.push(update);
    }
    for (const e of input.cacheImports) {
        if (e.Type !== 'local') {
            out.cacheImports.push(e);
            continue;
        }
        const src = e.Attrs.src ?? '';
        if (!src)
            throw new ContentStoreError('cache-from type=local needs src=DIR (local cache importer requires src)');
        const dir = abs(src);
        const skip = (why) => out.warnings.push({
            target: input.target,
            message: `cache-from type=local,src=${src} skipped: ${why}; building without it`,
        });
        let digest = e.Attrs.digest ?? '';
        if (!digest) {
            const tag = e.Attrs.tag ?? 'latest';
            if (!tag)
                throw new ContentStoreError(`cache-from type=local,src=${src}: local cache importer requires either explicit digest, "latest" tag or custom tag on index.json`);
            let index;
            try {
                index = layout.readIndex(dir);
            }
            catch (err) {
                skip(err.message);
                continue;
            }
            const desc = (0,oci_layout/* findManifest */.J9)(index, tag);
            if (!desc?.digest) {
                skip(`no digest found for tag ${tag} in ${external_node_path_.join(dir, 'index.json')}`);
                continue;
            }
            digest = desc.digest;
        }
        if (!(0,oci_layout/* isValidDigest */.fH)(digest) || !layout.hasBlob(dir, digest)) {
            skip(`digest ${digest} unavailable: content ${digest}: not found`);
            continue;
        }
        out.stores[`local:${src}`] = dir;
        out.cacheImports.push({ Type: e.Type, Attrs: { ...e.Attrs, digest } });
    }
    for (const [key, value] of Object.entries(input.frontendAttrs)) {
        if (!key.startsWith('context:'))
            continue;
        let ref;
        try {
            ref = (0,oci_layout/* parseOciLayoutRef */.cT)(value);
        }
        catch (err) {
            throw new ContentStoreError(`named context "${key.slice('context:'.length)}": ${err.message}`);
        }
        if (!ref)
            continue;
        const dir = abs(ref.path);
        if (!ref.digest) {
            let desc;
            try {
                desc = (0,oci_layout/* findManifest */.J9)(layout.readIndex(dir), ref.tag ?? 'latest', { orSingle: true });
                if (!desc)
                    throw new Error('failed to resolve digest');
                if (!(0,oci_layout/* isValidDigest */.fH)(desc.digest))
                    throw new Error(`invalid digest ${desc.digest}`);
            }
            catch (err) {
                throw new ContentStoreError(`oci-layout reference "${value}" could not be resolved: ${err.message}`);
            }
            ref.digest = desc.digest;
        }
        const name = newStoreName();
        out.stores[`oci:${name}`] = dir;
        out.frontendAttrs[key] = (0,oci_layout/* formatOciLayoutRef */.Ak)({ ...ref, path: name });
    }
    if (input.layoutExports.length > 1)
        throw new ContentStoreError('only one output may write an OCI layout directory (tar=false): the exporter store is "export"');
    for (const dest of input.layoutExports) {
        out.stores.export = abs(dest);
        out.indexUpdates.push({ kind: 'image', dir: abs(dest) });
    }
    return out;
}
/**
 * Plans the target's content stores and applies them to `plan`: rewritten cache imports (and the frontend's copy of
 * them), oci-layout context attributes, warnings; `plan.contentStores` when there is anything to serve. Throws
 * ContentStoreError.
 */
function applyContentStores(plan, cwd, layout) {
    const layoutExports = plan.destinations.flatMap((d) => (d.mode === 'store' ? [d.path] : []));
    const uses = plan.cacheImports.some((e) => e.Type === 'local') ||
        plan.cacheExports.some((e) => e.Type === 'local') ||
        layoutExports.length > 0 ||
        Object.entries(plan.frontendAttrs).some(([k, v]) => k.startsWith('context:') && v.startsWith('oci-layout://'));
    if (!uses)
        return;
    const r = planContentStores({
        target: plan.target,
        cacheImports: plan.cacheImports,
        cacheExports: plan.cacheExports,
        frontendAttrs: plan.frontendAttrs,
        layoutExports,
    }, { cwd, layout });
    if (r.cacheImports.length !== plan.cacheImports.length || r.cacheImports.some((e, i) => e !== plan.cacheImports[i])) {
        plan.cacheImports = r.cacheImports;
        if (r.cacheImports.length)
            plan.frontendAttrs['cache-imports'] = (0,attribute_values/* encodeCacheImports */.Nd)(r.cacheImports);
        else
            delete plan.frontendAttrs['cache-imports'];
    }
    Object.assign(plan.frontendAttrs, r.frontendAttrs);
    if (r.warnings.length)
        plan.warnings = [...(plan.warnings ?? []), ...r.warnings];
    if (Object.keys(r.stores).length || r.indexUpdates.length)
        plan.contentStores = { stores: r.stores, indexUpdates: r.indexUpdates };
}
/**
 * After a successful solve: writes what the daemon exported into the layouts' index.json. Returns warnings (a reset
 * that could not delete a blob); throws when an index cannot be written (the Go client fails the build then).
 */
function updateIndexes(stores, exporterResponse) {
    const warnings = [];
    const cacheManifest = exporterResponse['cache.manifest'];
    const imageDescriptor = exporterResponse['containerimage.descriptor'];
    for (const u of stores.indexUpdates) {
        if (u.kind === 'cache') {
            if (cacheManifest)
                (0,oci_layout/* putDescriptor */.TI)(u.dir, parseDescriptor(cacheManifest, 'cache.manifest'), [{ tag: u.tag }]);
            if (u.reset)
                warnings.push(...resetLayout(u.dir));
        }
        else {
            if (!imageDescriptor)
                continue;
            const desc = parseDescriptor(Buffer.from(imageDescriptor, 'base64').toString('utf8'), 'containerimage.descriptor');
            const names = exporterResponse['image.name'] !== undefined
                ? exporterResponse['image.name'].split(',').map((name) => ({ name }))
                : [{ tag: 'latest' }];
            (0,oci_layout/* putDescriptor */.TI)(u.dir, desc, names);
        }
    }
    return warnings;
}
function parseDescriptor(json, key) {
    let desc;
    try {
        desc = JSON.parse(json);
    }
    catch (err) {
        throw new Error(`the daemon's ${key} is not JSON: ${err.message}`);
    }
    const d = desc;
    if (!d || typeof d !== 'object' || typeof d.digest !== 'string' || !(0,oci_layout/* isValidDigest */.fH)(d.digest))
        throw new Error(`the daemon's ${key} is not a descriptor: ${json}`);
    return d;
}
const INDEX_TYPES = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
]);
const MANIFEST_TYPES = new Set([
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
]);
/** The Go client's resetCacheStore: deletes every blob of `dir` that index.json does not reach (manifests, their
 * configs and layers, an index's manifests). Returns warnings for blobs it could not delete. */
function resetLayout(dir) {
    const referenced = new Set();
    const visit = (desc) => {
        if (!desc || typeof desc.digest !== 'string' || referenced.has(desc.digest))
            return;
        referenced.add(desc.digest);
        if (!INDEX_TYPES.has(desc.mediaType ?? '') && !MANIFEST_TYPES.has(desc.mediaType ?? ''))
            return;
        let doc;
        try {
            doc = JSON.parse(external_node_fs_.readFileSync((0,oci_layout/* blobPath */.nD)(dir, desc.digest), 'utf8'));
        }
        catch {
            throw new Error(`reset: failed to collect referenced blobs: cannot read ${desc.digest}`);
        }
        const children = INDEX_TYPES.has(desc.mediaType ?? '')
            ? (doc.manifests ?? [])
            : [...(doc.config ? [doc.config] : []), ...(doc.layers ?? [])];
        for (const c of children)
            visit(c);
    };
    const warnings = [];
    try {
        for (const m of (0,oci_layout/* readIndex */.vY)(dir).manifests ?? [])
            visit(m);
    }
    catch (err) {
        return [`failed to reset cache store ${dir}: ${err.message}`];
    }
    const blobs = external_node_path_.join(dir, 'blobs');
    for (const alg of external_node_fs_.existsSync(blobs)
        ? external_node_fs_.readdirSync(blobs, { withFileTypes: true })
            .filter((e) => e.isDirectory())
            .map((e) => e.name)
        : []) {
        // a stray file among the blobs is not ours to judge, nor a reason to fail a build that succeeded
        for (const enc of external_node_fs_.readdirSync(external_node_path_.join(blobs, alg))) {
            const digest = `${alg}:${enc}`;
            if (!(0,oci_layout/* isValidDigest */.fH)(digest) || referenced.has(digest))
                continue;
            try {
                external_node_fs_.rmSync(external_node_path_.join(blobs, alg, enc));
            }
            catch (err) {
                warnings.push(`reset: failed to delete blob ${digest} in ${dir}: ${err.message}`);
            }
        }
    }
    return warnings;
}

// EXTERNAL MODULE: ./lib/solve/target/context-kind.js
var context_kind = __webpack_require__(6449);
// EXTERNAL MODULE: ./lib/solve/call/call.js + 1 modules
var call_call = __webpack_require__(5655);
// EXTERNAL MODULE: ./lib/bake/go-path.js
var go_path = __webpack_require__(6635);
// EXTERNAL MODULE: ./lib/buildkit/llb.js
var llb = __webpack_require__(7858);
// EXTERNAL MODULE: ./lib/solve/target/git-source.js
var git_source = __webpack_require__(8523);
;// CONCATENATED MODULE: ./lib/solve/target/definition-copy.js
/**
 * A directory of a remote bake definition's repository as a build context, as buildx sends it (bake/bake.go
 * updateContext): not the directory's URL, but the LLB state
 * `llb.Scratch().File(llb.Copy(gitState, PATH, "/", &llb.CopyInfo{CopyDirContentsOnly: true}),
 * llb.WithCustomNamef("set context [NAME ]to PATH"))`, where gitState is the git source the definition was read from
 * (the same op: git-source.ts addGitSource). plan.ts sends it as a frontend input: `context` and
 * `dockerfile` for the main context (build/opt.go loadInputs, a ContextState), NAME for a named context
 * (`context:NAME=input:NAME`).
 *
 * The copy action as llb marshals it (client/llb/fileop.go): from the git source (the op's input 0, its secondary
 * input) onto scratch (-1), `src` the path made absolute and clean, `dest` `/`, the source's mode and times (-1), the
 * directory's contents rather than the directory; nothing else set. Its op records the cap `file.base`.
 */



/**
 * The marshalled definition of the copy of `dir` (as the bake file gives it) out of the remote definition `url`:
 * the main context's (`name` undefined) or the named context `name`'s.
 */
function definitionCopy(url, dir, name) {
    const b = new llb/* LlbDefinition */.W();
    const git = (0,git_source/* addGitSource */.tC)(b, (0,git_source/* gitSource */.Ym)(url), url);
    const copy = b.addCopy(git, { src: (0,go_path/* cleanPath */.t)(`/${dir}`), dest: '/', dirCopyContents: true }, {
        description: { 'llb.customname': name === undefined ? `set context to ${dir}` : `set context ${name} to ${dir}` },
    });
    return b.marshal(copy);
}

;// CONCATENATED MODULE: ./lib/solve/target/plan.js
/**
 * Turns a TargetSpec into what one solve needs: frontend attributes, local directories, frontend inputs (a remote
 * definition's directories: definition-copy.ts), exporters and where their output goes, cache entries, secrets. It
 * touches the disk only to read: that paths exist, OCI layouts' index.json (content-stores.ts); and to write an inline
 * Dockerfile into a temporary directory. So bad input fails here, before anything reaches the daemon.
 */










class PlanError extends Error {
    target;
    name = 'PlanError';
    constructor(target, message) {
        super(`target "${target}": ${message}`);
        this.target = target;
    }
}
/** Exporter types whose result is an image (provenance can be attached inline). */
const IMAGE_EXPORTERS = new Set(['image', 'registry', 'oci', 'docker']);
/** One `key=value` of buildx's CSV form, quoted when it holds a comma or a quote. */
function csvPair(key, value) {
    const pair = `${key}=${value}`;
    return /[,"]/.test(pair) ? `"${pair.replace(/"/g, '""')}"` : pair;
}
/** An attestation entry as buildx sends it in `attest:<type>`: `type=\u2026` first, then the attributes sorted by key. */
function attestValue(a) {
    const rest = Object.entries(a)
        .filter(([k]) => k !== 'type' && k !== 'disabled')
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return [csvPair('type', a.type), ...rest.map(([k, v]) => csvPair(k, v))].join(',');
}
function isDir(p) {
    try {
        return external_node_fs_.statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
function attrsWithout(entry, ...keys) {
    const out = {};
    for (const [k, v] of Object.entries(entry))
        if (k !== 'type' && !keys.includes(k))
            out[k] = v;
    return out;
}
function cacheEntry(e) {
    return { Type: e.type, Attrs: attrsWithout(e) };
}
function planTarget(spec, opts = {}) {
    let call;
    try {
        call = (0,call_call/* parseCall */.Mf)(spec.call);
    }
    catch (err) {
        throw new PlanError(spec.name, `call: ${err.message}`);
    }
    if (opts.warm)
        spec = { ...spec, outputs: [] }; // cache warming exports the cache only
    const cache = opts.cache ? (0,gha/* resolveTargetCache */.sp)(spec, opts.cache) : undefined;
    if (cache)
        spec = { ...spec, cacheFrom: cache.cacheFrom, cacheTo: cache.cacheTo };
    // buildx toSolveOpt: BUILDKIT_INLINE_CACHE (a true value) adds an inline cache export
    if ((0,attribute_values/* parseGoBool */.MY)(spec.args.BUILDKIT_INLINE_CACHE))
        spec = { ...spec, cacheTo: [...spec.cacheTo, { type: 'inline' }] };
    const plan = {
        target: spec.name,
        ...(call ? { call } : {}),
        frontend: 'dockerfile.v0',
        ...(opts.sourcePolicy ? { sourcePolicy: opts.sourcePolicy } : {}),
        frontendAttrs: {},
        localDirs: {},
        secrets: spec.secrets.map((s) => ({ id: s.id, file: s.src, env: s.env, value: s.value })),
        ssh: spec.ssh.map((e) => ({ id: e.id, paths: [...e.paths] })),
        exporters: [],
        destinations: [],
        cacheImports: spec.cacheFrom.map(cacheEntry),
        cacheExports: spec.cacheTo.map(cacheEntry),
        entitlements: [...spec.entitlements],
        linkedContexts: {},
        frontendInputs: {},
        tempDirs: [],
        warnings: cache?.warnings ?? [],
    };
    const attrs = plan.frontendAttrs;
    // buildx loadInputs: the frontend capabilities the build needs, sent sorted as `frontend.caps`
    const caps = new Set();
    // Build context and Dockerfile
    const copies = spec.definitionCopies;
    if (copies?.context !== undefined) {
        // buildx loadInputs with a ContextState (a directory of a remote definition: bake updateContext): the copy is the
        // frontend's `context` input and its `dockerfile` one (a local Dockerfile below still wins: `dockerfilekey`);
        // `input:context` names the directory's URL (buildx \u2265 0.32; the daemon's provenance takes it as config source)
        const copy = definitionCopy(copies.url, copies.context);
        plan.frontendInputs.context = copy;
        plan.frontendInputs.dockerfile = copy;
        attrs['input:context'] = spec.context;
    }
    else if (context_kind/* REMOTE_CONTEXT */.rM.test(spec.context)) {
        attrs.context = spec.context;
        if ((0,context_kind/* hasGitQuery */.zA)(spec.context))
            caps.add('moby.buildkit.frontend.gitquerystring');
    }
    else {
        if (!isDir(spec.context))
            throw new PlanError(spec.name, `context directory ${spec.context} does not exist`);
        plan.localDirs.context = spec.context;
    }
    if (spec.dockerfileInline !== undefined) {
        const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'bakekit-inline-'));
        external_node_fs_.writeFileSync(external_node_path_.join(dir, 'Dockerfile'), spec.dockerfileInline);
        plan.tempDirs.push(dir);
        plan.localDirs.dockerfile = dir;
        attrs.filename = 'Dockerfile';
        attrs.dockerfilekey = 'dockerfile'; // buildx: a Dockerfile it wrote to a directory of its own
    }
    else if (spec.dockerfile) {
        if ((0,context_kind/* dockerfileInRemoteContext */.Pt)(spec)) {
            attrs.filename = spec.dockerfile; // read from the remote context
        }
        else {
            const dockerfile = lowercaseDockerfile(spec.dockerfile);
            if (!external_node_fs_.existsSync(dockerfile))
                throw new PlanError(spec.name, `Dockerfile ${spec.dockerfile} does not exist`);
            plan.localDirs.dockerfile = external_node_path_.dirname(dockerfile);
            attrs.filename = external_node_path_.basename(dockerfile);
            // buildx: a local Dockerfile for a remote context names the local directory it is read from
            if (context_kind/* REMOTE_CONTEXT */.rM.test(spec.context))
                attrs.dockerfilekey = 'dockerfile';
        }
    }
    // Build args that steer the client rather than the Dockerfile (buildx toSolveOpt); they stay build args too.
    const syntax = spec.args.BUILDKIT_SYNTAX;
    if (syntax !== undefined) {
        const cmdline = syntax.trim();
        if (!cmdline)
            throw new PlanError(spec.name, 'args.BUILDKIT_SYNTAX is empty: name a frontend image (e.g. docker/dockerfile:1), or leave it out');
        plan.frontend = 'gateway.v0';
        attrs.source = cmdline.split(' ', 1)[0];
        attrs.cmdline = syntax;
    }
    if ((0,attribute_values/* parseGoBool */.MY)(spec.args.BUILDKIT_MULTI_PLATFORM))
        attrs['multi-platform'] = 'true';
    if (spec.target)
        attrs.target = spec.target;
    if (spec.platforms.length)
        attrs.platform = spec.platforms.join(',');
    for (const [k, v] of Object.entries(spec.args))
        attrs[`build-arg:${k}`] = v;
    for (const [k, v] of Object.entries(spec.labels))
        attrs[`label:${k}`] = v;
    if (spec.noCache)
        attrs['no-cache'] = '';
    else if (spec.noCacheFilter.length)
        attrs['no-cache'] = spec.noCacheFilter.join(',');
    // the Engine resolves images in its own store first unless asked to pull (buildx: the moby driver's default)
    if (spec.pull)
        attrs['image-resolve-mode'] = 'pull';
    else if (opts.dockerEngine)
        attrs['image-resolve-mode'] = 'local';
    if (spec.network)
        attrs['force-network-mode'] = spec.network;
    // buildx toSolveOpt appends it whatever the target's entitlements say (bake's normalisation has added it once
    // already, so buildx sends it twice; the daemon reads a set)
    if (spec.network === 'host')
        plan.entitlements.push('network.host');
    if (spec.shmSize)
        attrs['shm-size'] = String(spec.shmSize);
    if (spec.ulimit)
        attrs.ulimit = spec.ulimit;
    // buildx addResourceLimits: `memory`, `memswap`, `cpushares`, \u2026 for the non-zero limits (BuildKit \u2265 v0.31 applies them)
    if (spec.resources)
        Object.assign(attrs, (0,attribute_values/* resourceLimitAttrs */.UP)(spec.resources));
    if (spec.extraHosts.length) {
        try {
            attrs['add-hosts'] = (0,attribute_values/* formatExtraHosts */.ru)(spec.extraHosts, opts.hostGateway);
        }
        catch (err) {
            if (err instanceof attribute_values/* AttributeValueError */.w4)
                throw new PlanError(spec.name, `extra-hosts: ${err.message}`);
            throw err;
        }
    }
    // buildx (build/opt.go): the first entry of a type wins; a disabled one sends nothing and stops the default.
    const seenAttest = new Set();
    for (const a of spec.attest) {
        if (seenAttest.has(a.type))
            continue;
        seenAttest.add(a.type);
        if (a.disabled === 'true')
            continue;
        attrs[`attest:${a.type}`] = attestValue(a);
    }
    // buildx adds it whatever the outputs: the daemon attaches it to image results and keeps it with the build record
    if (opts.defaultProvenance && !seenAttest.has('provenance')) {
        attrs['attest:provenance'] = 'mode=min,inline-only=true';
    }
    // Named contexts
    for (const [name, value] of Object.entries(spec.contexts)) {
        const copied = copies?.contexts?.[name];
        if (copies && copied !== undefined) {
            // buildx loadInputs, a named context with a State (bake updateContext): the copy is the frontend input NAME;
            // `input:git_state_NAME` names the directory's URL (buildx \u2265 0.32)
            plan.frontendInputs[name] = definitionCopy(copies.url, copied, name);
            attrs[`context:${name}`] = `input:${name}`;
            attrs[`input:git_state_${name}`] = value;
            continue;
        }
        const kind = (0,context_kind/* namedContextKind */.V9)(value);
        if (kind === 'target') {
            plan.linkedContexts[name] = value.slice('target:'.length);
        }
        else if (kind === 'remote') {
            attrs[`context:${name}`] = value;
            if ((0,context_kind/* hasGitQuery */.zA)(value))
                caps.add('moby.buildkit.frontend.gitquerystring+forward');
        }
        else {
            if (!isDir(value))
                throw new PlanError(spec.name, `named context "${name}": directory ${value} does not exist`);
            // buildx: an underscore keeps named contexts called `context` or `dockerfile` apart from the build's own
            const localName = name === 'context' || name === 'dockerfile' ? `_${name}` : name;
            plan.localDirs[localName] = value;
            attrs[`context:${name}`] = `local:${localName}`;
            // buildx (\u2265 0.32) sends one too: the daemon's key for earlier transfers of this directory (dockerui's
            // SharedKeyHint). buildx's value is the base name and its node id; ours is the one our sessions use.
            attrs[`sharedkey:localdir:${name}`] = sharedKeyFor(value);
        }
    }
    if (Object.keys(spec.contexts).length)
        caps.add('moby.buildkit.frontend.contexts+forward');
    if (caps.size)
        attrs['frontend.caps'] = [...caps].sort().join(',');
    // Cache imports travel twice: to the daemon and to the frontend, which matches cache while it solves.
    if (plan.cacheImports.length)
        attrs['cache-imports'] = (0,attribute_values/* encodeCacheImports */.Nd)(plan.cacheImports);
    // buildx: with no output at all, a build on the Engine still lands in its image store (untagged); a call does not
    const outputs = spec.outputs.length === 0 && opts.dockerEngine && !opts.warm && !opts.noDefaultLoad && !call
        ? [{ type: 'image' }]
        : spec.outputs;
    for (const out of outputs)
        addExporter(plan, spec, out, opts);
    try {
        applyContentStores(plan, opts.cwd ?? process.cwd()); // local cache, oci-layout contexts, layout outputs
    }
    catch (err) {
        throw new PlanError(spec.name, err.message);
    }
    return plan;
}
/** Stable shared key per local directory: the daemon keeps the last transfer under it and sends only changes. */
function sharedKeyFor(dir) {
    return `${external_node_path_.basename(dir)}-${external_node_crypto_.createHash('sha256').update(dir).digest('hex').slice(0, 16)}`;
}
/** buildx handleLowercaseDockerfile: `Dockerfile` that does not exist but `dockerfile` does means the latter. */
function lowercaseDockerfile(file) {
    if (external_node_path_.basename(file) !== 'Dockerfile' || external_node_fs_.existsSync(file))
        return file;
    const lower = external_node_path_.join(external_node_path_.dirname(file), 'dockerfile');
    return external_node_fs_.existsSync(lower) ? lower : file;
}
function addExporter(plan, spec, out, opts) {
    // buildx: annotations go to every exporter (the image-like ones use them); the target's tags replace an exporter's
    // own `name`; BUILDKIT_INLINE_BUILDINFO_ATTRS becomes the image exporters' `buildinfo-attrs`
    const annotations = (0,attribute_values/* annotationAttrs */.Q9)(spec.annotations);
    const names = spec.tags.length ? spec.tags.join(',') : out.name;
    const buildinfo = spec.args.BUILDKIT_INLINE_BUILDINFO_ATTRS;
    const push = (type, attrs, dest) => {
        if (buildinfo !== undefined && IMAGE_EXPORTERS.has(type === 'moby' ? 'image' : type))
            attrs['buildinfo-attrs'] = buildinfo;
        plan.exporters.push({ Type: type, Attrs: { ...annotations, ...attrs } });
        plan.destinations.push(dest);
    };
    switch (out.type) {
        case 'cacheonly':
            return;
        case 'local':
        case 'tar': {
            if (!out.dest)
                throw new PlanError(spec.name, `output type=${out.type} needs dest=PATH`);
            if (out.type === 'local' && out.mode !== undefined && out.mode !== 'copy' && out.mode !== 'delete') {
                throw new PlanError(spec.name, `output type=local: mode=${out.mode} is not a mode (copy, the default, or delete)`);
            }
            const dest = out.type === 'tar'
                ? { mode: 'file', path: out.dest }
                : out.mode === 'delete'
                    ? { mode: 'dir', path: out.dest, mirror: true }
                    : { mode: 'dir', path: out.dest };
            push(out.type, attrsWithout(out, 'dest'), dest);
            return;
        }
        case 'oci':
        case 'docker': {
            // `context` names the Docker context to load into (buildx-only; the daemon never sees it)
            const attrs = attrsWithout(out, 'dest', 'context');
            if (names)
                attrs.name = names;
            if (out.tar !== undefined && (0,attribute_values/* parseGoBool */.MY)(out.tar) === false) {
                // an OCI layout directory, written through the session's content store (content-stores.ts)
                if (!out.dest)
                    throw new PlanError(spec.name, `output type=${out.type},tar=false needs dest=DIR`);
                push(out.type, attrs, { mode: 'store', path: out.dest });
            }
            else if (out.dest) {
                push(out.type, attrs, { mode: 'file', path: out.dest });
            }
            else if (out.type === 'docker' && opts.dockerEngine) {
                // the Engine's own exporter loads into its image store; with the containerd store buildx asks for the
                // manifest digest (rather than the config digest) as the image's digest
                if (opts.engineContainerdStore && !attrs['prefer-image-digest'])
                    attrs['prefer-image-digest'] = 'true';
                push('moby', attrs, { mode: 'none' });
            }
            else if (out.type === 'docker') {
                // stream the archive into the Engine (POST /images/load); an Engine with the containerd store imports OCI
                // archives, multi-platform ones included, which buildx then prefers (build/opt.go)
                if (opts.ociImporter?.(out.context)) {
                    if (!attrs['prefer-image-digest'])
                        attrs['prefer-image-digest'] = 'true';
                    push('oci', attrs, { mode: 'load', context: out.context });
                }
                else {
                    if (spec.platforms.length > 1) {
                        throw new PlanError(spec.name, 'output type=docker cannot load several platforms into an Engine without the containerd image store; use type=oci,dest=\u2026 or type=image,push=true');
                    }
                    push('docker', attrs, { mode: 'load', context: out.context });
                }
            }
            else {
                throw new PlanError(spec.name, `output type=${out.type} needs dest=PATH`);
            }
            return;
        }
        case 'image':
        case 'registry': {
            const attrs = attrsWithout(out);
            if (out.type === 'registry')
                attrs.push = 'true';
            if (names)
                attrs.name = names;
            if (!attrs.name && attrs.push === 'true' && attrs['push-by-digest'] !== 'true') {
                throw new PlanError(spec.name, `output type=${out.type} pushes but has no name: set tags or name=`);
            }
            // buildx: on the Engine the image exporter is its own `moby` one, which knows its image store. buildx refuses
            // push-by-digest there; the Engine's BuildKit does push by digest through its `image` exporter (which the
            // multi-node runner relies on when a node is an Engine), so that one keeps it.
            if (opts.dockerEngine && !(attrs.push === 'true' && attrs['push-by-digest'] === 'true')) {
                if (opts.engineContainerdStore && !attrs['prefer-image-digest'])
                    attrs['prefer-image-digest'] = 'true';
                push('moby', attrs, { mode: 'none' });
                return;
            }
            push('image', attrs, { mode: 'none' });
            return;
        }
        default:
            push(out.type, attrsWithout(out), { mode: 'none' });
    }
}

// EXTERNAL MODULE: ./lib/solve/run/session-ids.js
var session_ids = __webpack_require__(1766);
;// CONCATENATED MODULE: ./lib/solve/run/dir-sessions.js
/**
 * The directory sessions of a run (see run.ts): one session per distinct local directory, shared by every target
 * that builds from it and named to the frontend with `local-sessionid:NAME` attributes, so that the directory crosses
 * the wire once and identical local sources become one vertex on the daemon.
 */







/**
 * Whether a target needs no session of its own: no secrets, no SSH agent, no exporter streaming to this machine, and
 * every local source from one directory. Its directory session then is its main session too: it serves registry auth,
 * and the directory under every name the target gives it, which is what a frontend without `local-sessionid` asks the
 * main session for. A session fewer per such target: one tunnel, server and health-check loop less to set up and tear
 * down.
 */
function servedByDirSession(plan) {
    const dirs = new Set(Object.values(plan.localDirs));
    return (dirs.size === 1 &&
        plan.secrets.length === 0 &&
        plan.ssh.length === 0 &&
        plan.destinations.every((d) => d.mode === 'none') &&
        !plan.contentStores);
}
/** One session per distinct local directory of the run, serving it under every name a target gives it (not yet open);
 * each also serves registry auth, for the targets it is the main session of (servedByDirSession). Each session's id
 * comes from its directory's identity (session-ids.ts), so an unchanged directory is not transferred again. */
async function dirSessionsFor(plans, auth, daemon, reuse, identities = new Map()) {
    const names = new Map();
    for (const plan of plans) {
        for (const [name, dir] of Object.entries(plan.localDirs)) {
            if (!names.has(dir))
                names.set(dir, new Set());
            names.get(dir).add(name);
        }
    }
    const dirs = [...names.keys()];
    // directories the caller did not start identifying (identifyLocalDirs) are walked now, the same way; imported as
    // identifyLocalDirs imports it, so that the bundle holds the module once
    const missing = reuse ? dirs.filter((dir) => !identities.has(dir)) : [];
    const started = missing.length > 0
        ? (await __webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 1254))).identifyDirectories(missing)
        : new Map();
    const identified = reuse ? await Promise.all(dirs.map((dir) => identities.get(dir) ?? started.get(dir))) : [];
    const out = new Map();
    dirs.forEach((dir, i) => {
        const dirNames = names.get(dir);
        const fileSync = new filesync/* FileSync */.I$(Object.fromEntries([...dirNames].map((n) => [n, dir])));
        const sessionId = (0,session_ids.dirSessionId)(dir, identified[i], { daemon });
        // A new state's session may take the daemon's faster route that holds the id a while after the end (the Engine's
        // POST /session): the release records until when, and a run before then takes a random id.
        const session = new session_session/* Session */.Nn({
            reusedId: sessionId.id,
            lingerAllowed: !sessionId.seen,
            name: external_node_path_.basename(dir),
            sharedKey: sharedKeyFor(dir),
        })
            .attach(fileSync)
            .attach(auth);
        // As a main session (servedByDirSession: a target with neither secrets nor ssh), it answers for those as buildx's
        // session of such a build does: no secret, no SSH agent (NotFound).
        session.attach(new secrets/* SecretStore */.Gf(new Map())).attach(new ssh/* SshForwarder */.Xp([], { env: {} }));
        out.set(dir, { session, fileSync, names: dirNames, sessionId });
    });
    return out;
}
/** Opens the directory sessions together (independent tunnels); on a failure closes them all and rejects. */
async function openDirSessions(sessions, connection) {
    try {
        await Promise.all(sessions.map((d) => d.session.run(connection)));
    }
    catch (err) {
        await Promise.all(sessions.map((d) => d.session.close().catch(() => { })));
        throw err;
    }
}

// EXTERNAL MODULE: ./lib/solve/run/lifetime.js
var lifetime = __webpack_require__(1466);
;// CONCATENATED MODULE: ./lib/solve/run/links.js
/** The refs of a result (one per platform for a multi-platform one): what a linked target evaluates. */
function refsOf(result) {
    if (result.ref)
        return result.ref.id ? [{ id: result.ref.id }] : [];
    return Object.entries(result.refs?.refs ?? {})
        .filter(([, r]) => r.id)
        .map(([platform, r]) => ({ platform, id: r.id }));
}
/** The frontend inputs and attributes that hand a producer's lazy result to a consumer (buildx waitContextDeps). */
function linkInputs(contextName, producer, result) {
    const key = `target-${producer}`;
    const inputs = {};
    const attrs = {};
    const meta = result.metadata ?? {};
    const inputMetadata = (suffix) => {
        const m = {};
        const config = meta[`containerimage.config${suffix}`];
        const buildinfo = meta[`containerimage.buildinfo${suffix}`];
        if (config)
            m['containerimage.config'] = Buffer.from(config).toString('base64');
        if (buildinfo)
            m['containerimage.buildinfo'] = Buffer.from(buildinfo).toString('base64');
        return Object.keys(m).length ? JSON.stringify(m) : undefined;
    };
    if (result.ref) {
        inputs[key] = result.ref.def ?? Buffer.alloc(0);
        attrs[`context:${contextName}`] = `input:${key}`;
        const md = inputMetadata('');
        if (md)
            attrs[`input-metadata:${key}`] = md;
        return { inputs, attrs, drop: [] };
    }
    for (const [platform, ref] of Object.entries(result.refs?.refs ?? {})) {
        const k = `${key}::${platform}`;
        inputs[k] = ref.def ?? Buffer.alloc(0);
        attrs[`context:${contextName}::${platform}`] = `input:${k}`;
        const md = inputMetadata(`/${platform}`);
        if (md)
            attrs[`input-metadata:${k}`] = md;
    }
    // With per-platform entries the plain attribute must go, or a platform missing from the parent would
    // silently resolve the name as an image.
    return { inputs, attrs, drop: [`context:${contextName}`] };
}
/**
 * When each consumer starts: the targets that consume nothing start at once; consumers once the directory sessions are
 * up (`after`), then one per event-loop turn, by depth. Starting a target is a burst of work on this thread (its
 * requests serialised, the first of each kind after generating its codec); all at once, it would hold back the
 * producers' first requests, the sessions' set-up and the session calls the daemon makes for the producers (their
 * Dockerfile, their context), which are the critical path. Consumers have until their producers publish, and a turn
 * apart the daemon's calls are served in between.
 */
function consumersStaggered(graph, after) {
    const depth = new Map();
    const depthOf = (t, seen = new Set()) => {
        const known = depth.get(t);
        if (known !== undefined)
            return known;
        if (seen.has(t))
            return 0; // a cycle: the lifetime machine will not let it solve anyway
        seen.add(t);
        const d = Math.max(-1, ...(graph.get(t) ?? []).map((p) => depthOf(p, seen))) + 1;
        depth.set(t, d);
        return d;
    };
    const consumers = [...graph.keys()].filter((t) => depthOf(t) > 0).sort((a, b) => depthOf(a) - depthOf(b));
    const out = new Map();
    let turn = after;
    for (const t of consumers) {
        turn = turn.then(() => new Promise((resolve) => setImmediate(resolve)));
        out.set(t, turn);
    }
    return out;
}

// EXTERNAL MODULE: ./lib/solve/run/target-errors.js
var target_errors = __webpack_require__(5902);
;// CONCATENATED MODULE: ./lib/solve/target/source-policy.js
/**
 * EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: a file holding a BuildKit source policy (`moby.buildkit.v1.sourcepolicy.Policy`:
 * rules that allow, deny or convert sources such as `docker-image://\u2026`) that every Solve carries, as buildx's
 * ReadSourcePolicy reads it. buildx reads JSON (enum values as names or numbers) and falls back to the protobuf
 * encoding; both are read here.
 */

class SourcePolicyError extends Error {
    name = 'SourcePolicyError';
}
async function readSourcePolicy(env) {
    const file = env.EXPERIMENTAL_BUILDKIT_SOURCE_POLICY;
    if (!file)
        return undefined;
    let data;
    try {
        data = external_node_fs_.readFileSync(file);
    }
    catch (err) {
        throw new SourcePolicyError(`EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: cannot read the policy file ${file}: ${err.message}`);
    }
    try {
        return normalise(JSON.parse(data.toString('utf8')));
    }
    catch (jsonErr) {
        try {
            return await decodeBinary(data);
        }
        catch {
            throw new SourcePolicyError(`EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: ${file} is not a source policy (JSON such as {"rules":[{"action":"CONVERT","selector":{"identifier":"docker-image://\u2026"},"updates":{"identifier":"\u2026"}}]}): ${jsonErr.message}`);
        }
    }
}
function normalise(v) {
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw new Error('the policy must be a JSON object');
    const p = v;
    if (p.rules !== undefined && !Array.isArray(p.rules))
        throw new Error('"rules" must be a list');
    return p;
}
/** The protobuf wire form; the registry is loaded only for this rare case. A decode that finds no rule fails. */
async function decodeBinary(data) {
    const { decodeMessage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7062));
    const p = decodeMessage('moby.buildkit.v1.sourcepolicy.Policy', data);
    if (!p.rules?.length)
        throw new Error('no rules');
    return { ...p, version: p.version === undefined ? undefined : Number(p.version) };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/solve/target/git-info.js
/**
 * What buildx tells BuildKit about the git checkout a local context lives in (buildx build/git.go
 * getGitAttributes): `vcs:revision` and `vcs:source` (the daemon writes them into provenance), `vcs:localdir:NAME`
 * for each local directory of the build (its path in the checkout), and with BUILDX_GIT_LABELS the OCI
 * revision/source labels and the Dockerfile's path. BUILDX_GIT_INFO=0 turns the vcs attributes off;
 * BUILDX_GIT_CHECK_DIRTY=1 marks a dirty tree's revision `-dirty`. Read with the git CLI, as buildx does, but with
 * fewer processes, since each costs a Node process ~10\u201370 ms of CPU to spawn (docs/benchmarks.md): none for a
 * directory with no `.git` above it (git would find no repository there either), one per context directory for its
 * checkout's top, and the revision, remote and dirtiness once per checkout, which every directory in it shares.
 */




function settings(env) {
    const labelsVar = env.BUILDX_GIT_LABELS;
    return {
        labels: labelsVar === 'full' || (0,attribute_values/* parseGoBool */.MY)(labelsVar) === true,
        info: (0,attribute_values/* parseGoBool */.MY)(env.BUILDX_GIT_INFO) ?? true,
        checkDirty: (0,attribute_values/* parseGoBool */.MY)(env.BUILDX_GIT_CHECK_DIRTY) === true,
    };
}
function gitLines(dir, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['-c', 'log.showSignature=false', ...args], { cwd: dir, encoding: 'utf8', timeout: 10_000 }, (err, stdout) => {
            // buildx's clean(): a line without quotes
            resolve(err ? undefined : stdout.split('\n').map((l) => l.replace(/'/g, '')));
        });
    });
}
/** The first line of git's output (buildx's clean()), undefined when git fails. */
async function git(dir, args) {
    return (await gitLines(dir, args))?.[0];
}
/**
 * Whether git could find a repository for `dir`: a `.git` (directory or file) in it or above it, or a repository
 * named by the environment (GIT_DIR, GIT_WORK_TREE). Without either, `git rev-parse` fails; asking costs a process.
 */
function mayBeInCheckout(dir, env = process.env) {
    if (env.GIT_DIR || env.GIT_WORK_TREE)
        return true;
    for (let d = external_node_path_.resolve(dir);; d = external_node_path_.dirname(d)) {
        if (external_node_fs_.existsSync(external_node_path_.join(d, '.git')))
            return true;
        if (external_node_path_.dirname(d) === d)
            return false;
    }
}
/** BuildKit's urlutil.RedactCredentials: user and password in the URL are masked (they would land in provenance). */
function redactCredentials(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return url; // scp-like `git@host:path` is not a URL to Go either
    }
    if (!u.username && !u.password)
        return url;
    if (u.username)
        u.username = 'xxxxx';
    if (u.password)
        u.password = 'xxxxx';
    return u.toString();
}
async function remoteUrl(dir) {
    const symref = await git(dir, ['symbolic-ref', '-q', 'HEAD']);
    const remote = symref ? await git(dir, ['for-each-ref', '--format=%(upstream:remotename)', symref]) : undefined;
    for (const name of [remote, 'origin', 'upstream']) {
        if (!name)
            continue;
        const url = await git(dir, ['remote', 'get-url', name]);
        if (url)
            return redactCredentials(url);
    }
    return undefined;
}
/** The checkout's top directory of `dir`, undefined when `dir` is not in a work tree (buildx: IsInsideWorkTree). */
async function checkoutTop(dir) {
    if (!mayBeInCheckout(dir))
        return undefined;
    // one process for both questions: outside a work tree --show-toplevel fails, and so does the call
    const lines = await gitLines(dir, ['rev-parse', '--is-inside-work-tree', '--show-toplevel']);
    return lines?.[0] === 'true' && lines[1] ? lines[1] : undefined;
}
/** What every directory of the checkout `root` shares: its revision (with `-dirty`) and its remote. */
async function readCheckout(root, s) {
    // run in the top directory: each answer is the checkout's, whichever of its directories asks
    const [sha, source, dirty] = await Promise.all([
        git(root, ['show', '--format=%H', 'HEAD', '--quiet', '--']),
        remoteUrl(root),
        s.checkDirty
            ? git(root, ['status', '--porcelain', '--ignored']).then((out) => out === undefined || out.trim() !== '')
            : Promise.resolve(false),
    ]);
    return { revision: sha ? (dirty ? `${sha}-dirty` : sha) : undefined, source };
}
/** Git facts per context directory, asked once per run; those of a checkout once for all its directories. */
class GitInfoCache {
    byDir = new Map();
    byRoot = new Map();
    s;
    constructor(env) {
        this.s = settings(env);
    }
    get enabled() {
        return this.s.info || this.s.labels;
    }
    /** Starts (or joins) reading `dir`'s checkout: the runner calls it early, so that git runs while it connects. */
    read(dir) {
        let info = this.byDir.get(dir);
        if (!info) {
            info = this.enabled ? this.readDir(dir) : Promise.resolve(undefined);
            this.byDir.set(dir, info);
        }
        return info;
    }
    async readDir(dir) {
        const root = await checkoutTop(dir);
        if (!root)
            return undefined;
        let checkout = this.byRoot.get(root);
        if (!checkout) {
            checkout = readCheckout(root, this.s);
            this.byRoot.set(root, checkout);
        }
        return { root, ...(await checkout) };
    }
    /**
     * The frontend attributes buildx adds for a build whose context is `contextDir` (undefined for a remote context):
     * `localDirs` are the build's local directories by name, `dockerfile` its Dockerfile's path.
     */
    async attributes(contextDir, localDirs, dockerfile) {
        if (!contextDir || !this.enabled)
            return {};
        const g = await this.read(contextDir);
        if (!g)
            return {};
        const out = {};
        if (g.revision) {
            if (this.s.labels)
                out['label:org.opencontainers.image.revision'] = g.revision;
            if (this.s.info)
                out['vcs:revision'] = g.revision;
        }
        if (g.source) {
            if (this.s.labels)
                out['label:org.opencontainers.image.source'] = g.source;
            if (this.s.info)
                out['vcs:source'] = g.source;
        }
        if (this.s.labels) {
            const rel = external_node_path_.relative(g.root, dockerfile ?? external_node_path_.join(contextDir, 'Dockerfile'));
            if (!rel.startsWith('..'))
                out['label:com.docker.image.source.entrypoint'] = rel;
        }
        if (this.s.info) {
            for (const [name, dir] of Object.entries(localDirs)) {
                let real;
                try {
                    real = external_node_fs_.realpathSync(dir);
                }
                catch {
                    continue;
                }
                const rel = external_node_path_.relative(g.root, real);
                if (!rel.startsWith('..'))
                    out[`vcs:localdir:${name}`] = rel === '' ? '.' : rel;
            }
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./lib/solve/run/metadata.js
/** The `--metadata-file` content in buildx's format: one object per target, exporter responses decoded like buildx does. */
function decodeExporterResponse(resp) {
    const out = {};
    for (const [k, v] of Object.entries(resp)) {
        // buildx: a value that is base64 of a non-empty JSON object is embedded as that object (descriptors, provenance)
        let decoded;
        if (/^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0) {
            try {
                const parsed = JSON.parse(Buffer.from(v, 'base64').toString('utf8'));
                if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && Object.keys(parsed).length)
                    decoded = parsed;
            }
            catch {
                decoded = undefined;
            }
        }
        out[k] = decoded ?? v;
    }
    return out;
}

// EXTERNAL MODULE: ./lib/solve/run/metadata-provenance.js
var metadata_provenance = __webpack_require__(4370);
// EXTERNAL MODULE: ./lib/solve/images/features.js
var features = __webpack_require__(4699);
// EXTERNAL MODULE: ./lib/solve/images/docker-load.js
var docker_load = __webpack_require__(9829);
// EXTERNAL MODULE: ./lib/buildkit/registry/reference.js
var reference = __webpack_require__(5299);
;// CONCATENATED MODULE: ./lib/solve/images/exporter-errors.js

const AUTH_FAILURE = /\b401\b|unauthori[sz]ed|authentication required|failed to authorize|denied: requested access|insufficient_scope|\b403\b|forbidden/i;
/** Registry hosts the plan pushes to. */
function pushHosts(plan) {
    const hosts = new Set();
    for (const e of plan.exporters) {
        if ((e.Type !== 'image' && e.Type !== 'moby') || e.Attrs.push !== 'true')
            continue;
        for (const n of (e.Attrs.name ?? '').split(',')) {
            if (!n.trim())
                continue;
            try {
                hosts.add((0,reference/* apiHost */.nz)((0,reference/* parseReference */.F2)(n).domain));
            }
            catch {
                /* the daemon reports bad names itself */
            }
        }
    }
    return [...hosts];
}
/** Returns `err`, its message extended with a hint when it is a push rejected for lack of (good) credentials. */
function explainExportError(err, plan, auth, configDir) {
    const hosts = pushHosts(plan);
    if (!hosts.length || !AUTH_FAILURE.test(err.message))
        return err;
    const mentioned = hosts.filter((h) => err.message.includes(h));
    const where = configDir ? `${configDir}/config.json` : 'the Docker config (DOCKER_CONFIG or ~/.docker/config.json)';
    const hints = (mentioned.length ? mentioned : hosts).map((h) => auth.lookup(h)
        ? `the registry ${h} rejected the credentials bakekit sent from ${where} (wrong user name or password, or no push access)`
        : `no credentials for ${h} in ${where}: run \`docker login ${h}\` (or set DOCKER_CONFIG) before pushing`);
    err.message = `${err.message}\n${hints.map((h) => `hint: ${h}`).join('\n')}`;
    return err;
}
/** buildx (build/build.go): with `prefer-image-digest=true` on any exporter the config digest leaves the response. */
function exporterResponseForMetadata(response, plan) {
    if (!plan.exporters.some((e) => e.Attrs['prefer-image-digest'] === 'true'))
        return response;
    const out = { ...response };
    delete out['containerimage.config.digest'];
    return out;
}

// EXTERNAL MODULE: ./lib/solve/cache/run.js + 3 modules
var run = __webpack_require__(8243);
;// CONCATENATED MODULE: ./lib/solve/run/run.js
/**
 * Runs a set of targets on one daemon. Every target is a client-side (gateway) build: an outer
 * Control.Solve that exports, and a dockerfile.v0 solve inside it through LLBBridge. Targets linked by
 * `target:` contexts pass their lazy results to each other as frontend inputs, and the LifetimeMachine
 * decides when each may solve, evaluate and be released (see lifetime.ts for why). Every target's session starts at
 * the beginning of the run, and so does the outer Solve of a target that consumes nothing; a consumer's outer Solve
 * starts once its producers published, so that its attributes name their results as buildx's do (consumersStaggered:
 * when its session starts).
 *
 * Sessions: every local directory of the run is served by ONE directory session, shared by all targets that
 * use it and named to the frontend with `local-sessionid:NAME` attributes. Identical local sources then become
 * one vertex on the daemon and the directory crosses the wire once; a per-target session would not do, since
 * the daemon's cached copy of a directory cannot be reused while another live build holds it. A target with
 * something of its own to serve has its own session for it: secrets and exporter output (the daemon's FileSend
 * calls carry only an exporter index, not a build id, so targets' exports could not be told apart on a shared
 * session), with registry auth and the target's directories, for frontends older than `local-sessionid`
 * (BuildKit < v0.16). A target without either whose sources are all in one directory uses that directory's
 * session as its main session (servedByDirSession; dir-sessions.ts).
 *
 * A target that does not finish is cancelled (the run, or the LifetimeMachine because a target failed: the execution
 * policy says which) or failed, with the error target-errors.ts picks from what happened. With a parallelism bound a
 * target also starts its build only once it holds a slot (its solve gate), so that waiting builds take nothing.
 */































async function runBuild(specs, opts) {
    const cacheRun = new run/* CacheRun */.k2(opts);
    const emit = cacheRun.tap(opts.onEvent ?? (() => { }));
    const client = new buildkit_client/* BuildkitClient */.Us(opts.connection);
    const dockerEngine = opts.connection.endpoint.kind === 'docker';
    const byName = new Map(specs.map((s) => [s.name, s]));
    const plans = new Map();
    const tempDirs = [];
    let dirSessions = new Map();
    const sessionCloses = [];
    try {
        // What image outputs need from the daemon (default provenance, Engine image store) is asked before planning.
        // buildx tells the daemon which git checkout a local context is in (git-info.ts); git runs while we probe
        const gitInfo = new GitInfoCache(opts.env);
        for (const s of specs)
            if (external_node_path_.isAbsolute(s.context))
                void gitInfo.read(s.context);
        const [{ planOptions }, sourcePolicy] = await Promise.all([
            (0,features/* probeOutputs */.pw)(specs, client, { dockerEngine, env: opts.env, signal: opts.signal }),
            readSourcePolicy(opts.env),
            cacheRun.prepare(specs, client, opts.connection, opts.signal),
        ]);
        if (sourcePolicy)
            planOptions.sourcePolicy = sourcePolicy;
        for (const s of specs) {
            const plan = planTarget(s, { ...planOptions, ...cacheRun.planOptions, cwd: opts.cwd });
            tempDirs.push(...plan.tempDirs);
            for (const producer of Object.values(plan.linkedContexts)) {
                if (!byName.has(producer))
                    throw new Error(`target "${s.name}" uses context target:${producer}, which is not part of this build`);
            }
            plans.set(s.name, plan);
        }
        await Promise.all(specs.map(async (s) => {
            const plan = plans.get(s.name);
            Object.assign(plan.frontendAttrs, await gitInfo.attributes(plan.localDirs.context, plan.localDirs, s.dockerfile));
        }));
        // Secrets are read before anything starts: a missing file fails the run with nothing left behind.
        const secretValues = new Map(specs.map((s) => [s.name, (0,secrets/* loadSecrets */.Gn)(plans.get(s.name).secrets, { cwd: opts.cwd, env: opts.env })]));
        // So are the SSH agents and key files: a missing socket or a passphrase-protected key fails the run here.
        const sshSources = new Map(specs.map((s) => [s.name, resolveSsh(s.name, plans.get(s.name), opts.env)]));
        // A remote context with the `<Dockerfile>.rego` current buildx applies is refused here too (remote-policy.ts,
        // loaded only for a run with a Dockerfile in a remote context)
        if (specs.some((s) => !s.policyDisabled && (0,context_kind/* dockerfileInRemoteContext */.Pt)(s))) {
            const { refuseRemotePolicies } = await __webpack_require__.e(/* import() */ 962).then(__webpack_require__.bind(__webpack_require__, 962));
            const access = { secrets: secretValues, ssh: sshSources };
            await refuseRemotePolicies(specs, plans, access, opts.connection, opts.signal);
        }
        const graph = new Map();
        for (const [name, plan] of plans)
            graph.set(name, [...new Set(Object.values(plan.linkedContexts))]);
        const machine = new lifetime/* LifetimeMachine */.L(graph, { execution: opts.execution, maxParallelism: opts.maxParallelism });
        const published = new Map();
        const run = new AbortController();
        const onOuterAbort = () => run.abort(opts.signal?.reason ?? new Error('cancelled'));
        if (opts.signal?.aborted)
            onOuterAbort();
        opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
        const auth = new session_auth/* DockerAuthProvider */.G(new dockerconfig/* DockerConfigCredentials */.zw((0,dockerconfig/* dockerConfigDir */.kG)(opts.env)));
        dirSessions = await dirSessionsFor([...plans.values()], auth, opts.connection.description, (0,session_ids.contextReuseEnabled)(opts.env), opts.dirIdentities);
        for (const plan of plans.values()) {
            for (const [name, dir] of Object.entries(plan.localDirs))
                plan.frontendAttrs[`local-sessionid:${name}`] = dirSessions.get(dir).session.id;
        }
        // The directory sessions open while the targets start: the daemon waits (up to 5 s) for a session a build names,
        // as it does for the Go client, which also runs its session and its Solve side by side. One that cannot open
        // stops the run; the targets already started are cancelled and the error is the run's.
        let dirFailure;
        const dirsOpen = openDirSessions([...dirSessions.values()], opts.connection).catch((err) => {
            dirFailure = err;
            run.abort(err);
        });
        // Their calls go out first: the daemon needs a directory session a moment after a build starts (its Dockerfile),
        // and setting one up takes round trips, which the targets' first requests would otherwise queue behind.
        await new Promise((resolve) => setImmediate(resolve));
        // Warnings of the plans, and the gha entries the pre-flight found failing dropped: the last step before the targets.
        await cacheRun.planned(plans.values());
        const startAfter = consumersStaggered(graph, dirsOpen);
        const mainSessionOf = (plan) => servedByDirSession(plan) ? dirSessions.get(Object.values(plan.localDirs)[0]).session : undefined;
        const outcomes = await Promise.all(specs.map((spec) => runTarget(spec.name, {
            client,
            plan: plans.get(spec.name),
            secrets: secretValues.get(spec.name),
            ssh: sshSources.get(spec.name),
            machine,
            published,
            run,
            emit,
            connection: opts.connection,
            auth,
            env: opts.env,
            explainFailure: (err, statusDone) => cacheRun.explainFailure(spec.name, err, plans.get(spec.name), statusDone),
            dirSessions: Object.values(plans.get(spec.name).localDirs).map((dir) => dirSessions.get(dir).session),
            mainSession: mainSessionOf(plans.get(spec.name)),
            sessionCloses,
            startAfter: startAfter.get(spec.name),
        }).then((o) => cacheRun.finished(o, plans.get(spec.name)))));
        await dirsOpen;
        if (dirFailure)
            throw dirFailure;
        opts.signal?.removeEventListener('abort', onOuterAbort);
        // buildx: `<builder>/<node>/<ref>`; the Engine's implicit builder is `default` with node `default`.
        const endpoint = opts.connection.endpoint;
        const implicitEngine = endpoint.kind === 'docker' && (!endpoint.builder || endpoint.builder === 'default');
        const builder = opts.builderName ?? endpoint.builder ?? (implicitEngine ? 'default' : opts.connection.description);
        const node = opts.nodeName ?? (implicitEngine && builder === 'default' ? 'default' : `${builder}0`);
        const metadata = {};
        const provenance = await provenanceOf(client, outcomes, opts.metadataProvenance ?? 'disabled', emit, opts.signal);
        for (const o of outcomes) {
            if (o.status !== 'done')
                continue;
            if (o.call) {
                // buildx: a call's result metadata, `result.json` embedded as JSON, and no build ref (the build is internal)
                const { 'result.json': json, ...rest } = o.call.response;
                metadata[o.target] = {
                    ...decodeExporterResponse(rest),
                    ...(json !== undefined ? { 'result.json': parseJsonOr(json) } : {}),
                };
                continue;
            }
            const response = exporterResponseForMetadata(o.exporterResponse, plans.get(o.target));
            metadata[o.target] = {
                ...decodeExporterResponse({ ...response, ...provenance.get(o.target) }),
                'buildx.build.ref': `${builder}/${node}/${o.ref}`,
            };
        }
        const dirs = [...dirSessions].map(([p, d]) => ({
            path: p,
            names: [...d.names],
            stats: d.fileSync.stats(),
            stableSessionId: d.sessionId.id !== undefined,
        }));
        const warm = cacheRun.warmReport(outcomes);
        return {
            ok: outcomes.every((o) => o.status === 'done'),
            targets: outcomes,
            dirs,
            metadata,
            ...(warm ? { warm } : {}),
        };
    }
    finally {
        // Every Solve has returned: the targets' own sessions (closing since their Solve returned) and the directory
        // sessions end together.
        await Promise.all([
            ...sessionCloses,
            ...[...dirSessions.values()].map((d) => d.session
                .close()
                .catch(() => { })
                .finally(() => d.sessionId.release({ lingerMs: d.session.lingerMs }))),
        ]);
        for (const d of tempDirs)
            external_node_fs_.rmSync(d, { recursive: true, force: true });
    }
}
/**
 * Each built target's provenance entries for the metadata (buildx setRecordProvenance; a call has none). buildx fails
 * the build when it cannot read them; here the build has succeeded and its outputs are out, so a read that fails is
 * a warning and the entry is left out.
 */
async function provenanceOf(client, outcomes, mode, emit, signal) {
    const out = new Map();
    if (mode === 'disabled')
        return out;
    await Promise.all(outcomes
        .filter((o) => o.status === 'done' && !o.call && o.ref)
        .map((o) => (0,metadata_provenance/* recordProvenance */.Zx)(client, o.ref, mode, signal).then((entries) => void out.set(o.target, entries), (err) => emit({
        type: 'warning',
        target: o.target,
        message: `resolving provenance for metadata file: ${err.message}`,
    }))));
    return out;
}
async function runTarget(name, ctx) {
    const { client, plan, machine, run, emit } = ctx;
    const started = Date.now();
    const ref = (0,buildkit_client/* randomId */.zE)();
    // The target's own session (secrets, auth, exporter output, its directories for old frontends), unless a directory
    // session serves all of that (servedByDirSession).
    const own = ctx.mainSession ? undefined : ownSession(name, plan, ctx);
    const session = ctx.mainSession ?? own.session;
    const outcome = (status, extra = {}) => ({
        target: name,
        status,
        ref,
        durationMs: Date.now() - started,
        exporterResponse: {},
        transferred: own?.fileSync.stats() ?? {},
        ...extra,
    });
    // The machine stops this target when another one fails (a producer of it; under fail-fast any target).
    const stoppedByMachine = machine.signalOf(name);
    const cancelled = (reason, started) => {
        const stop = stoppedByMachine.aborted ? stoppedByMachine.reason : undefined;
        const cause = stop?.failedTarget;
        emit({
            type: 'target-cancelled',
            target: name,
            reason,
            ...(cause ? { cause } : {}),
            ...(started ? {} : { skipped: true }),
        });
        return outcome('cancelled', {
            reason,
            ...(cause ? { cancelledBy: cause } : {}),
            ...(started ? {} : { skipped: true }),
        });
    };
    if (ctx.startAfter)
        await ctx.startAfter;
    if (run.signal.aborted || stoppedByMachine.aborted) {
        // cancelled before anything started
        const reason = stoppedByMachine.aborted
            ? stoppedByMachine.reason.reason
            : 'the build was cancelled';
        machine.cancel(name, reason);
        return cancelled(reason, false);
    }
    const gateway = client.gateway(ref);
    let returned = false;
    let outerSettled = false;
    let status;
    let outer;
    let passedSolveGate = false;
    const targetAbort = new AbortController();
    const onRunAbort = () => targetAbort.abort(run.signal.reason);
    const onMachineStop = () => targetAbort.abort(stoppedByMachine.reason);
    run.signal.addEventListener('abort', onRunAbort, { once: true });
    stoppedByMachine.addEventListener('abort', onMachineStop, { once: true });
    try {
        // Everything that does not need the producers starts at once, as the Go client does: the session opens while the
        // Solve and the gateway Solve are on their way (the daemon waits for a session a build names, and a gateway call
        // waits for its build to register). A consumer opens its session while its producers solve, and starts its build
        // once they published (startBuild below).
        void own?.session.run(ctx.connection).catch((err) => targetAbort.abort(new target_errors/* TargetStoppedError */.B_(err)));
        // A session lost under a running build (its stream cut, the daemon gone) fails the target at once and by name,
        // instead of after the daemon's "no active session" wait.
        for (const s of new Set([session, ...(ctx.dirSessions ?? [])])) {
            void s.closed.then(() => {
                if (s.lostReason && !targetAbort.signal.aborted)
                    targetAbort.abort(new target_errors/* SessionLostError */.Tv(ctx.connection.description, s.lostReason));
            });
        }
        const startBuild = (attrs) => {
            // Progress is asked for with the build, not before: the daemon gives up on a Status call for a build it has not
            // seen within 6 s, and a consumer's build starts only when its producers are done.
            status = client.status(ref, (message) => emit({ type: 'status', target: name, message }));
            outer = client.solve({
                Ref: ref,
                Session: session.id,
                Frontend: '',
                FrontendAttrs: attrs,
                Exporters: plan.exporters,
                Cache: { Exports: plan.cacheExports, Imports: plan.cacheImports },
                Entitlements: plan.entitlements,
                ...(plan.sourcePolicy ? { SourcePolicy: plan.sourcePolicy } : {}),
                // buildx marks a call's build internal (no build history record)
                ...(plan.call ? { Internal: true } : {}),
            }, targetAbort.signal);
            // The build ending (failed, or without the result we return) stops whatever this target still waits for.
            outer.then(() => {
                outerSettled = true;
                if (!returned)
                    targetAbort.abort(new target_errors/* TargetStoppedError */.B_(new Error('the build ended before its result was returned')));
            }, (err) => {
                outerSettled = true;
                targetAbort.abort(err);
            });
        };
        const linked = Object.keys(plan.linkedContexts).length > 0;
        // With a parallelism bound, a build starts only once the target holds a slot: a waiting one takes nothing.
        const startsAtGate = linked || machine.maxParallelism !== Infinity;
        if (!startsAtGate)
            startBuild(plan.frontendAttrs);
        // A consumer waits for its producers here. Its build starts once they published, as buildx's does
        // (waitContextDeps): the build's own attributes (what the daemon records in its build history, and reads
        // attestation requests from) then name the producers' results it consumes.
        await (0,abortable/* abortable */.Z)(machine.until(name, 'solve'), targetAbort.signal);
        passedSolveGate = true;
        emit({ type: 'target-start', target: name, ref });
        const attrs = { ...plan.frontendAttrs };
        const inputs = { ...plan.frontendInputs };
        for (const [contextName, producer] of Object.entries(plan.linkedContexts)) {
            const link = linkInputs(contextName, producer, ctx.published.get(producer));
            Object.assign(inputs, link.inputs);
            Object.assign(attrs, link.attrs);
            for (const k of link.drop)
                delete attrs[k];
        }
        if (startsAtGate)
            startBuild(attrs);
        // no CacheImports here: as with buildx, the daemon imports the build's caches (Control.Solve) and the frontend
        // learns of them from its `cache-imports` attribute. A call asks the frontend for its method in this request only.
        const request = {
            Frontend: plan.frontend,
            FrontendOpt: plan.call ? (0,call_call/* callFrontendOpt */.G7)(plan.call, attrs) : attrs,
            FrontendInputs: inputs,
        };
        const solved = await gatewaySolve(gateway, request, targetAbort.signal).catch(async (err) => {
            // buildx: a frontend that does not answer the call is asked again through one that does; its error if that fails
            const fallback = plan.call && !targetAbort.signal.aborted ? (0,call_call/* callFallbackOpt */.of)(err, request.FrontendOpt) : undefined;
            if (!fallback)
                throw err;
            return gatewaySolve(gateway, { ...request, FrontendOpt: fallback }, targetAbort.signal).catch(() => {
                throw err;
            });
        });
        const result = solved.result ?? {};
        const callMetadata = plan.call ? metadataStrings(result.metadata) : undefined;
        ctx.published.set(name, result);
        machine.published(name);
        await (0,abortable/* abortable */.Z)(machine.until(name, 'evaluate'), targetAbort.signal);
        if (machine.isLinked(name)) {
            // Every platform at once, failing fast: a sequential walk let children reach a platform's shared
            // vertices before this target had loaded them under its own job (buildx #3543).
            const each = new AbortController();
            const onAbort = () => each.abort(targetAbort.signal.reason);
            targetAbort.signal.addEventListener('abort', onAbort, { once: true });
            try {
                await Promise.all(refsOf(result).map((r) => gateway.evaluate(r.id, each.signal).catch((err) => {
                    each.abort(err);
                    throw err;
                })));
            }
            finally {
                targetAbort.signal.removeEventListener('abort', onAbort);
            }
        }
        machine.evaluated(name);
        await (0,abortable/* abortable */.Z)(machine.until(name, 'release'), targetAbort.signal);
        machine.completed(name);
        // stopped between its release gate opening and here: it neither returns nor exports
        if (machine.phaseOf(name) !== 'completed')
            throw machine.stopOf(name) ?? new Error('cancelled');
        returned = true;
        await gateway.return({ result }, targetAbort.signal);
        const response = await outer;
        machine.finished(name);
        // local cache exports and layout outputs: their index.json, as the Go client updates it after the solve
        if (plan.contentStores)
            for (const message of updateIndexes(plan.contentStores, response))
                emit({ type: 'warning', target: name, message });
        emit({ type: 'target-done', target: name, durationMs: Date.now() - started, exporterResponse: response });
        return outcome('done', {
            exporterResponse: response,
            ...(plan.call ? { call: { spec: plan.call, response: { ...response, ...callMetadata } } } : {}),
        });
    }
    catch (err) {
        const error = err;
        // Stopped because another target failed (the machine), or the run was cancelled: this target is cancelled, not
        // failed. Told to the machine at once, so that it stops whatever the execution policy says.
        const stop = stoppedByMachine.aborted ? stoppedByMachine.reason : undefined;
        const isCancelled = stop !== undefined || (0,target_errors/* stoppedByRun */.Ab)(error, run.signal);
        if (isCancelled)
            machine.cancel(name, stop?.reason ?? error.message);
        else
            machine.failed(name, error.message);
        if (outer && !returned && !outerSettled) {
            // The build is still open (its solve failed, or it was cancelled, maybe while waiting for its producers): hand it
            // back failed, so that it ends now. Bounded by the build itself: once the Solve has ended there is nobody to answer.
            returned = true;
            const ended = new AbortController();
            const stop = () => ended.abort();
            outer?.then(stop, stop);
            // The Return's status: the daemon's own when it sent one (its details survive), CANCELLED for a target the run stopped.
            await gateway
                .return({ error: (0,errors/* encodeStatus */.BK)(err, isCancelled ? grpc_status/* Code */.Cy.CANCELLED : grpc_status/* Code */.Cy.UNKNOWN) }, ended.signal)
                .catch(() => { });
        }
        // The outer Solve's own error, once the build has ended.
        const solveError = outer &&
            (await outer.then(() => undefined, (e) => e));
        if (isCancelled)
            return cancelled(stop?.reason ?? error.message, passedSolveGate);
        const report = (0,target_errors/* failureToReport */.Kp)({
            target: name,
            daemon: ctx.connection.description,
            error,
            solveError,
            run: run.signal,
            stopReason: targetAbort.signal.reason,
            clientRefusal: own?.fileSend?.refusal(),
        });
        let cause = explainExportError(report, plan, ctx.auth, (0,dockerconfig/* dockerConfigDir */.kG)(ctx.env));
        if (ctx.explainFailure)
            cause = await ctx.explainFailure(cause, status?.done);
        const failure = new target_errors/* TargetFailedError */.v5(name, cause);
        emit({ type: 'target-failed', target: name, durationMs: Date.now() - started, error: failure });
        return outcome('failed', { error: failure });
    }
    finally {
        run.signal.removeEventListener('abort', onRunAbort);
        stoppedByMachine.removeEventListener('abort', onMachineStop);
        if (status) {
            // Progress ends by itself once the job is done; give it a moment, then stop listening.
            const timer = setTimeout(() => status.stop(), 3000);
            await status.done;
            clearTimeout(timer);
        }
        // The Solve has returned: the session may go. runBuild waits for it with the directory sessions.
        if (own) {
            const closed = own.session.close().catch(() => { });
            if (ctx.sessionCloses)
                ctx.sessionCloses.push(closed);
            else
                await closed;
        }
    }
}
/**
 * The target's own session. FileSync only when the plan has local directories, as the Go client attaches its provider
 * only for directories to sync (client/solve.go): a build whose context and Dockerfile are both remote offers none.
 */
function ownSession(name, plan, ctx) {
    const fileSync = new filesync/* FileSync */.I$(plan.localDirs);
    const session = new session_session/* Session */.Nn({
        name,
        sharedKey: plan.localDirs.context ? sharedKeyFor(plan.localDirs.context) : (0,buildkit_client/* randomId */.zE)(),
    });
    if (Object.keys(plan.localDirs).length)
        session.attach(fileSync);
    session.attach(new secrets/* SecretStore */.Gf(ctx.secrets)).attach(new ssh/* SshForwarder */.Xp(ctx.ssh)).attach(ctx.auth);
    const sends = plan.destinations.map((d) => {
        if (d.mode === 'none' || d.mode === 'store')
            return undefined;
        // type=docker without dest: the archive streams into the Engine's image store
        if (d.mode === 'load')
            return { mode: 'writable', open: () => (0,docker_load/* engineLoadStream */.fo)((0,features/* loadEngine */.ro)(d.context, ctx.env)) };
        return d;
    });
    const fileSend = sends.some(Boolean)
        ? new filesend/* FileSend */.L(sends, (message) => ctx.emit({ type: 'warning', target: name, message }))
        : undefined;
    if (fileSend)
        session.attach(fileSend);
    if (plan.contentStores && Object.keys(plan.contentStores.stores).length)
        session.attach(new ContentStoreService(plan.contentStores.stores));
    return { session, fileSync, fileSend };
}
/** The agents behind a target's `ssh` entries; fails (PlanError) for one that cannot be served (ssh.ts). */
function resolveSsh(name, plan, env) {
    try {
        return (0,ssh/* resolveSshSources */.Bd)(plan.ssh, env);
    }
    catch (err) {
        throw new PlanError(name, err.message);
    }
}
/** A gateway result's metadata as strings (buildx copies a call's result metadata into its exporter response so). */
function metadataStrings(metadata) {
    const out = {};
    for (const [k, v] of Object.entries(metadata ?? {}))
        out[k] = Buffer.from(v).toString('utf8');
    return out;
}
/**
 * The gateway Solve, sent without a Ping first: the daemon holds a gateway call for a build it has not registered yet
 * (up to 3 s), and the Ping's answer (capabilities) is not used. Should the daemon give up first ("no such job", a
 * daemon too busy to register the build in time), Ping until the build answers and try once more.
 */
async function gatewaySolve(gw, req, signal) {
    try {
        return await gw.solve(req, signal);
    }
    catch (err) {
        if (signal.aborted || (0,errors/* codeOf */.$N)(err) !== grpc_status/* Code */.Cy.NOT_FOUND || !/no such job/.test((0,errors/* messageOf */.bD)(err)))
            throw err;
        await gw.ping(signal);
        return gw.solve(req, signal);
    }
}
function parseJsonOr(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 1766:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   contextReuseEnabled: () => (/* binding */ contextReuseEnabled),
/* harmony export */   dirSessionId: () => (/* binding */ dirSessionId),
/* harmony export */   sessionIdFromDigest: () => (/* binding */ sessionIdFromDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/**
 * Ids for the sessions that serve local directories: derived from the directory's state, so that an unchanged
 * directory is not transferred again.
 *
 * The daemon keys a local source by its session's id (source/local/source.go), so under a fresh random id every build
 * re-sends the whole listing of every context, and the daemon compares it entry by entry with its copy: ~0.5 s for
 * 20,000 files even when nothing changed. With an id that is a digest of the directory's identity
 * (fsutil/identity.ts: every entry's name, inode, ctime and metadata) and its path, a build of an unchanged directory
 * finds the daemon's snapshot under the same key and makes no FileSync call at all; any change gives a new id, and
 * the transfer is the usual incremental one (the shared key still names the daemon's last copy).
 *
 * The daemon keeps one copy per shared key and updates it in place, so a transfer of another state of the directory
 * in between (a change, or a concurrent run on a random id) takes that copy over, and the earlier state's id then
 * finds nothing: an incremental transfer, as before, never a wrong snapshot.
 *
 * Two live sessions must never share an id: the daemon keeps one session per id, and the first to close removes the
 * other's entry (session/manager.go). A lock file per id, in a directory shared by the machine's processes, keeps a
 * second bakekit building the same unchanged directory at the same time on a random id instead.
 *
 * Nor may a session take an id the daemon still holds for an ended one. dockerd's `POST /session`, the Engine's
 * faster route for a transfer (transport/connect.ts; a cold 230 MB context 62 -> 77 MB/s), keeps the id registered
 * until its health checks fail, up to 10 s after the session ended (session/grpc.go monitorHealth; 1.7\u20134.4 s
 * measured), refuses the id meanwhile, and then deletes whatever is registered under it, a successor's session too.
 * So a marker file per id (`<id>.used`) records, when the id is released, until when the daemon may still hold it
 * (BuildkitConnection.sessionLingerMs): a run within that time takes a random id, and the listing is sent again,
 * incrementally, as buildx always does. The marker also tells an id used before (`seen`: the daemon most likely has
 * the state, and the next rerun must not meet a linger) from a new state's, the one worth the faster route: it is
 * transferred. A new state's marker says `open` while its session runs, so that a crash leaves the linger known.
 */




const NO_RELEASE = () => { };
const NONE = { seen: false, release: NO_RELEASE };
/** Markers of states not built for this long are removed (when a new one is made, once per process). */
const MARKER_MAX_AGE_MS = 7 * 24 * 3600_000;
/**
 * `BAKEKIT_CONTEXT_REUSE=0` (or `false`) turns the reuse off: every directory session gets a random id, and nothing
 * is walked for it. For filesystems that do not keep ctime as the kernel's local ones do (some network and FUSE
 * filesystems cache attributes), on which the identity could miss a change.
 */
function contextReuseEnabled(env) {
    const v = env.BAKEKIT_CONTEXT_REUSE?.trim().toLowerCase();
    return v !== '0' && v !== 'false';
}
/** The id for the session serving `dir`, whose identity (fsutil/identity.ts) is `identity` (undefined: none). */
function dirSessionId(dir, identity, opts = {}) {
    if (!identity)
        return NONE;
    // The host name too: containers that share a checkout (same path, same inodes) but not their temporary directory,
    // hence not the locks below, would otherwise take one id at once.
    const scope = `${node_os__WEBPACK_IMPORTED_MODULE_2__.hostname()}\0${opts.daemon ?? ''}\0${node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(dir)}`;
    const id = sessionIdFromDigest((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`bakekit directory session v1\0${scope}\0${identity}`).digest());
    const lockDir = opts.lockDir ?? node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'bakekit-session-locks');
    const releaseLock = lockId(id, lockDir);
    if (!releaseLock)
        return NONE;
    const marker = useMarker(node_path__WEBPACK_IMPORTED_MODULE_3__.join(lockDir, `${id}.used`));
    if (!marker) {
        releaseLock();
        return NONE;
    }
    let released = false;
    return {
        id,
        seen: marker.seen,
        release: ({ lingerMs = 0 } = {}) => {
            if (released)
                return;
            released = true;
            // the marker first: a crash between the two leaves a dead holder's lock and a marker already right
            marker.record(lingerMs > 0 ? Date.now() + lingerMs : 0);
            releaseLock();
        },
    };
}
/** The daemon may keep a session's id this long after a holder of its lock died (its end is not known). */
const UNKNOWN_END_LINGER_MS = 15_000;
/**
 * Reads the id's marker (`until <epoch ms>`, or `open` while a new state's session may be on a lingering route), with
 * the id's lock held. Returns whether the id was used before and how to record the release; undefined when the daemon
 * may still hold the id.
 */
function useMarker(file) {
    const record = (untilMs) => {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(file, `until ${untilMs}`, { mode: 0o644 });
        }
        catch {
            /* another user's marker: that user's sessions record their own lingers */
        }
    };
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'utf8');
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            return undefined;
    }
    if (text === undefined) {
        // a new state: its session may take the lingering route, so say so before it opens (a crash leaves it said)
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(file, 'open', { flag: 'wx', mode: 0o644 });
        }
        catch {
            return { seen: true, record }; // cannot record a linger: take the route the daemon forgets at once
        }
        pruneMarkers(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file));
        return { seen: false, record };
    }
    const until = /^until (\d+)$/.exec(text);
    if (until && Number(until[1]) <= Date.now())
        return { seen: true, record };
    // `open` with the lock free to take: its holder died with a session open that may linger, ended at a time not known
    if (!until)
        record(Date.now() + UNKNOWN_END_LINGER_MS);
    return undefined;
}
const pruned = new Set();
/** Removes markers of states not built for MARKER_MAX_AGE_MS (their ids come back only if a directory returns to an
 * old state, and then are merely treated as new), once per lock directory and process. */
function pruneMarkers(lockDir) {
    if (pruned.has(lockDir))
        return;
    pruned.add(lockDir);
    const oldest = Date.now() - MARKER_MAX_AGE_MS;
    try {
        for (const name of node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(lockDir)) {
            if (!name.endsWith('.used'))
                continue;
            const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(lockDir, name);
            try {
                if (node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(file).mtimeMs < oldest)
                    node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync(file);
            }
            catch {
                /* gone, or another user's */
            }
        }
    }
    catch {
        /* an unreadable lock directory: nothing to prune */
    }
}
/** 25 base36 characters (129 bits), the shape of BuildKit's own ids (identity.NewID); never a ':'. */
function sessionIdFromDigest(digest) {
    let n = 0n;
    for (const b of digest.subarray(0, 17))
        n = (n << 8n) | BigInt(b);
    return n.toString(36).padStart(25, '0').slice(-25);
}
/**
 * Takes the lock on `id`: a file holding our host name and pid, created exclusively. A lock whose process is gone
 * (killed before it could release) is taken over; one from another host is left alone. Returns the release, or undefined when a live process holds the id or the lock
 * directory cannot be used.
 */
function lockId(id, lockDir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(lockDir, id);
    const owner = `${node_os__WEBPACK_IMPORTED_MODULE_2__.hostname()} ${process.pid}`;
    try {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(lockDir)) {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(lockDir, { recursive: true });
            // Shared by every user's processes, like /tmp itself: anyone may create, only the owner may remove.
            node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync(lockDir, 0o1777);
        }
        for (let attempt = 0; attempt < 2; attempt++) {
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(file, owner, { flag: 'wx', mode: 0o644 });
                let released = false;
                return () => {
                    if (released)
                        return;
                    released = true;
                    try {
                        if (node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'utf8') === owner)
                            node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync(file);
                    }
                    catch {
                        /* already gone */
                    }
                };
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    return undefined;
                // "<host> <pid>": a pid means something only on its own host (a container sharing /tmp has its own pids)
                const [host, pidText] = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'utf8').split(' ');
                const holder = Number(pidText);
                if (host !== node_os__WEBPACK_IMPORTED_MODULE_2__.hostname() ||
                    !Number.isInteger(holder) ||
                    holder <= 0 ||
                    holder === process.pid ||
                    processAlive(holder))
                    return undefined;
                node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync(file); // the holder is gone; take the lock over
            }
        }
    }
    catch {
        /* an unusable lock directory: no stable id, nothing worse */
    }
    return undefined;
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}


/***/ })

};
