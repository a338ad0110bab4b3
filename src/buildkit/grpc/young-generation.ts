/**
 * The size of V8's young generation over a run: kept at its initial size while the run moves few messages, V8's
 * default growth once it moves many.
 *
 * V8 doubles the young generation (two semi-spaces, 1 MB each at start) whenever enough of it survives collections,
 * up to 16 MB per semi-space on a 64-bit Node, and never gives it back before the process ends. Loading the bundle
 * is exactly that pattern (module code, closures and descriptors all survive, so growing buys nothing), and so are
 * the collections paced by the session's bytes (gc-pacer.ts), each of which finds the transfer's few live objects.
 * On the bench's fan-out (12 local exports) the young generation ends at 16.8 MB, most of it empty; kept at its
 * initial size the run peaked at 94-96 MB RSS instead of 104-105 on Node 24 (79 instead of 86 on Node 20), with the
 * same CPU. A transfer of many small messages is the opposite case: a context of 20,000 files keeps thousands of
 * small objects in flight, and a small young generation promotes them to the old one, whose collections then cost
 * ~10 % more client CPU. So the session server counts small messages (gc-pacer.ts), and once a run has
 * moved MANY_SMALL_MESSAGES it lets the young generation grow as V8 would. See docs/benchmarks.md, "Sixth round".
 *
 * `--max-semi-space-size` cannot do this: V8 reads it once, when the heap is set up, before any of our code runs, and
 * the runner starts the action with no flags. The growth factor is read on every growth, so setting it at run time
 * takes effect from then on (a unit test checks that on the Node running the tests).
 *
 * V8 flags are part of a code cache's key, and this one changes during a run: Node's built-in modules and the bundle's
 * chunk files are therefore compiled with V8's defaults (v8-flags.ts, solve/run/compile-cache.ts), so that their code
 * caches stay valid whatever the run has set.
 */
import { setFlagsFromString } from 'node:v8';
import { setV8Flag } from './v8-flags.js';

/** The V8 flag that stops the young generation from growing, and the one that restores V8's default. */
export const NO_YOUNG_GENERATION_GROWTH = '--semi-space-growth-factor=1';
export const DEFAULT_YOUNG_GENERATION_GROWTH = '--semi-space-growth-factor=2';

/** A message under this size is small: a STAT, a REQ, a small file's DATA, a status update. */
export const SMALL_MESSAGE_BYTES = 16 * 1024;

/**
 * Small messages (either direction, all sessions) after which the young generation may grow, and Maglev comes back
 * (optimizing-compiler.ts): the run is a long listing, which is JS-heavy. The bench's fan-out (twelve exports and
 * their contexts) moves ~1,300 messages in all, its 1 GiB context in four files ~4,100 mostly large ones; a
 * 20,000-file context passes 2,000 early in its listing.
 */
export const MANY_SMALL_MESSAGES = 2_000;

let kept = false;

/** Stops the young generation's growth until letYoungGenerationGrow; `BAKEKIT_V8_YOUNG_GROWTH=1` leaves V8's default. */
export function keepYoungGenerationSmall(
  env: NodeJS.ProcessEnv = process.env,
  setFlags: (flags: string) => void = setFlagsFromString,
): boolean {
  kept = false;
  if (env.BAKEKIT_V8_YOUNG_GROWTH === '1') return false;
  try {
    setV8Flag(NO_YOUNG_GENERATION_GROWTH, DEFAULT_YOUNG_GENERATION_GROWTH, setFlags);
    kept = true;
  } catch {
    /* a runtime without the flag: V8's default growth, nothing worse */
  }
  return kept;
}

/** V8's default growth from now on (nothing when keepYoungGenerationSmall did not set the flag). */
export function letYoungGenerationGrow(setFlags: (flags: string) => void = setFlagsFromString): void {
  if (!kept) return;
  kept = false;
  try {
    setV8Flag(DEFAULT_YOUNG_GENERATION_GROWTH, DEFAULT_YOUNG_GENERATION_GROWTH, setFlags);
  } catch {
    /* it was settable a moment ago */
  }
}
