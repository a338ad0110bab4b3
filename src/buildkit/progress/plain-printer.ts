/**
 * Renders progress events the way buildx does with `--progress=plain`: BuildKit's plain display
 * (`util/progress/progressui`: the `trace` model in display.go and the `textMux` printer in printer.go) as buildx
 * drives it — vertex numbering, switching between running vertices, log timestamps, status throttling, progress
 * groups, bake target prefixes and the failed-step summary. Output goes to a line sink; time comes from an injectable
 * clock, so a given sequence of status messages always renders the same text.
 */
import type { VertexWarning } from '../proto/control.pb.js';
import {
  isCanceledError,
  type LogEvent,
  type ProgressEvent,
  type StatusItem,
  type VertexState,
  type WarningEvent,
} from './events.js';
import { formatBytes, formatFixed, prefixVertexName } from './format.js';
import { durationSeconds, mergeIntervals, NANOS_PER_SECOND, totalNanos, type Interval, type Nanos } from './time.js';
import type { ProgressTracker } from './tracker.js';

const LOGS_KEPT_FOR_ERRORS = 10;
/** A status line is redrawn only after this much progress (fraction of total) … */
const MIN_PROGRESS_DELTA = 0.05;
/** … or this much time (ns, daemon clock). */
const MIN_STATUS_INTERVAL_NS = 5n * NANOS_PER_SECOND;
/** The printer stays on a busy vertex at least this long before switching (fair share permitting) … */
const ANTI_FLICKER_SECONDS = 5;
/** … and no vertex with pending output waits longer than this (ms, local clock). */
const MAX_HIDDEN_MS = 10_000;

interface StatusEntry {
  item: StatusItem;
}

/** Display state of one line of the plain output: a vertex, or a progress group that stands for several. */
interface DisplayVertex {
  key: string;
  name: string;
  cached: boolean;
  error: string;
  merged: Interval[];
  /** Progress groups only: the member vertices and their runs. */
  members?: Map<string, VertexState>;
  groupIntervals?: Map<Nanos, Interval>;
  /** A group stays hidden until a non-weak member starts (or one fails). */
  hidden: boolean;

  index: number;
  statuses: StatusEntry[];
  statusById: Map<string, StatusEntry>;
  statusUpdates: Set<string>;
  warnings: VertexWarning[];
  warningIdx: number;
  /** Formatted log lines (`<secs> <text>`) not printed yet; the last one may be partial. */
  logs: Buffer[];
  logsPartial: boolean;
  /** Bytes of `logs[0]` already printed (a partial line continued in place). */
  logsOffset: number;
  /** Last complete printed lines, for the failure summary; `recentPartial` is an unfinished last line. */
  recent: Buffer[];
  recentPartial?: Buffer;
  /** Updates since the printer last switched to or away from this vertex, and when the first arrived. */
  count: number;
  lastBlockTime?: number;
}

function newDisplayVertex(key: string, name: string): DisplayVertex {
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

function isStarted(v: DisplayVertex): boolean {
  return v.merged.length > 0;
}

function isCompleted(v: DisplayVertex): boolean {
  const last = v.merged[v.merged.length - 1];
  return last !== undefined && last.stop !== undefined;
}

/** Collects text written in pieces (as buildx writes it) and hands complete lines to the sink. Bytes are
 * kept until the line ends so a UTF-8 sequence split across log chunks decodes correctly. */
class LineWriter {
  private pending: Buffer[] = [];

  constructor(private readonly sink: (line: string) => void) {}

  write(text: string | Buffer): void {
    let buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10)) {
      this.pending.push(buf.subarray(0, nl));
      this.sink(Buffer.concat(this.pending).toString('utf8'));
      this.pending = [];
      buf = buf.subarray(nl + 1);
    }
    if (buf.length > 0) this.pending.push(buf);
  }

  line(text = ''): void {
    this.write(`${text}\n`);
  }

  /** Ends an unfinished line, if any. */
  flush(): void {
    if (this.pending.length > 0) this.write('\n');
  }
}

export interface PlainProgressPrinterOptions {
  /** Prefix vertex names with their bake target (buildx does when a bake builds more than one target). */
  multiTarget?: boolean;
  /** Printed first as `#0 <description>` (buildx: `building with "<builder>" instance using <driver> driver`). */
  description?: string;
  /** Milliseconds since the epoch; drives only the choice of which running vertex to show. */
  clock?: () => number;
  /** Cut vertex names to 72 characters, as buildx does with PROGRESS_NO_TRUNC=0. */
  truncateNames?: boolean;
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
export class PlainProgressPrinter {
  private readonly out: LineWriter;
  private readonly multiTarget: boolean;
  private readonly description: string;
  private readonly clock: () => number;
  private readonly truncateNames: boolean;

