/**
 * HPACK (grpc/hpack.ts) against the RFC's worked examples (RFC 7541 Appendix C), its Huffman code table (Appendix B,
 * written out again here for an encoder of the test's own), random header lists through our encoder, malformed blocks,
 * and the blocks of a real encoder: nghttp2, behind node:http2's client, talking to a raw socket that only cuts frames.
 */
import * as http2 from 'node:http2';
import * as net from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  encodeHeaderBlock,
  HeaderListTooLargeError,
  HpackDecoder,
  HpackError,
} from '../../../../src/buildkit/grpc/hpack.js';
import { H2_PREFACE, h2Frame } from '../../../support/h2-frames.js';
import { seededRandom } from '../../../support/seeded-random.js';

/** Octets from the RFC's hex dumps (spaces and line breaks ignored). */
function hex(dump: string): Buffer {
  return Buffer.from(dump.replace(/\s+/g, ''), 'hex');
}

/** A flat list as pairs. */
function pairs(list: string[]): Array<[string, string]> {
  return Array.from({ length: list.length / 2 }, (_, i) => [list[2 * i], list[2 * i + 1]]);
}

/** A header list as the decoder returns it, flat. */
function flat(fields: ReadonlyArray<readonly [string, string]>): string[] {
  return fields.flatMap(([name, value]) => [name, value]);
}

