/**
 * `type=image,push=true` to a loopback registry that requires HTTP Basic auth (htpasswd),
 * on the standalone buildkitd and on the Docker Engine. Credentials come from DOCKER_CONFIG's config.json and are
 * answered through the session's Auth service; the result is verified through the registry API. A wrong password
 * (and no credentials at all) fail with an error that says what to fix.
 */
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import { runBuild } from '../../../src/solve/run/run.js';
import { emptyTarget, type TargetSpec } from '../../../src/solve/target/spec.js';
import { DAEMONS } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';
import { startAuthRegistry, type AuthRegistry } from './auth-registry.js';
import { BASE_IMAGE, OCI_ACCEPT, dockerRmiMatching, requireImagesHost } from './host.js';

let reg: AuthRegistry;

beforeAll(async () => {
  requireImagesHost();
  reg = await startAuthRegistry();
}, 60_000);
afterAll(async () => {
  if (reg) dockerRmiMatching(`${reg.host}/bakekit-test/*`);
  await reg?.stop();
  removeProjects();
});

describe.each(DAEMONS)('push with basic auth on $name', ({ endpoint }) => {
  let conn: BuildkitConnection;
  const which = endpoint.startsWith('docker') ? 'engine' : 'standalone';
  beforeAll(async () => {
    conn = await connect(parseEndpoint(endpoint));
  }, 30_000);
  afterAll(async () => {
    await conn?.close();
  });

  function pushTarget(repo: string, tag: string): TargetSpec {
    const dir = makeProject({ Dockerfile: `FROM ${BASE_IMAGE}\nARG STAMP\nRUN echo "pushed $STAMP" > /file\n` });
    return {
      ...emptyTarget('pushme', dir),
      dockerfile: path.join(dir, 'Dockerfile'),
      args: { STAMP: `${which}-${tag}` },
      tags: [`${reg.host}/${repo}:${tag}`],
      outputs: [{ type: 'image', push: 'true' }],
    };
  }

  it('pushes with the credentials from DOCKER_CONFIG, verified through the registry API', async () => {
    const repo = `bakekit-test/auth-${which}`;
    const tag = `t${Date.now()}`;
    const result = await runBuild([pushTarget(repo, tag)], {
      connection: conn,
      cwd: process.cwd(),
      env: { ...process.env, DOCKER_CONFIG: reg.dockerConfig },
    });
    expect(result.targets.map((t) => `${t.status} ${t.error?.message ?? ''}`)).toEqual(['done ']);
    const md = result.metadata.pushme;
    expect(md['containerimage.digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(md['image.name']).toBe(`${reg.host}/${repo}:${tag}`);
    expect(md['containerimage.descriptor']).toMatchObject({
      digest: md['containerimage.digest'],
      mediaType: expect.stringMatching(/index|manifest/) as unknown,
    });
    expect(md['buildx.build.ref']).toMatch(/\/[0-9a-z]+$/);

    // the registry really wants auth, and has the image
    const anonymous = await fetch(`http://${reg.host}/v2/${repo}/manifests/${tag}`, {
      headers: { Accept: OCI_ACCEPT },
    });
    expect(anonymous.status).toBe(401);
    await anonymous.body?.cancel();
    const res = await reg.api(`/v2/${repo}/manifests/${tag}`, { headers: { Accept: OCI_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('docker-content-digest')).toBe(md['containerimage.digest']);
    const body = (await res.json()) as {
      manifests?: Array<{ digest: string; platform?: { architecture: string } }>;
      config?: { digest: string };
    };
    const image = body.manifests?.find((m) => m.platform?.architecture === 'amd64');
    let configDigest = body.config?.digest;
    if (image) {
      const m = (await (
        await reg.api(`/v2/${repo}/manifests/${image.digest}`, { headers: { Accept: OCI_ACCEPT } })
      ).json()) as { config: { digest: string } };
      configDigest = m.config.digest;
    }
    const config = (await (await reg.api(`/v2/${repo}/blobs/${configDigest}`)).json()) as { architecture: string };
    expect(config.architecture).toBe('amd64');
  }, 240_000);

  it('a wrong password fails with an error naming the registry and the config file', async () => {
    const result = await runBuild([pushTarget(`bakekit-test/auth-wrong-${which}`, `t${Date.now()}`)], {
      connection: conn,
      cwd: process.cwd(),
      env: { ...process.env, DOCKER_CONFIG: reg.wrongDockerConfig },
    });
    expect(result.ok).toBe(false);
    const msg = result.targets[0].error?.message ?? '';
    expect(msg).toMatch(/target "pushme"/);
    expect(msg).toMatch(/401 Unauthorized/);
    expect(msg).toContain(
      `hint: the registry ${reg.host} rejected the credentials bakekit sent from ${path.join(reg.wrongDockerConfig, 'config.json')}`,
    );
  }, 240_000);

  it('no credentials at all: the error says to log in', async () => {
    const empty = makeProject({ 'config.json': '{}' });
    const result = await runBuild([pushTarget(`bakekit-test/auth-none-${which}`, `t${Date.now()}`)], {
      connection: conn,
      cwd: process.cwd(),
      env: { ...process.env, DOCKER_CONFIG: empty },
    });
    expect(result.ok).toBe(false);
    expect(result.targets[0].error?.message).toMatch(
      new RegExp(`no credentials for ${reg.host.replace(/\./g, '\\.')} in .*config\\.json: run \`docker login`),
    );
  }, 240_000);
});
