/**
 * Resolution as steps (bake/steps.ts): runStepsAsync gives the event loop a turn once a slice has passed, stops
 * between two steps once its signal has fired, and takes its turns without loading a module: the bundle loads
 * node:timers/promises only when a run first uses it (scripts/ncc.mjs ON_FIRST_USE), and a resolution that outlasted
 * one slice on a slow CI host loaded it for every such run (e2e/cli-builtins.test.ts caught it there).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { BakeError } from '../../../src/bake/errors.js';
import { runSteps, runStepsAsync, type Steps } from '../../../src/bake/steps.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function* count(n: number): Steps<number> {
  for (let i = 0; i < n; i++) yield;
  return n;
}

it('runs the steps to their value, straight through or with turns', async () => {
  expect(runSteps(count(3))).toBe(3);
  expect(await runStepsAsync(count(3))).toBe(3);
});

it('gives the event loop a turn once a slice has passed, and stops between two steps once the signal fired', async () => {
  const controller = new AbortController();
  setImmediate(() => controller.abort(new Error('cancelled by the test')));
  let steps = 0;
  function* endless(): Steps<never> {
    for (;;) {
      steps++;
      yield;
    }
  }
  const err = await runStepsAsync(endless(), controller.signal, 0).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(BakeError);
  expect((err as BakeError).message).toBe('resolving the bake definition was cancelled: cancelled by the test');
  expect(steps).toBeGreaterThan(0);
});

it('takes its turns without loading node:timers/promises', () => {
  // in a process of its own: this one (vitest) has loaded the module long before
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-steps-'));
  try {
    const script = path.join(dir, 'turns.mts');
    fs.writeFileSync(
      script,
      [
        `import { runStepsAsync } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/bake/steps.ts')).href)};`,
        'function* steps() { for (let i = 0; i < 5; i++) yield; return 5; }',
        "const loaded = () => process.moduleLoadList.includes('NativeModule timers/promises');",
        'const before = loaded();',
        'const value = await runStepsAsync(steps(), undefined, 0); // a turn after every step',
        'console.log(JSON.stringify({ before, value, after: loaded() }));',
      ].join('\n'),
    );
    const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
    const r = spawnSync(process.execPath, ['--import', tsx, script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ before: false, value: 5, after: false });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
