/**
 * Renders build events as buildx's plain progress, then the build's warnings (` N warnings found:`, each with its
 * detail, URL and Dockerfile lines) and the failures (source snippet and error line). Used by the CLI (to stderr).
 */
import { PlainProgressPrinter, ProgressTracker, formatWarningsSummary } from '../../buildkit/progress/index.js';
import type { VertexWarning } from '../../buildkit/proto/control.pb.js';
import { SolveError } from '../../buildkit/errdefs/solve-error.js';
import { warningSource } from '../../buildkit/errdefs/source.js';
import type { BuildEvent } from '../run/events.js';
import type { RunResult } from '../run/run.js';
import { TargetFailedError } from '../run/target-errors.js';

export interface PlainRendererOptions {
  quiet?: boolean;
  /** print the build's warnings at the end (default: unless quiet; buildx does in its plain and tty modes) */
  warnings?: boolean;
  /** several targets: prefix step names with `[target]` (buildx does for bake) */
  multiTarget?: boolean;
  description?: string;
}

export interface PlainRenderer {
  tracker: ProgressTracker;
  onEvent(event: BuildEvent): void;
  finish(result?: RunResult): void;
}

export function createPlainRenderer(sink: (line: string) => void, opts: PlainRendererOptions = {}): PlainRenderer {
  const tracker = new ProgressTracker();
  const printer = new PlainProgressPrinter(opts.quiet ? () => {} : sink, {
    multiTarget: opts.multiTarget ?? true,
    description: opts.description,
  });
  printer.attach(tracker);
  return {
    tracker,
    onEvent(event) {
      switch (event.type) {
        case 'status':
          tracker.update(event.message, event.target);
          break;
        case 'target-done':
        case 'target-failed':
        case 'target-cancelled':
          tracker.endTarget(event.target);
          break;
        case 'warning':
          sink(`WARNING: ${event.target ? `target ${event.target}: ` : ''}${event.message}`);
          break;
        case 'info':
          if (!opts.quiet) sink(`${event.target ? `[${event.target}] ` : ''}${event.message}`);
          break;
        default:
          break;
      }
    },
    finish(result) {
      printer.finish();
      // buildx printWarnings, expanded as `docker --debug` shows it: each build check with its rule, URL and lines
      if (opts.warnings ?? !opts.quiet) for (const line of formatBuildWarnings(tracker.allWarnings())) sink(line);
      for (const t of result?.targets ?? []) {
        if (t.status !== 'failed' || !t.error) continue;
        const cause = t.error instanceof TargetFailedError ? t.error.cause : t.error;
        if (cause instanceof SolveError) {
          cause.fillFromProgress(tracker, t.target);
          const snippet = cause.formatSourceSnippet();
          if (snippet) sink(snippet);
        }
        sink(`ERROR: ${t.error.message}`);
      }
    },
  };
}

/** The warnings block after a build: every distinct warning with its detail, URL and Dockerfile lines (buildx
 * printWarnings in `docker --debug` form); nothing without warnings. */
export function formatBuildWarnings(warnings: VertexWarning[]): string[] {
  return formatWarningsSummary(warnings, {
    verbose: true,
    source: (w) => warningSource(w.info, w.ranges)?.snippet ?? [],
  });
}
