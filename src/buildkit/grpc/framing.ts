/**
 * gRPC's message framing on an HTTP/2 stream: every message is a 5-byte prefix (a compressed flag, then the length as
 * a big-endian uint32) and the message bytes (grpc PROTOCOL-HTTP2.md, "Length-Prefixed-Message"). Our server
 * (server.ts) and the session tunnel (transport/tunnel.ts) frame and cut messages with these; nothing here compresses.
 */
import { Code, StatusError } from './status.js';

const MiB = 1024 * 1024;

/** Bytes before each message: the compressed flag and the length. */
export const FRAME_PREFIX = 5;
/** The largest message accepted; the daemon's own session client sends at most 16 MiB. */
export const MAX_MESSAGE = 32 * MiB;

/**
 * Writes the prefix of an uncompressed message of `length` bytes at `at`; returns where the message goes. Byte by
 * byte: `writeUInt32BE` checks its arguments on every call, ~5 ms of a 20,000-file listing's main thread, which
 * writes a prefix per STAT (docs/benchmarks.md, "Forty-first round"). A length here is always a uint32, and the
 * caller leaves the five bytes free.
 */
export function writeFramePrefix(out: Buffer, at: number, length: number): number {
  out[at] = 0;
  out[at + 1] = length >>> 24;
  out[at + 2] = length >>> 16;
  out[at + 3] = length >>> 8;
  out[at + 4] = length;
  return at + FRAME_PREFIX;
}

/** The prefix of an uncompressed message of `length` bytes, on its own (to write a big message without copying it). */
export function framePrefix(length: number): Buffer {
  const prefix = Buffer.allocUnsafe(FRAME_PREFIX);
  writeFramePrefix(prefix, 0, length);
  return prefix;
}

/** Messages framed back to back in one buffer, for one HTTP/2 write. */
export function encodeFrames(messages: readonly Buffer[]): Buffer {
  let total = 0;
  for (let i = 0; i < messages.length; i++) total += FRAME_PREFIX + messages[i].length;
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  for (let i = 0; i < messages.length; i++) {
    at = writeFramePrefix(out, at, messages[i].length);
    at += messages[i].copy(out, at);
  }
  return out;
}

/**
 * Cuts a byte stream into messages. push() returns the messages completed by a chunk; a compressed message fails with
 * UNIMPLEMENTED and one over the limit with RESOURCE_EXHAUSTED (StatusErrors, the status to end the call with).
 */
export class FrameDecoder {
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  /** Bytes needed before the next message can be cut: its prefix, then prefix and body. */
  private needed = FRAME_PREFIX;

  /** `maxMessage`: the largest message accepted (MAX_MESSAGE unless a caller's peer sends larger ones). */
  constructor(private readonly maxMessage = MAX_MESSAGE) {}

  /** Bytes held of a message not complete yet. */
  get pending(): number {
    return this.bufferedBytes;
  }

  push(chunk: Buffer): Buffer[] {
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    // A big message arrives in many chunks: join them once, when all of it is here, not once per chunk.
    if (this.bufferedBytes < this.needed) return [];
    const data = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered, this.bufferedBytes);
    const messages: Buffer[] = [];
    let at = 0;
    this.needed = FRAME_PREFIX;
    while (data.length - at >= FRAME_PREFIX) {
      const length = this.messageLength(data, at);
      if (data.length - at - FRAME_PREFIX < length) {
        this.needed = FRAME_PREFIX + length;
        break;
      }
      messages.push(data.subarray(at + FRAME_PREFIX, at + FRAME_PREFIX + length));
      at += FRAME_PREFIX + length;
    }
    this.buffered = at < data.length ? [data.subarray(at)] : [];
    this.bufferedBytes = data.length - at;
    return messages;
  }

  /**
   * As push, but a message of `slicedFrom` bytes or more that arrived in several chunks comes as the slices of those
   * chunks, in order, instead of joined into a new buffer: an export's 32 KiB file packets reach the session's server
   * in 16 KiB DATA frames, and joining them was a copy of every exported byte into fresh memory (ServerCall
   * deliverSliced). Smaller messages, and one in more than MAX_SLICES pieces, are joined as push joins them; a message
   * within one chunk is a slice of it.
   */
  pushSliced(chunk: Buffer, slicedFrom: number): Array<Buffer | SlicedMessage> {
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    if (this.bufferedBytes < this.needed) return [];
    const messages: Array<Buffer | SlicedMessage> = [];
    this.needed = FRAME_PREFIX;
    while (this.bufferedBytes >= FRAME_PREFIX) {
      const first = this.buffered[0];
      const length = this.messageLength(first.length >= FRAME_PREFIX ? first : this.peekPrefix(), 0);
      if (this.bufferedBytes - FRAME_PREFIX < length) {
        this.needed = FRAME_PREFIX + length;
        break;
      }
      this.take(FRAME_PREFIX);
      const slices = this.take(length);
      if (slices.length <= 1) messages.push(slices[0] ?? Buffer.alloc(0));
      else if (length >= slicedFrom && slices.length <= MAX_SLICES) messages.push(slices);
      else messages.push(Buffer.concat(slices, length));
    }
    return messages;
  }

  /** The length in the prefix at `at`; a compressed message or one over the limit fails the call (StatusError). */
  private messageLength(prefix: Buffer, at: number): number {
    if (prefix[at] !== 0) throw new StatusError(Code.UNIMPLEMENTED, 'compressed messages are not supported');
    const length = prefix.readUInt32BE(at + 1);
    if (length > this.maxMessage)
      throw new StatusError(
        Code.RESOURCE_EXHAUSTED,
        `message of ${length} bytes exceeds the limit of ${this.maxMessage}`,
      );
    return length;
  }

  /** The next FRAME_PREFIX buffered bytes when the first chunk holds fewer (a copy of those few). */
  private peekPrefix(): Buffer {
    const prefix = Buffer.alloc(FRAME_PREFIX);
    let at = 0;
    for (let i = 0; at < FRAME_PREFIX; i++) at += this.buffered[i].copy(prefix, at);
    return prefix;
  }

  /** The next `n` buffered bytes (n <= bufferedBytes) as slices of the chunks they are in, taken off the front. */
  private take(n: number): Buffer[] {
    const slices: Buffer[] = [];
    this.bufferedBytes -= n;
    let i = 0;
    for (; n > 0; i++) {
      const chunk = this.buffered[i];
      if (chunk.length > n) {
        slices.push(chunk.subarray(0, n));
        this.buffered[i] = chunk.subarray(n);
        break;
      }
      slices.push(chunk);
      n -= chunk.length;
    }
    // one splice for the chunks used up (a message may have come in thousands of small reads)
    this.buffered.splice(0, i);
    return slices;
  }
}

/**
 * The most slices a message comes in (FrameDecoder.pushSliced); one in more pieces is joined. A peer's 16 KiB DATA
 * frames cut a 32 KiB message in two or three; thousands of tiny ones are cheaper joined, and a `writev` of them would
 * pass the kernel's limit of 1,024 buffers.
 */
export const MAX_SLICES = 64;

/** A message as the slices of the chunks it arrived in, in order (FrameDecoder.pushSliced). */
export type SlicedMessage = Buffer[];
