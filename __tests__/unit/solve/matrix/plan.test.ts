/**
 * planMatrix resolves the definition as a build does: the same overrides, variables and files reach the matrix; and in
 * changed mode, the bake files are read at the base by the names a run reads them by.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { definitionAt, planMatrix } from '../../../../src/solve/matrix/plan.js';
import { git as run } from '../../../support/git.js';
import { makeProject, removeProjects } from '../../../support/project.js';

afterAll(() => removeProjects());

const HCL = `
variable "FLAVOURS" { default = "a" }
group "default" { targets = ["img"] }
target "img" {
  name      = "img-\${f}"
  matrix    = { f = split(",", FLAVOURS) }
  platforms = ["linux/amd64"]
}
`;

describe('planMatrix without changed mode', () => {
  it('--var and --set reach the matrix as they reach a build', async () => {
    // buildx keeps `--set *.platform=a,b` as one value (--print shows it so, and so does bake-action's matrix): one
    // platform per --set
    const cwd = makeProject({ 'docker-bake.hcl': HCL });
    const plan = await planMatrix({
      bake: {
        files: [],
        targets: [],
        set: ['*.platform=linux/arm64', '*.platform=linux/riscv64'],
        vars: { FLAVOURS: 'a,b' },
        cwd,
        env: {},
      },
      fields: ['platforms'],
    });
    expect(plan.include).toEqual([
      { target: 'img-a', platforms: 'linux/arm64' },
      { target: 'img-a', platforms: 'linux/riscv64' },
      { target: 'img-b', platforms: 'linux/arm64' },
      { target: 'img-b', platforms: 'linux/riscv64' },
    ]);
    expect(plan.layers).toHaveLength(1);
    expect(plan.changed).toBeUndefined();
  });

  it('a definition that does not resolve fails as a build would', async () => {
    const cwd = makeProject({ 'docker-bake.hcl': 'target "x" {\n  contexts = { a = "target:missing" }\n}\n' });
    await expect(
      planMatrix({ bake: { files: [], targets: ['x'], set: [], cwd, env: {} }, fields: [] }),
    ).rejects.toThrow(/missing/);
  });
});

describe('definitionAt', () => {
  const root = makeProject({ 'ci/bake.hcl': 'target "default" {\n  args = { V = "old" }\n}\n' }, 'bakekit-defat-');
  run(root, 'init', '-q', '-b', 'main');
  run(root, 'add', '-A');
  run(root, 'commit', '-q', '-m', 'one');
  const base = run(root, 'rev-parse', 'HEAD');
  fs.writeFileSync(path.join(root, 'ci/bake.hcl'), 'target "default" {\n  args = { V = "new" }\n}\n');
  const real = fs.realpathSync(root);

  it('reads a named file (relative to the working directory) as it was at the commit', async () => {
    const at = await definitionAt(
      { files: ['bake.hcl'], targets: [], set: [], cwd: path.join(root, 'ci'), env: {} },
      real,
      base,
    );
    expect(at).toEqual({
      definition: {
        group: { default: { targets: ['default'] } },
        target: { default: { context: '.', dockerfile: 'Dockerfile', args: { V: 'old' } } },
      },
    });
  });

  it('BUILDX_BAKE_FILE names the files when none is given', async () => {
    const at = await definitionAt(
      { files: [], targets: [], set: [], cwd: root, env: { BUILDX_BAKE_FILE: 'ci/bake.hcl' } },
      real,
      base,
    );
    expect('definition' in at && at.definition.target.default?.args).toEqual({ V: 'old' });
  });

  it('nothing to compare with: a named file missing at the commit, no default file, stdin, a file outside the repository', async () => {
    expect(
      await definitionAt({ files: ['ci/other.hcl'], targets: [], set: [], cwd: root, env: {} }, real, base),
    ).toEqual({ missing: 'bake file ci/other.hcl did not exist at the base' });
    expect(await definitionAt({ files: [], targets: [], set: [], cwd: root, env: {} }, real, base)).toEqual({
      missing: 'no bake file existed at the base',
    });
    expect(await definitionAt({ files: ['-'], targets: [], set: [], cwd: root, env: {} }, real, base)).toEqual({
      missing: 'a bake file read from stdin cannot be read at the base',
    });
    expect(
      await definitionAt({ files: ['../elsewhere.hcl'], targets: [], set: [], cwd: root, env: {} }, real, base),
    ).toEqual({ missing: 'bake file ../elsewhere.hcl is outside the repository' });
  });
});
