export const id = 960;
export const ids = [960,467];
export const modules = {

/***/ 73426:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ok: () => (/* binding */ toBakeDefinition),
/* harmony export */   u6: () => (/* binding */ renderPrint)
/* harmony export */ });
/* unused harmony export toBakeTarget */
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75865);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72916);


/** The order encoding/json writes buildx's Target struct fields in: the attribute order, less `inherits` (never printed). */
const FIELD_ORDER = _target_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGET_ATTRIBUTES */ .kR.filter((a) => a !== 'inherits');
function compareBytes(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sortedRecord(m) {
    if (!m)
        return undefined;
    const entries = [...m].filter((e) => e[1] !== null).sort((a, b) => compareBytes(a[0], b[0]));
    return entries.length ? Object.fromEntries(entries) : undefined;
}
function nonEmpty(l) {
    return l && l.length ? l.map((x) => (typeof x === 'object' && x !== null ? { ...x } : x)) : undefined;
}
/** Internal target to its public (--print) shape: unset and empty fields are left out. */
function toBakeTarget(t) {
    const out = {};
    const set = (k, v) => {
        if (v !== undefined)
            out[k] = v;
    };
    if (t.description)
        out.description = t.description;
    set('annotations', nonEmpty(t.annotations));
    set('attest', nonEmpty(t.attest));
    set('context', t.context);
    set('contexts', sortedRecord(t.contexts));
    set('dockerfile', t.dockerfile);
    set('dockerfile-inline', t.dockerfileInline);
    set('args', sortedRecord(t.args));
    set('labels', sortedRecord(t.labels));
    set('tags', nonEmpty(t.tags));
    set('cache-from', nonEmpty(t.cacheFrom));
    set('cache-to', nonEmpty(t.cacheTo));
    set('target', t.target);
    set('secret', nonEmpty(t.secret));
    set('ssh', nonEmpty(t.ssh)?.map((s) => (s.paths ? { ...s, paths: [...s.paths] } : s)));
    set('platforms', nonEmpty(t.platforms));
    set('output', nonEmpty(t.output));
    set('pull', t.pull);
    set('no-cache', t.noCache);
    set('network', t.network);
    set('no-cache-filter', nonEmpty(t.noCacheFilter));
    set('shm-size', t.shmSize);
    set('ulimits', nonEmpty(t.ulimits));
    // a pointer with omitempty: printed whenever set, `{}` when set with no field
    set('resources', t.resources && { ...t.resources });
    set('call', t.call);
    set('entitlements', nonEmpty(t.entitlements));
    set('extra-hosts', sortedRecord(t.extraHosts));
    set('policy', t.policy?.length ? t.policy.map(_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .clonePolicy */ .uS) : undefined);
    return out;
}
function toBakeDefinition(targets, groups) {
    const def = { group: {}, target: {} };
    for (const name of [...groups.keys()].sort(compareBytes)) {
        const g = groups.get(name);
        def.group[name] = g.description
            ? { description: g.description, targets: [...g.targets] }
            : { targets: [...g.targets] };
    }
    for (const name of [...targets.keys()].sort(compareBytes))
        def.target[name] = toBakeTarget(targets.get(name));
    return def;
}
// ---- Go encoding/json compatible writer ----
/** An object whose keys are written in the given order (JS objects reorder integer-like keys). */
class Ordered {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
}
function sortedObject(o, value = leaf) {
    return new Ordered(Object.keys(o)
        .sort(compareBytes)
        .filter((k) => o[k] !== undefined)
        .map((k) => [k, value(o[k])]));
}
function leaf(v) {
    if (Array.isArray(v))
        return v.map(leaf);
    if (v !== null && typeof v === 'object')
        return sortedObject(v);
    return v;
}
const HTML_UNSAFE = /[<>&\u2028\u2029]/;
/** Go escapes <, > and & (and U+2028/2029) in JSON strings by default. */
function goString(s) {
    if (!HTML_UNSAFE.test(s))
        return JSON.stringify(s);
    return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
function write(v, indent) {
    if (v === null)
        return 'null';
    if (typeof v === 'string')
        return goString(v);
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    const inner = indent + '  ';
    if (Array.isArray(v)) {
        if (v.length === 0)
            return '[]';
        return '[\n' + v.map((x) => inner + write(x, inner)).join(',\n') + '\n' + indent + ']';
    }
    if (v.entries.length === 0)
        return '{}';
    return ('{\n' + v.entries.map(([k, x]) => `${inner}${goString(k)}: ${write(x, inner)}`).join(',\n') + '\n' + indent + '}');
}
/** buildx's Target.MarshalJSON escapes these so the output re-parses as a bake JSON file. */
function escapeTemplate(s) {
    return s.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
function targetJson(t) {
    const entries = [];
    for (const k of FIELD_ORDER) {
        const v = t[k];
        if (v === undefined)
            continue;
        switch (k) {
            case 'annotations':
                entries.push([k, v.map(escapeTemplate)]);
                break;
            case 'dockerfile-inline':
                entries.push([k, escapeTemplate(v)]);
                break;
            case 'args':
            case 'labels':
            case 'extra-hosts':
                entries.push([k, sortedObject(v, (x) => escapeTemplate(x))]);
                break;
            case 'secret':
                entries.push([
                    k,
                    v.map((s) => new Ordered(['id', 'src', 'env'].filter((f) => s[f]).map((f) => [f, s[f]]))),
                ]);
                break;
            case 'ssh':
                entries.push([
                    k,
                    v.map((s) => {
                        const e = [];
                        if (s.id)
                            e.push(['id', s.id]);
                        if (s.paths && s.paths.length)
                            e.push(['paths', [...s.paths]]);
                        return new Ordered(e);
                    }),
                ]);
                break;
            case 'resources': {
                // the struct's field order, unset fields left out (omitempty pointers); the cpu-* ones are int64 numbers
                const r = v;
                entries.push([
                    k,
                    new Ordered(_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCE_KEYS */ .kc.filter((f) => r[f] !== undefined).map((f) => [f, r[f]])),
                ]);
                break;
            }
            case 'policy':
                // no json tags, no MarshalJSON: Go's field names and order, every field
                entries.push([
                    k,
                    v.map((p) => new Ordered([
                        [
                            'Files',
                            p.Files
                                ? p.Files.map((f) => new Ordered([
                                    ['Filename', f.Filename],
                                    ['Data', null],
                                ]))
                                : null,
                        ],
                        ['Reset', p.Reset],
                        ['Disabled', p.Disabled],
                        ['Strict', p.Strict],
                        ['LogLevel', p.LogLevel],
                    ])),
                ]);
                break;
            default:
                entries.push([k, leaf(v)]);
        }
    }
    return new Ordered(entries);
}
/** Byte-identical to `docker buildx bake --print` stdout (two-space indent, trailing newline). */
function renderPrint(def) {
    const top = [];
    const groupNames = Object.keys(def.group ?? {}).sort(compareBytes);
    if (groupNames.length > 0) {
        top.push([
            'group',
            new Ordered(groupNames.map((name) => {
                const g = def.group[name];
                const e = [];
                if (g.description)
                    e.push(['description', g.description]);
                e.push(['targets', g.targets ? [...g.targets] : null]);
                return [name, new Ordered(e)];
            })),
        ]);
    }
    top.push([
        'target',
        new Ordered(Object.keys(def.target)
            .sort(compareBytes)
            .map((name) => [name, targetJson(def.target[name])])),
    ]);
    return write(new Ordered(top), '') + '\n';
}


/***/ }),

/***/ 53315:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ CONFIG_FILE_NAME),
/* harmony export */   iL: () => (/* binding */ buildxConfigDir),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/**
 * Where the Docker client keeps its configuration, by docker/cli's rule (cli/config: `config.Dir`), and where buildx
 * keeps its store inside it. Everything bakekit reads from the Docker client's side (config.json and its credential
 * helpers, contexts, the buildx builder store, DOCKER_CERT_PATH's default) starts from `dockerConfigDir`, so there is
 * one rule and one place to look it up.
 *
 * The environment is a parameter, never read implicitly beyond `os.homedir()`: a run may be given an environment
 * that is not the process's own (the action's inputs, tests).
 */


/** The name of the client configuration file inside the config directory (docker/cli `config.ConfigFileName`). */
const CONFIG_FILE_NAME = 'config.json';
/**
 * `DOCKER_CONFIG`, else `$HOME/.docker`. As docker/cli's getHomeDir, HOME comes from the environment first and the
 * user database only when HOME is unset or empty (`os.homedir()` is Node's version of that lookup).
 */
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.docker');
}
/** buildx's store (docker/buildx confutil.NewConfig): `BUILDX_CONFIG`, else `buildx` inside the Docker config dir. */
function buildxConfigDir(env = process.env) {
    return env.BUILDX_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dockerConfigDir(env), 'buildx');
}


/***/ }),

/***/ 7880:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ loadConfigFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53315);
/**
 * The Docker client's config.json, the parts bakekit reads: the stored registry logins (`auths`) and which
 * credential helpers hold the others (`credsStore`, `credHelpers`). Field names are docker/cli's
 * (cli/config/configfile.ConfigFile, cli/config/types.AuthConfig).
 */



/**
 * Reads `<dir>/config.json`. A missing, unreadable or malformed file is an empty config: registry access then goes
 * anonymous, and the registry's answer (not a parse error here) tells the user what is missing.
 */
function loadConfigFile(dir) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _config_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE_NAME */ .au), 'utf8'));
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 13467:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cB: () => (/* binding */ contextTlsDir),
/* harmony export */   z_: () => (/* binding */ contextMetaFile)
/* harmony export */ });
/* unused harmony exports contextStoreDir, contextId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53315);
/**
 * The layout of the Docker CLI's context store (docker/cli cli/context/store), which lives in the Docker config dir:
 *
 *   contexts/meta/<id>/meta.json          the context's metadata and endpoints (`{Name, Metadata, Endpoints}`)
 *   contexts/tls/<id>/<endpoint>/         TLS material of one endpoint (ca.pem, cert.pem, key.pem)
 *
 * where <id> is the hex SHA-256 of the context name (so names need no escaping on disk). Only paths here: what a
 * context's Docker endpoint means for a connection is the transport's business (transport/endpoint.ts).
 */



/** `<config dir>/contexts` (docker/cli `config.ContextStoreDir`). */
function contextStoreDir(env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_config_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerConfigDir */ .kG)(env), 'contexts');
}
/** The directory name a context is stored under. */
function contextId(name) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex');
}
/** Where the context's meta.json is. */
function contextMetaFile(name, env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), 'meta', contextId(name), 'meta.json');
}
/** Where the TLS files of one of the context's endpoints (`docker` for the Engine) are. */
function contextTlsDir(name, endpoint, env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), 'tls', contextId(name), endpoint);
}


/***/ }),

/***/ 65725:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ DockerConfigCredentials)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53315);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7880);
/**
 * Registry credentials from the Docker client's configuration, found as the Docker CLI finds them: a credential
 * helper when config.json names one for the registry (`credHelpers`) or for all registries (`credsStore`), else the
 * login stored in `auths`. Both the session's Auth service (the daemon's pulls and pushes) and the registry client
 * (bakekit's own merges) ask through `CredentialProvider`, so they always agree on what a registry gets.
 */



/** The keys a registry's login may be stored under in config.json; the first is the one helpers are asked for. */
function configKeys(host) {
    // Docker Hub's logins live under its legacy v1 URL.
    if (host === 'registry-1.docker.io' || host === 'docker.io' || host === 'index.docker.io') {
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    }
    return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}
/**
 * Asks `docker-credential-<helper> get` (the docker-credential-helpers protocol: the server URL on stdin, JSON
 * `{ServerURL, Username, Secret}` on stdout). A helper that fails, is missing or knows nothing yields undefined, so
 * the stored logins are tried next.
 */
function helperCredentials(helper, serverUrl) {
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)(`docker-credential-${helper}`, ['get'], {
            input: serverUrl,
            timeout: 10_000,
            stdio: ['pipe', 'pipe', 'ignore'],
        });
        const parsed = JSON.parse(out.toString('utf8'));
        if (!parsed.Secret)
            return undefined;
        // Helpers store identity tokens with the username "<token>" (docker/cli credentials.tokenUsername).
        return { username: parsed.Username === '<token>' ? '' : (parsed.Username ?? ''), secret: parsed.Secret };
    }
    catch {
        return undefined;
    }
}
function storedCredentials(cfg, keys) {
    for (const k of keys) {
        const entry = cfg.auths?.[k];
        if (!entry)
            continue;
        if (entry.identitytoken)
            return { username: '', secret: entry.identitytoken };
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const i = decoded.indexOf(':');
            if (i > 0)
                return { username: decoded.slice(0, i), secret: decoded.slice(i + 1) };
        }
        if (entry.username)
            return { username: entry.username, secret: entry.password ?? '' };
    }
    return undefined;
}
/** The credentials in one Docker config directory. config.json is read once, on the first lookup. */
class DockerConfigCredentials {
    configDir;
    config;
    constructor(configDir = (0,_config_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerConfigDir */ .kG)()) {
        this.configDir = configDir;
    }
    lookup(host) {
        const cfg = (this.config ??= (0,_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfigFile */ .H)(this.configDir));
        const keys = configKeys(host);
        const helper = keys.map((k) => cfg.credHelpers?.[k]).find(Boolean) ?? cfg.credsStore;
        if (helper) {
            const fromHelper = helperCredentials(helper, keys[0]);
            if (fromHelper)
                return fromHelper;
        }
        return storedCredentials(cfg, keys);
    }
}