describe('RFC 7541 Appendix C', () => {
  it('C.2: one field of each representation, each on a fresh decoder', () => {
    const cases: Array<[string, [string, string], number]> = [
      // C.2.1 literal with indexing: custom-key: custom-header enters the table (55 octets)
      ['400a 6375 7374 6f6d 2d6b 6579 0d63 7573 746f 6d2d 6865 6164 6572', ['custom-key', 'custom-header'], 55],
      // C.2.2 literal without indexing, name from the static table
      ['040c 2f73 616d 706c 652f 7061 7468', [':path', '/sample/path'], 0],
      // C.2.3 literal never indexed
      ['1008 7061 7373 776f 7264 0673 6563 7265 74', ['password', 'secret'], 0],
      // C.2.4 indexed, static table
      ['82', [':method', 'GET'], 0],
    ];
    for (const [dump, field, tableSize] of cases) {
      const decoder = new HpackDecoder();
      expect(decoder.decode(hex(dump))).toEqual(field);
      expect(decoder.tableSize).toBe(tableSize);
    }
    const decoder = new HpackDecoder();
    decoder.decode(hex(cases[0][0]));
    expect(decoder.decode(hex('be'))).toEqual(['custom-key', 'custom-header']);
  });

  const requests = [
    [':method', 'GET', ':scheme', 'http', ':path', '/', ':authority', 'www.example.com'],
    [':method', 'GET', ':scheme', 'http', ':path', '/', ':authority', 'www.example.com', 'cache-control', 'no-cache'],
    [':method', 'GET', ':scheme', 'https', ':path', '/index.html', ':authority', 'www.example.com'].concat([
      'custom-key',
      'custom-value',
    ]),
  ];
  const requestTable = ['custom-key', 'custom-value', 'cache-control', 'no-cache', ':authority', 'www.example.com'];

  it('C.3: three requests on one decoder, later ones indexing the dynamic table', () => {
    const decoder = new HpackDecoder();
    const dumps = [
      '8286 8441 0f77 7777 2e65 7861 6d70 6c65 2e63 6f6d',
      '8286 84be 5808 6e6f 2d63 6163 6865',
      '8287 85bf 400a 6375 7374 6f6d 2d6b 6579 0c63 7573 746f 6d2d 7661 6c75 65',
    ];
    const sizes = [57, 110, 164];
    dumps.forEach((dump, i) => {
      expect(decoder.decode(hex(dump))).toEqual(requests[i]);
      expect(decoder.tableSize).toBe(sizes[i]);
    });
    // the table as the RFC shows it after C.3.3, newest first
    expect(decoder.decode(hex('be bf c0'))).toEqual(requestTable);
    expect(() => decoder.decode(hex('c1'))).toThrow(HpackError);
  });

  it('C.4: the same requests with Huffman-coded strings', () => {
    const decoder = new HpackDecoder();
    const dumps = [
      '8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff',
      '8286 84be 5886 a8eb 1064 9cbf',
      '8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf',
    ];
    const sizes = [57, 110, 164];
    dumps.forEach((dump, i) => {
      expect(decoder.decode(hex(dump))).toEqual(requests[i]);
      expect(decoder.tableSize).toBe(sizes[i]);
    });
    expect(decoder.decode(hex('be bf c0'))).toEqual(requestTable);
  });

  const cookie = 'foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1';
  const responses = [
    [':status', '302', 'cache-control', 'private', 'date', 'Mon, 21 Oct 2013 20:13:21 GMT'].concat([
      'location',
      'https://www.example.com',
    ]),
    [':status', '307', 'cache-control', 'private', 'date', 'Mon, 21 Oct 2013 20:13:21 GMT'].concat([
      'location',
      'https://www.example.com',
    ]),
    [':status', '200', 'cache-control', 'private', 'date', 'Mon, 21 Oct 2013 20:13:22 GMT'].concat([
      'location',
      'https://www.example.com',
      'content-encoding',
      'gzip',
      'set-cookie',
      cookie,
    ]),
  ];
  const responseTable = ['set-cookie', cookie, 'content-encoding', 'gzip', 'date', 'Mon, 21 Oct 2013 20:13:22 GMT'];

  /** Decodes the three responses with a 256-octet table, checking the evictions by the sizes and what is left. */
  function checkResponses(dumps: string[]): void {
    const decoder = new HpackDecoder(256);
    const sizes = [222, 222, 215];
    dumps.forEach((dump, i) => {
      expect(decoder.decode(hex(dump))).toEqual(responses[i]);
      expect(decoder.tableSize).toBe(sizes[i]);
    });
    expect(decoder.decode(hex('be bf c0'))).toEqual(responseTable);
    expect(() => decoder.decode(hex('c1'))).toThrow(HpackError);
  }

  it('C.5: three responses with a 256-octet table, evicting', () => {
    checkResponses([
      `4803 3330 3258 0770 7269 7661 7465 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133
       2032 303a 3133 3a32 3120 474d 546e 1768 7474 7073 3a2f 2f77 7777 2e65 7861 6d70
       6c65 2e63 6f6d`,
      '4803 3330 37c1 c0bf',
      `88c1 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133 2032 303a 3133 3a32 3220 474d
       54c0 5a04 677a 6970 7738 666f 6f3d 4153 444a 4b48 514b 425a 584f 5157 454f 5049
       5541 5851 5745 4f49 553b 206d 6178 2d61 6765 3d33 3630 303b 2076 6572 7369 6f6e
       3d31`,
    ]);
  });

  it('C.6: the same responses with Huffman-coded strings', () => {
    checkResponses([
      `4882 6402 5885 aec3 771a 4b61 96d0 7abe 9410 54d4 44a8 2005 9504 0b81 66e0 82a6
       2d1b ff6e 919d 29ad 1718 63c7 8f0b 97c8 e9ae 82ae 43d3`,
      '4883 640e ffc1 c0bf',
      `88c1 6196 d07a be94 1054 d444 a820 0595 040b 8166 e084 a62d 1bff c05a 839b d9ab
       77ad 94e7 821d d7f2 e6c7 b335 dfdf cd5b 3960 d5af 2708 7f36 72c1 ab27 0fb5 291f
       9587 3160 65c0 03ed 4ee5 b106 3d50 07`,
    ]);
  });
});

