export const id = 304;
export const ids = [304];
export const modules = {

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