/***/ }),

/***/ 60111:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kG: () => (/* reexport safe */ _config_dir_js__WEBPACK_IMPORTED_MODULE_0__.kG),
/* harmony export */   zw: () => (/* reexport safe */ _credentials_js__WEBPACK_IMPORTED_MODULE_3__.z)
/* harmony export */ });
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53315);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7880);
/* harmony import */ var _contexts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13467);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65725);
/** The Docker client's configuration as bakekit reads it: config dir rule, config.json, credentials, context store. */






/***/ }),

/***/ 45578:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ toBuffer),
/* harmony export */   h: () => (/* binding */ decodeGrpcErrorDetails)
/* harmony export */ });
/* harmony import */ var _grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28791);
/* harmony import */ var _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39499);
/**
 * BuildKit's typed error details, decoded: what a failed solve says beyond its message.
 *
 * A failed call's `google.rpc.Status` (grpc/errors.ts reads it from the `grpc-status-details-bin` trailer; gateway
 * builds hand the same Status to `Return` and get it back from the outer `Solve`) carries records that BuildKit's
 * util/grpcerrors puts there, each an `Any` whose value is the record serialized with Go's `encoding/json` (type URLs
 * end in `+json`): where in the Dockerfile the failing instruction is (`errdefs.Source`), which vertex failed
 * (`errdefs.Vertex`), the failing op (`errdefs.Solve`), the process exit code (`gatewayapi.ExitMessage`), and more
 * (solver/errdefs). Malformed or unknown records are kept, not fatal: an error report must never fail itself.
 */


const TYPE_PREFIX = 'github.com/moby/buildkit/';
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asString(value) {
    return typeof value === 'string' ? value : '';
}
function asNumber(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    // int64 fields are JSON numbers from encoding/json but strings from protojson; accept both.
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    return undefined;
}
function asStringArray(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/** Bytes as a detail holds them: a Buffer, other bytes, or the standard base64 Go's encoding/json writes []byte as. */
function toBuffer(value) {
    if (Buffer.isBuffer(value))
        return value;
    if (value instanceof Uint8Array)
        return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    if (typeof value === 'string')
        return Buffer.from(value, 'base64');
    return Buffer.alloc(0);
}
function parsePosition(value) {
    const p = isObject(value) ? value : {};
    return { line: asNumber(p.line) ?? 0, character: asNumber(p.character) ?? 0 };
}
function parseRanges(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(isObject).map((r) => ({ start: parsePosition(r.start), end: parsePosition(r.end) }));
}
function parseSource(json) {
    const info = isObject(json.info) ? json.info : {};
    return {
        filename: asString(info.filename),
        data: toBuffer(info.data),
        language: asString(info.language),
        ranges: parseRanges(json.ranges),
    };
}
function parseSolve(json) {
    const detail = { inputIDs: asStringArray(json.inputIDs), mountIDs: asStringArray(json.mountIDs) };
    if (isObject(json.op)) {
        detail.op = json.op;
        // encoding/json puts the pb.Op oneof under the Go field name `Op`; accept a flattened form too.
        const oneof = isObject(json.op.Op) ? json.op.Op : json.op;
        const exec = isObject(oneof.exec) ? oneof.exec : undefined;
        const meta = exec && isObject(exec.meta) ? exec.meta : undefined;
        if (meta && Array.isArray(meta.args))
            detail.command = asStringArray(meta.args);
    }
    if (isObject(json.description)) {
        detail.description = Object.fromEntries(Object.entries(json.description).filter((e) => typeof e[1] === 'string'));
    }
    // The `subject` oneof: Go field name `Subject`, holding `{file: {index}}` or `{cache: {index}}`.
    const subject = isObject(json.Subject) ? json.Subject : isObject(json.subject) ? json.subject : undefined;
    if (subject && isObject(subject.file))
        detail.fileActionIndex = asNumber(subject.file.index) ?? 0;
    if (subject && isObject(subject.cache))
        detail.contentCacheIndex = asNumber(subject.cache.index) ?? 0;
    return detail;
}
/**
 * Reads BuildKit's typed error details from the error of a failed call (grpc-js's ServiceError, our StatusError: the
 * Status in their `grpc-status-details-bin`) or from a `google.rpc.Status` we already hold (a gateway `Return`/`Solve`
 * error). Unknown details and malformed JSON are kept in `other`; missing fields get empty values. Without details,
 * code and message come from the error itself (grpc/errors.ts).
 */
function decodeGrpcErrorDetails(err) {
    const fromCall = err instanceof Error;
    const status = fromCall ? (0,_grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .rpcStatusOf */ .Vv)(err) : err;
    const decoded = {
        code: status?.code ?? (fromCall ? ((0,_grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .codeOf */ .$N)(err) ?? _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__/* .Code */ .Cy.UNKNOWN) : _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__/* .Code */ .Cy.UNKNOWN),
        message: status?.message || (fromCall ? (0,_grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(err) : ''),
        sources: [],
        vertexDigests: [],
        solves: [],
        frontendCaps: [],
        subrequests: [],
        frontends: [],
        stacks: [],
        other: [],
    };
    for (const detail of status?.details ?? [])
        addDetail(decoded, detail);
    return decoded;
}
function addDetail(decoded, detail) {
    const typeUrl = detail.type_url ?? '';
    // A proto3-JSON Status would carry bytes as base64 text; a decoded one carries a Buffer.
    const value = toBuffer(detail.value);
    const kind = typeUrl.startsWith(TYPE_PREFIX) ? typeUrl.slice(TYPE_PREFIX.length) : '';
    if (!kind.endsWith('+json')) {
        decoded.other.push({ typeUrl, value });
        return;
    }
    let json;
    try {
        json = JSON.parse(value.toString('utf8'));
    }
    catch {
        decoded.other.push({ typeUrl, value });
        return;
    }
    if (!isObject(json)) {
        decoded.other.push({ typeUrl, value, json });
        return;
    }
    switch (kind) {
        case 'errdefs.Source+json':
            decoded.sources.push(parseSource(json));
            return;
        case 'errdefs.Vertex+json': {
            const digest = asString(json.digest);
            if (digest)
                decoded.vertexDigests.push(digest);
            return;
        }
        case 'errdefs.Solve+json':
            decoded.solves.push(parseSolve(json));
            return;
        case 'gatewayapi.ExitMessage+json':
            // Go's field name is `Code` (no json tag); a zero code is omitted.
            decoded.exitCode = asNumber(json.Code ?? json.code) ?? 0;
            return;
        case 'errdefs.FrontendCap+json':
            decoded.frontendCaps.push(asString(json.name));
            return;
        case 'errdefs.Subrequest+json':
            decoded.subrequests.push(asString(json.name));
            return;
        case 'errdefs.Frontend+json':
            decoded.frontends.push({ name: asString(json.name), source: asString(json.source) });
            return;
        case 'stack.Stack+json':
            decoded.stacks.push(json);
            return;
        default:
            decoded.other.push({ typeUrl, value, json });
    }
}


/***/ }),

/***/ 33515:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ warningSource),
/* harmony export */   GO: () => (/* binding */ formatSourceBlock),
/* harmony export */   J$: () => (/* binding */ sourceLocation)
/* harmony export */ });
/* harmony import */ var _details_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45578);

const SNIPPET_RULE = '--------------------';
/** First and last line a set of ranges covers (an end before its start counts as the start). */
function lineSpan(ranges) {
    if (ranges.length === 0)
        return undefined;
    let start = Infinity;
    let end = 0;
    for (const r of ranges) {
        start = Math.min(start, r.start.line);
        end = Math.max(end, r.start.line, r.end.line);
    }
    return { start, end };
}
function rangesContain(ranges, line) {
    return ranges.some((r) => r.start.line <= line && Math.max(r.start.line, r.end.line) >= line);
}
/**
 * The block buildx prints for a source location:
 * `Dockerfile:5`, a rule, the lines around the range as ` %3d | >>> text` (`>>>` on lines in a range, with
 * two more lines of context each side for a single line, one for a longer range), and a closing rule.
 * Empty when the source text is missing or the range lies outside it.
 */
function formatSourceBlock(filename, data, ranges) {
    if (data.length === 0)
        return [];
    const span = lineSpan(ranges);
    if (!span)
        return [];
    // Split like Go's strings.Split (a trailing newline yields a last, empty line); drop CRs of CRLF files.
    const lines = Buffer.from(data)
        .toString('utf8')
        .split('\n')
        .map((l) => l.replace(/\r$/, ''));
    let { start, end } = span;
    if (start > lines.length || start < 1)
        return [];
    if (end > lines.length)
        end = lines.length;
    const firstLine = start;
    // Same widening loop as buildkit: each pass adds a line on each side that can grow, and counts a pass.
    const pad = end === start ? 4 : 2;
    for (let p = 0; p < pad;) {
        if (start > 1) {
            start--;
            p++;
        }
        if (end !== lines.length) {
            end++;
            p++;
        }
        p++;
    }
    const out = [`${filename}:${firstLine}`, SNIPPET_RULE];
    for (let i = start; i <= end; i++) {
        const mark = rangesContain(ranges, i) ? '>>>' : '   ';
        out.push(` ${String(i).padStart(3)} | ${mark} ${lines[i - 1]}`);
    }
    out.push(SNIPPET_RULE);
    return out;
}
/** Where an `errdefs.Source` points, with its snippet; undefined without a file name or a range. */
function sourceLocation(source) {
    const span = lineSpan(source.ranges);
    if (!span || !source.filename)
        return undefined;
    return {
        file: source.filename,
        startLine: span.start,
        endLine: span.end,
        snippet: formatSourceBlock(source.filename, source.data, source.ranges),
    };
}
/** A warning's location, given in the protobuf form progress uses (`pb.SourceInfo` + `pb.Range`). */
function warningSource(info, ranges) {
    if (!info)
        return undefined;
    return sourceLocation({
        filename: info.filename ?? '',
        data: (0,_details_js__WEBPACK_IMPORTED_MODULE_0__/* .toBuffer */ .A)(info.data),
        language: info.language ?? '',
        ranges: (ranges ?? []).map((r) => ({
            start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
            end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 },
        })),
    });
}


/***/ }),

/***/ 4548:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z2: () => (/* reexport */ MEDIA_TYPES),
  bP: () => (/* reexport */ RegistryClient),
  gl: () => (/* reexport */ RegistryError),
  FH: () => (/* reexport */ registry_reference/* formatReference */.FH),
  F2: () => (/* reexport */ registry_reference/* parseReference */.F2),
  aR: () => (/* reexport */ registry_reference/* repositoryName */.aR),
  sI: () => (/* reexport */ sha256Digest)
});

// UNUSED EXPORTS: DOCKER_HUB_API_HOST, DOCKER_HUB_DOMAIN, InvalidReferenceError, MANIFEST_ACCEPT, apiHost, isLoopbackHost, mergeScopes, parseChallenges, repositoryScope

// EXTERNAL MODULE: ./lib/buildkit/registry/reference.js
var registry_reference = __webpack_require__(75299);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/buildkit/dockerconfig/credentials.js
var credentials = __webpack_require__(65725);
;// CONCATENATED MODULE: ./lib/buildkit/registry/auth.js
/**
 * Registry HTTP authentication as the Docker CLI and containerd do it (not the session's Auth service, which is
 * session/auth.ts): the registry's `WWW-Authenticate` challenge decides between HTTP Basic (credentials on every
 * request) and the token flow (credentials, or an identity token, traded at the challenge's realm for a short-lived
 * bearer token per set of repository scopes). Here: parsing the challenges and building the scopes; client.ts runs
 * the flows.
 */
/**
 * Parses a `WWW-Authenticate` header (RFC 7235): `Bearer realm="https://auth/token",service="reg",scope="a b"`.
 * Several challenges may be comma-joined; a new one starts at a bare token followed by a space.
 */
function parseChallenges(header) {
    if (!header)
        return [];
    const out = [];
    let i = 0;
    const n = header.length;
    const skipSpace = () => {
        while (i < n && /[\s,]/.test(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < n && /[^\s,=]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    let current;
    while (i < n) {
        skipSpace();
        const start = i;
        const word = token();
        if (!word)
            break;
        let j = i;
        while (j < n && header[j] === ' ')
            j++;
        if (header[j] === '=') {
            // a parameter of the current challenge
            i = j + 1;
            while (i < n && header[i] === ' ')
                i++;
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < n && header[i] !== '"') {
                    if (header[i] === '\\' && i + 1 < n)
                        i++;
                    value += header[i++];
                }
                i++; // closing quote
            }
            else {
                const vs = i;
                while (i < n && header[i] !== ',')
                    i++;
                value = header.slice(vs, i).trim();
            }
            if (current)
                current.params[word.toLowerCase()] = value;
        }
        else {
            current = { scheme: header.slice(start, i).toLowerCase(), params: {} };
            out.push(current);
        }
    }
    return out;
}
/** `repository:NAME:pull,push` scopes, merged per repository so a token request carries each once. */
function repositoryScope(path, actions) {
    return `repository:${path}:${[...new Set(actions)].sort().join(',')}`;
}
function mergeScopes(scopes) {
    const byResource = new Map();
    const others = [];
    for (const s of scopes) {
        const m = /^(repository(?:\([^)]*\))?:[^:]+):(.+)$/.exec(s);
        if (!m) {
            others.push(s);
            continue;
        }
        if (!byResource.has(m[1]))
            byResource.set(m[1], new Set());
        for (const a of m[2].split(','))
            byResource.get(m[1]).add(a);
    }
    const merged = [...byResource].map(([r, actions]) => `${r}:${[...actions].sort().join(',')}`);
    return [...new Set([...merged, ...others])].sort();
}

