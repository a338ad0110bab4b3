/**
 * The bundle's ASCII step (scripts/ncc.mjs asciiOnly): non-ASCII characters become \u escapes where that means the
 * same program (strings, comments, identifiers), the result runs the same, and a file where the check cannot show that
 * stops the build instead: a template's raw text and a character after a backslash (an escape would change them), and
 * a regular expression (esbuild prints those as written, so the two versions differ even where they mean the same).
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../../scripts/ncc.mjs';

/** What a function body returns, as JSON (run in a fresh V8 context). */
const run = (code: string): string => runInNewContext(`JSON.stringify((function () {\n${code}\n})())`) as string;

describe('asciiOnly', () => {
  it('escapes strings and comments into the same program', () => {
    const source = `// a comment … with → arrows\nconst s = "3 × 4 … 😀";\nconst r = /^(\\u00b5s|\\u03bcs)$/u;\nreturn [s, s.length, r.test("µs"), r.test("μs"), r.test("us")];`;
    const out = asciiOnly('test.js', source);
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(out).not.toBe(source);
    expect(run(out)).toBe(run(source));
    expect(JSON.parse(run(out))).toEqual(['3 × 4 … 😀', 10, true, true, false]);
  });

  it('leaves an ASCII file as it is', () => {
    const source = 'return "plain";';
    expect(asciiOnly('test.js', source)).toBe(source);
  });

  it("refuses what an escape would change: a template's raw text, a character after a backslash", () => {
    expect(() => asciiOnly('raw.js', 'export const a = String.raw`…`;')).toThrow(/raw\.js: escaping/);
    expect(() => asciiOnly('slash.js', 'export const b = "\\…";')).toThrow(/slash\.js: escaping/);
  });

  it('refuses a regular expression with a non-ASCII character: the source must write it escaped', () => {
    expect(() => asciiOnly('re.js', 'export const r = /µs/;')).toThrow(/re\.js: escaping/);
  });
});
