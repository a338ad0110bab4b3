export const id = 749;
export const ids = [749];
export const modules = {

/***/ 3832:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ SolveError)
/* harmony export */ });
/* harmony import */ var _grpc_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9499);
/* harmony import */ var _details_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5578);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3515);
/**
 * A failed build as BuildKit reported it: SolveError carries the decoded details (details.ts), prints like buildx
 * (`failed to solve: \u2026`, source snippets with `>>>` marks: source.ts) and becomes a GitHub annotation
 * (annotation.ts).
 */



/**
 * A failed build, with what BuildKit said about where and why. `message` reads like buildx:
 * `failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3`
 * (or `target app: failed to solve: \u2026` for one of several bake targets).
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
        this.sources = details.sources.map(_source_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceLocation */ .J$).filter((s) => s !== undefined);
        this.command = details.solves.find((s) => s.command)?.command;
        this.exitCode = details.exitCode;
        this.vertexDigest = details.vertexDigests[0];
        this.vertexName = options.vertexName;
        this.target = options.target;
        this.multiTarget = options.multiTarget ?? false;
        this.message = this.composeMessage();
    }
    /** From the error of a failed call (Solve, Status, LLBBridge) or a `google.rpc.Status` from the gateway. */
    static fromGrpc(err, options = {}) {
        return new SolveError((0,_details_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeGrpcErrorDetails */ .h)(err), { cause: err instanceof Error ? err : undefined, ...options });
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
        const text = `failed to solve: ${(0,_grpc_status_js__WEBPACK_IMPORTED_MODULE_0__/* .formatStatusText */ .rG)(this.grpcCode, this.statusMessage)}`;
        return this.multiTarget && this.target !== undefined ? `target ${this.target}: ${text}` : text;
    }
}


/***/ }),

/***/ 9304:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ keepaliveSettings),
/* harmony export */   T_: () => (/* binding */ unresponsiveInterceptor),
/* harmony export */   Th: () => (/* binding */ isNotResponding),
/* harmony export */   YK: () => (/* binding */ keepaliveChannelOptions),
/* harmony export */   sw: () => (/* binding */ tcpKeepalive)
/* harmony export */ });
/* unused harmony exports DEFAULT_KEEPALIVE, UNRESPONSIVE_KEY, BuilderNotRespondingError, notRespondingMessage, pingProbe */
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3033);
/* harmony import */ var node_http2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2467);
/* harmony import */ var _grpc_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9499);
/**
 * Keepalive for bakekit's connections to BuildKit, so that a daemon that stops answering (SIGSTOP, a hung host, a
 * partitioned remote builder) fails the build with a clear error instead of being waited on forever.
 *
 * HTTP/2 PING on the gRPC channel (grpc-js `grpc.keepalive_*`): only while a call is in flight
 * (`keepalive_permit_without_calls` stays 0), every `intervalMs` (default 5 minutes), and a ping unanswered after
 * `timeoutMs` (default 60 s) drops the connection. That interval is what the daemons permit: buildkitd
 * (cmd/buildkitd/main.go) and dockerd serve gRPC with grpc-go's default enforcement policy \u2014 MinTime 5 minutes,
 * PermitWithoutStream false \u2014 and grpc-go counts a "strike" for every ping that comes sooner than MinTime after the
 * previous one (without a stream: sooner than 2 hours), sending GOAWAY `too_many_pings` (which kills every call on
 * the connection) at the third strike; a DATA frame from the server clears the strikes. grpc-js waits `intervalMs`
 * from the previous ping's answer, so two pings reach the server at least `intervalMs` + a round trip apart, and
 * pings stop while no call is open.
 *
 * A ping timeout and a killed daemon end the calls the same way (UNAVAILABLE "Connection dropped"), so
 * `unresponsiveInterceptor` looks closer when a call ends with an UNAVAILABLE the daemon did not send: it opens a
 * new connection and pings it. No answer within `probeMs` (one missed ping on the call's connection, one on a fresh
 * one): the call's status says "BuildKit at \u2026 is not responding", marked with the `bakekit-unresponsive` metadata
 * key. A refused connection keeps the original status (the daemon is gone, not frozen; solve/run/target-errors.ts
 * says so).
 *
 * TCP keepalive (`tcpKeepalive`) serves the `tcp://` sockets bakekit dials itself (session connections): a peer that
 * vanished without closing the connection is noticed by the kernel.
 *
 * `BAKEKIT_KEEPALIVE_INTERVAL` / `BAKEKIT_KEEPALIVE_TIMEOUT` (seconds, fractions allowed) override the defaults, for
 * tests (an interval under 5 minutes breaks the daemons' ping policy once a call has been quiet for three pings).
 */



