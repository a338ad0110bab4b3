/**
 * The receiver writing into a destination that is not empty: `mode=delete` (mirror: fsutil Merge=false), several
 * receivers into one directory at once (bake targets sharing `output = ["type=local,dest=out"]`), and
 * entries replaced by another kind. The real sender (our fsutil sender over the walker) drives the real receiver
 * through protobuf bytes on an in-process pipe; the conflict cases drive the receiver by hand.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawCodec, streamChannel, type PacketChannel } from '../../../../src/buildkit/fsutil/channel.js';
import { receiveTree, type ReceiveOptions } from '../../../../src/buildkit/fsutil/receiver.js';
import { sendTree } from '../../../../src/buildkit/fsutil/sender.js';
import { resolveRoot, openTreeWalk } from '../../../../src/buildkit/fsutil/walker.js';
import { GoMode } from '../../../../src/buildkit/fsutil/mode.js';
import { PacketType } from '../../../../src/buildkit/proto/fsutil.js';
import type { Packet } from '../../../../src/buildkit/proto/fsutil.pb.js';
import { describeTree, duplexPair, makeTree, tempDir, type TreeSpec } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
let dest: string;
let outside: string;
beforeEach(async () => {
  tmp = tempDir('fsutil-dest-');
  dest = path.join(tmp.dir, 'dest');
  // where hostile or stale links point: it must never change
  outside = path.join(tmp.dir, 'outside');
  await makeTree(outside, { 'victim.txt': 'do not touch\n', 'sub/deep.txt': 'nor this\n' });
});
afterEach(async () => {
  // a read-only directory a test left behind must not stop the cleanup
  await chmodTree(tmp.dir, 0o700).catch(() => {});
  tmp.cleanup();
});

async function chmodTree(dir: string, add: number): Promise<void> {
  for (const e of await fsp.readdir(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const abs = path.join(dir, e.name);
    await fsp.chmod(abs, ((await fsp.lstat(abs)).mode & 0o7777) | add);
    await chmodTree(abs, add);
  }
}

async function source(name: string, spec: TreeSpec): Promise<string> {
  const dir = path.join(tmp.dir, name);
  await fsp.mkdir(dir, { recursive: true });
  await makeTree(dir, spec);
  return dir;
}

/** Sends `src` with the real sender into `into` with the real receiver. */
async function transfer(src: string, into: string, opts: ReceiveOptions = {}, chunkSize = 4096) {
  const [a, b] = duplexPair(2);
  const root = await resolveRoot(src);
  const [, received] = await Promise.all([
    sendTree(streamChannel(a, rawCodec), root, openTreeWalk(root), { chunkSize, readers: 4 }).then(() => a.end()),
    receiveTree(streamChannel(b, rawCodec), into, opts),
  ]);
  return received;
}

async function outsideUnchanged(): Promise<void> {
  expect(await describeTree(outside)).toEqual({
    'victim.txt': expect.stringMatching(/^file 644 13 /),
    sub: expect.stringMatching(/^dir /),
    'sub/deep.txt': expect.stringMatching(/^file 644 9 /),
  });
  expect(await fsp.readFile(path.join(outside, 'victim.txt'), 'utf8')).toBe('do not touch\n');
}

/** Temporary names of the receiver left anywhere under `dir`. */
async function leftovers(dir: string): Promise<string[]> {
  return (await fsp.readdir(dir, { recursive: true })).filter((p) => path.basename(p).startsWith('.tmp.'));
}

const OUTPUT: TreeSpec = {
  'bin/app': 'binary\n',
  'etc/conf/app.conf': 'key=value\n',
  'etc/empty/': '',
  'share/doc/README': 'read me\n',
  latest: { link: 'bin/app' },
};

