export const id = 587;
export const ids = [587,449,830];
export const modules = {

/***/ 3315:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ CONFIG_FILE_NAME),
/* harmony export */   iL: () => (/* binding */ buildxConfigDir),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3315);
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

/***/ 3467:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cB: () => (/* binding */ contextTlsDir),
/* harmony export */   z_: () => (/* binding */ contextMetaFile)
/* harmony export */ });
/* unused harmony exports contextStoreDir, contextId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3315);
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

/***/ 5725:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ DockerConfigCredentials)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3315);
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

/***/ 111:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kG: () => (/* reexport safe */ _config_dir_js__WEBPACK_IMPORTED_MODULE_0__.kG),
/* harmony export */   zw: () => (/* reexport safe */ _credentials_js__WEBPACK_IMPORTED_MODULE_3__.z)
/* harmony export */ });
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3315);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7880);
/* harmony import */ var _contexts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3467);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5725);
/** The Docker client's configuration as bakekit reads it: config dir rule, config.json, credentials, context store. */






/***/ }),

/***/ 1626:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ fsPath),
/* harmony export */   MP: () => (/* binding */ compareNames),
/* harmony export */   NE: () => (/* binding */ joinFsPath),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   Tl: () => (/* binding */ hasEscapes),
/* harmony export */   aA: () => (/* binding */ encodeName),
/* harmony export */   e4: () => (/* binding */ decodeName)
/* harmony export */ });
/* unused harmony export nameByteLength */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8150);
/**
 * File names as bytes. On Linux a name is any byte string without `/` and NUL, and fsutil carries it as such
 * (`Stat.path` and `Stat.linkname` are Go strings: bytes, not necessarily UTF-8). JavaScript strings are UTF-16, and
 * every Node API that returns a name as a string decodes it as UTF-8, replacing what is not UTF-8 with U+FFFD \u2014 a name
 * that then no longer exists on disk, and a different name on the wire.
 *
 * bakekit keeps names as strings, with a reversible escape for the bytes that are not UTF-8 (PEP 383's
 * "surrogateescape", as Python does for the same problem): a byte 0x80\u20130xFF that is not part of a valid UTF-8
 * sequence becomes the lone low surrogate U+DC80\u2013U+DCFF. A string decoded from valid UTF-8 never contains a lone
 * surrogate, so an ordinary name is the same string as before and the escape is unambiguous; `encodeName` gives the
 * original bytes back. Each escaped byte is one UTF-16 unit, so a pattern's `?` matches one invalid byte, as Go's
 * regexp matches an invalid byte as one rune.
 *
 * Ordinary names take the fast paths (Node's own UTF-8 decoding, string paths for fs calls); only a name that is not
 * valid UTF-8 is read as a Buffer, and such a name reaches the file system as a Buffer path.
 */


/** A lone low surrogate in the escape range: the cheap first test (a valid surrogate pair's low half may match too). */
const ESCAPE_UNIT = /[\udc80-\udcff]/;
/** An escape unit that is not the low half of a surrogate pair. */
const ESCAPE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;
/** Whether `s` holds escaped bytes (was decoded from a name that is not valid UTF-8). */
function hasEscapes(s) {
    return ESCAPE_UNIT.test(s) && ESCAPE.test(s);
}
/** A name's bytes \u2192 its string: ordinary UTF-8 decoding when the bytes are valid UTF-8, escapes for the bytes that are not. */
function decodeName(bytes) {
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
        return buf.toString('utf8');
    let out = '';
    let i = 0;
    const n = buf.length;
    while (i < n) {
        const b = buf[i];
        if (b < 0x80) {
            out += String.fromCharCode(b);
            i++;
            continue;
        }
        const len = validSequenceLength(buf, i);
        if (len === 0) {
            out += String.fromCharCode(0xdc00 + b);
            i++;
        }
        else {
            out += buf.toString('utf8', i, i + len);
            i += len;
        }
    }
    return out;
}
/**
 * The length of the well-formed UTF-8 sequence starting at `i` (Unicode table 3-7: no overlong forms, no surrogates,
 * nothing above U+10FFFF), or 0 when the byte there does not start one.
 */
function validSequenceLength(b, i) {
    const c = b[i];
    const cont = (k, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c === 0xe0)
        return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef)
        return cont(1) && cont(2) ? 3 : 0;
    if (c === 0xed)
        return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
    if (c === 0xf0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xf1 && c <= 0xf3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c === 0xf4)
        return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}
/** A name's string \u2192 its bytes (the inverse of decodeName). */
function encodeName(s) {
    if (!hasEscapes(s))
        return Buffer.from(s, 'utf8');
    const parts = [];
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0xdc80 || c > 0xdcff)
            continue;
        const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
        if (prev >= 0xd800 && prev <= 0xdbff)
            continue; // the low half of a pair
        if (i > start)
            parts.push(Buffer.from(s.slice(start, i), 'utf8'));
        parts.push(Buffer.of(c - 0xdc00));
        start = i + 1;
    }
    if (start < s.length)
        parts.push(Buffer.from(s.slice(start), 'utf8'));
    return Buffer.concat(parts);
}
/** The byte length of a name (what the wire carries). */
function nameByteLength(s) {
    return hasEscapes(s) ? encodeName(s).length : Buffer.byteLength(s, 'utf8');
}
/** A path for Node's fs calls: the string itself, or its bytes when it holds escaped (non-UTF-8) bytes. */
function fsPath(s) {
    return hasEscapes(s) ? encodeName(s) : s;
}
/** `dir/name` for fs calls where either part may be bytes. */
function joinFsPath(dir, name) {
    if (typeof dir === 'string' && typeof name === 'string')
        return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
    const d = typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir;
    const n = typeof name === 'string' ? Buffer.from(name, 'utf8') : name;
    return d.length > 0 && d[d.length - 1] === 0x2f ? Buffer.concat([d, n]) : Buffer.concat([d, Buffer.of(0x2f), n]);
}
/** A path for messages: escaped bytes shown as `\xNN`, as Go's %q shows them. */
function displayName(s) {
    if (!hasEscapes(s))
        return s;
    return s.replace(/(?<![\ud800-\udbff])[\udc80-\udcff]/g, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16)}`);
}
/**
 * Compares names the way Go does: by their bytes. Strings without escapes compare by code point (which is UTF-8 byte
 * order); with escapes, by the bytes they stand for.
 */
function compareNames(a, b) {
    if (hasEscapes(a) || hasEscapes(b))
        return Buffer.compare(encodeName(a), encodeName(b));
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compareUtf8 */ .zq)(a, b);
}


/***/ }),

/***/ 8150:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ basePath),
/* harmony export */   Jz: () => (/* binding */ dirPath),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   ts: () => (/* binding */ cleanPath),
/* harmony export */   uJ: () => (/* binding */ joinPath),
/* harmony export */   zq: () => (/* binding */ compareUtf8)
/* harmony export */ });
/** Slash-separated path helpers with Go's semantics (fsutil paths are always `/`-separated on the wire). */
/** Go's path.Clean: collapse `//`, resolve `.` and `..` lexically; "" becomes ".". */
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
    const joined = out.join('/');
    if (rooted)
        return '/' + joined;
    return joined === '' ? '.' : joined;
}
/** Go's path.Join: join non-empty elements and clean; "" when all are empty. */
function joinPath(...parts) {
    const nonEmpty = parts.filter((p) => p !== '');
    return nonEmpty.length === 0 ? '' : cleanPath(nonEmpty.join('/'));
}
/** Go's path.Dir. */
function dirPath(p) {
    const i = p.lastIndexOf('/');
    return cleanPath(p.slice(0, i + 1));
}
/** Go's path.Base. */
function basePath(p) {
    if (p === '')
        return '.';
    while (p.length > 1 && p.endsWith('/'))
        p = p.slice(0, -1);
    if (p === '/')
        return '/';
    const i = p.lastIndexOf('/');
    return i >= 0 ? p.slice(i + 1) : p;
}
/**
 * Compares strings the way Go compares them: by their UTF-8 bytes, which is code-point order.
 * JS `<` compares UTF-16 code units, which differs for astral characters vs U+E000..U+FFFF.
 */
