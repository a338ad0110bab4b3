/**
 * The cache side of one runBuild: decides the gha defaults (asking the daemon's version only when a gha entry is
 * involved), watches progress for cache failures, and assembles the per-target cache report and the
 * cache-warming report. run.ts calls it at a handful of points; the logic lives here.
 */
import type { BuildkitClient, CacheOptionsEntry } from '../../buildkit/client.js';
import type { BuildkitConnection } from '../../buildkit/transport/connect.js';
import {
  describeCacheEntry,
  githubCacheEnv,
  resolveTargetCache,
  usesGhaCache,
  warmResult,
  type CacheMode,
  type CacheResolveOptions,
  type DaemonCacheSupport,
  type WarmTargetReport,
} from './gha.js';
import { encodeCacheImports } from '../target/attribute-values.js';
import { failingGhaServices, ghaServiceKey } from './gha-preflight.js';
import { abortable } from '../run/abortable.js';
import { detectCacheSupport } from './daemon.js';
import { CacheMonitor, isCacheExportVertex, isCacheImportVertex } from './monitor.js';
import type { EventSink } from '../run/events.js';
import type { PlanOptions, SolvePlan } from '../target/plan.js';
import type { TargetSpec } from '../target/spec.js';

/** What run.ts needs to know of a finished target (structurally a TargetOutcome). */
interface Finished {
  target: string;
  status: 'done' | 'failed' | 'cancelled';
  cache?: ReturnType<CacheMonitor['report']>;
}

/** A cache import/export step running this long gets a line in the log, and again every SLOW_CACHE_REPEAT_MS. */
export const SLOW_CACHE_MS = 10_000;
export const SLOW_CACHE_REPEAT_MS = 30_000;

/**
 * A gha pre-flight started before the run connects (startGhaPreflight): the service keys it covers and its answer.
 */
export interface EarlyGhaPreflight {
  readonly keys: ReadonlySet<string>;
  readonly failing: Promise<Map<string, string>>;
}

/** The gha cache imports `specs` will have, completed as planTarget completes them; `daemon` unknown: a current one. */
function ghaImports(specs: TargetSpec[], cache: CacheResolveOptions): CacheOptionsEntry[] {
  return specs
    .flatMap((s) => resolveTargetCache(s, cache).cacheFrom)
    .filter((e) => e.type === 'gha')
    .map(({ type, ...attrs }) => ({ Type: type, Attrs: attrs }));
}

/**
 * Starts the pre-flight of the gha services `specs` import from (gha-preflight.ts) as soon as the definition has
 * resolved, before the build code loads and the run connects: its requests (two round trips, ~30 ms each on a hosted
 * runner) then overlap all of that and the targets' frontends (CacheRun.verdict). The entries are completed for a
 * current daemon (cache API v2); CacheRun.prepare checks whatever the real daemon changes (an older one: API v1).
 * `signal` ends its requests when the run ends without having waited for it (it failed to connect, say): nothing is
 * left to keep the process alive. Undefined when no target imports from the gha cache.
 */
export function startGhaPreflight(
  specs: TargetSpec[],
  opts: { cache?: CacheMode; env: NodeJS.ProcessEnv; githubToken?: string; signal: AbortSignal },
): EarlyGhaPreflight | undefined {
  const imports = ghaImports(specs, { mode: opts.cache ?? 'off', env: opts.env, githubToken: opts.githubToken });
  if (imports.length === 0) return undefined;
  const failing = failingGhaServices(imports, opts.signal);
  failing.catch(() => {}); // a run that fails before it is awaited does not wait for it
  return { keys: new Set(imports.map((e) => ghaServiceKey(e.Attrs))), failing };
}

export class CacheRun {
  /** running cache steps (target NUL vertex digest) → the timer of their next "still running" line */
  private readonly slow = new Map<string, NodeJS.Timeout>();
  /** gha services found failing before the build (gha-preflight.ts): ghaServiceKey → why */
  private failing = new Map<string, string>();
  /** The pre-flight while it runs: started by prepare, awaited by verdict, so that it overlaps the run's set-up and
   * the targets' first steps. */
  private preflight: Promise<Map<string, string>> | undefined;
  /** verdict's one answer for the run */
  private verdictOnce: Promise<void> | undefined;

