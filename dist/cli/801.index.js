export const id = 801;
export const ids = [801];
export const modules = {

/***/ 1626:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ fsPath),
/* harmony export */   MP: () => (/* binding */ compareNames),
/* harmony export */   NE: () => (/* binding */ joinFsPath),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   Tl: () => (/* binding */ hasEscapes),
/* harmony export */   aA: () => (/* binding */ encodeName),
/* harmony export */   e4: () => (/* binding */ decodeName)
/* harmony export */ });
/* unused harmony export nameByteLength */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8150);
/**
 * File names as bytes. On Linux a name is any byte string without `/` and NUL, and fsutil carries it as such
 * (`Stat.path` and `Stat.linkname` are Go strings: bytes, not necessarily UTF-8). JavaScript strings are UTF-16, and
 * every Node API that returns a name as a string decodes it as UTF-8, replacing what is not UTF-8 with U+FFFD \u2014 a name
 * that then no longer exists on disk, and a different name on the wire.
 *
 * bakekit keeps names as strings, with a reversible escape for the bytes that are not UTF-8 (PEP 383's
 * "surrogateescape", as Python does for the same problem): a byte 0x80\u20130xFF that is not part of a valid UTF-8
 * sequence becomes the lone low surrogate U+DC80\u2013U+DCFF. A string decoded from valid UTF-8 never contains a lone
 * surrogate, so an ordinary name is the same string as before and the escape is unambiguous; `encodeName` gives the
 * original bytes back. Each escaped byte is one UTF-16 unit, so a pattern's `?` matches one invalid byte, as Go's
 * regexp matches an invalid byte as one rune.
 *
 * Ordinary names take the fast paths (Node's own UTF-8 decoding, string paths for fs calls); only a name that is not
 * valid UTF-8 is read as a Buffer, and such a name reaches the file system as a Buffer path.
 */


/** A lone low surrogate in the escape range: the cheap first test (a valid surrogate pair's low half may match too). */
const ESCAPE_UNIT = /[\udc80-\udcff]/;
/** An escape unit that is not the low half of a surrogate pair. */
const ESCAPE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;
/** Whether `s` holds escaped bytes (was decoded from a name that is not valid UTF-8). */
function hasEscapes(s) {
    return ESCAPE_UNIT.test(s) && ESCAPE.test(s);
}
/** A name's bytes \u2192 its string: ordinary UTF-8 decoding when the bytes are valid UTF-8, escapes for the bytes that are not. */
function decodeName(bytes) {
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
        return buf.toString('utf8');
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
        }
        else {
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
function validSequenceLength(b, i) {
    const c = b[i];
    const cont = (k, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c === 0xe0)
        return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef)
        return cont(1) && cont(2) ? 3 : 0;
    if (c === 0xed)
        return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
    if (c === 0xf0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xf1 && c <= 0xf3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c === 0xf4)
        return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}
