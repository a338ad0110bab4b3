export const id = 818;
export const ids = [818];
export const modules = {

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

/***/ 5957:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ streamChannel),
/* harmony export */   LL: () => (/* binding */ StreamClosedError),
/* harmony export */   Ne: () => (/* binding */ readMessages),
/* harmony export */   fn: () => (/* binding */ rawCodec)
/* harmony export */ });
/* unused harmony export objectCodec */
/* harmony import */ var _wire_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6801);

/** The stream carries plain objects that a protobufjs-backed ServiceDefinition (de)serialises. */
const objectCodec = {
    encode: (p) => p,
    decode: (m) => m,
};
/**
 * The stream carries serialized `fsutil.types.Packet` bytes (identity (de)serialisers). File names that are not UTF-8
 * keep their bytes both ways (escaped in the strings, names.ts).
 */
const rawCodec = {
    encode: (p) => (0,_wire_js__WEBPACK_IMPORTED_MODULE_0__/* .encodePacketFast */ .zT)(p),
    decode: (m) => (0,_wire_js__WEBPACK_IMPORTED_MODULE_0__/* .decodePacketNames */ .r3)(m),
};
/** The stream closed under a transfer: before the peer's half-close, or while a packet waited to be sent. */
class StreamClosedError extends Error {
    name = 'StreamClosedError';
    constructor(message = 'stream closed') {
        super(message);
    }
}
function streamChannel(stream, codec = objectCodec) {
    let drained;
    const waitDrain = () => (drained ??= new Promise((resolve, reject) => {
        const cleanup = () => {
            stream.off('drain', onDrain);
            stream.off('close', onClose);
            stream.off('error', onError);
            drained = undefined;
        };
        const onDrain = () => {
            cleanup();
            resolve();
        };
        const onClose = () => {
            cleanup();
            reject(new StreamClosedError('stream closed while waiting to send'));
        };
        const onError = (err) => {
            cleanup();
            reject(err);
        };
        stream.on('drain', onDrain);
        stream.on('close', onClose);
        stream.on('error', onError);
    }));
    return {
        async send(packet) {
            if (stream.destroyed || stream.writableEnded)
                throw new StreamClosedError('stream closed, cannot send');
            if (!stream.write(codec.encode(packet)))
                await waitDrain();
        },
        receive() {
            return readMessages(stream, (m) => codec.decode(m));
        },
    };
}
/**
 * Reads a stream's messages one at a time with flow control (pauses the stream while the consumer is busy).
 * Unlike `for await (\u2026 of stream)`, stopping early does not destroy the stream. Ends at the peer's
 * half-close; throws StreamClosedError if the stream closes without one (e.g. a cancelled gRPC call).
 */
async function* readMessages(stream, decode) {
    const queue = [];
    let ended = false;
    let failure;
    let wake;
    const notify = () => {
        const w = wake;
        wake = undefined;
        w?.();
    };
    const onData = (m) => {
        queue.push(m);
        if (queue.length >= 16)
            stream.pause();
        notify();
    };
    const onEnd = () => {
        ended = true;
        notify();
    };
    const onClose = () => {
        if (!ended && failure === undefined)
            failure = new StreamClosedError('stream closed before the transfer finished');
        notify();
    };
    const onError = (err) => {
        failure ??= err;
        notify();
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('close', onClose);
    stream.on('error', onError);
    if (stream.readableEnded)
        ended = true;
    else if (stream.destroyed)
        onClose();
    try {
        for (;;) {
            if (queue.length > 0) {
                const m = queue.shift();
                if (queue.length < 4 && stream.isPaused())
                    stream.resume();
                yield decode(m);
                continue;
            }
            if (failure !== undefined)
                throw failure;
            if (ended)
                return;
            await new Promise((resolve) => (wake = resolve));
        }
    }
    finally {
        stream.off('data', onData);
        stream.off('end', onEnd);
        stream.off('close', onClose);
        stream.off('error', onError);
        // Leave the stream paused if we stop reading: nothing more should be consumed on our behalf.
        if (!ended)
            stream.pause();
    }
}


/***/ }),

/***/ 2227:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ isDirMode),
/* harmony export */   QJ: () => (/* binding */ GoMode),
/* harmony export */   Tc: () => (/* binding */ deviceNumbers),
/* harmony export */   dl: () => (/* binding */ isSymlinkMode),
/* harmony export */   rC: () => (/* binding */ posixPermFromGoMode),
/* harmony export */   sn: () => (/* binding */ isRegularMode),
/* harmony export */   tF: () => (/* binding */ goModeFromPosix)
/* harmony export */ });
/* unused harmony export GO_MODE_TYPE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/**
 * Go `os.FileMode` bits, which is what fsutil puts in `Stat.mode` (not POSIX st_mode).
 * Values are unsigned 32-bit; `>>> 0` keeps the top bit (ModeDir) positive in JS.
 */

const GoMode = {
    Dir: 0x80000000 >>> 0,
    Append: 0x40000000,
    Exclusive: 0x20000000,
    Temporary: 0x10000000,
    Symlink: 0x08000000,
    Device: 0x04000000,
    NamedPipe: 0x02000000,
    Socket: 0x01000000,
    Setuid: 0x00800000,
    Setgid: 0x00400000,
    CharDevice: 0x00200000,
    Sticky: 0x00100000,
    Irregular: 0x00080000,
    Perm: 0o777,
};
/** Go's os.ModeType: any of these bits means "not a regular file". */
const GO_MODE_TYPE = (GoMode.Dir |
    GoMode.Symlink |
    GoMode.NamedPipe |
    GoMode.Socket |
    GoMode.Device |
    GoMode.CharDevice |
    GoMode.Irregular) >>>
    0;
const S_IFMT = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFMT;
/**
 * POSIX st_mode \u2192 Go FileMode, as Go's os.Lstat does; then fsutil clears the socket bit (archive/tar cannot
 * represent sockets), so a socket travels as a mode-only "regular" entry exactly as the Go client sends it.
 */
function goModeFromPosix(stMode) {
    let mode = stMode & 0o777;
    switch (stMode & S_IFMT) {
        case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFBLK:
            mode |= GoMode.Device;
            break;
        case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFCHR:
            mode |= GoMode.Device | GoMode.CharDevice;
            break;
        case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFDIR:
            mode |= GoMode.Dir;
            break;
        case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFIFO:
            mode |= GoMode.NamedPipe;
            break;
        case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFLNK:
            mode |= GoMode.Symlink;
            break;
        default:
            // S_IFREG adds nothing; S_IFSOCK would add ModeSocket, which fsutil clears.
            break;
    }
    if (stMode & 0o4000)
        mode |= GoMode.Setuid;
    if (stMode & 0o2000)
        mode |= GoMode.Setgid;
    if (stMode & 0o1000)
        mode |= GoMode.Sticky;
    return mode >>> 0;
}
/** Go FileMode \u2192 the chmod(2) argument (permissions plus setuid/setgid/sticky). */
function posixPermFromGoMode(mode) {
    let perm = mode & 0o777;
    if (mode & GoMode.Setuid)
        perm |= 0o4000;
    if (mode & GoMode.Setgid)
        perm |= 0o2000;
    if (mode & GoMode.Sticky)
        perm |= 0o1000;
    return perm;
}
/** Only entries with none of the type bits can be requested (fsutil fileCanRequestData); must match on both sides. */
function isRegularMode(mode) {
    return ((mode >>> 0) & GO_MODE_TYPE) === 0;
}
function isDirMode(mode) {
    return ((mode >>> 0) & GoMode.Dir) !== 0;
}
function isSymlinkMode(mode) {
    return ((mode >>> 0) & GoMode.Symlink) !== 0;
}
/** Linux dev_t split the way Go's fsutil does it (glibc's old encoding, 12-bit major). */
function deviceNumbers(rdev) {
    return {
        major: (rdev >> 8n) & 0xfffn,
        minor: (rdev & 0xffn) | ((rdev >> 12n) & 0xfff00n),
    };
}


/***/ }),

/***/ 6038:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ AUTH_SERVICE),
/* harmony export */   _R: () => (/* binding */ FILE_SEND_SERVICE),
/* harmony export */   fA: () => (/* binding */ FILE_SYNC_SERVICE)
/* harmony export */ });
// Code generated by scripts/gen-proto.ts from filesync.proto. DO NOT EDIT: change the .proto file and run
// `npm run gen:proto`. Messages in the plain-object form the registry encodes and decodes (see types.ts).
const FILE_SYNC_SERVICE = 'moby.filesync.v1.FileSync';
const FILE_SEND_SERVICE = 'moby.filesync.v1.FileSend';
const AUTH_SERVICE = 'moby.filesync.v1.Auth';


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

/***/ 9853:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ DockerAuthProvider)
/* harmony export */ });
/* harmony import */ var _grpc_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9499);
/* harmony import */ var _proto_filesync_pb_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6038);


/** Serves Auth from a credential provider (named after BuildKit's authprovider.NewDockerAuthProvider, its Go twin). */
class DockerAuthProvider {
    credentials;
    serviceName = _proto_filesync_pb_js__WEBPACK_IMPORTED_MODULE_1__/* .AUTH_SERVICE */ .Bf;
    advertisedMethods = ['Credentials', 'FetchToken', 'GetTokenAuthority', 'VerifyTokenAuthority'];
    constructor(credentials) {
        this.credentials = credentials;
    }
    /** What the daemon gets for `host`: callers explaining a rejected push ask the same question. */
    lookup(host) {
        return this.credentials.lookup(host);
    }
    handlers() {
        // FetchToken and the token-authority calls are not served: bakekit hands the daemon credentials, not tokens.
        const unimplemented = (_call, callback) => callback(new _grpc_status_js__WEBPACK_IMPORTED_MODULE_0__/* .StatusError */ .Xs(_grpc_status_js__WEBPACK_IMPORTED_MODULE_0__/* .Code */ .Cy.UNIMPLEMENTED, 'not implemented by bakekit'));
        return {
            Credentials: (call, callback) => {
                const creds = this.lookup(call.request.Host ?? '');
                callback(null, creds ? { Username: creds.username, Secret: creds.secret } : {});
            },
            FetchToken: unimplemented,
            GetTokenAuthority: unimplemented,
            VerifyTokenAuthority: unimplemented,
        };
    }
}


/***/ }),

/***/ 9320:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ FileSend)
});