  private readonly monitor: CacheMonitor;
  private daemon: DaemonCacheSupport | undefined;
  private emit: EventSink = () => {};

  constructor(
    private readonly opts: {
      cache?: CacheMode;
      warm?: boolean;
      env: NodeJS.ProcessEnv;
      githubToken?: string;
      /** the pre-flight runBake started before connecting (startGhaPreflight) */
      ghaPreflight?: EarlyGhaPreflight;
    },
  ) {
    this.monitor = new CacheMonitor([githubCacheEnv(opts.env).token, opts.githubToken]);
  }

  /** The event sink run.ts uses: status messages also feed the monitor. */
  tap(sink: EventSink): EventSink {
    this.emit = sink;
    return (event) => {
      if (event.type === 'status') {
        this.monitor.update(event.target, event.message);
        this.watchSlowSteps(event.target);
      }
      sink(event);
    };
  }

  /**
   * Asks the daemon which cache API it speaks, if any target uses the gha cache, and starts the pre-flight of the gha
   * services the imports name (gha-preflight.ts): its requests (~30 ms each on a hosted runner) run while the targets
   * are planned, their sessions set up and their frontends solved; `verdict` waits for its answer.
   */
  async prepare(
    specs: TargetSpec[],
    client: BuildkitClient,
    connection: BuildkitConnection,
    signal?: AbortSignal,
  ): Promise<void> {
    if (usesGhaCache(specs, { mode: this.opts.cache ?? 'off', env: this.opts.env })) {
      this.daemon = await detectCacheSupport(client, connection, signal);
      // the entries the plans will have (planTarget completes them the same way), checked before the build uses them;
      // those the early pre-flight covered already are not checked again
      const early = this.opts.ghaPreflight;
      const imports = ghaImports(specs, this.planOptions.cache!).filter(
        (e) => !early?.keys.has(ghaServiceKey(e.Attrs)),
      );
      const checks = [...(early ? [early.failing] : []), ...(imports.length ? [failingGhaServices(imports)] : [])];
      if (checks.length) {
        this.preflight = abortable(
          Promise.all(checks).then((found) => new Map(found.flatMap((m) => [...m]))),
          signal ?? new AbortController().signal,
        );
        this.preflight.catch(() => {}); // a run that fails before `verdict` does not wait for it
      }
    }
  }

  get planOptions(): Pick<PlanOptions, 'cache' | 'warm'> {
    return {
      cache: {
        mode: this.opts.cache ?? 'off',
        env: this.opts.env,
        daemon: this.daemon,
        githubToken: this.opts.githubToken,
      },
      warm: this.opts.warm,
    };
  }

  /**
   * Plan warnings (once each), and warm-mode targets that would save no cache. Call it before the targets start.
   */
  planned(plans: Iterable<SolvePlan>): void {
    const seen = new Set<string>();
    for (const plan of plans) {
      for (const w of plan.warnings ?? []) {
        if (seen.has(w.message)) continue;
        seen.add(w.message);
        this.emit({ type: 'warning', target: w.target, message: w.message });
      }
      if (this.opts.warm && !plan.cacheExports.length) {
        this.emit({
          type: 'warning',
          target: plan.target,
          message: 'cache warming: the target has no cache export (cache-to), so it is built but no cache is saved',
        });
      }
    }
  }

  /**
   * Once the pre-flight has answered, the gha entries on a failing service dropped from `plans` (with a warning each);
   * the same promise for every caller. A target waits for it before anything of its build can read or write the cache:
   * its first Evaluate or its Return (run.ts). A frontend's lazy Solve before that starts no cache import (BuildKit
   * imports on the first cache query of an evaluation), so the frontends run while the pre-flight's round trips do,
   * instead of after them (docs/benchmarks.md, "Twenty-seventh round"). A build started with an entry dropped here is
   * started again without it (run.ts).
   */
  verdict(plans: readonly SolvePlan[]): Promise<void> {
    return (this.verdictOnce ??= (async () => {
      if (this.preflight) this.failing = await this.preflight;
      if (this.failing.size) for (const plan of plans) this.dropFailing(plan);
    })());
  }

