/**
 * The client side of gRPC (grpc PROTOCOL-HTTP2.md) on the HTTP/2 client connections of h2-connection.ts: the calls
 * bakekit makes to BuildKit (Control, LLBBridge, Content) on a channel, one HTTP/2 connection at a time, dialled again
 * when it is lost. (node:http2 carried them until round 34; h2-connection.ts says why it no longer does.)
 *
 * Why not grpc-js, whose client this replaces: it was the one large library on every run's path, and what it does
 * beyond this file serves nothing a BuildKit client needs (name resolution and load balancing over many addresses,
 * service configs, retries, compression, channelz). Measured (docs/benchmarks.md, nineteenth round): its bundled
 * chunk (with protobufjs, 1 MB) compiled on every fresh runner and took 37–41 ms to load, and its call path (filters,
 * interceptors, metadata objects, a message per event) was 43 ms of the main thread's self time in a cached fan-out of
 * 12 builds. It can also only dial an address, which put a private bridge socket, piped in JavaScript, in front of
 * dockerd's upgraded connections; a channel here dials whatever socket its transport makes.
 *
 * What a call gets, as grpc's other clients give it:
 *  - unary and server-streaming calls with request metadata (a bidirectional session call is transport/tunnel.ts,
 *    which may share the channel's connection, `connection()`);
 *  - the status from the trailers, or from the response headers of a call that fails at once ("trailers-only"), with
 *    the binary `google.rpc.Status` BuildKit sends (status.ts); an HTTP status other than 200 without one mapped as
 *    grpc's http-grpc-status-mapping.md does; a stream reset mapped as grpc-go maps RST_STREAM codes; a call whose
 *    connection went away without a status UNAVAILABLE (errors.ts callLost);
 *  - cancellation: RST_STREAM CANCEL, and the call fails with CANCELLED;
 *  - keepalive: an HTTP/2 PING every `intervalMs` while calls are in flight, the connection dropped when one stays
 *    unanswered for `timeoutMs` (transport/keepalive.ts says why these values);
 *  - a connection that ends or sends GOAWAY is left to its calls; the next call dials a new one. `ready()` dials with
 *    backoff until it has a connection or its deadline passes.
 */
import type { Duplex } from 'node:stream';
import { callLost } from './errors.js';
import { encodeFrames, FrameDecoder } from './framing.js';
import { H2_ERROR, H2Connection, type H2Stream, type HeaderFields, type HeaderList } from './h2-connection.js';
import { Code, statusFromHeaders, StatusError } from './status.js';

export interface ChannelOptions {
  /** A new connected socket to the server: unix, TCP, TLS (ALPN h2), an upgraded HTTP/1.1 connection… `signal`
   * aborts when the channel closes: a dial still under way must then give up, not keep the process alive. */
  dial: (signal: AbortSignal) => Promise<Duplex>;
  /** `:authority` of every call (grpc-go puts the target's host there; BuildKit does not read it). */
  authority?: string;
  keepalive: { intervalMs: number; timeoutMs: number };
  /** The largest response message accepted (RESOURCE_EXHAUSTED above it). */
  maxReceiveMessage?: number;
  /**
   * A second look at a call that failed with an UNAVAILABLE the server did not send (its connection dropped): may
   * answer another error to fail the call with (transport/keepalive.ts, a builder that stopped answering).
   */
  reviewLost?: (err: StatusError) => Promise<StatusError>;
}

/** Request metadata: ASCII header values, a name repeated as often as it has values. */
export type Metadata = ReadonlyArray<readonly [string, string]>;

/** grpc's http-grpc-status-mapping.md: the code of a response without grpc-status, by its HTTP status. */
function codeOfHttpStatus(status: number): Code {
  switch (status) {
    case 400:
      return Code.INTERNAL;
    case 401:
      return Code.UNAUTHENTICATED;
    case 403:
      return Code.PERMISSION_DENIED;
    case 404:
      return Code.UNIMPLEMENTED;
    case 429:
    case 502:
    case 503:
    case 504:
      return Code.UNAVAILABLE;
    default:
      return Code.UNKNOWN;
  }
}

/** One HTTP/2 connection of a channel, with its keepalive. */
class Connection {
  private calls = 0;
  private pingTimer?: NodeJS.Timeout;

