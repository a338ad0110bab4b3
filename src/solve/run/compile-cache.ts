/**
 * V8's code cache for bakekit's own bundle: the chunk files a run loads are compiled from a cache made at the end of
 * an earlier run, which holds every function that run compiled, not only the modules' top level.
 *
 * Why not Node's module compile cache (`module.enableCompileCache`, used until round 26): Node makes each entry right
 * after compiling a module, when V8 has compiled only its top level and the functions it compiles eagerly (the
 * module factories). Every other function a run calls (a bake resolution's, a Solve's, the session server's, the
 * receiver's) was compiled again from source in every run. A cache made after the run has them all: on the bench's
 * cached fan-out that is ~55 ms less client CPU and ~40-60 ms less wall time per run on Node 24, ~70 ms on Node 20,
 * which has no module compile cache at all (docs/benchmarks.md, "Twenty-sixth round"). V8 can make such a cache only
 * for a classic script (`vm.Script#createCachedData`), not for an ES module, so the bundle is CommonJS
 * (scripts/ncc.mjs `asCommonJs`) and its chunk files are loaded here instead of by `import()`: the entry's chunk
 * loader finds `loadChunk` under CHUNK_LOADER_HOOK, a global symbol, and falls back to `require` without it.
 *
 * Each chunk is compiled with V8's default flags and its cache made with them too (buildkit/grpc/v8-flags.ts): V8
 * takes a cache only if it was made under the flags in effect, and a run changes its flags as it goes (Maglev and the
 * young generation's growth come back once a run moves many messages), so a chunk could otherwise be compiled under
 * one set and cached under another, and be rejected and written again in every run.
 *
 * What it is: one file per chunk and content, in a directory per Node version, architecture and command-line options
 * (V8 checks its own version and flags, and the source's length, not its content: the name does that). A chunk of the
 * bundle is named by the SHA-256 of its text that the build wrote into the entry (scripts/ncc.mjs `withChunkDigests`)
 * and by the file's size and mtime (nanoseconds), so that a file changed after the build is not given an entry made for
 * its old text unless the change kept both: `<chunk>.<digest>.<size>.<mtime>.cache`. Any other file is named by the
 * SHA-256 of the text read: `<chunk>.<sha256>.cache`. The digests come from the build so that a run neither loads
 * node:crypto (11-14 ms on this host) before its first chunk nor hashes 1.7 MB of chunks: find's listing of a large
 * working directory, which a run starts after its first chunks, began that much later (docs/benchmarks.md,
 * "Thirty-eighth round"). Written when a run compiled a chunk without a usable entry, at the run's exit (a temporary
 * file renamed into place, so a concurrent run never reads half of one). Where: `$RUNNER_TEMP` in GitHub Actions
 * (removed with the job, but shared by the job's steps), else `$XDG_CACHE_HOME`, else the OS temp directory; in a
 * `bakekit-compile-cache-<uid>` directory that must belong to the user and be writable only by them (code cache is
 * trusted code: no one else may be able to plant it). Off: `NODE_DISABLE_COMPILE_CACHE=1` (Node's own switch for its
 * compile cache). An unwritable or foreign directory, any error: chunks are compiled from source, as without it.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { Script } from 'node:vm';
import { withDefaultV8Flags } from '../../buildkit/grpc/v8-flags.js';

/** The global symbol's key under which the bundle's chunk loader finds loadChunk (scripts/ncc.mjs, the same string). */
export const CHUNK_LOADER_HOOK = 'bakekit.loadChunk';

/**
 * How a chunk file's text becomes a function, as Node wraps a CommonJS module (the same parameters, and the text on
 * the wrapper's first line, so that line numbers in stack traces are the file's).
 */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_TAIL = '\n})';

/** What a cache did in this run (tests and diagnostics). */
export interface CodeCacheStats {
  /** Chunks compiled from their cache entry. */
  fromCache: number;
  /** Chunks compiled from source: no entry, or V8 rejected it. */
  compiled: number;
  /** Entries written at exit. */
  written: number;
}

/** The directory entries go in, created private to the user; undefined when there is none usable. */
export function codeCacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    const base = env.RUNNER_TEMP || env.XDG_CACHE_HOME || os.tmpdir();
    const dir = privateDirectory(path.join(base, `bakekit-compile-cache${uid === undefined ? '' : `-${uid}`}`), uid);
    if (dir === undefined) return undefined;
    // one directory per runtime and its options: entries of another Node, or made under other V8 flags, are rejected
    // by V8 anyway, and two runtimes sharing one directory would each write the other's entries again in every run
    const options = fnv1a32(`${process.execArgv.join(' ')}\0${env.NODE_OPTIONS ?? ''}`);
    return privateDirectory(path.join(dir, `${process.version}-${process.arch}-${options}`), uid);
  } catch {
    return undefined;
  }
}

