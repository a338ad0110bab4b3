/**
 * Which bake files a run reads, by name: apart from resolve.ts so that a run can look at its files before it loads
 * the parser and the evaluator (solve/run/early-identity.ts).
 */

/** Files looked for, in this order, when none is named (all that exist are read). */
export const DEFAULT_FILENAMES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yml',
  'docker-compose.yaml',
  'docker-bake.json',
  'docker-bake.hcl',
  'docker-bake.override.json',
  'docker-bake.override.hcl',
];

/** Whether a file is loaded as compose YAML, or tried as such first: all but `.json` and `.hcl` files. */
export function mayBeCompose(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.endsWith('.json') && !lower.endsWith('.hcl');
}

/**
 * The names of the bake files a run reads: the given ones, else BUILDX_BAKE_FILE's, else DEFAULT_FILENAMES (`isDefault`:
 * then only those that exist are read).
 */
export function bakeFileNames(
  files: readonly string[],
  env: NodeJS.ProcessEnv,
): { names: readonly string[]; isDefault: boolean } {
  if (files.length > 0) return { names: files, isDefault: false };
  const fromEnv = env.BUILDX_BAKE_FILE;
  if (!fromEnv) return { names: DEFAULT_FILENAMES, isDefault: true };
  const sep = env.BUILDX_BAKE_PATH_SEPARATOR || ':';
  const names = fromEnv
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return { names, isDefault: false };
}

/** A bake file's name as the run reads it: `cwd://NAME` (a working-directory file beside a remote definition) is NAME. */
export function localBakeFileName(name: string): string {
  return name.startsWith('cwd://') ? name.slice('cwd://'.length) : name;
}

/** A remote definition's URL (or a remote context): an HTTP(S) or Git URL, or a GitHub path. */
export function isRemoteURL(s: string): boolean {
  return /^(https?:\/\/|git:\/\/|ssh:\/\/|git@[^:]+:|github\.com\/)/.test(s);
}
