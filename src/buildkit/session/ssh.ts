/**
 * SSH agent forwarding: serves `moby.sshforward.v1.SSH` (proto/sshforward.ts) for `RUN --mount=type=ssh` and git
 * contexts fetched over SSH. The daemon asks CheckAgent whether an id is forwarded (mounts without `required` only
 * fail on NotFound / Unimplemented), then opens one ForwardAgent call per connection a build process makes to the
 * socket it mounts, the id in the `buildkit.ssh.id` header; the call carries the agent protocol's bytes both ways.
 *
 * What an id stands for, as buildx's CreateSSH → BuildKit's sshprovider.NewSSHAgentProvider resolve it (once, when
 * the forwarder is made: a bad entry fails before any build starts):
 *  - no paths (`default`, `id`): the agent at $SSH_AUTH_SOCK;
 *  - `id=SOCKET`: the agent listening on that unix socket (one socket per id, never mixed with key files);
 *  - `id=KEY[,KEY…]`: private key files, served by an agent that holds only them.
 *
 * Key files. buildx parses them (golang.org/x/crypto/ssh) into an in-process keyring agent. bakekit instead starts a
 * private OpenSSH `ssh-agent` and loads them with `ssh-add`: an in-process agent would be a second SSH implementation
 * (OpenSSH's key format, and RSA SHA-2 / ECDSA / Ed25519 signing with the agent's flags) to keep right, whereas
 * OpenSSH is the reference and is on every runner (Debian package openssh-client). The agent runs in the foreground
 * (`-D`, our child process), listens in a fresh 0700 temporary directory, is started only when the daemon first asks
 * for its id, and is killed (its directory removed) when the session closes, or when this process exits. A key with a
 * passphrase fails when the forwarder is made, with a message saying what to do instead: nothing here can ask for a
 * passphrase (and `ssh-add` is run without a terminal, so it never prompts).
 *
 * Read only, as BuildKit's provider is for agent sockets (readOnlyAgent): listing identities, signing and unlocking
 * reach the agent; adding or removing keys, locking, extensions and anything unknown are answered SSH_AGENT_FAILURE
 * here without reaching it, so a build cannot change the runner's agent. (BuildKit's in-process keyring for key files
 * would accept changes, to itself only; the private agent is refused them too, which a build cannot tell apart.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import type * as grpc from '@grpc/grpc-js';
import { toStatusError } from '../grpc/errors.js';
import { Code, StatusError } from '../grpc/status.js';
import { DEFAULT_SSH_ID, SSH_ID_HEADER } from '../proto/sshforward.js';
import type { ServiceHandlers } from '../proto/grpc-service.js';
import { SSH_SERVICE, type BytesMessage, type SSHMethods } from '../proto/sshforward.pb.js';
import type { Attachable } from './attachable.js';

export interface SshSpec {
  /** the id a mount names (`RUN --mount=type=ssh,id=…`); empty means `default` */
  id: string;
  /** an agent socket, or private key files; none: $SSH_AUTH_SOCK */
  paths: string[];
}

/** An ssh entry that cannot be served: a missing path, a passphrase-protected key, no SSH_AUTH_SOCK... */
export class SshConfigError extends Error {
  override readonly name = 'SshConfigError';
}

export type SshSource = { kind: 'socket'; path: string } | { kind: 'keys'; files: string[] };

/** Largest key file read (as BuildKit reads them), and largest agent message passed either way (x/crypto agent). */
const MAX_KEY_FILE = 100 * 1024;
const MAX_AGENT_MESSAGE = 16 << 20;

// SSH agent protocol (draft-miller-ssh-agent) message numbers used here.
const SSH_AGENT_FAILURE = 5;
const SSH_AGENTC_REQUEST_RSA_IDENTITIES = 1; // SSH1: x/crypto's agent answers it with an empty list
const SSH_AGENT_RSA_IDENTITIES_ANSWER = 2;
/** Requests passed to the agent: list identities, sign, unlock (what BuildKit's readOnlyAgent lets through). */
const PASSED = new Set([11 /* REQUEST_IDENTITIES */, 13 /* SIGN_REQUEST */, 23 /* UNLOCK */]);

