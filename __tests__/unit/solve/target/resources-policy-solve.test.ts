/**
 * What `resources` and `policy` do to the build: the Solve request's frontend attributes for resources (buildx
 * build/utils.go ParseResourceLimits + addResourceLimits), and the refusal of any policy bakekit cannot evaluate.
 *
 * buildx ≥ 0.35 (resources) and ≥ 0.31 (policy); 0.29 on the test host lacks both, so the expectations are buildx's own
 * tests at commit 461836b (docker/buildx), named at each case.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveBake, type BakeTarget } from '../../../../src/bake/index.js';
import type { PolicyConfig } from '../../../../src/bake/entries.js';
import { fromBakeTarget, TargetAttributeError } from '../../../../src/solve/target/bake-adapter.js';
import { runBake, targetSpecs } from '../../../../src/solve/run/bake.js';
import { planTarget } from '../../../../src/solve/target/plan.js';
import { parseResourceLimits, resourceLimitAttrs } from '../../../../src/solve/target/attribute-values.js';

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-resources-'));
fs.writeFileSync(path.join(cwd, 'Dockerfile'), 'FROM scratch\n');
afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

/** The frontend attributes `resources` adds to the Solve request: the plan with them less the plan without. */
function resourceAttrs(resources: BakeTarget['resources']): Record<string, string> {
  const without = planTarget(fromBakeTarget('t', {}, cwd)).frontendAttrs;
  const withIt = planTarget(fromBakeTarget('t', { resources }, cwd)).frontendAttrs;
  const added: Record<string, string> = {};
  for (const [k, v] of Object.entries(withIt)) if (without[k] !== v) added[k] = v;
  for (const k of Object.keys(without)) expect(withIt, k).toHaveProperty(k);
  return added;
}

