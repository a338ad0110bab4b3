"use strict"; exports.id = 160;
exports.ids = [160];
exports.modules = {
  /***/
  3417: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        J: () => (
          /* binding */
          formatWarningsSummary
        ),
        /* harmony export */
        g: () => (
          /* binding */
          dedupWarnings
        )
        /* harmony export */
      });
      function formatWarningsSummary(warnings, options = {}) {
        const distinct = dedupWarnings(warnings);
        if (distinct.length === 0)
          return [];
        const text = (b) => Buffer.from(b ?? new Uint8Array()).toString("utf8");
        const lines = ["", ` ${distinct.length === 1 ? "1 warning found" : `${distinct.length} warnings found`}:`];
        for (const w of distinct) {
          lines.push(` - ${text(w.short)}`);
          if (!options.verbose)
            continue;
          for (const d of w.detail ?? [])
            lines.push(text(d));
          if (w.url)
            lines.push(`More info: ${w.url}`);
          if (options.source)
            lines.push(...options.source(w));
          lines.push("");
        }
        return lines;
      }
      function dedupWarnings(warnings) {
        const seen = /* @__PURE__ */ new Set();
        const out = [];
        for (const w of warnings) {
          const b64 = (b) => b ? Buffer.from(b).toString("base64") : "";
          const key = JSON.stringify([
            String(w.level ?? ""),
            b64(w.short),
            (w.detail ?? []).map(b64),
            w.url ?? "",
            w.info?.filename ?? "",
            b64(w.info?.data),
            w.info?.language ?? "",
            (w.ranges ?? []).map((r) => [
              r.start?.line ?? 0,
              r.start?.character ?? 0,
              r.end?.line ?? 0,
              r.end?.character ?? 0
            ])
          ]);
          if (seen.has(key))
            continue;
          seen.add(key);
          out.push(w);
        }
        return out;
      }
    })
  ),
  /***/
  9192: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        createPlainRenderer: () => (
          /* binding */
          createPlainRenderer
        ),
        /* harmony export */
        formatBuildWarnings: () => (
          /* binding */
          formatBuildWarnings
        )
        /* harmony export */
      });
      var _buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3535);
      var _buildkit_errdefs_solve_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3832);
      var _buildkit_errdefs_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3515);
      var _run_target_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5902);
      function createPlainRenderer(sink, opts = {}) {
        const tracker = new _buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__.si();
        const printer = new _buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__._C(opts.quiet ? () => {
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
              const cause = t.error instanceof _run_target_errors_js__WEBPACK_IMPORTED_MODULE_3__.v5 ? t.error.cause : t.error;
              if (cause instanceof _buildkit_errdefs_solve_error_js__WEBPACK_IMPORTED_MODULE_1__.Y) {
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
        return (0, _buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__.Ji)(warnings, {
          verbose: true,
          source: (w) => (0, _buildkit_errdefs_source_js__WEBPACK_IMPORTED_MODULE_2__.CB)(w.info, w.ranges)?.snippet ?? []
        });
      }
    })
  )
};
