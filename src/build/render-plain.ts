/**
 * Renders build events as buildx's plain progress, then the failures (source snippet and error line).
 * Used by the CLI (to stderr) and the action (to the job log).
 */
import { PlainProgressPrinter, ProgressTracker, type StatusResponse } from '../buildkit/progress.js';
import { SolveError } from '../buildkit/errors.js';
import type { BuildEvent } from './events.js';
import type { RunResult } from './run.js';
import { TargetFailedError } from './run.js';

export interface PlainRendererOptions {
  quiet?: boolean;
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
  const printer = new PlainProgressPrinter(opts.quiet ? () => {} : sink, { multiTarget: opts.multiTarget ?? true, description: opts.description });
  printer.attach(tracker);
  return {
    tracker,
    onEvent(event) {
      switch (event.type) {
        case 'status':
          tracker.update(event.message as StatusResponse, event.target);
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
      for (const t of result?.targets ?? []) {
        if (t.status !== 'failed' || !t.error) continue;
        const cause = t.error instanceof TargetFailedError ? t.error.cause_ : t.error;
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
