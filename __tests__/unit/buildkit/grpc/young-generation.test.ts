/**
 * buildkit/grpc/young-generation.ts: the flag is set (or left alone when asked) and restored once, and on the Node
 * running the tests it does stop the young generation's growth when set at run time, which is the only way the action
 * can set it.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import {
  DEFAULT_YOUNG_GENERATION_GROWTH,
  keepYoungGenerationSmall,
  letYoungGenerationGrow,
  NO_YOUNG_GENERATION_GROWTH,
} from '../../../../src/buildkit/grpc/young-generation.js';

test('sets the flag, unless BAKEKIT_V8_YOUNG_GROWTH=1; a runtime that refuses it is not an error', () => {
  const set: string[] = [];
  expect(keepYoungGenerationSmall({}, (f) => set.push(f))).toBe(true);
  expect(set).toEqual([NO_YOUNG_GENERATION_GROWTH]);
  expect(keepYoungGenerationSmall({ BAKEKIT_V8_YOUNG_GROWTH: '1' }, (f) => set.push(f))).toBe(false);
  expect(set).toHaveLength(1);
  expect(
    keepYoungGenerationSmall({}, () => {
      throw new Error('unknown flag');
    }),
  ).toBe(false);
});

test("letYoungGenerationGrow restores V8's default once, and only after keepYoungGenerationSmall set the flag", () => {
  const set: string[] = [];
  keepYoungGenerationSmall({}, (f) => set.push(f));
  letYoungGenerationGrow((f) => set.push(f));
  letYoungGenerationGrow((f) => set.push(f));
  expect(set).toEqual([NO_YOUNG_GENERATION_GROWTH, DEFAULT_YOUNG_GENERATION_GROWTH]);
  keepYoungGenerationSmall({ BAKEKIT_V8_YOUNG_GROWTH: '1' }, (f) => set.push(f));
  letYoungGenerationGrow((f) => set.push(f));
  expect(set).toHaveLength(2);
});

/** The young generation's size (MB) after allocating ~60 MB of objects, a third of which survive a while. */
function youngGenerationAfterChurn(flag: string | undefined): number {
  const script = `
    const v8 = require('node:v8');
    ${flag ? `v8.setFlagsFromString(${JSON.stringify(flag)});` : ''}
    const keep = [];
    for (let i = 0; i < 300000; i++) {
      keep.push({ a: i, b: 'x' + i, c: [i, i + 1] });
      if (keep.length > 100000) keep.splice(0, 50000);
    }
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    process.stdout.write(String(young.space_size / 1e6));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return Number(r.stdout);
}

test('set at run time, the flag keeps the young generation at its initial size', () => {
  const grown = youngGenerationAfterChurn(undefined);
  const kept = youngGenerationAfterChurn(NO_YOUNG_GENERATION_GROWTH);
  expect(grown).toBeGreaterThan(8); // V8's default doubles it up to 16 MB per semi-space
  expect(kept).toBeLessThanOrEqual(4.5); // two semi-spaces of V8's initial size (1 MB on Node 20 and 24)
});
