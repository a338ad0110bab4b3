"use strict"; exports.id = 52;
exports.ids = [52, 304];
exports.modules = {
  /***/
  1155: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        H5: () => (
          /* binding */
          encodeFrames
        ),
        /* harmony export */
        P2: () => (
          /* binding */
          FRAME_PREFIX
        ),
        /* harmony export */
        Sl: () => (
          /* binding */
          framePrefix
        ),
        /* harmony export */
        h2: () => (
          /* binding */
          MAX_MESSAGE
        ),
        /* harmony export */
        lk: () => (
          /* binding */
          writeFramePrefix
        ),
        /* harmony export */
        wI: () => (
          /* binding */
          FrameDecoder
        )
        /* harmony export */
      });
      var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9499);
      const MiB = 1024 * 1024;
      const FRAME_PREFIX = 5;
      const MAX_MESSAGE = 32 * MiB;
      function writeFramePrefix(out, at, length) {
        out[at] = 0;
        out.writeUInt32BE(length, at + 1);
        return at + FRAME_PREFIX;
      }
      function framePrefix(length) {
        const prefix = Buffer.allocUnsafe(FRAME_PREFIX);
        writeFramePrefix(prefix, 0, length);
        return prefix;
      }
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
          if (this.bufferedBytes < this.needed)
            return [];
          const data = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered, this.bufferedBytes);
          const messages = [];
          let at = 0;
          this.needed = FRAME_PREFIX;
          while (data.length - at >= FRAME_PREFIX) {
            const length = this.messageLength(data, at);
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
        /**
         * As push, but a message of `slicedFrom` bytes or more that arrived in several chunks comes as the slices of those
         * chunks, in order, instead of joined into a new buffer: an export's 32 KiB file packets reach the session's server
         * in 16 KiB DATA frames, and joining them was a copy of every exported byte into fresh memory (ServerCall
         * deliverSliced). Smaller messages, and one in more than MAX_SLICES pieces, are joined as push joins them; a message
         * within one chunk is a slice of it.
         */
        pushSliced(chunk, slicedFrom) {
          this.buffered.push(chunk);
          this.bufferedBytes += chunk.length;
          if (this.bufferedBytes < this.needed)
            return [];
          const messages = [];
          this.needed = FRAME_PREFIX;
          while (this.bufferedBytes >= FRAME_PREFIX) {
            const first = this.buffered[0];
            const length = this.messageLength(first.length >= FRAME_PREFIX ? first : this.peekPrefix(), 0);
            if (this.bufferedBytes - FRAME_PREFIX < length) {
              this.needed = FRAME_PREFIX + length;
              break;
            }
            this.take(FRAME_PREFIX);
            const slices = this.take(length);
            if (slices.length <= 1)
              messages.push(slices[0] ?? Buffer.alloc(0));
            else if (length >= slicedFrom && slices.length <= MAX_SLICES)
              messages.push(slices);
            else
              messages.push(Buffer.concat(slices, length));
          }
          return messages;
        }
        /** The length in the prefix at `at`; a compressed message or one over the limit fails the call (StatusError). */
        messageLength(prefix, at) {
          if (prefix[at] !== 0)
            throw new _status_js__WEBPACK_IMPORTED_MODULE_0__.Xs(_status_js__WEBPACK_IMPORTED_MODULE_0__.Cy.UNIMPLEMENTED, "compressed messages are not supported");
          const length = prefix.readUInt32BE(at + 1);
          if (length > this.maxMessage)
            throw new _status_js__WEBPACK_IMPORTED_MODULE_0__.Xs(_status_js__WEBPACK_IMPORTED_MODULE_0__.Cy.RESOURCE_EXHAUSTED, `message of ${length} bytes exceeds the limit of ${this.maxMessage}`);
          return length;
        }
        /** The next FRAME_PREFIX buffered bytes when the first chunk holds fewer (a copy of those few). */
        peekPrefix() {
          const prefix = Buffer.alloc(FRAME_PREFIX);
          let at = 0;
          for (let i = 0; at < FRAME_PREFIX; i++)
            at += this.buffered[i].copy(prefix, at);
          return prefix;
        }
        /** The next `n` buffered bytes (n <= bufferedBytes) as slices of the chunks they are in, taken off the front. */
        take(n) {
          const slices = [];
          this.bufferedBytes -= n;
          let i = 0;
          for (; n > 0; i++) {
            const chunk = this.buffered[i];
            if (chunk.length > n) {
              slices.push(chunk.subarray(0, n));
              this.buffered[i] = chunk.subarray(n);
              break;
            }
            slices.push(chunk);
            n -= chunk.length;
          }
          this.buffered.splice(0, i);
          return slices;
        }
      }
      const MAX_SLICES = 64;
    })
  ),
  /***/
  2039: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Nl: () => (
          /* binding */
          ServiceClient
        ),
        /* harmony export */
        Oc: () => (
          /* binding */
          rawStreamDefinition
        ),
        /* harmony export */
        fJ: () => (
          /* binding */
          serviceDefinition
        )
        /* harmony export */
      });
      var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7062);
      function serializer(type) {
        return (value) => (0, _registry_js__WEBPACK_IMPORTED_MODULE_0__.rk)(type, value);
      }
      function deserializer(type) {
        return (bytes) => (0, _registry_js__WEBPACK_IMPORTED_MODULE_0__.pX)(type, bytes);
      }
      const cache = /* @__PURE__ */ new Map();
      function serviceDefinition(fullName) {
        const hit = cache.get(fullName);
        if (hit)
          return hit;
        const service = _registry_js__WEBPACK_IMPORTED_MODULE_0__.zr.lookupService(fullName);
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
            originalName: method.name
          };
        }
        cache.set(fullName, def);
        return def;
      }
      function methodPaths(fullName) {
        return Object.values(serviceDefinition(fullName)).map((m) => m.path);
      }
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
            originalName: method
          }
        };
      }
    })
  ),
  /***/
  9304: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        AV: () => (
          /* binding */
          reviewUnresponsive
        ),
        /* harmony export */
        O2: () => (
          /* binding */
          keepaliveSettings
        ),
        /* harmony export */
        Th: () => (
          /* binding */
          isNotResponding
        ),
        /* harmony export */
        sw: () => (
          /* binding */
          tcpKeepalive
        )
        /* harmony export */
      });
      var node_http2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2467);
      var _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9499);
      const DEFAULT_KEEPALIVE = { intervalMs: 5 * 6e4, timeoutMs: 6e4 };
      function seconds(value, name) {
        if (value === void 0 || value.trim() === "")
          return void 0;
        const n = Number(value);
        if (!Number.isFinite(n) || n <= 0)
          throw new Error(`${name}=${JSON.stringify(value)}: expected a positive number of seconds`);
        return Math.round(n * 1e3);
      }
      function keepaliveSettings(env = process.env) {
        const intervalMs = seconds(env.BAKEKIT_KEEPALIVE_INTERVAL, "BAKEKIT_KEEPALIVE_INTERVAL") ?? DEFAULT_KEEPALIVE.intervalMs;
        const timeoutMs = seconds(env.BAKEKIT_KEEPALIVE_TIMEOUT, "BAKEKIT_KEEPALIVE_TIMEOUT") ?? Math.min(DEFAULT_KEEPALIVE.timeoutMs, intervalMs);
        return { intervalMs, timeoutMs };
      }
      function tcpKeepalive(socket, s) {
        socket.setKeepAlive(true, Math.min(s.intervalMs, 6e4));
        return socket;
      }
      function notRespondingMessage(description, s, probeMs) {
        return `BuildKit at ${description} is not responding: a keepalive ping went unanswered for ${fmt(s.timeoutMs)} and a new connection got no answer within ${fmt(probeMs)} (is the builder stopped or overloaded, or the network to it down?)`;
      }
      function fmt(ms) {
        return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${(ms / 1e3).toFixed(1)} s`;
      }
      async function pingProbe(open, timeoutMs) {
        let socket;
        let session;
        let timer;
        const timeout = new Promise((resolve) => {
          timer = setTimeout(() => resolve("silent"), timeoutMs);
        });
        const attempt = (async () => {
          try {
            socket = await open();
          } catch (err) {
            return err;
          }
          return new Promise((resolve) => {
            session = node_http2__WEBPACK_IMPORTED_MODULE_0__.connect("http://buildkit", { createConnection: () => socket });
            session.on("error", (err) => resolve(err));
            session.ping((err) => resolve(err ?? "answered"));
          });
        })();
        try {
          return await Promise.race([attempt, timeout]);
        } finally {
          clearTimeout(timer);
          session?.destroy();
          socket?.destroy();
          void attempt.then(() => {
            session?.destroy();
            socket?.destroy();
          });
        }
      }
      class NotRespondingError extends _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__.Xs {
        name = "NotRespondingError";
      }
      function reviewUnresponsive(opts) {
        const probeMs = opts.probeMs ?? Math.min(opts.settings.timeoutMs, 1e4);
        let shared;
        const probe = () => {
          if (!shared || Date.now() - shared.at > probeMs + 2e3)
            shared = { at: Date.now(), result: pingProbe(opts.open, probeMs) };
          return shared.result;
        };
        return async (err) => {
          if (await probe() !== "silent")
            return err;
          return new NotRespondingError(_grpc_status_js__WEBPACK_IMPORTED_MODULE_1__.Cy.UNAVAILABLE, notRespondingMessage(opts.description, opts.settings, probeMs), {
            cause: err
          });
        };
      }
      function isNotResponding(err) {
        return err instanceof NotRespondingError;
      }
    })
  )
};