const DEFAULT_KEEPALIVE = { intervalMs: 5 * 60_000, timeoutMs: 60_000 };
/** Metadata key a status rewritten by unresponsiveInterceptor carries. */
const UNRESPONSIVE_KEY = 'bakekit-unresponsive';
function seconds(value, name) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
        throw new Error(`${name}=${JSON.stringify(value)}: expected a positive number of seconds`);
    return Math.round(n * 1000);
}
/** The settings from the environment (BAKEKIT_KEEPALIVE_INTERVAL, BAKEKIT_KEEPALIVE_TIMEOUT), else the defaults. */
function keepaliveSettings(env = process.env) {
    const intervalMs = seconds(env.BAKEKIT_KEEPALIVE_INTERVAL, 'BAKEKIT_KEEPALIVE_INTERVAL') ?? DEFAULT_KEEPALIVE.intervalMs;
    const timeoutMs = seconds(env.BAKEKIT_KEEPALIVE_TIMEOUT, 'BAKEKIT_KEEPALIVE_TIMEOUT') ??
        Math.min(DEFAULT_KEEPALIVE.timeoutMs, intervalMs);
    return { intervalMs, timeoutMs };
}
/** grpc-js channel options: HTTP/2 pings while calls are in flight. */
function keepaliveChannelOptions(s) {
    return {
        'grpc.keepalive_time_ms': s.intervalMs,
        'grpc.keepalive_timeout_ms': s.timeoutMs,
        'grpc.keepalive_permit_without_calls': 0,
    };
}
/** TCP keepalive on a socket bakekit dialled (first probe after the keepalive interval, or 60 s if sooner). */
function tcpKeepalive(socket, s) {
    socket.setKeepAlive(true, Math.min(s.intervalMs, 60_000));
    return socket;
}
/** The daemon did not answer keepalive pings. */
class BuilderNotRespondingError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'BuilderNotRespondingError';
}
function notRespondingMessage(description, s, probeMs) {
    return (`BuildKit at ${description} is not responding: a keepalive ping went unanswered for ${fmt(s.timeoutMs)} and a new ` +
        `connection got no answer within ${fmt(probeMs)} (is the builder stopped or overloaded, or the network to it down?)`);
}
function fmt(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
/**
 * Whether the daemon answers an HTTP/2 PING on a new connection within `timeoutMs`: 'answered', 'silent' (connected,
 * or still connecting, but no answer), or the error that refused the connection. One ping on a fresh connection is
 * never a policy strike.
 */
async function pingProbe(open, timeoutMs) {
    let socket;
    let session;
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve('silent'), timeoutMs);
    });
    const attempt = (async () => {
        try {
            socket = await open();
        }
        catch (err) {
            return err;
        }
        return new Promise((resolve) => {
            session = node_http2__WEBPACK_IMPORTED_MODULE_1__.connect('http://buildkit', { createConnection: () => socket });
            session.on('error', (err) => resolve(err));
            session.ping((err) => resolve(err ?? 'answered'));
        });
    })();
    try {
        return await Promise.race([attempt, timeout]);
    }
    finally {
        clearTimeout(timer);
        session?.destroy();
        socket?.destroy();
        // a connect still under way when the timeout hit: close what it yields
        void attempt.then(() => {
            session?.destroy();
            socket?.destroy();
        });
    }
}
/**
 * A client interceptor that turns an UNAVAILABLE the daemon did not send into "not responding" when the daemon does
 * not answer a ping on a new connection (see the header). Calls ending together share one probe.
 */
