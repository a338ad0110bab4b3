/**
 * `buildx.build.warnings` in the metadata file, against `docker buildx bake --metadata-file` (buildx 0.29) on the
 * same daemon, standalone buildkitd and the Engine: two targets built from one Dockerfile that breaks three build
 * checks (one of them twice), so every warning arrives from both targets.
 * - `BUILDX_METADATA_WARNINGS=1`: the same distinct warnings (each once, whichever target reported it), in the same
 *   JSON shape. buildx lists them in Go map order, which changes from run to run, so the lists are compared as sets;
 *   the vertex a warning belongs to is the frontend's, whose digest carries the session, so it is compared as present.
 * - unset: no key, with either tool. A `--call check` run: none either (buildx leaves them out of a call's metadata).
 * buildx 0.36's commands/bake.go writes them the same way.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBake } from '../../../src/solve/run/bake.js';
import { BASE_IMAGE, STANDALONE, requireTestHost } from '../../support/daemons.js';
import { privateBuilder, type PrivateBuilder } from '../../support/buildx.js';
import { makeProject, removeProjects } from '../../support/project.js';

type Md = Record<string, unknown>;
const TARGETS = ['one', 'two'];
const builders: PrivateBuilder[] = [];

beforeAll(() => {
  requireTestHost();
});
afterAll(() => {
  for (const b of builders) b.remove();
  removeProjects();
});

function project(): string {
  return makeProject({
    // FromAsCasing (twice), StageNameCasing, LegacyKeyValueFormat
    Dockerfile: `FROM ${BASE_IMAGE} as base\nRUN echo ${Date.now()}\nFROM base as Final\nENV A 1\n`,
    'docker-bake.hcl': `target "one" {\n  output = ["type=cacheonly"]\n}\ntarget "two" {\n  inherits = ["one"]\n  args = { X = "2" }\n}\n`,
  });
}

function buildx(dir: string, dockerConfig: string, builder: string, env: NodeJS.ProcessEnv, args: string[] = []): Md {
  const file = path.join(dir, `buildx-${Date.now()}.json`);
  const r = spawnSync(
    'docker',
    ['buildx', 'bake', '--builder', builder, '--metadata-file', file, ...args, ...TARGETS],
    {
      cwd: dir,
      env: { ...env, DOCKER_CONFIG: dockerConfig },
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  if (r.status !== 0) throw new Error(`docker buildx bake failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Md;
}

async function bakekit(dir: string, dockerConfig: string, builder: string, env: NodeJS.ProcessEnv, call?: string) {
  const file = `bakekit-${Date.now()}.json`;
  const result = await runBake({
    files: [],
    targets: TARGETS,
    set: [],
    cwd: dir,
    env: { ...env, DOCKER_CONFIG: dockerConfig },
    builder,
    metadataFile: file,
    ...(call ? { call } : {}),
  });
  expect(result.targets.map((t) => `${t.target} ${t.status} ${t.error?.message ?? ''}`).sort()).toEqual(
    TARGETS.map((t) => `${t} done `),
  );
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Md;
}

/** The warnings as comparable text, the vertex digest replaced, sorted. */
function warningSet(md: Md): string[] {
  const list = md['buildx.build.warnings'] as Array<Record<string, unknown>> | undefined;
  return (list ?? [])
    .map((w) => {
      expect(w.vertex).toMatch(/^sha256:[0-9a-f]{64}$/);
      return JSON.stringify({ ...w, vertex: '<digest>' });
    })
    .sort();
}

function env(warnings: string | undefined): NodeJS.ProcessEnv {
  const e = { ...process.env };
  delete e.BUILDX_METADATA_WARNINGS;
  return warnings === undefined ? e : { ...e, BUILDX_METADATA_WARNINGS: warnings };
}

describe.each([
  { daemon: 'standalone buildkitd (remote builder)', endpoint: STANDALONE, builder: 'bk' },
  { daemon: 'Docker Engine (default builder)', endpoint: undefined, builder: 'default' },
])('buildx.build.warnings like buildx on $daemon', ({ endpoint, builder }) => {
  let dockerConfig: string;
  beforeAll(() => {
    // the Engine's `default` builder, or a remote builder of the test's own
    const b = privateBuilder(builder, endpoint);
    builders.push(b);
    dockerConfig = b.dockerConfig;
  }, 120_000);

  it('BUILDX_METADATA_WARNINGS=1: the same distinct warnings', async () => {
    const dir = project();
    const theirs = warningSet(buildx(dir, dockerConfig, builder, env('1')));
    const ours = warningSet(await bakekit(dir, dockerConfig, builder, env('1')));
    expect(theirs).toHaveLength(4);
    expect(ours).toEqual(theirs);
    const first = JSON.parse(ours[0]) as Record<string, unknown>;
    expect(Object.keys(first)).toEqual(['vertex', 'level', 'short', 'detail', 'url', 'sourceInfo', 'range']);
  }, 300_000);

  it('unset, or a --call run: no warnings key', async () => {
    const dir = project();
    expect(buildx(dir, dockerConfig, builder, env(undefined))).not.toHaveProperty(['buildx.build.warnings']);
    expect(await bakekit(dir, dockerConfig, builder, env(undefined))).not.toHaveProperty(['buildx.build.warnings']);
    const called = await bakekit(dir, dockerConfig, builder, env('1'), 'outline');
    expect(Object.keys(called).sort()).toEqual(TARGETS);
  }, 300_000);
});
