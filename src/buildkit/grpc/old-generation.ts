/**
 * V8's old generation marked in one pause when it reaches its limit, not incrementally from a little before, until a
 * run moves bulk data.
 *
 * V8 starts marking the old generation incrementally (steps on the main thread, the rest on helper threads) once it
 * comes within a slack of its allocation limit, so that the marking is done by the time the limit is reached; a
 * young-generation collection that comes while that marking runs makes V8 finish it at once. A run of bakekit loads
 * its bundle into the old generation (the code cache's functions, the modules' objects): on the bench's cached fan-out
 * ~13 MB against a first limit of 16 MB, so marking started in most runs of a few hundred milliseconds, and the
 * session's next paced collection (gc-pacer.ts) finished it as a Mark-Compact of ~16 ms on the main thread that freed
 * 2 MB (`--trace-gc`: "testing; Incremental marking forced finalization"). A listing of 20,000 files grows the old
 * generation further and went through that more than once. With incremental marking off, V8 marks the old generation
 * when it reaches its limit, in one pause (parallel on the helper threads): a run that stays under the limit never
 * marks it. Alternating pairs on Node 24 and buildkitd (docs/benchmarks.md, "Thirty-fifth round"): one file changed in
 * the 20,000-file context 26-54 ms faster in three sittings (32 of 38 pairs), with 35 ms less client CPU; the cached
 * fan-out lost its Mark-Compact but not measurably its wall time; an unchanged context, the Engine's runs and Node 20's
 * the same within their noise.
 *
 * A transfer of bulk data is another case: its external memory's collections would be whole pauses, and on a 1 GiB
 * context it was not clear that they cost nothing (+339 ms in 4 pairs with the flag held throughout). So V8's default
 * comes back once a run has moved BULK_BYTES (gc-pacer.ts, as TurboFan does: optimizing-compiler.ts); the 1 GiB
 * context is then the same as before (10 pairs, 6 faster).
 *
 * The flag is read whenever V8 considers starting to mark, so setting it at run time takes effect from then on (a unit
 * test checks that on the Node running the tests). Like the young generation's flag it is part of a code cache's key,
 * so it goes through setV8Flag (v8-flags.ts): Node's built-ins and the bundle's chunks are compiled with V8's defaults.
 */
import { setFlagsFromString } from 'node:v8';
import { setV8Flag } from './v8-flags.js';

export const NO_INCREMENTAL_MARKING = '--no-incremental-marking';
export const INCREMENTAL_MARKING = '--incremental-marking';

/** V8 flags that say how the user wants the heap marked: theirs win. */
const USER_MARKING_FLAG = /(^|\s)--(no-)?incremental[-_]marking(=|\s|$)/;

/** Set while the flag is held: how to give it back. */
let held: { setFlags: (flags: string) => void } | undefined;

/**
 * Turns incremental marking off until restoreIncrementalMarking; `BAKEKIT_V8_INCREMENTAL_MARKING=1`, or the user's own
 * `--(no-)incremental-marking` on the command line or in NODE_OPTIONS, leaves it as it is.
 */
export function holdIncrementalMarking({
  env = process.env,
  execArgv = process.execArgv,
  setFlags = setFlagsFromString,
}: {
  env?: NodeJS.ProcessEnv;
  execArgv?: readonly string[];
  setFlags?: (flags: string) => void;
} = {}): boolean {
  held = undefined;
  if (env.BAKEKIT_V8_INCREMENTAL_MARKING === '1') return false;
  if (USER_MARKING_FLAG.test(execArgv.join(' ')) || USER_MARKING_FLAG.test(env.NODE_OPTIONS ?? '')) return false;
  try {
    setV8Flag(NO_INCREMENTAL_MARKING, INCREMENTAL_MARKING, setFlags);
    held = { setFlags };
  } catch {
    /* a runtime without the flag: V8's default, nothing worse */
  }
  return held !== undefined;
}

/** V8's default from now on, set as holdIncrementalMarking set the flag (nothing when it did not). */
export function restoreIncrementalMarking(): void {
  if (!held) return;
  const { setFlags } = held;
  held = undefined;
  try {
    setV8Flag(INCREMENTAL_MARKING, INCREMENTAL_MARKING, setFlags);
  } catch {
    /* it was settable a moment ago */
  }
}
