export const id = 734;
export const ids = [734,254,71];
export const modules = {

/***/ 2514:
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
 * the daemon (FileSend) straight into the Engine's image store with `POST /images/load` — nothing is buffered or
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
        req.on('error', (err) => reject(err instanceof EngineError ? err : new EngineError(`cannot reach the Docker Engine at ${(0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeDockerHost)(engine)}: ${err.message}`)));
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

/***/ 4906:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ workerPlatforms),
/* harmony export */   pw: () => (/* binding */ probeOutputs),
/* harmony export */   ro: () => (/* binding */ loadEngine)
/* harmony export */ });
/* unused harmony export probeDaemon */
/* harmony import */ var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57);
/* harmony import */ var _attribute_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2227);
/* harmony import */ var _docker_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2514);



/** `v0.25.2` → [0, 25, 2]; undefined for versions that say nothing (Debian's `v0.0.0+unknown`). */
function parseVersion(v) {
    const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(v ?? '');
    if (!m)
        return undefined;
    const parts = [Number(m[1]), Number(m[2]), Number(m[3])];
    return parts.every((n) => n === 0) ? undefined : parts;
}
async function probeDaemon(client, dockerEngine, signal) {
    const [version, workers] = await Promise.all([client.info(signal), client.listWorkers(signal).catch(() => [])]);
    // dockerd reports the snapshotter label only on the containerd image store (buildx driver/docker: MultiPlatform).
    const containerdStore = dockerEngine && workers.some((w) => !!w.Labels?.['org.mobyproject.buildkit.worker.snapshotter'] && !!w.Labels?.['org.mobyproject.buildkit.worker.containerd.namespace']);
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
const truthy = (v) => (0,_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(v) === true;
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
        return { unsupported: 'host-gateway is only known to the Docker Engine\'s own builder (docker://); give an IP address instead' };
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
    const planOptions = { dockerEngine: opts.dockerEngine, noDefaultLoad: truthy(opts.env.BUILDX_NO_DEFAULT_LOAD) };
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

/***/ 6734:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SessionLostError: () => (/* binding */ SessionLostError),
  TargetFailedError: () => (/* binding */ TargetFailedError),
  linkInputs: () => (/* binding */ linkInputs),
  runBuild: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/buildkit/client.js
var buildkit_client = __webpack_require__(7845);
// EXTERNAL MODULE: ./lib/buildkit/proto/rpc-status.js
var rpc_status = __webpack_require__(2389);
// EXTERNAL MODULE: ./lib/buildkit/errors.js
var errors = __webpack_require__(2909);
// EXTERNAL MODULE: ./lib/buildkit/session/session.js + 3 modules
var session_session = __webpack_require__(9038);
// EXTERNAL MODULE: ./node_modules/@grpc/grpc-js/build/src/index.js
var src = __webpack_require__(3033);
// EXTERNAL MODULE: ./lib/buildkit/proto/registry.js + 1 modules
var registry = __webpack_require__(2328);
;// CONCATENATED MODULE: ./lib/buildkit/proto/filesync.js
/**
 * `moby.filesync.v1` FileSync and FileSend (BuildKit session/filesync/filesync.proto), written from the wire
 * format. Auth shares this package but lives in auth.ts.
 *
 * FileSend.DiffCopy is typed `BytesMessage` but, for the `local` exporter, actually carries fsutil Packets;
 * session/filesend.ts therefore serves it with raw (identity) (de)serialisers rather than these types.
 */

const FILESYNC_PROTO = (/* unused pure expression or super */ null && (`
syntax = "proto3";
package moby.filesync.v1;

service FileSync {
  rpc DiffCopy(stream fsutil.types.Packet) returns (stream fsutil.types.Packet);
  rpc TarStream(stream fsutil.types.Packet) returns (stream fsutil.types.Packet);
}

service FileSend {
  rpc DiffCopy(stream BytesMessage) returns (stream BytesMessage);
}

message BytesMessage {
  bytes data = 1;
}
`));
const FILE_SYNC_SERVICE = 'moby.filesync.v1.FileSync';
const FILE_SEND_SERVICE = 'moby.filesync.v1.FileSend';
const BYTES_MESSAGE_TYPE = 'moby.filesync.v1.BytesMessage';
function encodeBytesMessage(data) {
    return encodeMessage(BYTES_MESSAGE_TYPE, { data });
}
function decodeBytesMessage(bytes) {
    return (0,registry.decodeMessage)(BYTES_MESSAGE_TYPE, bytes).data ?? Buffer.alloc(0);
}

;// CONCATENATED MODULE: ./lib/buildkit/proto/fsutil.js
/**
 * `fsutil.types` — the packets of tonistiigi/fsutil's file-transfer protocol (types/stat.proto, types/wire.proto),
 * written from the wire format. Used by FileSync (we send a build context) and FileSend in directory mode
 * (the daemon sends a `local` export to us).
 */

const FSUTIL_PROTO = (/* unused pure expression or super */ null && (`
syntax = "proto3";
package fsutil.types;

message Stat {
  string path = 1;
  uint32 mode = 2;
  uint32 uid = 3;
  uint32 gid = 4;
  int64 size = 5;
  int64 modTime = 6;
  string linkname = 7;
  int64 devmajor = 8;
  int64 devminor = 9;
  map<string, bytes> xattrs = 10;
}

message Packet {
  enum PacketType {
    PACKET_STAT = 0;
    PACKET_REQ = 1;
    PACKET_DATA = 2;
    PACKET_FIN = 3;
    PACKET_ERR = 4;
  }
  PacketType type = 1;
  Stat stat = 2;
  uint32 ID = 3;
  bytes data = 4;
}
`));
const PacketType = {
    STAT: 0,
    REQ: 1,
    DATA: 2,
    FIN: 3,
    ERR: 4,
};
const PACKET_TYPE_NAME = 'fsutil.types.Packet';
function encodePacket(packet) {
    return encodeMessage(PACKET_TYPE_NAME, packet);
}
/** Bytes that are not an `fsutil.types.Packet` (truncated, a wrong wire type, a length past the end...). */
class PacketDecodeError extends Error {
    constructor(cause) {
        super(`malformed fsutil packet: ${cause instanceof Error ? cause.message : String(cause)}`);
        this.name = 'PacketDecodeError';
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

// EXTERNAL MODULE: ./lib/buildkit/fsutil/wire.js
var wire = __webpack_require__(6801);
;// CONCATENATED MODULE: ./lib/buildkit/fsutil/channel.js


/** The stream carries plain objects that a protobufjs-backed ServiceDefinition (de)serialises. */
const objectCodec = {
    encode: (p) => p,
    decode: (m) => m,
};
/** The stream carries serialized `fsutil.types.Packet` bytes (identity (de)serialisers). */
const rawCodec = {
    encode: (p) => (0,wire/* encodePacketFast */.zT)(p),
    decode: (m) => decodePacket(m),
};
class StreamClosedError extends Error {
    constructor(message = 'stream closed') {
        super(message);
        this.name = 'StreamClosedError';
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
 * Unlike `for await (… of stream)`, stopping early does not destroy the stream. Ends at the peer's
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

;// CONCATENATED MODULE: ./lib/buildkit/fsutil/mode.js
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
const GO_MODE_TYPE = (GoMode.Dir | GoMode.Symlink | GoMode.NamedPipe | GoMode.Socket | GoMode.Device | GoMode.CharDevice | GoMode.Irregular) >>> 0;
const S_IFMT = external_node_fs_.constants.S_IFMT;
/**
 * POSIX st_mode → Go FileMode, as Go's os.Lstat does; then fsutil clears the socket bit (archive/tar cannot
 * represent sockets), so a socket travels as a mode-only "regular" entry exactly as the Go client sends it.
 */
function goModeFromPosix(stMode) {
    let mode = stMode & 0o777;
    switch (stMode & S_IFMT) {
        case external_node_fs_.constants.S_IFBLK:
            mode |= GoMode.Device;
            break;
        case external_node_fs_.constants.S_IFCHR:
            mode |= GoMode.Device | GoMode.CharDevice;
            break;
        case external_node_fs_.constants.S_IFDIR:
            mode |= GoMode.Dir;
            break;
        case external_node_fs_.constants.S_IFIFO:
            mode |= GoMode.NamedPipe;
            break;
        case external_node_fs_.constants.S_IFLNK:
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
/** Go FileMode → the chmod(2) argument (permissions plus setuid/setgid/sticky). */
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

;// CONCATENATED MODULE: ./lib/buildkit/fsutil/sender.js
/**
 * fsutil sender: stream STATs, answer the receiver's REQs with DATA, reply FIN to FIN.
 *
 * The listing and the file contents share one stream and run concurrently (the daemon requests files while
 * it is still reading STATs). Requested files are read by a few parallel readers — small ones in one synchronous
 * read, larger ones streamed in 256 KiB chunks — each file ending with an empty DATA; DATA of different files may
 * interleave. Every send waits for the stream to drain, so memory stays bounded by the readers' chunks whatever
 * the file sizes.
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
 * microseconds, while the promise API costs four thread-pool round trips per file — the bulk of sending a context
 * of many small files. Larger files stream asynchronously in chunks.
 */
const SMALL_FILE_SIZE = 64 * 1024;
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
    const fail = (err) => {
        if (abort.signal.aborted)
            return;
        abort.abort(err);
        failWith(err);
    };
    abort.signal.addEventListener('abort', () => failWith(abort.signal.reason), { once: true });
    // id → regular file not yet requested (path, size as listed); ids count every STAT, in emission order.
    const requestable = new Map();
    const queue = new WorkQueue();
    const listing = (async () => {
        let id = 0;
        try {
            for await (const stat of stats) {
                if (abort.signal.aborted)
                    return;
                if (isRegularMode(stat.mode ?? 0))
                    requestable.set(id, { path: stat.path, size: Number(stat.size ?? 0) });
                id++;
                await channel.send({ type: PacketType.STAT, stat });
            }
            await channel.send({ type: PacketType.STAT });
        }
        catch (err) {
            if (abort.signal.aborted)
                return;
            await channel.send({ type: PacketType.ERR, data: Buffer.from(errorMessage(err)) }).catch(() => { });
            fail(err);
        }
    })();
    const sendFile = async (id, rel, size) => {
        if (size <= SMALL_FILE_SIZE) {
            const content = readSmallFile(external_node_path_.join(root, rel), size);
            if (content !== 'large') {
                for (let off = 0; off < content.length; off += chunkSize) {
                    if (abort.signal.aborted)
                        return;
                    const data = content.subarray(off, Math.min(off + chunkSize, content.length));
                    await channel.send({ type: PacketType.DATA, ID: id, data });
                    opts.onData?.(data.length);
                }
                await channel.send({ type: PacketType.DATA, ID: id });
                opts.onFileSent?.(rel);
                return;
            }
            // it grew past the small-file limit since it was listed: stream it
        }
        const handle = await openRegular(external_node_path_.join(root, rel));
        if (handle) {
            try {
                for (;;) {
                    if (abort.signal.aborted)
                        return;
                    const buf = Buffer.allocUnsafe(chunkSize);
                    const { bytesRead } = await handle.read(buf, 0, chunkSize, null);
                    if (bytesRead === 0)
                        break;
                    await channel.send({ type: PacketType.DATA, ID: id, data: buf.subarray(0, bytesRead) });
                    opts.onData?.(bytesRead);
                }
            }
            finally {
                await handle.close().catch(() => { });
            }
        }
        // An empty DATA ends the file; a file that vanished or can't be opened is sent empty, as fsutil does.
        await channel.send({ type: PacketType.DATA, ID: id });
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
            fail(err);
        }
    });
    const receiving = (async () => {
        for await (const packet of channel.receive()) {
            if (abort.signal.aborted)
                return;
            switch (packet.type ?? PacketType.STAT) {
                case PacketType.ERR:
                    throw new Error(`error from receiver: ${packet.data?.toString() ?? ''}`);
                case PacketType.REQ: {
                    const id = packet.ID ?? 0;
                    const file = requestable.get(id);
                    if (file === undefined)
                        throw new Error(`invalid file id ${id}`);
                    requestable.delete(id);
                    queue.put({ id, ...file });
                    break;
                }
                case PacketType.FIN:
                    await channel.send({ type: PacketType.FIN });
                    return;
                default:
                    break; // STAT/DATA have no meaning in this direction
            }
        }
        throw new Error('receiver closed the stream before sending FIN');
    })();
    receiving.catch(fail);
    try {
        await Promise.race([receiving, failed]);
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
    catch {
        return null;
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
 * Reads a file listed with at most SMALL_FILE_SIZE bytes in one go, with openRegular's rules (no symlink, no FIFO,
 * regular files only): empty when it vanished or is not a regular file (sent empty, as fsutil does), `'large'`
 * when it has grown past the limit since it was listed (it is then streamed instead). A read error propagates.
 *
 * Three system calls per unchanged file (open, read, close): no fstat — what is not a regular file fails the read
 * (a directory: EISDIR; a FIFO opened non-blocking: EAGAIN) or yields more than the listed size (a device), and once
 * the listed size has arrived no second read looks for EOF (one byte more was asked for, to see growth).
 */
function readSmallFile(abs, listedSize) {
    let fd;
    try {
        fd = external_node_fs_.openSync(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        return Buffer.alloc(0);
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

;// CONCATENATED MODULE: ./lib/buildkit/fsutil/paths.js
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

;// CONCATENATED MODULE: ./lib/buildkit/fsutil/patterns.js
/**
 * `.dockerignore` pattern matching with moby/patternmatcher's semantics (what fsutil's filter uses):
 * `*`, `?`, `[...]`, `**`, leading `!` exceptions, later patterns win, a match on a directory covers its
 * contents. Written from patternmatcher's behaviour; @balena/dockerignore follows older Docker rules
 * (different `**` and parent handling), so it is not used for the wire filter.
 */

// One path character: a whole surrogate pair counts as one (Go matches runes, JS regexps code units).
const ONE_CHAR = '(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[^/])';
const REGEXP_META = new Set([...'.+()|{}$']);
class Pattern {
    exclusion;
    /** The pattern after cleaning, without its leading `!`. */
    cleaned;
    dirs;
    matchType;
    regexp;
    constructor(cleanedWithBang) {
        let p = cleanedWithBang;
        this.exclusion = p.startsWith('!');
        if (this.exclusion)
            p = p.slice(1);
        validateGlob(p);
        this.cleaned = p;
        this.dirs = p.split('/');
        const compiled = compilePattern(p);
        this.matchType = compiled.type;
        this.regexp = compiled.regexp;
    }
    toString() {
        return this.cleaned;
    }
    match(path) {
        switch (this.matchType) {
            case 'exact':
                return path === this.cleaned;
            case 'prefix':
                // trailing `**` dropped
                return path.startsWith(this.cleaned.slice(0, -2));
            case 'suffix': {
                // leading `**` dropped; `**/foo` also matches `foo` itself
                const suffix = this.cleaned.slice(2);
                if (path.endsWith(suffix))
                    return true;
                return suffix.startsWith('/') && path === suffix.slice(1);
            }
            case 'regexp':
                return this.regexp.test(path);
        }
    }
    /** The pattern with a trailing `/**` or `/*` removed: the literal prefix a path must share to match below it. */
    withoutTrailingGlob() {
        let s = this.cleaned;
        if (s.endsWith('/**'))
            s = s.slice(0, -3);
        if (s.endsWith('/*'))
            s = s.slice(0, -2);
        return s;
    }
}
class PatternMatcher {
    patterns = [];
    hasExclusions;
    constructor(patterns) {
        for (const raw of patterns) {
            const trimmed = raw.trim();
            if (trimmed === '')
                continue;
            const p = cleanPath(trimmed);
            if (p === '!')
                throw new Error('illegal exclusion pattern: "!"');
            this.patterns.push(new Pattern(p));
        }
        this.hasExclusions = this.patterns.some((p) => p.exclusion);
    }
    get empty() {
        return this.patterns.length === 0;
    }
    /** True when `file` (or one of its parents) matches and no later `!` exception re-includes it. */
    matchesOrParentMatches(file) {
        return this.matchesUsingParentResults(file, undefined).matched;
    }
    /**
     * Same answer as matchesOrParentMatches, but reuses the parent directory's per-pattern results so a walk
     * doesn't re-test every ancestor. Pass `undefined` when the parent's results are unknown.
     */
    matchesUsingParentResults(file, parent) {
        const info = new Array(this.patterns.length).fill(false);
        let matched = false;
        const haveParent = parent !== undefined && parent.length > 0;
        this.patterns.forEach((pattern, i) => {
            let match = haveParent ? parent[i] : false;
            if (!match) {
                // An inclusion can't change an already-matched result, nor an exclusion an unmatched one.
                if (pattern.exclusion !== matched)
                    return;
                match = pattern.match(file);
                if (!match && !haveParent) {
                    const slash = file.lastIndexOf('/');
                    if (slash > 0) {
                        const parentDirs = file.slice(0, slash).split('/');
                        for (let n = 1; n <= parentDirs.length && !match; n++) {
                            match = pattern.match(parentDirs.slice(0, n).join('/'));
                        }
                    }
                }
            }
            info[i] = match;
            if (match)
                matched = !pattern.exclusion;
        });
        return { matched, info };
    }
}
function compilePattern(pattern) {
    const chars = [...pattern]; // code points, as Go's text/scanner reads runes
    let re = '^';
    let type = 'exact';
    let pos = 0;
    const peek = () => chars[pos];
    for (let i = 0; pos < chars.length; i++) {
        const ch = chars[pos++];
        if (ch === '*') {
            if (peek() === '*') {
                pos++;
                // `**/` is the same as `**`
                if (peek() === '/')
                    pos++;
                if (pos >= chars.length) {
                    // trailing `**` matches everything below, like .gitignore
                    if (type === 'exact')
                        type = 'prefix';
                    else {
                        re += '.*';
                        type = 'regexp';
                    }
                }
                else {
                    // any number of path segments, including none
                    re += '(.*/)?';
                    type = 'regexp';
                }
                if (i === 0)
                    type = 'suffix';
            }
            else {
                re += '[^/]*';
                type = 'regexp';
            }
        }
        else if (ch === '?') {
            re += ONE_CHAR;
            type = 'regexp';
        }
        else if (REGEXP_META.has(ch)) {
            re += '\\' + ch;
        }
        else if (ch === '\\') {
            // escapes the next character
            if (pos < chars.length) {
                re += escapeLiteral(chars[pos++]);
                type = 'regexp';
            }
            else {
                re += '\\\\';
            }
        }
        else if (ch === '[' || ch === ']') {
            re += ch;
            type = 'regexp';
        }
        else {
            re += ch;
        }
    }
    if (type !== 'regexp')
        return { type };
    try {
        return { type, regexp: new RegExp(re + '$') };
    }
    catch {
        throw new Error(`syntax error in pattern: ${pattern}`);
    }
}
function escapeLiteral(ch) {
    return /[\\^$.*+?()[\]{}|/]/.test(ch) ? '\\' + ch : ch;
}
/**
 * Rejects what Go's filepath.Match reports as ErrBadPattern (patternmatcher validates every pattern that way):
 * an unterminated or empty `[...]` class, a reversed range, a trailing `\`.
 */
function validateGlob(pattern) {
    const bad = () => new Error(`syntax error in pattern: ${pattern}`);
    const chars = [...pattern];
    let i = 0;
    const esc = () => {
        const c = chars[i];
        if (c === undefined || c === '-' || c === ']')
            throw bad();
        i++;
        if (c === '\\') {
            const n = chars[i];
            if (n === undefined)
                throw bad();
            i++;
            return n;
        }
        return c;
    };
    while (i < chars.length) {
        const c = chars[i++];
        if (c === '\\') {
            if (i >= chars.length)
                throw bad();
            i++;
        }
        else if (c === '[') {
            if (chars[i] === '^')
                i++;
            let ranges = 0;
            for (;;) {
                if (i >= chars.length)
                    throw bad();
                if (chars[i] === ']' && ranges > 0) {
                    i++;
                    break;
                }
                const lo = esc();
                let hi = lo;
                if (chars[i] === '-') {
                    i++;
                    hi = esc();
                }
                if (lo.codePointAt(0) > hi.codePointAt(0))
                    throw bad();
                ranges++;
            }
        }
    }
}
/**
 * Go's filepath.Match for one path element (used to expand wildcard components of followpaths):
 * `*` any run of non-`/`, `?` one non-`/`, `[...]`/`[^...]` classes, `\` escapes. Malformed → no match.
 */
function matchGlob(pattern, name) {
    try {
        validateGlob(pattern);
    }
    catch {
        return false;
    }
    const chars = [...pattern];
    let re = '^';
    let i = 0;
    while (i < chars.length) {
        const c = chars[i++];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += ONE_CHAR;
        else if (c === '\\')
            re += escapeLiteral(chars[i++]);
        else if (c === '[') {
            let cls = '[';
            if (chars[i] === '^') {
                cls += '^';
                i++;
            }
            let first = true;
            while (!(chars[i] === ']' && !first)) {
                let lo = chars[i++];
                if (lo === '\\')
                    lo = chars[i++];
                cls += escapeClassChar(lo);
                if (chars[i] === '-') {
                    i++;
                    let hi = chars[i++];
                    if (hi === '\\')
                        hi = chars[i++];
                    cls += '-' + escapeClassChar(hi);
                }
                first = false;
            }
            i++; // ']'
            re += cls + ']';
        }
        else
            re += escapeLiteral(c);
    }
    return new RegExp(re + '$', 'u').test(name);
}
function escapeClassChar(ch) {
    return /[\\\]^[-]/.test(ch) ? '\\' + ch : ch;
}

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
    const sorted = [...resolved].sort(compareUtf8);
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
    let rest = joinPath('.', input);
    let current = '.';
    for (;;) {
        const slash = rest.indexOf('/');
        const head = slash >= 0 ? rest.slice(0, slash) : rest;
        rest = slash >= 0 ? rest.slice(slash + 1) : '';
        current = joinPath(current, head);
        const targets = await readSymlinks(root, current, true);
        if ((rest === '' || targets !== null) && resolved.has(current))
            return;
        if (targets !== null) {
            resolved.add(current);
            for (const target of targets)
                await resolvePath(root, joinPath(target, rest), resolved, depth + 1);
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
    const base = basePath(rel);
    if (allowWildcard && containsWildcards(base)) {
        const dir = dirPath(rel);
        const names = await listDir(root, dir);
        if (names === null)
            return null;
        let out = null;
        for (const name of names) {
            if (!matchGlob(base, name))
                continue;
            const res = await readSymlinks(root, joinPath(dir, name), false);
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
    link = cleanPath(link);
    if (link.startsWith('/'))
        return [link];
    return [joinPath('/', joinPath(dirPath(rel), link))];
}
async function listDir(root, rel) {
    const abs = rel === '.' ? root : await absInsideRoot(root, rel);
    if (abs === null)
        return null;
    try {
        const st = await external_node_fs_.promises.lstat(abs);
        if (!st.isDirectory())
            return null;
        return (await external_node_fs_.promises.readdir(abs)).sort(compareUtf8);
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
        const exclude = opts.excludePatterns && opts.excludePatterns.length > 0 ? compile('excludepatterns', opts.excludePatterns) : undefined;
        const literal = (p) => !PATTERN_CHARS.test(p.withoutTrailingGlob());
        return new TreeFilter(include, exclude, !include || include.patterns.every((p) => p.exclusion || literal(p)), !exclude || exclude.patterns.every((p) => !p.exclusion || literal(p)));
    }
    get active() {
        return this.include !== undefined || this.exclude !== undefined;
    }
    /**
     * Decides one entry from its path and the parent directory's match results:
     * `prune` — don't send it and don't look inside; `hide` — don't send it (a directory is still walked,
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
        return new PatternMatcher(patterns);
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
/** lstat → wire Stat. `null` when the entry vanished meanwhile. */
async function statEntry(abs, rel) {
    return statEntrySync(abs, rel);
}
/**
 * The synchronous form the walk uses: an lstat of a local directory entry takes a few microseconds, while the
 * promise form costs a thread-pool round trip and several allocations per entry — most of the listing time of a
 * context with tens of thousands of files.
 */
function statEntrySync(abs, rel) {
    try {
        const st = external_node_fs_.lstatSync(abs, { bigint: true, throwIfNoEntry: false });
        if (st === undefined)
            return null;
        const mode = goModeFromPosix(Number(st.mode));
        const stat = { path: rel, mode };
        if (!st.isDirectory()) {
            if (st.size !== 0n)
                stat.size = st.size.toString();
            if (st.isSymbolicLink())
                stat.linkname = external_node_fs_.readlinkSync(abs);
            if (mode & GoMode.Device) {
                const { major, minor } = deviceNumbers(st.rdev);
                if (major !== 0n)
                    stat.devmajor = major.toString();
                if (minor !== 0n)
                    stat.devminor = minor.toString();
            }
        }
        if (st.mtimeNs !== 0n)
            stat.modTime = st.mtimeNs.toString();
        // uid/gid stay 0: the Go client resets them for build contexts (COPY results are root-owned).
        return stat;
    }
    catch (err) {
        if (isNotFound(err))
            return null;
        throw err;
    }
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
        const stat = statEntrySync(e.abs, e.rel);
        if (stat === null)
            continue; // vanished since readdir
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
        yield stat;
        if (e.isDir && (stat.mode & GoMode.Dir) !== 0) {
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
        throw err;
    }
    const names = dirents.map((d) => ({ name: d.name, isDir: d.isDirectory() })).sort((a, b) => compareUtf8(a.name, b.name));
    const entries = names.map(({ name, isDir }) => {
        const rel = frame.rel === '' ? name : `${frame.rel}/${name}`;
        const decision = filter.active ? filter.decide(rel, isDir, frame.match) : { action: 'send', match: undefined };
        return { rel, abs: external_node_path_.join(frame.abs, name), isDir, ...decision };
    });
    return { frame, entries, next: 0 };
}

// EXTERNAL MODULE: ./lib/buildkit/proto/grpc-service.js
var grpc_service = __webpack_require__(2039);
;// CONCATENATED MODULE: ./lib/buildkit/session/filesync.js
/**
 * FileSync: serves local directories (build context, Dockerfile dir, named contexts) to the daemon.
 *
 * Each DiffCopy call names one directory (`dir-name`) and the filters the daemon wants applied; we walk it
 * with fsutil's ordering and filter rules and run the fsutil sender protocol over the call. The daemon keeps
 * a copy from earlier builds and only requests files whose size or mtime changed, so `stats()` shows how
 * much content actually had to travel.
 */






const KEY_DIR_NAME = 'dir-name';
const KEY_INCLUDE_PATTERNS = 'include-patterns';
const KEY_EXCLUDE_PATTERNS = 'exclude-patterns';
const KEY_FOLLOW_PATHS = 'followpaths';
class StatusError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/**
 * FileSync with identity (de)serialisers: the sender encodes its Packets itself (fsutil/wire.ts), which costs a
 * fraction of a protobufjs round trip per packet — and a context transfer is tens of thousands of packets.
 */
function rawFileSyncDefinition() {
    return (0,grpc_service/* rawStreamDefinition */.Oc)(FILE_SYNC_SERVICE, 'DiffCopy');
}
class FileSync {
    serviceName = FILE_SYNC_SERVICE;
    // Not TarStream: its protocol left BuildKit, daemon and client side, in July 2017 (before v0.1), so no daemon calls it
    // and there is nothing to answer it with; buildx advertises it, but its handler only fails ("failed to negotiate
    // protocol"). A daemon picks DiffCopy whenever it is advertised anyway.
    advertisedMethods = ['DiffCopy'];
    /** The definition to register this service with (raw Packet bytes; see rawFileSyncDefinition). */
    definition = rawFileSyncDefinition();
    dirs;
    counters = new Map();
    active = new Set();
    /** @param dirs dir-name → absolute directory path (`context`, `dockerfile`, named contexts...). */
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
                throw new StatusError(src/* status */.h5.NOT_FOUND, `no access allowed to dir ${JSON.stringify(dirName)} (this session shares: ${known})`);
            }
            const counters = this.countersFor(dirName);
            counters.requests++;
            let root;
            try {
                root = await resolveRoot(dir);
            }
            catch (err) {
                throw new StatusError(src/* status */.h5.NOT_FOUND, `local directory ${JSON.stringify(dirName)}: ${errorMessage(err)}`);
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
                throw new StatusError(src/* status */.h5.INVALID_ARGUMENT, `local directory ${JSON.stringify(dirName)}: ${errorMessage(err)}`);
            }
            await sendTree(streamChannel(call, rawCodec), root, walkTree(root, opts, filter), {
                signal: ac.signal,
                onData: (bytes) => (counters.bytesSent += bytes),
                onFileSent: () => counters.filesSent++,
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
    const code = err instanceof StatusError ? err.code : src/* status */.h5.UNKNOWN;
    call.emit('error', { code, details: errorMessage(err) });
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
 * coordinate through a process-wide registry. A path one of them uses as a directory cannot become a file or
 * symlink for another while both run (that would pull the directory from under the first, or turn it into a
 * link it then writes through): the second fails with a conflict, instead of the tree ending up as a race left
 * it. The last receiver using a directory applies its metadata. A mirror receive needs its destination to itself.
 * Writers outside this process are not coordinated with.
 */







async function receiveTree(channel, dest, opts = {}) {
    const result = { files: 0, bytes: 0, skipped: [] };
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
    const openTemp = async (file) => {
        // O_CREAT|O_EXCL: a fresh inode, never an existing file (or a link) reused
        const [temp, handle] = await withTempName(external_node_path_.dirname(file.abs), (t) => external_node_fs_.promises.open(t, 'wx', 0o600));
        file.temp = temp;
        file.handle = handle;
        return handle;
    };
    /** A hardlink `abs` to the file now at `source` (its temporary name, or its place once complete). */
    const makeLink = async (source, abs) => {
        const [temp] = await withTempName(external_node_path_.dirname(abs), (t) => external_node_fs_.promises.link(source, t));
        await place(temp, abs);
        receiver_registry.releaseEntry(me, abs);
    };
    const finishIfDone = async () => {
        if (!listingDone || pending.size > 0 || finSent)
            return;
        if (received)
            result.removed = await removeExtraEntries(me.root, ['', ...dirs.map((d) => d.path)], received);
        // Deepest first: a parent's restrictive mode must not block its children's updates. A directory another
        // receiver still writes into is left to it: the last one out sets the metadata.
        for (const d of dirs.reverse()) {
            if (receiver_registry.releaseDir(me, d.abs))
                await receiver_registry.finalize(d.abs, () => applyMetadata(d.abs, d.stat));
        }
        finSent = true;
        await channel.send({ type: PacketType.FIN });
    };
    const applyStat = async (stat, id) => {
        const path = stat.path ?? ''; // proto3: an empty path arrives as an absent field
        const mode = stat.mode ?? 0;
        if (!isSafeRelativePath(path))
            throw new Error(`refusing to write ${JSON.stringify(path)}: not a clean path inside the destination`);
        order.check(path, isDirMode(mode));
        const root = me.root;
        const abs = external_node_path_.join(root, path);
        if (isDirMode(mode)) {
            receiver_registry.claimDir(me, abs);
            await ensureDir(abs);
            dirs.push({ path, abs, stat });
            received?.add(path);
        }
        else if (isSymlinkMode(mode)) {
            const target = stat.linkname ?? '';
            // (a link's target is kept as sent — it is never followed while writing — but no OS takes a NUL in it)
            if (target.includes('\0'))
                throw new Error(`refusing to create symlink ${JSON.stringify(path)}: its target contains a NUL byte`);
            receiver_registry.claimEntry(me, abs);
            const [temp] = await withTempName(external_node_path_.dirname(abs), (t) => external_node_fs_.promises.symlink(target, t));
            try {
                await applyMetadata(temp, stat);
            }
            catch (err) {
                await external_node_fs_.promises.unlink(temp).catch(() => { });
                throw err;
            }
            await place(temp, abs);
            receiver_registry.releaseEntry(me, abs);
            received?.add(path);
        }
        else if (isRegularMode(mode) && stat.linkname) {
            const target = stat.linkname;
            const file = isSafeRelativePath(target) ? regularFiles.get(target) : undefined;
            if (!file)
                throw new Error(`invalid link ${path} to unknown path: ${JSON.stringify(target)}`);
            receiver_registry.claimEntry(me, abs);
            received?.add(path);
            if (!file.done) {
                file.links.push(abs);
                return;
            }
            // its file is complete and in place: link to it if it still is a regular file (another receiver may have
            // replaced it since, with its own version of the same path)
            if (!(await lstatOrNull(file.abs))?.isFile())
                throw new Error(`cannot link ${path} to ${target}: ${target} is no longer a regular file`);
            await makeLink(file.abs, abs);
        }
        else if (isRegularMode(mode)) {
            receiver_registry.claimEntry(me, abs);
            const file = { path, abs, stat, bytes: 0, done: false, links: [] };
            regularFiles.set(path, file);
            pending.set(id, file);
            received?.add(path);
            await channel.send({ type: PacketType.REQ, ID: id });
        }
        else {
            result.skipped.push(path);
        }
    };
    const completeFile = async (id, file) => {
        const handle = file.handle ?? (await openTemp(file));
        file.handle = undefined;
        try {
            await handle.chmod(posixPermFromGoMode(file.stat.mode ?? 0));
            const t = nsToSeconds(file.stat.modTime);
            await handle.utimes(t, t);
        }
        finally {
            await handle.close();
        }
        for (const link of file.links.splice(0))
            await makeLink(file.temp, link);
        const temp = file.temp;
        file.temp = undefined;
        await place(temp, file.abs);
        file.done = true;
        receiver_registry.releaseEntry(me, file.abs);
        pending.delete(id);
        result.files++;
        result.bytes += file.bytes;
        opts.onFile?.(file.path, file.bytes);
        await finishIfDone();
    };
    try {
        await external_node_fs_.promises.mkdir(dest, { recursive: true });
        me = receiver_registry.begin(await external_node_fs_.promises.realpath(dest), opts.mirror === true);
        for await (const packet of channel.receive()) {
            opts.signal?.throwIfAborted();
            switch (packet.type ?? PacketType.STAT) {
                case PacketType.ERR:
                    throw new Error(`error from sender: ${packet.data?.toString() ?? ''}`);
                case PacketType.STAT: {
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
                case PacketType.DATA: {
                    const id = packet.ID ?? 0;
                    const file = pending.get(id);
                    if (!file)
                        throw new Error(`invalid file request ${id}`);
                    const data = packet.data;
                    if (!data || data.length === 0) {
                        await completeFile(id, file);
                        break;
                    }
                    await writeAll(file.handle ?? (await openTemp(file)), data);
                    file.bytes += data.length;
                    break;
                }
                case PacketType.FIN:
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
        if (finSent && err instanceof StreamClosedError)
            return result;
        if (!(err instanceof StreamClosedError)) {
            await channel.send({ type: PacketType.ERR, data: Buffer.from(err.message ?? String(err)) }).catch(() => { });
        }
        throw err;
    }
    finally {
        // files never completed leave nothing behind (what was placed stays, as in a merge)
        for (const file of pending.values()) {
            await file.handle?.close().catch(() => { });
            if (file.temp)
                await external_node_fs_.promises.unlink(file.temp).catch(() => { });
        }
        if (me)
            receiver_registry.end(me);
    }
    if (!finSent)
        throw new Error('sender closed the stream before the transfer was complete');
    return result;
}
async function writeAll(handle, data) {
    let offset = 0;
    while (offset < data.length) {
        const { bytesWritten } = await handle.write(data, offset, data.length - offset, null);
        offset += bytesWritten;
    }
}
function errorCode(err) {
    return err?.code;
}
async function lstatOrNull(abs) {
    try {
        return await external_node_fs_.promises.lstat(abs);
    }
    catch (err) {
        if (errorCode(err) === 'ENOENT')
            return null;
        throw err;
    }
}
/**
 * Makes `abs` a directory: an existing one is kept (made owner-writable while children arrive — one an earlier
 * export left read-only too; its mode is set at the end), a file or symlink there is removed (the link itself,
 * never its target) and a directory made. Another receiver creating it at the same moment is fine.
 */
async function ensureDir(abs) {
    await receiver_registry.settled(abs);
    for (let attempt = 0;; attempt++) {
        const existing = await lstatOrNull(abs);
        if (existing?.isDirectory()) {
            if ((existing.mode & 0o700) !== 0o700)
                await external_node_fs_.promises.chmod(abs, (existing.mode & 0o7777) | 0o700);
            return;
        }
        if (existing) {
            await external_node_fs_.promises.unlink(abs).catch((err) => {
                if (errorCode(err) !== 'ENOENT')
                    throw err;
            });
        }
        try {
            // Owner-writable while children arrive; the real mode is applied at the end.
            await external_node_fs_.promises.mkdir(abs, { mode: 0o700 });
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
async function withTempName(dir, create) {
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
 * Renames a finished entry from its temporary name into place: rename replaces a file or symlink there atomically
 * (the link itself); a directory there (stale: one a running receiver uses would have been a conflict at the STAT)
 * goes first, with its contents. The temporary entry is removed if it cannot be placed.
 */
async function place(temp, abs) {
    for (let attempt = 0;; attempt++) {
        try {
            await external_node_fs_.promises.rename(temp, abs);
            return;
        }
        catch (err) {
            if (errorCode(err) !== 'EISDIR' || attempt >= 4) {
                await external_node_fs_.promises.unlink(temp).catch(() => { });
                throw err;
            }
        }
        // rm never follows a symlink: a link inside the old directory is removed, not what it points to
        await external_node_fs_.promises.rm(abs, { recursive: true, force: true });
    }
}
/**
 * Mirror mode: removes every entry of the received directories (relative paths, '' for the destination) that is
 * not in `received`. Only directories of the received tree are listed — each one this receiver created or kept
 * as a real directory — so nothing outside the destination is reached, and rm removes symlinks without following
 * them. Names that are not valid UTF-8 cannot have come from the stream and go too.
 */
async function removeExtraEntries(root, dirs, received) {
    let removed = 0;
    for (const dir of dirs) {
        const dirAbs = dir === '' ? root : external_node_path_.join(root, dir);
        for (const name of await external_node_fs_.promises.readdir(dirAbs, { encoding: 'buffer' })) {
            const text = name.toString('utf8');
            const utf8 = Buffer.from(text, 'utf8').equals(name);
            if (utf8 && received.has(joinRel(dir, text)))
                continue;
            const abs = utf8 ? external_node_path_.join(dirAbs, text) : Buffer.concat([Buffer.from(dirAbs + external_node_path_.sep), name]);
            await external_node_fs_.promises.rm(abs, { recursive: true, force: true });
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
async function applyMetadata(abs, stat) {
    const mode = stat.mode ?? 0;
    if (!isSymlinkMode(mode))
        await external_node_fs_.promises.chmod(abs, posixPermFromGoMode(mode));
    const t = nsToSeconds(stat.modTime);
    await external_node_fs_.promises.lutimes(abs, t, t);
}
/**
 * The receivers of this process writing into directory trees, and what each of them is doing where (see the
 * module comment). Claims are taken and checked synchronously, so of two receivers that disagree about a path the
 * second always sees the first.
 */
class ReceiveRegistry {
    active = new Set();
    /** path → receivers using it as a directory: writing into it, setting its metadata at the end */
    dirs = new Map();
    /** path → receivers about to put a file, symlink or hardlink there */
    entries = new Map();
    /** directory → its final metadata being applied: a receiver starting to use it waits (a read-only mode must
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
const receiver_registry = new ReceiveRegistry();
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
        if (top.dir !== dir || (top.last !== undefined && compareUtf8(top.last, base) >= 0)) {
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

;// CONCATENATED MODULE: ./lib/buildkit/session/filesend.js
/**
 * FileSend: where exporters stream their output back to us (`local`, `tar`, `oci`/`docker` tarballs).
 *
 * Each DiffCopy call carries `buildkit-attachable-exporter-id` (index into SolveRequest.Exporters, absent ⇒ 0)
 * and one of two payloads:
 * - file mode: `BytesMessage` chunks of one tarball, written in order to a file or a caller's Writable;
 * - directory mode (`local` exporter): fsutil Packets — the daemon is the fsutil sender and we receive the
 *   tree into a directory. With several platforms the daemon sends each under a `<os>_<arch>` directory
 *   (one stream per platform, or one stream for all on newer daemons); they merge into the destination.
 *   With `mirror` (`mode=delete`) the directory ends up holding exactly the export. That needs the one-stream
 *   transfer — a stream per platform would each delete the others' files — which a daemon announces with
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
class filesend_StatusError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/** A FileSend definition whose messages are the raw frame bytes, in both directions. */
function rawFileSendDefinition() {
    return (0,grpc_service/* rawStreamDefinition */.Oc)(FILE_SEND_SERVICE, 'DiffCopy');
}
class FileSend {
    targets;
    serviceName = FILE_SEND_SERVICE;
    advertisedMethods = ['DiffCopy'];
    /** The definition to register this service with (raw frames; see the module comment). */
    definition = rawFileSendDefinition();
    counters = new Map();
    active = new Set();
    /** @param targets one per exporter, in SolveRequest.Exporters order. */
    /** `targets[i]` receives exporter i's output; undefined for exporters that send nothing to the client (image, moby). */
    constructor(targets) {
        this.targets = targets;
    }
    handlers() {
        return {
            DiffCopy: (call) => void this.diffCopy(call),
        };
    }
    stats() {
        return Object.fromEntries([...this.counters].map(([id, s]) => [id, { ...s }]));
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
                throw new filesend_StatusError(src/* status */.h5.NOT_FOUND, `exporter ${id} has no destination on this client (this session has ${this.targets.length} exporters)`);
            const counters = this.countersFor(id);
            counters.streams++;
            if (target.mode === 'dir') {
                if (target.mirror && !call.metadata.get(KEY_EXPORTER_MULTI_PLATFORM).some((v) => String(v) === '1')) {
                    throw new filesend_StatusError(src/* status */.h5.FAILED_PRECONDITION, `output type=local,mode=delete needs BuildKit v0.31 or later: this daemon does not send the whole export in one transfer (multi-platform local export support), which deleting everything else in the destination depends on; nothing in ${target.path} was changed`);
                }
                await receiveTree(streamChannel(call, rawCodec), target.path, {
                    signal: ac.signal,
                    mirror: target.mirror === true,
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
                        throw new filesend_StatusError(src/* status */.h5.ALREADY_EXISTS, 'target already exists');
                }
                await writeTarball(call, out, (n) => (counters.bytes += n));
            }
            if (!call.destroyed && !call.writableEnded)
                call.end();
        }
        catch (err) {
            if (!(call.cancelled || call.destroyed || call.writableEnded)) {
                const code = err instanceof filesend_StatusError ? err.code : src/* status */.h5.UNKNOWN;
                call.emit('error', { code, details: errorMessage(err) });
            }
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
        for await (const data of readMessages(call, frameBytes)) {
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

;// CONCATENATED MODULE: ./lib/buildkit/session/secrets.js
/**
 * Serves `RUN --mount=type=secret` values to the daemon. Values are read when the store is built, so a
 * missing file or variable fails before any solve starts, and nothing is read again mid-build.
 */



class SecretLookupError extends Error {
}
/** Reads every secret now. Mirrors BuildKit's secretsprovider: without src/env, an env var named like the id, else a file of that name. */
function loadSecrets(specs, opts) {
    const values = new Map();
    for (const spec of specs) {
        if (spec.value !== undefined) {
            values.set(spec.id, Buffer.from(spec.value));
            continue;
        }
        let { file, env } = spec;
        if (!file && !env) {
            if (opts.env[spec.id] !== undefined)
                env = spec.id;
            else
                file = spec.id;
        }
        if (env) {
            const v = opts.env[env];
            if (v === undefined)
                throw new SecretLookupError(`secret "${spec.id}": environment variable ${env} is not set`);
            values.set(spec.id, Buffer.from(v));
        }
        else if (file) {
            const p = external_node_path_.resolve(opts.cwd, file);
            try {
                values.set(spec.id, external_node_fs_.readFileSync(p));
            }
            catch (err) {
                const code = err.code;
                const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(err);
                throw new SecretLookupError(`secret "${spec.id}": cannot read ${p}: ${why}`);
            }
        }
    }
    return values;
}
class SecretStore {
    values;
    serviceName = 'moby.buildkit.secrets.v1.Secrets';
    /** ids the daemon asked for, in order; tests use it to prove a secret was served. */
    served = [];
    constructor(values) {
        this.values = values;
    }
    handlers() {
        return {
            GetSecret: (call, callback) => {
                const id = call.request.ID ?? '';
                const value = this.values.get(id);
                if (!value) {
                    // NOT_FOUND is what BuildKit maps to "secret not found", which optional secret mounts tolerate.
                    callback({ code: src/* status */.h5.NOT_FOUND, details: `secret ${id} not found` });
                    return;
                }
                this.served.push(id);
                callback(null, { data: value });
            },
        };
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/buildkit/proto/sshforward.js
/**
 * `moby.sshforward.v1.SSH` (BuildKit session/sshforward/ssh.proto), served by the client: the daemon asks whether an
 * agent id is forwarded (CheckAgent) and, for each connection a `RUN --mount=type=ssh` process opens to its socket,
 * streams the agent protocol's bytes both ways (ForwardAgent; the id travels in the `buildkit.ssh.id` header).
 * Written from the wire format: names and field numbers as the daemon's generated code has them.
 */
const SSHFORWARD_PROTO = (/* unused pure expression or super */ null && (`
syntax = "proto3";
package moby.sshforward.v1;

service SSH {
  rpc CheckAgent(CheckAgentRequest) returns (CheckAgentResponse);
  rpc ForwardAgent(stream BytesMessage) returns (stream BytesMessage);
}

message BytesMessage { bytes data = 1; }
message CheckAgentRequest { string ID = 1; }
message CheckAgentResponse {}
`));
const SSH_SERVICE = 'moby.sshforward.v1.SSH';
/** The header carrying the agent id of a ForwardAgent call (sshforward.KeySSHID). */
const SSH_ID_HEADER = 'buildkit.ssh.id';
/** The id of `ssh = ["default"]` and of a mount without `id` (sshforward.DefaultID). */
const DEFAULT_SSH_ID = 'default';

;// CONCATENATED MODULE: ./lib/buildkit/session/ssh.js
/**
 * SSH agent forwarding: serves `moby.sshforward.v1.SSH` (proto/sshforward.ts) for `RUN --mount=type=ssh` and git
 * contexts fetched over SSH. The daemon asks CheckAgent whether an id is forwarded (mounts without `required` only
 * fail on NotFound / Unimplemented), then opens one ForwardAgent call per connection a build process makes to the
 * socket it mounts, the id in the `buildkit.ssh.id` header; the call carries the agent protocol's bytes both ways.
 *
 * What an id stands for, as buildx's CreateSSH → BuildKit's sshprovider.NewSSHAgentProvider resolve it (once, when
 * the forwarder is made: a bad entry fails before any build starts):
 *  - no paths (`default`, `id`): the agent at $SSH_AUTH_SOCK;
 *  - `id=SOCKET`: the agent listening on that unix socket (one socket per id, never mixed with key files);
 *  - `id=KEY[,KEY…]`: private key files, served by an agent that holds only them.
 *
 * Key files. buildx parses them (golang.org/x/crypto/ssh) into an in-process keyring agent. bakekit instead starts a
 * private OpenSSH `ssh-agent` and loads them with `ssh-add`: an in-process agent would be a second SSH implementation
 * (OpenSSH's key format, and RSA SHA-2 / ECDSA / Ed25519 signing with the agent's flags) to keep right, whereas
 * OpenSSH is the reference and is on every runner (Debian package openssh-client). The agent runs in the foreground
 * (`-D`, our child process), listens in a fresh 0700 temporary directory, is started only when the daemon first asks
 * for its id, and is killed (its directory removed) when the session closes, or when this process exits. A key with a
 * passphrase fails when the forwarder is made, with a message saying what to do instead: nothing here can ask for a
 * passphrase (and `ssh-add` is run without a terminal, so it never prompts).
 *
 * Read only, as BuildKit's provider is for agent sockets (readOnlyAgent): listing identities, signing and unlocking
 * reach the agent; adding or removing keys, locking, extensions and anything unknown are answered SSH_AGENT_FAILURE
 * here without reaching it, so a build cannot change the runner's agent. (BuildKit's in-process keyring for key files
 * would accept changes, to itself only; the private agent is refused them too, which a build cannot tell apart.)
 */







/** An ssh entry that cannot be served: a missing path, a passphrase-protected key, no SSH_AUTH_SOCK... */
class SshConfigError extends Error {
}
/** Largest key file read (as BuildKit reads them), and largest agent message passed either way (x/crypto agent). */
const MAX_KEY_FILE = 100 * 1024;
const MAX_AGENT_MESSAGE = 16 << 20;
// SSH agent protocol (draft-miller-ssh-agent) message numbers used here.
const SSH_AGENT_FAILURE = 5;
const SSH_AGENTC_REQUEST_RSA_IDENTITIES = 1; // SSH1: x/crypto's agent answers it with an empty list
const SSH_AGENT_RSA_IDENTITIES_ANSWER = 2;
/** Requests passed to the agent: list identities, sign, unlock (what BuildKit's readOnlyAgent lets through). */
const PASSED = new Set([11 /* REQUEST_IDENTITIES */, 13 /* SIGN_REQUEST */, 23 /* UNLOCK */]);
/**
 * The agent behind each id, checked now. Mirrors sshprovider's AgentConfig.toDialer/toDialer; messages name the id.
 */
function resolveSshSources(specs, env = process.env) {
    const out = new Map();
    for (const spec of specs) {
        const id = spec.id || DEFAULT_SSH_ID;
        const fail = (why) => new SshConfigError(`ssh "${id}": ${why}`);
        if (out.has(id))
            throw fail(`duplicate agent ID "${id}"`);
        let paths = spec.paths.filter((p) => p !== '');
        if (paths.length === 0) {
            const sock = env.SSH_AUTH_SOCK;
            if (!sock)
                throw fail('invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set (or name an agent socket or key files: id=PATH[,PATH…])');
            paths = [sock];
        }
        let socket;
        const keys = [];
        for (const p of paths) {
            if (socket !== undefined)
                throw fail('only single socket allowed');
            let st;
            try {
                st = external_node_fs_.statSync(p);
            }
            catch (err) {
                throw fail(`${p}: ${err.code === 'ENOENT' ? 'no such file or socket' : err.message}`);
            }
            if (st.isSocket()) {
                socket = p;
                continue;
            }
            checkKeyFile(p, id);
            keys.push(p);
        }
        if (socket !== undefined && keys.length)
            throw fail('invalid combination of keys and sockets');
        out.set(id, socket !== undefined ? { kind: 'socket', path: socket } : { kind: 'keys', files: keys });
    }
    return out;
}
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/;
const KEY_TYPES = new Set(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);
/** Fails unless `file` holds an unencrypted private key in a format OpenSSH (and BuildKit) load. */
function checkKeyFile(file, id) {
    const fail = (why) => new SshConfigError(`ssh "${id}": failed to parse ${file}: ${why}`);
    let text;
    try {
        const fd = external_node_fs_.openSync(file, 'r');
        try {
            const buf = Buffer.alloc(MAX_KEY_FILE);
            text = buf.subarray(0, external_node_fs_.readSync(fd, buf, 0, MAX_KEY_FILE, 0)).toString('latin1');
        }
        finally {
            external_node_fs_.closeSync(fd);
        }
    }
    catch (err) {
        throw fail(err.code === 'EISDIR' ? 'is a directory, neither an agent socket nor a key file' : err.message);
    }
    const m = PEM_BLOCK.exec(text);
    if (!m)
        throw fail('not an agent socket, and no private key found in it');
    const [, type, body] = m;
    if (!KEY_TYPES.has(type))
        throw fail(`unsupported key type "${type}"`);
    if (encrypted(type, body)) {
        throw fail('this private key is passphrase protected, and bakekit cannot ask for a passphrase: load the key into an ssh-agent ' +
            `(ssh-add) and forward that agent instead (ssh = ["${id}"] with SSH_AUTH_SOCK set, or "${id}=<agent socket>")`);
    }
}
function encrypted(type, body) {
    if (type === 'ENCRYPTED PRIVATE KEY' || /^Proc-Type:\s*4,ENCRYPTED/m.test(body))
        return true;
    if (type !== 'OPENSSH PRIVATE KEY')
        return false;
    // openssh-key-v1: the magic, then the cipher name as an SSH string; "none" for a key without passphrase
    const raw = Buffer.from(body.replace(/\s+/g, ''), 'base64');
    const MAGIC = 'openssh-key-v1\0';
    if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC || raw.length < MAGIC.length + 4)
        return false; // ssh-add will say
    const len = raw.readUInt32BE(MAGIC.length);
    return raw.subarray(MAGIC.length + 4, MAGIC.length + 4 + len).toString('latin1') !== 'none';
}
class SshForwarder {
    serviceName = SSH_SERVICE;
    /** ids of the ForwardAgent calls served so far, in order; tests use it to prove the agent was reached */
    forwarded = [];
    sources;
    agents = new Map();
    connections = new Set();
    closed = false;
    /** Resolves every entry now (resolveSshSources): throws SshConfigError for one that cannot be served; or takes
     * sources resolveSshSources already gave (the runner checks every target's before anything starts). No entries:
     * a forwarder that knows no id, which is what buildx attaches to a build without `ssh`. */
    constructor(specs = [], opts = {}) {
        this.sources = specs instanceof Map ? new Map(specs) : resolveSshSources(specs, opts.env ?? process.env);
    }
    /** The ids served. */
    get ids() {
        return [...this.sources.keys()];
    }
    handlers() {
        return {
            CheckAgent: (call, callback) => {
                const id = call.request?.ID || DEFAULT_SSH_ID;
                this.agentSocket(id).then(() => callback(null, {}), (err) => callback(err));
            },
            ForwardAgent: (call) => void this.forward(call),
        };
    }
    /** Drops the forwarded connections and stops the private agents. */
    close() {
        this.closed = true;
        for (const c of this.connections)
            c.destroy();
        this.connections.clear();
        for (const a of this.agents.values())
            a.stop();
        this.agents.clear();
    }
    /** The socket of id's agent, starting the private agent of key files on first use; a status error otherwise. */
    async agentSocket(id) {
        const source = this.sources.get(id);
        // BuildKit's words (sshprovider: "unset ssh forward key"), with the code its secrets provider uses for an unknown id
        if (!source)
            throw ssh_status(src/* status */.h5.NOT_FOUND, `unset ssh forward key ${id}`);
        if (source.kind === 'socket')
            return source.path;
        if (this.closed)
            throw ssh_status(src/* status */.h5.UNAVAILABLE, 'the session is closing');
        let agent = this.agents.get(id);
        if (!agent)
            this.agents.set(id, (agent = new PrivateAgent(source.files)));
        try {
            return await agent.socket;
        }
        catch (err) {
            throw ssh_status(src/* status */.h5.FAILED_PRECONDITION, `ssh "${id}": ${err.message}`);
        }
    }
    async forward(call) {
        const id = headerValue(call.metadata, SSH_ID_HEADER) || DEFAULT_SSH_ID;
        let agent;
        try {
            const socketPath = await this.agentSocket(id);
            agent = await dial(socketPath).catch((err) => {
                throw ssh_status(src/* status */.h5.UNAVAILABLE, `failed to dial agent ${id}: ${err.message}`);
            });
            if (this.closed || call.cancelled) {
                agent.destroy();
                return;
            }
            this.connections.add(agent);
            this.forwarded.push(id);
            call.on('cancelled', () => agent.destroy());
            await relay(call, agent);
            if (!call.cancelled && !call.destroyed && !call.writableEnded)
                call.end();
        }
        catch (err) {
            if (call.cancelled || call.destroyed || call.writableEnded)
                return;
            call.emit('error', typeof err.code === 'number' ? err : ssh_status(src/* status */.h5.UNKNOWN, err.message));
        }
        finally {
            if (agent) {
                agent.destroy();
                this.connections.delete(agent);
            }
        }
    }
}
/**
 * Passes the daemon's agent requests to the agent one at a time, each followed by the agent's answer; requests that
 * would change the agent are answered here (see the header). Returns when either side is done.
 */
async function relay(call, agent) {
    const answers = new FrameReader(agent);
    let pending = Buffer.alloc(0);
    try {
        // not destroyOnReturn: the call must outlive the loop, to be ended with its status
        for await (const message of call.iterator({ destroyOnReturn: false })) {
            pending = pending.length ? Buffer.concat([pending, message.data ?? Buffer.alloc(0)]) : (message.data ?? Buffer.alloc(0));
            for (;;) {
                if (pending.length < 4)
                    break;
                const length = pending.readUInt32BE(0);
                if (length > MAX_AGENT_MESSAGE)
                    throw ssh_status(src/* status */.h5.RESOURCE_EXHAUSTED, `ssh agent request of ${length} bytes is too large`);
                if (pending.length < 4 + length)
                    break;
                const request = pending.subarray(0, 4 + length);
                pending = pending.subarray(4 + length);
                const type = length > 0 ? request[4] : -1;
                let answer;
                if (PASSED.has(type)) {
                    agent.write(request);
                    answer = await answers.next();
                    if (!answer)
                        return; // the agent hung up: so does the build's connection (BuildKit's Copy ends the call alike)
                }
                else {
                    answer = type === SSH_AGENTC_REQUEST_RSA_IDENTITIES ? ssh_frame(Buffer.from([SSH_AGENT_RSA_IDENTITIES_ANSWER, 0, 0, 0, 0])) : ssh_frame(Buffer.from([SSH_AGENT_FAILURE]));
                }
                if (call.cancelled || call.destroyed)
                    return;
                call.write({ data: answer });
            }
        }
    }
    catch (err) {
        if (call.cancelled || call.destroyed)
            return; // the daemon went away: iterating the call fails, nothing to report
        throw err;
    }
    finally {
        answers.dispose();
        agent.end();
    }
}
function ssh_frame(body) {
    const out = Buffer.allocUnsafe(4 + body.length);
    out.writeUInt32BE(body.length, 0);
    body.copy(out, 4);
    return out;
}
/** Whole agent messages (4-byte length, body) read from a socket, one per next(); undefined once it ended. */
class FrameReader {
    socket;
    buffered = Buffer.alloc(0);
    ended = false;
    error;
    wake;
    onData = (chunk) => {
        this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
        this.wake?.();
    };
    onEnd = () => {
        this.ended = true;
        this.wake?.();
    };
    onError = (err) => {
        this.error = err;
        this.onEnd();
    };
    constructor(socket) {
        this.socket = socket;
        socket.on('data', this.onData).on('end', this.onEnd).on('close', this.onEnd).on('error', this.onError);
    }
    async next() {
        for (;;) {
            if (this.buffered.length >= 4) {
                const length = this.buffered.readUInt32BE(0);
                if (length > MAX_AGENT_MESSAGE)
                    throw ssh_status(src/* status */.h5.RESOURCE_EXHAUSTED, `ssh agent answer of ${length} bytes is too large`);
                if (this.buffered.length >= 4 + length) {
                    const message = this.buffered.subarray(0, 4 + length);
                    this.buffered = this.buffered.subarray(4 + length);
                    return message;
                }
            }
            if (this.error)
                throw ssh_status(src/* status */.h5.UNAVAILABLE, `ssh agent connection: ${this.error.message}`);
            if (this.ended)
                return undefined;
            await new Promise((resolve) => (this.wake = resolve));
            this.wake = undefined;
        }
    }
    dispose() {
        this.socket.off('data', this.onData).off('end', this.onEnd).off('close', this.onEnd);
        this.socket.on('error', () => { }); // a late error of a socket being closed is not news
    }
}
function dial(socketPath) {
    return new Promise((resolve, reject) => {
        const s = external_node_net_.connect(socketPath);
        const timer = setTimeout(() => s.destroy(new Error('timed out after 2 s')), 2000); // BuildKit's dial timeout
        s.once('connect', () => {
            clearTimeout(timer);
            s.removeListener('error', reject);
            resolve(s);
        });
        s.once('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
    });
}
function headerValue(md, key) {
    const v = md.get(key)[0];
    return (typeof v === 'string' ? v : (v?.toString() ?? '')).split(', ')[0];
}
function ssh_status(code, details) {
    return Object.assign(new Error(details), { code, details });
}
// ---------------------------------------------------------------------------------------------------------------
/** Private agents still running, killed (their directories removed) if this process exits with them (`exit` handlers
 * may only do sync work). A process killed outright (SIGKILL) leaves the agent, which a runner's job end reaps. */
const running = new Map();
let exitHookInstalled = false;
function killOnExit(child, dir) {
    running.set(child, dir);
    child.once('exit', () => running.delete(child));
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.once('exit', () => {
        for (const [c, d] of running) {
            c.kill('SIGTERM');
            external_node_fs_.rmSync(d, { recursive: true, force: true });
        }
    });
}
/** An OpenSSH ssh-agent of our own holding `files` (see the header); started when made. */
class PrivateAgent {
    socket;
    child;
    dir;
    stopped = false;
    constructor(files) {
        this.socket = this.start(files);
        this.socket.catch(() => this.stop()); // awaited by every caller; this only cleans up
    }
    stop() {
        this.stopped = true;
        if (this.child && this.child.exitCode === null && this.child.signalCode === null)
            this.child.kill('SIGTERM');
        if (this.dir)
            external_node_fs_.rmSync(this.dir, { recursive: true, force: true });
    }
    async start(files) {
        this.dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'bakekit-ssh-')); // mode 0700
        const socketPath = external_node_path_.join(this.dir, 'agent.sock');
        // Only what the tools need from the environment: no SSH_AUTH_SOCK of the runner, no askpass program.
        const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', SSH_ASKPASS_REQUIRE: 'never' };
        const child = (0,external_node_child_process_.spawn)('ssh-agent', ['-D', '-a', socketPath], { stdio: ['ignore', 'pipe', 'pipe'], env });
        this.child = child;
        killOnExit(child, this.dir);
        let output = '';
        await new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`ssh-agent did not start within 10 s${output ? `: ${output.trim()}` : ''}`)), 10_000);
            const done = (err) => {
                clearTimeout(timer);
                if (err)
                    reject(err);
                else
                    resolve();
            };
            // -D prints the SSH_AUTH_SOCK line once it listens
            child.stdout.on('data', (d) => {
                output += d.toString();
                if (output.includes('SSH_AUTH_SOCK'))
                    done();
            });
            child.stderr.on('data', (d) => (output += d.toString()));
            child.once('error', (err) => done(new Error(err.code === 'ENOENT' ? 'key files need OpenSSH\'s ssh-agent and ssh-add (Debian/Ubuntu package openssh-client), not found on PATH' : `cannot start ssh-agent: ${err.message}`)));
            child.once('exit', (code, signal) => done(new Error(`ssh-agent exited (${signal ?? `status ${code}`}) before it listened${output ? `: ${output.trim()}` : ''}`)));
        });
        child.stdout.resume();
        child.stderr.resume();
        if (this.stopped)
            throw new Error('the session closed');
        await runSshAdd(files, { ...env, SSH_AUTH_SOCK: socketPath });
        if (this.stopped)
            throw new Error('the session closed');
        return socketPath;
    }
}
/** `ssh-add FILE…` into the private agent; detached (no controlling terminal) and without askpass, so never prompting. */
function runSshAdd(files, env) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('ssh-add', ['--', ...files], { stdio: ['ignore', 'ignore', 'pipe'], env, detached: true });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('error', (err) => {
            clearTimeout(timer);
            reject(new Error(err.code === 'ENOENT' ? 'key files need OpenSSH\'s ssh-add (Debian/Ubuntu package openssh-client), not found on PATH' : `cannot run ssh-add: ${err.message}`));
        });
        child.once('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
                resolve();
            else
                reject(new Error(`cannot load the key files ${files.join(', ')} (ssh-add ${signal ?? `exited ${code}`}): ${stderr.trim().split('\n').filter((l) => !/^Enter passphrase/.test(l)).join('; ') || 'no reason given'}`));
        });
    });
}

;// CONCATENATED MODULE: ./lib/buildkit/proto/content.js
/**
 * `containerd.services.content.v1.Content` (containerd api/services/content/v1/content.proto), served by the client
 * inside a session: BuildKit's session/content package reaches content stores the client holds — OCI layout
 * directories for `type=local` cache exports and imports, `oci-layout://` named contexts and `type=oci,tar=false`
 * outputs. Written from the wire format: package, message names and field numbers as containerd's, so the bytes
 * match. Which store a call is for travels in the `buildkit-attachable-store-id` header (session/content).
 */
const CONTENT_PROTO = (/* unused pure expression or super */ null && (`
syntax = "proto3";
package containerd.services.content.v1;

service Content {
  rpc Info(InfoRequest) returns (InfoResponse);
  rpc Update(UpdateRequest) returns (UpdateResponse);
  rpc List(ListContentRequest) returns (stream ListContentResponse);
  rpc Delete(DeleteContentRequest) returns (google.protobuf.Empty);
  rpc Read(ReadContentRequest) returns (stream ReadContentResponse);
  rpc Status(StatusRequest) returns (StatusResponse);
  rpc ListStatuses(ListStatusesRequest) returns (ListStatusesResponse);
  rpc Write(stream WriteContentRequest) returns (stream WriteContentResponse);
  rpc Abort(AbortRequest) returns (google.protobuf.Empty);
}

message Info {
  string digest = 1;
  int64 size = 2;
  google.protobuf.Timestamp created_at = 3;
  google.protobuf.Timestamp updated_at = 4;
  map<string, string> labels = 5;
}
message InfoRequest { string digest = 1; }
message InfoResponse { Info info = 1; }
message UpdateRequest { Info info = 1; google.protobuf.FieldMask update_mask = 2; }
message UpdateResponse { Info info = 1; }
message ListContentRequest { repeated string filters = 1; }
message ListContentResponse { repeated Info info = 1; }
message DeleteContentRequest { string digest = 1; }
message ReadContentRequest { string digest = 1; int64 offset = 2; int64 size = 3; }
message ReadContentResponse { int64 offset = 1; bytes data = 2; }
message Status {
  google.protobuf.Timestamp started_at = 1;
  google.protobuf.Timestamp updated_at = 2;
  string ref = 3;
  int64 offset = 4;
  int64 total = 5;
  string expected = 6;
}
message StatusRequest { string ref = 1; }
message StatusResponse { Status status = 1; }
message ListStatusesRequest { repeated string filters = 1; }
message ListStatusesResponse { repeated Status statuses = 1; }
enum WriteAction { STAT = 0; WRITE = 1; COMMIT = 2; }
message WriteContentRequest {
  WriteAction action = 1;
  string ref = 2;
  int64 total = 3;
  string expected = 4;
  int64 offset = 5;
  bytes data = 6;
  map<string, string> labels = 7;
}
message WriteContentResponse {
  WriteAction action = 1;
  google.protobuf.Timestamp started_at = 2;
  google.protobuf.Timestamp updated_at = 3;
  int64 offset = 4;
  int64 total = 5;
  string digest = 6;
}
message AbortRequest { string ref = 1; }
`));
/** google/protobuf/field_mask.proto's one message (UpdateRequest uses it). */
const FIELD_MASK_PROTO = (/* unused pure expression or super */ null && (`
syntax = "proto3";
package google.protobuf;
message FieldMask { repeated string paths = 1; }
`));
const CONTENT_SERVICE = 'containerd.services.content.v1.Content';
/** containerd's WriteAction values. */
const WriteAction = { STAT: 0, WRITE: 1, COMMIT: 2 };

// EXTERNAL MODULE: ./lib/buildkit/oci-layout.js
var oci_layout = __webpack_require__(9288);
;// CONCATENATED MODULE: ./lib/buildkit/session/content-store.js
/**
 * `containerd.services.content.v1.Content` served inside a session over OCI layout directories: how BuildKit reaches
 * content the client holds (its session/content package). The daemon picks a store per call with the
 * `buildkit-attachable-store-id` header; the ids are the Go client's:
 * - `local:<dest|src>` — a `type=local` cache export or import (cache/remotecache/local), the attribute as sent;
 * - `oci:<name>` — an `oci-layout://<name>…` named context (the frontend's ResolveImageConfig and OCI layout source);
 * - `export` — the `oci`/`docker` exporter with `tar=false`.
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
class content_store_StatusError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
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
        throw new content_store_StatusError(src/* status */.h5.INVALID_ARGUMENT, `${JSON.stringify(s)} failed validation`);
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
            throw new content_store_StatusError(src/* status */.h5.NOT_FOUND, `content ${digest}: not found`);
        }
        if (!st.isFile())
            throw new content_store_StatusError(src/* status */.h5.NOT_FOUND, `content ${digest}: not found`);
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
                throw new content_store_StatusError(src/* status */.h5.NOT_FOUND, `content ${digest}: not found`);
            throw err;
        }
    }
    status(ref) {
        const s = this.ingests.get(ref);
        if (!s)
            throw new content_store_StatusError(src/* status */.h5.NOT_FOUND, `ingest ref "${ref}": not found`);
        return { ref, offset: s.offset, total: s.total, started_at: timestamp(s.startedAt), updated_at: timestamp(s.updatedAt), expected: '' };
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
            throw new content_store_StatusError(src/* status */.h5.NOT_FOUND, `ingest ref "${ref}": not found`);
    }
    /**
     * A writer for `ref`: locks it (UNAVAILABLE while another stream holds it), fails with ALREADY_EXISTS when
     * `expected` is stored already, and resumes an ingest this store left open, else starts one.
     */
    async openWriter(ref, total, expected) {
        const since = this.locks.get(ref);
        if (since !== undefined) {
            throw new content_store_StatusError(src/* status */.h5.UNAVAILABLE, `ref ${ref} locked for ${Date.now() - since}ms (since ${new Date(since).toISOString()}): unavailable`);
        }
        this.locks.set(ref, Date.now());
        try {
            if (expected && (await this.has(expected)))
                throw new content_store_StatusError(src/* status */.h5.ALREADY_EXISTS, `content ${expected}: already exists`);
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
                const algorithm = expected.startsWith('sha512:') ? 'sha512' : expected.startsWith('sha384:') ? 'sha384' : 'sha256';
                const now = Date.now();
                state = { ref, dir, data: external_node_path_.join(dir, 'data'), algorithm, hash: external_node_crypto_.createHash(algorithm), offset: 0, total, startedAt: now, updatedAt: now };
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
            throw new content_store_StatusError(src/* status */.h5.ALREADY_EXISTS, `content ${digest}: already exists`);
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
            throw new content_store_StatusError(src/* status */.h5.FAILED_PRECONDITION, `unexpected commit size ${this.state.offset}, expected ${size}: failed precondition`);
        }
        if (expected && expected !== actual) {
            throw new content_store_StatusError(src/* status */.h5.FAILED_PRECONDITION, `unexpected commit digest ${actual}, expected ${expected}: failed precondition`);
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
/** The session attachable: several layout stores, chosen per call by the store-id header. */
class ContentStoreService {
    serviceName = CONTENT_SERVICE;
    stores = new Map();
    byDir = new Map();
    counters = new Map();
    /** @param stores store id → layout directory (absolute); ids naming one directory share its store. */
    constructor(stores) {
        for (const [id, dir] of Object.entries(stores)) {
            let store = this.byDir.get(dir);
            if (!store)
                this.byDir.set(dir, (store = new LayoutStore(dir)));
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
        for (const store of this.byDir.values())
            store.close();
    }
    handlers() {
        const unary = (fn) => (call, callback) => {
            void (async () => {
                const [store, id] = this.choose(call.metadata);
                return fn(store, call.request ?? {}, id);
            })().then((value) => callback(null, value), (err) => callback(toStatus(err)));
        };
        return {
            Info: unary(async (store, req) => ({ info: await store.info(digestOrFail(req.digest)) })),
            Update: unary(async (_store, req) => {
                digestOrFail(req.info?.digest);
                throw new content_store_StatusError(src/* status */.h5.FAILED_PRECONDITION, 'update not supported on immutable content store: failed precondition');
            }),
            Delete: unary(async (store, req) => {
                await store.delete(digestOrFail(req.digest));
                return {};
            }),
            Status: unary(async (store, req) => ({ status: store.status(String(req.ref ?? '')) })),
            ListStatuses: unary(async (store, req) => {
                noFilters(req.filters);
                return { statuses: store.statuses() };
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
            throw new content_store_StatusError(src/* status */.h5.INVALID_ARGUMENT, `request lacks metadata "${STORE_ID_HEADER}"`);
        // The daemon puts its store id first; repeated headers may arrive joined by ", ".
        const first = values[0];
        for (const id of [first, first.split(', ')[0]]) {
            const store = this.stores.get(id);
            if (store)
                return [store, id];
        }
        throw new content_store_StatusError(src/* status */.h5.NOT_FOUND, `unknown store ${first}`);
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
                call.emit('error', toStatus(err));
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
            throw new content_store_StatusError(src/* status */.h5.OUT_OF_RANGE, `read past object length ${size} bytes`);
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
                    throw new content_store_StatusError(src/* status */.h5.DATA_LOSS, `content ${digest} ended at ${offset} of ${size} bytes`);
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
            for await (const req of readMessages(call, (m) => (m ?? {}))) {
                if (!writer) {
                    ref = String(req.ref ?? '');
                    if (!ref)
                        throw new content_store_StatusError(src/* status */.h5.INVALID_ARGUMENT, 'first message must have a reference');
                    total = int64(req.total);
                    expected = typeof req.expected === 'string' ? req.expected : '';
                    writer = await store.openWriter(ref, total, expected);
                }
                const action = Number(req.action ?? WriteAction.STAT);
                const msg = { action, offset: writer.offset };
                if (typeof req.expected === 'string' && req.expected) {
                    if (await store.has(req.expected)) {
                        await writer.close();
                        await store.abort(ref).catch(() => { });
                        throw new content_store_StatusError(src/* status */.h5.ALREADY_EXISTS, `blob with expected digest ${req.expected} exists`);
                    }
                    expected = req.expected;
                }
                if (int64(req.total) > 0)
                    total = int64(req.total);
                if (action === WriteAction.STAT) {
                    Object.assign(msg, { digest: writer.digest(), started_at: timestamp(writer.startedAt), updated_at: timestamp(writer.updatedAt), total });
                }
                else if (action === WriteAction.WRITE || action === WriteAction.COMMIT) {
                    const offset = int64(req.offset);
                    if (offset > 0 && offset !== writer.offset)
                        throw new content_store_StatusError(src/* status */.h5.OUT_OF_RANGE, `write @${offset} must occur at current offset ${writer.offset}`);
                    if (offset === 0 && writer.offset > 0) {
                        await writer.truncate();
                        msg.offset = 0;
                    }
                    const data = req.data instanceof Uint8Array ? Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength) : undefined;
                    if (data?.length) {
                        await writer.write(data);
                        msg.offset = writer.offset;
                        counters.bytesWritten += data.length;
                    }
                    if (action === WriteAction.COMMIT) {
                        msg.digest = await writer.commit(total, expected);
                        counters.commits++;
                    }
                    else {
                        msg.digest = writer.digest();
                    }
                }
                else {
                    throw new content_store_StatusError(src/* status */.h5.INVALID_ARGUMENT, `unknown write action ${action}`);
                }
                await send(call, msg);
                if (action === WriteAction.COMMIT)
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
        throw new content_store_StatusError(src/* status */.h5.CANCELLED, 'cancelled');
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
        throw new content_store_StatusError(src/* status */.h5.INVALID_ARGUMENT, 'filters are not supported by this content store');
    }
}
function toStatus(err) {
    if (err instanceof content_store_StatusError)
        return { code: err.code, details: err.message };
    const e = err;
    if (e?.code === 'ENOENT')
        return { code: src/* status */.h5.NOT_FOUND, details: e.message };
    return { code: src/* status */.h5.UNKNOWN, details: e?.message ?? String(err) };
}

// EXTERNAL MODULE: ./lib/buildkit/session/auth.js
var session_auth = __webpack_require__(9853);
;// CONCATENATED MODULE: ./lib/build/abortable.js
/** `p`, or a rejection with the signal's reason as soon as `signal` aborts (the wait is cut short, `p` runs on). */
function abortable(p, signal) {
    if (signal.aborted) {
        p.catch(() => { }); // nobody waits for `p` any more: its failure must not be an unhandled rejection
        return Promise.reject(signal.reason ?? new Error('aborted'));
    }
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason ?? new Error('aborted'));
        signal.addEventListener('abort', onAbort, { once: true });
        p.then((v) => {
            signal.removeEventListener('abort', onAbort);
            resolve(v);
        }, (e) => {
            signal.removeEventListener('abort', onAbort);
            reject(e);
        });
    });
}

;// CONCATENATED MODULE: ./lib/build/lifetime.js
/**
 * The linked-target lifetime rule, in one place (see docs/architecture.md and BuildKit's lifetime problem:
 * buildx #2108, #3543, #3696, #4014).
 *
 * A producer P and a consumer C share vertices: C loads P's LLB through its frontend inputs, and a shared
 * vertex can only use the sessions (secrets, local dirs, auth) of the jobs currently holding it. So:
 *   1. C may solve (lazily) once every parent has PUBLISHED its lazy result (C needs their definitions);
 *   2. T may EVALUATE once T is published, every child of T has published (they registered their LLB) and
 *      every parent has EVALUATED (a parent loads the shared vertices first, under its own job);
 *   3. T may be RELEASED (Return → export → its job and session end) only once T is evaluated and every child
 *      has COMPLETED, i.e. reached its own release point — so no producer goes away before all of its
 *      consumers, and their consumers, have evaluated.
 * A failure cancels every descendant (they cannot build without it). A failed or cancelled child no longer
 * holds its parents back, so nothing deadlocks. The order cannot deadlock on a DAG: rule 2 needs only the
 * parents' rule 1 and 2 and the children's rule 1; rule 3 needs the children's rule 3 (induction on depth).
 *
 * The machine is pure and synchronous: the runner reports events and awaits `until(t, gate)`; a model checker
 * in the tests drives every interleaving of events through the same object.
 */
class TargetCancelledError extends Error {
    target;
    cause_;
    constructor(target, cause_) {
        super(`target "${target}" cancelled: ${cause_}`);
        this.target = target;
        this.cause_ = cause_;
    }
}
const RANK = { waiting: 0, published: 1, evaluated: 2, completed: 3, failed: -1, cancelled: -1 };
class LifetimeMachine {
    phase = new Map();
    parents = new Map();
    children = new Map();
    cancelReason = new Map();
    waiters = [];
    /** Every transition in order; the tests read it to check invariants over whole histories. */
    history = [];
    /** `graph` maps each target to the targets it consumes (its parents). */
    constructor(graph) {
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
    reached(t, phase) {
        return RANK[this.phaseOf(t)] >= RANK[phase];
    }
    /** A child that failed or was cancelled no longer needs anything from its parents. */
    childSettled(c, phase) {
        const p = this.phaseOf(c);
        return p === 'failed' || p === 'cancelled' || this.reached(c, phase);
    }
    /** Whether `gate` is open for `t` now. Throws TargetCancelledError when t can never pass it. */
    isOpen(t, gate) {
        const p = this.phaseOf(t);
        if (p === 'failed' || p === 'cancelled')
            throw new TargetCancelledError(t, this.cancelReason.get(t) ?? p);
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
    until(t, gate) {
        return new Promise((resolve, reject) => {
            try {
                if (this.isOpen(t, gate))
                    return resolve();
            }
            catch (err) {
                return reject(err);
            }
            this.waiters.push({ target: t, gate, resolve, reject });
        });
    }
    published(t) {
        this.advance(t, 'waiting', 'published', 'solve');
    }
    evaluated(t) {
        this.advance(t, 'published', 'evaluated', 'evaluate');
    }
    completed(t) {
        this.advance(t, 'evaluated', 'completed', 'release');
    }
    /** t failed: it and every descendant that has not completed are cancelled. */
    failed(t, reason) {
        const p = this.phaseOf(t);
        if (p === 'failed' || p === 'cancelled' || p === 'completed')
            return;
        this.set(t, 'failed');
        this.cancelReason.set(t, reason);
        const queue = [...this.childrenOf(t)];
        while (queue.length) {
            const c = queue.shift();
            const cp = this.phaseOf(c);
            if (cp === 'failed' || cp === 'cancelled' || cp === 'completed')
                continue;
            this.set(c, 'cancelled');
            this.cancelReason.set(c, `it consumes "${t}", which failed`);
            queue.push(...this.childrenOf(c));
        }
        this.wake();
    }
    advance(t, from, to, gate) {
        const p = this.phaseOf(t);
        if (p === 'failed' || p === 'cancelled')
            return; // a late report from a cancelled solve changes nothing
        if (p !== from)
            throw new Error(`target "${t}": cannot become ${to} while ${p}`);
        if (!this.isOpen(t, gate))
            throw new Error(`target "${t}": became ${to} before its ${gate} gate opened`);
        this.set(t, to);
        this.wake();
    }
    set(t, phase) {
        this.phase.set(t, phase);
        this.history.push({ target: t, phase });
    }
    wake() {
        const still = [];
        for (const w of this.waiters) {
            try {
                if (this.isOpen(w.target, w.gate))
                    w.resolve();
                else
                    still.push(w);
            }
            catch (err) {
                w.reject(err);
            }
        }
        this.waiters = still;
    }
}

// EXTERNAL MODULE: ./lib/build/plan.js
var build_plan = __webpack_require__(2629);
// EXTERNAL MODULE: ./lib/build/content-stores.js
var content_stores = __webpack_require__(7788);
;// CONCATENATED MODULE: ./lib/build/source-policy.js
/**
 * EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: a file holding a BuildKit source policy (`moby.buildkit.v1.sourcepolicy.Policy`:
 * rules that allow, deny or convert sources such as `docker-image://…`) that every Solve carries, as buildx's
 * ReadSourcePolicy reads it. buildx reads JSON (enum values as names or numbers) and falls back to the protobuf
 * encoding; both are read here.
 */

class SourcePolicyError extends Error {
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
            throw new SourcePolicyError(`EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: ${file} is not a source policy (JSON such as {"rules":[{"action":"CONVERT","selector":{"identifier":"docker-image://…"},"updates":{"identifier":"…"}}]}): ${jsonErr.message}`);
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
    const { decodeMessage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2328));
    const p = decodeMessage('moby.buildkit.v1.sourcepolicy.Policy', data);
    if (!p.rules?.length)
        throw new Error('no rules');
    return { ...p, version: p.version === undefined ? undefined : Number(p.version) };
}

// EXTERNAL MODULE: ./lib/build/attribute-values.js
var attribute_values = __webpack_require__(2227);
;// CONCATENATED MODULE: ./lib/build/git-info.js
/**
 * What buildx tells BuildKit about the git checkout a local context lives in (buildx build/git.go
 * getGitAttributes): `vcs:revision` and `vcs:source` (the daemon writes them into provenance), `vcs:localdir:NAME`
 * for each local directory of the build (its path in the checkout), and with BUILDX_GIT_LABELS the OCI
 * revision/source labels and the Dockerfile's path. BUILDX_GIT_INFO=0 turns the vcs attributes off;
 * BUILDX_GIT_CHECK_DIRTY=1 marks a dirty tree's revision `-dirty`. Read with the git CLI, as buildx does; once per
 * context directory and run, since every target of a checkout asks the same questions.
 */




function settings(env) {
    const labelsVar = env.BUILDX_GIT_LABELS;
    return {
        labels: labelsVar === 'full' || (0,attribute_values/* parseGoBool */.MY)(labelsVar) === true,
        info: (0,attribute_values/* parseGoBool */.MY)(env.BUILDX_GIT_INFO) ?? true,
        checkDirty: (0,attribute_values/* parseGoBool */.MY)(env.BUILDX_GIT_CHECK_DIRTY) === true,
    };
}
function git(dir, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['-c', 'log.showSignature=false', ...args], { cwd: dir, encoding: 'utf8', timeout: 10_000 }, (err, stdout) => {
            // buildx's clean(): the first line, without quotes
            resolve(err ? undefined : stdout.split('\n')[0].replace(/'/g, ''));
        });
    });
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
async function readGitInfo(dir, s) {
    if ((await git(dir, ['rev-parse', '--is-inside-work-tree'])) !== 'true')
        return undefined;
    const root = await git(dir, ['rev-parse', '--show-toplevel']);
    if (!root)
        return undefined;
    const [sha, source, dirty] = await Promise.all([
        git(dir, ['show', '--format=%H', 'HEAD', '--quiet', '--']),
        remoteUrl(dir),
        s.checkDirty ? git(dir, ['status', '--porcelain', '--ignored']).then((out) => out === undefined || out.trim() !== '') : Promise.resolve(false),
    ]);
    return { root, revision: sha ? (dirty ? `${sha}-dirty` : sha) : undefined, source };
}
/** Git facts per context directory, asked once per run. */
class GitInfoCache {
    byDir = new Map();
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
            info = this.enabled ? readGitInfo(dir, this.s) : Promise.resolve(undefined);
            this.byDir.set(dir, info);
        }
        return info;
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

;// CONCATENATED MODULE: ./lib/build/metadata.js
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

// EXTERNAL MODULE: ./lib/build/outputs/features.js
var features = __webpack_require__(4906);
// EXTERNAL MODULE: ./lib/build/outputs/docker-load.js
var docker_load = __webpack_require__(2514);
// EXTERNAL MODULE: ./lib/buildkit/registry/reference.js
var reference = __webpack_require__(5299);
;// CONCATENATED MODULE: ./lib/build/outputs/errors.js

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

// EXTERNAL MODULE: ./lib/build/cache.js
var cache = __webpack_require__(902);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./lib/buildkit/transport/docker.js
var docker = __webpack_require__(2776);
;// CONCATENATED MODULE: ./lib/build/cache-daemon.js
/**
 * Which GitHub Actions cache API the daemon speaks: API v2 (`url_v2`) needs BuildKit ≥ v0.20.
 *
 * The version comes from `Control.Info` (BuildKit ≥ v0.11), else from ListWorkers' BuildkitVersion. Docker
 * Engines built by distributions often report their embedded BuildKit as `v0.0.0+unknown`; for docker://
 * endpoints the Engine's own version decides then: Docker Engine 28.0 was the first to embed BuildKit v0.20.
 * A version that stays unknown counts as current (v2), as buildx assumes.
 */



/** Docker Engine version → cache support of its embedded BuildKit (28.0 embeds v0.20). */
function engineCacheSupport(engineVersion) {
    const m = /^v?(\d+)\.(\d+)/.exec(engineVersion.trim());
    if (!m)
        return undefined;
    return { version: `embedded in Docker Engine ${engineVersion}`, ghaV2: Number(m[1]) >= 28 };
}
/** GET /version of the Engine API (bounded). */
function engineVersion(engine, timeoutMs = 5000) {
    return new Promise((resolve) => {
        const req = external_node_http_.request({ method: 'GET', path: '/version', host: 'localhost', createConnection: () => (0,docker/* connectEngine */.xn)(engine), timeout: timeoutMs }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                try {
                    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
                    resolve(res.statusCode === 200 ? body.Version : undefined);
                }
                catch {
                    resolve(undefined);
                }
            });
            res.on('error', () => resolve(undefined));
        });
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.on('error', () => resolve(undefined));
        req.end();
    });
}
async function detectCacheSupport(client, connection, signal) {
    let version = await client.info(signal);
    if (!(0,cache/* parseBuildkitVersion */.MT)(version)) {
        const workers = await client.listWorkers(signal).catch(() => []);
        version = workers.map((w) => w.BuildkitVersion?.version).find((v) => (0,cache/* parseBuildkitVersion */.MT)(v)) ?? version;
    }
    if (!(0,cache/* parseBuildkitVersion */.MT)(version) && connection.endpoint.kind === 'docker') {
        const ev = await engineVersion(connection.endpoint.engine);
        const support = ev ? engineCacheSupport(ev) : undefined;
        if (support)
            return support;
    }
    return (0,cache/* daemonCacheSupport */.ug)(version);
}

// EXTERNAL MODULE: ./lib/buildkit/progress.js
var progress = __webpack_require__(6173);
;// CONCATENATED MODULE: ./lib/build/cache-monitor.js


const EXPORT_VERTEX = {
    gha: 'exporting to GitHub Actions Cache',
    registry: 'exporting cache to registry',
    local: 'exporting cache to client directory',
    s3: 'exporting cache to Amazon S3',
    azblob: 'exporting cache to Azure Blob Storage',
};
function isCacheExportVertex(name) {
    return Object.values(EXPORT_VERTEX).includes(name) || /^exporting (cache |inline cache)/i.test(name);
}
function isCacheImportVertex(name) {
    return name.startsWith('importing cache manifest from ');
}
/** Which configured entry a cache vertex belongs to (the daemon's names carry only the type, or the ref). */
function entriesFor(vertex, entries, dir) {
    if (dir === 'export') {
        const byName = entries.map((e, i) => (EXPORT_VERTEX[e.Type] === vertex.name ? i : -1)).filter((i) => i >= 0);
        return byName.length ? byName : entries.map((_, i) => i).filter((i) => !EXPORT_VERTEX[entries[i].Type]);
    }
    const source = vertex.name.slice('importing cache manifest from '.length);
    const byType = entries.map((e, i) => (source.startsWith(`${e.Type}:`) || (e.Attrs.ref && source === e.Attrs.ref) ? i : -1)).filter((i) => i >= 0);
    return byType.length ? byType : entries.map((_, i) => i);
}
class CacheMonitor {
    secrets;
    tracker = new progress/* ProgressTracker */.si();
    constructor(secrets = []) {
        this.secrets = secrets;
    }
    update(target, message) {
        this.tracker.update(message, target);
    }
    cacheVertices(target, pick) {
        return this.tracker.vertices(target).filter((v) => pick(v.name));
    }
    report(target, cacheImports, cacheExports) {
        const steps = this.tracker.vertices(target).filter((v) => (0,cache/* isReportedStep */.Wm)(v.name));
        const mk = (entries, dir) => {
            const out = entries.map((e) => ({ entry: (0,cache/* describeCacheEntry */.oW)(e), type: e.Type }));
            const vertices = this.cacheVertices(target, dir === 'export' ? isCacheExportVertex : isCacheImportVertex);
            for (const v of vertices) {
                if (!v.error)
                    continue;
                for (const i of entriesFor(v, entries, dir))
                    out[i].error ??= (0,cache/* redact */.E$)(v.error, this.secrets);
            }
            return out;
        };
        return {
            steps: steps.length,
            cachedSteps: steps.filter((v) => v.cached).length,
            imports: mk(cacheImports, 'import'),
            exports: mk(cacheExports, 'export'),
        };
    }
    /** Warnings for a target whose build succeeded: failed imports and (ignored) failed exports. */
    static warnings(report) {
        const out = [];
        for (const e of report.imports)
            if (e.error)
                out.push(`cache import (${e.entry}) failed, building without it: ${e.error}`);
        for (const e of report.exports) {
            if (e.error)
                out.push(`cache export (${e.entry}) failed, the build succeeded but its cache was not saved (ignore-error=true): ${e.error}`);
        }
        return out;
    }
    /**
     * A failed target: when the failure is a cache export (no build step failed, an export vertex did), an error
     * that says so instead of BuildKit's bare "failed to solve: internal". `statusDone` lets the progress of the
     * failed build arrive first (bounded).
     */
    async explainFailure(target, err, cacheExports, statusDone) {
        if (!cacheExports.length)
            return err;
        if (statusDone) {
            let timer;
            await Promise.race([statusDone, new Promise((r) => (timer = setTimeout(r, 2000)))]);
            clearTimeout(timer);
        }
        const failed = this.tracker.failedVertices(target);
        if (failed.some((v) => !isCacheExportVertex(v.name) && !isCacheImportVertex(v.name)))
            return err;
        const exportFailures = this.report(target, [], cacheExports).exports.filter((e) => e.error);
        if (!exportFailures.length)
            return err;
        return new CacheExportError(exportFailures, err);
    }
}
/** A build that failed only because a cache export failed (the entry has ignore-error=false). */
class CacheExportError extends Error {
    failures;
    original;
    name = 'CacheExportError';
    constructor(failures, original) {
        super(`${failures.map((f) => `cache export (${f.entry}) failed: ${f.error}`).join('; ')} ` +
            `(the build steps succeeded; set ignore-error=true on the cache-to entry to make cache failures warnings)`, { cause: original });
        this.failures = failures;
        this.original = original;
    }
}

;// CONCATENATED MODULE: ./lib/build/cache-run.js



class CacheRun {
    opts;
    monitor;
    daemon;
    emit = () => { };
    constructor(opts) {
        this.opts = opts;
        this.monitor = new CacheMonitor([(0,cache/* githubCacheEnv */.p1)(opts.env).token]);
    }
    /** The event sink run.ts uses: status messages also feed the monitor. */
    tap(sink) {
        this.emit = sink;
        return (event) => {
            if (event.type === 'status')
                this.monitor.update(event.target, event.message);
            sink(event);
        };
    }
    /** Asks the daemon which cache API it speaks, if any target uses the gha cache. */
    async prepare(specs, client, connection, signal) {
        if ((0,cache/* usesGhaCache */.p_)(specs, { mode: this.opts.cache ?? 'off', env: this.opts.env })) {
            this.daemon = await detectCacheSupport(client, connection, signal);
        }
    }
    get planOptions() {
        return { cache: { mode: this.opts.cache ?? 'off', env: this.opts.env, daemon: this.daemon }, warm: this.opts.warm };
    }
    /** Plan warnings (once each), and warm-mode targets that would save no cache. */
    planned(plans) {
        const seen = new Set();
        for (const plan of plans) {
            for (const w of plan.warnings ?? []) {
                if (seen.has(w.message))
                    continue;
                seen.add(w.message);
                this.emit({ type: 'warning', target: w.target, message: w.message });
            }
            if (this.opts.warm && !plan.cacheExports.length) {
                this.emit({
                    type: 'warning',
                    target: plan.target,
                    message: 'cache warming: the target has no cache export (cache-to), so it is built but no cache is saved',
                });
            }
        }
    }
    /** A failed target's error, made clear when only its cache export failed. */
    explainFailure(target, err, plan, statusDone) {
        return this.monitor.explainFailure(target, err, plan.cacheExports, statusDone);
    }
    /** Once a target's progress is complete: its cache report, and warnings for failed imports/ignored exports. */
    finished(outcome, plan) {
        if (!plan.cacheImports.length && !plan.cacheExports.length && !this.opts.warm)
            return outcome;
        const report = this.monitor.report(outcome.target, plan.cacheImports, plan.cacheExports);
        outcome.cache = report;
        if (outcome.status === 'done') {
            for (const message of CacheMonitor.warnings(report))
                this.emit({ type: 'warning', target: outcome.target, message });
        }
        return outcome;
    }
    /** Warm mode: the per-target report (also emitted as a `warm-report` event). */
    warmReport(outcomes) {
        if (!this.opts.warm)
            return undefined;
        const targets = outcomes.map((o) => {
            const r = o.cache ?? { steps: 0, cachedSteps: 0, imports: [], exports: [] };
            return {
                target: o.target,
                result: (0,cache/* warmResult */.f9)(o.status, r.steps, r.cachedSteps),
                steps: r.steps,
                cachedSteps: r.cachedSteps,
                cacheSaved: r.exports.length > 0 && r.exports.every((e) => !e.error) && o.status === 'done',
            };
        });
        this.emit({ type: 'warm-report', targets });
        return targets;
    }
}

// EXTERNAL MODULE: ./lib/build/session-ids.js
var session_ids = __webpack_require__(7071);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/identity.js
var identity = __webpack_require__(1254);
;// CONCATENATED MODULE: ./lib/build/run.js
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
 * session as its main session (servedByDirSession).
 */

























/** A target failed: names the target; `cause` is the daemon's error (a SolveError when it carried details). */
class TargetFailedError extends Error {
    target;
    cause_;
    constructor(target, cause_) {
        super(`target "${target}": ${cause_.message}`);
        this.target = target;
        this.cause_ = cause_;
    }
}
/** `err` as the google.rpc.Status a failed Return carries; CANCELLED for a target stopped by others. */
function statusBytes(err, cancelled = false) {
    const e = err;
    const details = e.metadata?.get('grpc-status-details-bin')?.[0];
    if (Buffer.isBuffer(details))
        return details;
    const code = typeof e.code === 'number' ? e.code : cancelled ? 1 /* CANCELLED */ : 2 /* UNKNOWN */;
    return (0,rpc_status/* encodeRpcStatus */.WQ)({ code, message: e.details ?? e.message ?? String(err), details: [] });
}
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
async function runBuild(specs, opts) {
    const cacheRun = new CacheRun(opts);
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
        ]);
        if (sourcePolicy)
            planOptions.sourcePolicy = sourcePolicy;
        await cacheRun.prepare(specs, client, opts.connection, opts.signal);
        for (const s of specs) {
            const plan = (0,build_plan.planTarget)(s, { ...planOptions, ...cacheRun.planOptions, cwd: opts.cwd });
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
        cacheRun.planned(plans.values());
        // Secrets are read before anything starts: a missing file fails the run with nothing left behind.
        const secretValues = new Map(specs.map((s) => [s.name, loadSecrets(plans.get(s.name).secrets, { cwd: opts.cwd, env: opts.env })]));
        // So are the SSH agents and key files: a missing socket or a passphrase-protected key fails the run here.
        const sshSources = new Map(specs.map((s) => [s.name, resolveSsh(s.name, plans.get(s.name), opts.env)]));
        const graph = new Map();
        for (const [name, plan] of plans)
            graph.set(name, [...new Set(Object.values(plan.linkedContexts))]);
        const machine = new LifetimeMachine(graph);
        const published = new Map();
        const run = new AbortController();
        const onOuterAbort = () => run.abort(opts.signal?.reason ?? new Error('cancelled'));
        if (opts.signal?.aborted)
            onOuterAbort();
        opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
        const auth = new session_auth/* DockerAuthProvider */.G((0,session_auth/* dockerConfigDir */.k)(opts.env));
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
        const startAfter = consumersStaggered(graph, dirsOpen);
        const mainSessionOf = (plan) => (servedByDirSession(plan) ? dirSessions.get(Object.values(plan.localDirs)[0]).session : undefined);
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
        for (const o of outcomes) {
            if (o.status !== 'done')
                continue;
            const response = exporterResponseForMetadata(o.exporterResponse, plans.get(o.target));
            metadata[o.target] = { ...decodeExporterResponse(response), 'buildx.build.ref': `${builder}/${node}/${o.ref}` };
        }
        const dirs = [...dirSessions].map(([p, d]) => ({ path: p, names: [...d.names], stats: d.fileSync.stats(), stableSessionId: d.sessionId.id !== undefined }));
        const warm = cacheRun.warmReport(outcomes);
        return { ok: outcomes.every((o) => o.status === 'done'), targets: outcomes, dirs, metadata, ...(warm ? { warm } : {}) };
    }
    finally {
        // Every Solve has returned: the targets' own sessions (closing since their Solve returned) and the directory
        // sessions end together.
        await Promise.all([
            ...sessionCloses,
            ...[...dirSessions.values()].map((d) => d.session
                .close()
                .catch(() => { })
                .finally(() => d.sessionId.release())),
        ]);
        for (const d of tempDirs)
            external_node_fs_.rmSync(d, { recursive: true, force: true });
    }
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
/**
 * Whether a target needs no session of its own: no secrets, no SSH agent, no exporter streaming to this machine, and
 * every local source from one directory. Its directory session then is its main session too: it serves registry auth,
 * and the directory under every name the target gives it, which is what a frontend without `local-sessionid` asks the
 * main session for. A session fewer per such target: one tunnel, server and health-check loop less to set up and tear
 * down.
 */
function servedByDirSession(plan) {
    const dirs = new Set(Object.values(plan.localDirs));
    return dirs.size === 1 && plan.secrets.length === 0 && plan.ssh.length === 0 && plan.destinations.every((d) => d.mode === 'none') && !plan.contentStores;
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
    const identified = reuse ? await Promise.all(dirs.map((dir) => identities.get(dir) ?? (0,identity.directoryIdentity)(dir))) : [];
    const out = new Map();
    dirs.forEach((dir, i) => {
        const dirNames = names.get(dir);
        const fileSync = new FileSync(Object.fromEntries([...dirNames].map((n) => [n, dir])));
        const sessionId = (0,session_ids.dirSessionId)(dir, identified[i], { daemon });
        const session = new session_session/* Session */.Nn({ reusedId: sessionId.id, name: external_node_path_.basename(dir), sharedKey: (0,build_plan.sharedKeyFor)(dir) }).attach(fileSync).attach(auth);
        // As a main session (servedByDirSession: a target with neither secrets nor ssh), it answers for those as buildx's
        // session of such a build does: no secret, no SSH agent (NotFound).
        session.attach(new SecretStore(new Map())).attach(new SshForwarder([], { env: {} }));
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
    if (ctx.startAfter)
        await ctx.startAfter;
    if (run.signal.aborted) {
        // cancelled before anything started
        machine.failed(name, 'cancelled');
        emit({ type: 'target-cancelled', target: name, reason: 'the build was cancelled' });
        return outcome('cancelled');
    }
    const gateway = client.gateway(ref);
    let returned = false;
    let outerSettled = false;
    let status;
    let outer;
    const targetAbort = new AbortController();
    const onRunAbort = () => targetAbort.abort(run.signal.reason);
    run.signal.addEventListener('abort', onRunAbort, { once: true });
    try {
        // Everything that does not need the producers starts at once, as the Go client does: the session opens while the
        // Solve and the gateway Solve are on their way (the daemon waits for a session a build names, and a gateway call
        // waits for its build to register). A consumer opens its session while its producers solve, and starts its build
        // once they published (startBuild below).
        void own?.session.run(ctx.connection).catch((err) => targetAbort.abort(new TargetStoppedError(err)));
        // A session lost under a running build (its stream cut, the daemon gone) fails the target at once and by name,
        // instead of after the daemon's "no active session" wait.
        for (const s of new Set([session, ...(ctx.dirSessions ?? [])])) {
            void s.closed.then(() => {
                if (s.lostReason && !targetAbort.signal.aborted)
                    targetAbort.abort(new SessionLostError(ctx.connection.description, s.lostReason));
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
            }, targetAbort.signal);
            // The build ending (failed, or without the result we return) stops whatever this target still waits for.
            outer.then(() => {
                outerSettled = true;
                if (!returned)
                    targetAbort.abort(new TargetStoppedError(new Error('the build ended before its result was returned')));
            }, (err) => {
                outerSettled = true;
                targetAbort.abort(err);
            });
        };
        const linked = Object.keys(plan.linkedContexts).length > 0;
        if (!linked)
            startBuild(plan.frontendAttrs);
        // A consumer waits for its producers here. Its build starts once they published, as buildx's does
        // (waitContextDeps): the build's own attributes (what the daemon records in its build history, and reads
        // attestation requests from) then name the producers' results it consumes.
        await abortable(machine.until(name, 'solve'), targetAbort.signal);
        emit({ type: 'target-start', target: name, ref });
        const attrs = { ...plan.frontendAttrs };
        const inputs = {};
        for (const [contextName, producer] of Object.entries(plan.linkedContexts)) {
            const link = linkInputs(contextName, producer, ctx.published.get(producer));
            Object.assign(inputs, link.inputs);
            Object.assign(attrs, link.attrs);
            for (const k of link.drop)
                delete attrs[k];
        }
        if (linked)
            startBuild(attrs);
        const solved = await gatewaySolve(gateway, 
        // no CacheImports here: as with buildx, the daemon imports the build's caches (Control.Solve) and the frontend
        // learns of them from its `cache-imports` attribute
        { Frontend: plan.frontend, FrontendOpt: attrs, FrontendInputs: inputs }, targetAbort.signal);
        const result = solved.result ?? {};
        ctx.published.set(name, result);
        machine.published(name);
        await abortable(machine.until(name, 'evaluate'), targetAbort.signal);
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
        await abortable(machine.until(name, 'release'), targetAbort.signal);
        machine.completed(name);
        returned = true;
        await gateway.return({ result }, targetAbort.signal);
        const response = await outer;
        // local cache exports and layout outputs: their index.json, as the Go client updates it after the solve
        if (plan.contentStores)
            for (const message of (0,content_stores/* updateIndexes */.kJ)(plan.contentStores, response))
                emit({ type: 'warning', target: name, message });
        emit({ type: 'target-done', target: name, durationMs: Date.now() - started, exporterResponse: response });
        return outcome('done', { exporterResponse: response });
    }
    catch (err) {
        const error = err;
        // Stopped because another target failed (or the run was cancelled): this target is cancelled, not failed.
        const cancelledByOthers = error instanceof TargetCancelledError || (run.signal.aborted && (error === run.signal.reason || isCancellation(error, run.signal)));
        machine.failed(name, error.message);
        if (outer && !returned && !outerSettled) {
            // The build is still open (its solve failed, or it was cancelled, maybe while waiting for its producers): hand it
            // back failed, so that it ends now. Bounded by the build itself: once the Solve has ended there is nobody to answer.
            returned = true;
            const ended = new AbortController();
            const stop = () => ended.abort();
            outer?.then(stop, stop);
            await gateway.return({ error: statusBytes(err, cancelledByOthers) }, ended.signal).catch(() => { });
        }
        // The outer Solve carries the daemon's own account of the failure (with source locations); prefer it.
        let finalError = error;
        if (outer) {
            const outerErr = await outer.then(() => undefined, (e) => e);
            if (outerErr && !isCancellation(outerErr, run.signal))
                finalError = outerErr;
        }
        const lost = targetAbort.signal.reason instanceof SessionLostError ? targetAbort.signal.reason : undefined;
        // The target stopped itself (its session did not open, its build ended early): that, not the calls it cancelled.
        const stopped = targetAbort.signal.reason instanceof TargetStoppedError ? targetAbort.signal.reason.error : undefined;
        finalError = connectionLost(lost?.reason ?? stopped ?? finalError, ctx.connection) ?? lost ?? stopped ?? finalError;
        if (cancelledByOthers) {
            emit({ type: 'target-cancelled', target: name, reason: error.message });
            return outcome('cancelled');
        }
        let cause = explainExportError(toSolveError(finalError, name), plan, ctx.auth, (0,session_auth/* dockerConfigDir */.k)(ctx.env));
        if (ctx.explainFailure)
            cause = await ctx.explainFailure(cause, status?.done);
        const failure = new TargetFailedError(name, cause);
        emit({ type: 'target-failed', target: name, durationMs: Date.now() - started, error: failure });
        run.abort(failure); // fail fast: the other targets stop now
        return outcome('failed', { error: failure });
    }
    finally {
        run.signal.removeEventListener('abort', onRunAbort);
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
function ownSession(name, plan, ctx) {
    const fileSync = new FileSync(plan.localDirs);
    const session = new session_session/* Session */.Nn({ name, sharedKey: plan.localDirs.context ? (0,build_plan.sharedKeyFor)(plan.localDirs.context) : (0,buildkit_client/* randomId */.zE)() });
    session.attach(fileSync).attach(new SecretStore(ctx.secrets)).attach(new SshForwarder(ctx.ssh)).attach(ctx.auth);
    const sends = plan.destinations.map((d) => {
        if (d.mode === 'none' || d.mode === 'store')
            return undefined;
        // type=docker without dest: the archive streams into the Engine's image store
        if (d.mode === 'load')
            return { mode: 'writable', open: () => (0,docker_load/* engineLoadStream */.fo)((0,features/* loadEngine */.ro)(d.context, ctx.env)) };
        return d;
    });
    if (sends.some(Boolean))
        session.attach(new FileSend(sends));
    if (plan.contentStores && Object.keys(plan.contentStores.stores).length)
        session.attach(new ContentStoreService(plan.contentStores.stores));
    return { session, fileSync };
}
/** The agents behind a target's `ssh` entries; fails (PlanError) for one that cannot be served (ssh.ts). */
function resolveSsh(name, plan, env) {
    try {
        return resolveSshSources(plan.ssh, env);
    }
    catch (err) {
        throw new build_plan.PlanError(name, err.message);
    }
}
/** Why a target stopped itself rather than being stopped by the run: carries the error to report. */
class TargetStoppedError extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
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
        const e = err;
        if (signal.aborted || e.code !== 5 /* NOT_FOUND */ || !/no such job/.test(e.details ?? e.message ?? ''))
            throw err;
        await gw.ping(signal);
        return gw.solve(req, signal);
    }
}
/** The session a target needs (its own, or a directory session) ended while the target was running. */
class SessionLostError extends Error {
    reason;
    constructor(daemon, reason) {
        super(`lost the session with BuildKit at ${daemon} (it serves the build's files, secrets and exports): ${reason.message}`);
        this.reason = reason;
        this.name = 'SessionLostError';
    }
}
/** The channel to the daemon broke (UNAVAILABLE without a status from the daemon): an error naming the daemon. */
function connectionLost(err, connection) {
    const e = err;
    if (e.code !== 14 /* UNAVAILABLE */ || e.metadata?.get('grpc-status-details-bin')?.length)
        return undefined;
    return new Error(`lost the connection to BuildKit at ${connection.description} (did the daemon stop?): ${e.details ?? err.message}`);
}
function isCancellation(err, signal) {
    const code = err.code;
    return signal.aborted && (code === 1 /* CANCELLED */ || err === signal.reason || /context canceled|cancel/i.test(err.message));
}
/** Errors the daemon sent (they carry a gRPC code) become SolveErrors with source locations; ours stay as they are. */
function toSolveError(err, target) {
    const code = err.code;
    if (typeof code !== 'number' || err instanceof errors/* SolveError */.Y)
        return err;
    return errors/* SolveError */.Y.fromGrpc(err, { target });
}


/***/ }),

/***/ 7071:
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
 */




const NO_RELEASE = () => { };
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
        return { release: NO_RELEASE };
    // The host name too: containers that share a checkout (same path, same inodes) but not their temporary directory,
    // hence not the locks below, would otherwise take one id at once.
    const scope = `${node_os__WEBPACK_IMPORTED_MODULE_2__.hostname()}\0${opts.daemon ?? ''}\0${node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(dir)}`;
    const id = sessionIdFromDigest((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`bakekit directory session v1\0${scope}\0${identity}`).digest());
    const release = lockId(id, opts.lockDir ?? node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'bakekit-session-locks'));
    return release ? { id, release } : { release: NO_RELEASE };
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
                if (host !== node_os__WEBPACK_IMPORTED_MODULE_2__.hostname() || !Number.isInteger(holder) || holder <= 0 || holder === process.pid || processAlive(holder))
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


/***/ }),

/***/ 7845:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Us: () => (/* binding */ BuildkitClient),
/* harmony export */   zE: () => (/* binding */ randomId)
/* harmony export */ });
/* unused harmony export GatewayClient */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3033);
/* harmony import */ var _proto_grpc_service_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2039);
/**
 * Typed calls on a BuildKit connection: Control (Solve, Status, ListWorkers, Info, build history) and the
 * gateway LLBBridge bound to one build ref. Knows nothing about bake; every call takes an AbortSignal.
 */



/** Random id without ':' (the daemon splits session ids on the first colon). */
function randomId() {
    return node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes(16).toString('hex').slice(0, 25);
}
const LLBBridgeClient = (0,_proto_grpc_service_js__WEBPACK_IMPORTED_MODULE_2__/* .makeClientConstructor */ .yU)('moby.buildkit.v1.frontend.LLBBridge');
function unary(client, method, req, md, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason ?? new Error('aborted'));
        const call = client[method](req, md, (err, value) => {
            signal?.removeEventListener('abort', onAbort);
            if (err)
                reject(err);
            else
                resolve(value);
        });
        const onAbort = () => call.cancel();
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
class BuildkitClient {
    connection;
    control;
    constructor(connection) {
        this.connection = connection;
        this.control = connection.control();
    }
    listWorkers(signal) {
        return unary(this.control, 'ListWorkers', {}, new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__/* .Metadata */ .OS(), signal).then((r) => r.record ?? []);
    }
    async info(signal) {
        try {
            const r = await unary(this.control, 'Info', {}, new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__/* .Metadata */ .OS(), signal);
            return r.buildkitVersion?.version;
        }
        catch {
            return undefined; // Info arrived in v0.11; older daemons answer UNIMPLEMENTED
        }
    }
    solve(req, signal) {
        // The Go client also fills the deprecated single-exporter fields, which keeps pre-v0.13 daemons working.
        const first = req.Exporters[0];
        const wire = {
            ...req,
            ...(first ? { ExporterDeprecated: first.Type, ExporterAttrsDeprecated: first.Attrs } : {}),
        };
        return unary(this.control, 'Solve', wire, new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__/* .Metadata */ .OS(), signal).then((r) => r.ExporterResponse ?? {});
    }
    /**
     * Streams progress of build `ref` into `onMessage`. Resolves when the daemon ends the stream; `stop()`
     * cancels it (used a few seconds after Solve returned, as the Go client does).
     */
    status(ref, onMessage) {
        const call = this.control.Status({ Ref: ref });
        call.on('data', onMessage);
        const done = new Promise((resolve) => {
            call.on('error', () => resolve()); // cancellation or "no such job": progress is best effort
            call.on('end', () => resolve());
        });
        return { done, stop: () => call.cancel() };
    }
    /** Refs of builds the daemon is still running (build history, ActiveOnly). Empty on daemons without history. */
    async activeBuilds(timeoutMs = 3000) {
        const refs = new Set();
        const call = this.control.ListenBuildHistory({
            ActiveOnly: true,
            EarlyExit: true,
        });
        await new Promise((resolve) => {
            const timer = setTimeout(() => {
                call.cancel();
                resolve();
            }, timeoutMs);
            call.on('data', (ev) => {
                if (ev.record?.Ref && (ev.type ?? 0) === 0)
                    refs.add(ev.record.Ref);
            });
            const finish = () => {
                clearTimeout(timer);
                resolve();
            };
            call.on('end', finish);
            call.on('error', finish);
        });
        return [...refs];
    }
    gateway(ref) {
        return new GatewayClient(new LLBBridgeClient(this.connection.target, this.connection.credentials, {
            ...this.connection.channelOptions,
            channelOverride: this.control.getChannel(),
        }), ref);
    }
}
/** LLBBridge calls routed to one build by the `buildkit-controlapi-buildid` metadata. */
class GatewayClient {
    client;
    ref;
    constructor(client, ref) {
        this.client = client;
        this.ref = ref;
    }
    md() {
        const md = new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__/* .Metadata */ .OS();
        md.set('buildkit-controlapi-buildid', this.ref);
        return md;
    }
    /** The daemon registers the build a moment after Solve starts; Ping until it answers (bounded). */
    async ping(signal, timeoutMs = 10_000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            try {
                return await unary(this.client, 'Ping', {}, this.md(), signal);
            }
            catch (err) {
                if (signal?.aborted || Date.now() > deadline)
                    throw err;
                await new Promise((r) => setTimeout(r, 50));
            }
        }
    }
    solve(req, signal) {
        return unary(this.client, 'Solve', { ...req, allowResultReturn: true, allowResultArrayRef: true }, this.md(), signal);
    }
    evaluate(refId, signal) {
        return unary(this.client, 'Evaluate', { Ref: refId }, this.md(), signal).then(() => undefined);
    }
    readFile(refId, filePath, signal) {
        return unary(this.client, 'ReadFile', { Ref: refId, FilePath: filePath }, this.md(), signal).then((r) => r.Data ?? Buffer.alloc(0));
    }
    /** Hands the result (or an encoded google.rpc.Status) back; the outer Solve then exports and returns. */
    return(body, signal) {
        return unary(this.client, 'Return', body, this.md(), signal).then(() => undefined);
    }
    close() {
        // The channel belongs to the Control client; closing this client only drops its reference.
    }
}


/***/ }),

/***/ 2909:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ SolveError)
/* harmony export */ });
/* unused harmony exports decodeGrpcErrorDetails, formatSourceBlock, formatStatusText, sourceLocation, warningAnnotation, warningSource, BuildKitConnectionError, describeConnectionError */
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3033);
/* harmony import */ var _proto_rpc_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2389);
/**
 * Build failures as BuildKit reports them, and connection failures as a user can act on them.
 *
 * A failed solve comes back as a gRPC status whose `grpc-status-details-bin` trailer holds a binary
 * `google.rpc.Status`; BuildKit (`util/grpcerrors`) puts typed records in its details, each an `Any` whose
 * value is the record serialized with Go's `encoding/json` (type URLs end in `+json`): where in the
 * Dockerfile the failing instruction is (`errdefs.Source`), which vertex failed (`errdefs.Vertex`), the
 * failing op (`errdefs.Solve`), the process exit code (`gatewayapi.ExitMessage`). Gateway builds hand the
 * same Status to `Return` and get it back from the outer `Solve`.
 *
 * `SolveError` carries all of it, prints like buildx (`failed to solve: …`, source snippets with `>>>`
 * marks) and becomes a GitHub annotation.
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
function toBuffer(value) {
    if (Buffer.isBuffer(value))
        return value;
    if (value instanceof Uint8Array)
        return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    // Go's encoding/json writes []byte as standard base64.
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
function isServiceError(err) {
    return err instanceof Error && isObject(err.metadata) &&
        typeof err.metadata.get === 'function';
}
/** The binary Status from a grpc-js error's trailers, if the daemon sent one and it decodes. */
function statusFromServiceError(err) {
    for (const value of err.metadata.get('grpc-status-details-bin')) {
        if (typeof value === 'string')
            continue; // grpc-js decodes -bin values to Buffers
        try {
            return (0,_proto_rpc_status_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeRpcStatus */ .Mv)(value);
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/**
 * Reads BuildKit's typed error details from a grpc-js error (its `grpc-status-details-bin` trailer) or
 * from a `google.rpc.Status` we already hold (a gateway `Return`/`Solve` error). Unknown details and
 * malformed JSON are kept in `other`; missing fields get empty values. Without details, code and message
 * come from the error itself.
 */
function decodeGrpcErrorDetails(err) {
    let status;
    let fallbackCode = _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.UNKNOWN;
    let fallbackMessage = '';
    if (isServiceError(err)) {
        status = statusFromServiceError(err);
        fallbackCode = err.code ?? _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.UNKNOWN;
        fallbackMessage = err.details ?? err.message;
    }
    else {
        status = err;
    }
    const decoded = {
        code: status?.code ?? fallbackCode,
        message: status?.message || fallbackMessage,
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
// ---------------------------------------------------------------------------------------------------------
// Source snippets (buildkit solver/errdefs/source.go `Source.Print`)
// ---------------------------------------------------------------------------------------------------------
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
    const lines = Buffer.from(data).toString('utf8').split('\n').map((l) => l.replace(/\r$/, ''));
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
/** Go's names for gRPC codes (`codes.Code.String()`), which BuildKit's client puts before messages. */
const GO_CODE_NAMES = [
    'OK',
    'Canceled',
    'Unknown',
    'InvalidArgument',
    'DeadlineExceeded',
    'NotFound',
    'AlreadyExists',
    'PermissionDenied',
    'ResourceExhausted',
    'FailedPrecondition',
    'Aborted',
    'OutOfRange',
    'Unimplemented',
    'Internal',
    'Unavailable',
    'DataLoss',
    'Unauthenticated',
];
/** The status as BuildKit's Go client words it: the bare message for Unknown (and OK), else `Code: msg`. */
function formatStatusText(code, message) {
    if (code === _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.OK || code === _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.UNKNOWN)
        return message;
    return `${GO_CODE_NAMES[code] ?? `Code(${code})`}: ${message}`;
}
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
/**
 * A failed build, with what BuildKit said about where and why. `message` reads like buildx:
 * `failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3`
 * (or `target app: failed to solve: …` for one of several bake targets).
 */
class SolveError extends Error {
    name = 'SolveError';
    /** gRPC status code (`grpc.status`); UNKNOWN for ordinary build failures, CANCELLED for cancellations. */
    grpcCode;
    /** The daemon's message alone. */
    statusMessage;
    details;
    /** Source locations in the order buildx prints them. */
    sources;
    /** Command of the failing exec op, when BuildKit sent the op. */
    command;
    exitCode;
    target;
    vertexDigest;
    /** Filled in by the caller from progress (`fillFromProgress`). */
    vertexName;
    multiTarget;
    constructor(details, options = {}) {
        super('', options.cause === undefined ? undefined : { cause: options.cause });
        this.grpcCode = details.code;
        this.statusMessage = details.message;
        this.details = details;
        this.sources = details.sources.map(sourceLocation).filter((s) => s !== undefined);
        this.command = details.solves.find((s) => s.command)?.command;
        this.exitCode = details.exitCode;
        this.vertexDigest = details.vertexDigests[0];
        this.vertexName = options.vertexName;
        this.target = options.target;
        this.multiTarget = options.multiTarget ?? false;
        this.message = this.composeMessage();
    }
    /** From a grpc-js error of Solve/Status/LLBBridge, or a `google.rpc.Status` from the gateway. */
    static fromGrpc(err, options = {}) {
        return new SolveError(decodeGrpcErrorDetails(err), { cause: err instanceof Error ? err : undefined, ...options });
    }
    /** Sets the bake target (and whether to name it in the message, as buildx does for multi-target bakes). */
    setTarget(target, multiTarget = this.multiTarget) {
        this.target = target;
        this.multiTarget = multiTarget;
        this.message = this.composeMessage();
        return this;
    }
    /**
     * Names the failing vertex from progress: the vertex BuildKit named in the error if progress knows it,
     * else the last failed vertex of the target.
     */
    fillFromProgress(progress, target = this.target) {
        const named = this.details.vertexDigests.map((d) => progress.vertex(d)).find((v) => v !== undefined);
        const vertex = named ?? progress.failedVertices(target).at(-1);
        if (vertex) {
            this.vertexDigest ??= vertex.digest;
            this.vertexName = vertex.name;
        }
        return this;
    }
    /** buildx's source blocks for every location, one after another (empty string when there are none). */
    formatSourceSnippet() {
        return this.sources.flatMap((s) => s.snippet).join('\n');
    }
    /** A GitHub annotation at the first source location (or without a location). */
    toAnnotation() {
        const location = this.sources[0];
        const what = this.vertexName ?? 'build failed';
        const title = this.target !== undefined && !what.startsWith(`[${this.target}`) ? `target ${this.target}: ${what}` : what;
        const annotation = { title, message: this.message };
        if (location) {
            annotation.file = location.file;
            annotation.startLine = location.startLine;
            annotation.endLine = location.endLine;
        }
        return annotation;
    }
    composeMessage() {
        const text = `failed to solve: ${formatStatusText(this.grpcCode, this.statusMessage)}`;
        return this.multiTarget && this.target !== undefined ? `target ${this.target}: ${text}` : text;
    }
}
/** Annotation for a build warning (same source location logic as errors). */
function warningAnnotation(warning) {
    const text = (b) => Buffer.from(b ?? new Uint8Array()).toString('utf8');
    const lines = (warning.detail ?? []).map(text);
    if (warning.url)
        lines.push(`More info: ${warning.url}`);
    const annotation = { title: text(warning.short), message: lines.join('\n') || text(warning.short) };
    const location = warningSource(warning.info, warning.ranges);
    if (location) {
        annotation.file = location.file;
        annotation.startLine = location.startLine;
        annotation.endLine = location.endLine;
    }
    return annotation;
}
/** A warning's location in the protobuf form Status uses (`pb.SourceInfo` + `pb.Range`). */
function warningSource(info, ranges) {
    if (!info)
        return undefined;
    return sourceLocation({
        filename: info.filename ?? '',
        data: toBuffer(info.data),
        language: info.language ?? '',
        ranges: (ranges ?? []).map((r) => ({
            start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
            end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 },
        })),
    });
}
// ---------------------------------------------------------------------------------------------------------
// Connection failures
// ---------------------------------------------------------------------------------------------------------
/** An error about reaching the daemon, worded for the user; `cause` is the original error. */
class BuildKitConnectionError extends Error {
    endpoint;
    grpcCode;
    name = 'BuildKitConnectionError';
    constructor(message, endpoint, grpcCode, cause) {
        super(message, { cause });
        this.endpoint = endpoint;
        this.grpcCode = grpcCode;
    }
}
/**
 * Turns a transport or daemon failure (grpc-js ServiceError, or a Node socket error from our own
 * connectors) into an actionable message naming the endpoint, e.g.
 * `cannot reach BuildKit at unix:///run/buildkit/buildkitd.sock: the socket does not exist; is the daemon running?`.
 * Errors that are not about the connection keep their message, prefixed with the endpoint.
 */
function describeConnectionError(err, endpoint) {
    const grpcCode = isObject(err) && typeof err.code === 'number' ? err.code : undefined;
    const errno = isObject(err) && typeof err.code === 'string' ? err.code : undefined;
    const detail = isObject(err) && typeof err.details === 'string' && err.details !== ''
        ? err.details
        : err instanceof Error
            ? err.message
            : String(err);
    // grpc-js reports the socket error only as text ("… Last error: Error: connect ENOENT /path …").
    const code = errno ?? /\b(ENOENT|ECONNREFUSED|EACCES|EPERM|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|ECONNRESET|EPIPE)\b/.exec(detail)?.[1];
    const unreachable = `cannot reach BuildKit at ${endpoint}`;
    const make = (message) => new BuildKitConnectionError(message, endpoint, grpcCode, err);
    switch (code) {
        case 'ENOENT':
            return make(`${unreachable}: the socket does not exist; is the daemon running?`);
        case 'ECONNREFUSED':
            return make(`${unreachable}: connection refused; is the daemon running and listening there?`);
        case 'EACCES':
        case 'EPERM':
            return make(`${unreachable}: permission denied on the socket; run as a user allowed to use it (root, or the docker group for the Docker socket)`);
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return make(`${unreachable}: the host name does not resolve (${detail})`);
        case 'ETIMEDOUT':
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return make(`${unreachable}: the host does not answer (${code}); check the address and firewall`);
        case 'ECONNRESET':
        case 'EPIPE':
            return make(`${unreachable}: the connection was closed by the other side (${code}); is this a BuildKit (or Docker) endpoint, and is TLS needed?`);
    }
    switch (grpcCode) {
        case grpc.status.UNAVAILABLE:
            if (/Name resolution failed/.test(detail))
                return make(`${unreachable}: the host name does not resolve (${detail})`);
            return make(`${unreachable}: ${detail}; is the daemon running?`);
        case grpc.status.DEADLINE_EXCEEDED:
            return make(`${unreachable}: timed out (${detail}); is the daemon running and reachable?`);
        case grpc.status.UNIMPLEMENTED:
            return make(`BuildKit at ${endpoint} does not support this call (${detail}); the daemon may be too old, or the endpoint is not BuildKit`);
        case grpc.status.UNAUTHENTICATED:
        case grpc.status.PERMISSION_DENIED:
            return make(`BuildKit at ${endpoint} refused the connection: ${detail}; check credentials / TLS settings`);
    }
    if (/Failed to connect before the deadline/.test(detail)) {
        return make(`${unreachable}: timed out; is the daemon running?`);
    }
    return make(`BuildKit at ${endpoint}: ${detail}`);
}


/***/ }),

/***/ 1254:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_IDENTITY_ENTRIES: () => (/* binding */ DEFAULT_MAX_IDENTITY_ENTRIES),
/* harmony export */   WORKER_SOURCE: () => (/* binding */ WORKER_SOURCE),
/* harmony export */   directoryIdentity: () => (/* binding */ directoryIdentity),
/* harmony export */   identifyInWorker: () => (/* binding */ identifyInWorker)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5919);
/**
 * The identity of a directory's present state, for naming the session that serves it (build/session-ids.ts).
 *
 * BuildKit keys a local source by the id of the session it comes from (source/local/source.go: SessionID and the
 * request's patterns), so a session whose id is a function of the directory's state lets the daemon reuse the
 * snapshot it made from the same state earlier, with no transfer at all. That is only sound if every change a build
 * could see changes the identity. The walk covers the whole tree under the root, whatever a build's patterns will be
 * (a frontend picks those, not us), and takes from each entry what any change to it moves: its name, its inode and
 * device, and its ctime, which the kernel sets on every write, truncate, chmod, chown, link or rename and which no
 * user call can set back; plus the metadata fsutil sends (mode, size, mtime, uid, gid, rdev). Equal identities
 * therefore mean the same inodes, none modified since: a stronger condition than the one fsutil's own incremental
 * transfer trusts (equal size and mtime).
 */




/** Entries (files, directories, links) beyond which a tree is not worth identifying: the walk costs ~5 µs each. */
const DEFAULT_MAX_IDENTITY_ENTRIES = 100_000;
/**
 * Digest (sha256, hex) of the state of the tree under `root`, or undefined when it cannot be identified (more than
 * `maxEntries` entries, or an entry that cannot be listed or stat'ed: the transfer will report it if it matters).
 */
function directoryIdentity(root, maxEntries = DEFAULT_MAX_IDENTITY_ENTRIES) {
    return walkIdentity(root, maxEntries, { fs: node_fs__WEBPACK_IMPORTED_MODULE_1__, path: node_path__WEBPACK_IMPORTED_MODULE_2__, createHash: node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash });
}
/**
 * The walk, self-contained: identifyInWorker runs it from its source text, so it uses nothing but its parameters.
 * Entries go into one 64 KiB buffer (name length, name, nine doubles) hashed as it fills.
 */
function walkIdentity(root, maxEntries, m) {
    const CHUNK = 64 * 1024;
    const hash = m.createHash('sha256');
    let chunk = Buffer.allocUnsafe(CHUNK);
    let used = 0;
    const add = (rel, st) => {
        const need = 4 + Buffer.byteLength(rel) + 9 * 8;
        if (used + need > chunk.length) {
            hash.update(chunk.subarray(0, used));
            used = 0;
            if (need > chunk.length)
                chunk = Buffer.allocUnsafe(need); // a path longer than a chunk
        }
        let o = chunk.writeUInt32LE(need - 4 - 9 * 8, used);
        o += chunk.write(rel, o);
        // Doubles are exact for every field here but the two times, whose sub-microsecond digits a double rounds; an
        // equal rounded ctime on the same inode after a change needs two changes within ~0.2 µs of each other.
        o = chunk.writeDoubleLE(st.mode, o);
        o = chunk.writeDoubleLE(st.size, o);
        o = chunk.writeDoubleLE(st.mtimeMs, o);
        o = chunk.writeDoubleLE(st.ctimeMs, o);
        o = chunk.writeDoubleLE(st.ino, o);
        o = chunk.writeDoubleLE(st.dev, o);
        o = chunk.writeDoubleLE(st.uid, o);
        o = chunk.writeDoubleLE(st.gid, o);
        used = chunk.writeDoubleLE(st.rdev, o);
    };
    let entries = 0;
    // Plain concatenation below: path.join would normalise every one of the names again.
    const base = m.path.resolve(root);
    const prefix = base.endsWith('/') ? base : `${base}/`;
    try {
        const rootStat = m.fs.lstatSync(base);
        if (!rootStat.isDirectory())
            return undefined;
        add('', rootStat);
        const pending = [''];
        while (pending.length > 0) {
            const rel = pending.pop();
            const names = m.fs.readdirSync(prefix + rel);
            names.sort();
            for (const name of names) {
                if (++entries > maxEntries)
                    return undefined;
                const child = rel ? `${rel}/${name}` : name;
                const st = m.fs.lstatSync(prefix + child);
                add(child, st);
                if (st.isDirectory())
                    pending.push(child);
            }
        }
    }
    catch {
        return undefined;
    }
    hash.update(chunk.subarray(0, used));
    return hash.digest('hex');
}
/**
 * The identities of `dirs`, computed on a worker thread so that the walk (~0.1 s for 20,000 files) overlaps what the
 * main thread does meanwhile (loading the build code, connecting, asking the daemon what it supports). Resolves each
 * dir once the worker reports it; if the worker cannot run, in-process after all.
 */
function identifyInWorker(dirs, maxEntries = DEFAULT_MAX_IDENTITY_ENTRIES) {
    const out = new Map();
    if (dirs.length === 0)
        return out;
    const settle = new Map();
    for (const d of dirs)
        out.set(d, new Promise((resolve) => settle.set(d, resolve)));
    const inProcess = () => {
        for (const [d, resolve] of settle)
            resolve(directoryIdentity(d, maxEntries));
        settle.clear();
    };
    let worker;
    try {
        worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.Worker(WORKER_SOURCE, { eval: true, workerData: { dirs: [...dirs], maxEntries }, stdout: true, stderr: true });
    }
    catch {
        inProcess();
        return out;
    }
    worker.unref(); // never what keeps the process alive
    worker.on('message', ([dir, identity]) => {
        settle.get(dir)?.(identity ?? undefined);
        settle.delete(dir);
    });
    worker.on('error', inProcess);
    worker.on('exit', inProcess); // anything not reported (nothing, normally)
    return out;
}
/** The worker's script (eval'd): the walk's own source text and a loop over the directories. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const walkIdentity = ${walkIdentity.toString()};
const m = { fs: require('node:fs'), path: require('node:path'), createHash: require('node:crypto').createHash };
for (const dir of workerData.dirs) parentPort.postMessage([dir, walkIdentity(dir, workerData.maxEntries, m) ?? null]);
`;


/***/ }),

/***/ 6173:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _C: () => (/* binding */ PlainProgressPrinter),
/* harmony export */   si: () => (/* binding */ ProgressTracker)
/* harmony export */ });
/* unused harmony exports timestampToNanos, durationSeconds, formatFixed, formatBytes, mergeIntervals, prefixVertexName, formatWarningsSummary, dedupWarnings */
/**
 * Build progress: the `Control.Status` stream turned into typed events, and a renderer that prints those
 * events the way buildx does with `--progress=plain`.
 *
 * `ProgressTracker` is the core. It takes decoded `StatusResponse` messages (from one or several builds at
 * once, each tagged with its bake target), keeps one record per vertex, and emits events; it also keeps the
 * per-target counters the job summary needs. Renderers subscribe to it and never see the raw stream.
 *
 * `PlainProgressPrinter` reproduces BuildKit's plain display (`util/progress/progressui`: the `trace` model
 * in display.go and the `textMux` printer in printer.go) as buildx drives it: vertex numbering, switching
 * between running vertices, log timestamps, status throttling, progress groups, bake target prefixes and
 * the failed-step summary. Output goes to a line sink; time comes from an injectable clock, so a given
 * sequence of status messages always renders the same text.
 */
