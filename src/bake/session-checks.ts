import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { isAbsolute, resolve as resolvePath } from 'node:path';
import { BakeError } from './errors.js';
import type { SecretEntry, SshEntry } from './entries.js';

/**
 * What buildx checks about a target's secrets and SSH agents before `--print` prints anything: toBuildOpt
 * calls build.CreateSecrets and build.CreateSSH, i.e. BuildKit's secretsprovider.NewStore and
 * sshprovider.NewSSHAgentProvider, which stat files and parse keys. Paths are relative to the working
 * directory, as they are for buildx (the process's). Messages are BuildKit's.
 *
 * The build itself checks SSH entries more thoroughly when it starts (src/buildkit/session/ssh.ts: passphrase
 * protected keys, sockets mixed with keys); this is only what decides whether `--print` fails.
 */

/** secretsprovider.MaxSecretSize */
const MAX_SECRET_SIZE = 500 * 1024;
/** sshprovider reads at most this much of a key file */
const MAX_KEY_FILE = 100 * 1024;

function at(cwd: string, p: string): string {
  return isAbsolute(p) ? p : resolvePath(cwd, p);
}

/**
 * secretsprovider.NewStore: an entry with neither `src` nor `env` reads the environment variable named like its
 * id when that is set (always the real environment, whatever BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP says), else a
 * file named like its id; a file (`src` even when `env` is also given) must exist and be at most 500 KiB.
 */
export function checkSecrets(
  secrets: readonly SecretEntry[],
  env: Record<string, string | undefined>,
  cwd: string,
): void {
  for (const s of secrets) {
    if (!s.id) throw new BakeError('secret missing ID');
    let src = s.src ?? '';
    if (!s.env && !src) {
      if (env[s.id] !== undefined) continue;
      src = s.id;
    }
    if (!src) continue;
    const p = at(cwd, src);
    if (!existsSync(p)) throw new BakeError(`failed to stat ${src}: stat ${src}: no such file or directory`);
    if (statSync(p).size > MAX_SECRET_SIZE) throw new BakeError(`secret ${s.id} too big. max size 500KiB`);
  }
}

/**
 * sshprovider.NewSSHAgentProvider: no path means the agent at $SSH_AUTH_SOCK (which must be set and exist);
 * every path must exist; one that is not a socket must hold a private key (a PEM block: x/crypto's
 * ParseRawPrivateKey says "ssh: no key found" otherwise).
 */
export function checkSsh(entries: readonly SshEntry[], env: Record<string, string | undefined>, cwd: string): void {
  for (const s of entries) {
    const id = s.id || 'default';
    const declared = s.paths ?? [];
    const conf = `{${id} [${declared.join(' ')}] false}`;
    let paths = declared;
    if (paths.length === 0 || (paths.length === 1 && paths[0] === '')) {
      const sock = env.SSH_AUTH_SOCK ?? '';
      if (sock === '')
        throw new BakeError(
          `failed to convert agent config ${conf}: invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set`,
        );
      paths = [sock];
    }
    const fail = (why: string) =>
      new BakeError(
        `failed to convert agent config ${conf}: failed to convert agent config for ID: ${JSON.stringify(id)}: ${why}`,
      );
    for (const p of paths) {
      const full = at(cwd, p);
      if (!existsSync(full)) throw fail(`stat ${p}: no such file or directory`);
      const st = statSync(full);
      if (st.isSocket()) continue;
      if (st.isDirectory()) throw fail(`failed to read ${p}: read ${p}: is a directory`);
      const buf = Buffer.alloc(MAX_KEY_FILE);
      const fd = openSync(full, 'r');
      let text: string;
      try {
        text = buf.subarray(0, readSync(fd, buf, 0, MAX_KEY_FILE, 0)).toString('latin1');
      } finally {
        closeSync(fd);
      }
      if (!/-----BEGIN [^\n]*-----/.test(text)) throw fail(`failed to parse ${p}: ssh: no key found`);
    }
  }
}
