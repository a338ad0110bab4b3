// How bakekit bundles an entry with ncc: the arguments and the post-processing, shared by build.mjs (dist/) and
// bench.mjs (which bundles src/ itself), so that what is benchmarked is what ships. Why each step: see
// docs/benchmarks.md, "Start-up".
import * as fs from 'node:fs';
import * as path from 'node:path';

// grpc-js requires @grpc/proto-loader (and, through it, a second protobufjs) only inside the functions that load its
// channelz and ORCA service definitions, which serve admin/load-reporting servers bakekit never runs. Bundled, they
// were ~0.45 MB that every run compiled; external, a call would fail with "Cannot find module" instead.
const EXTERNALS = ['@grpc/proto-loader'];
// The .proto files those functions would read: ncc copies them next to the bundle, nothing can load them now.
const UNUSED_ASSETS = ['proto', 'xds', 'protoc-gen-validate'];

/** `ncc build` arguments for one entry; `extra` e.g. `--license licenses.txt`. */
export function nccArgs(entry, dest, extra = []) {
  return [
    'build',
    entry,
    '-o',
    dest,
    '--quiet',
    '--no-source-map-register',
    '--target',
    'es2022',
    ...EXTERNALS.flatMap((e) => ['-e', e]),
    ...extra,
  ];
}

// V8 compiles a parenthesised `function` expression together with the code around it (its "PIFE" heuristic) but an
// arrow function only when first called, after preparsing it with the file: so each of ncc's `((module, exports,
// require) => {…})` module factories was parsed twice, which cost a run ~25 ms of start-up on Node 20. The factories
// become `(function(module, exports, require) {…})`: same code, same arguments, and the runtime calls them with
// `this` = module.exports, as Node does (webpack writes arrows only for modules that use neither `this` nor
// `arguments`).
const FACTORY_HEADER = /^\/\*\*\*\/ \(\(([\w$, ]*)\) => \{$/gm;

/** Post-processes what ncc wrote to `dir` (an entry and its chunk files). */
export function finishBundle(dir) {
  for (const asset of UNUSED_ASSETS) fs.rmSync(path.join(dir, asset), { recursive: true, force: true });
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
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
    fs.writeFileSync(p, rewritten);
  }
}