  /** Drops the plan's gha entries on a service found failing (gha-preflight.ts), with a warning each. */
  private dropFailing(plan: SolvePlan): void {
    const why = (e: CacheOptionsEntry) => (e.Type === 'gha' ? this.failing.get(ghaServiceKey(e.Attrs)) : undefined);
    const keptImports = plan.cacheImports.filter((e) => {
      const reason = why(e);
      if (reason)
        this.emit({
          type: 'warning',
          target: plan.target,
          message: `cache import (${describeCacheEntry(e)}) skipped: the GitHub Actions cache is failing (${reason}); building without it`,
        });
      return !reason;
    });
    const keptExports = plan.cacheExports.filter((e) => {
      const reason = e.Attrs['ignore-error'] === 'true' ? why(e) : undefined;
      if (reason)
        this.emit({
          type: 'warning',
          target: plan.target,
          message: `cache export (${describeCacheEntry(e)}) skipped: the GitHub Actions cache is failing (${reason}); its cache is not saved`,
        });
      return !reason;
    });
    if (keptImports.length !== plan.cacheImports.length) {
      plan.cacheImports = keptImports;
      if (keptImports.length) plan.frontendAttrs['cache-imports'] = encodeCacheImports(keptImports);
      else delete plan.frontendAttrs['cache-imports'];
    }
    plan.cacheExports = keptExports;
  }

  /** A failed target's error, made clear when only its cache export failed. */
  explainFailure(target: string, err: Error, plan: SolvePlan, statusDone?: Promise<void>): Promise<Error> {
    return this.monitor.explainFailure(target, err, plan.cacheExports, statusDone);
  }

  /**
   * A cache import or export that runs long says so in the log (a slow or failing cache service made an
   * export take 42 s, or minutes, with nothing on screen): a line after SLOW_CACHE_MS, then every
   * SLOW_CACHE_REPEAT_MS, until the step completes. Timers are unref'd and end with the target.
   */
  private watchSlowSteps(target: string): void {
    for (const v of this.monitor.tracker.vertices(target)) {
      const exporting = isCacheExportVertex(v.name);
      if (!exporting && !isCacheImportVertex(v.name)) continue;
      const key = `${target}\0${v.digest}`;
      if (v.completed !== undefined) {
        clearTimeout(this.slow.get(key));
        this.slow.delete(key);
        continue;
      }
      if (v.started === undefined || this.slow.has(key)) continue;
      const since = Date.now();
      const schedule = (ms: number) => {
        const timer = setTimeout(() => {
          const secs = Math.round((Date.now() - since) / 1000);
          this.emit({
            type: 'info',
            target,
            message: `cache ${exporting ? 'export' : 'import'} still running after ${secs} s (${v.name}): the cache service is slow, or failing and being retried`,
          });
          schedule(SLOW_CACHE_REPEAT_MS);
        }, ms);
        timer.unref();
        this.slow.set(key, timer);
      };
      schedule(SLOW_CACHE_MS);
    }
  }

  private stopWatching(target: string): void {
    for (const [key, timer] of this.slow) {
      if (!key.startsWith(`${target}\0`)) continue;
      clearTimeout(timer);
      this.slow.delete(key);
    }
  }

  /** Once a target's progress is complete: its cache report, and warnings for failed imports/ignored exports. */
  finished<T extends Finished>(outcome: T, plan: SolvePlan): T {
    this.stopWatching(outcome.target);
    if (!plan.cacheImports.length && !plan.cacheExports.length && !this.opts.warm) return outcome;
    const report = this.monitor.report(outcome.target, plan.cacheImports, plan.cacheExports);
    outcome.cache = report;
    if (outcome.status === 'done') {
      for (const message of CacheMonitor.warnings(report))
        this.emit({ type: 'warning', target: outcome.target, message });
    }
    return outcome;
  }

  /** Warm mode: the per-target report (also emitted as a `warm-report` event). */
  warmReport(outcomes: Finished[]): WarmTargetReport[] | undefined {
    if (!this.opts.warm) return undefined;
    const targets = outcomes.map((o) => {
      const r = o.cache ?? { steps: 0, cachedSteps: 0, imports: [], exports: [] };
      return {
        target: o.target,
        result: warmResult(o.status, r.steps, r.cachedSteps),
        steps: r.steps,
        cachedSteps: r.cachedSteps,
        cacheSaved: r.exports.length > 0 && r.exports.every((e) => !e.error) && o.status === 'done',
      };
    });
    this.emit({ type: 'warm-report', targets });
    return targets;
  }
}