/**
 * The agent behind each id, checked now. Mirrors sshprovider's AgentConfig.toDialer/toDialer; messages name the id.
 */
export function resolveSshSources(
  specs: readonly SshSpec[],
  env: NodeJS.ProcessEnv = process.env,
): Map<string, SshSource> {
  const out = new Map<string, SshSource>();
  for (const spec of specs) {
    const id = spec.id || DEFAULT_SSH_ID;
    const fail = (why: string, cause?: unknown) => new SshConfigError(`ssh "${id}": ${why}`, { cause });
    if (out.has(id)) throw fail(`duplicate agent ID "${id}"`);
    let paths = spec.paths.filter((p) => p !== '');
    if (paths.length === 0) {
      const sock = env.SSH_AUTH_SOCK;
      if (!sock)
        throw fail(
          'invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set (or name an agent socket or key files: id=PATH[,PATH…])',
        );
      paths = [sock];
    }
    let socket: string | undefined;
    const keys: string[] = [];
    for (const p of paths) {
      if (socket !== undefined) throw fail('only single socket allowed');
      let st: fs.Stats;
      try {
        st = fs.statSync(p);
      } catch (err) {
        throw fail(
          `${p}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or socket' : (err as Error).message}`,
          err,
        );
      }
      if (st.isSocket()) {
        socket = p;
        continue;
      }
      checkKeyFile(p, id);
      keys.push(p);
    }
    if (socket !== undefined && keys.length) throw fail('invalid combination of keys and sockets');
    out.set(id, socket !== undefined ? { kind: 'socket', path: socket } : { kind: 'keys', files: keys });
  }
  return out;
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/;
const KEY_TYPES = new Set([
  'RSA PRIVATE KEY',
  'PRIVATE KEY',
  'EC PRIVATE KEY',
  'DSA PRIVATE KEY',
  'OPENSSH PRIVATE KEY',
  'ENCRYPTED PRIVATE KEY',
]);

/** Fails unless `file` holds an unencrypted private key in a format OpenSSH (and BuildKit) load. */
function checkKeyFile(file: string, id: string): void {
  const fail = (why: string, cause?: unknown) =>
    new SshConfigError(`ssh "${id}": failed to parse ${file}: ${why}`, { cause });
  let text: string;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(MAX_KEY_FILE);
      text = buf.subarray(0, fs.readSync(fd, buf, 0, MAX_KEY_FILE, 0)).toString('latin1');
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    throw fail(
      (err as NodeJS.ErrnoException).code === 'EISDIR'
        ? 'is a directory, neither an agent socket nor a key file'
        : (err as Error).message,
      err,
    );
  }
  const m = PEM_BLOCK.exec(text);
  if (!m) throw fail('not an agent socket, and no private key found in it');
  const [, type, body] = m as unknown as [string, string, string];
  if (!KEY_TYPES.has(type)) throw fail(`unsupported key type "${type}"`);
  if (encrypted(type, body)) {
    throw fail(
      'this private key is passphrase protected, and bakekit cannot ask for a passphrase: load the key into an ssh-agent ' +
        `(ssh-add) and forward that agent instead (ssh = ["${id}"] with SSH_AUTH_SOCK set, or "${id}=<agent socket>")`,
    );
  }
}

function encrypted(type: string, body: string): boolean {
  if (type === 'ENCRYPTED PRIVATE KEY' || /^Proc-Type:\s*4,ENCRYPTED/m.test(body)) return true;
  if (type !== 'OPENSSH PRIVATE KEY') return false;
  // openssh-key-v1: the magic, then the cipher name as an SSH string; "none" for a key without passphrase
  const raw = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  const MAGIC = 'openssh-key-v1\0';
  if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC || raw.length < MAGIC.length + 4) return false; // ssh-add will say
  const len = raw.readUInt32BE(MAGIC.length);
  return raw.subarray(MAGIC.length + 4, MAGIC.length + 4 + len).toString('latin1') !== 'none';
}

