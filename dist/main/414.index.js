export const id = 414;
export const ids = [414];
export const modules = {

/***/ 63404:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _C: () => (/* reexport */ PlainProgressPrinter),
  si: () => (/* reexport */ ProgressTracker),
  g_: () => (/* reexport */ dedupWarnings),
  Ji: () => (/* reexport */ formatWarningsSummary)
});

// UNUSED EXPORTS: NANOS_PER_SECOND, durationSeconds, formatBytes, formatFixed, isCanceledError, mergeIntervals, prefixVertexName, timestampToNanos, totalNanos

;// CONCATENATED MODULE: ./lib/buildkit/progress/events.js
/** A vertex's error says it was cancelled, not that it failed. */
function isCanceledError(error) {
    return error.endsWith('context canceled');
}

;// CONCATENATED MODULE: ./lib/buildkit/progress/format.js
/**
 * Numbers and names as buildx prints them: Go's `%.Nf` rounding, tonistiigi/units sizes, bake's target prefix.
 */
/**
 * `x` with `digits` decimals, rounded the way Go's `%.Nf` does: on the exact binary value, ties to even.
 * (`Number.prototype.toFixed` rounds ties up, which prints `0.3s` where buildx prints `0.2s` for 0.25 s.)
 */
function formatFixed(x, digits) {
    if (Number.isNaN(x))
        return 'NaN';
    if (!Number.isFinite(x))
        return x > 0 ? '+Inf' : '-Inf';
    const negative = x < 0;
    // toFixed(100) is the exact decimal expansion for every double we format (durations and sizes).
    const exact = Math.abs(x).toFixed(100);
    const [intPart, fracPart = ''] = exact.split('.');
    const kept = fracPart.slice(0, digits);
    const rest = fracPart.slice(digits);
    let digitsValue = BigInt(intPart + kept);
    const first = rest.charCodeAt(0) - 48;
    const tail = /[1-9]/.test(rest.slice(1));
    if (first > 5 || (first === 5 && (tail || digitsValue % 2n === 1n)))
        digitsValue += 1n;
    let text = digitsValue.toString().padStart(digits + 1, '0');
    if (digits > 0)
        text = `${text.slice(0, -digits)}.${text.slice(-digits)}`;
    return negative ? `-${text}` : text;
}
/** A size the way `%.2f` of `github.com/tonistiigi/units.Bytes` prints it: whole bytes below 1 kB, else
 * decimal units with two decimals (`123B`, `1.23kB`, `3.41MB`). */
function formatBytes(bytes) {
    const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
    let unit = 0;
    let base = 1;
    while (unit < units.length - 1 && bytes >= base * 1000) {
        base *= 1000;
        unit++;
    }
    if (unit === 0)
        return `${Math.trunc(bytes)}B`;
    return `${formatFixed(bytes / base, 2)}${units[unit]}`;
}
/** buildx's bake form of a vertex name: `[target] name`, or `[target stage 2/5] \u2026` for `[stage 2/5] \u2026`. */
function prefixVertexName(target, name) {
    return name.startsWith('[') ? `[${target} ${name.slice(1)}` : `[${target}] ${name}`;
}

;// CONCATENATED MODULE: ./lib/buildkit/progress/time.js
const NANOS_PER_SECOND = 1000000000n;
function timestampToNanos(ts) {
    if (!ts)
        return undefined;
    let seconds;
    try {
        seconds = BigInt(ts.seconds ?? 0);
    }
    catch {
        return undefined;
    }
    return seconds * NANOS_PER_SECOND + BigInt(Math.trunc(ts.nanos ?? 0));
}
/** Seconds of a nanosecond span as Go's `time.Duration.Seconds()` computes them (whole seconds plus the
 * fraction as two float64 operations), so that rounding at the printed precision matches buildx exactly. */
function durationSeconds(ns) {
    const whole = ns / NANOS_PER_SECOND;
    const frac = ns % NANOS_PER_SECOND;
    return Number(whole) + Number(frac) / 1e9;
}
/** Merges overlapping intervals (an open one swallows everything after it), sorted by start; the sum of
 * their lengths is a vertex's duration, as buildx reports it for vertices that ran more than once. */
function mergeIntervals(intervals) {
    const sorted = [...intervals].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    if (sorted.length === 0)
        return [];
    const merged = [];
    let cur = { ...sorted[0] };
    for (const next of sorted.slice(1)) {
        if (cur.stop === undefined)
            break;
        if (cur.stop < next.start) {
            merged.push(cur);
            cur = { ...next };
            continue;
        }
        if (next.stop === undefined) {
            cur = { start: cur.start };
            break;
        }
        if (cur.stop < next.stop)
            cur = { start: cur.start, stop: next.stop };
    }
    merged.push(cur);
    return merged;
}
/** The summed length of `intervals`; an open one runs until `nowNs`. */
function totalNanos(intervals, nowNs) {
    let sum = 0n;
    for (const ival of intervals)
        sum += (ival.stop ?? nowNs) - ival.start;
    return sum;
}

;// CONCATENATED MODULE: ./lib/buildkit/progress/plain-printer.js



