/**
 * Timestamps: RFC 3339 parsing, `formatdate`'s layout language, Go durations for `timeadd`, and buildx's own
 * `formattimestamp`, `timestamp` and `unixtimestampparse`. Times are rendered in the zone offset they were given in.
 */
import type { HclFunction } from '../eval.js';
import type { ObjectValue, Value } from '../value.js';
import { arity, goQuote, num, str } from './arguments.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface ParsedTime {
  date: Date; // the instant
  offsetMin: number; // zone offset in minutes, for rendering the local fields
}

function parseRFC3339(s: string): ParsedTime {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(s);
  if (!m) throw new Error(`not a valid RFC3339 timestamp: ${goQuote(s)}`);
  const zone = m[8];
  const offsetMin =
    zone === 'Z' || zone === 'z'
      ? 0
      : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  const utc =
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms) -
    offsetMin * 60000;
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
    const c = fmt[i];
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
      case 'YYYY':
        out += pad(Y, 4);
        break;
      case 'YY':
        out += pad(Y % 100);
        break;
      case 'MMMM':
        out += MONTHS[Mo];
        break;
      case 'MMM':
        out += MONTHS[Mo].slice(0, 3);
        break;
      case 'MM':
        out += pad(Mo + 1);
        break;
      case 'M':
        out += String(Mo + 1);
        break;
      case 'DD':
        out += pad(D);
        break;
      case 'D':
        out += String(D);
        break;
      case 'EEEE':
        out += DAYS[wd];
        break;
      case 'EEE':
        out += DAYS[wd].slice(0, 3);
        break;
      case 'hh':
        out += pad(h);
        break;
      case 'h':
        out += String(h);
        break;
      case 'HH':
        out += pad(h % 12 === 0 ? 12 : h % 12);
        break;
      case 'H':
        out += String(h % 12 === 0 ? 12 : h % 12);
        break;
      case 'AA':
        out += h < 12 ? 'AM' : 'PM';
        break;
      case 'aa':
        out += h < 12 ? 'am' : 'pm';
        break;
      case 'mm':
        out += pad(mi);
        break;
      case 'm':
        out += String(mi);
        break;
      case 'ss':
        out += pad(se);
        break;
      case 's':
        out += String(se);
        break;
      case 'ZZZZZ':
        out += zoneString(t.offsetMin, true, false);
        break;
      case 'ZZZZ':
        out += zoneString(t.offsetMin, false, false);
        break;
      case 'ZZZ':
        out += t.offsetMin === 0 ? 'UTC' : zoneString(t.offsetMin, false, false);
        break;
      case 'Z':
        out += zoneString(t.offsetMin, true, true);
        break;
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

/** Go's duration units in milliseconds; micro written "us", "\u00b5s" (micro sign) or "\u03bcs" (Greek mu), as Go's
 * unitMap has them (escaped so the bundle stays ASCII). In this order, an alternation of them tries "ms" before "m". */
const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  '\u00b5s': 1e-3,
  '\u03bcs': 1e-3,
  ms: 1,
  s: 1000,
  m: 60000,
  h: 3600000,
};
const DURATION_UNIT = Object.keys(DURATION_UNITS).join('|');
const DURATION = new RegExp(`^([-+]?)((?:\\d+(?:\\.\\d+)?(?:${DURATION_UNIT}))+)$`);
const DURATION_PART = new RegExp(`(\\d+(?:\\.\\d+)?)(${DURATION_UNIT})`, 'g');

function parseGoDuration(s: string): number {
  const m = DURATION.exec(s);
  if (!m) throw new Error(`time: invalid duration ${goQuote(s)}`);
  let total = 0;
  for (const part of m[2].matchAll(DURATION_PART)) total += Number(part[1]) * DURATION_UNITS[part[2]];
  return m[1] === '-' ? -total : total;
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
    ['month_name', MONTHS[d.getUTCMonth()]],
    ['rfc3339', d.toISOString().slice(0, 19) + 'Z'],
    ['second', d.getUTCSeconds()],
    ['weekday', d.getUTCDay()],
    ['weekday_name', DAYS[d.getUTCDay()]],
    ['year', year],
    ['year_day', yearDay],
  ]);
}

export const formatdate: HclFunction = (a) => (
  arity('formatdate', a, 2),
  formatDate(str(a[0]), parseRFC3339(str(a[1])))
);

export const formattimestamp: HclFunction = (a) => {
  arity('formattimestamp', a, 2);
  const f = str(a[0]);
  const t: ParsedTime =
    typeof a[1] === 'number' ? { date: new Date(a[1] * 1000), offsetMin: 0 } : parseRFC3339(str(a[1]));
  if (f === 'X') return String(Math.floor(t.date.getTime() / 1000));
  return formatDate(f, t);
};

export const timeadd: HclFunction = (a) => {
  arity('timeadd', a, 2);
  const t = parseRFC3339(str(a[0]));
  return rfc3339({ date: new Date(t.date.getTime() + parseGoDuration(str(a[1]))), offsetMin: t.offsetMin });
};

export const timestamp: HclFunction = (a) => (arity('timestamp', a, 0), new Date().toISOString().slice(0, 19) + 'Z');

export const unixtimestampparse: HclFunction = (a) => (
  arity('unixtimestampparse', a, 1),
  unixTimestampParts(num(a[0]))
);
