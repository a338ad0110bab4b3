/**
 * `--metadata-file` parity with buildx: the same bake file built by `docker buildx bake` (buildx 0.29 on the test
 * host; a `remote` builder on the standalone buildkitd, and the Engine's `default` builder) and by bakekit must give
 * the same keys and the same shapes — `containerimage.digest`, `containerimage.descriptor` (media type, platform and
 * annotations present or not), `containerimage.config.digest` present or not, `image.name`, `buildx.build.ref`
 * (`<builder>/<node>/<ref>`), `buildx.build.provenance`. Digests differ (creation times), shapes must not.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBake } from '../../../src/solve/run/bake.js';
import { STANDALONE } from '../../support/daemons.js';
import { privateRemoteBuilder } from '../../support/buildx.js';
import { makeProject, removeProjects } from '../../support/project.js';
import { BASE_IMAGE, dockerRmi, dockerRmiMatching, requireImagesHost } from './host.js';

let dockerConfig: string;
const images: string[] = [];

beforeAll(() => {
  requireImagesHost();
  const v = spawnSync('docker', ['buildx', 'version'], { encoding: 'utf8', timeout: 20_000 });
  if (v.status !== 0) throw new Error('docker buildx is not installed (scripts/test-host.sh docker installs it)');
  // a private buildx store with a remote builder on the standalone buildkitd, as the brief's reference setup
  ({ dockerConfig } = privateRemoteBuilder('bk', STANDALONE));
}, 120_000);
afterAll(() => {
  dockerRmi(...images);
  dockerRmiMatching('localhost:5000/bakekit-test/md-*');
  if (dockerConfig) fs.rmSync(dockerConfig, { recursive: true, force: true });
  removeProjects();
});

type Md = Record<string, Record<string, unknown>>;

/** The shape of a metadata entry: keys, and for the descriptor its keys (annotation keys too). */
function shape(entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entry)) {
    if (k === 'containerimage.descriptor' && v && typeof v === 'object') {
      const d = v as Record<string, unknown>;
      out[k] = {
        mediaType: d.mediaType,
        keys: Object.keys(d).sort(),
        annotations: d.annotations ? Object.keys(d.annotations).sort() : undefined,
        platform: d.platform,
      };
    } else if (k === 'buildx.build.ref') {
      out[k] = String(v).replace(/[0-9a-z]+$/, '<ref>');
    } else if (k === 'image.name') {
      out[k] = v;
    } else {
      out[k] = typeof v === 'string' && /^sha256:[0-9a-f]{64}$/.test(v) ? '<digest>' : typeof v;
    }
  }
  return out;
}

function buildx(dir: string, builder: string, args: string[]): Md {
  const file = path.join(dir, `buildx-${Date.now()}.json`);
  const r = spawnSync('docker', ['buildx', 'bake', '--builder', builder, '--metadata-file', file, ...args, 'app'], {
    cwd: dir,
    env: {
      ...process.env,
      DOCKER_CONFIG: dockerConfig,
      // provenance as buildx writes it by default (min): both tools' entries have it (solve/metadata-provenance.test.ts
      // compares its content)
      BUILDX_METADATA_WARNINGS: 'false',
    },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`docker buildx bake failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Md;
}

async function bakekit(dir: string, builder: string, set: string[]): Promise<Md> {
  const file = `bakekit-${Date.now()}.json`;
  const result = await runBake({
    files: [],
    targets: ['app'],
    set,
    cwd: dir,
    env: { ...process.env, DOCKER_CONFIG: dockerConfig },
    builder,
    metadataFile: file,
  });
  expect(result.targets.map((t) => `${t.status} ${t.error?.message ?? ''}`)).toEqual(['done ']);
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Md;
}

function project(): string {
  return makeProject({
    Dockerfile: `FROM ${BASE_IMAGE}\nARG STAMP\nRUN echo "$STAMP" > /file\n`,
    'docker-bake.hcl': `target "app" {\n  args = { STAMP = "${Date.now()}" }\n}\n`,
  });
}

const stamp = Date.now();
const cases: Array<{ name: string; set: (tag: string) => string[] }> = [
  { name: 'push (type=image,push=true)', set: (tag) => [`app.tags=${tag}`, 'app.output=type=image,push=true'] },
  { name: 'load (type=docker)', set: (tag) => [`app.tags=${tag}`, 'app.output=type=docker'] },
  { name: 'oci archive', set: (tag) => [`app.tags=${tag}`, 'app.output=type=oci,dest=out.tar'] },
  {
    name: 'push by digest',
    set: (tag) => [
      'app.tags=',
      `app.output=type=image,"name=${tag.replace(/:[^:/]+$/, '')}",push-by-digest=true,name-canonical=true,push=true`,
    ],
  },
];

describe.each([
  { daemon: 'standalone buildkitd (remote builder)', builder: 'bk', bakekitBuilder: 'bk' },
  { daemon: 'Docker Engine (default builder)', builder: 'default', bakekitBuilder: 'default' },
])('metadata like buildx on $daemon', ({ builder, bakekitBuilder }) => {
  it.each(cases.filter((c) => builder === 'bk' || !c.name.includes('digest')))(
    '$name',
    async ({ name, set }) => {
      const dir = project();
      const slug = name.replace(/[^a-z]+/g, '-').replace(/-+$/, '');
      const tagOf = (who: string) =>
        name.startsWith('load')
          ? `bakekit-test-md-${who}-${slug}:${stamp}`
          : `localhost:5000/bakekit-test/md-${who}-${slug}:${stamp}`;
      if (name.startsWith('load')) images.push(tagOf('bx'), tagOf('bk'));
      const theirs = buildx(
        dir,
        builder,
        set(tagOf('bx')).flatMap((s) => ['--set', s]),
      );
      const ours = await bakekit(dir, bakekitBuilder, set(tagOf('bk')));
      const rename = (md: Md, who: string) =>
        JSON.parse(JSON.stringify(shape(md.app)).replaceAll(`-${who}-`, '-X-')) as unknown;
      expect(rename(ours, 'bk')).toEqual(rename(theirs, 'bx'));
    },
    300_000,
  );
});
