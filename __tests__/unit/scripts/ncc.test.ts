/**
 * The bundle's post-processing steps (scripts/ncc.mjs). The ASCII step (asciiOnly): non-ASCII characters become \u
 * escapes where that means the same program (strings, comments, identifiers), the result runs the same, and a file
 * where the check cannot show that stops the build instead: a template's raw text and a character after a backslash
 * (an escape would change them), and a regular expression (esbuild prints those as written, so the two versions differ
 * even where they mean the same). The comment step (withoutComments): the same program without its comments, names,
 * lines and the factories' parentheses kept. The built-ins step (builtinsWithDefaultFlags): every load of a Node
 * built-in goes through withDefaultV8Flags when the bundle's code has registered it, and is a plain load before. The
 * CommonJS step (asCommonJs): a chunk and an entry become strict CommonJS modules of the same lines and exports, the
 * entry's chunks load through the loader solve/run/compile-cache.ts registers (by `require` without it), and what
 * cannot be converted stops the build, a chunk that calls import() among it (chunks run as vm.Script).
 */
import * as fs from 'node:fs';
import type * as http from 'node:http';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as tls from 'node:tls';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  asCommonJs,
  asciiOnly,
  builtinsWithDefaultFlags,
  CHUNK_LOADER_HOOK,
  DEFAULT_V8_FLAGS_HOOK,
  ON_FIRST_USE,
  withoutComments,
  withChunkDigests,
  withoutWhitespace,
} from '../../../scripts/ncc.mjs';
import * as compileCache from '../../../src/solve/run/compile-cache.js';
import * as v8Flags from '../../../src/buildkit/grpc/v8-flags.js';

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

