export const id = 354;
export const ids = [354];
export const modules = {

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

/***/ 8354:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bindSecrets: () => (/* binding */ bindSecrets),
  identifyLocalDirs: () => (/* binding */ identifyLocalDirs),
  resolveDefinition: () => (/* binding */ resolveDefinition),
  runBake: () => (/* binding */ runBake),
  targetSpecs: () => (/* binding */ targetSpecs)
});

// UNUSED EXPORTS: checkDefinitionEntitlements, overridesFor, writeMetadataFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/bake/errors.js
var bake_errors = __webpack_require__(7554);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
;// CONCATENATED MODULE: ./lib/bake/hcl/value.js
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

;// CONCATENATED MODULE: ./lib/bake/entries.js


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
    const rows = (0,sync/* parse */.qg)(s, { relax_quotes: true, relax_column_count: true, skip_empty_lines: false });
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
    v = materialize(v);
    if (!(v instanceof Map))
        throw new Error(`Unsuitable value type; ${what} entries must be strings or objects`);
    const out = new Map();
    for (const [k, x] of v) {
        const s = asString(x, `${what}.${k}`);
        if (s !== null)
            out.set(k, s);
    }
    return out;
}
/** Elements of a structured list: empty strings are skipped (issue #2822). */
function entries_elements(v) {
    return v === null ? [] : v.filter((x) => !(typeof x === 'string' && x === '') && x !== null);
}
function exportsFromValue(list) {
    return entries_elements(list).map((v) => {
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
    return entries_elements(list).flatMap((v) => {
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
    return entries_elements(list).map((v) => {
        if (typeof v === 'string')
            return parseSecretText(v);
        const m = stringMap(v, 'secret');
        return cleanSecret({ id: m.get('id'), src: m.get('src'), env: m.get('env') });
    });
}
function sshFromValue(list) {
    return entries_elements(list).map((v) => {
        if (typeof v === 'string')
            return parseSshText(v);
        const o = materialize(v);
        if (!(o instanceof Map))
            throw new Error('Unsuitable value type; ssh entries must be strings or objects');
        const out = {};
        const id = asString(o.get('id') ?? null);
        if (id)
            out.id = id;
        const paths = materialize(o.get('paths') ?? null);
        if (Array.isArray(paths) && paths.length > 0)
            out.paths = paths.map((p) => asString(p) ?? '');
        return out;
    });
}
function attestsFromValue(list) {
    return entries_elements(list).map((v) => {
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

;// CONCATENATED MODULE: ./lib/bake/target.js


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
    'call',
    'entitlements',
    'extra-hosts',
];
function isTargetAttribute(name) {
    return TARGET_ATTRIBUTES.includes(name);
}
function stringList(v, what) {
    const l = asList(v, what);
    if (l === null)
        return undefined;
    return l.map((x, i) => asString(x, `${what}[${i}]`) ?? '');
}
function target_stringMap(v, what) {
    const o = asObject(v, what);
    if (o === null)
        return undefined;
    const m = new Map();
    for (const [k, x] of o)
        m.set(k, asString(x, `${what}.${k}`));
    return m;
}
function optString(v, what) {
    const s = asString(v, what);
    return s === null ? undefined : s;
}
function optBool(v, what) {
    const b = asBool(v, what);
    return b === null ? undefined : b;
}
/** Decodes one evaluated attribute value into the target (type errors throw). */
function setTargetAttribute(t, name, raw) {
    const v = materialize(raw);
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
            t.attest = v === null ? undefined : attestsFromValue(listOf(v, name));
            return;
        case 'context':
            t.context = optString(v, name);
            return;
        case 'contexts': {
            const m = target_stringMap(v, name);
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
            t.args = target_stringMap(v, name);
            return;
        case 'labels':
            t.labels = target_stringMap(v, name);
            return;
        case 'tags':
            t.tags = stringList(v, name);
            return;
        case 'cache-from':
            t.cacheFrom = v === null ? undefined : cachesFromValue(listOf(v, name));
            return;
        case 'cache-to':
            t.cacheTo = v === null ? undefined : cachesFromValue(listOf(v, name));
            return;
        case 'target':
            t.target = optString(v, name);
            return;
        case 'secret':
            t.secret = v === null ? undefined : secretsFromValue(listOf(v, name));
            return;
        case 'ssh':
            t.ssh = v === null ? undefined : sshFromValue(listOf(v, name));
            return;
        case 'platforms':
            t.platforms = stringList(v, name);
            return;
        case 'output':
            t.output = v === null ? undefined : exportsFromValue(listOf(v, name));
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
            t.extraHosts = target_stringMap(v, name);
            return;
    }
}
function listOf(v, what) {
    return asList(v, what) ?? [];
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
        t.attest = mergeEntries(t.attest, t2.attest, normalizeAttests);
    if (t2.secret !== undefined)
        t.secret = mergeEntries(t.secret, t2.secret, normalizeSecrets);
    if (t2.ssh !== undefined)
        t.ssh = mergeEntries(t.ssh, t2.ssh, normalizeSsh);
    if (t2.platforms !== undefined)
        t.platforms = [...t2.platforms];
    if (t2.cacheFrom !== undefined)
        t.cacheFrom = mergeEntries(t.cacheFrom, t2.cacheFrom, normalizeCaches);
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
    t.attest = normalizeAttests(t.attest);
    t.tags = dedupeStrings(t.tags);
    t.secret = normalizeSecrets(t.secret);
    t.ssh = normalizeSsh(t.ssh);
    t.platforms = dedupeStrings(t.platforms);
    t.cacheFrom = normalizeCaches(t.cacheFrom);
    t.cacheTo = normalizeCaches(t.cacheTo);
    t.output = normalizeExports(t.output);
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
    return c;
}

;// CONCATENATED MODULE: ./lib/bake/print.js

/** The order encoding/json writes buildx's Target struct fields in: the attribute order, less `inherits` (never printed). */
const FIELD_ORDER = TARGET_ATTRIBUTES.filter((a) => a !== 'inherits');
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
    set('call', t.call);
    set('entitlements', nonEmpty(t.entitlements));
    set('extra-hosts', sortedRecord(t.extraHosts));
    return out;
}
function toBakeDefinition(targets, groups) {
    const def = { group: {}, target: {} };
    for (const name of [...groups.keys()].sort(compareBytes)) {
        const g = groups.get(name);
        def.group[name] = g.description ? { description: g.description, targets: [...g.targets] } : { targets: [...g.targets] };
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
    return '{\n' + v.entries.map(([k, x]) => `${inner}${goString(k)}: ${write(x, inner)}`).join(',\n') + '\n' + indent + '}';
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
    top.push(['target', new Ordered(Object.keys(def.target).sort(compareBytes).map((name) => [name, targetJson(def.target[name])]))]);
    return write(new Ordered(top), '') + '\n';
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/bake/hcl/eval.js


const ANCHOR = '\u0000splat';
/** A context with extra local names (for-expression iterators, matrix keys, function params). */
function childContext(parent, vars) {
    return {
        lookupVariable: (name, pos) => (vars.has(name) ? vars.get(name) : parent.lookupVariable(name, pos)),
        lookupFunction: (name) => parent.lookupFunction(name),
    };
}
/** Evaluates an expression to a concrete value (lazy block references are forced). */
function evaluate(expr, ctx) {
    return materializeAt(evalRaw(expr, ctx), expr.pos);
}
function materializeAt(v, pos) {
    try {
        return materialize(v);
    }
    catch (e) {
        throw wrap(e, pos);
    }
}
function wrap(e, pos) {
    if (e instanceof bake_errors/* BakeError */.o)
        return e;
    return new bake_errors/* BakeError */.o(e instanceof Error ? e.message : String(e), pos);
}
function fail(pos, msg) {
    throw new bake_errors/* BakeError */.o(msg, pos);
}
/** Evaluates without forcing lazy values, so `target.x.attr` only evaluates `attr`. */
function evalRaw(expr, ctx) {
    switch (expr.kind) {
        case 'literal':
            return expr.value;
        case 'paren':
            return evalRaw(expr.expr, ctx);
        case 'template':
            return evalTemplate(expr.parts, ctx, expr.pos);
        case 'var': {
            let v;
            try {
                v = ctx.lookupVariable(expr.name, expr.pos);
            }
            catch (e) {
                throw wrap(e, expr.pos);
            }
            if (v === undefined)
                fail(expr.pos, `Unknown variable; There is no variable named "${expr.name}".`);
            return v;
        }
        case 'anchor': {
            const v = ctx.lookupVariable(ANCHOR, expr.pos);
            return v === undefined ? null : v;
        }
        case 'getattr':
            return getAttr(evalRaw(expr.obj, ctx), expr.name, expr.pos);
        case 'index': {
            const obj = evalRaw(expr.obj, ctx);
            const key = evaluate(expr.key, ctx);
            return index(obj, key, expr.pos);
        }
        case 'splat': {
            const obj = evaluate(expr.obj, ctx);
            if (obj === null)
                return [];
            const items = Array.isArray(obj) ? obj : [obj];
            return items.map((item) => evaluate(expr.each, childContext(ctx, new Map([[ANCHOR, item]]))));
        }
        case 'call':
            return evalCall(expr, ctx);
        case 'tuple':
            return expr.items.map((i) => evaluate(i, ctx));
        case 'object': {
            const m = new Map();
            for (const item of expr.items) {
                const k = evaluate(item.key, ctx);
                let ks;
                try {
                    ks = asString(k, 'object key');
                }
                catch (e) {
                    throw wrap(e, item.key.pos);
                }
                if (ks === null)
                    fail(item.key.pos, 'Invalid object key; object keys must not be null');
                m.set(ks, evaluate(item.value, ctx));
            }
            return m;
        }
        case 'for':
            return evalFor(expr, ctx);
        case 'cond': {
            const c = evaluate(expr.cond, ctx);
            if (c === null)
                fail(expr.cond.pos, 'Null condition; The condition value is null. Conditions must either be true or false.');
            let b;
            try {
                b = asBool(c, 'the condition');
            }
            catch (e) {
                throw wrap(e, expr.cond.pos);
            }
            return b ? evalRaw(expr.then, ctx) : evalRaw(expr.else, ctx);
        }
        case 'unary': {
            const v = evaluate(expr.operand, ctx);
            try {
                if (expr.op === '!') {
                    const b = asBool(v, 'the operand');
                    if (b === null)
                        fail(expr.pos, 'Invalid operand; Unsuitable value for unary operand: a bool is required, not null.');
                    return !b;
                }
                const n = asNumber(v, 'the operand');
                if (n === null)
                    fail(expr.pos, 'Invalid operand; Unsuitable value for unary operand: a number is required, not null.');
                return -n;
            }
            catch (e) {
                throw wrap(e, expr.pos);
            }
        }
        case 'binary':
            return evalBinary(expr, ctx);
    }
}
function getAttr(obj, name, pos) {
    if (obj instanceof LazyValue) {
        try {
            return obj.getAttr(name);
        }
        catch (e) {
            throw wrap(e, pos);
        }
    }
    if (obj === null)
        fail(pos, `Attempt to get attribute from null value; This value is null, so it does not have any attributes.`);
    if (obj instanceof Map) {
        if (!obj.has(name))
            fail(pos, `Unsupported attribute; This object does not have an attribute named "${name}".`);
        return obj.get(name);
    }
    fail(pos, `Unsupported attribute; Can't access attributes on a primitive-typed value (${typeName(obj)}).`);
}
function index(obj, key, pos) {
    if (obj instanceof LazyValue) {
        let k;
        try {
            k = asString(key);
        }
        catch (e) {
            throw wrap(e, pos);
        }
        if (k === null)
            fail(pos, 'Invalid index; Can\'t use a null value as an indexing key.');
        return getAttr(obj, k, pos);
    }
    if (obj === null)
        fail(pos, 'Attempt to index null value; This value is null, so it does not have any indices.');
    if (key === null)
        fail(pos, "Invalid index; Can't use a null value as an indexing key.");
    if (Array.isArray(obj)) {
        let n;
        try {
            n = asNumber(key, 'the index');
        }
        catch {
            fail(pos, 'Invalid index; The given key does not identify an element in this collection value: a number is required.');
        }
        if (n === null || !Number.isInteger(n) || n < 0 || n >= obj.length) {
            fail(pos, 'Invalid index; The given key does not identify an element in this collection value.');
        }
        return obj[n];
    }
    if (obj instanceof Map) {
        let k;
        try {
            k = asString(key);
        }
        catch {
            fail(pos, 'Invalid index; The given key does not identify an element in this collection value: string required.');
        }
        if (!obj.has(k))
            fail(pos, 'Invalid index; The given key does not identify an element in this collection value.');
        return obj.get(k);
    }
    fail(pos, `Invalid index; This value does not have any indices (it is a ${typeName(obj)}).`);
}
function evalBinary(expr, ctx) {
    const { op } = expr;
    if (op === '&&' || op === '||') {
        const l = bool(evaluate(expr.left, ctx), expr.left.pos);
        // HCL evaluates both operands; short-circuiting only matters for errors.
        const r = bool(evaluate(expr.right, ctx), expr.right.pos);
        return op === '&&' ? l && r : l || r;
    }
    const l = evaluate(expr.left, ctx);
    const r = evaluate(expr.right, ctx);
    if (op === '==')
        return valuesEqual(l, r);
    if (op === '!=')
        return !valuesEqual(l, r);
    const a = num(l, expr.left.pos);
    const b = num(r, expr.right.pos);
    switch (op) {
        case '+':
            return a + b;
        case '-':
            return a - b;
        case '*':
            return a * b;
        case '/':
            if (b === 0)
                fail(expr.pos, 'Operation failed; Error during operation: can\'t divide by zero.');
            return a / b;
        case '%':
            if (b === 0)
                fail(expr.pos, 'Operation failed; Error during operation: can\'t use modulo by zero.');
            return a % b;
        case '<':
            return a < b;
        case '>':
            return a > b;
        case '<=':
            return a <= b;
        case '>=':
            return a >= b;
    }
}
function num(v, pos) {
    try {
        const n = asNumber(v, 'the operand');
        if (n === null)
            fail(pos, 'Invalid operand; Unsuitable value for operand: a number is required, not null.');
        return n;
    }
    catch (e) {
        throw wrap(e, pos);
    }
}
function bool(v, pos) {
    try {
        const b = asBool(v, 'the operand');
        if (b === null)
            fail(pos, 'Invalid operand; Unsuitable value for operand: a bool is required, not null.');
        return b;
    }
    catch (e) {
        throw wrap(e, pos);
    }
}
/** Iterates a collection as (key, value) pairs: lists by index, maps by sorted key. */
function iterate(coll, pos) {
    if (Array.isArray(coll))
        return coll.map((v, i) => [i, v]);
    if (coll instanceof Map)
        return sortedKeys(coll).map((k) => [k, coll.get(k)]);
    if (coll === null)
        fail(pos, 'Iteration over null value; A null value cannot be used as the collection in a \'for\' expression.');
    fail(pos, `Iteration over non-iterable value; A value of type ${typeName(coll)} cannot be used as the collection in a 'for' expression.`);
}
function evalFor(expr, ctx) {
    const coll = evaluate(expr.coll, ctx);
    const pairs = iterate(coll, expr.coll.pos);
    const isObject = expr.keyExpr !== undefined;
    const list = [];
    const obj = new Map();
    for (const [k, v] of pairs) {
        const vars = new Map();
        if (expr.keyVar)
            vars.set(expr.keyVar, k);
        vars.set(expr.valVar, v);
        const inner = childContext(ctx, vars);
        if (expr.cond) {
            const c = evaluate(expr.cond, inner);
            if (c === null)
                fail(expr.cond.pos, 'Condition is null; The value of the \'if\' clause must not be null.');
            if (!bool(c, expr.cond.pos))
                continue;
        }
        if (!isObject) {
            list.push(evaluate(expr.valExpr, inner));
            continue;
        }
        let key;
        try {
            key = asString(evaluate(expr.keyExpr, inner), 'the object key');
        }
        catch (e) {
            throw wrap(e, expr.keyExpr.pos);
        }
        if (key === null)
            fail(expr.keyExpr.pos, 'Invalid object key; Key expression in \'for\' expression must not produce a null value.');
        const val = evaluate(expr.valExpr, inner);
        if (expr.group) {
            const existing = obj.get(key);
            if (Array.isArray(existing))
                existing.push(val);
            else
                obj.set(key, [val]);
        }
        else {
            if (obj.has(key)) {
                fail(expr.keyExpr.pos, `Duplicate object key; Two different items produced the key "${key}" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`);
            }
            obj.set(key, val);
        }
    }
    return isObject ? obj : list;
}
function evalTemplate(parts, ctx, pos) {
    // A template that is exactly one interpolation yields the raw value (a null stays null).
    if (parts.length === 1 && parts[0].kind === 'interp')
        return evalRaw(parts[0].expr, ctx);
    if (parts.length === 0)
        return '';
    return renderTemplate(parts, ctx, pos);
}
function renderTemplate(parts, ctx, pos) {
    let out = '';
    for (const p of parts) {
        switch (p.kind) {
            case 'text':
                out += p.value;
                break;
            case 'interp': {
                const v = evaluate(p.expr, ctx);
                if (v === null)
                    fail(p.expr.pos, 'Invalid template interpolation value; The expression result is null. Cannot include a null value in a string template.');
                try {
                    out += asString(v, 'the interpolated value');
                }
                catch {
                    fail(p.expr.pos, `Invalid template interpolation value; Cannot include the given value in a string template: string required, but have ${typeName(v)}.`);
                }
                break;
            }
            case 'if': {
                const c = evaluate(p.cond, ctx);
                if (c === null)
                    fail(p.cond.pos, 'Invalid template if directive; The condition value is null.');
                out += renderTemplate(bool(c, p.cond.pos) ? p.then : p.else, ctx, pos);
                break;
            }
            case 'for': {
                for (const [k, v] of iterate(evaluate(p.coll, ctx), p.coll.pos)) {
                    const vars = new Map();
                    if (p.keyVar)
                        vars.set(p.keyVar, k);
                    vars.set(p.valVar, v);
                    out += renderTemplate(p.body, childContext(ctx, vars), pos);
                }
                break;
            }
        }
    }
    return out;
}
function evalCall(expr, ctx) {
    const { name } = expr;
    // try/can take unevaluated arguments: the point is to catch their evaluation errors.
    if (name === 'try' || name === 'can') {
        if (name === 'can' && expr.args.length !== 1)
            fail(expr.pos, 'Invalid function argument; can() takes exactly one argument.');
        if (name === 'try' && expr.args.length === 0)
            fail(expr.pos, 'Invalid function argument; try() needs at least one argument.');
        for (const a of expr.args) {
            try {
                const v = evaluate(a, ctx);
                return name === 'can' ? true : v;
            }
            catch (e) {
                if (!(e instanceof bake_errors/* BakeError */.o))
                    throw e;
            }
        }
        if (name === 'can')
            return false;
        fail(expr.pos, 'Error in function call; Call to function "try" failed: no expression succeeded.');
    }
    if (name === 'convert' && expr.args.length === 2) {
        const t = typeFromExpr(expr.args[1]);
        const v = evaluate(expr.args[0], ctx);
        try {
            return convertTo(v, t);
        }
        catch (e) {
            throw wrap(e, expr.args[0].pos);
        }
    }
    const fn = ctx.lookupFunction(name);
    if (!fn)
        fail(expr.pos, `Call to unknown function; There is no function named "${name}".`);
    let args = expr.args.map((a) => evaluate(a, ctx));
    if (expr.expandFinal) {
        const last = args[args.length - 1];
        if (!Array.isArray(last))
            fail(expr.args[expr.args.length - 1].pos, 'Invalid expanding argument value; The expanding argument (indicated by ...) must be of a tuple, list, or set type.');
        args = [...args.slice(0, -1), ...last];
    }
    try {
        return fn(args, expr.pos);
    }
    catch (e) {
        if (e instanceof bake_errors/* BakeError */.o)
            throw e;
        const msg = e instanceof Error ? e.message : String(e);
        if (e instanceof ConversionError)
            fail(expr.pos, `Invalid function argument; ${msg}`);
        fail(expr.pos, `Error in function call; Call to function "${name}" failed: ${msg}.`);
    }
}
/** Reads a type constraint expression: `string`, `list(number)`, `object({a = string})`, ... */
function typeFromExpr(expr) {
    const bad = () => fail(expr.pos, 'Invalid type specification; The type must be a type keyword (string, number, bool, any) or a type constructor call such as list(string).');
    if (expr.kind === 'var') {
        switch (expr.name) {
            case 'string':
            case 'number':
            case 'bool':
            case 'any':
                return { kind: expr.name };
            default:
                return bad();
        }
    }
    if (expr.kind === 'call') {
        const arg = expr.args[0];
        if (expr.args.length !== 1 || !arg)
            return bad();
        switch (expr.name) {
            case 'list':
            case 'set':
            case 'map':
                return { kind: expr.name, elem: typeFromExpr(arg) };
            case 'tuple':
                if (arg.kind !== 'tuple')
                    return bad();
                return { kind: 'tuple', elems: arg.items.map(typeFromExpr) };
            case 'object': {
                if (arg.kind !== 'object')
                    return bad();
                const attrs = new Map();
                for (const it of arg.items) {
                    const k = it.key.kind === 'literal' ? it.key.value : it.key.kind === 'var' ? it.key.name : null;
                    if (typeof k !== 'string')
                        return bad();
                    attrs.set(k, typeFromExpr(it.value));
                }
                return { kind: 'object', attrs };
            }
        }
    }
    return bad();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/bake/hcl/stdlib.js





/**
 * The function library bake exposes (buildx bake/hclparser/stdlib.go: the cty stdlib plus a few
 * bake-specific helpers). `try`, `can` and `convert` need unevaluated arguments and live in the
 * evaluator. Errors thrown here are wrapped with the call position by the evaluator.
 */
class ArgError extends Error {
}
function arity(name, args, min, max = min) {
    if (args.length < min || args.length > max) {
        const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
        throw new ArgError(`Function "${name}" expects ${want} argument(s); got ${args.length}`);
    }
}
function str(v, what = 'argument') {
    const s = asString(v ?? null, what);
    if (s === null)
        throw new ConversionError(`Invalid function argument; ${what} must not be null`);
    return s;
}
function stdlib_num(v, what = 'argument') {
    const n = asNumber(v ?? null, what);
    if (n === null)
        throw new ConversionError(`Invalid function argument; ${what} must not be null`);
    return n;
}
function stdlib_int(v, what = 'argument') {
    const n = stdlib_num(v, what);
    if (!Number.isInteger(n))
        throw new ConversionError(`Invalid function argument; ${what} must be a whole number`);
    return n;
}
function stdlib_bool(v, what = 'argument') {
    const b = asBool(v ?? null, what);
    if (b === null)
        throw new ConversionError(`Invalid function argument; ${what} must not be null`);
    return b;
}
function list(v, what = 'argument') {
    const l = asList(v ?? null, what);
    if (l === null)
        throw new ConversionError(`Invalid function argument; ${what} must not be null`);
    return l;
}
function obj(v, what = 'argument') {
    const o = asObject(v ?? null, what);
    if (o === null)
        throw new ConversionError(`Invalid function argument; ${what} must not be null`);
    return o;
}
const fn1s = (f) => (args) => f(str(args[0]));
const fn2n = (f) => (args) => f(stdlib_num(args[0]), stdlib_num(args[1]));
function distinctValues(vals) {
    const out = [];
    for (const v of vals)
        if (!out.some((o) => valuesEqual(o, v)))
            out.push(v);
    return out;
}
function toSet(v) {
    return sortSetValues(distinctValues(list(v)));
}
function goQuote(s) {
    return JSON.stringify(s);
}
/** Go fmt-style formatting for format()/formatlist(). */
function goFormat(fmtStr, args) {
    let out = '';
    let argi = 0;
    const re = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+))?([a-zA-Z%])/g;
    let last = 0;
    let m;
    while ((m = re.exec(fmtStr))) {
        out += fmtStr.slice(last, m.index);
        last = re.lastIndex;
        const [, flags = '', widthS, precS, verb] = m;
        if (verb === '%') {
            out += '%';
            continue;
        }
        if (argi >= args.length)
            throw new Error(`not enough arguments for "%${verb}" at ${m.index}`);
        const arg = args[argi++];
        let s;
        const prec = precS !== undefined ? Number(precS) : undefined;
        switch (verb) {
            case 's':
                s = str(arg);
                if (prec !== undefined)
                    s = s.slice(0, prec);
                break;
            case 'q':
                s = goQuote(str(arg));
                break;
            case 'v':
                s = arg === null ? 'null' : typeof arg === 'object' ? JSON.stringify(toJS(arg)) : str(arg);
                break;
            case 'd': {
                const n = stdlib_num(arg);
                s = String(Math.trunc(n));
                if (flags.includes('+') && n >= 0)
                    s = '+' + s;
                break;
            }
            case 'f':
            case 'F': {
                const n = stdlib_num(arg);
                s = n.toFixed(prec ?? 6);
                if (flags.includes('+') && n >= 0)
                    s = '+' + s;
                break;
            }
            case 'e':
                s = stdlib_num(arg).toExponential(prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
                break;
            case 'g':
                s = formatNumber(stdlib_num(arg));
                break;
            case 't':
                s = stdlib_bool(arg) ? 'true' : 'false';
                break;
            case 'x':
                s = typeof arg === 'string' ? Buffer.from(arg).toString('hex') : Math.trunc(stdlib_num(arg)).toString(16);
                break;
            case 'X':
                s = (typeof arg === 'string' ? Buffer.from(arg).toString('hex') : Math.trunc(stdlib_num(arg)).toString(16)).toUpperCase();
                break;
            case 'o':
                s = Math.trunc(stdlib_num(arg)).toString(8);
                break;
            case 'b':
                s = Math.trunc(stdlib_num(arg)).toString(2);
                break;
            default:
                throw new Error(`unsupported format verb %${verb}`);
        }
        const width = widthS !== undefined && widthS !== '*' ? Number(widthS) : 0;
        if (s.length < width) {
            if (flags.includes('-'))
                s = s.padEnd(width);
            else if (flags.includes('0') && /[dfFeg]/.test(verb)) {
                const neg = s.startsWith('-') || s.startsWith('+');
                s = neg ? s[0] + s.slice(1).padStart(width - 1, '0') : s.padStart(width, '0');
            }
            else
                s = s.padStart(width);
        }
        out += s;
    }
    out += fmtStr.slice(last);
    if (argi < args.length)
        throw new Error(`too many arguments; only ${argi} used by format string`);
    return out;
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
function parseRFC3339(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(s);
    if (!m)
        throw new Error(`not a valid RFC3339 timestamp: ${goQuote(s)}`);
    const zone = m[8];
    const offsetMin = zone === 'Z' || zone === 'z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
    const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms) - offsetMin * 60000;
    return { date: new Date(utc), offsetMin };
}
function pad(n, w = 2) {
    return String(n).padStart(w, '0');
}
function zoneString(offsetMin, colon, zForUTC) {
    if (offsetMin === 0 && zForUTC)
        return 'Z';
    const sign = offsetMin < 0 ? '-' : '+';
    const a = Math.abs(offsetMin);
    return `${sign}${pad(Math.floor(a / 60))}${colon ? ':' : ''}${pad(a % 60)}`;
}
function formatDate(fmt, t) {
    const local = new Date(t.date.getTime() + t.offsetMin * 60000);
    const Y = local.getUTCFullYear();
    const Mo = local.getUTCMonth();
    const D = local.getUTCDate();
    const h = local.getUTCHours();
    const mi = local.getUTCMinutes();
    const se = local.getUTCSeconds();
    const wd = local.getUTCDay();
    let out = '';
    let i = 0;
    while (i < fmt.length) {
        const c = fmt[i];
        if (c === "'") {
            const end = fmt.indexOf("'", i + 1);
            if (end < 0)
                throw new Error('unterminated literal in format string');
            if (end === i + 1)
                out += "'";
            else
                out += fmt.slice(i + 1, end);
            i = end + 1;
            continue;
        }
        if (!/[A-Za-z]/.test(c)) {
            out += c;
            i++;
            continue;
        }
        let j = i;
        while (j < fmt.length && fmt[j] === c)
            j++;
        const tok = fmt.slice(i, j);
        i = j;
        switch (tok) {
            case 'YYYY':
                out += pad(Y, 4);
                break;
            case 'YY':
                out += pad(Y % 100);
                break;
            case 'MMMM':
                out += MONTHS[Mo];
                break;
            case 'MMM':
                out += MONTHS[Mo].slice(0, 3);
                break;
            case 'MM':
                out += pad(Mo + 1);
                break;
            case 'M':
                out += String(Mo + 1);
                break;
            case 'DD':
                out += pad(D);
                break;
            case 'D':
                out += String(D);
                break;
            case 'EEEE':
                out += DAYS[wd];
                break;
            case 'EEE':
                out += DAYS[wd].slice(0, 3);
                break;
            case 'hh':
                out += pad(h);
                break;
            case 'h':
                out += String(h);
                break;
            case 'HH':
                out += pad(h % 12 === 0 ? 12 : h % 12);
                break;
            case 'H':
                out += String(h % 12 === 0 ? 12 : h % 12);
                break;
            case 'AA':
                out += h < 12 ? 'AM' : 'PM';
                break;
            case 'aa':
                out += h < 12 ? 'am' : 'pm';
                break;
            case 'mm':
                out += pad(mi);
                break;
            case 'm':
                out += String(mi);
                break;
            case 'ss':
                out += pad(se);
                break;
            case 's':
                out += String(se);
                break;
            case 'ZZZZZ':
                out += zoneString(t.offsetMin, true, false);
                break;
            case 'ZZZZ':
                out += zoneString(t.offsetMin, false, false);
                break;
            case 'ZZZ':
                out += t.offsetMin === 0 ? 'UTC' : zoneString(t.offsetMin, false, false);
                break;
            case 'Z':
                out += zoneString(t.offsetMin, true, true);
                break;
            default:
                throw new Error(`invalid date format verb ${goQuote(tok)}: unsupported`);
        }
    }
    return out;
}
function rfc3339(t) {
    const local = new Date(t.date.getTime() + t.offsetMin * 60000);
    const base = local.toISOString().slice(0, 19);
    return base + zoneString(t.offsetMin, true, true);
}
function parseGoDuration(s) {
    const m = /^([-+]?)((?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+)$/.exec(s);
    if (!m)
        throw new Error(`time: invalid duration ${goQuote(s)}`);
    const unit = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
    let total = 0;
    for (const part of m[2].matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g))
        total += Number(part[1]) * unit[part[2]];
    return m[1] === '-' ? -total : total;
}
function parseIPv4(s) {
    const parts = s.split('.');
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255))
        throw new Error(`invalid IP address ${goQuote(s)}`);
    return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}
function formatIPv4(n) {
    return [24, 16, 8, 0].map((sh) => Math.floor(n / 2 ** sh) % 256).join('.');
}
function parseCIDR(s) {
    const [ip, bitsS] = s.split('/');
    if (ip === undefined || bitsS === undefined || !/^\d+$/.test(bitsS))
        throw new Error(`invalid CIDR address: ${s}`);
    const bits = Number(bitsS);
    if (bits > 32)
        throw new Error(`invalid CIDR address: ${s}`);
    const size = 2 ** (32 - bits);
    const base = Math.floor(parseIPv4(ip) / size) * size;
    return { base, bits };
}
function cidrSubnet(prefix, newbits, netnum) {
    const { base, bits } = parseCIDR(prefix);
    const nb = bits + newbits;
    if (nb > 32)
        throw new Error(`insufficient address space to extend prefix of ${bits} by ${newbits}`);
    if (netnum >= 2 ** newbits || netnum < 0)
        throw new Error(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
    return `${formatIPv4(base + netnum * 2 ** (32 - nb))}/${nb}`;
}
/** Masterminds/semver-style constraint check (the subset bake users write). */
function semverParse(v) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v.trim());
    if (!m)
        throw new Error('Invalid Semantic Version');
    const out = [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
    if (m[4])
        out.pre = m[4];
    return out;
}
function semverCompare(a, b) {
    for (let i = 0; i < 3; i++)
        if (a[i] !== b[i])
            return a[i] < b[i] ? -1 : 1;
    if (a.pre === b.pre)
        return 0;
    if (a.pre === undefined)
        return 1;
    if (b.pre === undefined)
        return -1;
    return a.pre < b.pre ? -1 : 1;
}
function semverCheck(version, constraint) {
    const v = semverParse(version);
    return constraint.split('||').some((alt) => alt
        .trim()
        .split(/\s*,\s*|\s+(?=[<>=!~^])/)
        .filter((c) => c !== '')
        .every((c) => {
        const m = /^(>=|<=|!=|=|>|<|~>|~|\^)?\s*(.+)$/.exec(c.trim());
        if (!m)
            throw new Error(`improper constraint: ${c}`);
        const op = m[1] ?? '=';
        const raw = m[2];
        if (/^[xX*]$/.test(raw))
            return true;
        const parts = raw.replace(/^v/, '').split('.');
        const wild = parts.findIndex((p) => /^[xX*]$/.test(p));
        const given = wild >= 0 ? wild : parts.length;
        const c2 = semverParse(parts.map((p) => (/^[xX*]$/.test(p) ? '0' : p)).join('.'));
        const cmp = semverCompare(v, c2);
        const upper = (level) => {
            const u = [...c2];
            u[level] = u[level] + 1;
            for (let i = level + 1; i < 3; i++)
                u[i] = 0;
            return semverCompare(v, u) < 0;
        };
        switch (op) {
            case '=':
                return given < 3 ? cmp >= 0 && upper(Math.max(given - 1, 0)) : cmp === 0;
            case '!=':
                return cmp !== 0;
            case '>':
                return cmp > 0;
            case '<':
                return cmp < 0;
            case '>=':
                return cmp >= 0;
            case '<=':
                return cmp <= 0;
            case '~':
            case '~>':
                return cmp >= 0 && upper(given >= 2 ? 1 : 0);
            case '^':
                return cmp >= 0 && upper(c2[0] > 0 || given === 1 ? 0 : c2[1] > 0 || given === 2 ? 1 : 2);
        }
        return false;
    }));
}
/** Go regexp replacement templates use `${1}`/`${name}`; JS wants `$1`/`$<name>`. */
function goReplacement(tpl) {
    return tpl.replace(/\$\{(\w+)\}|\$(\w+)/g, (_m, a, b) => {
        const name = a ?? b;
        return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
    });
}
function compileRegex(pattern, flags = '') {
    // RE2 inline flags at the start, e.g. (?i), are not JS syntax.
    const m = /^\(\?([imsU]+)\)/.exec(pattern);
    if (m) {
        pattern = pattern.slice(m[0].length);
        flags += m[1].replace('U', '').replace('m', 'm');
    }
    try {
        return new RegExp(pattern.replace(/\(\?P</g, '(?<'), flags + 'u');
    }
    catch (e) {
        throw new Error(`invalid regexp pattern: ${e.message}`);
    }
}
function regexResult(re, m) {
    if (m.groups && Object.keys(m.groups).length > 0) {
        const o = new Map();
        for (const k of Object.keys(m.groups).sort(compareStrings))
            o.set(k, m.groups[k] ?? '');
        return o;
    }
    if (m.length > 1)
        return m.slice(1).map((x) => x ?? '');
    void re;
    return m[0];
}
function unixTimestampParts(ts) {
    const d = new Date(ts * 1000);
    const year = d.getUTCFullYear();
    const start = Date.UTC(year, 0, 1);
    const yearDay = Math.floor((d.getTime() - start) / 86400000) + 1;
    // ISO week: the Thursday of this week decides the year.
    const dayNum = (d.getUTCDay() + 6) % 7;
    const thursday = new Date(Date.UTC(year, d.getUTCMonth(), d.getUTCDate() - dayNum + 3));
    const isoYear = thursday.getUTCFullYear();
    const isoWeek = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / 86400000 / 7) + 1;
    return new Map([
        ['day', d.getUTCDate()],
        ['hour', d.getUTCHours()],
        ['iso_week', isoWeek],
        ['iso_year', isoYear],
        ['minute', d.getUTCMinutes()],
        ['month', d.getUTCMonth() + 1],
        ['month_name', MONTHS[d.getUTCMonth()]],
        ['rfc3339', d.toISOString().slice(0, 19) + 'Z'],
        ['second', d.getUTCSeconds()],
        ['weekday', d.getUTCDay()],
        ['weekday_name', DAYS[d.getUTCDay()]],
        ['year', year],
        ['year_day', yearDay],
    ]);
}
function flattenDeep(l) {
    const out = [];
    for (const v of l) {
        if (Array.isArray(v))
            out.push(...flattenDeep(v));
        else
            out.push(v);
    }
    return out;
}
function uuidV5(namespace, name) {
    const ns = {
        dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
        url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
        oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
        x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
    };
    const nsId = (ns[namespace] ?? namespace).replace(/-/g, '');
    if (!/^[0-9a-f]{32}$/i.test(nsId))
        throw new Error(`uuidv5() doesn't support namespace ${namespace}`);
    const h = (0,external_node_crypto_.createHash)('sha1').update(Buffer.from(nsId, 'hex')).update(name).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const hex = h.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function minMax(name, args, pick) {
    if (args.length === 0)
        throw new ArgError(`${name}() needs at least one argument`);
    return args.map((a) => stdlib_num(a)).reduce((x, y) => pick(x, y));
}
const STDLIB = {
    absolute: (a) => (arity('absolute', a, 1), Math.abs(stdlib_num(a[0]))),
    add: (a) => (arity('add', a, 2), stdlib_num(a[0]) + stdlib_num(a[1])),
    and: (a) => (arity('and', a, 2), stdlib_bool(a[0]) && stdlib_bool(a[1])),
    base64decode: (a) => {
        arity('base64decode', a, 1);
        const s = str(a[0]);
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0)
            throw new Error('failed to decode base64 data');
        return Buffer.from(s, 'base64').toString('utf8');
    },
    base64encode: (a) => (arity('base64encode', a, 1), Buffer.from(str(a[0]), 'utf8').toString('base64')),
    basename: (a) => (arity('basename', a, 1), external_node_path_.posix.basename(str(a[0])) || (str(a[0]) === '' ? '.' : '/')),
    byteslen: (a) => (arity('byteslen', a, 1), Buffer.byteLength(str(a[0]))),
    bytesslice: (a) => {
        arity('bytesslice', a, 3);
        return Buffer.from(str(a[0])).subarray(stdlib_int(a[1]), stdlib_int(a[2])).toString('utf8');
    },
    ceil: (a) => (arity('ceil', a, 1), Math.ceil(stdlib_num(a[0]))),
    chomp: fn1s((s) => s.replace(/(\r\n|\n|\r)+$/, '')),
    chunklist: (a) => {
        arity('chunklist', a, 2);
        const l = list(a[0]);
        const size = stdlib_int(a[1]);
        if (size < 0)
            throw new Error('the size argument must be positive');
        if (size === 0)
            return [l];
        const out = [];
        for (let i = 0; i < l.length; i += size)
            out.push(l.slice(i, i + size));
        return out;
    },
    cidrhost: (a) => {
        arity('cidrhost', a, 2);
        const { base, bits } = parseCIDR(str(a[0]));
        const size = 2 ** (32 - bits);
        let n = stdlib_int(a[1]);
        if (n < 0)
            n += size;
        if (n < 0 || n >= size)
            throw new Error(`prefix of ${bits} does not accommodate a host numbered ${stdlib_int(a[1])}`);
        return formatIPv4(base + n);
    },
    cidrnetmask: (a) => {
        arity('cidrnetmask', a, 1);
        const { bits } = parseCIDR(str(a[0]));
        return formatIPv4(bits === 0 ? 0 : (2 ** 32 - 2 ** (32 - bits)));
    },
    cidrsubnet: (a) => (arity('cidrsubnet', a, 3), cidrSubnet(str(a[0]), stdlib_int(a[1]), stdlib_int(a[2]))),
    cidrsubnets: (a) => {
        if (a.length < 1)
            throw new ArgError('cidrsubnets() needs a prefix');
        const prefix = str(a[0]);
        const { base, bits } = parseCIDR(prefix);
        let next = base;
        return a.slice(1).map((nbV) => {
            const nb = bits + stdlib_int(nbV);
            if (nb > 32)
                throw new Error(`would extend prefix to ${nb} bits, which is too long for an IPv4 address`);
            const size = 2 ** (32 - nb);
            next = Math.ceil(next / size) * size;
            const out = `${formatIPv4(next)}/${nb}`;
            next += size;
            return out;
        });
    },
    coalesce: (a) => {
        for (const v of a)
            if (v !== null)
                return v;
        throw new Error('no non-null arguments');
    },
    coalescelist: (a) => {
        for (const v of a)
            if (Array.isArray(v) && v.length > 0)
                return v;
        return [];
    },
    compact: (a) => (arity('compact', a, 1), list(a[0]).filter((v) => v !== null && v !== '').map((v) => str(v))),
    concat: (a) => a.flatMap((v) => list(v)),
    contains: (a) => (arity('contains', a, 2), list(a[0]).some((v) => valuesEqual(v, a[1]))),
    csvdecode: (a) => {
        arity('csvdecode', a, 1);
        const rows = (0,sync/* parse */.qg)(str(a[0]), { relax_column_count: false });
        if (rows.length === 0)
            throw new Error('missing header line');
        const [header, ...rest] = rows;
        return rest.map((r) => {
            const m = new Map();
            header.forEach((h, i) => m.set(h, r[i] ?? ''));
            return m;
        });
    },
    dirname: (a) => (arity('dirname', a, 1), external_node_path_.posix.dirname(str(a[0]))),
    distinct: (a) => (arity('distinct', a, 1), distinctValues(list(a[0]))),
    divide: (a) => {
        arity('divide', a, 2);
        if (stdlib_num(a[1]) === 0)
            throw new Error("can't divide by zero");
        return stdlib_num(a[0]) / stdlib_num(a[1]);
    },
    element: (a) => {
        arity('element', a, 2);
        const l = list(a[0]);
        if (l.length === 0)
            throw new Error('cannot use element function with an empty list');
        const i = stdlib_int(a[1]);
        if (i < 0)
            throw new Error('cannot use element function with a negative index');
        return l[i % l.length];
    },
    equal: (a) => (arity('equal', a, 2), valuesEqual(a[0], a[1])),
    flatten: (a) => (arity('flatten', a, 1), flattenDeep(list(a[0]))),
    floor: (a) => (arity('floor', a, 1), Math.floor(stdlib_num(a[0]))),
    format: (a) => {
        if (a.length < 1)
            throw new ArgError('format() needs a format string');
        return goFormat(str(a[0]), a.slice(1));
    },
    formatdate: (a) => (arity('formatdate', a, 2), formatDate(str(a[0]), parseRFC3339(str(a[1])))),
    formattimestamp: (a) => {
        arity('formattimestamp', a, 2);
        const f = str(a[0]);
        const t = typeof a[1] === 'number' ? { date: new Date(a[1] * 1000), offsetMin: 0 } : parseRFC3339(str(a[1]));
        if (f === 'X')
            return String(Math.floor(t.date.getTime() / 1000));
        return formatDate(f, t);
    },
    formatlist: (a) => {
        if (a.length < 1)
            throw new ArgError('formatlist() needs a format string');
        const f = str(a[0]);
        const rest = a.slice(1);
        const lens = rest.filter(Array.isArray).map((l) => l.length);
        if (lens.some((l) => l !== lens[0]))
            throw new Error('all list arguments must have the same length');
        const n = lens.length ? lens[0] : 1;
        const out = [];
        for (let i = 0; i < n; i++)
            out.push(goFormat(f, rest.map((v) => (Array.isArray(v) ? v[i] : v))));
        return out;
    },
    greaterthan: fn2n((x, y) => x > y),
    greaterthanorequalto: fn2n((x, y) => x >= y),
    hasindex: (a) => {
        arity('hasindex', a, 2);
        const c = a[0];
        if (Array.isArray(c)) {
            const n = asNumber(a[1]);
            return n !== null && Number.isInteger(n) && n >= 0 && n < c.length;
        }
        return obj(c).has(str(a[1]));
    },
    homedir: (a) => (arity('homedir', a, 0), (0,external_node_os_.homedir)()),
    indent: (a) => {
        arity('indent', a, 2);
        const pad = ' '.repeat(stdlib_int(a[0]));
        return str(a[1]).replace(/\n/g, '\n' + pad);
    },
    index: (a) => {
        arity('index', a, 2);
        const c = a[0];
        if (Array.isArray(c)) {
            const i = stdlib_int(a[1]);
            if (i < 0 || i >= c.length)
                throw new Error('the given index is not in the list');
            return c[i];
        }
        const o = obj(c);
        const k = str(a[1]);
        if (!o.has(k))
            throw new Error('the given key is not in the map');
        return o.get(k);
    },
    indexof: (a) => {
        arity('indexof', a, 2);
        const l = a[0];
        if (!Array.isArray(l))
            throw new Error('argument must be a list or tuple');
        if (l.length === 0)
            throw new Error('cannot search an empty list');
        const i = l.findIndex((v) => valuesEqual(v, a[1]));
        if (i < 0)
            throw new Error('item not found');
        return i;
    },
    int: (a) => (arity('int', a, 1), Math.trunc(stdlib_num(a[0]))),
    join: (a) => {
        if (a.length < 2)
            throw new ArgError('join() needs a separator and at least one list');
        const sep = str(a[0]);
        return a
            .slice(1)
            .flatMap((l) => list(l))
            .map((v) => {
            if (v === null)
                throw new Error('element is null: cannot concatenate null values');
            return str(v);
        })
            .join(sep);
    },
    jsondecode: (a) => {
        arity('jsondecode', a, 1);
        try {
            return fromJS(JSON.parse(str(a[0])));
        }
        catch (e) {
            throw new Error(`invalid JSON: ${e.message}`);
        }
    },
    jsonencode: (a) => (arity('jsonencode', a, 1), JSON.stringify(toJS(a[0])).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))),
    keys: (a) => (arity('keys', a, 1), sortedKeys(obj(a[0]))),
    length: (a) => {
        arity('length', a, 1);
        const v = a[0];
        if (Array.isArray(v))
            return v.length;
        if (v instanceof Map)
            return v.size;
        throw new ConversionError(`Invalid function argument; collection must be a list, a map or a tuple, not ${typeName(v)}`);
    },
    lessthan: fn2n((x, y) => x < y),
    lessthanorequalto: fn2n((x, y) => x <= y),
    log: (a) => (arity('log', a, 2), Math.log(stdlib_num(a[0])) / Math.log(stdlib_num(a[1]))),
    lookup: (a) => {
        arity('lookup', a, 2, 3);
        const o = obj(a[0]);
        const k = str(a[1]);
        if (o.has(k))
            return o.get(k);
        if (a.length === 3)
            return a[2];
        throw new Error(`the given key ${goQuote(k)} does not exist in the map`);
    },
    lower: fn1s((s) => s.toLowerCase()),
    max: (a) => minMax('max', a, Math.max),
    md5: fn1s((s) => (0,external_node_crypto_.createHash)('md5').update(s).digest('hex')),
    merge: (a) => {
        const out = new Map();
        for (const v of a) {
            if (v === null)
                continue;
            for (const [k, x] of obj(v))
                out.set(k, x);
        }
        return out;
    },
    min: (a) => minMax('min', a, Math.min),
    modulo: (a) => {
        arity('modulo', a, 2);
        if (stdlib_num(a[1]) === 0)
            throw new Error("can't use modulo by zero");
        return stdlib_num(a[0]) % stdlib_num(a[1]);
    },
    multiply: fn2n((x, y) => x * y),
    negate: (a) => (arity('negate', a, 1), -stdlib_num(a[0])),
    not: (a) => (arity('not', a, 1), !stdlib_bool(a[0])),
    notequal: (a) => (arity('notequal', a, 2), !valuesEqual(a[0], a[1])),
    or: (a) => (arity('or', a, 2), stdlib_bool(a[0]) || stdlib_bool(a[1])),
    parseint: (a) => {
        arity('parseint', a, 2);
        const s = str(a[0]);
        const base = stdlib_int(a[1]);
        if (base < 2 || base > 62)
            throw new Error('base must be a whole number between 2 and 62 inclusive');
        const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.slice(0, base);
        const neg = s.startsWith('-');
        const body = s.replace(/^[-+]/, '');
        const ci = base <= 36 ? body.toLowerCase() : body;
        if (ci === '' || [...ci].some((c) => !digits.includes(c)))
            throw new Error(`cannot parse ${goQuote(s)} as a base ${base} integer`);
        const n = [...ci].reduce((acc, c) => acc * base + digits.indexOf(c), 0);
        return neg ? -n : n;
    },
    pow: fn2n((x, y) => x ** y),
    range: (a) => {
        arity('range', a, 1, 3);
        let start = 0;
        let end;
        let step = 1;
        if (a.length === 1)
            end = stdlib_num(a[0]);
        else {
            start = stdlib_num(a[0]);
            end = stdlib_num(a[1]);
            if (a.length === 3)
                step = stdlib_num(a[2]);
            else
                step = end < start ? -1 : 1;
        }
        if (step === 0)
            throw new Error('step must not be zero');
        if ((step > 0 && end < start) || (step < 0 && end > start))
            throw new Error('step must be ' + (step > 0 ? 'negative' : 'positive') + ' for this range');
        const out = [];
        for (let v = start; step > 0 ? v < end : v > end; v += step) {
            out.push(v);
            if (out.length > 1024)
                throw new Error('more than 1024 values were generated; either decrease the difference between start and end or use a smaller step');
        }
        return out;
    },
    regex_replace: (a) => (arity('regex_replace', a, 3), str(a[0]).replace(compileRegex(str(a[1]), 'g'), goReplacement(str(a[2])))),
    regex: (a) => {
        arity('regex', a, 2);
        const re = compileRegex(str(a[0]));
        const m = re.exec(str(a[1]));
        if (!m)
            throw new Error('pattern did not match any part of the given string');
        return regexResult(re, m);
    },
    regexall: (a) => {
        arity('regexall', a, 2);
        const re = compileRegex(str(a[0]), 'g');
        return [...str(a[1]).matchAll(re)].map((m) => regexResult(re, m));
    },
    replace: (a) => (arity('replace', a, 3), str(a[0]).split(str(a[1])).join(str(a[2]))),
    reverse: fn1s((s) => [...new Intl.Segmenter().segment(s)].map((x) => x.segment).reverse().join('')),
    reverselist: (a) => (arity('reverselist', a, 1), [...list(a[0])].reverse()),
    sanitize: fn1s((s) => s.replace(/[^A-Za-z0-9_-]/gu, '_')),
    semvercmp: (a) => (arity('semvercmp', a, 2), semverCheck(str(a[0]), str(a[1]))),
    sethaselement: (a) => (arity('sethaselement', a, 2), list(a[0]).some((v) => valuesEqual(v, a[1]))),
    setintersection: (a) => {
        if (a.length === 0)
            throw new ArgError('setintersection() needs at least one set');
        const [first, ...rest] = a.map(toSet);
        return first.filter((v) => rest.every((s) => s.some((x) => valuesEqual(x, v))));
    },
    setproduct: (a) => {
        let acc = [[]];
        for (const s of a)
            acc = acc.flatMap((p) => list(s).map((v) => [...p, v]));
        return a.length === 0 ? [] : acc;
    },
    setsubtract: (a) => {
        arity('setsubtract', a, 2);
        const b = toSet(a[1]);
        return toSet(a[0]).filter((v) => !b.some((x) => valuesEqual(x, v)));
    },
    setsymmetricdifference: (a) => {
        const sets = a.map(toSet);
        const all = sortSetValues(distinctValues(sets.flat()));
        return all.filter((v) => sets.filter((s) => s.some((x) => valuesEqual(x, v))).length % 2 === 1);
    },
    setunion: (a) => sortSetValues(distinctValues(a.flatMap(toSet))),
    sha1: fn1s((s) => (0,external_node_crypto_.createHash)('sha1').update(s).digest('hex')),
    sha256: fn1s((s) => (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex')),
    sha512: fn1s((s) => (0,external_node_crypto_.createHash)('sha512').update(s).digest('hex')),
    signum: (a) => (arity('signum', a, 1), Math.sign(stdlib_num(a[0]))),
    slice: (a) => {
        arity('slice', a, 3);
        const l = list(a[0]);
        const s = stdlib_int(a[1]);
        const e = stdlib_int(a[2]);
        if (s < 0 || e > l.length || s > e)
            throw new Error('invalid slice indices');
        return l.slice(s, e);
    },
    sort: (a) => (arity('sort', a, 1), list(a[0]).map((v) => str(v)).sort(compareStrings)),
    split: (a) => (arity('split', a, 2), str(a[1]).split(str(a[0]))),
    strlen: (a) => (arity('strlen', a, 1), [...new Intl.Segmenter().segment(str(a[0]))].length),
    substr: (a) => {
        arity('substr', a, 3);
        const chars = [...new Intl.Segmenter().segment(str(a[0]))].map((x) => x.segment);
        let off = stdlib_int(a[1]);
        let len = stdlib_int(a[2]);
        if (off < 0)
            off += chars.length;
        if (off < 0 || off > chars.length)
            throw new Error('offset out of range');
        if (len < 0 || off + len > chars.length)
            len = chars.length - off;
        return chars.slice(off, off + len).join('');
    },
    subtract: fn2n((x, y) => x - y),
    timeadd: (a) => {
        arity('timeadd', a, 2);
        const t = parseRFC3339(str(a[0]));
        return rfc3339({ date: new Date(t.date.getTime() + parseGoDuration(str(a[1]))), offsetMin: t.offsetMin });
    },
    timestamp: (a) => (arity('timestamp', a, 0), new Date().toISOString().slice(0, 19) + 'Z'),
    title: fn1s((s) => s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, pre, c) => pre + c.toUpperCase())),
    trim: (a) => {
        arity('trim', a, 2);
        const cut = new Set([...str(a[1])]);
        const chars = [...str(a[0])];
        let s = 0;
        let e = chars.length;
        while (s < e && cut.has(chars[s]))
            s++;
        while (e > s && cut.has(chars[e - 1]))
            e--;
        return chars.slice(s, e).join('');
    },
    trimprefix: (a) => {
        arity('trimprefix', a, 2);
        const s = str(a[0]);
        const p = str(a[1]);
        return s.startsWith(p) ? s.slice(p.length) : s;
    },
    trimspace: fn1s((s) => s.trim()),
    trimsuffix: (a) => {
        arity('trimsuffix', a, 2);
        const s = str(a[0]);
        const p = str(a[1]);
        return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
    },
    unixtimestampparse: (a) => (arity('unixtimestampparse', a, 1), unixTimestampParts(stdlib_num(a[0]))),
    upper: fn1s((s) => s.toUpperCase()),
    urlencode: fn1s((s) => encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())),
    uuidv4: (a) => (arity('uuidv4', a, 0), (0,external_node_crypto_.randomUUID)()),
    uuidv5: (a) => (arity('uuidv5', a, 2), uuidV5(str(a[0]), str(a[1]))),
    values: (a) => {
        arity('values', a, 1);
        const o = obj(a[0]);
        return sortedKeys(o).map((k) => o.get(k));
    },
    zipmap: (a) => {
        arity('zipmap', a, 2);
        const k = list(a[0]);
        const v = list(a[1]);
        if (k.length !== v.length)
            throw new Error(`number of keys (${k.length}) does not match number of values (${v.length})`);
        const out = new Map();
        k.forEach((key, i) => out.set(str(key), v[i]));
        return out;
    },
    bcrypt: () => {
        throw new Error('bcrypt is not supported by bakekit (its output is random-salted and never reproducible)');
    },
    rsadecrypt: () => {
        throw new Error('rsadecrypt is not supported by bakekit');
    },
};
function stdlibFunction(name) {
    return Object.prototype.hasOwnProperty.call(STDLIB, name) ? STDLIB[name] : undefined;
}

;// CONCATENATED MODULE: ./lib/bake/config.js






/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}
const TARGET_NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;
const TARGET_NAME_CHARS = '[a-zA-Z0-9_-]+';
function validateTargetName(name) {
    return TARGET_NAME_PATTERN.test(name) ? undefined : `only "${TARGET_NAME_CHARS}" are allowed`;
}
const GROUP_ATTRIBUTES = ['description', 'targets'];
function friendlyType(t) {
    return typeToString(t);
}
/** Go's strconv.ParseFloat for the decimal forms people write; NaN/Inf are rejected by bake. */
function parseGoFloat(s) {
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s))
        return undefined;
    return Number(s);
}
function convertPrimitive(name, value, t) {
    switch (t.kind) {
        case 'string':
            return value;
        case 'bool': {
            const b = parseGoBool(value);
            if (b === undefined)
                throw new Error(`failed to parse ${name} as bool: strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`);
            return b;
        }
        case 'number': {
            const n = parseGoFloat(value);
            if (n === undefined) {
                const why = /^[+-]?(nan|inf|infinity)$/i.test(value) ? 'invalid number value' : `strconv.ParseFloat: parsing ${JSON.stringify(value)}: invalid syntax`;
                throw new Error(`failed to parse ${name} as number: ${why}`);
            }
            return n;
        }
        default:
            throw new Error(`${name} of type ${friendlyType(t)} is not a primitive`);
    }
}
function valueFromCSV(name, value, t) {
    const fields = csvFields(value);
    const prim = (f, et) => {
        if (!isPrimitiveType(et))
            throw new Error(`unsupported type ${friendlyType(t)} for CSV specification`);
        try {
            return convertPrimitive(name, f, et);
        }
        catch (e) {
            throw new Error(`failed to parse element of type ${friendlyType(t)}: ${e.message}`);
        }
    };
    switch (t.kind) {
        case 'list':
            return fields.map((f) => prim(f, t.elem));
        case 'set':
            return convertTo(fields.map((f) => prim(f, t.elem)), t);
        case 'tuple':
            if (t.elems.length !== fields.length)
                throw new Error(`${friendlyType(t)} expects ${t.elems.length} elements but only ${fields.length} provided`);
            return fields.map((f, i) => prim(f, t.elems[i]));
        case 'map': {
            const m = new Map();
            for (const f of fields) {
                const kv = f.split(':');
                if (kv.length !== 2)
                    throw new Error(`expected one k/v pair but got ${kv.length} pieces from ${f}`);
                m.set(kv[0], prim(kv[1], t.elem));
            }
            return m;
        }
        default:
            throw new Error(`unsupported type ${friendlyType(t)} for CSV specification`);
    }
}
/** The value of a `target.NAME` / `group.NAME` reference; attributes evaluate on demand. */
class BlockRef extends LazyValue {
    ev;
    inst;
    constructor(ev, inst) {
        super();
        this.ev = ev;
        this.inst = inst;
    }
    getAttr(name) {
        return this.ev.referenceAttribute(this.inst, name);
    }
    force() {
        const m = new Map();
        const names = this.inst.type === 'target' ? ['name', ...this.ev.targetAttributeNames()] : ['name', ...GROUP_ATTRIBUTES];
        for (const n of names)
            m.set(n, this.getAttr(n));
        return m;
    }
}
/** `target` / `group` as a variable: block names map to lazily evaluated block values. */
class BlockNamespace extends LazyValue {
    ev;
    type;
    constructor(ev, type) {
        super();
        this.ev = ev;
        this.type = type;
    }
    getAttr(name) {
        const inst = this.ev.instanceByName(this.type, name);
        if (!inst)
            throw new Error(`Unsupported attribute; This object does not have an attribute named "${name}".`);
        return new BlockRef(this.ev, inst);
    }
    force() {
        const m = new Map();
        for (const name of this.ev.instanceNames(this.type))
            m.set(name, this.getAttr(name));
        return m;
    }
}
/**
 * Evaluates the merged HCL/JSON body of a bake definition (buildx hclparser.Parse): variables
 * with overrides and validation, user functions, global attributes, and target/group blocks
 * with matrix expansion and lazy cross-block references.
 */
