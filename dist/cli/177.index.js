"use strict"; exports.id = 177;
exports.ids = [177];
exports.modules = {
  /***/
  3315: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        au: () => (
          /* binding */
          CONFIG_FILE_NAME
        ),
        /* harmony export */
        iL: () => (
          /* binding */
          buildxConfigDir
        ),
        /* harmony export */
        kG: () => (
          /* binding */
          dockerConfigDir
        )
        /* harmony export */
      });
      var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      const CONFIG_FILE_NAME = "config.json";
      function dockerConfigDir(env = process.env) {
        return env.DOCKER_CONFIG || (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME || (0, node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), ".docker");
      }
      function buildxConfigDir(env = process.env) {
        return env.BUILDX_CONFIG || (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dockerConfigDir(env), "buildx");
      }
    })
  ),
  /***/
  3467: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        cB: () => (
          /* binding */
          contextTlsDir
        ),
        /* harmony export */
        z_: () => (
          /* binding */
          contextMetaFile
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3315);
      function contextStoreDir(env = process.env) {
        return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0, _config_dir_js__WEBPACK_IMPORTED_MODULE_2__.kG)(env), "contexts");
      }
      function contextId(name) {
        return (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(name).digest("hex");
      }
      function contextMetaFile(name, env = process.env) {
        return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), "meta", contextId(name), "meta.json");
      }
      function contextTlsDir(name, endpoint, env = process.env) {
        return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), "tls", contextId(name), endpoint);
      }
    })
  ),
  /***/
  7307: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        CacheMountsRun: () => (
          /* binding */
          CacheMountsRun
        ),
        KEY_VERSION: () => (
          /* binding */
          KEY_VERSION
        ),
        formatCacheMountReports: () => (
          /* binding */
          formatCacheMountReports
        ),
        groupMounts: () => (
          /* binding */
          groupMounts
        ),
        keyPart: () => (
          /* binding */
          keyPart
        ),
        mountKeys: () => (
          /* binding */
          mountKeys
        )
      });
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_path_ = __webpack_require__(6760);
      var units = __webpack_require__(5650);
      var context_kind = __webpack_require__(6449);
      var external_node_crypto_ = __webpack_require__(7598);
      ;
      const CHUNK = 1 << 20;
      function fileDigest(file) {
        const hash = external_node_crypto_.createHash("sha256");
        const fd = external_node_fs_.openSync(file, "r");
        try {
          const buf = Buffer.alloc(CHUNK);
          for (let n; (n = external_node_fs_.readSync(fd, buf, 0, CHUNK, null)) > 0; )
            hash.update(buf.subarray(0, n));
        } finally {
          external_node_fs_.closeSync(fd);
        }
        return hash.digest("hex");
      }
      function field(header, offset, length) {
        const raw = header.subarray(offset, offset + length);
        const end = raw.indexOf(0);
        return raw.subarray(0, end < 0 ? raw.length : end).toString("utf8");
      }
      function octal(header, offset, length) {
        const raw = header.subarray(offset, offset + length);
        if (raw[0] & 128) {
          let v = 0;
          for (let i = 1; i < raw.length; i++)
            v = v * 256 + raw[i];
          return v;
        }
        const s = field(header, offset, length).trim();
        return s ? parseInt(s, 8) : 0;
      }
      function contentDigest(file) {
        const fd = external_node_fs_.openSync(file, "r");
        const entries2 = [];
        try {
          const header = Buffer.alloc(512);
          const buf = Buffer.alloc(CHUNK);
          let pos = 0;
          let longName;
          let longLink;
          const readBody = (size, onChunk) => {
            let left = size;
            while (left > 0) {
              const n = external_node_fs_.readSync(fd, buf, 0, Math.min(CHUNK, left), pos);
              if (n <= 0)
                throw new Error(`${file}: truncated archive`);
              onChunk(buf.subarray(0, n));
              pos += n;
              left -= n;
            }
            pos += (512 - size % 512) % 512;
          };
          for (; ; ) {
            if (external_node_fs_.readSync(fd, header, 0, 512, pos) < 512)
              break;
            pos += 512;
            if (header.every((b) => b === 0))
              break;
            const type = String.fromCharCode(header[156]) || "0";
            const size = octal(header, 124, 12);
            if (type === "L" || type === "K") {
              const parts = [];
              readBody(size, (b) => parts.push(Buffer.from(b)));
              const text = Buffer.concat(parts).toString("utf8").replace(/\0+$/, "");
              if (type === "L")
                longName = text;
              else
                longLink = text;
              continue;
            }
            const prefix = field(header, 345, 155);
            const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
            const link = longLink ?? field(header, 157, 100);
            longName = longLink = void 0;
            const content = external_node_crypto_.createHash("sha256");
            readBody(size, (b) => content.update(b));
            const regular = type === "0" || type === "\0" || type === "7";
            entries2.push(JSON.stringify([
              name.replace(/\/+$/, ""),
              type === "\0" ? "0" : type,
              octal(header, 100, 8) & 4095,
              octal(header, 108, 8),
              octal(header, 116, 8),
              link,
              regular ? content.digest("hex") : "",
              regular ? octal(header, 136, 12) : 0
            ]));
          }
        } finally {
          external_node_fs_.closeSync(fd);
        }
        entries2.sort();
        return external_node_crypto_.createHash("sha256").update(entries2.join("\n")).digest("hex");
      }
      var go_path = __webpack_require__(6635);
      ;
      class LexError extends Error {
        name = "LexError";
      }
      const EOF = "";
      function isSpace(ch) {
        return ch !== EOF && /^\s$/u.test(ch);
      }
      class Words {
        buf = "";
        inWord = false;
        words = [];
        addChar(ch) {
          if (isSpace(ch)) {
            if (this.inWord && this.buf.length > 0) {
              this.words.push(this.buf);
              this.buf = "";
              this.inWord = false;
            }
          } else
            this.addRaw(ch);
        }
        addString(s) {
          for (const ch of s)
            this.addChar(ch);
        }
        addRaw(s) {
          this.buf += s;
          this.inWord = true;
        }
        finish() {
          if (this.buf.length > 0) {
            this.words.push(this.buf);
            this.buf = "";
            this.inWord = false;
          }
          return this.words;
        }
      }
      class ShellWord {
        env;
        opts;
        chars;
        pos = 0;
        rawEscapes;
        unmatched = /* @__PURE__ */ new Set();
        unknown = /* @__PURE__ */ new Set();
        constructor(text, env, opts) {
          this.env = env;
          this.opts = opts;
          this.chars = Array.from(text);
          this.rawEscapes = opts.rawEscapes ?? false;
        }
        peek() {
          return this.chars[this.pos] ?? EOF;
        }
        next() {
          const ch = this.peek();
          if (ch !== EOF)
            this.pos++;
          return ch;
        }
        run() {
          return this.stopOn(EOF, this.rawEscapes);
        }
        stopOn(stop, rawEscapes) {
          const saved = this.rawEscapes;
          this.rawEscapes = rawEscapes;
          try {
            let result = "";
            const words = new Words();
            while (this.peek() !== EOF) {
              const ch = this.peek();
              if (stop !== EOF && ch === stop) {
                this.next();
                return { result, words: words.finish() };
              }
              if (ch === "$") {
                const s = this.dollar();
                result += s;
                words.addString(s);
                continue;
              }
              if (ch === "<" || ch === "'" || ch === '"') {
                const s = ch === "<" ? this.possibleHeredoc() : ch === "'" ? this.singleQuote() : this.doubleQuote();
                result += s;
                words.addRaw(s);
                continue;
              }
              this.next();
              if (ch === this.opts.escape) {
                if (this.rawEscapes) {
                  words.addRaw(ch);
                  result += ch;
                }
                const escaped = this.next();
                if (escaped === EOF)
                  break;
                words.addRaw(escaped);
                result += escaped;
              } else {
                words.addChar(ch);
                result += ch;
              }
            }
            if (stop !== EOF)
              throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
            return { result, words: words.finish() };
          } finally {
            this.rawEscapes = saved;
          }
        }
        singleQuote() {
          let out = this.opts.rawQuotes ? this.next() : (this.next(), "");
          for (; ; ) {
            const ch = this.next();
            if (ch === EOF)
              throw new LexError("unexpected end of statement while looking for matching single-quote");
            if (ch === "'")
              return this.opts.rawQuotes ? out + ch : out;
            out += ch;
          }
        }
        doubleQuote() {
          let out = this.opts.rawQuotes ? this.next() : (this.next(), "");
          for (; ; ) {
            const ch = this.peek();
            if (ch === EOF)
              throw new LexError("unexpected end of statement while looking for matching double-quote");
            if (ch === '"') {
              this.next();
              return this.opts.rawQuotes ? out + ch : out;
            }
            if (ch === "$") {
              out += this.dollar();
              continue;
            }
            let c = this.next();
            if (c === this.opts.escape) {
              if (this.rawEscapes)
                out += c;
              const after = this.peek();
              if (after === EOF)
                continue;
              if (after === '"' || after === "$" || after === this.opts.escape)
                c = this.next();
            }
            out += c;
          }
        }
        possibleHeredoc() {
          this.next();
          if (this.peek() !== "<")
            return "<";
          this.next();
          let spaces = "";
          while (this.peek() === " " || this.peek() === "	" || this.peek() === "\r")
            spaces += this.next();
          return "<<" + spaces;
        }
        getEnv(name) {
          const v = this.env.get(name);
          if (v === void 0) {
            this.unmatched.add(name);
            return void 0;
          }
          for (const u of v.unknown)
            this.unknown.add(u);
          return v.value;
        }
        name() {
          let name = "";
          for (; ; ) {
            const ch = this.peek();
            if (ch === EOF)
              return name;
            if (name === "" && /^[0-9]$/.test(ch)) {
              while (/^[0-9]$/.test(this.peek()))
                name += this.next();
              return name;
            }
            if (name === "" && "@*#?-$!0".includes(ch))
              return this.next();
            if (!/^[\p{L}\p{Nd}_]$/u.test(ch))
              return name;
            name += this.next();
          }
        }
        dollar() {
          this.next();
          if (this.peek() !== "{") {
            const name2 = this.name();
            if (name2 === "")
              return "$";
            const value2 = this.getEnv(name2);
            if (value2 === void 0 && this.opts.skipUnsetEnv)
              return "$" + name2;
            return value2 ?? "";
          }
          this.next();
          const first = this.peek();
          if (first === EOF)
            throw new LexError("syntax error: missing '}'");
          if (first === "{" || first === "}" || first === ":")
            throw new LexError("syntax error: bad substitution");
          const name = this.name();
          let ch = this.next();
          let modifier = ch;
          if (ch === "}") {
            const value2 = this.getEnv(name);
            if (value2 === void 0 && this.opts.skipUnsetEnv)
              return `\${${name}}`;
            return value2 ?? "";
          }
          if (ch === "/")
            return this.replace(name);
          let nullIsUnset = false;
          if (ch === ":") {
            nullIsUnset = true;
            ch = this.next();
            modifier += ch;
          } else if (!"+-?#%".includes(ch) || ch === EOF) {
            throw new LexError(`unsupported modifier (${modifier}) in substitution`);
          }
          const patternOp = ch === "#" || ch === "%";
          if (nullIsUnset && patternOp)
            throw new LexError(`unsupported modifier (${modifier}) in substitution`);
          let word;
          try {
            word = this.stopOn("}", patternOp).result;
          } catch (e) {
            if (this.peek() === EOF)
              throw new LexError("syntax error: missing '}'");
            throw e;
          }
          const value = this.getEnv(name);
          const set = value !== void 0;
          if (!set && this.opts.skipUnsetEnv)
            return `\${${name}${modifier}${word}}`;
          const empty = !set || nullIsUnset && value === "";
          switch (ch) {
            case "-":
              return empty ? word : value;
            case "+":
              return empty ? "" : word;
            case "?":
              if (!set)
                throw new LexError(`${name}: ${word || "is not allowed to be unset"}`);
              if (nullIsUnset && value === "")
                throw new LexError(`${name}: ${word || "is not allowed to be empty"}`);
              return value;
            case "#":
            case "%": {
              const greedy = word.startsWith(ch);
              const pattern = greedy ? word.slice(1) : word;
              return ch === "#" ? trimPrefix(pattern, value ?? "", greedy) : trimSuffix(pattern, value ?? "", greedy);
            }
            default:
              throw new LexError(`unsupported modifier (${modifier}) in substitution`);
          }
        }
        replace(name) {
          const all = this.peek() === "/";
          if (all)
            this.next();
          const part = (stop, missing) => {
            try {
              return this.stopOn(stop, true).result;
            } catch (e) {
              if (this.peek() === EOF)
                throw new LexError(missing);
              throw e;
            }
          };
          const pattern = part("/", "syntax error: missing '/' in ${}");
          const replacement = part("}", "syntax error: missing '}'");
          const value = this.getEnv(name);
          if (value === void 0 && this.opts.skipUnsetEnv)
            return `\${${name}/${pattern}/${replacement}}`;
          const re = shellPatternToRegExp(pattern, true, false, all);
          return (value ?? "").replace(re, () => replacement);
        }
      }
      function shellPatternToRegExp(pattern, greedy, anchored, global = false) {
        let out = anchored ? "^" : "";
        const chars = Array.from(pattern);
        for (let i = 0; i < chars.length; i++) {
          const ch = chars[i];
          if (ch === "*")
            out += greedy ? ".*" : ".*?";
          else if (ch === "?")
            out += ".";
          else if (ch === "\\") {
            const nextCh = chars[i + 1];
            if (nextCh === "}" || nextCh === "/")
              continue;
            i++;
            if (nextCh !== "*" && nextCh !== "?" && nextCh !== "\\")
              throw new LexError(`invalid escape '\\${nextCh ?? ""}'`);
            out += "\\" + nextCh;
          } else if ("[]{}.+()|^$".includes(ch))
            out += "\\" + ch;
          else
            out += ch;
        }
        return new RegExp(out, global ? "gu" : "u");
      }
      function trimPrefix(pattern, value, greedy) {
        const m = shellPatternToRegExp(pattern, greedy, true).exec(value);
        return m ? value.slice(m[0].length) : value;
      }
      function reversePattern(pattern) {
        const chars = Array.from(pattern);
        const out = [];
        for (let i = 0; i < chars.length; ) {
          if (chars[i] === "\\" && i !== chars.length - 1) {
            out.unshift("\\" + chars[i + 1]);
            i += 2;
          } else {
            out.unshift(chars[i]);
            i++;
          }
        }
        return out.join("");
      }
      function trimSuffix(pattern, value, greedy) {
        const reversed = Array.from(value).reverse().join("");
        return Array.from(trimPrefix(reversePattern(pattern), reversed, greedy)).reverse().join("");
      }
      function lex(text, env, opts) {
        const sw = new ShellWord(text, env, opts);
        const { result, words } = sw.run();
        return { result, words, unmatched: sw.unmatched, unknown: sw.unknown };
      }
      const NO_ENV = /* @__PURE__ */ new Map();
      ;
      const WHITESPACE = /[\t\v\f\r ]+/;
      const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/;
      function continuationRegExp(escape) {
        const e = escape === "\\" ? "\\\\" : escape;
        return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
      }
      class Directives {
        done = false;
        seen = /* @__PURE__ */ new Set();
        escape = "\\";
        /** Returns an error message, if the directive is invalid. */
        line(text) {
          if (this.done)
            return void 0;
          if (!text.startsWith("#")) {
            this.done = true;
            return void 0;
          }
          const m = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(text.slice(1).replace(/^\s+/, ""));
          const key = m?.[1].toLowerCase();
          if (!m || !key || !["syntax", "escape", "check"].includes(key)) {
            this.done = true;
            return void 0;
          }
          if (this.seen.has(key))
            return `only one ${key} parser directive can be used`;
          this.seen.add(key);
          if (key === "escape") {
            if (m[2] !== "`" && m[2] !== "\\")
              return `invalid escape token '${m[2]}' does not match \` or \\`;
            this.escape = m[2];
          }
          return void 0;
        }
      }
      function isCommentLine(text) {
        return /^\s*#/.test(text);
      }
      function extractFlags(line, escape) {
        const flags = [];
        let pos = 0;
        for (; ; ) {
          while (pos < line.length && isSpace(line[pos]))
            pos++;
          if (pos >= line.length)
            return { flags, rest: "" };
          if (line[pos] !== "-" || line[pos + 1] !== "-")
            return { flags, rest: line.slice(pos) };
          let word = "";
          let blankOK = false;
          let quote = "";
          for (; pos < line.length; pos++) {
            let ch = line[pos];
            if (quote === "") {
              if (isSpace(ch))
                break;
              if (ch === "'" || ch === '"') {
                quote = ch;
                blankOK = true;
                continue;
              }
            } else if (ch === quote) {
              quote = "";
              continue;
            }
            if (ch === escape) {
              if (pos + 1 === line.length)
                continue;
              ch = line[++pos];
            }
            word += ch;
          }
          if (word === "--")
            return { flags, rest: line.slice(pos) };
          if (blankOK || word.length > 0)
            flags.push(word);
        }
      }
      function parseWords(rest, escape) {
        const words = [];
        const chars = Array.from(rest);
        let word = "";
        let inWord = false;
        let blankOK = false;
        let quote = "";
        for (let i = 0; i < chars.length; i++) {
          let ch = chars[i];
          if (!inWord) {
            if (isSpace(ch))
              continue;
            inWord = true;
          }
          if (quote === "") {
            if (isSpace(ch)) {
              if (blankOK || word.length > 0)
                words.push(word);
              word = "";
              inWord = false;
              blankOK = false;
              continue;
            }
            if (ch === "'" || ch === '"') {
              quote = ch;
              blankOK = true;
            } else if (ch === escape) {
              if (i + 1 === chars.length)
                continue;
              word += ch;
              ch = chars[++i];
            }
            word += ch;
          } else {
            if (ch === quote)
              quote = "";
            else if (ch === escape && quote !== "'") {
              if (i + 1 === chars.length) {
                quote = "";
                continue;
              }
              word += ch;
              ch = chars[++i];
            }
            word += ch;
          }
        }
        if (inWord && (blankOK || word.length > 0))
          words.push(word);
        return words;
      }
      function parseJSONArgs(args) {
        const text = args.replace(/^\s+/, "");
        if (!text.startsWith("["))
          return void 0;
        let parsed;
        try {
          parsed = JSON.parse(text);
        } catch {
          return void 0;
        }
        if (!Array.isArray(parsed))
          return void 0;
        return parsed.every((v) => typeof v === "string") ? parsed : null;
      }
      function splitCommand(line, escape) {
        const parts = line.trim().split(WHITESPACE);
        const cmd = parts[0] ?? "";
        const afterCmd = line.trim().slice(cmd.length);
        if (parts.length < 2)
          return { cmd, flags: [], args: "" };
        const { flags, rest } = extractFlags(afterCmd.replace(/^[\t\v\f\r ]+/, ""), escape);
        return { cmd, flags, args: rest.trim() };
      }
      function heredocsFromLine(line) {
        let words;
        try {
          words = lex(line, NO_ENV, { escape: "\\", rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).words;
        } catch {
          words = [];
        }
        const docs = [];
        for (const word of words) {
          const m = HEREDOC_WORD.exec(word);
          if (!m || m[3] === "")
            continue;
          const names = lex(m[3], NO_ENV, { escape: "\\", skipUnsetEnv: true }).words;
          if (names.length !== 1)
            continue;
          docs.push({ name: names[0], chomp: m[2] === "-" });
        }
        return docs;
      }
      function canContainHeredoc(cmd, flags, args, escape) {
        if (cmd === "onbuild") {
          const inner = splitCommand(args, escape);
          return inner.cmd !== "" && canContainHeredoc(inner.cmd.toLowerCase(), inner.flags, inner.args, escape);
        }
        if (cmd !== "run" && cmd !== "copy" && cmd !== "add")
          return false;
        return parseJSONArgs(args) === void 0;
      }
      function parseDockerfile(text) {
        const warnings = [];
        const directives = new Directives();
        const instructions = [];
        const rawLines = text.replace(/^\uFEFF/, "").split("\n");
        if (rawLines[rawLines.length - 1] === "")
          rawLines.pop();
        const lines = rawLines.map((l) => l.replace(/[\r\n]+$/, ""));
        let continuation = continuationRegExp(directives.escape);
        let i = 0;
        const directive = (t, lineNo) => {
          const before = directives.escape;
          const err = directives.line(t);
          if (err)
            warnings.push(`Dockerfile:${lineNo}: ${err}`);
          if (directives.escape !== before)
            continuation = continuationRegExp(directives.escape);
        };
        const trimContinuation = (t) => {
          if (continuation.test(t))
            return { text: t.replace(continuation, "$1"), end: false };
          return { text: t, end: true };
        };
        while (i < lines.length) {
          const startLine = i + 1;
          let first = lines[i++].replace(/^\s+/, "");
          directive(first, startLine);
          if (isCommentLine(first))
            first = "";
          let { text: logical, end } = trimContinuation(first);
          if (end && logical === "")
            continue;
          while (!end && i < lines.length) {
            const raw = lines[i++];
            directive(raw, i);
            if (isCommentLine(raw) || raw.trim() === "")
              continue;
            const next = trimContinuation(raw);
            logical += next.text;
            end = next.end;
          }
          const { cmd, flags, args } = splitCommand(logical, directives.escape);
          const lower = cmd.toLowerCase();
          if (canContainHeredoc(lower, flags, args, directives.escape) && logical.includes("<<")) {
            let docs;
            try {
              docs = heredocsFromLine(logical);
            } catch (e) {
              warnings.push(`Dockerfile:${startLine}: ${e.message}`);
              return { instructions, escape: directives.escape, warnings };
            }
            for (const doc of docs) {
              let terminated = false;
              while (i < lines.length) {
                let candidate = lines[i++];
                if (doc.chomp)
                  candidate = candidate.replace(/^\t+/, "");
                if (candidate === doc.name) {
                  terminated = true;
                  break;
                }
              }
              if (!terminated) {
                warnings.push(`Dockerfile:${startLine}: unterminated heredoc ${doc.name}`);
                instructions.push({ line: startLine, cmd: lower, flags, args });
                return { instructions, escape: directives.escape, warnings };
              }
            }
          }
          instructions.push({ line: startLine, cmd: lower, flags, args });
        }
        return { instructions, escape: directives.escape, warnings };
      }
      var entries = __webpack_require__(5865);
      ;
      class MountError extends Error {
        name = "MountError";
      }
      function csvFields(input) {
        let line = input.replace(/\r?\n$/, "");
        if (line === "")
          throw new MountError("EOF");
        const fields = [];
        for (; ; ) {
          if (!line.startsWith('"')) {
            const comma = line.indexOf(",");
            const field3 = comma >= 0 ? line.slice(0, comma) : line;
            if (field3.includes('"'))
              throw new MountError('bare " in non-quoted-field');
            fields.push(field3);
            if (comma < 0)
              return fields;
            line = line.slice(comma + 1);
            continue;
          }
          line = line.slice(1);
          let field2 = "";
          for (; ; ) {
            const q = line.indexOf('"');
            if (q < 0)
              throw new MountError('extraneous or missing " in quoted-field');
            field2 += line.slice(0, q);
            line = line.slice(q + 1);
            if (line.startsWith('"')) {
              field2 += '"';
              line = line.slice(1);
            } else if (line.startsWith(",")) {
              fields.push(field2);
              line = line.slice(1);
              break;
            } else if (line === "") {
              fields.push(field2);
              return fields;
            } else
              throw new MountError('extraneous or missing " in quoted-field');
          }
        }
      }
      function parseGoUint32(v, base) {
        if (!(base === 8 ? /^[0-7]+$/ : /^[0-9]+$/).test(v))
          return void 0;
        const n = parseInt(v, base);
        return n <= 4294967295 ? n : void 0;
      }
      function rawMountFrom(value) {
        let from = "";
        try {
          for (const field2 of csvFields(value)) {
            const eq = field2.indexOf("=");
            if (eq >= 0 && field2.slice(0, eq).toLowerCase() === "from")
              from = field2.slice(eq + 1);
          }
        } catch {
          return "";
        }
        return from;
      }
      function parseMount(value, expand) {
        const m = { type: "bind", from: "", source: "", target: "", id: "", sharing: "" };
        const fields = csvFields(value);
        for (const field2 of fields) {
          const eq = field2.indexOf("=");
          if (eq < 0 || field2.slice(0, eq).toLowerCase() !== "from")
            continue;
          const v = field2.slice(eq + 1);
          const dollar = v.indexOf("$");
          if (dollar !== -1 && dollar !== v.length - 1)
            throw new MountError("'from' doesn't support variable expansion, define alias stage instead");
        }
        for (const field2 of fields) {
          const eq = field2.indexOf("=");
          const key = (eq < 0 ? field2 : field2.slice(0, eq)).toLowerCase();
          if (eq < 0) {
            if (["readonly", "ro", "readwrite", "rw"].includes(key))
              continue;
            if (key === "required") {
              if (m.type === "secret" || m.type === "ssh")
                continue;
              throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
            }
            throw new MountError(`invalid field '${field2}' must be a key=value pair`);
          }
          const v = expand(field2.slice(eq + 1));
          switch (key) {
            case "type": {
              const t = v.toLowerCase();
              if (!["bind", "cache", "tmpfs", "secret", "ssh"].includes(t))
                throw new MountError(`unsupported mount type "${v}"`);
              m.type = t;
              break;
            }
            case "from":
              m.from = v;
              break;
            case "source":
            case "src":
              m.source = v;
              break;
            case "target":
            case "dst":
            case "destination":
              m.target = v;
              break;
            case "readonly":
            case "ro":
            case "readwrite":
            case "rw":
              if ((0, entries.MY)(v) === void 0)
                throw new MountError(`invalid value for ${key}: ${v}`);
              break;
            case "required":
              if (m.type !== "secret" && m.type !== "ssh")
                throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
              if ((0, entries.MY)(v) === void 0)
                throw new MountError(`invalid value for ${key}: ${v}`);
              break;
            case "size":
              if (m.type !== "tmpfs")
                throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
              break;
            case "id":
              m.id = v;
              break;
            case "sharing": {
              const s = v.toLowerCase();
              if (!["shared", "private", "locked"].includes(s))
                throw new MountError(`unsupported sharing value "${v}"`);
              m.sharing = s;
              break;
            }
            case "mode": {
              const n = parseGoUint32(v, 8);
              if (n === void 0)
                throw new MountError(`invalid value ${v} for mode`);
              m.mode = n;
              break;
            }
            case "uid":
            case "gid": {
              const n = parseGoUint32(v, 10);
              if (n === void 0)
                throw new MountError(`invalid value ${v} for ${key}`);
              m[key] = n;
              break;
            }
            case "env":
              break;
            default:
              throw new MountError(`unexpected key '${key}' in '${field2}'`);
          }
        }
        if (!["secret", "ssh", "cache"].includes(m.type)) {
          for (const k of ["mode", "uid", "gid"])
            if (m[k] !== void 0)
              throw new MountError(`${k} not allowed for "${m.type}" type mounts`);
        }
        if (m.sharing !== "" && m.type !== "cache")
          throw new MountError(`invalid cache sharing set for ${m.type} mount`);
        return m;
      }
      ;
      const PLATFORM_ARGS = [
        "BUILDPLATFORM",
        "BUILDOS",
        "BUILDOSVERSION",
        "BUILDARCH",
        "BUILDVARIANT",
        "TARGETPLATFORM",
        "TARGETOS",
        "TARGETOSVERSION",
        "TARGETARCH",
        "TARGETVARIANT"
      ];
      const NON_ENV_ARGS = /* @__PURE__ */ new Set(["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"]);
      const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
      function expandWith(env, escape, word) {
        return lex(word, env, { escape });
      }
      function envPairs(rest, escape) {
        const words = parseWords(rest, escape);
        if (words.length === 0)
          return void 0;
        if (!words[0].includes("=")) {
          const parts = rest.split(WHITESPACE);
          if (parts.length < 2)
            return void 0;
          return [[parts[0], rest.slice(rest.search(WHITESPACE)).replace(/^[\t\v\f\r ]+/, "")]];
        }
        const pairs = [];
        for (const w of words) {
          const eq = w.indexOf("=");
          if (eq < 0)
            return void 0;
          pairs.push([w.slice(0, eq), w.slice(eq + 1)]);
        }
        return pairs;
      }
      function argPairs(rest, escape) {
        return parseWords(rest, escape).map((w) => {
          const eq = w.indexOf("=");
          return eq < 0 ? { key: w } : { key: w.slice(0, eq), value: w.slice(eq + 1) };
        });
      }
      function flagValue(flags, name) {
        let value;
        for (const f of flags)
          if (f.startsWith(`--${name}=`))
            value = f.slice(name.length + 3);
        return value;
      }
      function doubtNote(unknown, unset, root) {
        const notes = [
          ...[...new Set(unknown)].sort().map((n) => `$${n} (a platform arg bakekit was not given: pass it in the args)`),
          ...[...new Set(unset)].filter((n) => !unknown.includes(n)).sort().map((n) => `$${n} (not set in the Dockerfile: the image ${root} may set it)`)
        ];
        return notes.length > 0 ? notes.join(", ") : void 0;
      }
      function evaluateStage(stage, base, globals, args, escape) {
        const env = new Map(base?.env ?? []);
        let workdir = base?.workdir ?? "/";
        const root = base?.root ?? stage.baseName;
        const out = { env, workdir, root, mounts: [], warnings: [] };
        const imageRoot = root !== "scratch";
        const cacheNs = args.BUILDKIT_CACHE_MOUNT_NS ?? "";
        for (const cmd of stage.commands) {
          const at = `Dockerfile:${cmd.line}`;
          try {
            if (cmd.cmd === "arg") {
              for (const { key, value } of argPairs(cmd.args, escape)) {
                let v;
                if (Object.hasOwn(args, key))
                  v = { value: args[key], unknown: [] };
                else if (value !== void 0) {
                  const r = expandWith(env, escape, value);
                  v = { value: r.result, unknown: [...r.unknown] };
                } else
                  v = globals.get(key);
                if (v !== void 0 && !NON_ENV_ARGS.has(key))
                  env.set(key, v);
              }
            } else if (cmd.cmd === "env") {
              const pairs = envPairs(cmd.args, escape) ?? [];
              const expanded = pairs.map(([k, v]) => {
                const rk = expandWith(env, escape, k);
                const rv = expandWith(env, escape, v);
                return [rk.result, { value: rv.result, unknown: [...rk.unknown, ...rv.unknown] }];
              });
              for (const [k, v] of expanded)
                env.set(k, v);
            } else if (cmd.cmd === "workdir") {
              const p = expandWith(env, escape, cmd.args).result;
              workdir = (0, go_path.t)(p.startsWith("/") ? p : `${workdir}/${p}`);
            } else if (cmd.cmd === "run") {
              for (const flag of cmd.flags) {
                if (!flag.startsWith("--mount"))
                  continue;
                if (!flag.startsWith("--mount=")) {
                  if (flag === "--mount")
                    out.warnings.push(`${at}: missing a value on flag: --mount`);
                  continue;
                }
                const unknown = [];
                const unmatched = [];
                let m;
                try {
                  m = parseMount(flag.slice("--mount=".length), (word) => {
                    const r = expandWith(env, escape, word);
                    unknown.push(...r.unknown);
                    unmatched.push(...r.unmatched);
                    return r.result;
                  });
                } catch (e) {
                  out.warnings.push(`${at}: --mount=${flag.slice(8)}: ${e.message}`);
                  continue;
                }
                if (m.type !== "cache")
                  continue;
                const id2 = m.id !== "" ? m.id : (0, go_path.t)(m.target);
                const target = (0, go_path.t)(m.target).startsWith("/") ? m.target : (0, go_path.t)(`/${workdir}/${m.target}`);
                if (target === "/") {
                  out.warnings.push(`${at}: invalid mount target "${target}"`);
                  continue;
                }
                if (m.from !== "" && m.from !== "scratch") {
                  out.warnings.push(`${at}: cache mount ${target} has from=${m.from}: not persisted`);
                  continue;
                }
                if ((0, go_path.t)("/" + m.source) !== "/") {
                  out.warnings.push(`${at}: cache mount ${target} has source=${m.source}: not persisted`);
                  continue;
                }
                const spec = {
                  id: id2,
                  cacheId: `${cacheNs}/${id2}`,
                  target,
                  sharing: m.sharing || "shared"
                };
                if (m.uid !== void 0)
                  spec.uid = m.uid;
                if (m.gid !== void 0)
                  spec.gid = m.gid;
                if (m.mode !== void 0)
                  spec.mode = m.mode;
                const doubt = doubtNote(unknown, imageRoot ? unmatched : [], root);
                if (doubt)
                  out.warnings.push(`${at}: cache mount ${target} uses ${doubt}: its id may differ from the build's`);
                out.mounts.push({ spec, line: cmd.line });
              }
            }
          } catch (e) {
            out.warnings.push(`${at}: ${e.message}`);
          }
        }
        out.workdir = workdir;
        return out;
      }
      function reachable(target) {
        const seen = /* @__PURE__ */ new Set();
        const visit = (s) => {
          if (seen.has(s))
            return;
          seen.add(s);
          if (s.base)
            visit(s.base);
          for (const d of s.deps)
            visit(d);
        };
        visit(target);
        return seen;
      }
      function discoverCacheMounts(dockerfile, opts) {
        const args = opts.args;
        const parsed = parseDockerfile(dockerfile);
        const warnings = [...parsed.warnings];
        const escape = parsed.escape;
        const metaArgs = [];
        const stages = [];
        const byName = /* @__PURE__ */ new Map();
        for (const ins of parsed.instructions) {
          if (ins.cmd === "from") {
            const words = ins.args === "" ? [] : ins.args.split(WHITESPACE);
            let name = "";
            if (words.length === 3 && words[1].toLowerCase() === "as") {
              name = words[2].toLowerCase();
              if (!STAGE_NAME.test(name)) {
                warnings.push(`Dockerfile:${ins.line}: invalid name for build stage: "${words[2]}"`);
                name = "";
              }
            } else if (words.length !== 1) {
              warnings.push(`Dockerfile:${ins.line}: FROM requires either one or three arguments`);
            }
            const stage = {
              line: ins.line,
              name,
              baseName: words[0] ?? "",
              commands: [],
              deps: /* @__PURE__ */ new Set()
            };
            stages.push(stage);
          } else if (stages.length === 0) {
            if (ins.cmd === "arg")
              metaArgs.push(ins);
            else
              warnings.push(`Dockerfile:${ins.line}: no build stage in current context`);
          } else
            stages[stages.length - 1].commands.push(ins);
        }
        if (stages.length === 0) {
          warnings.push("Dockerfile: no build stages");
          return { mounts: [], warnings };
        }
        const targetName = opts.target || stages[stages.length - 1].name;
        const globals = /* @__PURE__ */ new Map();
        for (const k of PLATFORM_ARGS)
          globals.set(k, Object.hasOwn(args, k) ? { value: args[k], unknown: [] } : { value: "", unknown: [k] });
        globals.set("TARGETSTAGE", {
          value: Object.hasOwn(args, "TARGETSTAGE") ? args.TARGETSTAGE : targetName || "default",
          unknown: []
        });
        for (const ins of metaArgs) {
          for (const { key, value } of argPairs(ins.args, escape)) {
            if (Object.hasOwn(args, key))
              globals.set(key, { value: args[key], unknown: [] });
            else if (value !== void 0) {
              try {
                const r = expandWith(globals, escape, value);
                globals.set(key, { value: r.result, unknown: [...r.unknown] });
              } catch (e) {
                warnings.push(`Dockerfile:${ins.line}: ${e.message}`);
              }
            }
          }
        }
        for (const stage of stages) {
          try {
            stage.baseName = expandWith(globals, escape, stage.baseName).result;
          } catch (e) {
            warnings.push(`Dockerfile:${stage.line}: ${e.message}`);
          }
          stage.base = byName.get(stage.baseName.toLowerCase());
          if (stage.name !== "")
            byName.set(stage.name, stage);
        }
        for (const stage of stages) {
          for (const cmd of stage.commands) {
            const froms = [];
            if (cmd.cmd === "copy") {
              const from = flagValue(cmd.flags, "from");
              if (from)
                froms.push({ from, index: true });
            } else if (cmd.cmd === "run") {
              for (const f of cmd.flags) {
                if (!f.startsWith("--mount="))
                  continue;
                const from = rawMountFrom(f.slice(8));
                if (from)
                  froms.push({ from, index: false });
              }
            }
            for (const { from, index } of froms) {
              const dep = index && /^[+-]?\d+$/.test(from) ? stages[Number(from)] : byName.get(from.toLowerCase());
              if (dep)
                stage.deps.add(dep);
            }
          }
        }
        let target;
        if (opts.target === void 0 || opts.target === "")
          target = stages[stages.length - 1];
        else {
          target = byName.get(opts.target.toLowerCase());
          if (!target) {
            warnings.push(`Dockerfile: target stage "${opts.target}" could not be found`);
            return { mounts: [], warnings };
          }
        }
        const reached = reachable(target);
        const results = /* @__PURE__ */ new Map();
        const mounts = [];
        const firstLine = /* @__PURE__ */ new Map();
        for (const stage of stages) {
          const result = evaluateStage(stage, stage.base && results.get(stage.base), globals, args, escape);
          results.set(stage, result);
          if (!reached.has(stage))
            continue;
          warnings.push(...result.warnings);
          for (const { spec, line } of result.mounts) {
            const prev = mounts.find((m) => m.cacheId === spec.cacheId);
            if (!prev) {
              mounts.push(spec);
              firstLine.set(spec.cacheId, line);
              continue;
            }
            const differs = ["sharing", "uid", "gid", "mode"].filter((k) => prev[k] !== spec[k]);
            if (differs.length > 0)
              warnings.push(`Dockerfile:${line}: cache mount ${spec.id} declared again with ${differs.map((k) => `${k}=${showValue(k, spec[k])}`).join(", ")} (line ${firstLine.get(spec.cacheId)}: ${differs.map((k) => `${k}=${showValue(k, prev[k])}`).join(", ")}): keeping the first`);
          }
        }
        return { mounts, warnings };
      }
      function showValue(key, v) {
        if (v === void 0)
          return "unset";
        return key === "mode" ? "0" + v.toString(8) : String(v);
      }
      function selectMounts(mounts, mode) {
        if (mode === "auto")
          return mounts;
        if (mode === "off")
          return [];
        const bare = (id2) => id2.replace(/^\/+/, "");
        const wanted = new Set(mode.map(bare));
        return mounts.filter((m) => wanted.has(bare(m.id)));
      }
      var buildkit_client = __webpack_require__(5552);
      var dockerconfig = __webpack_require__(111);
      var errors = __webpack_require__(8791);
      var auth = __webpack_require__(9853);
      var filesend = __webpack_require__(9320);
      var filesync = __webpack_require__(5587);
      var session_session = __webpack_require__(5506);
      var reference = __webpack_require__(5299);
      var registry = __webpack_require__(7062);
      ;
      const MountType = {
        BIND: 0,
        SECRET: 1,
        SSH: 2,
        CACHE: 3,
        TMPFS: 4
      };
      const CacheSharingOpt = {
        SHARED: 0,
        PRIVATE: 1,
        LOCKED: 2
      };
      ;
      const DEFAULT_HELPER_IMAGE = "docker.io/library/busybox:1.37.0@sha256:bdf57e528e45e4433820e045b29b4597825a1c9e38353532d90a01445013f82e";
      const CACHE_DIR = "/cache";
      const OUT_DIR = "/out";
      const IN_DIR = "/in";
      const ARCHIVE_NAME = "cache.tar";
      const EMPTY = "-1";
      const SKIP_OUTPUT = "-1";
      const ENV = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"];
      const SAVE_SCRIPT = `set -e; tar -cf ${OUT_DIR}/${ARCHIVE_NAME} -C ${CACHE_DIR} .`;
      const RESTORE_SCRIPT = [
        "set -e",
        `if [ -n "$(ls -A ${CACHE_DIR})" ]; then echo "bakekit: the cache mount is not empty: kept as it is"; exit 0; fi`,
        "opt=; if tar --help 2>&1 | grep -q -- --numeric-owner; then opt=--numeric-owner; fi",
        `tar -xpf ${IN_DIR}/${ARCHIVE_NAME} $opt -C ${CACHE_DIR}`,
        'echo "bakekit: restored"'
      ].join("; ");
      function imageIdentifier(ref) {
        const parsed = (0, reference.F2)(ref);
        if (!parsed.tag && !parsed.digest)
          parsed.tag = "latest";
        return `docker-image://${(0, reference.FH)(parsed)}`;
      }
      const SHARING = {
        shared: CacheSharingOpt.SHARED,
        private: CacheSharingOpt.PRIVATE,
        locked: CacheSharingOpt.LOCKED
      };
      function cacheBaseMkdir(spec) {
        return {
          path: "/cache",
          mode: (spec.mode ?? 493) & 511,
          makeParents: false,
          owner: { user: { byID: spec.uid ?? 0 }, group: { byID: spec.gid ?? 0 } },
          timestamp: "-1"
        };
      }
      function hasOwnedBase(spec) {
        return spec.uid !== void 0 || spec.gid !== void 0 || spec.mode !== void 0;
      }
      class DefinitionBuilder {
        ops = [];
        metadata = {};
        add(op, md = {}) {
          const bytes = (0, registry.mH)("pb.Op", op);
          const digest = `sha256:${external_node_crypto_.createHash("sha256").update(bytes).digest("hex")}`;
          if (!this.metadata[digest]) {
            this.ops.push(bytes);
            this.metadata[digest] = md;
          }
          return digest;
        }
        /** The terminal op (output `index` of `digest`) closes the definition. */
        finish(digest, index = 0) {
          this.add({ inputs: [{ digest, index: String(index) }] });
          return (0, registry.mH)("pb.Definition", { def: this.ops, metadata: this.metadata });
        }
      }
      function execOp(b, parts, extra) {
        const inputs = [];
        const inputOf = (digest) => {
          let i = inputs.findIndex((x) => x.digest === digest);
          if (i < 0)
            i = inputs.push({ digest, index: "0" }) - 1;
          return String(i);
        };
        const image = b.add({ source: { identifier: imageIdentifier(parts.image), attrs: {} } }, { caps: { "source.image": true } });
        const imageInput = inputOf(image);
        let cacheBase = EMPTY;
        if (hasOwnedBase(parts.spec)) {
          const mkdir = b.add(
            { file: { actions: [{ input: EMPTY, secondaryInput: EMPTY, output: "0", mkdir: cacheBaseMkdir(parts.spec) }] } },
            // not ignore_cache, and always the same op: the record this resolves to is part of the cache directory's identity
            { caps: { "file.base": true } }
          );
          cacheBase = inputOf(mkdir);
        }
        const mounts = [
          // The image's filesystem, output 0. Not for its contents (nothing is written there): a root mount without an output
          // is mounted from the image's immutable snapshot, on which runc cannot even create /proc
          // (frontend/gateway/container/container.go makes a mutable root only for an output, or a read-only root).
          { input: imageInput, dest: "/", output: "0" },
          {
            input: cacheBase,
            ...cacheBase !== EMPTY ? { selector: "/cache" } : {},
            dest: CACHE_DIR,
            output: SKIP_OUTPUT,
            mountType: MountType.CACHE,
            cacheOpt: { ID: parts.spec.cacheId, sharing: SHARING[parts.spec.sharing] }
          },
          {
            input: extra.input !== void 0 ? inputOf(extra.input) : EMPTY,
            dest: extra.dest,
            output: extra.output ? "1" : SKIP_OUTPUT,
            ...extra.readonly ? { readonly: true } : {}
          }
        ].sort((x, y) => x.dest < y.dest ? -1 : x.dest > y.dest ? 1 : 0);
        const caps = {
          "exec.meta.base": true,
          "exec.mount.bind": true,
          "exec.mount.cache": true,
          "exec.mount.cache.sharing": true
        };
        if (cacheBase !== EMPTY)
          caps["exec.mount.selector"] = true;
        return b.add(
          {
            inputs,
            exec: {
              meta: {
                args: ["/bin/sh", "-c", parts.script],
                env: [...ENV, `BAKEKIT_TRANSFER=${parts.nonce}`],
                cwd: "/",
                user: "0:0",
                removeMountStubsRecursive: true
              },
              mounts
            }
          },
          // no ignore_cache (see the header): the nonce in the environment is what makes it run
          { description: { "llb.customname": parts.name }, caps }
        );
      }
      function saveDefinition(spec, opts = {}) {
        const b = new DefinitionBuilder();
        const exec = execOp(b, {
          spec,
          image: opts.image ?? DEFAULT_HELPER_IMAGE,
          nonce: opts.nonce ?? external_node_crypto_.randomBytes(16).toString("hex"),
          script: SAVE_SCRIPT,
          name: `[bakekit] saving cache mount ${spec.id}`
        }, { dest: OUT_DIR, output: true, readonly: false });
        return b.finish(exec, 1);
      }
      function localSourceOp(src) {
        return {
          source: {
            identifier: `local://${src.name}`,
            attrs: {
              "local.session": src.sessionId,
              "local.unique": src.unique,
              "local.includepattern": JSON.stringify([ARCHIVE_NAME]),
              ...src.sharedKeyHint ? { "local.sharedkeyhint": src.sharedKeyHint } : {}
            }
          }
        };
      }
      function restoreDefinition(spec, src, opts = {}) {
        const b = new DefinitionBuilder();
        const local = b.add(localSourceOp(src), {
          caps: {
            "source.local": true,
            "source.local.sessionid": true,
            "source.local.unique": true,
            "source.local.includepatterns": true,
            ...src.sharedKeyHint ? { "source.local.sharedkeyhint": true } : {}
          },
          description: { "llb.customname": `[bakekit] loading the archive of cache mount ${spec.id}` }
        });
        const exec = execOp(b, {
          spec,
          image: opts.image ?? DEFAULT_HELPER_IMAGE,
          nonce: opts.nonce ?? external_node_crypto_.randomBytes(16).toString("hex"),
          script: RESTORE_SCRIPT,
          name: `[bakekit] restoring cache mount ${spec.id}`
        }, { dest: IN_DIR, input: local, output: false, readonly: true });
        return b.finish(exec, 0);
      }
      ;
      class CacheMountTransferError extends Error {
        mountId;
        step;
        name = "CacheMountTransferError";
        constructor(mountId, step, message, options) {
          super(message, options);
          this.mountId = mountId;
          this.step = step;
        }
      }
      const KEPT_MARKER = "bakekit: the cache mount is not empty";
      async function solveWith(connection, definition, session, exporters, signal) {
        const client = new buildkit_client.Us(connection);
        const ref = (0, buildkit_client.zE)();
        const lines = [];
        let status;
        try {
          await session.run(connection);
          status = client.status(ref, (msg) => {
            for (const log of msg.logs ?? []) {
              for (const line of Buffer.from(log.msg ?? Buffer.alloc(0)).toString("utf8").split("\n"))
                if (line.trim())
                  lines.push(line);
            }
          });
          await client.solve({
            Ref: ref,
            Session: session.id,
            Definition: definition,
            Frontend: "",
            FrontendAttrs: {},
            Exporters: exporters,
            Cache: { Exports: [], Imports: [] },
            // no build history record: this is bakekit's housekeeping, not a build the user asked for
            Internal: true
          }, signal);
          return lines;
        } catch (err) {
          if (status)
            await Promise.race([status.done, new Promise((r) => setTimeout(r, 500))]);
          const tail = lines.slice(-5).join("\n");
          throw Object.assign(new Error((0, errors.bD)(err) + (tail ? `
${tail}` : "")), { cause: err });
        } finally {
          if (status) {
            const timer = setTimeout(() => status.stop(), 1e3);
            await status.done;
            clearTimeout(timer);
          }
          await session.close().catch(() => {
          });
        }
      }
      function authFor(opts) {
        return new auth.G(new dockerconfig.zw((0, dockerconfig.kG)(opts.env ?? process.env)));
      }
      async function saveCacheMount(connection, spec, dir, opts = {}) {
        const session = new session_session.Nn({ name: "bakekit-cache-mount-save" }).attach(new filesend.L3([{ mode: "dir", path: dir }])).attach(authFor(opts));
        try {
          await solveWith(connection, saveDefinition(spec, { image: opts.image }), session, [{ Type: "local", Attrs: {} }], opts.signal);
        } catch (err) {
          throw new CacheMountTransferError(spec.id, "save", `saving cache mount ${spec.id} (${spec.cacheId}) on ${connection.description}: ${err.message}`, { cause: err });
        }
        const file = external_node_path_.join(dir, ARCHIVE_NAME);
        if (!external_node_fs_.existsSync(file))
          throw new CacheMountTransferError(spec.id, "save", `saving cache mount ${spec.id}: the daemon sent no archive`);
        return file;
      }
      async function restoreCacheMount(connection, spec, archive, opts = {}) {
        if (external_node_path_.basename(archive) !== ARCHIVE_NAME)
          throw new Error(`restoreCacheMount: the archive must be named ${ARCHIVE_NAME} (got ${archive})`);
        const name = "bakekit-cache-mount";
        const sharedKey = (0, buildkit_client.zE)();
        const session = new session_session.Nn({ name: "bakekit-cache-mount-restore", sharedKey }).attach(new filesync.I$({ [name]: external_node_path_.dirname(archive) })).attach(authFor(opts));
        try {
          const definition = restoreDefinition(spec, { sessionId: session.id, name, unique: (0, buildkit_client.zE)(), sharedKeyHint: sharedKey }, { image: opts.image });
          const lines = await solveWith(connection, definition, session, [], opts.signal);
          return { kept: lines.some((l) => l.includes(KEPT_MARKER)) };
        } catch (err) {
          throw new CacheMountTransferError(spec.id, "restore", `restoring cache mount ${spec.id} (${spec.cacheId}) on ${connection.description}: ${err.message}`, { cause: err });
        }
      }
      ;
      const KEY_VERSION = "bakekit-cache-mount-v1";
      function keyPart(s) {
        return s.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "none";
      }
      function directoryKey(m) {
        return JSON.stringify([m.cacheId, m.uid ?? null, m.gid ?? null, m.mode ?? null]);
      }
      function groupMounts(declared) {
        const byDir = /* @__PURE__ */ new Map();
        for (const { target, mounts } of declared) {
          for (const m of mounts) {
            const k = directoryKey(m);
            let g = byDir.get(k);
            if (!g)
              byDir.set(k, g = { spec: m, targets: /* @__PURE__ */ new Set(), platforms: /* @__PURE__ */ new Set() });
            g.targets.add(target.name);
            for (const p of target.platforms)
              g.platforms.add(p);
          }
        }
        return [...byDir.values()].map((g) => {
          const targets = [...g.targets].sort();
          const platform = g.platforms.size ? [...g.platforms].sort().join(",") : "default";
          const platformPart = g.platforms.size ? [...g.platforms].sort().map(keyPart).join("_") : "default";
          return {
            spec: g.spec,
            targets,
            platform,
            prefix: `${KEY_VERSION}-${keyPart(targets[0])}-${keyPart(g.spec.id)}-${platformPart}-`
          };
        });
      }
      function mountKeys(group, keyHash) {
        const hashPart = keyHash ? keyPart(keyHash) : "none";
        return {
          restoreKey: group.prefix + hashPart,
          restoreKeys: [`${group.prefix}${hashPart}-`, group.prefix],
          saveKey: (sha256) => `${group.prefix}${hashPart}-${sha256.slice(0, 16)}`
        };
      }
      function readDockerfile(spec) {
        if (spec.dockerfileInline !== void 0)
          return { text: spec.dockerfileInline };
        if (context_kind.REMOTE_CONTEXT.test(spec.context))
          return { skip: "its context is remote (the Dockerfile is read by the daemon): its cache mounts are not persisted" };
        if (!spec.dockerfile)
          return { skip: "it has no Dockerfile" };
        try {
          return { text: external_node_fs_.readFileSync(spec.dockerfile, "utf8") };
        } catch (err) {
          return { skip: `its Dockerfile cannot be read (${err.message}): its cache mounts are not persisted` };
        }
      }
      class CacheMountsRun {
        opts;
        run;
        groups;
        emit;
        constructor(specs, opts, run) {
          this.opts = opts;
          this.run = run;
          this.emit = run.onEvent ?? (() => {
          });
          const declared = [];
          if (opts.mode !== "off") {
            for (const spec of specs) {
              if (spec.call && spec.call !== "build")
                continue;
              const df = readDockerfile(spec);
              if (df.text === void 0) {
                this.warn(df.skip, spec.name);
                continue;
              }
              const found = discoverCacheMounts(df.text, { args: spec.args, target: spec.target });
              for (const w of found.warnings)
                this.warn(`cache mounts: ${w}`, spec.name);
              declared.push({ target: spec, mounts: selectMounts(found.mounts, opts.mode) });
            }
          }
          this.groups = groupMounts(declared).map((g) => ({ ...g, durationMs: 0, warnings: [] }));
        }
        warn(message, target, group) {
          group?.warnings.push(message);
          this.emit({ type: "warning", ...target ? { target } : {}, message });
        }
        info(message) {
          this.emit({ type: "info", message });
        }
        transferOptions() {
          return { image: this.opts.image, env: this.run.env, signal: this.run.signal };
        }
        /** Restores every mount from the store (all at once: each is a small solve of its own). */
        async restore() {
          await Promise.all(this.groups.map((g) => this.restoreOne(g)));
        }
        async restoreOne(g) {
          const started = Date.now();
          const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), "bakekit-cache-mount-"));
          const keys = mountKeys(g, this.opts.keyHash);
          try {
            const file = external_node_path_.join(dir, "cache.tar");
            let key;
            try {
              key = await this.opts.store.restore(file, keys.restoreKey, keys.restoreKeys);
            } catch (err) {
              this.warn(`cache mount ${g.spec.id}: reading ${this.opts.store.description} failed: ${err.message}`, void 0, g);
              return;
            }
            if (!key) {
              this.info(`cache mount ${g.spec.id}: nothing saved yet in ${this.opts.store.description}`);
              return;
            }
            const size = external_node_fs_.statSync(file).size;
            this.info(`cache mount ${g.spec.id}: restoring ${(0, units.VC)(size)} from ${key}`);
            try {
              const { kept } = await restoreCacheMount(this.run.connection, g.spec, file, this.transferOptions());
              g.restoredKey = key;
              g.restoredDigest = contentDigest(file);
              g.restoredSize = size;
              g.kept = kept;
              if (kept)
                this.info(`cache mount ${g.spec.id}: the builder's mount was not empty, kept as it was`);
            } catch (err) {
              this.warn(err.message, void 0, g);
            }
          } finally {
            g.durationMs += Date.now() - started;
            external_node_fs_.rmSync(dir, { recursive: true, force: true });
          }
        }
        /** Saves the mounts of which at least one declaring target built; the report of every mount. */
        async save(outcomes) {
          const built = new Set(outcomes.filter((o) => o.status === "done").map((o) => o.target));
          return Promise.all(this.groups.map(async (g) => {
            if (!g.targets.some((t) => built.has(t)))
              return this.report(g, { saved: "skipped", savedKey: "no target declaring it built" });
            if (this.run.signal?.aborted)
              return this.report(g, { saved: "skipped", savedKey: "the build was cancelled" });
            return this.saveOne(g);
          }));
        }
        report(g, saved) {
          return {
            id: g.spec.id,
            targets: g.targets,
            platform: g.platform,
            ...g.restoredKey ? { restoredKey: g.restoredKey } : {},
            ...g.kept ? { kept: true } : {},
            ...saved,
            ...saved.size === void 0 && g.restoredSize !== void 0 ? { size: g.restoredSize } : {},
            durationMs: g.durationMs,
            warnings: g.warnings
          };
        }
        async saveOne(g) {
          const started = Date.now();
          const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), "bakekit-cache-mount-"));
          const outcome = (saved) => {
            g.durationMs += Date.now() - started;
            return this.report(g, saved);
          };
          try {
            let file;
            try {
              file = await saveCacheMount(this.run.connection, g.spec, dir, this.transferOptions());
            } catch (err) {
              this.warn(err.message, void 0, g);
              return outcome({ saved: "failed", savedKey: err.message });
            }
            const size = external_node_fs_.statSync(file).size;
            if (contentDigest(file) === g.restoredDigest) {
              this.info(`cache mount ${g.spec.id}: unchanged (${(0, units.VC)(size)}), not saved again`);
              return outcome({ saved: "unchanged", size });
            }
            if (this.opts.maxSize !== void 0 && size > this.opts.maxSize) {
              const why = `the archive is ${(0, units.VC)(size)}, over the limit of ${(0, units.VC)(this.opts.maxSize)}`;
              this.warn(`cache mount ${g.spec.id}: not saved: ${why}`, void 0, g);
              return outcome({ saved: "skipped", savedKey: why, size });
            }
            const key = mountKeys(g, this.opts.keyHash).saveKey(fileDigest(file));
            this.info(`cache mount ${g.spec.id}: saving ${(0, units.VC)(size)} as ${key}`);
            try {
              await this.opts.store.save(file, key);
            } catch (err) {
              const why = `saving to ${this.opts.store.description} failed: ${err.message}`;
              this.warn(`cache mount ${g.spec.id}: ${why}`, void 0, g);
              return outcome({ saved: "failed", savedKey: why, size });
            }
            return outcome({ saved: "saved", savedKey: key, size });
          } finally {
            external_node_fs_.rmSync(dir, { recursive: true, force: true });
          }
        }
      }
      function formatCacheMountReports(reports) {
        return reports.map((r) => {
          const restored = r.restoredKey ? `restored from ${r.restoredKey}${r.kept ? " (builder kept its own)" : ""}` : "missed";
          const saved = r.saved === "saved" ? `saved as ${r.savedKey}` : r.saved === "unchanged" ? "unchanged" : `${r.saved}${r.savedKey ? ` (${r.savedKey})` : ""}`;
          const size = r.size !== void 0 ? `, ${(0, units.VC)(r.size)}` : "";
          return `cache mount ${r.id} [${r.targets.join(", ")}]: ${restored}; ${saved}${size}, ${(r.durationMs / 1e3).toFixed(1)}s`;
        });
      }
    })
  )
};
