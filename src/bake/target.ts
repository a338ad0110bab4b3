import {
  type AttestEntry,
  type CacheEntry,
  type ExportEntry,
  type PolicyConfig,
  type ResourcesConfig,
  type SecretEntry,
  type SshEntry,
  attestsFromValue,
  cachesFromValue,
  clonePolicy,
  exportsFromValue,
  mergeEntries,
  mergeResources,
  normalizeAttests,
  normalizeCaches,
  normalizeExports,
  normalizeSecrets,
  normalizeSsh,
  policiesFromValue,
  policyMap,
  resourcesFromValue,
  RESOURCE_KEYS,
  secretsFromValue,
  sshFromValue,
} from './entries.js';
import { copyContextBases, mergeContextBases } from './file-relative.js';
import type { DefinitionCopies } from './remote-context.js';
import { type ObjectValue, type Value, asBool, asList, asObject, asString, materialize } from './hcl/value.js';

/**
 * A target while it is being loaded and resolved. `undefined` means "not set" (buildx's nil),
 * which matters for merging: a set-but-empty list replaces, an unset one does not.
 * Maps are `Map`s so any key (even `__proto__`) is safe; a null map value is "no value".
 */
export interface Target {
  name: string;
  description?: string;
  inherits?: string[];
  annotations?: string[];
  attest?: AttestEntry[];
  context?: string;
  contexts?: Map<string, string>;
  dockerfile?: string;
  dockerfileInline?: string;
  args?: Map<string, string | null>;
  labels?: Map<string, string | null>;
  tags?: string[];
  cacheFrom?: CacheEntry[];
  cacheTo?: CacheEntry[];
  target?: string;
  secret?: SecretEntry[];
  ssh?: SshEntry[];
  platforms?: string[];
  output?: ExportEntry[];
  pull?: boolean;
  noCache?: boolean;
  network?: string;
  noCacheFilter?: string[];
  shmSize?: string;
  ulimits?: string[];
  /** cgroup limits for RUN steps (buildx ≥ 0.35) */
  resources?: ResourcesConfig;
  call?: string;
  entitlements?: string[];
  extraHosts?: Map<string, string | null>;
  /** source policies (buildx ≥ 0.31); bakekit builds only a target whose policy is disabled (bake-adapter.ts) */
  policy?: PolicyConfig[];
  /** Added only because another target consumes it through a `target:` context. */
  linked?: boolean;
  /** A remote definition's directories this target builds from, sent as copies out of its repository (set once the
   * target is resolved: remote-context.ts); not an attribute, never printed */
  definitionCopies?: DefinitionCopies;
}

export interface Group {
  name: string;
  description?: string;
  targets: string[];
}

/** Every attribute a `target` block may set, in --print order, with its HCL name. */
export const TARGET_ATTRIBUTES = [
  'description',
  'inherits',
  'annotations',
  'attest',
  'context',
  'contexts',
  'dockerfile',
  'dockerfile-inline',
  'args',
  'labels',
  'tags',
  'cache-from',
  'cache-to',
  'target',
  'secret',
  'ssh',
  'platforms',
  'output',
  'pull',
  'no-cache',
  'network',
  'no-cache-filter',
  'shm-size',
  'ulimits',
  'resources',
  'call',
  'entitlements',
  'extra-hosts',
  'policy',
] as const;
export type TargetAttribute = (typeof TARGET_ATTRIBUTES)[number];

export function isTargetAttribute(name: string): name is TargetAttribute {
  return (TARGET_ATTRIBUTES as readonly string[]).includes(name);
}

function stringList(v: Value, what: string): string[] | undefined {
  const l = asList(v, what);
  if (l === null) return undefined;
  return l.map((x, i) => asString(x, `${what}[${i}]`) ?? '');
}

function stringMap(v: Value, what: string): Map<string, string | null> | undefined {
  const o = asObject(v, what);
  if (o === null) return undefined;
  const m = new Map<string, string | null>();
  for (const [k, x] of o) m.set(k, asString(x, `${what}.${k}`));
  return m;
}

