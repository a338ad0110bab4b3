"use strict"; exports.id = 849;
exports.ids = [849];
exports.modules = {
  /***/
  5552: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        Us: () => (
          /* binding */
          BuildkitClient
        ),
        zE: () => (
          /* binding */
          randomId
        )
      });
      var external_node_crypto_ = __webpack_require__(7598);
      var errors = __webpack_require__(8791);
      var grpc_status = __webpack_require__(9499);
      var content_pb = __webpack_require__(242);
      ;
      const LLB_BRIDGE_SERVICE = "moby.buildkit.v1.frontend.LLBBridge";
      var grpc_service = __webpack_require__(2039);
      ;
      function randomId() {
        return external_node_crypto_.randomBytes(16).toString("hex").slice(0, 25);
      }
      class BuildkitClient {
        connection;
        control;
        constructor(connection) {
          this.connection = connection;
          this.control = connection.control();
        }
        listWorkers(signal) {
          return this.control.unary("ListWorkers", {}, { signal }).then((r) => r.record ?? []);
        }
        async info(signal) {
          try {
            const r = await this.control.unary("Info", {}, { signal });
            return r.buildkitVersion?.version;
          } catch {
            return void 0;
          }
        }
        solve(req, signal) {
          const first = req.Exporters?.[0];
          const wire = {
            ...req,
            ...first ? { ExporterDeprecated: first.Type, ExporterAttrsDeprecated: first.Attrs } : {}
          };
          return this.control.unary("Solve", wire, { signal }).then((r) => r.ExporterResponse ?? {});
        }
        /**
         * Streams progress of build `ref` into `onMessage`. Resolves when the daemon ends the stream; `stop()`
         * cancels it (used a few seconds after Solve returned, as the Go client does).
         */
        status(ref, onMessage) {
          const call = this.control.serverStream("Status", { Ref: ref }, onMessage);
          return { done: call.done.catch(() => {
          }), stop: () => call.cancel() };
        }
        /** Refs of builds the daemon is still running (build history, ActiveOnly). Empty on daemons without history. */
        async activeBuilds(timeoutMs = 3e3) {
          const refs = /* @__PURE__ */ new Set();
          const call = this.control.serverStream("ListenBuildHistory", { ActiveOnly: true, EarlyExit: true }, (ev) => {
            if (ev.record?.Ref && (ev.type ?? 0) === 0)
              refs.add(ev.record.Ref);
          });
          const timer = setTimeout(() => call.cancel(), timeoutMs);
          await call.done.catch(() => {
          });
          clearTimeout(timer);
          return [...refs];
        }
        /**
         * The finished build `ref`'s record, as the daemon stored it when its Solve returned (BuildKit writes the record
         * before answering). Undefined when the daemon has none (a daemon without build history answers UNIMPLEMENTED).
         */
        async buildRecord(ref, signal) {
          let record;
          const call = this.control.serverStream("ListenBuildHistory", { Ref: ref, EarlyExit: true }, (ev) => {
            if (ev.record?.Ref === ref)
              record = ev.record;
          });
          const onAbort = () => call.cancel();
          signal?.addEventListener("abort", onAbort, { once: true });
          try {
            await call.done;
            return record;
          } catch (err) {
            if ((0, errors.$N)(err) === grpc_status.Cy.UNIMPLEMENTED)
              return void 0;
            throw err;
          } finally {
            signal?.removeEventListener("abort", onAbort);
          }
        }
        /** A blob of the daemon's content store (containerd Content.Read on the same connection): a build record's
         * attestation, say. The daemon serves its history blobs there (BuildKit control.go roContentStore). */
        async readBlob(digest, signal) {
          const content = new grpc_service.Nl(this.control.channel, content_pb.Y);
          const chunks = [];
          const call = content.serverStream("Read", { digest }, (msg) => {
            if (msg.data)
              chunks.push(Buffer.from(msg.data));
          });
          const onAbort = () => call.cancel();
          signal?.addEventListener("abort", onAbort, { once: true });
          try {
            await call.done;
            return Buffer.concat(chunks);
          } finally {
            signal?.removeEventListener("abort", onAbort);
          }
        }
        gateway(ref) {
          return new GatewayClient(new grpc_service.Nl(this.control.channel, LLB_BRIDGE_SERVICE), ref);
        }
      }
      class GatewayClient {
        client;
        ref;
        constructor(client, ref) {
          this.client = client;
          this.ref = ref;
        }
        opts(signal) {
          return { metadata: [["buildkit-controlapi-buildid", this.ref]], signal };
        }
        /** The daemon registers the build a moment after Solve starts; Ping until it answers (bounded). */
        async ping(signal, timeoutMs = 1e4) {
          const deadline = Date.now() + timeoutMs;
          for (; ; ) {
            try {
              return await this.client.unary("Ping", {}, this.opts(signal));
            } catch (err) {
              if (signal?.aborted || Date.now() > deadline)
                throw err;
              await new Promise((r) => setTimeout(r, 50));
            }
          }
        }
        solve(req, signal) {
          return this.client.unary("Solve", { ...req, allowResultReturn: true, allowResultArrayRef: true }, this.opts(signal));
        }
        evaluate(refId, signal) {
          return this.client.unary("Evaluate", { Ref: refId }, this.opts(signal)).then(() => void 0);
        }
        /** A file of a result, or `range.length` bytes of it from `range.offset`. */
        readFile(refId, filePath, signal, range) {
          const req = {
            Ref: refId,
            FilePath: filePath,
            ...range ? { Range: { Offset: range.offset ?? 0, Length: range.length } } : {}
          };
          return this.client.unary("ReadFile", req, this.opts(signal)).then((r) => r.Data ?? Buffer.alloc(0));
        }
        /** Hands the result (or an encoded google.rpc.Status) back; the outer Solve then exports and returns. */
        return(body, signal) {
          return this.client.unary("Return", body, this.opts(signal)).then(() => void 0);
        }
        close() {
        }
      }
    })
  ),
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
  2749: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Ho: () => (
          /* binding */
          transferGcPacer
        )
        /* harmony export */
      });
      var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
      var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(714);
      var _optimizing_compiler_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9979);
      var _young_generation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8148);
      const GC_STEP_BYTES = 1024 * 1024;
      class GcPacer {
        collect;
        stepBytes;
        sinceCollection = 0;
        scheduled = false;
        /** Collections run so far (for tests and the bench). */
        collections = 0;
        /** Small messages moved so far, up to `manySmallMessages` (then `onManySmallMessages` has been called). */
        smallMessages = 0;
        /** Bytes moved so far, up to `bulkBytes` (then `onBulk` has been called). */
        movedBytes = 0;
        /** Bytes of files the daemon has asked for so far, up to `bulkBytes` (then `onBulkAnnounced` has been called). */
        announcedBytes = 0;
        onManySmallMessages;
        manySmallMessages;
        onBulk;
        onBulkAnnounced;
        bulkBytes;
        /**
         * @param collect the young-generation collector; undefined: pacing does nothing
         * @param hooks.onManySmallMessages called once, when `manySmallMessages` small messages have moved
         *   (young-generation.ts; Maglev, optimizing-compiler.ts)
         * @param hooks.onBulk called once, when `bulkBytes` have moved (optimizing-compiler.ts)
         * @param hooks.onBulkAnnounced called once, when the daemon has asked for `bulkBytes` of files (announced)
         */
        constructor(collect, stepBytes = GC_STEP_BYTES, hooks = {}) {
          this.collect = collect;
          this.stepBytes = stepBytes;
          this.onManySmallMessages = hooks.onManySmallMessages;
          this.manySmallMessages = hooks.manySmallMessages ?? _young_generation_js__WEBPACK_IMPORTED_MODULE_3__.pF;
          this.onBulk = hooks.onBulk;
          this.onBulkAnnounced = hooks.onBulkAnnounced;
          this.bulkBytes = hooks.bulkBytes ?? _optimizing_compiler_js__WEBPACK_IMPORTED_MODULE_2__.BULK_BYTES;
        }
        /**
         * `bytes` moved through a session, in `messages` (the small ones, young-generation.ts SMALL_MESSAGE_BYTES, counted
         * until there are many); after every step, one collection on the next turn (never inside a callback).
         */
        transferred(bytes, messages) {
          if (this.smallMessages < this.manySmallMessages) {
            for (const m of messages)
              if (!Array.isArray(m) && m.length < _young_generation_js__WEBPACK_IMPORTED_MODULE_3__.sd)
                this.smallMessages++;
            if (this.smallMessages >= this.manySmallMessages)
              this.onManySmallMessages?.();
          }
          if (this.movedBytes < this.bulkBytes) {
            this.movedBytes += bytes;
            if (this.movedBytes >= this.bulkBytes)
              this.onBulk?.();
          }
          if (!this.collect)
            return;
          this.sinceCollection += bytes;
          if (this.sinceCollection < this.stepBytes || this.scheduled)
            return;
          this.sinceCollection = 0;
          this.scheduled = true;
          setImmediate(() => {
            this.scheduled = false;
            this.collections++;
            this.collect({ type: "minor" });
          });
        }
        /** The daemon asked a sender for a file of `bytes` (its listed size): data the session is about to move. */
        announced(bytes) {
          if (this.announcedBytes >= this.bulkBytes)
            return;
          this.announcedBytes += bytes;
          if (this.announcedBytes >= this.bulkBytes)
            this.onBulkAnnounced?.();
        }
      }
      let shared;
      function transferGcPacer() {
        return shared ??= new GcPacer(youngGenerationCollector(), GC_STEP_BYTES, {
          onManySmallMessages: () => {
            (0, _young_generation_js__WEBPACK_IMPORTED_MODULE_3__.dp)();
            (0, _optimizing_compiler_js__WEBPACK_IMPORTED_MODULE_2__.restoreMaglev)();
          },
          onBulk: () => (0, _optimizing_compiler_js__WEBPACK_IMPORTED_MODULE_2__.restoreOptimizingCompiler)(),
          onBulkAnnounced: () => (0, _optimizing_compiler_js__WEBPACK_IMPORTED_MODULE_2__.restoreMaglev)()
        });
      }
      function youngGenerationCollector() {
        const existing = globalThis.gc;
        if (typeof existing === "function")
          return existing;
        try {
          (0, node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)("--expose-gc");
          const gc = (0, node_vm__WEBPACK_IMPORTED_MODULE_1__.runInNewContext)("gc");
          return typeof gc === "function" ? gc : void 0;
        } catch {
          return void 0;
        } finally {
          try {
            (0, node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)("--no-expose-gc");
          } catch {
          }
        }
      }
    })
  ),
  /***/
  242: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        I: () => (
          /* binding */
          WriteAction
        ),
        /* harmony export */
        Y: () => (
          /* binding */
          CONTENT_SERVICE
        )
        /* harmony export */
      });
      const CONTENT_SERVICE = "containerd.services.content.v1.Content";
      const WriteAction = {
        STAT: 0,
        WRITE: 1,
        COMMIT: 2
      };
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
  5506: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        Nn: () => (
          /* binding */
          Session
        ),
        OZ: () => (
          /* binding */
          newSessionId
        )
      });
      var external_node_crypto_ = __webpack_require__(7598);
      var grpc_service = __webpack_require__(2039);
      var external_node_http2_ = __webpack_require__(2467);
      var external_node_net_ = __webpack_require__(7030);
      var external_node_stream_ = __webpack_require__(7075);
      var errors = __webpack_require__(8791);
      var framing = __webpack_require__(1155);
      var gc_pacer = __webpack_require__(2749);
      var grpc_status = __webpack_require__(9499);
      ;
      const KiB = 1024;
      const MiB = 1024 * KiB;
      const WRITE_BUFFER = 512 * KiB;
      const READ_AHEAD = 64;
      const COPY_LIMIT = 32 * KiB;
      class RpcServer {
        routes = /* @__PURE__ */ new Map();
        sessions = /* @__PURE__ */ new Set();
        calls = /* @__PURE__ */ new Set();
        http2Server;
        closed = false;
        constructor() {
          this.http2Server = external_node_http2_.createServer({
            // Buffered outbound data counts against this; a refused stream would be a failed transfer.
            maxSessionMemory: 1024,
            // Every include/exclude pattern of a DiffCopy is a header of its own.
            maxHeaderListPairs: 65536,
            settings: {
              // What the daemon may send ahead on one stream (exporter tarballs through FileSend).
              initialWindowSize: 4 * MiB,
              maxHeaderListSize: 16 * MiB
            }
          });
          this.http2Server.on("session", (session) => {
            this.sessions.add(session);
            session.on("error", () => {
            });
            session.once("close", () => this.sessions.delete(session));
            const widenWindow = () => {
              try {
                session.setLocalWindowSize(16 * MiB);
              } catch {
              }
            };
            if (session.connecting)
              session.once("connect", widenWindow);
            else
              widenWindow();
          });
          this.http2Server.on("stream", (stream, headers) => this.onStream(stream, headers));
        }
        /** Serves `definition`'s methods that have a handler in `handlers`. */
        addService(definition, handlers) {
          for (const [name, handler] of Object.entries(handlers)) {
            const method = definition[name];
            if (!method)
              throw new Error(`no method ${name} in the service definition`);
            if (this.routes.has(method.path))
              throw new Error(`${method.path} is already served`);
            this.routes.set(method.path, { method, handler });
          }
        }
        /** Runs the server side of an HTTP/2 connection on `socket` (the daemon is the client). */
        serve(socket) {
          if (this.closed) {
            socket.destroy();
            return;
          }
          if (!(socket instanceof external_node_net_.Socket))
            socket.readerCopiesChunks?.();
          this.http2Server.emit("connection", socket);
        }
        /** Drops every connection and cancels the calls still running. */
        close() {
          this.closed = true;
          for (const call of this.calls)
            call.cancel();
          for (const session of this.sessions)
            session.destroy();
          this.sessions.clear();
        }
        onStream(stream, headers) {
          stream.on("error", () => {
          });
          const path = headers[":path"] ?? "";
          const contentType = headers["content-type"] ?? "";
          if (!contentType.startsWith("application/grpc")) {
            stream.respond({ ":status": 415 }, { endStream: true });
            return;
          }
          const route = this.routes.get(path);
          if (!route || this.closed) {
            respondStatus(stream, grpc_status.Cy.UNIMPLEMENTED, route ? "the session is closing" : `unknown method ${path}`);
            return;
          }
          const { method, handler } = route;
          const call = new ServerCall(stream, headers, method);
          this.calls.add(call);
          call.once("close", () => this.calls.delete(call));
          const invoke = () => {
            try {
              if (method.responseStream)
                handler(call);
              else
                handler(call, (err, value) => call.answer(err, value));
            } catch (err) {
              call.fail(err);
            }
          };
          if (method.requestStream) {
            invoke();
            return;
          }
          call.readRequest().then((request) => {
            call.request = request;
            invoke();
          }, (err) => call.fail(err));
        }
      }
      class CallMetadata {
        headers;
        constructor(headers) {
          this.headers = headers;
        }
        get(key) {
          const v = this.headers[key.toLowerCase()];
          if (v === void 0)
            return [];
          return Array.isArray(v) ? v : [v];
        }
        /** Every custom header with its (first) value. */
        getMap() {
          const out = {};
          for (const [k, v] of Object.entries(this.headers)) {
            if (k.startsWith(":") || RESERVED_HEADERS.has(k) || k.startsWith("grpc-") || v === void 0)
              continue;
            out[k] = Array.isArray(v) ? v[0] : v;
          }
          return out;
        }
      }
      const RESERVED_HEADERS = /* @__PURE__ */ new Set(["content-type", "te", "user-agent", "accept-encoding", "content-length"]);
      class ServerCall extends external_node_stream_.Duplex {
        stream;
        method;
        request;
        metadata;
        cancelled = false;
        decoder = new framing.wI();
        /** Collections paced by the bytes the call moves (gc-pacer.ts): every session's transfers pass here. */
        pacer = (0, gc_pacer.Ho)();
        statusSent = false;
        trailers = (0, grpc_status.Ff)(grpc_status.Cy.OK, "");
        constructor(stream, headers, method) {
          super({
            readableObjectMode: true,
            readableHighWaterMark: READ_AHEAD,
            writableHighWaterMark: WRITE_BUFFER,
            decodeStrings: false,
            allowHalfOpen: true
          });
          this.stream = stream;
          this.method = method;
          this.metadata = new CallMetadata(headers);
          stream.on("data", (chunk) => this.onData(chunk));
          stream.once("end", () => {
            if (this.decoder.pending > 0)
              this.fail(new grpc_status.Xs(grpc_status.Cy.INTERNAL, "the request ended inside a message"));
            else
              this.push(null);
          });
          stream.once("close", () => {
            if (!this.statusSent)
              this.cancel();
            else if (!this.destroyed)
              this.destroy();
          });
          stream.on("wantTrailers", () => stream.sendTrailers(this.trailers));
          this.on("error", (err) => this.finish((0, errors.mf)(err)));
        }
        /** The single request of a unary or server-streaming call. */
        readRequest() {
          return new Promise((resolve, reject) => {
            let request;
            let count = 0;
            this.on("data", (m) => {
              request = m;
              count++;
            });
            this.once("end", () => count === 1 ? resolve(request) : reject(new grpc_status.Xs(grpc_status.Cy.INTERNAL, `expected one request message, got ${count}`)));
            this.once("close", () => reject(new grpc_status.Xs(grpc_status.Cy.UNKNOWN, "cancelled")));
          });
        }
        /** Serialises a response message now, so the buffer is counted in bytes. */
        write(chunk, encodingOrCb, cb) {
          const bytes = this.method.responseSerialize(chunk);
          return typeof encodingOrCb === "function" ? super.write(bytes, encodingOrCb) : super.write(bytes, encodingOrCb, cb);
        }
        /** The unary callback: a response message and OK, or the error's status. */
        answer(err, value) {
          if (err) {
            this.fail(err);
            return;
          }
          try {
            this.write(value);
            this.end();
          } catch (e) {
            this.fail(e);
          }
        }
        /** Ends the call with the status `err` carries (grpc/errors.ts toStatus: UNKNOWN with the message of an error that
         * carries none). */
        fail(err) {
          this.finish((0, errors.mf)(err));
          if (!this.destroyed)
            this.destroy();
        }
        /** The daemon went away (or the server closed): tell the handler, drop what is buffered. */
        cancel() {
          if (this.cancelled || this.statusSent) {
            if (!this.destroyed)
              this.destroy();
            return;
          }
          this.cancelled = true;
          this.statusSent = true;
          this.emit("cancelled");
          if (!this.stream.destroyed)
            this.stream.close(external_node_http2_.constants.NGHTTP2_CANCEL);
          this.destroy();
        }
        _read() {
          if (this.stream.isPaused())
            this.stream.resume();
        }
        _write(chunk, _encoding, callback) {
          this.sendMessages([chunk], callback);
        }
        _writev(chunks, callback) {
          this.sendMessages(chunks.map((c) => c.chunk), callback);
        }
        _final(callback) {
          this.finish({ code: grpc_status.Cy.OK, message: "" });
          callback();
        }
        _destroy(err, callback) {
          if (!this.statusSent) {
            this.statusSent = true;
            if (!this.stream.destroyed)
              this.stream.close(external_node_http2_.constants.NGHTTP2_CANCEL);
          }
          callback(err);
        }
        /**
         * From now on a request message of `slicedFrom` bytes or more that arrives in several chunks is delivered as their
         * slices (a SlicedMessage, framing.ts pushSliced) instead of joined: for a raw stream (identity deserialiser) whose
         * handler reads such messages, as an export's receiver does (session/filesend.ts). Call before the first message.
         */
        deliverSliced(slicedFrom) {
          this.slicedFrom = slicedFrom;
        }
        slicedFrom = 0;
        onData(chunk) {
          let messages;
          try {
            messages = this.slicedFrom > 0 ? this.decoder.pushSliced(chunk, this.slicedFrom) : this.decoder.push(chunk);
          } catch (err) {
            this.fail(err);
            return;
          }
          this.pacer.transferred(chunk.length, messages);
          for (const m of messages) {
            let message;
            try {
              message = Array.isArray(m) ? m : this.method.requestDeserialize(m);
            } catch (err) {
              this.fail(new grpc_status.Xs(grpc_status.Cy.INTERNAL, `cannot decode the request: ${err.message}`, { cause: err }));
              return;
            }
            if (!this.push(message))
              this.stream.pause();
          }
        }
        sendMessages(messages, callback) {
          if (this.statusSent || this.stream.destroyed) {
            callback(new Error("the call has ended"));
            return;
          }
          this.sendHeaders();
          let bytes = 0;
          for (const m of messages)
            bytes += m.length;
          this.pacer.transferred(bytes, messages);
          this.stream.cork();
          let small = [];
          for (let i = 0; i < messages.length; i++) {
            const m = messages[i];
            const done = i === messages.length - 1 ? callback : void 0;
            if (m.length < COPY_LIMIT) {
              small.push(m);
              if (done)
                this.stream.write((0, framing.H5)(small), done);
              continue;
            }
            if (small.length > 0)
              this.stream.write((0, framing.H5)(small));
            small = [];
            this.stream.write((0, framing.Sl)(m.length));
            this.stream.write(m, done);
          }
          this.stream.uncork();
        }
        sendHeaders() {
          if (this.stream.headersSent)
            return;
          this.stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
        }
        /** Sends the status once: in trailers after a response, or as a trailers-only response. */
        finish({ code, message }) {
          if (this.statusSent)
            return;
          this.statusSent = true;
          if (this.stream.destroyed || this.stream.closed)
            return;
          if (!this.stream.headersSent) {
            respondStatus(this.stream, code, message);
            return;
          }
          this.trailers = (0, grpc_status.Ff)(code, message);
          this.stream.end();
        }
      }
      function respondStatus(stream, code, message) {
        try {
          stream.respond({ ":status": 200, "content-type": "application/grpc", ...(0, grpc_status.Ff)(code, message) }, { endStream: true });
        } catch {
        }
      }
      ;
      const HealthCheckResponse_ServingStatus = {
        UNKNOWN: 0,
        SERVING: 1,
        NOT_SERVING: 2,
        /** Only used by Watch. */
        SERVICE_UNKNOWN: 3
      };
      const HEALTH_SERVICE = "grpc.health.v1.Health";
      ;
      const OVERALL = "";
      const { SERVING, SERVICE_UNKNOWN } = HealthCheckResponse_ServingStatus;
      class HealthService {
        onCheck;
        serviceName = HEALTH_SERVICE;
        /** Check calls answered so far. */
        checks = 0;
        /** When the last Check arrived (ms since epoch), 0 before the first. */
        lastCheckAt = 0;
        watchers = /* @__PURE__ */ new Set();
        constructor(onCheck) {
          this.onCheck = onCheck;
        }
        handlers() {
          return {
            Check: (call, callback) => {
              if ((call.request?.service ?? OVERALL) !== OVERALL) {
                callback(new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, "unknown service"));
                return;
              }
              this.checks++;
              this.lastCheckAt = Date.now();
              this.onCheck?.();
              callback(null, { status: SERVING });
            },
            List: (_call, callback) => {
              callback(null, { statuses: { [OVERALL]: { status: SERVING } } });
            },
            // Watch streams the status and stays open until the caller goes away or the session closes.
            Watch: (call) => {
              this.watchers.add(call);
              call.on("cancelled", () => this.watchers.delete(call));
              call.write({ status: (call.request?.service ?? OVERALL) === OVERALL ? SERVING : SERVICE_UNKNOWN });
            }
          };
        }
        close() {
          for (const call of this.watchers)
            call.end();
          this.watchers.clear();
        }
      }
      ;
      const SESSION_HEADERS = {
        id: "x-docker-expose-session-uuid",
        name: "x-docker-expose-session-name",
        sharedKey: "x-docker-expose-session-sharedkey",
        method: "x-docker-expose-session-grpc-method"
      };
      function newSessionId() {
        let id2 = "";
        while (id2.length < 25) {
          const bytes = (0, external_node_crypto_.randomBytes)(32);
          for (const b of bytes) {
            if (b < 252 && id2.length < 25)
              id2 += (b % 36).toString(36);
          }
        }
        return id2;
      }
      class Session {
        id;
        /** A later session may take the id as soon as this one ends. */
        idReused;
        /** How long the daemon may hold the id after the session ended: set when it is opened on such a route. */
        lingerMs = 0;
        name;
        sharedKey;
        /** Settles when the daemon drops the session (or close() finished). Never rejects. */
        closed;
        health = new HealthService();
        attachables = [];
        server;
        tunnel;
        markClosed;
        state = "new";
        closing;
        /** Why the session ended without close(): the tunnel broke or the daemon dropped it. Undefined otherwise. */
        lostReason;
        constructor(opts = {}) {
          this.id = opts.reusedId ?? newSessionId();
          this.idReused = opts.reusedId !== void 0 && !opts.lingerAllowed;
          this.name = opts.name ?? "bakekit";
          this.sharedKey = opts.sharedKey ?? this.id;
          this.closed = new Promise((resolve) => {
            this.markClosed = resolve;
          });
        }
        /** Health Check calls the daemon made so far: proof the daemon still sees this session. */
        get healthChecks() {
          return this.health.checks;
        }
        get lastHealthCheckAt() {
          return this.health.lastCheckAt;
        }
        /** Adds a service to serve; only before run(). */
        attach(a) {
          if (this.state !== "new")
            throw new Error("Session.attach() must be called before run()");
          if (a.serviceName === this.health.serviceName || this.attachables.some((x) => x.serviceName === a.serviceName)) {
            throw new Error(`session already serves ${a.serviceName}`);
          }
          this.attachables.push(a);
          return this;
        }
        /** The method paths advertised to the daemon, one header each. */
        advertisedMethods() {
          return this.services().flatMap(({ attachable, handlers }) => advertised(attachable, handlers));
        }
        /** Every served service with its handlers, Health first; handlers() is called once per attachable. */
        services() {
          const all = [this.health, ...this.attachables];
          return all.map((attachable) => ({ attachable, handlers: attachable.handlers() }));
        }
        /** Serves the session over a tunnel opened on `conn`; resolves once the daemon has accepted the tunnel. */
        async run(conn) {
          if (this.state !== "new")
            throw new Error(`Session.run() called twice (session ${this.id})`);
          this.state = "starting";
          const server = new RpcServer();
          this.server = server;
          const headers = [
            [SESSION_HEADERS.id, this.id],
            [SESSION_HEADERS.name, this.name],
            [SESSION_HEADERS.sharedKey, this.sharedKey]
          ];
          let tunnel;
          try {
            for (const { attachable, handlers } of this.services()) {
              server.addService(attachable.definition ?? (0, grpc_service.fJ)(attachable.serviceName), handlers);
              for (const path of advertised(attachable, handlers))
                headers.push([SESSION_HEADERS.method, path]);
            }
            if (!this.idReused)
              this.lingerMs = conn.sessionLingerMs;
            tunnel = await conn.openSessionTunnel(headers, { idReused: this.idReused });
          } catch (err) {
            await this.close();
            throw new Error(`cannot open a BuildKit session on ${conn.description}: ${err.message}`, {
              cause: err
            });
          }
          if (this.state !== "starting") {
            tunnel.destroy();
            return;
          }
          this.tunnel = tunnel;
          let tunnelError;
          tunnel.on("error", (err) => {
            tunnelError ??= err;
          });
          tunnel.once("close", () => {
            if (this.state === "running")
              this.lostReason = tunnelError ?? new Error("the daemon ended the session");
            void this.close();
          });
          server.serve(tunnel);
          this.state = "running";
        }
        /**
         * Half-closes the tunnel and waits (bounded) for the daemon to end it, then stops the server and closes the
         * attachables. Call only after every Solve using this session returned: exporters stream through it.
         */
        close() {
          this.closing ??= this.doClose();
          return this.closing;
        }
        async doClose() {
          const wasNew = this.state === "new";
          this.state = "closing";
          const tunnel = this.tunnel;
          if (tunnel && !tunnel.destroyed) {
            const ended = new Promise((resolve) => tunnel.once("close", () => resolve()));
            tunnel.end();
            const timer = setTimeout(() => tunnel.destroy(), 3e3);
            await ended;
            clearTimeout(timer);
          }
          if (!wasNew)
            this.server?.close();
          for (const a of this.attachables) {
            try {
              a.close?.();
            } catch {
            }
          }
          this.health.close();
          this.state = "closed";
          this.markClosed();
        }
      }
      function advertised(a, handlers) {
        const def = a.definition ?? (0, grpc_service.fJ)(a.serviceName);
        return (a.advertisedMethods ?? Object.keys(handlers)).map((m) => {
          if (!def[m])
            throw new Error(`${a.serviceName} has no method ${m}`);
          return def[m].path;
        });
      }
    })
  )
};
