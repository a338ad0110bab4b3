/**
 * `buildx.build.provenance` in the metadata file, against `docker buildx bake --metadata-file` (buildx 0.29) on the
 * same daemon: the standalone buildkitd (a `remote` builder), the Engine (`default`) and the legacy v0.13 buildkitd.
 *
 * Both tools read each build's record from the daemon's history and write its SLSA provenance, so what is compared is
 * what the daemon recorded of each tool's build (frontend, args, locals, materials) and the shape buildx's Go types
 * give it. Only the session ids in the args differ between the tools; they are replaced before comparing.
 * - `BUILDX_METADATA_PROVENANCE` unset (min): the same JSON text per target, key order included — a single-platform
 *   target, a two-platform one (`buildx.build.provenance/<platform>`), and one whose record is SLSA v1
 *   (`BUILDKIT_HISTORY_PROVENANCE_V1`), which buildx converts to v0.2.
 * - `max`: the same keys, and the same `buildConfig` and `metadata` once the run's own values are left out (invocation
 *   id, times, the daemon's resource samples, and the digests of the frontend's session-bound source ops). For the v1
 *   record the comparison ignores key order: buildx re-marshals its build config through BuildKit's Go `pb.Op`, whose
 *   field order bakekit does not reproduce (the daemon wrote it with sorted keys); the JSON is the same.
 * - `disabled`: no provenance key at all.
 * buildx 0.29 → 0.36: util/confutil/metadata.go is the same; build/provenance.go now prefers a record's per-platform
 * results to its single result where it has both (0.29 the other way round), which bakekit follows and which these
 * daemons' records never have together; and 0.36's types know BuildKit v0.32's newer request fields (`inputs`,
 * `root`), which these daemons do not record.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBake } from '../../../src/solve/run/bake.js';
import { BASE_IMAGE, LEGACY, STANDALONE, requireTestHost } from '../../support/daemons.js';
import { privateBuilder, type PrivateBuilder } from '../../support/buildx.js';
import { makeProject, removeProjects } from '../../support/project.js';

type Md = Record<string, Record<string, unknown>>;
const TARGETS = ['single', 'multi', 'slsa1'];
const builders: PrivateBuilder[] = [];

beforeAll(() => {
  requireTestHost();
  const v = spawnSync('docker', ['buildx', 'version'], { encoding: 'utf8', timeout: 20_000 });
  if (v.status !== 0) throw new Error('docker buildx is not installed (scripts/test-host.sh docker installs it)');
});
afterAll(() => {
  for (const b of builders) b.remove();
  removeProjects();
});

function project(): string {
  return makeProject({
    Dockerfile: `FROM ${BASE_IMAGE}\nARG STAMP\nRUN echo "$STAMP" > /stamp\n`,
    'docker-bake.hcl': [
      `target "single" {\n  args = { STAMP = "${Date.now()}" }\n  output = ["type=local,dest=out/single"]\n}`,
      `target "multi" {\n  inherits = ["single"]\n  platforms = ["linux/amd64", "linux/arm64"]\n  output = ["type=local,dest=out/multi"]\n}`,
      `target "slsa1" {\n  args = { STAMP = "v1", BUILDKIT_HISTORY_PROVENANCE_V1 = "1" }\n  output = ["type=local,dest=out/slsa1"]\n}`,
    ].join('\n'),
  });
}

function withMode(mode: string | undefined): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.BUILDX_METADATA_PROVENANCE;
  return mode === undefined ? env : { ...env, BUILDX_METADATA_PROVENANCE: mode };
}

function buildx(dir: string, dockerConfig: string, builder: string, mode: string | undefined): Md {
  const file = path.join(dir, `buildx-${Date.now()}.json`);
  const r = spawnSync('docker', ['buildx', 'bake', '--builder', builder, '--metadata-file', file, ...TARGETS], {
    cwd: dir,
    env: { ...withMode(mode), DOCKER_CONFIG: dockerConfig },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`docker buildx bake failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Md;
}

async function bakekit(dir: string, dockerConfig: string, builder: string, mode: string | undefined): Promise<Md> {
  const file = `bakekit-${Date.now()}.json`;
  const result = await runBake({
    files: [],
    targets: TARGETS,
    set: [],
    cwd: dir,
    env: { ...withMode(mode), DOCKER_CONFIG: dockerConfig },
    builder,
    metadataFile: file,
  });
  expect(result.targets.map((t) => `${t.target} ${t.status} ${t.error?.message ?? ''}`).sort()).toEqual(
    TARGETS.map((t) => `${t} done `).sort(),
  );
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Md;
}

const isProvenance = (k: string) => k.startsWith('buildx.build.provenance');

/** The provenance entries of a target, the session ids in their args replaced. */
function provenanceOf(md: Md, target: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(md[target] ?? {})
      .filter(([k]) => isProvenance(k))
      .map(([k, v]) => [k, JSON.parse(JSON.stringify(v).replace(/("local-sessionid:[^"]+":)"[^"]*"/g, '$1"<id>"'))]),
  );
}

