export const id = 177;
export const ids = [177];
export const modules = {

/***/ 3315:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ CONFIG_FILE_NAME),
/* harmony export */   iL: () => (/* binding */ buildxConfigDir),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * Where the Docker client keeps its configuration, by docker/cli's rule (cli/config: `config.Dir`), and where buildx
 * keeps its store inside it. Everything bakekit reads from the Docker client's side (config.json and its credential
 * helpers, contexts, the buildx builder store, DOCKER_CERT_PATH's default) starts from `dockerConfigDir`, so there is
 * one rule and one place to look it up.
 *
 * The environment is a parameter, never read implicitly beyond `os.homedir()`: a run may be given an environment
 * that is not the process's own (the action's inputs, tests).
 */


/** The name of the client configuration file inside the config directory (docker/cli `config.ConfigFileName`). */
const CONFIG_FILE_NAME = 'config.json';
/**
 * `DOCKER_CONFIG`, else `$HOME/.docker`. As docker/cli's getHomeDir, HOME comes from the environment first and the
 * user database only when HOME is unset or empty (`os.homedir()` is Node's version of that lookup).
 */
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.docker');
}
/** buildx's store (docker/buildx confutil.NewConfig): `BUILDX_CONFIG`, else `buildx` inside the Docker config dir. */
function buildxConfigDir(env = process.env) {
    return env.BUILDX_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dockerConfigDir(env), 'buildx');
}


/***/ }),

/***/ 3467:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cB: () => (/* binding */ contextTlsDir),
/* harmony export */   z_: () => (/* binding */ contextMetaFile)
/* harmony export */ });
/* unused harmony exports contextStoreDir, contextId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3315);
/**
 * The layout of the Docker CLI's context store (docker/cli cli/context/store), which lives in the Docker config dir:
 *
 *   contexts/meta/<id>/meta.json          the context's metadata and endpoints (`{Name, Metadata, Endpoints}`)
 *   contexts/tls/<id>/<endpoint>/         TLS material of one endpoint (ca.pem, cert.pem, key.pem)
 *
 * where <id> is the hex SHA-256 of the context name (so names need no escaping on disk). Only paths here: what a
 * context's Docker endpoint means for a connection is the transport's business (transport/endpoint.ts).
 */



/** `<config dir>/contexts` (docker/cli `config.ContextStoreDir`). */
function contextStoreDir(env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_config_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerConfigDir */ .kG)(env), 'contexts');
}
/** The directory name a context is stored under. */
function contextId(name) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex');
}
/** Where the context's meta.json is. */
function contextMetaFile(name, env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), 'meta', contextId(name), 'meta.json');
}
/** Where the TLS files of one of the context's endpoints (`docker` for the Engine) are. */
function contextTlsDir(name, endpoint, env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), 'tls', contextId(name), endpoint);
}


/***/ }),

/***/ 7307:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CacheMountsRun: () => (/* binding */ CacheMountsRun),
  KEY_VERSION: () => (/* binding */ KEY_VERSION),
  formatCacheMountReports: () => (/* binding */ formatCacheMountReports),
  groupMounts: () => (/* binding */ groupMounts),
  keyPart: () => (/* binding */ keyPart),
  mountKeys: () => (/* binding */ mountKeys)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/bake/units.js
var units = __webpack_require__(5650);
// EXTERNAL MODULE: ./lib/solve/target/context-kind.js
var context_kind = __webpack_require__(6449);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/solve/cache-mounts/archive.js
/**
 * Digests of a cache mount's archive, read in chunks (an archive may be gigabytes).
 *
 * `fileDigest` is the archive's sha256, which names a saved entry. `contentDigest` is what decides that a mount is
 * unchanged since its restore: the archive's bytes cannot, since a restored tree is archived again with other
 * directory mtimes (tar sets a directory's mtime before filling it, which moves it again) and perhaps in another
 * order (readdir order is the file system's). It hashes each entry's name, type, mode, owner, link target, and for
 * regular files their content and mtime (which tar restores), in name order.
 */