function unresponsiveInterceptor(opts) {
    const probeMs = opts.probeMs ?? Math.min(opts.settings.timeoutMs, 10_000);
    let shared;
    const probe = () => {
        if (!shared || Date.now() - shared.at > probeMs + 2000)
            shared = { at: Date.now(), result: pingProbe(opts.open, probeMs) };
        return shared.result;
    };
    return (options, nextCall) => new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .InterceptingCall */ .HO(nextCall(options), {
        start(metadata, listener, next) {
            next(metadata, {
                onReceiveStatus(status, nextStatus) {
                    // BuildKit sends its errors with details (grpc/errors.ts statusDetailsOf): those are the daemon answering
                    const fromDaemon = status.metadata?.get(_grpc_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_DETAILS_KEY */ .MO)?.length;
                    if (status.code !== _grpc_status_js__WEBPACK_IMPORTED_MODULE_2__/* .Code */ .Cy.UNAVAILABLE || fromDaemon)
                        return nextStatus(status);
                    void probe().then((r) => {
                        if (r !== 'silent')
                            return nextStatus(status);
                        const metadata = status.metadata?.clone() ?? new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .Metadata */ .OS();
                        metadata.set(UNRESPONSIVE_KEY, '1');
                        nextStatus({
                            ...status,
                            details: notRespondingMessage(opts.description, opts.settings, probeMs),
                            metadata,
                        });
                    });
                },
            });
        },
    });
}
/** The error a call failed with says the daemon stopped answering (unresponsiveInterceptor). */
function isNotResponding(err) {
    const md = err?.metadata;
    return !!md && typeof md.get === 'function' && md.get(UNRESPONSIVE_KEY).length > 0;
}


/***/ }),

/***/ 749:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PublishError: () => (/* binding */ PublishError),
/* harmony export */   deferPushes: () => (/* binding */ deferPushes),
/* harmony export */   isTaggedPush: () => (/* binding */ isTaggedPush),
/* harmony export */   publishDeferred: () => (/* binding */ publishDeferred),
/* harmony export */   repoOnly: () => (/* binding */ repoOnly)
/* harmony export */ });
/* harmony import */ var _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4548);
/* harmony import */ var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9960);
/* harmony import */ var _run_target_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5902);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6450);
/**
 * `--publish all-or-nothing` (action input `publish`): push nothing under a name unless every target built
 * (docker/bake-action #112, #359: "publish only if all targets succeed").
 *
 * BuildKit pushes while it exports, target by target, so the push is split in two:
 *   1. during the build every pushed image output (`type=registry`, `type=image,push=true`) is exported with
 *      `push-by-digest=true` to the repositories of its names: the blobs and the manifest (a multi-platform index with
 *      its manifests) reach the registry, but no tag names them. The exporter answers `containerimage.digest` (and
 *      `containerimage.descriptor`) as for a normal push;
 *   2. once every target built, each name is tagged through the registry API (src/buildkit/registry/, with the Docker
 *      config credentials merge.ts uses): the manifest fetched by that digest, PUT under the name's tag. That is the
 *      manifest a normal push would have put there, byte for byte, so the tag gets the same digest.
 * If any target failed or was cancelled, no name is tagged: what was pushed by digest stays in the registry, untagged
 * (a registry's garbage collection removes untagged manifests where it is configured to). The metadata (`image.name`)
 * names an image only once it is tagged.
 *
 * Left as they are: outputs that do not push (`type=docker`, `oci`, `local`, `tar`; loaded or written as they build),
 * an output the user already pushes by digest (`push-by-digest=true`: it is untagged by the user's choice), cache
 * exports, and targets with a `call` other than build (they export nothing).
 */




