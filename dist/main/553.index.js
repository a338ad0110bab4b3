export const id = 553;
export const ids = [553];
export const modules = {

/***/ 5553:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConnectError: () => (/* binding */ ConnectError),
  buildkitChannelOptions: () => (/* binding */ buildkitChannelOptions),
  connect: () => (/* binding */ connect)
});

// EXTERNAL MODULE: ./node_modules/@grpc/grpc-js/build/src/index.js
var src = __webpack_require__(3033);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./lib/buildkit/proto/grpc-service.js
var grpc_service = __webpack_require__(2039);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/buildkit/transport/bridge.js
/**
 * grpc-js can only dial addresses, not adopt a socket we already hold. When BuildKit sits behind something that is
 * not an address (a dockerd upgrade, a `docker exec` stdio pipe), we listen on a private unix socket and, for each
 * connection grpc-js opens, dial the real thing and pipe bytes both ways.
 */




class LocalBridge {
    server;
    dir;
    socketPath;
    dial;
    failureCount = 0;
    failureWaiters = [];
    open = new Set();
    closed = false;
    constructor(server, dir, socketPath, dial) {
        this.server = server;
        this.dir = dir;
        this.socketPath = socketPath;
        this.dial = dial;
        server.on('connection', (client) => this.accept(client));
    }
    /** Starts a bridge on `<tmp>/bakekit-bridge-XXXX/buildkit.sock`; the directory is 0700 and the socket 0600, so only
     * this user can reach the daemon through it. */
    static async start(dial) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'bakekit-bridge-'));
        const socketPath = (0,external_node_path_.join)(dir, 'buildkit.sock');
        const server = external_node_net_.createServer({ pauseOnConnect: true });
        try {
            await new Promise((resolve, reject) => {
                server.once('error', reject);
                server.listen(socketPath, () => {
                    server.off('error', reject);
                    resolve();
                });
            });
            await (0,promises_.chmod)(socketPath, 0o600);
        }
        catch (err) {
            server.close();
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            throw err;
        }
        server.unref(); // never keep the process alive by itself
        return new LocalBridge(server, dir, socketPath, dial);
    }
    /** The most recent dial failure: what to tell the user when the channel never becomes ready. */
    get lastError() {
        return this.lastFailure;
    }
    lastFailure;
    /** Records a failed dial (also called by dialers whose failure shows up after the dial returned, like a
     * `docker exec` that exits). */
    recordFailure(err) {
        this.lastFailure = err;
        this.failureCount++;
        this.failureWaiters = this.failureWaiters.filter((w) => {
            if (this.failureCount < w.count)
                return true;
            w.resolve(err);
            return false;
        });
    }
    /** Resolves with the last error once `count` dials have failed in total; lets a caller stop retrying a dial
     * that keeps failing the same way instead of waiting out its whole deadline. */
    failedTimes(count) {
        if (this.failureCount >= count)
            return Promise.resolve(this.lastFailure);
        return new Promise((resolve) => this.failureWaiters.push({ count, resolve }));
    }
    get target() {
        return `unix://${this.socketPath}`;
    }
    accept(client) {
        if (this.closed)
            return void client.destroy();
        this.open.add(client);
        client.on('close', () => this.open.delete(client));
        client.on('error', () => {
            /* grpc-js dropped the connection; the close handler cleans up */
        });
        this.dial().then((upstream) => {
            if (this.closed || client.destroyed)
                return void upstream.destroy();
            this.open.add(upstream);
            const teardown = () => {
                client.destroy();
                upstream.destroy();
                this.open.delete(upstream);
            };
            upstream.on('error', (err) => {
                this.recordFailure(err);
                teardown();
            });
            upstream.on('close', teardown);
            client.on('close', teardown);
            // HTTP/2 never half-closes meaningfully: either side ending tears the pair down (via 'close').
            client.pipe(upstream);
            upstream.pipe(client);
            client.resume();
        }, (err) => {
            this.recordFailure(err);
            client.destroy();
        });
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        for (const s of this.open)
            s.destroy();
        this.open.clear();
        await new Promise((resolve) => this.server.close(() => resolve()));
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./lib/buildkit/transport/docker.js
var docker = __webpack_require__(2776);
// EXTERNAL MODULE: ./lib/buildkit/transport/endpoint.js
var transport_endpoint = __webpack_require__(57);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./lib/buildkit/transport/tunnel.js
/**
 * Byte pipes a session runs over. BuildKit's session protocol puts a whole HTTP/2 connection (daemon = client) inside
 * either a `Control.Session` bidi call (buildkitd, dial-stdio) or a hijacked HTTP/1.1 connection (dockerd /session).
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
            if (err.code === 1 /* CANCELLED */)
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

