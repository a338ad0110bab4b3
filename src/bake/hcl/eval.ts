import { BakeError, type SourcePos } from '../errors.js';
import type { Expr, TemplateNode } from './ast.js';
import {
  type HclType,
  type ObjectValue,
  type Value,
  ConversionError,
  LazyValue,
  asBool,
  asNumber,
  asString,
  convertTo,
  materialize,
  sortedKeys,
  typeName,
  valuesEqual,
} from './value.js';

export type HclFunction = (args: Value[], pos: SourcePos) => Value;

/** Where names are looked up. Returning undefined means "not defined here". */
export interface EvalContext {
  lookupVariable(name: string, pos: SourcePos): Value | undefined;
  lookupFunction(name: string): HclFunction | undefined;
}

const ANCHOR = '\u0000splat';

/** A context with extra local names (for-expression iterators, matrix keys, function params). */
export function childContext(parent: EvalContext, vars: Map<string, Value>): EvalContext {
  return {
    lookupVariable: (name, pos) => (vars.has(name) ? vars.get(name) : parent.lookupVariable(name, pos)),
    lookupFunction: (name) => parent.lookupFunction(name),
  };
}

/** Evaluates an expression to a concrete value (lazy block references are forced). */
export function evaluate(expr: Expr, ctx: EvalContext): Value {
  return materializeAt(evalRaw(expr, ctx), expr.pos);
}

function materializeAt(v: Value, pos: SourcePos): Value {
  try {
    return materialize(v);
  } catch (e) {
    throw wrap(e, pos);
  }
}

function wrap(e: unknown, pos: SourcePos): BakeError {
  if (e instanceof BakeError) return e;
  return new BakeError(e instanceof Error ? e.message : String(e), pos);
}

function fail(pos: SourcePos, msg: string): never {
  throw new BakeError(msg, pos);
}

/** Evaluates without forcing lazy values, so `target.x.attr` only evaluates `attr`. */
function evalRaw(expr: Expr, ctx: EvalContext): Value {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'paren':
      return evalRaw(expr.expr, ctx);
    case 'template':
      return evalTemplate(expr.parts, ctx, expr.pos);
    case 'var': {
      let v: Value | undefined;
      try {
        v = ctx.lookupVariable(expr.name, expr.pos);
      } catch (e) {
        throw wrap(e, expr.pos);
      }
      if (v === undefined) fail(expr.pos, `Unknown variable; There is no variable named "${expr.name}".`);
      return v;
    }
    case 'anchor': {
      const v = ctx.lookupVariable(ANCHOR, expr.pos);
      return v === undefined ? null : v;
    }
    case 'getattr':
      return getAttr(evalRaw(expr.obj, ctx), expr.name, expr.pos);
    case 'index': {
      const obj = evalRaw(expr.obj, ctx);
      const key = evaluate(expr.key, ctx);
      return index(obj, key, expr.pos);
    }
    case 'splat': {
      const obj = evaluate(expr.obj, ctx);
      if (obj === null) return [];
      const items = Array.isArray(obj) ? obj : [obj];
      return items.map((item) => evaluate(expr.each, childContext(ctx, new Map([[ANCHOR, item]]))));
    }
    case 'call':
      return evalCall(expr, ctx);
    case 'tuple':
      return expr.items.map((i) => evaluate(i, ctx));
    case 'object': {
      const m: ObjectValue = new Map();
      for (const item of expr.items) {
        const k = evaluate(item.key, ctx);
        let ks: string | null;
        try {
          ks = asString(k, 'object key');
        } catch (e) {
          throw wrap(e, item.key.pos);
        }
        if (ks === null) fail(item.key.pos, 'Invalid object key; object keys must not be null');
        m.set(ks, evaluate(item.value, ctx));
      }
      return m;
    }
    case 'for':
      return evalFor(expr, ctx);
    case 'cond': {
      const c = evaluate(expr.cond, ctx);
      if (c === null)
        fail(expr.cond.pos, 'Null condition; The condition value is null. Conditions must either be true or false.');
      let b: boolean | null;
      try {
        b = asBool(c, 'the condition');
      } catch (e) {
        throw wrap(e, expr.cond.pos);
      }
      return b ? evalRaw(expr.then, ctx) : evalRaw(expr.else, ctx);
    }
    case 'unary': {
      const v = evaluate(expr.operand, ctx);
      try {
        if (expr.op === '!') {
          const b = asBool(v, 'the operand');
          if (b === null)
            fail(expr.pos, 'Invalid operand; Unsuitable value for unary operand: a bool is required, not null.');
          return !b;
        }
        const n = asNumber(v, 'the operand');
        if (n === null)
          fail(expr.pos, 'Invalid operand; Unsuitable value for unary operand: a number is required, not null.');
        return -n;
      } catch (e) {
        throw wrap(e, expr.pos);
      }
    }
    case 'binary':
      return evalBinary(expr, ctx);
  }
}

