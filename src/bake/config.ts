import { BakeError, type SourcePos, atPos } from './errors.js';
import { type Steps, checkCancelled, runSteps } from './steps.js';
import { parseGoBool, csvFields } from './entries.js';
import { setBlockSource } from './file-relative.js';
import type { Attribute, Block, Body, Expr } from './hcl/ast.js';
import type { ListedVariable } from './list.js';
import { type EvalContext, type HclFunction, childContext, evaluate, typeFromExpr } from './hcl/eval.js';
import { stdlibFunction } from './hcl/stdlib.js';
import {
  type HclType,
  type ObjectValue,
  type Value,
  ConversionError,
  LazyValue,
  asBool,
  asString,
  convertTo,
  fromJS,
  isPrimitiveType,
  materialize,
  sortedKeys,
  typeName,
  typeToString,
} from './hcl/value.js';
import { type Group, type Target, isTargetAttribute, mergeTarget, setTargetAttribute, targetAttributeValue } from './target.js';

/** The loaded (not yet resolved) definition: targets and groups in file order. */
export interface Config {
  targets: Target[];
  groups: Group[];
}

export interface HclFile {
  name: string;
  body: Body;
}

export interface EvaluateOptions {
  /** Built-in variables (BAKE_CMD_CONTEXT, BAKE_LOCAL_PLATFORM); they win over everything. */
  builtins: Record<string, string>;
  /** Looks up an override for a declared variable (the environment). */
  lookupVar: (name: string) => string | undefined;
  /** Problems that do not stop the evaluation (buildx ignores them silently), e.g. an unknown target attribute. */
  onWarning?: (warning: BakeError) => void;
  /** Stops the evaluation (a BakeError) between block instances once fired. */
  signal?: AbortSignal;
}

/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

export const TARGET_NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;
export const TARGET_NAME_CHARS = '[a-zA-Z0-9_-]+';

export function validateTargetName(name: string): string | undefined {
  return TARGET_NAME_PATTERN.test(name) ? undefined : `only "${TARGET_NAME_CHARS}" are allowed`;
}

interface VariableDef {
  name: string;
  block: Block;
  defaultAttr?: Attribute;
  typeExpr?: Expr;
  descriptionExpr?: Expr;
  validations: { condition: Expr; errorMessage?: Expr; pos: SourcePos }[];
}

interface FunctionDef {
  name: string;
  block: Block;
  params?: Attribute;
  variadic?: Attribute;
  result?: Attribute;
}

/** One evaluated copy of a block: a plain block has one, a matrix block one per combination. */
interface BlockInstance {
  type: 'target' | 'group';
  block: Block;
  label: string;
  name: string;
  ctx: EvalContext;
  attrs: Map<string, Attribute>;
  values: Map<string, Value>;
  inProgress: Set<string>;
  target?: Target;
  group?: Group;
}

const GROUP_ATTRIBUTES = ['description', 'targets'];

/**
 * Most combinations one `matrix` may expand to. buildx has no bound (it expands whatever it is given, as this did:
 * 10^8 combinations exhausted a 4 GB heap after 53 s). Real matrices have tens of combinations; 10,000 targets from
 * one block still resolve in about a second and tens of MB, and a definition that needs more can list its blocks.
 */
export const MAX_MATRIX_COMBINATIONS = 10_000;

function friendlyType(t: HclType): string {
  return typeToString(t);
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
      if (b === undefined) throw new Error(`failed to parse ${name} as bool: strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`);
      return b;
    }
    case 'number': {
      const n = parseGoFloat(value);
      if (n === undefined) {
        const why = /^[+-]?(nan|inf|infinity)$/i.test(value) ? 'invalid number value' : `strconv.ParseFloat: parsing ${JSON.stringify(value)}: invalid syntax`;
        throw new Error(`failed to parse ${name} as number: ${why}`);
      }
      return n;
    }
    default:
      throw new Error(`${name} of type ${friendlyType(t)} is not a primitive`);
  }
}

