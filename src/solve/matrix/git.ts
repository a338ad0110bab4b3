/**
 * The Git queries `changed` mode makes, on the local clone only (no fetch, no network): the repository's root, whether
 * a commit is there, the paths that differ between two commits, a file's content at a commit. git runs through
 * execFile with an argument list (never a shell): a ref or path from an event payload cannot become a command.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';

/** git failed: the command, its exit status and what it wrote to stderr. */
export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    readonly args: readonly string[],
    readonly status: number | null,
    readonly stderr: string,
  ) {
    super(
      `git ${args.join(' ')} failed${status !== null ? ` (exit status ${status})` : ''}${stderr.trim() ? `: ${stderr.trim()}` : ''}`,
    );
  }
}

export interface GitOptions {
  signal?: AbortSignal;
  /** written to git's standard input, which is then closed */
  input?: string;
}

/** Runs git in `cwd`; stdout as bytes. Messages in English (LC_ALL=C), no pager, no prompt. */
export function git(cwd: string, args: readonly string[], opts: GitOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['--no-pager', ...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: 256 * 1024 * 1024,
        timeout: 120_000,
        signal: opts.signal,
        env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
      },
      (err, stdout, stderr) => {
        if (err) {
          // execFile's error: `code` is the exit status, or a spawn error's name (ENOENT: no git)
          const code = (err as { code?: unknown }).code;
          if (err.name === 'AbortError')
            reject(Object.assign(new Error(`git ${args[0]} was cancelled`, { cause: err }), { name: 'AbortError' }));
          else if (code === 'ENOENT')
            reject(new Error('changed mode needs git on the PATH (it reads the local clone)'));
          else
            reject(new GitError(args, typeof code === 'number' ? code : null, stderr.toString('utf8') || err.message));
          return;
        }
        resolve(stdout);
      },
    );
    // git may exit before reading its input (an error): that EPIPE says nothing its exit status does not
    child.stdin?.on('error', () => {});
    if (opts.input !== undefined) child.stdin?.end(opts.input);
    else child.stdin?.end();
  });
}

/** The top-level directory of the work tree `cwd` is in (real path). */
export async function repositoryRoot(cwd: string, opts?: GitOptions): Promise<string> {
  let out: string;
  try {
    out = (await git(cwd, ['rev-parse', '--show-toplevel'], opts)).toString('utf8').trim();
  } catch (err) {
    if (err instanceof GitError)
      throw new Error(`changed mode needs a Git checkout: ${cwd} is not in one (${err.stderr.trim()})`);
    throw err;
  }
  return fs.realpathSync(out);
}

/** The commit `ref` names, or undefined when the clone does not have it (a shallow clone, an unknown ref). */
export async function resolveCommit(cwd: string, ref: string, opts?: GitOptions): Promise<string | undefined> {
  // `--end-of-options`: a ref starting with `-` is a ref, not an option
  try {
    const out = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], opts);
    return out.toString('utf8').trim() || undefined;
  } catch (err) {
    if (err instanceof GitError) return undefined;
    throw err;
  }
}

/** Paths (relative to the repository root, `/`-separated) whose content differs between the two commits' trees; a
 * rename lists both names. */
export async function changedPaths(cwd: string, base: string, head: string, opts?: GitOptions): Promise<string[]> {
  const out = await git(
    cwd,
    ['diff', '--name-only', '-z', '--no-renames', '--no-relative', '--no-ext-diff', '--no-textconv', base, head, '--'],
    opts,
  );
  return out
    .toString('utf8')
    .split('\0')
    .filter((p) => p !== '');
}

/**
 * Files' contents at `commit` (paths relative to the repository root), read by one `git cat-file --batch`: in the
 * order asked, undefined where there is no file (missing, or not a blob). A path holding a newline cannot be asked
 * on a line of the batch: undefined too.
 */
export async function filesAt(
  cwd: string,
  commit: string,
  repoPaths: readonly string[],
  opts?: GitOptions,
): Promise<Array<Buffer | undefined>> {
  const asked = repoPaths.filter((p) => !p.includes('\n'));
  const found = new Map<string, Buffer | undefined>();
  if (asked.length) {
    const out = await git(cwd, ['cat-file', '--batch'], {
      ...opts,
      input: asked.map((p) => `${commit}:${p}\n`).join(''),
    });
    // per object: `<oid> <type> <size>\n<content>\n`, or `<name> missing\n` (also `ambiguous`)
    let pos = 0;
    for (const p of asked) {
      const eol = out.indexOf(0x0a, pos);
      if (eol < 0) throw new GitError(['cat-file', '--batch'], 0, `output ended before ${p}`);
      const header = /^[0-9a-f]+ (\S+) (\d+)$/.exec(out.subarray(pos, eol).toString('utf8'));
      pos = eol + 1;
      if (!header) {
        found.set(p, undefined);
        continue;
      }
      const size = Number(header[2]);
      found.set(p, header[1] === 'blob' ? Buffer.from(out.subarray(pos, pos + size)) : undefined);
      pos += size + 1;
    }
  }
  return repoPaths.map((p) => found.get(p));
}
