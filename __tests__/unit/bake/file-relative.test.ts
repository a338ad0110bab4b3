/**
 * BUILDX_BAKE_FILE_RELATIVE_PATHS: local `context`/`contexts` paths relative to the bake file that defines them.
 *
 * buildx 0.29 (the conformance reference on this host) lacks the feature, so these cases are not conformance fixtures
 * (regenerate.sh would overwrite them with 0.29's output); each one is buildx's own test, cited by name, from
 * docker/buildx at commit 461836b (buildx ≥ 0.3x): bake/bake_test.go, bake/compose_test.go and tests/bake.go
 * testBakeFileRelativePaths. The expected values are the Go tests' assertions.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { type BakeDefinition, BakeError, renderPrint, resolveBake } from '../../../src/bake/index.js';

const ON = { BUILDX_BAKE_FILE_RELATIVE_PATHS: '1' };

function bake(
  files: Record<string, string>,
  opts: { files: string[]; targets?: string[]; set?: string[]; env?: Record<string, string> },
): BakeDefinition {
  const dir = mkdtempSync(join(tmpdir(), 'bake-frel-'));
  for (const [n, c] of Object.entries(files)) {
    mkdirSync(join(dir, dirname(n)), { recursive: true });
    writeFileSync(join(dir, n), c);
  }
  return resolveBake({
    files: opts.files,
    targets: opts.targets ?? [],
    set: opts.set ?? [],
    cwd: dir,
    env: opts.env ?? ON,
    yaml,
  });
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

const contextPathRebase = `
target "base" {
  context = "base"
}

target "app" {
  context = "."
  dockerfile = "Dockerfile.app"
  contexts = {
    shared = "../shared"
    cwd = "cwd://local"
    linked = "target:base"
    image = "docker-image://alpine:latest"
    layout = "oci-layout://layout"
  }
}`;

describe('BUILDX_BAKE_FILE_RELATIVE_PATHS (buildx ≥ 0.3x, docker/buildx 461836b)', () => {
  it('TestContextPathRebase: context and local named contexts follow the file; special ones stay', () => {
    const d = bake(
      { 'subdir/docker-bake.hcl': contextPathRebase },
      { files: ['subdir/docker-bake.hcl'], targets: ['app'] },
    );
    const app = d.target.app;
    expect(app.context).toBe('subdir');
    expect(app.dockerfile).toBe('Dockerfile.app');
    expect(app.contexts).toEqual({
      shared: 'shared',
      cwd: 'cwd://local',
      linked: 'target:base',
      image: 'docker-image://alpine:latest',
      layout: 'oci-layout://layout',
    });
    expect(d.target.base.context).toBe('subdir/base');
  });

  it('TestDefaultContextRebase: a target without context gets its file’s directory', () => {
    const hcl = 'target "app" {\n  dockerfile-inline = <<EOT\nFROM scratch\nEOT\n}\n';
    const d = bake(
      { 'definitions/docker-bake.hcl': hcl },
      { files: ['definitions/docker-bake.hcl'], targets: ['app'] },
    );
    expect(d.target.app.context).toBe('definitions');
  });

  it('TestDefinitionPathBase: each block’s own file; a target without context takes the last file defining it', () => {
    const one =
      'target "app" {\n  context = "."\n  contexts = {\n    shared = "../shared"\n  }\n}\n\ntarget "implicit" {\n  dockerfile-inline = <<EOT\nFROM scratch\nEOT\n}\n';
    const two = 'target "app" {\n  tags = ["app:latest"]\n}\n\ntarget "other" {\n  context = "."\n}\n';
    const d = bake(
      { 'one/docker-bake.hcl': one, 'two/docker-bake.hcl': two },
      { files: ['one/docker-bake.hcl', 'two/docker-bake.hcl'], targets: ['app', 'implicit', 'other'] },
    );
    expect(d.target.app.context).toBe('one');
    expect(d.target.app.contexts).toEqual({ shared: 'shared' });
    expect(d.target.app.tags).toEqual(['app:latest']);
    expect(d.target.implicit.context).toBe('one');
    expect(d.target.other.context).toBe('two');
  });

  it('TestInheritedContextRebase/same file', () => {
    const hcl =
      'target "base" {\n  context = "basectx"\n}\n\ntarget "app" {\n  inherits = ["base"]\n  tags = ["app:latest"]\n}\n';
    const d = bake({ 'subdir/docker-bake.hcl': hcl }, { files: ['subdir/docker-bake.hcl'], targets: ['app'] });
    expect(d.target.app.context).toBe('subdir/basectx');
  });

  it('TestInheritedContextRebase/cross file: the inherited context keeps the parent’s file', () => {
    const one = 'target "base" {\n  context = "basectx"\n}\n';
    const two = 'target "app" {\n  inherits = ["base"]\n  tags = ["app:latest"]\n}\n';
    const d = bake(
      { 'one/docker-bake.hcl': one, 'two/docker-bake.hcl': two },
      { files: ['one/docker-bake.hcl', 'two/docker-bake.hcl'], targets: ['app'] },
    );
    expect(d.target.app.context).toBe('one/basectx');
  });

  it('TestTargetReferenceContextRebase (and tests/bake.go "hcl target reference"): target.base.context takes base’s file', () => {
    const one = 'target "base" {\n  context = "basectx"\n}\n';
    const two = 'target "app" {\n  context = target.base.context\n}\n';
    const d = bake(
      { 'one/docker-bake.hcl': one, 'two/docker-bake.hcl': two },
      { files: ['one/docker-bake.hcl', 'two/docker-bake.hcl'], targets: ['app'] },
    );
    expect(d.target.app.context).toBe('one/basectx');
    // the index form is the same traversal to HCL (bake.go targetContextRef, traversalStepName)
    const two2 = 'target "app" {\n  context = target["base"].context\n}\n';
    const d2 = bake(
      { 'one/docker-bake.hcl': one, 'two/docker-bake.hcl': two2 },
      { files: ['one/docker-bake.hcl', 'two/docker-bake.hcl'], targets: ['app'] },
    );
    expect(d2.target.app.context).toBe('one/basectx');
    // anything else that computes the value is relative to the referring block's file
    const two3 = 'target "app" {\n  context = "${target.base.context}"\n}\n';
    const d3 = bake(
      { 'one/docker-bake.hcl': one, 'two/docker-bake.hcl': two3 },
      { files: ['one/docker-bake.hcl', 'two/docker-bake.hcl'], targets: ['app'] },
    );
    expect(d3.target.app.context).toBe('two/basectx');
  });

  it('TestOverridesNotRebased: --set values stay as given', () => {
    const hcl = 'target "app" {\n  context = "."\n  contexts = {\n    shared = "../shared"\n  }\n}\n';
    const d = bake(
      { 'subdir/docker-bake.hcl': hcl },
      {
        files: ['subdir/docker-bake.hcl'],
        targets: ['app'],
        set: ['app.context=override', 'app.contexts.shared=override-shared'],
      },
    );
    expect(d.target.app.context).toBe('override');
    expect(d.target.app.contexts).toEqual({ shared: 'override-shared' });
  });

  it('TestComposePathRebase (and tests/bake.go "compose context")', () => {
    const compose = `
services:
  debian:
    build:
      context: ./dockerfiles/debian
      additional_contexts:
        shared: ../shared
  implicit:
    build:
      dockerfile_inline: |
        FROM scratch
`;
    const d = bake(
      { 'tests/docker-compose.yml': compose },
      { files: ['tests/docker-compose.yml'], targets: ['debian', 'implicit'] },
    );
    expect(d.target.debian.context).toBe('tests/dockerfiles/debian');
    expect(d.target.debian.contexts).toEqual({ shared: 'shared' });
    expect(d.target.implicit.context).toBe('tests');
  });

  it('TestComposeProjectBase (compose_test.go; tests/bake.go "compose project"): every compose file uses the first one’s directory', () => {
    const project = '\nservices:\n  app:\n    build:\n      context: ./app\n';
    const overrides =
      '\nservices:\n  app:\n    build:\n      additional_contexts:\n        shared: ./shared\n  other:\n    build:\n      context: ./other\n';
    const d = bake(
      { 'project/compose.yml': project, 'overrides/compose.yml': overrides },
      { files: ['project/compose.yml', 'overrides/compose.yml'], targets: ['app', 'other'] },
    );
    expect(d.target.app.context).toBe('project/app');
    expect(d.target.app.contexts).toEqual({ shared: 'project/shared' });
    expect(d.target.other.context).toBe('project/other');
  });

  it('tests/bake.go "cwd prefix": cwd:// stays relative to the working directory', () => {
    const hcl = 'target "default" {\n  context = "cwd://."\n  dockerfile-inline = <<EOT\nFROM scratch\nEOT\n}\n';
    const on = bake({ 'definitions/docker-bake.hcl': hcl }, { files: ['definitions/docker-bake.hcl'] });
    const off = bake({ 'definitions/docker-bake.hcl': hcl }, { files: ['definitions/docker-bake.hcl'], env: {} });
    expect(on.target.default.context).toBe(off.target.default.context);
  });

  it('docs (bake-reference.md, buildx_bake.md): JSON bake files too; absolute paths and remote contexts unchanged', () => {
    const json = JSON.stringify({
      target: {
        app: {
          context: 'ctx',
          contexts: {
            abs: '/abs/dir',
            git: 'https://github.com/docker/buildx.git#main',
            scp: 'git@github.com:docker/buildx.git',
          },
        },
      },
    });
    const d = bake({ 'defs/docker-bake.json': json }, { files: ['defs/docker-bake.json'], targets: ['app'] });
    expect(d.target.app.context).toBe('defs/ctx');
    expect(d.target.app.contexts).toEqual({
      abs: '/abs/dir',
      git: 'https://github.com/docker/buildx.git#main',
      scp: 'git@github.com:docker/buildx.git',
    });
  });

  it('a later block that re-sets a named context moves only that key to its file (Target.Merge contextsBase)', () => {
    const one = 'target "app" {\n  contexts = {\n    a = "x"\n    b = "y"\n  }\n}\n';
    const two = 'target "app" {\n  contexts = {\n    b = "z"\n  }\n}\n';
    const d = bake(
      { 'one/docker-bake.hcl': one, 'two/docker-bake.hcl': two },
      { files: ['one/docker-bake.hcl', 'two/docker-bake.hcl'], targets: ['app'] },
    );
    expect(d.target.app.contexts).toEqual({ a: 'one/x', b: 'two/z' });
    expect(d.target.app.context).toBe('two');
  });

  it('inherited named contexts keep the file of the block that set each key', () => {
    const one = 'target "base" {\n  contexts = { a = "x", b = "y" }\n}\n';
    const two = 'target "app" {\n  inherits = ["base"]\n  contexts = { b = "z" }\n}\n';
    const d = bake(
      { 'one/docker-bake.hcl': one, 'two/docker-bake.hcl': two },
      { files: ['one/docker-bake.hcl', 'two/docker-bake.hcl'], targets: ['app'] },
    );
    expect(d.target.app.contexts).toEqual({ a: 'one/x', b: 'two/z' });
    expect(d.target.app.context).toBe('two');
  });

  it('an HCL block merged onto a compose service keeps the compose paths’ base (compose-go gives every build a context)', () => {
    const compose =
      '\nservices:\n  app:\n    build:\n      context: ./app\n  bare:\n    build:\n      dockerfile_inline: |\n        FROM scratch\n';
    const hcl = 'target "app" {\n  tags = ["app:latest"]\n}\ntarget "bare" {\n  tags = ["bare:latest"]\n}\n';
    const d = bake(
      { 'c/compose.yml': compose, 'h/docker-bake.hcl': hcl },
      { files: ['c/compose.yml', 'h/docker-bake.hcl'], targets: ['app', 'bare'] },
    );
    expect(d.target.app.context).toBe('c/app');
    // transform/defaults.go sets `context: .` on a build without one, so it is the compose file's, not the HCL file's
    expect(d.target.bare.context).toBe('c');
  });

  it('matrix instances each get their block’s file', () => {
    const hcl = 'target "app" {\n  name = "app-${v}"\n  matrix = { v = ["a", "b"] }\n  context = v\n}\n';
    const d = bake({ 'm/docker-bake.hcl': hcl }, { files: ['m/docker-bake.hcl'], targets: ['app'] });
    expect(d.target['app-a'].context).toBe('m/a');
    expect(d.target['app-b'].context).toBe('m/b');
  });

  it('a bake file in the working directory: local paths are joined with "." (so cleaned)', () => {
    const hcl =
      'target "default" {\n  context = "./foo/../bar/"\n  contexts = { a = "cwd://sub/../x/", b = "./foo/", c = "https://github.com/a/b.git", d = "docker-image://alpine" }\n}\n';
    const d = bake({ 'docker-bake.hcl': hcl }, { files: ['docker-bake.hcl'] });
    expect(d.target.default.context).toBe('bar');
    expect(d.target.default.contexts).toEqual({
      a: 'cwd://sub/../x/',
      b: 'foo',
      c: 'https://github.com/a/b.git',
      d: 'docker-image://alpine',
    });
  });
});

describe('BUILDX_BAKE_FILE_RELATIVE_PATHS values (commands/bake.go bakeFileRelativePaths)', () => {
  const files = { 'subdir/docker-bake.hcl': contextPathRebase };
  const opts = { files: ['subdir/docker-bake.hcl'], targets: ['app'] };
  it('unset, empty, blank and false values change nothing', () => {
    const off = renderPrint(bake(files, { ...opts, env: {} }));
    type Printed = { target: Record<string, { context: string; contexts: Record<string, string> }> };
    expect((JSON.parse(off) as Printed).target.app.context).toBe('.');
    expect((JSON.parse(off) as Printed).target.app.contexts.shared).toBe('../shared');
    for (const v of ['', '  ', '0', 'false', 'F', 'FALSE']) {
      expect(renderPrint(bake(files, { ...opts, env: { BUILDX_BAKE_FILE_RELATIVE_PATHS: v } }))).toBe(off);
    }
  });

  it('true values (strconv.ParseBool after TrimSpace) turn it on', () => {
    for (const v of ['1', 't', 'true', 'True', ' TRUE\n']) {
      expect(bake(files, { ...opts, env: { BUILDX_BAKE_FILE_RELATIVE_PATHS: v } }).target.app.context).toBe('subdir');
    }
  });

  it('an invalid value is an error', () => {
    const e = errorOf(() => bake(files, { ...opts, env: { BUILDX_BAKE_FILE_RELATIVE_PATHS: ' yes ' } }));
    expect(e.message).toBe(
      'failed to parse BUILDX_BAKE_FILE_RELATIVE_PATHS value "yes": strconv.ParseBool: parsing "yes": invalid syntax',
    );
  });
});
