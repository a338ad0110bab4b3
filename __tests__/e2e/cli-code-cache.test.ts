/**
 * Runs the committed CLI bundle (dist/cli/index.js) through a build on the test host's standalone daemon twice, with a
 * new `RUNNER_TEMP` as on a fresh runner, and reads the code cache it keeps there (solve/run/compile-cache.ts): the
 * first run writes an entry for every chunk file it loaded, the second takes them all and writes none, and an entry
 * holds more than the chunk's top level (what Node's module compile cache held): the functions the run compiled. With
 * the cache off, the bundle loads its chunk files by `require` (the bundle's fallback) and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BASE_IMAGE, STANDALONE, requireTestHost } from '../support/daemons.js';
import { makeProject, removeProjects } from '../support/project.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// BAKEKIT_E2E_CLI: another CLI bundle (DIR/index.js), to run this on a change before dist/ is rebuilt
const CLI = process.env.BAKEKIT_E2E_CLI || path.join(ROOT, 'dist/cli/index.js');

beforeAll(() => requireTestHost());
afterAll(() => removeProjects());

const project = () =>
  makeProject({
    Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo built > /built.txt\n`,
    'docker-bake.hcl': 'target "default" {\n  output = ["type=cacheonly"]\n}\n',
  });

/** One run of the CLI bundle through a build of `dir` on the standalone daemon, with `env` added; it must succeed. */
function build(dir: string, env: NodeJS.ProcessEnv): string {
  const r = spawnSync(process.execPath, [CLI, '--builder', STANDALONE, '--progress', 'plain'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stderr;
}

it('keeps a code cache of the chunks it ran, with their compiled functions, and the next run takes all of it', () => {
  const dir = project();
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-e2e-cc-'));
  const uid = process.getuid?.();
  const base = path.join(runnerTemp, `bakekit-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  /** Each entry's name and identity (a rewritten entry is a new file renamed into place). */
  const entries = () => {
    const [runtime, ...others] = fs.readdirSync(base);
    expect(others).toEqual([]);
    const d = path.join(base, runtime);
    return new Map(
      fs.readdirSync(d).map((f) => {
        const st = fs.statSync(path.join(d, f));
        return [f, { path: path.join(d, f), ino: st.ino, mtimeMs: st.mtimeMs, size: st.size, mode: st.mode }];
      }),
    );
  };
  try {
    build(dir, { RUNNER_TEMP: runnerTemp });
    const first = entries();
    const chunks = fs.readdirSync(path.dirname(CLI)).filter((f) => /^\d+\.index\.js$/.test(f));
    expect(first.size).toBeGreaterThanOrEqual(10); // the build's chunks: resolution, the client, the session…
    for (const [name, e] of first) {
      // named by the digest the build wrote into the entry (scripts/ncc.mjs withChunkDigests), the file's size and
      // mtime: the digest is that of the chunk's text, which the run never hashed
      const [, chunk, digest, size, mtime] = /^(\d+\.index\.js)\.([0-9a-f]{64})\.(\d+)\.(\d+)\.cache$/.exec(name) ?? [];
      expect(chunks).toContain(chunk);
      const file = path.join(path.dirname(CLI), chunk);
      expect(digest).toBe(createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
      const st = fs.statSync(file, { bigint: true });
      expect([BigInt(size), BigInt(mtime)]).toEqual([st.size, st.mtimeNs]);
      if (process.platform !== 'win32') expect(e.mode & 0o777).toBe(0o600);
    }

    build(dir, { RUNNER_TEMP: runnerTemp });
    const second = entries();
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [name, e] of second) expect({ name, ...e }).toEqual({ name, ...first.get(name) });

    // the largest entry against the cache of the same chunk made as Node's module compile cache makes it: right
    // after compiling, in a new process
    const [largest, e] = [...first].sort((a, b) => b[1].size - a[1].size)[0];
    const chunk = path.join(path.dirname(CLI), largest.split('.').slice(0, 3).join('.'));
    const atCompile = spawnSync(
      process.execPath,
      [
        '-e',
        `const t = require('node:fs').readFileSync(${JSON.stringify(chunk)}, 'utf8');
         const s = new (require('node:vm').Script)('(function (exports, require, module, __filename, __dirname) {' + t + '\\n})');
         process.stdout.write(String(s.createCachedData().length));`,
      ],
      { encoding: 'utf8' },
    );
    expect(atCompile.status, atCompile.stderr).toBe(0);
    expect(e.size).toBeGreaterThan(Number(atCompile.stdout) * 1.2);
  } finally {
    fs.rmSync(runnerTemp, { recursive: true, force: true });
  }
});

it('without the cache (NODE_DISABLE_COMPILE_CACHE=1) loads its chunk files by require and writes nothing', () => {
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-e2e-cc-'));
  try {
    expect(build(project(), { RUNNER_TEMP: runnerTemp, NODE_DISABLE_COMPILE_CACHE: '1' })).toContain('DONE');
    expect(fs.readdirSync(runnerTemp)).toEqual([]);
  } finally {
    fs.rmSync(runnerTemp, { recursive: true, force: true });
  }
});