class DefinitionEvaluator {
    opts;
    vars = new Map();
    funcs = new Map();
    attrs = new Map();
    blocks = [];
    values = new Map();
    valuesInProgress = new Set();
    functions = new Map();
    functionsInProgress = new Set();
    instances = new Map();
    byName = { target: new Map(), group: new Map() };
    reserved;
    constructor(files, opts) {
        this.opts = opts;
        this.reserved = new Set(['target', 'group', ...Object.keys(opts.builtins)]);
        for (const f of files) {
            for (const item of f.body.items) {
                if (item.kind === 'attribute') {
                    if (!this.reserved.has(item.name) && item.name !== 'function')
                        this.attrs.set(item.name, item);
                    continue;
                }
                switch (item.type) {
                    case 'variable':
                        if (item.labels.length !== 1)
                            throw new bake_errors/* BakeError */.o(`Invalid block; a variable block needs exactly one label, got ${item.labels.length}`, item.pos);
                        if (!this.reserved.has(item.labels[0]))
                            this.vars.set(item.labels[0], readVariable(item));
                        break;
                    case 'function':
                        if (item.labels.length !== 1)
                            throw new bake_errors/* BakeError */.o(`Invalid block; a function block needs exactly one label, got ${item.labels.length}`, item.pos);
                        if (!this.reserved.has(item.labels[0]))
                            this.funcs.set(item.labels[0], readFunction(item));
                        break;
                    case 'target':
                    case 'group':
                        if (item.labels.length !== 1) {
                            throw new bake_errors/* BakeError */.o(`Invalid block; invalid block label: [${item.labels.join(' ')}]`, item.labelPos[0] ?? item.pos);
                        }
                        this.blocks.push(item);
                        break;
                    default:
                        // buildx ignores blocks it has no schema for.
                        break;
                }
            }
        }
    }
    targetAttributeNames() {
        return ['description', 'inherits', 'annotations', 'attest', 'context', 'contexts', 'dockerfile', 'dockerfile-inline', 'args', 'labels', 'tags', 'cache-from', 'cache-to', 'target', 'secret', 'ssh', 'platforms', 'output', 'pull', 'no-cache', 'network', 'no-cache-filter', 'shm-size', 'ulimits', 'call', 'entitlements', 'extra-hosts'];
    }
    // ---- EvalContext (the global scope) ----
    lookupVariable(name) {
        if (name === 'target' || name === 'group')
            return new BlockNamespace(this, name);
        if (this.values.has(name))
            return this.values.get(name);
        if (name in this.opts.builtins || this.attrs.has(name) || this.vars.has(name))
            return this.resolveValue(name);
        return undefined;
    }
    lookupFunction(name) {
        const std = stdlibFunction(name);
        if (std)
            return std;
        if (this.functions.has(name))
            return this.functions.get(name);
        if (this.funcs.has(name))
            return this.resolveFunction(name);
        return undefined;
    }
    // ---- variables ----
    lookupOverride(name, favorJSON) {
        let value = this.opts.lookupVar(name);
        let json = false;
        if (value === undefined || favorJSON) {
            const jsonName = name + '_JSON';
            if (!this.vars.has(jsonName) && !(jsonName in this.opts.builtins)) {
                const j = this.opts.lookupVar(jsonName);
                if (j !== undefined) {
                    value = j;
                    json = true;
                }
            }
        }
        return value === undefined ? undefined : { value, json };
    }
    resolveValue(name) {
        if (this.values.has(name))
            return this.values.get(name);
        if (name in this.opts.builtins) {
            this.values.set(name, this.opts.builtins[name]);
            return this.opts.builtins[name];
        }
        const v = this.vars.get(name);
        const attr = this.attrs.get(name);
        // Reported (by the evaluator) at the reference that closes the cycle, as buildx does.
        if (this.valuesInProgress.has(name))
            throw new Error(`Invalid expression; variable cycle not allowed for ${name}`);
        this.valuesInProgress.add(name);
        try {
            const value = this.computeValue(name, v, attr);
            this.values.set(name, value);
            return value;
        }
        finally {
            this.valuesInProgress.delete(name);
        }
    }
    computeValue(name, v, attr) {
        let def = attr;
        let type = { kind: 'any' };
        let typeSpecified = false;
        if (!attr && v) {
            def = v.defaultAttr;
            if (v.typeExpr && !(v.typeExpr.kind === 'literal' && v.typeExpr.value === null)) {
                type = typeFromExpr(v.typeExpr);
                typeSpecified = true;
            }
        }
        const pos = def?.pos ?? v?.block.pos;
        const isVar = v !== undefined;
        if (!def && !this.lookupOverride(name, false))
            return typeSpecified ? null : '';
        let value = null;
        let hasDefault = false;
        if (def) {
            value = evaluate(def.expr, this);
            hasDefault = true;
            try {
                value = convertTo(value, type);
            }
            catch (e) {
                throw new bake_errors/* BakeError */.o(`invalid type ${friendlyType(type)} for variable ${name} default value: ${e.message}`, def.expr.pos);
            }
        }
        const override = isVar ? this.lookupOverride(name, typeSpecified) : undefined;
        if (!override)
            return value;
        // buildx reports override errors at the variable body's "missing item" position: its first item.
        const overridePos = v?.block.body.items[0]?.pos ?? v?.block.labelPos[0] ?? pos;
        const fail = (msg) => {
            throw new bake_errors/* BakeError */.o(`Invalid value; ${msg}`, overridePos);
        };
        try {
            if (typeSpecified && override.json) {
                let parsed;
                try {
                    parsed = JSON.parse(override.value);
                }
                catch (e) {
                    return fail(`failed to convert variable ${name} from JSON: ${e.message}`);
                }
                return convertTo(fromJS(parsed), type);
            }
            if (type.kind === 'list' || type.kind === 'set' || type.kind === 'tuple' || type.kind === 'map') {
                try {
                    return valueFromCSV(name, override.value, type);
                }
                catch (e) {
                    return fail(`failed to convert variable ${name} from CSV: ${e.message}`);
                }
            }
            if (typeSpecified && isPrimitiveType(type))
                return convertPrimitive(name, override.value, type);
            if (typeSpecified)
                return fail(`unsupported type ${friendlyType(type)} for variable ${name}`);
            if (!hasDefault || value === null)
                return override.value;
            if (typeof value === 'string')
                return override.value;
            if (typeof value === 'number')
                return convertPrimitive(name, override.value, { kind: 'number' });
            if (typeof value === 'boolean')
                return convertPrimitive(name, override.value, { kind: 'bool' });
            return fail(`unsupported type ${Array.isArray(value) ? 'tuple' : 'object'} for variable ${name}`);
        }
        catch (e) {
            if (e instanceof bake_errors/* BakeError */.o)
                throw e;
            throw new bake_errors/* BakeError */.o(`Invalid value; ${e.message}`, overridePos);
        }
    }
    // ---- functions ----
    resolveFunction(name) {
        const f = this.funcs.get(name);
        const where = f.params?.pos ?? f.block.labelPos[0] ?? f.block.pos;
        if (this.functionsInProgress.has(name))
            throw new bake_errors/* BakeError */.o(`Invalid function; function cycle not allowed for ${name}`, where);
        if (!f.result)
            throw new bake_errors/* BakeError */.o(`Invalid function; empty result not allowed for ${name}`, where);
        if (!f.params)
            throw new bake_errors/* BakeError */.o(`Invalid function; empty params not allowed for ${name}`, where);
        const paramExpr = f.params.expr;
        if (paramExpr.kind !== 'tuple')
            throw new bake_errors/* BakeError */.o('Invalid params; params must be a list of parameter names', paramExpr.pos);
        const params = paramExpr.items.map((p) => {
            if (p.kind !== 'var')
                throw new bake_errors/* BakeError */.o('Invalid param element; Each parameter name must be an identifier.', p.pos);
            return p.name;
        });
        let variadic;
        if (f.variadic) {
            if (f.variadic.expr.kind !== 'var')
                throw new bake_errors/* BakeError */.o('Invalid param element; Each parameter name must be an identifier.', f.variadic.pos);
            variadic = f.variadic.expr.name;
        }
        const result = f.result.expr;
        this.functionsInProgress.add(name);
        try {
            checkFunctionDeps(result, this, new Set([...params, ...(variadic ? [variadic] : [])]));
        }
        finally {
            this.functionsInProgress.delete(name);
        }
        const fn = (args, pos) => {
            if (args.length < params.length || (!variadic && args.length > params.length)) {
                throw new bake_errors/* BakeError */.o(`Invalid function argument; Function "${name}" expects ${variadic ? 'at least ' : ''}${params.length} argument(s), got ${args.length}.`, pos);
            }
            const locals = new Map();
            params.forEach((p, i) => locals.set(p, args[i]));
            if (variadic)
                locals.set(variadic, args.slice(params.length));
            return evaluate(result, childContext(this, locals));
        };
        this.functions.set(name, fn);
        return fn;
    }
    // ---- blocks ----
    instanceByName(type, name) {
        const list = this.byName[type].get(name);
        return list?.[list.length - 1];
    }
    instanceNames(type) {
        return [...this.byName[type].keys()];
    }
    referenceAttribute(inst, name) {
        if (name === 'name')
            return inst.name;
        if (inst.type === 'group') {
            if (!GROUP_ATTRIBUTES.includes(name))
                throw new Error(`Unsupported attribute; This object does not have an attribute named "${name}".`);
            this.evalAttribute(inst, name, true);
            if (name === 'targets')
                return inst.attrs.has('targets') ? [...inst.group.targets] : null;
            return inst.group.description ?? '';
        }
        if (!isTargetAttribute(name))
            throw new Error(`Unsupported attribute; This object does not have an attribute named "${name}".`);
        this.evalAttribute(inst, name, true);
        return targetAttributeValue(inst.target, name);
    }
    /**
     * Evaluates one attribute of a block instance. Only evaluations reached through a reference
     * are tracked for cycles (like buildx), so the reported attribute is the same as buildx's:
     * the first referenced one that is re-entered. The error has no position of its own; the
     * evaluator reports it at the reference expression.
     */
    evalAttribute(inst, name, viaReference = false) {
        if (inst.values.has(name))
            return;
        const attr = inst.attrs.get(name);
        if (!attr) {
            inst.values.set(name, null);
            return;
        }
        if (inst.inProgress.has(name)) {
            throw new Error(`Invalid expression; reference cycle not allowed for ${inst.type}.${inst.name}.${name}`);
        }
        if (viaReference)
            inst.inProgress.add(name);
        try {
            const v = evaluate(attr.expr, inst.ctx);
            try {
                if (inst.type === 'target')
                    setTargetAttribute(inst.target, name, v);
                else if (name === 'targets') {
                    const l = materialize(v);
                    if (l !== null && !Array.isArray(l))
                        throw new ConversionError(`Unsuitable value type; targets must be a list of strings, not ${typeName(l)}`);
                    inst.group.targets = (l ?? []).map((x) => asString(x, 'targets element') ?? '');
                }
                else
                    inst.group.description = asString(v, name) ?? '';
            }
            catch (e) {
                throw (0,bake_errors/* atPos */.i)(e instanceof ConversionError ? e : new Error(`Unsuitable value type; ${e.message}`), attr.expr.pos);
            }
            inst.values.set(name, v);
        }
        finally {
            inst.inProgress.delete(name);
        }
    }
    blockInstances(block) {
        const existing = this.instances.get(block);
        if (existing)
            return existing;
        const type = block.type;
        const label = block.labels[0];
        const labelPos = block.labelPos[0] ?? block.pos;
        const attrs = new Map();
        for (const item of block.body.items)
            if (item.kind === 'attribute')
                attrs.set(item.name, item);
        this.warnUnknownItems(block, type);
        const bad = validateTargetName(label);
        if (bad)
            throw new bake_errors/* BakeError */.o(`Invalid name; ${bad}`, labelPos);
        const nameAttr = attrs.get('name');
        const matrixAttr = attrs.get('matrix');
        if (type === 'group') {
            if (nameAttr)
                throw new bake_errors/* BakeError */.o('Invalid name; name is not supported for groups', labelPos);
            if (matrixAttr)
                throw new bake_errors/* BakeError */.o('Invalid block; matrix is not supported for groups', labelPos);
        }
        if (nameAttr && !matrixAttr)
            throw new bake_errors/* BakeError */.o('Invalid name; name requires matrix', labelPos);
        const contexts = matrixAttr ? this.matrixContexts(matrixAttr) : [this];
        const instances = [];
        const seen = new Set();
        for (const ctx of contexts) {
            let name = label;
            if (nameAttr) {
                const v = evaluate(nameAttr.expr, ctx);
                let s;
                try {
                    s = asString(v, 'name');
                }
                catch (e) {
                    throw (0,bake_errors/* atPos */.i)(e, nameAttr.expr.pos);
                }
                if (s === null)
                    throw new bake_errors/* BakeError */.o('Invalid name; name must not be null', nameAttr.expr.pos);
                name = s;
                const badName = validateTargetName(name);
                if (badName)
                    throw new bake_errors/* BakeError */.o(`Invalid name; ${badName}`, labelPos);
            }
            if (seen.has(name))
                throw new bake_errors/* BakeError */.o(`Invalid name; duplicate name "${name}"`, labelPos);
            seen.add(name);
            const local = new Map(attrs);
            local.delete('name');
            local.delete('matrix');
            instances.push({
                type,
                block,
                label,
                name,
                ctx,
                attrs: local,
                values: new Map(),
                inProgress: new Set(),
                target: type === 'target' ? { name } : undefined,
                group: type === 'group' ? { name, targets: [] } : undefined,
            });
        }
        this.instances.set(block, instances);
        return instances;
    }
    /**
     * buildx ignores attributes and nested blocks a target or group has no schema for (so a newer attribute does not
     * break an older tool), which also silently drops a typo such as `platform = [...]`. Same here, but each one is
     * reported (file:line:col, what was expected) through `onWarning`.
     */
    warnUnknownItems(block, type) {
        const expected = type === 'target' ? ['name', 'matrix', ...this.targetAttributeNames()] : ['name', 'matrix', ...GROUP_ATTRIBUTES];
        for (const item of block.body.items) {
            const what = item.kind === 'attribute' ? item.name : item.type;
            if (item.kind === 'attribute' && expected.includes(what))
                continue;
            const near = expected.filter((e) => editDistance(e, what) <= 2).sort((a, b) => editDistance(a, what) - editDistance(b, what))[0];
            const kind = item.kind === 'attribute' ? 'attribute' : 'block';
            this.opts.onWarning?.(new bake_errors/* BakeError */.o(`unknown ${kind} "${what}" in ${type} "${block.labels[0]}" is ignored (as buildx does)${near ? `; did you mean "${near}"?` : ''} Expected one of: ${expected.join(', ')}`, item.pos));
        }
    }
    /**
     * The cartesian product of the matrix values. buildx iterates the keys in Go map order (so its
     * output order changes between runs); we use sorted key order with the first key varying
     * fastest, which is one of the orders buildx produces.
     */
    matrixContexts(attr) {
        const m = evaluate(attr.expr, this);
        if (!(m instanceof Map))
            throw new bake_errors/* BakeError */.o('Invalid block; matrix must be a map', attr.expr.pos);
        let combos = [new Map()];
        for (const key of sortedKeys(m)) {
            const values = materialize(m.get(key));
            if (!Array.isArray(values))
                throw new bake_errors/* BakeError */.o('Invalid block; matrix values must be a list', attr.expr.pos);
            const next = [];
            for (const v of values)
                for (const c of combos)
                    next.push(new Map([...c, [key, v]]));
            combos = next;
        }
        return combos.map((c) => childContext(this, c));
    }
    /** Evaluates everything and merges the blocks into `config` (which may hold compose targets). */
    evaluateInto(config) {
        for (const name of this.vars.keys())
            this.resolveValue(name);
        this.validateVariables();
        for (const name of this.funcs.keys())
            if (!this.functions.has(name))
                this.resolveFunction(name);
        const renamed = new Map();
        for (const block of this.blocks) {
            for (const inst of this.blockInstances(block)) {
                const list = this.byName[inst.type].get(inst.name) ?? [];
                list.push(inst);
                this.byName[inst.type].set(inst.name, list);
                if (inst.type === 'target') {
                    const names = renamed.get(inst.label) ?? [];
                    names.push(inst.name);
                    renamed.set(inst.label, names);
                }
            }
        }
        for (const block of this.blocks) {
            for (const inst of this.blockInstances(block)) {
                for (const name of inst.attrs.keys()) {
                    if (inst.type === 'target' ? isTargetAttribute(name) : GROUP_ATTRIBUTES.includes(name))
                        this.evalAttribute(inst, name);
                }
                if (inst.type === 'target') {
                    const existing = config.targets.find((t) => t.name === inst.name);
                    if (existing)
                        mergeTarget(existing, inst.target);
                    else
                        config.targets.push(copyTarget(inst.target));
                }
                else {
                    const i = config.groups.findIndex((g) => g.name === inst.name);
                    const g = { ...inst.group, targets: [...inst.group.targets] };
                    if (i >= 0)
                        config.groups[i] = g;
                    else
                        config.groups.push(g);
                }
            }
        }
        for (const [label, names] of renamed) {
            const uniq = [...new Set(names)];
            if (uniq.length === 1 && uniq[0] === label)
                continue;
            config.groups.push({ name: label, targets: uniq });
        }
        for (const name of this.attrs.keys())
            this.resolveValue(name);
    }
    validateVariables() {
        const errors = [];
        for (const v of this.vars.values()) {
            for (const rule of v.validations) {
                let result;
                try {
                    result = evaluate(rule.condition, this);
                }
                catch (e) {
                    errors.push((0,bake_errors/* atPos */.i)(e, rule.condition.pos));
                    continue;
                }
                if (result === null) {
                    errors.push(new bake_errors/* BakeError */.o('Invalid condition result; Condition expression must return either true or false, not null.', rule.condition.pos));
                    continue;
                }
                let ok;
                try {
                    ok = asBool(result);
                }
                catch {
                    errors.push(new bake_errors/* BakeError */.o(`Invalid condition result; Invalid condition result value: a bool is required`, rule.condition.pos));
                    continue;
                }
                if (ok)
                    continue;
                let message = 'This check failed, but has an invalid error message.';
                if (rule.errorMessage) {
                    try {
                        const m = evaluate(rule.errorMessage, this);
                        if (m !== null)
                            message = asString(m) ?? message;
                    }
                    catch (e) {
                        errors.push((0,bake_errors/* atPos */.i)(e, rule.errorMessage.pos));
                        continue;
                    }
                }
                errors.push(new bake_errors/* BakeError */.o(`Validation failed; ${message}`, rule.condition.pos));
            }
        }
        if (errors.length === 0)
            return;
        const first = errors[0];
        if (errors.length === 1)
            throw first;
        const e = new bake_errors/* BakeError */.o(`${first.detail}, and ${errors.length - 1} other diagnostic(s)`, first.file ? { file: first.file, line: first.line, column: first.column } : undefined);
        throw e;
    }
}
function copyTarget(t) {
    const c = { name: t.name };
    mergeTarget(c, t);
    if (t.description !== undefined)
        c.description = t.description;
    if (t.inherits)
        c.inherits = [...t.inherits];
    return c;
}
/** Resolves the functions and values a function result refers to, so cycles are reported. */
function checkFunctionDeps(expr, ev, params) {
    const visit = (e, locals) => {
        switch (e.kind) {
            case 'call':
                if (!['try', 'can', 'convert'].includes(e.name))
                    ev.lookupFunction(e.name);
                e.args.forEach((a) => visit(a, locals));
                return;
            case 'var':
                if (!locals.has(e.name) && !params.has(e.name)) {
                    if (e.name !== 'target' && e.name !== 'group')
                        ev.lookupVariable(e.name);
                }
                return;
            case 'template':
                for (const p of e.parts)
                    visitTemplate(p, locals);
                return;
            case 'getattr':
            case 'splat':
                visit(e.obj, locals);
                return;
            case 'index':
                visit(e.obj, locals);
                visit(e.key, locals);
                return;
            case 'tuple':
                e.items.forEach((i) => visit(i, locals));
                return;
            case 'object':
                e.items.forEach((i) => (visit(i.key, locals), visit(i.value, locals)));
                return;
            case 'for': {
                visit(e.coll, locals);
                const inner = new Set([...locals, e.valVar, ...(e.keyVar ? [e.keyVar] : [])]);
                if (e.keyExpr)
                    visit(e.keyExpr, inner);
                visit(e.valExpr, inner);
                if (e.cond)
                    visit(e.cond, inner);
                return;
            }
            case 'cond':
                visit(e.cond, locals);
                visit(e.then, locals);
                visit(e.else, locals);
                return;
            case 'binary':
                visit(e.left, locals);
                visit(e.right, locals);
                return;
            case 'unary':
                visit(e.operand, locals);
                return;
            case 'paren':
                visit(e.expr, locals);
                return;
            default:
                return;
        }
    };
    const visitTemplate = (p, locals) => {
        if (p.kind === 'interp')
            visit(p.expr, locals);
        else if (p.kind === 'if') {
            visit(p.cond, locals);
            p.then.forEach((x) => visitTemplate(x, locals));
            p.else.forEach((x) => visitTemplate(x, locals));
        }
        else if (p.kind === 'for') {
            visit(p.coll, locals);
            const inner = new Set([...locals, p.valVar, ...(p.keyVar ? [p.keyVar] : [])]);
            p.body.forEach((x) => visitTemplate(x, inner));
        }
    };
    try {
        visit(expr, new Set());
    }
    catch (e) {
        // Unknown names surface when the function is called; only cycles matter here.
        if (e instanceof bake_errors/* BakeError */.o && /cycle not allowed/.test(e.detail))
            throw e;
    }
}
function readVariable(block) {
    const def = { name: block.labels[0], block, validations: [] };
    for (const item of block.body.items) {
        if (item.kind === 'attribute') {
            if (item.name === 'default')
                def.defaultAttr = item;
            else if (item.name === 'type')
                def.typeExpr = item.expr;
        }
        else if (item.type === 'validation') {
            let condition;
            let errorMessage;
            for (const a of item.body.items) {
                if (a.kind !== 'attribute')
                    continue;
                if (a.name === 'condition')
                    condition = a.expr;
                else if (a.name === 'error_message')
                    errorMessage = a.expr;
            }
            if (!condition)
                throw new bake_errors/* BakeError */.o('Missing required argument; The argument "condition" is required, but no definition was found.', item.pos);
            def.validations.push({ condition, errorMessage, pos: item.pos });
        }
    }
    return def;
}
function readFunction(block) {
    const def = { name: block.labels[0], block };
    for (const item of block.body.items) {
        if (item.kind !== 'attribute')
            continue;
        if (item.name === 'params')
            def.params = item;
        else if (item.name === 'variadic_params')
            def.variadic = item;
        else if (item.name === 'result')
            def.result = item;
    }
    return def;
}

