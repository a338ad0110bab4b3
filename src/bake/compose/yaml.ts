/**
 * A compose file's YAML as plain values (what `yaml`'s toJS gives), and the few things every loading stage does
 * with them: tell mappings apart, name a place in the tree as compose-go's tree.Path does, print a scalar as Go's
 * fmt does (error messages and `k=v` entries are built with it), and decode compose's `MappingWithEquals`.
 */
import type * as Yaml from 'yaml';
import { BakeError } from '../errors.js';

export type Y = unknown;
export type YMap = Record<string, Y>;

export function isMap(v: Y): v is YMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The part of the `yaml` package that compose loading uses. Whoever resolves supplies it (BakeInputs.yaml): the
 * package is ~0.3 MB of code that only a run reading a compose file needs (resolveBakeAsync imports it then), so
 * nothing here imports it at run time.
 */
export type YamlLibrary = Pick<typeof Yaml, 'parseDocument'>;

export interface ComposeFile {
  name: string;
  data: string;
}

/** A path in the model, one part per key (`[]` for a list item), as compose-go's tree.Path (a `.` in a key is not a separator). */
export type Path = string[];

export function matches(p: Path, pattern: string): boolean {
  const parts = pattern.split('.');
  if (parts.length !== p.length) return false;
  return parts.every((q, i) => q === '*' || q === p[i]);
}

export function pathString(p: Path): string {
  return p.join('.');
}

/** Go's fmt.Sprint of a YAML scalar. */
export function goSprint(v: Y): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
  if (isMap(v))
    return `map[${Object.keys(v)
      .sort()
      .map((k) => `${k}:${goSprint(v[k])}`)
      .join(' ')}]`;
  return String(v);
}

/** The Go type name of a YAML value, as compose-go's errors name it. */
export function goType(v: Y): string {
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  if (isMap(v)) return 'map[string]interface {}';
  if (v === null || v === undefined) return '<nil>';
  return 'string';
}

/** Parses one compose file's text; a syntax error is reported with the file name, as compose-go does. */
export function parseYaml(file: ComposeFile, yaml: YamlLibrary): Y {
  let doc: ReturnType<YamlLibrary['parseDocument']>;
  try {
    doc = yaml.parseDocument(file.data, { uniqueKeys: false, merge: true });
  } catch (e) {
    throw new BakeError(`failed to parse ${file.name}: ${(e as Error).message}`);
  }
  if (doc.errors.length > 0) throw new BakeError(`failed to parse ${file.name}: ${doc.errors[0].message}`);
  try {
    return doc.toJS({ maxAliasCount: 1000 }) as Y;
  } catch (e) {
    throw new BakeError(`failed to parse ${file.name}: ${(e as Error).message}`);
  }
}

/** MappingWithEquals decoding: `{K: v}` or `["K=v", "K"]`; a bare or null value is null. */
export function mappingWithEquals(v: Y): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (Array.isArray(v)) {
    for (const item of v) {
      const s = goSprint(item);
      const i = s.indexOf('=');
      const k = i < 0 ? s : s.slice(0, i);
      if (k !== '' && /\s$/u.test(k))
        throw new BakeError(`environment variable ${k} is declared with a trailing space`);
      out.set(k, i < 0 ? null : s.slice(i + 1));
    }
  } else if (isMap(v)) {
    for (const [k, x] of Object.entries(v)) out.set(k, x === null || x === undefined ? null : goSprint(x));
  } else if (v !== undefined && v !== null) {
    throw new BakeError(`unexpected value type ${goType(v)} for mapping`);
  }
  return out;
}
