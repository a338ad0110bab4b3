/**
 * The job log on GitHub: one collapsible group per target, printed when the target ends (so concurrent
 * targets do not interleave), a heartbeat line per running target while work goes on, and an error
 * annotation on the Dockerfile line of a failed step with the last lines of its output.
 */
import * as path from 'node:path';
import { PlainProgressPrinter, ProgressTracker, type ProgressEvent, type StatusResponse, type TargetSummary } from '../buildkit/progress.js';
import { SolveError } from '../buildkit/errors.js';
import type { BuildEvent } from '../build/events.js';
import { TargetFailedError, type RunResult, type TargetOutcome } from '../build/run.js';

export interface LogSink {
  write(line: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  error(message: string, props: { title?: string; file?: string; startLine?: number; endLine?: number }): void;
  warning(message: string): void;
}

export interface AnnotationPaths {
  /** Dockerfile directory of each target (source locations are relative to it) */
  dockerfileDir(target: string): string | undefined;
  /** repository root: annotation paths are relative to it */
  workspace: string;
}

interface TargetLog {
  tracker: ProgressTracker;
  lines: string[];
  printer: PlainProgressPrinter;
  startedAt: number;
  /** last lines of output per vertex digest, for the annotation of a failed step */
  tails: Map<string, string[]>;
}

const TAIL = 10;

export class GitHubLogRenderer {
  private readonly targets = new Map<string, TargetLog>();
  /** targets whose group was printed, kept for the summary and annotations */
  private readonly finished = new Map<string, { summary: TargetSummary; tracker: ProgressTracker; tails: Map<string, string[]> }>();
  private heartbeat?: NodeJS.Timeout;

  constructor(
    private readonly sink: LogSink,
    private readonly paths: AnnotationPaths,
    private readonly heartbeatMs = 15_000,
    private readonly clock: () => number = Date.now,
  ) {}

  private log(target: string): TargetLog {
    let t = this.targets.get(target);
    if (!t) {
      const tracker = new ProgressTracker();
      const lines: string[] = [];
      const printer = new PlainProgressPrinter((l) => lines.push(l));
      printer.attach(tracker);
      const tails = new Map<string, string[]>();
      tracker.subscribe((e: ProgressEvent) => {
        if (e.type !== 'log') return;
        const tail = tails.get(e.vertex.digest) ?? [];
        tail.push(...e.data.toString('utf8').split('\n').filter((l) => l.trim() !== ''));
        tails.set(e.vertex.digest, tail.slice(-TAIL));
      });
      t = { tracker, lines, printer, startedAt: this.clock(), tails };
      this.targets.set(target, t);
    }
    return t;
  }

  readonly onEvent = (event: BuildEvent): void => {
    switch (event.type) {
      case 'target-start':
        this.log(event.target);
        this.heartbeat ??= setInterval(() => this.beat(), this.heartbeatMs).unref();
        break;
      case 'status':
        this.log(event.target).tracker.update(event.message as StatusResponse);
        break;
      case 'target-done':
      case 'target-failed':
      case 'target-cancelled':
        this.flush(event.target, event.type === 'target-done' ? 'done' : event.type === 'target-failed' ? 'failed' : 'cancelled');
        break;
      case 'warning':
        this.sink.warning(event.target ? `target ${event.target}: ${event.message}` : event.message);
        break;
    }
  };

  summaryOf(target: string): TargetSummary | undefined {
    return this.targets.get(target)?.tracker.summary();
  }

  /** One line per running target: where it is, so a long build is never silent. */
  private beat(): void {
    for (const [name, t] of this.targets) {
      const s = t.tracker.summary();
      const running = t.tracker
        .vertices()
        .filter((v) => v.started !== undefined && v.completed === undefined)
        .map((v) => v.name);
      const secs = Math.round((this.clock() - t.startedAt) / 1000);
      this.sink.write(`[${name}] ${secs}s: ${s.total} steps seen, ${s.cached} cached${running.length ? `; running: ${running.slice(0, 2).join(', ')}` : ''}`);
    }
  }

  private flush(target: string, status: string): void {
    const t = this.log(target);
    t.tracker.endTarget();
    t.printer.finish();
    const s = t.tracker.summary();
    const secs = ((this.clock() - t.startedAt) / 1000).toFixed(1);
    this.sink.startGroup(`${status === 'done' ? '✅' : status === 'failed' ? '❌' : '⏹️'} ${target} — ${status} in ${secs}s, ${s.cached}/${s.total} steps cached`);
    for (const l of t.lines) this.sink.write(l);
    this.sink.endGroup();
    this.targets.delete(target);
    this.finished.set(target, { summary: s, tracker: t.tracker, tails: t.tails });
    if (!this.targets.size && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
    }
  }

  stepCounts(target: string): TargetSummary | undefined {
    return this.finished.get(target)?.summary ?? this.summaryOf(target);
  }

  /** After the run: annotations for failed targets, and the error lines. */
  finish(result: RunResult): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const t of result.targets) if (t.status === 'failed') this.annotate(t);
  }

  private annotate(outcome: TargetOutcome): void {
    const error = outcome.error!;
    const cause = error instanceof TargetFailedError ? error.cause_ : error;
    const done = this.finished.get(outcome.target);
    let message = error.message;
    let props: { title?: string; file?: string; startLine?: number; endLine?: number } = { title: `target ${outcome.target} failed` };
    if (cause instanceof SolveError) {
      if (done) cause.fillFromProgress(done.tracker);
      const a = cause.toAnnotation();
      props = { title: a.title };
      const dir = this.paths.dockerfileDir(outcome.target);
      if (a.file && dir) {
        props.file = path.relative(this.paths.workspace, path.resolve(dir, a.file)).split(path.sep).join('/');
        props.startLine = a.startLine;
        props.endLine = a.endLine;
      }
      const tail = cause.vertexDigest ? done?.tails.get(cause.vertexDigest) : undefined;
      if (tail?.length) message = `${error.message}\n\nLast lines of output:\n${tail.join('\n')}`;
      const snippet = cause.formatSourceSnippet();
      if (snippet) this.sink.write(snippet);
    }
    this.sink.error(message, props);
  }
}
