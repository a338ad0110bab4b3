// How bakekit bundles an entry with ncc: the arguments and the post-processing, shared by build.mjs (dist/) and
// bench.mjs (which bundles src/ itself), so that what is benchmarked is what ships. Why each step: see
// docs/benchmarks.md, "Start-up".
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { isBuiltin } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { transformSync } from 'esbuild';

/** `ncc build` arguments for one entry; `extra` e.g. `--license licenses.txt`. */
export function nccArgs(entry, dest, extra = []) {
  return ['build', entry, '-o', dest, '--quiet', '--no-source-map-register', '--target', 'es2022', ...extra];
}

// V8 compiles a parenthesised `function` expression together with the code around it (its "PIFE" heuristic) but an
// arrow function only when first called, after preparsing it with the file: so each of ncc's `((module, exports,
// require) => {…})` module factories was parsed twice, which cost a run ~25 ms of start-up on Node 20. The factories
// become `(function(module, exports, require) {…})`: same code, same arguments, and the runtime calls them with
// `this` = module.exports, as Node does (webpack writes arrows only for modules that use neither `this` nor
// `arguments`).
const FACTORY_HEADER = /^\/\*\*\*\/ \(\(([\w$, ]*)\) => \{$/gm;

// Node reads a module's source with a UTF-8 decoder and V8 keeps it as a string: one byte per character when every
// character fits in Latin-1, two bytes for all of it as soon as one does not (a single "…" in a comment). Every
// chunk had some, from our comments and the libraries'. Escaped as \uXXXX, the same program is ASCII: decoded on the
// fast path and held at half the size (`--print` 74.5 -> 70.9 MB peak RSS and ~25 ms less start-up on Node 24;
// docs/benchmarks.md). An escape means the same as its character in comments, strings, regular expressions and
// identifiers, but not in a template's raw text (String.raw, tagged templates) nor after a backslash: each file is
// checked by having esbuild print both versions with escapes resolved (whitespace and syntax normalised, names
// kept), and must come out identical. esbuild prints regular expressions as written, so one with a non-ASCII
// character fails the check too: write it with escapes in the source (bake/hcl/stdlib/time.ts does).
const NON_ASCII = /[^\x00-\x7f]/gu;

/** `text` (the file `file` of a bundle) with every non-ASCII character escaped; throws where that changes it. */
export function asciiOnly(file, text) {
  const escaped = text.replace(NON_ASCII, (c) => {
    let out = '';
    for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
  if (escaped === text) return text;
  const normalised = (code) =>
    transformSync(code, {
      minifyWhitespace: true,
      minifySyntax: true,
      charset: 'utf8',
      format: 'esm',
      legalComments: 'none', // comments mean nothing to the program; esbuild would print these as written
    }).code;
  const before = normalised(text);
  const after = normalised(escaped);
  if (before !== after) {
    let i = 0;
    while (before[i] === after[i]) i++;
    const near = JSON.stringify(before.slice(Math.max(0, i - 60), i + 20));
    throw new Error(
      `${file}: escaping its non-ASCII characters would change the program near ${near}: write that character as an escape in the source`,
    );
  }
  return escaped;
}

// Comments are for the sources, not for the bundle: V8 scans every byte of a chunk it loads (and hashes it for the
// compile cache), and a sixth of the bundle was comments, ours and the libraries'. esbuild prints each file again
// without them (it keeps the short ones inside expressions, such as webpack's `/* harmony export */`: 30 KB in all),
// changing nothing else: no renaming, no minifying, no lowering (`esnext`), line structure and names kept (the later
// steps find ncc's lines; withoutWhitespace, last, removes the lines), legal comments kept where they are, non-ASCII
// escaped as asciiOnly leaves it. The CLI bundle went from 3.4 to 2.8 MB, and a run's start-up is 10-30 ms shorter,
// most with an empty compile cache (docs/benchmarks.md, round 24). esbuild keeps a parenthesised function expression
// parenthesised: the factories stay eagerly compiled.

/** `text` (the file `file` of a bundle) printed again by esbuild without its comments. */
export function withoutComments(file, text) {
  return transformSync(text, {
    sourcefile: file,
    target: 'esnext',
    charset: 'ascii',
    legalComments: 'inline',
    logLevel: 'silent',
  }).code;
}

// Node's built-in modules are loaded with V8's default flags, so that Node's own code cache for them stays valid after
// the run has set flags of its own (src/buildkit/grpc/v8-flags.ts says why: 20 ms of a run's start-up). A bundle loads
// a built-in in one way, webpack's external module in the entry file: `__WEBPACK_EXTERNAL_createRequire(
// import.meta.url)("node:http2")`. Each such call goes through a loader that asks withDefaultV8Flags, which the bundle's
// code registers under a global symbol when it loads, to wrap the load; before that (nothing changed yet) it is plain.
const EXTERNAL_IMPORT = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";\n';
const EXTERNAL_REQUIRE = '__WEBPACK_EXTERNAL_createRequire(import.meta.url)(';
/** The key of the global symbol withDefaultV8Flags is found under (src/buildkit/grpc/v8-flags.ts, the same string). */
export const DEFAULT_V8_FLAGS_HOOK = 'bakekit.withDefaultV8Flags';

// Of those, the ones a run may not need at all are loaded when the run first reads one of their properties: node:tls
// serves only TLS endpoints, node:http only the Engine's API, and a run on buildkitd's unix socket needs neither (~5 ms
// of its start-up on this host with their code cache, docs/benchmarks.md "Thirty-fifth round"). node:module (for a
// chunk's own `require`, which none calls: src/solve/run/compile-cache.ts) and node:timers/promises (the gha
// pre-flight's waits) are used by few runs, and were loaded by all (round 36). node:crypto took 11-14 ms to load, before
// the run's first chunk (the code cache named chunks by a hash of their text) and before find's listing of a large
// working directory starts (round 38): the first hash is made after both; since round 42 only a run that hashes
// something long loads it at all (src/buildkit/light-crypto/ hashes short texts and reads random bytes itself). webpack
// reads an external module's exports at each use (`node_tls__WEBPACK_IMPORTED_MODULE_3__.connect(...)`), so a stand-in
// whose every property read loads the module is the module to its users; the load still goes through the loader above.
export const ON_FIRST_USE = new Set([
  'node:tls',
  'tls',
  'node:http',
  'http',
  'node:module',
  'module',
  'node:timers/promises',
  'timers/promises',
  'node:crypto',
  'crypto',
]);

/** `text` (the file `file` of a bundle) with its loads of Node's built-ins routed through withDefaultV8Flags. */
export function builtinsWithDefaultFlags(file, text) {
  if (!text.includes(EXTERNAL_REQUIRE)) return text;
  if (!text.includes(EXTERNAL_IMPORT))
    throw new Error(`${file}: loads externals but not through createRequire: has ncc's output format changed?`);
  // each call, checked and routed: `__bakekit_builtin("node:fs")`, `__bakekit_builtin_on_first_use("node:tls")`
  const [head, ...calls] = text.split(EXTERNAL_REQUIRE);
  let routed = head;
  for (const rest of calls) {
    const id = /^"([^"]+)"\)/.exec(rest)?.[1];
    if (id === undefined || !isBuiltin(id)) {
      throw new Error(`${file}: an external that is not a Node built-in: ${JSON.stringify(rest.slice(0, 40))}`);
    }
    routed += (ON_FIRST_USE.has(id) ? '__bakekit_builtin_on_first_use(' : '__bakekit_builtin(') + rest;
  }
  const loader =
    'const __bakekit_builtin = (id) => {\n' +
    `  const load = () => ${EXTERNAL_REQUIRE}id);\n` +
    `  const withDefaultV8Flags = globalThis[Symbol.for(${JSON.stringify(DEFAULT_V8_FLAGS_HOOK)})];\n` +
    '  return typeof withDefaultV8Flags === "function" ? withDefaultV8Flags(load) : load();\n' +
    '};\n' +
    'const __bakekit_builtin_on_first_use = (id) => {\n' +
    '  let loaded;\n' +
    '  const real = () => (loaded ??= __bakekit_builtin(id));\n' +
    '  return new Proxy({}, {\n' +
    '    get: (_, key) => real()[key],\n' +
    '    set: (_, key, value) => Reflect.set(real(), key, value),\n' +
    '    has: (_, key) => key in real(),\n' +
    '    ownKeys: () => Reflect.ownKeys(real()),\n' +
    '    getOwnPropertyDescriptor: (_, key) => {\n' +
    '      const d = Reflect.getOwnPropertyDescriptor(real(), key);\n' +
    '      return d && { ...d, configurable: true };\n' +
    '    },\n' +
    '  });\n' +
    '};\n';
  return routed.replace(EXTERNAL_IMPORT, EXTERNAL_IMPORT + loader);
}

// The bundle is CommonJS, not ES modules: V8 makes a code cache after a run, with every function the run compiled,
// only for a classic script (src/solve/run/compile-cache.ts says why: 40-70 ms of a run). ncc writes ES modules for a
// package of `"type": "module"`; each file is turned into the CommonJS module that means the same program:
// - `"use strict"` first, as an ES module is strict code (on the first line, so that line numbers stay the same);
// - a chunk's three exports (`export const id`, `ids`, `modules`) become properties of `exports`, and so does what
//   an entry exports (`export { a as b }`);
// - the entry's loads of Node's built-ins (`createRequire(import.meta.url)(id)`) become `require(id)`, and the
//   import of createRequire goes; what else reads `import.meta.url` gets its file's URL;
// - the entry loads a chunk through CHUNK_LOADER_HOOK's loader instead of `import()`, falling back to `require`;
// - a `package.json` of `"type": "commonjs"` beside them says so to Node.
// Each result must compile as the body of Node's CommonJS wrapper (no `import`, `export` or `import.meta` left). An
// `import()` of a library's own, which ncc leaves as it is, means the same in a CommonJS entry, but a chunk file runs
// as a vm.Script (the code cache), where it would throw when called: the build refuses a chunk with one.
const CHUNK_EXPORTS = /^export const id = (\d+);\nexport const ids = (\[[\d, ]*\]);\nexport const modules = /;
/** An entry's exports, webpack's last line (none of bakekit's entries has any now; a chunk's are CHUNK_EXPORTS). */
const ENTRY_EXPORTS = /^export \{ ([\w$, ]+) \};$/m;
const CHUNK_IMPORT = 'import("./" + __nccwpck_require__.u(chunkId))';
/** The key of the global symbol loadChunk is found under (src/solve/run/compile-cache.ts, the same string). */
export const CHUNK_LOADER_HOOK = 'bakekit.loadChunk';

/**
 * Whether `code` calls import(): esbuild, told that the target has no dynamic import, turns each call into a
 * `require` through its `__toESM` helper, and adds the helper only then (comments and strings are no calls).
 */
function hasDynamicImport(code) {
  const lowered = transformSync(code, { supported: { 'dynamic-import': false }, logLevel: 'silent' }).code;
  return /\b__toESM\b/.test(lowered) && !/\b__toESM\b/.test(code);
}

/** `text` (the file `file` of a bundle, ES module) as a CommonJS module; throws where it cannot tell how. */
export function asCommonJs(file, text) {
  let out;
  const chunk = CHUNK_EXPORTS.test(text);
  if (chunk) {
    out = text.replace(CHUNK_EXPORTS, '"use strict"; exports.id = $1;\nexports.ids = $2;\nexports.modules = ');
  } else {
    if (text.includes('__nccwpck_require__.f.j = ') && text.split(CHUNK_IMPORT).length !== 2)
      throw new Error(`${file}: loads chunk files, but not by ${CHUNK_IMPORT}: has ncc's output format changed?`);
    out = text.replaceAll(EXTERNAL_REQUIRE, 'require(');
    // the import, now unused, leaves an empty line (an entry that still uses it gets it as a require)
    out =
      '"use strict";' +
      out
        .replace(
          EXTERNAL_IMPORT,
          out.split('__WEBPACK_EXTERNAL_createRequire').length > 2
            ? 'const { createRequire: __WEBPACK_EXTERNAL_createRequire } = require("module");\n'
            : '\n',
        )
        .replaceAll(CHUNK_IMPORT, '__bakekit_chunk("./" + __nccwpck_require__.u(chunkId))')
        .replace(ENTRY_EXPORTS, (_, names) =>
          names
            .split(',')
            .map((n) => {
              const [local, exported = local] = n.trim().split(/\s+as\s+/);
              return `exports.${exported} = ${local};`;
            })
            .join(' '),
        );
    // a declaration, hoisted: appended so that no line above moves
    out +=
      '\nfunction __bakekit_chunk(file) {\n' +
      '  return new Promise((resolve) => {\n' +
      `    const load = globalThis[Symbol.for(${JSON.stringify(CHUNK_LOADER_HOOK)})];\n` +
      '    if (typeof load !== "function") return resolve(require(file));\n' +
      '    const digest = typeof __bakekit_chunk_digest === "function" ? __bakekit_chunk_digest(file) : undefined;\n' +
      '    resolve(load(require("node:path").join(__dirname, file), digest));\n' +
      '  });\n' +
      '}\n';
  }
  if (out.includes('import.meta.url')) {
    out =
      out.replaceAll('import.meta.url', '__bakekit_meta_url()') +
      '\nfunction __bakekit_meta_url() {\n  return require("node:url").pathToFileURL(__filename).href;\n}\n';
  }
  if (chunk && hasDynamicImport(out)) {
    throw new Error(
      `${file}: a chunk file with an import() of its own: the code cache compiles chunks as vm.Script, where import() ` +
        'throws ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING: load that module statically or by require',
    );
  }
  try {
    new vm.Script(`(function (exports, require, module, __filename, __dirname) {${out}\n})`, { filename: file });
  } catch (err) {
    throw new Error(`${file}: not a CommonJS module after the conversion: ${err.message}`);
  }
  return out;
}

// Last, the whitespace: once a file is CommonJS, esbuild prints it again without indentation and line breaks (and
// without the short comments withoutComments keeps), changing nothing else: names kept (stack traces name functions;
// a position is now a column of a long line), no syntax rewritten, the factories still parenthesised, legal comments
// and the shebang kept, ASCII. Indentation and line breaks were two fifths of the bundle (the CLI's 2.8 -> 1.7 MB).
// This host faults in fresh memory at ~3 ms per MB, and a run reads every chunk it loads into a new buffer and
// then into a string V8 keeps, hashes it for the code cache's key and copies it once more when it compiles: the
// cached fan-out 17 ms sooner with 17 ms less client CPU, the warm context 14 ms less CPU (docs/benchmarks.md,
// round 32).

/** `text` (the file `file` of a bundle, CommonJS by now) printed again by esbuild without whitespace. */
export function withoutWhitespace(file, text) {
  return transformSync(text, {
    sourcefile: file,
    target: 'esnext',
    charset: 'ascii',
    legalComments: 'inline',
    minifyWhitespace: true,
    logLevel: 'silent',
  }).code;
}

// The entry tells the chunk loader each chunk's SHA-256, computed here from the file as written: the code cache
// names its entries by it (src/solve/run/compile-cache.ts), and a run that hashed every chunk it loaded had to load
// node:crypto before its first chunk (round 38). A hoisted function declaration, appended: the first chunk is loaded
// while the entry's top level runs, before any line below it would.

/** `text` (an entry, CommonJS by now) with `__bakekit_chunk_digest(file)`: the digest of `./<file>` in `digests`. */
export function withChunkDigests(text, digests) {
  const table = JSON.stringify(Object.fromEntries(Object.entries(digests).map(([f, d]) => [`./${f}`, d])));
  return `${text}\nfunction __bakekit_chunk_digest(file) {\n  return ${table}[file];\n}\n`;
}

/** Post-processes what ncc wrote to `dir` (an entry and its chunk files). */
export function finishBundle(dir) {
  // the chunks first: the entries are given their final texts' digests
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  const isChunk = (f) => /^\d+\.index\.js$/.test(f);
  const digests = {};
  for (const file of [...files.filter(isChunk), ...files.filter((f) => !isChunk(f))]) {
    const p = path.join(dir, file);
    const text = fs.readFileSync(p, 'utf8');
    const modules = text.match(/^\/\*\*\*\/ \d+:$/gm)?.length ?? 0;
    const rewritten = text.replace(FACTORY_HEADER, (_, params) => `/***/ (function(${params}) {`);
    const factories = rewritten.match(/^\/\*\*\*\/ \(function\(/gm)?.length ?? 0;
    if (factories !== modules)
      throw new Error(`${p}: ${modules} modules but ${factories} function factories: has ncc's output format changed?`);
    if (
      modules &&
      !/__webpack_modules__\[moduleId\]\.call\(module\.exports, /.test(
        fs.readFileSync(path.join(dir, 'index.js'), 'utf8'),
      )
    ) {
      throw new Error(`${dir}/index.js: the module runtime no longer calls factories with this = module.exports`);
    }
    const commonJs = asCommonJs(p, withoutComments(p, asciiOnly(p, builtinsWithDefaultFlags(p, rewritten))));
    const finished = withoutWhitespace(p, commonJs);
    if (isChunk(file)) {
      digests[file] = createHash('sha256').update(finished).digest('hex');
      fs.writeFileSync(p, finished);
    } else fs.writeFileSync(p, Object.keys(digests).length > 0 ? withChunkDigests(finished, digests) : finished);
  }
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "commonjs" }\n');
}
