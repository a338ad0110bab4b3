/**
 * gRPC's length-prefixed messages: the decoder cuts them out of chunks split anywhere (a large one, on request, as the
 * slices it came in) and refuses what the server does not support (compression, oversized messages) with the status to
 * end the call with; the encoders frame them back.
 */
import { describe, expect, test } from 'vitest';
import {
  encodeFrames,
  framePrefix,
  FrameDecoder,
  MAX_MESSAGE,
  MAX_SLICES,
  writeFramePrefix,
} from '../../../../src/buildkit/grpc/framing.js';
import { Code, StatusError } from '../../../../src/buildkit/grpc/status.js';

describe('framing helpers', () => {
  test('FrameDecoder cuts messages split anywhere, and rejects compressed ones', () => {
    const msgs = [Buffer.from('hello'), Buffer.alloc(0), Buffer.alloc(70_000, 1)];
    const wire = Buffer.concat(
      msgs
        .flatMap((m) => [Buffer.from([0, 0, 0, 0, 0]).fill(0), m])
        .map((b, i, all) => (i % 2 === 0 ? lengthPrefix(all[i + 1].length) : b)),
    );
    for (const step of [1, 3, 5, 4096, wire.length]) {
      const d = new FrameDecoder();
      const out: Buffer[] = [];
      for (let at = 0; at < wire.length; at += step) out.push(...d.push(wire.subarray(at, at + step)));
      expect(out.map((b) => b.toString('hex'))).toEqual(msgs.map((b) => b.toString('hex')));
      expect(d.pending).toBe(0);
    }
    expect(() => new FrameDecoder().push(Buffer.from([1, 0, 0, 0, 1, 0]))).toThrow();
  });

  test('pushSliced hands a large message that straddles chunks on as their slices, joins the rest', () => {
    const msgs = [Buffer.from('hello'), Buffer.alloc(0), Buffer.alloc(70_000, 1), Buffer.alloc(3000, 2)];
    const wire = encodeFrames(msgs);
    for (const step of [1, 3, 5, 4096, 16_384, wire.length]) {
      const d = new FrameDecoder();
      const out: Array<Buffer | Buffer[]> = [];
      const memory = new Set<ArrayBufferLike>();
      for (let at = 0; at < wire.length; at += step) {
        // each chunk in memory of its own, as a socket's reads are
        const part = wire.subarray(at, at + step);
        const chunk = Buffer.allocUnsafeSlow(part.length);
        part.copy(chunk);
        memory.add(chunk.buffer);
        out.push(...d.pushSliced(chunk, 16 * 1024));
      }
      expect(out.map((m) => Buffer.concat(Array.isArray(m) ? m : [m]).toString('hex'))).toEqual(
        msgs.map((b) => b.toString('hex')),
      );
      expect(d.pending).toBe(0);
      // the 70,000-byte message: slices of the chunks it came in (no copy) when it came in more than one, and in no
      // more than MAX_SLICES (a step of 1, 3 or 5 bytes cuts it in thousands: joined)
      const large = out[2];
      const sliced = step < 70_005 && Math.ceil(70_005 / step) <= MAX_SLICES;
      expect(Array.isArray(large)).toBe(sliced);
      if (Array.isArray(large)) expect(large.every((slice) => memory.has(slice.buffer))).toBe(true);
      // the small ones are never slices
      for (const i of [0, 1, 3]) expect(Array.isArray(out[i])).toBe(false);
    }
    expect(() => new FrameDecoder().pushSliced(Buffer.from([1, 0, 0, 0, 1, 0]), 1)).toThrow(StatusError);
  });

  test('a refused message fails with the status that ends the call', () => {
    const refused = (bytes: Buffer) => {
      try {
        new FrameDecoder().push(bytes);
      } catch (err) {
        return err;
      }
      return undefined;
    };
    const compressed = refused(Buffer.from([1, 0, 0, 0, 1, 0]));
    expect(compressed).toBeInstanceOf(StatusError);
    expect(compressed).toMatchObject({ code: Code.UNIMPLEMENTED, details: 'compressed messages are not supported' });
    expect(refused(framePrefix(MAX_MESSAGE + 1))).toMatchObject({ code: Code.RESOURCE_EXHAUSTED });
  });

  test('writeFramePrefix writes the flag and the length as writeUInt32BE does, at every byte boundary', () => {
    for (const length of [0, 1, 255, 256, 65_535, 65_536, 2 ** 24 - 1, 2 ** 24, 2 ** 31, 2 ** 32 - 1]) {
      const expected = Buffer.alloc(7, 0xee);
      expected[1] = 0;
      expected.writeUInt32BE(length, 2);
      const out = Buffer.alloc(7, 0xee);
      expect(writeFramePrefix(out, 1, length)).toBe(6);
      expect(out.toString('hex'), String(length)).toBe(expected.toString('hex'));
    }
  });

  test('encodeFrames puts messages back to back, each behind its prefix, as the decoder reads them', () => {
    const msgs = [Buffer.from('a'), Buffer.alloc(0), Buffer.alloc(300, 7)];
    const wire = encodeFrames(msgs);
    expect(wire.length).toBe(3 * 5 + 1 + 300);
    expect(wire.subarray(0, 6)).toEqual(Buffer.from([0, 0, 0, 0, 1, 0x61]));
    expect(new FrameDecoder().push(wire)).toEqual(msgs);
    expect(framePrefix(70_000)).toEqual(lengthPrefix(70_000));
  });
});

function lengthPrefix(n: number): Buffer {
  const b = Buffer.alloc(5);
  b.writeUInt32BE(n, 1);
  return b;
}
