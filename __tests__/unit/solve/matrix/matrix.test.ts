/**
 * The matrix JSON against docker/bake-action's matrix subaction, for the same bake files. The bake files and the
 * expected JSON are bake-action's own CI cases: test/group, test/group-matrix and test/group-with-platform, and the
 * `expected` values of .github/workflows/ci-subaction.yml (docker/bake-action at
 * 4574eacfed406340e1f9262368f3b55ba852debd), which its CI compares byte for byte (JSON.stringify of both) with the
 * subaction's `matrix` output (subaction/matrix/action.yml, "Generating matrix").
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBake, type BakeDefinition } from '../../../../src/bake/index.js';
import { parseFields } from '../../../../src/solve/matrix/entries.js';
import { buildMatrix } from '../../../../src/solve/matrix/matrix.js';

function resolve(hcl: string, targets: string[] = []): BakeDefinition {
  const cwd = mkdtempSync(join(tmpdir(), 'bakekit-matrix-'));
  writeFileSync(join(cwd, 'docker-bake.hcl'), hcl);
  return resolveBake({ files: [], targets, set: [], cwd, env: {} });
}

/** bake-action test/group/docker-bake.hcl */
const GROUP = `
group "default" {
  targets = ["t1", "t2"]
}
target "t1" {
  target = "t1"
}
target "t2" {
  target = "t2"
}
`;

/** bake-action test/group-matrix/docker-bake.hcl */
const GROUP_MATRIX = `
group "validate" {
  targets = ["lint", "validate-vendor", "validate-doctoc"]
}
target "lint" {
  name = "lint-\${buildtags.name}"
  dockerfile = "./hack/dockerfiles/lint.Dockerfile"
  target = buildtags.target
  output = ["type=cacheonly"]
  matrix = {
    buildtags = [
      { name = "default", tags = "", target = "golangci-lint" },
      { name = "labs", tags = "dfrunsecurity dfparents", target = "golangci-lint" },
      { name = "nydus", tags = "nydus", target = "golangci-lint" },
      { name = "yaml", tags = "", target = "yamllint" },
      { name = "proto", tags = "", target = "protolint" },
    ]
  }
}
target "validate-vendor" {
  dockerfile = "./hack/dockerfiles/vendor.Dockerfile"
  target = "validate"
  output = ["type=cacheonly"]
}
target "validate-doctoc" {
  dockerfile = "./hack/dockerfiles/doctoc.Dockerfile"
  target = "validate-toc"
  output = ["type=cacheonly"]
}
`;

/** bake-action test/group-with-platform/docker-bake.hcl */
const GROUP_WITH_PLATFORM = `
group "validate" {
  targets = ["lint", "lint-gopls", "validate-vendor", "validate-docs"]
}
target "lint" {
  dockerfile = "./hack/dockerfiles/lint.Dockerfile"
  output = ["type=cacheonly"]
  platforms = [
    "darwin/amd64",
    "darwin/arm64",
    "linux/amd64",
    "linux/arm64",
    "linux/s390x",
    "linux/ppc64le",
    "linux/riscv64",
    "windows/amd64",
    "windows/arm64"
  ]
}
target "lint-gopls" {
  inherits = ["lint"]
  target = "gopls-analyze"
}
target "validate-vendor" {
  dockerfile = "./hack/dockerfiles/vendor.Dockerfile"
  target = "validate"
  output = ["type=cacheonly"]
}
target "validate-docs" {
  dockerfile = "./hack/dockerfiles/docs.Dockerfile"
  target = "validate"
  output = ["type=cacheonly"]
}
`;

const PLATFORMS = [
  'darwin/amd64',
  'darwin/arm64',
  'linux/amd64',
  'linux/arm64',
  'linux/s390x',
  'linux/ppc64le',
  'linux/riscv64',
  'windows/amd64',
  'windows/arm64',
];
const perPlatform = (target: string, extra: Record<string, string> = {}) =>
  PLATFORMS.map((platforms) => ({ target, ...extra, platforms }));

