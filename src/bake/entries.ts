import { parse as parseCsv } from 'csv-parse/sync';
import { type Value, asNumber, asString, materialize } from './hcl/value.js';

/**
 * Structured list attributes (`cache-from`, `cache-to`, `output`, `secret`, `ssh`, `attest`).
 * Each accepts CSV strings or objects and is kept in the flat shape `--print` shows, so the
 * build layer can read `type`/`dest`/`id`/`src`/`env` without reparsing.
 */

/** `{"type":"registry","ref":"user/app:cache"}`: `type` plus exporter/importer attributes. */
export type CacheEntry = { type: string } & Record<string, string>;
/** `{"type":"local","dest":"out"}`: `type`, optional `dest`, plus exporter attributes. */
export type ExportEntry = { type: string } & Record<string, string>;
export interface SecretEntry {
  id?: string;
  src?: string;
  env?: string;
}
export interface SshEntry {
  id?: string;
  paths?: string[];
}
/** `{"type":"sbom","disabled":true}`: `disabled` is only present (as `true`) when set. */
export type AttestEntry = { type: string; disabled?: boolean } & Record<string, string | boolean>;

/** Go's strconv.ParseBool. */
export function parseGoBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

/** Splits a CSV line the way buildx's csvvalue does (quotes allowed, spaces kept). */
export function csvFields(s: string): string[] {
  if (s === '') return [''];
  if (!s.includes('"')) return s.split(',');
  const rows: string[][] = parseCsv(s, { relax_quotes: true, relax_column_count: true, skip_empty_lines: false });
  return rows[0] ?? [''];
}

function cutEq(field: string): [string, string] | undefined {
  const i = field.indexOf('=');
  return i < 0 ? undefined : [field.slice(0, i), field.slice(i + 1)];
}

export function parseExportText(s: string): ExportEntry {
  const fields = csvFields(s);
  if (fields.length === 1 && fields[0] === s && !s.startsWith('type=')) {
    return s === '-' ? { type: 'tar', dest: '-' } : { type: 'local', dest: s };
  }
  const e: Record<string, string> = {};
  let type = '';
  for (const field of fields) {
    const kv = cutEq(field);
    if (!kv) throw new Error(`invalid value ${field}`);
    const key = kv[0].trim().toLowerCase();
    if (key === 'type') type = kv[1];
    else e[key] = kv[1];
  }
  if (type === '') throw new Error('type is required for output');
  return { ...e, type };
}

/** One string may hold several registry refs (`"ref1,ref2"`) when it has no `=`. */
export function parseCacheTexts(s: string): CacheEntry[] {
  if (!s.includes('=')) return csvFields(s).map((ref) => ({ type: 'registry', ref }));
  const e: Record<string, string> = {};
  let type = '';
  for (const field of csvFields(s)) {
    const kv = cutEq(field);
    if (!kv) throw new Error(`invalid value ${field}`);
    const key = kv[0].toLowerCase();
    if (key === 'type') type = kv[1];
    else e[key] = kv[1];
  }
  if (type === '') throw new Error(`type required form> ${JSON.stringify(s)}`);
  return [{ ...e, type }];
}

