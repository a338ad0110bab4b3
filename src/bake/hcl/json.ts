import { BakeError, type SourcePos } from '../errors.js';
import type { Attribute, Block, Body, Expr } from './ast.js';
import { Scanner } from './lexer.js';
import { parseExpression, parseTemplateString } from './parser.js';
import { MAX_NESTING } from './parser-expression.js';
import { isTargetAttribute } from '../target.js';

/**
 * The attributes each block type's schema knows (buildx's structs). HCL's JSON decoder refuses one of these given
 * twice in one object ("Duplicate argument"); a key no schema knows may repeat (it is ignored anyway).
 */
const SCHEMA_ATTRIBUTES: Record<string, (name: string) => boolean> = {
  target: (n) => n === 'name' || n === 'matrix' || isTargetAttribute(n),
  group: (n) => ['name', 'matrix', 'description', 'targets'].includes(n),
  variable: (n) => ['default', 'type', 'description'].includes(n),
  function: (n) => ['params', 'variadic_params', 'result'].includes(n),
  validation: (n) => ['condition', 'error_message'].includes(n),
};

const at = (p: SourcePos) => `${p.file}:${p.line}:${p.column}`;

/** A JSON value with the position it came from. */
type JNode =
  | { t: 'object'; entries: { key: string; keyPos: SourcePos; value: JNode }[]; pos: SourcePos }
  | { t: 'array'; items: JNode[]; pos: SourcePos }
  | { t: 'string'; value: string; pos: SourcePos }
  | { t: 'number'; value: number; pos: SourcePos }
  | { t: 'bool'; value: boolean; pos: SourcePos }
  | { t: 'null'; pos: SourcePos };

/** Small JSON reader that keeps positions, so errors in bake JSON files point at file:line:col. */
function parseJSONWithPos(src: string, file: string): JNode {
  const s = new Scanner(src, file);
  s.pushNewlines(false);
  const ws = () => {
    while (/[ \t\r\n\uFEFF]/.test(s.peekChar()) && !s.eof()) s.offset++;
  };
  let depth = 0;
  const value = (): JNode => {
    ws();
    const pos = s.pos();
    const c = s.peekChar();
    if (c === '{' || c === '[') {
      // recursive reader: bounded like the HCL parser, so deep input is a BakeError, not a stack overflow
      if (depth >= MAX_NESTING)
        throw s.error(`nesting too deep: more than ${MAX_NESTING} levels of JSON objects and arrays`);
      depth++;
      try {
        return container(pos, c);
      } finally {
        depth--;
      }
    }
    if (c === '"') return { t: 'string', value: stringLit(), pos };
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(s.src.slice(s.offset, s.offset + 100));
    if (!m) throw s.error(`expected a JSON value, found ${s.describeNext()}`);
    s.offset += m[0].length;
    if (m[0] === 'true' || m[0] === 'false') return { t: 'bool', value: m[0] === 'true', pos };
    if (m[0] === 'null') return { t: 'null', pos };
    return { t: 'number', value: Number(m[0]), pos };
  };
  const container = (pos: SourcePos, c: string): JNode => {
    if (c === '{') {
      s.offset++;
      const entries: { key: string; keyPos: SourcePos; value: JNode }[] = [];
      ws();
      if (s.peekChar() === '}') {
        s.offset++;
        return { t: 'object', entries, pos };
      }
      for (;;) {
        ws();
        const keyPos = s.pos();
        if (s.peekChar() !== '"') throw s.error(`expected a string object key in JSON, found ${s.describeNext()}`);
        const key = stringLit();
        ws();
        if (s.peekChar() !== ':') throw s.error(`expected ":" after JSON object key, found ${s.describeNext()}`);
        s.offset++;
        entries.push({ key, keyPos, value: value() });
        ws();
        if (s.peekChar() === ',') {
          s.offset++;
          continue;
        }
        if (s.peekChar() === '}') {
          s.offset++;
          return { t: 'object', entries, pos };
        }
        throw s.error(`expected "," or "}" in JSON object, found ${s.describeNext()}`);
      }
    }
    if (c === '[') {
      s.offset++;
      const items: JNode[] = [];
      ws();
      if (s.peekChar() === ']') {
        s.offset++;
        return { t: 'array', items, pos };
      }
      for (;;) {
        items.push(value());
        ws();
        if (s.peekChar() === ',') {
          s.offset++;
          continue;
        }
        if (s.peekChar() === ']') {
          s.offset++;
          return { t: 'array', items, pos };
        }
        throw s.error(`expected "," or "]" in JSON array, found ${s.describeNext()}`);
      }
    }
    throw s.error(`expected a JSON value, found ${s.describeNext()}`);
  };
  const stringLit = (): string => {
    const start = s.offset;
    s.offset++;
    for (;;) {
      if (s.eof()) throw s.error('unterminated JSON string', start);
      const c = s.peekChar();
      if (c === '\\') {
        s.offset += 2;
        continue;
      }
      if (c === '"') break;
      if (c === '\n') throw s.error('unterminated JSON string', start);
      s.offset++;
    }
    s.offset++;
    try {
      return JSON.parse(s.src.slice(start, s.offset)) as string;
    } catch {
      throw s.error('invalid escape in JSON string', start);
    }
  };
  const root = value();
  ws();
  if (!s.eof()) throw s.error(`expected end of JSON document, found ${s.describeNext()}`);
  return root;
}

