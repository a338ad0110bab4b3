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

/**
 * An int64 field value (decimal string) as the low and high 32 bits of its two's complement, which is what the varint
 * writer needs. Sizes fit a double exactly and skip BigInt; mtimes in nanoseconds (~2^60) need it once.
 */
function int64Halves(decimal: string): [lo: number, hi: number] {
  const n = Number(decimal);
  if (Number.isSafeInteger(n) && n >= 0) return [n >>> 0, Math.floor(n / 0x1_0000_0000) >>> 0];
  const v = BigInt.asUintN(64, BigInt(decimal));
  return [Number(v & 0xffff_ffffn), Number(v >> 32n)];
}

function varint64Size(lo: number, hi: number): number {
  if (hi === 0) return varint32Size(lo);
  // bits above the low 28 in 7-bit groups: 4 bytes for the low 28 bits, then the rest of the 64-bit value
  let size = 4;
  let rest = hi * 16 + (lo >>> 28); // value >> 28, exact while it stays below 2^53 (it is at most 2^36)
  while (rest >= 1) {
    size++;
    rest = Math.floor(rest / 128);
  }
  return size;
}

function writeVarint64(buf: Buffer, pos: number, lo: number, hi: number): number {
  while (hi > 0 || lo >= 0x80) {
    buf[pos++] = (lo & 0x7f) | 0x80;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  buf[pos++] = lo;
  return pos;
}

const EMPTY = new Uint8Array(0);

/** The size of a length-delimited field of `length` content bytes, written whatever its length (a sub-message). */
export const lengthDelimitedSize = (length: number): number => 1 + varint32Size(length) + length;
/** The size of a string or bytes field of `length` content bytes (0 when left out: empty). */
const bytesFieldSize = (length: number): number => (length > 0 ? lengthDelimitedSize(length) : 0);

/** The size of a varint field (0 when left out: zero). */
const varintFieldSize = (v: number): number => (v ? 1 + varint32Size(v >>> 0) : 0);

/** The tag and length of a length-delimited field; its content follows. */
export function writeLengthPrefix(buf: Buffer, pos: number, tag: number, length: number): number {
  buf[pos++] = tag;
  return writeVarint32(buf, pos, length);
}

/** A string written straight from the string (no intermediate Uint8Array); `length` is its UTF-8 size. */
function writeString(buf: Buffer, pos: number, tag: number, value: string, length: number): number {
  pos = writeLengthPrefix(buf, pos, tag, length);
  return pos + buf.write(value, pos, length, 'utf8');
}

function writeBytes(buf: Buffer, pos: number, tag: number, bytes: Uint8Array): number {
  pos = writeLengthPrefix(buf, pos, tag, bytes.length);
  buf.set(bytes, pos);
  return pos + bytes.length;
}

/** proto3 leaves empty strings and bytes out. */
function writeStringField(buf: Buffer, pos: number, tag: number, value: string, length: number): number {
  return length === 0 ? pos : writeString(buf, pos, tag, value, length);
}
function writeBytesField(buf: Buffer, pos: number, tag: number, bytes: Uint8Array): number {
  return bytes.length === 0 ? pos : writeBytes(buf, pos, tag, bytes);
}

function writeVarintField(buf: Buffer, pos: number, tag: number, v: number): number {
  if (!v) return pos;
  buf[pos++] = tag;
  return writeVarint32(buf, pos, v >>> 0);
}

/** int64 fields of Stat in field-number order: [tag, field]. */
const INT64_FIELDS = [
  [0x28, 'size'],
  [0x30, 'modTime'],
  [0x40, 'devmajor'],
  [0x48, 'devminor'],
] as const;

/** A Stat measured for encoding: what is costly to compute (UTF-8 lengths, int64 halves) is computed once. */
interface StatLayout {
  size: number;
  pathLength: number;
  linkLength: number;
  /** lo/hi halves of the int64 fields, in INT64_FIELDS order; `present` has bit i set for each one sent. */
  halves: number[];
  present: number;
  xattrs?: Array<[key: string, value: Uint8Array, keyLength: number, entrySize: number]>;
}

function measureStat(stat: Stat): StatLayout {
  const pathLength = stat.path ? Buffer.byteLength(stat.path, 'utf8') : 0;
  const linkLength = stat.linkname ? Buffer.byteLength(stat.linkname, 'utf8') : 0;
  let size = bytesFieldSize(pathLength) + bytesFieldSize(linkLength);
  size += varintFieldSize(stat.mode ?? 0) + varintFieldSize(stat.uid ?? 0) + varintFieldSize(stat.gid ?? 0);
  const halves = [0, 0, 0, 0, 0, 0, 0, 0];
  let present = 0;
  for (let i = 0; i < INT64_FIELDS.length; i++) {
    const decimal = stat[INT64_FIELDS[i]![1]];
    if (decimal === undefined || decimal === '' || decimal === '0') continue; // proto3 zero value: left out
    const [lo, hi] = int64Halves(decimal);
    halves[2 * i] = lo;
    halves[2 * i + 1] = hi;
    present |= 1 << i;
    size += 1 + varint64Size(lo, hi);
  }
  const layout: StatLayout = { size, pathLength, linkLength, halves, present };
  if (stat.xattrs) {
    layout.xattrs = [];
    for (const [key, value] of Object.entries(stat.xattrs)) {
      const keyLength = Buffer.byteLength(key, 'utf8');
      // Map entries carry key and value even when empty, as protobufjs writes them.
      const entrySize = 2 + varint32Size(keyLength) + keyLength + varint32Size(value.length) + value.length;
      layout.xattrs.push([key, value, keyLength, entrySize]);
      layout.size += lengthDelimitedSize(entrySize);
    }
  }
  return layout;
}

/** Writes the Stat's fields in field-number order (linkname, field 7, sits between modTime and devmajor). */
function writeStat(out: Buffer, pos: number, stat: Stat, layout: StatLayout): number {
  pos = writeStringField(out, pos, 0x0a, stat.path, layout.pathLength);
  pos = writeVarintField(out, pos, 0x10, stat.mode ?? 0);
  pos = writeVarintField(out, pos, 0x18, stat.uid ?? 0);
  pos = writeVarintField(out, pos, 0x20, stat.gid ?? 0);
  for (let i = 0; i < INT64_FIELDS.length; i++) {
    if (i === 2) pos = writeStringField(out, pos, 0x3a, stat.linkname ?? '', layout.linkLength);
    if (!(layout.present & (1 << i))) continue;
    out[pos++] = INT64_FIELDS[i]![0];
    pos = writeVarint64(out, pos, layout.halves[2 * i]!, layout.halves[2 * i + 1]!);
  }
  for (const [key, value, keyLength, entrySize] of layout.xattrs ?? []) {
    // map entries carry key and value even when empty
    pos = writeLengthPrefix(out, pos, 0x52, entrySize);
    pos = writeString(out, pos, 0x0a, key, keyLength);
    pos = writeBytes(out, pos, 0x12, value);
  }
  return pos;
}

/** The protobuf encoding of `packet` (what `encodePacket` in proto/fsutil.ts returns, without protobufjs). */
export function encodePacketFast(packet: Packet): Buffer {
  const type = packet.type ?? 0;
  const id = (packet.ID ?? 0) >>> 0;
  const data = packet.data ?? EMPTY;
  const stat = packet.stat ? measureStat(packet.stat) : undefined;
  let size = varintFieldSize(type) + varintFieldSize(id) + bytesFieldSize(data.length);
  // A present stat is written even when empty (protobufjs writes a set sub-message whatever its content).
  if (stat) size += lengthDelimitedSize(stat.size);
  const out = Buffer.allocUnsafe(size);
  let pos = writeVarintField(out, 0, 0x08, type);
  if (stat) pos = writeStat(out, writeLengthPrefix(out, pos, 0x12, stat.size), packet.stat!, stat);
  pos = writeVarintField(out, pos, 0x18, id);
  writeBytesField(out, pos, 0x22, data);
  return out;
}
