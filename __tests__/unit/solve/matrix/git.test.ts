/**
 * The local Git queries of changed mode, on a real repository: paths that differ (renames as two paths, odd names
 * intact), a file at a commit, a ref that is not there, and git's own error text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  changedPaths,
  filesAt,
  git,
  GitError,
  repositoryRoot,
  resolveCommit,
} from '../../../../src/solve/matrix/git.js';
import { git as run } from '../../../support/git.js';
import { makeProject, removeProjects } from '../../../support/project.js';

afterAll(() => removeProjects());

describe('git queries', () => {
  const dir = makeProject({ 'a/old name.txt': 'x\n', 'b/ünï.txt': 'y\n', 'c/same.txt': 'z\n' }, 'bakekit-git-');
  run(dir, 'init', '-q', '-b', 'main');
  run(dir, 'add', '-A');
  run(dir, 'commit', '-q', '-m', 'one');
  const first = run(dir, 'rev-parse', 'HEAD');
  fs.renameSync(path.join(dir, 'a/old name.txt'), path.join(dir, 'a/new name.txt'));
  fs.writeFileSync(path.join(dir, 'b/ünï.txt'), 'changed\n');
  run(dir, 'add', '-A');
  run(dir, 'commit', '-q', '-m', 'two');
  const second = run(dir, 'rev-parse', 'HEAD');

  it('changedPaths: both names of a rename, names with spaces and non-ASCII as they are, relative to the root', async () => {
    // run from a subdirectory: paths stay relative to the root (--no-relative)
    expect((await changedPaths(path.join(dir, 'c'), first, second)).sort()).toEqual([
      'a/new name.txt',
      'a/old name.txt',
      'b/ünï.txt',
    ]);
    expect(await changedPaths(dir, second, second)).toEqual([]);
  });

  it('filesAt: the contents at a commit in the order asked, undefined where no file is', async () => {
    const files = await filesAt(dir, first, ['b/ünï.txt', 'a/old name.txt', 'nope', 'a', 'x\ny']);
    expect(files.map((f) => f?.toString())).toEqual(['y\n', 'x\n', undefined, undefined, undefined]);
    expect(await filesAt(dir, second, ['a/old name.txt'])).toEqual([undefined]);
    expect(await filesAt(dir, second, [])).toEqual([]);
  });

  it('resolveCommit and repositoryRoot', async () => {
    expect(await resolveCommit(dir, 'HEAD~1')).toBe(first);
    expect(await resolveCommit(dir, 'nope')).toBeUndefined();
    expect(await repositoryRoot(path.join(dir, 'b'))).toBe(fs.realpathSync(dir));
  });

  it("a failing command: GitError with the command, exit status and git's message", async () => {
    const err = await git(dir, ['cat-file', 'blob', 'nope:x']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitError);
    expect((err as GitError).status).toBe(128);
    expect((err as GitError).message).toMatch(/^git cat-file blob nope:x failed \(exit status 128\): fatal: /);
  });
});
