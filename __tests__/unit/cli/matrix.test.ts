/**
 * `bakekit matrix`: the JSON on stdout (bake-action's matrix, or layers), the notes on stderr, and the exit status —
 * 0 printed, 1 the definition or Git failed, 2 a bad command line. In process (matrixMain with its own io), and once
 * through the real entry point (src/cli/index.ts under tsx) for the process exit codes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { matrixMain } from '../../../src/cli/matrix.js';
import { makeProject, removeProjects } from '../../support/project.js';
import { git as gitIn } from '../../support/git.js';

afterAll(() => removeProjects());

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const HCL = `
group "default" { targets = ["app"] }
target "base" {
  context   = "base"
  platforms = ["linux/amd64", "linux/arm64"]
}
target "app" {
  context   = "app"
  contexts  = { base = "target:base" }
  platforms = ["linux/amd64", "linux/arm64"]
}
`;

async function matrix(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await matrixMain(argv, {
    cwd,
    env,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('bakekit matrix', () => {
  const cwd = makeProject({
    'docker-bake.hcl': HCL,
    'base/Dockerfile': 'FROM busybox\n',
    'app/Dockerfile': 'FROM base\n',
  });

  it("prints bake-action's matrix, one line of JSON", async () => {
    const r = await matrix([], cwd);
    expect(r).toEqual({ code: 0, stdout: '[{"target":"app"},{"target":"base"}]\n', stderr: '' });
  });

  it('--fields platforms, --layers: per target and platform, grouped by layer, with the targets a job names', async () => {
    const r = await matrix(['--fields', 'platforms', '--layers', 'app'], cwd);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      [
        { target: 'base', platforms: 'linux/amd64', targets: 'base' },
        { target: 'base', platforms: 'linux/arm64', targets: 'base' },
      ],
      [
        { target: 'app', platforms: 'linux/amd64', targets: 'base,app' },
        { target: 'app', platforms: 'linux/arm64', targets: 'base,app' },
      ],
    ]);
  });

  it('-f, --set and --var as for a build', async () => {
    const dir = makeProject({
      'ci/x.hcl':
        'variable "N" { default = "one" }\ntarget "t" {\n  name = "t-${N}"\n  matrix = { x = ["1"] }\n  platforms = ["linux/amd64"]\n}\n',
    });
    const r = await matrix(
      ['-f', 'ci/x.hcl', '--var', 'N=two', '--set', '*.platform=linux/s390x', '--fields=platforms', 't'],
      dir,
    );
    expect(r.stdout).toBe('[{"target":"t-two","platforms":"linux/s390x"}]\n');
  });

  it('--changed --base: what changed since the commit, why on stderr', async () => {
    const dir = makeProject({
      'docker-bake.hcl': HCL,
      'base/Dockerfile': 'FROM busybox\n',
      'app/Dockerfile': 'FROM base\n',
    });
    const git = (...args: string[]) => gitIn(dir, ...args);
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'one');
    const base = git('rev-parse', 'HEAD');
    execFileSync('sh', ['-c', 'echo "RUN true" >> app/Dockerfile'], { cwd: dir });
    git('commit', '-q', '-am', 'two');
    const r = await matrix(['--base', 'HEAD~1'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('[{"target":"app"}]\n');
    expect(r.stderr).toBe(`changed since ${base} (given): 1 target(s)\n  app: Dockerfile app/Dockerfile changed\n`);
    const missing = await matrix(['--changed', '--base', 'nope'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^ERROR: changed mode: the base nope \(given\) is not a commit of this clone/);
  });

  it('exit 2 for a bad command line: unknown flag, unknown field, bad --var, --changed without a base outside Actions', async () => {
    for (const argv of [['--push'], ['--fields', 'platform'], ['--var', 'NOVALUE'], ['--changed'], ['--base=']]) {
      const r = await matrix(argv, cwd);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^bakekit matrix: .+\n\nUsage: bakekit matrix/);
    }
    expect((await matrix(['--fields', 'platform'], cwd)).stderr).toMatch(
      /^bakekit matrix: --fields: "platform" is not a bake target attribute \(did you mean "platforms"\?\)/,
    );
    expect((await matrix(['--changed'], cwd)).stderr).toMatch(
      /^bakekit matrix: --changed needs --base REF outside GitHub Actions/,
    );
  });

  it('exit 1 when the definition does not resolve', async () => {
    const r = await matrix(['nosuchtarget'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('ERROR: failed to find target nosuchtarget\n');
  });

  it('--help: the usage on stdout, exit 0', async () => {
    const r = await matrix(['--help'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: bakekit matrix \[OPTIONS\] \[TARGET\.\.\.\]/);
  });

  it('through the real entry point: exit 0 with the JSON, exit 2 for a bad flag', () => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const cli = path.join(ROOT, 'src/cli/index.ts');
    const ok = spawnSync(tsx, [cli, 'matrix', '--fields', 'platforms'], { cwd, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toHaveLength(4);
    const bad = spawnSync(tsx, [cli, 'matrix', '--no-such-flag'], { cwd, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^bakekit matrix: Unknown option '--no-such-flag'/);
  });
});
