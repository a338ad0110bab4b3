"use strict"; exports.id = 902;
exports.ids = [902, 304];
exports.modules = {
  /***/
  5578: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        A: () => (
          /* binding */
          toBuffer
        ),
        /* harmony export */
        h: () => (
          /* binding */
          decodeGrpcErrorDetails
        )
        /* harmony export */
      });
      var _grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8791);
      var _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9499);
      const TYPE_PREFIX = "github.com/moby/buildkit/";
      function isObject(value) {
        return typeof value === "object" && value !== null && !Array.isArray(value);
      }
      function asString(value) {
        return typeof value === "string" ? value : "";
      }
      function asNumber(value) {
        if (typeof value === "number" && Number.isFinite(value))
          return value;
        if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
          return Number(value);
        return void 0;
      }
      function asStringArray(value) {
        return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
      }
      function toBuffer(value) {
        if (Buffer.isBuffer(value))
          return value;
        if (value instanceof Uint8Array)
          return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
        if (typeof value === "string")
          return Buffer.from(value, "base64");
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
          ranges: parseRanges(json.ranges)
        };
      }
      function parseSolve(json) {
        const detail = { inputIDs: asStringArray(json.inputIDs), mountIDs: asStringArray(json.mountIDs) };
        if (isObject(json.op)) {
          detail.op = json.op;
          const oneof = isObject(json.op.Op) ? json.op.Op : json.op;
          const exec = isObject(oneof.exec) ? oneof.exec : void 0;
          const meta = exec && isObject(exec.meta) ? exec.meta : void 0;
          if (meta && Array.isArray(meta.args))
            detail.command = asStringArray(meta.args);
        }
        if (isObject(json.description)) {
          detail.description = Object.fromEntries(Object.entries(json.description).filter((e) => typeof e[1] === "string"));
        }
        const subject = isObject(json.Subject) ? json.Subject : isObject(json.subject) ? json.subject : void 0;
        if (subject && isObject(subject.file))
          detail.fileActionIndex = asNumber(subject.file.index) ?? 0;
        if (subject && isObject(subject.cache))
          detail.contentCacheIndex = asNumber(subject.cache.index) ?? 0;
        return detail;
      }
      function decodeGrpcErrorDetails(err) {
        const fromCall = err instanceof Error;
        const status = fromCall ? (0, _grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__.Vv)(err) : err;
        const decoded = {
          code: status?.code ?? (fromCall ? (0, _grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__.$N)(err) ?? _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__.Cy.UNKNOWN : _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__.Cy.UNKNOWN),
          message: status?.message || (fromCall ? (0, _grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__.bD)(err) : ""),
          sources: [],
          vertexDigests: [],
          solves: [],
          frontendCaps: [],
          subrequests: [],
          frontends: [],
          stacks: [],
          other: []
        };
        for (const detail of status?.details ?? [])
          addDetail(decoded, detail);
        return decoded;
      }
      function addDetail(decoded, detail) {
        const typeUrl = detail.type_url ?? "";
        const value = toBuffer(detail.value);
        const kind = typeUrl.startsWith(TYPE_PREFIX) ? typeUrl.slice(TYPE_PREFIX.length) : "";
        if (!kind.endsWith("+json")) {
          decoded.other.push({ typeUrl, value });
          return;
        }
        let json;
        try {
          json = JSON.parse(value.toString("utf8"));
        } catch {
          decoded.other.push({ typeUrl, value });
          return;
        }
        if (!isObject(json)) {
          decoded.other.push({ typeUrl, value, json });
          return;
        }
        switch (kind) {
          case "errdefs.Source+json":
            decoded.sources.push(parseSource(json));
            return;
          case "errdefs.Vertex+json": {
            const digest = asString(json.digest);
            if (digest)
              decoded.vertexDigests.push(digest);
            return;
          }
          case "errdefs.Solve+json":
            decoded.solves.push(parseSolve(json));
            return;
          case "gatewayapi.ExitMessage+json":
            decoded.exitCode = asNumber(json.Code ?? json.code) ?? 0;
            return;
          case "errdefs.FrontendCap+json":
            decoded.frontendCaps.push(asString(json.name));
            return;
          case "errdefs.Subrequest+json":
            decoded.subrequests.push(asString(json.name));
            return;
          case "errdefs.Frontend+json":
            decoded.frontends.push({ name: asString(json.name), source: asString(json.source) });
            return;
          case "stack.Stack+json":
            decoded.stacks.push(json);
            return;
          default:
            decoded.other.push({ typeUrl, value, json });
        }
      }
    })
  ),
  /***/
  3832: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Y: () => (
          /* binding */
          SolveError
        )
        /* harmony export */
      });
      var _grpc_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9499);
      var _details_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5578);
      var _source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3515);
      class SolveError extends Error {
        name = "SolveError";
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
          super("", options.cause === void 0 ? void 0 : { cause: options.cause });
          this.grpcCode = details.code;
          this.statusMessage = details.message;
          this.details = details;
          this.sources = details.sources.map(_source_js__WEBPACK_IMPORTED_MODULE_2__.J$).filter((s) => s !== void 0);
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
          return new SolveError((0, _details_js__WEBPACK_IMPORTED_MODULE_1__.h)(err), { cause: err instanceof Error ? err : void 0, ...options });
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
          const named = this.details.vertexDigests.map((d) => progress.vertex(d)).find((v) => v !== void 0);
          const vertex = named ?? progress.failedVertices(target).at(-1);
          if (vertex) {
            this.vertexDigest ??= vertex.digest;
            this.vertexName = vertex.name;
          }
          return this;
        }
        /** buildx's source blocks for every location, one after another (empty string when there are none). */
        formatSourceSnippet() {
          return this.sources.flatMap((s) => s.snippet).join("\n");
        }
        /** A GitHub annotation at the first source location (or without a location). */
        toAnnotation() {
          const location = this.sources[0];
          const what = this.vertexName ?? "build failed";
          const title = this.target !== void 0 && !what.startsWith(`[${this.target}`) ? `target ${this.target}: ${what}` : what;
          const annotation = { title, message: this.message };
          if (location) {
            annotation.file = location.file;
            annotation.startLine = location.startLine;
            annotation.endLine = location.endLine;
          }
          return annotation;
        }
        composeMessage() {
          const text = `failed to solve: ${(0, _grpc_status_js__WEBPACK_IMPORTED_MODULE_0__.rG)(this.grpcCode, this.statusMessage)}`;
          return this.multiTarget && this.target !== void 0 ? `target ${this.target}: ${text}` : text;
        }
      }
    })
  ),
  /***/
  3515: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        CB: () => (
          /* binding */
          warningSource
        ),
        /* harmony export */
        GO: () => (
          /* binding */
          formatSourceBlock
        ),
        /* harmony export */
        J$: () => (
          /* binding */
          sourceLocation
        )
        /* harmony export */
      });
      var _details_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5578);
      const SNIPPET_RULE = "--------------------";
      function lineSpan(ranges) {
        if (ranges.length === 0)
          return void 0;
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
      function formatSourceBlock(filename, data, ranges) {
        if (data.length === 0)
          return [];
        const span = lineSpan(ranges);
        if (!span)
          return [];
        const lines = Buffer.from(data).toString("utf8").split("\n").map((l) => l.replace(/\r$/, ""));
        let { start, end } = span;
        if (start > lines.length || start < 1)
          return [];
        if (end > lines.length)
          end = lines.length;
        const firstLine = start;
        const pad = end === start ? 4 : 2;
        for (let p = 0; p < pad; ) {
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
          const mark = rangesContain(ranges, i) ? ">>>" : "   ";
          out.push(` ${String(i).padStart(3)} | ${mark} ${lines[i - 1]}`);
        }
        out.push(SNIPPET_RULE);
        return out;
      }
      function sourceLocation(source) {
        const span = lineSpan(source.ranges);
        if (!span || !source.filename)
          return void 0;
        return {
          file: source.filename,
          startLine: span.start,
          endLine: span.end,
          snippet: formatSourceBlock(source.filename, source.data, source.ranges)
        };
      }
      function warningSource(info, ranges) {
        if (!info)
          return void 0;
        return sourceLocation({
          filename: info.filename ?? "",
          data: (0, _details_js__WEBPACK_IMPORTED_MODULE_0__.A)(info.data),
          language: info.language ?? "",
          ranges: (ranges ?? []).map((r) => ({
            start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
            end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 }
          }))
        });
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
  ),
  /***/
  5902: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Ab: () => (
          /* binding */
          stoppedByRun
        ),
        /* harmony export */
        B_: () => (
          /* binding */
          TargetStoppedError
        ),
        /* harmony export */
        Kp: () => (
          /* binding */
          failureToReport
        ),
        /* harmony export */
        Tv: () => (
          /* binding */
          SessionLostError
        ),
        /* harmony export */
        v5: () => (
          /* binding */
          TargetFailedError
        )
        /* harmony export */
      });
      var _buildkit_errdefs_solve_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3832);
      var _buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8791);
      var _buildkit_grpc_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9499);
      var _buildkit_transport_keepalive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9304);
      var _lifetime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1466);
      class TargetFailedError extends Error {
        target;
        name = "TargetFailedError";
        constructor(target, cause) {
          super(`target "${target}": ${cause.message}`, { cause });
          this.target = target;
        }
      }
      class TargetStoppedError extends Error {
        name = "TargetStoppedError";
        constructor(cause) {
          super(cause.message, { cause });
        }
      }
      class SessionLostError extends Error {
        name = "SessionLostError";
        constructor(daemon, cause) {
          super(`lost the session with BuildKit at ${daemon} (it serves the build's files, secrets and exports): ${cause.message}`, { cause });
        }
      }
      function stoppedByRun(error, run) {
        return error instanceof _lifetime_js__WEBPACK_IMPORTED_MODULE_4__.hd || run.aborted && (error === run.reason || isCancellation(error, run));
      }
      function failureToReport(stop) {
        let error = stop.error;
        if (stop.solveError && !isCancellation(stop.solveError, stop.run))
          error = stop.solveError;
        const lost = stop.stopReason instanceof SessionLostError ? stop.stopReason : void 0;
        const stopped = stop.stopReason instanceof TargetStoppedError ? stop.stopReason.cause : void 0;
        error = connectionLost(lost?.cause ?? stopped ?? error, stop.daemon) ?? lost ?? stopped ?? error;
        if (stop.clientRefusal && !lost)
          return stop.clientRefusal;
        return toSolveError(error, stop.target);
      }
      function isCancellation(err, run) {
        return run.aborted && ((0, _buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__.$N)(err) === _buildkit_grpc_status_js__WEBPACK_IMPORTED_MODULE_2__.Cy.CANCELLED || err === run.reason || /context canceled|cancel/i.test(err.message));
      }
      function connectionLost(err, daemon) {
        if ((0, _buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__.$N)(err) !== _buildkit_grpc_status_js__WEBPACK_IMPORTED_MODULE_2__.Cy.UNAVAILABLE || (0, _buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__.iX)(err))
          return void 0;
        if ((0, _buildkit_transport_keepalive_js__WEBPACK_IMPORTED_MODULE_3__.Th)(err))
          return new Error((0, _buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__.bD)(err), { cause: err });
        return new Error(`lost the connection to BuildKit at ${daemon} (did the daemon stop?): ${(0, _buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__.bD)(err)}`, {
          cause: err
        });
      }
      function toSolveError(err, target) {
        if ((0, _buildkit_grpc_errors_js__WEBPACK_IMPORTED_MODULE_1__.$N)(err) === void 0 || err instanceof _buildkit_errdefs_solve_error_js__WEBPACK_IMPORTED_MODULE_0__.Y)
          return err;
        return _buildkit_errdefs_solve_error_js__WEBPACK_IMPORTED_MODULE_0__.Y.fromGrpc(err, { target });
      }
    })
  )
};
