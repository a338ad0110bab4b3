/**
 * The default cache inside GitHub Actions makes a round trip through the cache service —
 * build (cold) → wipe the daemon's build cache → build again → every build step of every target is CACHED.
 * Cache API v2 on the standalone buildkitd and the Docker Engine (both BuildKit v0.25), API v1 on BuildKit v0.13.
 * The service is the offline emulator; the environment is what a runner gives an action.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, LEGACY, STANDALONE, requireTestHost } from '../../support/daemons.js';
import { startGhaCacheEmulator } from '../../support/gha-cache/emulator.js';
import { removeProjects } from '../../support/project.js';
import {
  bake,
  cacheProject,
  expectOk,
  expectOwnBuildsFinished,
  expectTokenNowhere,
  pruneDaemon,
  runnerEnv,
} from './helpers.js';

/** sha256("refs/heads/main")[:8]: the branch part of BuildKit's index key for the emulator's default token */
const MAIN = 'f921bd05';

beforeAll(() => requireTestHost());
afterAll(() => removeProjects());

const CASES = [
  { name: 'standalone buildkitd, cache API v2', endpoint: STANDALONE, api: 'v2' as const },
  { name: 'Docker Engine, cache API v2', endpoint: ENGINE, api: 'v2' as const },
  { name: 'legacy BuildKit v0.13, cache API v1', endpoint: LEGACY, api: 'v1' as const },
];

describe.each(CASES)('default gha cache round trip on $name', ({ endpoint, api }) => {
  it('exports in max mode per target and platform set, and after a prune every step comes from the cache', async () => {
    const emu = await startGhaCacheEmulator();
    try {
      const env = runnerEnv(emu, api);
      const { dir } = cacheProject();

      const cold = await bake(dir, endpoint, env);
      expectOk(cold);
      expect(cold.warnings).toEqual([]);
      for (const t of ['app', 'tool']) {
        const s = cold.steps(t);
        expect(s.total, `${t}: ${s.names.join(' | ')}`).toBeGreaterThanOrEqual(3);
        // unique content: nothing but FROM can come from any cache on the cold run
        expect(s.uncached.length, `${t} really ran its steps: ${s.names.join(' | ')}`).toBe(s.total - s.from.length);
      }
      const entries = emu.entries();
      const keys = entries.map((e) => e.key);
      // one index per target scope: <target>-<platforms> (app is linux/amd64; tool sets no platform)
      expect(keys).toContain(`index-app-linux-amd64-1-${MAIN}#1`);
      expect(keys).toContain(`index-tool-1-${MAIN}#1`);
      expect(entries.every((e) => e.committed && e.api === api)).toBe(true);
      // max mode: tool's intermediate `build` stage (its RUN layer) is exported too, not only the final image's
      // layers: 6 blobs here (busybox, app's 3, tool's RUN and COPY) where mode=min exports 5
      expect(entries.filter((e) => e.key.startsWith('buildkit-blob-1-sha256:')).length).toBeGreaterThanOrEqual(6);
      const exportedBefore = entries.length;

      pruneDaemon(endpoint);

      const warm = await bake(dir, endpoint, env);
      expectOk(warm);
      expect(warm.warnings).toEqual([]);
      for (const t of ['app', 'tool']) {
        const s = warm.steps(t);
        expect(s.total).toBe(cold.steps(t).total);
        // every RUN/COPY step CACHED after the prune; FROM steps complete without error (CACHED, or DONE when BuildKit
        // only resolved the image because nothing after it had to run — see helpers.ts)
        expect(s.uncached, `${t}: every step CACHED after the prune`).toEqual([]);
        expect(s.total - s.from.length).toBeGreaterThanOrEqual(2);
        expect(s.from.length).toBeGreaterThanOrEqual(1);
        expect(
          s.from.every((f) => f.done && !f.error),
          JSON.stringify(s.from),
        ).toBe(true);
        // the runner's own report agrees with the progress stream
        const report = warm.result.targets.find((o) => o.target === t)!.cache!;
        const work = s.total - s.from.length; // the report leaves FROM out (isReportedStep)
        expect([report.steps, report.cachedSteps]).toEqual([work, work]);
        expect(report.imports.every((i) => !i.error) && report.exports.every((e) => !e.error)).toBe(true);
      }
      // the warm export only wrote a new index generation per target
      const after = emu.entries().map((e) => e.key);
      expect(after).toContain(`index-app-linux-amd64-1-${MAIN}#2`);
      expect(after).toContain(`index-tool-1-${MAIN}#2`);
      expect(after.length).toBe(exportedBefore + 2);
      // layer data came back from the service
      expect(
        emu.requests().some((r) => r.method === 'GET' && r.path.startsWith('/devstoreaccount1/') && r.status < 300),
      ).toBe(true);
      expectTokenNowhere(cold, emu.token);
      expectTokenNowhere(warm, emu.token);
    } finally {
      await emu.close();
    }
  }, 90_000);
});

describe('cache API v2 asked of BuildKit v0.13', () => {
  it('falls back to API v1 (ACTIONS_CACHE_URL) with one warning', async () => {
    const emu = await startGhaCacheEmulator();
    try {
      const { dir } = cacheProject();
      const o = await bake(dir, LEGACY, runnerEnv(emu, 'v2'));
      expectOk(o);
      expect(o.warnings).toEqual([
        {
          message: expect.stringMatching(
            /^GitHub Actions cache API v2 needs BuildKit v0\.20 or later, but the builder runs BuildKit v0\.13.*: using cache API v1/,
          ) as unknown,
        },
      ]);
      const entries = emu.entries();
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.every((e) => e.api === 'v1')).toBe(true);
    } finally {
      await emu.close();
    }
  }, 60_000);
});

it('leaves none of its builds running', async () => {
  await expectOwnBuildsFinished(STANDALONE);
  await expectOwnBuildsFinished(ENGINE);
  await expectOwnBuildsFinished(LEGACY);
}, 40_000);
