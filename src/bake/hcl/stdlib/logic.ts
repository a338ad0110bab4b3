/** Booleans and equality: `and`, `or`, `not`, `equal`, `notequal` (cty's stdlib bool.go and general.go). */
import type { HclFunction } from '../eval.js';
import { valuesEqual } from '../value.js';
import { arity, bool } from './arguments.js';

export const and: HclFunction = (a) => (arity('and', a, 2), bool(a[0]) && bool(a[1]));

export const equal: HclFunction = (a) => (arity('equal', a, 2), valuesEqual(a[0], a[1]));

export const not: HclFunction = (a) => (arity('not', a, 1), !bool(a[0]));

export const notequal: HclFunction = (a) => (arity('notequal', a, 2), !valuesEqual(a[0], a[1]));

export const or: HclFunction = (a) => (arity('or', a, 2), bool(a[0]) || bool(a[1]));
