/**
 * The gRPC server of a session, written directly on `node:http2`.
 *
 * Why not grpc-js's server: a context transfer is tens of thousands of small fsutil packets on one stream, and
 * grpc-js writes a stream's next message only after the HTTP/2 write of the previous one completed — one message per
 * event-loop turn, ~10 µs of CPU each (docs/benchmarks.md). Here a stream's writable side buffers by bytes and
 * hands everything that accumulated while the previous write was in flight to HTTP/2 in one write, so hundreds of
 * packets share a DATA frame and a turn.
 *
 * The calls handed to handlers have the surface of grpc-js's server calls that our attachables use (`request`,
 * `metadata.get/getMap`, `cancelled` and the `'cancelled'` event, a Duplex of messages for streams,
 * `emit('error', {code, details})` to fail, the unary `callback(err, value)`), so an attachable runs unchanged on
 * either server and tests can drive it from a grpc-js client. Only what a BuildKit session needs is implemented:
 * no compression, no deadlines (the daemon sends none to sessions), no TLS (the tunnel is the connection).
 */
import * as http2 from 'node:http2';
import { Duplex } from 'node:stream';
import { status as Status } from '@grpc/grpc-js';
import type * as grpc from '@grpc/grpc-js';

const KiB = 1024;
const MiB = 1024 * KiB;
/** The largest message accepted; the daemon's own session client sends at most 16 MiB. */
const MAX_MESSAGE = 32 * MiB;
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
  private readonly sessions = new Set<http2.ServerHttp2Session>();
  private readonly calls = new Set<ServerCall>();
  private readonly http2Server: http2.Http2Server;
  private closed = false;

  constructor() {
    this.http2Server = http2.createServer({
      // Buffered outbound data counts against this; a refused stream would be a failed transfer.
      maxSessionMemory: 1024,
      // Every include/exclude pattern of a DiffCopy is a header of its own.
      maxHeaderListPairs: 65_536,
      settings: {
        // What the daemon may send ahead on one stream (exporter tarballs through FileSend).
        initialWindowSize: 4 * MiB,
        maxHeaderListSize: 16 * MiB,
      },
    });
    this.http2Server.on('session', (session: http2.ServerHttp2Session) => {
      this.sessions.add(session);
      session.on('error', () => {
        /* the tunnel's owner reports a broken connection; the calls see their streams close */
      });
      session.once('close', () => this.sessions.delete(session));
      const widenWindow = () => {
        try {
          // The connection-wide window, which the stream setting above does not change (HTTP/2 starts it at 64 KiB).
          session.setLocalWindowSize(16 * MiB);
        } catch {
          /* a session closing while it connects: nothing to size */
        }
      };
      if (session.connecting) session.once('connect', widenWindow);
      else widenWindow();
    });
    this.http2Server.on('stream', (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => this.onStream(stream, headers));
  }

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
    this.http2Server.emit('connection', socket);
  }

  /** Drops every connection and cancels the calls still running. */
  close(): void {
    this.closed = true;
    for (const call of this.calls) call.cancel();
    for (const session of this.sessions) session.destroy();
    this.sessions.clear();
  }

  private onStream(stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders): void {
    stream.on('error', () => {
      /* a reset stream: the call sees 'close' and is cancelled */
    });
    const path = headers[':path'] ?? '';
    const contentType = headers['content-type'] ?? '';
    if (!contentType.startsWith('application/grpc')) {
      stream.respond({ ':status': 415 }, { endStream: true });
      return;
    }
    const route = this.routes.get(path);
    if (!route || this.closed) {
      respondStatus(stream, Status.UNIMPLEMENTED, route ? 'the session is closing' : `unknown method ${path}`);
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
  constructor(private readonly headers: http2.IncomingHttpHeaders) {}

  get(key: string): string[] {
    const v = this.headers[key.toLowerCase()];
    if (v === undefined) return [];
    return Array.isArray(v) ? v : [v];
  }

  /** Every custom header with its (first) value. */
  getMap(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.headers)) {
      if (k.startsWith(':') || RESERVED_HEADERS.has(k) || k.startsWith('grpc-') || v === undefined) continue;
      out[k] = Array.isArray(v) ? v[0]! : v;
    }
    return out;
  }
}

