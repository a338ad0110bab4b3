/**
 * Context transfer without data loss or corruption, against the real standalone buildkitd (v0.25), with `docker buildx bake` 0.29
 * (a remote-driver builder on the same daemon) as the reference:
 *
 * - a context with file names that are not UTF-8 (a file, a directory, a file in it, a symlink whose target is not
 *   UTF-8, a `.dockerignore`d one) arrives in the image with the same bytes — a RUN lists the names as hex — and a
 *   `type=local` export writes them back byte-exact; the daemon's COPY of bakekit's context is CACHED after buildx's
 *   COPY of the same context (equal content checksums: same names, same links);
 * - hardlinks in a context arrive as hardlinks in the image (one inode, `stat` in a RUN) and a local export writes them
 *   as hardlinks (one inode in the output), as buildx does; a FIFO and a device node in the image are made in the
 *   export (mkfifo/mknod; this test runs as root, which a device node needs), as buildx makes them;
 * - a file the running user cannot read: the CLI as `nobody` (setpriv) with a mode-600 root-owned file in the context
 *   fails, naming the file (`error from sender: open …/secret.txt: permission denied`), and exports nothing; the same
 *   project with the file readable builds (so the failure is the file's, not the setup's). buildx 0.29 sends such a
 *   file empty and succeeds (checked by hand: the image held a 0-byte secret.txt).
 *
 * The daemon's socket is root-only. The non-root CLI reaches it through a socket proxy this test runs (a unix socket in a
 * private directory, mode 0666, piping each connection to the daemon's socket) for the length of the test; the shared
 * socket's mode is never changed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_IMAGE, STANDALONE } from '../../support/daemons.js';
import { privateRemoteBuilder } from '../../support/buildx.js';
import { makeProject, removeProjects } from '../../support/project.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const BUILDER = `bk-bytes-${process.pid}`;
const latin1 = (s: string) => Buffer.from(s, 'latin1');
const at = (dir: string, name: string) => Buffer.concat([Buffer.from(dir + '/'), latin1(name)]);

let dockerConfig = '';

/** This file needs the standalone buildkitd (with the registry's base image) and docker buildx: a failure, never a skip. */
function requireStandalone(): void {
  const checks: Array<[string, string, string[]]> = [
    ['standalone buildkitd', 'buildctl', ['--addr', STANDALONE, 'debug', 'workers']],
    ['docker buildx', 'docker', ['buildx', 'version']],
    ['setpriv', 'setpriv', ['--version']],
  ];
  const missing = checks
    .filter(([, cmd, args]) => spawnSync(cmd, args, { stdio: 'ignore', timeout: 20_000 }).status !== 0)
    .map(([n]) => n);
  if (missing.length)
    throw new Error(`test host incomplete (${missing.join(', ')}): run scripts/test-host.sh all as root`);
}

beforeAll(() => {
  requireStandalone();
  ({ dockerConfig } = privateRemoteBuilder(BUILDER, STANDALONE));
}, 120_000);
afterAll(() => {
  if (dockerConfig) fs.rmSync(dockerConfig, { recursive: true, force: true });
  removeProjects();
});

interface Run {
  code: number | null;
  out: string;
}

function runProcess(
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...process.env, NODE_NO_WARNINGS: '1', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

/** bakekit's CLI from source; `asNobody` runs it as uid/gid 65534 with no supplementary groups. */
function bakekit(
  dir: string,
  args: string[],
  opts: { builder?: string; asNobody?: boolean; home?: string } = {},
): Promise<Run> {
  const cli = [
    process.execPath,
    '--import',
    TSX,
    path.join(ROOT, 'src/cli/index.ts'),
    '--builder',
    opts.builder ?? STANDALONE,
    '--progress',
    'plain',
    ...args,
  ];
  if (!opts.asNobody) return runProcess(cli[0], cli.slice(1), { cwd: dir });
  return runProcess('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', ...cli], {
    cwd: dir,
    env: { HOME: opts.home ?? dir, DOCKER_CONFIG: path.join(opts.home ?? dir, '.docker'), TMPDIR: opts.home ?? dir },
  });
}

