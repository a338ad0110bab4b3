import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BakeError } from '../errors.js';

/**
 * Compose variable substitution and `.env` files, ported from compose-go v2 (the library buildx's
 * bake/compose.go loads compose files with): `template/template.go` and `dotenv/parser.go`.
 *
 * Why a port and not a dotenv library: compose-go's dotenv dialect is its own. It interpolates `${VAR}`
 * with compose's full template syntax (`:-`, `-`, `:+`, `+`, `:?`, `?`, nesting) inside unquoted and
 * double-quoted values, looks values up in the caller's environment *before* the file's own earlier
 * keys, accepts `KEY: value` (YAML style), bare `KEY` lines (inherited from the environment), `export`,
 * `\$` as a literal dollar, and octal `\0NNN` escapes. The npm `dotenv` package does none of the
 * interpolation and differs on quoting and comments; `dotenv-expand` has bash-like, not compose,
 * semantics. The port is ~200 lines and follows compose-go statement by statement, so behaviour on odd
 * input (what `--print` shows) is the same.
 */

export type Lookup = (name: string) => string | undefined;

/** `${VAR:?reason}` / `${VAR?reason}` with VAR missing (compose-go's MissingRequiredError). */
export class MissingRequiredError extends Error {
  override readonly name = 'MissingRequiredError';

  constructor(
    readonly variable: string,
    readonly reason: string,
  ) {
    super(
      reason
        ? `required variable ${variable} is missing a value: ${reason}`
        : `required variable ${variable} is missing a value`,
    );
  }
}

/**
 * A `$` that starts no valid substitution, such as `${}` or `${1}` (compose-go's InvalidTemplateError). `template` is
 * the whole string it was found in, which the loader quotes in its own message.
 */
export class InvalidTemplateError extends Error {
  override readonly name = 'InvalidTemplateError';

  constructor(readonly template: string) {
    super(`Invalid template: ${JSON.stringify(template)}`);
  }
}

// compose-go's DefaultPattern: `\$(?i:(?P<escaped>\$)|(?P<named>NAME)|{(?:(?P<braced>NAME(?::?[-+?](.*))?)}|(?P<invalid>)))`.
// JS and Go's (non-POSIX) regexp pick the same, leftmost-first match, and `.` stops at a newline in both.
const PATTERN_SOURCE = String.raw`\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)\}|()))`;
const PATTERN_GLOBAL = new RegExp(PATTERN_SOURCE, 'gi');
const PATTERN_ONE = new RegExp(PATTERN_SOURCE, 'i');

type SubstituteFn = (substitution: string, lookup: Lookup) => { value: string; applied: boolean };

function partition(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + sep.length)];
}

function withDefaultWhenAbsence(emptyOrUnset: boolean): SubstituteFn {
  const sep = emptyOrUnset ? ':-' : '-';
  return (substitution, lookup) => {
    if (!substitution.includes(sep)) return { value: '', applied: false };
    const [name, def] = partition(substitution, sep);
    const value = lookup(name);
    if (value === undefined || (emptyOrUnset && value === '')) return { value: substitute(def, lookup), applied: true };
    return { value, applied: true };
  };
}

function withDefaultWhenPresence(notEmpty: boolean): SubstituteFn {
  const sep = notEmpty ? ':+' : '+';
  return (substitution, lookup) => {
    if (!substitution.includes(sep)) return { value: '', applied: false };
    const [name, def] = partition(substitution, sep);
    const value = lookup(name);
    if (value !== undefined && (!notEmpty || value !== '')) return { value: substitute(def, lookup), applied: true };
    return { value: value ?? '', applied: true };
  };
}

function withRequired(sep: string, valid: (v: string) => boolean): SubstituteFn {
  return (substitution, lookup) => {
    if (!substitution.includes(sep)) return { value: '', applied: false };
    const [name, message] = partition(substitution, sep);
    const value = lookup(name);
    if (value === undefined || !valid(value)) throw new MissingRequiredError(name, substitute(message, lookup));
    return { value, applied: true };
  };
}

const SUBSTITUTIONS: [string, SubstituteFn][] = [
  [':?', withRequired(':?', (v) => v !== '')],
  ['?', withRequired('?', () => true)],
  [':-', withDefaultWhenAbsence(true)],
  ['-', withDefaultWhenAbsence(false)],
  [':+', withDefaultWhenPresence(true)],
  ['+', withDefaultWhenPresence(false)],
];

