/**
 * HTTP/2 connections (RFC 9113) of our own, both sides of them, for bakekit's gRPC:
 *  - the server side, for a BuildKit session's gRPC server (server.ts): the daemon's grpc-go client opens streams
 *    inside the session's tunnel, we answer them;
 *  - the client side, for the calls bakekit makes to BuildKit (client.ts: Control, LLBBridge, Content, and the
 *    `Control.Session` call the tunnel rides in, transport/tunnel.ts) and the keepalive probe (transport/keepalive.ts).
 * Frames are read from the socket's bytes and written to them here; header blocks are HPACK (hpack.ts).
 *
 * Why not node:http2, which served sessions until round 33 and the client until round 34: a session runs inside a
 * `Control.Session` call, so node:http2 could only read it through JSStreamSocket, a JavaScript stream that copies
 * every chunk into nghttp2's buffer, and then handed each stream's DATA on through a Readable of its own. On a cached
 * fan-out that machinery was most of ~88 ms of the main thread while the exports arrived (docs/benchmarks.md,
 * "Thirty-second round"). Here the tunnel's call hands the DATA payloads it receives, as slices of the socket's reads,
 * to the session's frame reader (SliceSource), and a call's payloads reach it the same way: 19–40 ms less client CPU per
 * cached fan-out with the server side ("Thirty-third round"); the client side also spares loading node:http2 (with
 * net, tls and http, ~31 ms before the first build) and its streams ("Thirty-fourth round"). No well-kept HTTP/2
 * implementation exists for JavaScript outside node:http2.
 *
 * Only what gRPC uses is here: no server push (the client turns it off), no priorities (PRIORITY frames are read and
 * ignored), no TLS (the transport's socket is the connection, TLS or not). A client's streams beyond the peer's
 * MAX_CONCURRENT_STREAMS wait for a slot, as nghttp2's did: buildkitd's grpc-go server sets no limit, but dockerd's
 * `/grpc` is served by x/net's HTTP/2 server (250 streams), which resets a stream over it with PROTOCOL_ERROR, and a
 * bake of many targets holds a Solve and a Status call open for each. Flow control works both ways: what we send waits
 * for the peer's windows; what we receive is acknowledged as the stream's reader takes it, and a paused stream stops
 * being acknowledged, so the peer stops at its window.
 */
import type * as net from 'node:net';
import type { Duplex } from 'node:stream';
import { encodeHeaderBlock, HeaderListTooLargeError, HpackDecoder, HpackError } from './hpack.js';

/** The client's connection preface (RFC 9113 3.4), before its first SETTINGS frame. */
const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');
const FRAME_HEADER = 9;

const DATA = 0x0;
const HEADERS = 0x1;
const PRIORITY = 0x2;
const RST_STREAM = 0x3;
const SETTINGS = 0x4;
const PUSH_PROMISE = 0x5;
const PING = 0x6;
const GOAWAY = 0x7;
const WINDOW_UPDATE = 0x8;
const CONTINUATION = 0x9;

const FLAG_END_STREAM = 0x1;
const FLAG_ACK = 0x1;
const FLAG_END_HEADERS = 0x4;
const FLAG_PADDED = 0x8;
const FLAG_PRIORITY = 0x20;

/** Error codes (RFC 9113 7). */
const NO_ERROR = 0x0;
const PROTOCOL_ERROR = 0x1;
const FLOW_CONTROL_ERROR = 0x3;
const STREAM_CLOSED = 0x5;
const FRAME_SIZE_ERROR = 0x6;
const REFUSED_STREAM = 0x7;
const CANCEL = 0x8;
const COMPRESSION_ERROR = 0x9;
/** The codes a peer's RST_STREAM carries that a gRPC call reads (client.ts, as grpc-go reads them). */
export const H2_ERROR = Object.freeze({
  NO_ERROR,
  REFUSED_STREAM,
  CANCEL,
  ENHANCE_YOUR_CALM: 0xb,
  INADEQUATE_SECURITY: 0xc,
});

const SETTINGS_HEADER_TABLE_SIZE = 0x1;
const SETTINGS_ENABLE_PUSH = 0x2;
const SETTINGS_MAX_CONCURRENT_STREAMS = 0x3;
const SETTINGS_INITIAL_WINDOW_SIZE = 0x4;
const SETTINGS_MAX_FRAME_SIZE = 0x5;
const SETTINGS_MAX_HEADER_LIST_SIZE = 0x6;

const KiB = 1024;
const MiB = 1024 * KiB;
const MAX_WINDOW = 2 ** 31 - 1;
/** HTTP/2's initial windows and frame size, until SETTINGS say otherwise. */
const DEFAULT_WINDOW = 65_535;
const DEFAULT_MAX_FRAME = 16 * KiB;
/** The largest frame we accept: the default, which we never raise (grpc-go writes no larger DATA frames). */
const MAX_FRAME_RECEIVED = DEFAULT_MAX_FRAME;
/**
 * What the daemon may send ahead on one stream and on the connection: on a session's server connection (an exporter's
 * tarball through FileSend) as node:http2 was set up before (initialWindowSize 4 MiB, setLocalWindowSize 16 MiB); on
 * a client connection (a call's answers, the session tunnel's call carrying the whole session) the same, where
 * node:http2's tunnel started at 64 KiB and widened to 1 MiB / 4 MiB after 4 MiB had come: nghttp2 held what came
 * ahead of a reader, which cost the fan-out 4 MB of peak RSS, but here the session's server takes the tunnel's data as
 * it arrives (readSlices), and the fan-out's peak RSS is unchanged (docs/benchmarks.md, "Thirty-fourth round").
 * Received data is acknowledged once a quarter of a window has been taken, so the peer never waits on an
 * acknowledgement in a bulk transfer.
 */
const STREAM_WINDOW = 4 * MiB;
const CONNECTION_WINDOW = 16 * MiB;
/** How long a GOAWAY may take to be written before the socket is destroyed anyway. */
const GOAWAY_GRACE_MS = 1000;
/** As many streams as the daemon opens (node:http2's default too): a session serves every call of its builds. */
const MAX_CONCURRENT_STREAMS = 0xffffffff;
/** Every include/exclude pattern of a DiffCopy is a header of its own: a request's header list may be large. */
const MAX_HEADER_LIST = 16 * MiB;
/** A header block is read whole before it is decoded: its HEADERS and CONTINUATION fragments, together, at most. */
const MAX_HEADER_BLOCK = MAX_HEADER_LIST;
/** The frames a header block may come in: the largest block in frames of a quarter of the largest frame. */
const MAX_HEADER_FRAGMENTS = (4 * MAX_HEADER_BLOCK) / MAX_FRAME_RECEIVED;

