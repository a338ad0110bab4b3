/**
 * buildkit/grpc/old-generation.ts: the flag is set (or left alone when asked, or when the user set it) and restored
 * once, and on the Node running the tests, set at run time, it does keep V8 from marking the old generation
 * incrementally, which is the only way the action can set it.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import {
  holdIncrementalMarking,
  INCREMENTAL_MARKING,
  NO_INCREMENTAL_MARKING,
  restoreIncrementalMarking,
} from '../../../../src/buildkit/grpc/old-generation.js';
import { changedV8Flags } from '../../../../src/buildkit/grpc/v8-flags.js';

test("sets the flag, unless BAKEKIT_V8_INCREMENTAL_MARKING=1 or the user's own flag says otherwise; a runtime that refuses it is not an error", () => {
  const set: string[] = [];
  const hold = (env: NodeJS.ProcessEnv, execArgv: string[] = []) =>
    holdIncrementalMarking({ env, execArgv, setFlags: (f) => set.push(f) });
  expect(hold({})).toBe(true);
  expect(set).toEqual([NO_INCREMENTAL_MARKING]);
  expect(changedV8Flags()).toContain(NO_INCREMENTAL_MARKING);
  expect(hold({ BAKEKIT_V8_INCREMENTAL_MARKING: '1' })).toBe(false);
  expect(hold({}, ['--incremental-marking'])).toBe(false);
  expect(hold({ NODE_OPTIONS: '--max-old-space-size=512 --no-incremental_marking' })).toBe(false);
  expect(set).toHaveLength(1);
  expect(
    holdIncrementalMarking({
      env: {},
      execArgv: [],
      setFlags: () => {
        throw new Error('unknown flag');
      },
    }),
  ).toBe(false);
  restoreIncrementalMarking();
});

test("restoreIncrementalMarking restores V8's default once, and only after holdIncrementalMarking set the flag", () => {
  const set: string[] = [];
  holdIncrementalMarking({ env: {}, execArgv: [], setFlags: (f) => set.push(f) });
  restoreIncrementalMarking();
  restoreIncrementalMarking();
  expect(set).toEqual([NO_INCREMENTAL_MARKING, INCREMENTAL_MARKING]);
  expect(changedV8Flags()).not.toContain(NO_INCREMENTAL_MARKING);
  holdIncrementalMarking({ env: { BAKEKIT_V8_INCREMENTAL_MARKING: '1' }, execArgv: [], setFlags: (f) => set.push(f) });
  restoreIncrementalMarking();
  expect(set).toHaveLength(2);
});

/** The kinds of V8's collections (perf_hooks' NODE_PERFORMANCE_GC_*) while an old generation grows to ~60 MB. */
function collectionsWhileOldGenerationGrows(flag: string | undefined): { major: number; incremental: number } {
  const script = `
    const v8 = require('node:v8');
    const { PerformanceObserver, constants } = require('node:perf_hooks');
    ${flag ? `v8.setFlagsFromString(${JSON.stringify(flag)});` : ''}
    const seen = { major: 0, incremental: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) seen.major++;
        if (e.detail.kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) seen.incremental++;
      }
    }).observe({ entryTypes: ['gc'] });
    const keep = [];
    for (let i = 0; i < 600; i++) {
      const a = [];
      for (let j = 0; j < 1000; j++) a.push({ i, j });
      keep.push(a);
    }
    setTimeout(() => process.stdout.write(JSON.stringify(seen)), 100);`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { major: number; incremental: number };
}

test('set at run time, the flag keeps V8 from marking the old generation incrementally', () => {
  // V8's default: the old generation's first limit (16 MB) is approached, and marked incrementally
  expect(collectionsWhileOldGenerationGrows(undefined).incremental).toBeGreaterThan(0);
  expect(collectionsWhileOldGenerationGrows(NO_INCREMENTAL_MARKING).incremental).toBe(0);
});