;// CONCATENATED MODULE: ./lib/buildkit/registry/client.js
/**
 * A small client for the OCI distribution API (what `docker buildx imagetools` needs, nothing more): manifests
 * (GET/HEAD/PUT), blobs (exists, mount from another repository, streamed copy), with Basic or token auth. Its
 * credentials come from the same provider the session's Auth service answers the daemon from (by default the
 * user's Docker config, dockerconfig/credentials.ts), so bakekit's own pushes use what the daemon's would.
 * Requests go to plain HTTP for loopback registries and hosts marked insecure, HTTPS otherwise.
 */




const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerList,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest,
].join(', ');
class RegistryError extends Error {
    name = 'RegistryError';
    status;
    code;
    constructor(message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.status = details.status;
        this.code = details.code;
    }
}
function sha256Digest(bytes) {
    return `sha256:${external_node_crypto_.createHash('sha256').update(bytes).digest('hex')}`;
}
class RegistryClient {
    opts;
    hosts = new Map();
    insecure;
    credentials;
    fetchFn;
    credentialSource;
    constructor(opts = {}) {
        this.opts = opts;
        this.insecure = new Set(opts.insecureHosts ?? []);
        if (opts.credentials) {
            this.credentials = opts.credentials;
        }
        else {
            const provider = new credentials/* DockerConfigCredentials */.z();
            this.credentials = (host) => provider.lookup(host);
        }
        this.credentialSource = opts.credentialSource ?? 'the Docker config (DOCKER_CONFIG or ~/.docker/config.json)';
        this.fetchFn = opts.fetch ?? fetch;
    }
    baseUrl(domain) {
        const host = (0,registry_reference/* apiHost */.nz)(domain);
        const plain = this.insecure.has(domain) || this.insecure.has(host) || (0,registry_reference/* isLoopbackHost */.cW)(host);
        return `${plain ? 'http' : 'https'}://${host}`;
    }
    state(host) {
        let s = this.hosts.get(host);
        if (!s)
            this.hosts.set(host, (s = { tokens: new Map() }));
        return s;
    }
    async send(url, init) {
        try {
            return await this.fetchFn(url, { ...init, signal: this.opts.signal, redirect: 'follow' });
        }
        catch (err) {
            const cause = err.cause;
            throw new RegistryError(`cannot reach ${new URL(url).origin}: ${cause?.message ?? err.message}`, {
                cause: err,
            });
        }
    }
    /** Learns the registry's challenge with `GET /v2/` (once per host), as containerd and the Docker CLI do. */
    async challengeFor(domain) {
        const host = (0,registry_reference/* apiHost */.nz)(domain);
        const st = this.state(host);
        if (st.challenge !== undefined)
            return st.challenge;
        const res = await this.send(`${this.baseUrl(domain)}/v2/`, { method: 'GET', headers: this.baseHeaders() });
        await res.body?.cancel().catch(() => { });
        if (res.status === 401) {
            const challenges = parseChallenges(res.headers.get('www-authenticate'));
            st.challenge =
                challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic') ?? null;
        }
        else if (res.ok || res.status === 404) {
            st.challenge = null;
        }
        else {
            throw new RegistryError(`registry ${host} answered GET /v2/ with ${res.status} ${res.statusText}`, {
                status: res.status,
            });
        }
        return st.challenge;
    }
    baseHeaders() {
        return { 'User-Agent': this.opts.userAgent ?? 'bakekit' };
    }
    async authorization(domain, scopes, challenge, force = false) {
        if (!challenge)
            return undefined;
        const host = (0,registry_reference/* apiHost */.nz)(domain);
        const creds = this.credentials(host);
        if (challenge.scheme === 'basic') {
            if (!creds)
                return undefined;
            return `Basic ${Buffer.from(`${creds.username}:${creds.secret}`).toString('base64')}`;
        }
        if (challenge.scheme !== 'bearer')
            return undefined;
        const merged = mergeScopes(scopes);
        const key = merged.join(' ');
        const st = this.state(host);
        const cached = st.tokens.get(key);
        if (cached && !force && cached.expires > Date.now())
            return `Bearer ${cached.token}`;
        const token = await this.fetchToken(host, challenge, merged, creds);
        st.tokens.set(key, token);
        return `Bearer ${token.token}`;
    }
    async fetchToken(host, challenge, scopes, creds) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new RegistryError(`registry ${host} asks for a bearer token but names no realm`);
        const service = challenge.params.service;
        let res;
        if (creds && !creds.username) {
            // An identity token (refresh token) is traded with the OAuth2 POST form.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: creds.secret,
                client_id: 'bakekit',
            });
            if (service)
                form.set('service', service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            res = await this.send(realm, {
                method: 'POST',
                headers: { ...this.baseHeaders(), 'Content-Type': 'application/x-www-form-urlencoded' },
                body: form.toString(),
            });
        }
        else {
            const url = new URL(realm);
            if (service)
                url.searchParams.set('service', service);
            for (const s of scopes)
                url.searchParams.append('scope', s);
            const headers = this.baseHeaders();
            if (creds)
                headers.Authorization = `Basic ${Buffer.from(`${creds.username}:${creds.secret}`).toString('base64')}`;
            res = await this.send(url.toString(), { method: 'GET', headers });
        }
        const text = await res.text();
        if (!res.ok) {
            const who = creds
                ? `the credentials for ${host} from ${this.credentialSource} were rejected`
                : `anonymous access to ${host} was refused (no credentials in ${this.credentialSource})`;
            throw new RegistryError(`cannot get a token for ${host} from ${realm}: ${res.status} ${res.statusText}: ${who}`, {
                status: res.status,
                code: 'UNAUTHORIZED',
            });
        }
        let body;
        try {
            body = JSON.parse(text);
        }
        catch (err) {
            throw new RegistryError(`token server ${realm} answered with something that is not JSON`, { cause: err });
        }
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RegistryError(`token server ${realm} answered without a token`);
        const ttl = Math.max(60, body.expires_in ?? 60) * 1000;
        return { token, expires: Date.now() + ttl - 10_000 };
    }
    /**
     * One API call with auth. A 401 on a replayable request refreshes the token once (with the scope the registry
     * asked for); a 401 after that is an authentication error naming where the credentials came from.
     */
    async request(domain, path, ro) {
        const host = (0,registry_reference/* apiHost */.nz)(domain);
        const challenge = await this.challengeFor(domain);
        const replayable = ro.body === undefined || typeof ro.body === 'string' || Buffer.isBuffer(ro.body);
        let scopes = ro.scopes;
        for (let attempt = 0;; attempt++) {
            const headers = { ...this.baseHeaders(), ...ro.headers };
            const auth = await this.authorization(domain, scopes, this.state(host).challenge ?? challenge, attempt > 0);
            if (auth)
                headers.Authorization = auth;
            const init = { method: ro.method ?? 'GET', headers };
            if (ro.body !== undefined) {
                init.body = ro.body;
                if (!replayable)
                    init.duplex = 'half';
            }
            const res = await this.send(`${this.baseUrl(domain)}${path}`, init);
            if (res.status === 401 && attempt === 0 && replayable) {
                const next = parseChallenges(res.headers.get('www-authenticate'));
                const c = next.find((x) => x.scheme === 'bearer') ?? next.find((x) => x.scheme === 'basic');
                await res.body?.cancel().catch(() => { });
                if (c) {
                    this.state(host).challenge = c;
                    if (c.params.scope)
                        scopes = mergeScopes([...scopes, ...c.params.scope.split(' ')]);
                }
                if (c?.scheme === 'bearer' || (c?.scheme === 'basic' && !challenge))
                    continue;
                throw this.unauthorized(host, ro.method ?? 'GET', path, res);
            }
            if (res.status === 401 || res.status === 403) {
                await res.body?.cancel().catch(() => { });
                throw this.unauthorized(host, ro.method ?? 'GET', path, res);
            }
            if (!res.ok && !(ro.ok ?? []).includes(res.status)) {
                throw await this.apiError(host, ro.method ?? 'GET', path, res);
            }
            return res;
        }
    }
    unauthorized(host, method, path, res) {
        const creds = this.credentials(host);
        const hint = creds
            ? `the credentials for ${host} from ${this.credentialSource} were rejected (wrong user name or password?)`
            : `no credentials for ${host} in ${this.credentialSource} (run docker login ${host})`;
        return new RegistryError(`${method} ${path} on ${host}: ${res.status} ${res.status === 401 ? 'Unauthorized' : 'Forbidden'}: ${hint}`, { status: res.status, code: 'UNAUTHORIZED' });
    }
    async apiError(host, method, path, res) {
        const text = await res.text().catch(() => '');
        let detail = text.trim().slice(0, 300);
        let code;
        try {
            const body = JSON.parse(text);
            if (body.errors?.length) {
                code = body.errors[0].code;
                detail = body.errors.map((e) => `${e.code ?? ''}${e.message ? `: ${e.message}` : ''}`).join('; ');
            }
        }
        catch {
            /* not JSON */
        }
        return new RegistryError(`${method} ${path} on ${host}: ${res.status} ${res.statusText}${detail ? `: ${detail}` : ''}`, { status: res.status, code });
    }
    /** GET a manifest (index or image manifest) by tag or digest; the digest is checked when asked by digest. */
    async getManifest(ref, reference = ref.digest ?? ref.tag ?? 'latest', accept = MANIFEST_ACCEPT) {
        const res = await this.request(ref.domain, `/v2/${ref.path}/manifests/${reference}`, {
            headers: { Accept: accept },
            scopes: [repositoryScope(ref.path, ['pull'])],
        });
        const bytes = Buffer.from(await res.arrayBuffer());
        const digest = sha256Digest(bytes);
        if (reference.startsWith('sha256:') && digest !== reference) {
            throw new RegistryError(`manifest ${(0,registry_reference/* repositoryName */.aR)(ref)}@${reference} from the registry has digest ${digest}`);
        }
        let mediaType = (res.headers.get('content-type') ?? '').split(';')[0].trim();
        try {
            const parsed = JSON.parse(bytes.toString('utf8'));
            if (parsed.mediaType)
                mediaType = parsed.mediaType;
            else if (!mediaType || mediaType === 'application/json')
                mediaType = parsed.manifests ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
        }
        catch (err) {
            throw new RegistryError(`manifest ${(0,registry_reference/* repositoryName */.aR)(ref)}:${reference} is not JSON`, { cause: err });
        }
        return { bytes, mediaType, digest, size: bytes.length };
    }
    /** HEAD a manifest: its descriptor, or undefined when the registry does not have it. */
    async headManifest(ref, reference) {
        const res = await this.request(ref.domain, `/v2/${ref.path}/manifests/${reference}`, {
            method: 'HEAD',
            headers: { Accept: MANIFEST_ACCEPT },
            scopes: [repositoryScope(ref.path, ['pull'])],
            ok: [404],
        });
        if (res.status === 404)
            return undefined;
        return {
            mediaType: (res.headers.get('content-type') ?? '').split(';')[0].trim(),
            digest: res.headers.get('docker-content-digest') ?? reference,
            size: Number(res.headers.get('content-length') ?? -1),
        };
    }
    /** PUT a manifest under a tag or its digest; returns the digest. */
    async putManifest(ref, reference, bytes, mediaType) {
        const res = await this.request(ref.domain, `/v2/${ref.path}/manifests/${reference}`, {
            method: 'PUT',
            headers: { 'Content-Type': mediaType },
            body: bytes,
            scopes: [repositoryScope(ref.path, ['pull', 'push'])],
        });
        await res.body?.cancel().catch(() => { });
        const digest = sha256Digest(bytes);
        const echoed = res.headers.get('docker-content-digest');
        if (echoed && echoed !== digest)
            throw new RegistryError(`registry stored manifest ${(0,registry_reference/* repositoryName */.aR)(ref)}:${reference} as ${echoed}, expected ${digest}`);
        return digest;
    }
    async blobExists(ref, digest) {
        const res = await this.request(ref.domain, `/v2/${ref.path}/blobs/${digest}`, {
            method: 'HEAD',
            scopes: [repositoryScope(ref.path, ['pull'])],
            ok: [404],
        });
        return res.status !== 404;
    }
    /** GET a blob as a stream. */
    async getBlob(ref, digest) {
        return this.request(ref.domain, `/v2/${ref.path}/blobs/${digest}`, {
            scopes: [repositoryScope(ref.path, ['pull'])],
        });
    }
    async getBlobBytes(ref, digest) {
        const res = await this.getBlob(ref, digest);
        const bytes = Buffer.from(await res.arrayBuffer());
        if (sha256Digest(bytes) !== digest && digest.startsWith('sha256:'))
            throw new RegistryError(`blob ${(0,registry_reference/* repositoryName */.aR)(ref)}@${digest} does not match its digest`);
        return bytes;
    }
    /**
     * Cross-repository mount (same registry): true when the registry linked the blob (201). A registry that does not
     * mount answers 202 with an upload session, which is cancelled; the caller then copies.
     */
    async mountBlob(ref, digest, from) {
        if (from.domain !== ref.domain)
            return false;
        const q = new URLSearchParams({ mount: digest, from: from.path });
        const res = await this.request(ref.domain, `/v2/${ref.path}/blobs/uploads/?${q.toString()}`, {
            method: 'POST',
            headers: { 'Content-Length': '0' },
            scopes: [repositoryScope(ref.path, ['pull', 'push']), repositoryScope(from.path, ['pull'])],
            ok: [202],
        });
        await res.body?.cancel().catch(() => { });
        if (res.status === 201)
            return true;
        const location = res.headers.get('location');
        if (location) {
            await this.request(ref.domain, this.relative(ref.domain, location), {
                method: 'DELETE',
                scopes: [repositoryScope(ref.path, ['pull', 'push'])],
                ok: [404, 405],
            })
                .then((r) => r.body?.cancel())
                .catch(() => { });
        }
        return false;
    }
    relative(domain, location) {
        const u = new URL(location, this.baseUrl(domain));
        return `${u.pathname}${u.search}`;
    }
    /** Uploads a blob (POST, then one PUT with the whole content). `body` may be a stream of known size. */
    async uploadBlob(ref, digest, size, body) {
        const scopes = [repositoryScope(ref.path, ['pull', 'push'])];
        const start = await this.request(ref.domain, `/v2/${ref.path}/blobs/uploads/`, {
            method: 'POST',
            headers: { 'Content-Length': '0' },
            scopes,
            ok: [202],
        });
        await start.body?.cancel().catch(() => { });
        const location = start.headers.get('location');
        if (!location)
            throw new RegistryError(`registry ${(0,registry_reference/* apiHost */.nz)(ref.domain)} started an upload without a Location`);
        const target = new URL(location, this.baseUrl(ref.domain));
        target.searchParams.set('digest', digest);
        const res = await this.request(ref.domain, `${target.pathname}${target.search}`, {
            method: 'PUT',
            headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) },
            body,
            scopes,
        });
        await res.body?.cancel().catch(() => { });
    }
    /** Makes `digest` present in `to`: already there, mounted from `from`, or streamed across. */
    async copyBlob(from, to, digest, size) {
        if (await this.blobExists(to, digest))
            return 'exists';
        if (await this.mountBlob(to, digest, from))
            return 'mounted';
        const res = await this.getBlob(from, digest);
        if (!res.body)
            throw new RegistryError(`blob ${(0,registry_reference/* repositoryName */.aR)(from)}@${digest} came without a body`);
        const length = Number(res.headers.get('content-length') ?? size);
        await this.uploadBlob(to, digest, length >= 0 ? length : size, res.body);
        return 'copied';
    }
}

