/**
 * The job log on GitHub: one collapsible group per target, printed when the target ends (so concurrent
 * targets do not interleave), a heartbeat line per running target while work goes on, and an error
 * annotation on the Dockerfile line of a failed step with the last lines of its output. Build checks (the
 * Dockerfile frontend's warnings, and the results of `call = "check"`) are listed in the target's group and become
 * warning annotations on their Dockerfile lines, as docker/bake-action makes them (DOCKER_BUILD_CHECKS_ANNOTATIONS);
 * the results of calls are printed after the groups, as buildx prints them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  PlainProgressPrinter,
  ProgressTracker,
  dedupWarnings,
  type ProgressEvent,
  type TargetSummary,
} from '../buildkit/progress/index.js';
import type { VertexWarning } from '../buildkit/proto/control.pb.js';
import { SolveError } from '../buildkit/errdefs/solve-error.js';
import type { BakeDefinition } from '../bake/print.js';
import type { BuildEvent } from '../solve/run/events.js';
import type { RunResult, TargetOutcome } from '../solve/run/run.js';
import { TargetFailedError } from '../solve/run/target-errors.js';
import { formatBuildWarnings } from '../solve/render/plain.js';
import { lintAnnotations, printCallResults, type CheckAnnotation } from '../solve/call/call.js';
import { parseGoBool } from '../solve/target/attribute-values.js';
import { countsLine, firstLine, publishLines, targetReportLines } from '../solve/render/report.js';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

export interface LogSink {
  write(line: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  error(message: string, props: AnnotationProps): void;
  /** `props`: where the warning points (build checks: the Dockerfile line); a plain warning without */
  warning(message: string, props?: AnnotationProps): void;
}

export interface AnnotationPaths {
  /** Dockerfile directory of each target (source locations are relative to it) */
  dockerfileDir(target: string): string | undefined;
  /** repository root: annotation paths are relative to it */
  workspace: string;
}

export interface GitHubLogOptions {
  /** how often a running target reports where it is (default 15 s) */
  heartbeatMs?: number;
  clock?: () => number;
  /** build checks become warning annotations (docker/bake-action's DOCKER_BUILD_CHECKS_ANNOTATIONS, default on) */
  checksAnnotations?: boolean;
  /** the command's `call` (format and ignorestatus for every call result), as `--call` gives it */
  call?: string;
}

