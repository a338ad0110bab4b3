/**
 * Remote bake definitions (solve/run/remote-definition.ts) on the standalone buildkitd: the daemon fetches a bare repository
 * served over Git's dumb HTTP protocol on 127.0.0.1, and the bake files are read from its checkout — the default names
 * that exist, named files, a `#ref:subdir`, the host-scoped token sent to the server, and the errors for a missing file
 * and a missing repository.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRemoteFiles } from '../../../src/solve/run/remote-definition.js';
import { gitSource } from '../../../src/solve/target/git-source.js';
import { BuildkitClient } from '../../../src/buildkit/client.js';
import { connect } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import type { BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { BASE_IMAGE as BASE, STANDALONE, expectNoActiveBuilds, requireTestHost } from '../../support/daemons.js';
import { bareRepository, serveRepository, type ServedRepository } from '../../support/git.js';
import { TEST_SSHD, requireTestSshd, startSshAgent, type SshAgent } from '../../support/test-sshd.js';
import { privateRemoteBuilder, type PrivateBuilder } from '../../support/buildx.js';
import { makeProject, removeProjects } from '../../support/project.js';

const BAKE = 'target "default" {\n  output = ["type=local,dest=out"]\n}\n';
/** Targets of the --print comparison only (never built): every kind of context a remote definition's target has. */
const CONTEXTS_BAKE = `target "dirs" {
  context  = "sub"
  contexts = { repo = ".", docs = "docs/", here = "cwd://files", img = "docker-image://busybox", other = "target:cwd" }
}
target "cwd" {
  context    = "cwd://src"
  dockerfile = "cwd://src/Dockerfile"
}
`;
const OVERRIDE = '{"target": {"default": {"args": {"FROM": "override"}}}}\n';

let repo: ServedRepository;
let host = '';
let sha = '';
let requests: ServedRepository['requests'] = [];
let conn: BuildkitConnection;

beforeAll(async () => {
  requireTestHost();
  repo = await serveRepository({
    'docker-bake.hcl': BAKE,
    'docker-bake.override.json': OVERRIDE,
    Dockerfile: 'FROM scratch\n',
    'sub/other.hcl': 'target "sub" {}\n',
    'contexts.hcl': CONTEXTS_BAKE,
  });
  ({ host, sha, requests } = repo);
  conn = await connect(parseEndpoint(STANDALONE));
});

afterAll(async () => {
  await conn?.close();
  repo?.close();
  removeProjects();
});

describe('gitSource', () => {
  it('makes the identifier and attributes llb.Git does', () => {
    expect(gitSource('https://github.com/o/r.git#v1:sub/dir')).toEqual({
      remote: 'https://github.com/o/r.git',
      identifier: 'git://github.com/o/r.git#v1:sub/dir',
      attrs: {
        'git.fullurl': 'https://github.com/o/r.git',
        'git.authtokensecret': 'GIT_AUTH_TOKEN',
        'git.authheadersecret': 'GIT_AUTH_HEADER',
      },
    });
    expect(gitSource('git@github.com:o/r.git').identifier).toBe('git://github.com/o/r.git');
    expect(gitSource('github.com/o/r').remote).toBe('https://github.com/o/r');
    expect(gitSource('https://h/o/r.git?ref=main&subdir=a').identifier).toBe('git://h/o/r.git#main:a');
  });
});