;// CONCATENATED MODULE: ./lib/bake/compose.js






function isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Loads YAML; returns undefined when the text is not a compose document. */
function loadComposeYaml(file, yaml) {
    let parsed;
    try {
        const doc = yaml.parseDocument(file.data, { uniqueKeys: false, merge: true });
        if (doc.errors.length > 0)
            return { error: doc.errors[0].message };
        parsed = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (e) {
        return { error: e.message };
    }
    if (!isMap(parsed))
        return { error: 'Top-level object must be a mapping' };
    if (!('services' in parsed) && !('secrets' in parsed))
        return { error: 'empty compose file' };
    return { doc: parsed };
}
/** Environment for compose interpolation: process env, then a CWD `.env` for unset names. */
function composeEnvironment(env, cwd, lookupAllowed) {
    const out = new Map();
    if (lookupAllowed)
        for (const [k, v] of Object.entries(env))
            if (v !== undefined)
                out.set(k, v);
    const dotenv = (0,external_node_path_.join)(cwd, '.env');
    if ((0,external_node_fs_.existsSync)(dotenv) && (0,external_node_fs_.statSync)(dotenv).isFile()) {
        for (const raw of (0,external_node_fs_.readFileSync)(dotenv, 'utf8').split(/\r?\n/)) {
            const line = raw.trim();
            if (line === '' || line.startsWith('#'))
                continue;
            const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
            if (!m)
                continue;
            let v = m[2];
            if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))
                v = v.slice(1, -1);
            else
                v = v.replace(/\s+#.*$/, '');
            if (!out.has(m[1]))
                out.set(m[1], v);
        }
    }
    return out;
}
/** Compose variable interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `$$`. */
function interpolate(s, env, where) {
    return s.replace(/\$\$|\$\{([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, braced, bare) => {
        if (m === '$$')
            return '$';
        if (bare !== undefined)
            return env.get(bare) ?? '';
        const expr = braced;
        const op = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])(.*))?$/s.exec(expr);
        if (!op)
            throw new bake_errors/* BakeError */.o(`failed to parse compose file: invalid interpolation format for ${where}: "${m}"`);
        const [, name, kind, arg = ''] = op;
        const val = env.get(name);
        const unsetOrEmpty = val === undefined || val === '';
        switch (kind) {
            case undefined:
                return val ?? '';
            case ':-':
                return unsetOrEmpty ? interpolate(arg, env, where) : val;
            case '-':
                return val === undefined ? interpolate(arg, env, where) : val;
            case ':+':
                return unsetOrEmpty ? '' : interpolate(arg, env, where);
            case '+':
                return val === undefined ? '' : interpolate(arg, env, where);
            case ':?':
            case '?':
                if (kind === ':?' ? unsetOrEmpty : val === undefined) {
                    throw new bake_errors/* BakeError */.o(`failed to parse compose file: required variable ${name} is missing a value: ${arg}`);
                }
                return val;
        }
        return m;
    });
}
function interpolateTree(v, env, path) {
    if (typeof v === 'string')
        return interpolate(v, env, path);
    if (Array.isArray(v))
        return v.map((x, i) => interpolateTree(x, env, `${path}[${i}]`));
    if (isMap(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = interpolateTree(x, env, path ? `${path}.${k}` : k);
        return out;
    }
    return v;
}
/** Later files override earlier ones key by key (mappings merge, everything else replaces). */
function mergeYaml(a, b) {
    if (isMap(a) && isMap(b)) {
        const out = { ...a };
        for (const [k, v] of Object.entries(b))
            out[k] = k in out ? mergeYaml(out[k], v) : v;
        return out;
    }
    return b;
}
function compose_str(v) {
    if (v === undefined || v === null)
        return undefined;
    return typeof v === 'string' ? v : String(v);
}
function strList(v) {
    if (v === undefined || v === null)
        return undefined;
    if (Array.isArray(v))
        return v.map((x) => compose_str(x) ?? '');
    return [compose_str(v)];
}
/** x-bake values may be a YAML list or a whitespace-separated string. */
function xbakeList(v) {
    if (v === undefined || v === null)
        return [];
    if (Array.isArray(v))
        return v.map((x) => compose_str(x) ?? '');
    return String(v).split(/\s+/).filter((s) => s !== '');
}
/** `KEY: value` map or `["KEY=value", "KEY"]` list; a bare key has a null value. */
function mappingWithEquals(v) {
    const out = new Map();
    if (Array.isArray(v)) {
        for (const item of v) {
            const s = String(item);
            const i = s.indexOf('=');
            if (i < 0)
                out.set(s, null);
            else
                out.set(s.slice(0, i), s.slice(i + 1));
        }
    }
    else if (isMap(v)) {
        for (const [k, x] of Object.entries(v))
            out.set(k, x === null || x === undefined ? null : String(x));
    }
    return out;
}
const UNITS = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
/** RAM sizes like `128m` in bytes (docker/go-units RAMInBytes). */
function ramInBytes(s) {
    const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(s);
    if (!m)
        throw new Error(`invalid size: '${s}'`);
    return Math.floor(Number(m[1]) * UNITS[(m[2] ?? '').toLowerCase()]);
}
/** docker/go-units BytesSize: `134217728` → `128MiB` (4 significant digits, binary units). */
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
function namedContexts(m) {
    const out = new Map();
    for (const [k, v] of m) {
        const i = v.indexOf(':');
        if ((v.startsWith('service:') || v.startsWith('target:')) && i >= 0)
            out.set(k, 'target:' + v.slice(i + 1).replace(/\./g, '_'));
        else
            out.set(k, v);
    }
    return out;
}
function canonicalAttest(type, v) {
    const s = compose_str(v);
    if (s === undefined || s === '')
        return undefined;
    const b = parseGoBool(s);
    if (b !== undefined)
        return `type=${type},disabled=${!b}`;
    return `type=${type},${s}`;
}
const BUILD_FIELDS = new Set([
    'context', 'dockerfile', 'dockerfile_inline', 'args', 'ssh', 'cache_from', 'cache_to', 'additional_contexts', 'entitlements',
    'extra_hosts', 'isolation', 'network', 'labels', 'no_cache', 'pull', 'shm_size', 'target', 'secrets', 'tags', 'ulimits',
    'platforms', 'privileged', 'sbom', 'provenance',
]);
/** Parses the compose files together (one project) into targets and a `default` group. */
function parseCompose(files, env, yaml) {
    let merged = {};
    for (const f of files) {
        const { doc, error } = loadComposeYaml(f, yaml);
        if (!doc)
            throw new bake_errors/* BakeError */.o(`failed to parse compose file: ${f.name}: ${error}`);
        merged = mergeYaml(merged, interpolateTree(doc, env, ''));
    }
    const project = merged;
    const config = { targets: [], groups: [] };
    const services = isMap(project.services) ? project.services : {};
    const topSecrets = isMap(project.secrets) ? project.secrets : {};
    const serviceNames = Object.keys(services).sort();
    if (serviceNames.length === 0)
        return config;
    const group = { name: 'default', targets: [] };
    for (const svcName of serviceNames) {
        const svc = isMap(services[svcName]) ? services[svcName] : {};
        let build = svc.build;
        if (build === undefined || build === null)
            continue;
        if (typeof build === 'string')
            build = { context: build };
        if (!isMap(build))
            throw new bake_errors/* BakeError */.o(`failed to parse compose file: services.${svcName}.build must be a string or a mapping`);
        for (const k of Object.keys(build)) {
            if (!BUILD_FIELDS.has(k) && !k.startsWith('x-')) {
                throw new bake_errors/* BakeError */.o(`failed to parse compose file: validating ${files[0].name}: services.${svcName}.build additional properties '${k}' not allowed`);
            }
        }
        const name = svcName.replace(/\./g, '_');
        const bad = validateTargetName(name);
        if (bad)
            throw new bake_errors/* BakeError */.o(`invalid service name "${name}": ${bad}`);
        const t = { name };
        const context = compose_str(build.context);
        if (context)
            t.context = context;
        const dockerfile = compose_str(build.dockerfile);
        if (dockerfile)
            t.dockerfile = dockerfile;
        const inline = compose_str(build.dockerfile_inline);
        if (inline)
            t.dockerfileInline = inline;
        if (build.additional_contexts !== undefined) {
            const m = mappingWithEquals(build.additional_contexts);
            t.contexts = namedContexts(new Map([...m].map(([k, v]) => [k, v ?? ''])));
        }
        if (build.shm_size !== undefined && build.shm_size !== null) {
            const bytes = typeof build.shm_size === 'number' ? build.shm_size : ramInBytes(String(build.shm_size));
            if (bytes > 0)
                t.shmSize = bytesSize(bytes);
        }
        const network = compose_str(build.network);
        if (network)
            t.network = network;
        if (isMap(build.ulimits)) {
            t.ulimits = Object.keys(build.ulimits)
                .sort()
                .map((n) => {
                const u = build.ulimits;
                const v = u[n];
                const soft = isMap(v) ? Number(v.soft) : Number(v);
                const hard = isMap(v) ? Number(v.hard) : Number(v);
                return `${n}=${soft}:${hard}`;
            });
        }
        if (build.extra_hosts !== undefined && build.extra_hosts !== null) {
            const hosts = new Map();
            if (Array.isArray(build.extra_hosts)) {
                for (const h of build.extra_hosts) {
                    const s = String(h);
                    const i = s.search(/[=:]/);
                    if (i < 0)
                        continue;
                    const prev = hosts.get(s.slice(0, i));
                    hosts.set(s.slice(0, i), prev ? `${prev},${s.slice(i + 1)}` : s.slice(i + 1));
                }
            }
            else if (isMap(build.extra_hosts)) {
                for (const [k, v] of Object.entries(build.extra_hosts))
                    hosts.set(k, Array.isArray(v) ? v.join(',') : String(v));
            }
            t.extraHosts = hosts;
        }
        if (build.ssh !== undefined && build.ssh !== null) {
            const ssh = [];
            const entries = Array.isArray(build.ssh) ? build.ssh.map(String) : isMap(build.ssh) ? Object.entries(build.ssh).map(([k, v]) => (v ? `${k}=${v}` : k)) : [];
            for (const e of entries) {
                const s = parseSshText(e);
                ssh.push(s.paths ? { id: s.id, paths: [s.paths.join(',')] } : { id: s.id });
            }
            t.ssh = ssh.sort(compareSsh);
        }
        if (Array.isArray(build.secrets)) {
            const secrets = [];
            for (const s of build.secrets) {
                const source = isMap(s) ? compose_str(s.source) : compose_str(s);
                const top = source !== undefined && isMap(topSecrets[source]) ? topSecrets[source] : {};
                if (top.external)
                    throw new bake_errors/* BakeError */.o(`unsupported external secret ${compose_str(top.name) ?? source}`);
                const entry = {};
                if (source)
                    entry.id = source;
                if (compose_str(top.file))
                    entry.src = compose_str(top.file);
                if (compose_str(top.environment))
                    entry.env = compose_str(top.environment);
                secrets.push(entry);
            }
            t.secret = secrets;
        }
        if (build.labels !== undefined) {
            const labels = mappingWithEquals(build.labels);
            t.labels = new Map([...labels].map(([k, v]) => [k, v ?? '']));
        }
        const cacheFrom = strList(build.cache_from);
        if (cacheFrom)
            t.cacheFrom = cacheFrom.filter((s) => s !== '').flatMap(parseCacheTexts);
        const cacheTo = strList(build.cache_to);
        if (cacheTo)
            t.cacheTo = cacheTo.filter((s) => s !== '').flatMap(parseCacheTexts);
        const attests = [canonicalAttest('sbom', build.sbom), canonicalAttest('provenance', build.provenance)].filter((x) => !!x);
        if (attests.length)
            t.attest = attests.map(parseAttestText);
        if (build.no_cache === true)
            t.noCache = true;
        if (build.pull === true)
            t.pull = true;
        const tags = strList(build.tags);
        if (tags)
            t.tags = tags;
        const platforms = strList(build.platforms);
        if (platforms)
            t.platforms = platforms;
        // Args without a value come from the service environment, then the process env / .env.
        if (build.args !== undefined && build.args !== null) {
            const svcEnv = mappingWithEquals(svc.environment);
            const args = new Map();
            for (const [k, v] of mappingWithEquals(build.args)) {
                if (v !== null)
                    args.set(k, v);
                else if (svcEnv.get(k) != null)
                    args.set(k, svcEnv.get(k));
                else if (env.has(k))
                    args.set(k, env.get(k));
            }
            if (args.size > 0)
                t.args = args;
        }
        applyXBake(t, build['x-bake']);
        const target = compose_str(build.target);
        if (target)
            t.target = target;
        const image = compose_str(svc.image);
        if ((!t.tags || t.tags.length === 0) && image)
            t.tags = [image];
        config.targets.push(t);
        group.targets.push(name);
    }
    config.groups.push(group);
    return config;
}
function applyXBake(t, ext) {
    if (!isMap(ext))
        return;
    const tags = xbakeList(ext.tags);
    if (tags.length)
        t.tags = dedupeStrings([...(t.tags ?? []), ...tags]);
    const cacheFrom = xbakeList(ext['cache-from']);
    if (cacheFrom.length)
        t.cacheFrom = mergeEntries(t.cacheFrom, cacheFrom.flatMap(parseCacheTexts), normalizeCaches);
    const cacheTo = xbakeList(ext['cache-to']);
    if (cacheTo.length)
        t.cacheTo = mergeEntries(t.cacheTo, cacheTo.flatMap(parseCacheTexts), normalizeCaches);
    const secrets = xbakeList(ext.secret);
    if (secrets.length)
        t.secret = mergeEntries(t.secret, secrets.map(parseSecretText), normalizeSecrets);
    const ssh = xbakeList(ext.ssh);
    if (ssh.length)
        t.ssh = mergeEntries(t.ssh, ssh.map(parseSshText), normalizeSsh).sort(compareSsh);
    const platforms = xbakeList(ext.platforms);
    if (platforms.length)
        t.platforms = dedupeStrings([...(t.platforms ?? []), ...platforms]);
    const outputs = xbakeList(ext.output);
    if (outputs.length)
        t.output = mergeEntries(t.output, outputs.map(parseExportText), normalizeExports);
    if (typeof ext.pull === 'boolean')
        t.pull = ext.pull;
    if (typeof ext['no-cache'] === 'boolean')
        t.noCache = ext['no-cache'];
    const ncf = xbakeList(ext['no-cache-filter']);
    if (ncf.length)
        t.noCacheFilter = dedupeStrings([...(t.noCacheFilter ?? []), ...ncf]);
    if (isMap(ext.contexts)) {
        const extra = namedContexts(new Map(Object.entries(ext.contexts).map(([k, v]) => [k, String(v)])));
        const out = new Map(t.contexts ?? []);
        for (const [k, v] of extra)
            if (!out.has(k))
                out.set(k, v);
        t.contexts = out;
    }
}

;// CONCATENATED MODULE: ./lib/bake/glob.js
/**
 * Go's `path.Match` for target-name patterns: `*` (any run of non-`/`), `?`, `[a-z]`,
 * `[^...]`, and `\` escapes. A malformed pattern matches nothing.
 */
function globMatch(pattern, name) {
    const re = globCache.get(pattern) ?? compile(pattern);
    globCache.set(pattern, re);
    return re !== null && re.test(name);
}
const globCache = new Map();
function compile(pattern) {
    let out = '^';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '\\') {
            i++;
            if (i >= pattern.length)
                return null;
            out += escapeRe(pattern[i]);
        }
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                return null;
            let body = pattern.slice(i + 1, end);
            const negate = body.startsWith('^');
            if (negate)
                body = body.slice(1);
            out += `[${negate ? '^/' : ''}${body.replace(/[\]\\^]/g, (m) => '\\' + m)}]`;
            i = end;
        }
        else
            out += escapeRe(c);
    }
    try {
        return new RegExp(out + '$', 'u');
    }
    catch {
        return null;
    }
}
function escapeRe(c) {
    return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function hasGlobChars(s) {
    return /[*?[\]]/.test(s);
}

;// CONCATENATED MODULE: ./lib/bake/hcl/lexer.js

/**
 * Character-level scanner for HCL native syntax. HCL templates nest expressions inside string
 * literals (and strings inside those expressions), so instead of a separate token stream the
 * parser pulls tokens from this scanner in whichever mode it is in. It tracks line/column for
 * every position and knows whether newlines are significant at the current nesting level
 * (they end attributes and object items, but not inside `(...)`, `[...]` or `${...}`).
 */
class Scanner {
    src;
    file;
    offset = 0;
    lineStarts = [0];
    /** Innermost last: true where a newline terminates the current construct. */
    newlineStack = [true];
    constructor(src, file) {
        this.src = src;
        this.file = file;
        for (let i = 0; i < src.length; i++)
            if (src.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
    }
    posAt(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { file: this.file, line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
    }
    pos() {
        return this.posAt(this.offset);
    }
    error(what, offset = this.offset) {
        return new bake_errors/* BakeError */.o(what, this.posAt(offset));
    }
    pushNewlines(significant) {
        this.newlineStack.push(significant);
    }
    popNewlines() {
        this.newlineStack.pop();
    }
    get newlinesSignificant() {
        return this.newlineStack[this.newlineStack.length - 1];
    }
    eof() {
        return this.offset >= this.src.length;
    }
    peekChar(ahead = 0) {
        return this.src.charAt(this.offset + ahead);
    }
    startsWith(s) {
        return this.src.startsWith(s, this.offset);
    }
    /** Skips spaces and comments; newlines too when they are not significant here. */
    skipSpace() {
        const nl = this.newlinesSignificant;
        while (this.offset < this.src.length) {
            const c = this.src.charAt(this.offset);
            if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
                this.offset++;
            }
            else if (c === '\n') {
                if (nl)
                    return;
                this.offset++;
            }
            else if (c === '#' || (c === '/' && this.peekChar(1) === '/')) {
                // A line comment ends at (but does not consume) the newline.
                while (this.offset < this.src.length && this.src.charAt(this.offset) !== '\n')
                    this.offset++;
            }
            else if (c === '/' && this.peekChar(1) === '*') {
                const end = this.src.indexOf('*/', this.offset + 2);
                if (end < 0)
                    throw this.error('unterminated block comment; expected "*/"');
                this.offset = end + 2;
            }
            else {
                return;
            }
        }
    }
    /** Skips whitespace, comments and newlines regardless of the current mode. */
    skipSpaceAndNewlines() {
        this.pushNewlines(false);
        this.skipSpace();
        this.popNewlines();
    }
    atNewline() {
        return this.peekChar() === '\n';
    }
    /** Consumes `s` (after skipping space) if it is next. */
    accept(s) {
        this.skipSpace();
        if (!this.startsWith(s))
            return false;
        // Do not split `==` into `=` `=`, or `=>` into `=` `>`, and so on.
        if (s === '=' && (this.peekChar(1) === '=' || this.peekChar(1) === '>'))
            return false;
        if ((s === '<' || s === '>' || s === '!') && this.peekChar(1) === '=')
            return false;
        if (s === '.' && this.startsWith('...'))
            return false;
        this.offset += s.length;
        return true;
    }
    expect(s, context) {
        if (!this.accept(s))
            throw this.error(`expected "${s}" ${context}, found ${this.describeNext()}`);
    }
    describeNext() {
        this.skipSpace();
        if (this.eof())
            return 'end of file';
        const c = this.peekChar();
        if (c === '\n')
            return 'newline';
        const m = /^[A-Za-z_][A-Za-z0-9_-]*|^\S/.exec(this.src.slice(this.offset, this.offset + 40));
        return `"${m ? m[0] : c}"`;
    }
    static isIdentStart(c) {
        const code = c.charCodeAt(0);
        if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95)
            return true;
        return code > 127 && /^\p{L}$/u.test(c);
    }
    static isIdentPart(c) {
        const code = c.charCodeAt(0);
        if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45)
            return true;
        return code > 127 && /^[\p{L}\p{N}]$/u.test(c);
    }
    static IDENT = /[\p{L}_][\p{L}\p{N}_-]*/uy;
    static NUMBER = /[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
    /** Reads an identifier if one is next (HCL identifiers may contain dashes). */
    identifier() {
        this.skipSpace();
        const re = Scanner.IDENT;
        re.lastIndex = this.offset;
        const m = re.exec(this.src);
        if (!m)
            return undefined;
        this.offset += m[0].length;
        return m[0];
    }
    peekIdentifier() {
        const save = this.offset;
        const id = this.identifier();
        this.offset = save;
        return id;
    }
    /** Reads a number literal if one is next. */
    number() {
        this.skipSpace();
        const re = Scanner.NUMBER;
        re.lastIndex = this.offset;
        const m = re.exec(this.src);
        if (!m)
            return undefined;
        this.offset += m[0].length;
        return Number(m[0]);
    }
}

;// CONCATENATED MODULE: ./lib/bake/hcl/parser.js

/** Parses an HCL native-syntax file into a body of attributes and blocks. */
function parseHCL(src, file) {
    return new Parser(new Scanner(src, file)).parseFile();
}
/** Parses a single expression (used for tests and for `convert()` type arguments). */
function parseExpression(src, file = '<expr>') {
    const p = new Parser(new Scanner(src, file));
    p.s.pushNewlines(false);
    const e = p.parseExpr();
    p.s.skipSpace();
    if (!p.s.eof())
        throw p.s.error(`expected end of expression, found ${p.s.describeNext()}`);
    return e;
}
/** Parses template text (the content of a JSON string) into a template expression. */
function parseTemplateString(src, pos) {
    const s = new Scanner(src, pos.file);
    const p = new Parser(s, pos);
    s.pushNewlines(false);
    const nodes = p.parseTemplateSeq({ kind: 'raw', end: src.length }, []).nodes;
    return { kind: 'template', parts: nodes, pos };
}
const BINARY_LEVELS = [
    ['||'],
    ['&&'],
    ['==', '!='],
    ['<=', '>=', '<', '>'],
    ['+', '-'],
    ['*', '/', '%'],
];
/** Characters that may start something other than literal text in a template. */
const PLAIN_QUOTED = /["\\$%\n]/g;
const PLAIN_HEREDOC = /[$%]/g;
/**
 * How deep brackets, blocks, templates and unary operators may nest. The parser is recursive: without a bound, a
 * file of a few thousand `(` overflows the stack (a RangeError instead of a BakeError). Real bake files stay far below.
 */
const MAX_NESTING = 128;
const OPERATOR_START = new Set(['|', '&', '=', '!', '<', '>', '+', '-', '*', '/', '%']);
class Parser {
    s;
    /** When parsing a JSON string's contents, positions are reported relative to the string. */
    basePos;
    /** Set by a `~}` strip marker: the next literal text loses its leading whitespace. */
    stripNextLeading = false;
    depth = 0;
    constructor(s, basePos) {
        this.s = s;
        this.basePos = basePos;
    }
    /** Runs one nested construct, failing with a BakeError (not a stack overflow) past MAX_NESTING levels. */
    nested(parse) {
        if (this.depth >= MAX_NESTING)
            throw this.s.error(`nesting too deep: more than ${MAX_NESTING} levels of brackets, blocks, templates or operators`);
        this.depth++;
        try {
            return parse();
        }
        finally {
            this.depth--;
        }
    }
    pos(offset = this.s.offset) {
        const p = this.s.posAt(offset);
        if (!this.basePos)
            return p;
        // JSON strings are on one line in practice; shift by the string's own column.
        return p.line === 1
            ? { file: p.file, line: this.basePos.line, column: this.basePos.column + p.column }
            : { file: p.file, line: this.basePos.line + p.line - 1, column: p.column };
    }
    parseFile() {
        const body = this.parseBody(false);
        return body;
    }
    parseBody(inBlock) {
        const items = [];
        const s = this.s;
        for (;;) {
            s.skipSpaceAndNewlines();
            if (s.eof()) {
                if (inBlock)
                    throw s.error('unexpected end of file; expected "}" to close the block');
                return { items };
            }
            if (inBlock && s.peekChar() === '}')
                return { items };
            const startOffset = s.offset;
            const name = s.identifier();
            if (name === undefined) {
                throw s.error(`expected an attribute or block definition, found ${s.describeNext()}`);
            }
            const namePos = this.pos(startOffset);
            s.skipSpace();
            if (s.accept('=')) {
                const expr = this.parseExpr();
                items.push({ kind: 'attribute', name, expr, pos: namePos });
                this.expectItemEnd(inBlock, `after the value of "${name}"`);
                continue;
            }
            items.push(this.parseBlockRest(name, namePos, inBlock));
        }
    }
    /** An attribute or block must be followed by a newline (or the end of the enclosing block). */
    expectItemEnd(inBlock, what) {
        const s = this.s;
        s.skipSpace();
        if (s.eof() || s.atNewline())
            return;
        if (inBlock && s.peekChar() === '}')
            return;
        throw s.error(`expected a newline ${what}, found ${s.describeNext()}`);
    }
    parseBlockRest(type, pos, parentInBlock) {
        return this.nested(() => this.parseBlockRestInner(type, pos, parentInBlock));
    }
    parseBlockRestInner(type, pos, parentInBlock) {
        const s = this.s;
        const labels = [];
        const labelPos = [];
        for (;;) {
            s.skipSpace();
            const c = s.peekChar();
            if (c === '"') {
                const lp = this.pos();
                const labelOffset = s.offset;
                const t = this.parseQuotedTemplate();
                if (t.kind !== 'template' || t.parts.some((p) => p.kind !== 'text')) {
                    throw s.error('block labels must be plain strings without interpolation', labelOffset);
                }
                labels.push(t.parts.map((p) => (p.kind === 'text' ? p.value : '')).join(''));
                labelPos.push(lp);
                continue;
            }
            if (Scanner.isIdentStart(c)) {
                labelPos.push(this.pos());
                labels.push(s.identifier());
                continue;
            }
            break;
        }
        if (!s.accept('{')) {
            throw s.error(`expected "=" or a block opening "{" after "${type}", found ${s.describeNext()}`);
        }
        s.pushNewlines(true);
        let body;
        s.skipSpace();
        if (!s.atNewline() && s.peekChar() !== '}') {
            // Single-line block: `{ name = value }` holds at most one attribute.
            const attrOffset = s.offset;
            const name = s.identifier();
            if (name === undefined || !s.accept('=')) {
                throw s.error('Invalid single-argument block definition; a single-line block may only contain one attribute', attrOffset);
            }
            const expr = this.parseExpr();
            body = { items: [{ kind: 'attribute', name, expr, pos: this.pos(attrOffset) }] };
            s.skipSpace();
            if (s.peekChar() !== '}') {
                throw s.error('Invalid single-argument block definition; expected "}" after the only attribute of a single-line block');
            }
        }
        else {
            body = this.parseBody(true);
        }
        s.popNewlines();
        s.expect('}', `to close block "${type}"`);
        this.expectItemEnd(parentInBlock, `after block "${type}"`);
        return { kind: 'block', type, labels, labelPos, body, pos };
    }
    parseExpr() {
        return this.nested(() => this.parseExprInner());
    }
    parseExprInner() {
        const s = this.s;
        s.skipSpace();
        const start = this.pos();
        const cond = this.parseBinary(0);
        if (s.accept('?')) {
            const then = this.parseExpr();
            s.expect(':', 'in conditional expression');
            const els = this.parseExpr();
            return { kind: 'cond', cond, then, else: els, pos: start };
        }
        return cond;
    }
    parseBinary(level) {
        if (level >= BINARY_LEVELS.length)
            return this.parseUnary();
        let left = this.parseBinary(level + 1);
        const s = this.s;
        for (;;) {
            s.skipSpace();
            if (!OPERATOR_START.has(s.peekChar()))
                return left;
            const op = BINARY_LEVELS[level].find((o) => s.startsWith(o) && !this.isOtherOperator(o));
            if (!op)
                return left;
            s.offset += op.length;
            const right = this.parseBinary(level + 1);
            // Diagnostics point at the start of the whole expression, as HCL ranges do.
            left = { kind: 'binary', op, left, right, pos: left.pos };
        }
    }
    /** `<` must not be read from `<=`/`<<`, `*` from `*]` (splat), `/` from comments, etc. */
    isOtherOperator(op) {
        const next = this.s.peekChar(op.length);
        if ((op === '<' || op === '>') && next === '=')
            return true;
        if (op === '<' && next === '<')
            return true;
        return false;
    }
    parseUnary() {
        const s = this.s;
        s.skipSpace();
        const p = this.pos();
        if (s.peekChar() === '!' && s.peekChar(1) !== '=') {
            s.offset++;
            return { kind: 'unary', op: '!', operand: this.nested(() => this.parseUnary()), pos: p };
        }
        if (s.peekChar() === '-') {
            s.offset++;
            return { kind: 'unary', op: '-', operand: this.nested(() => this.parseUnary()), pos: p };
        }
        return this.parsePostfix(this.parsePrimary());
    }
    parsePostfix(expr) {
        const s = this.s;
        for (;;) {
            s.skipSpace();
            const p = this.pos();
            if (s.peekChar() === '.' && !s.startsWith('...')) {
                s.offset++;
                if (s.peekChar() === '*') {
                    s.offset++;
                    expr = { kind: 'splat', obj: expr, each: this.parseSplatTraversal(), pos: p };
                    continue;
                }
                const n = /^[0-9]+/.exec(s.src.slice(s.offset, s.offset + 20));
                if (n) {
                    s.offset += n[0].length;
                    expr = { kind: 'index', obj: expr, key: { kind: 'literal', value: Number(n[0]), pos: p }, pos: p };
                    continue;
                }
                const name = s.identifier();
                if (name === undefined)
                    throw s.error(`expected an attribute name after ".", found ${s.describeNext()}`);
                expr = { kind: 'getattr', obj: expr, name, pos: expr.pos };
                continue;
            }
            if (s.peekChar() === '[') {
                s.offset++;
                s.pushNewlines(false);
                s.skipSpace();
                if (s.peekChar() === '*') {
                    s.offset++;
                    s.expect(']', 'to close the splat operator "[*]"');
                    s.popNewlines();
                    expr = { kind: 'splat', obj: expr, each: this.parseSplatTraversal(), pos: p };
                    continue;
                }
                const key = this.parseExpr();
                s.expect(']', 'to close the index');
                s.popNewlines();
                expr = { kind: 'index', obj: expr, key, pos: expr.pos };
                continue;
            }
            return expr;
        }
    }
    /** The traversal after a splat applies to each element: `a[*].b.c` maps `.b.c` over `a`. */
    parseSplatTraversal() {
        const anchor = { kind: 'anchor', pos: this.pos() };
        let expr = anchor;
        const s = this.s;
        for (;;) {
            const save = s.offset;
            s.skipSpace();
            const p = this.pos();
            if (s.peekChar() === '.' && Scanner.isIdentStart(s.peekChar(1))) {
                s.offset++;
                expr = { kind: 'getattr', obj: expr, name: s.identifier(), pos: p };
                continue;
            }
            if (s.peekChar() === '[' && s.peekChar(1) !== '*') {
                s.offset++;
                s.pushNewlines(false);
                const key = this.parseExpr();
                s.expect(']', 'to close the index');
                s.popNewlines();
                expr = { kind: 'index', obj: expr, key, pos: p };
                continue;
            }
            s.offset = save;
            return expr;
        }
    }
    parsePrimary() {
        const s = this.s;
        s.skipSpace();
        const p = this.pos();
        const c = s.peekChar();
        if (c >= '0' && c <= '9') {
            return { kind: 'literal', value: s.number(), pos: p };
        }
        if (c === '"')
            return this.parseQuotedTemplate();
        if (s.startsWith('<<'))
            return this.parseHeredoc();
        if (c === '(') {
            s.offset++;
            s.pushNewlines(false);
            const inner = this.parseExpr();
            s.expect(')', 'to close the parenthesis');
            s.popNewlines();
            return { kind: 'paren', expr: inner, pos: p };
        }
        if (c === '[')
            return this.parseTuple();
        if (c === '{')
            return this.parseObject();
        const name = s.identifier();
        if (name === undefined) {
            throw s.error(`expected an expression, found ${s.describeNext()}`);
        }
        if (name === 'true')
            return { kind: 'literal', value: true, pos: p };
        if (name === 'false')
            return { kind: 'literal', value: false, pos: p };
        if (name === 'null')
            return { kind: 'literal', value: null, pos: p };
        if (s.peekChar() === '(') {
            s.offset++;
            return this.parseCallArgs(name, p);
        }
        return { kind: 'var', name, pos: p };
    }
    parseCallArgs(name, p) {
        const s = this.s;
        s.pushNewlines(false);
        const args = [];
        let expandFinal = false;
        for (;;) {
            s.skipSpace();
            if (s.accept(')'))
                break;
            args.push(this.parseExpr());
            if (s.accept('...')) {
                expandFinal = true;
                s.expect(')', `after the expanded final argument of ${name}()`);
                break;
            }
            if (s.accept(','))
                continue;
            s.expect(')', `to close the arguments of ${name}()`);
            break;
        }
        s.popNewlines();
        return { kind: 'call', name, args, expandFinal, pos: p };
    }
    isForKeyword() {
        const s = this.s;
        const save = s.offset;
        const id = s.identifier();
        if (id !== 'for') {
            s.offset = save;
            return false;
        }
        const next = s.peekIdentifier();
        s.offset = save;
        return next !== undefined;
    }
    parseTuple() {
        const s = this.s;
        const p = this.pos();
        s.offset++;
        s.pushNewlines(false);
        if (this.isForKeyword()) {
            const e = this.parseForRest(p, false);
            s.expect(']', 'to close the for expression');
            s.popNewlines();
            return e;
        }
        const items = [];
        for (;;) {
            s.skipSpace();
            if (s.accept(']'))
                break;
            items.push(this.parseExpr());
            if (s.accept(','))
                continue;
            s.expect(']', 'to close the list');
            break;
        }
        s.popNewlines();
        return { kind: 'tuple', items, pos: p };
    }
    parseForRest(p, isObject) {
        const s = this.s;
        s.identifier(); // "for"
        let keyVar;
        let valVar = s.identifier();
        if (valVar === undefined)
            throw s.error('expected an iterator variable name after "for"');
        if (s.accept(',')) {
            keyVar = valVar;
            valVar = s.identifier();
            if (valVar === undefined)
                throw s.error('expected a value variable name after "," in for expression');
        }
        if (s.identifier() !== 'in')
            throw s.error('expected "in" in for expression');
        const coll = this.parseExpr();
        s.expect(':', 'after the collection of the for expression');
        let keyExpr;
        let valExpr = this.parseExpr();
        let group = false;
        if (isObject) {
            s.expect('=>', 'between key and value of an object for expression');
            keyExpr = valExpr;
            valExpr = this.parseExpr();
            if (s.accept('...'))
                group = true;
        }
        let cond;
        const save = s.offset;
        if (s.identifier() === 'if')
            cond = this.parseExpr();
        else
            s.offset = save;
        return { kind: 'for', keyVar, valVar, coll, keyExpr, valExpr, cond, group, pos: p };
    }
    parseObject() {
        const s = this.s;
        const p = this.pos();
        s.offset++;
        s.pushNewlines(false);
        if (this.isForKeyword()) {
            const e = this.parseForRest(p, true);
            s.expect('}', 'to close the for expression');
            s.popNewlines();
            return e;
        }
        s.popNewlines();
        s.pushNewlines(true);
        const items = [];
        for (;;) {
            s.skipSpaceAndNewlines();
            if (s.accept('}'))
                break;
            const kp = this.pos();
            let key;
            const save = s.offset;
            const id = s.identifier();
            s.skipSpace();
            if (id !== undefined && (s.peekChar() === '=' || s.peekChar() === ':') && !s.startsWith('==')) {
                key = { kind: 'literal', value: id, pos: kp };
            }
            else {
                s.offset = save;
                key = this.parseExpr();
            }
            if (!s.accept('=') && !s.accept(':')) {
                throw s.error(`expected "=" or ":" after an object key, found ${s.describeNext()}`);
            }
            const value = this.parseExpr();
            items.push({ key, value });
            s.skipSpace();
            if (s.accept(','))
                continue;
            if (s.atNewline())
                continue;
            if (s.accept('}'))
                break;
            throw s.error(`expected "," or a newline between object items, found ${s.describeNext()}`);
        }
        s.popNewlines();
        return { kind: 'object', items, pos: p };
    }
    parseQuotedTemplate() {
        const s = this.s;
        s.skipSpace();
        s.offset++; // opening quote
        // HCL ranges for a quoted template start inside the quotes.
        const p = this.pos();
        const { nodes } = this.parseTemplateSeq({ kind: 'quoted' }, []);
        s.offset++; // closing quote
        return { kind: 'template', parts: nodes, pos: p };
    }
    parseHeredoc() {
        const s = this.s;
        const p = this.pos();
        s.offset += 2;
        const indented = s.peekChar() === '-';
        if (indented)
            s.offset++;
        const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(s.src.slice(s.offset, s.offset + 200));
        if (!m)
            throw s.error('expected a heredoc marker identifier after "<<"');
        const marker = m[0];
        s.offset += marker.length;
        if (s.peekChar() === '\r')
            s.offset++;
        if (s.peekChar() !== '\n')
            throw s.error('expected a newline after the heredoc marker');
        s.offset++;
        const contentStart = s.offset;
        let lineStart = contentStart;
        let contentEnd = -1;
        let afterEnd = -1;
        while (lineStart <= s.src.length) {
            let nl = s.src.indexOf('\n', lineStart);
            if (nl < 0)
                nl = s.src.length;
            if (s.src.slice(lineStart, nl).trim() === marker) {
                contentEnd = lineStart;
                afterEnd = nl;
                break;
            }
            if (nl >= s.src.length)
                break;
            lineStart = nl + 1;
        }
        if (contentEnd < 0)
            throw s.error(`unterminated heredoc; expected a line containing only "${marker}"`, contentStart);
        s.pushNewlines(false);
        const { nodes } = this.parseTemplateSeq({ kind: 'heredoc', end: contentEnd }, []);
        s.popNewlines();
        s.offset = afterEnd;
        if (indented)
            stripHeredocIndent(nodes, s.src.slice(contentStart, contentEnd));
        return { kind: 'template', parts: nodes, pos: p };
    }
    /**
     * Parses template parts until the end of the template or one of the `terminators` directives
     * (`else`, `endif`, `endfor`), which is consumed and returned.
     */
    parseTemplateSeq(mode, terminators) {
        return this.nested(() => this.parseTemplateSeqInner(mode, terminators));
    }
    parseTemplateSeqInner(mode, terminators) {
        const s = this.s;
        const nodes = [];
        let text = '';
        const flush = () => {
            if (text === '')
                return;
            if (this.stripNextLeading) {
                text = text.replace(/^\s+/, '');
                this.stripNextLeading = false;
            }
            if (text !== '')
                nodes.push({ kind: 'text', value: text });
            text = '';
        };
        const stripPrevious = () => {
            flush();
            const last = nodes[nodes.length - 1];
            if (last && last.kind === 'text') {
                last.value = last.value.replace(/\s+$/, '');
                if (last.value === '')
                    nodes.pop();
            }
        };
        for (;;) {
            const atEnd = mode.kind === 'quoted' ? s.eof() || s.peekChar() === '"' : s.offset >= mode.end;
            if (atEnd) {
                if (mode.kind === 'quoted' && s.eof())
                    throw s.error('unterminated string; expected a closing "\\""');
                if (terminators.length > 0) {
                    throw s.error(`unterminated template directive; expected %{ ${terminators[terminators.length - 1]} }`);
                }
                flush();
                return { nodes };
            }
            const c = s.peekChar();
            if (s.startsWith('$${')) {
                text += '${';
                s.offset += 3;
                continue;
            }
            if (s.startsWith('%%{')) {
                text += '%{';
                s.offset += 3;
                continue;
            }
            if (s.startsWith('${')) {
                s.offset += 2;
                if (s.peekChar() === '~') {
                    s.offset++;
                    stripPrevious();
                }
                else
                    flush();
                s.pushNewlines(false);
                const expr = this.parseExpr();
                s.skipSpace();
                if (s.peekChar() === '~') {
                    s.offset++;
                    this.stripNextLeading = true;
                }
                s.expect('}', 'to close the interpolation "${"');
                s.popNewlines();
                nodes.push({ kind: 'interp', expr });
                continue;
            }
            if (s.startsWith('%{')) {
                const tagOffset = s.offset;
                s.offset += 2;
                if (s.peekChar() === '~') {
                    s.offset++;
                    stripPrevious();
                }
                else
                    flush();
                s.pushNewlines(false);
                const keyword = s.identifier();
                if (keyword !== undefined && terminators.includes(keyword)) {
                    this.closeDirective(keyword);
                    s.popNewlines();
                    return { nodes, ended: keyword };
                }
                if (keyword === 'if') {
                    const cond = this.parseExpr();
                    this.closeDirective('if');
                    s.popNewlines();
                    const then = this.parseTemplateSeq(mode, ['else', 'endif']);
                    let els = [];
                    if (then.ended === 'else')
                        els = this.parseTemplateSeq(mode, ['endif']).nodes;
                    nodes.push({ kind: 'if', cond, then: then.nodes, else: els });
                    continue;
                }
                if (keyword === 'for') {
                    const fp = this.pos(tagOffset);
                    let keyVar;
                    let valVar = s.identifier();
                    if (valVar === undefined)
                        throw s.error('expected an iterator variable name after "for"');
                    if (s.accept(',')) {
                        keyVar = valVar;
                        valVar = s.identifier();
                        if (valVar === undefined)
                            throw s.error('expected a value variable name after ","');
                    }
                    if (s.identifier() !== 'in')
                        throw s.error('expected "in" in template for directive');
                    const coll = this.parseExpr();
                    this.closeDirective('for');
                    s.popNewlines();
                    const body = this.parseTemplateSeq(mode, ['endfor']);
                    nodes.push({ kind: 'for', keyVar, valVar, coll, body: body.nodes, pos: fp });
                    continue;
                }
                throw s.error(keyword === undefined
                    ? 'expected a template directive keyword (if, for) after "%{"'
                    : `unexpected template directive "${keyword}"${terminators.length ? `; expected ${terminators.join(' or ')}` : ''}`, tagOffset);
            }
            if (mode.kind === 'quoted') {
                if (c === '\n')
                    throw s.error('unterminated string; a quoted string cannot contain a newline (use a heredoc)');
                if (c === '\\') {
                    text += this.readEscape();
                    continue;
                }
            }
            // Copy the run of ordinary characters in one go.
            const special = mode.kind === 'quoted' ? PLAIN_QUOTED : PLAIN_HEREDOC;
            special.lastIndex = s.offset + 1;
            const run = special.exec(s.src);
            let end = run ? run.index : s.src.length;
            if (mode.kind !== 'quoted')
                end = Math.min(end, mode.end);
            text += s.src.slice(s.offset, end);
            s.offset = end;
        }
    }
    closeDirective(keyword) {
        const s = this.s;
        s.skipSpace();
        if (s.peekChar() === '~') {
            s.offset++;
            this.stripNextLeading = true;
        }
        s.expect('}', `to close the %{ ${keyword} } directive`);
    }
    readEscape() {
        const s = this.s;
        const start = s.offset;
        s.offset++;
        const e = s.peekChar();
        s.offset++;
        switch (e) {
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case '"':
                return '"';
            case '\\':
                return '\\';
            case 'u':
            case 'U': {
                const len = e === 'u' ? 4 : 8;
                const hex = s.src.slice(s.offset, s.offset + len);
                if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len)
                    throw s.error(`invalid \\${e} escape; expected ${len} hex digits`, start);
                s.offset += len;
                return String.fromCodePoint(parseInt(hex, 16));
            }
            default:
                throw s.error(`invalid escape sequence "\\${e}"; expected one of \\n \\r \\t \\" \\\\ \\u \\U`, start);
        }
    }
}
/** `<<-` heredocs drop the common leading whitespace of their lines. */
function stripHeredocIndent(nodes, raw) {
    let min = Infinity;
    for (const line of raw.split('\n')) {
        if (line.trim() === '')
            continue;
        const ws = /^[ \t]*/.exec(line)[0].length;
        min = Math.min(min, ws);
    }
    if (!isFinite(min) || min === 0)
        return;
    let atLineStart = true;
    const visit = (list) => {
        for (const n of list) {
            if (n.kind === 'text') {
                let out = '';
                let i = 0;
                const v = n.value;
                while (i < v.length) {
                    if (atLineStart) {
                        let k = 0;
                        while (k < min && (v[i] === ' ' || v[i] === '\t')) {
                            i++;
                            k++;
                        }
                        atLineStart = false;
                        if (i >= v.length)
                            break;
                    }
                    const ch = v[i];
                    out += ch;
                    if (ch === '\n')
                        atLineStart = true;
                    i++;
                }
                n.value = out;
            }
            else if (n.kind === 'interp') {
                atLineStart = false;
            }
            else if (n.kind === 'if') {
                visit(n.then);
                visit(n.else);
            }
            else {
                visit(n.body);
            }
        }
    };
    visit(nodes);
}

;// CONCATENATED MODULE: ./lib/bake/hcl/json.js



/** Small JSON reader that keeps positions, so errors in bake JSON files point at file:line:col. */
function parseJSONWithPos(src, file) {
    const s = new Scanner(src, file);
    s.pushNewlines(false);
    const ws = () => {
        while (/[ \t\r\n\uFEFF]/.test(s.peekChar()) && !s.eof())
            s.offset++;
    };
    let depth = 0;
    const value = () => {
        ws();
        const pos = s.pos();
        const c = s.peekChar();
        if (c === '{' || c === '[') {
            // recursive reader: bounded like the HCL parser, so deep input is a BakeError, not a stack overflow
            if (depth >= MAX_NESTING)
                throw s.error(`nesting too deep: more than ${MAX_NESTING} levels of JSON objects and arrays`);
            depth++;
            try {
                return container(pos, c);
            }
            finally {
                depth--;
            }
        }
        if (c === '"')
            return { t: 'string', value: stringLit(), pos };
        const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(s.src.slice(s.offset, s.offset + 100));
        if (!m)
            throw s.error(`expected a JSON value, found ${s.describeNext()}`);
        s.offset += m[0].length;
        if (m[0] === 'true' || m[0] === 'false')
            return { t: 'bool', value: m[0] === 'true', pos };
        if (m[0] === 'null')
            return { t: 'null', pos };
        return { t: 'number', value: Number(m[0]), pos };
    };
    const container = (pos, c) => {
        if (c === '{') {
            s.offset++;
            const entries = [];
            ws();
            if (s.peekChar() === '}') {
                s.offset++;
                return { t: 'object', entries, pos };
            }
            for (;;) {
                ws();
                const keyPos = s.pos();
                if (s.peekChar() !== '"')
                    throw s.error(`expected a string object key in JSON, found ${s.describeNext()}`);
                const key = stringLit();
                ws();
                if (s.peekChar() !== ':')
                    throw s.error(`expected ":" after JSON object key, found ${s.describeNext()}`);
                s.offset++;
                entries.push({ key, keyPos, value: value() });
                ws();
                if (s.peekChar() === ',') {
                    s.offset++;
                    continue;
                }
                if (s.peekChar() === '}') {
                    s.offset++;
                    return { t: 'object', entries, pos };
                }
                throw s.error(`expected "," or "}" in JSON object, found ${s.describeNext()}`);
            }
        }
        if (c === '[') {
            s.offset++;
            const items = [];
            ws();
            if (s.peekChar() === ']') {
                s.offset++;
                return { t: 'array', items, pos };
            }
            for (;;) {
                items.push(value());
                ws();
                if (s.peekChar() === ',') {
                    s.offset++;
                    continue;
                }
                if (s.peekChar() === ']') {
                    s.offset++;
                    return { t: 'array', items, pos };
                }
                throw s.error(`expected "," or "]" in JSON array, found ${s.describeNext()}`);
            }
        }
        throw s.error(`expected a JSON value, found ${s.describeNext()}`);
    };
    const stringLit = () => {
        const start = s.offset;
        s.offset++;
        for (;;) {
            if (s.eof())
                throw s.error('unterminated JSON string', start);
            const c = s.peekChar();
            if (c === '\\') {
                s.offset += 2;
                continue;
            }
            if (c === '"')
                break;
            if (c === '\n')
                throw s.error('unterminated JSON string', start);
            s.offset++;
        }
        s.offset++;
        try {
            return JSON.parse(s.src.slice(start, s.offset));
        }
        catch {
            throw s.error('invalid escape in JSON string', start);
        }
    };
    const root = value();
    ws();
    if (!s.eof())
        throw s.error(`expected end of JSON document, found ${s.describeNext()}`);
    return root;
}
const BLOCK_TYPES = new Set(['variable', 'function', 'group', 'target']);
/**
 * Reads an HCL-JSON bake file into the same AST as native HCL. Strings are templates
 * (`"${FOO}"` interpolates); block types may be objects keyed by label or arrays of those.
 */
function parseHCLJSON(src, file) {
    const root = parseJSONWithPos(src, file);
    if (root.t !== 'object')
        throw new bake_errors/* BakeError */.o('the root of a bake JSON file must be an object', root.pos);
    const items = [];
    for (const e of root.entries) {
        if (BLOCK_TYPES.has(e.key))
            items.push(...jsonBlocks(e.key, e.value));
        else
            items.push({ kind: 'attribute', name: e.key, expr: jsonExpr(e.value), pos: e.keyPos });
    }
    return { items };
}
function jsonBlocks(type, node) {
    const out = [];
    if (node.t === 'array') {
        for (const item of node.items)
            out.push(...jsonBlocks(type, item));
        return out;
    }
    if (node.t !== 'object')
        throw new bake_errors/* BakeError */.o(`expected a JSON object of "${type}" blocks keyed by name`, node.pos);
    for (const e of node.entries) {
        const bodies = e.value.t === 'array' ? e.value.items : [e.value];
        for (const b of bodies) {
            out.push({ kind: 'block', type, labels: [e.key], labelPos: [e.keyPos], body: jsonBody(type, b), pos: e.keyPos });
        }
    }
    return out;
}
function jsonBody(type, node) {
    if (node.t !== 'object')
        throw new bake_errors/* BakeError */.o(`expected a JSON object for the body of a "${type}" block`, node.pos);
    const items = [];
    for (const e of node.entries) {
        if (type === 'variable' && e.key === 'validation') {
            const list = e.value.t === 'array' ? e.value.items : [e.value];
            for (const v of list) {
                items.push({ kind: 'block', type: 'validation', labels: [], labelPos: [], body: jsonBody('validation', v), pos: e.keyPos });
            }
            continue;
        }
        let expr;
        if (type === 'variable' && e.key === 'type' && e.value.t === 'string') {
            // A type is an expression, not a template: "list(string)".
            expr = parseExpression(e.value.value, e.value.pos.file);
        }
        else if (type === 'function' && (e.key === 'params' || e.key === 'variadic_params')) {
            expr = jsonKeywords(e.value);
        }
        else {
            expr = jsonExpr(e.value);
        }
        items.push({ kind: 'attribute', name: e.key, expr, pos: e.keyPos });
    }
    return { items };
}
/** Function parameter names are given as JSON strings. */
function jsonKeywords(node) {
    if (node.t === 'string')
        return { kind: 'var', name: node.value, pos: node.pos };
    if (node.t === 'array')
        return { kind: 'tuple', items: node.items.map(jsonKeywords), pos: node.pos };
    return jsonExpr(node);
}
function jsonExpr(node) {
    switch (node.t) {
        case 'string':
            return parseTemplateString(node.value, node.pos);
        case 'number':
            return { kind: 'literal', value: node.value, pos: node.pos };
        case 'bool':
            return { kind: 'literal', value: node.value, pos: node.pos };
        case 'null':
            return { kind: 'literal', value: null, pos: node.pos };
        case 'array':
            return { kind: 'tuple', items: node.items.map(jsonExpr), pos: node.pos };
        case 'object':
            return {
                kind: 'object',
                items: node.entries.map((e) => ({ key: { kind: 'literal', value: e.key, pos: e.keyPos }, value: jsonExpr(e.value) })),
                pos: node.pos,
            };
    }
}

;// CONCATENATED MODULE: ./lib/bake/overrides.js



const LIST_KEYS = new Set(['output', 'cache-to', 'cache-from', 'tags', 'platform', 'secrets', 'ssh', 'attest', 'entitlements', 'annotations', 'no-cache-filter', 'ulimits']);
/** Expands a `--set` pattern against target names (exact name first, then glob). */
function expandTargets(pattern, targetNames) {
    if (targetNames.includes(pattern))
        return [pattern];
    const names = targetNames.filter((n) => globMatch(pattern, n));
    if (names.length === 0)
        throw new bake_errors/* BakeError */.o(`could not find any target matching '${pattern}'`);
    return names;
}
/**
 * Parses `--set` values (buildx newOverrides). Different keys of one target are applied in the
 * order they first appear on the command line (buildx uses Go map order, which varies).
 */
function parseOverrides(set, targetNames, env, envLookupAllowed) {
    const m = new Map();
    for (const v of set) {
        const eq = v.indexOf('=');
        const left = eq < 0 ? v : v.slice(0, eq);
        const hasValue = eq >= 0;
        const rhs = hasValue ? v.slice(eq + 1) : '';
        const append = left.endsWith('+');
        const skey = append ? left.slice(0, -1) : left;
        const parts = skey.split('.');
        const keys = parts.length > 3 ? [parts[0], parts[1], parts.slice(2).join('.')] : parts;
        if (keys.length < 2)
            throw new bake_errors/* BakeError */.o(`invalid override key ${skey}, expected target.name`);
        const pattern = keys[0];
        if (!hasValue && keys[1] !== 'args')
            throw new bake_errors/* BakeError */.o(`invalid override ${v}, expected target.name=value`);
        const names = expandTargets(pattern, targetNames);
        const okey = keys.slice(1).join('.');
        for (const name of names) {
            let t = m.get(name);
            if (!t)
                m.set(name, (t = new Map()));
            const o = t.get(okey) ?? { value: '', values: [], append: false };
            const k = keys[1];
            if (LIST_KEYS.has(k)) {
                if (hasValue) {
                    o.append = append;
                    o.values.push(rhs);
                }
            }
            else if (k === 'resources' || k === 'secret') {
                if (keys.length !== 3)
                    throw new bake_errors/* BakeError */.o(`invalid key ${left}, ${k} requires name`);
                if (append)
                    throw new bake_errors/* BakeError */.o(`invalid key ${left}, ${k} does not support append`);
                o.value = rhs;
            }
            else if (k === 'args' || k === 'contexts' || k === 'labels' || k === 'extra-hosts') {
                if (keys.length !== 3)
                    throw new bake_errors/* BakeError */.o(`invalid key ${left}, ${k} requires name`);
                if (k === 'args' && !hasValue) {
                    if (envLookupAllowed) {
                        const ev = env(keys[2]);
                        if (ev === undefined)
                            continue;
                        o.value = ev;
                    }
                }
                else
                    o.value = rhs;
            }
            else {
                o.value = rhs;
            }
            t.set(okey, o);
        }
    }
    return m;
}
function parseBoolKey(value, key) {
    const b = parseGoBool(value);
    if (b === undefined)
        throw new bake_errors/* BakeError */.o(`invalid value ${value} for boolean key ${key}`);
    return b;
}
function overrides_wrap(what, f) {
    try {
        return f();
    }
    catch (e) {
        if (e instanceof bake_errors/* BakeError */.o)
            throw e;
        throw new bake_errors/* BakeError */.o(`${what}: ${e.message}`);
    }
}
/** `--push`/`*.push=`: image outputs get push=true, or an image output is added. */
function setPush(outputs, push) {
    const out = outputs ? [...outputs] : [];
    if (!push) {
        // buildx removes registry outputs by swapping with the last element.
        for (let i = 0; i < out.length;) {
            if (out[i].type === 'registry') {
                out[i] = out[out.length - 1];
                out.pop();
                continue;
            }
            if (out[i].type === 'image')
                out[i] = { ...out[i], push: 'false' };
            i++;
        }
        return outputs === undefined && out.length === 0 ? undefined : out;
    }
    let addImage = true;
    for (let i = 0; i < out.length; i++) {
        if (out[i].type !== 'docker')
            addImage = false;
        if (out[i].type === 'image')
            out[i] = { ...out[i], push: 'true' };
    }
    if (addImage)
        out.push({ type: 'image', push: 'true' });
    return out;
}
/** `--load`/`*.load=`: add a docker output unless one without dest exists or a local-ish output is set. */
function setLoad(outputs, load) {
    if (!load)
        return outputs;
    for (const o of outputs ?? []) {
        if (o.type === 'docker') {
            if (!o.dest)
                return outputs;
        }
        else if (!['image', 'registry', 'oci'].includes(o.type)) {
            return outputs;
        }
    }
    return [...(outputs ?? []), { type: 'docker' }];
}
/** Applies one target's overrides (buildx Target.AddOverrides). */
function applyOverrides(t, overrides) {
    if (!overrides)
        return;
    const secretOverrides = [];
    for (const [key, o] of overrides) {
        const dot = key.indexOf('.');
        const k0 = dot < 0 ? key : key.slice(0, dot);
        const k1 = dot < 0 ? undefined : key.slice(dot + 1);
        const value = o.value;
        switch (k0) {
            case 'context':
                t.context = value;
                break;
            case 'dockerfile':
                t.dockerfile = value;
                break;
            case 'args':
                if (k1 === undefined)
                    throw new bake_errors/* BakeError */.o('invalid format for args, expecting args.<name>=<value>');
                (t.args ??= new Map()).set(k1, value);
                break;
            case 'contexts':
                if (k1 === undefined)
                    throw new bake_errors/* BakeError */.o('invalid format for contexts, expecting contexts.<name>=<value>');
                (t.contexts ??= new Map()).set(k1, value);
                break;
            case 'labels':
                if (k1 === undefined)
                    throw new bake_errors/* BakeError */.o('invalid format for labels, expecting labels.<name>=<value>');
                (t.labels ??= new Map()).set(k1, value);
                break;
            case 'extra-hosts':
                if (k1 === undefined)
                    throw new bake_errors/* BakeError */.o('invalid format for extra-hosts, expecting extra-hosts.<hostname>=<ip>');
                (t.extraHosts ??= new Map()).set(k1, value);
                break;
            case 'tags':
                t.tags = o.append ? [...(t.tags ?? []), ...o.values] : [...o.values];
                break;
            case 'platform':
                t.platforms = o.append ? [...(t.platforms ?? []), ...o.values] : [...o.values];
                break;
            case 'cache-from': {
                const entries = overrides_wrap('invalid value for cache-from', () => o.values.filter((v) => v !== '').flatMap(parseCacheTexts));
                t.cacheFrom = o.append ? mergeEntries(t.cacheFrom, entries, normalizeCaches) : entries;
                break;
            }
            case 'cache-to': {
                const entries = overrides_wrap('invalid value for cache-to', () => o.values.filter((v) => v !== '').flatMap(parseCacheTexts));
                t.cacheTo = o.append ? mergeEntries(t.cacheTo, entries, normalizeCaches) : entries;
                break;
            }
            case 'output': {
                const entries = overrides_wrap('invalid value for outputs', () => o.values.filter((v) => v !== '').map(parseExportText));
                t.output = o.append ? mergeEntries(t.output, entries, normalizeExports) : entries;
                break;
            }
            case 'secrets': {
                const entries = overrides_wrap('invalid value for secrets', () => o.values.filter((v) => v !== '').map(parseSecretText));
                t.secret = o.append ? mergeEntries(t.secret, entries, normalizeSecrets) : entries;
                break;
            }
            case 'ssh': {
                const entries = overrides_wrap('invalid value for ssh', () => o.values.filter((v) => v !== '').map(parseSshText));
                t.ssh = o.append ? mergeEntries(t.ssh, entries, normalizeSsh) : entries;
                break;
            }
            case 'secret':
                if (!k1)
                    throw new bake_errors/* BakeError */.o('invalid format for secret, expecting secret.<id>=<value>');
                secretOverrides.push([k1, o]);
                break;
            case 'target':
                t.target = value;
                break;
            case 'call':
                t.call = value;
                break;
            case 'entitlements':
                t.entitlements = [...(t.entitlements ?? []), ...o.values];
                break;
            case 'annotations':
                t.annotations = [...(t.annotations ?? []), ...o.values];
                break;
            case 'attest': {
                const entries = overrides_wrap('invalid value for attest', () => o.values.filter((v) => v !== '').map(parseAttestText));
                t.attest = mergeEntries(t.attest, entries, normalizeAttests);
                break;
            }
            case 'no-cache':
                t.noCache = parseBoolKey(value, 'no-cache');
                break;
            case 'pull':
                t.pull = parseBoolKey(value, 'pull');
                break;
            case 'push':
                t.output = setPush(t.output, parseBoolKey(value, 'push'));
                break;
            case 'load':
                t.output = setLoad(t.output, parseBoolKey(value, 'load'));
                break;
            // buildx (0.29) stores an empty string for `network` and clears `no-cache-filter`/`ulimits`
            // on override; we apply the given values instead (see docs/bake.md §7).
            case 'network':
                t.network = value;
                break;
            case 'no-cache-filter':
                t.noCacheFilter = o.append ? [...(t.noCacheFilter ?? []), ...o.values] : [...o.values];
                break;
            case 'ulimits':
                t.ulimits = o.append ? [...(t.ulimits ?? []), ...o.values] : [...o.values];
                break;
            case 'shm-size':
                t.shmSize = value;
                break;
            default:
                throw new bake_errors/* BakeError */.o(`unknown key: ${k0}`);
        }
    }
    for (const [id, o] of secretOverrides) {
        const s = t.secret?.find((x) => (x.id ?? '') === id);
        if (!s)
            throw new bake_errors/* BakeError */.o(`secret ${JSON.stringify(id)} must be declared before it can be overridden`);
        const next = overrides_wrap('invalid value for secret', () => parseSecretText(o.value));
        if (next.id && next.id !== id)
            throw new bake_errors/* BakeError */.o(`secret override id ${JSON.stringify(next.id)} does not match declared secret ${JSON.stringify(id)}`);
        const i = t.secret.indexOf(s);
        const updated = { id: s.id, src: next.src, env: next.env };
        t.secret[i] = Object.fromEntries(Object.entries(updated).filter(([, v]) => v));
    }
}

;// CONCATENATED MODULE: ./lib/bake/resolve.js












/** Files looked for, in this order, when none is named (all that exist are read). */
const DEFAULT_FILENAMES = [
    'compose.yaml',
    'compose.yml',
    'docker-compose.yml',
    'docker-compose.yaml',
    'docker-bake.json',
    'docker-bake.hcl',
    'docker-bake.override.json',
    'docker-bake.override.hcl',
];
/** Whether a file is loaded as compose YAML, or tried as such first: all but `.json` and `.hcl` files. */
function mayBeCompose(name) {
    const lower = name.toLowerCase();
    return !lower.endsWith('.json') && !lower.endsWith('.hcl');
}
/** The bake files to resolve: the named ones, BUILDX_BAKE_FILE's, or those of DEFAULT_FILENAMES that exist. */
function readFiles(inputs) {
    let names = inputs.files;
    let isDefault = false;
    if (names.length === 0) {
        const fromEnv = inputs.env.BUILDX_BAKE_FILE;
        if (fromEnv) {
            const sep = inputs.env.BUILDX_BAKE_PATH_SEPARATOR || ':';
            names = fromEnv
                .split(sep)
                .map((s) => s.trim())
                .filter((s) => s !== '');
        }
        else {
            names = DEFAULT_FILENAMES;
            isDefault = true;
        }
    }
    const out = [];
    for (const raw of names) {
        const name = raw.startsWith('cwd://') ? raw.slice('cwd://'.length) : raw;
        if (name === '-') {
            out.push({ name, data: (0,external_node_fs_.readFileSync)(0, 'utf8') });
            continue;
        }
        const p = (0,external_node_path_.resolve)(inputs.cwd, name);
        if (!(0,external_node_fs_.existsSync)(p)) {
            if (isDefault)
                continue;
            throw new bake_errors/* BakeError */.o(`open ${name}: no such file or directory`);
        }
        if ((0,external_node_fs_.statSync)(p).isDirectory())
            throw new bake_errors/* BakeError */.o(`read ${name}: is a directory`);
        out.push({ name, data: (0,external_node_fs_.readFileSync)(p, 'utf8') });
    }
    if (out.length === 0)
        throw new bake_errors/* BakeError */.o("couldn't find a bake definition");
    return out;
}
function envFlag(env, name) {
    const v = env[name];
    return v !== undefined && parseGoBool(v) === true;
}
/** `platforms.Format(platforms.DefaultSpec())` for this machine. */
function localPlatform() {
    switch ((0,external_node_os_.arch)()) {
        case 'x64':
            return 'linux/amd64';
        case 'arm64':
            return 'linux/arm64/v8';
        case 'arm':
            return 'linux/arm/v7';
        case 'ia32':
            return 'linux/386';
        default:
            return `linux/${(0,external_node_os_.arch)()}`;
    }
}
/** Parses the files and evaluates them into one definition (buildx ParseFiles). */
function loadConfig(files, inputs) {
    const envLookup = !envFlag(inputs.env, 'BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP');
    const composeFiles = [];
    const hclFiles = [];
    const yaml = () => {
        if (!inputs.yaml)
            throw new Error('internal error: resolving a compose file without BakeInputs.yaml (see resolveBakeAsync)');
        return inputs.yaml;
    };
    for (const f of files) {
        const lower = f.name.toLowerCase();
        if (lower.endsWith('.yml') || lower.endsWith('.yaml')) {
            const { error } = loadComposeYaml(f, yaml());
            if (error)
                throw new bake_errors/* BakeError */.o(`failed to parse ${f.name}: ${error}`);
            composeFiles.push(f);
            continue;
        }
        let composeError;
        if (mayBeCompose(f.name)) {
            const { doc, error } = loadComposeYaml(f, yaml());
            if (doc) {
                composeFiles.push(f);
                continue;
            }
            composeError = error;
        }
        let body;
        if (lower.endsWith('.json'))
            body = parseHCLJSON(f.data, f.name);
        else if (lower.endsWith('.hcl'))
            body = parseHCL(f.data, f.name);
        else {
            try {
                body = parseHCL(f.data, f.name);
            }
            catch (hclErr) {
                try {
                    body = parseHCLJSON(f.data, f.name);
                }
                catch {
                    throw new bake_errors/* BakeError */.o(`failed to parse ${f.name}: parsing yaml: ${composeError}, parsing hcl: ${hclErr.message}`);
                }
            }
        }
        hclFiles.push({ name: f.name, body });
    }
    let config = { targets: [], groups: [] };
    if (composeFiles.length > 0) {
        config = parseCompose(composeFiles, composeEnvironment(inputs.env, inputs.cwd, envLookup), yaml());
    }
    if (hclFiles.length > 0) {
        const ev = new DefinitionEvaluator(hclFiles, {
            builtins: { BAKE_CMD_CONTEXT: 'cwd://', BAKE_LOCAL_PLATFORM: localPlatform() },
            lookupVar: (name) => (envLookup ? inputs.env[name] : undefined),
            onWarning: inputs.onWarning,
        });
        ev.evaluateInto(config);
    }
    for (const g of config.groups)
        g.targets = [...new Set(g.targets)];
    return config;
}
/** Resolves the requested names into targets and groups (buildx ReadTargets). */
class Resolver {
    config;
    overrides;
    constructor(config, set, env) {
        this.config = config;
        const envLookup = !envFlag(env, 'BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP');
        this.overrides = parseOverrides(set, config.targets.map((t) => t.name), (n) => env[n], envLookup);
    }
    matchNames(pattern) {
        if (!hasGlobChars(pattern))
            return [pattern];
        const names = [...this.config.groups.map((g) => g.name), ...this.config.targets.map((t) => t.name)].filter((n) => globMatch(pattern, n));
        if (names.length === 0)
            throw new bake_errors/* BakeError */.o(`could not find any target matching ${JSON.stringify(pattern)}`);
        return names;
    }
    findGroup(name) {
        return this.config.groups.find((g) => g.name === name);
    }
    /** Depth-first group expansion; a member naming a group being expanded falls back to a target. */
    resolveGroup(name) {
        const visited = new Map();
        const walk = (n) => {
            const v = visited.get(n);
            if (v)
                return v;
            const g = this.findGroup(n);
            if (!g)
                return { targets: [n], groups: [] };
            visited.set(n, { targets: [], groups: [] });
            const targets = [];
            const groups = [n];
            for (const member of g.targets) {
                const r = walk(member);
                if (r.targets.length > 0)
                    targets.push(...r.targets);
                else
                    targets.push(member);
                groups.push(...r.groups);
            }
            const res = { targets, groups };
            visited.set(n, res);
            return res;
        };
        const r = walk(name);
        return { targets: [...new Set(r.targets)], groups: [...new Set(r.groups)] };
    }
    resolveTarget(name) {
        const t = this.target(name, new Map(), []);
        t.inherits = undefined;
        if (t.context === undefined)
            t.context = '.';
        if (t.dockerfile === undefined || t.dockerfile === '')
            t.dockerfile = 'Dockerfile';
        return t;
    }
    /**
     * Inheritance: parents left to right (each fully resolved, with its own overrides), then the
     * target itself, then its overrides. buildx silently skips an `inherits` back-edge; we
     * report the cycle instead.
     */
    target(name, visited, stack) {
        const done = visited.get(name);
        if (done)
            return done;
        if (stack.includes(name)) {
            const cycle = [...stack.slice(stack.indexOf(name)), name];
            throw new bake_errors/* BakeError */.o(`inherits cycle: ${cycle.join(' -> ')}`);
        }
        const t = this.config.targets.find((x) => x.name === name);
        if (!t)
            throw new bake_errors/* BakeError */.o(`failed to find target ${name}`);
        const inherited = { name };
        for (const parent of t.inherits ?? []) {
            mergeTarget(inherited, this.target(parent, visited, [...stack, name]));
        }
        const m = { name };
        mergeTarget(m, inherited);
        mergeTarget(m, cloneTarget(t));
        applyOverrides(m, this.overrides.get(name));
        normalizeTarget(m);
        visited.set(name, m);
        return m;
    }
    /** Follows `target:` contexts (buildx loadLinks): adds linked targets, checks loops and platforms. */
    loadLinks(name, t, all, visited) {
        visited = [...visited, name];
        for (const key of [...(t.contexts?.keys() ?? [])].sort()) {
            const v = t.contexts.get(key);
            if (!v.startsWith('target:'))
                continue;
            const dep = v.slice('target:'.length);
            if (dep === name)
                throw new bake_errors/* BakeError */.o(`target ${dep} cannot link to itself`);
            if (visited.includes(dep))
                throw new bake_errors/* BakeError */.o(`infinite loop from ${name} to ${dep}`);
            let t2 = all.get(dep);
            if (!t2) {
                t2 = this.resolveTarget(dep);
                t2.output = [{ type: 'cacheonly' }];
                t2.linked = true;
                all.set(dep, t2);
            }
            this.loadLinks(dep, t2, all, visited);
            for (const e of t2.entitlements ?? []) {
                if (!(t.entitlements ?? []).includes(e))
                    t.entitlements = [...(t.entitlements ?? []), e];
            }
            if ((t.platforms?.length ?? 0) > 1 && (t2.platforms?.length ?? 0) > 1) {
                if (!t.platforms.every((p) => t2.platforms.includes(p))) {
                    throw new bake_errors/* BakeError */.o(`target ${dep} can't be used by ${name} because its platforms [${t.platforms.join(' ')}] are not a subset of [${t2.platforms.join(' ')}]`);
                }
            }
        }
    }
    readTargets(requested) {
        let names = (requested.length ? requested : ['default']).map((t) => t.replace(/\./g, '_'));
        names = [...new Set(names.flatMap((n) => this.matchNames(n)))];
        const targets = new Map();
        const groups = new Map();
        for (const n of names) {
            const r = this.resolveGroup(n);
            for (const tname of r.targets)
                targets.set(tname, this.resolveTarget(tname));
            for (const gname of r.groups) {
                const g = this.findGroup(gname);
                if (g)
                    groups.set(gname, { ...g, targets: [...g.targets] });
            }
        }
        for (const n of names) {
            if (n === 'default' && groups.has('default'))
                continue;
            if (!groups.has('default'))
                groups.set('default', { name: 'default', targets: [] });
            groups.get('default').targets.push(n);
        }
        const def = groups.get('default');
        if (def)
            def.targets = [...new Set(def.targets)].sort(resolve_compareBytes);
        for (const name of [...targets.keys()].sort(resolve_compareBytes))
            this.loadLinks(name, targets.get(name), targets, []);
        return { targets, groups };
    }
}
function resolve_compareBytes(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function isRemoteURL(s) {
    return /^(https?:\/\/|git:\/\/|ssh:\/\/|git@[^:]+:|github\.com\/)/.test(s);
}
/** Go's path.Clean. */
function cleanPath(p) {
    if (p === '')
        return '.';
    const n = external_node_path_.posix.normalize(p);
    return n.length > 1 ? n.replace(/\/+$/, '') : n;
}
/**
 * What `--print` applies after resolution (buildx toBuildOpt and the command): local context
 * paths are cleaned (`cwd://` stripped), SOURCE_DATE_EPOCH is injected into args, and values
 * buildx validates before printing are checked.
 */
function finalizeTarget(t, inputs) {
    if (t.context === '-')
        throw new bake_errors/* BakeError */.o('context from stdin not allowed in bake');
    if (t.dockerfile === '-')
        throw new bake_errors/* BakeError */.o('dockerfile from stdin not allowed in bake');
    let ctx = t.context ?? '.';
    if (ctx.startsWith('cwd://'))
        ctx = cleanPath(ctx.slice('cwd://'.length));
    else if (!isRemoteURL(ctx))
        ctx = cleanPath(ctx);
    t.context = ctx;
    if (t.shmSize !== undefined) {
        try {
            ramInBytes(t.shmSize);
        }
        catch {
            throw new bake_errors/* BakeError */.o(`invalid value ${t.shmSize} for membytes key shm-size`);
        }
    }
    for (const s of t.ssh ?? []) {
        if ((!s.paths || s.paths.length === 0) && !inputs.env.SSH_AUTH_SOCK) {
            throw new bake_errors/* BakeError */.o(`failed to convert agent config {${s.id ?? ''} [] false}: invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set`);
        }
    }
    for (const s of t.secret ?? []) {
        if (s.src && !s.env) {
            const p = (0,external_node_path_.isAbsolute)(s.src) ? s.src : (0,external_node_path_.resolve)(inputs.cwd, s.src);
            if (!(0,external_node_fs_.existsSync)(p))
                throw new bake_errors/* BakeError */.o(`failed to stat ${s.src}: stat ${s.src}: no such file or directory`);
        }
    }
}
function resolveTargets(inputs, files = readFiles(inputs)) {
    const config = loadConfig(files, inputs);
    const resolver = new Resolver(config, inputs.set, inputs.env);
    const res = resolver.readTargets(inputs.targets);
    const epoch = inputs.env.SOURCE_DATE_EPOCH;
    for (const t of res.targets.values()) {
        if (epoch && !t.args?.has('SOURCE_DATE_EPOCH'))
            (t.args ??= new Map()).set('SOURCE_DATE_EPOCH', epoch);
        finalizeTarget(t, inputs);
    }
    return res;
}

;// CONCATENATED MODULE: ./lib/bake/index.js
/**
 * Bake definitions resolved the way `docker buildx bake --print` resolves them: file discovery,
 * HCL/JSON/compose loading, variables and functions, inherits, matrix, groups, `--set`
 * overrides and `target:` links. See docs in /work/shared/docs/bake.md for the semantics.
 */





/**
 * Loads and resolves a bake definition. Synchronous; reads files (unless given `files`, as readFiles returns them)
 * but has no other effects. A compose file needs `inputs.yaml`.
 */
function resolveBake(inputs, files) {
    const { targets, groups } = resolveTargets(inputs, files);
    return toBakeDefinition(targets, groups);
}
/**
 * resolveBake that brings its own YAML parser: the files are read first, and the `yaml` package is imported only
 * when one of them is (or may be) a compose file — it is ~0.3 MB of code that an HCL-only run never needs, and
 * every run pays at start-up for the code it loads (docs/benchmarks.md, "Start-up").
 */
async function resolveBakeAsync(inputs) {
    const files = readFiles(inputs);
    const yaml = inputs.yaml ?? (files.some((f) => mayBeCompose(f.name)) ? await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)) : undefined);
    return resolveBake({ ...inputs, yaml }, files);
}
/**
 * target -> the targets it consumes through `target:NAME` contexts, for every target in the
 * definition. Throws a BakeError naming the cycle if the links are not a DAG.
 */
