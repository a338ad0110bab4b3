import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Duplex } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  rawCodec,
  readMessages,
  StreamClosedError,
  streamChannel,
  type PacketChannel,
} from '../../../../src/buildkit/fsutil/channel.js';
import { OrderValidator, receiveTree } from '../../../../src/buildkit/fsutil/receiver.js';
import { FrameDecoder } from '../../../../src/buildkit/grpc/framing.js';
import { LISTING_BATCH, sendTree } from '../../../../src/buildkit/fsutil/sender.js';
import { resolveRoot, openTreeWalk, type WalkOptions } from '../../../../src/buildkit/fsutil/walker.js';
import { GoMode } from '../../../../src/buildkit/fsutil/mode.js';
import { PacketType } from '../../../../src/buildkit/proto/fsutil.js';
import type { Packet } from '../../../../src/buildkit/proto/fsutil.pb.js';
import { describeTree, duplexPair, makeTree, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
let src: string;
let dest: string;
beforeEach(async () => {
  tmp = tempDir();
  src = path.join(tmp.dir, 'src');
  dest = path.join(tmp.dir, 'dest');
  await fsp.mkdir(src);
});
afterEach(() => tmp.cleanup());

/** Runs the sender on one end of a pipe and the receiver on the other; packets go through protobuf bytes. */
async function transfer(opts: WalkOptions = {}, sendOpts: Parameters<typeof sendTree>[3] = {}) {
  const [a, b] = duplexPair(2);
  const root = await resolveRoot(src);
  const counters = { files: 0, bytes: 0 };
  const [, received] = await Promise.all([
    sendTree(streamChannel(a, rawCodec), root, openTreeWalk(root, opts), {
      ...sendOpts,
      onData: (n) => (counters.bytes += n),
      onFileSent: () => counters.files++,
    }).then(() => a.end()),
    receiveTree(streamChannel(b, rawCodec), dest),
  ]);
  return { counters, received };
}

describe('sender ↔ receiver round trip', () => {
  it('recreates the tree: dirs, files, symlinks, modes, mtimes', async () => {
    const big = randomBytes(1024 * 1024 + 12345);
    await makeTree(src, {
      'big.bin': big,
      empty: '',
      'exec.sh': { mode: 0o755, content: '#!/bin/sh\necho hi\n' },
      'ro.txt': { mode: 0o444, content: 'read only' },
      'dir/sub/deep.txt': 'deep',
      'dir/link': { link: '../big.bin' },
      'dir/abs-link': { link: '/etc/hostname' },
      'emptydir/': '',
    });
    await fsp.chmod(path.join(src, 'dir/sub'), 0o750);
    const when = new Date('2021-02-03T04:05:06.789Z');
    await fsp.utimes(path.join(src, 'dir/sub/deep.txt'), when, when);
    await fsp.utimes(path.join(src, 'dir'), when, when);

    const { counters, received } = await transfer({}, { chunkSize: 7000 });

    expect(await describeTree(dest)).toEqual(await describeTree(src));
    expect(Buffer.compare(await fsp.readFile(path.join(dest, 'big.bin')), big)).toBe(0);
    expect((await fsp.stat(path.join(dest, 'dir/sub/deep.txt'))).mtime.getTime()).toBe(when.getTime());
    expect((await fsp.stat(path.join(dest, 'dir'))).mtime.getTime()).toBe(when.getTime());
    expect(await fsp.readlink(path.join(dest, 'dir/abs-link'))).toBe('/etc/hostname');
    const total = big.length + 18 + 9 + 4;
    expect(counters).toEqual({ files: 5, bytes: total });
    expect(received).toEqual({ files: 5, bytes: total, skipped: [] });
  });

  it('writes file data that arrives in slices (as the session server delivers an export) as it came', async () => {
    const big = randomBytes(300_000);
    await makeTree(src, { 'big.bin': big, 'small.txt': 'small' });
    const [a, b] = duplexPair(2);
    const root = await resolveRoot(src);
    const plain = streamChannel(b, rawCodec);
    let sliced = 0;
    // what grpc/server.ts deliverSliced hands on: a large message as the slices of the DATA frames it came in
    const slicing: PacketChannel = {
      send: (p) => plain.send(p),
      sendAll: (ps) => plain.sendAll(ps),
      receive: () =>
        readMessages(b, (m) => {
          const bytes = m as Buffer;
          if (bytes.length < 16 * 1024) return rawCodec.decode(bytes);
          sliced++;
          return rawCodec.decode([bytes.subarray(0, 100), bytes.subarray(100, 9000), bytes.subarray(9000)]);
        }),
    };
    const [, received] = await Promise.all([
      sendTree(streamChannel(a, rawCodec), root, openTreeWalk(root), { chunkSize: 32 * 1024 }).then(() => a.end()),
      receiveTree(slicing, dest),
    ]);
    expect(sliced).toBeGreaterThanOrEqual(9);
    expect(Buffer.compare(await fsp.readFile(path.join(dest, 'big.bin')), big)).toBe(0);
    expect(await describeTree(dest)).toEqual(await describeTree(src));
    expect(received).toEqual({ files: 2, bytes: big.length + 5, skipped: [] });
  });

  it('applies the filters on the sending side', async () => {
    await makeTree(src, { 'keep/a': 'a', 'drop/b': 'b', 'x.log': 'log', 'keep/c.log': 'c' });
    await transfer({ excludePatterns: ['drop', '*.log'] });
    expect(Object.keys(await describeTree(dest))).toEqual(['keep', 'keep/a', 'keep/c.log']);
  });

  it('merges into an existing destination, replacing entries of another type without following symlinks', async () => {
    await makeTree(src, { 'a/file': 'new', b: 'now a file', 'c/': '' });
    const outside = path.join(tmp.dir, 'outside');
    await makeTree(dest, {
      unrelated: 'stays',
      'a/old': 'stays too',
      'b/inner': 'dir becomes file',
      c: { link: outside },
    });
    await fsp.mkdir(outside);
    await transfer();
    expect(await describeTree(dest)).toMatchObject({
      unrelated: expect.stringMatching(/^file/),
      'a/old': expect.stringMatching(/^file/),
      'a/file': expect.stringMatching(/^file/),
      b: expect.stringMatching(/^file/),
      c: expect.stringMatching(/^dir/),
    });
    expect(await fsp.readdir(outside)).toEqual([]);
  });

  it('handles many files with interleaved DATA from parallel readers under backpressure', async () => {
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 40; i++) files[`d${i % 5}/f${i}`] = randomBytes(1000 + i * 397);
    await makeTree(src, files);
    const { received } = await transfer({}, { chunkSize: 1024, readers: 4 });
    expect(received.files).toBe(40);
    for (const [rel, content] of Object.entries(files)) {
      expect(Buffer.compare(await fsp.readFile(path.join(dest, rel)), content)).toBe(0);
    }
  });
});