/** getSubstitutionFunctionForTemplate: the operator that occurs first in the matched text (`:?` when none does). */
function substitutionFor(template: string): SubstituteFn {
  let best = SUBSTITUTIONS[0];
  let bestIdx = -1;
  for (const entry of SUBSTITUTIONS) {
    const idx = template.indexOf(entry[0]);
    if (idx >= 0 && (bestIdx < 0 || idx < bestIdx)) {
      best = entry;
      bestIdx = idx;
    }
  }
  return best[1];
}

/** getFirstBraceClosingIndex: the `}` closing the first `{`, skipping the character after each `{` as compose-go does. */
function firstBraceClosingIndex(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

/** The value of one match of the pattern in `template`. */
function replacement(matched: string, lookup: Lookup, template: string): string {
  const fn = substitutionFor(matched);
  let sub = matched;
  let rest = '';
  const close = firstBraceClosingIndex(sub);
  if (close > -1) {
    rest = sub.slice(close + 1);
    sub = sub.slice(0, close + 1);
  }
  const m = PATTERN_ONE.exec(sub);
  if (m?.[1]) return m[1];
  let substitution = m?.[2] ?? '';
  let braced = false;
  if (substitution === '') {
    substitution = m?.[3] ?? '';
    braced = true;
  }
  if (substitution === '') throw new InvalidTemplateError(template);
  if (braced) {
    const r = fn(substitution, lookup);
    if (r.applied) return r.value + substitute(rest, lookup);
  }
  // Like compose-go, an unapplied braced match drops what followed its closing brace (only reachable with odd input).
  return lookup(substitution) ?? '';
}

/** compose-go template.Substitute: replaces `$$`, `$NAME`, `${NAME}` and `${NAME<op>arg}` in `template`. */
export function substitute(template: string, lookup: Lookup): string {
  let firstError: unknown;
  const out = template.replace(PATTERN_GLOBAL, (matched) => {
    try {
      return replacement(matched, lookup, template);
    } catch (e) {
      firstError ??= e;
      return '';
    }
  });
  if (firstError !== undefined) throw firstError as Error;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// dotenv (compose-go dotenv/parser.go)

const ESCAPE_SEQ = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;
const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '"': '"',
  '\\': '\\',
};

/** Only the escapes compose-go's dotenv knows: `\n` and friends, `\$` (a literal dollar), octal `\0NNN`. */
function expandEscapes(s: string): string {
  return s.replace(ESCAPE_SEQ, (m) => {
    if (m === '\\$') return '$$';
    if (m.startsWith('\\0')) {
      // Go's UnquoteChar needs exactly three octal digits after the backslash; anything else stays as written.
      const digits = m.slice(2);
      if (digits.length !== 3 || !/^[0-7]{3}$/.test(digits)) return m;
      const code = parseInt(digits, 8);
      return code > 255 ? m : String.fromCharCode(code);
    }
    return SIMPLE_ESCAPES[m[1]] ?? m;
  });
}

function isSpace(c: string): boolean {
  return c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === ' ' || c === '\x85' || c === '\xA0';
}

function isUnicodeSpace(c: string): boolean {
  return /^\s$/u.test(c) || c === '\x85';
}

function trimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s[i])) i++;
  return s.slice(i);
}

function trimRightUnicodeSpace(s: string): string {
  let i = s.length;
  while (i > 0 && isUnicodeSpace(s[i - 1])) i--;
  return s.slice(0, i);
}

/**
 * Parses a compose-style env file into `out` (later keys win). `lookup` resolves `${VAR}` and bare `KEY`
 * lines before the file's own earlier keys, as in compose-go.
 */