const NANOS_PER_SECOND = 1000000000n;
function timestampToNanos(ts) {
    if (!ts)
        return undefined;
    let seconds;
    try {
        seconds = BigInt(ts.seconds ?? 0);
    }
    catch {
        return undefined;
    }
    return seconds * NANOS_PER_SECOND + BigInt(Math.trunc(ts.nanos ?? 0));
}
/** Seconds of a nanosecond span as Go's `time.Duration.Seconds()` computes them (whole seconds plus the
 * fraction as two float64 operations), so that rounding at the printed precision matches buildx exactly. */
function durationSeconds(ns) {
    const whole = ns / NANOS_PER_SECOND;
    const frac = ns % NANOS_PER_SECOND;
    return Number(whole) + Number(frac) / 1e9;
}
/**
 * `x` with `digits` decimals, rounded the way Go's `%.Nf` does: on the exact binary value, ties to even.
 * (`Number.prototype.toFixed` rounds ties up, which prints `0.3s` where buildx prints `0.2s` for 0.25 s.)
 */
function formatFixed(x, digits) {
    if (Number.isNaN(x))
        return 'NaN';
    if (!Number.isFinite(x))
        return x > 0 ? '+Inf' : '-Inf';
    const negative = x < 0;
    // toFixed(100) is the exact decimal expansion for every double we format (durations and sizes).
    const exact = Math.abs(x).toFixed(100);
    const [intPart, fracPart = ''] = exact.split('.');
    const kept = fracPart.slice(0, digits);
    const rest = fracPart.slice(digits);
    let digitsValue = BigInt(intPart + kept);
    const first = rest.charCodeAt(0) - 48;
    const tail = /[1-9]/.test(rest.slice(1));
    if (first > 5 || (first === 5 && (tail || digitsValue % 2n === 1n)))
        digitsValue += 1n;
    let text = digitsValue.toString().padStart(digits + 1, '0');
    if (digits > 0)
        text = `${text.slice(0, -digits)}.${text.slice(-digits)}`;
    return negative ? `-${text}` : text;
}
/** A size the way `%.2f` of `github.com/tonistiigi/units.Bytes` prints it: whole bytes below 1 kB, else
 * decimal units with two decimals (`123B`, `1.23kB`, `3.41MB`). */
