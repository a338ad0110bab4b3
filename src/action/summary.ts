/** The job summary: one row per target with status, duration, platforms-independent result names and digest. */
import * as core from '@actions/core';
import type { RunResult } from '../build/run.js';

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function summaryMarkdown(result: RunResult): string {
  const rows = result.targets.map((t) => {
    const md = result.metadata[t.target] ?? {};
    const icon = t.status === 'done' ? '✅' : t.status === 'failed' ? '❌' : '⏹️';
    const names = typeof md['image.name'] === 'string' ? md['image.name'] : '';
    const digest = typeof md['containerimage.digest'] === 'string' ? `\`${md['containerimage.digest']}\`` : '';
    return `| ${escapeCell(t.target)} | ${icon} ${t.status} | ${(t.durationMs / 1000).toFixed(1)}s | ${escapeCell(names)} | ${digest} |`;
  });
  return ['### bakekit', '', '| Target | Status | Duration | Images | Digest |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

export async function writeSummary(result: RunResult): Promise<void> {
  await core.summary.addRaw(summaryMarkdown(result)).write();
}
