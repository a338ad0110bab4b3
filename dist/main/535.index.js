"use strict"; exports.id = 535;
exports.ids = [535];
exports.modules = {
  /***/
  3535: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        _C: () => (
          /* reexport */
          PlainProgressPrinter
        ),
        si: () => (
          /* reexport */
          ProgressTracker
        ),
        g_: () => (
          /* reexport */
          warnings.g
        ),
        Ji: () => (
          /* reexport */
          warnings.J
        )
      });
      ;
      function isCanceledError(error) {
        return error.endsWith("context canceled");
      }
      ;
      function formatFixed(x, digits) {
        if (Number.isNaN(x))
          return "NaN";
        if (!Number.isFinite(x))
          return x > 0 ? "+Inf" : "-Inf";
        const negative = x < 0;
        const exact = Math.abs(x).toFixed(100);
        const [intPart, fracPart = ""] = exact.split(".");
        const kept = fracPart.slice(0, digits);
        const rest = fracPart.slice(digits);
        let digitsValue = BigInt(intPart + kept);
        const first = rest.charCodeAt(0) - 48;
        const tail = /[1-9]/.test(rest.slice(1));
        if (first > 5 || first === 5 && (tail || digitsValue % 2n === 1n))
          digitsValue += 1n;
        let text = digitsValue.toString().padStart(digits + 1, "0");
        if (digits > 0)
          text = `${text.slice(0, -digits)}.${text.slice(-digits)}`;
        return negative ? `-${text}` : text;
      }
      function formatBytes(bytes) {
        const units = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
        let unit = 0;
        let base = 1;
        while (unit < units.length - 1 && bytes >= base * 1e3) {
          base *= 1e3;
          unit++;
        }
        if (unit === 0)
          return `${Math.trunc(bytes)}B`;
        return `${formatFixed(bytes / base, 2)}${units[unit]}`;
      }
      function prefixVertexName(target, name) {
        return name.startsWith("[") ? `[${target} ${name.slice(1)}` : `[${target}] ${name}`;
      }
      ;
      const NANOS_PER_SECOND = 1000000000n;
      function timestampToNanos(ts) {
        if (!ts)
          return void 0;
        let seconds;
        try {
          seconds = BigInt(ts.seconds ?? 0);
        } catch {
          return void 0;
        }
        return seconds * NANOS_PER_SECOND + BigInt(Math.trunc(ts.nanos ?? 0));
      }
      function durationSeconds(ns) {
        const whole = ns / NANOS_PER_SECOND;
        const frac = ns % NANOS_PER_SECOND;
        return Number(whole) + Number(frac) / 1e9;
      }
      function mergeIntervals(intervals) {
        const sorted = [...intervals].sort((a, b) => a.start < b.start ? -1 : a.start > b.start ? 1 : 0);
        if (sorted.length === 0)
          return [];
        const merged = [];
        let cur = { ...sorted[0] };
        for (const next of sorted.slice(1)) {
          if (cur.stop === void 0)
            break;
          if (cur.stop < next.start) {
            merged.push(cur);
            cur = { ...next };
            continue;
          }
          if (next.stop === void 0) {
            cur = { start: cur.start };
            break;
          }
          if (cur.stop < next.stop)
            cur = { start: cur.start, stop: next.stop };
        }
        merged.push(cur);
        return merged;
      }
      function totalNanos(intervals, nowNs) {
        let sum = 0n;
        for (const ival of intervals)
          sum += (ival.stop ?? nowNs) - ival.start;
        return sum;
      }
      ;
      const LOGS_KEPT_FOR_ERRORS = 10;
      const MIN_PROGRESS_DELTA = 0.05;
      const MIN_STATUS_INTERVAL_NS = 5n * NANOS_PER_SECOND;
      const ANTI_FLICKER_SECONDS = 5;
      const MAX_HIDDEN_MS = 1e4;
      function newDisplayVertex(key, name) {
        return {
          key,
          name,
          cached: false,
          error: "",
          merged: [],
          hidden: false,
          index: 0,
          statuses: [],
          statusById: /* @__PURE__ */ new Map(),
          statusUpdates: /* @__PURE__ */ new Set(),
          warnings: [],
          warningIdx: 0,
          logs: [],
          logsPartial: false,
          logsOffset: 0,
          recent: [],
          count: 0
        };
      }
      function isStarted(v) {
        return v.merged.length > 0;
      }
      function isCompleted(v) {
        const last = v.merged[v.merged.length - 1];
        return last !== void 0 && last.stop !== void 0;
      }
      class LineWriter {
        sink;
        pending = [];
        constructor(sink) {
          this.sink = sink;
        }
        write(text) {
          let buf = typeof text === "string" ? Buffer.from(text, "utf8") : text;
          for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10)) {
            this.pending.push(buf.subarray(0, nl));
            this.sink(Buffer.concat(this.pending).toString("utf8"));
            this.pending = [];
            buf = buf.subarray(nl + 1);
          }
          if (buf.length > 0)
            this.pending.push(buf);
        }
        line(text = "") {
          this.write(`${text}
`);
        }
        /** Ends an unfinished line, if any. */
        flush() {
          if (this.pending.length > 0)
            this.write("\n");
        }
      }
      class PlainProgressPrinter {
        out;
        multiTarget;
        description;
        clock;
        truncateNames;
        /** Display vertices by vertex digest; members of a progress group map to the group's display vertex. */
        byDigest = /* @__PURE__ */ new Map();
        /** Every display vertex once, in creation order (stands in for Go's map iteration). */
        all = [];
        groups = /* @__PURE__ */ new Map();
        dirtyGroups = /* @__PURE__ */ new Set();
        /** Vertices in the order they started: the failure summary's order. */
        startedOrder = [];
        /** Vertices with output not printed yet. */
        updates = /* @__PURE__ */ new Set();
        /** Last printed progress of each status id (shared by all vertices, as in buildx). */
        lastStatus = /* @__PURE__ */ new Map();
        current = "";
        notFirst = false;
        nextIndex = 0;
        finished = false;
        constructor(sink, options = {}) {
          this.out = new LineWriter(sink);
          this.multiTarget = options.multiTarget ?? false;
          this.description = options.description ?? "";
          this.clock = options.clock ?? Date.now;
          this.truncateNames = options.truncateNames ?? false;
        }
        /** Subscribes to `tracker`; returns the unsubscribe function. */
        attach(tracker) {
          return tracker.subscribe((event) => this.handle(event));
        }
        handle(event) {
          if (this.finished)
            return;
          switch (event.type) {
            case "vertex-started":
            case "vertex-cached":
            case "vertex-completed":
            case "vertex-errored":
            case "vertex-canceled":
            case "vertex-changed":
              this.onVertex(event.vertex);
              return;
            case "status":
              this.refreshGroups();
              this.onStatus(event.vertex, event.status);
              return;
            case "warning":
              this.refreshGroups();
              this.onWarning(event);
              return;
            case "log":
              this.refreshGroups();
              this.onLog(event);
              return;
            case "batch":
              this.refreshGroups();
              this.print();
              return;
            case "target-done":
              return;
          }
        }
        /** Final redraw, then the `------` summary of failed steps with their last log lines. Idempotent. */
        finish() {
          if (this.finished)
            return;
          this.refreshGroups();
          this.print();
          this.out.flush();
          this.finished = true;
          for (const v of this.startedOrder) {
            if (v.error === "" || isCanceledError(v.error))
              continue;
            this.out.line("------");
            this.out.line(` > ${v.name}:`);
            for (const l of v.recent) {
              this.out.write(l);
              this.out.line();
            }
            if (v.recentPartial) {
              this.out.write(v.recentPartial);
              this.out.line();
            }
            this.out.line("------");
          }
        }
        // --- model updates (buildkit display.go `trace.update`) ---
        displayName(name, target) {
          return this.multiTarget && target !== void 0 ? prefixVertexName(target, name) : name;
        }
        touch(v) {
          if (v.count === 0)
            v.lastBlockTime = this.clock();
          v.count += 1;
        }
        addDisplayVertex(key, v) {
          this.byDigest.set(key, v);
          this.all.push(v);
        }
        onVertex(vertex) {
          const group = vertex.progressGroup;
          if (group && group.id) {
            let dv2 = this.groups.get(group.id);
            if (!dv2) {
              dv2 = newDisplayVertex(group.id, this.displayName(group.name ?? "", vertex.lastTarget));
              dv2.members = /* @__PURE__ */ new Map();
              dv2.groupIntervals = /* @__PURE__ */ new Map();
              dv2.hidden = true;
              this.groups.set(group.id, dv2);
              this.addDisplayVertex(group.id, dv2);
            }
            dv2.members.set(vertex.digest, vertex);
            this.byDigest.set(vertex.digest, dv2);
            this.dirtyGroups.add(dv2);
            return;
          }
          let dv = this.byDigest.get(vertex.digest);
          if (!dv || dv.members) {
            dv = newDisplayVertex(vertex.digest, "");
            this.addDisplayVertex(vertex.digest, dv);
          }
          const wasStarted = isStarted(dv);
          dv.name = this.displayName(vertex.name, vertex.lastTarget);
          dv.cached = vertex.cached;
          dv.error = vertex.error;
          dv.merged = mergeIntervals(vertex.intervals.values());
          this.touch(dv);
          this.updates.add(dv.key);
          if (isStarted(dv) && !wasStarted)
            this.startedOrder.push(dv);
        }
        /** Recomputes progress groups touched by vertex events (buildkit `vertexGroup.refresh`). */
        refreshGroups() {
          for (const dv of this.dirtyGroups) {
            const wasHidden = dv.hidden;
            let changed = false;
            let cached = true;
            let error = "";
            for (const member of dv.members.values()) {
              if (member.started !== void 0) {
                const prev = dv.groupIntervals.get(member.started);
                if (!prev || prev.stop !== member.completed)
                  changed = true;
                dv.groupIntervals.set(member.started, { start: member.started, stop: member.completed });
                if (!member.progressGroup?.weak)
                  dv.hidden = false;
              }
              cached = cached && member.cached;
              if (member.error !== "") {
                if (error === "")
                  error = member.error;
                dv.hidden = false;
              }
            }
            if (cached !== dv.cached || error !== dv.error)
              changed = true;
            dv.cached = cached;
            dv.error = error;
            dv.merged = mergeIntervals(dv.groupIntervals.values());
            if (dv.hidden)
              continue;
            if (wasHidden) {
              changed = true;
              this.startedOrder.push(dv);
            }
            if (changed) {
              this.touch(dv);
              this.updates.add(dv.key);
            }
          }
          this.dirtyGroups.clear();
        }
        onStatus(vertex, status) {
          const dv = this.byDigest.get(vertex.digest);
          if (!dv)
            return;
          let entry = dv.statusById.get(status.id);
          const prevStarted = entry?.item.started;
          if (!entry)
            dv.statusById.set(status.id, entry = { item: status });
          if (status.started !== void 0 && prevStarted === void 0 && !dv.statuses.includes(entry))
            dv.statuses.push(entry);
          entry.item = status;
          dv.statusUpdates.add(status.id);
          this.updates.add(dv.key);
          this.touch(dv);
        }
        onWarning(event) {
          const dv = event.vertex && this.byDigest.get(event.vertex.digest);
          if (!dv)
            return;
          dv.warnings.push(event.warning);
          this.touch(dv);
          if (isCompleted(dv))
            this.updates.add(dv.key);
        }
        onLog(event) {
          const dv = this.byDigest.get(event.vertex.digest);
          if (!dv)
            return;
          const data = event.data;
          let piece = 0;
          let offset = 0;
          let complete = false;
          const addPiece = (bytes) => {
            if (dv.logsPartial && dv.logs.length > 0 && piece === 0) {
              dv.logs[dv.logs.length - 1] = Buffer.concat([dv.logs[dv.logs.length - 1], bytes]);
            } else {
              const start = dv.merged[dv.merged.length - 1]?.start;
              const seconds = start !== void 0 && event.timestamp !== void 0 ? durationSeconds(event.timestamp - start) : 0;
              const precision = seconds < 10 ? 3 : seconds < 100 ? 2 : 1;
              dv.logs.push(Buffer.concat([Buffer.from(`${formatFixed(seconds, precision)} `), bytes]));
            }
            piece++;
          };
          if (data.length > 0) {
            for (; ; ) {
              if (offset >= data.length) {
                complete = true;
                break;
              }
              const nl = data.indexOf(10, offset);
              if (nl === -1) {
                addPiece(data.subarray(offset));
                break;
              }
              addPiece(data.subarray(offset, nl));
              offset = nl + 1;
            }
          }
          dv.logsPartial = !complete;
          this.updates.add(dv.key);
          this.touch(dv);
        }
        // --- rendering (buildkit printer.go `textMux`) ---
        printVertex(key) {
          const v = this.byDigest.get(key);
          if (!v)
            return;
          if (v.index === 0)
            v.index = ++this.nextIndex;
          if (key !== this.current) {
            if (this.current !== "") {
              const old = this.byDigest.get(this.current);
              if (old.logsPartial)
                this.out.line();
              old.logsOffset = 0;
              old.count = 0;
              this.out.line(`#${old.index} ...`);
            }
            if (this.notFirst) {
              this.out.line();
            } else {
              if (this.description !== "") {
                this.out.line(`#0 ${this.description}`);
                this.out.line();
              }
              this.notFirst = true;
            }
            const name = this.truncateNames && v.name.length > 72 ? `${v.name.slice(0, 72)}...` : v.name;
            this.out.line(`#${v.index} ${name}`);
          }
          let hasOpenStatus = false;
          for (const { item: s } of v.statuses) {
            if (!v.statusUpdates.has(s.id))
              continue;
            const last = this.lastStatus.get(s.id);
            const timestamp = s.timestamp ?? 0n;
            if (last && s.completed === void 0) {
              const progressDelta = s.total > 0 ? (s.current - last.current) / s.total : 0;
              if (progressDelta < MIN_PROGRESS_DELTA && timestamp - last.timestamp < MIN_STATUS_INTERVAL_NS)
                continue;
            }
            this.lastStatus.set(s.id, { current: s.current, timestamp });
            let sizes = "";
            if (s.total !== 0)
              sizes = ` ${formatBytes(s.current)} / ${formatBytes(s.total)}`;
            else if (s.current !== 0)
              sizes = ` ${formatBytes(s.current)}`;
            let time = "";
            const end = s.completed ?? timestamp;
            if (s.started !== void 0) {
              const seconds = durationSeconds(end - s.started);
              if (seconds > 0.01)
                time = ` ${formatFixed(seconds, 1)}s`;
            }
            if (s.completed !== void 0)
              time += " done";
            else
              hasOpenStatus = true;
            this.out.line(`#${v.index} ${s.id}${sizes}${time}`);
          }
          v.statusUpdates.clear();
          for (const w of v.warnings.slice(v.warningIdx)) {
            this.out.line(`#${v.index} WARN: ${Buffer.from(w.short ?? new Uint8Array()).toString("utf8")}`);
            v.warningIdx++;
          }
          v.logs.forEach((full, i) => {
            if (i === 0 && v.logsOffset !== 0)
              this.out.write(full.subarray(v.logsOffset));
            else
              this.out.write(Buffer.concat([Buffer.from(`#${v.index} `), full]));
            const lastAndPartial = i === v.logs.length - 1 && v.logsPartial;
            if (lastAndPartial) {
              v.recentPartial = full;
            } else {
              this.out.line();
              v.recent.push(full);
              if (v.recent.length > LOGS_KEPT_FOR_ERRORS)
                v.recent.shift();
              v.recentPartial = void 0;
            }
          });
          if (v.logs.length > 0) {
            if (v.logsPartial) {
              v.logs = v.logs.slice(-1);
              v.logsOffset = v.logs[0].length;
            } else {
              v.logs = [];
              v.logsOffset = 0;
            }
          }
          this.current = key;
          if (isCompleted(v) && !hasOpenStatus) {
            this.current = "";
            v.count = 0;
            if (v.logsPartial)
              this.out.line();
            if (v.error !== "") {
              if (isCanceledError(v.error))
                this.out.line(`#${v.index} CANCELED`);
              else
                this.out.line(`#${v.index} ERROR: ${v.error}`);
            } else if (v.cached) {
              this.out.line(`#${v.index} CACHED`);
            } else {
              const spent = v.merged.length > 0 ? ` ${formatFixed(durationSeconds(totalNanos(v.merged, 0n)), 1)}s` : "";
              this.out.line(`#${v.index} DONE${spent}`);
            }
          }
          this.updates.delete(key);
        }
        /** One redraw: finished vertices first (by completion time), then one running vertex, switching between
         * running vertices so that none with pending output stays hidden too long. */
        print() {
          const completed = [];
          const rest = /* @__PURE__ */ new Set();
          for (const key of this.updates) {
            const v = this.byDigest.get(key);
            if (!v || v.hidden)
              continue;
            if (isCompleted(v))
              completed.push(key);
            else
              rest.add(key);
          }
          const current = this.current;
          if (completed.includes(current))
            this.printVertex(current);
          const byStop = completed.map((key) => ({ key, stop: this.byDigest.get(key).merged.at(-1).stop })).sort((a, b) => a.stop < b.stop ? -1 : a.stop > b.stop ? 1 : 0);
          for (const { key } of byStop)
            if (key !== current)
              this.printVertex(key);
          if (rest.size === 0) {
            if (current !== "") {
              const v = this.byDigest.get(current);
              if (v && isStarted(v) && !isCompleted(v))
                return;
            }
            for (const v of this.all) {
              if (isStarted(v) && !isCompleted(v) && !v.hidden) {
                this.printVertex(v.key);
                return;
              }
            }
            return;
          }
          if (rest.has(current))
            this.printVertex(current);
          const now = this.clock();
          const stats = /* @__PURE__ */ new Map();
          let sum = 0;
          let max = "";
          if (current !== "")
            rest.add(current);
          for (const key of rest) {
            const v = this.byDigest.get(key);
            if (!v || v.lastBlockTime === void 0)
              continue;
            const blockMs = now - v.lastBlockTime;
            const speed = v.count / (blockMs / 1e3);
            const overLimit = blockMs > MAX_HIDDEN_MS && key !== current;
            stats.set(key, { blockMs, speed, share: 0, overLimit });
            sum += speed;
            if (overLimit || max === "" || stats.get(max).speed < speed)
              max = key;
          }
          for (const s of stats.values())
            s.share = s.speed / sum;
          if (completed.includes(current) || current === "") {
            this.printVertex(max);
            return;
          }
          for (const key of rest) {
            if (stats.get(key)?.overLimit) {
              this.printVertex(key);
              return;
            }
          }
          const cur = stats.get(current);
          if (cur && 1 / (1 - cur.share) * ANTI_FLICKER_SECONDS < cur.blockMs / 1e3) {
            this.printVertex(max);
          }
        }
      }
      ;
      function toNumber(value) {
        if (value === void 0)
          return 0;
        const n = typeof value === "number" ? value : Number(value);
        return Number.isFinite(n) ? n : 0;
      }
      class ProgressTracker {
        listeners = /* @__PURE__ */ new Set();
        vertexes = /* @__PURE__ */ new Map();
        byTarget = /* @__PURE__ */ new Map();
        warningsByTarget = /* @__PURE__ */ new Map();
        logOwner = /* @__PURE__ */ new Map();
        clock;
        constructor(options = {}) {
          this.clock = options.clock ?? Date.now;
        }
        /** Registers a listener; returns a function that removes it. */
        subscribe(listener) {
          this.listeners.add(listener);
          return () => this.listeners.delete(listener);
        }
        /** Feeds one decoded `StatusResponse` of `target`'s build (undefined for a single, unnamed build). */
        update(response, target) {
          for (const vertex of response.vertexes ?? [])
            this.updateVertex(vertex, target);
          for (const raw of response.statuses ?? []) {
            const vertex = raw.vertex === void 0 ? void 0 : this.vertexes.get(raw.vertex);
            if (!vertex)
              continue;
            this.emit({
              type: "status",
              target,
              vertex,
              status: {
                id: raw.ID ?? "",
                name: raw.name ?? "",
                current: toNumber(raw.current),
                total: toNumber(raw.total),
                timestamp: timestampToNanos(raw.timestamp),
                started: timestampToNanos(raw.started),
                completed: timestampToNanos(raw.completed)
              }
            });
          }
          for (const warning of response.warnings ?? []) {
            let list = this.warningsByTarget.get(target);
            if (!list)
              this.warningsByTarget.set(target, list = []);
            list.push(warning);
            const vertex = warning.vertex === void 0 ? void 0 : this.vertexes.get(warning.vertex);
            this.emit({ type: "warning", target, vertex, warning });
          }
          for (const log of response.logs ?? []) {
            const vertex = log.vertex === void 0 ? void 0 : this.vertexes.get(log.vertex);
            if (!vertex)
              continue;
            if (this.logOwner.has(vertex.digest) && this.logOwner.get(vertex.digest) !== target)
              continue;
            this.logOwner.set(vertex.digest, target);
            this.emit({
              type: "log",
              target,
              vertex,
              stream: toNumber(log.stream),
              data: log.msg ? Buffer.from(log.msg.buffer, log.msg.byteOffset, log.msg.byteLength) : Buffer.alloc(0),
              timestamp: timestampToNanos(log.timestamp)
            });
          }
          this.emit({ type: "batch", target });
        }
        /** Marks the end of `target`'s status stream: releases its claim on shared vertices' logs. */
        endTarget(target) {
          for (const [digest, owner] of this.logOwner)
            if (owner === target)
              this.logOwner.delete(digest);
          this.emit({ type: "target-done", target });
        }
        vertex(digest) {
          return this.vertexes.get(digest);
        }
        /** Vertices reported for `target`, in the order first seen. */
        vertices(target) {
          const digests = this.byTarget.get(target);
          return digests ? [...digests].map((d) => this.vertexes.get(d)) : [];
        }
        /** Vertices of `target` that failed (cancellations excluded), in the order first seen. */
        failedVertices(target) {
          return this.vertices(target).filter((v) => v.error !== "" && !isCanceledError(v.error));
        }
        /** Every warning received for `target`, in arrival order (duplicates included). */
        warnings(target) {
          return [...this.warningsByTarget.get(target) ?? []];
        }
        /** Every warning of every target, target by target in first-seen order (duplicates included). */
        allWarnings() {
          return [...this.warningsByTarget.values()].flat();
        }
        /** Names of all targets that sent status, in first-seen order. */
        targets() {
          return [...this.byTarget.keys()];
        }
        summary(target) {
          const vertices = this.vertices(target);
          let first;
          let last;
          const nowNs = BigInt(Math.trunc(this.clock())) * 1000000n;
          for (const v of vertices) {
            for (const ival of v.intervals.values()) {
              const stop = ival.stop ?? nowNs;
              if (first === void 0 || ival.start < first)
                first = ival.start;
              if (last === void 0 || stop > last)
                last = stop;
            }
          }
          const spanNs = first !== void 0 && last !== void 0 && last > first ? last - first : 0n;
          return {
            total: vertices.length,
            cached: vertices.filter((v) => v.cached).length,
            errors: vertices.filter((v) => v.error !== "" && !isCanceledError(v.error)).length,
            durationMs: Math.round(durationSeconds(spanNs) * 1e3)
          };
        }
        updateVertex(raw, target) {
          const digest = raw.digest ?? "";
          let digests = this.byTarget.get(target);
          if (!digests)
            this.byTarget.set(target, digests = /* @__PURE__ */ new Set());
          digests.add(digest);
          let state = this.vertexes.get(digest);
          const started = timestampToNanos(raw.started);
          const completed = timestampToNanos(raw.completed);
          if (!state) {
            state = {
              digest,
              name: raw.name ?? "",
              inputs: raw.inputs ?? [],
              cached: false,
              error: "",
              intervals: /* @__PURE__ */ new Map(),
              targets: /* @__PURE__ */ new Set(),
              lastTarget: target
            };
            this.vertexes.set(digest, state);
          }
          state.targets.add(target);
          if (started === void 0) {
            if (state.started === void 0) {
              state.name = raw.name ?? "";
              state.inputs = raw.inputs ?? [];
              state.cached = !!raw.cached;
              state.error = raw.error ?? "";
              state.progressGroup = raw.progressGroup;
              state.lastTarget = target;
            }
            return;
          }
          const name = raw.name ?? "";
          const cached = !!raw.cached;
          const error = raw.error ?? "";
          const firstStart = state.started === void 0;
          const restarted = !firstStart && state.started !== started;
          const completionChanged = completed !== void 0 && completed !== state.completed;
          const changed = firstStart || restarted || completionChanged || name !== state.name || cached !== state.cached || error !== state.error;
          const wasFinished = state.completed !== void 0 && !restarted;
          const previousError = state.error;
          const previousCached = state.cached;
          state.name = name;
          state.inputs = raw.inputs ?? [];
          state.cached = cached;
          state.error = error;
          state.progressGroup = raw.progressGroup;
          state.started = started;
          state.completed = completed;
          state.lastTarget = target;
          state.intervals.set(started, { start: started, stop: completed });
          if (!changed && completed === void 0)
            return;
          let type;
          const finishedNow = completed !== void 0 && (!wasFinished || completionChanged || error !== previousError || cached !== previousCached);
          if (finishedNow) {
            if (error !== "")
              type = isCanceledError(error) ? "vertex-canceled" : "vertex-errored";
            else if (cached)
              type = "vertex-cached";
            else
              type = "vertex-completed";
          } else if (completed === void 0 && (firstStart || restarted)) {
            type = "vertex-started";
          } else {
            type = "vertex-changed";
          }
          const event = { type, target, vertex: state };
          if (finishedNow) {
            const nowNs = BigInt(Math.trunc(this.clock())) * 1000000n;
            event.durationMs = Math.round(durationSeconds(totalNanos(mergeIntervals(state.intervals.values()), nowNs)) * 1e3);
            if (error !== "")
              event.error = error;
          }
          this.emit(event);
        }
        emit(event) {
          for (const listener of [...this.listeners])
            listener(event);
        }
      }
      var warnings = __webpack_require__(3417);
      ;
    })
  )
};
