/**
 * A `RUN --mount=...` value as the frontend reads it (moby/buildkit frontend/dockerfile/instructions/
 * commands_runmount.go parseMount; defaults as dockerfile2llb/convert_runmount.go applies them), for cache-mount
 * discovery (../discover.ts). Pure; a value BuildKit would refuse throws a MountError saying why.
 */
import { parseGoBool } from '../../../bake/entries.js';

/** A `--mount` as the frontend reads it after expansion. */
export interface Mount {
  type: string;
  from: string;
  source: string;
  target: string;
  id: string;
  sharing: string;
  uid?: number;
  gid?: number;
  mode?: number;
}

export class MountError extends Error {
  override readonly name = 'MountError';
}

/** csvvalue.Fields (the CSV BuildKit reads `--mount` values with): fields separated by commas; a field starting with
 * a double quote is quoted (`""` is a quote in it); a quote anywhere else is an error. */
function csvFields(input: string): string[] {
  let line = input.replace(/\r?\n$/, '');
  if (line === '') throw new MountError('EOF');
  const fields: string[] = [];
  for (;;) {
    if (!line.startsWith('"')) {
      const comma = line.indexOf(',');
      const field = comma >= 0 ? line.slice(0, comma) : line;
      if (field.includes('"')) throw new MountError('bare " in non-quoted-field');
      fields.push(field);
      if (comma < 0) return fields;
      line = line.slice(comma + 1);
      continue;
    }
    line = line.slice(1);
    let field = '';
    for (;;) {
      const q = line.indexOf('"');
      if (q < 0) throw new MountError('extraneous or missing " in quoted-field');
      field += line.slice(0, q);
      line = line.slice(q + 1);
      if (line.startsWith('"')) {
        field += '"';
        line = line.slice(1);
      } else if (line.startsWith(',')) {
        fields.push(field);
        line = line.slice(1);
        break;
      } else if (line === '') {
        fields.push(field);
        return fields;
      } else throw new MountError('extraneous or missing " in quoted-field');
    }
  }
}

/** Go's strconv.ParseUint(v, base, 32) for base 8 and 10 (no sign, no underscores, no prefix). */
function parseGoUint32(v: string, base: 8 | 10): number | undefined {
  if (!(base === 8 ? /^[0-7]+$/ : /^[0-9]+$/).test(v)) return undefined;
  const n = parseInt(v, base);
  return n <= 0xffffffff ? n : undefined;
}

/** The `from=` of a `--mount` as written: the stage dependency is taken before any expansion (convert_runmount.go
 * detectRunMount reads the mounts parsed without an expander). */
export function rawMountFrom(value: string): string {
  let from = '';
  try {
    for (const field of csvFields(value)) {
      const eq = field.indexOf('=');
      if (eq >= 0 && field.slice(0, eq).toLowerCase() === 'from') from = field.slice(eq + 1);
    }
  } catch {
    return '';
  }
  return from;
}

/** parseMount with an expander: each value is expanded, then checked; the first problem is thrown. */
export function parseMount(value: string, expand: (word: string) => string): Mount {
  const m: Mount = { type: 'bind', from: '', source: '', target: '', id: '', sharing: '' };
  const fields = csvFields(value);
  // BuildKit refuses a variable in from= before expanding anything
  for (const field of fields) {
    const eq = field.indexOf('=');
    if (eq < 0 || field.slice(0, eq).toLowerCase() !== 'from') continue;
    const v = field.slice(eq + 1);
    const dollar = v.indexOf('$');
    if (dollar !== -1 && dollar !== v.length - 1)
      throw new MountError("'from' doesn't support variable expansion, define alias stage instead");
  }
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0) {
      // flag form: only the read-only switches (and `required`, for secrets and ssh) stand alone
      if (['readonly', 'ro', 'readwrite', 'rw'].includes(key)) continue;
      if (key === 'required') {
        if (m.type === 'secret' || m.type === 'ssh') continue;
        throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
      }
      throw new MountError(`invalid field '${field}' must be a key=value pair`);
    }
    const v = expand(field.slice(eq + 1));
    switch (key) {
      case 'type': {
        const t = v.toLowerCase();
        if (!['bind', 'cache', 'tmpfs', 'secret', 'ssh'].includes(t))
          throw new MountError(`unsupported mount type "${v}"`);
        m.type = t;
        break;
      }
      case 'from':
        m.from = v;
        break;
      case 'source':
      case 'src':
        m.source = v;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.target = v;
        break;
      case 'readonly':
      case 'ro':
      case 'readwrite':
      case 'rw':
        if (parseGoBool(v) === undefined) throw new MountError(`invalid value for ${key}: ${v}`);
        break;
      case 'required':
        if (m.type !== 'secret' && m.type !== 'ssh')
          throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
        if (parseGoBool(v) === undefined) throw new MountError(`invalid value for ${key}: ${v}`);
        break;
      case 'size':
        // only tmpfs takes a size; its value does not matter here
        if (m.type !== 'tmpfs') throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
        break;
      case 'id':
        m.id = v;
        break;
      case 'sharing': {
        const s = v.toLowerCase();
        if (!['shared', 'private', 'locked'].includes(s)) throw new MountError(`unsupported sharing value "${v}"`);
        m.sharing = s;
        break;
      }
      case 'mode': {
        const n = parseGoUint32(v, 8);
        if (n === undefined) throw new MountError(`invalid value ${v} for mode`);
        m.mode = n;
        break;
      }
      case 'uid':
      case 'gid': {
        const n = parseGoUint32(v, 10);
        if (n === undefined) throw new MountError(`invalid value ${v} for ${key}`);
        m[key] = n;
        break;
      }
      case 'env':
        break;
      default:
        throw new MountError(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (!['secret', 'ssh', 'cache'].includes(m.type)) {
    for (const k of ['mode', 'uid', 'gid'] as const)
      if (m[k] !== undefined) throw new MountError(`${k} not allowed for "${m.type}" type mounts`);
  }
  if (m.sharing !== '' && m.type !== 'cache') throw new MountError(`invalid cache sharing set for ${m.type} mount`);
  return m;
}
