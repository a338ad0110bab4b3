/**
 * The Docker client's config dir by docker/cli's rule (DOCKER_CONFIG, else $HOME/.docker with HOME from the given
 * environment, the user's home from the system only without one), and buildx's store inside it.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildxConfigDir, dockerConfigDir } from '../../../../src/buildkit/dockerconfig/config-dir.js';

describe('dockerConfigDir', () => {
  test('DOCKER_CONFIG wins over HOME', () => {
    expect(dockerConfigDir({ DOCKER_CONFIG: '/etc/docker-client', HOME: '/home/someone' })).toBe('/etc/docker-client');
  });

  test('without DOCKER_CONFIG: .docker in the HOME of the given environment, not the process home', () => {
    const home = '/home/not-the-process-home';
    expect(home).not.toBe(homedir());
    expect(dockerConfigDir({ HOME: home })).toBe(join(home, '.docker'));
  });

  test('without HOME (or with empty values): .docker in the user home the system reports', () => {
    expect(dockerConfigDir({})).toBe(join(homedir(), '.docker'));
    expect(dockerConfigDir({ DOCKER_CONFIG: '', HOME: '' })).toBe(join(homedir(), '.docker'));
  });
});

describe('buildxConfigDir', () => {
  test('BUILDX_CONFIG wins, else buildx inside the Docker config dir', () => {
    expect(buildxConfigDir({ BUILDX_CONFIG: '/bx', DOCKER_CONFIG: '/dc' })).toBe('/bx');
    expect(buildxConfigDir({ DOCKER_CONFIG: '/dc' })).toBe('/dc/buildx');
    expect(buildxConfigDir({ HOME: '/home/someone' })).toBe('/home/someone/.docker/buildx');
  });
});
