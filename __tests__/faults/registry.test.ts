/**
 * The registry going down during a push. A private `docker-registry serve` sits behind a proxy that kills
 * it (SIGKILL) and resets every connection the moment the first blob upload arrives — the registry dies in the
 * middle of the push; later connections are refused. Also: a registry that is down from the start. The shared
 * registry on :5000 (the base image) is only read. Expected: exit 1 within seconds (after BuildKit's own retries),
 * an error naming the registry and the image, nothing left running on the (private) daemon.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildkitClient } from '../../src/buildkit/client.js';
import { connect } from '../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../src/buildkit/transport/endpoint.js';
import { BASE_IMAGE, expectNoActiveBuilds, requireTestHost } from '../support/daemons.js';
import { makeProject, removeProjects } from '../support/project.js';
import {
  PlugPuller,
  PrivateBuildkitd,
  PrivateRegistry,
  freePort,
  killStrayChildren,
  report,
  runCli,
  type Measurement,
} from './helpers.js';

const daemon = new PrivateBuildkitd('faults-registry');
const registry = new PrivateRegistry();
const rows: Measurement[] = [];

function project(image: string) {
  return makeProject({
    'docker-bake.hcl': `target "default" {\n  tags = ["${image}"]\n  output = ["type=image,push=true"]\n}\n`,
    // a fresh 8 MB layer each run, so the push has real blobs to upload
    Dockerfile: `FROM ${BASE_IMAGE}\nRUN head -c 8000000 /dev/urandom > /blob-${Date.now()}\n`,
  });
}

async function expectDaemonIdle(): Promise<void> {
  const conn = await connect(parseEndpoint(daemon.endpoint));
  try {
    await expectNoActiveBuilds(new BuildkitClient(conn));
  } finally {
    await conn.close();
  }
}

beforeAll(async () => {
  requireTestHost();
  await daemon.start();
  await registry.start();
});

afterAll(async () => {
  killStrayChildren();
  await registry.stop();
  await daemon.stop();
  removeProjects();
  report(rows);
});

describe('the registry down during a push', () => {
  it('the registry dies at the first blob upload: exit 1 naming the image and the refused registry', async () => {
    const proxy = new PlugPuller(registry.port, /^(POST|PATCH|PUT) \/v2\/[^ ]*\/blobs\/uploads/m, () =>
      registry.kill(),
    );
    await proxy.start();
    try {
      const image = `localhost:${proxy.port}/faults/app:1`;
      const r = await runCli(['--builder', daemon.endpoint], { cwd: project(image) });
      expect(proxy.triggeredAt, 'the push reached the registry before it died').toBeGreaterThan(0);
      const elapsed = r.exitedAt - proxy.triggeredAt;
      expect(r.code).toBe(1);
      expect(elapsed).toBeLessThan(30_000);
      const error = r.stderr
        .split('\n')
        .filter((l) => l.startsWith('ERROR:'))
        .join('\n');
      expect(error).toMatch(
        new RegExp(
          `ERROR: target "default": failed to solve: failed to push ${image.replace(/[.]/g, '\\.')}: .*(connection refused|connection reset|EOF)`,
        ),
      );
      await expectDaemonIdle();
      rows.push({
        fault: 'registry SIGKILLed at the first blob upload of a push (CLI)',
        exitCode: r.code!,
        timeToExitMs: elapsed,
        error,
      });
    } finally {
      proxy.pull();
    }
  });

  it('the registry is down from the start: exit 1 naming it', async () => {
    const port = await freePort(); // nothing listens there
    const image = `localhost:${port}/faults/app:1`;
    const r = await runCli(['--builder', daemon.endpoint], { cwd: project(image) });
    expect(r.code).toBe(1);
    const error = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('ERROR:'))
      .join('\n');
    expect(error).toMatch(
      new RegExp(
        `ERROR: target "default": failed to solve: failed to push ${image.replace(/[.]/g, '\\.')}: .*connection refused`,
      ),
    );
    await expectDaemonIdle();
    rows.push({ fault: 'no registry listening for a push (CLI)', exitCode: r.code!, timeToExitMs: r.elapsedMs, error });
  });
});
