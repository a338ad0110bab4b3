import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import {
  type BakeDefinition,
  BakeError,
  renderPrint,
  resolveBake,
  resolveBakeAsync,
  targetDependencies,
} from '../../../src/bake/index.js';
import { removeEqualDupes } from '../../../src/bake/entries.js';

function bake(
  files: Record<string, string>,
  targets: string[] = [],
  set: string[] = [],
  env: Record<string, string> = {},
): BakeDefinition {
  const dir = mkdtempSync(join(tmpdir(), 'bake-'));
  for (const [n, c] of Object.entries(files)) writeFileSync(join(dir, n), c);
  return resolveBake({ files: [], targets, set, cwd: dir, env, yaml });
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

describe('inherits', () => {
  it('reports an inherits cycle naming it (buildx silently skips the back-edge)', () => {
    const hcl =
      'target "a" {\n  inherits = ["b"]\n}\ntarget "b" {\n  inherits = ["c"]\n}\ntarget "c" {\n  inherits = ["a"]\n}\n';
    expect(errorOf(() => bake({ 'docker-bake.hcl': hcl }, ['a'])).message).toBe('inherits cycle: a -> b -> c -> a');
  });

  it('reports a self-inherit', () => {
    const hcl = 'target "a" {\n  inherits = ["a"]\n}\n';
    expect(errorOf(() => bake({ 'docker-bake.hcl': hcl }, ['a'])).message).toBe('inherits cycle: a -> a');
  });
});

describe('environment', () => {
  it('BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP turns off env overrides (newer than buildx 0.29)', () => {
    const hcl = 'variable "TAG" { default = "dflt" }\ntarget "app" {\n  tags = ["img:${TAG}"]\n}\n';
    const d = bake({ 'docker-bake.hcl': hcl }, ['app'], ['app.args.TAG'], {
      TAG: 'env',
      BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP: '1',
    });
    expect(d.target.app).toMatchObject({ tags: ['img:dflt'], args: { TAG: '' } });
  });
});

describe('targetDependencies', () => {
  const def = (contexts: Record<string, Record<string, string>>): BakeDefinition => ({
    group: {},
    target: Object.fromEntries(
      Object.entries(contexts).map(([n, c]) => [n, { context: '.', dockerfile: 'Dockerfile', contexts: c }]),
    ),
  });

  it('maps each target to the targets it consumes', () => {
    const d = bake(
      {
        'docker-bake.hcl':
          'target "base" {}\ntarget "mid" {\n  contexts = { p = "target:base", img = "docker-image://x" }\n}\ntarget "app" {\n  contexts = { b = "target:mid", a = "target:base" }\n}\n',
      },
      ['app'],
    );
    expect(targetDependencies(d)).toEqual(
      new Map([
        ['app', ['base', 'mid']],
        ['base', []],
        ['mid', ['base']],
      ]),
    );
  });

  it('names the cycle', () => {
    const e = errorOf(() =>
      targetDependencies(def({ a: { x: 'target:b' }, b: { y: 'target:c' }, c: { z: 'target:a' } })),
    );
    expect(e.message).toBe('target dependency cycle: a -> b -> c -> a');
  });

  it('rejects links to targets outside the definition', () => {
    expect(errorOf(() => targetDependencies(def({ a: { x: 'target:zz' } }))).message).toContain(
      'failed to find target zz',
    );
  });
});

describe('--set', () => {
  const hcl = 'target "app" {\n  secret = ["id=FOO,env=FOO", "id=BAR,src=bar.txt"]\n  output = ["type=docker"]\n}\n';

  it('overrides a declared secret by id (buildx >= 0.30)', () => {
    const d = bake({ 'docker-bake.hcl': hcl, 'bar.txt': 'x' }, ['app'], ['app.secret.FOO=env=OTHER']);
    expect(d.target.app.secret).toEqual([
      { id: 'FOO', env: 'OTHER' },
      { id: 'BAR', src: 'bar.txt' },
    ]);
    expect(
      errorOf(() => bake({ 'docker-bake.hcl': hcl, 'bar.txt': 'x' }, ['app'], ['app.secret.NOPE=env=X'])).message,
    ).toBe('secret "NOPE" must be declared before it can be overridden');
  });

  it('applies different keys in command-line order (push then load)', () => {
    const d = bake({ 'docker-bake.hcl': 'target "app" {}\n' }, ['app'], ['app.push=true', 'app.load=true']);
    expect(d.target.app.output).toEqual([{ type: 'image', push: 'true' }, { type: 'docker' }]);
    const d2 = bake({ 'docker-bake.hcl': 'target "app" {}\n' }, ['app'], ['app.load=true', 'app.push=true']);
    expect(d2.target.app.output).toEqual([{ type: 'docker' }, { type: 'image', push: 'true' }]);
  });

  it('sets network, ulimits and no-cache-filter to the given values, and warns once per flag that buildx drops them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bake-'));
    writeFileSync(join(dir, 'docker-bake.hcl'), 'target "app" {\n  ulimits = ["nproc=1"]\n}\ntarget "other" {}\n');
    const warnings: string[] = [];
    const d = resolveBake({
      files: [],
      targets: ['app', 'other'],
      set: [
        '*.network=none',
        'app.ulimits+=nofile=1:2',
        'app.no-cache-filter=base',
        'app.shm-size=64m',
        // an empty value clears the attribute in both: no warning
        'other.no-cache-filter=',
        'other.ulimits=',
      ],
      cwd: dir,
      env: {},
      yaml,
      onWarning: (w) => warnings.push(w.message),
    });
    expect(d.target.app).toMatchObject({
      network: 'none',
      ulimits: ['nproc=1', 'nofile=1:2'],
      'no-cache-filter': ['base'],
    });
    expect(d.target.other).toMatchObject({ network: 'none' });
    // what `docker buildx bake --print` (0.29) shows for these flags: network "", ulimits and no-cache-filter gone
    expect(warnings).toEqual([
      '--set *.network=none: applied as written; docker buildx bake (0.29 to 0.36) ignores the value and builds on the default network, so its build would differ',
      '--set app.ulimits+=nofile=1:2: applied as written; docker buildx bake (0.29 to 0.36) ignores the value and clears ulimits, so its build would differ',
      '--set app.no-cache-filter=base: applied as written; docker buildx bake (0.29 to 0.36) ignores the value and clears no-cache-filter, so its build would differ',
    ]);
  });

  it('rejects bad booleans', () => {
    expect(errorOf(() => bake({ 'docker-bake.hcl': 'target "app" {}\n' }, ['app'], ['app.pull=maybe'])).message).toBe(
      'invalid value maybe for boolean key pull',
    );
  });
});

