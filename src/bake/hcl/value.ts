/**
 * Runtime values of the HCL evaluator. cty distinguishes lists from tuples and maps from
 * objects; bake only ever observes the difference through type errors, so here a JS array is
 * a list/tuple and a `Map` is a map/object (a Map keeps any string key safely and its
 * iteration order is ours to choose: cty iterates keys in sorted order, so we sort).
 */
export type Value = null | string | number | boolean | Value[] | ObjectValue | LazyValue;
export type ObjectValue = Map<string, Value>;

/** A value computed on first use (block references like `target.app.args`). */
export abstract class LazyValue {
  /** Attribute access without forcing the whole value. */
  abstract getAttr(name: string): Value;
  abstract force(): Value;
}

export function isObject(v: Value): v is ObjectValue {
  return v instanceof Map;
}

export function materialize(v: Value): Value {
  return v instanceof LazyValue ? materialize(v.force()) : v;
}

export function typeName(v: Value): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'tuple';
  if (v instanceof Map) return 'object';
  return 'object';
}

export function sortedKeys(m: ObjectValue): string[] {
  return [...m.keys()].sort(compareStrings);
}

/** Byte-wise (Go) string ordering. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Formats a number the way cty does (decimal, never exponent notation). cty computes with
 * 512-bit floats, so `0.1 + 0.2` is exactly `0.3` there; rounding to 15 significant digits
 * hides the binary-float noise JS would otherwise show.
 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  if (!isFinite(n)) return n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN';
  if (Number.isInteger(n)) return BigInt(n).toString();
  const rounded = Number(n.toPrecision(15));
  const s = String(rounded);
  if (!s.includes('e')) return s;
  // Small magnitudes: expand 1.5e-7 to 0.00000015.
  const [mant, expStr] = s.split('e') as [string, string];
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const intLen = mant.replace('-', '').split('.')[0].length;
  const point = intLen + exp;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return (neg ? '-' : '') + out;
}

/** A value that cannot be converted to the type asked for (cty's conversion errors). */
export class ConversionError extends Error {
  override readonly name = 'ConversionError';

  /** `argument`: the index of the function argument refused, whose position the error names (as cty does) */
  constructor(
    message: string,
    readonly argument?: number,
  ) {
    super(message);
  }
}

/** Converts a primitive to a string as cty's automatic conversion does; null stays null. */
export function asString(v: Value, what = 'value'): string | null {
  v = materialize(v);
  if (v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new ConversionError(`Unsuitable value type; ${what} must be a string, not ${typeName(v)}`);
}

export function asNumber(v: Value, what = 'value'): number | null {
  v = materialize(v);
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t !== '' && t === v && /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
    throw new ConversionError(
      `Unsuitable value type; a number is required, but ${what} is the string ${JSON.stringify(v)}`,
    );
  }
  throw new ConversionError(`Unsuitable value type; ${what} must be a number, not ${typeName(v)}`);
}

export function asBool(v: Value, what = 'value'): boolean | null {
  v = materialize(v);
  if (v === null) return null;
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ConversionError(
    `Unsuitable value type; a bool is required, but ${what} is ${typeof v === 'string' ? JSON.stringify(v) : typeName(v)}`,
  );
}

export function asList(v: Value, what = 'value'): Value[] | null {
  v = materialize(v);
  if (v === null) return null;
  if (Array.isArray(v)) return v;
  throw new ConversionError(`Unsuitable value type; ${what} must be a list, not ${typeName(v)}`);
}

export function asObject(v: Value, what = 'value'): ObjectValue | null {
  v = materialize(v);
  if (v === null) return null;
  if (v instanceof Map) return v;
  throw new ConversionError(`Unsuitable value type; ${what} must be a map, not ${typeName(v)}`);
}

export function valuesEqual(a: Value, b: Value): boolean {
  a = materialize(a);
  b = materialize(b);
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) {
      if (!b.has(k) || !valuesEqual(v, b.get(k)!)) return false;
    }
    return true;
  }
  return false;
}

/** Plain JS data (from JSON) to a Value. */
export function fromJS(x: unknown): Value {
  if (x === null || x === undefined) return null;
  if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return x;
  if (Array.isArray(x)) return x.map(fromJS);
  const m: ObjectValue = new Map();
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) m.set(k, fromJS(v));
  return m;
}

/** A Value to plain JS data (for jsonencode). Object keys come out sorted, as in cty. */
export function toJS(v: Value): unknown {
  v = materialize(v);
  if (Array.isArray(v)) return v.map(toJS);
  if (v instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const k of sortedKeys(v)) o[k] = toJS(v.get(k)!);
    return o;
  }
  return v;
}

// ---- type constraints (variable `type`, convert()) ----

export type HclType =
  | { kind: 'string' | 'number' | 'bool' | 'any' }
  | { kind: 'list' | 'set' | 'map'; elem: HclType }
  | { kind: 'tuple'; elems: HclType[] }
  | { kind: 'object'; attrs: Map<string, HclType> };

export function typeToString(t: HclType): string {
  switch (t.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return t.kind;
    case 'any':
      return 'dynamic';
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind} of ${typeToString(t.elem)}`;
    case 'tuple':
      return 'tuple';
    case 'object':
      return 'object';
  }
}

export function isPrimitiveType(t: HclType): boolean {
  return t.kind === 'string' || t.kind === 'number' || t.kind === 'bool';
}

/** Converts `v` to type `t` following cty's conversion rules for the cases bake files use. */
export function convertTo(v: Value, t: HclType, what = 'value'): Value {
  v = materialize(v);
  if (v === null || t.kind === 'any') return v;
  switch (t.kind) {
    case 'string':
      return asString(v, what);
    case 'number':
      return asNumber(v, what);
    case 'bool':
      return asBool(v, what);
    case 'list':
    case 'set': {
      const l = asList(v, what)!;
      const out = l.map((x, i) => convertTo(x, t.elem, `${what}[${i}]`));
      if (t.kind === 'set') {
        const uniq: Value[] = [];
        for (const x of out) if (!uniq.some((u) => valuesEqual(u, x))) uniq.push(x);
        return sortSetValues(uniq);
      }
      return out;
    }
    case 'tuple': {
      const l = asList(v, what)!;
      if (l.length !== t.elems.length)
        throw new ConversionError(`${what}: tuple required with ${t.elems.length} elements`);
      return l.map((x, i) => convertTo(x, t.elems[i], `${what}[${i}]`));
    }
    case 'map': {
      const m = asObject(v, what)!;
      const out: ObjectValue = new Map();
      for (const k of sortedKeys(m)) out.set(k, convertTo(m.get(k)!, t.elem, `${what}.${k}`));
      return out;
    }
    case 'object': {
      const m = asObject(v, what)!;
      const out: ObjectValue = new Map();
      for (const [k, at] of t.attrs) {
        if (!m.has(k)) throw new ConversionError(`${what}: attribute "${k}" is required`);
        out.set(k, convertTo(m.get(k)!, at, `${what}.${k}`));
      }
      return out;
    }
  }
}

/** cty orders set elements: strings lexically, numbers numerically. */
export function sortSetValues(vals: Value[]): Value[] {
  return [...vals].sort((a, b) => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
    return 0;
  });
}