function targetDependencies(def) {
    const deps = new Map();
    for (const name of Object.keys(def.target).sort()) {
        const t = def.target[name];
        const list = [];
        for (const key of Object.keys(t.contexts ?? {}).sort()) {
            const v = t.contexts[key];
            if (v.startsWith('target:')) {
                const dep = v.slice('target:'.length);
                if (!list.includes(dep))
                    list.push(dep);
            }
        }
        deps.set(name, list);
    }
    // Depth-first search with colours; the grey path is the cycle when a back-edge appears.
    const state = new Map();
    const path = [];
    const visit = (n) => {
        const s = state.get(n);
        if (s === 'done')
            return;
        if (s === 'visiting') {
            const cycle = [...path.slice(path.indexOf(n)), n];
            throw new BakeError(`target dependency cycle: ${cycle.join(' -> ')}`);
        }
        state.set(n, 'visiting');
        path.push(n);
        for (const d of deps.get(n) ?? []) {
            if (!deps.has(d))
                throw new BakeError(`failed to find target ${d} (used as a context by ${n})`);
            visit(d);
        }
        path.pop();
        state.set(n, 'done');
    };
    for (const n of deps.keys())
        visit(n);
    return deps;
}

;// CONCATENATED MODULE: ./lib/build/spec.js
function emptyTarget(name, context) {
    return {
        name,
        context,
        args: {},
        labels: {},
        tags: [],
        platforms: [],
        contexts: {},
        secrets: [],
        ssh: [],
        outputs: [],
        cacheFrom: [],
        cacheTo: [],
        noCache: false,
        noCacheFilter: [],
        pull: false,
        extraHosts: [],
        attest: [],
        annotations: [],
        entitlements: [],
    };
}