/** Header fields as node:http2 gave them: a header sent several times comes once, its values joined by ", ". */
export type HeaderFields = Record<string, string>;
/** Request headers: header fields. */
export type RequestHeaders = HeaderFields;
/** Header fields to send, in order; pseudo-headers first. */
export type HeaderList = ReadonlyArray<readonly [string, string]>;

/**
 * A byte stream that can hand its reader the chunks it receives as they are, without a Readable's machinery
 * (transport/tunnel.ts H2CallTunnel): what the connection reads otherwise arrives by 'data' events.
 */
export interface SliceSource {
  /** From now on every chunk received is passed to `onSlices`, in order; the chunks are the reader's to keep. */
  readSlices(onSlices: (slices: readonly Buffer[]) => void): void;
}

type StreamHandler = (stream: H2Stream, headers: HeaderFields) => void;

/** A header block held with the data of a paused stream, to be told in its order. */
interface HeldHeaders {
  fields: HeaderFields;
  endStream: boolean;
}

/**
 * One stream: on a server connection one the peer opened (its request arrives through the callbacks, the response
 * goes out through the methods), on a client connection one we opened (H2Connection.request; the other way round).
 */
export class H2Stream {
  /** Each DATA payload (or part of one) as it arrives, while the stream is not paused. */
  ondata: (chunk: Buffer) => void = noop;
  /**
   * A header block after the one that opened the stream: on a client, the response's headers, then its trailers (with
   * `endStream`); a trailers-only response is one block with `endStream`. On a server, a request's trailers.
   */
  onheaders: (headers: HeaderFields, endStream: boolean) => void = noop;
  /** The peer ended its side (END_STREAM), after its last data. */
  onend: () => void = noop;
  /** The stream is over: both sides ended, either side reset it, or the connection went away. Called once. */
  onclose: () => void = noop;
  headersSent = false;
  /** Closed for us: nothing more can be sent, nothing more arrives. */
  closed = false;
  /** The peer ended its side (END_STREAM): its request (or response) is complete. */
  remoteEnded = false;
  /** The code of the RST_STREAM the peer ended the stream with (REFUSED_STREAM when its GOAWAY left it out). */
  resetCode: number | undefined;
  private localEnded = false;
  /** end() was called: its END_STREAM goes out after the data queued (endWritten once it has been). */
  private endRequested = false;
  private endWritten = false;
  /** What the peer lets us send on this stream (its window). */
  sendWindow: number;
  /** Data queued to send, with the callback of each write on its last buffer. */
  readonly outbound: Array<{ data: Buffer; done?: () => void }> = [];
  outboundBytes = 0;
  /** Trailers to send once the queued data is out (a server's end). */
  trailers: HeaderList | undefined;
  private paused = false;
  /** What arrived while paused: data, header blocks, and `null` for the peer's END_STREAM. */
  private held: Array<Buffer | HeldHeaders | null> = [];
  /** Bytes taken by the reader since the last WINDOW_UPDATE for this stream. */
  private unacknowledged = 0;
  /** What the peer may still send on this stream: what we allowed (SETTINGS, WINDOW_UPDATEs), less what came. */
  receiveWindow = STREAM_WINDOW;

  /** A client's request header block, until its stream opens (H2Connection.request: the peer's stream limit). */
  requestBlock: Buffer | undefined;

  constructor(
    /** 0 for a client's stream that waits for a slot under the peer's MAX_CONCURRENT_STREAMS. */
    public id: number,
    private readonly connection: H2Connection,
    sendWindow: number,
    /** The request's HEADERS ended it (no body): told to the call right after it is handed the stream. */
    private readonly endsWithHeaders = false,
  ) {
    this.sendWindow = sendWindow;
  }

  /** Response headers; with `endStream` they are the whole response (gRPC's trailers-only answer). */
  respond(headers: HeaderList, endStream = false): void {
    if (this.closed || this.headersSent) return;
    this.headersSent = true;
    this.connection.sendHeaders(this.id, headers, endStream);
    if (endStream) {
      this.endRequested = this.endWritten = true;
      this.endLocal();
    }
  }

  /** Data can still be written: the stream is open and our side not ended (nor stopped by the peer's reset). */
  get writable(): boolean {
    return !this.closed && !this.endRequested;
  }

  /**
   * Queues data; `done` is called once it has been handed to the connection (its window allowing), or at once when
   * nothing more can be sent (a writer must not wait for ever).
   */
  write(data: Buffer, done?: () => void): void {
    if (!this.writable) {
      done?.();
      return;
    }
    this.outbound.push({ data, done });
    this.outboundBytes += data.length;
    this.connection.scheduleFlush(this);
  }

  /** Ends our side after the data queued: with `trailers` (a server's response), else with the last DATA frame. */
  end(trailers?: HeaderList): void {
    if (this.closed || this.endRequested) return;
    this.endRequested = true;
    if (trailers) this.trailers = [...trailers];
    this.connection.scheduleFlush(this);
  }

  /** Something is queued to send: data, or the end of our side. */
  get hasOutbound(): boolean {
    return this.outboundBytes > 0 || (this.endRequested && !this.endWritten);
  }

  /** Our end is due once the data queued is out, on its last DATA frame: end() was called without trailers. */
  get endsWithData(): boolean {
    return this.endRequested && !this.endWritten && this.trailers === undefined;
  }

  /** The connection has written (or is writing) our END_STREAM. */
  markEndWritten(): void {
    this.endWritten = true;
    this.trailers = undefined;
  }

  /** Resets the stream (RST_STREAM), dropping what is queued: the call was cancelled or failed without a status. */
  reset(code = CANCEL): void {
    if (this.closed) return;
    // a stream still waiting to open was never seen by the peer
    if (this.id !== 0) this.connection.sendReset(this.id, code);
    this.close();
  }

  pause(): void {
    this.paused = true;
  }

  isPaused(): boolean {
    return this.paused;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    while (this.held.length > 0 && !this.paused && !this.closed) {
      const next = this.held.shift()!;
      if (next === null) this.remoteEnd();
      else if (Buffer.isBuffer(next)) this.take(next);
      else this.onheaders(next.fields, next.endStream);
    }
  }

  /** A DATA payload (or a slice of one) from the peer. */
  received(chunk: Buffer): void {
    if (this.paused) this.held.push(chunk);
    else this.take(chunk);
  }

  /** A header block from the peer after the one that opened the stream, and its END_STREAM if it had one. */
  receivedHeaders(fields: HeaderFields, endStream: boolean): void {
    if (this.paused) this.held.push({ fields, endStream });
    else this.onheaders(fields, endStream);
    if (endStream && !this.closed) this.receivedEnd();
  }

