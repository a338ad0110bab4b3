/**
 * Remote bake definitions (solve/run/remote-definition.ts) on the standalone buildkitd: the daemon fetches a bare repository
 * served over Git's dumb HTTP protocol on 127.0.0.1, and the bake files are read from its checkout — the default names
 * that exist, named files, a `#ref:subdir`, the host-scoped token sent to the server, and the errors for a missing file
 * and a missing repository.
 */
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitSource, readRemoteFiles } from '../../../src/solve/run/remote-definition.js';
import { BuildkitClient } from '../../../src/buildkit/client.js';
import { connect } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import type { BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { STANDALONE, expectNoActiveBuilds, requireTestHost } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';

const BAKE = 'target "default" {\n  output = ["type=local,dest=out"]\n}\n';
const OVERRIDE = '{"target": {"default": {"args": {"FROM": "override"}}}}\n';

let server: http.Server;
let host = '';
let sha = '';
const requests: Array<{ url: string; auth?: string }> = [];
let conn: BuildkitConnection;

beforeAll(async () => {
  requireTestHost();
  const srv = makeProject({});
  const src = makeProject({
    'docker-bake.hcl': BAKE,
    'docker-bake.override.json': OVERRIDE,
    Dockerfile: 'FROM scratch\n',
    'sub/other.hcl': 'target "sub" {}\n',
  });
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd,
      encoding: 'utf8',
    }).trim();
  git(src, 'init', '-q', '-b', 'main');
  git(src, 'add', '.');
  git(src, 'commit', '-q', '-m', 'definition');
  sha = git(src, 'rev-parse', 'HEAD');
  fs.mkdirSync(path.join(srv, 'owner'));
  git(srv, 'clone', '-q', '--bare', src, 'owner/repo.git');
  git(path.join(srv, 'owner/repo.git'), 'update-server-info');
  server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? '', auth: req.headers.authorization });
    const file = path.join(srv, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (!file.startsWith(srv) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  conn = await connect(parseEndpoint(STANDALONE));
});

afterAll(async () => {
  await conn?.close();
  server?.close();
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