function formatBytes(bytes) {
    const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
    let unit = 0;
    let base = 1;
    while (unit < units.length - 1 && bytes >= base * 1000) {
        base *= 1000;
        unit++;
    }
    if (unit === 0)
        return `${Math.trunc(bytes)}B`;
    return `${formatFixed(bytes / base, 2)}${units[unit]}`;
}
/** Merges overlapping intervals (an open one swallows everything after it), sorted by start; the sum of
 * their lengths is a vertex's duration, as buildx reports it for vertices that ran more than once. */
function mergeIntervals(intervals) {
    const sorted = [...intervals].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    if (sorted.length === 0)
        return [];
    const merged = [];
    let cur = { ...sorted[0] };
    for (const next of sorted.slice(1)) {
        if (cur.stop === undefined)
            break;
        if (cur.stop < next.start) {
            merged.push(cur);
            cur = { ...next };
            continue;
        }
        if (next.stop === undefined) {
            cur = { start: cur.start };
            break;
        }
        if (cur.stop < next.stop)
            cur = { start: cur.start, stop: next.stop };
    }
    merged.push(cur);
    return merged;
}
function totalNanos(intervals, nowNs) {
    let sum = 0n;
    for (const ival of intervals)
        sum += (ival.stop ?? nowNs) - ival.start;
    return sum;
}
function isCanceledError(error) {
    return error.endsWith('context canceled');
}
function toNumber(value) {
    if (value === undefined)
        return 0;
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? n : 0;
}
/**
 * Consumes `StatusResponse` messages and emits `ProgressEvent`s.
 *
 * Vertices are keyed by digest across all targets, like buildx's printer: two bake targets that share a step
 * (same digest) show it once. Logs of a shared vertex are taken from the first target that sent logs for it
 * until that target ends, as buildx does, so they are not printed twice.
 */
