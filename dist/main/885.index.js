export const id = 885;
export const ids = [885];
export const modules = {

/***/ 5865:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);
/* harmony import */ var _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6676);


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
 * "keep first" — a later unique element can move into the dropped duplicate's slot — so it is
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
const RESOURCE_KEYS = ['memory', 'memory-swap', 'cpu-shares', 'cpu-period', 'cpu-quota', 'cpuset-cpus', 'cpuset-mems'];
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
        throw new Error(`${what}: ${shown} is beyond what bakekit handles exactly (±2^53)`);
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
/** logrus.ParseLevel (case-insensitive) → Level.String(). */
const LOG_LEVELS = { panic: 'panic', fatal: 'fatal', error: 'error', warn: 'warning', warning: 'warning', info: 'info', debug: 'debug', trace: 'trace' };
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

/***/ 7554:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ atPos),
/* harmony export */   o: () => (/* binding */ BakeError)
/* harmony export */ });
/**
 * Error raised while loading or resolving a bake definition. When the problem has a place in a
 * file the message is `FILE:LINE:COL: what was expected`, so editors and CI logs can link to it.
 */
class BakeError extends Error {
    file;
    line;
    column;
    /** The message without the location prefix. */
    detail;
    constructor(detail, pos) {
        super(pos ? `${pos.file}:${pos.line}:${pos.column}: ${detail}` : detail);
        this.name = 'BakeError';
        this.detail = detail;
        if (pos) {
            this.file = pos.file;
            this.line = pos.line;
            this.column = pos.column;
        }
    }
}
/** Re-throws a non-BakeError as a BakeError at `pos`; keeps a BakeError's own (more precise) position. */
function atPos(err, pos) {
    if (err instanceof BakeError) {
        if (err.file === undefined && pos)
            return new BakeError(err.detail, pos);
        return err;
    }
    return new BakeError(err instanceof Error ? err.message : String(err), pos);
}


/***/ }),

/***/ 3700:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ rebaseContextPaths),
/* harmony export */   T1: () => (/* binding */ defaultContext),
/* harmony export */   Vd: () => (/* binding */ copyContextBases),
/* harmony export */   at: () => (/* binding */ fileRelativePathsEnabled),
/* harmony export */   gF: () => (/* binding */ mergeContextBases),
/* harmony export */   nf: () => (/* binding */ setBlockSource),
/* harmony export */   vL: () => (/* binding */ setComposeContextBase)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7554);
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5865);
/* harmony import */ var _go_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6635);
/**
 * `BUILDX_BAKE_FILE_RELATIVE_PATHS` (buildx ≥ 0.3x; bake/bake.go at docker/buildx 461836b, commits b38d1004e
 * "bake: add file-relative path opt-in" … aac040df5 "bake: fix file-relative target references"): when it is a true Go
 * bool, a target's local `context` and each local `contexts` value resolve relative to the directory of the bake file
 * whose block set it, and a target without `context` gets the directory of the last file that defines it instead of
 * `.`. Compose targets use the directory of the first compose file (the compose project directory). `cwd://`, `target:`,
 * `docker-image://`, `oci-layout://`, absolute paths and remote URLs are left alone, and so are `--set` values (the
 * paths are rebased when the definition is loaded, before overrides).
 *
 * The bases live in a side table keyed by the Target object (buildx's private Target fields defaultContextBase,
 * contextBase, contextBaseRef, contextsBase), so nothing new is printed; mergeTarget carries them the way buildx's
 * Target.Merge does, cloneTarget copies them.
 */



const bases = new WeakMap();
function entry(t) {
    let b = bases.get(t);
    if (!b) {
        b = { useDefault: false, contextRef: '' };
        bases.set(t, b);
    }
    return b;
}
/** commands/bake.go bakeFileRelativePaths: TrimSpace, empty = off, else strconv.ParseBool or an error. */
function fileRelativePathsEnabled(env) {
    const v = (env.BUILDX_BAKE_FILE_RELATIVE_PATHS ?? '').trim();
    if (v === '')
        return false;
    const b = (0,_entries_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(v);
    if (b === undefined) {
        const q = JSON.stringify(v);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BakeError */ .o(`failed to parse BUILDX_BAKE_FILE_RELATIVE_PATHS value ${q}: strconv.ParseBool: parsing ${q}: invalid syntax`);
    }
    return b;
}
/** urlutil.IsRemoteURL: an HTTP(S) URL or what dfgitutil.ParseGitRef accepts as a Git reference. */
function isRemoteURL(s) {
    if (s.startsWith('http://') || s.startsWith('https://'))
        return true;
    if (s.startsWith('./') || s.startsWith('../'))
        return false;
    if (s.startsWith('github.com/'))
        return true;
    const proto = /^([a-zA-Z0-9]+):\/\//.exec(s);
    if (proto) {
        const scheme = proto[1].toLowerCase();
        if (scheme === 'http' || scheme === 'https')
            return /\.git$/.test(s.replace(/[?#].*$/, ''));
        return scheme === 'ssh' || scheme === 'git';
    }
    return /^[a-zA-Z0-9\-_]+@[a-zA-Z0-9\-.]+:/.test(s);
}
/** bake.go localFileDir: the directory of a local bake file (filepath.Dir); none for stdin or a URL. */
function localFileDir(name) {
    if (name === '' || name === '-' || isRemoteURL(name))
        return undefined;
    const i = name.lastIndexOf('/');
    return i < 0 ? '.' : (0,_go_path_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanPath */ .t)(name.slice(0, i + 1));
}
function isSpecialContextPath(p) {
    return p.startsWith('cwd://') || p.startsWith('target:') || p.startsWith('docker-image:') || p.startsWith('oci-layout://') || isRemoteURL(p);
}
/** bake.go rebaseContextPath: `base/p`, cleaned, unless p is empty, absolute or not a local path. */
function rebaseContextPath(base, p) {
    if (base === '' || p === '' || isSpecialContextPath(p) || p.startsWith('/'))
        return p;
    return (0,_go_path_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanPath */ .t)(`${base}/${p}`);
}
/**
 * bake.go targetContextRef: NAME when the expression is exactly the traversal `target.NAME.context` (or
 * `target["NAME"].context`), else ''. HCL folds an index with a literal or a plain string key into the traversal.
 */
function targetContextRef(expr) {
    if (expr.kind !== 'getattr' || expr.name !== 'context')
        return '';
    const obj = expr.obj;
    if (obj.kind === 'getattr')
        return obj.obj.kind === 'var' && obj.obj.name === 'target' ? obj.name : '';
    if (obj.kind !== 'index' || obj.obj.kind !== 'var' || obj.obj.name !== 'target')
        return '';
    const key = obj.key;
    if (key.kind === 'literal') {
        const v = key.value;
        return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
    }
    if (key.kind === 'template' && key.parts.length === 1 && key.parts[0].kind === 'text')
        return key.parts[0].value;
    return '';
}
function setContextsBase(t, b, base) {
    if (!t.contexts || t.contexts.size === 0)
        return;
    b.contextsBase ??= new Map();
    for (const k of t.contexts.keys())
        b.contextsBase.set(k, base);
}
/**
 * Target.SetBlockSource: records the file of the block one evaluated target instance came from (called for every
 * instance, before it is merged into the definition).
 */
function setBlockSource(t, block) {
    const base = localFileDir(block.pos.file) ?? '';
    const b = entry(t);
    b.defaultBase = base;
    let context;
    let contexts = false;
    for (const item of block.body.items) {
        if (item.kind !== 'attribute')
            continue;
        if (item.name === 'context')
            context = item;
        else if (item.name === 'contexts')
            contexts = true;
    }
    if (context) {
        b.contextBase = base;
        b.contextRef = targetContextRef(context.expr);
    }
    if (contexts)
        setContextsBase(t, b, base);
}
/** compose.go setComposeContextBase: every compose target's paths are relative to the first compose file. */
function setComposeContextBase(config, files) {
    if (files.length === 0)
        return;
    const base = localFileDir(files[0].name);
    if (base === undefined)
        return;
    for (const t of config.targets) {
        const b = entry(t);
        b.defaultBase = base;
        if (t.context !== undefined)
            b.contextBase = base;
        setContextsBase(t, b, base);
    }
}
/** The base half of Target.Merge(t2): called by mergeTarget (uses t2's values only, so before or after is the same). */
function mergeContextBases(t, t2) {
    const b2 = bases.get(t2);
    if (!b2 && !bases.has(t))
        return;
    const b = entry(t);
    if (b2?.defaultBase !== undefined) {
        b.defaultBase = b2.defaultBase;
        b.useDefault = b2.useDefault;
    }
    if (t2.context !== undefined) {
        b.contextBase = b2?.contextBase;
        b.contextRef = b2?.contextRef ?? '';
    }
    for (const k of t2.contexts?.keys() ?? []) {
        const base = b2?.contextsBase?.get(k);
        if (base !== undefined)
            (b.contextsBase ??= new Map()).set(k, base);
        else
            b.contextsBase?.delete(k);
    }
}
/** For cloneTarget: the copy has the same bases (its own copy of them). */
function copyContextBases(from, to) {
    const b = bases.get(from);
    if (b)
        bases.set(to, { ...b, contextsBase: b.contextsBase && new Map(b.contextsBase) });
}
/** bake.go rebaseContextPaths, after the whole definition (compose and HCL) is loaded, in definition order. */
function rebaseContextPaths(config) {
    const byName = new Map(config.targets.map((t) => [t.name, t]));
    for (const t of config.targets) {
        const b = bases.get(t);
        if (!b)
            continue;
        const ref = b.contextRef === '' ? undefined : byName.get(b.contextRef);
        const rb = ref && bases.get(ref);
        if (rb?.contextBase !== undefined)
            b.contextBase = rb.contextBase;
        else if (rb?.defaultBase !== undefined)
            b.contextBase = rb.defaultBase;
        if (t.context !== undefined) {
            if (b.contextBase !== undefined)
                t.context = rebaseContextPath(b.contextBase, t.context);
        }
        else if (b.defaultBase !== undefined) {
            b.useDefault = true;
        }
        if (t.contexts) {
            for (const [k, v] of t.contexts) {
                const base = b.contextsBase?.get(k);
                if (base !== undefined)
                    t.contexts.set(k, rebaseContextPath(base, v));
            }
        }
    }
}
/** ReadTargets' context for a resolved target without one: `.`, or its file's directory once rebased. */
function defaultContext(t) {
    const b = bases.get(t);
    return b?.useDefault ? rebaseContextPath(b.defaultBase ?? '', '.') : '.';
}


/***/ }),

/***/ 6635:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ cleanPath)
/* harmony export */ });
/** Go's `path.Clean` for the slash-separated paths bake files hold (context paths, compose paths). */
/** Collapses `//`, resolves `.` and `..` lexically, drops a trailing slash; "" becomes ".". */
function cleanPath(p) {
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
            continue;
        }
        out.push(part);
    }
    const s = out.join('/');
    return rooted ? '/' + s : s === '' ? '.' : s;
}


/***/ }),

