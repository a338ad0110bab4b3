/** solve/run/remote-policy.ts remotePolicyRead: which targets buildx ≥ 0.32 reads a policy file for, from what state. */
import { describe, expect, test } from 'vitest';
import { remotePolicyRead } from '../../../../src/solve/run/remote-policy.js';
import { gitDefinition, gitSource } from '../../../../src/solve/target/git-source.js';
import { emptyTarget, type TargetSpec } from '../../../../src/solve/target/spec.js';

const GIT = 'https://github.com/o/r.git#main:sub';
function spec(context: string, more: Partial<TargetSpec> = {}): TargetSpec {
  return { ...emptyTarget('t', context), dockerfile: 'Dockerfile', ...more };
}

describe('remotePolicyRead', () => {
  test('a Git context: llb.Git of the URL (its subdir in the identifier), <Dockerfile>.rego at its root', () => {
    expect(remotePolicyRead(spec(GIT), { frontendInputs: {} })).toEqual({
      context: GIT,
      definition: gitDefinition(gitSource(GIT), GIT),
      file: 'Dockerfile.rego',
    });
  });
  test("a Dockerfile elsewhere in the context: that path's .rego", () => {
    expect(remotePolicyRead(spec(GIT, { dockerfile: './build/App.Dockerfile' }), { frontendInputs: {} })?.file).toBe(
      'build/App.Dockerfile.rego',
    );
  });
  test("a remote definition's copied directory: the copy the frontend gets as its context", () => {
    const copy = Buffer.from('copy-definition');
    expect(remotePolicyRead(spec(GIT), { frontendInputs: { context: copy } })?.definition).toBe(copy);
  });
  test('an HTTP URL that is no Git repository: the download, unpacked', () => {
    const read = remotePolicyRead(spec('https://example.com/ctx.tar.gz'), { frontendInputs: {} })!;
    expect(read.file).toBe('Dockerfile.rego');
    expect(read.definition.includes(Buffer.from('https://example.com/ctx.tar.gz'))).toBe(true);
    expect(read.definition.includes(Buffer.from('http.filename'))).toBe(true);
    expect(read.definition.includes(Buffer.from('git://'))).toBe(false);
  });
  test('none read: the policy turned off, a local context, an inline or a local (cwd://) Dockerfile', () => {
    expect(remotePolicyRead(spec(GIT, { policyDisabled: true }), { frontendInputs: {} })).toBeUndefined();
    expect(remotePolicyRead(spec('/work/app'), { frontendInputs: {} })).toBeUndefined();
    expect(remotePolicyRead(spec(GIT, { dockerfileInline: 'FROM x' }), { frontendInputs: {} })).toBeUndefined();
    expect(remotePolicyRead(spec(GIT, { dockerfile: '/work/app/Dockerfile' }), { frontendInputs: {} })).toBeUndefined();
  });
});
