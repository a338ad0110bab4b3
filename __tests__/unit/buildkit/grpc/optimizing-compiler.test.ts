/**
 * TurboFan and Maglev held back at the start of a run (buildkit/grpc/optimizing-compiler.ts): the flags set once and
 * given back once (Maglev on its own by the message count, both by the byte count or the timer; where V8 has no Maglev,
 * TurboFan alone, given back as Maglev would be), left alone where the user chose or asked for V8's default; and, on
 * the Node running the tests, the premise
 * itself: a flag set at run time stops and restarts tier-up to that compiler.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deferOptimizingCompiler,
  FIRST_V8_WITH_MAGLEV,
  MAGLEV,
  NO_MAGLEV,
  NO_TURBOFAN,
  restoreMaglev,
  restoreOptimizingCompiler,
  TURBOFAN,
} from '../../../../src/buildkit/grpc/optimizing-compiler.js';

/** A V8 with Maglev, whatever Node and machine run the tests. */
const V8_12 = '12.4.254.21-node.33';
const WITH_MAGLEV = { v8Version: V8_12, arch: 'x64' };
/** A V8 without Maglev (Node 20's). */
const WITHOUT_MAGLEV = { v8Version: '11.3.244.8', arch: 'x64' };

afterEach(() => restoreOptimizingCompiler());

