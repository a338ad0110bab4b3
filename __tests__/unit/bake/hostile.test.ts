/**
 * Hostile bake definitions (a bake file from a pull request is untrusted input): duplicate attributes,
 * invalid UTF-8, a group cycle, a YAML alias bomb, a huge matrix and a huge definition are each refused (or resolved)
 * quickly, with FILE:LINE:COL where the problem has a place; resolution can be cancelled.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { type BakeDefinition, BakeError, resolveBake, resolveBakeAsync } from '../../../src/bake/index.js';
import { MAX_MATRIX_COMBINATIONS } from '../../../src/bake/config-blocks.js';
import { decodeUtf8 } from '../../../src/bake/utf8.js';

function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bake-hostile-'));
  for (const [n, c] of Object.entries(files)) writeFileSync(join(dir, n), c);
  return dir;
}

function bake(files: Record<string, string | Buffer>, targets: string[] = []): BakeDefinition {
  return resolveBake({ files: [], targets, set: [], cwd: project(files), env: {}, yaml });
}

/** The BakeError `f` throws, and how long it took to throw it. */
function refusal(f: () => unknown): { err: BakeError; ms: number } {
  const started = performance.now();
  try {
    f();
  } catch (e) {
    if (e instanceof BakeError) return { err: e, ms: performance.now() - started };
    throw e;
  }
  throw new Error('expected a BakeError');
}

describe('duplicate attributes (buildx: "Attribute redefined" / "Duplicate argument", with both positions)', () => {
  it.each([
    [
      'in a target block',
      'target "a" {\n  context = "."\n  tags = ["x"]\n  context = "b"\n}\n',
      'docker-bake.hcl:4:3: Attribute redefined; The argument "context" was already set at docker-bake.hcl:2:3. Each argument may be set only once.',
    ],
    [
      'at the top level',
      'X = 1\nY = 2\nX = 3\ntarget "a" {}\n',
      'docker-bake.hcl:3:1: Attribute redefined; The argument "X" was already set at docker-bake.hcl:1:1. Each argument may be set only once.',
    ],
    [
      'in a variable block',
      'variable "V" {\n  default = 1\n  default = 2\n}\ntarget "a" {}\n',
      'docker-bake.hcl:3:3: Attribute redefined; The argument "default" was already set at docker-bake.hcl:2:3. Each argument may be set only once.',
    ],
    [
      'an attribute no schema knows',
      'target "a" {\n  foo = 1\n  foo = 2\n}\n',
      'docker-bake.hcl:3:3: Attribute redefined; The argument "foo" was already set at docker-bake.hcl:2:3. Each argument may be set only once.',
    ],
  ])('HCL, %s', (_what, hcl, message) => {
    const { err, ms } = refusal(() => bake({ 'docker-bake.hcl': hcl }, ['a']));
    expect(err.message).toBe(message);
    expect(ms).toBeLessThan(5000);
  });

  it.each([
    [
      'in a target object',
      '{\n  "target": {\n    "a": {\n      "context": ".",\n      "tags": ["x"],\n      "context": "b"\n    }\n  }\n}\n',
      'docker-bake.json:6:7: Duplicate argument; The argument "context" was already set at docker-bake.json:4:7.',
    ],
    [
      'in a group object',
      '{\n "group": {"g": {"targets": ["a"], "targets": ["a"]}},\n "target": {"a": {}}\n}\n',
      'docker-bake.json:2:36: Duplicate argument; The argument "targets" was already set at docker-bake.json:2:18.',
    ],
    [
      'at the top level',
      '{\n "X": 1,\n "X": 2,\n "target": {"a": {}}\n}\n',
      'docker-bake.json:3:2: Duplicate attribute definition; The argument "X" was already set at docker-bake.json:2:2.',
    ],
    [
      'in an object value',
      '{\n "target": {"a": {"args": {"A": "1", "A": "2"}}}\n}\n',
      'docker-bake.json:2:38: Duplicate object attribute; An attribute named "A" was already defined at docker-bake.json:2:28.',
    ],
  ])('JSON, %s', (_what, json, message) => {
    const { err, ms } = refusal(() => bake({ 'docker-bake.json': json }, ['a']));
    expect(err.message).toBe(message);
    expect(ms).toBeLessThan(5000);
  });

  it('still accepts what buildx accepts: repeated blocks, a repeated unknown JSON key, repeated keys in an HCL object', () => {
    expect(
      bake({ 'docker-bake.hcl': 'target "a" { context = "." }\ntarget "a" { context = "b" }\n' }, ['a']).target.a
        .context,
    ).toBe('b');
    expect(bake({ 'docker-bake.json': '{"target": {"a": {"foo": 1, "foo": 2}}}\n' }, ['a']).target.a).toBeDefined();
    expect(
      bake({ 'docker-bake.hcl': 'target "a" {\n  args = { A = "1", A = "2" }\n}\n' }, ['a']).target.a.args,
    ).toEqual({ A: '2' });
  });
});

