/**
 * V8's code cache for bakekit's own bundle, through Node's module compile cache (`module.enableCompileCache`,
 * Node ≥ 22.1; the action runs on node24). Compiling the bundled JavaScript is the largest part of start-up
 * (docs/benchmarks.md, "Start-up"); with the cache, a run after the first loads compiled code instead: what V8
 * compiled with each module, its top level (a function first called later is compiled in every run; on the warm
 * context the cache is worth ~15 ms, round 23).
 *
 * What it is: a directory of V8 code-cache files that Node writes when the process exits. Node keys it by its own
 * version (one subdirectory per Node version and V8 flags) and checks every entry against a hash of the module's
 * source, so a different bundle or Node version never uses a stale entry. Where: `$RUNNER_TEMP` in GitHub Actions
 * (removed with the job, but shared by the job's steps), else `$XDG_CACHE_HOME`, else the OS temp directory; in a
 * `bakekit-compile-cache-<uid>` directory that must belong to the user and be writable only by them (code cache is
 * trusted code: no one else may be able to plant it). Off: `NODE_DISABLE_COMPILE_CACHE=1` (Node's own switch).
 * Older Node versions, an unwritable or foreign directory, any error: no cache, the run goes on as before.
 */
import * as fs from 'node:fs';
import nodeModule from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

export type EnableCompileCache = (dir?: string) => { status: number; message?: string; directory?: string };

/**
 * Turns the cache on for everything this process compiles from now on; returns the directory, if it did.
 * `enable`: Node's `module.enableCompileCache` (a parameter for tests).
 */
export function enableCompileCache(
  env: NodeJS.ProcessEnv = process.env,
  enable: EnableCompileCache | undefined = (nodeModule as unknown as { enableCompileCache?: EnableCompileCache })
    .enableCompileCache,
): string | undefined {
  if (typeof enable !== 'function') return undefined;
  try {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    const base = env.RUNNER_TEMP || env.XDG_CACHE_HOME || os.tmpdir();
    const dir = path.join(base, `bakekit-compile-cache${uid === undefined ? '' : `-${uid}`}`);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(dir);
    if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0) return undefined;
    const result = enable(dir);
    return result.directory;
  } catch {
    return undefined;
  }
}
