/**
 * HPACK (RFC 7541), the header compression of HTTP/2, for our own HTTP/2 connections (h2-connection.ts, both sides): a
 * decoder for the header blocks a peer sends (the static table, the dynamic table with its size updates, Huffman-coded
 * strings) and a stateless encoder for the blocks we send.
 *
 * Hand-written because there is nothing to reuse: node:http2 keeps nghttp2's HPACK internal, and no HPACK library on
 * npm is well kept. The peer is grpc-go (BuildKit's daemon), whose encoder indexes fields into the dynamic table,
 * Huffman-codes strings when that is shorter, and announces table size changes, so the decoder does all of HPACK. The
 * encoder does the least HPACK allows: no dynamic table, no Huffman (see encodeHeaderBlock).
 *
 * Names and values are octets, not text: both directions read and write them as latin1, one char per octet, as
 * node:http2 does (gRPC's metadata is ASCII, and its binary `-bin` values are base64). A string's length is then its
 * octet length, which is what the table sizes count.
 */

/** A malformed header block: a connection error of type COMPRESSION_ERROR (RFC 7540 4.3), the decoder is unusable. */
export class HpackError extends Error {
  override readonly name: string = 'HpackError';
}

/**
 * A header list larger than the decode's `maxListSize`. The block was still decoded to its end, so the dynamic table
 * stays in step with the peer's: the caller may refuse just the stream (RFC 7540 10.5.1) and keep the connection.
 */
export class HeaderListTooLargeError extends HpackError {
  override readonly name: string = 'HeaderListTooLargeError';
}

/** What each field adds to a table's or a list's size on top of its name and value (RFC 7541 4.1). */
const ENTRY_OVERHEAD = 32;
/** The largest integer accepted: what every HTTP/2 length or size fits in, and what stops a run-away varint. */
const MAX_INT = 0x7fffffff;
/** Continuation octets after an integer's prefix: 5 carry 35 bits, more than MAX_INT needs. */
const MAX_INT_OCTETS = 5;
const EMPTY = Buffer.alloc(0);

// ---- The static table (RFC 7541 Appendix A) ----

/** Index 1 to 61 (slot 0 unused, so a slot is the HPACK index); names first, then values. */
const STATIC: ReadonlyArray<readonly [string, string]> = [
  ['', ''],
  [':authority', ''],
  [':method', 'GET'],
  [':method', 'POST'],
  [':path', '/'],
  [':path', '/index.html'],
  [':scheme', 'http'],
  [':scheme', 'https'],
  [':status', '200'],
  [':status', '204'],
  [':status', '206'],
  [':status', '304'],
  [':status', '400'],
  [':status', '404'],
  [':status', '500'],
  ['accept-charset', ''],
  ['accept-encoding', 'gzip, deflate'],
  ['accept-language', ''],
  ['accept-ranges', ''],
  ['accept', ''],
  ['access-control-allow-origin', ''],
  ['age', ''],
  ['allow', ''],
  ['authorization', ''],
  ['cache-control', ''],
  ['content-disposition', ''],
  ['content-encoding', ''],
  ['content-language', ''],
  ['content-length', ''],
  ['content-location', ''],
  ['content-range', ''],
  ['content-type', ''],
  ['cookie', ''],
  ['date', ''],
  ['etag', ''],
  ['expect', ''],
  ['expires', ''],
  ['from', ''],
  ['host', ''],
  ['if-match', ''],
  ['if-modified-since', ''],
  ['if-none-match', ''],
  ['if-range', ''],
  ['if-unmodified-since', ''],
  ['last-modified', ''],
  ['link', ''],
  ['location', ''],
  ['max-forwards', ''],
  ['proxy-authenticate', ''],
  ['proxy-authorization', ''],
  ['range', ''],
  ['referer', ''],
  ['refresh', ''],
  ['retry-after', ''],
  ['server', ''],
  ['set-cookie', ''],
  ['strict-transport-security', ''],
  ['transfer-encoding', ''],
  ['user-agent', ''],
  ['vary', ''],
  ['via', ''],
  ['www-authenticate', ''],
];
const STATIC_COUNT = STATIC.length - 1;

