/**
 * The distributed multi-platform recipe. Two "jobs" (two runs) each build one platform
 * (linux/amd64, linux/386) of a bake target and push it by digest (`push-by-digest=true,name-canonical=true`) to a
 * registry with Basic auth, writing their metadata files; `bakekit merge` (the CLI) then pushes one index with both
 * platforms under the target's tags, through the registry API (verified through the registry API).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBake } from '../../../src/solve/run/bake.js';
import { runMergeCommand } from '../../../src/solve/images/merge-command.js';
import { STANDALONE } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';
import { startAuthRegistry, type AuthRegistry } from './auth-registry.js';
import { BASE_IMAGE, OCI_ACCEPT, imagePlatforms, requireImagesHost, type IndexEntry } from './host.js';

const ROOT = path.resolve(__dirname, '../../..');
let reg: AuthRegistry;

beforeAll(async () => {
  requireImagesHost();
  reg = await startAuthRegistry();
}, 60_000);
afterAll(async () => {
  await reg?.stop();
  removeProjects();
});

function project(repo: string, tags: string[]): string {
  return makeProject({
    Dockerfile: `FROM ${BASE_IMAGE}\nARG TARGETPLATFORM\nARG STAMP\nRUN echo "built for $TARGETPLATFORM $STAMP" > /file\n`,
    'docker-bake.hcl': `target "app" {
  args = { STAMP = "${Date.now()}" }
  tags = [${tags.map((t) => JSON.stringify(t)).join(', ')}]
  platforms = ["linux/amd64", "linux/386"]
}
`,
  });
}

/** One matrix job: this platform only, no tags, pushed by digest (the Docker docs' "With Bake" recipe). */
async function job(dir: string, repo: string, platform: string, env: NodeJS.ProcessEnv) {
  const pair = platform.replace(/\//g, '-');
  const result = await runBake({
    files: [],
    targets: ['app'],
    set: [
      'app.tags=',
      `app.platform=${platform}`,
      `app.output=type=image,"name=${repo}",push-by-digest=true,name-canonical=true,push=true`,
    ],
    cwd: dir,
    env,
    builder: STANDALONE,
    metadataFile: `digests/${pair}.json`,
  });
  expect(result.targets.map((t) => `${t.status} ${t.error?.message ?? ''}`)).toEqual(['done ']);
  return JSON.parse(fs.readFileSync(path.join(dir, 'digests', `${pair}.json`), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
}

describe('two jobs push by digest, merge makes one index', () => {
  it('merges linux/amd64 and linux/386 into an index pushed under both tags', async () => {
    const repo = `${reg.host}/bakekit-test/merged-${Date.now()}`;
    const tags = [`${repo}:v1`, `${repo}:latest`];
    const dir = project(repo, tags);
    const env = { ...process.env, DOCKER_CONFIG: reg.dockerConfig };

    const amd = await job(dir, repo, 'linux/amd64', env);
    const i386 = await job(dir, repo, 'linux/386', env);
    for (const md of [amd, i386]) {
      expect(md.app['containerimage.digest']).toMatch(/^sha256:/);
      expect(String(md.app['image.name'])).toContain(repo);
    }
    // pushed by digest only: no tag exists yet
    expect(
      (await reg.api(`/v2/${repo.slice(reg.host.length + 1)}/manifests/v1`, { headers: { Accept: OCI_ACCEPT } }))
        .status,
    ).toBe(404);

    const cli = spawnSync(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(ROOT, 'src/cli/index.ts'), 'merge', '--from', 'digests', '--metadata-file', 'merged.json'],
      {
        cwd: dir,
        env,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(cli.stderr).toContain('merging 2 image(s) for target "app"');
    expect(cli.status).toBe(0);
    const merged = JSON.parse(fs.readFileSync(path.join(dir, 'merged.json'), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    const digest = merged.app['containerimage.digest'];
    expect(digest).toMatch(/^sha256:/);
    expect(merged.app['image.name']).toBe(tags.join(','));
    expect(merged.app['containerimage.descriptor']).toMatchObject({
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest,
    });

    const path_ = repo.slice(reg.host.length + 1);
    for (const tag of ['v1', 'latest']) {
      const res = await reg.api(`/v2/${path_}/manifests/${tag}`, { headers: { Accept: OCI_ACCEPT } });
      expect(res.status).toBe(200);
      expect(res.headers.get('docker-content-digest')).toBe(digest);
      const index = (await res.json()) as { mediaType: string; manifests: IndexEntry[] };
      expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
      expect(imagePlatforms(index)).toEqual(['linux/386', 'linux/amd64']);
      // every entry is in the repository, with its config
      for (const m of index.manifests) {
        const mr = await reg.api(`/v2/${path_}/manifests/${m.digest}`, { headers: { Accept: OCI_ACCEPT } });
        expect(mr.status).toBe(200);
        const manifest = (await mr.json()) as { config: { digest: string } };
        const cfg = await reg.api(`/v2/${path_}/blobs/${manifest.config.digest}`);
        expect(cfg.status).toBe(200);
        if (m.platform?.architecture === '386')
          expect(((await cfg.json()) as { architecture: string }).architecture).toBe('386');
        else await cfg.body?.cancel();
      }
    }
  }, 300_000);

  it('a merge with a wrong password fails clearly', async () => {
    const repo = `${reg.host}/bakekit-test/merge-denied-${Date.now()}`;
    const dir = project(repo, [`${repo}:v1`]);
    await job(dir, repo, 'linux/amd64', { ...process.env, DOCKER_CONFIG: reg.dockerConfig });
    await expect(
      runMergeCommand({
        files: [],
        set: [],
        targets: [],
        from: ['digests'],
        cwd: dir,
        env: { ...process.env, DOCKER_CONFIG: reg.wrongDockerConfig },
      }),
    ).rejects.toThrow(
      /target "app": .*401 Unauthorized: the credentials for 127\.0\.0\.1:\d+ from .*docker-config-wrong\/config\.json were rejected/,
    );
  }, 300_000);

  it('missing metadata is a clear error', async () => {
    const dir = makeProject({});
    await expect(
      runMergeCommand({ files: [], set: [], targets: [], from: [], cwd: dir, env: process.env }),
    ).rejects.toThrow(/nothing to merge/);
    await expect(
      runMergeCommand({ files: [], set: [], targets: [], from: ['nope'], cwd: dir, env: process.env }),
    ).rejects.toThrow(/metadata .*nope does not exist/);
  });
});