export function getAttr(obj: Value, name: string, pos: SourcePos): Value {
  if (obj instanceof LazyValue) {
    try {
      return obj.getAttr(name);
    } catch (e) {
      throw wrap(e, pos);
    }
  }
  if (obj === null)
    fail(pos, `Attempt to get attribute from null value; This value is null, so it does not have any attributes.`);
  if (obj instanceof Map) {
    if (!obj.has(name)) fail(pos, `Unsupported attribute; This object does not have an attribute named "${name}".`);
    return obj.get(name)!;
  }
  fail(pos, `Unsupported attribute; Can't access attributes on a primitive-typed value (${typeName(obj)}).`);
}

function index(obj: Value, key: Value, pos: SourcePos): Value {
  if (obj instanceof LazyValue) {
    let k: string | null;
    try {
      k = asString(key);
    } catch (e) {
      throw wrap(e, pos);
    }
    if (k === null) fail(pos, "Invalid index; Can't use a null value as an indexing key.");
    return getAttr(obj, k, pos);
  }
  if (obj === null) fail(pos, 'Attempt to index null value; This value is null, so it does not have any indices.');
  if (key === null) fail(pos, "Invalid index; Can't use a null value as an indexing key.");
  if (Array.isArray(obj)) {
    let n: number | null;
    try {
      n = asNumber(key, 'the index');
    } catch {
      fail(
        pos,
        'Invalid index; The given key does not identify an element in this collection value: a number is required.',
      );
    }
    if (n === null || !Number.isInteger(n) || n < 0 || n >= obj.length) {
      fail(pos, 'Invalid index; The given key does not identify an element in this collection value.');
    }
    return obj[n]!;
  }
  if (obj instanceof Map) {
    let k: string;
    try {
      k = asString(key)!;
    } catch {
      fail(pos, 'Invalid index; The given key does not identify an element in this collection value: string required.');
    }
    if (!obj.has(k)) fail(pos, 'Invalid index; The given key does not identify an element in this collection value.');
    return obj.get(k)!;
  }
  fail(pos, `Invalid index; This value does not have any indices (it is a ${typeName(obj)}).`);
}

function evalBinary(expr: Extract<Expr, { kind: 'binary' }>, ctx: EvalContext): Value {
  const { op } = expr;
  if (op === '&&' || op === '||') {
    const l = bool(evaluate(expr.left, ctx), expr.left.pos);
    // HCL evaluates both operands; short-circuiting only matters for errors.
    const r = bool(evaluate(expr.right, ctx), expr.right.pos);
    return op === '&&' ? l && r : l || r;
  }
  const l = evaluate(expr.left, ctx);
  const r = evaluate(expr.right, ctx);
  if (op === '==') return valuesEqual(l, r);
  if (op === '!=') return !valuesEqual(l, r);
  const a = num(l, expr.left.pos);
  const b = num(r, expr.right.pos);
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) fail(expr.pos, "Operation failed; Error during operation: can't divide by zero.");
      return a / b;
    case '%':
      if (b === 0) fail(expr.pos, "Operation failed; Error during operation: can't use modulo by zero.");
      return a % b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
  }
}

