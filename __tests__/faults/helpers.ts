/**
 * Fault-injection helpers: private daemons the tests may kill (the shared test host is never touched), a
 * connection wrapper that can cut session streams, the CLI as a child process, and measurements for
 * docs/reliability.md.
 *
 * Private buildkitd instances listen on /run/bakekit-faults/NAME.sock with state in /var/lib/bakekit-faults/NAME
 * (kept between runs so the base image is pulled once); every other path that defaults to a shared location (the
 * OTEL socket) is private too. Processes the daemon started (build containers) are recorded before the daemon is
 * killed and ended by pid afterwards: a SIGKILLed daemon cannot reap them itself.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { Duplex } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BuildkitConnection } from '../../src/buildkit/transport/connect.js';
import { sleep } from '../support/until.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUN_DIR = '/run/bakekit-faults';
const STATE_DIR = '/var/lib/bakekit-faults';
const BUILDKITD = '/usr/local/bin/buildkitd';
const BUILDCTL = '/usr/local/bin/buildctl';

export { sleep };

/** Polls `check` until it is truthy or `ms` passed; returns the last value. */
export async function waitFor<T>(check: () => T | Promise<T>, ms: number, every = 100): Promise<T> {
  const deadline = Date.now() + ms;
  let v = await check();
  while (!v && Date.now() < deadline) {
    await sleep(every);
    v = await check();
  }
  return v;
}

/** The bytes process `pid` has read so far (`rchar` of /proc/PID/io: every read, files and pipes; 0 once it is gone). */
export function bytesRead(pid: number): number {
  try {
    return Number(/^rchar:\s*(\d+)$/m.exec(fs.readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Every live descendant of `pid` (from /proc), deepest last. */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      /* gone meanwhile */
    }
  }
  const out: number[] = [];
  const visit = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      visit(c);
    }
  };
  visit(pid);
  return out;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function exited(proc: ChildProcess): Promise<void> {
  return proc.exitCode !== null || proc.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => proc.once('exit', () => r()));
}

/** A buildkitd of our own that tests may kill and restart. */
export class PrivateBuildkitd {
  readonly sock: string;
  readonly endpoint: string;
  readonly root: string;
  private proc?: ChildProcess;
  private logFd?: number;
  /** processes the daemon had started when it was killed: ended by pid in stop() */
  private orphans = new Set<number>();

  constructor(readonly name: string) {
    this.sock = `${RUN_DIR}/${name}.sock`;
    this.endpoint = `unix://${this.sock}`;
    this.root = `${STATE_DIR}/${name}`;
  }

  get logFile(): string {
    return `${RUN_DIR}/${this.name}.log`;
  }

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  /** Starts the daemon; with `wait`, resolves once it answers `buildctl debug workers` (bounded). */
  async start({ wait = true } = {}): Promise<void> {
    if (this.proc && this.proc.exitCode === null && this.proc.signalCode === null)
      throw new Error(`${this.name} already running`);
    fs.mkdirSync(RUN_DIR, { recursive: true });
    fs.mkdirSync(this.root, { recursive: true });
    await this.endStale();
    this.unmountLeftovers(); // the daemon is not running: whatever a killed one left mounted goes
    fs.rmSync(this.sock, { force: true });
    this.logFd = fs.openSync(this.logFile, 'a');
    this.proc = spawn(
      BUILDKITD,
      [
        '--addr',
        this.endpoint,
        '--root',
        this.root,
        '--config',
        '/etc/buildkit/buildkitd.toml',
        '--otel-socket-path',
        `${RUN_DIR}/${this.name}-otel.sock`,
        '--containerd-worker',
        'false',
        '--oci-worker-snapshotter',
        'auto',
      ],
      { stdio: ['ignore', this.logFd, this.logFd] },
    );
    if (wait) await this.ready();
  }