/** A name's string \u2192 its bytes (the inverse of decodeName). */
function encodeName(s) {
    if (!hasEscapes(s))
        return Buffer.from(s, 'utf8');
    const parts = [];
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0xdc80 || c > 0xdcff)
            continue;
        const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
        if (prev >= 0xd800 && prev <= 0xdbff)
            continue; // the low half of a pair
        if (i > start)
            parts.push(Buffer.from(s.slice(start, i), 'utf8'));
        parts.push(Buffer.of(c - 0xdc00));
        start = i + 1;
    }
    if (start < s.length)
        parts.push(Buffer.from(s.slice(start), 'utf8'));
    return Buffer.concat(parts);
}
/** The byte length of a name (what the wire carries). */
function nameByteLength(s) {
    return hasEscapes(s) ? encodeName(s).length : Buffer.byteLength(s, 'utf8');
}
/** A path for Node's fs calls: the string itself, or its bytes when it holds escaped (non-UTF-8) bytes. */
function fsPath(s) {
    return hasEscapes(s) ? encodeName(s) : s;
}
/** `dir/name` for fs calls where either part may be bytes. */
function joinFsPath(dir, name) {
    if (typeof dir === 'string' && typeof name === 'string')
        return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
    const d = typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir;
    const n = typeof name === 'string' ? Buffer.from(name, 'utf8') : name;
    return d.length > 0 && d[d.length - 1] === 0x2f ? Buffer.concat([d, n]) : Buffer.concat([d, Buffer.of(0x2f), n]);
}
/** A path for messages: escaped bytes shown as `\xNN`, as Go's %q shows them. */
function displayName(s) {
    if (!hasEscapes(s))
        return s;
    return s.replace(/(?<![\ud800-\udbff])[\udc80-\udcff]/g, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16)}`);
}
/**
 * Compares names the way Go does: by their bytes. Strings without escapes compare by code point (which is UTF-8 byte
 * order); with escapes, by the bytes they stand for.
 */
function compareNames(a, b) {
    if (hasEscapes(a) || hasEscapes(b))
        return Buffer.compare(encodeName(a), encodeName(b));
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compareUtf8 */ .zq)(a, b);
}


/***/ }),

/***/ 8150:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ basePath),
/* harmony export */   Jz: () => (/* binding */ dirPath),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   ts: () => (/* binding */ cleanPath),
/* harmony export */   uJ: () => (/* binding */ joinPath),
/* harmony export */   zq: () => (/* binding */ compareUtf8)
/* harmony export */ });
/** Slash-separated path helpers with Go's semantics (fsutil paths are always `/`-separated on the wire). */
/** Go's path.Clean: collapse `//`, resolve `.` and `..` lexically; "" becomes ".". */
function cleanPath(p) {
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
            continue;
        }
        out.push(part);
    }
    const joined = out.join('/');
    if (rooted)
        return '/' + joined;
    return joined === '' ? '.' : joined;
}
/** Go's path.Join: join non-empty elements and clean; "" when all are empty. */
function joinPath(...parts) {
    const nonEmpty = parts.filter((p) => p !== '');
    return nonEmpty.length === 0 ? '' : cleanPath(nonEmpty.join('/'));
}
/** Go's path.Dir. */
function dirPath(p) {
    const i = p.lastIndexOf('/');
    return cleanPath(p.slice(0, i + 1));
}
/** Go's path.Base. */
function basePath(p) {
    if (p === '')
        return '.';
    while (p.length > 1 && p.endsWith('/'))
        p = p.slice(0, -1);
    if (p === '/')
        return '/';
    const i = p.lastIndexOf('/');
    return i >= 0 ? p.slice(i + 1) : p;
}
/**
 * Compares strings the way Go compares them: by their UTF-8 bytes, which is code-point order.
 * JS `<` compares UTF-16 code units, which differs for astral characters vs U+E000..U+FFFF.
 */
function compareUtf8(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(i);
        if (ca === cb)
            continue;
        // Only surrogates break code-unit order: they belong after U+E000..U+FFFF.
        const sa = ca >= 0xd800 && ca <= 0xdfff;
        const sb = cb >= 0xd800 && cb <= 0xdfff;
        if (sa !== sb)
            return sa ? (cb >= 0xe000 ? 1 : ca - cb) : ca >= 0xe000 ? -1 : ca - cb;
        return ca - cb;
    }
    return a.length - b.length;
}
/**
 * Whether a wire path is safe to use under a destination root: relative, clean, no `..`, no NUL.
 * (Symlinks inside the root are a separate concern handled by the writer.)
 */
function isSafeRelativePath(p) {
    if (p === '' || p === '.' || p.includes('\0'))
        return false;
    if (p.startsWith('/'))
        return false;
    if (cleanPath(p) !== p)
        return false;
    return !p.split('/').includes('..');
}


/***/ }),

