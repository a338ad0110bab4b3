/**
 * The byte pipe a session runs over. BuildKit's session protocol puts a whole HTTP/2 connection (daemon = client)
 * inside a `Control.Session` bidi call, made on an HTTP/2 client connection (grpc/h2-connection.ts) of its own where
 * the transport gives us a socket, or on the channel's connection (dial-stdio, where each connection runs a command). The gRPC of the call
 * (framing, statuses, a call lost without one) is grpc/'s, shared with the session's server and the channel.
 */
import { Duplex } from 'node:stream';
import { lengthDelimitedSize, writeLengthPrefix } from '../fsutil/wire.js';
import { requestHeaders } from '../grpc/client.js';
import { callLost } from '../grpc/errors.js';
import { FRAME_PREFIX, writeFramePrefix } from '../grpc/framing.js';
import { H2_ERROR, H2Connection, type H2Stream, type HeaderFields, type SliceSource } from '../grpc/h2-connection.js';
import { Code, statusFromHeaders } from '../grpc/status.js';
import { BytesMessageStream } from './bytes-message-stream.js';

/**
 * A `Control.Session` call, seen as a byte stream: every BytesMessage received is the next
 * chunk, the chunks written go out in BytesMessages; ending the writable side half-closes the call (EOF for the
 * daemon), the daemon ending the call is EOF here. Chunk boundaries mean nothing (moby/buildkit session/grpchijack does
 * the same in Go). It runs on a connection of its own (a unix or TCP socket to buildkitd, a `POST /grpc` upgrade to
 * dockerd), or on a connection it shares (the channel's, passed as a session, which it leaves open when it ends).
 * Written for the bytes a session carries: everything the session server wrote since the last write goes out in one
 * corked HTTP/2 write, where grpc-js made a message, a write and an event-loop turn of each chunk (a cold 231 MB
 * context cost ~2 s more client CPU through grpc-js and the docker:// bridge than this). The
 * daemon forgets the session as soon as the call ends (control.Session: the stream's end cancels it), unlike dockerd's
 * `POST /session`, which keeps it until health checks fail, up to 10 s later (session/grpc.go monitorHealth) — and
 * directory sessions reuse their id from one run to the next (solve/run/session-ids.ts).
 */
export class H2CallTunnel extends Duplex implements SliceSource {
  private readonly h2: H2Connection;
  /** The connection is the channel's: other calls use it too, so the tunnel's end leaves it open. */
  private readonly shared: boolean;
  private readonly stream: H2Stream;
  private readonly decoder = new BytesMessageStream();
  private readonly response: Promise<void>;
  /** The daemon ended the call (its trailers came). */
  private ended = false;
  /** Data decoded since the last hand-on, in order (handOn). */
  private pending: Buffer[] = [];
  private handOnScheduled: NodeJS.Immediate | undefined;

  constructor(connection: Duplex | H2Connection, headers: ReadonlyArray<readonly [string, string]>) {
    super({ allowHalfOpen: true });
    this.shared = connection instanceof H2Connection;
    this.h2 = connection instanceof H2Connection ? connection : new H2Connection(connection, 'client');
    try {
      this.stream = this.h2.request(requestHeaders(SESSION_METHOD_PATH, headers));
    } catch (err) {
      // the shared connection went away meanwhile: the session is lost before it began; a connection of its own (and
      // its socket) must not outlive the tunnel that was never made
      if (!this.shared) this.h2.destroy();
      throw callLost((err as Error).message, err);
    }
    let settle: { resolve: () => void; reject: (err: Error) => void } | undefined;
    this.response = new Promise((resolve, reject) => {
      settle = { resolve, reject };
    });
    this.response.catch(() => {});
    this.stream.onheaders = (h: HeaderFields) => {
      if (settle) {
        // the response's headers: a refusal comes as a trailers-only response, its status in these headers
        const refused = statusFromHeaders(h);
        if (h[':status'] !== '200') settle.reject(new Error(`HTTP status ${h[':status']}`));
        else if (refused) settle.reject(refused);
        else settle.resolve();
        settle = undefined;
        return;
      }
      this.ended = true;
      const failed = statusFromHeaders(h);
      // CANCELLED is how our own destroy ends it
      if (failed && failed.code !== Code.CANCELLED) this.destroy(failed);
    };
    this.stream.ondata = (chunk: Buffer) => {
      let data: Buffer[];
      try {
        data = this.decoder.push(chunk); // slices of chunk, not copies (bytes-message-stream.ts)
      } catch (err) {
        this.destroy(new Error('malformed message on the session call', { cause: err }));
        return;
      }
      if (data.length === 0) return;
      if (this.sliceReader) {
        this.sliceReader(data);
        return;
      }
      // indexed loop: a per-chunk path (see fsutil/receiver.ts writevAll)
      for (let i = 0; i < data.length; i++) this.pending.push(data[i]);
      this.handOnScheduled ??= setImmediate(this.handOn);
    };
    this.stream.onend = () => {
      this.handOn();
      this.push(null);
    };
    this.stream.onclose = () => {
      settle?.reject(new Error('the session call ended before the daemon accepted it'));
      settle = undefined;
      this.handOn();
      this.push(null);
      const connectionLost = this.h2.ended;
      if (!this.shared) this.h2.close();
      // The call is over: nothing more can be written. Unless we ended it first, that is the session lost; the
      // connection going away without the call's trailers is the daemon gone, told as a lost call (UNAVAILABLE), so
      // that a build reports the daemon, not just the session (solve/run/target-errors.ts).
      if (this.writableFinished || this.destroyed) return;
      // ended by the daemon: with its trailers, or at least with END_STREAM (EOF, as grpchijack reads it)
      if (this.ended || this.stream.remoteEnded) this.destroy();
      else
        this.destroy(
          connectionLost
            ? callLost(this.h2.error?.message ?? 'connection closed', this.h2.error)
            : callLost('the session call was reset'),
        );
    };
  }

