/**
 * The `resources` and `policy` target attributes: parsing, --print, merging across inherits, --set and --policy.
 *
 * buildx ≥ 0.35 (resources) and ≥ 0.31 (policy; the bake `--policy` flag ≥ 0.34); 0.29 on the test host lacks them,
 * so there is no conformance fixture: the expectations are taken from current buildx's own tests and sources at commit
 * 461836b (docker/buildx), named at each case.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BakeDefinition, BakeError, renderPrint, resolveBake } from '../../../src/bake/index.js';
import { type PolicyConfig, parsePolicyText } from '../../../src/bake/entries.js';
import { overridesFor } from '../../../src/solve/run/bake.js';
import { parseBakeArgs } from '../../../src/cli/args.js';

function bake(files: Record<string, string>, targets: string[] = [], set: string[] = []): BakeDefinition {
  const dir = mkdtempSync(join(tmpdir(), 'bake-rp-'));
  for (const [n, c] of Object.entries(files)) writeFileSync(join(dir, n), c);
  return resolveBake({ files: [], targets, set, cwd: dir, env: {} });
}

/** The command line as the CLI reads it (`--set`, `--policy`), through the run's own overridesFor. */
function bakeArgs(files: Record<string, string>, targets: string[], argv: string[]): BakeDefinition {
  const { options } = parseBakeArgs(argv);
  return bake(files, targets, overridesFor(options));
}

function errorOf(f: () => unknown): BakeError {
  try {
    f();
  } catch (e) {
    if (e instanceof BakeError) return e;
    throw e;
  }
  throw new Error('expected a BakeError');
}

const policy = (p: Partial<PolicyConfig>): PolicyConfig => ({
  Files: null,
  Reset: false,
  Disabled: false,
  Strict: null,
  LogLevel: null,
  ...p,
});
const file = (Filename: string) => ({ Filename, Data: null });

// bake/bake_test.go TestReadTargets (461836b): the definition its sub-tests share, the parts about resources
const READ_TARGETS = `
target "webDEP" {
  no-cache = true
  resources = {
    memory = "2g"
    memory-swap = "4g"
    cpu-shares = 1024
    cpu-period = 100000
    cpu-quota = 50000
    cpuset-cpus = "0-3"
    cpuset-mems = "0,1"
  }
}

target "webapp" {
  dockerfile = "Dockerfile.webapp"
  inherits = ["webDEP"]
}
`;

