/** Raw HTTP/2 for tests that play a peer byte by byte or log a wire (grpc/h2-connection*.test.ts, grpc/hpack.test.ts). */

/** The DATA frame's type: its payloads are counted, not kept (FrameLog). */
const DATA = 0x0;

/** The client's connection preface (RFC 9113 3.4). */
export const H2_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');

/** An HTTP/2 frame: the 9-octet header (24-bit length, type, flags, 31-bit stream id), then the payload. */
export function h2Frame(type: number, flags: number, streamId: number, payload: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(9);
  header.writeUIntBE(payload.length, 0, 3);
  header[3] = type;
  header[4] = flags;
  header.writeUInt32BE(streamId, 5);
  return Buffer.concat([header, payload]);
}

export interface Frame {
  type: number;
  flags: number;
  streamId: number;
  length: number;
  /** Every frame's payload but DATA's (only counted). */
  payload?: Buffer;
}

/** Parses a byte stream of HTTP/2 frames as it is written, keeping every frame but DATA payloads. */
export class FrameLog {
  readonly frames: Frame[] = [];
  private pending = Buffer.alloc(0);
  private skipping = 0;
  constructor(private prefaceLeft = 0) {}

  push(chunk: Buffer): void {
    let data = chunk;
    if (this.prefaceLeft > 0) {
      const n = Math.min(this.prefaceLeft, data.length);
      this.prefaceLeft -= n;
      data = data.subarray(n);
    }
    while (data.length > 0) {
      if (this.skipping > 0) {
        const n = Math.min(this.skipping, data.length);
        this.skipping -= n;
        data = data.subarray(n);
        continue;
      }
      this.pending = this.pending.length === 0 ? Buffer.from(data) : Buffer.concat([this.pending, data]);
      data = Buffer.alloc(0);
      while (this.pending.length >= 9) {
        const length = this.pending.readUIntBE(0, 3);
        const type = this.pending[3];
        const flags = this.pending[4];
        const streamId = this.pending.readUInt32BE(5) & 0x7fffffff;
        if (type === DATA) {
          this.frames.push({ type, flags, streamId, length });
          data = this.pending.subarray(9);
          this.pending = Buffer.alloc(0);
          this.skipping = length;
          break;
        }
        if (this.pending.length < 9 + length) break;
        this.frames.push({ type, flags, streamId, length, payload: Buffer.from(this.pending.subarray(9, 9 + length)) });
        this.pending = this.pending.subarray(9 + length);
      }
    }
  }

  of(type: number, streamId?: number, from = 0): Frame[] {
    return this.frames
      .slice(from)
      .filter((f) => f.type === type && (streamId === undefined || f.streamId === streamId));
  }

  /** DATA bytes (frame lengths, padding included) on `streamId` so far. */
  dataBytes(streamId: number): number {
    return this.of(DATA, streamId).reduce((n, f) => n + f.length, 0);
  }
}