/***/ 6801:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _W: () => (/* binding */ writeLengthPrefix),
/* harmony export */   nD: () => (/* binding */ lengthDelimitedSize),
/* harmony export */   r3: () => (/* binding */ decodePacketNames),
/* harmony export */   zT: () => (/* binding */ encodePacketFast)
/* harmony export */ });
/* unused harmony exports decodePacketFast, decodePacketGeneral */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(925);
/* harmony import */ var _proto_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7062);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1626);
/**
 * A hand-written encoder for `fsutil.types.Packet`, byte-for-byte what protobufjs produces from the same Packet
 * (fields in number order, zero values left out, int64 fields given as decimal strings), and a hand-written decoder
 * for the packets a transfer carries, giving what protobufjs' decoder gives (anything unusual is left to it).
 *
 * The sender puts one Packet on the wire per STAT and per DATA chunk \u2014 tens of thousands for a large context \u2014
 * and going through protobufjs (fromObject, a Writer, then a copy) costs several times what writing the few
 * header bytes straight into the output buffer does. The receiver of an export decodes as many (decodePacketFast).
 *
 * `Stat.path` and `Stat.linkname` are declared `string` but carry a file name's bytes, UTF-8 or not (Go strings are
 * bytes, and the Go side neither checks nor converts). A name with escaped bytes (names.ts) is written as the bytes it
 * stands for; `decodePacketNames` reads them back that way, where protobufjs would decode them lossily.
 */




/** Bytes of a varint for an unsigned 32-bit value. */
function varint32Size(v) {
    return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}
function writeVarint32(buf, pos, v) {
    while (v >= 0x80) {
        buf[pos++] = (v & 0x7f) | 0x80;
        v >>>= 7;
    }
    buf[pos++] = v;
    return pos;
}
/**
 * An int64 field value (a decimal string, or a number) as the low and high 32 bits of its two's complement, which is
 * what the varint writer needs. Sizes fit a double exactly and skip BigInt; mtimes in nanoseconds (~2^60) need it once.
 */