;// CONCATENATED MODULE: ./lib/buildkit/registry/index.js
/** The registry API client with the references and auth challenges it works with. */





/***/ }),

/***/ 75299:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   nz: () => (/* binding */ apiHost)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_DOMAIN, DOCKER_HUB_API_HOST, InvalidReferenceError */
/**
 * Image references the way Docker normalises them (distribution/reference `ParseNormalizedNamed`):
 * `app` \u2192 `docker.io/library/app`, `user/app:1` \u2192 `docker.io/user/app:1`, `localhost:5000/app@sha256:\u2026` stays.
 * The first path component is a registry domain when it contains `.` or `:`, is `localhost`, or has upper-case
 * letters; otherwise the image lives on Docker Hub.
 */
const DOCKER_HUB_DOMAIN = 'docker.io';
/** Where Docker Hub's registry API actually answers. */
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** A string that is not an image reference; the message says which part is wrong. */
class InvalidReferenceError extends Error {
    name = 'InvalidReferenceError';
}
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d+)?$/;
/** Parses and normalises `[domain/]path[:tag][@digest]`. */
function parseReference(input) {
    const s = input.trim();
    if (!s)
        throw new InvalidReferenceError('empty image reference');
    let rest = s;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new InvalidReferenceError(`invalid digest in image reference "${input}"`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new InvalidReferenceError(`invalid tag "${tag}" in image reference "${input}"`);
    }
    let domain = DOCKER_HUB_DOMAIN;
    let path = rest;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first) {
            domain = first;
            path = rest.slice(slash + 1);
        }
    }
    if (domain === 'index.docker.io')
        domain = DOCKER_HUB_DOMAIN;
    if (!DOMAIN.test(domain))
        throw new InvalidReferenceError(`invalid registry "${domain}" in image reference "${input}"`);
    if (domain === DOCKER_HUB_DOMAIN && !path.includes('/'))
        path = `library/${path}`;
    if (!path || !path.split('/').every((c) => PATH_COMPONENT.test(c))) {
        throw new InvalidReferenceError(`invalid repository name "${path}" in image reference "${input}" (lower-case letters, digits and separators only)`);
    }
    return { domain, path, tag, digest };
}
/** `domain/path` */
function repositoryName(ref) {
    return `${ref.domain}/${ref.path}`;
}
/** The full normalised string: `domain/path[:tag][@digest]`. */
function formatReference(ref) {
    return `${repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The host the registry API is served on (Docker Hub's names differ from its API host). */
function apiHost(domain) {
    return domain === DOCKER_HUB_DOMAIN ? DOCKER_HUB_API_HOST : domain;
}
/** Loopback registries speak plain HTTP unless told otherwise (Docker treats 127.0.0.0/8 and localhost as insecure). */
function isLoopbackHost(host) {
    const h = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}


/***/ }),

/***/ 81364:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   MT: () => (/* binding */ parseBuildkitVersion),
/* harmony export */   Wm: () => (/* binding */ isReportedStep),
/* harmony export */   f9: () => (/* binding */ warmResult),
/* harmony export */   oW: () => (/* binding */ describeCacheEntry),
/* harmony export */   p1: () => (/* binding */ githubCacheEnv),
/* harmony export */   p_: () => (/* binding */ usesGhaCache),
/* harmony export */   sp: () => (/* binding */ resolveTargetCache),
/* harmony export */   ug: () => (/* binding */ daemonCacheSupport)
/* harmony export */ });
/* unused harmony exports GHA_CACHE_TIMEOUT, goParseBool, inGithubActions, defaultCacheScope, isBuildStep, isFromStep, formatWarmTable */
/* harmony import */ var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99960);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/**
 * GitHub Actions cache (`type=gha`) defaults and attribute completion. Pure: everything it needs (environment,
 * what the daemon can do) is passed in, so it is unit-tested without a daemon.
 *
 * Default cache (`cache: 'auto'`, the CLI's `--cache auto` and the action's `cache: auto`): inside GitHub Actions
 * (ACTIONS_RUNTIME_TOKEN set) every target that has neither `cache-from` nor `cache-to` of its own gets
 *
 *     cache-from  type=gha,scope=<scope>
 *     cache-to    type=gha,scope=<scope>,mode=max,ignore-error=true
 *
 * A target with any cache entry of its own keeps exactly what it asked for (still completed as below).
 *
 * Scope: `defaultCacheScope(target, platforms)` = the target name, plus `-` and the target's platform set
 * (deduplicated, sorted, `/` \u2192 `-`, joined with `_`), e.g. `app-linux-amd64_linux-arm64`; only the target name
 * when it sets no platform. Over 100 characters the platform part becomes 12 hex digits of its sha256.
 * Matrix jobs that build one platform each then write separate cache indexes instead of overwriting each
 * other's (docker/bake-action#91, #329). BuildKit names the index `index-<scope>-1-<hash of the branch>`.
 *
 * Completion of every `type=gha` entry (the defaults and the bake file's own), as buildx does it
 * (buildx build/opt.go, BuildKit cache/remotecache/gha/gha.go), filling only attributes that are missing:
 *   - token   \u2190 ACTIONS_RUNTIME_TOKEN
 *   - API version: the entry's `version`, else 2 when ACTIONS_CACHE_SERVICE_V2 parses as true (Go ParseBool)
 *   - url_v2  \u2190 ACTIONS_RESULTS_URL when the version is 2
 *   - url     \u2190 ACTIONS_CACHE_URL, else ACTIONS_RESULTS_URL
 *   - `version` itself is not written (the daemon picks v2 from `url_v2`);
 * and, beyond buildx:
 *   - scope        \u2190 the default scope above (BuildKit's own default is `buildkit`, shared by every target)
 *   - ignore-error \u2190 true on exports: a failing cache service gives a warning, not a failed build;
 *   - timeout      \u2190 `GHA_CACHE_TIMEOUT` (10s). BuildKit's gha backend (cache/remotecache/gha/gha.go, attribute
 *     `timeout`, a Go duration, default 10m; honoured since BuildKit v0.13, ignored by older daemons) retries a cache
 *     API request answered 429 until that long after the request began, per request: with 10 minutes a
 *     rate-limited service added 20 minutes to a one-step build (an import and an export). With 10s a 429 outage
 *     costs the import and the export about 10 s each; requests that are merely slow are not cut (the timeout bounds
 *     the retrying, not a request). It does not bound blob storage (the Azure SDK in the daemon retries a failing
 *     blob for its own ~15 minutes): see gha-preflight.ts. An entry's own `timeout` is kept.
 *   - repository, ghtoken \u2190 GITHUB_REPOSITORY and the action's `github-token` (`githubToken`), on exports only, each
 *     when the entry lacks it, and only when both values are known, as docker/actions-toolkit does for
 *     build-push-action's cache-to (Build.resolveCacheToAttrs). With them BuildKit's gha exporter (v0.14+,
 *     moby/buildkit#4788) lists the scope's existing keys in one GitHub REST API call instead of asking the cache
 *     service once per layer whether it has it: that per-layer traffic is what runs into the service's rate limits.
 *     A failing REST call (an offline emulator, a token without `actions: read`) is logged by the daemon ("error
 *     initializing active key map") and the exporter falls back to the per-layer lookups. Skipped for daemons
 *     known to be older than v0.14: they ignore the attributes (v0.13's getConfig reads only the ones it knows),
 *     and a secret is not handed to a daemon that will not use it. The imports have no use for them.
 * An entry left without a token or without any URL is dropped with a warning (buildx drops it silently).
 *
 * Daemon versions: cache API v2 needs BuildKit \u2265 v0.20. Against an older daemon a v2 entry falls back to v1
 * (`url_v2`/`version` removed) when a v1 URL is known, else it is dropped; either way with one warning.
 */



/** The `timeout` bakekit gives gha entries that have none (see the header). */
const GHA_CACHE_TIMEOUT = '10s';
/** Go's strconv.ParseBool; anything it rejects is false (buildx ignores the parse error). */
function goParseBool(value) {
    return (0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGoBool */ .MY)(value) === true;
}
function githubCacheEnv(env) {
    const get = (k) => env[k] || undefined;
    return {
        token: get('ACTIONS_RUNTIME_TOKEN'),
        cacheUrl: get('ACTIONS_CACHE_URL'),
        resultsUrl: get('ACTIONS_RESULTS_URL'),
        v2: goParseBool(env.ACTIONS_CACHE_SERVICE_V2),
    };
}
/** Running inside GitHub Actions with access to its cache service. */
function inGithubActions(env) {
    return !!env.ACTIONS_RUNTIME_TOKEN;
}
function clean(s) {
    return s.replace(/[^A-Za-z0-9._-]+/g, '-');
}
function defaultCacheScope(target, platforms = []) {
    const name = clean(target);
    const plats = [...new Set(platforms.map((p) => p.trim().toLowerCase()).filter(Boolean))].sort();
    if (!plats.length)
        return name;
    const scope = `${name}-${plats.map(clean).join('_')}`;
    if (scope.length <= 100)
        return scope;
    return `${name.slice(0, 80)}-${node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash('sha256').update(plats.join(',')).digest('hex').slice(0, 12)}`;
}
/** [major, minor, patch] of a BuildKit version such as `v0.25.2`, `v0.13-debian`; undefined for dev builds (`v0.0.0+unknown`). */
function parseBuildkitVersion(version) {
    const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec((version ?? '').trim());
    if (!m)
        return undefined;
    const v = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    return v[0] === 0 && v[1] === 0 && v[2] === 0 ? undefined : v;
}
/** From a BuildKit version; an unknown version counts as current (v2 capable), as buildx assumes. */
function daemonCacheSupport(version) {
    const v = parseBuildkitVersion(version);
    const atLeast = (minor) => v === undefined || v[0] > 0 || v[1] >= minor;
    return { version, ghaV2: atLeast(20), ghaListKeys: atLeast(14) };
}
function resolveTargetCache(spec, opts) {
    const gh = githubCacheEnv(opts.env);
    const repository = opts.env.GITHUB_REPOSITORY || undefined;
    const scope = defaultCacheScope(spec.name, spec.platforms);
    const warnings = [];
    let from = spec.cacheFrom;
    let to = spec.cacheTo;
    let defaulted = false;
    if (opts.mode === 'auto' && gh.token && !from.length && !to.length) {
        from = [{ type: 'gha', scope }];
        to = [{ type: 'gha', scope, mode: 'max', 'ignore-error': 'true' }];
        defaulted = true;
    }
    const complete = (e, dir) => {
        if (e.type !== 'gha')
            return [e];
        const out = { ...e };
        const flag = dir === 'export' ? 'cache-to' : 'cache-from';
        if (!out.scope)
            out.scope = scope;
        if (!out.token && gh.token)
            out.token = gh.token;
        const version = out.version ?? (gh.v2 ? '2' : undefined);
        if (version === '2' && !out.url_v2 && gh.resultsUrl)
            out.url_v2 = gh.resultsUrl;
        let urlFromResults = false;
        if (!out.url) {
            if (gh.cacheUrl)
                out.url = gh.cacheUrl;
            else if (gh.resultsUrl) {
                out.url = gh.resultsUrl;
                urlFromResults = true;
            }
        }
        else if (gh.resultsUrl && out.url === gh.resultsUrl && out.url !== gh.cacheUrl) {
            urlFromResults = true;
        }
        if (dir === 'export' && out['ignore-error'] === undefined)
            out['ignore-error'] = 'true';
        if (dir === 'export' && repository && opts.githubToken && (opts.daemon?.ghaListKeys ?? true)) {
            if (!out.repository)
                out.repository = repository;
            if (!out.ghtoken)
                out.ghtoken = opts.githubToken;
        }
        if (out.timeout === undefined)
            out.timeout = GHA_CACHE_TIMEOUT;
        if (!out.token || (!out.url && !out.url_v2)) {
            const missing = !out.token
                ? 'no runtime token (ACTIONS_RUNTIME_TOKEN)'
                : 'no cache service URL (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL)';
            warnings.push({
                target: spec.name,
                message: `${flag} type=gha,scope=${out.scope} skipped: ${missing}; the GitHub Actions cache works only inside a workflow job`,
            });
            return [];
        }
        const wantsV2 = version === '2' || (!!out.url_v2 && version !== '1');
        if (wantsV2 && opts.daemon && !opts.daemon.ghaV2) {
            delete out.url_v2;
            if (out.version === '2')
                delete out.version;
            const daemon = `BuildKit ${opts.daemon.version ?? '(unknown version)'}`;
            if (!out.url || urlFromResults) {
                warnings.push({
                    message: `GitHub Actions cache API v2 needs BuildKit v0.20 or later, but the builder runs ${daemon}, which speaks only API v1, and no v1 URL (ACTIONS_CACHE_URL) is set: the gha cache is disabled. Use a newer builder.`,
                });
                return [];
            }
            warnings.push({
                message: `GitHub Actions cache API v2 needs BuildKit v0.20 or later, but the builder runs ${daemon}: using cache API v1 (ACTIONS_CACHE_URL) instead, which GitHub's hosted service no longer answers since 2025-04-15. Use a newer builder.`,
            });
        }
        return [out];
    };
    return {
        cacheFrom: from.flatMap((e) => complete(e, 'import')),
        cacheTo: to.flatMap((e) => complete(e, 'export')),
        defaulted,
        warnings,
    };
}
/** Whether any target would use the gha backend (then the daemon's version matters). */
function usesGhaCache(specs, opts) {
    return specs.some((s) => {
        const r = resolveTargetCache(s, { ...opts, daemon: undefined });
        return [...r.cacheFrom, ...r.cacheTo].some((e) => e.type === 'gha');
    });
}
/** `type=gha,scope=app` \u2014 what a message may say about a cache entry (never url, token or ghtoken). */
function describeCacheEntry(e) {
    const [type, attrs] = 'Attrs' in e && typeof e.Attrs === 'object' ? [e.Type, e.Attrs] : [e.type, e];
    const parts = [`type=${type}`];
    for (const k of ['scope', 'ref', 'mode', 'name'])
        if (attrs[k])
            parts.push(`${k}=${attrs[k]}`);
    return parts.join(',');
}
/** Replaces every secret (the runtime token) in text. */
function redact(text, secrets) {
    let out = text;
    for (const s of secrets)
        if (s && s.length >= 4)
            out = out.split(s).join('***');
    return out;
}
// ---------------------------------------------------------------------------------------------------------
// Cache-warming report
// ---------------------------------------------------------------------------------------------------------
/** A Dockerfile build step as BuildKit names its vertex: `[2/3] RUN \u2026`, `[stage-1 1/2] FROM \u2026`, `[linux/amd64 builder 3/4] \u2026`. */
function isBuildStep(vertexName) {
    return /^\[[^\]]*\b\d+\/\d+\]/.test(vertexName);
}
/** A build step that is a `FROM` image source. */
function isFromStep(vertexName) {
    return /^\[[^\]]*\b\d+\/\d+\] FROM /.test(vertexName);
}
/**
 * The steps the warming report counts: build steps other than `FROM`. A FROM is an input, not build work, and its
 * state says nothing about the cache: when every later step is cached BuildKit only resolves the image and
 * reports the step DONE, not CACHED (after a prune, with the steps imported from the GitHub Actions cache);
 * and when another target shares the same FROM vertex and needs its layers, the pull shows in every target's
 * progress. A target whose RUN/COPY/\u2026 steps are all CACHED needed no build work.
 */