describe('resources → Solve frontend attributes (buildx addResourceLimits)', () => {
  it('all of them (TestAddResourceLimits "all" with TestParseResourceLimits "all", 461836b)', () => {
    const attrs = resourceAttrs({
      memory: '2g',
      'memory-swap': '4g',
      'cpu-shares': 1024,
      'cpu-period': 100000,
      'cpu-quota': 50000,
      'cpuset-cpus': '0-3',
      'cpuset-mems': '0,1',
    });
    expect(attrs).toEqual({
      memory: '2147483648',
      memswap: '4294967296',
      cpushares: '1024',
      cpuperiod: '100000',
      cpuquota: '50000',
      cpusetcpus: '0-3',
      cpusetmems: '0,1',
    });
  });

  it('unlimited swap, partial, empty (TestAddResourceLimits, TestResourceLimitsUnlimitedSwap, 461836b)', () => {
    expect(resourceAttrs({ 'memory-swap': '-1' })).toEqual({ memswap: '-1' });
    expect(resourceAttrs({ memory: '512m' })).toEqual({ memory: '536870912' });
    expect(resourceAttrs({})).toEqual({});
  });

  it('only non-zero values are sent; a negative cpu number is dropped as buildx drops it (v > 0)', () => {
    expect(
      resourceAttrs({ memory: '0', 'memory-swap': '0', 'cpu-shares': 0, 'cpu-quota': -5, 'cpuset-cpus': '' }),
    ).toEqual({});
  });

  it('values are trimmed and read as docker/cli MemBytes / MemSwapBytes (ParseResourceLimits)', () => {
    expect(
      resourceLimitAttrs(parseResourceLimits({ memory: ' 64m ', 'memory-swap': ' -1', 'cpuset-mems': ' 0 ' })),
    ).toEqual({ memory: '67108864', memswap: '-1', cpusetmems: '0' });
    expect(resourceLimitAttrs(parseResourceLimits({ memory: '1.5g', 'memory-swap': '1GiB' }))).toEqual({
      memory: '1610612736',
      memswap: '1073741824',
    });
  });

  it('a bad size fails the target before the build, naming it (TestResourceLimitsInvalid, TestParseResourceLimits, 461836b)', () => {
    expect(() => fromBakeTarget('app', { resources: { memory: 'notabyte' } }, cwd)).toThrow(TargetAttributeError);
    expect(() => fromBakeTarget('app', { resources: { memory: 'notabyte' } }, cwd)).toThrow(
      /^target "app": resources: invalid value "notabyte" for resource memory/,
    );
    expect(() => fromBakeTarget('app', { resources: { 'memory-swap': '-2' } }, cwd)).toThrow(/resource memory-swap/);
    expect(() => fromBakeTarget('app', { resources: { memory: '' } }, cwd)).toThrow(/resource memory/);
  });

  it('from the bake file to the Solve request', () => {
    const dir = fs.mkdtempSync(path.join(cwd, 'def-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
    fs.writeFileSync(
      path.join(dir, 'docker-bake.hcl'),
      'target "app" {\n  resources = { memory = "64m", cpu-quota = 50000 }\n}\n',
    );
    const def = resolveBake({ files: [], targets: ['app'], set: ['app.resources.cpuset-cpus=0'], cwd: dir, env: {} });
    const [spec] = targetSpecs(def, dir);
    const attrs = planTarget(spec).frontendAttrs;
    expect(attrs).toMatchObject({ memory: '67108864', cpuquota: '50000', cpusetcpus: '0' });
    expect(attrs).not.toHaveProperty('memswap');
  });
});

const policy = (p: Partial<PolicyConfig>): PolicyConfig => ({
  Files: null,
  Reset: false,
  Disabled: false,
  Strict: null,
  LogLevel: null,
  ...p,
});

describe('policy: built only when disabled, refused otherwise (bakekit evaluates no Rego)', () => {
  it('disabled alone builds, with nothing added to the Solve request (tests/policy_bake.go "disabled-skips-default", 461836b)', () => {
    const spec = fromBakeTarget('app', { policy: [policy({ Disabled: true })] }, cwd);
    expect(spec.policyDisabled).toBe(true);
    expect(planTarget(spec).frontendAttrs).toEqual(planTarget(fromBakeTarget('app', {}, cwd)).frontendAttrs);
  });

  it('disabled with anything else is buildx’s error (withPolicyConfig; tests/policy_bake.go "disabled-cannot-combine", 461836b)', () => {
    const combined = [policy({ Files: [{ Filename: 'extra.rego', Data: null }] }), policy({ Disabled: true })];
    expect(() => fromBakeTarget('disabled-combined', { policy: combined }, cwd)).toThrow(
      'target "disabled-combined": policy: disabled policy cannot be combined with other policy flags',
    );
    expect(() => fromBakeTarget('t', { policy: [policy({ Disabled: true, Strict: true })] }, cwd)).toThrow(
      /cannot be combined/,
    );
  });

  it('any other policy is refused, naming the target, the attribute and the files', () => {
    const err = (() => {
      try {
        fromBakeTarget('pass-both', { policy: [policy({ Files: [{ Filename: 'extra.rego', Data: null }] })] }, cwd);
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected a TargetAttributeError');
    })();
    expect(err).toBeInstanceOf(TargetAttributeError);
    expect(err.message).toMatch(
      /^target "pass-both": policy: policy evaluation is not supported: bakekit does not evaluate build policies \(Rego\)/,
    );
    expect(err.message).toContain('extra.rego');
    expect(err.message).toContain('--policy disabled=true');
    // options without a file apply to the Dockerfile.rego buildx loads beside the Dockerfile: refused as well
    expect(() => fromBakeTarget('t', { policy: [policy({ Strict: true })] }, cwd)).toThrow(
      /policy evaluation is not supported/,
    );
    expect(() => fromBakeTarget('t', { policy: [policy({ Reset: true })] }, cwd)).toThrow(
      /policy evaluation is not supported/,
    );
  });

  it('a refused policy stops the run before anything connects', async () => {
    const dir = fs.mkdtempSync(path.join(cwd, 'run-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
    fs.writeFileSync(
      path.join(dir, 'docker-bake.hcl'),
      'target "app" {\n  policy = [{ filename = "extra.rego" }]\n}\n',
    );
    // an endpoint nothing listens on: a connection attempt would fail differently
    const run = runBake({
      files: [],
      targets: ['app'],
      set: [],
      cwd: dir,
      env: {},
      builder: `unix://${path.join(dir, 'nothing.sock')}`,
      cache: 'off',
    });
    await expect(run).rejects.toBeInstanceOf(TargetAttributeError);
    await expect(run).rejects.toThrow(/^target "app": policy: policy evaluation is not supported/);
  });

  it('BUILDX_DEFAULT_POLICY (buildx ≥ 0.34): refused before anything connects, unless the policy is off', async () => {
    const dir = fs.mkdtempSync(path.join(cwd, 'default-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
    fs.writeFileSync(path.join(dir, 'docker-bake.hcl'), 'target "app" {}\n');
    const run = (env: NodeJS.ProcessEnv, set: string[] = []) =>
      runBake({
        files: [],
        targets: ['app'],
        set,
        cwd: dir,
        env,
        builder: `unix://${path.join(dir, 'nothing.sock')}`,
        cache: 'off',
      });
    for (const value of ['1', 'true', 'T']) {
      const r = run({ BUILDX_DEFAULT_POLICY: value });
      await expect(r).rejects.toBeInstanceOf(TargetAttributeError);
      await expect(r).rejects.toThrow(
        /^target "app": policy: policy evaluation is not supported: BUILDX_DEFAULT_POLICY/,
      );
    }
    // off, not a boolean, or the policy turned off: past the check, to the connection (which fails: nothing listens)
    for (const [env, set] of [
      [{ BUILDX_DEFAULT_POLICY: '0' }, []],
      [{ BUILDX_DEFAULT_POLICY: 'yes' }, []],
      [{ BUILDX_DEFAULT_POLICY: '1' }, ['app.policy=disabled=true']],
    ] as const) {
      const err = await run(env, [...set]).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(err, JSON.stringify(env)).toBeDefined();
      expect(err).not.toBeInstanceOf(TargetAttributeError);
    }
  });
});
