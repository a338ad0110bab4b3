/**
 * src/action/toolkit.ts writes the workflow commands itself instead of importing @actions/core (start-up, see the
 * module): the same calls through both must produce the same log, output file, summary and exit code.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { afterEach, expect, test } from 'vitest';
import * as kit from '../../../src/action/toolkit.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

async function capture(fn: () => unknown): Promise<string> {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = (s: string) => {
    out += s;
    return true;
  };
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  return out;
}

type Lib = Pick<
  typeof kit,
  | 'getInput'
  | 'getState'
  | 'info'
  | 'setSecret'
  | 'warning'
  | 'error'
  | 'startGroup'
  | 'endGroup'
  | 'setOutput'
  | 'setFailed'
>;

async function session(lib: Lib, summary: (text: string) => Promise<unknown>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-toolkit-'));
  process.env.GITHUB_OUTPUT = path.join(dir, 'output');
  process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'summary');
  fs.writeFileSync(process.env.GITHUB_OUTPUT, '');
  fs.writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
  process.env['INPUT_GITHUB-TOKEN'] = '  tok \n';
  process.env.INPUT_MY_INPUT = ' x ';
  process.env.STATE_open = 'st';
  process.exitCode = undefined;
  const log = await capture(async () => {
    lib.info(
      `${lib.getInput('github-token')}|${lib.getInput('my input')}|${lib.getInput('missing')}|${lib.getState('open')}|${lib.getState('nope')}`,
    );
    lib.setSecret('se%cr\net,:');
    lib.warning('plain');
    lib.warning('two\nlines, 100%', { title: 'bake file', file: 'a,b:c.hcl', startLine: 3, startColumn: 0 });
    lib.warning('empty properties', {});
    lib.error('no title', { title: undefined, file: 'f' });
    lib.error(new Error('boom'));
    lib.startGroup('group: x');
    lib.endGroup();
    lib.setOutput('metadata', '{"a":1}');
    lib.setOutput('object', { b: [1] });
    lib.setFailed('failed\nbadly');
    await summary('# summary\n');
  });
  const output = fs.readFileSync(process.env.GITHUB_OUTPUT, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
  return { log, output, summary: fs.readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8'), exitCode: process.exitCode };
}

test('the toolkit writes exactly what @actions/core writes', async () => {
  const ours = await session(kit, (text) => kit.appendSummary(text));
  const theirs = await session(core, (text) => core.summary.addRaw(text).write());
  expect(ours.output).toContain('metadata<<DELIMITER\n{"a":1}\nDELIMITER\n');
  expect(ours).toEqual(theirs);
});

test('outputs without GITHUB_OUTPUT use the legacy command, as @actions/core does', async () => {
  delete process.env.GITHUB_OUTPUT;
  expect(await capture(() => kit.setOutput('n', 'v\nw'))).toBe(await capture(() => core.setOutput('n', 'v\nw')));
});

test('an unwritable summary file is an error', async () => {
  process.env.GITHUB_STEP_SUMMARY = '/nonexistent/summary';
  await expect(kit.appendSummary('x')).rejects.toThrow(/Unable to access summary file: '\/nonexistent\/summary'/);
  delete process.env.GITHUB_STEP_SUMMARY;
  await expect(kit.appendSummary('x')).rejects.toThrow(/GITHUB_STEP_SUMMARY/);
});
