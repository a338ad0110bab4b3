"use strict"; exports.id = 631;
exports.ids = [631];
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
  8831: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        createTtyDisplay: () => (
          /* binding */
          createTtyDisplay
        )
        /* harmony export */
      });
      var _buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3535);
      const LOG_LINES = 6;
      const NANOS_PER_MS = 1000000n;
      function createTtyDisplay(write, tracker, opts) {
        const clock = opts.clock ?? Date.now;
        const startedAt = clock();
        const steps = /* @__PURE__ */ new Map();
        const order = [];
        let drawnLines = 0;
        let dirty = true;
        let finished = false;
        const step = (v, target) => {
          let s = steps.get(v.digest);
          if (!s) {
            s = { vertex: v, name: "", logs: [], partial: "" };
            steps.set(v.digest, s);
            order.push(s);
          }
          s.name = opts.multiTarget && target ? (0, _buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__.O8)(target, v.name) : v.name;
          return s;
        };
        const unsubscribe = tracker.subscribe((e) => {
          switch (e.type) {
            case "vertex-started":
            case "vertex-cached":
            case "vertex-completed":
            case "vertex-errored":
            case "vertex-canceled":
            case "vertex-changed":
              step(e.vertex, e.vertex.lastTarget ?? e.target);
              dirty = true;
              break;
            case "log": {
              const s = step(e.vertex, e.vertex.lastTarget ?? e.target);
              const lines = (s.partial + e.data.toString("utf8")).split("\n");
              s.partial = lines.pop() ?? "";
              s.logs.push(...lines);
              if (s.logs.length > LOG_LINES)
                s.logs.splice(0, s.logs.length - LOG_LINES);
              dirty = true;
              break;
            }
            default:
              break;
          }
        });
        const seconds = (v, nowNs) => {
          if (v.started === void 0)
            return "";
          const end = v.completed ?? nowNs;
          return `${(0, _buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__.gn)((0, _buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__.o8)(end > v.started ? end - v.started : 0n), 1)}s`;
        };
        const frame = () => {
          const now = clock();
          const nowNs = BigInt(now) * NANOS_PER_MS;
          const width = Math.max(40, opts.columns() - 1);
          const done = order.filter((s) => s.vertex.completed !== void 0 || s.vertex.cached).length;
          const header = `[+] Building ${(0, _buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__.gn)((now - startedAt) / 1e3, 1)}s (${done}/${order.length})${finished ? " FINISHED" : ""}`;
          const lines = [];
          const running = order.filter((s) => s.vertex.started !== void 0 && s.vertex.completed === void 0 && !s.vertex.cached);
          const budget = Math.max(1, opts.rows() - 2);
          const runningLines = running.reduce((n, s) => n + 1 + (finished ? 0 : s.logs.length), 0);
          let finishedRoom = Math.max(0, budget - runningLines);
          const shown = new Set(running);
          for (let i = order.length - 1; i >= 0 && finishedRoom > 0; i--) {
            const s = order[i];
            if (shown.has(s) || s.vertex.started === void 0 && !s.vertex.cached)
              continue;
            shown.add(s);
            finishedRoom--;
          }
          for (const s of order) {
            if (!shown.has(s))
              continue;
            const v = s.vertex;
            const state = v.cached ? "CACHED " : v.error && !/context canceled/.test(v.error) ? "ERROR " : v.error ? "CANCELED " : "";
            const time = v.cached ? "0.0s" : seconds(v, nowNs);
            lines.push(fit(` => ${state}${s.name}`, time, width));
            if (!finished && v.completed === void 0 && !v.cached)
              for (const l of s.logs)
                lines.push(cut(` => => # ${l}`, width));
          }
          return [header, ...lines];
        };
        const draw = () => {
          const lines = frame();
          let out = drawnLines > 0 ? `\x1B[${drawnLines}A` : "";
          for (const l of lines)
            out += `\x1B[2K${l}
`;
          out += "\x1B[J";
          write(out);
          drawnLines = lines.length;
          dirty = false;
        };
        let sinceDraw = 0;
        const timer = opts.intervalMs === 0 ? void 0 : setInterval(() => {
          sinceDraw += opts.intervalMs ?? 100;
          if (dirty || sinceDraw >= 1e3) {
            draw();
            sinceDraw = 0;
          }
        }, opts.intervalMs ?? 100);
        timer?.unref();
        return {
          frame,
          finish() {
            if (finished)
              return;
            finished = true;
            if (timer)
              clearInterval(timer);
            unsubscribe();
            draw();
          }
        };
      }
      function fit(left, right, width) {
        const room = width - right.length - 1;
        const l = left.length > room ? `${left.slice(0, Math.max(0, room - 1))}\u2026` : left;
        return `${l}${" ".repeat(Math.max(1, width - l.length - right.length))}${right}`;
      }
      function cut(line, width) {
        return line.length > width ? `${line.slice(0, width - 1)}\u2026` : line;
      }
    })
  )
};