  /** The peer's END_STREAM. */
  receivedEnd(): void {
    this.remoteEnded = true;
    if (this.paused) this.held.push(null);
    else this.remoteEnd();
  }

  /** The peer's END_STREAM told, after everything before it: the stream is over once our side has ended too. */
  private remoteEnd(): void {
    this.onend();
    if (this.localEnded) this.close();
  }

  /**
   * The peer's RST_STREAM. NO_ERROR after its END_STREAM is a complete answer that wants no more of our request
   * (RFC 9113 8.1): a client's side stops, and what the peer sent is still told, a paused reader's too. Any other
   * reset, and any reset of a server's stream, ends the stream at once.
   */
  receivedReset(code: number): void {
    this.resetCode = code;
    if (code !== NO_ERROR || !this.remoteEnded || this.connection.isServer) {
      this.close();
      return;
    }
    this.localEnded = this.endRequested = this.endWritten = true;
    this.trailers = undefined;
    const callbacks = this.outbound.filter((o) => o.done);
    this.outbound.length = 0;
    this.outboundBytes = 0;
    for (const o of callbacks) o.done!();
    // with data held, the stream closes once the reader has taken it (remoteEnd)
    if (this.held.length === 0) this.close();
  }

  /** Called by the connection once our END_STREAM (trailers, a trailers-only response, the last DATA) went out. */
  endLocal(): void {
    if (this.closed) return;
    this.localEnded = true;
    if (this.connection.isServer) {
      // The response is complete: a request still being sent is not wanted any more (RFC 9113 8.1), and the call is
      // over.
      if (!this.remoteEnded && !this.endsWithHeaders) this.connection.sendReset(this.id, NO_ERROR);
      this.close();
    } else if (this.remoteEnded && this.held.length === 0) {
      // the response had come already (and was told): both sides are done
      this.close();
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.held = [];
    const callbacks = this.outbound.filter((o) => o.done);
    this.outbound.length = 0;
    this.outboundBytes = 0;
    this.connection.forget(this);
    this.onclose();
    // a writer waiting on its callback must not wait for ever: the stream is gone (the call sees it closed)
    for (const o of callbacks) o.done!();
    // after onclose: a connection going away ends once its last stream has been told it closed
    this.connection.streamClosed();
  }

  private take(chunk: Buffer): void {
    this.ondata(chunk);
    this.acknowledge(chunk.length);
  }

  /**
   * Bytes of this stream's window used up: data the reader took, or a padded DATA frame's padding (RFC 9113 6.9.1),
   * which there is nothing to take of. A WINDOW_UPDATE once a quarter of the window has been.
   */
  acknowledge(bytes: number): void {
    this.unacknowledged += bytes;
    if (this.unacknowledged >= STREAM_WINDOW / 4 && !this.closed && !this.remoteEnded) {
      this.connection.sendWindowUpdate(this.id, this.unacknowledged);
      this.receiveWindow += this.unacknowledged;
      this.unacknowledged = 0;
    }
  }
}

/** A connection's protocol failure: the peer broke HTTP/2; the connection is ended with GOAWAY and this code. */
class ConnectionError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export interface H2ConnectionOptions {
  /** A server's: each stream the peer opens, with its request headers. */
  onStream?: StreamHandler;
}

export class H2Connection {
  /** The peer's first SETTINGS came: an HTTP/2 endpoint answers (a client's proof that it dialled the right thing). */
  onremotesettings: () => void = noop;
  /** The peer sent GOAWAY with `code` (a client's connection): it takes no new streams; those it took run to their end. */
  ongoaway: (code: number) => void = noop;
  /** The connection is over, every stream closed (`error` says why, when it failed). Called once. */
  onclose: (error?: Error) => void = noop;
  /** Why the connection failed: the socket's error, the peer breaking the protocol, a keepalive unanswered. */
  error: Error | undefined;
  readonly isServer: boolean;
  private readonly streams = new Map<number, H2Stream>();
  private readonly hpack = new HpackDecoder();
  /** Received bytes not yet read as frames, in order, the first from `offset`. */
  private chunks: Buffer[] = [];
  private offset = 0;
  private buffered = 0;
  /** A server reads the client's preface first; a client reads none. */
  private prefaceRead: boolean;
  /** A header block being read: its stream, flags and fragments so far (HEADERS, then CONTINUATIONs). */
  private headerBlock: { streamId: number; endStream: boolean; fragments: Buffer[]; bytes: number } | undefined;
  /** A server's: the highest stream id the peer opened. */
  private lastStreamId = 0;
  /** A client's: the id of the next stream it opens (odd, RFC 9113 5.1.1). */
  private nextStreamId = 1;
  /** A client's streams beyond the peer's MAX_CONCURRENT_STREAMS, opened in order as others close (as nghttp2 does). */
  private readonly waiting: H2Stream[] = [];
  /** The peer's SETTINGS_MAX_CONCURRENT_STREAMS (no limit until it says; x/net's servers, dockerd's `/grpc`, 250). */
  private peerMaxStreams = Infinity;
  /** What the peer lets us send on the connection, and the window each new stream starts with. */
  private connectionSendWindow = DEFAULT_WINDOW;
  private peerInitialWindow = DEFAULT_WINDOW;
  private peerMaxFrame = DEFAULT_MAX_FRAME;
  private remoteSettingsSeen = false;
  /** Bytes received since the last connection-level WINDOW_UPDATE. */
  private unacknowledged = 0;
  /** What the peer may still send on the connection: what we allowed, less what came. */
  private connectionReceiveWindow = CONNECTION_WINDOW;
  /** Control frames (HEADERS, RST_STREAM, WINDOW_UPDATE, PING, SETTINGS ACK) to send before the streams' data. */
  private control: Buffer[] = [];
  /** Streams with something to send, in the order they asked. */
  private readonly ready = new Set<H2Stream>();
  private flushScheduled: NodeJS.Immediate | undefined;
  /** The socket asked us to wait ('drain'). */
  private blocked = false;
  /** PINGs sent and not answered yet, by their payload's counter. */
  private readonly pings = new Map<number, (err?: Error) => void>();
  private pingCounter = 0;
  /** GOAWAY came (or close() was called): no new streams; a client's connection ends once its streams have. */
  goingAway = false;
  /** The peer's GOAWAY came: it takes no new stream, so none waiting may open (close() lets them open in turn). */
  private peerGoneAway = false;
  ended = false;

