export const id = 840;
export const ids = [840,254,766];
export const modules = {

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
 * The identity of a directory's present state, for naming the session that serves it (solve/run/session-ids.ts).
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

/***/ 1840:
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

// EXTERNAL MODULE: ./lib/buildkit/fsutil/wire.js
var wire = __webpack_require__(6801);
;// CONCATENATED MODULE: ./lib/buildkit/fsutil/channel.js

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
    encode: (p) => (0,wire/* encodePacketFast */.zT)(p),
    decode: (m) => (0,wire/* decodePacketNames */.r3)(m),
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

// EXTERNAL MODULE: ./lib/buildkit/proto/fsutil.js
var fsutil = __webpack_require__(4798);
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

// EXTERNAL MODULE: ./lib/buildkit/fsutil/names.js
var fsutil_names = __webpack_require__(1626);
;// CONCATENATED MODULE: ./lib/buildkit/fsutil/sender.js
/**
 * fsutil sender: stream STATs, answer the receiver's REQs with DATA, reply FIN to FIN.
 *
 * The listing and the file contents share one stream and run concurrently (the daemon requests files while
 * it is still reading STATs). Requested files are read by a few parallel readers — small ones in one synchronous
 * read, larger ones streamed in 256 KiB chunks — each file ending with an empty DATA; DATA of different files may
 * interleave. Every send waits for the stream to drain, so memory stays bounded by the readers' chunks whatever
 * the file sizes.
 *
 * A requested file that vanished since it was listed (or became something other than a regular file) is sent empty,
 * as fsutil does. One that cannot be read — no read permission, an I/O error — fails the transfer with an ERR naming
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
 * microseconds, while the promise API costs four thread-pool round trips per file — the bulk of sending a context
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
     * deliver before a message still queued; the ERR is what the daemon should report (`error from sender: …`, as
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
            // the daemon reports it as `error from sender: …`, as it does a walk error
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
    path;
    code;
    constructor(path, code, cause) {
        super(`open ${path}: ${describeErrno(code, cause)}`, { cause });
        this.path = path;
        this.code = code;
        this.name = 'UnreadableFileError';
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
 * Three system calls per unchanged file (open, read, close): no fstat — what is not a regular file fails the read
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

// EXTERNAL MODULE: ./lib/buildkit/fsutil/paths.js
var fsutil_paths = __webpack_require__(8150);
;// CONCATENATED MODULE: ./lib/buildkit/fsutil/patterns.js
/**
 * `.dockerignore` pattern matching with moby/patternmatcher's semantics (what fsutil's filter uses):
 * `*`, `?`, `[...]`, `**`, leading `!` exceptions, later patterns win, a match on a directory covers its
 * contents. @balena/dockerignore follows older Docker rules (different `**` and parent handling), so it is not
 * used for the wire filter.
 *
 * Why a matcher of our own, and not a RegExp: patternmatcher translates each pattern into a Go regular expression
 * (a star becomes `[^/]` repeated, a double star an optional group of any characters ending in a slash, …) and Go's regexp package (RE2) matches in time linear in the path. JavaScript's
 * RegExp backtracks: `*a*a*a*a*a*a*a*a*a*a*b` against a name of 48 `a`s took minutes, on the main thread (no signal
 * could interrupt it), and both the pattern and the name can come from a pull request. So the translation below is
 * patternmatcher's `compile` character for character, and the resulting regular expression is parsed with Go's
 * syntax rules (the subset a translated pattern can contain) and run as a Thompson NFA (Pike VM): every path is
 * read once, with at most one thread per instruction — O(path × pattern), whatever the input.
 *
 * Go regexp features a translated pattern can contain and that are implemented: literals, `.` (not `\n`), `^`/`$`
 * (begin/end of text), `[...]` classes (negation, ranges, escapes, `[:alpha:]`-style names, `\d\s\w` and their
 * negations), star and question-mark repetition of an atom, the optional group a double star becomes, and the escapes `\` + punctuation, `\a\f\t\n\r\v`,
 * octal, `\x..`, `\A`, `\z`, `\b`, `\B`, `\Q…\E`. Not implemented: `\p{…}`/`\P{…}` Unicode classes (a pattern
 * using them is refused as a syntax error; Go would accept it). Patterns Go's regexp rejects (a reversed range in a
 * class, an unknown escape) are refused when the matcher is built; patternmatcher fails on the first match instead,
 * which fails the transfer all the same.
 */

/**
 * The characters patternmatcher's shouldEscape really escapes. It means to escape `.+()|{}$`, but its bitmap is
 * `[8]byte` indexed by `1 << (b / 8)`, which is 0 for every byte ≥ 64: `|`, `{` and `}` reach the regexp raw (so a
 * pattern with `|` is an alternation, `a{2}` a repetition). Same here.
 */
const REGEXP_META = new Set([...'.+()$']);
class Pattern {
    exclusion;
    /** The pattern after cleaning, without its leading `!`. */
    cleaned;
    dirs;
    matchType;
    regexp;
    /** Compiled on first use, as patternmatcher compiles its regexp: a pattern never consulted never fails. */
    program;
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
    compiled() {
        if (this.program === undefined) {
            try {
                this.program = compileRegexp(this.regexp);
            }
            catch (e) {
                this.program = new Error(`syntax error in pattern: ${this.cleaned}${e instanceof UnsupportedRegexp ? ` (${e.message})` : ''}`);
            }
        }
        if (this.program instanceof Error)
            throw this.program;
        return this.program;
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
                return runProgram(this.compiled(), path);
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
            const p = (0,fsutil_paths/* cleanPath */.ts)(trimmed);
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
/** patternmatcher's Pattern.compile: the match type and, for `regexp`, Go regexp source. */
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
            re += '[^/]';
            type = 'regexp';
        }
        else if (REGEXP_META.has(ch)) {
            re += '\\' + ch;
        }
        else if (ch === '\\') {
            // escapes the next character (for the regexp: `\` + that character, whatever it means there)
            if (pos < chars.length) {
                re += '\\' + chars[pos++];
                type = 'regexp';
            }
            else {
                re += '\\';
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
    return type === 'regexp' ? { type, regexp: re + '$' } : { type };
}
// ---- a Go-syntax regular expression subset, compiled for a Pike VM ----
class UnsupportedRegexp extends Error {
}
const MATCH_NOW = 1;
const ACCEPT_AT_END = 2;
const DEAD = 4;
function emptyDfa() {
    return { pcs: [], flags: new Uint8Array(16), ascii: new Int32Array(16 * 128).fill(-1), other: [], byKey: new Map(), start: -1 };
}
const MAX_DFA_STATES = 2048;
const MAX_RUNE = 0x10ffff;
function normalizeClass(ranges, negate) {
    const pairs = [];
    for (let i = 0; i < ranges.length; i += 2)
        pairs.push([ranges[i], ranges[i + 1]]);
    pairs.sort((x, y) => x[0] - y[0]);
    const merged = [];
    for (const [lo, hi] of pairs) {
        const n = merged.length;
        if (n > 0 && lo <= merged[n - 1] + 1)
            merged[n - 1] = Math.max(merged[n - 1], hi);
        else
            merged.push(lo, hi);
    }
    if (!negate)
        return merged;
    const out = [];
    let next = 0;
    for (let i = 0; i < merged.length; i += 2) {
        if (merged[i] > next)
            out.push(next, merged[i] - 1);
        next = merged[i + 1] + 1;
    }
    if (next <= MAX_RUNE)
        out.push(next, MAX_RUNE);
    return out;
}
function inClass(cls, c) {
    for (let i = 0; i < cls.length; i += 2) {
        if (c < cls[i])
            return false;
        if (c <= cls[i + 1])
            return true;
    }
    return false;
}
const R = (s) => {
    const out = [];
    for (let i = 0; i < s.length; i += 2)
        out.push(s.codePointAt(i), s.codePointAt(i + 1));
    return out;
};
/** Go regexp/syntax perl_groups.go and posix_groups (ASCII only). */
const PERL_CLASSES = { d: R('09'), s: R('\t\n\f\r  '), w: R('09AZ__az') };
const POSIX_CLASSES = {
    alnum: R('09AZaz'),
    alpha: R('AZaz'),
    ascii: [0, 0x7f],
    blank: R('\t\t  '),
    cntrl: [0, 0x1f, 0x7f, 0x7f],
    digit: R('09'),
    graph: R('!~'),
    lower: R('az'),
    print: R(' ~'),
    punct: R('!/:@[`{~'),
    space: R('\t\r  '),
    upper: R('AZ'),
    word: R('09AZ__az'),
    xdigit: R('09AFaf'),
};
function isWordChar(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
/** Parses the regexp source patternmatcher builds, with Go's (Perl-flag) syntax. Throws on what Go rejects. */
function parseRegexp(src) {
    const t = [...src].map((ch) => ch.codePointAt(0));
    let i = 0;
    const bad = (what) => {
        throw new Error(what);
    };
    const isOctal = (c) => c !== undefined && c >= 48 && c <= 55;
    const hexVal = (c) => {
        if (c === undefined)
            return -1;
        if (c >= 48 && c <= 57)
            return c - 48;
        if (c >= 97 && c <= 102)
            return c - 87;
        if (c >= 65 && c <= 70)
            return c - 55;
        return -1;
    };
    /** Go's parseEscape, after the backslash: a single character. */
    const escapeChar = () => {
        const c = t[i++];
        if (c === undefined)
            return bad('trailing backslash');
        if (c < 0x80 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
            return c;
        if (c >= 49 && c <= 55 && !isOctal(t[i]))
            return bad('invalid escape sequence');
        if (c >= 48 && c <= 55) {
            let r = c - 48;
            for (let k = 1; k < 3 && isOctal(t[i]); k++)
                r = r * 8 + t[i++] - 48;
            return r;
        }
        if (c === 120 /* x */) {
            if (t[i] === 123 /* { */) {
                i++;
                let r = 0;
                let n = 0;
                while (t[i] !== 125 /* } */) {
                    const v = hexVal(t[i]);
                    if (v < 0)
                        return bad('invalid escape sequence');
                    r = r * 16 + v;
                    if (r > MAX_RUNE)
                        return bad('invalid escape sequence');
                    i++;
                    n++;
                }
                i++;
                if (n === 0)
                    return bad('invalid escape sequence');
                return r;
            }
            const h = hexVal(t[i]);
            const l = hexVal(t[i + 1]);
            if (h < 0 || l < 0)
                return bad('invalid escape sequence');
            i += 2;
            return h * 16 + l;
        }
        const simple = { 97: 7, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11 };
        if (c in simple)
            return simple[c];
        return bad('invalid escape sequence');
    };
    const perlClass = () => {
        if (t[i] !== 92 || t[i + 1] === undefined)
            return undefined;
        const name = String.fromCodePoint(t[i + 1]);
        const lower = name.toLowerCase();
        if (!(lower in PERL_CLASSES) || !'dswDSW'.includes(name))
            return undefined;
        i += 2;
        const base = PERL_CLASSES[lower];
        return name === lower ? base : normalizeClass(base, true);
    };
    const unicodeClass = () => {
        if (t[i] === 92 && (t[i + 1] === 112 || t[i + 1] === 80))
            throw new UnsupportedRegexp('\\p{…} Unicode classes are not supported');
    };
    const parseClass = () => {
        i++; // [
        let negate = false;
        if (t[i] === 94 /* ^ */) {
            negate = true;
            i++;
        }
        const ranges = [];
        let first = true;
        while (t[i] !== 93 /* ] */ || first) {
            if (t[i] === undefined)
                return bad('missing closing ]');
            first = false;
            // [:alpha:]
            if (t[i] === 91 && t[i + 1] === 58) {
                const rest = String.fromCodePoint(...t.slice(i + 2));
                const end = rest.indexOf(':]');
                if (end >= 0) {
                    let name = rest.slice(0, end);
                    const neg = name.startsWith('^');
                    if (neg)
                        name = name.slice(1);
                    const cls = POSIX_CLASSES[name];
                    if (!cls)
                        return bad('invalid character class range');
                    ranges.push(...(neg ? normalizeClass(cls, true) : cls));
                    i += 2 + [...rest.slice(0, end)].length + 2;
                    continue;
                }
            }
            unicodeClass();
            const perl = perlClass();
            if (perl) {
                ranges.push(...perl);
                continue;
            }
            const classChar = () => {
                if (t[i] === undefined)
                    return bad('missing closing ]');
                if (t[i] === 92) {
                    i++;
                    return escapeChar();
                }
                return t[i++];
            };
            const lo = classChar();
            let hi = lo;
            if (t[i] === 45 /* - */ && t[i + 1] !== undefined && t[i + 1] !== 93) {
                i++;
                hi = classChar();
                if (hi < lo)
                    return bad('invalid character class range');
            }
            ranges.push(lo, hi);
        }
        i++; // ]
        return { k: 'class', cls: normalizeClass(ranges, negate) };
    };
    /** Go's parseRepeat: `{n}`, `{n,}`, `{n,m}`; undefined when `{` does not start one (then it is a literal). */
    const parseRepeat = () => {
        let j = i + 1;
        const num = () => {
            const start = j;
            while (t[j] !== undefined && t[j] >= 48 && t[j] <= 57)
                j++;
            if (j === start)
                return undefined;
            // Go: at most 8 digits are read as a number, more is "too big"
            const text = String.fromCodePoint(...t.slice(start, j));
            return text.length > 8 ? Infinity : Number(text);
        };
        const min = num();
        if (min === undefined)
            return undefined;
        let max = min;
        if (t[j] === 44 /* , */) {
            j++;
            max = t[j] === 125 ? -1 : (num() ?? NaN);
            if (Number.isNaN(max))
                return undefined;
        }
        if (t[j] !== 125 /* } */)
            return undefined;
        return { min, max, end: j + 1 };
    };
    const parseAlt = (inGroup) => {
        const alts = [];
        for (;;) {
            const { seq, stop } = parseSeq(inGroup);
            alts.push({ k: 'seq', seq });
            if (stop !== '|')
                break;
        }
        return alts.length === 1 ? alts[0] : { k: 'alt', alts };
    };
    const parseSeq = (inGroup) => {
        const seq = [];
        let lastWasRepeat = false;
        const repeat = (make, afterOp) => {
            const last = seq.pop();
            if (!last)
                return bad('missing argument to repetition operator');
            if (lastWasRepeat)
                return bad('invalid nested repetition operator');
            i = afterOp;
            if (t[i] === 63)
                i++; // non-greedy: the same language
            seq.push(make(last));
            lastWasRepeat = true;
        };
        for (;;) {
            const c = t[i];
            if (c === undefined) {
                if (inGroup)
                    return bad('missing closing )');
                return { seq, stop: 'end' };
            }
            if (c === 124 /* | */) {
                i++;
                return { seq, stop: '|' };
            }
            if (c === 41 /* ) */) {
                if (!inGroup)
                    return bad('unexpected )');
                i++;
                return { seq, stop: ')' };
            }
            if (c === 42 || c === 63 || c === 43) {
                // * ? + (patternmatcher escapes +)
                repeat((last) => (c === 42 ? { k: 'star', node: last } : c === 63 ? { k: 'quest', node: last } : { k: 'repeat', node: last, min: 1, max: -1 }), i + 1);
                continue;
            }
            if (c === 123 /* { */) {
                const r = parseRepeat();
                if (r) {
                    if (r.min > 1000 || r.max > 1000 || (r.max >= 0 && r.min > r.max))
                        return bad('invalid repeat count');
                    repeat((last) => ({ k: 'repeat', node: last, min: r.min, max: r.max }), r.end);
                    continue;
                }
            }
            lastWasRepeat = false;
            if (c === 40 /* ( */) {
                i++;
                seq.push(parseAlt(true));
                continue;
            }
            if (c === 91) {
                seq.push(parseClass());
                continue;
            }
            if (c === 46) {
                i++;
                seq.push({ k: 'any' });
                continue;
            }
            if (c === 94) {
                i++;
                seq.push({ k: 'assert', op: 5 /* Op.Begin */ });
                continue;
            }
            if (c === 36) {
                i++;
                seq.push({ k: 'assert', op: 6 /* Op.End */ });
                continue;
            }
            if (c === 92) {
                const n = t[i + 1];
                if (n === 65 /* A */ || n === 122 /* z */) {
                    i += 2;
                    seq.push({ k: 'assert', op: n === 65 ? 5 /* Op.Begin */ : 6 /* Op.End */ });
                    continue;
                }
                if (n === 98 /* b */ || n === 66 /* B */) {
                    i += 2;
                    seq.push({ k: 'assert', op: n === 98 ? 7 /* Op.WordBoundary */ : 8 /* Op.NotWordBoundary */ });
                    continue;
                }
                if (n === 81 /* Q */) {
                    i += 2;
                    while (t[i] !== undefined && !(t[i] === 92 && t[i + 1] === 69))
                        seq.push({ k: 'char', c: t[i++] });
                    if (t[i] !== undefined)
                        i += 2;
                    continue;
                }
                unicodeClass();
                const perl = perlClass();
                if (perl) {
                    seq.push({ k: 'class', cls: perl });
                    continue;
                }
                i++;
                seq.push({ k: 'char', c: escapeChar() });
                continue;
            }
            i++;
            seq.push({ k: 'char', c });
        }
    };
    return parseAlt(false);
}
function compileRegexp(src) {
    const root = parseRegexp(src);
    const op = [];
    const a = [];
    const b = [];
    const classes = [];
    const emit = (o, x = 0, y = 0) => {
        op.push(o);
        a.push(x);
        b.push(y);
        return op.length - 1;
    };
    const gen = (n) => {
        switch (n.k) {
            case 'char':
                emit(0 /* Op.Char */, n.c);
                return;
            case 'class':
                classes.push(n.cls);
                emit(1 /* Op.Class */, classes.length - 1);
                return;
            case 'any':
                emit(2 /* Op.AnyNotNL */);
                return;
            case 'assert':
                emit(n.op);
                return;
            case 'seq':
                n.seq.forEach(gen);
                return;
            case 'alt': {
                // split → alt 1 | split → alt 2 | … ; each alternative jumps to the end
                const jumps = [];
                n.alts.forEach((alt, k) => {
                    if (k < n.alts.length - 1) {
                        const split = emit(3 /* Op.Split */);
                        gen(alt);
                        jumps.push(emit(4 /* Op.Jmp */));
                        a[split] = split + 1;
                        b[split] = op.length;
                    }
                    else
                        gen(alt);
                });
                for (const j of jumps)
                    a[j] = op.length;
                return;
            }
            case 'repeat': {
                for (let k = 0; k < n.min; k++)
                    gen(n.node);
                if (n.max === -1)
                    gen({ k: 'star', node: n.node });
                else {
                    // x{2,4} = x x (x (x)?)?
                    const splits = [];
                    for (let k = n.min; k < n.max; k++) {
                        splits.push(emit(3 /* Op.Split */));
                        a[splits[splits.length - 1]] = op.length;
                        gen(n.node);
                    }
                    for (const sp of splits)
                        b[sp] = op.length;
                }
                return;
            }
            case 'star': {
                const split = emit(3 /* Op.Split */);
                gen(n.node);
                emit(4 /* Op.Jmp */, split);
                a[split] = split + 1;
                b[split] = op.length;
                return;
            }
            case 'quest': {
                const split = emit(3 /* Op.Split */);
                gen(n.node);
                a[split] = split + 1;
                b[split] = op.length;
                return;
            }
        }
    };
    gen(root);
    emit(9 /* Op.Match */);
    // A program that can only match from the start (patternmatcher's `^…$` without a raw `|`) need not start a thread
    // at every position.
    const anchored = root.k === 'seq' && root.seq[0]?.k === 'assert' && root.seq[0].op === 5 /* Op.Begin */;
    const n = op.length;
    return {
        op: Uint8Array.from(op),
        a: Int32Array.from(a),
        b: Int32Array.from(b),
        classes,
        lists: [new Int32Array(n), new Int32Array(n)],
        mark: new Int32Array(n).fill(-1),
        stack: new Int32Array(2 * n + 2),
        generation: 0,
        anchored,
        wordAssertions: op.some((o) => o === 7 /* Op.WordBoundary */ || o === 8 /* Op.NotWordBoundary */),
        dfa: emptyDfa(),
    };
}
/**
 * Matches the whole of `path` against the program (Go's MatchString: a match may start anywhere unless the program
 * is anchored). The cached DFA when it applies, else the NFA.
 */
function runProgram(p, path) {
    return p.wordAssertions ? runNfa(p, path) : runDfa(p, path);
}
/** The empty-transition closure of `kernel` (no `\b`/`\B` in the program): consuming pcs and what it reaches. */
function dfaState(p, kernel, atStart) {
    const { mark, stack } = p;
    if (p.generation > 0x3fffffff) {
        mark.fill(-1);
        p.generation = 0;
    }
    const closure = (allowEnd, out) => {
        const generation = ++p.generation;
        let reached = false;
        let sp = 0;
        for (const k of kernel)
            stack[sp++] = k;
        while (sp > 0) {
            const pc = stack[--sp];
            if (mark[pc] === generation)
                continue;
            mark[pc] = generation;
            switch (p.op[pc]) {
                case 4 /* Op.Jmp */:
                    stack[sp++] = p.a[pc];
                    break;
                case 3 /* Op.Split */:
                    stack[sp++] = p.b[pc];
                    stack[sp++] = p.a[pc];
                    break;
                case 5 /* Op.Begin */:
                    if (atStart)
                        stack[sp++] = pc + 1;
                    break;
                case 6 /* Op.End */:
                    if (allowEnd)
                        stack[sp++] = pc + 1;
                    break;
                case 9 /* Op.Match */:
                    reached = true;
                    break;
                default:
                    out?.push(pc);
            }
        }
        return reached;
    };
    const pcs = [];
    const matchNow = closure(false, pcs);
    const acceptAtEnd = matchNow || closure(true, undefined);
    pcs.sort((x, y) => x - y);
    const key = `${pcs.join(',')}|${matchNow ? 1 : 0}${acceptAtEnd ? 1 : 0}`;
    const dfa = p.dfa;
    const known = dfa.byKey.get(key);
    if (known !== undefined)
        return known;
    const id = dfa.pcs.length;
    if (id >= dfa.flags.length) {
        const flags = new Uint8Array(dfa.flags.length * 2);
        flags.set(dfa.flags);
        dfa.flags = flags;
        const ascii = new Int32Array(dfa.ascii.length * 2).fill(-1);
        ascii.set(dfa.ascii);
        dfa.ascii = ascii;
    }
    dfa.pcs.push(Int32Array.from(pcs));
    dfa.other.push(new Map());
    dfa.flags[id] = (matchNow ? MATCH_NOW : 0) | (acceptAtEnd ? ACCEPT_AT_END : 0) | (pcs.length === 0 && p.anchored ? DEAD : 0);
    dfa.byKey.set(key, id);
    return id;
}
function dfaStep(p, from, c) {
    const kernel = [];
    for (const pc of p.dfa.pcs[from]) {
        let ok = false;
        switch (p.op[pc]) {
            case 0 /* Op.Char */:
                ok = p.a[pc] === c;
                break;
            case 1 /* Op.Class */:
                ok = inClass(p.classes[p.a[pc]], c);
                break;
            case 2 /* Op.AnyNotNL */:
                ok = c !== 10;
                break;
        }
        if (ok)
            kernel.push(pc + 1);
    }
    if (!p.anchored)
        kernel.push(0); // a match may also start after this character
    return dfaState(p, kernel, false);
}
function runDfa(p, path) {
    if (p.dfa.pcs.length > MAX_DFA_STATES)
        p.dfa = emptyDfa();
    const dfa = p.dfa;
    if (dfa.start < 0)
        dfa.start = dfaState(p, [0], true);
    let s = dfa.start;
    const len = path.length;
    for (let i = 0; i < len; i++) {
        const f = dfa.flags[s];
        if (f & MATCH_NOW)
            return true;
        if (f & DEAD)
            return false;
        let c = path.charCodeAt(i);
        let next;
        if (c < 128) {
            next = dfa.ascii[s * 128 + c];
            if (next < 0) {
                next = dfaStep(p, s, c);
                dfa.ascii[s * 128 + c] = next; // (dfaStep may have grown the table: index it again)
            }
        }
        else {
            if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
                const lo = path.charCodeAt(i + 1);
                if (lo >= 0xdc00 && lo <= 0xdfff) {
                    c = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
                    i++;
                }
            }
            const known = dfa.other[s].get(c);
            if (known === undefined) {
                next = dfaStep(p, s, c);
                dfa.other[s].set(c, next);
            }
            else
                next = known;
        }
        s = next;
    }
    return (dfa.flags[s] & (MATCH_NOW | ACCEPT_AT_END)) !== 0;
}
/**
 * Pike VM: the set of live threads (instruction indices) advances one code point at a time; each instruction is
 * in a set at most once, so the work is bounded by path length × program size. Go's MatchString semantics: a match
 * may start anywhere (patternmatcher's `^`/`$` anchor it) and succeeds as soon as one thread reaches Match.
 */
function runNfa(p, path) {
    let [clist, nlist] = p.lists;
    let ccount = 0;
    let ncount = 0;
    const { mark, stack } = p;
    // generations only grow (marks from an earlier path never collide); restart well before Int32 overflow
    if (p.generation > 0x3fffffff) {
        mark.fill(-1);
        p.generation = 0;
    }
    let generation = p.generation;
    let matched = false;
    // Adds pc and everything reachable from it without consuming input, at a position whose neighbours are prev/next.
    const add = (list, count, pc0, prev, next) => {
        let sp = 0;
        stack[sp++] = pc0;
        while (sp > 0) {
            const pc = stack[--sp];
            if (mark[pc] === generation)
                continue;
            mark[pc] = generation;
            switch (p.op[pc]) {
                case 4 /* Op.Jmp */:
                    stack[sp++] = p.a[pc];
                    break;
                case 3 /* Op.Split */:
                    stack[sp++] = p.b[pc];
                    stack[sp++] = p.a[pc];
                    break;
                case 5 /* Op.Begin */:
                    if (prev === -1)
                        stack[sp++] = pc + 1;
                    break;
                case 6 /* Op.End */:
                    if (next === -1)
                        stack[sp++] = pc + 1;
                    break;
                case 7 /* Op.WordBoundary */:
                case 8 /* Op.NotWordBoundary */: {
                    const boundary = (prev !== -1 && isWordChar(prev)) !== (next !== -1 && isWordChar(next));
                    if (boundary === (p.op[pc] === 7 /* Op.WordBoundary */))
                        stack[sp++] = pc + 1;
                    break;
                }
                case 9 /* Op.Match */:
                    matched = true;
                    break;
                default:
                    list[count++] = pc;
            }
        }
        return count;
    };
    const len = path.length;
    const codePointAt = (i) => (i < len ? path.codePointAt(i) : -1);
    let prev = -1;
    let cur = codePointAt(0);
    generation++;
    ccount = add(clist, 0, 0, prev, cur);
    let i = 0;
    while (cur !== -1 && !matched) {
        const width = cur > 0xffff ? 2 : 1;
        const next = codePointAt(i + width);
        generation++;
        ncount = 0;
        for (let k = 0; k < ccount; k++) {
            const pc = clist[k];
            let ok = false;
            switch (p.op[pc]) {
                case 0 /* Op.Char */:
                    ok = p.a[pc] === cur;
                    break;
                case 1 /* Op.Class */:
                    ok = inClass(p.classes[p.a[pc]], cur);
                    break;
                case 2 /* Op.AnyNotNL */:
                    ok = cur !== 10;
                    break;
            }
            if (ok)
                ncount = add(nlist, ncount, pc + 1, cur, next);
        }
        // unanchored: a match may also start after this character
        if (!p.anchored)
            ncount = add(nlist, ncount, 0, cur, next);
        if (ncount === 0 && p.anchored)
            break;
        const swap = clist;
        clist = nlist;
        nlist = swap;
        ccount = ncount;
        prev = cur;
        cur = next;
        i += width;
    }
    p.generation = generation;
    return matched;
}
/**
 * Rejects what patternmatcher rejects when the matcher is built: `filepath.Match(pattern, ".")` returning
 * ErrBadPattern. (Go's Match reports only the syntax errors it meets before the match fails, so `-(**[]` passes;
 * as of Go 1.24, which buildx 0.29 is built with.) Other errors come from Go's regexp, when the pattern is first
 * matched (see Pattern.compiled).
 */
function validateGlob(pattern) {
    try {
        goMatch([...pattern].map((c) => c.codePointAt(0)), [46]);
    }
    catch {
        throw new Error(`syntax error in pattern: ${pattern}`);
    }
}
/**
 * Go's filepath.Match (unix, Go 1.24) for one path element (used to expand wildcard components of followpaths):
 * `*` any run of non-`/`, `?` one non-`/`, `[...]`/`[^...]` classes, `\` escapes. Malformed → no match. A port of Go's
 * algorithm (each `*` chunk is matched at the first position that works, no backtracking into earlier stars), so
 * its cost is bounded by name × pattern — never a backtracking RegExp.
 */
function matchGlob(pattern, name) {
    try {
        return goMatch([...pattern].map((c) => c.codePointAt(0)), [...name].map((c) => c.codePointAt(0)));
    }
    catch {
        return false;
    }
}
const SLASH = 47;
const STAR = 42;
const BACKSLASH = 92;
const LBRACKET = 91;
const RBRACKET = 93;
const QUESTION = 63;
const CARET = 94;
const DASH = 45;
function goMatch(pattern, name) {
    let p = 0;
    let s = 0;
    while (p < pattern.length) {
        const { star, chunkEnd } = scanChunk(pattern, p);
        const chunkStart = star.end;
        p = chunkEnd;
        if (star.star && chunkStart === chunkEnd) {
            // trailing * matches the rest unless it has a /
            return !name.slice(s).includes(SLASH);
        }
        const r = matchChunk(pattern, chunkStart, chunkEnd, name, s);
        if (r >= 0 && (r === name.length || p < pattern.length)) {
            s = r;
            continue;
        }
        if (star.star) {
            let found = false;
            for (let i = s; i < name.length && name[i] !== SLASH; i++) {
                const r2 = matchChunk(pattern, chunkStart, chunkEnd, name, i + 1);
                if (r2 >= 0) {
                    if (p === pattern.length && r2 < name.length)
                        continue;
                    s = r2;
                    found = true;
                    break;
                }
            }
            if (found)
                continue;
        }
        return false;
    }
    return s === name.length;
}
function scanChunk(pattern, p) {
    let star = false;
    while (p < pattern.length && pattern[p] === STAR) {
        p++;
        star = true;
    }
    const start = p;
    let inrange = false;
    let i = p;
    for (; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === BACKSLASH) {
            if (i + 1 < pattern.length)
                i++;
        }
        else if (c === LBRACKET)
            inrange = true;
        else if (c === RBRACKET)
            inrange = false;
        else if (c === STAR && !inrange)
            break;
    }
    return { star: { star, end: start }, chunkEnd: i };
}
/** Go's matchChunk: the index in `name` after the chunk, or -1; throws for a malformed chunk. */
function matchChunk(pattern, c, end, name, s) {
    let failed = false;
    const bad = () => new Error('syntax error in pattern');
    const getEsc = () => {
        if (c >= end || pattern[c] === DASH || pattern[c] === RBRACKET)
            throw bad();
        if (pattern[c] === BACKSLASH) {
            c++;
            if (c >= end)
                throw bad();
        }
        const r = pattern[c++];
        if (c >= end)
            throw bad();
        return r;
    };
    while (c < end) {
        if (!failed && s >= name.length)
            failed = true;
        const ch = pattern[c];
        if (ch === LBRACKET) {
            let r = -1;
            if (!failed)
                r = name[s++];
            c++;
            let negated = false;
            if (c < end && pattern[c] === CARET) {
                negated = true;
                c++;
            }
            let match = false;
            let nrange = 0;
            for (;;) {
                if (c < end && pattern[c] === RBRACKET && nrange > 0) {
                    c++;
                    break;
                }
                const lo = getEsc();
                let hi = lo;
                if (pattern[c] === DASH) {
                    c++;
                    hi = getEsc();
                }
                if (lo <= r && r <= hi)
                    match = true;
                nrange++;
            }
            if (match === negated)
                failed = true;
        }
        else if (ch === QUESTION) {
            if (!failed) {
                if (name[s] === SLASH)
                    failed = true;
                s++;
            }
            c++;
        }
        else {
            if (ch === BACKSLASH) {
                c++;
                if (c >= end)
                    throw bad();
            }
            if (!failed) {
                if (pattern[c] !== name[s])
                    failed = true;
                s++;
            }
            c++;
        }
    }
    return failed ? -1 : s;
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
            if (!matchGlob(base, name))
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
    return lstatEntry(abs, rel)?.stat ?? null;
}
function lstatEntry(abs, rel) {
    try {
        const st = external_node_fs_.lstatSync(abs, { bigint: true, throwIfNoEntry: false });
        if (st === undefined)
            return null;
        const mode = goModeFromPosix(Number(st.mode));
        const stat = { path: rel, mode };
        let inode;
        if (!st.isDirectory()) {
            if (st.size !== 0n)
                stat.size = st.size.toString();
            if (st.isSymbolicLink())
                stat.linkname = readLink(abs);
            else if (st.nlink > 1n)
                inode = `${st.dev}:${st.ino}`;
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
    // inode (dev:ino) → the first path emitted for it: later paths of the inode are sent as hardlinks to it
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
        // fsutil's words for it (the daemon shows `error from sender: open /ctx/private: permission denied`)
        if (code === 'EACCES' || code === 'EPERM') {
            const shown = typeof frame.abs === 'string' ? frame.abs : (0,fsutil_names/* displayName */.QC)((0,fsutil_names/* decodeName */.e4)(frame.abs));
            throw new Error(`open ${shown}: ${code === 'EACCES' ? 'permission denied' : 'operation not permitted'}`, { cause: err });
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
        const decision = filter.active ? filter.decide(rel, isDir, frame.match) : { action: 'send', match: undefined };
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
        dirents = (await external_node_fs_.promises.readdir(dir, { withFileTypes: true, encoding: 'buffer' }));
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
        const abs = typeof dir === 'string' && !(0,fsutil_names/* hasEscapes */.Tl)(name) ? external_node_path_.join(dir, name) : Buffer.concat([dirBytes, slash, bytes]);
        return { name, isDir, abs };
    });
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
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
 *
 * Names are bytes: a path or link target that is not UTF-8 arrives escaped (names.ts, wire.ts decodePacketNames) and
 * reaches the file system as the Buffer of its bytes. Hardlinks are made as links. FIFOs are made with coreutils'
 * `mkfifo`, device nodes with `mknod` (Node has neither call), at a temporary name placed like any other entry; a
 * device node needs CAP_MKNOD (root), and one that cannot be made is reported by name (ReceiveOptions.onWarning,
 * ReceiveResult.skipped) instead of failing the export. Extended attributes the daemon sends are not written (Node has
 * no xattr call; no native addon): one warning per transfer names the entries that had them.
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
    const openTemp = async (file) => {
        // O_CREAT|O_EXCL: a fresh inode, never an existing file (or a link) reused
        const [temp, handle] = await withTempName(external_node_path_.dirname(file.abs), (t) => external_node_fs_.promises.open((0,fsutil_names/* fsPath */.Jk)(t), 'wx', 0o600));
        file.temp = temp;
        file.handle = handle;
        return handle;
    };
    /** A hardlink `abs` to the file now at `source` (its temporary name, or its place once complete). */
    const makeLink = async (source, abs) => {
        const [temp] = await withTempName(external_node_path_.dirname(abs), (t) => external_node_fs_.promises.link((0,fsutil_names/* fsPath */.Jk)(source), (0,fsutil_names/* fsPath */.Jk)(t)));
        await place(temp, abs);
        receiver_registry.releaseEntry(me, abs);
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
            if (receiver_registry.releaseDir(me, d.abs))
                await receiver_registry.finalize(d.abs, () => applyMetadata(d.abs, d.stat));
        }
        finSent = true;
        await channel.send({ type: fsutil/* PacketType */.LP.FIN });
    };
    const applyStat = async (stat, id) => {
        const path = stat.path ?? ''; // proto3: an empty path arrives as an absent field
        const mode = stat.mode ?? 0;
        if (!(0,fsutil_paths/* isSafeRelativePath */.VH)(path))
            throw new Error(`refusing to write ${JSON.stringify(path)}: not a clean path inside the destination`);
        order.check(path, isDirMode(mode));
        const root = me.root;
        const abs = external_node_path_.join(root, path);
        if (stat.xattrs && Object.keys(stat.xattrs).length > 0)
            (result.xattrsDropped ??= []).push(path);
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
            const [temp] = await withTempName(external_node_path_.dirname(abs), (t) => external_node_fs_.promises.symlink((0,fsutil_names/* fsPath */.Jk)(target), (0,fsutil_names/* fsPath */.Jk)(t)));
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
            const file = (0,fsutil_paths/* isSafeRelativePath */.VH)(target) ? regularFiles.get(target) : undefined;
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
            await channel.send({ type: fsutil/* PacketType */.LP.REQ, ID: id });
        }
        else if (mode & (GoMode.NamedPipe | GoMode.Device)) {
            receiver_registry.claimEntry(me, abs);
            const made = await makeSpecial(root, abs, stat);
            receiver_registry.releaseEntry(me, abs);
            if (made === true) {
                received?.add(path);
            }
            else {
                result.skipped.push(path);
                warn(`${(0,fsutil_names/* displayName */.QC)(path)}: ${specialKind(mode, stat)} not created: ${made}`);
            }
        }
        else {
            // a socket (fsutil clears the socket bit, so it never arrives as one) or another type: nothing to make
            result.skipped.push(path);
            warn(`${(0,fsutil_names/* displayName */.QC)(path)}: an entry of type ${(mode >>> 0).toString(16)} not created`);
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
                    await writeAll(file.handle ?? (await openTemp(file)), data);
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
        if (finSent && err instanceof StreamClosedError)
            return result;
        if (!(err instanceof StreamClosedError)) {
            await channel.send({ type: fsutil/* PacketType */.LP.ERR, data: Buffer.from(err.message ?? String(err)) }).catch(() => { });
        }
        throw err;
    }
    finally {
        // files never completed leave nothing behind (what was placed stays, as in a merge)
        for (const file of pending.values()) {
            await file.handle?.close().catch(() => { });
            if (file.temp)
                await external_node_fs_.promises.unlink((0,fsutil_names/* fsPath */.Jk)(file.temp)).catch(() => { });
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
        return await external_node_fs_.promises.lstat((0,fsutil_names/* fsPath */.Jk)(abs));
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
    const p = (0,fsutil_names/* fsPath */.Jk)(abs);
    for (let attempt = 0;; attempt++) {
        const existing = await lstatOrNull(abs);
        if (existing?.isDirectory()) {
            if ((existing.mode & 0o700) !== 0o700)
                await external_node_fs_.promises.chmod(p, (existing.mode & 0o7777) | 0o700);
            return;
        }
        if (existing) {
            await external_node_fs_.promises.unlink(p).catch((err) => {
                if (errorCode(err) !== 'ENOENT')
                    throw err;
            });
        }
        try {
            // Owner-writable while children arrive; the real mode is applied at the end.
            await external_node_fs_.promises.mkdir(p, { mode: 0o700 });
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
    const from = (0,fsutil_names/* fsPath */.Jk)(temp);
    const to = (0,fsutil_names/* fsPath */.Jk)(abs);
    for (let attempt = 0;; attempt++) {
        try {
            await external_node_fs_.promises.rename(from, to);
            return;
        }
        catch (err) {
            if (errorCode(err) !== 'EISDIR' || attempt >= 4) {
                await external_node_fs_.promises.unlink(from).catch(() => { });
                throw err;
            }
        }
        // rm never follows a symlink: a link inside the old directory is removed, not what it points to
        await external_node_fs_.promises.rm(to, { recursive: true, force: true });
    }
}
/** What a FIFO or device STAT stands for, in words. */
function specialKind(mode, stat) {
    if (mode & GoMode.NamedPipe)
        return 'a FIFO';
    const kind = mode & GoMode.CharDevice ? 'a character device' : 'a block device';
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
    const perm = (posixPermFromGoMode(mode) & 0o7777).toString(8);
    const dir = external_node_path_.dirname(abs);
    const tempDir = (0,fsutil_names/* hasEscapes */.Tl)(dir) ? root : dir;
    let temp;
    try {
        [temp] = await withTempName(tempDir, async (t) => {
            const args = mode & GoMode.NamedPipe
                ? ['mkfifo', ['-m', perm, '--', t]]
                : ['mknod', ['-m', perm, '--', t, mode & GoMode.CharDevice ? 'c' : 'b', BigInt(stat.devmajor ?? '0').toString(), BigInt(stat.devminor ?? '0').toString()]];
            await run(args[0], args[1]);
        });
    }
    catch (err) {
        return err.message;
    }
    try {
        await applyMetadata(temp, stat);
    }
    catch (err) {
        await external_node_fs_.promises.unlink((0,fsutil_names/* fsPath */.Jk)(temp)).catch(() => { });
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
    const shown = paths.slice(0, 10).map(fsutil_names/* displayName */.QC).join(', ');
    const more = paths.length > 10 ? ` and ${paths.length - 10} more` : '';
    return `extended attributes not written (Node has no xattr call): ${paths.length} ${paths.length === 1 ? 'entry' : 'entries'} had them: ${shown}${more}`;
}
/**
 * Mirror mode: removes every entry of the received directories (relative paths, '' for the destination) that is
 * not in `received`. Only directories of the received tree are listed — each one this receiver created or kept
 * as a real directory — so nothing outside the destination is reached, and rm removes symlinks without following
 * them. Names are compared as bytes (escaped, names.ts).
 */
async function removeExtraEntries(root, dirs, received) {
    let removed = 0;
    for (const dir of dirs) {
        const dirAbs = (0,fsutil_names/* fsPath */.Jk)(dir === '' ? root : external_node_path_.join(root, dir));
        for (const name of await external_node_fs_.promises.readdir(dirAbs, { encoding: 'buffer' })) {
            if (received.has(joinRel(dir, (0,fsutil_names/* decodeName */.e4)(name))))
                continue;
            await external_node_fs_.promises.rm((0,fsutil_names/* joinFsPath */.NE)(dirAbs, name), { recursive: true, force: true });
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
    const p = (0,fsutil_names/* fsPath */.Jk)(abs);
    if (!isSymlinkMode(mode))
        await external_node_fs_.promises.chmod(p, posixPermFromGoMode(mode));
    const t = nsToSeconds(stat.modTime);
    await external_node_fs_.promises.lutimes(p, t, t);
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
        if (top.dir !== dir || (top.last !== undefined && (0,fsutil_names/* compareNames */.MP)(top.last, base) >= 0)) {
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
    onWarning;
    serviceName = FILE_SEND_SERVICE;
    advertisedMethods = ['DiffCopy'];
    /** The definition to register this service with (raw frames; see the module comment). */
    definition = rawFileSendDefinition();
    counters = new Map();
    active = new Set();
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
// EXTERNAL MODULE: ./lib/buildkit/transport/keepalive.js
var keepalive = __webpack_require__(9304);
;// CONCATENATED MODULE: ./lib/solve/run/abortable.js
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

;// CONCATENATED MODULE: ./lib/solve/run/lifetime.js
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

// EXTERNAL MODULE: ./lib/solve/target/plan.js
var target_plan = __webpack_require__(3262);
// EXTERNAL MODULE: ./lib/solve/call/call.js
var call = __webpack_require__(3878);
// EXTERNAL MODULE: ./lib/solve/target/content-stores.js
var content_stores = __webpack_require__(1659);
;// CONCATENATED MODULE: ./lib/solve/target/source-policy.js
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

// EXTERNAL MODULE: ./lib/solve/target/attribute-values.js
var attribute_values = __webpack_require__(9960);
;// CONCATENATED MODULE: ./lib/solve/target/git-info.js
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

// EXTERNAL MODULE: ./lib/solve/cache/gha.js
var gha = __webpack_require__(1364);
;// CONCATENATED MODULE: ./lib/solve/cache/gha-preflight.js
/**
 * A look at the GitHub Actions cache service before a build imports from it.
 *
 * BuildKit's gha importer cannot be bounded or cancelled once it reads from a failing blob storage: the index blob
 * is downloaded by the Azure SDK (go-actions-cache `azureOptions`: 10 retries, 10 s growing to 2 min apart, about 15
 * minutes), under `context.TODO()` (solver/llbsolver/bridge.go, lazy cache manager): cancelling the build does not
 * stop it, and the daemon lists the build as running until the retries give up. The `timeout` attribute bounds only
 * the cache API's 429 retries (gha.ts). So before the build, bakekit does what the importer will do first, with a
 * 5-second bound per request: look the index up (`index-<scope>-1-<hash of the token's scope>`, version = sha256 of
 * `|go-actionscache-1.0`, as go-actions-cache computes them) through the API the entry names (v2 Twirp
 * GetCacheEntryDownloadURL at `url_v2`, else v1 `GET cache` at `url`), and read the first byte of the blob it points
 * to. The service is failing when the blob read is answered 429 (after one retry when Retry-After is at most 2 s)
 * or 5xx, or when either request meets a network error or no answer in time (BuildKit's HTTP client has no timeout
 * of its own). An API that answers 429 or 5xx is left to BuildKit: it gives up on a 5xx at once and on 429s after
 * the entry's `timeout` (10 s), so that outage is bounded already; so is anything else (a miss, 4xx).
 *
 * When it fails, run.ts drops that service's gha imports, and its gha exports that ignore errors, with one
 * warning each: the build runs without the cache instead of waiting for it. Exports with ignore-error=false stay:
 * their owner asked for the build to fail if the cache cannot be saved.
 */

const TWIRP = 'twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL';
const REQUEST_TIMEOUT_MS = 5_000;
const VERSION = external_node_crypto_.createHash('sha256').update('|go-actionscache-1.0').digest('hex');
/** Which service a gha entry talks to, with which token and scope: entries with the same key are checked once. */
function ghaServiceKey(attrs) {
    return JSON.stringify([attrs.url_v2 ? 'v2' : 'v1', attrs.url_v2 || attrs.url || '', attrs.token ?? '', attrs.scope ?? 'buildkit']);
}
/** The token's `ac` scopes, as go-actions-cache reads them (unverified JWT payload). */
function tokenScopes(token) {
    try {
        const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        const ac = typeof payload.ac === 'string' ? JSON.parse(payload.ac) : [];
        return ac.map((s) => s.Scope).filter((s) => typeof s === 'string');
    }
    catch {
        return [];
    }
}
function indexKey(scope, tokenScope) {
    return `index-${scope}-1-${external_node_crypto_.createHash('sha256').update(tokenScope).digest('hex').slice(0, 8)}`;
}
class Failing extends Error {
}
/** `strict`: a 429 (after one short retry) or a 5xx answer is a failure too (the blob storage). */
async function request(url, init, what, strict) {
    for (let attempt = 0;; attempt++) {
        let res;
        try {
            res = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        }
        catch (err) {
            const e = err;
            throw new Failing(e.name === 'TimeoutError' ? `${what}: no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : `${what}: ${e.message}`);
        }
        if (!strict)
            return res;
        if (res.status === 429 && attempt === 0) {
            const after = Number(res.headers.get('retry-after') ?? '1');
            await res.body?.cancel();
            if (Number.isFinite(after) && after >= 0 && after <= 2) {
                await new Promise((r) => setTimeout(r, after * 1000));
                continue;
            }
        }
        if (res.status === 429 || res.status >= 500) {
            await res.body?.cancel().catch(() => { });
            throw new Failing(`${what} answered ${res.status}`);
        }
        return res;
    }
}
/** undefined when the service looks usable; else why not (never containing the token or a signed URL). */
async function checkGhaService(attrs) {
    const token = attrs.token ?? '';
    const scope = attrs.scope ?? 'buildkit';
    const auth = { Authorization: `Bearer ${token}` };
    try {
        for (const tokenScope of tokenScopes(token)) {
            const key = indexKey(scope, tokenScope);
            let blobUrl;
            if (attrs.url_v2) {
                const base = attrs.url_v2.endsWith('/') ? attrs.url_v2 : `${attrs.url_v2}/`;
                const res = await request(base + TWIRP, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ key, restore_keys: [key], version: VERSION }) }, 'the cache service', false);
                const body = res.ok ? (await res.json().catch(() => ({}))) : (await res.body?.cancel(), {});
                if (body.ok && body.signed_download_url)
                    blobUrl = body.signed_download_url;
            }
            else if (attrs.url) {
                const base = attrs.url.endsWith('/') ? attrs.url : `${attrs.url}/`;
                const q = new URLSearchParams({ keys: key, version: VERSION });
                const res = await request(`${base}_apis/artifactcache/cache?${q}`, { headers: { ...auth, Accept: 'application/json;api-version=6.0-preview.1' } }, 'the cache service', false);
                const text = res.status === 200 ? await res.text() : (await res.body?.cancel(), '');
                if (text)
                    blobUrl = (JSON.parse(text).archiveLocation ?? undefined) || undefined;
            }
            if (blobUrl) {
                const res = await request(blobUrl, { headers: { 'x-ms-range': 'bytes=0-0', 'x-ms-version': '2020-10-02' } }, 'the cache storage', true);
                await res.body?.cancel().catch(() => { });
            }
        }
        return undefined;
    }
    catch (err) {
        if (err instanceof Failing)
            return err.message;
        return undefined; // a malformed answer: BuildKit will report it
    }
}
/** Checks every distinct gha service the imports use, in parallel; the failing ones by ghaServiceKey. */
async function failingGhaServices(imports) {
    const distinct = new Map();
    for (const e of imports)
        if (e.Type === 'gha')
            distinct.set(ghaServiceKey(e.Attrs), e.Attrs);
    const out = new Map();
    await Promise.all([...distinct].map(async ([key, attrs]) => {
        const why = await checkGhaService(attrs);
        if (why)
            out.set(key, why);
    }));
    return out;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./lib/buildkit/transport/docker.js
var docker = __webpack_require__(2776);
;// CONCATENATED MODULE: ./lib/solve/cache/daemon.js
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
    if (!(0,gha/* parseBuildkitVersion */.MT)(version)) {
        const workers = await client.listWorkers(signal).catch(() => []);
        version = workers.map((w) => w.BuildkitVersion?.version).find((v) => (0,gha/* parseBuildkitVersion */.MT)(v)) ?? version;
    }
    if (!(0,gha/* parseBuildkitVersion */.MT)(version) && connection.endpoint.kind === 'docker') {
        const ev = await engineVersion(connection.endpoint.engine);
        const support = ev ? engineCacheSupport(ev) : undefined;
        if (support)
            return support;
    }
    return (0,gha/* daemonCacheSupport */.ug)(version);
}

// EXTERNAL MODULE: ./lib/buildkit/progress.js
var progress = __webpack_require__(6173);
;// CONCATENATED MODULE: ./lib/solve/cache/monitor.js


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
        const steps = this.tracker.vertices(target).filter((v) => (0,gha/* isReportedStep */.Wm)(v.name));
        const mk = (entries, dir) => {
            const out = entries.map((e) => ({ entry: (0,gha/* describeCacheEntry */.oW)(e), type: e.Type }));
            const vertices = this.cacheVertices(target, dir === 'export' ? isCacheExportVertex : isCacheImportVertex);
            for (const v of vertices) {
                if (!v.error)
                    continue;
                for (const i of entriesFor(v, entries, dir))
                    out[i].error ??= (0,gha/* redact */.E$)(v.error, this.secrets);
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

;// CONCATENATED MODULE: ./lib/solve/cache/run.js






/** A cache import/export step running this long gets a line in the log, and again every SLOW_CACHE_REPEAT_MS. */
const SLOW_CACHE_MS = 10_000;
const SLOW_CACHE_REPEAT_MS = 30_000;
class CacheRun {
    opts;
    /** running cache steps (target NUL vertex digest) → the timer of their next "still running" line */
    slow = new Map();
    /** gha services found failing before the build (gha-preflight.ts): ghaServiceKey → why */
    failing = new Map();
    monitor;
    daemon;
    emit = () => { };
    constructor(opts) {
        this.opts = opts;
        this.monitor = new CacheMonitor([(0,gha/* githubCacheEnv */.p1)(opts.env).token]);
    }
    /** The event sink run.ts uses: status messages also feed the monitor. */
    tap(sink) {
        this.emit = sink;
        return (event) => {
            if (event.type === 'status') {
                this.monitor.update(event.target, event.message);
                this.watchSlowSteps(event.target);
            }
            sink(event);
        };
    }
    /** Asks the daemon which cache API it speaks, if any target uses the gha cache. */
    async prepare(specs, client, connection, signal) {
        if ((0,gha/* usesGhaCache */.p_)(specs, { mode: this.opts.cache ?? 'off', env: this.opts.env })) {
            this.daemon = await detectCacheSupport(client, connection, signal);
            // the entries the plans will have (planTarget completes them the same way), checked before the build uses them
            const opts = { mode: this.opts.cache ?? 'off', env: this.opts.env, daemon: this.daemon };
            const imports = specs.flatMap((s) => (0,gha/* resolveTargetCache */.sp)(s, opts).cacheFrom).filter((e) => e.type === 'gha');
            if (imports.length) {
                this.failing = await abortable(failingGhaServices(imports.map(({ type, ...attrs }) => ({ Type: type, Attrs: attrs }))), signal ?? new AbortController().signal);
            }
        }
    }
    get planOptions() {
        return { cache: { mode: this.opts.cache ?? 'off', env: this.opts.env, daemon: this.daemon }, warm: this.opts.warm };
    }
    /** Plan warnings (once each), and warm-mode targets that would save no cache. */
    planned(plans) {
        const seen = new Set();
        for (const plan of plans) {
            if (this.failing.size)
                this.dropFailing(plan);
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
    /** Drops the plan's gha entries on a service found failing (gha-preflight.ts), with a warning each. */
    dropFailing(plan) {
        const why = (e) => (e.Type === 'gha' ? this.failing.get(ghaServiceKey(e.Attrs)) : undefined);
        const keptImports = plan.cacheImports.filter((e) => {
            const reason = why(e);
            if (reason)
                this.emit({ type: 'warning', target: plan.target, message: `cache import (${(0,gha/* describeCacheEntry */.oW)(e)}) skipped: the GitHub Actions cache is failing (${reason}); building without it` });
            return !reason;
        });
        const keptExports = plan.cacheExports.filter((e) => {
            const reason = e.Attrs['ignore-error'] === 'true' ? why(e) : undefined;
            if (reason)
                this.emit({ type: 'warning', target: plan.target, message: `cache export (${(0,gha/* describeCacheEntry */.oW)(e)}) skipped: the GitHub Actions cache is failing (${reason}); its cache is not saved` });
            return !reason;
        });
        if (keptImports.length !== plan.cacheImports.length) {
            plan.cacheImports = keptImports;
            if (keptImports.length)
                plan.frontendAttrs['cache-imports'] = (0,attribute_values/* encodeCacheImports */.Nd)(keptImports);
            else
                delete plan.frontendAttrs['cache-imports'];
        }
        plan.cacheExports = keptExports;
    }
    /** A failed target's error, made clear when only its cache export failed. */
    explainFailure(target, err, plan, statusDone) {
        return this.monitor.explainFailure(target, err, plan.cacheExports, statusDone);
    }
    /**
     * A cache import or export that runs long says so in the log (a slow or failing cache service made an
     * export take 42 s, or minutes, with nothing on screen): a line after SLOW_CACHE_MS, then every
     * SLOW_CACHE_REPEAT_MS, until the step completes. Timers are unref'd and end with the target.
     */
    watchSlowSteps(target) {
        for (const v of this.monitor.tracker.vertices(target)) {
            const exporting = isCacheExportVertex(v.name);
            if (!exporting && !isCacheImportVertex(v.name))
                continue;
            const key = `${target}\0${v.digest}`;
            if (v.completed !== undefined) {
                clearTimeout(this.slow.get(key));
                this.slow.delete(key);
                continue;
            }
            if (v.started === undefined || this.slow.has(key))
                continue;
            const since = Date.now();
            const schedule = (ms) => {
                const timer = setTimeout(() => {
                    const secs = Math.round((Date.now() - since) / 1000);
                    this.emit({
                        type: 'info',
                        target,
                        message: `cache ${exporting ? 'export' : 'import'} still running after ${secs} s (${v.name}): the cache service is slow, or failing and being retried`,
                    });
                    schedule(SLOW_CACHE_REPEAT_MS);
                }, ms);
                timer.unref();
                this.slow.set(key, timer);
            };
            schedule(SLOW_CACHE_MS);
        }
    }
    stopWatching(target) {
        for (const [key, timer] of this.slow) {
            if (!key.startsWith(`${target}\0`))
                continue;
            clearTimeout(timer);
            this.slow.delete(key);
        }
    }
    /** Once a target's progress is complete: its cache report, and warnings for failed imports/ignored exports. */
    finished(outcome, plan) {
        this.stopWatching(outcome.target);
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
                result: (0,gha/* warmResult */.f9)(o.status, r.steps, r.cachedSteps),
                steps: r.steps,
                cachedSteps: r.cachedSteps,
                cacheSaved: r.exports.length > 0 && r.exports.every((e) => !e.error) && o.status === 'done',
            };
        });
        this.emit({ type: 'warm-report', targets });
        return targets;
    }
}

// EXTERNAL MODULE: ./lib/solve/run/session-ids.js
var session_ids = __webpack_require__(1766);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/identity.js
var identity = __webpack_require__(1254);
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
            const plan = (0,target_plan.planTarget)(s, { ...planOptions, ...cacheRun.planOptions, cwd: opts.cwd });
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
            if (o.call) {
                // buildx: a call's result metadata, `result.json` embedded as JSON, and no build ref (the build is internal)
                const { 'result.json': json, ...rest } = o.call.response;
                metadata[o.target] = { ...decodeExporterResponse(rest), ...(json !== undefined ? { 'result.json': parseJsonOr(json) } : {}) };
                continue;
            }
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
        const session = new session_session/* Session */.Nn({ reusedId: sessionId.id, name: external_node_path_.basename(dir), sharedKey: (0,target_plan.sharedKeyFor)(dir) }).attach(fileSync).attach(auth);
        // As a main session (servedByDirSession: a target with neither secrets nor ssh), it answers for those as buildx's
        // session of such a build does: no secret, no SSH agent (NotFound).
        session.attach(new SecretStore(new Map())).attach(new SshForwarder([], { env: {} }));
        out.set(dir, { session, fileSync, names: dirNames, sessionId });
    });
    return out;
}
function parseJsonOr(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
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
                // buildx marks a call's build internal (no build history record)
                ...(plan.call ? { Internal: true } : {}),
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
        // no CacheImports here: as with buildx, the daemon imports the build's caches (Control.Solve) and the frontend
        // learns of them from its `cache-imports` attribute. A call asks the frontend for its method in this request only.
        const request = { Frontend: plan.frontend, FrontendOpt: plan.call ? (0,call/* callFrontendOpt */.G7)(plan.call, attrs) : attrs, FrontendInputs: inputs };
        const solved = await gatewaySolve(gateway, request, targetAbort.signal).catch(async (err) => {
            // buildx: a frontend that does not answer the call is asked again through one that does; its error if that fails
            const fallback = plan.call && !targetAbort.signal.aborted ? (0,call/* callFallbackOpt */.of)(err, request.FrontendOpt) : undefined;
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
        return outcome('done', { exporterResponse: response, ...(plan.call ? { call: { spec: plan.call, response: { ...response, ...callMetadata } } } : {}) });
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
    const session = new session_session/* Session */.Nn({ name, sharedKey: plan.localDirs.context ? (0,target_plan.sharedKeyFor)(plan.localDirs.context) : (0,buildkit_client/* randomId */.zE)() });
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
        session.attach(new FileSend(sends, (message) => ctx.emit({ type: 'warning', target: name, message })));
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
        throw new target_plan.PlanError(name, err.message);
    }
}
/** A gateway result's metadata as strings (buildx copies a call's result metadata into its exporter response so). */
function metadataStrings(metadata) {
    const out = {};
    for (const [k, v] of Object.entries(metadata ?? {}))
        out[k] = Buffer.from(v).toString('utf8');
    return out;
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
    // keepalive.ts: the daemon stopped answering pings (frozen, or the network to it down); the message says so
    if ((0,keepalive/* isNotResponding */.Th)(err))
        return new Error(e.details ?? err.message);
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


/***/ })

};
