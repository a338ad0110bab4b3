/**
 * The session call's incoming side cut without joining: a stream of gRPC-framed `BytesMessage`s (`bytes data = 1`)
 * becomes the `data` bytes, handed on as slices of the chunks they arrived in. The daemon wraps the session's whole
 * HTTP/2 connection in ~32 KiB messages that reach us in 16 KiB DATA frames; cutting them with FrameDecoder and
 * decoding each with protobufjs joined every message's chunks into a new buffer, a second full copy of everything the
 * daemon sends (exports, files it asks for) on top of the one the session server's own framing makes
 * (docs/benchmarks.md). Only the few header bytes of each frame and field are looked at, one by one.
 *
 * Hand-written: protobufjs decodes whole messages only. It reads the protobuf wire format of this one message type:
 * field 1 (length-delimited) is data; any other field is skipped by its wire type, as a decoder skips unknown fields.
 * The daemon's Go code marshals exactly one field 1 (or nothing for empty data); a message carrying field 1 twice,
 * whose decoded value would be the last, never comes from it and hands on both.
 */
import { FRAME_PREFIX, MAX_MESSAGE } from '../grpc/framing.js';
import { Code, StatusError } from '../grpc/status.js';

const enum State {
  /** the 5-byte gRPC prefix of the next message */
  Prefix,
  /** a field's key (varint) */
  Key,
  /** a length-delimited field's length (varint) */
  Length,
  /** a varint field's value, skipped */
  SkipVarint,
  /** the bytes of field 1: handed on */
  Data,
  /** the bytes of another field: skipped */
  Skip,
}

export class BytesMessageStream {
  private state = State.Prefix;
  private readonly prefix = Buffer.alloc(FRAME_PREFIX);
  private prefixHave = 0;
  /** bytes of the current message not read yet */
  private messageLeft = 0;
  /** bytes of the current field's value not read yet (Data, Skip) */
  private fieldLeft = 0;
  private field = 0;
  /** the varint being read (Key, Length, SkipVarint) and the shift of its next byte */
  private varint = 0;
  private shift = 0;

  /** The data bytes completed by `chunk`, in order (slices of it: the caller must not reuse `chunk`). */
  push(chunk: Buffer): Buffer[] {
    const out: Buffer[] = [];
    let at = 0;
    while (at < chunk.length) {
      switch (this.state) {
        case State.Prefix: {
          const n = Math.min(FRAME_PREFIX - this.prefixHave, chunk.length - at);
          chunk.copy(this.prefix, this.prefixHave, at, at + n);
          this.prefixHave += n;
          at += n;
          if (this.prefixHave < FRAME_PREFIX) break;
          this.prefixHave = 0;
          if (this.prefix[0] !== 0) throw new StatusError(Code.UNIMPLEMENTED, 'compressed messages are not supported');
          const length = this.prefix.readUInt32BE(1);
          if (length > MAX_MESSAGE)
            throw new StatusError(
              Code.RESOURCE_EXHAUSTED,
              `message of ${length} bytes exceeds the limit of ${MAX_MESSAGE}`,
            );
          this.messageLeft = length;
          if (length > 0) this.startVarint(State.Key);
          break;
        }
        case State.Key:
        case State.Length:
        case State.SkipVarint: {
          const byte = chunk[at++];
          this.messageLeft--;
          this.varint += (byte & 0x7f) * 2 ** this.shift;
          this.shift += 7;
          if (byte & 0x80) {
            if (this.shift >= 64) throw malformed('a varint longer than 10 bytes');
            if (this.messageLeft === 0) throw malformed('a varint cut by the end of the message');
            break;
          }
          this.varintDone();
          break;
        }
        case State.Data:
        case State.Skip: {
          const n = Math.min(this.fieldLeft, chunk.length - at);
          if (this.state === State.Data) out.push(chunk.subarray(at, at + n));
          at += n;
          this.fieldLeft -= n;
          this.messageLeft -= n;
          if (this.fieldLeft === 0) this.nextField();
          break;
        }
      }
    }
    return out;
  }

  private startVarint(state: State.Key | State.Length | State.SkipVarint): void {
    this.state = state;
    this.varint = 0;
    this.shift = 0;
  }

  private varintDone(): void {
    const value = this.varint;
    if (this.state === State.Key) {
      this.field = Math.floor(value / 8);
      const wireType = value % 8;
      // every wire type has something after the key: a value, or a length (of 0 at least)
      if (this.messageLeft === 0) throw malformed('a field without its value');
      if (wireType === 2) return this.startVarint(State.Length);
      if (wireType === 0) return this.startVarint(State.SkipVarint);
      // fixed64 and fixed32: skipped like bytes of a known length
      if (wireType === 1 || wireType === 5) return this.startField(State.Skip, wireType === 1 ? 8 : 4);
      throw malformed(`wire type ${wireType}`);
    }
    if (this.state === State.Length) return this.startField(this.field === 1 ? State.Data : State.Skip, value);
    this.nextField(); // a skipped varint's value
  }

  private startField(state: State.Data | State.Skip, length: number): void {
    if (length > this.messageLeft) throw malformed('a field longer than its message');
    this.state = state;
    this.fieldLeft = length;
    if (length === 0) this.nextField();
  }

  private nextField(): void {
    if (this.messageLeft === 0) this.state = State.Prefix;
    else this.startVarint(State.Key);
  }
}

function malformed(what: string): StatusError {
  return new StatusError(Code.INTERNAL, `malformed BytesMessage: ${what}`);
}