function isReportedStep(vertexName) {
    return isBuildStep(vertexName) && !isFromStep(vertexName);
}
function warmResult(status, steps, cachedSteps) {
    if (status !== 'done')
        return status;
    return cachedSteps >= steps ? 'warm' : 'built';
}
/** The CLI's table: one line per target. */
function formatWarmTable(reports) {
    const label = {
        warm: 'already warm',
        built: 'built',
        failed: 'failed',
        cancelled: 'cancelled',
    };
    const rows = reports.map((r) => [
        r.target,
        label[r.result],
        `${r.cachedSteps}/${r.steps}`,
        r.result === 'failed' || r.result === 'cancelled' ? '-' : r.cacheSaved ? 'yes' : 'no',
    ]);
    const head = ['TARGET', 'RESULT', 'STEPS CACHED', 'CACHE SAVED'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    return ['Cache warming:', line(head), ...rows.map(line)];
}


/***/ }),

/***/ 97073:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ callName),
/* harmony export */   K: () => (/* binding */ parseCallFunc)
/* harmony export */ });
/**
 * The build's call function (`call` attribute, `--call`, `--check`): buildx's util/buildflags ParseCallFunc. Apart from
 * bake.ts so that the CLI can check `--call` while parsing its arguments without loading the rest.
 */
const GO_TRUE = /^(1|t|T|TRUE|true|True)$/;
const GO_FALSE = /^(0|f|F|FALSE|false|False)$/;
/** A name and `format=`/`ignorestatus=` fields, comma-separated; `check` becomes `lint`. */
function parseCallFunc(value) {
    let name = '';
    let format;
    let ignoreStatus = false;
    for (const field of value.split(',')) {
        const eq = field.indexOf('=');
        if (eq < 0) {
            if (name !== '')
                throw new Error(`invalid print value: ${value}`);
            name = field;
            continue;
        }
        const key = field.slice(0, eq);
        const val = field.slice(eq + 1);
        if (key === 'format')
            format = val;
        else if (key === 'ignorestatus') {
            if (!GO_TRUE.test(val) && !GO_FALSE.test(val))
                throw new Error(`invalid ignorestatus print value: ${val}`);
            ignoreStatus = GO_TRUE.test(val);
        }
        else
            throw new Error(`invalid print field: ${field}`);
    }
    if (name === 'check')
        name = 'lint';
    return { name, format, ignoreStatus };
}
/** The name `*.call=` carries, or undefined for the default (`build`, or nothing given), which adds no override. */
function callName(call) {
    if (!call)
        return undefined;
    const { name } = parseCallFunc(call);
    return name === '' || name === 'build' ? undefined : name;
}


/***/ }),

/***/ 85655:
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
var errdefs_source = __webpack_require__(33515);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/solve/call/call-func.js
var call_func = __webpack_require__(97073);
// EXTERNAL MODULE: ./lib/solve/target/context-kind.js
var context_kind = __webpack_require__(26449);
// EXTERNAL MODULE: ./lib/bake/print.js
var print = __webpack_require__(73426);
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

/***/ 66450:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   Cz: () => (/* binding */ mergeFromMetadata),
/* harmony export */   FL: () => (/* binding */ normalizePlatform),
/* harmony export */   T0: () => (/* binding */ indexAnnotationsFrom),
/* harmony export */   Y8: () => (/* binding */ parsePlatform),
/* harmony export */   cu: () => (/* binding */ metadataTargets),
/* harmony export */   kv: () => (/* binding */ credentialsFromEnv),
/* harmony export */   nR: () => (/* binding */ readMetadataInputs),
/* harmony export */   nV: () => (/* binding */ mergeImages)
/* harmony export */ });
/* unused harmony exports MergeError, canonicalDescriptor, combine, copyManifest, pushCombined, planMerge, runMerge */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4548);
/* harmony import */ var _buildkit_dockerconfig_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60111);
/* harmony import */ var _target_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33262);
/**
 * Merging per-platform images into one multi-platform index, through the registry API (what
 * `docker buildx imagetools create` does, without buildx):
 *
 *   sources (repo@digest: single-platform manifests or indexes) \u2500\u2500combine\u2500\u2500\u25ba one index \u2500\u2500push\u2500\u2500\u25ba every tag
 *
 * `combine` follows buildx's Combine: every source's manifests become entries of the new index (an index source
 * contributes all its entries, attestation manifests included; a manifest source gets its platform from its
 * config), duplicates collapse, and the index is a Docker manifest list only when every entry is a Docker media
 * type (OCI index otherwise). A single source without annotations is passed through unchanged. Before the index is
 * pushed under a tag, every manifest it names is made present in that tag's repository (cross-repository blob
 * mounts on the same registry, streamed copies across registries).
 *
 * Used by `bakekit merge` (digests from several jobs' metadata files) and by multi-node builds (one push by digest
 * per node).
 */





