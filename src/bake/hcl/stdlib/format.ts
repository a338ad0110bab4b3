/**
 * `format` and `formatlist`: Go fmt-style verbs (cty's stdlib format.go), the subset bake files use — `%s %q %v %d
 * %f %e %g %t %x %X %o %b` with flags, width and precision.
 */
import type { HclFunction } from '../eval.js';
import { type Value, formatNumber, toJS } from '../value.js';
import { ArgError, bool, goQuote, num, str } from './arguments.js';

/** Go fmt-style formatting for format()/formatlist(). */
function goFormat(fmtStr: string, args: Value[]): string {
  let out = '';
  let argi = 0;
  const re = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+))?([a-zA-Z%])/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(fmtStr))) {
    out += fmtStr.slice(last, m.index);
    last = re.lastIndex;
    const [, flags = '', widthS, precS, verb] = m;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) throw new Error(`not enough arguments for "%${verb}" at ${m.index}`);
    const arg = args[argi++]!;
    let s: string;
    const prec = precS !== undefined ? Number(precS) : undefined;
    switch (verb) {
      case 's':
        s = str(arg);
        if (prec !== undefined) s = s.slice(0, prec);
        break;
      case 'q':
        s = goQuote(str(arg));
        break;
      case 'v':
        s = arg === null ? 'null' : typeof arg === 'object' ? JSON.stringify(toJS(arg)) : str(arg);
        break;
      case 'd': {
        const n = num(arg);
        s = String(Math.trunc(n));
        if (flags.includes('+') && n >= 0) s = '+' + s;
        break;
      }
      case 'f':
      case 'F': {
        const n = num(arg);
        s = n.toFixed(prec ?? 6);
        if (flags.includes('+') && n >= 0) s = '+' + s;
        break;
      }
      case 'e':
        s = num(arg)
          .toExponential(prec ?? 6)
          .replace(/e([+-])(\d)$/, 'e$10$2');
        break;
      case 'g':
        s = formatNumber(num(arg));
        break;
      case 't':
        s = bool(arg) ? 'true' : 'false';
        break;
      case 'x':
        s = typeof arg === 'string' ? Buffer.from(arg).toString('hex') : Math.trunc(num(arg)).toString(16);
        break;
      case 'X':
        s = (
          typeof arg === 'string' ? Buffer.from(arg).toString('hex') : Math.trunc(num(arg)).toString(16)
        ).toUpperCase();
        break;
      case 'o':
        s = Math.trunc(num(arg)).toString(8);
        break;
      case 'b':
        s = Math.trunc(num(arg)).toString(2);
        break;
      default:
        throw new Error(`unsupported format verb %${verb}`);
    }
    const width = widthS !== undefined && widthS !== '*' ? Number(widthS) : 0;
    if (s.length < width) {
      if (flags.includes('-')) s = s.padEnd(width);
      else if (flags.includes('0') && /[dfFeg]/.test(verb)) {
        const neg = s.startsWith('-') || s.startsWith('+');
        s = neg ? s[0] + s.slice(1).padStart(width - 1, '0') : s.padStart(width, '0');
      } else s = s.padStart(width);
    }
    out += s;
  }
  out += fmtStr.slice(last);
  if (argi < args.length) throw new Error(`too many arguments; only ${argi} used by format string`);
  return out;
}

export const format: HclFunction = (a) => {
  if (a.length < 1) throw new ArgError('format() needs a format string');
  return goFormat(str(a[0]), a.slice(1));
};

export const formatlist: HclFunction = (a) => {
  if (a.length < 1) throw new ArgError('formatlist() needs a format string');
  const f = str(a[0]);
  const rest = a.slice(1);
  const lens = rest.filter(Array.isArray).map((l) => (l as Value[]).length);
  if (lens.some((l) => l !== lens[0])) throw new Error('all list arguments must have the same length');
  const n = lens.length ? lens[0] : 1;
  const out: Value[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      goFormat(
        f,
        rest.map((v) => (Array.isArray(v) ? v[i]! : v)),
      ),
    );
  return out;
};
