"use strict"; exports.id = 263;
exports.ids = [263, 776, 395];
exports.modules = {
  /***/
  4263: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        ConnectError: () => (
          /* binding */
          ConnectError
        ),
        MAX_RECEIVE_MESSAGE: () => (
          /* binding */
          MAX_RECEIVE_MESSAGE
        ),
        connect: () => (
          /* binding */
          connect
        )
      });
      var external_node_net_ = __webpack_require__(7030);
      var external_node_tls_ = __webpack_require__(1692);
      var external_node_http2_ = __webpack_require__(2467);
      var errors = __webpack_require__(8791);
      var framing = __webpack_require__(1155);
      var grpc_status = __webpack_require__(9499);
      ;
      const { NGHTTP2_NO_ERROR, NGHTTP2_CANCEL, NGHTTP2_REFUSED_STREAM, NGHTTP2_ENHANCE_YOUR_CALM, NGHTTP2_INADEQUATE_SECURITY } = external_node_http2_.constants;
      function codeOfHttpStatus(status) {
        switch (status) {
          case 400:
            return grpc_status.Cy.INTERNAL;
          case 401:
            return grpc_status.Cy.UNAUTHENTICATED;
          case 403:
            return grpc_status.Cy.PERMISSION_DENIED;
          case 404:
            return grpc_status.Cy.UNIMPLEMENTED;
          case 429:
          case 502:
          case 503:
          case 504:
            return grpc_status.Cy.UNAVAILABLE;
          default:
            return grpc_status.Cy.UNKNOWN;
        }
      }
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
          session.unref();
          session.on("goaway", () => {
            this.goingAway = true;
          });
          session.on("close", () => clearTimeout(this.pingTimer));
          session.on("error", () => {
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
            this.pingTimer = void 0;
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
            const timeout = setTimeout(() => this.session.destroy(new Error("keepalive ping unanswered")), this.keepalive.timeoutMs);
            try {
              this.session.ping((err) => {
                clearTimeout(timeout);
                if (!err && this.calls > 0)
                  this.schedulePing();
              });
            } catch {
              clearTimeout(timeout);
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
          return new grpc_status.Xs(grpc_status.Cy.UNAVAILABLE, `No connection established. Last error: ${why.message}`, { cause: why });
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
            this.dialing = void 0;
          });
          return this.dialing;
        }
        async dial() {
          let socket;
          try {
            socket = await this.opts.dial(this.closing.signal);
          } catch (err) {
            throw this.dialFailed(err);
          }
          if (this.closed) {
            socket.destroy();
            throw channelClosed();
          }
          const session = external_node_http2_.connect(`http://${this.opts.authority ?? "localhost"}`, {
            createConnection: () => socket,
            settings: { enablePush: false },
            // Node refuses new streams once a session's buffered data passes maxSessionMemory (10 MB by default), which a
            // large Solve request or ReadFile answer beside a build's status streams can reach; grpc-js lifts the limit too.
            maxSessionMemory: Number.MAX_SAFE_INTEGER,
            maxSendHeaderBlockLength: Number.MAX_SAFE_INTEGER
          });
          this.settingUp = session;
          await new Promise((resolve, reject) => {
            const timer = setTimeout(() => fail(new Error(`no HTTP/2 settings from the server within ${CONNECT_TIMEOUT_MS / 1e3} s`)), CONNECT_TIMEOUT_MS);
            const fail = (err) => {
              clearTimeout(timer);
              session.off("remoteSettings", ok);
              session.destroy();
              reject(this.dialFailed(err ?? new Error("the connection closed before the server spoke HTTP/2")));
            };
            const ok = () => {
              clearTimeout(timer);
              session.off("error", fail);
              session.off("close", fail);
              resolve();
            };
            session.once("remoteSettings", ok);
            session.once("error", fail);
            session.once("close", fail);
          }).finally(() => {
            this.settingUp = void 0;
          });
          if (this.closed) {
            session.destroy();
            throw channelClosed();
          }
          const conn = new Connection(session, this.opts.keepalive);
          session.once("close", () => {
            if (this.current === conn)
              this.current = void 0;
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
          for (let failures = 1; ; failures++) {
            signal?.throwIfAborted();
            try {
              await withDeadline(this.connect(), deadline, signal);
              return;
            } catch (err) {
              if (signal?.aborted)
                throw signal.reason;
              if (this.closed || failures >= maxFailures)
                throw err;
              const left = deadline - Date.now();
              if (left <= 0)
                throw new grpc_status.Xs(grpc_status.Cy.DEADLINE_EXCEEDED, `Failed to connect before the deadline. Last error: ${this.lastDialError?.message ?? err.message}`, { cause: err });
              await sleep(Math.min(backoff, left), signal);
              backoff = Math.min(backoff * 1.6, 2e3);
            }
          }
        }
        /** A call of `path` with one request message and one response message. */
        unary(path, request, metadata = [], signal) {
          let response;
          let extra = false;
          const call = this.call(path, request, metadata, (m) => {
            if (response === void 0)
              response = m;
            else
              extra = true;
          });
          const onAbort = () => call.cancel();
          if (signal?.aborted)
            call.cancel();
          else
            signal?.addEventListener("abort", onAbort, { once: true });
          return call.done.then(() => {
            if (extra)
              throw new grpc_status.Xs(grpc_status.Cy.UNIMPLEMENTED, "received more than one message for a unary call");
            if (response === void 0)
              throw new grpc_status.Xs(grpc_status.Cy.UNIMPLEMENTED, "received no message for a unary call");
            return response;
          }).finally(() => signal?.removeEventListener("abort", onAbort));
        }
        /** A call of `path` with one request message whose response messages go to `onMessage` as they come. */
        serverStream(path, request, metadata, onMessage) {
          return this.call(path, request, metadata, onMessage);
        }
        call(path, request, metadata, onMessage) {
          let cancelled = false;
          let stream;
          const done = this.connect().then((conn) => cancelled ? Promise.reject(cancelledStatus()) : new Promise((resolve, reject) => {
            stream = this.start(conn, path, request, metadata, onMessage, () => cancelled, resolve, reject);
          }), (err) => Promise.reject(cancelled ? cancelledStatus() : err));
          const reviewed = done.catch((err) => {
            const review = this.opts.reviewLost;
            if (!review || !(err instanceof grpc_status.Xs) || err.code !== grpc_status.Cy.UNAVAILABLE || err.statusDetails)
              throw err;
            return review(err).then((e) => Promise.reject(e));
          });
          reviewed.catch(() => {
          });
          return {
            done: reviewed,
            cancel: () => {
              if (cancelled)
                return;
              cancelled = true;
              if (stream && !stream.destroyed)
                stream.close(NGHTTP2_CANCEL);
            }
          };
        }
        start(conn, path, request, metadata, onMessage, isCancelled, resolve, reject) {
          const headers = requestHeaders(path, metadata);
          const decoder = new framing.wI(this.opts.maxReceiveMessage);
          let status;
          let httpStatus;
          let streamError;
          let stream;
          try {
            stream = conn.session.request(headers, { endStream: false });
          } catch (err) {
            reject((0, errors.Bp)(err.message, err));
            return void 0;
          }
          conn.callStarted();
          stream.on("response", (h) => {
            httpStatus = h[":status"];
            if (h["grpc-status"] !== void 0)
              status = (0, grpc_status.rm)(h) ?? null;
          });
          stream.on("data", (chunk) => {
            if (status !== void 0 && status !== null)
              return;
            let messages;
            try {
              messages = decoder.push(chunk);
            } catch (err) {
              status = err;
              stream.close(NGHTTP2_CANCEL);
              return;
            }
            for (const m of messages) {
              try {
                onMessage(m);
              } catch (err) {
                status = new grpc_status.Xs(grpc_status.Cy.INTERNAL, `failed to read a response message: ${err.message}`, {
                  cause: err
                });
                stream.close(NGHTTP2_CANCEL);
                return;
              }
            }
          });
          stream.on("trailers", (h) => {
            if (status !== void 0)
              return;
            status = h["grpc-status"] === void 0 ? new grpc_status.Xs(grpc_status.Cy.UNKNOWN, "No status received") : (0, grpc_status.rm)(h) ?? null;
          });
          stream.on("error", (err) => {
            streamError = err;
          });
          stream.on("close", () => {
            conn.callEnded();
            if (status === null) {
              if (decoder.pending > 0)
                return reject(new grpc_status.Xs(grpc_status.Cy.INTERNAL, "the response ended inside a message"));
              return resolve();
            }
            if (status)
              return reject(status);
            if (isCancelled())
              return reject(cancelledStatus());
            if (httpStatus !== void 0 && httpStatus !== 200)
              return reject(new grpc_status.Xs(codeOfHttpStatus(httpStatus), `Received HTTP status code ${httpStatus}`));
            if (!conn.session.destroyed && !conn.session.closed) {
              const rst = stream.rstCode;
              if (rst !== void 0 && rst !== NGHTTP2_NO_ERROR)
                return reject(resetStatus(rst));
              if (httpStatus !== void 0)
                return reject(new grpc_status.Xs(grpc_status.Cy.INTERNAL, "the call ended without a gRPC status"));
            }
            reject((0, errors.Bp)(streamError && !conn.session.destroyed ? streamError.message : "Connection dropped", streamError));
          });
          stream.end((0, framing.H5)([request]));
          return stream;
        }
        /** Ends the connection; calls in flight fail, and the channel makes no new ones. */
        close() {
          this.closing.abort(channelClosed());
          this.settingUp?.destroy();
          this.current?.session.destroy();
          this.current = void 0;
        }
      }
      const CONNECT_TIMEOUT_MS = 2e4;
      function withDeadline(p, deadline, signal) {
        let timer;
        let onAbort;
        const late = new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error("no connection yet")), Math.max(0, deadline - Date.now()));
          onAbort = () => reject(signal.reason);
          signal?.addEventListener("abort", onAbort, { once: true });
        });
        return Promise.race([p, late]).finally(() => {
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
        });
      }
      function requestHeaders(path, metadata) {
        const headers = {
          ":method": "POST",
          ":path": path,
          "content-type": "application/grpc",
          te: "trailers"
        };
        for (const [name, value] of metadata) {
          const key = name.toLowerCase();
          const prev = headers[key];
          headers[key] = prev === void 0 ? value : Array.isArray(prev) ? [...prev, value] : [String(prev), value];
        }
        return headers;
      }
      function channelClosed() {
        return new grpc_status.Xs(grpc_status.Cy.UNAVAILABLE, "channel closed");
      }
      function cancelledStatus() {
        return new grpc_status.Xs(grpc_status.Cy.CANCELLED, "Cancelled on client");
      }
      function resetStatus(code) {
        switch (code) {
          case NGHTTP2_REFUSED_STREAM:
            return new grpc_status.Xs(grpc_status.Cy.UNAVAILABLE, "the server refused the stream");
          case NGHTTP2_CANCEL:
            return new grpc_status.Xs(grpc_status.Cy.CANCELLED, "the server cancelled the stream");
          case NGHTTP2_ENHANCE_YOUR_CALM:
            return new grpc_status.Xs(grpc_status.Cy.RESOURCE_EXHAUSTED, "the server asked to slow down (ENHANCE_YOUR_CALM)");
          case NGHTTP2_INADEQUATE_SECURITY:
            return new grpc_status.Xs(grpc_status.Cy.PERMISSION_DENIED, "the server found the connection insecure");
          default:
            return new grpc_status.Xs(grpc_status.Cy.INTERNAL, `Received RST_STREAM with code ${code}`);
        }
      }
      function sleep(ms, signal) {
        return new Promise((resolve, reject) => {
          const timer = setTimeout(done, ms);
          function done() {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          }
          function onAbort() {
            clearTimeout(timer);
            reject(signal.reason);
          }
          signal?.addEventListener("abort", onAbort, { once: true });
        });
      }
      ;
      const CONTROL_SERVICE = "moby.buildkit.v1.Control";
      var grpc_service = __webpack_require__(2039);
      var connhelper = __webpack_require__(6391);
      var docker = __webpack_require__(2776);
      var transport_endpoint = __webpack_require__(57);
      var transport_keepalive = __webpack_require__(9304);
      var kubepod = __webpack_require__(9322);
      var kubernetes = __webpack_require__(9676);
      var ssh = __webpack_require__(1304);
      var external_node_stream_ = __webpack_require__(7075);
      var wire = __webpack_require__(6801);
      ;
      class BytesMessageStream {
        state = 0;
        prefix = Buffer.alloc(framing.P2);
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
              case 0: {
                const n = Math.min(framing.P2 - this.prefixHave, chunk.length - at);
                chunk.copy(this.prefix, this.prefixHave, at, at + n);
                this.prefixHave += n;
                at += n;
                if (this.prefixHave < framing.P2)
                  break;
                this.prefixHave = 0;
                if (this.prefix[0] !== 0)
                  throw new grpc_status.Xs(grpc_status.Cy.UNIMPLEMENTED, "compressed messages are not supported");
                const length = this.prefix.readUInt32BE(1);
                if (length > framing.h2)
                  throw new grpc_status.Xs(grpc_status.Cy.RESOURCE_EXHAUSTED, `message of ${length} bytes exceeds the limit of ${framing.h2}`);
                this.messageLeft = length;
                if (length > 0)
                  this.startVarint(
                    1
                    /* State.Key */
                  );
                break;
              }
              case 1:
              case 2:
              case 3: {
                const byte = chunk[at++];
                this.messageLeft--;
                this.varint += (byte & 127) * 2 ** this.shift;
                this.shift += 7;
                if (byte & 128) {
                  if (this.shift >= 64)
                    throw malformed("a varint longer than 10 bytes");
                  if (this.messageLeft === 0)
                    throw malformed("a varint cut by the end of the message");
                  break;
                }
                this.varintDone();
                break;
              }
              case 4:
              case 5: {
                const n = Math.min(this.fieldLeft, chunk.length - at);
                if (this.state === 4)
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
          if (this.state === 1) {
            this.field = Math.floor(value / 8);
            const wireType = value % 8;
            if (this.messageLeft === 0)
              throw malformed("a field without its value");
            if (wireType === 2)
              return this.startVarint(
                2
                /* State.Length */
              );
            if (wireType === 0)
              return this.startVarint(
                3
                /* State.SkipVarint */
              );
            if (wireType === 1 || wireType === 5)
              return this.startField(5, wireType === 1 ? 8 : 4);
            throw malformed(`wire type ${wireType}`);
          }
          if (this.state === 2)
            return this.startField(this.field === 1 ? 4 : 5, value);
          this.nextField();
        }
        startField(state, length) {
          if (length > this.messageLeft)
            throw malformed("a field longer than its message");
          this.state = state;
          this.fieldLeft = length;
          if (length === 0)
            this.nextField();
        }
        nextField() {
          if (this.messageLeft === 0)
            this.state = 0;
          else
            this.startVarint(
              1
              /* State.Key */
            );
        }
      }
      function malformed(what) {
        return new grpc_status.Xs(grpc_status.Cy.INTERNAL, `malformed BytesMessage: ${what}`);
      }
      ;
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
        /** Data decoded since the last hand-on, in order (handOn). */
        pending = [];
        handOnScheduled;
        constructor(connection, headers, authority = "http://localhost") {
          super({ allowHalfOpen: true });
          this.shared = !(connection instanceof external_node_stream_.Duplex);
          this.session = connection instanceof external_node_stream_.Duplex ? external_node_http2_.connect(authority, { createConnection: () => connection }) : connection;
          const onSessionError = (err) => this.destroy(this.ended ? err : (0, errors.Bp)(err.message, err));
          const onSessionClose = () => this.destroy(this.ended ? void 0 : (0, errors.Bp)("connection closed"));
          this.session.on("error", onSessionError);
          this.session.on("close", onSessionClose);
          this.once("close", () => {
            this.session.off("error", onSessionError);
            this.session.off("close", onSessionClose);
          });
          this.stream = this.session.request(requestHeaders(SESSION_METHOD_PATH, headers));
          this.response = new Promise((resolve, reject) => {
            this.stream.once("response", (h) => {
              const refused = (0, grpc_status.rm)(h);
              if (h[":status"] !== 200)
                reject(new Error(`HTTP status ${h[":status"]}`));
              else if (refused)
                reject(refused);
              else
                resolve();
            });
            this.stream.once("close", () => reject(new Error("the session call ended before the daemon accepted it")));
          });
          this.response.catch(() => {
          });
          this.stream.on("data", (chunk) => {
            let data;
            try {
              data = this.decoder.push(chunk);
              if (this.received < BULK_BYTES && (this.received += chunk.length) >= BULK_BYTES)
                this.widenWindows();
            } catch (err) {
              this.destroy(new Error("malformed message on the session call", { cause: err }));
              return;
            }
            if (data.length === 0)
              return;
            for (const d of data)
              this.pending.push(d);
            this.handOnScheduled ??= setImmediate(this.handOn);
          });
          this.stream.on("trailers", (h) => {
            this.ended = true;
            const failed = (0, grpc_status.rm)(h);
            if (failed && failed.code !== grpc_status.Cy.CANCELLED)
              this.destroy(failed);
          });
          this.stream.on("end", () => {
            this.handOn();
            this.push(null);
          });
          this.stream.on("error", (err) => this.destroy(this.ended ? err : (0, errors.Bp)(err.message, err)));
          this.stream.on("close", () => {
            this.handOn();
            this.push(null);
            if (!this.shared)
              this.session.close();
            if (!this.writableFinished)
              this.destroy(this.ended ? void 0 : (0, errors.Bp)("the session call was reset"));
          });
        }
        /**
         * Hands on what the call's DATA frames brought since the last time, as one chunk. The daemon's session rides in
         * ~16 KiB messages whose gRPC framing straddles the call's 16 KiB DATA frames (grpc-go writes no larger ones), so a
         * bulk export arrived as a 16,376-byte slice and a 17-byte one per message, each a push through this stream's and
         * the session connection's (JSStreamSocket's) readable machinery, and a read of its own by the session's HTTP/2
         * parser. Node emits every DATA frame of one socket read before the event loop moves on, but runs its nextTick queue
         * between them, so the hand-on waits for the loop's check phase (setImmediate): one push per turn of the loop, ~3
         * slices each. The join copies what it hands on once; what waits is what the daemon sent within one turn. The cached
         * fan-out: 2,339 pushes -> 800; in three A/B sittings (14\u201324 pairs) wall -17 to -56 ms and client CPU -7 to -24 ms
         * (docs/benchmarks.md, "Twenty-eighth round").
         *
         * Once the reader is known to copy (readerCopiesChunks), the join goes into a buffer kept for the next one whenever
         * the chunk is taken at once. A new buffer per join was ~24 MB of fresh memory per cached fan-out, and the kernel
         * faulting its pages in: 17 ms of the main thread in `Buffer.concat` (docs/benchmarks.md, "Thirty-first round").
         */
        handOn = () => {
          if (this.handOnScheduled)
            clearImmediate(this.handOnScheduled);
          this.handOnScheduled = void 0;
          const pending = this.pending;
          if (pending.length === 0 || this.destroyed)
            return;
          this.pending = [];
          const reuse = pending.length > 1 && this.readerCopies;
          const chunk = pending.length === 1 ? pending[0] : reuse ? this.join(pending) : Buffer.concat(pending);
          const more = this.push(chunk);
          if (reuse && this.readableLength > 0)
            this.joinBuffer = void 0;
          if (!more)
            this.stream.pause();
        };
        /** `pending` joined in joinBuffer (grown to fit). */
        join(pending) {
          let total = 0;
          for (const p of pending)
            total += p.length;
          if (this.joinBuffer === void 0 || this.joinBuffer.length < total)
            this.joinBuffer = Buffer.allocUnsafeSlow(Math.max(total, JOIN_BUFFER_BYTES));
          let at = 0;
          for (const p of pending)
            at += p.copy(this.joinBuffer, at);
          return this.joinBuffer.subarray(0, total);
        }
        /** Where handOn joins, reused while each joined chunk is taken (copied) by the reader as it is pushed. */
        joinBuffer;
        readerCopies = false;
        /**
         * The reader copies every chunk before its 'data' listener returns, as node:http2's JSStreamSocket does (the
         * session's server says so when it takes the tunnel: grpc/server.ts serve): handOn may then join into one buffer.
         */
        readerCopiesChunks() {
          this.readerCopies = true;
        }
        /** The call carries a bulk transfer: let the daemon send further ahead (BULK_BYTES). */
        widenWindows() {
          try {
            this.session.setLocalWindowSize(BULK_CONNECTION_WINDOW);
            this.session.settings({ initialWindowSize: BULK_STREAM_WINDOW });
          } catch {
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
            return cb(new Error("session call already ended"));
          let ok = true;
          let pending = [];
          let pendingBytes = 0;
          const flush = () => {
            if (pending.length === 0)
              return;
            ok = this.stream.write(pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes)) && ok;
            pending = [];
            pendingBytes = 0;
          };
          this.stream.cork();
          for (let i = 0; i < chunks.length; ) {
            let size = chunks[i].chunk.length;
            let end = i + 1;
            while (end < chunks.length && size + chunks[end].chunk.length <= MAX_BYTES_MESSAGE) {
              size += chunks[end++].chunk.length;
            }
            const header = Buffer.allocUnsafe(BYTES_MESSAGE_HEADER);
            const at = (0, wire._W)(header, (0, framing.lk)(header, 0, (0, wire.nD)(size)), 10, size);
            pending.push(header.subarray(0, at));
            pendingBytes += at;
            for (; i < end; i++) {
              const chunk = chunks[i].chunk;
              if (chunk.length >= BY_REFERENCE_BYTES) {
                flush();
                ok = this.stream.write(chunk) && ok;
              } else {
                pending.push(chunk);
                pendingBytes += chunk.length;
              }
            }
          }
          flush();
          this.stream.uncork();
          if (ok)
            cb();
          else
            this.stream.once("drain", () => cb());
        }
        _final(cb) {
          if (!this.stream.destroyed)
            this.stream.end();
          cb();
        }
        _destroy(err, cb) {
          if (this.handOnScheduled)
            clearImmediate(this.handOnScheduled);
          this.handOnScheduled = void 0;
          this.pending = [];
          if (!this.stream.destroyed)
            this.stream.close(external_node_http2_.constants.NGHTTP2_CANCEL);
          if (!this.shared && !this.session.destroyed)
            this.session.destroy();
          cb(err);
        }
      }
      const SESSION_METHOD_PATH = "/moby.buildkit.v1.Control/Session";
      const BY_REFERENCE_BYTES = 1024;
      const MAX_BYTES_MESSAGE = 1024 * 1024;
      const BYTES_MESSAGE_HEADER = framing.P2 + 1 + 5;
      const BULK_BYTES = 4 * 1024 * 1024;
      const BULK_STREAM_WINDOW = 1024 * 1024;
      const BULK_CONNECTION_WINDOW = 4 * 1024 * 1024;
      const JOIN_BUFFER_BYTES = 64 * 1024;
      ;
      const MiB = 1024 * 1024;
      class ConnectError extends Error {
        name = "ConnectError";
      }
      const MAX_RECEIVE_MESSAGE = 64 * MiB;
      async function connect(endpoint, opts = {}) {
        const description = (0, transport_endpoint.describeEndpoint)(endpoint);
        const unreachable = (why, cause) => new ConnectError(`cannot reach BuildKit at ${description}: ${why}${why.startsWith("TLS:") || cause instanceof connhelper.zy ? "" : ". Is the daemon running?"}`, { cause });
        opts.signal?.throwIfAborted();
        const keepalive = opts.keepalive ?? (0, transport_keepalive.O2)(process.env);
        let transport;
        try {
          transport = await makeTransport(endpoint, keepalive, opts.signal);
        } catch (err) {
          if (opts.signal?.aborted)
            throw opts.signal.reason ?? err;
          throw new ConnectError(`cannot connect to BuildKit at ${description}: ${err.message}`, { cause: err });
        }
        const channel = new Channel({
          dial: transport.dial,
          authority: transport.authority,
          keepalive,
          maxReceiveMessage: MAX_RECEIVE_MESSAGE,
          reviewLost: (0, transport_keepalive.AV)({ description, settings: keepalive, open: () => transport.dialProbe() })
        });
        const control = new grpc_service.Nl(channel, CONTROL_SERVICE);
        const tunnels = /* @__PURE__ */ new Set();
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
        const readyTimeoutMs = opts.readyTimeoutMs ?? READY_TIMEOUT_MS[endpoint.kind] ?? 5e3;
        try {
          await Promise.race([
            channel.ready(readyTimeoutMs, opts.signal, transport.maxDialFailures),
            // Three failed runs of a bridge's command (a container missing, a login refused) will not heal by waiting.
            transport.bridge?.failedTimes(3).then((err) => Promise.reject(err)) ?? new Promise(() => {
            })
          ]);
        } catch (err) {
          const aborted = opts.signal?.aborted;
          const why = aborted ? void 0 : await transport.diagnose().catch(() => void 0) ?? transport.bridge?.lastError?.message;
          await close();
          if (aborted)
            throw opts.signal.reason ?? err;
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
          } else {
            tunnel = new H2CallTunnel(await channel.connection(), headers);
          }
          try {
            await tunnel.accepted(15e3);
          } catch (err) {
            tunnel.destroy();
            throw new Error(`BuildKit at ${description} did not accept the session: ${err.message}`, {
              cause: err
            });
          }
          return tracked(tunnel);
        };
        const tracked = (tunnel) => {
          tunnels.add(tunnel);
          tunnel.once("close", () => tunnels.delete(tunnel));
          return tunnel;
        };
        return {
          endpoint,
          description,
          keepalive,
          control: () => control,
          openSessionTunnel,
          sessionLingerMs: transport.openRawSession ? RAW_SESSION_LINGER_MS : 0,
          close
        };
      }
      const RAW_SESSION_LINGER_MS = 15e3;
      const READY_TIMEOUT_MS = {
        "docker-container": 1e4,
        ssh: 15e3,
        "kube-pod": 15e3,
        kubernetes: 15e3
      };
      async function makeTransport(endpoint, keepalive, signal) {
        switch (endpoint.kind) {
          case "unix": {
            const dialSession = (signal2) => dial(() => external_node_net_.connect({ path: endpoint.path }), "connect", signal2);
            return {
              dial: dialSession,
              authority: "localhost",
              dialSession,
              diagnose: () => probe(() => external_node_net_.connect({ path: endpoint.path })),
              dialProbe: dialSession
            };
          }
          case "tcp": {
            const hostPort = endpoint.host.includes(":") ? `[${endpoint.host}]:${endpoint.port}` : `${endpoint.host}:${endpoint.port}`;
            const files = endpoint.tls;
            if (!files) {
              const dialSession = (signal2) => dial(() => (0, transport_keepalive.sw)(external_node_net_.connect({ host: endpoint.host, port: endpoint.port }).setNoDelay(true), keepalive), "connect", signal2);
              return {
                dial: dialSession,
                authority: hostPort,
                dialSession,
                diagnose: () => probe(() => external_node_net_.connect({ host: endpoint.host, port: endpoint.port })),
                dialProbe: dialSession
              };
            }
            const tlsOptions = { ...(0, docker.WZ)(endpoint.host, endpoint.port, files), ALPNProtocols: ["h2"] };
            const dialTls = (signal2) => dial(() => (0, transport_keepalive.sw)(external_node_tls_.connect(tlsOptions), keepalive), "secureConnect", signal2);
            return {
              dial: dialTls,
              authority: files.serverName ?? hostPort,
              dialSession: dialTls,
              dialProbe: () => dial(() => external_node_tls_.connect(tlsOptions), "secureConnect"),
              // A TLS handshake of our own tells "wrong CA" / "certificate required" apart from "nothing listening".
              diagnose: () => probe(() => external_node_tls_.connect(tlsOptions), "secureConnect")
            };
          }
          case "docker": {
            const engine = endpoint.engine;
            return {
              dial: (signal2) => (0, docker.lt)(engine, "/grpc", [], { signal: signal2 }),
              authority: "localhost",
              maxDialFailures: 3,
              dialSession: () => (0, docker.lt)(engine, "/grpc"),
              dialProbe: () => (0, docker.lt)(engine, "/grpc"),
              openRawSession: (headers) => (0, docker.lt)(engine, "/session", headers),
              diagnose: async () => {
                try {
                  (await (0, docker.lt)(engine, "/grpc", [], { timeoutMs: 3e3 })).destroy();
                } catch (err) {
                  return err.message;
                }
                return void 0;
              }
            };
          }
          case "docker-container":
            return commandTransport({ command: "docker", args: (0, docker.zR)(endpoint.container, endpoint.docker) });
          case "ssh":
            return commandTransport((0, ssh.o6)(endpoint));
          case "kube-pod":
            return commandTransport((0, kubepod.iS)(endpoint));
          case "kubernetes":
            return commandTransport((0, kubepod.iS)(await (0, kubernetes.iR)(endpoint, { signal })));
        }
      }
      async function commandTransport(cmd) {
        const bridge = await (0, connhelper.x_)(cmd);
        return {
          dial: (signal) => dial(() => external_node_net_.connect({ path: bridge.socketPath }), "connect", signal),
          authority: "localhost",
          bridge,
          diagnose: () => Promise.resolve(bridge.lastError?.message),
          // through the bridge: one more run of the command, to the daemon behind it
          dialProbe: () => dial(() => external_node_net_.connect({ path: bridge.socketPath }))
        };
      }
      function dial(open, readyEvent = "connect", signal, timeoutMs = 15e3) {
        return new Promise((resolve, reject) => {
          if (signal?.aborted)
            return reject(signal.reason);
          const socket = open();
          const timer = setTimeout(() => socket.destroy(new Error(`no connection within ${timeoutMs} ms`)), timeoutMs);
          const onAbort = () => socket.destroy(signal.reason);
          signal?.addEventListener("abort", onAbort, { once: true });
          const settle = () => {
            clearTimeout(timer);
            signal?.removeEventListener("abort", onAbort);
          };
          socket.once(readyEvent, () => {
            settle();
            socket.off("error", onError);
            resolve(socket);
          });
          const onError = (err) => {
            settle();
            reject(err);
          };
          socket.once("error", onError);
        });
      }
      function probe(open, readyEvent = "connect") {
        return new Promise((resolve) => {
          let socket;
          try {
            socket = open();
          } catch (err) {
            resolve(err.message);
            return;
          }
          let finished = false;
          const timer = setTimeout(() => done("no answer within 3 s"), 3e3);
          const done = (why) => {
            if (finished)
              return;
            finished = true;
            clearTimeout(timer);
            socket.destroy();
            resolve(why);
          };
          socket.once(readyEvent, () => {
            if (readyEvent === "connect")
              return done(void 0);
            socket.once("close", () => done("TLS: the server closed the connection after the handshake (does it want a client certificate we did not send, or trust?)"));
            setTimeout(() => done(void 0), 500);
          });
          socket.once("error", (err) => done(tlsHint(err)));
        });
      }
      function tlsHint(err) {
        const code = err.code ?? "";
        const what = code.startsWith("ERR_SSL_") && err.reason ? err.reason : err.message;
        if (/CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code) && !/ALERT/.test(code)) {
          return `TLS: the server certificate is not trusted (${what}); check the CA certificate and server name`;
        }
        if (/ALERT_CERTIFICATE_REQUIRED|ALERT_BAD_CERTIFICATE|ALERT_UNKNOWN_CA/.test(code)) {
          return `TLS: the server rejected our client certificate (${what})`;
        }
        return err.message;
      }
    })
  ),
  /***/
  2776: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        WZ: () => (
          /* binding */
          tlsConnectOptions
        ),
        /* harmony export */
        lt: () => (
          /* binding */
          dockerUpgrade
        ),
        /* harmony export */
        xn: () => (
          /* binding */
          connectEngine
        ),
        /* harmony export */
        zR: () => (
          /* binding */
          dialStdioArgs
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
      var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
      var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
      class DockerUpgradeError extends Error {
        name = "DockerUpgradeError";
      }
      function readTlsFile(path, what) {
        try {
          return (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
        } catch (err) {
          throw new Error(`cannot read TLS ${what} ${path}: ${err.code ?? err.message}`, { cause: err });
        }
      }
      function connectEngine(engine) {
        if (engine.kind === "unix")
          return node_net__WEBPACK_IMPORTED_MODULE_2__.connect({ path: engine.path });
        if (!engine.tls)
          return node_net__WEBPACK_IMPORTED_MODULE_2__.connect({ host: engine.host, port: engine.port });
        return node_tls__WEBPACK_IMPORTED_MODULE_3__.connect(tlsConnectOptions(engine.host, engine.port, engine.tls));
      }
      function tlsConnectOptions(host, port, files) {
        return {
          host,
          port,
          servername: files.serverName ?? (node_net__WEBPACK_IMPORTED_MODULE_2__.isIP(host) ? void 0 : host),
          ca: files.caCert ? readTlsFile(files.caCert, "CA certificate") : void 0,
          cert: files.cert ? readTlsFile(files.cert, "client certificate") : void 0,
          key: files.key ? readTlsFile(files.key, "client key") : void 0,
          ALPNProtocols: ["http/1.1"]
        };
      }
      function dockerUpgrade(engine, path, headers = [], opts = {}) {
        const timeoutMs = opts.timeoutMs ?? 15e3;
        return new Promise((resolve, reject) => {
          const reqHeaders = {
            Connection: "Upgrade",
            Upgrade: "h2c",
            "Content-Length": "0"
          };
          for (const [name, value] of headers) {
            const prev = reqHeaders[name];
            reqHeaders[name] = prev === void 0 ? value : [...Array.isArray(prev) ? prev : [prev], value];
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
              method: "POST",
              path,
              host: "localhost",
              headers: reqHeaders,
              createConnection: () => connectEngine(engine),
              timeout: timeoutMs,
              signal: opts.signal
            });
          } catch (err) {
            reject(err);
            return;
          }
          req.on("upgrade", (res, socket, head) => {
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
          req.on("response", (res) => {
            const chunks = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () => {
              const body = Buffer.concat(chunks).toString("utf8").trim();
              let message = body;
              try {
                message = JSON.parse(body).message ?? body;
              } catch {
              }
              fail(new DockerUpgradeError(`Docker Engine refused POST ${path}: ${res.statusCode} ${res.statusMessage ?? ""}${message ? `: ${message}` : ""}`));
            });
          });
          req.on("timeout", () => fail(new DockerUpgradeError(`Docker Engine did not answer POST ${path} within ${timeoutMs} ms`)));
          req.on("error", (err) => fail(err));
          req.end();
        });
      }
      function dialStdioArgs(container, target) {
        const global = [];
        if (target.context)
          global.push("--context", target.context);
        else if (target.host)
          global.push("--host", target.host);
        return [...global, "exec", "-i", container, "buildctl", "dial-stdio"];
      }
    })
  )
};
