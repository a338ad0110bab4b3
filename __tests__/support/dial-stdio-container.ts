/**
 * A throwaway container for docker-container:// tests: busybox + the host's static buildctl, with the host's
 * /run/buildkit mounted, so `docker exec -i NAME buildctl dial-stdio` reaches the standalone buildkitd on
 * unix:///run/buildkit/buildkitd.sock (buildctl's default address). Nothing can be pulled on the test host, so the
 * image is `docker import`ed from a tarball built here. Idempotent: a running container is reused, anything else
 * (stopped, wrong image) is replaced.
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const DIAL_STDIO_IMAGE = 'bakekit-test/dial-stdio:v1';
export const DIAL_STDIO_CONTAINER = 'bakekit-test-dial-stdio';
const BUILDCTL = '/usr/local/bin/buildctl';
const BUSYBOX = '/bin/busybox';

async function docker(args: string[], timeoutMs = 60_000): Promise<string> {
  try {
    const { stdout } = await run('docker', args, { timeout: timeoutMs });
    return stdout.trim();
  } catch (err) {
    const e = err as Error & { stderr?: string };
    throw new Error(`docker ${args.join(' ')} failed: ${e.stderr?.trim() || e.message}`);
  }
}

async function imageExists(): Promise<boolean> {
  return docker(['image', 'inspect', '--format', '{{.Id}}', DIAL_STDIO_IMAGE]).then(
    () => true,
    () => false,
  );
}

/** Root filesystem tarball (busybox applets + buildctl) piped into `docker import`. */
async function importImage(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'bakekit-dialstdio-'));
  try {
    for (const d of ['bin', 'tmp', 'etc', 'run/buildkit']) mkdirSync(join(root, d), { recursive: true });
    cpSync(BUSYBOX, join(root, 'bin/busybox'));
    for (const applet of ['sh', 'sleep', 'ls', 'cat', 'true']) symlinkSync('busybox', join(root, 'bin', applet));
    cpSync(BUILDCTL, join(root, 'bin/buildctl'));
    await new Promise<void>((resolve, reject) => {
      const tar = spawn('tar', ['-C', root, '-c', '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
      const imp = spawn('docker', ['import', '--change', 'ENV PATH=/bin', '-', DIAL_STDIO_IMAGE], {
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      let stderr = '';
      imp.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      tar.stdout.pipe(imp.stdin);
      const timer = setTimeout(() => {
        tar.kill();
        imp.kill();
        reject(new Error('docker import timed out'));
      }, 120_000);
      imp.on('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`docker import failed (${code}): ${stderr.trim()}`));
      });
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Ensures the container runs and returns its name. */
export async function ensureDialStdioContainer(): Promise<string> {
  const state = await docker([
    'container',
    'inspect',
    '--format',
    '{{.State.Running}} {{.Config.Image}}',
    DIAL_STDIO_CONTAINER,
  ]).catch(() => '');
  if (state === `true ${DIAL_STDIO_IMAGE}`) return DIAL_STDIO_CONTAINER;
  if (state) await docker(['rm', '-f', DIAL_STDIO_CONTAINER]);
  if (!(await imageExists())) await importImage();
  await docker([
    'run',
    '-d',
    '--name',
    DIAL_STDIO_CONTAINER,
    '--network',
    'none', // dial-stdio only needs the mounted socket
    '-v',
    '/run/buildkit:/run/buildkit',
    '--label',
    'bakekit-test=dial-stdio',
    DIAL_STDIO_IMAGE,
    'sleep',
    '86400',
  ]);
  return DIAL_STDIO_CONTAINER;
}

export async function removeDialStdioContainer(): Promise<void> {
  await docker(['rm', '-f', DIAL_STDIO_CONTAINER]).catch(() => undefined);
}
