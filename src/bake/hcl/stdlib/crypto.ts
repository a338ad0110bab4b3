/**
 * Hashes (`md5`, `sha1`, `sha256`, `sha512`), UUIDs, `rsadecrypt` (rsadecrypt.ts), and `bcrypt`, which is refused:
 * its output is salted at random, so a definition using it never resolves the same way twice.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { HclFunction } from '../eval.js';
import { arity, fn1s, str } from './arguments.js';
import { rsaDecrypt } from './rsadecrypt.js';

function uuidV5(namespace: string, name: string): string {
  const ns: Record<string, string> = {
    dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
    url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
    oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
    x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
  };
  const nsId = (ns[namespace] ?? namespace).replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(nsId)) throw new Error(`uuidv5() doesn't support namespace ${namespace}`);
  const h = createHash('sha1').update(Buffer.from(nsId, 'hex')).update(name).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const md5: HclFunction = fn1s((s) => createHash('md5').update(s).digest('hex'));

export const sha1: HclFunction = fn1s((s) => createHash('sha1').update(s).digest('hex'));

export const sha256: HclFunction = fn1s((s) => createHash('sha256').update(s).digest('hex'));

export const sha512: HclFunction = fn1s((s) => createHash('sha512').update(s).digest('hex'));

export const uuidv4: HclFunction = (a) => (arity('uuidv4', a, 0), randomUUID());

export const uuidv5: HclFunction = (a) => (arity('uuidv5', a, 2), uuidV5(str(a[0]), str(a[1])));

export const bcrypt: HclFunction = () => {
  throw new Error('bcrypt is not supported by bakekit (its output is random-salted and never reproducible)');
};

export const rsadecrypt: HclFunction = (a) => (arity('rsadecrypt', a, 2), rsaDecrypt(str(a[0]), str(a[1])));