/** RFC 7541 Appendix B, as the RFC lists it: each symbol's code (hex) and its length in bits, octets 0-255 then EOS. */
const RFC_HUFFMAN = [
  0x1ff8, 13, 0x7fffd8, 23, 0xfffffe2, 28, 0xfffffe3, 28, 0xfffffe4, 28, 0xfffffe5, 28, 0xfffffe6, 28, 0xfffffe7, 28,
  0xfffffe8, 28, 0xffffea, 24, 0x3ffffffc, 30, 0xfffffe9, 28, 0xfffffea, 28, 0x3ffffffd, 30, 0xfffffeb, 28, 0xfffffec,
  28, 0xfffffed, 28, 0xfffffee, 28, 0xfffffef, 28, 0xffffff0, 28, 0xffffff1, 28, 0xffffff2, 28, 0x3ffffffe, 30,
  0xffffff3, 28, 0xffffff4, 28, 0xffffff5, 28, 0xffffff6, 28, 0xffffff7, 28, 0xffffff8, 28, 0xffffff9, 28, 0xffffffa,
  28, 0xffffffb, 28, 0x14, 6, 0x3f8, 10, 0x3f9, 10, 0xffa, 12, 0x1ff9, 13, 0x15, 6, 0xf8, 8, 0x7fa, 11, 0x3fa, 10,
  0x3fb, 10, 0xf9, 8, 0x7fb, 11, 0xfa, 8, 0x16, 6, 0x17, 6, 0x18, 6, 0x0, 5, 0x1, 5, 0x2, 5, 0x19, 6, 0x1a, 6, 0x1b, 6,
  0x1c, 6, 0x1d, 6, 0x1e, 6, 0x1f, 6, 0x5c, 7, 0xfb, 8, 0x7ffc, 15, 0x20, 6, 0xffb, 12, 0x3fc, 10, 0x1ffa, 13, 0x21, 6,
  0x5d, 7, 0x5e, 7, 0x5f, 7, 0x60, 7, 0x61, 7, 0x62, 7, 0x63, 7, 0x64, 7, 0x65, 7, 0x66, 7, 0x67, 7, 0x68, 7, 0x69, 7,
  0x6a, 7, 0x6b, 7, 0x6c, 7, 0x6d, 7, 0x6e, 7, 0x6f, 7, 0x70, 7, 0x71, 7, 0x72, 7, 0xfc, 8, 0x73, 7, 0xfd, 8, 0x1ffb,
  13, 0x7fff0, 19, 0x1ffc, 13, 0x3ffc, 14, 0x22, 6, 0x7ffd, 15, 0x3, 5, 0x23, 6, 0x4, 5, 0x24, 6, 0x5, 5, 0x25, 6, 0x26,
  6, 0x27, 6, 0x6, 5, 0x74, 7, 0x75, 7, 0x28, 6, 0x29, 6, 0x2a, 6, 0x7, 5, 0x2b, 6, 0x76, 7, 0x2c, 6, 0x8, 5, 0x9, 5,
  0x2d, 6, 0x77, 7, 0x78, 7, 0x79, 7, 0x7a, 7, 0x7b, 7, 0x7ffe, 15, 0x7fc, 11, 0x3ffd, 14, 0x1ffd, 13, 0xffffffc, 28,
  0xfffe6, 20, 0x3fffd2, 22, 0xfffe7, 20, 0xfffe8, 20, 0x3fffd3, 22, 0x3fffd4, 22, 0x3fffd5, 22, 0x7fffd9, 23, 0x3fffd6,
  22, 0x7fffda, 23, 0x7fffdb, 23, 0x7fffdc, 23, 0x7fffdd, 23, 0x7fffde, 23, 0xffffeb, 24, 0x7fffdf, 23, 0xffffec, 24,
  0xffffed, 24, 0x3fffd7, 22, 0x7fffe0, 23, 0xffffee, 24, 0x7fffe1, 23, 0x7fffe2, 23, 0x7fffe3, 23, 0x7fffe4, 23,
  0x1fffdc, 21, 0x3fffd8, 22, 0x7fffe5, 23, 0x3fffd9, 22, 0x7fffe6, 23, 0x7fffe7, 23, 0xffffef, 24, 0x3fffda, 22,
  0x1fffdd, 21, 0xfffe9, 20, 0x3fffdb, 22, 0x3fffdc, 22, 0x7fffe8, 23, 0x7fffe9, 23, 0x1fffde, 21, 0x7fffea, 23,
  0x3fffdd, 22, 0x3fffde, 22, 0xfffff0, 24, 0x1fffdf, 21, 0x3fffdf, 22, 0x7fffeb, 23, 0x7fffec, 23, 0x1fffe0, 21,
  0x1fffe1, 21, 0x3fffe0, 22, 0x1fffe2, 21, 0x7fffed, 23, 0x3fffe1, 22, 0x7fffee, 23, 0x7fffef, 23, 0xfffea, 20,
  0x3fffe2, 22, 0x3fffe3, 22, 0x3fffe4, 22, 0x7ffff0, 23, 0x3fffe5, 22, 0x3fffe6, 22, 0x7ffff1, 23, 0x3ffffe0, 26,
  0x3ffffe1, 26, 0xfffeb, 20, 0x7fff1, 19, 0x3fffe7, 22, 0x7ffff2, 23, 0x3fffe8, 22, 0x1ffffec, 25, 0x3ffffe2, 26,
  0x3ffffe3, 26, 0x3ffffe4, 26, 0x7ffffde, 27, 0x7ffffdf, 27, 0x3ffffe5, 26, 0xfffff1, 24, 0x1ffffed, 25, 0x7fff2, 19,
  0x1fffe3, 21, 0x3ffffe6, 26, 0x7ffffe0, 27, 0x7ffffe1, 27, 0x3ffffe7, 26, 0x7ffffe2, 27, 0xfffff2, 24, 0x1fffe4, 21,
  0x1fffe5, 21, 0x3ffffe8, 26, 0x3ffffe9, 26, 0xffffffd, 28, 0x7ffffe3, 27, 0x7ffffe4, 27, 0x7ffffe5, 27, 0xfffec, 20,
  0xfffff3, 24, 0xfffed, 20, 0x1fffe6, 21, 0x3fffe9, 22, 0x1fffe7, 21, 0x1fffe8, 21, 0x7ffff3, 23, 0x3fffea, 22,
  0x3fffeb, 22, 0x1ffffee, 25, 0x1ffffef, 25, 0xfffff4, 24, 0xfffff5, 24, 0x3ffffea, 26, 0x7ffff4, 23, 0x3ffffeb, 26,
  0x7ffffe6, 27, 0x3ffffec, 26, 0x3ffffed, 26, 0x7ffffe7, 27, 0x7ffffe8, 27, 0x7ffffe9, 27, 0x7ffffea, 27, 0x7ffffeb,
  27, 0xffffffe, 28, 0x7ffffec, 27, 0x7ffffed, 27, 0x7ffffee, 27, 0x7ffffef, 27, 0x7fffff0, 27, 0x3ffffee, 26,
  0x3fffffff, 30,
];

