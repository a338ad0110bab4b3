"use strict"; exports.id = 702;
exports.ids = [702];
exports.modules = {
  /***/
  7858: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        W: () => (
          /* binding */
          LlbDefinition
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var _proto_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7062);
      function marshalOp(op) {
        const { inputs, platform, constraints, exec, source, file } = op;
        const head = (0, _proto_registry_js__WEBPACK_IMPORTED_MODULE_1__.mH)("pb.Op", {
          ...inputs?.length ? { inputs } : {},
          ...platform ? { platform } : {},
          constraints: constraints ?? {}
        });
        const body = exec ? { exec } : source ? {
          source: {
            ...source,
            attrs: Object.fromEntries(Object.entries(source.attrs ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0))
          }
        } : file ? { file } : {};
        return Buffer.concat([head, (0, _proto_registry_js__WEBPACK_IMPORTED_MODULE_1__.mH)("pb.Op", body)]);
      }
      function digestOf(bytes) {
        return `sha256:${node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash("sha256").update(bytes).digest("hex")}`;
      }
      class LlbDefinition {
        ops = [];
        metadata = {};
        /** Adds `op` (its inputs added before it) and returns its digest; the same op twice is one. */
        add(op, md = {}) {
          const bytes = marshalOp(op);
          const digest = digestOf(bytes);
          if (!this.metadata[digest]) {
            this.ops.push(bytes);
            this.metadata[digest] = md;
          }
          return digest;
        }
        /**
         * Adds llb.Scratch().File(llb.Copy(input, \u2026)): one copy action from `input` (the op's input 0, its secondary input)
         * onto scratch (-1), with the source's mode and times (-1) unless `copy` says otherwise; the op records the cap
         * `file.base`. Returns its digest.
         */
        addCopy(input, copy, md = {}) {
          return this.add({
            inputs: [{ digest: input, index: "0" }],
            file: {
              actions: [{ input: "-1", secondaryInput: "0", output: "0", copy: { mode: -1, timestamp: "-1", ...copy } }]
            }
          }, { ...md, caps: { ...md.caps, "file.base": true } });
        }
        /**
         * The marshalled `pb.Definition` of output `index` of the op `digest` (State.Marshal): the terminal op, which only
         * names it, closes the list, with the caps Marshal gives it (`constraints`, `platform`, and `meta.description` /
         * `meta.ignorecache` when an op has a description / ignores the cache).
         */
        marshal(digest, index = 0) {
          const terminal = (0, _proto_registry_js__WEBPACK_IMPORTED_MODULE_1__.mH)("pb.Op", { inputs: [{ digest, index: String(index) }] });
          const caps = { constraints: true, platform: true };
          for (const md of Object.values(this.metadata)) {
            if (md.description)
              caps["meta.description"] = true;
            if (md.ignore_cache)
              caps["meta.ignorecache"] = true;
          }
          return (0, _proto_registry_js__WEBPACK_IMPORTED_MODULE_1__.mH)("pb.Definition", {
            def: [...this.ops, terminal],
            metadata: { ...this.metadata, [digestOf(terminal)]: { caps } }
          });
        }
      }
    })
  ),
  /***/
  7761: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        Gf: () => (
          /* binding */
          SecretStore
        ),
        Gn: () => (
          /* binding */
          loadSecrets
        )
      });
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_path_ = __webpack_require__(6760);
      var grpc_status = __webpack_require__(9499);
      ;
      const SECRETS_SERVICE = "moby.buildkit.secrets.v1.Secrets";
      ;
      class SecretLookupError extends Error {
        name = "SecretLookupError";
      }
      function loadSecrets(specs, opts) {
        const values = /* @__PURE__ */ new Map();
        for (const spec of specs) {
          if (spec.value !== void 0) {
            values.set(spec.id, Buffer.from(spec.value));
            continue;
          }
          let { file, env } = spec;
          if (!file && !env) {
            if (opts.env[spec.id] !== void 0)
              env = spec.id;
            else
              file = spec.id;
          }
          if (env) {
            const v = opts.env[env];
            if (v === void 0)
              throw new SecretLookupError(`secret "${spec.id}": environment variable ${env} is not set`);
            values.set(spec.id, Buffer.from(v));
          } else if (file) {
            const p = external_node_path_.resolve(opts.cwd, file);
            try {
              values.set(spec.id, external_node_fs_.readFileSync(p));
            } catch (err) {
              const code = err.code;
              const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : String(err);
              throw new SecretLookupError(`secret "${spec.id}": cannot read ${p}: ${why}`, { cause: err });
            }
          }
        }
        return values;
      }
      class SecretStore {
        values;
        serviceName = SECRETS_SERVICE;
        /** ids the daemon asked for, in order; tests use it to prove a secret was served. */
        served = [];
        constructor(values) {
          this.values = values;
        }
        handlers() {
          return {
            GetSecret: (call, callback) => {
              const id2 = call.request.ID ?? "";
              const value = this.values.get(id2);
              if (!value) {
                callback(new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, `secret ${id2} not found`));
                return;
              }
              this.served.push(id2);
              callback(null, { data: value });
            }
          };
        }
      }
    })
  ),
  /***/
  5170: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        Xp: () => (
          /* binding */
          SshForwarder
        ),
        Bd: () => (
          /* binding */
          resolveSshSources
        )
      });
      var external_node_child_process_ = __webpack_require__(1421);
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_net_ = __webpack_require__(7030);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_path_ = __webpack_require__(6760);
      var errors = __webpack_require__(8791);
      var grpc_status = __webpack_require__(9499);
      ;
      const SSH_ID_HEADER = "buildkit.ssh.id";
      const DEFAULT_SSH_ID = "default";
      ;
      const SSH_SERVICE = "moby.sshforward.v1.SSH";
      ;
      class SshConfigError extends Error {
        name = "SshConfigError";
      }
      const MAX_KEY_FILE = 100 * 1024;
      const MAX_AGENT_MESSAGE = 16 << 20;
      const SSH_AGENT_FAILURE = 5;
      const SSH_AGENTC_REQUEST_RSA_IDENTITIES = 1;
      const SSH_AGENT_RSA_IDENTITIES_ANSWER = 2;
      const PASSED = /* @__PURE__ */ new Set([
        11,
        13,
        23
        /* UNLOCK */
      ]);
      function resolveSshSources(specs, env = process.env) {
        const out = /* @__PURE__ */ new Map();
        for (const spec of specs) {
          const id2 = spec.id || DEFAULT_SSH_ID;
          const fail = (why, cause) => new SshConfigError(`ssh "${id2}": ${why}`, { cause });
          if (out.has(id2))
            throw fail(`duplicate agent ID "${id2}"`);
          let paths = spec.paths.filter((p) => p !== "");
          if (paths.length === 0) {
            const sock = env.SSH_AUTH_SOCK;
            if (!sock)
              throw fail("invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set (or name an agent socket or key files: id=PATH[,PATH\u2026])");
            paths = [sock];
          }
          let socket;
          const keys = [];
          for (const p of paths) {
            if (socket !== void 0)
              throw fail("only single socket allowed");
            let st;
            try {
              st = external_node_fs_.statSync(p);
            } catch (err) {
              throw fail(`${p}: ${err.code === "ENOENT" ? "no such file or socket" : err.message}`, err);
            }
            if (st.isSocket()) {
              socket = p;
              continue;
            }
            checkKeyFile(p, id2);
            keys.push(p);
          }
          if (socket !== void 0 && keys.length)
            throw fail("invalid combination of keys and sockets");
          out.set(id2, socket !== void 0 ? { kind: "socket", path: socket } : { kind: "keys", files: keys });
        }
        return out;
      }
      const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/;
      const KEY_TYPES = /* @__PURE__ */ new Set([
        "RSA PRIVATE KEY",
        "PRIVATE KEY",
        "EC PRIVATE KEY",
        "DSA PRIVATE KEY",
        "OPENSSH PRIVATE KEY",
        "ENCRYPTED PRIVATE KEY"
      ]);
      function checkKeyFile(file, id2) {
        const fail = (why, cause) => new SshConfigError(`ssh "${id2}": failed to parse ${file}: ${why}`, { cause });
        let text;
        try {
          const fd = external_node_fs_.openSync(file, "r");
          try {
            const buf = Buffer.alloc(MAX_KEY_FILE);
            text = buf.subarray(0, external_node_fs_.readSync(fd, buf, 0, MAX_KEY_FILE, 0)).toString("latin1");
          } finally {
            external_node_fs_.closeSync(fd);
          }
        } catch (err) {
          throw fail(err.code === "EISDIR" ? "is a directory, neither an agent socket nor a key file" : err.message, err);
        }
        const m = PEM_BLOCK.exec(text);
        if (!m)
          throw fail("not an agent socket, and no private key found in it");
        const [, type, body] = m;
        if (!KEY_TYPES.has(type))
          throw fail(`unsupported key type "${type}"`);
        if (encrypted(type, body)) {
          throw fail(`this private key is passphrase protected, and bakekit cannot ask for a passphrase: load the key into an ssh-agent (ssh-add) and forward that agent instead (ssh = ["${id2}"] with SSH_AUTH_SOCK set, or "${id2}=<agent socket>")`);
        }
      }
      function encrypted(type, body) {
        if (type === "ENCRYPTED PRIVATE KEY" || /^Proc-Type:\s*4,ENCRYPTED/m.test(body))
          return true;
        if (type !== "OPENSSH PRIVATE KEY")
          return false;
        const raw = Buffer.from(body.replace(/\s+/g, ""), "base64");
        const MAGIC = "openssh-key-v1\0";
        if (raw.subarray(0, MAGIC.length).toString("latin1") !== MAGIC || raw.length < MAGIC.length + 4)
          return false;
        const len = raw.readUInt32BE(MAGIC.length);
        return raw.subarray(MAGIC.length + 4, MAGIC.length + 4 + len).toString("latin1") !== "none";
      }
      class SshForwarder {
        serviceName = SSH_SERVICE;
        /** ids of the ForwardAgent calls served so far, in order; tests use it to prove the agent was reached */
        forwarded = [];
        sources;
        agents = /* @__PURE__ */ new Map();
        connections = /* @__PURE__ */ new Set();
        closed = false;
        /** Resolves every entry now (resolveSshSources): throws SshConfigError for one that cannot be served; or takes
         * sources resolveSshSources already gave (the runner checks every target's before anything starts). No entries:
         * a forwarder that knows no id, which is what buildx attaches to a build without `ssh`. */
        constructor(specs = [], opts = {}) {
          this.sources = specs instanceof Map ? new Map(specs) : resolveSshSources(specs, opts.env ?? process.env);
        }
        /** The ids served. */
        get ids() {
          return [...this.sources.keys()];
        }
        handlers() {
          return {
            CheckAgent: (call, callback) => {
              const id2 = call.request?.ID || DEFAULT_SSH_ID;
              this.agentSocket(id2).then(() => callback(null, {}), (err) => callback((0, errors.QL)(err)));
            },
            ForwardAgent: (call) => void this.forward(call)
          };
        }
        /** Drops the forwarded connections and stops the private agents. */
        close() {
          this.closed = true;
          for (const c of this.connections)
            c.destroy();
          this.connections.clear();
          for (const a of this.agents.values())
            a.stop();
          this.agents.clear();
        }
        /** The socket of id's agent, starting the private agent of key files on first use; a status error otherwise. */
        async agentSocket(id2) {
          const source = this.sources.get(id2);
          if (!source)
            throw new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, `unset ssh forward key ${id2}`);
          if (source.kind === "socket")
            return source.path;
          if (this.closed)
            throw new grpc_status.Xs(grpc_status.Cy.UNAVAILABLE, "the session is closing");
          let agent = this.agents.get(id2);
          if (!agent)
            this.agents.set(id2, agent = new PrivateAgent(source.files));
          try {
            return await agent.socket;
          } catch (err) {
            throw new grpc_status.Xs(grpc_status.Cy.FAILED_PRECONDITION, `ssh "${id2}": ${err.message}`, { cause: err });
          }
        }
        async forward(call) {
          const id2 = headerValue(call.metadata, SSH_ID_HEADER) || DEFAULT_SSH_ID;
          let agent;
          try {
            const socketPath = await this.agentSocket(id2);
            agent = await dial(socketPath).catch((err) => {
              throw new grpc_status.Xs(grpc_status.Cy.UNAVAILABLE, `failed to dial agent ${id2}: ${err.message}`, { cause: err });
            });
            if (this.closed || call.cancelled) {
              agent.destroy();
              return;
            }
            this.connections.add(agent);
            this.forwarded.push(id2);
            call.on("cancelled", () => agent.destroy());
            await relay(call, agent);
            if (!call.cancelled && !call.destroyed && !call.writableEnded)
              call.end();
          } catch (err) {
            if (call.cancelled || call.destroyed || call.writableEnded)
              return;
            call.emit("error", (0, errors.QL)(err));
          } finally {
            if (agent) {
              agent.destroy();
              this.connections.delete(agent);
            }
          }
        }
      }
      async function relay(call, agent) {
        const answers = new FrameReader(agent);
        let pending = Buffer.alloc(0);
        try {
          for await (const message of call.iterator({
            destroyOnReturn: false
          })) {
            pending = pending.length ? Buffer.concat([pending, message.data ?? Buffer.alloc(0)]) : message.data ?? Buffer.alloc(0);
            for (; ; ) {
              if (pending.length < 4)
                break;
              const length = pending.readUInt32BE(0);
              if (length > MAX_AGENT_MESSAGE)
                throw new grpc_status.Xs(grpc_status.Cy.RESOURCE_EXHAUSTED, `ssh agent request of ${length} bytes is too large`);
              if (pending.length < 4 + length)
                break;
              const request = pending.subarray(0, 4 + length);
              pending = pending.subarray(4 + length);
              const type = length > 0 ? request[4] : -1;
              let answer;
              if (PASSED.has(type)) {
                agent.write(request);
                answer = await answers.next();
                if (!answer)
                  return;
              } else {
                answer = type === SSH_AGENTC_REQUEST_RSA_IDENTITIES ? ssh_frame(Buffer.from([SSH_AGENT_RSA_IDENTITIES_ANSWER, 0, 0, 0, 0])) : ssh_frame(Buffer.from([SSH_AGENT_FAILURE]));
              }
              if (call.cancelled || call.destroyed)
                return;
              call.write({ data: answer });
            }
          }
        } catch (err) {
          if (call.cancelled || call.destroyed)
            return;
          throw err;
        } finally {
          answers.dispose();
          agent.end();
        }
      }
      function ssh_frame(body) {
        const out = Buffer.allocUnsafe(4 + body.length);
        out.writeUInt32BE(body.length, 0);
        body.copy(out, 4);
        return out;
      }
      class FrameReader {
        socket;
        buffered = Buffer.alloc(0);
        ended = false;
        error;
        wake;
        onData = (chunk) => {
          this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
          this.wake?.();
        };
        onEnd = () => {
          this.ended = true;
          this.wake?.();
        };
        onError = (err) => {
          this.error = err;
          this.onEnd();
        };
        constructor(socket) {
          this.socket = socket;
          socket.on("data", this.onData).on("end", this.onEnd).on("close", this.onEnd).on("error", this.onError);
        }
        async next() {
          for (; ; ) {
            if (this.buffered.length >= 4) {
              const length = this.buffered.readUInt32BE(0);
              if (length > MAX_AGENT_MESSAGE)
                throw new grpc_status.Xs(grpc_status.Cy.RESOURCE_EXHAUSTED, `ssh agent answer of ${length} bytes is too large`);
              if (this.buffered.length >= 4 + length) {
                const message = this.buffered.subarray(0, 4 + length);
                this.buffered = this.buffered.subarray(4 + length);
                return message;
              }
            }
            if (this.error)
              throw new grpc_status.Xs(grpc_status.Cy.UNAVAILABLE, `ssh agent connection: ${this.error.message}`, { cause: this.error });
            if (this.ended)
              return void 0;
            await new Promise((resolve) => this.wake = resolve);
            this.wake = void 0;
          }
        }
        dispose() {
          this.socket.off("data", this.onData).off("end", this.onEnd).off("close", this.onEnd);
          this.socket.on("error", () => {
          });
        }
      }
      function dial(socketPath) {
        return new Promise((resolve, reject) => {
          const s = external_node_net_.connect(socketPath);
          const timer = setTimeout(() => s.destroy(new Error("timed out after 2 s")), 2e3);
          s.once("connect", () => {
            clearTimeout(timer);
            s.removeListener("error", reject);
            resolve(s);
          });
          s.once("error", (err) => {
            clearTimeout(timer);
            reject(err);
          });
        });
      }
      function headerValue(md, key) {
        const v = md.get(key)[0];
        return (typeof v === "string" ? v : v?.toString() ?? "").split(", ")[0];
      }
      const running = /* @__PURE__ */ new Map();
      let exitHookInstalled = false;
      function killOnExit(child, dir) {
        running.set(child, dir);
        child.once("exit", () => running.delete(child));
        if (exitHookInstalled)
          return;
        exitHookInstalled = true;
        process.once("exit", () => {
          for (const [c, d] of running) {
            c.kill("SIGTERM");
            external_node_fs_.rmSync(d, { recursive: true, force: true });
          }
        });
      }
      class PrivateAgent {
        socket;
        child;
        dir;
        stopped = false;
        constructor(files) {
          this.socket = this.start(files);
          this.socket.catch(() => this.stop());
        }
        stop() {
          this.stopped = true;
          if (this.child && this.child.exitCode === null && this.child.signalCode === null)
            this.child.kill("SIGTERM");
          if (this.dir)
            external_node_fs_.rmSync(this.dir, { recursive: true, force: true });
        }
        async start(files) {
          this.dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), "bakekit-ssh-"));
          const socketPath = external_node_path_.join(this.dir, "agent.sock");
          const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", SSH_ASKPASS_REQUIRE: "never" };
          const child = (0, external_node_child_process_.spawn)("ssh-agent", ["-D", "-a", socketPath], { stdio: ["ignore", "pipe", "pipe"], env });
          this.child = child;
          killOnExit(child, this.dir);
          let output = "";
          await new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`ssh-agent did not start within 10 s${output ? `: ${output.trim()}` : ""}`)), 1e4);
            const done = (err) => {
              clearTimeout(timer);
              if (err)
                reject(err);
              else
                resolve();
            };
            child.stdout.on("data", (d) => {
              output += d.toString();
              if (output.includes("SSH_AUTH_SOCK"))
                done();
            });
            child.stderr.on("data", (d) => output += d.toString());
            child.once("error", (err) => done(new Error(err.code === "ENOENT" ? "key files need OpenSSH's ssh-agent and ssh-add (Debian/Ubuntu package openssh-client), not found on PATH" : `cannot start ssh-agent: ${err.message}`)));
            child.once("exit", (code, signal) => done(new Error(`ssh-agent exited (${signal ?? `status ${code}`}) before it listened${output ? `: ${output.trim()}` : ""}`)));
          });
          child.stdout.resume();
          child.stderr.resume();
          if (this.stopped)
            throw new Error("the session closed");
          await runSshAdd(files, { ...env, SSH_AUTH_SOCK: socketPath });
          if (this.stopped)
            throw new Error("the session closed");
          return socketPath;
        }
      }
      function runSshAdd(files, env) {
        return new Promise((resolve, reject) => {
          const child = (0, external_node_child_process_.spawn)("ssh-add", ["--", ...files], { stdio: ["ignore", "ignore", "pipe"], env, detached: true });
          let stderr = "";
          child.stderr.on("data", (d) => stderr += d.toString());
          const timer = setTimeout(() => child.kill("SIGKILL"), 1e4);
          child.once("error", (err) => {
            clearTimeout(timer);
            reject(new Error(err.code === "ENOENT" ? "key files need OpenSSH's ssh-add (Debian/Ubuntu package openssh-client), not found on PATH" : `cannot run ssh-add: ${err.message}`));
          });
          child.once("close", (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
              resolve();
            else
              reject(new Error(`cannot load the key files ${files.join(", ")} (ssh-add ${signal ?? `exited ${code}`}): ${stderr.trim().split("\n").filter((l) => !/^Enter passphrase/.test(l)).join("; ") || "no reason given"}`));
          });
        });
      }
    })
  ),
  /***/
  8523: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        UE: () => (
          /* binding */
          gitDefinition
        ),
        /* harmony export */
        Ym: () => (
          /* binding */
          gitSource
        ),
        /* harmony export */
        tC: () => (
          /* binding */
          addGitSource
        )
        /* harmony export */
      });
      var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
      var _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7858);
      var _bake_git_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(697);
      var _context_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6449);
      function gitSource(url) {
        const parsed = (0, _bake_git_ref_js__WEBPACK_IMPORTED_MODULE_2__.T)(url);
        const { ref } = parsed;
        let base = parsed.base;
        const subdir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join("/", parsed.subdir).replace(/^\/+/, "");
        let host;
        let repoPath;
        const scp = /^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+):(.*)$/.exec(base);
        if (scp && !base.includes("://")) {
          host = scp[1];
          repoPath = scp[2];
        } else {
          if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(base))
            base = `https://${base}`;
          const u = new URL(base);
          host = u.host;
          repoPath = decodeURIComponent(u.pathname);
        }
        let id2 = host + node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join("/", repoPath);
        if (ref || subdir)
          id2 += `#${ref}${subdir ? `:${subdir}` : ""}`;
        const attrs = {
          "git.fullurl": base,
          "git.authtokensecret": "GIT_AUTH_TOKEN",
          "git.authheadersecret": "GIT_AUTH_HEADER"
        };
        if ((0, _context_kind_js__WEBPACK_IMPORTED_MODULE_3__.isGitSshContext)(url))
          attrs["git.mountsshsock"] = "default";
        if (parsed.keepGitDir)
          attrs["git.keepgitdir"] = "true";
        if (parsed.checksum)
          attrs["git.checksum"] = parsed.checksum;
        if (parsed.submodules === false)
          attrs["git.skipsubmodules"] = "true";
        return { remote: base, identifier: `git://${id2}`, attrs };
      }
      function addGitSource(b, src, url = src.identifier) {
        return b.add({ source: { identifier: src.identifier, attrs: src.attrs } }, {
          description: { "llb.customname": `[internal] load git source ${url.replace(/\/\/[^/@]*@/, "//")}` },
          caps: {
            "source.git": true,
            "source.git.fullurl": true,
            ...src.attrs["git.mountsshsock"] ? { "source.git.knownsshhosts": true, "source.git.mountsshsock": true } : {},
            ...src.attrs["git.keepgitdir"] ? { "source.git.keepgitdir": true } : {},
            ...src.attrs["git.checksum"] ? { "source.git.checksum": true } : {},
            ...src.attrs["git.skipsubmodules"] ? { "source.git.skipsubmodules": true } : {}
          }
        });
      }
      function gitDefinition(src, url = src.identifier) {
        const b = new _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_1__.W();
        return b.marshal(addGitSource(b, src, url));
      }
    })
  )
};
