/**
 * SSH forwarding (session/ssh.ts) on the session's own gRPC server, driven by grpc-js's client as the daemon drives it
 * (CheckAgent, then one ForwardAgent stream per connection, the id in `buildkit.ssh.id`), against REAL OpenSSH agents:
 * one started here as "the runner's agent" holding a key made by ssh-keygen, and the private agents the forwarder
 * starts itself for key files. Answers are checked as an SSH client would: the listed key is the generated one, and a
 * signature made through the forwarder verifies with its public key.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serviceDefinition } from '../../../../src/buildkit/proto/grpc-service.js';
import { SSH_ID_HEADER } from '../../../../src/buildkit/proto/sshforward.js';
import { SSH_SERVICE } from '../../../../src/buildkit/proto/sshforward.pb.js';
import { RpcServer } from '../../../../src/buildkit/grpc/server.js';
import { SshConfigError, SshForwarder, resolveSshSources } from '../../../../src/buildkit/session/ssh.js';

type SshClient = grpc.Client & {
  CheckAgent(req: object, md: grpc.Metadata, cb: (err: grpc.ServiceError | null) => void): void;
  ForwardAgent(md: grpc.Metadata): grpc.ClientDuplexStream<{ data: Buffer }, { data: Buffer }>;
};

let tmp: string;
/** the generated keys: k1 without passphrase, k2 (OpenSSH format) and k3 (PEM) with one */
let k1: string;
let k2: string;
let k3: string;
/** "the runner's agent", holding k1 */
let runnerAgent: ChildProcess;
let runnerSock: string;

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
const sshString = (b: Buffer | string) => Buffer.concat([u32(Buffer.byteLength(b)), Buffer.from(b)]);
const message = (type: number, ...body: Buffer[]) => {
  const payload = Buffer.concat([Buffer.from([type]), ...body]);
  return Buffer.concat([u32(payload.length), payload]);
};
/** The public key blob of a `.pub` file (its base64 field). */
const pubBlob = (file: string) => Buffer.from(fs.readFileSync(file, 'utf8').split(' ')[1], 'base64');

/** Reads SSH strings from an agent answer. */
function readStrings(b: Buffer, at: number, count: number): { values: Buffer[]; at: number } {
  const values: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const n = b.readUInt32BE(at);
    values.push(b.subarray(at + 4, at + 4 + n));
    at += 4 + n;
  }
  return { values, at };
}

async function startAgent(sock: string): Promise<ChildProcess> {
  const child = spawn('ssh-agent', ['-D', '-a', sock], { stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('SSH_AUTH_SOCK')) resolve();
    });
    child.once('error', reject);
    child.once('exit', () => reject(new Error('ssh-agent exited')));
  });
  child.stdout.resume();
  return child;
}

/** A forwarder served on a unix socket, with a grpc-js client to it. */
async function serve(fwd: SshForwarder): Promise<{ client: SshClient; close: () => void }> {
  const server = new RpcServer();
  server.addService(serviceDefinition(SSH_SERVICE), fwd.handlers());
  const sock = path.join(fs.mkdtempSync(path.join(tmp, 'srv-')), 's.sock');
  const listener = net.createServer((s) => server.serve(s));
  await new Promise<void>((resolve) => listener.listen(sock, resolve));
  const Client = grpc.makeGenericClientConstructor(serviceDefinition(SSH_SERVICE), 'SSH');
  const client = new Client(`unix://${sock}`, grpc.credentials.createInsecure()) as unknown as SshClient;
  return {
    client,
    close: () => {
      client.close();
      server.close();
      listener.close();
      fwd.close();
    },
  };
}

function checkAgent(client: SshClient, id: string): Promise<grpc.ServiceError | null> {
  return new Promise((resolve) => client.CheckAgent({ ID: id }, new grpc.Metadata(), (err) => resolve(err)));
}

/** One forwarded agent connection: send request bytes (in any framing), read whole answers. */
class Forwarded {
  readonly stream: grpc.ClientDuplexStream<{ data: Buffer }, { data: Buffer }>;
  private buffered = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  error?: grpc.ServiceError;
  ended = false;

  constructor(client: SshClient, id?: string) {
    const md = new grpc.Metadata();
    if (id !== undefined) md.set(SSH_ID_HEADER, id);
    this.stream = client.ForwardAgent(md);
    this.stream.on('data', (m: { data: Buffer }) => {
      this.buffered = Buffer.concat([this.buffered, m.data]);
      this.wake();
    });
    this.stream.on('error', (err: grpc.ServiceError) => {
      this.error = err;
      this.wake();
    });
    this.stream.on('end', () => {
      this.ended = true;
      this.wake();
    });
  }