  /** A daemon on this root left by an aborted earlier run of these tests holds the root's lock: end it (by pid). */
  private async endStale(): Promise<void> {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let argv: string[];
      try {
        argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      } catch {
        continue;
      }
      if (argv[0] !== BUILDKITD || argv[argv.indexOf('--root') + 1] !== this.root) continue;
      const pid = Number(entry);
      process.kill(pid, 'SIGTERM');
      if (!(await waitFor(() => !alive(pid), 10_000))) process.kill(pid, 'SIGKILL');
      await waitFor(() => !alive(pid), 5000);
    }
  }

  async ready(ms = 30_000): Promise<void> {
    const ok = await waitFor(
      () =>
        spawnSync(BUILDCTL, ['--addr', this.endpoint, 'debug', 'workers'], { stdio: 'ignore', timeout: 5000 })
          .status === 0,
      ms,
      200,
    );
    if (!ok) throw new Error(`private buildkitd ${this.name} did not come up within ${ms} ms; see ${this.logFile}`);
  }

  /** Kills the daemon (SIGKILL by default: no cleanup, like a crash or an OOM kill). */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const proc = this.proc;
    if (!proc?.pid) return;
    for (const p of descendants(proc.pid)) this.orphans.add(p);
    proc.kill(signal);
    await exited(proc);
    if (this.logFd !== undefined) fs.closeSync(this.logFd);
    this.logFd = undefined;
  }

  /** Graceful stop (SIGTERM, then SIGKILL after 10 s), then ends what a killed daemon left behind. */
  async stop(): Promise<void> {
    const proc = this.proc;
    if (proc?.pid && proc.exitCode === null && proc.signalCode === null) {
      const timer = setTimeout(() => void this.kill('SIGKILL'), 10_000);
      await this.kill('SIGTERM');
      clearTimeout(timer);
    }
    this.reapOrphans();
    this.unmountLeftovers();
    fs.rmSync(this.sock, { force: true });
  }

  /**
   * A SIGKILLed daemon leaves its build containers' rootfs mounted under its root, and a restart does not unmount
   * them: with the daemon stopped, anything still mounted under this private root is ours to unmount.
   */
  unmountLeftovers(): string[] {
    const mounts = fs
      .readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .map((l) => l.split(' ')[1] ?? '')
      .filter((m) => m.startsWith(`${this.root}/`))
      .sort((a, b) => b.length - a.length);
    for (const m of mounts) spawnSync('umount', ['-l', m], { stdio: 'ignore' });
    return mounts;
  }

  /** Ends (by pid) the processes a killed daemon left running. */
  reapOrphans(): number[] {
    const left = [...this.orphans].filter(alive);
    for (const p of left) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    this.orphans.clear();
    return left;
  }
}

/**
 * Wraps a connection so the test can see and cut the session tunnels it opens (the byte streams each session's
 * gRPC server runs on). `cut()` destroys every open tunnel, as a dropped TCP connection or a proxy reset would.
 */
export function cuttableConnection(
  conn: BuildkitConnection,
): BuildkitConnection & { tunnels: Duplex[]; opened: number; cut(): number; openTunnels(): number } {
  const tunnels: Duplex[] = [];
  let opened = 0;
  return {
    ...conn,
    control: () => conn.control(),
    close: () => conn.close(),
    openSessionTunnel: async (headers, opts) => {
      const t = await conn.openSessionTunnel(headers, opts);
      tunnels.push(t);
      opened++;
      return t;
    },
    tunnels,
    get opened() {
      return opened;
    },
    cut() {
      let n = 0;
      for (const t of tunnels) {
        if (!t.destroyed) {
          t.destroy(new Error('injected: session stream cut'));
          n++;
        }
      }
      return n;
    },
    openTunnels() {
      return tunnels.filter((t) => !t.destroyed).length;
    },
  };
}

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** resolves when the process exited: code, signal, wall time */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; elapsedMs: number; exitedAt: number }>;
}

const children = new Set<ChildProcess>();

/** Kills (by pid) every CLI or action process a test started that is still running: no test leaves one behind. */
export function killStrayChildren(): number {
  let n = 0;
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null) {
      c.kill('SIGKILL');
      n++;
    }
  }
  children.clear();
  return n;
}