  constructor(
    readonly h2: H2Connection,
    private readonly keepalive: ChannelOptions['keepalive'],
    onClose: () => void,
  ) {
    h2.unref(); // no call in flight: nothing to wait for
    h2.onclose = () => {
      clearTimeout(this.pingTimer);
      onClose();
    };
  }

  /** New calls may start here: no GOAWAY came (the calls in flight finish, new ones go to a new connection). */
  get usable(): boolean {
    return !this.h2.goingAway && !this.h2.ended;
  }

  callStarted(): void {
    if (this.calls++ === 0) {
      this.h2.ref();
      this.schedulePing();
    }
  }

  callEnded(): void {
    if (--this.calls === 0) {
      clearTimeout(this.pingTimer);
      this.pingTimer = undefined;
      if (!this.h2.ended) this.h2.unref();
    }
  }

  /** A PING `intervalMs` after the last answer, while calls are in flight; no answer in `timeoutMs` drops the
   * connection, and with it the calls. */
  private schedulePing(): void {
    clearTimeout(this.pingTimer);
    this.pingTimer = setTimeout(() => {
      if (this.calls === 0 || this.h2.ended) return;
      const timeout = setTimeout(
        () => this.h2.destroy(new Error('keepalive ping unanswered')),
        this.keepalive.timeoutMs,
      );
      this.h2.ping((err) => {
        clearTimeout(timeout);
        if (!err && this.calls > 0) this.schedulePing();
      });
    }, this.keepalive.intervalMs);
    this.pingTimer.unref();
  }
}

/** A call in flight: `done` settles with its status (rejects with a StatusError), `cancel()` ends it early. */
export interface ClientCall {
  readonly done: Promise<void>;
  cancel(): void;
}

export class Channel {
  private current?: Connection;
  private dialing?: Promise<Connection>;
  /** The connection being set up, until the server's settings come: close() ends it too. */
  private settingUp?: H2Connection;
  /** Aborted by close(): dials still under way give up. */
  private readonly closing = new AbortController();
  /** Why the last dial failed, for the error of a channel that never became ready. */
  private lastDialError?: Error;

  constructor(private readonly opts: ChannelOptions) {}

  private get closed(): boolean {
    return this.closing.signal.aborted;
  }

  /** The error of a dial that failed for `why`, remembered for ready()'s message. */
  private dialFailed(why: Error): StatusError {
    this.lastDialError = why;
    return new StatusError(Code.UNAVAILABLE, `No connection established. Last error: ${why.message}`, { cause: why });
  }

  /** The connection new calls go to: the current one, or a new one dialled now. */
  connection(): Promise<H2Connection> {
    return this.connect().then((c) => c.h2);
  }

  private connect(): Promise<Connection> {
    if (this.closed) return Promise.reject(channelClosed());
    if (this.current?.usable) return Promise.resolve(this.current);
    this.dialing ??= this.dial().finally(() => {
      this.dialing = undefined;
    });
    return this.dialing;
  }

