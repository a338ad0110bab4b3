/**
 * `--list targets|variables` (buildx commands/bake.go printTargetList and printVars): the definition's targets and
 * groups, or its variables with their resolved values, as a table or JSON, byte for byte as buildx prints them. Pure:
 * the caller hands in the loaded Config and the evaluator's variables.
 */
import type { Config } from './config.js';
import { type HclType } from './hcl/value.js';
import { type Value, isObject, materialize } from './hcl/value.js';
import { tabwrite, type TabwriterOptions } from './tabwriter.js';

/** One declared variable (buildx hclparser.Variable). */
export interface ListedVariable {
  name: string;
  description?: string;
  /** the declared type constraint; undefined for an untyped variable */
  type?: HclType;
  value: Value;
}

/** buildx's table writer for `--list`: tabwriter.NewWriter(out, 1, 8, 1, '\t', 0). */
const LIST_TABLE: TabwriterOptions = { minwidth: 1, tabwidth: 8, padding: 1, padchar: '\t' };

/** Go's encoding/json with an indent of two spaces, as buildx's encoder writes it (HTML characters escaped). */
function goJsonIndent(v: unknown): string {
  return goEscape(JSON.stringify(v, null, 2)) + '\n';
}

/** encoding/json escapes <, >, & and the JavaScript line separators; JSON.stringify does not. */
function goEscape(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function listTargets(config: Config, format: 'table' | 'json'): string {
  type Entry = { name: string; description?: string; group?: boolean };
  const all = [
    ...config.targets.map((t) => ({
      name: t.name,
      description: t.description ?? '',
      targets: undefined as string[] | undefined,
    })),
    ...config.groups.map((g) => ({ name: g.name, description: g.description ?? '', targets: g.targets })),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const entries: Entry[] = [];
  for (const e of all) {
    if (e.name.startsWith('_')) continue; // a private target, by convention
    let description = e.description;
    if (e.targets && e.targets.length > 0) {
      const names = [...e.targets].sort().join(', ');
      description = description ? `${description} (${names})` : names;
    }
    entries.push({ name: e.name, ...(description ? { description } : {}), ...(e.targets ? { group: true } : {}) });
  }
  if (format === 'json') return goJsonIndent(entries);
  return tabwrite([['TARGET', 'DESCRIPTION'], ...entries.map((e) => [e.name, e.description ?? ''])], LIST_TABLE);
}

export function listVariables(vars: ListedVariable[], format: 'table' | 'json'): string {
  const rows = [...vars]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((v) => ({
      name: v.name,
      description: v.description || undefined,
      type: v.type ? constraintName(v.type) : undefined,
      value: variableText(v),
    }));
  if (format === 'json')
    return goJsonIndent(rows.map((r) => ({ name: r.name, description: r.description, type: r.type, value: r.value })));
  return tabwrite(
    [
      ['VARIABLE', 'TYPE', 'VALUE', 'DESCRIPTION'],
      ...rows.map((r) => [r.name, r.type ?? '', r.value ?? '<null>', r.description ?? '']),
    ],
    LIST_TABLE,
  );
}

/** cty's FriendlyNameForConstraint. */
function constraintName(t: HclType): string {
  switch (t.kind) {
    case 'any':
      return 'any type';
    case 'list':
    case 'set':
    case 'map':
      return t.elem.kind === 'any' ? `${t.kind} of any single type` : `${t.kind} of ${constraintName(t.elem)}`;
    default:
      return t.kind;
  }
}

/** The value column: typed values as cty JSON (a typed string unquoted), untyped primitives as strings, untyped
 * collections as JSON; undefined for null. */
function variableText(v: ListedVariable): string | undefined {
  const value = materialize(v.value);
  if (value === null) return undefined;
  if (v.type) {
    const json = goEscape(JSON.stringify(ctyJson(value, v.type)));
    return v.type.kind === 'string' ? json.replace(/^"+|"+$/g, '') : json;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return goEscape(JSON.stringify(ctyJson(value, { kind: 'any' }, false)));
}

/** ctyjson.Marshal: a value of a dynamic type (`any`) carries its type (`{"value":…,"type":…}`). */
function ctyJson(value: Value, type: HclType, wrapDynamic = true): unknown {
  value = materialize(value);
  if (type.kind === 'any' && wrapDynamic)
    return { value: ctyJson(value, { kind: 'any' }, false), type: ctyTypeJson(value) };
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    return value.map((x, i) => ctyJson(x, elemType(type, i), wrapDynamic || type.kind !== 'any'));
  }
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of [...value].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      out[k] = ctyJson(
        x,
        type.kind === 'map'
          ? type.elem
          : type.kind === 'object'
            ? (type.attrs.get(k) ?? { kind: 'any' })
            : { kind: 'any' },
        type.kind !== 'any',
      );
    }
    return out;
  }
  return value;
}

function elemType(t: HclType, i: number): HclType {
  if (t.kind === 'list' || t.kind === 'set') return t.elem;
  if (t.kind === 'tuple') return t.elems[i] ?? { kind: 'any' };
  return { kind: 'any' };
}

/** cty's JSON form of a value's own (inferred) type. */
function ctyTypeJson(value: Value): unknown {
  value = materialize(value);
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (value === null) return 'dynamic';
  if (Array.isArray(value)) return ['tuple', value.map(ctyTypeJson)];
  if (isObject(value))
    return [
      'object',
      Object.fromEntries(
        [...value].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, ctyTypeJson(x)]),
      ),
    ];
  return 'dynamic';
}
