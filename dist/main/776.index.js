"use strict"; exports.id = 776;
exports.ids = [776, 395];
exports.modules = {
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
