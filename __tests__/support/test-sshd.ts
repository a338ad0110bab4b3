/**
 * The test host's loopback sshd (scripts/test-host.sh sshd): 127.0.0.1:2222, root by public key only, the key in
 * /etc/bakekit-test-sshd, the host key trusted machine-wide. Tests reach it as a CI runner would reach a build
 * machine: with an ssh-agent holding the key (SSH_AUTH_SOCK) and nothing else configured. Missing pieces fail the test
 * (never skip): `npm test` brings the sshd up (scripts/ensure-test-host.mjs).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_SSHD = {
  host: '127.0.0.1',
  port: 2222,
  user: 'root',
  dir: '/etc/bakekit-test-sshd',
  /** the key authorized for root (0600 root, like the buildkitd socket it leads to) */
  clientKey: '/etc/bakekit-test-sshd/client_ed25519',
} as const;

/** ssh://root@127.0.0.1:2222[/SOCKET] */
export function testSshdUrl(socket = ''): string {
  return `ssh://${TEST_SSHD.user}@${TEST_SSHD.host}:${TEST_SSHD.port}${socket}`;
}

export function requireTestSshd(): void {
  const hostKey = join(TEST_SSHD.dir, 'host_ed25519.pub');
  const up =
    existsSync(hostKey) &&
    spawnSync('ssh-keyscan', ['-T', '5', '-t', 'ed25519', '-p', String(TEST_SSHD.port), TEST_SSHD.host], {
      encoding: 'utf8',
      timeout: 20_000,
    }).stdout?.includes(readFileSync(hostKey, 'utf8').split(' ')[1]);
  if (!up)
    throw new Error(
      `the test sshd on ${TEST_SSHD.host}:${TEST_SSHD.port} is not up: run \`npm test\` or scripts/test-host.sh sshd as root`,
    );
  try {
    readFileSync(TEST_SSHD.clientKey);
  } catch (err) {
    throw new Error(
      `cannot read the test sshd's client key ${TEST_SSHD.clientKey} (root only, like the buildkitd socket): ${(err as Error).message}`,
    );
  }
}

/** A throwaway ed25519 private key (OpenSSH format), not authorized anywhere. */
export function throwawayKey(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bakekit-sshkey-'));
  try {
    const r = spawnSync(
      'ssh-keygen',
      ['-q', '-t', 'ed25519', '-N', '', '-C', 'bakekit-test-unauthorized', '-f', join(dir, 'key')],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`ssh-keygen failed: ${r.stderr}`);
    return readFileSync(join(dir, 'key'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface SshAgent {
  /** the agent's socket, for SSH_AUTH_SOCK */
  socket: string;
  stop(): Promise<void>;
}

/** An ssh-agent of the test's own (foreground, killed by stop()) holding `privateKey`. */
export async function startSshAgent(privateKey: string): Promise<SshAgent> {
  const dir = mkdtempSync(join(tmpdir(), 'bakekit-agent-'));
  const socket = join(dir, 'agent.sock');
  const agent: ChildProcess = spawn('ssh-agent', ['-D', '-a', socket], { stdio: ['ignore', 'ignore', 'pipe'] });
  let agentErr = '';
  agent.stderr!.on('data', (c: Buffer) => (agentErr += c.toString('utf8')));
  const stop = async () => {
    if (agent.exitCode === null && agent.signalCode === null) {
      const exited = new Promise((resolve) => agent.once('exit', resolve));
      agent.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; !existsSync(socket); i++) {
      if (agent.exitCode !== null || i > 100)
        throw new Error(`ssh-agent did not start: ${agentErr.trim() || 'no socket'}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const add = spawnSync('ssh-add', ['-q', '-'], {
      input: privateKey,
      env: { ...process.env, SSH_AUTH_SOCK: socket },
      encoding: 'utf8',
    });
    if (add.status !== 0) throw new Error(`ssh-add failed: ${add.stderr.trim()}`);
  } catch (err) {
    await stop();
    throw err;
  }
  return { socket, stop };
}
