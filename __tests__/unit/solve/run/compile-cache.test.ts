/**
 * solve/run/compile-cache.ts: where the code cache goes (a directory others could write to is never used), and what
 * the chunk loader does: a chunk runs as a CommonJS module; a later run takes the cache an earlier one saved, and that
 * cache holds the functions the earlier run compiled after loading; an entry is never used for other content, even of
 * the same length; and both compiling and saving happen under V8's default flags, so a run that changes its flags
 * between loading and exit still saves an entry the next run takes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, test, vi } from 'vitest';
import {
  CHUNK_LOADER_HOOK,
  ChunkLoader,
  codeCacheDirectory,
  type CodeCacheStats,
  enableCompileCache,
} from '../../../../src/solve/run/compile-cache.js';

const uid = process.getuid?.();
const name = `bakekit-compile-cache${uid === undefined ? '' : `-${uid}`}`;
const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-cc-'));

// the chunk loader's createRequire, watched: a chunk's `require` is made only when the chunk calls it
vi.mock('node:module', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:module')>();
  return { ...original, createRequire: vi.fn(original.createRequire) };
});

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
/**
 * One run in a new Node process (in this one V8 would hand back the code it compiled for the same source, whatever
 * the cache holds): `steps` in order (`small` and `grow` set young-generation.ts's flag through v8-flags.ts, `load` loads `file`,
 * `call` runs its `big`), then the save at exit. Returns the loader's stats.
 */
