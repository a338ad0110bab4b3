/**
 * `.dockerignore` matching: moby/patternmatcher's semantics (cases from its own test tables, rewritten here), and
 * linear time — a pattern that made a backtracking RegExp run for minutes answers at once, alone and in a walk.
 */
import { describe, expect, it } from 'vitest';
import { PatternMatcher } from '../../../../../src/buildkit/fsutil/patterns/matcher.js';
import { makeTree, tempDir, walkPaths } from '../helpers.js';

const matches = (patterns: string[], file: string) => new PatternMatcher(patterns).matchesOrParentMatches(file);

/** The walk's way: each parent directory first, handing its per-pattern results down. */
function matchesWalking(patterns: string[], file: string): boolean {
  const m = new PatternMatcher(patterns);
  const parts = file.split('/');
  let info: readonly boolean[] | undefined;
  for (let n = 1; n < parts.length; n++) info = m.matchesUsingParentResults(parts.slice(0, n).join('/'), info).info;
  return m.matchesUsingParentResults(file, info).matched;
}

// [pattern, path, matches] — patternmatcher_test.go TestMatches
const single: Array<[string, string, boolean]> = [
  ['**', 'file', true],
  ['**', 'file/', true],
  ['**/', 'file', true],
  ['**/', 'file/', true],
  ['**', '/', true],
  ['**/', '/', true],
  ['**', 'dir/file', true],
  ['**/', 'dir/file', true],
  ['**', 'dir/file/', true],
  ['**/', 'dir/file/', true],
  ['**/**', 'dir/file', true],
  ['**/**', 'dir/file/', true],
  ['dir/**', 'dir/file', true],
  ['dir/**', 'dir/file/', true],
  ['dir/**', 'dir/dir2/file', true],
  ['dir/**', 'dir/dir2/file/', true],
  ['**/dir', 'dir', true],
  ['**/dir', 'dir/file', true],
  ['**/dir2/*', 'dir/dir2/file', true],
  ['**/dir2/*', 'dir/dir2/file/', true],
  ['**/dir2/**', 'dir/dir2/dir3/file', true],
  ['**/dir2/**', 'dir/dir2/dir3/file/', true],
  ['**file', 'file', true],
  ['**file', 'dir/file', true],
  ['**/file', 'dir/file', true],
  ['**file', 'dir/dir/file', true],
  ['**/file', 'dir/dir/file', true],
  ['**/file*', 'dir/dir/file', true],
  ['**/file*', 'dir/dir/file.txt', true],
  ['**/file*txt', 'dir/dir/file.txt', true],
  ['**/file*.txt', 'dir/dir/file.txt', true],
  ['**/file*.txt*', 'dir/dir/file.txt', true],
  ['**/**/*.txt', 'dir/dir/file.txt', true],
  ['**/**/*.txt2', 'dir/dir/file.txt', false],
  ['**/*.txt', 'file.txt', true],
  ['**/**/*.txt', 'file.txt', true],
  ['a**/*.txt', 'a/file.txt', true],
  ['a**/*.txt', 'a/dir/file.txt', true],
  ['a**/*.txt', 'a/dir/dir/file.txt', true],
  ['a/*.txt', 'a/dir/file.txt', false],
  ['a/*.txt', 'a/file.txt', true],
  ['a/*.txt**', 'a/file.txt', true],
  ['a[b-d]e', 'ae', false],
  ['a[b-d]e', 'ace', true],
  ['a[b-d]e', 'aae', false],
  ['a[^b-d]e', 'aze', true],
  ['.*', '.foo', true],
  ['.*', 'foo', false],
  ['abc.def', 'abcdef', false],
  ['abc.def', 'abc.def', true],
  ['abc.def', 'abcZdef', false],
  ['abc?def', 'abcZdef', true],
  ['abc?def', 'abcdef', false],
  ['a\\\\', 'a\\', true],
  ['**/foo/bar', 'foo/bar', true],
  ['**/foo/bar', 'dir/foo/bar', true],
  ['**/foo/bar', 'dir/dir2/foo/bar', true],
  ['abc/**', 'abc', false],
  ['abc/**', 'abc/def', true],
  ['abc/**', 'abc/def/ghi', true],
  ['**/.foo', '.foo', true],
  ['**/.foo', 'bar.foo', false],
  ['a(b)c/def', 'a(b)c/def', true],
  ['a(b)c/def', 'a(b)c/xyz', false],
  ['a.|)$(}+{bc', 'a.|)$(}+{bc', true],
  [
    'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl',
    'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl',
    true,
  ],
  ['dist/*.whl', 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', true],
  ['a\\*b', 'a*b', true],
];

// [patterns, path, matches] — multiPatternTests
const multi: Array<[string[], string, boolean]> = [
  [['**', '!util/docker/web'], 'util/docker/web/foo', false],
  [['**', '!util/docker/web', 'util/docker/web/foo'], 'util/docker/web/foo', true],
  [
    ['**', '!dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl'],
    'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl',
    false,
  ],
  [['**', '!dist/*.whl'], 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', false],
  [['!fileutils.go', '*.go'], 'fileutils.go', true],
  [['docs', '!docs/README.md'], 'docs/README.md', false],
  [['docs/', '!docs/README.md'], 'docs/README.md', false],
  [['docs/*', '!docs/README.md'], 'docs/README.md', false],
  [['*.go', '!fileutils.go'], 'fileutils.go', false],
  [['*'], 'fileutils.go', true],
];

// filepath.Match's table as patternmatcher runs it (matchTests): [pattern, path, matches]; null: a bad pattern
const fromFilepath: Array<[string, string, boolean | null]> = [
  ['abc', 'abc', true],
  ['*', 'abc', true],
  ['*c', 'abc', true],
  ['a*', 'a', true],
  ['a*', 'abc', true],
  ['a*', 'ab/c', true],
  ['a*/b', 'abc/b', true],
  ['a*/b', 'a/c/b', false],
  ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false],
  ['a*b?c*x', 'abxbbxdbxebxczzx', true],
  ['a*b?c*x', 'abxbbxdbxebxczzy', false],
  ['ab[c]', 'abc', true],
  ['ab[b-d]', 'abc', true],
  ['ab[e-g]', 'abc', false],
  ['ab[^c]', 'abc', false],
  ['ab[^b-d]', 'abc', false],
  ['ab[^e-g]', 'abc', true],
  ['a\\*b', 'a*b', true],
  ['a\\*b', 'ab', false],
  ['a?b', 'a☺b', true],
  ['a[^a]b', 'a☺b', true],
  ['a???b', 'a☺b', false],
  ['a[^a][^a][^a]b', 'a☺b', false],
  ['[a-ζ]*', 'α', true],
  ['*[a-ζ]', 'A', false],
  ['a?b', 'a/b', false],
  ['a*b', 'a/b', false],
  ['[\\]a]', ']', true],
  ['[\\-]', '-', true],
  ['[x\\-]', 'x', true],
  ['[x\\-]', '-', true],
  ['[x\\-]', 'z', false],
  ['[\\-x]', 'x', true],
  ['[\\-x]', '-', true],
  ['[\\-x]', 'a', false],
  ['[]a]', ']', null],
  ['[-]', '-', null],
  ['[x-]', 'x', null],
  ['[-x]', 'x', null],
  ['\\', 'a', null],
  ['[a-b-c]', 'a', null],
  ['[', 'a', null],
  ['[^', 'a', null],
  ['[^bc', 'a', null],
  ['a[', 'a', null],
  ['*x', 'xxx', true],
];

describe('patternmatcher semantics', () => {
  it.each(single)('%s against %s → %s', (pattern, file, want) => {
    expect(matches([pattern], file)).toBe(want);
    expect(matchesWalking([pattern], file)).toBe(want);
  });

  it.each(multi)('%j against %s → %s', (patterns, file, want) => {
    expect(matches(patterns, file)).toBe(want);
    expect(matchesWalking(patterns, file)).toBe(want);
  });

  it.each(fromFilepath)('filepath.Match table: %s against %s → %s', (pattern, file, want) => {
    if (want === null) expect(() => new PatternMatcher([pattern])).toThrow(/syntax error in pattern/);
    else expect(matches([pattern], file)).toBe(want);
  });

  it('refuses a lone "!"', () => {
    expect(() => new PatternMatcher(['!'])).toThrow('illegal exclusion pattern: "!"');
  });

  it('trims and drops empty patterns; a "!" after leading spaces is an exception', () => {
    const m = new PatternMatcher(['docs', '  !docs/README.md  ', '']);
    expect(m.patterns.map(String)).toEqual(['docs', 'docs/README.md']);
    expect(m.hasExclusions).toBe(true);
  });

  it('follows the Go regexp a pattern becomes, not filepath.Match, where they differ', () => {
    // `**` becomes `(.*/)?`, and Go's `.` does not match a newline
    expect(matches(['a/**/b*'], 'a/x\ny/bc')).toBe(false);
    expect(matches(['a/**/b*'], 'a/x/y/bc')).toBe(true);
    // `?` and `*` become `[^/]`, which does
    expect(matches(['a?b'], 'a\nb')).toBe(true);
    // in a pattern that becomes a regexp, an unescaped `^` is the begin-of-text anchor
    expect(matches(['^foo'], '^foo')).toBe(true); // no wildcard: an exact match
    expect(matches(['^foo*'], 'foobar')).toBe(true);
    expect(matches(['a^b*'], 'a^b')).toBe(false);
    // patternmatcher's escape table misses `|`, `{` and `}`: they reach the regexp raw
    expect(matches(['x*|'], 'anything')).toBe(true); // `^x[^/]*|$`: the empty alternative matches at the end
    expect(matches(['ba{2}?'], 'baa')).toBe(false); // `^ba{2}[^/]$`
    expect(matches(['ba{2}?'], 'baax')).toBe(true);
    expect(matches(['{x*'], '{xy')).toBe(true); // not a repetition: a literal
    // a backslash escape is a regexp escape: `\d` is a digit class, `\.` a dot
    expect(matches(['v\\d'], 'v7')).toBe(true);
    expect(matches(['v\\d'], 'vd')).toBe(false);
    expect(matches(['a\\.b*'], 'a.bc')).toBe(true);
    // POSIX classes inside brackets
    expect(matches(['[[:digit:]]*'], '1abc')).toBe(true);
    expect(matches(['[[:digit:]]*'], 'abc')).toBe(false);
    // a star inside brackets is the regexp's repetition of what precedes it
    expect(matches(['[a*]'], 'a]')).toBe(true);
    // code points, not UTF-16 units
    expect(matches(['?'], '😀')).toBe(true);
    expect(matches(['??'], '😀')).toBe(false);
  });

  it('fails, like Go, when a pattern whose regexp Go rejects is first used (never if it is never consulted)', () => {
    for (const p of ['a[z-a]', 'a\\éb*', 'a{2}{3}*']) {
      const m = new PatternMatcher([p]);
      expect(() => m.matchesOrParentMatches('x')).toThrow(/syntax error in pattern/);
    }
    // an exception is not consulted while nothing matched
    expect(new PatternMatcher(['!a[z-a]', 'b']).matchesOrParentMatches('b')).toBe(true);
    // filepath.Match (Go 1.24) stops validating where the match against "." fails
    expect(() => new PatternMatcher(['-(**[]'])).not.toThrow();
    // \p{…} classes are not implemented: refused when used
    expect(() => new PatternMatcher(['x\\p{Greek}*']).matchesOrParentMatches('x')).toThrow(/not supported/);
  });
});

describe('linear time', () => {
  it('answers a pattern that backtracks exponentially in a RegExp at once', () => {
    const m = new PatternMatcher(['*a*a*a*a*a*a*a*a*a*a*b']);
    const started = performance.now();
    for (const n of [48, 200, 4096]) expect(m.matchesOrParentMatches('a'.repeat(n))).toBe(false);
    expect(m.matchesOrParentMatches('a'.repeat(47) + 'b')).toBe(true);
    // the same against a deep path, each ancestor tested
    expect(m.matchesOrParentMatches(Array.from({ length: 100 }, () => 'a'.repeat(40)).join('/'))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('double stars, too', () => {
    const m = new PatternMatcher(['**/a**/a**/a**/a**/a**/a**/b']);
    const started = performance.now();
    expect(m.matchesOrParentMatches(Array.from({ length: 200 }, () => 'a').join('/'))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('the context walk with a hostile .dockerignore', () => {
  it('walks a directory planted with the pattern and a 48-character name at once (was > 40 s, uninterruptible)', async () => {
    const tmp = tempDir();
    try {
      const long = 'a'.repeat(48);
      await makeTree(tmp.dir, { [long]: '', [`${'a'.repeat(47)}b`]: '', Dockerfile: '' });
      const started = performance.now();
      const paths = await walkPaths(tmp.dir, { excludePatterns: ['*a*a*a*a*a*a*a*a*a*a*b'] });
      expect(paths).toEqual(['Dockerfile', long]);
      expect(performance.now() - started).toBeLessThan(5000);
    } finally {
      tmp.cleanup();
    }
  });
});
