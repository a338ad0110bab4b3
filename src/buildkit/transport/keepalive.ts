/**
 * Keepalive for bakekit's connections to BuildKit, so that a daemon that stops answering (SIGSTOP, a hung host, a
 * partitioned remote builder) fails the build with a clear error instead of being waited on forever.
 *
 * HTTP/2 PING on the gRPC channel (grpc/client.ts): only while a call is in flight, every `intervalMs` (default 5
 * minutes), and a ping unanswered after `timeoutMs` (default 60 s) drops the connection. That interval is what the
 * daemons permit: buildkitd (cmd/buildkitd/main.go) and dockerd serve gRPC with grpc-go's default enforcement policy —
 * MinTime 5 minutes, PermitWithoutStream false — and grpc-go counts a "strike" for every ping that comes sooner than
 * MinTime after the previous one (without a stream: sooner than 2 hours), sending GOAWAY `too_many_pings` (which kills
 * every call on the connection) at the third strike; a DATA frame from the server clears the strikes. The channel waits
 * `intervalMs` from the previous ping's answer, so two pings reach the server at least `intervalMs` + a round trip
 * apart, and pings stop while no call is open.
 *
 * A ping timeout and a killed daemon end the calls the same way (UNAVAILABLE "Connection dropped"), so
 * `reviewUnresponsive` looks closer when a call ends with an UNAVAILABLE the daemon did not send: it opens a new
 * connection and pings it. No answer within `probeMs` (one missed ping on the call's connection, one on a fresh one):
 * the call fails with a NotRespondingError, "BuildKit at … is not responding". A refused connection keeps the
 * original status (the daemon is gone, not frozen; solve/run/target-errors.ts says so).
 *
 * TCP keepalive (`tcpKeepalive`) serves the `tcp://` sockets bakekit dials itself (session connections): a peer that
 * vanished without closing the connection is noticed by the kernel.
 *
 * `BAKEKIT_KEEPALIVE_INTERVAL` / `BAKEKIT_KEEPALIVE_TIMEOUT` (seconds, fractions allowed) override the defaults, for
 * tests (an interval under 5 minutes breaks the daemons' ping policy once a call has been quiet for three pings).
 */
import type * as net from 'node:net';
import type { Duplex } from 'node:stream';
import { H2Connection } from '../grpc/h2-connection.js';
import { Code, StatusError } from '../grpc/status.js';

export interface KeepaliveSettings {
  /** time between pings while a call is in flight */
  intervalMs: number;
  /** how long a ping may stay unanswered */
  timeoutMs: number;
}

export const DEFAULT_KEEPALIVE: Readonly<KeepaliveSettings> = { intervalMs: 5 * 60_000, timeoutMs: 60_000 };

function seconds(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`${name}=${JSON.stringify(value)}: expected a positive number of seconds`);
  return Math.round(n * 1000);
}

/** The settings from the environment (BAKEKIT_KEEPALIVE_INTERVAL, BAKEKIT_KEEPALIVE_TIMEOUT), else the defaults. */
export function keepaliveSettings(
  env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env,
): KeepaliveSettings {
  const intervalMs =
    seconds(env.BAKEKIT_KEEPALIVE_INTERVAL, 'BAKEKIT_KEEPALIVE_INTERVAL') ?? DEFAULT_KEEPALIVE.intervalMs;
  const timeoutMs =
    seconds(env.BAKEKIT_KEEPALIVE_TIMEOUT, 'BAKEKIT_KEEPALIVE_TIMEOUT') ??
    Math.min(DEFAULT_KEEPALIVE.timeoutMs, intervalMs);
  return { intervalMs, timeoutMs };
}

/** TCP keepalive on a socket bakekit dialled (first probe after the keepalive interval, or 60 s if sooner). */
export function tcpKeepalive<T extends net.Socket>(socket: T, s: KeepaliveSettings): T {
  socket.setKeepAlive(true, Math.min(s.intervalMs, 60_000));
  return socket;
}

export function notRespondingMessage(description: string, s: KeepaliveSettings, probeMs: number): string {
  return (
    `BuildKit at ${description} is not responding: a keepalive ping went unanswered for ${fmt(s.timeoutMs)} and a new ` +
    `connection got no answer within ${fmt(probeMs)} (is the builder stopped or overloaded, or the network to it down?)`
  );
}

function fmt(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Whether the daemon answers an HTTP/2 PING on a new connection within `timeoutMs`: 'answered', 'silent' (connected,
 * or still connecting, but no answer), or the error that refused the connection. One ping on a fresh connection is
 * never a policy strike.
 */
export async function pingProbe(
  open: () => Promise<Duplex>,
  timeoutMs: number,
): Promise<'answered' | 'silent' | Error> {
  let socket: Duplex | undefined;
  let session: H2Connection | undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'silent'>((resolve) => {
    timer = setTimeout(() => resolve('silent'), timeoutMs);
  });
  const attempt = (async (): Promise<'answered' | Error> => {
    try {
      socket = await open();
    } catch (err) {
      return err as Error;
    }
    return new Promise((resolve) => {
      session = new H2Connection(socket!, 'client');
      session.ping((err) => resolve(err ?? 'answered'));
    });
  })();
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
    session?.destroy();
    socket?.destroy();
    // a connect still under way when the timeout hit: close what it yields
    void attempt.then(() => {
      session?.destroy();
      socket?.destroy();
    });
  }
}

/** A call failed because the daemon stopped answering (reviewUnresponsive): UNAVAILABLE, with a message that says
 * so. */
export class NotRespondingError extends StatusError {
  override readonly name = 'NotRespondingError';
}

/**
 * For the channel's `reviewLost`: a call that lost its connection fails with a NotRespondingError when the daemon does
 * not answer a ping on a new connection (see the header), else as it was. Calls ending together share one probe.
 */
export function reviewUnresponsive(opts: {
  description: string;
  settings: KeepaliveSettings;
  open: () => Promise<Duplex>;
  probeMs?: number;
}): (err: StatusError) => Promise<StatusError> {
  const probeMs = opts.probeMs ?? Math.min(opts.settings.timeoutMs, 10_000);
  let shared: { at: number; result: Promise<'answered' | 'silent' | Error> } | undefined;
  const probe = () => {
    if (!shared || Date.now() - shared.at > probeMs + 2000)
      shared = { at: Date.now(), result: pingProbe(opts.open, probeMs) };
    return shared.result;
  };
  return async (err) => {
    if ((await probe()) !== 'silent') return err;
    return new NotRespondingError(Code.UNAVAILABLE, notRespondingMessage(opts.description, opts.settings, probeMs), {
      cause: err,
    });
  };
}

/** The error a call failed with says the daemon stopped answering (reviewUnresponsive). */
export function isNotResponding(err: unknown): boolean {
  return err instanceof NotRespondingError;
}