/** Huffman-codes `symbols` (256 is EOS) with the RFC's table, padding the last octet with ones. */
function huffmanEncode(symbols: Iterable<number>): Buffer {
  const out: number[] = [];
  let bits = 0; // pending bits, at most 7 + 30: kept in a float, not shifted
  let count = 0;
  for (const symbol of symbols) {
    const code = RFC_HUFFMAN[symbol * 2];
    const length = RFC_HUFFMAN[symbol * 2 + 1];
    bits = bits * 2 ** length + code;
    count += length;
    while (count >= 8) {
      count -= 8;
      out.push(Math.floor(bits / 2 ** count) & 0xff);
      bits %= 2 ** count;
    }
  }
  if (count > 0) out.push(((bits << (8 - count)) | ((1 << (8 - count)) - 1)) & 0xff);
  return Buffer.from(out);
}

/** A block of one field, `x: <value>`, the value a Huffman string of these octets (literal without indexing). */
function huffmanField(coded: Buffer): Buffer {
  // the length: a 7-bit prefix after the H bit, then 7 bits an octet (RFC 7541 5.1)
  const length = [0x80 | Math.min(coded.length, 127)];
  for (let rest = coded.length - 127; rest >= 0; rest = rest < 128 ? -1 : Math.floor(rest / 128)) {
    length.push((rest % 128) | (rest < 128 ? 0 : 0x80));
  }
  return Buffer.concat([Buffer.from([0x00, 0x01, 0x78, ...length]), coded]);
}

