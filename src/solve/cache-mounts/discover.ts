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
 * Pure: no I/O. It never throws on a malformed Dockerfile; it returns what it could read and says what it could not
 * in `warnings` (the build itself reports Dockerfile errors).
 *
 * What it cannot see, by design: the environment and working directory of base images (variables the Dockerfile never
 * sets expand empty, with a warning; relative targets join "/" when no WORKDIR is set, which affects only the
 * informational `target`), the build's platforms (the automatic platform args come from `args` when the caller puts
 * them there, else a warning), named build contexts replacing a stage, and ONBUILD triggers.
 */
import { cleanPath } from '../../bake/go-path.js';
import type { CacheMountsMode, CacheMountSpec } from './types.js';

export interface DiscoveredMounts {
  mounts: CacheMountSpec[];
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------------------------------
// The shell-word lexer (shell/lex.go)

/** A variable's value and the names of variables bakekit does not know the real value of that went into it (platform
 * args the caller did not pass, variables perhaps set by a base image's environment): an id built from them may differ
 * from the one the build uses, which deserves a warning. */
interface EnvValue {
  value: string;
  unknown: string[];
}

/** The variables expansion sees: a stage's environment, or the global args. */
type Env = Map<string, EnvValue>;

class LexError extends Error {
  override readonly name = 'LexError';
}

interface LexOptions {
  escape: string;
  /** keep quotes in the result (heredoc detection) */
  rawQuotes?: boolean;
  /** keep escape characters in the result (heredoc detection) */
  rawEscapes?: boolean;
  /** leave `$VAR` of unset variables as written (heredoc detection) */
  skipUnsetEnv?: boolean;
}

interface LexResult {
  result: string;
  words: string[];
  /** names read that were unset */
  unmatched: Set<string>;
  /** unknown names behind the values read (see EnvValue) */
  unknown: Set<string>;
}

const EOF = '';

function isSpace(ch: string): boolean {
  return ch !== EOF && /^\s$/u.test(ch);
}

/** Splits what a word produces into words the way lex.go's wordsStruct does: expansion results split on spaces,
 * quoted text never does. */
class Words {
  private buf = '';
  private inWord = false;
  private readonly words: string[] = [];

  addChar(ch: string): void {
    if (isSpace(ch)) {
      if (this.inWord && this.buf.length > 0) {
        this.words.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
    } else this.addRaw(ch);
  }

  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }

  addRaw(s: string): void {
    this.buf += s;
    this.inWord = true;
  }

