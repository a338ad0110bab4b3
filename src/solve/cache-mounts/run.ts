/**
 * The cache mount side of a run: before the build, the mounts the targets declare are found (discover.ts), grouped
 * (a mount several targets declare is one directory on the daemon: restored and saved once) and restored from the
 * store; after it, the mounts of the targets that built are saved. Nothing here can fail the build: BuildKit's own
 * cache export has `ignore-error` for the same reason, a cache is an optimisation. Every failure is a warning, in the
 * log and in the mount's report.
 *
 * Keys: `bakekit-cache-mount-v1-<first target>-<id>-<platforms>-` is a mount's prefix; an archive is saved under
 * prefix + `<keyHash|none>-<16 hex of its sha256>` (a changed archive is a new entry: stores never replace one), and
 * restored from the newest entry with the same keyHash, else the newest of the prefix (the contents of a cache mount
 * are a starting point, any recent one helps).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bytesSize } from '../../bake/units.js';
import type { BuildkitConnection } from '../../buildkit/transport/connect.js';
import { REMOTE_CONTEXT } from '../target/context-kind.js';
import type { TargetSpec } from '../target/spec.js';
import type { EventSink } from '../run/events.js';
import type { TargetOutcome } from '../run/run.js';
import { contentDigest, fileDigest } from './archive.js';
import { discoverCacheMounts, selectMounts } from './discover.js';
import { restoreCacheMount, saveCacheMount } from './transfer.js';
import type { CacheMountReport, CacheMountSpec, CacheMountsOptions } from './types.js';

export const KEY_VERSION = 'bakekit-cache-mount-v1';

/** One cache directory on the daemon and the targets that declare it. */
export interface MountGroup {
  spec: CacheMountSpec;
  /** sorted */
  targets: string[];
  /** the platforms of the targets, joined, or `default` */
  platform: string;
  /** `bakekit-cache-mount-v1-<first target>-<id>-<platform>-` */
  prefix: string;
}

/** A key part made of anything: only letters, digits and `._-` (keys are file names for DirStore, and the GitHub
 * Actions cache refuses commas). */
export function keyPart(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'none';
}

/** The identity of a cache directory: the id and, when the mount has an owner or mode, its base (llb.ts). */
function directoryKey(m: CacheMountSpec): string {
  return JSON.stringify([m.cacheId, m.uid ?? null, m.gid ?? null, m.mode ?? null]);
}

/** The mounts of `declared` (per target, in target order) grouped by cache directory, each with its key prefix. */
export function groupMounts(declared: Array<{ target: TargetSpec; mounts: CacheMountSpec[] }>): MountGroup[] {
  const byDir = new Map<string, { spec: CacheMountSpec; targets: Set<string>; platforms: Set<string> }>();
  for (const { target, mounts } of declared) {
    for (const m of mounts) {
      const k = directoryKey(m);
      let g = byDir.get(k);
      if (!g) byDir.set(k, (g = { spec: m, targets: new Set(), platforms: new Set() }));
      g.targets.add(target.name);
      for (const p of target.platforms) g.platforms.add(p);
    }
  }
  return [...byDir.values()].map((g) => {
    const targets = [...g.targets].sort();
    const platform = g.platforms.size ? [...g.platforms].sort().join(',') : 'default';
    const platformPart = g.platforms.size ? [...g.platforms].sort().map(keyPart).join('_') : 'default';
    return {
      spec: g.spec,
      targets,
      platform,
      prefix: `${KEY_VERSION}-${keyPart(targets[0])}-${keyPart(g.spec.id)}-${platformPart}-`,
    };
  });
}

/** The keys of a group: what a restore asks for, and what a save of an archive with `digest` stores under. */
export function mountKeys(
  group: Pick<MountGroup, 'prefix'>,
  keyHash: string | undefined,
): { restoreKey: string; restoreKeys: string[]; saveKey: (sha256: string) => string } {
  const hashPart = keyHash ? keyPart(keyHash) : 'none';
  return {
    restoreKey: group.prefix + hashPart,
    restoreKeys: [`${group.prefix}${hashPart}-`, group.prefix],
    saveKey: (sha256) => `${group.prefix}${hashPart}-${sha256.slice(0, 16)}`,
  };
}

