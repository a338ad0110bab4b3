/**
 * Reads the build's progress for what happened to its cache: how many build steps came from the cache (the
 * cache-warming report), and whether a cache import or export failed.
 *
 * What BuildKit reports (v0.13 and v0.25, checked against the gha emulator): an import is a vertex named
 * `importing cache manifest from <type>:<id>` (`from <ref>` for registry), an export a vertex named after the
 * exporter — `exporting to GitHub Actions Cache` (gha), `exporting cache to registry`, `exporting cache to
 * client directory`, … When the cache service fails, that vertex completes with its `error` set (v2 errors are
 * the Twirp code, e.g. `internal`, `resource_exhausted`; 429s that outlast the `timeout` attribute give
 * `error writing layer blob: maximum timeout reached…`). With `ignore-error=true` the build still succeeds and
 * only that vertex error tells; an import failure never fails the build. Without ignore-error the solve fails
 * with the bare text ("failed to solve: internal"), which `explainFailure` turns into a message naming the cache.
 */
import type { CacheOptionsEntry } from '../../buildkit/client.js';
import { ProgressTracker, type VertexState } from '../../buildkit/progress/index.js';
import type { StatusResponse } from '../../buildkit/proto/control.pb.js';
import { describeCacheEntry, isReportedStep, redact } from './gha.js';

const EXPORT_VERTEX: Record<string, string> = {
  gha: 'exporting to GitHub Actions Cache',
  registry: 'exporting cache to registry',
  local: 'exporting cache to client directory',
  s3: 'exporting cache to Amazon S3',
  azblob: 'exporting cache to Azure Blob Storage',
};

export interface CacheEntryReport {
  /** `type=gha,scope=app` (never the url or token) */
  entry: string;
  type: string;
  /** the daemon's error text, when the import/export failed */
  error?: string;
}

export interface TargetCacheReport {
  /** Dockerfile build steps reported for the target (`[n/m] …` vertices other than FROM: see isReportedStep) */
  steps: number;
  /** of which were CACHED */
  cachedSteps: number;
  imports: CacheEntryReport[];
  exports: CacheEntryReport[];
}

export function isCacheExportVertex(name: string): boolean {
  return Object.values(EXPORT_VERTEX).includes(name) || /^exporting (cache |inline cache)/i.test(name);
}

export function isCacheImportVertex(name: string): boolean {
  return name.startsWith('importing cache manifest from ');
}

/** Which configured entry a cache vertex belongs to (the daemon's names carry only the type, or the ref). */
function entriesFor(vertex: VertexState, entries: CacheOptionsEntry[], dir: 'import' | 'export'): number[] {
  if (dir === 'export') {
    const byName = entries.map((e, i) => (EXPORT_VERTEX[e.Type] === vertex.name ? i : -1)).filter((i) => i >= 0);
    return byName.length ? byName : entries.map((_, i) => i).filter((i) => !EXPORT_VERTEX[entries[i].Type]);
  }
  const source = vertex.name.slice('importing cache manifest from '.length);
  const byType = entries
    .map((e, i) => (source.startsWith(`${e.Type}:`) || (e.Attrs.ref && source === e.Attrs.ref) ? i : -1))
    .filter((i) => i >= 0);
  return byType.length ? byType : entries.map((_, i) => i);
}

export class CacheMonitor {
  readonly tracker = new ProgressTracker();

  constructor(private readonly secrets: ReadonlyArray<string | undefined> = []) {}

  update(target: string, message: StatusResponse): void {
    this.tracker.update(message, target);
  }

  private cacheVertices(target: string, pick: (name: string) => boolean): VertexState[] {
    return this.tracker.vertices(target).filter((v) => pick(v.name));
  }

  report(target: string, cacheImports: CacheOptionsEntry[], cacheExports: CacheOptionsEntry[]): TargetCacheReport {
    const steps = this.tracker.vertices(target).filter((v) => isReportedStep(v.name));
    const mk = (entries: CacheOptionsEntry[], dir: 'import' | 'export'): CacheEntryReport[] => {
      const out: CacheEntryReport[] = entries.map((e) => ({ entry: describeCacheEntry(e), type: e.Type }));
      const vertices = this.cacheVertices(target, dir === 'export' ? isCacheExportVertex : isCacheImportVertex);
      for (const v of vertices) {
        if (!v.error) continue;
        for (const i of entriesFor(v, entries, dir)) out[i].error ??= redact(v.error, this.secrets);
      }
      return out;
    };
    return {
      steps: steps.length,
      cachedSteps: steps.filter((v) => v.cached).length,
      imports: mk(cacheImports, 'import'),
      exports: mk(cacheExports, 'export'),
    };
  }

  /** Warnings for a target whose build succeeded: failed imports and (ignored) failed exports. */
  static warnings(report: TargetCacheReport): string[] {
    const out: string[] = [];
    for (const e of report.imports)
      if (e.error) out.push(`cache import (${e.entry}) failed, building without it: ${e.error}`);
    for (const e of report.exports) {
      if (e.error)
        out.push(
          `cache export (${e.entry}) failed, the build succeeded but its cache was not saved (ignore-error=true): ${e.error}`,
        );
    }
    return out;
  }

  /**
   * A failed target: when the failure is a cache export (no build step failed, an export vertex did), an error
   * that says so instead of BuildKit's bare "failed to solve: internal". `statusDone` lets the progress of the
   * failed build arrive first (bounded).
   */
  async explainFailure(
    target: string,
    err: Error,
    cacheExports: CacheOptionsEntry[],
    statusDone?: Promise<void>,
  ): Promise<Error> {
    if (!cacheExports.length) return err;
    if (statusDone) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([statusDone, new Promise<void>((r) => (timer = setTimeout(r, 2000)))]);
      clearTimeout(timer);
    }
    const failed = this.tracker.failedVertices(target);
    if (failed.some((v) => !isCacheExportVertex(v.name) && !isCacheImportVertex(v.name))) return err;
    const exportFailures = this.report(target, [], cacheExports).exports.filter((e) => e.error);
    if (!exportFailures.length) return err;
    return new CacheExportError(exportFailures, err);
  }
}

/** A build that failed only because a cache export failed (the entry has ignore-error=false). */
export class CacheExportError extends Error {
  override name = 'CacheExportError';
  constructor(
    readonly failures: CacheEntryReport[],
    readonly original: Error,
  ) {
    super(
      `${failures.map((f) => `cache export (${f.entry}) failed: ${f.error}`).join('; ')} ` +
        `(the build steps succeeded; set ignore-error=true on the cache-to entry to make cache failures warnings)`,
      { cause: original },
    );
  }
}
