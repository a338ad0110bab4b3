import { createHash, randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import { posix } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { SourcePos } from '../errors.js';
import type { HclFunction } from './eval.js';
import { rsaDecrypt } from './rsadecrypt.js';
import {
  type ObjectValue,
  type Value,
  ConversionError,
  asBool,
  asList,
  asNumber,
  asObject,
  asString,
  compareStrings,
  formatNumber,
  fromJS,
  sortSetValues,
  sortedKeys,
  toJS,
  typeName,
  valuesEqual,
} from './value.js';

/**
 * The function library bake exposes (buildx bake/hclparser/stdlib.go: the cty stdlib plus a few
 * bake-specific helpers). `try`, `can` and `convert` need unevaluated arguments and live in the
 * evaluator. Errors thrown here are wrapped with the call position by the evaluator.
 */

class ArgError extends Error {}

function arity(name: string, args: Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new ArgError(`Function "${name}" expects ${want} argument(s); got ${args.length}`);
  }
}

function str(v: Value | undefined, what = 'argument'): string {
  const s = asString(v ?? null, what);
  if (s === null) throw new ConversionError(`Invalid function argument; ${what} must not be null`);
  return s;
}

function num(v: Value | undefined, what = 'argument'): number {
  const n = asNumber(v ?? null, what);
  if (n === null) throw new ConversionError(`Invalid function argument; ${what} must not be null`);
  return n;
}

function int(v: Value | undefined, what = 'argument'): number {
  const n = num(v, what);
  if (!Number.isInteger(n)) throw new ConversionError(`Invalid function argument; ${what} must be a whole number`);
  return n;
}

function bool(v: Value | undefined, what = 'argument'): boolean {
  const b = asBool(v ?? null, what);
  if (b === null) throw new ConversionError(`Invalid function argument; ${what} must not be null`);
  return b;
}

function list(v: Value | undefined, what = 'argument'): Value[] {
  const l = asList(v ?? null, what);
  if (l === null) throw new ConversionError(`Invalid function argument; ${what} must not be null`);
  return l;
}

function obj(v: Value | undefined, what = 'argument'): ObjectValue {
  const o = asObject(v ?? null, what);
  if (o === null) throw new ConversionError(`Invalid function argument; ${what} must not be null`);
  return o;
}

const fn1s = (f: (s: string) => Value) => (args: Value[]) => f(str(args[0]));
const fn2n = (f: (a: number, b: number) => Value) => (args: Value[]) => f(num(args[0]), num(args[1]));

function distinctValues(vals: Value[]): Value[] {
  const out: Value[] = [];
  for (const v of vals) if (!out.some((o) => valuesEqual(o, v))) out.push(v);
  return out;
}

function toSet(v: Value | undefined): Value[] {
  return sortSetValues(distinctValues(list(v)));
}

function goQuote(s: string): string {
  return JSON.stringify(s);
}

/** Go fmt-style formatting for format()/formatlist(). */
function goFormat(fmtStr: string, args: Value[]): string {
  let out = '';
  let argi = 0;
  const re = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+))?([a-zA-Z%])/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(fmtStr))) {
    out += fmtStr.slice(last, m.index);
    last = re.lastIndex;
    const [, flags = '', widthS, precS, verb] = m;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) throw new Error(`not enough arguments for "%${verb}" at ${m.index}`);
    const arg = args[argi++]!;
    let s: string;
    const prec = precS !== undefined ? Number(precS) : undefined;
    switch (verb) {
      case 's':
        s = str(arg);
        if (prec !== undefined) s = s.slice(0, prec);
        break;
      case 'q':
        s = goQuote(str(arg));
        break;
      case 'v':
        s = arg === null ? 'null' : typeof arg === 'object' ? JSON.stringify(toJS(arg)) : str(arg);
        break;
      case 'd': {
        const n = num(arg);
        s = String(Math.trunc(n));
        if (flags.includes('+') && n >= 0) s = '+' + s;
        break;
      }
      case 'f':
      case 'F': {
        const n = num(arg);
        s = n.toFixed(prec ?? 6);
        if (flags.includes('+') && n >= 0) s = '+' + s;
        break;
      }
      case 'e':
        s = num(arg).toExponential(prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
        break;
      case 'g':
        s = formatNumber(num(arg));
        break;
      case 't':
        s = bool(arg) ? 'true' : 'false';
        break;
      case 'x':
        s = typeof arg === 'string' ? Buffer.from(arg).toString('hex') : Math.trunc(num(arg)).toString(16);
        break;
      case 'X':
        s = (typeof arg === 'string' ? Buffer.from(arg).toString('hex') : Math.trunc(num(arg)).toString(16)).toUpperCase();
        break;
      case 'o':
        s = Math.trunc(num(arg)).toString(8);
        break;
      case 'b':
        s = Math.trunc(num(arg)).toString(2);
        break;
      default:
        throw new Error(`unsupported format verb %${verb}`);
    }
    const width = widthS !== undefined && widthS !== '*' ? Number(widthS) : 0;
    if (s.length < width) {
      if (flags.includes('-')) s = s.padEnd(width);
      else if (flags.includes('0') && /[dfFeg]/.test(verb!)) {
        const neg = s.startsWith('-') || s.startsWith('+');
        s = neg ? s[0] + s.slice(1).padStart(width - 1, '0') : s.padStart(width, '0');
      } else s = s.padStart(width);
    }
    out += s;
  }
  out += fmtStr.slice(last);
  if (argi < args.length) throw new Error(`too many arguments; only ${argi} used by format string`);
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface ParsedTime {
  date: Date; // the instant
  offsetMin: number; // zone offset in minutes, for rendering the local fields
}