class ProgressTracker {
    listeners = new Set();
    vertexes = new Map();
    byTarget = new Map();
    warningsByTarget = new Map();
    logOwner = new Map();
    clock;
    constructor(options = {}) {
        this.clock = options.clock ?? Date.now;
    }
    /** Registers a listener; returns a function that removes it. */
    subscribe(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    /** Feeds one decoded `StatusResponse` of `target`'s build (undefined for a single, unnamed build). */
    update(response, target) {
        for (const vertex of response.vertexes ?? [])
            this.updateVertex(vertex, target);
        for (const raw of response.statuses ?? []) {
            const vertex = raw.vertex === undefined ? undefined : this.vertexes.get(raw.vertex);
            if (!vertex)
                continue; // BuildKit always announces the vertex first
            this.emit({
                type: 'status',
                target,
                vertex,
                status: {
                    id: raw.ID ?? '',
                    name: raw.name ?? '',
                    current: toNumber(raw.current),
                    total: toNumber(raw.total),
                    timestamp: timestampToNanos(raw.timestamp),
                    started: timestampToNanos(raw.started),
                    completed: timestampToNanos(raw.completed),
                },
            });
        }
        for (const warning of response.warnings ?? []) {
            let list = this.warningsByTarget.get(target);
            if (!list)
                this.warningsByTarget.set(target, (list = []));
            list.push(warning);
            const vertex = warning.vertex === undefined ? undefined : this.vertexes.get(warning.vertex);
            this.emit({ type: 'warning', target, vertex, warning });
        }
        for (const log of response.logs ?? []) {
            const vertex = log.vertex === undefined ? undefined : this.vertexes.get(log.vertex);
            if (!vertex)
                continue;
            if (this.logOwner.has(vertex.digest) && this.logOwner.get(vertex.digest) !== target)
                continue;
            this.logOwner.set(vertex.digest, target);
            this.emit({
                type: 'log',
                target,
                vertex,
                stream: toNumber(log.stream),
                data: log.msg ? Buffer.from(log.msg.buffer, log.msg.byteOffset, log.msg.byteLength) : Buffer.alloc(0),
                timestamp: timestampToNanos(log.timestamp),
            });
        }
        this.emit({ type: 'batch', target });
    }
    /** Marks the end of `target`'s status stream: releases its claim on shared vertices' logs. */
    endTarget(target) {
        for (const [digest, owner] of this.logOwner)
            if (owner === target)
                this.logOwner.delete(digest);
        this.emit({ type: 'target-done', target });
    }
    vertex(digest) {
        return this.vertexes.get(digest);
    }
    /** Vertices reported for `target`, in the order first seen. */
    vertices(target) {
        const digests = this.byTarget.get(target);
        return digests ? [...digests].map((d) => this.vertexes.get(d)) : [];
    }
    /** Vertices of `target` that failed (cancellations excluded), in the order first seen. */
    failedVertices(target) {
        return this.vertices(target).filter((v) => v.error !== '' && !isCanceledError(v.error));
    }
    /** Every warning received for `target`, in arrival order (duplicates included). */
    warnings(target) {
        return [...(this.warningsByTarget.get(target) ?? [])];
    }
    /** Names of all targets that sent status, in first-seen order. */
    targets() {
        return [...this.byTarget.keys()];
    }
    summary(target) {
        const vertices = this.vertices(target);
        let first;
        let last;
        const nowNs = BigInt(Math.trunc(this.clock())) * 1000000n;
        for (const v of vertices) {
            for (const ival of v.intervals.values()) {
                const stop = ival.stop ?? nowNs;
                if (first === undefined || ival.start < first)
                    first = ival.start;
                if (last === undefined || stop > last)
                    last = stop;
            }
        }
        const spanNs = first !== undefined && last !== undefined && last > first ? last - first : 0n;
        return {
            total: vertices.length,
            cached: vertices.filter((v) => v.cached).length,
            errors: vertices.filter((v) => v.error !== '' && !isCanceledError(v.error)).length,
            durationMs: Math.round(durationSeconds(spanNs) * 1000),
        };
    }
    updateVertex(raw, target) {
        let digests = this.byTarget.get(target);
        if (!digests)
            this.byTarget.set(target, (digests = new Set()));
        digests.add(raw.digest);
        let state = this.vertexes.get(raw.digest);
        const started = timestampToNanos(raw.started);
        const completed = timestampToNanos(raw.completed);
        if (!state) {
            state = {
                digest: raw.digest,
                name: raw.name ?? '',
                inputs: raw.inputs ?? [],
                cached: false,
                error: '',
                intervals: new Map(),
                targets: new Set(),
                lastTarget: target,
            };
            this.vertexes.set(raw.digest, state);
        }
        state.targets.add(target);
        if (started === undefined) {
            // An announcement of a vertex that has not started (BuildKit sends these for the whole graph up
            // front, and again when a second build reaches a shared vertex): it must not reset a running one.
            if (state.started === undefined) {
                state.name = raw.name ?? '';
                state.inputs = raw.inputs ?? [];
                state.cached = !!raw.cached;
                state.error = raw.error ?? '';
                state.progressGroup = raw.progressGroup;
                state.lastTarget = target;
            }
            return;
        }
        const name = raw.name ?? '';
        const cached = !!raw.cached;
        const error = raw.error ?? '';
        const firstStart = state.started === undefined;
        const restarted = !firstStart && state.started !== started;
        const completionChanged = completed !== undefined && completed !== state.completed;
        const changed = firstStart || restarted || completionChanged || name !== state.name || cached !== state.cached || error !== state.error;
        const wasFinished = state.completed !== undefined && !restarted;
        const previousError = state.error;
        const previousCached = state.cached;
        state.name = name;
        state.inputs = raw.inputs ?? [];
        state.cached = cached;
        state.error = error;
        state.progressGroup = raw.progressGroup;
        state.started = started;
        state.completed = completed;
        state.lastTarget = target;
        state.intervals.set(started, { start: started, stop: completed });
        // buildx redraws a finished vertex whenever it is re-sent, so a re-sent completion is still an event.
        if (!changed && completed === undefined)
            return;
        let type;
        const finishedNow = completed !== undefined && (!wasFinished || completionChanged || error !== previousError || cached !== previousCached);
        if (finishedNow) {
            if (error !== '')
                type = isCanceledError(error) ? 'vertex-canceled' : 'vertex-errored';
            else if (cached)
                type = 'vertex-cached';
            else
                type = 'vertex-completed';
        }
        else if (completed === undefined && (firstStart || restarted)) {
            type = 'vertex-started';
        }
        else {
            type = 'vertex-changed';
        }
        const event = { type, target, vertex: state };
        if (finishedNow) {
            const nowNs = BigInt(Math.trunc(this.clock())) * 1000000n;
            event.durationMs = Math.round(durationSeconds(totalNanos(mergeIntervals(state.intervals.values()), nowNs)) * 1000);
            if (error !== '')
                event.error = error;
        }
        this.emit(event);
    }
    emit(event) {
        for (const listener of [...this.listeners])
            listener(event);
    }
}
// ---------------------------------------------------------------------------------------------------------
// Plain printer
// ---------------------------------------------------------------------------------------------------------
/** buildx's bake form of a vertex name: `[target] name`, or `[target stage 2/5] …` for `[stage 2/5] …`. */
function prefixVertexName(target, name) {
    return name.startsWith('[') ? `[${target} ${name.slice(1)}` : `[${target}] ${name}`;
}
const LOGS_KEPT_FOR_ERRORS = 10;
/** A status line is redrawn only after this much progress (fraction of total) … */
const MIN_PROGRESS_DELTA = 0.05;
/** … or this much time (ns, daemon clock). */
const MIN_STATUS_INTERVAL_NS = 5n * NANOS_PER_SECOND;
/** The printer stays on a busy vertex at least this long before switching (fair share permitting) … */
const ANTI_FLICKER_SECONDS = 5;
/** … and no vertex with pending output waits longer than this (ms, local clock). */
const MAX_HIDDEN_MS = 10_000;
function newDisplayVertex(key, name) {
    return {
        key,
        name,
        cached: false,
        error: '',
        merged: [],
        hidden: false,
        index: 0,
        statuses: [],
        statusById: new Map(),
        statusUpdates: new Set(),
        warnings: [],
        warningIdx: 0,
        logs: [],
        logsPartial: false,
        logsOffset: 0,
        recent: [],
        count: 0,
    };
}
function isStarted(v) {
    return v.merged.length > 0;
}
function isCompleted(v) {
    const last = v.merged[v.merged.length - 1];
    return last !== undefined && last.stop !== undefined;
}
/** Collects text written in pieces (as buildx writes it) and hands complete lines to the sink. Bytes are
 * kept until the line ends so a UTF-8 sequence split across log chunks decodes correctly. */
class LineWriter {
    sink;
    pending = [];
    constructor(sink) {
        this.sink = sink;
    }
    write(text) {
        let buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
        for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10)) {
            this.pending.push(buf.subarray(0, nl));
            this.sink(Buffer.concat(this.pending).toString('utf8'));
            this.pending = [];
            buf = buf.subarray(nl + 1);
        }
        if (buf.length > 0)
            this.pending.push(buf);
    }
    line(text = '') {
        this.write(`${text}\n`);
    }
    /** Ends an unfinished line, if any. */
    flush() {
        if (this.pending.length > 0)
            this.write('\n');
    }
}
/**
 * Renders progress events like `buildx --progress=plain`. Feed it a tracker's events (`attach`), or call
 * `handle` yourself; it redraws after each `batch` event, then `finish()` prints the failed-steps summary.
 *
 * Deliberate differences from buildx: it redraws on every batch instead of at most every 100 ms (so output
 * groups slightly differently under heavy load, but is reproducible), it never writes half a line (a partial
 * log line reaches the sink once it is finished), and the failure summary lists a step's last lines in order
 * (buildx's ring buffer can put an unfinished line first).
 */
