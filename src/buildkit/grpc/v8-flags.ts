/**
 * The V8 flags this process changes at run time (young-generation.ts, optimizing-compiler.ts), and Node's built-in
 * modules loaded under V8's defaults all the same.
 *
 * V8 takes a code cache only if it was made under the flags in effect: the cache's check includes a hash of every
 * flag's value. Node's built-in modules (node:http2, node:crypto, node:child_process and the internal modules behind
 * them) come with a code cache in the node binary, made under V8's defaults. So once any flag of ours was set, every
 * built-in the run loaded afterwards was compiled from its source (75 of them in a run against an unchanged context):
 * node:http2 and node:child_process took 45 instead of 27 ms to load on Node 24 (36 instead of 17 on Node 20), and
 * that run spent 53 instead of 31 ms of its main thread compiling built-ins (docs/benchmarks.md, "Twenty-fifth round").
 *
 * withDefaultV8Flags puts V8's defaults back for the length of one such load and ours after it. The bundle loads every
 * built-in through it: scripts/ncc.mjs routes each of the bundle's loads of a built-in through a loader that finds
 * withDefaultV8Flags under DEFAULT_V8_FLAGS_HOOK (a global symbol, as the loader is generated code outside any module
 * of ours). A load runs Node's code, none of ours, and only for a few milliseconds; the one policy that can lapse in
 * them is the young generation's (young-generation.ts): a collection during a load may grow it once, which on the
 * bench's fan-out costs 2 MB of peak RSS (80.4 -> 82.3 MB). Our own bundle's chunks are compiled, and their code cache
 * made at the run's exit, with V8's defaults too (solve/run/compile-cache.ts): the next run takes those entries
 * whatever flags this one changed in between.
 */
import { setFlagsFromString } from 'node:v8';

export type SetFlags = (flags: string) => void;

/** The global symbol's key under which the bundle's loader of built-ins finds withDefaultV8Flags (scripts/ncc.mjs). */
export const DEFAULT_V8_FLAGS_HOOK = 'bakekit.withDefaultV8Flags';

interface ChangedFlag {
  setting: string;
  defaultSetting: string;
  setFlags: SetFlags;
}

/** The flags that differ from V8's default now, by name. */
const changed = new Map<string, ChangedFlag>();

/**
 * Sets a V8 flag, `setting` (`--no-maglev`), whose default is `defaultSetting` (`--maglev`); setting the default
 * forgets the change. Throws what `setFlags` throws (a runtime without the flag), and nothing is recorded then.
 */
export function setV8Flag(setting: string, defaultSetting: string, setFlags: SetFlags = setFlagsFromString): void {
  setFlags(setting);
  const name = flagName(defaultSetting);
  if (setting === defaultSetting) changed.delete(name);
  else changed.set(name, { setting, defaultSetting, setFlags });
}

/** What `load` returns, run with V8's defaults for every flag setV8Flag changed, and those changes made again after. */
export function withDefaultV8Flags<T>(load: () => T): T {
  if (changed.size === 0) return load();
  const flags = [...changed.values()];
  for (const f of flags) trySet(f.setFlags, f.defaultSetting);
  try {
    return load();
  } finally {
    for (const f of flags) trySet(f.setFlags, f.setting);
  }
}

/** The settings setV8Flag has changed from V8's defaults (for tests and diagnostics). */
export function changedV8Flags(): string[] {
  return [...changed.values()].map((f) => f.setting);
}

(globalThis as Record<symbol, unknown>)[Symbol.for(DEFAULT_V8_FLAGS_HOOK)] = withDefaultV8Flags;

/** `--no-maglev`, `--maglev` -> `maglev`; `--semi-space-growth-factor=2` -> `semi-space-growth-factor`. */
function flagName(setting: string): string {
  return setting.replace(/^--(no-)?/, '').replace(/=.*$/, '');
}

function trySet(setFlags: SetFlags, setting: string): void {
  try {
    setFlags(setting);
  } catch {
    /* it was settable when setV8Flag set it; a load with the flag as it is only costs the cache */
  }
}
