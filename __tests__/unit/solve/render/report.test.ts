/**
 * The end-of-run report (src/solve/render/report.ts): what became of each target, in the words the CLI, the job log
 * and the job summary share, and what the publish policy published.
 */
import { describe, expect, it } from 'vitest';
import { countsLine, publishLines, targetReport, targetReportLines } from '../../../../src/solve/render/report.js';
import type { TargetOutcome } from '../../../../src/solve/run/run.js';
import { KEEP_GOING_RESULT } from '../../../support/run-results.js';

const base = { ref: 'r', durationMs: 1, exporterResponse: {}, transferred: {} };

describe('targetReport', () => {
  it('says built, failed with the first line of its error, cancelled or skipped with why and because of whom', () => {
    expect(KEEP_GOING_RESULT.targets.map(targetReport)).toEqual([
      { target: 'base', end: 'built' },
      {
        target: 'app',
        end: 'failed',
        detail: 'target "app": process "/bin/sh -c exit 1" did not complete successfully: exit code: 1',
      },
      { target: 'web', end: 'skipped', detail: 'it consumes "app", which failed', cause: 'app' },
      { target: 'docs', end: 'built' },
      {
        target: 'lint',
        end: 'cancelled',
        detail: 'target "app" failed, and the run fails fast (execution policy fail-fast)',
        cause: 'app',
      },
    ]);
  });

  it('cuts a long error line', () => {
    const long: TargetOutcome = { ...base, target: 'x', status: 'failed', error: new Error('e'.repeat(500)) };
    expect(targetReport(long).detail).toHaveLength(200);
  });
});

describe('the lines', () => {
  it('count every kind of end and align the names', () => {
    expect(countsLine(KEEP_GOING_RESULT)).toBe('2 built, 1 failed, 1 cancelled, 1 skipped');
    expect(countsLine({ targets: [{ ...base, target: 'a', status: 'done' }] })).toBe('1 built');
    expect(targetReportLines(KEEP_GOING_RESULT)).toEqual([
      '  base  built',
      '  app   failed: target "app": process "/bin/sh -c exit 1" did not complete successfully: exit code: 1',
      '  web   skipped: it consumes "app", which failed',
      '  docs  built',
      '  lint  cancelled: target "app" failed, and the run fails fast (execution policy fail-fast)',
    ]);
  });

  it('say what all-or-nothing published, or why nothing', () => {
    expect(publishLines(undefined)).toEqual([]);
    expect(
      publishLines({
        policy: 'all-or-nothing',
        published: false,
        blockedBy: ['app'],
        blockedHow: 'failed',
        tagged: [],
        untagged: [{ target: 'base', reference: 'r/base@sha256:1' }],
      }),
    ).toEqual(['nothing published: target "app" failed; pushed by digest and left untagged: r/base@sha256:1']);
    expect(
      publishLines({
        policy: 'all-or-nothing',
        published: false,
        blockedBy: ['a', 'b'],
        blockedHow: 'cancelled',
        tagged: [],
        untagged: [],
      }),
    ).toEqual(['nothing published: targets "a", "b" were cancelled']);
    expect(
      publishLines({
        policy: 'all-or-nothing',
        published: true,
        blockedBy: [],
        tagged: [{ target: 'a', name: 'r/a:1', digest: 'sha256:2' }],
        untagged: [],
      }),
    ).toEqual(['published: every target built; tagged r/a:1 (sha256:2)']);
    expect(
      publishLines({
        policy: 'all-or-nothing',
        published: false,
        blockedBy: [],
        tagged: [{ target: 'a', name: 'r/a:1', digest: 'sha256:2' }],
        untagged: [],
        failedTarget: 'b',
      }),
    ).toEqual(['publishing stopped: tagging the images of target "b" failed; tagged before it failed: r/a:1']);
  });
});
