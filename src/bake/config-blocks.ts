/**
 * `target` and `group` blocks (buildx hclparser: blocks, `name`, `matrix`, and `target.NAME.ATTR` references). A
 * block expands into instances, one per matrix combination (a plain block has one), each evaluated in its own scope.
 * Attributes evaluate on demand, so one block's attribute may refer to another block's (through the `target` and
 * `group` variables) whatever their order in the files; a reference that comes back to itself is a cycle.
 */
import { BakeError, atPos } from './errors.js';
import type { Attribute, Block } from './hcl/ast.js';
import { type EvalContext, childContext, evaluate } from './hcl/eval.js';
import {
  type ObjectValue,
  type Value,
  ConversionError,
  LazyValue,
  asString,
  materialize,
  sortedKeys,
  typeName,
} from './hcl/value.js';
import {
  type Group,
  type Target,
  TARGET_ATTRIBUTES,
  isTargetAttribute,
  setTargetAttribute,
  targetAttributeValue,
} from './target.js';

export const TARGET_NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;
export const TARGET_NAME_CHARS = '[a-zA-Z0-9_-]+';

export function validateTargetName(name: string): string | undefined {
  return TARGET_NAME_PATTERN.test(name) ? undefined : `only "${TARGET_NAME_CHARS}" are allowed`;
}

export const GROUP_ATTRIBUTES = ['description', 'targets'];

/**
 * Most combinations one `matrix` may expand to. buildx has no bound (it expands whatever it is given, as this did:
 * 10^8 combinations exhausted a 4 GB heap after 53 s). Real matrices have tens of combinations; 10,000 targets from
 * one block still resolve in about a second and tens of MB, and a definition that needs more can list its blocks.
 */
export const MAX_MATRIX_COMBINATIONS = 10_000;

/** One evaluated copy of a block: a plain block has one, a matrix block one per combination. */
export interface BlockInstance {
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

/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The instances of a definition's blocks, expanded on first use and found by name once registered. `scope` is the
 * global scope (variables, functions) matrix values and names are evaluated in.
 */
export class BlockInstances {
  private readonly expanded = new Map<Block, BlockInstance[]>();
  private readonly byName = { target: new Map<string, BlockInstance[]>(), group: new Map<string, BlockInstance[]>() };

  constructor(
    private readonly scope: EvalContext,
    private readonly onWarning?: (warning: BakeError) => void,
  ) {}

  /** `target` / `group` as a variable. */
  namespace(type: 'target' | 'group'): Value {
    return new BlockNamespace(this, type);
  }

