import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GitInfoCache, mayBeInCheckout, redactCredentials } from '../../../../src/solve/target/git-info.js';

const repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-git-')));
const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-nogit-')));
const g = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();
g('init', '-q', '-b', 'main');
fs.mkdirSync(path.join(repo, 'app'));
fs.writeFileSync(path.join(repo, 'app', 'Dockerfile'), 'FROM scratch\n');
g('add', '.');
g('commit', '-q', '-m', 'one');
g('remote', 'add', 'origin', 'https://user:s3cret@example.com/org/repo.git');
const sha = g('rev-parse', 'HEAD');
afterAll(() => {
  fs.rmSync(repo, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('git facts buildx sends (build/git.go)', () => {
  it('vcs:revision, vcs:source without the password, and each local dir relative to the checkout', async () => {
    const attrs = await new GitInfoCache({}).attributes(
      path.join(repo, 'app'),
      { context: path.join(repo, 'app'), dockerfile: path.join(repo, 'app'), other: outside },
      path.join(repo, 'app', 'Dockerfile'),
    );
    expect(attrs).toEqual({
      'vcs:revision': sha,
      'vcs:source': 'https://xxxxx:xxxxx@example.com/org/repo.git',
      'vcs:localdir:context': 'app',
      'vcs:localdir:dockerfile': 'app',
    });
  });
  it('labels with BUILDX_GIT_LABELS, nothing with BUILDX_GIT_INFO=0, -dirty with BUILDX_GIT_CHECK_DIRTY', async () => {
    fs.writeFileSync(path.join(repo, 'untracked'), 'x');
    const labelled = await new GitInfoCache({
      BUILDX_GIT_LABELS: '1',
      BUILDX_GIT_INFO: '0',
      BUILDX_GIT_CHECK_DIRTY: '1',
    }).attributes(repo, { context: repo }, path.join(repo, 'app', 'Dockerfile'));
    expect(labelled).toEqual({
      'label:org.opencontainers.image.revision': `${sha}-dirty`,
      'label:org.opencontainers.image.source': 'https://xxxxx:xxxxx@example.com/org/repo.git',
      'label:com.docker.image.source.entrypoint': 'app/Dockerfile',
    });
    fs.rmSync(path.join(repo, 'untracked'));
    expect(await new GitInfoCache({ BUILDX_GIT_INFO: 'false' }).attributes(repo, { context: repo }, undefined)).toEqual(
      {},
    );
  });
  it('nothing outside a checkout or for a remote context', async () => {
    expect(await new GitInfoCache({}).attributes(outside, { context: outside }, undefined)).toEqual({});
    expect(await new GitInfoCache({}).attributes(undefined, {}, undefined)).toEqual({});
  });
  it('runs git once per directory and once per checkout for what its directories share, and not at all outside', async () => {
    // a real git behind a logging wrapper, first on PATH: the runner's processes are what this is about
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-gitlog-'));
    const log = path.join(bin, 'calls');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${realGit}' "$@"\n`, {
      mode: 0o755,
    });
    const savedPath = process.env.PATH;
    process.env.PATH = `${bin}:${savedPath}`;
    try {
      const cache = new GitInfoCache({});
      const [a, b, none] = await Promise.all([
        cache.attributes(repo, { context: repo }, undefined),
        cache.attributes(path.join(repo, 'app'), { context: path.join(repo, 'app') }, undefined),
        cache.attributes(outside, { context: outside }, undefined),
      ]);
      expect(a['vcs:revision']).toBe(sha);
      expect(b['vcs:revision']).toBe(sha);
      expect(b['vcs:localdir:context']).toBe('app');
      expect(none).toEqual({});
      const calls = fs.readFileSync(log, 'utf8').trim().split('\n');
      expect(calls.filter((c) => c.includes('rev-parse'))).toHaveLength(2); // the two directories in the checkout
      expect(calls.filter((c) => c.includes('show --format=%H'))).toHaveLength(1);
      expect(calls.filter((c) => c.includes('remote get-url'))).toHaveLength(1);
    } finally {
      process.env.PATH = savedPath;
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });
  it('knows without git when no repository can be found', () => {
    expect(mayBeInCheckout(path.join(repo, 'app'), {})).toBe(true);
    expect(mayBeInCheckout(outside, {})).toBe(false);
    expect(mayBeInCheckout(outside, { GIT_DIR: path.join(repo, '.git') })).toBe(true);
  });
  it('masks user and password, as BuildKit does', () => {
    expect(redactCredentials('https://tok:x-oauth@github.com/a/b')).toBe('https://xxxxx:xxxxx@github.com/a/b');
    expect(redactCredentials('https://ghp_token@github.com/a/b')).toBe('https://xxxxx@github.com/a/b');
    expect(redactCredentials('git@github.com:a/b.git')).toBe('git@github.com:a/b.git');
    expect(redactCredentials('https://github.com/a/b')).toBe('https://github.com/a/b');
  });
});
