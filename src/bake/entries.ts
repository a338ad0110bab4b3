import { parse as parseCsv } from 'csv-parse/sync';
import { type Value, asString, materialize } from './hcl/value.js';

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
  const rows = parseCsv(s, { relax_quotes: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
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
  return { ...e, type } as ExportEntry;
}

/** One string may hold several registry refs (`"ref1,ref2"`) when it has no `=`. */
export function parseCacheTexts(s: string): CacheEntry[] {
  if (!s.includes('=')) return csvFields(s).map((ref) => ({ type: 'registry', ref }) as CacheEntry);
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
  return [{ ...e, type } as CacheEntry];
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
        if (b === undefined) throw new Error(`invalid value ${field}: strconv.ParseBool: parsing ${JSON.stringify(kv[1])}: invalid syntax`);
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

/** Elements of a structured list: empty strings are skipped (issue #2822). */
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
    return { ...e, type } as ExportEntry;
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
    return [{ ...e, type } as CacheEntry];
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
      if (recordsEqual(s[i]!, s[j]!)) {
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
export function mergeEntries<T>(a: T[] | undefined, b: T[] | undefined, normalize: (l: T[] | undefined) => T[] | undefined): T[] | undefined {
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
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
  return pa.length - pb.length;
}