function optString(v: Value, what: string): string | undefined {
  const s = asString(v, what);
  return s === null ? undefined : s;
}

function optBool(v: Value, what: string): boolean | undefined {
  const b = asBool(v, what);
  return b === null ? undefined : b;
}

/** Decodes one evaluated attribute value into the target (type errors throw). */
export function setTargetAttribute(t: Target, name: TargetAttribute, raw: Value): void {
  const v = materialize(raw);
  switch (name) {
    case 'description':
      t.description = optString(v, name) ?? '';
      return;
    case 'inherits':
      t.inherits = stringList(v, name);
      return;
    case 'annotations':
      t.annotations = stringList(v, name);
      return;
    case 'attest':
      t.attest = v === null ? undefined : attestsFromValue(listOf(v, name));
      return;
    case 'context':
      t.context = optString(v, name);
      return;
    case 'contexts': {
      const m = stringMap(v, name);
      t.contexts = m && new Map([...m].map(([k, x]) => [k, x ?? '']));
      return;
    }
    case 'dockerfile':
      t.dockerfile = optString(v, name);
      return;
    case 'dockerfile-inline':
      t.dockerfileInline = optString(v, name);
      return;
    case 'args':
      t.args = stringMap(v, name);
      return;
    case 'labels':
      t.labels = stringMap(v, name);
      return;
    case 'tags':
      t.tags = stringList(v, name);
      return;
    case 'cache-from':
      t.cacheFrom = v === null ? undefined : cachesFromValue(listOf(v, name));
      return;
    case 'cache-to':
      t.cacheTo = v === null ? undefined : cachesFromValue(listOf(v, name));
      return;
    case 'target':
      t.target = optString(v, name);
      return;
    case 'secret':
      t.secret = v === null ? undefined : secretsFromValue(listOf(v, name));
      return;
    case 'ssh':
      t.ssh = v === null ? undefined : sshFromValue(listOf(v, name));
      return;
    case 'platforms':
      t.platforms = stringList(v, name);
      return;
    case 'output':
      t.output = v === null ? undefined : exportsFromValue(listOf(v, name));
      return;
    case 'pull':
      t.pull = optBool(v, name);
      return;
    case 'no-cache':
      t.noCache = optBool(v, name);
      return;
    case 'network':
      t.network = optString(v, name);
      return;
    case 'no-cache-filter':
      t.noCacheFilter = stringList(v, name);
      return;
    case 'shm-size':
      t.shmSize = optString(v, name);
      return;
    case 'ulimits':
      t.ulimits = stringList(v, name);
      return;
    case 'call':
      t.call = optString(v, name);
      return;
    case 'entitlements':
      t.entitlements = stringList(v, name);
      return;
    case 'extra-hosts':
      t.extraHosts = stringMap(v, name);
      return;
    case 'resources':
      t.resources = v === null ? undefined : resourcesFromValue(v);
      return;
    case 'policy':
      t.policy = v === null ? undefined : policiesFromValue(listOf(v, name));
      return;
  }
}

function listOf(v: Value, what: string): Value[] {
  return asList(v, what) ?? [];
}

function mapValue(m: Map<string, string | null> | undefined): Value {
  if (!m) return null;
  const o: ObjectValue = new Map();
  for (const [k, v] of m) o.set(k, v);
  return o;
}

function listValue(l: string[] | undefined): Value {
  return l ? [...l] : null;
}

function entriesValue(l: Record<string, unknown>[] | undefined, withDest = false): Value {
  if (!l) return null;
  return l.map((e) => {
    const m: ObjectValue = new Map();
    for (const [k, v] of Object.entries(e)) m.set(k, typeof v === 'boolean' ? String(v) : (v as Value));
    if (withDest && !m.has('dest')) m.set('dest', '');
    return m;
  });
}