/** For the encoder: a name's lowest static index, and each exact field's index (keyed name + '\0' + value). */
const STATIC_NAME = new Map<string, number>();
const STATIC_FIELD = new Map<string, number>();
for (let i = 1; i <= STATIC_COUNT; i++) {
  const [name, value] = STATIC[i];
  if (!STATIC_NAME.has(name)) STATIC_NAME.set(name, i);
  STATIC_FIELD.set(`${name}\0${value}`, i);
}

// ---- The Huffman code (RFC 7541 Appendix B) ----

/**
 * The code's bit length for each symbol: octets 0 to 255, then EOS (256). The RFC's code is canonical (codes of one
 * length are consecutive, in symbol order, each length's first code follows the last shorter one), so the lengths are
 * all of the table; the codes themselves follow from them (the tests check them against the RFC's).
 */
const HUFFMAN_LENGTHS = [
  13, 23, 28, 28, 28, 28, 28, 28, 28, 24, 30, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 30, 28, 28, 28, 28, 28, 28,
  28, 28, 28, 6, 10, 10, 12, 13, 6, 8, 11, 10, 10, 8, 11, 8, 6, 6, 6, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 15, 6, 12, 10,
  13, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 7, 8, 13, 19, 13, 14, 6, 15, 5, 6, 5, 6,
  5, 6, 6, 6, 5, 7, 7, 6, 6, 6, 5, 6, 7, 6, 5, 5, 6, 7, 7, 7, 7, 7, 15, 11, 14, 13, 28, 20, 22, 20, 20, 22, 22, 22, 23,
  22, 23, 23, 23, 23, 23, 24, 23, 24, 24, 22, 23, 24, 23, 23, 23, 23, 21, 22, 23, 22, 23, 23, 24, 22, 21, 20, 22, 22,
  23, 23, 21, 23, 22, 22, 24, 21, 22, 23, 23, 21, 21, 22, 21, 23, 22, 23, 23, 20, 22, 22, 22, 23, 22, 22, 23, 26, 26,
  20, 19, 22, 23, 22, 25, 26, 26, 26, 27, 27, 26, 24, 25, 19, 21, 26, 27, 27, 26, 27, 24, 21, 21, 26, 26, 28, 27, 27,
  27, 20, 24, 20, 21, 22, 21, 21, 23, 22, 22, 25, 25, 24, 24, 26, 23, 26, 27, 26, 26, 27, 27, 27, 27, 27, 28, 27, 27,
  27, 27, 27, 26, 30,
];
const EOS = 256;

/*
 * The decoder is a state machine that eats 4 bits at a time. A state is an inner node of the code's binary tree (the
 * bits read of a symbol not complete yet; 0 is the root); for each state and nibble, HUFFMAN_STEP holds the state after
 * it, and the symbol completed on the way, if any (at most one: no code is shorter than 5 bits). Built once, here.
 */
const STEP_EMIT = 1 << 16;
const STEP_FAIL = 1 << 17; // the nibble completes EOS, which must not appear in a string (RFC 7541 5.2)
/** State * 16 + nibble -> next state | symbol << 8 | STEP_EMIT | STEP_FAIL. */
const HUFFMAN_STEP = new Uint32Array(256 * 16);
/** Whether a string may end in the state: its bits are padding, the start of EOS, i.e. at most 7 bits, all ones. */
const HUFFMAN_END_OK = new Uint8Array(256);

{
  // The tree: an inner node has two children, each another inner node (its index, never 0: the root is no child) or
  // a leaf (~symbol).
  const children: number[][] = [[0, 0]];
  const depth = [0];
  const allOnes = [true];
  const order = HUFFMAN_LENGTHS.map((_, symbol) => symbol).sort(
    (a, b) => HUFFMAN_LENGTHS[a] - HUFFMAN_LENGTHS[b] || a - b,
  );
  let code = 0;
  let length = HUFFMAN_LENGTHS[order[0]];
  for (const symbol of order) {
    code <<= HUFFMAN_LENGTHS[symbol] - length; // canonical: each length's codes continue the shorter ones' (< 2^30)
    length = HUFFMAN_LENGTHS[symbol];
    let node = 0;
    for (let bit = length - 1; bit > 0; bit--) {
      const b = (code >> bit) & 1;
      if (!children[node][b]) {
        children.push([0, 0]);
        depth.push(depth[node] + 1);
        allOnes.push(allOnes[node] && b === 1);
        children[node][b] = children.length - 1;
      }
      node = children[node][b];
    }
    children[node][code & 1] = ~symbol;
    code++;
  }
  if (children.length !== 256) throw new Error(`HPACK Huffman table: ${children.length} inner nodes, not 256`);

  for (let state = 0; state < 256; state++) {
    HUFFMAN_END_OK[state] = allOnes[state] && depth[state] <= 7 ? 1 : 0;
    for (let nibble = 0; nibble < 16; nibble++) {
      let node = state;
      let step = 0;
      for (let bit = 3; bit >= 0; bit--) {
        const next = children[node][(nibble >> bit) & 1];
        if (next > 0) {
          node = next;
          continue;
        }
        const symbol = ~next;
        if (symbol === EOS) step |= STEP_FAIL;
        else step |= STEP_EMIT | (symbol << 8);
        node = 0;
      }
      HUFFMAN_STEP[state * 16 + nibble] = step | node;
    }
  }
}

