/** ProgressTracker: the events and per-target counters it makes of StatusResponse messages. */
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../../src/buildkit/progress/events.js';
import { ProgressTracker } from '../../../../src/buildkit/progress/tracker.js';
import { timestampToNanos } from '../../../../src/buildkit/progress/time.js';
import type { Timestamp } from '../../../../src/buildkit/proto/wellknown.pb.js';
import { loadFixture, toStatusResponse } from '../../../support/progress-replay.js';

const EPOCH = 1767225600n;
function ts(ms: number): Timestamp {
  const ns = BigInt(Math.round(ms * 1e6));
  return { seconds: String(EPOCH + ns / 1_000_000_000n), nanos: Number(ns % 1_000_000_000n) };
}
const digest = (n: number) => `sha256:${String(n).padStart(64, '0')}`;

/** Events in a compact form: type, target and vertex name (or the log text). */
function record(tracker: ProgressTracker) {
  const events: string[] = [];
  tracker.subscribe((e: ProgressEvent) => {
    const who = e.type === 'batch' || e.type === 'target-done' ? '' : ` ${e.vertex?.name ?? '?'}`;
    const extra =
      e.type === 'log'
        ? ` ${JSON.stringify(e.data.toString())} stream=${e.stream}`
        : e.type === 'status'
          ? ` ${e.status.id} ${e.status.current}/${e.status.total}`
          : e.type === 'warning'
            ? ` ${Buffer.from(e.warning.short ?? []).toString()}`
            : 'durationMs' in e && e.durationMs !== undefined
              ? ` ${e.durationMs}ms${e.error ? ` (${e.error})` : ''}`
              : '';
    events.push(`${e.type}[${e.target ?? '-'}]${who}${extra}`);
  });
  return events;
}

