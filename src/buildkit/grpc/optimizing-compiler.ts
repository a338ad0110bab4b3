/**
 * V8's optimizing compilers held back while a run is short and its sessions move little: TurboFan (the top tier)
 * until the run moves bulk data, Maglev (the middle tier) until it has a large directory or bulk data to send, or
 * moves bulk data or many small messages.
 *
 * Most bake runs the client takes part in are short: start-up, a listing of small STATs, a few small exports, the
 * status stream. V8 tiers hot functions up on its worker threads, and in a run of ~1 s that work is not paid back.
 * Measured on the bench's one-file-changed case (Node 24, 2 vCPUs; docs/benchmarks.md, "Eleventh round"): during the
 * 0.5 s listing V8's worker threads used ~0.2 s of CPU, nearly all of it TurboFan (50 functions, ~180 ms of
 * compilation), while the listing and the daemon's comparison kept both cores busy (the main thread waited 0.15-0.2 s
 * for one). Without TurboFan that run took 46 ms less wall time, 0.07 s less client CPU and 5 MB less memory (medians
 * of 7 pairs), the cached fan-out 25 ms, 0.05 s and 4 MB less. Maglev then compiled ~230 functions of the cached
 * fan-out in ~0.1 s of worker time; held back as well, the fan-out used 0.08 s less client CPU and 5 MB less memory
 * (10 pairs, "Twelfth round"), its code running on Sparkplug, which compiles in a single fast pass.
 *
 * Two kinds of run pay back what the compilers cost. A large directory to send or compare (the sender's STATs and files
 * of a 20,000-file context) is JS-heavy from its first STAT: Maglev comes back as soon as the identity walk finds a
 * tree of more than 1,000 entries (fsutil/identity.ts onLargeTree, ~0.15 s into the run), before that code runs hot.
 * Given back only once the sessions had moved many small messages, the cold 20,000-file context took 0.09-0.19 s more
 * client CPU (medians of 5 and 6 pairs): functions that run hot while Maglev is off reach it late or never
 * (--trace-opt: 202 functions instead of 333). The message count (MANY_SMALL_MESSAGES, which gc-pacer.ts keeps for
 * young-generation.ts) stays for a large export, and for a directory that was not walked. Bulk data is the other: a
 * cold 1 GiB context took more client CPU without TurboFan (medians of 5 pairs: 3.43 against 2.84 s), so both come back
 * once the sessions have moved BULK_BYTES, or after TURBOFAN_AFTER_MS whatever the run moves. Maglev comes back sooner,
 * as soon as the daemon asks a sender for BULK_BYTES of files (gc-pacer.ts `announced`): a few large files make no
 * large tree, and with Maglev back only once the bytes had moved that 1 GiB context (4 files) took 3.66 against 3.25 s
 * of client CPU (medians of 8 pairs, "Thirteenth round"). V8 reads the flags at every tier-up decision, so setting them
 * at run time takes effect from then on (unit tests check both ways on the Node running them).
 *
 * Where V8 has no Maglev (V8 11: Node 20; or an architecture V8 builds no Maglev for: it has one on x64 and arm64 from
 * V8 12), TurboFan is the only optimizing tier, and it takes Maglev's part: held back at the start, given back on the
 * signs that bring Maglev back (a large tree, bulk data announced, many small messages) as well as on TurboFan's own.
 * Held back until bulk data alone, the hot code of a large context stayed on Sparkplug: on Node 20 the bench's cold
 * context lost throughput (0.80-0.87× buildx's) and, on the Engine, its client CPU rose from 2.52 to 3.15 s (round
 * 11), so V8 11 was left as it was until round 42. Held back the way Maglev is, Node 20's cached fan-out took 115 ms
 * less client CPU and 39 ms less wall time (10 pairs), its no-cache fan-out 160 ms and 45 ms less (6 pairs): TurboFan
 * compiled its hot functions on V8's worker threads for a run too short to pay it back (docs/benchmarks.md,
 * "Forty-second round").
 *
 * The flags are part of a code cache's key: Node's built-in modules and the bundle's chunk files are compiled with
 * V8's defaults all the same (v8-flags.ts, solve/run/compile-cache.ts), so their caches stay valid.
 * `BAKEKIT_V8_TURBOFAN=1` leaves V8's compilers as they are, and so does a tiering flag of the user's own in
 * NODE_OPTIONS or on node's command line.
 */
