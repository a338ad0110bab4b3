/**
 * A buildx of the tests' own: a private buildx store (DOCKER_CONFIG in a temporary directory) holding one `remote`
 * builder on a daemon, so that `docker buildx bake --builder NAME` reaches the same daemon as bakekit without touching
 * the user's buildx configuration.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface PrivateBuilder {
  /** the buildx store: give it to buildx as DOCKER_CONFIG */
  dockerConfig: string;
  /** removes the store (the daemon is not touched) */
  remove(): void;
}

/** A private store with the `remote` builder `name` on `endpoint` (e.g. STANDALONE). */
export function privateRemoteBuilder(name: string, endpoint: string): PrivateBuilder {
  const dockerConfig = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-bxcfg-'));
  execFileSync('docker', ['buildx', 'create', '--driver', 'remote', endpoint, '--name', name], {
    env: { ...process.env, DOCKER_CONFIG: dockerConfig },
    timeout: 60_000,
    stdio: 'ignore',
  });
  return { dockerConfig, remove: () => fs.rmSync(dockerConfig, { recursive: true, force: true }) };
}

/** A private store in which `name` reaches the daemon: a `remote` builder on `endpoint`, or, without one, the
 * Engine's `default` builder (in every store). */
export function privateBuilder(name: string, endpoint: string | undefined): PrivateBuilder {
  if (endpoint) return privateRemoteBuilder(name, endpoint);
  const dockerConfig = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-bxcfg-'));
  return { dockerConfig, remove: () => fs.rmSync(dockerConfig, { recursive: true, force: true }) };
}
