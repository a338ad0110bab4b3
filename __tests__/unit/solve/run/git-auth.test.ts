/**
 * A remote definition's own credentials (src/solve/run/git-auth.ts), as buildx ≥ 0.32 gives them (bake/gitauth.go):
 * host-scoped secrets from BUILDX_BAKE_GIT_AUTH_TOKEN / _HEADER, served only to builds on the definition's host.
 */
import { describe, expect, it } from 'vitest';
import { resolveBake } from '../../../../src/bake/index.js';
import { runTargetSpecs } from '../../../../src/solve/run/bake.js';
import { gitAuthSecretsFromEnv, gitHost, redactGitUrl, sharesGitHost } from '../../../../src/solve/run/git-auth.js';
import { REMOTE_CONTEXT } from '../../../../src/solve/target/context-kind.js';

const isRemote = (s: string) => REMOTE_CONTEXT.test(s);

describe('redactGitUrl', () => {
  it("masks a URL's user information, and leaves a URL without any as it is", () => {
    expect(redactGitUrl('https://x-access-token:ghs_secret@github.com/o/r.git#main')).toBe(
      'https://***@github.com/o/r.git#main',
    );
    expect(redactGitUrl('https://github.com/o/r.git#main')).toBe('https://github.com/o/r.git#main');
  });
});

describe('gitAuthSecretsFromEnv', () => {
  it("the token and the header, each read from the variable it was found under (any case), for the URL's host", () => {
    expect(
      gitAuthSecretsFromEnv('https://github.com/o/r.git#main', {
        BUILDX_BAKE_GIT_AUTH_TOKEN: 't',
        buildx_bake_git_auth_header: 'h',
      }),
    ).toEqual([
      { id: 'GIT_AUTH_TOKEN.github.com', env: 'BUILDX_BAKE_GIT_AUTH_TOKEN' },
      { id: 'GIT_AUTH_HEADER.github.com', env: 'buildx_bake_git_auth_header' },
    ]);
    expect(gitAuthSecretsFromEnv('git@gitlab.com:o/r.git', { BUILDX_BAKE_GIT_AUTH_TOKEN: 't' })).toEqual([
      { id: 'GIT_AUTH_TOKEN.gitlab.com', env: 'BUILDX_BAKE_GIT_AUTH_TOKEN' },
    ]);
  });

  it('nothing without the variables, or for a value with no host', () => {
    expect(gitAuthSecretsFromEnv('https://github.com/o/r.git', { GITHUB_TOKEN: 't' })).toEqual([]);
    expect(gitAuthSecretsFromEnv('not a url', { BUILDX_BAKE_GIT_AUTH_TOKEN: 't' })).toEqual([]);
  });

  it('the host of every form of Git URL', () => {
    expect(gitHost('https://github.com/o/r.git#x')).toBe('github.com');
    expect(gitHost('http://127.0.0.1:8080/o/r.git')).toBe('127.0.0.1:8080');
    expect(gitHost('git@gitlab.com:o/r.git')).toBe('gitlab.com');
    expect(gitHost('github.com/o/r')).toBe('github.com');
  });
});

describe('sharesGitHost and runTargetSpecs: the credentials go to the builds on the same host only', () => {
  const url = 'https://GitHub.com/o/r.git#main';
  it('a remote context on the same host (case-insensitive), not another host, not a local directory', () => {
    expect(sharesGitHost(url, 'https://github.com/o/other.git', isRemote)).toBe(true);
    expect(sharesGitHost(url, 'https://gitlab.com/o/r.git', isRemote)).toBe(false);
    expect(sharesGitHost(url, '/work/github.com', isRemote)).toBe(false);
  });

  it('bound to the targets whose context is the repository, next to the workflow secrets bound to all', () => {
    const definition = resolveBake(
      {
        files: [],
        targets: ['default'],
        set: [],
        cwd: '/work',
        env: {},
        remoteDefinition: url,
      },
      [
        {
          name: 'docker-bake.hcl',
          data: 'group "default" { targets = ["repo", "local", "other"] }\ntarget "repo" {}\ntarget "local" { context = "cwd://src" }\ntarget "other" { context = "https://gitlab.com/x/y.git" }\n',
        },
      ],
    );
    const auth = [{ id: 'GIT_AUTH_TOKEN.github.com', env: 'BUILDX_BAKE_GIT_AUTH_TOKEN' }];
    const specs = runTargetSpecs(definition, {
      cwd: '/work',
      remoteDefinition: url,
      gitAuthSecrets: auth,
      secrets: [{ id: 'npm', value: 'x' }],
    });
    const ids = Object.fromEntries(specs.map((s) => [s.name, s.secrets.map((x) => x.id)]));
    expect(ids).toEqual({ repo: ['npm', 'GIT_AUTH_TOKEN.github.com'], local: ['npm'], other: ['npm'] });
  });
});