/***/ 6676:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
class ConversionError extends Error {
    argument;
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

/***/ 2916:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ normalizeTarget),
/* harmony export */   aj: () => (/* binding */ setTargetAttribute),
/* harmony export */   eE: () => (/* binding */ isTargetAttribute),
/* harmony export */   gj: () => (/* binding */ dedupeStrings),
/* harmony export */   j: () => (/* binding */ cloneTarget),
/* harmony export */   kR: () => (/* binding */ TARGET_ATTRIBUTES),
/* harmony export */   lq: () => (/* binding */ targetAttributeValue),
/* harmony export */   ux: () => (/* binding */ mergeTarget)
/* harmony export */ });
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5865);
/* harmony import */ var _file_relative_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3700);
/* harmony import */ var _hcl_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6676);



/** Every attribute a `target` block may set, in --print order, with its HCL name. */
const TARGET_ATTRIBUTES = [
    'description',
    'inherits',
    'annotations',
    'attest',
    'context',
    'contexts',
    'dockerfile',
    'dockerfile-inline',
    'args',
    'labels',
    'tags',
    'cache-from',
    'cache-to',
    'target',
    'secret',
    'ssh',
    'platforms',
    'output',
    'pull',
    'no-cache',
    'network',
    'no-cache-filter',
    'shm-size',
    'ulimits',
    'resources',
    'call',
    'entitlements',
    'extra-hosts',
    'policy',
];
function isTargetAttribute(name) {
    return TARGET_ATTRIBUTES.includes(name);
}
function stringList(v, what) {
    const l = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_2__/* .asList */ .DD)(v, what);
    if (l === null)
        return undefined;
    return l.map((x, i) => (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(x, `${what}[${i}]`) ?? '');
}
function stringMap(v, what) {
    const o = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(v, what);
    if (o === null)
        return undefined;
    const m = new Map();
    for (const [k, x] of o)
        m.set(k, (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(x, `${what}.${k}`));
    return m;
}
function optString(v, what) {
    const s = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(v, what);
    return s === null ? undefined : s;
}
function optBool(v, what) {
    const b = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_2__/* .asBool */ .XL)(v, what);
    return b === null ? undefined : b;
}
/** Decodes one evaluated attribute value into the target (type errors throw). */
function setTargetAttribute(t, name, raw) {
    const v = (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_2__/* .materialize */ .O9)(raw);
    switch (name) {
        case 'description':
            t.description = optString(v, name) ?? '';
            return;
        case 'inherits':
            t.inherits = stringList(v, name);
            return;
        case 'annotations':
            t.annotations = stringList(v, name);
            return;
        case 'attest':
            t.attest = v === null ? undefined : (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .attestsFromValue */ .qz)(listOf(v, name));
            return;
        case 'context':
            t.context = optString(v, name);
            return;
        case 'contexts': {
            const m = stringMap(v, name);
            t.contexts = m && new Map([...m].map(([k, x]) => [k, x ?? '']));
            return;
        }
        case 'dockerfile':
            t.dockerfile = optString(v, name);
            return;
        case 'dockerfile-inline':
            t.dockerfileInline = optString(v, name);
            return;
        case 'args':
            t.args = stringMap(v, name);
            return;
        case 'labels':
            t.labels = stringMap(v, name);
            return;
        case 'tags':
            t.tags = stringList(v, name);
            return;
        case 'cache-from':
            t.cacheFrom = v === null ? undefined : (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .cachesFromValue */ .Zd)(listOf(v, name));
            return;
        case 'cache-to':
            t.cacheTo = v === null ? undefined : (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .cachesFromValue */ .Zd)(listOf(v, name));
            return;
        case 'target':
            t.target = optString(v, name);
            return;
        case 'secret':
            t.secret = v === null ? undefined : (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .secretsFromValue */ .z8)(listOf(v, name));
            return;
        case 'ssh':
            t.ssh = v === null ? undefined : (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .sshFromValue */ .al)(listOf(v, name));
            return;
        case 'platforms':
            t.platforms = stringList(v, name);
            return;
        case 'output':
            t.output = v === null ? undefined : (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .exportsFromValue */ .ty)(listOf(v, name));
            return;
        case 'pull':
            t.pull = optBool(v, name);
            return;
        case 'no-cache':
            t.noCache = optBool(v, name);
            return;
        case 'network':
            t.network = optString(v, name);
            return;
        case 'no-cache-filter':
            t.noCacheFilter = stringList(v, name);
            return;
        case 'shm-size':
            t.shmSize = optString(v, name);
            return;
        case 'ulimits':
            t.ulimits = stringList(v, name);
            return;
        case 'call':
            t.call = optString(v, name);
            return;
        case 'entitlements':
            t.entitlements = stringList(v, name);
            return;
        case 'extra-hosts':
            t.extraHosts = stringMap(v, name);
            return;
        case 'resources':
            t.resources = v === null ? undefined : (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .resourcesFromValue */ .DS)(v);
            return;
        case 'policy':
            t.policy = v === null ? undefined : (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .policiesFromValue */ .kT)(listOf(v, name));
            return;
    }
}
function listOf(v, what) {
    return (0,_hcl_value_js__WEBPACK_IMPORTED_MODULE_2__/* .asList */ .DD)(v, what) ?? [];
}
function mapValue(m) {
    if (!m)
        return null;
    const o = new Map();
    for (const [k, v] of m)
        o.set(k, v);
    return o;
}
function listValue(l) {
    return l ? [...l] : null;
}
function entriesValue(l, withDest = false) {
    if (!l)
        return null;
    return l.map((e) => {
        const m = new Map();
        for (const [k, v] of Object.entries(e))
            m.set(k, typeof v === 'boolean' ? String(v) : v);
        if (withDest && !m.has('dest'))
            m.set('dest', '');
        return m;
    });
}
/** The value `target.NAME.ATTR` yields: the block's own (un-inherited) attribute, or null. */
function targetAttributeValue(t, name) {
    switch (name) {
        case 'name':
            return t.name;
        case 'description':
            return t.description ?? '';
        case 'inherits':
            return listValue(t.inherits);
        case 'annotations':
            return listValue(t.annotations);
        case 'attest':
            return entriesValue(t.attest);
        case 'context':
            return t.context ?? null;
        case 'contexts':
            return t.contexts ? new Map(t.contexts) : null;
        case 'dockerfile':
            return t.dockerfile ?? null;
        case 'dockerfile-inline':
            return t.dockerfileInline ?? null;
        case 'args':
            return mapValue(t.args);
        case 'labels':
            return mapValue(t.labels);
        case 'tags':
            return listValue(t.tags);
        case 'cache-from':
            return entriesValue(t.cacheFrom);
        case 'cache-to':
            return entriesValue(t.cacheTo);
        case 'target':
            return t.target ?? null;
        case 'secret':
            return t.secret
                ? t.secret.map((s) => new Map([['env', s.env ?? ''], ['id', s.id ?? ''], ['src', s.src ?? '']]))
                : null;
        case 'ssh':
            return t.ssh ? t.ssh.map((s) => new Map([['id', s.id ?? ''], ['paths', [...(s.paths ?? [])]]])) : null;
        case 'platforms':
            return listValue(t.platforms);
        case 'output':
            return entriesValue(t.output, true);
        case 'pull':
            return t.pull ?? null;
        case 'no-cache':
            return t.noCache ?? null;
        case 'network':
            return t.network ?? null;
        case 'no-cache-filter':
            return listValue(t.noCacheFilter);
        case 'shm-size':
            return t.shmSize ?? null;
        case 'ulimits':
            return listValue(t.ulimits);
        case 'call':
            return t.call ?? null;
        case 'entitlements':
            return listValue(t.entitlements);
        case 'extra-hosts':
            return mapValue(t.extraHosts);
        case 'resources': {
            // ResourcesConfig.ToCtyValue: every field, null when not set
            if (!t.resources)
                return null;
            const r = t.resources;
            return new Map(_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCE_KEYS */ .kc.map((k) => [k, r[k] ?? null]));
        }
        case 'policy':
            return t.policy ? t.policy.map((p) => new Map((0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .policyMap */ .tp)(p))) : null;
        default:
            return undefined;
    }
}
function mergeMap(into, from, skipNull) {
    if (!from)
        return into;
    for (const [k, v] of from) {
        if (v === null && skipNull)
            continue;
        if (!into)
            into = new Map();
        into.set(k, v);
    }
    return into;
}
/**
 * Merges `t2` onto `t` (buildx Target.Merge): scalars and "replace" lists are taken from `t2`
 * when set; maps merge key-wise (nulls never unset); append-lists concatenate.
 */