const LOGS_KEPT_FOR_ERRORS = 10;
/** A status line is redrawn only after this much progress (fraction of total) \u2026 */
const MIN_PROGRESS_DELTA = 0.05;
/** \u2026 or this much time (ns, daemon clock). */
const MIN_STATUS_INTERVAL_NS = 5n * NANOS_PER_SECOND;
/** The printer stays on a busy vertex at least this long before switching (fair share permitting) \u2026 */
const ANTI_FLICKER_SECONDS = 5;
/** \u2026 and no vertex with pending output waits longer than this (ms, local clock). */
const MAX_HIDDEN_MS = 10_000;
function newDisplayVertex(key, name) {
    return {
        key,
        name,
        cached: false,
        error: '',
        merged: [],
        hidden: false,
        index: 0,
        statuses: [],
        statusById: new Map(),
        statusUpdates: new Set(),
        warnings: [],
        warningIdx: 0,
        logs: [],
        logsPartial: false,
        logsOffset: 0,
        recent: [],
        count: 0,
    };
}
function isStarted(v) {
    return v.merged.length > 0;
}
function isCompleted(v) {
    const last = v.merged[v.merged.length - 1];
    return last !== undefined && last.stop !== undefined;
}
/** Collects text written in pieces (as buildx writes it) and hands complete lines to the sink. Bytes are
 * kept until the line ends so a UTF-8 sequence split across log chunks decodes correctly. */
class LineWriter {
    sink;
    pending = [];
    constructor(sink) {
        this.sink = sink;
    }
    write(text) {
        let buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
        for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10)) {
            this.pending.push(buf.subarray(0, nl));
            this.sink(Buffer.concat(this.pending).toString('utf8'));
            this.pending = [];
            buf = buf.subarray(nl + 1);
        }
        if (buf.length > 0)
            this.pending.push(buf);
    }
    line(text = '') {
        this.write(`${text}\n`);
    }
    /** Ends an unfinished line, if any. */
    flush() {
        if (this.pending.length > 0)
            this.write('\n');
    }
}
/**
 * Renders progress events like `buildx --progress=plain`. Feed it a tracker's events (`attach`), or call
 * `handle` yourself; it redraws after each `batch` event, then `finish()` prints the failed-steps summary.
 *
 * Deliberate differences from buildx: it redraws on every batch instead of at most every 100 ms (so output
 * groups slightly differently under heavy load, but is reproducible), it never writes half a line (a partial
 * log line reaches the sink once it is finished), the failure summary lists a step's last lines in order
 * (buildx's ring buffer can put an unfinished line first), and a warning that arrives after its step finished
 * redraws the step with it (buildx loses such warnings from the log; they only reach its final summary).
 */
