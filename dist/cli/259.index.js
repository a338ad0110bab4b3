export const id = 259;
export const ids = [259];
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
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(925);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1626);
/**
 * A hand-written encoder for `fsutil.types.Packet`, byte-for-byte what protobufjs produces from the same Packet
 * (fields in number order, zero values left out, int64 fields given as decimal strings).
 *
 * The sender puts one Packet on the wire per STAT and per DATA chunk \u2014 tens of thousands for a large context \u2014
 * and going through protobufjs (fromObject, a Writer, then a copy) costs several times what writing the few
 * header bytes straight into the output buffer does. Decoding stays with protobufjs: the sender only decodes
 * the receiver's small REQ/FIN packets.
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
    const pathBytes = stat.path && pathLength !== stat.path.length && (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .hasEscapes */ .Tl)(stat.path) ? (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeName */ .aA)(stat.path) : undefined;
    const linkBytes = stat.linkname && linkLength !== stat.linkname.length && (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .hasEscapes */ .Tl)(stat.linkname)
        ? (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeName */ .aA)(stat.linkname)
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
 */
function decodePacketNames(bytes) {
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
            packet.stat.path = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeName */ .e4)(stripped.path);
        if (stripped.linkname)
            packet.stat.linkname = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeName */ .e4)(stripped.linkname);
        return packet;
    }
    if (packet.stat) {
        const raw = rawStatNames(bytes);
        if (raw?.path && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(raw.path))
            packet.stat.path = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeName */ .e4)(raw.path);
        if (raw?.linkname && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(raw.linkname))
            packet.stat.linkname = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeName */ .e4)(raw.linkname);
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

/***/ 1155:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ encodeFrames),
/* harmony export */   P2: () => (/* binding */ FRAME_PREFIX),
/* harmony export */   Sl: () => (/* binding */ framePrefix),
/* harmony export */   h2: () => (/* binding */ MAX_MESSAGE),
/* harmony export */   lk: () => (/* binding */ writeFramePrefix),
/* harmony export */   wI: () => (/* binding */ FrameDecoder)
/* harmony export */ });
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9499);
/**
 * gRPC's message framing on an HTTP/2 stream: every message is a 5-byte prefix (a compressed flag, then the length as
 * a big-endian uint32) and the message bytes (grpc PROTOCOL-HTTP2.md, "Length-Prefixed-Message"). Our server
 * (server.ts) and the session tunnel (transport/tunnel.ts) frame and cut messages with these; nothing here compresses.
 */

const MiB = 1024 * 1024;
/** Bytes before each message: the compressed flag and the length. */
const FRAME_PREFIX = 5;
/** The largest message accepted; the daemon's own session client sends at most 16 MiB. */
const MAX_MESSAGE = 32 * MiB;
/** Writes the prefix of an uncompressed message of `length` bytes at `at`; returns where the message goes. */
function writeFramePrefix(out, at, length) {
    out[at] = 0;
    out.writeUInt32BE(length, at + 1);
    return at + FRAME_PREFIX;
}
/** The prefix of an uncompressed message of `length` bytes, on its own (to write a big message without copying it). */
function framePrefix(length) {
    const prefix = Buffer.allocUnsafe(FRAME_PREFIX);
    writeFramePrefix(prefix, 0, length);
    return prefix;
}
/** Messages framed back to back in one buffer, for one HTTP/2 write. */
function encodeFrames(messages) {
    let total = 0;
    for (const m of messages)
        total += FRAME_PREFIX + m.length;
    const out = Buffer.allocUnsafe(total);
    let at = 0;
    for (const m of messages) {
        at = writeFramePrefix(out, at, m.length);
        at += m.copy(out, at);
    }
    return out;
}
/**
 * Cuts a byte stream into messages. push() returns the messages completed by a chunk; a compressed message fails with
 * UNIMPLEMENTED and one over MAX_MESSAGE with RESOURCE_EXHAUSTED (StatusErrors, the status to end the call with).
 */
