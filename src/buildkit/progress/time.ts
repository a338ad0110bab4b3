/**
 * Time in build progress. Daemon timestamps are kept as bigint nanoseconds since the epoch, because durations and
 * log offsets are printed with up to millisecond precision from nanosecond values, and a double cannot hold an epoch
 * time in nanoseconds exactly. A vertex may run more than once: its runs are intervals, merged for its duration.
 */
import type { Timestamp } from '../proto/wellknown.pb.js';

export type Nanos = bigint;

export const NANOS_PER_SECOND = 1_000_000_000n;

export function timestampToNanos(ts: Timestamp | undefined | null): Nanos | undefined {
  if (!ts) return undefined;
  let seconds: bigint;
  try {
    seconds = BigInt(ts.seconds ?? 0);
  } catch {
    return undefined;
  }
  return seconds * NANOS_PER_SECOND + BigInt(Math.trunc(ts.nanos ?? 0));
}

/** Seconds of a nanosecond span as Go's `time.Duration.Seconds()` computes them (whole seconds plus the
 * fraction as two float64 operations), so that rounding at the printed precision matches buildx exactly. */
export function durationSeconds(ns: Nanos): number {
  const whole = ns / NANOS_PER_SECOND;
  const frac = ns % NANOS_PER_SECOND;
  return Number(whole) + Number(frac) / 1e9;
}

export interface Interval {
  start: Nanos;
  stop?: Nanos;
}

/** Merges overlapping intervals (an open one swallows everything after it), sorted by start; the sum of
 * their lengths is a vertex's duration, as buildx reports it for vertices that ran more than once. */
export function mergeIntervals(intervals: Iterable<Interval>): Interval[] {
  const sorted = [...intervals].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  if (sorted.length === 0) return [];
  const merged: Interval[] = [];
  let cur = { ...sorted[0] };
  for (const next of sorted.slice(1)) {
    if (cur.stop === undefined) break;
    if (cur.stop < next.start) {
      merged.push(cur);
      cur = { ...next };
      continue;
    }
    if (next.stop === undefined) {
      cur = { start: cur.start };
      break;
    }
    if (cur.stop < next.stop) cur = { start: cur.start, stop: next.stop };
  }
  merged.push(cur);
  return merged;
}

/** The summed length of `intervals`; an open one runs until `nowNs`. */
export function totalNanos(intervals: Interval[], nowNs: Nanos): Nanos {
  let sum = 0n;
  for (const ival of intervals) sum += (ival.stop ?? nowNs) - ival.start;
  return sum;
}