function valueFromCSV(name: string, value: string, t: HclType): Value {
  const fields = csvFields(value);
  const prim = (f: string, et: HclType) => {
    if (!isPrimitiveType(et)) throw new Error(`unsupported type ${friendlyType(t)} for CSV specification`);
    try {
      return convertPrimitive(name, f, et);
    } catch (e) {
      throw new Error(`failed to parse element of type ${friendlyType(t)}: ${(e as Error).message}`);
    }
  };
  switch (t.kind) {
    case 'list':
      return fields.map((f) => prim(f, t.elem));
    case 'set':
      return convertTo(fields.map((f) => prim(f, t.elem)), t);
    case 'tuple':
      if (t.elems.length !== fields.length) throw new Error(`${friendlyType(t)} expects ${t.elems.length} elements but only ${fields.length} provided`);
      return fields.map((f, i) => prim(f, t.elems[i]!));
    case 'map': {
      const m: ObjectValue = new Map();
      for (const f of fields) {
        const kv = f.split(':');
        if (kv.length !== 2) throw new Error(`expected one k/v pair but got ${kv.length} pieces from ${f}`);
        m.set(kv[0]!, prim(kv[1]!, t.elem));
      }
      return m;
    }
    default:
      throw new Error(`unsupported type ${friendlyType(t)} for CSV specification`);
  }
}

/** The value of a `target.NAME` / `group.NAME` reference; attributes evaluate on demand. */
class BlockRef extends LazyValue {
  constructor(
    private readonly ev: DefinitionEvaluator,
    private readonly inst: BlockInstance,
  ) {
    super();
  }
  getAttr(name: string): Value {
    return this.ev.referenceAttribute(this.inst, name);
  }
  force(): Value {
    const m: ObjectValue = new Map();
    const names = this.inst.type === 'target' ? ['name', ...this.ev.targetAttributeNames()] : ['name', ...GROUP_ATTRIBUTES];
    for (const n of names) m.set(n, this.getAttr(n));
    return m;
  }
}

/** `target` / `group` as a variable: block names map to lazily evaluated block values. */
class BlockNamespace extends LazyValue {
  constructor(
    private readonly ev: DefinitionEvaluator,
    private readonly type: 'target' | 'group',
  ) {
    super();
  }
  getAttr(name: string): Value {
    const inst = this.ev.instanceByName(this.type, name);
    if (!inst) throw new Error(`Unsupported attribute; This object does not have an attribute named "${name}".`);
    return new BlockRef(this.ev, inst);
  }
  force(): Value {
    const m: ObjectValue = new Map();
    for (const name of this.ev.instanceNames(this.type)) m.set(name, this.getAttr(name));
    return m;
  }
}

/**
 * Evaluates the merged HCL/JSON body of a bake definition (buildx hclparser.Parse): variables
 * with overrides and validation, user functions, global attributes, and target/group blocks
 * with matrix expansion and lazy cross-block references.
 */
export class DefinitionEvaluator implements EvalContext {
  private readonly vars = new Map<string, VariableDef>();
  private readonly funcs = new Map<string, FunctionDef>();
  private readonly attrs = new Map<string, Attribute>();
  private readonly blocks: Block[] = [];
  private readonly values = new Map<string, Value>();
  private readonly valuesInProgress = new Set<string>();
  private readonly functions = new Map<string, HclFunction>();
  private readonly functionsInProgress = new Set<string>();
  private readonly instances = new Map<Block, BlockInstance[]>();
  private readonly byName = { target: new Map<string, BlockInstance[]>(), group: new Map<string, BlockInstance[]>() };
  private readonly reserved: Set<string>;

