export const id = 36;
export const ids = [36,553];
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
// EXTERNAL MODULE: ./lib/buildkit/transport/keepalive.js
var transport_keepalive = __webpack_require__(9304);
// EXTERNAL MODULE: external "node:http2"
var external_node_http2_ = __webpack_require__(2467);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/wire.js
var wire = __webpack_require__(6801);
// EXTERNAL MODULE: ./lib/buildkit/proto/registry.js + 1 modules
var registry = __webpack_require__(2328);
// EXTERNAL MODULE: ./lib/buildkit/session/rpc-server.js
var rpc_server = __webpack_require__(3618);
;// CONCATENATED MODULE: ./lib/buildkit/transport/tunnel.js
/**
 * Byte pipes a session runs over. BuildKit's session protocol puts a whole HTTP/2 connection (daemon = client) inside
 * a `Control.Session` bidi call: made with node:http2 on a connection of its own (H2CallTunnel) where the transport
 * gives us a socket, through grpc-js otherwise (CallTunnel: dial-stdio).
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
/**
 * A `Control.Session` call made with `node:http2` on a connection of its own (a unix or TCP socket to buildkitd, a
 * `POST /grpc` upgrade to dockerd), seen as a byte stream like CallTunnel. Written for the bytes a session carries:
 * everything the session server wrote since the last write goes out as one HTTP/2 write of BytesMessages framed back
 * to back, where grpc-js makes a message, a write and an event-loop turn of each chunk (a cold 231 MB context cost
 * ~2 s more client CPU through grpc-js and the docker:// bridge than over this path). The daemon forgets the session
 * as soon as the call ends (control.Session: the stream's end cancels it), unlike dockerd's `POST /session`, which
 * keeps it until health checks fail, 5–10 s later (session/grpc.go monitorHealth) — and directory sessions reuse
 * their id from one run to the next (solve/run/session-ids.ts).
 */