function parseRFC3339(s: string): ParsedTime {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(s);
  if (!m) throw new Error(`not a valid RFC3339 timestamp: ${goQuote(s)}`);
  const zone = m[8]!;
  const offsetMin = zone === 'Z' || zone === 'z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms) - offsetMin * 60000;
  return { date: new Date(utc), offsetMin };
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function zoneString(offsetMin: number, colon: boolean, zForUTC: boolean): string {
  if (offsetMin === 0 && zForUTC) return 'Z';
  const sign = offsetMin < 0 ? '-' : '+';
  const a = Math.abs(offsetMin);
  return `${sign}${pad(Math.floor(a / 60))}${colon ? ':' : ''}${pad(a % 60)}`;
}

function formatDate(fmt: string, t: ParsedTime): string {
  const local = new Date(t.date.getTime() + t.offsetMin * 60000);
  const Y = local.getUTCFullYear();
  const Mo = local.getUTCMonth();
  const D = local.getUTCDate();
  const h = local.getUTCHours();
  const mi = local.getUTCMinutes();
  const se = local.getUTCSeconds();
  const wd = local.getUTCDay();
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c === "'") {
      const end = fmt.indexOf("'", i + 1);
      if (end < 0) throw new Error('unterminated literal in format string');
      if (end === i + 1) out += "'";
      else out += fmt.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i;
    while (j < fmt.length && fmt[j] === c) j++;
    const tok = fmt.slice(i, j);
    i = j;
    switch (tok) {
      case 'YYYY': out += pad(Y, 4); break;
      case 'YY': out += pad(Y % 100); break;
      case 'MMMM': out += MONTHS[Mo]; break;
      case 'MMM': out += MONTHS[Mo]!.slice(0, 3); break;
      case 'MM': out += pad(Mo + 1); break;
      case 'M': out += String(Mo + 1); break;
      case 'DD': out += pad(D); break;
      case 'D': out += String(D); break;
      case 'EEEE': out += DAYS[wd]; break;
      case 'EEE': out += DAYS[wd]!.slice(0, 3); break;
      case 'hh': out += pad(h); break;
      case 'h': out += String(h); break;
      case 'HH': out += pad(h % 12 === 0 ? 12 : h % 12); break;
      case 'H': out += String(h % 12 === 0 ? 12 : h % 12); break;
      case 'AA': out += h < 12 ? 'AM' : 'PM'; break;
      case 'aa': out += h < 12 ? 'am' : 'pm'; break;
      case 'mm': out += pad(mi); break;
      case 'm': out += String(mi); break;
      case 'ss': out += pad(se); break;
      case 's': out += String(se); break;
      case 'ZZZZZ': out += zoneString(t.offsetMin, true, false); break;
      case 'ZZZZ': out += zoneString(t.offsetMin, false, false); break;
      case 'ZZZ': out += t.offsetMin === 0 ? 'UTC' : zoneString(t.offsetMin, false, false); break;
      case 'Z': out += zoneString(t.offsetMin, true, true); break;
      default:
        throw new Error(`invalid date format verb ${goQuote(tok)}: unsupported`);
    }
  }
  return out;
}

