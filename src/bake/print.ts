import {
  type AttestEntry,
  type CacheEntry,
  type ExportEntry,
  type PolicyConfig,
  type ResourcesConfig,
  type SecretEntry,
  type SshEntry,
  clonePolicy,
  RESOURCE_KEYS,
} from './entries.js';
import type { DefinitionCopies } from './remote-context.js';
import { TARGET_ATTRIBUTES, type Group, type Target } from './target.js';

/** One resolved target, in the shape `docker buildx bake --print` shows it. */
export interface BakeTarget {
  description?: string;
  annotations?: string[];
  attest?: AttestEntry[];
  context?: string;
  contexts?: Record<string, string>;
  dockerfile?: string;
  'dockerfile-inline'?: string;
  args?: Record<string, string>;
  labels?: Record<string, string>;
  tags?: string[];
  'cache-from'?: CacheEntry[];
  'cache-to'?: CacheEntry[];
  target?: string;
  secret?: SecretEntry[];
  ssh?: SshEntry[];
  platforms?: string[];
  output?: ExportEntry[];
  pull?: boolean;
  'no-cache'?: boolean;
  network?: string;
  'no-cache-filter'?: string[];
  'shm-size'?: string;
  ulimits?: string[];
  resources?: ResourcesConfig;
  call?: string;
  entitlements?: string[];
  'extra-hosts'?: Record<string, string>;
  policy?: PolicyConfig[];
}

export interface BakeDefinition {
  group: Record<string, { description?: string; targets: string[] }>;
  target: Record<string, BakeTarget>;
  /** A remote definition: per target, the directories of its repository that buildx sends as copies out of it
   * (remote-context.ts), for the solve layer; not part of what `--print` shows */
  definitionCopies?: Record<string, DefinitionCopies>;
}

/** The order encoding/json writes buildx's Target struct fields in: the attribute order, less `inherits` (never printed). */
const FIELD_ORDER = TARGET_ATTRIBUTES.filter(
  (a): a is Exclude<typeof a, 'inherits'> => a !== 'inherits',
) as (keyof BakeTarget)[];

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord(m: Map<string, string | null> | undefined): Record<string, string> | undefined {
  if (!m) return undefined;
  const entries = [...m].filter((e): e is [string, string] => e[1] !== null).sort((a, b) => compareBytes(a[0], b[0]));
  return entries.length ? Object.fromEntries(entries) : undefined;
}

function nonEmpty<T>(l: T[] | undefined): T[] | undefined {
  return l && l.length ? l.map((x) => (typeof x === 'object' && x !== null ? { ...x } : x)) : undefined;
}

