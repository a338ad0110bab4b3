/**
 * Cache mounts persisted outside the daemon (`RUN --mount=type=cache`): the types shared by the pieces that find the
 * mounts a target declares (discover.ts), move their contents in and out of the daemon (transfer.ts) and keep the
 * archives between runs (a store: a local directory for the CLI's `--cache-mounts-dir`, the GitHub Actions cache for
 * the action). BuildKit's cache exporters never export cache mounts, so a fresh runner starts them empty; bakekit
 * restores each mount before the build and saves it after.
 */

/** `auto`: every cache mount the targets declare; `off`: none; a list: only these mount ids (as written in the
 * Dockerfile's `id=`, or the target path when there is no `id`). */
export type CacheMountsMode = 'auto' | 'off' | string[];

/** One `RUN --mount=type=cache` as the Dockerfile frontend turns it into an LLB cache mount. */
export interface CacheMountSpec {
  /** the id as the user wrote it (`id=`), else the cleaned target path: what `cache-mounts: <list>` names */
  id: string;
  /** the id on the wire: BUILDKIT_CACHE_MOUNT_NS + "/" + id (dockerfile2llb convert_runmount.go) */
  cacheId: string;
  /** the mount's target path in the RUN step (informational) */
  target: string;
  sharing: 'shared' | 'private' | 'locked';
  /** set when the Dockerfile gives them: the frontend then bases the mount on a `mkdir /cache` FileOp with this
   * owner and mode, and that base is part of the mount's identity on the daemon */
  uid?: number;
  gid?: number;
  mode?: number;
}

/** Where archives of cache mounts are kept between runs. Keys are plain strings; restore keys match by prefix, the
 * newest entry first, as @actions/cache's restoreCache does. */
export interface CacheMountStore {
  /** words for the log and the summary: `the GitHub Actions cache`, `/path/to/dir` */
  readonly description: string;
  /** Restores the entry saved under `key`, else the newest whose key starts with one of `restoreKeys` (in order), into
   * the file `file`. Returns the key restored, or undefined on a miss. */
  restore(file: string, key: string, restoreKeys: string[]): Promise<string | undefined>;
  /** Saves `file` under `key` (an existing key is left as it is). */
  save(file: string, key: string): Promise<void>;
}

export interface CacheMountsOptions {
  mode: CacheMountsMode;
  store: CacheMountStore;
  /** a value the user steers (action input `cache-mounts-key`, e.g. a hash of lock files), part of every key */
  keyHash?: string;
  /** the helper image the save and restore steps run in (default: DEFAULT_HELPER_IMAGE in transfer.ts) */
  image?: string;
  /** archives larger than this many bytes are not saved (a warning says so) */
  maxSize?: number;
}

/** What happened to one cache mount in a run: one row of the job summary. */
export interface CacheMountReport {
  id: string;
  /** the targets declaring it (sorted); a mount shared by several targets is restored and saved once */
  targets: string[];
  platform: string;
  /** the key the contents were restored from; undefined: missed */
  restoredKey?: string;
  /** restored, but the builder's mount was not empty and was left as it was (its contents are at least as new) */
  kept?: boolean;
  saved: 'saved' | 'unchanged' | 'skipped' | 'failed';
  /** the saved key (saved), or why not (skipped, failed) */
  savedKey?: string;
  /** archive bytes (restored or saved) */
  size?: number;
  /** milliseconds spent restoring and saving, together */
  durationMs: number;
  warnings: string[];
}
