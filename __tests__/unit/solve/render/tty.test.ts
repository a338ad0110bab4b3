/** `--progress=tty`: the live display's frames, built from the daemon's status messages. */
import { describe, expect, it } from 'vitest';
import { ProgressTracker } from '../../../../src/buildkit/progress/index.js';
import { createTtyDisplay } from '../../../../src/solve/render/tty.js';

const T0 = 1_764_000_000;
const ts = (s: number) => ({ seconds: String(T0 + Math.floor(s)), nanos: Math.round((s % 1) * 1e9) });

function setup(rows = 24) {
  let now = T0 * 1000;
  const tracker = new ProgressTracker({ clock: () => now });
  const written: string[] = [];
  const display = createTtyDisplay((t) => written.push(t), tracker, {
    columns: () => 61,
    rows: () => rows,
    multiTarget: true,
    clock: () => now,
    intervalMs: 0,
  });
  return { tracker, display, written, at: (s: number) => (now = (T0 + s) * 1000) };
}

describe('tty display', () => {
  it('shows each step with its time, CACHED and ERROR in front, and the last lines of a running step', () => {
    const { tracker, display, at } = setup();
    tracker.update(
      {
        vertexes: [{ digest: 'sha256:a', name: '[1/2] FROM busybox', started: ts(0), completed: ts(0), cached: true }],
      },
      'app',
    );
    tracker.update({ vertexes: [{ digest: 'sha256:b', name: '[2/2] RUN make', started: ts(0.5) }] }, 'app');
    tracker.update(
      {
        logs: Array.from({ length: 8 }, (_, i) => ({
          vertex: 'sha256:b',
          stream: 1,
          msg: Buffer.from(`line ${i + 1}\n`),
          timestamp: ts(1),
        })),
      },
      'app',
    );
    at(2);
    expect(display.frame()).toEqual([
      '[+] Building 2.0s (1/2)',
      ' => CACHED [app 1/2] FROM busybox                       0.0s',
      ' => [app 2/2] RUN make                                  1.5s',
      ...[3, 4, 5, 6, 7, 8].map((i) => ` => => # line ${i}`),
    ]);
    tracker.update(
      {
        vertexes: [
          {
            digest: 'sha256:b',
            name: '[2/2] RUN make',
            started: ts(0.5),
            completed: ts(3),
            error: 'process "make" did not complete successfully: exit code: 2',
          },
        ],
      },
      'app',
    );
    at(3);
    display.finish();
    expect(display.frame()).toEqual([
      '[+] Building 3.0s (2/2) FINISHED',
      ' => CACHED [app 1/2] FROM busybox                       0.0s',
      ' => ERROR [app 2/2] RUN make                            2.5s',
    ]);
  });

  it('redraws in place: up over the previous frame, each line cleared, leftovers cleared below', () => {
    const { tracker, display, written } = setup();
    tracker.update({ vertexes: [{ digest: 'sha256:a', name: 'step one', started: ts(0) }] }, 'app');
    display.finish();
    expect(written).toEqual([
      '\x1b[2K[+] Building 0.0s (0/1) FINISHED\n\x1b[2K => [app] step one                                      0.0s\n\x1b[J',
    ]);
  });

  it('keeps running steps on a short terminal and drops the oldest finished ones', () => {
    const { tracker, display } = setup(5);
    for (let i = 1; i <= 6; i++)
      tracker.update(
        { vertexes: [{ digest: `sha256:${i}`, name: `done ${i}`, started: ts(0), completed: ts(0.1) }] },
        'app',
      );
    tracker.update({ vertexes: [{ digest: 'sha256:r', name: 'running', started: ts(0) }] }, 'app');
    const names = display
      .frame()
      .slice(1)
      .map((l) => l.replace(/\s+\S+$/, '').trim());
    expect(names).toEqual(['=> [app] done 5', '=> [app] done 6', '=> [app] running']);
  });

  it('cuts a long name with an ellipsis and keeps the time in view', () => {
    const { tracker, display } = setup();
    tracker.update(
      { vertexes: [{ digest: 'sha256:a', name: `RUN ${'x'.repeat(100)}`, started: ts(0), completed: ts(1) }] },
      'app',
    );
    const line = display.frame()[1];
    expect(line.length).toBe(60);
    expect(line).toMatch(/… 1\.0s$/);
  });
});
