"use strict"; exports.id = 606;
exports.ids = [606];
exports.modules = {
  /***/
  5606: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        GitHubLogRenderer: () => (
          /* binding */
          GitHubLogRenderer
        )
      });
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_path_ = __webpack_require__(6760);
      var progress = __webpack_require__(3535);
      var solve_error = __webpack_require__(3832);
      var target_errors = __webpack_require__(5902);
      var source = __webpack_require__(3515);
      ;
      function createPlainRenderer(sink, opts = {}) {
        const tracker = new ProgressTracker();
        const printer = new PlainProgressPrinter(opts.quiet ? () => {
        } : sink, {
          multiTarget: opts.multiTarget ?? true,
          description: opts.description
        });
        printer.attach(tracker);
        return {
          tracker,
          onEvent(event) {
            switch (event.type) {
              case "status":
                tracker.update(event.message, event.target);
                break;
              case "target-done":
              case "target-failed":
              case "target-cancelled":
                tracker.endTarget(event.target);
                break;
              case "warning":
                sink(`WARNING: ${event.target ? `target ${event.target}: ` : ""}${event.message}`);
                break;
              case "info":
                if (!opts.quiet)
                  sink(`${event.target ? `[${event.target}] ` : ""}${event.message}`);
                break;
              default:
                break;
            }
          },
          finish(result) {
            printer.finish();
            if (opts.warnings ?? !opts.quiet)
              for (const line of formatBuildWarnings(tracker.allWarnings()))
                sink(line);
            for (const t of result?.targets ?? []) {
              if (t.status !== "failed" || !t.error)
                continue;
              const cause = t.error instanceof TargetFailedError ? t.error.cause : t.error;
              if (cause instanceof SolveError) {
                cause.fillFromProgress(tracker, t.target);
                const snippet = cause.formatSourceSnippet();
                if (snippet)
                  sink(snippet);
              }
              sink(`ERROR: ${t.error.message}`);
            }
          }
        };
      }
      function formatBuildWarnings(warnings) {
        return (0, progress.Ji)(warnings, {
          verbose: true,
          source: (w) => (0, source.CB)(w.info, w.ranges)?.snippet ?? []
        });
      }
      var call = __webpack_require__(5655);
      var attribute_values = __webpack_require__(9960);
      var report = __webpack_require__(4036);
      ;
      function checksAnnotationsEnabled(env = process.env) {
        const v = env.DOCKER_BUILD_CHECKS_ANNOTATIONS;
        if (!v)
          return true;
        const b = (0, attribute_values.MY)(v);
        if (b === void 0)
          throw new Error(`DOCKER_BUILD_CHECKS_ANNOTATIONS: ${JSON.stringify(v)} is not a bool`);
        return b;
      }
      const TAIL = 10;
      class GitHubLogRenderer {
        sink;
        paths;
        options;
        targets = /* @__PURE__ */ new Map();
        /** targets whose group was printed, kept for the summary and annotations */
        finished = /* @__PURE__ */ new Map();
        heartbeat;
        heartbeatMs;
        clock;
        constructor(sink, paths, options = {}) {
          this.sink = sink;
          this.paths = paths;
          this.options = options;
          this.heartbeatMs = options.heartbeatMs ?? 15e3;
          this.clock = options.clock ?? Date.now;
        }
        log(target) {
          let t = this.targets.get(target);
          if (!t) {
            const tracker = new progress.si();
            const lines = [];
            const printer = new progress._C((l) => lines.push(l));
            printer.attach(tracker);
            const tails = /* @__PURE__ */ new Map();
            tracker.subscribe((e) => {
              if (e.type !== "log")
                return;
              const tail = tails.get(e.vertex.digest) ?? [];
              tail.push(...e.data.toString("utf8").split("\n").filter((l) => l.trim() !== ""));
              tails.set(e.vertex.digest, tail.slice(-TAIL));
            });
            t = { tracker, lines, printer, startedAt: this.clock(), tails };
            this.targets.set(target, t);
          }
          return t;
        }
        onEvent = (event) => {
          switch (event.type) {
            case "target-start":
              this.log(event.target);
              this.heartbeat ??= setInterval(() => this.beat(), this.heartbeatMs).unref();
              break;
            case "status":
              this.log(event.target).tracker.update(event.message);
              break;
            case "target-done":
            case "target-failed":
              this.flush(event.target, event.type === "target-done" ? "done" : "failed");
              break;
            case "target-cancelled":
              this.flush(event.target, event.skipped ? "skipped" : "cancelled", event.reason);
              break;
            case "warning":
              this.sink.warning(event.target ? `target ${event.target}: ${event.message}` : event.message);
              break;
          }
        };
        summaryOf(target) {
          return this.targets.get(target)?.tracker.summary();
        }
        /** One line per running target: where it is, so a long build is never silent. */
        beat() {
          for (const [name, t] of this.targets) {
            const s = t.tracker.summary();
            const running = t.tracker.vertices().filter((v) => v.started !== void 0 && v.completed === void 0).map((v) => v.name);
            const secs = Math.round((this.clock() - t.startedAt) / 1e3);
            this.sink.write(`[${name}] ${secs}s: ${s.total} steps seen, ${s.cached} cached${running.length ? `; running: ${running.slice(0, 2).join(", ")}` : ""}`);
          }
        }
        flush(target, status, reason) {
          const t = this.log(target);
          t.tracker.endTarget();
          t.printer.finish();
          const s = t.tracker.summary();
          const secs = ((this.clock() - t.startedAt) / 1e3).toFixed(1);
          const warnings = (0, progress.g_)(t.tracker.warnings()).length;
          const warned = warnings ? `, ${warnings === 1 ? "1 warning" : `${warnings} warnings`}` : "";
          const icon = { done: "\u2705", failed: "\u274C", cancelled: "\u23F9\uFE0F", skipped: "\u23ED\uFE0F" }[status];
          const why = reason ? ` (${(0, report.TM)(reason)})` : "";
          this.sink.startGroup(status === "skipped" ? `${icon} ${target} \u2014 skipped${why}` : `${icon} ${target} \u2014 ${status}${why} in ${secs}s, ${s.cached}/${s.total} steps cached${warned}`);
          for (const l of t.lines)
            this.sink.write(l);
          for (const l of formatBuildWarnings(t.tracker.warnings()))
            this.sink.write(l);
          this.sink.endGroup();
          this.targets.delete(target);
          this.finished.set(target, { summary: s, tracker: t.tracker, tails: t.tails });
          if (!this.targets.size && this.heartbeat) {
            clearInterval(this.heartbeat);
            this.heartbeat = void 0;
          }
        }
        /** Steps of the target, and its distinct build-check warnings (the job summary's columns). */
        stepCounts(target) {
          const done = this.finished.get(target);
          const summary = done?.summary ?? this.summaryOf(target);
          if (!summary)
            return void 0;
          const tracker = done?.tracker ?? this.targets.get(target)?.tracker;
          return { ...summary, warnings: (0, progress.g_)(tracker?.warnings() ?? []).length };
        }
        /**
         * After the run: annotations for failed targets and the error lines; the results of calls (`check`, `outline`,
         * `targets`), as buildx prints them; build checks as warning annotations. Returns the exit code the calls ask for
         * (buildx's: 1 when a check found something, unless `ignorestatus`), 0 without calls.
         */
        finish(result) {
          if (this.heartbeat)
            clearInterval(this.heartbeat);
          for (const t of result.targets)
            if (t.status === "failed")
              this.annotate(t);
          if (result.targets.length > 1 && result.targets.some((t) => t.status !== "done")) {
            this.sink.write(`targets: ${(0, report.J7)(result)}`);
            for (const line of (0, report.VI)(result))
              this.sink.write(line);
          }
          for (const line of (0, report.v2)(result.publish)) {
            if (result.publish?.published)
              this.sink.write(line);
            else
              this.sink.warning(line);
          }
          let exitCode = 0;
          const printed = result.definition ? (0, call.Qe)(result, result.definition, this.options.call) : void 0;
          if (printed) {
            this.sink.startGroup(`Call results (${result.targets.filter((t) => t.call).map((t) => t.target).join(", ")})`);
            for (const line of printed.text.replace(/\n$/, "").split("\n"))
              this.sink.write(line);
            this.sink.endGroup();
            exitCode = printed.exitCode;
          }
          let annotateChecks = this.options.checksAnnotations;
          if (annotateChecks === void 0) {
            try {
              annotateChecks = checksAnnotationsEnabled();
            } catch (err) {
              this.sink.warning(`${err.message}: build checks are annotated`);
              annotateChecks = true;
            }
          }
          if (annotateChecks)
            this.annotateChecks(result);
          return exitCode;
        }
        /**
         * Build checks as docker/bake-action annotates them (actions-toolkit convertWarningsToGitHubAnnotations): one warning
         * per distinct check, titled with the rule's description, `Rule: message` and its URL as the message, at the first
         * line of its range, in the target's Dockerfile when that file is in the workspace and holds the text the check
         * was made on (an inline Dockerfile, or one outside the workspace, is not annotated).
         */
        annotateChecks(result) {
          const seen = /* @__PURE__ */ new Set();
          const annotations = [];
          const add = (target, a) => {
            const file = a.file && a.data ? this.workspaceFile(target, a.file, a.data) : void 0;
            if (!file)
              return;
            const props = { title: a.title, file, ...a.startLine ? { startLine: a.startLine } : {} };
            const key = JSON.stringify([a.message, props]);
            if (seen.has(key))
              return;
            seen.add(key);
            annotations.push({ message: a.message, props });
          };
          for (const t of result.targets) {
            const done = this.finished.get(t.target);
            for (const w of (0, progress.g_)(done?.tracker.warnings() ?? [])) {
              const a = warningCheckAnnotation(w);
              if (a)
                add(t.target, a);
            }
            if (t.call?.spec.name === "lint")
              for (const a of (0, call.qJ)(t.call.response))
                add(t.target, a);
          }
          if (!annotations.length)
            return;
          this.sink.startGroup(`Generating GitHub annotations (${annotations.length} build checks found)`);
          for (const a of annotations)
            this.sink.warning(a.message, a.props);
          this.sink.endGroup();
        }
        /** The workspace-relative path of `name` in the target's Dockerfile directory, if it holds `data`. */
        workspaceFile(target, name, data) {
          const dir = this.paths.dockerfileDir(target);
          if (!dir)
            return void 0;
          const file = external_node_path_.resolve(dir, name);
          const rel = external_node_path_.relative(this.paths.workspace, file);
          if (rel.startsWith("..") || external_node_path_.isAbsolute(rel))
            return void 0;
          try {
            if (!external_node_fs_.readFileSync(file).equals(data))
              return void 0;
          } catch {
            return void 0;
          }
          return rel.split(external_node_path_.sep).join("/");
        }
        annotate(outcome) {
          const error = outcome.error;
          const cause = error instanceof target_errors.v5 ? error.cause : error;
          const done = this.finished.get(outcome.target);
          let message = error.message;
          let props = {
            title: `target ${outcome.target} failed`
          };
          if (cause instanceof solve_error.Y) {
            if (done)
              cause.fillFromProgress(done.tracker);
            const a = cause.toAnnotation();
            props = { title: a.title };
            const dir = this.paths.dockerfileDir(outcome.target);
            if (a.file && dir) {
              props.file = external_node_path_.relative(this.paths.workspace, external_node_path_.resolve(dir, a.file)).split(external_node_path_.sep).join("/");
              props.startLine = a.startLine;
              props.endLine = a.endLine;
            }
            const tail = cause.vertexDigest ? done?.tails.get(cause.vertexDigest) : void 0;
            if (tail?.length)
              message = `${error.message}

Last lines of output:
${tail.join("\n")}`;
            const snippet = cause.formatSourceSnippet();
            if (snippet)
              this.sink.write(snippet);
          }
          this.sink.error(message, props);
        }
      }
      function warningCheckAnnotation(w) {
        const text = (b) => Buffer.from(b ?? new Uint8Array()).toString("utf8");
        if (!w.detail?.length || !w.short?.length || !w.info?.filename || !w.info.data?.length)
          return void 0;
        const line = w.ranges?.[0]?.start?.line;
        return {
          title: w.detail.map(text).join(" "),
          message: `${text(w.short).replace(/\s\(line \d+\)$/, "")}${w.url ? `
More info: ${w.url}` : ""}`,
          file: w.info.filename,
          data: Buffer.from(w.info.data),
          ...line ? { startLine: line } : {}
        };
      }
    })
  ),
  /***/
  9288: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Ak: () => (
          /* binding */
          formatOciLayoutRef
        ),
        /* harmony export */
        J9: () => (
          /* binding */
          findManifest
        ),
        /* harmony export */
        TI: () => (
          /* binding */
          putDescriptor
        ),
        /* harmony export */
        cT: () => (
          /* binding */
          parseOciLayoutRef
        ),
        /* harmony export */
        fH: () => (
          /* binding */
          isValidDigest
        ),
        /* harmony export */
        is: () => (
          /* binding */
          hasBlob
        ),
        /* harmony export */
        nD: () => (
          /* binding */
          blobPath
        ),
        /* harmony export */
        vY: () => (
          /* binding */
          readIndex
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
      const ANNOTATION_REF_NAME = "org.opencontainers.image.ref.name";
      const ANNOTATION_IMAGE_NAME = "io.containerd.image.name";
      const MEDIA_TYPE_IMAGE_INDEX = "application/vnd.oci.image.index.v1+json";
      const IMAGE_LAYOUT_VERSION = "1.0.0";
      function isValidDigest(d) {
        const m = /^(sha256|sha384|sha512):([a-f0-9]+)$/.exec(d);
        if (!m)
          return false;
        return m[2].length === { sha256: 64, sha384: 96, sha512: 128 }[m[1]];
      }
      function blobPath(dir, digest) {
        if (!isValidDigest(digest))
          throw new Error(`invalid digest ${JSON.stringify(digest)}`);
        const colon = digest.indexOf(":");
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, "blobs", digest.slice(0, colon), digest.slice(colon + 1));
      }
      function hasBlob(dir, digest) {
        try {
          return node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(blobPath(dir, digest)).isFile();
        } catch {
          return false;
        }
      }
      function readIndex(dir) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, "index.json");
        let text;
        try {
          text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, "utf8");
        } catch (err) {
          const e = err;
          throw new Error(`could not read ${file}: ${e.code === "ENOENT" ? "no such file or directory" : e.message}`);
        }
        try {
          const idx = JSON.parse(text);
          if (!idx || typeof idx !== "object" || Array.isArray(idx))
            throw new Error("not a JSON object");
          return idx;
        } catch (err) {
          throw new Error(`could not parse ${file}: ${err.message}`);
        }
      }
      function findManifest(index, name, opts = {}) {
        const manifests = Array.isArray(index.manifests) ? index.manifests : [];
        const byImage = manifests.find((m) => m?.annotations?.[ANNOTATION_IMAGE_NAME] === name);
        if (byImage)
          return byImage;
        const byRef = manifests.find((m) => m?.annotations?.[ANNOTATION_REF_NAME] === name);
        if (byRef)
          return byRef;
        if (opts.orSingle && manifests.length === 1)
          return manifests[0];
        return void 0;
      }
      function ociReferenceName(name) {
        if (name.includes("://"))
          return name;
        let url;
        try {
          url = new URL(`dummy://${name}`);
        } catch {
          return name;
        }
        if (!url.host)
          return name;
        const afterHost = name.indexOf("/") >= 0 ? name.slice(name.indexOf("/")) : "";
        const at = afterHost.search(/[:@]/);
        if (at < 0)
          return "";
        const object = afterHost.slice(at);
        return object.startsWith(":") ? object.slice(1) : object;
      }
      function indexWithDescriptor(index, desc, names) {
        const out = { ...index ?? {} };
        if (!out.schemaVersion)
          out.schemaVersion = 2;
        if (!out.mediaType)
          out.mediaType = MEDIA_TYPE_IMAGE_INDEX;
        let manifests = Array.isArray(out.manifests) ? [...out.manifests] : [];
        const entries = names.length ? names : [void 0];
        for (const n of entries) {
          const annotations = { ...desc.annotations ?? {} };
          if (n) {
            const imageName = "name" in n ? n.name : "";
            const refName = "name" in n ? ociReferenceName(n.name) : n.tag;
            if (imageName)
              annotations[ANNOTATION_IMAGE_NAME] = imageName;
            annotations[ANNOTATION_REF_NAME] = refName;
            manifests = manifests.filter((m2) => (m2?.annotations?.[ANNOTATION_REF_NAME] ?? "") !== refName || (m2?.annotations?.[ANNOTATION_IMAGE_NAME] ?? "") !== imageName);
          }
          manifests.push(orderedDescriptor({ ...desc, annotations: Object.keys(annotations).length ? annotations : void 0 }));
        }
        out.manifests = manifests;
        const { schemaVersion, mediaType, manifests: m, ...rest } = out;
        return {
          schemaVersion,
          mediaType,
          ...rest.artifactType !== void 0 ? { artifactType: rest.artifactType } : {},
          manifests: m,
          ...rest
        };
      }
      function orderedDescriptor(d) {
        const known = ["mediaType", "digest", "size", "urls", "annotations", "data", "platform", "artifactType"];
        const out = {};
        for (const k of known)
          if (d[k] !== void 0 && d[k] !== "")
            out[k] = d[k];
        for (const [k, v] of Object.entries(d))
          if (!known.includes(k) && v !== void 0)
            out[k] = v;
        return out;
      }
      function putDescriptor(dir, desc, names) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(dir, { recursive: true });
        node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: IMAGE_LAYOUT_VERSION }));
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, "index.json");
        let current;
        if (node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file)) {
          const text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, "utf8");
          if (text.length)
            current = readIndex(dir);
        }
        const next = indexWithDescriptor(current, desc, names);
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.index.json.${process.pid}.${node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes(4).toString("hex")}`);
        try {
          node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(tmp, JSON.stringify(next), { mode: 420 });
          node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmp, file);
        } catch (err) {
          node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmp, { force: true });
          throw err;
        }
      }
      const OCI_LAYOUT_PREFIX = "oci-layout://";
      const TAG_SEARCH = /[\w][\w.-]{0,127}/;
      const DIGEST_SEARCH = /[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}/;
      function parseOciLayoutRef(s) {
        if (!s.startsWith(OCI_LAYOUT_PREFIX))
          return void 0;
        let local = s.slice(OCI_LAYOUT_PREFIX.length);
        const out = { path: "" };
        const at = local.lastIndexOf("@");
        if (at >= 0) {
          const after = local.slice(at + 1);
          if (DIGEST_SEARCH.test(after)) {
            if (!isValidDigest(after))
              throw new Error(`invalid digest ${JSON.stringify(after)} in ${s}`);
            out.digest = after;
            local = local.slice(0, at);
          }
        }
        const colon = local.lastIndexOf(":");
        if (colon >= 0 && !isWindowsDrivePath(local, colon)) {
          const after = local.slice(colon + 1);
          if (TAG_SEARCH.test(after)) {
            out.tag = after;
            local = local.slice(0, colon);
          }
        }
        out.path = local;
        if (!out.tag && !out.digest)
          out.tag = "latest";
        return out;
      }
      function formatOciLayoutRef(ref) {
        return `${OCI_LAYOUT_PREFIX}${ref.path}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
      }
      function isWindowsDrivePath(p, colon) {
        if (colon !== 1 || p.length < 3)
          return false;
        if (p[2] !== "/" && p[2] !== "\\")
          return false;
        return /[a-zA-Z]/.test(p[0]);
      }
    })
  ),
  /***/
  5655: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        of: () => (
          /* binding */
          callFallbackOpt
        ),
        G7: () => (
          /* binding */
          callFrontendOpt
        ),
        qJ: () => (
          /* binding */
          lintAnnotations
        ),
        Mf: () => (
          /* binding */
          parseCall
        ),
        Qe: () => (
          /* binding */
          printCallResults
        )
      });
      var errdefs_source = __webpack_require__(3515);
      var external_node_path_ = __webpack_require__(6760);
      var call_func = __webpack_require__(7073);
      var context_kind = __webpack_require__(6449);
      var print = __webpack_require__(3426);
      ;
      function textWidth(s) {
        let n = 0;
        for (let i = 0; i < s.length; i++)
          if ((s.charCodeAt(i) & 64512) !== 56320)
            n++;
        return n;
      }
      function tabwrite(rows, opts) {
        const widths = rows.map((r) => new Array(Math.max(0, r.length - 1)).fill(0));
        const columns = Math.max(0, ...rows.map((r) => r.length - 1));
        for (let c = 0; c < columns; c++) {
          let start = 0;
          while (start < rows.length) {
            if (rows[start].length - 1 <= c) {
              start++;
              continue;
            }
            let end = start;
            let width = opts.minwidth;
            while (end < rows.length && rows[end].length - 1 > c)
              width = Math.max(width, textWidth(rows[end++][c]) + opts.padding);
            for (let k = start; k < end; k++)
              widths[k][c] = width;
            start = end;
          }
        }
        return rows.map((row, i) => row.map((cell, c) => c < row.length - 1 ? cell + pad(textWidth(cell), widths[i][c], opts) : cell).join("") + "\n").join("");
      }
      function pad(textw, cellw, opts) {
        if (opts.padchar === "	") {
          if (opts.tabwidth === 0)
            return "";
          const stop = Math.ceil(cellw / opts.tabwidth) * opts.tabwidth;
          return "	".repeat(Math.ceil((stop - textw) / opts.tabwidth));
        }
        return " ".repeat(Math.max(0, cellw - textw));
      }
      ;
      const KNOWN_VERSION = "1.0.0";
      const SUBREQUESTS_CAP = "moby.buildkit.frontend.subrequests+forward";
      const PRINT_FALLBACK_IMAGE = "docker/dockerfile:1.7.1@sha256:a57df69d0ea827fb7266491f2813635de6f17269be881f696fbfdf2d83dda33e";
      const LINT_FALLBACK_IMAGE = "docker/dockerfile:1.8.1@sha256:e87caa74dcb7d46cd820352bfea12591f3dba3ddc4285e19c7dcd13359f7cefd";
      function parseCall(value) {
        if (!value)
          return void 0;
        const call = (0, call_func.K)(value);
        if (call.name === "build" || call.name === "")
          return void 0;
        return call;
      }
      function callFrontendOpt(call, attrs) {
        const out = { ...attrs };
        out["frontend.caps"] = out["frontend.caps"] ? `${out["frontend.caps"]},${SUBREQUESTS_CAP}` : SUBREQUESTS_CAP;
        out.requestid = `frontend.${call.name}`;
        return out;
      }
      function callFallbackOpt(err, opt) {
        const request = opt.requestid;
        if (!request)
          return void 0;
        const message = err.details ?? err.message;
        const m = /unsupported request (frontend\.(?:outline|targets|lint))\b/.exec(message);
        if (!m)
          return void 0;
        return { ...opt, "build-arg:BUILDKIT_SYNTAX": m[1] === "frontend.lint" ? LINT_FALLBACK_IMAGE : PRINT_FALLBACK_IMAGE };
      }
      function versionLess(a, b) {
        const pa = a.split(".");
        const pb = b.split(".");
        for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
          const x = Number.parseInt(pa[i] ?? "0", 10) || 0;
          const y = Number.parseInt(pb[i] ?? "0", 10) || 0;
          if (x !== y)
            return x < y;
        }
        return false;
      }
      const table = (rows, padding) => tabwrite(rows, { minwidth: 0, tabwidth: 0, padding, padchar: " " });
      function ranges(loc) {
        return (loc?.ranges ?? []).map((r) => ({
          start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
          end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 }
        }));
      }
      function sourceBlock(source, loc, filename) {
        if (!source)
          return "";
        const lines = (0, errdefs_source.GO)(filename ?? source.filename ?? "", Buffer.from(source.data ?? "", "base64"), ranges(loc));
        return lines.length ? lines.join("\n") + "\n" : "";
      }
      function sortedLintWarnings(results) {
        const sources = results.sources ?? [];
        const index = (w) => w.location ? w.location.sourceIndex ?? 0 : -1;
        return [...results.warnings ?? []].sort((a, b) => {
          const ia = index(a);
          const ib = index(b);
          if (ia < 0 && ib < 0)
            return a.ruleName < b.ruleName ? -1 : a.ruleName > b.ruleName ? 1 : 0;
          if (ia < 0 || ib < 0)
            return ia < 0 ? -1 : 1;
          const fa = sources[ia]?.filename ?? "";
          const fb = sources[ib]?.filename ?? "";
          if (fa !== fb)
            return fa < fb ? -1 : 1;
          const ra = a.location?.ranges ?? [];
          const rb = b.location?.ranges ?? [];
          if (ra.length === 0 && rb.length === 0)
            return a.ruleName < b.ruleName ? -1 : a.ruleName > b.ruleName ? 1 : 0;
          if (ra.length === 0 || rb.length === 0)
            return ra.length === 0 ? -1 : 1;
          return (ra[0].start?.line ?? 0) - (rb[0].start?.line ?? 0);
        });
      }
      function printLint(results, filename) {
        const sources = results.sources ?? [];
        let out = "";
        for (const w of sortedLintWarnings(results)) {
          out += `
WARNING: ${w.ruleName}${w.url ? ` - ${w.url}` : ""}
${w.detail ?? ""}
`;
          const i = w.location ? w.location.sourceIndex ?? 0 : -1;
          if (i >= 0)
            out += sourceBlock(sources[i], w.location, filename);
        }
        return out;
      }
      function printOutline(o) {
        let out = "";
        if (o.name || o.description) {
          const rows = [["TARGET:", o.name || "(default)"]];
          if (o.description)
            rows.push(["DESCRIPTION:", o.description]);
          out += table(rows, 1) + "\n";
        }
        if (o.args?.length)
          out += table([["BUILD ARG", "VALUE", "DESCRIPTION"], ...o.args.map((a) => [a.name, a.value ?? "", a.description ?? ""])], 3) + "\n";
        if (o.secrets?.length)
          out += table([["SECRET", "REQUIRED"], ...o.secrets.map((s) => [s.name, s.required ? "true" : ""])], 3) + "\n";
        if (o.ssh?.length)
          out += table([["SSH", "REQUIRED"], ...o.ssh.map((s) => [s.name, s.required ? "true" : ""])], 3) + "\n";
        return out;
      }
      function printTargets(l) {
        const rows = [["TARGET", "DESCRIPTION"]];
        for (const t of l.targets ?? []) {
          let name = t.name ?? "";
          if (name === "" && t.default)
            name = "(default)";
          else if (t.default)
            name = `${name} (default)`;
          rows.push([name, t.description ?? ""]);
        }
        return table(rows, 1);
      }
      function parseJson(text) {
        return JSON.parse(text ?? "null");
      }
      function formatCallResult(call, res, dockerfile) {
        const json = call.format === "json";
        const value = (render) => {
          if (json)
            return `${res["result.json"] ?? ""}
`;
          if (res.version && versionLess(KNOWN_VERSION, res.version) && res["result.txt"])
            return res["result.txt"];
          return render();
        };
        let text = "";
        try {
          switch (call.name) {
            case "outline":
              text = value(() => printOutline(parseJson(res["result.json"]) ?? {}));
              break;
            case "targets":
              text = value(() => printTargets(parseJson(res["result.json"]) ?? {}));
              break;
            case "lint": {
              const results = (res["result.json"] !== void 0 ? parseJson(res["result.json"]) : void 0) ?? {};
              const count = results.warnings?.length ?? 0;
              if (!json && count > 0)
                text += `Check complete, ${count === 1 ? "1 warning has" : `${count} warnings have`} been found!
`;
              text += value(() => printLint(results, dockerfile));
              if (results.buildError) {
                if (!json && count > 0)
                  text += "\n";
                const i = results.buildError.location?.sourceIndex ?? 0;
                const error = `${results.buildError.message}
${sourceBlock((results.sources ?? [])[i], results.buildError.location, dockerfile)}`;
                return { text, exitCode: 1, error };
              }
              if (count === 0 && !json)
                text += "Check complete, no warnings found.\n";
              break;
            }
            default:
              if (res["result.json"] !== void 0 && json)
                text = `${res["result.json"]}
`;
              else if (res["result.txt"] !== void 0)
                text = res["result.txt"];
              else
                text = `${goCallString(call)} map[${Object.keys(res).sort().map((k) => `${k}:${res[k]}`).join(" ")}]
`;
          }
        } catch (err) {
          return { text, exitCode: 1, error: err.message };
        }
        let exitCode = 0;
        const status = res["result.statuscode"];
        if (!call.ignoreStatus && status !== void 0 && /^[+-]?\d+$/.test(status))
          exitCode = Number.parseInt(status, 10);
        return { text, exitCode };
      }
      function goCallString(call) {
        const parts = [];
        if (call.name)
          parts.push(`Name:${JSON.stringify(call.name)}`);
        if (call.format)
          parts.push(`Format:${JSON.stringify(call.format)}`);
        if (call.ignoreStatus)
          parts.push("IgnoreStatus:true");
        return parts.join(" ");
      }
      function formatBakeCallResults(results, options = {}) {
        const sorted = [...results].sort((a, b) => a.target < b.target ? -1 : a.target > b.target ? 1 : 0);
        const formatOf = (r) => ({
          ...r.call,
          ...options.cliCall ? { format: options.cliCall.format, ignoreStatus: options.cliCall.ignoreStatus } : {}
        });
        let exitCode = 0;
        if (options.cliCall?.format === "json") {
          const json = {};
          for (const r of sorted) {
            const call = formatOf(r);
            const entry = {};
            const out = formatCallResult(call, r.response, r.dockerfile);
            if (out.error !== void 0) {
              entry.error = out.error;
              exitCode = 1;
            } else if (out.exitCode !== 0 && exitCode === 0)
              exitCode = out.exitCode;
            let parsed;
            try {
              parsed = JSON.parse(out.text);
            } catch {
              parsed = void 0;
            }
            if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
              Object.assign(entry, parsed);
            else
              entry[call.name] = out.text.trim();
            json[r.target] = entry;
          }
          const targets = {};
          const def = options.definition ?? { target: {} };
          for (const name of Object.keys(def.target).sort()) {
            targets[name] = { build: def.target[name] };
            const r = sorted.find((x) => x.target === name);
            if (r && json[name])
              targets[name][r.call.name === "lint" ? "check" : r.call.name] = sortKeys(json[name]);
          }
          const doc = { ...def.group && Object.keys(def.group).length ? { group: def.group } : {}, target: targets };
          return { text: `${JSON.stringify(doc, null, 2)}
`, exitCode };
        }
        let text = "";
        sorted.forEach((r, i) => {
          if (i > 0)
            text += "\n";
          text += `${r.target}
`;
          if (r.description)
            text += `${r.description}
`;
          text += "\n";
          const out = formatCallResult(formatOf(r), r.response, r.dockerfile);
          text += out.text;
          if (out.error !== void 0) {
            text += `error: ${out.error}
`;
            exitCode = 1;
          } else if (out.exitCode !== 0 && exitCode === 0)
            exitCode = out.exitCode;
        });
        return { text, exitCode };
      }
      function sortKeys(o) {
        return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
      }
      function lintAnnotations(response) {
        let results;
        try {
          results = parseJson(response["result.json"]) ?? {};
        } catch {
          return [];
        }
        const sources = results.sources ?? [];
        return sortedLintWarnings(results).map((w) => {
          const source = w.location ? sources[w.location.sourceIndex ?? 0] : void 0;
          const a = {
            title: w.description || w.ruleName,
            message: `${w.ruleName}: ${w.detail ?? ""}${w.url ? `
More info: ${w.url}` : ""}`
          };
          if (source?.filename) {
            a.file = source.filename;
            a.data = Buffer.from(source.data ?? "", "base64");
            const line = w.location?.ranges?.[0]?.start?.line;
            if (line)
              a.startLine = line;
          }
          return a;
        });
      }
      function bakeDockerfileName(t) {
        if (t.dockerfileInline !== void 0)
          return "inline";
        const rawContext = (t.context ?? ".").replace(/^cwd:\/\//, "");
        const dockerfile = external_node_path_.posix.normalize((t.dockerfile ?? "Dockerfile").replace(/^cwd:\/\//, ""));
        if (context_kind.rM.test(rawContext) || external_node_path_.isAbsolute(dockerfile))
          return dockerfile;
        const context = external_node_path_.posix.normalize(rawContext);
        return external_node_path_.join(context, dockerfile);
      }
      function printCallResults(result, definition, cliCall) {
        const calls = result.targets.filter((t) => t.call);
        if (!calls.length)
          return void 0;
        const results = calls.map((t) => {
          const def = definition.target[t.target] ?? {};
          return {
            target: t.target,
            description: def.description,
            call: t.call.spec,
            response: t.call.response,
            dockerfile: bakeDockerfileName(def)
          };
        });
        let cli;
        try {
          cli = cliCall ? (0, call_func.K)(cliCall) : void 0;
        } catch {
          cli = void 0;
        }
        const printed = cli?.format === "json" ? JSON.parse((0, print.u6)(definition)) : void 0;
        return formatBakeCallResults(results, { cliCall: cli, definition: printed });
      }
    })
  ),
  /***/
  4036: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        J7: () => (
          /* binding */
          countsLine
        ),
        /* harmony export */
        TM: () => (
          /* binding */
          firstLine
        ),
        /* harmony export */
        VI: () => (
          /* binding */
          targetReportLines
        ),
        /* harmony export */
        mh: () => (
          /* binding */
          targetReport
        ),
        /* harmony export */
        v2: () => (
          /* binding */
          publishLines
        )
        /* harmony export */
      });
      function firstLine(text, max = 200) {
        const line = (text.split("\n", 1)[0] ?? "").trim();
        return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
      }
      function targetReport(o) {
        if (o.status === "done")
          return { target: o.target, end: "built" };
        if (o.status === "failed")
          return { target: o.target, end: "failed", ...o.error ? { detail: firstLine(o.error.message) } : {} };
        return {
          target: o.target,
          end: o.skipped ? "skipped" : "cancelled",
          ...o.reason ? { detail: firstLine(o.reason) } : {},
          ...o.cancelledBy ? { cause: o.cancelledBy } : {}
        };
      }
      function countsLine(result) {
        const reports = result.targets.map(targetReport);
        const count = (e) => reports.filter((r) => r.end === e).length;
        return [
          `${count("built")} built`,
          ...["failed", "cancelled", "skipped"].filter((e) => count(e)).map((e) => `${count(e)} ${e}`)
        ].join(", ");
      }
      function targetReportLines(result) {
        const reports = result.targets.map(targetReport);
        const width = Math.max(0, ...reports.map((r) => r.target.length));
        return reports.map((r) => `  ${r.target.padEnd(width)}  ${r.end}${r.detail ? `: ${r.detail}` : ""}`);
      }
      function publishLines(report) {
        if (!report)
          return [];
        if (report.published) {
          if (!report.tagged.length)
            return ["published: nothing to tag (no target pushes an image)"];
          return [`published: every target built; tagged ${report.tagged.map((t) => `${t.name} (${t.digest})`).join(", ")}`];
        }
        if (report.failedTarget) {
          const done = report.tagged.length ? `; tagged before it failed: ${report.tagged.map((t) => t.name).join(", ")}` : "";
          return [`publishing stopped: tagging the images of target "${report.failedTarget}" failed${done}`];
        }
        return [nothingPublishedLine(report)];
      }
      function nothingPublishedLine(report) {
        const n = report.blockedBy.length;
        const who = n ? `${n === 1 ? "target" : "targets"} ${report.blockedBy.map((t) => `"${t}"`).join(", ")} ${report.blockedHow === "cancelled" ? (n === 1 ? "was" : "were") + " cancelled" : "failed"}` : "the build did not finish";
        const untagged = report.untagged.length ? `; pushed by digest and left untagged: ${report.untagged.map((u) => u.reference).join(", ")}` : "";
        return `nothing published: ${who}${untagged}`;
      }
    })
  ),
  /***/
  6449: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        $s: () => (
          /* binding */
          ociLayoutDir
        ),
        /* harmony export */
        Gb: () => (
          /* binding */
          isGitSshContext
        ),
        /* harmony export */
        Pt: () => (
          /* binding */
          dockerfileInRemoteContext
        ),
        /* harmony export */
        V9: () => (
          /* binding */
          namedContextKind
        ),
        /* harmony export */
        Vk: () => (
          /* binding */
          localDirCandidates
        ),
        /* harmony export */
        cf: () => (
          /* binding */
          isGitReference
        ),
        /* harmony export */
        rM: () => (
          /* binding */
          REMOTE_CONTEXT
        ),
        /* harmony export */
        zA: () => (
          /* binding */
          hasGitQuery
        )
        /* harmony export */
      });
      var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
      var _buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9288);
      const REMOTE_CONTEXT = /^(https?:\/\/|git:\/\/|ssh:\/\/|github\.com\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/;
      function isGitReference(url) {
        if (/^https?:\/\//i.test(url))
          return /\.git$/.test(url.replace(/[?#].*$/, ""));
        return true;
      }
      function isGitSshContext(value) {
        return /^(ssh:\/\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/.test(value);
      }
      function hasGitQuery(value) {
        let query;
        const proto = /^([a-zA-Z0-9]+):\/\//.exec(value);
        if (proto) {
          if (!["http", "https", "ssh", "git"].includes(proto[1].toLowerCase()))
            return false;
          const [beforeFragment] = value.split("#", 1);
          const q = beforeFragment.indexOf("?");
          query = q < 0 ? void 0 : beforeFragment.slice(q + 1);
        } else {
          query = /^[a-zA-Z0-9_-]+@[a-zA-Z0-9.-]+:.*?(?:\?(.*?))?(?:#.*)?$/.exec(value)?.[1];
        }
        const unescapes = (s) => !/%(?![0-9a-fA-F]{2})/.test(s);
        return (query ?? "").split("&").some((kv) => {
          if (kv === "" || kv.includes(";"))
            return false;
          const eq = kv.indexOf("=");
          return eq < 0 ? unescapes(kv) : unescapes(kv.slice(0, eq)) && unescapes(kv.slice(eq + 1));
        });
      }
      function namedContextKind(value) {
        if (value.startsWith("target:"))
          return "target";
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith("docker-image:") || value.startsWith("oci-layout:") || REMOTE_CONTEXT.test(value))
          return "remote";
        return "local";
      }
      function ociLayoutDir(value) {
        try {
          return (0, _buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_1__.cT)(value)?.path;
        } catch {
          return value.slice("oci-layout://".length);
        }
      }
      function dockerfileInRemoteContext(spec) {
        return !!spec.dockerfile && REMOTE_CONTEXT.test(spec.context) && !node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(spec.dockerfile);
      }
      function localDirCandidates(spec) {
        const dirs = /* @__PURE__ */ new Set();
        if (!REMOTE_CONTEXT.test(spec.context))
          dirs.add(spec.context);
        if (spec.dockerfileInline === void 0 && spec.dockerfile && !dockerfileInRemoteContext(spec))
          dirs.add(node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(spec.dockerfile));
        for (const value of Object.values(spec.contexts)) {
          if (namedContextKind(value) === "local")
            dirs.add(value);
        }
        return [...dirs];
      }
    })
  )
};