class MergeError extends Error {
    name = 'MergeError';
}
const DOCKER_PREFIX = 'application/vnd.docker.';
function isIndex(mediaType) {
    return mediaType === _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex || mediaType === _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.dockerList;
}
/** `os/arch[/variant]` */
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** Go's containerd/platforms normalisation for the parts that matter in indexes. */
function normalizePlatform(p) {
    const out = { ...p, os: (p.os || '').toLowerCase(), architecture: (p.architecture || '').toLowerCase() };
    const arch = out.architecture;
    if (arch === 'x86_64' || arch === 'x86-64')
        out.architecture = 'amd64';
    else if (arch === 'aarch64')
        out.architecture = 'arm64';
    else if (arch === 'i386')
        out.architecture = '386';
    else if (arch === 'armhf')
        Object.assign(out, { architecture: 'arm', variant: 'v7' });
    else if (arch === 'armel')
        Object.assign(out, { architecture: 'arm', variant: 'v6' });
    if (out.architecture === 'arm64' && (out.variant === 'v8' || out.variant === '8'))
        delete out.variant;
    if (out.architecture === 'amd64' && out.variant === 'v1')
        delete out.variant;
    if (out.architecture === 'arm' && !out.variant)
        out.variant = 'v7';
    if (!out.variant)
        delete out.variant;
    return out;
}
/** Re-serialises a descriptor in the field order Go's encoding/json gives ocispec.Descriptor (what buildx writes). */
function canonicalDescriptor(d) {
    const out = { mediaType: d.mediaType, digest: d.digest, size: d.size };
    if (d.urls?.length)
        out.urls = d.urls;
    if (d.annotations && Object.keys(d.annotations).length)
        out.annotations = d.annotations;
    if (d.platform) {
        const p = { architecture: d.platform.architecture, os: d.platform.os };
        if (d.platform['os.version'])
            p['os.version'] = d.platform['os.version'];
        if (d.platform['os.features']?.length)
            p['os.features'] = d.platform['os.features'];
        if (d.platform.variant)
            p.variant = d.platform.variant;
        out.platform = p;
    }
    if (d.artifactType)
        out.artifactType = d.artifactType;
    return out;
}
/** JSON the way Go's json.MarshalIndent(v, "", "  ") writes it (HTML characters escaped). */
function goJson(v) {
    const s = JSON.stringify(v, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return Buffer.from(s, 'utf8');
}
/** Parses `annotation-index.K`, `annotation-manifest-descriptor[linux/amd64].K` exporter attributes. */
function indexAnnotationsFrom(attrs) {
    const out = { index: {}, descriptor: [] };
    for (const [k, v] of Object.entries(attrs)) {
        const m = /^annotation-(index|manifest-descriptor)(?:\[([^\]]*)\])?\.(.+)$/.exec(k);
        if (!m)
            continue;
        if (m[1] === 'index')
            out.index[m[3]] = v;
        else
            out.descriptor.push({ platform: m[2] || undefined, key: m[3], value: v });
    }
    return out;
}
function hasAnnotations(a) {
    return !!a && (Object.keys(a.index).length > 0 || a.descriptor.length > 0);
}
/** Fetches every source and builds the combined index (nothing is written). */
async function combine(client, sources, annotations) {
    if (!sources.length)
        throw new MergeError('nothing to merge: no source images');
    const fetched = await Promise.all(sources.map(async (src) => {
        const m = await client.getManifest(src.ref, src.ref.digest);
        const desc = {
            ...(src.descriptor ?? {}),
            mediaType: src.descriptor?.mediaType || m.mediaType,
            digest: m.digest,
            size: m.size,
        };
        if (!isIndex(desc.mediaType) && (!desc.platform?.os || !desc.platform?.architecture)) {
            desc.platform = await platformOf(client, src.ref, m.bytes, desc.platform);
        }
        return { src, desc, bytes: m.bytes };
    }));
    if (fetched.length === 1 && !hasAnnotations(annotations)) {
        const only = fetched[0];
        const entries = isIndex(only.desc.mediaType)
            ? indexEntries(only.bytes).map((d) => ({ descriptor: d, from: only.src.ref }))
            : [{ descriptor: only.desc, from: only.src.ref }];
        return {
            bytes: only.bytes,
            descriptor: canonicalDescriptor({
                mediaType: only.desc.mediaType,
                digest: only.desc.digest,
                size: only.desc.size,
            }),
            entries,
        };
    }
    const order = [];
    const byDigest = new Map();
    const add = (d, from) => {
        const old = byDigest.get(d.digest);
        if (!old) {
            order.push(d.digest);
            byDigest.set(d.digest, {
                descriptor: { ...d, annotations: d.annotations ? { ...d.annotations } : undefined },
                from,
            });
            return;
        }
        const o = old.descriptor;
        if (!o.mediaType)
            o.mediaType = d.mediaType;
        if (d.platform)
            o.platform = d.platform;
        o.annotations = { ...(o.annotations ?? {}), ...(d.annotations ?? {}) };
        old.from = from;
    };
    for (const f of fetched) {
        if (isIndex(f.desc.mediaType))
            for (const d of indexEntries(f.bytes))
                add(d, f.src.ref);
        else
            add(f.desc, f.src.ref);
    }
    const entries = order.map((d) => byDigest.get(d));
    const mediaType = entries.every((e) => e.descriptor.mediaType.startsWith(DOCKER_PREFIX))
        ? _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.dockerList
        : _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex;
    const indexAnnotations = {};
    if (mediaType === _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex && annotations) {
        Object.assign(indexAnnotations, annotations.index);
        for (const a of annotations.descriptor) {
            for (const e of entries) {
                if (a.platform &&
                    (!e.descriptor.platform ||
                        formatPlatform(normalizePlatform(e.descriptor.platform)) !==
                            formatPlatform(normalizePlatform(parsePlatform(a.platform)))))
                    continue;
                e.descriptor.annotations = { ...(e.descriptor.annotations ?? {}), [a.key]: a.value };
            }
        }
    }
    const index = {
        schemaVersion: 2,
        mediaType,
        manifests: entries.map((e) => canonicalDescriptor(e.descriptor)),
    };
    if (Object.keys(indexAnnotations).length)
        index.annotations = indexAnnotations;
    const bytes = goJson(index);
    return { bytes, descriptor: { mediaType, digest: (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Digest */ .sI)(bytes), size: bytes.length }, entries };
}
function parsePlatform(s) {
    const [os, architecture, variant] = s.split('/');
    return variant ? { os, architecture, variant } : { os, architecture };
}
function indexEntries(bytes) {
    const idx = JSON.parse(bytes.toString('utf8'));
    return (idx.manifests ?? []).map((d) => ({ ...d }));
}
async function platformOf(client, ref, manifestBytes, given) {
    const manifest = JSON.parse(manifestBytes.toString('utf8'));
    if (!manifest.config?.digest)
        throw new MergeError(`${(0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryName */ .aR)(ref)}@${ref.digest} is neither an image manifest nor an index`);
    const config = JSON.parse((await client.getBlobBytes(ref, manifest.config.digest)).toString('utf8'));
    const p = normalizePlatform({
        architecture: config.architecture ?? '',
        os: config.os ?? '',
        variant: config.variant,
        'os.version': config['os.version'],
    });
    const out = { architecture: given?.architecture || p.architecture, os: given?.os || p.os };
    if (given?.variant || p.variant)
        out.variant = given?.variant || p.variant;
    if (given?.['os.version'] || p['os.version'])
        out['os.version'] = given?.['os.version'] || p['os.version'];
    return out;
}
/**
 * Makes the manifest `desc` (and, for an index, everything below it) present in `to`, copying from `from`:
 * blobs are mounted or streamed, manifests PUT by digest. Nothing is done for what `to` already has.
 */
async function copyManifest(client, from, to, desc) {
    if (from.domain === to.domain && from.path === to.path)
        return;
    if (await client.headManifest(to, desc.digest))
        return;
    const m = await client.getManifest({ ...from, digest: desc.digest }, desc.digest);
    const body = JSON.parse(m.bytes.toString('utf8'));
    if (body.manifests) {
        await Promise.all(body.manifests.map((d) => copyManifest(client, from, to, d)));
    }
    else {
        const blobs = [body.config, ...(body.layers ?? []), ...(body.blobs ?? [])].filter((b) => !!b?.digest);
        // Layers with foreign URLs (Windows base layers) are not in the registry; skip them as containerd does.
        await Promise.all(blobs.filter((b) => !b.urls?.length).map((b) => client.copyBlob(from, to, b.digest, b.size)));
    }
    await client.putManifest(to, desc.digest, m.bytes, desc.mediaType || m.mediaType);
}
/** Pushes a combined index under every name (tag, or by digest for a name without one). */
async function pushCombined(client, combined, names) {
    for (const name of names) {
        const repo = { domain: name.domain, path: name.path };
        const selfIsEntry = combined.entries.length === 1 && combined.entries[0].descriptor.digest === combined.descriptor.digest;
        if (!selfIsEntry)
            await Promise.all(combined.entries.map((e) => copyManifest(client, e.from, repo, e.descriptor)));
        else if (combined.entries[0].from.path !== repo.path || combined.entries[0].from.domain !== repo.domain) {
            // a single manifest passed through: copy its blobs, the PUT below names it
            await copyBlobsOf(client, combined.entries[0].from, repo, combined.bytes);
        }
        await client.putManifest(repo, name.tag ?? combined.descriptor.digest, combined.bytes, combined.descriptor.mediaType);
        if (name.digest && name.digest !== combined.descriptor.digest) {
            throw new MergeError(`${(0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(name)} asks for digest ${name.digest}, but the merged index is ${combined.descriptor.digest}`);
        }
    }
}
async function copyBlobsOf(client, from, to, manifestBytes) {
    const body = JSON.parse(manifestBytes.toString('utf8'));
    if (body.manifests) {
        await Promise.all(body.manifests.map((d) => copyManifest(client, from, to, d)));
        return;
    }
    const blobs = [body.config, ...(body.layers ?? [])].filter((b) => !!b?.digest && !b.urls?.length);
    await Promise.all(blobs.map((b) => client.copyBlob(from, to, b.digest, b.size)));
}
/** combine + push under every name. */
async function mergeImages(client, sources, names, annotations) {
    if (!names.length)
        throw new MergeError('no image names (tags) to push the merged index to');
    const refs = names.map((n) => (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(n));
    const combined = await combine(client, sources, annotations);
    await pushCombined(client, combined, refs);
    const formatted = refs.map(_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH);
    return {
        descriptor: combined.descriptor,
        names: formatted,
        metadata: {
            'containerimage.descriptor': combined.descriptor,
            'containerimage.digest': combined.descriptor.digest,
            'image.name': formatted.join(','),
        },
    };
}
/**
 * Reads metadata inputs: a file, a directory (every `*.json` in it, recursively, sorted), or a JSON text
 * (starting with `{`, e.g. a job's `metadata` output).
 */
function readMetadataInputs(items, cwd) {
    const out = [];
    const readFile = (file) => {
        let data;
        try {
            data = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
        }
        catch (err) {
            throw new MergeError(`metadata file ${file}: ${err.message}`);
        }
        if (!data || typeof data !== 'object' || Array.isArray(data))
            throw new MergeError(`metadata file ${file} is not a JSON object`);
        out.push({ origin: file, data: data });
    };
    for (const item of items) {
        const s = item.trim();
        if (!s)
            continue;
        if (s.startsWith('{')) {
            let data;
            try {
                data = JSON.parse(s);
            }
            catch (err) {
                throw new MergeError(`metadata given inline is not valid JSON: ${err.message}`);
            }
            out.push({ origin: 'inline metadata', data: data });
            continue;
        }
        const p = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, s);
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(p);
        }
        catch {
            throw new MergeError(`metadata ${p} does not exist`);
        }
        if (st.isDirectory()) {
            const files = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(p, { recursive: true }).filter((f) => f.endsWith('.json')).sort();
            if (!files.length)
                throw new MergeError(`metadata directory ${p} has no .json files`);
            for (const f of files)
                readFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(p, f));
        }
        else {
            readFile(p);
        }
    }
    return out;
}
function entriesOf(md) {
    // bake metadata is keyed by target; a `buildx build` metadata file has the keys at top level.
    if (typeof md['containerimage.digest'] === 'string')
        return [['', md]];
    return Object.entries(md).filter(([k, v]) => !k.startsWith('buildx.') && v && typeof v === 'object');
}
/** Names with a tag (or repository-only names) from a list; `repo@digest` canonical names are skipped. */
function taggedNames(list) {
    return list.filter((n) => n && !n.includes('@'));
}
/**
 * Which sources merge into which names, per target. Names are the target's tags in the definition; without tags,
 * the tagged names of its image output or of the jobs' `image.name`.
 */
