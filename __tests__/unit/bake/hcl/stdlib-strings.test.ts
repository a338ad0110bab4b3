/**
 * The string functions count grapheme clusters, as cty does: what Intl.Segmenter gives, whether the text takes the
 * plain path (every code unit below U+0300: one cluster each, but CR LF) or the segmenter's. And a long string costs
 * time in proportion to its length: Node 20's segmenter, spread into an array, was quadratic (the HCL fuzz campaign's
 * case of a 35,000-character string passed to substr took 37 s and 2.6 GB through the CLI).
 */
import { describe, expect, it } from 'vitest';
import { reverse, strlen, substr } from '../../../../src/bake/hcl/stdlib/strings.js';
import { seededRandom } from '../../../support/seeded-random.js';

const pos = { file: 'docker-bake.hcl', line: 1, column: 1 };
const segments = (s: string) => [...new Intl.Segmenter().segment(s)].map((x) => x.segment);

/** `n` characters drawn from `alphabet`, with a seeded generator. */
function text(random: () => number, alphabet: string[], n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}

describe('grapheme clusters', () => {
  const plain = ['a', 'Z', ' ', '\r', '\n', '\t', '\u00ad', '\u00e9', '\u00a9', '\u02ff', '"', '\u0000'];
  // combining marks, ZWJ, emoji and their modifiers, regional indicators, Hangul jamo, CR LF, a Prepend character
  const joining = [...plain, '\u0301', '\u200d', '👍', '\u{1F3FD}', '🇩', '🇪', '\u1100', '\u1161', '\u0600', 'e'];

  it('are those of Intl.Segmenter, on the plain path and on the segmenter path', () => {
    const random = seededRandom(37);
    for (const alphabet of [plain, joining]) {
      for (let i = 0; i < 300; i++) {
        const s = text(random, alphabet, 1 + Math.floor(random() * 40));
        const expected = segments(s);
        expect(strlen([s], pos), JSON.stringify(s)).toBe(expected.length);
        expect(reverse([s], pos), JSON.stringify(s)).toBe([...expected].reverse().join(''));
        const off = Math.floor(random() * expected.length);
        expect(substr([s, off, 3], pos), JSON.stringify(s)).toBe(expected.slice(off, off + 3).join(''));
      }
    }
  });

  it('keep CR LF together, as one cluster', () => {
    expect(strlen(['a\r\nb'], pos)).toBe(3);
    expect(reverse(['a\r\nb'], pos)).toBe('b\r\na');
    expect(substr(['a\r\nb', 1, 1], pos)).toBe('\r\n');
  });

  it('of a long string take time in proportion to it (the fuzz case: 35,000 characters in substr)', () => {
    const long = `hello${'[for x in '.repeat(3544)}`;
    const started = Date.now();
    expect(substr([long, 1, 3], pos)).toBe('ell');
    expect(strlen([long], pos)).toBe(long.length);
    expect(strlen([`${long}👍`], pos)).toBe(long.length + 1); // the segmenter's path: one character above U+0300
    // seconds each before (4.4 s for the spread alone on Node 20); a bound far above either path's cost now
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