const RESERVED_HEADERS = new Set(['content-type', 'te', 'user-agent', 'accept-encoding', 'content-length']);

/**
 * One call: a Duplex whose readable side yields the request messages (deserialised) and whose writable side takes
 * response messages. Writes are serialised at once and buffered as bytes; _writev frames everything buffered into
 * one HTTP/2 write.
 */
export class ServerCall extends Duplex {
  request: unknown;
  readonly metadata: CallMetadata;
  cancelled = false;
  private readonly decoder = new FrameDecoder();
  private statusSent = false;
  private trailers: http2.OutgoingHttpHeaders = { 'grpc-status': String(Status.OK) };

  constructor(
    private readonly stream: http2.ServerHttp2Stream,
    headers: http2.IncomingHttpHeaders,
    private readonly method: grpc.MethodDefinition<unknown, unknown>,
  ) {
    super({ readableObjectMode: true, readableHighWaterMark: READ_AHEAD, writableHighWaterMark: WRITE_BUFFER, decodeStrings: false, allowHalfOpen: true });
    this.metadata = new CallMetadata(headers);
    stream.on('data', (chunk: Buffer) => this.onData(chunk));
    stream.once('end', () => {
      if (this.decoder.pending > 0) this.fail({ code: Status.INTERNAL, details: 'the request ended inside a message' });
      else this.push(null);
    });
    stream.once('close', () => {
      // Closed before we sent a status: the daemon reset the stream or the connection went away.
      if (!this.statusSent) this.cancel();
      else if (!this.destroyed) this.destroy();
    });
    stream.on('wantTrailers', () => stream.sendTrailers(this.trailers));
    // grpc-js's convention, which the attachables follow: emitting 'error' with {code, details} fails the call.
    this.on('error', (err) => this.finish(codeOf(err), detailsOf(err)));
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
      this.once('end', () => (count === 1 ? resolve(request) : reject({ code: Status.INTERNAL, details: `expected one request message, got ${count}` })));
      this.once('close', () => reject({ code: Status.UNKNOWN, details: 'cancelled' }));
    });
  }

  /** Serialises a response message now, so the buffer is counted in bytes. */
  override write(chunk: unknown, encodingOrCb?: BufferEncoding | ((err?: Error | null) => void), cb?: (err?: Error | null) => void): boolean {
    const bytes = this.method.responseSerialize(chunk);
    return typeof encodingOrCb === 'function' ? super.write(bytes, encodingOrCb) : super.write(bytes, encodingOrCb as BufferEncoding, cb);
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

  /** Ends the call with the status `err` carries ({code, details}, or UNKNOWN with an Error's message). */
  fail(err: unknown): void {
    this.finish(codeOf(err), detailsOf(err));
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
    if (!this.stream.destroyed) this.stream.close(http2.constants.NGHTTP2_CANCEL);
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
    this.finish(Status.OK, '');
    callback();
  }

  override _destroy(err: Error | null, callback: (err?: Error | null) => void): void {
    // A handler destroying its call (e.g. an aborted export) without a status: the daemon sees a cancelled call.
    if (!this.statusSent) {
      this.statusSent = true;
      if (!this.stream.destroyed) this.stream.close(http2.constants.NGHTTP2_CANCEL);
    }
    callback(err);
  }

  private onData(chunk: Buffer): void {
    let messages: Buffer[];
    try {
      messages = this.decoder.push(chunk);
    } catch (err) {
      this.fail(err);
      return;
    }
    for (const m of messages) {
      let message: unknown;
      try {
        message = this.method.requestDeserialize(m);
      } catch (err) {
        this.fail({ code: Status.INTERNAL, details: `cannot decode the request: ${(err as Error).message}` });
        return;
      }
      if (!this.push(message)) this.stream.pause();
    }
  }

  private sendMessages(messages: Buffer[], callback: (err?: Error | null) => void): void {
    if (this.statusSent || this.stream.destroyed) {
      callback(new Error('the call has ended'));
      return;
    }
    this.sendHeaders();
    if (messages.length === 1 && messages[0]!.length >= COPY_LIMIT) {
      const message = messages[0]!;
      this.stream.cork();
      this.stream.write(framePrefix(message.length));
      this.stream.write(message, callback);
      this.stream.uncork();
      return;
    }
    let total = 0;
    for (const m of messages) total += 5 + m.length;
    const out = Buffer.allocUnsafe(total);
    let at = 0;
    for (const m of messages) {
      out[at] = 0;
      out.writeUInt32BE(m.length, at + 1);
      m.copy(out, at + 5);
      at += 5 + m.length;
    }
    this.stream.write(out, callback);
  }

  private sendHeaders(): void {
    if (this.stream.headersSent) return;
    this.stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
  }

  /** Sends the status once: in trailers after a response, or as a trailers-only response. */
  private finish(code: number, details: string): void {
    if (this.statusSent) return;
    this.statusSent = true;
    if (this.stream.destroyed || this.stream.closed) return;
    if (!this.stream.headersSent) {
      respondStatus(this.stream, code, details);
      return;
    }
    this.trailers = statusHeaders(code, details);
    this.stream.end();
  }
}

