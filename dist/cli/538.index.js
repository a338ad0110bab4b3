export const id = 538;
export const ids = [538];
export const modules = {

/***/ 5865:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ normalizeAttests),
/* harmony export */   Fs: () => (/* binding */ normalizeSecrets),
/* harmony export */   HE: () => (/* binding */ parseSecretText),
/* harmony export */   IC: () => (/* binding */ compareSsh),
/* harmony export */   Ji: () => (/* binding */ parseExportText),
/* harmony export */   MY: () => (/* binding */ parseGoBool),
/* harmony export */   R2: () => (/* binding */ parseSshText),
/* harmony export */   SV: () => (/* binding */ parseAttestText),
/* harmony export */   Uu: () => (/* binding */ parseCacheTexts),
/* harmony export */   Zd: () => (/* binding */ cachesFromValue),
/* harmony export */   al: () => (/* binding */ sshFromValue),
/* harmony export */   fm: () => (/* binding */ normalizeCaches),
/* harmony export */   lX: () => (/* binding */ normalizeExports),
/* harmony export */   qZ: () => (/* binding */ csvFields),
/* harmony export */   qz: () => (/* binding */ attestsFromValue),
/* harmony export */   ty: () => (/* binding */ exportsFromValue),
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
/** Elements of a structured list: empty strings are skipped (issue #2822). */
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

/***/ 9045:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ ociLayoutDir),
/* harmony export */   Gb: () => (/* binding */ isGitSshContext),
/* harmony export */   V9: () => (/* binding */ namedContextKind),
/* harmony export */   rM: () => (/* binding */ REMOTE_CONTEXT)
/* harmony export */ });
/* harmony import */ var _buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9288);
/**
 * What a context value names, one answer for planning, the bake adapter and the entitlement check (they must agree:
 * a value the check reads one way and the planner another is a way around the check).
 */

/** A build context the daemon fetches itself (buildx urlutil.IsRemoteURL): http(s), git (also `user@host:path`). */
const REMOTE_CONTEXT = /^(https?:\/\/|git:\/\/|ssh:\/\/|github\.com\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/;
/** buildx IsGitSSH: the git URL is fetched over SSH (`ssh://…`, `user@host:path`), with the runner's SSH agent. */
function isGitSshContext(value) {
    return /^(ssh:\/\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/.test(value);
}
/** Where a named context's value points: another target of the run, something the daemon fetches or the session
 * serves as a store (`docker-image://`, `oci-layout://`, URLs), or a local directory. */
function namedContextKind(value) {
    if (value.startsWith('target:'))
        return 'target';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith('docker-image:') || value.startsWith('oci-layout:'))
        return 'remote';
    return 'local';
}
/** The directory of `oci-layout://PATH[:TAG][@DIGEST]`, parsed as the content-store planner parses it (the same
 * function), so that the entitlement check reads the directory the session will serve. */
function ociLayoutDir(value) {
    try {
        return (0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOciLayoutRef */ .cT)(value)?.path;
    }
    catch {
        return value.slice('oci-layout://'.length); // an invalid digest fails planning; check the whole text meanwhile
    }
}


/***/ }),

/***/ 9288:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ formatOciLayoutRef),
/* harmony export */   J9: () => (/* binding */ findManifest),
/* harmony export */   TI: () => (/* binding */ putDescriptor),
/* harmony export */   cT: () => (/* binding */ parseOciLayoutRef),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   is: () => (/* binding */ hasBlob),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   vY: () => (/* binding */ readIndex)
/* harmony export */ });
/* unused harmony exports ANNOTATION_REF_NAME, ANNOTATION_IMAGE_NAME, MEDIA_TYPE_IMAGE_INDEX, IMAGE_LAYOUT_VERSION, ociReferenceName, indexWithDescriptor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/**
 * OCI image layout directories (image-spec image-layout.md): `oci-layout`, `index.json`, `blobs/<alg>/<encoded>`.
 *
 * What BuildKit's Go client (client/ociindex) and buildx (util/ocilayout, build/opt.go) do with them, as bakekit
 * needs it:
 * - a descriptor is found in index.json by name: first a manifest whose `io.containerd.image.name` annotation is the
 *   name, then one whose `org.opencontainers.image.ref.name` is; a layout with a single manifest answers any name
 *   when asked with `orSingle` (buildx's resolveDigest for `oci-layout://` contexts);
 * - putting a descriptor under a tag sets `org.opencontainers.image.ref.name` and replaces the manifests carrying the
 *   same ref name without an image name; under an image name (`type=oci,tar=false` exports) it sets both annotations,
 *   the ref name being the name's tag (containerd's reference.Parse object), and replaces manifests with both equal;
 * - `oci-layout` is (re)written as `{"imageLayoutVersion":"1.0.0"}` on every put.
 * index.json is replaced atomically (written beside it, then renamed), not locked: the Go client takes an flock on
 * `index.json.lock`, which Node cannot take; two processes updating one layout at the same moment may lose one
 * update (never corrupt the file).
 */