  /** Makes the instances of `block` reachable by name (the last block of a name wins a reference); returns them. */
  register(block: Block): BlockInstance[] {
    const instances = this.of(block);
    for (const inst of instances) {
      const list = this.byName[inst.type].get(inst.name) ?? [];
      list.push(inst);
      this.byName[inst.type].set(inst.name, list);
    }
    return instances;
  }

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
      if (!GROUP_ATTRIBUTES.includes(name))
        throw new Error(`Unsupported attribute; This object does not have an attribute named "${name}".`);
      this.evalAttribute(inst, name, true);
      if (name === 'targets') return inst.attrs.has('targets') ? [...inst.group!.targets] : null;
      return inst.group!.description ?? '';
    }
    if (!isTargetAttribute(name))
      throw new Error(`Unsupported attribute; This object does not have an attribute named "${name}".`);
    this.evalAttribute(inst, name, true);
    return targetAttributeValue(inst.target!, name)!;
  }

  /**
   * Evaluates one attribute of a block instance. Only evaluations reached through a reference
   * are tracked for cycles (like buildx), so the reported attribute is the same as buildx's:
   * the first referenced one that is re-entered. The error has no position of its own; the
   * evaluator reports it at the reference expression.
   */
  evalAttribute(inst: BlockInstance, name: string, viaReference = false): void {
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
        if (inst.type === 'target')
          setTargetAttribute(inst.target!, name as Parameters<typeof setTargetAttribute>[1], v);
        else if (name === 'targets') {
          const l = materialize(v);
          if (l !== null && !Array.isArray(l))
            throw new ConversionError(`Unsuitable value type; targets must be a list of strings, not ${typeName(l)}`);
          inst.group!.targets = (l ?? []).map((x) => asString(x, 'targets element') ?? '');
        } else inst.group!.description = asString(v, name) ?? '';
      } catch (e) {
        throw atPos(
          e instanceof ConversionError ? e : new Error(`Unsuitable value type; ${(e as Error).message}`),
          attr.expr.pos,
        );
      }
      inst.values.set(name, v);
    } finally {
      inst.inProgress.delete(name);
    }
  }

  /** The instances of `block`: its matrix expanded and each instance named, on first use. */
  of(block: Block): BlockInstance[] {
    const existing = this.expanded.get(block);
    if (existing) return existing;
    const type = block.type as 'target' | 'group';
    const label = block.labels[0];
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
    const contexts: EvalContext[] = matrixAttr ? this.matrixContexts(matrixAttr) : [this.scope];
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
    this.expanded.set(block, instances);
    return instances;
  }

  /**
   * buildx ignores attributes and nested blocks a target or group has no schema for (so a newer attribute does not
   * break an older tool), which also silently drops a typo such as `platform = [...]`. Same here, but each one is
   * reported (file:line:col, what was expected) through `onWarning`.
   */
  private warnUnknownItems(block: Block, type: 'target' | 'group'): void {
    const expected =
      type === 'target' ? ['name', 'matrix', ...TARGET_ATTRIBUTES] : ['name', 'matrix', ...GROUP_ATTRIBUTES];
    for (const item of block.body.items) {
      const what = item.kind === 'attribute' ? item.name : item.type;
      if (item.kind === 'attribute' && expected.includes(what)) continue;
      const near = expected
        .filter((e) => editDistance(e, what) <= 2)
        .sort((a, b) => editDistance(a, what) - editDistance(b, what))[0];
      const kind = item.kind === 'attribute' ? 'attribute' : 'block';
      this.onWarning?.(
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
    const m = evaluate(attr.expr, this.scope);
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
      throw new BakeError(
        `Invalid block; the matrix has ${product} combinations (${sizes}), more than the ${MAX_MATRIX_COMBINATIONS} bakekit allows in one block`,
        attr.pos,
      );
    }
    let combos: Map<string, Value>[] = [new Map<string, Value>()];
    for (const [key, values] of lists) {
      const next: Map<string, Value>[] = [];
      for (const v of values) for (const c of combos) next.push(new Map([...c, [key, v]]));
      combos = next;
    }
    return combos.map((c) => childContext(this.scope, c));
  }
}

/** The value of a `target.NAME` / `group.NAME` reference; attributes evaluate on demand. */
class BlockRef extends LazyValue {
  constructor(
    private readonly blocks: BlockInstances,
    private readonly inst: BlockInstance,
  ) {
    super();
  }
  getAttr(name: string): Value {
    return this.blocks.referenceAttribute(this.inst, name);
  }
  force(): Value {
    const m: ObjectValue = new Map();
    const names = this.inst.type === 'target' ? ['name', ...TARGET_ATTRIBUTES] : ['name', ...GROUP_ATTRIBUTES];
    for (const n of names) m.set(n, this.getAttr(n));
    return m;
  }
}

/** `target` / `group` as a variable: block names map to lazily evaluated block values. */
class BlockNamespace extends LazyValue {
  constructor(
    private readonly blocks: BlockInstances,
    private readonly type: 'target' | 'group',
  ) {
    super();
  }
  getAttr(name: string): Value {
    const inst = this.blocks.instanceByName(this.type, name);
    if (!inst) throw new Error(`Unsupported attribute; This object does not have an attribute named "${name}".`);
    return new BlockRef(this.blocks, inst);
  }
  force(): Value {
    const m: ObjectValue = new Map();
    for (const name of this.blocks.instanceNames(this.type)) m.set(name, this.getAttr(name));
    return m;
  }
}