describe('invalid UTF-8 (buildx: "Invalid character encoding" at the byte)', () => {
  const enc =
    'Invalid character encoding; All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.';

  it('in an HCL string: refused at the first bad byte, counting the others as buildx does', () => {
    const file = Buffer.concat([
      Buffer.from('target "a" {\n  context = "ctx-'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"\n}\n'),
    ]);
    const { err, ms } = refusal(() => bake({ 'docker-bake.hcl': file }, ['a']));
    expect(err.message).toBe(`docker-bake.hcl:2:18: ${enc}, and 1 other diagnostic(s)`);
    expect(ms).toBeLessThan(5000);
  });

  it('in an HCL heredoc: refused', () => {
    const file = Buffer.concat([
      Buffer.from('target "a" {\n  dockerfile-inline = <<EOT\nFROM '),
      Buffer.from([0xe9]),
      Buffer.from('\nEOT\n}\n'),
    ]);
    expect(refusal(() => bake({ 'docker-bake.hcl': file }, ['a'])).err.message).toBe(`docker-bake.hcl:3:6: ${enc}`);
  });

  it('in an HCL comment: accepted, as by buildx (HCL never decodes comments)', () => {
    const file = Buffer.concat([
      Buffer.from('# caf'),
      Buffer.from([0xe9]),
      Buffer.from('\ntarget "a" {\n  /* '),
      Buffer.from([0xe9]),
      Buffer.from(' */ context = "x\u00e9" // '),
      Buffer.from([0xff]),
      Buffer.from('\n}\n'),
    ]);
    expect(bake({ 'docker-bake.hcl': file }, ['a']).target.a.context).toBe('x\u00e9');
  });

  it('in a compose file: refused at the byte (also in a YAML comment, as compose-go does)', () => {
    const file = Buffer.concat([
      Buffer.from('services:\n  a:\n    build:\n      context: "ctx-'),
      Buffer.from([0xff]),
      Buffer.from('"\n'),
    ]);
    const { err, ms } = refusal(() => bake({ 'compose.yaml': file }, ['a']));
    expect(err.message).toBe(`compose.yaml:4:21: ${enc}`);
    expect(ms).toBeLessThan(5000);
    const comment = Buffer.concat([
      Buffer.from('services:\n  a:\n    # '),
      Buffer.from([0xff]),
      Buffer.from('\n    build: .\n'),
    ]);
    expect(refusal(() => bake({ 'compose.yaml': comment }, ['a'])).err.message).toBe(`compose.yaml:3:7: ${enc}`);
  });

  it('in a JSON file: refused (buildx substitutes U+FFFD and builds the mangled path)', () => {
    const file = Buffer.concat([
      Buffer.from('{"target": {"a": {"context": "ctx-'),
      Buffer.from([0xff]),
      Buffer.from('"}}}'),
    ]);
    expect(refusal(() => bake({ 'docker-bake.json': file }, ['a'])).err.message).toBe(`docker-bake.json:1:35: ${enc}`);
  });

  it('decodes valid UTF-8 (and a BOM) as before; each invalid byte on its own, as Go does', () => {
    expect(decodeUtf8(Buffer.from('\ufeffcaf\u00e9 \u{1f600}'))).toEqual({
      text: '\ufeffcaf\u00e9 \u{1f600}',
      invalid: false,
    });
    // a truncated 3-byte sequence, an overlong form, an encoded surrogate: every byte invalid
    const { text, invalid } = decodeUtf8(Buffer.from([0x61, 0xe2, 0x82, 0x62, 0xc0, 0xaf, 0xed, 0xa0, 0x80]));
    expect(invalid).toBe(true);
    expect([...text].map((c) => c.charCodeAt(0).toString(16))).toEqual([
      '61',
      'dce2',
      'dc82',
      '62',
      'dcc0',
      'dcaf',
      'dced',
      'dca0',
      'dc80',
    ]);
  });
});

describe('group cycle', () => {
  it('names the cycle when no target has the name (buildx: only "failed to find target default")', () => {
    const hcl = 'group "default" {\n  targets = ["g2"]\n}\ngroup "g2" {\n  targets = ["default"]\n}\n';
    const { err, ms } = refusal(() => bake({ 'docker-bake.hcl': hcl }));
    expect(err.message).toBe(
      'failed to find target default: group "default" contains itself (default -> g2 -> default) and no target is named default',
    );
    expect(ms).toBeLessThan(5000);
  });

  it('a group that reaches a target of its own name is fine, as in buildx', () => {
    const hcl =
      'group "a" {\n  targets = ["b"]\n}\ngroup "b" {\n  targets = ["a"]\n}\ntarget "a" {\n  context = "x"\n}\n';
    const def = bake({ 'docker-bake.hcl': hcl }, ['a']);
    expect(Object.keys(def.target)).toEqual(['a']);
  });
});

describe('YAML alias bomb', () => {
  it('is refused at the alias where the expansion got too large', () => {
    const rows = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
    ])
      rows.push(`x-${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    const { err, ms } = refusal(() =>
      bake({ 'compose.yaml': `${rows.join('\n')}\nservices:\n  a:\n    build: .\n` }, ['a']),
    );
    expect(err.message).toBe('compose.yaml:5:10: Excessive alias count indicates a resource exhaustion attack');
    expect(ms).toBeLessThan(5000);
  });
});

describe('matrix bound', () => {
  it(`refuses more than ${MAX_MATRIX_COMBINATIONS} combinations at the matrix attribute, before building any`, () => {
    const hcl =
      'target "m" {\n  name = "m-${a}-${b}-${c}-${d}"\n  matrix = {\n    a = range(100)\n    b = range(100)\n    c = range(100)\n    d = range(100)\n  }\n}\n';
    const { err, ms } = refusal(() => bake({ 'docker-bake.hcl': hcl }));
    expect(err.message).toBe(
      `docker-bake.hcl:3:3: Invalid block; the matrix has 100000000 combinations (a: 100 × b: 100 × c: 100 × d: 100), more than the ${MAX_MATRIX_COMBINATIONS} bakekit allows in one block`,
    );
    expect(ms).toBeLessThan(5000);
  });

  it('expands one at the bound', () => {
    const hcl = 'target "m" {\n  name = "m-${a}-${b}"\n  matrix = {\n    a = range(100)\n    b = range(100)\n  }\n}\n';
    expect(Object.keys(bake({ 'docker-bake.hcl': hcl }, ['m']).target)).toHaveLength(10_000);
  });
});

/** n targets and a default group of all of them. */
function bigDefinition(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++)
    parts.push(`target "t${i}" {\n  tags = ["registry.example.com/app/t${i}:latest"]\n  args = { N = "${i}" }\n}\n`);
  parts.push(`group "default" {\n  targets = [${Array.from({ length: n }, (_, i) => `"t${i}"`).join(', ')}]\n}\n`);
  return parts.join('');
}

describe('large definitions', () => {
  it('resolve in time linear in their size (a map by name, not a scan per instance)', () => {
    const time = (n: number) => {
      const files = { 'docker-bake.hcl': bigDefinition(n) };
      const started = performance.now();
      expect(Object.keys(bake(files).target)).toHaveLength(n);
      return performance.now() - started;
    };
    time(2000); // warm-up
    const small = time(5000);
    const large = time(20_000);
    // 4× the targets: a quadratic resolution takes 16× as long (it took 1.5 s for 20,000 before); allow noise
    expect(large).toBeLessThan(Math.max(small * 10, 1000));
    expect(large).toBeLessThan(30_000);
  });

  it('resolveBakeAsync stops between steps once its signal fires, and keeps the event loop turning', async () => {
    const dir = project({ 'docker-bake.hcl': bigDefinition(60_000) });
    const controller = new AbortController();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const started = performance.now();
    setTimeout(() => controller.abort(new Error('cancelled by SIGTERM')), 300);
    const err = await resolveBakeAsync({
      files: [],
      targets: [],
      set: [],
      cwd: dir,
      env: {},
      signal: controller.signal,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    clearInterval(ticker);
    expect(err).toBeInstanceOf(BakeError);
    expect((err as BakeError).message).toBe('resolving the bake definition was cancelled: cancelled by SIGTERM');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(ticks).toBeGreaterThan(3);
  });
});
