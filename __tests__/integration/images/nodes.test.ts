/**
 * A two-node builder — the standalone buildkitd and the Docker Engine — builds a target's two
 * platforms, one per node; each node pushes its part by digest and the parts become one index under the target's
 * tags. Given as a list of endpoints with their platforms (`--node`), and as a buildx builder with two nodes in the
 * builder store. The merged image runs for both platforms.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBake, type BakeRunOptions } from '../../../src/solve/run/bake.js';
import type { BuildEvent } from '../../../src/solve/run/events.js';
import { STANDALONE } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';
import {
  BASE_IMAGE,
  OCI_ACCEPT,
  REGISTRY,
  dockerRmi,
  dockerRmiMatching,
  dockerRunCat,
  imagePlatforms,
  requireImagesHost,
  type IndexEntry,
} from './host.js';

const pulled: string[] = [];
beforeAll(() => requireImagesHost());
afterAll(() => {
  dockerRmi(...pulled);
  dockerRmiMatching('localhost:5000/bakekit-test/nodes-*');
  removeProjects();
});

function project(tag: string, stamp: string): string {
  return makeProject({
    Dockerfile: `FROM ${BASE_IMAGE}\nARG TARGETPLATFORM\nARG STAMP\nRUN echo "built for $TARGETPLATFORM $STAMP" > /file\n`,
    'docker-bake.hcl': `target "app" {
  args = { STAMP = "${stamp}" }
  tags = ["${tag}"]
  platforms = ["linux/amd64", "linux/386"]
  output = ["type=image,push=true"]
}
`,
  });
}

async function buildAndCheck(name: string, opts: Partial<BakeRunOptions>, env: NodeJS.ProcessEnv = process.env) {
  const stamp = `${name}-${Date.now()}`;
  const repo = `bakekit-test/nodes-${name}`;
  const tag = `localhost:5000/${repo}:${stamp}`;
  const dir = project(tag, stamp);
  const events: BuildEvent[] = [];
  const result = await runBake({
    files: [],
    targets: ['app'],
    set: [],
    cwd: dir,
    env,
    metadataFile: 'md.json',
    onEvent: (e) => events.push(e),
    ...opts,
  });
  expect(result.targets.map((t) => `${t.status} ${t.error?.message ?? ''}`)).toEqual(['done ']);
  const info = events
    .filter((e): e is Extract<BuildEvent, { type: 'info' }> => e.type === 'info')
    .map((e) => e.message);
  const md = JSON.parse(fs.readFileSync(path.join(dir, 'md.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  const digest = md.app['containerimage.digest'];
  expect(digest).toMatch(/^sha256:/);
  expect(md.app['image.name']).toBe(tag);
  expect(md.app['containerimage.descriptor']).toMatchObject({
    mediaType: 'application/vnd.oci.image.index.v1+json',
    digest,
  });

  const res = await fetch(`http://${REGISTRY}/v2/${repo}/manifests/${stamp}`, { headers: { Accept: OCI_ACCEPT } });
  expect(res.status).toBe(200);
  expect(res.headers.get('docker-content-digest')).toBe(digest);
  const index = (await res.json()) as { manifests: IndexEntry[] };
  expect(imagePlatforms(index)).toEqual(['linux/386', 'linux/amd64']);

  pulled.push(tag);
  expect(dockerRunCat(tag, '/file', 'linux/amd64').trim()).toBe(`built for linux/amd64 ${stamp}`);
  dockerRmi(tag);
  expect(dockerRunCat(tag, '/file', 'linux/386').trim()).toBe(`built for linux/386 ${stamp}`);
  return { info, md };
}

describe('a two-node builder (standalone buildkitd + Docker Engine)', () => {
  it('from a list of endpoints with their platforms: one platform per node, one index', async () => {
    const { info } = await buildAndCheck('list', { builder: STANDALONE, nodes: ['docker:// linux/amd64'] });
    // the Engine was created for linux/amd64; linux/386 went to the other node
    expect(info).toContain('building linux/386 on node node0 (unix:///run/buildkit/buildkitd.sock)');
    expect(info.some((l) => l.startsWith('building linux/amd64 on node node1 (docker://'))).toBe(true);
    expect(info.some((l) => l.startsWith('merging manifest list localhost:5000/bakekit-test/nodes-list:'))).toBe(true);
  }, 300_000);

  it('from a buildx builder with two nodes in the builder store', async () => {
    const buildxConfig = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-buildx-'));
    try {
      fs.mkdirSync(path.join(buildxConfig, 'instances'), { recursive: true });
      fs.writeFileSync(
        path.join(buildxConfig, 'instances', 'duo'),
        JSON.stringify({
          Name: 'duo',
          Driver: 'remote',
          Nodes: [
            { Name: 'duo0', Endpoint: 'docker://', Platforms: [{ os: 'linux', architecture: 'amd64' }] },
            { Name: 'duo1', Endpoint: STANDALONE, Platforms: [{ os: 'linux', architecture: '386' }] },
          ],
          Dynamic: false,
        }),
      );
      const { info, md } = await buildAndCheck(
        'store',
        { builder: 'duo' },
        { ...process.env, BUILDX_CONFIG: buildxConfig },
      );
      expect(
        info.some((l) => /^building linux\/amd64 on node duo0 \(docker:\/\/.*\(buildx builder duo\)\)$/.test(l)),
      ).toBe(true);
      expect(info).toContain(
        'building linux/386 on node duo1 (unix:///run/buildkit/buildkitd.sock (buildx builder duo))',
      );
      expect(md.app['buildx.build.ref']).toMatch(/^duo\/duo0\/[0-9a-z]+$/);
    } finally {
      fs.rmSync(buildxConfig, { recursive: true, force: true });
    }
  }, 300_000);

  it('an output that cannot be merged across nodes is refused before building', async () => {
    const dir = makeProject({
      Dockerfile: `FROM ${BASE_IMAGE}\n`,
      'docker-bake.hcl':
        'target "app" {\n  platforms = ["linux/amd64", "linux/386"]\n  output = ["type=oci,dest=out.tar"]\n}\n',
    });
    await expect(
      runBake({
        files: [],
        targets: ['app'],
        set: [],
        cwd: dir,
        env: process.env,
        builder: STANDALONE,
        nodes: ['docker:// linux/amd64'],
      }),
    ).rejects.toThrow(/target "app": its platforms are built on several nodes.*output type=oci is not supported there/);
  }, 60_000);
});
