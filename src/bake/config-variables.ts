/**
 * `variable` blocks (buildx hclparser: variables with defaults, types, overrides and validation). A variable's value
 * is its default, converted to its declared type, unless the environment (or `--var`) overrides it: an override is
 * a string, read as JSON (`NAME_JSON`), as CSV for a collection type, or as the primitive the type or the default
 * asks for. Validation rules run once every variable has its value.
 */
import { BakeError, type SourcePos, atPos } from './errors.js';
import { csvFields, parseGoBool } from './entries.js';
import type { Attribute, Block, Expr } from './hcl/ast.js';
import { type EvalContext, evaluate, typeFromExpr } from './hcl/eval.js';
import {
  type HclType,
  type ObjectValue,
  type Value,
  asBool,
  asString,
  convertTo,
  fromJS,
  isPrimitiveType,
  typeToString,
} from './hcl/value.js';

export interface VariableDef {
  name: string;
  block: Block;
  defaultAttr?: Attribute;
  typeExpr?: Expr;
  descriptionExpr?: Expr;
  validations: { condition: Expr; errorMessage?: Expr; pos: SourcePos }[];
}

/** A variable's override as its source gave it: the string, and whether it came from `NAME_JSON`. */
export interface VariableOverride {
  value: string;
  json: boolean;
}

/** Looks up a variable's override; `favorJSON` prefers `NAME_JSON` (for a typed variable). */
export type OverrideLookup = (name: string, favorJSON: boolean) => VariableOverride | undefined;

export function readVariable(block: Block): VariableDef {
  const def: VariableDef = { name: block.labels[0], block, validations: [] };
  for (const item of block.body.items) {
    if (item.kind === 'attribute') {
      if (item.name === 'default') def.defaultAttr = item;
      else if (item.name === 'type') def.typeExpr = item.expr;
      else if (item.name === 'description') def.descriptionExpr = item.expr;
    } else if (item.type === 'validation') {
      let condition: Expr | undefined;
      let errorMessage: Expr | undefined;
      for (const a of item.body.items) {
        if (a.kind !== 'attribute') continue;
        if (a.name === 'condition') condition = a.expr;
        else if (a.name === 'error_message') errorMessage = a.expr;
      }
      if (!condition)
        throw new BakeError(
          'Missing required argument; The argument "condition" is required, but no definition was found.',
          item.pos,
        );
      def.validations.push({ condition, errorMessage, pos: item.pos });
    }
  }
  return def;
}

/**
 * The value of a global name: a top-level attribute (`attr`, which wins over a variable of the same name and is
 * never overridden) or a variable (`v`), evaluated in `scope`.
 */
export function variableValue(
  name: string,
  v: VariableDef | undefined,
  attr: Attribute | undefined,
  scope: EvalContext,
  lookupOverride: OverrideLookup,
): Value {
  let def: Attribute | undefined = attr;
  let type: HclType = { kind: 'any' };
  let typeSpecified = false;
  if (!attr && v) {
    def = v.defaultAttr;
    if (v.typeExpr && !(v.typeExpr.kind === 'literal' && v.typeExpr.value === null)) {
      type = typeFromExpr(v.typeExpr);
      typeSpecified = true;
    }
  }
  const pos = def?.pos ?? v?.block.pos;
  const isVar = v !== undefined;
  if (!def && !lookupOverride(name, false)) return typeSpecified ? null : '';

  let value: Value = null;
  let hasDefault = false;
  if (def) {
    value = evaluate(def.expr, scope);
    hasDefault = true;
    try {
      value = convertTo(value, type);
    } catch (e) {
      throw new BakeError(
        `invalid type ${typeToString(type)} for variable ${name} default value: ${(e as Error).message}`,
        def.expr.pos,
      );
    }
  }
  const override = isVar ? lookupOverride(name, typeSpecified) : undefined;
  if (!override) return value;
  // buildx reports override errors at the variable body's "missing item" position: its first item.
  const overridePos = v?.block.body.items[0]?.pos ?? v?.block.labelPos[0] ?? pos;
  const fail = (msg: string): never => {
    throw new BakeError(`Invalid value; ${msg}`, overridePos);
  };
  try {
    if (typeSpecified && override.json) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(override.value);
      } catch (e) {
        return fail(`failed to convert variable ${name} from JSON: ${(e as Error).message}`);
      }
      return convertTo(fromJS(parsed), type);
    }
    if (type.kind === 'list' || type.kind === 'set' || type.kind === 'tuple' || type.kind === 'map') {
      try {
        return valueFromCSV(name, override.value, type);
      } catch (e) {
        return fail(`failed to convert variable ${name} from CSV: ${(e as Error).message}`);
      }
    }
    if (typeSpecified && isPrimitiveType(type)) return convertPrimitive(name, override.value, type);
    if (typeSpecified) return fail(`unsupported type ${typeToString(type)} for variable ${name}`);
    if (!hasDefault || value === null) return override.value;
    if (typeof value === 'string') return override.value;
    if (typeof value === 'number') return convertPrimitive(name, override.value, { kind: 'number' });
    if (typeof value === 'boolean') return convertPrimitive(name, override.value, { kind: 'bool' });
    return fail(`unsupported type ${Array.isArray(value) ? 'tuple' : 'object'} for variable ${name}`);
  } catch (e) {
    if (e instanceof BakeError) throw e;
    throw new BakeError(`Invalid value; ${(e as Error).message}`, overridePos);
  }
}