// UNUSED EXPORTS: rawFileSendDefinition

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/buildkit/proto/registry.js + 2 modules
var registry = __webpack_require__(7062);
;// CONCATENATED MODULE: ./lib/buildkit/proto/filesync.js
/**
 * `moby.filesync.v1.BytesMessage` frames (filesync.proto): FileSend carries an exported tarball in them.
 */

const BYTES_MESSAGE_TYPE = 'moby.filesync.v1.BytesMessage';
function encodeBytesMessage(data) {
    return encodeMessage(BYTES_MESSAGE_TYPE, { data });
}
function decodeBytesMessage(bytes) {
    return (0,registry.decodeMessage)(BYTES_MESSAGE_TYPE, bytes).data ?? Buffer.alloc(0);
}

// EXTERNAL MODULE: ./lib/buildkit/proto/filesync.pb.js
var filesync_pb = __webpack_require__(6038);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/channel.js
var fsutil_channel = __webpack_require__(5957);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/buildkit/proto/fsutil.js + 1 modules
var fsutil = __webpack_require__(925);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/mode.js
var fsutil_mode = __webpack_require__(2227);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/names.js
var names = __webpack_require__(1626);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/paths.js
var paths = __webpack_require__(8150);
;// CONCATENATED MODULE: ./lib/buildkit/fsutil/receive-registry.js
/**
 * How the receivers of this process (receiver.ts) share directory trees. Several may write into one tree at once
 * (bake targets sharing `dest`, per-platform streams). A path one of them uses as a directory cannot become a file or
 * symlink for another while both run (that would pull the directory from under the first, or turn it into a link it
 * then writes through): the second fails with a conflict, instead of the tree ending up as a race left it. The last
 * receiver using a directory applies its metadata. A mirror receive needs its destination to itself. Writers outside
 * this process are not coordinated with.
 */

/**
 * The receivers of this process writing into directory trees, and what each of them is doing where (see the
 * module comment). Claims are taken and checked synchronously, so of two receivers that disagree about a path the
 * second always sees the first.
 */
class ReceiveRegistry {
    active = new Set();
    /** path \u2192 receivers using it as a directory: writing into it, setting its metadata at the end */
    dirs = new Map();
    /** path \u2192 receivers about to put a file, symlink or hardlink there */
    entries = new Map();
    /** directory \u2192 its final metadata being applied: a receiver starting to use it waits (a read-only mode must
     * land before that receiver makes it writable again, not after) */
    finalizing = new Map();
    begin(root, mirror) {
        for (const other of this.active) {
            if ((mirror || other.mirror) && overlaps(root, other.root)) {
                throw new Error(`${mirror ? root : other.root}: an output with mode=delete needs its destination to itself, but another export writes into ${mirror ? other.root : root} at the same time (give the outputs separate destinations)`);
            }
        }
        const r = { root, mirror, dirs: new Set(), entries: new Set() };
        this.claimDir(r, root);
        this.active.add(r);
        return r;
    }
    end(r) {
        for (const p of r.dirs)
            release(this.dirs, p, r);
        for (const p of r.entries)
            release(this.entries, p, r);
        r.dirs.clear();
        r.entries.clear();
        this.active.delete(r);
    }
    claimDir(r, abs) {
        if (hasOther(this.entries, abs, r))
            throw conflictError(abs);
        claim(this.dirs, abs, r);
        r.dirs.add(abs);
    }
    claimEntry(r, abs) {
        if (hasOther(this.dirs, abs, r))
            throw conflictError(abs);
        claim(this.entries, abs, r);
        r.entries.add(abs);
    }
    releaseEntry(r, abs) {
        release(this.entries, abs, r);
        r.entries.delete(abs);
    }
    /** r is done with the directory; true when no other receiver uses it (r then applies its metadata). */
    releaseDir(r, abs) {
        release(this.dirs, abs, r);
        r.dirs.delete(abs);
        return !this.dirs.has(abs);
    }
    finalize(abs, apply) {
        const p = apply();
        this.finalizing.set(abs, p);
        const clear = () => {
            if (this.finalizing.get(abs) === p)
                this.finalizing.delete(abs);
        };
        p.then(clear, clear);
        return p;
    }
    async settled(abs) {
        await this.finalizing.get(abs)?.catch(() => { });
    }
}
/** The one registry of this process. */
const receive_registry_registry = new ReceiveRegistry();
function claim(map, abs, r) {
    let set = map.get(abs);
    if (!set)
        map.set(abs, (set = new Set()));
    set.add(r);
}
function release(map, abs, r) {
    const set = map.get(abs);
    if (!set)
        return;
    set.delete(r);
    if (set.size === 0)
        map.delete(abs);
}
function hasOther(map, abs, r) {
    const set = map.get(abs);
    return set !== undefined && (set.size > 1 || !set.has(r));
}
function conflictError(abs) {
    return new Error(`conflicting outputs: ${abs} is a directory in one export and a file or symlink in another, both writing into it at the same time (give the outputs separate destinations)`);
}
/** One directory is the other or inside it. */
function overlaps(a, b) {
    const inside = (x, y) => x === y || x.startsWith(y.endsWith(external_node_path_.sep) ? y : y + external_node_path_.sep);
    return inside(a, b) || inside(b, a);
}

;// CONCATENATED MODULE: ./lib/buildkit/fsutil/receiver.js
/**
 * fsutil receiver: the daemon streams a tree (the `local` exporter), we recreate it under a destination
 * directory. By default the tree is merged with what is there (nothing is deleted except entries replaced by one
 * of another kind); with `mirror` (`mode=delete`: fsutil's ReceiveOpt Merge=false) whatever the stream did not
 * contain is removed once the whole tree has arrived, so the directory then holds exactly the received tree.
 *
 * Written by hand after tonistiigi/fsutil's receiver (receive.go) and RootDiskWriter (rootdiskwriter.go): there is
 * no JavaScript fsutil, and Node has no os.Root (openat confined to a directory), so instead of the kernel the
 * checks below keep every write inside the destination.
 *
 * Every STAT is checked before touching the disk: relative, clean, no `..`, in fsutil order with its parent
 * directory sent earlier in this stream (so every parent is a directory this receiver created or kept, never
 * a pre-existing symlink), hardlinks only to files of this stream. A directory that exists is kept (one being
 * created meanwhile by another receiver too); anything else is written under a temporary name in its directory
 * and renamed into place when complete, as fsutil's writer does, so it replaces an existing file or symlink
 * atomically and never writes through one. Regular files are requested at their STAT and their DATA written as
 * it arrives (one packet at a time, so a slow disk slows the stream instead of filling memory); hardlinks are
 * made when their file is complete. Modes and mtimes are applied before the rename, directories' last (their
 * mtimes change while children are written). Ownership is left to the current user, like the Go client. Mirror
 * removal happens only after a complete transfer, lists only directories of the received tree and removes
 * entries without following symlinks; the destination itself is never removed.
 *
 * Several receivers may write into one tree at once (bake targets sharing `dest`, per-platform streams): they
 * coordinate through a process-wide registry (receive-registry.ts), which fails the second of two receivers that
 * disagree about what a path is.
 *
 * Names are bytes: a path or link target that is not UTF-8 arrives escaped (names.ts, wire.ts decodePacketNames) and
 * reaches the file system as the Buffer of its bytes. Hardlinks are made as links. FIFOs are made with coreutils'
 * `mkfifo`, device nodes with `mknod` (Node has neither call), at a temporary name placed like any other entry; a
 * device node needs CAP_MKNOD (root), and one that cannot be made is reported by name (ReceiveOptions.onWarning,
 * ReceiveResult.skipped) instead of failing the export. Extended attributes the daemon sends are not written (Node has
 * no xattr call; no native addon): one warning per transfer names the entries that had them.
 *
 * The per-entry calls (open, write, chmod, utimes, close, symlink, rename, lstat) are synchronous, as fsutil's own
 * writer's are: each is microseconds against the page cache, while its promise form costs a thread-pool round trip and
 * an event-loop turn, which for an image's thousands of small entries was most of the receiver's CPU
 * (docs/benchmarks.md). The one exception is the rename that places a large file (PLACE_OFF_THREAD_BYTES). Packets are
 * still handled one at a time, so a slow disk slows the stream, as before.
 */











