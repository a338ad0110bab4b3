/**
 * Go's filepath.Match as followpaths uses it: the same answers as Go, in time linear in the name — a pattern that
 * makes a backtracking RegExp run for minutes answers at once.
 */
import { describe, expect, it } from 'vitest';
import { matchGlob } from '../../../../../src/buildkit/fsutil/patterns/glob.js';

describe('linear time', () => {
  it('matchGlob (followpaths) is Go filepath.Match, without backtracking', () => {
    expect(matchGlob('*.go', 'main.go')).toBe(true);
    expect(matchGlob('a*b?c*x', 'abxbbxdbxebxczzx')).toBe(true);
    expect(matchGlob('a*b?c*x', 'abxbbxdbxebxczzy')).toBe(false);
    expect(matchGlob('[\\-x]', '-')).toBe(true);
    expect(matchGlob('[', 'a')).toBe(false);
    expect(matchGlob('a*', 'ab/c')).toBe(false);
    const started = performance.now();
    expect(matchGlob('*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(4096))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
