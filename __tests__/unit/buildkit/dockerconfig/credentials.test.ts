/**
 * Registry credentials from a Docker config dir as the Docker CLI finds them: logins stored in config.json (auth,
 * username/password, identity token; Docker Hub under its v1 URL, other registries under host or URL keys), and
 * credential helpers (credHelpers before credsStore, then the stored logins when the helper knows nothing).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { dockerConfigDir } from '../../../../src/buildkit/dockerconfig/config-dir.js';
import { DockerConfigCredentials } from '../../../../src/buildkit/dockerconfig/credentials.js';

let tmp: string;
let dirs = 0;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-dockerconfig-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A config dir with this config.json (or none). */
function configDir(config?: unknown): string {
  const dir = path.join(tmp, `config-${dirs++}`);
  fs.mkdirSync(dir);
  if (config !== undefined)
    fs.writeFileSync(path.join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

const basic = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');

describe('stored logins', () => {
  test('auth, username/password and identity token entries', () => {
    const creds = new DockerConfigCredentials(
      configDir({
        auths: {
          'a.example': { auth: basic('alice', 'pa:ss') },
          'b.example': { username: 'bob', password: 'pw' },
          'c.example': { identitytoken: 'refresh-token', auth: basic('carol', 'x') },
        },
      }),
    );
    expect(creds.lookup('a.example')).toEqual({ username: 'alice', secret: 'pa:ss' });
    expect(creds.lookup('b.example')).toEqual({ username: 'bob', secret: 'pw' });
    expect(creds.lookup('c.example')).toEqual({ username: '', secret: 'refresh-token' });
    expect(creds.lookup('d.example')).toBeUndefined();
  });

  test('Docker Hub hosts find the login stored under https://index.docker.io/v1/', () => {
    const creds = new DockerConfigCredentials(
      configDir({ auths: { 'https://index.docker.io/v1/': { auth: basic('hub', 'secret') } } }),
    );
    for (const host of ['registry-1.docker.io', 'docker.io', 'index.docker.io']) {
      expect(creds.lookup(host)).toEqual({ username: 'hub', secret: 'secret' });
    }
  });

  test('other registries are also found under URL keys', () => {
    const creds = new DockerConfigCredentials(
      configDir({ auths: { 'https://reg.example:5000': { auth: basic('u', 'p') } } }),
    );
    expect(creds.lookup('reg.example:5000')).toEqual({ username: 'u', secret: 'p' });
  });

  test('a missing or malformed config.json means no credentials', () => {
    expect(new DockerConfigCredentials(configDir()).lookup('a.example')).toBeUndefined();
    expect(new DockerConfigCredentials(configDir('{not json')).lookup('a.example')).toBeUndefined();
  });

  test('without DOCKER_CONFIG, the logins of $HOME/.docker of the given environment (not of the process home)', () => {
    const home = path.join(tmp, 'home');
    fs.mkdirSync(path.join(home, '.docker'), { recursive: true });
    fs.writeFileSync(
      path.join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { 'a.example': { auth: basic('from-home', 'x') } } }),
    );
    const creds = new DockerConfigCredentials(dockerConfigDir({ HOME: home }));
    expect(creds.configDir).toBe(path.join(home, '.docker'));
    expect(creds.lookup('a.example')).toEqual({ username: 'from-home', secret: 'x' });
  });

  test('config.json is read once, on the first lookup', () => {
    const dir = configDir({ auths: { 'a.example': { auth: basic('old', 'x') } } });
    const creds = new DockerConfigCredentials(dir);
    fs.writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ auths: { 'a.example': { auth: basic('first', 'x') } } }),
    );
    expect(creds.lookup('a.example')?.username).toBe('first');
    fs.writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ auths: { 'a.example': { auth: basic('later', 'x') } } }),
    );
    expect(creds.lookup('a.example')?.username).toBe('first');
  });
});

describe('credential helpers', () => {
  const savedPath = process.env.PATH;

  /** docker-credential-<name> on PATH, answering `get` for the server URLs it knows. */
  function installHelper(name: string, answers: Record<string, { Username: string; Secret: string }>) {
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    const cases = Object.entries(answers)
      .map(([url, a]) => `  ${JSON.stringify(url)}) echo '${JSON.stringify({ ServerURL: url, ...a })}' ;;`)
      .join('\n');
    const script = `#!/bin/sh\n[ "$1" = get ] || exit 1\nurl=$(cat)\ncase "$url" in\n${cases}\n  *) echo 'credentials not found in native keychain'; exit 1 ;;\nesac\n`;
    fs.writeFileSync(path.join(bin, `docker-credential-${name}`), script, { mode: 0o755 });
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
  }
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  test('credHelpers for the registry before credsStore; "<token>" marks an identity token', () => {
    installHelper('store', { 'reg.example': { Username: 'from-store', Secret: 's1' } });
    installHelper('special', {
      'reg.example': { Username: 'from-special', Secret: 's2' },
      'tok.example': { Username: '<token>', Secret: 'idtok' },
    });
    const creds = new DockerConfigCredentials(
      configDir({ credsStore: 'store', credHelpers: { 'reg.example': 'special', 'tok.example': 'special' } }),
    );
    expect(creds.lookup('reg.example')).toEqual({ username: 'from-special', secret: 's2' });
    expect(creds.lookup('tok.example')).toEqual({ username: '', secret: 'idtok' });
  });

  test('Docker Hub is asked for under its v1 URL', () => {
    installHelper('store', { 'https://index.docker.io/v1/': { Username: 'hub', Secret: 'hs' } });
    const creds = new DockerConfigCredentials(configDir({ credsStore: 'store' }));
    expect(creds.lookup('registry-1.docker.io')).toEqual({ username: 'hub', secret: 'hs' });
  });

  test('a helper that knows nothing, or is not installed, falls back to the stored logins', () => {
    installHelper('store', {});
    const stored = { auths: { 'reg.example': { auth: basic('stored', 'x') } } };
    expect(new DockerConfigCredentials(configDir({ ...stored, credsStore: 'store' })).lookup('reg.example')).toEqual({
      username: 'stored',
      secret: 'x',
    });
    expect(
      new DockerConfigCredentials(configDir({ ...stored, credsStore: 'not-installed' })).lookup('reg.example'),
    ).toEqual({ username: 'stored', secret: 'x' });
    expect(new DockerConfigCredentials(configDir({ credsStore: 'store' })).lookup('other.example')).toBeUndefined();
  });
});