// EXTERNAL MODULE: ./lib/build/attribute-values.js
var attribute_values = __webpack_require__(2227);
// EXTERNAL MODULE: ./lib/build/context-kind.js
var context_kind = __webpack_require__(9045);
;// CONCATENATED MODULE: ./lib/build/bake-adapter.js
/**
 * Bake target (the `--print` shape, typed: BakeTarget) → TargetSpec, the way buildx's bake toBuildOpt turns a Target
 * into build options. Every attribute bake knows has exactly one route here (ROUTES is typed over BakeTarget's keys,
 * and BakeTarget's keys are checked against the attribute list), so an attribute without a way to the Solve request
 * is a compile error, not a silent drop. Paths become absolute the way buildx resolves them: the context against the
 * working directory, the Dockerfile against a local context, local named contexts against the working directory.
 * Values buildx parses before they reach BuildKit (sizes, ulimits, platforms, hosts) are parsed here, with an error
 * that names the target and the attribute.
 */




/** A bake attribute whose value cannot be built (buildx fails the same values). */
class TargetAttributeError extends Error {
    target;
    attribute;
    constructor(target, attribute, detail) {
        super(`target "${target}": ${attribute}: ${detail}`);
        this.target = target;
        this.attribute = attribute;
        this.name = 'TargetAttributeError';
    }
}
const everyAttributeHasAKey = {};
const everyKeyIsAnAttribute = {};
void everyAttributeHasAKey;
void everyKeyIsAnAttribute;
const stringEntries = (e) => {
    const out = {};
    for (const [k, v] of Object.entries(e))
        if (v !== undefined && v !== null)
            out[k] = String(v);
    return out;
};
/**
 * One route per attribute. Attributes that only steer how the others are read (context, dockerfile,
 * dockerfile-inline: fromBakeTarget reads them first) and `description` (shown, never built) have no-op routes.
 */