const CHUNK = 1 << 20;
/** sha256 of the file, hex. */
function fileDigest(file) {
    const hash = external_node_crypto_.createHash('sha256');
    const fd = external_node_fs_.openSync(file, 'r');
    try {
        const buf = Buffer.alloc(CHUNK);
        for (let n; (n = external_node_fs_.readSync(fd, buf, 0, CHUNK, null)) > 0;)
            hash.update(buf.subarray(0, n));
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
    return hash.digest('hex');
}
function field(header, offset, length) {
    const raw = header.subarray(offset, offset + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}
function octal(header, offset, length) {
    const raw = header.subarray(offset, offset + length);
    if (raw[0] & 0x80) {
        // GNU base-256 for values that do not fit (sizes over 8 GiB)
        let v = 0;
        for (let i = 1; i < raw.length; i++)
            v = v * 256 + raw[i];
        return v;
    }
    const s = field(header, offset, length).trim();
    return s ? parseInt(s, 8) : 0;
}
/** A digest of the tree the tar archive `file` holds, independent of entry order and directory mtimes. */
function contentDigest(file) {
    const fd = external_node_fs_.openSync(file, 'r');
    const entries = [];
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
            pos += (512 - (size % 512)) % 512;
        };
        for (;;) {
            if (external_node_fs_.readSync(fd, header, 0, 512, pos) < 512)
                break;
            pos += 512;
            if (header.every((b) => b === 0))
                break;
            const type = String.fromCharCode(header[156]) || '0';
            const size = octal(header, 124, 12);
            if (type === 'L' || type === 'K') {
                const parts = [];
                readBody(size, (b) => parts.push(Buffer.from(b)));
                const text = Buffer.concat(parts).toString('utf8').replace(/\0+$/, '');
                if (type === 'L')
                    longName = text;
                else
                    longLink = text;
                continue;
            }
            const prefix = field(header, 345, 155);
            const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
            const link = longLink ?? field(header, 157, 100);
            longName = longLink = undefined;
            const content = external_node_crypto_.createHash('sha256');
            readBody(size, (b) => content.update(b));
            const regular = type === '0' || type === '\0' || type === '7';
            entries.push(JSON.stringify([
                name.replace(/\/+$/, ''),
                type === '\0' ? '0' : type,
                octal(header, 100, 8) & 0o7777,
                octal(header, 108, 8),
                octal(header, 116, 8),
                link,
                regular ? content.digest('hex') : '',
                regular ? octal(header, 136, 12) : 0,
            ]));
        }
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
    entries.sort();
    return external_node_crypto_.createHash('sha256').update(entries.join('\n')).digest('hex');
}

// EXTERNAL MODULE: ./lib/bake/go-path.js
var go_path = __webpack_require__(6635);
;// CONCATENATED MODULE: ./lib/solve/cache-mounts/dockerfile/lex.js
/**
 * The Dockerfile frontend's shell-word lexer (moby/buildkit frontend/dockerfile/shell/lex.go), for cache-mount discovery
 * (../discover.ts): quotes, escapes and `$VAR` / `${VAR...}` expansion. Hand-written, as the rest of the Dockerfile
 * reading is: no maintained JavaScript library lexes with BuildKit's rules. Pure.
 */
class LexError extends Error {
    name = 'LexError';
}
const EOF = '';
function isSpace(ch) {
    return ch !== EOF && /^\s$/u.test(ch);
}
/** Splits what a word produces into words the way lex.go's wordsStruct does: expansion results split on spaces,
 * quoted text never does. */
class Words {
    buf = '';
    inWord = false;
    words = [];
    addChar(ch) {
        if (isSpace(ch)) {
            if (this.inWord && this.buf.length > 0) {
                this.words.push(this.buf);
                this.buf = '';
                this.inWord = false;
            }
        }
        else
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
            this.buf = '';
            this.inWord = false;
        }
        return this.words;
    }
}
/** One run of the lexer over one word (lex.go's shellWord). Throws LexError where BuildKit fails the word. */
class ShellWord {
    env;
    opts;
    chars;
    pos = 0;
    rawEscapes;
    unmatched = new Set();
    unknown = new Set();
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
            let result = '';
            const words = new Words();
            while (this.peek() !== EOF) {
                const ch = this.peek();
                if (stop !== EOF && ch === stop) {
                    this.next();
                    return { result, words: words.finish() };
                }
                if (ch === '$') {
                    const s = this.dollar();
                    result += s;
                    words.addString(s);
                    continue;
                }
                if (ch === '<' || ch === "'" || ch === '"') {
                    const s = ch === '<' ? this.possibleHeredoc() : ch === "'" ? this.singleQuote() : this.doubleQuote();
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
                    // the escape character escapes the next one, and is dropped at the end of the word
                    const escaped = this.next();
                    if (escaped === EOF)
                        break;
                    words.addRaw(escaped);
                    result += escaped;
                }
                else {
                    words.addChar(ch);
                    result += ch;
                }
            }
            if (stop !== EOF)
                throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
            return { result, words: words.finish() };
        }
        finally {
            this.rawEscapes = saved;
        }
    }
    singleQuote() {
        // everything up to the next ' is literal; a ' cannot be escaped inside
        let out = this.opts.rawQuotes ? this.next() : (this.next(), '');
        for (;;) {
            const ch = this.next();
            if (ch === EOF)
                throw new LexError('unexpected end of statement while looking for matching single-quote');
            if (ch === "'")
                return this.opts.rawQuotes ? out + ch : out;
            out += ch;
        }
    }
    doubleQuote() {
        // literal except $ expansions; the escape character escapes only ", $ and itself
        let out = this.opts.rawQuotes ? this.next() : (this.next(), '');
        for (;;) {
            const ch = this.peek();
            if (ch === EOF)
                throw new LexError('unexpected end of statement while looking for matching double-quote');
            if (ch === '"') {
                this.next();
                return this.opts.rawQuotes ? out + ch : out;
            }
            if (ch === '$') {
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
                if (after === '"' || after === '$' || after === this.opts.escape)
                    c = this.next();
            }
            out += c;
        }
    }
    possibleHeredoc() {
        // `<<` keeps the spaces after it, so `<< EOF` stays one word (a heredoc)
        this.next();
        if (this.peek() !== '<')
            return '<';
        this.next();
        let spaces = '';
        while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === '\r')
            spaces += this.next();
        return '<<' + spaces;
    }
    getEnv(name) {
        const v = this.env.get(name);
        if (v === undefined) {
            this.unmatched.add(name);
            return undefined;
        }
        for (const u of v.unknown)
            this.unknown.add(u);
        return v.value;
    }
    name() {
        let name = '';
        for (;;) {
            const ch = this.peek();
            if (ch === EOF)
                return name;
            if (name === '' && /^[0-9]$/.test(ch)) {
                // positional parameters: all the digits
                while (/^[0-9]$/.test(this.peek()))
                    name += this.next();
                return name;
            }
            if (name === '' && '@*#?-$!0'.includes(ch))
                return this.next();
            if (!/^[\p{L}\p{Nd}_]$/u.test(ch))
                return name;
            name += this.next();
        }
    }
    dollar() {
        this.next();
        if (this.peek() !== '{') {
            const name = this.name();
            if (name === '')
                return '$';
            const value = this.getEnv(name);
            if (value === undefined && this.opts.skipUnsetEnv)
                return '$' + name;
            return value ?? '';
        }
        this.next();
        const first = this.peek();
        if (first === EOF)
            throw new LexError("syntax error: missing '}'");
        if (first === '{' || first === '}' || first === ':')
            throw new LexError('syntax error: bad substitution');
        const name = this.name();
        let ch = this.next();
        let modifier = ch;
        if (ch === '}') {
            const value = this.getEnv(name);
            if (value === undefined && this.opts.skipUnsetEnv)
                return `\${${name}}`;
            return value ?? '';
        }
        if (ch === '/')
            return this.replace(name);
        let nullIsUnset = false;
        if (ch === ':') {
            nullIsUnset = true;
            ch = this.next();
            modifier += ch;
        }
        else if (!'+-?#%'.includes(ch) || ch === EOF) {
            throw new LexError(`unsupported modifier (${modifier}) in substitution`);
        }
        const patternOp = ch === '#' || ch === '%';
        if (nullIsUnset && patternOp)
            throw new LexError(`unsupported modifier (${modifier}) in substitution`);
        let word;
        try {
            word = this.stopOn('}', patternOp).result;
        }
        catch (e) {
            if (this.peek() === EOF)
                throw new LexError("syntax error: missing '}'");
            throw e;
        }
        const value = this.getEnv(name);
        const set = value !== undefined;
        if (!set && this.opts.skipUnsetEnv)
            return `\${${name}${modifier}${word}}`;
        const empty = !set || (nullIsUnset && value === '');
        switch (ch) {
            case '-':
                return empty ? word : value;
            case '+':
                return empty ? '' : word;
            case '?':
                if (!set)
                    throw new LexError(`${name}: ${word || 'is not allowed to be unset'}`);
                if (nullIsUnset && value === '')
                    throw new LexError(`${name}: ${word || 'is not allowed to be empty'}`);
                return value;
            case '#':
            case '%': {
                // `#`/`%` remove the shortest match, `##`/`%%` the longest
                const greedy = word.startsWith(ch);
                const pattern = greedy ? word.slice(1) : word;
                return ch === '#' ? trimPrefix(pattern, value ?? '', greedy) : trimSuffix(pattern, value ?? '', greedy);
            }
            default:
                throw new LexError(`unsupported modifier (${modifier}) in substitution`);
        }
    }
    replace(name) {
        const all = this.peek() === '/';
        if (all)
            this.next();
        const part = (stop, missing) => {
            try {
                return this.stopOn(stop, true).result;
            }
            catch (e) {
                if (this.peek() === EOF)
                    throw new LexError(missing);
                throw e;
            }
        };
        const pattern = part('/', "syntax error: missing '/' in ${}");
        const replacement = part('}', "syntax error: missing '}'");
        const value = this.getEnv(name);
        if (value === undefined && this.opts.skipUnsetEnv)
            return `\${${name}/${pattern}/${replacement}}`;
        const re = shellPatternToRegExp(pattern, true, false, all);
        // a function, so that `$&` and the like in the replacement stay literal
        return (value ?? '').replace(re, () => replacement);
    }
}
/** A shell wildcard pattern (`*`, `?`, no brackets) as a regular expression (lex.go convertShellPatternToRegex). */
function shellPatternToRegExp(pattern, greedy, anchored, global = false) {
    let out = anchored ? '^' : '';
    const chars = Array.from(pattern);
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        if (ch === '*')
            out += greedy ? '.*' : '.*?';
        else if (ch === '?')
            out += '.';
        else if (ch === '\\') {
            // `\}` and `\/` only protect the ${} syntax; the backslash is not part of the pattern
            const nextCh = chars[i + 1];
            if (nextCh === '}' || nextCh === '/')
                continue;
            i++;
            if (nextCh !== '*' && nextCh !== '?' && nextCh !== '\\')
                throw new LexError(`invalid escape '\\${nextCh ?? ''}'`);
            out += '\\' + nextCh;
        }
        else if ('[]{}.+()|^$'.includes(ch))
            out += '\\' + ch;
        else
            out += ch;
    }
    return new RegExp(out, global ? 'gu' : 'u');
}
function trimPrefix(pattern, value, greedy) {
    const m = shellPatternToRegExp(pattern, greedy, true).exec(value);
    return m ? value.slice(m[0].length) : value;
}
/** Reverses a pattern keeping each `\x` escape in front of its character. */
function reversePattern(pattern) {
    const chars = Array.from(pattern);
    const out = [];
    for (let i = 0; i < chars.length;) {
        if (chars[i] === '\\' && i !== chars.length - 1) {
            out.unshift('\\' + chars[i + 1]);
            i += 2;
        }
        else {
            out.unshift(chars[i]);
            i++;
        }
    }
    return out.join('');
}
function trimSuffix(pattern, value, greedy) {
    // as lex.go: the shortest rightmost match is the shortest leftmost match of the reversed strings
    const reversed = Array.from(value).reverse().join('');
    return Array.from(trimPrefix(reversePattern(pattern), reversed, greedy))
        .reverse()
        .join('');
}
function lex(text, env, opts) {
    const sw = new ShellWord(text, env, opts);
    const { result, words } = sw.run();
    return { result, words, unmatched: sw.unmatched, unknown: sw.unknown };
}
const NO_ENV = new Map();

;// CONCATENATED MODULE: ./lib/solve/cache-mounts/dockerfile/parse.js
/**
 * Dockerfile lines into instructions, as the frontend's parser reads them (moby/buildkit frontend/dockerfile/parser:
 * parser.go, split_command.go, line_parsers.go, directives.go): `# escape=`, comments, continuations, heredocs, the
 * `--flags` of an instruction, JSON form. For cache-mount discovery (../discover.ts); pure, never throws on a
 * malformed file. Hand-written for the reason lex.ts gives.
 */

