/** solve/run/compile-cache.ts: where the code cache goes, and that a directory others could write to is never used. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { enableCompileCache, type EnableCompileCache } from '../../../../src/solve/run/compile-cache.js';

const uid = process.getuid?.();
const name = `bakekit-compile-cache${uid === undefined ? '' : `-${uid}`}`;

function fakeEnable(): { enable: EnableCompileCache; dirs: string[] } {
  const dirs: string[] = [];
  return { dirs, enable: (dir) => (dirs.push(dir!), { status: 1, directory: dir }) };
}

test('without module.enableCompileCache (Node < 22.1) nothing happens', () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-cc-'));
  expect(enableCompileCache({ RUNNER_TEMP: base }, undefined)).toBeUndefined();
  expect(fs.readdirSync(base)).toEqual([]);
});

test('RUNNER_TEMP first, then XDG_CACHE_HOME; the directory is created private', () => {
  const runner = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-cc-'));
  const xdg = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-cc-'));
  const { enable, dirs } = fakeEnable();
  expect(enableCompileCache({ RUNNER_TEMP: runner, XDG_CACHE_HOME: xdg }, enable)).toBe(path.join(runner, name));
  expect(enableCompileCache({ XDG_CACHE_HOME: xdg }, enable)).toBe(path.join(xdg, name));
  expect(dirs).toEqual([path.join(runner, name), path.join(xdg, name)]);
  if (process.platform !== 'win32') expect(fs.statSync(path.join(runner, name)).mode & 0o777).toBe(0o700);
});

test('a directory others can write to is not used (POSIX permissions; CI runs on Linux)', () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-cc-'));
  fs.mkdirSync(path.join(base, name));
  fs.chmodSync(path.join(base, name), 0o777);
  const { enable, dirs } = fakeEnable();
  expect(enableCompileCache({ RUNNER_TEMP: base }, enable)).toBeUndefined();
  expect(dirs).toEqual([]);
});

test('an unusable location or a failing enable never breaks the run', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-cc-')), 'not-a-dir');
  fs.writeFileSync(file, '');
  const { enable, dirs } = fakeEnable();
  expect(enableCompileCache({ RUNNER_TEMP: file }, enable)).toBeUndefined();
  expect(dirs).toEqual([]);
  const throwing: EnableCompileCache = () => {
    throw new Error('boom');
  };
  expect(
    enableCompileCache({ RUNNER_TEMP: fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-cc-')) }, throwing),
  ).toBeUndefined();
});
