/**
 * What the image-output tests need from the test host: both daemons, the registry with the base image, the
 * distribution binary (for a registry with auth) and the docker CLI. Missing pieces FAIL the tests (never skip).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { BASE_IMAGE, REGISTRY, STANDALONE } from '../../support/daemons.js';

export function requireImagesHost(): void {
  const checks: Array<[string, string, string[]]> = [
    ['standalone buildkitd', 'buildctl', ['--addr', STANDALONE, 'debug', 'workers']],
    ['Docker Engine', 'docker', ['version']],
    ['registry', 'curl', ['-fsS', `http://${REGISTRY}/v2/busybox/tags/list`]],
    ['distribution registry binary', 'sh', ['-c', 'command -v docker-registry || command -v registry']],
  ];
  const missing = checks
    .filter(([, cmd, args]) => spawnSync(cmd, args, { stdio: 'ignore', timeout: 20_000 }).status !== 0)
    .map(([n]) => n);
  if (missing.length) {
    throw new Error(
      `test host incomplete (${missing.join(', ')} not available): run \`npm test\` or scripts/test-host.sh all as root`,
    );
  }
}

/** `docker run --rm IMAGE cat FILE` (bounded). */
export function dockerRunCat(image: string, file: string, platform?: string): string {
  const args = ['run', '--rm', ...(platform ? ['--platform', platform] : []), image, 'cat', file];
  return execFileSync('docker', args, { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function dockerRmi(...images: string[]): void {
  spawnSync('docker', ['rmi', '-f', ...images], { stdio: 'ignore', timeout: 60_000 });
}

/** Removes the Engine's images whose reference matches `pattern` (the Engine's image exporter also stores what it
 * pushes). */
export function dockerRmiMatching(pattern: string): void {
  const ids =
    spawnSync('docker', ['images', '-q', '--filter', `reference=${pattern}`], { encoding: 'utf8', timeout: 30_000 })
      .stdout?.split('\n')
      .filter(Boolean) ?? [];
  if (ids.length) dockerRmi(...new Set(ids));
}

export const OCI_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export interface IndexEntry {
  mediaType: string;
  digest: string;
  platform?: { architecture: string; os: string; variant?: string };
  annotations?: Record<string, string>;
}

/** The image platforms of an index (attestation manifests left out). */
export function imagePlatforms(index: { manifests?: IndexEntry[] }): string[] {
  return (index.manifests ?? [])
    .filter((m) => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest')
    .map((m) => [m.platform?.os, m.platform?.architecture, m.platform?.variant].filter(Boolean).join('/'))
    .sort();
}

export { BASE_IMAGE, REGISTRY };