describe('matrix', () => {
  it('expands keys in sorted order, first key varying fastest', () => {
    const hcl = 'target "app" {\n  matrix = { z = ["1", "2"], a = ["x", "y"] }\n  name = "app-${a}-${z}"\n}\n';
    expect(bake({ 'docker-bake.hcl': hcl }, ['app']).group.app.targets).toEqual([
      'app-x-1',
      'app-y-1',
      'app-x-2',
      'app-y-2',
    ]);
  });

  it('requires list values', () => {
    const hcl = 'target "app" {\n  matrix = { a = "x" }\n  name = "app-${a}"\n}\n';
    expect(errorOf(() => bake({ 'docker-bake.hcl': hcl }, ['app'])).message).toBe(
      'docker-bake.hcl:2:12: Invalid block; matrix values must be a list',
    );
  });
});

describe('structured entries', () => {
  it('deduplicates cache entries exactly like buildx removeDupes', () => {
    const e = (ref: string) => ({ type: 'registry', ref });
    expect(removeEqualDupes([e('a'), e('b'), e('a'), e('c')])).toEqual([e('a'), e('b'), e('c')]);
    // The swap-with-last algorithm moves a later unique entry into the dropped slot.
    expect(removeEqualDupes([e('a'), e('a'), e('b')])).toEqual([e('a'), e('b')]);
    expect(removeEqualDupes([e('x'), e('a'), e('y'), e('a'), e('z')])).toEqual([e('x'), e('a'), e('y'), e('z')]);
  });

  it('exposes the parsed form for the build layer', () => {
    const hcl = 'target "app" {\n  output = ["out", "type=registry,name=x"]\n  cache-to = ["type=gha,mode=max"]\n}\n';
    const d = bake({ 'docker-bake.hcl': hcl }, ['app']);
    expect(d.target.app.output).toEqual([
      { type: 'local', dest: 'out' },
      { type: 'registry', name: 'x' },
    ]);
    expect(d.target.app['cache-to']).toEqual([{ type: 'gha', mode: 'max' }]);
  });
});