function num(v: Value, pos: SourcePos): number {
  try {
    const n = asNumber(v, 'the operand');
    if (n === null) fail(pos, 'Invalid operand; Unsuitable value for operand: a number is required, not null.');
    return n;
  } catch (e) {
    throw wrap(e, pos);
  }
}

function bool(v: Value, pos: SourcePos): boolean {
  try {
    const b = asBool(v, 'the operand');
    if (b === null) fail(pos, 'Invalid operand; Unsuitable value for operand: a bool is required, not null.');
    return b;
  } catch (e) {
    throw wrap(e, pos);
  }
}

/** Iterates a collection as (key, value) pairs: lists by index, maps by sorted key. */
function iterate(coll: Value, pos: SourcePos): [Value, Value][] {
  if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
  if (coll instanceof Map) return sortedKeys(coll).map((k) => [k, coll.get(k)!]);
  if (coll === null)
    fail(pos, "Iteration over null value; A null value cannot be used as the collection in a 'for' expression.");
  fail(
    pos,
    `Iteration over non-iterable value; A value of type ${typeName(coll)} cannot be used as the collection in a 'for' expression.`,
  );
}

function evalFor(expr: Extract<Expr, { kind: 'for' }>, ctx: EvalContext): Value {
  const coll = evaluate(expr.coll, ctx);
  const pairs = iterate(coll, expr.coll.pos);
  const isObject = expr.keyExpr !== undefined;
  const list: Value[] = [];
  const obj: ObjectValue = new Map();
  for (const [k, v] of pairs) {
    const vars = new Map<string, Value>();
    if (expr.keyVar) vars.set(expr.keyVar, k);
    vars.set(expr.valVar, v);
    const inner = childContext(ctx, vars);
    if (expr.cond) {
      const c = evaluate(expr.cond, inner);
      if (c === null) fail(expr.cond.pos, "Condition is null; The value of the 'if' clause must not be null.");
      if (!bool(c, expr.cond.pos)) continue;
    }
    if (!isObject) {
      list.push(evaluate(expr.valExpr, inner));
      continue;
    }
    let key: string | null;
    try {
      key = asString(evaluate(expr.keyExpr!, inner), 'the object key');
    } catch (e) {
      throw wrap(e, expr.keyExpr!.pos);
    }
    if (key === null)
      fail(expr.keyExpr!.pos, "Invalid object key; Key expression in 'for' expression must not produce a null value.");
    const val = evaluate(expr.valExpr, inner);
    if (expr.group) {
      const existing = obj.get(key);
      if (Array.isArray(existing)) existing.push(val);
      else obj.set(key, [val]);
    } else {
      if (obj.has(key)) {
        fail(
          expr.keyExpr!.pos,
          `Duplicate object key; Two different items produced the key "${key}" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`,
        );
      }
      obj.set(key, val);
    }
  }
  return isObject ? obj : list;
}

function evalTemplate(parts: TemplateNode[], ctx: EvalContext, pos: SourcePos): Value {
  // A template that is exactly one interpolation yields the raw value (a null stays null).
  if (parts.length === 1 && parts[0].kind === 'interp') return evalRaw(parts[0].expr, ctx);
  if (parts.length === 0) return '';
  return renderTemplate(parts, ctx, pos);
}

function renderTemplate(parts: TemplateNode[], ctx: EvalContext, pos: SourcePos): string {
  let out = '';
  for (const p of parts) {
    switch (p.kind) {
      case 'text':
        out += p.value;
        break;
      case 'interp': {
        const v = evaluate(p.expr, ctx);
        if (v === null)
          fail(
            p.expr.pos,
            'Invalid template interpolation value; The expression result is null. Cannot include a null value in a string template.',
          );
        try {
          out += asString(v, 'the interpolated value');
        } catch {
          fail(
            p.expr.pos,
            `Invalid template interpolation value; Cannot include the given value in a string template: string required, but have ${typeName(v)}.`,
          );
        }
        break;
      }
      case 'if': {
        const c = evaluate(p.cond, ctx);
        if (c === null) fail(p.cond.pos, 'Invalid template if directive; The condition value is null.');
        out += renderTemplate(bool(c, p.cond.pos) ? p.then : p.else, ctx, pos);
        break;
      }
      case 'for': {
        for (const [k, v] of iterate(evaluate(p.coll, ctx), p.coll.pos)) {
          const vars = new Map<string, Value>();
          if (p.keyVar) vars.set(p.keyVar, k);
          vars.set(p.valVar, v);
          out += renderTemplate(p.body, childContext(ctx, vars), pos);
        }
        break;
      }
    }
  }
  return out;
}