describe('readRemoteFiles', () => {
  it('reads the default bake files the repository has, fetched with the host-scoped token', async () => {
    const token = `ghs_${crypto.randomUUID().replace(/-/g, '')}`;
    requests.length = 0;
    const files = await readRemoteFiles(conn, `http://${host}/owner/repo.git#${sha}`, {
      files: [],
      secrets: new Map([[`GIT_AUTH_TOKEN.${host}`, Buffer.from(token)]]),
    });
    expect(files).toEqual([
      { name: 'docker-bake.hcl', data: BAKE },
      { name: 'docker-bake.override.json', data: OVERRIDE },
    ]);
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    expect(requests.some((q) => q.url.startsWith('/owner/repo.git/'))).toBe(true);
    expect(requests.some((q) => q.auth?.toLowerCase() === `basic ${basic}`.toLowerCase())).toBe(true);
    await expectNoActiveBuilds(new BuildkitClient(conn));
  });

  it('reads named files, relative to a subdir of the fragment', async () => {
    const files = await readRemoteFiles(conn, `http://${host}/owner/repo.git#main:sub`, { files: ['other.hcl'] });
    expect(files).toEqual([{ name: 'other.hcl', data: 'target "sub" {}\n' }]);
  });

  it("BuildKit's query form: the daemon checks the commit a `checksum` names", async () => {
    const files = await readRemoteFiles(conn, `http://${host}/owner/repo.git?branch=main&subdir=sub&checksum=${sha}`, {
      files: ['other.hcl'],
    });
    expect(files).toEqual([{ name: 'other.hcl', data: 'target "sub" {}\n' }]);
    const wrong = sha.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    await expect(
      readRemoteFiles(conn, `http://${host}/owner/repo.git?ref=main&checksum=${wrong}`, { files: [] }),
    ).rejects.toThrow(/^reading the bake definition from .*checksum=.*: .*(checksum|expected)/);
    await expect(
      readRemoteFiles(conn, `http://${host}/owner/repo.git?ref=main&depth=1`, { files: [] }),
    ).rejects.toThrow('unexpected query "depth"');
    await expectNoActiveBuilds(new BuildkitClient(conn));
  });

  it('fails for a named file the repository does not have, and for a repository that does not exist', async () => {
    await expect(readRemoteFiles(conn, `http://${host}/owner/repo.git#main`, { files: ['nope.hcl'] })).rejects.toThrow(
      /nope\.hcl/,
    );
    await expect(readRemoteFiles(conn, `http://${host}/owner/missing.git#main`, { files: [] })).rejects.toThrow(
      /^reading the bake definition from http:\/\/127\.0\.0\.1:\d+\/owner\/missing\.git#main: .*failed to fetch remote/,
    );
    await expectNoActiveBuilds(new BuildkitClient(conn));
  });
});

/**
 * `bakekit URL [TARGET...]`, the command line buildx takes for a remote definition (commands/bake.go bakeArgs): the
 * same `--print` as `docker buildx bake URL --print` (buildx 0.29, a `remote` builder on the same daemon), and a build
 * whose definition is fetched with BUILDX_BAKE_GIT_AUTH_TOKEN as the host-scoped token, which never reaches the log.
 */