async function receiveTree(channel, dest, opts = {}) {
    const result = { files: 0, bytes: 0, skipped: [] };
    const warn = (message) => {
        (result.warnings ??= []).push(message);
        opts.onWarning?.(message);
    };
    const order = new OrderValidator();
    const regularFiles = new Map();
    const pending = new Map();
    const dirs = [];
    // mirror: what the stream created, to tell what is extra
    const received = opts.mirror ? new Set() : undefined;
    let me;
    let nextId = 0;
    let listingDone = false;
    let finSent = false;
    const openTemp = (file) => {
        // O_CREAT|O_EXCL: a fresh inode, never an existing file (or a link) reused
        const [temp, fd] = withTempName(external_node_path_.dirname(file.abs), (t) => external_node_fs_.openSync((0,names/* fsPath */.Jk)(t), 'wx', 0o600));
        file.temp = temp;
        file.fd = fd;
        return fd;
    };
    /** A hardlink `abs` to the file now at `source` (its temporary name, or its place once complete). */
    const makeLink = async (source, abs) => {
        const [temp] = withTempName(external_node_path_.dirname(abs), (t) => external_node_fs_.linkSync((0,names/* fsPath */.Jk)(source), (0,names/* fsPath */.Jk)(t)));
        await place(temp, abs);
        receive_registry_registry.releaseEntry(me, abs);
    };
    const finishIfDone = async () => {
        if (!listingDone || pending.size > 0 || finSent)
            return;
        if (received)
            result.removed = await removeExtraEntries(me.root, ['', ...dirs.map((d) => d.path)], received);
        if (result.xattrsDropped)
            warn(xattrWarning(result.xattrsDropped));
        // Deepest first: a parent's restrictive mode must not block its children's updates. A directory another
        // receiver still writes into is left to it: the last one out sets the metadata.
        for (const d of dirs.reverse()) {
            if (receive_registry_registry.releaseDir(me, d.abs)) {
                await receive_registry_registry.finalize(d.abs, () => Promise.resolve(applyMetadata(d.abs, d.stat)));
            }
        }
        finSent = true;
        await channel.send({ type: fsutil/* PacketType */.LP.FIN });
    };
    const applyStat = async (stat, id) => {
        const path = stat.path ?? ''; // proto3: an empty path arrives as an absent field
        const mode = stat.mode ?? 0;
        if (!(0,paths/* isSafeRelativePath */.VH)(path))
            throw new Error(`refusing to write ${JSON.stringify(path)}: not a clean path inside the destination`);
        order.check(path, (0,fsutil_mode/* isDirMode */.De)(mode));
        const root = me.root;
        const abs = external_node_path_.join(root, path);
        if (stat.xattrs && Object.keys(stat.xattrs).length > 0)
            (result.xattrsDropped ??= []).push(path);
        if ((0,fsutil_mode/* isDirMode */.De)(mode)) {
            receive_registry_registry.claimDir(me, abs);
            await ensureDir(abs);
            dirs.push({ path, abs, stat });
            received?.add(path);
        }
        else if ((0,fsutil_mode/* isSymlinkMode */.dl)(mode)) {
            const target = stat.linkname ?? '';
            // (a link's target is kept as sent \u2014 it is never followed while writing \u2014 but no OS takes a NUL in it)
            if (target.includes('\0'))
                throw new Error(`refusing to create symlink ${JSON.stringify(path)}: its target contains a NUL byte`);
            receive_registry_registry.claimEntry(me, abs);
            const [temp] = withTempName(external_node_path_.dirname(abs), (t) => external_node_fs_.symlinkSync((0,names/* fsPath */.Jk)(target), (0,names/* fsPath */.Jk)(t)));
            try {
                applyMetadata(temp, stat);
            }
            catch (err) {
                external_node_fs_.rmSync((0,names/* fsPath */.Jk)(temp), { force: true });
                throw err;
            }
            await place(temp, abs);
            receive_registry_registry.releaseEntry(me, abs);
            received?.add(path);
        }
        else if ((0,fsutil_mode/* isRegularMode */.sn)(mode) && stat.linkname) {
            const target = stat.linkname;
            const file = (0,paths/* isSafeRelativePath */.VH)(target) ? regularFiles.get(target) : undefined;
            if (!file)
                throw new Error(`invalid link ${path} to unknown path: ${JSON.stringify(target)}`);
            receive_registry_registry.claimEntry(me, abs);
            received?.add(path);
            if (!file.done) {
                file.links.push(abs);
                return;
            }
            // its file is complete and in place: link to it if it still is a regular file (another receiver may have
            // replaced it since, with its own version of the same path)
            if (!lstatOrNull(file.abs)?.isFile())
                throw new Error(`cannot link ${path} to ${target}: ${target} is no longer a regular file`);
            await makeLink(file.abs, abs);
        }
        else if ((0,fsutil_mode/* isRegularMode */.sn)(mode)) {
            receive_registry_registry.claimEntry(me, abs);
            const file = { path, abs, stat, bytes: 0, done: false, links: [] };
            regularFiles.set(path, file);
            pending.set(id, file);
            received?.add(path);
            await channel.send({ type: fsutil/* PacketType */.LP.REQ, ID: id });
        }
        else if (mode & (fsutil_mode/* GoMode */.QJ.NamedPipe | fsutil_mode/* GoMode */.QJ.Device)) {
            receive_registry_registry.claimEntry(me, abs);
            const made = await makeSpecial(root, abs, stat);
            receive_registry_registry.releaseEntry(me, abs);
            if (made === true) {
                received?.add(path);
            }
            else {
                result.skipped.push(path);
                warn(`${(0,names/* displayName */.QC)(path)}: ${specialKind(mode, stat)} not created: ${made}`);
            }
        }
        else {
            // a socket (fsutil clears the socket bit, so it never arrives as one) or another type: nothing to make
            result.skipped.push(path);
            warn(`${(0,names/* displayName */.QC)(path)}: an entry of type ${(mode >>> 0).toString(16)} not created`);
        }
    };
    const completeFile = async (id, file) => {
        const fd = file.fd ?? openTemp(file);
        file.fd = undefined;
        try {
            external_node_fs_.fchmodSync(fd, (0,fsutil_mode/* posixPermFromGoMode */.rC)(file.stat.mode ?? 0));
            const t = nsToSeconds(file.stat.modTime);
            external_node_fs_.futimesSync(fd, t, t);
        }
        finally {
            external_node_fs_.closeSync(fd);
        }
        for (const link of file.links.splice(0))
            await makeLink(file.temp, link);
        const temp = file.temp;
        file.temp = undefined;
        await place(temp, file.abs, file.bytes >= PLACE_OFF_THREAD_BYTES);
        file.done = true;
        receive_registry_registry.releaseEntry(me, file.abs);
        pending.delete(id);
        result.files++;
        result.bytes += file.bytes;
        opts.onFile?.(file.path, file.bytes);
        await finishIfDone();
    };
    try {
        // synchronous like the per-entry calls (header): the daemon's first STATs are already here, and each event-loop
        // turn before their REQs go out delays the export's data (25\u201331 ms in a busy fan-out with these two awaited)
        external_node_fs_.mkdirSync(dest, { recursive: true });
        me = receive_registry_registry.begin(external_node_fs_.realpathSync.native(dest), opts.mirror === true);
        for await (const packet of channel.receive()) {
            opts.signal?.throwIfAborted();
            switch (packet.type ?? fsutil/* PacketType */.LP.STAT) {
                case fsutil/* PacketType */.LP.ERR:
                    throw new Error(`error from sender: ${packet.data?.toString() ?? ''}`);
                case fsutil/* PacketType */.LP.STAT: {
                    if (listingDone)
                        throw new Error('protocol error: STAT after the end of the listing');
                    if (!packet.stat) {
                        listingDone = true;
                        await finishIfDone();
                        break;
                    }
                    await applyStat(packet.stat, nextId++);
                    break;
                }
                case fsutil/* PacketType */.LP.DATA: {
                    const id = packet.ID ?? 0;
                    const file = pending.get(id);
                    if (!file)
                        throw new Error(`invalid file request ${id}`);
                    const data = packet.data;
                    if (!data || data.length === 0) {
                        await completeFile(id, file);
                        break;
                    }
                    writeAll(file.fd ?? openTemp(file), data);
                    file.bytes += data.length;
                    break;
                }
                case fsutil/* PacketType */.LP.FIN:
                    if (!finSent)
                        throw new Error('protocol error: sender finished before the transfer was complete');
                    return result;
                default:
                    break;
            }
        }
    }
    catch (err) {
        // Once our FIN is out the tree is complete; a sender that hangs up instead of answering FIN is fine.
        if (finSent && err instanceof fsutil_channel/* StreamClosedError */.LL)
            return result;
        if (!(err instanceof fsutil_channel/* StreamClosedError */.LL)) {
            await channel
                .send({ type: fsutil/* PacketType */.LP.ERR, data: Buffer.from(err.message ?? String(err)) })
                .catch(() => { });
        }
        throw err;
    }
    finally {
        // files never completed leave nothing behind (what was placed stays, as in a merge)
        for (const file of pending.values()) {
            try {
                if (file.fd !== undefined)
                    external_node_fs_.closeSync(file.fd);
                if (file.temp)
                    external_node_fs_.rmSync((0,names/* fsPath */.Jk)(file.temp), { force: true });
            }
            catch {
                /* the transfer's own error is the one to report */
            }
        }
        if (me)
            receive_registry_registry.end(me);
    }
    if (!finSent)
        throw new Error('sender closed the stream before the transfer was complete');
    return result;
}
function writeAll(fd, data) {
    let offset = 0;
    while (offset < data.length) {
        offset += external_node_fs_.writeSync(fd, data, offset, data.length - offset);
    }
}
function errorCode(err) {
    return err?.code;
}
function lstatOrNull(abs) {
    // throwIfNoEntry false: no exception built for the common "not there yet"
    return external_node_fs_.lstatSync((0,names/* fsPath */.Jk)(abs), { throwIfNoEntry: false }) ?? null;
}
/**
 * Makes `abs` a directory: an existing one is kept (made owner-writable while children arrive \u2014 one an earlier
 * export left read-only too; its mode is set at the end), a file or symlink there is removed (the link itself,
 * never its target) and a directory made. Another receiver creating it at the same moment is fine.
 */
async function ensureDir(abs) {
    await receive_registry_registry.settled(abs);
    const p = (0,names/* fsPath */.Jk)(abs);
    for (let attempt = 0;; attempt++) {
        const existing = lstatOrNull(abs);
        if (existing?.isDirectory()) {
            if ((existing.mode & 0o700) !== 0o700)
                external_node_fs_.chmodSync(p, (existing.mode & 0o7777) | 0o700);
            return;
        }
        if (existing) {
            try {
                external_node_fs_.unlinkSync(p);
            }
            catch (err) {
                if (errorCode(err) !== 'ENOENT')
                    throw err;
            }
        }
        try {
            // Owner-writable while children arrive; the real mode is applied at the end.
            external_node_fs_.mkdirSync(p, { mode: 0o700 });
            return;
        }
        catch (err) {
            // made meanwhile (by another receiver): look again
            if (errorCode(err) !== 'EEXIST' || attempt >= 8)
                throw err;
        }
    }
}
/** Temporary names: a per-process random part (other processes writing into the tree) and a counter. */
const TEMP_PREFIX = `.tmp.bakekit-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}-`;
let tempCounter = 0;
/** Runs `create` on a fresh temporary name in `dir`, trying another name if that one exists. */
function withTempName(dir, create) {
    for (let attempt = 0;; attempt++) {
        const temp = external_node_path_.join(dir, `${TEMP_PREFIX}${++tempCounter}`);
        try {
            return [temp, create(temp)];
        }
        catch (err) {
            if (errorCode(err) !== 'EEXIST' || attempt >= 8)
                throw err;
        }
    }
}
/** withTempName for a `create` that is asynchronous (a FIFO or device node made by a coreutils process). */
async function withTempNameAsync(dir, create) {
    for (let attempt = 0;; attempt++) {
        const temp = external_node_path_.join(dir, `${TEMP_PREFIX}${++tempCounter}`);
        try {
            return [temp, await create(temp)];
        }
        catch (err) {
            if (errorCode(err) !== 'EEXIST' || attempt >= 8)
                throw err;
        }
    }
}
/**
 * A regular file of at least this many bytes is renamed into place on the thread pool. A rename that replaces a file
 * is where the kernel does a large file's deferred work: ext4 (`auto_da_alloc`, its default) starts writing the new
 * file back, and the old file's blocks are freed: 1.5\u20134.7 ms for a 2 MB file, 25\u201341 ms for 96 MiB, against 20\u2013500 \u00b5s
 * for a small entry (`strace -T`). On the main thread that stalls every other stream, status and keepalive of the run;
 * off it, only this transfer waits, as it must. Small entries stay synchronous: their thread-pool round trip would
 * cost more than the call (header). docs/benchmarks.md, "Twentieth round".
 */