export function parseSecretText(s: string): SecretEntry {
  const out: SecretEntry = {};
  let type = '';
  for (const field of csvFields(s)) {
    const kv = cutEq(field);
    if (!kv) throw new Error(`invalid field '${field}' must be a key=value pair`);
    const key = kv[0].toLowerCase();
    const value = kv[1];
    switch (key) {
      case 'type':
        if (value !== 'file' && value !== 'env') throw new Error(`unsupported secret type ${JSON.stringify(value)}`);
        type = value;
        break;
      case 'id':
        out.id = value;
        break;
      case 'source':
      case 'src':
        out.src = value;
        break;
      case 'env':
        out.env = value;
        break;
      default:
        throw new Error(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (type === 'env' && !out.env) {
    const src = out.src;
    delete out.src;
    if (src) out.env = src;
  }
  return cleanSecret(out);
}

function cleanSecret(s: SecretEntry): SecretEntry {
  const out: SecretEntry = {};
  if (s.id) out.id = s.id;
  if (s.src) out.src = s.src;
  if (s.env) out.env = s.env;
  return out;
}

export function parseSshText(s: string): SshEntry {
  const i = s.indexOf('=');
  if (i < 0) return { id: s };
  return { id: s.slice(0, i), paths: s.slice(i + 1).split(',') };
}

export function parseAttestText(s: string): AttestEntry {
  const out: Record<string, string | boolean> = {};
  let type = '';
  let disabled = false;
  for (const field of csvFields(s)) {
    const kv = cutEq(field);
    if (!kv) throw new Error(`invalid value ${field}`);
    switch (kv[0].trim().toLowerCase()) {
      case 'type':
        type = kv[1];
        break;
      case 'disabled': {
        const b = parseGoBool(kv[1]);
        if (b === undefined)
          throw new Error(
            `invalid value ${field}: strconv.ParseBool: parsing ${JSON.stringify(kv[1])}: invalid syntax`,
          );
        disabled = b;
        break;
      }
      default:
        out[kv[0]] = kv[1];
    }
  }
  if (type === '') throw new Error('attestation type not specified');
  return makeAttest(type, disabled, out);
}

function makeAttest(type: string, disabled: boolean, attrs: Record<string, string | boolean>): AttestEntry {
  const e = { ...attrs, type } as AttestEntry;
  if (disabled) e.disabled = true;
  return e;
}

/** An object-valued entry as a string map (cty converts every attribute to string). */
function stringMap(v: Value, what: string): Map<string, string> {
  v = materialize(v);
  if (!(v instanceof Map)) throw new Error(`Unsuitable value type; ${what} entries must be strings or objects`);
  const out = new Map<string, string>();
  for (const [k, x] of v) {
    const s = asString(x, `${what}.${k}`);
    if (s !== null) out.set(k, s);
  }
  return out;
}

/** Elements of a structured list: empty strings are skipped (buildx #2822). */
function elements(v: Value): Value[] {
  return v === null ? [] : (v as Value[]).filter((x) => !(typeof x === 'string' && x === '') && x !== null);
}

export function exportsFromValue(list: Value): ExportEntry[] {
  return elements(list).map((v) => {
    if (typeof v === 'string') return parseExportText(v);
    const m = stringMap(v, 'output');
    const type = m.get('type') ?? '';
    if (type === '') throw new Error('type is required for output');
    const e: Record<string, string> = {};
    for (const [k, x] of m) if (k !== 'type' && !(k === 'dest' && x === '')) e[k] = x;
    return { ...e, type };
  });
}

export function cachesFromValue(list: Value): CacheEntry[] {
  return elements(list).flatMap((v) => {
    if (typeof v === 'string') return parseCacheTexts(v);
    const m = stringMap(v, 'cache');
    const type = m.get('type') ?? '';
    const e: Record<string, string> = {};
    for (const [k, x] of m) if (k !== 'type') e[k] = x;
    if (type === '') throw new Error(`type required for ${JSON.stringify(JSON.stringify(Object.fromEntries(m)))}`);
    return [{ ...e, type }];
  });
}

export function secretsFromValue(list: Value): SecretEntry[] {
  return elements(list).map((v) => {
    if (typeof v === 'string') return parseSecretText(v);
    const m = stringMap(v, 'secret');
    return cleanSecret({ id: m.get('id'), src: m.get('src'), env: m.get('env') });
  });
}

export function sshFromValue(list: Value): SshEntry[] {
  return elements(list).map((v) => {
    if (typeof v === 'string') return parseSshText(v);
    const o = materialize(v);
    if (!(o instanceof Map)) throw new Error('Unsuitable value type; ssh entries must be strings or objects');
    const out: SshEntry = {};
    const id = asString(o.get('id') ?? null);
    if (id) out.id = id;
    const paths = materialize(o.get('paths') ?? null);
    if (Array.isArray(paths) && paths.length > 0) out.paths = paths.map((p) => asString(p) ?? '');
    return out;
  });
}

export function attestsFromValue(list: Value): AttestEntry[] {
  return elements(list).map((v) => {
    if (typeof v === 'string') return parseAttestText(v);
    const m = stringMap(v, 'attest');
    let type = '';
    let disabled = false;
    const attrs: Record<string, string> = {};
    for (const [k, x] of m) {
      if (k === 'type') type = x;
      else if (k === 'disabled') {
        const b = parseGoBool(x);
        if (b === undefined) throw new Error(`strconv.ParseBool: parsing ${JSON.stringify(x)}: invalid syntax`);
        disabled = b;
      } else attrs[k] = x;
    }
    return makeAttest(type, disabled, attrs);
  });
}

// ---- equality and de-duplication (the exact orders buildx produces) ----

function recordsEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
}

/**
 * buildx's removeDupes for cache and export entries: walking backwards, each element that has
 * a later duplicate swaps that duplicate with the last element and drops it. This is not
 * "keep first" — a later unique element can move into the dropped duplicate's slot — so it is
 * reproduced exactly.
 */
export function removeEqualDupes<T extends Record<string, unknown>>(list: T[]): T[] {
  const s = [...list];
  for (let i = s.length - 2; i >= 0; i--) {
    for (let j = i + 1; j < s.length; j++) {
      if (recordsEqual(s[i], s[j])) {
        s[j] = s[s.length - 1]!;
        s.pop();
        break;
      }
    }
  }
  return s;
}

/** Later entries with the same key replace earlier ones, at the earlier position. */
export function dedupeByKey<T>(list: T[], key: (t: T) => string): T[] {
  const res: T[] = [];
  const index = new Map<string, number>();
  for (const item of list) {
    const k = key(item);
    const i = index.get(k);
    if (i !== undefined) res[i] = item;
    else {
      index.set(k, res.length);
      res.push(item);
    }
  }
  return res;
}

export const normalizeCaches = (l: CacheEntry[] | undefined): CacheEntry[] | undefined =>
  l && l.length ? removeEqualDupes(l) : undefined;
export const normalizeExports = (l: ExportEntry[] | undefined): ExportEntry[] | undefined =>
  l && l.length ? removeEqualDupes(l) : undefined;
export const normalizeSecrets = (l: SecretEntry[] | undefined): SecretEntry[] | undefined =>
  l && l.length ? dedupeByKey(l, (s) => s.id ?? '') : undefined;
export const normalizeSsh = (l: SshEntry[] | undefined): SshEntry[] | undefined =>
  l && l.length ? dedupeByKey(l, (s) => s.id ?? '') : undefined;
export const normalizeAttests = (l: AttestEntry[] | undefined): AttestEntry[] | undefined =>
  l && l.length ? dedupeByKey(l, (a) => a.type) : undefined;

/** The `Merge` of buildx list types: concatenate then normalise (nil-ness preserved). */
export function mergeEntries<T>(
  a: T[] | undefined,
  b: T[] | undefined,
  normalize: (l: T[] | undefined) => T[] | undefined,
): T[] | undefined {
  if (b === undefined) return normalize(a);
  if (a === undefined) return normalize(b);
  return normalize([...a, ...b]);
}

export function sshEqual(a: SshEntry, b: SshEntry): boolean {
  return (a.id ?? '') === (b.id ?? '') && JSON.stringify(a.paths ?? []) === JSON.stringify(b.paths ?? []);
}

export function compareSsh(a: SshEntry, b: SshEntry): number {
  const ia = a.id ?? '';
  const ib = b.id ?? '';
  if (ia !== ib) return ia < ib ? -1 : 1;
  const pa = a.paths ?? [];
  const pb = b.paths ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  return pa.length - pb.length;
}

// ---- resources and policy (buildx ≥ 0.35 and ≥ 0.31: util/buildflags/resources*.go, policy*.go) ----

/**
 * buildx ResourcesConfig: cgroup limits for `RUN` steps, under its json field names (the `--print` shape). Only the
 * fields that were given are present; `{}` is a set-but-empty `resources` (buildx prints it as `{}`).
 */
export interface ResourcesConfig {
  memory?: string;
  'memory-swap'?: string;
  'cpu-shares'?: number;
  'cpu-period'?: number;
  'cpu-quota'?: number;
  'cpuset-cpus'?: string;
  'cpuset-mems'?: string;
}

/** ResourcesConfig's fields in the struct's order (encoding/json writes them so). */
export const RESOURCE_KEYS = [
  'memory',
  'memory-swap',
  'cpu-shares',
  'cpu-period',
  'cpu-quota',
  'cpuset-cpus',
  'cpuset-mems',
] as const;
export type ResourceKey = (typeof RESOURCE_KEYS)[number];
const RESOURCE_INT_KEYS: ReadonlySet<string> = new Set(['cpu-shares', 'cpu-period', 'cpu-quota']);

const INT64_MAX = 2n ** 63n - 1n;

/**
 * An int64 field as a JS number. cty (HCL) and strconv accept the whole int64 range; beyond 2^53 a JS number is no
 * longer exact, so such a value is refused rather than sent rounded.
 */
function int64Number(n: bigint, what: string, shown: string): number {
  if (n > INT64_MAX || n < -INT64_MAX - 1n) throw new Error(`invalid value ${shown} for int64 key ${what}`);
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`${what}: ${shown} is beyond what bakekit handles exactly (±2^53)`);
  }
  return Number(n);
}

