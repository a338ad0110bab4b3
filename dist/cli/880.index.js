export const id = 880;
export const ids = [880];
export const modules = {

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

/***/ 2776:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ readTlsFile),
/* harmony export */   WZ: () => (/* binding */ tlsConnectOptions),
/* harmony export */   lt: () => (/* binding */ dockerUpgrade),
/* harmony export */   xn: () => (/* binding */ connectEngine),
/* harmony export */   zR: () => (/* binding */ dialStdioArgs)
/* harmony export */ });
/* unused harmony export DockerUpgradeError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
/**
 * Talking to BuildKit through a Docker Engine. dockerd exposes its embedded BuildKit on two hijacked HTTP/1.1
 * endpoints (moby api/server/router/grpc and router/session; buildx driver/docker uses the same): `POST /grpc`
 * upgrades to an HTTP/2 connection where dockerd serves Control/LLBBridge, `POST /session` upgrades to one where
 * dockerd is the client of our session server. Both use `Upgrade: h2c` and prior-knowledge HTTP/2 after the 101.
 */




/** dockerd did not upgrade a connection to BuildKit's protocol: it refused, answered otherwise, or not in time. */
class DockerUpgradeError extends Error {
    name = 'DockerUpgradeError';
}
function readTlsFile(path, what) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (err) {
        throw new Error(`cannot read TLS ${what} ${path}: ${err.code ?? err.message}`, { cause: err });
    }
}
/** Opens a raw connection to the Engine API (unix socket, TCP or TLS). */
function connectEngine(engine) {
    if (engine.kind === 'unix')
        return node_net__WEBPACK_IMPORTED_MODULE_2__.connect({ path: engine.path });
    if (!engine.tls)
        return node_net__WEBPACK_IMPORTED_MODULE_2__.connect({ host: engine.host, port: engine.port });
    return node_tls__WEBPACK_IMPORTED_MODULE_3__.connect(tlsConnectOptions(engine.host, engine.port, engine.tls));
}
function tlsConnectOptions(host, port, files) {
    return {
        host,
        port,
        servername: files.serverName ?? (node_net__WEBPACK_IMPORTED_MODULE_2__.isIP(host) ? undefined : host),
        ca: files.caCert ? readTlsFile(files.caCert, 'CA certificate') : undefined,
        cert: files.cert ? readTlsFile(files.cert, 'client certificate') : undefined,
        key: files.key ? readTlsFile(files.key, 'client key') : undefined,
        ALPNProtocols: ['http/1.1'],
    };
}
/**
 * `POST <path>` with `Connection: Upgrade` / `Upgrade: h2c` and hands back the raw socket after the 101. `headers`
 * may repeat a name (one line per value, as the session method header needs). Bytes that arrived together with the
 * 101 are put back into the socket, since they already belong to the upgraded protocol.
 */
function dockerUpgrade(engine, path, headers = [], opts = {}) {
    const timeoutMs = opts.timeoutMs ?? 15_000;
    return new Promise((resolve, reject) => {
        const reqHeaders = {
            Connection: 'Upgrade',
            Upgrade: 'h2c',
            'Content-Length': '0',
        };
        for (const [name, value] of headers) {
            const prev = reqHeaders[name];
            reqHeaders[name] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
        }
        let settled = false;
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            req.destroy();
            reject(err);
        };
        let req;
        try {
            req = node_http__WEBPACK_IMPORTED_MODULE_1__.request({
                method: 'POST',
                path,
                host: 'localhost',
                headers: reqHeaders,
                createConnection: () => connectEngine(engine),
                timeout: timeoutMs,
                signal: opts.signal,
            });
        }
        catch (err) {
            reject(err);
            return;
        }
        req.on('upgrade', (res, socket, head) => {
            if (settled)
                return socket.destroy();
            settled = true;
            if (res.statusCode !== 101) {
                socket.destroy();
                reject(new DockerUpgradeError(`Docker Engine answered POST ${path} with ${res.statusCode} instead of 101`));
                return;
            }
            socket.setTimeout(0);
            if (head.length)
                socket.unshift(head);
            resolve(socket);
        });
        req.on('response', (res) => {
            // No upgrade: the Engine refused (e.g. 400 for bad session headers, 404 on an Engine without BuildKit).
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                const body = Buffer.concat(chunks).toString('utf8').trim();
                let message = body;
                try {
                    message = JSON.parse(body).message ?? body;
                }
                catch {
                    /* plain text body */
                }
                fail(new DockerUpgradeError(`Docker Engine refused POST ${path}: ${res.statusCode} ${res.statusMessage ?? ''}${message ? `: ${message}` : ''}`));
            });
        });
        req.on('timeout', () => fail(new DockerUpgradeError(`Docker Engine did not answer POST ${path} within ${timeoutMs} ms`)));
        req.on('error', (err) => fail(err));
        req.end();
    });
}
/** `docker [--context C | --host H] exec -i CONTAINER buildctl dial-stdio`: stdio becomes a connection to the
 * container's buildkitd (buildctl's default address, or BUILDKIT_HOST set in the container); run by connhelper.ts. */
function dialStdioArgs(container, target) {
    const global = [];
    if (target.context)
        global.push('--context', target.context);
    else if (target.host)
        global.push('--host', target.host);
    return [...global, 'exec', '-i', container, 'buildctl', 'dial-stdio'];
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
 * (cmd/buildkitd/main.go) and dockerd serve gRPC with grpc-go's default enforcement policy — MinTime 5 minutes,
 * PermitWithoutStream false — and grpc-go counts a "strike" for every ping that comes sooner than MinTime after the
 * previous one (without a stream: sooner than 2 hours), sending GOAWAY `too_many_pings` (which kills every call on
 * the connection) at the third strike; a DATA frame from the server clears the strikes. grpc-js waits `intervalMs`
 * from the previous ping's answer, so two pings reach the server at least `intervalMs` + a round trip apart, and
 * pings stop while no call is open.
 *
 * A ping timeout and a killed daemon end the calls the same way (UNAVAILABLE "Connection dropped"), so
 * `unresponsiveInterceptor` looks closer when a call ends with an UNAVAILABLE the daemon did not send: it opens a
 * new connection and pings it. No answer within `probeMs` (one missed ping on the call's connection, one on a fresh
 * one): the call's status says "BuildKit at … is not responding", marked with the `bakekit-unresponsive` metadata
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


/***/ })

};
