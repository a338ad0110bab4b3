/**
 * What every function family of the stdlib shares: arity checks and conversion of arguments to the type a function
 * takes. A wrong type or a null is a ConversionError, which the evaluator reports as an invalid function argument; a
 * wrong count is an ArgError, reported as a failed call.
 */
import {
  type ObjectValue,
  type Value,
  ConversionError,
  asBool,
  asList,
  asNumber,
  asObject,
  asString,
} from '../value.js';

/** A call with the wrong number of arguments (reported as a failed call, at the call's position). */
export class ArgError extends Error {
  override readonly name = 'ArgError';
}

export function arity(name: string, args: Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new ArgError(`Function "${name}" expects ${want} argument(s); got ${args.length}`);
  }
}

/** The argument as a string (cty's conversion: a number or bool converts); null is refused. Likewise below. */
export function str(v: Value | undefined, what = 'argument'): string {
  const s = asString(v ?? null, what);
  if (s === null) throw new ConversionError(`Invalid function argument; ${what} must not be null`);
  return s;
}

export function num(v: Value | undefined, what = 'argument'): number {
  const n = asNumber(v ?? null, what);
  if (n === null) throw new ConversionError(`Invalid function argument; ${what} must not be null`);
  return n;
}

export function integer(v: Value | undefined, what = 'argument'): number {
  const n = num(v, what);
  if (!Number.isInteger(n)) throw new ConversionError(`Invalid function argument; ${what} must be a whole number`);
  return n;
}

export function bool(v: Value | undefined, what = 'argument'): boolean {
  const b = asBool(v ?? null, what);
  if (b === null) throw new ConversionError(`Invalid function argument; ${what} must not be null`);
  return b;
}

export function list(v: Value | undefined, what = 'argument'): Value[] {
  const l = asList(v ?? null, what);
  if (l === null) throw new ConversionError(`Invalid function argument; ${what} must not be null`);
  return l;
}

export function obj(v: Value | undefined, what = 'argument'): ObjectValue {
  const o = asObject(v ?? null, what);
  if (o === null) throw new ConversionError(`Invalid function argument; ${what} must not be null`);
  return o;
}

/** A function of one string. */
export const fn1s = (f: (s: string) => Value) => (args: Value[]) => f(str(args[0]));
/** A function of two numbers. */
export const fn2n = (f: (a: number, b: number) => Value) => (args: Value[]) => f(num(args[0]), num(args[1]));

/** Go's %q, as error messages quote values. */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}