class PlainProgressPrinter {
    out;
    multiTarget;
    description;
    clock;
    truncateNames;
    /** Display vertices by vertex digest; members of a progress group map to the group's display vertex. */
    byDigest = new Map();
    /** Every display vertex once, in creation order (stands in for Go's map iteration). */
    all = [];
    groups = new Map();
    dirtyGroups = new Set();
    /** Vertices in the order they started: the failure summary's order. */
    startedOrder = [];
    /** Vertices with output not printed yet. */
    updates = new Set();
    /** Last printed progress of each status id (shared by all vertices, as in buildx). */
    lastStatus = new Map();
    current = '';
    notFirst = false;
    nextIndex = 0;
    finished = false;
    constructor(sink, options = {}) {
        this.out = new LineWriter(sink);
        this.multiTarget = options.multiTarget ?? false;
        this.description = options.description ?? '';
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
            case 'vertex-started':
            case 'vertex-cached':
            case 'vertex-completed':
            case 'vertex-errored':
            case 'vertex-canceled':
            case 'vertex-changed':
                this.onVertex(event.vertex);
                return;
            case 'status':
                this.refreshGroups();
                this.onStatus(event.vertex, event.status);
                return;
            case 'warning':
                this.refreshGroups();
                this.onWarning(event);
                return;
            case 'log':
                this.refreshGroups();
                this.onLog(event);
                return;
            case 'batch':
                this.refreshGroups();
                this.print();
                return;
            case 'target-done':
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
            if (v.error === '' || isCanceledError(v.error))
                continue;
            this.out.line('------');
            this.out.line(` > ${v.name}:`);
            for (const l of v.recent) {
                this.out.write(l);
                this.out.line();
            }
            if (v.recentPartial) {
                this.out.write(v.recentPartial);
                this.out.line();
            }
            this.out.line('------');
        }
    }
    // --- model updates (buildkit display.go `trace.update`) ---
    displayName(name, target) {
        return this.multiTarget && target !== undefined ? prefixVertexName(target, name) : name;
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
            let dv = this.groups.get(group.id);
            if (!dv) {
                dv = newDisplayVertex(group.id, this.displayName(group.name ?? '', vertex.lastTarget));
                dv.members = new Map();
                dv.groupIntervals = new Map();
                dv.hidden = true;
                this.groups.set(group.id, dv);
                this.addDisplayVertex(group.id, dv);
            }
            dv.members.set(vertex.digest, vertex);
            this.byDigest.set(vertex.digest, dv);
            this.dirtyGroups.add(dv);
            return;
        }
        let dv = this.byDigest.get(vertex.digest);
        if (!dv || dv.members) {
            dv = newDisplayVertex(vertex.digest, '');
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
            let error = '';
            for (const member of dv.members.values()) {
                if (member.started !== undefined) {
                    const prev = dv.groupIntervals.get(member.started);
                    if (!prev || prev.stop !== member.completed)
                        changed = true;
                    dv.groupIntervals.set(member.started, { start: member.started, stop: member.completed });
                    if (!member.progressGroup?.weak)
                        dv.hidden = false;
                }
                cached = cached && member.cached;
                if (member.error !== '') {
                    if (error === '')
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
            dv.statusById.set(status.id, (entry = { item: status }));
        // Only statuses that have started get a line, in the order they started.
        if (status.started !== undefined && prevStarted === undefined && !dv.statuses.includes(entry))
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
        // Like buildx, a warning does not by itself redraw a running vertex: it is printed with the vertex's next output.
        // Unlike buildx, a warning for a vertex that has finished redraws it (`#N name`, `#N WARN: \u2026`, `#N DONE`): the
        // Dockerfile frontend reports its build checks after the step that loaded the Dockerfile has completed, and
        // buildx's printer, which never shows a finished step again, drops every one that is late for its 100 ms redraw.
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
            }
            else {
                const start = dv.merged[dv.merged.length - 1]?.start;
                const seconds = start !== undefined && event.timestamp !== undefined ? durationSeconds(event.timestamp - start) : 0;
                const precision = seconds < 10 ? 3 : seconds < 100 ? 2 : 1;
                dv.logs.push(Buffer.concat([Buffer.from(`${formatFixed(seconds, precision)} `), bytes]));
            }
            piece++;
        };
        if (data.length > 0) {
            for (;;) {
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
            if (this.current !== '') {
                const old = this.byDigest.get(this.current);
                if (old.logsPartial)
                    this.out.line();
                old.logsOffset = 0;
                old.count = 0;
                this.out.line(`#${old.index} ...`);
            }
            if (this.notFirst) {
                this.out.line();
            }
            else {
                if (this.description !== '') {
                    this.out.line(`#0 ${this.description}`);
                    this.out.line();
                }
                this.notFirst = true;
            }
            const name = this.truncateNames && v.name.length > 72 ? `${v.name.slice(0, 72)}...` : v.name;
            this.out.line(`#${v.index} ${name}`);
        }
        // BuildKit can report progress for remote cache loading while no vertex of it is open; a vertex with an
        // unfinished status line is not closed yet.
        let hasOpenStatus = false;
        for (const { item: s } of v.statuses) {
            if (!v.statusUpdates.has(s.id))
                continue;
            const last = this.lastStatus.get(s.id);
            const timestamp = s.timestamp ?? 0n;
            if (last && s.completed === undefined) {
                const progressDelta = s.total > 0 ? (s.current - last.current) / s.total : 0;
                if (progressDelta < MIN_PROGRESS_DELTA && timestamp - last.timestamp < MIN_STATUS_INTERVAL_NS)
                    continue;
            }
            this.lastStatus.set(s.id, { current: s.current, timestamp });
            let sizes = '';
            if (s.total !== 0)
                sizes = ` ${formatBytes(s.current)} / ${formatBytes(s.total)}`;
            else if (s.current !== 0)
                sizes = ` ${formatBytes(s.current)}`;
            let time = '';
            const end = s.completed ?? timestamp;
            if (s.started !== undefined) {
                const seconds = durationSeconds(end - s.started);
                if (seconds > 0.01)
                    time = ` ${formatFixed(seconds, 1)}s`;
            }
            if (s.completed !== undefined)
                time += ' done';
            else
                hasOpenStatus = true;
            this.out.line(`#${v.index} ${s.id}${sizes}${time}`);
        }
        v.statusUpdates.clear();
        for (const w of v.warnings.slice(v.warningIdx)) {
            this.out.line(`#${v.index} WARN: ${Buffer.from(w.short ?? new Uint8Array()).toString('utf8')}`);
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
            }
            else {
                this.out.line();
                v.recent.push(full);
                if (v.recent.length > LOGS_KEPT_FOR_ERRORS)
                    v.recent.shift();
                v.recentPartial = undefined;
            }
        });
        if (v.logs.length > 0) {
            if (v.logsPartial) {
                v.logs = v.logs.slice(-1);
                v.logsOffset = v.logs[0].length;
            }
            else {
                v.logs = [];
                v.logsOffset = 0;
            }
        }
        this.current = key;
        if (isCompleted(v) && !hasOpenStatus) {
            this.current = '';
            v.count = 0;
            if (v.logsPartial)
                this.out.line();
            if (v.error !== '') {
                if (isCanceledError(v.error))
                    this.out.line(`#${v.index} CANCELED`);
                else
                    this.out.line(`#${v.index} ERROR: ${v.error}`);
            }
            else if (v.cached) {
                this.out.line(`#${v.index} CACHED`);
            }
            else {
                const spent = v.merged.length > 0 ? ` ${formatFixed(durationSeconds(totalNanos(v.merged, 0n)), 1)}s` : '';
                this.out.line(`#${v.index} DONE${spent}`);
            }
        }
        this.updates.delete(key);
    }
    /** One redraw: finished vertices first (by completion time), then one running vertex, switching between
     * running vertices so that none with pending output stays hidden too long. */
    print() {
        const completed = [];
        const rest = new Set();
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
        const byStop = completed
            .map((key) => ({ key, stop: this.byDigest.get(key).merged.at(-1).stop }))
            .sort((a, b) => (a.stop < b.stop ? -1 : a.stop > b.stop ? 1 : 0));
        for (const { key } of byStop)
            if (key !== current)
                this.printVertex(key);
        if (rest.size === 0) {
            if (current !== '') {
                const v = this.byDigest.get(current);
                if (v && isStarted(v) && !isCompleted(v))
                    return;
            }
            // Make some open vertex the active one.
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
        const stats = new Map();
        let sum = 0;
        let max = '';
        if (current !== '')
            rest.add(current);
        for (const key of rest) {
            const v = this.byDigest.get(key);
            if (!v || v.lastBlockTime === undefined)
                continue;
            const blockMs = now - v.lastBlockTime;
            const speed = v.count / (blockMs / 1000);
            const overLimit = blockMs > MAX_HIDDEN_MS && key !== current;
            stats.set(key, { blockMs, speed, share: 0, overLimit });
            sum += speed;
            if (overLimit || max === '' || stats.get(max).speed < speed)
                max = key;
        }
        for (const s of stats.values())
            s.share = s.speed / sum;
        if (completed.includes(current) || current === '') {
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
        if (cur && (1 / (1 - cur.share)) * ANTI_FLICKER_SECONDS < cur.blockMs / 1000) {
            this.printVertex(max);
        }
    }
}

;// CONCATENATED MODULE: ./lib/buildkit/progress/tracker.js


function toNumber(value) {
    if (value === undefined)
        return 0;
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? n : 0;
}
/**
 * Consumes `StatusResponse` messages and emits `ProgressEvent`s.
 *
 * Vertices are keyed by digest across all targets, like buildx's printer: two bake targets that share a step
 * (same digest) show it once. Logs of a shared vertex are taken from the first target that sent logs for it
 * until that target ends, as buildx does, so they are not printed twice.
 */
class ProgressTracker {
    listeners = new Set();
    vertexes = new Map();
    byTarget = new Map();
    warningsByTarget = new Map();
    logOwner = new Map();
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
            const vertex = raw.vertex === undefined ? undefined : this.vertexes.get(raw.vertex);
            if (!vertex)
                continue; // BuildKit always announces the vertex first
            this.emit({
                type: 'status',
                target,
                vertex,
                status: {
                    id: raw.ID ?? '',
                    name: raw.name ?? '',
                    current: toNumber(raw.current),
                    total: toNumber(raw.total),
                    timestamp: timestampToNanos(raw.timestamp),
                    started: timestampToNanos(raw.started),
                    completed: timestampToNanos(raw.completed),
                },
            });
        }
        for (const warning of response.warnings ?? []) {
            let list = this.warningsByTarget.get(target);
            if (!list)
                this.warningsByTarget.set(target, (list = []));
            list.push(warning);
            const vertex = warning.vertex === undefined ? undefined : this.vertexes.get(warning.vertex);
            this.emit({ type: 'warning', target, vertex, warning });
        }
        for (const log of response.logs ?? []) {
            const vertex = log.vertex === undefined ? undefined : this.vertexes.get(log.vertex);
            if (!vertex)
                continue;
            if (this.logOwner.has(vertex.digest) && this.logOwner.get(vertex.digest) !== target)
                continue;
            this.logOwner.set(vertex.digest, target);
            this.emit({
                type: 'log',
                target,
                vertex,
                stream: toNumber(log.stream),
                data: log.msg ? Buffer.from(log.msg.buffer, log.msg.byteOffset, log.msg.byteLength) : Buffer.alloc(0),
                timestamp: timestampToNanos(log.timestamp),
            });
        }
        this.emit({ type: 'batch', target });
    }
    /** Marks the end of `target`'s status stream: releases its claim on shared vertices' logs. */
    endTarget(target) {
        for (const [digest, owner] of this.logOwner)
            if (owner === target)
                this.logOwner.delete(digest);
        this.emit({ type: 'target-done', target });
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
        return this.vertices(target).filter((v) => v.error !== '' && !isCanceledError(v.error));
    }
    /** Every warning received for `target`, in arrival order (duplicates included). */
    warnings(target) {
        return [...(this.warningsByTarget.get(target) ?? [])];
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
                if (first === undefined || ival.start < first)
                    first = ival.start;
                if (last === undefined || stop > last)
                    last = stop;
            }
        }
        const spanNs = first !== undefined && last !== undefined && last > first ? last - first : 0n;
        return {
            total: vertices.length,
            cached: vertices.filter((v) => v.cached).length,
            errors: vertices.filter((v) => v.error !== '' && !isCanceledError(v.error)).length,
            durationMs: Math.round(durationSeconds(spanNs) * 1000),
        };
    }
    updateVertex(raw, target) {
        const digest = raw.digest ?? ''; // proto3: an empty digest arrives as an absent field
        let digests = this.byTarget.get(target);
        if (!digests)
            this.byTarget.set(target, (digests = new Set()));
        digests.add(digest);
        let state = this.vertexes.get(digest);
        const started = timestampToNanos(raw.started);
        const completed = timestampToNanos(raw.completed);
        if (!state) {
            state = {
                digest,
                name: raw.name ?? '',
                inputs: raw.inputs ?? [],
                cached: false,
                error: '',
                intervals: new Map(),
                targets: new Set(),
                lastTarget: target,
            };
            this.vertexes.set(digest, state);
        }
        state.targets.add(target);
        if (started === undefined) {
            // An announcement of a vertex that has not started (BuildKit sends these for the whole graph up
            // front, and again when a second build reaches a shared vertex): it must not reset a running one.
            if (state.started === undefined) {
                state.name = raw.name ?? '';
                state.inputs = raw.inputs ?? [];
                state.cached = !!raw.cached;
                state.error = raw.error ?? '';
                state.progressGroup = raw.progressGroup;
                state.lastTarget = target;
            }
            return;
        }
        const name = raw.name ?? '';
        const cached = !!raw.cached;
        const error = raw.error ?? '';
        const firstStart = state.started === undefined;
        const restarted = !firstStart && state.started !== started;
        const completionChanged = completed !== undefined && completed !== state.completed;
        const changed = firstStart ||
            restarted ||
            completionChanged ||
            name !== state.name ||
            cached !== state.cached ||
            error !== state.error;
        const wasFinished = state.completed !== undefined && !restarted;
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
        // buildx redraws a finished vertex whenever it is re-sent, so a re-sent completion is still an event.
        if (!changed && completed === undefined)
            return;
        let type;
        const finishedNow = completed !== undefined &&
            (!wasFinished || completionChanged || error !== previousError || cached !== previousCached);
        if (finishedNow) {
            if (error !== '')
                type = isCanceledError(error) ? 'vertex-canceled' : 'vertex-errored';
            else if (cached)
                type = 'vertex-cached';
            else
                type = 'vertex-completed';
        }
        else if (completed === undefined && (firstStart || restarted)) {
            type = 'vertex-started';
        }
        else {
            type = 'vertex-changed';
        }
        const event = { type, target, vertex: state };
        if (finishedNow) {
            const nowNs = BigInt(Math.trunc(this.clock())) * 1000000n;
            event.durationMs = Math.round(durationSeconds(totalNanos(mergeIntervals(state.intervals.values()), nowNs)) * 1000);
            if (error !== '')
                event.error = error;
        }
        this.emit(event);
    }
    emit(event) {
        for (const listener of [...this.listeners])
            listener(event);
    }
}