;// CONCATENATED MODULE: ./lib/buildkit/transport/connect.js
/**
 * Opens a gRPC channel to BuildKit for any Endpoint, plus the session tunnel that goes with it:
 *
 *   unix / tcp(+TLS)      grpc-js dials the daemon; sessions ride a `Control.Session` call
 *   docker://             a private bridge upgrades each connection with `POST /grpc`; sessions ride `Control.Session`
 *                         there too, not `POST /session`: the Engine forgets a /session session only when its
 *                         health checks fail, 5–10 s after the client left (session/grpc.go monitorHealth), and a
 *                         directory session's id is reused by the next run (build/session-ids.ts); over
 *                         Control.Session the daemon forgets it as soon as the call ends, as buildkitd does
 *   docker-container://   a private bridge runs `docker exec -i NAME buildctl dial-stdio` per connection; sessions
 *                         ride `Control.Session`
 */








const MiB = 1024 * 1024;
class ConnectError extends Error {
    name = 'ConnectError';
}
/**
 * Channel options for every BuildKit channel. Responses (ReadFile, Status batches) can exceed grpc's 4 MiB default.
 * No client keepalive: buildkitd and dockerd enforce grpc-go's default policy (pings no more often than every
 * 5 min, none without streams) and answer anything more eager with GOAWAY too_many_pings, killing Solve and
 * Session streams. Reconnect backoff starts small so the bounded ready-wait retries a restarting daemon promptly.
 */