describe('resources (buildx ≥ 0.35; 0.29 on the test host lacks it)', () => {
  it('reads the object and inherits it (TestReadTargets/NoOverrides, 461836b)', () => {
    const d = bake({ 'docker-bake.hcl': READ_TARGETS }, ['webapp']);
    expect(d.target.webapp.resources).toEqual({
      memory: '2g',
      'memory-swap': '4g',
      'cpu-shares': 1024,
      'cpu-period': 100000,
      'cpu-quota': 50000,
      'cpuset-cpus': '0-3',
      'cpuset-mems': '0,1',
    });
  });

  it('sets only the fields given (TestResourcesObject, 461836b)', () => {
    const hcl = `target "app" {
      resources = {
        memory = "2g"
        memory-swap = "4g"
        cpu-shares = 1024
        cpu-quota = 50000
        cpuset-cpus = "0-3"
      }
    }`;
    expect(bake({ 'docker-bake.hcl': hcl }, ['app']).target.app.resources).toEqual({
      memory: '2g',
      'memory-swap': '4g',
      'cpu-shares': 1024,
      'cpu-quota': 50000,
      'cpuset-cpus': '0-3',
    });
  });

  it('merges field-wise across inherits without leaking into the base or a sibling (TestResourcesInheritIsolation, 461836b)', () => {
    const hcl = `target "base" {
      resources = {
        memory = "1g"
        cpu-shares = 512
      }
    }
    target "child1" {
      inherits = ["base"]
      resources = {
        memory = "2g"
      }
    }
    target "child2" {
      inherits = ["base"]
    }`;
    const d = bake({ 'docker-bake.hcl': hcl }, ['child1', 'child2', 'base']);
    // ResourcesConfig.Merge: the child's fields replace the base's, the others are kept
    expect(d.target.child1.resources).toEqual({ memory: '2g', 'cpu-shares': 512 });
    expect(d.target.child2.resources).toEqual({ memory: '1g', 'cpu-shares': 512 });
    expect(d.target.base.resources).toEqual({ memory: '1g', 'cpu-shares': 512 });
  });

  it('converts as cty does (resources_cty.go): other keys dropped, numbers to strings, strings to numbers, whole numbers only', () => {
    const d = bake(
      {
        'docker-bake.hcl':
          'target "app" {\n  resources = { memory = 1073741824, cpu-shares = "1024", bogus = "x", cpuset-mems = null }\n}\n',
      },
      ['app'],
    );
    expect(d.target.app.resources).toEqual({ memory: '1073741824', 'cpu-shares': 1024 });
    expect(() =>
      bake({ 'docker-bake.hcl': 'target "app" {\n  resources = { cpu-quota = 1.5 }\n}\n' }, ['app']),
    ).toThrow(/whole number/);
    expect(() =>
      bake({ 'docker-bake.hcl': 'target "app" {\n  resources = { cpu-quota = "lots" }\n}\n' }, ['app']),
    ).toThrow(/number is required/);
    expect(() => bake({ 'docker-bake.hcl': 'target "app" {\n  resources = "2g"\n}\n' }, ['app'])).toThrow(
      /resources must be an object/,
    );
  });

  it('prints json field names in struct order, unset fields left out, int64 as numbers, {} when set empty (resources.go json tags)', () => {
    const hcl =
      'target "a" {\n  resources = { cpuset-cpus = "0-1", cpu-quota = 50000, memory = "64m" }\n}\ntarget "b" {\n  resources = {}\n}\ntarget "c" {}\n';
    const out = renderPrint(bake({ 'docker-bake.hcl': hcl }, ['a', 'b', 'c']));
    expect(out).toContain(
      '"a": {\n      "context": ".",\n      "dockerfile": "Dockerfile",\n      "resources": {\n        "memory": "64m",\n        "cpu-quota": 50000,\n        "cpuset-cpus": "0-1"\n      }\n    }',
    );
    expect(out).toContain(
      '"b": {\n      "context": ".",\n      "dockerfile": "Dockerfile",\n      "resources": {}\n    }',
    );
    expect(out).toContain('"c": {\n      "context": ".",\n      "dockerfile": "Dockerfile"\n    }');
  });

  it('comes after ulimits and before call in --print (the Target struct order)', () => {
    const hcl = 'target "a" {\n  call = "check"\n  ulimits = ["nproc=1"]\n  resources = { memory = "1g" }\n}\n';
    const out = renderPrint(bake({ 'docker-bake.hcl': hcl }, ['a']));
    expect(out.indexOf('"ulimits"')).toBeLessThan(out.indexOf('"resources"'));
    expect(out.indexOf('"resources"')).toBeLessThan(out.indexOf('"call"'));
  });

  it('--set T.resources.NAME=VALUE sets one field (TestReadTargets/ResourceLimitsOverride, 461836b)', () => {
    const d = bake(
      { 'docker-bake.hcl': READ_TARGETS },
      ['webapp'],
      ['webapp.resources.memory=512m', 'webapp.resources.cpu-quota=25000'],
    );
    expect(d.target.webapp.resources).toMatchObject({ memory: '512m', 'cpu-quota': 25000, 'cpu-shares': 1024 });
    // a target without resources gets them
    expect(
      bake({ 'docker-bake.hcl': 'target "app" {}\n' }, ['app'], ['app.resources.cpuset-cpus=1']).target.app.resources,
    ).toEqual({ 'cpuset-cpus': '1' });
  });

  it('--set refuses what SetField and newOverrides refuse (TestReadTargets/ResourceLimitsInvalidOverride, 461836b)', () => {
    const files = { 'docker-bake.hcl': READ_TARGETS };
    expect(errorOf(() => bake(files, ['webapp'], ['webapp.resources.cpu-quota=notanumber'])).message).toBe(
      'invalid value notanumber for int64 key resources.cpu-quota',
    );
    expect(errorOf(() => bake(files, ['webapp'], ['webapp.resources.bogus=1'])).message).toBe(
      'unknown resources key bogus',
    );
    expect(errorOf(() => bake(files, ['webapp'], ['webapp.resources=1'])).message).toBe(
      'invalid key webapp.resources, resources requires name',
    );
    expect(errorOf(() => bake(files, ['webapp'], ['webapp.resources.memory+=1g'])).message).toBe(
      'invalid key webapp.resources.memory+, resources does not support append',
    );
  });

  it('target.NAME.resources is the object with every field, null where unset (ResourcesConfig.ToCtyValue)', () => {
    const hcl =
      'target "a" {\n  resources = { memory = "1g", cpu-shares = 2 }\n}\ntarget "b" {\n  labels = { for k, v in target.a.resources : k => v if v != null }\n  args = { n = target.a.resources.cpu-period == null ? "null" : "set" }\n}\n';
    const d = bake({ 'docker-bake.hcl': hcl }, ['b']);
    expect(d.target.b.labels).toEqual({ 'cpu-shares': '2', memory: '1g' });
    expect(d.target.b.args).toEqual({ n: 'null' });
  });
});