;// CONCATENATED MODULE: ./lib/buildkit/progress/warnings.js
/**
 * buildx's warnings block printed after a build (`commands/build.go printWarnings`), minus its
 * `(use docker --debug to expand)` hint: a blank line, ` N warning(s) found:` and ` - <short>` per distinct
 * warning. With `verbose`, each warning's detail lines, URL and (given `source`, which renders a warning's
 * Dockerfile lines: errdefs/source.ts warningSource) source block follow, as `docker --debug` shows them.
 */
function formatWarningsSummary(warnings, options = {}) {
    const distinct = dedupWarnings(warnings);
    if (distinct.length === 0)
        return [];
    const text = (b) => Buffer.from(b ?? new Uint8Array()).toString('utf8');
    const lines = ['', ` ${distinct.length === 1 ? '1 warning found' : `${distinct.length} warnings found`}:`];
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
        lines.push('');
    }
    return lines;
}
/** Distinct warnings: the same warning reported by several vertices (or targets) is listed once. */
function dedupWarnings(warnings) {
    const seen = new Set();
    const out = [];
    for (const w of warnings) {
        const b64 = (b) => (b ? Buffer.from(b).toString('base64') : '');
        const key = JSON.stringify([
            String(w.level ?? ''),
            b64(w.short),
            (w.detail ?? []).map(b64),
            w.url ?? '',
            w.info?.filename ?? '',
            b64(w.info?.data),
            w.info?.language ?? '',
            (w.ranges ?? []).map((r) => [
                r.start?.line ?? 0,
                r.start?.character ?? 0,
                r.end?.line ?? 0,
                r.end?.character ?? 0,
            ]),
        ]);
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(w);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/buildkit/progress/index.js
/**
 * Build progress, as BuildKit's `util/progress/progressui` package does it: the tracker that turns the
 * `Control.Status` stream into events, the plain printer, and the helpers renderers share.
 */








/***/ }),

