/**
 * The action's merge mode (`merge: true`): the job after a matrix of per-platform builds. Reads the build jobs'
 * metadata (`merge-from`), pushes one multi-platform index per target under its tags, and sets the same outputs as
 * a build (`metadata`, `digests`, `images`).
 */
import * as core from './toolkit.js';
import { runMergeCommand } from '../solve/images/merge-command.js';
import type { ActionInputs } from './inputs.js';

export async function runMergeStep(inputs: ActionInputs, cwd: string, signal: AbortSignal): Promise<void> {
  if (!inputs.mergeFrom.length)
    throw new Error("merge: true needs merge-from: the build jobs' metadata files (or a directory of them)");
  const metadata = await runMergeCommand({
    files: inputs.files,
    set: inputs.set,
    targets: inputs.targets,
    from: inputs.mergeFrom,
    cwd,
    env: process.env,
    signal,
    log: (line) => core.info(line),
  });
  core.setOutput('metadata', JSON.stringify(metadata));
  const digests: Record<string, string> = {};
  const images: Record<string, string[]> = {};
  for (const [target, md] of Object.entries(metadata)) {
    if (typeof md['containerimage.digest'] === 'string') digests[target] = md['containerimage.digest'];
    if (typeof md['image.name'] === 'string') images[target] = md['image.name'].split(',');
  }
  core.setOutput('digests', JSON.stringify(digests));
  core.setOutput('images', JSON.stringify(images));
  if (inputs.summary) {
    const rows = Object.entries(metadata).map(
      ([t, md]) =>
        `| ${t} | ${text(md['image.name']).replace(/\|/g, '\\|')} | \`${text(md['containerimage.digest'])}\` |`,
    );
    try {
      await core.appendSummary(
        ['### bakekit merge', '', '| Target | Images | Digest |', '| --- | --- | --- |', ...rows, ''].join('\n'),
      );
    } catch (err) {
      core.warning(`could not write the job summary: ${(err as Error).message}`);
    }
  }
}

/** A metadata value shown in the summary: strings as they are, anything else left out. */
function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