class FrameDecoder {
    buffered = [];
    bufferedBytes = 0;
    /** Bytes needed before the next message can be cut: its prefix, then prefix and body. */
    needed = FRAME_PREFIX;
    /** Bytes held of a message not complete yet. */
    get pending() {
        return this.bufferedBytes;
    }
    push(chunk) {
        this.buffered.push(chunk);
        this.bufferedBytes += chunk.length;
        // A big message arrives in many chunks: join them once, when all of it is here, not once per chunk.
        if (this.bufferedBytes < this.needed)
            return [];
        const data = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered, this.bufferedBytes);
        const messages = [];
        let at = 0;
        this.needed = FRAME_PREFIX;
        while (data.length - at >= FRAME_PREFIX) {
            if (data[at] !== 0)
                throw new _status_js__WEBPACK_IMPORTED_MODULE_0__/* .StatusError */ .Xs(_status_js__WEBPACK_IMPORTED_MODULE_0__/* .Code */ .Cy.UNIMPLEMENTED, 'compressed messages are not supported');
            const length = data.readUInt32BE(at + 1);
            if (length > MAX_MESSAGE)
                throw new _status_js__WEBPACK_IMPORTED_MODULE_0__/* .StatusError */ .Xs(_status_js__WEBPACK_IMPORTED_MODULE_0__/* .Code */ .Cy.RESOURCE_EXHAUSTED, `message of ${length} bytes exceeds the limit of ${MAX_MESSAGE}`);
            if (data.length - at - FRAME_PREFIX < length) {
                this.needed = FRAME_PREFIX + length;
                break;
            }
            messages.push(data.subarray(at + FRAME_PREFIX, at + FRAME_PREFIX + length));
            at += FRAME_PREFIX + length;
        }
        this.buffered = at < data.length ? [data.subarray(at)] : [];
        this.bufferedBytes = data.length - at;
        return messages;
    }
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


/***/ }),

/***/ 2039:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ rawStreamDefinition),
/* harmony export */   aU: () => (/* binding */ callUnary),
/* harmony export */   fJ: () => (/* binding */ serviceDefinition),
/* harmony export */   yU: () => (/* binding */ makeClientConstructor)
/* harmony export */ });
/* unused harmony export methodPaths */
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3033);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7062);
/**
 * gRPC services from our registry, typed by the generated method maps.
 *
 * A service of the registry becomes a grpc-js ServiceDefinition, so the same definition serves both directions:
 * clients for Control and LLBBridge, servers for the session services. A generated `*_SERVICE` name (types.ts
 * ServiceName) carries the service's methods, so that `makeClientConstructor(CONTROL_SERVICE)` makes a client whose
 * `Solve` takes a SolveRequest and answers a SolveResponse, and `ServiceHandlers<HealthMethods>` types a server's
 * handlers the same way.
 */


function serializer(type) {
    return (value) => (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeWith */ .rk)(type, value);
}
function deserializer(type) {
    return (bytes) => (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeWith */ .pX)(type, bytes);
}
const cache = new Map();
function serviceDefinition(fullName) {
    const hit = cache.get(fullName);
    if (hit)
        return hit;
    const service = _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .root */ .zr.lookupService(fullName);
    service.resolveAll();
    const def = {};
    for (const method of service.methodsArray) {
        const req = method.resolvedRequestType;
        const res = method.resolvedResponseType;
        def[method.name] = {
            path: `/${fullName}/${method.name}`,
            requestStream: !!method.requestStream,
            responseStream: !!method.responseStream,
            requestSerialize: serializer(req),
            requestDeserialize: deserializer(req),
            responseSerialize: serializer(res),
            responseDeserialize: deserializer(res),
            originalName: method.name,
        };
    }
    cache.set(fullName, def);
    return def;
}
/** Full method paths (`/pkg.Service/Method`) of a service, as the session advertises them. */
function methodPaths(fullName) {
    return Object.values(serviceDefinition(fullName)).map((m) => m.path);
}
function makeClientConstructor(service) {
    return _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .makeGenericClientConstructor */ .ds(serviceDefinition(service), service);
}
/** Calls the unary `method` of `client`; `signal` cancels the call (the promise then rejects with CANCELLED). */
function callUnary(client, method, request, metadata, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason ?? new Error('aborted'));
        const onAbort = () => call.cancel();
        const call = client[method].call(client, request, metadata, (err, value) => {
            signal?.removeEventListener('abort', onAbort);
            if (err)
                reject(err);
            else
                resolve(value);
        });
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * A definition for one bidirectional-stream method whose messages pass as raw bytes both ways: for services that
 * encode and decode their frames themselves (FileSync's hand-encoded Packets, FileSend's two frame kinds).
 */
