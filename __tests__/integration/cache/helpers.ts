/** Shared by the cache integration tests: a runner-like environment, a two-target project, pruning, progress. */
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as path from 'node:path';
import { expect } from 'vitest';
import { ProgressTracker } from '../../../src/buildkit/progress/index.js';
import { runBake } from '../../../src/solve/run/bake.js';
import { isBuildStep } from '../../../src/solve/cache/gha.js';
import type { BuildEvent } from '../../../src/solve/run/events.js';
import type { RunResult } from '../../../src/solve/run/run.js';
import { BuildkitClient } from '../../../src/buildkit/client.js';
import { connect } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import { BASE_IMAGE, ENGINE, LEGACY, STANDALONE, expectNoActiveBuilds } from '../../support/daemons.js';
import type { GhaCacheEmulator } from '../../support/gha-cache/emulator.js';
import { makeProject } from '../../support/project.js';

export const LEGACY_BUILDCTL = '/usr/local/lib/buildkit-v0.13/buildctl';

/** process.env without any ACTIONS_* (CI itself may run inside GitHub Actions), plus what a runner would set. */
export function runnerEnv(emu: GhaCacheEmulator, api: 'v1' | 'v2'): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('ACTIONS_')) env[k] = v;
  env.ACTIONS_RUNTIME_TOKEN = emu.token;
  env.ACTIONS_CACHE_URL = emu.v1Url;
  if (api === 'v2') {
    env.ACTIONS_RESULTS_URL = emu.resultsUrl;
    env.ACTIONS_CACHE_SERVICE_V2 = 'true';
  }
  return env;
}

/** Wipes the daemon's build cache, so that only the GitHub Actions cache can make steps CACHED. */
export function pruneDaemon(endpoint: string): void {
  const opts = { stdio: 'pipe' as const, timeout: 60_000 };
  if (endpoint === ENGINE) execFileSync('docker', ['builder', 'prune', '-af'], opts);
  else if (endpoint === LEGACY) execFileSync(LEGACY_BUILDCTL, ['--addr', LEGACY, 'prune', '--all'], opts);
  else if (endpoint === STANDALONE) execFileSync('buildctl', ['--addr', STANDALONE, 'prune', '--all'], opts);
  else throw new Error(`no prune for ${endpoint}`);
}

/**
 * Two targets with content unique to this call (a stale cache cannot make them pass): `app` for linux/amd64 with
 * a local COPY, `tool` (no platform) with two stages. `edit(name)` changes one target's content.
 */
export function cacheProject(extra: { appCacheTo?: string; appOutput?: string } = {}) {
  const nonce = crypto.randomUUID();
  const dir = makeProject({
    'docker-bake.hcl': [
      'group "default" {',
      '  targets = ["app", "tool"]',
      '}',
      'target "app" {',
      '  context = "app"',
      '  platforms = ["linux/amd64"]',
      extra.appCacheTo ? `  cache-to = [${JSON.stringify(extra.appCacheTo)}]` : '',
      extra.appOutput ? `  output = [${JSON.stringify(extra.appOutput)}]` : '',
      '}',
      'target "tool" {',
      '  context = "tool"',
      '}',
      '',
    ].join('\n'),
    'app/Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo "${nonce} app" > /app.txt\nCOPY hello.txt /hello.txt\nRUN cat /hello.txt >> /app.txt\n`,
    'app/hello.txt': `hello ${nonce}\n`,
    'tool/Dockerfile': `FROM ${BASE_IMAGE} AS build\nRUN echo "${nonce} tool" > /tool.txt\nFROM scratch\nCOPY --from=build /tool.txt /\n`,
  });
  return { dir, nonce, bakeFile: path.join(dir, 'docker-bake.hcl') };
}

/** Build refs of every bake() in this test file, per endpoint (the daemons are shared with other tests). */
const refs = new Map<string, Set<string>>();