function rfc3339(t: ParsedTime): string {
  const local = new Date(t.date.getTime() + t.offsetMin * 60000);
  const base = local.toISOString().slice(0, 19);
  return base + zoneString(t.offsetMin, true, true);
}

function parseGoDuration(s: string): number {
  const m = /^([-+]?)((?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+)$/.exec(s);
  if (!m) throw new Error(`time: invalid duration ${goQuote(s)}`);
  const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
  let total = 0;
  for (const part of m[2]!.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * unit[part[2]!]!;
  return m[1] === '-' ? -total : total;
}

function parseIPv4(s: string): number {
  const parts = s.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) throw new Error(`invalid IP address ${goQuote(s)}`);
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

function formatIPv4(n: number): string {
  return [24, 16, 8, 0].map((sh) => Math.floor(n / 2 ** sh) % 256).join('.');
}

function parseCIDR(s: string): { base: number; bits: number } {
  const [ip, bitsS] = s.split('/');
  if (ip === undefined || bitsS === undefined || !/^\d+$/.test(bitsS)) throw new Error(`invalid CIDR address: ${s}`);
  const bits = Number(bitsS);
  if (bits > 32) throw new Error(`invalid CIDR address: ${s}`);
  const size = 2 ** (32 - bits);
  const base = Math.floor(parseIPv4(ip) / size) * size;
  return { base, bits };
}

function cidrSubnet(prefix: string, newbits: number, netnum: number): string {
  const { base, bits } = parseCIDR(prefix);
  const nb = bits + newbits;
  if (nb > 32) throw new Error(`insufficient address space to extend prefix of ${bits} by ${newbits}`);
  if (netnum >= 2 ** newbits || netnum < 0) throw new Error(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  return `${formatIPv4(base + netnum * 2 ** (32 - nb))}/${nb}`;
}

/** Masterminds/semver-style constraint check (the subset bake users write). */
function semverParse(v: string): number[] & { pre?: string } {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v.trim());
  if (!m) throw new Error('Invalid Semantic Version');
  const out = [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] as number[] & { pre?: string };
  if (m[4]) out.pre = m[4];
  return out;
}

function semverCompare(a: number[] & { pre?: string }, b: number[] & { pre?: string }): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  if (a.pre === b.pre) return 0;
  if (a.pre === undefined) return 1;
  if (b.pre === undefined) return -1;
  return a.pre < b.pre ? -1 : 1;
}

function semverCheck(version: string, constraint: string): boolean {
  const v = semverParse(version);
  return constraint.split('||').some((alt) =>
    alt
      .trim()
      .split(/\s*,\s*|\s+(?=[<>=!~^])/)
      .filter((c) => c !== '')
      .every((c) => {
        const m = /^(>=|<=|!=|=|>|<|~>|~|\^)?\s*(.+)$/.exec(c.trim());
        if (!m) throw new Error(`improper constraint: ${c}`);
        const op = m[1] ?? '=';
        const raw = m[2]!;
        if (/^[xX*]$/.test(raw)) return true;
        const parts = raw.replace(/^v/, '').split('.');
        const wild = parts.findIndex((p) => /^[xX*]$/.test(p));
        const given = wild >= 0 ? wild : parts.length;
        const c2 = semverParse(parts.map((p) => (/^[xX*]$/.test(p) ? '0' : p)).join('.'));
        const cmp = semverCompare(v, c2);
        const upper = (level: number) => {
          const u = [...c2] as number[] & { pre?: string };
          u[level] = u[level]! + 1;
          for (let i = level + 1; i < 3; i++) u[i] = 0;
          return semverCompare(v, u) < 0;
        };
        switch (op) {
          case '=':
            return given < 3 ? cmp >= 0 && upper(Math.max(given - 1, 0)) : cmp === 0;
          case '!=':
            return cmp !== 0;
          case '>':
            return cmp > 0;
          case '<':
            return cmp < 0;
          case '>=':
            return cmp >= 0;
          case '<=':
            return cmp <= 0;
          case '~':
          case '~>':
            return cmp >= 0 && upper(given >= 2 ? 1 : 0);
          case '^':
            return cmp >= 0 && upper(c2[0]! > 0 || given === 1 ? 0 : c2[1]! > 0 || given === 2 ? 1 : 2);
        }
        return false;
      }),
  );
}

/** Go regexp replacement templates use `${1}`/`${name}`; JS wants `$1`/`$<name>`. */
function goReplacement(tpl: string): string {
  return tpl.replace(/\$\{(\w+)\}|\$(\w+)/g, (_m, a: string | undefined, b: string | undefined) => {
    const name = a ?? b!;
    return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
  });
}

function compileRegex(pattern: string, flags = ''): RegExp {
  // RE2 inline flags at the start, e.g. (?i), are not JS syntax.
  const m = /^\(\?([imsU]+)\)/.exec(pattern);
  if (m) {
    pattern = pattern.slice(m[0].length);
    flags += m[1]!.replace('U', '').replace('m', 'm');
  }
  try {
    return new RegExp(pattern.replace(/\(\?P</g, '(?<'), flags + 'u');
  } catch (e) {
    throw new Error(`invalid regexp pattern: ${(e as Error).message}`);
  }
}

function regexResult(re: RegExp, m: RegExpExecArray): Value {
  if (m.groups && Object.keys(m.groups).length > 0) {
    const o: ObjectValue = new Map();
    for (const k of Object.keys(m.groups).sort(compareStrings)) o.set(k, m.groups[k] ?? '');
    return o;
  }
  if (m.length > 1) return m.slice(1).map((x) => x ?? '');
  void re;
  return m[0];
}

function unixTimestampParts(ts: number): ObjectValue {
  const d = new Date(ts * 1000);
  const year = d.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const yearDay = Math.floor((d.getTime() - start) / 86400000) + 1;
  // ISO week: the Thursday of this week decides the year.
  const dayNum = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(Date.UTC(year, d.getUTCMonth(), d.getUTCDate() - dayNum + 3));
  const isoYear = thursday.getUTCFullYear();
  const isoWeek = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / 86400000 / 7) + 1;
  return new Map<string, Value>([
    ['day', d.getUTCDate()],
    ['hour', d.getUTCHours()],
    ['iso_week', isoWeek],
    ['iso_year', isoYear],
    ['minute', d.getUTCMinutes()],
    ['month', d.getUTCMonth() + 1],
    ['month_name', MONTHS[d.getUTCMonth()]!],
    ['rfc3339', d.toISOString().slice(0, 19) + 'Z'],
    ['second', d.getUTCSeconds()],
    ['weekday', d.getUTCDay()],
    ['weekday_name', DAYS[d.getUTCDay()]!],
    ['year', year],
    ['year_day', yearDay],
  ]);
}

function flattenDeep(l: Value[]): Value[] {
  const out: Value[] = [];
  for (const v of l) {
    if (Array.isArray(v)) out.push(...flattenDeep(v));
    else out.push(v);
  }
  return out;
}

function uuidV5(namespace: string, name: string): string {
  const ns: Record<string, string> = {
    dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
    url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
    oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
    x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
  };
  const nsId = (ns[namespace] ?? namespace).replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(nsId)) throw new Error(`uuidv5() doesn't support namespace ${namespace}`);
  const h = createHash('sha1').update(Buffer.from(nsId, 'hex')).update(name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function minMax(name: string, args: Value[], pick: (a: number, b: number) => number): number {
  if (args.length === 0) throw new ArgError(`${name}() needs at least one argument`);
  return args.map((a) => num(a)).reduce((x, y) => pick(x, y));
}

export const STDLIB: Record<string, (args: Value[], pos: SourcePos) => Value> = {
  absolute: (a) => (arity('absolute', a, 1), Math.abs(num(a[0]))),
  add: (a) => (arity('add', a, 2), num(a[0]) + num(a[1])),
  and: (a) => (arity('and', a, 2), bool(a[0]) && bool(a[1])),
  base64decode: (a) => {
    arity('base64decode', a, 1);
    const s = str(a[0]);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw new Error('failed to decode base64 data');
    return Buffer.from(s, 'base64').toString('utf8');
  },
  base64encode: (a) => (arity('base64encode', a, 1), Buffer.from(str(a[0]), 'utf8').toString('base64')),
  basename: (a) => (arity('basename', a, 1), posix.basename(str(a[0])) || (str(a[0]) === '' ? '.' : '/')),
  // cty's bytes are a capsule type no bake expression can make (a string is not bytes), so in buildx these functions
  // always refuse their argument, even in the docs' own examples (docker/buildx docs/bake-stdlib.md)
  byteslen: (a) => {
    arity('byteslen', a, 1);
    throw new ConversionError('Invalid value for "buf" parameter: bytes required.', 0);
  },
  bytesslice: (a) => {
    arity('bytesslice', a, 3);
    throw new ConversionError('Invalid value for "buf" parameter: bytes required.', 0);
  },
  ceil: (a) => (arity('ceil', a, 1), Math.ceil(num(a[0]))),
  chomp: fn1s((s) => s.replace(/(\r\n|\n|\r)+$/, '')),
  chunklist: (a) => {
    arity('chunklist', a, 2);
    const l = list(a[0]);
    const size = int(a[1]);
    if (size < 0) throw new Error('the size argument must be positive');
    if (size === 0) return [l];
    const out: Value[] = [];
    for (let i = 0; i < l.length; i += size) out.push(l.slice(i, i + size));
    return out;
  },
  cidrhost: (a) => {
    arity('cidrhost', a, 2);
    const { base, bits } = parseCIDR(str(a[0]));
    const size = 2 ** (32 - bits);
    let n = int(a[1]);
    if (n < 0) n += size;
    if (n < 0 || n >= size) throw new Error(`prefix of ${bits} does not accommodate a host numbered ${int(a[1])}`);
    return formatIPv4(base + n);
  },
  cidrnetmask: (a) => {
    arity('cidrnetmask', a, 1);
    const { bits } = parseCIDR(str(a[0]));
    return formatIPv4(bits === 0 ? 0 : (2 ** 32 - 2 ** (32 - bits)));
  },
  cidrsubnet: (a) => (arity('cidrsubnet', a, 3), cidrSubnet(str(a[0]), int(a[1]), int(a[2]))),
  cidrsubnets: (a) => {
    if (a.length < 1) throw new ArgError('cidrsubnets() needs a prefix');
    const prefix = str(a[0]);
    const { base, bits } = parseCIDR(prefix);
    let next = base;
    return a.slice(1).map((nbV) => {
      const nb = bits + int(nbV);
      if (nb > 32) throw new Error(`would extend prefix to ${nb} bits, which is too long for an IPv4 address`);
      const size = 2 ** (32 - nb);
      next = Math.ceil(next / size) * size;
      const out = `${formatIPv4(next)}/${nb}`;
      next += size;
      return out;
    });
  },
  coalesce: (a) => {
    for (const v of a) if (v !== null) return v;
    throw new Error('no non-null arguments');
  },
  coalescelist: (a) => {
    for (const v of a) if (Array.isArray(v) && v.length > 0) return v;
    return [];
  },
  compact: (a) => (arity('compact', a, 1), list(a[0]).filter((v) => v !== null && v !== '').map((v) => str(v))),
  concat: (a) => a.flatMap((v) => list(v)),
  contains: (a) => (arity('contains', a, 2), list(a[0]).some((v) => valuesEqual(v, a[1]!))),
  csvdecode: (a) => {
    arity('csvdecode', a, 1);
    const rows = parseCsv(str(a[0]), { relax_column_count: false }) as string[][];
    if (rows.length === 0) throw new Error('missing header line');
    const [header, ...rest] = rows as [string[], ...string[][]];
    return rest.map((r) => {
      const m: ObjectValue = new Map();
      header.forEach((h, i) => m.set(h, r[i] ?? ''));
      return m;
    });
  },
  dirname: (a) => (arity('dirname', a, 1), posix.dirname(str(a[0]))),
  distinct: (a) => (arity('distinct', a, 1), distinctValues(list(a[0]))),
  divide: (a) => {
    arity('divide', a, 2);
    if (num(a[1]) === 0) throw new Error("can't divide by zero");
    return num(a[0]) / num(a[1]);
  },
  element: (a) => {
    arity('element', a, 2);
    const l = list(a[0]);
    if (l.length === 0) throw new Error('cannot use element function with an empty list');
    const i = int(a[1]);
    if (i < 0) throw new Error('cannot use element function with a negative index');
    return l[i % l.length]!;
  },
  equal: (a) => (arity('equal', a, 2), valuesEqual(a[0]!, a[1]!)),
  flatten: (a) => (arity('flatten', a, 1), flattenDeep(list(a[0]))),
  floor: (a) => (arity('floor', a, 1), Math.floor(num(a[0]))),
  format: (a) => {
    if (a.length < 1) throw new ArgError('format() needs a format string');
    return goFormat(str(a[0]), a.slice(1));
  },
  formatdate: (a) => (arity('formatdate', a, 2), formatDate(str(a[0]), parseRFC3339(str(a[1])))),
  formattimestamp: (a) => {
    arity('formattimestamp', a, 2);
    const f = str(a[0]);
    const t: ParsedTime = typeof a[1] === 'number' ? { date: new Date(a[1] * 1000), offsetMin: 0 } : parseRFC3339(str(a[1]));
    if (f === 'X') return String(Math.floor(t.date.getTime() / 1000));
    return formatDate(f, t);
  },
  formatlist: (a) => {
    if (a.length < 1) throw new ArgError('formatlist() needs a format string');
    const f = str(a[0]);
    const rest = a.slice(1);
    const lens = rest.filter(Array.isArray).map((l) => (l as Value[]).length);
    if (lens.some((l) => l !== lens[0])) throw new Error('all list arguments must have the same length');
    const n = lens.length ? lens[0]! : 1;
    const out: Value[] = [];
    for (let i = 0; i < n; i++) out.push(goFormat(f, rest.map((v) => (Array.isArray(v) ? v[i]! : v))));
    return out;
  },
  greaterthan: fn2n((x, y) => x > y),
  greaterthanorequalto: fn2n((x, y) => x >= y),
  hasindex: (a) => {
    arity('hasindex', a, 2);
    const c = a[0]!;
    if (Array.isArray(c)) {
      const n = asNumber(a[1]!);
      return n !== null && Number.isInteger(n) && n >= 0 && n < c.length;
    }
    return obj(c).has(str(a[1]));
  },
  homedir: (a) => (arity('homedir', a, 0), homedir()),
  indent: (a) => {
    arity('indent', a, 2);
    const pad = ' '.repeat(int(a[0]));
    return str(a[1]).replace(/\n/g, '\n' + pad);
  },
  index: (a) => {
    arity('index', a, 2);
    const c = a[0]!;
    if (Array.isArray(c)) {
      const i = int(a[1]);
      if (i < 0 || i >= c.length) throw new Error('the given index is not in the list');
      return c[i]!;
    }
    // cty's index takes a list, a map or a tuple; an object (what a `{…}` literal is) is refused, as in buildx.
    // Values here do not remember whether a typed variable made them a map, so every object is refused.
    obj(c);
    throw new Error('collection must be a list, a map or a tuple');
  },
  indexof: (a) => {
    arity('indexof', a, 2);
    const l = a[0];
    if (!Array.isArray(l)) throw new Error('argument must be a list or tuple');
    if (l.length === 0) throw new Error('cannot search an empty list');
    const i = l.findIndex((v) => valuesEqual(v, a[1]!));
    if (i < 0) throw new Error('item not found');
    return i;
  },
  int: (a) => (arity('int', a, 1), Math.trunc(num(a[0]))),
  join: (a) => {
    if (a.length < 2) throw new ArgError('join() needs a separator and at least one list');
    const sep = str(a[0]);
    return a
      .slice(1)
      .flatMap((l) => list(l))
      .map((v) => {
        if (v === null) throw new Error('element is null: cannot concatenate null values');
        return str(v);
      })
      .join(sep);
  },
  jsondecode: (a) => {
    arity('jsondecode', a, 1);
    try {
      return fromJS(JSON.parse(str(a[0])));
    } catch (e) {
      throw new Error(`invalid JSON: ${(e as Error).message}`);
    }
  },
  jsonencode: (a) => (arity('jsonencode', a, 1), JSON.stringify(toJS(a[0]!)).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))),
  keys: (a) => (arity('keys', a, 1), sortedKeys(obj(a[0]))),
  length: (a) => {
    arity('length', a, 1);
    const v = a[0]!;
    if (Array.isArray(v)) return v.length;
    if (v instanceof Map) return v.size;
    throw new ConversionError(`Invalid function argument; collection must be a list, a map or a tuple, not ${typeName(v)}`);
  },
  lessthan: fn2n((x, y) => x < y),
  lessthanorequalto: fn2n((x, y) => x <= y),
  log: (a) => (arity('log', a, 2), Math.log(num(a[0])) / Math.log(num(a[1]))),
  lookup: (a) => {
    arity('lookup', a, 2, 3);
    const o = obj(a[0]);
    const k = str(a[1]);
    if (o.has(k)) return o.get(k)!;
    if (a.length === 3) return a[2]!;
    throw new Error(`the given key ${goQuote(k)} does not exist in the map`);
  },
  lower: fn1s((s) => s.toLowerCase()),
  max: (a) => minMax('max', a, Math.max),
  md5: fn1s((s) => createHash('md5').update(s).digest('hex')),
  merge: (a) => {
    const out: ObjectValue = new Map();
    for (const v of a) {
      if (v === null) continue;
      for (const [k, x] of obj(v)) out.set(k, x);
    }
    return out;
  },
  min: (a) => minMax('min', a, Math.min),
  modulo: (a) => {
    arity('modulo', a, 2);
    if (num(a[1]) === 0) throw new Error("can't use modulo by zero");
    return num(a[0]) % num(a[1]);
  },
  multiply: fn2n((x, y) => x * y),
  negate: (a) => (arity('negate', a, 1), -num(a[0])),
  not: (a) => (arity('not', a, 1), !bool(a[0])),
  notequal: (a) => (arity('notequal', a, 2), !valuesEqual(a[0]!, a[1]!)),
  or: (a) => (arity('or', a, 2), bool(a[0]) || bool(a[1])),
  parseint: (a) => {
    arity('parseint', a, 2);
    const s = str(a[0]);
    const base = int(a[1]);
    if (base < 2 || base > 62) throw new Error('base must be a whole number between 2 and 62 inclusive');
    const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.slice(0, base);
    const neg = s.startsWith('-');
    const body = s.replace(/^[-+]/, '');
    const ci = base <= 36 ? body.toLowerCase() : body;
    if (ci === '' || [...ci].some((c) => !digits.includes(c))) throw new Error(`cannot parse ${goQuote(s)} as a base ${base} integer`);
    const n = [...ci].reduce((acc, c) => acc * base + digits.indexOf(c), 0);
    return neg ? -n : n;
  },
  pow: fn2n((x, y) => x ** y),
  range: (a) => {
    arity('range', a, 1, 3);
    let start = 0;
    let end: number;
    let step = 1;
    if (a.length === 1) end = num(a[0]);
    else {
      start = num(a[0]);
      end = num(a[1]);
      if (a.length === 3) step = num(a[2]);
      else step = end < start ? -1 : 1;
    }
    if (step === 0) throw new Error('step must not be zero');
    if ((step > 0 && end < start) || (step < 0 && end > start)) throw new Error('step must be ' + (step > 0 ? 'negative' : 'positive') + ' for this range');
    const out: Value[] = [];
    for (let v = start; step > 0 ? v < end : v > end; v += step) {
      out.push(v);
      if (out.length > 1024) throw new Error('more than 1024 values were generated; either decrease the difference between start and end or use a smaller step');
    }
    return out;
  },
  regex_replace: (a) => (arity('regex_replace', a, 3), str(a[0]).replace(compileRegex(str(a[1]), 'g'), goReplacement(str(a[2])))),
  regex: (a) => {
    arity('regex', a, 2);
    const re = compileRegex(str(a[0]));
    const m = re.exec(str(a[1]));
    if (!m) throw new Error('pattern did not match any part of the given string');
    return regexResult(re, m);
  },
  regexall: (a) => {
    arity('regexall', a, 2);
    const re = compileRegex(str(a[0]), 'g');
    return [...str(a[1]).matchAll(re)].map((m) => regexResult(re, m as RegExpExecArray));
  },
  replace: (a) => (arity('replace', a, 3), str(a[0]).split(str(a[1])).join(str(a[2]))),
  reverse: fn1s((s) => [...new Intl.Segmenter().segment(s)].map((x) => x.segment).reverse().join('')),
  reverselist: (a) => (arity('reverselist', a, 1), [...list(a[0])].reverse()),
  sanitize: fn1s((s) => s.replace(/[^A-Za-z0-9_-]/gu, '_')),
  semvercmp: (a) => (arity('semvercmp', a, 2), semverCheck(str(a[0]), str(a[1]))),
  sethaselement: (a) => (arity('sethaselement', a, 2), list(a[0]).some((v) => valuesEqual(v, a[1]!))),
  setintersection: (a) => {
    if (a.length === 0) throw new ArgError('setintersection() needs at least one set');
    const [first, ...rest] = a.map(toSet) as [Value[], ...Value[][]];
    return first.filter((v) => rest.every((s) => s.some((x) => valuesEqual(x, v))));
  },
  setproduct: (a) => {
    let acc: Value[][] = [[]];
    for (const s of a) acc = acc.flatMap((p) => list(s).map((v) => [...p, v]));
    return a.length === 0 ? [] : acc;
  },
  setsubtract: (a) => {
    arity('setsubtract', a, 2);
    const b = toSet(a[1]);
    return toSet(a[0]).filter((v) => !b.some((x) => valuesEqual(x, v)));
  },
  setsymmetricdifference: (a) => {
    const sets = a.map(toSet);
    const all = sortSetValues(distinctValues(sets.flat()));
    return all.filter((v) => sets.filter((s) => s.some((x) => valuesEqual(x, v))).length % 2 === 1);
  },
  setunion: (a) => sortSetValues(distinctValues(a.flatMap(toSet))),
  sha1: fn1s((s) => createHash('sha1').update(s).digest('hex')),
  sha256: fn1s((s) => createHash('sha256').update(s).digest('hex')),
  sha512: fn1s((s) => createHash('sha512').update(s).digest('hex')),
  signum: (a) => (arity('signum', a, 1), Math.sign(num(a[0]))),
  slice: (a) => {
    arity('slice', a, 3);
    const l = list(a[0]);
    const s = int(a[1]);
    const e = int(a[2]);
    if (s < 0 || e > l.length || s > e) throw new Error('invalid slice indices');
    return l.slice(s, e);
  },
  sort: (a) => (arity('sort', a, 1), list(a[0]).map((v) => str(v)).sort(compareStrings)),
  split: (a) => (arity('split', a, 2), str(a[1]).split(str(a[0]))),
  strlen: (a) => (arity('strlen', a, 1), [...new Intl.Segmenter().segment(str(a[0]))].length),
  substr: (a) => {
    arity('substr', a, 3);
    const chars = [...new Intl.Segmenter().segment(str(a[0]))].map((x) => x.segment);
    let off = int(a[1]);
    let len = int(a[2]);
    if (off < 0) off += chars.length;
    if (off < 0 || off > chars.length) throw new Error('offset out of range');
    if (len < 0 || off + len > chars.length) len = chars.length - off;
    return chars.slice(off, off + len).join('');
  },
  subtract: fn2n((x, y) => x - y),
  timeadd: (a) => {
    arity('timeadd', a, 2);
    const t = parseRFC3339(str(a[0]));
    return rfc3339({ date: new Date(t.date.getTime() + parseGoDuration(str(a[1]))), offsetMin: t.offsetMin });
  },
  timestamp: (a) => (arity('timestamp', a, 0), new Date().toISOString().slice(0, 19) + 'Z'),
  title: fn1s((s) => s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase())),
  trim: (a) => {
    arity('trim', a, 2);
    const cut = new Set([...str(a[1])]);
    const chars = [...str(a[0])];
    let s = 0;
    let e = chars.length;
    while (s < e && cut.has(chars[s]!)) s++;
    while (e > s && cut.has(chars[e - 1]!)) e--;
    return chars.slice(s, e).join('');
  },
  trimprefix: (a) => {
    arity('trimprefix', a, 2);
    const s = str(a[0]);
    const p = str(a[1]);
    return s.startsWith(p) ? s.slice(p.length) : s;
  },
  trimspace: fn1s((s) => s.trim()),
  trimsuffix: (a) => {
    arity('trimsuffix', a, 2);
    const s = str(a[0]);
    const p = str(a[1]);
    return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  },
  unixtimestampparse: (a) => (arity('unixtimestampparse', a, 1), unixTimestampParts(num(a[0]))),
  upper: fn1s((s) => s.toUpperCase()),
  urlencode: fn1s((s) => encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())),
  uuidv4: (a) => (arity('uuidv4', a, 0), randomUUID()),
  uuidv5: (a) => (arity('uuidv5', a, 2), uuidV5(str(a[0]), str(a[1]))),
  values: (a) => {
    arity('values', a, 1);
    const o = obj(a[0]);
    return sortedKeys(o).map((k) => o.get(k)!);
  },
  zipmap: (a) => {
    arity('zipmap', a, 2);
    const k = list(a[0]);
    const v = list(a[1]);
    if (k.length !== v.length) throw new Error(`number of keys (${k.length}) does not match number of values (${v.length})`);
    const out: ObjectValue = new Map();
    k.forEach((key, i) => out.set(str(key), v[i]!));
    return out;
  },
  bcrypt: () => {
    throw new Error('bcrypt is not supported by bakekit (its output is random-salted and never reproducible)');
  },
  rsadecrypt: (a) => (arity('rsadecrypt', a, 2), rsaDecrypt(str(a[0]), str(a[1]))),
};

export function stdlibFunction(name: string): HclFunction | undefined {
  return Object.prototype.hasOwnProperty.call(STDLIB, name) ? STDLIB[name] : undefined;
}
