"use strict"; exports.id = 801;
exports.ids = [801];
exports.modules = {
  /***/
  1626: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Jk: () => (
          /* binding */
          fsPath
        ),
        /* harmony export */
        MP: () => (
          /* binding */
          compareNames
        ),
        /* harmony export */
        NE: () => (
          /* binding */
          joinFsPath
        ),
        /* harmony export */
        QC: () => (
          /* binding */
          displayName
        ),
        /* harmony export */
        Tl: () => (
          /* binding */
          hasEscapes
        ),
        /* harmony export */
        aA: () => (
          /* binding */
          encodeName
        ),
        /* harmony export */
        e4: () => (
          /* binding */
          decodeName
        )
        /* harmony export */
      });
      var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
      var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8150);
      const ESCAPE_UNIT = /[\udc80-\udcff]/;
      const ESCAPE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;
      function hasEscapes(s) {
        return ESCAPE_UNIT.test(s) && ESCAPE.test(s);
      }
      function decodeName(bytes) {
        const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        if ((0, node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
          return buf.toString("utf8");
        let out = "";
        let i = 0;
        const n = buf.length;
        while (i < n) {
          const b = buf[i];
          if (b < 128) {
            out += String.fromCharCode(b);
            i++;
            continue;
          }
          const len = validSequenceLength(buf, i);
          if (len === 0) {
            out += String.fromCharCode(56320 + b);
            i++;
          } else {
            out += buf.toString("utf8", i, i + len);
            i += len;
          }
        }
        return out;
      }
      function validSequenceLength(b, i) {
        const c = b[i];
        const cont = (k, lo = 128, hi = 191) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
        if (c >= 194 && c <= 223)
          return cont(1) ? 2 : 0;
        if (c === 224)
          return cont(1, 160) && cont(2) ? 3 : 0;
        if (c >= 225 && c <= 236 || c === 238 || c === 239)
          return cont(1) && cont(2) ? 3 : 0;
        if (c === 237)
          return cont(1, 128, 159) && cont(2) ? 3 : 0;
        if (c === 240)
          return cont(1, 144) && cont(2) && cont(3) ? 4 : 0;
        if (c >= 241 && c <= 243)
          return cont(1) && cont(2) && cont(3) ? 4 : 0;
        if (c === 244)
          return cont(1, 128, 143) && cont(2) && cont(3) ? 4 : 0;
        return 0;
      }
      function encodeName(s) {
        if (!hasEscapes(s))
          return Buffer.from(s, "utf8");
        const parts = [];
        let start = 0;
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          if (c < 56448 || c > 56575)
            continue;
          const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
          if (prev >= 55296 && prev <= 56319)
            continue;
          if (i > start)
            parts.push(Buffer.from(s.slice(start, i), "utf8"));
          parts.push(Buffer.of(c - 56320));
          start = i + 1;
        }
        if (start < s.length)
          parts.push(Buffer.from(s.slice(start), "utf8"));
        return Buffer.concat(parts);
      }
      function nameByteLength(s) {
        return hasEscapes(s) ? encodeName(s).length : Buffer.byteLength(s, "utf8");
      }
      function fsPath(s) {
        return hasEscapes(s) ? encodeName(s) : s;
      }
      function joinFsPath(dir, name) {
        if (typeof dir === "string" && typeof name === "string")
          return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
        const d = typeof dir === "string" ? Buffer.from(dir, "utf8") : dir;
        const n = typeof name === "string" ? Buffer.from(name, "utf8") : name;
        return d.length > 0 && d[d.length - 1] === 47 ? Buffer.concat([d, n]) : Buffer.concat([d, Buffer.of(47), n]);
      }
      function displayName(s) {
        if (!hasEscapes(s))
          return s;
        return s.replace(/(?<![\ud800-\udbff])[\udc80-\udcff]/g, (c) => `\\x${(c.charCodeAt(0) - 56320).toString(16)}`);
      }
      function compareNames(a, b) {
        if (hasEscapes(a) || hasEscapes(b))
          return Buffer.compare(encodeName(a), encodeName(b));
        return (0, _paths_js__WEBPACK_IMPORTED_MODULE_1__.zq)(a, b);
      }
    })
  ),
  /***/
  8150: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Jp: () => (
          /* binding */
          basePath
        ),
        /* harmony export */
        Jz: () => (
          /* binding */
          dirPath
        ),
        /* harmony export */
        VH: () => (
          /* binding */
          isSafeRelativePath
        ),
        /* harmony export */
        ts: () => (
          /* binding */
          cleanPath
        ),
        /* harmony export */
        uJ: () => (
          /* binding */
          joinPath
        ),
        /* harmony export */
        zq: () => (
          /* binding */
          compareUtf8
        )
        /* harmony export */
      });
      function cleanPath(p) {
        if (p === "")
          return ".";
        const rooted = p.startsWith("/");
        const out = [];
        for (const part of p.split("/")) {
          if (part === "" || part === ".")
            continue;
          if (part === "..") {
            if (out.length > 0 && out[out.length - 1] !== "..")
              out.pop();
            else if (!rooted)
              out.push("..");
            continue;
          }
          out.push(part);
        }
        const joined = out.join("/");
        if (rooted)
          return "/" + joined;
        return joined === "" ? "." : joined;
      }
      function joinPath(...parts) {
        const nonEmpty = parts.filter((p) => p !== "");
        return nonEmpty.length === 0 ? "" : cleanPath(nonEmpty.join("/"));
      }
      function dirPath(p) {
        const i = p.lastIndexOf("/");
        return cleanPath(p.slice(0, i + 1));
      }
      function basePath(p) {
        if (p === "")
          return ".";
        while (p.length > 1 && p.endsWith("/"))
          p = p.slice(0, -1);
        if (p === "/")
          return "/";
        const i = p.lastIndexOf("/");
        return i >= 0 ? p.slice(i + 1) : p;
      }
      function compareUtf8(a, b) {
        const n = Math.min(a.length, b.length);
        for (let i = 0; i < n; i++) {
          const ca = a.charCodeAt(i);
          const cb = b.charCodeAt(i);
          if (ca === cb)
            continue;
          const sa = ca >= 55296 && ca <= 57343;
          const sb = cb >= 55296 && cb <= 57343;
          if (sa !== sb)
            return sa ? cb >= 57344 ? 1 : ca - cb : ca >= 57344 ? -1 : ca - cb;
          return ca - cb;
        }
        return a.length - b.length;
      }
      function isSafeRelativePath(p) {
        if (p === "" || p === "." || p.includes("\0"))
          return false;
        if (p.startsWith("/"))
          return false;
        if (cleanPath(p) !== p)
          return false;
        return !p.split("/").includes("..");
      }
    })
  ),
  /***/
  6801: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Bc: () => (
          /* binding */
          decodeSlicedPacket
        ),
        /* harmony export */
        T7: () => (
          /* binding */
          slicedFieldToEnd
        ),
        /* harmony export */
        VS: () => (
          /* binding */
          dataPacketInPlace
        ),
        /* harmony export */
        _W: () => (
          /* binding */
          writeLengthPrefix
        ),
        /* harmony export */
        nD: () => (
          /* binding */
          lengthDelimitedSize
        ),
        /* harmony export */
        r3: () => (
          /* binding */
          decodePacketNames
        ),
        /* harmony export */
        xR: () => (
          /* binding */
          DATA_HEADER_ROOM
        ),
        /* harmony export */
        zT: () => (
          /* binding */
          encodePacketFast
        )
        /* harmony export */
      });
      var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
      var _proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(925);
      var _proto_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7062);
      var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1626);
      function varint32Size(v) {
        return v < 128 ? 1 : v < 16384 ? 2 : v < 2097152 ? 3 : v < 268435456 ? 4 : 5;
      }
      function writeVarint32(buf, pos, v) {
        while (v >= 128) {
          buf[pos++] = v & 127 | 128;
          v >>>= 7;
        }
        buf[pos++] = v;
        return pos;
      }
      function int64Halves(decimal) {
        const n = Number(decimal);
        if (Number.isSafeInteger(n) && n >= 0)
          return [n >>> 0, Math.floor(n / 4294967296) >>> 0];
        if (typeof decimal === "string" && n > 0 && decimal.length <= 19 && isDigits(decimal)) {
          return largeDecimalHalves(decimal);
        }
        const v = BigInt.asUintN(64, BigInt(decimal));
        return [Number(v & 0xffffffffn), Number(v >> 32n)];
      }
      function largeDecimalHalves(decimal) {
        const cut = decimal.length - 9;
        const high = Number(decimal.slice(0, cut));
        const low = Number(decimal.slice(cut));
        const b = high % 65536;
        const u = (high - b) / 65536 * 1e9;
        const t = b * 1e9 + low;
        const x = u % 65536 * 65536 + t;
        const lo = x % 4294967296;
        const hi = Math.floor(u / 65536) + (x - lo) / 4294967296;
        return [lo, hi >>> 0];
      }
      function isDigits(s) {
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          if (c < 48 || c > 57)
            return false;
        }
        return true;
      }
      function varint64Size(lo, hi) {
        if (hi === 0)
          return varint32Size(lo);
        let size = 4;
        let rest = hi * 16 + (lo >>> 28);
        while (rest >= 1) {
          size++;
          rest = Math.floor(rest / 128);
        }
        return size;
      }
      function writeVarint64(buf, pos, lo, hi) {
        while (hi > 0 || lo >= 128) {
          buf[pos++] = lo & 127 | 128;
          lo = (lo >>> 7 | hi << 25) >>> 0;
          hi >>>= 7;
        }
        buf[pos++] = lo;
        return pos;
      }
      const EMPTY = new Uint8Array(0);
      const lengthDelimitedSize = (length) => 1 + varint32Size(length) + length;
      const bytesFieldSize = (length) => length > 0 ? lengthDelimitedSize(length) : 0;
      const varintFieldSize = (v) => v ? 1 + varint32Size(v >>> 0) : 0;
      function writeLengthPrefix(buf, pos, tag, length) {
        buf[pos++] = tag;
        return writeVarint32(buf, pos, length);
      }
      function writeString(buf, pos, tag, value, length) {
        pos = writeLengthPrefix(buf, pos, tag, length);
        return pos + buf.write(value, pos, length, "utf8");
      }
      function writeBytes(buf, pos, tag, bytes) {
        pos = writeLengthPrefix(buf, pos, tag, bytes.length);
        buf.set(bytes, pos);
        return pos + bytes.length;
      }
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
      const INT64_FIELDS = [
        [40, "size"],
        [48, "modTime"],
        [64, "devmajor"],
        [72, "devminor"]
      ];
      function measureStat(stat) {
        let pathLength = stat.path ? Buffer.byteLength(stat.path, "utf8") : 0;
        let linkLength = stat.linkname ? Buffer.byteLength(stat.linkname, "utf8") : 0;
        const pathBytes = stat.path && pathLength !== stat.path.length && (0, _names_js__WEBPACK_IMPORTED_MODULE_3__.Tl)(stat.path) ? (0, _names_js__WEBPACK_IMPORTED_MODULE_3__.aA)(stat.path) : void 0;
        const linkBytes = stat.linkname && linkLength !== stat.linkname.length && (0, _names_js__WEBPACK_IMPORTED_MODULE_3__.Tl)(stat.linkname) ? (0, _names_js__WEBPACK_IMPORTED_MODULE_3__.aA)(stat.linkname) : void 0;
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
          if (decimal === void 0 || decimal === "" || decimal === "0" || decimal === 0)
            continue;
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
            const keyLength = Buffer.byteLength(key, "utf8");
            const entrySize = 2 + varint32Size(keyLength) + keyLength + varint32Size(value.length) + value.length;
            layout.xattrs.push([key, value, keyLength, entrySize]);
            layout.size += lengthDelimitedSize(entrySize);
          }
        }
        return layout;
      }
      function writeStat(out, pos, stat, layout) {
        pos = layout.pathBytes ? writeBytes(out, pos, 10, layout.pathBytes) : writeStringField(out, pos, 10, stat.path ?? "", layout.pathLength);
        pos = writeVarintField(out, pos, 16, stat.mode ?? 0);
        pos = writeVarintField(out, pos, 24, stat.uid ?? 0);
        pos = writeVarintField(out, pos, 32, stat.gid ?? 0);
        for (let i = 0; i < INT64_FIELDS.length; i++) {
          if (i === 2) {
            pos = layout.linkBytes ? writeBytes(out, pos, 58, layout.linkBytes) : writeStringField(out, pos, 58, stat.linkname ?? "", layout.linkLength);
          }
          if (!(layout.present & 1 << i))
            continue;
          out[pos++] = INT64_FIELDS[i][0];
          pos = writeVarint64(out, pos, layout.halves[2 * i], layout.halves[2 * i + 1]);
        }
        for (const [key, value, keyLength, entrySize] of layout.xattrs ?? []) {
          pos = writeLengthPrefix(out, pos, 82, entrySize);
          pos = writeString(out, pos, 10, key, keyLength);
          pos = writeBytes(out, pos, 18, value);
        }
        return pos;
      }
      function encodePacketFast(packet) {
        const type = packet.type ?? 0;
        const id2 = (packet.ID ?? 0) >>> 0;
        const data = packet.data ?? EMPTY;
        const stat = packet.stat ? measureStat(packet.stat) : void 0;
        let size = varintFieldSize(type) + varintFieldSize(id2) + bytesFieldSize(data.length);
        if (stat)
          size += lengthDelimitedSize(stat.size);
        const out = Buffer.allocUnsafe(size);
        let pos = writeVarintField(out, 0, 8, type);
        if (stat)
          pos = writeStat(out, writeLengthPrefix(out, pos, 18, stat.size), packet.stat, stat);
        pos = writeVarintField(out, pos, 24, id2);
        writeBytesField(out, pos, 34, data);
        return out;
      }
      const DATA_HEADER_ROOM = 14;
      function dataPacketInPlace(buf, start, end, id2) {
        const length = end - start;
        const header = varintFieldSize(_proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__.LP.DATA) + varintFieldSize(id2) + (length > 0 ? 1 + varint32Size(length) : 0);
        const at = start - header;
        if (at < 0 || end > buf.length || length < 0)
          throw new RangeError("no room for a DATA packet header there");
        let pos = writeVarintField(buf, at, 8, _proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__.LP.DATA);
        pos = writeVarintField(buf, pos, 24, id2);
        if (length > 0)
          writeLengthPrefix(buf, pos, 34, length);
        return buf.subarray(at, end);
      }
      function decodePacketNames(bytes) {
        return decodePacketFast(bytes) ?? decodePacketGeneral(bytes);
      }
      function decodeSlicedPacket(slices) {
        let total = 0;
        for (const s of slices)
          total += s.length;
        const b = slices[0];
        const packet = {};
        let seen = 0;
        let pos = 0;
        while (pos < b.length) {
          const tag = b[pos++];
          const bit = 1 << (tag >> 3);
          if (seen & bit)
            break;
          seen |= bit;
          if (tag === 8 || tag === 24) {
            const v = readVarint32(b, pos, b.length);
            if (v < 0 || v > 2147483647 && tag === 8)
              break;
            pos = varintEnd;
            if (v === 0)
              continue;
            if (tag === 24)
              packet.ID = v;
            else
              packet.type = v;
          } else if (tag === 34) {
            const data = packet.type === _proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__.LP.DATA ? slicedFieldToEnd(slices, pos, total) : void 0;
            if (!data)
              break;
            packet.dataSlices = data;
            return packet;
          } else {
            break;
          }
        }
        return decodePacketNames(Buffer.concat(slices, total));
      }
      function slicedFieldToEnd(slices, pos, total) {
        const b = slices[0];
        const len = readVarint32(b, pos, b.length);
        if (len < 0 || varintEnd + len !== total || varintEnd + len <= b.length)
          return void 0;
        return varintEnd < b.length ? [b.subarray(varintEnd), ...slices.slice(1)] : slices.slice(1);
      }
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
            return void 0;
          seen |= bit;
          if (tag === 8 || tag === 24) {
            const v = readVarint32(b, pos, end);
            if (v < 0)
              return void 0;
            pos = varintEnd;
            if (v > 2147483647 && tag === 8)
              return void 0;
            if (v === 0)
              continue;
            if (tag === 24)
              packet.ID = v;
            else
              packet.type = v;
          } else if (tag === 18 || tag === 34) {
            const len = readVarint32(b, pos, end);
            if (len < 0 || varintEnd + len > end)
              return void 0;
            pos = varintEnd + len;
            if (tag === 34) {
              if (len > 0)
                packet.data = b.subarray(varintEnd, pos);
            } else {
              const stat = decodeStat(b, varintEnd, pos);
              if (!stat)
                return void 0;
              packet.stat = stat;
            }
          } else {
            return void 0;
          }
        }
        return packet;
      }
      function decodeStat(b, pos, end) {
        const stat = { xattrs: {} };
        let seen = 0;
        while (pos < end) {
          const tag = b[pos++];
          const bit = 1 << (tag >> 3);
          if (seen & bit)
            return void 0;
          seen |= bit;
          switch (tag) {
            case 10:
            case 58: {
              const len = readVarint32(b, pos, end);
              if (len < 0 || varintEnd + len > end)
                return void 0;
              const name = b.subarray(varintEnd, varintEnd + len);
              pos = varintEnd + len;
              if (len === 0)
                break;
              const text = (0, node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(name) ? name.toString("utf8") : (0, _names_js__WEBPACK_IMPORTED_MODULE_3__.e4)(name);
              if (tag === 10)
                stat.path = text;
              else
                stat.linkname = text;
              break;
            }
            case 16:
            case 24:
            case 32: {
              const v = readVarint32(b, pos, end);
              if (v < 0)
                return void 0;
              pos = varintEnd;
              if (v === 0)
                break;
              if (tag === 16)
                stat.mode = v;
              else if (tag === 24)
                stat.uid = v;
              else
                stat.gid = v;
              break;
            }
            case 40:
            case 48:
            case 64:
            case 72: {
              const v = readInt64(b, pos, end);
              if (v === void 0)
                return void 0;
              pos = varintEnd;
              if (v === "0")
                break;
              if (tag === 40)
                stat.size = v;
              else if (tag === 48)
                stat.modTime = v;
              else if (tag === 64)
                stat.devmajor = v;
              else
                stat.devminor = v;
              break;
            }
            default:
              return void 0;
          }
        }
        return stat;
      }
      let varintEnd = 0;
      function readVarint32(b, pos, end) {
        let v = 0;
        for (let shift = 0; shift < 35; shift += 7) {
          if (pos >= end)
            return -1;
          const byte = b[pos++];
          if (shift === 28) {
            if (byte > 15)
              return -1;
            v += byte * 268435456;
            varintEnd = pos;
            return v;
          }
          v |= (byte & 127) << shift;
          if (byte < 128) {
            varintEnd = pos;
            return v >>> 0;
          }
        }
        return -1;
      }
      function readInt64(b, pos, end) {
        let lo = 0;
        let hi = 0;
        for (let i = 0; i < 10; i++) {
          if (pos >= end)
            return void 0;
          const byte = b[pos++];
          const bits = byte & 127;
          if (i < 4)
            lo |= bits << 7 * i;
          else if (i === 4) {
            lo |= bits << 28;
            hi = bits >> 4;
          } else
            hi |= bits << 7 * i - 32;
          if (byte < 128) {
            varintEnd = pos;
            return (0, _proto_registry_js__WEBPACK_IMPORTED_MODULE_2__.H5)({ low: lo, high: hi | 0, unsigned: false });
          }
        }
        return void 0;
      }
      function decodePacketGeneral(bytes) {
        let packet;
        try {
          packet = (0, _proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__.JD)(bytes);
        } catch (err) {
          const stripped = withoutStatNames(bytes);
          if (!stripped)
            throw err;
          packet = (0, _proto_fsutil_js__WEBPACK_IMPORTED_MODULE_1__.JD)(stripped.frame);
          if (!packet.stat)
            throw err;
          if (stripped.path)
            packet.stat.path = (0, _names_js__WEBPACK_IMPORTED_MODULE_3__.e4)(stripped.path);
          if (stripped.linkname)
            packet.stat.linkname = (0, _names_js__WEBPACK_IMPORTED_MODULE_3__.e4)(stripped.linkname);
          return packet;
        }
        if (packet.stat) {
          const raw = rawStatNames(bytes);
          if (raw?.path && !(0, node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(raw.path))
            packet.stat.path = (0, _names_js__WEBPACK_IMPORTED_MODULE_3__.e4)(raw.path);
          if (raw?.linkname && !(0, node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(raw.linkname))
            packet.stat.linkname = (0, _names_js__WEBPACK_IMPORTED_MODULE_3__.e4)(raw.linkname);
        }
        return packet;
      }
      function withoutStatNames(b) {
        const names = {};
        const parts = [];
        let found = false;
        let pos = 0;
        while (pos < b.length) {
          const start = pos;
          const tag = readVarint(b, pos);
          if (!tag)
            return void 0;
          const field = Math.floor(tag[0] / 8);
          const wt = tag[0] & 7;
          const next = skipField(b, tag[1], wt);
          if (next === void 0)
            return void 0;
          if (field === 2 && wt === 2) {
            const len = readVarint(b, tag[1]);
            const stat = b.subarray(len[1], len[1] + len[0]);
            const kept = [];
            let q = 0;
            while (q < stat.length) {
              const fieldStart = q;
              const t = readVarint(stat, q);
              if (!t)
                return void 0;
              const f = Math.floor(t[0] / 8);
              const w = t[0] & 7;
              const after = skipField(stat, t[1], w);
              if (after === void 0)
                return void 0;
              if ((f === 1 || f === 7) && w === 2) {
                const l = readVarint(stat, t[1]);
                names[f === 1 ? "path" : "linkname"] = stat.subarray(l[1], l[1] + l[0]);
                found = true;
              } else {
                kept.push(stat.subarray(fieldStart, after));
              }
              q = after;
            }
            const content = Buffer.concat(kept);
            const header = Buffer.allocUnsafe(1 + 5);
            const end = writeLengthPrefix(header, 0, 18, content.length);
            parts.push(header.subarray(0, end), content);
          } else {
            parts.push(b.subarray(start, next));
          }
          pos = next;
        }
        return found ? { frame: Buffer.concat(parts), ...names } : void 0;
      }
      function readVarint(b, pos) {
        let v = 0;
        let mul = 1;
        for (let i = 0; i < 10; i++) {
          if (pos >= b.length)
            return void 0;
          const byte = b[pos++];
          v += (byte & 127) * mul;
          if (byte < 128)
            return [v, pos];
          mul *= 128;
        }
        return void 0;
      }
      function skipField(b, pos, wt) {
        switch (wt) {
          case 0:
            return readVarint(b, pos)?.[1];
          case 1:
            return pos + 8 <= b.length ? pos + 8 : void 0;
          case 2: {
            const len = readVarint(b, pos);
            return len && len[1] + len[0] <= b.length ? len[1] + len[0] : void 0;
          }
          case 5:
            return pos + 4 <= b.length ? pos + 4 : void 0;
          default:
            return void 0;
        }
      }
      function rawStatNames(b) {
        const out = {};
        let pos = 0;
        while (pos < b.length) {
          const tag = readVarint(b, pos);
          if (!tag)
            return void 0;
          const field = Math.floor(tag[0] / 8);
          const wt = tag[0] & 7;
          if (field === 2 && wt === 2) {
            const len = readVarint(b, tag[1]);
            if (!len || len[1] + len[0] > b.length)
              return void 0;
            if (!rawStatFields(b.subarray(len[1], len[1] + len[0]), out))
              return void 0;
            pos = len[1] + len[0];
            continue;
          }
          const next = skipField(b, tag[1], wt);
          if (next === void 0)
            return void 0;
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
          if (next === void 0)
            return false;
          pos = next;
        }
        return true;
      }
    })
  ),
  /***/
  925: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        LP: () => (
          /* binding */
          PacketType
        ),
        JD: () => (
          /* binding */
          decodePacket
        )
      });
      ;
      const Packet_PacketType = {
        PACKET_STAT: 0,
        PACKET_REQ: 1,
        PACKET_DATA: 2,
        PACKET_FIN: 3,
        PACKET_ERR: 4
      };
      var registry = __webpack_require__(7062);
      ;
      const PacketType = {
        STAT: Packet_PacketType.PACKET_STAT,
        REQ: Packet_PacketType.PACKET_REQ,
        DATA: Packet_PacketType.PACKET_DATA,
        FIN: Packet_PacketType.PACKET_FIN,
        ERR: Packet_PacketType.PACKET_ERR
      };
      const PACKET_TYPE_NAME = "fsutil.types.Packet";
      function encodePacket(packet) {
        return encodeMessage(PACKET_TYPE_NAME, packet);
      }
      class PacketDecodeError extends Error {
        name = "PacketDecodeError";
        constructor(cause) {
          super(`malformed fsutil packet: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
        }
      }
      function decodePacket(bytes) {
        try {
          return (0, registry.decodeMessage)(PACKET_TYPE_NAME, bytes);
        } catch (err) {
          throw new PacketDecodeError(err);
        }
      }
    })
  )
};