function int64Halves(decimal) {
    const n = Number(decimal);
    if (Number.isSafeInteger(n) && n >= 0)
        return [n >>> 0, Math.floor(n / 0x1_0000_0000) >>> 0];
    const v = BigInt.asUintN(64, BigInt(decimal));
    return [Number(v & 0xffffffffn), Number(v >> 32n)];
}
function varint64Size(lo, hi) {
    if (hi === 0)
        return varint32Size(lo);
    // bits above the low 28 in 7-bit groups: 4 bytes for the low 28 bits, then the rest of the 64-bit value
    let size = 4;
    let rest = hi * 16 + (lo >>> 28); // value >> 28, exact while it stays below 2^53 (it is at most 2^36)
    while (rest >= 1) {
        size++;
        rest = Math.floor(rest / 128);
    }
    return size;
}
function writeVarint64(buf, pos, lo, hi) {
    while (hi > 0 || lo >= 0x80) {
        buf[pos++] = (lo & 0x7f) | 0x80;
        lo = ((lo >>> 7) | (hi << 25)) >>> 0;
        hi >>>= 7;
    }
    buf[pos++] = lo;
    return pos;
}
const EMPTY = new Uint8Array(0);
/** The size of a length-delimited field of `length` content bytes, written whatever its length (a sub-message). */
const lengthDelimitedSize = (length) => 1 + varint32Size(length) + length;
/** The size of a string or bytes field of `length` content bytes (0 when left out: empty). */
const bytesFieldSize = (length) => (length > 0 ? lengthDelimitedSize(length) : 0);
/** The size of a varint field (0 when left out: zero). */
const varintFieldSize = (v) => (v ? 1 + varint32Size(v >>> 0) : 0);
/** The tag and length of a length-delimited field; its content follows. */
function writeLengthPrefix(buf, pos, tag, length) {
    buf[pos++] = tag;
    return writeVarint32(buf, pos, length);
}
/** A string written straight from the string (no intermediate Uint8Array); `length` is its UTF-8 size. */
function writeString(buf, pos, tag, value, length) {
    pos = writeLengthPrefix(buf, pos, tag, length);
    return pos + buf.write(value, pos, length, 'utf8');
}
function writeBytes(buf, pos, tag, bytes) {
    pos = writeLengthPrefix(buf, pos, tag, bytes.length);
    buf.set(bytes, pos);
    return pos + bytes.length;
}
/** proto3 leaves empty strings and bytes out. */
function writeStringField(buf, pos, tag, value, length) {
    return length === 0 ? pos : writeString(buf, pos, tag, value, length);
}
function writeBytesField(buf, pos, tag, bytes) {
    return bytes.length === 0 ? pos : writeBytes(buf, pos, tag, bytes);
}
function writeVarintField(buf, pos, tag, v) {
    if (!v)
        return pos;
    buf[pos++] = tag;
    return writeVarint32(buf, pos, v >>> 0);
}
/** int64 fields of Stat in field-number order: [tag, field]. */
const INT64_FIELDS = [
    [0x28, 'size'],
    [0x30, 'modTime'],
    [0x40, 'devmajor'],
    [0x48, 'devminor'],
];
function measureStat(stat) {
    let pathLength = stat.path ? Buffer.byteLength(stat.path, 'utf8') : 0;
    let linkLength = stat.linkname ? Buffer.byteLength(stat.linkname, 'utf8') : 0;
    // escaped bytes (names.ts) are written as the bytes they stand for; an ASCII name (as many bytes as units) has none
    const pathBytes = stat.path && pathLength !== stat.path.length && (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .hasEscapes */ .Tl)(stat.path) ? (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeName */ .aA)(stat.path) : undefined;
    const linkBytes = stat.linkname && linkLength !== stat.linkname.length && (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .hasEscapes */ .Tl)(stat.linkname)
        ? (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeName */ .aA)(stat.linkname)
        : undefined;
    if (pathBytes)
        pathLength = pathBytes.length;
    if (linkBytes)
        linkLength = linkBytes.length;
    let size = bytesFieldSize(pathLength) + bytesFieldSize(linkLength);
    size += varintFieldSize(stat.mode ?? 0) + varintFieldSize(stat.uid ?? 0) + varintFieldSize(stat.gid ?? 0);
    const halves = [0, 0, 0, 0, 0, 0, 0, 0];
    let present = 0;
    for (let i = 0; i < INT64_FIELDS.length; i++) {
        const decimal = stat[INT64_FIELDS[i][1]];
        if (decimal === undefined || decimal === '' || decimal === '0' || decimal === 0)
            continue; // proto3 zero value: left out
        const [lo, hi] = int64Halves(decimal);
        halves[2 * i] = lo;
        halves[2 * i + 1] = hi;
        present |= 1 << i;
        size += 1 + varint64Size(lo, hi);
    }
    const layout = { size, pathLength, linkLength, halves, present };
    if (pathBytes)
        layout.pathBytes = pathBytes;
    if (linkBytes)
        layout.linkBytes = linkBytes;
    if (stat.xattrs) {
        layout.xattrs = [];
        for (const [key, value] of Object.entries(stat.xattrs)) {
            const keyLength = Buffer.byteLength(key, 'utf8');
            // Map entries carry key and value even when empty, as protobufjs writes them.
            const entrySize = 2 + varint32Size(keyLength) + keyLength + varint32Size(value.length) + value.length;
            layout.xattrs.push([key, value, keyLength, entrySize]);
            layout.size += lengthDelimitedSize(entrySize);
        }
    }
    return layout;
}
/** Writes the Stat's fields in field-number order (linkname, field 7, sits between modTime and devmajor). */
function writeStat(out, pos, stat, layout) {
    pos = layout.pathBytes
        ? writeBytes(out, pos, 0x0a, layout.pathBytes)
        : writeStringField(out, pos, 0x0a, stat.path ?? '', layout.pathLength);
    pos = writeVarintField(out, pos, 0x10, stat.mode ?? 0);
    pos = writeVarintField(out, pos, 0x18, stat.uid ?? 0);
    pos = writeVarintField(out, pos, 0x20, stat.gid ?? 0);
    for (let i = 0; i < INT64_FIELDS.length; i++) {
        if (i === 2) {
            pos = layout.linkBytes
                ? writeBytes(out, pos, 0x3a, layout.linkBytes)
                : writeStringField(out, pos, 0x3a, stat.linkname ?? '', layout.linkLength);
        }
        if (!(layout.present & (1 << i)))
            continue;
        out[pos++] = INT64_FIELDS[i][0];
        pos = writeVarint64(out, pos, layout.halves[2 * i], layout.halves[2 * i + 1]);
    }
    for (const [key, value, keyLength, entrySize] of layout.xattrs ?? []) {
        // map entries carry key and value even when empty
        pos = writeLengthPrefix(out, pos, 0x52, entrySize);
        pos = writeString(out, pos, 0x0a, key, keyLength);
        pos = writeBytes(out, pos, 0x12, value);
    }
    return pos;
}
/** The protobuf encoding of `packet` (what `encodePacket` in proto/fsutil.ts returns, without protobufjs). */
function encodePacketFast(packet) {
    const type = packet.type ?? 0;
    const id = (packet.ID ?? 0) >>> 0;
    const data = packet.data ?? EMPTY;
    const stat = packet.stat ? measureStat(packet.stat) : undefined;
    let size = varintFieldSize(type) + varintFieldSize(id) + bytesFieldSize(data.length);
    // A present stat is written even when empty (protobufjs writes a set sub-message whatever its content).
    if (stat)
        size += lengthDelimitedSize(stat.size);
    const out = Buffer.allocUnsafe(size);
    let pos = writeVarintField(out, 0, 0x08, type);
    if (stat)
        pos = writeStat(out, writeLengthPrefix(out, pos, 0x12, stat.size), packet.stat, stat);
    pos = writeVarintField(out, pos, 0x18, id);
    writeBytesField(out, pos, 0x22, data);
    return out;
}
/**
 * `decodePacket`, with a STAT's path and linkname taken from their bytes: a name that is not UTF-8 comes back with its
 * bytes escaped (names.ts) instead of decoded lossily, so it can be written under exactly that name. Other fields and
 * every error are decodePacket's.
 *
 * What the daemon sends (one packet per STAT and per 32 KiB of a file it exports, with the fields Go's encoder writes)
 * is read by decodePacketFast in one pass; anything else, and every error, by decodePacketGeneral.
 */