  /**
   * Hands on what the call's DATA frames brought since the last time, as one chunk, to a reader of this stream's
   * Readable side. The daemon's session rides in ~16 KiB messages whose gRPC framing straddles the call's 16 KiB DATA
   * frames (grpc-go writes no larger ones), so a bulk export arrives as a 16,376-byte slice and a 17-byte one per
   * message; the hand-on waits for the loop's check phase (setImmediate), after every DATA frame of the turn's socket
   * reads: one push per turn of the loop (docs/benchmarks.md, "Twenty-eighth round"). The session's server does not
   * read this way: it takes the slices as they come (readSlices).
   */
  private readonly handOn = (): void => {
    if (this.handOnScheduled) clearImmediate(this.handOnScheduled);
    this.handOnScheduled = undefined;
    const pending = this.pending;
    if (pending.length === 0 || this.destroyed) return;
    this.pending = [];
    if (!this.push(pending.length === 1 ? pending[0] : Buffer.concat(pending))) this.stream.pause();
  };

  /**
   * The session's HTTP/2 server (grpc/h2-connection.ts) takes every slice the call's messages carry as it is decoded,
   * with no Readable in between: a bulk export's 16 KiB slices went through this stream's readable machinery, then
   * through node:http2's JSStreamSocket, which copied each into its parser (docs/benchmarks.md, "Thirty-third round").
   * Flow control is the server's own (its HTTP/2 windows), so the reader never asks this stream to pause.
   */
  readSlices(onSlices: (slices: readonly Buffer[]) => void): void {
    this.sliceReader = onSlices;
    // what came before, in order: pushed already (not read by anyone), then not handed on yet
    const before: Buffer[] = [];
    for (let chunk: unknown; (chunk = this.read()) !== null;) before.push(chunk as Buffer);
    for (let i = 0; i < this.pending.length; i++) before.push(this.pending[i]);
    this.pending = [];
    if (before.length > 0) onSlices(before);
  }
  private sliceReader: ((slices: readonly Buffer[]) => void) | undefined;

  /** Resolves when the daemon has answered the call (response headers), i.e. it accepted the session. */
  accepted(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the daemon did not accept the session within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    return Promise.race([this.response, timeout]).finally(() => clearTimeout(timer));
  }

  override _read(): void {
    this.stream.resume();
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this._writev([{ chunk }], cb);
  }

  override _writev(chunks: Array<{ chunk: Buffer }>, cb: (err?: Error | null) => void): void {
    if (!this.stream.writable) return cb(new Error('session call already ended'));
    // BytesMessages of up to MAX_BYTES_MESSAGE of the chunks each (their boundaries mean nothing to the daemon). The
    // small chunks are copied together with the framing before them; a large one goes by reference: the connection
    // writes a stream's buffers as they are, and copying them into one buffer, as this did until round 29, cost a
    // cold 1 GiB context 0.7 s of client CPU, most of it faulting in the fresh copies' pages (docs/benchmarks.md,
    // "Twenty-ninth round"). The write is reported done once the connection has sent the buffers (the call's windows
    // allowing), so a daemon that stops reading stops the session's writers; the writer must not reuse them, which the
    // session's HTTP/2 server (grpc/h2-connection.ts), its only writer, does not: it writes frame headers of its own
    // and the buffers its calls' writers handed over for good.
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = () => {
      if (pending.length === 0) return;
      this.stream.write(pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes));
      pending = [];
      pendingBytes = 0;
    };
    for (let i = 0; i < chunks.length;) {
      let size = chunks[i].chunk.length;
      let end = i + 1;
      while (end < chunks.length && size + chunks[end].chunk.length <= MAX_BYTES_MESSAGE) {
        size += chunks[end++].chunk.length;
      }
      const header = Buffer.allocUnsafe(BYTES_MESSAGE_HEADER);
      const at = writeLengthPrefix(header, writeFramePrefix(header, 0, lengthDelimitedSize(size)), 0x0a, size);
      pending.push(header.subarray(0, at));
      pendingBytes += at;
      for (; i < end; i++) {
        const chunk = chunks[i].chunk;
        if (chunk.length >= BY_REFERENCE_BYTES) {
          flush();
          this.stream.write(chunk);
        } else {
          pending.push(chunk);
          pendingBytes += chunk.length;
        }
      }
    }
    flush();
    // an empty write, after the others: its callback says they are all out
    this.stream.write(Buffer.alloc(0), () =>
      this.stream.closed && !this.writableFinished ? cb(new Error('session call already ended')) : cb(),
    );
  }

  override _final(cb: (err?: Error | null) => void): void {
    this.stream.end();
    cb();
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    if (this.handOnScheduled) clearImmediate(this.handOnScheduled);
    this.handOnScheduled = undefined;
    this.pending = [];
    if (!this.stream.closed) this.stream.reset(H2_ERROR.CANCEL);
    if (!this.shared) this.h2.destroy();
    cb(err);
  }
}

const SESSION_METHOD_PATH = '/moby.buildkit.v1.Control/Session';

/** A chunk at least this large is written by reference, not copied (see _writev): the session's HTTP/2 DATA payloads
 * (16 KiB), not its 9-byte frame headers. */
const BY_REFERENCE_BYTES = 1024;
/** The most data one BytesMessage carries (the daemon takes gRPC messages of up to 4 MiB). */
const MAX_BYTES_MESSAGE = 1024 * 1024;
/** A BytesMessage's framing: the gRPC prefix, field 1's tag and a length of up to 5 bytes. */
const BYTES_MESSAGE_HEADER = FRAME_PREFIX + 1 + 5;