function compareUtf8(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(i);
        if (ca === cb)
            continue;
        // Only surrogates break code-unit order: they belong after U+E000..U+FFFF.
        const sa = ca >= 0xd800 && ca <= 0xdfff;
        const sb = cb >= 0xd800 && cb <= 0xdfff;
        if (sa !== sb)
            return sa ? (cb >= 0xe000 ? 1 : ca - cb) : ca >= 0xe000 ? -1 : ca - cb;
        return ca - cb;
    }
    return a.length - b.length;
}
/**
 * Whether a wire path is safe to use under a destination root: relative, clean, no `..`, no NUL.
 * (Symlinks inside the root are a separate concern handled by the writer.)
 */
function isSafeRelativePath(p) {
    if (p === '' || p === '.' || p.includes('\0'))
        return false;
    if (p.startsWith('/'))
        return false;
    if (cleanPath(p) !== p)
        return false;
    return !p.split('/').includes('..');
}


/***/ }),

/***/ 6801:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _W: () => (/* binding */ writeLengthPrefix),
/* harmony export */   nD: () => (/* binding */ lengthDelimitedSize),
/* harmony export */   r3: () => (/* binding */ decodePacketNames),
/* harmony export */   zT: () => (/* binding */ encodePacketFast)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(925);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1626);
/**
 * A hand-written encoder for `fsutil.types.Packet`, byte-for-byte what protobufjs produces from the same Packet
 * (fields in number order, zero values left out, int64 fields given as decimal strings).
 *
 * The sender puts one Packet on the wire per STAT and per DATA chunk \u2014 tens of thousands for a large context \u2014
 * and going through protobufjs (fromObject, a Writer, then a copy) costs several times what writing the few
 * header bytes straight into the output buffer does. Decoding stays with protobufjs: the sender only decodes
 * the receiver's small REQ/FIN packets.
 *
 * `Stat.path` and `Stat.linkname` are declared `string` but carry a file name's bytes, UTF-8 or not (Go strings are
 * bytes, and the Go side neither checks nor converts). A name with escaped bytes (names.ts) is written as the bytes it
 * stands for; `decodePacketNames` reads them back that way, where protobufjs would decode them lossily.
 */



/** Bytes of a varint for an unsigned 32-bit value. */
function varint32Size(v) {
    return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}
function writeVarint32(buf, pos, v) {
    while (v >= 0x80) {
        buf[pos++] = (v & 0x7f) | 0x80;
        v >>>= 7;
    }
    buf[pos++] = v;
    return pos;
}
/**
 * An int64 field value (a decimal string, or a number) as the low and high 32 bits of its two's complement, which is
 * what the varint writer needs. Sizes fit a double exactly and skip BigInt; mtimes in nanoseconds (~2^60) need it once.
 */
function int64Halves(decimal) {
    const n = Number(decimal);
    if (Number.isSafeInteger(n) && n >= 0)
        return [n >>> 0, Math.floor(n / 0x1_0000_0000) >>> 0];
    const v = BigInt.asUintN(64, BigInt(decimal));
    return [Number(v & 0xffffffffn), Number(v >> 32n)];
}
function varint64Size(lo, hi) {
    if (hi === 0)
        return varint32Size(lo);
    // bits above the low 28 in 7-bit groups: 4 bytes for the low 28 bits, then the rest of the 64-bit value
    let size = 4;
    let rest = hi * 16 + (lo >>> 28); // value >> 28, exact while it stays below 2^53 (it is at most 2^36)
    while (rest >= 1) {
        size++;
        rest = Math.floor(rest / 128);
    }
    return size;
}
function writeVarint64(buf, pos, lo, hi) {
    while (hi > 0 || lo >= 0x80) {
        buf[pos++] = (lo & 0x7f) | 0x80;
        lo = ((lo >>> 7) | (hi << 25)) >>> 0;
        hi >>>= 7;
    }
    buf[pos++] = lo;
    return pos;
}
const EMPTY = new Uint8Array(0);
/** The size of a length-delimited field of `length` content bytes, written whatever its length (a sub-message). */
const lengthDelimitedSize = (length) => 1 + varint32Size(length) + length;
/** The size of a string or bytes field of `length` content bytes (0 when left out: empty). */
const bytesFieldSize = (length) => (length > 0 ? lengthDelimitedSize(length) : 0);
/** The size of a varint field (0 when left out: zero). */
const varintFieldSize = (v) => (v ? 1 + varint32Size(v >>> 0) : 0);
/** The tag and length of a length-delimited field; its content follows. */
function writeLengthPrefix(buf, pos, tag, length) {
    buf[pos++] = tag;
    return writeVarint32(buf, pos, length);
}
/** A string written straight from the string (no intermediate Uint8Array); `length` is its UTF-8 size. */
function writeString(buf, pos, tag, value, length) {
    pos = writeLengthPrefix(buf, pos, tag, length);
    return pos + buf.write(value, pos, length, 'utf8');
}
function writeBytes(buf, pos, tag, bytes) {
    pos = writeLengthPrefix(buf, pos, tag, bytes.length);
    buf.set(bytes, pos);
    return pos + bytes.length;
}
/** proto3 leaves empty strings and bytes out. */
function writeStringField(buf, pos, tag, value, length) {
    return length === 0 ? pos : writeString(buf, pos, tag, value, length);
}
function writeBytesField(buf, pos, tag, bytes) {
    return bytes.length === 0 ? pos : writeBytes(buf, pos, tag, bytes);
}
function writeVarintField(buf, pos, tag, v) {
    if (!v)
        return pos;
    buf[pos++] = tag;
    return writeVarint32(buf, pos, v >>> 0);
}
/** int64 fields of Stat in field-number order: [tag, field]. */
const INT64_FIELDS = [
    [0x28, 'size'],
    [0x30, 'modTime'],
    [0x40, 'devmajor'],
    [0x48, 'devminor'],
];
function measureStat(stat) {
    let pathLength = stat.path ? Buffer.byteLength(stat.path, 'utf8') : 0;
    let linkLength = stat.linkname ? Buffer.byteLength(stat.linkname, 'utf8') : 0;
    // escaped bytes (names.ts) are written as the bytes they stand for; an ASCII name (as many bytes as units) has none
    const pathBytes = stat.path && pathLength !== stat.path.length && (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .hasEscapes */ .Tl)(stat.path) ? (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeName */ .aA)(stat.path) : undefined;
    const linkBytes = stat.linkname && linkLength !== stat.linkname.length && (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .hasEscapes */ .Tl)(stat.linkname)
        ? (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeName */ .aA)(stat.linkname)
        : undefined;
    if (pathBytes)
        pathLength = pathBytes.length;
    if (linkBytes)
        linkLength = linkBytes.length;
    let size = bytesFieldSize(pathLength) + bytesFieldSize(linkLength);
    size += varintFieldSize(stat.mode ?? 0) + varintFieldSize(stat.uid ?? 0) + varintFieldSize(stat.gid ?? 0);
    const halves = [0, 0, 0, 0, 0, 0, 0, 0];
    let present = 0;
    for (let i = 0; i < INT64_FIELDS.length; i++) {
        const decimal = stat[INT64_FIELDS[i][1]];
        if (decimal === undefined || decimal === '' || decimal === '0' || decimal === 0)
            continue; // proto3 zero value: left out
        const [lo, hi] = int64Halves(decimal);
        halves[2 * i] = lo;
        halves[2 * i + 1] = hi;
        present |= 1 << i;
        size += 1 + varint64Size(lo, hi);
    }
    const layout = { size, pathLength, linkLength, halves, present };
    if (pathBytes)
        layout.pathBytes = pathBytes;
    if (linkBytes)
        layout.linkBytes = linkBytes;
    if (stat.xattrs) {
        layout.xattrs = [];
        for (const [key, value] of Object.entries(stat.xattrs)) {
            const keyLength = Buffer.byteLength(key, 'utf8');
            // Map entries carry key and value even when empty, as protobufjs writes them.
            const entrySize = 2 + varint32Size(keyLength) + keyLength + varint32Size(value.length) + value.length;
            layout.xattrs.push([key, value, keyLength, entrySize]);
            layout.size += lengthDelimitedSize(entrySize);
        }
    }
    return layout;
}
/** Writes the Stat's fields in field-number order (linkname, field 7, sits between modTime and devmajor). */
function writeStat(out, pos, stat, layout) {
    pos = layout.pathBytes
        ? writeBytes(out, pos, 0x0a, layout.pathBytes)
        : writeStringField(out, pos, 0x0a, stat.path ?? '', layout.pathLength);
    pos = writeVarintField(out, pos, 0x10, stat.mode ?? 0);
    pos = writeVarintField(out, pos, 0x18, stat.uid ?? 0);
    pos = writeVarintField(out, pos, 0x20, stat.gid ?? 0);
    for (let i = 0; i < INT64_FIELDS.length; i++) {
        if (i === 2) {
            pos = layout.linkBytes
                ? writeBytes(out, pos, 0x3a, layout.linkBytes)
                : writeStringField(out, pos, 0x3a, stat.linkname ?? '', layout.linkLength);
        }
        if (!(layout.present & (1 << i)))
            continue;
        out[pos++] = INT64_FIELDS[i][0];
        pos = writeVarint64(out, pos, layout.halves[2 * i], layout.halves[2 * i + 1]);
    }
    for (const [key, value, keyLength, entrySize] of layout.xattrs ?? []) {
        // map entries carry key and value even when empty
        pos = writeLengthPrefix(out, pos, 0x52, entrySize);
        pos = writeString(out, pos, 0x0a, key, keyLength);
        pos = writeBytes(out, pos, 0x12, value);
    }
    return pos;
}
/** The protobuf encoding of `packet` (what `encodePacket` in proto/fsutil.ts returns, without protobufjs). */
function encodePacketFast(packet) {
    const type = packet.type ?? 0;
    const id = (packet.ID ?? 0) >>> 0;
    const data = packet.data ?? EMPTY;
    const stat = packet.stat ? measureStat(packet.stat) : undefined;
    let size = varintFieldSize(type) + varintFieldSize(id) + bytesFieldSize(data.length);
    // A present stat is written even when empty (protobufjs writes a set sub-message whatever its content).
    if (stat)
        size += lengthDelimitedSize(stat.size);
    const out = Buffer.allocUnsafe(size);
    let pos = writeVarintField(out, 0, 0x08, type);
    if (stat)
        pos = writeStat(out, writeLengthPrefix(out, pos, 0x12, stat.size), packet.stat, stat);
    pos = writeVarintField(out, pos, 0x18, id);
    writeBytesField(out, pos, 0x22, data);
    return out;
}
/**
 * `decodePacket`, with a STAT's path and linkname taken from their bytes: a name that is not UTF-8 comes back with its
 * bytes escaped (names.ts) instead of decoded lossily, so it can be written under exactly that name. Other fields and
 * every error are decodePacket's.
 */
