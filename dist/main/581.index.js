"use strict"; exports.id = 581;
exports.ids = [581, 268];
exports.modules = {
  /***/
  1268: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        cacheMountLogLines: () => (
          /* binding */
          cacheMountLogLines
        ),
        cacheMountsOptions: () => (
          /* binding */
          cacheMountsOptions
        ),
        X: () => (
          /* binding */
          savedText
        ),
        l: () => (
          /* binding */
          sizeText
        )
      });
      var promises_ = __webpack_require__(1455);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_path_ = __webpack_require__(6760);
      ;
      function isGhaCacheAvailable(env) {
        if (!env.ACTIONS_RUNTIME_TOKEN)
          return false;
        return ghaCacheApi(env) === "v2" ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
      }
      function ghaCacheApi(env) {
        if (isGhes(env))
          return "v1";
        return env.ACTIONS_CACHE_SERVICE_V2 ? "v2" : "v1";
      }
      function isGhes(env) {
        let host;
        try {
          host = new URL(env.GITHUB_SERVER_URL || "https://github.com").hostname.trimEnd().toUpperCase();
        } catch {
          return false;
        }
        return host !== "GITHUB.COM" && !host.endsWith(".GHE.COM") && !host.endsWith(".LOCALHOST");
      }
      class GhaCacheError extends Error {
        operation;
        failure;
        name = "GhaCacheError";
        constructor(operation, failure, message) {
          super(message);
          this.operation = operation;
          this.failure = failure;
        }
      }
      const STAGING_DIR = "bakekit-cache-mount";
      const ARCHIVE = "archive";
      const CACHE_INFO = /^(?:Cache (?:Size|restored successfully|saved successfully|hit for|restore skipped|save skipped)|Lookup only|Failed to save:|Attempt \d+ of \d+ failed|Sent \d+ of \d+|Received \d+ of \d+|\[command\])/;
      const CACHE_PROBLEM = /^(?:Failed to (?:save|restore):|Cache reservation failed:|uploadCacheArchiveSDK:|Unable to |Cache (?:save|restore) skipped|You've hit a rate limit)/;
      class GhaCacheStore {
        opts;
        description = "the GitHub Actions cache";
        queue = Promise.resolve();
        env;
        staging;
        constructor(opts = {}) {
          this.opts = opts;
          this.env = opts.env ?? process.env;
          this.staging = external_node_path_.join(opts.stagingRoot ?? (this.env.RUNNER_TEMP || external_node_os_.tmpdir()), STAGING_DIR);
        }
        restore(file, key, restoreKeys) {
          return this.serially(async () => {
            const cache = await __webpack_require__.e(
              /* import() */
              305
            ).then(__webpack_require__.bind(__webpack_require__, 4305));
            await promises_.rm(this.staging, { recursive: true, force: true });
            try {
              const { value: hit, lines } = await this.capture(() => cache.restoreCache([this.staging], key, restoreKeys));
              const problems = lines.filter((l) => (l.kind === "warning" || l.kind === "error") && CACHE_PROBLEM.test(l.text));
              const problem = problems.find((l) => l.text.startsWith("Failed to restore:")) ?? problems[0];
              if (problem)
                throw this.failure("restore", problem.text, lines);
              if (hit === void 0)
                return void 0;
              const archive = external_node_path_.join(this.staging, ARCHIVE);
              try {
                await promises_.access(archive);
              } catch {
                throw new GhaCacheError("restore", "other", `the entry ${hit} was restored, but not to ${archive} (GITHUB_WORKSPACE differs from the run that saved it?)`);
              }
              await moveFile(archive, file);
              return hit;
            } catch (err) {
              throw this.wrap("restore", err);
            } finally {
              await promises_.rm(this.staging, { recursive: true, force: true });
            }
          });
        }
        save(file, key) {
          return this.serially(async () => {
            const cache = await __webpack_require__.e(
              /* import() */
              305
            ).then(__webpack_require__.bind(__webpack_require__, 4305));
            await promises_.rm(this.staging, { recursive: true, force: true });
            try {
              await promises_.mkdir(this.staging, { recursive: true });
              await linkOrCopy(file, external_node_path_.join(this.staging, ARCHIVE));
              const { value: id2, lines } = await this.capture(() => cache.saveCache([this.staging], key));
              if (id2 === -1 || id2 === void 0)
                throw this.failure("save", void 0, lines);
            } catch (err) {
              throw this.wrap("save", err);
            } finally {
              await promises_.rm(this.staging, { recursive: true, force: true });
            }
          });
        }
        /** Runs `fn` after every operation started before it (one staging directory, one operation at a time). */
        serially(fn) {
          const run = this.queue.then(fn, fn);
          this.queue = run.catch(() => void 0);
          return run;
        }
        /**
         * Runs `fn` reading @actions/core's writes to stdout: its workflow commands (`::debug::`, and the `::warning::` /
         * `::error::` lines of @actions/cache's failures) and @actions/cache's known info lines are kept back and returned;
         * any other write (the build's log, running meanwhile) goes through.
         */
        async capture(fn) {
          const lines = [];
          const original = process.stdout.write;
          const onLog = this.opts.onLog;
          const scrub = (s) => this.scrub(s);
          let inOnLog = false;
          const write = (chunk, ...rest) => {
            const text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : void 0;
            const line = text?.replace(/\r?\n$/, "");
            const kept = inOnLog || line === void 0 || line.includes("\n") ? void 0 : classify(line);
            if (!kept)
              return original.call(process.stdout, chunk, ...rest);
            lines.push(kept);
            if (kept.kind !== "debug" && onLog) {
              inOnLog = true;
              try {
                onLog(scrub(kept.text));
              } finally {
                inOnLog = false;
              }
            }
            const cb = rest.find((r) => typeof r === "function");
            cb?.();
            return true;
          };
          const hook = write;
          process.stdout.write = hook;
          try {
            return { value: await fn(), lines };
          } finally {
            if (process.stdout.write === hook)
              process.stdout.write = original;
          }
        }
        /** The failure @actions/cache logged: its underlying cause when it said one (a reservation's debug line), else
         * `text` or its last warning or error. */
        failure(operation, text, lines) {
          const problems = lines.filter((l) => l.kind === "warning" || l.kind === "error" || CACHE_PROBLEM.test(l.text));
          const cause = lines.find((l) => l.kind === "debug" && l.text.startsWith("Failed to reserve cache: "));
          let reason = cause?.text.slice("Failed to reserve cache: ".length) ?? text ?? problems.at(-1)?.text;
          reason ??= operation === "save" ? "the cache service did not save it" : "the cache service did not restore it";
          reason = reason.replace(/^Failed to (?:save|restore): /, "").replace(/^Error: /, "").replace(/^Unable to reserve cache with key .*?, another job may be creating this cache\. More details: /, "");
          return new GhaCacheError(operation, classifyFailure(`${reason} ${problems.map((p) => p.text).join(" ")}`), reason);
        }
        wrap(operation, err) {
          if (err instanceof GhaCacheError)
            return new GhaCacheError(operation, err.failure, this.scrub(err.message));
          const e = err;
          const message = this.scrub(e?.message ?? String(err));
          const failure = e?.name === "ValidationError" ? "invalid" : classifyFailure(message);
          return new GhaCacheError(operation, failure, message);
        }
        scrub(s) {
          const token = this.env.ACTIONS_RUNTIME_TOKEN ?? process.env.ACTIONS_RUNTIME_TOKEN;
          return token ? s.split(token).join("***") : s;
        }
      }
      function classify(line) {
        const cmd = /^::(debug|warning|error)::(.*)$/s.exec(line);
        if (cmd) {
          const kind = cmd[1];
          const text = cmd[2].replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
          if (kind === "debug" || CACHE_PROBLEM.test(text))
            return { kind, text };
          return void 0;
        }
        return CACHE_INFO.test(line) ? { kind: "info", text: line } : void 0;
      }
      function classifyFailure(text) {
        if (/already exists|AlreadyExists|\b409\b/i.test(text))
          return "exists";
        if (/rate limit|\b429\b|RequestBlocked|Request was blocked|resource_exhausted/i.test(text))
          return "rate-limited";
        if (/(?:read|write) denied|\b403\b|does not permit/i.test(text))
          return "denied";
        if (/NetworkError|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|socket hang up|Unable to make request/i.test(text))
          return "network";
        if (/\b5\d\d\b|after \d+ attempts|internal|unavailable/i.test(text))
          return "service";
        return "other";
      }
      async function linkOrCopy(src, dest) {
        try {
          await promises_.link(src, dest);
        } catch {
          await promises_.copyFile(src, dest);
        }
      }
      async function moveFile(src, dest) {
        await promises_.mkdir(external_node_path_.dirname(dest), { recursive: true });
        try {
          await promises_.rename(src, dest);
        } catch (err) {
          if (err.code !== "EXDEV")
            throw err;
          await promises_.copyFile(src, dest);
          await promises_.rm(src, { force: true });
        }
      }
      var units = __webpack_require__(5650);
      ;
      function cacheMountsOptions(inputs, env, debug = () => {
      }) {
        const mode = inputs.cacheMounts;
        if (mode === "off")
          return {};
        if (!isGhaCacheAvailable(env)) {
          if (mode === "auto")
            return {};
          return {
            note: {
              level: "warning",
              message: `cache-mounts: ${mode.join(", ")} not restored or saved: no GitHub Actions cache service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL are unset)`
            }
          };
        }
        return {
          options: {
            mode,
            store: new GhaCacheStore({ env, onLog: debug }),
            keyHash: inputs.cacheMountsKey,
            image: inputs.cacheMountsImage,
            maxSize: inputs.cacheMountsMaxSize
          }
        };
      }
      function savedText(r) {
        switch (r.saved) {
          case "saved":
            return r.savedKey ? `saved as ${r.savedKey}` : "saved";
          case "unchanged":
            return "unchanged";
          case "skipped":
          case "failed":
            return r.savedKey ? `${r.saved}: ${r.savedKey}` : r.saved;
        }
      }
      function sizeText(r) {
        return r.size === void 0 ? "" : (0, units.VC)(r.size);
      }
      function cacheMountLogLines(reports) {
        return reports.map((r) => {
          const size = sizeText(r);
          const detail = [size, `${(r.durationMs / 1e3).toFixed(1)}s`].filter(Boolean).join(", ");
          const restored = r.restoredKey ? `restored ${r.restoredKey}${r.kept ? " (the builder kept its own contents)" : ""}` : "nothing restored (miss)";
          return `cache mount ${r.id} (${r.targets.join(", ")}, ${r.platform}): ${restored}; ${savedText(r)} (${detail})`;
        });
      }
    })
  ),
  /***/
  8962: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        summaryMarkdown: () => (
          /* binding */
          summaryMarkdown
        ),
        /* harmony export */
        writeSummary: () => (
          /* binding */
          writeSummary
        )
        /* harmony export */
      });
      var _toolkit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4112);
      var _solve_render_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4036);
      var _cache_mounts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1268);
      const ICON = { built: "\u2705", failed: "\u274C", cancelled: "\u23F9\uFE0F", skipped: "\u23ED\uFE0F" };
      const WORD = { built: "done", failed: "failed", cancelled: "cancelled", skipped: "skipped" };
      function lintWarningCount(response) {
        try {
          const results = JSON.parse(response["result.json"] ?? "null");
          return results?.warnings?.length ?? 0;
        } catch {
          return void 0;
        }
      }
      function cell(s) {
        return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
      }
      const SAVED_ICON = {
        saved: "\u2705",
        unchanged: "\u2796",
        skipped: "\u23ED\uFE0F",
        failed: "\u26A0\uFE0F"
      };
      function cacheMountsMarkdown(reports) {
        if (!reports?.length)
          return [];
        const code = (s) => `\`${s.replace(/`/g, "'")}\``;
        return [
          "",
          "#### Cache mounts",
          "",
          "| Mount | Targets | Platform | Restored | Saved | Size | Time |",
          "| --- | --- | --- | --- | --- | --- | --- |",
          ...reports.map((r) => {
            const restored = r.restoredKey ? `${code(r.restoredKey)}${r.kept ? " (builder kept its own)" : ""}` : "miss";
            const saved = r.saved === "saved" && r.savedKey ? `${SAVED_ICON.saved} saved as ${code(r.savedKey)}` : `${SAVED_ICON[r.saved]} ${(0, _cache_mounts_js__WEBPACK_IMPORTED_MODULE_1__.X)(r)}`;
            return `| ${cell(r.id)} | ${cell(r.targets.join(", "))} | ${cell(r.platform)} | ${cell(restored)} | ${cell(saved)} | ${(0, _cache_mounts_js__WEBPACK_IMPORTED_MODULE_1__.l)(r)} | ${(r.durationMs / 1e3).toFixed(1)}s |`;
          })
        ];
      }
      function summaryMarkdown(result, info) {
        const rows = result.targets.map((t) => {
          const md = result.metadata[t.target] ?? {};
          const { steps, spec } = info(t.target);
          const report = (0, _solve_render_report_js__WEBPACK_IMPORTED_MODULE_2__.mh)(t);
          const icon = ICON[report.end];
          const names = typeof md["image.name"] === "string" ? md["image.name"].split(",").join("<br>") : "";
          const digest = typeof md["containerimage.digest"] === "string" ? `\`${md["containerimage.digest"]}\`` : "";
          const platforms = spec?.platforms.length ? spec.platforms.join(", ") : "default";
          const cacheCell = (arrow, e) => {
            const mode = /mode=(\w+)/.exec(e.entry)?.[1];
            return `${arrow} ${e.type}${mode ? ` (${mode})` : ""}${e.error ? " \u26A0\uFE0F failed" : ""}`;
          };
          const caches = t.cache ? [...t.cache.imports.map((e) => cacheCell("\u2B07", e)), ...t.cache.exports.map((e) => cacheCell("\u2B06", e))].join("<br>") : spec ? [
            ...spec.cacheFrom.map((c) => `\u2B07 ${c.type}`),
            ...spec.cacheTo.map((c) => `\u2B06 ${c.type}${c.mode ? ` (${c.mode})` : ""}`)
          ].join("<br>") : "";
          const stepText = steps ? `${steps.cached}/${steps.total}` : "";
          const warnings = t.call ? t.call.spec.name === "lint" ? lintWarningCount(t.call.response) : void 0 : steps?.warnings;
          const warningText = warnings === void 0 ? "" : warnings > 0 ? `\u26A0\uFE0F ${warnings}` : "0";
          const status = t.call && t.status === "done" ? `${icon} ${t.call.spec.name === "lint" ? "check" : t.call.spec.name}` : `${icon} ${WORD[report.end]}${report.cause ? ` ("${report.cause}" failed)` : ""}`;
          return `| ${cell(t.target)} | ${status} | ${(t.durationMs / 1e3).toFixed(1)}s | ${stepText} | ${warningText} | ${cell(platforms)} | ${cell(names)} | ${digest} | ${cell(caches)} |`;
        });
        const ok = result.targets.filter((t) => t.status === "done").length;
        const publish = (0, _solve_render_report_js__WEBPACK_IMPORTED_MODULE_2__.v2)(result.publish);
        const notBuilt = result.targets.map(_solve_render_report_js__WEBPACK_IMPORTED_MODULE_2__.mh).filter((r) => r.end !== "built");
        const why = notBuilt.length ? [
          "",
          "#### Not built",
          "",
          ...notBuilt.map((r) => `- ${ICON[r.end]} **${cell(r.target)}** ${r.end}${r.detail ? `: ${cell(r.detail)}` : ""}`)
        ] : [];
        const warm = result.warm?.length ? [
          "",
          "#### Cache warming",
          "",
          "| Target | Result | Steps cached | Cache saved |",
          "| --- | --- | --- | --- |",
          ...result.warm.map((w) => `| ${cell(w.target)} | ${w.result === "warm" ? "\u2668\uFE0F already warm" : w.result === "built" ? "\u{1F528} built" : w.result} | ${w.cachedSteps}/${w.steps} | ${w.result === "failed" || w.result === "cancelled" ? "-" : w.cacheSaved ? "yes" : "no"} |`)
        ] : [];
        return [
          "### bakekit",
          "",
          `${ok}/${result.targets.length} targets built${ok < result.targets.length ? ` (${(0, _solve_render_report_js__WEBPACK_IMPORTED_MODULE_2__.J7)(result)})` : ""}.`,
          ...publish.length ? ["", ...publish.map((l) => `**${cell(l.split(":")[0])}**:${cell(l.slice(l.indexOf(":") + 1))}`)] : [],
          "",
          "| Target | Status | Duration | Steps cached | Warnings | Platforms | Images | Digest | Cache |",
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
          ...rows,
          ...why,
          ...warm,
          ...cacheMountsMarkdown(result.cacheMounts),
          ""
        ].join("\n");
      }
      async function writeSummary(markdown) {
        await _toolkit_js__WEBPACK_IMPORTED_MODULE_0__.appendSummary(markdown);
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
  )
};
