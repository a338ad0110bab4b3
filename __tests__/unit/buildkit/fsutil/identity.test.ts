/**
 * The directory identity that names a directory's session (fsutil/identity.ts): equal for an untouched tree, different
 * after any change a build could see, including the ones fsutil's own incremental transfer cannot see (same size and
 * mtime), and the same whether walked here or on a worker thread.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directoryIdentity, identifyInWorker } from '../../../../src/buildkit/fsutil/identity.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

function tree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-identity-'));
  roots.push(root);
  fs.mkdirSync(path.join(root, 'src/deep'), { recursive: true });
  fs.writeFileSync(path.join(root, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
  fs.writeFileSync(path.join(root, '.dockerignore'), 'ignored\n');
  fs.writeFileSync(path.join(root, 'src/a.txt'), 'aaaa');
  fs.writeFileSync(path.join(root, 'src/deep/b.txt'), 'bbbb');
  fs.mkdirSync(path.join(root, 'ignored'));
  fs.writeFileSync(path.join(root, 'ignored/c.txt'), 'cccc');
  fs.symlinkSync('a.txt', path.join(root, 'src/link'));
  return root;
}

describe('directoryIdentity', () => {
  it('is stable for an untouched tree and a hex sha256', () => {
    const root = tree();
    const first = directoryIdentity(root);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(directoryIdentity(root)).toBe(first);
    expect(directoryIdentity(root + '/')).toBe(first);
  });

  const changes: Array<[string, (root: string) => void]> = [
    [
      'a file rewritten with the same size and mtime',
      (r) => {
        const f = path.join(r, 'src/a.txt');
        const { atime, mtime } = fs.statSync(f);
        fs.writeFileSync(f, 'AAAA');
        fs.utimesSync(f, atime, mtime); // what fsutil's size+mtime comparison cannot see; ctime moves
      },
    ],
    ['a file appended to', (r) => fs.appendFileSync(path.join(r, 'src/deep/b.txt'), 'x')],
    ['a file added', (r) => fs.writeFileSync(path.join(r, 'src/new.txt'), '')],
    ['a file removed', (r) => fs.rmSync(path.join(r, 'src/a.txt'))],
    ['a file renamed', (r) => fs.renameSync(path.join(r, 'src/a.txt'), path.join(r, 'src/z.txt'))],
    ['a mode changed', (r) => fs.chmodSync(path.join(r, 'src/a.txt'), 0o600)],
    ['an empty directory added', (r) => fs.mkdirSync(path.join(r, 'src/empty'))],
    [
      'a symlink retargeted',
      (r) => {
        fs.rmSync(path.join(r, 'src/link'));
        fs.symlinkSync('deep/b.txt', path.join(r, 'src/link'));
      },
    ],
    [
      'a file in an ignored directory changed (the frontend picks the patterns, not us)',
      (r) => fs.writeFileSync(path.join(r, 'ignored/c.txt'), 'CCCC'),
    ],
    [
      'two files swapped by rename',
      (r) => {
        fs.writeFileSync(path.join(r, 'src/deep/b.txt'), 'aaaa'); // same content and size as a.txt
        fs.renameSync(path.join(r, 'src/a.txt'), path.join(r, 'src/tmp'));
        fs.renameSync(path.join(r, 'src/deep/b.txt'), path.join(r, 'src/a.txt'));
        fs.renameSync(path.join(r, 'src/tmp'), path.join(r, 'src/deep/b.txt'));
      },
    ],
  ];
  for (const [what, change] of changes) {
    it(`changes when ${what}`, () => {
      const root = tree();
      const before = directoryIdentity(root);
      change(root);
      const after = directoryIdentity(root);
      expect(after).toBeDefined();
      expect(after).not.toBe(before);
    });
  }

  it('differs between two trees with the same names, sizes and times (their inodes differ)', () => {
    const a = tree();
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-identity-copy-'));
    roots.push(b);
    fs.cpSync(a, b, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    expect(directoryIdentity(b)).not.toBe(directoryIdentity(a));
  });

  it('gives up on trees over the entry limit, on missing roots and on files', () => {
    const root = tree();
    expect(directoryIdentity(root, 3)).toBeUndefined();
    expect(directoryIdentity(root, 9)).toBeDefined(); // 9 entries below the root
    expect(directoryIdentity(path.join(root, 'nope'))).toBeUndefined();
    expect(directoryIdentity(path.join(root, 'Dockerfile'))).toBeUndefined();
  });
});

describe('identifyInWorker', () => {
  it('computes on a worker thread what directoryIdentity computes here, for each directory', async () => {
    const a = tree();
    const b = tree();
    const missing = path.join(a, 'nope');
    // no in-process budget: every directory goes to the worker
    const identities = identifyInWorker([a, b, missing], undefined, 0);
    expect([...identities.keys()]).toEqual([a, b, missing]);
    expect(await identities.get(a)).toBe(directoryIdentity(a));
    expect(await identities.get(b)).toBe(directoryIdentity(b));
    expect(await identities.get(missing)).toBeUndefined();
  });

  it('runs its walk from source text: the walk uses nothing outside itself', async () => {
    // identifyInWorker falls back to walking in process if the worker fails; make sure it did not have to.
    const { Worker } = await import('node:worker_threads');
    const root = tree();
    const source = (await import('../../../../src/buildkit/fsutil/identity.js')).WORKER_SOURCE;
    const result = await new Promise<unknown>((resolve, reject) => {
      const w = new Worker(source, { eval: true, workerData: { dirs: [root], maxEntries: 1000 } });
      w.once('message', resolve);
      w.once('error', reject);
    });
    expect(result).toEqual([root, directoryIdentity(root)]);
  });

  it('walks small trees in process, at once, and hands a tree over the budget to the worker', async () => {
    const small = tree();
    const large = tree();
    const entries = fs.readdirSync(large, { recursive: true }).length;
    const pending = Symbol('pending');
    const settled = (p: Promise<unknown> | undefined) => Promise.race([p, Promise.resolve(pending)]);
    // the budget is the small tree exactly: nothing is left for the other, which goes to the worker
    const identities = identifyInWorker([small, large], undefined, entries);
    expect(await settled(identities.get(small))).toBe(directoryIdentity(small));
    expect(await settled(identities.get(large))).toBe(pending);
    expect(await identities.get(large)).toBe(directoryIdentity(large));
  });

  it('gives no identity to a tree over the entry limit, in process or on the worker', async () => {
    const root = tree();
    expect(await identifyInWorker([root], 2).get(root)).toBeUndefined();
    expect(await identifyInWorker([root], 2, 0).get(root)).toBeUndefined();
  });

  it('returns an empty map for no directories', () => {
    expect(identifyInWorker([]).size).toBe(0);
  });
});