/** A push that cannot be deferred, or a name that cannot be tagged. */
class PublishError extends Error {
    name = 'PublishError';
}
/** `repo:tag` names \u2192 their repositories (buildx toRepoOnly): where a push by digest goes. */
function repoOnly(names) {
    const out = [];
    for (const n of names) {
        const r = (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(n);
        const repo = `${r.domain}/${r.path}`;
        if (!out.includes(repo))
            out.push(repo);
    }
    return out;
}
const NAMED_OUTPUTS = new Set(['image', 'registry', 'oci', 'docker']);
/** An output that pushes under names (not by digest): what all-or-nothing defers. */
function isTaggedPush(o) {
    const pushes = o.type === 'registry' || (o.type === 'image' && (0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(o.push) === true);
    return pushes && (0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(o['push-by-digest']) !== true;
}
/**
 * The specs with every tagged push turned into a push by digest to the same repositories, and what to tag later.
 * The target's `tags` (which name all its image outputs, plan.ts) move onto its other outputs' `name`, so that those
 * keep their names.
 */
function deferPushes(specs) {
    const deferred = [];
    const out = specs.map((spec) => {
        if (spec.call && spec.call !== 'build')
            return spec;
        const pushes = spec.outputs.filter(isTaggedPush);
        if (!pushes.length)
            return spec;
        if (pushes.length > 1) {
            throw new PublishError(`publish all-or-nothing: target "${spec.name}" pushes through ${pushes.length} image outputs; only one can be held back and tagged (give it one)`);
        }
        const push = pushes[0];
        const names = (spec.tags.length ? spec.tags : (push.name ?? '').split(',')).map((n) => n.trim()).filter(Boolean);
        if (!names.length)
            return spec; // plan.ts refuses a push without a name
        let repositories;
        try {
            repositories = repoOnly(names);
        }
        catch (err) {
            throw new PublishError(`publish all-or-nothing: target "${spec.name}": ${err.message}`, {
                cause: err,
            });
        }
        deferred.push({
            target: spec.name,
            names,
            repositories,
            insecure: (0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(push['registry.insecure']) === true,
        });
        const outputs = spec.outputs.map((o) => {
            if (o === push)
                return { ...o, type: 'image', push: 'true', 'push-by-digest': 'true', name: repositories.join(',') };
            return spec.tags.length && NAMED_OUTPUTS.has(o.type) ? { ...o, name: spec.tags.join(',') } : o;
        });
        return { ...spec, outputs, tags: [] };
    });
    return { specs: out, deferred };
}
/**
 * After the run: tags every deferred push when every target built, else nothing. Returns the result with its metadata
 * naming only what was tagged and a `publish` report; a tagging failure fails that target (TargetFailedError with a
 * PublishError) and stops tagging.
 */
async function publishDeferred(deferred, result, opts) {
    const emit = opts.onEvent ?? (() => { });
    const metadata = Object.fromEntries(Object.entries(result.metadata).map(([k, v]) => [k, { ...v }]));
    const targets = result.targets.map((t) => ({ ...t }));
    const report = { policy: 'all-or-nothing', published: false, blockedBy: [], tagged: [], untagged: [] };
    const digestOf = (target) => {
        const d = metadata[target]?.['containerimage.digest'];
        return typeof d === 'string' ? d : undefined;
    };
    const notBuilt = targets.filter((t) => t.status !== 'done');
    if (notBuilt.length) {
        const failed = notBuilt.filter((t) => t.status === 'failed');
        report.blockedBy = (failed.length ? failed : notBuilt).map((t) => t.target);
        report.blockedHow = failed.length ? 'failed' : 'cancelled';
        for (const d of deferred) {
            const digest = digestOf(d.target);
            if (metadata[d.target])
                delete metadata[d.target]['image.name'];
            if (digest)
                for (const repo of d.repositories)
                    report.untagged.push({ target: d.target, reference: `${repo}@${digest}` });
        }
        // the shells say so at the end, with every target's end (render/report.ts publishLines)
        return { ...result, metadata, targets, publish: report };
    }
    for (const d of deferred) {
        try {
            const digest = digestOf(d.target);
            if (!digest)
                throw new PublishError(`the build returned no image digest to tag`);
            const insecureHosts = d.insecure ? [...new Set(d.names.map((n) => (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(n).domain))] : [];
            const client = opts.client?.(insecureHosts) ??
                new _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryClient */ .bP({ insecureHosts, signal: opts.signal, ...(0,_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .credentialsFromEnv */ .kv)(opts.env) });
            const manifests = new Map();
            for (const name of d.names) {
                const ref = (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(name);
                if (!ref.tag && ref.digest) {
                    if (ref.digest !== digest)
                        throw new PublishError(`${name} asks for digest ${ref.digest}, but the build pushed ${digest}`);
                    continue; // a name by digest is published by the push itself
                }
                const repo = { domain: ref.domain, path: ref.path };
                const key = `${repo.domain}/${repo.path}`;
                let manifest = manifests.get(key);
                if (!manifest) {
                    manifest = await client.getManifest(repo, digest);
                    manifests.set(key, manifest);
                }
                const tag = ref.tag ?? 'latest';
                await client.putManifest(repo, tag, manifest.bytes, manifest.mediaType);
                report.tagged.push({ target: d.target, name, digest });
                emit({ type: 'info', target: d.target, message: `tagged ${key}:${tag} \u2192 ${digest}` });
            }
            if (metadata[d.target])
                metadata[d.target]['image.name'] = d.names.join(',');
        }
        catch (err) {
            const cause = err instanceof PublishError
                ? err
                : new PublishError(`tagging ${d.names.join(', ')} failed: ${err.message}`, { cause: err });
            const outcome = targets.find((t) => t.target === d.target);
            if (outcome)
                Object.assign(outcome, { status: 'failed', error: new _run_target_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetFailedError */ .v5(d.target, cause) });
            if (metadata[d.target])
                delete metadata[d.target]['image.name'];
            report.failedTarget = d.target;
            for (const rest of deferred.slice(deferred.indexOf(d) + 1))
                if (metadata[rest.target])
                    delete metadata[rest.target]['image.name'];
            return { ...result, ok: false, metadata, targets, publish: report };
        }
    }
    report.published = true;
    return { ...result, metadata, targets, publish: report };
}


/***/ }),

/***/ 5902:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ stoppedByRun),
/* harmony export */   B_: () => (/* binding */ TargetStoppedError),
/* harmony export */   Kp: () => (/* binding */ failureToReport),
/* harmony export */   Tv: () => (/* binding */ SessionLostError),
/* harmony export */   v5: () => (/* binding */ TargetFailedError)
/* harmony export */ });
/* harmony import */ var _buildkit_errdefs_solve_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3832);
/* harmony import */ var _buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8791);
/* harmony import */ var _buildkit_grpc_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9499);
/* harmony import */ var _buildkit_transport_keepalive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9304);
/* harmony import */ var _lifetime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1466);
/**
 * How a target that did not finish ended, and with which error: what runTarget (run.ts) reports once its build
 * stopped. Pure: it is given what happened (the error the target stopped with, how its build's Solve ended, the run's
 * signal, why the target stopped itself) and answers; the unit tests go through the cases one by one.
 *
 * - Stopped by the run (another target failed, or the run was cancelled): the target is cancelled, not failed, whatever
 *   error its calls ended with (stoppedByRun).
 * - Otherwise it failed, and the error to report is, in this order of preference: the channel to the daemon broken
 *   (UNAVAILABLE that the daemon did not send: the daemon is named, or said to be unresponsive), the target's session
 *   lost, the reason the target stopped itself, the daemon's own account of the failure from the outer Solve (with its
 *   source locations), and else the error the target stopped with. An error the daemon sent becomes a SolveError.
 */





