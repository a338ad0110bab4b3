/**
 * The directory identity that names a directory's session (fsutil/identity.ts): equal for an untouched tree, different
 * after any change a build could see, including the ones fsutil's own incremental transfer cannot see (same size and
 * mtime), and the same whether walked here or on a worker thread. The same for the listing GNU find makes in a child
 * process (findIdentity; the test host's find is GNU findutils, as on the runners), and a fallback to the walk here
 * wherever find cannot make it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  directoryIdentity,
  findIdentity,
  hasMoreEntries,
  identifyDirectories,
  identifyInWorker,
  startEarlyListing,
} from '../../../../src/buildkit/fsutil/identity.js';

/**
 * The programs identity.ts spawned, in order. Counted at the spawn, not by the program itself: a find stopped at once
 * (an early listing not taken) may be killed before its first line runs, sooner or later with the host's load.
 */
const spawned = vi.hoisted((): string[] => []);
vi.mock('node:child_process', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:child_process')>();
  const spawn = ((...args: Parameters<typeof actual.spawn>) => {
    spawned.push(String(args[0]));
    return actual.spawn(...args);
  }) as typeof actual.spawn;
  return { ...actual, spawn, default: { ...actual, spawn } };
});

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

const WHOLE_SECONDS = 1_700_000_000;

