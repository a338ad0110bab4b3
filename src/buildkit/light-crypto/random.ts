/**
 * Random bytes from the kernel's generator (/dev/urandom), without loading node:crypto: session ids, build refs and
 * temporary names are all a run asks for, and loading node:crypto for them took 10-13 ms of its main thread before the
 * first build (sha256.ts says more). /dev/urandom is the generator node:crypto's own is seeded from (getrandom(2)
 * reads the same pool); where it cannot be read (no such device, a sandbox), node:crypto gives them. Read POOL_BYTES
 * at a time: a fan-out asks ~15 times for 4-32 bytes, and an open, read and close for each took ~1 ms of its main
 * thread in all. node:crypto's import below loads nothing until it is first used, in the bundle (scripts/ncc.mjs
 * ON_FIRST_USE).
 */
import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import * as fs from 'node:fs';

const POOL_BYTES = 512;
let pool: Buffer = Buffer.alloc(0);

/** `n` cryptographically random bytes, each handed out once. */
export function randomBytes(n: number): Buffer {
  if (n > pool.length) {
    const fresh = readUrandom(Math.max(n, POOL_BYTES));
    if (fresh === undefined) return cryptoRandomBytes(n);
    pool = fresh;
  }
  const out = Buffer.from(pool.subarray(0, n)); // a copy: the pool's bytes are not lent out
  pool.fill(0, 0, n); // nor kept once handed out
  pool = pool.subarray(n);
  return out;
}

/** `n` bytes of /dev/urandom; undefined where it cannot be read whole, or is not the kernel's device. */
function readUrandom(n: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync('/dev/urandom', 'r');
    if (!fs.fstatSync(fd).isCharacterDevice()) return undefined;
    const out = Buffer.alloc(n);
    for (let at = 0; at < n;) {
      const read = fs.readSync(fd, out, at, n - at, null);
      if (read <= 0) return undefined;
      at += read;
    }
    return out;
  } catch {
    return undefined;
  } finally {
    try {
      if (fd !== undefined) fs.closeSync(fd);
    } catch {
      /* what was read stands */
    }
  }
}

/** A random UUID (version 4, RFC 9562), as node:crypto's randomUUID makes one. */
export function randomUUID(): string {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // variant 10
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