/** A target failed: names the target; `cause` is the error to report (a SolveError when the daemon sent one). */
class TargetFailedError extends Error {
    target;
    name = 'TargetFailedError';
    constructor(target, cause) {
        super(`target "${target}": ${cause.message}`, { cause });
        this.target = target;
    }
}
/** Why a target stopped itself rather than being stopped by the run (its session did not open, its build ended before
 * its result was returned); `cause` is the error to report. */
class TargetStoppedError extends Error {
    name = 'TargetStoppedError';
    constructor(cause) {
        super(cause.message, { cause });
    }
}
/** The session a target needs (its own, or a directory session) ended while the target was running; `cause` says
 * how. */
class SessionLostError extends Error {
    name = 'SessionLostError';
    constructor(daemon, cause) {
        super(`lost the session with BuildKit at ${daemon} (it serves the build's files, secrets and exports): ${cause.message}`, { cause });
    }
}
/** Whether the run stopped the target (the run's reason, or a cancellation while the run is aborted): it is then
 * cancelled, not failed. */
function stoppedByRun(error, run) {
    return error instanceof _lifetime_js__WEBPACK_IMPORTED_MODULE_4__/* .TargetCancelledError */ .hd || (run.aborted && (error === run.reason || isCancellation(error, run)));
}
/** The error a failed target reports (the header says which). */
function failureToReport(stop) {
    let error = stop.error;
    // The outer Solve carries the daemon's own account of the failure (with source locations); prefer it, unless it only
    // says that the run cancelled it.
    if (stop.solveError && !isCancellation(stop.solveError, stop.run))
        error = stop.solveError;
    const lost = stop.stopReason instanceof SessionLostError ? stop.stopReason : undefined;
    // The target stopped itself (its session did not open, its build ended early): that, not the calls it cancelled.
    const stopped = stop.stopReason instanceof TargetStoppedError ? stop.stopReason.cause : undefined;
    error = connectionLost(lost?.cause ?? stopped ?? error, stop.daemon) ?? lost ?? stopped ?? error;
    // The daemon's error after our refusal is its consequence (its send hit EOF, or it relays our status): ours says why.
    if (stop.clientRefusal && !lost)
        return stop.clientRefusal;
    return toSolveError(error, stop.target);
}
/** A cancellation while the run is aborted: CANCELLED, the run's own reason, or a message saying it was cancelled
 * (the daemon's "context canceled"). */