describe('deferOptimizingCompiler', () => {
  it('sets both flags, and restoreOptimizingCompiler gives both compilers back once', () => {
    const set: string[] = [];
    expect(deferOptimizingCompiler({ env: {}, execArgv: [], ...WITH_MAGLEV, setFlags: (f) => set.push(f) })).toBe(true);
    expect(set).toEqual([NO_TURBOFAN, NO_MAGLEV]);
    restoreOptimizingCompiler();
    restoreOptimizingCompiler();
    restoreMaglev();
    expect(set).toEqual([NO_TURBOFAN, NO_MAGLEV, MAGLEV, TURBOFAN]);
  });

  it('restoreMaglev gives Maglev back once and keeps TurboFan held back until restoreOptimizingCompiler', () => {
    const set: string[] = [];
    deferOptimizingCompiler({ env: {}, execArgv: [], ...WITH_MAGLEV, setFlags: (f) => set.push(f) });
    restoreMaglev();
    restoreMaglev();
    expect(set).toEqual([NO_TURBOFAN, NO_MAGLEV, MAGLEV]);
    restoreOptimizingCompiler();
    expect(set).toEqual([NO_TURBOFAN, NO_MAGLEV, MAGLEV, TURBOFAN]);
  });

  it('restoreMaglev does nothing when nothing was held back', () => {
    const set: string[] = [];
    deferOptimizingCompiler({ env: { BAKEKIT_V8_TURBOFAN: '1' }, ...WITH_MAGLEV, setFlags: (f) => set.push(f) });
    restoreMaglev();
    expect(set).toEqual([]);
  });

  it('gives TurboFan back after the delay when nothing else does', async () => {
    const set: string[] = [];
    deferOptimizingCompiler({ env: {}, execArgv: [], afterMs: 20, ...WITH_MAGLEV, setFlags: (f) => set.push(f) });
    await new Promise((r) => setTimeout(r, 60));
    expect(set).toEqual([NO_TURBOFAN, NO_MAGLEV, MAGLEV, TURBOFAN]);
    restoreOptimizingCompiler(); // the timer's restore was the one
    restoreMaglev();
    expect(set).toEqual([NO_TURBOFAN, NO_MAGLEV, MAGLEV, TURBOFAN]);
  });

  it.each([
    ['BAKEKIT_V8_TURBOFAN=1', { BAKEKIT_V8_TURBOFAN: '1' }, []],
    ['--no-opt in NODE_OPTIONS', { NODE_OPTIONS: '--max-old-space-size=512 --no-opt' }, []],
    ['--turbofan on the command line', {}, ['--turbofan']],
    ['--max-opt=2 on the command line', {}, ['--max-opt=2']],
    ['--jitless on the command line', {}, ['--enable-source-maps', '--jitless']],
    ['--no-maglev in NODE_OPTIONS', { NODE_OPTIONS: '--no-maglev' }, []],
  ])('leaves V8 alone with %s', (_what, env: NodeJS.ProcessEnv, execArgv: string[]) => {
    const set: string[] = [];
    expect(deferOptimizingCompiler({ env, execArgv, ...WITH_MAGLEV, setFlags: (f) => set.push(f) })).toBe(false);
    restoreMaglev();
    restoreOptimizingCompiler();
    expect(set).toEqual([]);
  });

  it('holds TurboFan back on a runtime without Maglev (V8 11: Node 20), and both from V8 12 on', () => {
    const set: string[] = [];
    const defer = (v8Version: string) =>
      deferOptimizingCompiler({ env: {}, execArgv: [], v8Version, arch: 'x64', setFlags: (f) => set.push(f) });
    expect(defer('not a version')).toBe(false);
    expect(set).toEqual([]);
    expect(defer('11.3.244.8-node.33')).toBe(true);
    expect(set).toEqual([NO_TURBOFAN]);
    expect(defer('12.4.254.21-node.33')).toBe(true); // the second call gives the first's flag back first
    expect(defer('13.6.233.17-node.40')).toBe(true);
    expect(set).toEqual([NO_TURBOFAN, TURBOFAN, NO_TURBOFAN, NO_MAGLEV, MAGLEV, TURBOFAN, NO_TURBOFAN, NO_MAGLEV]);
  });

  it("where V8 has no Maglev, gives TurboFan back on Maglev's signs (restoreMaglev), once", () => {
    const set: string[] = [];
    deferOptimizingCompiler({ env: {}, execArgv: [], ...WITHOUT_MAGLEV, setFlags: (f) => set.push(f) });
    restoreMaglev();
    restoreMaglev();
    restoreOptimizingCompiler();
    expect(set).toEqual([NO_TURBOFAN, TURBOFAN]);
  });

  it('where V8 has no Maglev, gives TurboFan back by restoreOptimizingCompiler or the delay as well', async () => {
    const set: string[] = [];
    deferOptimizingCompiler({ env: {}, execArgv: [], ...WITHOUT_MAGLEV, setFlags: (f) => set.push(f) });
    restoreOptimizingCompiler();
    restoreMaglev();
    expect(set).toEqual([NO_TURBOFAN, TURBOFAN]);
    deferOptimizingCompiler({ env: {}, execArgv: [], afterMs: 20, ...WITHOUT_MAGLEV, setFlags: (f) => set.push(f) });
    await new Promise((r) => setTimeout(r, 60));
    expect(set).toEqual([NO_TURBOFAN, TURBOFAN, NO_TURBOFAN, TURBOFAN]);
  });

  it('holds Maglev back on x64 and arm64, where V8 has it; elsewhere TurboFan alone, given back as Maglev would be', () => {
    const set: string[] = [];
    const defer = (arch: string) =>
      deferOptimizingCompiler({ env: {}, execArgv: [], ...WITH_MAGLEV, arch, setFlags: (f) => set.push(f) });
    expect(defer('s390x')).toBe(true);
    expect(set).toEqual([NO_TURBOFAN]);
    restoreMaglev();
    expect(set).toEqual([NO_TURBOFAN, TURBOFAN]);
    expect(defer('arm64')).toBe(true);
    expect(defer('x64')).toBe(true);
    expect(set).toEqual([NO_TURBOFAN, TURBOFAN, NO_TURBOFAN, NO_MAGLEV, MAGLEV, TURBOFAN, NO_TURBOFAN, NO_MAGLEV]);
  });

  it('does not mistake other flags for tiering flags', () => {
    const set: string[] = [];
    const env = { NODE_OPTIONS: '--optimize-for-size --turbofan-stress=1' };
    const execArgv = ['--opt-in'];
    expect(deferOptimizingCompiler({ env, execArgv, ...WITH_MAGLEV, setFlags: (f) => set.push(f) })).toBe(true);
    expect(set).toEqual([NO_TURBOFAN, NO_MAGLEV]);
  });

  it('leaves V8 as it is on a runtime that refuses the flag', () => {
    const refuse = () => {
      throw new Error('unrecognized flag');
    };
    expect(deferOptimizingCompiler({ env: {}, execArgv: [], ...WITH_MAGLEV, setFlags: refuse })).toBe(false);
    expect(() => restoreOptimizingCompiler()).not.toThrow();
  });

  it('holds TurboFan back alone on a runtime that refuses only the Maglev flag', () => {
    const set: string[] = [];
    const setFlags = (f: string) => {
      if (f.includes('maglev')) throw new Error('unrecognized flag');
      set.push(f);
    };
    expect(deferOptimizingCompiler({ env: {}, execArgv: [], ...WITH_MAGLEV, setFlags })).toBe(true);
    restoreMaglev();
    expect(set).toEqual([NO_TURBOFAN]);
    restoreOptimizingCompiler();
    expect(set).toEqual([NO_TURBOFAN, TURBOFAN]);
  });
});