function mergeTarget(t, t2) {
    (0,_file_relative_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeContextBases */ .gF)(t, t2); // BUILDX_BAKE_FILE_RELATIVE_PATHS: the file each path came from
    if (t2.context !== undefined)
        t.context = t2.context;
    if (t2.dockerfile !== undefined)
        t.dockerfile = t2.dockerfile;
    if (t2.dockerfileInline !== undefined)
        t.dockerfileInline = t2.dockerfileInline;
    t.args = mergeMap(t.args, t2.args, true);
    t.contexts = mergeMap(t.contexts, t2.contexts, false);
    t.labels = mergeMap(t.labels, t2.labels, true);
    if (t2.tags !== undefined)
        t.tags = [...t2.tags];
    if (t2.target !== undefined)
        t.target = t2.target;
    if (t2.call !== undefined)
        t.call = t2.call;
    if (t2.annotations !== undefined)
        t.annotations = [...(t.annotations ?? []), ...t2.annotations];
    if (t2.attest !== undefined)
        t.attest = (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeEntries */ .xq)(t.attest, t2.attest, _entries_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeAttests */ .Eg);
    // appended as they are (buildx keeps every entry: their order is the policy's composition)
    if (t2.policy !== undefined && (t.policy !== undefined || t2.policy.length))
        t.policy = [...(t.policy ?? []), ...t2.policy.map(_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .clonePolicy */ .uS)];
    if (t2.secret !== undefined)
        t.secret = (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeEntries */ .xq)(t.secret, t2.secret, _entries_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeSecrets */ .Fs);
    if (t2.ssh !== undefined)
        t.ssh = (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeEntries */ .xq)(t.ssh, t2.ssh, _entries_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeSsh */ .uT);
    if (t2.platforms !== undefined)
        t.platforms = [...t2.platforms];
    if (t2.cacheFrom !== undefined)
        t.cacheFrom = (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeEntries */ .xq)(t.cacheFrom, t2.cacheFrom, _entries_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeCaches */ .fm);
    if (t2.cacheTo !== undefined)
        t.cacheTo = [...t2.cacheTo];
    if (t2.output !== undefined)
        t.output = t2.output.map((o) => ({ ...o }));
    if (t2.pull !== undefined)
        t.pull = t2.pull;
    if (t2.noCache !== undefined)
        t.noCache = t2.noCache;
    if (t2.network !== undefined)
        t.network = t2.network;
    if (t2.noCacheFilter !== undefined)
        t.noCacheFilter = [...(t.noCacheFilter ?? []), ...t2.noCacheFilter];
    if (t2.shmSize !== undefined)
        t.shmSize = t2.shmSize;
    if (t2.ulimits !== undefined)
        t.ulimits = [...(t.ulimits ?? []), ...t2.ulimits];
    if (t2.resources !== undefined)
        t.resources = (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeResources */ .UZ)(t.resources, t2.resources);
    if (t2.description)
        t.description = t2.description;
    if (t2.entitlements !== undefined)
        t.entitlements = [...(t.entitlements ?? []), ...t2.entitlements];
    t.extraHosts = mergeMap(t.extraHosts, t2.extraHosts, true);
    if (t2.inherits)
        t.inherits = [...(t.inherits ?? []), ...t2.inherits];
}
/** Keeps the first occurrence, drops empty strings. */
function dedupeStrings(l) {
    if (l === undefined)
        return undefined;
    const seen = new Set();
    return l.filter((s) => s !== '' && !seen.has(s) && (seen.add(s), true));
}
/** buildx Target.normalize: dedupe lists, `network=host` entitlement, drop empty contexts. */
function normalizeTarget(t) {
    t.annotations = dedupeStrings(t.annotations);
    t.attest = (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeAttests */ .Eg)(t.attest);
    t.tags = dedupeStrings(t.tags);
    t.secret = (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeSecrets */ .Fs)(t.secret);
    t.ssh = (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeSsh */ .uT)(t.ssh);
    t.platforms = dedupeStrings(t.platforms);
    t.cacheFrom = (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeCaches */ .fm)(t.cacheFrom);
    t.cacheTo = (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeCaches */ .fm)(t.cacheTo);
    t.output = (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeExports */ .lX)(t.output);
    t.noCacheFilter = dedupeStrings(t.noCacheFilter);
    t.ulimits = dedupeStrings(t.ulimits);
    if (t.network === 'host')
        t.entitlements = [...(t.entitlements ?? []), 'network.host'];
    t.entitlements = dedupeStrings(t.entitlements);
    if (t.contexts) {
        for (const [k, v] of [...t.contexts])
            if (v === '')
                t.contexts.delete(k);
        if (t.contexts.size === 0)
            t.contexts = undefined;
    }
}
function cloneTarget(t) {
    const c = { ...t };
    const maps = ['contexts', 'args', 'labels', 'extraHosts'];
    for (const k of maps)
        if (t[k])
            c[k] = new Map(t[k]);
    const lists = ['inherits', 'annotations', 'tags', 'platforms', 'noCacheFilter', 'ulimits', 'entitlements'];
    for (const k of lists)
        if (t[k])
            c[k] = [...t[k]];
    const entries = ['attest', 'cacheFrom', 'cacheTo', 'secret', 'ssh', 'output'];
    for (const k of entries)
        if (t[k])
            c[k] = t[k].map((e) => ({ ...e }));
    if (t.resources)
        c.resources = { ...t.resources };
    if (t.policy)
        c.policy = t.policy.map(_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .clonePolicy */ .uS);
    (0,_file_relative_js__WEBPACK_IMPORTED_MODULE_1__/* .copyContextBases */ .Vd)(t, c);
    return c;
}


/***/ }),

/***/ 2039:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ rawStreamDefinition),
/* harmony export */   fJ: () => (/* binding */ serviceDefinition),
/* harmony export */   yU: () => (/* binding */ makeClientConstructor)
/* harmony export */ });
/* unused harmony export methodPaths */
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3033);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2328);
/**
 * Turns a protobufjs service from our registry into a grpc-js ServiceDefinition, so the same definition
 * serves both directions: clients for Control/LLBBridge, servers for the session services.
 */


function serializer(type) {
    return (value) => (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeWith */ .rk)(type, value);
}
function deserializer(type) {
    return (bytes) => (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeWith */ .pX)(type, bytes);
}
const cache = new Map();
function serviceDefinition(fullName) {
    const hit = cache.get(fullName);
    if (hit)
        return hit;
    const service = _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .root */ .zr.lookupService(fullName);
    service.resolveAll();
    const def = {};
    for (const method of service.methodsArray) {
        const req = method.resolvedRequestType;
        const res = method.resolvedResponseType;
        def[method.name] = {
            path: `/${fullName}/${method.name}`,
            requestStream: !!method.requestStream,
            responseStream: !!method.responseStream,
            requestSerialize: serializer(req),
            requestDeserialize: deserializer(req),
            responseSerialize: serializer(res),
            responseDeserialize: deserializer(res),
            originalName: method.name,
        };
    }
    cache.set(fullName, def);
    return def;
}
/** Full method paths (`/pkg.Service/Method`) of a service, as the session advertises them. */
function methodPaths(fullName) {
    return Object.values(serviceDefinition(fullName)).map((m) => m.path);
}
function makeClientConstructor(fullName) {
    return _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .makeGenericClientConstructor */ .ds(serviceDefinition(fullName), fullName);
}
/**
 * A definition for one bidirectional-stream method whose messages pass as raw bytes both ways: for services that
 * encode and decode their frames themselves (FileSync's hand-encoded Packets, FileSend's two frame kinds).
 */
function rawStreamDefinition(service, method) {
    const identity = (b) => b;
    return {
        [method]: {
            path: `/${service}/${method}`,
            requestStream: true,
            responseStream: true,
            requestSerialize: identity,
            requestDeserialize: identity,
            responseSerialize: identity,
            responseDeserialize: identity,
            originalName: method,
        },
    };
}


/***/ }),

/***/ 2328:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decodeMessage: () => (/* binding */ decodeMessage),
  pX: () => (/* binding */ decodeWith),
  mH: () => (/* binding */ encodeMessage),
  rk: () => (/* binding */ encodeWith),
  zr: () => (/* binding */ root)
});

// UNUSED EXPORTS: loadRoot, messageType, toObjectOptions

