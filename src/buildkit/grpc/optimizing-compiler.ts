/**
 * V8's optimizing compiler (TurboFan) held back while a run is short and its sessions move little data.
 *
 * Most bake runs the client takes part in are short: start-up, a listing of small STATs, a few small exports, the
 * status stream. V8 tiers hot functions up to TurboFan on its worker threads, and in a run of ~1 s that work is not
 * paid back. Measured on the bench's one-file-changed case (Node 24, 2 vCPUs; docs/benchmarks.md, "Eleventh round"):
 * during the 0.5 s listing V8's worker threads used ~0.2 s of CPU, nearly all of it TurboFan (50 functions, ~180 ms
 * of compilation), while the listing and the daemon's comparison kept both cores busy (the main thread waited
 * 0.15-0.2 s for one). Without TurboFan that run took 46 ms less wall time, 0.07 s less client CPU and 5 MB less
 * memory (medians of 7 pairs), the cached fan-out 25 ms, 0.05 s and 4 MB less. Sparkplug and Maglev still compile the
 * hot code, quickly.
 *
 * Bulk data is the other case: a cold 1 GiB context took more client CPU without TurboFan (medians of 5 pairs: 3.43
 * against 2.84 s). So TurboFan comes back once the sessions have moved BULK_BYTES (gc-pacer.ts counts them), or after
 * TURBOFAN_AFTER_MS, whichever comes first. V8 reads the flag at every tier-up decision, so setting it at run time
 * takes effect from then on (a unit test checks both ways on the Node running the tests).
 *
 * Only where Maglev is there to take TurboFan's place: V8 12 and later (Node 22+; the action runs on node24), on x64
 * and arm64, the architectures V8 builds Maglev for. Without Maglev the hot code stays on Sparkplug: on Node 20 (V8
 * 11.3) the bench's cold context then lost throughput (0.80-0.87× buildx's) and, on the Engine, its client CPU rose
 * from 2.52 to 3.15 s (round 11). There V8 is left as it is.
 *
 * Like keepYoungGenerationSmall (young-generation.ts) this runs before the compile cache is enabled, at the same
 * point in every run. `BAKEKIT_V8_TURBOFAN=1` leaves V8's default, and so does a tiering flag of the user's own in
 * NODE_OPTIONS or on node's command line.
 */
import { setFlagsFromString } from 'node:v8';

export const NO_TURBOFAN = '--no-turbofan';
export const TURBOFAN = '--turbofan';

/** Session bytes after which TurboFan comes back: more than the bench's fan-out moves in all (~23 MB). */
export const BULK_BYTES = 64 * 1024 * 1024;

/** A run this long gets TurboFan back whatever it moves. */
export const TURBOFAN_AFTER_MS = 5_000;

/** The first V8 major version that tiers through Maglev by default, and the architectures it does so on. */
export const FIRST_V8_WITH_MAGLEV = 12;
const MAGLEV_ARCHITECTURES: readonly string[] = ['x64', 'arm64'];

/** V8 flags that say how the user wants code compiled: theirs win. */
const USER_TIERING_FLAG = /(^|\s)--(no-)?(turbofan|opt|jitless|max-opt|maglev)(=|\s|$)/;

let deferred: { setFlags: (flags: string) => void; timer: NodeJS.Timeout } | undefined;

/** Holds TurboFan back until restoreOptimizingCompiler or `afterMs`; returns whether it did. */
export function deferOptimizingCompiler({
  env = process.env,
  execArgv = process.execArgv,
  afterMs = TURBOFAN_AFTER_MS,
  v8Version = process.versions.v8,
  arch = process.arch,
  setFlags = setFlagsFromString,
}: {
  env?: NodeJS.ProcessEnv;
  execArgv?: readonly string[];
  afterMs?: number;
  /** `process.versions.v8` */
  v8Version?: string;
  /** `process.arch` */
  arch?: string;
  setFlags?: (flags: string) => void;
} = {}): boolean {
  restoreOptimizingCompiler();
  if (env.BAKEKIT_V8_TURBOFAN === '1') return false;
  if (!(Number.parseInt(v8Version, 10) >= FIRST_V8_WITH_MAGLEV) || !MAGLEV_ARCHITECTURES.includes(arch)) return false;
  if (USER_TIERING_FLAG.test(`${env.NODE_OPTIONS ?? ''} ${execArgv.join(' ')}`)) return false;
  try {
    setFlags(NO_TURBOFAN);
  } catch {
    return false; // a runtime without the flag: V8's default
  }
  const timer = setTimeout(restoreOptimizingCompiler, afterMs);
  timer.unref(); // never what keeps the process alive
  deferred = { setFlags, timer };
  return true;
}

/** TurboFan from now on (nothing when deferOptimizingCompiler did not hold it back, or it is back already). */
export function restoreOptimizingCompiler(): void {
  if (!deferred) return;
  const { setFlags, timer } = deferred;
  deferred = undefined;
  clearTimeout(timer);
  try {
    setFlags(TURBOFAN);
  } catch {
    /* it was settable a moment ago */
  }
}