/** The `resources` object (resources_cty.go FromCtyValue: converted to an object of optional attributes, so other
 * keys are dropped; strings take numbers and bools as cty converts them; the cpu-* ones must be whole numbers). */
export function resourcesFromValue(v: Value): ResourcesConfig {
  v = materialize(v);
  if (!(v instanceof Map))
    throw new Error(
      `Unsuitable value type; resources must be an object, not ${v === null ? 'null' : Array.isArray(v) ? 'tuple' : typeof v}`,
    );
  const out: ResourcesConfig = {};
  for (const key of RESOURCE_KEYS) {
    const x = materialize(v.get(key) ?? null);
    if (x === null) continue;
    if (RESOURCE_INT_KEYS.has(key)) {
      const n = asNumber(x, `resources.${key}`)!;
      if (!Number.isInteger(n))
        throw new Error(
          `resources.${key}: value must be a whole number, between -9223372036854775808 and 9223372036854775807`,
        );
      (out as Record<string, number>)[key] = int64Number(BigInt(n), `resources.${key}`, formatNumberish(n));
    } else {
      (out as Record<string, string>)[key] = asString(x, `resources.${key}`)!;
    }
  }
  return out;
}

function formatNumberish(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
}

/** buildx ResourcesConfig.SetField (`--set T.resources.NAME=VALUE`). Returns a new config. */
export function setResourceField(r: ResourcesConfig | undefined, name: string, value: string): ResourcesConfig {
  const out: ResourcesConfig = { ...(r ?? {}) };
  if (!(RESOURCE_KEYS as readonly string[]).includes(name)) throw new Error(`unknown resources key ${name}`);
  if (RESOURCE_INT_KEYS.has(name)) {
    // strconv.ParseInt(value, 10, 64): an optional sign and decimal digits, nothing else
    if (!/^[+-]?\d+$/.test(value)) throw new Error(`invalid value ${value} for int64 key resources.${name}`);
    (out as Record<string, number>)[name] = int64Number(BigInt(value), `resources.${name}`, value);
  } else {
    (out as Record<string, string>)[name] = value;
  }
  return out;
}

