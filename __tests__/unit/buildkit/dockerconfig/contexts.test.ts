/** The Docker CLI context store layout: meta.json and TLS dirs under contexts/, keyed by the SHA-256 of the name. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  contextId,
  contextMetaFile,
  contextStoreDir,
  contextTlsDir,
} from '../../../../src/buildkit/dockerconfig/contexts.js';

describe('Docker context store paths', () => {
  const env = { DOCKER_CONFIG: '/dc' };
  const id = createHash('sha256').update('remote').digest('hex');

  test('the store is contexts/ in the Docker config dir', () => {
    expect(contextStoreDir(env)).toBe('/dc/contexts');
    expect(contextStoreDir({ HOME: '/home/u' })).toBe('/home/u/.docker/contexts');
  });

  test('a context is stored under the hex SHA-256 of its name', () => {
    expect(contextId('remote')).toBe(id);
    expect(contextMetaFile('remote', env)).toBe(`/dc/contexts/meta/${id}/meta.json`);
    expect(contextTlsDir('remote', 'docker', env)).toBe(`/dc/contexts/tls/${id}/docker`);
  });
});