function planMerge(inputs, specs, only = []) {
    const byTarget = new Map();
    for (const input of inputs) {
        for (const [target, entry] of entriesOf(input.data)) {
            if (!byTarget.has(target))
                byTarget.set(target, []);
            byTarget.get(target).push({ origin: input.origin, entry });
        }
    }
    const specByName = new Map(specs.map((s) => [s.name, s]));
    const wanted = only.length ? only : [...byTarget.keys()];
    const plans = [];
    for (const target of wanted) {
        const found = byTarget.get(target) ?? (byTarget.size === 1 && byTarget.has('') ? byTarget.get('') : undefined);
        if (!found?.length)
            throw new MergeError(`no metadata for target "${target}" (targets in the metadata: ${[...byTarget.keys()].map((k) => k || '(top level)').join(', ') || 'none'})`);
        const spec = specByName.get(target);
        const sources = [];
        const fromJobs = [];
        for (const { origin, entry } of found) {
            const digest = entry['containerimage.digest'];
            const names = typeof entry['image.name'] === 'string'
                ? entry['image.name']
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean)
                : [];
            if (typeof digest !== 'string' || !digest.startsWith('sha256:'))
                throw new MergeError(`${origin}: target "${target}" has no containerimage.digest (was it pushed?)`);
            if (!names.length)
                throw new MergeError(`${origin}: target "${target}" has no image.name, so the repository of ${digest} is unknown`);
            const repo = (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(names[0]);
            const descriptor = decodeDescriptor(entry['containerimage.descriptor']);
            if (descriptor && descriptor.digest !== digest)
                throw new MergeError(`${origin}: target "${target}": descriptor digest ${descriptor.digest} differs from ${digest}`);
            if (!sources.some((s) => s.ref.digest === digest)) {
                sources.push({ ref: { domain: repo.domain, path: repo.path, digest }, descriptor: descriptor ?? undefined });
            }
            fromJobs.push(...taggedNames(names).filter((n) => (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(n).tag));
        }
        const imageOutputs = (spec?.outputs ?? []).filter((o) => o.type === 'image' || o.type === 'registry');
        const outputNames = imageOutputs
            .flatMap((o) => (o.name ? o.name.split(',') : []))
            .filter((n) => n && (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(n).tag);
        const names = dedupe(spec?.tags.length ? spec.tags : outputNames.length ? outputNames : fromJobs);
        if (!names.length)
            throw new MergeError(`target "${target}": no tags to push the merged index to (set tags in the bake definition or with --set ${target}.tags=\u2026)`);
        const annotationSource = { ...(0,_target_plan_js__WEBPACK_IMPORTED_MODULE_4__.annotationAttrs)(spec?.annotations ?? []) };
        for (const o of imageOutputs)
            Object.assign(annotationSource, attrsOf(o));
        const insecureHosts = imageOutputs.some((o) => o['registry.insecure'] === 'true')
            ? [...new Set([...names, ...sources.map((s) => (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(s.ref))].map((n) => (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(n).domain))]
            : [];
        plans.push({
            target: target || (spec?.name ?? ''),
            sources,
            names,
            annotations: indexAnnotationsFrom(annotationSource),
            insecureHosts,
        });
    }
    return plans;
}
function attrsOf(o) {
    const out = {};
    for (const [k, v] of Object.entries(o))
        if (k !== 'type')
            out[k] = v;
    return out;
}
function dedupe(names) {
    const seen = new Set();
    const out = [];
    for (const n of names) {
        const key = (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)((0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(n));
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(n);
    }
    return out;
}
function decodeDescriptor(v) {
    if (!v)
        return undefined;
    let obj = v;
    if (typeof v === 'string') {
        try {
            obj = JSON.parse(Buffer.from(v, 'base64').toString('utf8'));
        }
        catch {
            return undefined;
        }
    }
    const d = obj;
    if (typeof d?.digest !== 'string' || typeof d.mediaType !== 'string')
        return undefined;
    return d;
}
/** Runs merge plans one target at a time; returns the metadata per target. */
async function runMerge(plans, opts = {}) {
    const out = {};
    for (const plan of plans) {
        const client = opts.client ??
            new _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryClient */ .bP({
                insecureHosts: plan.insecureHosts,
                signal: opts.signal,
                ...(opts.env ? credentialsFromEnv(opts.env) : {}),
            });
        opts.log?.(`merging ${plan.sources.length} image(s) for target "${plan.target}" into ${plan.names.join(', ')}`);
        for (const s of plan.sources)
            opts.log?.(`  ${(0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(s.ref)}`);
        try {
            const result = await mergeImages(client, plan.sources, plan.names, plan.annotations);
            opts.log?.(`  \u2192 ${result.descriptor.mediaType} ${result.descriptor.digest}`);
            out[plan.target] = result.metadata;
        }
        catch (err) {
            const e = err;
            throw new MergeError(`target "${plan.target}": ${e instanceof _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl || e instanceof MergeError ? e.message : `merge failed: ${e.message}`}`);
        }
    }
    return out;
}
/** Registry credentials from the Docker config the given environment points at. */
function credentialsFromEnv(env) {
    const dir = (0,_buildkit_dockerconfig_index_js__WEBPACK_IMPORTED_MODULE_3__/* .dockerConfigDir */ .kG)(env);
    const provider = new _buildkit_dockerconfig_index_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerConfigCredentials */ .zw(dir);
    return { credentials: (host) => provider.lookup(host), credentialSource: node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'config.json') };
}
/** Target names the metadata has entries for (bake metadata is keyed by target). */
function metadataTargets(inputs) {
    const out = [];
    for (const i of inputs)
        for (const [t] of entriesOf(i.data))
            if (t && !out.includes(t))
                out.push(t);
    return out;
}
/** `bakekit merge`: per target, the jobs' digests merged into one index under its tags. */
async function mergeFromMetadata(opts) {
    if (!opts.inputs.length)
        throw new MergeError("nothing to merge: give the build jobs' metadata (files, directories or JSON) to merge from");
    const plans = planMerge(opts.inputs, opts.specs, opts.targets);
    return runMerge(plans, { env: opts.env, signal: opts.signal, log: opts.log });
}


/***/ }),

/***/ 99960:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MY: () => (/* binding */ parseGoBool),
/* harmony export */   Nd: () => (/* binding */ encodeCacheImports),
/* harmony export */   UP: () => (/* binding */ resourceLimitAttrs),
/* harmony export */   Ub: () => (/* binding */ parseMemBytes),
/* harmony export */   VG: () => (/* binding */ formatUlimits),
/* harmony export */   em: () => (/* binding */ normalizePlatforms),
/* harmony export */   ru: () => (/* binding */ formatExtraHosts),
/* harmony export */   s9: () => (/* binding */ parseResourceLimits),
/* harmony export */   w4: () => (/* binding */ AttributeValueError)
/* harmony export */ });
/* unused harmony export normalizePlatformSpec */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var _images_merge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66450);
/* harmony import */ var _bake_entries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75865);
/* harmony import */ var _bake_units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5650);
/**
 * The values of bake attributes that buildx parses before they reach BuildKit, parsed the same way: memory sizes
 * (docker/go-units RAMInBytes), ulimits (go-units ParseUlimit, docker/cli UlimitOpt), extra hosts (buildx
 * build/utils.go toBuildkitExtraHosts) and platforms (containerd/platforms Parse + Normalize + FormatAll, as buildx's
 * platformutil does). Written by hand: these are a few lines of Go each, and no npm library reproduces Go's exact
 * rules (binary units for a lower-case `m`, ulimit names, IPv6 brackets, `local` as the client's platform).
 * Each parser throws AttributeValueError with what was expected; the caller names the target and the attribute.
 */




class AttributeValueError extends Error {
    name = 'AttributeValueError';
}
/** `128m` \u2192 134217728: go-units RAMInBytes (bake/units.ts), bounded to what an int64 holds. */
function parseMemBytes(value) {
    let size;
    try {
        size = (0,_bake_units_js__WEBPACK_IMPORTED_MODULE_3__/* .ramInBytes */ .h$)(value);
    }
    catch {
        throw new AttributeValueError(`"${value}" is not a size (a number of bytes with an optional unit: 64m, 1g, 512k)`);
    }
    if (!Number.isFinite(size) || size >= 2 ** 63)
        throw new AttributeValueError(`"${value}" is too large`);
    return size;
}
/**
 * buildx ParseResourceLimits(ResourcesConfig.ToEntries()): values trimmed, sizes read by go-units RAMInBytes,
 * `memory-swap=-1` unlimited.
 */
function parseResourceLimits(r) {
    const rl = {
        memory: 0,
        memorySwap: 0,
        cpuShares: 0,
        cpuPeriod: 0,
        cpuQuota: 0,
        cpusetCpus: '',
        cpusetMems: '',
    };
    const size = (key, v) => {
        try {
            return parseMemBytes(v);
        }
        catch (err) {
            throw new AttributeValueError(`invalid value "${v}" for resource ${key}: ${err.message}`);
        }
    };
    if (r.memory !== undefined)
        rl.memory = size('memory', r.memory.trim());
    if (r['memory-swap'] !== undefined) {
        const v = r['memory-swap'].trim();
        rl.memorySwap = v === '-1' ? -1 : size('memory-swap', v);
    }
    if (r['cpu-shares'] !== undefined)
        rl.cpuShares = r['cpu-shares'];
    if (r['cpu-period'] !== undefined)
        rl.cpuPeriod = r['cpu-period'];
    if (r['cpu-quota'] !== undefined)
        rl.cpuQuota = r['cpu-quota'];
    if (r['cpuset-cpus'] !== undefined)
        rl.cpusetCpus = r['cpuset-cpus'].trim();
    if (r['cpuset-mems'] !== undefined)
        rl.cpusetMems = r['cpuset-mems'].trim();
    return rl;
}
/**
 * buildx addResourceLimits (build/utils.go): the frontend attributes BuildKit's dockerui reads (\u2265 v0.31), only the
 * non-zero values ("so builds against a daemon without the feature keep working"): memory, swap (-1 too) and the cpu
 * numbers as decimal integers, the cpusets as given.
 */
function resourceLimitAttrs(rl) {
    const attrs = {};
    const int = (n) => BigInt(n).toString();
    if (rl.memory > 0)
        attrs.memory = int(rl.memory);
    if (rl.memorySwap !== 0)
        attrs.memswap = int(rl.memorySwap);
    if (rl.cpuShares > 0)
        attrs.cpushares = int(rl.cpuShares);
    if (rl.cpuPeriod > 0)
        attrs.cpuperiod = int(rl.cpuPeriod);
    if (rl.cpuQuota > 0)
        attrs.cpuquota = int(rl.cpuQuota);
    if (rl.cpusetCpus !== '')
        attrs.cpusetcpus = rl.cpusetCpus;
    if (rl.cpusetMems !== '')
        attrs.cpusetmems = rl.cpusetMems;
    return attrs;
}
/** The resource names go-units knows (setrlimit's, without RLIMIT_). */
const ULIMIT_NAMES = new Set([
    'core',
    'cpu',
    'data',
    'fsize',
    'locks',
    'memlock',
    'msgqueue',
    'nice',
    'nofile',
    'nproc',
    'rss',
    'rtprio',
    'rttime',
    'sigpending',
    'stack',
]);
function parseInt64(s, whole) {
    if (!/^[+-]?\d+$/.test(s))
        throw new AttributeValueError(`"${whole}": "${s}" is not an integer`);
    const v = BigInt(s);
    if (v > 2n ** 63n - 1n || v < -(2n ** 63n))
        throw new AttributeValueError(`"${whole}": "${s}" is out of range`);
    return v;
}
/**
 * `nofile=1024:2048`, `nproc=500` \u2192 buildx's `ulimit` attribute: `name=soft:hard` (a lone value is both), one entry
 * per name (a later one replaces an earlier), sorted by name as docker/cli's UlimitOpt lists them.
 */
function formatUlimits(values) {
    const byName = new Map();
    for (const value of values) {
        const eq = value.indexOf('=');
        if (eq < 0)
            throw new AttributeValueError(`"${value}" is not NAME=SOFT[:HARD]`);
        const name = value.slice(0, eq);
        if (!ULIMIT_NAMES.has(name))
            throw new AttributeValueError(`"${value}": "${name}" is not a ulimit (one of ${[...ULIMIT_NAMES].join(', ')})`);
        const parts = value.slice(eq + 1).split(':');
        if (parts.length > 2)
            throw new AttributeValueError(`"${value}": at most two limits, SOFT[:HARD]`);
        const soft = parseInt64(parts[0], value);
        const hard = parts.length === 2 ? parseInt64(parts[1], value) : soft;
        if (hard !== -1n && soft > hard)
            throw new AttributeValueError(`"${value}": the soft limit ${soft} is above the hard limit ${hard}`);
        byName.delete(name);
        byName.set(name, `${name}=${soft}:${hard}`);
    }
    return [...byName]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, v]) => v)
        .join(',');
}
/**
 * Bake's `extra-hosts` map (already `host=ip` entries, sorted by host as buildx's toBuildOpt sorts them) \u2192 the
 * `add-hosts` attribute: `host:ip` accepted too, comma-separated addresses one entry each, `[v6]` brackets dropped,
 * `host-gateway` replaced by the builder's address.
 */
function formatExtraHosts(entries, hostGateway) {
    const out = [];
    for (const entry of entries) {
        let cut = entry.indexOf('=');
        if (cut < 0)
            cut = entry.indexOf(':');
        const host = cut < 0 ? '' : entry.slice(0, cut);
        const ip = cut < 0 ? '' : entry.slice(cut + 1);
        if (!host || !ip)
            throw new AttributeValueError(`"${entry}" is not HOST=IP`);
        if (ip === 'host-gateway') {
            if (!hostGateway)
                throw new AttributeValueError(`"${entry}": the builder's host-gateway address is unknown`);
            if ('unsupported' in hostGateway)
                throw new AttributeValueError(`"${entry}": ${hostGateway.unsupported}`);
            out.push(`${host}=${hostGateway.ip}`);
            continue;
        }
        for (let v of ip.split(',')) {
            if (v.length > 2 && v.startsWith('[') && v.endsWith(']'))
                v = v.slice(1, -1);
            if (!node_net__WEBPACK_IMPORTED_MODULE_0__.isIP(v))
                throw new AttributeValueError(`"${entry}": "${v}" is not an IP address`);
            out.push(`${host}=${v}`);
        }
    }
    return out.join(',');
}
/** Node's name for this machine's CPU \u2192 the OCI architecture (for the `local` platform). */
function hostPlatform() {
    const arch = {
        x64: 'amd64',
        ia32: '386',
        arm64: 'arm64',
        arm: 'arm',
        ppc64: 'ppc64le',
        s390x: 's390x',
        riscv64: 'riscv64',
    }[process.arch] ?? process.arch;
    return (0,_images_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePlatform */ .FL)({ os: process.platform === 'win32' ? 'windows' : process.platform, architecture: arch });
}
const KNOWN_OS = new Set([
    'aix',
    'android',
    'darwin',
    'dragonfly',
    'freebsd',
    'illumos',
    'ios',
    'js',
    'linux',
    'netbsd',
    'openbsd',
    'plan9',
    'solaris',
    'wasip1',
    'windows',
    'macos',
]);
/** One platform specifier as containerd's platforms.Parse + Normalize + FormatAll gives it (`linux/x86_64` \u2192 `linux/amd64`). */
function normalizePlatformSpec(spec) {
    if (spec.toLowerCase() === 'local')
        return (0,_images_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(hostPlatform());
    const m = /^([^/(]+)(?:\(([^)]*)\))?(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(spec.trim());
    if (!m || /[^A-Za-z0-9_./-]/.test(m[1] + (m[3] ?? '') + (m[4] ?? '')))
        throw new AttributeValueError(`"${spec}" is not a platform (OS/ARCH[/VARIANT])`);
    const first = m[1].toLowerCase();
    const osVersion = m[2];
    let p;
    if (m[3] === undefined) {
        // a single part is an OS if it is one, else an architecture of this machine's OS (containerd's rule)
        p = KNOWN_OS.has(first)
            ? { os: first, architecture: hostPlatform().architecture }
            : { os: hostPlatform().os, architecture: first };
    }
    else {
        p = { os: first, architecture: m[3].toLowerCase(), variant: m[4]?.toLowerCase() };
    }
    if (p.os === 'macos')
        p.os = 'darwin';
    const n = (0,_images_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePlatform */ .FL)(p);
    const formatted = (0,_images_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(n);
    return osVersion ? formatted.replace(/^([^/]+)/, `$1(${osVersion})`) : formatted;
}
/** A `platforms` list, each entry possibly comma-separated, normalised (buildx platformutil.Parse). */
function normalizePlatforms(list) {
    return list.flatMap((s) => s.split(',')).map(normalizePlatformSpec);
}
/** Go's strconv.ParseBool (bake/entries.ts) of an attribute that may be absent; undefined when absent or not a boolean. */
function parseGoBool(v) {
    return v === undefined ? undefined : (0,_bake_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGoBool */ .MY)(v);
}
/**
 * The `cache-imports` frontend attribute: the entries as Go's encoding/json writes BuildKit's CacheOptionsEntry
 * (`Type`, then `Attrs` with its keys sorted), which is what buildx's client sends.
 */
function encodeCacheImports(entries) {
    return JSON.stringify(entries.map((e) => ({
        Type: e.Type,
        Attrs: Object.fromEntries(Object.entries(e.Attrs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    })));
}


/***/ }),

/***/ 31659:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aT: () => (/* binding */ applyContentStores),
/* harmony export */   kJ: () => (/* binding */ updateIndexes)
/* harmony export */ });
/* unused harmony exports fsLayoutReader, ContentStoreError, planContentStores, resetLayout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _attribute_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99960);
/* harmony import */ var _buildkit_session_session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93143);
/* harmony import */ var _buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99288);
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





