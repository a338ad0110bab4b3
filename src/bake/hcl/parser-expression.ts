/**
 * The expression layer of the HCL native-syntax parser: operators by precedence, traversals (attributes, indexes,
 * splats), calls, tuples, objects and `for` expressions (hclsyntax's parser.go, expression half).
 *
 * The parser is one recursive-descent class built in layers, one per file: expressions here; templates
 * (parser-template.ts), which both contain expressions and are one kind of expression; bodies and blocks
 * (parser.ts). Each layer extends the one below, so a method calls any other as `this.…`, as methods of hclsyntax's
 * one parser type do across its files; the two template forms an expression can start with are abstract here.
 */
import type { SourcePos } from '../errors.js';
import type { BinaryOp, Expr, ObjectItem } from './ast.js';
import { Scanner } from './lexer.js';

const BINARY_LEVELS: BinaryOp[][] = [['||'], ['&&'], ['==', '!='], ['<=', '>=', '<', '>'], ['+', '-'], ['*', '/', '%']];

/**
 * How deep brackets, blocks, templates and unary operators may nest. The parser is recursive: without a bound, a
 * file of a few thousand `(` overflows the stack (a RangeError instead of a BakeError). Real bake files stay far below.
 */
export const MAX_NESTING = 128;

const OPERATOR_START = new Set(['|', '&', '=', '!', '<', '>', '+', '-', '*', '/', '%']);

export abstract class ExpressionParser {
  readonly s: Scanner;
  /** When parsing a JSON string's contents, positions are reported relative to the string. */
  private readonly basePos?: SourcePos;
  private depth = 0;

  constructor(s: Scanner, basePos?: SourcePos) {
    this.s = s;
    this.basePos = basePos;
  }

  /** Runs one nested construct, failing with a BakeError (not a stack overflow) past MAX_NESTING levels. */
  protected nested<T>(parse: () => T): T {
    if (this.depth >= MAX_NESTING)
      throw this.s.error(
        `nesting too deep: more than ${MAX_NESTING} levels of brackets, blocks, templates or operators`,
      );
    this.depth++;
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  protected pos(offset = this.s.offset): SourcePos {
    const p = this.s.posAt(offset);
    if (!this.basePos) return p;
    // JSON strings are on one line in practice; shift by the string's own column.
    return p.line === 1
      ? { file: p.file, line: this.basePos.line, column: this.basePos.column + p.column }
      : { file: p.file, line: this.basePos.line + p.line - 1, column: p.column };
  }

  /** A quoted string, `"…"`, which may interpolate (parser-template.ts). */
  protected abstract parseQuotedTemplate(): Expr;

  /** A heredoc, `<<EOT` … `EOT` (parser-template.ts). */
  protected abstract parseHeredoc(): Expr;

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
      const op = BINARY_LEVELS[level].find((o) => s.startsWith(o) && !this.isOtherOperator(o));
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
}
