"use strict"; exports.id = 304;
exports.ids = [304];
exports.modules = {
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
