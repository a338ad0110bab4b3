/**
 * The Go regular expressions patternmatcher's translation produces, parsed with Go's (Perl-flag) syntax rules into
 * a tree that regexp-compile.ts turns into instructions.
 *
 * Implemented, the features a translated pattern can contain: literals, `.` (not `\n`), `^`/`$` (begin/end of
 * text), `[...]` classes (negation, ranges, escapes, `[:alpha:]`-style names, `\d\s\w` and their negations), star
 * and question-mark repetition of an atom, `{n,m}` repetition, alternation, groups (the optional group a double
 * star becomes), and the escapes `\` + punctuation, `\a\f\t\n\r\v`, octal, `\x..`, `\A`, `\z`, `\b`, `\B`,
 * `\Q…\E`. Not implemented: `\p{…}`/`\P{…}` Unicode classes (a pattern using them is refused as a syntax error;
 * Go would accept it). Patterns Go's regexp rejects (a reversed range in a class, an unknown escape) are refused
 * when the matcher first uses them, as patternmatcher fails on the first match.
 */
import { type CharClass, Op } from './regexp-program.js';

/** A construct of Go's syntax this parser does not implement (Go would accept it; bakekit refuses the pattern). */
export class UnsupportedRegexp extends Error {
  override readonly name = 'UnsupportedRegexp';
}

export type Node =
  | { k: 'char'; c: number }
  | { k: 'class'; cls: CharClass }
  | { k: 'any' }
  | { k: 'assert'; op: Op.Begin | Op.End | Op.WordBoundary | Op.NotWordBoundary }
  | { k: 'seq'; seq: Node[] }
  | { k: 'alt'; alts: Node[] }
  | { k: 'star'; node: Node }
  | { k: 'quest'; node: Node }
  | { k: 'repeat'; node: Node; min: number; max: number };

const MAX_RUNE = 0x10ffff;

function normalizeClass(ranges: number[], negate: boolean): CharClass {
  const pairs: [number, number][] = [];
  for (let i = 0; i < ranges.length; i += 2) pairs.push([ranges[i], ranges[i + 1]]);
  pairs.sort((x, y) => x[0] - y[0]);
  const merged: number[] = [];
  for (const [lo, hi] of pairs) {
    const n = merged.length;
    if (n > 0 && lo <= merged[n - 1] + 1) merged[n - 1] = Math.max(merged[n - 1], hi);
    else merged.push(lo, hi);
  }
  if (!negate) return merged;
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < merged.length; i += 2) {
    if (merged[i] > next) out.push(next, merged[i] - 1);
    next = merged[i + 1] + 1;
  }
  if (next <= MAX_RUNE) out.push(next, MAX_RUNE);
  return out;
}

const R = (s: string): number[] => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 2) out.push(s.codePointAt(i)!, s.codePointAt(i + 1)!);
  return out;
};
/** Go regexp/syntax perl_groups.go and posix_groups (ASCII only). */
const PERL_CLASSES: Record<string, number[]> = { d: R('09'), s: R('\t\n\f\r  '), w: R('09AZ__az') };
const POSIX_CLASSES: Record<string, number[]> = {
  alnum: R('09AZaz'),
  alpha: R('AZaz'),
  ascii: [0, 0x7f],
  blank: R('\t\t  '),
  cntrl: [0, 0x1f, 0x7f, 0x7f],
  digit: R('09'),
  graph: R('!~'),
  lower: R('az'),
  print: R(' ~'),
  punct: R('!/:@[`{~'),
  space: R('\t\r  '),
  upper: R('AZ'),
  word: R('09AZ__az'),
  xdigit: R('09AFaf'),
};

