/**
 * `source` with docker/bake-action v7's meaning (src/context.ts getBakeContext), `{{defaultContext}}` as
 * docker/actions-toolkit's Build.gitContext() computes it (src/buildx/build.ts). A Git source's contexts: bake/remote-context.ts
 * (__tests__/unit/bake/remote-context.test.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  eventPayload,
  gitContext,
  isValidRef,
  repository,
  workflowRunURL,
} from '../../../src/action/github-context.js';
import { expandSource, resolveSource } from '../../../src/action/source.js';
import { gitHost } from '../../../src/solve/run/git-auth.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo/app',
  GITHUB_SHA: SHA,
  GITHUB_REF: 'refs/heads/main',
};

describe('the default Git context (Build.gitContext)', () => {
  it('is the repository at the event commit', () => {
    expect(gitContext(ENV, {})).toBe(`https://github.com/octo/app.git#${SHA}`);
    expect(gitContext({ ...ENV, GITHUB_SERVER_URL: 'https://ghe.example.com' }, {})).toBe(
      `https://ghe.example.com/octo/app.git#${SHA}`,
    );
    expect(gitContext({ ...ENV, GITHUB_SERVER_URL: undefined }, {})).toBe(`https://github.com/octo/app.git#${SHA}`);
  });

  it('a pull request: the merge commit (GITHUB_SHA), or the head with DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF', () => {
    const pr = { ...ENV, GITHUB_REF: 'refs/pull/5/merge' };
    const payload = { pull_request: { head: { sha: 'feedfeedfeedfeedfeedfeedfeedfeedfeedfeed' } } };
    expect(gitContext(pr, payload)).toBe(`https://github.com/octo/app.git#${SHA}`);
    expect(gitContext({ ...pr, DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF: 'true' }, payload)).toBe(
      'https://github.com/octo/app.git#feedfeedfeedfeedfeedfeedfeedfeedfeedfeed',
    );
  });

  it('without GITHUB_SHA, the ref; the query form with BUILDX_SEND_GIT_QUERY_AS_INPUT', () => {
    expect(gitContext({ ...ENV, GITHUB_SHA: '', GITHUB_REF: 'main' }, {})).toBe(
      'https://github.com/octo/app.git#refs/heads/main',
    );
    expect(gitContext({ ...ENV, BUILDX_SEND_GIT_QUERY_AS_INPUT: '1' }, {})).toBe(
      `https://github.com/octo/app.git?ref=${SHA}`,
    );
  });

  it('the repository from the payload when GITHUB_REPOSITORY is unset; an error without either', () => {
    expect(repository({}, { repository: { name: 'r', owner: { login: 'o' } } })).toBe('o/r');
    expect(() => gitContext({ GITHUB_SHA: SHA }, {})).toThrow(/GITHUB_REPOSITORY/);
  });
});

describe('the run URL (GitHub.workflowRunURL(true))', () => {
  it('server, repository, run id and attempt', () => {
    expect(workflowRunURL({ ...ENV, GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '3' }, {})).toBe(
      'https://github.com/octo/app/actions/runs/42/attempts/3',
    );
    expect(workflowRunURL({ ...ENV, GITHUB_RUN_ID: '42' }, {})).toBe(
      'https://github.com/octo/app/actions/runs/42/attempts/1',
    );
    expect(workflowRunURL({ GITHUB_REPOSITORY: 'o/r' }, {})).toBeUndefined();
  });
});

describe('the event payload', () => {
  it('is GITHUB_EVENT_PATH read as JSON, {} when absent or unreadable', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-event-'));
    const file = path.join(dir, 'event.json');
    fs.writeFileSync(file, JSON.stringify({ repository: { private: true } }));
    expect(eventPayload({ GITHUB_EVENT_PATH: file }).repository?.private).toBe(true);
    expect(eventPayload({ GITHUB_EVENT_PATH: path.join(dir, 'missing.json') })).toEqual({});
    fs.writeFileSync(file, '{not json');
    expect(eventPayload({ GITHUB_EVENT_PATH: file })).toEqual({});
    expect(eventPayload({})).toEqual({});
    fs.rmSync(dir, { recursive: true });
  });
});

describe('source', () => {
  const dc = () => `https://github.com/octo/app.git#${SHA}`;

  it('remote refs as Util.isValidRef, and ssh:// URLs', () => {
    for (const ref of [
      'https://github.com/o/r.git',
      'http://h/r.git',
      'git://h/r.git',
      'github.com/o/r',
      'git@github.com:o/r.git',
    ])
      expect(isValidRef(ref)).toBe(true);
    for (const ref of ['.', 'sub/dir', '/abs', 'ssh://git@h/r.git']) expect(isValidRef(ref)).toBe(false);
    expect(resolveSource('ssh://git@h/r.git', '/w', dc)).toEqual({ kind: 'git', url: 'ssh://git@h/r.git' });
  });

  it('{{defaultContext}} (also with a subdirectory) is the event commit; no source is the local working directory', () => {
    expect(resolveSource('{{defaultContext}}', '/w', dc)).toEqual({ kind: 'git', url: dc() });
    expect(resolveSource('{{ defaultContext }}:docker', '/w', dc)).toEqual({ kind: 'git', url: `${dc()}:docker` });
    expect(
      expandSource('x', () => {
        throw new Error('not called');
      }),
    ).toBe('x');
    expect(resolveSource(undefined, '/w', dc)).toEqual({ kind: 'local', dir: '/w' });
  });

  it('a directory, relative to the working directory, must exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-source-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'file'), '');
    expect(resolveSource('sub', dir, dc)).toEqual({ kind: 'local', dir: path.join(dir, 'sub') });
    expect(() => resolveSource('nope', dir, dc)).toThrow('Invalid source: nope does not exist or is not a directory.');
    expect(() => resolveSource('file', dir, dc)).toThrow(/is not a directory/);
    fs.rmSync(dir, { recursive: true });
  });

  it('the token host', () => {
    expect(gitHost('https://github.com/o/r.git#x')).toBe('github.com');
    expect(gitHost('http://127.0.0.1:8080/o/r.git')).toBe('127.0.0.1:8080');
    expect(gitHost('git@gitlab.com:o/r.git')).toBe('gitlab.com');
    expect(gitHost('github.com/o/r')).toBe('github.com');
  });
});
