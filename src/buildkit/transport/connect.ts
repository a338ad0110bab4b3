/**
 * Opens a gRPC channel (grpc/client.ts) to BuildKit for any Endpoint, plus the session tunnel that goes with it:
 *
 *   unix / tcp(+TLS)      the channel dials the daemon; sessions ride a `Control.Session` call on a connection of
 *                         their own
 *   docker://             the channel's connections are `POST /grpc` upgrades; sessions use `POST /session`, except
 *                         those whose id a later run may take at once (an unchanged directory's state seen before,
 *                         solve/run/session-ids.ts): `Control.Session` on a `POST /grpc` connection of their own,
 *                         which dockerd forgets as soon as it ends
 *   docker-container://,  a private bridge runs a command whose stdio is a connection (connhelper.ts) per
 *   ssh://, kube-pod://,  connection: `docker exec -i NAME buildctl dial-stdio`, `ssh … HOST buildctl dial-stdio`,
 *   kubernetes builders   `kubectl … exec -i POD -- buildctl dial-stdio` (a kubernetes builder's pod is looked up
 *                         first, kubernetes.ts); sessions ride `Control.Session` on the channel's connection
 */
import * as net from 'node:net';
import type { Duplex } from 'node:stream';
import * as tls from 'node:tls';
import { Channel } from '../grpc/client.js';
import { CONTROL_SERVICE, type ControlMethods } from '../proto/control.pb.js';
import { ServiceClient } from '../proto/grpc-service.js';
import { LocalBridge } from './bridge.js';
import { startCommandBridge, StdioCommandError, type StdioCommand } from './connhelper.js';
import { dialStdioArgs, dockerUpgrade, tlsConnectOptions } from './docker.js';
import { describeEndpoint, type Endpoint } from './endpoint.js';
import { keepaliveSettings, reviewUnresponsive, tcpKeepalive, type KeepaliveSettings } from './keepalive.js';
import { kubePodCommand } from './kubepod.js';
import { resolveKubernetesPod } from './kubernetes.js';
import { sshCommand } from './ssh.js';
import { H2CallTunnel } from './tunnel.js';

const MiB = 1024 * 1024;

export interface BuildkitConnection {
  readonly endpoint: Endpoint;
  /** What the user would call this daemon, e.g. "unix:///run/buildkit/buildkitd.sock". */
  readonly description: string;
  /** The keepalive of the channel's connections (keepalive.ts). */
  readonly keepalive: KeepaliveSettings;
  /** The shared `moby.buildkit.v1.Control` client of this connection; its `channel` carries every call. */
  control(): ServiceClient<ControlMethods>;
  /** A byte pipe on which the daemon speaks HTTP/2 as the client; `headers` are the session headers (repeat a name
   * once per value). Resolves once the daemon has accepted it. `idReused`: a later session may take the session's id
   * as soon as it ends (solve/run/session-ids.ts), so it must be opened where the daemon forgets it then. */
  openSessionTunnel(headers: Array<[string, string]>, opts?: { idReused?: boolean }): Promise<Duplex>;
  /** How long after a session opened without `idReused` ended the daemon may still hold its id: dockerd's `POST
   * /session` keeps it until its health checks fail, up to 10 s (1.7–4.4 s measured); 0 where every session is
   * forgotten at its end. */
  readonly sessionLingerMs: number;
  /** Closes clients, tunnels, bridges and child processes. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  signal?: AbortSignal;
  /** How long to keep retrying until the channel is ready (default 5 s; 10 s for docker-container://, where each
   * connection starts a `docker exec`; 15 s for ssh://, kube-pod:// and kubernetes builders, a remote login each). */
  readyTimeoutMs?: number;
  /** HTTP/2 and TCP keepalive (keepalive.ts); default: from BAKEKIT_KEEPALIVE_INTERVAL/_TIMEOUT, else 5 min / 60 s */
  keepalive?: KeepaliveSettings;
}

/** connect() could not reach the daemon (or not even set up the means to): the message says which, and why. */
export class ConnectError extends Error {
  override readonly name = 'ConnectError';
}

/** The largest response accepted: responses (ReadFile, Status batches) can exceed grpc's 4 MiB default. */
export const MAX_RECEIVE_MESSAGE = 64 * MiB;

