/**
 * A BuildKit session: a gRPC server run by us (grpc/server.ts) whose client is the daemon, reached through a tunnel
 * the connection opens (moby/buildkit session/session.go). The daemon finds it by the id sent in the headers (and in
 * SolveRequest.Session), calls Health every 5 s, and the attached services (FileSync, Secrets, Auth...) on demand.
 */
import type * as grpc from '@grpc/grpc-js';
import type { Duplex } from 'node:stream';
import { serviceDefinition } from '../proto/grpc-service.js';
import type { BuildkitConnection } from '../transport/connect.js';
import type { Attachable } from './attachable.js';
import { RpcServer } from '../grpc/server.js';
import { randomBytes } from '../light-crypto/random.js';
import { percentEncodeBytes } from '../grpc/status.js';
import { HealthService } from './health.js';

export const SESSION_HEADERS = {
  id: 'x-docker-expose-session-uuid',
  name: 'x-docker-expose-session-name',
  sharedKey: 'x-docker-expose-session-sharedkey',
  method: 'x-docker-expose-session-grpc-method',
} as const;

/** 25 random base36 characters, like BuildKit's identity.NewID; never contains ':' (the daemon splits on it). */
export function newSessionId(): string {
  let id = '';
  while (id.length < 25) {
    const bytes = randomBytes(32);
    for (const b of bytes) {
      if (b < 252 && id.length < 25) id += (b % 36).toString(36); // 252 = 7*36: no modulo bias
    }
  }
  return id;
}

export interface SessionOptions {
  /** Free text shown by old daemons (Go uses the basename of the working directory). */
  name?: string;
  /** Key for the daemon's local-context cache; stable per context directory makes transfers incremental. */
  sharedKey?: string;
  /** An id that later sessions reuse (solve/run/session-ids.ts), instead of a random one: the session is opened where
   * the daemon forgets it as soon as it ends (BuildkitConnection.openSessionTunnel), unless `lingerAllowed`. */
  reusedId?: string;
  /** With `reusedId`: no later session takes the id before the time the release records (session-ids.ts), so the
   * session may take a route where the daemon holds the id a while after it ended (`lingerMs` says how long). */
  lingerAllowed?: boolean;
}

export class Session {
  readonly id: string;
  /** A later session may take the id as soon as this one ends. */
  private readonly idReused: boolean;
  /** How long the daemon may hold the id after the session ended: set when it is opened on such a route. */
  lingerMs = 0;
  readonly name: string;
  readonly sharedKey: string;
  /** Settles when the daemon drops the session (or close() finished). Never rejects. */
  readonly closed: Promise<void>;
  private readonly health = new HealthService();
  private readonly attachables: Attachable[] = [];
  private server?: RpcServer;
  private tunnel?: Duplex;
  private markClosed!: () => void;
  private state: 'new' | 'starting' | 'running' | 'closing' | 'closed' = 'new';
  private closing?: Promise<void>;
  /** Why the session ended without close(): the tunnel broke or the daemon dropped it. Undefined otherwise. */
  lostReason?: Error;

  constructor(opts: SessionOptions = {}) {
    this.id = opts.reusedId ?? newSessionId();
    this.idReused = opts.reusedId !== undefined && !opts.lingerAllowed;
    this.name = printableHeaderValue(opts.name ?? 'bakekit');
    this.sharedKey = printableHeaderValue(opts.sharedKey ?? this.id);
    this.closed = new Promise((resolve) => {
      this.markClosed = resolve;
    });
  }

  /** Health Check calls the daemon made so far: proof the daemon still sees this session. */
  get healthChecks(): number {
    return this.health.checks;
  }
  get lastHealthCheckAt(): number {
    return this.health.lastCheckAt;
  }

  /** Adds a service to serve; only before run(). */
  attach(a: Attachable): this {
    if (this.state !== 'new') throw new Error('Session.attach() must be called before run()');
    if (a.serviceName === this.health.serviceName || this.attachables.some((x) => x.serviceName === a.serviceName)) {
      throw new Error(`session already serves ${a.serviceName}`);
    }
    this.attachables.push(a);
    return this;
  }

  /** The method paths advertised to the daemon, one header each. */
  advertisedMethods(): string[] {
    return this.services().flatMap(({ attachable, handlers }) => advertised(attachable, handlers));
  }