class PlainProgressPrinter {
    out;
    multiTarget;
    description;
    clock;
    truncateNames;
    /** Display vertices by vertex digest; members of a progress group map to the group's display vertex. */
    byDigest = new Map();
    /** Every display vertex once, in creation order (stands in for Go's map iteration). */
    all = [];
    groups = new Map();
    dirtyGroups = new Set();
    /** Vertices in the order they started: the failure summary's order. */
    startedOrder = [];
    /** Vertices with output not printed yet. */
    updates = new Set();
    /** Last printed progress of each status id (shared by all vertices, as in buildx). */
    lastStatus = new Map();
    current = '';
    notFirst = false;
    nextIndex = 0;
    finished = false;
    constructor(sink, options = {}) {
        this.out = new LineWriter(sink);
        this.multiTarget = options.multiTarget ?? false;
        this.description = options.description ?? '';
        this.clock = options.clock ?? Date.now;
        this.truncateNames = options.truncateNames ?? false;
    }
    /** Subscribes to `tracker`; returns the unsubscribe function. */
    attach(tracker) {
        return tracker.subscribe((event) => this.handle(event));
    }
    handle(event) {
        if (this.finished)
            return;
        switch (event.type) {
            case 'vertex-started':
            case 'vertex-cached':
            case 'vertex-completed':
            case 'vertex-errored':
            case 'vertex-canceled':
            case 'vertex-changed':
                this.onVertex(event.vertex);
                return;
            case 'status':
                this.refreshGroups();
                this.onStatus(event.vertex, event.status);
                return;
            case 'warning':
                this.refreshGroups();
                this.onWarning(event);
                return;
            case 'log':
                this.refreshGroups();
                this.onLog(event);
                return;
            case 'batch':
                this.refreshGroups();
                this.print();
                return;
            case 'target-done':
                return;
        }
    }
    /** Final redraw, then the `------` summary of failed steps with their last log lines. Idempotent. */
    finish() {
        if (this.finished)
            return;
        this.refreshGroups();
        this.print();
        this.out.flush();
        this.finished = true;
        for (const v of this.startedOrder) {
            if (v.error === '' || isCanceledError(v.error))
                continue;
            this.out.line('------');
            this.out.line(` > ${v.name}:`);
            for (const l of v.recent) {
                this.out.write(l);
                this.out.line();
            }
            if (v.recentPartial) {
                this.out.write(v.recentPartial);
                this.out.line();
            }
            this.out.line('------');
        }
    }
    // --- model updates (buildkit display.go `trace.update`) ---
    displayName(name, target) {
        return this.multiTarget && target !== undefined ? prefixVertexName(target, name) : name;
    }
    touch(v) {
        if (v.count === 0)
            v.lastBlockTime = this.clock();
        v.count += 1;
    }
    addDisplayVertex(key, v) {
        this.byDigest.set(key, v);
        this.all.push(v);
    }
    onVertex(vertex) {
        const group = vertex.progressGroup;
        if (group && group.id) {
            let dv = this.groups.get(group.id);
            if (!dv) {
                dv = newDisplayVertex(group.id, this.displayName(group.name ?? '', vertex.lastTarget));
                dv.members = new Map();
                dv.groupIntervals = new Map();
                dv.hidden = true;
                this.groups.set(group.id, dv);
                this.addDisplayVertex(group.id, dv);
            }
            dv.members.set(vertex.digest, vertex);
            this.byDigest.set(vertex.digest, dv);
            this.dirtyGroups.add(dv);
            return;
        }
        let dv = this.byDigest.get(vertex.digest);
        if (!dv || dv.members) {
            dv = newDisplayVertex(vertex.digest, '');
            this.addDisplayVertex(vertex.digest, dv);
        }
        const wasStarted = isStarted(dv);
        dv.name = this.displayName(vertex.name, vertex.lastTarget);
        dv.cached = vertex.cached;
        dv.error = vertex.error;
        dv.merged = mergeIntervals(vertex.intervals.values());
        this.touch(dv);
        this.updates.add(dv.key);
        if (isStarted(dv) && !wasStarted)
            this.startedOrder.push(dv);
    }
    /** Recomputes progress groups touched by vertex events (buildkit `vertexGroup.refresh`). */
    refreshGroups() {
        for (const dv of this.dirtyGroups) {
            const wasHidden = dv.hidden;
            let changed = false;
            let cached = true;
            let error = '';
            for (const member of dv.members.values()) {
                if (member.started !== undefined) {
                    const prev = dv.groupIntervals.get(member.started);
                    if (!prev || prev.stop !== member.completed)
                        changed = true;
                    dv.groupIntervals.set(member.started, { start: member.started, stop: member.completed });
                    if (!member.progressGroup?.weak)
                        dv.hidden = false;
                }
                cached = cached && member.cached;
                if (member.error !== '') {
                    if (error === '')
                        error = member.error;
                    dv.hidden = false;
                }
            }
            if (cached !== dv.cached || error !== dv.error)
                changed = true;
            dv.cached = cached;
            dv.error = error;
            dv.merged = mergeIntervals(dv.groupIntervals.values());
            if (dv.hidden)
                continue;
            if (wasHidden) {
                changed = true;
                this.startedOrder.push(dv);
            }
            if (changed) {
                this.touch(dv);
                this.updates.add(dv.key);
            }
        }
        this.dirtyGroups.clear();
    }
    onStatus(vertex, status) {
        const dv = this.byDigest.get(vertex.digest);
        if (!dv)
            return;
        let entry = dv.statusById.get(status.id);
        const prevStarted = entry?.item.started;
        if (!entry)
            dv.statusById.set(status.id, (entry = { item: status }));
        // Only statuses that have started get a line, in the order they started.
        if (status.started !== undefined && prevStarted === undefined && !dv.statuses.includes(entry))
            dv.statuses.push(entry);
        entry.item = status;
        dv.statusUpdates.add(status.id);
        this.updates.add(dv.key);
        this.touch(dv);
    }
    onWarning(event) {
        const dv = event.vertex && this.byDigest.get(event.vertex.digest);
        if (!dv)
            return;
        // Like buildx, a warning does not by itself redraw its vertex: it is printed with the vertex's next output.
        dv.warnings.push(event.warning);
        this.touch(dv);
    }
    onLog(event) {
        const dv = this.byDigest.get(event.vertex.digest);
        if (!dv)
            return;
        const data = event.data;
        let piece = 0;
        let offset = 0;
        let complete = false;
        const addPiece = (bytes) => {
            if (dv.logsPartial && dv.logs.length > 0 && piece === 0) {
                dv.logs[dv.logs.length - 1] = Buffer.concat([dv.logs[dv.logs.length - 1], bytes]);
            }
            else {
                const start = dv.merged[dv.merged.length - 1]?.start;
                const seconds = start !== undefined && event.timestamp !== undefined ? durationSeconds(event.timestamp - start) : 0;
                const precision = seconds < 10 ? 3 : seconds < 100 ? 2 : 1;
                dv.logs.push(Buffer.concat([Buffer.from(`${formatFixed(seconds, precision)} `), bytes]));
            }
            piece++;
        };
        if (data.length > 0) {
            for (;;) {
                if (offset >= data.length) {
                    complete = true;
                    break;
                }
                const nl = data.indexOf(10, offset);
                if (nl === -1) {
                    addPiece(data.subarray(offset));
                    break;
                }
                addPiece(data.subarray(offset, nl));
                offset = nl + 1;
            }
        }
        dv.logsPartial = !complete;
        this.updates.add(dv.key);
        this.touch(dv);
    }
    // --- rendering (buildkit printer.go `textMux`) ---
    printVertex(key) {
        const v = this.byDigest.get(key);
        if (!v)
            return;
        if (v.index === 0)
            v.index = ++this.nextIndex;
        if (key !== this.current) {
            if (this.current !== '') {
                const old = this.byDigest.get(this.current);
                if (old.logsPartial)
                    this.out.line();
                old.logsOffset = 0;
                old.count = 0;
                this.out.line(`#${old.index} ...`);
            }
            if (this.notFirst) {
                this.out.line();
            }
            else {
                if (this.description !== '') {
                    this.out.line(`#0 ${this.description}`);
                    this.out.line();
                }
                this.notFirst = true;
            }
            const name = this.truncateNames && v.name.length > 72 ? `${v.name.slice(0, 72)}...` : v.name;
            this.out.line(`#${v.index} ${name}`);
        }
        // BuildKit can report progress for remote cache loading while no vertex of it is open; a vertex with an
        // unfinished status line is not closed yet.
        let hasOpenStatus = false;
        for (const { item: s } of v.statuses) {
            if (!v.statusUpdates.has(s.id))
                continue;
            const last = this.lastStatus.get(s.id);
            const timestamp = s.timestamp ?? 0n;
            if (last && s.completed === undefined) {
                const progressDelta = s.total > 0 ? (s.current - last.current) / s.total : 0;
                if (progressDelta < MIN_PROGRESS_DELTA && timestamp - last.timestamp < MIN_STATUS_INTERVAL_NS)
                    continue;
            }
            this.lastStatus.set(s.id, { current: s.current, timestamp });
            let sizes = '';
            if (s.total !== 0)
                sizes = ` ${formatBytes(s.current)} / ${formatBytes(s.total)}`;
            else if (s.current !== 0)
                sizes = ` ${formatBytes(s.current)}`;
            let time = '';
            const end = s.completed ?? timestamp;
            if (s.started !== undefined) {
                const seconds = durationSeconds(end - s.started);
                if (seconds > 0.01)
                    time = ` ${formatFixed(seconds, 1)}s`;
            }
            if (s.completed !== undefined)
                time += ' done';
            else
                hasOpenStatus = true;
            this.out.line(`#${v.index} ${s.id}${sizes}${time}`);
        }
        v.statusUpdates.clear();
        for (const w of v.warnings.slice(v.warningIdx)) {
            this.out.line(`#${v.index} WARN: ${Buffer.from(w.short ?? new Uint8Array()).toString('utf8')}`);
            v.warningIdx++;
        }
        v.logs.forEach((full, i) => {
            if (i === 0 && v.logsOffset !== 0)
                this.out.write(full.subarray(v.logsOffset));
            else
                this.out.write(Buffer.concat([Buffer.from(`#${v.index} `), full]));
            const lastAndPartial = i === v.logs.length - 1 && v.logsPartial;
            if (lastAndPartial) {
                v.recentPartial = full;
            }
            else {
                this.out.line();
                v.recent.push(full);
                if (v.recent.length > LOGS_KEPT_FOR_ERRORS)
                    v.recent.shift();
                v.recentPartial = undefined;
            }
        });
        if (v.logs.length > 0) {
            if (v.logsPartial) {
                v.logs = v.logs.slice(-1);
                v.logsOffset = v.logs[0].length;
            }
            else {
                v.logs = [];
                v.logsOffset = 0;
            }
        }
        this.current = key;
        if (isCompleted(v) && !hasOpenStatus) {
            this.current = '';
            v.count = 0;
            if (v.logsPartial)
                this.out.line();
            if (v.error !== '') {
                if (isCanceledError(v.error))
                    this.out.line(`#${v.index} CANCELED`);
                else
                    this.out.line(`#${v.index} ERROR: ${v.error}`);
            }
            else if (v.cached) {
                this.out.line(`#${v.index} CACHED`);
            }
            else {
                const spent = v.merged.length > 0 ? ` ${formatFixed(durationSeconds(totalNanos(v.merged, 0n)), 1)}s` : '';
                this.out.line(`#${v.index} DONE${spent}`);
            }
        }
        this.updates.delete(key);
    }
    /** One redraw: finished vertices first (by completion time), then one running vertex, switching between
     * running vertices so that none with pending output stays hidden too long. */
    print() {
        const completed = [];
        const rest = new Set();
        for (const key of this.updates) {
            const v = this.byDigest.get(key);
            if (!v || v.hidden)
                continue;
            if (isCompleted(v))
                completed.push(key);
            else
                rest.add(key);
        }
        const current = this.current;
        if (completed.includes(current))
            this.printVertex(current);
        const byStop = completed
            .map((key) => ({ key, stop: this.byDigest.get(key).merged.at(-1).stop }))
            .sort((a, b) => (a.stop < b.stop ? -1 : a.stop > b.stop ? 1 : 0));
        for (const { key } of byStop)
            if (key !== current)
                this.printVertex(key);
        if (rest.size === 0) {
            if (current !== '') {
                const v = this.byDigest.get(current);
                if (v && isStarted(v) && !isCompleted(v))
                    return;
            }
            // Make some open vertex the active one.
            for (const v of this.all) {
                if (isStarted(v) && !isCompleted(v) && !v.hidden) {
                    this.printVertex(v.key);
                    return;
                }
            }
            return;
        }
        if (rest.has(current))
            this.printVertex(current);
        const now = this.clock();
        const stats = new Map();
        let sum = 0;
        let max = '';
        if (current !== '')
            rest.add(current);
        for (const key of rest) {
            const v = this.byDigest.get(key);
            if (!v || v.lastBlockTime === undefined)
                continue;
            const blockMs = now - v.lastBlockTime;
            const speed = v.count / (blockMs / 1000);
            const overLimit = blockMs > MAX_HIDDEN_MS && key !== current;
            stats.set(key, { blockMs, speed, share: 0, overLimit });
            sum += speed;
            if (overLimit || max === '' || stats.get(max).speed < speed)
                max = key;
        }
        for (const s of stats.values())
            s.share = s.speed / sum;
        if (completed.includes(current) || current === '') {
            this.printVertex(max);
            return;
        }
        for (const key of rest) {
            if (stats.get(key)?.overLimit) {
                this.printVertex(key);
                return;
            }
        }
        const cur = stats.get(current);
        if (cur && (1 / (1 - cur.share)) * ANTI_FLICKER_SECONDS < cur.blockMs / 1000) {
            this.printVertex(max);
        }
    }
}
/**
 * buildx's warnings block printed after a build (`commands/build.go printWarnings`), minus its
 * `(use docker --debug to expand)` hint: a blank line, ` N warning(s) found:` and ` - <short>` per distinct
 * warning. With `verbose`, each warning's detail lines and URL follow, as `docker --debug` shows them.
 */
