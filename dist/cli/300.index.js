export const id = 300;
export const ids = [300,449,830];
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
 * `app` → `docker.io/library/app`, `user/app:1` → `docker.io/user/app:1`, `localhost:5000/app@sha256:…` stays.
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

/***/ 9730:
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
// EXTERNAL MODULE: ./lib/buildkit/grpc/status.js
var grpc_status = __webpack_require__(9499);
;// CONCATENATED MODULE: ./lib/buildkit/grpc/server.js
/**
 * The gRPC server of a session, written directly on `node:http2`: the daemon is its client, through the session's
 * tunnel (session/session.ts).
 *
 * Why not grpc-js's server: a context transfer is tens of thousands of small fsutil packets on one stream, and
 * grpc-js writes a stream's next message only after the HTTP/2 write of the previous one completed — one message per
 * event-loop turn, ~10 µs of CPU each (docs/benchmarks.md). Here a stream's writable side buffers by bytes and
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
            socket = await nativeSocketFor(tunnel).catch((err) => {
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


/***/ })

};
