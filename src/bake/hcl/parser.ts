import { BakeError, type SourcePos } from '../errors.js';
import type { Attribute, BinaryOp, Block, Body, Expr, ObjectItem, TemplateNode } from './ast.js';
import { Scanner } from './lexer.js';
import { invalidEncodingError, loneSurrogates } from '../utf8.js';
import { type Steps, runSteps } from '../steps.js';

/**
 * Parses an HCL native-syntax file into a body of attributes and blocks. Invalid UTF-8 (lone surrogates, as
 * decodeBakeFile keeps the invalid bytes of an HCL file) is an error unless it is inside a comment, as in hclsyntax.
 */
export function parseHCL(src: string, file: string): Body {
  return runSteps(parseHCLSteps(src, file));
}

/** parseHCL as steps, one per top-level item (see steps.ts). */
export function* parseHCLSteps(src: string, file: string): Steps<Body> {
  const scanner = new Scanner(src, file);
  let body: Body;
  try {
    body = yield* new Parser(scanner).parseFileSteps();
  } catch (e) {
    // an invalid byte before the syntax error is the better report (it is likely the cause)
    throw encodingErrorOutsideComments(scanner, scanner.offset) ?? e;
  }
  const enc = encodingErrorOutsideComments(scanner, src.length);
  if (enc) throw enc;
  return body;
}