function evalCall(expr: Extract<Expr, { kind: 'call' }>, ctx: EvalContext): Value {
  const { name } = expr;
  // try/can take unevaluated arguments: the point is to catch their evaluation errors.
  if (name === 'try' || name === 'can') {
    if (name === 'can' && expr.args.length !== 1)
      fail(expr.pos, 'Invalid function argument; can() takes exactly one argument.');
    if (name === 'try' && expr.args.length === 0)
      fail(expr.pos, 'Invalid function argument; try() needs at least one argument.');
    for (const a of expr.args) {
      try {
        const v = evaluate(a, ctx);
        return name === 'can' ? true : v;
      } catch (e) {
        if (!(e instanceof BakeError)) throw e;
      }
    }
    if (name === 'can') return false;
    fail(expr.pos, 'Error in function call; Call to function "try" failed: no expression succeeded.');
  }
  if (name === 'convert' && expr.args.length === 2) {
    const t = typeFromExpr(expr.args[1]);
    const v = evaluate(expr.args[0], ctx);
    try {
      return convertTo(v, t);
    } catch (e) {
      throw wrap(e, expr.args[0].pos);
    }
  }
  const fn = ctx.lookupFunction(name);
  if (!fn) fail(expr.pos, `Call to unknown function; There is no function named "${name}".`);
  let args = expr.args.map((a) => evaluate(a, ctx));
  if (expr.expandFinal) {
    const last = args[args.length - 1];
    if (!Array.isArray(last))
      fail(
        expr.args[expr.args.length - 1].pos,
        'Invalid expanding argument value; The expanding argument (indicated by ...) must be of a tuple, list, or set type.',
      );
    args = [...args.slice(0, -1), ...last];
  }
  try {
    return fn(args, expr.pos);
  } catch (e) {
    if (e instanceof BakeError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    if (e instanceof ConversionError)
      fail(
        (e.argument !== undefined ? expr.args[e.argument]?.pos : undefined) ?? expr.pos,
        `Invalid function argument; ${msg}`,
      );
    fail(expr.pos, `Error in function call; Call to function "${name}" failed: ${msg}.`);
  }
}

/** Reads a type constraint expression: `string`, `list(number)`, `object({a = string})`, ... */
export function typeFromExpr(expr: Expr): HclType {
  const bad = (): never =>
    fail(
      expr.pos,
      'Invalid type specification; The type must be a type keyword (string, number, bool, any) or a type constructor call such as list(string).',
    );
  if (expr.kind === 'var') {
    switch (expr.name) {
      case 'string':
      case 'number':
      case 'bool':
      case 'any':
        return { kind: expr.name };
      default:
        return bad();
    }
  }
  if (expr.kind === 'call') {
    const arg = expr.args[0];
    if (expr.args.length !== 1 || !arg) return bad();
    switch (expr.name) {
      case 'list':
      case 'set':
      case 'map':
        return { kind: expr.name, elem: typeFromExpr(arg) };
      case 'tuple':
        if (arg.kind !== 'tuple') return bad();
        return { kind: 'tuple', elems: arg.items.map(typeFromExpr) };
      case 'object': {
        if (arg.kind !== 'object') return bad();
        const attrs = new Map<string, HclType>();
        for (const it of arg.items) {
          const k = it.key.kind === 'literal' ? it.key.value : it.key.kind === 'var' ? it.key.name : null;
          if (typeof k !== 'string') return bad();
          attrs.set(k, typeFromExpr(it.value));
        }
        return { kind: 'object', attrs };
      }
    }
  }
  return bad();
}