  constructor(
    private readonly socket: Duplex,
    role: 'client' | 'server',
    private readonly opts: H2ConnectionOptions = {},
  ) {
    this.isServer = role === 'server';
    this.prefaceRead = !this.isServer;
    // Our SETTINGS are the first frame we send, before anything read is answered (a SETTINGS ACK first would be taken
    // by grpc-go as our SETTINGS, and it would keep its default of 100 concurrent streams).
    const settings: Array<[number, number]> = this.isServer
      ? [[SETTINGS_MAX_CONCURRENT_STREAMS, MAX_CONCURRENT_STREAMS]]
      : [[SETTINGS_ENABLE_PUSH, 0]];
    settings.push([SETTINGS_INITIAL_WINDOW_SIZE, STREAM_WINDOW], [SETTINGS_MAX_HEADER_LIST_SIZE, MAX_HEADER_LIST]);
    const opening = [
      frame(SETTINGS, 0, 0, settingsPayload(settings)),
      frame(WINDOW_UPDATE, 0, 0, uint31(CONNECTION_WINDOW - DEFAULT_WINDOW)),
    ];
    this.writeFrames(this.isServer ? opening : [PREFACE, ...opening]);
    const source = socket as Partial<SliceSource> & Duplex;
    const onSlices = (slices: readonly Buffer[]) => {
      for (let i = 0; i < slices.length; i++) this.receive(slices[i]);
    };
    if (typeof source.readSlices === 'function') {
      source.readSlices(onSlices);
      // nothing is pushed through its Readable now, but flowing lets its end be seen
      socket.resume();
    } else {
      socket.on('data', (chunk: Buffer) => this.receive(chunk));
    }
    socket.on('end', () => this.destroy());
    socket.on('close', () => this.destroy());
    socket.on('error', (err: Error) => this.destroy(err));
    socket.on('drain', () => {
      this.blocked = false;
      this.flush();
    });
  }

  /**
   * Ends the connection at once: every open stream is closed (its call sees the connection gone), every PING fails,
   * and the socket is destroyed (unless `socketToo` is false: fail() ends it after its GOAWAY).
   */
  destroy(error?: Error, socketToo = true): void {
    if (this.ended) return;
    this.ended = true;
    // set before the streams close: their readers ask why
    this.error = error;
    for (const stream of [...this.waiting, ...this.streams.values()]) stream.close();
    this.ready.clear();
    this.control = [];
    if (this.flushScheduled) clearImmediate(this.flushScheduled);
    this.flushScheduled = undefined;
    this.chunks = [];
    const pings = [...this.pings.values()];
    this.pings.clear();
    for (const callback of pings) callback(error ?? new Error('the connection closed'));
    if (socketToo && !this.socket.destroyed) this.socket.destroy();
    this.onclose(error);
  }

  /**
   * A client's graceful end: no new streams; the connection ends once the open ones have (node:http2's close()).
   * Streams still waiting for a slot were accepted by request(): they open as the others close, and are waited for.
   */
  close(): void {
    this.goingAway = true;
    this.endIfIdle();
  }

  /** Keeps the process alive while the socket is open (a call is in flight), or not. */
  ref(): void {
    (this.socket as Partial<Pick<net.Socket, 'ref'>>).ref?.();
  }

  unref(): void {
    (this.socket as Partial<Pick<net.Socket, 'unref'>>).unref?.();
  }

  /**
   * A client's new stream, its request headers sent with the turn's other frames; beyond the peer's
   * MAX_CONCURRENT_STREAMS the stream waits (its writes queued) until another closes. Throws once the connection is
   * ending (GOAWAY, close(), destroy()), or for headers HPACK cannot send, before anything is sent.
   */
  request(headers: HeaderList): H2Stream {
    if (this.isServer) throw new Error('a server connection opens no streams');
    if (this.ended || this.goingAway) throw new Error('the HTTP/2 connection is closing');
    const block = encodeHeaderBlock(headers);
    const stream = new H2Stream(0, this, this.peerInitialWindow);
    stream.headersSent = true;
    stream.requestBlock = block;
    this.waiting.push(stream);
    this.openWaiting();
    return stream;
  }

  /** Opens the waiting streams the peer's limit has room for: ids in the order they asked, HEADERS before data. */
  private openWaiting(): void {
    while (this.waiting.length > 0 && this.streams.size < this.peerMaxStreams && !this.ended && !this.peerGoneAway) {
      const stream = this.waiting.shift()!;
      stream.id = this.nextStreamId;
      this.nextStreamId += 2;
      stream.sendWindow = this.peerInitialWindow;
      this.streams.set(stream.id, stream);
      this.queue(this.blockFrames(stream.id, stream.requestBlock!, false));
      stream.requestBlock = undefined;
      if (stream.hasOutbound) this.ready.add(stream);
    }
  }

  /** An HTTP/2 PING; `answered` is called with its ACK, or with an error if the connection ends first. */
  ping(answered: (err?: Error) => void): void {
    if (this.ended) {
      answered(new Error('the connection closed'));
      return;
    }
    const id = ++this.pingCounter;
    const payload = Buffer.alloc(8);
    payload.writeUInt32BE(id, 4);
    this.pings.set(id, answered);
    this.queue([frame(PING, 0, 0, payload)]);
  }

  // ---- what streams ask of the connection

  sendHeaders(streamId: number, headers: HeaderList, endStream: boolean): void {
    this.queue(this.headerFrames(streamId, headers, endStream));
  }

  sendReset(streamId: number, code: number): void {
    this.queue([frame(RST_STREAM, 0, streamId, uint32(code))]);
  }

  sendWindowUpdate(streamId: number, increment: number): void {
    this.queue([frame(WINDOW_UPDATE, 0, streamId, uint31(increment))]);
  }

  forget(stream: H2Stream): void {
    if (stream.id === 0) {
      const at = this.waiting.indexOf(stream);
      if (at >= 0) this.waiting.splice(at, 1);
      return;
    }
    this.streams.delete(stream.id);
    this.ready.delete(stream);
    if (!this.isServer) this.openWaiting();
  }

  /** A stream has closed and been told so: a client's connection that is going away ends once none is left. */
  streamClosed(): void {
    if (this.goingAway) this.endIfIdle();
  }

  /** Control frames, sent at this turn's flush before the streams' data (a stream's HEADERS before its DATA). */
  private queue(frames: Buffer[]): void {
    if (this.ended) return;
    for (let i = 0; i < frames.length; i++) this.control.push(frames[i]);
    this.flushScheduled ??= setImmediate(this.flushNow);
  }