function decodePacketNames(bytes) {
    return decodePacketFast(bytes) ?? decodePacketGeneral(bytes);
}
/**
 * A hand-written decoder for the packets a transfer carries: the fields and values decodePacketGeneral returns for the
 * same bytes (protobufjs' toObject with toObjectOptions: a field present when it is on the wire with a value other
 * than zero or empty, int64 as a decimal string, `data` a view of `bytes`, a Stat's `xattrs` an empty object), or
 * undefined for what it leaves to that decoder: a field outside the common set (xattrs, unknown fields), one that
 * comes twice, a wire type or varint other than Go's encoder writes, bytes that end early. Why by hand: protobufjs
 * decodes each packet twice over (its Reader into a message, then toObject into a plain object, an int64 through a
 * Long) and the names once more (rawStatNames); the packets of a cached fan-out's twelve exports took 19-27 ms of the
 * main thread that way, 4-5 ms this way (docs/benchmarks.md, round 23).
 */
function decodePacketFast(bytes) {
    const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const packet = {};
    const end = b.length;
    let seen = 0;
    let pos = 0;
    while (pos < end) {
        const tag = b[pos++];
        const bit = 1 << (tag >> 3);
        if (seen & bit)
            return undefined;
        seen |= bit;
        if (tag === 0x08 || tag === 0x18) {
            const v = readVarint32(b, pos, end);
            if (v < 0)
                return undefined;
            pos = varintEnd;
            if (v > 0x7fff_ffff && tag === 0x08)
                return undefined; // an enum is an int32: a larger value is protobufjs'
            if (v === 0)
                continue; // proto3: a zero value is no value
            if (tag === 0x18)
                packet.ID = v;
            else
                packet.type = v;
        }
        else if (tag === 0x12 || tag === 0x22) {
            const len = readVarint32(b, pos, end);
            if (len < 0 || varintEnd + len > end)
                return undefined;
            pos = varintEnd + len;
            if (tag === 0x22) {
                if (len > 0)
                    packet.data = b.subarray(varintEnd, pos);
            }
            else {
                const stat = decodeStat(b, varintEnd, pos);
                if (!stat)
                    return undefined;
                packet.stat = stat;
            }
        }
        else {
            return undefined;
        }
    }
    return packet;
}
/** A Stat's fields between `pos` and `end`, as toObject gives them; undefined for what decodePacketFast leaves. */
function decodeStat(b, pos, end) {
    const stat = { xattrs: {} }; // toObject's empty map (`objects: true`)
    let seen = 0;
    while (pos < end) {
        const tag = b[pos++];
        const bit = 1 << (tag >> 3);
        if (seen & bit)
            return undefined;
        seen |= bit;
        switch (tag) {
            case 0x0a:
            case 0x3a: {
                const len = readVarint32(b, pos, end);
                if (len < 0 || varintEnd + len > end)
                    return undefined;
                const name = b.subarray(varintEnd, varintEnd + len);
                pos = varintEnd + len;
                if (len === 0)
                    break;
                // as decodePacketGeneral: ordinary UTF-8 decoding, escapes for a name that is not UTF-8
                const text = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(name) ? name.toString('utf8') : (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeName */ .e4)(name);
                if (tag === 0x0a)
                    stat.path = text;
                else
                    stat.linkname = text;
                break;
            }
            case 0x10:
            case 0x18:
            case 0x20: {
                const v = readVarint32(b, pos, end);
                if (v < 0)
                    return undefined;
                pos = varintEnd;
                if (v === 0)
                    break;
                if (tag === 0x10)
                    stat.mode = v;
                else if (tag === 0x18)
                    stat.uid = v;
                else
                    stat.gid = v;
                break;
            }
            case 0x28:
            case 0x30:
            case 0x40:
            case 0x48: {
                const v = readInt64(b, pos, end);
                if (v === undefined)
                    return undefined;
                pos = varintEnd;
                if (v === '0')
                    break;
                if (tag === 0x28)
                    stat.size = v;
                else if (tag === 0x30)
                    stat.modTime = v;
                else if (tag === 0x40)
                    stat.devmajor = v;
                else
                    stat.devminor = v;
                break;
            }
            default:
                return undefined;
        }
    }
    return stat;
}
/** Where the last varint read (readVarint32, readInt64) ended: a module variable, so a read allocates nothing. */
let varintEnd = 0;
/**
 * A varint of at most 5 bytes at `pos` as an unsigned 32-bit value, or -1 (longer, or past `end`). The hot path's
 * reader: no tuple per field as readVarint (below) returns, which the general decoder's rare paths keep using.
 */