describe('the CLI with a remote definition', () => {
  const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  /** A child process, awaited: the repository is served by this process, whose event loop must keep running. */
  const run = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
    run(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/index.ts'), ...args], cwd, env);
  let builder: PrivateBuilder | undefined;
  beforeAll(() => {
    builder = privateRemoteBuilder('bk', STANDALONE);
  }, 120_000);
  afterAll(() => builder?.remove());
  /** `--print` of `args` by buildx (the private builder) and by bakekit, in `cwd` with `env`: both must succeed; each's
   * definition, parsed. */
  type Printed = { target: Record<string, { context?: string; args?: Record<string, string> }> };
  const printBoth = async (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => {
    const buildx = await run('docker', ['buildx', 'bake', '--builder', 'bk', ...args, '--print'], cwd, {
      ...env,
      DOCKER_CONFIG: builder!.dockerConfig,
    });
    expect(buildx.status, buildx.stderr).toBe(0);
    const ours = await cli([...args, '--print', '--builder', STANDALONE], cwd, env);
    expect(ours.status, ours.stderr).toBe(0);
    return { buildx: JSON.parse(buildx.stdout) as Printed, ours: JSON.parse(ours.stdout) as Printed };
  };

  it('--print: the definition buildx prints for the same URL', async () => {
    const url = `http://${host}/owner/repo.git#main`;
    const cwd = makeProject({});
    const { buildx, ours: printed } = await printBoth([url], cwd);
    expect(printed).toEqual(buildx);
    expect(printed.target.default.args).toEqual({ FROM: 'override' }); // the repository's override file
    expect(printed.target.default.context).toBe(url); // `.` is the repository
  }, 120_000);

  it("--print: a remote definition's contexts as buildx prints them", async () => {
    const url = `http://${host}/owner/repo.git#main`;
    const cwd = makeProject({ 'src/Dockerfile': 'FROM scratch\n', 'files/a.txt': 'a\n' });
    const { buildx: expected, ours } = await printBoth([url, '-f', 'contexts.hcl', 'dirs', 'cwd'], cwd);
    // buildx 0.29 prints a directory of the repository as written (`sub`); buildx >= 0.32 prints its URL, which its
    // updateContext makes the context (remoteURLWithSubdir): bakekit follows current buildx
    expect(expected.target.dirs.context).toBe('sub');
    expected.target.dirs.context = `${url}:sub`;
    // named contexts are printed as written (buildx sends their URLs and copies, but never puts them back in the
    // target), and a `cwd://` context without its prefix (toBuildOpt sets the target's context to the path it uses)
    expect(ours).toEqual(expected);
    expect(expected.target.cwd.context).toBe('src');
  }, 120_000);

  it("--print: a query-form URL's directories as current buildx writes them", async () => {
    const url = `http://${host}/owner/repo.git?ref=main`;
    const cwd = makeProject({ 'src/Dockerfile': 'FROM scratch\n' });
    const { buildx: expected, ours } = await printBoth([url, '-f', 'contexts.hcl', 'dirs'], cwd);
    // buildx >= 0.32 remoteURLWithSubdir: a query without `subdir` keeps its form and gets the directory in a
    // fragment after it (0.29 prints `sub`, as above)
    expect(expected.target.dirs.context).toBe('sub');
    expected.target.dirs.context = `${url}#:sub`;
    expect(ours).toEqual(expected);
  }, 120_000);

  describe('a definition downloaded over HTTP (no Git repository)', () => {
    let server: http.Server;
    let base = '';
    /** a target per line of args: long enough to pass buildx's first KiB when `n` is large */
    const definition = (n: number) =>
      `target "default" {\n  dockerfile-inline = "FROM ${BASE}\\nRUN echo built > /built"\n  output = ["type=local,dest=out"]\n  args = {\n${Array.from(
        { length: n },
        (_, i) => `    A${i} = "value-${i}-${'x'.repeat(20)}"\n`,
      ).join('')}  }\n}\n`;
    beforeAll(async () => {
      const tars = makeProject({ 'src/docker-bake.hcl': definition(1) });
      execFileSync('tar', ['-czf', path.join(tars, 'def.tar.gz'), '-C', path.join(tars, 'src'), '.']);
      const files: Record<string, Buffer> = {
        '/small.hcl': Buffer.from(definition(2)),
        '/large.hcl': Buffer.from(definition(80)),
        '/def.tar.gz': fs.readFileSync(path.join(tars, 'def.tar.gz')),
      };
      server = http.createServer((req, res) => {
        const body = files[req.url ?? ''];
        if (!body) return void res.writeHead(404).end();
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(body);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => server?.close());

    it('--print: the file itself, as buildx prints it, its contexts local', async () => {
      const cwd = makeProject({});
      const url = `${base}/small.hcl`;
      const { buildx, ours } = await printBoth([url], cwd);
      expect(ours).toEqual(buildx);
      expect(ours.target.default.context).toBe('.');
    }, 120_000);

    it('a file past 1 KiB is read whole (buildx 0.29 to 0.36 read its first KiB only, and fail mid-line)', async () => {
      const cwd = makeProject({});
      const url = `${base}/large.hcl`;
      const buildx = await run('docker', ['buildx', 'bake', '--builder', 'bk', url, '--print'], cwd, {
        DOCKER_CONFIG: builder!.dockerConfig,
      });
      expect(buildx.status).not.toBe(0);
      const ours = await cli([url, '--print', '--builder', STANDALONE], cwd);
      expect(ours.status, ours.stderr).toBe(0);
      const args = (JSON.parse(ours.stdout) as { target: { default: { args: Record<string, string> } } }).target.default
        .args;
      expect(Object.keys(args)).toHaveLength(80);
    }, 120_000);

    it('builds it, the output in the working directory', async () => {
      const cwd = makeProject({});
      const r = await cli([`${base}/small.hcl`, '--builder', STANDALONE, '--progress', 'plain'], cwd);
      expect(r.status, r.stderr).toBe(0);
      expect(fs.readFileSync(path.join(cwd, 'out/built'), 'utf8')).toBe('built\n');
    }, 120_000);

    it('an archive is refused, naming what to give instead', async () => {
      const r = await cli([`${base}/def.tar.gz`, '--print', '--builder', STANDALONE], makeProject({}));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${base}/def.tar.gz: an archive as a bake definition is not supported`);
    }, 120_000);
  });

  describe('a Git definition over SSH (the test sshd, the repository on this host)', () => {
    let agent: SshAgent | undefined;
    let url = '';
    beforeAll(async () => {
      requireTestSshd();
      const bare = bareRepository({ 'docker-bake.hcl': 'target "default" {\n  args = { FROM = "ssh" }\n}\n' });
      url = `ssh://${TEST_SSHD.user}@${TEST_SSHD.host}:${TEST_SSHD.port}${bare.path}#main`;
      agent = await startSshAgent(fs.readFileSync(TEST_SSHD.clientKey, 'utf8'));
    }, 60_000);
    afterAll(() => agent?.stop());

    it("--print: fetched with SSH_AUTH_SOCK's agent, as buildx prints it", async () => {
      const cwd = makeProject({});
      const env = { SSH_AUTH_SOCK: agent!.socket, BUILDX_BAKE_GIT_SSH: '' };
      const { buildx, ours } = await printBoth([url], cwd, env);
      expect(ours).toEqual(buildx);
      expect(ours.target.default.args).toEqual({ FROM: 'ssh' });
    }, 120_000);

    it('BUILDX_BAKE_GIT_SSH names the agent; without any, the fetch fails', async () => {
      const cwd = makeProject({});
      const named = await cli([url, '--print', '--builder', STANDALONE], cwd, {
        SSH_AUTH_SOCK: '',
        BUILDX_BAKE_GIT_SSH: agent!.socket,
      });
      expect(named.status, named.stderr).toBe(0);
      const none = await cli([url, '--print', '--builder', STANDALONE], cwd, {
        SSH_AUTH_SOCK: '',
        BUILDX_BAKE_GIT_SSH: '',
      });
      expect(none.status).toBe(1);
      expect(none.stderr).toContain('reading the bake definition from ssh://');
    }, 120_000);
  });

  it('builds it, the definition fetched with BUILDX_BAKE_GIT_AUTH_TOKEN, the token never printed', async () => {
    // a repository of its own: a commit the daemon has not fetched yet (it caches Git sources by commit)
    const own = await serveRepository({
      'docker-bake.hcl': BAKE,
      Dockerfile: `FROM scratch\n# ${crypto.randomUUID()}\n`,
    });
    try {
      const token = `ghs_${crypto.randomUUID().replace(/-/g, '')}`;
      const cwd = makeProject({});
      const r = await cli(
        [`http://${own.host}/owner/repo.git#${own.sha}`, 'default', '--builder', STANDALONE, '--progress', 'plain'],
        cwd,
        { BUILDX_BAKE_GIT_AUTH_TOKEN: token },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(fs.statSync(path.join(cwd, 'out')).isDirectory()).toBe(true); // the repository's target: a local output
      const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
      expect(own.requests.some((q) => q.url.startsWith('/owner/repo.git/'))).toBe(true);
      expect(own.requests.every((q) => q.auth?.toLowerCase() === `basic ${basic}`.toLowerCase())).toBe(true);
      expect(r.stdout + r.stderr).not.toContain(token);
    } finally {
      own.close();
    }
  }, 120_000);
});
