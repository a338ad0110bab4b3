/**
 * The gRPC server of a session, on an HTTP/2 connection of our own (h2-connection.ts): the daemon is its client, through
 * the session's tunnel (session/session.ts), or through dockerd's `POST /session` socket.
 *
 * Why not grpc-js's server: a context transfer is tens of thousands of small fsutil packets on one stream, and
 * grpc-js writes a stream's next message only after the HTTP/2 write of the previous one completed — one message per
 * event-loop turn, ~10 µs of CPU each (docs/benchmarks.md). Here a stream's writable side buffers by bytes and
 * hands everything that accumulated while the previous write was in flight to HTTP/2 in one write, so hundreds of
 * packets share a DATA frame and a turn. Why not node:http2 (rounds 2–32): h2-connection.ts.
 *
 * The calls handed to handlers have the surface of grpc-js's server calls that our attachables use (`request`,
 * `metadata.get/getMap`, `cancelled` and the `'cancelled'` event, a Duplex of messages for streams,
 * `emit('error', err)` to fail with the status `err` carries (errors.ts toStatus), the unary `callback(err, value)`),
 * so an attachable runs unchanged on either server and tests can drive it from a grpc-js client. Only what a BuildKit
 * session needs is implemented: no compression, no deadlines (the daemon sends none to sessions), no TLS (the tunnel
 * is the connection). Framing and statuses are framing.ts and status.ts, shared with the session tunnel.
 */
import { Duplex } from 'node:stream';
import type * as grpc from '@grpc/grpc-js';
import { toStatus } from './errors.js';
import { encodeFrames, FRAME_PREFIX, framePrefix, FrameDecoder, type SlicedMessage } from './framing.js';
import { transferGcPacer } from './gc-pacer.js';
import { H2Connection, type H2Stream, type RequestHeaders } from './h2-connection.js';
import { Code, StatusError, statusHeaders } from './status.js';

const KiB = 1024;
/**
 * Bytes a stream buffers before write() asks the handler to wait. Large enough that a burst of small packets
 * goes out as one HTTP/2 write; small enough that big file chunks (256 KiB each) hold memory to a few chunks.
 */
const WRITE_BUFFER = 512 * KiB;
/** Messages decoded ahead of a slow handler before the HTTP/2 stream is paused. */
const READ_AHEAD = 64;
/** Frames at least this big are written without copying them next to their 5-byte prefix. */
const COPY_LIMIT = 32 * KiB;

type Handler = (call: ServerCall, callback?: (err: unknown, value?: unknown) => void) => void;

interface Route {
  method: grpc.MethodDefinition<unknown, unknown>;
  handler: Handler;
}

export class RpcServer {
  private readonly routes = new Map<string, Route>();
  private readonly connections = new Set<H2Connection>();
  private readonly calls = new Set<ServerCall>();
  private closed = false;

  /** Serves `definition`'s methods that have a handler in `handlers`. */
  addService(definition: grpc.ServiceDefinition, handlers: grpc.UntypedServiceImplementation): void {
    for (const [name, handler] of Object.entries(handlers)) {
      const method = (definition as Record<string, grpc.MethodDefinition<unknown, unknown>>)[name];
      if (!method) throw new Error(`no method ${name} in the service definition`);
      if (this.routes.has(method.path)) throw new Error(`${method.path} is already served`);
      this.routes.set(method.path, { method, handler: handler as unknown as Handler });
    }
  }

  /** Runs the server side of an HTTP/2 connection on `socket` (the daemon is the client). */
  serve(socket: Duplex): void {
    if (this.closed) {
      socket.destroy();
      return;
    }
    const connection = new H2Connection(socket, 'server', {
      onStream: (stream, headers) => this.onStream(stream, headers),
    });
    this.connections.add(connection);
    socket.once('close', () => this.connections.delete(connection));
  }

  /** Drops every connection and cancels the calls still running. */
  close(): void {
    this.closed = true;
    for (const call of this.calls) call.cancel();
    for (const connection of this.connections) connection.destroy();
    this.connections.clear();
  }

  private onStream(stream: H2Stream, headers: RequestHeaders): void {
    const path = headers[':path'] ?? '';
    const contentType = headers['content-type'] ?? '';
    if (!contentType.startsWith('application/grpc')) {
      stream.respond([[':status', '415']], true);
      return;
    }
    const route = this.routes.get(path);
    if (!route || this.closed) {
      respondStatus(stream, Code.UNIMPLEMENTED, route ? 'the session is closing' : `unknown method ${path}`);
      return;
    }
    const { method, handler } = route;
    const call = new ServerCall(stream, headers, method);
    this.calls.add(call);
    call.once('close', () => this.calls.delete(call));
    const invoke = () => {
      try {
        if (method.responseStream) handler(call);
        else handler(call, (err, value) => call.answer(err, value));
      } catch (err) {
        call.fail(err);
      }
    };
    if (method.requestStream) {
      invoke();
      return;
    }
    call.readRequest().then(
      (request) => {
        call.request = request;
        invoke();
      },
      (err: unknown) => call.fail(err),
    );
  }
}