export class SshForwarder implements Attachable {
  readonly serviceName = SSH_SERVICE;
  /** ids of the ForwardAgent calls served so far, in order; tests use it to prove the agent was reached */
  readonly forwarded: string[] = [];
  private readonly sources: Map<string, SshSource>;
  private readonly agents = new Map<string, PrivateAgent>();
  private readonly connections = new Set<net.Socket>();
  private closed = false;

  /** Resolves every entry now (resolveSshSources): throws SshConfigError for one that cannot be served; or takes
   * sources resolveSshSources already gave (the runner checks every target's before anything starts). No entries:
   * a forwarder that knows no id, which is what buildx attaches to a build without `ssh`. */
  constructor(specs: readonly SshSpec[] | ReadonlyMap<string, SshSource> = [], opts: { env?: NodeJS.ProcessEnv } = {}) {
    this.sources =
      specs instanceof Map
        ? new Map<string, SshSource>(specs as ReadonlyMap<string, SshSource>)
        : resolveSshSources(specs as readonly SshSpec[], opts.env ?? process.env);
  }

  /** The ids served. */
  get ids(): string[] {
    return [...this.sources.keys()];
  }

  handlers(): grpc.UntypedServiceImplementation {
    return {
      CheckAgent: (call, callback) => {
        const id = call.request?.ID || DEFAULT_SSH_ID;
        this.agentSocket(id).then(
          () => callback(null, {}),
          (err: unknown) => callback(toStatusError(err)),
        );
      },
      ForwardAgent: (call) => void this.forward(call),
    } satisfies ServiceHandlers<SSHMethods>;
  }

  /** Drops the forwarded connections and stops the private agents. */
  close(): void {
    this.closed = true;
    for (const c of this.connections) c.destroy();
    this.connections.clear();
    for (const a of this.agents.values()) a.stop();
    this.agents.clear();
  }

  /** The socket of id's agent, starting the private agent of key files on first use; a status error otherwise. */
  private async agentSocket(id: string): Promise<string> {
    const source = this.sources.get(id);
    // BuildKit's words (sshprovider: "unset ssh forward key"), with the code its secrets provider uses for an unknown id
    if (!source) throw new StatusError(Code.NOT_FOUND, `unset ssh forward key ${id}`);
    if (source.kind === 'socket') return source.path;
    if (this.closed) throw new StatusError(Code.UNAVAILABLE, 'the session is closing');
    let agent = this.agents.get(id);
    if (!agent) this.agents.set(id, (agent = new PrivateAgent(source.files)));
    try {
      return await agent.socket;
    } catch (err) {
      throw new StatusError(Code.FAILED_PRECONDITION, `ssh "${id}": ${(err as Error).message}`, { cause: err });
    }
  }

  private async forward(call: grpc.ServerDuplexStream<BytesMessage, BytesMessage>): Promise<void> {
    const id = headerValue(call.metadata, SSH_ID_HEADER) || DEFAULT_SSH_ID;
    let agent: net.Socket | undefined;
    try {
      const socketPath = await this.agentSocket(id);
      agent = await dial(socketPath).catch((err: Error) => {
        throw new StatusError(Code.UNAVAILABLE, `failed to dial agent ${id}: ${err.message}`, { cause: err });
      });
      if (this.closed || call.cancelled) {
        agent.destroy();
        return;
      }
      this.connections.add(agent);
      this.forwarded.push(id);
      call.on('cancelled', () => agent!.destroy());
      await relay(call, agent);
      if (!call.cancelled && !call.destroyed && !call.writableEnded) call.end();
    } catch (err) {
      if (call.cancelled || call.destroyed || call.writableEnded) return;
      call.emit('error', toStatusError(err));
    } finally {
      if (agent) {
        agent.destroy();
        this.connections.delete(agent);
      }
    }
  }
}

