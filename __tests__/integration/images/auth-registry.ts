/**
 * A throwaway distribution registry on a free loopback port that requires HTTP Basic auth (htpasswd), plus a
 * Docker config directory with credentials for it. The bcrypt hash comes from the system's crypt(3) through perl
 * (libxcrypt, as on Debian), or from `htpasswd` when that is installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export interface AuthRegistry {
  /** `127.0.0.1:PORT` */
  host: string;
  user: string;
  password: string;
  /** a DOCKER_CONFIG directory whose config.json holds the right credentials */
  dockerConfig: string;
  /** a DOCKER_CONFIG directory whose config.json holds a wrong password */
  wrongDockerConfig: string;
  /** fetch against the registry API with the right credentials */
  api(pathAndQuery: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

const BCRYPT_ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function bcrypt(password: string): string {
  const salt = Array.from(crypto.randomBytes(22), (b) => BCRYPT_ALPHABET[b % 64]).join('');
  // the last salt character only carries 2 bits: keep it one crypt(3) accepts as is
  const setting = `$2b$05$${salt.slice(0, 21)}e`;
  const perl = spawnSync('perl', ['-e', 'print crypt($ARGV[0], $ARGV[1])', password, setting], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (perl.status === 0 && perl.stdout.startsWith('$2b$')) return perl.stdout.trim();
  const htpasswd = spawnSync('htpasswd', ['-nbB', 'u', password], { encoding: 'utf8', timeout: 10_000 });
  if (htpasswd.status === 0) return htpasswd.stdout.trim().split(':')[1];
  throw new Error(
    'cannot make a bcrypt hash for the htpasswd file: neither perl crypt() with bcrypt nor htpasswd (apache2-utils) works',
  );
}

function writeDockerConfig(dir: string, host: string, user: string, password: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const auth = Buffer.from(`${user}:${password}`).toString('base64');
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ auths: { [host]: { auth } } }, null, 2));
}

export async function startAuthRegistry(): Promise<AuthRegistry> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-authreg-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const user = 'bakekit';
  const password = `pw-${crypto.randomBytes(6).toString('hex')}`;
  fs.writeFileSync(path.join(dir, 'htpasswd'), `${user}:${bcrypt(password)}\n`);
  fs.writeFileSync(
    path.join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: ${host}`,
      'auth:',
      '  htpasswd:',
      '    realm: bakekit-test',
      `    path: ${path.join(dir, 'htpasswd')}`,
      '',
    ].join('\n'),
  );
  const bin = ['docker-registry', 'registry'].find((b) => spawnSync('which', [b], { stdio: 'ignore' }).status === 0);
  if (!bin)
    throw new Error(
      'the distribution registry binary (docker-registry) is not installed: run scripts/test-host.sh registry',
    );
  const log = fs.openSync(path.join(dir, 'registry.log'), 'w');
  const child: ChildProcess = spawn(bin, ['serve', path.join(dir, 'config.yml')], { stdio: ['ignore', log, log] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const basic = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`registry exited: ${fs.readFileSync(path.join(dir, 'registry.log'), 'utf8').slice(-2000)}`);
    const res = await fetch(`http://${host}/v2/`).catch(() => undefined);
    if (res) {
      await res.body?.cancel();
      if (res.status === 401) break;
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the auth registry did not come up within 15 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  writeDockerConfig(path.join(dir, 'docker-config'), host, user, password);
  writeDockerConfig(path.join(dir, 'docker-config-wrong'), host, user, 'not-the-password');
  return {
    host,
    user,
    password,
    dockerConfig: path.join(dir, 'docker-config'),
    wrongDockerConfig: path.join(dir, 'docker-config-wrong'),
    api: (p, init = {}) =>
      fetch(`http://${host}${p}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), Authorization: basic },
      }),
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(t);
      }
      fs.closeSync(log);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
