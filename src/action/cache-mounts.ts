/**
 * The action's cache mounts: from the `cache-mounts*` inputs to the run's `CacheMountsOptions` (the GitHub Actions
 * cache as the store), and the run's reports to the job log. Apart from main.ts so that the decision (is there a
 * cache service? which mounts?) is unit-tested without a run, and loaded only when the inputs ask for cache mounts.
 */
import type { ActionInputs } from './inputs.js';
import type { CacheMountReport, CacheMountsOptions } from '../solve/cache-mounts/types.js';
import { GhaCacheStore, isGhaCacheAvailable } from '../solve/cache-mounts/gha-store.js';
import { bytesSize } from '../bake/units.js';

type Env = NodeJS.ProcessEnv | Record<string, string | undefined>;

export interface CacheMountsDecision {
  options?: CacheMountsOptions;
  /** why there are none although the inputs named mounts (a warning), or what was decided (an info line) */
  note?: { level: 'info' | 'warning'; message: string };
}

/**
 * `off`: none. Outside GitHub Actions, or without a cache service (no ACTIONS_RUNTIME_TOKEN, no cache URL): none,
 * silently for `auto`, with a warning for a list (the workflow asked for them). Else the mounts with the GitHub
 * Actions cache as the store; @actions/cache's own lines (hits, sizes, retries) go to `debug`.
 */
export function cacheMountsOptions(
  inputs: Pick<ActionInputs, 'cacheMounts' | 'cacheMountsKey' | 'cacheMountsImage' | 'cacheMountsMaxSize'>,
  env: Env,
  debug: (line: string) => void = () => {},
): CacheMountsDecision {
  const mode = inputs.cacheMounts;
  if (mode === 'off') return {};
  if (!isGhaCacheAvailable(env)) {
    if (mode === 'auto') return {};
    return {
      note: {
        level: 'warning',
        message: `cache-mounts: ${mode.join(', ')} not restored or saved: no GitHub Actions cache service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL are unset)`,
      },
    };
  }
  return {
    options: {
      mode,
      store: new GhaCacheStore({ env, onLog: debug }),
      keyHash: inputs.cacheMountsKey,
      image: inputs.cacheMountsImage,
      maxSize: inputs.cacheMountsMaxSize,
    },
  };
}

/** The saved cell: what became of the save, with the key or the reason. */
export function savedText(r: CacheMountReport): string {
  switch (r.saved) {
    case 'saved':
      return r.savedKey ? `saved as ${r.savedKey}` : 'saved';
    case 'unchanged':
      return 'unchanged';
    case 'skipped':
    case 'failed':
      return r.savedKey ? `${r.saved}: ${r.savedKey}` : r.saved;
  }
}

export function sizeText(r: CacheMountReport): string {
  return r.size === undefined ? '' : bytesSize(r.size);
}

/** One job log line per mount: `cache mount go-mod (app, linux/amd64): restored K; saved as K2 (12MiB, 3.1s)`. */
export function cacheMountLogLines(reports: readonly CacheMountReport[]): string[] {
  return reports.map((r) => {
    const size = sizeText(r);
    const detail = [size, `${(r.durationMs / 1000).toFixed(1)}s`].filter(Boolean).join(', ');
    const restored = r.restoredKey
      ? `restored ${r.restoredKey}${r.kept ? ' (the builder kept its own contents)' : ''}`
      : 'nothing restored (miss)';
    return `cache mount ${r.id} (${r.targets.join(', ')}, ${r.platform}): ${restored}; ${savedText(r)} (${detail})`;
  });
}
