/**
 * The job summary: one row per target with what became of it (done, failed, or cancelled/skipped naming the failed
 * target that caused it: render/report.ts), duration, steps cached/total, build-check warnings, platforms, pushed image
 * names and digest, and the caches it imported/exported; then, for the targets that did not build, why (the error's
 * first line, or the reason they were stopped), what the publish policy published, and one row per cache mount (what
 * was restored, what became of the save, size, time). Built only from target names, counts, platforms, image names,
 * digests, cache types, cache keys and error messages; main.ts redacts the whole text before writing it.
 */
import * as core from './toolkit.js';
import type { RunResult } from '../solve/run/run.js';
import type { TargetSpec } from '../solve/target/spec.js';
import { countsLine, publishLines, targetReport, type TargetEnd } from '../solve/render/report.js';
import type { CacheMountReport } from '../solve/cache-mounts/types.js';
import { savedText, sizeText } from './cache-mounts.js';

const ICON: Record<TargetEnd, string> = { built: '✅', failed: '❌', cancelled: '⏹️', skipped: '⏭️' };
/** The status cell's word (a built target has always been `done` here). */
const WORD: Record<TargetEnd, string> = { built: 'done', failed: 'failed', cancelled: 'cancelled', skipped: 'skipped' };

export interface SummaryRowInput {
  /** `warnings`: the target's distinct build-check warnings (GitHubLogRenderer.stepCounts) */
  steps?: { total: number; cached: number; warnings?: number };
  spec?: TargetSpec;
}

/** Warnings of a `call = "check"` target: the checks its result lists. */
function lintWarningCount(response: Record<string, string>): number | undefined {
  try {
    const results = JSON.parse(response['result.json'] ?? 'null') as { warnings?: unknown[] | null } | null;
    return results?.warnings?.length ?? 0;
  } catch {
    return undefined;
  }
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

const SAVED_ICON: Record<CacheMountReport['saved'], string> = {
  saved: '✅',
  unchanged: '➖',
  skipped: '⏭️',
  failed: '⚠️',
};

/** The "Cache mounts" section: one row per mount (none without reports). */
export function cacheMountsMarkdown(reports: readonly CacheMountReport[] | undefined): string[] {
  if (!reports?.length) return [];
  const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
  return [
    '',
    '#### Cache mounts',
    '',
    '| Mount | Targets | Platform | Restored | Saved | Size | Time |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...reports.map((r) => {
      // kept: the builder's mount was not empty (a warm builder) and was left as it was
      const restored = r.restoredKey ? `${code(r.restoredKey)}${r.kept ? ' (builder kept its own)' : ''}` : 'miss';
      const saved =
        r.saved === 'saved' && r.savedKey
          ? `${SAVED_ICON.saved} saved as ${code(r.savedKey)}`
          : `${SAVED_ICON[r.saved]} ${savedText(r)}`;
      return `| ${cell(r.id)} | ${cell(r.targets.join(', '))} | ${cell(r.platform)} | ${cell(restored)} | ${cell(saved)} | ${sizeText(r)} | ${(r.durationMs / 1000).toFixed(1)}s |`;
    }),
  ];
}

export function summaryMarkdown(result: RunResult, info: (target: string) => SummaryRowInput): string {
  const rows = result.targets.map((t) => {
    const md = result.metadata[t.target] ?? {};
    const { steps, spec } = info(t.target);
    const report = targetReport(t);
    const icon = ICON[report.end];
    const names = typeof md['image.name'] === 'string' ? md['image.name'].split(',').join('<br>') : '';
    const digest = typeof md['containerimage.digest'] === 'string' ? `\`${md['containerimage.digest']}\`` : '';
    const platforms = spec?.platforms.length ? spec.platforms.join(', ') : 'default';
    // what the daemon was asked to import/export (after the GHA default was applied), with failures
    const cacheCell = (arrow: string, e: { entry: string; type: string; error?: string }) => {
      const mode = /mode=(\w+)/.exec(e.entry)?.[1];
      return `${arrow} ${e.type}${mode ? ` (${mode})` : ''}${e.error ? ' ⚠️ failed' : ''}`;
    };
    const caches = t.cache
      ? [...t.cache.imports.map((e) => cacheCell('⬇', e)), ...t.cache.exports.map((e) => cacheCell('⬆', e))].join(
          '<br>',
        )
      : spec
        ? [
            ...spec.cacheFrom.map((c) => `⬇ ${c.type}`),
            ...spec.cacheTo.map((c) => `⬆ ${c.type}${c.mode ? ` (${c.mode})` : ''}`),
          ].join('<br>')
        : '';
    const stepText = steps ? `${steps.cached}/${steps.total}` : '';
    const warnings = t.call
      ? t.call.spec.name === 'lint'
        ? lintWarningCount(t.call.response)
        : undefined
      : steps?.warnings;
    const warningText = warnings === undefined ? '' : warnings > 0 ? `⚠️ ${warnings}` : '0';
    const status =
      t.call && t.status === 'done'
        ? `${icon} ${t.call.spec.name === 'lint' ? 'check' : t.call.spec.name}`
        : `${icon} ${WORD[report.end]}${report.cause ? ` ("${report.cause}" failed)` : ''}`;
    return `| ${cell(t.target)} | ${status} | ${(t.durationMs / 1000).toFixed(1)}s | ${stepText} | ${warningText} | ${cell(platforms)} | ${cell(names)} | ${digest} | ${cell(caches)} |`;
  });
  const ok = result.targets.filter((t) => t.status === 'done').length;
  const publish = publishLines(result.publish);
  const notBuilt = result.targets.map(targetReport).filter((r) => r.end !== 'built');
  const why = notBuilt.length
    ? [
        '',
        '#### Not built',
        '',
        ...notBuilt.map(
          (r) => `- ${ICON[r.end]} **${cell(r.target)}** ${r.end}${r.detail ? `: ${cell(r.detail)}` : ''}`,
        ),
      ]
    : [];
  const warm = result.warm?.length
    ? [
        '',
        '#### Cache warming',
        '',
        '| Target | Result | Steps cached | Cache saved |',
        '| --- | --- | --- | --- |',
        ...result.warm.map(
          (w) =>
            `| ${cell(w.target)} | ${w.result === 'warm' ? '♨️ already warm' : w.result === 'built' ? '🔨 built' : w.result} | ${w.cachedSteps}/${w.steps} | ${w.result === 'failed' || w.result === 'cancelled' ? '-' : w.cacheSaved ? 'yes' : 'no'} |`,
        ),
      ]
    : [];
  return [
    '### bakekit',
    '',
    `${ok}/${result.targets.length} targets built${ok < result.targets.length ? ` (${countsLine(result)})` : ''}.`,
    ...(publish.length
      ? ['', ...publish.map((l) => `**${cell(l.split(':')[0])}**:${cell(l.slice(l.indexOf(':') + 1))}`)]
      : []),
    '',
    '| Target | Status | Duration | Steps cached | Warnings | Platforms | Images | Digest | Cache |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...why,
    ...warm,
    ...cacheMountsMarkdown(result.cacheMounts),
    '',
  ].join('\n');
}

export async function writeSummary(markdown: string): Promise<void> {
  await core.appendSummary(markdown);
}