/** The value `target.NAME.ATTR` yields: the block's own (un-inherited) attribute, or null. */
export function targetAttributeValue(t: Target, name: string): Value | undefined {
  switch (name) {
    case 'name':
      return t.name;
    case 'description':
      return t.description ?? '';
    case 'inherits':
      return listValue(t.inherits);
    case 'annotations':
      return listValue(t.annotations);
    case 'attest':
      return entriesValue(t.attest);
    case 'context':
      return t.context ?? null;
    case 'contexts':
      return t.contexts ? new Map<string, Value>(t.contexts) : null;
    case 'dockerfile':
      return t.dockerfile ?? null;
    case 'dockerfile-inline':
      return t.dockerfileInline ?? null;
    case 'args':
      return mapValue(t.args);
    case 'labels':
      return mapValue(t.labels);
    case 'tags':
      return listValue(t.tags);
    case 'cache-from':
      return entriesValue(t.cacheFrom);
    case 'cache-to':
      return entriesValue(t.cacheTo);
    case 'target':
      return t.target ?? null;
    case 'secret':
      return t.secret
        ? t.secret.map(
            (s) =>
              new Map<string, Value>([
                ['env', s.env ?? ''],
                ['id', s.id ?? ''],
                ['src', s.src ?? ''],
              ]),
          )
        : null;
    case 'ssh':
      return t.ssh
        ? t.ssh.map(
            (s) =>
              new Map<string, Value>([
                ['id', s.id ?? ''],
                ['paths', [...(s.paths ?? [])]],
              ]),
          )
        : null;
    case 'platforms':
      return listValue(t.platforms);
    case 'output':
      return entriesValue(t.output, true);
    case 'pull':
      return t.pull ?? null;
    case 'no-cache':
      return t.noCache ?? null;
    case 'network':
      return t.network ?? null;
    case 'no-cache-filter':
      return listValue(t.noCacheFilter);
    case 'shm-size':
      return t.shmSize ?? null;
    case 'ulimits':
      return listValue(t.ulimits);
    case 'call':
      return t.call ?? null;
    case 'entitlements':
      return listValue(t.entitlements);
    case 'extra-hosts':
      return mapValue(t.extraHosts);
    case 'resources': {
      // ResourcesConfig.ToCtyValue: every field, null when not set
      if (!t.resources) return null;
      const r = t.resources;
      return new Map<string, Value>(RESOURCE_KEYS.map((k) => [k, r[k] ?? null]));
    }
    case 'policy':
      return t.policy ? t.policy.map((p) => new Map<string, Value>(policyMap(p))) : null;
    default:
      return undefined;
  }
}

function mergeMap<V>(
  into: Map<string, V> | undefined,
  from: Map<string, V | null> | undefined,
  skipNull: boolean,
): Map<string, V> | undefined {
  if (!from) return into;
  for (const [k, v] of from) {
    if (v === null && skipNull) continue;
    if (!into) into = new Map();
    into.set(k, v as V);
  }
  return into;
}

/**
 * Merges `t2` onto `t` (buildx Target.Merge): scalars and "replace" lists are taken from `t2`
 * when set; maps merge key-wise (nulls never unset); append-lists concatenate.
 */
