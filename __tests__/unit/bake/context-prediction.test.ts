/**
 * The guess, from the bake files' text, that every target builds from the working directory
 * (bake/context-prediction.ts): true only where resolution agrees, checked against the resolver itself.
 */
import { describe, expect, it } from 'vitest';
import { contextIsWorkingDirectory } from '../../../src/bake/context-prediction.js';
import { resolveBake } from '../../../src/bake/index.js';

const hcl = (data: string) => [{ name: 'docker-bake.hcl', data }];

describe('contextIsWorkingDirectory', () => {
  const yes: Array<[string, { name: string; data: string }[], string[]]> = [
    ['targets without a context', hcl('target "a" {}\ntarget "b" {\n  dockerfile = "b.Dockerfile"\n}\n'), ['a', 'b']],
    ['a context of "."', hcl('target "a" {\n  context = "."\n}\n'), ['a']],
    [
      'a context of "./", spaced as people write it',
      hcl('target "a" {\n  context="./"\n}\ntarget "b" {\n  context    = "."\n}'),
      ['a', 'b'],
    ],
    ['JSON', [{ name: 'docker-bake.json', data: '{"target": {"a": {"context": ".", "args": {"A": "1"}}}}' }], ['a']],
    [
      'a context followed by a comment, or last in its block',
      hcl('target "a" {\n  context = "." # here\n}\ntarget "b" { context = "./" }\n'),
      ['a', 'b'],
    ],
  ];
  it.each(yes)('is true for %s, and resolution agrees', (_, files, targets) => {
    expect(contextIsWorkingDirectory(files, [], {})).toBe(true);
    const def = resolveBake({ files: [], targets, set: [], cwd: '/work', env: {} }, files);
    expect(Object.keys(def.target).sort()).toEqual(targets);
    for (const t of Object.values(def.target)) expect(t.context).toBe('.');
  });

  const no: Array<[string, { name: string; data: string }[], string[]?, Record<string, string>?]> = [
    ['another directory', hcl('target "a" {\n  context = "app"\n}\n')],
    ['a variable', hcl('variable "DIR" {\n  default = "."\n}\ntarget "a" {\n  context = "${DIR}"\n}\n')],
    ['a context that is "." in one target only', hcl('target "a" {}\ntarget "b" {\n  context = "./b"\n}\n')],
    ['named contexts', hcl('target "a" {\n  contexts = { base = "../base" }\n}\n')],
    ['the word in a comment', hcl('# context: see app/\ntarget "a" {}\n')],
    ['the word in another name', hcl('target "a" {\n  args = { mycontext = "." }\n}\n')],
    ['a compose file', [{ name: 'compose.yaml', data: 'services:\n  a:\n    build: ./app\n' }]],
    ['an override of a context', hcl('target "a" {}\n'), ['a.context=app']],
    [
      'a file in another directory with file-relative paths',
      [{ name: 'sub/docker-bake.hcl', data: 'target "a" {}\n' }],
      [],
      { BUILDX_BAKE_FILE_RELATIVE_PATHS: '1' },
    ],
    ['an expression that starts with "."', hcl('target "a" {\n  context = "." == "" ? "." : "app"\n}\n')],
    ['the same, spaced out', hcl(`target "a" {\n  context = "."${' '.repeat(40)}== "" ? "." : "app"\n}\n`)],
    [
      'a name spelled with an escape',
      [{ name: 'docker-bake.json', data: '{"target": {"a": {"\\u0063ontext": "app"}}}' }],
    ],
    ['text that is not UTF-8', [{ name: 'docker-bake.hcl', data: 't\0a\0r\0g\0e\0t\0' }]],
    ['no file', []],
  ];
  it.each(no)('is false for %s', (_, files, set = [], env = {}) => {
    expect(contextIsWorkingDirectory(files, set, env)).toBe(false);
  });

  it('takes a file in another directory when "." stays the working directory', () => {
    const files = [{ name: 'sub/docker-bake.hcl', data: 'target "a" {}\n' }];
    expect(contextIsWorkingDirectory(files, [], {})).toBe(true);
    expect(contextIsWorkingDirectory(files, [], { BUILDX_BAKE_FILE_RELATIVE_PATHS: ' ' })).toBe(true);
  });
});
