/**
 * Encoding and decoding fsutil's packets (fsutil.proto) with the registry, and their kinds under the short names the
 * transfer code uses. The sender encodes its packets by hand for speed (fsutil/wire.ts, which must match
 * `encodePacket` byte for byte).
 */
import { Packet_PacketType, type Packet } from './fsutil.pb.js';
import { decodeMessage, encodeMessage } from './registry.js';
import type { Decoded } from './types.js';

/** `Packet.PacketType` without the `PACKET_` prefix of its values (fsutil's Go code: `types.PACKET_STAT`…). */
export const PacketType = {
  STAT: Packet_PacketType.PACKET_STAT,
  REQ: Packet_PacketType.PACKET_REQ,
  DATA: Packet_PacketType.PACKET_DATA,
  FIN: Packet_PacketType.PACKET_FIN,
  ERR: Packet_PacketType.PACKET_ERR,
} as const;
export type PacketType = Packet_PacketType;

export const PACKET_TYPE_NAME = 'fsutil.types.Packet';

export function encodePacket(packet: Packet): Buffer {
  return encodeMessage(PACKET_TYPE_NAME, packet);
}

/** Bytes that are not an `fsutil.types.Packet` (truncated, a wrong wire type, a length past the end...). */
export class PacketDecodeError extends Error {
  override readonly name = 'PacketDecodeError';

  constructor(cause: unknown) {
    super(`malformed fsutil packet: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Decodes one packet; anything malformed is a PacketDecodeError (never protobufjs' RangeError and co). */
export function decodePacket(bytes: Uint8Array): Decoded<Packet> {
  try {
    return decodeMessage(PACKET_TYPE_NAME, bytes);
  } catch (err) {
    throw new PacketDecodeError(err);
  }
}
