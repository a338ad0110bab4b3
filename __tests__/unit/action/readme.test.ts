/**
 * The README's workflow snippets are what a new user copies: every step that uses this action must only pass
 * inputs action.yml declares, and every workflow in .github/workflows that uses `./` likewise.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string; post: string };
};
const inputs = new Set(Object.keys(action.inputs));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** Every step in a workflow (or a bare list of steps) that uses this action. */
function ourSteps(doc: unknown): Step[] {
  const steps: Step[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const step = node as Step;
      if (typeof step.uses === 'string' && (step.uses.startsWith('bakekit/bakekit') || step.uses === './'))
        steps.push(step);
      Object.values(node).forEach(visit);
    }
  };
  visit(doc);
  return steps;
}

function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('action.yml', () => {
  it('runs on node24 with main and post bundles that exist', () => {
    expect(action.runs.using).toBe('node24');
    expect(fs.existsSync(path.join(ROOT, action.runs.main))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, action.runs.post))).toBe(true);
  });
});

describe('README snippets', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = yamlBlocks(readme);
  it('has workflow snippets that use the action', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(blocks.flatMap((b) => ourSteps(parse(b))).length).toBeGreaterThanOrEqual(3);
  });
  it.each(blocks.map((b, i) => [i, b]))('snippet %i uses only declared inputs', (_i, block) => {
    for (const step of ourSteps(parse(block))) {
      const unknown = Object.keys(step.with ?? {}).filter((k) => !inputs.has(k));
      expect(unknown, `inputs not in action.yml: ${unknown.join(', ')}`).toEqual([]);
    }
  });
  it('a snippet with an undeclared input would be caught', () => {
    const bad = ourSteps(parse('steps:\n  - uses: bakekit/bakekit@v1\n    with:\n      not-an-input: 1\n'));
    expect(Object.keys(bad[0].with ?? {}).filter((k) => !inputs.has(k))).toEqual(['not-an-input']);
  });
});

describe('workflows in .github/workflows', () => {
  const dir = path.join(ROOT, '.github/workflows');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yml'));
  it('include CI and an end-to-end job that uses the action itself', () => {
    const all = files.map((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown);
    expect(all.flatMap(ourSteps).some((s) => s.uses === './')).toBe(true);
  });
  it.each(files)('%s uses only declared inputs', (f) => {
    for (const step of ourSteps(parse(fs.readFileSync(path.join(dir, f), 'utf8')))) {
      expect(Object.keys(step.with ?? {}).filter((k) => !inputs.has(k))).toEqual([]);
    }
  });
});