const PLACE_OFF_THREAD_BYTES = 256 * 1024;
/**
 * Renames a finished entry from its temporary name into place: rename replaces a file or symlink there atomically
 * (the link itself); a directory there (stale: one a running receiver uses would have been a conflict at the STAT)
 * goes first, with its contents. The temporary entry is removed if it cannot be placed.
 */
async function place(temp, abs, offThread = false) {
    const from = (0,names/* fsPath */.Jk)(temp);
    const to = (0,names/* fsPath */.Jk)(abs);
    for (let attempt = 0;; attempt++) {
        try {
            if (offThread)
                await external_node_fs_.promises.rename(from, to);
            else
                external_node_fs_.renameSync(from, to);
            return;
        }
        catch (err) {
            if (errorCode(err) !== 'EISDIR' || attempt >= 4) {
                external_node_fs_.rmSync(from, { force: true });
                throw err;
            }
        }
        // rm never follows a symlink: a link inside the old directory is removed, not what it points to
        await external_node_fs_.promises.rm(to, { recursive: true, force: true });
    }
}
/** What a FIFO or device STAT stands for, in words. */
function specialKind(mode, stat) {
    if (mode & fsutil_mode/* GoMode */.QJ.NamedPipe)
        return 'a FIFO';
    const kind = mode & fsutil_mode/* GoMode */.QJ.CharDevice ? 'a character device' : 'a block device';
    return `${kind} (${stat.devmajor ?? '0'}, ${stat.devminor ?? '0'})`;
}
/**
 * Makes a FIFO or device node for `stat` at `abs`: `mkfifo`/`mknod` (coreutils; Node has neither call) create it at a
 * temporary name (arguments, never a shell; a name whose directory is not UTF-8 is made in the root and renamed, as a
 * process argument cannot carry its bytes), its mode and mtime are set, then it is renamed into place like every other
 * entry. true, or why it could not be made (the caller warns and goes on, as a file system without FIFOs or a user
 * without CAP_MKNOD should not lose the rest of the export).
 */
async function makeSpecial(root, abs, stat) {
    const mode = stat.mode ?? 0;
    const perm = ((0,fsutil_mode/* posixPermFromGoMode */.rC)(mode) & 0o7777).toString(8);
    const dir = external_node_path_.dirname(abs);
    const tempDir = (0,names/* hasEscapes */.Tl)(dir) ? root : dir;
    let temp;
    try {
        [temp] = await withTempNameAsync(tempDir, async (t) => {
            const args = mode & fsutil_mode/* GoMode */.QJ.NamedPipe
                ? ['mkfifo', ['-m', perm, '--', t]]
                : [
                    'mknod',
                    [
                        '-m',
                        perm,
                        '--',
                        t,
                        mode & fsutil_mode/* GoMode */.QJ.CharDevice ? 'c' : 'b',
                        BigInt(stat.devmajor ?? '0').toString(),
                        BigInt(stat.devminor ?? '0').toString(),
                    ],
                ];
            await run(args[0], args[1]);
        });
    }
    catch (err) {
        return err.message;
    }
    try {
        applyMetadata(temp, stat);
    }
    catch (err) {
        external_node_fs_.rmSync((0,names/* fsPath */.Jk)(temp), { force: true });
        throw err;
    }
    await place(temp, abs);
    return true;
}
/** Runs a coreutils command (no shell); rejects with its first line of stderr, `EEXIST`-coded when the name was taken. */
function run(cmd, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(cmd, args, { timeout: 10_000, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' } }, (err, _stdout, stderr) => {
            if (!err)
                return resolve();
            const line = String(stderr).trim().split('\n')[0] || err.message;
            const e = new Error(err.code === 'ENOENT' ? `${cmd} not found (coreutils)` : line);
            if (/File exists/.test(line))
                e.code = 'EEXIST';
            reject(e);
        });
    });
}
/** The one warning for a transfer's extended attributes (at most 10 paths named). */
function xattrWarning(paths) {
    const shown = paths.slice(0, 10).map(names/* displayName */.QC).join(', ');
    const more = paths.length > 10 ? ` and ${paths.length - 10} more` : '';
    return `extended attributes not written (Node has no xattr call): ${paths.length} ${paths.length === 1 ? 'entry' : 'entries'} had them: ${shown}${more}`;
}
/**
 * Mirror mode: removes every entry of the received directories (relative paths, '' for the destination) that is
 * not in `received`. Only directories of the received tree are listed \u2014 each one this receiver created or kept
 * as a real directory \u2014 so nothing outside the destination is reached, and rm removes symlinks without following
 * them. Names are compared as bytes (escaped, names.ts).
 */
async function removeExtraEntries(root, dirs, received) {
    let removed = 0;
    for (const dir of dirs) {
        const dirAbs = (0,names/* fsPath */.Jk)(dir === '' ? root : external_node_path_.join(root, dir));
        for (const name of await external_node_fs_.promises.readdir(dirAbs, { encoding: 'buffer' })) {
            if (received.has(joinRel(dir, (0,names/* decodeName */.e4)(name))))
                continue;
            await external_node_fs_.promises.rm((0,names/* joinFsPath */.NE)(dirAbs, name), { recursive: true, force: true });
            removed++;
        }
    }
    return removed;
}
function nsToSeconds(ns) {
    const n = BigInt(ns ?? '0');
    return Number(n / 1000000000n) + Number(n % 1000000000n) / 1e9;
}
/** chmod (never through a symlink) and mtime (atime = mtime, as fsutil's chtimes does). */
function applyMetadata(abs, stat) {
    const mode = stat.mode ?? 0;
    const p = (0,names/* fsPath */.Jk)(abs);
    if (!(0,fsutil_mode/* isSymlinkMode */.dl)(mode))
        external_node_fs_.chmodSync(p, (0,fsutil_mode/* posixPermFromGoMode */.rC)(mode));
    const t = nsToSeconds(stat.modTime);
    external_node_fs_.lutimesSync(p, t, t);
}
/**
 * fsutil's Validator: paths arrive depth-first with byte-wise sorted siblings, and every path's parent is a
 * directory sent earlier in the stream (or the root).
 */
class OrderValidator {
    stack = [{ dir: '', last: undefined }];
    check(path, isDir) {
        const slash = path.lastIndexOf('/');
        const dir = slash >= 0 ? path.slice(0, slash) : '';
        const base = slash >= 0 ? path.slice(slash + 1) : path;
        while (this.stack.length > 1 && this.stack[this.stack.length - 1].dir !== dir)
            this.stack.pop();
        const top = this.stack[this.stack.length - 1];
        if (top.dir !== dir || (top.last !== undefined && (0,names/* compareNames */.MP)(top.last, base) >= 0)) {
            throw new Error(`changes out of order: ${JSON.stringify(path)} after ${JSON.stringify(joinRel(top.dir, top.last ?? ''))}`);
        }
        top.last = base;
        if (isDir)
            this.stack.push({ dir: path, last: undefined });
    }
}
function joinRel(dir, base) {
    return dir === '' ? base : `${dir}/${base}`;
}

// EXTERNAL MODULE: ./lib/buildkit/grpc/errors.js + 1 modules
var errors = __webpack_require__(8791);
// EXTERNAL MODULE: ./lib/buildkit/grpc/status.js
var grpc_status = __webpack_require__(9499);
// EXTERNAL MODULE: ./lib/buildkit/proto/grpc-service.js
var grpc_service = __webpack_require__(2039);
;// CONCATENATED MODULE: ./lib/buildkit/session/filesend.js
/**
 * FileSend: where exporters stream their output back to us (`local`, `tar`, `oci`/`docker` tarballs).
 *
 * Each DiffCopy call carries `buildkit-attachable-exporter-id` (index into SolveRequest.Exporters, absent \u21d2 0)
 * and one of two payloads:
 * - file mode: `BytesMessage` chunks of one tarball, written in order to a file or a caller's Writable;
 * - directory mode (`local` exporter): fsutil Packets \u2014 the daemon is the fsutil sender and we receive the
 *   tree into a directory. With several platforms the daemon sends each under a `<os>_<arch>` directory
 *   (one stream per platform, or one stream for all on newer daemons); they merge into the destination.
 *   With `mirror` (`mode=delete`) the directory ends up holding exactly the export. That needs the one-stream
 *   transfer \u2014 a stream per platform would each delete the others' files \u2014 which a daemon announces with
 *   `buildkit-exporter-multi-platform: 1` on the call (BuildKit v0.31+); without it the call is refused before
 *   anything is touched, as the Go client does (session/filesync/filesync.go, SyncTarget.DiffCopy).
 *
 * The method is declared `stream BytesMessage`, but directory mode puts Packets in those frames, so this
 * service is served with identity (de)serialisers and decodes each frame itself.
 */










