/**
 * The working directory's listing started before resolution (solve/run/early-identity.ts): started only where the
 * bake files say every target builds from a large working directory, and then the listing the walk after resolution
 * would make.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findIdentity, FIND_FROM_ENTRIES } from '../../../../src/buildkit/fsutil/identity.js';
import { listWorkingDirectoryEarly } from '../../../../src/solve/run/early-identity.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

/** A working directory with more entries than the walk in process takes, and `bake` as its docker-bake.hcl. */
function workdir(bake: string, entries = FIND_FROM_ENTRIES + 10): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-early-'));
  roots.push(root);
  fs.writeFileSync(path.join(root, 'docker-bake.hcl'), bake);
  fs.mkdirSync(path.join(root, 'src'));
  for (let i = 0; i < entries; i++) fs.writeFileSync(path.join(root, 'src', `f${i}`), '');
  return root;
}

const opts = (cwd: string, more: Partial<Parameters<typeof listWorkingDirectoryEarly>[0]> = {}) => ({
  files: [],
  targets: [],
  set: [],
  cwd,
  env: {},
  ...more,
});

describe('listWorkingDirectoryEarly', () => {
  it('lists a large working directory that every target builds from, as the walk after resolution would', async () => {
    const cwd = workdir('target "default" {\n  context = "."\n}\n');
    const early = listWorkingDirectoryEarly(opts(cwd));
    expect(early?.dir).toBe(cwd);
    expect(await early!.take()).toBe(await findIdentity(cwd));
    // a named file and BUILDX_BAKE_FILE too
    fs.renameSync(path.join(cwd, 'docker-bake.hcl'), path.join(cwd, 'ci.hcl'));
    for (const more of [{ files: ['ci.hcl'] }, { files: ['cwd://ci.hcl'] }, { env: { BUILDX_BAKE_FILE: 'ci.hcl' } }]) {
      const named = listWorkingDirectoryEarly(opts(cwd, more));
      expect(named?.dir).toBe(cwd);
      named!.stop();
    }
  });

  it("reads no bake file that is not a regular file: a pipe or FIFO given as one is the resolution's to read", () => {
    const cwd = workdir('target "default" {}\n');
    // a FIFO with no writer: reading it would block this test for ever
    expect(spawnSync('mkfifo', [path.join(cwd, 'piped.hcl')]).status).toBe(0);
    expect(listWorkingDirectoryEarly(opts(cwd, { files: ['docker-bake.hcl', 'piped.hcl'] }))).toBeUndefined();
    // nor is a directory, nor does a small tree get its files read at all
    fs.mkdirSync(path.join(cwd, 'dir.hcl'));
    expect(listWorkingDirectoryEarly(opts(cwd, { files: ['dir.hcl'] }))).toBeUndefined();
    const small = workdir('target "default" {}\n', 10);
    expect(spawnSync('mkfifo', [path.join(small, 'piped.hcl')]).status).toBe(0);
    expect(listWorkingDirectoryEarly(opts(small, { files: ['piped.hcl'] }))).toBeUndefined();
  });

  it('starts nothing where the guess does not hold or cannot be made', () => {
    const cwd = workdir('target "default" {}\n');
    fs.writeFileSync(path.join(cwd, '-'), 'target "default" {}\n'); // `-f -` is stdin, not this file
    const none: Array<[string, Partial<Parameters<typeof listWorkingDirectoryEarly>[0]>]> = [
      ['a remote definition', { targets: ['https://github.com/docker/buildx.git', 'default'] }],
      ['a remote definition read already', { remoteDefinition: 'https://github.com/docker/buildx.git' }],
      ['stdin', { files: ['-'] }],
      ['a file that cannot be read', { files: ['nope.hcl'] }],
      ['context reuse off', { env: { BAKEKIT_CONTEXT_REUSE: '0' } }],
      ['an override of a context', { set: ['*.context=src'] }],
    ];
    for (const [why, more] of none) expect(listWorkingDirectoryEarly(opts(cwd, more)), why).toBeUndefined();
    expect(listWorkingDirectoryEarly(opts(workdir('target "default" {\n  context = "src"\n}\n')))).toBeUndefined();
    expect(listWorkingDirectoryEarly(opts(workdir('target "default" {}\n', 10)))).toBeUndefined();
  });
});