/** Parses the regexp source patternmatcher builds, with Go's (Perl-flag) syntax. Throws on what Go rejects. */
export function parseRegexp(src: string): Node {
  const t = [...src].map((ch) => ch.codePointAt(0)!);
  let i = 0;
  const bad = (what: string): never => {
    throw new Error(what);
  };
  const isOctal = (c: number | undefined) => c !== undefined && c >= 48 && c <= 55;
  const hexVal = (c: number | undefined) => {
    if (c === undefined) return -1;
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    return -1;
  };
  /** Go's parseEscape, after the backslash: a single character. */
  const escapeChar = (): number => {
    const c = t[i++];
    if (c === undefined) return bad('trailing backslash');
    if (c < 0x80 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return c;
    if (c >= 49 && c <= 55 && !isOctal(t[i])) return bad('invalid escape sequence');
    if (c >= 48 && c <= 55) {
      let r = c - 48;
      for (let k = 1; k < 3 && isOctal(t[i]); k++) r = r * 8 + t[i++] - 48;
      return r;
    }
    if (c === 120 /* x */) {
      if (t[i] === 123 /* { */) {
        i++;
        let r = 0;
        let n = 0;
        while (t[i] !== 125 /* } */) {
          const v = hexVal(t[i]);
          if (v < 0) return bad('invalid escape sequence');
          r = r * 16 + v;
          if (r > MAX_RUNE) return bad('invalid escape sequence');
          i++;
          n++;
        }
        i++;
        if (n === 0) return bad('invalid escape sequence');
        return r;
      }
      const h = hexVal(t[i]);
      const l = hexVal(t[i + 1]);
      if (h < 0 || l < 0) return bad('invalid escape sequence');
      i += 2;
      return h * 16 + l;
    }
    const simple: Record<number, number> = { 97: 7, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11 };
    if (c in simple) return simple[c];
    return bad('invalid escape sequence');
  };
  const perlClass = (): number[] | undefined => {
    if (t[i] !== 92 || t[i + 1] === undefined) return undefined;
    const name = String.fromCodePoint(t[i + 1]);
    const lower = name.toLowerCase();
    if (!(lower in PERL_CLASSES) || !'dswDSW'.includes(name)) return undefined;
    i += 2;
    const base = PERL_CLASSES[lower];
    return name === lower ? base : normalizeClass(base, true);
  };
  const unicodeClass = () => {
    if (t[i] === 92 && (t[i + 1] === 112 || t[i + 1] === 80))
      throw new UnsupportedRegexp('\\p{…} Unicode classes are not supported');
  };
  const parseClass = (): Node => {
    i++; // [
    let negate = false;
    if (t[i] === 94 /* ^ */) {
      negate = true;
      i++;
    }
    const ranges: number[] = [];
    let first = true;
    while (t[i] !== 93 /* ] */ || first) {
      if (t[i] === undefined) return bad('missing closing ]');
      first = false;
      // [:alpha:]
      if (t[i] === 91 && t[i + 1] === 58) {
        const rest = String.fromCodePoint(...t.slice(i + 2));
        const end = rest.indexOf(':]');
        if (end >= 0) {
          let name = rest.slice(0, end);
          const neg = name.startsWith('^');
          if (neg) name = name.slice(1);
          const cls = POSIX_CLASSES[name];
          if (!cls) return bad('invalid character class range');
          ranges.push(...(neg ? normalizeClass(cls, true) : cls));
          i += 2 + [...rest.slice(0, end)].length + 2;
          continue;
        }
      }
      unicodeClass();
      const perl = perlClass();
      if (perl) {
        ranges.push(...perl);
        continue;
      }
      const classChar = (): number => {
        if (t[i] === undefined) return bad('missing closing ]');
        if (t[i] === 92) {
          i++;
          return escapeChar();
        }
        return t[i++];
      };
      const lo = classChar();
      let hi = lo;
      if (t[i] === 45 /* - */ && t[i + 1] !== undefined && t[i + 1] !== 93) {
        i++;
        hi = classChar();
        if (hi < lo) return bad('invalid character class range');
      }
      ranges.push(lo, hi);
    }
    i++; // ]
    return { k: 'class', cls: normalizeClass(ranges, negate) };
  };
  /** Go's parseRepeat: `{n}`, `{n,}`, `{n,m}`; undefined when `{` does not start one (then it is a literal). */
  const parseRepeat = (): { min: number; max: number; end: number } | undefined => {
    let j = i + 1;
    const num = (): number | undefined => {
      const start = j;
      while (t[j] !== undefined && t[j] >= 48 && t[j] <= 57) j++;
      if (j === start) return undefined;
      // Go: at most 8 digits are read as a number, more is "too big"
      const text = String.fromCodePoint(...t.slice(start, j));
      return text.length > 8 ? Infinity : Number(text);
    };
    const min = num();
    if (min === undefined) return undefined;
    let max = min;
    if (t[j] === 44 /* , */) {
      j++;
      max = t[j] === 125 ? -1 : (num() ?? NaN);
      if (Number.isNaN(max)) return undefined;
    }
    if (t[j] !== 125 /* } */) return undefined;
    return { min, max, end: j + 1 };
  };
  const parseAlt = (inGroup: boolean): Node => {
    const alts: Node[] = [];
    for (;;) {
      const { seq, stop } = parseSeq(inGroup);
      alts.push({ k: 'seq', seq });
      if (stop !== '|') break;
    }
    return alts.length === 1 ? alts[0] : { k: 'alt', alts };
  };
  const parseSeq = (inGroup: boolean): { seq: Node[]; stop: '|' | ')' | 'end' } => {
    const seq: Node[] = [];
    let lastWasRepeat = false;
    const repeat = (make: (last: Node) => Node, afterOp: number) => {
      const last = seq.pop();
      if (!last) return bad('missing argument to repetition operator');
      if (lastWasRepeat) return bad('invalid nested repetition operator');
      i = afterOp;
      if (t[i] === 63) i++; // non-greedy: the same language
      seq.push(make(last));
      lastWasRepeat = true;
    };
    for (;;) {
      const c = t[i];
      if (c === undefined) {
        if (inGroup) return bad('missing closing )');
        return { seq, stop: 'end' };
      }
      if (c === 124 /* | */) {
        i++;
        return { seq, stop: '|' };
      }
      if (c === 41 /* ) */) {
        if (!inGroup) return bad('unexpected )');
        i++;
        return { seq, stop: ')' };
      }
      if (c === 42 || c === 63 || c === 43) {
        // * ? + (patternmatcher escapes +)
        repeat(
          (last) =>
            c === 42
              ? { k: 'star', node: last }
              : c === 63
                ? { k: 'quest', node: last }
                : { k: 'repeat', node: last, min: 1, max: -1 },
          i + 1,
        );
        continue;
      }
      if (c === 123 /* { */) {
        const r = parseRepeat();
        if (r) {
          if (r.min > 1000 || r.max > 1000 || (r.max >= 0 && r.min > r.max)) return bad('invalid repeat count');
          repeat((last) => ({ k: 'repeat', node: last, min: r.min, max: r.max }), r.end);
          continue;
        }
      }
      lastWasRepeat = false;
      if (c === 40 /* ( */) {
        i++;
        seq.push(parseAlt(true));
        continue;
      }
      if (c === 91) {
        seq.push(parseClass());
        continue;
      }
      if (c === 46) {
        i++;
        seq.push({ k: 'any' });
        continue;
      }
      if (c === 94) {
        i++;
        seq.push({ k: 'assert', op: Op.Begin });
        continue;
      }
      if (c === 36) {
        i++;
        seq.push({ k: 'assert', op: Op.End });
        continue;
      }
      if (c === 92) {
        const n = t[i + 1];
        if (n === 65 /* A */ || n === 122 /* z */) {
          i += 2;
          seq.push({ k: 'assert', op: n === 65 ? Op.Begin : Op.End });
          continue;
        }
        if (n === 98 /* b */ || n === 66 /* B */) {
          i += 2;
          seq.push({ k: 'assert', op: n === 98 ? Op.WordBoundary : Op.NotWordBoundary });
          continue;
        }
        if (n === 81 /* Q */) {
          i += 2;
          while (t[i] !== undefined && !(t[i] === 92 && t[i + 1] === 69)) seq.push({ k: 'char', c: t[i++] });
          if (t[i] !== undefined) i += 2;
          continue;
        }
        unicodeClass();
        const perl = perlClass();
        if (perl) {
          seq.push({ k: 'class', cls: perl });
          continue;
        }
        i++;
        seq.push({ k: 'char', c: escapeChar() });
        continue;
      }
      i++;
      seq.push({ k: 'char', c });
    }
  };
  return parseAlt(false);
}