  private async dial(): Promise<Connection> {
    let socket: Duplex;
    try {
      socket = await this.opts.dial(this.closing.signal);
    } catch (err) {
      throw this.dialFailed(err as Error);
    }
    if (this.closed) {
      socket.destroy();
      throw channelClosed();
    }
    const h2 = new H2Connection(socket, 'client');
    this.settingUp = h2;
    // The server's SETTINGS prove an HTTP/2 server answered (a TLS or HTTP/1.1 endpoint would close instead), within
    // grpc's connect timeout: a peer that accepts and says nothing must not hold every later call.
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => fail(new Error(`no HTTP/2 settings from the server within ${CONNECT_TIMEOUT_MS / 1000} s`)),
        CONNECT_TIMEOUT_MS,
      );
      const fail = (err?: Error) => {
        clearTimeout(timer);
        h2.onclose = () => {};
        h2.destroy();
        reject(this.dialFailed(err ?? new Error('the connection closed before the server spoke HTTP/2')));
      };
      h2.onclose = fail;
      h2.onremotesettings = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => {
      this.settingUp = undefined;
    });
    if (this.closed) {
      h2.destroy();
      throw channelClosed();
    }
    const conn: Connection = new Connection(h2, this.opts.keepalive, () => {
      if (this.current === conn) this.current = undefined;
    });
    this.current = conn;
    return conn;
  }

  /**
   * Dials until a connection stands (backoff from 200 ms to 2 s), or rejects once `timeoutMs` passed (with the last
   * dial's failure in the message), `signal` aborted, or `maxFailures` dials failed (a dial that keeps failing the
   * same way, such as an Engine refusing the upgrade, will not heal by waiting).
   */
  async ready(timeoutMs: number, signal?: AbortSignal, maxFailures = Infinity): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let backoff = 200;
    for (let failures = 1; ; failures++) {
      signal?.throwIfAborted();
      try {
        await withDeadline(this.connect(), deadline, signal);
        return;
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        if (this.closed || failures >= maxFailures) throw err;
        const left = deadline - Date.now();
        if (left <= 0)
          throw new StatusError(
            Code.DEADLINE_EXCEEDED,
            `Failed to connect before the deadline. Last error: ${this.lastDialError?.message ?? (err as Error).message}`,
            { cause: err },
          );
        await sleep(Math.min(backoff, left), signal);
        backoff = Math.min(backoff * 1.6, 2000);
      }
    }
  }

  /** A call of `path` with one request message and one response message. */
  unary(path: string, request: Buffer, metadata: Metadata = [], signal?: AbortSignal): Promise<Buffer> {
    let response: Buffer | undefined;
    let extra = false;
    const call = this.call(path, request, metadata, (m) => {
      if (response === undefined) response = m;
      else extra = true;
    });
    const onAbort = () => call.cancel();
    if (signal?.aborted) call.cancel();
    else signal?.addEventListener('abort', onAbort, { once: true });
    return call.done
      .then(() => {
        if (extra) throw new StatusError(Code.UNIMPLEMENTED, 'received more than one message for a unary call');
        if (response === undefined) throw new StatusError(Code.UNIMPLEMENTED, 'received no message for a unary call');
        return response;
      })
      .finally(() => signal?.removeEventListener('abort', onAbort));
  }

  /** A call of `path` with one request message whose response messages go to `onMessage` as they come. */
  serverStream(path: string, request: Buffer, metadata: Metadata, onMessage: (m: Buffer) => void): ClientCall {
    return this.call(path, request, metadata, onMessage);
  }

  private call(path: string, request: Buffer, metadata: Metadata, onMessage: (m: Buffer) => void): ClientCall {
    let cancelled = false;
    let stream: H2Stream | undefined;
    const done = this.connect().then(
      (conn) =>
        cancelled
          ? Promise.reject(cancelledStatus())
          : new Promise<void>((resolve, reject) => {
              stream = this.start(conn, path, request, metadata, onMessage, () => cancelled, resolve, reject);
            }),
      (err: unknown) => Promise.reject(cancelled ? cancelledStatus() : err),
    );
    const reviewed = done.catch((err: unknown) => {
      const review = this.opts.reviewLost;
      if (!review || !(err instanceof StatusError) || err.code !== Code.UNAVAILABLE || err.statusDetails) throw err;
      return review(err).then((e) => Promise.reject(e));
    });
    // A caller that cancels a call need not wait for its end: its failure is no unhandled rejection.
    reviewed.catch(() => {});
    return {
      done: reviewed,
      cancel: () => {
        if (cancelled) return;
        cancelled = true;
        if (stream && !stream.closed) stream.reset(H2_ERROR.CANCEL);
      },
    };
  }

  private start(
    conn: Connection,
    path: string,
    request: Buffer,
    metadata: Metadata,
    onMessage: (m: Buffer) => void,
    isCancelled: () => boolean,
    resolve: () => void,
    reject: (err: StatusError) => void,
  ): H2Stream | undefined {
    const decoder = new FrameDecoder(this.opts.maxReceiveMessage);
    let status: StatusError | null | undefined; // null: OK
    let httpStatus: number | undefined;
    let stream: H2Stream;
    try {
      stream = conn.h2.request(requestHeaders(path, metadata, this.opts.authority));
    } catch (err) {
      // the connection closed (or got GOAWAY) between connect() and here
      reject(callLost((err as Error).message, err));
      return undefined;
    }
    conn.callStarted();
    stream.onheaders = (h: HeaderFields) => {
      if (httpStatus === undefined) {
        // the response's headers; with END_STREAM, the whole response (trailers-only)
        httpStatus = Number(h[':status']);
        if (h['grpc-status'] !== undefined) status = statusFromHeaders(h) ?? null;
        return;
      }
      // the trailers
      if (status !== undefined) return;
      status =
        h['grpc-status'] === undefined
          ? new StatusError(Code.UNKNOWN, 'No status received')
          : (statusFromHeaders(h) ?? null);
    };
    stream.ondata = (chunk: Buffer) => {
      if (status !== undefined && status !== null) return;
      let messages: Buffer[];
      try {
        messages = decoder.push(chunk);
      } catch (err) {
        status = err as StatusError; // compressed or too large: end the call with that status
        stream.reset(H2_ERROR.CANCEL);
        return;
      }
      for (const m of messages) {
        try {
          onMessage(m); // decodes it: a message that does not decode fails the call, not the process
        } catch (err) {
          status = new StatusError(Code.INTERNAL, `failed to read a response message: ${(err as Error).message}`, {
            cause: err,
          });
          stream.reset(H2_ERROR.CANCEL);
          return;
        }
      }
    };
    stream.onclose = () => {
      conn.callEnded();
      if (status === null) {
        if (decoder.pending > 0) return reject(new StatusError(Code.INTERNAL, 'the response ended inside a message'));
        return resolve();
      }
      if (status) return reject(status);
      if (isCancelled()) return reject(cancelledStatus());
      if (httpStatus !== undefined && httpStatus !== 200)
        return reject(new StatusError(codeOfHttpStatus(httpStatus), `Received HTTP status code ${httpStatus}`));
      if (!conn.h2.ended) {
        // the connection stands: the server ended this stream without a status
        const rst = stream.resetCode;
        if (rst !== undefined && rst !== H2_ERROR.NO_ERROR) return reject(resetStatus(rst));
        if (httpStatus !== undefined)
          return reject(new StatusError(Code.INTERNAL, 'the call ended without a gRPC status'));
      }
      reject(callLost('Connection dropped', conn.h2.error));
    };
    stream.write(encodeFrames([request]));
    stream.end();
    return stream;
  }

  /** Ends the connection; calls in flight fail, and the channel makes no new ones. */
  close(): void {
    this.closing.abort(channelClosed());
    this.settingUp?.destroy();
    this.current?.h2.destroy();
    this.current = undefined;
  }
}

