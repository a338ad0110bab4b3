export const id = 263;
export const ids = [263,776,395];
export const modules = {

/***/ 4263:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConnectError: () => (/* binding */ ConnectError),
  MAX_RECEIVE_MESSAGE: () => (/* binding */ MAX_RECEIVE_MESSAGE),
  connect: () => (/* binding */ connect)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: external "node:http2"
var external_node_http2_ = __webpack_require__(2467);
// EXTERNAL MODULE: ./lib/buildkit/grpc/errors.js + 1 modules
var errors = __webpack_require__(8791);
// EXTERNAL MODULE: ./lib/buildkit/grpc/framing.js
var framing = __webpack_require__(1155);
// EXTERNAL MODULE: ./lib/buildkit/grpc/status.js
var grpc_status = __webpack_require__(9499);
;// CONCATENATED MODULE: ./lib/buildkit/grpc/client.js
/**
 * The client side of gRPC on node:http2 (grpc PROTOCOL-HTTP2.md): the calls bakekit makes to BuildKit (Control,
 * LLBBridge, Content) on a channel, one HTTP/2 connection at a time, dialled again when it is lost.
 *
 * Why not grpc-js, whose client this replaces: it was the one large library on every run's path, and what it does
 * beyond this file serves nothing a BuildKit client needs (name resolution and load balancing over many addresses,
 * service configs, retries, compression, channelz). Measured (docs/benchmarks.md, nineteenth round): its bundled
 * chunk (with protobufjs, 1 MB) compiled on every fresh runner and took 37\u201341 ms to load, and its call path (filters,
 * interceptors, metadata objects, a message per event) was 43 ms of the main thread's self time in a cached fan-out of
 * 12 builds. It can also only dial an address, which put a private bridge socket, piped in JavaScript, in front of
 * dockerd's upgraded connections; a channel here dials whatever socket its transport makes.
 *
 * What a call gets, as grpc's other clients give it:
 *  - unary and server-streaming calls with request metadata (a bidirectional session call is transport/tunnel.ts,
 *    which may share the channel's connection, `connection()`);
 *  - the status from the trailers, or from the response headers of a call that fails at once ("trailers-only"), with
 *    the binary `google.rpc.Status` BuildKit sends (status.ts); an HTTP status other than 200 without one mapped as
 *    grpc's http-grpc-status-mapping.md does; a stream reset mapped as grpc-go maps RST_STREAM codes; a call whose
 *    connection went away without a status UNAVAILABLE (errors.ts callLost);
 *  - cancellation: RST_STREAM CANCEL, and the call fails with CANCELLED;
 *  - keepalive: an HTTP/2 PING every `intervalMs` while calls are in flight, the connection dropped when one stays
 *    unanswered for `timeoutMs` (transport/keepalive.ts says why these values);
 *  - a connection that ends or sends GOAWAY is left to its calls; the next call dials a new one. `ready()` dials with
 *    backoff until it has a connection or its deadline passes.
 */




const { NGHTTP2_NO_ERROR, NGHTTP2_CANCEL, NGHTTP2_REFUSED_STREAM, NGHTTP2_ENHANCE_YOUR_CALM, NGHTTP2_INADEQUATE_SECURITY, } = external_node_http2_.constants;
/** grpc's http-grpc-status-mapping.md: the code of a response without grpc-status, by its HTTP status. */
function codeOfHttpStatus(status) {
    switch (status) {
        case 400:
            return grpc_status/* Code */.Cy.INTERNAL;
        case 401:
            return grpc_status/* Code */.Cy.UNAUTHENTICATED;
        case 403:
            return grpc_status/* Code */.Cy.PERMISSION_DENIED;
        case 404:
            return grpc_status/* Code */.Cy.UNIMPLEMENTED;
        case 429:
        case 502:
        case 503:
        case 504:
            return grpc_status/* Code */.Cy.UNAVAILABLE;
        default:
            return grpc_status/* Code */.Cy.UNKNOWN;
    }
}
/** One HTTP/2 connection of a channel, with its keepalive. */
class Connection {
    session;
    keepalive;
    calls = 0;
    pingTimer;
    /** GOAWAY came: the calls in flight finish here, new calls go to a new connection. */
    goingAway = false;
    constructor(session, keepalive) {
        this.session = session;
        this.keepalive = keepalive;
        session.unref(); // no call in flight: nothing to wait for
        session.on('goaway', () => {
            this.goingAway = true;
        });
        session.on('close', () => clearTimeout(this.pingTimer));
        session.on('error', () => {
            /* the calls see it as their streams' end; 'close' follows */
        });
    }
    get usable() {
        return !this.goingAway && !this.session.closed && !this.session.destroyed;
    }
    callStarted() {
        if (this.calls++ === 0) {
            this.session.ref();
            this.schedulePing();
        }
    }
    callEnded() {
        if (--this.calls === 0) {
            clearTimeout(this.pingTimer);
            this.pingTimer = undefined;
            if (!this.session.destroyed)
                this.session.unref();
        }
    }
    /** A PING `intervalMs` after the last answer, while calls are in flight; no answer in `timeoutMs` drops the
     * connection, and with it the calls. */
    schedulePing() {
        clearTimeout(this.pingTimer);
        this.pingTimer = setTimeout(() => {
            if (this.calls === 0 || this.session.destroyed)
                return;
            const timeout = setTimeout(() => this.session.destroy(new Error('keepalive ping unanswered')), this.keepalive.timeoutMs);
            try {
                this.session.ping((err) => {
                    clearTimeout(timeout);
                    if (!err && this.calls > 0)
                        this.schedulePing();
                });
            }
            catch {
                clearTimeout(timeout); // the session is closing
            }
        }, this.keepalive.intervalMs);
        this.pingTimer.unref();
    }
}
class Channel {
    opts;
    current;
    dialing;
    /** The connection being set up, until the server's settings come: close() ends it too. */
    settingUp;
    /** Aborted by close(): dials still under way give up. */
    closing = new AbortController();
    /** Why the last dial failed, for the error of a channel that never became ready. */
    lastDialError;
    constructor(opts) {
        this.opts = opts;
    }
    get closed() {
        return this.closing.signal.aborted;
    }
    /** The error of a dial that failed for `why`, remembered for ready()'s message. */
    dialFailed(why) {
        this.lastDialError = why;
        return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNAVAILABLE, `No connection established. Last error: ${why.message}`, { cause: why });
    }
    /** The connection new calls go to: the current one, or a new one dialled now. */
    connection() {
        return this.connect().then((c) => c.session);
    }
    connect() {
        if (this.closed)
            return Promise.reject(channelClosed());
        if (this.current?.usable)
            return Promise.resolve(this.current);
        this.dialing ??= this.dial().finally(() => {
            this.dialing = undefined;
        });
        return this.dialing;
    }
    async dial() {
        let socket;
        try {
            socket = await this.opts.dial(this.closing.signal);
        }
        catch (err) {
            throw this.dialFailed(err);
        }
        if (this.closed) {
            socket.destroy();
            throw channelClosed();
        }
        const session = external_node_http2_.connect(`http://${this.opts.authority ?? 'localhost'}`, {
            createConnection: () => socket,
            settings: { enablePush: false },
            // Node refuses new streams once a session's buffered data passes maxSessionMemory (10 MB by default), which a
            // large Solve request or ReadFile answer beside a build's status streams can reach; grpc-js lifts the limit too.
            maxSessionMemory: Number.MAX_SAFE_INTEGER,
            maxSendHeaderBlockLength: Number.MAX_SAFE_INTEGER,
        });
        this.settingUp = session;
        // The server's SETTINGS prove an HTTP/2 server answered (a TLS or HTTP/1.1 endpoint would close instead), within
        // grpc's connect timeout: a peer that accepts and says nothing must not hold every later call.
        await new Promise((resolve, reject) => {
            const timer = setTimeout(() => fail(new Error(`no HTTP/2 settings from the server within ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
            const fail = (err) => {
                clearTimeout(timer);
                session.off('remoteSettings', ok);
                session.destroy();
                reject(this.dialFailed(err ?? new Error('the connection closed before the server spoke HTTP/2')));
            };
            const ok = () => {
                clearTimeout(timer);
                session.off('error', fail);
                session.off('close', fail);
                resolve();
            };
            session.once('remoteSettings', ok);
            session.once('error', fail);
            session.once('close', fail);
        }).finally(() => {
            this.settingUp = undefined;
        });
        if (this.closed) {
            session.destroy();
            throw channelClosed();
        }
        const conn = new Connection(session, this.opts.keepalive);
        session.once('close', () => {
            if (this.current === conn)
                this.current = undefined;
        });
        this.current = conn;
        return conn;
    }
    /**
     * Dials until a connection stands (backoff from 200 ms to 2 s), or rejects once `timeoutMs` passed (with the last
     * dial's failure in the message), `signal` aborted, or `maxFailures` dials failed (a dial that keeps failing the
     * same way, such as an Engine refusing the upgrade, will not heal by waiting).
     */
    async ready(timeoutMs, signal, maxFailures = Infinity) {
        const deadline = Date.now() + timeoutMs;
        let backoff = 200;
        for (let failures = 1;; failures++) {
            signal?.throwIfAborted();
            try {
                await withDeadline(this.connect(), deadline, signal);
                return;
            }
            catch (err) {
                if (signal?.aborted)
                    throw signal.reason;
                if (this.closed || failures >= maxFailures)
                    throw err;
                const left = deadline - Date.now();
                if (left <= 0)
                    throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.DEADLINE_EXCEEDED, `Failed to connect before the deadline. Last error: ${this.lastDialError?.message ?? err.message}`, { cause: err });
                await sleep(Math.min(backoff, left), signal);
                backoff = Math.min(backoff * 1.6, 2000);
            }
        }
    }
    /** A call of `path` with one request message and one response message. */
    unary(path, request, metadata = [], signal) {
        let response;
        let extra = false;
        const call = this.call(path, request, metadata, (m) => {
            if (response === undefined)
                response = m;
            else
                extra = true;
        });
        const onAbort = () => call.cancel();
        if (signal?.aborted)
            call.cancel();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
        return call.done
            .then(() => {
            if (extra)
                throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNIMPLEMENTED, 'received more than one message for a unary call');
            if (response === undefined)
                throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNIMPLEMENTED, 'received no message for a unary call');
            return response;
        })
            .finally(() => signal?.removeEventListener('abort', onAbort));
    }
    /** A call of `path` with one request message whose response messages go to `onMessage` as they come. */
    serverStream(path, request, metadata, onMessage) {
        return this.call(path, request, metadata, onMessage);
    }
    call(path, request, metadata, onMessage) {
        let cancelled = false;
        let stream;
        const done = this.connect().then((conn) => cancelled
            ? Promise.reject(cancelledStatus())
            : new Promise((resolve, reject) => {
                stream = this.start(conn, path, request, metadata, onMessage, () => cancelled, resolve, reject);
            }), (err) => Promise.reject(cancelled ? cancelledStatus() : err));
        const reviewed = done.catch((err) => {
            const review = this.opts.reviewLost;
            if (!review || !(err instanceof grpc_status/* StatusError */.Xs) || err.code !== grpc_status/* Code */.Cy.UNAVAILABLE || err.statusDetails)
                throw err;
            return review(err).then((e) => Promise.reject(e));
        });
        // A caller that cancels a call need not wait for its end: its failure is no unhandled rejection.
        reviewed.catch(() => { });
        return {
            done: reviewed,
            cancel: () => {
                if (cancelled)
                    return;
                cancelled = true;
                if (stream && !stream.destroyed)
                    stream.close(NGHTTP2_CANCEL);
            },
        };
    }
    start(conn, path, request, metadata, onMessage, isCancelled, resolve, reject) {
        const headers = requestHeaders(path, metadata);
        const decoder = new framing/* FrameDecoder */.wI(this.opts.maxReceiveMessage);
        let status; // null: OK
        let httpStatus;
        let streamError;
        let stream;
        try {
            stream = conn.session.request(headers, { endStream: false });
        }
        catch (err) {
            // the connection closed between connect() and here
            reject((0,errors/* callLost */.Bp)(err.message, err));
            return undefined;
        }
        conn.callStarted();
        stream.on('response', (h) => {
            httpStatus = h[':status'];
            if (h['grpc-status'] !== undefined)
                status = (0,grpc_status/* statusFromHeaders */.rm)(h) ?? null; // trailers-only
        });
        stream.on('data', (chunk) => {
            if (status !== undefined && status !== null)
                return;
            let messages;
            try {
                messages = decoder.push(chunk);
            }
            catch (err) {
                status = err; // compressed or too large: end the call with that status
                stream.close(NGHTTP2_CANCEL);
                return;
            }
            for (const m of messages) {
                try {
                    onMessage(m); // decodes it: a message that does not decode fails the call, not the process
                }
                catch (err) {
                    status = new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, `failed to read a response message: ${err.message}`, {
                        cause: err,
                    });
                    stream.close(NGHTTP2_CANCEL);
                    return;
                }
            }
        });
        stream.on('trailers', (h) => {
            if (status !== undefined)
                return;
            status =
                h['grpc-status'] === undefined
                    ? new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNKNOWN, 'No status received')
                    : ((0,grpc_status/* statusFromHeaders */.rm)(h) ?? null);
        });
        stream.on('error', (err) => {
            streamError = err;
        });
        stream.on('close', () => {
            conn.callEnded();
            if (status === null) {
                if (decoder.pending > 0)
                    return reject(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, 'the response ended inside a message'));
                return resolve();
            }
            if (status)
                return reject(status);
            if (isCancelled())
                return reject(cancelledStatus());
            if (httpStatus !== undefined && httpStatus !== 200)
                return reject(new grpc_status/* StatusError */.Xs(codeOfHttpStatus(httpStatus), `Received HTTP status code ${httpStatus}`));
            if (!conn.session.destroyed && !conn.session.closed) {
                // the connection stands: the server ended this stream without a status
                const rst = stream.rstCode;
                if (rst !== undefined && rst !== NGHTTP2_NO_ERROR)
                    return reject(resetStatus(rst));
                if (httpStatus !== undefined)
                    return reject(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, 'the call ended without a gRPC status'));
            }
            reject((0,errors/* callLost */.Bp)(streamError && !conn.session.destroyed ? streamError.message : 'Connection dropped', streamError));
        });
        stream.end((0,framing/* encodeFrames */.H5)([request]));
        return stream;
    }
    /** Ends the connection; calls in flight fail, and the channel makes no new ones. */
    close() {
        this.closing.abort(channelClosed());
        this.settingUp?.destroy();
        this.current?.session.destroy();
        this.current = undefined;
    }
}
/** How long a new connection may take to get the server's HTTP/2 settings (grpc's default connect timeout). */
const CONNECT_TIMEOUT_MS = 20_000;
/** `p`, or a rejection once `deadline` (ms since the epoch) passed or `signal` aborted first; `p` itself goes on. */
function withDeadline(p, deadline, signal) {
    let timer;
    let onAbort;
    const late = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('no connection yet')), Math.max(0, deadline - Date.now()));
        onAbort = () => reject(signal.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
    return Promise.race([p, late]).finally(() => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
    });
}
/** The headers that start a call of `path` with `metadata` (a name with several values repeated, once per value). */
function requestHeaders(path, metadata) {
    const headers = {
        ':method': 'POST',
        ':path': path,
        'content-type': 'application/grpc',
        te: 'trailers',
    };
    for (const [name, value] of metadata) {
        const key = name.toLowerCase();
        const prev = headers[key];
        headers[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [String(prev), value];
    }
    return headers;
}
function channelClosed() {
    return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNAVAILABLE, 'channel closed');
}
function cancelledStatus() {
    return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.CANCELLED, 'Cancelled on client');
}
/** A stream the server reset, as grpc-go reads RST_STREAM codes. */
function resetStatus(code) {
    switch (code) {
        case NGHTTP2_REFUSED_STREAM:
            return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNAVAILABLE, 'the server refused the stream');
        case NGHTTP2_CANCEL:
            return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.CANCELLED, 'the server cancelled the stream');
        case NGHTTP2_ENHANCE_YOUR_CALM:
            return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.RESOURCE_EXHAUSTED, 'the server asked to slow down (ENHANCE_YOUR_CALM)');
        case NGHTTP2_INADEQUATE_SECURITY:
            return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.PERMISSION_DENIED, 'the server found the connection insecure');
        default:
            return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, `Received RST_STREAM with code ${code}`);
    }
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(done, ms);
        function done() {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }
        function onAbort() {
            clearTimeout(timer);
            reject(signal.reason);
        }
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./lib/buildkit/proto/control.pb.js
// Code generated by scripts/gen-proto.ts from control.proto. DO NOT EDIT: change the .proto file and run
// `npm run gen:proto`. Messages in the plain-object form the registry encodes and decodes (see types.ts).
const CONTROL_SERVICE = 'moby.buildkit.v1.Control';

// EXTERNAL MODULE: ./lib/buildkit/proto/grpc-service.js
var grpc_service = __webpack_require__(2039);
// EXTERNAL MODULE: ./lib/buildkit/transport/connhelper.js + 1 modules
var connhelper = __webpack_require__(6391);
// EXTERNAL MODULE: ./lib/buildkit/transport/docker.js
var docker = __webpack_require__(2776);
// EXTERNAL MODULE: ./lib/buildkit/transport/endpoint.js
var transport_endpoint = __webpack_require__(57);
// EXTERNAL MODULE: ./lib/buildkit/transport/keepalive.js
var transport_keepalive = __webpack_require__(9304);
// EXTERNAL MODULE: ./lib/buildkit/transport/kubepod.js
var kubepod = __webpack_require__(9322);
// EXTERNAL MODULE: ./lib/buildkit/transport/kubernetes.js
var kubernetes = __webpack_require__(9676);
// EXTERNAL MODULE: ./lib/buildkit/transport/ssh.js
var ssh = __webpack_require__(1304);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/wire.js
var wire = __webpack_require__(6801);
;// CONCATENATED MODULE: ./lib/buildkit/transport/bytes-message-stream.js
/**
 * The session call's incoming side cut without joining: a stream of gRPC-framed `BytesMessage`s (`bytes data = 1`)
 * becomes the `data` bytes, handed on as slices of the chunks they arrived in. The daemon wraps the session's whole
 * HTTP/2 connection in ~32 KiB messages that reach us in 16 KiB DATA frames; cutting them with FrameDecoder and
 * decoding each with protobufjs joined every message's chunks into a new buffer, a second full copy of everything the
 * daemon sends (exports, files it asks for) on top of the one the session server's own framing makes
 * (docs/benchmarks.md). Only the few header bytes of each frame and field are looked at, one by one.
 *
 * Hand-written: protobufjs decodes whole messages only. It reads the protobuf wire format of this one message type:
 * field 1 (length-delimited) is data; any other field is skipped by its wire type, as a decoder skips unknown fields.
 * The daemon's Go code marshals exactly one field 1 (or nothing for empty data); a message carrying field 1 twice,
 * whose decoded value would be the last, never comes from it and hands on both.
 */


class BytesMessageStream {
    state = 0 /* State.Prefix */;
    prefix = Buffer.alloc(framing/* FRAME_PREFIX */.P2);
    prefixHave = 0;
    /** bytes of the current message not read yet */
    messageLeft = 0;
    /** bytes of the current field's value not read yet (Data, Skip) */
    fieldLeft = 0;
    field = 0;
    /** the varint being read (Key, Length, SkipVarint) and the shift of its next byte */
    varint = 0;
    shift = 0;
    /** The data bytes completed by `chunk`, in order (slices of it: the caller must not reuse `chunk`). */
    push(chunk) {
        const out = [];
        let at = 0;
        while (at < chunk.length) {
            switch (this.state) {
                case 0 /* State.Prefix */: {
                    const n = Math.min(framing/* FRAME_PREFIX */.P2 - this.prefixHave, chunk.length - at);
                    chunk.copy(this.prefix, this.prefixHave, at, at + n);
                    this.prefixHave += n;
                    at += n;
                    if (this.prefixHave < framing/* FRAME_PREFIX */.P2)
                        break;
                    this.prefixHave = 0;
                    if (this.prefix[0] !== 0)
                        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNIMPLEMENTED, 'compressed messages are not supported');
                    const length = this.prefix.readUInt32BE(1);
                    if (length > framing/* MAX_MESSAGE */.h2)
                        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.RESOURCE_EXHAUSTED, `message of ${length} bytes exceeds the limit of ${framing/* MAX_MESSAGE */.h2}`);
                    this.messageLeft = length;
                    if (length > 0)
                        this.startVarint(1 /* State.Key */);
                    break;
                }
                case 1 /* State.Key */:
                case 2 /* State.Length */:
                case 3 /* State.SkipVarint */: {
                    const byte = chunk[at++];
                    this.messageLeft--;
                    this.varint += (byte & 0x7f) * 2 ** this.shift;
                    this.shift += 7;
                    if (byte & 0x80) {
                        if (this.shift >= 64)
                            throw malformed('a varint longer than 10 bytes');
                        if (this.messageLeft === 0)
                            throw malformed('a varint cut by the end of the message');
                        break;
                    }
                    this.varintDone();
                    break;
                }
                case 4 /* State.Data */:
                case 5 /* State.Skip */: {
                    const n = Math.min(this.fieldLeft, chunk.length - at);
                    if (this.state === 4 /* State.Data */)
                        out.push(chunk.subarray(at, at + n));
                    at += n;
                    this.fieldLeft -= n;
                    this.messageLeft -= n;
                    if (this.fieldLeft === 0)
                        this.nextField();
                    break;
                }
            }
        }
        return out;
    }
    startVarint(state) {
        this.state = state;
        this.varint = 0;
        this.shift = 0;
    }
    varintDone() {
        const value = this.varint;
        if (this.state === 1 /* State.Key */) {
            this.field = Math.floor(value / 8);
            const wireType = value % 8;
            // every wire type has something after the key: a value, or a length (of 0 at least)
            if (this.messageLeft === 0)
                throw malformed('a field without its value');
            if (wireType === 2)
                return this.startVarint(2 /* State.Length */);
            if (wireType === 0)
                return this.startVarint(3 /* State.SkipVarint */);
            // fixed64 and fixed32: skipped like bytes of a known length
            if (wireType === 1 || wireType === 5)
                return this.startField(5 /* State.Skip */, wireType === 1 ? 8 : 4);
            throw malformed(`wire type ${wireType}`);
        }
        if (this.state === 2 /* State.Length */)
            return this.startField(this.field === 1 ? 4 /* State.Data */ : 5 /* State.Skip */, value);
        this.nextField(); // a skipped varint's value
    }
    startField(state, length) {
        if (length > this.messageLeft)
            throw malformed('a field longer than its message');
        this.state = state;
        this.fieldLeft = length;
        if (length === 0)
            this.nextField();
    }
    nextField() {
        if (this.messageLeft === 0)
            this.state = 0 /* State.Prefix */;
        else
            this.startVarint(1 /* State.Key */);
    }
}
function malformed(what) {
    return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, `malformed BytesMessage: ${what}`);
}

;// CONCATENATED MODULE: ./lib/buildkit/transport/tunnel.js
/**
 * The byte pipe a session runs over. BuildKit's session protocol puts a whole HTTP/2 connection (daemon = client)
 * inside a `Control.Session` bidi call, made with node:http2 on a connection of its own where the transport gives us
 * a socket, or on the channel's connection (dial-stdio, where each connection runs a command). The gRPC of the call
 * (framing, statuses, a call lost without one) is grpc/'s, shared with the session's server and the channel.
 */








/**
 * A `Control.Session` call made with `node:http2`, seen as a byte stream: every BytesMessage received is the next
 * chunk, every chunk written becomes one BytesMessage; ending the writable side half-closes the call (EOF for the
 * daemon), the daemon ending the call is EOF here. Chunk boundaries mean nothing (moby/buildkit session/grpchijack does
 * the same in Go). It runs on a connection of its own (a unix or TCP socket to buildkitd, a `POST /grpc` upgrade to
 * dockerd), or on a connection it shares (the channel's, passed as a session, which it leaves open when it ends).
 * Written for the bytes a session carries: everything the session server wrote since the last write goes out as one
 * HTTP/2 write of BytesMessages framed back to back, where grpc-js made a message, a write and an event-loop turn of
 * each chunk (a cold 231 MB context cost ~2 s more client CPU through grpc-js and the docker:// bridge than this). The
 * daemon forgets the session as soon as the call ends (control.Session: the stream's end cancels it), unlike dockerd's
 * `POST /session`, which keeps it until health checks fail, up to 10 s later (session/grpc.go monitorHealth) \u2014 and
 * directory sessions reuse their id from one run to the next (solve/run/session-ids.ts).
 */
class H2CallTunnel extends external_node_stream_.Duplex {
    session;
    /** The connection is the channel's: other calls use it too, so the tunnel's end leaves it open. */
    shared;
    stream;
    decoder = new BytesMessageStream();
    response;
    /** The daemon ended the call (its trailers came). */
    ended = false;
    /** Bytes received on the call, counted up to BULK_BYTES. */
    received = 0;
    constructor(connection, headers, authority = 'http://localhost') {
        super({ allowHalfOpen: true });
        this.shared = !(connection instanceof external_node_stream_.Duplex);
        this.session =
            connection instanceof external_node_stream_.Duplex ? external_node_http2_.connect(authority, { createConnection: () => connection }) : connection;
        // The connection going away without the call's trailers is the daemon gone, told as a lost call (UNAVAILABLE), so
        // that a build reports the daemon, not just the session (solve/run/target-errors.ts).
        const onSessionError = (err) => this.destroy(this.ended ? err : (0,errors/* callLost */.Bp)(err.message, err));
        const onSessionClose = () => this.destroy(this.ended ? undefined : (0,errors/* callLost */.Bp)('connection closed'));
        this.session.on('error', onSessionError);
        this.session.on('close', onSessionClose);
        this.once('close', () => {
            this.session.off('error', onSessionError);
            this.session.off('close', onSessionClose);
        });
        this.stream = this.session.request(requestHeaders(SESSION_METHOD_PATH, headers));
        this.response = new Promise((resolve, reject) => {
            this.stream.once('response', (h) => {
                // A refusal comes as a trailers-only response: its status in these headers.
                const refused = (0,grpc_status/* statusFromHeaders */.rm)(h);
                if (h[':status'] !== 200)
                    reject(new Error(`HTTP status ${h[':status']}`));
                else if (refused)
                    reject(refused);
                else
                    resolve();
            });
            this.stream.once('close', () => reject(new Error('the session call ended before the daemon accepted it')));
        });
        this.response.catch(() => { });
        this.stream.on('data', (chunk) => {
            let data;
            try {
                data = this.decoder.push(chunk); // slices of chunk, not copies (bytes-message-stream.ts)
                if (this.received < BULK_BYTES && (this.received += chunk.length) >= BULK_BYTES)
                    this.widenWindows();
            }
            catch (err) {
                this.destroy(new Error('malformed message on the session call', { cause: err }));
                return;
            }
            for (const d of data)
                if (!this.push(d))
                    this.stream.pause();
        });
        this.stream.on('trailers', (h) => {
            this.ended = true;
            const failed = (0,grpc_status/* statusFromHeaders */.rm)(h);
            // CANCELLED is how our own destroy ends it
            if (failed && failed.code !== grpc_status/* Code */.Cy.CANCELLED)
                this.destroy(failed);
        });
        this.stream.on('end', () => this.push(null));
        this.stream.on('error', (err) => this.destroy(this.ended ? err : (0,errors/* callLost */.Bp)(err.message, err)));
        this.stream.on('close', () => {
            this.push(null);
            if (!this.shared)
                this.session.close();
            // The call is over: nothing more can be written. Unless we ended it first, that is the session lost.
            if (!this.writableFinished)
                this.destroy(this.ended ? undefined : (0,errors/* callLost */.Bp)('the session call was reset'));
        });
    }
    /** The call carries a bulk transfer: let the daemon send further ahead (BULK_BYTES). */
    widenWindows() {
        try {
            this.session.setLocalWindowSize(BULK_CONNECTION_WINDOW);
            // a new initial window applies to the open stream too (RFC 9113 6.9.2)
            this.session.settings({ initialWindowSize: BULK_STREAM_WINDOW });
        }
        catch {
            /* the connection is closing: nothing to widen */
        }
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
        // Each chunk one BytesMessage: gRPC prefix, then its one field (1: data).
        let size = 0;
        for (const { chunk } of chunks)
            size += framing/* FRAME_PREFIX */.P2 + (0,wire/* lengthDelimitedSize */.nD)(chunk.length);
        const out = Buffer.allocUnsafe(size);
        let at = 0;
        for (const { chunk } of chunks) {
            at = (0,framing/* writeFramePrefix */.lk)(out, at, (0,wire/* lengthDelimitedSize */.nD)(chunk.length));
            at = (0,wire/* writeLengthPrefix */._W)(out, at, 0x0a, chunk.length);
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
        if (!this.shared && !this.session.destroyed)
            this.session.destroy();
        cb(err);
    }
}
const SESSION_METHOD_PATH = '/moby.buildkit.v1.Control/Session';
/**
 * What the daemon may send ahead on the tunnel's call, and on its connection, once the call has carried BULK_BYTES
 * (HTTP/2 starts both at 64 KiB). Node acknowledges received data with a WINDOW_UPDATE once half a window has been
 * read, so at 64 KiB a bulk export (the daemon writing into the tunnel) costs a 26-byte write (two WINDOW_UPDATE
 * frames) per 32 KiB: 3,168 of them for a 100 MB local export, each read and answered by the daemon. At 1 MiB
 * (docs/benchmarks.md, eighth round; Node 24, buildkitd, 6 pairs): 100 MB export 1.21 -> 0.96 s wall, the daemon's
 * CPU 0.59 -> 0.39 s (buildx: 0.36 s); a larger window bought nothing more. Widened from the start, every window size
 * tried (256 KiB to 1 MiB) also raised the cached fan-out's peak RSS by 4 MB (92 -> 96 MB, 10 pairs) for no change in
 * its wall time (twelve exports of ~2 MB each), so a call's windows widen only once it has shown itself a bulk
 * transfer.
 */
const BULK_BYTES = 4 * 1024 * 1024;
const BULK_STREAM_WINDOW = 1024 * 1024;
const BULK_CONNECTION_WINDOW = 4 * 1024 * 1024;

;// CONCATENATED MODULE: ./lib/buildkit/transport/connect.js
/**
 * Opens a gRPC channel (grpc/client.ts) to BuildKit for any Endpoint, plus the session tunnel that goes with it:
 *
 *   unix / tcp(+TLS)      the channel dials the daemon; sessions ride a `Control.Session` call on a connection of
 *                         their own
 *   docker://             the channel's connections are `POST /grpc` upgrades; sessions use `POST /session`, except
 *                         those whose id a later run may take at once (an unchanged directory's state seen before,
 *                         solve/run/session-ids.ts): `Control.Session` on a `POST /grpc` connection of their own,
 *                         which dockerd forgets as soon as it ends
 *   docker-container://,  a private bridge runs a command whose stdio is a connection (connhelper.ts) per
 *   ssh://, kube-pod://,  connection: `docker exec -i NAME buildctl dial-stdio`, `ssh \u2026 HOST buildctl dial-stdio`,
 *   kubernetes builders   `kubectl \u2026 exec -i POD -- buildctl dial-stdio` (a kubernetes builder's pod is looked up
 *                         first, kubernetes.ts); sessions ride `Control.Session` on the channel's connection
 */













const MiB = 1024 * 1024;
/** connect() could not reach the daemon (or not even set up the means to): the message says which, and why. */
class ConnectError extends Error {
    name = 'ConnectError';
}
/** The largest response accepted: responses (ReadFile, Status batches) can exceed grpc's 4 MiB default. */
const MAX_RECEIVE_MESSAGE = 64 * MiB;
/** Connect to `endpoint` and wait (bounded) until the channel is ready. */
async function connect(endpoint, opts = {}) {
    const description = (0,transport_endpoint.describeEndpoint)(endpoint);
    // The daemon-running hint only fits when nothing answered; a TLS rejection means something did, and a failed
    // dial-stdio command says itself what went wrong (a login refused, a pod missing).
    const unreachable = (why, cause) => new ConnectError(`cannot reach BuildKit at ${description}: ${why}${why.startsWith('TLS:') || cause instanceof connhelper/* StdioCommandError */.zy ? '' : '. Is the daemon running?'}`, { cause });
    opts.signal?.throwIfAborted();
    const keepalive = opts.keepalive ?? (0,transport_keepalive/* keepaliveSettings */.O2)(process.env);
    let transport;
    try {
        transport = await makeTransport(endpoint, keepalive, opts.signal);
    }
    catch (err) {
        if (opts.signal?.aborted)
            throw opts.signal.reason ?? err;
        // Local setup (TLS files, the bridge socket, a kubernetes builder's pod): the daemon was not even tried, so don't
        // blame it.
        throw new ConnectError(`cannot connect to BuildKit at ${description}: ${err.message}`, { cause: err });
    }
    // One channel for every call (Control here, LLBBridge and Content in client.ts), with its keepalive, and a second
    // look at calls whose connection dropped (keepalive.ts).
    const channel = new Channel({
        dial: transport.dial,
        authority: transport.authority,
        keepalive,
        maxReceiveMessage: MAX_RECEIVE_MESSAGE,
        reviewLost: (0,transport_keepalive/* reviewUnresponsive */.AV)({ description, settings: keepalive, open: () => transport.dialProbe() }),
    });
    const control = new grpc_service/* ServiceClient */.Nl(channel, CONTROL_SERVICE);
    const tunnels = new Set();
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        for (const t of tunnels)
            t.destroy();
        tunnels.clear();
        channel.close();
        await transport.bridge?.close();
    };
    const readyTimeoutMs = opts.readyTimeoutMs ?? READY_TIMEOUT_MS[endpoint.kind] ?? 5_000;
    try {
        await Promise.race([
            channel.ready(readyTimeoutMs, opts.signal, transport.maxDialFailures),
            // Three failed runs of a bridge's command (a container missing, a login refused) will not heal by waiting.
            transport.bridge?.failedTimes(3).then((err) => Promise.reject(err)) ?? new Promise(() => { }),
        ]);
    }
    catch (err) {
        const aborted = opts.signal?.aborted;
        const why = aborted
            ? undefined
            : ((await transport.diagnose().catch(() => undefined)) ?? transport.bridge?.lastError?.message);
        await close();
        if (aborted)
            throw opts.signal.reason ?? err;
        // the command's own error when it is what failed, so that its stderr is at hand (StdioCommandError)
        const lastError = transport.bridge?.lastError;
        throw unreachable(why ?? err.message, lastError && why === lastError.message ? lastError : err);
    }
    const openSessionTunnel = async (headers, tunnelOpts = {}) => {
        if (closed)
            throw new Error(`connection to ${description} is closed`);
        if (transport.openRawSession && !tunnelOpts.idReused)
            return tracked(await transport.openRawSession(headers));
        let tunnel;
        if (transport.dialSession) {
            const socket = await transport.dialSession().catch((err) => {
                throw new Error(`cannot open a session connection to ${description}: ${err.message}`, { cause: err });
            });
            tunnel = new H2CallTunnel(socket, headers);
        }
        else {
            tunnel = new H2CallTunnel(await channel.connection(), headers);
        }
        try {
            await tunnel.accepted(15_000);
        }
        catch (err) {
            tunnel.destroy();
            throw new Error(`BuildKit at ${description} did not accept the session: ${err.message}`, {
                cause: err,
            });
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
        keepalive,
        control: () => control,
        openSessionTunnel,
        sessionLingerMs: transport.openRawSession ? RAW_SESSION_LINGER_MS : 0,
        close,
    };
}
/** Two 5 s health-check ticks after the end of a `POST /session` session, and a margin for a loaded daemon. */
const RAW_SESSION_LINGER_MS = 15_000;
/** Endpoints that start a process per connection wait longer by default (ConnectOptions.readyTimeoutMs). */
const READY_TIMEOUT_MS = {
    'docker-container': 10_000,
    ssh: 15_000,
    'kube-pod': 15_000,
    kubernetes: 15_000,
};
async function makeTransport(endpoint, keepalive, signal) {
    switch (endpoint.kind) {
        case 'unix': {
            const dialSession = (signal) => dial(() => external_node_net_.connect({ path: endpoint.path }), 'connect', signal);
            return {
                dial: dialSession,
                authority: 'localhost',
                dialSession,
                diagnose: () => probe(() => external_node_net_.connect({ path: endpoint.path })),
                dialProbe: dialSession,
            };
        }
        case 'tcp': {
            const hostPort = endpoint.host.includes(':')
                ? `[${endpoint.host}]:${endpoint.port}`
                : `${endpoint.host}:${endpoint.port}`;
            const files = endpoint.tls;
            if (!files) {
                const dialSession = (signal) => dial(() => (0,transport_keepalive/* tcpKeepalive */.sw)(external_node_net_.connect({ host: endpoint.host, port: endpoint.port }).setNoDelay(true), keepalive), 'connect', signal);
                return {
                    dial: dialSession,
                    authority: hostPort,
                    dialSession,
                    diagnose: () => probe(() => external_node_net_.connect({ host: endpoint.host, port: endpoint.port })),
                    dialProbe: dialSession,
                };
            }
            // read now, so that a missing or unreadable file is a setup error, not a dial that keeps failing
            const tlsOptions = { ...(0,docker/* tlsConnectOptions */.WZ)(endpoint.host, endpoint.port, files), ALPNProtocols: ['h2'] };
            const dialTls = (signal) => dial(() => (0,transport_keepalive/* tcpKeepalive */.sw)(external_node_tls_.connect(tlsOptions), keepalive), 'secureConnect', signal);
            return {
                dial: dialTls,
                authority: files.serverName ?? hostPort,
                dialSession: dialTls,
                dialProbe: () => dial(() => external_node_tls_.connect(tlsOptions), 'secureConnect'),
                // A TLS handshake of our own tells "wrong CA" / "certificate required" apart from "nothing listening".
                diagnose: () => probe(() => external_node_tls_.connect(tlsOptions), 'secureConnect'),
            };
        }
        case 'docker': {
            const engine = endpoint.engine;
            return {
                dial: (signal) => (0,docker/* dockerUpgrade */.lt)(engine, '/grpc', [], { signal }),
                authority: 'localhost',
                maxDialFailures: 3,
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
                    return undefined;
                },
            };
        }
        case 'docker-container':
            return commandTransport({ command: 'docker', args: (0,docker/* dialStdioArgs */.zR)(endpoint.container, endpoint.docker) });
        case 'ssh':
            return commandTransport((0,ssh/* sshCommand */.o6)(endpoint));
        case 'kube-pod':
            return commandTransport((0,kubepod/* kubePodCommand */.iS)(endpoint));
        case 'kubernetes':
            return commandTransport((0,kubepod/* kubePodCommand */.iS)(await (0,kubernetes/* resolveKubernetesPod */.iR)(endpoint, { signal })));
    }
}
/** A command whose stdio is a connection (connhelper.ts), run per connection behind a private bridge. */
async function commandTransport(cmd) {
    const bridge = await (0,connhelper/* startCommandBridge */.x_)(cmd);
    return {
        dial: (signal) => dial(() => external_node_net_.connect({ path: bridge.socketPath }), 'connect', signal),
        authority: 'localhost',
        bridge,
        diagnose: () => Promise.resolve(bridge.lastError?.message),
        // through the bridge: one more run of the command, to the daemon behind it
        dialProbe: () => dial(() => external_node_net_.connect({ path: bridge.socketPath })),
    };
}
/** Resolves with the socket `open` makes once it is connected (`readyEvent`), rejects with its error or after
 * `timeoutMs` (the channel's own connection worked moments ago, so this is quick unless the network failed since). */
function dial(open, readyEvent = 'connect', signal, timeoutMs = 15_000) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const socket = open();
        const timer = setTimeout(() => socket.destroy(new Error(`no connection within ${timeoutMs} ms`)), timeoutMs);
        const onAbort = () => socket.destroy(signal.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        const settle = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        };
        socket.once(readyEvent, () => {
            settle();
            socket.off('error', onError);
            resolve(socket);
        });
        const onError = (err) => {
            settle();
            reject(err);
        };
        socket.once('error', onError);
    });
}
/**
 * Connects once (outside the channel) to learn why the daemon is unreachable; undefined when the connection works.
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

/***/ 2776:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WZ: () => (/* binding */ tlsConnectOptions),
/* harmony export */   lt: () => (/* binding */ dockerUpgrade),
/* harmony export */   xn: () => (/* binding */ connectEngine),
/* harmony export */   zR: () => (/* binding */ dialStdioArgs)
/* harmony export */ });
/* unused harmony exports DockerUpgradeError, readTlsFile */
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


/***/ })

};