const KEY_EXPORTER_ID = 'buildkit-attachable-exporter-id';
/** Set by daemons that send a multi-platform local export as one stream (BuildKit v0.31+; filesync.go keyExporterMultiPlatformTransfer). */
const KEY_EXPORTER_MULTI_PLATFORM = 'buildkit-exporter-multi-platform';
const KEY_EXPORTER_META_PREFIX = 'exporter-md-';
/** A FileSend definition whose messages are the raw frame bytes, in both directions. */
function rawFileSendDefinition() {
    return (0,grpc_service/* rawStreamDefinition */.Oc)(filesync_pb/* FILE_SEND_SERVICE */._R, 'DiffCopy');
}
class FileSend {
    targets;
    onWarning;
    serviceName = filesync_pb/* FILE_SEND_SERVICE */._R;
    advertisedMethods = ['DiffCopy'];
    /** The definition to register this service with (raw frames; see the module comment). */
    definition = rawFileSendDefinition();
    counters = new Map();
    active = new Set();
    refused;
    /** @param targets one per exporter, in SolveRequest.Exporters order. */
    /** `targets[i]` receives exporter i's output; undefined for exporters that send nothing to the client (image, moby). */
    /** `onWarning`: entries a local export could not write as sent (a device node without root, xattrs), by name */
    constructor(targets, onWarning) {
        this.targets = targets;
        this.onWarning = onWarning;
    }
    handlers() {
        return {
            DiffCopy: (call) => void this.diffCopy(call),
        };
    }
    stats() {
        return Object.fromEntries([...this.counters].map(([id, s]) => [id, { ...s }]));
    }
    /**
     * The first export this client refused before receiving anything (`mode=delete` on a daemon without the one-stream
     * transfer). The daemon's own error for that export is only its consequence ("failed to send stat \u2026: EOF" when
     * the refusal reaches it mid-send), and which of the two the Solve ends with depends on timing: the run reports this.
     */
    refusal() {
        return this.refused;
    }
    close() {
        for (const ac of this.active)
            ac.abort(new Error('session closed'));
    }
    async diffCopy(call) {
        const ac = new AbortController();
        this.active.add(ac);
        const onCancel = () => ac.abort(new Error('export cancelled by the daemon'));
        call.on('cancelled', onCancel);
        ac.signal.addEventListener('abort', () => {
            // Unblocks a receive loop waiting for packets; the daemon sees the call fail.
            if (!call.destroyed)
                call.destroy();
        });
        try {
            const id = exporterId(call.metadata);
            const target = this.targets[id];
            if (!target)
                throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, `exporter ${id} has no destination on this client (this session has ${this.targets.length} exporters)`);
            const counters = this.countersFor(id);
            counters.streams++;
            if (target.mode === 'dir') {
                if (target.mirror && !call.metadata.get(KEY_EXPORTER_MULTI_PLATFORM).some((v) => String(v) === '1')) {
                    this.refused ??= new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.FAILED_PRECONDITION, `output type=local,mode=delete needs BuildKit v0.31 or later: this daemon does not send the whole export in one transfer (multi-platform local export support), which deleting everything else in the destination depends on; nothing in ${target.path} was changed`);
                    throw this.refused;
                }
                await receiveTree((0,fsutil_channel/* streamChannel */.E9)(call, fsutil_channel/* rawCodec */.fn), target.path, {
                    signal: ac.signal,
                    mirror: target.mirror === true,
                    onWarning: (m) => this.onWarning?.(`type=local,dest=${target.path}: ${m}`),
                    onFile: (_path, bytes) => {
                        counters.files++;
                        counters.bytes += bytes;
                    },
                });
            }
            else {
                let out;
                if (target.mode === 'file') {
                    await (0,promises_.mkdir)(external_node_path_.dirname(target.path), { recursive: true });
                    out = (0,external_node_fs_.createWriteStream)(target.path);
                }
                else {
                    out = await target.open(exporterMetadata(call.metadata));
                    if (out === null)
                        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.ALREADY_EXISTS, 'target already exists');
                }
                await writeTarball(call, out, (n) => (counters.bytes += n));
            }
            if (!call.destroyed && !call.writableEnded)
                call.end();
        }
        catch (err) {
            if (!(call.cancelled || call.destroyed || call.writableEnded))
                call.emit('error', (0,errors/* toStatusError */.QL)(err));
        }
        finally {
            call.off('cancelled', onCancel);
            this.active.delete(ac);
        }
    }
    countersFor(id) {
        let c = this.counters.get(id);
        if (!c)
            this.counters.set(id, (c = { streams: 0, files: 0, bytes: 0 }));
        return c;
    }
}
/** Copies BytesMessage chunks to `out` until the daemon half-closes, then waits for `out` to flush. */
async function writeTarball(call, out, onBytes) {
    const outFailed = new Promise((_, reject) => out.once('error', reject));
    outFailed.catch(() => { });
    try {
        for await (const data of (0,fsutil_channel/* readMessages */.Ne)(call, frameBytes)) {
            if (data.length === 0)
                continue;
            if (!out.write(data))
                await Promise.race([new Promise((resolve) => out.once('drain', resolve)), outFailed]);
            onBytes(data.length);
        }
        await Promise.race([new Promise((resolve) => out.end(resolve)), outFailed]);
    }
    catch (err) {
        out.destroy();
        throw err;
    }
}
/** One FileSend frame in file mode: raw BytesMessage bytes, or an already-decoded object (generic definition). */
function frameBytes(message) {
    if (Buffer.isBuffer(message) || message instanceof Uint8Array)
        return decodeBytesMessage(message);
    const data = message?.data;
    return data ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.alloc(0);
}
function exporterId(md) {
    const v = md.get(KEY_EXPORTER_ID)[0];
    if (v === undefined)
        return 0;
    const n = Number.parseInt(String(v), 10);
    return Number.isFinite(n) && n >= 0 ? n : 0;
}
function exporterMetadata(md) {
    const out = {};
    for (const [k, v] of Object.entries(md.getMap())) {
        if (k.startsWith(KEY_EXPORTER_META_PREFIX))
            out[k.slice(KEY_EXPORTER_META_PREFIX.length)] = String(v);
    }
    return out;
}


/***/ }),

/***/ 5587:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I$: () => (/* binding */ FileSync)
});

// UNUSED EXPORTS: metadataValues, rawFileSyncDefinition

// EXTERNAL MODULE: ./lib/buildkit/proto/filesync.pb.js
var filesync_pb = __webpack_require__(6038);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/channel.js
var channel = __webpack_require__(5957);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/buildkit/proto/fsutil.js + 1 modules
var fsutil = __webpack_require__(925);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/mode.js
var fsutil_mode = __webpack_require__(2227);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/names.js
var fsutil_names = __webpack_require__(1626);
;// CONCATENATED MODULE: ./lib/buildkit/fsutil/sender.js
/**
 * fsutil sender: stream STATs, answer the receiver's REQs with DATA, reply FIN to FIN.
 *
 * The listing and the file contents share one stream and run concurrently (the daemon requests files while
 * it is still reading STATs). Requested files are read by a few parallel readers \u2014 small ones in one synchronous
 * read, larger ones streamed in 256 KiB chunks \u2014 each file ending with an empty DATA; DATA of different files may
 * interleave. Every send waits for the stream to drain, so memory stays bounded by the readers' chunks whatever
 * the file sizes.
 *
 * A requested file that vanished since it was listed (or became something other than a regular file) is sent empty,
 * as fsutil does. One that cannot be read \u2014 no read permission, an I/O error \u2014 fails the transfer with an ERR naming
 * it (`open /ctx/secret.txt: permission denied`, the form fsutil's walk reports an unreadable directory in):
 * fsutil ignores the open error and sends such a file empty, so the build succeeds with an empty file in the image.
 */






/**
 * Go sends 32 KiB chunks; through grpc-js and the session tunnel every packet has a fixed cost, and 256 KiB
 * measured fastest (docs/benchmarks.md): fewer reads and packets, while larger ones let the transfer stall on
 * HTTP/2 flow control.
 */
const DEFAULT_CHUNK_SIZE = 256 * 1024;
const DEFAULT_READERS = 4;
/**
 * Files up to this size are read with one synchronous open/fstat/read/close: from the page cache that takes a few
 * microseconds, while the promise API costs four thread-pool round trips per file \u2014 the bulk of sending a context
 * of many small files. Larger files stream asynchronously in chunks.
 */
const SMALL_FILE_SIZE = 64 * 1024;
/** How long a failing sender waits for the receiver to read its ERR and hang up before ending the call itself. */
const ERR_GRACE_MS = 1000;
/**
 * Runs the sender side until the receiver's FIN has been answered. `root` is the directory the STAT paths
 * are relative to; `stats` yields them in fsutil order (see walker.ts). Rejects on a receiver ERR, an
 * unknown REQ id, a local failure (after sending ERR) or the stream ending without FIN; the caller then
 * ends or destroys the stream.
 */