/** docker/bake-action: DOCKER_BUILD_CHECKS_ANNOTATIONS, a bool, on unless set false. */
export function checksAnnotationsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.DOCKER_BUILD_CHECKS_ANNOTATIONS;
  if (!v) return true;
  const b = parseGoBool(v);
  if (b === undefined) throw new Error(`DOCKER_BUILD_CHECKS_ANNOTATIONS: ${JSON.stringify(v)} is not a bool`);
  return b;
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
  private readonly finished = new Map<
    string,
    { summary: TargetSummary; tracker: ProgressTracker; tails: Map<string, string[]> }
  >();
  private heartbeat?: NodeJS.Timeout;

  private readonly heartbeatMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly sink: LogSink,
    private readonly paths: AnnotationPaths,
    private readonly options: GitHubLogOptions = {},
  ) {
    this.heartbeatMs = options.heartbeatMs ?? 15_000;
    this.clock = options.clock ?? Date.now;
  }

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
        tail.push(
          ...e.data
            .toString('utf8')
            .split('\n')
            .filter((l) => l.trim() !== ''),
        );
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
        this.log(event.target).tracker.update(event.message);
        break;
      case 'target-done':
      case 'target-failed':
        this.flush(event.target, event.type === 'target-done' ? 'done' : 'failed');
        break;
      case 'target-cancelled':
        // why: the failed target that stopped it (keep-going: a producer of it), or the run's cancellation
        this.flush(event.target, event.skipped ? 'skipped' : 'cancelled', event.reason);
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
      this.sink.write(
        `[${name}] ${secs}s: ${s.total} steps seen, ${s.cached} cached${running.length ? `; running: ${running.slice(0, 2).join(', ')}` : ''}`,
      );
    }
  }

  private flush(target: string, status: 'done' | 'failed' | 'cancelled' | 'skipped', reason?: string): void {
    const t = this.log(target);
    t.tracker.endTarget();
    t.printer.finish();
    const s = t.tracker.summary();
    const secs = ((this.clock() - t.startedAt) / 1000).toFixed(1);
    const warnings = dedupWarnings(t.tracker.warnings()).length;
    const warned = warnings ? `, ${warnings === 1 ? '1 warning' : `${warnings} warnings`}` : '';
    const icon = { done: '✅', failed: '❌', cancelled: '⏹️', skipped: '⏭️' }[status];
    const why = reason ? ` (${firstLine(reason)})` : '';
    this.sink.startGroup(
      status === 'skipped'
        ? `${icon} ${target} — skipped${why}`
        : `${icon} ${target} — ${status}${why} in ${secs}s, ${s.cached}/${s.total} steps cached${warned}`,
    );
    for (const l of t.lines) this.sink.write(l);
    for (const l of formatBuildWarnings(t.tracker.warnings())) this.sink.write(l);
    this.sink.endGroup();
    this.targets.delete(target);
    this.finished.set(target, { summary: s, tracker: t.tracker, tails: t.tails });
    if (!this.targets.size && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
    }
  }

  /** Steps of the target, and its distinct build-check warnings (the job summary's columns). */
  stepCounts(target: string): (TargetSummary & { warnings: number }) | undefined {
    const done = this.finished.get(target);
    const summary = done?.summary ?? this.summaryOf(target);
    if (!summary) return undefined;
    const tracker = done?.tracker ?? this.targets.get(target)?.tracker;
    return { ...summary, warnings: dedupWarnings(tracker?.warnings() ?? []).length };
  }

  /**
   * After the run: annotations for failed targets and the error lines; the results of calls (`check`, `outline`,
   * `targets`), as buildx prints them; build checks as warning annotations. Returns the exit code the calls ask for
   * (buildx's: 1 when a check found something, unless `ignorestatus`), 0 without calls.
   */
  finish(result: RunResult & { definition?: BakeDefinition }): number {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const t of result.targets) if (t.status === 'failed') this.annotate(t);
    // what became of every target when not all built (keep-going goes on past failures), and what was published
    if (result.targets.length > 1 && result.targets.some((t) => t.status !== 'done')) {
      this.sink.write(`targets: ${countsLine(result)}`);
      for (const line of targetReportLines(result)) this.sink.write(line);
    }
    for (const line of publishLines(result.publish)) {
      if (result.publish?.published) this.sink.write(line);
      else this.sink.warning(line);
    }
    let exitCode = 0;
    const printed = result.definition ? printCallResults(result, result.definition, this.options.call) : undefined;
    if (printed) {
      this.sink.startGroup(
        `Call results (${result.targets
          .filter((t) => t.call)
          .map((t) => t.target)
          .join(', ')})`,
      );
      for (const line of printed.text.replace(/\n$/, '').split('\n')) this.sink.write(line);
      this.sink.endGroup();
      exitCode = printed.exitCode;
    }
    let annotateChecks = this.options.checksAnnotations;
    if (annotateChecks === undefined) {
      try {
        annotateChecks = checksAnnotationsEnabled();
      } catch (err) {
        this.sink.warning(`${(err as Error).message}: build checks are annotated`);
        annotateChecks = true;
      }
    }
    if (annotateChecks) this.annotateChecks(result);
    return exitCode;
  }

  /**
   * Build checks as docker/bake-action annotates them (actions-toolkit convertWarningsToGitHubAnnotations): one warning
   * per distinct check, titled with the rule's description, `Rule: message` and its URL as the message, at the first
   * line of its range, in the target's Dockerfile when that file is in the workspace and holds the text the check
   * was made on (an inline Dockerfile, or one outside the workspace, is not annotated).
   */
  private annotateChecks(result: RunResult): void {
    const seen = new Set<string>();
    const annotations: Array<{ message: string; props: AnnotationProps }> = [];
    const add = (target: string, a: CheckAnnotation) => {
      const file = a.file && a.data ? this.workspaceFile(target, a.file, a.data) : undefined;
      if (!file) return;
      const props: AnnotationProps = { title: a.title, file, ...(a.startLine ? { startLine: a.startLine } : {}) };
      const key = JSON.stringify([a.message, props]);
      if (seen.has(key)) return;
      seen.add(key);
      annotations.push({ message: a.message, props });
    };
    for (const t of result.targets) {
      const done = this.finished.get(t.target);
      for (const w of dedupWarnings(done?.tracker.warnings() ?? [])) {
        const a = warningCheckAnnotation(w);
        if (a) add(t.target, a);
      }
      if (t.call?.spec.name === 'lint') for (const a of lintAnnotations(t.call.response)) add(t.target, a);
    }
    if (!annotations.length) return;
    this.sink.startGroup(`Generating GitHub annotations (${annotations.length} build checks found)`);
    for (const a of annotations) this.sink.warning(a.message, a.props);
    this.sink.endGroup();
  }

  /** The workspace-relative path of `name` in the target's Dockerfile directory, if it holds `data`. */
  private workspaceFile(target: string, name: string, data: Buffer): string | undefined {
    const dir = this.paths.dockerfileDir(target);
    if (!dir) return undefined;
    const file = path.resolve(dir, name);
    const rel = path.relative(this.paths.workspace, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    try {
      if (!fs.readFileSync(file).equals(data)) return undefined;
    } catch {
      return undefined;
    }
    return rel.split(path.sep).join('/');
  }

  private annotate(outcome: TargetOutcome): void {
    const error = outcome.error!;
    const cause = error instanceof TargetFailedError ? error.cause : error;
    const done = this.finished.get(outcome.target);
    let message = error.message;
    let props: { title?: string; file?: string; startLine?: number; endLine?: number } = {
      title: `target ${outcome.target} failed`,
    };
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

/** A build warning as docker/bake-action annotates it (undefined for one without detail, rule text or source). */
export function warningCheckAnnotation(w: VertexWarning): CheckAnnotation | undefined {
  const text = (b: Uint8Array | undefined) => Buffer.from(b ?? new Uint8Array()).toString('utf8');
  if (!w.detail?.length || !w.short?.length || !w.info?.filename || !w.info.data?.length) return undefined;
  const line = w.ranges?.[0]?.start?.line;
  return {
    title: w.detail.map(text).join(' '),
    message: `${text(w.short).replace(/\s\(line \d+\)$/, '')}${w.url ? `\nMore info: ${w.url}` : ''}`,
    file: w.info.filename,
    data: Buffer.from(w.info.data),
    ...(line ? { startLine: line } : {}),
  };
}