/** Request headers as grpc-js Metadata offers them to handlers: values of repeated headers arrive joined by ", ". */
export class CallMetadata {
  constructor(private readonly headers: RequestHeaders) {}

  get(key: string): string[] {
    const v = this.headers[key.toLowerCase()];
    return v === undefined ? [] : [v];
  }

  /** Every custom header with its (first) value. */
  getMap(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.headers)) {
      if (k.startsWith(':') || RESERVED_HEADERS.has(k) || k.startsWith('grpc-')) continue;
      out[k] = v;
    }
    return out;
  }
}

const RESERVED_HEADERS = new Set(['content-type', 'te', 'user-agent', 'accept-encoding', 'content-length']);

/** Chunks written by writeFramed (messages framed already), with how many messages each holds. */
const FRAMED = new WeakMap<Buffer, number>();

/**
 * One call: a Duplex whose readable side yields the request messages (deserialised) and whose writable side takes
 * response messages. Writes are serialised at once and buffered as bytes; _writev frames everything buffered into
 * one HTTP/2 write, but for chunks of writeFramed, which are framed already and go as they are.
 */
export class ServerCall extends Duplex {
  request: unknown;
  readonly metadata: CallMetadata;
  cancelled = false;
  private readonly decoder = new FrameDecoder();
  /** Collections paced by the bytes the call moves (gc-pacer.ts): every session's transfers pass here. */
  private readonly pacer = transferGcPacer();
  private statusSent = false;

  constructor(
    private readonly stream: H2Stream,
    headers: RequestHeaders,
    private readonly method: grpc.MethodDefinition<unknown, unknown>,
  ) {
    super({
      readableObjectMode: true,
      readableHighWaterMark: READ_AHEAD,
      writableHighWaterMark: WRITE_BUFFER,
      decodeStrings: false,
      allowHalfOpen: true,
    });
    this.metadata = new CallMetadata(headers);
    stream.ondata = (chunk) => this.onData(chunk);
    stream.onend = () => {
      if (this.decoder.pending > 0) this.fail(new StatusError(Code.INTERNAL, 'the request ended inside a message'));
      else this.push(null);
    };
    stream.onclose = () => {
      // Closed before we sent a status: the daemon reset the stream or the connection went away.
      if (!this.statusSent) this.cancel();
      else if (!this.destroyed) this.destroy();
    };
    // grpc-js's convention, which the attachables follow: emitting 'error' fails the call with the error's status.
    this.on('error', (err) => this.finish(toStatus(err)));
  }

  /** The single request of a unary or server-streaming call. */
  readRequest(): Promise<unknown> {
    return new Promise((resolve, reject) => {
      let request: unknown;
      let count = 0;
      this.on('data', (m) => {
        request = m;
        count++;
      });
      this.once('end', () =>
        count === 1
          ? resolve(request)
          : reject(new StatusError(Code.INTERNAL, `expected one request message, got ${count}`)),
      );
      this.once('close', () => reject(new StatusError(Code.UNKNOWN, 'cancelled')));
    });
  }

  /** Serialises a response message now, so the buffer is counted in bytes. */
  override write(
    chunk: unknown,
    encodingOrCb?: BufferEncoding | ((err?: Error | null) => void),
    cb?: (err?: Error | null) => void,
  ): boolean {
    const bytes = this.method.responseSerialize(chunk);
    return typeof encodingOrCb === 'function'
      ? super.write(bytes, encodingOrCb)
      : super.write(bytes, encodingOrCb as BufferEncoding, cb);
  }

  /**
   * Writes `messages` response messages serialised and framed already (gRPC prefixes included; fsutil/wire.ts
   * encodePacketsFramed) as one chunk, sent as it is: a batch of small messages in one write rather than one each.
   * Returns false when the caller should wait for 'drain', as write() does.
   */
  writeFramed(bytes: Buffer, messages: number): boolean {
    if (!(messages >= 1)) throw new RangeError(`writeFramed needs at least one message, got ${messages}`);
    FRAMED.set(bytes, messages);
    return super.write(bytes);
  }

