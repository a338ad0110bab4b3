/**
 * Which GitHub Actions cache API the daemon speaks: API v2 (`url_v2`) needs BuildKit ≥ v0.20.
 *
 * The version comes from `Control.Info` (BuildKit ≥ v0.11), else from ListWorkers' BuildkitVersion. Docker
 * Engines built by distributions often report their embedded BuildKit as `v0.0.0+unknown`; for docker://
 * endpoints the Engine's own version decides then: Docker Engine 28.0 was the first to embed BuildKit v0.20.
 * A version that stays unknown counts as current (v2), as buildx assumes.
 */
import * as http from 'node:http';
import type { BuildkitClient } from '../../buildkit/client.js';
import type { BuildkitConnection } from '../../buildkit/transport/connect.js';
import { connectEngine } from '../../buildkit/transport/docker.js';
import type { DockerHost } from '../../buildkit/transport/endpoint.js';
import { daemonCacheSupport, parseBuildkitVersion, type DaemonCacheSupport } from './gha.js';

/** Docker Engine version → cache support of its embedded BuildKit (27.0 embeds v0.14, 28.0 v0.20). */
export function engineCacheSupport(engineVersion: string): DaemonCacheSupport | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(engineVersion.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  return { version: `embedded in Docker Engine ${engineVersion}`, ghaV2: major >= 28, ghaListKeys: major >= 27 };
}

/** GET /version of the Engine API (bounded). */
export function engineVersion(engine: DockerHost, timeoutMs = 5000): Promise<string | undefined> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        method: 'GET',
        path: '/version',
        host: 'localhost',
        createConnection: () => connectEngine(engine),
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { Version?: string };
            resolve(res.statusCode === 200 ? body.Version : undefined);
          } catch {
            resolve(undefined);
          }
        });
        res.on('error', () => resolve(undefined));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(undefined));
    req.end();
  });
}

export async function detectCacheSupport(
  client: BuildkitClient,
  connection: BuildkitConnection,
  signal?: AbortSignal,
): Promise<DaemonCacheSupport> {
  let version = await client.info(signal);
  if (!parseBuildkitVersion(version)) {
    const workers = await client.listWorkers(signal).catch(() => []);
    version = workers.map((w) => w.BuildkitVersion?.version).find((v) => parseBuildkitVersion(v)) ?? version;
  }
  if (!parseBuildkitVersion(version) && connection.endpoint.kind === 'docker') {
    const ev = await engineVersion(connection.endpoint.engine);
    const support = ev ? engineCacheSupport(ev) : undefined;
    if (support) return support;
  }
  return daemonCacheSupport(version);
}