/** The Dockerfile of a target, or why it cannot be read here. */
function readDockerfile(spec: TargetSpec): { text?: string; skip?: string } {
  if (spec.dockerfileInline !== undefined) return { text: spec.dockerfileInline };
  if (REMOTE_CONTEXT.test(spec.context))
    return { skip: 'its context is remote (the Dockerfile is read by the daemon): its cache mounts are not persisted' };
  if (!spec.dockerfile) return { skip: 'it has no Dockerfile' };
  try {
    return { text: fs.readFileSync(spec.dockerfile, 'utf8') };
  } catch (err) {
    return { skip: `its Dockerfile cannot be read (${(err as Error).message}): its cache mounts are not persisted` };
  }
}

export interface CacheMountsRunOptions {
  connection: BuildkitConnection;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  onEvent?: EventSink;
}

interface GroupState extends MountGroup {
  restoredKey?: string;
  /** contentDigest of the restored archive */
  restoredDigest?: string;
  restoredSize?: number;
  kept?: boolean;
  durationMs: number;
  warnings: string[];
}

/**
 * The cache mounts of one run on one daemon. `restore()` before the build, `save(outcomes)` after it; neither
 * throws for a cache mount's sake.
 */
export class CacheMountsRun {
  readonly groups: GroupState[];
  private readonly emit: EventSink;

  constructor(
    specs: TargetSpec[],
    private readonly opts: CacheMountsOptions,
    private readonly run: CacheMountsRunOptions,
  ) {
    this.emit = run.onEvent ?? (() => {});
    const declared: Array<{ target: TargetSpec; mounts: CacheMountSpec[] }> = [];
    if (opts.mode !== 'off') {
      for (const spec of specs) {
        if (spec.call && spec.call !== 'build') continue; // a check or an outline runs no RUN
        const df = readDockerfile(spec);
        if (df.text === undefined) {
          this.warn(df.skip!, spec.name);
          continue;
        }
        const found = discoverCacheMounts(df.text, { args: spec.args, target: spec.target });
        for (const w of found.warnings) this.warn(`cache mounts: ${w}`, spec.name);
        declared.push({ target: spec, mounts: selectMounts(found.mounts, opts.mode) });
      }
    }
    this.groups = groupMounts(declared).map((g) => ({ ...g, durationMs: 0, warnings: [] }));
  }

  private warn(message: string, target?: string, group?: GroupState): void {
    group?.warnings.push(message);
    this.emit({ type: 'warning', ...(target ? { target } : {}), message });
  }

  private info(message: string): void {
    this.emit({ type: 'info', message });
  }

  private transferOptions() {
    return { image: this.opts.image, env: this.run.env, signal: this.run.signal };
  }

  /** Restores every mount from the store (all at once: each is a small solve of its own). */
  async restore(): Promise<void> {
    await Promise.all(this.groups.map((g) => this.restoreOne(g)));
  }

