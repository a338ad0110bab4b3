/**
 * The command line: flags parsed as buildx parses them, and their meaning in the resolved definition. The `--print`
 * effect of most flags is checked against buildx 0.29 by the conformance cases (`flags-*` in __tests__/fixtures/bake);
 * this file covers what 0.29 cannot answer (`--var`, buildx ≥ 0.31) and what never reaches `--print`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBake } from '../../../src/bake/index.js';
import { overridesFor } from '../../../src/solve/run/bake.js';
import { parseBakeArgs, parseListRequest, parseVars, splitRemoteArgs, UsageError } from '../../../src/cli/args.js';
import { isRemoteURL } from '../../../src/bake/resolve.js';

function resolveWith(argv: string[], hcl: string, env: Record<string, string> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'bakekit-args-'));
  writeFileSync(join(cwd, 'docker-bake.hcl'), hcl);
  const { options } = parseBakeArgs(argv);
  return resolveBake({ files: [], targets: options.targets, set: overridesFor(options), vars: options.vars, env, cwd });
}

describe('parseBakeArgs', () => {
  it("turns the global flags into overrides after the user's own, in buildx order", () => {
    const { options } = parseBakeArgs([
      '--provenance',
      'false',
      '--sbom=true',
      '--pull',
      '--no-cache',
      '--check',
      '--load',
      '--push',
      '--set',
      'a.tags=x',
      't',
    ]);
    expect(overridesFor(options)).toEqual([
      'a.tags=x',
      '*.push=true',
      '*.load=true',
      '*.call=lint',
      '*.no-cache=true',
      '*.pull=true',
      '*.attest=type=sbom,disabled=false',
      '*.attest=type=provenance,disabled=true',
    ]);
    expect(options.targets).toEqual(['t']);
  });

  it('keeps --call=build (the default) out of the overrides, and the later of --call/--check wins', () => {
    expect(overridesFor(parseBakeArgs(['--call=build']).options)).toEqual([]);
    expect(overridesFor(parseBakeArgs(['--call=outline', '--check']).options)).toEqual(['*.call=lint']);
    expect(overridesFor(parseBakeArgs(['--check', '--call=targets']).options)).toEqual(['*.call=targets']);
    expect(parseBakeArgs(['--call=check,format=json']).options.call).toBe('check,format=json');
  });

  it('refuses what buildx refuses while parsing flags', () => {
    expect(() => parseBakeArgs(['--call=check,colour=red'])).toThrow(new UsageError('invalid print field: colour=red'));
    expect(() => parseBakeArgs(['--call=check,ignorestatus=maybe'])).toThrow('invalid ignorestatus print value: maybe');
    expect(() => parseBakeArgs(['--print', '--list=targets'])).toThrow('--print and --list are mutually exclusive');
    expect(() => parseBakeArgs(['--var', 'NOEQUALS'])).toThrow('invalid variable "NOEQUALS", expected key=value');
    expect(() => parseBakeArgs(['--var', '=x'])).toThrow('invalid variable "=x", key is empty');
    expect(() => parseBakeArgs(['--progress=fancy'])).toThrow(UsageError);
    expect(() => parseBakeArgs(['--cache=sometimes'])).toThrow('--cache: expected auto or off');
    expect(() => parseBakeArgs(['--bogus'])).toThrow(UsageError);
  });

  it('--ssh adds an agent to every target as --set *.ssh+= does', () => {
    expect(parseBakeArgs(['--ssh', 'default', '--ssh', 'key=/k1,/k2']).options.set).toEqual([
      '*.ssh+=default',
      '*.ssh+=key=/k1,/k2',
    ]);
  });

  it('parses --list as buildx parseList does', () => {
    expect(parseListRequest('targets')).toEqual({ type: 'targets', format: 'table' });
    expect(parseListRequest('type=variables,format=json')).toEqual({ type: 'variables', format: 'json' });
    expect(() => parseListRequest('type=targets,format=yaml')).toThrow('invalid list format "yaml"');
    expect(() => parseListRequest('things')).toThrow('invalid list type "things"');
    expect(() => parseListRequest('type=targets,sort=name')).toThrow("unexpected key 'sort' in 'sort=name'");
  });

  it('parses --var values as buildx parseBakeVars does (empty skipped, later wins, = in the value kept)', () => {
    expect({ ...parseVars(['A=1', '', 'B=x=y', 'A=2']) }).toEqual({ A: '2', B: 'x=y' });
  });
});

// buildx ≥ 0.31 (0.29 on the test host has no --var): the expectations are those of buildx's own integration tests,
// tests/bake.go testBakeVarOverride and testBakeVarsDisableEnvLookup (docker/buildx at 461836b).
describe('--var (buildx >= 0.31)', () => {
  const hcl =
    'variable "HELLO" {\n  default = "fallback"\n}\ntarget "build" {\n  args = {\n    HELLO = HELLO\n  }\n}\n';

  it('wins over the environment and the default', () => {
    const def = resolveWith(['--var', 'HELLO=fromflag', 'build'], hcl, { HELLO: 'fromenv' });
    expect(def.target.build.args).toEqual({ HELLO: 'fromflag' });
  });

  it('still applies when BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP turns the environment off', () => {
    expect(
      resolveWith(['build'], hcl, { HELLO: 'fromenv', BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP: '1' }).target.build.args,
    ).toEqual({ HELLO: 'fallback' });
    expect(
      resolveWith(['--var', 'HELLO=fromflag', 'build'], hcl, {
        HELLO: 'fromenv',
        BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP: '1',
      }).target.build.args,
    ).toEqual({ HELLO: 'fromflag' });
  });
});

describe('--execution, --max-parallelism, --publish', () => {
  it('are absent unless given (the run then fails fast, unbounded, pushing as built)', () => {
    const { options } = parseBakeArgs(['app']);
    expect(options).not.toHaveProperty('execution');
    expect(options).not.toHaveProperty('maxParallelism');
    expect(options).not.toHaveProperty('publish');
  });

  it('take their values in either form', () => {
    const { options } = parseBakeArgs([
      '--execution',
      'keep-going',
      '--max-parallelism=2',
      '--publish',
      'all-or-nothing',
      'app',
    ]);
    expect(options).toMatchObject({
      execution: 'keep-going',
      maxParallelism: 2,
      publish: 'all-or-nothing',
      targets: ['app'],
    });
    expect(parseBakeArgs(['--execution=fail-fast', '--publish=as-built']).options).toMatchObject({
      execution: 'fail-fast',
      publish: 'as-built',
    });
  });

  it('refuse anything else, naming the flag and what it takes', () => {
    expect(() => parseBakeArgs(['--execution', 'sometimes'])).toThrow(
      new UsageError('--execution: expected fail-fast or keep-going, got "sometimes"'),
    );
    expect(() => parseBakeArgs(['--execution='])).toThrow(new UsageError('--execution: needs a value'));
    for (const bad of ['0', '-1', '1.5', 'two', ' '])
      expect(() => parseBakeArgs([`--max-parallelism=${bad}`]), bad).toThrow(UsageError);
    expect(() => parseBakeArgs(['--max-parallelism', '0'])).toThrow(
      '--max-parallelism: expected a whole number of at least 1, got "0"',
    );
    expect(() => parseBakeArgs(['--publish', 'later'])).toThrow(
      new UsageError('--publish: expected as-built or all-or-nothing, got "later"'),
    );
    expect(() => parseBakeArgs(['--max-parallelism'])).toThrow(UsageError); // no value at all: parseArgs refuses
  });
});

describe('--cache-mounts-*', () => {
  it('are off without --cache-mounts-dir; the dir alone means auto', () => {
    expect(parseBakeArgs([]).cacheMounts).toBeUndefined();
    expect(parseBakeArgs(['--cache-mounts-dir', 'cm']).cacheMounts).toEqual({ dir: 'cm', mode: 'auto' });
  });

  it('take a mode, a key, an image and a size', () => {
    expect(
      parseBakeArgs([
        '--cache-mounts-dir=cm',
        '--cache-mounts',
        'go-build, /root/.npm',
        '--cache-mounts-key=abc',
        '--cache-mounts-image',
        'localhost:5000/busybox',
        '--cache-mounts-max-size',
        '500m',
      ]).cacheMounts,
    ).toEqual({
      dir: 'cm',
      mode: ['go-build', '/root/.npm'],
      keyHash: 'abc',
      image: 'localhost:5000/busybox',
      maxSize: 500 * 1024 * 1024,
    });
    expect(parseBakeArgs(['--cache-mounts-dir=cm', '--cache-mounts=off']).cacheMounts?.mode).toBe('off');
  });

  it('refuses companions without a directory, a bad size and an empty list', () => {
    expect(() => parseBakeArgs(['--cache-mounts=auto'])).toThrow(UsageError);
    expect(() => parseBakeArgs(['--cache-mounts-key=x'])).toThrow(/needs --cache-mounts-dir/);
    expect(() => parseBakeArgs(['--cache-mounts-dir=cm', '--cache-mounts-max-size=lots'])).toThrow(UsageError);
    expect(() => parseBakeArgs(['--cache-mounts-dir=cm', '--cache-mounts=,'])).toThrow(UsageError);
  });
});

describe('splitRemoteArgs (buildx bakeArgs)', () => {
  it('a remote URL first is the definition, a second one the command context, the rest the targets', () => {
    const url = 'https://github.com/o/r.git#main';
    expect(splitRemoteArgs(['app', 'web'], isRemoteURL)).toEqual({ targets: ['app', 'web'] });
    expect(splitRemoteArgs([], isRemoteURL)).toEqual({ targets: [] });
    expect(splitRemoteArgs([url], isRemoteURL)).toEqual({ url, targets: [] });
    expect(splitRemoteArgs([url, 'app'], isRemoteURL)).toEqual({ url, targets: ['app'] });
    expect(splitRemoteArgs([url, 'git@github.com:o/c.git', 'app'], isRemoteURL)).toEqual({
      url,
      cmdContext: 'git@github.com:o/c.git',
      targets: ['app'],
    });
    // a URL after a target is a target name, as in buildx
    expect(splitRemoteArgs(['app', url], isRemoteURL)).toEqual({ targets: ['app', url] });
  });

  it('the command context is BAKE_CMD_CONTEXT in the bake files', () => {
    const def = resolveBake(
      { files: [], targets: ['default'], set: [], cwd: '/w', env: {}, cmdContext: 'https://github.com/o/c.git' },
      [{ name: 'docker-bake.hcl', data: 'target "default" {\n  args = { C = BAKE_CMD_CONTEXT }\n}\n' }],
    );
    expect(def.target.default.args).toEqual({ C: 'https://github.com/o/c.git' });
    const local = resolveBake({ files: [], targets: ['default'], set: [], cwd: '/w', env: {} }, [
      { name: 'docker-bake.hcl', data: 'target "default" {\n  args = { C = BAKE_CMD_CONTEXT }\n}\n' },
    ]);
    expect(local.target.default.args).toEqual({ C: 'cwd://' });
  });
});
