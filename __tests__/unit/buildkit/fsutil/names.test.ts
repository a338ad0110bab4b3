/**
 * Names that are not UTF-8 travel byte-exact (walker → wire → receiver), hardlinks
 * are sent and received as links, FIFOs/devices/xattrs in a received tree are made or reported by name
 * (unreadable files: unreadable.test.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawCodec, streamChannel } from '../../../../src/buildkit/fsutil/channel.js';
import { GoMode } from '../../../../src/buildkit/fsutil/mode.js';
import {
  compareNames,
  decodeName,
  displayName,
  encodeName,
  fsPath,
  hasEscapes,
  nameByteLength,
} from '../../../../src/buildkit/fsutil/names.js';
import { OrderValidator, receiveTree } from '../../../../src/buildkit/fsutil/receiver.js';
import { sendTree } from '../../../../src/buildkit/fsutil/sender.js';
import { resolveRoot, openTreeWalk } from '../../../../src/buildkit/fsutil/walker.js';
import { decodePacketNames, encodePacketFast } from '../../../../src/buildkit/fsutil/wire.js';
import { decodePacket, encodePacket, PacketType } from '../../../../src/buildkit/proto/fsutil.js';
import type { Packet, Stat } from '../../../../src/buildkit/proto/fsutil.pb.js';
import { duplexPair, tempDir, walkStats } from './helpers.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');
/** `caf\xe9.txt`: Latin-1 é, not UTF-8 */
const CAFE = latin1('caf\xe9.txt');

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** dir/name where name is bytes */
const at = (dir: string, name: Buffer) => Buffer.concat([Buffer.from(dir + '/'), name]);

describe('names as bytes (names.ts)', () => {
  it('round-trips any byte string; valid UTF-8 decodes as usual, other bytes escape to U+DC80..U+DCFF', () => {
    const cases = [
      Buffer.from('plain.txt'),
      Buffer.from('é😀\uFFFD', 'utf8'), // valid UTF-8, a real U+FFFD included
      CAFE,
      latin1('\xff\xfe'),
      Buffer.from([0xed, 0xa0, 0x80]), // an encoded surrogate: not UTF-8
      Buffer.from([0xc0, 0xaf]), // overlong '/'
      Buffer.from([0xf4, 0x90, 0x80, 0x80]), // above U+10FFFF
      Buffer.from([0xf0, 0x9f, 0x98]), // truncated emoji
      Buffer.concat([Buffer.from('😀', 'utf8'), Buffer.from([0x80])]), // an escape right after a surrogate pair
    ];
    for (const bytes of cases) {
      const name = decodeName(bytes);
      expect(encodeName(name).equals(bytes)).toBe(true);
      expect(nameByteLength(name)).toBe(bytes.length);
      expect(hasEscapes(name)).toBe(!bytes.equals(Buffer.from(bytes.toString('utf8'), 'utf8')));
    }
    expect(decodeName(CAFE)).toBe('caf\udce9.txt');
    expect(displayName(decodeName(CAFE))).toBe('caf\\xe9.txt');
    expect(hasEscapes('\u{10080}')).toBe(false); // a pair whose low half is in the escape range
    expect(fsPath('a/b')).toBe('a/b');
    expect(fsPath(decodeName(CAFE))).toEqual(CAFE);
  });

  it('compares by bytes, as Go does', () => {
    const names = [
      latin1('\xe9'),
      Buffer.from('é', 'utf8'),
      Buffer.from('z'),
      latin1('\xff'),
      Buffer.from('😀', 'utf8'),
      latin1('\x80'),
    ];
    const sorted = [...names].sort((a, b) => Buffer.compare(a, b)).map(decodeName);
    expect([...names].map(decodeName).sort(compareNames)).toEqual(sorted);
    const v = new OrderValidator();
    for (const n of sorted) v.check(n, false);
  });

  it('the wire carries the bytes: encoder = protobufjs on the bytes; decodePacketNames gives the escaped string back', () => {
    const stat: Stat = {
      path: `dir/${decodeName(CAFE)}`,
      mode: 0o644,
      linkname: decodeName(latin1('t\xff')),
      size: '5',
    };
    const frame = encodePacketFast({ type: PacketType.STAT, stat });
    // the same message protobufjs writes when given the raw bytes (as bytes fields: same wire type and layout)
    const withBytes = encodePacket({ type: PacketType.STAT, stat: { ...stat, path: 'dir/caf?.txt', linkname: 't?' } });
    expect(frame.length).toBe(withBytes.length);
    expect(frame.includes(at('dir', CAFE))).toBe(true);
    expect(() => decodePacket(frame)).toThrow(); // protobufjs refuses it
    const back = decodePacketNames(frame);
    expect(back.stat!.path).toBe(stat.path);
    expect(back.stat!.linkname).toBe(stat.linkname);
    expect(back.stat!.size).toBe('5');
    // ordinary packets decode exactly as decodePacket does
    const plain: Packet = { type: PacketType.STAT, stat: { path: 'é/x', mode: GoMode.Dir | 0o755 } };
    expect(decodePacketNames(encodePacketFast(plain))).toEqual(decodePacket(encodePacketFast(plain)));
  });
});

