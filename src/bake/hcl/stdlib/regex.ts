/**
 * `regex`, `regexall`, `regex_replace`: cty's stdlib regexp.go on JavaScript's RegExp. RE2 syntax JavaScript lacks is
 * translated where it is common (a leading `(?i)`, `(?P<name>…)` groups, `${1}` in replacements).
 */
import type { HclFunction } from '../eval.js';
import { type ObjectValue, type Value, compareStrings } from '../value.js';
import { arity, str } from './arguments.js';

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
    flags += m[1].replace('U', '').replace('m', 'm');
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

export const regex: HclFunction = (a) => {
  arity('regex', a, 2);
  const re = compileRegex(str(a[0]));
  const m = re.exec(str(a[1]));
  if (!m) throw new Error('pattern did not match any part of the given string');
  return regexResult(re, m);
};

export const regexall: HclFunction = (a) => {
  arity('regexall', a, 2);
  const re = compileRegex(str(a[0]), 'g');
  return [...str(a[1]).matchAll(re)].map((m) => regexResult(re, m));
};

export const regexReplace: HclFunction = (a) => (
  arity('regex_replace', a, 3),
  str(a[0]).replace(compileRegex(str(a[1]), 'g'), goReplacement(str(a[2])))
);
