/**
 * Bake definitions resolved the way `docker buildx bake --print` resolves them: file discovery,
 * HCL/JSON/compose loading, variables and functions, inherits, matrix, groups, `--set`
 * overrides and `target:` links. The semantics are buildx's bake/ package and docs/bake-reference.md in docker/buildx.
 */
import { BakeError } from './errors.js';
import { type BakeDefinition, type BakeTarget, toBakeDefinition } from './print.js';
import {
  type BakeInputs,
  type SourceFile,
  loadConfig,
  mayBeCompose,
  readFiles,
  resolveTargets,
  resolveTargetsSteps,
} from './resolve.js';
import { runStepsAsync } from './steps.js';
import { type ListedVariable, listTargets, listVariables } from './list.js';

export { BakeError } from './errors.js';
export type { BakeInputs } from './resolve.js';
export type { BakeDefinition, BakeTarget } from './print.js';
export type { DefinitionCopies } from './remote-context.js';
export type { AttestEntry, CacheEntry, ExportEntry, SecretEntry, SshEntry } from './entries.js';
export { renderPrint } from './print.js';

/**
 * Loads and resolves a bake definition. Synchronous; reads files (unless given `files`, as readFiles returns them)
 * but has no other effects. A compose file needs `inputs.yaml`.
 */
export function resolveBake(inputs: BakeInputs, files?: SourceFile[]): BakeDefinition {
  const { targets, groups } = resolveTargets(inputs, files);
  return toBakeDefinition(targets, groups);
}

/**
 * resolveBake that brings its own YAML parser (and takes `given` files, e.g. a remote definition's, as resolveBake
 * does): the files are read first, and the `yaml` package is imported only
 * when one of them is (or may be) a compose file — it is ~0.3 MB of code that an HCL-only run never needs, and
 * every run pays at start-up for the code it loads (docs/benchmarks.md, "Start-up").
 */
export async function resolveBakeAsync(inputs: BakeInputs, given?: SourceFile[]): Promise<BakeDefinition> {
  const files = given ?? readFiles(inputs);
  const yaml = inputs.yaml ?? (files.some((f) => mayBeCompose(f.name)) ? await import('yaml') : undefined);
  // In steps, giving the event loop a turn every few ms: a signal handler runs, `inputs.signal` stops it (steps.ts).
  const { targets, groups } = await runStepsAsync(resolveTargetsSteps({ ...inputs, yaml }, files), inputs.signal);
  return toBakeDefinition(targets, groups);
}

/**
 * `--list targets|variables` (buildx lists what the files define before any target is resolved or overridden).
 */
export async function listDefinition(
  inputs: BakeInputs,
  request: { type: 'targets' | 'variables'; format: 'table' | 'json' },
  given?: SourceFile[],
): Promise<string> {
  const files = given ?? readFiles(inputs);
  const yaml = inputs.yaml ?? (files.some((f) => mayBeCompose(f.name)) ? await import('yaml') : undefined);
  const meta = { variables: [] as ListedVariable[] };
  const config = loadConfig(files, { ...inputs, yaml }, meta);
  return request.type === 'targets'
    ? listTargets(config, request.format)
    : listVariables(meta.variables, request.format);
}

/**
 * target -> the targets it consumes through `target:NAME` contexts, for every target in the
 * definition. Throws a BakeError naming the cycle if the links are not a DAG.
 */
export function targetDependencies(def: BakeDefinition): Map<string, string[]> {
  const deps = new Map<string, string[]>();
  for (const name of Object.keys(def.target).sort()) {
    const t: BakeTarget = def.target[name];
    const list: string[] = [];
    for (const key of Object.keys(t.contexts ?? {}).sort()) {
      const v = t.contexts![key];
      if (v.startsWith('target:')) {
        const dep = v.slice('target:'.length);
        if (!list.includes(dep)) list.push(dep);
      }
    }
    deps.set(name, list);
  }
  // Depth-first search with colours; the grey path is the cycle when a back-edge appears.
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (n: string): void => {
    const s = state.get(n);
    if (s === 'done') return;
    if (s === 'visiting') {
      const cycle = [...path.slice(path.indexOf(n)), n];
      throw new BakeError(`target dependency cycle: ${cycle.join(' -> ')}`);
    }
    state.set(n, 'visiting');
    path.push(n);
    for (const d of deps.get(n) ?? []) {
      if (!deps.has(d)) throw new BakeError(`failed to find target ${d} (used as a context by ${n})`);
      visit(d);
    }
    path.pop();
    state.set(n, 'done');
  };
  for (const n of deps.keys()) visit(n);
  return deps;
}