function rawStreamDefinition(service, method) {
    const identity = (b) => b;
    return {
        [method]: {
            path: `/${service}/${method}`,
            requestStream: true,
            responseStream: true,
            requestSerialize: identity,
            requestDeserialize: identity,
            responseSerialize: identity,
            responseDeserialize: identity,
            originalName: method,
        },
    };
}


/***/ }),

/***/ 9433:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ CallTunnel),
  D: () => (/* binding */ H2CallTunnel)
});

// EXTERNAL MODULE: external "node:http2"
var external_node_http2_ = __webpack_require__(2467);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/wire.js
var wire = __webpack_require__(6801);
// EXTERNAL MODULE: ./lib/buildkit/grpc/errors.js + 1 modules
var errors = __webpack_require__(8791);
// EXTERNAL MODULE: ./lib/buildkit/grpc/framing.js
var framing = __webpack_require__(1155);
// EXTERNAL MODULE: ./lib/buildkit/grpc/status.js
var grpc_status = __webpack_require__(9499);
;// CONCATENATED MODULE: ./lib/buildkit/transport/bytes-message-stream.js
/**
 * The session call's incoming side cut without joining: a stream of gRPC-framed `BytesMessage`s (`bytes data = 1`)
 * becomes the `data` bytes, handed on as slices of the chunks they arrived in. The daemon wraps the session's whole
 * HTTP/2 connection in ~32 KiB messages that reach us in 16 KiB DATA frames; cutting them with FrameDecoder and
 * decoding each with protobufjs joined every message's chunks into a new buffer, a second full copy of everything the
 * daemon sends (exports, files it asks for) on top of the one the session server's own framing makes
 * (docs/benchmarks.md). Only the few header bytes of each frame and field are looked at, one by one.
 *
 * Hand-written: protobufjs decodes whole messages only. It reads the protobuf wire format of this one message type:
 * field 1 (length-delimited) is data; any other field is skipped by its wire type, as a decoder skips unknown fields.
 * The daemon's Go code marshals exactly one field 1 (or nothing for empty data); a message carrying field 1 twice,
 * whose decoded value would be the last, never comes from it and hands on both.
 */