export function parseDotenv(
  src: string,
  lookup: Lookup = () => undefined,
  out: Map<string, string> = new Map(),
): Map<string, string> {
  let line = 1;
  if (src.startsWith('\uFEFF')) src = src.slice(1);
  const expand = (value: string): string => substitute(value, (k) => lookup(k) ?? out.get(k));

  /** Skips blank space and comment lines, counting newlines. */
  const statementStart = (s: string): string => {
    for (;;) {
      let pos = -1;
      for (let i = 0; i < s.length; i++) {
        if (s[i] === '\n') line++;
        if (!isUnicodeSpace(s[i])) {
          pos = i;
          break;
        }
      }
      if (pos < 0) return '';
      s = s.slice(pos);
      if (s[0] !== '#') return s;
      const nl = s.indexOf('\n');
      if (nl < 0) return '';
      s = s.slice(nl);
    }
  };

  let cutset = src;
  for (;;) {
    cutset = statementStart(cutset);
    if (cutset === '') break;

    // locateKeyName
    let s = cutset;
    if (/^export\s+/.test(s)) s = trimLeftSpace(s.slice('export'.length));
    let key = '';
    let offset = 0;
    let inherited = false;
    let found = false;
    for (let i = 0; i < s.length;) {
      const ch = String.fromCodePoint(s.codePointAt(i)!);
      if (isSpace(ch)) {
        i += ch.length;
        continue;
      }
      if (ch === '=' || ch === ':' || ch === '\n') {
        key = s.slice(0, i);
        offset = i + 1;
        inherited = ch === '\n';
        found = true;
        break;
      }
      if (!'_.-[]'.includes(ch) && !/^[\p{L}\p{N}]$/u.test(ch)) {
        throw new Error(
          `line ${line}: unexpected character ${JSON.stringify(ch)} in variable name ${JSON.stringify(s.split('\n')[0])}`,
        );
      }
      i += ch.length;
    }
    if (!found) {
      // No `=`, `:` or newline: compose-go's loop ends with an empty key and parses the rest as its value.
      key = '';
      offset = 0;
    }
    if (inherited && !key.includes(' ')) line++;
    key = trimRightUnicodeSpace(key);
    const left = trimLeftSpace(s.slice(offset));
    if (key.includes(' ')) throw new Error(`line ${line}: key cannot contain a space`);

    if (inherited) {
      const v = lookup(key);
      if (v !== undefined) out.set(key, v);
      cutset = left;
      continue;
    }

    // extractVarValue
    const quote = left[0] === '"' || left[0] === "'" ? left[0] : undefined;
    if (!quote) {
      const nl = left.indexOf('\n');
      let value = nl < 0 ? left : left.slice(0, nl);
      cutset = nl < 0 ? '' : left.slice(nl + 1);
      line++;
      const hash = value.indexOf(' #');
      if (hash >= 0) value = value.slice(0, hash);
      out.set(key, expand(trimRightUnicodeSpace(value)));
      continue;
    }
    let escaped = false;
    let chars = '';
    let done = false;
    for (let i = 1; i < left.length; i++) {
      const ch = left[i];
      if (ch === '\n') line++;
      if (ch !== quote) {
        if (!escaped && ch === '\\') {
          escaped = true;
          continue;
        }
        if (escaped) {
          escaped = false;
          chars += '\\';
        }
        chars += ch;
        continue;
      }
      if (escaped) {
        escaped = false;
        chars += ch;
        continue;
      }
      out.set(key, quote === '"' ? expand(expandEscapes(chars)) : chars);
      cutset = left.slice(i + 1);
      done = true;
      break;
    }
    if (!done) {
      const nl = left.indexOf('\n');
      throw new Error(`line ${line}: unterminated quoted value ${nl < 0 ? left : left.slice(0, nl)}`);
    }
  }
  return out;
}

/**
 * The environment compose files are interpolated with (buildx composeEnv): the process environment (unless
 * BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP), then the working directory's `.env` for names still unset (its own
 * `${...}` see the process environment), then `--var` values over both.
 */
export function composeEnvironment(
  env: Record<string, string | undefined>,
  cwd: string,
  lookupAllowed: boolean,
  vars?: Record<string, string>,
): Map<string, string> {
  const out = new Map<string, string>();
  if (lookupAllowed) for (const [k, v] of Object.entries(env)) if (v !== undefined) out.set(k, v);
  const dotenv = join(cwd, '.env');
  if (existsSync(dotenv) && statSync(dotenv).isFile()) {
    let parsed: Map<string, string>;
    try {
      parsed = parseDotenv(readFileSync(dotenv, 'utf8'), (k) => out.get(k));
    } catch (e) {
      throw new BakeError((e as Error).message);
    }
    for (const [k, v] of parsed) if (!out.has(k)) out.set(k, v);
  }
  for (const [k, v] of Object.entries(vars ?? {})) out.set(k, v);
  return out;
}