  /**
   * `stream` has data or its end to send: sent once this turn of the event loop has done its work (setImmediate, as
   * nghttp2 in node:http2 sends), together with every other stream's. A context's listing is 20,000 small STAT packets,
   * written a few at a time between the walk's awaits when this was measured: sent at each microtask checkpoint
   * instead, they went out as thousands of frames and tunnel writes, +133 ms of client CPU when one file changed
   * (docs/benchmarks.md, "Thirty-third round").
   */
  scheduleFlush(stream: H2Stream): void {
    // a stream waiting to open is flushed once it has (openWaiting)
    if (this.ended || stream.id === 0) return;
    this.ready.add(stream);
    this.flushScheduled ??= setImmediate(this.flushNow);
  }

  private readonly flushNow = (): void => {
    this.flushScheduled = undefined;
    this.flush();
  };

  /**
   * Sends the control frames queued, then what the ready streams queued as far as the windows allow: DATA frames of up
   * to the peer's frame size, each payload a slice of the buffers written (no copy), then a stream's end (trailers, or
   * END_STREAM on its last DATA frame) once its data is out. All of it in one corked write, so a turn's frames reach
   * the socket (the tunnel: its call) as one write.
   */
  private flush(): void {
    if (this.ended || (this.ready.size === 0 && this.control.length === 0)) return;
    const out = this.control;
    this.control = [];
    if (this.blocked) {
      // the streams' data waits for 'drain'; control frames do not (a WINDOW_UPDATE the peer waits on, a PING ACK)
      this.writeFrames(out);
      return;
    }
    const callbacks: Array<() => void> = [];
    for (const stream of this.ready) {
      let endedWithData = false;
      while (stream.outboundBytes > 0 && this.connectionSendWindow > 0 && stream.sendWindow > 0) {
        const size = Math.min(stream.outboundBytes, this.connectionSendWindow, stream.sendWindow, this.peerMaxFrame);
        // a client's end rides on its last DATA frame
        endedWithData = size === stream.outboundBytes && stream.endsWithData;
        out.push(frameHeader(size, DATA, endedWithData ? FLAG_END_STREAM : 0, stream.id));
        let left = size;
        while (left > 0) {
          const head = stream.outbound[0];
          if (head.data.length <= left) {
            out.push(head.data);
            left -= head.data.length;
            stream.outbound.shift();
            if (head.done) callbacks.push(head.done);
          } else {
            out.push(head.data.subarray(0, left));
            head.data = head.data.subarray(left);
            left = 0;
          }
        }
        stream.outboundBytes -= size;
        stream.sendWindow -= size;
        this.connectionSendWindow -= size;
      }
      if (stream.outboundBytes === 0) {
        // what is left are empty writes: done as well, in their order
        for (let i = 0; i < stream.outbound.length; i++) {
          const done = stream.outbound[i].done;
          if (done) callbacks.push(done);
        }
        stream.outbound.length = 0;
        this.ready.delete(stream);
        if (stream.hasOutbound) {
          // the end of our side: trailers, or an empty DATA frame with END_STREAM when no data carried it
          if (stream.trailers) for (const f of this.headerFrames(stream.id, stream.trailers, true)) out.push(f);
          else if (!endedWithData) out.push(frameHeader(0, DATA, FLAG_END_STREAM, stream.id));
          stream.markEndWritten();
          // after the frames are out: endLocal may write a reset, which must follow them
          callbacks.push(() => stream.endLocal());
        }
      }
    }
    this.writeFrames(
      out,
      callbacks.length === 0
        ? undefined
        : () => {
            for (let i = 0; i < callbacks.length; i++) callbacks[i]();
          },
    );
  }

  /**
   * Writes `buffers` in one corked write. `written` is called at once when the socket took them within its buffer,
   * else once it has passed them on (the tunnel: to its call): a writer whose data backs up in the socket waits, so
   * that a large upload does not pile up in the tunnel (a 1 GiB context's peak RSS +4 to +26 MB), while a small answer's
   * writer (a unary call's response, then its status) goes on without waiting for a write to complete.
   */
  private writeFrames(buffers: Buffer[], written?: () => void): void {
    if (buffers.length === 0 || this.socket.destroyed || this.socket.writableEnded) {
      written?.();
      return;
    }
    let called = false;
    const once = () => {
      if (called) return;
      called = true;
      written!();
    };
    this.socket.cork();
    let ok = true;
    const last = buffers.length - 1;
    for (let i = 0; i < last; i++) ok = this.socket.write(buffers[i]) && ok;
    ok = (written ? this.socket.write(buffers[last], once) : this.socket.write(buffers[last])) && ok;
    this.socket.uncork();
    if (!ok) this.blocked = true;
    else if (written) once();
  }

  /** A header list as a HEADERS frame and the CONTINUATIONs its block needs beyond the peer's frame size. */
  private headerFrames(streamId: number, headers: HeaderList, endStream: boolean): Buffer[] {
    return this.blockFrames(streamId, encodeHeaderBlock(headers), endStream);
  }

  private blockFrames(streamId: number, block: Buffer, endStream: boolean): Buffer[] {
    const frames: Buffer[] = [];
    for (let at = 0, first = true; first || at < block.length; first = false) {
      const piece = block.subarray(at, at + this.peerMaxFrame);
      at += piece.length;
      const last = at >= block.length;
      const flags = (last ? FLAG_END_HEADERS : 0) | (first && endStream ? FLAG_END_STREAM : 0);
      frames.push(frame(first ? HEADERS : CONTINUATION, flags, streamId, piece));
    }
    return frames;
  }

  /** A client whose connection is going away ends it once no stream is open: what was queued, then the socket. */
  private endIfIdle(): void {
    if (this.isServer || this.ended || this.streams.size > 0 || this.waiting.length > 0) return;
    this.flush();
    this.endSocket();
  }

  /** Ends the connection after what is written: the socket ended, and destroyed once that is done (or in a second). */
  private endSocket(error?: Error): void {
    const socket = this.socket;
    this.destroy(error, false);
    // destroyed at once, the tunnel would reset its call and drop what is queued in it (a GOAWAY)
    const timer = setTimeout(() => socket.destroy(), GOAWAY_GRACE_MS);
    timer.unref();
    socket.once('finish', () => {
      clearTimeout(timer);
      socket.destroy();
    });
    socket.end();
  }

  // ---- reading

  private receive(chunk: Buffer): void {
    if (this.ended || chunk.length === 0) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    try {
      this.readFrames();
    } catch (err) {
      if (err instanceof ConnectionError) {
        this.fail(err);
        return;
      }
      // a handler's own failure, thrown while it took a request: not the peer's doing, so not told as a protocol
      // error; the connection cannot go on from the middle of a frame, and the error goes on up, as it did with
      // node:http2 (an exception in a stream's 'data' listener)
      this.destroy();
      throw err;
    }
  }