class BytesMessageStream {
    state = 0 /* State.Prefix */;
    prefix = Buffer.alloc(framing/* FRAME_PREFIX */.P2);
    prefixHave = 0;
    /** bytes of the current message not read yet */
    messageLeft = 0;
    /** bytes of the current field's value not read yet (Data, Skip) */
    fieldLeft = 0;
    field = 0;
    /** the varint being read (Key, Length, SkipVarint) and the shift of its next byte */
    varint = 0;
    shift = 0;
    /** The data bytes completed by `chunk`, in order (slices of it: the caller must not reuse `chunk`). */
    push(chunk) {
        const out = [];
        let at = 0;
        while (at < chunk.length) {
            switch (this.state) {
                case 0 /* State.Prefix */: {
                    const n = Math.min(framing/* FRAME_PREFIX */.P2 - this.prefixHave, chunk.length - at);
                    chunk.copy(this.prefix, this.prefixHave, at, at + n);
                    this.prefixHave += n;
                    at += n;
                    if (this.prefixHave < framing/* FRAME_PREFIX */.P2)
                        break;
                    this.prefixHave = 0;
                    if (this.prefix[0] !== 0)
                        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNIMPLEMENTED, 'compressed messages are not supported');
                    const length = this.prefix.readUInt32BE(1);
                    if (length > framing/* MAX_MESSAGE */.h2)
                        throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.RESOURCE_EXHAUSTED, `message of ${length} bytes exceeds the limit of ${framing/* MAX_MESSAGE */.h2}`);
                    this.messageLeft = length;
                    if (length > 0)
                        this.startVarint(1 /* State.Key */);
                    break;
                }
                case 1 /* State.Key */:
                case 2 /* State.Length */:
                case 3 /* State.SkipVarint */: {
                    const byte = chunk[at++];
                    this.messageLeft--;
                    this.varint += (byte & 0x7f) * 2 ** this.shift;
                    this.shift += 7;
                    if (byte & 0x80) {
                        if (this.shift >= 64)
                            throw malformed('a varint longer than 10 bytes');
                        if (this.messageLeft === 0)
                            throw malformed('a varint cut by the end of the message');
                        break;
                    }
                    this.varintDone();
                    break;
                }
                case 4 /* State.Data */:
                case 5 /* State.Skip */: {
                    const n = Math.min(this.fieldLeft, chunk.length - at);
                    if (this.state === 4 /* State.Data */)
                        out.push(chunk.subarray(at, at + n));
                    at += n;
                    this.fieldLeft -= n;
                    this.messageLeft -= n;
                    if (this.fieldLeft === 0)
                        this.nextField();
                    break;
                }
            }
        }
        return out;
    }
    startVarint(state) {
        this.state = state;
        this.varint = 0;
        this.shift = 0;
    }
    varintDone() {
        const value = this.varint;
        if (this.state === 1 /* State.Key */) {
            this.field = Math.floor(value / 8);
            const wireType = value % 8;
            // every wire type has something after the key: a value, or a length (of 0 at least)
            if (this.messageLeft === 0)
                throw malformed('a field without its value');
            if (wireType === 2)
                return this.startVarint(2 /* State.Length */);
            if (wireType === 0)
                return this.startVarint(3 /* State.SkipVarint */);
            // fixed64 and fixed32: skipped like bytes of a known length
            if (wireType === 1 || wireType === 5)
                return this.startField(5 /* State.Skip */, wireType === 1 ? 8 : 4);
            throw malformed(`wire type ${wireType}`);
        }
        if (this.state === 2 /* State.Length */)
            return this.startField(this.field === 1 ? 4 /* State.Data */ : 5 /* State.Skip */, value);
        this.nextField(); // a skipped varint's value
    }
    startField(state, length) {
        if (length > this.messageLeft)
            throw malformed('a field longer than its message');
        this.state = state;
        this.fieldLeft = length;
        if (length === 0)
            this.nextField();
    }
    nextField() {
        if (this.messageLeft === 0)
            this.state = 0 /* State.Prefix */;
        else
            this.startVarint(1 /* State.Key */);
    }
}
function malformed(what) {
    return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, `malformed BytesMessage: ${what}`);
}

;// CONCATENATED MODULE: ./lib/buildkit/transport/tunnel.js
/**
 * Byte pipes a session runs over. BuildKit's session protocol puts a whole HTTP/2 connection (daemon = client) inside
 * a `Control.Session` bidi call: made with node:http2 on a connection of its own (H2CallTunnel) where the transport
 * gives us a socket, through grpc-js otherwise (CallTunnel: dial-stdio). The gRPC of the node:http2 call (framing,
 * statuses, a call lost without one) is grpc/'s, shared with the session's server.
 */







/**
 * A `Control.Session` call seen as a byte stream: every BytesMessage received is the next chunk, every chunk written
 * becomes one BytesMessage; ending the writable side half-closes the call (EOF for the daemon), the daemon ending the
 * call is EOF here. Chunk boundaries mean nothing (moby/buildkit session/grpchijack does the same in Go).
 */
