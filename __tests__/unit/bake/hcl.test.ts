import { describe, expect, it } from 'vitest';
import { BakeError } from '../../../src/bake/errors.js';
import { type EvalContext, evaluate } from '../../../src/bake/hcl/eval.js';
import { parseHCLJSON } from '../../../src/bake/hcl/json.js';
import { Scanner } from '../../../src/bake/hcl/lexer.js';
import { parseExpression, parseHCL } from '../../../src/bake/hcl/parser.js';
import { STDLIB } from '../../../src/bake/hcl/stdlib.js';
import { type Value, formatNumber, toJS } from '../../../src/bake/hcl/value.js';

const ctx = (vars: Record<string, Value> = {}): EvalContext => ({
  lookupVariable: (n) => (n in vars ? vars[n] : undefined),
  lookupFunction: (n) => STDLIB[n],
});
const ev = (src: string, vars: Record<string, Value> = {}) => toJS(evaluate(parseExpression(src), ctx(vars)));

function errorOf(f: () => unknown): BakeError {
  try {
    f();
  } catch (e) {
    if (e instanceof BakeError) return e;
    throw e;
  }
  throw new Error('expected a BakeError');
}

describe('scanner', () => {
  it('tracks lines and columns', () => {
    const s = new Scanner('ab\ncd\n\nef', 'f.hcl');
    expect(s.posAt(0)).toEqual({ file: 'f.hcl', line: 1, column: 1 });
    expect(s.posAt(4)).toEqual({ file: 'f.hcl', line: 2, column: 2 });
    expect(s.posAt(7)).toEqual({ file: 'f.hcl', line: 4, column: 1 });
  });

  it('reads identifiers with dashes and skips comments', () => {
    const s = new Scanner('  # c\n // d\n /* e */ cache-from', 'x');
    s.pushNewlines(false);
    expect(s.identifier()).toBe('cache-from');
  });

  it('keeps newlines significant at body level', () => {
    const s = new Scanner('  \n x', 'x');
    s.skipSpace();
    expect(s.atNewline()).toBe(true);
  });
});

describe('parser', () => {
  it('parses attributes and labelled blocks with positions', () => {
    const body = parseHCL('a = 1\ntarget "app" {\n  tags = ["x"]\n}\n', 'd.hcl');
    expect(body.items.map((i) => i.kind)).toEqual(['attribute', 'block']);
    const block = body.items[1];
    expect(block.kind === 'block' && block.labels).toEqual(['app']);
    expect(block.kind === 'block' && block.labelPos[0]).toEqual({ file: 'd.hcl', line: 2, column: 8 });
    expect(block.kind === 'block' && block.body.items[0].pos).toEqual({ file: 'd.hcl', line: 3, column: 3 });
  });

  it('accepts a single-line block with one attribute and rejects two', () => {
    expect(parseHCL('target "a" { context = "." }\n', 'x').items).toHaveLength(1);
    const e = errorOf(() => parseHCL('target "a" { context = "."  dockerfile = "x" }\n', 'x.hcl'));
    expect(e.message).toMatch(/^x\.hcl:1:29: Invalid single-argument block definition/);
  });

  it('reports what was expected at file:line:col', () => {
    const e = errorOf(() => parseHCL('target "a" {\n  tags = ["x"\n}\n', 'bad.hcl'));
    expect(e.file).toBe('bad.hcl');
    expect(e.line).toBe(3);
    expect(e.column).toBe(1);
    expect(e.message).toContain('expected "]" to close the list');
  });

  it('rejects a newline inside a quoted string', () => {
    expect(errorOf(() => parseHCL('a = "x\ny"\n', 'q.hcl')).message).toMatch(/^q\.hcl:1:7: unterminated string/);
  });

  it('ignores newlines inside brackets but not in object items', () => {
    const body = parseHCL('a = [\n 1,\n 2\n]\nb = {\n x = 1\n y = 2\n}\n', 'x');
    expect(body.items).toHaveLength(2);
  });

  it('parses heredocs and strips indentation for <<-', () => {
    expect(ev('<<EOT\n  a\n  b\nEOT\n')).toBe('  a\n  b\n');
    const body = parseHCL('x = <<-EOT\n    a\n      b ${1}\n    EOT\n', 'h');
    const attr = body.items[0];
    expect(attr.kind === 'attribute' && toJS(evaluate(attr.expr, ctx()))).toBe('a\n  b 1\n');
  });

  it('reads HCL-JSON with block arrays and template strings', () => {
    const body = parseHCLJSON('{"target":[{"a":[{"tags":["${X}"]}]}],"X":"v"}', 'f.json');
    expect(body.items.map((i) => (i.kind === 'block' ? `block:${i.labels[0]}` : `attr:${i.name}`))).toEqual([
      'block:a',
      'attr:X',
    ]);
    const e = errorOf(() => parseHCLJSON('{"target": }', 'f.json'));
    expect(e.message).toMatch(/^f\.json:1:12: expected a JSON value/);
  });
});