function respondStatus(stream: http2.ServerHttp2Stream, code: number, details: string): void {
  try {
    stream.respond({ ':status': 200, 'content-type': 'application/grpc', ...statusHeaders(code, details) }, { endStream: true });
  } catch {
    /* the stream closed meanwhile */
  }
}

function statusHeaders(code: number, details: string): http2.OutgoingHttpHeaders {
  const headers: http2.OutgoingHttpHeaders = { 'grpc-status': String(code) };
  if (details) headers['grpc-message'] = encodeGrpcMessage(details);
  return headers;
}

/** gRPC's percent-encoding of grpc-message: UTF-8 bytes outside printable ASCII, and '%', become %XX. */
export function encodeGrpcMessage(message: string): string {
  let out = '';
  for (const byte of Buffer.from(message, 'utf8')) {
    out += byte >= 0x20 && byte <= 0x7e && byte !== 0x25 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function framePrefix(length: number): Buffer {
  const prefix = Buffer.allocUnsafe(5);
  prefix[0] = 0;
  prefix.writeUInt32BE(length, 1);
  return prefix;
}

function codeOf(err: unknown): number {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' && Number.isInteger(code) && code >= 0 && code <= 16 ? code : Status.UNKNOWN;
}

function detailsOf(err: unknown): string {
  const e = err as { details?: unknown; message?: unknown } | null;
  if (typeof e?.details === 'string') return e.details;
  if (typeof e?.message === 'string') return e.message;
  return String(err);
}

/** Splits a byte stream into gRPC length-prefixed messages (5-byte prefix: compressed flag, big-endian length). */
export class FrameDecoder {
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  /** Bytes needed before the next message can be cut: its prefix, then prefix and body. */
  private needed = 5;

  /** Bytes held of a message not complete yet. */
  get pending(): number {
    return this.bufferedBytes;
  }

  push(chunk: Buffer): Buffer[] {
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    // A big message arrives in many chunks: join them once, when all of it is here, not once per chunk.
    if (this.bufferedBytes < this.needed) return [];
    const data = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered, this.bufferedBytes);
    const messages: Buffer[] = [];
    let at = 0;
    this.needed = 5;
    while (data.length - at >= 5) {
      if (data[at] !== 0) throw { code: Status.UNIMPLEMENTED, details: 'compressed messages are not supported' };
      const length = data.readUInt32BE(at + 1);
      if (length > MAX_MESSAGE) throw { code: Status.RESOURCE_EXHAUSTED, details: `message of ${length} bytes exceeds the limit of ${MAX_MESSAGE}` };
      if (data.length - at - 5 < length) {
        this.needed = 5 + length;
        break;
      }
      messages.push(data.subarray(at + 5, at + 5 + length));
      at += 5 + length;
    }
    this.buffered = at < data.length ? [data.subarray(at)] : [];
    this.bufferedBytes = data.length - at;
    return messages;
  }
}