const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name';
const ANNOTATION_IMAGE_NAME = 'io.containerd.image.name';
const MEDIA_TYPE_IMAGE_INDEX = 'application/vnd.oci.image.index.v1+json';
const IMAGE_LAYOUT_VERSION = '1.0.0';
/** A digest go-digest accepts (digest.Parse): sha256, sha384 or sha512 and that many lower-case hex digits. */
function isValidDigest(d) {
    const m = /^(sha256|sha384|sha512):([a-f0-9]+)$/.exec(d);
    if (!m)
        return false;
    return m[2].length === { sha256: 64, sha384: 96, sha512: 128 }[m[1]];
}
/** Where a blob lives in a layout; throws on an invalid digest (it must never become a path outside `blobs/`). */
function blobPath(dir, digest) {
    if (!isValidDigest(digest))
        throw new Error(`invalid digest ${JSON.stringify(digest)}`);
    const colon = digest.indexOf(':');
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'blobs', digest.slice(0, colon), digest.slice(colon + 1));
}
function hasBlob(dir, digest) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(blobPath(dir, digest)).isFile();
    }
    catch {
        return false;
    }
}
/** index.json of a layout; throws (with the path) when it is missing or not JSON, like ociindex.Read. */
function readIndex(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'index.json');
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'utf8');
    }
    catch (err) {
        const e = err;
        throw new Error(`could not read ${file}: ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`);
    }
    try {
        const idx = JSON.parse(text);
        if (!idx || typeof idx !== 'object' || Array.isArray(idx))
            throw new Error('not a JSON object');
        return idx;
    }
    catch (err) {
        throw new Error(`could not parse ${file}: ${err.message}`);
    }
}
/** The manifest named `name` (image name first, then ref name), like ociindex.Get; `orSingle`: else the only one. */
function findManifest(index, name, opts = {}) {
    const manifests = Array.isArray(index.manifests) ? index.manifests : [];
    const byImage = manifests.find((m) => m?.annotations?.[ANNOTATION_IMAGE_NAME] === name);
    if (byImage)
        return byImage;
    const byRef = manifests.find((m) => m?.annotations?.[ANNOTATION_REF_NAME] === name);
    if (byRef)
        return byRef;
    if (opts.orSingle && manifests.length === 1)
        return manifests[0];
    return undefined;
}
/**
 * The OCI ref name of an image name: containerd's reference.Parse object (what follows the first `:` or `@` after
 * the host), e.g. `docker.io/library/app:1` → `1`, `example.com/app@sha256:…` → `@sha256:…`; the name itself when it
 * does not parse (no host).
 */