function readVarint32(b, pos, end) {
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
        if (pos >= end)
            return -1;
        const byte = b[pos++];
        if (shift === 28) {
            if (byte > 0x0f)
                return -1; // bits beyond 32: protobufjs truncates them; left to it
            v += byte * 0x1000_0000;
            varintEnd = pos;
            return v;
        }
        v |= (byte & 0x7f) << shift;
        if (byte < 0x80) {
            varintEnd = pos;
            return v >>> 0;
        }
    }
    return -1;
}
/** An int64 varint (up to 10 bytes) at `pos` as its decimal string (signed), or undefined past `end`. */
function readInt64(b, pos, end) {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
        if (pos >= end)
            return undefined;
        const byte = b[pos++];
        const bits = byte & 0x7f;
        if (i < 4)
            lo |= bits << (7 * i);
        else if (i === 4) {
            lo |= bits << 28; // its low 4 bits
            hi = bits >> 4;
        }
        else
            hi |= bits << (7 * i - 32);
        if (byte < 0x80) {
            varintEnd = pos;
            return (0,_proto_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .longToDecimal */ .H5)({ low: lo, high: hi | 0, unsigned: false });
        }
    }
    return undefined;
}
/** decodePacketNames for any bytes: protobufjs' decoder, the names read again from their bytes (see above). */
function decodePacketGeneral(bytes) {
    let packet;
    try {
        packet = (0,_proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__/* .decodePacket */ .JD)(bytes);
    }
    catch (err) {
        // protobufjs refuses a string field that is not UTF-8: decode the packet without the two names, then add them
        const stripped = withoutStatNames(bytes);
        if (!stripped)
            throw err;
        packet = (0,_proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__/* .decodePacket */ .JD)(stripped.frame);
        if (!packet.stat)
            throw err;
        if (stripped.path)
            packet.stat.path = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeName */ .e4)(stripped.path);
        if (stripped.linkname)
            packet.stat.linkname = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeName */ .e4)(stripped.linkname);
        return packet;
    }
    if (packet.stat) {
        const raw = rawStatNames(bytes);
        if (raw?.path && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(raw.path))
            packet.stat.path = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeName */ .e4)(raw.path);
        if (raw?.linkname && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(raw.linkname))
            packet.stat.linkname = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeName */ .e4)(raw.linkname);
    }
    return packet;
}
/**
 * The frame with the STAT's path and linkname fields taken out (their last values returned as bytes), re-encoded;
 * undefined when it cannot be walked or holds no such field.
 */