describe('walker', () => {
  it('lists names that are not UTF-8 with their bytes, in byte order, and stats them', async () => {
    fs.writeFileSync(at(tmp.dir, CAFE), 'hello');
    fs.mkdirSync(at(tmp.dir, latin1('d\xff')));
    fs.writeFileSync(at(tmp.dir, latin1('d\xff/in')), 'x');
    fs.writeFileSync(at(tmp.dir, latin1('d\xff/\xe9')), 'y');
    fs.writeFileSync(path.join(tmp.dir, 'cafe.txt'), 'plain');
    fs.symlinkSync(CAFE, at(tmp.dir, Buffer.from('link')));
    const stats = await walkStats(tmp.dir);
    expect(stats.map((s) => encodeName(s.path).toString('latin1'))).toEqual([
      'cafe.txt',
      'caf\xe9.txt',
      'd\xff',
      'd\xff/in',
      'd\xff/\xe9',
      'link',
    ]);
    expect(stats[1].size).toBe('5');
    expect(stats.find((s) => s.path === 'link')!.linkname).toBe(decodeName(CAFE));
  });

  it('matches dockerignore patterns against such names (one escaped byte is one character)', async () => {
    fs.writeFileSync(at(tmp.dir, CAFE), 'hello');
    fs.writeFileSync(path.join(tmp.dir, 'keep'), 'k');
    expect((await walkStats(tmp.dir, { excludePatterns: ['caf?.txt'] })).map((s) => s.path)).toEqual(['keep']);
    expect((await walkStats(tmp.dir, { excludePatterns: ['*.txt'] })).map((s) => s.path)).toEqual(['keep']);
    expect((await walkStats(tmp.dir, { excludePatterns: [decodeName(CAFE)] })).map((s) => s.path)).toEqual(['keep']);
  });

  it('sends the second and later paths of an inode as hardlinks to the first one it emits', async () => {
    fs.writeFileSync(path.join(tmp.dir, 'a'), 'same');
    fs.mkdirSync(path.join(tmp.dir, 'sub'));
    fs.linkSync(path.join(tmp.dir, 'a'), path.join(tmp.dir, 'sub/b'));
    fs.linkSync(path.join(tmp.dir, 'a'), path.join(tmp.dir, 'c'));
    fs.writeFileSync(path.join(tmp.dir, 'single'), 'one');
    const stats = await walkStats(tmp.dir);
    expect(stats.map((s) => [s.path, s.linkname ?? '', s.size])).toEqual([
      ['a', '', '4'],
      ['c', 'a', '4'],
      ['single', '', '3'],
      ['sub', '', undefined],
      ['sub/b', 'a', '4'],
    ]);
    // the first path excluded: the first one sent becomes the file (fsutil's hardlink reset)
    const filtered = await walkStats(tmp.dir, { excludePatterns: ['a'] });
    expect(filtered.map((s) => [s.path, s.linkname ?? ''])).toEqual([
      ['c', ''],
      ['single', ''],
      ['sub', ''],
      ['sub/b', 'c'],
    ]);
    // the first path sent inside a hidden directory, listed just before it: the inode is still that path's
    fs.linkSync(path.join(tmp.dir, 'a'), path.join(tmp.dir, 'z'));
    const hidden = await walkStats(tmp.dir, { excludePatterns: ['a', 'c', 'sub', '!sub/b'] });
    expect(hidden.map((s) => [s.path, s.linkname ?? ''])).toEqual([
      ['single', ''],
      ['sub', ''],
      ['sub/b', ''],
      ['z', 'sub/b'],
    ]);
  });
});