/** buildx ResourcesConfig.Merge: the fields `b` sets replace `a`'s; a new object either way. */
export function mergeResources(a: ResourcesConfig | undefined, b: ResourcesConfig): ResourcesConfig {
  return { ...(a ?? {}), ...b };
}

/**
 * One buildx PolicyConfig, as `--print` shows it. The Go struct has no json tags and no MarshalJSON, so encoding/json
 * writes its Go field names, every field (no omitempty): `Files` (policy.File: `Filename`, `Data` — never read from a
 * bake file, so null), `Reset`, `Disabled`, `Strict` (*bool) and `LogLevel` (*logrus.Level, written as its name:
 * `warn` is `warning`).
 */
export interface PolicyConfig {
  Files: Array<{ Filename: string; Data: null }> | null;
  Reset: boolean;
  Disabled: boolean;
  Strict: boolean | null;
  LogLevel: string | null;
}

/** logrus.ParseLevel (case-insensitive) → Level.String(). */
const LOG_LEVELS: Record<string, string> = {
  panic: 'panic',
  fatal: 'fatal',
  error: 'error',
  warn: 'warning',
  warning: 'warning',
  info: 'info',
  debug: 'debug',
  trace: 'trace',
};

/** buildx parsePolicyFields: `key=value` fields (keys trimmed and lower-cased, values verbatim). */
function policyFromFields(fields: string[]): PolicyConfig {
  const cfg: PolicyConfig = { Files: null, Reset: false, Disabled: false, Strict: null, LogLevel: null };
  const bool = (field: string, value: string): boolean => {
    const b = parseGoBool(value);
    if (b === undefined)
      throw new Error(`invalid value ${field}: strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`);
    return b;
  };
  for (const field of fields) {
    const kv = cutEq(field);
    if (!kv) throw new Error(`invalid value ${field}`);
    const [rawKey, value] = kv;
    switch (rawKey.toLowerCase().trim()) {
      case 'filename':
        if (value === '') throw new Error(`invalid value ${field}`);
        (cfg.Files ??= []).push({ Filename: value, Data: null });
        break;
      case 'reset':
        cfg.Reset = bool(field, value);
        break;
      case 'disabled':
        cfg.Disabled = bool(field, value);
        break;
      case 'strict':
        cfg.Strict = bool(field, value);
        break;
      case 'log-level': {
        const level = LOG_LEVELS[value.toLowerCase()];
        if (!level) throw new Error(`invalid value ${field}: not a valid logrus Level: ${JSON.stringify(value)}`);
        cfg.LogLevel = level;
        break;
      }
      default:
        throw new Error(`invalid value ${field}`);
    }
  }
  return cfg;
}