/**
 * FNV-1a (32 bits, hex) of `text`'s UTF-16 code units: a name for a set of options, where a collision costs only
 * entries V8 rejects, so no node:crypto for it.
 */
function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** `dir`, created if missing; undefined unless it is a directory of `uid` that no one else can write to. */
function privateDirectory(dir: string, uid: number | undefined): string | undefined {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = fs.lstatSync(dir);
  if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0) return undefined;
  return dir;
}

/** Loads chunk files through the code cache in `dir`; `save` writes what this run compiled from source. */
export class ChunkLoader {
  readonly stats: CodeCacheStats = { fromCache: 0, compiled: 0, written: 0 };
  private readonly unsaved: { script: Script; file: string }[] = [];

  constructor(private readonly dir: string) {}

  /**
   * The `exports` of the chunk file `file` (an absolute path), run as a CommonJS module. `digest`: the SHA-256 (hex)
   * of the file's text as the build wrote it, if known.
   */
  load(file: string, digest?: string): unknown {
    let name: string;
    let text: Buffer;
    if (digest !== undefined && /^[0-9a-f]{64}$/.test(digest)) {
      // the stat and the read of one open file: a file renamed into place between them cannot lend its name
      const fd = fs.openSync(file, 'r');
      try {
        const st = fs.fstatSync(fd, { bigint: true });
        text = fs.readFileSync(fd);
        name = `${digest}.${st.size}.${st.mtimeNs}`;
      } finally {
        fs.closeSync(fd);
      }
    } else {
      text = fs.readFileSync(file);
      name = createHash('sha256').update(text).digest('hex');
    }
    const entry = path.join(this.dir, `${path.basename(file)}.${name}.cache`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = fs.readFileSync(entry);
    } catch {
      /* none yet */
    }
    const source = WRAPPER_HEAD + text.toString('utf8') + WRAPPER_TAIL;
    const script = withDefaultV8Flags(() => new Script(source, { filename: file, cachedData }));
    if (cachedData !== undefined && !script.cachedDataRejected) this.stats.fromCache++;
    else {
      this.stats.compiled++;
      this.unsaved.push({ script, file: entry });
    }
    const module = { exports: {} as unknown };
    const wrapper = script.runInThisContext() as (
      exports: unknown,
      require: NodeJS.Require,
      module: { exports: unknown },
      filename: string,
      dirname: string,
    ) => void;
    wrapper.call(module.exports, module.exports, requireOnFirstUse(file), module, file, path.dirname(file));
    return module.exports;
  }

  /**
   * Writes an entry for every chunk this run compiled from source, with all the functions the run has compiled in it
   * by now; nothing if they all came from the cache. Errors are ignored: the next run compiles from source again.
   */
  save(): void {
    const unsaved = this.unsaved.splice(0);
    if (unsaved.length === 0) return;
    withDefaultV8Flags(() => {
      for (const { script, file } of unsaved) {
        // 'wx' below: a name taken already fails this entry, nothing else (no node:crypto at exit for a name)
        const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 10)}`;
        try {
          fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600, flag: 'wx' });
          fs.renameSync(temporary, file);
          this.stats.written++;
        } catch {
          fs.rmSync(temporary, { force: true });
        }
      }
    });
  }
}

/**
 * The `require` a chunk file is given, made when first used: the bundle's chunks require nothing themselves (their
 * built-ins come through the entry's loader, scripts/ncc.mjs), and node:module with a `createRequire` per chunk cost
 * a run 2-5 ms before its first build (docs/benchmarks.md, "Thirty-sixth round").
 */
function requireOnFirstUse(file: string): NodeJS.Require {
  let real: NodeJS.Require | undefined;
  const get = () => (real ??= createRequire(file));
  const require = ((id: string): unknown => get()(id) as unknown) as NodeJS.Require;
  for (const key of ['resolve', 'cache', 'main', 'extensions'] as const) {
    Object.defineProperty(require, key, { get: () => get()[key], enumerable: true });
  }
  return require;
}

/**
 * Loads the bundle's chunk files through a code cache from now on (the bundle's loader finds it under
 * CHUNK_LOADER_HOOK) and saves what the run compiled when the process exits. Returns the loader, undefined when there
 * is no cache (`NODE_DISABLE_COMPILE_CACHE`, no usable directory): chunks are then `require`d.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): ChunkLoader | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const dir = codeCacheDirectory(env);
  if (dir === undefined) return undefined;
  const loader = new ChunkLoader(dir);
  (globalThis as Record<symbol, unknown>)[Symbol.for(CHUNK_LOADER_HOOK)] = (file: string, digest?: string) =>
    loader.load(file, digest);
  process.once('exit', () => loader.save());
  return loader;
}