function run(cache: string, file: string, steps: string[]): CodeCacheStats {
  const src = (f: string) => JSON.stringify(pathToFileURL(path.join(ROOT, 'src', f)).href);
  const script = `
    import { ChunkLoader } from ${src('solve/run/compile-cache.ts')};
    import { setV8Flag } from ${src('buildkit/grpc/v8-flags.ts')};
    const loader = new ChunkLoader(${JSON.stringify(cache)});
    let m;
    for (const step of ${JSON.stringify(steps)}) {
      if (step === 'small') setV8Flag('--semi-space-growth-factor=1', '--semi-space-growth-factor=2');
      else if (step === 'grow') setV8Flag('--semi-space-growth-factor=2', '--semi-space-growth-factor=2');
      else if (step === 'load') m = loader.load(${JSON.stringify(file)});
      else if (step === 'call') m.big(3);
    }
    loader.save();
    process.stdout.write(JSON.stringify(loader.stats));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--no-warnings', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as CodeCacheStats;
}

describe('codeCacheDirectory', () => {
  test('RUNNER_TEMP first, then XDG_CACHE_HOME; one private directory per Node version and options', () => {
    const runner = temp();
    const xdg = temp();
    const dir = codeCacheDirectory({ RUNNER_TEMP: runner, XDG_CACHE_HOME: xdg });
    expect(path.dirname(dir!)).toBe(path.join(runner, name));
    expect(path.basename(dir!)).toMatch(new RegExp(`^${process.version}-${process.arch}-[0-9a-f]{8}$`));
    expect(path.dirname(codeCacheDirectory({ XDG_CACHE_HOME: xdg })!)).toBe(path.join(xdg, name));
    if (process.platform !== 'win32') {
      expect(fs.statSync(path.join(runner, name)).mode & 0o777).toBe(0o700);
      expect(fs.statSync(dir!).mode & 0o777).toBe(0o700);
    }
    // the same runtime and options: the same directory; other NODE_OPTIONS (V8 flags among them): another one
    expect(codeCacheDirectory({ RUNNER_TEMP: runner })).toBe(dir);
    expect(codeCacheDirectory({ RUNNER_TEMP: runner, NODE_OPTIONS: '--max-old-space-size=100' })).not.toBe(dir);
  });

  test('a directory others can write to is not used (POSIX permissions; CI runs on Linux)', () => {
    const base = temp();
    fs.mkdirSync(path.join(base, name));
    fs.chmodSync(path.join(base, name), 0o777);
    expect(codeCacheDirectory({ RUNNER_TEMP: base })).toBeUndefined();
  });

  test('an unusable location is no cache, never an error', () => {
    const file = path.join(temp(), 'not-a-dir');
    fs.writeFileSync(file, '');
    expect(codeCacheDirectory({ RUNNER_TEMP: file })).toBeUndefined();
  });
});

describe('enableCompileCache', () => {
  const hook = Symbol.for(CHUNK_LOADER_HOOK);
  const globals = globalThis as Record<symbol, unknown>;

  it('registers the chunk loader under the hook the bundle reads', () => {
    const before = globals[hook];
    try {
      const loader = enableCompileCache({ RUNNER_TEMP: temp() });
      expect(loader).toBeInstanceOf(ChunkLoader);
      const chunk = path.join(temp(), '1.index.js');
      fs.writeFileSync(chunk, '"use strict"; exports.id = 1;');
      expect((globals[hook] as (file: string) => { id: number })(chunk).id).toBe(1);
      expect(loader!.stats.compiled).toBe(1);
    } finally {
      globals[hook] = before;
    }
  });

  it('does nothing with NODE_DISABLE_COMPILE_CACHE (Node own switch) or without a usable directory', () => {
    const before = globals[hook];
    delete globals[hook];
    try {
      const base = temp();
      expect(enableCompileCache({ RUNNER_TEMP: base, NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
      expect(fs.readdirSync(base)).toEqual([]);
      const file = path.join(temp(), 'not-a-dir');
      fs.writeFileSync(file, '');
      expect(enableCompileCache({ RUNNER_TEMP: file })).toBeUndefined();
      expect(globals[hook]).toBeUndefined();
    } finally {
      globals[hook] = before;
    }
  });
});

describe('ChunkLoader', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  const setup = () => {
    const cache = temp();
    const chunks = temp();
    dirs.push(cache, chunks);
    return { cache, chunks };
  };
  // a chunk with a large function that only runs when called after the load: V8 compiles it lazily, then
  const bigFunction = (n: number) =>
    `function big(x) {\n${Array.from({ length: n }, (_, i) => `  x = (x * ${i + 3} + ${i}) % 1000003;`).join('\n')}\n  return x;\n}`;
  const chunkText = `"use strict";\n${bigFunction(300)}\nexports.big = big;\nexports.strict = (function () { return this; })() === undefined;\nexports.file = __filename;\n`;

  it('runs a chunk as a strict CommonJS module, with its own file name', () => {
    const { cache, chunks } = setup();
    const file = path.join(chunks, '7.index.js');
    fs.writeFileSync(file, chunkText);
    const m = new ChunkLoader(cache).load(file) as { big(x: number): number; strict: boolean; file: string };
    expect(m.strict).toBe(true);
    expect(m.file).toBe(file);
    expect(typeof m.big(1)).toBe('number');
  });

  it("gives a chunk a working `require` of its own file's, made only when the chunk uses it", () => {
    const { cache, chunks } = setup();
    fs.writeFileSync(path.join(chunks, 'sibling.js'), 'exports.name = "sibling";\n');
    const file = path.join(chunks, '8.index.js');
    fs.writeFileSync(
      file,
      '"use strict";\nexports.load = () => [require("./sibling.js").name, require.resolve("./sibling.js"), typeof require.cache];\n',
    );
    vi.mocked(createRequire).mockClear();
    const m = new ChunkLoader(cache).load(file) as { load(): [string, string, string] };
    expect(createRequire).not.toHaveBeenCalled();
    expect(m.load()).toEqual(['sibling', path.join(chunks, 'sibling.js'), 'object']);
    expect(createRequire).toHaveBeenCalledTimes(1);
    expect(createRequire).toHaveBeenCalledWith(file);
  });

  it('saves what it compiled, and the next run takes it: with the functions the run compiled after loading', () => {
    const { cache, chunks } = setup();
    const file = path.join(chunks, '7.index.js');
    fs.writeFileSync(file, chunkText);

    expect(run(cache, file, ['load', 'call'])).toEqual({ fromCache: 0, compiled: 1, written: 1 });
    const [entry] = fs.readdirSync(cache);
    expect(entry).toMatch(/^7\.index\.js\.[0-9a-f]{64}\.cache$/);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(cache, entry)).mode & 0o777).toBe(0o600);
    expect(run(cache, file, ['load', 'call'])).toEqual({ fromCache: 1, compiled: 0, written: 0 });

    // what Node's module compile cache would hold: the same chunk's cache when `big` never ran
    const unused = path.join(chunks, '17.index.js');
    fs.writeFileSync(unused, chunkText);
    expect(run(cache, unused, ['load'])).toEqual({ fromCache: 0, compiled: 1, written: 1 });
    const size = (chunk: string) =>
      fs.statSync(
        path.join(
          cache,
          fs.readdirSync(cache).find((f) => f.startsWith(`${chunk}.`))!,
        ),
      ).size;
    expect(size('7.index.js')).toBeGreaterThan(size('17.index.js') + 1000);
  });

  it('never takes an entry made for other content, even of the same length', () => {
    const { cache, chunks } = setup();
    const file = path.join(chunks, '8.index.js');
    fs.writeFileSync(file, '"use strict"; exports.value = "aaaa";');
    const first = new ChunkLoader(cache);
    expect((first.load(file) as { value: string }).value).toBe('aaaa');
    first.save();
    fs.writeFileSync(file, '"use strict"; exports.value = "bbbb";');
    const second = new ChunkLoader(cache);
    expect((second.load(file) as { value: string }).value).toBe('bbbb');
    expect(second.stats.fromCache).toBe(0);
  });

  it("names an entry by the build's digest of the chunk, its size and mtime: a file changed after the build is compiled again", () => {
    const { cache, chunks } = setup();
    const file = path.join(chunks, '8.index.js');
    const text = '"use strict"; exports.value = "aaaa";';
    fs.writeFileSync(file, text);
    fs.utimesSync(file, 1_700_000_000, 1_700_000_000);
    const digest = createHash('sha256').update(text).digest('hex');
    const first = new ChunkLoader(cache);
    expect((first.load(file, digest) as { value: string }).value).toBe('aaaa');
    first.save();
    const { mtimeNs } = fs.statSync(file, { bigint: true });
    expect(mtimeNs).toBe(1_700_000_000_000_000_000n);
    expect(fs.readdirSync(cache)).toEqual([`8.index.js.${digest}.${text.length}.${mtimeNs}.cache`]);
    const again = new ChunkLoader(cache);
    again.load(file, digest);
    expect(again.stats).toEqual({ fromCache: 1, compiled: 0, written: 0 });

    // the same length, the build's digest as before (dist/ edited by hand): a new mtime, a new entry
    fs.writeFileSync(file, '"use strict"; exports.value = "bbbb";');
    fs.utimesSync(file, 1_700_000_001, 1_700_000_001);
    const edited = new ChunkLoader(cache);
    expect((edited.load(file, digest) as { value: string }).value).toBe('bbbb');
    expect(edited.stats.fromCache).toBe(0);
    // anything but a SHA-256 in hex is no digest: the text read is hashed
    const other = new ChunkLoader(cache);
    other.load(file, '../../x');
    other.save();
    const bbbb = createHash('sha256').update('"use strict"; exports.value = "bbbb";').digest('hex');
    expect(fs.readdirSync(cache)).toContain(`8.index.js.${bbbb}.cache`);
  });

  it('compiles and saves under V8 defaults: a flag changed between load and exit does not spoil the entry', () => {
    const { cache, chunks } = setup();
    const file = path.join(chunks, '9.index.js');
    fs.writeFileSync(file, chunkText);
    // a run: its flags at start-up, a chunk loaded, then the young generation let grow before the exit
    // (young-generation.ts; Maglev, which optimizing-compiler.ts gives back too, is no part of the check on Node 20)
    expect(run(cache, file, ['small', 'load', 'call', 'grow'])).toEqual({ fromCache: 0, compiled: 1, written: 1 });
    // the next run, the same flags at start-up
    expect(run(cache, file, ['small', 'load'])).toEqual({ fromCache: 1, compiled: 0, written: 0 });
  });
});
