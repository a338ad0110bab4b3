/**
 * buildkit/grpc/v8-flags.ts: withDefaultV8Flags puts V8's defaults back for one load and the changed flags after it,
 * and on the Node running the tests a built-in loaded that way after a flag was set comes from Node's code cache,
 * where one loaded without it is compiled from its source (the reason for the module).
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import {
  changedV8Flags,
  DEFAULT_V8_FLAGS_HOOK,
  setV8Flag,
  withDefaultV8Flags,
} from '../../../../src/buildkit/grpc/v8-flags.js';

const MODULE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../src/buildkit/grpc/v8-flags.ts');

afterEach(() => {
  // the recorders below stand in for V8; forget what they were told
  for (const setting of changedV8Flags()) setV8Flag(defaultOf(setting), defaultOf(setting), () => {});
});

const defaultOf = (setting: string) =>
  setting.startsWith('--no-') ? `--${setting.slice(5)}` : setting.replace(/=.*$/, '=2');

test('with nothing changed a load is a plain call', () => {
  expect(changedV8Flags()).toEqual([]);
  expect(withDefaultV8Flags(() => 42)).toBe(42);
});

test("a load runs with V8's defaults and the changed flags are set again after it, also when it throws", () => {
  const set: string[] = [];
  const record = (f: string) => set.push(f);
  setV8Flag('--no-maglev', '--maglev', record);
  setV8Flag('--semi-space-growth-factor=1', '--semi-space-growth-factor=2', record);
  expect(changedV8Flags()).toEqual(['--no-maglev', '--semi-space-growth-factor=1']);
  set.length = 0;
  const during: string[] = [];
  expect(withDefaultV8Flags(() => (during.push(...set), 'loaded'))).toBe('loaded');
  expect(during).toEqual(['--maglev', '--semi-space-growth-factor=2']);
  expect(set).toEqual(['--maglev', '--semi-space-growth-factor=2', '--no-maglev', '--semi-space-growth-factor=1']);
  set.length = 0;
  expect(() =>
    withDefaultV8Flags(() => {
      throw new Error('no such module');
    }),
  ).toThrow('no such module');
  expect(set.slice(-2)).toEqual(['--no-maglev', '--semi-space-growth-factor=1']);
});

test('setting a flag back to its default forgets it; a flag the runtime refuses is not recorded', () => {
  const set: string[] = [];
  setV8Flag('--no-turbofan', '--turbofan', (f) => set.push(f));
  setV8Flag('--turbofan', '--turbofan', (f) => set.push(f));
  expect(changedV8Flags()).toEqual([]);
  expect(() =>
    setV8Flag('--no-maglev', '--maglev', () => {
      throw new Error('unknown flag');
    }),
  ).toThrow('unknown flag');
  expect(changedV8Flags()).toEqual([]);
  set.length = 0;
  withDefaultV8Flags(() => undefined);
  expect(set).toEqual([]);
});

test('the bundle finds withDefaultV8Flags under its global symbol (scripts/ncc.mjs)', () => {
  expect((globalThis as Record<symbol, unknown>)[Symbol.for(DEFAULT_V8_FLAGS_HOOK)]).toBe(withDefaultV8Flags);
});

test("after a flag is set, a built-in loaded through withDefaultV8Flags comes from Node's code cache", () => {
  // Node's own record of how it compiled each built-in (internal, hence --expose-internals; for tests only)
  const script = `
    import { setV8Flag, withDefaultV8Flags } from ${JSON.stringify(MODULE)};
    import { createRequire } from 'node:module';
    const require = createRequire(import.meta.url);
    const { internalBinding } = require('internal/test/binding');
    setV8Flag('--semi-space-growth-factor=1', '--semi-space-growth-factor=2');
    require('node:tls');
    withDefaultV8Flags(() => require('node:http2'));
    const usage = internalBinding('builtins').getCacheUsage();
    process.stdout.write(JSON.stringify({ without: [...usage.compiledWithoutCache], with: [...usage.compiledWithCache] }));`;
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-internals', '--no-warnings', '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
  const usage = JSON.parse(r.stdout) as { without: string[]; with: string[] };
  expect(usage.with).toContain('http2');
  expect(usage.with).toContain('internal/http2/core');
  expect(usage.without).not.toContain('http2');
  expect(usage.without).not.toContain('internal/http2/core');
  // the same runtime, loaded without it: compiled from its source
  expect(usage.without).toContain('tls');
});
