export const id = 52;
export const ids = [52,304];
export const modules = {

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
 * UNIMPLEMENTED and one over the limit with RESOURCE_EXHAUSTED (StatusErrors, the status to end the call with).
 */
class FrameDecoder {
    maxMessage;
    buffered = [];
    bufferedBytes = 0;
    /** Bytes needed before the next message can be cut: its prefix, then prefix and body. */
    needed = FRAME_PREFIX;
    /** `maxMessage`: the largest message accepted (MAX_MESSAGE unless a caller's peer sends larger ones). */
    constructor(maxMessage = MAX_MESSAGE) {
        this.maxMessage = maxMessage;
    }
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
            if (length > this.maxMessage)
                throw new _status_js__WEBPACK_IMPORTED_MODULE_0__/* .StatusError */ .Xs(_status_js__WEBPACK_IMPORTED_MODULE_0__/* .Code */ .Cy.RESOURCE_EXHAUSTED, `message of ${length} bytes exceeds the limit of ${this.maxMessage}`);
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

/***/ 2039:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nl: () => (/* binding */ ServiceClient),
/* harmony export */   Oc: () => (/* binding */ rawStreamDefinition),
/* harmony export */   fJ: () => (/* binding */ serviceDefinition)
/* harmony export */ });
/* unused harmony export methodPaths */
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7062);

function serializer(type) {
    return (value) => (0,_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeWith */ .rk)(type, value);
}
function deserializer(type) {
    return (bytes) => (0,_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeWith */ .pX)(type, bytes);
}
const cache = new Map();
function serviceDefinition(fullName) {
    const hit = cache.get(fullName);
    if (hit)
        return hit;
    const service = _registry_js__WEBPACK_IMPORTED_MODULE_0__/* .root */ .zr.lookupService(fullName);
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
/**
 * Calls of the service whose methods are `Methods` on a channel (grpc/client.ts), typed by method name: requests in
 * the encoder's form, responses as decoded.
 */
class ServiceClient {
    channel;
    definition;
    constructor(channel, service) {
        this.channel = channel;
        this.definition = serviceDefinition(service);
    }
    /** Calls the unary `method`; `signal` cancels the call (the promise then rejects with CANCELLED). */
    unary(method, request, opts = {}) {
        const m = this.definition[method];
        const decode = m.responseDeserialize;
        return this.channel.unary(m.path, m.requestSerialize(request), opts.metadata, opts.signal).then(decode);
    }
    /** Calls the server-streaming `method`; every response message goes to `onMessage` as it comes. */
    serverStream(method, request, onMessage, opts = {}) {
        const m = this.definition[method];
        const decode = m.responseDeserialize;
        return this.channel.serverStream(m.path, m.requestSerialize(request), opts.metadata ?? [], (bytes) => onMessage(decode(bytes)));
    }
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


/***/ })

};
