/**
 * SHA-256 for the short texts a run hashes on its way to its first build (session and shared-key names, the identity
 * of a small context, cache scope names), without loading node:crypto; longer inputs go to node:crypto.
 *
 * Why: a run that hashes nothing long loaded node:crypto only for these, and loading it (its module graph and
 * OpenSSL's start) took 10-13 ms of the main thread before the first build on Node 24 (6-7 ms on Node 20). A run that
 * skipped it measured 26-34 ms faster on the bench's cached fan-out (docs/benchmarks.md, "Forty-second round").
 *
 * Why by hand: the libraries measured cost more than they save on a cold process, where V8 runs their code in its
 * interpreter. @noble/hashes: 7-10 ms to import, 4-5 ms for 20 hashes of 100 bytes; hash-wasm: 7 ms to instantiate
 * (asynchronously), 28 ms for its first 1.7 MB. This file is SHA-256's compression in one function over typed arrays,
 * checked against node:crypto in its tests. Cold, it takes 1.6-1.8 ms for 20 short texts and 5-7 ms for a first
 * 4 KiB (~80 µs per 64-byte block in V8's interpreter); on the cached fan-out it spends 0.7 ms of a run. So an input
 * is kept here only up to TAKEOVER_BYTES, and a longer one is handed, with what came before, to node:crypto, whose
 * digest is the same. node:crypto's import below loads nothing until createHash is first read: the bundle makes it so
 * (scripts/ncc.mjs ON_FIRST_USE); under tsx or vitest it is loaded with this module.
 */
import { createHash, type Hash } from 'node:crypto';

/** Bytes up to which a digest is computed here; beyond them node:crypto takes the input over. */
export const TAKEOVER_BYTES = 4 * 1024;

/** The subset of node:crypto's Hash that bakekit's callers use. */
export interface Sha256 {
  update(data: string | Uint8Array): Sha256;
  digest(): Buffer;
  digest(encoding: 'hex' | 'base64'): string;
}

/** A SHA-256 hash of what is given to `update`, as node:crypto's `createHash('sha256')`. */
export function sha256(): Sha256 {
  return new SmallFirstSha256();
}

/** The hex SHA-256 of `data` (a string as UTF-8). */
export function sha256Hex(data: string | Uint8Array): string {
  return sha256().update(data).digest('hex');
}

class SmallFirstSha256 implements Sha256 {
  private pending: Uint8Array[] = [];
  private length = 0;
  private large: Hash | undefined;
  private done = false;

  update(data: string | Uint8Array): Sha256 {
    if (this.done) throw new Error('Digest already called');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (!this.large && this.length + bytes.length > TAKEOVER_BYTES) {
      this.large = createHash('sha256');
      for (const p of this.pending) this.large.update(p);
      this.pending = [];
    }
    if (this.large) {
      this.large.update(bytes);
      return this;
    }
    // a copy: a caller may reuse its buffer after update, as node:crypto allows
    this.pending.push(new Uint8Array(bytes));
    this.length += bytes.length;
    return this;
  }

  digest(): Buffer;
  digest(encoding: 'hex' | 'base64'): string;
  digest(encoding?: 'hex' | 'base64'): Buffer | string {
    if (this.done) throw new Error('Digest already called');
    this.done = true;
    const out = this.large ? this.large.digest() : Buffer.from(sha256Of(concat(this.pending, this.length)));
    this.pending = [];
    return encoding ? out.toString(encoding) : out;
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = Int32Array.of(
  0x428a2f98,
  0x71374491,
  0xb5c0fbcf,
  0xe9b5dba5,
  0x3956c25b,
  0x59f111f1,
  0x923f82a4,
  0xab1c5ed5,
  0xd807aa98,
  0x12835b01,
  0x243185be,
  0x550c7dc3,
  0x72be5d74,
  0x80deb1fe,
  0x9bdc06a7,
  0xc19bf174,
  0xe49b69c1,
  0xefbe4786,
  0x0fc19dc6,
  0x240ca1cc,
  0x2de92c6f,
  0x4a7484aa,
  0x5cb0a9dc,
  0x76f988da,
  0x983e5152,
  0xa831c66d,
  0xb00327c8,
  0xbf597fc7,
  0xc6e00bf3,
  0xd5a79147,
  0x06ca6351,
  0x14292967,
  0x27b70a85,
  0x2e1b2138,
  0x4d2c6dfc,
  0x53380d13,
  0x650a7354,
  0x766a0abb,
  0x81c2c92e,
  0x92722c85,
  0xa2bfe8a1,
  0xa81a664b,
  0xc24b8b70,
  0xc76c51a3,
  0xd192e819,
  0xd6990624,
  0xf40e3585,
  0x106aa070,
  0x19a4c116,
  0x1e376c08,
  0x2748774c,
  0x34b0bcb5,
  0x391c0cb3,
  0x4ed8aa4a,
  0x5b9cca4f,
  0x682e6ff3,
  0x748f82ee,
  0x78a5636f,
  0x84c87814,
  0x8cc70208,
  0x90befffa,
  0xa4506ceb,
  0xbef9a3f7,
  0xc67178f2,
);

/** The initial hash value: the first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const H0 = Int32Array.of(
  0x6a09e667,
  0xbb67ae85,
  0x3c6ef372,
  0xa54ff53a,
  0x510e527f,
  0x9b05688c,
  0x1f83d9ab,
  0x5be0cd19,
);

/** SHA-256 of `message` (FIPS 180-4, section 6.2), one shot. */
export function sha256Of(message: Uint8Array): Uint8Array {
  const length = message.length;
  // the message, a 1 bit, zeros, and its length in bits (64 bits, big-endian), to a multiple of 64 bytes
  const padded = new Uint8Array(Math.ceil((length + 9) / 64) * 64);
  padded.set(message);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000)); // length * 8, its high 32 bits
  view.setUint32(padded.length - 4, (length << 3) >>> 0);
  const state = H0.slice();
  const w = new Int32Array(64);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(block + i * 4);
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15];
      const y = w[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    let e = state[4];
    let f = state[5];
    let g = state[6];
    let h = state[7];
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    state[0] = (state[0] + a) | 0;
    state[1] = (state[1] + b) | 0;
    state[2] = (state[2] + c) | 0;
    state[3] = (state[3] + d) | 0;
    state[4] = (state[4] + e) | 0;
    state[5] = (state[5] + f) | 0;
    state[6] = (state[6] + g) | 0;
    state[7] = (state[7] + h) | 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setInt32(i * 4, state[i]);
  return out;
}