describe('Huffman', () => {
  it("the test's table is the RFC's: it encodes Appendix C's strings as the RFC does", () => {
    const vectors: Array<[string, string]> = [
      ['www.example.com', 'f1e3 c2e5 f23a 6ba0 ab90 f4ff'],
      ['no-cache', 'a8eb 1064 9cbf'],
      ['custom-key', '25a8 49e9 5ba9 7d7f'],
      ['custom-value', '25a8 49e9 5bb8 e8b4 bf'],
      ['302', '6402'],
      ['307', '640e ff'],
      ['private', 'aec3 771a 4b'],
      ['Mon, 21 Oct 2013 20:13:21 GMT', 'd07a be94 1054 d444 a820 0595 040b 8166 e082 a62d 1bff'],
      ['https://www.example.com', '9d29 ad17 1863 c78f 0b97 c8e9 ae82 ae43 d3'],
      ['gzip', '9bd9 ab'],
    ];
    for (const [text, dump] of vectors)
      expect(huffmanEncode(Buffer.from(text, 'latin1')).toString('hex')).toBe(hex(dump).toString('hex'));
    // a prefix code, complete: the code space adds up to exactly one (Kraft), so every bit string has one reading
    let kraft = 0;
    for (let s = 0; s <= 256; s++) kraft += 2 ** (30 - RFC_HUFFMAN[s * 2 + 1]);
    expect(kraft).toBe(2 ** 30);
  });

  it('every octet round-trips: alone, after each of the others, and all 256 in one string', () => {
    const decoder = new HpackDecoder();
    for (let octet = 0; octet < 256; octet++) {
      const expected = String.fromCharCode(octet);
      expect(decoder.decode(huffmanField(huffmanEncode([octet])))).toEqual(['x', expected]);
      // after a 5- to 8-bit symbol, so the code starts at each bit offset within an octet
      for (const before of [0x30, 0x20, 0x61, 0x26]) {
        expect(decoder.decode(huffmanField(huffmanEncode([before, octet, octet])))).toEqual([
          'x',
          String.fromCharCode(before) + expected + expected,
        ]);
      }
    }
    const all = Array.from({ length: 256 }, (_, i) => 255 - i);
    const coded = huffmanEncode(all);
    expect(coded.length).toBeGreaterThan(127 + 128); // a length of three octets
    expect(decoder.decode(huffmanField(coded))).toEqual(['x', String.fromCharCode(...all)]);
    expect(decoder.decode(huffmanField(Buffer.alloc(0)))).toEqual(['x', '']);
  });

  it('rejects EOS in the data, padding of 8 bits or more, and padding that is not all ones', () => {
    const decoder = new HpackDecoder();
    expect(decoder.decode(huffmanField(hex('07')))).toEqual(['x', '0']); // '0' is 00000, then 3 bits of padding
    for (const bad of [
      huffmanEncode([0x61, 256]), // 'a' then EOS
      huffmanEncode([256]),
      huffmanEncode([256, 0x61]),
      hex('07 ff'), // '0' then 11 bits of padding
      hex('ff'), // 8 bits of padding alone
      hex('ffff'),
      hex('06'), // '0' then 110
      hex('00'), // '0' then 000
      hex('fe'), // 7 bits, not all ones
    ]) {
      expect(() => new HpackDecoder().decode(huffmanField(bad)), bad.toString('hex')).toThrow(HpackError);
    }
  });
});

describe('encodeHeaderBlock', () => {
  it('writes exact static fields as an index, other static names as a name index, the rest as literals', () => {
    expect(encodeHeaderBlock([[':status', '200']]).toString('hex')).toBe('88');
    expect(encodeHeaderBlock([[':status', '201']]).toString('hex')).toBe('0803' + Buffer.from('201').toString('hex'));
    // content-type is index 31: 15 in the 4-bit prefix, 16 after it
    expect(encodeHeaderBlock([['content-type', 'application/grpc']]).toString('hex')).toBe(
      '0f1010' + Buffer.from('application/grpc').toString('hex'),
    );
    expect(encodeHeaderBlock([['grpc-status', '0']]).toString('hex')).toBe(
      '000b' + Buffer.from('grpc-status').toString('hex') + '0130',
    );
    expect(encodeHeaderBlock([]).length).toBe(0);
    expect(() => encodeHeaderBlock([['x', '\u0100']])).toThrow(RangeError);
  });

  it('round-trips random header lists through the decoder', () => {
    const next = seededRandom(7541);
    const pick = (n: number) => Math.floor(next() * n);
    const staticNames = [':authority', ':method', ':path', ':status', 'content-type', 'user-agent', 'www-authenticate'];
    const octets = (length: number) => String.fromCharCode(...Array.from({ length }, () => pick(256)));
    const lowercase = (length: number) =>
      String.fromCharCode(...Array.from({ length }, () => 0x61 + pick(26))).replace(/^/, 'x-');
    const field = (): [string, string] => {
      const name = next() < 0.3 ? staticNames[pick(staticNames.length)] : lowercase(pick(300));
      const r = next();
      const value =
        r < 0.15 ? '' : r < 0.2 ? ['GET', 'POST', '200', '/'][pick(4)] : octets(r < 0.8 ? pick(127) : 127 + pick(3000));
      return [name, value];
    };
    const decoder = new HpackDecoder();
    for (const count of [0, 1, 2, 10, 100, 10_000]) {
      const fields = Array.from({ length: count }, field);
      expect(decoder.decode(encodeHeaderBlock(fields))).toEqual(flat(fields));
    }
    expect(decoder.tableSize).toBe(0); // nothing the encoder sends is indexed
  });
});