// ---- Decoding ----

/**
 * An HPACK decoder for one connection's header blocks (RFC 7541): the static table, the dynamic table, Huffman codes.
 */
export class HpackDecoder {
  /*
   * The dynamic table, a ring of names and values: the newest entry (HPACK index 62) in slot `newest`, older ones in
   * the slots before it. An entry is at least 32 octets, so the ring never holds more than maxTableSize / 32 entries.
   */
  private readonly names: string[];
  private readonly values: string[];
  private newest = -1;
  private count = 0;
  /** The table's size (sum of name + value + 32), and the limit its last size update set. */
  private size = 0;
  private capacity: number;
  /** Huffman output, reused from string to string and grown when a longer one comes. */
  private scratch = Buffer.allocUnsafe(256);
  /** Where the block being decoded is read: the input and the offset of its next octet. */
  private buf: Buffer = EMPTY;
  private at = 0;

  /** `maxTableSize`: the SETTINGS_HEADER_TABLE_SIZE we advertise (default 4096); a size update above it is an error. */
  constructor(private readonly maxTableSize = 4096) {
    if (!Number.isInteger(maxTableSize) || maxTableSize < 0 || maxTableSize > MAX_INT) {
      throw new RangeError(`HPACK table size ${maxTableSize} is not a non-negative 31-bit integer`);
    }
    this.capacity = maxTableSize;
    const slots = Math.max(1, Math.floor(maxTableSize / ENTRY_OVERHEAD));
    this.names = new Array<string>(slots).fill('');
    this.values = new Array<string>(slots).fill('');
  }

  /** The dynamic table's size now, as RFC 7541 4.1 counts it. */
  get tableSize(): number {
    return this.size;
  }

  /**
   * Decodes one complete header block (HEADERS + CONTINUATION fragments already joined) into its fields in order,
   * as a flat array [name0, value0, name1, value1, ...]. `maxListSize` bounds the decoded list's size as RFC 7540
   * counts it (name length + value length + 32 per field; default: no bound); above it, throws
   * HeaderListTooLargeError, after decoding the block to its end so that the dynamic table stays usable. Throws
   * HpackError on any malformed input (a bad index, a truncated integer or string, an integer above 2^31-1 or with
   * more than 5 continuation octets, an invalid Huffman string (EOS in it, padding longer than 7 bits or not all
   * ones), a table size update after a field or above maxTableSize); the decoder is then out of step with its peer.
   */
  decode(block: Uint8Array, maxListSize = Infinity): string[] {
    this.buf = Buffer.isBuffer(block) ? block : Buffer.from(block.buffer, block.byteOffset, block.byteLength);
    this.at = 0;
    const out: string[] = [];
    let listSize = 0;
    try {
      while (this.at < this.buf.length) {
        const first = this.buf[this.at];
        let name: string;
        let value: string;
        if (first & 0x80) {
          // 6.1 Indexed Header Field
          const index = this.integer(7);
          if (index === 0) throw new HpackError('HPACK: index 0');
          name = this.nameAt(index);
          value = this.valueAt(index);
        } else if ((first & 0xe0) === 0x20) {
          // 6.3 Dynamic Table Size Update: only before the block's first field (RFC 7541 4.2)
          if (listSize > 0) throw new HpackError('HPACK: table size update after a header field');
          const capacity = this.integer(5);
          if (capacity > this.maxTableSize) {
            throw new HpackError(`HPACK: table size update to ${capacity}, above ${this.maxTableSize}`);
          }
          this.capacity = capacity;
          this.evictTo(capacity);
          continue;
        } else {
          // 6.2.1 with incremental indexing (01), 6.2.2 without indexing (0000), 6.2.3 never indexed (0001)
          const indexing = (first & 0xc0) === 0x40;
          const index = this.integer(indexing ? 6 : 4);
          name = index === 0 ? this.string() : this.nameAt(index);
          value = this.string();
          if (indexing) this.add(name, value);
        }
        listSize += name.length + value.length + ENTRY_OVERHEAD;
        // past the bound, keep decoding (the table must follow the peer's) but stop collecting
        if (listSize <= maxListSize) out.push(name, value);
      }
    } finally {
      this.buf = EMPTY; // not to hold on to the caller's block
    }
    if (listSize > maxListSize) {
      throw new HeaderListTooLargeError(`header list of ${listSize} octets, above the limit of ${maxListSize}`);
    }
    return out;
  }

