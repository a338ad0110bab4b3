/** Run results for the renderers' tests: what runBuild returns after a run under the execution policies. */
import type { RunResult } from '../../src/solve/run/run.js';
import { TargetFailedError } from '../../src/solve/run/target-errors.js';

const base = { ref: 'r', durationMs: 1, exporterResponse: {}, transferred: {} };
/** app failed: base and docs built, web (a consumer of app) skipped under keep-going, lint cancelled in fail-fast words. */
export const KEEP_GOING_RESULT: RunResult = {
  ok: false,
  dirs: [],
  metadata: {},
  targets: [
    { ...base, target: 'base', status: 'done' },
    {
      ...base,
      target: 'app',
      status: 'failed',
      error: new TargetFailedError(
        'app',
        new Error('process "/bin/sh -c exit 1" did not complete successfully: exit code: 1\nmore detail'),
      ),
    },
    {
      ...base,
      target: 'web',
      status: 'cancelled',
      reason: 'it consumes "app", which failed',
      cancelledBy: 'app',
      skipped: true,
    },
    { ...base, target: 'docs', status: 'done' },
    {
      ...base,
      target: 'lint',
      status: 'cancelled',
      reason: 'target "app" failed, and the run fails fast (execution policy fail-fast)',
      cancelledBy: 'app',
    },
  ],
};