const BLOCK_TYPES = new Set(['variable', 'function', 'group', 'target']);

/**
 * Reads an HCL-JSON bake file into the same AST as native HCL. Strings are templates
 * (`"${FOO}"` interpolates); block types may be objects keyed by label or arrays of those.
 */
export function parseHCLJSON(src: string, file: string): Body {
  const root = parseJSONWithPos(src, file);
  if (root.t !== 'object') throw new BakeError('the root of a bake JSON file must be an object', root.pos);
  const items: (Attribute | Block)[] = [];
  const seen = new Map<string, SourcePos>();
  for (const e of root.entries) {
    if (!BLOCK_TYPES.has(e.key)) {
      const first = seen.get(e.key);
      if (first)
        throw new BakeError(
          `Duplicate attribute definition; The argument "${e.key}" was already set at ${at(first)}.`,
          e.keyPos,
        );
      seen.set(e.key, e.keyPos);
    }
    if (BLOCK_TYPES.has(e.key)) items.push(...jsonBlocks(e.key, e.value));
    else items.push({ kind: 'attribute', name: e.key, expr: jsonExpr(e.value), pos: e.keyPos });
  }
  return { items };
}

function jsonBlocks(type: string, node: JNode): Block[] {
  const out: Block[] = [];
  if (node.t === 'array') {
    for (const item of node.items) out.push(...jsonBlocks(type, item));
    return out;
  }
  if (node.t !== 'object') throw new BakeError(`expected a JSON object of "${type}" blocks keyed by name`, node.pos);
  for (const e of node.entries) {
    const bodies = e.value.t === 'array' ? e.value.items : [e.value];
    for (const b of bodies) {
      out.push({ kind: 'block', type, labels: [e.key], labelPos: [e.keyPos], body: jsonBody(type, b), pos: e.keyPos });
    }
  }
  return out;
}

function jsonBody(type: string, node: JNode): Body {
  if (node.t !== 'object') throw new BakeError(`expected a JSON object for the body of a "${type}" block`, node.pos);
  const items: (Attribute | Block)[] = [];
  const known = SCHEMA_ATTRIBUTES[type];
  const seen = new Map<string, SourcePos>();
  for (const e of node.entries) {
    if (known?.(e.key)) {
      const first = seen.get(e.key);
      if (first)
        throw new BakeError(`Duplicate argument; The argument "${e.key}" was already set at ${at(first)}.`, e.keyPos);
      seen.set(e.key, e.keyPos);
    }
    if (type === 'variable' && e.key === 'validation') {
      const list = e.value.t === 'array' ? e.value.items : [e.value];
      for (const v of list) {
        items.push({
          kind: 'block',
          type: 'validation',
          labels: [],
          labelPos: [],
          body: jsonBody('validation', v),
          pos: e.keyPos,
        });
      }
      continue;
    }
    let expr: Expr;
    if (type === 'variable' && e.key === 'type' && e.value.t === 'string') {
      // A type is an expression, not a template: "list(string)".
      expr = parseExpression(e.value.value, e.value.pos.file);
    } else if (type === 'function' && (e.key === 'params' || e.key === 'variadic_params')) {
      expr = jsonKeywords(e.value);
    } else {
      expr = jsonExpr(e.value);
    }
    items.push({ kind: 'attribute', name: e.key, expr, pos: e.keyPos });
  }
  return { items };
}

/** Function parameter names are given as JSON strings. */
function jsonKeywords(node: JNode): Expr {
  if (node.t === 'string') return { kind: 'var', name: node.value, pos: node.pos };
  if (node.t === 'array') return { kind: 'tuple', items: node.items.map(jsonKeywords), pos: node.pos };
  return jsonExpr(node);
}

function jsonExpr(node: JNode): Expr {
  switch (node.t) {
    case 'string':
      return parseTemplateString(node.value, node.pos);
    case 'number':
      return { kind: 'literal', value: node.value, pos: node.pos };
    case 'bool':
      return { kind: 'literal', value: node.value, pos: node.pos };
    case 'null':
      return { kind: 'literal', value: null, pos: node.pos };
    case 'array':
      return { kind: 'tuple', items: node.items.map(jsonExpr), pos: node.pos };
    case 'object': {
      const seen = new Map<string, SourcePos>();
      for (const e of node.entries) {
        const first = seen.get(e.key);
        if (first)
          throw new BakeError(
            `Duplicate object attribute; An attribute named "${e.key}" was already defined at ${at(first)}.`,
            e.keyPos,
          );
        seen.set(e.key, e.keyPos);
      }
      return {
        kind: 'object',
        items: node.entries.map((e) => ({
          key: { kind: 'literal', value: e.key, pos: e.keyPos },
          value: jsonExpr(e.value),
        })),
        pos: node.pos,
      };
    }
  }
}