class H2CallTunnel extends external_node_stream_.Duplex {
    session;
    stream;
    decoder = new rpc_server/* FrameDecoder */.wI();
    response;
    /** The daemon ended the call (its trailers came). */
    ended = false;
    constructor(socket, headers, authority = 'http://localhost') {
        super({ allowHalfOpen: true });
        this.session = external_node_http2_.connect(authority, { createConnection: () => socket });
        // The connection going away without the call's trailers is the daemon gone, told as grpc-js tells it (UNAVAILABLE),
        // so that a build reports the daemon, not just the session (run.ts connectionLost).
        this.session.on('error', (err) => this.destroy(this.ended ? err : unavailable(err.message)));
        this.session.on('close', () => this.destroy(this.ended ? undefined : unavailable('connection closed')));
        const reqHeaders = {
            ':method': 'POST',
            ':path': SESSION_METHOD_PATH,
            'content-type': 'application/grpc',
            te: 'trailers',
        };
        for (const [name, value] of headers) {
            const key = name.toLowerCase();
            const prev = reqHeaders[key];
            reqHeaders[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [String(prev), value];
        }
        this.stream = this.session.request(reqHeaders);
        this.response = new Promise((resolve, reject) => {
            this.stream.once('response', (h) => {
                const status = h['grpc-status'];
                if (h[':status'] !== 200)
                    reject(new Error(`HTTP status ${h[':status']}`));
                else if (status !== undefined && status !== '0')
                    reject(grpcError(h));
                else
                    resolve();
            });
            this.stream.once('close', () => reject(new Error('the session call ended before the daemon accepted it')));
        });
        this.response.catch(() => { });
        this.stream.on('data', (chunk) => {
            let data;
            try {
                data = this.decoder.push(chunk).map((m) => (0,registry.decodeMessage)(BYTES_MESSAGE, m).data);
            }
            catch {
                this.destroy(new Error('malformed message on the session call'));
                return;
            }
            for (const d of data)
                if (d?.length && !this.push(d))
                    this.stream.pause();
        });
        this.stream.on('trailers', (h) => {
            this.ended = true;
            const status = h['grpc-status'];
            // CANCELLED is how our own destroy ends it
            if (status !== undefined && status !== '0' && status !== '1')
                this.destroy(grpcError(h));
        });
        this.stream.on('end', () => this.push(null));
        this.stream.on('error', (err) => this.destroy(this.ended ? err : unavailable(err.message)));
        this.stream.on('close', () => {
            this.push(null);
            this.session.close();
            // The call is over: nothing more can be written. Unless we ended it first, that is the session lost.
            if (!this.writableFinished)
                this.destroy(this.ended ? undefined : unavailable('the session call was reset'));
        });
    }
    /** Resolves when the daemon has answered the call (response headers), i.e. it accepted the session. */
    accepted(timeoutMs) {
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the daemon did not accept the session within ${timeoutMs} ms`)), timeoutMs);
        });
        return Promise.race([this.response, timeout]).finally(() => clearTimeout(timer));
    }
    _read() {
        this.stream.resume();
    }
    _write(chunk, _enc, cb) {
        this._writev([{ chunk }], cb);
    }
    _writev(chunks, cb) {
        if (this.stream.destroyed || this.stream.writableEnded)
            return cb(new Error('session call already ended'));
        // Each chunk one BytesMessage: gRPC prefix (5 bytes), then its one field (1: data).
        let size = 0;
        for (const { chunk } of chunks)
            size += 5 + (0,wire/* lengthDelimitedSize */.nD)(chunk.length);
        const out = Buffer.allocUnsafe(size);
        let at = 0;
        for (const { chunk } of chunks) {
            out[at] = 0;
            out.writeUInt32BE((0,wire/* lengthDelimitedSize */.nD)(chunk.length), at + 1);
            at = (0,wire/* writeLengthPrefix */._W)(out, at + 5, 0x0a, chunk.length);
            at += chunk.copy(out, at);
        }
        if (this.stream.write(out))
            cb();
        else
            this.stream.once('drain', () => cb());
    }
    _final(cb) {
        if (!this.stream.destroyed)
            this.stream.end();
        cb();
    }
    _destroy(err, cb) {
        if (!this.stream.destroyed)
            this.stream.close(external_node_http2_.constants.NGHTTP2_CANCEL);
        if (!this.session.destroyed)
            this.session.destroy();
        cb(err);
    }
}
const SESSION_METHOD_PATH = '/moby.buildkit.v1.Control/Session';
const BYTES_MESSAGE = 'moby.buildkit.v1.BytesMessage';
function unavailable(details) {
    return Object.assign(new Error(`14 UNAVAILABLE: ${details}`), { code: 14, details });
}
function grpcError(h) {
    const message = h['grpc-message'];
    return new Error(`${typeof message === 'string' ? percentDecoded(message) : 'session call failed'} (gRPC status ${h['grpc-status']})`);
}
/** grpc-message's percent-encoding undone; a malformed one as it came (decodeURIComponent would throw, in an event
 * handler: an uncaught exception). */
function percentDecoded(message) {
    try {
        return decodeURIComponent(message);
    }
    catch {
        return message;
    }
}

;// CONCATENATED MODULE: ./lib/buildkit/transport/connect.js
/**
 * Opens a gRPC channel to BuildKit for any Endpoint, plus the session tunnel that goes with it:
 *
 *   unix / tcp(+TLS)      grpc-js dials the daemon; sessions ride a `Control.Session` call on a connection of their
 *                         own (node:http2)
 *   docker://             a private bridge upgrades each connection with `POST /grpc`; sessions use `POST /session`,
 *                         except those whose id a later run reuses (solve/run/session-ids.ts): `Control.Session` on a
 *                         `POST /grpc` connection of their own, which dockerd forgets as soon as it ends
 *   docker-container://   a private bridge runs `docker exec -i NAME buildctl dial-stdio` per connection; sessions
 *                         ride `Control.Session`
 */









const MiB = 1024 * 1024;
class ConnectError extends Error {
    name = 'ConnectError';
}
/**
 * Channel options for every BuildKit channel. Responses (ReadFile, Status batches) can exceed grpc's 4 MiB default.
 * Reconnect backoff starts small so the bounded ready-wait retries a restarting daemon promptly. connect() adds the
 * keepalive (keepalive.ts): pings only while a call is in flight and no more often than every 5 minutes, since
 * buildkitd and dockerd enforce grpc-go's default policy and answer anything more eager with GOAWAY too_many_pings,
 * killing Solve and Session streams.
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
    const keepalive = opts.keepalive ?? (0,transport_keepalive/* keepaliveSettings */.O2)(process.env);
    let transport;
    try {
        transport = await makeTransport(endpoint, keepalive);
    }
    catch (err) {
        // Local setup (TLS files, the bridge socket): the daemon was not even tried, so don't blame it.
        throw new ConnectError(`cannot connect to BuildKit at ${description}: ${err.message}`);
    }
    const interceptor = (0,transport_keepalive/* unresponsiveInterceptor */.T_)({ description, settings: keepalive, open: () => transport.dialProbe() });
    // `interceptors` is a client option (grpc-js reads it from the same object): every client made with these options
    // (Control here, LLBBridge in client.ts) shares the channel, its keepalive and the interceptor.
    const channelOptions = { ...buildkitChannelOptions(), ...(0,transport_keepalive/* keepaliveChannelOptions */.YK)(keepalive), ...transport.extraOptions, interceptors: [interceptor] };
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
    const openSessionTunnel = async (headers, tunnelOpts = {}) => {
        if (closed)
            throw new Error(`connection to ${description} is closed`);
        if (transport.openRawSession && !tunnelOpts.idReused)
            return tracked(await transport.openRawSession(headers));
        let tunnel;
        if (transport.dialSession) {
            const socket = await transport.dialSession().catch((err) => {
                throw new Error(`cannot open a session connection to ${description}: ${err.message}`);
            });
            tunnel = new H2CallTunnel(socket, headers);
        }
        else {
            const md = new src/* Metadata */.OS();
            for (const [name, value] of headers)
                md.add(name.toLowerCase(), value);
            tunnel = new CallTunnel(control.Session(md));
        }
        try {
            await tunnel.accepted(15_000);
        }
        catch (err) {
            tunnel.destroy();
            throw new Error(`BuildKit at ${description} did not accept the session: ${err.message}`);
        }
        return tracked(tunnel);
    };
    const tracked = (tunnel) => {
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
async function makeTransport(endpoint, keepalive) {
    switch (endpoint.kind) {
        case 'unix': {
            const dialSession = () => dial(() => external_node_net_.connect({ path: endpoint.path }));
            return {
                target: `unix://${endpoint.path}`,
                credentials: src/* credentials */.z3.createInsecure(),
                dialSession,
                diagnose: () => probe(() => external_node_net_.connect({ path: endpoint.path })),
                dialProbe: dialSession,
            };
        }
        case 'tcp': {
            const hostPort = endpoint.host.includes(':') ? `[${endpoint.host}]:${endpoint.port}` : `${endpoint.host}:${endpoint.port}`;
            const files = endpoint.tls;
            if (!files) {
                const dialSession = () => dial(() => (0,transport_keepalive/* tcpKeepalive */.sw)(external_node_net_.connect({ host: endpoint.host, port: endpoint.port }).setNoDelay(true), keepalive));
                return {
                    target: `dns:${hostPort}`,
                    credentials: src/* credentials */.z3.createInsecure(),
                    dialSession,
                    diagnose: () => probe(() => external_node_net_.connect({ host: endpoint.host, port: endpoint.port })),
                    dialProbe: dialSession,
                };
            }
            const credentials = src/* credentials */.z3.createSsl(files.caCert ? (0,docker/* readTlsFile */.C0)(files.caCert, 'CA certificate') : null, files.key ? (0,docker/* readTlsFile */.C0)(files.key, 'client key') : null, files.cert ? (0,docker/* readTlsFile */.C0)(files.cert, 'client certificate') : null);
            return {
                target: `dns:${hostPort}`,
                credentials,
                extraOptions: files.serverName ? { 'grpc.ssl_target_name_override': files.serverName } : {},
                dialSession: () => dial(() => (0,transport_keepalive/* tcpKeepalive */.sw)(external_node_tls_.connect({ ...(0,docker/* tlsConnectOptions */.WZ)(endpoint.host, endpoint.port, files), ALPNProtocols: ['h2'] }), keepalive), 'secureConnect'),
                dialProbe: () => dial(() => external_node_tls_.connect({ ...(0,docker/* tlsConnectOptions */.WZ)(endpoint.host, endpoint.port, files), ALPNProtocols: ['h2'] }), 'secureConnect'),
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
                dialSession: () => (0,docker/* dockerUpgrade */.lt)(engine, '/grpc'),
                dialProbe: () => (0,docker/* dockerUpgrade */.lt)(engine, '/grpc'),
                openRawSession: (headers) => (0,docker/* dockerUpgrade */.lt)(engine, '/session', headers),
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
                // through the bridge: one more `docker exec … dial-stdio`, to the daemon in the container
                dialProbe: () => dial(() => external_node_net_.connect({ path: bridge.socketPath })),
            };
        }
    }
}
/** Resolves with the socket `open` makes once it is connected (`readyEvent`), rejects with its error or after
 * `timeoutMs` (the channel's own connection worked moments ago, so this is quick unless the network failed since). */