  /** Display vertices by vertex digest; members of a progress group map to the group's display vertex. */
  private readonly byDigest = new Map<string, DisplayVertex>();
  /** Every display vertex once, in creation order (stands in for Go's map iteration). */
  private readonly all: DisplayVertex[] = [];
  private readonly groups = new Map<string, DisplayVertex>();
  private readonly dirtyGroups = new Set<DisplayVertex>();
  /** Vertices in the order they started: the failure summary's order. */
  private readonly startedOrder: DisplayVertex[] = [];
  /** Vertices with output not printed yet. */
  private readonly updates = new Set<string>();
  /** Last printed progress of each status id (shared by all vertices, as in buildx). */
  private readonly lastStatus = new Map<string, { current: number; timestamp: Nanos }>();

  private current = '';
  private notFirst = false;
  private nextIndex = 0;
  private finished = false;

  constructor(sink: (line: string) => void, options: PlainProgressPrinterOptions = {}) {
    this.out = new LineWriter(sink);
    this.multiTarget = options.multiTarget ?? false;
    this.description = options.description ?? '';
    this.clock = options.clock ?? Date.now;
    this.truncateNames = options.truncateNames ?? false;
  }

  /** Subscribes to `tracker`; returns the unsubscribe function. */
  attach(tracker: ProgressTracker): () => void {
    return tracker.subscribe((event) => this.handle(event));
  }

