/**
 * What the progress tracker emits (tracker.ts): one record per vertex and typed events about it, the form renderers
 * consume instead of the raw `Control.Status` stream.
 */
import type { VertexWarning } from '../proto/control.pb.js';
import type { ProgressGroup } from '../proto/ops.pb.js';
import type { Interval, Nanos } from './time.js';

/** What the tracker knows about one vertex. Scalar fields reflect the latest message that carried a start
 * time (BuildKit re-sends the whole vertex on every change). Renderers must treat it as read-only. */
export interface VertexState {
  readonly digest: string;
  name: string;
  inputs: string[];
  cached: boolean;
  /** Start of the current run; BuildKit may run a vertex more than once (then `intervals` has several). */
  started?: Nanos;
  completed?: Nanos;
  /** Non-empty when the vertex failed (or was canceled: the error then ends in "context canceled"). */
  error: string;
  progressGroup?: ProgressGroup;
  /** Every run seen, keyed by start time; merge with `mergeIntervals` for durations. */
  intervals: Map<Nanos, Interval>;
  /** Targets whose builds reported this vertex (bake targets share vertices, e.g. a common base image). */
  targets: Set<string | undefined>;
  /** Target of the latest vertex message: buildx names a shared vertex after whichever target spoke last. */
  lastTarget: string | undefined;
}

export type VertexEventType =
  | 'vertex-started'
  | 'vertex-cached'
  | 'vertex-completed'
  | 'vertex-errored'
  | 'vertex-canceled'
  /** Anything else about a started vertex changed (name, restart details), or a finished vertex was re-sent. */
  | 'vertex-changed';

export interface VertexEvent {
  type: VertexEventType;
  target: string | undefined;
  vertex: VertexState;
  /** Completion events: time spent running (merged intervals), in milliseconds. */
  durationMs?: number;
  /** `vertex-errored` / `vertex-canceled`: the daemon's error text. */
  error?: string;
}

export interface StatusItem {
  id: string;
  name: string;
  current: number;
  total: number;
  timestamp?: Nanos;
  started?: Nanos;
  completed?: Nanos;
}

export interface StatusEvent {
  type: 'status';
  target: string | undefined;
  vertex: VertexState;
  status: StatusItem;
}

export interface LogEvent {
  type: 'log';
  target: string | undefined;
  vertex: VertexState;
  /** 1 = stdout, 2 = stderr. */
  stream: number;
  /** Raw bytes of this chunk: lines may be split across chunks (and UTF-8 sequences across lines). */
  data: Buffer;
  timestamp?: Nanos;
}

export interface WarningEvent {
  type: 'warning';
  target: string | undefined;
  /** Undefined when the warning names a vertex the tracker never saw. */
  vertex: VertexState | undefined;
  warning: VertexWarning;
}

/** All events produced from one `StatusResponse` have been emitted; renderers redraw here. */
export interface BatchEvent {
  type: 'batch';
  target: string | undefined;
}

/** `endTarget` was called: that build's status stream is over. */
export interface TargetDoneEvent {
  type: 'target-done';
  target: string | undefined;
}

export type ProgressEvent = VertexEvent | StatusEvent | LogEvent | WarningEvent | BatchEvent | TargetDoneEvent;

export type ProgressListener = (event: ProgressEvent) => void;

export interface TargetSummary {
  /** Distinct vertices reported for the target (as BuildKit's build history counts steps). */
  total: number;
  cached: number;
  /** Vertices that failed, not counting cancellations. */
  errors: number;
  /** From the first vertex start to the last completion (or now, while running); 0 before anything ran. */
  durationMs: number;
}
/** A vertex's error says it was cancelled, not that it failed. */
export function isCanceledError(error: string): boolean {
  return error.endsWith('context canceled');
}
