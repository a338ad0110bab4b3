/**
 * `ssh://[USER@]HOST[:PORT][/SOCKET]`: buildkitd on another machine, reached the way BuildKit's ssh connection helper
 * does it (moby/buildkit client/connhelper/ssh/ssh.go): each connection runs
 *
 *   ssh [-l USER] [-p PORT] -- HOST buildctl [--addr unix://SOCKET] dial-stdio
 *
 * with the `ssh` on PATH, so the runner's own ssh config, known_hosts and agent (SSH_AUTH_SOCK) decide how to log in.
 * Without a path, buildctl on the remote side uses its default address (BUILDKIT_HOST there, else
 * unix:///run/buildkit/buildkitd.sock).
 *
 * Accepted like ssh.go's SpecFromURL (on Go's url.Parse, connhelper-url.ts): a host is required; a password, a query
 * or a fragment is refused. Refused here as well: a user or host that begins with "-" (it would read as an option;
 * ssh.go relies on `--` for the host only), and a socket path with characters the remote login shell would interpret
 * (ssh hands the remote command to that shell as one string).
 */
import { ConnhelperUrlError, parseConnhelperUrl } from './connhelper-url.js';
import type { StdioCommand } from './connhelper.js';

/** ssh.go's Spec; optional parts are absent rather than "". */
export interface SshSpec {
  host: string;
  user?: string;
  /** as written (digits) */
  port?: string;
  /** absolute path of buildkitd's socket on the remote host (the URL's path) */
  socket?: string;
}

/** Characters a POSIX shell takes literally in an unquoted word. */
const SHELL_SAFE = /^[A-Za-z0-9/._+:@%=,-]*$/;

/** `ssh://…` → SshSpec; throws ConnhelperUrlError with the reason. */
export function parseSshUrl(spec: string): SshSpec {
  const u = parseConnhelperUrl(spec);
  if (u.scheme !== 'ssh') throw new ConnhelperUrlError('not an ssh:// URL');
  if (u.password !== undefined) throw new ConnhelperUrlError('plain-text password is not supported');
  if (!u.hostname) throw new ConnhelperUrlError('no host specified');
  if (u.rawQuery) throw new ConnhelperUrlError(`extra query after the host: ${JSON.stringify(u.rawQuery)}`);
  if (u.fragment) throw new ConnhelperUrlError(`extra fragment after the host: ${JSON.stringify(u.fragment)}`);
  if (u.hostname.startsWith('-'))
    throw new ConnhelperUrlError(`host ${JSON.stringify(u.hostname)} begins with "-" (it would be read as an option)`);
  if (u.username?.startsWith('-'))
    throw new ConnhelperUrlError(`user ${JSON.stringify(u.username)} begins with "-" (it would be read as an option)`);
  if (!SHELL_SAFE.test(u.path)) {
    throw new ConnhelperUrlError(
      `socket path ${JSON.stringify(u.path)} has characters the remote shell would interpret ` +
        '(allowed: letters, digits and / . _ + : @ % = , -)',
    );
  }
  return {
    host: u.hostname,
    ...(u.username ? { user: u.username } : {}),
    ...(u.port ? { port: u.port } : {}),
    ...(u.path ? { socket: u.path } : {}),
  };
}

/** ssh.go's argv, in its order. */
export function sshCommand(s: SshSpec): StdioCommand {
  const args: string[] = [];
  if (s.user) args.push('-l', s.user);
  if (s.port) args.push('-p', s.port);
  args.push('--', s.host, 'buildctl');
  if (s.socket) args.push('--addr', `unix://${s.socket}`);
  args.push('dial-stdio');
  return { command: 'ssh', args };
}

/** The URL a user would type for `s`. */
export function describeSsh(s: SshSpec): string {
  const host = s.host.includes(':') ? `[${s.host}]` : s.host;
  return `ssh://${s.user ? `${encodeURIComponent(s.user)}@` : ''}${host}${s.port ? `:${s.port}` : ''}${s.socket ?? ''}`;
}