class CallTunnel extends external_node_stream_.Duplex {
    call;
    callDone = false;
    constructor(call) {
        super({ allowHalfOpen: true });
        this.call = call;
        call.on('data', (m) => {
            if (m.data && m.data.length && !this.push(m.data))
                call.pause();
        });
        call.on('end', () => this.push(null));
        call.on('status', () => {
            this.callDone = true;
        });
        call.on('error', (err) => {
            this.callDone = true;
            // A cancelled call is how our own destroy() ends it: not an error worth reporting.
            if ((0,errors/* codeOf */.$N)(err) === grpc_status/* Code */.Cy.CANCELLED)
                this.push(null);
            else
                this.destroy(err);
        });
    }
    /** Resolves when the daemon has answered the call (response headers), i.e. it accepted the session. */
    accepted(timeoutMs) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                cleanup();
                reject(new Error(`the daemon did not accept the session within ${timeoutMs} ms`));
            }, timeoutMs);
            const onMetadata = () => {
                cleanup();
                resolve();
            };
            const onFail = (err) => {
                cleanup();
                reject(err ?? new Error('the session call ended before the daemon accepted it'));
            };
            const onEnd = () => onFail();
            const cleanup = () => {
                clearTimeout(timer);
                this.call.off('metadata', onMetadata);
                this.off('error', onFail);
                this.off('end', onEnd);
            };
            this.call.once('metadata', onMetadata);
            this.once('error', onFail);
            this.once('end', onEnd);
        });
    }
    _read() {
        this.call.resume();
    }
    _write(chunk, _enc, cb) {
        if (this.callDone)
            return cb(new Error('session call already ended'));
        this.call.write({ data: chunk }, () => cb());
    }
    _final(cb) {
        if (!this.callDone)
            this.call.end();
        cb();
    }
    _destroy(err, cb) {
        if (!this.callDone)
            this.call.cancel();
        cb(err);
    }
}
/**
 * A `Control.Session` call made with `node:http2` on a connection of its own (a unix or TCP socket to buildkitd, a
 * `POST /grpc` upgrade to dockerd), seen as a byte stream like CallTunnel. Written for the bytes a session carries:
 * everything the session server wrote since the last write goes out as one HTTP/2 write of BytesMessages framed back
 * to back, where grpc-js makes a message, a write and an event-loop turn of each chunk (a cold 231 MB context cost
 * ~2 s more client CPU through grpc-js and the docker:// bridge than over this path). The daemon forgets the session
 * as soon as the call ends (control.Session: the stream's end cancels it), unlike dockerd's `POST /session`, which
 * keeps it until health checks fail, 5\u201310 s later (session/grpc.go monitorHealth) \u2014 and directory sessions reuse
 * their id from one run to the next (solve/run/session-ids.ts).
 */