describe('mode=delete (mirror)', () => {
  it('removes files, directories and symlinks the output does not have; a symlink out of the destination is removed, not followed', async () => {
    const src = await source('src', OUTPUT);
    await makeTree(dest, {
      'stale.txt': 'old build',
      'bin/old-tool': 'old',
      'bin/.hidden': 'old',
      'etc/conf/removed.conf': 'x',
      'olddir/nested/deep/file': 'x',
      'olddir/nested/link': { link: outside },
      'share/doc/extra/': '',
      escape: { link: outside },
      'escape-file': { link: path.join(outside, 'victim.txt') },
      'etc/empty/was-here': 'x',
    });
    const received = await transfer(src, dest, { mirror: true });
    expect(await describeTree(dest)).toEqual(await describeTree(src));
    // stale.txt bin/old-tool bin/.hidden etc/conf/removed.conf olddir share/doc/extra escape escape-file etc/empty/was-here
    expect(received).toMatchObject({ files: 3, removed: 9 });
    await outsideUnchanged();
    expect(await leftovers(dest)).toEqual([]);
  });

  it('leaves an identical tree as it is and keeps the destination itself, even for an empty output', async () => {
    const src = await source('src', OUTPUT);
    await transfer(src, dest);
    const before = await describeTree(dest);
    const received = await transfer(src, dest, { mirror: true });
    expect(received).toMatchObject({ files: 3, removed: 0 });
    expect(await describeTree(dest)).toEqual(before);

    // a destination reached through a symlink: the link stays, what it leads to is emptied
    const empty = await source('empty', {});
    const linked = path.join(tmp.dir, 'dest-link');
    await fsp.symlink(dest, linked);
    expect(await transfer(empty, linked, { mirror: true })).toMatchObject({ files: 0, removed: 4 });
    expect((await fsp.lstat(linked)).isSymbolicLink()).toBe(true);
    expect((await fsp.lstat(dest)).isDirectory()).toBe(true);
    expect(await fsp.readdir(dest)).toEqual([]);
  });

  it('without mirror, keeps what the output does not have', async () => {
    const src = await source('src', OUTPUT);
    await makeTree(dest, { 'stale.txt': 'old build', 'bin/old-tool': 'old', escape: { link: outside } });
    const received = await transfer(src, dest);
    expect(received.removed).toBeUndefined();
    expect(await describeTree(dest)).toEqual({
      ...(await describeTree(src)),
      'stale.txt': expect.stringMatching(/^file/),
      'bin/old-tool': expect.stringMatching(/^file/),
      escape: `link -> ${outside}`,
    });
    await outsideUnchanged();
  });

  it('removes nothing when the transfer fails', async () => {
    await makeTree(dest, { 'stale.txt': 'old build', 'keep/me': 'x' });
    const [a, b] = duplexPair(8);
    const done = receiveTree(streamChannel(b, rawCodec), dest, { mirror: true });
    done.catch(() => {});
    const peer = streamChannel(a, rawCodec);
    await peer.send({ type: PacketType.STAT, stat: { path: 'new.txt', mode: 0o644 } });
    await peer.send({ type: PacketType.STAT });
    await peer.send({ type: PacketType.ERR, data: Buffer.from('export failed') });
    await expect(done).rejects.toThrow('error from sender: export failed');
    expect((await fsp.readdir(dest)).sort()).toEqual(['keep', 'stale.txt']);
  });
});

describe('several receivers into one directory', () => {
  /** What target i of a "collect into dist/" bake exports: some files of its own, some every target has. */
  function output(i: number): TreeSpec {
    return {
      [`bin/tool-${i}`]: randomBytes(20_000 + i * 1000),
      'bin/shared': 'same in every target\n',
      'lib/a/b/c/common.txt': 'common\n',
      [`lib/a/b/c/own-${i}.txt`]: `target ${i}\n`,
      [`lib/a/b/own-${i}/`]: '',
      'ro/data.txt': 'read-only directory\n',
      'exec.sh': { mode: 0o755, content: '#!/bin/sh\n' },
      current: { link: 'bin/shared' },
      [`link-${i}`]: { link: `bin/tool-${i}` },
    };
  }

  it('4 concurrent receives of overlapping trees all succeed, twice into the same directory', async () => {
    const srcs = await Promise.all([0, 1, 2, 3].map((i) => source(`src-${i}`, output(i))));
    // a directory every output has read-only: the last receiver out sets it, and the next run can write into it
    for (const src of srcs) await fsp.chmod(path.join(src, 'ro'), 0o555);
    for (let run = 0; run < 2; run++) {
      const results = await Promise.all(srcs.map((src) => transfer(src, dest, {}, 1024)));
      expect(results.map((r) => r.files)).toEqual([6, 6, 6, 6]);
      const expected: Record<string, string> = {};
      for (const src of srcs) Object.assign(expected, await describeTree(src));
      expect(await describeTree(dest)).toEqual(expected);
      for (let i = 0; i < 4; i++) {
        expect(
          Buffer.compare(
            await fsp.readFile(path.join(dest, `bin/tool-${i}`)),
            await fsp.readFile(path.join(srcs[i], `bin/tool-${i}`)),
          ),
        ).toBe(0);
      }
      expect(await leftovers(dest)).toEqual([]);
    }
  });

  it('merges concurrent per-platform streams', async () => {
    const srcs = await Promise.all(
      ['linux_amd64', 'linux_arm64'].map((p) =>
        source(`src-${p}`, { [`${p}/bin/app`]: `${p}\n`, [`${p}/etc/conf`]: 'x' }),
      ),
    );
    await Promise.all(srcs.map((src) => transfer(src, dest)));
    expect(Object.keys(await describeTree(dest)).sort()).toEqual([
      'linux_amd64',
      'linux_amd64/bin',
      'linux_amd64/bin/app',
      'linux_amd64/etc',
      'linux_amd64/etc/conf',
      'linux_arm64',
      'linux_arm64/bin',
      'linux_arm64/bin/app',
      'linux_arm64/etc',
      'linux_arm64/etc/conf',
    ]);
  });
});