function withoutStatNames(b) {
    const names = {};
    const parts = [];
    let found = false;
    let pos = 0;
    while (pos < b.length) {
        const start = pos;
        const tag = readVarint(b, pos);
        if (!tag)
            return undefined;
        const field = Math.floor(tag[0] / 8);
        const wt = tag[0] & 7;
        const next = skipField(b, tag[1], wt);
        if (next === undefined)
            return undefined;
        if (field === 2 && wt === 2) {
            const len = readVarint(b, tag[1]);
            const stat = b.subarray(len[1], len[1] + len[0]);
            const kept = [];
            let q = 0;
            while (q < stat.length) {
                const fieldStart = q;
                const t = readVarint(stat, q);
                if (!t)
                    return undefined;
                const f = Math.floor(t[0] / 8);
                const w = t[0] & 7;
                const after = skipField(stat, t[1], w);
                if (after === undefined)
                    return undefined;
                if ((f === 1 || f === 7) && w === 2) {
                    const l = readVarint(stat, t[1]);
                    names[f === 1 ? 'path' : 'linkname'] = stat.subarray(l[1], l[1] + l[0]);
                    found = true;
                }
                else {
                    kept.push(stat.subarray(fieldStart, after));
                }
                q = after;
            }
            const content = Buffer.concat(kept);
            const header = Buffer.allocUnsafe(1 + 5);
            const end = writeLengthPrefix(header, 0, 0x12, content.length);
            parts.push(header.subarray(0, end), content);
        }
        else {
            parts.push(b.subarray(start, next));
        }
        pos = next;
    }
    return found ? { frame: Buffer.concat(parts), ...names } : undefined;
}
/** Reads a varint at `pos`: [value (up to 2^53), next position], or undefined past the end. */
function readVarint(b, pos) {
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
        if (pos >= b.length)
            return undefined;
        const byte = b[pos++];
        v += (byte & 0x7f) * mul;
        if (byte < 0x80)
            return [v, pos];
        mul *= 128;
    }
    return undefined;
}
/** Skips a field of wire type `wt` at `pos`; the position after it, or undefined. */
function skipField(b, pos, wt) {
    switch (wt) {
        case 0:
            return readVarint(b, pos)?.[1];
        case 1:
            return pos + 8 <= b.length ? pos + 8 : undefined;
        case 2: {
            const len = readVarint(b, pos);
            return len && len[1] + len[0] <= b.length ? len[1] + len[0] : undefined;
        }
        case 5:
            return pos + 4 <= b.length ? pos + 4 : undefined;
        default:
            return undefined;
    }
}
/**
 * The raw bytes of the last `stat.path` (Stat field 1) and `stat.linkname` (field 7) in a Packet, as protobuf's
 * last-one-wins rule reads them (sub-messages of a repeated `stat` field merge); undefined for what it cannot walk.
 */
