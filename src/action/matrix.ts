/**
 * The action's matrix mode (`matrix: true`): the job before a `strategy.matrix`. Plans the matrix from the resolved
 * definition (solve/matrix/plan.ts) and builds nothing. Outputs:
 * - `matrix`: docker/bake-action's matrix JSON (`[{"target":…}]`, with `matrix-fields`), for `include: ${{ fromJSON(…) }}`;
 * - `layers`: the entries grouped by `target:` layer, `fromJSON(…)[N]` for the job of layer N (entries add `targets`);
 * - `layer-count`: how many layers there are (0 when `matrix-changed` selected nothing).
 */
import * as path from 'node:path';
import * as core from './toolkit.js';
import type { ActionInputs } from './inputs.js';
import { eventPayload, gitContext } from './github-context.js';
import { resolveSource } from './source.js';

/** main.ts calls this when `matrix` or one of the `matrix-*` inputs is set; the latter alone are refused. */
export async function runMatrixStep(inputs: ActionInputs, cwd: string, signal: AbortSignal): Promise<void> {
  if (!inputs.matrix)
    throw new Error(
      'matrix-fields, matrix-changed and matrix-base shape what a matrix: true step outputs: set matrix: true, or remove them',
    );
  if (inputs.merge)
    throw new Error(
      'matrix and merge are different steps (one plans the build jobs, the other merges what they pushed): set one of them',
    );
  const source = resolveSource(inputs.source, cwd, () => gitContext(process.env, eventPayload(process.env)));
  if (source.kind !== 'local')
    throw new Error(
      'matrix: true plans from the workspace: source must be a local directory (or unset), not a Git URL',
    );
  const [{ parseFields, MatrixFieldError }, { planMatrix }] = await Promise.all([
    import('../solve/matrix/entries.js'),
    import('../solve/matrix/plan.js'),
  ]);
  let fields: string[];
  try {
    fields = parseFields(inputs.matrixFields);
  } catch (err) {
    if (err instanceof MatrixFieldError) throw new Error(`input matrix-${err.message}`);
    throw err;
  }
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const warned = new Set<string>();
  const plan = await planMatrix({
    bake: {
      files: inputs.files,
      targets: inputs.targets,
      set: inputs.set,
      vars: inputs.vars,
      cwd: source.dir,
      env: process.env,
      push: inputs.push,
      load: inputs.load,
      noCache: inputs.noCache,
      pull: inputs.pull,
      call: inputs.call,
      sbom: inputs.sbom,
      provenance: inputs.provenance,
      // resolved as the build resolves it: a secret the workflow binds is not looked up in the environment
      secrets: [...inputs.secrets, ...inputs.secretEnvs, ...inputs.secretFiles].map((s) => ({ id: s.id })),
      signal,
      onBakeWarning: (w) => {
        if (warned.has(w.message)) return;
        warned.add(w.message);
        core.warning(
          w.detail,
          w.file
            ? {
                title: 'bake file',
                file: path.relative(workspace, path.resolve(source.dir, w.file)),
                startLine: w.line,
                startColumn: w.column,
              }
            : {},
        );
      },
    },
    fields,
    changed: inputs.matrixChanged ? { base: inputs.matrixBase } : undefined,
  });
  for (const note of plan.notes) core.warning(note, { title: 'bakekit matrix' });
  if (plan.changed) {
    const { base, selected } = plan.changed;
    core.info(
      base.kind === 'commit'
        ? `changed since ${base.ref} (${base.from}): ${selected.size} of ${Object.keys(plan.definition.target).length} target(s)`
        : `every target: ${base.reason}`,
    );
    for (const [name, why] of selected) core.info(`  ${name}: ${why.join('; ')}`);
  }
  core.startGroup(
    `matrix: ${plan.include.length} entr${plan.include.length === 1 ? 'y' : 'ies'} in ${plan.layers.length} layer(s)`,
  );
  core.info(JSON.stringify(plan.layers, null, 2));
  core.endGroup();
  core.setOutput('matrix', JSON.stringify(plan.include));
  core.setOutput('layers', JSON.stringify(plan.layers));
  core.setOutput('layer-count', String(plan.layers.length));
  if (inputs.summary) {
    const why = (name: string) => plan.changed?.selected.get(name)?.join('; ') ?? '';
    const rows = plan.layers.flatMap((layer, n) =>
      [...new Set(layer.map((e) => e.target))].map((t) => `| ${n} | ${t} | ${why(t).replace(/\|/g, '\\|')} |`),
    );
    try {
      await core.appendSummary(
        ['### bakekit matrix', '', '| Layer | Target | Why |', '| --- | --- | --- |', ...rows, ''].join('\n'),
      );
    } catch (err) {
      core.warning(`could not write the job summary: ${(err as Error).message}`);
    }
  }
}
