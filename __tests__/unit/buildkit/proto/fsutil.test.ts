/** fsutil's packets on the wire: field numbers, int64 values, xattrs, and a STAT as the Go side encodes it. */
import { describe, expect, it } from 'vitest';
import { GoMode } from '../../../../src/buildkit/fsutil/mode.js';
import { PacketType, decodePacket, encodePacket } from '../../../../src/buildkit/proto/fsutil.js';

describe('fsutil.types.Packet wire format', () => {
  it('encodes REQ/DATA/FIN with the fsutil field numbers', () => {
    expect(encodePacket({ type: PacketType.REQ, ID: 5 }).toString('hex')).toBe('08011805');
    expect(encodePacket({ type: PacketType.DATA, ID: 300, data: Buffer.from('hi') }).toString('hex')).toBe(
      '0802' + '18ac02' + '22026869',
    );
    expect(encodePacket({ type: PacketType.FIN }).toString('hex')).toBe('0803');
    // the end-of-listing STAT and the end-of-file DATA for id 0 are (almost) empty messages
    expect(encodePacket({ type: PacketType.STAT }).length).toBe(0);
    expect(decodePacket(Buffer.alloc(0))).toEqual({});
    expect(decodePacket(Buffer.from('0802', 'hex'))).toEqual({ type: PacketType.DATA });
  });

  it('round-trips a STAT with int64 nanoseconds, the top mode bit and xattrs', () => {
    const stat = {
      path: 'dir/file',
      mode: (GoMode.Dir | 0o755) >>> 0,
      uid: 1000,
      gid: 1000,
      size: '9007199254740993', // > 2^53
      modTime: '1700000000123456789',
      linkname: 'target',
      devmajor: '8',
      devminor: '1',
      xattrs: { 'user.k': Buffer.from([0, 1, 2]) },
    };
    const bytes = encodePacket({ type: PacketType.STAT, stat });
    // field 2 (stat), then Stat field 1 (path)
    expect(bytes.subarray(0, 1).toString('hex')).toBe('12');
    expect(decodePacket(bytes)).toEqual({ stat });
  });

  it('decodes a STAT as Go encodes it', () => {
    // Packet{Type: PACKET_STAT, Stat: &Stat{Path: "a", Mode: 0x800001ed, ModTime: 1700000000123456789,
    // Xattrs: {"user.k": {1}}}}.MarshalVT() from tonistiigi/fsutil/types
    const go = Buffer.from('12200a016110ed8380800830959a97ece39fe7cb17520b0a06757365722e6b120101', 'hex');
    const stat = {
      path: 'a',
      mode: 0x800001ed,
      modTime: '1700000000123456789',
      xattrs: { 'user.k': Buffer.from([1]) },
    };
    expect(decodePacket(go)).toEqual({ stat });
    expect(encodePacket({ stat }).toString('hex')).toBe(go.toString('hex'));
  });
});
