/**
 * The merge command shared by the CLI (`bakekit merge`) and the action (`merge: true`): read the build jobs'
 * metadata, resolve the bake definition (when there is one) for the targets' tags, merge.
 */
import { BakeError } from '../../bake/errors.js';
import { resolveDefinition, targetSpecs, type BakeRunOptions } from '../run/bake.js';
import { mergeFromMetadata, metadataTargets, readMetadataInputs } from './merge.js';
import type { TargetSpec } from '../target/spec.js';

export interface MergeRunOptions {
  files: string[];
  set: string[];
  targets: string[];
  from: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/** Reads the jobs' metadata, resolves the definition (when there is one) for the targets found there, and merges. */
export async function runMergeCommand(opts: MergeRunOptions): Promise<Record<string, Record<string, unknown>>> {
  if (!opts.from.length)
    throw new Error(
      "nothing to merge: give the build jobs' metadata with --from (a file, a directory of them, or the JSON)",
    );
  const inputs = readMetadataInputs(opts.from, opts.cwd);
  const targets = opts.targets.length ? opts.targets : metadataTargets(inputs);
  let specs: TargetSpec[] = [];
  const bakeOpts: BakeRunOptions = { files: opts.files, targets, set: opts.set, cwd: opts.cwd, env: opts.env };
  try {
    specs = targetSpecs(await resolveDefinition(bakeOpts), opts.cwd);
  } catch (err) {
    // No bake file at all is fine for a merge (the tags then come from the jobs' image names); a broken one is not.
    const none = err instanceof BakeError && /couldn't find a bake definition/.test(err.message) && !opts.files.length;
    if (!none) throw err;
    if (opts.set.length) throw new Error(`--set needs a bake definition: ${err.message}`);
  }
  return mergeFromMetadata({ specs, inputs, targets: opts.targets, env: opts.env, signal: opts.signal, log: opts.log });
}