function dial(open, readyEvent = 'connect', timeoutMs = 15_000) {
    return new Promise((resolve, reject) => {
        const socket = open();
        const timer = setTimeout(() => socket.destroy(new Error(`no connection within ${timeoutMs} ms`)), timeoutMs);
        socket.once(readyEvent, () => {
            clearTimeout(timer);
            socket.off('error', onError);
            resolve(socket);
        });
        const onError = (err) => {
            clearTimeout(timer);
            reject(err);
        };
        socket.once('error', onError);
    });
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


/***/ }),

/***/ 5389:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NodeError: () => (/* binding */ NodeError),
/* harmony export */   builderNodes: () => (/* binding */ builderNodes),
/* harmony export */   parseNodeSpec: () => (/* binding */ parseNodeSpec)
/* harmony export */ });
/* harmony import */ var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57);
/**
 * Which nodes a run builds on: `--node` specs and the nodes of a buildx builder (see nodes.ts for how a run uses
 * them). Apart from nodes.ts so that deciding whether a run has several nodes does not load the multi-node
 * machinery (registry client, index merging) that a one-node run never needs.
 */

class NodeError extends Error {
    name = 'NodeError';
}
/**
 * `ENDPOINT` or `ENDPOINT PLATFORM[,PLATFORM…]` (whitespace between), e.g.
 * `unix:///run/buildkit/buildkitd.sock linux/amd64` or `docker:// linux/386,linux/amd64`.
 */