/** Go's strconv.ParseFloat for the decimal forms people write; NaN/Inf are rejected by bake. */
function parseGoFloat(s: string): number | undefined {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}

function convertPrimitive(name: string, value: string, t: HclType): Value {
  switch (t.kind) {
    case 'string':
      return value;
    case 'bool': {
      const b = parseGoBool(value);
      if (b === undefined)
        throw new Error(
          `failed to parse ${name} as bool: strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`,
        );
      return b;
    }
    case 'number': {
      const n = parseGoFloat(value);
      if (n === undefined) {
        const why = /^[+-]?(nan|inf|infinity)$/i.test(value)
          ? 'invalid number value'
          : `strconv.ParseFloat: parsing ${JSON.stringify(value)}: invalid syntax`;
        throw new Error(`failed to parse ${name} as number: ${why}`);
      }
      return n;
    }
    default:
      throw new Error(`${name} of type ${typeToString(t)} is not a primitive`);
  }
}

function valueFromCSV(name: string, value: string, t: HclType): Value {
  const fields = csvFields(value);
  const prim = (f: string, et: HclType) => {
    if (!isPrimitiveType(et)) throw new Error(`unsupported type ${typeToString(t)} for CSV specification`);
    try {
      return convertPrimitive(name, f, et);
    } catch (e) {
      throw new Error(`failed to parse element of type ${typeToString(t)}: ${(e as Error).message}`);
    }
  };
  switch (t.kind) {
    case 'list':
      return fields.map((f) => prim(f, t.elem));
    case 'set':
      return convertTo(
        fields.map((f) => prim(f, t.elem)),
        t,
      );
    case 'tuple':
      if (t.elems.length !== fields.length)
        throw new Error(`${typeToString(t)} expects ${t.elems.length} elements but only ${fields.length} provided`);
      return fields.map((f, i) => prim(f, t.elems[i]));
    case 'map': {
      const m: ObjectValue = new Map();
      for (const f of fields) {
        const kv = f.split(':');
        if (kv.length !== 2) throw new Error(`expected one k/v pair but got ${kv.length} pieces from ${f}`);
        m.set(kv[0], prim(kv[1], t.elem));
      }
      return m;
    }
    default:
      throw new Error(`unsupported type ${typeToString(t)} for CSV specification`);
  }
}

/**
 * Runs every variable's `validation` rules in `scope`; throws the first failure, or one error that says how many
 * others there were (hcl's diagnostics, as buildx prints them).
 */
export function validateVariables(vars: Iterable<VariableDef>, scope: EvalContext): void {
  const errors: BakeError[] = [];
  for (const v of vars) {
    for (const rule of v.validations) {
      let result: Value;
      try {
        result = evaluate(rule.condition, scope);
      } catch (e) {
        errors.push(atPos(e, rule.condition.pos));
        continue;
      }
      if (result === null) {
        errors.push(
          new BakeError(
            'Invalid condition result; Condition expression must return either true or false, not null.',
            rule.condition.pos,
          ),
        );
        continue;
      }
      let ok: boolean | null;
      try {
        ok = asBool(result);
      } catch {
        errors.push(
          new BakeError(
            `Invalid condition result; Invalid condition result value: a bool is required`,
            rule.condition.pos,
          ),
        );
        continue;
      }
      if (ok) continue;
      let message = 'This check failed, but has an invalid error message.';
      if (rule.errorMessage) {
        try {
          const m = evaluate(rule.errorMessage, scope);
          if (m !== null) message = asString(m) ?? message;
        } catch (e) {
          errors.push(atPos(e, rule.errorMessage.pos));
          continue;
        }
      }
      errors.push(new BakeError(`Validation failed; ${message}`, rule.condition.pos));
    }
  }
  if (errors.length === 0) return;
  const first = errors[0];
  if (errors.length === 1) throw first;
  const e = new BakeError(
    `${first.detail}, and ${errors.length - 1} other diagnostic(s)`,
    first.file ? { file: first.file, line: first.line!, column: first.column! } : undefined,
  );
  throw e;
}