  finish(): string[] {
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
  private readonly chars: string[];
  private pos = 0;
  private rawEscapes: boolean;
  readonly unmatched = new Set<string>();
  readonly unknown = new Set<string>();

  constructor(
    text: string,
    private readonly env: Env,
    private readonly opts: LexOptions,
  ) {
    this.chars = Array.from(text);
    this.rawEscapes = opts.rawEscapes ?? false;
  }

  private peek(): string {
    return this.chars[this.pos] ?? EOF;
  }

  private next(): string {
    const ch = this.peek();
    if (ch !== EOF) this.pos++;
    return ch;
  }

  run(): { result: string; words: string[] } {
    return this.stopOn(EOF, this.rawEscapes);
  }

  private stopOn(stop: string, rawEscapes: boolean): { result: string; words: string[] } {
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
          if (escaped === EOF) break;
          words.addRaw(escaped);
          result += escaped;
        } else {
          words.addChar(ch);
          result += ch;
        }
      }
      if (stop !== EOF) throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
      return { result, words: words.finish() };
    } finally {
      this.rawEscapes = saved;
    }
  }

  private singleQuote(): string {
    // everything up to the next ' is literal; a ' cannot be escaped inside
    let out = this.opts.rawQuotes ? this.next() : (this.next(), '');
    for (;;) {
      const ch = this.next();
      if (ch === EOF) throw new LexError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") return this.opts.rawQuotes ? out + ch : out;
      out += ch;
    }
  }

  private doubleQuote(): string {
    // literal except $ expansions; the escape character escapes only ", $ and itself
    let out = this.opts.rawQuotes ? this.next() : (this.next(), '');
    for (;;) {
      const ch = this.peek();
      if (ch === EOF) throw new LexError('unexpected end of statement while looking for matching double-quote');
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
        if (this.rawEscapes) out += c;
        const after = this.peek();
        if (after === EOF) continue;
        if (after === '"' || after === '$' || after === this.opts.escape) c = this.next();
      }
      out += c;
    }
  }

  private possibleHeredoc(): string {
    // `<<` keeps the spaces after it, so `<< EOF` stays one word (a heredoc)
    this.next();
    if (this.peek() !== '<') return '<';
    this.next();
    let spaces = '';
    while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === '\r') spaces += this.next();
    return '<<' + spaces;
  }

  private getEnv(name: string): string | undefined {
    const v = this.env.get(name);
    if (v === undefined) {
      this.unmatched.add(name);
      return undefined;
    }
    for (const u of v.unknown) this.unknown.add(u);
    return v.value;
  }

  private name(): string {
    let name = '';
    for (;;) {
      const ch = this.peek();
      if (ch === EOF) return name;
      if (name === '' && /^[0-9]$/.test(ch)) {
        // positional parameters: all the digits
        while (/^[0-9]$/.test(this.peek())) name += this.next();
        return name;
      }
      if (name === '' && '@*#?-$!0'.includes(ch)) return this.next();
      if (!/^[\p{L}\p{Nd}_]$/u.test(ch)) return name;
      name += this.next();
    }
  }

  private dollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.name();
      if (name === '') return '$';
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return '$' + name;
      return value ?? '';
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new LexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new LexError('syntax error: bad substitution');
    const name = this.name();
    let ch = this.next();
    let modifier = ch;
    if (ch === '}') {
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return `\${${name}}`;
      return value ?? '';
    }
    if (ch === '/') return this.replace(name);
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      modifier += ch;
    } else if (!'+-?#%'.includes(ch) || ch === EOF) {
      throw new LexError(`unsupported modifier (${modifier}) in substitution`);
    }
    const patternOp = ch === '#' || ch === '%';
    if (nullIsUnset && patternOp) throw new LexError(`unsupported modifier (${modifier}) in substitution`);
    let word: string;
    try {
      word = this.stopOn('}', patternOp).result;
    } catch (e) {
      if (this.peek() === EOF) throw new LexError("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name);
    const set = value !== undefined;
    if (!set && this.opts.skipUnsetEnv) return `\${${name}${modifier}${word}}`;
    const empty = !set || (nullIsUnset && value === '');
    switch (ch) {
      case '-':
        return empty ? word : value;
      case '+':
        return empty ? '' : word;
      case '?':
        if (!set) throw new LexError(`${name}: ${word || 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') throw new LexError(`${name}: ${word || 'is not allowed to be empty'}`);
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

  private replace(name: string): string {
    const all = this.peek() === '/';
    if (all) this.next();
    const part = (stop: string, missing: string): string => {
      try {
        return this.stopOn(stop, true).result;
      } catch (e) {
        if (this.peek() === EOF) throw new LexError(missing);
        throw e;
      }
    };
    const pattern = part('/', "syntax error: missing '/' in ${}");
    const replacement = part('}', "syntax error: missing '}'");
    const value = this.getEnv(name);
    if (value === undefined && this.opts.skipUnsetEnv) return `\${${name}/${pattern}/${replacement}}`;
    const re = shellPatternToRegExp(pattern, true, false, all);
    // a function, so that `$&` and the like in the replacement stay literal
    return (value ?? '').replace(re, () => replacement);
  }
}

/** A shell wildcard pattern (`*`, `?`, no brackets) as a regular expression (lex.go convertShellPatternToRegex). */
function shellPatternToRegExp(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  let out = anchored ? '^' : '';
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '*') out += greedy ? '.*' : '.*?';
    else if (ch === '?') out += '.';
    else if (ch === '\\') {
      // `\}` and `\/` only protect the ${} syntax; the backslash is not part of the pattern
      const nextCh = chars[i + 1];
      if (nextCh === '}' || nextCh === '/') continue;
      i++;
      if (nextCh !== '*' && nextCh !== '?' && nextCh !== '\\') throw new LexError(`invalid escape '\\${nextCh ?? ''}'`);
      out += '\\' + nextCh;
    } else if ('[]{}.+()|^$'.includes(ch)) out += '\\' + ch;
    else out += ch;
  }
  return new RegExp(out, global ? 'gu' : 'u');
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = shellPatternToRegExp(pattern, greedy, true).exec(value);
  return m ? value.slice(m[0].length) : value;
}

/** Reverses a pattern keeping each `\x` escape in front of its character. */
function reversePattern(pattern: string): string {
  const chars = Array.from(pattern);
  const out: string[] = [];
  for (let i = 0; i < chars.length;) {
    if (chars[i] === '\\' && i !== chars.length - 1) {
      out.unshift('\\' + chars[i + 1]);
      i += 2;
    } else {
      out.unshift(chars[i]);
      i++;
    }
  }
  return out.join('');
}

function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  // as lex.go: the shortest rightmost match is the shortest leftmost match of the reversed strings
  const reversed = Array.from(value).reverse().join('');
  return Array.from(trimPrefix(reversePattern(pattern), reversed, greedy))
    .reverse()
    .join('');
}

function lex(text: string, env: Env, opts: LexOptions): LexResult {
  const sw = new ShellWord(text, env, opts);
  const { result, words } = sw.run();
  return { result, words, unmatched: sw.unmatched, unknown: sw.unknown };
}

const NO_ENV: Env = new Map();

// ---------------------------------------------------------------------------------------------------------------------
// The line parser (parser/parser.go, split_command.go, line_parsers.go, directives.go)

interface Instruction {
  /** the line the instruction starts on, 1-based */
  line: number;
  /** lower case */
  cmd: string;
  /** the `--flags` before the arguments, quotes and escapes removed */
  flags: string[];
  /** the rest of the line after the flags */
  args: string;
}

interface ParsedDockerfile {
  instructions: Instruction[];
  escape: string;
  warnings: string[];
}

const WHITESPACE = /[\t\v\f\r ]+/;
const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/;

function continuationRegExp(escape: string): RegExp {
  // the escape character last on a line (ignoring blanks) continues it, unless it is itself escaped
  const e = escape === '\\' ? '\\\\' : escape;
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
}

/** The parser directives at the top of the file (`# escape=`): only the first lines, each once. */
class Directives {
  private done = false;
  private readonly seen = new Set<string>();
  escape = '\\';

  /** Returns an error message, if the directive is invalid. */
  line(text: string): string | undefined {
    if (this.done) return undefined;
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
    if (this.seen.has(key)) return `only one ${key} parser directive can be used`;
    this.seen.add(key);
    if (key === 'escape') {
      if (m[2] !== '`' && m[2] !== '\\') return `invalid escape token '${m[2]}' does not match \` or \\`;
      this.escape = m[2];
    }
    return undefined;
  }
}

function isCommentLine(text: string): boolean {
  return /^\s*#/.test(text);
}

/** split_command.go extractBuilderFlags: the leading `--words`, and what follows them. */
function extractFlags(line: string, escape: string): { flags: string[]; rest: string } {
  const flags: string[] = [];
  let pos = 0;
  for (;;) {
    while (pos < line.length && isSpace(line[pos])) pos++;
    if (pos >= line.length) return { flags, rest: '' };
    if (line[pos] !== '-' || line[pos + 1] !== '-') return { flags, rest: line.slice(pos) };
    let word = '';
    let blankOK = false;
    let quote = '';
    for (; pos < line.length; pos++) {
      let ch = line[pos];
      if (quote === '') {
        if (isSpace(ch)) break;
        if (ch === "'" || ch === '"') {
          quote = ch;
          blankOK = true;
          continue;
        }
      } else if (ch === quote) {
        quote = '';
        continue;
      }
      if (ch === escape) {
        if (pos + 1 === line.length) continue;
        ch = line[++pos];
      }
      word += ch;
    }
    if (word === '--') return { flags, rest: line.slice(pos) };
    if (blankOK || word.length > 0) flags.push(word);
  }
}

/** line_parsers.go parseWords: words separated by blanks, quotes and escapes kept for the lexer to process later. */
function parseWords(rest: string, escape: string): string[] {
  const words: string[] = [];
  const chars = Array.from(rest);
  let word = '';
  let inWord = false;
  let blankOK = false;
  let quote = '';
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i];
    if (!inWord) {
      if (isSpace(ch)) continue;
      inWord = true;
    }
    if (quote === '') {
      if (isSpace(ch)) {
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        inWord = false;
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
      } else if (ch === escape) {
        if (i + 1 === chars.length) continue;
        word += ch;
        ch = chars[++i];
      }
      word += ch;
    } else {
      if (ch === quote) quote = '';
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
  if (inWord && (blankOK || word.length > 0)) words.push(word);
  return words;
}

/** line_parsers.go parseJSON: a JSON array of strings (exec form); undefined: not JSON; null: JSON but not strings. */
function parseJSONArgs(args: string): string[] | undefined | null {
  const text = args.replace(/^\s+/, '');
  if (!text.startsWith('[')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  return parsed.every((v) => typeof v === 'string') ? parsed : null;
}

function splitCommand(line: string, escape: string): { cmd: string; flags: string[]; args: string } {
  const parts = line.trim().split(WHITESPACE);
  const cmd = parts[0] ?? '';
  const afterCmd = line.trim().slice(cmd.length);
  if (parts.length < 2) return { cmd, flags: [], args: '' };
  const { flags, rest } = extractFlags(afterCmd.replace(/^[\t\v\f\r ]+/, ''), escape);
  return { cmd, flags, args: rest.trim() };
}

/** The heredocs (`<<EOF`, `<<-EOF`, `<<"EOF"`) a RUN, COPY or ADD line opens (parser.go heredocsFromLine). */
function heredocsFromLine(line: string): { name: string; chomp: boolean }[] {
  // BuildKit reads heredoc words with a backslash escape whatever the file's escape directive says
  // (and, as BuildKit, finds none in a line it cannot split into words)
  let words: string[];
  try {
    words = lex(line, NO_ENV, { escape: '\\', rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).words;
  } catch {
    words = [];
  }
  const docs: { name: string; chomp: boolean }[] = [];
  for (const word of words) {
    const m = HEREDOC_WORD.exec(word);
    if (!m || m[3] === '') continue;
    const names = lex(m[3], NO_ENV, { escape: '\\', skipUnsetEnv: true }).words;
    if (names.length !== 1) continue;
    docs.push({ name: names[0], chomp: m[2] === '-' });
  }
  return docs;
}

function canContainHeredoc(cmd: string, flags: string[], args: string, escape: string): boolean {
  if (cmd === 'onbuild') {
    // ONBUILD RUN <<EOF ...: the heredoc belongs to the wrapped instruction
    const inner = splitCommand(args, escape);
    return inner.cmd !== '' && canContainHeredoc(inner.cmd.toLowerCase(), inner.flags, inner.args, escape);
  }
  if (cmd !== 'run' && cmd !== 'copy' && cmd !== 'add') return false;
  return parseJSONArgs(args) === undefined;
}

/** Parses the Dockerfile's lines into instructions as parser.go does. Stops at what BuildKit cannot parse. */
function parseDockerfile(text: string): ParsedDockerfile {
  const warnings: string[] = [];
  const directives = new Directives();
  const instructions: Instruction[] = [];
  const rawLines = text.replace(/^\uFEFF/, '').split('\n');
  if (rawLines[rawLines.length - 1] === '') rawLines.pop();
  const lines = rawLines.map((l) => l.replace(/[\r\n]+$/, ''));
  let continuation = continuationRegExp(directives.escape);
  let i = 0;

  const directive = (t: string, lineNo: number): void => {
    const before = directives.escape;
    const err = directives.line(t);
    if (err) warnings.push(`Dockerfile:${lineNo}: ${err}`);
    // the escape character also makes continuations, from the next line on
    if (directives.escape !== before) continuation = continuationRegExp(directives.escape);
  };
  const trimContinuation = (t: string): { text: string; end: boolean } => {
    if (continuation.test(t)) return { text: t.replace(continuation, '$1'), end: false };
    return { text: t, end: true };
  };

  while (i < lines.length) {
    const startLine = i + 1;
    let first = lines[i++].replace(/^\s+/, '');
    directive(first, startLine);
    if (isCommentLine(first)) first = '';
    let { text: logical, end } = trimContinuation(first);
    if (end && logical === '') continue;
    while (!end && i < lines.length) {
      const raw = lines[i++];
      directive(raw, i);
      // comment lines and empty lines inside a continuation are skipped, and the continuation goes on
      if (isCommentLine(raw) || raw.trim() === '') continue;
      const next = trimContinuation(raw);
      logical += next.text;
      end = next.end;
    }
    const { cmd, flags, args } = splitCommand(logical, directives.escape);
    const lower = cmd.toLowerCase();
    if (canContainHeredoc(lower, flags, args, directives.escape) && logical.includes('<<')) {
      let docs: { name: string; chomp: boolean }[];
      try {
        docs = heredocsFromLine(logical);
      } catch (e) {
        warnings.push(`Dockerfile:${startLine}: ${(e as Error).message}`);
        return { instructions, escape: directives.escape, warnings };
      }
      for (const doc of docs) {
        let terminated = false;
        while (i < lines.length) {
          let candidate = lines[i++];
          if (doc.chomp) candidate = candidate.replace(/^\t+/, '');
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

// ---------------------------------------------------------------------------------------------------------------------
// Mounts (instructions/commands_runmount.go parseMount, dockerfile2llb/convert_runmount.go dispatchRunMounts)

/** A `--mount` as the frontend reads it after expansion. */
interface Mount {
  type: string;
  from: string;
  source: string;
  target: string;
  id: string;
  sharing: string;
  uid?: number;
  gid?: number;
  mode?: number;
}

class MountError extends Error {
  override readonly name = 'MountError';
}

/** csvvalue.Fields (the CSV BuildKit reads `--mount` values with): fields separated by commas; a field starting with
 * a double quote is quoted (`""` is a quote in it); a quote anywhere else is an error. */
function csvFields(input: string): string[] {
  let line = input.replace(/\r?\n$/, '');
  if (line === '') throw new MountError('EOF');
  const fields: string[] = [];
  for (;;) {
    if (!line.startsWith('"')) {
      const comma = line.indexOf(',');
      const field = comma >= 0 ? line.slice(0, comma) : line;
      if (field.includes('"')) throw new MountError('bare " in non-quoted-field');
      fields.push(field);
      if (comma < 0) return fields;
      line = line.slice(comma + 1);
      continue;
    }
    line = line.slice(1);
    let field = '';
    for (;;) {
      const q = line.indexOf('"');
      if (q < 0) throw new MountError('extraneous or missing " in quoted-field');
      field += line.slice(0, q);
      line = line.slice(q + 1);
      if (line.startsWith('"')) {
        field += '"';
        line = line.slice(1);
      } else if (line.startsWith(',')) {
        fields.push(field);
        line = line.slice(1);
        break;
      } else if (line === '') {
        fields.push(field);
        return fields;
      } else throw new MountError('extraneous or missing " in quoted-field');
    }
  }
}

/** Go's strconv.ParseBool. */
function parseGoBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

/** Go's strconv.ParseUint(v, base, 32) for base 8 and 10 (no sign, no underscores, no prefix). */
function parseGoUint32(v: string, base: 8 | 10): number | undefined {
  if (!(base === 8 ? /^[0-7]+$/ : /^[0-9]+$/).test(v)) return undefined;
  const n = parseInt(v, base);
  return n <= 0xffffffff ? n : undefined;
}

/** The `from=` of a `--mount` as written: the stage dependency is taken before any expansion (convert_runmount.go
 * detectRunMount reads the mounts parsed without an expander). */
function rawMountFrom(value: string): string {
  let from = '';
  try {
    for (const field of csvFields(value)) {
      const eq = field.indexOf('=');
      if (eq >= 0 && field.slice(0, eq).toLowerCase() === 'from') from = field.slice(eq + 1);
    }
  } catch {
    return '';
  }
  return from;
}

/** parseMount with an expander: each value is expanded, then checked; the first problem is thrown. */
function parseMount(value: string, expand: (word: string) => string): Mount {
  const m: Mount = { type: 'bind', from: '', source: '', target: '', id: '', sharing: '' };
  const fields = csvFields(value);
  // BuildKit refuses a variable in from= before expanding anything
  for (const field of fields) {
    const eq = field.indexOf('=');
    if (eq < 0 || field.slice(0, eq).toLowerCase() !== 'from') continue;
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
      if (['readonly', 'ro', 'readwrite', 'rw'].includes(key)) continue;
      if (key === 'required') {
        if (m.type === 'secret' || m.type === 'ssh') continue;
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
        if (parseGoBool(v) === undefined) throw new MountError(`invalid value for ${key}: ${v}`);
        break;
      case 'required':
        if (m.type !== 'secret' && m.type !== 'ssh')
          throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
        if (parseGoBool(v) === undefined) throw new MountError(`invalid value for ${key}: ${v}`);
        break;
      case 'size':
        // only tmpfs takes a size; its value does not matter here
        if (m.type !== 'tmpfs') throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
        break;
      case 'id':
        m.id = v;
        break;
      case 'sharing': {
        const s = v.toLowerCase();
        if (!['shared', 'private', 'locked'].includes(s)) throw new MountError(`unsupported sharing value "${v}"`);
        m.sharing = s;
        break;
      }
      case 'mode': {
        const n = parseGoUint32(v, 8);
        if (n === undefined) throw new MountError(`invalid value ${v} for mode`);
        m.mode = n;
        break;
      }
      case 'uid':
      case 'gid': {
        const n = parseGoUint32(v, 10);
        if (n === undefined) throw new MountError(`invalid value ${v} for ${key}`);
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
    for (const k of ['mode', 'uid', 'gid'] as const)
      if (m[k] !== undefined) throw new MountError(`${k} not allowed for "${m.type}" type mounts`);
  }
  if (m.sharing !== '' && m.type !== 'cache') throw new MountError(`invalid cache sharing set for ${m.type} mount`);
  return m;
}

// ---------------------------------------------------------------------------------------------------------------------
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

interface Stage {
  line: number;
  /** lower case, "" when unnamed */
  name: string;
  /** the FROM image after expansion with the global args */
  baseName: string;
  /** the earlier stage this one is built on */
  base?: Stage;
  commands: Instruction[];
  /** stages this one reads from (COPY --from, RUN --mount from=) */
  deps: Set<Stage>;
}

interface StageResult {
  env: Env;
  workdir: string;
  /** what the stage chain starts from: scratch, or an image whose environment bakekit cannot see */
  root: string;
  mounts: { spec: CacheMountSpec; line: number }[];
  warnings: string[];
}

function expandWith(env: Env, escape: string, word: string): LexResult {
  return lex(word, env, { escape });
}

/** ENV's `KEY value` and `KEY=value ...` forms (line_parsers.go parseNameVal). */
function envPairs(rest: string, escape: string): [string, string][] | undefined {
  const words = parseWords(rest, escape);
  if (words.length === 0) return undefined;
  if (!words[0].includes('=')) {
    const parts = rest.split(WHITESPACE);
    if (parts.length < 2) return undefined;
    return [[parts[0], rest.slice(rest.search(WHITESPACE)).replace(/^[\t\v\f\r ]+/, '')]];
  }
  const pairs: [string, string][] = [];
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq < 0) return undefined;
    pairs.push([w.slice(0, eq), w.slice(eq + 1)]);
  }
  return pairs;
}

/** ARG's `NAME` and `NAME=default` words (instructions/parse.go parseArg). */
function argPairs(rest: string, escape: string): { key: string; value?: string }[] {
  return parseWords(rest, escape).map((w) => {
    const eq = w.indexOf('=');
    return eq < 0 ? { key: w } : { key: w.slice(0, eq), value: w.slice(eq + 1) };
  });
}

function flagValue(flags: string[], name: string): string | undefined {
  let value: string | undefined;
  for (const f of flags) if (f.startsWith(`--${name}=`)) value = f.slice(name.length + 3);
  return value;
}

/** Why a mount's values may not be the build's: platform args the caller did not pass (`unknown`), and variables the
 * Dockerfile never sets that the base image's environment may (`unset`, only for stages built on an image). */
function doubtNote(unknown: string[], unset: string[], root: string): string | undefined {
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
function evaluateStage(
  stage: Stage,
  base: StageResult | undefined,
  globals: Env,
  args: Record<string, string>,
  escape: string,
): StageResult {
  const env: Env = new Map(base?.env ?? []);
  let workdir = base?.workdir ?? '/';
  const root = base?.root ?? stage.baseName;
  const out: StageResult = { env, workdir, root, mounts: [], warnings: [] };
  const imageRoot = root !== 'scratch';
  const cacheNs = args.BUILDKIT_CACHE_MOUNT_NS ?? '';

  for (const cmd of stage.commands) {
    const at = `Dockerfile:${cmd.line}`;
    try {
      if (cmd.cmd === 'arg') {
        // convert.go dispatchArg: a build arg wins, then the ARG's default, then a global ARG of that name
        for (const { key, value } of argPairs(cmd.args, escape)) {
          let v: EnvValue | undefined;
          if (Object.hasOwn(args, key)) v = { value: args[key], unknown: [] };
          else if (value !== undefined) {
            const r = expandWith(env, escape, value);
            v = { value: r.result, unknown: [...r.unknown] };
          } else v = globals.get(key);
          if (v !== undefined && !NON_ENV_ARGS.has(key)) env.set(key, v);
        }
      } else if (cmd.cmd === 'env') {
        // every pair is expanded with the environment from before the instruction, then set
        const pairs = envPairs(cmd.args, escape) ?? [];
        const expanded = pairs.map(([k, v]): [string, EnvValue] => {
          const rk = expandWith(env, escape, k);
          const rv = expandWith(env, escape, v);
          return [rk.result, { value: rv.result, unknown: [...rk.unknown, ...rv.unknown] }];
        });
        for (const [k, v] of expanded) env.set(k, v);
      } else if (cmd.cmd === 'workdir') {
        const p = expandWith(env, escape, cmd.args).result;
        workdir = cleanPath(p.startsWith('/') ? p : `${workdir}/${p}`);
      } else if (cmd.cmd === 'run') {
        for (const flag of cmd.flags) {
          if (!flag.startsWith('--mount')) continue;
          if (!flag.startsWith('--mount=')) {
            if (flag === '--mount') out.warnings.push(`${at}: missing a value on flag: --mount`);
            continue;
          }
          const unknown: string[] = [];
          const unmatched: string[] = [];
          let m: Mount;
          try {
            m = parseMount(flag.slice('--mount='.length), (word) => {
              const r = expandWith(env, escape, word);
              unknown.push(...r.unknown);
              unmatched.push(...r.unmatched);
              return r.result;
            });
          } catch (e) {
            out.warnings.push(`${at}: --mount=${flag.slice(8)}: ${(e as Error).message}`);
            continue;
          }
          if (m.type !== 'cache') continue;
          // convert_runmount.go: the default id is the target as written, cleaned, before the WORKDIR join
          const id = m.id !== '' ? m.id : cleanPath(m.target);
          const target = cleanPath(m.target).startsWith('/') ? m.target : cleanPath(`/${workdir}/${m.target}`);
          if (target === '/') {
            out.warnings.push(`${at}: invalid mount target "${target}"`);
            continue;
          }
          // an explicit from=scratch is what the frontend uses when there is no from=
          if (m.from !== '' && m.from !== 'scratch') {
            out.warnings.push(`${at}: cache mount ${target} has from=${m.from}: not persisted`);
            continue;
          }
          if (cleanPath('/' + m.source) !== '/') {
            out.warnings.push(`${at}: cache mount ${target} has source=${m.source}: not persisted`);
            continue;
          }
          const spec: CacheMountSpec = {
            id,
            cacheId: `${cacheNs}/${id}`,
            target,
            sharing: (m.sharing || 'shared') as CacheMountSpec['sharing'],
          };
          if (m.uid !== undefined) spec.uid = m.uid;
          if (m.gid !== undefined) spec.gid = m.gid;
          if (m.mode !== undefined) spec.mode = m.mode;
          const doubt = doubtNote(unknown, imageRoot ? unmatched : [], root);
          if (doubt)
            out.warnings.push(`${at}: cache mount ${target} uses ${doubt}: its id may differ from the build's`);
          out.mounts.push({ spec, line: cmd.line });
        }
      }
    } catch (e) {
      out.warnings.push(`${at}: ${(e as Error).message}`);
    }
  }
  out.workdir = workdir;
  return out;
}

/** The stages reached from the target: its base chain, COPY --from and RUN --mount from= sources, transitively
 * (convert.go allReachableStages). */
function reachable(target: Stage): Set<Stage> {
  const seen = new Set<Stage>();
  const visit = (s: Stage): void => {
    if (seen.has(s)) return;
    seen.add(s);
    if (s.base) visit(s.base);
    for (const d of s.deps) visit(d);
  };
  visit(target);
  return seen;
}

/** The cache mounts the build of `opts.target` (default: the last stage) declares, as CacheMountSpecs with the ids
 * the Dockerfile frontend sends, each once; `warnings` says what could not be read or reproduced. */
export function discoverCacheMounts(
  dockerfile: string,
  opts: { args: Record<string, string>; target?: string },
): DiscoveredMounts {
  const args = opts.args;
  const parsed = parseDockerfile(dockerfile);
  const warnings = [...parsed.warnings];
  const escape = parsed.escape;

  // instructions/parse.go Parse: ARGs before the first FROM are global; anything else there is an error
  const metaArgs: Instruction[] = [];
  const stages: Stage[] = [];
  const byName = new Map<string, Stage>();
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
      } else if (words.length !== 1) {
        warnings.push(`Dockerfile:${ins.line}: FROM requires either one or three arguments`);
      }
      const stage: Stage = {
        line: ins.line,
        name,
        baseName: words[0] ?? '',
        commands: [],
        deps: new Set(),
      };
      stages.push(stage);
    } else if (stages.length === 0) {
      if (ins.cmd === 'arg') metaArgs.push(ins);
      else warnings.push(`Dockerfile:${ins.line}: no build stage in current context`);
    } else stages[stages.length - 1].commands.push(ins);
  }
  if (stages.length === 0) {
    warnings.push('Dockerfile: no build stages');
    return { mounts: [], warnings };
  }

  // convert.go: the global args are the platform args and TARGETSTAGE, then the ARGs before the first FROM (a build
  // arg overriding a default)
  const targetName = opts.target || stages[stages.length - 1].name;
  const globals: Env = new Map();
  for (const k of PLATFORM_ARGS)
    globals.set(k, Object.hasOwn(args, k) ? { value: args[k], unknown: [] } : { value: '', unknown: [k] });
  globals.set('TARGETSTAGE', {
    value: Object.hasOwn(args, 'TARGETSTAGE') ? args.TARGETSTAGE : targetName || 'default',
    unknown: [],
  });
  for (const ins of metaArgs) {
    for (const { key, value } of argPairs(ins.args, escape)) {
      if (Object.hasOwn(args, key)) globals.set(key, { value: args[key], unknown: [] });
      else if (value !== undefined) {
        try {
          const r = expandWith(globals, escape, value);
          globals.set(key, { value: r.result, unknown: [...r.unknown] });
        } catch (e) {
          warnings.push(`Dockerfile:${ins.line}: ${(e as Error).message}`);
        }
      }
    }
  }

  // FROM names expand with the global args; a stage is based on an earlier stage of that name (addState)
  for (const stage of stages) {
    try {
      stage.baseName = expandWith(globals, escape, stage.baseName).result;
    } catch (e) {
      warnings.push(`Dockerfile:${stage.line}: ${(e as Error).message}`);
    }
    stage.base = byName.get(stage.baseName.toLowerCase());
    if (stage.name !== '') byName.set(stage.name, stage);
  }
  // COPY --from (a name or an index) and RUN --mount from= (a name) make dependencies on any stage
  for (const stage of stages) {
    for (const cmd of stage.commands) {
      const froms: { from: string; index: boolean }[] = [];
      if (cmd.cmd === 'copy') {
        const from = flagValue(cmd.flags, 'from');
        if (from) froms.push({ from, index: true });
      } else if (cmd.cmd === 'run') {
        for (const f of cmd.flags) {
          if (!f.startsWith('--mount=')) continue;
          const from = rawMountFrom(f.slice(8));
          if (from) froms.push({ from, index: false });
        }
      }
      for (const { from, index } of froms) {
        const dep = index && /^[+-]?\d+$/.test(from) ? stages[Number(from)] : byName.get(from.toLowerCase());
        if (dep) stage.deps.add(dep);
      }
    }
  }

  let target: Stage | undefined;
  if (opts.target === undefined || opts.target === '') target = stages[stages.length - 1];
  else {
    target = byName.get(opts.target.toLowerCase());
    if (!target) {
      warnings.push(`Dockerfile: target stage "${opts.target}" could not be found`);
      return { mounts: [], warnings };
    }
  }
  const reached = reachable(target);

  const results = new Map<Stage, StageResult>();
  const mounts: CacheMountSpec[] = [];
  const firstLine = new Map<string, number>();
  for (const stage of stages) {
    const result = evaluateStage(stage, stage.base && results.get(stage.base), globals, args, escape);
    results.set(stage, result);
    if (!reached.has(stage)) continue;
    warnings.push(...result.warnings);
    for (const { spec, line } of result.mounts) {
      const prev = mounts.find((m) => m.cacheId === spec.cacheId);
      if (!prev) {
        mounts.push(spec);
        firstLine.set(spec.cacheId, line);
        continue;
      }
      const differs = (['sharing', 'uid', 'gid', 'mode'] as const).filter((k) => prev[k] !== spec[k]);
      if (differs.length > 0)
        warnings.push(
          `Dockerfile:${line}: cache mount ${spec.id} declared again with ${differs
            .map((k) => `${k}=${showValue(k, spec[k])}`)
            .join(', ')} (line ${firstLine.get(spec.cacheId)}: ${differs
            .map((k) => `${k}=${showValue(k, prev[k])}`)
            .join(', ')}): keeping the first`,
        );
    }
  }
  return { mounts, warnings };
}

function showValue(key: 'sharing' | 'uid' | 'gid' | 'mode', v: string | number | undefined): string {
  if (v === undefined) return 'unset';
  return key === 'mode' ? '0' + v.toString(8) : String(v);
}

/** The mounts a `cache-mounts` setting selects: `auto` all, `off` none, a list those whose id is listed (with or
 * without a leading slash). */
export function selectMounts(mounts: CacheMountSpec[], mode: CacheMountsMode): CacheMountSpec[] {
  if (mode === 'auto') return mounts;
  if (mode === 'off') return [];
  const bare = (id: string): string => id.replace(/^\/+/, '');
  const wanted = new Set(mode.map(bare));
  return mounts.filter((m) => wanted.has(bare(m.id)));
}