/** A process's command line ('' once it is gone). */
function cmdline(pid: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

function tree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-identity-'));
  roots.push(root);
  fs.mkdirSync(path.join(root, 'src/deep'), { recursive: true });
  fs.writeFileSync(path.join(root, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
  fs.writeFileSync(path.join(root, '.dockerignore'), 'ignored\n');
  fs.writeFileSync(path.join(root, 'src/a.txt'), 'aaaa');
  // whole seconds: a change can restore them exactly (a Date from stat keeps only milliseconds)
  fs.utimesSync(path.join(root, 'src/a.txt'), WHOLE_SECONDS, WHOLE_SECONDS);
  fs.writeFileSync(path.join(root, 'src/deep/b.txt'), 'bbbb');
  fs.mkdirSync(path.join(root, 'ignored'));
  fs.writeFileSync(path.join(root, 'ignored/c.txt'), 'cccc');
  fs.symlinkSync('a.txt', path.join(root, 'src/link'));
  return root;
}

/** Every change a build could see, each of which must give the tree another identity. */
const changes: Array<[string, (root: string) => void]> = [
  [
    'a file rewritten with the same size and mtime',
    (r) => {
      const f = path.join(r, 'src/a.txt');
      fs.writeFileSync(f, 'AAAA');
      fs.utimesSync(f, WHOLE_SECONDS, WHOLE_SECONDS); // what fsutil's size+mtime comparison cannot see; ctime moves
      expect(fs.statSync(f, { bigint: true }).mtimeNs).toBe(BigInt(WHOLE_SECONDS) * 1_000_000_000n);
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

/** Both walks (fsutil/identity.ts): what each must do with the same trees. */
const walks: Array<{ name: string; identify: (root: string) => Promise<string | false | null | undefined> }> = [
  { name: 'directoryIdentity (in process)', identify: (root) => Promise.resolve(directoryIdentity(root)) },
  { name: 'findIdentity (GNU find in a child process)', identify: (root) => findIdentity(root) },
];

describe.each(walks)('$name', ({ identify }) => {
  it('is stable for an untouched tree and a hex sha256, with or without a trailing slash', async () => {
    const root = tree();
    const first = await identify(root);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await identify(root)).toBe(first);
    expect(await identify(root + '/')).toBe(first);
  });

  for (const [what, change] of changes) {
    it(`changes when ${what}`, async () => {
      const root = tree();
      const before = await identify(root);
      change(root);
      const after = await identify(root);
      expect(after).toMatch(/^[0-9a-f]{64}$/);
      expect(after).not.toBe(before);
    });
  }

  it('tells a name with a newline in it from two names', async () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-identity-nl-'));
    roots.push(a);
    fs.writeFileSync(path.join(a, 'x\ny'), '');
    const before = await identify(a);
    fs.renameSync(path.join(a, 'x\ny'), path.join(a, 'x\nz'));
    expect(await identify(a)).not.toBe(before);
  });

  it('differs between two trees with the same names, sizes and times (their inodes differ)', async () => {
    const a = tree();
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-identity-copy-'));
    roots.push(b);
    fs.cpSync(a, b, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    expect(await identify(b)).not.toBe(await identify(a));
  });
});

describe('directoryIdentity', () => {
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

describe('findIdentity', () => {
  it('stops at the entry limit (false), and leaves missing roots, files and a failing find to the caller (null)', async () => {
    const root = tree();
    expect(await findIdentity(root, 8)).toBe(false); // 9 entries below the root
    expect(await findIdentity(root, 9)).toMatch(/^[0-9a-f]{64}$/);
    expect(await findIdentity(path.join(root, 'nope'))).toBeNull();
    expect(await findIdentity(path.join(root, 'Dockerfile'))).toBeNull();
    expect(await findIdentity(root, undefined, path.join(root, 'no-such-find'))).toBeNull();
    // a find without -printf (busybox, BSD) exits non-zero: `false` stands in for it
    expect(await findIdentity(root, undefined, 'false')).toBeNull();
  });

  it('counts the entries of a larger tree exactly', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-identity-many-'));
    roots.push(root);
    for (let d = 0; d < 20; d++) {
      fs.mkdirSync(path.join(root, `d${d}`));
      for (let f = 0; f < 100; f++) fs.writeFileSync(path.join(root, `d${d}`, `f${f}`), '');
    }
    expect(await findIdentity(root, 2_019)).toBe(false); // 20 directories and 2,000 files
    expect(await findIdentity(root, 2_020)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stops a listing that runs past the limit instead of waiting for its end', async () => {
    // a program that lists entries for ever in find's format: only stopping it ends the walk
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-identity-bin-'));
    roots.push(bin);
    const endless = path.join(bin, 'endless-find');
    fs.writeFileSync(endless, "#!/bin/sh\nwhile :; do printf 'x\\0f 644 0 1.0 1.0 1 1 0 0\\n'; done\n", {
      mode: 0o755,
    });
    expect(await findIdentity(tree(), 1_000, endless)).toBe(false);
    // and it was stopped, not left listing in the background
    const running = () => fs.readdirSync('/proc').some((pid) => /^\d+$/.test(pid) && cmdline(pid).includes(endless));
    for (let i = 0; i < 50 && running(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(running()).toBe(false);
  });

  it('leaves no listing behind in the temporary directory', async () => {
    const before = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('bakekit-identity-' + process.pid));
    await findIdentity(tree());
    await findIdentity(tree(), 2);
    const after = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('bakekit-identity-' + process.pid));
    expect(after).toEqual(before);
  });
});

describe('hasMoreEntries', () => {
  it('counts the entries the walk counts (a symbolic link to a directory is not followed), from listings alone', () => {
    const root = tree(); // 9 entries below its root
    fs.symlinkSync('src', path.join(root, 'to-src')); // one more entry, not a directory to descend into
    expect(hasMoreEntries(root, 10)).toBe(false);
    expect(hasMoreEntries(root, 9)).toBe(true);
    expect(directoryIdentity(root, 10)).toBeDefined();
    expect(directoryIdentity(root, 9)).toBeUndefined(); // the walk's own limit agrees
  });

  it('leaves a root it cannot list to the walk (false)', () => {
    const root = tree();
    expect(hasMoreEntries(path.join(root, 'nope'), 0)).toBe(false);
    expect(hasMoreEntries(path.join(root, 'Dockerfile'), 0)).toBe(false);
  });
});

describe('identifyDirectories', () => {
  it('walks a small tree here and lists a larger one with find, each directory once', async () => {
    const small = tree();
    const large = tree(); // 9 entries below its root: over a findFromEntries of 5
    const identities = identifyDirectories([small, large, small], { findFromEntries: 9 });
    expect([...identities.keys()]).toEqual([small, large]);
    expect(await identities.get(small)).toBe(directoryIdentity(small));
    const again = identifyDirectories([large], { findFromEntries: 5 });
    expect(await again.get(large)).toBe(await findIdentity(large));
    expect(await again.get(large)).not.toBe(directoryIdentity(large));
  });

  it('tells onLargeTree of each tree that goes to find, once, and of none walked here', async () => {
    const [one, two] = [tree(), tree()]; // 9 entries each
    let told = 0;
    const onLargeTree = () => told++;
    await Promise.all(identifyDirectories([one, two], { findFromEntries: 9, onLargeTree }).values());
    expect(told).toBe(0);
    await Promise.all(identifyDirectories([one, one], { findFromEntries: 5, onLargeTree }).values());
    expect(told).toBe(1);
    await Promise.all(identifyDirectories([one, two], { findFromEntries: 5, onLargeTree }).values());
    expect(told).toBe(3);
  });

  it('tells onLargeTree of each larger tree without find too, before its walk, and keeps the walk identity', async () => {
    const [one, two] = [tree(), tree()]; // 9 entries each
    let told = 0;
    const onLargeTree = () => told++;
    const small = identifyDirectories([one, two], { find: false, findFromEntries: 9, onLargeTree });
    expect(told).toBe(0);
    expect(await small.get(one)).toBe(directoryIdentity(one));
    const large = identifyDirectories([one, two], {
      find: false,
      findFromEntries: 5,
      inProcessEntries: 0,
      onLargeTree,
    });
    expect(told).toBe(2); // told at once: the worker's walk has not reported yet
    expect(await large.get(one)).toBe(directoryIdentity(one));
    expect(await large.get(two)).toBe(directoryIdentity(two));
  });

  it('walks in process where find cannot list a tree, and where told not to use find', async () => {
    const root = tree();
    const missing = path.join(root, 'nope');
    const broken = identifyDirectories([root, missing], { find: 'false', findFromEntries: 0 });
    expect(await broken.get(root)).toBe(directoryIdentity(root));
    expect(await broken.get(missing)).toBeUndefined();
    expect(await identifyDirectories([root], { find: false, findFromEntries: 0 }).get(root)).toBe(
      directoryIdentity(root),
    );
  });

  it('gives no identity to a tree over the entry limit, by find or by the walk', async () => {
    const root = tree();
    expect(await identifyDirectories([root], { maxEntries: 2 }).get(root)).toBeUndefined();
    expect(await identifyDirectories([root], { maxEntries: 2, findFromEntries: 0 }).get(root)).toBeUndefined();
    expect(await identifyDirectories([root], { maxEntries: 2, find: 'false' }).get(root)).toBeUndefined();
  });
});

describe('startEarlyListing', () => {
  /** A find of its own path, which lists as GNU find does, and the number of times it was spawned. */
  function countingFind(): { program: string; runs: () => number } {
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-identity-bin-'));
    roots.push(bin);
    const program = path.join(bin, 'counting-find');
    fs.writeFileSync(program, '#!/bin/sh\nexec find "$@"\n', { mode: 0o755 });
    const runs = () => spawned.filter((p) => p === program).length;
    return { program, runs };
  }
  const childProcesses = () => process.getActiveResourcesInfo().filter((r) => r === 'ProcessWrap').length;

  it('is the listing identifyDirectories takes for its directory: one find, the identity of a later one', async () => {
    const root = tree(); // 9 entries: over a findFromEntries of 5
    const { program, runs } = countingFind();
    const early = startEarlyListing(root, { find: program, findFromEntries: 5 });
    expect(early?.dir).toBe(path.resolve(root));
    let told = 0;
    const identities = identifyDirectories([`${root}/`], {
      find: program,
      findFromEntries: 5,
      early,
      onLargeTree: () => told++,
    });
    expect(await identities.get(`${root}/`)).toBe(await findIdentity(root));
    expect(runs()).toBe(1);
    expect(told).toBe(1);
  });

  it('is taken only for its own directory: another one, under the same options, gets a listing of its own', async () => {
    const [root, other] = [tree(), tree()];
    fs.writeFileSync(path.join(other, 'other.txt'), 'other'); // 10 entries: another identity
    const { program, runs } = countingFind();
    const early = startEarlyListing(root, { find: program, findFromEntries: 5 })!;
    const identities = identifyDirectories([other], { find: program, findFromEntries: 5, early });
    expect(await identities.get(other)).toBe(await findIdentity(other));
    expect(await identities.get(other)).not.toBe(await findIdentity(root));
    expect(await early.take()).toBeNull(); // stopped
    expect(runs()).toBe(2);
  });

  it('is not taken where it was made differently, or for another directory: then its find is stopped', async () => {
    const [root, other] = [tree(), tree()];
    const { program, runs } = countingFind();
    const early = startEarlyListing(root, { find: program, findFromEntries: 5 })!;
    const identities = identifyDirectories([root, other], { find: program, findFromEntries: 6, early });
    expect(await early.take()).toBeNull(); // stopped, whether or not its find had finished
    expect(await identities.get(root)).toBe(await findIdentity(root));
    expect(runs()).toBe(3); // the early one (stopped, whether or not it had started), and one for each directory

    const endless = path.join(path.dirname(program), 'endless-find');
    fs.writeFileSync(endless, "#!/bin/sh\nwhile :; do printf 'x\\0f 644 0 1.0 1.0 1 1 0 0\\n'; done\n", {
      mode: 0o755,
    });
    const unused = startEarlyListing(root, { find: endless, findFromEntries: 5, maxEntries: 1e9 })!;
    await identifyDirectories([other], { findFromEntries: 5, early: unused }).get(other);
    expect(await unused.take()).toBeNull();
    const running = () => fs.readdirSync('/proc').some((pid) => /^\d+$/.test(pid) && cmdline(pid).includes(endless));
    for (let i = 0; i < 50 && running(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(running()).toBe(false);
  });

  it('keeps the process alive only once taken', async () => {
    const root = tree();
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-identity-bin-'));
    roots.push(bin);
    const slow = path.join(bin, 'slow-find');
    fs.writeFileSync(slow, '#!/bin/sh\nsleep 0.3\nexec find "$@"\n', { mode: 0o755 });
    const before = childProcesses();
    const early = startEarlyListing(root, { find: slow, findFromEntries: 5 })!;
    expect(childProcesses()).toBe(before); // running, but not what the process waits for
    const listed = early.take();
    expect(childProcesses()).toBe(before + 1);
    expect(await listed).toBe(await findIdentity(root));
  });

  it('starts nothing for a tree walked in process, without find, or not wanted (asked only for a tree find gets)', () => {
    const root = tree();
    let asked = 0;
    const notWanted = () => (asked++, false);
    expect(startEarlyListing(root, { findFromEntries: 9 }, notWanted)).toBeUndefined();
    expect(asked).toBe(0);
    expect(startEarlyListing(root, { findFromEntries: 5 }, notWanted)).toBeUndefined();
    expect(asked).toBe(1);
    expect(startEarlyListing(root, { findFromEntries: 9 })).toBeUndefined();
    expect(startEarlyListing(root, { find: false, findFromEntries: 5 })).toBeUndefined();
    expect(startEarlyListing(path.join(root, 'nope'), { findFromEntries: 0 })).toBeUndefined();
  });
});