/** ci-subaction.yml's `expected` values, as its matrix lists them. */
const EXPECTED = {
  group: `[{"target":"t1"},{"target":"t2"}]`,
  groupMatrix: `[{"target":"lint-default"},{"target":"lint-labs"},{"target":"lint-nydus"},{"target":"lint-proto"},{"target":"lint-yaml"},{"target":"validate-doctoc"},{"target":"validate-vendor"}]`,
  groupWithPlatform: `[{"target":"lint"},{"target":"lint-gopls"},{"target":"validate-docs"},{"target":"validate-vendor"}]`,
  platforms: JSON.stringify([
    ...perPlatform('lint'),
    ...perPlatform('lint-gopls'),
    { target: 'validate-docs' },
    { target: 'validate-vendor' },
  ]),
  // fields: platforms,dockerfile — bake-action pushes an entry each time its loop sets a field: a stray
  // {"target","dockerfile"} entry precedes each target's per-platform entries
  platformsDockerfile: JSON.stringify([
    { target: 'lint', dockerfile: './hack/dockerfiles/lint.Dockerfile' },
    ...perPlatform('lint', { dockerfile: './hack/dockerfiles/lint.Dockerfile' }),
    { target: 'lint-gopls', dockerfile: './hack/dockerfiles/lint.Dockerfile' },
    ...perPlatform('lint-gopls', { dockerfile: './hack/dockerfiles/lint.Dockerfile' }),
    { target: 'validate-docs', dockerfile: './hack/dockerfiles/docs.Dockerfile' },
    { target: 'validate-vendor', dockerfile: './hack/dockerfiles/vendor.Dockerfile' },
  ]),
};

describe('the matrix output, against docker/bake-action subaction/matrix', () => {
  it('test/group: one entry per target of the default group', () => {
    expect(JSON.stringify(buildMatrix(resolve(GROUP), { fields: [] }).include)).toBe(EXPECTED.group);
  });

  it('test/group-matrix, target validate: the targets a bake matrix expands to, in --print order', () => {
    expect(JSON.stringify(buildMatrix(resolve(GROUP_MATRIX, ['validate']), { fields: [] }).include)).toBe(
      EXPECTED.groupMatrix,
    );
  });

  it('test/group-with-platform, target validate: no fields, one entry per target', () => {
    expect(JSON.stringify(buildMatrix(resolve(GROUP_WITH_PLATFORM, ['validate']), { fields: [] }).include)).toBe(
      EXPECTED.groupWithPlatform,
    );
  });

  it('fields: platforms — one entry per target and platform, byte for byte', () => {
    const def = resolve(GROUP_WITH_PLATFORM, ['validate']);
    expect(JSON.stringify(buildMatrix(def, { fields: parseFields(['platforms']) }).include)).toBe(EXPECTED.platforms);
  });

  it("fields: platforms,dockerfile — bake-action's entries less its stray ones without a platform", () => {
    const def = resolve(GROUP_WITH_PLATFORM, ['validate']);
    const ours = buildMatrix(def, { fields: parseFields(['platforms,dockerfile']) }).include;
    const theirs = JSON.parse(EXPECTED.platformsDockerfile) as Array<Record<string, string>>;
    const withPlatforms = new Set(['lint', 'lint-gopls']);
    const strays = theirs.filter((e) => withPlatforms.has(e.target) && e.platforms === undefined);
    expect(strays).toHaveLength(2);
    // same entries, same key order (the target's --print order: dockerfile before platforms), same order
    expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs.filter((e) => !strays.includes(e))));
  });
});

describe('layers', () => {
  const CHAIN = `
group "default" { targets = ["app", "tool"] }
target "base" {
  platforms = ["linux/amd64", "linux/arm64"]
}
target "app" {
  contexts = { base = "target:base" }
  platforms = ["linux/amd64", "linux/arm64"]
}
target "tool" {}
`;

  it("the definition's targets, producers included (as a build of app builds base), grouped by target: layer", () => {
    const m = buildMatrix(resolve(CHAIN), { fields: [] });
    // bake-action lists base too: --print app includes the targets it links to
    expect(m.include).toEqual([{ target: 'app' }, { target: 'base' }, { target: 'tool' }]);
    expect(m.layers).toEqual([
      [
        { target: 'base', targets: 'base' },
        { target: 'tool', targets: 'tool' },
      ],
      [{ target: 'app', targets: 'base,app' }],
    ]);
  });

  it('with fields, a layer holds every entry of its targets', () => {
    const m = buildMatrix(resolve(CHAIN), { fields: ['platforms'] });
    expect(m.layers[1]).toEqual([
      { target: 'app', platforms: 'linux/amd64', targets: 'base,app' },
      { target: 'app', platforms: 'linux/arm64', targets: 'base,app' },
    ]);
  });

  it('`only` keeps the listed targets; a layer is counted among them', () => {
    const m = buildMatrix(resolve(CHAIN), { fields: [], only: new Set(['app']) });
    expect(m.include).toEqual([{ target: 'app' }]);
    // base is not listed: app is layer 0 and still names base among its targets
    expect(m.layers).toEqual([[{ target: 'app', targets: 'base,app' }]]);
  });
});