function ociReferenceName(name) {
    if (name.includes('://'))
        return name;
    let url;
    try {
        url = new URL(`dummy://${name}`);
    }
    catch {
        return name;
    }
    if (!url.host)
        return name;
    // URL normalises the path (percent-encoding); containerd's object is what follows in the raw text
    const afterHost = name.indexOf('/') >= 0 ? name.slice(name.indexOf('/')) : '';
    const at = afterHost.search(/[:@]/);
    if (at < 0)
        return '';
    const object = afterHost.slice(at);
    return object.startsWith(':') ? object.slice(1) : object;
}
/** `index` with `desc` put under `names` (none: appended without a name), as ociindex.Put does it. Pure. */
function indexWithDescriptor(index, desc, names) {
    const out = { ...(index ?? {}) };
    if (!out.schemaVersion)
        out.schemaVersion = 2;
    if (!out.mediaType)
        out.mediaType = MEDIA_TYPE_IMAGE_INDEX;
    let manifests = Array.isArray(out.manifests) ? [...out.manifests] : [];
    const entries = names.length ? names : [undefined];
    for (const n of entries) {
        const annotations = { ...(desc.annotations ?? {}) };
        if (n) {
            const imageName = 'name' in n ? n.name : '';
            const refName = 'name' in n ? ociReferenceName(n.name) : n.tag;
            if (imageName)
                annotations[ANNOTATION_IMAGE_NAME] = imageName;
            annotations[ANNOTATION_REF_NAME] = refName;
            manifests = manifests.filter((m) => (m?.annotations?.[ANNOTATION_REF_NAME] ?? '') !== refName || (m?.annotations?.[ANNOTATION_IMAGE_NAME] ?? '') !== imageName);
        }
        manifests.push(orderedDescriptor({ ...desc, annotations: Object.keys(annotations).length ? annotations : undefined }));
    }
    out.manifests = manifests;
    // schemaVersion, mediaType, manifests first, as Go writes an index; anything else after
    const { schemaVersion, mediaType, manifests: m, ...rest } = out;
    return { schemaVersion, mediaType, ...(rest.artifactType !== undefined ? { artifactType: rest.artifactType } : {}), manifests: m, ...rest };
}
/** The descriptor's fields in the order of Go's ocispec.Descriptor, empty ones left out; unknown ones kept, last. */
function orderedDescriptor(d) {
    const known = ['mediaType', 'digest', 'size', 'urls', 'annotations', 'data', 'platform', 'artifactType'];
    const out = {};
    for (const k of known)
        if (d[k] !== undefined && d[k] !== '')
            out[k] = d[k];
    for (const [k, v] of Object.entries(d))
        if (!known.includes(k) && v !== undefined)
            out[k] = v;
    return out;
}
/** Puts `desc` into `dir`'s index.json under `names`, creating the layout (oci-layout, index.json) as needed. */
function putDescriptor(dir, desc, names) {
    node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(dir, { recursive: true });
    node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: IMAGE_LAYOUT_VERSION }));
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'index.json');
    let current;
    if (node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file)) {
        const text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'utf8');
        if (text.length)
            current = readIndex(dir);
    }
    const next = indexWithDescriptor(current, desc, names);
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.index.json.${process.pid}.${node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes(4).toString('hex')}`);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(tmp, JSON.stringify(next), { mode: 0o644 });
        node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmp, file);
    }
    catch (err) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmp, { force: true });
        throw err;
    }
}
const OCI_LAYOUT_PREFIX = 'oci-layout://';
/** distribution/reference's TagRegexp and DigestRegexp, unanchored as buildx uses them (MatchString). */
const TAG_SEARCH = /[\w][\w.-]{0,127}/;
const DIGEST_SEARCH = /[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}/;
/** undefined when `s` is not an `oci-layout://` reference; throws on a malformed digest after `@`. */
function parseOciLayoutRef(s) {
    if (!s.startsWith(OCI_LAYOUT_PREFIX))
        return undefined;
    let local = s.slice(OCI_LAYOUT_PREFIX.length);
    const out = { path: '' };
    const at = local.lastIndexOf('@');
    if (at >= 0) {
        const after = local.slice(at + 1);
        if (DIGEST_SEARCH.test(after)) {
            if (!isValidDigest(after))
                throw new Error(`invalid digest ${JSON.stringify(after)} in ${s}`);
            out.digest = after;
            local = local.slice(0, at);
        }
    }
    const colon = local.lastIndexOf(':');
    if (colon >= 0 && !isWindowsDrivePath(local, colon)) {
        const after = local.slice(colon + 1);
        if (TAG_SEARCH.test(after)) {
            out.tag = after;
            local = local.slice(0, colon);
        }
    }
    out.path = local;
    if (!out.tag && !out.digest)
        out.tag = 'latest';
    return out;
}
function formatOciLayoutRef(ref) {
    return `${OCI_LAYOUT_PREFIX}${ref.path}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
function isWindowsDrivePath(p, colon) {
    if (colon !== 1 || p.length < 3)
        return false;
    if (p[2] !== '/' && p[2] !== '\\')
        return false;
    return /[a-zA-Z]/.test(p[0]);
}


/***/ })

};
