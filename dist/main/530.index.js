"use strict"; exports.id = 530;
exports.ids = [530, 121];
exports.modules = {
  /***/
  8150: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Jp: () => (
          /* binding */
          basePath
        ),
        /* harmony export */
        Jz: () => (
          /* binding */
          dirPath
        ),
        /* harmony export */
        VH: () => (
          /* binding */
          isSafeRelativePath
        ),
        /* harmony export */
        ts: () => (
          /* binding */
          cleanPath
        ),
        /* harmony export */
        uJ: () => (
          /* binding */
          joinPath
        ),
        /* harmony export */
        zq: () => (
          /* binding */
          compareUtf8
        )
        /* harmony export */
      });
      function cleanPath(p) {
        if (p === "")
          return ".";
        const rooted = p.startsWith("/");
        const out = [];
        for (const part of p.split("/")) {
          if (part === "" || part === ".")
            continue;
          if (part === "..") {
            if (out.length > 0 && out[out.length - 1] !== "..")
              out.pop();
            else if (!rooted)
              out.push("..");
            continue;
          }
          out.push(part);
        }
        const joined = out.join("/");
        if (rooted)
          return "/" + joined;
        return joined === "" ? "." : joined;
      }
      function joinPath(...parts) {
        const nonEmpty = parts.filter((p) => p !== "");
        return nonEmpty.length === 0 ? "" : cleanPath(nonEmpty.join("/"));
      }
      function dirPath(p) {
        const i = p.lastIndexOf("/");
        return cleanPath(p.slice(0, i + 1));
      }
      function basePath(p) {
        if (p === "")
          return ".";
        while (p.length > 1 && p.endsWith("/"))
          p = p.slice(0, -1);
        if (p === "/")
          return "/";
        const i = p.lastIndexOf("/");
        return i >= 0 ? p.slice(i + 1) : p;
      }
      function compareUtf8(a, b) {
        const n = Math.min(a.length, b.length);
        for (let i = 0; i < n; i++) {
          const ca = a.charCodeAt(i);
          const cb = b.charCodeAt(i);
          if (ca === cb)
            continue;
          const sa = ca >= 55296 && ca <= 57343;
          const sb = cb >= 55296 && cb <= 57343;
          if (sa !== sb)
            return sa ? cb >= 57344 ? 1 : ca - cb : ca >= 57344 ? -1 : ca - cb;
          return ca - cb;
        }
        return a.length - b.length;
      }
      function isSafeRelativePath(p) {
        if (p === "" || p === "." || p.includes("\0"))
          return false;
        if (p.startsWith("/"))
          return false;
        if (cleanPath(p) !== p)
          return false;
        return !p.split("/").includes("..");
      }
    })
  ),
  /***/
  6121: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        MatrixFieldError: () => (
          /* binding */
          MatrixFieldError
        ),
        /* harmony export */
        matrixEntries: () => (
          /* binding */
          matrixEntries
        ),
        /* harmony export */
        parseFields: () => (
          /* binding */
          parseFields
        ),
        /* harmony export */
        targetEntries: () => (
          /* binding */
          targetEntries
        )
        /* harmony export */
      });
      var _bake_target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2916);
      class MatrixFieldError extends Error {
        name = "MatrixFieldError";
      }
      const FIELD_NAMES = _bake_target_js__WEBPACK_IMPORTED_MODULE_0__.kR.filter((a) => a !== "inherits");
      function parseFields(items) {
        const fields = [];
        for (const raw of items.flatMap((i) => i.split(/[\r\n,]+/))) {
          const f = raw.trim();
          if (f === "" || f === "target" || fields.includes(f))
            continue;
          if (!FIELD_NAMES.includes(f)) {
            const near = FIELD_NAMES.find((n) => n === `${f}s` || `${n}s` === f || n.replace(/-/g, "") === f.replace(/[-_]/g, ""));
            throw new MatrixFieldError(`fields: "${f}" is not a bake target attribute${near ? ` (did you mean "${near}"?)` : ""}; one of: ${FIELD_NAMES.join(", ")}`);
          }
          fields.push(f);
        }
        return fields;
      }
      function targetEntries(name, printed, fields) {
        let entries = [{ target: name }];
        for (const key of Object.keys(printed)) {
          if (!fields.includes(key))
            continue;
          const value = printed[key];
          if (Array.isArray(value)) {
            entries = entries.flatMap((e) => value.map((v) => ({ ...e, [key]: v })));
          } else {
            entries = entries.map((e) => ({ ...e, [key]: value }));
          }
        }
        return entries;
      }
      function matrixEntries(printed, names, fields) {
        return names.flatMap((n) => targetEntries(n, printed[n] ?? {}, fields));
      }
    })
  ),
  /***/
  8681: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        MatrixBaseError: () => (
          /* binding */
          MatrixBaseError
        ),
        definitionAt: () => (
          /* binding */
          definitionAt
        ),
        planMatrix: () => (
          /* binding */
          planMatrix
        )
      });
      var external_node_path_ = __webpack_require__(6760);
      var resolve = __webpack_require__(8180);
      var utf8 = __webpack_require__(9698);
      var run_bake = __webpack_require__(1581);
      var external_node_fs_ = __webpack_require__(3024);
      ;
      const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
      function baseFromEvent(env) {
        const event = env.GITHUB_EVENT_NAME;
        if (!event)
          return void 0;
        const payload = readPayload(env.GITHUB_EVENT_PATH);
        if (payload === void 0)
          return { kind: "everything", reason: `the ${event} event's payload (GITHUB_EVENT_PATH) could not be read` };
        const sha = (value, what) => {
          if (typeof value !== "string" || !SHA.test(value))
            return { kind: "everything", reason: `the ${event} event has no ${what}` };
          if (/^0+$/.test(value))
            return {
              kind: "everything",
              reason: `the push created ${typeof payload.ref === "string" ? payload.ref : "the ref"} (${what} is all zeros)`
            };
          return { kind: "commit", ref: value, from: `${event} event, ${what}` };
        };
        switch (event) {
          case "push":
            return sha(payload.before, "before");
          case "pull_request":
          case "pull_request_target":
            return sha(field(field(payload.pull_request, "base"), "sha"), "pull_request.base.sha");
          case "merge_group":
            return sha(field(payload.merge_group, "base_sha"), "merge_group.base_sha");
          default:
            return { kind: "everything", reason: `a ${event} event has no base commit to compare with` };
        }
      }
      function readPayload(file) {
        if (!file)
          return void 0;
        try {
          const parsed = JSON.parse(external_node_fs_.readFileSync(file, "utf8"));
          return parsed && typeof parsed === "object" ? parsed : void 0;
        } catch {
          return void 0;
        }
      }
      function field(obj, key) {
        return obj && typeof obj === "object" ? obj[key] : void 0;
      }
      var context_kind = __webpack_require__(6449);
      var go_path = __webpack_require__(6635);
      var patterns_matcher = __webpack_require__(5031);
      ;
      function parseIgnoreFile(text) {
        const patterns = [];
        const lines = text.replace(/^\uFEFF/, "").split("\n");
        if (lines[lines.length - 1] === "")
          lines.pop();
        for (const raw of lines) {
          const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
          if (line.startsWith("#"))
            continue;
          let pattern = line.trim();
          if (pattern === "")
            continue;
          const invert = pattern.startsWith("!");
          if (invert)
            pattern = pattern.slice(1).trim();
          if (pattern.length > 0) {
            pattern = (0, go_path.t)(pattern);
            if (pattern.length > 1 && pattern.startsWith("/"))
              pattern = pattern.slice(1);
          }
          patterns.push(invert ? `!${pattern}` : pattern);
        }
        return patterns;
      }
      function contextFilter(dir, dockerfile) {
        const candidates = [...dockerfile ? [`${dockerfile}.dockerignore`] : [], external_node_path_.join(dir, ".dockerignore")];
        const file = candidates.find((f) => isFile(f));
        if (!file)
          return { candidates, excludes: () => false };
        let matcher;
        try {
          matcher = new patterns_matcher.P(parseIgnoreFile(external_node_fs_.readFileSync(file, "utf8")));
        } catch {
          matcher = void 0;
        }
        return {
          file,
          candidates,
          excludes: (rel) => {
            if (!matcher)
              return false;
            try {
              return matcher.matchesOrParentMatches(rel);
            } catch {
              return false;
            }
          }
        };
      }
      function isFile(p) {
        try {
          return external_node_fs_.statSync(p).isFile();
        } catch {
          return false;
        }
      }
      ;
      function realPath(p) {
        let head = p;
        const tail = [];
        for (; ; ) {
          try {
            return external_node_path_.join(external_node_fs_.realpathSync(head), ...tail);
          } catch {
            const parent = external_node_path_.dirname(head);
            if (parent === head)
              return p;
            tail.unshift(external_node_path_.basename(head));
            head = parent;
          }
        }
      }
      function isInside(dir, p) {
        const r = external_node_path_.relative(dir, p);
        return r === "" || r !== ".." && !r.startsWith(`..${external_node_path_.sep}`) && !external_node_path_.isAbsolute(r);
      }
      function repoRelative(dir, p) {
        return external_node_path_.relative(dir, p).split(external_node_path_.sep).join("/");
      }
      var bake = __webpack_require__(6705);
      ;
      function targetGraph(def) {
        const producers = (0, bake.bD)(def);
        const consumers = new Map([...producers.keys()].map((n) => [n, []]));
        for (const [name, deps] of producers)
          for (const dep of deps)
            consumers.get(dep).push(name);
        for (const list of consumers.values())
          list.sort(compareNames);
        return { producers, consumers };
      }
      function layersOf(graph, names) {
        const listed = new Set(names);
        const depth = /* @__PURE__ */ new Map();
        const layerOf = (name) => {
          const known = depth.get(name);
          if (known !== void 0)
            return known;
          let layer = 0;
          for (const dep of graph.producers.get(name) ?? []) {
            const below = listedBelow(dep);
            if (below >= 0)
              layer = Math.max(layer, below + 1);
          }
          depth.set(name, layer);
          return layer;
        };
        const through = /* @__PURE__ */ new Map();
        const listedBelow = (name) => {
          if (listed.has(name))
            return layerOf(name);
          const known = through.get(name);
          if (known !== void 0)
            return known;
          let best = -1;
          for (const dep of graph.producers.get(name) ?? [])
            best = Math.max(best, listedBelow(dep));
          through.set(name, best);
          return best;
        };
        const layers = [];
        for (const name of [...listed].sort(compareNames)) {
          const n = layerOf(name);
          while (layers.length <= n)
            layers.push([]);
          layers[n].push(name);
        }
        return layers;
      }
      function producersOf(graph, name) {
        const seen = /* @__PURE__ */ new Set();
        const visit = (n) => {
          for (const dep of graph.producers.get(n) ?? []) {
            if (seen.has(dep))
              continue;
            seen.add(dep);
            visit(dep);
          }
        };
        visit(name);
        return layersOf(graph, seen).flat();
      }
      function downstreamOf(graph, seeds) {
        const out = /* @__PURE__ */ new Set();
        const visit = (n) => {
          if (out.has(n))
            return;
          out.add(n);
          for (const c of graph.consumers.get(n) ?? [])
            visit(c);
        };
        for (const s of seeds)
          visit(s);
        return out;
      }
      function compareNames(a, b) {
        return a < b ? -1 : a > b ? 1 : 0;
      }
      ;
      const LIST_AT_MOST = 3;
      function selectChanged(inputs) {
        const { def, root } = inputs;
        const changed = new Set(inputs.paths.map((p) => external_node_path_.join(root, p)));
        const notes = /* @__PURE__ */ new Set();
        const direct = /* @__PURE__ */ new Map();
        const rel = (p) => repoRelative(root, p);
        for (const [name, target] of Object.entries(def.target)) {
          const reasons = [];
          const defReason = definitionChange(inputs.base, name, target);
          if (defReason)
            reasons.push(defReason);
          const { dockerfiles, dirs, unseen } = localSources(target, inputs.cwd);
          for (const u of unseen)
            notes.add(`target ${name}: ${u} cannot be checked for changes: counted as unchanged`);
          for (const f of dockerfiles) {
            if (changed.has(f))
              reasons.push(`Dockerfile ${rel(f)} changed`);
            else if (!isInside(root, f))
              notes.add(`target ${name}: Dockerfile ${f} is outside the repository: its changes cannot be seen, counted as unchanged`);
          }
          for (const d of dirs) {
            if (!isInside(root, d.dir)) {
              notes.add(`target ${name}: ${d.what} ${d.dir} is outside the repository: its changes cannot be seen, counted as unchanged`);
              continue;
            }
            for (const f of d.filter.candidates)
              if (changed.has(f))
                reasons.push(`ignore file ${rel(f)} changed`);
            const files = [];
            for (const p of changed) {
              if (!isInside(d.dir, p) || p === d.dir)
                continue;
              if (dockerfiles.includes(p) || d.filter.candidates.includes(p))
                continue;
              if (d.filter.excludes(repoRelative(d.dir, p)))
                continue;
              files.push(rel(p));
            }
            if (files.length) {
              const shown = files.sort().slice(0, LIST_AT_MOST).join(", ");
              reasons.push(`${d.what}: ${files.length} file(s) changed (${shown}${files.length > LIST_AT_MOST ? ", \u2026" : ""})`);
            }
          }
          if (reasons.length)
            direct.set(name, [...new Set(reasons)]);
        }
        const selected = /* @__PURE__ */ new Map();
        const all = downstreamOf(inputs.graph, direct.keys());
        for (const name of Object.keys(def.target)) {
          if (!all.has(name))
            continue;
          const own = direct.get(name) ?? [];
          const via = (inputs.graph.producers.get(name) ?? []).filter((p) => all.has(p)).map((p) => `consumes ${p}, which is selected`);
          selected.set(name, [...own, ...via]);
        }
        return { selected, notes: [...notes] };
      }
      function definitionChange(base, name, target) {
        if ("missing" in base)
          return `definition: ${base.missing}`;
        const before = base.definition.target[name];
        if (!before)
          return "definition: not a target of the definition at the base";
        return JSON.stringify(before) === JSON.stringify(target) ? void 0 : "definition changed";
      }
      function localSources(t, cwd) {
        const dockerfiles = [];
        const dirs = [];
        const unseen = [];
        const contextRaw = t.context ?? ".";
        const remote = context_kind.rM.test(contextRaw);
        const context = remote ? void 0 : realPath(external_node_path_.resolve(cwd, contextRaw));
        if (remote)
          unseen.push(`context ${contextRaw} (remote)`);
        if (t["dockerfile-inline"] === void 0) {
          const df = t.dockerfile ?? "Dockerfile";
          if (context || external_node_path_.isAbsolute(df)) {
            const file = realPath(external_node_path_.resolve(context ?? cwd, df));
            dockerfiles.push(file);
            if (external_node_path_.basename(file) === "Dockerfile" && !external_node_fs_.existsSync(file))
              dockerfiles.push(external_node_path_.join(external_node_path_.dirname(file), "dockerfile"));
          }
        }
        if (context)
          dirs.push({ what: "context", dir: context, filter: contextFilter(context, dockerfiles[0]) });
        for (const [name, value] of Object.entries(t.contexts ?? {})) {
          const kind = (0, context_kind.V9)(value);
          if (kind === "target")
            continue;
          if (kind === "local") {
            const dir = realPath(external_node_path_.resolve(cwd, value));
            dirs.push({ what: `named context ${name}`, dir, filter: contextFilter(dir) });
          } else if (value.startsWith("oci-layout://")) {
            const dir = realPath(external_node_path_.resolve(cwd, (0, context_kind.$s)(value) ?? ""));
            dirs.push({ what: `named context ${name}`, dir, filter: { candidates: [], excludes: () => false } });
          } else
            unseen.push(`named context ${name} (${value})`);
        }
        return { dockerfiles, dirs, unseen };
      }
      var external_node_child_process_ = __webpack_require__(1421);
      ;
      class GitError extends Error {
        args;
        status;
        stderr;
        name = "GitError";
        constructor(args, status, stderr) {
          super(`git ${args.join(" ")} failed${status !== null ? ` (exit status ${status})` : ""}${stderr.trim() ? `: ${stderr.trim()}` : ""}`);
          this.args = args;
          this.status = status;
          this.stderr = stderr;
        }
      }
      function git(cwd, args, opts = {}) {
        return new Promise((resolve2, reject) => {
          const child = (0, external_node_child_process_.execFile)("git", ["--no-pager", ...args], {
            cwd,
            encoding: "buffer",
            maxBuffer: 256 * 1024 * 1024,
            timeout: 12e4,
            signal: opts.signal,
            env: { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" }
          }, (err, stdout, stderr) => {
            if (err) {
              const code = err.code;
              if (err.name === "AbortError")
                reject(Object.assign(new Error(`git ${args[0]} was cancelled`, { cause: err }), { name: "AbortError" }));
              else if (code === "ENOENT")
                reject(new Error("changed mode needs git on the PATH (it reads the local clone)"));
              else
                reject(new GitError(args, typeof code === "number" ? code : null, stderr.toString("utf8") || err.message));
              return;
            }
            resolve2(stdout);
          });
          child.stdin?.on("error", () => {
          });
          if (opts.input !== void 0)
            child.stdin?.end(opts.input);
          else
            child.stdin?.end();
        });
      }
      async function repositoryRoot(cwd, opts) {
        let out;
        try {
          out = (await git(cwd, ["rev-parse", "--show-toplevel"], opts)).toString("utf8").trim();
        } catch (err) {
          if (err instanceof GitError)
            throw new Error(`changed mode needs a Git checkout: ${cwd} is not in one (${err.stderr.trim()})`);
          throw err;
        }
        return external_node_fs_.realpathSync(out);
      }
      async function resolveCommit(cwd, ref, opts) {
        try {
          const out = await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], opts);
          return out.toString("utf8").trim() || void 0;
        } catch (err) {
          if (err instanceof GitError)
            return void 0;
          throw err;
        }
      }
      async function changedPaths(cwd, base, head, opts) {
        const out = await git(cwd, ["diff", "--name-only", "-z", "--no-renames", "--no-relative", "--no-ext-diff", "--no-textconv", base, head, "--"], opts);
        return out.toString("utf8").split("\0").filter((p) => p !== "");
      }
      async function filesAt(cwd, commit, repoPaths, opts) {
        const asked = repoPaths.filter((p) => !p.includes("\n"));
        const found = /* @__PURE__ */ new Map();
        if (asked.length) {
          const out = await git(cwd, ["cat-file", "--batch"], {
            ...opts,
            input: asked.map((p) => `${commit}:${p}
`).join("")
          });
          let pos = 0;
          for (const p of asked) {
            const eol = out.indexOf(10, pos);
            if (eol < 0)
              throw new GitError(["cat-file", "--batch"], 0, `output ended before ${p}`);
            const header = /^[0-9a-f]+ (\S+) (\d+)$/.exec(out.subarray(pos, eol).toString("utf8"));
            pos = eol + 1;
            if (!header) {
              found.set(p, void 0);
              continue;
            }
            const size = Number(header[2]);
            found.set(p, header[1] === "blob" ? Buffer.from(out.subarray(pos, pos + size)) : void 0);
            pos += size + 1;
          }
        }
        return repoPaths.map((p) => found.get(p));
      }
      var entries = __webpack_require__(6121);
      ;
      function printedTargets(def) {
        return JSON.parse((0, bake.u6)(def)).target ?? {};
      }
      function buildMatrix(def, opts) {
        const printed = printedTargets(def);
        const graph = opts.graph ?? targetGraph(def);
        const names = Object.keys(printed).filter((n) => !opts.only || opts.only.has(n));
        const include = (0, entries.matrixEntries)(printed, names, opts.fields);
        const layers = layersOf(graph, names).map((layer) => {
          const inLayer = new Set(layer);
          const order = names.filter((n) => inLayer.has(n));
          return order.flatMap((n) => {
            const targets = [...producersOf(graph, n), n].join(",");
            return (0, entries.matrixEntries)(printed, [n], opts.fields).map((e) => ({ ...e, targets }));
          });
        });
        return { include, layers };
      }
      ;
      class MatrixBaseError extends Error {
        name = "MatrixBaseError";
      }
      async function planMatrix(opts) {
        const { bake: bake2 } = opts;
        const definition = await (0, run_bake.resolveDefinition)(bake2);
        const graph = targetGraph(definition);
        if (!opts.changed)
          return { ...buildMatrix(definition, { fields: opts.fields, graph }), definition, notes: [] };
        const notes = [];
        let base;
        if (opts.changed.base)
          base = { kind: "commit", ref: opts.changed.base, from: "given" };
        else {
          const fromEvent = baseFromEvent(bake2.env);
          if (!fromEvent)
            throw new MatrixBaseError("changed mode needs a base commit: name one (--base REF, action input matrix-base); outside GitHub Actions there is no event to take it from");
          base = fromEvent;
        }
        let selected;
        if (base.kind === "commit") {
          const gitOpts = { signal: bake2.signal };
          const root = await repositoryRoot(bake2.cwd, gitOpts);
          const head = await resolveCommit(bake2.cwd, "HEAD", gitOpts);
          if (!head)
            throw new MatrixBaseError(`changed mode: the repository at ${root} has no commit checked out (HEAD)`);
          const commit = await resolveCommit(bake2.cwd, base.ref, gitOpts);
          if (!commit) {
            const why = `the base ${base.ref} (${base.from}) is not a commit of this clone \u2014 a shallow clone? check out with fetch-depth: 0 (actions/checkout)`;
            if (base.from === "given")
              throw new MatrixBaseError(`changed mode: ${why}`);
            notes.push(`${why}: every target is listed`);
            base = { kind: "everything", reason: why };
          } else {
            base = { ...base, ref: commit };
            const paths = await changedPaths(bake2.cwd, commit, head, gitOpts);
            const before = await definitionAt(bake2, root, commit);
            const selection = selectChanged({ def: definition, graph, base: before, cwd: bake2.cwd, root, paths });
            notes.push(...selection.notes);
            selected = selection.selected;
          }
        }
        if (!selected) {
          const reason = `no base to compare with: ${base.kind === "everything" ? base.reason : base.ref}`;
          selected = new Map(Object.keys(definition.target).map((n) => [n, [reason]]));
        }
        const matrix = buildMatrix(definition, { fields: opts.fields, graph, only: new Set(selected.keys()) });
        return { ...matrix, definition, changed: { base, selected }, notes };
      }
      async function definitionAt(bake2, root, commit) {
        const { names, isDefault } = (0, resolve.w4)(bake2.files, bake2.env);
        const wanted = [];
        for (const raw of names) {
          const name = raw.startsWith("cwd://") ? raw.slice("cwd://".length) : raw;
          if (name === "-")
            return { missing: "a bake file read from stdin cannot be read at the base" };
          const abs = realPath(external_node_path_.resolve(bake2.cwd, name));
          if (!isInside(root, abs))
            return { missing: `bake file ${name} is outside the repository` };
          wanted.push({ name, repoPath: repoRelative(root, abs) });
        }
        const contents = await filesAt(bake2.cwd, commit, wanted.map((w) => w.repoPath), { signal: bake2.signal });
        const files = [];
        for (const [i, { name }] of wanted.entries()) {
          const data = contents[i];
          if (!data) {
            if (isDefault)
              continue;
            return { missing: `bake file ${name} did not exist at the base` };
          }
          try {
            files.push({ name, data: (0, utf8.yA)(name, data, name.toLowerCase().endsWith(".hcl")) });
          } catch (err) {
            return { missing: `bake file ${name} at the base: ${err.message}` };
          }
        }
        if (files.length === 0)
          return { missing: "no bake file existed at the base" };
        try {
          return { definition: await (0, run_bake.resolveDefinition)({ ...bake2, sourceFiles: files, onBakeWarning: void 0 }) };
        } catch (err) {
          return { missing: `the bake files at the base do not resolve (${err.message})` };
        }
      }
    })
  )
};
