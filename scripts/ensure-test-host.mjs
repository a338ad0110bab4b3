#!/usr/bin/env node
// Brings the local test host up when any part of it is missing (standalone buildkitd, Docker Engine,
// registry with localhost:5000/busybox, the loopback sshd for ssh:// tests). Idempotent; the heavy lifting is scripts/test-host.sh (root).
// BAKEKIT_LEGACY=1 also starts the BuildKit v0.13 daemon for the compatibility tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(here, 'test-host.sh');

function ok(cmd, args) {
  return spawnSync(cmd, args, { stdio: 'ignore', timeout: 20_000 }).status === 0;
}

/** test-host.sh's sshd on 127.0.0.1:2222 answers with the host key it made (/etc/bakekit-test-sshd). */
function sshdUp() {
  let hostKey;
  try {
    hostKey = readFileSync('/etc/bakekit-test-sshd/host_ed25519.pub', 'utf8').split(' ')[1];
  } catch {
    return false;
  }
  const scan = spawnSync('ssh-keyscan', ['-T', '5', '-t', 'ed25519', '-p', '2222', '127.0.0.1'], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return scan.status === 0 && !!hostKey && scan.stdout.includes(hostKey);
}

export function testHostStatus() {
  return {
    buildkitd: ok('buildctl', ['--addr', 'unix:///run/buildkit/buildkitd.sock', 'debug', 'workers']),
    docker: ok('docker', ['version']),
    registry: ok('curl', [
      '-fsS',
      '-H',
      'Accept: application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json',
      'http://127.0.0.1:5000/v2/busybox/manifests/latest',
    ]),
    sshd: sshdUp(),
  };
}

export function ensureTestHost({ legacy = process.env.BAKEKIT_LEGACY === '1' } = {}) {
  const status = testHostStatus();
  if (!Object.values(status).every(Boolean)) {
    const missing = Object.entries(status)
      .filter(([, v]) => !v)
      .map(([k]) => k)
      .join(', ');
    console.error(
      `[test-host] missing: ${missing}; running scripts/test-host.sh all (a few minutes on a fresh machine)`,
    );
    const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
    execFileSync(sudo[0] ?? 'bash', sudo.length ? ['bash', script, 'all'] : [script, 'all'], { stdio: 'inherit' });
  }
  if (
    legacy &&
    !ok('/usr/local/lib/buildkit-v0.13/buildctl', [
      '--addr',
      'unix:///run/buildkit-legacy/buildkitd.sock',
      'debug',
      'workers',
    ])
  ) {
    console.error('[test-host] starting the legacy BuildKit v0.13 daemon');
    execFileSync('bash', [script, 'buildkitd-legacy'], { stdio: 'inherit' });
  }
  const after = testHostStatus();
  if (!Object.values(after).every(Boolean)) {
    throw new Error(`test host still incomplete after setup: ${JSON.stringify(after)} (logs in /var/log/test-host)`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  ensureTestHost();
  console.error('[test-host] up: buildkitd, Docker Engine, registry, sshd');
}