/**
 * Passes the daemon's agent requests to the agent one at a time, each followed by the agent's answer; requests that
 * would change the agent are answered here (see the header). Returns when either side is done.
 */
async function relay(call: grpc.ServerDuplexStream<BytesMessage, BytesMessage>, agent: net.Socket): Promise<void> {
  const answers = new FrameReader(agent);
  let pending: Buffer = Buffer.alloc(0);
  try {
    // not destroyOnReturn: the call must outlive the loop, to be ended with its status
    for await (const message of (call as unknown as Readable).iterator({
      destroyOnReturn: false,
    }) as AsyncIterable<BytesMessage>) {
      pending = pending.length
        ? Buffer.concat([pending, message.data ?? Buffer.alloc(0)])
        : (message.data ?? Buffer.alloc(0));
      for (;;) {
        if (pending.length < 4) break;
        const length = pending.readUInt32BE(0);
        if (length > MAX_AGENT_MESSAGE)
          throw new StatusError(Code.RESOURCE_EXHAUSTED, `ssh agent request of ${length} bytes is too large`);
        if (pending.length < 4 + length) break;
        const request = pending.subarray(0, 4 + length);
        pending = pending.subarray(4 + length);
        const type = length > 0 ? request[4] : -1;
        let answer: Buffer | undefined;
        if (PASSED.has(type)) {
          agent.write(request);
          answer = await answers.next();
          if (!answer) return; // the agent hung up: so does the build's connection (BuildKit's Copy ends the call alike)
        } else {
          answer =
            type === SSH_AGENTC_REQUEST_RSA_IDENTITIES
              ? frame(Buffer.from([SSH_AGENT_RSA_IDENTITIES_ANSWER, 0, 0, 0, 0]))
              : frame(Buffer.from([SSH_AGENT_FAILURE]));
        }
        if (call.cancelled || call.destroyed) return;
        call.write({ data: answer });
      }
    }
  } catch (err) {
    if (call.cancelled || call.destroyed) return; // the daemon went away: iterating the call fails, nothing to report
    throw err;
  } finally {
    answers.dispose();
    agent.end();
  }
}

function frame(body: Buffer): Buffer {
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeUInt32BE(body.length, 0);
  body.copy(out, 4);
  return out;
}

/** Whole agent messages (4-byte length, body) read from a socket, one per next(); undefined once it ended. */
class FrameReader {
  private buffered: Buffer = Buffer.alloc(0);
  private ended = false;
  private error?: Error;
  private wake?: () => void;
  private readonly onData = (chunk: Buffer) => {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    this.wake?.();
  };
  private readonly onEnd = () => {
    this.ended = true;
    this.wake?.();
  };
  private readonly onError = (err: Error) => {
    this.error = err;
    this.onEnd();
  };

  constructor(private readonly socket: net.Socket) {
    socket.on('data', this.onData).on('end', this.onEnd).on('close', this.onEnd).on('error', this.onError);
  }