  private async restoreOne(g: GroupState): Promise<void> {
    const started = Date.now();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-cache-mount-'));
    const keys = mountKeys(g, this.opts.keyHash);
    try {
      const file = path.join(dir, 'cache.tar');
      let key: string | undefined;
      try {
        key = await this.opts.store.restore(file, keys.restoreKey, keys.restoreKeys);
      } catch (err) {
        this.warn(
          `cache mount ${g.spec.id}: reading ${this.opts.store.description} failed: ${(err as Error).message}`,
          undefined,
          g,
        );
        return;
      }
      if (!key) {
        this.info(`cache mount ${g.spec.id}: nothing saved yet in ${this.opts.store.description}`);
        return;
      }
      const size = fs.statSync(file).size;
      this.info(`cache mount ${g.spec.id}: restoring ${bytesSize(size)} from ${key}`);
      try {
        const { kept } = await restoreCacheMount(this.run.connection, g.spec, file, this.transferOptions());
        g.restoredKey = key;
        g.restoredDigest = contentDigest(file);
        g.restoredSize = size;
        g.kept = kept;
        if (kept) this.info(`cache mount ${g.spec.id}: the builder's mount was not empty, kept as it was`);
      } catch (err) {
        this.warn((err as Error).message, undefined, g);
      }
    } finally {
      g.durationMs += Date.now() - started;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Saves the mounts of which at least one declaring target built; the report of every mount. */
  async save(outcomes: TargetOutcome[]): Promise<CacheMountReport[]> {
    const built = new Set(outcomes.filter((o) => o.status === 'done').map((o) => o.target));
    return Promise.all(
      this.groups.map(async (g): Promise<CacheMountReport> => {
        if (!g.targets.some((t) => built.has(t)))
          return this.report(g, { saved: 'skipped', savedKey: 'no target declaring it built' });
        if (this.run.signal?.aborted) return this.report(g, { saved: 'skipped', savedKey: 'the build was cancelled' });
        return this.saveOne(g);
      }),
    );
  }

  private report(g: GroupState, saved: Pick<CacheMountReport, 'saved' | 'savedKey' | 'size'>): CacheMountReport {
    return {
      id: g.spec.id,
      targets: g.targets,
      platform: g.platform,
      ...(g.restoredKey ? { restoredKey: g.restoredKey } : {}),
      ...(g.kept ? { kept: true } : {}),
      ...saved,
      ...(saved.size === undefined && g.restoredSize !== undefined ? { size: g.restoredSize } : {}),
      durationMs: g.durationMs,
      warnings: g.warnings,
    };
  }

  private async saveOne(g: GroupState): Promise<CacheMountReport> {
    const started = Date.now();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-cache-mount-'));
    // the report carries the time spent restoring and saving: taken when the outcome is known
    const outcome = (saved: Pick<CacheMountReport, 'saved' | 'savedKey' | 'size'>): CacheMountReport => {
      g.durationMs += Date.now() - started;
      return this.report(g, saved);
    };
    try {
      let file: string;
      try {
        file = await saveCacheMount(this.run.connection, g.spec, dir, this.transferOptions());
      } catch (err) {
        this.warn((err as Error).message, undefined, g);
        return outcome({ saved: 'failed', savedKey: (err as Error).message });
      }
      const size = fs.statSync(file).size;
      // the tree, not the bytes: a restored tree archived again has other directory mtimes (archive.ts)
      if (contentDigest(file) === g.restoredDigest) {
        this.info(`cache mount ${g.spec.id}: unchanged (${bytesSize(size)}), not saved again`);
        return outcome({ saved: 'unchanged', size });
      }
      if (this.opts.maxSize !== undefined && size > this.opts.maxSize) {
        const why = `the archive is ${bytesSize(size)}, over the limit of ${bytesSize(this.opts.maxSize)}`;
        this.warn(`cache mount ${g.spec.id}: not saved: ${why}`, undefined, g);
        return outcome({ saved: 'skipped', savedKey: why, size });
      }
      const key = mountKeys(g, this.opts.keyHash).saveKey(fileDigest(file));
      this.info(`cache mount ${g.spec.id}: saving ${bytesSize(size)} as ${key}`);
      try {
        await this.opts.store.save(file, key);
      } catch (err) {
        const why = `saving to ${this.opts.store.description} failed: ${(err as Error).message}`;
        this.warn(`cache mount ${g.spec.id}: ${why}`, undefined, g);
        return outcome({ saved: 'failed', savedKey: why, size });
      }
      return outcome({ saved: 'saved', savedKey: key, size });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** One line per mount for a terminal: restored or missed, saved, unchanged, skipped or failed, size and time. */
export function formatCacheMountReports(reports: CacheMountReport[]): string[] {
  return reports.map((r) => {
    const restored = r.restoredKey
      ? `restored from ${r.restoredKey}${r.kept ? ' (builder kept its own)' : ''}`
      : 'missed';
    const saved =
      r.saved === 'saved'
        ? `saved as ${r.savedKey}`
        : r.saved === 'unchanged'
          ? 'unchanged'
          : `${r.saved}${r.savedKey ? ` (${r.savedKey})` : ''}`;
    const size = r.size !== undefined ? `, ${bytesSize(r.size)}` : '';
    return `cache mount ${r.id} [${r.targets.join(', ')}]: ${restored}; ${saved}${size}, ${(r.durationMs / 1000).toFixed(1)}s`;
  });
}
