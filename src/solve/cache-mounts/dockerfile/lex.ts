/**
 * The Dockerfile frontend's shell-word lexer (moby/buildkit frontend/dockerfile/shell/lex.go), for cache-mount discovery
 * (../discover.ts): quotes, escapes and `$VAR` / `${VAR...}` expansion. Hand-written, as the rest of the Dockerfile
 * reading is: no maintained JavaScript library lexes with BuildKit's rules. Pure.
 */

/** A variable's value and the names of variables bakekit does not know the real value of that went into it (platform
 * args the caller did not pass, variables perhaps set by a base image's environment): an id built from them may differ
 * from the one the build uses, which deserves a warning. */
export interface EnvValue {
  value: string;
  unknown: string[];
}

/** The variables expansion sees: a stage's environment, or the global args. */
export type Env = Map<string, EnvValue>;

class LexError extends Error {
  override readonly name = 'LexError';
}

export interface LexOptions {
  escape: string;
  /** keep quotes in the result (heredoc detection) */
  rawQuotes?: boolean;
  /** keep escape characters in the result (heredoc detection) */
  rawEscapes?: boolean;
  /** leave `$VAR` of unset variables as written (heredoc detection) */
  skipUnsetEnv?: boolean;
}

export interface LexResult {
  result: string;
  words: string[];
  /** names read that were unset */
  unmatched: Set<string>;
  /** unknown names behind the values read (see EnvValue) */
  unknown: Set<string>;
}

const EOF = '';

export function isSpace(ch: string): boolean {
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

export function lex(text: string, env: Env, opts: LexOptions): LexResult {
  const sw = new ShellWord(text, env, opts);
  const { result, words } = sw.run();
  return { result, words, unmatched: sw.unmatched, unknown: sw.unknown };
}

export const NO_ENV: Env = new Map();