function buildkitChannelOptions() {
    return {
        'grpc.max_receive_message_length': 64 * MiB,
        'grpc.max_send_message_length': 64 * MiB,
        'grpc.initial_reconnect_backoff_ms': 200,
        'grpc.max_reconnect_backoff_ms': 2000,
    };
}
/** Connect to `endpoint` and wait (bounded) until the channel is ready. */
async function connect(endpoint, opts = {}) {
    const description = (0,transport_endpoint.describeEndpoint)(endpoint);
    // The daemon-running hint only fits when nothing answered; a TLS rejection means something did.
    const unreachable = (cause) => new ConnectError(`cannot reach BuildKit at ${description}: ${cause}${cause.startsWith('TLS:') ? '' : '. Is the daemon running?'}`);
    opts.signal?.throwIfAborted();
    let transport;
    try {
        transport = await makeTransport(endpoint);
    }
    catch (err) {
        // Local setup (TLS files, the bridge socket): the daemon was not even tried, so don't blame it.
        throw new ConnectError(`cannot connect to BuildKit at ${description}: ${err.message}`);
    }
    const channelOptions = { ...buildkitChannelOptions(), ...transport.extraOptions };
    const Control = (0,grpc_service/* makeClientConstructor */.yU)('moby.buildkit.v1.Control');
    const control = new Control(transport.target, transport.credentials, channelOptions);
    const tunnels = new Set();
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        for (const t of tunnels)
            t.destroy();
        tunnels.clear();
        control.close();
        await transport.bridge?.close();
    };
    const readyTimeoutMs = opts.readyTimeoutMs ?? (endpoint.kind === 'docker-container' ? 10_000 : 5_000);
    try {
        await Promise.race([
            waitForReady(control, readyTimeoutMs, opts.signal),
            // Three failed dials in a row through a bridge (Engine refusing, container missing) will not heal by waiting.
            transport.bridge?.failedTimes(3).then((err) => Promise.reject(err)) ?? new Promise(() => { }),
        ]);
    }
    catch (err) {
        const aborted = opts.signal?.aborted;
        const cause = aborted ? undefined : (await transport.diagnose().catch(() => undefined)) ?? transport.bridge?.lastError?.message;
        await close();
        if (aborted)
            throw opts.signal.reason ?? err;
        throw unreachable(cause ?? err.message);
    }
    const openSessionTunnel = async (headers) => {
        if (closed)
            throw new Error(`connection to ${description} is closed`);
        const md = new src/* Metadata */.OS();
        for (const [name, value] of headers)
            md.add(name.toLowerCase(), value);
        const call = control.Session(md);
        const tunnel = new CallTunnel(call);
        try {
            await tunnel.accepted(15_000);
        }
        catch (err) {
            tunnel.destroy();
            throw new Error(`BuildKit at ${description} did not accept the session: ${err.message}`);
        }
        tunnels.add(tunnel);
        tunnel.once('close', () => tunnels.delete(tunnel));
        return tunnel;
    };
    return {
        endpoint,
        description,
        target: transport.target,
        credentials: transport.credentials,
        channelOptions,
        control: () => control,
        openSessionTunnel,
        close,
    };
}
function waitForReady(client, timeoutMs, signal) {
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        client.waitForReady(Date.now() + timeoutMs, (err) => {
            signal?.removeEventListener('abort', onAbort);
            if (err)
                reject(err);
            else
                resolve();
        });
    });
}
async function makeTransport(endpoint) {
    switch (endpoint.kind) {
        case 'unix':
            return {
                target: `unix://${endpoint.path}`,
                credentials: src/* credentials */.z3.createInsecure(),
                diagnose: () => probe(() => external_node_net_.connect({ path: endpoint.path })),
            };
        case 'tcp': {
            const hostPort = endpoint.host.includes(':') ? `[${endpoint.host}]:${endpoint.port}` : `${endpoint.host}:${endpoint.port}`;
            const files = endpoint.tls;
            if (!files) {
                return {
                    target: `dns:${hostPort}`,
                    credentials: src/* credentials */.z3.createInsecure(),
                    diagnose: () => probe(() => external_node_net_.connect({ host: endpoint.host, port: endpoint.port })),
                };
            }
            const credentials = src/* credentials */.z3.createSsl(files.caCert ? (0,docker/* readTlsFile */.C0)(files.caCert, 'CA certificate') : null, files.key ? (0,docker/* readTlsFile */.C0)(files.key, 'client key') : null, files.cert ? (0,docker/* readTlsFile */.C0)(files.cert, 'client certificate') : null);
            return {
                target: `dns:${hostPort}`,
                credentials,
                extraOptions: files.serverName ? { 'grpc.ssl_target_name_override': files.serverName } : {},
                // A TLS handshake of our own tells "wrong CA" / "certificate required" apart from "nothing listening".
                diagnose: () => probe(() => external_node_tls_.connect({ ...(0,docker/* tlsConnectOptions */.WZ)(endpoint.host, endpoint.port, files), ALPNProtocols: ['h2'] }), 'secureConnect'),
            };
        }
        case 'docker': {
            const engine = endpoint.engine;
            const bridge = await LocalBridge.start(() => (0,docker/* dockerUpgrade */.lt)(engine, '/grpc'));
            return {
                target: bridge.target,
                credentials: src/* credentials */.z3.createInsecure(),
                bridge,
                diagnose: async () => {
                    // Ask the Engine directly: a refused upgrade explains more than "connection closed".
                    try {
                        (await (0,docker/* dockerUpgrade */.lt)(engine, '/grpc', [], { timeoutMs: 3000 })).destroy();
                    }
                    catch (err) {
                        return err.message;
                    }
                    return bridge.lastError?.message;
                },
            };
        }
        case 'docker-container': {
            const args = (0,docker/* dialStdioArgs */.zR)(endpoint.container, endpoint.docker);
            let bridge;
            bridge = await LocalBridge.start(async () => new docker/* ProcessStream */.gy('docker', args, (err) => bridge.recordFailure(err)));
            return {
                target: bridge.target,
                credentials: src/* credentials */.z3.createInsecure(),
                bridge,
                diagnose: async () => bridge.lastError?.message,
            };
        }
    }
}
/**
 * Connects once (outside grpc-js) to learn why the daemon is unreachable; undefined when the connection works.
 * For TLS the probe lingers briefly after the handshake: with TLS 1.3 a server that rejects our client certificate
 * says so only after the client considers the handshake done.
 */
function probe(open, readyEvent = 'connect') {
    return new Promise((resolve) => {
        let socket;
        try {
            socket = open();
        }
        catch (err) {
            resolve(err.message);
            return;
        }
        let finished = false;
        const timer = setTimeout(() => done('no answer within 3 s'), 3000);
        const done = (why) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            socket.destroy();
            resolve(why);
        };
        socket.once(readyEvent, () => {
            if (readyEvent === 'connect')
                return done(undefined);
            socket.once('close', () => done('TLS: the server closed the connection after the handshake (does it want a client certificate we did not send, or trust?)'));
            setTimeout(() => done(undefined), 500);
        });
        socket.once('error', (err) => done(tlsHint(err)));
    });
}
function tlsHint(err) {
    const code = err.code ?? '';
    // OpenSSL errors carry a one-line `reason`; their message is a multi-part OpenSSL error string.
    const what = code.startsWith('ERR_SSL_') && err.reason ? err.reason : err.message;
    if (/CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code) && !/ALERT/.test(code)) {
        return `TLS: the server certificate is not trusted (${what}); check the CA certificate and server name`;
    }
    if (/ALERT_CERTIFICATE_REQUIRED|ALERT_BAD_CERTIFICATE|ALERT_UNKNOWN_CA/.test(code)) {
        return `TLS: the server rejected our client certificate (${what})`;
    }
    return err.message;
}


/***/ })

};
