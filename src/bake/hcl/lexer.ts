import { BakeError, type SourcePos } from '../errors.js';

/**
 * Character-level scanner for HCL native syntax. HCL templates nest expressions inside string
 * literals (and strings inside those expressions), so instead of a separate token stream the
 * parser pulls tokens from this scanner in whichever mode it is in. It tracks line/column for
 * every position and knows whether newlines are significant at the current nesting level
 * (they end attributes and object items, but not inside `(...)`, `[...]` or `${...}`).
 */
export class Scanner {
  readonly src: string;
  readonly file: string;
  offset = 0;
  private lineStarts: number[] = [0];
  /** Innermost last: true where a newline terminates the current construct. */
  private newlineStack: boolean[] = [true];
  /** Comments skipped so far, start offset → end offset (HCL never decodes them: invalid UTF-8 is allowed there). */
  readonly comments = new Map<number, number>();

  constructor(src: string, file: string) {
    this.src = src;
    this.file = file;
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  posAt(offset: number): SourcePos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.file, line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
  }

  pos(): SourcePos {
    return this.posAt(this.offset);
  }

  error(what: string, offset = this.offset): BakeError {
    return new BakeError(what, this.posAt(offset));
  }

  pushNewlines(significant: boolean): void {
    this.newlineStack.push(significant);
  }

  popNewlines(): void {
    this.newlineStack.pop();
  }

  get newlinesSignificant(): boolean {
    return this.newlineStack[this.newlineStack.length - 1];
  }

  eof(): boolean {
    return this.offset >= this.src.length;
  }

  peekChar(ahead = 0): string {
    return this.src.charAt(this.offset + ahead);
  }

  startsWith(s: string): boolean {
    return this.src.startsWith(s, this.offset);
  }

  /** Skips spaces and comments; newlines too when they are not significant here. */
  skipSpace(): void {
    const nl = this.newlinesSignificant;
    while (this.offset < this.src.length) {
      const c = this.src.charAt(this.offset);
      if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
        this.offset++;
      } else if (c === '\n') {
        if (nl) return;
        this.offset++;
      } else if (c === '#' || (c === '/' && this.peekChar(1) === '/')) {
        // A line comment ends at (but does not consume) the newline.
        const start = this.offset;
        let end = this.src.indexOf('\n', start);
        if (end < 0) end = this.src.length;
        this.comments.set(start, end);
        this.offset = end;
      } else if (c === '/' && this.peekChar(1) === '*') {
        const end = this.src.indexOf('*/', this.offset + 2);
        if (end < 0) throw this.error('unterminated block comment; expected "*/"');
        this.comments.set(this.offset, end + 2);
        this.offset = end + 2;
      } else {
        return;
      }
    }
  }

  /** Skips whitespace, comments and newlines regardless of the current mode. */
  skipSpaceAndNewlines(): void {
    this.pushNewlines(false);
    this.skipSpace();
    this.popNewlines();
  }

  atNewline(): boolean {
    return this.peekChar() === '\n';
  }

  /** Consumes `s` (after skipping space) if it is next. */
  accept(s: string): boolean {
    this.skipSpace();
    if (!this.startsWith(s)) return false;
    // Do not split `==` into `=` `=`, or `=>` into `=` `>`, and so on.
    if (s === '=' && (this.peekChar(1) === '=' || this.peekChar(1) === '>')) return false;
    if ((s === '<' || s === '>' || s === '!') && this.peekChar(1) === '=') return false;
    if (s === '.' && this.startsWith('...')) return false;
    this.offset += s.length;
    return true;
  }

  expect(s: string, context: string): void {
    if (!this.accept(s)) throw this.error(`expected "${s}" ${context}, found ${this.describeNext()}`);
  }

  describeNext(): string {
    this.skipSpace();
    if (this.eof()) return 'end of file';
    const c = this.peekChar();
    if (c === '\n') return 'newline';
    const m = /^[A-Za-z_][A-Za-z0-9_-]*|^\S/.exec(this.src.slice(this.offset, this.offset + 40));
    return `"${m ? m[0] : c}"`;
  }

  static isIdentStart(c: string): boolean {
    const code = c.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95) return true;
    return code > 127 && /^\p{L}$/u.test(c);
  }

  static isIdentPart(c: string): boolean {
    const code = c.charCodeAt(0);
    if (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 95 ||
      code === 45
    )
      return true;
    return code > 127 && /^[\p{L}\p{N}]$/u.test(c);
  }

  private static readonly IDENT = /[\p{L}_][\p{L}\p{N}_-]*/uy;
  private static readonly NUMBER = /[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;

  /** Reads an identifier if one is next (HCL identifiers may contain dashes). */
  identifier(): string | undefined {
    this.skipSpace();
    const re = Scanner.IDENT;
    re.lastIndex = this.offset;
    const m = re.exec(this.src);
    if (!m) return undefined;
    this.offset += m[0].length;
    return m[0];
  }

  peekIdentifier(): string | undefined {
    const save = this.offset;
    const id = this.identifier();
    this.offset = save;
    return id;
  }

  /** Reads a number literal if one is next. */
  number(): number | undefined {
    this.skipSpace();
    const re = Scanner.NUMBER;
    re.lastIndex = this.offset;
    const m = re.exec(this.src);
    if (!m) return undefined;
    this.offset += m[0].length;
    return Number(m[0]);
  }
}