/***/ 85655:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  of: () => (/* binding */ callFallbackOpt),
  G7: () => (/* binding */ callFrontendOpt),
  qJ: () => (/* binding */ lintAnnotations),
  Mf: () => (/* binding */ parseCall),
  Qe: () => (/* binding */ printCallResults)
});

// UNUSED EXPORTS: bakeDockerfileName, formatBakeCallResults, formatCallResult, printLint, printOutline, printTargets, sortedLintWarnings

// EXTERNAL MODULE: ./lib/buildkit/errdefs/source.js
var errdefs_source = __webpack_require__(33515);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/solve/call/call-func.js
var call_func = __webpack_require__(97073);
// EXTERNAL MODULE: ./lib/solve/target/context-kind.js
var context_kind = __webpack_require__(26449);
// EXTERNAL MODULE: ./lib/bake/print.js
var print = __webpack_require__(73426);
;// CONCATENATED MODULE: ./lib/bake/tabwriter.js
/**
 * Go's text/tabwriter, for the tables buildx prints (`--list`, `--call=outline|targets`): they must match byte for
 * byte, and no npm table library aligns the way tabwriter does (columns are aligned per block of consecutive lines
 * that have a cell in that column, and tab padding rounds to tab stops). Rows are given as cells; every cell but a
 * row's last is tab-terminated, as in the Go writers' `fmt.Fprintf(w, "%s\t%s\n", \u2026)`. No flags (buildx sets none).
 */
