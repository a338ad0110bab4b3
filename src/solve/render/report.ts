/**
 * What became of each target, in words, for the end of a run: built, failed (with its error), cancelled because of
 * which failed target, or skipped (never started, for the same reason), and what the publish policy published. The
 * CLI prints it after the progress (render/plain.ts callers), the action in its job log and summary, so the three say
 * the same thing.
 */
import type { RunResult, TargetOutcome } from '../run/run.js';
import type { PublishReport } from '../images/publish.js';

export type TargetEnd = 'built' | 'failed' | 'cancelled' | 'skipped';

export interface TargetReport {
  target: string;
  end: TargetEnd;
  /** failed: the error's first line; cancelled/skipped: why (naming the failed target when one caused it) */
  detail?: string;
  /** cancelled/skipped: the failed target that caused it */
  cause?: string;
}

/** The first line of an error message, at most `max` characters. */
export function firstLine(text: string, max = 200): string {
  const line = (text.split('\n', 1)[0] ?? '').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function targetReport(o: TargetOutcome): TargetReport {
  if (o.status === 'done') return { target: o.target, end: 'built' };
  if (o.status === 'failed')
    return { target: o.target, end: 'failed', ...(o.error ? { detail: firstLine(o.error.message) } : {}) };
  return {
    target: o.target,
    end: o.skipped ? 'skipped' : 'cancelled',
    ...(o.reason ? { detail: firstLine(o.reason) } : {}),
    ...(o.cancelledBy ? { cause: o.cancelledBy } : {}),
  };
}

/** `2 built, 1 failed, 1 cancelled, 1 skipped` (counts that are 0 left out, built always shown). */
export function countsLine(result: Pick<RunResult, 'targets'>): string {
  const reports = result.targets.map(targetReport);
  const count = (e: TargetEnd) => reports.filter((r) => r.end === e).length;
  return [
    `${count('built')} built`,
    ...(['failed', 'cancelled', 'skipped'] as const).filter((e) => count(e)).map((e) => `${count(e)} ${e}`),
  ].join(', ');
}

/** One line per target (`  app    failed: …`), names padded to a column. */
export function targetReportLines(result: Pick<RunResult, 'targets'>): string[] {
  const reports = result.targets.map(targetReport);
  const width = Math.max(0, ...reports.map((r) => r.target.length));
  return reports.map((r) => `  ${r.target.padEnd(width)}  ${r.end}${r.detail ? `: ${r.detail}` : ''}`);
}

/** What `publish: all-or-nothing` did, in lines (none without the policy). */
export function publishLines(report: PublishReport | undefined): string[] {
  if (!report) return [];
  if (report.published) {
    if (!report.tagged.length) return ['published: nothing to tag (no target pushes an image)'];
    return [`published: every target built; tagged ${report.tagged.map((t) => `${t.name} (${t.digest})`).join(', ')}`];
  }
  if (report.failedTarget) {
    const done = report.tagged.length
      ? `; tagged before it failed: ${report.tagged.map((t) => t.name).join(', ')}`
      : '';
    return [`publishing stopped: tagging the images of target "${report.failedTarget}" failed${done}`];
  }
  return [nothingPublishedLine(report)];
}

/** `nothing published: target "x" failed`, with what stays untagged. */
export function nothingPublishedLine(report: PublishReport): string {
  const n = report.blockedBy.length;
  const who = n
    ? `${n === 1 ? 'target' : 'targets'} ${report.blockedBy.map((t) => `"${t}"`).join(', ')} ${report.blockedHow === 'cancelled' ? (n === 1 ? 'was' : 'were') + ' cancelled' : 'failed'}`
    : 'the build did not finish';
  const untagged = report.untagged.length
    ? `; pushed by digest and left untagged: ${report.untagged.map((u) => u.reference).join(', ')}`
    : '';
  return `nothing published: ${who}${untagged}`;
}