import { setFlagsFromString } from 'node:v8';
import { setV8Flag } from './v8-flags.js';

export const NO_TURBOFAN = '--no-turbofan';
export const TURBOFAN = '--turbofan';
export const NO_MAGLEV = '--no-maglev';
export const MAGLEV = '--maglev';

/** Session bytes after which TurboFan comes back: more than the bench's fan-out moves in all (~23 MB). */
export const BULK_BYTES = 64 * 1024 * 1024;

/** A run this long gets TurboFan back whatever it moves. */
export const TURBOFAN_AFTER_MS = 5_000;

/** The first V8 major version that tiers through Maglev by default, and the architectures it does so on. */
export const FIRST_V8_WITH_MAGLEV = 12;
const MAGLEV_ARCHITECTURES: readonly string[] = ['x64', 'arm64'];

/** V8 flags that say how the user wants code compiled: theirs win. */
const USER_TIERING_FLAG = /(^|\s)--(no-)?(turbofan|opt|jitless|max-opt|maglev)(=|\s|$)/;

/**
 * What is held back: the flags' setter, the timer that gives everything back, and the tier that the signs of JS-heavy
 * work give back on their own (restoreMaglev): Maglev, or TurboFan where V8 has no Maglev; none once it is back, or
 * when Maglev's flag was refused (TurboFan then waits for bulk data or the timer, as before Maglev was).
 */
let deferred:
  | { setFlags: (flags: string) => void; timer: NodeJS.Timeout; firstTier: 'maglev' | 'turbofan' | undefined }
  | undefined;

/** Holds TurboFan and Maglev back until restoreOptimizingCompiler or `afterMs` (Maglev, or TurboFan where V8 has no
 * Maglev: or restoreMaglev); returns whether it did. */
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
  if (USER_TIERING_FLAG.test(`${env.NODE_OPTIONS ?? ''} ${execArgv.join(' ')}`)) return false;
  const major = Number.parseInt(v8Version, 10);
  if (!Number.isFinite(major)) return false;
  try {
    setV8Flag(NO_TURBOFAN, TURBOFAN, setFlags);
  } catch {
    return false; // a runtime without the flag: V8's default
  }
  let firstTier: 'maglev' | 'turbofan' | undefined = 'turbofan';
  if (major >= FIRST_V8_WITH_MAGLEV && MAGLEV_ARCHITECTURES.includes(arch)) {
    try {
      setV8Flag(NO_MAGLEV, MAGLEV, setFlags);
      firstTier = 'maglev';
    } catch {
      firstTier = undefined; // TurboFan alone is held back, until bulk data or the timer, as before Maglev was
    }
  }
  const timer = setTimeout(restoreOptimizingCompiler, afterMs);
  timer.unref(); // never what keeps the process alive
  deferred = { setFlags, timer, firstTier };
  return true;
}

/**
 * Maglev from now on, TurboFan staying held back; where V8 has no Maglev, TurboFan (nothing when neither is held back,
 * or the tier is back already).
 */
export function restoreMaglev(): void {
  if (deferred?.firstTier === 'turbofan') {
    restoreOptimizingCompiler();
    return;
  }
  if (deferred?.firstTier !== 'maglev') return;
  deferred.firstTier = undefined;
  try {
    setV8Flag(MAGLEV, MAGLEV, deferred.setFlags);
  } catch {
    /* it was settable a moment ago */
  }
}

/** Both compilers from now on (nothing when deferOptimizingCompiler held nothing back, or they are back already). */
export function restoreOptimizingCompiler(): void {
  if (!deferred) return;
  if (deferred.firstTier === 'maglev') restoreMaglev();
  const { setFlags, timer } = deferred;
  deferred = undefined;
  clearTimeout(timer);
  try {
    setV8Flag(TURBOFAN, TURBOFAN, setFlags);
  } catch {
    /* it was settable a moment ago */
  }
}