/** Width of a cell as tabwriter counts it: runes (utf8.RuneCount), not UTF-16 units. */
function textWidth(s) {
    let n = 0;
    // a low surrogate is the second half of a rune already counted
    for (let i = 0; i < s.length; i++)
        if ((s.charCodeAt(i) & 0xfc00) !== 0xdc00)
            n++;
    return n;
}
/** The lines, each ending in '\n'. */
function tabwrite(rows, opts) {
    // widths[row][column]: the width of the column block the cell belongs to
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
    return rows
        .map((row, i) => row.map((cell, c) => (c < row.length - 1 ? cell + pad(textWidth(cell), widths[i][c], opts) : cell)).join('') +
        '\n')
        .join('');
}
/** tabwriter's writePadding. */
function pad(textw, cellw, opts) {
    if (opts.padchar === '\t') {
        if (opts.tabwidth === 0)
            return '';
        const stop = Math.ceil(cellw / opts.tabwidth) * opts.tabwidth;
        return '\t'.repeat(Math.ceil((stop - textw) / opts.tabwidth));
    }
    return ' '.repeat(Math.max(0, cellw - textw));
}

;// CONCATENATED MODULE: ./lib/solve/call/call.js






/** Versions of the result structures the renderers below know (BuildKit's subrequest definitions). */
const KNOWN_VERSION = '1.0.0';
const SUBREQUESTS_CAP = 'moby.buildkit.frontend.subrequests+forward';
/** buildx's fallback frontends for a daemon whose own Dockerfile frontend answers no subrequests (build/build.go) */
const PRINT_FALLBACK_IMAGE = 'docker/dockerfile:1.7.1@sha256:a57df69d0ea827fb7266491f2813635de6f17269be881f696fbfdf2d83dda33e';
const LINT_FALLBACK_IMAGE = 'docker/dockerfile:1.8.1@sha256:e87caa74dcb7d46cd820352bfea12591f3dba3ddc4285e19c7dcd13359f7cefd';
/**
 * A target's `call` as buildx bake reads it (commands/bake.go: ParseCallFunc of the attribute): `check` is `lint`;
 * `build` (and nothing) is no call. Throws buildx's error for a bad value.
 */
function parseCall(value) {
    if (!value)
        return undefined;
    const call = (0,call_func/* parseCallFunc */.K)(value);
    if (call.name === 'build' || call.name === '')
        return undefined;
    return call;
}
/** The gateway solve's frontend options for a call (buildx adds them to the gateway request only, not to the build's
 * own attributes). */
function callFrontendOpt(call, attrs) {
    const out = { ...attrs };
    out['frontend.caps'] = out['frontend.caps'] ? `${out['frontend.caps']},${SUBREQUESTS_CAP}` : SUBREQUESTS_CAP;
    out.requestid = `frontend.${call.name}`;
    return out;
}
/**
 * buildx fallbackPrintError: a frontend that does not know the request (`unsupported request frontend.lint`, the
 * Dockerfile frontend of BuildKit < 0.14 for lint) is asked again through a Dockerfile frontend image that does.
 * Undefined when the error is something else.
 */
