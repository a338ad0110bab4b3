/**
 * `--push` as buildx means it (`*.push=true`): on a group mixing a target without outputs, a `cacheonly`
 * target and one with a `local` output, `docker buildx bake --push` (0.29, a remote builder on the standalone
 * buildkitd) pushes only the first and writes the local output. bakekit, on the same bake file and daemon, must push
 * exactly the same repositories and write the same files. Each tool pushes under its own prefix, so the registry
 * tells what each pushed.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runBake } from '../../../src/solve/run/bake.js';
import { STANDALONE } from '../../support/daemons.js';
import { privateRemoteBuilder } from '../../support/buildx.js';
import { listFiles, makeProject, removeProjects } from '../../support/project.js';
import { REGISTRY, requireImagesHost } from './host.js';

const BAKE = `
variable "PREFIX" {}
target "plain" {
  tags = ["localhost:5000/bakekit-test/\${PREFIX}-plain:t"]
}
target "cacheonly" {
  tags = ["localhost:5000/bakekit-test/\${PREFIX}-cacheonly:t"]
  output = ["type=cacheonly"]
}
target "local" {
  tags = ["localhost:5000/bakekit-test/\${PREFIX}-local:t"]
  output = ["type=local,dest=\${PREFIX}-out"]
}
group "default" {
  targets = ["plain", "cacheonly", "local"]
}
`;

let dockerConfig: string;
let project: string;
const run = `${process.pid}-${Date.now().toString(36)}`;

beforeAll(() => {
  requireImagesHost();
  ({ dockerConfig } = privateRemoteBuilder('bk', STANDALONE));
  project = makeProject({
    'docker-bake.hcl': BAKE,
    Dockerfile: 'FROM scratch\nCOPY hello.txt /hello.txt\n',
    'hello.txt': `pushed by ${run}\n`,
  });
}, 120_000);
afterAll(() => {
  if (dockerConfig) fs.rmSync(dockerConfig, { recursive: true, force: true });
  removeProjects();
});

/** Which of the group's repositories the registry holds tag `t` for, under a prefix. */
async function pushed(prefix: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of ['plain', 'cacheonly', 'local']) {
    const res = await fetch(`http://${REGISTRY}/v2/bakekit-test/${prefix}-${name}/tags/list`);
    if (res.ok && ((await res.json()) as { tags?: string[] }).tags?.includes('t')) out.push(name);
  }
  return out;
}

it('pushes what buildx pushes and keeps cacheonly and local outputs', async () => {
  const bx = `bx-${run}`;
  const bk = `bk-${run}`;
  const r = spawnSync('docker', ['buildx', 'bake', '--builder', 'bk', '--push', '--progress', 'plain'], {
    cwd: project,
    env: { ...process.env, DOCKER_CONFIG: dockerConfig, PREFIX: bx },
    encoding: 'utf8',
    timeout: 180_000,
  });
  expect(r.status, r.stderr).toBe(0);

  const result = await runBake({
    files: [],
    targets: [],
    set: [],
    cwd: project,
    env: { ...process.env, PREFIX: bk },
    builder: STANDALONE,
    push: true,
    cache: 'off',
  });
  expect(result.targets.map((t) => [t.target, t.status]).sort()).toEqual([
    ['cacheonly', 'done'],
    ['local', 'done'],
    ['plain', 'done'],
  ]);

  expect(await pushed(bx)).toEqual(['plain']);
  expect(await pushed(bk)).toEqual(await pushed(bx));
  expect(listFiles(path.join(project, `${bk}-out`))).toEqual(listFiles(path.join(project, `${bx}-out`)));
  expect(fs.readFileSync(path.join(project, `${bk}-out`, 'hello.txt'), 'utf8')).toBe(`pushed by ${run}\n`);
}, 300_000);