function parseNodeSpec(spec, index, tls, env) {
    const parts = spec.trim().split(/\s+/).filter(Boolean);
    if (!parts.length)
        throw new NodeError(`node ${index + 1} is empty`);
    if (parts.length > 2)
        throw new NodeError(`node "${spec}": expected ENDPOINT [PLATFORM,PLATFORM…]`);
    const platforms = (parts[1] ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    for (const p of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/i.test(p))
            throw new NodeError(`node "${spec}": "${p}" is not a platform (os/arch[/variant])`);
    }
    return { name: `node${index}`, endpoint: (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.parseEndpoint)(parts[0], tls, { env }), platforms };
}
/**
 * The nodes to build on when there are several, else undefined (one daemon, the usual path): the builder's nodes —
 * `builder` (an endpoint, or a buildx builder with all its nodes), else the buildx builder in use, else the Engine —
 * followed by `nodes` (`ENDPOINT [PLATFORMS]` each), as `buildx create --append` adds nodes to a builder.
 */
function builderNodes(opts) {
    const extra = (opts.nodes ?? []).map((n) => n.trim()).filter(Boolean);
    const isName = (s) => /^[a-zA-Z][a-zA-Z0-9._-]*$/.test(s);
    const storeNodes = (name) => (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.resolveBuilderNodes)(name, opts.env).map((n) => ({ name: n.name, endpoint: n.endpoint, platforms: n.platforms }));
    let base;
    let builderName;
    if (opts.builder) {
        builderName = isName(opts.builder) ? opts.builder : undefined;
        base = builderName ? storeNodes(builderName) : [{ name: 'node0', endpoint: (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.parseEndpoint)(opts.builder, opts.tls, { env: opts.env }), platforms: [] }];
    }
    else {
        const current = (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.currentBuilderName)(opts.env);
        try {
            base = current ? storeNodes(current) : [];
            builderName = current;
        }
        catch {
            // a stale selection: the one-daemon path falls back (or reports) as it always did
            if (!extra.length)
                return undefined;
            base = [];
        }
        if (!base.length) {
            if (!extra.length)
                return undefined;
            base = [{ name: 'default', endpoint: (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.defaultEndpoint)(opts.env), platforms: [] }];
            builderName = 'default';
        }
    }
    const all = [...base, ...extra.map((spec, i) => parseNodeSpec(spec, base.length + i, opts.tls, opts.env))];
    if (all.length < 2)
        return undefined;
    const names = new Set();
    for (const n of all) {
        while (names.has(n.name))
            n.name = `${n.name}-${names.size}`;
        names.add(n.name);
    }
    return { nodes: all, builderName };
}