interface Transport {
  /** A new connection for the channel; `signal` aborts it when the channel closes. */
  dial: (signal?: AbortSignal) => Promise<Duplex>;
  /** `:authority` of the channel's calls. */
  authority: string;
  /** Dials that may fail before waiting for the daemon stops (one that is refused will not heal by waiting). */
  maxDialFailures?: number;
  bridge?: LocalBridge;
  /** A new connection of its own for a session's `Control.Session` call (H2CallTunnel); without it (dial-stdio, where
   * each connection runs a command), the call shares the channel's connection. */
  dialSession?: () => Promise<Duplex>;
  /** dockerd's own session endpoint (`POST /session`): the session's HTTP/2 runs on the upgraded socket itself, with
   * no tunnel framing, but dockerd forgets the session only when its health checks fail, up to 10 s after it ended
   * (session/grpc.go monitorHealth; it refuses the id until then, and a session opened under the id by another route
   * would be dropped then). For sessions whose id is not taken again within RAW_SESSION_LINGER_MS. */
  openRawSession?: (headers: Array<[string, string]>) => Promise<Duplex>;
  /** Finds out why the channel did not become ready (a direct socket probe, or the bridge's last failure). */
  diagnose(): Promise<string | undefined>;
  /** A new connection to the daemon the channel talks to, for a keepalive probe (keepalive.ts pingProbe). */
  dialProbe(): Promise<Duplex>;
}

/** Connect to `endpoint` and wait (bounded) until the channel is ready. */
export async function connect(endpoint: Endpoint, opts: ConnectOptions = {}): Promise<BuildkitConnection> {
  const description = describeEndpoint(endpoint);
  // The daemon-running hint only fits when nothing answered; a TLS rejection means something did, and a failed
  // dial-stdio command says itself what went wrong (a login refused, a pod missing).
  const unreachable = (why: string, cause: unknown) =>
    new ConnectError(
      `cannot reach BuildKit at ${description}: ${why}${why.startsWith('TLS:') || cause instanceof StdioCommandError ? '' : '. Is the daemon running?'}`,
      { cause },
    );
  opts.signal?.throwIfAborted();

  const keepalive = opts.keepalive ?? keepaliveSettings(process.env);
  let transport: Transport;
  try {
    transport = await makeTransport(endpoint, keepalive, opts.signal);
  } catch (err) {
    if (opts.signal?.aborted) throw opts.signal.reason ?? err;
    // Local setup (TLS files, the bridge socket, a kubernetes builder's pod): the daemon was not even tried, so don't
    // blame it.
    throw new ConnectError(`cannot connect to BuildKit at ${description}: ${(err as Error).message}`, { cause: err });
  }
  // One channel for every call (Control here, LLBBridge and Content in client.ts), with its keepalive, and a second
  // look at calls whose connection dropped (keepalive.ts).
  const channel = new Channel({
    dial: transport.dial,
    authority: transport.authority,
    keepalive,
    maxReceiveMessage: MAX_RECEIVE_MESSAGE,
    reviewLost: reviewUnresponsive({ description, settings: keepalive, open: () => transport.dialProbe() }),
  });
  const control = new ServiceClient(channel, CONTROL_SERVICE);
  const tunnels = new Set<Duplex>();
  let closed = false;

  const close = async () => {
    if (closed) return;
    closed = true;
    for (const t of tunnels) t.destroy();
    tunnels.clear();
    channel.close();
    await transport.bridge?.close();
  };

  const readyTimeoutMs = opts.readyTimeoutMs ?? READY_TIMEOUT_MS[endpoint.kind] ?? 5_000;
  try {
    await Promise.race([
      channel.ready(readyTimeoutMs, opts.signal, transport.maxDialFailures),
      // Three failed runs of a bridge's command (a container missing, a login refused) will not heal by waiting.
      transport.bridge?.failedTimes(3).then((err) => Promise.reject(err)) ?? new Promise<never>(() => {}),
    ]);
  } catch (err) {
    const aborted = opts.signal?.aborted;
    const why = aborted
      ? undefined
      : ((await transport.diagnose().catch(() => undefined)) ?? transport.bridge?.lastError?.message);
    await close();
    if (aborted) throw opts.signal!.reason ?? err;
    // the command's own error when it is what failed, so that its stderr is at hand (StdioCommandError)
    const lastError = transport.bridge?.lastError;
    throw unreachable(why ?? (err as Error).message, lastError && why === lastError.message ? lastError : err);
  }

  const openSessionTunnel = async (
    headers: Array<[string, string]>,
    tunnelOpts: { idReused?: boolean } = {},
  ): Promise<Duplex> => {
    if (closed) throw new Error(`connection to ${description} is closed`);
    if (transport.openRawSession && !tunnelOpts.idReused) return tracked(await transport.openRawSession(headers));
    let tunnel: H2CallTunnel;
    if (transport.dialSession) {
      const socket = await transport.dialSession().catch((err: Error) => {
        throw new Error(`cannot open a session connection to ${description}: ${err.message}`, { cause: err });
      });
      tunnel = new H2CallTunnel(socket, headers);
    } else {
      tunnel = new H2CallTunnel(await channel.connection(), headers);
    }
    try {
      await tunnel.accepted(15_000);
    } catch (err) {
      tunnel.destroy();
      throw new Error(`BuildKit at ${description} did not accept the session: ${(err as Error).message}`, {
        cause: err,
      });
    }
    return tracked(tunnel);
  };
  const tracked = (tunnel: Duplex): Duplex => {
    tunnels.add(tunnel);
    tunnel.once('close', () => tunnels.delete(tunnel));
    return tunnel;
  };

  return {
    endpoint,
    description,
    keepalive,
    control: () => control,
    openSessionTunnel,
    sessionLingerMs: transport.openRawSession ? RAW_SESSION_LINGER_MS : 0,
    close,
  };
}