function decodePacketNames(bytes) {
    let packet;
    try {
        packet = (0,_proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__/* .decodePacket */ .JD)(bytes);
    }
    catch (err) {
        // protobufjs refuses a string field that is not UTF-8: decode the packet without the two names, then add them
        const stripped = withoutStatNames(bytes);
        if (!stripped)
            throw err;
        packet = (0,_proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__/* .decodePacket */ .JD)(stripped.frame);
        if (!packet.stat)
            throw err;
        if (stripped.path)
            packet.stat.path = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeName */ .e4)(stripped.path);
        if (stripped.linkname)
            packet.stat.linkname = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeName */ .e4)(stripped.linkname);
        return packet;
    }
    if (packet.stat) {
        const raw = rawStatNames(bytes);
        if (raw?.path && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(raw.path))
            packet.stat.path = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeName */ .e4)(raw.path);
        if (raw?.linkname && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(raw.linkname))
            packet.stat.linkname = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeName */ .e4)(raw.linkname);
    }
    return packet;
}
/**
 * The frame with the STAT's path and linkname fields taken out (their last values returned as bytes), re-encoded;
 * undefined when it cannot be walked or holds no such field.
 */
function withoutStatNames(b) {
    const names = {};
    const parts = [];
    let found = false;
    let pos = 0;
    while (pos < b.length) {
        const start = pos;
        const tag = readVarint(b, pos);
        if (!tag)
            return undefined;
        const field = Math.floor(tag[0] / 8);
        const wt = tag[0] & 7;
        const next = skipField(b, tag[1], wt);
        if (next === undefined)
            return undefined;
        if (field === 2 && wt === 2) {
            const len = readVarint(b, tag[1]);
            const stat = b.subarray(len[1], len[1] + len[0]);
            const kept = [];
            let q = 0;
            while (q < stat.length) {
                const fieldStart = q;
                const t = readVarint(stat, q);
                if (!t)
                    return undefined;
                const f = Math.floor(t[0] / 8);
                const w = t[0] & 7;
                const after = skipField(stat, t[1], w);
                if (after === undefined)
                    return undefined;
                if ((f === 1 || f === 7) && w === 2) {
                    const l = readVarint(stat, t[1]);
                    names[f === 1 ? 'path' : 'linkname'] = stat.subarray(l[1], l[1] + l[0]);
                    found = true;
                }
                else {
                    kept.push(stat.subarray(fieldStart, after));
                }
                q = after;
            }
            const content = Buffer.concat(kept);
            const header = Buffer.allocUnsafe(1 + 5);
            const end = writeLengthPrefix(header, 0, 0x12, content.length);
            parts.push(header.subarray(0, end), content);
        }
        else {
            parts.push(b.subarray(start, next));
        }
        pos = next;
    }
    return found ? { frame: Buffer.concat(parts), ...names } : undefined;
}
/** Reads a varint at `pos`: [value (up to 2^53), next position], or undefined past the end. */
function readVarint(b, pos) {
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
        if (pos >= b.length)
            return undefined;
        const byte = b[pos++];
        v += (byte & 0x7f) * mul;
        if (byte < 0x80)
            return [v, pos];
        mul *= 128;
    }
    return undefined;
}
/** Skips a field of wire type `wt` at `pos`; the position after it, or undefined. */
function skipField(b, pos, wt) {
    switch (wt) {
        case 0:
            return readVarint(b, pos)?.[1];
        case 1:
            return pos + 8 <= b.length ? pos + 8 : undefined;
        case 2: {
            const len = readVarint(b, pos);
            return len && len[1] + len[0] <= b.length ? len[1] + len[0] : undefined;
        }
        case 5:
            return pos + 4 <= b.length ? pos + 4 : undefined;
        default:
            return undefined;
    }
}
/**
 * The raw bytes of the last `stat.path` (Stat field 1) and `stat.linkname` (field 7) in a Packet, as protobuf's
 * last-one-wins rule reads them (sub-messages of a repeated `stat` field merge); undefined for what it cannot walk.
 */
