/** PlainProgressPrinter: the text buildx --progress=plain prints for the same status messages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlainProgressPrinter } from '../../../../src/buildkit/progress/plain-printer.js';
import { ProgressTracker } from '../../../../src/buildkit/progress/tracker.js';
import type { StatusResponse } from '../../../../src/buildkit/proto/control.pb.js';
import type { Timestamp } from '../../../../src/buildkit/proto/wellknown.pb.js';
import { fixturesDir, loadFixture, replay } from '../../../support/progress-replay.js';

const EPOCH = 1767225600n;
/** A Timestamp `ms` milliseconds (fractions allowed) after 2026-01-01. */
function ts(ms: number): Timestamp {
  const ns = BigInt(Math.round(ms * 1e6));
  return { seconds: String(EPOCH + ns / 1_000_000_000n), nanos: Number(ns % 1_000_000_000n) };
}
const digest = (n: number) => `sha256:${String(n).padStart(64, '0')}`;

function setup(options: { multiTarget?: boolean; description?: string; truncateNames?: boolean } = {}) {
  const now = 1767225600000;
  const tracker = new ProgressTracker({ clock: () => now });
  const lines: string[] = [];
  const printer = new PlainProgressPrinter((line) => lines.push(line), { ...options, clock: () => now });
  printer.attach(tracker);
  return { tracker, printer, lines };
}

describe('PlainProgressPrinter against BuildKit fixtures', () => {
  // Each expected text is an output of BuildKit's own plain printer for the same input (see oracle/).
  for (const name of ['single-build', 'parallel', 'failure', 'multi-target', 'progress-group', 'partial-lines']) {
    it(`renders ${name} like buildx --progress=plain`, () => {
      const expected = readFileSync(join(fixturesDir, `${name}.txt`), 'utf8');
      expect(replay(loadFixture(name)).text).toBe(expected);
    });
  }
});

