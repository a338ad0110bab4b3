/**
 * Numbers: arithmetic (the functions behind HCL's operators, which buildx also exposes by name), comparison,
 * rounding, `parseint`. cty's stdlib number.go.
 */
import type { HclFunction } from '../eval.js';
import type { Value } from '../value.js';
import { ArgError, arity, fn2n, goQuote, integer, num, str } from './arguments.js';

function minMax(name: string, args: Value[], pick: (a: number, b: number) => number): number {
  if (args.length === 0) throw new ArgError(`${name}() needs at least one argument`);
  return args.map((a) => num(a)).reduce((x, y) => pick(x, y));
}

export const absolute: HclFunction = (a) => (arity('absolute', a, 1), Math.abs(num(a[0])));

export const add: HclFunction = (a) => (arity('add', a, 2), num(a[0]) + num(a[1]));

export const ceil: HclFunction = (a) => (arity('ceil', a, 1), Math.ceil(num(a[0])));

export const divide: HclFunction = (a) => {
  arity('divide', a, 2);
  if (num(a[1]) === 0) throw new Error("can't divide by zero");
  return num(a[0]) / num(a[1]);
};

export const floor: HclFunction = (a) => (arity('floor', a, 1), Math.floor(num(a[0])));

export const greaterthan: HclFunction = fn2n((x, y) => x > y);

export const greaterthanorequalto: HclFunction = fn2n((x, y) => x >= y);

export const int: HclFunction = (a) => (arity('int', a, 1), Math.trunc(num(a[0])));

export const lessthan: HclFunction = fn2n((x, y) => x < y);

export const lessthanorequalto: HclFunction = fn2n((x, y) => x <= y);

export const log: HclFunction = (a) => (arity('log', a, 2), Math.log(num(a[0])) / Math.log(num(a[1])));

export const max: HclFunction = (a) => minMax('max', a, Math.max);

export const min: HclFunction = (a) => minMax('min', a, Math.min);

export const modulo: HclFunction = (a) => {
  arity('modulo', a, 2);
  if (num(a[1]) === 0) throw new Error("can't use modulo by zero");
  return num(a[0]) % num(a[1]);
};

export const multiply: HclFunction = fn2n((x, y) => x * y);

export const negate: HclFunction = (a) => (arity('negate', a, 1), -num(a[0]));

export const parseint: HclFunction = (a) => {
  arity('parseint', a, 2);
  const s = str(a[0]);
  const base = integer(a[1]);
  if (base < 2 || base > 62) throw new Error('base must be a whole number between 2 and 62 inclusive');
  const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.slice(0, base);
  const neg = s.startsWith('-');
  const body = s.replace(/^[-+]/, '');
  const ci = base <= 36 ? body.toLowerCase() : body;
  if (ci === '' || [...ci].some((c) => !digits.includes(c)))
    throw new Error(`cannot parse ${goQuote(s)} as a base ${base} integer`);
  const n = [...ci].reduce((acc, c) => acc * base + digits.indexOf(c), 0);
  return neg ? -n : n;
};

export const pow: HclFunction = fn2n((x, y) => x ** y);

export const signum: HclFunction = (a) => (arity('signum', a, 1), Math.sign(num(a[0])));

export const subtract: HclFunction = fn2n((x, y) => x - y);