describe('withoutWhitespace', () => {
  const source = [
    '#!/usr/bin/env node',
    '"use strict";',
    '/*! a legal notice */',
    'var modules = {',
    '  7: (function(module) {',
    '    module.exports = function named() {',
    '      return [`a  template',
    'with lines`, new Error("x").stack];',
    '    };',
    '  }),',
    '};',
    'const s = "a \\u2026  two spaces";',
    'const m = { exports: {} };',
    'modules[7](m);',
    'const [t, stack] = m.exports();',
    'return [s, t, stack.split("\\n")[1].trim().split(" ")[1]];',
  ].join('\n');
  const body = (code: string) => code.replace(/^#!.*\n/, '');

  it('keeps the program, its names, strings and templates, and drops indentation and line breaks', () => {
    const out = withoutWhitespace('test.js', source);
    expect(run(body(out))).toBe(run(body(source)));
    expect(JSON.parse(run(body(out)))).toEqual([
      'a \u2026  two spaces',
      'a  template\nwith lines',
      expect.stringMatching(/\bnamed$/),
    ]);
    expect(out.split('\n').length).toBeLessThan(6); // the shebang, the template's own line break
    expect(out).not.toMatch(/\n {2}/);
  });

  it('keeps the shebang, the strict directive, legal comments, the factories parenthesised, ASCII', () => {
    const out = withoutWhitespace('test.js', source);
    expect(out).toMatch(/^#!\/usr\/bin\/env node\n"use strict";/);
    expect(out).toContain('/*! a legal notice */');
    expect(out).toMatch(/\(function\(module\)\{/);
    expect(out).toMatch(/^[\x00-\x7f]*$/);
  });
});

describe('builtinsWithDefaultFlags', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-ncc-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  // the shape of ncc's entry file: the createRequire import, then webpack's external modules
  const entry = [
    'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";',
    'export const os = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");',
    'export const sep = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path").sep;',
    '',
  ].join('\n');
  let n = 0;
  /** Imports `text` as an ES module file. */
  const load = async (text: string) => {
    const file = path.join(dir, `entry-${++n}.mjs`);
    fs.writeFileSync(file, text);
    return (await import(pathToFileURL(file).href)) as { os: typeof os; sep: string };
  };
  const hook = Symbol.for(DEFAULT_V8_FLAGS_HOOK);
  const nodeOs = createRequire(import.meta.url)('node:os') as typeof os;
  const nodePath = createRequire(import.meta.url)('path') as typeof path;
  const nodeTls = createRequire(import.meta.url)('node:tls') as typeof tls;
  const nodeHttp = createRequire(import.meta.url)('node:http') as typeof http;
  const globals = globalThis as Record<symbol, unknown>;
  /** Runs `body` with a withDefaultV8Flags registered that records every module it loads, then puts back the real one. */
  const withRecordedLoads = async (body: (loads: unknown[]) => Promise<void>) => {
    const registered = globals[hook];
    const loads: unknown[] = [];
    globals[hook] = (load: () => unknown) => {
      const m = load();
      loads.push(m);
      return m;
    };
    try {
      await body(loads);
    } finally {
      globals[hook] = registered;
    }
  };

  it('routes every load of a built-in through the registered withDefaultV8Flags', async () => {
    const out = builtinsWithDefaultFlags('index.js', entry);
    expect(out).not.toMatch(/__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("/);
    await withRecordedLoads(async (loads) => {
      const m = await load(out);
      expect(m.os).toBe(nodeOs);
      expect(m.sep).toBe(path.sep);
      expect(loads).toEqual([nodeOs, nodePath]);
    });
  });

  it('loads node:tls and node:http when a property is first read, through the same loader; the stand-in is the module to its users', async () => {
    const lazy = [
      'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";',
      'export const tls = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");',
      'export const http = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");',
      '',
    ].join('\n');
    const out = builtinsWithDefaultFlags('index.js', lazy);
    await withRecordedLoads(async (loads) => {
      const m = (await load(out)) as unknown as { tls: typeof tls; http: typeof http };
      // nothing read yet: nothing loaded
      expect(loads).toEqual([]);
      expect(m.tls.connect).toBe(nodeTls.connect);
      expect(loads).toEqual([nodeTls]);
      expect(m.tls.TLSSocket).toBe(nodeTls.TLSSocket);
      expect(loads).toEqual([nodeTls]);
      expect('request' in m.http).toBe(true);
      expect(Object.keys(m.http).sort()).toEqual(Object.keys(nodeHttp).sort());
      expect(loads).toEqual([nodeTls, nodeHttp]);
      // a property set on the stand-in is set on the module
      (m.http as unknown as Record<string, unknown>).bakekitProbe = 1;
      expect((nodeHttp as unknown as Record<string, unknown>).bakekitProbe).toBe(1);
      delete (nodeHttp as unknown as Record<string, unknown>).bakekitProbe;
    });
    expect([...ON_FIRST_USE].sort()).toEqual([
      'crypto',
      'http',
      'module',
      'node:crypto',
      'node:http',
      'node:module',
      'node:timers/promises',
      'node:tls',
      'timers/promises',
      'tls',
    ]);
  });

  it('loads plainly when nothing is registered', async () => {
    const registered = globals[hook];
    delete globals[hook];
    try {
      expect((await load(builtinsWithDefaultFlags('index.js', entry))).os).toBe(nodeOs);
    } finally {
      globals[hook] = registered;
    }
  });

  it('uses the key under which src/buildkit/grpc/v8-flags.ts registers itself', () => {
    expect(DEFAULT_V8_FLAGS_HOOK).toBe(v8Flags.DEFAULT_V8_FLAGS_HOOK);
    expect(globals[hook]).toBe(v8Flags.withDefaultV8Flags);
  });

  it('leaves a file without externals as it is, and refuses an external that is no built-in', () => {
    expect(builtinsWithDefaultFlags('1.index.js', 'export const id = 1;')).toBe('export const id = 1;');
    expect(() => builtinsWithDefaultFlags('index.js', entry.replace('"path"', '"left-pad"'))).toThrow(
      /index\.js: an external that is not a Node built-in/,
    );
  });
});

describe('asCommonJs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-ncc-cjs-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const req = createRequire(import.meta.url);
  // the shapes of ncc's files: a chunk's three exports; an entry with the createRequire import, a built-in, webpack's
  // chunk loading by import(), its file URL and its exports
  const chunk = [
    'export const id = 7;',
    'export const ids = [7];',
    'export const modules = {',
    '  11: (function(module) {',
    '    module.exports = { strict: (function () { return this; })() === undefined, url: import.meta.url };',
    '  })',
    '};',
    '',
  ].join('\n');
  const entry = [
    'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";',
    'const os = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");',
    'const __nccwpck_require__ = { u: (chunkId) => chunkId + ".index.js", f: {} };',
    '__nccwpck_require__.f.j = (chunkId) => import("./" + __nccwpck_require__.u(chunkId));',
    'const __webpack_exports__ = { e: () => [os.EOL, import.meta.url, new Error("here").stack] };',
    'var __webpack_exports__run = __webpack_exports__.e, load = __nccwpck_require__.f.j;',
    'export { __webpack_exports__run as run, load };',
    '',
  ].join('\n');
  const hook = Symbol.for(CHUNK_LOADER_HOOK);
  const globals = globalThis as Record<symbol, unknown>;
  interface Entry {
    run(): [string, string, string];
    load(id: number): Promise<{ id: number }>;
  }
  let n = 0;
  /** Writes the entry and chunk 7 as asCommonJs makes them into a new directory. */
  const write = () => {
    const d = path.join(dir, `b${++n}`);
    fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, '7.index.js'), asCommonJs('7.index.js', chunk));
    fs.writeFileSync(path.join(d, 'index.js'), asCommonJs('index.js', entry));
    return d;
  };

  it('makes a strict CommonJS chunk, line for line, whose import.meta.url is its own file URL', () => {
    const d = write();
    const lines = fs.readFileSync(path.join(d, '7.index.js'), 'utf8').split('\n');
    expect(lines[0]).toBe('"use strict"; exports.id = 7;');
    expect(lines[2]).toBe('exports.modules = {');
    expect(lines[4]).toContain('url: __bakekit_meta_url() };');
    const c = req(path.join(d, '7.index.js')) as {
      id: number;
      ids: number[];
      modules: Record<number, (m: { exports: unknown }) => void>;
    };
    expect([c.id, c.ids]).toEqual([7, [7]]);
    const m = { exports: {} };
    c.modules[11](m);
    expect(m.exports).toEqual({ strict: true, url: pathToFileURL(path.join(d, '7.index.js')).href });
  });

  it('makes an entry with the same exports, built-ins by require, its lines where they were', () => {
    const d = write();
    const file = path.join(d, 'index.js');
    const [eol, url, stack] = (req(file) as Entry).run();
    expect(eol).toBe(os.EOL);
    expect(url).toBe(pathToFileURL(file).href);
    expect(stack).toContain(`${file}:5:`);
    expect(fs.readFileSync(file, 'utf8')).not.toMatch(/import\(|import\.meta|__WEBPACK_EXTERNAL_createRequire\(/);
  });

  it('loads a chunk through the loader registered under the hook, and by require without one', async () => {
    const d = write();
    const m = req(path.join(d, 'index.js')) as Entry;
    const before = globals[hook];
    try {
      const loaded: string[] = [];
      globals[hook] = (file: string): unknown => (loaded.push(file), req(file) as unknown);
      expect((await m.load(7)).id).toBe(7);
      expect(loaded).toEqual([path.join(d, '7.index.js')]);
      delete globals[hook];
      expect((await m.load(7)).id).toBe(7);
      globals[hook] = () => {
        throw new Error('no such chunk');
      };
      await expect(m.load(7)).rejects.toThrow('no such chunk');
    } finally {
      globals[hook] = before;
    }
  });

  it("passes the loader the chunk's digest that withChunkDigests wrote into the entry, and none without it", async () => {
    const d = path.join(dir, `b${++n}`);
    fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, '7.index.js'), asCommonJs('7.index.js', chunk));
    const plain = path.join(d, 'plain.js');
    fs.writeFileSync(plain, asCommonJs('index.js', entry));
    const withDigests = path.join(d, 'index.js');
    fs.writeFileSync(withDigests, withChunkDigests(asCommonJs('index.js', entry), { '7.index.js': 'ab'.repeat(32) }));
    const before = globals[hook];
    try {
      const calls: unknown[][] = [];
      globals[hook] = (...args: unknown[]): unknown => (calls.push(args), req(args[0] as string) as unknown);
      expect((await (req(withDigests) as Entry).load(7)).id).toBe(7);
      expect((await (req(plain) as Entry).load(7)).id).toBe(7);
      expect(calls).toEqual([
        [path.join(d, '7.index.js'), 'ab'.repeat(32)],
        [path.join(d, '7.index.js'), undefined],
      ]);
    } finally {
      globals[hook] = before;
    }
  });

  it('uses the key under which src/solve/run/compile-cache.ts registers its loader', () => {
    expect(CHUNK_LOADER_HOOK).toBe(compileCache.CHUNK_LOADER_HOOK);
  });

  it('refuses what it cannot convert: chunks loaded another way, ES syntax left over, a chunk calling import()', () => {
    expect(() => asCommonJs('index.js', entry.replace('import("./" +', 'import("./x/" +'))).toThrow(
      /index\.js: loads chunk files, but not by import/,
    );
    expect(() => asCommonJs('index.js', `${entry}export default 1;\n`)).toThrow(
      /index\.js: not a CommonJS module after the conversion/,
    );
    expect(() => asCommonJs('3.index.js', chunk.replace('export const ids', 'export let ids'))).toThrow(
      /3\.index\.js: not a CommonJS module after the conversion/,
    );
    // a chunk runs as a vm.Script (the code cache), where an import() of its own throws when called
    expect(() =>
      asCommonJs('4.index.js', chunk.replace('url: import.meta.url', 'os: () => import("node:os")')),
    ).toThrow(/4\.index\.js: a chunk file with an import\(\) of its own/);
    // not a call: in a string, a comment, webpack's marker
    const mentions = chunk.replace('url: import.meta.url', 'text: "import(x)" /* import() */ // import(y)\n');
    expect(asCommonJs('5.index.js', mentions)).toContain('"import(x)"');
  });
});
