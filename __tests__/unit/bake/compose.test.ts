/**
 * Compose loading helpers (compose-go ports: template substitution, dotenv) and what the `--print` conformance
 * fixtures cannot show because buildx 0.29 lacks it: `--var` reaching compose interpolation (buildx ≥ 0.31).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { BakeError, renderPrint, resolveBake } from '../../../src/bake/index.js';
import { MissingRequiredError, parseDotenv, substitute } from '../../../src/bake/compose/env.js';
import { rsaDecrypt } from '../../../src/bake/hcl/stdlib/rsadecrypt.js';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bake-compose-'));
  for (const [n, c] of Object.entries(files)) writeFileSync(join(dir, n), c);
  return dir;
}

function args(dir: string, env: Record<string, string>, vars?: Record<string, string>): Record<string, string> {
  const def = JSON.parse(renderPrint(resolveBake({ files: [], targets: [], set: [], cwd: dir, env, vars, yaml }))) as {
    target: Record<string, { args?: Record<string, string> }>;
  };
  return def.target.build.args ?? {};
}

describe('--var in compose files (buildx ≥ 0.31: ParseComposeFiles(files, vars) copies vars over the environment)', () => {
  // buildx tests/bake.go testBakeVarOverride, Compose case.
  const compose =
    'services:\n  build:\n    build:\n      context: .\n      args:\n        HELLO: ${HELLO:-fallback}\n        BARE:\n';

  it('a var wins over the process environment', () => {
    expect(args(dirWith({ 'compose.yml': compose }), { HELLO: 'fromenv' }, { HELLO: 'fromflag' }).HELLO).toBe(
      'fromflag',
    );
  });

  it('a var wins over .env, and resolves args declared without a value', () => {
    const dir = dirWith({ 'compose.yml': compose, '.env': 'HELLO=fromdotenv\nBARE=fromdotenv\n' });
    expect(args(dir, {}, { HELLO: 'fromflag', BARE: 'fromflag' })).toEqual({ HELLO: 'fromflag', BARE: 'fromflag' });
    expect(args(dir, {})).toEqual({ HELLO: 'fromdotenv', BARE: 'fromdotenv' });
  });

  it('vars still apply when BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP turns the environment off (testBakeDisableVarsEnvLookup)', () => {
    const dir = dirWith({ 'compose.yml': compose });
    const env = { BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP: '1', HELLO: 'fromenv' };
    expect(args(dir, env).HELLO).toBe('fallback');
    expect(args(dir, env, { HELLO: 'fromflag' }).HELLO).toBe('fromflag');
  });

  it('.env is not interpolated with vars (buildx reads it before copying them in)', () => {
    const dir = dirWith({ 'compose.yml': compose, '.env': 'HELLO=${X:-none}\n' });
    expect(args(dir, {}, { X: 'x' }).HELLO).toBe('none');
  });
});

describe('compose template substitution (compose-go template.Substitute)', () => {
  const env = new Map([
    ['A', 'a'],
    ['EMPTY', ''],
  ]);
  const lookup = (k: string) => env.get(k);

  it.each([
    ['$A ${A} $$A', 'a a $A'],
    ['${EMPTY:-d} ${EMPTY-d} ${UNSET-d}', 'd  d'],
    ['${A:+set} ${EMPTY:+set}|${EMPTY+set}', 'set |set'],
    ['${UNSET:-${A:-x}}-${A}', 'a-a'],
    ['${UNSET:-{x}}', '{x}'],
    ['$1 $ ${A}', '$1 $ a'],
  ])('%s', (template, want) => {
    expect(substitute(template, lookup)).toBe(want);
  });

  it('reports a missing required variable with its reason, interpolated', () => {
    expect(() => substitute('${UNSET:?need $A}', lookup)).toThrow(new MissingRequiredError('UNSET', 'need a'));
    expect(() => substitute('${EMPTY?x}', lookup)).not.toThrow();
  });

  it('rejects an invalid template', () => {
    expect(() => substitute('x ${} y', lookup)).toThrow('Invalid template: "x ${} y"');
  });
});

describe('dotenv (compose-go dotenv/parser.go)', () => {
  it('parses its dialect', () => {
    const src = [
      '\uFEFF# comment',
      'export A=1',
      'B: yaml style',
      'C=unquoted # comment',
      "D='single $A'",
      'E="double ${A} \\n \\$A"',
      'F=${UNSET:-${A}}',
      'INHERITED',
      'NOT_INHERITED',
      'G="multi',
      'line"',
    ].join('\n');
    const out = parseDotenv(src, (k) => (k === 'INHERITED' ? 'from-env' : undefined));
    expect(Object.fromEntries(out)).toEqual({
      A: '1',
      B: 'yaml style',
      C: 'unquoted',
      D: 'single $A',
      E: 'double 1 \n $A',
      F: '1',
      INHERITED: 'from-env',
      G: 'multi\nline',
    });
  });

  it('looks the environment up before the file', () => {
    expect(parseDotenv('A=file\nB=$A', (k) => (k === 'A' ? 'env' : undefined)).get('B')).toBe('env');
  });

  it('reports bad names and unterminated quotes with the line', () => {
    expect(() => parseDotenv('A=1\nB C=2')).toThrow('line 2: key cannot contain a space');
    expect(() => parseDotenv('A=1\n\nX="abc')).toThrow('line 3: unterminated quoted value "abc');
    expect(() => parseDotenv('A$=1')).toThrow('line 1: unexpected character "$" in variable name "A$=1"');
  });
});

describe('include (current buildx)', () => {
  it('a service the including file also defines is merged, the including file winning (buildx ≥ 0.34; 0.29 says "services.lib conflicts with imported resource")', () => {
    // compose-go ≥ 2.10 (commit 3d3411d, "Allow importing compose file to override resource definition"), which
    // buildx uses since v0.34; buildx 0.29 (compose-go 2.9) rejects the redefinition, so no --print fixture can show this.
    const dir = dirWith({
      'compose.yml':
        'include:\n  - inc.yml\nservices:\n  build:\n    build:\n      args:\n        B: main\n        C: main\n',
      'inc.yml': 'services:\n  build:\n    build:\n      context: ./lib\n      args:\n        A: inc\n        B: inc\n',
    });
    expect(args(dir, {})).toEqual({ A: 'inc', B: 'main', C: 'main' });
  });
});

describe('compose errors', () => {
  it('names a missing required env_file', () => {
    const dir = dirWith({ 'compose.yml': 'services:\n  build:\n    build: .\n    env_file: app.env\n' });
    let err: unknown;
    try {
      resolveBake({ files: [], targets: [], set: [], cwd: dir, env: {}, yaml });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BakeError);
    // buildx's per-file validation (validateComposeFile) reports it as it is, without "failed to parse compose file".
    expect((err as Error).message).toBe('env file app.env not found: stat app.env: no such file or directory');
  });
});

describe('rsadecrypt errors (go-cty-funcs messages)', () => {
  it.each([
    ['not base64', 'k', 'failed to decode input "not base64": cipher text must be base64-encoded'],
    ['', 'no pem here', 'failed to parse key: no key found'],
    [
      '',
      '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----\n',
      'password protected keys are not supported',
    ],
    ['', '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n', 'x509: failed to parse private key'],
  ])('%s / %s', (cipher, key, message) => {
    expect(() => rsaDecrypt(cipher, key)).toThrow(message);
  });
});