/** Sends `src` through the real sender and receiver over protobuf bytes. */
async function transfer(src: string, dest: string, onWarning?: (m: string) => void) {
  const [a, b] = duplexPair(2);
  const root = await resolveRoot(src);
  const [sent, received] = await Promise.allSettled([
    sendTree(streamChannel(a, rawCodec), root, openTreeWalk(root)).then(() => a.end()),
    receiveTree(streamChannel(b, rawCodec), dest, { onWarning }),
  ]);
  if (sent.status === 'rejected') {
    b.destroy();
    throw sent.reason;
  }
  if (received.status === 'rejected') throw received.reason;
  return received.value;
}

describe('sender ↔ receiver', () => {
  it('a tree with names that are not UTF-8 and hardlinks arrives byte-exact, the links as links', async () => {
    const src = path.join(tmp.dir, 'src');
    const dest = path.join(tmp.dir, 'dest');
    fs.mkdirSync(at(src, latin1('d\xff')), { recursive: true });
    fs.writeFileSync(at(src, CAFE), 'hello');
    fs.writeFileSync(at(src, latin1('d\xff/\xe9')), 'in a dir that is not UTF-8');
    fs.symlinkSync(latin1('../caf\xe9.txt'), at(src, latin1('d\xff/link')));
    fs.linkSync(at(src, CAFE), at(src, latin1('d\xff/hard\xe9')));
    const result = await transfer(src, dest);
    expect(result.files).toBe(2);
    expect(fs.readFileSync(at(dest, CAFE), 'utf8')).toBe('hello');
    expect(fs.readFileSync(at(dest, latin1('d\xff/\xe9')), 'utf8')).toBe('in a dir that is not UTF-8');
    expect(fs.readlinkSync(at(dest, latin1('d\xff/link')), { encoding: 'buffer' })).toEqual(latin1('../caf\xe9.txt'));
    expect(fs.statSync(at(dest, latin1('d\xff/hard\xe9'))).ino).toBe(fs.statSync(at(dest, CAFE)).ino);
    expect(
      fs
        .readdirSync(dest, { encoding: 'buffer' })
        .map((n) => n.toString('latin1'))
        .sort(),
    ).toEqual(['caf\xe9.txt', 'd\xff']);
  });

  it('makes FIFOs (mkfifo); a device node it may not make is reported by name; xattrs are reported once', async () => {
    const dest = path.join(tmp.dir, 'dest');
    const [a, b] = duplexPair(8);
    const sender = streamChannel(a, rawCodec);
    const warnings: string[] = [];
    const done = receiveTree(streamChannel(b, rawCodec), dest, { onWarning: (m) => warnings.push(m) });
    const stats: Stat[] = [
      { path: 'dev', mode: (GoMode.Dir | 0o755) >>> 0 },
      { path: 'dev/null', mode: GoMode.Device | GoMode.CharDevice | 0o666, devmajor: '1', devminor: '3' },
      { path: decodeName(latin1('fifo\xe9')), mode: GoMode.NamedPipe | 0o640, xattrs: { 'user.a': Buffer.from('1') } },
    ];
    for (const stat of stats) await sender.send({ type: PacketType.STAT, stat });
    await sender.send({ type: PacketType.STAT });
    const received: Packet[] = [];
    for await (const p of sender.receive()) {
      received.push(p);
      if (p.type === PacketType.FIN) break;
    }
    await sender.send({ type: PacketType.FIN });
    a.end();
    const result = await done;
    const fifo = fs.lstatSync(at(dest, latin1('fifo\xe9')));
    expect(fifo.isFIFO()).toBe(true);
    expect(fifo.mode & 0o777).toBe(0o640);
    const dev = fs.lstatSync(path.join(dest, 'dev/null'), { throwIfNoEntry: false });
    if (dev) {
      // root (CAP_MKNOD): made as fsutil makes it
      expect(dev.isCharacterDevice()).toBe(true);
      expect(dev.rdev).toBe(fs.statSync('/dev/null').rdev);
    } else {
      expect(result.skipped).toEqual(['dev/null']);
      expect(warnings).toContainEqual(expect.stringMatching(/^dev\/null: a character device \(1, 3\) not created: /));
    }
    expect(result.xattrsDropped).toEqual([decodeName(latin1('fifo\xe9'))]);
    expect(warnings).toContain('extended attributes not written (Node has no xattr call): 1 entry had them: fifo\\xe9');
  });
});
