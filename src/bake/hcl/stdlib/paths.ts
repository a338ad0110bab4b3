/** File paths: `basename`, `dirname` (POSIX, as buildx on Linux) and `homedir`, bake's own functions in buildx. */
import { homedir as userHomeDir } from 'node:os';
import { posix } from 'node:path';
import type { HclFunction } from '../eval.js';
import { arity, str } from './arguments.js';

export const basename: HclFunction = (a) => (
  arity('basename', a, 1),
  posix.basename(str(a[0])) || (str(a[0]) === '' ? '.' : '/')
);

export const dirname: HclFunction = (a) => (arity('dirname', a, 1), posix.dirname(str(a[0])));

export const homedir: HclFunction = (a) => (arity('homedir', a, 0), userHomeDir());