describe('an existing entry replaced by another kind', () => {
  it('file, directory and symlink each become each other, without writing through or following a link', async () => {
    await makeTree(dest, {
      f2d: 'was a file',
      f2l: 'was a file',
      'd2f/inner/deep': 'was in a directory',
      'd2f/link-out': { link: outside },
      'd2l/inner': 'was in a directory',
      l2f: { link: path.join(outside, 'victim.txt') },
      l2d: { link: outside },
      l2l: { link: path.join(outside, 'victim.txt') },
      'ro-file': { mode: 0o444, content: 'read-only, replaced anyway' },
    });
    const src = await source('src', {
      'f2d/child': 'now in a directory',
      f2l: { link: 'f2d/child' },
      d2f: 'now a file',
      d2l: { link: 'f2d' },
      l2f: 'now a file, not written through the link',
      'l2d/child': 'now in a directory, not in outside/',
      l2l: { link: 'd2f' },
      'ro-file': 'new content',
    });
    await transfer(src, dest);
    expect(await describeTree(dest)).toEqual(await describeTree(src));
    await outsideUnchanged();
    expect(await leftovers(dest)).toEqual([]);
  });

  it('a large file (placed from the thread pool) replaces a file or a directory whole, with its mode, time and links', async () => {
    await makeTree(dest, { big: 'the old file', 'was-dir/inner': 'in the old directory', 'big-link': 'old' });
    const big = randomBytes(300 * 1024);
    const src = await source('src', { big, 'was-dir': randomBytes(257 * 1024) });
    await fsp.chmod(path.join(src, 'big'), 0o750);
    await fsp.utimes(path.join(src, 'big'), 1_600_000_000, 1_600_000_000);
    await fsp.link(path.join(src, 'big'), path.join(src, 'big-link'));
    await transfer(src, dest, {}, 32 * 1024);
    expect(await describeTree(dest)).toEqual(await describeTree(src));
    expect((await fsp.readFile(path.join(dest, 'big'))).equals(big)).toBe(true);
    expect((await fsp.readFile(path.join(dest, 'was-dir'))).equals(await fsp.readFile(path.join(src, 'was-dir')))).toBe(
      true,
    );
    const [placed, link] = await Promise.all(['big', 'big-link'].map((n) => fsp.stat(path.join(dest, n))));
    expect(link.ino).toBe(placed.ino);
    expect(placed.mtimeMs).toBe(1_600_000_000_000);
    expect(await leftovers(dest)).toEqual([]);
  });
});

/** Drives the daemon's side of a FileSend by hand. */
function startReceiver(into: string, opts: ReceiveOptions = {}) {
  const [a, b] = duplexPair(8);
  const done = receiveTree(streamChannel(b, rawCodec), into, opts);
  done.catch(() => {});
  const channel: PacketChannel = streamChannel(a, rawCodec);
  const incoming = channel.receive();
  return {
    done,
    send: (p: Packet) => channel.send(p),
    async next(): Promise<Packet> {
      const r = await incoming.next();
      if (r.done) throw new Error('stream ended');
      return r.value;
    },
    /** Ends the listing, expects FIN, answers it. */
    async finish(): Promise<void> {
      await channel.send({ type: PacketType.STAT });
      expect((await this.next()).type).toBe(PacketType.FIN);
      await channel.send({ type: PacketType.FIN });
      a.end();
    },
  };
}
const dirStat = (p: string): Packet => ({ type: PacketType.STAT, stat: { path: p, mode: (GoMode.Dir | 0o755) >>> 0 } });
const fileStat = (p: string, extra: object = {}): Packet => ({
  type: PacketType.STAT,
  stat: { path: p, mode: 0o644, ...extra },
});

