/**
 * The action's main step: inputs → one bake run → outputs, job summary. A thin shell over build/.
 */
import * as core from '@actions/core';
import * as path from 'node:path';
import { runBake } from '../build/bake.js';
import { createPlainRenderer } from '../build/render-plain.js';
import { readInputs } from './inputs.js';
import { writeSummary } from './summary.js';

export async function run(): Promise<void> {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const cwd = path.resolve(workspace, inputs.workdir);
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => controller.abort(new Error(`cancelled by ${sig}`));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const renderer = createPlainRenderer((line) => process.stdout.write(line + '\n'), {});
  try {
    const result = await runBake({
      files: inputs.files,
      targets: inputs.targets,
      set: inputs.set,
      cwd,
      env: process.env,
      builder: inputs.builder,
      push: inputs.push,
      load: inputs.load,
      noCache: inputs.noCache,
      pull: inputs.pull,
      secrets: [
        ...inputs.secrets.map((s) => ({ id: s.id, value: s.value })),
        ...inputs.secretEnvs.map((s) => ({ id: s.id, env: s.env })),
        ...inputs.secretFiles.map((s) => ({ id: s.id, src: path.resolve(cwd, s.path) })),
      ],
      signal: controller.signal,
      onEvent: renderer.onEvent,
    });
    renderer.finish(result);
    core.setOutput('metadata', JSON.stringify(result.metadata));
    if (inputs.summary) {
      try {
        await writeSummary(result);
      } catch (err) {
        core.warning(`could not write the job summary: ${(err as Error).message}`);
      }
    }
    if (!result.ok) {
      const failed = result.targets.filter((t) => t.status === 'failed');
      core.setFailed(failed.map((t) => t.error?.message ?? `target "${t.target}" failed`).join('\n') || 'build failed');
    }
  } catch (err) {
    core.setFailed((err as Error).message);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

void run();
