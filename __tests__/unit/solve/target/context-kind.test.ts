/** What a context value names (src/solve/target/context-kind.ts). */
import { describe, expect, it } from 'vitest';
import { hasGitQuery, isGitReference, namedContextKind } from '../../../../src/solve/target/context-kind.js';

describe('hasGitQuery: a Git URL with a query, as BuildKit gitutil.ParseURL reads one (buildx processGitURL)', () => {
  it('http(s), ssh, git and scp-style URLs with at least one parameter', () => {
    expect(hasGitQuery('https://h/o/r.git?ref=main')).toBe(true);
    expect(hasGitQuery('HTTP://h/o/r.git?subdir=a#x')).toBe(true);
    expect(hasGitQuery('ssh://git@h/o/r.git?ref=v1')).toBe(true);
    expect(hasGitQuery('git://h/o/r.git?keep-git-dir=1')).toBe(true);
    expect(hasGitQuery('git@h:o/r.git?ref=main#frag')).toBe(true);
    expect(hasGitQuery('https://h/ctx.tar?x')).toBe(true);
    expect(hasGitQuery('https://h/o/r.git?a;b&ref=main')).toBe(true);
  });
  it('no query, an empty one, a query after the fragment, one Go drops, or not a Git transport', () => {
    expect(hasGitQuery('https://h/o/r.git#main:sub')).toBe(false);
    expect(hasGitQuery('https://h/o/r.git?')).toBe(false);
    expect(hasGitQuery('https://h/o/r.git?&&')).toBe(false);
    expect(hasGitQuery('https://h/o/r.git#main?ref=x')).toBe(false);
    expect(hasGitQuery('https://h/o/r.git?a;b=1')).toBe(false);
    expect(hasGitQuery('https://h/o/r.git?a=%zz')).toBe(false);
    expect(hasGitQuery('https://h/o/r.git?a=b=%zz')).toBe(false);
    expect(hasGitQuery('docker-image://alpine?x=1')).toBe(false);
    expect(hasGitQuery('ftp://h/o/r.git?ref=main')).toBe(false);
    expect(hasGitQuery('github.com/o/r?ref=main')).toBe(false);
    expect(hasGitQuery('./dir?x=1')).toBe(false);
  });
});

describe('namedContextKind', () => {
  it('a Git URL without a scheme is remote, as buildx IsRemoteURL says', () => {
    expect(namedContextKind('git@github.com:o/r.git#main')).toBe('remote');
    expect(namedContextKind('github.com/o/r')).toBe('remote');
    expect(namedContextKind('https://h/o/r.git')).toBe('remote');
    expect(namedContextKind('docker-image://alpine')).toBe('remote');
    expect(namedContextKind('target:base')).toBe('target');
    expect(namedContextKind('./dir')).toBe('local');
    expect(namedContextKind('dir')).toBe('local');
  });
});

describe('isGitReference: a remote URL BuildKit gitutil.ParseGitRef takes for a Git repository', () => {
  it.each([
    ['https://github.com/o/r.git', true],
    ['https://github.com/o/r.git#main:sub', true],
    ['http://127.0.0.1:8000/owner/repo.git?ref=main', true],
    ['git://host/r', true],
    ['ssh://git@host/r', true],
    ['git@github.com:o/r.git', true],
    ['github.com/o/r', true],
    ['https://example.com/docker-bake.hcl', false],
    ['https://example.com/ctx.tar.gz#frag', false],
    ['https://github.com/o/r', false],
  ])('%s → %s', (url, git) => {
    expect(isGitReference(url)).toBe(git);
  });
});