describe('receivers that disagree, at the same time', () => {
  it('a path one of them writes into as a directory cannot become a file for another', async () => {
    const first = startReceiver(dest);
    await first.send(dirStat('bin'));
    await first.send(fileStat('bin/a'));
    expect(await first.next()).toEqual({ type: PacketType.REQ, ID: 1 });

    const second = startReceiver(dest);
    await second.send(fileStat('bin'));
    await expect(second.done).rejects.toThrow(
      /conflicting outputs: .*bin is a directory in one export and a file or symlink in another/,
    );

    // the other way round: a file still being received, and another receiver wants a directory there
    const third = startReceiver(dest);
    await third.send(fileStat('data'));
    expect(await third.next()).toEqual({ type: PacketType.REQ }); // ID 0: left out on the wire;
    const fourth = startReceiver(dest);
    await fourth.send(dirStat('data'));
    await expect(fourth.done).rejects.toThrow(/conflicting outputs: .*data is a directory/);

    // the first ones are unaffected
    await first.send({ type: PacketType.DATA, ID: 1, data: Buffer.from('a') });
    await first.send({ type: PacketType.DATA, ID: 1 });
    await first.finish();
    expect(await first.done).toMatchObject({ files: 1 });
    await third.send({ type: PacketType.DATA, ID: 0 });
    await third.finish();
    await third.done;
    expect(await describeTree(dest)).toEqual({
      bin: 'dir 755',
      'bin/a': expect.stringMatching(/^file 644 1 /),
      data: expect.stringMatching(/^file 644 0 /),
    });

    // once they are done, the next receiver may replace either
    const later = startReceiver(dest);
    await later.send(fileStat('bin'));
    await later.send(dirStat('data'));
    expect(await later.next()).toEqual({ type: PacketType.REQ }); // ID 0: left out on the wire;
    await later.send({ type: PacketType.DATA, ID: 0, data: Buffer.from('now a file') });
    await later.send({ type: PacketType.DATA, ID: 0 });
    await later.finish();
    await later.done;
    expect(await describeTree(dest)).toEqual({ bin: expect.stringMatching(/^file 644 10 /), data: 'dir 755' });
  });

  it('mode=delete needs its destination to itself', async () => {
    const writer = startReceiver(path.join(dest, 'sub'));
    await writer.send(fileStat('x'));
    await writer.next(); // REQ: it is running
    const mirror = startReceiver(dest, { mirror: true });
    await expect(mirror.done).rejects.toThrow(
      /mode=delete needs its destination to itself, but another export writes into .*sub at the same time/,
    );
    await writer.send({ type: PacketType.DATA, ID: 0 });
    await writer.finish();
    await writer.done;

    const mirror2 = startReceiver(dest, { mirror: true });
    await mirror2.send(fileStat('y'));
    await mirror2.next();
    const other = startReceiver(dest);
    await expect(other.done).rejects.toThrow(/mode=delete needs its destination to itself/);
    await mirror2.send({ type: PacketType.DATA, ID: 0 });
    await mirror2.finish();
    expect(await mirror2.done).toMatchObject({ files: 1, removed: 1 }); // sub/ went
    expect(await fsp.readdir(dest)).toEqual(['y']);
  });

  it('hardlinks: made once their file is complete, replacing what is there', async () => {
    await makeTree(dest, { h1: 'old', 'h2/inner': 'old dir' });
    const r = startReceiver(dest);
    await r.send(fileStat('f'));
    await r.send(fileStat('h1', { linkname: 'f' })); // before f's content
    expect(await r.next()).toEqual({ type: PacketType.REQ }); // ID 0: left out on the wire;
    expect(await fsp.readFile(path.join(dest, 'h1'), 'utf8')).toBe('old'); // not yet
    await r.send({ type: PacketType.DATA, ID: 0, data: Buffer.from('content') });
    await r.send({ type: PacketType.DATA, ID: 0 });
    await r.send(fileStat('h2', { linkname: 'f' })); // after it
    await r.finish();
    await r.done;
    const ino = (await fsp.stat(path.join(dest, 'f'))).ino;
    for (const h of ['h1', 'h2']) {
      expect(await fsp.readFile(path.join(dest, h), 'utf8')).toBe('content');
      expect((await fsp.stat(path.join(dest, h))).ino).toBe(ino);
    }
    expect(await leftovers(dest)).toEqual([]);
  });
});
