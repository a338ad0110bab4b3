/**
 * A failing cache service (429, 500) does not fail the build — the default export has
 * ignore-error=true — but yields warnings naming the target and the cache; with ignore-error=false set explicitly
 * the build fails with an error that says the cache export failed.
 *
 * Only the cache API calls fail (Twirp / v1 paths), not the signed blob URLs: the Azure SDK in buildkitd retries
 * blob 5xx for minutes. go-actions-cache retries 429 with a process-wide backoff until the entry's `timeout`
 * (default 10 min), so the 429 cases set `timeout=4s` on their entries; 500 is never retried.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CacheExportError } from '../../../src/solve/cache/monitor.js';
import { TargetFailedError } from '../../../src/solve/run/target-errors.js';
import { STANDALONE, requireTestHost } from '../../support/daemons.js';
import { startGhaCacheEmulator, type GhaCacheEmulator } from '../../support/gha-cache/emulator.js';
import { removeProjects } from '../../support/project.js';
import { bake, cacheProject, expectOk, expectOwnBuildsFinished, expectTokenNowhere, runnerEnv } from './helpers.js';

const CACHE_API = /^\/(twirp\/|v1\/_apis\/)/;

beforeAll(() => requireTestHost());
afterAll(() => removeProjects());

/** go-actions-cache's backoff is shared by the whole daemon and only resets on a non-429 answer: give it one. */
async function resetBackoff(emu: GhaCacheEmulator): Promise<void> {
  emu.setFailure(null);
  const { dir } = cacheProject();
  expectOk(await bake(dir, STANDALONE, runnerEnv(emu, 'v2'), { targets: ['tool'] }));
}

const CASES = [
  { status: 429, timeout: ',timeout=4s', error: /maximum timeout reached/ },
  { status: 500, timeout: '', error: /internal/ },
];

describe.each(CASES)('cache service answering $status on the standalone buildkitd', ({ status, timeout, error }) => {
  it('the build succeeds, with warnings naming the target and the cache', async () => {
    const emu = await startGhaCacheEmulator();
    try {
      const { dir } = cacheProject();
      emu.setFailure((r) => (CACHE_API.test(r.path) ? status : undefined));
      // 500: the default entries as they are; 429: the same, with a short retry budget
      const set = timeout ? [`app.cache-from=type=gha${timeout}`, `app.cache-to=type=gha,mode=max${timeout}`] : [];
      const o = await bake(dir, STANDALONE, runnerEnv(emu, 'v2'), { targets: ['app'], set });
      expectOk(o);
      expect(emu.requests().some((r) => r.status === status)).toBe(true);
      expect(emu.entries()).toEqual([]);
      expect(o.warnings).toEqual([
        {
          target: 'app',
          message: expect.stringMatching(
            /^cache import \(type=gha,scope=app-linux-amd64\) failed, building without it: /,
          ) as unknown,
        },
        {
          target: 'app',
          message: expect.stringMatching(
            /^cache export \(type=gha,scope=app-linux-amd64,mode=max\) failed, the build succeeded but its cache was not saved \(ignore-error=true\): /,
          ) as unknown,
        },
      ]);
      expect(o.warnings[1].message).toMatch(error);
      expect(o.result.targets[0].cache?.exports[0].error).toMatch(error);
      expectTokenNowhere(o, emu.token);
      if (status === 429) await resetBackoff(emu);
    } finally {
      await emu.close();
    }
  }, 60_000);

  it('with ignore-error=false the build fails, saying the cache export failed', async () => {
    const emu = await startGhaCacheEmulator();
    try {
      const { dir } = cacheProject();
      // the import stays healthy: only the export side (reserving entries) fails
      emu.setFailure((r) =>
        r.method === 'POST' && (/CreateCacheEntry$/.test(r.path) || /\/_apis\/artifactcache\/caches$/.test(r.path))
          ? status
          : undefined,
      );
      const o = await bake(dir, STANDALONE, runnerEnv(emu, 'v2'), {
        targets: ['app'],
        set: [`app.cache-to=type=gha,mode=max,ignore-error=false${timeout}`],
      });
      const outcome = o.result.targets[0];
      expect(outcome.status).toBe('failed');
      expect(outcome.error).toBeInstanceOf(TargetFailedError);
      const cause = (outcome.error as TargetFailedError).cause;
      expect(cause).toBeInstanceOf(CacheExportError);
      expect(outcome.error!.message).toMatch(
        /^target "app": cache export \(type=gha,scope=app-linux-amd64,mode=max\) failed: /,
      );
      expect(outcome.error!.message).toMatch(error);
      expect(outcome.error!.message).toContain('set ignore-error=true on the cache-to entry');
      // the failed-target event carries the same error
      const failed = o.events.find((e) => e.type === 'target-failed');
      expect(failed && 'error' in failed && failed.error.message).toBe(outcome.error!.message);
      expectTokenNowhere(o, emu.token);
      if (status === 429) await resetBackoff(emu);
    } finally {
      await emu.close();
    }
  }, 60_000);
});

describe('a short 429 burst', () => {
  it('is retried by BuildKit: the cache is saved, no warning', async () => {
    const emu = await startGhaCacheEmulator();
    try {
      const { dir } = cacheProject();
      emu.failNext(2, 429, /CreateCacheEntry/);
      const o = await bake(dir, STANDALONE, runnerEnv(emu, 'v2'), { targets: ['tool'] });
      expectOk(o);
      expect(o.warnings).toEqual([]);
      expect(emu.requests().filter((r) => r.status === 429)).toHaveLength(2);
      expect(emu.entries().map((e) => e.key)).toContain('index-tool-1-f921bd05#1');
    } finally {
      await emu.close();
    }
  }, 60_000);
});

it('leaves none of its builds running', async () => {
  await expectOwnBuildsFinished(STANDALONE);
}, 20_000);