  private wake() {
    for (const w of this.waiters.splice(0)) w();
  }

  send(...chunks: Buffer[]): void {
    for (const c of chunks) this.stream.write({ data: c });
  }

  /** The next whole answer: [type, body]. */
  async answer(): Promise<{ type: number; body: Buffer }> {
    for (;;) {
      if (this.buffered.length >= 4 && this.buffered.length >= 4 + this.buffered.readUInt32BE(0)) {
        const n = this.buffered.readUInt32BE(0);
        const m = this.buffered.subarray(4, 4 + n);
        this.buffered = this.buffered.subarray(4 + n);
        return { type: m[0], body: m.subarray(1) };
      }
      if (this.error) throw this.error;
      if (this.ended) throw new Error('the call ended without an answer');
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  /** Half-closes and waits for the call's status. */
  async finish(): Promise<grpc.ServiceError | undefined> {
    this.stream.end();
    while (!this.ended && !this.error) await new Promise<void>((r) => this.waiters.push(r));
    return this.error;
  }
}

/** REQUEST_IDENTITIES → the key blobs listed. */
async function listKeys(f: Forwarded): Promise<Buffer[]> {
  f.send(message(11));
  const { type, body } = await f.answer();
  expect(type).toBe(12); // IDENTITIES_ANSWER
  const count = body.readUInt32BE(0);
  const keys: Buffer[] = [];
  let at = 4;
  for (let i = 0; i < count; i++) {
    const r = readStrings(body, at, 2);
    keys.push(r.values[0]);
    at = r.at;
  }
  return keys;
}

/** SIGN_REQUEST with an Ed25519 key → true when the signature verifies with the key's public part. */
async function signVerifies(f: Forwarded, blob: Buffer, data: Buffer): Promise<boolean> {
  f.send(message(13, sshString(blob), sshString(data), u32(0)));
  const { type, body } = await f.answer();
  expect(type).toBe(14); // SIGN_RESPONSE
  const [sigBlob] = readStrings(body, 0, 1).values;
  const [format, signature] = readStrings(sigBlob, 0, 2).values;
  expect(format.toString()).toBe('ssh-ed25519');
  const [, pub] = readStrings(blob, 0, 2).values;
  const key = crypto.createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: pub.toString('base64url') },
    format: 'jwk',
  });
  return crypto.verify(null, data, key, signature);
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ssh-forward-'));
  k1 = path.join(tmp, 'k1');
  k2 = path.join(tmp, 'k2');
  k3 = path.join(tmp, 'k3');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'k1', '-f', k1]);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'secret-phrase', '-C', 'k2', '-f', k2]);
  execFileSync('ssh-keygen', ['-q', '-t', 'rsa', '-b', '2048', '-m', 'PEM', '-N', 'secret-phrase', '-f', k3]);
  runnerSock = path.join(tmp, 'runner.sock');
  runnerAgent = await startAgent(runnerSock);
  execFileSync('ssh-add', ['-q', k1], { env: { ...process.env, SSH_AUTH_SOCK: runnerSock }, stdio: 'ignore' });
});

