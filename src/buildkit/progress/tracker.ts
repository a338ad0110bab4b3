/**
 * The progress tracker: it takes decoded `StatusResponse` messages (from one or several builds at once, each tagged
 * with its bake target), keeps one record per vertex, and emits events (events.ts); it also keeps the per-target
 * counters the job summary needs. Renderers subscribe to it and never see the raw stream (BuildKit's progressui keeps
 * the same model in display.go's `trace`).
 */
import type { StatusResponse, Vertex, VertexWarning } from '../proto/control.pb.js';
import type { Int64 } from '../proto/types.js';
import {
  isCanceledError,
  type ProgressEvent,
  type ProgressListener,
  type TargetSummary,
  type VertexEvent,
  type VertexEventType,
  type VertexState,
} from './events.js';
import { durationSeconds, mergeIntervals, timestampToNanos, totalNanos, type Nanos } from './time.js';

function toNumber(value: Int64 | undefined): number {
  if (value === undefined) return 0;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}

export interface ProgressTrackerOptions {
  /** Milliseconds since the epoch; only used for spans of vertices that are still running. */
  clock?: () => number;
}

/**
 * Consumes `StatusResponse` messages and emits `ProgressEvent`s.
 *
 * Vertices are keyed by digest across all targets, like buildx's printer: two bake targets that share a step
 * (same digest) show it once. Logs of a shared vertex are taken from the first target that sent logs for it
 * until that target ends, as buildx does, so they are not printed twice.
 */
export class ProgressTracker {
  private readonly listeners = new Set<ProgressListener>();
  private readonly vertexes = new Map<string, VertexState>();
  private readonly byTarget = new Map<string | undefined, Set<string>>();
  private readonly warningsByTarget = new Map<string | undefined, VertexWarning[]>();
  private readonly logOwner = new Map<string, string | undefined>();
  private readonly clock: () => number;

  constructor(options: ProgressTrackerOptions = {}) {
    this.clock = options.clock ?? Date.now;
  }

  /** Registers a listener; returns a function that removes it. */
  subscribe(listener: ProgressListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Feeds one decoded `StatusResponse` of `target`'s build (undefined for a single, unnamed build). */
  update(response: StatusResponse, target?: string): void {
    for (const vertex of response.vertexes ?? []) this.updateVertex(vertex, target);

    for (const raw of response.statuses ?? []) {
      const vertex = raw.vertex === undefined ? undefined : this.vertexes.get(raw.vertex);
      if (!vertex) continue; // BuildKit always announces the vertex first
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
      if (!list) this.warningsByTarget.set(target, (list = []));
      list.push(warning);
      const vertex = warning.vertex === undefined ? undefined : this.vertexes.get(warning.vertex);
      this.emit({ type: 'warning', target, vertex, warning });
    }

    for (const log of response.logs ?? []) {
      const vertex = log.vertex === undefined ? undefined : this.vertexes.get(log.vertex);
      if (!vertex) continue;
      if (this.logOwner.has(vertex.digest) && this.logOwner.get(vertex.digest) !== target) continue;
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
  endTarget(target?: string): void {
    for (const [digest, owner] of this.logOwner) if (owner === target) this.logOwner.delete(digest);
    this.emit({ type: 'target-done', target });
  }

  vertex(digest: string): VertexState | undefined {
    return this.vertexes.get(digest);
  }

  /** Vertices reported for `target`, in the order first seen. */
  vertices(target?: string): VertexState[] {
    const digests = this.byTarget.get(target);
    return digests ? [...digests].map((d) => this.vertexes.get(d)!) : [];
  }

  /** Vertices of `target` that failed (cancellations excluded), in the order first seen. */
  failedVertices(target?: string): VertexState[] {
    return this.vertices(target).filter((v) => v.error !== '' && !isCanceledError(v.error));
  }

  /** Every warning received for `target`, in arrival order (duplicates included). */
  warnings(target?: string): VertexWarning[] {
    return [...(this.warningsByTarget.get(target) ?? [])];
  }

  /** Every warning of every target, target by target in first-seen order (duplicates included). */
  allWarnings(): VertexWarning[] {
    return [...this.warningsByTarget.values()].flat();
  }

  /** Names of all targets that sent status, in first-seen order. */
  targets(): Array<string | undefined> {
    return [...this.byTarget.keys()];
  }

  summary(target?: string): TargetSummary {
    const vertices = this.vertices(target);
    let first: Nanos | undefined;
    let last: Nanos | undefined;
    const nowNs = BigInt(Math.trunc(this.clock())) * 1_000_000n;
    for (const v of vertices) {
      for (const ival of v.intervals.values()) {
        const stop = ival.stop ?? nowNs;
        if (first === undefined || ival.start < first) first = ival.start;
        if (last === undefined || stop > last) last = stop;
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

  private updateVertex(raw: Vertex, target: string | undefined): void {
    const digest = raw.digest ?? ''; // proto3: an empty digest arrives as an absent field
    let digests = this.byTarget.get(target);
    if (!digests) this.byTarget.set(target, (digests = new Set()));
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
    const changed =
      firstStart ||
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
    if (!changed && completed === undefined) return;

    let type: VertexEventType;
    const finishedNow =
      completed !== undefined &&
      (!wasFinished || completionChanged || error !== previousError || cached !== previousCached);
    if (finishedNow) {
      if (error !== '') type = isCanceledError(error) ? 'vertex-canceled' : 'vertex-errored';
      else if (cached) type = 'vertex-cached';
      else type = 'vertex-completed';
    } else if (completed === undefined && (firstStart || restarted)) {
      type = 'vertex-started';
    } else {
      type = 'vertex-changed';
    }

    const event: VertexEvent = { type, target, vertex: state };
    if (finishedNow) {
      const nowNs = BigInt(Math.trunc(this.clock())) * 1_000_000n;
      event.durationMs = Math.round(
        durationSeconds(totalNanos(mergeIntervals(state.intervals.values()), nowNs)) * 1000,
      );
      if (error !== '') event.error = error;
    }
    this.emit(event);
  }

  private emit(event: ProgressEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