  constructor(
    files: HclFile[],
    private readonly opts: EvaluateOptions,
  ) {
    this.reserved = new Set(['target', 'group', ...Object.keys(opts.builtins)]);
    for (const f of files) {
      for (const item of f.body.items) {
        if (item.kind === 'attribute') {
          if (!this.reserved.has(item.name) && item.name !== 'function') this.attrs.set(item.name, item);
          continue;
        }
        switch (item.type) {
          case 'variable':
            if (item.labels.length !== 1) throw new BakeError(`Invalid block; a variable block needs exactly one label, got ${item.labels.length}`, item.pos);
            if (!this.reserved.has(item.labels[0]!)) this.vars.set(item.labels[0]!, readVariable(item));
            break;
          case 'function':
            if (item.labels.length !== 1) throw new BakeError(`Invalid block; a function block needs exactly one label, got ${item.labels.length}`, item.pos);
            if (!this.reserved.has(item.labels[0]!)) this.funcs.set(item.labels[0]!, readFunction(item));
            break;
          case 'target':
          case 'group':
            if (item.labels.length !== 1) {
              throw new BakeError(`Invalid block; invalid block label: [${item.labels.join(' ')}]`, item.labelPos[0] ?? item.pos);
            }
            this.blocks.push(item);
            break;
          default:
            // buildx ignores blocks it has no schema for.
            break;
        }
      }
    }
  }

  targetAttributeNames(): string[] {
    return ['description', 'inherits', 'annotations', 'attest', 'context', 'contexts', 'dockerfile', 'dockerfile-inline', 'args', 'labels', 'tags', 'cache-from', 'cache-to', 'target', 'secret', 'ssh', 'platforms', 'output', 'pull', 'no-cache', 'network', 'no-cache-filter', 'shm-size', 'ulimits', 'resources', 'call', 'entitlements', 'extra-hosts', 'policy'];
  }

  // ---- EvalContext (the global scope) ----

  lookupVariable(name: string): Value | undefined {
    if (name === 'target' || name === 'group') return new BlockNamespace(this, name);
    if (this.values.has(name)) return this.values.get(name)!;
    if (name in this.opts.builtins || this.attrs.has(name) || this.vars.has(name)) return this.resolveValue(name);
    return undefined;
  }

  lookupFunction(name: string): HclFunction | undefined {
    const std = stdlibFunction(name);
    if (std) return std;
    if (this.functions.has(name)) return this.functions.get(name)!;
    if (this.funcs.has(name)) return this.resolveFunction(name);
    return undefined;
  }

  // ---- variables ----

  private lookupOverride(name: string, favorJSON: boolean): { value: string; json: boolean } | undefined {
    let value = this.opts.lookupVar(name);
    let json = false;
    if (value === undefined || favorJSON) {
      const jsonName = name + '_JSON';
      if (!this.vars.has(jsonName) && !(jsonName in this.opts.builtins)) {
        const j = this.opts.lookupVar(jsonName);
        if (j !== undefined) {
          value = j;
          json = true;
        }
      }
    }
    return value === undefined ? undefined : { value, json };
  }

  private resolveValue(name: string): Value {
    if (this.values.has(name)) return this.values.get(name)!;
    if (name in this.opts.builtins) {
      this.values.set(name, this.opts.builtins[name]!);
      return this.opts.builtins[name]!;
    }
    const v = this.vars.get(name);
    const attr = this.attrs.get(name);
    // Reported (by the evaluator) at the reference that closes the cycle, as buildx does.
    if (this.valuesInProgress.has(name)) throw new Error(`Invalid expression; variable cycle not allowed for ${name}`);
    this.valuesInProgress.add(name);
    try {
      const value = this.computeValue(name, v, attr);
      this.values.set(name, value);
      return value;
    } finally {
      this.valuesInProgress.delete(name);
    }
  }

