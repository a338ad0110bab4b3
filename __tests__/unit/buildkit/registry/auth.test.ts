/** WWW-Authenticate challenges parsed as the registry sends them, and repository scopes merged per repository. */
import { describe, expect, it } from 'vitest';
import { mergeScopes, parseChallenges, repositoryScope } from '../../../../src/buildkit/registry/auth.js';

describe('WWW-Authenticate parsing and scopes', () => {
  it('parses bearer and basic challenges with quoted commas', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:a/b:pull,push"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:a/b:pull,push',
        },
      },
    ]);
    expect(parseChallenges('Basic realm="x"')).toEqual([{ scheme: 'basic', params: { realm: 'x' } }]);
    expect(parseChallenges('Basic realm="a", Bearer realm="b",service=s')).toEqual([
      { scheme: 'basic', params: { realm: 'a' } },
      { scheme: 'bearer', params: { realm: 'b', service: 's' } },
    ]);
    expect(parseChallenges(null)).toEqual([]);
  });

  it('merges scopes per repository', () => {
    expect(repositoryScope('a/b', ['push', 'pull', 'pull'])).toBe('repository:a/b:pull,push');
    expect(mergeScopes(['repository:a:pull', 'repository:a:push', 'repository:b:pull', 'registry:catalog:*'])).toEqual([
      'registry:catalog:*',
      'repository:a:pull,push',
      'repository:b:pull',
    ]);
  });
});