function rawStatNames(b) {
    const out = {};
    let pos = 0;
    while (pos < b.length) {
        const tag = readVarint(b, pos);
        if (!tag)
            return undefined;
        const field = Math.floor(tag[0] / 8);
        const wt = tag[0] & 7;
        if (field === 2 && wt === 2) {
            const len = readVarint(b, tag[1]);
            if (!len || len[1] + len[0] > b.length)
                return undefined;
            if (!rawStatFields(b.subarray(len[1], len[1] + len[0]), out))
                return undefined;
            pos = len[1] + len[0];
            continue;
        }
        const next = skipField(b, tag[1], wt);
        if (next === undefined)
            return undefined;
        pos = next;
    }
    return out;
}
function rawStatFields(b, out) {
    let pos = 0;
    while (pos < b.length) {
        const tag = readVarint(b, pos);
        if (!tag)
            return false;
        const field = Math.floor(tag[0] / 8);
        const wt = tag[0] & 7;
        if ((field === 1 || field === 7) && wt === 2) {
            const len = readVarint(b, tag[1]);
            if (!len || len[1] + len[0] > b.length)
                return false;
            const value = b.subarray(len[1], len[1] + len[0]);
            if (field === 1)
                out.path = value;
            else
                out.linkname = value;
            pos = len[1] + len[0];
            continue;
        }
        const next = skipField(b, tag[1], wt);
        if (next === undefined)
            return false;
        pos = next;
    }
    return true;
}


/***/ }),

/***/ 925:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LP: () => (/* binding */ PacketType),
  JD: () => (/* binding */ decodePacket)
});

// UNUSED EXPORTS: PACKET_TYPE_NAME, PacketDecodeError, encodePacket

;// CONCATENATED MODULE: ./lib/buildkit/proto/fsutil.pb.js
// Code generated by scripts/gen-proto.ts from fsutil.proto. DO NOT EDIT: change the .proto file and run
// `npm run gen:proto`. Messages in the plain-object form the registry encodes and decodes (see types.ts).
const Packet_PacketType = {
    PACKET_STAT: 0,
    PACKET_REQ: 1,
    PACKET_DATA: 2,
    PACKET_FIN: 3,
    PACKET_ERR: 4,
};

// EXTERNAL MODULE: ./lib/buildkit/proto/registry.js + 2 modules
var registry = __webpack_require__(7062);
;// CONCATENATED MODULE: ./lib/buildkit/proto/fsutil.js
/**
 * Encoding and decoding fsutil's packets (fsutil.proto) with the registry, and their kinds under the short names the
 * transfer code uses. The sender encodes its packets by hand for speed (fsutil/wire.ts, which must match
 * `encodePacket` byte for byte).
 */


/** `Packet.PacketType` without the `PACKET_` prefix of its values (fsutil's Go code: `types.PACKET_STAT`\u2026). */
const PacketType = {
    STAT: Packet_PacketType.PACKET_STAT,
    REQ: Packet_PacketType.PACKET_REQ,
    DATA: Packet_PacketType.PACKET_DATA,
    FIN: Packet_PacketType.PACKET_FIN,
    ERR: Packet_PacketType.PACKET_ERR,
};
const PACKET_TYPE_NAME = 'fsutil.types.Packet';
function encodePacket(packet) {
    return encodeMessage(PACKET_TYPE_NAME, packet);
}
/** Bytes that are not an `fsutil.types.Packet` (truncated, a wrong wire type, a length past the end...). */
class PacketDecodeError extends Error {
    name = 'PacketDecodeError';
    constructor(cause) {
        super(`malformed fsutil packet: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
}
/** Decodes one packet; anything malformed is a PacketDecodeError (never protobufjs' RangeError and co). */
function decodePacket(bytes) {
    try {
        return (0,registry.decodeMessage)(PACKET_TYPE_NAME, bytes);
    }
    catch (err) {
        throw new PacketDecodeError(err);
    }
}


/***/ })

};
