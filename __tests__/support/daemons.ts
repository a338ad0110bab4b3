/**
 * The real daemons of the test host. Integration tests run against each of them and FAIL — never skip —
 * when one is missing: `npm test` brings the host up first (scripts/ensure-test-host.mjs).
 */
import { spawnSync } from 'node:child_process';

export const STANDALONE = 'unix:///run/buildkit/buildkitd.sock';
export const ENGINE = 'docker://';
export const LEGACY = 'unix:///run/buildkit-legacy/buildkitd.sock';
export const REGISTRY = '127.0.0.1:5000';
export const BASE_IMAGE = 'localhost:5000/busybox';

/** Both daemons every wire-crossing feature must work on. */
export const DAEMONS = [
  { name: 'standalone buildkitd', endpoint: STANDALONE },
  { name: 'Docker Engine', endpoint: ENGINE },
] as const;

export function requireTestHost(): void {
  const checks: Array<[string, string, string[]]> = [
    ['standalone buildkitd', 'buildctl', ['--addr', STANDALONE, 'debug', 'workers']],
    ['Docker Engine', 'docker', ['version']],
    ['registry', 'curl', ['-fsS', `http://${REGISTRY}/v2/`]],
    ['legacy buildkitd v0.13', '/usr/local/lib/buildkit-v0.13/buildctl', ['--addr', LEGACY, 'debug', 'workers']],
  ];
  const missing = checks
    .filter(([, cmd, args]) => spawnSync(cmd, args, { stdio: 'ignore', timeout: 20_000 }).status !== 0)
    .map(([n]) => n);
  if (missing.length) {
    throw new Error(
      `test host incomplete (${missing.join(', ')} not reachable): run \`npm test\` or scripts/test-host.sh all && scripts/test-host.sh buildkitd-legacy as root`,
    );
  }
}

/**
 * Waits until the daemon runs no build (build history, active only). Cancellation on the daemon is
 * asynchronous, so a cancelled build may be listed for a moment; `withinMs` bounds that moment.
 */
export async function expectNoActiveBuilds(
  client: { activeBuilds(): Promise<string[]> },
  withinMs = 10_000,
  /** only these build refs (a run's own builds); every build on the daemon when omitted */
  refs?: string[],
): Promise<void> {
  const deadline = Date.now() + withinMs;
  const ours = async () => (await client.activeBuilds()).filter((r) => !refs || refs.includes(r));
  let active = await ours();
  while (active.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    active = await ours();
  }
  if (active.length) throw new Error(`builds still running on the daemon after ${withinMs} ms: ${active.join(', ')}`);
}
