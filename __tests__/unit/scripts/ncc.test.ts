/**
 * The bundle's post-processing steps (scripts/ncc.mjs). The ASCII step (asciiOnly): non-ASCII characters become \u
 * escapes where that means the same program (strings, comments, identifiers), the result runs the same, and a file
 * where the check cannot show that stops the build instead: a template's raw text and a character after a backslash
 * (an escape would change them), and a regular expression (esbuild prints those as written, so the two versions differ
 * even where they mean the same). The comment step (withoutComments): the same program without its comments, names,
 * lines and the factories' parentheses kept.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiOnly, withoutComments } from '../../../scripts/ncc.mjs';

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

describe('withoutComments', () => {
  const source = [
    '#!/usr/bin/env node',
    '/*! a legal notice */',
    '// why the next line is there',
    'var modules = {',
    // the shape ncc writes a module factory in (after finishBundle's rewrite)
    '/***/ 7:',
    '/***/ (function(module) { /* a block comment */ module.exports = function named() { return new Error("x").stack; }; }),',
    '};',
    'const s = "a … // not a comment /* nor this */";',
    '/** a doc comment */',
    'function twice(n) { return n * 2; } // trailing',
    'const m = { exports: {} };',
    'modules[7](m);',
    'return [s, twice(21), m.exports().split("\\n")[1].trim().split(" ")[1]];',
  ].join('\n');
  const body = (code: string) => code.replace(/^#!.*\n/, '');

  it('drops the comments and keeps the program', () => {
    const out = withoutComments('test.js', source);
    expect(out).not.toMatch(/why the next line|a block comment|a doc comment|trailing/);
    expect(out).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(out).toContain('/*! a legal notice */');
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(run(body(out))).toBe(run(body(source)));
    // strings that look like comments are strings; functions keep their names (stack traces name them)
    expect(JSON.parse(run(body(out)))).toEqual([
      'a \u2026 // not a comment /* nor this */',
      42,
      expect.stringMatching(/\bnamed$/),
    ]);
  });

  it("keeps a module factory parenthesised (V8 compiles it eagerly) and the code's lines", () => {
    const out = withoutComments('test.js', source);
    expect(out).toMatch(/\(function\(module\)/);
    expect(out).not.toMatch(/:\s*function\(module\)/);
    expect(out.split('\n').length).toBeGreaterThan(5);
  });
});
