/**
 * `type=docker` (load) from the standalone buildkitd — the exporter's archive streamed from the
 * daemon into the Engine's `POST /images/load` — and from docker://, where the Engine's own exporter stores it. The
 * image is listed by the Docker API afterwards and runs. Also through the bake layer (`--load`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { dockerHostFromEnv, parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import { runBake } from '../../../src/solve/run/bake.js';
import { runBuild } from '../../../src/solve/run/run.js';
import { emptyTarget } from '../../../src/solve/target/spec.js';
import { engineJson } from '../../../src/solve/images/docker-load.js';
import { DAEMONS, STANDALONE } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';
import { BASE_IMAGE, dockerRmi, dockerRunCat, requireImagesHost } from './host.js';

const loaded: string[] = [];
beforeAll(() => requireImagesHost());
afterAll(() => {
  dockerRmi(...loaded);
  removeProjects();
});

interface EngineImage {
  Id: string;
  RepoTags?: string[] | null;
}

async function listed(reference: string): Promise<EngineImage[]> {
  const filters = encodeURIComponent(JSON.stringify({ reference: [reference] }));
  return engineJson<EngineImage[]>(dockerHostFromEnv(), 'GET', `/images/json?filters=${filters}`);
}

describe.each(DAEMONS)('type=docker loads into the Engine from $name', ({ endpoint }) => {
  let conn: BuildkitConnection;
  const which = endpoint.startsWith('docker') ? 'engine' : 'standalone';
  beforeAll(async () => {
    conn = await connect(parseEndpoint(endpoint));
  }, 30_000);
  afterAll(async () => {
    await conn?.close();
  });

  it('the image is listed by the Docker API and runs', async () => {
    const stamp = `${which}-${Date.now()}`;
    const tag = `bakekit-test-load-${which}:${Date.now()}`;
    loaded.push(tag);
    const dir = makeProject({ Dockerfile: `FROM ${BASE_IMAGE}\nARG STAMP\nRUN echo "loaded $STAMP" > /file\n` });
    const result = await runBuild(
      [
        {
          ...emptyTarget('app', dir),
          dockerfile: path.join(dir, 'Dockerfile'),
          args: { STAMP: stamp },
          tags: [tag],
          outputs: [{ type: 'docker' }],
        },
      ],
      { connection: conn, cwd: dir, env: process.env },
    );
    expect(result.targets.map((t) => `${t.status} ${t.error?.message ?? ''}`)).toEqual(['done ']);
    const md = result.metadata.app;
    expect(md['image.name']).toBe(`docker.io/library/${tag}`);
    expect(md['containerimage.digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    // as buildx: with the containerd image store the image digest is preferred, the config digest left out
    expect(md['containerimage.config.digest']).toBeUndefined();

    const images = await listed(tag);
    expect(images).toHaveLength(1);
    expect(images[0].RepoTags).toContain(tag);
    // the containerd image store names images by their manifest (or index) digest: the one in the metadata
    expect(images[0].Id).toBe(md['containerimage.digest']);
    expect(dockerRunCat(tag, '/file').trim()).toBe(`loaded ${stamp}`);
  }, 240_000);
});

describe('--load through bake on the standalone buildkitd', () => {
  it('loads every target and writes the metadata file', async () => {
    const stamp = `${Date.now()}`;
    const tags = [`bakekit-test-bakeload-a:${stamp}`, `bakekit-test-bakeload-b:${stamp}`];
    loaded.push(...tags);
    const dir = makeProject({
      Dockerfile: `FROM ${BASE_IMAGE}\nARG NAME\nRUN echo "hello from $NAME" > /file\n`,
      'docker-bake.hcl': `group "default" { targets = ["a", "b"] }
target "a" {
  args = { NAME = "a-${stamp}" }
  tags = ["${tags[0]}"]
}
target "b" {
  args = { NAME = "b-${stamp}" }
  tags = ["${tags[1]}"]
}
`,
    });
    const result = await runBake({
      files: [],
      targets: [],
      set: [],
      cwd: dir,
      env: process.env,
      builder: STANDALONE,
      load: true,
      metadataFile: 'md.json',
    });
    expect(result.targets.map((t) => `${t.target} ${t.status} ${t.error?.message ?? ''}`).sort()).toEqual([
      'a done ',
      'b done ',
    ]);
    const md = JSON.parse(fs.readFileSync(path.join(dir, 'md.json'), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    expect(Object.keys(md).sort()).toEqual(['a', 'b']);
    expect(dockerRunCat(tags[0], '/file').trim()).toBe(`hello from a-${stamp}`);
    expect(dockerRunCat(tags[1], '/file').trim()).toBe(`hello from b-${stamp}`);
  }, 240_000);

  it('an Engine that is not there fails the export clearly', async () => {
    const dir = makeProject({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo x > /file\n` });
    const conn = await connect(parseEndpoint(STANDALONE));
    try {
      // found out before anything is built
      await expect(
        runBuild(
          [
            {
              ...emptyTarget('app', dir),
              dockerfile: path.join(dir, 'Dockerfile'),
              tags: ['bakekit-test-noengine:1'],
              outputs: [{ type: 'docker' }],
            },
          ],
          { connection: conn, cwd: dir, env: { ...process.env, DOCKER_HOST: 'unix:///run/nothing-here/docker.sock' } },
        ),
      ).rejects.toThrow(
        /output type=docker loads into the Docker Engine, but it does not answer: cannot reach the Docker Engine at unix:\/\/\/run\/nothing-here\/docker\.sock/,
      );
    } finally {
      await conn.close();
    }
  }, 120_000);
});