/** None of this file's builds is still running on the daemon (cancellation there is asynchronous: bounded wait). */
export async function expectOwnBuildsFinished(endpoint: string, withinMs = 10_000): Promise<void> {
  const mine = refs.get(endpoint) ?? new Set<string>();
  const conn = await connect(parseEndpoint(endpoint));
  try {
    const client = new BuildkitClient(conn);
    await expectNoActiveBuilds(
      { activeBuilds: async () => (await client.activeBuilds()).filter((r) => mine.has(r)) },
      withinMs,
    );
  } finally {
    await conn.close();
  }
}

export interface Observed {
  result: RunResult;
  events: BuildEvent[];
  warnings: Array<{ target?: string; message: string }>;
  /**
   * From the progress stream, independently of the code under test: the build steps (`[n/m] …` vertices) and which
   * were CACHED. FROM steps are listed apart (`from`, with their state): BuildKit reports a FROM DONE rather than
   * CACHED when everything after it came from the cache (it only resolves the image), and a FROM vertex is shared
   * by every build on the daemon that uses the same image, so it shows pulls made for other builds too.
   * `uncached` are the other steps that were not CACHED.
   */
  steps(target: string): {
    total: number;
    cached: number;
    names: string[];
    uncached: string[];
    from: Array<{ name: string; cached: boolean; done: boolean; error: string }>;
  };
}

export async function bake(
  dir: string,
  endpoint: string,
  env: NodeJS.ProcessEnv,
  extra: { warm?: boolean; set?: string[]; cache?: 'auto' | 'off'; targets?: string[] } = {},
): Promise<Observed> {
  const tracker = new ProgressTracker();
  const events: BuildEvent[] = [];
  const result = await runBake({
    files: [path.join(dir, 'docker-bake.hcl')],
    targets: extra.targets ?? [],
    set: extra.set ?? [],
    cwd: dir,
    env,
    builder: endpoint,
    warm: extra.warm,
    cache: extra.cache,
    onEvent: (e) => {
      events.push(e);
      if (e.type === 'status') tracker.update(e.message, e.target);
    },
  });
  if (!refs.has(endpoint)) refs.set(endpoint, new Set());
  for (const t of result.targets) refs.get(endpoint)!.add(t.ref);
  return {
    result,
    events,
    warnings: events
      .filter((e): e is Extract<BuildEvent, { type: 'warning' }> => e.type === 'warning')
      .map(({ target, message }) => ({ target, message })),
    steps(target) {
      const steps = tracker.vertices(target).filter((v) => isBuildStep(v.name));
      const isFrom = (name: string) => /^\[[^\]]*\] FROM /.test(name);
      return {
        total: steps.length,
        cached: steps.filter((v) => v.cached).length,
        names: steps.map((v) => v.name),
        uncached: steps.filter((v) => !v.cached && !isFrom(v.name)).map((v) => v.name),
        from: steps
          .filter((v) => isFrom(v.name))
          .map((v) => ({ name: v.name, cached: v.cached, done: v.completed !== undefined, error: v.error })),
      };
    },
  };
}

export function expectOk(o: Observed): void {
  expect(
    o.result.targets
      .filter((t) => t.status !== 'done')
      .map((t) => `${t.target}: ${t.status}: ${t.error?.message ?? ''}`),
  ).toEqual([]);
}

/** The runtime token appears in no event, warning, error, metadata or report. */
export function expectTokenNowhere(o: Observed, token: string): void {
  const seen = JSON.stringify({
    warnings: o.warnings,
    errors: o.result.targets.map((t) => t.error?.message ?? ''),
    metadata: o.result.metadata,
    cache: o.result.targets.map((t) => t.cache),
    warm: o.result.warm,
    events: o.events
      .filter((e) => e.type !== 'status')
      .map((e) => ('error' in e ? { ...e, error: String(e.error) } : e)),
  });
  expect(seen.includes(token), 'runtime token leaked').toBe(false);
}