const ROUTES = {
    description: () => { },
    context: () => { },
    dockerfile: () => { },
    'dockerfile-inline': () => { },
    annotations: (s, v) => void (s.annotations = [...v]),
    attest: (s, v) => void (s.attest = v.map(stringEntries)),
    contexts: (s, v, cwd) => {
        for (const [k, x] of Object.entries(v)) {
            const local = !/^[a-z][a-z0-9+.-]*:/i.test(x) || /^[a-zA-Z]:[\\/]/.test(x);
            s.contexts[k] = local ? external_node_path_.resolve(cwd, x) : x;
        }
    },
    args: (s, v) => void (s.args = { ...v }),
    labels: (s, v) => void (s.labels = { ...v }),
    tags: (s, v) => void (s.tags = [...v]),
    'cache-from': (s, v) => void (s.cacheFrom = v.map(stringEntries)),
    'cache-to': (s, v) => void (s.cacheTo = v.map(stringEntries)),
    target: (s, v) => void (s.target = v),
    secret: (s, v, cwd) => {
        s.secrets = v.map((e) => ({ id: e.id ?? '', src: e.src && !external_node_path_.isAbsolute(e.src) ? external_node_path_.resolve(cwd, e.src) : e.src, env: e.env }));
    },
    ssh: (s, v, cwd) => {
        s.ssh = v.map((e) => ({ id: e.id || 'default', paths: (e.paths ?? []).map((p) => external_node_path_.resolve(cwd, p)) }));
    },
    platforms: (s, v) => void (s.platforms = (0,attribute_values/* normalizePlatforms */.em)(v)),
    output: (s, v, cwd) => {
        s.outputs = v.map(stringEntries).map((e) => (e.dest && e.dest !== '-' && !external_node_path_.isAbsolute(e.dest) ? { ...e, dest: external_node_path_.resolve(cwd, e.dest) } : e));
    },
    pull: (s, v) => void (s.pull = v),
    'no-cache': (s, v) => void (s.noCache = v),
    network: (s, v) => {
        // buildx toSolveOpt: only these reach BuildKit; anything else is refused before the build
        if (!['', 'default', 'host', 'none'].includes(v)) {
            throw new attribute_values/* AttributeValueError */.w4(`"${v}" is not a network mode BuildKit supports (default, host or none; a custom network is set on the builder)`);
        }
        if (v === 'host' || v === 'none')
            s.network = v;
    },
    'no-cache-filter': (s, v) => void (s.noCacheFilter = [...v]),
    'shm-size': (s, v) => {
        const bytes = (0,attribute_values/* parseMemBytes */.Ub)(v);
        if (bytes > 0)
            s.shmSize = bytes;
    },
    ulimits: (s, v) => void (s.ulimit = (0,attribute_values/* formatUlimits */.VG)(v) || undefined),
    call: (s, v) => void (s.call = v),
    entitlements: (s, v) => void (s.entitlements = [...v]),
    // buildx toBuildOpt: `host=ip` per entry, sorted by host; toBuildkitExtraHosts (at planning) does the rest
    'extra-hosts': (s, v) => {
        s.extraHosts = Object.keys(v)
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
            .map((host) => `${host}=${v[host]}`);
    },
};
function fromBakeTarget(name, t, cwd) {
    const contextRaw = t.context ?? '.';
    const remote = context_kind/* REMOTE_CONTEXT */.rM.test(contextRaw);
    const context = remote ? contextRaw : external_node_path_.resolve(cwd, contextRaw);
    const spec = emptyTarget(name, context);
    if (t['dockerfile-inline'] !== undefined)
        spec.dockerfileInline = t['dockerfile-inline'];
    else {
        const df = t.dockerfile ?? 'Dockerfile';
        spec.dockerfile = remote && !external_node_path_.isAbsolute(df) ? df : external_node_path_.resolve(context, df);
    }
    for (const key of Object.keys(t)) {
        const value = t[key];
        if (value === undefined || value === null)
            continue;
        const route = ROUTES[key];
        if (!route)
            throw new Error(`target "${name}": attribute ${key} has no route to the build (bake-adapter.ts)`);
        try {
            route(spec, value, cwd);
        }
        catch (err) {
            if (err instanceof attribute_values/* AttributeValueError */.w4)
                throw new TargetAttributeError(name, key, err.message);
            throw err;
        }
    }
    // buildx toBuildOpt: a git context fetched over SSH gets the runner's agent unless the target names its own
    if (spec.ssh.length === 0 && (0,context_kind/* isGitSshContext */.Gb)(spec.context))
        spec.ssh = [{ id: 'default', paths: [] }];
    return spec;
}

