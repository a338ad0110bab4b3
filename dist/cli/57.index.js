"use strict"; exports.id = 57;
exports.ids = [57];
exports.modules = {
  /***/
  3315: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        au: () => (
          /* binding */
          CONFIG_FILE_NAME
        ),
        /* harmony export */
        iL: () => (
          /* binding */
          buildxConfigDir
        ),
        /* harmony export */
        kG: () => (
          /* binding */
          dockerConfigDir
        )
        /* harmony export */
      });
      var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      const CONFIG_FILE_NAME = "config.json";
      function dockerConfigDir(env = process.env) {
        return env.DOCKER_CONFIG || (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME || (0, node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), ".docker");
      }
      function buildxConfigDir(env = process.env) {
        return env.BUILDX_CONFIG || (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dockerConfigDir(env), "buildx");
      }
    })
  ),
  /***/
  3467: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        cB: () => (
          /* binding */
          contextTlsDir
        ),
        /* harmony export */
        z_: () => (
          /* binding */
          contextMetaFile
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3315);
      function contextStoreDir(env = process.env) {
        return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0, _config_dir_js__WEBPACK_IMPORTED_MODULE_2__.kG)(env), "contexts");
      }
      function contextId(name) {
        return (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(name).digest("hex");
      }
      function contextMetaFile(name, env = process.env) {
        return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), "meta", contextId(name), "meta.json");
      }
      function contextTlsDir(name, endpoint, env = process.env) {
        return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), "tls", contextId(name), endpoint);
      }
    })
  ),
  /***/
  234: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        OH: () => (
          /* binding */
          ConnhelperUrlError
        ),
        /* harmony export */
        UL: () => (
          /* binding */
          redactUrlPassword
        ),
        /* harmony export */
        hG: () => (
          /* binding */
          queryGet
        ),
        /* harmony export */
        jk: () => (
          /* binding */
          parseConnhelperUrl
        )
        /* harmony export */
      });
      class ConnhelperUrlError extends Error {
        name = "ConnhelperUrlError";
      }
      function parseConnhelperUrl(raw) {
        if (/[\x00-\x1f\x7f]/.test(raw))
          throw new ConnhelperUrlError("invalid control character in URL");
        const [beforeFragment, rawFragment = ""] = cut(raw, "#");
        const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s.exec(beforeFragment);
        if (!m)
          throw new ConnhelperUrlError("not a scheme://\u2026 URL");
        const [rest, rawQuery = ""] = cut(m[2], "?");
        const slash = rest.indexOf("/");
        const authority = slash < 0 ? rest : rest.slice(0, slash);
        const rawPath = slash < 0 ? "" : rest.slice(slash);
        let username;
        let password;
        const at = authority.lastIndexOf("@");
        const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
        if (at >= 0) {
          const userinfo = authority.slice(0, at);
          if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo))
            throw new ConnhelperUrlError("invalid userinfo");
          const [user, pass] = cut(userinfo, ":");
          username = unescape(user, "userinfo");
          if (pass !== void 0)
            password = unescape(pass, "userinfo");
        }
        const { hostname, port } = splitHostPort(host);
        return {
          scheme: m[1].toLowerCase(),
          ...username !== void 0 ? { username } : {},
          ...password !== void 0 ? { password } : {},
          hostname,
          port,
          path: unescape(rawPath, "path"),
          rawQuery,
          fragment: unescape(rawFragment, "fragment")
        };
      }
      function queryGet(rawQuery, key) {
        for (const pair of rawQuery.split("&")) {
          if (!pair || pair.includes(";"))
            continue;
          const [k, v = ""] = cut(pair, "=");
          try {
            if (unescape(k, "query") === key)
              return unescape(v, "query");
          } catch {
          }
        }
        return "";
      }
      function redactUrlPassword(spec) {
        const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/s.exec(spec);
        if (!m)
          return spec;
        const authority = m[2];
        const at = authority.lastIndexOf("@");
        const colon = authority.indexOf(":");
        if (at < 0 || colon < 0 || colon > at)
          return spec;
        return `${m[1]}${authority.slice(0, colon)}:xxxxx${authority.slice(at)}${m[3]}`;
      }
      function cut(s, sep) {
        const i = s.indexOf(sep);
        return i < 0 ? [s] : [s.slice(0, i), s.slice(i + sep.length)];
      }
      function validOptionalPort(colonPort) {
        return colonPort === "" || /^:[0-9]*$/.test(colonPort);
      }
      function parseHost(host) {
        if (host.startsWith("[")) {
          const close = host.lastIndexOf("]");
          if (close < 0)
            throw new ConnhelperUrlError("missing ']' in host");
          const colonPort = host.slice(close + 1);
          if (!validOptionalPort(colonPort))
            throw new ConnhelperUrlError(`invalid port ${JSON.stringify(colonPort)} after host`);
        } else {
          const colon = host.lastIndexOf(":");
          if (colon >= 0 && !validOptionalPort(host.slice(colon))) {
            throw new ConnhelperUrlError(`invalid port ${JSON.stringify(host.slice(colon))} after host`);
          }
        }
        return unescape(host, "host");
      }
      function splitHostPort(hostPort) {
        let hostname = hostPort;
        let port = "";
        const colon = hostPort.lastIndexOf(":");
        if (colon >= 0 && validOptionalPort(hostPort.slice(colon))) {
          hostname = hostPort.slice(0, colon);
          port = hostPort.slice(colon + 1);
        }
        if (hostname.startsWith("[") && hostname.endsWith("]"))
          hostname = hostname.slice(1, -1);
        return { hostname, port };
      }
      const HOST_CHAR = /[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/;
      function unescape(s, mode) {
        const bytes = [];
        for (let i = 0; i < s.length; ) {
          if (s[i] === "%") {
            const hex = s.slice(i + 1, i + 3);
            if (!/^[0-9A-Fa-f]{2}$/.test(hex))
              throw new ConnhelperUrlError(`invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`);
            const byte = parseInt(hex, 16);
            if (mode === "host" && byte < 128 && hex !== "25") {
              throw new ConnhelperUrlError(`invalid URL escape ${JSON.stringify(s.slice(i, i + 3))} in host`);
            }
            bytes.push(byte);
            i += 3;
            continue;
          }
          const ch = String.fromCodePoint(s.codePointAt(i));
          if (mode === "host" && ch.charCodeAt(0) < 128 && !HOST_CHAR.test(ch)) {
            throw new ConnhelperUrlError(`invalid character ${JSON.stringify(ch)} in host name`);
          }
          if (mode === "query" && ch === "+")
            bytes.push(32);
          else
            bytes.push(...Buffer.from(ch, "utf8"));
          i += ch.length;
        }
        return Buffer.from(bytes).toString("utf8");
      }
    })
  ),
  /***/
  6391: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        zy: () => (
          /* binding */
          StdioCommandError
        ),
        fE: () => (
          /* binding */
          formatCommand
        ),
        Jn: () => (
          /* binding */
          lastStderrLine
        ),
        x_: () => (
          /* binding */
          startCommandBridge
        )
      });
      var external_node_child_process_ = __webpack_require__(1421);
      var external_node_stream_ = __webpack_require__(7075);
      var promises_ = __webpack_require__(1455);
      var external_node_net_ = __webpack_require__(7030);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_path_ = __webpack_require__(6760);
      ;
      class LocalBridge {
        server;
        dir;
        socketPath;
        dial;
        failureCount = 0;
        failureWaiters = [];
        open = /* @__PURE__ */ new Set();
        closed = false;
        constructor(server, dir, socketPath, dial) {
          this.server = server;
          this.dir = dir;
          this.socketPath = socketPath;
          this.dial = dial;
          server.on("connection", (client) => this.accept(client));
        }
        /** Starts a bridge on `<tmp>/bakekit-bridge-XXXX/buildkit.sock`; the directory is 0700 and the socket 0600, so only
         * this user can reach the daemon through it. */
        static async start(dial) {
          const dir = await (0, promises_.mkdtemp)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "bakekit-bridge-"));
          const socketPath = (0, external_node_path_.join)(dir, "buildkit.sock");
          const server = external_node_net_.createServer({ pauseOnConnect: true });
          try {
            await new Promise((resolve, reject) => {
              server.once("error", reject);
              server.listen(socketPath, () => {
                server.off("error", reject);
                resolve();
              });
            });
            await (0, promises_.chmod)(socketPath, 384);
          } catch (err) {
            server.close();
            await (0, promises_.rm)(dir, { recursive: true, force: true });
            throw err;
          }
          server.unref();
          return new LocalBridge(server, dir, socketPath, dial);
        }
        /** The most recent dial failure: what to tell the user when the channel never becomes ready. */
        get lastError() {
          return this.lastFailure;
        }
        lastFailure;
        /** Records a failed dial (also called by dialers whose failure shows up after the dial returned, like a
         * `docker exec` that exits); the same error object counts once. */
        recordFailure(err) {
          if (err === this.lastFailure)
            return;
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
          client.on("close", () => this.open.delete(client));
          client.on("error", () => {
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
            upstream.on("error", (err) => {
              this.recordFailure(err);
              teardown();
            });
            upstream.on("close", teardown);
            client.on("close", teardown);
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
          await (0, promises_.rm)(this.dir, { recursive: true, force: true });
        }
      }
      ;
      function formatCommand(cmd) {
        return [cmd.command, ...cmd.args].map((a) => a === "" || /[\s"'\\$`]/.test(a) ? JSON.stringify(a) : a).join(" ");
      }
      class StdioCommandError extends Error {
        commandLine;
        stderr;
        name = "StdioCommandError";
        constructor(message, commandLine, stderr, options) {
          super(message, options);
          this.commandLine = commandLine;
          this.stderr = stderr;
        }
      }
      function lastStderrLine(stderr) {
        return stderr.trim().split("\n").map((l) => l.trim()).filter(Boolean).pop();
      }
      class ProcessStream extends external_node_stream_.Duplex {
        child;
        stderr = "";
        /** Set when the process could not start or exited unsuccessfully (StdioCommandError). */
        failure;
        /** Settles once the process's end has been looked at (and `failure` set if it failed). */
        exitExamined;
        constructor(cmd, onFailure) {
          super({ allowHalfOpen: true });
          const commandLine = formatCommand(cmd);
          this.child = (0, external_node_child_process_.spawn)(cmd.command, [...cmd.args], { stdio: ["pipe", "pipe", "pipe"] });
          const { stdin, stdout, stderr } = this.child;
          stderr.on("data", (c) => {
            if (this.stderr.length < 4096)
              this.stderr += c.toString("utf8");
          });
          stdout.on("data", (c) => {
            if (!this.push(c))
              stdout.pause();
          });
          stdout.on("end", () => this.push(null));
          stdin.on("error", () => {
          });
          let examined;
          this.exitExamined = new Promise((resolve) => examined = resolve);
          this.child.on("error", (err) => {
            const why = err.code === "ENOENT" ? `${cmd.command} not found on PATH` : err.message;
            this.failure = new StdioCommandError(`cannot run ${cmd.command}: ${why}`, commandLine, "", { cause: err });
            onFailure?.(this.failure);
            examined();
            this.destroy(this.failure);
          });
          let stderrClosed = false;
          stderr.once("close", () => stderrClosed = true);
          this.child.on("exit", (code, signal) => {
            if (code !== 0 && code !== null) {
              const report = () => {
                if (this.failure)
                  return;
                const why = lastStderrLine(this.stderr) ?? `exit code ${code}`;
                this.failure = new StdioCommandError(`${commandLine} failed: ${why}`, commandLine, this.stderr);
                onFailure?.(this.failure);
                examined();
              };
              if (stderrClosed)
                report();
              else {
                const timer = setTimeout(report, 500);
                timer.unref();
                stderr.once("close", () => {
                  clearTimeout(timer);
                  report();
                });
              }
            } else
              examined();
            if (code === null && signal && !this.destroyed)
              this.destroy();
          });
        }
        _read() {
          this.child.stdout.resume();
        }
        _write(chunk, _enc, cb) {
          this.child.stdin.write(chunk, (err) => err ? this.failWithExit(err, cb) : cb(null));
        }
        _final(cb) {
          this.child.stdin.end((err) => err ? this.failWithExit(err, cb) : cb(null));
        }
        /** stdin failed (EPIPE, or closed): the process is gone or going. Its own failure (ssh's "Permission denied",
         * kubectl's "not found") says why, so the stream fails with that once the exit has been looked at (within 1 s). */
        failWithExit(err, cb) {
          let done = false;
          const finish = () => {
            if (done)
              return;
            done = true;
            clearTimeout(timer);
            cb(this.failure ?? err);
          };
          const timer = setTimeout(finish, 1e3);
          void this.exitExamined.then(finish);
        }
        _destroy(err, cb) {
          this.child.stdin.destroy();
          this.child.stdout.destroy();
          if (this.child.exitCode === null && this.child.signalCode === null) {
            this.child.kill("SIGTERM");
            const killer = setTimeout(() => this.child.kill("SIGKILL"), 2e3);
            killer.unref();
            this.child.once("exit", () => clearTimeout(killer));
          }
          cb(err);
        }
      }
      async function startCommandBridge(cmd) {
        const bridge = await LocalBridge.start(() => Promise.resolve(new ProcessStream(cmd, (err) => bridge.recordFailure(err))));
        return bridge;
      }
    })
  ),
  /***/
  57: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        DEFAULT_DOCKER_SOCKET: () => (
          /* binding */
          DEFAULT_DOCKER_SOCKET
        ),
        /* harmony export */
        EndpointError: () => (
          /* binding */
          EndpointError
        ),
        /* harmony export */
        currentBuilderName: () => (
          /* binding */
          currentBuilderName
        ),
        /* harmony export */
        defaultEndpoint: () => (
          /* binding */
          defaultEndpoint
        ),
        /* harmony export */
        describeDockerHost: () => (
          /* binding */
          describeDockerHost
        ),
        /* harmony export */
        describeEndpoint: () => (
          /* binding */
          describeEndpoint
        ),
        /* harmony export */
        dockerContextHost: () => (
          /* binding */
          dockerContextHost
        ),
        /* harmony export */
        dockerHostFromEnv: () => (
          /* binding */
          dockerHostFromEnv
        ),
        /* harmony export */
        parseEndpoint: () => (
          /* binding */
          parseEndpoint
        ),
        /* harmony export */
        resolveBuilder: () => (
          /* binding */
          resolveBuilder
        ),
        /* harmony export */
        resolveBuilderNodes: () => (
          /* binding */
          resolveBuilderNodes
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
      var _dockerconfig_config_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3315);
      var _dockerconfig_contexts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3467);
      var _connhelper_url_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(234);
      var _kubepod_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9322);
      var _kubernetes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9676);
      var _ssh_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1304);
      const DEFAULT_DOCKER_SOCKET = "/var/run/docker.sock";
      const ACCEPTED_FORMS = "unix:///path/to/buildkitd.sock, tcp://host:port, docker://, docker://unix:///path, docker://tcp://host:port, docker-container://<container>, ssh://[user@]host[:port][/socket], kube-pod://<pod>, or the name of a buildx builder";
      class EndpointError extends Error {
        name = "EndpointError";
      }
      function invalid(spec, why, cause) {
        return new EndpointError(`invalid BuildKit endpoint ${JSON.stringify((0, _connhelper_url_js__WEBPACK_IMPORTED_MODULE_6__.UL)(spec))}: ${why}. Accepted forms: ${ACCEPTED_FORMS}`, { cause });
      }
      function describeEndpoint(e) {
        const via = e.builder ? ` (buildx builder ${e.builder})` : "";
        switch (e.kind) {
          case "unix":
            return `unix://${e.path}${via}`;
          case "tcp":
            return `tcp://${formatHostPort(e.host, e.port)}${e.tls ? " (TLS)" : ""}${via}`;
          case "docker":
            return `docker://${describeDockerHost(e.engine)}${via}`;
          case "docker-container": {
            const q = e.docker.context ? `?context=${e.docker.context}` : "";
            return `docker-container://${e.container}${q}${via}`;
          }
          case "ssh":
            return `${(0, _ssh_js__WEBPACK_IMPORTED_MODULE_7__.gK)(e)}${via}`;
          case "kube-pod":
            return `${(0, _kubepod_js__WEBPACK_IMPORTED_MODULE_8__.w1)(e)}${via}`;
          case "kubernetes":
            return `${(0, _kubernetes_js__WEBPACK_IMPORTED_MODULE_5__.a2)(e)}${via}`;
        }
      }
      function describeDockerHost(h) {
        return h.kind === "unix" ? `unix://${h.path}` : `tcp://${formatHostPort(h.host, h.port)}`;
      }
      function formatHostPort(host, port) {
        return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
      }
      function hasTls(tls) {
        return !!tls && !!(tls.caCert || tls.cert || tls.key);
      }
      function checkTls(spec, tls) {
        if (!!tls.cert !== !!tls.key) {
          throw invalid(spec, `TLS client ${tls.cert ? "key" : "certificate"} missing: a client certificate needs its key and vice versa`);
        }
        return { ...tls };
      }
      function parseUnix(spec, url) {
        const path = url.slice("unix://".length);
        if (!path.startsWith("/")) {
          throw invalid(spec, "a unix socket needs an absolute path (three slashes: unix:///run/buildkit/buildkitd.sock)");
        }
        return path;
      }
      function parseTcp(spec, url) {
        const rest = url.slice("tcp://".length).replace(/\/+$/, "");
        const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:/[\]]+)):(\d{1,5})$/.exec(rest);
        if (!m)
          throw invalid(spec, "a tcp endpoint needs a host and a port (tcp://host:port)");
        const port = Number(m[3]);
        if (port < 1 || port > 65535)
          throw invalid(spec, `port ${m[3]} is out of range`);
        return { host: m[1] ?? m[2], port };
      }
      function parseDockerHost(spec, url, tls) {
        if (url.startsWith("unix://"))
          return { kind: "unix", path: parseUnix(spec, url) };
        if (url.startsWith("tcp://")) {
          const { host, port } = parseTcp(spec, url);
          return hasTls(tls) ? { kind: "tcp", host, port, tls: checkTls(spec, tls) } : { kind: "tcp", host, port };
        }
        throw invalid(spec, `unsupported Docker Engine address ${JSON.stringify(url)} (use unix:///path or tcp://host:port)`);
      }
      function dockerHostFromEnv(env = process.env) {
        const host = env.DOCKER_HOST?.trim();
        if (!host)
          return { kind: "unix", path: DEFAULT_DOCKER_SOCKET };
        let tls;
        if (env.DOCKER_TLS_VERIFY && env.DOCKER_TLS_VERIFY !== "0") {
          const dir = env.DOCKER_CERT_PATH || (0, _dockerconfig_config_dir_js__WEBPACK_IMPORTED_MODULE_3__.kG)(env);
          tls = { caCert: (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "ca.pem"), cert: (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "cert.pem"), key: (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "key.pem") };
        }
        return parseDockerHost(`DOCKER_HOST=${host}`, host, tls);
      }
      function parseEndpoint(spec, tls, opts = {}) {
        const env = opts.env ?? process.env;
        const s = spec.trim();
        if (!s)
          throw invalid(spec, "it is empty");
        if (s.startsWith("unix://"))
          return { kind: "unix", path: parseUnix(s, s) };
        if (s.startsWith("tcp://")) {
          const { host, port } = parseTcp(s, s);
          return hasTls(tls) ? { kind: "tcp", host, port, tls: checkTls(s, tls) } : { kind: "tcp", host, port };
        }
        if (s.startsWith("docker-container://")) {
          const rest = s.slice("docker-container://".length);
          const [name, query = ""] = splitOnce(rest, "?");
          const container = name.replace(/\/+$/, "");
          if (!container || container.includes("/"))
            throw invalid(s, "docker-container:// needs a container name (docker-container://NAME)");
          const context = new URLSearchParams(query).get("context") ?? void 0;
          return { kind: "docker-container", container, docker: context ? { context } : {} };
        }
        if (s.startsWith("ssh://"))
          return { kind: "ssh", ...connhelperSpec(s, _ssh_js__WEBPACK_IMPORTED_MODULE_7__.hL) };
        if (s.startsWith("kube-pod://"))
          return { kind: "kube-pod", ...connhelperSpec(s, _kubepod_js__WEBPACK_IMPORTED_MODULE_8__.V6) };
        if (s.startsWith("docker://")) {
          const rest = s.slice("docker://".length);
          if (rest === "" || rest === "/")
            return { kind: "docker", engine: dockerHostFromEnv(env) };
          return { kind: "docker", engine: parseDockerHost(s, rest, tls) };
        }
        if (s.includes("://"))
          throw invalid(s, `unknown scheme ${JSON.stringify(s.slice(0, s.indexOf("://") + 3))}`);
        if (s.startsWith("/"))
          throw invalid(s, "a socket path needs the unix:// prefix (unix:///path)");
        if (!BUILDER_NAME.test(s)) {
          throw invalid(s, 'not a URL and not a valid builder name (a letter followed by letters, digits, ".", "-" or "_")');
        }
        return resolveBuilder(s, env);
      }
      function connhelperSpec(spec, parse) {
        try {
          return parse(spec);
        } catch (err) {
          if (err instanceof _connhelper_url_js__WEBPACK_IMPORTED_MODULE_6__.OH)
            throw invalid(spec, err.message, err);
          throw err;
        }
      }
      function splitOnce(s, sep) {
        const i = s.indexOf(sep);
        return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
      }
      const BUILDER_NAME = /^[a-zA-Z][a-zA-Z0-9._-]*$/;
      function readJson(path, what) {
        let text;
        try {
          text = (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, "utf8");
        } catch (err) {
          throw new EndpointError(`cannot read ${what} ${path}: ${err.message}`, { cause: err });
        }
        try {
          return JSON.parse(text);
        } catch (err) {
          throw new EndpointError(`${what} ${path} is not valid JSON: ${err.message}`, { cause: err });
        }
      }
      function listBuilders(dir) {
        try {
          return (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)((0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "instances")).sort();
        } catch {
          return [];
        }
      }
      function resolveBuilder(name, env = process.env) {
        const dir = (0, _dockerconfig_config_dir_js__WEBPACK_IMPORTED_MODULE_3__.iL)(env);
        const key = name.toLowerCase();
        const file = (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "instances", key);
        if (!(0, node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file)) {
          if (key === "default")
            return { kind: "docker", engine: dockerHostFromEnv(env), builder: "default" };
          const known = listBuilders(dir);
          throw new EndpointError(`unknown buildx builder ${JSON.stringify(name)}: no ${file}` + (known.length ? ` (builders in ${dir}: ${known.join(", ")})` : ` (no builders in ${dir})`) + `. Accepted forms: ${ACCEPTED_FORMS}`);
        }
        const group = readJson(file, "buildx builder file");
        return builderEndpoint(group, name, file, env);
      }
      function resolveBuilderNodes(name, env = process.env) {
        const dir = (0, _dockerconfig_config_dir_js__WEBPACK_IMPORTED_MODULE_3__.iL)(env);
        const file = (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "instances", name.toLowerCase());
        if (!(0, node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
          return [{ name: "default", endpoint: resolveBuilder(name, env), platforms: [] }];
        const group = readJson(file, "buildx builder file");
        const nodes = group.Nodes ?? [];
        if (!nodes.length)
          throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no nodes`);
        return nodes.map((node, i) => ({
          name: node.Name || `${group.Name || name}${i}`,
          endpoint: builderEndpoint(group, name, file, env, node),
          platforms: (node.Platforms ?? []).filter((p) => p.os && p.architecture).map((p) => [p.os, p.architecture, p.variant].filter(Boolean).join("/"))
        }));
      }
      function builderEndpoint(group, name, file, env, only) {
        const driver = group.Driver ?? "";
        const node = only ?? group.Nodes?.[0];
        if (!node)
          throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no nodes`);
        const builder = group.Name || name;
        const nodeEndpoint = node.Endpoint ?? "";
        switch (driver) {
          case "remote": {
            const o = node.DriverOpts ?? {};
            const tls = {};
            if (o.cacert)
              tls.caCert = o.cacert;
            if (o.cert)
              tls.cert = o.cert;
            if (o.key)
              tls.key = o.key;
            if (o.servername)
              tls.serverName = o.servername;
            for (const p of [tls.caCert, tls.cert, tls.key]) {
              if (p && !(0, node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(p))
                throw new EndpointError(`buildx builder ${JSON.stringify(name)}: TLS file path ${p} is not absolute`);
            }
            if (Object.keys(tls).length && !tls.caCert) {
              throw new EndpointError(`buildx builder ${JSON.stringify(name)}: TLS options given but no cacert in its driver-opts`);
            }
            if (!nodeEndpoint)
              throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no endpoint`);
            return { ...parseEndpoint(nodeEndpoint, tls, { env }), builder };
          }
          case "docker-container": {
            if (!node.Name)
              throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has a node without a name`);
            return {
              kind: "docker-container",
              container: `buildx_buildkit_${node.Name}`,
              docker: dockerCliTarget(nodeEndpoint),
              builder
            };
          }
          case "docker":
            return { kind: "docker", engine: dockerEngineFor(nodeEndpoint, env), builder };
          case "kubernetes": {
            try {
              return { kind: "kubernetes", ...(0, _kubernetes_js__WEBPACK_IMPORTED_MODULE_5__.QK)(node), builder };
            } catch (err) {
              throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}): ${err.message}`, {
                cause: err
              });
            }
          }
          default:
            throw new EndpointError(`buildx builder ${JSON.stringify(name)} uses the ${JSON.stringify(driver)} driver, which bakekit does not support (supported: docker, docker-container, remote, kubernetes)`);
        }
      }
      function dockerCliTarget(nodeEndpoint) {
        if (!nodeEndpoint || nodeEndpoint === "default")
          return {};
        return nodeEndpoint.includes("://") ? { host: nodeEndpoint } : { context: nodeEndpoint };
      }
      function dockerEngineFor(nodeEndpoint, env) {
        if (!nodeEndpoint || nodeEndpoint === "default")
          return dockerHostFromEnv(env);
        if (nodeEndpoint.includes("://"))
          return parseDockerHost(nodeEndpoint, nodeEndpoint);
        return dockerContextHost(nodeEndpoint, env);
      }
      function dockerContextHost(context, env = process.env) {
        const meta = readJson((0, _dockerconfig_contexts_js__WEBPACK_IMPORTED_MODULE_4__.z_)(context, env), `Docker context ${JSON.stringify(context)}`);
        const host = meta.Endpoints?.docker?.Host;
        if (!host)
          throw new EndpointError(`Docker context ${JSON.stringify(context)} has no Docker endpoint`);
        let tls;
        const tlsDir = (0, _dockerconfig_contexts_js__WEBPACK_IMPORTED_MODULE_4__.cB)(context, "docker", env);
        if ((0, node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tlsDir, "ca.pem"))) {
          tls = { caCert: (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tlsDir, "ca.pem") };
          if ((0, node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tlsDir, "cert.pem")))
            Object.assign(tls, { cert: (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tlsDir, "cert.pem"), key: (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tlsDir, "key.pem") });
        }
        return parseDockerHost(`context ${context}`, host, tls);
      }
      function currentBuilderName(env = process.env) {
        if (env.BUILDX_BUILDER)
          return env.BUILDX_BUILDER;
        const dir = (0, _dockerconfig_config_dir_js__WEBPACK_IMPORTED_MODULE_3__.iL)(env);
        const key = env.DOCKER_HOST?.trim() || `unix://${DEFAULT_DOCKER_SOCKET}`;
        const currentFile = (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "current");
        if ((0, node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(currentFile)) {
          const c = readJson(currentFile, "buildx current-builder file");
          if (c.Name && (c.Global || c.Key === key))
            return c.Name;
        }
        const hash = (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(key).digest("hex").slice(0, 20);
        try {
          const name = (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "defaults", hash), "utf8").trim();
          return name || void 0;
        } catch {
          return void 0;
        }
      }
      function defaultEndpoint(env = process.env) {
        const name = currentBuilderName(env);
        if (name) {
          if (env.BUILDX_BUILDER)
            return resolveBuilder(name, env);
          if ((0, node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0, _dockerconfig_config_dir_js__WEBPACK_IMPORTED_MODULE_3__.iL)(env), "instances", name.toLowerCase())) || name.toLowerCase() === "default") {
            return resolveBuilder(name, env);
          }
        }
        return { kind: "docker", engine: dockerHostFromEnv(env) };
      }
    })
  ),
  /***/
  9322: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        V6: () => (
          /* binding */
          parseKubePodUrl
        ),
        /* harmony export */
        iS: () => (
          /* binding */
          kubePodCommand
        ),
        /* harmony export */
        w1: () => (
          /* binding */
          describeKubePod
        )
        /* harmony export */
      });
      var _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(234);
      const KUBE_IDENTIFIER = /^[-a-z0-9.]+$/;
      function parseKubePodUrl(spec) {
        const u = (0, _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.jk)(spec);
        if (u.scheme !== "kube-pod")
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH("not a kube-pod:// URL");
        const context = (0, _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.hG)(u.rawQuery, "context");
        const namespace = (0, _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.hG)(u.rawQuery, "namespace");
        const container = (0, _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.hG)(u.rawQuery, "container");
        const pod = u.hostname;
        if (namespace && !KUBE_IDENTIFIER.test(namespace))
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH(`unsupported namespace name: ${JSON.stringify(namespace)}`);
        if (!pod)
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH("url lacks pod name");
        if (!KUBE_IDENTIFIER.test(pod))
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH(`unsupported pod name: ${JSON.stringify(pod)}`);
        if (pod.startsWith("-"))
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH(`pod name ${JSON.stringify(pod)} begins with "-" (it would be read as an option)`);
        if (container && !KUBE_IDENTIFIER.test(container))
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH(`unsupported container name: ${JSON.stringify(container)}`);
        return {
          pod,
          ...context ? { context } : {},
          ...namespace ? { namespace } : {},
          ...container ? { container } : {}
        };
      }
      function kubePodCommand(p) {
        return {
          command: "kubectl",
          args: [
            ...p.kubeconfig ? [`--kubeconfig=${p.kubeconfig}`] : [],
            `--context=${p.context ?? ""}`,
            `--namespace=${p.namespace ?? ""}`,
            "exec",
            `--container=${p.container ?? ""}`,
            "-i",
            p.pod,
            "--",
            "buildctl",
            "dial-stdio"
          ]
        };
      }
      function describeKubePod(p) {
        const q = ["context", "namespace", "container"].filter((k) => p[k]).map((k) => `${k}=${encodeURIComponent(p[k]).replace(/%40/g, "@").replace(/%3A/g, ":").replace(/%2F/g, "/")}`).join("&");
        return `kube-pod://${p.pod}${q ? `?${q}` : ""}`;
      }
    })
  ),
  /***/
  9676: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        QK: () => (
          /* binding */
          kubernetesDeployment
        ),
        /* harmony export */
        a2: () => (
          /* binding */
          describeKubernetes
        ),
        /* harmony export */
        iR: () => (
          /* binding */
          resolveKubernetesPod
        )
        /* harmony export */
      });
      var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
      var _connhelper_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(234);
      var _connhelper_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6391);
      class KubernetesBuilderError extends Error {
        name = "KubernetesBuilderError";
      }
      const LABEL_APP = "app";
      function kubernetesDeployment(node) {
        if (!node.Name)
          throw new KubernetesBuilderError("a node has no name (buildx names the deployment after it)");
        const deployment = node.Name.replace(/_/g, "-");
        const opts = node.DriverOpts ?? {};
        const labels = [[LABEL_APP, deployment]];
        if (opts.labels !== void 0) {
          const custom = splitMultiValues(opts.labels);
          if (custom.some(([k]) => k === LABEL_APP))
            throw new KubernetesBuilderError(`the label "${LABEL_APP}" is reserved and cannot be customized`);
          labels.push(...custom.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
        }
        let kubeconfig = "";
        if (node.Endpoint?.startsWith("kubernetes://")) {
          try {
            kubeconfig = (0, _connhelper_url_js__WEBPACK_IMPORTED_MODULE_2__.hG)((0, _connhelper_url_js__WEBPACK_IMPORTED_MODULE_2__.jk)(node.Endpoint).rawQuery, "kubeconfig");
          } catch (err) {
            throw new KubernetesBuilderError(`cannot parse the node endpoint ${JSON.stringify(node.Endpoint)}: ${err.message}`, { cause: err });
          }
        }
        return {
          deployment,
          ...opts.namespace ? { namespace: opts.namespace } : {},
          ...kubeconfig ? { kubeconfig } : {},
          selector: labels.map(([k, v]) => `${k}=${v}`).join(",")
        };
      }
      function splitMultiValues(value) {
        return value.replace(/^"+|"+$/g, "").split(",").map((item) => {
          const kv = item.split("=");
          if (kv.length !== 2)
            throw new KubernetesBuilderError(`cannot parse labels: invalid key-value pair: ${item}`);
          return [kv[0], kv[1]];
        });
      }
      function listPodsCommand(d) {
        return {
          command: "kubectl",
          args: [
            ...d.kubeconfig ? [`--kubeconfig=${d.kubeconfig}`] : [],
            ...d.namespace ? [`--namespace=${d.namespace}`] : [],
            "get",
            "pods",
            `--selector=${d.selector}`,
            "--output=json"
          ]
        };
      }
      function choosePod(podList, d) {
        const items = (podList?.items ?? []).filter((p) => p.metadata?.name);
        const running = items.filter((p) => p.status?.phase === "Running" && !p.metadata?.deletionTimestamp).sort((a, b) => a.metadata.name < b.metadata.name ? -1 : 1);
        const pod = running[0];
        if (!pod) {
          const seen = items.map((p) => `${p.metadata.name} (${p.metadata?.deletionTimestamp ? "Terminating" : p.status?.phase ?? "no phase"})`);
          throw new KubernetesBuilderError(`no running BuildKit pod for deployment ${JSON.stringify(d.deployment)}${d.namespace ? ` in namespace ${JSON.stringify(d.namespace)}` : ""} (pods with ${d.selector}: ${seen.length ? seen.join(", ") : "none"}); bakekit does not create or start builders: bootstrap it first (docker buildx inspect --bootstrap)`);
        }
        const container = pod.spec?.containers?.[0]?.name;
        if (!container)
          throw new KubernetesBuilderError(`pod ${pod.metadata.name} does not have any container`);
        return {
          pod: pod.metadata.name,
          ...pod.metadata?.namespace ? { namespace: pod.metadata.namespace } : d.namespace ? { namespace: d.namespace } : {},
          container,
          ...d.kubeconfig ? { kubeconfig: d.kubeconfig } : {}
        };
      }
      function resolveKubernetesPod(d, opts = {}) {
        const cmd = listPodsCommand(d);
        const commandLine = (0, _connhelper_js__WEBPACK_IMPORTED_MODULE_1__.fE)(cmd);
        return new Promise((resolve, reject) => {
          (0, node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(cmd.command, [...cmd.args], { timeout: opts.timeoutMs ?? 3e4, maxBuffer: 64 * 1024 * 1024, signal: opts.signal, encoding: "utf8" }, (err, stdout, stderr) => {
            if (err) {
              const e = err;
              const why = e.code === "ENOENT" ? `${cmd.command} not found on PATH` : e.killed ? "no answer in time" : (0, _connhelper_js__WEBPACK_IMPORTED_MODULE_1__.Jn)(stderr) ?? e.message;
              reject(new KubernetesBuilderError(`${commandLine} failed: ${why}`, { cause: err }));
              return;
            }
            let list;
            try {
              list = JSON.parse(stdout);
            } catch (parseErr) {
              reject(new KubernetesBuilderError(`${commandLine} printed no pod list: ${parseErr.message}`, {
                cause: parseErr
              }));
              return;
            }
            try {
              resolve(choosePod(list, d));
            } catch (chooseErr) {
              reject(chooseErr);
            }
          });
        });
      }
      function describeKubernetes(d) {
        return `kubernetes deployment ${d.deployment}${d.namespace ? ` in namespace ${d.namespace}` : ""}`;
      }
    })
  ),
  /***/
  1304: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        gK: () => (
          /* binding */
          describeSsh
        ),
        /* harmony export */
        hL: () => (
          /* binding */
          parseSshUrl
        ),
        /* harmony export */
        o6: () => (
          /* binding */
          sshCommand
        )
        /* harmony export */
      });
      var _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(234);
      const SHELL_SAFE = /^[A-Za-z0-9/._+:@%=,-]*$/;
      function parseSshUrl(spec) {
        const u = (0, _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.jk)(spec);
        if (u.scheme !== "ssh")
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH("not an ssh:// URL");
        if (u.password !== void 0)
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH("plain-text password is not supported");
        if (!u.hostname)
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH("no host specified");
        if (u.rawQuery)
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH(`extra query after the host: ${JSON.stringify(u.rawQuery)}`);
        if (u.fragment)
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH(`extra fragment after the host: ${JSON.stringify(u.fragment)}`);
        if (u.hostname.startsWith("-"))
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH(`host ${JSON.stringify(u.hostname)} begins with "-" (it would be read as an option)`);
        if (u.username?.startsWith("-"))
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH(`user ${JSON.stringify(u.username)} begins with "-" (it would be read as an option)`);
        if (!SHELL_SAFE.test(u.path)) {
          throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__.OH(`socket path ${JSON.stringify(u.path)} has characters the remote shell would interpret (allowed: letters, digits and / . _ + : @ % = , -)`);
        }
        return {
          host: u.hostname,
          ...u.username ? { user: u.username } : {},
          ...u.port ? { port: u.port } : {},
          ...u.path ? { socket: u.path } : {}
        };
      }
      function sshCommand(s) {
        const args = [];
        if (s.user)
          args.push("-l", s.user);
        if (s.port)
          args.push("-p", s.port);
        args.push("--", s.host, "buildctl");
        if (s.socket)
          args.push("--addr", `unix://${s.socket}`);
        args.push("dial-stdio");
        return { command: "ssh", args };
      }
      function describeSsh(s) {
        const host = s.host.includes(":") ? `[${s.host}]` : s.host;
        return `ssh://${s.user ? `${encodeURIComponent(s.user)}@` : ""}${host}${s.port ? `:${s.port}` : ""}${s.socket ?? ""}`;
      }
    })
  )
};