describe('renderPrint', () => {
  it('writes Go JSON (sorted maps, escaped <>&, trailing newline)', () => {
    const out = renderPrint({
      group: { default: { targets: ['a'] } },
      target: { a: { context: '.', dockerfile: 'Dockerfile', args: { b: '<&>', a: '${x}', '10': 'n', '2': 'm' } } },
    });
    expect(out).toBe(
      '{\n  "group": {\n    "default": {\n      "targets": [\n        "a"\n      ]\n    }\n  },\n  "target": {\n    "a": {\n      "context": ".",\n      "dockerfile": "Dockerfile",\n      "args": {\n        "10": "n",\n        "2": "m",\n        "a": "$${x}",\n        "b": "\\u003c\\u0026\\u003e"\n      }\n    }\n  }\n}\n',
    );
  });
});

describe('errors', () => {
  it('carry file, line and column', () => {
    const e = errorOf(() => bake({ 'docker-bake.hcl': 'target "app" {\n  tags = [nope]\n}\n' }, ['app']));
    expect(e).toMatchObject({ file: 'docker-bake.hcl', line: 2, column: 11 });
    expect(e.message).toBe('docker-bake.hcl:2:11: Unknown variable; There is no variable named "nope".');
  });

  it('report function cycles', () => {
    const hcl =
      'function "f" {\n  params = []\n  result = g()\n}\nfunction "g" {\n  params = []\n  result = f()\n}\ntarget "app" {}\n';
    expect(errorOf(() => bake({ 'docker-bake.hcl': hcl }, ['app'])).message).toContain(
      'function cycle not allowed for',
    );
  });
});

describe('resolveBakeAsync', () => {
  // The shells resolve this way: the YAML parser is imported only when a file may be a compose file.
  it('loads the YAML parser itself for a compose file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bake-'));
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  app:\n    build: .\n');
    const def = await resolveBakeAsync({ files: [], targets: [], set: [], cwd: dir, env: {} });
    expect(Object.keys(def.target)).toEqual(['app']);
  });

  it('resolves HCL the same as resolveBake', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bake-'));
    writeFileSync(join(dir, 'docker-bake.hcl'), 'target "a" {\n  args = { X = "1" }\n}\n');
    const inputs = { files: [], targets: ['a'], set: [], cwd: dir, env: {} };
    expect(renderPrint(await resolveBakeAsync(inputs))).toBe(renderPrint(resolveBake(inputs)));
  });

  it('without the parser, resolveBake refuses a compose file instead of misreading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bake-'));
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  app:\n    build: .\n');
    expect(() => resolveBake({ files: [], targets: [], set: [], cwd: dir, env: {} })).toThrow(/BakeInputs.yaml/);
  });
});

describe('unicode escapes', () => {
  it('decodes \\u and \\U, and refuses with a located error what UTF-8 cannot encode (as hclsyntax does)', () => {
    const ok = bake({ 'docker-bake.hcl': 'target "t" {\n  args = { A = "\\u00e9\\U0001F600" }\n}\n' }, ['t']);
    expect(ok.target.t.args).toEqual({ A: 'é😀' });
    // found by the HCL fuzz test: 0x1F600A is beyond U+10FFFF (String.fromCodePoint threw a RangeError)
    for (const [escape, shown] of [
      ['\\U001F600a', 'U+1f600a'],
      ['\\uD800', 'U+d800'],
    ]) {
      const err = errorOf(() => bake({ 'docker-bake.hcl': `target "pl${escape}ain" {}\n` }, ['t']));
      expect(err.message).toContain(`cannot encode character ${shown} in UTF-8`);
      expect(err.message).toMatch(/docker-bake\.hcl:1:/);
    }
  });
});
