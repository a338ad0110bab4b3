/**
 * On both the standalone buildkitd and the Docker Engine: a multi-stage Dockerfile with a
 * .dockerignore'd local context and two secret mounts, exported as type=local and type=tar; a failing RUN; a
 * push verified through the registry API; bad input that fails clearly and leaves nothing running.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import { BuildkitClient } from '../../../src/buildkit/client.js';
import { runBuild, type RunResult } from '../../../src/solve/run/run.js';
import { emptyTarget, type TargetSpec } from '../../../src/solve/target/spec.js';
import { BASE_IMAGE, DAEMONS, LEGACY, REGISTRY, expectNoActiveBuilds, requireTestHost } from '../../support/daemons.js';
import { listFiles, makeProject, removeProjects } from '../../support/project.js';
import { ensureDialStdioContainer } from '../../support/dial-stdio-container.js';

const SECRET_FILE_VALUE = 's3cr3t-from-file';
const SECRET_ENV_VALUE = 's3cr3t-from-env';

const DOCKERFILE = `FROM ${BASE_IMAGE} AS base
WORKDIR /work
COPY . /work/src

FROM base AS secrets
RUN --mount=type=secret,id=filesecret,required=true --mount=type=secret,id=envsecret,required=true \\
    mkdir -p /out && sha256sum /run/secrets/filesecret > /out/filesecret.sha \\
    && cat /run/secrets/envsecret | wc -c > /out/envsecret.len

FROM scratch
COPY --from=base /work/src /src
COPY --from=secrets /out /secrets
`;

function sha256(s: string): string {
  return crypto.createHash('sha256').update(s).digest('hex');
}

function project() {
  return makeProject({
    Dockerfile: DOCKERFILE,
    '.dockerignore': 'ignored/\n*.log\n!keep.log\n',
    'app/main.txt': 'hello\n',
    'keep.log': 'kept\n',
    'debug.log': 'dropped\n',
    'ignored/big.bin': 'x'.repeat(4096),
    'secret.txt': SECRET_FILE_VALUE,
  });
}

function target(dir: string, patch: Partial<TargetSpec> = {}): TargetSpec {
  return {
    ...emptyTarget('app', dir),
    dockerfile: path.join(dir, 'Dockerfile'),
    secrets: [
      { id: 'filesecret', src: path.join(dir, 'secret.txt') },
      { id: 'envsecret', env: 'BAKEKIT_TEST_SECRET' },
    ],
    ...patch,
  };
}

function expectOk(result: RunResult): void {
  const failed = result.targets.filter((t) => t.status !== 'done');
  expect(failed.map((t) => `${t.target}: ${t.status} ${t.error?.message ?? ''}`)).toEqual([]);
}

beforeAll(() => requireTestHost());
afterAll(() => removeProjects());

describe.each([...DAEMONS, { name: 'legacy BuildKit v0.13', endpoint: LEGACY }])(
  'Dockerfile builds on $name',
  ({ endpoint }) => {
    let conn: BuildkitConnection;
    const env = { ...process.env, BAKEKIT_TEST_SECRET: SECRET_ENV_VALUE };

    beforeAll(async () => {
      conn = await connect(parseEndpoint(endpoint));
    });
    afterAll(async () => {
      await conn?.close();
    });

    it('exports type=local and type=tar with ignored files absent and secrets used but not exported', async () => {
      const dir = project();
      const outDir = path.join(dir, 'out-local');
      const tarFile = path.join(dir, 'out.tar');
      const result = await runBuild(
        [
          target(dir, {
            noCache: true,
            outputs: [
              { type: 'local', dest: outDir },
              { type: 'tar', dest: tarFile },
            ],
          }),
        ],
        { connection: conn, cwd: dir, env },
      );
      expectOk(result);
      const files = listFiles(outDir);
      expect(files).toContain('src/app/main.txt');
      expect(files).toContain('src/keep.log');
      expect(files).not.toContain('src/debug.log');
      expect(files.some((f) => f.startsWith('src/ignored'))).toBe(false);
      expect(fs.readFileSync(path.join(outDir, 'secrets/filesecret.sha'), 'utf8').split(/\s+/)[0]).toBe(
        sha256(SECRET_FILE_VALUE),
      );
      expect(fs.readFileSync(path.join(outDir, 'secrets/envsecret.len'), 'utf8').trim()).toBe(
        String(SECRET_ENV_VALUE.length),
      );
      // the secret values themselves never land in the output
      for (const f of files) {
        const content = fs.readFileSync(path.join(outDir, f), 'utf8');
        expect(content).not.toContain(SECRET_ENV_VALUE);
        if (f !== 'src/secret.txt') expect(content).not.toContain(SECRET_FILE_VALUE);
      }
      const tarList = execFileSync('tar', ['-tf', tarFile], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/^\.\//, ''));
      expect(tarList).toContain('src/app/main.txt');
      expect(tarList).toContain('secrets/filesecret.sha');
      expect(tarList.some((l) => l.includes('debug.log') || l.startsWith('src/ignored'))).toBe(false);
      const tarSha = execFileSync('tar', ['-xOf', tarFile, tarList.find((l) => l.endsWith('filesecret.sha'))!], {
        encoding: 'utf8',
      });
      expect(tarSha.split(/\s+/)[0]).toBe(sha256(SECRET_FILE_VALUE));
    });

    it('a failing RUN fails the build and names the Dockerfile line', async () => {
      const dir = makeProject({
        Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo fine\nRUN echo about to fail && exit 3\nRUN echo never\n`,
      });
      const result = await runBuild(
        [{ ...emptyTarget('broken', dir), dockerfile: path.join(dir, 'Dockerfile'), noCache: true }],
        {
          connection: conn,
          cwd: dir,
          env,
        },
      );
      expect(result.ok).toBe(false);
      const failed = result.targets[0];
      expect(failed.status).toBe('failed');
      expect(failed.error?.message).toMatch(/target "broken"/);
      expect(failed.error?.message).toMatch(/exit code: 3/);
      const solveError = (failed.error as { cause?: { sources?: Array<{ file: string; startLine: number }> } }).cause;
      expect(solveError?.sources?.[0]).toMatchObject({ file: 'Dockerfile', startLine: 3 });
    });

    it('pushes an image to the registry, verified through its HTTP API', async () => {
      const dir = makeProject({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo pushed > /pushed.txt\n` });
      const repo = `bakekit-test/push-${endpoint.startsWith('docker') ? 'engine' : 'standalone'}`;
      const tag = `t${Date.now()}`;
      const result = await runBuild(
        [
          {
            ...emptyTarget('pushme', dir),
            dockerfile: path.join(dir, 'Dockerfile'),
            tags: [`localhost:5000/${repo}:${tag}`],
            outputs: [{ type: 'image', push: 'true' }],
          },
        ],
        { connection: conn, cwd: dir, env },
      );
      expectOk(result);
      const digest = result.metadata.pushme?.['containerimage.digest'];
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      const res = await fetch(`http://${REGISTRY}/v2/${repo}/manifests/${tag}`, {
        headers: {
          Accept:
            'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json',
        },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('docker-content-digest')).toBe(digest);
      const manifest = (await res.json()) as {
        config?: { digest: string };
        manifests?: Array<{ digest: string; platform?: { architecture: string } }>;
      };
      let configDigest = manifest.config?.digest;
      if (!configDigest && manifest.manifests) {
        const img = manifest.manifests.find((m) => m.platform?.architecture === 'amd64')!;
        const m2 = await fetch(`http://${REGISTRY}/v2/${repo}/manifests/${img.digest}`, {
          headers: {
            Accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
          },
        });
        configDigest = ((await m2.json()) as { config: { digest: string } }).config.digest;
      }
      expect(configDigest).toMatch(/^sha256:/);
      const blob = await fetch(`http://${REGISTRY}/v2/${repo}/blobs/${configDigest}`);
      expect(blob.status).toBe(200);
      const config = (await blob.json()) as { architecture: string; rootfs: { diff_ids: string[] } };
      expect(config.architecture).toBe('amd64');
      expect(config.rootfs.diff_ids.length).toBeGreaterThanOrEqual(2);
    });

    it('bad input fails clearly before anything runs on the daemon', async () => {
      const client = new BuildkitClient(conn);
      const dir = makeProject({ Dockerfile: `FROM ${BASE_IMAGE}\n` });
      await expect(
        runBuild([{ ...emptyTarget('nodf', dir), dockerfile: path.join(dir, 'missing.Dockerfile') }], {
          connection: conn,
          cwd: dir,
          env,
        }),
      ).rejects.toThrow(/target "nodf": Dockerfile .*missing\.Dockerfile does not exist/);
      await expect(
        runBuild(
          [
            {
              ...emptyTarget('nosecret', dir),
              dockerfile: path.join(dir, 'Dockerfile'),
              secrets: [{ id: 'tok', src: path.join(dir, 'nope.txt') }],
            },
          ],
          {
            connection: conn,
            cwd: dir,
            env,
          },
        ),
      ).rejects.toThrow(/secret "tok": cannot read .*nope\.txt: no such file/);
      await expect(
        runBuild([{ ...emptyTarget('noctx', path.join(dir, 'nothere')), dockerfile: path.join(dir, 'Dockerfile') }], {
          connection: conn,
          cwd: dir,
          env,
        }),
      ).rejects.toThrow(/context directory .*nothere does not exist/);
      await expectNoActiveBuilds(client);
    });
  },
);

describe('unreachable endpoints', () => {
  it('a unix socket that does not exist gives a clear error', async () => {
    await expect(
      connect(parseEndpoint('unix:///run/nothing-here/buildkitd.sock'), { readyTimeoutMs: 1500 }),
    ).rejects.toThrow(
      /cannot reach BuildKit at unix:\/\/\/run\/nothing-here\/buildkitd\.sock.*Is the daemon running\?/,
    );
  });
  it('a closed tcp port gives a clear error', async () => {
    await expect(connect(parseEndpoint('tcp://127.0.0.1:1'), { readyTimeoutMs: 1500 })).rejects.toThrow(
      /cannot reach BuildKit at tcp:\/\/127\.0\.0\.1:1/,
    );
  });
});

describe('named contexts and the docker-container transport', () => {
  it('builds with docker-image:// and local named contexts through docker-container://', async () => {
    const container = await ensureDialStdioContainer();
    const conn = await connect(parseEndpoint(`docker-container://${container}`));
    try {
      const dir = makeProject({
        Dockerfile: 'FROM img\nCOPY --from=extra extra.txt /extra.txt\nRUN cat /extra.txt > /copied.txt\n',
        'extra/extra.txt': 'from a named local context\n',
      });
      const out = path.join(dir, 'out');
      const result = await runBuild(
        [
          {
            ...emptyTarget('named', dir),
            dockerfile: path.join(dir, 'Dockerfile'),
            contexts: { img: `docker-image://${BASE_IMAGE}`, extra: path.join(dir, 'extra') },
            outputs: [{ type: 'local', dest: out }],
          },
        ],
        { connection: conn, cwd: dir, env: process.env },
      );
      expectOk(result);
      expect(fs.readFileSync(path.join(out, 'copied.txt'), 'utf8')).toBe('from a named local context\n');
      expect(fs.existsSync(path.join(out, 'bin/busybox'))).toBe(true);
    } finally {
      await conn.close();
    }
  });
});
