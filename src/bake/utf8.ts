/**
 * Strict UTF-8 decoding of bake files. Node's `readFileSync(p, 'utf8')` turns every invalid byte into U+FFFD, so a
 * file with a stray Latin-1 byte in a context path became a path like `ctx-��` and was built. buildx refuses such a
 * file: HCL reports "Invalid character encoding" at the byte (except inside a comment, which HCL never decodes), the
 * compose loader fails on it anywhere.
 *
 * So: a file that is valid UTF-8 decodes as usual (TextDecoder with `fatal`, the fast path). Otherwise each invalid
 * byte (Go's rule: a byte that does not start a well-formed sequence is invalid on its own) becomes a lone low
 * surrogate U+DC00+byte, which no valid UTF-8 text can produce. Files other than HCL are refused at once, at the
 * first such byte; HCL text keeps them, and the HCL parser refuses any that is not inside a comment
 * (`encodingErrorOutsideComments`), as hclsyntax does.
 */
import { BakeError, type SourcePos } from './errors.js';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), 0 when the byte there is invalid. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Decodes `bytes`; each invalid byte becomes U+DC00+byte. `invalid` tells whether there was any. */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalid: boolean } {
  try {
    return { text: strictDecoder.decode(bytes), invalid: false };
  } catch {
    // slow path below
  }
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    parts.push(lenientDecoder.decode(bytes.subarray(runStart, i)), String.fromCharCode(0xdc00 | bytes[i]));
    i++;
    runStart = i;
  }
  parts.push(lenientDecoder.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), invalid: true };
}

/** Offsets (UTF-16) of lone surrogates in `text`: invalid bytes decoded by decodeUtf8 (or a broken JS string). */
export function loneSurrogates(text: string, limit = Infinity): number[] {
  const out: number[] = [];
  if (!/[\uD800-\uDFFF]/.test(text)) return out;
  const re = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) out.push(m.index);
  return out;
}

/** line:column (1-based, columns in UTF-16 units like the HCL scanner) of `offset` in `text`. */
export function positionOf(file: string, text: string, offset: number): SourcePos {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { file, line, column: offset - lineStart + 1 };
}

export const INVALID_ENCODING =
  'Invalid character encoding; All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.';

/** The error for invalid bytes at `offsets` (the first is reported; buildx adds the count of the others). */
export function invalidEncodingError(file: string, text: string, offsets: number[]): BakeError {
  const more = offsets.length > 1 ? `, and ${offsets.length - 1} other diagnostic(s)` : '';
  return new BakeError(`${INVALID_ENCODING}${more}`, positionOf(file, text, offsets[0]));
}

/**
 * The text of a bake file read as bytes. `keepInvalid`: HCL files, whose parser decides (comments may hold invalid
 * bytes); any other file with an invalid byte is refused here, at that byte.
 */
export function decodeBakeFile(name: string, bytes: Uint8Array, keepInvalid: boolean): string {
  const { text, invalid } = decodeUtf8(bytes);
  if (invalid && !keepInvalid) throw invalidEncodingError(name, text, loneSurrogates(text));
  return text;
}