function formatWarningsSummary(warnings, options = {}) {
    const distinct = dedupWarnings(warnings);
    if (distinct.length === 0)
        return [];
    const text = (b) => Buffer.from(b ?? new Uint8Array()).toString('utf8');
    const lines = ['', ` ${distinct.length === 1 ? '1 warning found' : `${distinct.length} warnings found`}:`];
    for (const w of distinct) {
        lines.push(` - ${text(w.short)}`);
        if (!options.verbose)
            continue;
        for (const d of w.detail ?? [])
            lines.push(text(d));
        if (w.url)
            lines.push(`More info: ${w.url}`);
        lines.push('');
    }
    return lines;
}
/** Distinct warnings: the same warning reported by several vertices (or targets) is listed once. */
function dedupWarnings(warnings) {
    const seen = new Set();
    const out = [];
    for (const w of warnings) {
        const b64 = (b) => (b ? Buffer.from(b).toString('base64') : '');
        const key = JSON.stringify([
            String(w.level ?? ''),
            b64(w.short),
            (w.detail ?? []).map(b64),
            w.url ?? '',
            w.info?.filename ?? '',
            b64(w.info?.data),
            w.info?.language ?? '',
            (w.ranges ?? []).map((r) => [r.start?.line ?? 0, r.start?.character ?? 0, r.end?.line ?? 0, r.end?.character ?? 0]),
        ]);
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(w);
    }
    return out;
}


