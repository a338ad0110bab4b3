/** PatternMatcher and matchGlob against moby/patternmatcher and filepath.Match semantics. */
import { describe, expect, it } from 'vitest';
import { matchGlob } from '../../../../../src/buildkit/fsutil/patterns/glob.js';
import { PatternMatcher } from '../../../../../src/buildkit/fsutil/patterns/matcher.js';

describe('PatternMatcher (moby/patternmatcher semantics)', () => {
  const m = (patterns: string[], path: string) => new PatternMatcher(patterns).matchesOrParentMatches(path);

  it('matches globs, ** and parents', () => {
    expect(m(['*.go'], 'main.go')).toBe(true);
    expect(m(['*.go'], 'sub/main.go')).toBe(false);
    expect(m(['**/*.go'], 'sub/deep/main.go')).toBe(true);
    expect(m(['**/*.go'], 'main.go')).toBe(true);
    expect(m(['a/**'], 'a/b/c')).toBe(true);
    expect(m(['a/**/c'], 'a/c')).toBe(true);
    expect(m(['a/**/c'], 'a/x/y/c')).toBe(true);
    expect(m(['build'], 'build/out/x')).toBe(true); // parent matches
    expect(m(['?.txt'], 'a.txt')).toBe(true);
    expect(m(['?.txt'], '\u{1F600}.txt')).toBe(true); // one rune, not one UTF-16 unit
    expect(m(['[a-c]*'], 'bx')).toBe(true);
    expect(m(['[^a-c]*'], 'bx')).toBe(false);
    expect(m(['x\\[1\\]'], 'x[1]')).toBe(true);
    expect(m(['a.b'], 'axb')).toBe(false); // regexp metacharacters are literal
    expect(m(['./a//b/'], 'a/b')).toBe(true); // patterns are cleaned
  });

  it('applies exceptions in order', () => {
    expect(m(['*.log', '!keep.log'], 'keep.log')).toBe(false);
    expect(m(['*.log', '!keep.log', 'keep*'], 'keep.log')).toBe(true);
    expect(m(['dir', '!dir/x'], 'dir/x/y')).toBe(false);
    expect(m(['dir', '!dir/x'], 'dir/z')).toBe(true);
  });

  it('rejects malformed patterns like Go', () => {
    expect(() => new PatternMatcher(['!'])).toThrow(/illegal exclusion/);
    expect(() => new PatternMatcher(['['])).toThrow(/syntax error/);
    expect(() => new PatternMatcher(['[]'])).toThrow(/syntax error/);
    expect(() => new PatternMatcher(['a\\'])).toThrow(/syntax error/);
    expect(new PatternMatcher(['  ', '']).patterns).toEqual([]);
  });

  it('matchGlob follows filepath.Match for one path element', () => {
    expect(matchGlob('*.go', 'a.go')).toBe(true);
    expect(matchGlob('*.go', 'a.txt')).toBe(false);
    expect(matchGlob('[ab]?', 'bz')).toBe(true);
    expect(matchGlob('[^ab]?', 'bz')).toBe(false);
    expect(matchGlob('\\*', '*')).toBe(true);
    expect(matchGlob('[', '[')).toBe(false);
  });
});