describe('evaluator', () => {
  it('follows operator precedence', () => {
    expect(ev('1 + 2 * 3 - 4 / 2 % 3')).toBe(5);
    expect(ev('!false && 1 < 2 || false')).toBe(true);
    expect(ev('-2 + 5')).toBe(3);
  });

  it('evaluates conditionals lazily', () => {
    expect(ev('true ? "a" : nope')).toBe('a');
  });

  it('interpolates templates; a lone interpolation keeps its type', () => {
    expect(ev('"${1 + 1}"')).toBe(2);
    expect(ev('"n=${1 + 1}"')).toBe('n=2');
    expect(ev('"${X}"', { X: null })).toBe(null);
    expect(ev('"$${a} %%{b}"')).toBe('${a} %{b}');
    expect(errorOf(() => ev('"a${X}"', { X: null })).message).toContain('The expression result is null');
  });

  it('runs %{ if } and %{ for } directives with strip markers', () => {
    expect(ev('"%{ if X }yes%{ else }no%{ endif }"', { X: false })).toBe('no');
    expect(ev('"%{ for i, v in L ~} ${i}${v} %{~ endfor }"', { L: ['a', 'b'] })).toBe('0a1b');
  });

  it('evaluates for expressions, grouping and filtering', () => {
    expect(ev('[for v in [1, 2, 3] : v * 2 if v != 2]')).toEqual([2, 6]);
    expect(ev('{for k, v in {b = 1, a = 2} : upper(k) => v}')).toEqual({ A: 2, B: 1 });
    expect(ev('{for s in ["ab", "ac", "bd"] : substr(s, 0, 1) => s...}')).toEqual({ a: ['ab', 'ac'], b: ['bd'] });
    expect(errorOf(() => ev('{for s in ["a", "a"] : s => s}')).message).toContain('Duplicate object key');
  });

  it('indexes, splats and accesses attributes', () => {
    const vars = { O: fromObj({ items: [fromObj({ n: 'x' }), fromObj({ n: 'y' })] }) };
    expect(ev('O.items[*].n', vars)).toEqual(['x', 'y']);
    expect(ev('O.items.1.n', vars)).toEqual('y');
    expect(ev('O["items"][0]["n"]', vars)).toEqual('x');
    expect(errorOf(() => ev('O.nope', vars)).message).toContain('does not have an attribute named "nope"');
    expect(errorOf(() => ev('[1][5]')).message).toContain('Invalid index');
  });

  it('supports try, can and convert', () => {
    expect(ev('try(["a"][3], "fallback")')).toBe('fallback');
    expect(ev('can(["a"][0])')).toBe(true);
    expect(ev('convert(5, string)')).toBe('5');
    expect(ev('convert(["1", "2"], list(number))')).toEqual([1, 2]);
  });

  it('reports unknown names at their position', () => {
    const e = errorOf(() => evaluate(parseExpression('  x + nope', 'e.hcl'), ctx({ x: 1 })));
    expect(e.message).toBe('e.hcl:1:7: Unknown variable; There is no variable named "nope".');
    expect(errorOf(() => ev('nofn(1)')).message).toContain('There is no function named "nofn"');
  });

  it('formats numbers like cty', () => {
    expect(formatNumber(5.1)).toBe('5.1');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1.5e-7)).toBe('0.00000015');
  });
});

describe('stdlib', () => {
  it('implements bake-specific helpers', () => {
    expect(ev('sanitize("a/b.c")')).toBe('a_b_c');
    expect(ev('indexof(["a", "b"], "b")')).toBe(1);
    expect(ev('semvercmp("1.2.3", ">= 1.0")')).toBe(true);
    expect(ev('semvercmp("1.2.3", "~1.3")')).toBe(false);
    expect(ev('formattimestamp("YYYY-MM-DD", 0)')).toBe('1970-01-01');
    expect(ev('formattimestamp("X", "2024-01-01T00:00:00Z")')).toBe('1704067200');
    expect(ev('unixtimestampparse(0).weekday_name')).toBe('Thursday');
    expect(errorOf(() => ev('indexof([], "b")')).message).toContain('cannot search an empty list');
  });

  it('formats like Go fmt', () => {
    expect(ev('format("%s-%03d-%.2f-%q-%v", "x", 7, 3.14159, "q", true)')).toBe('x-007-3.14-"q"-true');
    expect(ev('formatdate("DD MMM YYYY hh:mm ZZZ", "2024-02-29T13:04:05Z")')).toBe('29 Feb 2024 13:04 UTC');
  });
});

function fromObj(o: Record<string, Value>): Value {
  return new Map(Object.entries(o));
}
