/**
 * A hand-written encoder for `fsutil.types.Packet`, byte-for-byte what protobufjs produces from the same Packet
 * (fields in number order, zero values left out, int64 fields given as decimal strings), and a hand-written decoder
 * for the packets a transfer carries, giving what protobufjs' decoder gives (anything unusual is left to it).
 *
 * The sender puts one Packet on the wire per STAT and per DATA chunk — tens of thousands for a large context —
 * and going through protobufjs (fromObject, a Writer, then a copy) costs several times what writing the few
 * header bytes straight into the output buffer does. The receiver of an export decodes as many (decodePacketFast).
 *
 * `Stat.path` and `Stat.linkname` are declared `string` but carry a file name's bytes, UTF-8 or not (Go strings are
 * bytes, and the Go side neither checks nor converts). A name with escaped bytes (names.ts) is written as the bytes it
 * stands for; `decodePacketNames` reads them back that way, where protobufjs would decode them lossily.
 */
import { isUtf8 } from 'node:buffer';
import { FRAME_PREFIX, writeFramePrefix } from '../grpc/framing.js';
import { decodePacket, PacketType } from '../proto/fsutil.js';
import { longToDecimal } from '../proto/registry.js';
import type { Packet, Packet_PacketType, Stat } from '../proto/fsutil.pb.js';
import type { Int64 } from '../proto/types.js';
import { decodeName, encodeName, hasEscapes } from './names.js';

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
 * An int64 field value (a decimal string, or a number) as the low and high 32 bits of its two's complement, which is
 * what the varint writer needs, written into `out` (low half at `at`, high half after it) rather than returned: the
 * encoder calls it for every STAT's size and mtime, and the pairs, the slices of the string and a layout object per
 * Stat (StatLayout) were ~0.75 KB of garbage per STAT (docs/benchmarks.md, "Fortieth round"). A string of at most 19
 * digits (every size, and every mtime in nanoseconds, ~2^60) is read digit by digit into two exact parts
 * (decimalHalvesInto); anything else (numbers, negative values, more than 19 digits, signs, spaces) is read by
 * Number(), then BigInt, as it always was.
 */
export function int64HalvesInto(decimal: Int64, out: Uint32Array, at: number): void {
  if (typeof decimal === 'string' && decimal.length <= 19) {
    // all but the last 9 digits (< 10^10) and the last 9 (< 10^9): each exact in a double
    const cut = decimal.length - 9;
    let high = 0;
    let low = 0;
    let i = 0;
    for (; i < decimal.length; i++) {
      const digit = decimal.charCodeAt(i) - 0x30;
      if (digit < 0 || digit > 9) break;
      if (i < cut) high = high * 10 + digit;
      else low = low * 10 + digit;
    }
    if (i === decimal.length) {
      decimalHalvesInto(high, low, out, at);
      return;
    }
  }
  const n = Number(decimal);
  if (Number.isSafeInteger(n) && n >= 0) {
    out[at] = n >>> 0;
    out[at + 1] = Math.floor(n / 0x1_0000_0000) >>> 0;
    return;
  }
  const v = BigInt.asUintN(64, BigInt(decimal));
  out[at] = Number(v & 0xffff_ffffn);
  out[at + 1] = Number(v >> 32n);
}

/**
 * The halves of high * 10^9 + low (high < 10^10, low < 10^9: at most 19 digits, below 2^64) in doubles, each step
 * exact: high (< 2^34) = a * 2^16 + b, so the value is u * 2^16 + t with u = a * 10^9 (< 2^48) and t = b * 10^9 + low
 * (< 2^47). BigInt's parse and shifts cost ~0.3 µs per STAT, 6-7 ms of the main thread for a 20,000-file context
 * (docs/benchmarks.md, "Twenty-ninth round").
 */
