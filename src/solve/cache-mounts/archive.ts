/**
 * Digests of a cache mount's archive, read in chunks (an archive may be gigabytes).
 *
 * `fileDigest` is the archive's sha256, which names a saved entry. `contentDigest` is what decides that a mount is
 * unchanged since its restore: the archive's bytes cannot, since a restored tree is archived again with other
 * directory mtimes (tar sets a directory's mtime before filling it, which moves it again) and perhaps in another
 * order (readdir order is the file system's). It hashes each entry's name, type, mode, owner, link target, and for
 * regular files their content and mtime (which tar restores), in name order.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';

const CHUNK = 1 << 20;

/** sha256 of the file, hex. */
export function fileDigest(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(CHUNK);
    for (let n; (n = fs.readSync(fd, buf, 0, CHUNK, null)) > 0;) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}

function octal(header: Buffer, offset: number, length: number): number {
  const raw = header.subarray(offset, offset + length);
  if (raw[0] & 0x80) {
    // GNU base-256 for values that do not fit (sizes over 8 GiB)
    let v = 0;
    for (let i = 1; i < raw.length; i++) v = v * 256 + raw[i];
    return v;
  }
  const s = field(header, offset, length).trim();
  return s ? parseInt(s, 8) : 0;
}

/** A digest of the tree the tar archive `file` holds, independent of entry order and directory mtimes. */
export function contentDigest(file: string): string {
  const fd = fs.openSync(file, 'r');
  const entries: string[] = [];
  try {
    const header = Buffer.alloc(512);
    const buf = Buffer.alloc(CHUNK);
    let pos = 0;
    let longName: string | undefined;
    let longLink: string | undefined;
    const readBody = (size: number, onChunk: (b: Buffer) => void) => {
      let left = size;
      while (left > 0) {
        const n = fs.readSync(fd, buf, 0, Math.min(CHUNK, left), pos);
        if (n <= 0) throw new Error(`${file}: truncated archive`);
        onChunk(buf.subarray(0, n));
        pos += n;
        left -= n;
      }
      pos += (512 - (size % 512)) % 512;
    };
    for (;;) {
      if (fs.readSync(fd, header, 0, 512, pos) < 512) break;
      pos += 512;
      if (header.every((b) => b === 0)) break;
      const type = String.fromCharCode(header[156]) || '0';
      const size = octal(header, 124, 12);
      if (type === 'L' || type === 'K') {
        const parts: Buffer[] = [];
        readBody(size, (b) => parts.push(Buffer.from(b)));
        const text = Buffer.concat(parts).toString('utf8').replace(/\0+$/, '');
        if (type === 'L') longName = text;
        else longLink = text;
        continue;
      }
      const prefix = field(header, 345, 155);
      const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
      const link = longLink ?? field(header, 157, 100);
      longName = longLink = undefined;
      const content = crypto.createHash('sha256');
      readBody(size, (b) => content.update(b));
      const regular = type === '0' || type === '\0' || type === '7';
      entries.push(
        JSON.stringify([
          name.replace(/\/+$/, ''),
          type === '\0' ? '0' : type,
          octal(header, 100, 8) & 0o7777,
          octal(header, 108, 8),
          octal(header, 116, 8),
          link,
          regular ? content.digest('hex') : '',
          regular ? octal(header, 136, 12) : 0,
        ]),
      );
    }
  } finally {
    fs.closeSync(fd);
  }
  entries.sort();
  return crypto.createHash('sha256').update(entries.join('\n')).digest('hex');
}
