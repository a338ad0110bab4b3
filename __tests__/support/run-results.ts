/** Run results for the renderers' tests: what runBuild returns after a run under the execution policies. */
import type { RunResult } from '../../src/solve/run/run.js';
import { TargetFailedError } from '../../src/solve/run/target-errors.js';

const base = { ref: 'r', durationMs: 1, exporterResponse: {}, transferred: {} };
/** keep-going on base → app → web, base → docs, and lint alone: app failed. */
export const KEEP_GOING_RESULT: RunResult = {
  ok: false,
  dirs: [],
  metadata: {},
  targets: [
    { ...base, target: 'base', status: 'done' },
    { ...base, target: 'app', status: 'failed', error: new TargetFailedError('app', new Error('process "/bin/sh -c exit 1" did not complete successfully: exit code: 1\nmore detail')) },
    { ...base, target: 'web', status: 'cancelled', reason: 'it consumes "app", which failed', cancelledBy: 'app', skipped: true },
    { ...base, target: 'docs', status: 'done' },
    { ...base, target: 'lint', status: 'cancelled', reason: 'target "app" failed, and the run fails fast (execution policy fail-fast)', cancelledBy: 'app' },
  ],
};