afterAll(() => {
  runnerAgent?.kill();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('resolving ssh entries (as sshprovider.NewSSHAgentProvider)', () => {
  test('default and an id without paths are $SSH_AUTH_SOCK; a socket path is that agent; other paths are key files', () => {
    const sources = resolveSshSources(
      [
        { id: 'default', paths: [] },
        { id: 'other', paths: [''] },
        { id: 'sock', paths: [runnerSock] },
        { id: 'keys', paths: [k1, `${k1}`] },
      ],
      { SSH_AUTH_SOCK: runnerSock },
    );
    expect(Object.fromEntries(sources)).toEqual({
      default: { kind: 'socket', path: runnerSock },
      other: { kind: 'socket', path: runnerSock },
      sock: { kind: 'socket', path: runnerSock },
      keys: { kind: 'keys', files: [k1, k1] },
    });
    expect([...resolveSshSources([{ id: '', paths: [k1] }], {}).keys()]).toEqual(['default']);
  });

  test('what cannot be served fails at once, naming the id', () => {
    const fails = (specs: Array<{ id: string; paths: string[] }>, env: NodeJS.ProcessEnv = {}) => {
      try {
        resolveSshSources(specs, env);
      } catch (err) {
        expect(err).toBeInstanceOf(SshConfigError);
        return (err as Error).message;
      }
      throw new Error('expected a failure');
    };
    expect(fails([{ id: 'default', paths: [] }])).toMatch(
      /^ssh "default": invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set/,
    );
    expect(fails([{ id: 'x', paths: [path.join(tmp, 'missing')] }])).toBe(
      `ssh "x": ${path.join(tmp, 'missing')}: no such file or socket`,
    );
    expect(fails([{ id: 'x', paths: [k1, runnerSock] }])).toBe('ssh "x": invalid combination of keys and sockets');
    expect(fails([{ id: 'x', paths: [runnerSock, k1] }])).toBe('ssh "x": only single socket allowed');
    expect(
      fails([
        { id: 'x', paths: [k1] },
        { id: 'x', paths: [k1] },
      ]),
    ).toBe('ssh "x": duplicate agent ID "x"');
    expect(fails([{ id: 'x', paths: [`${k1}.pub`] }])).toMatch(
      /failed to parse .*k1\.pub: not an agent socket, and no private key found in it/,
    );
    expect(fails([{ id: 'x', paths: [tmp] }])).toMatch(/is a directory/);
  });

  test('a key with a passphrase fails clearly (OpenSSH and PEM formats)', () => {
    for (const key of [k2, k3]) {
      expect(() => new SshForwarder([{ id: 'deploy', paths: [key] }], { env: {} })).toThrow(
        `ssh "deploy": failed to parse ${key}: this private key is passphrase protected, and bakekit cannot ask for a passphrase`,
      );
    }
  });
});

describe('CheckAgent and ForwardAgent against a real ssh-agent', () => {
  test("CheckAgent: known ids answer, an empty id is default, an unknown one is NOT_FOUND in BuildKit's words", async () => {
    const { client, close } = await serve(
      new SshForwarder([{ id: 'default', paths: [] }], { env: { SSH_AUTH_SOCK: runnerSock } }),
    );
    try {
      expect(await checkAgent(client, 'default')).toBeNull();
      expect(await checkAgent(client, '')).toBeNull();
      const err = await checkAgent(client, 'nope');
      expect(err?.code).toBe(grpc.status.NOT_FOUND);
      expect(err?.details).toBe('unset ssh forward key nope');
    } finally {
      close();
    }
  });

  test('a forwarder without entries (what every session has) knows no id', async () => {
    const fwd = new SshForwarder([], { env: { SSH_AUTH_SOCK: runnerSock } });
    const { client, close } = await serve(fwd);
    try {
      expect((await checkAgent(client, 'default'))?.code).toBe(grpc.status.NOT_FOUND);
      const f = new Forwarded(client);
      const err = await f.finish();
      expect(err?.code).toBe(grpc.status.NOT_FOUND);
      expect(err?.details).toBe('unset ssh forward key default');
      expect(fwd.forwarded).toEqual([]);
    } finally {
      close();
    }
  });

  test("ForwardAgent lists the agent's key and signs with it; requests in any framing, answers in order", async () => {
    const fwd = new SshForwarder([{ id: 'default', paths: [] }], { env: { SSH_AUTH_SOCK: runnerSock } });
    const { client, close } = await serve(fwd);
    try {
      const f = new Forwarded(client); // no id header: default, as BuildKit's provider
      expect(await listKeys(f)).toEqual([pubBlob(`${k1}.pub`)]);
      expect(await signVerifies(f, pubBlob(`${k1}.pub`), Buffer.from('payload to sign'))).toBe(true);
      // one request split over three messages, then two requests in one message
      const req = message(11);
      f.send(req.subarray(0, 2), req.subarray(2, 4), req.subarray(4));
      expect((await f.answer()).type).toBe(12);
      f.send(Buffer.concat([message(11), message(1)]));
      expect((await f.answer()).type).toBe(12);
      expect(await f.answer()).toEqual({ type: 2, body: u32(0) }); // SSH1 identities: none, as x/crypto's agent says
      expect(await f.finish()).toBeUndefined(); // the daemon's half-close ends the call OK
      expect(fwd.forwarded).toEqual(['default']);
    } finally {
      close();
    }
  });

  test('read only: adding, removing, locking and extensions are refused without reaching the agent', async () => {
    const { client, close } = await serve(new SshForwarder([{ id: 'runner', paths: [runnerSock] }], { env: {} }));
    try {
      const f = new Forwarded(client, 'runner');
      for (const m of [
        message(19), // REMOVE_ALL_IDENTITIES
        message(18, sshString(pubBlob(`${k1}.pub`))), // REMOVE_IDENTITY
        message(22, sshString('pw')), // LOCK
        message(17, sshString('ssh-ed25519')), // ADD_IDENTITY (its body is never looked at)
        message(27, sshString('session-bind@openssh.com')), // EXTENSION
        message(99),
      ]) {
        f.send(m);
        expect(await f.answer()).toEqual({ type: 5, body: Buffer.alloc(0) }); // SSH_AGENT_FAILURE
      }
      expect(await listKeys(f)).toEqual([pubBlob(`${k1}.pub`)]);
      expect(await f.finish()).toBeUndefined();
      const listed = execFileSync('ssh-add', ['-l'], { env: { ...process.env, SSH_AUTH_SOCK: runnerSock } }).toString();
      expect(listed).toContain('k1 (ED25519)');
    } finally {
      close();
    }
  });

  test('an agent socket that stopped listening: UNAVAILABLE naming the id', async () => {
    const deadSock = path.join(tmp, 'dead.sock');
    const dead = net.createServer();
    await new Promise<void>((resolve) => dead.listen(deadSock, resolve));
    const fwd = new SshForwarder([{ id: 'gone', paths: [deadSock] }], { env: {} });
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    fs.writeFileSync(deadSock, ''); // a file no one listens on
    const { client, close } = await serve(fwd);
    try {
      const err = await new Forwarded(client, 'gone').finish();
      expect(err?.code).toBe(grpc.status.UNAVAILABLE);
      expect(err?.details).toMatch(/^failed to dial agent gone: /);
    } finally {
      close();
    }
  });
});

describe('key files: a private ssh-agent', () => {
  test('started on first use with just those keys, killed with its directory when the session closes', async () => {
    const privateTmp = fs.mkdtempSync(path.join(tmp, 'agents-'));
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp; // where the forwarder makes its agent's directory
    const fwd = new SshForwarder([{ id: 'deploy', paths: [k1] }], { env: {} });
    const { client, close } = await serve(fwd);
    try {
      expect(fs.readdirSync(privateTmp)).toEqual([]); // nothing started before the daemon asks
      expect(await checkAgent(client, 'deploy')).toBeNull();
      const [dir] = fs.readdirSync(privateTmp);
      expect(dir).toMatch(/^bakekit-ssh-/);
      expect(fs.statSync(path.join(privateTmp, dir)).mode & 0o777).toBe(0o700);
      const pids = () =>
        execFileSync('pgrep', ['-f', `ssh-agent -D -a ${path.join(privateTmp, dir)}`], { encoding: 'utf8' }).trim();
      expect(pids()).toMatch(/^\d+$/);

      const f = new Forwarded(client, 'deploy');
      expect(await listKeys(f)).toEqual([pubBlob(`${k1}.pub`)]);
      expect(await signVerifies(f, pubBlob(`${k1}.pub`), Buffer.from('deploy'))).toBe(true);
      await f.finish();
      // a second connection uses the same agent
      const g = new Forwarded(client, 'deploy');
      expect(await listKeys(g)).toHaveLength(1);
      await g.finish();
      expect(fs.readdirSync(privateTmp)).toHaveLength(1);

      close();
      expect(fs.readdirSync(privateTmp)).toEqual([]);
      await expect
        .poll(() => spawnStatus('pgrep', ['-f', `ssh-agent -D -a ${path.join(privateTmp, dir)}`]), { timeout: 5000 })
        .toBe(1);
    } finally {
      process.env.TMPDIR = savedTmp;
      if (savedTmp === undefined) delete process.env.TMPDIR;
      close();
    }
  });

  test("a key ssh-add refuses fails CheckAgent with ssh-add's reason", async () => {
    const bad = path.join(tmp, 'bad-key');
    fs.writeFileSync(bad, '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n', {
      mode: 0o600,
    });
    const { client, close } = await serve(new SshForwarder([{ id: 'bad', paths: [bad] }], { env: {} }));
    try {
      const err = await checkAgent(client, 'bad');
      expect(err?.code).toBe(grpc.status.FAILED_PRECONDITION);
      expect(err?.details).toMatch(/^ssh "bad": cannot load the key files .*bad-key \(ssh-add exited 1\): /);
    } finally {
      close();
    }
  });
});

function spawnStatus(cmd: string, args: string[]): number | null {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return 0;
  } catch (err) {
    return (err as { status: number | null }).status;
  }
}