function decimalHalvesInto(high: number, low: number, out: Uint32Array, at: number): void {
  const b = high % 0x1_0000;
  const u = ((high - b) / 0x1_0000) * 1e9;
  const t = b * 1e9 + low;
  const x = (u % 0x1_0000) * 0x1_0000 + t;
  const lo = x % 0x1_0000_0000;
  out[at] = lo;
  out[at + 1] = Math.floor(u / 0x1_0000) + (x - lo) / 0x1_0000_0000;
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

/**
 * A string written straight from the string (no intermediate Uint8Array); `length` is its UTF-8 size. An ASCII string
 * (as many bytes as UTF-16 units: any other unit takes two bytes or more) is copied unit by unit: Buffer#write checks
 * its arguments at a cost of ~0.7 µs and ~160 bytes of garbage a call on Node 24, more than the copy of a path takes.
 */
function writeString(buf: Buffer, pos: number, tag: number, value: string, length: number): number {
  pos = writeLengthPrefix(buf, pos, tag, length);
  if (length !== value.length) return pos + buf.write(value, pos, length, 'utf8');
  for (let i = 0; i < length; i++) buf[pos + i] = value.charCodeAt(i);
  return pos + length;
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

/**
 * A Stat measured for encoding: what is costly to compute (UTF-8 lengths, int64 halves) is computed once. There is one
 * layout (STAT_LAYOUT), measured again for every Stat: encoding is synchronous, one Stat measured and written at a
 * time, and a layout object with an array of halves for each was garbage several times the packet's size.
 */
interface StatLayout {
  size: number;
  pathLength: number;
  linkLength: number;
  /** the bytes of a path/linkname holding escaped (non-UTF-8) bytes; undefined for ordinary names */
  pathBytes: Buffer | undefined;
  linkBytes: Buffer | undefined;
  /** lo/hi halves of the int64 fields, in INT64_FIELDS order; `present` has bit i set for each one sent. */
  readonly halves: Uint32Array;
  present: number;
  xattrs: Array<[key: string, value: Uint8Array, keyLength: number, entrySize: number]> | undefined;
}

const STAT_LAYOUT: StatLayout = {
  size: 0,
  pathLength: 0,
  linkLength: 0,
  pathBytes: undefined,
  linkBytes: undefined,
  halves: new Uint32Array(2 * INT64_FIELDS.length),
  present: 0,
  xattrs: undefined,
};

/** Measures `stat` into STAT_LAYOUT (valid until the next call). */
function measureStat(stat: Stat): StatLayout {
  const layout = STAT_LAYOUT;
  let pathLength = stat.path ? Buffer.byteLength(stat.path, 'utf8') : 0;
  let linkLength = stat.linkname ? Buffer.byteLength(stat.linkname, 'utf8') : 0;
  // escaped bytes (names.ts) are written as the bytes they stand for; an ASCII name (as many bytes as units) has none
  const pathBytes =
    stat.path && pathLength !== stat.path.length && hasEscapes(stat.path) ? encodeName(stat.path) : undefined;
  const linkBytes =
    stat.linkname && linkLength !== stat.linkname.length && hasEscapes(stat.linkname)
      ? encodeName(stat.linkname)
      : undefined;
  if (pathBytes) pathLength = pathBytes.length;
  if (linkBytes) linkLength = linkBytes.length;
  let size = bytesFieldSize(pathLength) + bytesFieldSize(linkLength);
  size += varintFieldSize(stat.mode ?? 0) + varintFieldSize(stat.uid ?? 0) + varintFieldSize(stat.gid ?? 0);
  const halves = layout.halves;
  let present = 0;
  for (let i = 0; i < INT64_FIELDS.length; i++) {
    const decimal = stat[INT64_FIELDS[i][1]];
    // proto3's zero value: left out
    if (decimal === undefined || decimal === '' || decimal === '0' || decimal === 0) continue;
    int64HalvesInto(decimal, halves, 2 * i);
    present |= 1 << i;
    size += 1 + varint64Size(halves[2 * i], halves[2 * i + 1]);
  }
  let xattrs: StatLayout['xattrs'];
  if (stat.xattrs) {
    xattrs = [];
    for (const [key, value] of Object.entries(stat.xattrs)) {
      const keyLength = Buffer.byteLength(key, 'utf8');
      // Map entries carry key and value even when empty, as protobufjs writes them.
      const entrySize = 2 + varint32Size(keyLength) + keyLength + varint32Size(value.length) + value.length;
      xattrs.push([key, value, keyLength, entrySize]);
      size += lengthDelimitedSize(entrySize);
    }
  }
  layout.size = size;
  layout.pathLength = pathLength;
  layout.linkLength = linkLength;
  layout.pathBytes = pathBytes;
  layout.linkBytes = linkBytes;
  layout.present = present;
  layout.xattrs = xattrs;
  return layout;
}

/** Writes the Stat's fields in field-number order (linkname, field 7, sits between modTime and devmajor). */
function writeStat(out: Buffer, pos: number, stat: Stat, layout: StatLayout): number {
  pos = layout.pathBytes
    ? writeBytes(out, pos, 0x0a, layout.pathBytes)
    : writeStringField(out, pos, 0x0a, stat.path ?? '', layout.pathLength);
  pos = writeVarintField(out, pos, 0x10, stat.mode ?? 0);
  pos = writeVarintField(out, pos, 0x18, stat.uid ?? 0);
  pos = writeVarintField(out, pos, 0x20, stat.gid ?? 0);
  for (let i = 0; i < INT64_FIELDS.length; i++) {
    if (i === 2) {
      pos = layout.linkBytes
        ? writeBytes(out, pos, 0x3a, layout.linkBytes)
        : writeStringField(out, pos, 0x3a, stat.linkname ?? '', layout.linkLength);
    }
    if (!(layout.present & (1 << i))) continue;
    out[pos++] = INT64_FIELDS[i][0];
    pos = writeVarint64(out, pos, layout.halves[2 * i], layout.halves[2 * i + 1]);
  }
  if (layout.xattrs) {
    for (const [key, value, keyLength, entrySize] of layout.xattrs) {
      // map entries carry key and value even when empty
      pos = writeLengthPrefix(out, pos, 0x52, entrySize);
      pos = writeString(out, pos, 0x0a, key, keyLength);
      pos = writeBytes(out, pos, 0x12, value);
    }
  }
  return pos;
}

/** The protobuf encoding of `packet` (what `encodePacket` in proto/fsutil.ts returns, without protobufjs). */
export function encodePacketFast(packet: Packet): Buffer {
  const size = measurePacket(packet);
  const out = Buffer.allocUnsafe(size);
  writePacket(out, 0, packet);
  return out;
}

/**
 * `packets` encoded as encodePacketFast encodes each, every one behind its gRPC frame prefix (grpc/framing.ts), back
 * to back in one buffer: what a call's `writeFramed` sends as it is (grpc/server.ts). The sender's listing goes out
 * this way, a batch of STATs in one buffer and one write rather than a buffer, a write and a frame for each
 * (docs/benchmarks.md, "Forty-first round").
 */
export function encodePacketsFramed(packets: readonly Packet[]): Buffer {
  // most STATs of a listing take 40-100 bytes: one allocation for a batch, a larger one (and a copy) when it is not
  let out = Buffer.allocUnsafe(packets.length * 96 + 64);
  let pos = 0;
  for (let i = 0; i < packets.length; i++) {
    const packet = packets[i];
    const size = measurePacket(packet);
    if (pos + FRAME_PREFIX + size > out.length) {
      const larger = Buffer.allocUnsafe(Math.max(2 * out.length, pos + FRAME_PREFIX + size));
      out.copy(larger, 0, 0, pos);
      out = larger;
    }
    const start = writeFramePrefix(out, pos, size);
    pos = writePacket(out, start, packet);
    // a packet written longer or shorter than measured would shift every prefix after it: never send that
    if (pos !== start + size) throw new Error(`fsutil packet encoded in ${pos - start} bytes, measured ${size}`);
  }
  return out.subarray(0, pos);
}

/** The encoded size of `packet`; its Stat measured into STAT_LAYOUT, for writePacket to write next. */
function measurePacket(packet: Packet): number {
  const data = packet.data ?? EMPTY;
  let size = varintFieldSize(packet.type ?? 0) + varintFieldSize((packet.ID ?? 0) >>> 0) + bytesFieldSize(data.length);
  // A present stat is written even when empty (protobufjs writes a set sub-message whatever its content).
  if (packet.stat) size += lengthDelimitedSize(measureStat(packet.stat).size);
  return size;
}

/** Writes `packet` at `pos`, measured last (measurePacket); returns the position after it. */
function writePacket(out: Buffer, pos: number, packet: Packet): number {
  pos = writeVarintField(out, pos, 0x08, packet.type ?? 0);
  if (packet.stat) pos = writeStat(out, writeLengthPrefix(out, pos, 0x12, STAT_LAYOUT.size), packet.stat, STAT_LAYOUT);
  pos = writeVarintField(out, pos, 0x18, (packet.ID ?? 0) >>> 0);
  return writeBytesField(out, pos, 0x22, packet.data ?? EMPTY);
}

/** Room a DATA packet's header needs before its data (dataPacketInPlace): the type's field (2 bytes), the ID's (up to
 * 6) and the data's tag and length (up to 6). */
export const DATA_HEADER_ROOM = 14;

/**
 * encodePacketFast({ type: DATA, ID: id, data: buf.subarray(start, end) }), byte for byte, written in place: the header
 * goes into the bytes just before `start` (the caller leaves DATA_HEADER_ROOM free there), so the data is not copied.
 * The sender reads each chunk of a large file straight into such a buffer: a copy and an allocation less per 256 KiB
 * sent (docs/benchmarks.md, "Twenty-ninth round").
 */
export function dataPacketInPlace(buf: Buffer, start: number, end: number, id: number): Buffer {
  const length = end - start;
  const header = varintFieldSize(PacketType.DATA) + varintFieldSize(id) + (length > 0 ? 1 + varint32Size(length) : 0);
  const at = start - header;
  if (at < 0 || end > buf.length || length < 0) throw new RangeError('no room for a DATA packet header there');
  let pos = writeVarintField(buf, at, 0x08, PacketType.DATA);
  pos = writeVarintField(buf, pos, 0x18, id);
  if (length > 0) writeLengthPrefix(buf, pos, 0x22, length);
  return buf.subarray(at, end);
}

/**
 * `decodePacket`, with a STAT's path and linkname taken from their bytes: a name that is not UTF-8 comes back with its
 * bytes escaped (names.ts) instead of decoded lossily, so it can be written under exactly that name. Other fields and
 * every error are decodePacket's.
 *
 * What the daemon sends (one packet per STAT and per 32 KiB of a file it exports, with the fields Go's encoder writes)
 * is read by decodePacketFast in one pass; anything else, and every error, by decodePacketGeneral.
 */
export function decodePacketNames(bytes: Uint8Array): Packet {
  return decodePacketFast(bytes) ?? decodePacketGeneral(bytes);
}

/** A packet as received: file data whose message came in slices keeps them (`dataSlices`, and no `data`). */
export interface ReceivedPacket extends Packet {
  dataSlices?: Buffer[];
}

/**
 * decodePacketNames for a message in slices (grpc/framing.ts pushSliced): a packet of file data as the daemon sends it
 * (its type and ID, then the data to the message's end, past the first slice) keeps the data as the slices it came
 * in, so that the receiver writes them as they are (`writev`) instead of a join copying every exported byte into new
 * memory; anything else is joined and decoded as one buffer. The fields and values are decodePacketFast's.
 */
export function decodeSlicedPacket(slices: readonly Buffer[]): ReceivedPacket {
  const b = slices[0];
  const packet: ReceivedPacket = {};
  let seen = 0;
  let pos = 0;
  while (pos < b.length) {
    const tag = b[pos++];
    const bit = 1 << (tag >> 3);
    if (seen & bit) break;
    seen |= bit;
    if (tag === 0x08 || tag === 0x18) {
      const v = readVarint32(b, pos, b.length);
      if (v < 0 || (v > 0x7fff_ffff && tag === 0x08)) break;
      pos = varintEnd;
      if (v === 0) continue;
      if (tag === 0x18) packet.ID = v;
      else packet.type = v as Packet_PacketType;
    } else if (tag === 0x22) {
      // file data only (an ERR's message is read whole); Go writes the type first
      const data = packet.type === PacketType.DATA ? slicedFieldToEnd(slices, pos) : undefined;
      if (!data) break;
      packet.dataSlices = data;
      return packet;
    } else {
      break;
    }
  }
  return decodePacketNames(Buffer.concat(slices));
}

/**
 * The value of a length-delimited field of a message in slices, its length's varint at `pos` in the first slice: views
 * of the slices when the value runs past that slice to the message's end with nothing after it, undefined otherwise
 * (the caller decodes the message joined). decodeSlicedPacket's file data, and a tarball chunk's BytesMessage
 * (session/filesend.ts).
 */
export function slicedFieldToEnd(slices: readonly Buffer[], pos: number): Buffer[] | undefined {
  // an indexed loop: a per-packet path (see receiver.ts writevAll)
  let total = 0;
  for (let i = 0; i < slices.length; i++) total += slices[i].length;
  const b = slices[0];
  const len = readVarint32(b, pos, b.length);
  if (len < 0 || varintEnd + len !== total || varintEnd + len <= b.length) return undefined;
  return varintEnd < b.length ? [b.subarray(varintEnd), ...slices.slice(1)] : slices.slice(1);
}

/**
 * A hand-written decoder for the packets a transfer carries: the fields and values decodePacketGeneral returns for the
 * same bytes (protobufjs' toObject with toObjectOptions: a field present when it is on the wire with a value other
 * than zero or empty, int64 as a decimal string, `data` a view of `bytes`, a Stat's `xattrs` an empty object), or
 * undefined for what it leaves to that decoder: a field outside the common set (xattrs, unknown fields), one that
 * comes twice, a wire type or varint other than Go's encoder writes, bytes that end early. Why by hand: protobufjs
 * decodes each packet twice over (its Reader into a message, then toObject into a plain object, an int64 through a
 * Long) and the names once more (rawStatNames); the packets of a cached fan-out's twelve exports took 19-27 ms of the
 * main thread that way, 4-5 ms this way (docs/benchmarks.md, round 23).
 */
export function decodePacketFast(bytes: Uint8Array): Packet | undefined {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const packet: Packet = {};
  const end = b.length;
  let seen = 0;
  let pos = 0;
  while (pos < end) {
    const tag = b[pos++];
    const bit = 1 << (tag >> 3);
    if (seen & bit) return undefined;
    seen |= bit;
    if (tag === 0x08 || tag === 0x18) {
      const v = readVarint32(b, pos, end);
      if (v < 0) return undefined;
      pos = varintEnd;
      if (v > 0x7fff_ffff && tag === 0x08) return undefined; // an enum is an int32: a larger value is protobufjs'
      if (v === 0) continue; // proto3: a zero value is no value
      if (tag === 0x18) packet.ID = v;
      else packet.type = v as Packet_PacketType;
    } else if (tag === 0x12 || tag === 0x22) {
      const len = readVarint32(b, pos, end);
      if (len < 0 || varintEnd + len > end) return undefined;
      pos = varintEnd + len;
      if (tag === 0x22) {
        if (len > 0) packet.data = b.subarray(varintEnd, pos);
      } else {
        const stat = decodeStat(b, varintEnd, pos);
        if (!stat) return undefined;
        packet.stat = stat;
      }
    } else {
      return undefined;
    }
  }
  return packet;
}

/** A Stat's fields between `pos` and `end`, as toObject gives them; undefined for what decodePacketFast leaves. */
function decodeStat(b: Buffer, pos: number, end: number): Stat | undefined {
  const stat: Stat = { xattrs: {} }; // toObject's empty map (`objects: true`)
  let seen = 0;
  while (pos < end) {
    const tag = b[pos++];
    const bit = 1 << (tag >> 3);
    if (seen & bit) return undefined;
    seen |= bit;
    switch (tag) {
      case 0x0a:
      case 0x3a: {
        const len = readVarint32(b, pos, end);
        if (len < 0 || varintEnd + len > end) return undefined;
        const name = b.subarray(varintEnd, varintEnd + len);
        pos = varintEnd + len;
        if (len === 0) break;
        // as decodePacketGeneral: ordinary UTF-8 decoding, escapes for a name that is not UTF-8
        const text = isUtf8(name) ? name.toString('utf8') : decodeName(name);
        if (tag === 0x0a) stat.path = text;
        else stat.linkname = text;
        break;
      }
      case 0x10:
      case 0x18:
      case 0x20: {
        const v = readVarint32(b, pos, end);
        if (v < 0) return undefined;
        pos = varintEnd;
        if (v === 0) break;
        if (tag === 0x10) stat.mode = v;
        else if (tag === 0x18) stat.uid = v;
        else stat.gid = v;
        break;
      }
      case 0x28:
      case 0x30:
      case 0x40:
      case 0x48: {
        const v = readInt64(b, pos, end);
        if (v === undefined) return undefined;
        pos = varintEnd;
        if (v === '0') break;
        if (tag === 0x28) stat.size = v;
        else if (tag === 0x30) stat.modTime = v;
        else if (tag === 0x40) stat.devmajor = v;
        else stat.devminor = v;
        break;
      }
      default:
        return undefined;
    }
  }
  return stat;
}

/** Where the last varint read (readVarint32, readInt64) ended: a module variable, so a read allocates nothing. */
let varintEnd = 0;

/**
 * A varint of at most 5 bytes at `pos` as an unsigned 32-bit value, or -1 (longer, or past `end`). The hot path's
 * reader: no tuple per field as readVarint (below) returns, which the general decoder's rare paths keep using.
 */
function readVarint32(b: Buffer, pos: number, end: number): number {
  let v = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    if (pos >= end) return -1;
    const byte = b[pos++];
    if (shift === 28) {
      if (byte > 0x0f) return -1; // bits beyond 32: protobufjs truncates them; left to it
      v += byte * 0x1000_0000;
      varintEnd = pos;
      return v;
    }
    v |= (byte & 0x7f) << shift;
    if (byte < 0x80) {
      varintEnd = pos;
      return v >>> 0;
    }
  }
  return -1;
}

/** An int64 varint (up to 10 bytes) at `pos` as its decimal string (signed), or undefined past `end`. */
function readInt64(b: Buffer, pos: number, end: number): string | undefined {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < 10; i++) {
    if (pos >= end) return undefined;
    const byte = b[pos++];
    const bits = byte & 0x7f;
    if (i < 4) lo |= bits << (7 * i);
    else if (i === 4) {
      lo |= bits << 28; // its low 4 bits
      hi = bits >> 4;
    } else hi |= bits << (7 * i - 32);
    if (byte < 0x80) {
      varintEnd = pos;
      return longToDecimal({ low: lo, high: hi | 0, unsigned: false });
    }
  }
  return undefined;
}