function callFallbackOpt(err, opt) {
    const request = opt.requestid;
    if (!request)
        return undefined;
    const message = err.details ?? err.message;
    const m = /unsupported request (frontend\.(?:outline|targets|lint))\b/.exec(message);
    if (!m)
        return undefined;
    return { ...opt, 'build-arg:BUILDKIT_SYNTAX': m[1] === 'frontend.lint' ? LINT_FALLBACK_IMAGE : PRINT_FALLBACK_IMAGE };
}
/** Go's golang.org/x/mod/semver-free comparison buildx uses (docker/docker/api/types/versions.LessThan). */
function versionLess(a, b) {
    const pa = a.split('.');
    const pb = b.split('.');
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = Number.parseInt(pa[i] ?? '0', 10) || 0;
        const y = Number.parseInt(pb[i] ?? '0', 10) || 0;
        if (x !== y)
            return x < y;
    }
    return false;
}
/** buildx's printers: tabwriter.NewWriter(w, 0, 0, PADDING, ' ', 0). */
const table = (rows, padding) => tabwrite(rows, { minwidth: 0, tabwidth: 0, padding, padchar: ' ' });
function ranges(loc) {
    return (loc?.ranges ?? []).map((r) => ({
        start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
        end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 },
    }));
}
/** errdefs Source.Print: the snippet block with its trailing newline, or nothing. */
function sourceBlock(source, loc, filename) {
    if (!source)
        return '';
    const lines = (0,errdefs_source/* formatSourceBlock */.GO)(filename ?? source.filename ?? '', Buffer.from(source.data ?? '', 'base64'), ranges(loc));
    return lines.length ? lines.join('\n') + '\n' : '';
}
/** Lint warnings in the order BuildKit prints them (LintResults.PrintTo): source-less first, then by file and line. */
function sortedLintWarnings(results) {
    const sources = results.sources ?? [];
    const index = (w) => (w.location ? (w.location.sourceIndex ?? 0) : -1);
    return [...(results.warnings ?? [])].sort((a, b) => {
        const ia = index(a);
        const ib = index(b);
        if (ia < 0 && ib < 0)
            return a.ruleName < b.ruleName ? -1 : a.ruleName > b.ruleName ? 1 : 0;
        if (ia < 0 || ib < 0)
            return ia < 0 ? -1 : 1;
        const fa = sources[ia]?.filename ?? '';
        const fb = sources[ib]?.filename ?? '';
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
    let out = '';
    for (const w of sortedLintWarnings(results)) {
        out += `\nWARNING: ${w.ruleName}${w.url ? ` - ${w.url}` : ''}\n${w.detail ?? ''}\n`;
        const i = w.location ? (w.location.sourceIndex ?? 0) : -1;
        if (i >= 0)
            out += sourceBlock(sources[i], w.location, filename);
    }
    return out;
}
function printOutline(o) {
    let out = '';
    if (o.name || o.description) {
        const rows = [['TARGET:', o.name || '(default)']];
        if (o.description)
            rows.push(['DESCRIPTION:', o.description]);
        out += table(rows, 1) + '\n';
    }
    if (o.args?.length)
        out +=
            table([['BUILD ARG', 'VALUE', 'DESCRIPTION'], ...o.args.map((a) => [a.name, a.value ?? '', a.description ?? ''])], 3) + '\n';
    if (o.secrets?.length)
        out += table([['SECRET', 'REQUIRED'], ...o.secrets.map((s) => [s.name, s.required ? 'true' : ''])], 3) + '\n';
    if (o.ssh?.length)
        out += table([['SSH', 'REQUIRED'], ...o.ssh.map((s) => [s.name, s.required ? 'true' : ''])], 3) + '\n';
    return out;
}
function printTargets(l) {
    const rows = [['TARGET', 'DESCRIPTION']];
    for (const t of l.targets ?? []) {
        let name = t.name ?? '';
        if (name === '' && t.default)
            name = '(default)';
        else if (t.default)
            name = `${name} (default)`;
        rows.push([name, t.description ?? '']);
    }
    return table(rows, 1);
}
function parseJson(text) {
    return JSON.parse(text ?? 'null');
}
/**
 * buildx printResult for one call's result metadata. `dockerfile`: the Dockerfile as buildx names it in lint source
 * blocks (the target's Dockerfile path as the bake definition gives it, `inline` for an inline one).
 */
function formatCallResult(call, res, dockerfile) {
    const json = call.format === 'json';
    // printValue: JSON as it came, a result newer than the renderer as its text, else rendered from result.json
    const value = (render) => {
        if (json)
            return `${res['result.json'] ?? ''}\n`;
        if (res.version && versionLess(KNOWN_VERSION, res.version) && res['result.txt'])
            return res['result.txt'];
        return render();
    };
    let text = '';
    try {
        switch (call.name) {
            case 'outline':
                text = value(() => printOutline(parseJson(res['result.json']) ?? {}));
                break;
            case 'targets':
                text = value(() => printTargets(parseJson(res['result.json']) ?? {}));
                break;
            case 'lint': {
                const results = (res['result.json'] !== undefined ? parseJson(res['result.json']) : undefined) ?? {};
                const count = results.warnings?.length ?? 0;
                if (!json && count > 0)
                    text += `Check complete, ${count === 1 ? '1 warning has' : `${count} warnings have`} been found!\n`;
                text += value(() => printLint(results, dockerfile));
                if (results.buildError) {
                    if (!json && count > 0)
                        text += '\n';
                    const i = results.buildError.location?.sourceIndex ?? 0;
                    const error = `${results.buildError.message}\n${sourceBlock((results.sources ?? [])[i], results.buildError.location, dockerfile)}`;
                    return { text, exitCode: 1, error };
                }
                if (count === 0 && !json)
                    text += 'Check complete, no warnings found.\n';
                break;
            }
            default:
                if (res['result.json'] !== undefined && json)
                    text = `${res['result.json']}\n`;
                else if (res['result.txt'] !== undefined)
                    text = res['result.txt'];
                else
                    text = `${goCallString(call)} map[${Object.keys(res)
                        .sort()
                        .map((k) => `${k}:${res[k]}`)
                        .join(' ')}]\n`;
        }
    }
    catch (err) {
        return { text, exitCode: 1, error: err.message };
    }
    let exitCode = 0;
    const status = res['result.statuscode'];
    if (!call.ignoreStatus && status !== undefined && /^[+-]?\d+$/.test(status))
        exitCode = Number.parseInt(status, 10);
    return { text, exitCode };
}
/** buildflags.CallFunc's String(), which buildx prints for a result it cannot show. */
function goCallString(call) {
    const parts = [];
    if (call.name)
        parts.push(`Name:${JSON.stringify(call.name)}`);
    if (call.format)
        parts.push(`Format:${JSON.stringify(call.format)}`);
    if (call.ignoreStatus)
        parts.push('IgnoreStatus:true');
    return parts.join(' ');
}
/**
 * buildx bake's printing of several call results (commands/bake.go): targets by name, each as its name, its
 * description, a blank line and the result, a blank line between targets; a result's error as `error: \u2026`. The
 * command line's call (`--call outline,format=json`) decides format and ignorestatus for all. JSON (`format=json`)
 * is one document: `definition` is the bake definition as `--print` writes it (`{group, target}`), each call target
 * gaining its result under the call's name (`check` for lint).
 */
function formatBakeCallResults(results, options = {}) {
    const sorted = [...results].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
    const formatOf = (r) => ({
        ...r.call,
        ...(options.cliCall ? { format: options.cliCall.format, ignoreStatus: options.cliCall.ignoreStatus } : {}),
    });
    let exitCode = 0;
    if (options.cliCall?.format === 'json') {
        const json = {};
        for (const r of sorted) {
            const call = formatOf(r);
            const entry = {};
            const out = formatCallResult(call, r.response, r.dockerfile);
            if (out.error !== undefined) {
                entry.error = out.error;
                exitCode = 1;
            }
            else if (out.exitCode !== 0 && exitCode === 0)
                exitCode = out.exitCode;
            let parsed;
            try {
                parsed = JSON.parse(out.text);
            }
            catch {
                parsed = undefined;
            }
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
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
                targets[name][r.call.name === 'lint' ? 'check' : r.call.name] = sortKeys(json[name]);
        }
        const doc = { ...(def.group && Object.keys(def.group).length ? { group: def.group } : {}), target: targets };
        return { text: `${JSON.stringify(doc, null, 2)}\n`, exitCode };
    }
    let text = '';
    sorted.forEach((r, i) => {
        if (i > 0)
            text += '\n';
        text += `${r.target}\n`;
        if (r.description)
            text += `${r.description}\n`;
        text += '\n';
        const out = formatCallResult(formatOf(r), r.response, r.dockerfile);
        text += out.text;
        if (out.error !== undefined) {
            text += `error: ${out.error}\n`;
            exitCode = 1;
        }
        else if (out.exitCode !== 0 && exitCode === 0)
            exitCode = out.exitCode;
    });
    return { text, exitCode };
}
/** Go marshals a map with its keys sorted. */
function sortKeys(o) {
    return Object.fromEntries(Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]));
}
function lintAnnotations(response) {
    let results;
    try {
        results = parseJson(response['result.json']) ?? {};
    }
    catch {
        return [];
    }
    const sources = results.sources ?? [];
    return sortedLintWarnings(results).map((w) => {
        const source = w.location ? sources[w.location.sourceIndex ?? 0] : undefined;
        const a = {
            title: w.description || w.ruleName,
            message: `${w.ruleName}: ${w.detail ?? ''}${w.url ? `\nMore info: ${w.url}` : ''}`,
        };
        if (source?.filename) {
            a.file = source.filename;
            a.data = Buffer.from(source.data ?? '', 'base64');
            const line = w.location?.ranges?.[0]?.start?.line;
            if (line)
                a.startLine = line;
        }
        return a;
    });
}
/** The Dockerfile as buildx bake names it in lint output (bake.go toBuildOpt: the context joined with a relative
 * Dockerfile path; `inline` for an inline one; opt.go dockerfileSrcName). */
