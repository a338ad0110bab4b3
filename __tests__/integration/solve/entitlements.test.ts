/**
 * Entitlements against real daemons: a bake file gets nothing it was not allowed.
 *
 * - On the test host's standalone buildkitd (behind a byte-counting proxy): a refused run never opens a connection to
 *   the daemon; an allowed `network = "host"` run reaches it with the entitlement in its Solve request (that daemon
 *   is not configured to grant network.host, and says so).
 * - On a private buildkitd (the same binary, started here with `--allow-insecure-entitlement network.host` and
 *   `security.insecure`): the allowed `network = "host"` and `security.insecure` builds work, and a target gets its
 *   own entitlements only, not everything `--allow` lists.
 * - Differential: the same bake files and `--allow`/`--set` given to `docker buildx bake` (buildx 0.29, a private
 *   `remote` builder on the private daemon, non-interactive) and to bakekit are refused or built alike. Where bakekit
 *   deliberately differs (src/solve/target/entitlements.ts lists why), the difference is asserted as such.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBake, type BakeRunOptions } from '../../../src/solve/run/bake.js';
import { EntitlementError } from '../../../src/solve/target/entitlements.js';
import { BASE_IMAGE, REGISTRY, STANDALONE } from '../../support/daemons.js';

const BUILDKITD = '/usr/local/bin/buildkitd'; // what scripts/test-host.sh builds (BK_BIN)

/** A unix socket in front of another: counts connections and keeps what clients sent. */
class TapProxy {
  connections = 0;
  private sent: Buffer[] = [];
  private readonly sockets = new Set<net.Socket>();
  private constructor(
    readonly socketPath: string,
    private readonly server: net.Server,
  ) {}

  static async start(upstream: string, socketPath: string): Promise<TapProxy> {
    const server = net.createServer((client) => {
      proxy.connections++;
      const up = net.connect(upstream);
      proxy.sockets.add(client).add(up);
      client.on('data', (d: Buffer) => proxy.sent.push(Buffer.from(d)));
      client.pipe(up);
      up.pipe(client);
      const end = () => {
        client.destroy();
        up.destroy();
        proxy.sockets.delete(client);
        proxy.sockets.delete(up);
      };
      client.on('error', end).on('close', end);
      up.on('error', end).on('close', end);
    });
    const proxy = new TapProxy(socketPath, server);
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(socketPath, resolve));
    return proxy;
  }

  get endpoint(): string {
    return `unix://${this.socketPath}`;
  }
  /** Everything clients sent since the last reset, as latin1 (protobuf strings appear as they are). */
  clientBytes(): string {
    return Buffer.concat(this.sent).toString('latin1');
  }
  reset(): void {
    this.connections = 0;
    this.sent = [];
  }
  /** Stops listening and drops every connection (bounded: a client that never closes does not hold it up). */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await Promise.race([closed, new Promise((r) => setTimeout(r, 5_000))]);
  }
}

/** A buildkitd of our own that grants network.host and security.insecure (the shared one grants neither). */
class PrivateDaemon {
  private constructor(
    readonly dir: string,
    private readonly child: ChildProcess,
  ) {}
  get socketPath(): string {
    return path.join(this.dir, 'buildkitd.sock');
  }

