import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../support/seeded-random.js';
import {
  DATA_HEADER_ROOM,
  dataPacketInPlace,
  int64HalvesInto,
  decodePacketFast,
  decodePacketGeneral,
  decodePacketNames,
  decodeSlicedPacket,
  encodePacketFast,
  encodePacketsFramed,
} from '../../../../src/buildkit/fsutil/wire.js';
import { FrameDecoder } from '../../../../src/buildkit/grpc/framing.js';
import { decodeName } from '../../../../src/buildkit/fsutil/names.js';
import { GoMode } from '../../../../src/buildkit/fsutil/mode.js';
import { PacketType, decodePacket, encodePacket } from '../../../../src/buildkit/proto/fsutil.js';
import type { Packet } from '../../../../src/buildkit/proto/fsutil.pb.js';

const cases: Array<[string, Packet]> = [
  ['empty', {}],
  ['end of listing', { type: PacketType.STAT }],
  ['REQ', { type: PacketType.REQ, ID: 5 }],
  ['REQ with the largest id', { type: PacketType.REQ, ID: 0xffffffff }],
  ['DATA', { type: PacketType.DATA, ID: 300, data: Buffer.from('hi') }],
  ['end of file (empty DATA)', { type: PacketType.DATA, ID: 7 }],
  ['end of file with an empty buffer', { type: PacketType.DATA, ID: 7, data: Buffer.alloc(0) }],
  ['large DATA', { type: PacketType.DATA, ID: 1, data: randomBytes(300_000) }],
  ['FIN', { type: PacketType.FIN }],
  ['ERR', { type: PacketType.ERR, data: Buffer.from('boom') }],
  ['empty STAT', { stat: { path: '' } }],
  ['file', { stat: { path: 'dir/file.txt', mode: 0o644, size: '1024', modTime: '1700000000123456789' } }],
  ['directory with the top mode bit', { stat: { path: 'dir', mode: (GoMode.Dir | 0o755) >>> 0, modTime: '1' } }],
  // int64 varints across the 32-bit boundary and at the largest exact double, where the encoder switches paths
  ...[
    '127',
    '128',
    '268435455',
    '268435456',
    '4294967295',
    '4294967296',
    '34359738367',
    '34359738368',
    '9007199254740991',
    '9223372036854775807',
    '-1',
  ].map((size): [string, Packet] => [`size ${size}`, { stat: { path: 'f', size, devminor: size } }]),
  ['non-ASCII path and symlink', { stat: { path: 'é/ü.txt', mode: (GoMode.Symlink | 0o777) >>> 0, linkname: '../ß' } }],
  [
    'everything',
    {
      stat: {
        path: 'dev/x',
        mode: (GoMode.Device | GoMode.CharDevice | 0o666) >>> 0,
        uid: 1000,
        gid: 65534,
        size: '9007199254740993',
        modTime: '-5',
        devmajor: '8',
        devminor: '300',
        xattrs: { 'user.a': Buffer.from([0, 1, 2]), 'user.empty': Buffer.alloc(0) },
      },
    },
  ],
];

/** The hand-written encoder the sender uses must produce exactly protobufjs's bytes. */
describe('encodePacketFast', () => {
  it.each(cases)('%s', (_name, packet) => {
    const fast = encodePacketFast(packet);
    expect(fast.toString('hex')).toBe(encodePacket(packet).toString('hex'));
    expect(decodePacket(fast)).toEqual(decodePacket(encodePacket(packet)));
  });
});