  private readFrames(): void {
    if (!this.prefaceRead) {
      if (this.buffered < PREFACE.length) return;
      if (!this.read(PREFACE.length).equals(PREFACE))
        throw new ConnectionError(PROTOCOL_ERROR, 'not an HTTP/2 connection preface');
      this.prefaceRead = true;
    }
    while (!this.ended && this.buffered >= FRAME_HEADER) {
      const header = this.peekHeader();
      const length = (header[0] << 16) | (header[1] << 8) | header[2];
      if (length > MAX_FRAME_RECEIVED) throw new ConnectionError(FRAME_SIZE_ERROR, `a frame of ${length} bytes`);
      if (this.buffered < FRAME_HEADER + length) return;
      this.skip(FRAME_HEADER);
      const type = header[3];
      const flags = header[4];
      const streamId = header.readUInt32BE(5) & 0x7fffffff;
      if (type === DATA) this.onData(flags, streamId, length);
      else this.onFrame(type, flags, streamId, this.read(length));
    }
  }

  /** A stream id the peer cannot have used yet: a client's stream beyond the last opened (RFC 9113 5.1, "idle"). */
  private isIdle(streamId: number): boolean {
    return this.isServer ? streamId > this.lastStreamId : streamId % 2 === 0 || streamId >= this.nextStreamId;
  }

  private onData(flags: number, streamId: number, length: number): void {
    if (this.headerBlock) throw new ConnectionError(PROTOCOL_ERROR, 'DATA inside a header block');
    if (streamId === 0) throw new ConnectionError(PROTOCOL_ERROR, 'DATA on stream 0');
    // the whole frame counts against the windows, padding too (RFC 9113 6.9.1)
    if ((this.connectionReceiveWindow -= length) < 0)
      throw new ConnectionError(FLOW_CONTROL_ERROR, 'DATA beyond the connection window');
    this.acknowledge(length);
    let padding = 0;
    let payload = length;
    if (flags & FLAG_PADDED) {
      if (length < 1) throw new ConnectionError(FRAME_SIZE_ERROR, 'a padded DATA frame without its pad length');
      padding = this.read(1)[0];
      payload -= 1 + padding;
      if (payload < 0) throw new ConnectionError(PROTOCOL_ERROR, 'DATA padding longer than the frame');
    }
    const stream = this.streams.get(streamId);
    if (!stream || stream.remoteEnded) {
      this.skip(payload + padding);
      if (this.isIdle(streamId)) throw new ConnectionError(PROTOCOL_ERROR, 'DATA on an idle stream');
      // a stream we reset or ended: its data is dropped (the connection's window was acknowledged above)
      return;
    }
    if ((stream.receiveWindow -= length) < 0) {
      // beyond what we allowed: a paused reader would otherwise hold it all
      this.skip(payload + padding);
      stream.reset(FLOW_CONTROL_ERROR);
      return;
    }
    const slices = this.take(payload);
    this.skip(padding);
    // the pad length's byte and the padding count against the stream's window too: given back at once
    if (flags & FLAG_PADDED) stream.acknowledge(1 + padding);
    for (let i = 0; i < slices.length && !stream.closed; i++) stream.received(slices[i]);
    if (flags & FLAG_END_STREAM && !stream.closed) stream.receivedEnd();
  }

  private onFrame(type: number, flags: number, streamId: number, payload: Buffer): void {
    if (this.headerBlock && type !== CONTINUATION)
      throw new ConnectionError(PROTOCOL_ERROR, 'a frame inside a header block');
    switch (type) {
      case HEADERS:
        return this.onHeaders(flags, streamId, payload);
      case CONTINUATION:
        return this.onContinuation(flags, streamId, payload);
      case SETTINGS:
        return this.onSettings(flags, streamId, payload);
      case PING:
        return this.onPing(flags, streamId, payload);
      case WINDOW_UPDATE:
        return this.onWindowUpdate(streamId, payload);
      case RST_STREAM: {
        if (payload.length !== 4) throw new ConnectionError(FRAME_SIZE_ERROR, 'an RST_STREAM not of 4 bytes');
        if (streamId === 0) throw new ConnectionError(PROTOCOL_ERROR, 'RST_STREAM on stream 0');
        this.streams.get(streamId)?.receivedReset(payload.readUInt32BE(0));
        return;
      }
      case GOAWAY:
        return this.onGoaway(streamId, payload);
      case PRIORITY:
        return;
      case PUSH_PROMISE:
        // a server's client must not send one; a client turned push off in its SETTINGS
        throw new ConnectionError(PROTOCOL_ERROR, 'PUSH_PROMISE, which is off');
      default:
        // unknown frame types are ignored (RFC 9113 4.1)
        return;
    }
  }

  private onPing(flags: number, streamId: number, payload: Buffer): void {
    if (streamId !== 0) throw new ConnectionError(PROTOCOL_ERROR, 'PING on a stream');
    if (payload.length !== 8) throw new ConnectionError(FRAME_SIZE_ERROR, 'a PING not of 8 bytes');
    if (!(flags & FLAG_ACK)) {
      this.queue([frame(PING, FLAG_ACK, 0, payload)]);
      return;
    }
    // the answer to one of ours (an ACK we did not ask for is ignored)
    const id = payload.readUInt32BE(0) === 0 ? payload.readUInt32BE(4) : 0;
    const answered = this.pings.get(id);
    if (!answered) return;
    this.pings.delete(id);
    answered();
  }

  /**
   * The peer takes no new streams. On a client, streams above its last one were not seen by the server: they end as
   * refused (REFUSED_STREAM, which a call may retry; client.ts reports it UNAVAILABLE); the others run to their end,
   * and the connection ends after them. A server lets the peer end the connection.
   */
  private onGoaway(streamId: number, payload: Buffer): void {
    if (streamId !== 0) throw new ConnectionError(PROTOCOL_ERROR, 'GOAWAY on a stream');
    if (payload.length < 8) throw new ConnectionError(FRAME_SIZE_ERROR, 'a GOAWAY shorter than 8 bytes');
    this.goingAway = true;
    if (this.isServer) return;
    this.peerGoneAway = true;
    const last = payload.readUInt32BE(0) & 0x7fffffff;
    for (const stream of [...this.waiting, ...this.streams.values()]) {
      // a waiting stream (id 0) was never sent
      if (stream.id !== 0 && stream.id <= last) continue;
      stream.resetCode = REFUSED_STREAM;
      stream.close();
    }
    this.ongoaway(payload.readUInt32BE(4));
    this.endIfIdle();
  }