/** Two 5 s health-check ticks after the end of a `POST /session` session, and a margin for a loaded daemon. */
const RAW_SESSION_LINGER_MS = 15_000;

/** Endpoints that start a process per connection wait longer by default (ConnectOptions.readyTimeoutMs). */
const READY_TIMEOUT_MS: Partial<Record<Endpoint['kind'], number>> = {
  'docker-container': 10_000,
  ssh: 15_000,
  'kube-pod': 15_000,
  kubernetes: 15_000,
};

async function makeTransport(
  endpoint: Endpoint,
  keepalive: KeepaliveSettings,
  signal?: AbortSignal,
): Promise<Transport> {
  switch (endpoint.kind) {
    case 'unix': {
      const dialSession = (signal?: AbortSignal) => dial(() => net.connect({ path: endpoint.path }), 'connect', signal);
      return {
        dial: dialSession,
        authority: 'localhost',
        dialSession,
        diagnose: () => probe(() => net.connect({ path: endpoint.path })),
        dialProbe: dialSession,
      };
    }
    case 'tcp': {
      const hostPort = endpoint.host.includes(':')
        ? `[${endpoint.host}]:${endpoint.port}`
        : `${endpoint.host}:${endpoint.port}`;
      const files = endpoint.tls;
      if (!files) {
        const dialSession = (signal?: AbortSignal) =>
          dial(
            () => tcpKeepalive(net.connect({ host: endpoint.host, port: endpoint.port }).setNoDelay(true), keepalive),
            'connect',
            signal,
          );
        return {
          dial: dialSession,
          authority: hostPort,
          dialSession,
          diagnose: () => probe(() => net.connect({ host: endpoint.host, port: endpoint.port })),
          dialProbe: dialSession,
        };
      }
      // read now, so that a missing or unreadable file is a setup error, not a dial that keeps failing
      const tlsOptions = { ...tlsConnectOptions(endpoint.host, endpoint.port, files), ALPNProtocols: ['h2'] };
      const dialTls = (signal?: AbortSignal) =>
        dial(() => tcpKeepalive(tls.connect(tlsOptions), keepalive), 'secureConnect', signal);
      return {
        dial: dialTls,
        authority: files.serverName ?? hostPort,
        dialSession: dialTls,
        dialProbe: () => dial(() => tls.connect(tlsOptions), 'secureConnect'),
        // A TLS handshake of our own tells "wrong CA" / "certificate required" apart from "nothing listening".
        diagnose: () => probe(() => tls.connect(tlsOptions), 'secureConnect'),
      };
    }
    case 'docker': {
      const engine = endpoint.engine;
      return {
        dial: (signal) => dockerUpgrade(engine, '/grpc', [], { signal }),
        authority: 'localhost',
        maxDialFailures: 3,
        dialSession: () => dockerUpgrade(engine, '/grpc'),
        dialProbe: () => dockerUpgrade(engine, '/grpc'),
        openRawSession: (headers) => dockerUpgrade(engine, '/session', headers),
        diagnose: async () => {
          // Ask the Engine directly: a refused upgrade explains more than "connection closed".
          try {
            (await dockerUpgrade(engine, '/grpc', [], { timeoutMs: 3000 })).destroy();
          } catch (err) {
            return (err as Error).message;
          }
          return undefined;
        },
      };
    }
    case 'docker-container':
      return commandTransport({ command: 'docker', args: dialStdioArgs(endpoint.container, endpoint.docker) });
    case 'ssh':
      return commandTransport(sshCommand(endpoint));
    case 'kube-pod':
      return commandTransport(kubePodCommand(endpoint));
    case 'kubernetes':
      return commandTransport(kubePodCommand(await resolveKubernetesPod(endpoint, { signal })));
  }
}