function rawStatNames(b) {
    const out = {};
    let pos = 0;
    while (pos < b.length) {
        const tag = readVarint(b, pos);
        if (!tag)
            return undefined;
        const field = Math.floor(tag[0] / 8);
        const wt = tag[0] & 7;
        if (field === 2 && wt === 2) {
            const len = readVarint(b, tag[1]);
            if (!len || len[1] + len[0] > b.length)
                return undefined;
            if (!rawStatFields(b.subarray(len[1], len[1] + len[0]), out))
                return undefined;
            pos = len[1] + len[0];
            continue;
        }
        const next = skipField(b, tag[1], wt);
        if (next === undefined)
            return undefined;
        pos = next;
    }
    return out;
}
function rawStatFields(b, out) {
    let pos = 0;
    while (pos < b.length) {
        const tag = readVarint(b, pos);
        if (!tag)
            return false;
        const field = Math.floor(tag[0] / 8);
        const wt = tag[0] & 7;
        if ((field === 1 || field === 7) && wt === 2) {
            const len = readVarint(b, tag[1]);
            if (!len || len[1] + len[0] > b.length)
                return false;
            const value = b.subarray(len[1], len[1] + len[0]);
            if (field === 1)
                out.path = value;
            else
                out.linkname = value;
            pos = len[1] + len[0];
            continue;
        }
        const next = skipField(b, tag[1], wt);
        if (next === undefined)
            return false;
        pos = next;
    }
    return true;
}


/***/ }),

/***/ 1155:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ encodeFrames),
/* harmony export */   P2: () => (/* binding */ FRAME_PREFIX),
/* harmony export */   Sl: () => (/* binding */ framePrefix),
/* harmony export */   h2: () => (/* binding */ MAX_MESSAGE),
/* harmony export */   lk: () => (/* binding */ writeFramePrefix),
/* harmony export */   wI: () => (/* binding */ FrameDecoder)
/* harmony export */ });
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9499);
/**
 * gRPC's message framing on an HTTP/2 stream: every message is a 5-byte prefix (a compressed flag, then the length as
 * a big-endian uint32) and the message bytes (grpc PROTOCOL-HTTP2.md, "Length-Prefixed-Message"). Our server
 * (server.ts) and the session tunnel (transport/tunnel.ts) frame and cut messages with these; nothing here compresses.
 */

const MiB = 1024 * 1024;
/** Bytes before each message: the compressed flag and the length. */
const FRAME_PREFIX = 5;
/** The largest message accepted; the daemon's own session client sends at most 16 MiB. */
const MAX_MESSAGE = 32 * MiB;
/** Writes the prefix of an uncompressed message of `length` bytes at `at`; returns where the message goes. */
function writeFramePrefix(out, at, length) {
    out[at] = 0;
    out.writeUInt32BE(length, at + 1);
    return at + FRAME_PREFIX;
}
/** The prefix of an uncompressed message of `length` bytes, on its own (to write a big message without copying it). */
function framePrefix(length) {
    const prefix = Buffer.allocUnsafe(FRAME_PREFIX);
    writeFramePrefix(prefix, 0, length);
    return prefix;
}
/** Messages framed back to back in one buffer, for one HTTP/2 write. */
function encodeFrames(messages) {
    let total = 0;
    for (const m of messages)
        total += FRAME_PREFIX + m.length;
    const out = Buffer.allocUnsafe(total);
    let at = 0;
    for (const m of messages) {
        at = writeFramePrefix(out, at, m.length);
        at += m.copy(out, at);
    }
    return out;
}
/**
 * Cuts a byte stream into messages. push() returns the messages completed by a chunk; a compressed message fails with
 * UNIMPLEMENTED and one over MAX_MESSAGE with RESOURCE_EXHAUSTED (StatusErrors, the status to end the call with).
 */
class FrameDecoder {
    buffered = [];
    bufferedBytes = 0;
    /** Bytes needed before the next message can be cut: its prefix, then prefix and body. */
    needed = FRAME_PREFIX;
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
        this.needed = FRAME_PREFIX;
        while (data.length - at >= FRAME_PREFIX) {
            if (data[at] !== 0)
                throw new _status_js__WEBPACK_IMPORTED_MODULE_0__/* .StatusError */ .Xs(_status_js__WEBPACK_IMPORTED_MODULE_0__/* .Code */ .Cy.UNIMPLEMENTED, 'compressed messages are not supported');
            const length = data.readUInt32BE(at + 1);
            if (length > MAX_MESSAGE)
                throw new _status_js__WEBPACK_IMPORTED_MODULE_0__/* .StatusError */ .Xs(_status_js__WEBPACK_IMPORTED_MODULE_0__/* .Code */ .Cy.RESOURCE_EXHAUSTED, `message of ${length} bytes exceeds the limit of ${MAX_MESSAGE}`);
            if (data.length - at - FRAME_PREFIX < length) {
                this.needed = FRAME_PREFIX + length;
                break;
            }
            messages.push(data.subarray(at + FRAME_PREFIX, at + FRAME_PREFIX + length));
            at += FRAME_PREFIX + length;
        }
        this.buffered = at < data.length ? [data.subarray(at)] : [];
        this.bufferedBytes = data.length - at;
        return messages;
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
 * the host), e.g. `docker.io/library/app:1` \u2192 `1`, `example.com/app@sha256:\u2026` \u2192 `@sha256:\u2026`; the name itself when it
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
            manifests = manifests.filter((m) => (m?.annotations?.[ANNOTATION_REF_NAME] ?? '') !== refName ||
                (m?.annotations?.[ANNOTATION_IMAGE_NAME] ?? '') !== imageName);
        }
        manifests.push(orderedDescriptor({ ...desc, annotations: Object.keys(annotations).length ? annotations : undefined }));
    }
    out.manifests = manifests;
    // schemaVersion, mediaType, manifests first, as Go writes an index; anything else after
    const { schemaVersion, mediaType, manifests: m, ...rest } = out;
    return {
        schemaVersion,
        mediaType,
        ...(rest.artifactType !== undefined ? { artifactType: rest.artifactType } : {}),
        manifests: m,
        ...rest,
    };
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


/***/ }),

/***/ 925:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LP: () => (/* binding */ PacketType),
  JD: () => (/* binding */ decodePacket)
});

// UNUSED EXPORTS: PACKET_TYPE_NAME, PacketDecodeError, encodePacket

;// CONCATENATED MODULE: ./lib/buildkit/proto/fsutil.pb.js
// Code generated by scripts/gen-proto.ts from fsutil.proto. DO NOT EDIT: change the .proto file and run
// `npm run gen:proto`. Messages in the plain-object form the registry encodes and decodes (see types.ts).
const Packet_PacketType = {
    PACKET_STAT: 0,
    PACKET_REQ: 1,
    PACKET_DATA: 2,
    PACKET_FIN: 3,
    PACKET_ERR: 4,
};

// EXTERNAL MODULE: ./lib/buildkit/proto/registry.js + 2 modules
var registry = __webpack_require__(7062);
;// CONCATENATED MODULE: ./lib/buildkit/proto/fsutil.js
/**
 * Encoding and decoding fsutil's packets (fsutil.proto) with the registry, and their kinds under the short names the
 * transfer code uses. The sender encodes its packets by hand for speed (fsutil/wire.ts, which must match
 * `encodePacket` byte for byte).
 */


