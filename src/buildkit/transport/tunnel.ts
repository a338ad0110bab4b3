/**
 * The byte pipe a session runs over. BuildKit's session protocol puts a whole HTTP/2 connection (daemon = client)
 * inside a `Control.Session` bidi call, made with node:http2 on a connection of its own where the transport gives us
 * a socket, or on the channel's connection (dial-stdio, where each connection runs a command). The gRPC of the call
 * (framing, statuses, a call lost without one) is grpc/'s, shared with the session's server and the channel.
 */
import * as http2 from 'node:http2';
import { Duplex } from 'node:stream';
import { lengthDelimitedSize, writeLengthPrefix } from '../fsutil/wire.js';
import { requestHeaders } from '../grpc/client.js';
import { callLost } from '../grpc/errors.js';
import { FRAME_PREFIX, writeFramePrefix } from '../grpc/framing.js';
import type { SliceSource } from '../grpc/h2-server.js';
import { Code, statusFromHeaders } from '../grpc/status.js';
import { BytesMessageStream } from './bytes-message-stream.js';

/**
 * A `Control.Session` call made with `node:http2`, seen as a byte stream: every BytesMessage received is the next
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
  private readonly session: http2.ClientHttp2Session;
  /** The connection is the channel's: other calls use it too, so the tunnel's end leaves it open. */
  private readonly shared: boolean;
  private readonly stream: http2.ClientHttp2Stream;
  private readonly decoder = new BytesMessageStream();
  private readonly response: Promise<void>;
  /** The daemon ended the call (its trailers came). */
  private ended = false;
  /** Bytes received on the call, counted up to BULK_BYTES. */
  private received = 0;
  /** Data decoded since the last hand-on, in order (handOn). */
  private pending: Buffer[] = [];
  private handOnScheduled: NodeJS.Immediate | undefined;

  constructor(
    connection: Duplex | http2.ClientHttp2Session,
    headers: ReadonlyArray<readonly [string, string]>,
    authority = 'http://localhost',
  ) {
    super({ allowHalfOpen: true });
    this.shared = !(connection instanceof Duplex);
    this.session =
      connection instanceof Duplex ? http2.connect(authority, { createConnection: () => connection }) : connection;
    // The connection going away without the call's trailers is the daemon gone, told as a lost call (UNAVAILABLE), so
    // that a build reports the daemon, not just the session (solve/run/target-errors.ts).
    const onSessionError = (err: Error) => this.destroy(this.ended ? err : callLost(err.message, err));
    const onSessionClose = () => this.destroy(this.ended ? undefined : callLost('connection closed'));
    this.session.on('error', onSessionError);
    this.session.on('close', onSessionClose);
    this.once('close', () => {
      this.session.off('error', onSessionError);
      this.session.off('close', onSessionClose);
    });
    this.stream = this.session.request(requestHeaders(SESSION_METHOD_PATH, headers));
    this.response = new Promise((resolve, reject) => {
      this.stream.once('response', (h) => {
        // A refusal comes as a trailers-only response: its status in these headers.
        const refused = statusFromHeaders(h);
        if (h[':status'] !== 200) reject(new Error(`HTTP status ${h[':status']}`));
        else if (refused) reject(refused);
        else resolve();
      });
      this.stream.once('close', () => reject(new Error('the session call ended before the daemon accepted it')));
    });
    this.response.catch(() => {});
    this.stream.on('data', (chunk: Buffer) => {
      let data: Buffer[];
      try {
        data = this.decoder.push(chunk); // slices of chunk, not copies (bytes-message-stream.ts)
        if (this.received < BULK_BYTES && (this.received += chunk.length) >= BULK_BYTES) this.widenWindows();
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
    });
    this.stream.on('trailers', (h: http2.IncomingHttpHeaders) => {
      this.ended = true;
      const failed = statusFromHeaders(h);
      // CANCELLED is how our own destroy ends it
      if (failed && failed.code !== Code.CANCELLED) this.destroy(failed);
    });
    this.stream.on('end', () => {
      this.handOn();
      this.push(null);
    });
    this.stream.on('error', (err: Error) => this.destroy(this.ended ? err : callLost(err.message, err)));
    this.stream.on('close', () => {
      this.handOn();
      this.push(null);
      if (!this.shared) this.session.close();
      // The call is over: nothing more can be written. Unless we ended it first, that is the session lost.
      if (!this.writableFinished) this.destroy(this.ended ? undefined : callLost('the session call was reset'));
    });
  }

  /**
   * Hands on what the call's DATA frames brought since the last time, as one chunk, to a reader of this stream's
   * Readable side. The daemon's session rides in ~16 KiB messages whose gRPC framing straddles the call's 16 KiB DATA
   * frames (grpc-go writes no larger ones), so a bulk export arrives as a 16,376-byte slice and a 17-byte one per
   * message; Node emits every DATA frame of one socket read before the event loop moves on, but runs its nextTick queue
   * between them, so the hand-on waits for the loop's check phase (setImmediate): one push per turn of the loop
   * (docs/benchmarks.md, "Twenty-eighth round"). The session's server does not read this way: it takes the slices
   * as they come (readSlices).
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
   * The session's HTTP/2 server (grpc/h2-server.ts) takes every slice the call's messages carry as it is decoded, with
   * no Readable in between: a bulk export's 16 KiB slices went through this stream's readable machinery, then through
   * node:http2's JSStreamSocket, which copied each into its parser (docs/benchmarks.md, "Thirty-third round").
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

  /** The call carries a bulk transfer: let the daemon send further ahead (BULK_BYTES). */
  private widenWindows(): void {
    try {
      this.session.setLocalWindowSize(BULK_CONNECTION_WINDOW);
      // a new initial window applies to the open stream too (RFC 9113 6.9.2)
      this.session.settings({ initialWindowSize: BULK_STREAM_WINDOW });
    } catch {
      /* the connection is closing: nothing to widen */
    }
  }

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
    if (this.stream.destroyed || this.stream.writableEnded) return cb(new Error('session call already ended'));
    // BytesMessages of up to MAX_BYTES_MESSAGE of the chunks each (their boundaries mean nothing to the daemon). The
    // small chunks are copied together with the framing before them; a large one goes by reference: node:http2
    // writes a stream's buffers as they are, and copying them into one buffer, as this did until round 29, cost a
    // cold 1 GiB context 0.7 s of client CPU, most of it faulting in the fresh copies' pages (docs/benchmarks.md,
    // "Twenty-ninth round"). The write is reported done once HTTP/2 has taken the buffers, before they are sent: the
    // writer must not reuse them, which the session's HTTP/2 server (grpc/h2-server.ts), its only writer, does not: it
    // writes frame headers of its own and the buffers its calls' writers handed over for good.
    let ok = true;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = () => {
      if (pending.length === 0) return;
      ok = this.stream.write(pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes)) && ok;
      pending = [];
      pendingBytes = 0;
    };
    this.stream.cork();
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
          ok = this.stream.write(chunk) && ok;
        } else {
          pending.push(chunk);
          pendingBytes += chunk.length;
        }
      }
    }
    flush();
    this.stream.uncork();
    if (ok) cb();
    else this.stream.once('drain', () => cb());
  }

  override _final(cb: (err?: Error | null) => void): void {
    if (!this.stream.destroyed) this.stream.end();
    cb();
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    if (this.handOnScheduled) clearImmediate(this.handOnScheduled);
    this.handOnScheduled = undefined;
    this.pending = [];
    if (!this.stream.destroyed) this.stream.close(http2.constants.NGHTTP2_CANCEL);
    if (!this.shared && !this.session.destroyed) this.session.destroy();
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

/**
 * What the daemon may send ahead on the tunnel's call, and on its connection, once the call has carried BULK_BYTES
 * (HTTP/2 starts both at 64 KiB). Node acknowledges received data with a WINDOW_UPDATE once half a window has been
 * read, so at 64 KiB a bulk export (the daemon writing into the tunnel) costs a 26-byte write (two WINDOW_UPDATE
 * frames) per 32 KiB: 3,168 of them for a 100 MB local export, each read and answered by the daemon. At 1 MiB
 * (docs/benchmarks.md, eighth round; Node 24, buildkitd, 6 pairs): 100 MB export 1.21 -> 0.96 s wall, the daemon's
 * CPU 0.59 -> 0.39 s (buildx: 0.36 s); a larger window bought nothing more. Widened from the start, every window size
 * tried (256 KiB to 1 MiB) also raised the cached fan-out's peak RSS by 4 MB (92 -> 96 MB, 10 pairs) for no change in
 * its wall time (twelve exports of ~2 MB each), so a call's windows widen only once it has shown itself a bulk
 * transfer.
 */
const BULK_BYTES = 4 * 1024 * 1024;
const BULK_STREAM_WINDOW = 1024 * 1024;
const BULK_CONNECTION_WINDOW = 4 * 1024 * 1024;