describe('policy (buildx ≥ 0.31; 0.29 on the test host lacks it)', () => {
  it('reads objects and strings (TestPolicyConfigs_FromCtyValue, TestPolicyConfig_FromCtyValue, 461836b)', () => {
    const hcl = `target "app" {
      policy = [
        { filename = "/p/policy.rego", reset = true, strict = true, log-level = "warn" },
        "filename=/p/policy.rego,disabled=true",
      ]
    }`;
    expect(bake({ 'docker-bake.hcl': hcl }, ['app']).target.app.policy).toEqual([
      policy({ Files: [file('/p/policy.rego')], Reset: true, Strict: true, LogLevel: 'warning' }),
      policy({ Files: [file('/p/policy.rego')], Disabled: true }),
    ]);
  });

  it('follows parsePolicyFields (policy.go): keys case-insensitive, several files, strict=false kept, errors as buildx words them', () => {
    expect(parsePolicyText('Filename=a.rego,filename=b.rego,strict=false,LOG-LEVEL=Debug')).toEqual(
      policy({ Files: [file('a.rego'), file('b.rego')], Strict: false, LogLevel: 'debug' }),
    );
    expect(() => parsePolicyText('filename=')).toThrow(/^invalid value filename=$/);
    expect(() => parsePolicyText('strict')).toThrow(/^invalid value strict$/);
    expect(() => parsePolicyText('bogus=1')).toThrow(/^invalid value bogus=1$/);
    expect(() => parsePolicyText('reset=maybe')).toThrow(
      'invalid value reset=maybe: strconv.ParseBool: parsing "maybe": invalid syntax',
    );
    expect(() => parsePolicyText('log-level=loud')).toThrow(
      'invalid value log-level=loud: not a valid logrus Level: "loud"',
    );
    expect(() => parsePolicyText('')).toThrow(/^EOF$/); // csvvalue.Fields("")
  });

  it('object values: null and empty strings skipped, bools and numbers written out (policyConfigFromMap)', () => {
    const hcl =
      'target "app" {\n  policy = [{ filename = "a.rego", strict = 1, log-level = "", reset = null }, "", { disabled = "true" }]\n}\n';
    expect(bake({ 'docker-bake.hcl': hcl }, ['app']).target.app.policy).toEqual([
      policy({ Files: [file('a.rego')], Strict: true }),
      policy({ Disabled: true }),
    ]);
    expect(() =>
      bake({ 'docker-bake.hcl': 'target "app" {\n  policy = [{ filename = ["a.rego"] }]\n}\n' }, ['app']),
    ).toThrow(/string required/);
    expect(() => bake({ 'docker-bake.hcl': 'target "app" {\n  policy = "filename=a.rego"\n}\n' }, ['app'])).toThrow(
      /must be a list/,
    );
  });

  it('prints Go field names with every field (PolicyConfig has no json tags or MarshalJSON; Target.MarshalJSON → json.Marshal)', () => {
    const hcl =
      'target "app" {\n  policy = [{ filename = "a.rego", log-level = "warn" }, "disabled=true"]\n  extra-hosts = { h = "1.2.3.4" }\n}\n';
    const out = renderPrint(bake({ 'docker-bake.hcl': hcl }, ['app']));
    // last field of the Target struct: after extra-hosts
    expect(out).toContain(
      '      "extra-hosts": {\n        "h": "1.2.3.4"\n      },\n' +
        '      "policy": [\n' +
        '        {\n          "Files": [\n            {\n              "Filename": "a.rego",\n              "Data": null\n            }\n          ],\n' +
        '          "Reset": false,\n          "Disabled": false,\n          "Strict": null,\n          "LogLevel": "warning"\n        },\n' +
        '        {\n          "Files": null,\n          "Reset": false,\n          "Disabled": true,\n          "Strict": null,\n          "LogLevel": null\n        }\n' +
        '      ]\n    }',
    );
    // an empty list is left out (omitempty)
    expect(renderPrint(bake({ 'docker-bake.hcl': 'target "app" {\n  policy = []\n}\n' }, ['app']))).not.toContain(
      'policy',
    );
  });

  it('appends across inherits, the parent first (Target.Merge: t.Policy = append(t.Policy, t2.Policy...))', () => {
    const hcl =
      'target "base" {\n  policy = ["filename=base.rego"]\n}\ntarget "app" {\n  inherits = ["base"]\n  policy = ["filename=app.rego", "strict=true"]\n}\n';
    const d = bake({ 'docker-bake.hcl': hcl }, ['app', 'base']);
    expect(d.target.app.policy).toEqual([
      policy({ Files: [file('base.rego')] }),
      policy({ Files: [file('app.rego')] }),
      policy({ Strict: true }),
    ]);
    expect(d.target.base.policy).toEqual([policy({ Files: [file('base.rego')] })]);
  });

  it('target.NAME.policy is a list of string maps (TestPolicyConfigs_ToCtyValue, 461836b)', () => {
    const hcl =
      'target "a" {\n  policy = [{ filename = "a.rego", reset = true }, "filename=b.rego,disabled=true,strict=true,log-level=info"]\n}\ntarget "b" {\n  args = target.a.policy[0]\n  labels = target.a.policy[1]\n}\n';
    const d = bake({ 'docker-bake.hcl': hcl }, ['b']);
    expect(d.target.b.args).toEqual({ filename: 'a.rego', reset: 'true' });
    expect(d.target.b.labels).toEqual({ disabled: 'true', filename: 'b.rego', 'log-level': 'info', strict: 'true' });
  });

  it('--set T.policy replaces, --set T.policy+= appends, each value parsed (Target.AddOverrides case "policy")', () => {
    const files = { 'docker-bake.hcl': 'target "app" {\n  policy = ["filename=a.rego"]\n}\n' };
    expect(bake(files, ['app'], ['app.policy=strict=true', 'app.policy=log-level=error']).target.app.policy).toEqual([
      policy({ Strict: true }),
      policy({ LogLevel: 'error' }),
    ]);
    expect(bake(files, ['app'], ['app.policy+=strict=true']).target.app.policy).toEqual([
      policy({ Files: [file('a.rego')] }),
      policy({ Strict: true }),
    ]);
    expect(errorOf(() => bake(files, ['app'], ['app.policy=nope'])).message).toBe('invalid value nope');
    expect(errorOf(() => bake(files, ['app'], ['app.policy='])).message).toBe('EOF');
  });
});