function encodingErrorOutsideComments(s: Scanner, upTo: number): BakeError | undefined {
  const bad = loneSurrogates(s.src, 10_000).filter((o) => o <= upTo);
  if (bad.length === 0) return undefined;
  const comments = [...s.comments].sort((x, y) => x[0] - y[0]);
  const inComment = (o: number): boolean => {
    let lo = 0;
    let hi = comments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [start, end] = comments[mid]!;
      if (o < start) hi = mid - 1;
      else if (o >= end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const outside = bad.filter((o) => !inComment(o));
  return outside.length > 0 ? invalidEncodingError(s.file, s.src, outside) : undefined;
}

/** Parses a single expression (used for tests and for `convert()` type arguments). */
export function parseExpression(src: string, file = '<expr>'): Expr {
  const p = new Parser(new Scanner(src, file));
  p.s.pushNewlines(false);
  const e = p.parseExpr();
  p.s.skipSpace();
  if (!p.s.eof()) throw p.s.error(`expected end of expression, found ${p.s.describeNext()}`);
  return e;
}

/** Parses template text (the content of a JSON string) into a template expression. */
export function parseTemplateString(src: string, pos: SourcePos): Expr {
  const s = new Scanner(src, pos.file);
  const p = new Parser(s, pos);
  s.pushNewlines(false);
  const nodes = p.parseTemplateSeq({ kind: 'raw', end: src.length }, []).nodes;
  return { kind: 'template', parts: nodes, pos };
}

const BINARY_LEVELS: BinaryOp[][] = [
  ['||'],
  ['&&'],
  ['==', '!='],
  ['<=', '>=', '<', '>'],
  ['+', '-'],
  ['*', '/', '%'],
];

/** Characters that may start something other than literal text in a template. */
const PLAIN_QUOTED = /["\\$%\n]/g;
const PLAIN_HEREDOC = /[$%]/g;

/**
 * How deep brackets, blocks, templates and unary operators may nest. The parser is recursive: without a bound, a
 * file of a few thousand `(` overflows the stack (a RangeError instead of a BakeError). Real bake files stay far below.
 */
export const MAX_NESTING = 128;

const OPERATOR_START = new Set(['|', '&', '=', '!', '<', '>', '+', '-', '*', '/', '%']);

type TemplateMode = { kind: 'quoted' } | { kind: 'heredoc'; end: number } | { kind: 'raw'; end: number };

class Parser {
  readonly s: Scanner;
  /** When parsing a JSON string's contents, positions are reported relative to the string. */
  private readonly basePos?: SourcePos;
  /** Set by a `~}` strip marker: the next literal text loses its leading whitespace. */
  private stripNextLeading = false;
  private depth = 0;

  constructor(s: Scanner, basePos?: SourcePos) {
    this.s = s;
    this.basePos = basePos;
  }

  /** Runs one nested construct, failing with a BakeError (not a stack overflow) past MAX_NESTING levels. */
  private nested<T>(parse: () => T): T {
    if (this.depth >= MAX_NESTING) throw this.s.error(`nesting too deep: more than ${MAX_NESTING} levels of brackets, blocks, templates or operators`);
    this.depth++;
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private pos(offset = this.s.offset): SourcePos {
    const p = this.s.posAt(offset);
    if (!this.basePos) return p;
    // JSON strings are on one line in practice; shift by the string's own column.
    return p.line === 1
      ? { file: p.file, line: this.basePos.line, column: this.basePos.column + p.column }
      : { file: p.file, line: this.basePos.line + p.line - 1, column: p.column };
  }

  parseFile(): Body {
    const body = this.parseBody(false);
    return body;
  }

  /** parseFile one top-level item at a time (see steps.ts). */
  *parseFileSteps(): Steps<Body> {
    const items: (Attribute | Block)[] = [];
    const seen = new Map<string, SourcePos>();
    while (this.parseItem(false, items, seen)) yield;
    return { items };
  }

  private parseBody(inBlock: boolean): Body {
    const items: (Attribute | Block)[] = [];
    // hclsyntax refuses an attribute set twice in one body (also one that no schema knows).
    const seen = new Map<string, SourcePos>();
    while (this.parseItem(inBlock, items, seen));
    return { items };
  }

  /** Parses the next attribute or block of a body into `items`; false at the end of the body. */
  private parseItem(inBlock: boolean, items: (Attribute | Block)[], seen: Map<string, SourcePos>): boolean {
    const s = this.s;
    s.skipSpaceAndNewlines();
    if (s.eof()) {
      if (inBlock) throw s.error('unexpected end of file; expected "}" to close the block');
      return false;
    }
    if (inBlock && s.peekChar() === '}') return false;
    const startOffset = s.offset;
    const name = s.identifier();
    if (name === undefined) {
      throw s.error(`expected an attribute or block definition, found ${s.describeNext()}`);
    }
    const namePos = this.pos(startOffset);
    s.skipSpace();
    if (s.accept('=')) {
      const first = seen.get(name);
      if (first) {
        throw new BakeError(
          `Attribute redefined; The argument "${name}" was already set at ${first.file}:${first.line}:${first.column}. Each argument may be set only once.`,
          namePos,
        );
      }
      seen.set(name, namePos);
      const expr = this.parseExpr();
      items.push({ kind: 'attribute', name, expr, pos: namePos });
      this.expectItemEnd(inBlock, `after the value of "${name}"`);
      return true;
    }
    items.push(this.parseBlockRest(name, namePos, inBlock));
    return true;
  }

  /** An attribute or block must be followed by a newline (or the end of the enclosing block). */
  private expectItemEnd(inBlock: boolean, what: string): void {
    const s = this.s;
    s.skipSpace();
    if (s.eof() || s.atNewline()) return;
    if (inBlock && s.peekChar() === '}') return;
    throw s.error(`expected a newline ${what}, found ${s.describeNext()}`);
  }

  private parseBlockRest(type: string, pos: SourcePos, parentInBlock: boolean): Block {
    return this.nested(() => this.parseBlockRestInner(type, pos, parentInBlock));
  }

  private parseBlockRestInner(type: string, pos: SourcePos, parentInBlock: boolean): Block {
    const s = this.s;
    const labels: string[] = [];
    const labelPos: SourcePos[] = [];
    for (;;) {
      s.skipSpace();
      const c = s.peekChar();
      if (c === '"') {
        const lp = this.pos();
        const labelOffset = s.offset;
        const t = this.parseQuotedTemplate();
        if (t.kind !== 'template' || t.parts.some((p) => p.kind !== 'text')) {
          throw s.error('block labels must be plain strings without interpolation', labelOffset);
        }
        labels.push(t.parts.map((p) => (p.kind === 'text' ? p.value : '')).join(''));
        labelPos.push(lp);
        continue;
      }
      if (Scanner.isIdentStart(c)) {
        labelPos.push(this.pos());
        labels.push(s.identifier()!);
        continue;
      }
      break;
    }
    if (!s.accept('{')) {
      throw s.error(`expected "=" or a block opening "{" after "${type}", found ${s.describeNext()}`);
    }
    s.pushNewlines(true);
    let body: Body;
    s.skipSpace();
    if (!s.atNewline() && s.peekChar() !== '}') {
      // Single-line block: `{ name = value }` holds at most one attribute.
      const attrOffset = s.offset;
      const name = s.identifier();
      if (name === undefined || !s.accept('=')) {
        throw s.error('Invalid single-argument block definition; a single-line block may only contain one attribute', attrOffset);
      }
      const expr = this.parseExpr();
      body = { items: [{ kind: 'attribute', name, expr, pos: this.pos(attrOffset) }] };
      s.skipSpace();
      if (s.peekChar() !== '}') {
        throw s.error('Invalid single-argument block definition; expected "}" after the only attribute of a single-line block');
      }
    } else {
      body = this.parseBody(true);
    }
    s.popNewlines();
    s.expect('}', `to close block "${type}"`);
    this.expectItemEnd(parentInBlock, `after block "${type}"`);
    return { kind: 'block', type, labels, labelPos, body, pos };
  }

  parseExpr(): Expr {
    return this.nested(() => this.parseExprInner());
  }

  private parseExprInner(): Expr {
    const s = this.s;
    s.skipSpace();
    const start = this.pos();
    const cond = this.parseBinary(0);
    if (s.accept('?')) {
      const then = this.parseExpr();
      s.expect(':', 'in conditional expression');
      const els = this.parseExpr();
      return { kind: 'cond', cond, then, else: els, pos: start };
    }
    return cond;
  }

  private parseBinary(level: number): Expr {
    if (level >= BINARY_LEVELS.length) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    const s = this.s;
    for (;;) {
      s.skipSpace();
      if (!OPERATOR_START.has(s.peekChar())) return left;
      const op = BINARY_LEVELS[level]!.find((o) => s.startsWith(o) && !this.isOtherOperator(o));
      if (!op) return left;
      s.offset += op.length;
      const right = this.parseBinary(level + 1);
      // Diagnostics point at the start of the whole expression, as HCL ranges do.
      left = { kind: 'binary', op, left, right, pos: left.pos };
    }
  }

  /** `<` must not be read from `<=`/`<<`, `*` from `*]` (splat), `/` from comments, etc. */
  private isOtherOperator(op: string): boolean {
    const next = this.s.peekChar(op.length);
    if ((op === '<' || op === '>') && next === '=') return true;
    if (op === '<' && next === '<') return true;
    return false;
  }

  private parseUnary(): Expr {
    const s = this.s;
    s.skipSpace();
    const p = this.pos();
    if (s.peekChar() === '!' && s.peekChar(1) !== '=') {
      s.offset++;
      return { kind: 'unary', op: '!', operand: this.nested(() => this.parseUnary()), pos: p };
    }
    if (s.peekChar() === '-') {
      s.offset++;
      return { kind: 'unary', op: '-', operand: this.nested(() => this.parseUnary()), pos: p };
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePostfix(expr: Expr): Expr {
    const s = this.s;
    for (;;) {
      s.skipSpace();
      const p = this.pos();
      if (s.peekChar() === '.' && !s.startsWith('...')) {
        s.offset++;
        if (s.peekChar() === '*') {
          s.offset++;
          expr = { kind: 'splat', obj: expr, each: this.parseSplatTraversal(), pos: p };
          continue;
        }
        const n = /^[0-9]+/.exec(s.src.slice(s.offset, s.offset + 20));
        if (n) {
          s.offset += n[0].length;
          expr = { kind: 'index', obj: expr, key: { kind: 'literal', value: Number(n[0]), pos: p }, pos: p };
          continue;
        }
        const name = s.identifier();
        if (name === undefined) throw s.error(`expected an attribute name after ".", found ${s.describeNext()}`);
        expr = { kind: 'getattr', obj: expr, name, pos: expr.pos };
        continue;
      }
      if (s.peekChar() === '[') {
        s.offset++;
        s.pushNewlines(false);
        s.skipSpace();
        if (s.peekChar() === '*') {
          s.offset++;
          s.expect(']', 'to close the splat operator "[*]"');
          s.popNewlines();
          expr = { kind: 'splat', obj: expr, each: this.parseSplatTraversal(), pos: p };
          continue;
        }
        const key = this.parseExpr();
        s.expect(']', 'to close the index');
        s.popNewlines();
        expr = { kind: 'index', obj: expr, key, pos: expr.pos };
        continue;
      }
      return expr;
    }
  }

  /** The traversal after a splat applies to each element: `a[*].b.c` maps `.b.c` over `a`. */
  private parseSplatTraversal(): Expr {
    const anchor: Expr = { kind: 'anchor', pos: this.pos() };
    let expr: Expr = anchor;
    const s = this.s;
    for (;;) {
      const save = s.offset;
      s.skipSpace();
      const p = this.pos();
      if (s.peekChar() === '.' && Scanner.isIdentStart(s.peekChar(1))) {
        s.offset++;
        expr = { kind: 'getattr', obj: expr, name: s.identifier()!, pos: p };
        continue;
      }
      if (s.peekChar() === '[' && s.peekChar(1) !== '*') {
        s.offset++;
        s.pushNewlines(false);
        const key = this.parseExpr();
        s.expect(']', 'to close the index');
        s.popNewlines();
        expr = { kind: 'index', obj: expr, key, pos: p };
        continue;
      }
      s.offset = save;
      return expr;
    }
  }

  private parsePrimary(): Expr {
    const s = this.s;
    s.skipSpace();
    const p = this.pos();
    const c = s.peekChar();
    if (c >= '0' && c <= '9') {
      return { kind: 'literal', value: s.number()!, pos: p };
    }
    if (c === '"') return this.parseQuotedTemplate();
    if (s.startsWith('<<')) return this.parseHeredoc();
    if (c === '(') {
      s.offset++;
      s.pushNewlines(false);
      const inner = this.parseExpr();
      s.expect(')', 'to close the parenthesis');
      s.popNewlines();
      return { kind: 'paren', expr: inner, pos: p };
    }
    if (c === '[') return this.parseTuple();
    if (c === '{') return this.parseObject();
    const name = s.identifier();
    if (name === undefined) {
      throw s.error(`expected an expression, found ${s.describeNext()}`);
    }
    if (name === 'true') return { kind: 'literal', value: true, pos: p };
    if (name === 'false') return { kind: 'literal', value: false, pos: p };
    if (name === 'null') return { kind: 'literal', value: null, pos: p };
    if (s.peekChar() === '(') {
      s.offset++;
      return this.parseCallArgs(name, p);
    }
    return { kind: 'var', name, pos: p };
  }

  private parseCallArgs(name: string, p: SourcePos): Expr {
    const s = this.s;
    s.pushNewlines(false);
    const args: Expr[] = [];
    let expandFinal = false;
    for (;;) {
      s.skipSpace();
      if (s.accept(')')) break;
      args.push(this.parseExpr());
      if (s.accept('...')) {
        expandFinal = true;
        s.expect(')', `after the expanded final argument of ${name}()`);
        break;
      }
      if (s.accept(',')) continue;
      s.expect(')', `to close the arguments of ${name}()`);
      break;
    }
    s.popNewlines();
    return { kind: 'call', name, args, expandFinal, pos: p };
  }

  private isForKeyword(): boolean {
    const s = this.s;
    const save = s.offset;
    const id = s.identifier();
    if (id !== 'for') {
      s.offset = save;
      return false;
    }
    const next = s.peekIdentifier();
    s.offset = save;
    return next !== undefined;
  }

  private parseTuple(): Expr {
    const s = this.s;
    const p = this.pos();
    s.offset++;
    s.pushNewlines(false);
    if (this.isForKeyword()) {
      const e = this.parseForRest(p, false);
      s.expect(']', 'to close the for expression');
      s.popNewlines();
      return e;
    }
    const items: Expr[] = [];
    for (;;) {
      s.skipSpace();
      if (s.accept(']')) break;
      items.push(this.parseExpr());
      if (s.accept(',')) continue;
      s.expect(']', 'to close the list');
      break;
    }
    s.popNewlines();
    return { kind: 'tuple', items, pos: p };
  }

  private parseForRest(p: SourcePos, isObject: boolean): Expr {
    const s = this.s;
    s.identifier(); // "for"
    let keyVar: string | undefined;
    let valVar = s.identifier();
    if (valVar === undefined) throw s.error('expected an iterator variable name after "for"');
    if (s.accept(',')) {
      keyVar = valVar;
      valVar = s.identifier();
      if (valVar === undefined) throw s.error('expected a value variable name after "," in for expression');
    }
    if (s.identifier() !== 'in') throw s.error('expected "in" in for expression');
    const coll = this.parseExpr();
    s.expect(':', 'after the collection of the for expression');
    let keyExpr: Expr | undefined;
    let valExpr = this.parseExpr();
    let group = false;
    if (isObject) {
      s.expect('=>', 'between key and value of an object for expression');
      keyExpr = valExpr;
      valExpr = this.parseExpr();
      if (s.accept('...')) group = true;
    }
    let cond: Expr | undefined;
    const save = s.offset;
    if (s.identifier() === 'if') cond = this.parseExpr();
    else s.offset = save;
    return { kind: 'for', keyVar, valVar, coll, keyExpr, valExpr, cond, group, pos: p };
  }

  private parseObject(): Expr {
    const s = this.s;
    const p = this.pos();
    s.offset++;
    s.pushNewlines(false);
    if (this.isForKeyword()) {
      const e = this.parseForRest(p, true);
      s.expect('}', 'to close the for expression');
      s.popNewlines();
      return e;
    }
    s.popNewlines();
    s.pushNewlines(true);
    const items: ObjectItem[] = [];
    for (;;) {
      s.skipSpaceAndNewlines();
      if (s.accept('}')) break;
      const kp = this.pos();
      let key: Expr;
      const save = s.offset;
      const id = s.identifier();
      s.skipSpace();
      if (id !== undefined && (s.peekChar() === '=' || s.peekChar() === ':') && !s.startsWith('==')) {
        key = { kind: 'literal', value: id, pos: kp };
      } else {
        s.offset = save;
        key = this.parseExpr();
      }
      if (!s.accept('=') && !s.accept(':')) {
        throw s.error(`expected "=" or ":" after an object key, found ${s.describeNext()}`);
      }
      const value = this.parseExpr();
      items.push({ key, value });
      s.skipSpace();
      if (s.accept(',')) continue;
      if (s.atNewline()) continue;
      if (s.accept('}')) break;
      throw s.error(`expected "," or a newline between object items, found ${s.describeNext()}`);
    }
    s.popNewlines();
    return { kind: 'object', items, pos: p };
  }

  private parseQuotedTemplate(): Expr {
    const s = this.s;
    s.skipSpace();
    s.offset++; // opening quote
    // HCL ranges for a quoted template start inside the quotes.
    const p = this.pos();
    const { nodes } = this.parseTemplateSeq({ kind: 'quoted' }, []);
    s.offset++; // closing quote
    return { kind: 'template', parts: nodes, pos: p };
  }

  private parseHeredoc(): Expr {
    const s = this.s;
    const p = this.pos();
    s.offset += 2;
    const indented = s.peekChar() === '-';
    if (indented) s.offset++;
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(s.src.slice(s.offset, s.offset + 200));
    if (!m) throw s.error('expected a heredoc marker identifier after "<<"');
    const marker = m[0];
    s.offset += marker.length;
    if (s.peekChar() === '\r') s.offset++;
    if (s.peekChar() !== '\n') throw s.error('expected a newline after the heredoc marker');
    s.offset++;
    const contentStart = s.offset;
    let lineStart = contentStart;
    let contentEnd = -1;
    let afterEnd = -1;
    while (lineStart <= s.src.length) {
      let nl = s.src.indexOf('\n', lineStart);
      if (nl < 0) nl = s.src.length;
      if (s.src.slice(lineStart, nl).trim() === marker) {
        contentEnd = lineStart;
        afterEnd = nl;
        break;
      }
      if (nl >= s.src.length) break;
      lineStart = nl + 1;
    }
    if (contentEnd < 0) throw s.error(`unterminated heredoc; expected a line containing only "${marker}"`, contentStart);
    s.pushNewlines(false);
    const { nodes } = this.parseTemplateSeq({ kind: 'heredoc', end: contentEnd }, []);
    s.popNewlines();
    s.offset = afterEnd;
    if (indented) stripHeredocIndent(nodes, s.src.slice(contentStart, contentEnd));
    return { kind: 'template', parts: nodes, pos: p };
  }

  /**
   * Parses template parts until the end of the template or one of the `terminators` directives
   * (`else`, `endif`, `endfor`), which is consumed and returned.
   */
  parseTemplateSeq(mode: TemplateMode, terminators: string[]): { nodes: TemplateNode[]; ended?: string } {
    return this.nested(() => this.parseTemplateSeqInner(mode, terminators));
  }

  private parseTemplateSeqInner(mode: TemplateMode, terminators: string[]): { nodes: TemplateNode[]; ended?: string } {
    const s = this.s;
    const nodes: TemplateNode[] = [];
    let text = '';
    const flush = () => {
      if (text === '') return;
      if (this.stripNextLeading) {
        text = text.replace(/^\s+/, '');
        this.stripNextLeading = false;
      }
      if (text !== '') nodes.push({ kind: 'text', value: text });
      text = '';
    };
    const stripPrevious = () => {
      flush();
      const last = nodes[nodes.length - 1];
      if (last && last.kind === 'text') {
        last.value = last.value.replace(/\s+$/, '');
        if (last.value === '') nodes.pop();
      }
    };
    for (;;) {
      const atEnd = mode.kind === 'quoted' ? s.eof() || s.peekChar() === '"' : s.offset >= mode.end;
      if (atEnd) {
        if (mode.kind === 'quoted' && s.eof()) throw s.error('unterminated string; expected a closing "\\""');
        if (terminators.length > 0) {
          throw s.error(`unterminated template directive; expected %{ ${terminators[terminators.length - 1]} }`);
        }
        flush();
        return { nodes };
      }
      const c = s.peekChar();
      if (s.startsWith('$${')) {
        text += '${';
        s.offset += 3;
        continue;
      }
      if (s.startsWith('%%{')) {
        text += '%{';
        s.offset += 3;
        continue;
      }
      if (s.startsWith('${')) {
        s.offset += 2;
        if (s.peekChar() === '~') {
          s.offset++;
          stripPrevious();
        } else flush();
        s.pushNewlines(false);
        const expr = this.parseExpr();
        s.skipSpace();
        if (s.peekChar() === '~') {
          s.offset++;
          this.stripNextLeading = true;
        }
        s.expect('}', 'to close the interpolation "${"');
        s.popNewlines();
        nodes.push({ kind: 'interp', expr });
        continue;
      }
      if (s.startsWith('%{')) {
        const tagOffset = s.offset;
        s.offset += 2;
        if (s.peekChar() === '~') {
          s.offset++;
          stripPrevious();
        } else flush();
        s.pushNewlines(false);
        const keyword = s.identifier();
        if (keyword !== undefined && terminators.includes(keyword)) {
          this.closeDirective(keyword);
          s.popNewlines();
          return { nodes, ended: keyword };
        }
        if (keyword === 'if') {
          const cond = this.parseExpr();
          this.closeDirective('if');
          s.popNewlines();
          const then = this.parseTemplateSeq(mode, ['else', 'endif']);
          let els: TemplateNode[] = [];
          if (then.ended === 'else') els = this.parseTemplateSeq(mode, ['endif']).nodes;
          nodes.push({ kind: 'if', cond, then: then.nodes, else: els });
          continue;
        }
        if (keyword === 'for') {
          const fp = this.pos(tagOffset);
          let keyVar: string | undefined;
          let valVar = s.identifier();
          if (valVar === undefined) throw s.error('expected an iterator variable name after "for"');
          if (s.accept(',')) {
            keyVar = valVar;
            valVar = s.identifier();
            if (valVar === undefined) throw s.error('expected a value variable name after ","');
          }
          if (s.identifier() !== 'in') throw s.error('expected "in" in template for directive');
          const coll = this.parseExpr();
          this.closeDirective('for');
          s.popNewlines();
          const body = this.parseTemplateSeq(mode, ['endfor']);
          nodes.push({ kind: 'for', keyVar, valVar, coll, body: body.nodes, pos: fp });
          continue;
        }
        throw s.error(
          keyword === undefined
            ? 'expected a template directive keyword (if, for) after "%{"'
            : `unexpected template directive "${keyword}"${terminators.length ? `; expected ${terminators.join(' or ')}` : ''}`,
          tagOffset,
        );
      }
      if (mode.kind === 'quoted') {
        if (c === '\n') throw s.error('unterminated string; a quoted string cannot contain a newline (use a heredoc)');
        if (c === '\\') {
          text += this.readEscape();
          continue;
        }
      }
      // Copy the run of ordinary characters in one go.
      const special = mode.kind === 'quoted' ? PLAIN_QUOTED : PLAIN_HEREDOC;
      special.lastIndex = s.offset + 1;
      const run = special.exec(s.src);
      let end = run ? run.index : s.src.length;
      if (mode.kind !== 'quoted') end = Math.min(end, mode.end);
      text += s.src.slice(s.offset, end);
      s.offset = end;
    }
  }

  private closeDirective(keyword: string): void {
    const s = this.s;
    s.skipSpace();
    if (s.peekChar() === '~') {
      s.offset++;
      this.stripNextLeading = true;
    }
    s.expect('}', `to close the %{ ${keyword} } directive`);
  }

  private readEscape(): string {
    const s = this.s;
    const start = s.offset;
    s.offset++;
    const e = s.peekChar();
    s.offset++;
    switch (e) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U': {
        const len = e === 'u' ? 4 : 8;
        const hex = s.src.slice(s.offset, s.offset + len);
        if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len) throw s.error(`invalid \\${e} escape; expected ${len} hex digits`, start);
        s.offset += len;
        return String.fromCodePoint(parseInt(hex, 16));
      }
      default:
        throw s.error(`invalid escape sequence "\\${e}"; expected one of \\n \\r \\t \\" \\\\ \\u \\U`, start);
    }
  }
}

/** `<<-` heredocs drop the common leading whitespace of their lines. */
function stripHeredocIndent(nodes: TemplateNode[], raw: string): void {
  let min = Infinity;
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    const ws = /^[ \t]*/.exec(line)![0].length;
    min = Math.min(min, ws);
  }
  if (!isFinite(min) || min === 0) return;
  let atLineStart = true;
  const visit = (list: TemplateNode[]) => {
    for (const n of list) {
      if (n.kind === 'text') {
        let out = '';
        let i = 0;
        const v = n.value;
        while (i < v.length) {
          if (atLineStart) {
            let k = 0;
            while (k < min && (v[i] === ' ' || v[i] === '\t')) {
              i++;
              k++;
            }
            atLineStart = false;
            if (i >= v.length) break;
          }
          const ch = v[i]!;
          out += ch;
          if (ch === '\n') atLineStart = true;
          i++;
        }
        n.value = out;
      } else if (n.kind === 'interp') {
        atLineStart = false;
      } else if (n.kind === 'if') {
        visit(n.then);
        visit(n.else);
      } else {
        visit(n.body);
      }
    }
  };
  visit(nodes);
}