/** The optimizing tiers V8 compiled a hot function to, before and after the flags are set at run time. */
function tiersWith(before: string, after: string): { before: string[]; after: string[] } {
  const script = `
    const v8 = require('node:v8');
    const hot = (fn) => { let t = 0; for (let i = 0; i < 300000; i++) t += fn(i); return t; };
    v8.setFlagsFromString(${JSON.stringify(before)});
    hot((x) => { let s = 0; for (let i = 0; i < 50; i++) s += (x * i) % 7; return s; });
    console.log('--- after');
    v8.setFlagsFromString(${JSON.stringify(after)});
    hot((x) => { let s = 0; for (let i = 0; i < 50; i++) s += (x * i) % 5; return s; });`;
  // Compiled on the main thread, as the function gets hot: a background compile job may complete after the marker or
  // after exit on a slow or busy host, and would then be counted in the wrong half or not at all (the test failed so
  // with --concurrent-recompilation-delay=300 in place of these two flags).
  const r = spawnSync(
    process.execPath,
    ['--no-concurrent-recompilation', '--no-concurrent-osr', '--trace-opt', '-e', script],
    { encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
  const [head, tail = ''] = r.stdout.split('--- after');
  const tiers = (text: string) => [...new Set(text.match(/completed compiling .*?\(target (\w+)\)/g) ?? [])];
  return { before: tiers(head), after: tiers(tail) };
}

describe('the flags at run time (on this Node)', () => {
  it('stops tier-up to TurboFan, and TurboFan comes back when the flag does', () => {
    const { before, after } = tiersWith(NO_TURBOFAN, TURBOFAN);
    expect(before.join(' ')).not.toMatch(/TURBOFAN/);
    expect(after.join(' ')).toMatch(/TURBOFAN/);
  });

  it('the same hot code reaches TurboFan without the flag (the check above can fail)', () => {
    const { before } = tiersWith(TURBOFAN, TURBOFAN);
    expect(before.join(' ')).toMatch(/TURBOFAN/);
  });

  // TurboFan held back in both halves, so that what is counted is Maglev's own tier-up.
  const thisNodeHasMaglev =
    Number.parseInt(process.versions.v8, 10) >= FIRST_V8_WITH_MAGLEV && ['x64', 'arm64'].includes(process.arch);

  it(`stops tier-up to Maglev, and Maglev comes back when the flag does (${thisNodeHasMaglev ? 'this V8 has Maglev' : 'none on this V8: no code reaches it, and TurboFan takes its part'})`, () => {
    const { before, after } = tiersWith(`${NO_TURBOFAN} ${NO_MAGLEV}`, `${NO_TURBOFAN} ${MAGLEV}`);
    expect(before.join(' ')).not.toMatch(/MAGLEV/);
    if (thisNodeHasMaglev) expect(after.join(' ')).toMatch(/MAGLEV/);
    else expect(after.join(' ')).not.toMatch(/MAGLEV/);
  });

  it('the same hot code reaches Maglev without the flag where V8 has it (the check above can fail)', () => {
    const { before } = tiersWith(`${NO_TURBOFAN} ${MAGLEV}`, NO_TURBOFAN);
    if (thisNodeHasMaglev) expect(before.join(' ')).toMatch(/MAGLEV/);
    else expect(before.join(' ')).not.toMatch(/MAGLEV/);
  });
});
