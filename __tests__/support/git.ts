/**
 * Git for tests: a hermetic runner (no system or user configuration, a fixed author, so commits do not depend on the
 * machine) and a repository served over Git's dumb HTTP protocol, as a remote the daemon fetches from, with every
 * request recorded (URL and Authorization header) so that a test can see what was fetched and with which token.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { makeProject } from './project.js';

export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

/** Runs git in `dir`; its output, trimmed. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();
}

export interface ServedRepository {
  /** `127.0.0.1:PORT`: the repository is `http://HOST/owner/repo.git` */
  host: string;
  /** the one commit, on `main` */
  sha: string;
  requests: Array<{ url: string; auth?: string }>;
  close(): void;
}

/** `files` committed on `main` (one commit), cloned bare to `DIR/owner/repo.git`; `dir` is DIR. */
export function bareRepository(files: Record<string, string>): { dir: string; path: string; sha: string } {
  const src = makeProject(files);
  git(src, 'init', '-q', '-b', 'main');
  git(src, 'add', '.');
  git(src, 'commit', '-q', '-m', 'served');
  const sha = git(src, 'rev-parse', 'HEAD');
  const dir = makeProject({});
  fs.mkdirSync(path.join(dir, 'owner'));
  git(dir, 'clone', '-q', '--bare', src, 'owner/repo.git');
  return { dir, path: path.join(dir, 'owner/repo.git'), sha };
}

/** `files` committed on `main` and served read-only as `http://HOST/owner/repo.git`. */
export async function serveRepository(files: Record<string, string>): Promise<ServedRepository> {
  const { dir: srv, sha } = bareRepository(files);
  git(path.join(srv, 'owner/repo.git'), 'update-server-info');
  const requests: ServedRepository['requests'] = [];
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? '', auth: req.headers.authorization });
    const file = path.join(srv, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (!file.startsWith(srv) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { host, sha, requests, close: () => server.close() };
}