  private onHeaders(flags: number, streamId: number, payload: Buffer): void {
    if (streamId === 0) throw new ConnectionError(PROTOCOL_ERROR, 'HEADERS on stream 0');
    let at = 0;
    let end = payload.length;
    if (flags & FLAG_PADDED) {
      const padding = payload[0];
      at = 1;
      end -= padding;
    }
    if (flags & FLAG_PRIORITY) at += 5;
    if (at > end) throw new ConnectionError(PROTOCOL_ERROR, 'HEADERS padding longer than the frame');
    const fragment = payload.subarray(at, end);
    this.headerBlock = {
      streamId,
      endStream: (flags & FLAG_END_STREAM) !== 0,
      fragments: [fragment],
      bytes: fragment.length,
    };
    if (flags & FLAG_END_HEADERS) this.onHeaderBlock();
  }

  private onContinuation(flags: number, streamId: number, payload: Buffer): void {
    const block = this.headerBlock;
    if (!block || block.streamId !== streamId)
      throw new ConnectionError(PROTOCOL_ERROR, 'CONTINUATION without its HEADERS');
    block.fragments.push(payload);
    block.bytes += payload.length;
    if (block.bytes > MAX_HEADER_BLOCK) throw new ConnectionError(PROTOCOL_ERROR, 'a header block over the limit');
    // empty or tiny CONTINUATIONs would otherwise grow the list of fragments without bound
    if (block.fragments.length > MAX_HEADER_FRAGMENTS)
      throw new ConnectionError(PROTOCOL_ERROR, `a header block in more than ${MAX_HEADER_FRAGMENTS} frames`);
    if (flags & FLAG_END_HEADERS) this.onHeaderBlock();
  }

  private onHeaderBlock(): void {
    const { streamId, endStream, fragments } = this.headerBlock!;
    this.headerBlock = undefined;
    let fields: string[] | undefined;
    try {
      // every block is decoded, even one of a stream we drop: the decoder's table must follow the peer's
      fields = this.hpack.decode(fragments.length === 1 ? fragments[0] : Buffer.concat(fragments), MAX_HEADER_LIST);
    } catch (err) {
      // a list over the limit was still decoded to its end (the table is in step): only its stream is refused
      if (!(err instanceof HeaderListTooLargeError)) {
        if (err instanceof HpackError) throw new ConnectionError(COMPRESSION_ERROR, err.message);
        throw err;
      }
    }
    const open = this.streams.get(streamId);
    if (open) {
      if (this.isServer && !endStream)
        // trailers of the request (gRPC clients send none); their END_STREAM ends it
        throw new ConnectionError(PROTOCOL_ERROR, 'a second header block without END_STREAM');
      if (fields === undefined) {
        // a response's header list over the limit: the stream is refused, the connection goes on
        open.reset(PROTOCOL_ERROR);
        return;
      }
      if (!open.remoteEnded) open.receivedHeaders(headerFields(fields), endStream);
      return;
    }
    if (!this.isServer) {
      // a stream we reset (its answer crossed our RST_STREAM) is nothing to do; a stream we never opened is an error
      if (this.isIdle(streamId)) throw new ConnectionError(PROTOCOL_ERROR, `HEADERS on stream ${streamId}, not opened`);
      return;
    }
    if (streamId <= this.lastStreamId || streamId % 2 === 0) {
      // a stream we closed already: nothing to do; an even id is a server's, which a client must not use
      if (streamId % 2 === 0) throw new ConnectionError(PROTOCOL_ERROR, `a client stream with the even id ${streamId}`);
      this.sendReset(streamId, STREAM_CLOSED);
      return;
    }
    this.lastStreamId = streamId;
    const stream = new H2Stream(streamId, this, this.peerInitialWindow, endStream);
    this.streams.set(streamId, stream);
    if (fields === undefined) {
      // Request Header Fields Too Large (RFC 9113 10.5.1); grpc-go reports the HTTP status to the call's caller
      stream.respond([[':status', '431']], true);
      return;
    }
    this.opts.onStream?.(stream, headerFields(fields));
    if (endStream && !stream.closed) stream.receivedEnd();
  }

  private onSettings(flags: number, streamId: number, payload: Buffer): void {
    if (streamId !== 0) throw new ConnectionError(PROTOCOL_ERROR, 'SETTINGS on a stream');
    if (flags & FLAG_ACK) {
      if (payload.length !== 0) throw new ConnectionError(FRAME_SIZE_ERROR, 'a SETTINGS acknowledgement with data');
      return;
    }
    if (payload.length % 6 !== 0) throw new ConnectionError(FRAME_SIZE_ERROR, 'SETTINGS not in 6-byte entries');
    for (let at = 0; at < payload.length; at += 6) {
      const id = payload.readUInt16BE(at);
      const value = payload.readUInt32BE(at + 2);
      if (id === SETTINGS_INITIAL_WINDOW_SIZE) {
        if (value > MAX_WINDOW) throw new ConnectionError(FLOW_CONTROL_ERROR, 'an initial window over 2^31-1');
        // a new initial window changes every open stream's by the difference (RFC 9113 6.9.2)
        const delta = value - this.peerInitialWindow;
        this.peerInitialWindow = value;
        for (const stream of this.streams.values()) {
          stream.sendWindow += delta;
          if (stream.sendWindow > MAX_WINDOW)
            throw new ConnectionError(FLOW_CONTROL_ERROR, 'a stream window over 2^31-1 after SETTINGS');
          if (stream.hasOutbound) this.ready.add(stream);
        }
      } else if (id === SETTINGS_MAX_FRAME_SIZE) {
        if (value < DEFAULT_MAX_FRAME || value > 16 * MiB - 1)
          throw new ConnectionError(PROTOCOL_ERROR, `a maximum frame size of ${value}`);
        this.peerMaxFrame = value;
      } else if (id === SETTINGS_MAX_CONCURRENT_STREAMS) {
        this.peerMaxStreams = value;
      } else if (id === SETTINGS_ENABLE_PUSH) {
        if (value > 1) throw new ConnectionError(PROTOCOL_ERROR, `ENABLE_PUSH of ${value}`);
      }
      // SETTINGS_HEADER_TABLE_SIZE: our encoder keeps no table, so any size suits it; the rest concern a client
      else if (id === SETTINGS_HEADER_TABLE_SIZE) continue;
    }
    this.queue([frame(SETTINGS, FLAG_ACK, 0, Buffer.alloc(0))]);
    if (!this.isServer) this.openWaiting();
    this.flush();
    if (!this.remoteSettingsSeen) {
      this.remoteSettingsSeen = true;
      this.onremotesettings();
    }
  }