function buildx(dir: string, args: string[]): Promise<Run> {
  return runProcess('docker', ['buildx', 'bake', '--builder', BUILDER, '--progress', 'plain', ...args], {
    cwd: dir,
    env: { DOCKER_CONFIG: dockerConfig, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
  });
}

/** Every entry under `dir` as `name-bytes-as-latin1 type [link target | inode group]`, sorted by bytes. */
function describeTree(dir: string): string[] {
  const out: string[] = [];
  const inodes = new Map<number, string>();
  const walk = (abs: Buffer, rel: string) => {
    for (const name of fs.readdirSync(abs, { encoding: 'buffer' }).sort((a, b) => Buffer.compare(a, b))) {
      const p = Buffer.concat([abs, Buffer.from('/'), name]);
      const r = rel ? `${rel}/${name.toString('latin1')}` : name.toString('latin1');
      const st = fs.lstatSync(p);
      if (st.isDirectory()) {
        out.push(`${r} dir`);
        walk(p, r);
      } else if (st.isSymbolicLink()) {
        out.push(`${r} -> ${fs.readlinkSync(p, { encoding: 'buffer' }).toString('latin1')}`);
      } else if (st.isFIFO()) {
        out.push(`${r} fifo ${(st.mode & 0o7777).toString(8)}`);
      } else if (st.isCharacterDevice() || st.isBlockDevice()) {
        out.push(`${r} ${st.isCharacterDevice() ? 'chr' : 'blk'} ${(st.mode & 0o7777).toString(8)} ${st.rdev}`);
      } else {
        const first = st.nlink > 1 ? inodes.get(st.ino) : undefined;
        if (st.nlink > 1 && !first) inodes.set(st.ino, r);
        out.push(`${r} file ${st.size}${first ? ` =${first}` : ''}`);
      }
    }
  };
  walk(Buffer.from(dir), '');
  return out;
}

/** hex of a file the RUN wrote (od -An -tx1) → the lines it lists, as latin1 strings, sorted by bytes. */
function hexLines(file: string): string[] {
  const bytes = Buffer.from(fs.readFileSync(file, 'utf8').replace(/\s+/g, ''), 'hex');
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return lines.sort((a, b) => Buffer.compare(a, b)).map((b) => b.toString('latin1'));
}

const BAKE = `target "default" {
  context = "ctx"
  output = ["type=local,dest=out"]
}
`;

/** A context with names that are not UTF-8 and hardlinks; the image lists its names (hex) and inodes. */
function makeContextProject(nonce: string): string {
  const dir = makeProject({
    'docker-bake.hcl': BAKE,
    'ctx/Dockerfile': [
      `FROM ${BASE_IMAGE} AS b`,
      'COPY . /ctx/',
      // names as bytes (find's output through od), and which paths share an inode
      'RUN cd /ctx && find . | od -An -tx1 -v > /names.hex && stat -c "%i %n" ./plain ./sub/hard ./hard2 > /inodes.txt',
      // special files for the export: a FIFO and a character device (the local export makes them; root here)
      'RUN mkfifo -m 640 /ctx/fifo && mknod -m 666 /ctx/null c 1 3',
      'FROM scratch',
      'COPY --from=b /names.hex /inodes.txt /',
      'COPY --from=b /ctx/ /ctx/',
      '',
    ].join('\n'),
    'ctx/.dockerignore': '*.skip\n',
    'ctx/nonce': nonce,
    'ctx/plain': `plain ${nonce}\n`,
    'ctx/sub/keep': 'k\n',
  });
  const ctx = path.join(dir, 'ctx');
  fs.writeFileSync(at(ctx, 'caf\xe9.txt'), `latin-1 name ${nonce}\n`);
  fs.mkdirSync(at(ctx, 'd\xff\xfe'));
  fs.writeFileSync(at(ctx, 'd\xff\xfe/\xe9t\xe9'), 'in a directory whose name is not UTF-8\n');
  fs.symlinkSync(latin1('caf\xe9.txt'), at(ctx, 'link'));
  fs.writeFileSync(at(ctx, 'x\xe9.skip'), 'ignored by .dockerignore\n');
  fs.linkSync(path.join(ctx, 'plain'), path.join(ctx, 'sub/hard'));
  fs.linkSync(path.join(ctx, 'plain'), path.join(ctx, 'hard2'));
  return dir;
}

const EXPECTED_NAMES = [
  '.',
  './.dockerignore',
  './Dockerfile',
  './caf\xe9.txt',
  './d\xff\xfe',
  './d\xff\xfe/\xe9t\xe9',
  './hard2',
  './link',
  './nonce',
  './plain',
  './sub',
  './sub/hard',
  './sub/keep',
].sort((a, b) => Buffer.compare(latin1(a), latin1(b)));

describe('context and local export: names that are not UTF-8, hardlinks (standalone buildkitd, buildx 0.29 as reference)', () => {
  it('arrive byte-exact and as hardlinks, in the image and in the export; the COPY is CACHED after buildx sent the same context', async () => {
    const nonce = randomBytes(8).toString('hex');
    const dir = makeContextProject(nonce);
    const ctx = path.join(dir, 'ctx');

    const bx = await buildx(dir, ['--set', '*.output=type=local,dest=out-buildx']);
    expect(bx.code, bx.out).toBe(0);
    const bk = await bakekit(dir, []);
    expect(bk.code, bk.out).toBe(0);

    // what the image held: the names as bytes (the ignored file left out), the three links one inode
    expect(hexLines(path.join(dir, 'out/names.hex'))).toEqual(EXPECTED_NAMES);
    const inodes = fs
      .readFileSync(path.join(dir, 'out/inodes.txt'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' ')[0]);
    expect(new Set(inodes).size, fs.readFileSync(path.join(dir, 'out/inodes.txt'), 'utf8')).toBe(1);
    // buildx's image: the same
    expect(hexLines(path.join(dir, 'out-buildx/names.hex'))).toEqual(EXPECTED_NAMES);

    // the local export: the same tree as buildx's, names byte-exact, the hardlinks one inode
    const tree = describeTree(path.join(dir, 'out/ctx'));
    expect(tree).toEqual(describeTree(path.join(dir, 'out-buildx/ctx')));
    expect(tree).toContain('caf\xe9.txt file ' + fs.statSync(at(ctx, 'caf\xe9.txt')).size);
    expect(tree).toContain('d\xff\xfe/\xe9t\xe9 file 39');
    expect(tree).toContain('link -> caf\xe9.txt');
    expect(tree).toContain('fifo fifo 640');
    expect(tree).toContain(`null chr 666 ${fs.statSync('/dev/null').rdev}`);
    expect(tree).toContain(`sub/hard file ${7 + nonce.length} =hard2`);
    expect(tree).toContain(`plain file ${7 + nonce.length} =hard2`);
    expect(fs.statSync(path.join(dir, 'out/ctx/plain')).ino).toBe(fs.statSync(path.join(dir, 'out/ctx/sub/hard')).ino);
    expect(fs.readFileSync(at(path.join(dir, 'out/ctx'), 'caf\xe9.txt'), 'utf8')).toBe(`latin-1 name ${nonce}\n`);

    // same content checksum as buildx's transfer of this context (new content: nonce), so the daemon reused its COPY
    expect(bk.out).toMatch(/#\d+ \[b 2\/4\] COPY \. \/ctx\/\n#\d+ CACHED/);
    expect(bk.out).not.toMatch(/WARNING/);
  }, 300_000);
});

/** A unix socket anyone may connect to, piping every connection to the daemon's socket. */
async function socketProxy(): Promise<{ sock: string; close(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-proxy-'));
  fs.chmodSync(dir, 0o755);
  const sock = path.join(dir, 'buildkitd.sock');
  const conns = new Set<net.Socket>();
  const server = net.createServer((c) => {
    const upstream = net.connect(STANDALONE.slice('unix://'.length));
    conns.add(c).add(upstream);
    c.pipe(upstream).pipe(c);
    const end = () => {
      c.destroy();
      upstream.destroy();
    };
    c.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(sock, resolve));
  fs.chmodSync(sock, 0o666);
  return {
    sock,
    close: async () => {
      for (const c of conns) c.destroy();
      await new Promise((r) => server.close(r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('a file the running user cannot read (CLI as nobody, standalone buildkitd)', () => {
  it('fails the build naming the file, exports nothing; readable, the same project builds', async () => {
    const nonce = randomBytes(8).toString('hex');
    const dir = makeProject({
      'docker-bake.hcl': BAKE,
      'ctx/Dockerfile': 'FROM scratch\nCOPY . /\n',
      'ctx/public.txt': `public ${nonce}\n`,
      'ctx/secret.txt': `secret ${nonce}\n`,
      'home/.keep': '',
    });
    const ctx = path.join(dir, 'ctx');
    for (const d of [dir, ctx]) fs.chmodSync(d, 0o755);
    for (const f of ['Dockerfile', 'public.txt']) fs.chmodSync(path.join(ctx, f), 0o644);
    // the project is nobody's to write (out/), the secret root's alone
    fs.chownSync(dir, 65534, 65534);
    fs.chownSync(path.join(dir, 'home'), 65534, 65534);
    const secret = path.join(ctx, 'secret.txt');
    fs.chownSync(secret, 0, 0);
    const proxy = await socketProxy();
    try {
      const builder = `unix://${proxy.sock}`;
      const home = path.join(dir, 'home');

      fs.chmodSync(secret, 0o644);
      const ok = await bakekit(dir, [], { builder, asNobody: true, home });
      expect(ok.code, ok.out).toBe(0);
      expect(fs.readFileSync(path.join(dir, 'out/secret.txt'), 'utf8')).toBe(`secret ${nonce}\n`);
      fs.rmSync(path.join(dir, 'out'), { recursive: true });

      fs.chmodSync(secret, 0o600);
      fs.writeFileSync(path.join(ctx, 'public.txt'), `public ${nonce} changed\n`);
      const started = Date.now();
      const failed = await bakekit(dir, [], { builder, asNobody: true, home });
      const elapsed = Date.now() - started;
      expect(failed.code, failed.out).toBe(1);
      const message = `error from sender: open ${fs.realpathSync(ctx)}/secret.txt: permission denied`;
      expect(failed.out).toContain(message);
      expect(failed.out).toMatch(
        /^ERROR: target "default": .*error from sender: open .*\/ctx\/secret\.txt: permission denied$/m,
      );
      expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
      expect(elapsed).toBeLessThan(30_000);
      console.log(
        `| unreadable file (nobody, mode 600 root-owned) | exit ${failed.code} | ${(elapsed / 1000).toFixed(1)} s | ${failed.out.match(/^ERROR: .*$/m)?.[0]} |`,
      );
    } finally {
      await proxy.close();
    }
  }, 300_000);
});