  private computeValue(name: string, v: VariableDef | undefined, attr: Attribute | undefined): Value {
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
    if (!def && !this.lookupOverride(name, false)) return typeSpecified ? null : '';

    let value: Value = null;
    let hasDefault = false;
    if (def) {
      value = evaluate(def.expr, this);
      hasDefault = true;
      try {
        value = convertTo(value, type);
      } catch (e) {
        throw new BakeError(`invalid type ${friendlyType(type)} for variable ${name} default value: ${(e as Error).message}`, def.expr.pos);
      }
    }
    const override = isVar ? this.lookupOverride(name, typeSpecified) : undefined;
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
      if (typeSpecified) return fail(`unsupported type ${friendlyType(type)} for variable ${name}`);
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

  /** Every declared variable with its resolved value and type constraint (`--list=variables`; buildx ParseMeta). */
  listVariables(): ListedVariable[] {
    return [...this.vars.values()].map((v) => {
      const typed = v.typeExpr && !(v.typeExpr.kind === 'literal' && v.typeExpr.value === null);
      const description = v.descriptionExpr ? evaluate(v.descriptionExpr, this) : undefined;
      return {
        name: v.name,
        description: typeof description === 'string' ? description : undefined,
        type: typed ? typeFromExpr(v.typeExpr!) : undefined,
        value: this.resolveValue(v.name),
      };
    });
  }

  // ---- functions ----

  private resolveFunction(name: string): HclFunction {
    const f = this.funcs.get(name)!;
    const where = f.params?.pos ?? f.block.labelPos[0] ?? f.block.pos;
    if (this.functionsInProgress.has(name)) throw new BakeError(`Invalid function; function cycle not allowed for ${name}`, where);
    if (!f.result) throw new BakeError(`Invalid function; empty result not allowed for ${name}`, where);
    if (!f.params) throw new BakeError(`Invalid function; empty params not allowed for ${name}`, where);
    const paramExpr = f.params.expr;
    if (paramExpr.kind !== 'tuple') throw new BakeError('Invalid params; params must be a list of parameter names', paramExpr.pos);
    const params = paramExpr.items.map((p) => {
      if (p.kind !== 'var') throw new BakeError('Invalid param element; Each parameter name must be an identifier.', p.pos);
      return p.name;
    });
    let variadic: string | undefined;
    if (f.variadic) {
      if (f.variadic.expr.kind !== 'var') throw new BakeError('Invalid param element; Each parameter name must be an identifier.', f.variadic.pos);
      variadic = f.variadic.expr.name;
    }
    const result = f.result.expr;
    this.functionsInProgress.add(name);
    try {
      checkFunctionDeps(result, this, new Set([...params, ...(variadic ? [variadic] : [])]));
    } finally {
      this.functionsInProgress.delete(name);
    }
    const fn: HclFunction = (args, pos) => {
      if (args.length < params.length || (!variadic && args.length > params.length)) {
        throw new BakeError(
          `Invalid function argument; Function "${name}" expects ${variadic ? 'at least ' : ''}${params.length} argument(s), got ${args.length}.`,
          pos,
        );
      }
      const locals = new Map<string, Value>();
      params.forEach((p, i) => locals.set(p, args[i]!));
      if (variadic) locals.set(variadic, args.slice(params.length));
      return evaluate(result, childContext(this, locals));
    };
    this.functions.set(name, fn);
    return fn;
  }

  // ---- blocks ----

  instanceByName(type: 'target' | 'group', name: string): BlockInstance | undefined {
    const list = this.byName[type].get(name);
    return list?.[list.length - 1];
  }

  instanceNames(type: 'target' | 'group'): string[] {
    return [...this.byName[type].keys()];
  }

  referenceAttribute(inst: BlockInstance, name: string): Value {
    if (name === 'name') return inst.name;
    if (inst.type === 'group') {
      if (!GROUP_ATTRIBUTES.includes(name)) throw new Error(`Unsupported attribute; This object does not have an attribute named "${name}".`);
      this.evalAttribute(inst, name, true);
      if (name === 'targets') return inst.attrs.has('targets') ? [...inst.group!.targets] : null;
      return inst.group!.description ?? '';
    }
    if (!isTargetAttribute(name)) throw new Error(`Unsupported attribute; This object does not have an attribute named "${name}".`);
    this.evalAttribute(inst, name, true);
    return targetAttributeValue(inst.target!, name)!;
  }

  /**
   * Evaluates one attribute of a block instance. Only evaluations reached through a reference
   * are tracked for cycles (like buildx), so the reported attribute is the same as buildx's:
   * the first referenced one that is re-entered. The error has no position of its own; the
   * evaluator reports it at the reference expression.
   */
  private evalAttribute(inst: BlockInstance, name: string, viaReference = false): void {
    if (inst.values.has(name)) return;
    const attr = inst.attrs.get(name);
    if (!attr) {
      inst.values.set(name, null);
      return;
    }
    if (inst.inProgress.has(name)) {
      throw new Error(`Invalid expression; reference cycle not allowed for ${inst.type}.${inst.name}.${name}`);
    }
    if (viaReference) inst.inProgress.add(name);
    try {
      const v = evaluate(attr.expr, inst.ctx);
      try {
        if (inst.type === 'target') setTargetAttribute(inst.target!, name as Parameters<typeof setTargetAttribute>[1], v);
        else if (name === 'targets') {
          const l = materialize(v);
          if (l !== null && !Array.isArray(l)) throw new ConversionError(`Unsuitable value type; targets must be a list of strings, not ${typeName(l)}`);
          inst.group!.targets = (l ?? []).map((x) => asString(x, 'targets element') ?? '');
        } else inst.group!.description = asString(v, name) ?? '';
      } catch (e) {
        throw atPos(e instanceof ConversionError ? e : new Error(`Unsuitable value type; ${(e as Error).message}`), attr.expr.pos);
      }
      inst.values.set(name, v);
    } finally {
      inst.inProgress.delete(name);
    }
  }

  private blockInstances(block: Block): BlockInstance[] {
    const existing = this.instances.get(block);
    if (existing) return existing;
    const type = block.type as 'target' | 'group';
    const label = block.labels[0]!;
    const labelPos = block.labelPos[0] ?? block.pos;
    const attrs = new Map<string, Attribute>();
    for (const item of block.body.items) if (item.kind === 'attribute') attrs.set(item.name, item);
    this.warnUnknownItems(block, type);
    const bad = validateTargetName(label);
    if (bad) throw new BakeError(`Invalid name; ${bad}`, labelPos);
    const nameAttr = attrs.get('name');
    const matrixAttr = attrs.get('matrix');
    if (type === 'group') {
      if (nameAttr) throw new BakeError('Invalid name; name is not supported for groups', labelPos);
      if (matrixAttr) throw new BakeError('Invalid block; matrix is not supported for groups', labelPos);
    }
    if (nameAttr && !matrixAttr) throw new BakeError('Invalid name; name requires matrix', labelPos);
    const contexts: EvalContext[] = matrixAttr ? this.matrixContexts(matrixAttr) : [this];
    const instances: BlockInstance[] = [];
    const seen = new Set<string>();
    for (const ctx of contexts) {
      let name = label;
      if (nameAttr) {
        const v = evaluate(nameAttr.expr, ctx);
        let s: string | null;
        try {
          s = asString(v, 'name');
        } catch (e) {
          throw atPos(e, nameAttr.expr.pos);
        }
        if (s === null) throw new BakeError('Invalid name; name must not be null', nameAttr.expr.pos);
        name = s;
        const badName = validateTargetName(name);
        if (badName) throw new BakeError(`Invalid name; ${badName}`, labelPos);
      }
      if (seen.has(name)) throw new BakeError(`Invalid name; duplicate name "${name}"`, labelPos);
      seen.add(name);
      const local = new Map(attrs);
      local.delete('name');
      local.delete('matrix');
      instances.push({
        type,
        block,
        label,
        name,
        ctx,
        attrs: local,
        values: new Map(),
        inProgress: new Set(),
        target: type === 'target' ? { name } : undefined,
        group: type === 'group' ? { name, targets: [] } : undefined,
      });
    }
    this.instances.set(block, instances);
    return instances;
  }

  /**
   * buildx ignores attributes and nested blocks a target or group has no schema for (so a newer attribute does not
   * break an older tool), which also silently drops a typo such as `platform = [...]`. Same here, but each one is
   * reported (file:line:col, what was expected) through `onWarning`.
   */
  private warnUnknownItems(block: Block, type: 'target' | 'group'): void {
    const expected = type === 'target' ? ['name', 'matrix', ...this.targetAttributeNames()] : ['name', 'matrix', ...GROUP_ATTRIBUTES];
    for (const item of block.body.items) {
      const what = item.kind === 'attribute' ? item.name : item.type;
      if (item.kind === 'attribute' && expected.includes(what)) continue;
      const near = expected.filter((e) => editDistance(e, what) <= 2).sort((a, b) => editDistance(a, what) - editDistance(b, what))[0];
      const kind = item.kind === 'attribute' ? 'attribute' : 'block';
      this.opts.onWarning?.(
        new BakeError(
          `unknown ${kind} "${what}" in ${type} "${block.labels[0]}" is ignored (as buildx does)${near ? `; did you mean "${near}"?` : ''} Expected one of: ${expected.join(', ')}`,
          item.pos,
        ),
      );
    }
  }

  /**
   * The cartesian product of the matrix values. buildx iterates the keys in Go map order (so its
   * output order changes between runs); we use sorted key order with the first key varying
   * fastest, which is one of the orders buildx produces.
   */
  private matrixContexts(attr: Attribute): EvalContext[] {
    const m = evaluate(attr.expr, this);
    if (!(m instanceof Map)) throw new BakeError('Invalid block; matrix must be a map', attr.expr.pos);
    const lists = new Map<string, Value[]>();
    let product = 1;
    for (const key of sortedKeys(m)) {
      const values = materialize(m.get(key)!);
      if (!Array.isArray(values)) throw new BakeError('Invalid block; matrix values must be a list', attr.expr.pos);
      lists.set(key, values);
      product *= values.length;
    }
    // Checked before anything is built: 10^8 combinations ran the process out of memory after a minute.
    if (product > MAX_MATRIX_COMBINATIONS) {
      const sizes = [...lists].map(([k, v]) => `${k}: ${v.length}`).join(' × ');
      throw new BakeError(`Invalid block; the matrix has ${product} combinations (${sizes}), more than the ${MAX_MATRIX_COMBINATIONS} bakekit allows in one block`, attr.pos);
    }
    let combos: Map<string, Value>[] = [new Map()];
    for (const [key, values] of lists) {
      const next: Map<string, Value>[] = [];
      for (const v of values) for (const c of combos) next.push(new Map([...c, [key, v]]));
      combos = next;
    }
    return combos.map((c) => childContext(this, c));
  }

  /** Evaluates everything and merges the blocks into `config` (which may hold compose targets). */
  evaluateInto(config: Config): void {
    runSteps(this.evaluateSteps(config));
  }

  /** evaluateInto as steps, one per block instance (see steps.ts); checks opts.signal between them. */
  *evaluateSteps(config: Config): Steps<void> {
    const signal = this.opts.signal;
    for (const name of this.vars.keys()) this.resolveValue(name);
    this.validateVariables();
    for (const name of this.funcs.keys()) if (!this.functions.has(name)) this.resolveFunction(name);

    const renamed = new Map<string, string[]>();
    for (const block of this.blocks) {
      checkCancelled(signal);
      yield;
      for (const inst of this.blockInstances(block)) {
        const list = this.byName[inst.type].get(inst.name) ?? [];
        list.push(inst);
        this.byName[inst.type].set(inst.name, list);
        if (inst.type === 'target') {
          const names = renamed.get(inst.label) ?? [];
          names.push(inst.name);
          renamed.set(inst.label, names);
        }
      }
    }

    // by name (first of a name, as a linear find returned), not a scan per instance: linear in the number of blocks
    const targetByName = new Map<string, Target>();
    for (const t of config.targets) if (!targetByName.has(t.name)) targetByName.set(t.name, t);
    const groupIndex = new Map<string, number>();
    config.groups.forEach((g, i) => groupIndex.has(g.name) || groupIndex.set(g.name, i));
    for (const block of this.blocks) {
      for (const inst of this.blockInstances(block)) {
        checkCancelled(signal);
        yield;
        for (const name of inst.attrs.keys()) {
          if (inst.type === 'target' ? isTargetAttribute(name) : GROUP_ATTRIBUTES.includes(name)) this.evalAttribute(inst, name);
        }
        if (inst.type === 'target') {
          setBlockSource(inst.target!, inst.block); // the file this block's paths are relative to (BUILDX_BAKE_FILE_RELATIVE_PATHS)
          const existing = targetByName.get(inst.name);
          if (existing) mergeTarget(existing, inst.target!);
          else {
            const copy = copyTarget(inst.target!);
            config.targets.push(copy);
            targetByName.set(inst.name, copy);
          }
        } else {
          const i = groupIndex.get(inst.name);
          const g = { ...inst.group!, targets: [...inst.group!.targets] };
          if (i !== undefined) config.groups[i] = g;
          else {
            groupIndex.set(inst.name, config.groups.length);
            config.groups.push(g);
          }
        }
      }
    }

    for (const [label, names] of renamed) {
      const uniq = [...new Set(names)];
      if (uniq.length === 1 && uniq[0] === label) continue;
      config.groups.push({ name: label, targets: uniq });
    }
    for (const name of this.attrs.keys()) this.resolveValue(name);
  }

  private validateVariables(): void {
    const errors: BakeError[] = [];
    for (const v of this.vars.values()) {
      for (const rule of v.validations) {
        let result: Value;
        try {
          result = evaluate(rule.condition, this);
        } catch (e) {
          errors.push(atPos(e, rule.condition.pos));
          continue;
        }
        if (result === null) {
          errors.push(new BakeError('Invalid condition result; Condition expression must return either true or false, not null.', rule.condition.pos));
          continue;
        }
        let ok: boolean | null;
        try {
          ok = asBool(result);
        } catch {
          errors.push(new BakeError(`Invalid condition result; Invalid condition result value: a bool is required`, rule.condition.pos));
          continue;
        }
        if (ok) continue;
        let message = 'This check failed, but has an invalid error message.';
        if (rule.errorMessage) {
          try {
            const m = evaluate(rule.errorMessage, this);
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
    const first = errors[0]!;
    if (errors.length === 1) throw first;
    const e = new BakeError(`${first.detail}, and ${errors.length - 1} other diagnostic(s)`, first.file ? { file: first.file, line: first.line!, column: first.column! } : undefined);
    throw e;
  }
}

function copyTarget(t: Target): Target {
  const c: Target = { name: t.name };
  mergeTarget(c, t);
  if (t.description !== undefined) c.description = t.description;
  if (t.inherits) c.inherits = [...t.inherits];
  return c;
}

/** Resolves the functions and values a function result refers to, so cycles are reported. */
function checkFunctionDeps(expr: Expr, ev: DefinitionEvaluator, params: Set<string>): void {
  const visit = (e: Expr, locals: Set<string>): void => {
    switch (e.kind) {
      case 'call':
        if (!['try', 'can', 'convert'].includes(e.name)) ev.lookupFunction(e.name);
        e.args.forEach((a) => visit(a, locals));
        return;
      case 'var':
        if (!locals.has(e.name) && !params.has(e.name)) {
          if (e.name !== 'target' && e.name !== 'group') ev.lookupVariable(e.name);
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
  const visitTemplate = (p: import('./hcl/ast.js').TemplateNode, locals: Set<string>): void => {
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

function readVariable(block: Block): VariableDef {
  const def: VariableDef = { name: block.labels[0]!, block, validations: [] };
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
      if (!condition) throw new BakeError('Missing required argument; The argument "condition" is required, but no definition was found.', item.pos);
      def.validations.push({ condition, errorMessage, pos: item.pos });
    }
  }
  return def;
}

function readFunction(block: Block): FunctionDef {
  const def: FunctionDef = { name: block.labels[0]!, block };
  for (const item of block.body.items) {
    if (item.kind !== 'attribute') continue;
    if (item.name === 'params') def.params = item;
    else if (item.name === 'variadic_params') def.variadic = item;
    else if (item.name === 'result') def.result = item;
  }
  return def;
}
