/**
 * Failures to reach the daemon, worded so a user can act on them: which endpoint, and what to check (the socket
 * missing, permissions, a host name that does not resolve, TLS, a daemon too old). The errors come from grpc-js (a
 * ServiceError whose details hold the socket error as text) or from our own connectors (Node socket errors).
 */
import { codeOf, messageOf } from '../grpc/errors.js';
import { Code } from '../grpc/status.js';

/** An error about reaching the daemon, worded for the user; `cause` is the original error. */
export class BuildKitConnectionError extends Error {
  override readonly name = 'BuildKitConnectionError';

  constructor(
    message: string,
    readonly endpoint: string,
    cause: unknown,
  ) {
    super(message, { cause });
  }
}

const SOCKET_ERRNO =
  /\b(ENOENT|ECONNREFUSED|EACCES|EPERM|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|ECONNRESET|EPIPE)\b/;

/**
 * Turns a transport or daemon failure (grpc-js ServiceError, or a Node socket error from our own
 * connectors) into an actionable message naming the endpoint, e.g.
 * `cannot reach BuildKit at unix:///run/buildkit/buildkitd.sock: the socket does not exist; is the daemon running?`.
 * Errors that are not about the connection keep their message, prefixed with the endpoint.
 */
export function describeConnectionError(err: unknown, endpoint: string): BuildKitConnectionError {
  const grpcCode = codeOf(err);
  const errnoCode = (err as { code?: unknown } | null | undefined)?.code;
  const errno = typeof errnoCode === 'string' ? errnoCode : undefined;
  const detail = messageOf(err) || (err instanceof Error ? err.message : String(err));
  // grpc-js reports the socket error only as text ("… Last error: Error: connect ENOENT /path …").
  const code = errno ?? SOCKET_ERRNO.exec(detail)?.[1];
  const unreachable = `cannot reach BuildKit at ${endpoint}`;
  const make = (message: string) => new BuildKitConnectionError(message, endpoint, err);

  switch (code) {
    case 'ENOENT':
      return make(`${unreachable}: the socket does not exist; is the daemon running?`);
    case 'ECONNREFUSED':
      return make(`${unreachable}: connection refused; is the daemon running and listening there?`);
    case 'EACCES':
    case 'EPERM':
      return make(
        `${unreachable}: permission denied on the socket; run as a user allowed to use it (root, or the docker group for the Docker socket)`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return make(`${unreachable}: the host name does not resolve (${detail})`);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return make(`${unreachable}: the host does not answer (${code}); check the address and firewall`);
    case 'ECONNRESET':
    case 'EPIPE':
      return make(
        `${unreachable}: the connection was closed by the other side (${code}); is this a BuildKit (or Docker) endpoint, and is TLS needed?`,
      );
  }

  switch (grpcCode) {
    case Code.UNAVAILABLE:
      if (/Name resolution failed/.test(detail))
        return make(`${unreachable}: the host name does not resolve (${detail})`);
      return make(`${unreachable}: ${detail}; is the daemon running?`);
    case Code.DEADLINE_EXCEEDED:
      return make(`${unreachable}: timed out (${detail}); is the daemon running and reachable?`);
    case Code.UNIMPLEMENTED:
      return make(
        `BuildKit at ${endpoint} does not support this call (${detail}); the daemon may be too old, or the endpoint is not BuildKit`,
      );
    case Code.UNAUTHENTICATED:
    case Code.PERMISSION_DENIED:
      return make(`BuildKit at ${endpoint} refused the connection: ${detail}; check credentials / TLS settings`);
  }

  if (/Failed to connect before the deadline/.test(detail)) {
    return make(`${unreachable}: timed out; is the daemon running?`);
  }
  return make(`BuildKit at ${endpoint}: ${detail}`);
}
