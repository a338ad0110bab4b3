/**
 * Dockerfile lines into instructions, as the frontend's parser reads them (moby/buildkit frontend/dockerfile/parser:
 * parser.go, split_command.go, line_parsers.go, directives.go): `# escape=`, comments, continuations, heredocs, the
 * `--flags` of an instruction, JSON form. For cache-mount discovery (../discover.ts); pure, never throws on a
 * malformed file. Hand-written for the reason lex.ts gives.
 */
import { isSpace, lex, NO_ENV } from './lex.js';

export interface Instruction {
  /** the line the instruction starts on, 1-based */
  line: number;
  /** lower case */
  cmd: string;
  /** the `--flags` before the arguments, quotes and escapes removed */
  flags: string[];
  /** the rest of the line after the flags */
  args: string;
}

export interface ParsedDockerfile {
  instructions: Instruction[];
  escape: string;
  warnings: string[];
}

export const WHITESPACE = /[\t\v\f\r ]+/;
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
export function parseWords(rest: string, escape: string): string[] {
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
export function parseDockerfile(text: string): ParsedDockerfile {
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