async function sendTree(channel, root, stats, opts = {}) {
    const chunkSize = opts.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const abort = new AbortController();
    const onOuterAbort = () => abort.abort(opts.signal.reason);
    if (opts.signal?.aborted)
        throw opts.signal.reason;
    opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
    let failWith;
    const failed = new Promise((_, reject) => (failWith = reject));
    failed.catch(() => { }); // observed through Promise.race below
    /** our own failure, once its ERR is on the way: what the transfer fails with, whatever the peer does meanwhile */
    let ownError;
    const fail = (err) => {
        if (abort.signal.aborted)
            return;
        if (ownError)
            err = ownError.err;
        abort.abort(err);
        failWith(err);
    };
    let receiverGone;
    /**
     * Fails the transfer with an ERR to the receiver first. The call then ends with an error status, which grpc-js may
     * deliver before a message still queued; the ERR is what the daemon should report (`error from sender: \u2026`, as
     * for a Go sender), so the failure waits for the receiver to hang up after reading it, or ERR_GRACE_MS.
     */
    const failWithErr = async (err) => {
        if (abort.signal.aborted || ownError)
            return;
        ownError = { err };
        await channel.send({ type: fsutil/* PacketType */.LP.ERR, data: Buffer.from(errorMessage(err)) }).catch(() => { });
        let timer;
        await Promise.race([receiverGone, new Promise((r) => (timer = setTimeout(r, ERR_GRACE_MS)))]);
        clearTimeout(timer);
        fail(err);
    };
    abort.signal.addEventListener('abort', () => failWith(abort.signal.reason), { once: true });
    // id \u2192 regular file not yet requested (path, size as listed); ids count every STAT, in emission order.
    const requestable = new Map();
    const queue = new WorkQueue();
    const listing = (async () => {
        let id = 0;
        try {
            for await (const stat of stats) {
                if (abort.signal.aborted)
                    return;
                if ((0,fsutil_mode/* isRegularMode */.sn)(stat.mode ?? 0))
                    requestable.set(id, { path: stat.path, size: Number(stat.size ?? 0) });
                id++;
                await channel.send({ type: fsutil/* PacketType */.LP.STAT, stat });
            }
            await channel.send({ type: fsutil/* PacketType */.LP.STAT });
        }
        catch (err) {
            await failWithErr(err);
        }
    })();
    const sendFile = async (id, rel, size) => {
        const abs = (0,fsutil_names/* hasEscapes */.Tl)(rel) ? (0,fsutil_names/* joinFsPath */.NE)(root, (0,fsutil_names/* encodeName */.aA)(rel)) : external_node_path_.join(root, rel);
        if (size <= SMALL_FILE_SIZE) {
            const content = readSmallFile(abs, size);
            if (content !== 'large') {
                for (let off = 0; off < content.length; off += chunkSize) {
                    if (abort.signal.aborted)
                        return;
                    const data = content.subarray(off, Math.min(off + chunkSize, content.length));
                    await channel.send({ type: fsutil/* PacketType */.LP.DATA, ID: id, data });
                    opts.onData?.(data.length);
                }
                await channel.send({ type: fsutil/* PacketType */.LP.DATA, ID: id });
                opts.onFileSent?.(rel);
                return;
            }
            // it grew past the small-file limit since it was listed: stream it
        }
        const handle = await openRegular(abs);
        if (handle) {
            try {
                for (;;) {
                    if (abort.signal.aborted)
                        return;
                    const buf = Buffer.allocUnsafe(chunkSize);
                    const { bytesRead } = await handle.read(buf, 0, chunkSize, null);
                    if (bytesRead === 0)
                        break;
                    await channel.send({ type: fsutil/* PacketType */.LP.DATA, ID: id, data: buf.subarray(0, bytesRead) });
                    opts.onData?.(bytesRead);
                }
            }
            finally {
                await handle.close().catch(() => { });
            }
        }
        // An empty DATA ends the file; a file that vanished or can't be opened is sent empty, as fsutil does.
        await channel.send({ type: fsutil/* PacketType */.LP.DATA, ID: id });
        opts.onFileSent?.(rel);
    };
    const readers = Array.from({ length: Math.max(1, opts.readers ?? DEFAULT_READERS) }, async () => {
        try {
            for (let job = await queue.take(); job; job = await queue.take()) {
                if (abort.signal.aborted)
                    return;
                await sendFile(job.id, job.path, job.size);
            }
        }
        catch (err) {
            // the daemon reports it as `error from sender: \u2026`, as it does a walk error
            await failWithErr(err);
        }
    });
    const receiving = (async () => {
        for await (const packet of channel.receive()) {
            if (abort.signal.aborted)
                return;
            switch (packet.type ?? fsutil/* PacketType */.LP.STAT) {
                case fsutil/* PacketType */.LP.ERR:
                    throw new Error(`error from receiver: ${packet.data?.toString() ?? ''}`);
                case fsutil/* PacketType */.LP.REQ: {
                    const id = packet.ID ?? 0;
                    const file = requestable.get(id);
                    if (file === undefined)
                        throw new Error(`invalid file id ${id}`);
                    requestable.delete(id);
                    opts.onRequested?.(file.size);
                    queue.put({ id, ...file });
                    break;
                }
                case fsutil/* PacketType */.LP.FIN:
                    await channel.send({ type: fsutil/* PacketType */.LP.FIN });
                    return;
                default:
                    break; // STAT/DATA have no meaning in this direction
            }
        }
        throw new Error('receiver closed the stream before sending FIN');
    })();
    receiving.catch(fail);
    receiverGone = receiving.then(() => undefined, () => undefined);
    try {
        // (after our own ERR, the receiver's answer to it is not the error to report)
        await Promise.race([receiving.catch((err) => Promise.reject(ownError ? ownError.err : err)), failed]);
        // FIN means the receiver has everything it asked for: the readers are idle and the listing is done.
        queue.close();
        await Promise.race([Promise.all([listing, ...readers]), failed]);
    }
    finally {
        queue.close();
        opts.signal?.removeEventListener('abort', onOuterAbort);
        if (!abort.signal.aborted)
            abort.abort(new Error('transfer finished'));
    }
}
/** Opens a regular file for reading without following a symlink or blocking on a FIFO; null if it isn't one. */
async function openRegular(abs) {
    let handle;
    try {
        handle = await external_node_fs_.promises.open(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (err) {
        if (isGone(err))
            return null;
        throw unreadable(abs, err);
    }
    try {
        if ((await handle.stat()).isFile())
            return handle;
    }
    catch {
        // fall through
    }
    await handle.close().catch(() => { });
    return null;
}
/**
 * Open errors that mean the listed file is no longer a regular file there: it vanished (ENOENT, ENOTDIR: a parent
 * replaced), became a symlink (ELOOP under O_NOFOLLOW) or a socket (ENXIO). Sent empty, as fsutil does.
 */
function isGone(err) {
    const code = err?.code;
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'ENXIO';
}
/** A file that exists but cannot be read, named as Go's os.PathError names it: `open /ctx/f: permission denied`. */
class UnreadableFileError extends Error {
    name = 'UnreadableFileError';
    constructor(path, code, cause) {
        super(`open ${path}: ${describeErrno(code, cause)}`, { cause });
    }
}
function unreadable(abs, err) {
    const path = typeof abs === 'string' ? abs : (0,fsutil_names/* displayName */.QC)((0,fsutil_names/* decodeName */.e4)(abs));
    return new UnreadableFileError(path, err?.code, err);
}
/** Go's text for the common errnos (strerror), else Node's message. */
function describeErrno(code, cause) {
    switch (code) {
        case 'EACCES':
            return 'permission denied';
        case 'EPERM':
            return 'operation not permitted';
        case 'EIO':
            return 'input/output error';
        case 'EMFILE':
            return 'too many open files';
        default:
            return cause instanceof Error ? cause.message : String(cause);
    }
}
/**
 * Reads a file listed with at most SMALL_FILE_SIZE bytes in one go, with openRegular's rules (no symlink, no FIFO,
 * regular files only): empty when it vanished or is not a regular file (sent empty, as fsutil does), `'large'`
 * when it has grown past the limit since it was listed (it is then streamed instead). A file that cannot be opened
 * for another reason (EACCES: the user may not read it) is an UnreadableFileError; a read error propagates.
 *
 * Three system calls per unchanged file (open, read, close): no fstat \u2014 what is not a regular file fails the read
 * (a directory: EISDIR; a FIFO opened non-blocking: EAGAIN) or yields more than the listed size (a device), and once
 * the listed size has arrived no second read looks for EOF (one byte more was asked for, to see growth).
 */
function readSmallFile(abs, listedSize) {
    let fd;
    try {
        fd = external_node_fs_.openSync(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (err) {
        if (isGone(err))
            return Buffer.alloc(0);
        throw unreadable(abs, err);
    }
    try {
        // One byte more than the size tells a file that ended from one that grew (or a device that never ends).
        const want = listedSize + 1;
        const buf = Buffer.allocUnsafe(want);
        let n = 0;
        for (;;) {
            let r;
            try {
                r = external_node_fs_.readSync(fd, buf, n, want - n, null);
            }
            catch (err) {
                const code = err.code;
                if (n === 0 && (code === 'EISDIR' || code === 'EAGAIN' || code === 'EWOULDBLOCK' || code === 'EINVAL'))
                    return Buffer.alloc(0);
                throw err;
            }
            n += r;
            // Exactly the listed size is the expected end (a further read would only confirm EOF); anything shorter reads
            // on, as a file system may return short reads before the end.
            if (r === 0 || n === want || n === want - 1)
                break;
        }
        return n === want ? 'large' : buf.subarray(0, n);
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}
/** A FIFO of jobs that async workers await; `take()` resolves undefined once closed and empty. */
class WorkQueue {
    items = [];
    waiters = [];
    closed = false;
    put(item) {
        if (this.closed)
            return;
        const waiter = this.waiters.shift();
        if (waiter)
            waiter(item);
        else
            this.items.push(item);
    }
    take() {
        if (this.items.length > 0)
            return Promise.resolve(this.items.shift());
        if (this.closed)
            return Promise.resolve(undefined);
        return new Promise((resolve) => this.waiters.push(resolve));
    }
    close() {
        this.closed = true;
        for (const waiter of this.waiters.splice(0))
            waiter(undefined);
    }
}

// EXTERNAL MODULE: ./lib/buildkit/fsutil/patterns/glob.js
var glob = __webpack_require__(3104);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/paths.js
var fsutil_paths = __webpack_require__(8150);
;// CONCATENATED MODULE: ./lib/buildkit/fsutil/followpaths.js
/**
 * `followpaths`: the daemon names the exact paths it needs (Dockerfile, .dockerignore, COPY sources). Like
 * fsutil's FollowLinks, resolve each path component by component inside the root: a symlink met on the way
 * is kept (so it is sent as a symlink) and its target, re-rooted at the context root, is followed too. The
 * result becomes extra include patterns. Wildcard components are expanded against the directory listing
 * only to find symlinks among the matches; the wildcard path itself stays as a pattern.
 */




/** Symlink chains longer than this are treated as loops (fsutil relies on its resolved set; this also bounds depth). */
const MAX_RESOLVE_DEPTH = 255;
/**
 * Returns the include patterns the followpaths add, or `null` when one of them resolves to the root itself
 * (then there is nothing to filter: the whole directory is wanted).
 */
async function resolveFollowPaths(root, paths) {
    const resolved = new Set();
    for (const p of paths)
        await resolvePath(root, p, resolved, 0);
    const sorted = [...resolved].sort(fsutil_paths/* compareUtf8 */.zq);
    return dedupePaths(sorted);
}
/**
 * Drops paths already covered by an earlier (sorted) one; `null` if "." is present (fsutil's dedupePaths).
 */
function dedupePaths(sorted) {
    const out = [];
    let last = '';
    for (const s of sorted) {
        if (s === '.')
            return null;
        if (s.startsWith(last + '/'))
            continue;
        out.push(s);
        last = s;
    }
    return out;
}
async function resolvePath(root, input, resolved, depth) {
    if (depth > MAX_RESOLVE_DEPTH)
        throw new Error(`followpaths: too many levels of symbolic links resolving ${input}`);
    // Rooted inputs (absolute link targets) are relative to the context root, never to the host root.
    let rest = (0,fsutil_paths/* joinPath */.uJ)('.', input);
    let current = '.';
    for (;;) {
        const slash = rest.indexOf('/');
        const head = slash >= 0 ? rest.slice(0, slash) : rest;
        rest = slash >= 0 ? rest.slice(slash + 1) : '';
        current = (0,fsutil_paths/* joinPath */.uJ)(current, head);
        const targets = await readSymlinks(root, current, true);
        if ((rest === '' || targets !== null) && resolved.has(current))
            return;
        if (targets !== null) {
            resolved.add(current);
            for (const target of targets)
                await resolvePath(root, (0,fsutil_paths/* joinPath */.uJ)(target, rest), resolved, depth + 1);
            return;
        }
        if (rest === '') {
            resolved.add(current);
            return;
        }
    }
}
/**
 * Targets (as root-relative paths starting with `/`) of the symlink at `rel`, or of every symlink matching
 * a wildcard last component; `null` when there is no symlink there (or nothing at all).
 */
async function readSymlinks(root, rel, allowWildcard) {
    const base = (0,fsutil_paths/* basePath */.Jp)(rel);
    if (allowWildcard && containsWildcards(base)) {
        const dir = (0,fsutil_paths/* dirPath */.Jz)(rel);
        const names = await listDir(root, dir);
        if (names === null)
            return null;
        let out = null;
        for (const name of names) {
            if (!(0,glob/* matchGlob */.s)(base, name))
                continue;
            const res = await readSymlinks(root, (0,fsutil_paths/* joinPath */.uJ)(dir, name), false);
            if (res !== null)
                (out ??= []).push(...res);
        }
        return out;
    }
    if (rel === '.' || rel === '/')
        return null;
    const abs = await absInsideRoot(root, rel);
    if (abs === null)
        return null;
    let link;
    try {
        const st = await external_node_fs_.promises.lstat(abs);
        if (!st.isSymbolicLink())
            return null;
        link = await external_node_fs_.promises.readlink(abs);
    }
    catch (err) {
        if (isNotFound(err))
            return null;
        throw err;
    }
    link = (0,fsutil_paths/* cleanPath */.ts)(link);
    if (link.startsWith('/'))
        return [link];
    return [(0,fsutil_paths/* joinPath */.uJ)('/', (0,fsutil_paths/* joinPath */.uJ)((0,fsutil_paths/* dirPath */.Jz)(rel), link))];
}
async function listDir(root, rel) {
    const abs = rel === '.' ? root : await absInsideRoot(root, rel);
    if (abs === null)
        return null;
    try {
        const st = await external_node_fs_.promises.lstat(abs);
        if (!st.isDirectory())
            return null;
        return (await external_node_fs_.promises.readdir(abs)).sort(fsutil_paths/* compareUtf8 */.zq);
    }
    catch (err) {
        if (isNotFound(err))
            return null;
        throw err;
    }
}
/**
 * Host path of a root-relative path whose parent components are all real directories. Resolution walks
 * components left to right, so parents are never symlinks here; checking keeps that guarantee local
 * (nothing outside the root is ever looked at).
 */
async function absInsideRoot(root, rel) {
    const parts = rel.split('/');
    let abs = root;
    for (let i = 0; i < parts.length - 1; i++) {
        abs = external_node_path_.join(abs, parts[i]);
        try {
            if (!(await external_node_fs_.promises.lstat(abs)).isDirectory())
                return null;
        }
        catch (err) {
            if (isNotFound(err))
                return null;
            throw err;
        }
    }
    return external_node_path_.join(abs, parts[parts.length - 1]);
}
function containsWildcards(name) {
    for (let i = 0; i < name.length; i++) {
        const ch = name[i];
        if (ch === '\\')
            i++;
        else if (ch === '*' || ch === '?' || ch === '[')
            return true;
    }
    return false;
}
function isNotFound(err) {
    const code = err?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}

// EXTERNAL MODULE: ./lib/buildkit/fsutil/patterns/matcher.js + 4 modules
var matcher = __webpack_require__(5031);
;// CONCATENATED MODULE: ./lib/buildkit/fsutil/walker.js
/**
 * The sender's view of a directory: STAT entries in the exact order and shape fsutil produces, so the
 * daemon's receiver accepts them ("changes out of order" otherwise) and its content checksums and
 * incremental-transfer cache line up with what buildx would send.
 *
 * Order: depth-first pre-order, siblings sorted by UTF-8 bytes, a directory before its contents. Filters
 * follow fsutil's filterFS: include/exclude patterns with parent-match tracking, excluded directories
 * skipped unless an include or `!` exception could match below them, and a directory hidden by the filters
 * emitted lazily right before its first emitted descendant. Entries are lstat'ed (symlinks are sent as
 * symlinks, never followed), uid/gid are 0 as in the Go client's build contexts, mtimes in nanoseconds.
 *
 * Names are bytes (names.ts): a directory whose listing holds a name that is not UTF-8 is listed again as Buffers, its
 * names escaped, sorted by their bytes and reached through Buffer paths; every other directory takes the string path.
 * Hardlinks are sent as fsutil sends them: the first path of an inode (same device and inode, link count above 1)
 * that this walk emits is a file, every later one a STAT with `linkname` set to that first path.
 * Extended attributes are not sent: Node has no xattr call (see docs/reliability.md, "Known limits").
 */








/** Characters that make a pattern more than a literal path prefix (fsutil's patternChars on unix). */
const PATTERN_CHARS = /[*[\]?^\\]/;
/** Compiled include/exclude rules for one transfer. */
class TreeFilter {
    include;
    exclude;
    onlyPrefixIncludes;
    onlyPrefixExcludeExceptions;
    constructor(include, exclude, onlyPrefixIncludes, onlyPrefixExcludeExceptions) {
        this.include = include;
        this.exclude = exclude;
        this.onlyPrefixIncludes = onlyPrefixIncludes;
        this.onlyPrefixExcludeExceptions = onlyPrefixExcludeExceptions;
    }
    static async create(root, opts) {
        let includes = [...(opts.includePatterns ?? [])];
        if (opts.followPaths && opts.followPaths.length > 0) {
            const targets = await resolveFollowPaths(root, opts.followPaths);
            if (targets !== null)
                includes = dedupePaths([...includes, ...targets]) ?? [];
        }
        const include = includes.length > 0 ? compile('includepatterns', includes) : undefined;
        const exclude = opts.excludePatterns && opts.excludePatterns.length > 0
            ? compile('excludepatterns', opts.excludePatterns)
            : undefined;
        const literal = (p) => !PATTERN_CHARS.test(p.withoutTrailingGlob());
        return new TreeFilter(include, exclude, !include || include.patterns.every((p) => p.exclusion || literal(p)), !exclude || exclude.patterns.every((p) => !p.exclusion || literal(p)));
    }
    get active() {
        return this.include !== undefined || this.exclude !== undefined;
    }
    /**
     * Decides one entry from its path and the parent directory's match results:
     * `prune` \u2014 don't send it and don't look inside; `hide` \u2014 don't send it (a directory is still walked,
     * something below may be wanted); `send`.
     */
    decide(rel, isDir, parent) {
        const match = {};
        let hide = false;
        if (this.include) {
            const r = this.include.matchesUsingParentResults(rel, parent?.include);
            match.include = r.info;
            if (!r.matched) {
                if (isDir && this.onlyPrefixIncludes && !anyPatternBelow(this.include, rel, false))
                    return { action: 'prune', match };
                hide = true;
            }
        }
        if (this.exclude) {
            const r = this.exclude.matchesUsingParentResults(rel, parent?.exclude);
            match.exclude = r.info;
            if (r.matched) {
                if (isDir && this.onlyPrefixExcludeExceptions) {
                    if (!this.exclude.hasExclusions || !anyPatternBelow(this.exclude, rel, true))
                        return { action: 'prune', match };
                }
                hide = true;
            }
        }
        return { action: hide ? 'hide' : 'send', match };
    }
}
function compile(what, patterns) {
    try {
        return new matcher/* PatternMatcher */.P(patterns);
    }
    catch (err) {
        throw new Error(`invalid ${what}: ${JSON.stringify(patterns)}: ${err.message}`);
    }
}
/** Could a (literal-prefix) pattern of the wanted kind match something below directory `rel`? */
function anyPatternBelow(matcher, rel, exclusions) {
    const dirSlash = rel + '/';
    return matcher.patterns.some((p) => p.exclusion === exclusions && (p.withoutTrailingGlob() + '/').startsWith(dirSlash));
}
/** lstat \u2192 wire Stat. `null` when the entry vanished meanwhile. */
function statEntry(abs, rel) {
    return Promise.resolve(statEntrySync(abs, rel));
}
/**
 * The synchronous form the walk uses: an lstat of a local directory entry takes a few microseconds, while the
 * promise form costs a thread-pool round trip and several allocations per entry \u2014 most of the listing time of a
 * context with tens of thousands of files.
 */
function statEntrySync(abs, rel) {
    return lstatEntry(abs, rel)?.stat ?? null;
}
function lstatEntry(abs, rel) {
    try {
        const st = external_node_fs_.lstatSync(abs, { bigint: true, throwIfNoEntry: false });
        if (st === undefined)
            return null;
        const mode = (0,fsutil_mode/* goModeFromPosix */.tF)(Number(st.mode));
        const stat = { path: rel, mode };
        let inode;
        if (!st.isDirectory()) {
            if (st.size !== 0n)
                stat.size = st.size.toString();
            if (st.isSymbolicLink())
                stat.linkname = readLink(abs);
            else if (st.nlink > 1n)
                inode = `${st.dev}:${st.ino}`;
            if (mode & fsutil_mode/* GoMode */.QJ.Device) {
                const { major, minor } = (0,fsutil_mode/* deviceNumbers */.Tc)(st.rdev);
                if (major !== 0n)
                    stat.devmajor = major.toString();
                if (minor !== 0n)
                    stat.devminor = minor.toString();
            }
        }
        if (st.mtimeNs !== 0n)
            stat.modTime = st.mtimeNs.toString();
        // uid/gid stay 0: the Go client resets them for build contexts (COPY results are root-owned).
        return inode === undefined ? { stat } : { stat, inode };
    }
    catch (err) {
        if (isNotFound(err))
            return null;
        throw err;
    }
}
/** A symlink's target as bytes-exact string (escaped when it is not UTF-8). */
function readLink(abs) {
    const target = external_node_fs_.readlinkSync(abs);
    return target.includes('\uFFFD') ? (0,fsutil_names/* decodeName */.e4)(external_node_fs_.readlinkSync(abs, { encoding: 'buffer' })) : target;
}
/** Resolves the directory to share (following a symlinked root, like fsutil.NewFS) and checks it is a directory. */
async function resolveRoot(dir) {
    let real;
    try {
        real = await external_node_fs_.promises.realpath(dir);
    }
    catch (err) {
        if (isNotFound(err))
            throw new Error(`directory ${dir} does not exist`);
        throw err;
    }
    const st = await external_node_fs_.promises.stat(real);
    if (!st.isDirectory())
        throw new Error(`${dir} is not a directory`);
    return real;
}
/**
 * Walks `root` (already resolved with resolveRoot) and yields STATs in fsutil order. The root itself is
 * not yielded. One flat loop over an explicit stack (no recursive generators: each level of `yield*` would
 * add a promise hop per entry).
 */
async function* walkTree(root, opts = {}, filter) {
    const f = filter ?? (await TreeFilter.create(root, opts));
    const stack = [];
    // inode (dev:ino) \u2192 the first path emitted for it: later paths of the inode are sent as hardlinks to it
    const inodes = new Map();
    const rootLevel = await openLevel(f, { rel: '', abs: root, match: undefined, emitted: true });
    if (rootLevel)
        stack.push(rootLevel);
    while (stack.length > 0) {
        opts.signal?.throwIfAborted();
        const level = stack[stack.length - 1];
        if (level.next >= level.entries.length) {
            stack.pop();
            continue;
        }
        const e = level.entries[level.next++];
        if (e.action === 'prune')
            continue;
        if (e.action === 'hide') {
            if (e.isDir) {
                const child = await openLevel(f, { rel: e.rel, abs: e.abs, match: e.match, emitted: false });
                if (child)
                    stack.push(child);
            }
            continue;
        }
        const listed = lstatEntry(e.abs, e.rel);
        if (listed === null)
            continue; // vanished since readdir
        const stat = listed.stat;
        let ancestorsGone = false;
        for (const ancestor of stack) {
            if (ancestor.frame.emitted)
                continue;
            const st = statEntrySync(ancestor.frame.abs, ancestor.frame.rel);
            if (st === null) {
                ancestorsGone = true;
                break;
            }
            ancestor.frame.emitted = true;
            yield st;
        }
        if (ancestorsGone) {
            // a hidden parent vanished: nothing below it can be sent
            level.next = level.entries.length;
            continue;
        }
        if (listed.inode !== undefined) {
            const first = inodes.get(listed.inode);
            if (first === undefined)
                inodes.set(listed.inode, e.rel);
            else
                stat.linkname = first; // fsutil keeps the size; the receiver links instead of requesting the content
        }
        yield stat;
        if (e.isDir && (stat.mode & fsutil_mode/* GoMode */.QJ.Dir) !== 0) {
            const child = await openLevel(f, { rel: e.rel, abs: e.abs, match: e.match, emitted: true });
            if (child)
                stack.push(child);
        }
    }
}
async function openLevel(filter, frame) {
    let dirents;
    try {
        dirents = await external_node_fs_.promises.readdir(frame.abs, { withFileTypes: true });
    }
    catch (err) {
        const code = err.code;
        if (isNotFound(err))
            return null;
        // An unreadable directory the filters hide anyway is not an error (fsutil tolerates ErrPermission there).
        if (!frame.emitted && (code === 'EACCES' || code === 'EPERM'))
            return null;
        // fsutil's words for it (the daemon shows `error from sender: open /ctx/private: permission denied`)
        if (code === 'EACCES' || code === 'EPERM') {
            const shown = typeof frame.abs === 'string' ? frame.abs : (0,fsutil_names/* displayName */.QC)((0,fsutil_names/* decodeName */.e4)(frame.abs));
            throw new Error(`open ${shown}: ${code === 'EACCES' ? 'permission denied' : 'operation not permitted'}`, {
                cause: err,
            });
        }
        throw err;
    }
    let names;
    if (typeof frame.abs === 'string' && !dirents.some((d) => d.name.includes('\uFFFD'))) {
        // every name is UTF-8 (a U+FFFD is what Node puts for bytes that are not): strings, code point order
        names = dirents
            .map((d) => ({ name: d.name, isDir: d.isDirectory(), abs: '' }))
            .sort((a, b) => (0,fsutil_paths/* compareUtf8 */.zq)(a.name, b.name));
        for (const n of names)
            n.abs = external_node_path_.join(frame.abs, n.name);
    }
    else {
        names = await listBytes(frame.abs);
    }
    const entries = names.map(({ name, isDir, abs }) => {
        const rel = frame.rel === '' ? name : `${frame.rel}/${name}`;
        const decision = filter.active
            ? filter.decide(rel, isDir, frame.match)
            : { action: 'send', match: undefined };
        return { rel, abs, isDir, ...decision };
    });
    return { frame, entries, next: 0 };
}
/**
 * A directory listed as bytes (it holds a name that is not UTF-8, or is itself reached through one): names escaped
 * (names.ts), sorted by their bytes as Go sorts them, each entry's path a Buffer where its name is not UTF-8.
 */
async function listBytes(dir) {
    let dirents;
    try {
        dirents = await external_node_fs_.promises.readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    }
    catch (err) {
        if (isNotFound(err))
            return [];
        throw err;
    }
    const dirBytes = typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir;
    const slash = Buffer.of(0x2f);
    return dirents
        .map((d) => ({ bytes: d.name, isDir: d.isDirectory() }))
        .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
        .map(({ bytes, isDir }) => {
        const name = (0,fsutil_names/* decodeName */.e4)(bytes);
        const abs = typeof dir === 'string' && !(0,fsutil_names/* hasEscapes */.Tl)(name)
            ? external_node_path_.join(dir, name)
            : Buffer.concat([dirBytes, slash, bytes]);
        return { name, isDir, abs };
    });
}

// EXTERNAL MODULE: ./lib/buildkit/grpc/errors.js + 1 modules
var errors = __webpack_require__(8791);
// EXTERNAL MODULE: ./lib/buildkit/grpc/gc-pacer.js
var gc_pacer = __webpack_require__(2749);
// EXTERNAL MODULE: ./lib/buildkit/grpc/status.js
var grpc_status = __webpack_require__(9499);
// EXTERNAL MODULE: ./lib/buildkit/proto/grpc-service.js
var grpc_service = __webpack_require__(2039);
;// CONCATENATED MODULE: ./lib/buildkit/session/filesync.js








const KEY_DIR_NAME = 'dir-name';
const KEY_INCLUDE_PATTERNS = 'include-patterns';
const KEY_EXCLUDE_PATTERNS = 'exclude-patterns';
const KEY_FOLLOW_PATHS = 'followpaths';
/**
 * FileSync with identity (de)serialisers: the sender encodes its Packets itself (fsutil/wire.ts), which costs a
 * fraction of a protobufjs round trip per packet \u2014 and a context transfer is tens of thousands of packets.
 */
function rawFileSyncDefinition() {
    return (0,grpc_service/* rawStreamDefinition */.Oc)(filesync_pb/* FILE_SYNC_SERVICE */.fA, 'DiffCopy');
}
class FileSync {
    serviceName = filesync_pb/* FILE_SYNC_SERVICE */.fA;
    // Not TarStream: its protocol left BuildKit, daemon and client side, in July 2017 (before v0.1), so no daemon calls it
    // and there is nothing to answer it with; buildx advertises it, but its handler only fails ("failed to negotiate
    // protocol"). A daemon picks DiffCopy whenever it is advertised anyway.
    advertisedMethods = ['DiffCopy'];
    /** The definition to register this service with (raw Packet bytes; see rawFileSyncDefinition). */
    definition = rawFileSyncDefinition();
    dirs;
    counters = new Map();
    active = new Set();
    /** @param dirs dir-name \u2192 absolute directory path (`context`, `dockerfile`, named contexts...). */
    constructor(dirs) {
        this.dirs = new Map(Object.entries(dirs));
    }
    handlers() {
        return {
            DiffCopy: (call) => void this.diffCopy(call),
        };
    }
    /** Transfer counters per dir-name, for every dir-name requested so far. */
    stats() {
        return Object.fromEntries([...this.counters].map(([name, s]) => [name, { ...s }]));
    }
    close() {
        for (const ac of this.active)
            ac.abort(new Error('session closed'));
    }
    async diffCopy(call) {
        const ac = new AbortController();
        this.active.add(ac);
        call.on('cancelled', () => ac.abort(new Error('transfer cancelled by the daemon')));
        try {
            const md = call.metadata;
            const dirName = metadataValues(md, KEY_DIR_NAME)[0] ?? '';
            const dir = this.dirs.get(dirName);
            if (dir === undefined) {
                const known = [...this.dirs.keys()].map((k) => JSON.stringify(k)).join(', ') || 'none';
                throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, `no access allowed to dir ${JSON.stringify(dirName)} (this session shares: ${known})`);
            }
            const counters = this.countersFor(dirName);
            counters.requests++;
            let root;
            try {
                root = await resolveRoot(dir);
            }
            catch (err) {
                throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, `local directory ${JSON.stringify(dirName)}: ${errorMessage(err)}`, {
                    cause: err,
                });
            }
            const opts = {
                includePatterns: metadataValues(md, KEY_INCLUDE_PATTERNS),
                excludePatterns: metadataValues(md, KEY_EXCLUDE_PATTERNS),
                followPaths: metadataValues(md, KEY_FOLLOW_PATHS),
                signal: ac.signal,
            };
            let filter;
            try {
                filter = await TreeFilter.create(root, opts);
            }
            catch (err) {
                throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INVALID_ARGUMENT, `local directory ${JSON.stringify(dirName)}: ${errorMessage(err)}`, { cause: err });
            }
            await sendTree((0,channel/* streamChannel */.E9)(call, channel/* rawCodec */.fn), root, walkTree(root, opts, filter), {
                signal: ac.signal,
                onData: (bytes) => (counters.bytesSent += bytes),
                onFileSent: () => counters.filesSent++,
                // a large file asked for: Maglev back before the send loop runs hot (grpc/optimizing-compiler.ts)
                onRequested: (bytes) => (0,gc_pacer/* transferGcPacer */.Ho)().announced(bytes),
            });
            call.end();
        }
        catch (err) {
            endWithError(call, err);
        }
        finally {
            this.active.delete(ac);
        }
    }
    countersFor(dirName) {
        let c = this.counters.get(dirName);
        if (!c)
            this.counters.set(dirName, (c = { requests: 0, filesSent: 0, bytesSent: 0 }));
        return c;
    }
}
function endWithError(call, err) {
    if (call.cancelled || call.destroyed || call.writableEnded)
        return;
    call.emit('error', (0,errors/* toStatusError */.QL)(err));
}
/**
 * All values of a (possibly repeated) metadata key, as the Go client sent them.
 *
 * grpc-js hands a header sent several times over as one value joined with ", ", so values are split on
 * that; when any value was non-ASCII the client URL-query-escaped all of them (`<key>-encoded: 1`), which
 * also makes the split exact (a literal ", " becomes "%2C+").
 */
function metadataValues(md, key) {
    const values = md
        .get(key)
        .map((v) => (typeof v === 'string' ? v : v.toString()))
        .flatMap((v) => v.split(', '));
    const flag = md.get(`${key}-encoded`)[0];
    const encoded = typeof flag === 'string' && ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(flag.split(', ')[0]);
    return encoded ? values.map(queryUnescape) : values;
}
/** Go's url.QueryUnescape (`+` is a space); a malformed value becomes "" as the Go client ignores the error. */
function queryUnescape(s) {
    try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
    }
    catch {
        return '';
    }
}


/***/ })

};