;// CONCATENATED MODULE: ./lib/build/entitlements.js
/**
 * Entitlements: what a bake file may make bakekit (and the daemon) do beyond building from and into the working
 * directory — buildx's bake/entitlements.go. A bake file can come from a pull request, so nothing it asks for is
 * granted unless the command line (`--allow`, `--set`) or the workflow (action input `allow`, `set`) allowed it:
 *
 * - `network.host` (`network = "host"`, `entitlements = ["network.host"]`), `security.insecure`, `device[=NAME]`:
 *   the target's `entitlements`, which the daemon is asked for (they travel in the Solve request);
 * - `ssh`: an `ssh` entry without key paths, or a git SSH context without `ssh` entries, forwards the SSH agent;
 * - `fs.read=PATH`: the context, the Dockerfile, local and `oci-layout://` named contexts, secret files, ssh key
 *   files and `type=local` cache-from sources outside the working directory;
 * - `fs.write=PATH`: `local`/`tar`/`oci`/`docker` output destinations and `type=local` cache-to destinations
 *   outside the working directory;
 * - `buildx.local.delete`: a `type=local` output with `mode=delete` (it deletes files in its destination), wherever it
 *   points (bake's check; `buildx build` lets a subdirectory of the working directory through, isSafeLocalDeleteDest).
 *
 * The working directory is always allowed (commands/bake.go), nothing else. What the command line names itself is the
 * caller's, not the bake file's, and granted as buildx's Target.AddOverrides grants it (overrideGrants). The check
 * runs on the bake file's targets before workflow secrets are bound to them (bake.ts): those are the workflow's.
 *
 * Paths are compared the way buildx does (osutil.EvaluateToExistingPath): made absolute (lexically) against the
 * working directory, then symlinks are followed component by component up to the deepest existing one; a needed
 * path is what that existing part resolves to (what the build creates below it is covered by it), an allowed path is
 * the resolved existing part plus the rest. So `../x` and a symlink that leads out of the working directory are
 * outside. Reads only the file system's metadata (lstat, readlink).
 *
 * Where bakekit deliberately differs from buildx (see __tests__/unit/build/entitlements.test.ts):
 * - buildx's isParentOrEqualPath compares strings, so allowing `/a/b` also allows `/a/bc` (and the working
 *   directory `/w/app` lets `../app-other` through); here a path is inside a directory only below a separator;
 * - buildx keeps the missing paths of one target only (Validate overwrites them per target, in Go map order), so an
 *   outside path can slip through when another target is checked after it; here every target's are reported;
 * - buildx always refuses `device=NAME` (its check never looks at the allowed devices); here `--allow=device`
 *   grants every device and `--allow=device=NAME` that device;
 * - a `--set …+=` append grants, in buildx, the paths of every entry the list holds afterwards (the bake file's too);
 *   here only the paths the `--set` value itself names;
 * - `oci-layout://PATH` named contexts: buildx takes the whole reference for a path below the working directory, so it
 *   never asks; bakekit serves PATH to the daemon, so PATH is checked like any context;
 * - `BUILDX_BAKE_ENTITLEMENTS_FS=0` (buildx: no fs and ssh checks) is not honoured: use `--allow=fs=*`;
 * - one `--allow` may hold a comma list (splitAllowValues); buildx takes one entitlement per `--allow`.
 * As current buildx (not 0.29): `mode=delete` needs `buildx.local.delete`, an invalid local `mode` is an error.
 */




