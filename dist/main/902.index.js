export const id = 902;
export const ids = [902,304];
export const modules = {

/***/ 5578:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ toBuffer),
/* harmony export */   h: () => (/* binding */ decodeGrpcErrorDetails)
/* harmony export */ });
/* harmony import */ var _grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8791);
/* harmony import */ var _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9499);
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

/***/ 3515:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ warningSource),
/* harmony export */   GO: () => (/* binding */ formatSourceBlock),
/* harmony export */   J$: () => (/* binding */ sourceLocation)
/* harmony export */ });
/* harmony import */ var _details_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5578);

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

/***/ 9304:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ reviewUnresponsive),
/* harmony export */   O2: () => (/* binding */ keepaliveSettings),
/* harmony export */   Th: () => (/* binding */ isNotResponding),
/* harmony export */   sw: () => (/* binding */ tcpKeepalive)
/* harmony export */ });
/* unused harmony exports DEFAULT_KEEPALIVE, notRespondingMessage, pingProbe, NotRespondingError */
/* harmony import */ var node_http2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2467);
/* harmony import */ var _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9499);
/**
 * Keepalive for bakekit's connections to BuildKit, so that a daemon that stops answering (SIGSTOP, a hung host, a
 * partitioned remote builder) fails the build with a clear error instead of being waited on forever.
 *
 * HTTP/2 PING on the gRPC channel (grpc/client.ts): only while a call is in flight, every `intervalMs` (default 5
 * minutes), and a ping unanswered after `timeoutMs` (default 60 s) drops the connection. That interval is what the
 * daemons permit: buildkitd (cmd/buildkitd/main.go) and dockerd serve gRPC with grpc-go's default enforcement policy \u2014
 * MinTime 5 minutes, PermitWithoutStream false \u2014 and grpc-go counts a "strike" for every ping that comes sooner than
 * MinTime after the previous one (without a stream: sooner than 2 hours), sending GOAWAY `too_many_pings` (which kills
 * every call on the connection) at the third strike; a DATA frame from the server clears the strikes. The channel waits
 * `intervalMs` from the previous ping's answer, so two pings reach the server at least `intervalMs` + a round trip
 * apart, and pings stop while no call is open.
 *
 * A ping timeout and a killed daemon end the calls the same way (UNAVAILABLE "Connection dropped"), so
 * `reviewUnresponsive` looks closer when a call ends with an UNAVAILABLE the daemon did not send: it opens a new
 * connection and pings it. No answer within `probeMs` (one missed ping on the call's connection, one on a fresh one):
 * the call fails with a NotRespondingError, "BuildKit at \u2026 is not responding". A refused connection keeps the
 * original status (the daemon is gone, not frozen; solve/run/target-errors.ts says so).
 *
 * TCP keepalive (`tcpKeepalive`) serves the `tcp://` sockets bakekit dials itself (session connections): a peer that
 * vanished without closing the connection is noticed by the kernel.
 *
 * `BAKEKIT_KEEPALIVE_INTERVAL` / `BAKEKIT_KEEPALIVE_TIMEOUT` (seconds, fractions allowed) override the defaults, for
 * tests (an interval under 5 minutes breaks the daemons' ping policy once a call has been quiet for three pings).
 */


const DEFAULT_KEEPALIVE = { intervalMs: 5 * 60_000, timeoutMs: 60_000 };
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
/** TCP keepalive on a socket bakekit dialled (first probe after the keepalive interval, or 60 s if sooner). */
function tcpKeepalive(socket, s) {
    socket.setKeepAlive(true, Math.min(s.intervalMs, 60_000));
    return socket;
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
            session = node_http2__WEBPACK_IMPORTED_MODULE_0__.connect('http://buildkit', { createConnection: () => socket });
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
/** A call failed because the daemon stopped answering (reviewUnresponsive): UNAVAILABLE, with a message that says
 * so. */
class NotRespondingError extends _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__/* .StatusError */ .Xs {
    name = 'NotRespondingError';
}
/**
 * For the channel's `reviewLost`: a call that lost its connection fails with a NotRespondingError when the daemon does
 * not answer a ping on a new connection (see the header), else as it was. Calls ending together share one probe.
 */
function reviewUnresponsive(opts) {
    const probeMs = opts.probeMs ?? Math.min(opts.settings.timeoutMs, 10_000);
    let shared;
    const probe = () => {
        if (!shared || Date.now() - shared.at > probeMs + 2000)
            shared = { at: Date.now(), result: pingProbe(opts.open, probeMs) };
        return shared.result;
    };
    return async (err) => {
        if ((await probe()) !== 'silent')
            return err;
        return new NotRespondingError(_grpc_status_js__WEBPACK_IMPORTED_MODULE_1__/* .Code */ .Cy.UNAVAILABLE, notRespondingMessage(opts.description, opts.settings, probeMs), {
            cause: err,
        });
    };
}
/** The error a call failed with says the daemon stopped answering (reviewUnresponsive). */
function isNotResponding(err) {
    return err instanceof NotRespondingError;
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