class H2CallTunnel extends external_node_stream_.Duplex {
    session;
    stream;
    decoder = new BytesMessageStream();
    response;
    /** The daemon ended the call (its trailers came). */
    ended = false;
    /** Bytes received on the call, counted up to BULK_BYTES. */
    received = 0;
    constructor(socket, headers, authority = 'http://localhost') {
        super({ allowHalfOpen: true });
        this.session = external_node_http2_.connect(authority, { createConnection: () => socket });
        // The connection going away without the call's trailers is the daemon gone, told as grpc-js tells it (UNAVAILABLE),
        // so that a build reports the daemon, not just the session (solve/run/target-errors.ts).
        this.session.on('error', (err) => this.destroy(this.ended ? err : (0,errors/* callLost */.Bp)(err.message, err)));
        this.session.on('close', () => this.destroy(this.ended ? undefined : (0,errors/* callLost */.Bp)('connection closed')));
        const reqHeaders = {
            ':method': 'POST',
            ':path': SESSION_METHOD_PATH,
            'content-type': 'application/grpc',
            te: 'trailers',
        };
        for (const [name, value] of headers) {
            const key = name.toLowerCase();
            const prev = reqHeaders[key];
            reqHeaders[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [String(prev), value];
        }
        this.stream = this.session.request(reqHeaders);
        this.response = new Promise((resolve, reject) => {
            this.stream.once('response', (h) => {
                // A refusal comes as a trailers-only response: its status in these headers.
                const refused = (0,grpc_status/* statusFromHeaders */.rm)(h);
                if (h[':status'] !== 200)
                    reject(new Error(`HTTP status ${h[':status']}`));
                else if (refused)
                    reject(refused);
                else
                    resolve();
            });
            this.stream.once('close', () => reject(new Error('the session call ended before the daemon accepted it')));
        });
        this.response.catch(() => { });
        this.stream.on('data', (chunk) => {
            let data;
            try {
                data = this.decoder.push(chunk); // slices of chunk, not copies (bytes-message-stream.ts)
                if (this.received < BULK_BYTES && (this.received += chunk.length) >= BULK_BYTES)
                    this.widenWindows();
            }
            catch (err) {
                this.destroy(new Error('malformed message on the session call', { cause: err }));
                return;
            }
            for (const d of data)
                if (!this.push(d))
                    this.stream.pause();
        });
        this.stream.on('trailers', (h) => {
            this.ended = true;
            const failed = (0,grpc_status/* statusFromHeaders */.rm)(h);
            // CANCELLED is how our own destroy ends it
            if (failed && failed.code !== grpc_status/* Code */.Cy.CANCELLED)
                this.destroy(failed);
        });
        this.stream.on('end', () => this.push(null));
        this.stream.on('error', (err) => this.destroy(this.ended ? err : (0,errors/* callLost */.Bp)(err.message, err)));
        this.stream.on('close', () => {
            this.push(null);
            this.session.close();
            // The call is over: nothing more can be written. Unless we ended it first, that is the session lost.
            if (!this.writableFinished)
                this.destroy(this.ended ? undefined : (0,errors/* callLost */.Bp)('the session call was reset'));
        });
    }
    /** The call carries a bulk transfer: let the daemon send further ahead (BULK_BYTES). */
    widenWindows() {
        try {
            this.session.setLocalWindowSize(BULK_CONNECTION_WINDOW);
            // a new initial window applies to the open stream too (RFC 9113 6.9.2)
            this.session.settings({ initialWindowSize: BULK_STREAM_WINDOW });
        }
        catch {
            /* the connection is closing: nothing to widen */
        }
    }
    /** Resolves when the daemon has answered the call (response headers), i.e. it accepted the session. */
    accepted(timeoutMs) {
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the daemon did not accept the session within ${timeoutMs} ms`)), timeoutMs);
        });
        return Promise.race([this.response, timeout]).finally(() => clearTimeout(timer));
    }
    _read() {
        this.stream.resume();
    }
    _write(chunk, _enc, cb) {
        this._writev([{ chunk }], cb);
    }
    _writev(chunks, cb) {
        if (this.stream.destroyed || this.stream.writableEnded)
            return cb(new Error('session call already ended'));
        // Each chunk one BytesMessage: gRPC prefix, then its one field (1: data).
        let size = 0;
        for (const { chunk } of chunks)
            size += framing/* FRAME_PREFIX */.P2 + (0,wire/* lengthDelimitedSize */.nD)(chunk.length);
        const out = Buffer.allocUnsafe(size);
        let at = 0;
        for (const { chunk } of chunks) {
            at = (0,framing/* writeFramePrefix */.lk)(out, at, (0,wire/* lengthDelimitedSize */.nD)(chunk.length));
            at = (0,wire/* writeLengthPrefix */._W)(out, at, 0x0a, chunk.length);
            at += chunk.copy(out, at);
        }
        if (this.stream.write(out))
            cb();
        else
            this.stream.once('drain', () => cb());
    }
    _final(cb) {
        if (!this.stream.destroyed)
            this.stream.end();
        cb();
    }
    _destroy(err, cb) {
        if (!this.stream.destroyed)
            this.stream.close(external_node_http2_.constants.NGHTTP2_CANCEL);
        if (!this.session.destroyed)
            this.session.destroy();
        cb(err);
    }
}
const SESSION_METHOD_PATH = '/moby.buildkit.v1.Control/Session';
/**
 * What the daemon may send ahead on the tunnel's call, and on its connection, once the call has carried BULK_BYTES
 * (HTTP/2 starts both at 64 KiB). Node acknowledges received data with a WINDOW_UPDATE once half a window has been
 * read, so at 64 KiB a bulk export (the daemon writing into the tunnel) costs a 26-byte write (two WINDOW_UPDATE
 * frames) per 32 KiB: 3,168 of them for a 100 MB local export, each read and answered by the daemon. At 1 MiB
 * (docs/benchmarks.md, eighth round; Node 24, buildkitd, 6 pairs): 100 MB export 1.21 -> 0.96 s wall, the daemon's
 * CPU 0.59 -> 0.39 s (buildx: 0.36 s); a larger window bought nothing more. Widened from the start, every window size
 * tried (256 KiB to 1 MiB) also raised the cached fan-out's peak RSS by 4 MB (92 -> 96 MB, 10 pairs) for no change in
 * its wall time (twelve exports of ~2 MB each), so a call's windows widen only once it has shown itself a bulk
 * transfer.
 */
const BULK_BYTES = 4 * 1024 * 1024;
const BULK_STREAM_WINDOW = 1024 * 1024;
const BULK_CONNECTION_WINDOW = 4 * 1024 * 1024;


/***/ })

};