/** A command whose stdio is a connection (connhelper.ts), run per connection behind a private bridge. */
async function commandTransport(cmd: StdioCommand): Promise<Transport> {
  const bridge = await startCommandBridge(cmd);
  return {
    dial: (signal) => dial(() => net.connect({ path: bridge.socketPath }), 'connect', signal),
    authority: 'localhost',
    bridge,
    diagnose: () => Promise.resolve(bridge.lastError?.message),
    // through the bridge: one more run of the command, to the daemon behind it
    dialProbe: () => dial(() => net.connect({ path: bridge.socketPath })),
  };
}

/** Resolves with the socket `open` makes once it is connected (`readyEvent`), rejects with its error or after
 * `timeoutMs` (the channel's own connection worked moments ago, so this is quick unless the network failed since). */
function dial(
  open: () => net.Socket,
  readyEvent: 'connect' | 'secureConnect' = 'connect',
  signal?: AbortSignal,
  timeoutMs = 15_000,
): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const socket = open();
    const timer = setTimeout(() => socket.destroy(new Error(`no connection within ${timeoutMs} ms`)), timeoutMs);
    const onAbort = () => socket.destroy(signal!.reason as Error);
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    socket.once(readyEvent, () => {
      settle();
      socket.off('error', onError);
      resolve(socket);
    });
    const onError = (err: Error) => {
      settle();
      reject(err);
    };
    socket.once('error', onError);
  });
}

/**
 * Connects once (outside the channel) to learn why the daemon is unreachable; undefined when the connection works.
 * For TLS the probe lingers briefly after the handshake: with TLS 1.3 a server that rejects our client certificate
 * says so only after the client considers the handshake done.
 */
function probe(
  open: () => net.Socket,
  readyEvent: 'connect' | 'secureConnect' = 'connect',
): Promise<string | undefined> {
  return new Promise((resolve) => {
    let socket: net.Socket;
    try {
      socket = open();
    } catch (err) {
      resolve((err as Error).message);
      return;
    }
    let finished = false;
    const timer = setTimeout(() => done('no answer within 3 s'), 3000);
    const done = (why: string | undefined) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(why);
    };
    socket.once(readyEvent, () => {
      if (readyEvent === 'connect') return done(undefined);
      socket.once('close', () =>
        done(
          'TLS: the server closed the connection after the handshake (does it want a client certificate we did not send, or trust?)',
        ),
      );
      setTimeout(() => done(undefined), 500);
    });
    socket.once('error', (err) => done(tlsHint(err)));
  });
}

function tlsHint(err: NodeJS.ErrnoException & { reason?: string }): string {
  const code = err.code ?? '';
  // OpenSSL errors carry a one-line `reason`; their message is a multi-part OpenSSL error string.
  const what = code.startsWith('ERR_SSL_') && err.reason ? err.reason : err.message;
  if (/CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code) && !/ALERT/.test(code)) {
    return `TLS: the server certificate is not trusted (${what}); check the CA certificate and server name`;
  }
  if (/ALERT_CERTIFICATE_REQUIRED|ALERT_BAD_CERTIFICATE|ALERT_UNKNOWN_CA/.test(code)) {
    return `TLS: the server rejected our client certificate (${what})`;
  }
  return err.message;
}
