/**
 * Runs the committed CLI bundle (dist/cli/index.js) through a build on the test host's standalone daemon and reads
 * Node's own record of how it compiled each of its built-in modules: the run sets V8 flags of its own at start-up
 * (young generation, optimizing compilers), and every built-in it loads after that must still come from Node's code
 * cache, which the bundle's loader of built-ins and buildkit/grpc/v8-flags.ts see to (scripts/ncc.mjs). A bundle
 * without that step compiles node:tls, node:child_process and the rest from their source, ~20 ms of every run's
 * start-up. node:http2, ~20 ms to load on its own, is not loaded at all since round 34 (grpc/h2-connection.ts), and
 * node:tls and node:http only when a run first uses them (round 35, scripts/ncc.mjs ON_FIRST_USE), and so are
 * node:module and node:timers/promises (round 36). node:crypto is loaded only by a run that hashes something long,
 * find's listing of a large context (round 42: buildkit/light-crypto/ hashes the short texts and gives random bytes).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BASE_IMAGE, ENGINE, STANDALONE, requireTestHost } from '../support/daemons.js';
import { makeProject, removeProjects } from '../support/project.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// BAKEKIT_E2E_CLI: another CLI bundle (DIR/index.js), to run this on a change before dist/ is rebuilt
const CLI = process.env.BAKEKIT_E2E_CLI || path.join(ROOT, 'dist/cli/index.js');

beforeAll(() => requireTestHost());
afterAll(() => removeProjects());

/** Node's record of the built-ins a run compiled with and without their cache, written at its exit (--expose-internals:
 * an internal binding, for tests only). */
const USAGE_PRELOAD = `
  const { internalBinding } = require('internal/test/binding');
  process.on('exit', () => {
    const u = internalBinding('builtins').getCacheUsage();
    require('node:fs').writeFileSync(__dirname + '/usage.json',
      JSON.stringify({ without: [...u.compiledWithoutCache], with: [...u.compiledWithCache] }));
  });`;

/** A build of the bundle on `builder`, and Node's record of the built-ins it compiled with and without their cache. */
function builtinsOfARun(builder: string): { without: string[]; with: string[] } {
  const dir = makeProject({
    Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo built > /built.txt\n`,
    // N takes the resolution past its first slice (bake/steps.ts), so that every run yields to the event loop as
    // a slow machine's would: a CI host's first resolution did, and loaded node:timers/promises for it
    'docker-bake.hcl': [
      'variable "N" {',
      '  default = length(flatten([for i in range(1000) : [for j in range(100) : "${i}-${j}"]]))',
      '}',
      'target "default" {',
      '  args = { N = N }',
      '  output = ["type=cacheonly"]',
      '}',
      '',
    ].join('\n'),
    'usage.cjs': USAGE_PRELOAD,
  });
  const r = spawnSync(
    process.execPath,
    [
      '--expose-internals',
      '--no-warnings',
      '--require',
      './usage.cjs',
      CLI,
      '--builder',
      builder,
      '--progress',
      'plain',
    ],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(fs.readFileSync(path.join(dir, 'usage.json'), 'utf8')) as { without: string[]; with: string[] };
}

function expectLoadedFromCache(usage: { without: string[]; with: string[] }, builtins: string[]): void {
  for (const builtin of builtins) {
    expect(usage.with, builtin).toContain(builtin);
    expect(usage.without, builtin).not.toContain(builtin);
  }
}

function expectNotLoaded(usage: { without: string[]; with: string[] }, builtins: string[]): void {
  for (const builtin of builtins) {
    expect(usage.with, builtin).not.toContain(builtin);
    expect(usage.without, builtin).not.toContain(builtin);
  }
}

it("loads node:child_process and node:net from Node's code cache after setting V8 flags of its own; never node:http2 nor node:crypto, and on buildkitd's unix socket neither node:tls nor node:http", () => {
  const usage = builtinsOfARun(STANDALONE);
  expectLoadedFromCache(usage, ['child_process', 'net', 'internal/streams/duplex']);
  // its session ids, build refs, shared keys and its context's identity are short hashes and random bytes: no
  // node:crypto for them (buildkit/light-crypto/, round 42)
  expectNotLoaded(usage, ['crypto', 'internal/crypto/hash', 'internal/crypto/random']);
  // the HTTP/2 of every call is our own
  expectNotLoaded(usage, ['http2', 'internal/http2/core']);
  // loaded when first used (scripts/ncc.mjs ON_FIRST_USE), and a unix socket to buildkitd uses neither
  expectNotLoaded(usage, ['tls', '_tls_wrap', 'http', '_http_client']);
  // nor does this build use node:module or node:timers/promises, also loaded when first used (round 36)
  expectNotLoaded(usage, ['module', 'internal/source_map/source_map', 'timers/promises']);
});

it("starts find's listing of a large working directory before it loads node:crypto (round 38)", () => {
  const files: Record<string, string> = {
    Dockerfile: `FROM ${BASE_IMAGE}\nCOPY . /ctx\n`,
    'docker-bake.hcl': 'target "default" {\n  output = ["type=cacheonly"]\n}\n',
    'usage.cjs': USAGE_PRELOAD,
    // what the run sees when find starts (the preload's spawn is the bundle's: the same module object)
    'spawn.cjs': `
      const cp = require('node:child_process');
      const spawn = cp.spawn;
      const seen = [];
      cp.spawn = function (command, ...rest) {
        seen.push({ command, cryptoLoaded: process.moduleLoadList.includes('NativeModule crypto') });
        return spawn.call(this, command, ...rest);
      };
      process.on('exit', () => require('node:fs').writeFileSync(__dirname + '/spawns.json', JSON.stringify({
        seen, cryptoLoaded: process.moduleLoadList.includes('NativeModule crypto') })));`,
  };
  // more than FIND_FROM_ENTRIES (1,000) entries: the tree goes to find, started before the definition resolves
  for (let i = 0; i < 1100; i++) files[`src/f${i}.txt`] = `${i}\n`;
  const dir = makeProject(files);
  const r = spawnSync(
    process.execPath,
    [
      '--expose-internals',
      '--no-warnings',
      '--require',
      './usage.cjs',
      '--require',
      './spawn.cjs',
      CLI,
      '--builder',
      STANDALONE,
      '--progress',
      'plain',
    ],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  const spawns = JSON.parse(fs.readFileSync(path.join(dir, 'spawns.json'), 'utf8')) as {
    seen: { command: string; cryptoLoaded: boolean }[];
    cryptoLoaded: boolean;
  };
  expect(spawns.seen.filter((s) => s.command === 'find')).toEqual([{ command: 'find', cryptoLoaded: false }]);
  expect(spawns.cryptoLoaded).toBe(true); // the listing's digest: 1,100 records, past light-crypto's takeover
  // loaded after the run set V8 flags of its own, still from Node's code cache
  const usage = JSON.parse(fs.readFileSync(path.join(dir, 'usage.json'), 'utf8')) as {
    without: string[];
    with: string[];
  };
  expectLoadedFromCache(usage, ['crypto', 'internal/crypto/hash']);
});

it("on the Engine, loads node:http when first used, still from Node's code cache, and never node:tls", () => {
  const usage = builtinsOfARun(ENGINE);
  expectLoadedFromCache(usage, ['http', '_http_client', 'net']);
  expectNotLoaded(usage, ['http2', 'tls', '_tls_wrap', 'crypto']);
});
