import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodePacketFast } from '../../../../src/buildkit/fsutil/wire.js';
import { GoMode } from '../../../../src/buildkit/fsutil/mode.js';
import { PacketType, decodePacket, encodePacket } from '../../../../src/buildkit/proto/fsutil.js';
import type { Packet } from '../../../../src/buildkit/proto/fsutil.pb.js';

/** The hand-written encoder the sender uses must produce exactly protobufjs's bytes. */
describe('encodePacketFast', () => {
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
    [
      'non-ASCII path and symlink',
      { stat: { path: 'é/ü.txt', mode: (GoMode.Symlink | 0o777) >>> 0, linkname: '../ß' } },
    ],
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
  it.each(cases)('%s', (_name, packet) => {
    const fast = encodePacketFast(packet);
    expect(fast.toString('hex')).toBe(encodePacket(packet).toString('hex'));
    expect(decodePacket(fast)).toEqual(decodePacket(encodePacket(packet)));
  });
});