/** The STAT paths of the next `n` packets read from `stream` (raw bytes). */
async function receivedPaths(stream: Duplex, n: number): Promise<string[]> {
  const received = readMessages(stream, (m) => rawCodec.decode(m));
  const paths: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await received.next();
    if (r.done) throw new Error('stream ended');
    paths.push(r.value.stat?.path ?? '');
  }
  return paths;
}

describe('streamChannel sendAll', () => {
  it('queues the packets in order and resolves once the stream can take more; refuses a closed stream', async () => {
    const [a, b] = duplexPair(2);
    const sender = streamChannel(a, rawCodec);
    const stats = ['a', 'b', 'c', 'd', 'e'].map((p): Packet => ({ type: PacketType.STAT, stat: { path: p } }));
    let resolved = false;
    const sent = sender.sendAll(stats).then(() => (resolved = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(resolved).toBe(false); // five packets in a stream that holds two: waiting for the reader
    const paths = await receivedPaths(b, 5);
    await sent;
    expect(paths).toEqual(['a', 'b', 'c', 'd', 'e']);
    a.destroy();
    await expect(sender.sendAll(stats)).rejects.toBeInstanceOf(StreamClosedError);
  });
});

describe('streamChannel sendAll on a call that takes framed batches (grpc/server.ts writeFramed)', () => {
  it('writes a batch as one framed buffer that holds the packets in order; a single packet as before', async () => {
    const [a, b] = duplexPair(64);
    const batches: number[] = [];
    // the call's side of writeFramed, as the peer sees it: the messages the frames hold, one by one
    const framedEnd = Object.assign(a, {
      writeFramed(bytes: Buffer, messages: number) {
        batches.push(messages);
        let ok = true;
        for (const m of new FrameDecoder().push(bytes)) ok = a.write(m) && ok;
        return ok;
      },
    });
    const sender = streamChannel(framedEnd, rawCodec);
    const stats = ['a', 'b', 'ü/c'].map((p): Packet => ({ type: PacketType.STAT, stat: { path: p, mode: 0o644 } }));
    await sender.sendAll(stats);
    await sender.sendAll([{ type: PacketType.STAT, stat: { path: 'd' } }]);
    expect(batches).toEqual([3]);
    expect(await receivedPaths(b, 4)).toEqual(['a', 'b', 'ü/c', 'd']);
    a.destroy();
    await expect(sender.sendAll(stats)).rejects.toBeInstanceOf(StreamClosedError);
  });

  it("waits for 'drain' when the call asks to (writeFramed returns false), and only for it", async () => {
    const [a] = duplexPair(64);
    const framedEnd = Object.assign(a, { writeFramed: () => false });
    let resolved = false;
    const sent = streamChannel(framedEnd, rawCodec)
      .sendAll(['a', 'b'].map((p): Packet => ({ type: PacketType.STAT, stat: { path: p } })))
      .then(() => (resolved = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(resolved).toBe(false);
    a.emit('drain');
    await sent;
    expect(resolved).toBe(true);
  });
});

/** Drives one side of the protocol by hand. */
function manualPeer(channel: PacketChannel) {
  const it = channel.receive();
  return {
    send: (p: Packet) => channel.send(p),
    async next(): Promise<Packet> {
      const r = await it.next();
      if (r.done) throw new Error('stream ended');
      return r.value;
    },
    async rest(): Promise<Packet[]> {
      const out: Packet[] = [];
      for (let r = await it.next(); !r.done; r = await it.next()) out.push(r.value);
      return out;
    },
  };
}

describe('sender protocol', () => {
  async function startSender(opts: WalkOptions = {}) {
    const [a, b] = duplexPair(8);
    const root = await resolveRoot(src);
    const counters = { files: 0, bytes: 0, requested: [] as number[] };
    const done = sendTree(streamChannel(a, rawCodec), root, openTreeWalk(root, opts), {
      onData: (n) => (counters.bytes += n),
      onFileSent: () => counters.files++,
      onRequested: (n) => counters.requested.push(n),
      chunkSize: 4,
    }).finally(() => a.end());
    done.catch(() => {});
    return { peer: manualPeer(streamChannel(b, rawCodec)), done, counters };
  }

  async function readListing(peer: ReturnType<typeof manualPeer>) {
    const stats: Packet[] = [];
    for (;;) {
      const p = await peer.next();
      expect(p.type ?? PacketType.STAT).toBe(PacketType.STAT);
      if (!p.stat) return stats;
      stats.push(p);
    }
  }

  it('lists LISTING_BATCH STATs per turn of the event loop and serves a REQ before the listing ends', async () => {
    const count = 4 * LISTING_BATCH + 10;
    await makeTree(
      src,
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`f${String(i).padStart(5, '0')}`, `${i}`])),
    );
    // a stream that never pushes back: only the sender's own turns can split the listing
    const [a, b] = duplexPair(1_000_000);
    let writes = 0;
    const perTurn: number[] = [];
    let ticking = true;
    const tick = () => {
      if (writes > 0) perTurn.push(writes);
      writes = 0;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const write = a.write.bind(a) as (chunk: unknown) => boolean;
    a.write = ((chunk: unknown) => {
      writes++;
      return write(chunk);
    }) as typeof a.write;
    const root = await resolveRoot(src);
    const done = sendTree(streamChannel(a, rawCodec), root, openTreeWalk(root)).finally(() => a.end());
    done.catch(() => {});
    const peer = manualPeer(streamChannel(b, rawCodec));
    const order: string[] = [];
    try {
      for (let stats = 0; ;) {
        const p = await peer.next();
        if (p.type === PacketType.DATA) {
          order.push(p.data?.length ? `data ${p.data.toString()}` : 'data end');
          continue;
        }
        if (!p.stat) {
          order.push('listed');
          break;
        }
        // ask for the sixth file (ids count from 0) as soon as the tenth STAT is in
        if (++stats === 10) await peer.send({ type: PacketType.REQ, ID: 5 });
      }
      await peer.send({ type: PacketType.FIN });
      expect(await peer.next()).toEqual({ type: PacketType.FIN });
      await done;
    } finally {
      ticking = false;
    }
    expect(order).toEqual(['data 5', 'data end', 'listed']);
    // at least five turns, none writing more than a batch and the two DATA of the file asked for
    expect(perTurn.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...perTurn)).toBeLessThanOrEqual(LISTING_BATCH + 2);
  });

  it('numbers every STAT, serves only requested files, and answers FIN with FIN', async () => {
    await makeTree(src, { 'a/one': '1111111111', 'a/two': 'twotwo', b: { link: 'a' }, c: 'ccc' });
    const { peer, done, counters } = await startSender();
    const listing = await readListing(peer);
    expect(listing.map((p) => p.stat!.path)).toEqual(['a', 'a/one', 'a/two', 'b', 'c']);
    // ids: a=0 a/one=1 a/two=2 b=3 c=4 — request a/one and c only
    await peer.send({ type: PacketType.REQ, ID: 1 });
    await peer.send({ type: PacketType.REQ, ID: 4 });
    const data = new Map<number, Buffer[]>();
    let announcedBeforeData: number[] | undefined;
    let ended = 0;
    while (ended < 2) {
      const p = await peer.next();
      expect(p.type).toBe(PacketType.DATA);
      announcedBeforeData ??= [...counters.requested];
      const id = p.ID ?? 0;
      if (!p.data || p.data.length === 0) ended++;
      else {
        expect(p.data.length).toBeLessThanOrEqual(4);
        data.set(id, [...(data.get(id) ?? []), p.data]);
      }
    }
    expect(Buffer.concat(data.get(1)!).toString()).toBe('1111111111');
    expect(Buffer.concat(data.get(4)!).toString()).toBe('ccc');
    await peer.send({ type: PacketType.FIN });
    expect(await peer.next()).toEqual({ type: PacketType.FIN });
    await done;
    expect(await peer.rest()).toEqual([]);
    expect(counters).toEqual({ files: 2, bytes: 13, requested: [10, 3] });
    // each request is told with the file's listed size as it arrives, before that file's first DATA
    expect(announcedBeforeData?.[0]).toBe(10);
  });

  it('sends an empty file for a file that vanished after its STAT', async () => {
    await makeTree(src, { gone: 'soon gone' });
    const { peer, done } = await startSender();
    await readListing(peer);
    await fsp.unlink(path.join(src, 'gone'));
    await peer.send({ type: PacketType.REQ, ID: 0 });
    expect(await peer.next()).toEqual({ type: PacketType.DATA }); // ID 0, no data
    await peer.send({ type: PacketType.FIN });
    expect((await peer.next()).type).toBe(PacketType.FIN);
    await done;
  });

  it('sends what a file holds when requested: grown (past the small-file read too), shrunk, or replaced by a directory or FIFO', async () => {
    await makeTree(src, { dir: 'x', fifo: 'y', grown: 'abc', huge: 'h', shrunk: '0123456789' });
    const { peer, done } = await startSender();
    const listing = await readListing(peer);
    expect(listing.map((p) => p.stat!.path)).toEqual(['dir', 'fifo', 'grown', 'huge', 'shrunk']);
    await fsp.appendFile(path.join(src, 'grown'), 'defg');
    await fsp.writeFile(path.join(src, 'huge'), Buffer.alloc(100_000, 'h'));
    await fsp.writeFile(path.join(src, 'shrunk'), '01');
    await fsp.unlink(path.join(src, 'dir'));
    await fsp.mkdir(path.join(src, 'dir'));
    await fsp.unlink(path.join(src, 'fifo'));
    execFileSync('mkfifo', [path.join(src, 'fifo')]);
    for (let id = 0; id < 5; id++) await peer.send({ type: PacketType.REQ, ID: id });
    const got = new Map<number, Buffer[]>();
    for (let ended = 0; ended < 5;) {
      const p = await peer.next();
      expect(p.type).toBe(PacketType.DATA);
      const chunks = got.get(p.ID ?? 0) ?? [];
      got.set(p.ID ?? 0, chunks);
      if (!p.data || p.data.length === 0) ended++;
      else chunks.push(p.data);
    }
    const text = (id: number) => Buffer.concat(got.get(id)!).toString();
    expect(text(0)).toBe('');
    expect(text(1)).toBe('');
    expect(text(2)).toBe('abcdefg');
    expect(text(3)).toBe('h'.repeat(100_000));
    expect(text(4)).toBe('01');
    await peer.send({ type: PacketType.FIN });
    expect((await peer.next()).type).toBe(PacketType.FIN);
    await done;
  });

  it('rejects a REQ for a directory, a symlink or an id requested twice', async () => {
    await makeTree(src, { d: { link: 'x' } });
    const { peer, done } = await startSender();
    await readListing(peer);
    await peer.send({ type: PacketType.REQ, ID: 0 });
    await expect(done).rejects.toThrow('invalid file id 0');
  });

  it.each([
    ['a directory', [0], 'invalid file id 0'],
    ['a file requested twice', [2, 2], 'invalid file id 2'],
    ['an id past the listing', [3], 'invalid file id 3'],
    ['the largest id', [0xffffffff], 'invalid file id 4294967295'],
  ])('rejects a REQ for %s', async (_what, ids, message) => {
    await makeTree(src, { 'd/': '', 'e/': '', f: 'y' }); // ids: d=0, e=1, f=2
    const { peer, done } = await startSender();
    await readListing(peer);
    for (const id of ids) await peer.send({ type: PacketType.REQ, ID: id });
    await expect(done).rejects.toThrow(message);
  });

  it('fails on an ERR from the receiver', async () => {
    await makeTree(src, { f: 'x' });
    const { peer, done } = await startSender();
    await readListing(peer);
    await peer.send({ type: PacketType.ERR, data: Buffer.from('disk full') });
    await expect(done).rejects.toThrow('error from receiver: disk full');
  });

  it('fails when the receiver hangs up without FIN', async () => {
    await makeTree(src, { f: 'x' });
    const [a, b] = duplexPair(8);
    const root = await resolveRoot(src);
    const done = sendTree(streamChannel(a, rawCodec), root, openTreeWalk(root));
    b.end();
    await expect(done).rejects.toThrow(/before sending FIN/);
  });
});

describe('receiver protocol and safety', () => {
  function startReceiver() {
    const [a, b] = duplexPair(8);
    const done = receiveTree(streamChannel(b, rawCodec), dest);
    done.catch(() => {});
    return { peer: manualPeer(streamChannel(a, rawCodec)), done, end: () => a.end() };
  }
  const dir = (p: string): Packet => ({ type: PacketType.STAT, stat: { path: p, mode: (GoMode.Dir | 0o755) >>> 0 } });
  const file = (p: string, extra: object = {}): Packet => ({
    type: PacketType.STAT,
    stat: { path: p, mode: 0o644, ...extra },
  });

  it('requests regular files, writes DATA, sends FIN after the last one and accepts the sender FIN', async () => {
    const { peer, done, end } = startReceiver();
    await peer.send(dir('d'));
    await peer.send(file('d/f'));
    await peer.send(file('d/h', { linkname: 'd/f' })); // hardlink: not requested
    await peer.send({
      type: PacketType.STAT,
      stat: { path: 'l', mode: (GoMode.Symlink | 0o777) >>> 0, linkname: 'd/f' },
    });
    await peer.send({ type: PacketType.STAT });
    expect(await peer.next()).toEqual({ type: PacketType.REQ, ID: 1 });
    await peer.send({ type: PacketType.DATA, ID: 1, data: Buffer.from('hello ') });
    await peer.send({ type: PacketType.DATA, ID: 1, data: Buffer.from('world') });
    await peer.send({ type: PacketType.DATA, ID: 1 });
    expect(await peer.next()).toEqual({ type: PacketType.FIN });
    await peer.send({ type: PacketType.FIN });
    end();
    expect(await done).toEqual({ files: 1, bytes: 11, skipped: [] });
    expect(await fsp.readFile(path.join(dest, 'd/h'), 'utf8')).toBe('hello world');
    expect((await fsp.stat(path.join(dest, 'd/h'))).ino).toBe((await fsp.stat(path.join(dest, 'd/f'))).ino);
    expect(await fsp.readlink(path.join(dest, 'l'))).toBe('d/f');
  });

  it.each([
    ['../evil', [file('../evil')], /refusing to write/],
    ['absolute', [file('/etc/evil')], /refusing to write/],
    ['unclean', [dir('a'), file('a/./b')], /refusing to write/],
    ['missing parent', [file('a/b')], /out of order/],
    [
      'symlink as parent',
      [
        { type: PacketType.STAT, stat: { path: 'a', mode: (GoMode.Symlink | 0o777) >>> 0, linkname: '/tmp' } },
        file('a/b'),
      ],
      /out of order/,
    ],
    ['unsorted', [file('b'), file('a')], /out of order/],
    ['duplicate', [file('a'), file('a')], /out of order/],
    ['hardlink to unknown', [file('a', { linkname: '../../etc/passwd' })], /invalid link/],
  ] as [string, Packet[], RegExp][])('rejects %s', async (_name, packets, error) => {
    const { peer, done } = startReceiver();
    for (const p of packets) await peer.send(p);
    await expect(done).rejects.toThrow(error);
    // the receiver tells the sender why it stops
    let reply = await peer.next();
    while (reply.type === PacketType.REQ) reply = await peer.next(); // for files accepted before the bad one
    expect(reply.type).toBe(PacketType.ERR);
    expect(reply.data!.toString()).toMatch(error);
    expect(await fsp.readdir(tmp.dir)).toEqual(expect.not.arrayContaining(['evil']));
  });

  it('fails on ERR from the sender and on a DATA for an id it did not request', async () => {
    let r = startReceiver();
    await r.peer.send({ type: PacketType.ERR, data: Buffer.from('walk failed') });
    await expect(r.done).rejects.toThrow('error from sender: walk failed');
    r = startReceiver();
    await r.peer.send({ type: PacketType.DATA, ID: 3, data: Buffer.from('x') });
    await expect(r.done).rejects.toThrow('invalid file request 3');
  });

  it('OrderValidator accepts fsutil order', () => {
    const v = new OrderValidator();
    for (const [p, d] of [
      ['a', true],
      ['a/b', true],
      ['a/b/c', false],
      ['a/d', false],
      ['a-b', false],
      ['a.txt', false],
      ['b', true],
      ['b/x', false],
    ] as const) {
      v.check(p, d);
    }
    expect(() => v.check('a/zz', false)).toThrow(/out of order/);
  });
});
