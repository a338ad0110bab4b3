"use strict"; exports.id = 333;
exports.ids = [333];
exports.modules = {
  /***/
  904: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        c: () => (
          /* binding */
          isNotFound
        ),
        /* harmony export */
        y: () => (
          /* binding */
          withDaemonFiles
        )
        /* harmony export */
      });
      var _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5552);
      var _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7761);
      var _buildkit_session_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5506);
      function isNotFound(err) {
        const e = err;
        return e.code === 5 || /no such file or directory|not found/i.test(e.details ?? e.message ?? "");
      }
      async function withDaemonFiles(connection, definition, opts, use) {
        const client = new _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__.Us(connection);
        const session = new _buildkit_session_session_js__WEBPACK_IMPORTED_MODULE_2__.Nn({ name: opts.name ?? "bakekit-files" }).attach(new _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_1__.Gf(opts.secrets ?? /* @__PURE__ */ new Map()));
        for (const a of opts.attach ?? [])
          session.attach(a);
        const ref = (0, _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__.zE)();
        const abort = new AbortController();
        const onAbort = () => abort.abort(opts.signal?.reason);
        opts.signal?.addEventListener("abort", onAbort, { once: true });
        const gateway = client.gateway(ref);
        let returned = false;
        try {
          await session.run(connection);
          const outer = client.solve({
            Ref: ref,
            Session: session.id,
            Frontend: "",
            FrontendAttrs: {},
            Exporters: [],
            Cache: { Exports: [], Imports: [] },
            Internal: true
          }, abort.signal);
          const outerEnded = outer.then(() => {
            if (!returned)
              abort.abort(new Error("the build reading files ended early"));
          }, (err) => abort.abort(err));
          try {
            await gateway.ping(abort.signal);
            const request = { Frontend: "", FrontendOpt: {}, Definition: definition, Evaluate: true };
            const solved = await gateway.solve(request, abort.signal).catch((err) => {
              throw opts.solveError ? opts.solveError(err) : err;
            });
            const refId = solved.result?.ref?.id;
            if (!refId)
              throw new Error("the daemon returned no result to read files from");
            const value = await use((name, range) => gateway.readFile(refId, name, abort.signal, range));
            returned = true;
            await gateway.return({ result: {} }, abort.signal);
            await outer;
            return value;
          } catch (err) {
            const first = abort.signal.aborted ? abort.signal.reason : err;
            abort.abort(err);
            await outerEnded;
            throw first;
          }
        } finally {
          opts.signal?.removeEventListener("abort", onAbort);
          gateway.close();
          await session.close().catch(() => {
          });
        }
      }
    })
  ),
  /***/
  1333: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        readRemoteBakeFiles: () => (
          /* binding */
          readRemoteBakeFiles
        )
        /* harmony export */
      });
      var _bake_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8180);
      var _bake_utf8_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9698);
      var _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7761);
      var _buildkit_session_ssh_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5170);
      var _target_git_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8523);
      var _target_http_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9123);
      var _target_context_kind_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6449);
      var _git_auth_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2476);
      var _daemon_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(904);
      async function readRemoteFiles(connection, url, opts) {
        if (!(0, _target_context_kind_js__WEBPACK_IMPORTED_MODULE_6__.cf)(url))
          return readHttpDefinition(connection, url, opts);
        let source;
        try {
          source = (0, _target_git_source_js__WEBPACK_IMPORTED_MODULE_4__.Ym)(url);
        } catch (err) {
          throw new Error(`${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: ${err.message}`, { cause: err });
        }
        return (0, _daemon_files_js__WEBPACK_IMPORTED_MODULE_7__.y)(connection, (0, _target_git_source_js__WEBPACK_IMPORTED_MODULE_4__.UE)(source, url), {
          name: "bakekit-remote-definition",
          secrets: opts.secrets,
          attach: opts.ssh ? [opts.ssh] : [],
          signal: opts.signal,
          solveError: definitionReadError(url)
        }, async (read) => {
          const files = [];
          const named = opts.files.length > 0;
          for (const name of named ? opts.files : _bake_resolve_js__WEBPACK_IMPORTED_MODULE_0__.$W) {
            let data;
            try {
              data = await read(name);
            } catch (err) {
              if (!named && (0, _daemon_files_js__WEBPACK_IMPORTED_MODULE_7__.c)(err))
                continue;
              throw new Error(`${name} in ${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: ${err.details || err.message}`);
            }
            files.push({ name, data: (0, _bake_utf8_js__WEBPACK_IMPORTED_MODULE_1__.yA)(name, data, name.toLowerCase().endsWith(".hcl")) });
          }
          if (files.length === 0)
            throw new Error(`couldn't find a bake definition in ${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}`);
          return files;
        });
      }
      function definitionReadError(url) {
        return (err) => Object.assign(new Error(`reading the bake definition from ${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: ${err.details || err.message}`), {
          cause: err
        });
      }
      const MAX_HTTP_DEFINITION = 2 * 1024 * 1024;
      function isArchive(head) {
        for (const magic of [
          [66, 90, 104],
          [31, 139, 8],
          [253, 55, 122, 88, 90, 0]
        ])
          if (head.length >= magic.length && magic.every((b, i) => head[i] === b))
            return true;
        if (head.length < 512)
          return false;
        const field = head.subarray(148, 156).toString("latin1").replace(/[\0 ]+$/, "").trim();
        if (!/^[0-7]+$/.test(field))
          return false;
        let sum = 0;
        for (let i = 0; i < 512; i++)
          sum += i >= 148 && i < 156 ? 32 : head[i];
        return sum === parseInt(field, 8);
      }
      async function readHttpDefinition(connection, url, opts) {
        return (0, _daemon_files_js__WEBPACK_IMPORTED_MODULE_7__.y)(connection, (0, _target_http_source_js__WEBPACK_IMPORTED_MODULE_5__.uQ)(url), {
          name: "bakekit-remote-definition",
          signal: opts.signal,
          solveError: definitionReadError(url)
        }, async (read) => {
          const data = await read(_target_http_source_js__WEBPACK_IMPORTED_MODULE_5__.Dw, { length: MAX_HTTP_DEFINITION + 1 });
          if (isArchive(data.subarray(0, 1024)))
            throw new Error(`${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: an archive as a bake definition is not supported (buildx unpacks it and builds the targets' contexts from it); give a Git URL, or the bake file itself`);
          if (data.length > MAX_HTTP_DEFINITION)
            throw new Error(`${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: non-archive definition URL bigger than maximum allowed size (2MiB)`);
          return [{ name: url, data: (0, _bake_utf8_js__WEBPACK_IMPORTED_MODULE_1__.yA)(url, data, /\.hcl$/i.test(new URL(url).pathname)) }];
        });
      }
      function definitionAgent(env) {
        try {
          return new _buildkit_session_ssh_js__WEBPACK_IMPORTED_MODULE_3__.Xp([{ id: "default", paths: (env.BUILDX_BAKE_GIT_SSH ?? "").split(",") }], { env });
        } catch {
          return void 0;
        }
      }
      async function readRemoteBakeFiles(url, opts) {
        let names = opts.files;
        if (names.length === 0 && opts.env.BUILDX_BAKE_FILE) {
          names = opts.env.BUILDX_BAKE_FILE.split(opts.env.BUILDX_BAKE_PATH_SEPARATOR || ":").map((s) => s.trim()).filter((s) => s !== "");
        }
        const local = names.filter((n) => n.startsWith("cwd://")).map((n) => n.slice("cwd://".length));
        const remote = names.filter((n) => !n.startsWith("cwd://"));
        const gitSecrets = (opts.secrets ?? []).filter((s) => /^GIT_AUTH_(TOKEN|HEADER)(\..+)?$/.test(s.id));
        const values = (0, _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_2__.Gn)(gitSecrets.map((s) => ({ id: s.id, value: s.value, env: s.env, file: s.src })), { cwd: opts.cwd, env: opts.env });
        const [{ connect }, { defaultEndpoint, parseEndpoint }] = await Promise.all([
          Promise.all(
            /* import() */
            [__webpack_require__.e(57), __webpack_require__.e(801), __webpack_require__.e(263), __webpack_require__.e(304)]
          ).then(__webpack_require__.bind(__webpack_require__, 4263)),
          __webpack_require__.e(
            /* import() */
            57
          ).then(__webpack_require__.bind(__webpack_require__, 57))
        ]);
        const endpoint = opts.builder ? parseEndpoint(opts.builder, void 0, { env: opts.env }) : defaultEndpoint(opts.env);
        const connection = await connect(endpoint, { signal: opts.signal });
        let files;
        try {
          files = await readRemoteFiles(connection, url, {
            files: remote,
            secrets: values,
            ssh: (0, _target_context_kind_js__WEBPACK_IMPORTED_MODULE_6__.cf)(url) ? definitionAgent(opts.env) : void 0,
            signal: opts.signal
          });
        } finally {
          await connection.close();
        }
        if (local.length)
          files.push(...(0, _bake_resolve_js__WEBPACK_IMPORTED_MODULE_0__.Ul)({ files: local, targets: [], set: [], cwd: opts.cwd, env: opts.env }));
        return files;
      }
    })
  ),
  /***/
  9123: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Dw: () => (
          /* binding */
          HTTP_FILENAME
        ),
        /* harmony export */
        Pq: () => (
          /* binding */
          httpUnpackedDefinition
        ),
        /* harmony export */
        uQ: () => (
          /* binding */
          httpDefinition
        )
        /* harmony export */
      });
      var _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7858);
      const HTTP_FILENAME = "context";
      function addHttpSource(b, url) {
        return b.add({ source: { identifier: url, attrs: { "http.filename": HTTP_FILENAME } } }, { description: { "llb.customname": "[internal] load remote build context" }, caps: { "source.http": true } });
      }
      function httpDefinition(url) {
        const b = new _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_0__.W();
        return b.marshal(addHttpSource(b, url));
      }
      function httpUnpackedDefinition(url) {
        const b = new _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_0__.W();
        const http = addHttpSource(b, url);
        const copy = b.addCopy(http, { src: `/${HTTP_FILENAME}`, dest: "/", attemptUnpackDockerCompatibility: true });
        return b.marshal(copy);
      }
    })
  )
};