const fsLayoutReader = { readIndex: _buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .readIndex */ .vY, hasBlob: _buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .hasBlob */ .is };
/** A plan that cannot be carried out (the Go client and buildx fail the build for these). */
class ContentStoreError extends Error {
    name = 'ContentStoreError';
}
function planContentStores(input, opts) {
    const layout = opts.layout ?? fsLayoutReader;
    const newStoreName = opts.newStoreName ?? _buildkit_session_session_js__WEBPACK_IMPORTED_MODULE_3__/* .newSessionId */ .OZ;
    const abs = (p) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(opts.cwd, p);
    const out = { stores: {}, indexUpdates: [], cacheImports: [], frontendAttrs: {}, warnings: [] };
    for (const e of input.cacheExports) {
        if (e.Type !== 'local')
            continue;
        const dest = e.Attrs.dest ?? '';
        if (!dest)
            throw new ContentStoreError('cache-to type=local needs dest=DIR (local cache exporter requires dest)');
        let reset = false;
        if (e.Attrs.reset !== undefined) {
            const b = (0,_attribute_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGoBool */ .MY)(e.Attrs.reset);
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
            const desc = (0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .findManifest */ .J9)(index, tag);
            if (!desc?.digest) {
                skip(`no digest found for tag ${tag} in ${node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'index.json')}`);
                continue;
            }
            digest = desc.digest;
        }
        if (!(0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidDigest */ .fH)(digest) || !layout.hasBlob(dir, digest)) {
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
            ref = (0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOciLayoutRef */ .cT)(value);
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
                desc = (0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .findManifest */ .J9)(layout.readIndex(dir), ref.tag ?? 'latest', { orSingle: true });
                if (!desc)
                    throw new Error('failed to resolve digest');
                if (!(0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidDigest */ .fH)(desc.digest))
                    throw new Error(`invalid digest ${desc.digest}`);
            }
            catch (err) {
                throw new ContentStoreError(`oci-layout reference "${value}" could not be resolved: ${err.message}`);
            }
            ref.digest = desc.digest;
        }
        const name = newStoreName();
        out.stores[`oci:${name}`] = dir;
        out.frontendAttrs[key] = (0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .formatOciLayoutRef */ .Ak)({ ...ref, path: name });
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
            plan.frontendAttrs['cache-imports'] = (0,_attribute_values_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeCacheImports */ .Nd)(r.cacheImports);
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
                (0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .putDescriptor */ .TI)(u.dir, parseDescriptor(cacheManifest, 'cache.manifest'), [{ tag: u.tag }]);
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
            (0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .putDescriptor */ .TI)(u.dir, desc, names);
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
    if (!d || typeof d !== 'object' || typeof d.digest !== 'string' || !(0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidDigest */ .fH)(d.digest))
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
            doc = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync((0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .blobPath */ .nD)(dir, desc.digest), 'utf8'));
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
        for (const m of (0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .readIndex */ .vY)(dir).manifests ?? [])
            visit(m);
    }
    catch (err) {
        return [`failed to reset cache store ${dir}: ${err.message}`];
    }
    const blobs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'blobs');
    for (const alg of node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(blobs)
        ? node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(blobs, { withFileTypes: true })
            .filter((e) => e.isDirectory())
            .map((e) => e.name)
        : []) {
        // a stray file among the blobs is not ours to judge, nor a reason to fail a build that succeeded
        for (const enc of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(blobs, alg))) {
            const digest = `${alg}:${enc}`;
            if (!(0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidDigest */ .fH)(digest) || referenced.has(digest))
                continue;
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(blobs, alg, enc));
            }
            catch (err) {
                warnings.push(`reset: failed to delete blob ${digest} in ${dir}: ${err.message}`);
            }
        }
    }
    return warnings;
}


/***/ }),

/***/ 33262:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PlanError: () => (/* binding */ PlanError),
/* harmony export */   annotationAttrs: () => (/* binding */ annotationAttrs),
/* harmony export */   attestValue: () => (/* binding */ attestValue),
/* harmony export */   localDirCandidates: () => (/* binding */ localDirCandidates),
/* harmony export */   planTarget: () => (/* binding */ planTarget),
/* harmony export */   sharedKeyFor: () => (/* binding */ sharedKeyFor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _cache_gha_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81364);
/* harmony import */ var _content_stores_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31659);
/* harmony import */ var _context_kind_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26449);
/* harmony import */ var _attribute_values_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99960);
/* harmony import */ var _call_call_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(85655);
/**
 * Turns a TargetSpec into what one solve needs: frontend attributes, local directories, exporters and
 * where their output goes, cache entries, secrets. It touches the disk only to read: that paths exist, OCI layouts'
 * index.json (content-stores.ts); and to write an inline Dockerfile into a temporary directory. So bad input fails
 * here, before anything reaches the daemon.
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
/** A relative Dockerfile path with a remote context names a file in that context, not a local one. */
function dockerfileInRemoteContext(spec) {
    return !!spec.dockerfile && _context_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .REMOTE_CONTEXT */ .rM.test(spec.context) && !node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute(spec.dockerfile);
}
function isDir(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(p).isDirectory();
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
/**
 * The local directories planTarget will serve for `spec` (context, the Dockerfile's directory, local named
 * contexts), known before planning so that their identities (session-ids.ts) can be computed meanwhile. Not checked:
 * planTarget reports what does not exist. An inline Dockerfile's directory is made at planning.
 */
function localDirCandidates(spec) {
    const dirs = new Set();
    if (!_context_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .REMOTE_CONTEXT */ .rM.test(spec.context))
        dirs.add(spec.context);
    if (spec.dockerfileInline === undefined && spec.dockerfile && !dockerfileInRemoteContext(spec))
        dirs.add(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(spec.dockerfile));
    for (const value of Object.values(spec.contexts)) {
        if ((0,_context_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .namedContextKind */ .V9)(value) === 'local')
            dirs.add(value);
    }
    return [...dirs];
}
function planTarget(spec, opts = {}) {
    let call;
    try {
        call = (0,_call_call_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCall */ .Mf)(spec.call);
    }
    catch (err) {
        throw new PlanError(spec.name, `call: ${err.message}`);
    }
    if (opts.warm)
        spec = { ...spec, outputs: [] }; // cache warming exports the cache only
    const cache = opts.cache ? (0,_cache_gha_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTargetCache */ .sp)(spec, opts.cache) : undefined;
    if (cache)
        spec = { ...spec, cacheFrom: cache.cacheFrom, cacheTo: cache.cacheTo };
    // buildx toSolveOpt: BUILDKIT_INLINE_CACHE (a true value) adds an inline cache export
    if ((0,_attribute_values_js__WEBPACK_IMPORTED_MODULE_7__/* .parseGoBool */ .MY)(spec.args.BUILDKIT_INLINE_CACHE))
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
        tempDirs: [],
        warnings: cache?.warnings ?? [],
    };
    const attrs = plan.frontendAttrs;
    // Build context and Dockerfile
    if (_context_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .REMOTE_CONTEXT */ .rM.test(spec.context)) {
        attrs.context = spec.context;
    }
    else {
        if (!isDir(spec.context))
            throw new PlanError(spec.name, `context directory ${spec.context} does not exist`);
        plan.localDirs.context = spec.context;
    }
    if (spec.dockerfileInline !== undefined) {
        const dir = node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'bakekit-inline-'));
        node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'Dockerfile'), spec.dockerfileInline);
        plan.tempDirs.push(dir);
        plan.localDirs.dockerfile = dir;
        attrs.filename = 'Dockerfile';
        attrs.dockerfilekey = 'dockerfile'; // buildx: a Dockerfile it wrote to a directory of its own
    }
    else if (spec.dockerfile) {
        if (dockerfileInRemoteContext(spec)) {
            attrs.filename = spec.dockerfile; // read from the remote context
        }
        else {
            const dockerfile = lowercaseDockerfile(spec.dockerfile);
            if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(dockerfile))
                throw new PlanError(spec.name, `Dockerfile ${spec.dockerfile} does not exist`);
            plan.localDirs.dockerfile = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(dockerfile);
            attrs.filename = node_path__WEBPACK_IMPORTED_MODULE_3__.basename(dockerfile);
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
    if ((0,_attribute_values_js__WEBPACK_IMPORTED_MODULE_7__/* .parseGoBool */ .MY)(spec.args.BUILDKIT_MULTI_PLATFORM))
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
        Object.assign(attrs, (0,_attribute_values_js__WEBPACK_IMPORTED_MODULE_7__/* .resourceLimitAttrs */ .UP)(spec.resources));
    if (spec.extraHosts.length) {
        try {
            attrs['add-hosts'] = (0,_attribute_values_js__WEBPACK_IMPORTED_MODULE_7__/* .formatExtraHosts */ .ru)(spec.extraHosts, opts.hostGateway);
        }
        catch (err) {
            if (err instanceof _attribute_values_js__WEBPACK_IMPORTED_MODULE_7__/* .AttributeValueError */ .w4)
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
        const kind = (0,_context_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .namedContextKind */ .V9)(value);
        if (kind === 'target') {
            plan.linkedContexts[name] = value.slice('target:'.length);
        }
        else if (kind === 'remote') {
            attrs[`context:${name}`] = value;
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
        attrs['frontend.caps'] = 'moby.buildkit.frontend.contexts+forward';
    // Cache imports travel twice: to the daemon and to the frontend, which matches cache while it solves.
    if (plan.cacheImports.length)
        attrs['cache-imports'] = (0,_attribute_values_js__WEBPACK_IMPORTED_MODULE_7__/* .encodeCacheImports */ .Nd)(plan.cacheImports);
    // buildx: with no output at all, a build on the Engine still lands in its image store (untagged); a call does not
    const outputs = spec.outputs.length === 0 && opts.dockerEngine && !opts.warm && !opts.noDefaultLoad && !call
        ? [{ type: 'image' }]
        : spec.outputs;
    for (const out of outputs)
        addExporter(plan, spec, out, opts);
    try {
        (0,_content_stores_js__WEBPACK_IMPORTED_MODULE_5__/* .applyContentStores */ .aT)(plan, opts.cwd ?? process.cwd()); // local cache, oci-layout contexts, layout outputs
    }
    catch (err) {
        throw new PlanError(spec.name, err.message);
    }
    return plan;
}
/** Stable shared key per local directory: the daemon keeps the last transfer under it and sends only changes. */
function sharedKeyFor(dir) {
    return `${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(dir)}-${node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(dir).digest('hex').slice(0, 16)}`;
}
/** buildx handleLowercaseDockerfile: `Dockerfile` that does not exist but `dockerfile` does means the latter. */
function lowercaseDockerfile(file) {
    if (node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file) !== 'Dockerfile' || node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file))
        return file;
    const lower = node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), 'dockerfile');
    return node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(lower) ? lower : file;
}
function addExporter(plan, spec, out, opts) {
    // buildx: annotations go to every exporter (the image-like ones use them); the target's tags replace an exporter's
    // own `name`; BUILDKIT_INLINE_BUILDINFO_ATTRS becomes the image exporters' `buildinfo-attrs`
    const annotations = annotationAttrs(spec.annotations);
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
            if (out.tar !== undefined && (0,_attribute_values_js__WEBPACK_IMPORTED_MODULE_7__/* .parseGoBool */ .MY)(out.tar) === false) {
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
/** `key=v`, `manifest:key=v`, `index,manifest:key=v`, `manifest[linux/amd64]:key=v` \u2192 exporter attributes. */
function annotationAttrs(annotations) {
    const out = {};
    for (const a of annotations) {
        const eq = a.indexOf('=');
        if (eq <= 0)
            continue;
        const key = a.slice(0, eq);
        const value = a.slice(eq + 1);
        const colon = key.match(/^([a-z,-]+(?:\[[^\]]*\])?):(.+)$/);
        if (!colon) {
            out[`annotation.${key}`] = value;
            continue;
        }
        for (const kind of colon[1].split(','))
            out[`annotation-${kind}.${colon[2]}`] = value;
    }
    return out;
}


/***/ })

};
