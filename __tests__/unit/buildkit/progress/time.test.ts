/** Merging a vertex's runs into the intervals its duration is the sum of. */
import { describe, expect, it } from 'vitest';
import { mergeIntervals } from '../../../../src/buildkit/progress/time.js';

describe('mergeIntervals', () => {
  const iv = (start: number, stop?: number) => ({
    start: BigInt(start),
    stop: stop === undefined ? undefined : BigInt(stop),
  });
  it('merges overlaps, keeps gaps and lets an open interval swallow the rest', () => {
    expect(mergeIntervals([iv(7, 8), iv(0, 1), iv(2, 3)])).toEqual([iv(0, 1), iv(2, 3), iv(7, 8)]);
    expect(mergeIntervals([iv(0, 10), iv(1, 2), iv(9, 12)])).toEqual([iv(0, 12)]);
    expect(mergeIntervals([iv(0, 5), iv(3), iv(8, 9)])).toEqual([iv(0)]);
    expect(mergeIntervals([iv(2, 4), iv(2, 4)])).toEqual([iv(2, 4)]);
    expect(mergeIntervals([])).toEqual([]);
  });
});