export function mergeTarget(t: Target, t2: Target): void {
  mergeContextBases(t, t2); // BUILDX_BAKE_FILE_RELATIVE_PATHS: the file each path came from
  if (t2.context !== undefined) t.context = t2.context;
  if (t2.dockerfile !== undefined) t.dockerfile = t2.dockerfile;
  if (t2.dockerfileInline !== undefined) t.dockerfileInline = t2.dockerfileInline;
  t.args = mergeMap(t.args, t2.args, true);
  t.contexts = mergeMap(t.contexts, t2.contexts, false);
  t.labels = mergeMap(t.labels, t2.labels, true);
  if (t2.tags !== undefined) t.tags = [...t2.tags];
  if (t2.target !== undefined) t.target = t2.target;
  if (t2.call !== undefined) t.call = t2.call;
  if (t2.annotations !== undefined) t.annotations = [...(t.annotations ?? []), ...t2.annotations];
  if (t2.attest !== undefined) t.attest = mergeEntries(t.attest, t2.attest, normalizeAttests);
  // appended as they are (buildx keeps every entry: their order is the policy's composition)
  if (t2.policy !== undefined && (t.policy !== undefined || t2.policy.length))
    t.policy = [...(t.policy ?? []), ...t2.policy.map(clonePolicy)];
  if (t2.secret !== undefined) t.secret = mergeEntries(t.secret, t2.secret, normalizeSecrets);
  if (t2.ssh !== undefined) t.ssh = mergeEntries(t.ssh, t2.ssh, normalizeSsh);
  if (t2.platforms !== undefined) t.platforms = [...t2.platforms];
  if (t2.cacheFrom !== undefined) t.cacheFrom = mergeEntries(t.cacheFrom, t2.cacheFrom, normalizeCaches);
  if (t2.cacheTo !== undefined) t.cacheTo = [...t2.cacheTo];
  if (t2.output !== undefined) t.output = t2.output.map((o) => ({ ...o }));
  if (t2.pull !== undefined) t.pull = t2.pull;
  if (t2.noCache !== undefined) t.noCache = t2.noCache;
  if (t2.network !== undefined) t.network = t2.network;
  if (t2.noCacheFilter !== undefined) t.noCacheFilter = [...(t.noCacheFilter ?? []), ...t2.noCacheFilter];
  if (t2.shmSize !== undefined) t.shmSize = t2.shmSize;
  if (t2.ulimits !== undefined) t.ulimits = [...(t.ulimits ?? []), ...t2.ulimits];
  if (t2.resources !== undefined) t.resources = mergeResources(t.resources, t2.resources);
  if (t2.description) t.description = t2.description;
  if (t2.entitlements !== undefined) t.entitlements = [...(t.entitlements ?? []), ...t2.entitlements];
  t.extraHosts = mergeMap(t.extraHosts, t2.extraHosts, true);
  if (t2.inherits) t.inherits = [...(t.inherits ?? []), ...t2.inherits];
}

/** Keeps the first occurrence, drops empty strings. */
export function dedupeStrings(l: string[] | undefined): string[] | undefined {
  if (l === undefined) return undefined;
  const seen = new Set<string>();
  return l.filter((s) => s !== '' && !seen.has(s) && (seen.add(s), true));
}

/** buildx Target.normalize: dedupe lists, `network=host` entitlement, drop empty contexts. */
export function normalizeTarget(t: Target): void {
  t.annotations = dedupeStrings(t.annotations);
  t.attest = normalizeAttests(t.attest);
  t.tags = dedupeStrings(t.tags);
  t.secret = normalizeSecrets(t.secret);
  t.ssh = normalizeSsh(t.ssh);
  t.platforms = dedupeStrings(t.platforms);
  t.cacheFrom = normalizeCaches(t.cacheFrom);
  t.cacheTo = normalizeCaches(t.cacheTo);
  t.output = normalizeExports(t.output);
  t.noCacheFilter = dedupeStrings(t.noCacheFilter);
  t.ulimits = dedupeStrings(t.ulimits);
  if (t.network === 'host') t.entitlements = [...(t.entitlements ?? []), 'network.host'];
  t.entitlements = dedupeStrings(t.entitlements);
  if (t.contexts) {
    for (const [k, v] of [...t.contexts]) if (v === '') t.contexts.delete(k);
    if (t.contexts.size === 0) t.contexts = undefined;
  }
}

export function cloneTarget(t: Target): Target {
  const c: Target = { ...t };
  const maps = ['contexts', 'args', 'labels', 'extraHosts'] as const;
  for (const k of maps) if (t[k]) (c as unknown as Record<string, unknown>)[k] = new Map(t[k] as Map<string, unknown>);
  const lists = ['inherits', 'annotations', 'tags', 'platforms', 'noCacheFilter', 'ulimits', 'entitlements'] as const;
  for (const k of lists) if (t[k]) c[k] = [...t[k]];
  const entries = ['attest', 'cacheFrom', 'cacheTo', 'secret', 'ssh', 'output'] as const;
  for (const k of entries)
    if (t[k]) (c as unknown as Record<string, unknown>)[k] = (t[k] as object[]).map((e) => ({ ...e }));
  if (t.resources) c.resources = { ...t.resources };
  if (t.policy) c.policy = t.policy.map(clonePolicy);
  copyContextBases(t, c);
  return c;
}
