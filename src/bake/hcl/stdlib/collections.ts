/**
 * Lists, maps and sets: indexing, lookup, slicing, flattening, merging, and the set operations (a set is a list
 * without duplicates, in cty's set order). cty's stdlib collection.go, sequence.go and set.go.
 */
import type { HclFunction } from '../eval.js';
import {
  type ObjectValue,
  type Value,
  ConversionError,
  asNumber,
  compareStrings,
  sortSetValues,
  sortedKeys,
  typeName,
  valuesEqual,
} from '../value.js';
import { ArgError, arity, goQuote, integer, list, num, obj, str } from './arguments.js';

function distinctValues(vals: Value[]): Value[] {
  const out: Value[] = [];
  for (const v of vals) if (!out.some((o) => valuesEqual(o, v))) out.push(v);
  return out;
}

function toSet(v: Value | undefined): Value[] {
  return sortSetValues(distinctValues(list(v)));
}

function flattenDeep(l: Value[]): Value[] {
  const out: Value[] = [];
  for (const v of l) {
    if (Array.isArray(v)) out.push(...flattenDeep(v));
    else out.push(v);
  }
  return out;
}

export const chunklist: HclFunction = (a) => {
  arity('chunklist', a, 2);
  const l = list(a[0]);
  const size = integer(a[1]);
  if (size < 0) throw new Error('the size argument must be positive');
  if (size === 0) return [l];
  const out: Value[] = [];
  for (let i = 0; i < l.length; i += size) out.push(l.slice(i, i + size));
  return out;
};

export const coalesce: HclFunction = (a) => {
  for (const v of a) if (v !== null) return v;
  throw new Error('no non-null arguments');
};

export const coalescelist: HclFunction = (a) => {
  for (const v of a) if (Array.isArray(v) && v.length > 0) return v;
  return [];
};

export const compact: HclFunction = (a) => (
  arity('compact', a, 1),
  list(a[0])
    .filter((v) => v !== null && v !== '')
    .map((v) => str(v))
);

export const concat: HclFunction = (a) => a.flatMap((v) => list(v));

export const contains: HclFunction = (a) => (arity('contains', a, 2), list(a[0]).some((v) => valuesEqual(v, a[1])));

export const distinct: HclFunction = (a) => (arity('distinct', a, 1), distinctValues(list(a[0])));

export const element: HclFunction = (a) => {
  arity('element', a, 2);
  const l = list(a[0]);
  if (l.length === 0) throw new Error('cannot use element function with an empty list');
  const i = integer(a[1]);
  if (i < 0) throw new Error('cannot use element function with a negative index');
  return l[i % l.length]!;
};

export const flatten: HclFunction = (a) => (arity('flatten', a, 1), flattenDeep(list(a[0])));

export const hasindex: HclFunction = (a) => {
  arity('hasindex', a, 2);
  const c = a[0]!;
  if (Array.isArray(c)) {
    const n = asNumber(a[1]);
    return n !== null && Number.isInteger(n) && n >= 0 && n < c.length;
  }
  return obj(c).has(str(a[1]));
};

export const index: HclFunction = (a) => {
  arity('index', a, 2);
  const c = a[0]!;
  if (Array.isArray(c)) {
    const i = integer(a[1]);
    if (i < 0 || i >= c.length) throw new Error('the given index is not in the list');
    return c[i]!;
  }
  // cty's index takes a list, a map or a tuple; an object (what a `{…}` literal is) is refused, as in buildx.
  // Values here do not remember whether a typed variable made them a map, so every object is refused.
  obj(c);
  throw new Error('collection must be a list, a map or a tuple');
};

export const indexof: HclFunction = (a) => {
  arity('indexof', a, 2);
  const l = a[0];
  if (!Array.isArray(l)) throw new Error('argument must be a list or tuple');
  if (l.length === 0) throw new Error('cannot search an empty list');
  const i = l.findIndex((v) => valuesEqual(v, a[1]));
  if (i < 0) throw new Error('item not found');
  return i;
};