  /** Every served service with its handlers, Health first; handlers() is called once per attachable. */
  private services(): Array<{ attachable: Attachable; handlers: grpc.UntypedServiceImplementation }> {
    const all: Attachable[] = [this.health, ...this.attachables];
    return all.map((attachable) => ({ attachable, handlers: attachable.handlers() }));
  }

  /** Serves the session over a tunnel opened on `conn`; resolves once the daemon has accepted the tunnel. */
  async run(conn: BuildkitConnection): Promise<void> {
    if (this.state !== 'new') throw new Error(`Session.run() called twice (session ${this.id})`);
    this.state = 'starting';
    const server = new RpcServer();
    this.server = server;
    const headers: Array<[string, string]> = [
      [SESSION_HEADERS.id, this.id],
      [SESSION_HEADERS.name, this.name],
      [SESSION_HEADERS.sharedKey, this.sharedKey],
    ];
    let tunnel: Duplex;
    try {
      for (const { attachable, handlers } of this.services()) {
        server.addService(attachable.definition ?? serviceDefinition(attachable.serviceName), handlers);
        for (const path of advertised(attachable, handlers)) headers.push([SESSION_HEADERS.method, path]);
      }
      // before the tunnel opens: a daemon that registered the id and then failed the open holds it as well
      if (!this.idReused) this.lingerMs = conn.sessionLingerMs;
      tunnel = await conn.openSessionTunnel(headers, { idReused: this.idReused });
    } catch (err) {
      await this.close(); // the session is over before it began: settle `closed`, release the attachables
      throw new Error(`cannot open a BuildKit session on ${conn.description}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    if (this.state !== 'starting') {
      // close() raced run(): don't leave the tunnel behind
      tunnel.destroy();
      return;
    }
    this.tunnel = tunnel;
    // The daemon ending (or breaking) the tunnel is the end of the session.
    let tunnelError: Error | undefined;
    tunnel.on('error', (err: Error) => {
      /* reported through `closed` and `lostReason`; the HTTP/2 session sees the same failure */
      tunnelError ??= err;
    });
    tunnel.once('close', () => {
      if (this.state === 'running') this.lostReason = tunnelError ?? new Error('the daemon ended the session');
      void this.close();
    });
    server.serve(tunnel);
    this.state = 'running';
  }

  /**
   * Half-closes the tunnel and waits (bounded) for the daemon to end it, then stops the server and closes the
   * attachables. Call only after every Solve using this session returned: exporters stream through it.
   */
  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  private async doClose(): Promise<void> {
    const wasNew = this.state === 'new';
    this.state = 'closing';
    const tunnel = this.tunnel;
    if (tunnel && !tunnel.destroyed) {
      const ended = new Promise<void>((resolve) => tunnel.once('close', () => resolve()));
      // EOF for the daemon; it closes its HTTP/2 client and ends the tunnel from its side.
      tunnel.end();
      const timer = setTimeout(() => tunnel.destroy(), 3000);
      await ended;
      clearTimeout(timer);
    }
    // The tunnel is gone by now, so nothing graceful is left to wait for: drop any calls still running.
    if (!wasNew) this.server?.close();
    for (const a of this.attachables) {
      try {
        a.close?.();
      } catch {
        /* an attachable failing to clean up must not keep the session open */
      }
    }
    this.health.close();
    this.state = 'closed';
    this.markClosed();
  }
}

function advertised(a: Attachable, handlers: grpc.UntypedServiceImplementation): string[] {
  const def = a.definition ?? serviceDefinition(a.serviceName);
  return (a.advertisedMethods ?? Object.keys(handlers)).map((m) => {
    if (!def[m]) throw new Error(`${a.serviceName} has no method ${m}`);
    return def[m].path;
  });
}

/**
 * `value` as a gRPC metadata value may be: printable ASCII (grpc's PROTOCOL-HTTP2.md), each other character as the
 * percent-encoded bytes of its UTF-8. A context directory named in Cyrillic or CJK gives a session name and shared key
 * that are not; buildx sends them as they are, and grpc-go's client refuses its own call ("header key
 * x-docker-expose-session-sharedkey contains value with non-printable ASCII characters"). The daemon only compares the
 * shared key with itself from one build to the next, so any stable encoding keeps the transfers incremental.
 */
export function printableHeaderValue(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : percentEncodeBytes(value);
}