function bakeDockerfileName(t) {
    if (t.dockerfileInline !== undefined)
        return 'inline';
    const rawContext = (t.context ?? '.').replace(/^cwd:\/\//, '');
    const dockerfile = external_node_path_.posix.normalize((t.dockerfile ?? 'Dockerfile').replace(/^cwd:\/\//, ''));
    if (context_kind/* REMOTE_CONTEXT */.rM.test(rawContext) || external_node_path_.isAbsolute(dockerfile))
        return dockerfile;
    const context = external_node_path_.posix.normalize(rawContext);
    return external_node_path_.join(context, dockerfile);
}
/**
 * What buildx bake prints on stdout after a run with calls (formatBakeCallResults over the targets that had one), and
 * the exit code they ask for; undefined when no target had a call. `cliCall`: the command line's `--call`/`--check`.
 */
function printCallResults(result, definition, cliCall) {
    const calls = result.targets.filter((t) => t.call);
    if (!calls.length)
        return undefined;
    const results = calls.map((t) => {
        const def = definition.target[t.target] ?? {};
        return {
            target: t.target,
            description: def.description,
            call: t.call.spec,
            response: t.call.response,
            dockerfile: bakeDockerfileName(def),
        };
    });
    let cli;
    try {
        cli = cliCall ? (0,call_func/* parseCallFunc */.K)(cliCall) : undefined;
    }
    catch {
        cli = undefined; // checked when the command line was read
    }
    // JSON: every target's definition as --print writes it, with the call results
    const printed = cli?.format === 'json'
        ? JSON.parse((0,print/* renderPrint */.u6)(definition))
        : undefined;
    return formatBakeCallResults(results, { cliCall: cli, definition: printed });
}


/***/ })

};