function isCancellation(err, run) {
    return (run.aborted &&
        ((0,_buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .codeOf */ .$N)(err) === _buildkit_grpc_status_js__WEBPACK_IMPORTED_MODULE_2__/* .Code */ .Cy.CANCELLED || err === run.reason || /context canceled|cancel/i.test(err.message)));
}
/** The channel to the daemon broke (UNAVAILABLE without a status from the daemon): an error naming the daemon. */
function connectionLost(err, daemon) {
    if ((0,_buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .codeOf */ .$N)(err) !== _buildkit_grpc_status_js__WEBPACK_IMPORTED_MODULE_2__/* .Code */ .Cy.UNAVAILABLE || (0,_buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .statusDetailsOf */ .iX)(err))
        return undefined;
    // transport/keepalive.ts: the daemon stopped answering pings (frozen, or the network to it down); the message says so
    if ((0,_buildkit_transport_keepalive_js__WEBPACK_IMPORTED_MODULE_3__/* .isNotResponding */ .Th)(err))
        return new Error((0,_buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(err), { cause: err });
    return new Error(`lost the connection to BuildKit at ${daemon} (did the daemon stop?): ${(0,_buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(err)}`, {
        cause: err,
    });
}
/** Errors the daemon sent (they carry a gRPC code) become SolveErrors with source locations; ours stay as they are. */
function toSolveError(err, target) {
    if ((0,_buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .codeOf */ .$N)(err) === undefined || err instanceof _buildkit_errdefs_solve_error_js__WEBPACK_IMPORTED_MODULE_0__/* .SolveError */ .Y)
        return err;
    return _buildkit_errdefs_solve_error_js__WEBPACK_IMPORTED_MODULE_0__/* .SolveError */ .Y.fromGrpc(err, { target });
}


/***/ })

};