/** max mode: the run's own values out (they differ between any two builds, by either tool). */
function withoutRunValues(pred: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(pred);
  const md = copy.metadata as Record<string, unknown> | undefined;
  if (!md) return copy;
  for (const k of ['buildInvocationID', 'buildStartedOn', 'buildFinishedOn']) delete md[k];
  const bk = md['https://mobyproject.org/buildkit@v1#metadata'] as Record<string, unknown> | undefined;
  delete bk?.sysUsage;
  // the frontend's own source ops carry the session's id, so their digests are the run's
  for (const info of (bk?.source as { infos?: Array<Record<string, unknown>> } | undefined)?.infos ?? [])
    delete info.digestMapping;
  return copy;
}

describe.each([
  {
    daemon: 'standalone buildkitd (remote builder)',
    endpoint: STANDALONE,
    builder: 'bk',
    modes: [undefined, 'max', 'disabled'],
  },
  { daemon: 'Docker Engine (default builder)', endpoint: undefined, builder: 'default', modes: [undefined, 'max'] },
  { daemon: 'legacy buildkitd v0.13 (remote builder)', endpoint: LEGACY, builder: 'legacy', modes: [undefined] },
])('buildx.build.provenance like buildx on $daemon', ({ endpoint, builder, modes }) => {
  let dockerConfig: string;
  beforeAll(() => {
    // the Engine's `default` builder, or a remote builder of the test's own
    const b = privateBuilder(builder, endpoint);
    builders.push(b);
    dockerConfig = b.dockerConfig;
  }, 120_000);

  it.each(modes.map((mode) => ({ mode: mode ?? 'unset (min)', value: mode })))(
    'BUILDX_METADATA_PROVENANCE $mode',
    async ({ value }) => {
      const dir = project();
      const theirs = buildx(dir, dockerConfig, builder, value);
      const ours = await bakekit(dir, dockerConfig, builder, value);
      for (const target of TARGETS) {
        const a = provenanceOf(ours, target);
        const b = provenanceOf(theirs, target);
        expect(Object.keys(a).sort(), target).toEqual(Object.keys(b).sort());
        if (value === 'disabled') {
          expect(Object.keys(a), target).toEqual([]);
          continue;
        }
        const keys = Object.keys(b);
        expect(keys, target).toEqual(
          target === 'multi'
            ? ['buildx.build.provenance/linux/amd64', 'buildx.build.provenance/linux/arm64']
            : ['buildx.build.provenance'],
        );
        for (const k of keys) {
          if (value === 'max') {
            const [x, y] = [a[k], b[k]].map((p) => withoutRunValues(p as Record<string, unknown>));
            expect(Object.keys(x), `${target} ${k}`).toEqual(Object.keys(y));
            if (target === 'slsa1') expect(x, `${target} ${k}`).toEqual(y);
            else expect(JSON.stringify(x), `${target} ${k}`).toBe(JSON.stringify(y));
          } else {
            // the JSON text: key order as buildx's Go types write it
            expect(JSON.stringify(a[k]), `${target} ${k}`).toBe(JSON.stringify(b[k]));
            expect(Object.keys(a[k] as object)).toEqual(['builder', 'buildType', 'materials', 'invocation']);
          }
        }
      }
    },
    300_000,
  );
});
