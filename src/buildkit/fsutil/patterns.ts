/**
 * `.dockerignore` pattern matching with moby/patternmatcher's semantics (what fsutil's filter uses):
 * `*`, `?`, `[...]`, `**`, leading `!` exceptions, later patterns win, a match on a directory covers its
 * contents. Written from patternmatcher's behaviour; @balena/dockerignore follows older Docker rules
 * (different `**` and parent handling), so it is not used for the wire filter.
 */
import { cleanPath } from './paths.js';

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

// One path character: a whole surrogate pair counts as one (Go matches runes, JS regexps code units).
const ONE_CHAR = '(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[^/])';
const REGEXP_META = new Set([...'.+()|{}$']);

export class Pattern {
  readonly exclusion: boolean;
  /** The pattern after cleaning, without its leading `!`. */
  readonly cleaned: string;
  readonly dirs: string[];
  private readonly matchType: MatchType;
  private readonly regexp: RegExp | undefined;

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
        return this.regexp!.test(path);
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
      let match = haveParent ? parent[i]! : false;
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

function compilePattern(pattern: string): { type: MatchType; regexp?: RegExp } {
  const chars = [...pattern]; // code points, as Go's text/scanner reads runes
  let re = '^';
  let type: MatchType = 'exact';
  let pos = 0;
  const peek = () => chars[pos];
  for (let i = 0; pos < chars.length; i++) {
    const ch = chars[pos++]!;
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
      re += ONE_CHAR;
      type = 'regexp';
    } else if (REGEXP_META.has(ch)) {
      re += '\\' + ch;
    } else if (ch === '\\') {
      // escapes the next character
      if (pos < chars.length) {
        re += escapeLiteral(chars[pos++]!);
        type = 'regexp';
      } else {
        re += '\\\\';
      }
    } else if (ch === '[' || ch === ']') {
      re += ch;
      type = 'regexp';
    } else {
      re += ch;
    }
  }
  if (type !== 'regexp') return { type };
  try {
    return { type, regexp: new RegExp(re + '$') };
  } catch {
    throw new Error(`syntax error in pattern: ${pattern}`);
  }
}

function escapeLiteral(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? '\\' + ch : ch;
}

/**
 * Rejects what Go's filepath.Match reports as ErrBadPattern (patternmatcher validates every pattern that way):
 * an unterminated or empty `[...]` class, a reversed range, a trailing `\`.
 */
function validateGlob(pattern: string): void {
  const bad = () => new Error(`syntax error in pattern: ${pattern}`);
  const chars = [...pattern];
  let i = 0;
  const esc = (): string => {
    const c = chars[i];
    if (c === undefined || c === '-' || c === ']') throw bad();
    i++;
    if (c === '\\') {
      const n = chars[i];
      if (n === undefined) throw bad();
      i++;
      return n;
    }
    return c;
  };
  while (i < chars.length) {
    const c = chars[i++]!;
    if (c === '\\') {
      if (i >= chars.length) throw bad();
      i++;
    } else if (c === '[') {
      if (chars[i] === '^') i++;
      let ranges = 0;
      for (;;) {
        if (i >= chars.length) throw bad();
        if (chars[i] === ']' && ranges > 0) {
          i++;
          break;
        }
        const lo = esc();
        let hi = lo;
        if (chars[i] === '-') {
          i++;
          hi = esc();
        }
        if (lo.codePointAt(0)! > hi.codePointAt(0)!) throw bad();
        ranges++;
      }
    }
  }
}

/**
 * Go's filepath.Match for one path element (used to expand wildcard components of followpaths):
 * `*` any run of non-`/`, `?` one non-`/`, `[...]`/`[^...]` classes, `\` escapes. Malformed → no match.
 */
export function matchGlob(pattern: string, name: string): boolean {
  try {
    validateGlob(pattern);
  } catch {
    return false;
  }
  const chars = [...pattern];
  let re = '^';
  let i = 0;
  while (i < chars.length) {
    const c = chars[i++]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += ONE_CHAR;
    else if (c === '\\') re += escapeLiteral(chars[i++]!);
    else if (c === '[') {
      let cls = '[';
      if (chars[i] === '^') {
        cls += '^';
        i++;
      }
      let first = true;
      while (!(chars[i] === ']' && !first)) {
        let lo = chars[i++]!;
        if (lo === '\\') lo = chars[i++]!;
        cls += escapeClassChar(lo);
        if (chars[i] === '-') {
          i++;
          let hi = chars[i++]!;
          if (hi === '\\') hi = chars[i++]!;
          cls += '-' + escapeClassChar(hi);
        }
        first = false;
      }
      i++; // ']'
      re += cls + ']';
    } else re += escapeLiteral(c);
  }
  return new RegExp(re + '$', 'u').test(name);
}

function escapeClassChar(ch: string): string {
  return /[\\\]^[-]/.test(ch) ? '\\' + ch : ch;
}