const WHITESPACE = /[\t\v\f\r ]+/;
const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/;
function continuationRegExp(escape) {
    // the escape character last on a line (ignoring blanks) continues it, unless it is itself escaped
    const e = escape === '\\' ? '\\\\' : escape;
    return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
}
/** The parser directives at the top of the file (`# escape=`): only the first lines, each once. */
class Directives {
    done = false;
    seen = new Set();
    escape = '\\';
    /** Returns an error message, if the directive is invalid. */
    line(text) {
        if (this.done)
            return undefined;
        if (!text.startsWith('#')) {
            this.done = true;
            return undefined;
        }
        const m = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(text.slice(1).replace(/^\s+/, ''));
        const key = m?.[1].toLowerCase();
        if (!m || !key || !['syntax', 'escape', 'check'].includes(key)) {
            this.done = true;
            return undefined;
        }
        if (this.seen.has(key))
            return `only one ${key} parser directive can be used`;
        this.seen.add(key);
        if (key === 'escape') {
            if (m[2] !== '`' && m[2] !== '\\')
                return `invalid escape token '${m[2]}' does not match \` or \\`;
            this.escape = m[2];
        }
        return undefined;
    }
}
function isCommentLine(text) {
    return /^\s*#/.test(text);
}
/** split_command.go extractBuilderFlags: the leading `--words`, and what follows them. */
function extractFlags(line, escape) {
    const flags = [];
    let pos = 0;
    for (;;) {
        while (pos < line.length && isSpace(line[pos]))
            pos++;
        if (pos >= line.length)
            return { flags, rest: '' };
        if (line[pos] !== '-' || line[pos + 1] !== '-')
            return { flags, rest: line.slice(pos) };
        let word = '';
        let blankOK = false;
        let quote = '';
        for (; pos < line.length; pos++) {
            let ch = line[pos];
            if (quote === '') {
                if (isSpace(ch))
                    break;
                if (ch === "'" || ch === '"') {
                    quote = ch;
                    blankOK = true;
                    continue;
                }
            }
            else if (ch === quote) {
                quote = '';
                continue;
            }
            if (ch === escape) {
                if (pos + 1 === line.length)
                    continue;
                ch = line[++pos];
            }
            word += ch;
        }
        if (word === '--')
            return { flags, rest: line.slice(pos) };
        if (blankOK || word.length > 0)
            flags.push(word);
    }
}
/** line_parsers.go parseWords: words separated by blanks, quotes and escapes kept for the lexer to process later. */
function parseWords(rest, escape) {
    const words = [];
    const chars = Array.from(rest);
    let word = '';
    let inWord = false;
    let blankOK = false;
    let quote = '';
    for (let i = 0; i < chars.length; i++) {
        let ch = chars[i];
        if (!inWord) {
            if (isSpace(ch))
                continue;
            inWord = true;
        }
        if (quote === '') {
            if (isSpace(ch)) {
                if (blankOK || word.length > 0)
                    words.push(word);
                word = '';
                inWord = false;
                blankOK = false;
                continue;
            }
            if (ch === "'" || ch === '"') {
                quote = ch;
                blankOK = true;
            }
            else if (ch === escape) {
                if (i + 1 === chars.length)
                    continue;
                word += ch;
                ch = chars[++i];
            }
            word += ch;
        }
        else {
            if (ch === quote)
                quote = '';
            else if (ch === escape && quote !== "'") {
                if (i + 1 === chars.length) {
                    quote = '';
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
/** line_parsers.go parseJSON: a JSON array of strings (exec form); undefined: not JSON; null: JSON but not strings. */
function parseJSONArgs(args) {
    const text = args.replace(/^\s+/, '');
    if (!text.startsWith('['))
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(parsed))
        return undefined;
    return parsed.every((v) => typeof v === 'string') ? parsed : null;
}
function splitCommand(line, escape) {
    const parts = line.trim().split(WHITESPACE);
    const cmd = parts[0] ?? '';
    const afterCmd = line.trim().slice(cmd.length);
    if (parts.length < 2)
        return { cmd, flags: [], args: '' };
    const { flags, rest } = extractFlags(afterCmd.replace(/^[\t\v\f\r ]+/, ''), escape);
    return { cmd, flags, args: rest.trim() };
}
/** The heredocs (`<<EOF`, `<<-EOF`, `<<"EOF"`) a RUN, COPY or ADD line opens (parser.go heredocsFromLine). */
function heredocsFromLine(line) {
    // BuildKit reads heredoc words with a backslash escape whatever the file's escape directive says
    // (and, as BuildKit, finds none in a line it cannot split into words)
    let words;
    try {
        words = lex(line, NO_ENV, { escape: '\\', rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).words;
    }
    catch {
        words = [];
    }
    const docs = [];
    for (const word of words) {
        const m = HEREDOC_WORD.exec(word);
        if (!m || m[3] === '')
            continue;
        const names = lex(m[3], NO_ENV, { escape: '\\', skipUnsetEnv: true }).words;
        if (names.length !== 1)
            continue;
        docs.push({ name: names[0], chomp: m[2] === '-' });
    }
    return docs;
}
function canContainHeredoc(cmd, flags, args, escape) {
    if (cmd === 'onbuild') {
        // ONBUILD RUN <<EOF ...: the heredoc belongs to the wrapped instruction
        const inner = splitCommand(args, escape);
        return inner.cmd !== '' && canContainHeredoc(inner.cmd.toLowerCase(), inner.flags, inner.args, escape);
    }
    if (cmd !== 'run' && cmd !== 'copy' && cmd !== 'add')
        return false;
    return parseJSONArgs(args) === undefined;
}
/** Parses the Dockerfile's lines into instructions as parser.go does. Stops at what BuildKit cannot parse. */
function parseDockerfile(text) {
    const warnings = [];
    const directives = new Directives();
    const instructions = [];
    const rawLines = text.replace(/^\uFEFF/, '').split('\n');
    if (rawLines[rawLines.length - 1] === '')
        rawLines.pop();
    const lines = rawLines.map((l) => l.replace(/[\r\n]+$/, ''));
    let continuation = continuationRegExp(directives.escape);
    let i = 0;
    const directive = (t, lineNo) => {
        const before = directives.escape;
        const err = directives.line(t);
        if (err)
            warnings.push(`Dockerfile:${lineNo}: ${err}`);
        // the escape character also makes continuations, from the next line on
        if (directives.escape !== before)
            continuation = continuationRegExp(directives.escape);
    };
    const trimContinuation = (t) => {
        if (continuation.test(t))
            return { text: t.replace(continuation, '$1'), end: false };
        return { text: t, end: true };
    };
    while (i < lines.length) {
        const startLine = i + 1;
        let first = lines[i++].replace(/^\s+/, '');
        directive(first, startLine);
        if (isCommentLine(first))
            first = '';
        let { text: logical, end } = trimContinuation(first);
        if (end && logical === '')
            continue;
        while (!end && i < lines.length) {
            const raw = lines[i++];
            directive(raw, i);
            // comment lines and empty lines inside a continuation are skipped, and the continuation goes on
            if (isCommentLine(raw) || raw.trim() === '')
                continue;
            const next = trimContinuation(raw);
            logical += next.text;
            end = next.end;
        }
        const { cmd, flags, args } = splitCommand(logical, directives.escape);
        const lower = cmd.toLowerCase();
        if (canContainHeredoc(lower, flags, args, directives.escape) && logical.includes('<<')) {
            let docs;
            try {
                docs = heredocsFromLine(logical);
            }
            catch (e) {
                warnings.push(`Dockerfile:${startLine}: ${e.message}`);
                return { instructions, escape: directives.escape, warnings };
            }
            for (const doc of docs) {
                let terminated = false;
                while (i < lines.length) {
                    let candidate = lines[i++];
                    if (doc.chomp)
                        candidate = candidate.replace(/^\t+/, '');
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

// EXTERNAL MODULE: ./lib/bake/entries.js
var entries = __webpack_require__(5865);
;// CONCATENATED MODULE: ./lib/solve/cache-mounts/dockerfile/run-mount.js
/**
 * A `RUN --mount=...` value as the frontend reads it (moby/buildkit frontend/dockerfile/instructions/
 * commands_runmount.go parseMount; defaults as dockerfile2llb/convert_runmount.go applies them), for cache-mount
 * discovery (../discover.ts). Pure; a value BuildKit would refuse throws a MountError saying why.
 */

class MountError extends Error {
    name = 'MountError';
}
/** csvvalue.Fields (the CSV BuildKit reads `--mount` values with): fields separated by commas; a field starting with
 * a double quote is quoted (`""` is a quote in it); a quote anywhere else is an error. */
function csvFields(input) {
    let line = input.replace(/\r?\n$/, '');
    if (line === '')
        throw new MountError('EOF');
    const fields = [];
    for (;;) {
        if (!line.startsWith('"')) {
            const comma = line.indexOf(',');
            const field = comma >= 0 ? line.slice(0, comma) : line;
            if (field.includes('"'))
                throw new MountError('bare " in non-quoted-field');
            fields.push(field);
            if (comma < 0)
                return fields;
            line = line.slice(comma + 1);
            continue;
        }
        line = line.slice(1);
        let field = '';
        for (;;) {
            const q = line.indexOf('"');
            if (q < 0)
                throw new MountError('extraneous or missing " in quoted-field');
            field += line.slice(0, q);
            line = line.slice(q + 1);
            if (line.startsWith('"')) {
                field += '"';
                line = line.slice(1);
            }
            else if (line.startsWith(',')) {
                fields.push(field);
                line = line.slice(1);
                break;
            }
            else if (line === '') {
                fields.push(field);
                return fields;
            }
            else
                throw new MountError('extraneous or missing " in quoted-field');
        }
    }
}
/** Go's strconv.ParseUint(v, base, 32) for base 8 and 10 (no sign, no underscores, no prefix). */
function parseGoUint32(v, base) {
    if (!(base === 8 ? /^[0-7]+$/ : /^[0-9]+$/).test(v))
        return undefined;
    const n = parseInt(v, base);
    return n <= 0xffffffff ? n : undefined;
}
/** The `from=` of a `--mount` as written: the stage dependency is taken before any expansion (convert_runmount.go
 * detectRunMount reads the mounts parsed without an expander). */
function rawMountFrom(value) {
    let from = '';
    try {
        for (const field of csvFields(value)) {
            const eq = field.indexOf('=');
            if (eq >= 0 && field.slice(0, eq).toLowerCase() === 'from')
                from = field.slice(eq + 1);
        }
    }
    catch {
        return '';
    }
    return from;
}
/** parseMount with an expander: each value is expanded, then checked; the first problem is thrown. */
function parseMount(value, expand) {
    const m = { type: 'bind', from: '', source: '', target: '', id: '', sharing: '' };
    const fields = csvFields(value);
    // BuildKit refuses a variable in from= before expanding anything
    for (const field of fields) {
        const eq = field.indexOf('=');
        if (eq < 0 || field.slice(0, eq).toLowerCase() !== 'from')
            continue;
        const v = field.slice(eq + 1);
        const dollar = v.indexOf('$');
        if (dollar !== -1 && dollar !== v.length - 1)
            throw new MountError("'from' doesn't support variable expansion, define alias stage instead");
    }
    for (const field of fields) {
        const eq = field.indexOf('=');
        const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
        if (eq < 0) {
            // flag form: only the read-only switches (and `required`, for secrets and ssh) stand alone
            if (['readonly', 'ro', 'readwrite', 'rw'].includes(key))
                continue;
            if (key === 'required') {
                if (m.type === 'secret' || m.type === 'ssh')
                    continue;
                throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
            }
            throw new MountError(`invalid field '${field}' must be a key=value pair`);
        }
        const v = expand(field.slice(eq + 1));
        switch (key) {
            case 'type': {
                const t = v.toLowerCase();
                if (!['bind', 'cache', 'tmpfs', 'secret', 'ssh'].includes(t))
                    throw new MountError(`unsupported mount type "${v}"`);
                m.type = t;
                break;
            }
            case 'from':
                m.from = v;
                break;
            case 'source':
            case 'src':
                m.source = v;
                break;
            case 'target':
            case 'dst':
            case 'destination':
                m.target = v;
                break;
            case 'readonly':
            case 'ro':
            case 'readwrite':
            case 'rw':
                if ((0,entries/* parseGoBool */.MY)(v) === undefined)
                    throw new MountError(`invalid value for ${key}: ${v}`);
                break;
            case 'required':
                if (m.type !== 'secret' && m.type !== 'ssh')
                    throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
                if ((0,entries/* parseGoBool */.MY)(v) === undefined)
                    throw new MountError(`invalid value for ${key}: ${v}`);
                break;
            case 'size':
                // only tmpfs takes a size; its value does not matter here
                if (m.type !== 'tmpfs')
                    throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
                break;
            case 'id':
                m.id = v;
                break;
            case 'sharing': {
                const s = v.toLowerCase();
                if (!['shared', 'private', 'locked'].includes(s))
                    throw new MountError(`unsupported sharing value "${v}"`);
                m.sharing = s;
                break;
            }
            case 'mode': {
                const n = parseGoUint32(v, 8);
                if (n === undefined)
                    throw new MountError(`invalid value ${v} for mode`);
                m.mode = n;
                break;
            }
            case 'uid':
            case 'gid': {
                const n = parseGoUint32(v, 10);
                if (n === undefined)
                    throw new MountError(`invalid value ${v} for ${key}`);
                m[key] = n;
                break;
            }
            case 'env':
                break;
            default:
                throw new MountError(`unexpected key '${key}' in '${field}'`);
        }
    }
    if (!['secret', 'ssh', 'cache'].includes(m.type)) {
        for (const k of ['mode', 'uid', 'gid'])
            if (m[k] !== undefined)
                throw new MountError(`${k} not allowed for "${m.type}" type mounts`);
    }
    if (m.sharing !== '' && m.type !== 'cache')
        throw new MountError(`invalid cache sharing set for ${m.type} mount`);
    return m;
}

;// CONCATENATED MODULE: ./lib/solve/cache-mounts/discover.js
/**
 * The cache mounts a Dockerfile declares (`RUN --mount=type=cache,...`), found the way BuildKit's Dockerfile frontend
 * turns them into LLB cache mounts, without asking the daemon: bakekit restores each mount before a build and saves
 * it after, so it needs the ids the frontend will put on the wire before the build runs.
 *
 * Hand-written because no maintained JavaScript library parses Dockerfiles with BuildKit's semantics (the parser
 * directives, continuations, heredocs, builder flags, the shell-word lexer, stage reachability). It follows, reading
 * the sources of moby/buildkit:
 * - frontend/dockerfile/parser (parser.go, split_command.go, line_parsers.go, directives.go): lines, comments,
 *   `# escape=`, continuations, heredocs, `--flags`, JSON form;
 * - frontend/dockerfile/shell/lex.go: quotes, escapes and `$VAR` / `${VAR...}` expansion;
 * - frontend/dockerfile/instructions (parse.go, commands_runmount.go parseMount): FROM, ARG, ENV, WORKDIR, COPY --from,
 *   the `--mount` CSV;
 * - frontend/dockerfile/dockerfile2llb (convert.go, convert_runmount.go, platform.go): global and stage ARGs, ENV,
 *   WORKDIR, stage dependencies and reachability, the cache id (`BUILDKIT_CACHE_MOUNT_NS + "/" + id`, the id defaulting
 *   to `path.Clean(target)`).
 *
 * The reading of lines, words and `--mount` values is in dockerfile/ (parse.ts, lex.ts, run-mount.ts); this file
 * evaluates the stages (ARG, ENV, WORKDIR, reachability) and names the mounts.
 *
 * Pure: no I/O. It never throws on a malformed Dockerfile; it returns what it could read and says what it could not
 * in `warnings` (the build itself reports Dockerfile errors).
 *
 * What it cannot see, by design: the environment and working directory of base images (variables the Dockerfile never
 * sets expand empty, with a warning; relative targets join "/" when no WORKDIR is set, which affects only the
 * informational `target`), the build's platforms (the automatic platform args come from `args` when the caller puts
 * them there, else a warning), named build contexts replacing a stage, and ONBUILD triggers.
 */




// Stages (dockerfile2llb/convert.go)
/** Automatic platform args (platform.go defaultArgs): their values come from the build's platforms, which only the
 * caller knows; it may pass them in `args`. */
const PLATFORM_ARGS = [
    'BUILDPLATFORM',
    'BUILDOS',
    'BUILDOSVERSION',
    'BUILDARCH',
    'BUILDVARIANT',
    'TARGETPLATFORM',
    'TARGETOS',
    'TARGETOSVERSION',
    'TARGETARCH',
    'TARGETVARIANT',
];
/** ARGs the frontend never puts in the environment (convert.go nonEnvArgs). */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
function expandWith(env, escape, word) {
    return lex(word, env, { escape });
}
/** ENV's `KEY value` and `KEY=value ...` forms (line_parsers.go parseNameVal). */
function envPairs(rest, escape) {
    const words = parseWords(rest, escape);
    if (words.length === 0)
        return undefined;
    if (!words[0].includes('=')) {
        const parts = rest.split(WHITESPACE);
        if (parts.length < 2)
            return undefined;
        return [[parts[0], rest.slice(rest.search(WHITESPACE)).replace(/^[\t\v\f\r ]+/, '')]];
    }
    const pairs = [];
    for (const w of words) {
        const eq = w.indexOf('=');
        if (eq < 0)
            return undefined;
        pairs.push([w.slice(0, eq), w.slice(eq + 1)]);
    }
    return pairs;
}
/** ARG's `NAME` and `NAME=default` words (instructions/parse.go parseArg). */
function argPairs(rest, escape) {
    return parseWords(rest, escape).map((w) => {
        const eq = w.indexOf('=');
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
/** Why a mount's values may not be the build's: platform args the caller did not pass (`unknown`), and variables the
 * Dockerfile never sets that the base image's environment may (`unset`, only for stages built on an image). */
function doubtNote(unknown, unset, root) {
    const notes = [
        ...[...new Set(unknown)].sort().map((n) => `$${n} (a platform arg bakekit was not given: pass it in the args)`),
        ...[...new Set(unset)]
            .filter((n) => !unknown.includes(n))
            .sort()
            .map((n) => `$${n} (not set in the Dockerfile: the image ${root} may set it)`),
    ];
    return notes.length > 0 ? notes.join(', ') : undefined;
}
/** Runs one stage's instructions for what mounts need: ARG and ENV values, WORKDIR, the RUN mounts. */
function evaluateStage(stage, base, globals, args, escape) {
    const env = new Map(base?.env ?? []);
    let workdir = base?.workdir ?? '/';
    const root = base?.root ?? stage.baseName;
    const out = { env, workdir, root, mounts: [], warnings: [] };
    const imageRoot = root !== 'scratch';
    const cacheNs = args.BUILDKIT_CACHE_MOUNT_NS ?? '';
    for (const cmd of stage.commands) {
        const at = `Dockerfile:${cmd.line}`;
        try {
            if (cmd.cmd === 'arg') {
                // convert.go dispatchArg: a build arg wins, then the ARG's default, then a global ARG of that name
                for (const { key, value } of argPairs(cmd.args, escape)) {
                    let v;
                    if (Object.hasOwn(args, key))
                        v = { value: args[key], unknown: [] };
                    else if (value !== undefined) {
                        const r = expandWith(env, escape, value);
                        v = { value: r.result, unknown: [...r.unknown] };
                    }
                    else
                        v = globals.get(key);
                    if (v !== undefined && !NON_ENV_ARGS.has(key))
                        env.set(key, v);
                }
            }
            else if (cmd.cmd === 'env') {
                // every pair is expanded with the environment from before the instruction, then set
                const pairs = envPairs(cmd.args, escape) ?? [];
                const expanded = pairs.map(([k, v]) => {
                    const rk = expandWith(env, escape, k);
                    const rv = expandWith(env, escape, v);
                    return [rk.result, { value: rv.result, unknown: [...rk.unknown, ...rv.unknown] }];
                });
                for (const [k, v] of expanded)
                    env.set(k, v);
            }
            else if (cmd.cmd === 'workdir') {
                const p = expandWith(env, escape, cmd.args).result;
                workdir = (0,go_path/* cleanPath */.t)(p.startsWith('/') ? p : `${workdir}/${p}`);
            }
            else if (cmd.cmd === 'run') {
                for (const flag of cmd.flags) {
                    if (!flag.startsWith('--mount'))
                        continue;
                    if (!flag.startsWith('--mount=')) {
                        if (flag === '--mount')
                            out.warnings.push(`${at}: missing a value on flag: --mount`);
                        continue;
                    }
                    const unknown = [];
                    const unmatched = [];
                    let m;
                    try {
                        m = parseMount(flag.slice('--mount='.length), (word) => {
                            const r = expandWith(env, escape, word);
                            unknown.push(...r.unknown);
                            unmatched.push(...r.unmatched);
                            return r.result;
                        });
                    }
                    catch (e) {
                        out.warnings.push(`${at}: --mount=${flag.slice(8)}: ${e.message}`);
                        continue;
                    }
                    if (m.type !== 'cache')
                        continue;
                    // convert_runmount.go: the default id is the target as written, cleaned, before the WORKDIR join
                    const id = m.id !== '' ? m.id : (0,go_path/* cleanPath */.t)(m.target);
                    const target = (0,go_path/* cleanPath */.t)(m.target).startsWith('/') ? m.target : (0,go_path/* cleanPath */.t)(`/${workdir}/${m.target}`);
                    if (target === '/') {
                        out.warnings.push(`${at}: invalid mount target "${target}"`);
                        continue;
                    }
                    // an explicit from=scratch is what the frontend uses when there is no from=
                    if (m.from !== '' && m.from !== 'scratch') {
                        out.warnings.push(`${at}: cache mount ${target} has from=${m.from}: not persisted`);
                        continue;
                    }
                    if ((0,go_path/* cleanPath */.t)('/' + m.source) !== '/') {
                        out.warnings.push(`${at}: cache mount ${target} has source=${m.source}: not persisted`);
                        continue;
                    }
                    const spec = {
                        id,
                        cacheId: `${cacheNs}/${id}`,
                        target,
                        sharing: (m.sharing || 'shared'),
                    };
                    if (m.uid !== undefined)
                        spec.uid = m.uid;
                    if (m.gid !== undefined)
                        spec.gid = m.gid;
                    if (m.mode !== undefined)
                        spec.mode = m.mode;
                    const doubt = doubtNote(unknown, imageRoot ? unmatched : [], root);
                    if (doubt)
                        out.warnings.push(`${at}: cache mount ${target} uses ${doubt}: its id may differ from the build's`);
                    out.mounts.push({ spec, line: cmd.line });
                }
            }
        }
        catch (e) {
            out.warnings.push(`${at}: ${e.message}`);
        }
    }
    out.workdir = workdir;
    return out;
}
/** The stages reached from the target: its base chain, COPY --from and RUN --mount from= sources, transitively
 * (convert.go allReachableStages). */
function reachable(target) {
    const seen = new Set();
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
/** The cache mounts the build of `opts.target` (default: the last stage) declares, as CacheMountSpecs with the ids
 * the Dockerfile frontend sends, each once; `warnings` says what could not be read or reproduced. */
function discoverCacheMounts(dockerfile, opts) {
    const args = opts.args;
    const parsed = parseDockerfile(dockerfile);
    const warnings = [...parsed.warnings];
    const escape = parsed.escape;
    // instructions/parse.go Parse: ARGs before the first FROM are global; anything else there is an error
    const metaArgs = [];
    const stages = [];
    const byName = new Map();
    for (const ins of parsed.instructions) {
        if (ins.cmd === 'from') {
            const words = ins.args === '' ? [] : ins.args.split(WHITESPACE);
            let name = '';
            if (words.length === 3 && words[1].toLowerCase() === 'as') {
                name = words[2].toLowerCase();
                if (!STAGE_NAME.test(name)) {
                    warnings.push(`Dockerfile:${ins.line}: invalid name for build stage: "${words[2]}"`);
                    name = '';
                }
            }
            else if (words.length !== 1) {
                warnings.push(`Dockerfile:${ins.line}: FROM requires either one or three arguments`);
            }
            const stage = {
                line: ins.line,
                name,
                baseName: words[0] ?? '',
                commands: [],
                deps: new Set(),
            };
            stages.push(stage);
        }
        else if (stages.length === 0) {
            if (ins.cmd === 'arg')
                metaArgs.push(ins);
            else
                warnings.push(`Dockerfile:${ins.line}: no build stage in current context`);
        }
        else
            stages[stages.length - 1].commands.push(ins);
    }
    if (stages.length === 0) {
        warnings.push('Dockerfile: no build stages');
        return { mounts: [], warnings };
    }
    // convert.go: the global args are the platform args and TARGETSTAGE, then the ARGs before the first FROM (a build
    // arg overriding a default)
    const targetName = opts.target || stages[stages.length - 1].name;
    const globals = new Map();
    for (const k of PLATFORM_ARGS)
        globals.set(k, Object.hasOwn(args, k) ? { value: args[k], unknown: [] } : { value: '', unknown: [k] });
    globals.set('TARGETSTAGE', {
        value: Object.hasOwn(args, 'TARGETSTAGE') ? args.TARGETSTAGE : targetName || 'default',
        unknown: [],
    });
    for (const ins of metaArgs) {
        for (const { key, value } of argPairs(ins.args, escape)) {
            if (Object.hasOwn(args, key))
                globals.set(key, { value: args[key], unknown: [] });
            else if (value !== undefined) {
                try {
                    const r = expandWith(globals, escape, value);
                    globals.set(key, { value: r.result, unknown: [...r.unknown] });
                }
                catch (e) {
                    warnings.push(`Dockerfile:${ins.line}: ${e.message}`);
                }
            }
        }
    }
    // FROM names expand with the global args; a stage is based on an earlier stage of that name (addState)
    for (const stage of stages) {
        try {
            stage.baseName = expandWith(globals, escape, stage.baseName).result;
        }
        catch (e) {
            warnings.push(`Dockerfile:${stage.line}: ${e.message}`);
        }
        stage.base = byName.get(stage.baseName.toLowerCase());
        if (stage.name !== '')
            byName.set(stage.name, stage);
    }
    // COPY --from (a name or an index) and RUN --mount from= (a name) make dependencies on any stage
    for (const stage of stages) {
        for (const cmd of stage.commands) {
            const froms = [];
            if (cmd.cmd === 'copy') {
                const from = flagValue(cmd.flags, 'from');
                if (from)
                    froms.push({ from, index: true });
            }
            else if (cmd.cmd === 'run') {
                for (const f of cmd.flags) {
                    if (!f.startsWith('--mount='))
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
    if (opts.target === undefined || opts.target === '')
        target = stages[stages.length - 1];
    else {
        target = byName.get(opts.target.toLowerCase());
        if (!target) {
            warnings.push(`Dockerfile: target stage "${opts.target}" could not be found`);
            return { mounts: [], warnings };
        }
    }
    const reached = reachable(target);
    const results = new Map();
    const mounts = [];
    const firstLine = new Map();
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
            const differs = ['sharing', 'uid', 'gid', 'mode'].filter((k) => prev[k] !== spec[k]);
            if (differs.length > 0)
                warnings.push(`Dockerfile:${line}: cache mount ${spec.id} declared again with ${differs
                    .map((k) => `${k}=${showValue(k, spec[k])}`)
                    .join(', ')} (line ${firstLine.get(spec.cacheId)}: ${differs
                    .map((k) => `${k}=${showValue(k, prev[k])}`)
                    .join(', ')}): keeping the first`);
        }
    }
    return { mounts, warnings };
}
function showValue(key, v) {
    if (v === undefined)
        return 'unset';
    return key === 'mode' ? '0' + v.toString(8) : String(v);
}
/** The mounts a `cache-mounts` setting selects: `auto` all, `off` none, a list those whose id is listed (with or
 * without a leading slash). */
function selectMounts(mounts, mode) {
    if (mode === 'auto')
        return mounts;
    if (mode === 'off')
        return [];
    const bare = (id) => id.replace(/^\/+/, '');
    const wanted = new Set(mode.map(bare));
    return mounts.filter((m) => wanted.has(bare(m.id)));
}

// EXTERNAL MODULE: ./lib/buildkit/client.js + 1 modules
var buildkit_client = __webpack_require__(5552);
// EXTERNAL MODULE: ./lib/buildkit/dockerconfig/index.js
var dockerconfig = __webpack_require__(111);
// EXTERNAL MODULE: ./lib/buildkit/grpc/errors.js + 1 modules
var errors = __webpack_require__(8791);
// EXTERNAL MODULE: ./lib/buildkit/session/auth.js
var auth = __webpack_require__(9853);
// EXTERNAL MODULE: ./lib/buildkit/session/filesend.js + 3 modules
var filesend = __webpack_require__(9320);
// EXTERNAL MODULE: ./lib/buildkit/session/filesync.js + 3 modules
var filesync = __webpack_require__(5587);
// EXTERNAL MODULE: ./lib/buildkit/session/session.js + 3 modules
var session_session = __webpack_require__(5506);
// EXTERNAL MODULE: ./lib/buildkit/registry/reference.js
var reference = __webpack_require__(5299);
// EXTERNAL MODULE: ./lib/buildkit/proto/registry.js + 2 modules
var registry = __webpack_require__(7062);
;// CONCATENATED MODULE: ./lib/buildkit/proto/ops.pb.js
// Code generated by scripts/gen-proto.ts from ops.proto. DO NOT EDIT: change the .proto file and run
// `npm run gen:proto`. Messages in the plain-object form the registry encodes and decodes (see types.ts).
const MountType = {
    BIND: 0,
    SECRET: 1,
    SSH: 2,
    CACHE: 3,
    TMPFS: 4,
};
const CacheSharingOpt = {
    SHARED: 0,
    PRIVATE: 1,
    LOCKED: 2,
};

;// CONCATENATED MODULE: ./lib/solve/cache-mounts/llb.js
/**
 * The LLB definitions that move a cache mount's contents out of and into the daemon (pure: bytes in, bytes out).
 * Each is one command run in a small helper image with the target's cache mount mounted at /cache:
 * - save: `tar -cf /out/cache.tar -C /cache .`, /out being the solve's result, which a `local` exporter sends back;
 * - restore: unpack /in/cache.tar (a local source the session serves) into /cache, when the mount is empty.
 *
 * What makes this work is the mount's identity on the daemon. BuildKit keys a cache directory by the mount's id AND
 * the record id of the mount's base (solver/llbsolver/mounts/mount.go getRefCacheDir: `id:ref.ID()`). The Dockerfile
 * frontend bases a cache mount on scratch, or, when the mount has uid/gid/mode, on a `mkdir /cache` FileOp
 * (dockerfile2llb/convert_runmount.go setCacheUIDGID). That FileOp's result is found again by its cache key, which
 * is the JSON of its actions (solver/llbsolver/ops/file.go CacheMap): our mkdir must be the frontend's to the field
 * (path, mode & 0777, makeParents false, owner by id, timestamp -1, as client/llb/fileop.go marshals it), so that
 * both resolve to the same record and so to the same cache directory. It must not be marked ignore_cache either (a
 * new record would be a new directory).
 *
 * Nor may the exec ops be marked ignore_cache, although they must always run: for an exec with ignore_cache, BuildKit
 * PRUNES the cache mounts it names before solving (solver/llbsolver/vertex.go detectPrunedCacheID, bridge.go
 * `w.PruneCacheMounts`: that is how `--no-cache` empties cache mounts), so the save would read, and the restore fill,
 * a new empty directory, and the build's own directory would be gone. Instead each exec carries a value of its own in
 * its environment (`BAKEKIT_TRANSFER=<random>`): a cache key no earlier solve has, so the exec runs.
 */




/** busybox (tar, sh, ls), pinned by digest: a few hundred kilobytes, on every platform a runner has. */
const DEFAULT_HELPER_IMAGE = 'docker.io/library/busybox:1.37.0@sha256:bdf57e528e45e4433820e045b29b4597825a1c9e38353532d90a01445013f82e';
/** Where the helper sees the cache mount, the archive it writes, and the archive it reads. */
const CACHE_DIR = '/cache';
const OUT_DIR = '/out';
const IN_DIR = '/in';
const ARCHIVE_NAME = 'cache.tar';
/** pb.Empty (a mount or action on scratch) and pb.SkipOutput (a mount that is not an output). */
const EMPTY = '-1';
const SKIP_OUTPUT = '-1';
/** The helper runs with a plain PATH (llb's default for Linux) as root. */
const ENV = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];
/** What the save's shell runs: the archive keeps modes, symlinks, empty directories and numeric owners. */
const SAVE_SCRIPT = `set -e; tar -cf ${OUT_DIR}/${ARCHIVE_NAME} -C ${CACHE_DIR} .`;
/**
 * What the restore's shell runs. Only an empty mount is filled: on a daemon that kept the mount (a self-hosted
 * runner, a second build on the same builder) its contents are at least as new as the archive, and unpacking an older
 * archive over them would roll files back (a counter, an index) while leaving newer ones, a mix no build produced.
 * Owners are restored by number (`--numeric-owner` where the tar has it; busybox tar as root restores the archive's
 * uid/gid anyway, and the archive was written in the same image, so names map back to the same numbers).
 */
const RESTORE_SCRIPT = [
    'set -e',
    `if [ -n "$(ls -A ${CACHE_DIR})" ]; then echo "bakekit: the cache mount is not empty: kept as it is"; exit 0; fi`,
    'opt=; if tar --help 2>&1 | grep -q -- --numeric-owner; then opt=--numeric-owner; fi',
    `tar -xpf ${IN_DIR}/${ARCHIVE_NAME} $opt -C ${CACHE_DIR}`,
    'echo "bakekit: restored"',
].join('; ');
/** `docker-image://` + the reference as llb.Image names it (normalised, `:latest` when it has neither tag nor
 * digest): the daemon resolves the identifier as given, and an equal one is one vertex with the frontend's. */
function imageIdentifier(ref) {
    const parsed = (0,reference/* parseReference */.F2)(ref);
    if (!parsed.tag && !parsed.digest)
        parsed.tag = 'latest';
    return `docker-image://${(0,reference/* formatReference */.FH)(parsed)}`;
}
const SHARING = {
    shared: CacheSharingOpt.SHARED,
    private: CacheSharingOpt.PRIVATE,
    locked: CacheSharingOpt.LOCKED,
};
/** The mkdir action of the frontend's setCacheUIDGID: `llb.Mkdir("/cache", mode, WithUIDGID(uid, gid))` on scratch. */
function cacheBaseMkdir(spec) {
    return {
        path: '/cache',
        mode: (spec.mode ?? 0o755) & 0o777,
        makeParents: false,
        owner: { user: { byID: spec.uid ?? 0 }, group: { byID: spec.gid ?? 0 } },
        timestamp: '-1',
    };
}
/** Whether the frontend bases this mount on a mkdir FileOp (any of uid, gid, mode given). */
function hasOwnedBase(spec) {
    return spec.uid !== undefined || spec.gid !== undefined || spec.mode !== undefined;
}
/** Ops in the order llb marshals them (each after its inputs, the terminal op last), with their metadata. */
class DefinitionBuilder {
    ops = [];
    metadata = {};
    add(op, md = {}) {
        const bytes = (0,registry/* encodeMessage */.mH)('pb.Op', op);
        const digest = `sha256:${external_node_crypto_.createHash('sha256').update(bytes).digest('hex')}`;
        if (!this.metadata[digest]) {
            this.ops.push(bytes);
            this.metadata[digest] = md;
        }
        return digest;
    }
    /** The terminal op (output `index` of `digest`) closes the definition. */
    finish(digest, index = 0) {
        this.add({ inputs: [{ digest, index: String(index) }] });
        return (0,registry/* encodeMessage */.mH)('pb.Definition', { def: this.ops, metadata: this.metadata });
    }
}
/**
 * The exec op's inputs and mounts: the image at /, the cache mount at /cache (on scratch, or on the mkdir FileOp),
 * plus `extra` (the output or the archive). Mounts are sorted by destination, as llb sorts them.
 */
function execOp(b, parts, extra) {
    const inputs = [];
    const inputOf = (digest) => {
        let i = inputs.findIndex((x) => x.digest === digest);
        if (i < 0)
            i = inputs.push({ digest, index: '0' }) - 1;
        return String(i);
    };
    const image = b.add({ source: { identifier: imageIdentifier(parts.image), attrs: {} } }, { caps: { 'source.image': true } });
    // inputs in mount order, as llb numbers them: the image (at /) first
    const imageInput = inputOf(image);
    let cacheBase = EMPTY;
    if (hasOwnedBase(parts.spec)) {
        const mkdir = b.add({ file: { actions: [{ input: EMPTY, secondaryInput: EMPTY, output: '0', mkdir: cacheBaseMkdir(parts.spec) }] } }, 
        // not ignore_cache, and always the same op: the record this resolves to is part of the cache directory's identity
        { caps: { 'file.base': true } });
        cacheBase = inputOf(mkdir);
    }
    const mounts = [
        // The image's filesystem, output 0. Not for its contents (nothing is written there): a root mount without an output
        // is mounted from the image's immutable snapshot, on which runc cannot even create /proc
        // (frontend/gateway/container/container.go makes a mutable root only for an output, or a read-only root).
        { input: imageInput, dest: '/', output: '0' },
        {
            input: cacheBase,
            ...(cacheBase !== EMPTY ? { selector: '/cache' } : {}),
            dest: CACHE_DIR,
            output: SKIP_OUTPUT,
            mountType: MountType.CACHE,
            cacheOpt: { ID: parts.spec.cacheId, sharing: SHARING[parts.spec.sharing] },
        },
        {
            input: extra.input !== undefined ? inputOf(extra.input) : EMPTY,
            dest: extra.dest,
            output: extra.output ? '1' : SKIP_OUTPUT,
            ...(extra.readonly ? { readonly: true } : {}),
        },
    ].sort((x, y) => (x.dest < y.dest ? -1 : x.dest > y.dest ? 1 : 0));
    const caps = {
        'exec.meta.base': true,
        'exec.mount.bind': true,
        'exec.mount.cache': true,
        'exec.mount.cache.sharing': true,
    };
    if (cacheBase !== EMPTY)
        caps['exec.mount.selector'] = true;
    return b.add({
        inputs,
        exec: {
            meta: {
                args: ['/bin/sh', '-c', parts.script],
                env: [...ENV, `BAKEKIT_TRANSFER=${parts.nonce}`],
                cwd: '/',
                user: '0:0',
                removeMountStubsRecursive: true,
            },
            mounts,
        },
    }, 
    // no ignore_cache (see the header): the nonce in the environment is what makes it run
    { description: { 'llb.customname': parts.name }, caps });
}
/** The save: a solve whose result (the exec's output 1, /out) is a directory holding `cache.tar`. */
function saveDefinition(spec, opts = {}) {
    const b = new DefinitionBuilder();
    const exec = execOp(b, {
        spec,
        image: opts.image ?? DEFAULT_HELPER_IMAGE,
        nonce: opts.nonce ?? external_node_crypto_.randomBytes(16).toString('hex'),
        script: SAVE_SCRIPT,
        name: `[bakekit] saving cache mount ${spec.id}`,
    }, { dest: OUT_DIR, output: true, readonly: false });
    return b.finish(exec, 1);
}
/** The local source llb.Local(name, SessionID, SharedKeyHint, \u2026) makes for the archive's directory. */
function localSourceOp(src) {
    return {
        source: {
            identifier: `local://${src.name}`,
            attrs: {
                'local.session': src.sessionId,
                'local.unique': src.unique,
                'local.includepattern': JSON.stringify([ARCHIVE_NAME]),
                ...(src.sharedKeyHint ? { 'local.sharedkeyhint': src.sharedKeyHint } : {}),
            },
        },
    };
}
/**
 * The restore: unpacks the archive the session serves into the cache mount. Its result is the root mount's
 * output, only there so that the solve evaluates the exec; nothing is exported.
 */
function restoreDefinition(spec, src, opts = {}) {
    const b = new DefinitionBuilder();
    const local = b.add(localSourceOp(src), {
        caps: {
            'source.local': true,
            'source.local.sessionid': true,
            'source.local.unique': true,
            'source.local.includepatterns': true,
            ...(src.sharedKeyHint ? { 'source.local.sharedkeyhint': true } : {}),
        },
        description: { 'llb.customname': `[bakekit] loading the archive of cache mount ${spec.id}` },
    });
    const exec = execOp(b, {
        spec,
        image: opts.image ?? DEFAULT_HELPER_IMAGE,
        nonce: opts.nonce ?? external_node_crypto_.randomBytes(16).toString('hex'),
        script: RESTORE_SCRIPT,
        name: `[bakekit] restoring cache mount ${spec.id}`,
    }, { dest: IN_DIR, input: local, output: false, readonly: true });
    // the root mount's output: a solve needs a result to evaluate the exec (a snapshot of nothing new)
    return b.finish(exec, 0);
}

;// CONCATENATED MODULE: ./lib/solve/cache-mounts/transfer.js
/**
 * Runs the definitions of llb.ts on a daemon: one Control.Solve per mount and direction, with the Definition itself
 * (no frontend) and a small session of its own. The save's session receives the `local` export (FileSend) into a
 * directory, the restore's serves the directory holding the archive (FileSync) as the local source the definition
 * names. Both serve registry auth, for a helper image in a private registry. The exec's output (tar's complaints) is
 * read from the build's progress, so that a failure says what went wrong inside, not only "exit code: 1".
 */










/** A save or restore that failed on the daemon: which mount, which step, and the helper's last words. */
class CacheMountTransferError extends Error {
    mountId;
    step;
    name = 'CacheMountTransferError';
    constructor(mountId, step, message, options) {
        super(message, options);
        this.mountId = mountId;
        this.step = step;
    }
}
/** The restore's exec prints this when it left a non-empty mount alone (llb.ts RESTORE_SCRIPT). */
const KEPT_MARKER = 'bakekit: the cache mount is not empty';
/** Solves `definition` with `session`, exporting with `exporters`; returns the exec's output lines. */
async function solveWith(connection, definition, session, exporters, signal) {
    const client = new buildkit_client/* BuildkitClient */.Us(connection);
    const ref = (0,buildkit_client/* randomId */.zE)();
    const lines = [];
    let status;
    try {
        await session.run(connection);
        status = client.status(ref, (msg) => {
            for (const log of msg.logs ?? []) {
                for (const line of Buffer.from(log.msg ?? Buffer.alloc(0))
                    .toString('utf8')
                    .split('\n'))
                    if (line.trim())
                        lines.push(line);
            }
        });
        await client.solve({
            Ref: ref,
            Session: session.id,
            Definition: definition,
            Frontend: '',
            FrontendAttrs: {},
            Exporters: exporters,
            Cache: { Exports: [], Imports: [] },
            // no build history record: this is bakekit's housekeeping, not a build the user asked for
            Internal: true,
        }, signal);
        return lines;
    }
    catch (err) {
        // the progress may trail the error by a moment: give the helper's last lines a chance to arrive
        if (status)
            await Promise.race([status.done, new Promise((r) => setTimeout(r, 500))]);
        const tail = lines.slice(-5).join('\n');
        throw Object.assign(new Error((0,errors/* messageOf */.bD)(err) + (tail ? `\n${tail}` : '')), { cause: err });
    }
    finally {
        if (status) {
            const timer = setTimeout(() => status.stop(), 1000);
            await status.done;
            clearTimeout(timer);
        }
        await session.close().catch(() => { });
    }
}
function authFor(opts) {
    return new auth/* DockerAuthProvider */.G(new dockerconfig/* DockerConfigCredentials */.zw((0,dockerconfig/* dockerConfigDir */.kG)(opts.env ?? process.env)));
}
/**
 * Writes the contents of `spec`'s cache mount on the daemon as a tar archive into the directory `dir` (the file
 * `dir/cache.tar`, returned). An empty or never-used mount gives an archive of an empty directory.
 */
async function saveCacheMount(connection, spec, dir, opts = {}) {
    const session = new session_session/* Session */.Nn({ name: 'bakekit-cache-mount-save' })
        .attach(new filesend/* FileSend */.L([{ mode: 'dir', path: dir }]))
        .attach(authFor(opts));
    try {
        await solveWith(connection, saveDefinition(spec, { image: opts.image }), session, [{ Type: 'local', Attrs: {} }], opts.signal);
    }
    catch (err) {
        throw new CacheMountTransferError(spec.id, 'save', `saving cache mount ${spec.id} (${spec.cacheId}) on ${connection.description}: ${err.message}`, { cause: err });
    }
    const file = external_node_path_.join(dir, ARCHIVE_NAME);
    if (!external_node_fs_.existsSync(file))
        throw new CacheMountTransferError(spec.id, 'save', `saving cache mount ${spec.id}: the daemon sent no archive`);
    return file;
}
/**
 * Unpacks the archive `archive` into `spec`'s cache mount on the daemon, if the mount is empty. Returns `kept: true`
 * when the mount already held something and was left as it was (llb.ts RESTORE_SCRIPT says why).
 */
async function restoreCacheMount(connection, spec, archive, opts = {}) {
    if (external_node_path_.basename(archive) !== ARCHIVE_NAME)
        throw new Error(`restoreCacheMount: the archive must be named ${ARCHIVE_NAME} (got ${archive})`);
    const name = 'bakekit-cache-mount';
    const sharedKey = (0,buildkit_client/* randomId */.zE)();
    const session = new session_session/* Session */.Nn({ name: 'bakekit-cache-mount-restore', sharedKey })
        .attach(new filesync/* FileSync */.I$({ [name]: external_node_path_.dirname(archive) }))
        .attach(authFor(opts));
    try {
        const definition = restoreDefinition(spec, { sessionId: session.id, name, unique: (0,buildkit_client/* randomId */.zE)(), sharedKeyHint: sharedKey }, { image: opts.image });
        const lines = await solveWith(connection, definition, session, [], opts.signal);
        return { kept: lines.some((l) => l.includes(KEPT_MARKER)) };
    }
    catch (err) {
        throw new CacheMountTransferError(spec.id, 'restore', `restoring cache mount ${spec.id} (${spec.cacheId}) on ${connection.description}: ${err.message}`, { cause: err });
    }
}

;// CONCATENATED MODULE: ./lib/solve/cache-mounts/run.js
/**
 * The cache mount side of a run: before the build, the mounts the targets declare are found (discover.ts), grouped
 * (a mount several targets declare is one directory on the daemon: restored and saved once) and restored from the
 * store; after it, the mounts of the targets that built are saved. Nothing here can fail the build: BuildKit's own
 * cache export has `ignore-error` for the same reason, a cache is an optimisation. Every failure is a warning, in the
 * log and in the mount's report.
 *
 * Keys: `bakekit-cache-mount-v1-<first target>-<id>-<platforms>-` is a mount's prefix; an archive is saved under
 * prefix + `<keyHash|none>-<16 hex of its sha256>` (a changed archive is a new entry: stores never replace one), and
 * restored from the newest entry with the same keyHash, else the newest of the prefix (the contents of a cache mount
 * are a starting point, any recent one helps).
 */








const KEY_VERSION = 'bakekit-cache-mount-v1';
/** A key part made of anything: only letters, digits and `._-` (keys are file names for DirStore, and the GitHub
 * Actions cache refuses commas). */
function keyPart(s) {
    return s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'none';
}
/** The identity of a cache directory: the id and, when the mount has an owner or mode, its base (llb.ts). */
function directoryKey(m) {
    return JSON.stringify([m.cacheId, m.uid ?? null, m.gid ?? null, m.mode ?? null]);
}
/** The mounts of `declared` (per target, in target order) grouped by cache directory, each with its key prefix. */
function groupMounts(declared) {
    const byDir = new Map();
    for (const { target, mounts } of declared) {
        for (const m of mounts) {
            const k = directoryKey(m);
            let g = byDir.get(k);
            if (!g)
                byDir.set(k, (g = { spec: m, targets: new Set(), platforms: new Set() }));
            g.targets.add(target.name);
            for (const p of target.platforms)
                g.platforms.add(p);
        }
    }
    return [...byDir.values()].map((g) => {
        const targets = [...g.targets].sort();
        const platform = g.platforms.size ? [...g.platforms].sort().join(',') : 'default';
        const platformPart = g.platforms.size ? [...g.platforms].sort().map(keyPart).join('_') : 'default';
        return {
            spec: g.spec,
            targets,
            platform,
            prefix: `${KEY_VERSION}-${keyPart(targets[0])}-${keyPart(g.spec.id)}-${platformPart}-`,
        };
    });
}
/** The keys of a group: what a restore asks for, and what a save of an archive with `digest` stores under. */
function mountKeys(group, keyHash) {
    const hashPart = keyHash ? keyPart(keyHash) : 'none';
    return {
        restoreKey: group.prefix + hashPart,
        restoreKeys: [`${group.prefix}${hashPart}-`, group.prefix],
        saveKey: (sha256) => `${group.prefix}${hashPart}-${sha256.slice(0, 16)}`,
    };
}
/** The Dockerfile of a target, or why it cannot be read here. */
function readDockerfile(spec) {
    if (spec.dockerfileInline !== undefined)
        return { text: spec.dockerfileInline };
    if (context_kind.REMOTE_CONTEXT.test(spec.context))
        return { skip: 'its context is remote (the Dockerfile is read by the daemon): its cache mounts are not persisted' };
    if (!spec.dockerfile)
        return { skip: 'it has no Dockerfile' };
    try {
        return { text: external_node_fs_.readFileSync(spec.dockerfile, 'utf8') };
    }
    catch (err) {
        return { skip: `its Dockerfile cannot be read (${err.message}): its cache mounts are not persisted` };
    }
}
/**
 * The cache mounts of one run on one daemon. `restore()` before the build, `save(outcomes)` after it; neither
 * throws for a cache mount's sake.
 */
class CacheMountsRun {
    opts;
    run;
    groups;
    emit;
    constructor(specs, opts, run) {
        this.opts = opts;
        this.run = run;
        this.emit = run.onEvent ?? (() => { });
        const declared = [];
        if (opts.mode !== 'off') {
            for (const spec of specs) {
                if (spec.call && spec.call !== 'build')
                    continue; // a check or an outline runs no RUN
                const df = readDockerfile(spec);
                if (df.text === undefined) {
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
        this.emit({ type: 'warning', ...(target ? { target } : {}), message });
    }
    info(message) {
        this.emit({ type: 'info', message });
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
        const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'bakekit-cache-mount-'));
        const keys = mountKeys(g, this.opts.keyHash);
        try {
            const file = external_node_path_.join(dir, 'cache.tar');
            let key;
            try {
                key = await this.opts.store.restore(file, keys.restoreKey, keys.restoreKeys);
            }
            catch (err) {
                this.warn(`cache mount ${g.spec.id}: reading ${this.opts.store.description} failed: ${err.message}`, undefined, g);
                return;
            }
            if (!key) {
                this.info(`cache mount ${g.spec.id}: nothing saved yet in ${this.opts.store.description}`);
                return;
            }
            const size = external_node_fs_.statSync(file).size;
            this.info(`cache mount ${g.spec.id}: restoring ${(0,units/* bytesSize */.VC)(size)} from ${key}`);
            try {
                const { kept } = await restoreCacheMount(this.run.connection, g.spec, file, this.transferOptions());
                g.restoredKey = key;
                g.restoredDigest = contentDigest(file);
                g.restoredSize = size;
                g.kept = kept;
                if (kept)
                    this.info(`cache mount ${g.spec.id}: the builder's mount was not empty, kept as it was`);
            }
            catch (err) {
                this.warn(err.message, undefined, g);
            }
        }
        finally {
            g.durationMs += Date.now() - started;
            external_node_fs_.rmSync(dir, { recursive: true, force: true });
        }
    }
    /** Saves the mounts of which at least one declaring target built; the report of every mount. */
    async save(outcomes) {
        const built = new Set(outcomes.filter((o) => o.status === 'done').map((o) => o.target));
        return Promise.all(this.groups.map(async (g) => {
            if (!g.targets.some((t) => built.has(t)))
                return this.report(g, { saved: 'skipped', savedKey: 'no target declaring it built' });
            if (this.run.signal?.aborted)
                return this.report(g, { saved: 'skipped', savedKey: 'the build was cancelled' });
            return this.saveOne(g);
        }));
    }
    report(g, saved) {
        return {
            id: g.spec.id,
            targets: g.targets,
            platform: g.platform,
            ...(g.restoredKey ? { restoredKey: g.restoredKey } : {}),
            ...(g.kept ? { kept: true } : {}),
            ...saved,
            ...(saved.size === undefined && g.restoredSize !== undefined ? { size: g.restoredSize } : {}),
            durationMs: g.durationMs,
            warnings: g.warnings,
        };
    }
    async saveOne(g) {
        const started = Date.now();
        const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'bakekit-cache-mount-'));
        // the report carries the time spent restoring and saving: taken when the outcome is known
        const outcome = (saved) => {
            g.durationMs += Date.now() - started;
            return this.report(g, saved);
        };
        try {
            let file;
            try {
                file = await saveCacheMount(this.run.connection, g.spec, dir, this.transferOptions());
            }
            catch (err) {
                this.warn(err.message, undefined, g);
                return outcome({ saved: 'failed', savedKey: err.message });
            }
            const size = external_node_fs_.statSync(file).size;
            // the tree, not the bytes: a restored tree archived again has other directory mtimes (archive.ts)
            if (contentDigest(file) === g.restoredDigest) {
                this.info(`cache mount ${g.spec.id}: unchanged (${(0,units/* bytesSize */.VC)(size)}), not saved again`);
                return outcome({ saved: 'unchanged', size });
            }
            if (this.opts.maxSize !== undefined && size > this.opts.maxSize) {
                const why = `the archive is ${(0,units/* bytesSize */.VC)(size)}, over the limit of ${(0,units/* bytesSize */.VC)(this.opts.maxSize)}`;
                this.warn(`cache mount ${g.spec.id}: not saved: ${why}`, undefined, g);
                return outcome({ saved: 'skipped', savedKey: why, size });
            }
            const key = mountKeys(g, this.opts.keyHash).saveKey(fileDigest(file));
            this.info(`cache mount ${g.spec.id}: saving ${(0,units/* bytesSize */.VC)(size)} as ${key}`);
            try {
                await this.opts.store.save(file, key);
            }
            catch (err) {
                const why = `saving to ${this.opts.store.description} failed: ${err.message}`;
                this.warn(`cache mount ${g.spec.id}: ${why}`, undefined, g);
                return outcome({ saved: 'failed', savedKey: why, size });
            }
            return outcome({ saved: 'saved', savedKey: key, size });
        }
        finally {
            external_node_fs_.rmSync(dir, { recursive: true, force: true });
        }
    }
}
/** One line per mount for a terminal: restored or missed, saved, unchanged, skipped or failed, size and time. */
function formatCacheMountReports(reports) {
    return reports.map((r) => {
        const restored = r.restoredKey
            ? `restored from ${r.restoredKey}${r.kept ? ' (builder kept its own)' : ''}`
            : 'missed';
        const saved = r.saved === 'saved'
            ? `saved as ${r.savedKey}`
            : r.saved === 'unchanged'
                ? 'unchanged'
                : `${r.saved}${r.savedKey ? ` (${r.savedKey})` : ''}`;
        const size = r.size !== undefined ? `, ${(0,units/* bytesSize */.VC)(r.size)}` : '';
        return `cache mount ${r.id} [${r.targets.join(', ')}]: ${restored}; ${saved}${size}, ${(r.durationMs / 1000).toFixed(1)}s`;
    });
}


/***/ })

};
