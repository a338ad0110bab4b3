/**
 * Strings: case, trimming, splitting and joining, substrings. Lengths and offsets count grapheme clusters, as cty
 * does (graphemes: Intl.Segmenter), not UTF-16 units. cty's stdlib string.go.
 */
import type { HclFunction } from '../eval.js';
import { ArgError, arity, fn1s, integer, list, str } from './arguments.js';

/** Code units below this are each a grapheme cluster of their own (but CR LF): no combining mark, ZWJ or Prepend. */
const FIRST_JOINING_CODE_UNIT = 0x300;

/**
 * The grapheme clusters of `s` (Unicode UAX #29, as cty counts them). A bake file is untrusted input, and Node 20's
 * segmenter made `[...segmenter.segment(s)]` quadratic in the length (a 35,000-character string took 4.4 s and, through
 * the CLI, 37 s and 2.6 GB; the HCL fuzz campaign found it): text below U+0300, where every code unit is a cluster but
 * CR LF, is split without it, and other text is read from the segmenter one segment at a time, keeping only the strings
 * (linear: 0.3 s for the same string on Node 20).
 */
function graphemes(s: string): string[] {
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= FIRST_JOINING_CODE_UNIT) {
      plain = false;
      break;
    }
  }
  const out: string[] = [];
  if (plain) {
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) === 0x0d && s.charCodeAt(i + 1) === 0x0a) out.push(s.slice(i, ++i + 1));
      else out.push(s[i]);
    }
    return out;
  }
  for (const { segment } of new Intl.Segmenter().segment(s)) out.push(segment);
  return out;
}

export const chomp: HclFunction = fn1s((s) => s.replace(/(\r\n|\n|\r)+$/, ''));

export const indent: HclFunction = (a) => {
  arity('indent', a, 2);
  const pad = ' '.repeat(integer(a[0]));
  return str(a[1]).replace(/\n/g, '\n' + pad);
};

export const join: HclFunction = (a) => {
  if (a.length < 2) throw new ArgError('join() needs a separator and at least one list');
  const sep = str(a[0]);
  return a
    .slice(1)
    .flatMap((l) => list(l))
    .map((v) => {
      if (v === null) throw new Error('element is null: cannot concatenate null values');
      return str(v);
    })
    .join(sep);
};

export const lower: HclFunction = fn1s((s) => s.toLowerCase());

export const replace: HclFunction = (a) => (arity('replace', a, 3), str(a[0]).split(str(a[1])).join(str(a[2])));

export const reverse: HclFunction = fn1s((s) => graphemes(s).reverse().join(''));

export const sanitize: HclFunction = fn1s((s) => s.replace(/[^A-Za-z0-9_-]/gu, '_'));

export const split: HclFunction = (a) => (arity('split', a, 2), str(a[1]).split(str(a[0])));

export const strlen: HclFunction = (a) => (arity('strlen', a, 1), graphemes(str(a[0])).length);

export const substr: HclFunction = (a) => {
  arity('substr', a, 3);
  const chars = graphemes(str(a[0]));
  let off = integer(a[1]);
  let len = integer(a[2]);
  if (off < 0) off += chars.length;
  if (off < 0 || off > chars.length) throw new Error('offset out of range');
  if (len < 0 || off + len > chars.length) len = chars.length - off;
  return chars.slice(off, off + len).join('');
};

export const title: HclFunction = fn1s((s) =>
  s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase()),
);

export const trim: HclFunction = (a) => {
  arity('trim', a, 2);
  const cut = new Set([...str(a[1])]);
  const chars = [...str(a[0])];
  let s = 0;
  let e = chars.length;
  while (s < e && cut.has(chars[s])) s++;
  while (e > s && cut.has(chars[e - 1])) e--;
  return chars.slice(s, e).join('');
};

export const trimprefix: HclFunction = (a) => {
  arity('trimprefix', a, 2);
  const s = str(a[0]);
  const p = str(a[1]);
  return s.startsWith(p) ? s.slice(p.length) : s;
};

export const trimspace: HclFunction = fn1s((s) => s.trim());

export const trimsuffix: HclFunction = (a) => {
  arity('trimsuffix', a, 2);
  const s = str(a[0]);
  const p = str(a[1]);
  return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
};

export const upper: HclFunction = fn1s((s) => s.toUpperCase());