/** How long a new connection may take to get the server's HTTP/2 settings (grpc's default connect timeout). */
const CONNECT_TIMEOUT_MS = 20_000;

/** `p`, or a rejection once `deadline` (ms since the epoch) passed or `signal` aborted first; `p` itself goes on. */
function withDeadline<T>(p: Promise<T>, deadline: number, signal?: AbortSignal): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no connection yet')), Math.max(0, deadline - Date.now()));
    onAbort = () => reject(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([p, late]).finally(() => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort!);
  });
}

/** The headers that start a call of `path` with `metadata`, pseudo-headers first, in node:http2's order (a name with
 * several values repeated, once per value). */
export function requestHeaders(path: string, metadata: Metadata, authority = 'localhost'): HeaderList {
  const headers: Array<readonly [string, string]> = [
    [':method', 'POST'],
    [':authority', authority],
    [':scheme', 'http'],
    [':path', path],
    ['content-type', 'application/grpc'],
    ['te', 'trailers'],
  ];
  for (const [name, value] of metadata) headers.push([name.toLowerCase(), value]);
  return headers;
}

function channelClosed(): StatusError {
  return new StatusError(Code.UNAVAILABLE, 'channel closed');
}

function cancelledStatus(): StatusError {
  return new StatusError(Code.CANCELLED, 'Cancelled on client');
}

/** A stream the server reset, as grpc-go reads RST_STREAM codes. */
function resetStatus(code: number): StatusError {
  switch (code) {
    case H2_ERROR.REFUSED_STREAM:
      return new StatusError(Code.UNAVAILABLE, 'the server refused the stream');
    case H2_ERROR.CANCEL:
      return new StatusError(Code.CANCELLED, 'the server cancelled the stream');
    case H2_ERROR.ENHANCE_YOUR_CALM:
      return new StatusError(Code.RESOURCE_EXHAUSTED, 'the server asked to slow down (ENHANCE_YOUR_CALM)');
    case H2_ERROR.INADEQUATE_SECURITY:
      return new StatusError(Code.PERMISSION_DENIED, 'the server found the connection insecure');
    default:
      return new StatusError(Code.INTERNAL, `Received RST_STREAM with code ${code}`);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
