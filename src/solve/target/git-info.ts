/**
 * What buildx tells BuildKit about the git checkout a local context lives in (buildx build/git.go
 * getGitAttributes): `vcs:revision` and `vcs:source` (the daemon writes them into provenance), `vcs:localdir:NAME`
 * for each local directory of the build (its path in the checkout), and with BUILDX_GIT_LABELS the OCI
 * revision/source labels and the Dockerfile's path. BUILDX_GIT_INFO=0 turns the vcs attributes off;
 * BUILDX_GIT_CHECK_DIRTY=1 marks a dirty tree's revision `-dirty`. Read with the git CLI, as buildx does, but with
 * fewer processes, since each costs a Node process ~10–70 ms of CPU to spawn (docs/benchmarks.md): none for a
 * directory with no `.git` above it (git would find no repository there either), one per context directory for its
 * checkout's top, and the revision, remote and dirtiness once per checkout, which every directory in it shares.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseGoBool } from './attribute-values.js';

export interface GitInfo {
  /** the checkout's top directory */
  root: string;
  revision?: string;
  source?: string;
}

interface GitSettings {
  labels: boolean;
  info: boolean;
  checkDirty: boolean;
}

function settings(env: NodeJS.ProcessEnv): GitSettings {
  const labelsVar = env.BUILDX_GIT_LABELS;
  return {
    labels: labelsVar === 'full' || parseGoBool(labelsVar) === true,
    info: parseGoBool(env.BUILDX_GIT_INFO) ?? true,
    checkDirty: parseGoBool(env.BUILDX_GIT_CHECK_DIRTY) === true,
  };
}

function gitLines(dir: string, args: string[]): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'log.showSignature=false', ...args],
      { cwd: dir, encoding: 'utf8', timeout: 10_000 },
      (err, stdout) => {
        // buildx's clean(): a line without quotes
        resolve(err ? undefined : stdout.split('\n').map((l) => l.replace(/'/g, '')));
      },
    );
  });
}

/** The first line of git's output (buildx's clean()), undefined when git fails. */
async function git(dir: string, args: string[]): Promise<string | undefined> {
  return (await gitLines(dir, args))?.[0];
}

/**
 * Whether git could find a repository for `dir`: a `.git` (directory or file) in it or above it, or a repository
 * named by the environment (GIT_DIR, GIT_WORK_TREE). Without either, `git rev-parse` fails; asking costs a process.
 */
export function mayBeInCheckout(dir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.GIT_DIR || env.GIT_WORK_TREE) return true;
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return true;
    if (path.dirname(d) === d) return false;
  }
}

/** BuildKit's urlutil.RedactCredentials: user and password in the URL are masked (they would land in provenance). */
export function redactCredentials(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url; // scp-like `git@host:path` is not a URL to Go either
  }
  if (!u.username && !u.password) return url;
  if (u.username) u.username = 'xxxxx';
  if (u.password) u.password = 'xxxxx';
  return u.toString();
}

async function remoteUrl(dir: string): Promise<string | undefined> {
  const symref = await git(dir, ['symbolic-ref', '-q', 'HEAD']);
  const remote = symref ? await git(dir, ['for-each-ref', '--format=%(upstream:remotename)', symref]) : undefined;
  for (const name of [remote, 'origin', 'upstream']) {
    if (!name) continue;
    const url = await git(dir, ['remote', 'get-url', name]);
    if (url) return redactCredentials(url);
  }
  return undefined;
}

/** The checkout's top directory of `dir`, undefined when `dir` is not in a work tree (buildx: IsInsideWorkTree). */
async function checkoutTop(dir: string): Promise<string | undefined> {
  if (!mayBeInCheckout(dir)) return undefined;
  // one process for both questions: outside a work tree --show-toplevel fails, and so does the call
  const lines = await gitLines(dir, ['rev-parse', '--is-inside-work-tree', '--show-toplevel']);
  return lines?.[0] === 'true' && lines[1] ? lines[1] : undefined;
}

/** What every directory of the checkout `root` shares: its revision (with `-dirty`) and its remote. */
async function readCheckout(root: string, s: GitSettings): Promise<Omit<GitInfo, 'root'>> {
  // run in the top directory: each answer is the checkout's, whichever of its directories asks
  const [sha, source, dirty] = await Promise.all([
    git(root, ['show', '--format=%H', 'HEAD', '--quiet', '--']),
    remoteUrl(root),
    s.checkDirty
      ? git(root, ['status', '--porcelain', '--ignored']).then((out) => out === undefined || out.trim() !== '')
      : Promise.resolve(false),
  ]);
  return { revision: sha ? (dirty ? `${sha}-dirty` : sha) : undefined, source };
}

/** Git facts per context directory, asked once per run; those of a checkout once for all its directories. */
export class GitInfoCache {
  private readonly byDir = new Map<string, Promise<GitInfo | undefined>>();
  private readonly byRoot = new Map<string, Promise<Omit<GitInfo, 'root'>>>();
  private readonly s: GitSettings;
  constructor(env: NodeJS.ProcessEnv) {
    this.s = settings(env);
  }

  get enabled(): boolean {
    return this.s.info || this.s.labels;
  }

  /** Starts (or joins) reading `dir`'s checkout: the runner calls it early, so that git runs while it connects. */
  read(dir: string): Promise<GitInfo | undefined> {
    let info = this.byDir.get(dir);
    if (!info) {
      info = this.enabled ? this.readDir(dir) : Promise.resolve(undefined);
      this.byDir.set(dir, info);
    }
    return info;
  }

  private async readDir(dir: string): Promise<GitInfo | undefined> {
    const root = await checkoutTop(dir);
    if (!root) return undefined;
    let checkout = this.byRoot.get(root);
    if (!checkout) {
      checkout = readCheckout(root, this.s);
      this.byRoot.set(root, checkout);
    }
    return { root, ...(await checkout) };
  }

  /**
   * The frontend attributes buildx adds for a build whose context is `contextDir` (undefined for a remote context):
   * `localDirs` are the build's local directories by name, `dockerfile` its Dockerfile's path.
   */
  async attributes(
    contextDir: string | undefined,
    localDirs: Record<string, string>,
    dockerfile: string | undefined,
  ): Promise<Record<string, string>> {
    if (!contextDir || !this.enabled) return {};
    const g = await this.read(contextDir);
    if (!g) return {};
    const out: Record<string, string> = {};
    if (g.revision) {
      if (this.s.labels) out['label:org.opencontainers.image.revision'] = g.revision;
      if (this.s.info) out['vcs:revision'] = g.revision;
    }
    if (g.source) {
      if (this.s.labels) out['label:org.opencontainers.image.source'] = g.source;
      if (this.s.info) out['vcs:source'] = g.source;
    }
    if (this.s.labels) {
      const rel = path.relative(g.root, dockerfile ?? path.join(contextDir, 'Dockerfile'));
      if (!rel.startsWith('..')) out['label:com.docker.image.source.entrypoint'] = rel;
    }
    if (this.s.info) {
      for (const [name, dir] of Object.entries(localDirs)) {
        let real: string;
        try {
          real = fs.realpathSync(dir);
        } catch {
          continue;
        }
        const rel = path.relative(g.root, real);
        if (!rel.startsWith('..')) out[`vcs:localdir:${name}`] = rel === '' ? '.' : rel;
      }
    }
    return out;
  }
}