  /** An integer with an N-bit prefix (RFC 7541 5.1), from the current octet on. */
  private integer(prefixBits: number): number {
    const buf = this.buf;
    const max = (1 << prefixBits) - 1;
    let value = buf[this.at++] & max;
    if (value < max) return value;
    for (let shift = 0; shift < 7 * MAX_INT_OCTETS; shift += 7) {
      if (this.at >= buf.length) throw new HpackError('HPACK: truncated integer');
      const octet = buf[this.at++];
      value += (octet & 0x7f) * 2 ** shift; // arithmetic, not shifts: the sum may pass 2^31 before we check it
      if ((octet & 0x80) === 0) {
        if (value > MAX_INT) throw new HpackError('HPACK: integer above 2^31-1');
        return value;
      }
    }
    throw new HpackError('HPACK: integer with too many octets');
  }

  /** A string literal (RFC 7541 5.2): the H bit, a 7-bit-prefix length, then the octets, raw or Huffman-coded. */
  private string(): string {
    if (this.at >= this.buf.length) throw new HpackError('HPACK: truncated header block');
    const huffman = (this.buf[this.at] & 0x80) !== 0;
    const length = this.integer(7);
    const start = this.at;
    const end = start + length;
    if (end > this.buf.length) throw new HpackError('HPACK: truncated string');
    this.at = end;
    return huffman ? this.huffman(start, end) : this.buf.toString('latin1', start, end);
  }

  /** Decodes buf[start, end) as Huffman codes, a nibble at a time through HUFFMAN_STEP. */
  private huffman(start: number, end: number): string {
    const buf = this.buf;
    // at most 8/5 symbols per octet: no code is shorter than 5 bits
    const most = Math.ceil(((end - start) * 8) / 5);
    if (this.scratch.length < most) this.scratch = Buffer.allocUnsafe(Math.max(most, this.scratch.length * 2));
    const out = this.scratch;
    let n = 0;
    let state = 0;
    for (let i = start; i < end; i++) {
      const octet = buf[i];
      let step = HUFFMAN_STEP[state * 16 + (octet >> 4)];
      if (step & STEP_FAIL) throw new HpackError('HPACK: EOS in a Huffman string');
      if (step & STEP_EMIT) out[n++] = (step >> 8) & 0xff;
      state = step & 0xff;
      step = HUFFMAN_STEP[state * 16 + (octet & 0x0f)];
      if (step & STEP_FAIL) throw new HpackError('HPACK: EOS in a Huffman string');
      if (step & STEP_EMIT) out[n++] = (step >> 8) & 0xff;
      state = step & 0xff;
    }
    if (!HUFFMAN_END_OK[state]) throw new HpackError('HPACK: Huffman padding longer than 7 bits or not all ones');
    return out.toString('latin1', 0, n);
  }

  /** The ring slot of dynamic table entry `index` (HPACK index 62 up); an error past the table's end. */
  private slot(index: number): number {
    const i = index - STATIC_COUNT - 1;
    if (i >= this.count) throw new HpackError(`HPACK: index ${index} past the table's ${STATIC_COUNT + this.count}`);
    const slots = this.names.length;
    return (this.newest - i + slots) % slots;
  }

  private nameAt(index: number): string {
    return index <= STATIC_COUNT ? STATIC[index][0] : this.names[this.slot(index)];
  }

  private valueAt(index: number): string {
    return index <= STATIC_COUNT ? STATIC[index][1] : this.values[this.slot(index)];
  }

