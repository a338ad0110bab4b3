/**
 * Remote bake definitions (solve/run/remote-definition.ts) on the standalone buildkitd: the daemon fetches a bare repository
 * served over Git's dumb HTTP protocol on 127.0.0.1, and the bake files are read from its checkout — the default names
 * that exist, named files, a `#ref:subdir`, the host-scoped token sent to the server, and the errors for a missing file
 * and a missing repository.
 */
import * as crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitSource, readRemoteFiles } from '../../../src/solve/run/remote-definition.js';
import { BuildkitClient } from '../../../src/buildkit/client.js';
import { connect } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import type { BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { STANDALONE, expectNoActiveBuilds, requireTestHost } from '../../support/daemons.js';
import { serveRepository, type ServedRepository } from '../../support/git.js';
import { removeProjects } from '../../support/project.js';

const BAKE = 'target "default" {\n  output = ["type=local,dest=out"]\n}\n';
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
