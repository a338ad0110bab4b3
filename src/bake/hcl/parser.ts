/**
 * The HCL native-syntax parser's entry points (files, single expressions, the templates inside JSON strings) and
 * its top layer: bodies of attributes and blocks. Expressions and templates are the layers below, in
 * parser-expression.ts and parser-template.ts.
 */
import { BakeError, type SourcePos } from '../errors.js';
import { type Steps, runSteps } from '../steps.js';
import { invalidEncodingError, loneSurrogates } from '../utf8.js';
import type { Attribute, Block, Body, Expr } from './ast.js';
import { Scanner } from './lexer.js';
import { TemplateParser } from './parser-template.js';

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
      const [start, end] = comments[mid];
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

/** The body layer, on top of templates and expressions: a file's attributes and blocks (hclsyntax's parser.go). */
class Parser extends TemplateParser {
  /** A file's body, one top-level item per step (see steps.ts). */
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
        throw s.error(
          'Invalid single-argument block definition; a single-line block may only contain one attribute',
          attrOffset,
        );
      }
      const expr = this.parseExpr();
      body = { items: [{ kind: 'attribute', name, expr, pos: this.pos(attrOffset) }] };
      s.skipSpace();
      if (s.peekChar() !== '}') {
        throw s.error(
          'Invalid single-argument block definition; expected "}" after the only attribute of a single-line block',
        );
      }
    } else {
      body = this.parseBody(true);
    }
    s.popNewlines();
    s.expect('}', `to close block "${type}"`);
    this.expectItemEnd(parentInBlock, `after block "${type}"`);
    return { kind: 'block', type, labels, labelPos, body, pos };
  }
}