  /** The unary callback: a response message and OK, or the error's status. */
  answer(err: unknown, value?: unknown): void {
    if (err) {
      this.fail(err);
      return;
    }
    try {
      // end(value) would skip our write(): it hands the chunk to the Writable internals unserialised.
      this.write(value);
      this.end();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Ends the call with the status `err` carries (grpc/errors.ts toStatus: UNKNOWN with the message of an error that
   * carries none). */
  fail(err: unknown): void {
    this.finish(toStatus(err));
    if (!this.destroyed) this.destroy();
  }

  /** The daemon went away (or the server closed): tell the handler, drop what is buffered. */
  cancel(): void {
    if (this.cancelled || this.statusSent) {
      if (!this.destroyed) this.destroy();
      return;
    }
    this.cancelled = true;
    this.statusSent = true;
    this.emit('cancelled');
    this.stream.reset();
    this.destroy();
  }

  override _read(): void {
    if (this.stream.isPaused()) this.stream.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (err?: Error | null) => void): void {
    this.sendMessages([chunk], callback);
  }

  override _writev(chunks: Array<{ chunk: Buffer }>, callback: (err?: Error | null) => void): void {
    this.sendMessages(
      chunks.map((c) => c.chunk),
      callback,
    );
  }

  override _final(callback: (err?: Error | null) => void): void {
    this.finish({ code: Code.OK, message: '' });
    callback();
  }

  override _destroy(err: Error | null, callback: (err?: Error | null) => void): void {
    // A handler destroying its call (e.g. an aborted export) without a status: the daemon sees a cancelled call.
    if (!this.statusSent) {
      this.statusSent = true;
      this.stream.reset();
    }
    callback(err);
  }

  /**
   * From now on a request message of `slicedFrom` bytes or more that arrives in several chunks is delivered as their
   * slices (a SlicedMessage, framing.ts pushSliced) instead of joined: for a raw stream (identity deserialiser) whose
   * handler reads such messages, as an export's receiver does (session/filesend.ts). Call before the first message.
   */
  deliverSliced(slicedFrom: number): void {
    this.slicedFrom = slicedFrom;
  }
  private slicedFrom = 0;

  private onData(chunk: Buffer): void {
    let messages: Array<Buffer | SlicedMessage>;
    try {
      messages = this.slicedFrom > 0 ? this.decoder.pushSliced(chunk, this.slicedFrom) : this.decoder.push(chunk);
    } catch (err) {
      this.fail(err);
      return;
    }
    this.pacer.transferred(chunk.length, messages);
    // indexed loops on the per-message paths (see fsutil/receiver.ts writevAll)
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i];
      let message: unknown;
      try {
        // slices go to the handler as they are: only a raw stream's handler asks for them (deliverSliced)
        message = Array.isArray(m) ? m : this.method.requestDeserialize(m);
      } catch (err) {
        this.fail(
          new StatusError(Code.INTERNAL, `cannot decode the request: ${(err as Error).message}`, { cause: err }),
        );
        return;
      }
      if (!this.push(message)) this.stream.pause();
    }
  }

  private sendMessages(messages: Buffer[], callback: (err?: Error | null) => void): void {
    if (this.statusSent || this.stream.closed) {
      callback(new Error('the call has ended'));
      return;
    }
    this.sendHeaders();
    let bytes = 0;
    let framedMessages = 0;
    for (let i = 0; i < messages.length; i++) {
      bytes += messages[i].length;
      framedMessages += FRAMED.get(messages[i]) ?? 0;
    }
    // the pacer counts messages and their bytes: a framed chunk's messages and their bytes without the prefixes
    if (framedMessages === 0) this.pacer.transferred(bytes, messages);
    else
      this.pacer.transferred(
        bytes - FRAME_PREFIX * framedMessages,
        messages.filter((m) => !FRAMED.has(m)),
        framedMessages,
      );
    // A message of COPY_LIMIT or more goes by reference after its prefix (the connection sends a stream's buffers as
    // they are): a sender's 256 KiB file chunks are not copied again (docs/benchmarks.md, "Twenty-ninth round"). The
    // small ones in between are framed together in one copy; the callback rides on the last write. A chunk of
    // writeFramed goes as it is.
    let small: Buffer[] = [];
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i];
      const done = i === messages.length - 1 ? () => callback() : undefined;
      if (framedMessages > 0 && FRAMED.delete(m)) {
        if (small.length > 0) this.stream.write(encodeFrames(small));
        small = [];
        this.stream.write(m, done);
        continue;
      }
      if (m.length < COPY_LIMIT) {
        small.push(m);
        if (done) this.stream.write(encodeFrames(small), done);
        continue;
      }
      if (small.length > 0) this.stream.write(encodeFrames(small));
      small = [];
      this.stream.write(framePrefix(m.length));
      this.stream.write(m, done);
    }
  }

  private sendHeaders(): void {
    if (!this.stream.headersSent) this.stream.respond(RESPONSE_HEADERS);
  }

  /** Sends the status once: in trailers after a response, or as a trailers-only response. */
  private finish({ code, message }: { code: Code; message: string }): void {
    if (this.statusSent) return;
    this.statusSent = true;
    if (this.stream.closed) return;
    if (!this.stream.headersSent) {
      respondStatus(this.stream, code, message);
      return;
    }
    this.stream.end(statusFields(code, message));
  }
}

const RESPONSE_HEADERS: ReadonlyArray<readonly [string, string]> = [
  [':status', '200'],
  ['content-type', 'application/grpc'],
];

/** The status as trailer fields (grpc-status, and grpc-message when there is one). */
function statusFields(code: Code, message: string): Array<[string, string]> {
  return Object.entries(statusHeaders(code, message));
}

function respondStatus(stream: H2Stream, code: Code, message: string): void {
  stream.respond([...RESPONSE_HEADERS, ...statusFields(code, message)], true);
}