describe('ProgressTracker', () => {
  it('emits one typed event per change of a vertex, then status, warning and log events, then batch', () => {
    const tracker = new ProgressTracker({ clock: () => 0 });
    const events = record(tracker);
    const run = { digest: digest(1), name: '[2/2] RUN make' };
    tracker.update({
      vertexes: [{ digest: digest(0), name: '[1/2] FROM alpine', cached: true, started: ts(0), completed: ts(0) }],
    });
    tracker.update({ vertexes: [{ ...run }] }); // announced, not started: nothing to tell
    tracker.update({ vertexes: [{ ...run, started: ts(10) }] });
    tracker.update({ vertexes: [{ ...run, started: ts(10) }] }); // unchanged re-send
    tracker.update({
      statuses: [
        { ID: 'compiling', vertex: run.digest, current: '3', total: '10', started: ts(11), timestamp: ts(12) },
      ],
      warnings: [{ vertex: run.digest, level: '1', short: Buffer.from('UndefinedVar: Usage of undefined variable') }],
      logs: [{ vertex: run.digest, timestamp: ts(20), stream: '2', msg: Buffer.from('cc main.c\n') }],
    });
    tracker.update({ vertexes: [{ ...run, started: ts(10), completed: ts(1510.4) }] });
    tracker.update({ vertexes: [{ ...run, started: ts(10), completed: ts(1510.4) }] }); // completion re-sent
    expect(events).toEqual([
      'vertex-cached[-] [1/2] FROM alpine 0ms',
      'batch[-]',
      'batch[-]',
      'vertex-started[-] [2/2] RUN make',
      'batch[-]',
      'batch[-]',
      'status[-] [2/2] RUN make compiling 3/10',
      'warning[-] [2/2] RUN make UndefinedVar: Usage of undefined variable',
      'log[-] [2/2] RUN make "cc main.c\\n" stream=2',
      'batch[-]',
      'vertex-completed[-] [2/2] RUN make 1500ms',
      'batch[-]',
      'vertex-changed[-] [2/2] RUN make',
      'batch[-]',
    ]);
  });

  it('tells failures from cancellations', () => {
    const tracker = new ProgressTracker({ clock: () => 0 });
    const events = record(tracker);
    tracker.update({
      vertexes: [
        {
          digest: digest(1),
          name: 'a',
          started: ts(0),
          completed: ts(250),
          error: 'process "/bin/sh -c false" did not complete successfully: exit code: 1',
        },
        { digest: digest(2), name: 'b', started: ts(0), completed: ts(300), error: 'context canceled' },
      ],
    });
    expect(events.slice(0, 2)).toEqual([
      'vertex-errored[-] a 250ms (process "/bin/sh -c false" did not complete successfully: exit code: 1)',
      'vertex-canceled[-] b 300ms (context canceled)',
    ]);
    expect(tracker.failedVertices().map((v) => v.name)).toEqual(['a']);
    expect(tracker.summary()).toEqual({ total: 2, cached: 0, errors: 1, durationMs: 300 });
  });

  it('does not let a late "not started" announcement reset a running vertex', () => {
    const tracker = new ProgressTracker({ clock: () => 0 });
    tracker.update({ vertexes: [{ digest: digest(1), name: 'x', started: ts(5) }] }, 'app');
    tracker.update({ vertexes: [{ digest: digest(1), name: 'x' }] }, 'test');
    const v = tracker.vertex(digest(1))!;
    expect(v.started).toBe(timestampToNanos(ts(5)));
    expect([...v.targets]).toEqual(['app', 'test']);
  });

  it('adds up the runs of a vertex that ran twice', () => {
    const tracker = new ProgressTracker({ clock: () => 0 });
    const events = record(tracker);
    const v = { digest: digest(1), name: 'twice' };
    tracker.update({ vertexes: [{ ...v, started: ts(0), completed: ts(100) }] });
    tracker.update({ vertexes: [{ ...v, started: ts(200) }] });
    tracker.update({ vertexes: [{ ...v, started: ts(200), completed: ts(350) }] });
    expect(events.filter((e) => e !== 'batch[-]')).toEqual([
      'vertex-completed[-] twice 100ms',
      'vertex-started[-] twice',
      'vertex-completed[-] twice 250ms',
    ]);
  });

  it('keeps per-target counters and takes shared logs from one target at a time', () => {
    const fixture = loadFixture('multi-target');
    let now = fixture.clockMs;
    const tracker = new ProgressTracker({ clock: () => now });
    const logs: string[] = [];
    tracker.subscribe((e) => {
      if (e.type === 'log') logs.push(`${e.target}: ${e.data.toString().trim()}`);
    });
    for (const step of fixture.steps) {
      now += step.advanceMs ?? 0;
      if (step.endTarget !== undefined) tracker.endTarget(step.endTarget);
      else if (step.response) tracker.update(toStatusResponse(step.response), step.target);
    }
    expect(tracker.targets()).toEqual(['app', 'test']);
    expect(tracker.summary('app')).toEqual({ total: 4, cached: 0, errors: 0, durationMs: 1710 });
    expect(tracker.summary('test')).toEqual({ total: 3, cached: 0, errors: 0, durationMs: 2400 });
    expect(tracker.summary('nope')).toEqual({ total: 0, cached: 0, errors: 0, durationMs: 0 });
    // The shared apk step logged through both builds: only app's copy is kept.
    expect(logs).toEqual([
      'app: fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/main/x86_64/APKINDEX.tar.gz',
      'app: OK: 12 MiB in 22 packages',
      'app: app',
      'test: ok  \texample.com/pkg\t0.012s',
    ]);
  });

  it("releases a shared vertex's logs when the owning target ends", () => {
    const tracker = new ProgressTracker();
    const logs: string[] = [];
    tracker.subscribe((e) => e.type === 'log' && logs.push(`${e.target}: ${e.data.toString()}`));
    const v = { digest: digest(1), name: 'shared', started: ts(0) };
    const line = (t: string) => ({ logs: [{ vertex: v.digest, timestamp: ts(1), msg: Buffer.from(t) }] });
    tracker.update({ vertexes: [v] }, 'a');
    tracker.update({ vertexes: [v] }, 'b');
    tracker.update(line('1'), 'a');
    tracker.update(line('2'), 'b');
    tracker.endTarget('a');
    tracker.update(line('3'), 'b');
    expect(logs).toEqual(['a: 1', 'b: 3']);
  });

  it('counts a running target up to now and reports cached steps', () => {
    let now = Number(EPOCH) * 1000 + 5000;
    const tracker = new ProgressTracker({ clock: () => now });
    tracker.update(
      { vertexes: [{ digest: digest(1), name: 'c', cached: true, started: ts(0), completed: ts(0) }] },
      't',
    );
    tracker.update({ vertexes: [{ digest: digest(2), name: 'r', started: ts(1000) }] }, 't');
    expect(tracker.summary('t')).toEqual({ total: 2, cached: 1, errors: 0, durationMs: 5000 });
    now += 1000;
    expect(tracker.summary('t').durationMs).toBe(6000);
  });

  it('keeps warnings per target', () => {
    const tracker = new ProgressTracker();
    tracker.update({ warnings: [{ vertex: digest(1), short: Buffer.from('w1') }] }, 'a');
    tracker.update({ warnings: [{ vertex: digest(1), short: Buffer.from('w2') }] }, 'b');
    expect(tracker.warnings('a').map((w) => Buffer.from(w.short!).toString())).toEqual(['w1']);
  });
});