/***/ }),

/***/ 2389:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ decodeRpcStatus),
/* harmony export */   WQ: () => (/* binding */ encodeRpcStatus)
/* harmony export */ });
/* unused harmony exports RPC_STATUS_TYPE, ANY_PROTO, RPC_STATUS_PROTO */
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2328);
/**
 * `google.rpc.Status` and `google.protobuf.Any`, written from the wire format (googleapis rpc/status.proto,
 * protobuf any.proto).
 *
 * BuildKit sends failed calls with a binary Status in the `grpc-status-details-bin` trailer, and the gateway
 * protocol carries one in `ReturnRequest.error`. Each `Any` detail BuildKit produces holds JSON (type URLs
 * ending in `+json`), not protobuf; `errors.ts` interprets them.
 *
 * Field names match protobufjs's built-in `Any` wrapper (`type_url`, `value`), so its special handling of
 * `.google.protobuf.Any` in fromObject/toObject keeps working on plain objects.
 */

const RPC_STATUS_TYPE = 'google.rpc.Status';
const ANY_PROTO = (/* unused pure expression or super */ null && (`
syntax = "proto3";
package google.protobuf;
message Any {
  string type_url = 1;
  bytes value = 2;
}
`));
const RPC_STATUS_PROTO = (/* unused pure expression or super */ null && (`
syntax = "proto3";
package google.rpc;
message Status {
  int32 code = 1;
  string message = 2;
  repeated google.protobuf.Any details = 3;
}
`));
function encodeRpcStatus(status) {
    return (0,_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeMessage */ .mH)(RPC_STATUS_TYPE, status);
}
function decodeRpcStatus(bytes) {
    return (0,_registry_js__WEBPACK_IMPORTED_MODULE_0__.decodeMessage)(RPC_STATUS_TYPE, bytes);
}


/***/ })

};