/** Internal target to its public (--print) shape: unset and empty fields are left out. */
export function toBakeTarget(t: Target): BakeTarget {
  const out: BakeTarget = {};
  const set = <K extends keyof BakeTarget>(k: K, v: BakeTarget[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  if (t.description) out.description = t.description;
  set('annotations', nonEmpty(t.annotations));
  set('attest', nonEmpty(t.attest));
  set('context', t.context);
  set('contexts', sortedRecord(t.contexts));
  set('dockerfile', t.dockerfile);
  set('dockerfile-inline', t.dockerfileInline);
  set('args', sortedRecord(t.args));
  set('labels', sortedRecord(t.labels));
  set('tags', nonEmpty(t.tags));
  set('cache-from', nonEmpty(t.cacheFrom));
  set('cache-to', nonEmpty(t.cacheTo));
  set('target', t.target);
  set('secret', nonEmpty(t.secret));
  set(
    'ssh',
    nonEmpty(t.ssh)?.map((s) => (s.paths ? { ...s, paths: [...s.paths] } : s)),
  );
  set('platforms', nonEmpty(t.platforms));
  set('output', nonEmpty(t.output));
  set('pull', t.pull);
  set('no-cache', t.noCache);
  set('network', t.network);
  set('no-cache-filter', nonEmpty(t.noCacheFilter));
  set('shm-size', t.shmSize);
  set('ulimits', nonEmpty(t.ulimits));
  // a pointer with omitempty: printed whenever set, `{}` when set with no field
  set('resources', t.resources && { ...t.resources });
  set('call', t.call);
  set('entitlements', nonEmpty(t.entitlements));
  set('extra-hosts', sortedRecord(t.extraHosts));
  set('policy', t.policy?.length ? t.policy.map(clonePolicy) : undefined);
  return out;
}

export function toBakeDefinition(targets: Map<string, Target>, groups: Map<string, Group>): BakeDefinition {
  const def: BakeDefinition = { group: {}, target: {} };
  for (const name of [...groups.keys()].sort(compareBytes)) {
    const g = groups.get(name)!;
    def.group[name] = g.description
      ? { description: g.description, targets: [...g.targets] }
      : { targets: [...g.targets] };
  }
  for (const name of [...targets.keys()].sort(compareBytes)) {
    const t = targets.get(name)!;
    def.target[name] = toBakeTarget(t);
    if (t.definitionCopies) (def.definitionCopies ??= {})[name] = t.definitionCopies;
  }
  return def;
}

// ---- Go encoding/json compatible writer ----

/** An object whose keys are written in the given order (JS objects reorder integer-like keys). */
class Ordered {
  constructor(readonly entries: [string, Json][]) {}
}
type Json = string | number | boolean | null | Json[] | Ordered;

function sortedObject(o: Record<string, unknown>, value: (v: unknown) => Json = leaf): Ordered {
  return new Ordered(
    Object.keys(o)
      .sort(compareBytes)
      .filter((k) => o[k] !== undefined)
      .map((k) => [k, value(o[k])]),
  );
}

function leaf(v: unknown): Json {
  if (Array.isArray(v)) return v.map(leaf);
  if (v !== null && typeof v === 'object') return sortedObject(v as Record<string, unknown>);
  return v as Json;
}

const HTML_UNSAFE = /[<>&\u2028\u2029]/;

/** Go escapes <, > and & (and U+2028/2029) in JSON strings by default. */
function goString(s: string): string {
  if (!HTML_UNSAFE.test(s)) return JSON.stringify(s);
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

function write(v: Json, indent: string): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return goString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[\n' + v.map((x) => inner + write(x, inner)).join(',\n') + '\n' + indent + ']';
  }
  if (v.entries.length === 0) return '{}';
  return (
    '{\n' + v.entries.map(([k, x]) => `${inner}${goString(k)}: ${write(x, inner)}`).join(',\n') + '\n' + indent + '}'
  );
}

/** buildx's Target.MarshalJSON escapes these so the output re-parses as a bake JSON file. */
function escapeTemplate(s: string): string {
  return s.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

function targetJson(t: BakeTarget): Ordered {
  const entries: [string, Json][] = [];
  for (const k of FIELD_ORDER) {
    const v = t[k];
    if (v === undefined) continue;
    switch (k) {
      case 'annotations':
        entries.push([k, (v as string[]).map(escapeTemplate)]);
        break;
      case 'dockerfile-inline':
        entries.push([k, escapeTemplate(v as string)]);
        break;
      case 'args':
      case 'labels':
      case 'extra-hosts':
        entries.push([k, sortedObject(v as Record<string, string>, (x) => escapeTemplate(x as string))]);
        break;
      case 'secret':
        entries.push([
          k,
          (v as SecretEntry[]).map(
            (s) =>
              new Ordered((['id', 'src', 'env'] as const).filter((f) => s[f]).map((f) => [f, s[f]!] as [string, Json])),
          ),
        ]);
        break;
      case 'ssh':
        entries.push([
          k,
          (v as SshEntry[]).map((s) => {
            const e: [string, Json][] = [];
            if (s.id) e.push(['id', s.id]);
            if (s.paths && s.paths.length) e.push(['paths', [...s.paths]]);
            return new Ordered(e);
          }),
        ]);
        break;
      case 'resources': {
        // the struct's field order, unset fields left out (omitempty pointers); the cpu-* ones are int64 numbers
        const r = v as ResourcesConfig;
        entries.push([
          k,
          new Ordered(RESOURCE_KEYS.filter((f) => r[f] !== undefined).map((f) => [f, r[f]!] as [string, Json])),
        ]);
        break;
      }
      case 'policy':
        // no json tags, no MarshalJSON: Go's field names and order, every field
        entries.push([
          k,
          (v as PolicyConfig[]).map(
            (p) =>
              new Ordered([
                [
                  'Files',
                  p.Files
                    ? p.Files.map(
                        (f) =>
                          new Ordered([
                            ['Filename', f.Filename],
                            ['Data', null],
                          ]),
                      )
                    : null,
                ],
                ['Reset', p.Reset],
                ['Disabled', p.Disabled],
                ['Strict', p.Strict],
                ['LogLevel', p.LogLevel],
              ]),
          ),
        ]);
        break;
      default:
        entries.push([k, leaf(v)]);
    }
  }
  return new Ordered(entries);
}

/** Byte-identical to `docker buildx bake --print` stdout (two-space indent, trailing newline). */
export function renderPrint(def: BakeDefinition): string {
  const top: [string, Json][] = [];
  const groupNames = Object.keys(def.group ?? {}).sort(compareBytes);
  if (groupNames.length > 0) {
    top.push([
      'group',
      new Ordered(
        groupNames.map((name) => {
          const g = def.group[name];
          const e: [string, Json][] = [];
          if (g.description) e.push(['description', g.description]);
          e.push(['targets', g.targets ? [...g.targets] : null]);
          return [name, new Ordered(e)];
        }),
      ),
    ]);
  }
  top.push([
    'target',
    new Ordered(
      Object.keys(def.target)
        .sort(compareBytes)
        .map((name) => [name, targetJson(def.target[name])]),
    ),
  ]);
  return write(new Ordered(top), '') + '\n';
}
