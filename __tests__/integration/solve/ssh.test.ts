/**
 * SSH forwarding on the test host's standalone buildkitd: `RUN --mount=type=ssh` reaches an agent served
 * by the target's session (session/ssh.ts).
 *
 * The image is localhost:5000/busybox, which has no SSH client, so the build runs the host's own `ssh-add` (OpenSSH,
 * from openssh-client, which these tests need anyway) with the host's loader and libraries, bind-mounted from the
 * context: `ssh-add -l` lists what the forwarded agent holds, `ssh-add -T` makes it sign and verifies the signature,
 * `ssh-add -D` tries to remove its keys (refused: the forwarding is read only).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBake } from '../../../src/solve/run/bake.js';
import { BASE_IMAGE, STANDALONE, requireTestHost } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';

const DOCKERFILE = `FROM ${BASE_IMAGE} AS base

FROM base AS with-x
RUN --mount=type=bind,source=tools,target=/tools --mount=type=ssh,id=x sh /tools/check.sh

FROM base AS with-default
RUN --mount=type=bind,source=tools,target=/tools --mount=type=ssh sh /tools/check.sh

FROM base AS unknown-id
RUN --mount=type=ssh,id=nope,required=true true

FROM scratch AS out-x
COPY --from=with-x /out.txt /

FROM scratch AS out-default
COPY --from=with-default /out.txt /
`;

const CHECK = `set -e
test -S "$SSH_AUTH_SOCK"
T="/tools/ld-linux-x86-64.so.2 --library-path /tools /tools/ssh-add"
{
  echo "socket ok"
  $T -l
  $T -T /tools/key.pub && echo "signature verified"
  if $T -D; then echo "keys removed"; else echo "remove refused"; fi
  $T -l
} > /out.txt 2>&1
`;

const BAKE = `target "keys" {
  target = "out-x"
  ssh = ["x=deploy_key"]
  output = ["type=local,dest=out-keys"]
  no-cache = true
}
target "agent" {
  target = "out-default"
  ssh = ["default"]
  output = ["type=local,dest=out-agent"]
  no-cache = true
}
target "unknown" {
  target = "unknown-id"
  no-cache = true
}
target "passphrase" {
  target = "out-x"
  ssh = ["x=locked_key"]
}
`;

let dir: string;
let agent: ChildProcess;
let agentSock: string;
let fingerprint: string;

/** The host's ssh-add with its loader and libraries, runnable in any glibc-less image of the same architecture. */
function bundleSshAdd(into: string): void {
  fs.mkdirSync(into, { recursive: true });
  const ssh = execFileSync('sh', ['-c', 'command -v ssh-add'], { encoding: 'utf8' }).trim();
  fs.copyFileSync(ssh, path.join(into, 'ssh-add'));
  const libs = execFileSync('ldd', [ssh], { encoding: 'utf8' }).match(/\/\S+/g) ?? [];
  for (const lib of libs) fs.copyFileSync(fs.realpathSync(lib), path.join(into, path.basename(lib)));
  if (!fs.existsSync(path.join(into, 'ld-linux-x86-64.so.2')))
    throw new Error(`no x86-64 loader among ${libs.join(', ')}`);
}

