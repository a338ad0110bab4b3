/**
 * The action's matrix mode: inputs → the `matrix`, `layers` and `layer-count` outputs (GITHUB_OUTPUT as the runner
 * reads it) and a job summary; nothing built. Changed mode takes its base from the event file by default.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { readInputs } from '../../../src/action/inputs.js';
import { runMatrixStep } from '../../../src/action/matrix.js';
import { makeProject, removeProjects } from '../../support/project.js';
import { git as gitIn } from '../../support/git.js';

afterAll(() => removeProjects());

const HCL = `
group "default" { targets = ["app", "tool"] }
target "base" {
  context   = "base"
  platforms = ["linux/amd64", "linux/arm64"]
}
target "app" {
  context   = "app"
  contexts  = { base = "target:base" }
  platforms = ["linux/amd64", "linux/arm64"]
}
target "tool" {
  context = "tool"
}
`;
const FILES = {
  'docker-bake.hcl': HCL,
  'base/Dockerfile': 'FROM busybox\n',
  'app/Dockerfile': 'FROM base\n',
  'tool/Dockerfile': 'FROM busybox\n',
};

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

/** Runs the step in `dir` with these inputs; returns the outputs, the summary and the log. */
async function step(dir: string, values: Record<string, string>, env: Record<string, string> = {}) {
  const runner = fs.mkdtempSync(path.join(dir, '.runner-'));
  const output = path.join(runner, 'output');
  const summary = path.join(runner, 'summary');
  fs.writeFileSync(output, '');
  fs.writeFileSync(summary, '');
  for (const k of ['GITHUB_EVENT_NAME', 'GITHUB_EVENT_PATH']) delete process.env[k];
  Object.assign(process.env, { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: dir, ...env });
  let log = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    log += String(s);
    return true;
  });
  let error: unknown;
  try {
    await runMatrixStep(
      readInputs((name) => values[name] ?? ''),
      dir,
      new AbortController().signal,
    );
  } catch (err) {
    error = err;
  } finally {
    spy.mockRestore();
  }
  const outputs: Record<string, string> = {};
  const lines = fs.readFileSync(output, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<]+)<<(.+)$/);
    if (m) outputs[m[1]] = lines[++i]!;
  }
  return { outputs, summary: fs.readFileSync(summary, 'utf8'), log, error };
}

describe('matrix: true', () => {
  it("sets matrix (bake-action's JSON), layers and layer-count, and summarises the layers", async () => {
    const dir = makeProject(FILES);
    const r = await step(dir, { matrix: 'true', 'matrix-fields': 'platforms', summary: 'true' });
    expect(r.error).toBeUndefined();
    expect(r.outputs.matrix).toBe(
      '[{"target":"app","platforms":"linux/amd64"},{"target":"app","platforms":"linux/arm64"},{"target":"base","platforms":"linux/amd64"},{"target":"base","platforms":"linux/arm64"},{"target":"tool"}]',
    );
    expect(JSON.parse(r.outputs.layers)).toEqual([
      [
        { target: 'base', platforms: 'linux/amd64', targets: 'base' },
        { target: 'base', platforms: 'linux/arm64', targets: 'base' },
        { target: 'tool', targets: 'tool' },
      ],
      [
        { target: 'app', platforms: 'linux/amd64', targets: 'base,app' },
        { target: 'app', platforms: 'linux/arm64', targets: 'base,app' },
      ],
    ]);
    expect(r.outputs['layer-count']).toBe('2');
    expect(Object.keys(r.outputs).sort()).toEqual(['layer-count', 'layers', 'matrix']);
    expect(r.summary).toContain('| 0 | base |  |\n| 0 | tool |  |\n| 1 | app |  |');
    expect(r.log).toContain('::group::matrix: 5 entries in 2 layer(s)');
  });

  it('targets and set shape the matrix as they shape a build', async () => {
    const dir = makeProject(FILES);
    const r = await step(dir, {
      matrix: 'true',
      targets: 'tool',
      set: 'tool.platform=linux/riscv64',
      'matrix-fields': 'platforms',
    });
    expect(r.outputs.matrix).toBe('[{"target":"tool","platforms":"linux/riscv64"}]');
  });

  it('matrix-changed on a pull request: the base from the event, only what changed and what consumes it', async () => {
    const dir = makeProject(FILES);
    const git = (...args: string[]) => gitIn(dir, ...args);
    fs.writeFileSync(path.join(dir, '.gitignore'), '.runner-*\n');
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    fs.writeFileSync(path.join(dir, 'base/Dockerfile'), 'FROM busybox\nRUN true\n');
    git('commit', '-q', '-am', 'pr');
    const event = path.join(dir, '.runner-event.json');
    fs.writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base } } }));
    const r = await step(
      dir,
      { matrix: 'true', 'matrix-changed': 'true' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    );
    expect(r.error).toBeUndefined();
    expect(r.outputs.matrix).toBe('[{"target":"app"},{"target":"base"}]');
    expect(r.outputs['layer-count']).toBe('2');
    expect(r.log).toContain(`changed since ${base} (pull_request event, pull_request.base.sha): 2 of 3 target(s)`);
    expect(r.log).toContain('  base: Dockerfile base/Dockerfile changed');
    expect(r.summary).toContain('| 1 | app | consumes base, which is selected |');

    // nothing changed since HEAD: empty matrix, no layer (the workflow skips its build jobs)
    const none = await step(dir, { matrix: 'true', 'matrix-base': 'HEAD' });
    expect(none.outputs).toEqual({ matrix: '[]', layers: '[]', 'layer-count': '0' });
  });

  it('refuses what it cannot do, naming the input', async () => {
    const dir = makeProject(FILES);
    expect((await step(dir, { matrix: 'true', merge: 'true' })).error).toEqual(
      new Error(
        'matrix and merge are different steps (one plans the build jobs, the other merges what they pushed): set one of them',
      ),
    );
    expect(String((await step(dir, { matrix: 'true', 'matrix-fields': 'platform' })).error)).toMatch(
      /^Error: input matrix-fields: "platform" is not a bake target attribute \(did you mean "platforms"\?\)/,
    );
    expect(String((await step(dir, { matrix: 'true', source: 'https://github.com/o/r.git' })).error)).toMatch(
      /source must be a local directory/,
    );
    // a matrix-* input on a build step would be ignored: refused instead
    expect(String((await step(dir, { 'matrix-changed': 'true' })).error)).toMatch(
      /^Error: matrix-fields, matrix-changed and matrix-base shape what a matrix: true step outputs: set matrix: true/,
    );
  });
});

describe('matrix inputs', () => {
  it('matrix-base turns matrix-changed on', () => {
    const inputs = readInputs(
      (name) => ({ matrix: 'true', 'matrix-base': 'main', 'matrix-fields': 'platforms,\ndockerfile' })[name] ?? '',
    );
    expect(inputs).toMatchObject({
      matrix: true,
      matrixChanged: true,
      matrixBase: 'main',
      matrixFields: ['platforms', 'dockerfile'],
    });
    expect(readInputs(() => '')).toMatchObject({
      matrix: false,
      matrixChanged: false,
      matrixBase: undefined,
      matrixFields: [],
    });
  });
});
