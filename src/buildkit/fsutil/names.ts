/**
 * File names as bytes. On Linux a name is any byte string without `/` and NUL, and fsutil carries it as such
 * (`Stat.path` and `Stat.linkname` are Go strings: bytes, not necessarily UTF-8). JavaScript strings are UTF-16, and
 * every Node API that returns a name as a string decodes it as UTF-8, replacing what is not UTF-8 with U+FFFD — a name
 * that then no longer exists on disk, and a different name on the wire.
 *
 * bakekit keeps names as strings, with a reversible escape for the bytes that are not UTF-8 (PEP 383's
 * "surrogateescape", as Python does for the same problem): a byte 0x80–0xFF that is not part of a valid UTF-8
 * sequence becomes the lone low surrogate U+DC80–U+DCFF. A string decoded from valid UTF-8 never contains a lone
 * surrogate, so an ordinary name is the same string as before and the escape is unambiguous; `encodeName` gives the
 * original bytes back. Each escaped byte is one UTF-16 unit, so a pattern's `?` matches one invalid byte, as Go's
 * regexp matches an invalid byte as one rune.
 *
 * Ordinary names take the fast paths (Node's own UTF-8 decoding, string paths for fs calls); only a name that is not
 * valid UTF-8 is read as a Buffer, and such a name reaches the file system as a Buffer path.
 */
import { isUtf8 } from 'node:buffer';
import { compareUtf8 } from './paths.js';

/** A lone low surrogate in the escape range: the cheap first test (a valid surrogate pair's low half may match too). */
const ESCAPE_UNIT = /[\udc80-\udcff]/;
/** An escape unit that is not the low half of a surrogate pair. */
const ESCAPE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;

/** Whether `s` holds escaped bytes (was decoded from a name that is not valid UTF-8). */
export function hasEscapes(s: string): boolean {
  return ESCAPE_UNIT.test(s) && ESCAPE.test(s);
}

/** A name's bytes → its string: ordinary UTF-8 decoding when the bytes are valid UTF-8, escapes for the bytes that are not. */
export function decodeName(bytes: Uint8Array): string {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buf)) return buf.toString('utf8');
  let out = '';
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const len = validSequenceLength(buf, i);
    if (len === 0) {
      out += String.fromCharCode(0xdc00 + b);
      i++;
    } else {
      out += buf.toString('utf8', i, i + len);
      i += len;
    }
  }
  return out;
}

/**
 * The length of the well-formed UTF-8 sequence starting at `i` (Unicode table 3-7: no overlong forms, no surrogates,
 * nothing above U+10FFFF), or 0 when the byte there does not start one.
 */
function validSequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** A name's string → its bytes (the inverse of decodeName). */
export function encodeName(s: string): Buffer {
  if (!hasEscapes(s)) return Buffer.from(s, 'utf8');
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc80 || c > 0xdcff) continue;
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
    if (prev >= 0xd800 && prev <= 0xdbff) continue; // the low half of a pair
    if (i > start) parts.push(Buffer.from(s.slice(start, i), 'utf8'));
    parts.push(Buffer.of(c - 0xdc00));
    start = i + 1;
  }
  if (start < s.length) parts.push(Buffer.from(s.slice(start), 'utf8'));
  return Buffer.concat(parts);
}

/** The byte length of a name (what the wire carries). */
export function nameByteLength(s: string): number {
  return hasEscapes(s) ? encodeName(s).length : Buffer.byteLength(s, 'utf8');
}

/** A path for Node's fs calls: the string itself, or its bytes when it holds escaped (non-UTF-8) bytes. */
export function fsPath(s: string): string | Buffer {
  return hasEscapes(s) ? encodeName(s) : s;
}

/** `dir/name` for fs calls where either part may be bytes. */
export function joinFsPath(dir: string | Buffer, name: string | Buffer): string | Buffer {
  if (typeof dir === 'string' && typeof name === 'string') return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
  const d = typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir;
  const n = typeof name === 'string' ? Buffer.from(name, 'utf8') : name;
  return d.length > 0 && d[d.length - 1] === 0x2f ? Buffer.concat([d, n]) : Buffer.concat([d, Buffer.of(0x2f), n]);
}

/** A path for messages: escaped bytes shown as `\xNN`, as Go's %q shows them. */
export function displayName(s: string): string {
  if (!hasEscapes(s)) return s;
  return s.replace(/(?<![\ud800-\udbff])[\udc80-\udcff]/g, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16)}`);
}

/**
 * Compares names the way Go does: by their bytes. Strings without escapes compare by code point (which is UTF-8 byte
 * order); with escapes, by the bytes they stand for.
 */
export function compareNames(a: string, b: string): number {
  if (hasEscapes(a) || hasEscapes(b)) return Buffer.compare(encodeName(a), encodeName(b));
  return compareUtf8(a, b);
}