/** decodePacketNames for any bytes: protobufjs' decoder, the names read again from their bytes (see above). */
export function decodePacketGeneral(bytes: Uint8Array): Packet {
  let packet: Packet;
  try {
    packet = decodePacket(bytes);
  } catch (err) {
    // protobufjs refuses a string field that is not UTF-8: decode the packet without the two names, then add them
    const stripped = withoutStatNames(bytes);
    if (!stripped) throw err;
    packet = decodePacket(stripped.frame);
    if (!packet.stat) throw err;
    if (stripped.path) packet.stat.path = decodeName(stripped.path);
    if (stripped.linkname) packet.stat.linkname = decodeName(stripped.linkname);
    return packet;
  }
  if (packet.stat) {
    const raw = rawStatNames(bytes);
    if (raw?.path && !isUtf8(raw.path)) packet.stat.path = decodeName(raw.path);
    if (raw?.linkname && !isUtf8(raw.linkname)) packet.stat.linkname = decodeName(raw.linkname);
  }
  return packet;
}

/**
 * The frame with the STAT's path and linkname fields taken out (their last values returned as bytes), re-encoded;
 * undefined when it cannot be walked or holds no such field.
 */
function withoutStatNames(b: Uint8Array): { frame: Buffer; path?: Uint8Array; linkname?: Uint8Array } | undefined {
  const names: { path?: Uint8Array; linkname?: Uint8Array } = {};
  const parts: Uint8Array[] = [];
  let found = false;
  let pos = 0;
  while (pos < b.length) {
    const start = pos;
    const tag = readVarint(b, pos);
    if (!tag) return undefined;
    const field = Math.floor(tag[0] / 8);
    const wt = tag[0] & 7;
    const next = skipField(b, tag[1], wt);
    if (next === undefined) return undefined;
    if (field === 2 && wt === 2) {
      const len = readVarint(b, tag[1])!;
      const stat = b.subarray(len[1], len[1] + len[0]);
      const kept: Uint8Array[] = [];
      let q = 0;
      while (q < stat.length) {
        const fieldStart = q;
        const t = readVarint(stat, q);
        if (!t) return undefined;
        const f = Math.floor(t[0] / 8);
        const w = t[0] & 7;
        const after = skipField(stat, t[1], w);
        if (after === undefined) return undefined;
        if ((f === 1 || f === 7) && w === 2) {
          const l = readVarint(stat, t[1])!;
          names[f === 1 ? 'path' : 'linkname'] = stat.subarray(l[1], l[1] + l[0]);
          found = true;
        } else {
          kept.push(stat.subarray(fieldStart, after));
        }
        q = after;
      }
      const content = Buffer.concat(kept);
      const header = Buffer.allocUnsafe(1 + 5);
      const end = writeLengthPrefix(header, 0, 0x12, content.length);
      parts.push(header.subarray(0, end), content);
    } else {
      parts.push(b.subarray(start, next));
    }
    pos = next;
  }
  return found ? { frame: Buffer.concat(parts), ...names } : undefined;
}