describe('encodePacketFast, one packet after another', () => {
  it('writes each STAT from its own fields alone, whatever the one before it had', () => {
    const rnd = seededRandom(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const int64s = ['', '0', '1', '127', '4294967296', '9007199254740993', '1700000000123456789', '-1', 42, 2 ** 40];
    const names = ['f', 'dir/ü.txt', decodeName(Buffer.from([0x63, 0x61, 0x66, 0xe9])), ''];
    const packets: Packet[] = [...cases.map(([, p]) => p), ...cases.map(([, p]) => p).reverse()];
    for (let i = 0; i < 2_000; i++) {
      const stat: NonNullable<Packet['stat']> = { path: pick(names), mode: pick([0, 0o644, GoMode.Dir | 0o755]) >>> 0 };
      if (rnd() < 0.5) stat.size = pick(int64s);
      if (rnd() < 0.8) stat.modTime = pick(int64s);
      if (rnd() < 0.2) stat.linkname = pick(names);
      if (rnd() < 0.1) stat.devmajor = pick(int64s);
      if (rnd() < 0.1) stat.xattrs = { 'user.k': Buffer.from([Math.floor(rnd() * 256)]) };
      packets.push(
        rnd() < 0.9 ? { type: PacketType.STAT, stat } : { type: PacketType.DATA, ID: i, data: Buffer.of(i) },
      );
    }
    const escaped = decodeName(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    for (const packet of packets) {
      const fast = encodePacketFast(packet);
      const { path: p, linkname } = packet.stat ?? {};
      if (p === escaped || linkname === escaped) {
        // written as the bytes the escapes stand for, where protobufjs would write U+FFFD: read back as they were
        const back = decodePacketNames(fast).stat!;
        expect([back.path ?? '', back.linkname ?? '']).toEqual([p ?? '', linkname ?? '']);
      } else expect(fast.toString('hex'), JSON.stringify(packet)).toBe(encodePacket(packet).toString('hex'));
    }
  });
});

describe('encodePacketsFramed', () => {
  it("is encodePacketFast's bytes, each packet behind its gRPC frame prefix, in one buffer", () => {
    const rnd = seededRandom(12);
    // every case, then a batch of long paths that outgrows the first allocation (~96 bytes a packet) several times
    const long = Array.from({ length: 300 }, (_, i): Packet => ({
      type: PacketType.STAT,
      stat: { path: `${'d/'.repeat(Math.floor(rnd() * 200))}f${i}`, mode: 0o644, modTime: '1700000000123456789' },
    }));
    // one packet more than twice the first allocation, alone and after small ones
    const huge: Packet = { type: PacketType.STAT, stat: { path: 'p'.repeat(1024), mode: 0o644 } };
    const batches = [cases.map(([, p]) => p), long, long.slice(0, 1), [huge], [...long.slice(0, 3), huge], []];
    for (const packets of batches) {
      const framed = encodePacketsFramed(packets);
      const messages = new FrameDecoder().push(framed);
      expect(messages.map((m) => m.toString('hex'))).toEqual(packets.map((p) => encodePacketFast(p).toString('hex')));
      expect(framed.length).toBe(packets.reduce((n, p) => n + 5 + encodePacketFast(p).length, 0));
    }
  });
});

/** What decodePacketNames gives for `bytes` must be what the general (protobufjs) decoder gives, or its error. */
function expectSameAsGeneral(bytes: Uint8Array): void {
  let general: Packet | Error;
  try {
    general = decodePacketGeneral(bytes);
  } catch (err) {
    general = err as Error;
  }
  const fast = decodePacketFast(bytes);
  if (general instanceof Error) {
    expect(fast).toBeUndefined();
    expect(() => decodePacketNames(bytes)).toThrow(general.constructor);
  } else {
    if (fast !== undefined) expect(fast).toStrictEqual(general);
    expect(decodePacketNames(bytes)).toStrictEqual(general);
  }
}

/** The receiver's one-pass decoder must give what protobufjs (and the names' bytes) give, or leave the bytes to it. */
describe('decodePacketFast', () => {
  it.each(cases)('%s', (_name, packet) => {
    const bytes = encodePacketFast(packet);
    expectSameAsGeneral(bytes);
    // everything but xattrs is its own to read
    if (!packet.stat?.xattrs) expect(decodePacketFast(bytes)).toBeDefined();
  });

  it('reads data as a view of the bytes, not a copy', () => {
    const bytes = encodePacketFast({ type: PacketType.DATA, ID: 9, data: Buffer.from('payload') });
    const data = decodePacketFast(bytes)!.data!;
    expect(data.buffer).toBe(bytes.buffer);
    expect(Buffer.from(data).toString()).toBe('payload');
  });

  it('reads names that are not UTF-8 with their bytes escaped, as the general decoder does', () => {
    const path = decodeName(Buffer.from('dir/caf\xe9', 'latin1'));
    const linkname = decodeName(Buffer.from('t\xff', 'latin1'));
    const bytes = encodePacketFast({ stat: { path, linkname, mode: 0o120777, size: '2' } });
    expect(decodePacketFast(bytes)).toStrictEqual({ stat: { xattrs: {}, path, linkname, mode: 0o120777, size: '2' } });
    expectSameAsGeneral(bytes);
  });

  it('leaves to the general decoder what Go does not send or what it does not read', () => {
    const hex = (h: string) => Buffer.from(h.replace(/ /g, ''), 'hex');
    for (const bytes of [
      encodePacketFast({ stat: { path: 'f', xattrs: { 'user.a': Buffer.from([1]) } } }), // xattrs
      hex('08 02 08 02'), // a field twice
      hex('12 02 0a 00 12 00'), // stat twice
      hex('28 01'), // an unknown Packet field
      hex('12 02 58 01'), // an unknown Stat field
      hex('18 ff ff ff ff 1f'), // an ID varint beyond 32 bits
      hex('08 ff ff ff ff ff ff ff ff ff 01'), // a negative enum (10 bytes)
      hex('1d 01 00 00 00'), // ID with a fixed32 wire type
      hex('22 05 01 02'), // data past the end
      hex('12 03 28 80 80'), // an int64 cut short
    ]) {
      expect(decodePacketFast(bytes)).toBeUndefined();
      expectSameAsGeneral(bytes);
    }
  });

  it('agrees with the general decoder on random packets and on their bytes changed or cut', () => {
    const rnd = seededRandom(42);
    const int = (n: number) => Math.floor(rnd() * n);
    const int64 = () =>
      [
        '0',
        '1',
        '-1',
        '4294967296',
        '9007199254740993',
        '-9223372036854775808',
        '9223372036854775807',
        String(int(2 ** 31)),
        `1${String(int(1e9)).padStart(9, '0')}${String(int(1e9)).padStart(9, '0')}`,
      ][int(9)];
    const name = () =>
      ['', 'a', 'dir/file.txt', 'é/ü', decodeName(Buffer.from([0x66, 0xff, 0x2f, 0xc3])), 'x'.repeat(int(300))][int(6)];
    let fastRead = 0;
    for (let i = 0; i < 3000; i++) {
      const packet: Packet = {};
      if (rnd() < 0.7) packet.type = int(5) as Packet['type'];
      if (rnd() < 0.5) packet.ID = rnd() < 0.2 ? 0xffffffff : int(1000);
      if (rnd() < 0.4) packet.data = Buffer.from(Array.from({ length: int(70) }, () => int(256)));
      if (rnd() < 0.5) {
        packet.stat = { path: name(), mode: rnd() < 0.3 ? (GoMode.Dir | 0o755) >>> 0 : int(0o7777) };
        if (rnd() < 0.5) packet.stat.linkname = name();
        if (rnd() < 0.5) packet.stat.uid = int(70000);
        if (rnd() < 0.5) packet.stat.gid = int(70000);
        if (rnd() < 0.7) packet.stat.size = int64();
        if (rnd() < 0.7) packet.stat.modTime = int64();
        if (rnd() < 0.2) packet.stat.devmajor = int64();
        if (rnd() < 0.2) packet.stat.devminor = int64();
      }
      const bytes = encodePacketFast(packet);
      expectSameAsGeneral(bytes);
      if (decodePacketFast(bytes)) fastRead++;
      // the same bytes with one byte changed, or cut short
      const changed = Buffer.from(bytes);
      if (changed.length) changed[int(changed.length)] = int(256);
      expectSameAsGeneral(changed);
      expectSameAsGeneral(bytes.subarray(0, int(bytes.length + 1)));
    }
    expect(fastRead).toBe(3000); // every packet the encoder writes (no xattrs here) is read in one pass
  });
});

describe('decodeSlicedPacket', () => {
  const slicesOf = (bytes: Buffer, cuts: number[]) =>
    [0, ...cuts, bytes.length].slice(1).map((end, i, ends) => Buffer.from(bytes.subarray(i ? ends[i - 1] : 0, end)));

  it('keeps file data that runs past the first slice as the slices it came in', () => {
    const data = randomBytes(32 * 1024);
    const bytes = encodePacketFast({ type: PacketType.DATA, ID: 77, data });
    // the header is 8 bytes: a cut at 8 leaves the first slice nothing of the data
    for (const cuts of [[16_384], [100, 16_384], [16_384, 32_000], [8], [bytes.length - 1]]) {
      const slices = slicesOf(bytes, cuts);
      const packet = decodeSlicedPacket(slices);
      expect(packet.type).toBe(PacketType.DATA);
      expect(packet.ID).toBe(77);
      expect(packet.data).toBeUndefined();
      expect(Buffer.concat(packet.dataSlices!).equals(data)).toBe(true);
      // views of the slices, not copies
      for (const s of packet.dataSlices!) expect(slices.some((x) => x.buffer === s.buffer)).toBe(true);
    }
  });

  it('decodes anything else joined, as decodePacketNames does', () => {
    const hex = (h: string) => Buffer.from(h.replace(/ /g, ''), 'hex');
    const data = Buffer.alloc(40_000, 9);
    for (const [bytes, cuts] of [
      [encodePacketFast({ type: PacketType.DATA, ID: 3, data }), [6]], // cut inside the header
      [encodePacketFast({ type: PacketType.DATA, ID: 3, data }), [1]],
      [encodePacketFast({ stat: { path: 'x'.repeat(20_000), size: '5' } }), [16_384]], // a STAT
      [Buffer.concat([encodePacketFast({ type: PacketType.DATA, ID: 3, data }), hex('08 02')]), [16_384]], // after data
      [Buffer.concat([hex('22 05 01 02 03 04 05'), encodePacketFast({ type: PacketType.DATA, ID: 3 })]), [3]],
      [encodePacketFast({ type: PacketType.ERR, data: Buffer.from('boom') }), [3]],
      [encodePacketFast({ type: PacketType.ERR, data: Buffer.alloc(20_000, 0x61) }), [16_384]], // an ERR's message
      [encodePacketFast({ ID: 3, data }), [16_384]], // no type: not file data
    ] as Array<[Buffer, number[]]>) {
      const packet = decodeSlicedPacket(slicesOf(bytes, cuts));
      expect(packet.dataSlices).toBeUndefined();
      expect(packet).toStrictEqual(decodePacketNames(bytes));
    }
  });
});

/** int64HalvesInto's two halves as a pair. */
function int64Halves(decimal: string | number): [number, number] {
  const out = new Uint32Array(2);
  int64HalvesInto(decimal, out, 0);
  return [out[0], out[1]];
}

describe('int64HalvesInto', () => {
  /** The low and high 32 bits of the value's 64-bit two's complement, by BigInt. */
  const reference = (decimal: string): [number, number] => {
    const v = BigInt.asUintN(64, BigInt(decimal));
    return [Number(v & 0xffff_ffffn), Number(v >> 32n)];
  };

  it('gives the two halves BigInt gives, around every boundary where it changes how it computes them', () => {
    const boundaries = [
      '0',
      '1',
      '4294967295',
      '4294967296',
      '9007199254740991', // 2^53 - 1: the last exact double
      '9007199254740992',
      '9007199254740993',
      '999999999999999', // 15 digits
      '1000000000000000', // 16 digits
      '9999999999999999',
      '1000000000000000000', // 19 digits
      '1700000000123456789', // an mtime in nanoseconds
      '9223372036854775807', // 2^63 - 1
      '9223372036854775808', // 2^63: wraps like Go's int64
      '9999999999999999999', // the largest 19 digits
      '18446744073709551615', // 2^64 - 1 (20 digits: BigInt)
      '-1',
      '-1700000000123456789',
      '0000000000000000012', // leading zeros
      '0009007199254740993',
    ];
    for (const d of boundaries) expect(int64Halves(d), d).toEqual(reference(d));
  });

  it('gives the two halves BigInt gives for random decimals of 16 to 19 digits', () => {
    const rnd = seededRandom(7);
    for (let i = 0; i < 20_000; i++) {
      const length = 16 + Math.floor(rnd() * 4);
      let d = String(1 + Math.floor(rnd() * 9));
      while (d.length < length) d += String(Math.floor(rnd() * 10));
      expect(int64Halves(d), d).toEqual(reference(d));
    }
  });

  it('takes numbers and strings Number() would read differently from BigInt through BigInt', () => {
    expect(int64Halves(42)).toEqual([42, 0]);
    expect(int64Halves(2 ** 40)).toEqual([0, 256]);
    expect(() => int64Halves(' 1234567890123456789')).not.toThrow(); // BigInt trims spaces, as before
    expect(int64Halves(' 1234567890123456789')).toEqual(reference('1234567890123456789'));
    expect(() => int64Halves('1e20')).toThrow(SyntaxError);
    // short strings that are not all digits leave the digit-by-digit path and are read by Number(), as they always were
    for (const [d, halves] of [
      ['', [0, 0]],
      ['+5', [5, 0]],
      [' 42', [42, 0]],
      ['0x10', [16, 0]],
      ['1e5', [100_000, 0]],
      ['-0', [0, 0]],
      ['-1', [0xffffffff, 0xffffffff]],
    ] as const) {
      expect(int64Halves(d), JSON.stringify(d)).toEqual(halves);
    }
  });
});

describe('dataPacketInPlace', () => {
  it('writes the bytes encodePacketFast writes for the same DATA packet, in front of data it does not copy', () => {
    for (const id of [0, 1, 127, 128, 300, 2 ** 21, 0xffffffff]) {
      for (const length of [0, 1, 127, 128, 16_383, 16_384, 256 * 1024]) {
        const data = randomBytes(length);
        const buf = Buffer.alloc(DATA_HEADER_ROOM + length + 5, 0xee);
        data.copy(buf, DATA_HEADER_ROOM);
        const packet = dataPacketInPlace(buf, DATA_HEADER_ROOM, DATA_HEADER_ROOM + length, id);
        expect(packet.equals(encodePacketFast({ type: PacketType.DATA, ID: id, data })), `id ${id}, ${length} B`).toBe(
          true,
        );
        expect(packet.buffer).toBe(buf.buffer); // a view of the caller's buffer: the data stayed where it was read
        expect(buf.subarray(DATA_HEADER_ROOM + length).every((b) => b === 0xee)).toBe(true);
      }
    }
  });

  it('refuses a header that would not fit before the data', () => {
    const buf = Buffer.alloc(100);
    expect(() => dataPacketInPlace(buf, 3, 50, 0xffffffff)).toThrow(RangeError);
    expect(() => dataPacketInPlace(buf, DATA_HEADER_ROOM, 101, 1)).toThrow(RangeError);
  });
});
