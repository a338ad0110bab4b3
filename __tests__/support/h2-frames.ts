/** Raw HTTP/2 for tests that play a peer byte by byte (grpc/h2-server.test.ts, grpc/hpack.test.ts). */

/** The client's connection preface (RFC 9113 3.4). */
export const H2_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');

/** An HTTP/2 frame: the 9-octet header (24-bit length, type, flags, 31-bit stream id), then the payload. */
export function h2Frame(type: number, flags: number, streamId: number, payload = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(9);
  header.writeUIntBE(payload.length, 0, 3);
  header[3] = type;
  header[4] = flags;
  header.writeUInt32BE(streamId, 5);
  return Buffer.concat([header, payload]);
}