// EXTERNAL MODULE: ./node_modules/protobufjs/light.js
var light = __webpack_require__(365);
;// CONCATENATED MODULE: ./lib/buildkit/proto/descriptors.js
const descriptors = {
    "nested": {
        "google": {
            "nested": {
                "protobuf": {
                    "nested": {
                        "Timestamp": { "fields": { "seconds": { "type": "int64", "id": 1 }, "nanos": { "type": "int32", "id": 2 } } },
                        "Empty": { "fields": {} },
                        "Any": {
                            "fields": { "type_url": { "type": "string", "id": 1 }, "value": { "type": "bytes", "id": 2 } }
                        },
                        "FieldMask": { "fields": { "paths": { "rule": "repeated", "type": "string", "id": 1 } } }
                    }
                },
                "rpc": {
                    "nested": {
                        "Status": {
                            "fields": {
                                "code": { "type": "int32", "id": 1 },
                                "message": { "type": "string", "id": 2 },
                                "details": { "rule": "repeated", "type": "google.protobuf.Any", "id": 3 }
                            }
                        }
                    }
                }
            }
        },
        "pb": {
            "nested": {
                "Platform": {
                    "fields": {
                        "Architecture": { "type": "string", "id": 1 },
                        "OS": { "type": "string", "id": 2 },
                        "Variant": { "type": "string", "id": 3 },
                        "OSVersion": { "type": "string", "id": 4 },
                        "OSFeatures": { "rule": "repeated", "type": "string", "id": 5 }
                    }
                },
                "ProgressGroup": {
                    "fields": {
                        "id": { "type": "string", "id": 1 },
                        "name": { "type": "string", "id": 2 },
                        "weak": { "type": "bool", "id": 3 }
                    }
                },
                "Position": { "fields": { "line": { "type": "int32", "id": 1 }, "character": { "type": "int32", "id": 2 } } },
                "Range": { "fields": { "start": { "type": "Position", "id": 1 }, "end": { "type": "Position", "id": 2 } } },
                "SourceInfo": {
                    "fields": {
                        "filename": { "type": "string", "id": 1 },
                        "data": { "type": "bytes", "id": 2 },
                        "definition": { "type": "bytes", "id": 3 },
                        "language": { "type": "string", "id": 4 }
                    }
                },
                "Op": {
                    "oneofs": { "op": { "oneof": ["source"] } },
                    "fields": {
                        "inputs": { "rule": "repeated", "type": "Input", "id": 1 },
                        "source": { "type": "SourceOp", "id": 3 },
                        "platform": { "type": "Platform", "id": 10 }
                    }
                },
                "Input": { "fields": { "digest": { "type": "string", "id": 1 }, "index": { "type": "int64", "id": 2 } } },
                "SourceOp": {
                    "fields": {
                        "identifier": { "type": "string", "id": 1 },
                        "attrs": { "keyType": "string", "type": "string", "id": 2 }
                    }
                },
                "OpMetadata": {
                    "fields": {
                        "ignore_cache": { "type": "bool", "id": 1 },
                        "description": { "keyType": "string", "type": "string", "id": 2 },
                        "caps": { "keyType": "string", "type": "bool", "id": 5 },
                        "progress_group": { "type": "ProgressGroup", "id": 6 }
                    }
                },
                "Definition": {
                    "fields": {
                        "def": { "rule": "repeated", "type": "bytes", "id": 1 },
                        "metadata": { "keyType": "string", "type": "OpMetadata", "id": 2 }
                    }
                }
            }
        },
        "moby": {
            "nested": {
                "buildkit": {
                    "nested": {
                        "v1": {
                            "nested": {
                                "types": {
                                    "nested": {
                                        "WorkerRecord": {
                                            "fields": {
                                                "ID": { "type": "string", "id": 1 },
                                                "Labels": { "keyType": "string", "type": "string", "id": 2 },
                                                "platforms": { "rule": "repeated", "type": "pb.Platform", "id": 3 },
                                                "GCPolicy": { "rule": "repeated", "type": "GCPolicy", "id": 4 },
                                                "BuildkitVersion": { "type": "BuildkitVersion", "id": 5 }
                                            }
                                        },
                                        "GCPolicy": {
                                            "fields": {
                                                "all": { "type": "bool", "id": 1 },
                                                "keepDuration": { "type": "int64", "id": 2 },
                                                "keepBytes": { "type": "int64", "id": 3 },
                                                "filters": { "rule": "repeated", "type": "string", "id": 4 }
                                            }
                                        },
                                        "BuildkitVersion": {
                                            "fields": {
                                                "package": { "type": "string", "id": 1 },
                                                "version": { "type": "string", "id": 2 },
                                                "revision": { "type": "string", "id": 3 }
                                            }
                                        }
                                    }
                                },
                                "sourcepolicy": {
                                    "nested": {
                                        "PolicyAction": { "values": { "ALLOW": 0, "DENY": 1, "CONVERT": 2 } },
                                        "AttrMatch": { "values": { "EQUAL": 0, "NOTEQUAL": 1, "MATCHES": 2 } },
                                        "MatchType": { "values": { "WILDCARD": 0, "EXACT": 1, "REGEX": 2 } },
                                        "Rule": {
                                            "fields": {
                                                "action": { "type": "PolicyAction", "id": 1 },
                                                "selector": { "type": "Selector", "id": 2 },
                                                "updates": { "type": "Update", "id": 3 }
                                            }
                                        },
                                        "Update": {
                                            "fields": {
                                                "identifier": { "type": "string", "id": 1 },
                                                "attrs": { "keyType": "string", "type": "string", "id": 2 }
                                            }
                                        },
                                        "Selector": {
                                            "fields": {
                                                "identifier": { "type": "string", "id": 1 },
                                                "match_type": { "type": "MatchType", "id": 2 },
                                                "constraints": { "rule": "repeated", "type": "AttrConstraint", "id": 3 }
                                            }
                                        },
                                        "AttrConstraint": {
                                            "fields": {
                                                "key": { "type": "string", "id": 1 },
                                                "value": { "type": "string", "id": 2 },
                                                "condition": { "type": "AttrMatch", "id": 3 }
                                            }
                                        },
                                        "Policy": {
                                            "fields": {
                                                "version": { "type": "int64", "id": 1 },
                                                "rules": { "rule": "repeated", "type": "Rule", "id": 2 }
                                            }
                                        }
                                    }
                                },
                                "Control": {
                                    "methods": {
                                        "Solve": { "requestType": "SolveRequest", "responseType": "SolveResponse" },
                                        "Status": {
                                            "requestType": "StatusRequest",
                                            "responseType": "StatusResponse",
                                            "responseStream": true
                                        },
                                        "Session": {
                                            "requestType": "BytesMessage",
                                            "requestStream": true,
                                            "responseType": "BytesMessage",
                                            "responseStream": true
                                        },
                                        "ListWorkers": { "requestType": "ListWorkersRequest", "responseType": "ListWorkersResponse" },
                                        "Info": { "requestType": "InfoRequest", "responseType": "InfoResponse" },
                                        "ListenBuildHistory": {
                                            "requestType": "BuildHistoryRequest",
                                            "responseType": "BuildHistoryEvent",
                                            "responseStream": true
                                        }
                                    }
                                },
                                "SolveRequest": {
                                    "fields": {
                                        "Ref": { "type": "string", "id": 1 },
                                        "Definition": { "type": "bytes", "id": 2 },
                                        "ExporterDeprecated": { "type": "string", "id": 3 },
                                        "ExporterAttrsDeprecated": { "keyType": "string", "type": "string", "id": 4 },
                                        "Session": { "type": "string", "id": 5 },
                                        "Frontend": { "type": "string", "id": 6 },
                                        "FrontendAttrs": { "keyType": "string", "type": "string", "id": 7 },
                                        "Cache": { "type": "CacheOptions", "id": 8 },
                                        "Entitlements": { "rule": "repeated", "type": "string", "id": 9 },
                                        "FrontendInputs": { "keyType": "string", "type": "bytes", "id": 10 },
                                        "Internal": { "type": "bool", "id": 11 },
                                        "SourcePolicy": { "type": "moby.buildkit.v1.sourcepolicy.Policy", "id": 12 },
                                        "Exporters": { "rule": "repeated", "type": "Exporter", "id": 13 },
                                        "EnableSessionExporter": { "type": "bool", "id": 14 },
                                        "SourcePolicySession": { "type": "string", "id": 15 },
                                        "CompatibilityVersion": { "type": "int64", "id": 16 },
                                        "ProxyNetwork": { "type": "bool", "id": 17 }
                                    }
                                },
                                "Exporter": {
                                    "fields": {
                                        "Type": { "type": "string", "id": 1 },
                                        "Attrs": { "keyType": "string", "type": "string", "id": 2 }
                                    }
                                },
                                "CacheOptions": {
                                    "fields": {
                                        "ExportRefDeprecated": { "type": "string", "id": 1 },
                                        "ImportRefsDeprecated": { "rule": "repeated", "type": "string", "id": 2 },
                                        "ExportAttrsDeprecated": { "keyType": "string", "type": "string", "id": 3 },
                                        "Exports": { "rule": "repeated", "type": "CacheOptionsEntry", "id": 4 },
                                        "Imports": { "rule": "repeated", "type": "CacheOptionsEntry", "id": 5 }
                                    }
                                },
                                "CacheOptionsEntry": {
                                    "fields": {
                                        "Type": { "type": "string", "id": 1 },
                                        "Attrs": { "keyType": "string", "type": "string", "id": 2 }
                                    }
                                },
                                "SolveResponse": { "fields": { "ExporterResponse": { "keyType": "string", "type": "string", "id": 1 } } },
                                "StatusRequest": { "fields": { "Ref": { "type": "string", "id": 1 } } },
                                "StatusResponse": {
                                    "fields": {
                                        "vertexes": { "rule": "repeated", "type": "Vertex", "id": 1 },
                                        "statuses": { "rule": "repeated", "type": "VertexStatus", "id": 2 },
                                        "logs": { "rule": "repeated", "type": "VertexLog", "id": 3 },
                                        "warnings": { "rule": "repeated", "type": "VertexWarning", "id": 4 }
                                    }
                                },
                                "Vertex": {
                                    "fields": {
                                        "digest": { "type": "string", "id": 1 },
                                        "inputs": { "rule": "repeated", "type": "string", "id": 2 },
                                        "name": { "type": "string", "id": 3 },
                                        "cached": { "type": "bool", "id": 4 },
                                        "started": { "type": "google.protobuf.Timestamp", "id": 5 },
                                        "completed": { "type": "google.protobuf.Timestamp", "id": 6 },
                                        "error": { "type": "string", "id": 7 },
                                        "progressGroup": { "type": "pb.ProgressGroup", "id": 8 }
                                    }
                                },
                                "VertexStatus": {
                                    "fields": {
                                        "ID": { "type": "string", "id": 1 },
                                        "vertex": { "type": "string", "id": 2 },
                                        "name": { "type": "string", "id": 3 },
                                        "current": { "type": "int64", "id": 4 },
                                        "total": { "type": "int64", "id": 5 },
                                        "timestamp": { "type": "google.protobuf.Timestamp", "id": 6 },
                                        "started": { "type": "google.protobuf.Timestamp", "id": 7 },
                                        "completed": { "type": "google.protobuf.Timestamp", "id": 8 }
                                    }
                                },
                                "VertexLog": {
                                    "fields": {
                                        "vertex": { "type": "string", "id": 1 },
                                        "timestamp": { "type": "google.protobuf.Timestamp", "id": 2 },
                                        "stream": { "type": "int64", "id": 3 },
                                        "msg": { "type": "bytes", "id": 4 }
                                    }
                                },
                                "VertexWarning": {
                                    "fields": {
                                        "vertex": { "type": "string", "id": 1 },
                                        "level": { "type": "int64", "id": 2 },
                                        "short": { "type": "bytes", "id": 3 },
                                        "detail": { "rule": "repeated", "type": "bytes", "id": 4 },
                                        "url": { "type": "string", "id": 5 },
                                        "info": { "type": "pb.SourceInfo", "id": 6 },
                                        "ranges": { "rule": "repeated", "type": "pb.Range", "id": 7 }
                                    }
                                },
                                "BytesMessage": { "fields": { "data": { "type": "bytes", "id": 1 } } },
                                "ListWorkersRequest": { "fields": { "filter": { "rule": "repeated", "type": "string", "id": 1 } } },
                                "ListWorkersResponse": {
                                    "fields": {
                                        "record": { "rule": "repeated", "type": "moby.buildkit.v1.types.WorkerRecord", "id": 1 }
                                    }
                                },
                                "InfoRequest": { "fields": {} },
                                "InfoResponse": {
                                    "fields": { "buildkitVersion": { "type": "moby.buildkit.v1.types.BuildkitVersion", "id": 1 } }
                                },
                                "BuildHistoryRequest": {
                                    "fields": {
                                        "ActiveOnly": { "type": "bool", "id": 1 },
                                        "Ref": { "type": "string", "id": 2 },
                                        "EarlyExit": { "type": "bool", "id": 3 }
                                    }
                                },
                                "BuildHistoryEvent": {
                                    "fields": {
                                        "type": { "type": "int32", "id": 1 },
                                        "record": { "type": "BuildHistoryRecord", "id": 2 }
                                    }
                                },
                                "BuildHistoryRecord": {
                                    "fields": {
                                        "Ref": { "type": "string", "id": 1 },
                                        "Frontend": { "type": "string", "id": 2 },
                                        "FrontendAttrs": { "keyType": "string", "type": "string", "id": 3 },
                                        "CreatedAt": { "type": "google.protobuf.Timestamp", "id": 6 },
                                        "CompletedAt": { "type": "google.protobuf.Timestamp", "id": 7 },
                                        "numCachedSteps": { "type": "int32", "id": 15 },
                                        "numTotalSteps": { "type": "int32", "id": 16 },
                                        "numCompletedSteps": { "type": "int32", "id": 17 }
                                    }
                                },
                                "apicaps": {
                                    "nested": {
                                        "APICap": {
                                            "fields": {
                                                "ID": { "type": "string", "id": 1 },
                                                "Enabled": { "type": "bool", "id": 2 },
                                                "Deprecated": { "type": "bool", "id": 3 },
                                                "DisabledReason": { "type": "string", "id": 4 },
                                                "DisabledReasonMsg": { "type": "string", "id": 5 },
                                                "DisabledAlternative": { "type": "string", "id": 6 }
                                            }
                                        }
                                    }
                                },
                                "frontend": {
                                    "nested": {
                                        "LLBBridge": {
                                            "methods": {
                                                "Solve": { "requestType": "SolveRequest", "responseType": "SolveResponse" },
                                                "Evaluate": { "requestType": "EvaluateRequest", "responseType": "EvaluateResponse" },
                                                "ReadFile": { "requestType": "ReadFileRequest", "responseType": "ReadFileResponse" },
                                                "Ping": { "requestType": "PingRequest", "responseType": "PongResponse" },
                                                "Return": { "requestType": "ReturnRequest", "responseType": "ReturnResponse" }
                                            }
                                        },
                                        "Result": {
                                            "oneofs": { "result": { "oneof": ["refDeprecated", "refsDeprecated", "ref", "refs"] } },
                                            "fields": {
                                                "refDeprecated": { "type": "string", "id": 1 },
                                                "refsDeprecated": { "type": "RefMapDeprecated", "id": 2 },
                                                "ref": { "type": "Ref", "id": 3 },
                                                "refs": { "type": "RefMap", "id": 4 },
                                                "metadata": { "keyType": "string", "type": "bytes", "id": 10 },
                                                "attestations": { "keyType": "string", "type": "Attestations", "id": 12 }
                                            }
                                        },
                                        "RefMapDeprecated": { "fields": { "refs": { "keyType": "string", "type": "string", "id": 1 } } },
                                        "Ref": {
                                            "fields": { "id": { "type": "string", "id": 1 }, "def": { "type": "bytes", "id": 2 } }
                                        },
                                        "RefMap": { "fields": { "refs": { "keyType": "string", "type": "Ref", "id": 1 } } },
                                        "Attestations": {
                                            "fields": { "attestation": { "rule": "repeated", "type": "Attestation", "id": 1 } }
                                        },
                                        "Attestation": {
                                            "fields": {
                                                "kind": { "type": "int32", "id": 1 },
                                                "metadata": { "keyType": "string", "type": "bytes", "id": 2 },
                                                "ref": { "type": "Ref", "id": 3 },
                                                "path": { "type": "string", "id": 4 },
                                                "inTotoPredicateType": { "type": "string", "id": 5 },
                                                "inTotoSubjects": { "rule": "repeated", "type": "InTotoSubject", "id": 6 }
                                            }
                                        },
                                        "InTotoSubject": {
                                            "fields": {
                                                "kind": { "type": "int32", "id": 1 },
                                                "digest": { "rule": "repeated", "type": "string", "id": 2 },
                                                "name": { "type": "string", "id": 3 }
                                            }
                                        },
                                        "ReturnRequest": {
                                            "fields": { "result": { "type": "Result", "id": 1 }, "error": { "type": "bytes", "id": 2 } }
                                        },
                                        "ReturnResponse": { "fields": {} },
                                        "SolveRequest": {
                                            "fields": {
                                                "Definition": { "type": "bytes", "id": 1 },
                                                "Frontend": { "type": "string", "id": 2 },
                                                "FrontendOpt": { "keyType": "string", "type": "string", "id": 3 },
                                                "allowResultReturn": { "type": "bool", "id": 5 },
                                                "allowResultArrayRef": { "type": "bool", "id": 6 },
                                                "Final": { "type": "bool", "id": 10 },
                                                "ExporterAttr": { "type": "bytes", "id": 11 },
                                                "CacheImports": { "rule": "repeated", "type": "CacheOptionsEntry", "id": 12 },
                                                "FrontendInputs": { "keyType": "string", "type": "bytes", "id": 13 },
                                                "Evaluate": { "type": "bool", "id": 14 },
                                                "SourcePolicies": {
                                                    "rule": "repeated",
                                                    "type": "moby.buildkit.v1.sourcepolicy.Policy",
                                                    "id": 15
                                                }
                                            }
                                        },
                                        "CacheOptionsEntry": {
                                            "fields": {
                                                "Type": { "type": "string", "id": 1 },
                                                "Attrs": { "keyType": "string", "type": "string", "id": 2 }
                                            }
                                        },
                                        "SolveResponse": {
                                            "fields": { "ref": { "type": "string", "id": 1 }, "result": { "type": "Result", "id": 3 } }
                                        },
                                        "ReadFileRequest": {
                                            "fields": {
                                                "Ref": { "type": "string", "id": 1 },
                                                "FilePath": { "type": "string", "id": 2 },
                                                "Range": { "type": "FileRange", "id": 3 }
                                            }
                                        },
                                        "FileRange": {
                                            "fields": { "Offset": { "type": "int64", "id": 1 }, "Length": { "type": "int64", "id": 2 } }
                                        },
                                        "ReadFileResponse": { "fields": { "Data": { "type": "bytes", "id": 1 } } },
                                        "EvaluateRequest": { "fields": { "Ref": { "type": "string", "id": 1 } } },
                                        "EvaluateResponse": { "fields": {} },
                                        "PingRequest": { "fields": {} },
                                        "PongResponse": {
                                            "fields": {
                                                "FrontendAPICaps": { "rule": "repeated", "type": "moby.buildkit.v1.apicaps.APICap", "id": 1 },
                                                "LLBCaps": { "rule": "repeated", "type": "moby.buildkit.v1.apicaps.APICap", "id": 2 },
                                                "Workers": { "rule": "repeated", "type": "moby.buildkit.v1.types.WorkerRecord", "id": 3 }
                                            }
                                        }
                                    }
                                }
                            }
                        },
                        "secrets": {
                            "nested": {
                                "v1": {
                                    "nested": {
                                        "Secrets": {
                                            "methods": {
                                                "GetSecret": { "requestType": "GetSecretRequest", "responseType": "GetSecretResponse" }
                                            }
                                        },
                                        "GetSecretRequest": {
                                            "fields": {
                                                "ID": { "type": "string", "id": 1 },
                                                "annotations": { "keyType": "string", "type": "string", "id": 2 }
                                            }
                                        },
                                        "GetSecretResponse": { "fields": { "data": { "type": "bytes", "id": 1 } } }
                                    }
                                }
                            }
                        }
                    }
                },
                "sshforward": {
                    "nested": {
                        "v1": {
                            "nested": {
                                "SSH": {
                                    "methods": {
                                        "CheckAgent": { "requestType": "CheckAgentRequest", "responseType": "CheckAgentResponse" },
                                        "ForwardAgent": {
                                            "requestType": "BytesMessage",
                                            "requestStream": true,
                                            "responseType": "BytesMessage",
                                            "responseStream": true
                                        }
                                    }
                                },
                                "BytesMessage": { "fields": { "data": { "type": "bytes", "id": 1 } } },
                                "CheckAgentRequest": { "fields": { "ID": { "type": "string", "id": 1 } } },
                                "CheckAgentResponse": { "fields": {} }
                            }
                        }
                    }
                },
                "filesync": {
                    "nested": {
                        "v1": {
                            "nested": {
                                "Auth": {
                                    "methods": {
                                        "Credentials": { "requestType": "CredentialsRequest", "responseType": "CredentialsResponse" },
                                        "FetchToken": { "requestType": "FetchTokenRequest", "responseType": "FetchTokenResponse" },
                                        "GetTokenAuthority": {
                                            "requestType": "GetTokenAuthorityRequest",
                                            "responseType": "GetTokenAuthorityResponse"
                                        },
                                        "VerifyTokenAuthority": {
                                            "requestType": "VerifyTokenAuthorityRequest",
                                            "responseType": "VerifyTokenAuthorityResponse"
                                        }
                                    }
                                },
                                "CredentialsRequest": { "fields": { "Host": { "type": "string", "id": 1 } } },
                                "CredentialsResponse": {
                                    "fields": { "Username": { "type": "string", "id": 1 }, "Secret": { "type": "string", "id": 2 } }
                                },
                                "FetchTokenRequest": {
                                    "fields": {
                                        "ClientID": { "type": "string", "id": 1 },
                                        "Host": { "type": "string", "id": 2 },
                                        "Realm": { "type": "string", "id": 3 },
                                        "Service": { "type": "string", "id": 4 },
                                        "Scopes": { "rule": "repeated", "type": "string", "id": 5 }
                                    }
                                },
                                "FetchTokenResponse": {
                                    "fields": {
                                        "Token": { "type": "string", "id": 1 },
                                        "ExpiresIn": { "type": "int64", "id": 2 },
                                        "IssuedAt": { "type": "int64", "id": 3 }
                                    }
                                },
                                "GetTokenAuthorityRequest": {
                                    "fields": { "Host": { "type": "string", "id": 1 }, "Salt": { "type": "bytes", "id": 2 } }
                                },
                                "GetTokenAuthorityResponse": { "fields": { "PublicKey": { "type": "bytes", "id": 1 } } },
                                "VerifyTokenAuthorityRequest": {
                                    "fields": {
                                        "Host": { "type": "string", "id": 1 },
                                        "Payload": { "type": "bytes", "id": 2 },
                                        "Salt": { "type": "bytes", "id": 3 }
                                    }
                                },
                                "VerifyTokenAuthorityResponse": { "fields": { "Signed": { "type": "bytes", "id": 1 } } },
                                "FileSync": {
                                    "methods": {
                                        "DiffCopy": {
                                            "requestType": "fsutil.types.Packet",
                                            "requestStream": true,
                                            "responseType": "fsutil.types.Packet",
                                            "responseStream": true
                                        },
                                        "TarStream": {
                                            "requestType": "fsutil.types.Packet",
                                            "requestStream": true,
                                            "responseType": "fsutil.types.Packet",
                                            "responseStream": true
                                        }
                                    }
                                },
                                "FileSend": {
                                    "methods": {
                                        "DiffCopy": {
                                            "requestType": "BytesMessage",
                                            "requestStream": true,
                                            "responseType": "BytesMessage",
                                            "responseStream": true
                                        }
                                    }
                                },
                                "BytesMessage": { "fields": { "data": { "type": "bytes", "id": 1 } } }
                            }
                        }
                    }
                }
            }
        },
        "grpc": {
            "nested": {
                "health": {
                    "nested": {
                        "v1": {
                            "nested": {
                                "HealthCheckRequest": { "fields": { "service": { "type": "string", "id": 1 } } },
                                "HealthCheckResponse": {
                                    "fields": { "status": { "type": "ServingStatus", "id": 1 } },
                                    "nested": {
                                        "ServingStatus": { "values": { "UNKNOWN": 0, "SERVING": 1, "NOT_SERVING": 2, "SERVICE_UNKNOWN": 3 } }
                                    }
                                },
                                "HealthListRequest": { "fields": {} },
                                "HealthListResponse": {
                                    "fields": { "statuses": { "keyType": "string", "type": "HealthCheckResponse", "id": 1 } }
                                },
                                "Health": {
                                    "methods": {
                                        "Check": { "requestType": "HealthCheckRequest", "responseType": "HealthCheckResponse" },
                                        "List": { "requestType": "HealthListRequest", "responseType": "HealthListResponse" },
                                        "Watch": {
                                            "requestType": "HealthCheckRequest",
                                            "responseType": "HealthCheckResponse",
                                            "responseStream": true
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
        "fsutil": {
            "nested": {
                "types": {
                    "nested": {
                        "Stat": {
                            "fields": {
                                "path": { "type": "string", "id": 1 },
                                "mode": { "type": "uint32", "id": 2 },
                                "uid": { "type": "uint32", "id": 3 },
                                "gid": { "type": "uint32", "id": 4 },
                                "size": { "type": "int64", "id": 5 },
                                "modTime": { "type": "int64", "id": 6 },
                                "linkname": { "type": "string", "id": 7 },
                                "devmajor": { "type": "int64", "id": 8 },
                                "devminor": { "type": "int64", "id": 9 },
                                "xattrs": { "keyType": "string", "type": "bytes", "id": 10 }
                            }
                        },
                        "Packet": {
                            "fields": {
                                "type": { "type": "PacketType", "id": 1 },
                                "stat": { "type": "Stat", "id": 2 },
                                "ID": { "type": "uint32", "id": 3 },
                                "data": { "type": "bytes", "id": 4 }
                            },
                            "nested": {
                                "PacketType": {
                                    "values": {
                                        "PACKET_STAT": 0,
                                        "PACKET_REQ": 1,
                                        "PACKET_DATA": 2,
                                        "PACKET_FIN": 3,
                                        "PACKET_ERR": 4
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
        "containerd": {
            "nested": {
                "services": {
                    "nested": {
                        "content": {
                            "nested": {
                                "v1": {
                                    "nested": {
                                        "Content": {
                                            "methods": {
                                                "Info": { "requestType": "InfoRequest", "responseType": "InfoResponse" },
                                                "Update": { "requestType": "UpdateRequest", "responseType": "UpdateResponse" },
                                                "List": {
                                                    "requestType": "ListContentRequest",
                                                    "responseType": "ListContentResponse",
                                                    "responseStream": true
                                                },
                                                "Delete": {
                                                    "requestType": "DeleteContentRequest",
                                                    "responseType": "google.protobuf.Empty"
                                                },
                                                "Read": {
                                                    "requestType": "ReadContentRequest",
                                                    "responseType": "ReadContentResponse",
                                                    "responseStream": true
                                                },
                                                "Status": { "requestType": "StatusRequest", "responseType": "StatusResponse" },
                                                "ListStatuses": {
                                                    "requestType": "ListStatusesRequest",
                                                    "responseType": "ListStatusesResponse"
                                                },
                                                "Write": {
                                                    "requestType": "WriteContentRequest",
                                                    "requestStream": true,
                                                    "responseType": "WriteContentResponse",
                                                    "responseStream": true
                                                },
                                                "Abort": { "requestType": "AbortRequest", "responseType": "google.protobuf.Empty" }
                                            }
                                        },
                                        "Info": {
                                            "fields": {
                                                "digest": { "type": "string", "id": 1 },
                                                "size": { "type": "int64", "id": 2 },
                                                "created_at": { "type": "google.protobuf.Timestamp", "id": 3 },
                                                "updated_at": { "type": "google.protobuf.Timestamp", "id": 4 },
                                                "labels": { "keyType": "string", "type": "string", "id": 5 }
                                            }
                                        },
                                        "InfoRequest": { "fields": { "digest": { "type": "string", "id": 1 } } },
                                        "InfoResponse": { "fields": { "info": { "type": "Info", "id": 1 } } },
                                        "UpdateRequest": {
                                            "fields": {
                                                "info": { "type": "Info", "id": 1 },
                                                "update_mask": { "type": "google.protobuf.FieldMask", "id": 2 }
                                            }
                                        },
                                        "UpdateResponse": { "fields": { "info": { "type": "Info", "id": 1 } } },
                                        "ListContentRequest": { "fields": { "filters": { "rule": "repeated", "type": "string", "id": 1 } } },
                                        "ListContentResponse": { "fields": { "info": { "rule": "repeated", "type": "Info", "id": 1 } } },
                                        "DeleteContentRequest": { "fields": { "digest": { "type": "string", "id": 1 } } },
                                        "ReadContentRequest": {
                                            "fields": {
                                                "digest": { "type": "string", "id": 1 },
                                                "offset": { "type": "int64", "id": 2 },
                                                "size": { "type": "int64", "id": 3 }
                                            }
                                        },
                                        "ReadContentResponse": {
                                            "fields": { "offset": { "type": "int64", "id": 1 }, "data": { "type": "bytes", "id": 2 } }
                                        },
                                        "Status": {
                                            "fields": {
                                                "started_at": { "type": "google.protobuf.Timestamp", "id": 1 },
                                                "updated_at": { "type": "google.protobuf.Timestamp", "id": 2 },
                                                "ref": { "type": "string", "id": 3 },
                                                "offset": { "type": "int64", "id": 4 },
                                                "total": { "type": "int64", "id": 5 },
                                                "expected": { "type": "string", "id": 6 }
                                            }
                                        },
                                        "StatusRequest": { "fields": { "ref": { "type": "string", "id": 1 } } },
                                        "StatusResponse": { "fields": { "status": { "type": "Status", "id": 1 } } },
                                        "ListStatusesRequest": { "fields": { "filters": { "rule": "repeated", "type": "string", "id": 1 } } },
                                        "ListStatusesResponse": { "fields": { "statuses": { "rule": "repeated", "type": "Status", "id": 1 } } },
                                        "WriteAction": { "values": { "STAT": 0, "WRITE": 1, "COMMIT": 2 } },
                                        "WriteContentRequest": {
                                            "fields": {
                                                "action": { "type": "WriteAction", "id": 1 },
                                                "ref": { "type": "string", "id": 2 },
                                                "total": { "type": "int64", "id": 3 },
                                                "expected": { "type": "string", "id": 4 },
                                                "offset": { "type": "int64", "id": 5 },
                                                "data": { "type": "bytes", "id": 6 },
                                                "labels": { "keyType": "string", "type": "string", "id": 7 }
                                            }
                                        },
                                        "WriteContentResponse": {
                                            "fields": {
                                                "action": { "type": "WriteAction", "id": 1 },
                                                "started_at": { "type": "google.protobuf.Timestamp", "id": 2 },
                                                "updated_at": { "type": "google.protobuf.Timestamp", "id": 3 },
                                                "offset": { "type": "int64", "id": 4 },
                                                "total": { "type": "int64", "id": 5 },
                                                "digest": { "type": "string", "id": 6 }
                                            }
                                        },
                                        "AbortRequest": { "fields": { "ref": { "type": "string", "id": 1 } } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./lib/buildkit/proto/registry.js
/**
 * One protobufjs Root for every message bakekit puts on the wire.
 *
 * Each `src/buildkit/proto/*.ts` module holds our own `.proto` text for one BuildKit package (written from
 * the wire format: same package names, message names and field numbers as BuildKit, so the bytes match);
 * sources.ts lists them. The root is built from descriptors.ts, protobufjs JSON descriptors generated from those
 * texts by scripts/gen-proto.ts, rather than by parsing the texts at every start: that took ~8 ms of start-up and
 * needs protobufjs' parser, which the light build used here leaves out (docs/benchmarks.md, "Start-up").
 * Field names keep their original case (`Ref`, `FrontendAttrs`) because that is what BuildKit's .proto files
 * use and what we look up.
 */


/**
 * A root with every definition of descriptors.ts. Unlike `Root.fromJSON`, it resolves nothing up front: type
 * references and proto3 field features are resolved on first use (the first encode or decode of a type, a service
 * definition), as they were when the texts were parsed here — resolving everything at start cost ~6 ms.
 */
function loadRoot() {
    const loaded = new light.Root();
    loaded.addJSON(descriptors.nested ?? {});
    return loaded;
}
const root = loadRoot();
/** Options used whenever a decoded message becomes a plain object: int64 as decimal string keeps precision,
 * bytes stay Buffers. */
const toObjectOptions = {
    longs: String,
    enums: Number,
    defaults: false,
    arrays: true,
    objects: true,
    oneofs: true,
};
function messageType(fullName) {
    return root.lookupType(fullName);
}
function encodeMessage(fullName, value) {
    return encodeWith(messageType(fullName), value);
}
function decodeMessage(fullName, bytes) {
    return decodeWith(messageType(fullName), bytes);
}
/** `value` encoded as `type`: a Buffer view of the encoder's output, not a copy (under Node it is a Buffer already). */
function encodeWith(type, value) {
    // fromObject (not verify) because int64 fields are given as decimal strings, which verify rejects.
    const bytes = type.encode(type.fromObject(value)).finish();
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/** `bytes` decoded as `type`, as a plain object (toObjectOptions). */
function decodeWith(type, bytes) {
    return type.toObject(type.decode(bytes), toObjectOptions);
}


/***/ }),

/***/ 3618:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vO: () => (/* binding */ RpcServer),
/* harmony export */   wI: () => (/* binding */ FrameDecoder)
/* harmony export */ });
/* unused harmony exports CallMetadata, ServerCall, encodeGrpcMessage */
/* harmony import */ var node_http2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2467);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3033);
/**
 * The gRPC server of a session, written directly on `node:http2`.
 *
 * Why not grpc-js's server: a context transfer is tens of thousands of small fsutil packets on one stream, and
 * grpc-js writes a stream's next message only after the HTTP/2 write of the previous one completed — one message per
 * event-loop turn, ~10 µs of CPU each (docs/benchmarks.md). Here a stream's writable side buffers by bytes and
 * hands everything that accumulated while the previous write was in flight to HTTP/2 in one write, so hundreds of
 * packets share a DATA frame and a turn.
 *
 * The calls handed to handlers have the surface of grpc-js's server calls that our attachables use (`request`,
 * `metadata.get/getMap`, `cancelled` and the `'cancelled'` event, a Duplex of messages for streams,
 * `emit('error', {code, details})` to fail, the unary `callback(err, value)`), so an attachable runs unchanged on
 * either server and tests can drive it from a grpc-js client. Only what a BuildKit session needs is implemented:
 * no compression, no deadlines (the daemon sends none to sessions), no TLS (the tunnel is the connection).
 */



const KiB = 1024;
const MiB = 1024 * KiB;
/** The largest message accepted; the daemon's own session client sends at most 16 MiB. */
const MAX_MESSAGE = 32 * MiB;
/**
 * Bytes a stream buffers before write() asks the handler to wait. Large enough that a burst of small packets
 * goes out as one HTTP/2 write; small enough that big file chunks (256 KiB each) hold memory to a few chunks.
 */
const WRITE_BUFFER = 512 * KiB;
/** Messages decoded ahead of a slow handler before the HTTP/2 stream is paused. */
const READ_AHEAD = 64;
/** Frames at least this big are written without copying them next to their 5-byte prefix. */
const COPY_LIMIT = 32 * KiB;
class RpcServer {
    routes = new Map();
    sessions = new Set();
    calls = new Set();
    http2Server;
    closed = false;
    constructor() {
        this.http2Server = node_http2__WEBPACK_IMPORTED_MODULE_0__.createServer({
            // Buffered outbound data counts against this; a refused stream would be a failed transfer.
            maxSessionMemory: 1024,
            // Every include/exclude pattern of a DiffCopy is a header of its own.
            maxHeaderListPairs: 65_536,
            settings: {
                // What the daemon may send ahead on one stream (exporter tarballs through FileSend).
                initialWindowSize: 4 * MiB,
                maxHeaderListSize: 16 * MiB,
            },
        });
        this.http2Server.on('session', (session) => {
            this.sessions.add(session);
            session.on('error', () => {
                /* the tunnel's owner reports a broken connection; the calls see their streams close */
            });
            session.once('close', () => this.sessions.delete(session));
            const widenWindow = () => {
                try {
                    // The connection-wide window, which the stream setting above does not change (HTTP/2 starts it at 64 KiB).
                    session.setLocalWindowSize(16 * MiB);
                }
                catch {
                    /* a session closing while it connects: nothing to size */
                }
            };
            if (session.connecting)
                session.once('connect', widenWindow);
            else
                widenWindow();
        });
        this.http2Server.on('stream', (stream, headers) => this.onStream(stream, headers));
    }
    /** Serves `definition`'s methods that have a handler in `handlers`. */
    addService(definition, handlers) {
        for (const [name, handler] of Object.entries(handlers)) {
            const method = definition[name];
            if (!method)
                throw new Error(`no method ${name} in the service definition`);
            if (this.routes.has(method.path))
                throw new Error(`${method.path} is already served`);
            this.routes.set(method.path, { method, handler: handler });
        }
    }
    /** Runs the server side of an HTTP/2 connection on `socket` (the daemon is the client). */
    serve(socket) {
        if (this.closed) {
            socket.destroy();
            return;
        }
        this.http2Server.emit('connection', socket);
    }
    /** Drops every connection and cancels the calls still running. */
    close() {
        this.closed = true;
        for (const call of this.calls)
            call.cancel();
        for (const session of this.sessions)
            session.destroy();
        this.sessions.clear();
    }
    onStream(stream, headers) {
        stream.on('error', () => {
            /* a reset stream: the call sees 'close' and is cancelled */
        });
        const path = headers[':path'] ?? '';
        const contentType = headers['content-type'] ?? '';
        if (!contentType.startsWith('application/grpc')) {
            stream.respond({ ':status': 415 }, { endStream: true });
            return;
        }
        const route = this.routes.get(path);
        if (!route || this.closed) {
            respondStatus(stream, _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__/* .status */ .h5.UNIMPLEMENTED, route ? 'the session is closing' : `unknown method ${path}`);
            return;
        }
        const { method, handler } = route;
        const call = new ServerCall(stream, headers, method);
        this.calls.add(call);
        call.once('close', () => this.calls.delete(call));
        const invoke = () => {
            try {
                if (method.responseStream)
                    handler(call);
                else
                    handler(call, (err, value) => call.answer(err, value));
            }
            catch (err) {
                call.fail(err);
            }
        };
        if (method.requestStream) {
            invoke();
            return;
        }
        call.readRequest().then((request) => {
            call.request = request;
            invoke();
        }, (err) => call.fail(err));
    }
}
/** Request headers as grpc-js Metadata offers them to handlers: values of repeated headers arrive joined by ", ". */
class CallMetadata {
    headers;
    constructor(headers) {
        this.headers = headers;
    }
    get(key) {
        const v = this.headers[key.toLowerCase()];
        if (v === undefined)
            return [];
        return Array.isArray(v) ? v : [v];
    }
    /** Every custom header with its (first) value. */
    getMap() {
        const out = {};
        for (const [k, v] of Object.entries(this.headers)) {
            if (k.startsWith(':') || RESERVED_HEADERS.has(k) || k.startsWith('grpc-') || v === undefined)
                continue;
            out[k] = Array.isArray(v) ? v[0] : v;
        }
        return out;
    }
}
const RESERVED_HEADERS = new Set(['content-type', 'te', 'user-agent', 'accept-encoding', 'content-length']);
/**
 * One call: a Duplex whose readable side yields the request messages (deserialised) and whose writable side takes
 * response messages. Writes are serialised at once and buffered as bytes; _writev frames everything buffered into
 * one HTTP/2 write.
 */
class ServerCall extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Duplex {
    stream;
    method;
    request;
    metadata;
    cancelled = false;
    decoder = new FrameDecoder();
    statusSent = false;
    trailers = { 'grpc-status': String(_grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__/* .status */ .h5.OK) };
    constructor(stream, headers, method) {
        super({ readableObjectMode: true, readableHighWaterMark: READ_AHEAD, writableHighWaterMark: WRITE_BUFFER, decodeStrings: false, allowHalfOpen: true });
        this.stream = stream;
        this.method = method;
        this.metadata = new CallMetadata(headers);
        stream.on('data', (chunk) => this.onData(chunk));
        stream.once('end', () => {
            if (this.decoder.pending > 0)
                this.fail({ code: _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__/* .status */ .h5.INTERNAL, details: 'the request ended inside a message' });
            else
                this.push(null);
        });
        stream.once('close', () => {
            // Closed before we sent a status: the daemon reset the stream or the connection went away.
            if (!this.statusSent)
                this.cancel();
            else if (!this.destroyed)
                this.destroy();
        });
        stream.on('wantTrailers', () => stream.sendTrailers(this.trailers));
        // grpc-js's convention, which the attachables follow: emitting 'error' with {code, details} fails the call.
        this.on('error', (err) => this.finish(codeOf(err), detailsOf(err)));
    }
    /** The single request of a unary or server-streaming call. */
    readRequest() {
        return new Promise((resolve, reject) => {
            let request;
            let count = 0;
            this.on('data', (m) => {
                request = m;
                count++;
            });
            this.once('end', () => (count === 1 ? resolve(request) : reject({ code: _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__/* .status */ .h5.INTERNAL, details: `expected one request message, got ${count}` })));
            this.once('close', () => reject({ code: _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__/* .status */ .h5.UNKNOWN, details: 'cancelled' }));
        });
    }
    /** Serialises a response message now, so the buffer is counted in bytes. */
    write(chunk, encodingOrCb, cb) {
        const bytes = this.method.responseSerialize(chunk);
        return typeof encodingOrCb === 'function' ? super.write(bytes, encodingOrCb) : super.write(bytes, encodingOrCb, cb);
    }
    /** The unary callback: a response message and OK, or the error's status. */
    answer(err, value) {
        if (err) {
            this.fail(err);
            return;
        }
        try {
            // end(value) would skip our write(): it hands the chunk to the Writable internals unserialised.
            this.write(value);
            this.end();
        }
        catch (e) {
            this.fail(e);
        }
    }
    /** Ends the call with the status `err` carries ({code, details}, or UNKNOWN with an Error's message). */
    fail(err) {
        this.finish(codeOf(err), detailsOf(err));
        if (!this.destroyed)
            this.destroy();
    }
    /** The daemon went away (or the server closed): tell the handler, drop what is buffered. */
    cancel() {
        if (this.cancelled || this.statusSent) {
            if (!this.destroyed)
                this.destroy();
            return;
        }
        this.cancelled = true;
        this.statusSent = true;
        this.emit('cancelled');
        if (!this.stream.destroyed)
            this.stream.close(node_http2__WEBPACK_IMPORTED_MODULE_0__.constants.NGHTTP2_CANCEL);
        this.destroy();
    }
    _read() {
        if (this.stream.isPaused())
            this.stream.resume();
    }
    _write(chunk, _encoding, callback) {
        this.sendMessages([chunk], callback);
    }
    _writev(chunks, callback) {
        this.sendMessages(chunks.map((c) => c.chunk), callback);
    }
    _final(callback) {
        this.finish(_grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__/* .status */ .h5.OK, '');
        callback();
    }
    _destroy(err, callback) {
        // A handler destroying its call (e.g. an aborted export) without a status: the daemon sees a cancelled call.
        if (!this.statusSent) {
            this.statusSent = true;
            if (!this.stream.destroyed)
                this.stream.close(node_http2__WEBPACK_IMPORTED_MODULE_0__.constants.NGHTTP2_CANCEL);
        }
        callback(err);
    }
    onData(chunk) {
        let messages;
        try {
            messages = this.decoder.push(chunk);
        }
        catch (err) {
            this.fail(err);
            return;
        }
        for (const m of messages) {
            let message;
            try {
                message = this.method.requestDeserialize(m);
            }
            catch (err) {
                this.fail({ code: _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__/* .status */ .h5.INTERNAL, details: `cannot decode the request: ${err.message}` });
                return;
            }
            if (!this.push(message))
                this.stream.pause();
        }
    }
    sendMessages(messages, callback) {
        if (this.statusSent || this.stream.destroyed) {
            callback(new Error('the call has ended'));
            return;
        }
        this.sendHeaders();
        if (messages.length === 1 && messages[0].length >= COPY_LIMIT) {
            const message = messages[0];
            this.stream.cork();
            this.stream.write(framePrefix(message.length));
            this.stream.write(message, callback);
            this.stream.uncork();
            return;
        }
        let total = 0;
        for (const m of messages)
            total += 5 + m.length;
        const out = Buffer.allocUnsafe(total);
        let at = 0;
        for (const m of messages) {
            out[at] = 0;
            out.writeUInt32BE(m.length, at + 1);
            m.copy(out, at + 5);
            at += 5 + m.length;
        }
        this.stream.write(out, callback);
    }
    sendHeaders() {
        if (this.stream.headersSent)
            return;
        this.stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
    }
    /** Sends the status once: in trailers after a response, or as a trailers-only response. */
    finish(code, details) {
        if (this.statusSent)
            return;
        this.statusSent = true;
        if (this.stream.destroyed || this.stream.closed)
            return;
        if (!this.stream.headersSent) {
            respondStatus(this.stream, code, details);
            return;
        }
        this.trailers = statusHeaders(code, details);
        this.stream.end();
    }
}
function respondStatus(stream, code, details) {
    try {
        stream.respond({ ':status': 200, 'content-type': 'application/grpc', ...statusHeaders(code, details) }, { endStream: true });
    }
    catch {
        /* the stream closed meanwhile */
    }
}
function statusHeaders(code, details) {
    const headers = { 'grpc-status': String(code) };
    if (details)
        headers['grpc-message'] = encodeGrpcMessage(details);
    return headers;
}
/** gRPC's percent-encoding of grpc-message: UTF-8 bytes outside printable ASCII, and '%', become %XX. */
function encodeGrpcMessage(message) {
    let out = '';
    for (const byte of Buffer.from(message, 'utf8')) {
        out += byte >= 0x20 && byte <= 0x7e && byte !== 0x25 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
function framePrefix(length) {
    const prefix = Buffer.allocUnsafe(5);
    prefix[0] = 0;
    prefix.writeUInt32BE(length, 1);
    return prefix;
}
function codeOf(err) {
    const code = err?.code;
    return typeof code === 'number' && Number.isInteger(code) && code >= 0 && code <= 16 ? code : _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__/* .status */ .h5.UNKNOWN;
}
function detailsOf(err) {
    const e = err;
    if (typeof e?.details === 'string')
        return e.details;
    if (typeof e?.message === 'string')
        return e.message;
    return String(err);
}
/** Splits a byte stream into gRPC length-prefixed messages (5-byte prefix: compressed flag, big-endian length). */
class FrameDecoder {
    buffered = [];
    bufferedBytes = 0;
    /** Bytes needed before the next message can be cut: its prefix, then prefix and body. */
    needed = 5;
    /** Bytes held of a message not complete yet. */
    get pending() {
        return this.bufferedBytes;
    }
    push(chunk) {
        this.buffered.push(chunk);
        this.bufferedBytes += chunk.length;
        // A big message arrives in many chunks: join them once, when all of it is here, not once per chunk.
        if (this.bufferedBytes < this.needed)
            return [];
        const data = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered, this.bufferedBytes);
        const messages = [];
        let at = 0;
        this.needed = 5;
        while (data.length - at >= 5) {
            if (data[at] !== 0)
                throw { code: _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__/* .status */ .h5.UNIMPLEMENTED, details: 'compressed messages are not supported' };
            const length = data.readUInt32BE(at + 1);
            if (length > MAX_MESSAGE)
                throw { code: _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__/* .status */ .h5.RESOURCE_EXHAUSTED, details: `message of ${length} bytes exceeds the limit of ${MAX_MESSAGE}` };
            if (data.length - at - 5 < length) {
                this.needed = 5 + length;
                break;
            }
            messages.push(data.subarray(at + 5, at + 5 + length));
            at += 5 + length;
        }
        this.buffered = at < data.length ? [data.subarray(at)] : [];
        this.bufferedBytes = data.length - at;
        return messages;
    }
}


/***/ }),

/***/ 9038:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nn: () => (/* binding */ Session),
  OZ: () => (/* binding */ newSessionId)
});

// UNUSED EXPORTS: SESSION_HEADERS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/buildkit/proto/grpc-service.js
var grpc_service = __webpack_require__(2039);
// EXTERNAL MODULE: ./node_modules/@grpc/grpc-js/build/src/index.js
var src = __webpack_require__(3033);
;// CONCATENATED MODULE: ./lib/buildkit/proto/health.js
/**
 * `grpc.health.v1.Health` (grpc/health/v1/health.proto), served inside every session: the daemon calls Check every
 * 5 s and drops the session after two failures, so a session without it dies about 10 s after it starts.
 */
const HEALTH_PROTO = (/* unused pure expression or super */ null && (`
syntax = "proto3";
package grpc.health.v1;
message HealthCheckRequest { string service = 1; }
message HealthCheckResponse {
  enum ServingStatus { UNKNOWN = 0; SERVING = 1; NOT_SERVING = 2; SERVICE_UNKNOWN = 3; }
  ServingStatus status = 1;
}
message HealthListRequest {}
message HealthListResponse { map<string, HealthCheckResponse> statuses = 1; }
service Health {
  rpc Check(HealthCheckRequest) returns (HealthCheckResponse);
  rpc List(HealthListRequest) returns (HealthListResponse);
  rpc Watch(HealthCheckRequest) returns (stream HealthCheckResponse);
}
`));
const HEALTH_SERVICE = 'grpc.health.v1.Health';
const SERVING = 1;
const SERVICE_UNKNOWN = 3;

;// CONCATENATED MODULE: ./lib/buildkit/session/health.js
/**
 * The health service of a session, answering as grpc-go's health server does in a Go client's session (BuildKit
 * session.go: `health.NewServer()`, which knows one service, the server as a whole, named ""): Check and Watch report
 * SERVING for it and NotFound / SERVICE_UNKNOWN for any other name, List reports that one status. The daemon only
 * calls Check (every 5 s, dropping the session after two failures); the calls are counted so callers (and tests) can
 * see the daemon is still talking to the session.
 */


/** The one service the session reports on: the server as a whole. */
const OVERALL = '';
class HealthService {
    onCheck;
    serviceName = HEALTH_SERVICE;
    /** Check calls answered so far. */
    checks = 0;
    /** When the last Check arrived (ms since epoch), 0 before the first. */
    lastCheckAt = 0;
    watchers = new Set();
    constructor(onCheck) {
        this.onCheck = onCheck;
    }
    handlers() {
        return {
            Check: (call, callback) => {
                if ((call.request?.service ?? OVERALL) !== OVERALL) {
                    callback({ code: src/* status */.h5.NOT_FOUND, details: 'unknown service' });
                    return;
                }
                this.checks++;
                this.lastCheckAt = Date.now();
                this.onCheck?.();
                callback(null, { status: SERVING });
            },
            List: (_call, callback) => {
                callback(null, { statuses: { [OVERALL]: { status: SERVING } } });
            },
            // Watch streams the status and stays open until the caller goes away or the session closes.
            Watch: (call) => {
                this.watchers.add(call);
                call.on('cancelled', () => this.watchers.delete(call));
                call.write({ status: (call.request?.service ?? OVERALL) === OVERALL ? SERVING : SERVICE_UNKNOWN });
            },
        };
    }
    close() {
        for (const call of this.watchers)
            call.end();
        this.watchers.clear();
    }
}

// EXTERNAL MODULE: ./lib/buildkit/session/rpc-server.js
var rpc_server = __webpack_require__(3618);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/buildkit/session/socket-pair.js
/**
 * A native socket in front of a session tunnel that is only a JS stream (the `Control.Session` call of a buildkitd).
 *
 * Node runs HTTP/2 over a JS Duplex through JSStreamSocket, which completes every write one event-loop turn later,
 * and grpc-js sends the next message of a stream only once the previous write completed: a file transfer, tens of
 * thousands of small packets, then crawls at one packet per turn, each wrapped in its own tunnel message. Handing
 * the session's HTTP/2 server one end of a private unix socket connection instead, with the other end piped to the
 * tunnel, lets writes complete natively, and the tunnel carries what accumulated in the socket in large chunks.
 */




/** `tunnel` itself when it already is a socket; else the near end of a socket pair whose far end is piped to it. */
async function nativeSocketFor(tunnel) {
    if (tunnel instanceof external_node_net_.Socket)
        return tunnel;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'bakekit-session-'));
    const path = process.platform === 'win32' ? `\\\\.\\pipe\\${dir.replace(/[\\/:]/g, '-')}` : (0,external_node_path_.join)(dir, 's.sock');
    const server = external_node_net_.createServer();
    try {
        const accepted = new Promise((resolve, reject) => {
            server.once('connection', resolve);
            server.once('error', reject);
        });
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(path, () => resolve());
        });
        const near = external_node_net_.connect(path);
        const far = await accepted;
        near.setNoDelay?.(true);
        splice(far, tunnel);
        return near;
    }
    finally {
        server.close();
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** Pipes `socket` and `tunnel` both ways; either one ending or closing ends or closes the other. */
function splice(socket, tunnel) {
    socket.pipe(tunnel);
    tunnel.pipe(socket);
    socket.on('error', () => tunnel.destroy());
    tunnel.on('error', () => socket.destroy());
    socket.on('close', () => tunnel.destroy());
    tunnel.on('close', () => socket.destroy());
}

;// CONCATENATED MODULE: ./lib/buildkit/session/session.js





const SESSION_HEADERS = {
    id: 'x-docker-expose-session-uuid',
    name: 'x-docker-expose-session-name',
    sharedKey: 'x-docker-expose-session-sharedkey',
    method: 'x-docker-expose-session-grpc-method',
};
/** 25 random base36 characters, like BuildKit's identity.NewID; never contains ':' (the daemon splits on it). */
function newSessionId() {
    let id = '';
    while (id.length < 25) {
        const bytes = (0,external_node_crypto_.randomBytes)(32);
        for (const b of bytes) {
            if (b < 252 && id.length < 25)
                id += (b % 36).toString(36); // 252 = 7*36: no modulo bias
        }
    }
    return id;
}
class Session {
    id;
    idReused;
    name;
    sharedKey;
    /** Settles when the daemon drops the session (or close() finished). Never rejects. */
    closed;
    health = new HealthService();
    attachables = [];
    server;
    tunnel;
    markClosed;
    state = 'new';
    closing;
    /** Why the session ended without close(): the tunnel broke or the daemon dropped it. Undefined otherwise. */
    lostReason;
    constructor(opts = {}) {
        this.id = opts.reusedId ?? newSessionId();
        this.idReused = opts.reusedId !== undefined;
        this.name = opts.name ?? 'bakekit';
        this.sharedKey = opts.sharedKey ?? this.id;
        this.closed = new Promise((resolve) => {
            this.markClosed = resolve;
        });
    }
    /** Health Check calls the daemon made so far: proof the daemon still sees this session. */
    get healthChecks() {
        return this.health.checks;
    }
    get lastHealthCheckAt() {
        return this.health.lastCheckAt;
    }
    /** Adds a service to serve; only before run(). */
    attach(a) {
        if (this.state !== 'new')
            throw new Error('Session.attach() must be called before run()');
        if (a.serviceName === this.health.serviceName || this.attachables.some((x) => x.serviceName === a.serviceName)) {
            throw new Error(`session already serves ${a.serviceName}`);
        }
        this.attachables.push(a);
        return this;
    }
    /** The method paths advertised to the daemon, one header each. */
    advertisedMethods() {
        return this.services().flatMap(({ attachable, handlers }) => advertised(attachable, handlers));
    }
    /** Every served service with its handlers, Health first; handlers() is called once per attachable. */
    services() {
        const all = [this.health, ...this.attachables];
        return all.map((attachable) => ({ attachable, handlers: attachable.handlers() }));
    }
    /** Serves the session over a tunnel opened on `conn`; resolves once the daemon has accepted the tunnel. */
    async run(conn) {
        if (this.state !== 'new')
            throw new Error(`Session.run() called twice (session ${this.id})`);
        this.state = 'starting';
        const server = new rpc_server/* RpcServer */.vO();
        this.server = server;
        const headers = [
            [SESSION_HEADERS.id, this.id],
            [SESSION_HEADERS.name, this.name],
            [SESSION_HEADERS.sharedKey, this.sharedKey],
        ];
        let tunnel;
        let socket;
        try {
            for (const { attachable, handlers } of this.services()) {
                server.addService(attachable.definition ?? (0,grpc_service/* serviceDefinition */.fJ)(attachable.serviceName), handlers);
                for (const path of advertised(attachable, handlers))
                    headers.push([SESSION_HEADERS.method, path]);
            }
            tunnel = await conn.openSessionTunnel(headers, { idReused: this.idReused });
            socket = await nativeSocketFor(tunnel).catch((err) => {
                tunnel.destroy();
                throw err;
            });
        }
        catch (err) {
            await this.close(); // the session is over before it began: settle `closed`, release the attachables
            throw new Error(`cannot open a BuildKit session on ${conn.description}: ${err.message}`);
        }
        if (this.state !== 'starting') {
            // close() raced run(): don't leave the tunnel behind
            tunnel.destroy();
            socket.destroy();
            return;
        }
        this.tunnel = tunnel;
        // The daemon ending (or breaking) the tunnel is the end of the session.
        let tunnelError;
        tunnel.on('error', (err) => {
            /* reported through `closed` and `lostReason`; the HTTP/2 session sees the same failure */
            tunnelError ??= err;
        });
        tunnel.once('close', () => {
            if (this.state === 'running')
                this.lostReason = tunnelError ?? new Error('the daemon ended the session');
            void this.close();
        });
        server.serve(socket);
        this.state = 'running';
    }
    /**
     * Half-closes the tunnel and waits (bounded) for the daemon to end it, then stops the server and closes the
     * attachables. Call only after every Solve using this session returned: exporters stream through it.
     */
    close() {
        this.closing ??= this.doClose();
        return this.closing;
    }
    async doClose() {
        const wasNew = this.state === 'new';
        this.state = 'closing';
        const tunnel = this.tunnel;
        if (tunnel && !tunnel.destroyed) {
            const ended = new Promise((resolve) => tunnel.once('close', () => resolve()));
            // EOF for the daemon; it closes its HTTP/2 client and ends the tunnel from its side.
            tunnel.end();
            const timer = setTimeout(() => tunnel.destroy(), 3000);
            await ended;
            clearTimeout(timer);
        }
        // The tunnel is gone by now, so nothing graceful is left to wait for: drop any calls still running.
        if (!wasNew)
            this.server?.close();
        for (const a of this.attachables) {
            try {
                a.close?.();
            }
            catch {
                /* an attachable failing to clean up must not keep the session open */
            }
        }
        this.health.close();
        this.state = 'closed';
        this.markClosed();
    }
}
function advertised(a, handlers) {
    const def = a.definition ?? (0,grpc_service/* serviceDefinition */.fJ)(a.serviceName);
    return (a.advertisedMethods ?? Object.keys(handlers)).map((m) => {
        if (!def[m])
            throw new Error(`${a.serviceName} has no method ${m}`);
        return def[m].path;
    });
}


/***/ })

};
