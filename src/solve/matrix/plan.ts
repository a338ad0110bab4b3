/**
 * Matrix planning, shared by `bakekit matrix` and the action's `matrix: true`: resolve the definition exactly as a
 * build resolves it (solve/run/bake.ts resolveDefinition: the same files, `--set`, `--var` and global-flag overrides),
 * optionally keep only what changed since a base commit (changed.ts), and shape the result for `strategy.matrix`
 * (matrix.ts). Nothing is built and nothing connects anywhere; Git is read locally.
 */
import * as path from 'node:path';
import type { BakeDefinition } from '../../bake/index.js';
import { bakeFileNames, localBakeFileName, type SourceFile } from '../../bake/resolve.js';
import { decodeBakeFile } from '../../bake/utf8.js';
import { resolveDefinition, type BakeRunOptions } from '../run/bake.js';
import { baseFromEvent, type BaseChoice } from './base-ref.js';
import { selectChanged, type BaseDefinition } from './changed.js';
import { changedPaths, filesAt, repositoryRoot, resolveCommit } from './git.js';
import { targetGraph } from './graph.js';
import { isInside, realPath, repoRelative } from './local-paths.js';
import { buildMatrix, type Matrix } from './matrix.js';

export interface MatrixOptions {
  /** the bake run the matrix describes (its files, targets, overrides, variables, working directory, environment) */
  bake: BakeRunOptions;
  /** extra fields per entry (entries.ts parseFields' result) */
  fields: readonly string[];
  /** `changed` mode: only targets that changed since `base` (a commit-ish of the local clone); without `base`, the
   * commit the GitHub event names (base-ref.ts) */
  changed?: { base?: string };
}

export interface MatrixPlan extends Matrix {
  definition: BakeDefinition;
  /** changed mode: what was compared and why each listed target is in the matrix */
  changed?: {
    /** the commit compared with, or why everything is listed */
    base: BaseChoice;
    selected: Map<string, string[]>;
  };
  /** what the log should say: contexts that could not be checked, a base that fell back to everything */
  notes: string[];
}

/** A base given by name that the clone does not have, or no base at all: the planning cannot proceed. */
export class MatrixBaseError extends Error {
  override readonly name = 'MatrixBaseError';
}

export async function planMatrix(opts: MatrixOptions): Promise<MatrixPlan> {
  const { bake } = opts;
  const definition = await resolveDefinition(bake);
  const graph = targetGraph(definition);
  if (!opts.changed) return { ...buildMatrix(definition, { fields: opts.fields, graph }), definition, notes: [] };

  const notes: string[] = [];
  let base: BaseChoice;
  if (opts.changed.base) base = { kind: 'commit', ref: opts.changed.base, from: 'given' };
  else {
    const fromEvent = baseFromEvent(bake.env);
    if (!fromEvent)
      throw new MatrixBaseError(
        'changed mode needs a base commit: name one (--base REF, action input matrix-base); outside GitHub Actions there is no event to take it from',
      );
    base = fromEvent;
  }
  let selected: Map<string, string[]> | undefined;
  if (base.kind === 'commit') {
    const gitOpts = { signal: bake.signal };
    const root = await repositoryRoot(bake.cwd, gitOpts);
    const head = await resolveCommit(bake.cwd, 'HEAD', gitOpts);
    if (!head) throw new MatrixBaseError(`changed mode: the repository at ${root} has no commit checked out (HEAD)`);
    const commit = await resolveCommit(bake.cwd, base.ref, gitOpts);
    if (!commit) {
      const why = `the base ${base.ref} (${base.from}) is not a commit of this clone — a shallow clone? check out with fetch-depth: 0 (actions/checkout)`;
      // a base the user named must exist; one from the event may be gone (a force push) or not fetched: list everything
      if (base.from === 'given') throw new MatrixBaseError(`changed mode: ${why}`);
      notes.push(`${why}: every target is listed`);
      base = { kind: 'everything', reason: why };
    } else {
      base = { ...base, ref: commit };
      const paths = await changedPaths(bake.cwd, commit, head, gitOpts);
      const before = await definitionAt(bake, root, commit);
      const selection = selectChanged({ def: definition, graph, base: before, cwd: bake.cwd, root, paths });
      notes.push(...selection.notes);
      selected = selection.selected;
    }
  }
  if (!selected) {
    const reason = `no base to compare with: ${base.kind === 'everything' ? base.reason : base.ref}`;
    selected = new Map(Object.keys(definition.target).map((n) => [n, [reason]]));
  }
  const matrix = buildMatrix(definition, { fields: opts.fields, graph, only: new Set(selected.keys()) });
  return { ...matrix, definition, changed: { base, selected }, notes };
}

/**
 * The definition the same bake files gave at `commit`: the files read from Git (by the names a run reads them by:
 * the given ones, BUILDX_BAKE_FILE's, or the default names that existed then — bake/resolve.ts readFiles), resolved
 * with this run's options. A file that cannot be read there, or a definition that does not resolve, leaves nothing to
 * compare with: every target then counts as changed (changed.ts).
 */
export async function definitionAt(bake: BakeRunOptions, root: string, commit: string): Promise<BaseDefinition> {
  const { names, isDefault } = bakeFileNames(bake.files, bake.env);
  const wanted: Array<{ name: string; repoPath: string }> = [];
  for (const raw of names) {
    const name = localBakeFileName(raw);
    if (name === '-') return { missing: 'a bake file read from stdin cannot be read at the base' };
    const abs = realPath(path.resolve(bake.cwd, name));
    if (!isInside(root, abs)) return { missing: `bake file ${name} is outside the repository` };
    wanted.push({ name, repoPath: repoRelative(root, abs) });
  }
  const contents = await filesAt(
    bake.cwd,
    commit,
    wanted.map((w) => w.repoPath),
    { signal: bake.signal },
  );
  const files: SourceFile[] = [];
  for (const [i, { name }] of wanted.entries()) {
    const data = contents[i];
    if (!data) {
      if (isDefault) continue;
      return { missing: `bake file ${name} did not exist at the base` };
    }
    try {
      files.push({ name, data: decodeBakeFile(name, data, name.toLowerCase().endsWith('.hcl')) });
    } catch (err) {
      return { missing: `bake file ${name} at the base: ${(err as Error).message}` };
    }
  }
  if (files.length === 0) return { missing: 'no bake file existed at the base' };
  try {
    // the old files' warnings are not this run's
    return { definition: await resolveDefinition({ ...bake, sourceFiles: files, onBakeWarning: undefined }) };
  } catch (err) {
    return { missing: `the bake files at the base do not resolve (${(err as Error).message})` };
  }
}
