/**
 * `fsutil.types` — the packets of tonistiigi/fsutil's file-transfer protocol (types/stat.proto, types/wire.proto),
 * written from the wire format. Used by FileSync (we send a build context) and FileSend in directory mode
 * (the daemon sends a `local` export to us).
 */
import { decodeMessage, encodeMessage } from './registry.js';

export const FSUTIL_PROTO = `
syntax = "proto3";
package fsutil.types;

message Stat {
  string path = 1;
  uint32 mode = 2;
  uint32 uid = 3;
  uint32 gid = 4;
  int64 size = 5;
  int64 modTime = 6;
  string linkname = 7;
  int64 devmajor = 8;
  int64 devminor = 9;
  map<string, bytes> xattrs = 10;
}

message Packet {
  enum PacketType {
    PACKET_STAT = 0;
    PACKET_REQ = 1;
    PACKET_DATA = 2;
    PACKET_FIN = 3;
    PACKET_ERR = 4;
  }
  PacketType type = 1;
  Stat stat = 2;
  uint32 ID = 3;
  bytes data = 4;
}
`;

export const PacketType = {
  STAT: 0,
  REQ: 1,
  DATA: 2,
  FIN: 3,
  ERR: 4,
} as const;
export type PacketType = (typeof PacketType)[keyof typeof PacketType];

/**
 * One file-tree entry as it travels on the wire. int64 fields are decimal strings (that is how the registry
 * decodes them, and mtimes in nanoseconds do not fit a double). Zero-valued fields may be absent.
 */
export interface Stat {
  path: string;
  /** Go `os.FileMode` bits, not POSIX st_mode (see fsutil/mode.ts). */
  mode?: number;
  uid?: number;
  gid?: number;
  size?: string;
  /** Unix nanoseconds. */
  modTime?: string;
  /** Symlink target, or for a regular file the earlier path it is a hardlink of. */
  linkname?: string;
  devmajor?: string;
  devminor?: string;
  xattrs?: Record<string, Buffer>;
}

/** A decoded `fsutil.types.Packet`; absent `type` means PACKET_STAT (proto3 zero value). */
export interface Packet {
  type?: PacketType;
  stat?: Stat;
  ID?: number;
  data?: Buffer;
}

export const PACKET_TYPE_NAME = 'fsutil.types.Packet';

export function encodePacket(packet: Packet): Buffer {
  return encodeMessage(PACKET_TYPE_NAME, packet);
}

/** Bytes that are not an `fsutil.types.Packet` (truncated, a wrong wire type, a length past the end...). */
export class PacketDecodeError extends Error {
  constructor(cause: unknown) {
    super(`malformed fsutil packet: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'PacketDecodeError';
  }
}

/** Decodes one packet; anything malformed is a PacketDecodeError (never protobufjs' RangeError and co). */
export function decodePacket(bytes: Uint8Array): Packet {
  try {
    return decodeMessage<Packet>(PACKET_TYPE_NAME, bytes);
  } catch (err) {
    throw new PacketDecodeError(err);
  }
}