/** A TS entry point of ours in one Node process (so signals reach bakekit itself, not a wrapper). */
export function startNode(
  entry: string,
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; replaceEnv?: boolean },
): CliRun {
  const started = Date.now();
  const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', tsx, path.join(ROOT, entry), ...args], {
    cwd: opts.cwd,
    env: { ...(opts.replaceEnv ? {} : process.env), ...opts.env, NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; elapsedMs: number; exitedAt: number }>(
    (resolve) => {
      child.on('close', (code, signal) => {
        children.delete(child);
        resolve({ code, signal, elapsedMs: Date.now() - started, exitedAt: Date.now() });
      });
    },
  );
  return { child, stdout: () => out, stderr: () => err, done };
}

/** The CLI from source in one Node process (so signals reach bakekit itself, not a wrapper). */
export function startCli(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): CliRun {
  return startNode('src/cli/index.ts', args, opts);
}

/** Runs the CLI to completion, killing it (and failing) after `timeoutMs`. */
export async function runCli(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }) {
  const run = startCli(args, opts);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), opts.timeoutMs ?? 90_000);
  const r = await run.done;
  clearTimeout(timer);
  return { ...r, stdout: run.stdout(), stderr: run.stderr() };
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A `docker-registry serve` of our own on a free port, with its own storage; killable. */
export class PrivateRegistry {
  port = 0;
  private proc?: ChildProcess;
  private dir = '';

  get host(): string {
    return `localhost:${this.port}`;
  }

  async start(): Promise<void> {
    this.port = await freePort();
    this.dir = fs.mkdtempSync('/tmp/bakekit-faults-registry-');
    const config = path.join(this.dir, 'config.yml');
    fs.writeFileSync(
      config,
      `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${this.dir}/data\nhttp:\n  addr: 127.0.0.1:${this.port}\n`,
    );
    this.proc = spawn('docker-registry', ['serve', config], {
      stdio: ['ignore', 'ignore', fs.openSync(path.join(this.dir, 'log'), 'a')],
    });
    const ok = await waitFor(async () => {
      try {
        return (await fetch(`http://127.0.0.1:${this.port}/v2/`)).status === 200;
      } catch {
        return false;
      }
    }, 15_000);
    if (!ok) throw new Error(`private registry on ${this.port} did not come up`);
  }

  async kill(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill('SIGKILL');
    await exited(proc);
  }

  async stop(): Promise<void> {
    await this.kill();
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Rows for docs/reliability.md: each fault test records what it measured (printed at the end of its file). */
export interface Measurement {
  fault: string;
  exitCode: number | string;
  timeToExitMs: number;
  error: string;
}

export function report(rows: Measurement[]): void {
  if (!rows.length) return;
  const lines = rows.map(
    (r) =>
      `| ${r.fault} | ${r.exitCode} | ${(r.timeToExitMs / 1000).toFixed(1)} s | ${r.error.replace(/\n/g, ' ⏎ ').replace(/\|/g, '\\|').slice(0, 300)} |`,
  );
  console.log(['', '| fault | exit | time to exit | error |', '| --- | --- | --- | --- |', ...lines, ''].join('\n'));
}

/**
 * A TCP proxy in front of a server that pulls the plug when a request line matches `trigger`: it calls `onTrigger`
 * (e.g. kill the registry behind it), resets every open connection and stops listening, so what follows sees
 * "connection refused" — a server dying in the middle of a transfer.
 */
export class PlugPuller {
  port = 0;
  triggeredAt = 0;
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();

  constructor(
    private readonly upstreamPort: number,
    private readonly trigger: RegExp,
    private readonly onTrigger: () => void | Promise<void>,
  ) {}

  async start(): Promise<void> {
    this.port = await freePort();
    this.server = net.createServer((client) => {
      const upstream = net.connect({ host: '127.0.0.1', port: this.upstreamPort });
      this.sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.on('data', (d: Buffer) => {
        if (!this.triggeredAt && this.trigger.test(d.toString('latin1'))) {
          this.triggeredAt = Date.now();
          void (async () => {
            await this.onTrigger();
            this.pull();
          })();
          return;
        }
        if (!this.triggeredAt) upstream.write(d);
      });
      upstream.pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  /** Resets every connection and stops listening. */
  pull(): void {
    this.server?.close();
    for (const s of this.sockets) s.resetAndDestroy();
    this.sockets.clear();
  }
}
