/**
 * Go's filepath.Match, for the two places fsutil uses it: validating a pattern when the matcher is built
 * (patternmatcher does `filepath.Match(pattern, ".")`), and matching one path element of a followpaths wildcard.
 * Ported from Go rather than translated to a RegExp for the reason matcher.ts gives: it must not backtrack.
 */

/**
 * Rejects what patternmatcher rejects when the matcher is built: `filepath.Match(pattern, ".")` returning
 * ErrBadPattern. (Go's Match reports only the syntax errors it meets before the match fails, so `-(**[]` passes;
 * as of Go 1.24, which buildx 0.29 is built with.) Other errors come from Go's regexp, when the pattern is first
 * matched (see Pattern.compiled).
 */
export function validateGlob(pattern: string): void {
  try {
    goMatch(
      [...pattern].map((c) => c.codePointAt(0)!),
      [46],
    );
  } catch {
    throw new Error(`syntax error in pattern: ${pattern}`);
  }
}

/**
 * Go's filepath.Match (unix, Go 1.24) for one path element (used to expand wildcard components of followpaths):
 * `*` any run of non-`/`, `?` one non-`/`, `[...]`/`[^...]` classes, `\` escapes. Malformed → no match. A port of Go's
 * algorithm (each `*` chunk is matched at the first position that works, no backtracking into earlier stars), so
 * its cost is bounded by name × pattern — never a backtracking RegExp.
 */
export function matchGlob(pattern: string, name: string): boolean {
  try {
    return goMatch(
      [...pattern].map((c) => c.codePointAt(0)!),
      [...name].map((c) => c.codePointAt(0)!),
    );
  } catch {
    return false;
  }
}

const SLASH = 47;
const STAR = 42;
const BACKSLASH = 92;
const LBRACKET = 91;
const RBRACKET = 93;
const QUESTION = 63;
const CARET = 94;
const DASH = 45;

function goMatch(pattern: number[], name: number[]): boolean {
  let p = 0;
  let s = 0;
  while (p < pattern.length) {
    const { star, chunkEnd } = scanChunk(pattern, p);
    const chunkStart = star.end;
    p = chunkEnd;
    if (star.star && chunkStart === chunkEnd) {
      // trailing * matches the rest unless it has a /
      return !name.slice(s).includes(SLASH);
    }
    const r = matchChunk(pattern, chunkStart, chunkEnd, name, s);
    if (r >= 0 && (r === name.length || p < pattern.length)) {
      s = r;
      continue;
    }
    if (star.star) {
      let found = false;
      for (let i = s; i < name.length && name[i] !== SLASH; i++) {
        const r2 = matchChunk(pattern, chunkStart, chunkEnd, name, i + 1);
        if (r2 >= 0) {
          if (p === pattern.length && r2 < name.length) continue;
          s = r2;
          found = true;
          break;
        }
      }
      if (found) continue;
    }
    return false;
  }
  return s === name.length;
}

function scanChunk(pattern: number[], p: number): { star: { star: boolean; end: number }; chunkEnd: number } {
  let star = false;
  while (p < pattern.length && pattern[p] === STAR) {
    p++;
    star = true;
  }
  const start = p;
  let inrange = false;
  let i = p;
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === BACKSLASH) {
      if (i + 1 < pattern.length) i++;
    } else if (c === LBRACKET) inrange = true;
    else if (c === RBRACKET) inrange = false;
    else if (c === STAR && !inrange) break;
  }
  return { star: { star, end: start }, chunkEnd: i };
}

/** Go's matchChunk: the index in `name` after the chunk, or -1; throws for a malformed chunk. */
function matchChunk(pattern: number[], c: number, end: number, name: number[], s: number): number {
  let failed = false;
  const bad = () => new Error('syntax error in pattern');
  const getEsc = (): number => {
    if (c >= end || pattern[c] === DASH || pattern[c] === RBRACKET) throw bad();
    if (pattern[c] === BACKSLASH) {
      c++;
      if (c >= end) throw bad();
    }
    const r = pattern[c++];
    if (c >= end) throw bad();
    return r;
  };
  while (c < end) {
    if (!failed && s >= name.length) failed = true;
    const ch = pattern[c];
    if (ch === LBRACKET) {
      let r = -1;
      if (!failed) r = name[s++]!;
      c++;
      let negated = false;
      if (c < end && pattern[c] === CARET) {
        negated = true;
        c++;
      }
      let match = false;
      let nrange = 0;
      for (;;) {
        if (c < end && pattern[c] === RBRACKET && nrange > 0) {
          c++;
          break;
        }
        const lo = getEsc();
        let hi = lo;
        if (pattern[c] === DASH) {
          c++;
          hi = getEsc();
        }
        if (lo <= r && r <= hi) match = true;
        nrange++;
      }
      if (match === negated) failed = true;
    } else if (ch === QUESTION) {
      if (!failed) {
        if (name[s] === SLASH) failed = true;
        s++;
      }
      c++;
    } else {
      if (ch === BACKSLASH) {
        c++;
        if (c >= end) throw bad();
      }
      if (!failed) {
        if (pattern[c] !== name[s]) failed = true;
        s++;
      }
      c++;
    }
  }
  return failed ? -1 : s;
}