describe('malformed blocks', () => {
  it('throws HpackError on bad indexes, truncation, oversized integers and misplaced or oversized size updates', () => {
    const bad: Array<[string, string]> = [
      ['80', 'index 0'],
      ['be', 'index 62 with an empty dynamic table'],
      ['7e 0161', 'a name index past the table'],
      ['0f', 'an integer cut after its prefix'],
      ['0f 80', 'an integer cut in its continuation'],
      ['ff ffffffff0f', 'an integer above 2^31-1'],
      ['ff 8080808080 00', 'an integer with 6 continuation octets'],
      ['00', 'a literal name missing'],
      ['00 0561 62', 'a name string cut short'],
      ['00 0161 03', 'a value string cut short'],
      ['00 0161 7f', 'a string length cut'],
      ['3fe21f', 'a size update to 4097, above the 4096 advertised'],
      ['82 20', 'a size update after a field'],
    ];
    for (const [dump, why] of bad) expect(() => new HpackDecoder().decode(hex(dump)), why).toThrow(HpackError);
    expect(() => new HpackDecoder().decode(hex('ff ffffffff0f'))).toThrow(/above 2\^31-1/);
    expect(() => new HpackDecoder().decode(hex('ff 8080808080 00'))).toThrow(/too many octets/);
    // 2^31-1 itself is an integer: as a string's length, the string is then cut short
    expect(() => new HpackDecoder().decode(hex('00 7f 80ffffff07'))).toThrow(/truncated string/);
  });

  it('takes size updates at the start of a block, up to the advertised size, and evicts by them', () => {
    const decoder = new HpackDecoder();
    decoder.decode(hex('8286 8441 0f77 7777 2e65 7861 6d70 6c65 2e63 6f6d'));
    expect(decoder.decode(hex('3fe11f be'))).toEqual([':authority', 'www.example.com']); // 4096: nothing evicted
    expect(decoder.decode(hex('3f1a 82'))).toEqual([':method', 'GET']); // 57: still fits
    expect(decoder.tableSize).toBe(57);
    expect(decoder.decode(hex('20 3f1a 82'))).toEqual([':method', 'GET']); // 0 empties it, then 57 again
    expect(decoder.tableSize).toBe(0);
    expect(() => decoder.decode(hex('be'))).toThrow(HpackError);
    // an entry larger than the table empties it and is not added
    const small = new HpackDecoder(64);
    small.decode(hex('4001 6101 62')); // a: b, 34 octets
    expect(small.tableSize).toBe(34);
    small.decode(Buffer.concat([hex('4001 6120'), Buffer.alloc(32, 'x')])); // a: xxx..., 65 octets
    expect(small.tableSize).toBe(0);
    expect(() => small.decode(hex('be'))).toThrow(HpackError);
  });

  it('bounds the header list by maxListSize, and stays in step with the peer after refusing one', () => {
    const fields: Array<[string, string]> = [
      ['x-one', 'a'.repeat(100)],
      ['x-two', ''],
    ];
    const size = 5 + 100 + 32 + 5 + 32;
    expect(new HpackDecoder().decode(encodeHeaderBlock(fields), size)).toEqual(flat(fields));
    const err = (() => {
      try {
        new HpackDecoder().decode(encodeHeaderBlock(fields), size - 1);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(HeaderListTooLargeError);
    expect(err).toBeInstanceOf(HpackError);
    // the refused block indexed :authority; the next one refers to it, and decodes
    const decoder = new HpackDecoder();
    expect(() => decoder.decode(hex('8286 8441 0f77 7777 2e65 7861 6d70 6c65 2e63 6f6d'), 40)).toThrow(
      HeaderListTooLargeError,
    );
    expect(decoder.decode(hex('8286 84be 5808 6e6f 2d63 6163 6865'))).toEqual([
      ':method',
      'GET',
      ':scheme',
      'http',
      ':path',
      '/',
      ':authority',
      'www.example.com',
      'cache-control',
      'no-cache',
    ]);
  });
});

const [DATA, HEADERS, SETTINGS, CONTINUATION] = [0, 1, 4, 9];
const [ACK, END_HEADERS, PADDED, PRIORITY] = [0x1, 0x4, 0x8, 0x20];

/** One header block as it came: its stream and its octets (the fragments of HEADERS and CONTINUATIONs joined). */
interface Block {
  stream: number;
  block: Buffer;
}

/**
 * The header blocks node:http2's client (nghttp2's encoder) sends for `requests`, in the order sent. The server is a
 * raw socket that speaks just enough HTTP/2 for the client: our SETTINGS (with `settings`, [id, value] pairs), an ACK
 * of the client's, and the cutting of frames. The requests go once the client has our SETTINGS, so its encoder already
 * uses the table size they set.
 */
async function nghttp2Blocks(
  requests: http2.OutgoingHttpHeaders[],
  settings: Array<[number, number]> = [],
): Promise<Block[]> {
  const sockets: net.Socket[] = [];
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const blocks = new Promise<Block[]>((resolve, reject) => {
    server.on('connection', (socket) => {
      sockets.push(socket);
      socket.on('error', reject);
      const payload = Buffer.alloc(6 * settings.length);
      settings.forEach(([id, value], i) => {
        payload.writeUInt16BE(id, 6 * i);
        payload.writeUInt32BE(value, 6 * i + 2);
      });
      socket.write(h2Frame(SETTINGS, 0, 0, payload));
      const got: Block[] = [];
      let open: { stream: number; fragments: Buffer[] } | undefined;
      let pending = Buffer.alloc(0);
      let preface = false;
      /** Cuts the frames the data completes; a header block's fragments are kept until END_HEADERS. */
      const cut = () => {
        if (!preface) {
          if (pending.length < H2_PREFACE.length) return;
          if (!pending.subarray(0, H2_PREFACE.length).equals(H2_PREFACE)) throw new Error('no HTTP/2 client preface');
          pending = pending.subarray(H2_PREFACE.length);
          preface = true;
        }
        while (pending.length >= 9 && pending.length >= 9 + pending.readUIntBE(0, 3)) {
          const length = pending.readUIntBE(0, 3);
          const [type, flags] = [pending[3], pending[4]];
          const stream = pending.readUInt32BE(5) & 0x7fffffff;
          let body = pending.subarray(9, 9 + length);
          pending = pending.subarray(9 + length);
          if (Boolean(open) !== (type === CONTINUATION)) throw new Error(`frame type ${type} out of place`);
          if (type === SETTINGS && !(flags & ACK)) socket.write(h2Frame(SETTINGS, ACK, 0));
          if (type === DATA) throw new Error('DATA from a request that ended with its headers');
          if (type === HEADERS) {
            const padding = flags & PADDED ? body[0] : 0;
            body = body.subarray(flags & PADDED ? 1 : 0);
            body = body.subarray(flags & PRIORITY ? 5 : 0, body.length - padding);
            open = { stream, fragments: [] };
          }
          if (!open || (type !== HEADERS && type !== CONTINUATION)) continue;
          open.fragments.push(body);
          if (flags & END_HEADERS) {
            got.push({ stream: open.stream, block: Buffer.concat(open.fragments) });
            open = undefined;
            if (got.length === requests.length) resolve(got);
          }
        }
      };
      socket.on('data', (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        try {
          cut();
        } catch (err) {
          reject(err);
        }
      });
    });
  });
  const client = http2.connect(`http://127.0.0.1:${port}`);
  client.on('error', () => {}); // the destroy below
  client.once('remoteSettings', () => {
    for (const headers of requests) client.request(headers, { endStream: true }).on('error', () => {});
  });
  try {
    return await blocks;
  } finally {
    client.destroy();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * A request as node:http2 takes it (repeated names as one array) and the fields nghttp2 sends for it: in order, names
 * lowercased, the pseudo-headers first (all given here, so the client adds none).
 */
function request(fields: Array<[string, string]>): { headers: http2.OutgoingHttpHeaders; expected: string[] } {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of fields) {
    const had = headers[name];
    headers[name] = had === undefined ? value : [...(Array.isArray(had) ? had : [had]), value];
  }
  return { headers, expected: fields.flatMap(([name, value]) => [name.toLowerCase(), value]) };
}

describe("nghttp2's encoder (node:http2's client)", () => {
  /** The octets node:http2 lets a header value hold: tab, printable ASCII, and 0x80-0xff. */
  const sendable = Array.from({ length: 256 }, (_, c) => c).filter((c) => c === 9 || (c >= 0x20 && c !== 0x7f));

  it('decodes its blocks: indexed fields, Huffman strings, repeated names, long values, CONTINUATIONs', async () => {
    const requests = Array.from({ length: 6 }, (_, i) =>
      request([
        [':method', 'POST'],
        [':scheme', 'http'],
        [':authority', 'localhost'],
        [':path', '/moby.filesync.v1.FileSync/DiffCopy'],
        ['content-type', 'application/grpc'],
        ['te', 'trailers'],
        ['User-Agent', 'grpc-go/1.70.0'],
        ['X-Long', String(i % 2).repeat(200)], // two values, each again every other request
        ['x-unique', `${i}`.repeat(150)],
        ['x-empty', ''],
        // DiffCopy's include patterns, a field each, the same in every request: the dynamic table's work
        ...Array.from({ length: 300 }, (_, j): [string, string] => ['x-include-pattern', `src/**/*.${j}`]),
        // every octet a value may hold, in a value Huffman-coded because the 'a's around it make that shorter
        ...(i === 0
          ? sendable.map((c): [string, string] => ['x-octet', `aaaaaaaaaaaa${String.fromCharCode(c)}aaaa`])
          : []),
        // a block over the 16 KiB frame size: HEADERS, then CONTINUATIONs
        ...(i === 1 ? [['x-big', 'b'.repeat(40_000)] as [string, string]] : []),
      ]),
    );
    const blocks = await nghttp2Blocks(requests.map((r) => r.headers));
    expect(blocks.map((b) => b.stream)).toEqual([1, 3, 5, 7, 9, 11]);
    const decoder = new HpackDecoder();
    blocks.forEach(({ block }, i) => expect(decoder.decode(block)).toEqual(requests[i].expected));
    expect(decoder.tableSize).toBeGreaterThan(0);
    // it did index and Huffman-code: its blocks are much smaller than our plain ones
    const plain = (i: number) => encodeHeaderBlock(pairs(requests[i].expected)).length;
    expect(blocks[0].block.length).toBeLessThan(plain(0) * 0.8);
    expect(blocks[2].block.length).toBeLessThan(plain(2) / 2);
  });

  it('follows the table size update it sends after our SETTINGS_HEADER_TABLE_SIZE', async () => {
    const requests = Array.from({ length: 4 }, (_, i) =>
      request([
        [':method', 'GET'],
        [':scheme', 'http'],
        [':authority', 'localhost'],
        [':path', `/${i}`],
        ...Array.from({ length: 20 }, (_, j): [string, string] => [`x-h${Math.floor(j / 3)}`, `value-${(i + j) % 9}`]),
      ]),
    );
    const HEADER_TABLE_SIZE = 0x1;
    const blocks = await nghttp2Blocks(
      requests.map((r) => r.headers),
      [[HEADER_TABLE_SIZE, 256]],
    );
    expect(blocks[0].block[0] & 0xe0).toBe(0x20); // the block starts with a size update
    const decoder = new HpackDecoder(256);
    for (const [i, { block }] of blocks.entries()) {
      expect(decoder.decode(block)).toEqual(requests[i].expected);
      expect(decoder.tableSize).toBeLessThanOrEqual(256);
    }
    expect(decoder.tableSize).toBeGreaterThan(0);
  });
});