/***/ }),

/***/ 8036:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOnBuilderNodes: () => (/* binding */ runOnBuilderNodes)
/* harmony export */ });
/* unused harmony exports platformKey, assignPlatforms, repoOnly, connectNodes, runOnNodes */
/* harmony import */ var _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7845);
/* harmony import */ var _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4548);
/* harmony import */ var _buildkit_transport_connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5553);
/* harmony import */ var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57);
/* harmony import */ var _images_merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6450);
/* harmony import */ var _target_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3262);
/* harmony import */ var _run_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1840);
/* harmony import */ var _images_features_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4699);
/* harmony import */ var _node_spec_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5389);
/**
 * Builders with several nodes: a buildx builder with appended nodes, or a list of endpoints with their platforms.
 * As buildx does (build/build.go, driver resolution), each requested platform goes to one node; a target whose
 * platforms land on several nodes is built once per node, each node pushing its part by digest, and the parts are
 * merged into one index under the target's names through the registry API (merge.ts). A target that lands on one
 * node is built there as usual.
 *
 * Choosing a node for a platform: nodes created for that platform first, then nodes whose workers build it, then
 * (emulation) the first node. Among equal candidates the node with fewer platforms so far wins, so a builder whose
 * nodes all build every platform still spreads the work.
 */










/** Normalised `os/arch[/variant]` for comparisons. */
function platformKey(p) {
    return (0,_images_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)((0,_images_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePlatform */ .FL)((0,_images_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePlatform */ .Y8)(p)));
}
/**
 * Which node builds which of `platforms`. `supported[i]` are node i's worker platforms. Returns, per node index that
 * got anything, its platforms (in the order requested). No platforms at all: the first node, with none.
 */
