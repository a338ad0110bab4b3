/**
 * The cache side of one runBuild: decides the gha defaults (asking the daemon's version only when a gha entry is
 * involved), watches progress for cache failures, and assembles the per-target cache report and the
 * cache-warming report. run.ts calls it at a handful of points; the logic lives here.
 */
import type { BuildkitClient } from '../buildkit/client.js';
import type { BuildkitConnection } from '../buildkit/transport/connect.js';
import { githubCacheEnv, usesGhaCache, warmResult, type CacheMode, type DaemonCacheSupport, type WarmTargetReport } from './cache.js';
import { detectCacheSupport } from './cache-daemon.js';
import { CacheMonitor } from './cache-monitor.js';
import type { EventSink } from './events.js';
import type { PlanOptions, SolvePlan } from './plan.js';
import type { TargetSpec } from './spec.js';

/** What run.ts needs to know of a finished target (structurally a TargetOutcome). */
interface Finished {
  target: string;
  status: 'done' | 'failed' | 'cancelled';
  cache?: ReturnType<CacheMonitor['report']>;
}

export class CacheRun {
  private readonly monitor: CacheMonitor;
  private daemon: DaemonCacheSupport | undefined;
  private emit: EventSink = () => {};

  constructor(private readonly opts: { cache?: CacheMode; warm?: boolean; env: NodeJS.ProcessEnv }) {
    this.monitor = new CacheMonitor([githubCacheEnv(opts.env).token]);
  }

  /** The event sink run.ts uses: status messages also feed the monitor. */
  tap(sink: EventSink): EventSink {
    this.emit = sink;
    return (event) => {
      if (event.type === 'status') this.monitor.update(event.target, event.message);
      sink(event);
    };
  }

  /** Asks the daemon which cache API it speaks, if any target uses the gha cache. */
  async prepare(specs: TargetSpec[], client: BuildkitClient, connection: BuildkitConnection, signal?: AbortSignal): Promise<void> {
    if (usesGhaCache(specs, { mode: this.opts.cache ?? 'off', env: this.opts.env })) {
      this.daemon = await detectCacheSupport(client, connection, signal);
    }
  }

  get planOptions(): Pick<PlanOptions, 'cache' | 'warm'> {
    return { cache: { mode: this.opts.cache ?? 'off', env: this.opts.env, daemon: this.daemon }, warm: this.opts.warm };
  }

  /** Plan warnings (once each), and warm-mode targets that would save no cache. */
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

  /** A failed target's error, made clear when only its cache export failed. */
  explainFailure(target: string, err: Error, plan: SolvePlan, statusDone?: Promise<void>): Promise<Error> {
    return this.monitor.explainFailure(target, err, plan.cacheExports, statusDone);
  }

  /** Once a target's progress is complete: its cache report, and warnings for failed imports/ignored exports. */
  finished<T extends Finished>(outcome: T, plan: SolvePlan): T {
    if (!plan.cacheImports.length && !plan.cacheExports.length && !this.opts.warm) return outcome;
    const report = this.monitor.report(outcome.target, plan.cacheImports, plan.cacheExports);
    outcome.cache = report;
    if (outcome.status === 'done') {
      for (const message of CacheMonitor.warnings(report)) this.emit({ type: 'warning', target: outcome.target, message });
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
