/** Image references normalised as Docker does, the Docker Hub API host and loopback registries. */
import { describe, expect, it } from 'vitest';
import {
  apiHost,
  formatReference,
  InvalidReferenceError,
  isLoopbackHost,
  parseReference,
} from '../../../../src/buildkit/registry/reference.js';

describe('parseReference', () => {
  it.each([
    ['busybox', 'docker.io/library/busybox', undefined],
    ['user/app:1.2', 'docker.io/user/app:1.2', '1.2'],
    ['localhost:5000/app', 'localhost:5000/app', undefined],
    ['localhost/app:v', 'localhost/app:v', 'v'],
    ['ghcr.io/o/r/sub:tag', 'ghcr.io/o/r/sub:tag', 'tag'],
    ['127.0.0.1:5001/a/b@sha256:' + 'a'.repeat(64), '127.0.0.1:5001/a/b@sha256:' + 'a'.repeat(64), undefined],
    ['index.docker.io/library/x', 'docker.io/library/x', undefined],
  ])('%s → %s', (input, formatted, tag) => {
    const r = parseReference(input);
    expect(formatReference(r)).toBe(formatted);
    expect(r.tag).toBe(tag);
  });

  it('rejects upper-case repositories and bad tags', () => {
    expect(() => parseReference('docker.io/User/app')).toThrow(/invalid repository name/);
    expect(() => parseReference('app:bad tag')).toThrow(/invalid/);
    expect(() => parseReference('')).toThrow(/empty/);
  });

  it('malformed references are InvalidReferenceError, not the global ReferenceError', () => {
    const error = (() => {
      try {
        parseReference('app:bad tag');
      } catch (err) {
        return err;
      }
    })();
    expect(error).toBeInstanceOf(InvalidReferenceError);
    expect(error).not.toBeInstanceOf(ReferenceError);
    expect((error as Error).name).toBe('InvalidReferenceError');
  });

  it('knows Docker Hub API host and loopback registries', () => {
    expect(apiHost('docker.io')).toBe('registry-1.docker.io');
    expect(apiHost('ghcr.io')).toBe('ghcr.io');
    expect(isLoopbackHost('127.0.0.1:5000')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('[::1]:5000')).toBe(true);
    expect(isLoopbackHost('registry.example.com:5000')).toBe(false);
  });
});