export const keys: HclFunction = (a) => (arity('keys', a, 1), sortedKeys(obj(a[0])));

export const length: HclFunction = (a) => {
  arity('length', a, 1);
  const v = a[0]!;
  if (Array.isArray(v)) return v.length;
  if (v instanceof Map) return v.size;
  throw new ConversionError(
    `Invalid function argument; collection must be a list, a map or a tuple, not ${typeName(v)}`,
  );
};

export const lookup: HclFunction = (a) => {
  arity('lookup', a, 2, 3);
  const o = obj(a[0]);
  const k = str(a[1]);
  if (o.has(k)) return o.get(k)!;
  if (a.length === 3) return a[2]!;
  throw new Error(`the given key ${goQuote(k)} does not exist in the map`);
};

export const merge: HclFunction = (a) => {
  const out: ObjectValue = new Map();
  for (const v of a) {
    if (v === null) continue;
    for (const [k, x] of obj(v)) out.set(k, x);
  }
  return out;
};

export const range: HclFunction = (a) => {
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
  if ((step > 0 && end < start) || (step < 0 && end > start))
    throw new Error('step must be ' + (step > 0 ? 'negative' : 'positive') + ' for this range');
  const out: Value[] = [];
  for (let v = start; step > 0 ? v < end : v > end; v += step) {
    out.push(v);
    if (out.length > 1024)
      throw new Error(
        'more than 1024 values were generated; either decrease the difference between start and end or use a smaller step',
      );
  }
  return out;
};

export const reverselist: HclFunction = (a) => (arity('reverselist', a, 1), [...list(a[0])].reverse());

export const slice: HclFunction = (a) => {
  arity('slice', a, 3);
  const l = list(a[0]);
  const s = integer(a[1]);
  const e = integer(a[2]);
  if (s < 0 || e > l.length || s > e) throw new Error('invalid slice indices');
  return l.slice(s, e);
};

export const sort: HclFunction = (a) => (
  arity('sort', a, 1),
  list(a[0])
    .map((v) => str(v))
    .sort(compareStrings)
);

export const values: HclFunction = (a) => {
  arity('values', a, 1);
  const o = obj(a[0]);
  return sortedKeys(o).map((k) => o.get(k)!);
};

export const zipmap: HclFunction = (a) => {
  arity('zipmap', a, 2);
  const k = list(a[0]);
  const v = list(a[1]);
  if (k.length !== v.length)
    throw new Error(`number of keys (${k.length}) does not match number of values (${v.length})`);
  const out: ObjectValue = new Map();
  k.forEach((key, i) => out.set(str(key), v[i]));
  return out;
};

export const sethaselement: HclFunction = (a) => (
  arity('sethaselement', a, 2),
  list(a[0]).some((v) => valuesEqual(v, a[1]))
);

export const setintersection: HclFunction = (a) => {
  if (a.length === 0) throw new ArgError('setintersection() needs at least one set');
  const [first, ...rest] = a.map(toSet) as [Value[], ...Value[][]];
  return first.filter((v) => rest.every((s) => s.some((x) => valuesEqual(x, v))));
};

export const setproduct: HclFunction = (a) => {
  let acc: Value[][] = [[]];
  for (const s of a) acc = acc.flatMap((p) => list(s).map((v) => [...p, v]));
  return a.length === 0 ? [] : acc;
};

export const setsubtract: HclFunction = (a) => {
  arity('setsubtract', a, 2);
  const b = toSet(a[1]);
  return toSet(a[0]).filter((v) => !b.some((x) => valuesEqual(x, v)));
};

export const setsymmetricdifference: HclFunction = (a) => {
  const sets = a.map(toSet);
  const all = sortSetValues(distinctValues(sets.flat()));
  return all.filter((v) => sets.filter((s) => s.some((x) => valuesEqual(x, v))).length % 2 === 1);
};

export const setunion: HclFunction = (a) => sortSetValues(distinctValues(a.flatMap(toSet)));
