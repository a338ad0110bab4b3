"use strict"; exports.id = 962;
exports.ids = [962];
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
  962: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        refuseRemotePolicies: () => (
          /* binding */
          refuseRemotePolicies
        )
        /* harmony export */
      });
      var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
      var _buildkit_session_ssh_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5170);
      var _target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7719);
      var _target_context_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6449);
      var _target_git_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8523);
      var _target_http_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9123);
      var _daemon_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(904);
      var _git_auth_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2476);
      function remotePolicyRead(spec, plan) {
        if (spec.policyDisabled || spec.dockerfileInline !== void 0 || !(0, _target_context_kind_js__WEBPACK_IMPORTED_MODULE_3__.dockerfileInRemoteContext)(spec))
          return void 0;
        const file = `${node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(spec.dockerfile)}.rego`;
        let definition = plan.frontendInputs.context;
        if (!definition && !(0, _target_context_kind_js__WEBPACK_IMPORTED_MODULE_3__.isGitReference)(spec.context))
          definition = (0, _target_http_source_js__WEBPACK_IMPORTED_MODULE_5__.Pq)(spec.context);
        if (!definition) {
          try {
            definition = (0, _target_git_source_js__WEBPACK_IMPORTED_MODULE_4__.UE)((0, _target_git_source_js__WEBPACK_IMPORTED_MODULE_4__.Ym)(spec.context), spec.context);
          } catch {
            return void 0;
          }
        }
        return { context: spec.context, definition, file };
      }
      async function refuseRemotePolicies(specs, plans, access, connection, signal) {
        const reads = /* @__PURE__ */ new Map();
        for (const spec of specs) {
          const read = remotePolicyRead(spec, plans.get(spec.name));
          if (!read)
            continue;
          const key = `${read.definition.toString("base64")}
${read.file}`;
          const entry = reads.get(key) ?? { read, targets: [] };
          entry.targets.push(spec.name);
          reads.set(key, entry);
        }
        if (reads.size === 0)
          return;
        const found = await Promise.all([...reads.values()].map(async ({ read, targets }) => {
          const gitAuth = new Map([...access.secrets.get(targets[0]) ?? []].filter(([id2]) => /^GIT_AUTH_(TOKEN|HEADER)/.test(id2)));
          const attach = (0, _target_context_kind_js__WEBPACK_IMPORTED_MODULE_3__.isGitSshContext)(read.context) ? [new _buildkit_session_ssh_js__WEBPACK_IMPORTED_MODULE_1__.Xp(access.ssh.get(targets[0]) ?? /* @__PURE__ */ new Map())] : [];
          const context = (0, _git_auth_js__WEBPACK_IMPORTED_MODULE_7__.redactGitUrl)(read.context);
          const exists = await (0, _daemon_files_js__WEBPACK_IMPORTED_MODULE_6__.y)(connection, read.definition, {
            name: "bakekit-policy",
            secrets: gitAuth,
            attach,
            signal,
            solveError: (err) => new _target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_2__.Q4(targets[0], "context", `reading ${context}: ${err.details || err.message}`)
          }, async (readFile) => {
            try {
              await readFile(read.file);
              return true;
            } catch (err) {
              if ((0, _daemon_files_js__WEBPACK_IMPORTED_MODULE_6__.c)(err))
                return false;
              throw new _target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_2__.Q4(targets[0], "policy", `reading ${read.file} in ${context}: ${err.details || err.message}`);
            }
          });
          return exists ? { read, targets } : void 0;
        }));
        const first = found.find((f) => f !== void 0);
        if (!first)
          return;
        throw new _target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_2__.Q4(first.targets[0], "policy", (0, _target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_2__.Zm)(`(\u2265 0.32) applies from ${first.read.file} in the remote context ${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_7__.redactGitUrl)(first.read.context)}`));
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