class EntitlementSyntaxError extends Error {
}
/** The names `--allow` takes (buildx ParseEntitlements); `image*` are accepted and, as in buildx, not checked. */
const KEYS = ['network.host', 'security.insecure', 'ssh', 'buildx.local.delete', 'device', 'fs', 'fs.read', 'fs.write', 'image', 'image.push', 'image.load'];
const VALUELESS = new Set(['network.host', 'security.insecure', 'ssh', 'buildx.local.delete']);
const ALLOW_SYNTAX = 'network.host, security.insecure, ssh, device[=NAME], fs=PATH, fs.read=PATH, fs.write=PATH (PATH or *), buildx.local.delete';
/**
 * Splits `--allow` values on commas that start another entitlement (`network.host,fs.read=../src`). buildx takes one
 * entitlement per `--allow`; a comma followed by anything else stays in the value, so every value buildx accepts
 * means the same here (`fs.read=a,b` is the path `a,b`, `device=vendor.com/gpu=0,alias=…` one device).
 */
function splitAllowValues(values) {
    const out = [];
    for (const v of values) {
        const parts = v.split(',');
        let cur;
        for (const part of parts) {
            const key = part.trim().split('=')[0];
            const starts = KEYS.includes(key) && (VALUELESS.has(key) ? !part.includes('=') || cur === undefined : true);
            if (cur === undefined)
                cur = part;
            else if (starts) {
                out.push(cur);
                cur = part;
            }
            else
                cur += ',' + part;
        }
        if (cur !== undefined)
            out.push(cur);
    }
    return out.map((v) => v.trim()).filter((v) => v !== '');
}
/** buildx ParseEntitlements, over splitAllowValues. Throws EntitlementSyntaxError on an unknown name. */
function parseAllow(values) {
    const conf = { networkHost: false, securityInsecure: false, ssh: false, localDelete: false, devices: { all: false, names: new Set() }, fsRead: [], fsWrite: [] };
    for (const e of splitAllowValues(values)) {
        switch (e) {
            case 'network.host':
                conf.networkHost = true;
                continue;
            case 'security.insecure':
                conf.securityInsecure = true;
                continue;
            case 'ssh':
                conf.ssh = true;
                continue;
            case 'buildx.local.delete':
                conf.localDelete = true;
                continue;
        }
        const eq = e.indexOf('=');
        const k = eq < 0 ? e : e.slice(0, eq);
        const v = eq < 0 ? '' : e.slice(eq + 1);
        switch (k) {
            case 'device':
                if (v === '')
                    conf.devices.all = true;
                else
                    conf.devices.names.add(csvFields(v)[0]);
                break;
            case 'fs.read':
                conf.fsRead.push(v);
                break;
            case 'fs.write':
                conf.fsWrite.push(v);
                break;
            case 'fs':
                conf.fsRead.push(v);
                conf.fsWrite.push(v);
                break;
            case 'image':
            case 'image.push':
            case 'image.load':
                break;
            case 'buildx.local.delete':
                throw new EntitlementSyntaxError('allow: buildx.local.delete does not accept a value');
            default:
                throw new EntitlementSyntaxError(`allow: unknown entitlement ${JSON.stringify(k)} (expected ${ALLOW_SYNTAX})`);
        }
    }
    return conf;
}
/**
 * buildx osutil.EvaluateToExistingPath (POSIX): `input` made absolute and cleaned, then walked component by
 * component, following symlinks (relative and absolute, `..` in link targets against the resolved path), until a
 * component does not exist. Returns the resolved existing part and the unresolved rest.
 */
function evaluateToExistingPath(input, cwd = process.cwd()) {
    let inp = external_node_path_.resolve(cwd, input);
    const volLen = 1;
    let dest = '/';
    let links = 0;
    let end = 0;
    const lastSep = (s) => {
        let r = s.length - 1;
        while (r >= volLen && s[r] !== '/')
            r--;
        return r;
    };
    for (let start = volLen; start < inp.length; start = end) {
        while (start < inp.length && inp[start] === '/')
            start++;
        end = start;
        while (end < inp.length && inp[end] !== '/')
            end++;
        if (end === start)
            break;
        const comp = inp.slice(start, end);
        if (comp === '.')
            continue;
        if (comp === '..') {
            const r = lastSep(dest);
            if (r < volLen || dest.slice(r + 1) === '..') {
                if (dest.length > volLen)
                    dest += '/';
                dest += '..';
            }
            else
                dest = dest.slice(0, r);
            continue;
        }
        if (!dest.endsWith('/'))
            dest += '/';
        dest += comp;
        let st;
        try {
            st = external_node_fs_.lstatSync(dest);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                const r = lastSep(dest);
                return { existing: r < volLen ? '/' : external_node_path_.resolve(dest.slice(0, r)), rest: inp.slice(start) };
            }
            throw err;
        }
        if (!st.isSymbolicLink()) {
            if (!st.isDirectory() && end < inp.length)
                throw Object.assign(new Error(`not a directory: ${dest}`), { code: 'ENOTDIR' });
            continue;
        }
        if (++links > 255)
            throw Object.assign(new Error(`too many symlinks: ${input}`), { code: 'ELOOP' });
        const link = external_node_fs_.readlinkSync(dest);
        inp = link + inp.slice(end);
        if (link.startsWith('/')) {
            dest = '/';
            end = 1;
        }
        else {
            const r = lastSep(dest);
            dest = r < volLen ? '/' : dest.slice(0, r);
            end = 0;
        }
    }
    return { existing: external_node_path_.resolve(dest), rest: '' };
}
/** Where a needed path is judged: its deepest existing part, resolved (`existing`), and the whole path resolved
 * (`full`). A path that cannot be evaluated (a file in the middle, a loop, no permission) is judged by its lexical
 * location — the build cannot go through it either. */
function neededLocation(p, cwd) {
    try {
        const { existing, rest } = evaluateToExistingPath(p, cwd);
        return { existing, full: rest ? external_node_path_.join(existing, rest) : existing };
    }
    catch {
        const lexical = external_node_path_.resolve(cwd, p);
        return { existing: lexical, full: lexical };
    }
}
function allowedLocation(p, cwd) {
    try {
        const { existing, rest } = evaluateToExistingPath(p, cwd);
        return rest ? external_node_path_.join(existing, rest) : existing;
    }
    catch {
        return external_node_path_.resolve(cwd, p);
    }
}
/** `p` is `dir` or below it. (buildx's isParentOrEqualPath also counts `/a/bc` as below `/a/b`; this does not.) */
function isWithin(p, dir) {
    return p === dir || dir === '/' || p.startsWith(dir.endsWith('/') ? dir : dir + '/');
}
/** Allowed paths: `*` → any. */
class PathSet {
    any;
    dirs;
    constructor(values, cwd) {
        this.any = values.includes('*');
        this.dirs = values.filter((v) => v !== '*').map((v) => allowedLocation(v, cwd));
    }
    covers(location) {
        return this.any || this.dirs.some((d) => isWithin(location, d));
    }
}
/** Everything one target needs beyond the working directory, before looking at what is allowed. */
function targetNeeds(spec) {
    const needs = [];
    const ents = new Set(spec.entitlements);
    for (const e of ents) {
        const eq = e.indexOf('=');
        const k = eq < 0 ? e : e.slice(0, eq);
        const attr = `entitlements = [${JSON.stringify(e)}]`;
        if (k === 'device')
            needs.push({ kind: 'device', attribute: attr, device: eq < 0 ? '' : csvFields(e.slice(eq + 1))[0] });
        else if (e === 'network.host')
            needs.push({ kind: 'network.host', attribute: spec.network === 'host' ? 'network = "host"' : attr });
        else if (e === 'security.insecure')
            needs.push({ kind: 'security.insecure', attribute: attr });
    }
    // the build always asks for network.host with host networking (buildx build/opt.go), even if the spec was written
    // without the entitlement bake adds for it
    if (spec.network === 'host' && !ents.has('network.host'))
        needs.push({ kind: 'network.host', attribute: 'network = "host"' });
    const read = (attribute, p) => {
        if (p)
            needs.push({ kind: 'fs.read', attribute, path: p });
    };
    const write = (attribute, p) => {
        if (p && p !== '-')
            needs.push({ kind: 'fs.write', attribute, path: p });
    };
    const remoteContext = context_kind/* REMOTE_CONTEXT */.rM.test(spec.context);
    if (!remoteContext)
        read('context', spec.context);
    if (spec.dockerfileInline === undefined && spec.dockerfile && !(remoteContext && !external_node_path_.isAbsolute(spec.dockerfile)))
        read('dockerfile', spec.dockerfile);
    for (const [name, value] of Object.entries(spec.contexts)) {
        if ((0,context_kind/* namedContextKind */.V9)(value) === 'local')
            read(`contexts.${name}`, value);
        else if (value.startsWith('oci-layout://'))
            read(`contexts.${name}`, (0,context_kind/* ociLayoutDir */.$s)(value));
    }
    for (const s of spec.secrets)
        read(`secret "${s.id}"`, s.src);
    for (const e of spec.ssh) {
        const id = e.id || 'default';
        const paths = (e.paths ?? []).filter((p) => p !== '');
        if (paths.length)
            for (const p of paths)
                read(`ssh "${id}"`, p);
        else
            needs.push({ kind: 'ssh', attribute: `ssh = [${JSON.stringify(id)}] (the SSH agent)` });
    }
    if (!spec.ssh.length && (0,context_kind/* isGitSshContext */.Gb)(spec.context))
        needs.push({ kind: 'ssh', attribute: `context = ${JSON.stringify(spec.context)} (fetched with the SSH agent)` });
    for (const c of spec.cacheFrom)
        if (c.type === 'local')
            read('cache-from type=local', c.src);
    for (const c of spec.cacheTo)
        if (c.type === 'local')
            write('cache-to type=local', c.dest);
    for (const o of spec.outputs) {
        // buildx CreateExports: these exporters write a directory or a file on the client
        if (['local', 'tar', 'oci', 'docker'].includes(o.type))
            write(`output type=${o.type}`, o.dest);
        if (o.type === 'local') {
            const mode = (o.mode ?? '').trim().toLowerCase();
            if (mode === 'delete')
                needs.push({ kind: 'buildx.local.delete', attribute: 'output type=local,mode=delete (deletes stale files in its destination)' });
            else if (mode !== '' && mode !== 'copy')
                throw new EntitlementSyntaxError(`target "${spec.name}": output type=local: invalid mode ${JSON.stringify(o.mode)} (copy or delete)`);
        }
    }
    return needs;
}
/** What the run's `--set` overrides grant (buildx Target.AddOverrides adds to the allowed set). */
function overrideGrants(set) {
    const g = { fsRead: [], fsWrite: [], networkHost: false, securityInsecure: false };
    for (const v of set) {
        const eq = v.indexOf('=');
        if (eq < 0)
            continue;
        const key = v.slice(0, eq).replace(/\+$/, '');
        const value = v.slice(eq + 1);
        const attr = key.split('.')[1];
        try {
            switch (attr) {
                case 'output': {
                    const e = parseExportText(value);
                    if (e.dest)
                        g.fsWrite.push(e.dest);
                    break;
                }
                case 'cache-from':
                    for (const e of parseCacheTexts(value))
                        if (e.type === 'local' && e.src)
                            g.fsRead.push(e.src);
                    break;
                case 'cache-to':
                    for (const e of parseCacheTexts(value))
                        if (e.type === 'local' && e.dest)
                            g.fsWrite.push(e.dest);
                    break;
                case 'secrets':
                case 'secret': {
                    const s = parseSecretText(value);
                    if (s.src)
                        g.fsRead.push(s.src);
                    break;
                }
                case 'ssh':
                    g.fsRead.push(...(parseSshText(value).paths ?? []).filter((p) => p !== ''));
                    break;
                case 'entitlements':
                    if (value === 'network.host')
                        g.networkHost = true;
                    else if (value === 'security.insecure')
                        g.securityInsecure = true;
                    break;
            }
        }
        catch {
            // not a valid entry: resolving the definition reports it
        }
    }
    return g;
}
/** A path as messages show it: relative to the working directory when that is at most one `..` away (as buildx shows
 * them), else absolute. `check`: the relative form must lead to the same place when given back as `--allow`. */
function display(abs, cwd, realCwd, check) {
    for (const base of [cwd, realCwd]) {
        const rel = external_node_path_.relative(base, abs);
        if (rel === '')
            return '.';
        if (external_node_path_.isAbsolute(rel) || rel.startsWith('../..'))
            continue;
        if (!check || check(rel))
            return rel;
    }
    return abs;
}
/**
 * The entitlements `specs` need that `opts` did not allow, in target order, each (target, attribute, allow) once.
 * Empty: the run may go on.
 */
function checkEntitlements(specs, opts) {
    const conf = parseAllow(opts.allow);
    const cwd = external_node_path_.resolve(opts.cwd);
    const grants = overrideGrants(opts.set ?? []);
    // buildx commands/bake.go: "filesystem access under the current working directory is allowed by default"
    const reads = new PathSet([cwd, ...conf.fsRead, ...grants.fsRead], cwd);
    const writes = new PathSet([cwd, ...conf.fsWrite, ...grants.fsWrite], cwd);
    const realCwd = allowedLocation(cwd, cwd);
    const missing = [];
    const seen = new Set();
    const add = (m) => {
        const key = `${m.target}\0${m.attribute}\0${m.allow}`;
        if (seen.has(key))
            return;
        seen.add(key);
        missing.push(m);
    };
    for (const spec of specs) {
        for (const need of targetNeeds(spec)) {
            const base = { target: spec.name, kind: need.kind, attribute: need.attribute };
            switch (need.kind) {
                case 'network.host':
                    if (!conf.networkHost && !grants.networkHost)
                        add({ ...base, allow: 'network.host' });
                    break;
                case 'security.insecure':
                    if (!conf.securityInsecure && !grants.securityInsecure)
                        add({ ...base, allow: 'security.insecure' });
                    break;
                case 'device':
                    if (!conf.devices.all && !(need.device && conf.devices.names.has(need.device)))
                        add({ ...base, allow: need.device ? `device=${need.device}` : 'device' });
                    break;
                case 'ssh':
                    if (!conf.ssh)
                        add({ ...base, allow: 'ssh' });
                    break;
                case 'buildx.local.delete':
                    if (!conf.localDelete)
                        add({ ...base, allow: 'buildx.local.delete' });
                    break;
                case 'fs.read':
                case 'fs.write': {
                    const set = need.kind === 'fs.read' ? reads : writes;
                    const { existing, full } = neededLocation(need.path, cwd);
                    if (set.covers(existing))
                        break;
                    const lexical = external_node_path_.resolve(cwd, need.path);
                    const allowPath = display(existing, cwd, realCwd, (rel) => allowedLocation(rel, cwd) === existing);
                    add({
                        ...base,
                        allow: `${need.kind}=${allowPath}`,
                        path: display(lexical, cwd, realCwd),
                        ...(full !== lexical ? { resolved: full } : {}),
                        ...(existing !== full ? { created: true } : {}),
                    });
                    break;
                }
            }
        }
    }
    return missing;
}
/** `target "app": network = "host" needs --allow=network.host` */
function describeMissing(m) {
    if (m.kind === 'fs.read' || m.kind === 'fs.write') {
        const verb = m.kind === 'fs.read' ? 'reads' : 'writes';
        const via = m.resolved ? ` (→ ${m.resolved})` : '';
        const created = m.created ? (m.kind === 'fs.write' ? ' (it does not exist yet: the directory it is created in)' : ' (it does not exist: its nearest existing directory)') : '';
        return `target "${m.target}": ${m.attribute} ${verb} ${m.path}${via}, outside the working directory: needs --allow=${m.allow}${created}`;
    }
    return `target "${m.target}": ${m.attribute} needs --allow=${m.allow}`;
}
/** The `--allow` values that grant all of `missing`: fs paths below another one dropped, a path needed for reading
 * and writing as `fs=PATH` (as buildx's prompt groups them). */
function allowValuesFor(missing) {
    const plain = [];
    const fsPaths = { 'fs.read': new Set(), 'fs.write': new Set() };
    for (const m of missing) {
        if (m.kind === 'fs.read' || m.kind === 'fs.write')
            fsPaths[m.kind].add(m.allow.slice(m.kind.length + 1));
        else if (!plain.includes(m.allow))
            plain.push(m.allow);
    }
    const dedup = (s) => [...s].filter((p) => ![...s].some((q) => q !== p && isWithin(external_node_path_.resolve('/cwd', p), external_node_path_.resolve('/cwd', q))));
    const reads = dedup(fsPaths['fs.read']);
    const writes = dedup(fsPaths['fs.write']);
    const both = reads.filter((p) => writes.includes(p));
    return [
        ...plain,
        ...both.map((p) => `fs=${p}`),
        ...reads.filter((p) => !both.includes(p)).map((p) => `fs.read=${p}`),
        ...writes.filter((p) => !both.includes(p)).map((p) => `fs.write=${p}`),
    ];
}
/** Refused: the run asked for entitlements nobody allowed. Nothing was sent to a daemon. */
class EntitlementError extends Error {
    missing;
    constructor(missing) {
        const allow = allowValuesFor(missing);
        super([
            'the bake definition asks for privileges that were not allowed:',
            ...missing.map((m) => `  ${describeMissing(m)}`),
            `Grant them with ${allow.map((a) => `--allow=${a}`).join(' ')} (action input "allow": ${allow.join(', ')}), or change the bake definition.`,
        ].join('\n'));
        this.missing = missing;
        this.name = 'EntitlementError';
    }
}
/** Throws EntitlementError when something is missing. */
function assertEntitled(specs, opts) {
    const missing = checkEntitlements(specs, opts);
    if (missing.length)
        throw new EntitlementError(missing);
}

;// CONCATENATED MODULE: ./lib/build/bake.js
/**
 * The whole bake run, shared by the CLI and the action: resolve the definition, connect to the builder,
 * build the requested targets (and the targets they consume), write the metadata file.
 */





/** The global flags become `--set` overrides, exactly as buildx turns `--push`/`--load`/... into them. */
function overridesFor(opts) {
    const set = [...opts.set];
    if (opts.noCache)
        set.push('*.no-cache=true');
    if (opts.pull)
        set.push('*.pull=true');
    if (opts.push)
        set.push('*.output=type=registry');
    if (opts.load)
        set.push('*.output=type=docker');
    return set;
}
function resolveDefinition(opts) {
    return resolveBakeAsync({
        files: opts.files,
        targets: opts.targets,
        set: overridesFor(opts),
        cwd: opts.cwd,
        env: opts.env,
        onWarning: opts.onBakeWarning,
    });
}
/** Target specs in a stable order, each target once. */
function targetSpecs(def, cwd) {
    return Object.entries(def.target).map(([name, t]) => fromBakeTarget(name, t, cwd));
}
/**
 * Refuses (EntitlementError, naming every target, attribute and `--allow` value) a definition whose targets ask for
 * what neither `opts.allow` nor the run's own overrides (`opts.set`, `--push`, …) grant: host networking, insecure
 * execution, devices, the SSH agent, files outside the working directory, deleting output files. Workflow secrets
 * (`opts.secrets`) are not the definition's and are not checked.
 */
function checkDefinitionEntitlements(definition, opts) {
    let specs = targetSpecs(definition, opts.cwd);
    if (opts.warm)
        specs = specs.map((s) => ({ ...s, outputs: [] })); // cache warming exports nothing but the cache
    assertEntitled(specs, { allow: opts.allow ?? [], cwd: opts.cwd, set: overridesFor(opts) });
}
/**
 * Starts walking the local directories the definition's targets use, on a worker thread: their identities name the
 * sessions that serve them (session-ids.ts), and the walk (~0.1 s for 20,000 files) overlaps loading the build code
 * and connecting. The shells call it as soon as the definition has resolved; runBake does if they did not. Checks the
 * entitlements first (checkDefinitionEntitlements): nothing outside the working directory is walked unless allowed.
 */
async function identifyLocalDirs(definition, opts) {
    checkDefinitionEntitlements(definition, opts);
    const [{ identifyInWorker }, { localDirCandidates }, { contextReuseEnabled }] = await Promise.all([
        __webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 1254)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2629)),
        __webpack_require__.e(/* import() */ 71).then(__webpack_require__.bind(__webpack_require__, 7071)),
    ]);
    if (!contextReuseEnabled(opts.env))
        return new Map();
    return identifyInWorker([...new Set(targetSpecs(definition, opts.cwd).flatMap(localDirCandidates))]);
}
/** `definition`: an already resolved definition (the shells resolve first to size their rendering); `dirIdentities`:
 * from identifyLocalDirs. */
async function runBake(opts, definition, dirIdentities) {
    definition ??= await resolveDefinition(opts);
    // Before anything connects, a refused definition stops here; identifyLocalDirs checks when it is called from here.
    if (dirIdentities)
        checkDefinitionEntitlements(definition, opts);
    else
        dirIdentities = await identifyLocalDirs(definition, opts);
    const specs = bindSecrets(targetSpecs(definition, opts.cwd), opts.secrets ?? []);
    // The build machinery (gRPC, protobuf, sessions; for several nodes also the registry client) and even endpoint
    // parsing (node:crypto) are imported here, not at the top: resolving a definition (--print, the action's first
    // pass, a bad bake file) never needs them, and every run pays for what it loads at start-up
    // (docs/benchmarks.md, "Start-up").
    const [{ builderNodes }, { defaultEndpoint, parseEndpoint }] = await Promise.all([__webpack_require__.e(/* import() */ 977).then(__webpack_require__.bind(__webpack_require__, 977)), __webpack_require__.e(/* import() */ 57).then(__webpack_require__.bind(__webpack_require__, 57))]);
    const multi = builderNodes({ builder: opts.builder, nodes: opts.nodes, tls: opts.tls, env: opts.env });
    if (multi) {
        const { runOnBuilderNodes } = await Promise.all(/* import() */[__webpack_require__.e(890), __webpack_require__.e(734), __webpack_require__.e(560)]).then(__webpack_require__.bind(__webpack_require__, 5560));
        const { nodes, builderName } = multi;
        const result = await runOnBuilderNodes(specs, nodes, { cwd: opts.cwd, env: opts.env, signal: opts.signal, onEvent: opts.onEvent, builderName, cache: opts.cache ?? 'auto', warm: opts.warm, dirIdentities });
        writeMetadataFile(opts, result.metadata);
        return { ...result, definition };
    }
    const endpoint = opts.builder ? parseEndpoint(opts.builder, opts.tls, { env: opts.env }) : defaultEndpoint(opts.env);
    const [{ connect }, { runBuild }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(890), __webpack_require__.e(553)]).then(__webpack_require__.bind(__webpack_require__, 5553)), Promise.all(/* import() */[__webpack_require__.e(890), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 6734))]);
    const connection = await connect(endpoint, { signal: opts.signal });
    try {
        const result = await runBuild(specs, { connection, cwd: opts.cwd, env: opts.env, signal: opts.signal, onEvent: opts.onEvent, cache: opts.cache ?? 'auto', warm: opts.warm, dirIdentities });
        writeMetadataFile(opts, result.metadata);
        return { ...result, definition };
    }
    finally {
        await connection.close();
    }
}
function writeMetadataFile(opts, metadata) {
    if (!opts.metadataFile)
        return;
    const file = external_node_path_.resolve(opts.cwd, opts.metadataFile);
    external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
    external_node_fs_.writeFileSync(file, JSON.stringify(metadata, null, 2) + '\n');
}
/**
 * Workflow secrets are added to every target, never replacing what the bake file says (docker/bake-action#285):
 * a target that declares the id with its own source keeps it; one that declares only the id gets the
 * workflow's value.
 */
function bindSecrets(specs, secrets) {
    return specs.map((spec) => {
        const own = [...spec.secrets];
        for (const s of secrets) {
            const i = own.findIndex((o) => o.id === s.id);
            if (i < 0)
                own.push(s);
            else if (!own[i].src && !own[i].env && own[i].value === undefined)
                own[i] = s;
        }
        return { ...spec, secrets: own };
    });
}


/***/ })

};
