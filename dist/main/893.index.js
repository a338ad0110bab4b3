"use strict"; exports.id = 893;
exports.ids = [893, 189];
exports.modules = {
  /***/
  9893: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        runMatrixStep: () => (
          /* binding */
          runMatrixStep
        )
        /* harmony export */
      });
      var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
      var _toolkit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4112);
      var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6965);
      var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5189);
      async function runMatrixStep(inputs, cwd, signal) {
        if (!inputs.matrix)
          throw new Error("matrix-fields, matrix-changed and matrix-base shape what a matrix: true step outputs: set matrix: true, or remove them");
        if (inputs.merge)
          throw new Error("matrix and merge are different steps (one plans the build jobs, the other merges what they pushed): set one of them");
        const source = (0, _source_js__WEBPACK_IMPORTED_MODULE_3__.resolveSource)(inputs.source, cwd, () => (0, _github_context_js__WEBPACK_IMPORTED_MODULE_2__.cw)(process.env, (0, _github_context_js__WEBPACK_IMPORTED_MODULE_2__.Z3)(process.env)));
        if (source.kind !== "local")
          throw new Error("matrix: true plans from the workspace: source must be a local directory (or unset), not a Git URL");
        const [{ parseFields, MatrixFieldError }, { planMatrix }] = await Promise.all([
          Promise.all(
            /* import() */
            [__webpack_require__.e(916), __webpack_require__.e(121)]
          ).then(__webpack_require__.bind(__webpack_require__, 6121)),
          Promise.all(
            /* import() */
            [__webpack_require__.e(916), __webpack_require__.e(673), __webpack_require__.e(31), __webpack_require__.e(853), __webpack_require__.e(343), __webpack_require__.e(530)]
          ).then(__webpack_require__.bind(__webpack_require__, 8681))
        ]);
        let fields;
        try {
          fields = parseFields(inputs.matrixFields);
        } catch (err) {
          if (err instanceof MatrixFieldError)
            throw new Error(`input matrix-${err.message}`);
          throw err;
        }
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const warned = /* @__PURE__ */ new Set();
        const plan = await planMatrix({
          bake: {
            files: inputs.files,
            targets: inputs.targets,
            set: inputs.set,
            vars: inputs.vars,
            cwd: source.dir,
            env: process.env,
            push: inputs.push,
            load: inputs.load,
            noCache: inputs.noCache,
            pull: inputs.pull,
            call: inputs.call,
            sbom: inputs.sbom,
            provenance: inputs.provenance,
            // resolved as the build resolves it: a secret the workflow binds is not looked up in the environment
            secrets: [...inputs.secrets, ...inputs.secretEnvs, ...inputs.secretFiles].map((s) => ({ id: s.id })),
            signal,
            onBakeWarning: (w) => {
              if (warned.has(w.message))
                return;
              warned.add(w.message);
              _toolkit_js__WEBPACK_IMPORTED_MODULE_1__.warning(w.detail, w.file ? {
                title: "bake file",
                file: node_path__WEBPACK_IMPORTED_MODULE_0__.relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(source.dir, w.file)),
                startLine: w.line,
                startColumn: w.column
              } : {});
            }
          },
          fields,
          changed: inputs.matrixChanged ? { base: inputs.matrixBase } : void 0
        });
        for (const note of plan.notes)
          _toolkit_js__WEBPACK_IMPORTED_MODULE_1__.warning(note, { title: "bakekit matrix" });
        if (plan.changed) {
          const { base, selected } = plan.changed;
          _toolkit_js__WEBPACK_IMPORTED_MODULE_1__.info(base.kind === "commit" ? `changed since ${base.ref} (${base.from}): ${selected.size} of ${Object.keys(plan.definition.target).length} target(s)` : `every target: ${base.reason}`);
          for (const [name, why] of selected)
            _toolkit_js__WEBPACK_IMPORTED_MODULE_1__.info(`  ${name}: ${why.join("; ")}`);
        }
        _toolkit_js__WEBPACK_IMPORTED_MODULE_1__.startGroup(`matrix: ${plan.include.length} entr${plan.include.length === 1 ? "y" : "ies"} in ${plan.layers.length} layer(s)`);
        _toolkit_js__WEBPACK_IMPORTED_MODULE_1__.info(JSON.stringify(plan.layers, null, 2));
        _toolkit_js__WEBPACK_IMPORTED_MODULE_1__.endGroup();
        _toolkit_js__WEBPACK_IMPORTED_MODULE_1__.setOutput("matrix", JSON.stringify(plan.include));
        _toolkit_js__WEBPACK_IMPORTED_MODULE_1__.setOutput("layers", JSON.stringify(plan.layers));
        _toolkit_js__WEBPACK_IMPORTED_MODULE_1__.setOutput("layer-count", String(plan.layers.length));
        if (inputs.summary) {
          const why = (name) => plan.changed?.selected.get(name)?.join("; ") ?? "";
          const rows = plan.layers.flatMap((layer, n) => [...new Set(layer.map((e) => e.target))].map((t) => `| ${n} | ${t} | ${why(t).replace(/\|/g, "\\|")} |`));
          try {
            await _toolkit_js__WEBPACK_IMPORTED_MODULE_1__.appendSummary(["### bakekit matrix", "", "| Layer | Target | Why |", "| --- | --- | --- |", ...rows, ""].join("\n"));
          } catch (err) {
            _toolkit_js__WEBPACK_IMPORTED_MODULE_1__.warning(`could not write the job summary: ${err.message}`);
          }
        }
      }
    })
  ),
  /***/
  5189: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        expandSource: () => (
          /* binding */
          expandSource
        ),
        /* harmony export */
        isGitSource: () => (
          /* binding */
          isGitSource
        ),
        /* harmony export */
        resolveSource: () => (
          /* binding */
          resolveSource
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6965);
      function expandSource(input, defaultContext) {
        return input.replace(/\{\{\s*defaultContext\s*\}\}/g, () => defaultContext());
      }
      function isGitSource(value) {
        return (0, _github_context_js__WEBPACK_IMPORTED_MODULE_2__.Ew)(value) || value.startsWith("ssh://");
      }
      function resolveSource(input, cwd, defaultContext) {
        if (!input)
          return { kind: "local", dir: cwd };
        const expanded = expandSource(input, defaultContext);
        if (!expanded)
          return { kind: "local", dir: cwd };
        if (isGitSource(expanded))
          return { kind: "git", url: expanded };
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, expanded);
        let isDir = false;
        try {
          isDir = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dir).isDirectory();
        } catch {
        }
        if (!isDir)
          throw new Error(`Invalid source: ${input} does not exist or is not a directory.`);
        return { kind: "local", dir };
      }
    })
  )
};