  static async start(dir: string): Promise<PrivateDaemon> {
    const log = fs.openSync(path.join(dir, 'buildkitd.log'), 'w');
    const child = spawn(
      BUILDKITD,
      [
        '--addr',
        `unix://${path.join(dir, 'buildkitd.sock')}`,
        '--root',
        path.join(dir, 'root'),
        '--otel-socket-path',
        path.join(dir, 'otel.sock'),
        '--containerd-worker=false',
        '--oci-worker-snapshotter',
        'native', // no overlay mounts left behind
        '--allow-insecure-entitlement',
        'network.host',
        '--allow-insecure-entitlement',
        'security.insecure',
      ],
      { stdio: ['ignore', log, log] },
    );
    fs.closeSync(log);
    const daemon = new PrivateDaemon(dir, child);
    const deadline = Date.now() + 60_000;
    while (
      spawnSync('buildctl', ['--addr', `unix://${daemon.socketPath}`, 'debug', 'workers'], {
        stdio: 'ignore',
        timeout: 10_000,
      }).status !== 0
    ) {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(
          `private buildkitd did not start: ${fs.readFileSync(path.join(dir, 'buildkitd.log'), 'utf8').slice(-2000)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    return daemon;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

let work: string;
let privateDaemon: PrivateDaemon | undefined;
let standaloneTap: TapProxy;
let privateTap: TapProxy;
let agentPid: number | undefined;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const missing = [
    ['standalone buildkitd', 'buildctl', ['--addr', STANDALONE, 'debug', 'workers']],
    ['registry with the base image', 'curl', ['-fsS', `http://${REGISTRY}/v2/busybox/tags/list`]],
    ['docker buildx', 'docker', ['buildx', 'version']],
    ['buildkitd binary', BUILDKITD, ['--version']],
    ['ssh-agent and ssh-keygen', 'sh', ['-c', 'command -v ssh-agent && command -v ssh-keygen']],
  ].filter(
    ([, cmd, args]) => spawnSync(cmd as string, args as string[], { stdio: 'ignore', timeout: 20_000 }).status !== 0,
  );
  if (missing.length)
    throw new Error(
      `test host incomplete (${missing.map((m) => m[0]).join(', ')}): run scripts/test-host.sh all as root`,
    );

  // short paths: unix socket paths are limited to 107 bytes
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bk-ent-')));
  fs.mkdirSync(path.join(work, 'daemon'));
  privateDaemon = await PrivateDaemon.start(path.join(work, 'daemon'));
  standaloneTap = await TapProxy.start(STANDALONE.slice('unix://'.length), path.join(work, 'standalone.sock'));
  privateTap = await TapProxy.start(privateDaemon.socketPath, path.join(work, 'private.sock'));

  // buildx reads the ssh agent when a target has ssh entries, before its entitlement check
  const agent = execFileSync('ssh-agent', ['-s', '-a', path.join(work, 'agent.sock')], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  agentPid = Number(/SSH_AGENT_PID=(\d+)/.exec(agent)?.[1]);

  const dockerConfig = path.join(work, 'docker-config');
  fs.mkdirSync(dockerConfig);
  env = {
    ...process.env,
    DOCKER_CONFIG: dockerConfig,
    BUILDX_CONFIG: path.join(dockerConfig, 'buildx'),
    SSH_AUTH_SOCK: path.join(work, 'agent.sock'),
    BUILDX_NO_DEFAULT_ATTESTATIONS: '1',
  };
  delete env.BUILDX_BAKE_ENTITLEMENTS_FS;
  delete env.BUILDX_BUILDER;
  execFileSync('docker', ['buildx', 'create', '--driver', 'remote', privateTap.endpoint, '--name', 'bkent'], {
    env,
    timeout: 60_000,
    stdio: 'ignore',
  });
}, 180_000);

afterAll(async () => {
  // what this file started, by pid, whatever else fails
  if (agentPid) {
    try {
      process.kill(agentPid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  try {
    await privateDaemon?.stop();
  } finally {
    await Promise.all([standaloneTap?.close(), privateTap?.close()]);
    if (work) fs.rmSync(work, { recursive: true, force: true });
  }
}, 60_000);

const DOCKERFILE = `FROM ${BASE_IMAGE}\nRUN true\n`;

/** base/proj is the working directory; base/shared, base/proj-other and base/out are outside it. */
function project(hcl: string, files: Record<string, string> = {}): string {
  const base = fs.mkdtempSync(path.join(work, 'p-'));
  const write = (rel: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
    fs.writeFileSync(path.join(base, rel), content);
  };
  write('proj/Dockerfile', DOCKERFILE);
  write('proj/docker-bake.hcl', hcl);
  write('shared/Dockerfile', DOCKERFILE);
  write('shared/secret.txt', 's3cret');
  write('proj-other/Dockerfile', DOCKERFILE);
  fs.mkdirSync(path.join(base, 'out'));
  fs.symlinkSync('../shared', path.join(base, 'proj/escape'));
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(base, 'shared/id_ed25519')], {
    timeout: 20_000,
  });
  for (const [rel, content] of Object.entries(files)) write(rel, content);
  return path.join(base, 'proj');
}

type Outcome = 'refused' | 'built' | `failed: ${string}`;

async function bakekit(
  dir: string,
  allow: string[],
  set: string[] = [],
  builder = privateTap.endpoint,
  targets = ['app'],
): Promise<Outcome> {
  const opts: BakeRunOptions = { files: [], targets, set, cwd: dir, env, builder, allow, cache: 'off' };
  try {
    const result = await runBake(opts);
    if (result.ok) return 'built';
    return `failed: ${result.targets.map((t) => `${t.target}: ${t.error?.message ?? t.status}`).join('; ')}`;
  } catch (err) {
    return err instanceof EntitlementError ? 'refused' : `failed: ${(err as Error).message}`;
  }
}

/** `docker buildx bake` on the private daemon, through its proxy (asynchronously: the proxy runs in this process). */
async function buildx(dir: string, allow: string[], set: string[] = []): Promise<Outcome> {
  const args = [
    'buildx',
    'bake',
    '--builder',
    'bkent',
    '--progress=plain',
    ...allow.flatMap((a) => ['--allow', a]),
    ...set.flatMap((s) => ['--set', s]),
    'app',
  ];
  // stdin is a pipe, not a terminal: buildx does not prompt, it refuses
  const child = spawn('docker', args, { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end();
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  if (out.includes('additional privileges requested')) return 'refused';
  if (status === 0) return 'built';
  return `failed: ${out.trim().split('\n').slice(-3).join(' | ')}`;
}

describe('on the standalone buildkitd (it grants neither network.host nor security.insecure)', () => {
  const hcl = 'target "app" {\n  network = "host"\n}\n';

  it('a refused run never reaches the daemon', async () => {
    const dir = project(hcl);
    standaloneTap.reset();
    const run = runBake({
      files: [],
      targets: ['app'],
      set: [],
      cwd: dir,
      env,
      builder: standaloneTap.endpoint,
      cache: 'off',
    });
    await expect(run).rejects.toBeInstanceOf(EntitlementError);
    await expect(run).rejects.toThrow('target "app": network = "host" needs --allow=network.host');
    expect(standaloneTap.connections).toBe(0);
  });

  it('an allowed one does, with network.host in its Solve request', async () => {
    const dir = project(hcl);
    standaloneTap.reset();
    const outcome = await bakekit(dir, ['network.host'], [], standaloneTap.endpoint);
    expect(outcome).toMatch(/granting entitlement network\.host is not allowed by build daemon configuration/);
    expect(standaloneTap.connections).toBeGreaterThan(0);
    expect(standaloneTap.clientBytes()).toContain('network.host');
    expect(standaloneTap.clientBytes()).not.toContain('security.insecure');
  });

  it('security.insecure likewise', async () => {
    const dir = project('target "app" {\n  entitlements = ["security.insecure"]\n}\n');
    standaloneTap.reset();
    expect(await bakekit(dir, ['network.host'], [], standaloneTap.endpoint)).toBe('refused');
    expect(standaloneTap.connections).toBe(0);
    const outcome = await bakekit(dir, ['security.insecure'], [], standaloneTap.endpoint);
    expect(outcome).toMatch(/granting entitlement security\.insecure is not allowed by build daemon configuration/);
    expect(standaloneTap.clientBytes()).toContain('security.insecure');
    expect(standaloneTap.clientBytes()).not.toContain('network.host');
  });
});

describe('on a daemon that grants network.host and security.insecure', () => {
  it('an allowed network = "host" build works', async () => {
    const dir = project('target "app" {\n  network = "host"\n  output = ["type=local,dest=out"]\n}\n', {
      'proj/Dockerfile': `FROM ${BASE_IMAGE}\nRUN --network=host echo host > /net\n`,
    });
    expect(await bakekit(dir, [])).toBe('refused');
    privateTap.reset();
    expect(await bakekit(dir, ['network.host'])).toBe('built');
    expect(fs.readFileSync(path.join(dir, 'out/net'), 'utf8')).toBe('host\n');
    expect(privateTap.clientBytes()).toContain('network.host');
  });

  // (RUN --security=insecure is a labs Dockerfile flag, and the labs frontend is not on this offline host: the daemon
  // granting the entitlement the Solve request carries is what is shown here and on the standalone daemon above)
  it('an allowed security.insecure build works', async () => {
    const dir = project('target "app" {\n  entitlements = ["security.insecure"]\n}\n');
    expect(await bakekit(dir, ['network.host'])).toBe('refused');
    privateTap.reset();
    expect(await bakekit(dir, ['security.insecure'])).toBe('built');
    expect(privateTap.clientBytes()).toContain('security.insecure');
  });

  it('each target gets its own entitlements, not what --allow lists', async () => {
    const dir = project(
      'group "default" {\n  targets = ["host", "plain"]\n}\n' +
        'target "host" {\n  entitlements = ["network.host"]\n}\n' +
        'target "plain" {\n  dockerfile = "Dockerfile.plain"\n}\n',
      {
        'proj/Dockerfile': `FROM ${BASE_IMAGE}\nRUN --network=host echo host-${Date.now()}\n`,
        'proj/Dockerfile.plain': `FROM ${BASE_IMAGE}\nRUN --network=host echo plain-${Date.now()}\n`,
      },
    );
    // `host` asked for network.host and built; `plain` did not, and the daemon refused its RUN --network=host
    expect(await bakekit(dir, ['network.host'], [], privateTap.endpoint, ['host'])).toBe('built');
    expect(await bakekit(dir, ['network.host'], [], privateTap.endpoint, ['plain'])).toMatch(
      /^failed: plain: .*network\.host/,
    );
  });
});

interface Case {
  name: string;
  hcl: string;
  allow?: string[];
  set?: string[];
  files?: Record<string, string>;
  /** both refuse, or both build */
  expect: 'refused' | 'built';
}

const SAME: Case[] = [
  { name: 'network = "host"', hcl: 'network = "host"', expect: 'refused' },
  { name: 'network = "host" --allow network.host', hcl: 'network = "host"', allow: ['network.host'], expect: 'built' },
  {
    name: 'entitlements network.host --set (the command line grants it)',
    hcl: '',
    set: ['app.entitlements=network.host'],
    expect: 'built',
  },
  { name: 'entitlements security.insecure', hcl: 'entitlements = ["security.insecure"]', expect: 'refused' },
  {
    name: 'entitlements security.insecure --allow security.insecure',
    hcl: 'entitlements = ["security.insecure"]',
    allow: ['security.insecure'],
    expect: 'built',
  },
  {
    name: 'entitlements security.insecure --allow network.host',
    hcl: 'entitlements = ["security.insecure"]',
    allow: ['network.host'],
    expect: 'refused',
  },
  { name: 'entitlements device', hcl: 'entitlements = ["device"]', expect: 'refused' },
  { name: 'context ../shared', hcl: 'context = "../shared"', expect: 'refused' },
  {
    name: 'context ../shared --allow fs.read=../shared',
    hcl: 'context = "../shared"',
    allow: ['fs.read=../shared'],
    expect: 'built',
  },
  { name: 'context ../shared --allow fs=*', hcl: 'context = "../shared"', allow: ['fs=*'], expect: 'built' },
  {
    name: 'context ../shared --allow fs.write=*',
    hcl: 'context = "../shared"',
    allow: ['fs.write=*'],
    expect: 'refused',
  },
  { name: 'context through a symlink out', hcl: 'context = "escape"', expect: 'refused' },
  {
    name: 'context through a symlink out --allow fs.read=../shared',
    hcl: 'context = "escape"',
    allow: ['fs.read=../shared'],
    expect: 'built',
  },
  { name: 'dockerfile ../shared/Dockerfile', hcl: 'dockerfile = "../shared/Dockerfile"', expect: 'refused' },
  { name: 'named context ../shared', hcl: 'contexts = { extra = "../shared" }', expect: 'refused' },
  {
    name: 'named context ../shared --allow fs.read=..',
    hcl: 'contexts = { extra = "../shared" }',
    allow: ['fs.read=..'],
    expect: 'built',
  },
  { name: 'secret from ../shared', hcl: 'secret = ["id=s,src=../shared/secret.txt"]', expect: 'refused' },
  {
    name: 'secret from ../shared --allow fs.read=../shared/secret.txt',
    hcl: 'secret = ["id=s,src=../shared/secret.txt"]',
    allow: ['fs.read=../shared/secret.txt'],
    expect: 'built',
  },
  { name: 'ssh default (the agent)', hcl: 'ssh = ["default"]', expect: 'refused' },
  { name: 'ssh default --allow ssh', hcl: 'ssh = ["default"]', allow: ['ssh'], expect: 'built' },
  { name: 'ssh key from ../shared', hcl: 'ssh = ["key=../shared/id_ed25519"]', expect: 'refused' },
  {
    name: 'ssh key from ../shared --allow ssh (a key is a file)',
    hcl: 'ssh = ["key=../shared/id_ed25519"]',
    allow: ['ssh'],
    expect: 'refused',
  },
  { name: 'cache-from type=local ../shared', hcl: 'cache-from = ["type=local,src=../shared"]', expect: 'refused' },
  { name: 'cache-to type=local ../out', hcl: 'cache-to = ["type=local,dest=../out"]', expect: 'refused' },
  { name: 'output type=local ../out', hcl: 'output = ["type=local,dest=../out"]', expect: 'refused' },
  {
    name: 'output type=local ../out --allow fs.write=../out',
    hcl: 'output = ["type=local,dest=../out"]',
    allow: ['fs.write=../out'],
    expect: 'built',
  },
  {
    name: 'output type=local ../out --allow fs.read=../out',
    hcl: 'output = ["type=local,dest=../out"]',
    allow: ['fs.read=../out'],
    expect: 'refused',
  },
  // a destination that does not exist yet needs the directory it is created in (buildx NonExistingAllowedPathMatches)
  {
    name: 'output type=local ../new --allow fs.write=../new',
    hcl: 'output = ["type=local,dest=../new"]',
    allow: ['fs.write=../new'],
    expect: 'refused',
  },
  {
    name: 'output type=local ../new --allow fs.write=..',
    hcl: 'output = ["type=local,dest=../new"]',
    allow: ['fs.write=..'],
    expect: 'built',
  },
  { name: 'output type=tar ../out/a.tar', hcl: 'output = ["type=tar,dest=../out/a.tar"]', expect: 'refused' },
  {
    name: 'output type=oci ../out/a.tar --allow fs=../out',
    hcl: 'output = ["type=oci,dest=../out/a.tar"]',
    allow: ['fs=../out'],
    expect: 'built',
  },
  {
    name: 'output type=local ../out from --set (the command line grants it)',
    hcl: '',
    set: ['app.output=type=local,dest=../out'],
    expect: 'built',
  },
  { name: 'output type=local inside the working directory', hcl: 'output = ["type=local,dest=out"]', expect: 'built' },
  {
    name: 'context inside through a symlink that stays inside',
    hcl: 'context = "sub-link"',
    files: { 'proj/sub/Dockerfile': DOCKERFILE },
    expect: 'built',
  },
];

describe('like docker buildx bake (0.29)', () => {
  it.each(SAME)('$name: $expect', async (c) => {
    const dir = project(`target "app" {\n  ${c.hcl}\n}\n`, c.files);
    if (c.hcl.includes('sub-link')) fs.symlinkSync('sub', path.join(dir, 'sub-link'));
    const theirs = await buildx(dir, c.allow ?? [], c.set ?? []);
    privateTap.reset();
    const ours = await bakekit(dir, c.allow ?? [], c.set ?? []);
    if (ours === 'refused') expect(privateTap.connections, 'a refused run connected to the daemon').toBe(0);
    expect({ buildx: theirs, bakekit: ours }).toEqual({ buildx: c.expect, bakekit: c.expect });
  });
});

describe('where bakekit deliberately differs from buildx 0.29', () => {
  it('output mode=delete needs --allow=buildx.local.delete (current buildx: tests/bake.go testBakeLocalExportDeleteMode; 0.29 has no such check)', async () => {
    const dir = project('target "app" {\n  output = ["type=local,dest=out,mode=delete"]\n}\n');
    expect(await buildx(dir, [])).toBe('built');
    expect(await bakekit(dir, [])).toBe('refused');
    expect(await bakekit(dir, ['buildx.local.delete'])).not.toBe('refused');
  });

  it('a sibling directory whose name starts with the working directory is outside (buildx compares strings)', async () => {
    const dir = project('target "app" {\n  context = "../proj-other"\n}\n');
    expect(await buildx(dir, [])).toBe('built');
    expect(await bakekit(dir, [])).toBe('refused');
    expect(await bakekit(dir, ['fs.read=../proj-other'])).toBe('built');
  });

  it('--allow=device=NAME grants that device (buildx refuses a named device whatever is allowed)', async () => {
    const dir = project('target "app" {\n  entitlements = ["device=vendor.com/gpu=0"]\n}\n');
    expect(await buildx(dir, ['device=vendor.com/gpu=0'])).toBe('refused');
    expect(await buildx(dir, ['device'])).toBe('refused');
    expect(await bakekit(dir, [])).toBe('refused');
    // granted here; the daemon decides when a RUN asks for the device (none does)
    expect(await bakekit(dir, ['device=vendor.com/gpu=0'])).toBe('built');
    expect(await bakekit(dir, ['device=vendor.com/gpu=1'])).toBe('refused');
  });

  it('--set network=host needs --allow=network.host (0.29 drops the override; current buildx applies it and asks)', async () => {
    const dir = project('target "app" {}\n');
    expect(await buildx(dir, [], ['app.network=host'])).toBe('built');
    expect(await bakekit(dir, [], ['app.network=host'])).toBe('refused');
    expect(await bakekit(dir, ['network.host'], ['app.network=host'])).toBe('built');
  });

  it('--allow takes a comma list (buildx: one entitlement per --allow)', async () => {
    const dir = project('target "app" {\n  network = "host"\n  context = "../shared"\n}\n');
    expect(await buildx(dir, ['network.host,fs.read=../shared'])).toMatch(
      /unknown entitlement key "network\.host,fs\.read"/,
    );
    expect(await bakekit(dir, ['network.host,fs.read=../shared'])).toBe('built');
  });
});