/** buildx ParsePolicyConfig: one CSV string, `filename=a.rego,strict=true` (an empty one is csvvalue's EOF). */
export function parsePolicyText(s: string): PolicyConfig {
  if (s === '' || s === '\n' || s === '\r\n') throw new Error('EOF');
  return policyFromFields(csvFields(s));
}

/**
 * The `policy` list (policy_cty.go): strings as parsePolicyText, objects as `key=value` fields (null and empty-string
 * values skipped, bools and numbers written out); empty strings and nulls in the list are skipped.
 */
export function policiesFromValue(list: Value): PolicyConfig[] {
  return elements(list).map((v) => {
    v = materialize(v);
    if (typeof v === 'string') return parsePolicyText(v);
    if (!(v instanceof Map))
      throw new Error(
        `Unsuitable value type; policy entries must be strings or objects, not ${Array.isArray(v) ? 'tuple' : typeof v}`,
      );
    const fields: string[] = [];
    for (const k of [...v.keys()].sort()) {
      const x = materialize(v.get(k)!);
      if (x === null || x === '') continue;
      if (x instanceof Map || Array.isArray(x)) throw new Error(`Unsuitable value type; policy.${k}: string required`);
      fields.push(`${k}=${asString(x)}`);
    }
    return policyFromFields(fields);
  });
}

/** PolicyConfig.ToCtyValue: what `target.NAME.policy` yields per entry (a map of strings). */
export function policyMap(p: PolicyConfig): Map<string, string> {
  const m = new Map<string, string>();
  if (p.Files?.length) m.set('filename', p.Files[0].Filename);
  if (p.Reset) m.set('reset', 'true');
  if (p.Disabled) m.set('disabled', 'true');
  if (p.Strict !== null) m.set('strict', String(p.Strict));
  if (p.LogLevel !== null) m.set('log-level', p.LogLevel);
  return m;
}

export function clonePolicy(p: PolicyConfig): PolicyConfig {
  return { ...p, Files: p.Files && p.Files.map((f) => ({ ...f })) };
}
