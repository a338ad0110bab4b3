/**
 * A hand-written encoder for `fsutil.types.Packet`, byte-for-byte what protobufjs produces from the same Packet
 * (fields in number order, zero values left out, int64 fields given as decimal strings).
 *
 * The sender puts one Packet on the wire per STAT and per DATA chunk — tens of thousands for a large context —
 * and going through protobufjs (fromObject, a Writer, then a copy) costs several times what writing the few
 * header bytes straight into the output buffer does. Decoding stays with protobufjs: the sender only decodes
 * the receiver's small REQ/FIN packets.
 */
import type { Packet, Stat } from '../proto/fsutil.js';

const textEncoder = new TextEncoder();

/** Bytes of a varint for an unsigned 32-bit value. */
function varint32Size(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

function writeVarint32(buf: Buffer, pos: number, v: number): number {
  while (v >= 0x80) {
    buf[pos++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  buf[pos++] = v;
  return pos;
}

/** int64 as protobuf encodes it: two's complement, so a negative value takes 10 bytes. */
function int64Bytes(decimal: string): number[] {
  let v = BigInt.asUintN(64, BigInt(decimal));
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

/** A field of a message being assembled: its tag byte and either raw bytes or a varint. */
type Part = { tag: number; bytes: Uint8Array } | { tag: number; varint: number } | { tag: number; varint64: number[] };

function partSize(p: Part): number {
  if ('bytes' in p) return 1 + varint32Size(p.bytes.length) + p.bytes.length;
  if ('varint' in p) return 1 + varint32Size(p.varint);
  return 1 + p.varint64.length;
}

function writeParts(buf: Buffer, pos: number, parts: Part[]): number {
  for (const p of parts) {
    buf[pos++] = p.tag;
    if ('bytes' in p) {
      pos = writeVarint32(buf, pos, p.bytes.length);
      buf.set(p.bytes, pos);
      pos += p.bytes.length;
    } else if ('varint' in p) {
      pos = writeVarint32(buf, pos, p.varint);
    } else {
      for (const b of p.varint64) buf[pos++] = b;
    }
  }
  return pos;
}

function int64Part(tag: number, decimal: string | undefined, parts: Part[]): void {
  if (decimal === undefined || decimal === '' || decimal === '0') return;
  parts.push({ tag, varint64: int64Bytes(decimal) });
}

function encodeStat(stat: Stat): Buffer {
  const parts: Part[] = [];
  if (stat.path) parts.push({ tag: 0x0a, bytes: textEncoder.encode(stat.path) });
  if (stat.mode) parts.push({ tag: 0x10, varint: stat.mode >>> 0 });
  if (stat.uid) parts.push({ tag: 0x18, varint: stat.uid >>> 0 });
  if (stat.gid) parts.push({ tag: 0x20, varint: stat.gid >>> 0 });
  int64Part(0x28, stat.size, parts);
  int64Part(0x30, stat.modTime, parts);
  if (stat.linkname) parts.push({ tag: 0x3a, bytes: textEncoder.encode(stat.linkname) });
  int64Part(0x40, stat.devmajor, parts);
  int64Part(0x48, stat.devminor, parts);
  for (const [key, value] of Object.entries(stat.xattrs ?? {})) {
    const entry: Part[] = [{ tag: 0x0a, bytes: textEncoder.encode(key) }, { tag: 0x12, bytes: value }];
    const body = Buffer.allocUnsafe(entry.reduce((n, p) => n + partSize(p), 0));
    writeParts(body, 0, entry);
    parts.push({ tag: 0x52, bytes: body });
  }
  const out = Buffer.allocUnsafe(parts.reduce((n, p) => n + partSize(p), 0));
  writeParts(out, 0, parts);
  return out;
}

/** The protobuf encoding of `packet` (what `encodePacket` in proto/fsutil.ts returns, without protobufjs). */
export function encodePacketFast(packet: Packet): Buffer {
  const parts: Part[] = [];
  if (packet.type) parts.push({ tag: 0x08, varint: packet.type });
  if (packet.stat) parts.push({ tag: 0x12, bytes: encodeStat(packet.stat) });
  if (packet.ID) parts.push({ tag: 0x18, varint: packet.ID >>> 0 });
  if (packet.data && packet.data.length > 0) parts.push({ tag: 0x22, bytes: packet.data });
  const out = Buffer.allocUnsafe(parts.reduce((n, p) => n + partSize(p), 0));
  writeParts(out, 0, parts);
  return out;
}
