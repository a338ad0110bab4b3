/** SHA-256 without node:crypto for short inputs (src/buildkit/light-crypto/sha256.ts), checked against node:crypto. */
import * as crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TAKEOVER_BYTES, sha256, sha256Hex, sha256Of } from '../../../../src/buildkit/light-crypto/sha256.js';

const reference = (data: Uint8Array | string) => crypto.createHash('sha256').update(data).digest('hex');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** Bytes that differ at every position (a generator that is not SHA-256 itself). */
function bytesOf(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed * 2654435761;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('sha256Of', () => {
  it("gives FIPS 180-4's digests of its examples", () => {
    expect(hex(sha256Of(new Uint8Array(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256Of(Buffer.from('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256Of(Buffer.from('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it("equals node:crypto's digest at every length across the padding's boundaries and beyond a few blocks", () => {
    for (let length = 0; length <= 300; length++) {
      const data = bytesOf(length, length);
      expect(hex(sha256Of(data)), `length ${length}`).toBe(reference(data));
    }
    for (const length of [1000, 4095, 4096, 4097, 65_536, 100_003]) {
      const data = bytesOf(length, length);
      expect(hex(sha256Of(data)), `length ${length}`).toBe(reference(data));
    }
  });

  it('reads a view at its own offset, not its buffer from the start', () => {
    const whole = bytesOf(200);
    const view = whole.subarray(37, 170);
    expect(hex(sha256Of(view))).toBe(reference(Buffer.from(view)));
  });
});

describe('sha256', () => {
  it('hashes strings as UTF-8, as node:crypto does', () => {
    for (const text of ['', 'bakekit directory session v1\0host\0/dir\0id', 'é€𝄞 — ünïcödé', '|go-actionscache-1.0'])
      expect(sha256Hex(text)).toBe(reference(text));
  });

  it("gives node:crypto's digest whatever the updates' sizes, below and above the takeover, in hex, base64 and bytes", () => {
    for (const total of [0, 5, 64, TAKEOVER_BYTES - 1, TAKEOVER_BYTES, TAKEOVER_BYTES + 1, 3 * TAKEOVER_BYTES + 17]) {
      const data = bytesOf(total, total + 3);
      for (const piece of [1, 7, 64, 1000, TAKEOVER_BYTES]) {
        const h = sha256();
        for (let at = 0; at < total; at += piece) h.update(data.subarray(at, Math.min(total, at + piece)));
        expect(h.digest('hex'), `${total} bytes in pieces of ${piece}`).toBe(reference(data));
      }
      expect(sha256().update(data).digest('base64')).toBe(crypto.createHash('sha256').update(data).digest('base64'));
      expect(sha256().update(data).digest().equals(crypto.createHash('sha256').update(data).digest())).toBe(true);
    }
  });

  it('keeps what it was given: a buffer the caller reuses after update does not change the digest', () => {
    const buffer = Buffer.from(bytesOf(100));
    const expected = reference(buffer);
    const h = sha256().update(buffer);
    buffer.fill(0);
    expect(h.digest('hex')).toBe(expected);
  });

  it('hashes a view at its own offset, below and above the takeover', () => {
    const whole = Buffer.from(bytesOf(3 * TAKEOVER_BYTES));
    for (const [from, to] of [
      [37, 170],
      [1, TAKEOVER_BYTES - 5],
      [13, 2 * TAKEOVER_BYTES + 3],
    ]) {
      const view = whole.subarray(from, to);
      expect(sha256().update(view).digest('hex'), `${from}-${to}`).toBe(reference(Buffer.from(view)));
    }
  });

  it('refuses an update or a digest after the digest, as node:crypto does, below and above the takeover', () => {
    for (const data of ['x', Buffer.from(bytesOf(TAKEOVER_BYTES + 1))]) {
      const h = sha256().update(data);
      h.digest();
      expect(() => h.update('y')).toThrow(/Digest already called/);
      expect(() => h.digest()).toThrow(/Digest already called/);
    }
  });
});