describe('--policy (buildx ≥ 0.34 commands/bake.go bakePolicyOverrides; 0.29 on the test host lacks it)', () => {
  const files = {
    'docker-bake.hcl': 'target "app" {\n  policy = [{ filename = "extra.rego" }]\n}\ntarget "other" {}\n',
  };

  it('adds `*.policy+=VALUE` to every target', () => {
    const d = bakeArgs(files, ['app', 'other'], ['--policy', 'strict=true', '--policy', 'log-level=debug']);
    expect(d.target.app.policy).toEqual([
      policy({ Files: [file('extra.rego')] }),
      policy({ Strict: true }),
      policy({ LogLevel: 'debug' }),
    ]);
    expect(d.target.other.policy).toEqual([policy({ Strict: true }), policy({ LogLevel: 'debug' })]);
  });

  it('disabled=true replaces every target’s policy, --set ones too (tests/policy_bake.go global-disabled-skips-target-policies, 461836b)', () => {
    const d = bakeArgs(files, ['app', 'other'], ['--set', 'app.policy+=strict=true', '--policy', 'disabled=true']);
    expect(d.target.app.policy).toEqual([policy({ Disabled: true })]);
    expect(d.target.other.policy).toEqual([policy({ Disabled: true })]);
    // buildx still parses the --set values it then replaces
    expect(
      errorOf(() => bakeArgs(files, ['app'], ['--set', 'app.policy=nope', '--policy', 'disabled=true'])).message,
    ).toBe('invalid value nope');
  });

  it('refuses filename, reset and disabled with anything else (tests/policy_bake.go global-policy-rejects-*, global-disabled-cannot-combine, 461836b)', () => {
    expect(errorOf(() => bakeArgs(files, ['app'], ['--policy', 'filename=extra.rego'])).message).toBe(
      '--policy does not accept filename; define policy files in the bake definition',
    );
    expect(errorOf(() => bakeArgs(files, ['app'], ['--policy', 'reset=true'])).message).toBe(
      '--policy does not accept reset; define policy composition in the bake definition',
    );
    expect(errorOf(() => bakeArgs(files, ['app'], ['--policy', 'disabled=true,strict=true'])).message).toBe(
      'disabled policy cannot be combined with other policy flags',
    );
    expect(
      errorOf(() => bakeArgs(files, ['app'], ['--policy', 'disabled=true', '--policy', 'log-level=info'])).message,
    ).toBe('disabled policy cannot be combined with other policy flags');
    expect(errorOf(() => bakeArgs(files, ['app'], ['--policy', 'loud'])).message).toBe('invalid value loud');
  });

  it('a --set value cannot pass for the flag', () => {
    // the flag's values are marked with a NUL byte, which no argument can hold: a lookalike --set is a plain value
    const d = bakeArgs(files, ['app'], ['--set', 'app.policy=disabled=true', '--set', 'app.policy+=filename=x.rego']);
    // (one override key: the values accumulate and the last one's `+=` makes it an append, as in buildx newOverrides)
    expect(d.target.app.policy).toEqual([
      policy({ Files: [file('extra.rego')] }),
      policy({ Disabled: true }),
      policy({ Files: [file('x.rego')] }),
    ]);
  });
});
