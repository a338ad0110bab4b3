/**
 * Evaluates the merged HCL/JSON body of a bake definition into targets and groups, as buildx's hclparser.Parse does:
 * the global scope of variables (config-variables.ts), user functions (config-functions.ts) and top-level
 * attributes, then the target and group blocks in it (config-blocks.ts), merged into the Config by name.
 */
import { BakeError } from './errors.js';
import { setBlockSource } from './file-relative.js';
import type { Attribute, Block, Body } from './hcl/ast.js';
import { type EvalContext, type HclFunction, evaluate, typeFromExpr } from './hcl/eval.js';
import { stdlibFunction } from './hcl/stdlib.js';
import type { Value } from './hcl/value.js';
import type { ListedVariable } from './list.js';
import { type Steps, checkCancelled, runSteps } from './steps.js';
import { type Group, type Target, isTargetAttribute, mergeTarget } from './target.js';
import { BlockInstances, GROUP_ATTRIBUTES } from './config-blocks.js';
import { type FunctionDef, defineFunction, readFunction } from './config-functions.js';
import {
  type VariableDef,
  type VariableOverride,
  readVariable,
  validateVariables,
  variableValue,
} from './config-variables.js';

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

/**
 * The global scope of a bake definition (buildx hclparser.Parse): variables with overrides and validation, user
 * functions, global attributes, and the target/group blocks evaluated in it, with matrix expansion and lazy
 * cross-block references.
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
  private readonly instances: BlockInstances;
  private readonly reserved: Set<string>;

  constructor(
    files: HclFile[],
    private readonly opts: EvaluateOptions,
  ) {
    this.instances = new BlockInstances(this, (warning) => opts.onWarning?.(warning));
    this.reserved = new Set(['target', 'group', ...Object.keys(opts.builtins)]);
    for (const f of files) {
      for (const item of f.body.items) {
        if (item.kind === 'attribute') {
          if (!this.reserved.has(item.name) && item.name !== 'function') this.attrs.set(item.name, item);
          continue;
        }
        switch (item.type) {
          case 'variable':
            if (item.labels.length !== 1)
              throw new BakeError(
                `Invalid block; a variable block needs exactly one label, got ${item.labels.length}`,
                item.pos,
              );
            if (!this.reserved.has(item.labels[0])) this.vars.set(item.labels[0], readVariable(item));
            break;
          case 'function':
            if (item.labels.length !== 1)
              throw new BakeError(
                `Invalid block; a function block needs exactly one label, got ${item.labels.length}`,
                item.pos,
              );
            if (!this.reserved.has(item.labels[0])) this.funcs.set(item.labels[0], readFunction(item));
            break;
          case 'target':
          case 'group':
            if (item.labels.length !== 1) {
              throw new BakeError(
                `Invalid block; invalid block label: [${item.labels.join(' ')}]`,
                item.labelPos[0] ?? item.pos,
              );
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

  // ---- EvalContext (the global scope) ----

  lookupVariable(name: string): Value | undefined {
    if (name === 'target' || name === 'group') return this.instances.namespace(name);
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

  private lookupOverride(name: string, favorJSON: boolean): VariableOverride | undefined {
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
      this.values.set(name, this.opts.builtins[name]);
      return this.opts.builtins[name];
    }
    const v = this.vars.get(name);
    const attr = this.attrs.get(name);
    // Reported (by the evaluator) at the reference that closes the cycle, as buildx does.
    if (this.valuesInProgress.has(name)) throw new Error(`Invalid expression; variable cycle not allowed for ${name}`);
    this.valuesInProgress.add(name);
    try {
      const value = variableValue(name, v, attr, this, (n, favorJSON) => this.lookupOverride(n, favorJSON));
      this.values.set(name, value);
      return value;
    } finally {
      this.valuesInProgress.delete(name);
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
    const fn = defineFunction(this.funcs.get(name)!, this, this.functionsInProgress);
    this.functions.set(name, fn);
    return fn;
  }

  // ---- blocks ----

  /** Evaluates everything and merges the blocks into `config` (which may hold compose targets). */
  evaluateInto(config: Config): void {
    runSteps(this.evaluateSteps(config));
  }

  /** evaluateInto as steps, one per block instance (see steps.ts); checks opts.signal between them. */
  *evaluateSteps(config: Config): Steps<void> {
    const signal = this.opts.signal;
    for (const name of this.vars.keys()) this.resolveValue(name);
    validateVariables(this.vars.values(), this);
    for (const name of this.funcs.keys()) if (!this.functions.has(name)) this.resolveFunction(name);

    const renamed = new Map<string, string[]>();
    for (const block of this.blocks) {
      checkCancelled(signal);
      yield;
      for (const inst of this.instances.register(block)) {
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
      for (const inst of this.instances.of(block)) {
        checkCancelled(signal);
        yield;
        for (const name of inst.attrs.keys()) {
          if (inst.type === 'target' ? isTargetAttribute(name) : GROUP_ATTRIBUTES.includes(name))
            this.instances.evalAttribute(inst, name);
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
}

function copyTarget(t: Target): Target {
  const c: Target = { name: t.name };
  mergeTarget(c, t);
  if (t.description !== undefined) c.description = t.description;
  if (t.inherits) c.inherits = [...t.inherits];
  return c;
}
