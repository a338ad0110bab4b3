/**
 * BytesMessageStream against protobufjs: any sequence of framed BytesMessages, cut into chunks anywhere, yields the
 * same bytes as decoding each whole message does, and never a copy of them.
 */
import { describe, expect, it } from 'vitest';
import { BytesMessageStream } from '../../../../src/buildkit/transport/bytes-message-stream.js';
import { encodeFrames } from '../../../../src/buildkit/grpc/framing.js';
import { Code, StatusError } from '../../../../src/buildkit/grpc/status.js';
import { decodeMessage, encodeMessage } from '../../../../src/buildkit/proto/registry.js';

const BYTES_MESSAGE = 'moby.buildkit.v1.BytesMessage';

/** A deterministic generator, so that a failure is reproducible from its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomBytes(next: () => number, n: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256);
  return b;
}

/** Cuts `data` into chunks of random sizes (1 byte up to `max`). */
function chunks(next: () => number, data: Buffer, max: number): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < data.length;) {
    const n = 1 + Math.floor(next() * max);
    out.push(data.subarray(at, at + n));
    at += n;
  }
  return out;
}

function streamAll(parts: Buffer[]): Buffer[] {
  const stream = new BytesMessageStream();
  return parts.flatMap((p) => stream.push(p));
}

describe('BytesMessageStream', () => {
  it('hands on what protobufjs decodes, for messages cut anywhere', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = rng(seed);
      const sizes = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
        next() < 0.2 ? 0 : Math.floor(next() * (next() < 0.5 ? 200 : 70_000)),
      );
      const messages = sizes.map((n) => encodeMessage(BYTES_MESSAGE, { data: randomBytes(next, n) }));
      const expected = Buffer.concat(
        messages.map((m) => decodeMessage<{ data?: Buffer }>(BYTES_MESSAGE, m).data ?? Buffer.alloc(0)),
      );
      const wire = encodeFrames(messages);
      const got = streamAll(chunks(next, wire, next() < 0.5 ? 7 : 20_000));
      expect(Buffer.concat(got).equals(expected), `seed ${seed}`).toBe(true);
      expect(got.every((b) => b.length > 0)).toBe(true);
    }
  });

  it('hands on slices of the chunks it was given, not copies', () => {
    const data = Buffer.alloc(40_000, 7);
    const wire = encodeFrames([encodeMessage(BYTES_MESSAGE, { data })]);
    const first = wire.subarray(0, 16_384);
    const stream = new BytesMessageStream();
    const [slice] = stream.push(first);
    expect(slice.buffer).toBe(first.buffer);
    expect(slice.byteOffset).toBe(first.byteOffset + 5 + 1 + 3); // gRPC prefix, key, 3-byte length varint
  });

  it('skips fields other than data, by wire type, as a protobuf decoder does', () => {
    const data = Buffer.from('payload');
    // field 2 varint 300, field 3 fixed64, field 4 fixed32, field 5 bytes "xx", then field 1
    const body = Buffer.concat([
      Buffer.from([0x10, 0xac, 0x02]),
      Buffer.from([0x19, 1, 2, 3, 4, 5, 6, 7, 8]),
      Buffer.from([0x25, 1, 2, 3, 4]),
      Buffer.from([0x2a, 2, 0x78, 0x78]),
      Buffer.from([0x0a, data.length]),
      data,
    ]);
    expect(decodeMessage<{ data?: Buffer }>(BYTES_MESSAGE, body).data?.equals(data)).toBe(true);
    const got = streamAll(chunks(rng(3), encodeFrames([body, body]), 3));
    expect(Buffer.concat(got).toString()).toBe('payloadpayload');
  });

  it('refuses a compressed message, one over the size limit and a malformed one, with a gRPC status', () => {
    const refused = (wire: Buffer): StatusError => {
      try {
        new BytesMessageStream().push(wire);
      } catch (err) {
        return err as StatusError;
      }
      throw new Error('accepted');
    };
    expect(refused(Buffer.from([1, 0, 0, 0, 1, 0])).code).toBe(Code.UNIMPLEMENTED);
    expect(refused(Buffer.from([0, 0x7f, 0xff, 0xff, 0xff])).code).toBe(Code.RESOURCE_EXHAUSTED);
    // a data field claiming more bytes than its message holds
    expect(refused(Buffer.from([0, 0, 0, 0, 3, 0x0a, 9, 1])).code).toBe(Code.INTERNAL);
    // wire type 3 (a group), which no proto3 message has
    expect(refused(Buffer.from([0, 0, 0, 0, 1, 0x0b])).code).toBe(Code.INTERNAL);
    // a key cut by the end of its message
    expect(refused(Buffer.from([0, 0, 0, 0, 1, 0x80, 0])).code).toBe(Code.INTERNAL);
    // a key with nothing after it: its length would be read from the next message
    expect(refused(Buffer.from([0, 0, 0, 0, 1, 0x0a, 0, 0, 0, 0, 0])).code).toBe(Code.INTERNAL);
  });
});
