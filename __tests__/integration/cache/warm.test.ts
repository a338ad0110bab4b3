/**
 * Cache-warming runs. Every target is built with its outputs replaced by the cache export;
 * the report says per target whether it was already warm (every build step cached) or had to be built.
 * Cold service → all built; after a prune of the daemon → all warm (from the service); one target changed → that
 * one built, the other warm — the last run through the CLI (`--warm`), which prints the table.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WarmTargetReport } from '../../../src/solve/cache/gha.js';
import { STANDALONE, requireTestHost } from '../../support/daemons.js';
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
  type Observed,
} from './helpers.js';

const ROOT = path.resolve(__dirname, '../../..');

beforeAll(() => requireTestHost());
afterAll(() => removeProjects());

function report(o: Observed): Record<string, Omit<WarmTargetReport, 'target'>> {
  const events = o.events.filter((e) => e.type === 'warm-report');
  expect(events).toHaveLength(1);
  expect(events[0]).toEqual({ type: 'warm-report', targets: o.result.warm });
  return Object.fromEntries(o.result.warm!.map(({ target, ...rest }) => [target, rest]));
}

function cli(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      [path.join(ROOT, 'src/cli/index.ts'), ...args],
      { cwd, env, timeout: 60_000 },
      (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

describe('cache warming on the standalone buildkitd', () => {
  it('reports built on a cold cache, warm after a prune, and per target when one changed', async () => {
    const emu = await startGhaCacheEmulator();
    try {
      const env = runnerEnv(emu, 'v2');
      const { dir, nonce } = cacheProject({ appOutput: 'type=local,dest=out' });

      const cold = await bake(dir, STANDALONE, env, { warm: true });
      expectOk(cold);
      expect(cold.warnings).toEqual([]);
      const coldReport = report(cold);
      expect(coldReport.app).toMatchObject({ result: 'built', steps: 3, cacheSaved: true });
      expect(coldReport.tool).toMatchObject({ result: 'built', steps: 2, cacheSaved: true });
      expect(coldReport.app.cachedSteps).toBe(0);
      expect(coldReport.tool.cachedSteps).toBe(0);
      // the outputs were replaced by the cache export: nothing was written, and the cache is in the service
      expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
      expect(cold.result.metadata.app?.['containerimage.digest']).toBeUndefined();
      expect(emu.entries().map((e) => e.key)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^index-app-linux-amd64-1-/),
          expect.stringMatching(/^index-tool-1-/),
        ]),
      );

      pruneDaemon(STANDALONE);
      const warm = await bake(dir, STANDALONE, env, { warm: true });
      expectOk(warm);
      expect(report(warm)).toEqual({
        app: { result: 'warm', steps: 3, cachedSteps: 3, cacheSaved: true },
        tool: { result: 'warm', steps: 2, cachedSteps: 2, cacheSaved: true },
      });
      for (const t of ['app', 'tool']) expect(warm.steps(t).uncached).toEqual([]);
      expectTokenNowhere(cold, emu.token);
      expectTokenNowhere(warm, emu.token);

      // tool changes: it has to be built, app is still warm
      fs.writeFileSync(
        path.join(dir, 'tool/Dockerfile'),
        fs.readFileSync(path.join(dir, 'tool/Dockerfile'), 'utf8').replace(`${nonce} tool`, `${nonce} tool v2`),
      );
      const run = await cli(['--builder', STANDALONE, '--warm', '--progress', 'quiet'], env, dir);
      expect(run.code, run.stderr).toBe(0);
      const table = run.stderr.slice(run.stderr.indexOf('Cache warming:'));
      expect(table).toMatch(/^TARGET\s+RESULT\s+STEPS CACHED\s+CACHE SAVED$/m);
      expect(table).toMatch(/^app\s+already warm\s+3\/3\s+yes$/m);
      expect(table).toMatch(/^tool\s+built\s+0\/2\s+yes$/m);
      expect(run.stderr + run.stdout).not.toContain(emu.token);
    } finally {
      await emu.close();
    }
  }, 90_000);

  it('warns when a target would save no cache (no cache-to, outside GitHub Actions)', async () => {
    const { dir } = cacheProject();
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('ACTIONS_')) env[k] = v;
    const o = await bake(dir, STANDALONE, env, { warm: true, targets: ['tool'] });
    expectOk(o);
    expect(o.warnings).toEqual([
      {
        target: 'tool',
        message: expect.stringMatching(/no cache export \(cache-to\), so it is built but no cache is saved/) as unknown,
      },
    ]);
    expect(report(o).tool).toMatchObject({ result: 'built', cacheSaved: false });
  }, 60_000);
});

it('leaves none of its builds running', async () => {
  await expectOwnBuildsFinished(STANDALONE);
}, 40_000);
