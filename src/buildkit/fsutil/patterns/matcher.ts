/**
 * `.dockerignore` pattern matching with moby/patternmatcher's semantics (what fsutil's filter uses): `*`, `?`,
 * `[...]`, `**`, leading `!` exceptions, later patterns win, a match on a directory covers its contents.
 * @balena/dockerignore follows older Docker rules (different `**` and parent handling), so it is not used for the
 * wire filter.
 *
 * Why a matcher of our own, and not a RegExp: patternmatcher translates each pattern into a Go regular expression
 * (a star becomes `[^/]` repeated, a double star an optional group of any characters ending in a slash, …) and Go's
 * regexp package (RE2) matches in time linear in the path. JavaScript's RegExp backtracks:
 * `*a*a*a*a*a*a*a*a*a*a*b` against a name of 48 `a`s took minutes, on the main thread (no signal could interrupt
 * it), and both the pattern and the name can come from a pull request. So compilePattern below is patternmatcher's
 * `compile` character for character, and the regular expression it produces is parsed with Go's syntax rules
 * (regexp-parse.ts), compiled to instructions (regexp-compile.ts) and run as a cached DFA or a Thompson NFA
 * (regexp-exec.ts): every path is read once — O(path × pattern), whatever the input.
 */
import { cleanPath } from '../paths.js';
import { validateGlob } from './glob.js';
import { compileRegexp } from './regexp-compile.js';
import { runProgram } from './regexp-exec.js';
import { UnsupportedRegexp } from './regexp-parse.js';
import type { Program } from './regexp-program.js';

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

/**
 * The characters patternmatcher's shouldEscape really escapes. It means to escape `.+()|{}$`, but its bitmap is
 * `[8]byte` indexed by `1 << (b / 8)`, which is 0 for every byte ≥ 64: `|`, `{` and `}` reach the regexp raw (so a
 * pattern with `|` is an alternation, `a{2}` a repetition). Same here.
 */
const REGEXP_META = new Set([...'.+()$']);

export class Pattern {
  readonly exclusion: boolean;
  /** The pattern after cleaning, without its leading `!`. */
  readonly cleaned: string;
  readonly dirs: string[];
  private readonly matchType: MatchType;
  private readonly regexp: string | undefined;
  /** Compiled on first use, as patternmatcher compiles its regexp: a pattern never consulted never fails. */
  private program: Program | Error | undefined;

  constructor(cleanedWithBang: string) {
    let p = cleanedWithBang;
    this.exclusion = p.startsWith('!');
    if (this.exclusion) p = p.slice(1);
    validateGlob(p);
    this.cleaned = p;
    this.dirs = p.split('/');
    const compiled = compilePattern(p);
    this.matchType = compiled.type;
    this.regexp = compiled.regexp;
  }

  private compiled(): Program {
    if (this.program === undefined) {
      try {
        this.program = compileRegexp(this.regexp!);
      } catch (e) {
        this.program = new Error(
          `syntax error in pattern: ${this.cleaned}${e instanceof UnsupportedRegexp ? ` (${e.message})` : ''}`,
        );
      }
    }
    if (this.program instanceof Error) throw this.program;
    return this.program;
  }

  toString(): string {
    return this.cleaned;
  }

  match(path: string): boolean {
    switch (this.matchType) {
      case 'exact':
        return path === this.cleaned;
      case 'prefix':
        // trailing `**` dropped
        return path.startsWith(this.cleaned.slice(0, -2));
      case 'suffix': {
        // leading `**` dropped; `**/foo` also matches `foo` itself
        const suffix = this.cleaned.slice(2);
        if (path.endsWith(suffix)) return true;
        return suffix.startsWith('/') && path === suffix.slice(1);
      }
      case 'regexp':
        return runProgram(this.compiled(), path);
    }
  }

