/** Base64, CSV, JSON and URL encoding, and the bytes functions buildx has but no bake expression can call. */
import { parse as parseCsv } from 'csv-parse/sync';
import type { HclFunction } from '../eval.js';
import { type ObjectValue, ConversionError, fromJS, toJS } from '../value.js';
import { arity, fn1s, str } from './arguments.js';

export const base64decode: HclFunction = (a) => {
  arity('base64decode', a, 1);
  const s = str(a[0]);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw new Error('failed to decode base64 data');
  return Buffer.from(s, 'base64').toString('utf8');
};

export const base64encode: HclFunction = (a) => (
  arity('base64encode', a, 1),
  Buffer.from(str(a[0]), 'utf8').toString('base64')
);

// cty's bytes are a capsule type no bake expression can make (a string is not bytes), so in buildx these functions
// always refuse their argument, even in the docs' own examples (docker/buildx docs/bake-stdlib.md)
export const byteslen: HclFunction = (a) => {
  arity('byteslen', a, 1);
  throw new ConversionError('Invalid value for "buf" parameter: bytes required.', 0);
};

export const bytesslice: HclFunction = (a) => {
  arity('bytesslice', a, 3);
  throw new ConversionError('Invalid value for "buf" parameter: bytes required.', 0);
};

export const csvdecode: HclFunction = (a) => {
  arity('csvdecode', a, 1);
  const rows: string[][] = parseCsv(str(a[0]), { relax_column_count: false });
  if (rows.length === 0) throw new Error('missing header line');
  const [header, ...rest] = rows as [string[], ...string[][]];
  return rest.map((r) => {
    const m: ObjectValue = new Map();
    header.forEach((h, i) => m.set(h, r[i] ?? ''));
    return m;
  });
};

export const jsondecode: HclFunction = (a) => {
  arity('jsondecode', a, 1);
  try {
    return fromJS(JSON.parse(str(a[0])));
  } catch (e) {
    throw new Error(`invalid JSON: ${(e as Error).message}`);
  }
};

export const jsonencode: HclFunction = (a) => (
  arity('jsonencode', a, 1),
  JSON.stringify(toJS(a[0])).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
);

export const urlencode: HclFunction = fn1s((s) =>
  encodeURIComponent(s)
    .replace(/%20/g, '+')
    .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()),
);