function assignPlatforms(platforms, nodes) {
    const out = new Map();
    if (!nodes.length)
        throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_8__.NodeError('no nodes to build on');
    if (!platforms.length) {
        out.set(0, []);
        return out;
    }
    const configured = nodes.map((n) => new Set(n.platforms.map(platformKey)));
    const supported = nodes.map((n, i) => new Set([...n.supported.map(platformKey), ...configured[i]]));
    const candidates = platforms.map((p) => {
        const k = platformKey(p);
        const byConfig = nodes.map((_, i) => i).filter((i) => configured[i].has(k));
        if (byConfig.length)
            return byConfig;
        const bySupport = nodes.map((_, i) => i).filter((i) => supported[i].has(k));
        return bySupport.length ? bySupport : [0];
    });
    const load = nodes.map(() => 0);
    const chosen = new Array(platforms.length);
    const order = platforms.map((_, i) => i).sort((a, b) => candidates[a].length - candidates[b].length || a - b);
    for (const i of order) {
        let best = candidates[i][0];
        for (const c of candidates[i])
            if (load[c] < load[best])
                best = c;
        chosen[i] = best;
        load[best]++;
    }
    platforms.forEach((p, i) => {
        if (!out.has(chosen[i]))
            out.set(chosen[i], []);
        out.get(chosen[i]).push(p);
    });
    return new Map([...out].sort(([a], [b]) => a - b));
}
/** `repo:tag` names → their repositories (buildx toRepoOnly): where each node pushes its part by digest. */
function repoOnly(names) {
    const out = [];
    for (const n of names) {
        const r = (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(n);
        const repo = `${r.domain}/${r.path}`;
        if (!out.includes(repo))
            out.push(repo);
    }
    return out;
}
/** A target built on several nodes: its outputs become pushes by digest; anything else cannot be merged. */
function splitOutputs(spec) {
    const outputs = [];
    let split;
    for (const o of spec.outputs) {
        if (o.type === 'cacheonly') {
            outputs.push(o);
            continue;
        }
        const isPush = (o.type === 'image' && o.push === 'true') || o.type === 'registry';
        if (!isPush) {
            throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_8__.NodeError(`target "${spec.name}": its platforms are built on several nodes, which can only be merged for pushed images ` +
                `(type=image,push=true / type=registry); output type=${o.type} is not supported there (build it on one node)`);
        }
        if (split)
            throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_8__.NodeError(`target "${spec.name}": several pushed image outputs cannot be merged across nodes`);
        const names = (o.name ? o.name.split(',') : spec.tags).map((n) => n.trim()).filter(Boolean);
        if (!names.length)
            throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_8__.NodeError(`target "${spec.name}": pushes but has no name: set tags or name=`);
        const attrs = {};
        for (const [k, v] of Object.entries(o))
            if (k !== 'type')
                attrs[k] = v;
        split = { names, insecure: o['registry.insecure'] === 'true', annotationAttrs: { ...(0,_target_plan_js__WEBPACK_IMPORTED_MODULE_5__.annotationAttrs)(spec.annotations), ...attrs } };
        outputs.push({ ...o, type: 'image', push: 'true', name: repoOnly(names).join(','), 'push-by-digest': 'true' });
    }
    return { outputs, split };
}
/** Every target `name` depends on through `target:` contexts (transitively). */
function producersOf(name, byName, seen = new Set()) {
    const spec = byName.get(name);
    for (const v of Object.values(spec?.contexts ?? {})) {
        if (!v.startsWith('target:'))
            continue;
        const p = v.slice('target:'.length);
        if (seen.has(p))
            continue;
        seen.add(p);
        producersOf(p, byName, seen);
    }
    return seen;
}
async function connectNodes(nodes, signal) {
    const settled = await Promise.allSettled(nodes.map((n) => (0,_buildkit_transport_connect_js__WEBPACK_IMPORTED_MODULE_2__.connect)(n.endpoint, { signal })));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) {
        await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
        throw failed.reason;
    }
    return settled.map((s) => s.value);
}
/** Runs the targets over several nodes and merges what was split. */
async function runOnNodes(specs, opts) {
    const { nodes, connections } = opts;
    const emit = opts.onEvent ?? (() => { });
    const supported = await Promise.all(connections.map((c) => new _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildkitClient */ .Us(c)
        .listWorkers(opts.signal)
        .then(_images_features_js__WEBPACK_IMPORTED_MODULE_7__/* .workerPlatforms */ .$v)
        .catch(() => [])));
    const byName = new Map(specs.map((s) => [s.name, s]));
    const perNode = nodes.map(() => []);
    const splits = new Map();
    const placements = new Map();
    for (const spec of specs) {
        const assignment = assignPlatforms(spec.platforms, nodes.map((n, i) => ({ platforms: n.platforms, supported: supported[i] })));
        placements.set(spec.name, [...assignment.keys()]);
        if (assignment.size === 1) {
            const [i, platforms] = [...assignment][0];
            perNode[i].push({ ...spec, platforms: platforms.length ? platforms : spec.platforms });
            continue;
        }
        // cache warming exports nothing but cache: nothing to merge
        const { outputs, split } = opts.warm ? { outputs: [], split: undefined } : splitOutputs(spec);
        if (split)
            splits.set(spec.name, split);
        for (const [i, platforms] of assignment)
            perNode[i].push({ ...spec, platforms, outputs, tags: split ? [] : spec.tags });
    }
    // A consumer needs its producers on its own node: add a copy there that only feeds it (no outputs).
    const helpers = nodes.map(() => new Set());
    for (let i = 0; i < nodes.length; i++) {
        const here = new Map(perNode[i].map((s) => [s.name, s]));
        for (const spec of [...perNode[i]]) {
            for (const p of producersOf(spec.name, byName)) {
                const existing = here.get(p);
                if (existing) {
                    const covered = new Set(existing.platforms.map(platformKey));
                    if (spec.platforms.some((pl) => !covered.has(platformKey(pl)))) {
                        throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_8__.NodeError(`target "${spec.name}" uses target:${p} as a context, but they are split differently across the nodes; give them the same platforms`);
                    }
                    continue;
                }
                const copy = { ...byName.get(p), platforms: spec.platforms, outputs: [], tags: [] };
                perNode[i].push(copy);
                here.set(p, copy);
                helpers[i].add(p);
            }
        }
    }
    for (let i = 0; i < nodes.length; i++) {
        for (const spec of perNode[i]) {
            if (helpers[i].has(spec.name) || (placements.get(spec.name)?.length ?? 0) < 2)
                continue;
            emit({ type: 'info', target: spec.name, message: `building ${spec.platforms.join(',')} on node ${nodes[i].name} (${(0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeEndpoint)(nodes[i].endpoint)})` });
        }
    }
    const abort = new AbortController();
    const onOuterAbort = () => abort.abort(opts.signal?.reason ?? new Error('cancelled'));
    if (opts.signal?.aborted)
        onOuterAbort();
    opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const builder = opts.builderName ?? 'bakekit-nodes';
    let results;
    try {
        results = await Promise.all(nodes.map((node, i) => {
            if (!perNode[i].length)
                return undefined;
            return (0,_run_run_js__WEBPACK_IMPORTED_MODULE_6__.runBuild)(perNode[i], {
                ...opts,
                connection: connections[i],
                builderName: builder,
                nodeName: node.name,
                signal: abort.signal,
                onEvent: (ev) => {
                    if (ev.type === 'target-failed')
                        abort.abort(ev.error); // fail fast on every node
                    // a producer copied onto this node only to feed a consumer: its progress shows, its success does not
                    if ((ev.type === 'target-done' || ev.type === 'target-start') && helpers[i].has(ev.target))
                        return;
                    // a split target is done once every node's part is merged (emitted below)
                    if (ev.type === 'target-done' && splits.has(ev.target))
                        return;
                    emit(ev);
                },
            });
        }));
    }
    finally {
        opts.signal?.removeEventListener('abort', onOuterAbort);
    }
    const outcomes = [];
    const metadata = {};
    for (const spec of specs) {
        const parts = [];
        for (const i of placements.get(spec.name)) {
            const r = results[i];
            const outcome = r?.targets.find((t) => t.target === spec.name);
            if (outcome)
                parts.push({ node: i, outcome, md: r.metadata[spec.name] });
        }
        // a copy that only fed a consumer on another node counts when it failed
        const helperFailure = results
            .map((r, i) => (helpers[i].has(spec.name) ? r?.targets.find((t) => t.target === spec.name && t.status === 'failed') : undefined))
            .find(Boolean);
        const failed = parts.find((p) => p.outcome.status === 'failed') ?? (helperFailure ? { outcome: helperFailure } : undefined);
        const cancelled = parts.find((p) => p.outcome.status === 'cancelled');
        const merged = {
            target: spec.name,
            status: failed ? 'failed' : cancelled ? 'cancelled' : 'done',
            ref: parts[0]?.outcome.ref ?? '',
            durationMs: Math.max(0, ...parts.map((p) => p.outcome.durationMs)),
            exporterResponse: parts.length === 1 ? parts[0].outcome.exporterResponse : {},
            // a call (check, outline, targets) runs once per target, on the node that has its platform
            call: parts.length === 1 ? parts[0].outcome.call : undefined,
            error: failed?.outcome.error,
            transferred: sumTransfers(parts.map((p) => p.outcome.transferred)),
        };
        if (merged.status === 'done') {
            if (parts.length === 1) {
                if (parts[0].md)
                    metadata[spec.name] = parts[0].md;
            }
            else {
                const split = splits.get(spec.name);
                const ref = parts[0].md?.['buildx.build.ref'];
                if (split) {
                    try {
                        const result = await mergeParts(spec.name, parts, split, opts, emit);
                        metadata[spec.name] = { ...result, ...(ref ? { 'buildx.build.ref': ref } : {}) };
                        merged.exporterResponse = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, typeof v === 'string' ? v : Buffer.from(JSON.stringify(v)).toString('base64')]));
                        emit({ type: 'target-done', target: spec.name, durationMs: merged.durationMs, exporterResponse: merged.exporterResponse });
                    }
                    catch (err) {
                        merged.status = 'failed';
                        merged.error = new _run_run_js__WEBPACK_IMPORTED_MODULE_6__.TargetFailedError(spec.name, err);
                        emit({ type: 'target-failed', target: spec.name, durationMs: merged.durationMs, error: merged.error });
                    }
                }
                else if (ref) {
                    metadata[spec.name] = { 'buildx.build.ref': ref };
                }
            }
        }
        outcomes.push(merged);
    }
    return {
        ok: outcomes.every((o) => o.status === 'done'),
        targets: outcomes,
        dirs: results.flatMap((r) => r?.dirs ?? []),
        metadata,
    };
}
function sumTransfers(list) {
    const out = {};
    for (const t of list) {
        for (const [k, v] of Object.entries(t)) {
            const o = (out[k] ??= { requests: 0, filesSent: 0, bytesSent: 0 });
            o.requests += v.requests;
            o.filesSent += v.filesSent;
            o.bytesSent += v.bytesSent;
        }
    }
    return out;
}
async function mergeParts(target, parts, split, opts, emit) {
    const repo = (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(repoOnly(split.names)[0]);
    const sources = parts.map((p) => {
        const digest = p.md?.['containerimage.digest'];
        if (typeof digest !== 'string')
            throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_8__.NodeError(`node ${opts.nodes[p.node].name} (${(0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeEndpoint)(opts.nodes[p.node].endpoint)}) returned no image digest for target "${target}"`);
        const desc = p.md?.['containerimage.descriptor'];
        return { ref: { domain: repo.domain, path: repo.path, digest }, descriptor: desc && typeof desc === 'object' ? desc : undefined };
    });
    const insecureHosts = split.insecure ? split.names.map((n) => (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(n).domain) : [];
    const client = new _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .bP({ insecureHosts, signal: opts.signal, ...(0,_images_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialsFromEnv */ .kv)(opts.env) });
    emit({ type: 'info', target, message: `merging manifest list ${split.names.join(',')} from ${sources.map((s) => (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(s.ref)).join(', ')}` });
    const result = await (0,_images_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeImages */ .nV)(client, sources, split.names, (0,_images_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .indexAnnotationsFrom */ .T0)(split.annotationAttrs));
    return result.metadata;
}
/** Connects to every node, runs, and closes the connections. */
async function runOnBuilderNodes(specs, nodes, opts) {
    const connections = await connectNodes(nodes, opts.signal);
    try {
        return await runOnNodes(specs, { ...opts, nodes, connections });
    }
    finally {
        await Promise.all(connections.map((c) => c.close().catch(() => { })));
    }
}


/***/ })

};