beforeAll(async () => {
  requireTestHost();
  dir = makeProject({
    Dockerfile: DOCKERFILE,
    'docker-bake.hcl': BAKE,
    'tools/check.sh': CHECK,
    '.dockerignore': '*_key*\nout-*\n',
  });
  execFileSync('ssh-keygen', [
    '-q',
    '-t',
    'ed25519',
    '-N',
    '',
    '-C',
    'deploy@bakekit-test',
    '-f',
    path.join(dir, 'deploy_key'),
  ]);
  execFileSync('ssh-keygen', [
    '-q',
    '-t',
    'ed25519',
    '-N',
    'a passphrase',
    '-C',
    'locked',
    '-f',
    path.join(dir, 'locked_key'),
  ]);
  fs.copyFileSync(path.join(dir, 'deploy_key.pub'), path.join(dir, 'tools/key.pub'));
  fingerprint = execFileSync('ssh-keygen', ['-l', '-f', path.join(dir, 'deploy_key.pub')], { encoding: 'utf8' }).split(
    ' ',
  )[1]!;
  bundleSshAdd(path.join(dir, 'tools'));
  // "the runner's agent", holding the same key
  agentSock = path.join(dir, 'agent.sock');
  agent = spawn('ssh-agent', ['-D', '-a', agentSock], { stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise<void>((resolve, reject) => {
    agent.stdout!.on('data', (d: Buffer) => d.toString().includes('SSH_AUTH_SOCK') && resolve());
    agent.once('exit', () => reject(new Error('ssh-agent exited')));
  });
  agent.stdout!.resume();
  execFileSync('ssh-add', ['-q', path.join(dir, 'deploy_key')], {
    env: { ...process.env, SSH_AUTH_SOCK: agentSock },
    stdio: 'ignore',
  });
});

afterAll(() => {
  agent?.kill();
  removeProjects();
});

function bake(target: string, opts: { env?: NodeJS.ProcessEnv; allow?: string[] } = {}) {
  return runBake({
    files: [path.join(dir, 'docker-bake.hcl')],
    targets: [target],
    set: [],
    cwd: dir,
    env: opts.env ?? { ...process.env, SSH_AUTH_SOCK: '' },
    builder: STANDALONE,
    cache: 'off',
    allow: opts.allow,
  });
}

function expectForwarded(out: string): void {
  const lines = fs.readFileSync(path.join(dir, out, 'out.txt'), 'utf8').split('\n');
  expect(lines[0]).toBe('socket ok');
  expect(lines[1]).toContain(`${fingerprint} deploy@bakekit-test (ED25519)`);
  expect(lines).toContain('signature verified');
  expect(lines).toContain('remove refused');
  expect(lines.filter((l) => l.includes(fingerprint))).toHaveLength(2); // still there after `ssh-add -D`
}

describe('RUN --mount=type=ssh (standalone buildkitd)', () => {
  it('ssh = ["x=KEYFILE"]: a private ssh-agent holding the key, gone after the build', async () => {
    const result = await bake('keys');
    expect(result.targets.map((t) => `${t.target}: ${t.status} ${t.error?.message ?? ''}`.trim())).toEqual([
      'keys: done',
    ]);
    expectForwarded('out-keys');
    // killed when the session closed (SIGTERM: gone a moment later)
    await expect
      .poll(() => spawnStatus('pgrep', ['-f', 'ssh-agent -D -a .*bakekit-ssh-.*/agent.sock']), { timeout: 5000 })
      .toBe(1);
  }, 180_000);

  it('ssh = ["default"]: the agent at SSH_AUTH_SOCK (allowed with --allow=ssh)', async () => {
    const result = await bake('agent', { env: { ...process.env, SSH_AUTH_SOCK: agentSock }, allow: ['ssh'] });
    expect(result.targets.map((t) => `${t.target}: ${t.status} ${t.error?.message ?? ''}`.trim())).toEqual([
      'agent: done',
    ]);
    expectForwarded('out-agent');
    // the runner's agent kept its key
    expect(
      execFileSync('ssh-add', ['-l'], { env: { ...process.env, SSH_AUTH_SOCK: agentSock }, encoding: 'utf8' }),
    ).toContain(fingerprint);
  }, 180_000);

  it('a required mount naming an id the target does not forward fails with BuildKit\'s "unset ssh forward key"', async () => {
    const result = await bake('unknown');
    expect(result.targets.map((t) => t.status)).toEqual(['failed']);
    expect(result.targets[0].error?.message).toMatch(/unset ssh forward key nope/);
  }, 180_000);

  it('ssh = ["default"] without SSH_AUTH_SOCK, and a key with a passphrase, fail before anything is built', async () => {
    // (bake resolution says it first, in buildx's words)
    await expect(bake('agent', { allow: ['ssh'] })).rejects.toThrow(
      /invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set/,
    );
    await expect(bake('passphrase')).rejects.toThrow(
      `target "passphrase": ssh "x": failed to parse ${path.join(dir, 'locked_key')}: this private key is passphrase protected, and bakekit cannot ask for a passphrase`,
    );
  }, 60_000);
});

function spawnStatus(cmd: string, args: string[]): number | null {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return 0;
  } catch (err) {
    return (err as { status: number | null }).status;
  }
}
