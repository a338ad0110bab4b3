/**
 * User-defined `function` blocks (buildx hclparser's userfunc): `params`, optional `variadic_params`, and a `result`
 * expression evaluated with the arguments bound to the parameter names, in the global scope. A function that reaches
 * itself through the functions and variables its result names is refused, as buildx refuses it, when it is defined.
 */
import { BakeError } from './errors.js';
import type { Attribute, Block, Expr, TemplateNode } from './hcl/ast.js';
import { type EvalContext, type HclFunction, childContext, evaluate } from './hcl/eval.js';
import type { Value } from './hcl/value.js';

export interface FunctionDef {
  name: string;
  block: Block;
  params?: Attribute;
  variadic?: Attribute;
  result?: Attribute;
}

/** The global scope a function is defined in: its own names are looked up without a position. */
export interface FunctionScope extends EvalContext {
  lookupVariable(name: string): Value | undefined;
}

export function readFunction(block: Block): FunctionDef {
  const def: FunctionDef = { name: block.labels[0], block };
  for (const item of block.body.items) {
    if (item.kind !== 'attribute') continue;
    if (item.name === 'params') def.params = item;
    else if (item.name === 'variadic_params') def.variadic = item;
    else if (item.name === 'result') def.result = item;
  }
  return def;
}

/**
 * Checks `f` and makes it callable. `inProgress` holds the functions being defined further up the stack (resolving
 * one's dependencies may define others): meeting `f` there is a cycle.
 */
export function defineFunction(f: FunctionDef, scope: FunctionScope, inProgress: Set<string>): HclFunction {
  const name = f.name;
  const where = f.params?.pos ?? f.block.labelPos[0] ?? f.block.pos;
  if (inProgress.has(name)) throw new BakeError(`Invalid function; function cycle not allowed for ${name}`, where);
  if (!f.result) throw new BakeError(`Invalid function; empty result not allowed for ${name}`, where);
  if (!f.params) throw new BakeError(`Invalid function; empty params not allowed for ${name}`, where);
  const paramExpr = f.params.expr;
  if (paramExpr.kind !== 'tuple')
    throw new BakeError('Invalid params; params must be a list of parameter names', paramExpr.pos);
  const params = paramExpr.items.map((p) => {
    if (p.kind !== 'var')
      throw new BakeError('Invalid param element; Each parameter name must be an identifier.', p.pos);
    return p.name;
  });
  let variadic: string | undefined;
  if (f.variadic) {
    if (f.variadic.expr.kind !== 'var')
      throw new BakeError('Invalid param element; Each parameter name must be an identifier.', f.variadic.pos);
    variadic = f.variadic.expr.name;
  }
  const result = f.result.expr;
  inProgress.add(name);
  try {
    checkFunctionDeps(result, scope, new Set([...params, ...(variadic ? [variadic] : [])]));
  } finally {
    inProgress.delete(name);
  }
  return (args, pos) => {
    if (args.length < params.length || (!variadic && args.length > params.length)) {
      throw new BakeError(
        `Invalid function argument; Function "${name}" expects ${variadic ? 'at least ' : ''}${params.length} argument(s), got ${args.length}.`,
        pos,
      );
    }
    const locals = new Map<string, Value>();
    params.forEach((p, i) => locals.set(p, args[i]));
    if (variadic) locals.set(variadic, args.slice(params.length));
    return evaluate(result, childContext(scope, locals));
  };
}

/** Resolves the functions and values a function result refers to, so cycles are reported. */
function checkFunctionDeps(expr: Expr, scope: FunctionScope, params: Set<string>): void {
  const visit = (e: Expr, locals: Set<string>): void => {
    switch (e.kind) {
      case 'call':
        if (!['try', 'can', 'convert'].includes(e.name)) scope.lookupFunction(e.name);
        e.args.forEach((a) => visit(a, locals));
        return;
      case 'var':
        if (!locals.has(e.name) && !params.has(e.name)) {
          if (e.name !== 'target' && e.name !== 'group') scope.lookupVariable(e.name);
        }
        return;
      case 'template':
        for (const p of e.parts) visitTemplate(p, locals);
        return;
      case 'getattr':
      case 'splat':
        visit(e.obj, locals);
        return;
      case 'index':
        visit(e.obj, locals);
        visit(e.key, locals);
        return;
      case 'tuple':
        e.items.forEach((i) => visit(i, locals));
        return;
      case 'object':
        e.items.forEach((i) => (visit(i.key, locals), visit(i.value, locals)));
        return;
      case 'for': {
        visit(e.coll, locals);
        const inner = new Set([...locals, e.valVar, ...(e.keyVar ? [e.keyVar] : [])]);
        if (e.keyExpr) visit(e.keyExpr, inner);
        visit(e.valExpr, inner);
        if (e.cond) visit(e.cond, inner);
        return;
      }
      case 'cond':
        visit(e.cond, locals);
        visit(e.then, locals);
        visit(e.else, locals);
        return;
      case 'binary':
        visit(e.left, locals);
        visit(e.right, locals);
        return;
      case 'unary':
        visit(e.operand, locals);
        return;
      case 'paren':
        visit(e.expr, locals);
        return;
      default:
        return;
    }
  };
  const visitTemplate = (p: TemplateNode, locals: Set<string>): void => {
    if (p.kind === 'interp') visit(p.expr, locals);
    else if (p.kind === 'if') {
      visit(p.cond, locals);
      p.then.forEach((x) => visitTemplate(x, locals));
      p.else.forEach((x) => visitTemplate(x, locals));
    } else if (p.kind === 'for') {
      visit(p.coll, locals);
      const inner = new Set([...locals, p.valVar, ...(p.keyVar ? [p.keyVar] : [])]);
      p.body.forEach((x) => visitTemplate(x, inner));
    }
  };
  try {
    visit(expr, new Set());
  } catch (e) {
    // Unknown names surface when the function is called; only cycles matter here.
    if (e instanceof BakeError && /cycle not allowed/.test(e.detail)) throw e;
  }
}