/** Reads a varint at `pos`: [value (up to 2^53), next position], or undefined past the end. */
function readVarint(b: Uint8Array, pos: number): [number, number] | undefined {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= b.length) return undefined;
    const byte = b[pos++];
    v += (byte & 0x7f) * mul;
    if (byte < 0x80) return [v, pos];
    mul *= 128;
  }
  return undefined;
}

/** Skips a field of wire type `wt` at `pos`; the position after it, or undefined. */
function skipField(b: Uint8Array, pos: number, wt: number): number | undefined {
  switch (wt) {
    case 0:
      return readVarint(b, pos)?.[1];
    case 1:
      return pos + 8 <= b.length ? pos + 8 : undefined;
    case 2: {
      const len = readVarint(b, pos);
      return len && len[1] + len[0] <= b.length ? len[1] + len[0] : undefined;
    }
    case 5:
      return pos + 4 <= b.length ? pos + 4 : undefined;
    default:
      return undefined;
  }
}

/**
 * The raw bytes of the last `stat.path` (Stat field 1) and `stat.linkname` (field 7) in a Packet, as protobuf's
 * last-one-wins rule reads them (sub-messages of a repeated `stat` field merge); undefined for what it cannot walk.
 */
function rawStatNames(b: Uint8Array): { path?: Uint8Array; linkname?: Uint8Array } | undefined {
  const out: { path?: Uint8Array; linkname?: Uint8Array } = {};
  let pos = 0;
  while (pos < b.length) {
    const tag = readVarint(b, pos);
    if (!tag) return undefined;
    const field = Math.floor(tag[0] / 8);
    const wt = tag[0] & 7;
    if (field === 2 && wt === 2) {
      const len = readVarint(b, tag[1]);
      if (!len || len[1] + len[0] > b.length) return undefined;
      if (!rawStatFields(b.subarray(len[1], len[1] + len[0]), out)) return undefined;
      pos = len[1] + len[0];
      continue;
    }
    const next = skipField(b, tag[1], wt);
    if (next === undefined) return undefined;
    pos = next;
  }
  return out;
}

function rawStatFields(b: Uint8Array, out: { path?: Uint8Array; linkname?: Uint8Array }): boolean {
  let pos = 0;
  while (pos < b.length) {
    const tag = readVarint(b, pos);
    if (!tag) return false;
    const field = Math.floor(tag[0] / 8);
    const wt = tag[0] & 7;
    if ((field === 1 || field === 7) && wt === 2) {
      const len = readVarint(b, tag[1]);
      if (!len || len[1] + len[0] > b.length) return false;
      const value = b.subarray(len[1], len[1] + len[0]);
      if (field === 1) out.path = value;
      else out.linkname = value;
      pos = len[1] + len[0];
      continue;
    }
    const next = skipField(b, tag[1], wt);
    if (next === undefined) return false;
    pos = next;
  }
  return true;
}