describe('PlainProgressPrinter', () => {
  it('prints cached, done, failed and canceled steps and the failure summary', () => {
    const { tracker, printer, lines } = setup();
    const from = { digest: digest(1), name: '[1/3] FROM docker.io/library/alpine:3.20' };
    const run = { digest: digest(2), name: '[2/3] RUN ./build.sh' };
    const other = { digest: digest(3), name: '[3/3] RUN sleep 100' };
    tracker.update({ vertexes: [{ ...from, cached: true, started: ts(0), completed: ts(0) }] });
    tracker.update({ vertexes: [{ ...run, started: ts(10) }] });
    tracker.update({
      logs: [{ vertex: run.digest, timestamp: ts(130.4), stream: '1', msg: Buffer.from('building\nstill building\n') }],
    });
    tracker.update({
      vertexes: [
        {
          ...run,
          started: ts(10),
          completed: ts(2310),
          error: 'process "/bin/sh -c ./build.sh" did not complete successfully: exit code: 3',
        },
      ],
    });
    tracker.update({ vertexes: [{ ...other, started: ts(2311) }] });
    tracker.update({ vertexes: [{ ...other, started: ts(2311), completed: ts(2400), error: 'context canceled' }] });
    printer.finish();
    expect(lines).toEqual([
      '#1 [1/3] FROM docker.io/library/alpine:3.20',
      '#1 CACHED',
      '',
      '#2 [2/3] RUN ./build.sh',
      '#2 0.120 building',
      '#2 0.120 still building',
      '#2 ERROR: process "/bin/sh -c ./build.sh" did not complete successfully: exit code: 3',
      '',
      '#3 [3/3] RUN sleep 100',
      '#3 CANCELED',
      '------',
      ' > [2/3] RUN ./build.sh:',
      '0.120 building',
      '0.120 still building',
      '------',
    ]);
  });

  it('keeps a UTF-8 character split across log chunks intact', () => {
    const { tracker, printer, lines } = setup();
    const v = { digest: digest(1), name: '[1/1] RUN echo' };
    const text = Buffer.from('héllo wörld\n');
    tracker.update({ vertexes: [{ ...v, started: ts(0) }] });
    tracker.update({ logs: [{ vertex: v.digest, timestamp: ts(5), msg: text.subarray(0, 2) }] }); // "h" + half of "é"
    tracker.update({ logs: [{ vertex: v.digest, timestamp: ts(6), msg: text.subarray(2) }] });
    tracker.update({ vertexes: [{ ...v, started: ts(0), completed: ts(100) }] });
    printer.finish();
    expect(lines).toEqual(['#1 [1/1] RUN echo', '#1 0.005 héllo wörld', '#1 DONE 0.1s']);
  });

  it('lists the last 10 lines of a failed step in order, including an unfinished last line', () => {
    const { tracker, printer, lines } = setup();
    const v = { digest: digest(7), name: '[2/2] RUN ./test.sh' };
    tracker.update({ vertexes: [{ ...v, started: ts(0) }] });
    const out = Array.from({ length: 12 }, (_, i) => `line ${i + 1}\n`).join('');
    tracker.update({ logs: [{ vertex: v.digest, timestamp: ts(1), msg: Buffer.from(`${out}FAIL: no newline`) }] });
    tracker.update({ vertexes: [{ ...v, started: ts(0), completed: ts(50), error: 'exit code: 1' }] });
    printer.finish();
    expect(lines.slice(lines.indexOf('------'))).toEqual([
      '------',
      ' > [2/2] RUN ./test.sh:',
      ...Array.from({ length: 10 }, (_, i) => `0.001 line ${i + 3}`),
      '0.001 FAIL: no newline',
      '------',
    ]);
    // The unfinished line was ended before the step's result.
    expect(lines).toContain('#1 0.001 FAIL: no newline');
    expect(lines[lines.indexOf('#1 0.001 FAIL: no newline') + 1]).toBe('#1 ERROR: exit code: 1');
  });

  it('prints the builder description first and can cut long names like PROGRESS_NO_TRUNC=0', () => {
    const { tracker, printer, lines } = setup({ description: 'building with "default" instance', truncateNames: true });
    const name = `[1/1] RUN echo ${'x'.repeat(80)}`;
    tracker.update({ vertexes: [{ digest: digest(1), name, started: ts(0), completed: ts(1) }] });
    printer.finish();
    expect(lines).toEqual(['#0 building with "default" instance', '', `#1 ${name.slice(0, 72)}...`, '#1 DONE 0.0s']);
  });

  it('prefixes names with the target in multi-target mode', () => {
    const { tracker, printer, lines } = setup({ multiTarget: true });
    tracker.update(
      { vertexes: [{ digest: digest(1), name: '[stage-1 2/5] RUN make', started: ts(0), completed: ts(1) }] },
      'app',
    );
    tracker.update(
      { vertexes: [{ digest: digest(2), name: 'exporting to image', started: ts(2), completed: ts(3) }] },
      'app',
    );
    tracker.update({ vertexes: [{ digest: digest(3), name: 'resolve', started: ts(2), completed: ts(3) }] });
    printer.finish();
    expect(lines).toEqual([
      '#1 [app stage-1 2/5] RUN make',
      '#1 DONE 0.0s',
      '',
      '#2 [app] exporting to image',
      '#2 DONE 0.0s',
      '',
      '#3 resolve',
      '#3 DONE 0.0s',
    ]);
  });

  it('ignores events after finish and tolerates messages for unknown vertices', () => {
    const { tracker, printer, lines } = setup();
    const unknown: StatusResponse = {
      statuses: [{ ID: 'x', vertex: digest(9), started: ts(0) }],
      logs: [{ vertex: digest(9), timestamp: ts(0), msg: Buffer.from('orphan\n') }],
      warnings: [{ vertex: digest(9), short: Buffer.from('orphan warning') }],
    };
    tracker.update(unknown);
    printer.finish();
    tracker.update({ vertexes: [{ digest: digest(1), name: 'late', started: ts(0) }] });
    printer.finish();
    expect(lines).toEqual([]);
  });
});