  handle(event: ProgressEvent): void {
    if (this.finished) return;
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
  finish(): void {
    if (this.finished) return;
    this.refreshGroups();
    this.print();
    this.out.flush();
    this.finished = true;
    for (const v of this.startedOrder) {
      if (v.error === '' || isCanceledError(v.error)) continue;
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

  private displayName(name: string, target: string | undefined): string {
    return this.multiTarget && target !== undefined ? prefixVertexName(target, name) : name;
  }

  private touch(v: DisplayVertex): void {
    if (v.count === 0) v.lastBlockTime = this.clock();
    v.count += 1;
  }

  private addDisplayVertex(key: string, v: DisplayVertex): void {
    this.byDigest.set(key, v);
    this.all.push(v);
  }

  private onVertex(vertex: VertexState): void {
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
      dv.members!.set(vertex.digest, vertex);
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
    if (isStarted(dv) && !wasStarted) this.startedOrder.push(dv);
  }

  /** Recomputes progress groups touched by vertex events (buildkit `vertexGroup.refresh`). */
  private refreshGroups(): void {
    for (const dv of this.dirtyGroups) {
      const wasHidden = dv.hidden;
      let changed = false;
      let cached = true;
      let error = '';
      for (const member of dv.members!.values()) {
        if (member.started !== undefined) {
          const prev = dv.groupIntervals!.get(member.started);
          if (!prev || prev.stop !== member.completed) changed = true;
          dv.groupIntervals!.set(member.started, { start: member.started, stop: member.completed });
          if (!member.progressGroup?.weak) dv.hidden = false;
        }
        cached = cached && member.cached;
        if (member.error !== '') {
          if (error === '') error = member.error;
          dv.hidden = false;
        }
      }
      if (cached !== dv.cached || error !== dv.error) changed = true;
      dv.cached = cached;
      dv.error = error;
      dv.merged = mergeIntervals(dv.groupIntervals!.values());
      if (dv.hidden) continue;
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

  private onStatus(vertex: VertexState, status: StatusItem): void {
    const dv = this.byDigest.get(vertex.digest);
    if (!dv) return;
    let entry = dv.statusById.get(status.id);
    const prevStarted = entry?.item.started;
    if (!entry) dv.statusById.set(status.id, (entry = { item: status }));
    // Only statuses that have started get a line, in the order they started.
    if (status.started !== undefined && prevStarted === undefined && !dv.statuses.includes(entry))
      dv.statuses.push(entry);
    entry.item = status;
    dv.statusUpdates.add(status.id);
    this.updates.add(dv.key);
    this.touch(dv);
  }

  private onWarning(event: WarningEvent): void {
    const dv = event.vertex && this.byDigest.get(event.vertex.digest);
    if (!dv) return;
    // Like buildx, a warning does not by itself redraw a running vertex: it is printed with the vertex's next output.
    // Unlike buildx, a warning for a vertex that has finished redraws it (`#N name`, `#N WARN: …`, `#N DONE`): the
    // Dockerfile frontend reports its build checks after the step that loaded the Dockerfile has completed, and
    // buildx's printer, which never shows a finished step again, drops every one that is late for its 100 ms redraw.
    dv.warnings.push(event.warning);
    this.touch(dv);
    if (isCompleted(dv)) this.updates.add(dv.key);
  }

  private onLog(event: LogEvent): void {
    const dv = this.byDigest.get(event.vertex.digest);
    if (!dv) return;
    const data = event.data;
    let piece = 0;
    let offset = 0;
    let complete = false;
    const addPiece = (bytes: Buffer) => {
      if (dv.logsPartial && dv.logs.length > 0 && piece === 0) {
        dv.logs[dv.logs.length - 1] = Buffer.concat([dv.logs[dv.logs.length - 1], bytes]);
      } else {
        const start = dv.merged[dv.merged.length - 1]?.start;
        const seconds =
          start !== undefined && event.timestamp !== undefined ? durationSeconds(event.timestamp - start) : 0;
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

  private printVertex(key: string): void {
    const v = this.byDigest.get(key);
    if (!v) return;
    if (v.index === 0) v.index = ++this.nextIndex;

    if (key !== this.current) {
      if (this.current !== '') {
        const old = this.byDigest.get(this.current)!;
        if (old.logsPartial) this.out.line();
        old.logsOffset = 0;
        old.count = 0;
        this.out.line(`#${old.index} ...`);
      }
      if (this.notFirst) {
        this.out.line();
      } else {
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
      if (!v.statusUpdates.has(s.id)) continue;
      const last = this.lastStatus.get(s.id);
      const timestamp = s.timestamp ?? 0n;
      if (last && s.completed === undefined) {
        const progressDelta = s.total > 0 ? (s.current - last.current) / s.total : 0;
        if (progressDelta < MIN_PROGRESS_DELTA && timestamp - last.timestamp < MIN_STATUS_INTERVAL_NS) continue;
      }
      this.lastStatus.set(s.id, { current: s.current, timestamp });

      let sizes = '';
      if (s.total !== 0) sizes = ` ${formatBytes(s.current)} / ${formatBytes(s.total)}`;
      else if (s.current !== 0) sizes = ` ${formatBytes(s.current)}`;
      let time = '';
      const end = s.completed ?? timestamp;
      if (s.started !== undefined) {
        const seconds = durationSeconds(end - s.started);
        if (seconds > 0.01) time = ` ${formatFixed(seconds, 1)}s`;
      }
      if (s.completed !== undefined) time += ' done';
      else hasOpenStatus = true;
      this.out.line(`#${v.index} ${s.id}${sizes}${time}`);
    }
    v.statusUpdates.clear();

    for (const w of v.warnings.slice(v.warningIdx)) {
      this.out.line(`#${v.index} WARN: ${Buffer.from(w.short ?? new Uint8Array()).toString('utf8')}`);
      v.warningIdx++;
    }

    v.logs.forEach((full, i) => {
      if (i === 0 && v.logsOffset !== 0) this.out.write(full.subarray(v.logsOffset));
      else this.out.write(Buffer.concat([Buffer.from(`#${v.index} `), full]));
      const lastAndPartial = i === v.logs.length - 1 && v.logsPartial;
      if (lastAndPartial) {
        v.recentPartial = full;
      } else {
        this.out.line();
        v.recent.push(full);
        if (v.recent.length > LOGS_KEPT_FOR_ERRORS) v.recent.shift();
        v.recentPartial = undefined;
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
      this.current = '';
      v.count = 0;
      if (v.logsPartial) this.out.line();
      if (v.error !== '') {
        if (isCanceledError(v.error)) this.out.line(`#${v.index} CANCELED`);
        else this.out.line(`#${v.index} ERROR: ${v.error}`);
      } else if (v.cached) {
        this.out.line(`#${v.index} CACHED`);
      } else {
        const spent = v.merged.length > 0 ? ` ${formatFixed(durationSeconds(totalNanos(v.merged, 0n)), 1)}s` : '';
        this.out.line(`#${v.index} DONE${spent}`);
      }
    }

    this.updates.delete(key);
  }

  /** One redraw: finished vertices first (by completion time), then one running vertex, switching between
   * running vertices so that none with pending output stays hidden too long. */
  private print(): void {
    const completed: string[] = [];
    const rest = new Set<string>();
    for (const key of this.updates) {
      const v = this.byDigest.get(key);
      if (!v || v.hidden) continue;
      if (isCompleted(v)) completed.push(key);
      else rest.add(key);
    }

    const current = this.current;
    if (completed.includes(current)) this.printVertex(current);
    const byStop = completed
      .map((key) => ({ key, stop: this.byDigest.get(key)!.merged.at(-1)!.stop! }))
      .sort((a, b) => (a.stop < b.stop ? -1 : a.stop > b.stop ? 1 : 0));
    for (const { key } of byStop) if (key !== current) this.printVertex(key);

    if (rest.size === 0) {
      if (current !== '') {
        const v = this.byDigest.get(current);
        if (v && isStarted(v) && !isCompleted(v)) return;
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

    if (rest.has(current)) this.printVertex(current);

    const now = this.clock();
    const stats = new Map<string, { blockMs: number; speed: number; share: number; overLimit: boolean }>();
    let sum = 0;
    let max = '';
    if (current !== '') rest.add(current);
    for (const key of rest) {
      const v = this.byDigest.get(key);
      if (!v || v.lastBlockTime === undefined) continue;
      const blockMs = now - v.lastBlockTime;
      const speed = v.count / (blockMs / 1000);
      const overLimit = blockMs > MAX_HIDDEN_MS && key !== current;
      stats.set(key, { blockMs, speed, share: 0, overLimit });
      sum += speed;
      if (overLimit || max === '' || stats.get(max)!.speed < speed) max = key;
    }
    for (const s of stats.values()) s.share = s.speed / sum;

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