  private onWindowUpdate(streamId: number, payload: Buffer): void {
    if (payload.length !== 4) throw new ConnectionError(FRAME_SIZE_ERROR, 'a WINDOW_UPDATE not of 4 bytes');
    const increment = payload.readUInt32BE(0) & 0x7fffffff;
    if (streamId === 0) {
      if (increment === 0) throw new ConnectionError(PROTOCOL_ERROR, 'a WINDOW_UPDATE of 0');
      this.connectionSendWindow += increment;
      if (this.connectionSendWindow > MAX_WINDOW) throw new ConnectionError(FLOW_CONTROL_ERROR, 'window over 2^31-1');
    } else {
      const stream = this.streams.get(streamId);
      if (!stream) return;
      if (increment === 0 || stream.sendWindow + increment > MAX_WINDOW) {
        stream.reset(increment === 0 ? PROTOCOL_ERROR : FLOW_CONTROL_ERROR);
        return;
      }
      stream.sendWindow += increment;
      if (stream.hasOutbound) this.ready.add(stream);
    }
    this.flush();
  }

  /** `length` bytes of DATA received: acknowledged to the peer once a quarter of the connection's window came. */
  private acknowledge(length: number): void {
    this.unacknowledged += length;
    if (this.unacknowledged >= CONNECTION_WINDOW / 4) {
      this.sendWindowUpdate(0, this.unacknowledged);
      this.connectionReceiveWindow += this.unacknowledged;
      this.unacknowledged = 0;
    }
  }

  /** The peer broke the protocol: GOAWAY with the reason, after what was queued, then the socket is ended. */
  private fail(err: ConnectionError): void {
    const message = Buffer.from(err.message, 'utf8');
    const payload = Buffer.allocUnsafe(8 + message.length);
    payload.writeUInt32BE(this.lastStreamId, 0);
    payload.writeUInt32BE(err.code, 4);
    message.copy(payload, 8);
    this.writeFrames([...this.control, frame(GOAWAY, 0, 0, payload)]);
    this.control = [];
    this.endSocket(new Error(`HTTP/2 protocol error: ${err.message}`));
  }

  // ---- the received bytes: chunks in order, the first read from `offset`

  /** The next frame header (9 bytes), not consumed; a copy only when it straddles chunks. */
  private peekHeader(): Buffer {
    const first = this.chunks[0];
    if (first.length - this.offset >= FRAME_HEADER) return first.subarray(this.offset, this.offset + FRAME_HEADER);
    const header = Buffer.allocUnsafe(FRAME_HEADER);
    let at = 0;
    let offset = this.offset;
    for (let i = 0; at < FRAME_HEADER; i++, offset = 0) {
      at += this.chunks[i].copy(header, at, offset, Math.min(this.chunks[i].length, offset + FRAME_HEADER - at));
    }
    return header;
  }

  /** The next `n` bytes as one buffer: a slice when they lie in one chunk, else a copy. */
  private read(n: number): Buffer {
    const first = this.chunks[0];
    if (n === 0) return Buffer.alloc(0);
    if (first.length - this.offset >= n) {
      const out = first.subarray(this.offset, this.offset + n);
      this.skip(n);
      return out;
    }
    const slices = this.take(n);
    return Buffer.concat(slices, n);
  }

  /** The next `n` bytes as slices of the chunks they lie in. */
  private take(n: number): Buffer[] {
    const slices: Buffer[] = [];
    this.buffered -= n;
    let used = 0;
    while (n > 0) {
      const chunk = this.chunks[used];
      const available = chunk.length - this.offset;
      if (available > n) {
        slices.push(chunk.subarray(this.offset, this.offset + n));
        this.offset += n;
        break;
      }
      slices.push(this.offset === 0 ? chunk : chunk.subarray(this.offset));
      n -= available;
      this.offset = 0;
      used++;
    }
    if (used > 0) this.chunks.splice(0, used);
    return slices;
  }

  private skip(n: number): void {
    this.buffered -= n;
    let used = 0;
    while (n > 0) {
      const available = this.chunks[used].length - this.offset;
      if (available > n) {
        this.offset += n;
        break;
      }
      n -= available;
      this.offset = 0;
      used++;
    }
    if (used > 0) this.chunks.splice(0, used);
  }
}

/** Fields [name, value, …] as node:http2 gave them: names already lowercase (HPACK), repeated ones joined by ", ". */
function headerFields(fields: readonly string[]): HeaderFields {
  const headers: HeaderFields = Object.create(null) as HeaderFields;
  for (let i = 0; i < fields.length; i += 2) {
    const name = fields[i];
    const existing = headers[name];
    headers[name] = existing === undefined ? fields[i + 1] : `${existing}, ${fields[i + 1]}`;
  }
  return headers;
}

/** A frame's 9-byte header written at the start of `out` (byte by byte, as framing.ts writeFramePrefix says why). */
function writeFrameHeader(out: Buffer, length: number, type: number, flags: number, streamId: number): Buffer {
  out[0] = length >>> 16;
  out[1] = (length >>> 8) & 0xff;
  out[2] = length & 0xff;
  out[3] = type;
  out[4] = flags;
  out[5] = streamId >>> 24;
  out[6] = streamId >>> 16;
  out[7] = streamId >>> 8;
  out[8] = streamId;
  return out;
}

/** A DATA frame's header alone: its payload goes after it by reference. */
function frameHeader(length: number, type: number, flags: number, streamId: number): Buffer {
  return writeFrameHeader(Buffer.allocUnsafe(FRAME_HEADER), length, type, flags, streamId);
}

/** A frame with its payload in one buffer (the control frames, all small). */
function frame(type: number, flags: number, streamId: number, payload: Buffer): Buffer {
  const out = writeFrameHeader(
    Buffer.allocUnsafe(FRAME_HEADER + payload.length),
    payload.length,
    type,
    flags,
    streamId,
  );
  payload.copy(out, FRAME_HEADER);
  return out;
}

function settingsPayload(settings: ReadonlyArray<readonly [number, number]>): Buffer {
  const out = Buffer.allocUnsafe(6 * settings.length);
  settings.forEach(([id, value], i) => {
    out.writeUInt16BE(id, 6 * i);
    out.writeUInt32BE(value, 6 * i + 2);
  });
  return out;
}

function uint32(value: number): Buffer {
  const out = Buffer.allocUnsafe(4);
  out.writeUInt32BE(value, 0);
  return out;
}

function uint31(value: number): Buffer {
  return uint32(value & 0x7fffffff);
}

function noop(): void {}