/** `Packet.PacketType` without the `PACKET_` prefix of its values (fsutil's Go code: `types.PACKET_STAT`\u2026). */
const PacketType = {
    STAT: Packet_PacketType.PACKET_STAT,
    REQ: Packet_PacketType.PACKET_REQ,
    DATA: Packet_PacketType.PACKET_DATA,
    FIN: Packet_PacketType.PACKET_FIN,
    ERR: Packet_PacketType.PACKET_ERR,
};
const PACKET_TYPE_NAME = 'fsutil.types.Packet';
function encodePacket(packet) {
    return encodeMessage(PACKET_TYPE_NAME, packet);
}
/** Bytes that are not an `fsutil.types.Packet` (truncated, a wrong wire type, a length past the end...). */
class PacketDecodeError extends Error {
    name = 'PacketDecodeError';
    constructor(cause) {
        super(`malformed fsutil packet: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
}
/** Decodes one packet; anything malformed is a PacketDecodeError (never protobufjs' RangeError and co). */
function decodePacket(bytes) {
    try {
        return (0,registry.decodeMessage)(PACKET_TYPE_NAME, bytes);
    }
    catch (err) {
        throw new PacketDecodeError(err);
    }
}


/***/ }),

/***/ 2039:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ rawStreamDefinition),
/* harmony export */   aU: () => (/* binding */ callUnary),
/* harmony export */   fJ: () => (/* binding */ serviceDefinition),
/* harmony export */   yU: () => (/* binding */ makeClientConstructor)
/* harmony export */ });
/* unused harmony export methodPaths */
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3033);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7062);
/**
 * gRPC services from our registry, typed by the generated method maps.
 *
 * A service of the registry becomes a grpc-js ServiceDefinition, so the same definition serves both directions:
 * clients for Control and LLBBridge, servers for the session services. A generated `*_SERVICE` name (types.ts
 * ServiceName) carries the service's methods, so that `makeClientConstructor(CONTROL_SERVICE)` makes a client whose
 * `Solve` takes a SolveRequest and answers a SolveResponse, and `ServiceHandlers<HealthMethods>` types a server's
 * handlers the same way.
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
function makeClientConstructor(service) {
    return _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .makeGenericClientConstructor */ .ds(serviceDefinition(service), service);
}
/** Calls the unary `method` of `client`; `signal` cancels the call (the promise then rejects with CANCELLED). */
function callUnary(client, method, request, metadata, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason ?? new Error('aborted'));
        const onAbort = () => call.cancel();
        const call = client[method].call(client, request, metadata, (err, value) => {
            signal?.removeEventListener('abort', onAbort);
            if (err)
                reject(err);
            else
                resolve(value);
        });
        signal?.addEventListener('abort', onAbort, { once: true });
    });
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

/***/ 5299:
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

/***/ 3143:
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
// EXTERNAL MODULE: external "node:http2"
var external_node_http2_ = __webpack_require__(2467);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./lib/buildkit/grpc/errors.js + 1 modules
var errors = __webpack_require__(8791);
// EXTERNAL MODULE: ./lib/buildkit/grpc/framing.js
var framing = __webpack_require__(1155);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
// EXTERNAL MODULE: ./lib/buildkit/grpc/young-generation.js
var young_generation = __webpack_require__(8148);
;// CONCATENATED MODULE: ./lib/buildkit/grpc/gc-pacer.js
/**
 * Returns a session's transfer garbage to the allocator while the transfer runs.
 *
 * Every byte a session moves passes through buffers Node allocates outside the JS heap: the reads of the connection
 * the session runs on (the HTTP/2 call of a tunnel, or dockerd's hijacked socket), the session server's own reads, the
 * messages it cuts and frames; the session server (server.ts) counts the bytes of every call, whatever the transport.
 * Those buffers die at once, but an ArrayBuffer's memory is released only when a collection finds its small JS object
 * dead, and the young generation fills slowly with those small objects: V8 collects only once the dead buffers'
 * external memory reaches its own trigger (~64 MB). Until then every new buffer is fresh memory that the
 * kernel has to fault in. Measured on the bench's fan-out (12 local exports, 23 MB, Node 24): peak RSS 150 MB with
 * 48 MB of dead buffers, against 104 MB with a young-generation collection after every MiB moved, and the client's
 * CPU fell from 1.25 to ~0.95 s (fewer page faults; each collection is ~0.3 ms on this heap). See docs/benchmarks.md.
 *
 * Node offers no API to ask for a collection, only the `--expose-gc` flag: the collector is taken from a new V8
 * context created while the flag is set (the flag is cleared again, nothing is added to our globals), as Node's own
 * documentation of v8.setFlagsFromString shows for flags. Where that does not work, pacing does nothing.
 */



/** Bytes moved between two collections: 1 MiB bounds the dead buffers at a few MiB (4 MiB measured 114 MB RSS). */
const GC_STEP_BYTES = 1024 * 1024;
class GcPacer {
    collect;
    stepBytes;
    onManySmallMessages;
    manySmallMessages;
    sinceCollection = 0;
    scheduled = false;
    /** Collections run so far (for tests and the bench). */
    collections = 0;
    /** Small messages moved so far, up to `manySmallMessages` (then `onManySmallMessages` has been called). */
    smallMessages = 0;
    /**
     * @param collect the young-generation collector; undefined: pacing does nothing
     * @param onManySmallMessages called once, when `manySmallMessages` small messages have moved (young-generation.ts)
     */
    constructor(collect, stepBytes = GC_STEP_BYTES, onManySmallMessages, manySmallMessages = young_generation/* MANY_SMALL_MESSAGES */.pF) {
        this.collect = collect;
        this.stepBytes = stepBytes;
        this.onManySmallMessages = onManySmallMessages;
        this.manySmallMessages = manySmallMessages;
    }
    /**
     * `bytes` moved through a session, in `messages` (the small ones, young-generation.ts SMALL_MESSAGE_BYTES, counted
     * until there are many); after every step, one collection on the next turn (never inside a callback).
     */
    transferred(bytes, messages) {
        if (this.smallMessages < this.manySmallMessages) {
            for (const m of messages)
                if (m.length < young_generation/* SMALL_MESSAGE_BYTES */.sd)
                    this.smallMessages++;
            if (this.smallMessages >= this.manySmallMessages)
                this.onManySmallMessages?.();
        }
        if (!this.collect)
            return;
        this.sinceCollection += bytes;
        if (this.sinceCollection < this.stepBytes || this.scheduled)
            return;
        this.sinceCollection = 0;
        this.scheduled = true;
        setImmediate(() => {
            this.scheduled = false;
            this.collections++;
            this.collect({ type: 'minor' });
        });
    }
}
let shared;
/** The process's pacer, shared by every session's calls. */
function transferGcPacer() {
    return (shared ??= new GcPacer(youngGenerationCollector(), GC_STEP_BYTES, () => (0,young_generation/* letYoungGenerationGrow */.dp)()));
}
function youngGenerationCollector() {
    const existing = globalThis.gc;
    if (typeof existing === 'function')
        return existing;
    try {
        (0,external_node_v8_.setFlagsFromString)('--expose-gc');
        const gc = (0,external_node_vm_.runInNewContext)('gc');
        return typeof gc === 'function' ? gc : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        try {
            (0,external_node_v8_.setFlagsFromString)('--no-expose-gc');
        }
        catch {
            /* nothing to undo */
        }
    }
}

// EXTERNAL MODULE: ./lib/buildkit/grpc/status.js
var grpc_status = __webpack_require__(9499);
;// CONCATENATED MODULE: ./lib/buildkit/grpc/server.js
/**
 * The gRPC server of a session, written directly on `node:http2`: the daemon is its client, through the session's
 * tunnel (session/session.ts).
 *
 * Why not grpc-js's server: a context transfer is tens of thousands of small fsutil packets on one stream, and
 * grpc-js writes a stream's next message only after the HTTP/2 write of the previous one completed \u2014 one message per
 * event-loop turn, ~10 \u00b5s of CPU each (docs/benchmarks.md). Here a stream's writable side buffers by bytes and
 * hands everything that accumulated while the previous write was in flight to HTTP/2 in one write, so hundreds of
 * packets share a DATA frame and a turn.
 *
 * The calls handed to handlers have the surface of grpc-js's server calls that our attachables use (`request`,
 * `metadata.get/getMap`, `cancelled` and the `'cancelled'` event, a Duplex of messages for streams,
 * `emit('error', err)` to fail with the status `err` carries (errors.ts toStatus), the unary `callback(err, value)`),
 * so an attachable runs unchanged on either server and tests can drive it from a grpc-js client. Only what a BuildKit
 * session needs is implemented: no compression, no deadlines (the daemon sends none to sessions), no TLS (the tunnel
 * is the connection). Framing and statuses are framing.ts and status.ts, shared with the session tunnel.
 */






const KiB = 1024;
const MiB = 1024 * KiB;
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
        this.http2Server = external_node_http2_.createServer({
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
            respondStatus(stream, grpc_status/* Code */.Cy.UNIMPLEMENTED, route ? 'the session is closing' : `unknown method ${path}`);
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
class ServerCall extends external_node_stream_.Duplex {
    stream;
    method;
    request;
    metadata;
    cancelled = false;
    decoder = new framing/* FrameDecoder */.wI();
    /** Collections paced by the bytes the call moves (gc-pacer.ts): every session's transfers pass here. */
    pacer = transferGcPacer();
    statusSent = false;
    trailers = (0,grpc_status/* statusHeaders */.Ff)(grpc_status/* Code */.Cy.OK, '');
    constructor(stream, headers, method) {
        super({
            readableObjectMode: true,
            readableHighWaterMark: READ_AHEAD,
            writableHighWaterMark: WRITE_BUFFER,
            decodeStrings: false,
            allowHalfOpen: true,
        });
        this.stream = stream;
        this.method = method;
        this.metadata = new CallMetadata(headers);
        stream.on('data', (chunk) => this.onData(chunk));
        stream.once('end', () => {
            if (this.decoder.pending > 0)
                this.fail(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, 'the request ended inside a message'));
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
        // grpc-js's convention, which the attachables follow: emitting 'error' fails the call with the error's status.
        this.on('error', (err) => this.finish((0,errors/* toStatus */.mf)(err)));
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
            this.once('end', () => count === 1
                ? resolve(request)
                : reject(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, `expected one request message, got ${count}`)));
            this.once('close', () => reject(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNKNOWN, 'cancelled')));
        });
    }
    /** Serialises a response message now, so the buffer is counted in bytes. */
    write(chunk, encodingOrCb, cb) {
        const bytes = this.method.responseSerialize(chunk);
        return typeof encodingOrCb === 'function'
            ? super.write(bytes, encodingOrCb)
            : super.write(bytes, encodingOrCb, cb);
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
    /** Ends the call with the status `err` carries (grpc/errors.ts toStatus: UNKNOWN with the message of an error that
     * carries none). */
    fail(err) {
        this.finish((0,errors/* toStatus */.mf)(err));
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
            this.stream.close(external_node_http2_.constants.NGHTTP2_CANCEL);
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
        this.finish({ code: grpc_status/* Code */.Cy.OK, message: '' });
        callback();
    }
    _destroy(err, callback) {
        // A handler destroying its call (e.g. an aborted export) without a status: the daemon sees a cancelled call.
        if (!this.statusSent) {
            this.statusSent = true;
            if (!this.stream.destroyed)
                this.stream.close(external_node_http2_.constants.NGHTTP2_CANCEL);
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
        this.pacer.transferred(chunk.length, messages);
        for (const m of messages) {
            let message;
            try {
                message = this.method.requestDeserialize(m);
            }
            catch (err) {
                this.fail(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, `cannot decode the request: ${err.message}`, { cause: err }));
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
        let bytes = 0;
        for (const m of messages)
            bytes += m.length;
        this.pacer.transferred(bytes, messages);
        if (messages.length === 1 && messages[0].length >= COPY_LIMIT) {
            const message = messages[0];
            this.stream.cork();
            this.stream.write((0,framing/* framePrefix */.Sl)(message.length));
            this.stream.write(message, callback);
            this.stream.uncork();
            return;
        }
        this.stream.write((0,framing/* encodeFrames */.H5)(messages), callback);
    }
    sendHeaders() {
        if (this.stream.headersSent)
            return;
        this.stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
    }
    /** Sends the status once: in trailers after a response, or as a trailers-only response. */
    finish({ code, message }) {
        if (this.statusSent)
            return;
        this.statusSent = true;
        if (this.stream.destroyed || this.stream.closed)
            return;
        if (!this.stream.headersSent) {
            respondStatus(this.stream, code, message);
            return;
        }
        this.trailers = (0,grpc_status/* statusHeaders */.Ff)(code, message);
        this.stream.end();
    }
}
function respondStatus(stream, code, message) {
    try {
        stream.respond({ ':status': 200, 'content-type': 'application/grpc', ...(0,grpc_status/* statusHeaders */.Ff)(code, message) }, { endStream: true });
    }
    catch {
        /* the stream closed meanwhile */
    }
}

;// CONCATENATED MODULE: ./lib/buildkit/proto/health.pb.js
// Code generated by scripts/gen-proto.ts from health.proto. DO NOT EDIT: change the .proto file and run
// `npm run gen:proto`. Messages in the plain-object form the registry encodes and decodes (see types.ts).
const HealthCheckResponse_ServingStatus = {
    UNKNOWN: 0,
    SERVING: 1,
    NOT_SERVING: 2,
    /** Only used by Watch. */
    SERVICE_UNKNOWN: 3,
};
const HEALTH_SERVICE = 'grpc.health.v1.Health';

;// CONCATENATED MODULE: ./lib/buildkit/session/health.js


/** The one service the session reports on: the server as a whole. */
const OVERALL = '';
const { SERVING, SERVICE_UNKNOWN } = HealthCheckResponse_ServingStatus;
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
                    callback(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, 'unknown service'));
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/buildkit/transport/tunnel.js + 1 modules
var transport_tunnel = __webpack_require__(9433);
;// CONCATENATED MODULE: ./lib/buildkit/session/socket-pair.js
/**
 * A native socket in front of a session tunnel made with grpc-js (CallTunnel: the `Control.Session` call of a daemon
 * reached through a command's stdio, ssh:// and the like).
 *
 * Node runs HTTP/2 over a JS Duplex through JSStreamSocket, which hands the server's writes to the tunnel one at a
 * time, and grpc-js completes a call's write only once it has gone out: a file transfer of tens of thousands of small
 * packets then crawls at one write per turn, each wrapped in its own tunnel message. Handing the session's HTTP/2
 * server one end of a private unix socket connection instead, with the other end piped to the tunnel, lets writes
 * complete natively, and the tunnel carries what accumulated in the socket in large chunks.
 *
 * The node:http2 tunnel (H2CallTunnel, every daemon reached over a socket) is served as it is: it frames everything
 * written since its last write into one HTTP/2 write and completes at once, and the extra hop through the kernel cost
 * more than it saved (bench, Node 24, standalone buildkitd: 1 GiB cold context 7.7 -> 4.6 s wall and 7.2 -> 3.1 s
 * client CPU; 20k-file cold context 4.6-6.0 -> 3.9-4.4 s; fan-out 1.08 -> 1.03 s; docs/benchmarks.md round 5).
 */





/**
 * What the session's HTTP/2 server runs on: `tunnel` itself when it is a socket or the node:http2 tunnel; else the
 * near end of a socket pair whose far end is piped to it.
 */
async function serverSocketFor(tunnel) {
    if (tunnel instanceof external_node_net_.Socket || tunnel instanceof transport_tunnel/* H2CallTunnel */.D)
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
        const server = new RpcServer();
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
            socket = await serverSocketFor(tunnel).catch((err) => {
                tunnel.destroy();
                throw err;
            });
        }
        catch (err) {
            await this.close(); // the session is over before it began: settle `closed`, release the attachables
            throw new Error(`cannot open a BuildKit session on ${conn.description}: ${err.message}`, {
                cause: err,
            });
        }
        if (this.state !== 'starting') {
            // close() raced run(): don't leave the tunnel behind
            tunnel.destroy();
            if (socket !== tunnel)
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


/***/ }),

/***/ 9433:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ CallTunnel),
  D: () => (/* binding */ H2CallTunnel)
});

// EXTERNAL MODULE: external "node:http2"
var external_node_http2_ = __webpack_require__(2467);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/wire.js
var wire = __webpack_require__(6801);
// EXTERNAL MODULE: ./lib/buildkit/grpc/errors.js + 1 modules
var errors = __webpack_require__(8791);
// EXTERNAL MODULE: ./lib/buildkit/grpc/framing.js
var framing = __webpack_require__(1155);
// EXTERNAL MODULE: ./lib/buildkit/grpc/status.js
var grpc_status = __webpack_require__(9499);
;// CONCATENATED MODULE: ./lib/buildkit/transport/bytes-message-stream.js
/**
 * The session call's incoming side cut without joining: a stream of gRPC-framed `BytesMessage`s (`bytes data = 1`)
 * becomes the `data` bytes, handed on as slices of the chunks they arrived in. The daemon wraps the session's whole
 * HTTP/2 connection in ~32 KiB messages that reach us in 16 KiB DATA frames; cutting them with FrameDecoder and
 * decoding each with protobufjs joined every message's chunks into a new buffer, a second full copy of everything the
 * daemon sends (exports, files it asks for) on top of the one the session server's own framing makes
 * (docs/benchmarks.md). Only the few header bytes of each frame and field are looked at, one by one.
 *
 * Hand-written: protobufjs decodes whole messages only. It reads the protobuf wire format of this one message type:
 * field 1 (length-delimited) is data; any other field is skipped by its wire type, as a decoder skips unknown fields.
 * The daemon's Go code marshals exactly one field 1 (or nothing for empty data); a message carrying field 1 twice,
 * whose decoded value would be the last, never comes from it and hands on both.
 */


class BytesMessageStream {
    state = 0 /* State.Prefix */;
    prefix = Buffer.alloc(framing/* FRAME_PREFIX */.P2);
    prefixHave = 0;
    /** bytes of the current message not read yet */
    messageLeft = 0;
    /** bytes of the current field's value not read yet (Data, Skip) */
    fieldLeft = 0;
    field = 0;
    /** the varint being read (Key, Length, SkipVarint) and the shift of its next byte */
    varint = 0;
    shift = 0;
    /** The data bytes completed by `chunk`, in order (slices of it: the caller must not reuse `chunk`). */
    push(chunk) {
        const out = [];
        let at = 0;
        while (at < chunk.length) {
            switch (this.state) {
                case 0 /* State.Prefix */: {
                    const n = Math.min(framing/* FRAME_PREFIX */.P2 - this.prefixHave, chunk.length - at);
                    chunk.copy(this.prefix, this.prefixHave, at, at + n);
                    this.prefixHave += n;
                    at += n;
                    if (this.prefixHave < framing/* FRAME_PREFIX */.P2)
                        break;
                    this.prefixHave = 0;
                    if (this.prefix[0] !== 0)
                        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNIMPLEMENTED, 'compressed messages are not supported');
                    const length = this.prefix.readUInt32BE(1);
                    if (length > framing/* MAX_MESSAGE */.h2)
                        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.RESOURCE_EXHAUSTED, `message of ${length} bytes exceeds the limit of ${framing/* MAX_MESSAGE */.h2}`);
                    this.messageLeft = length;
                    if (length > 0)
                        this.startVarint(1 /* State.Key */);
                    break;
                }
                case 1 /* State.Key */:
                case 2 /* State.Length */:
                case 3 /* State.SkipVarint */: {
                    const byte = chunk[at++];
                    this.messageLeft--;
                    this.varint += (byte & 0x7f) * 2 ** this.shift;
                    this.shift += 7;
                    if (byte & 0x80) {
                        if (this.shift >= 64)
                            throw malformed('a varint longer than 10 bytes');
                        if (this.messageLeft === 0)
                            throw malformed('a varint cut by the end of the message');
                        break;
                    }
                    this.varintDone();
                    break;
                }
                case 4 /* State.Data */:
                case 5 /* State.Skip */: {
                    const n = Math.min(this.fieldLeft, chunk.length - at);
                    if (this.state === 4 /* State.Data */)
                        out.push(chunk.subarray(at, at + n));
                    at += n;
                    this.fieldLeft -= n;
                    this.messageLeft -= n;
                    if (this.fieldLeft === 0)
                        this.nextField();
                    break;
                }
            }
        }
        return out;
    }
    startVarint(state) {
        this.state = state;
        this.varint = 0;
        this.shift = 0;
    }
    varintDone() {
        const value = this.varint;
        if (this.state === 1 /* State.Key */) {
            this.field = Math.floor(value / 8);
            const wireType = value % 8;
            // every wire type has something after the key: a value, or a length (of 0 at least)
            if (this.messageLeft === 0)
                throw malformed('a field without its value');
            if (wireType === 2)
                return this.startVarint(2 /* State.Length */);
            if (wireType === 0)
                return this.startVarint(3 /* State.SkipVarint */);
            // fixed64 and fixed32: skipped like bytes of a known length
            if (wireType === 1 || wireType === 5)
                return this.startField(5 /* State.Skip */, wireType === 1 ? 8 : 4);
            throw malformed(`wire type ${wireType}`);
        }
        if (this.state === 2 /* State.Length */)
            return this.startField(this.field === 1 ? 4 /* State.Data */ : 5 /* State.Skip */, value);
        this.nextField(); // a skipped varint's value
    }
    startField(state, length) {
        if (length > this.messageLeft)
            throw malformed('a field longer than its message');
        this.state = state;
        this.fieldLeft = length;
        if (length === 0)
            this.nextField();
    }
    nextField() {
        if (this.messageLeft === 0)
            this.state = 0 /* State.Prefix */;
        else
            this.startVarint(1 /* State.Key */);
    }
}
function malformed(what) {
    return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, `malformed BytesMessage: ${what}`);
}

;// CONCATENATED MODULE: ./lib/buildkit/transport/tunnel.js
/**
 * Byte pipes a session runs over. BuildKit's session protocol puts a whole HTTP/2 connection (daemon = client) inside
 * a `Control.Session` bidi call: made with node:http2 on a connection of its own (H2CallTunnel) where the transport
 * gives us a socket, through grpc-js otherwise (CallTunnel: dial-stdio). The gRPC of the node:http2 call (framing,
 * statuses, a call lost without one) is grpc/'s, shared with the session's server.
 */







/**
 * A `Control.Session` call seen as a byte stream: every BytesMessage received is the next chunk, every chunk written
 * becomes one BytesMessage; ending the writable side half-closes the call (EOF for the daemon), the daemon ending the
 * call is EOF here. Chunk boundaries mean nothing (moby/buildkit session/grpchijack does the same in Go).
 */
class CallTunnel extends external_node_stream_.Duplex {
    call;
    callDone = false;
    constructor(call) {
        super({ allowHalfOpen: true });
        this.call = call;
        call.on('data', (m) => {
            if (m.data && m.data.length && !this.push(m.data))
                call.pause();
        });
        call.on('end', () => this.push(null));
        call.on('status', () => {
            this.callDone = true;
        });
        call.on('error', (err) => {
            this.callDone = true;
            // A cancelled call is how our own destroy() ends it: not an error worth reporting.
            if ((0,errors/* codeOf */.$N)(err) === grpc_status/* Code */.Cy.CANCELLED)
                this.push(null);
            else
                this.destroy(err);
        });
    }
    /** Resolves when the daemon has answered the call (response headers), i.e. it accepted the session. */
    accepted(timeoutMs) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                cleanup();
                reject(new Error(`the daemon did not accept the session within ${timeoutMs} ms`));
            }, timeoutMs);
            const onMetadata = () => {
                cleanup();
                resolve();
            };
            const onFail = (err) => {
                cleanup();
                reject(err ?? new Error('the session call ended before the daemon accepted it'));
            };
            const onEnd = () => onFail();
            const cleanup = () => {
                clearTimeout(timer);
                this.call.off('metadata', onMetadata);
                this.off('error', onFail);
                this.off('end', onEnd);
            };
            this.call.once('metadata', onMetadata);
            this.once('error', onFail);
            this.once('end', onEnd);
        });
    }
    _read() {
        this.call.resume();
    }
    _write(chunk, _enc, cb) {
        if (this.callDone)
            return cb(new Error('session call already ended'));
        this.call.write({ data: chunk }, () => cb());
    }
    _final(cb) {
        if (!this.callDone)
            this.call.end();
        cb();
    }
    _destroy(err, cb) {
        if (!this.callDone)
            this.call.cancel();
        cb(err);
    }
}
/**
 * A `Control.Session` call made with `node:http2` on a connection of its own (a unix or TCP socket to buildkitd, a
 * `POST /grpc` upgrade to dockerd), seen as a byte stream like CallTunnel. Written for the bytes a session carries:
 * everything the session server wrote since the last write goes out as one HTTP/2 write of BytesMessages framed back
 * to back, where grpc-js makes a message, a write and an event-loop turn of each chunk (a cold 231 MB context cost
 * ~2 s more client CPU through grpc-js and the docker:// bridge than over this path). The daemon forgets the session
 * as soon as the call ends (control.Session: the stream's end cancels it), unlike dockerd's `POST /session`, which
 * keeps it until health checks fail, 5\u201310 s later (session/grpc.go monitorHealth) \u2014 and directory sessions reuse
 * their id from one run to the next (solve/run/session-ids.ts).
 */
class H2CallTunnel extends external_node_stream_.Duplex {
    session;
    stream;
    decoder = new BytesMessageStream();
    response;
    /** The daemon ended the call (its trailers came). */
    ended = false;
    constructor(socket, headers, authority = 'http://localhost') {
        super({ allowHalfOpen: true });
        this.session = external_node_http2_.connect(authority, { createConnection: () => socket });
        // The connection going away without the call's trailers is the daemon gone, told as grpc-js tells it (UNAVAILABLE),
        // so that a build reports the daemon, not just the session (solve/run/target-errors.ts).
        this.session.on('error', (err) => this.destroy(this.ended ? err : (0,errors/* callLost */.Bp)(err.message, err)));
        this.session.on('close', () => this.destroy(this.ended ? undefined : (0,errors/* callLost */.Bp)('connection closed')));
        const reqHeaders = {
            ':method': 'POST',
            ':path': SESSION_METHOD_PATH,
            'content-type': 'application/grpc',
            te: 'trailers',
        };
        for (const [name, value] of headers) {
            const key = name.toLowerCase();
            const prev = reqHeaders[key];
            reqHeaders[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [String(prev), value];
        }
        this.stream = this.session.request(reqHeaders);
        this.response = new Promise((resolve, reject) => {
            this.stream.once('response', (h) => {
                // A refusal comes as a trailers-only response: its status in these headers.
                const refused = (0,grpc_status/* statusFromHeaders */.rm)(h);
                if (h[':status'] !== 200)
                    reject(new Error(`HTTP status ${h[':status']}`));
                else if (refused)
                    reject(refused);
                else
                    resolve();
            });
            this.stream.once('close', () => reject(new Error('the session call ended before the daemon accepted it')));
        });
        this.response.catch(() => { });
        this.stream.on('data', (chunk) => {
            let data;
            try {
                data = this.decoder.push(chunk); // slices of chunk, not copies (bytes-message-stream.ts)
            }
            catch (err) {
                this.destroy(new Error('malformed message on the session call', { cause: err }));
                return;
            }
            for (const d of data)
                if (!this.push(d))
                    this.stream.pause();
        });
        this.stream.on('trailers', (h) => {
            this.ended = true;
            const failed = (0,grpc_status/* statusFromHeaders */.rm)(h);
            // CANCELLED is how our own destroy ends it
            if (failed && failed.code !== grpc_status/* Code */.Cy.CANCELLED)
                this.destroy(failed);
        });
        this.stream.on('end', () => this.push(null));
        this.stream.on('error', (err) => this.destroy(this.ended ? err : (0,errors/* callLost */.Bp)(err.message, err)));
        this.stream.on('close', () => {
            this.push(null);
            this.session.close();
            // The call is over: nothing more can be written. Unless we ended it first, that is the session lost.
            if (!this.writableFinished)
                this.destroy(this.ended ? undefined : (0,errors/* callLost */.Bp)('the session call was reset'));
        });
    }
    /** Resolves when the daemon has answered the call (response headers), i.e. it accepted the session. */
    accepted(timeoutMs) {
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the daemon did not accept the session within ${timeoutMs} ms`)), timeoutMs);
        });
        return Promise.race([this.response, timeout]).finally(() => clearTimeout(timer));
    }
    _read() {
        this.stream.resume();
    }
    _write(chunk, _enc, cb) {
        this._writev([{ chunk }], cb);
    }
    _writev(chunks, cb) {
        if (this.stream.destroyed || this.stream.writableEnded)
            return cb(new Error('session call already ended'));
        // Each chunk one BytesMessage: gRPC prefix, then its one field (1: data).
        let size = 0;
        for (const { chunk } of chunks)
            size += framing/* FRAME_PREFIX */.P2 + (0,wire/* lengthDelimitedSize */.nD)(chunk.length);
        const out = Buffer.allocUnsafe(size);
        let at = 0;
        for (const { chunk } of chunks) {
            at = (0,framing/* writeFramePrefix */.lk)(out, at, (0,wire/* lengthDelimitedSize */.nD)(chunk.length));
            at = (0,wire/* writeLengthPrefix */._W)(out, at, 0x0a, chunk.length);
            at += chunk.copy(out, at);
        }
        if (this.stream.write(out))
            cb();
        else
            this.stream.once('drain', () => cb());
    }
    _final(cb) {
        if (!this.stream.destroyed)
            this.stream.end();
        cb();
    }
    _destroy(err, cb) {
        if (!this.stream.destroyed)
            this.stream.close(external_node_http2_.constants.NGHTTP2_CANCEL);
        if (!this.session.destroyed)
            this.session.destroy();
        cb(err);
    }
}
const SESSION_METHOD_PATH = '/moby.buildkit.v1.Control/Session';


/***/ }),

/***/ 6449:
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
/** buildx IsGitSSH: the git URL is fetched over SSH (`ssh://\u2026`, `user@host:path`), with the runner's SSH agent. */
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


/***/ })

};