  /** The pattern with a trailing `/**` or `/*` removed: the literal prefix a path must share to match below it. */
  withoutTrailingGlob(): string {
    let s = this.cleaned;
    if (s.endsWith('/**')) s = s.slice(0, -3);
    if (s.endsWith('/*')) s = s.slice(0, -2);
    return s;
  }
}

/** Per-pattern "did the parent directory match" bits, carried down the walk (patternmatcher.MatchInfo). */
export type MatchInfo = readonly boolean[] | undefined;

export class PatternMatcher {
  readonly patterns: Pattern[] = [];
  readonly hasExclusions: boolean;

  constructor(patterns: readonly string[]) {
    for (const raw of patterns) {
      const trimmed = raw.trim();
      if (trimmed === '') continue;
      const p = cleanPath(trimmed);
      if (p === '!') throw new Error('illegal exclusion pattern: "!"');
      this.patterns.push(new Pattern(p));
    }
    this.hasExclusions = this.patterns.some((p) => p.exclusion);
  }

  get empty(): boolean {
    return this.patterns.length === 0;
  }

  /** True when `file` (or one of its parents) matches and no later `!` exception re-includes it. */
  matchesOrParentMatches(file: string): boolean {
    return this.matchesUsingParentResults(file, undefined).matched;
  }

  /**
   * Same answer as matchesOrParentMatches, but reuses the parent directory's per-pattern results so a walk
   * doesn't re-test every ancestor. Pass `undefined` when the parent's results are unknown.
   */
  matchesUsingParentResults(file: string, parent: MatchInfo): { matched: boolean; info: boolean[] } {
    const info = new Array<boolean>(this.patterns.length).fill(false);
    let matched = false;
    const haveParent = parent !== undefined && parent.length > 0;
    this.patterns.forEach((pattern, i) => {
      let match = haveParent ? parent[i] : false;
      if (!match) {
        // An inclusion can't change an already-matched result, nor an exclusion an unmatched one.
        if (pattern.exclusion !== matched) return;
        match = pattern.match(file);
        if (!match && !haveParent) {
          const slash = file.lastIndexOf('/');
          if (slash > 0) {
            const parentDirs = file.slice(0, slash).split('/');
            for (let n = 1; n <= parentDirs.length && !match; n++) {
              match = pattern.match(parentDirs.slice(0, n).join('/'));
            }
          }
        }
      }
      info[i] = match;
      if (match) matched = !pattern.exclusion;
    });
    return { matched, info };
  }
}

/** patternmatcher's Pattern.compile: the match type and, for `regexp`, Go regexp source. */
function compilePattern(pattern: string): { type: MatchType; regexp?: string } {
  const chars = [...pattern]; // code points, as Go's text/scanner reads runes
  let re = '^';
  let type: MatchType = 'exact';
  let pos = 0;
  const peek = () => chars[pos];
  for (let i = 0; pos < chars.length; i++) {
    const ch = chars[pos++];
    if (ch === '*') {
      if (peek() === '*') {
        pos++;
        // `**/` is the same as `**`
        if (peek() === '/') pos++;
        if (pos >= chars.length) {
          // trailing `**` matches everything below, like .gitignore
          if (type === 'exact') type = 'prefix';
          else {
            re += '.*';
            type = 'regexp';
          }
        } else {
          // any number of path segments, including none
          re += '(.*/)?';
          type = 'regexp';
        }
        if (i === 0) type = 'suffix';
      } else {
        re += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      re += '[^/]';
      type = 'regexp';
    } else if (REGEXP_META.has(ch)) {
      re += '\\' + ch;
    } else if (ch === '\\') {
      // escapes the next character (for the regexp: `\` + that character, whatever it means there)
      if (pos < chars.length) {
        re += '\\' + chars[pos++];
        type = 'regexp';
      } else {
        re += '\\';
      }
    } else if (ch === '[' || ch === ']') {
      re += ch;
      type = 'regexp';
    } else {
      re += ch;
    }
  }
  return type === 'regexp' ? { type, regexp: re + '$' } : { type };
}