  /** Adds an entry as the newest, evicting the oldest to make room (RFC 7541 4.4); one too large just empties it. */
  private add(name: string, value: string): void {
    const entry = name.length + value.length + ENTRY_OVERHEAD;
    if (entry > this.capacity) {
      this.evictTo(0);
      return;
    }
    this.evictTo(this.capacity - entry);
    this.newest = (this.newest + 1) % this.names.length;
    this.names[this.newest] = name;
    this.values[this.newest] = value;
    this.count++;
    this.size += entry;
  }

  /** Evicts the oldest entries until the table's size is at most `limit`. */
  private evictTo(limit: number): void {
    const slots = this.names.length;
    while (this.size > limit) {
      const oldest = (this.newest - this.count + 1 + slots) % slots;
      this.size -= this.names[oldest].length + this.values[oldest].length + ENTRY_OVERHEAD;
      this.names[oldest] = this.values[oldest] = ''; // not to keep the strings alive
      this.count--;
    }
  }
}

// ---- Encoding ----

/**
 * Encodes a header list for sending. An exact static-table field (`:status: 200`, `:method: POST`...) goes as its
 * index (RFC 7541 6.1); any other as a literal header field without indexing (6.2.2), with the name as a static index
 * when the static table has that name, else as a literal; strings raw (no Huffman, which would save little on gRPC's
 * few short headers). It never touches a dynamic table, so it needs no state and the peer's table size does not
 * matter. Names must already be lowercase (HTTP/2 requires it; nothing here checks). Names and values go as latin1:
 * a char above U+00FF cannot be sent and throws a RangeError.
 */
export function encodeHeaderBlock(fields: ReadonlyArray<readonly [string, string]>): Buffer {
  // Two passes: sizes, then the octets into one buffer of exactly that size.
  let total = 0;
  for (let i = 0; i < fields.length; i++) {
    const [name, value] = fields[i];
    const exact = STATIC_FIELD.get(`${name}\0${value}`);
    if (exact !== undefined) {
      total += integerSize(exact, 7);
      continue;
    }
    const nameIndex = STATIC_NAME.get(name);
    total += nameIndex !== undefined ? integerSize(nameIndex, 4) : 1 + stringSize(name);
    total += stringSize(value);
  }
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  for (let i = 0; i < fields.length; i++) {
    const [name, value] = fields[i];
    const exact = STATIC_FIELD.get(`${name}\0${value}`);
    if (exact !== undefined) {
      at = writeInteger(out, at, 0x80, 7, exact);
      continue;
    }
    const nameIndex = STATIC_NAME.get(name);
    if (nameIndex !== undefined) {
      at = writeInteger(out, at, 0x00, 4, nameIndex);
    } else {
      out[at++] = 0x00; // without indexing, name index 0: a literal name follows
      at = writeString(out, at, name);
    }
    at = writeString(out, at, value);
  }
  return out;
}

/** Octets of an integer with an N-bit prefix. */
function integerSize(value: number, prefixBits: number): number {
  const max = (1 << prefixBits) - 1;
  if (value < max) return 1;
  let size = 2;
  for (value -= max; value >= 0x80; value = Math.floor(value / 0x80)) size++;
  return size;
}

/** Writes an integer with an N-bit prefix after the high bits `pattern` (RFC 7541 5.1); returns the offset after it. */
function writeInteger(out: Buffer, at: number, pattern: number, prefixBits: number, value: number): number {
  const max = (1 << prefixBits) - 1;
  if (value < max) {
    out[at++] = pattern | value;
    return at;
  }
  out[at++] = pattern | max;
  for (value -= max; value >= 0x80; value = Math.floor(value / 0x80)) out[at++] = (value % 0x80) | 0x80;
  out[at++] = value;
  return at;
}

/** Matches a char that latin1 cannot carry. */
const NOT_LATIN1 = /[^\u0000-\u00ff]/;

/** Octets of a raw string literal: its length's integer and the string. */
function stringSize(s: string): number {
  if (NOT_LATIN1.test(s)) throw new RangeError(`HPACK: header ${JSON.stringify(s)} has a char above U+00FF`);
  return integerSize(s.length, 7) + s.length;
}

function writeString(out: Buffer, at: number, s: string): number {
  at = writeInteger(out, at, 0x00, 7, s.length); // H bit 0: raw octets
  return at + out.write(s, at, 'latin1');
}