  async next(): Promise<Buffer | undefined> {
    for (;;) {
      if (this.buffered.length >= 4) {
        const length = this.buffered.readUInt32BE(0);
        if (length > MAX_AGENT_MESSAGE)
          throw new StatusError(Code.RESOURCE_EXHAUSTED, `ssh agent answer of ${length} bytes is too large`);
        if (this.buffered.length >= 4 + length) {
          const message = this.buffered.subarray(0, 4 + length);
          this.buffered = this.buffered.subarray(4 + length);
          return message;
        }
      }
      if (this.error)
        throw new StatusError(Code.UNAVAILABLE, `ssh agent connection: ${this.error.message}`, { cause: this.error });
      if (this.ended) return undefined;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }

  dispose(): void {
    this.socket.off('data', this.onData).off('end', this.onEnd).off('close', this.onEnd);
    this.socket.on('error', () => {}); // a late error of a socket being closed is not news
  }
}

function dial(socketPath: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect(socketPath);
    const timer = setTimeout(() => s.destroy(new Error('timed out after 2 s')), 2000); // BuildKit's dial timeout
    s.once('connect', () => {
      clearTimeout(timer);
      s.removeListener('error', reject);
      resolve(s);
    });
    s.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

function headerValue(md: grpc.Metadata | { get(key: string): Array<string | Buffer> }, key: string): string {
  const v = md.get(key)[0];
  return (typeof v === 'string' ? v : (v?.toString() ?? '')).split(', ')[0];
}

// ---------------------------------------------------------------------------------------------------------------

/** Private agents still running, killed (their directories removed) if this process exits with them (`exit` handlers
 * may only do sync work). A process killed outright (SIGKILL) leaves the agent, which a runner's job end reaps. */
const running = new Map<ChildProcess, string>();
let exitHookInstalled = false;
function killOnExit(child: ChildProcess, dir: string): void {
  running.set(child, dir);
  child.once('exit', () => running.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const [c, d] of running) {
      c.kill('SIGTERM');
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
}

/** An OpenSSH ssh-agent of our own holding `files` (see the header); started when made. */
class PrivateAgent {
  readonly socket: Promise<string>;
  private child?: ChildProcess;
  private dir?: string;
  private stopped = false;

  constructor(files: string[]) {
    this.socket = this.start(files);
    this.socket.catch(() => this.stop()); // awaited by every caller; this only cleans up
  }

  stop(): void {
    this.stopped = true;
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private async start(files: string[]): Promise<string> {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-ssh-')); // mode 0700
    const socketPath = path.join(this.dir, 'agent.sock');
    // Only what the tools need from the environment: no SSH_AUTH_SOCK of the runner, no askpass program.
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', SSH_ASKPASS_REQUIRE: 'never' };
    const child = spawn('ssh-agent', ['-D', '-a', socketPath], { stdio: ['ignore', 'pipe', 'pipe'], env });
    this.child = child;
    killOnExit(child, this.dir);
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`ssh-agent did not start within 10 s${output ? `: ${output.trim()}` : ''}`)),
        10_000,
      );
      const done = (err?: Error) => {
        clearTimeout(timer);
        if (err) reject(err);
        else resolve();
      };
      // -D prints the SSH_AUTH_SOCK line once it listens
      child.stdout.on('data', (d: Buffer) => {
        output += d.toString();
        if (output.includes('SSH_AUTH_SOCK')) done();
      });
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.once('error', (err: NodeJS.ErrnoException) =>
        done(
          new Error(
            err.code === 'ENOENT'
              ? "key files need OpenSSH's ssh-agent and ssh-add (Debian/Ubuntu package openssh-client), not found on PATH"
              : `cannot start ssh-agent: ${err.message}`,
          ),
        ),
      );
      child.once('exit', (code, signal) =>
        done(
          new Error(
            `ssh-agent exited (${signal ?? `status ${code}`}) before it listened${output ? `: ${output.trim()}` : ''}`,
          ),
        ),
      );
    });
    child.stdout.resume();
    child.stderr.resume();
    if (this.stopped) throw new Error('the session closed');
    await runSshAdd(files, { ...env, SSH_AUTH_SOCK: socketPath });
    if (this.stopped) throw new Error('the session closed');
    return socketPath;
  }
}

/** `ssh-add FILE…` into the private agent; detached (no controlling terminal) and without askpass, so never prompting. */
function runSshAdd(files: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('ssh-add', ['--', ...files], { stdio: ['ignore', 'ignore', 'pipe'], env, detached: true });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new Error(
          err.code === 'ENOENT'
            ? "key files need OpenSSH's ssh-add (Debian/Ubuntu package openssh-client), not found on PATH"
            : `cannot run ssh-add: ${err.message}`,
        ),
      );
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `cannot load the key files ${files.join(', ')} (ssh-add ${signal ?? `exited ${code}`}): ${
              stderr
                .trim()
                .split('\n')
                .filter((l) => !/^Enter passphrase/.test(l))
                .join('; ') || 'no reason given'
            }`,
          ),
        );
    });
  });
}
