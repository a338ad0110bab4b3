/**
 * fsutil sender: stream STATs, answer the receiver's REQs with DATA, reply FIN to FIN.
 *
 * The listing and the file contents share one stream and run concurrently (the daemon requests files while
 * it is still reading STATs). Requested files are read by a few parallel readers — small ones in one synchronous
 * read, larger ones streamed in 256 KiB chunks — each file ending with an empty DATA; DATA of different files may
 * interleave. Every send waits for the stream to drain (the listing's, LISTING_BATCH STATs written at a time, once per
 * batch), so memory stays bounded by the readers' chunks and one batch whatever the file sizes.
 *
 * A requested file that vanished since it was listed (or became something other than a regular file) is sent empty,
 * as fsutil does. One that cannot be read — no read permission, an I/O error — fails the transfer with an ERR naming
 * it (`open /ctx/secret.txt: permission denied`, the form fsutil's walk reports an unreadable directory in):
 * fsutil ignores the open error and sends such a file empty, so the build succeeds with an empty file in the image.
 */
import * as fs from 'node:fs';
import { constants as fsConstants, promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import { PacketType } from '../proto/fsutil.js';
import type { PacketChannel } from './channel.js';
import { isRegularMode } from './mode.js';
import { decodeName, displayName, encodeName, hasEscapes, joinFsPath } from './names.js';
import type { Packet } from '../proto/fsutil.pb.js';
import type { StatSource } from './walker.js';
import { DATA_HEADER_ROOM, dataPacketInPlace } from './wire.js';

/**
 * Go sends 32 KiB chunks; through grpc-js and the session tunnel every packet has a fixed cost, and 256 KiB
 * measured fastest (docs/benchmarks.md): fewer reads and packets, while larger ones let the transfer stall on
 * HTTP/2 flow control.
 */
export const DEFAULT_CHUNK_SIZE = 256 * 1024;
export const DEFAULT_READERS = 4;
/**
 * Files up to this size are read with one synchronous open/fstat/read/close: from the page cache that takes a few
 * microseconds, while the promise API costs four thread-pool round trips per file — the bulk of sending a context
 * of many small files. Larger files stream asynchronously in chunks.
 */
export const SMALL_FILE_SIZE = 64 * 1024;
/**
 * STATs listed and written in one go, with a turn of the event loop after each batch. The walk is synchronous (an lstat
 * of a local entry takes a few microseconds; an async generator's promise hops and an await per STAT cost more than
 * that), and a turn after each batch lets the connection send it while the next is listed: written one by one, STATs
 * went out when the call's 512 KiB write buffer filled, up to ~15,000 at a time (~33 bytes each), and the daemon
 * compared nothing meanwhile. One file changed in the 20,000-file context: 64 per batch +37 ms, 1,024 +18 ms against
 * 256 (docs/benchmarks.md, "Thirty-ninth round").
 */
export const LISTING_BATCH = 256;
/** How long a failing sender waits for the receiver to read its ERR and hang up before ending the call itself. */
export const ERR_GRACE_MS = 1000;

export interface SendOptions {
  signal?: AbortSignal;
  /** Parallel file readers (Go: 4). */
  readers?: number;
  /** DATA chunk size in bytes (keep it well under the 4 MiB gRPC message limit). */
  chunkSize?: number;
  /** Called as file content goes out (bytes of one DATA packet). */
  onData?(bytes: number): void;
  /** Called when a requested file has been sent completely (including the empty DATA). */
  onFileSent?(path: string): void;
  /** Called as the receiver asks for a file, with its listed size: what the transfer is about to send. */
  onRequested?(bytes: number): void;
}

/**
 * Runs the sender side until the receiver's FIN has been answered. `root` is the directory the STAT paths
 * are relative to; `stats` gives them in fsutil order (walker.ts openTreeWalk), LISTING_BATCH at a time. Rejects on a
 * receiver ERR, an unknown REQ id, a local failure (after sending ERR) or the stream ending without FIN; the caller
 * then ends or destroys the stream.
 */
export async function sendTree(
  channel: PacketChannel,
  root: string,
  stats: StatSource | Promise<StatSource>,
  opts: SendOptions = {},
): Promise<void> {
  // a walk that fails to open (its filters) is reported through the listing; unobserved if we never get that far
  const walkOpened = Promise.resolve(stats);
  walkOpened.catch(() => {});
  const chunkSize = opts.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const abort = new AbortController();
  const onOuterAbort = () => abort.abort(opts.signal!.reason);
  if (opts.signal?.aborted) throw opts.signal.reason;
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });

  let failWith!: (err: unknown) => void;
  const failed = new Promise<never>((_, reject) => (failWith = reject));
  failed.catch(() => {}); // observed through Promise.race below
  /** our own failure, once its ERR is on the way: what the transfer fails with, whatever the peer does meanwhile */
  let ownError: { err: unknown } | undefined;
  const fail = (err: unknown) => {
    if (abort.signal.aborted) return;
    if (ownError) err = ownError.err;
    abort.abort(err);
    failWith(err);
  };
  let receiverGone!: Promise<unknown>;
  /**
   * Fails the transfer with an ERR to the receiver first. The call then ends with an error status, which grpc-js may
   * deliver before a message still queued; the ERR is what the daemon should report (`error from sender: …`, as
   * for a Go sender), so the failure waits for the receiver to hang up after reading it, or ERR_GRACE_MS.
   */
  const failWithErr = async (err: unknown) => {
    if (abort.signal.aborted || ownError) return;
    ownError = { err };
    await channel.send({ type: PacketType.ERR, data: Buffer.from(errorMessage(err)) }).catch(() => {});
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([receiverGone, new Promise((r) => (timer = setTimeout(r, ERR_GRACE_MS)))]);
    clearTimeout(timer);
    fail(err);
  };
  abort.signal.addEventListener('abort', () => failWith(abort.signal.reason), { once: true });

  // By id (ids count every STAT, in emission order): a regular file's path until it is requested, and its size as
  // listed. Two flat arrays rather than a map of objects: they live as long as the transfer, 20,000 entries for the
  // bench's context, and what outlives the young generation stays in the old one.
  const requestablePaths: (string | undefined)[] = [];
  const listedSizes: number[] = [];
  const queue = new WorkQueue<{ id: number; path: string; size: number }>();

  const listing = (async () => {
    try {
      const walk = await walkOpened;
      for (;;) {
        if (abort.signal.aborted) return;
        const batch = walk.take(LISTING_BATCH);
        if (batch === null) break;
        const packets: Packet[] = [];
        for (let i = 0; i < batch.length; i++) {
          const stat = batch[i];
          const regular = isRegularMode(stat.mode ?? 0);
          requestablePaths.push(regular ? stat.path : undefined);
          listedSizes.push(regular && stat.size !== undefined ? Number(stat.size) : 0);
          packets.push({ type: PacketType.STAT, stat });
        }
        await channel.sendAll(packets);
        // a turn of the event loop between batches (the walk itself is synchronous): the connection sends what was
        // written, and the receiver's REQs and window updates are read, while the listing goes on
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await channel.send({ type: PacketType.STAT });
    } catch (err) {
      await failWithErr(err);
    }
  })();

  const sendFile = async (id: number, rel: string, size: number) => {
    const abs = hasEscapes(rel) ? joinFsPath(root, encodeName(rel)) : nodePath.join(root, rel);
    if (size <= SMALL_FILE_SIZE) {
      const content = readSmallFile(abs, size);
      if (content !== 'large') {
        for (let off = 0; off < content.length; off += chunkSize) {
          if (abort.signal.aborted) return;
          const data = content.subarray(off, Math.min(off + chunkSize, content.length));
          await channel.send({ type: PacketType.DATA, ID: id, data });
          opts.onData?.(data.length);
        }
        await channel.send({ type: PacketType.DATA, ID: id });
        opts.onFileSent?.(rel);
        return;
      }
      // it grew past the small-file limit since it was listed: stream it
    }
    const handle = await openRegular(abs);
    if (handle) {
      // read where the packet's data goes, its header written before it (no copy), when the channel takes bytes
      const room = channel.sendEncoded ? DATA_HEADER_ROOM : 0;
      try {
        for (;;) {
          if (abort.signal.aborted) return;
          const buf = Buffer.allocUnsafe(room + chunkSize);
          const { bytesRead } = await handle.read(buf, room, chunkSize, null);
          if (bytesRead === 0) break;
          if (channel.sendEncoded) await channel.sendEncoded(dataPacketInPlace(buf, room, room + bytesRead, id));
          else await channel.send({ type: PacketType.DATA, ID: id, data: buf.subarray(room, room + bytesRead) });
          opts.onData?.(bytesRead);
        }
      } finally {
        await handle.close().catch(() => {});
      }
    }
    // An empty DATA ends the file; a file that vanished or can't be opened is sent empty, as fsutil does.
    await channel.send({ type: PacketType.DATA, ID: id });
    opts.onFileSent?.(rel);
  };

  const readers = Array.from({ length: Math.max(1, opts.readers ?? DEFAULT_READERS) }, async () => {
    try {
      for (let job = await queue.take(); job; job = await queue.take()) {
        if (abort.signal.aborted) return;
        await sendFile(job.id, job.path, job.size);
      }
    } catch (err) {
      // the daemon reports it as `error from sender: …`, as it does a walk error
      await failWithErr(err);
    }
  });

  const receiving = (async () => {
    for await (const packet of channel.receive()) {
      if (abort.signal.aborted) return;
      switch (packet.type ?? PacketType.STAT) {
        case PacketType.ERR:
          throw new Error(`error from receiver: ${packet.data?.toString() ?? ''}`);
        case PacketType.REQ: {
          const id = packet.ID ?? 0;
          const path = requestablePaths[id];
          if (path === undefined) throw new Error(`invalid file id ${id}`);
          requestablePaths[id] = undefined;
          const size = listedSizes[id];
          opts.onRequested?.(size);
          queue.put({ id, path, size });
          break;
        }
        case PacketType.FIN:
          await channel.send({ type: PacketType.FIN });
          return;
        default:
          break; // STAT/DATA have no meaning in this direction
      }
    }
    throw new Error('receiver closed the stream before sending FIN');
  })();
  receiving.catch(fail);
  receiverGone = receiving.then(
    () => undefined,
    () => undefined,
  );

  try {
    // (after our own ERR, the receiver's answer to it is not the error to report)
    await Promise.race([receiving.catch((err: unknown) => Promise.reject(ownError ? ownError.err : err)), failed]);
    // FIN means the receiver has everything it asked for: the readers are idle and the listing is done.
    queue.close();
    await Promise.race([Promise.all([listing, ...readers]), failed]);
  } finally {
    queue.close();
    opts.signal?.removeEventListener('abort', onOuterAbort);
    if (!abort.signal.aborted) abort.abort(new Error('transfer finished'));
  }
}

/** Opens a regular file for reading without following a symlink or blocking on a FIFO; null if it isn't one. */
async function openRegular(abs: string | Buffer): Promise<fsp.FileHandle | null> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(abs, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
  } catch (err) {
    if (isGone(err)) return null;
    throw unreadable(abs, err);
  }
  try {
    if ((await handle.stat()).isFile()) return handle;
  } catch {
    // fall through
  }
  await handle.close().catch(() => {});
  return null;
}

/**
 * Open errors that mean the listed file is no longer a regular file there: it vanished (ENOENT, ENOTDIR: a parent
 * replaced), became a symlink (ELOOP under O_NOFOLLOW) or a socket (ENXIO). Sent empty, as fsutil does.
 */
function isGone(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'ENXIO';
}

/** A file that exists but cannot be read, named as Go's os.PathError names it: `open /ctx/f: permission denied`. */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';

  constructor(path: string, code: string | undefined, cause: unknown) {
    super(`open ${path}: ${describeErrno(code, cause)}`, { cause });
  }
}

function unreadable(abs: string | Buffer, err: unknown): UnreadableFileError {
  const path = typeof abs === 'string' ? abs : displayName(decodeName(abs));
  return new UnreadableFileError(path, (err as NodeJS.ErrnoException | null)?.code, err);
}

/** Go's text for the common errnos (strerror), else Node's message. */
function describeErrno(code: string | undefined, cause: unknown): string {
  switch (code) {
    case 'EACCES':
      return 'permission denied';
    case 'EPERM':
      return 'operation not permitted';
    case 'EIO':
      return 'input/output error';
    case 'EMFILE':
      return 'too many open files';
    default:
      return cause instanceof Error ? cause.message : String(cause);
  }
}

/**
 * Reads a file listed with at most SMALL_FILE_SIZE bytes in one go, with openRegular's rules (no symlink, no FIFO,
 * regular files only): empty when it vanished or is not a regular file (sent empty, as fsutil does), `'large'`
 * when it has grown past the limit since it was listed (it is then streamed instead). A file that cannot be opened
 * for another reason (EACCES: the user may not read it) is an UnreadableFileError; a read error propagates.
 *
 * Three system calls per unchanged file (open, read, close): no fstat — what is not a regular file fails the read
 * (a directory: EISDIR; a FIFO opened non-blocking: EAGAIN) or yields more than the listed size (a device), and once
 * the listed size has arrived no second read looks for EOF (one byte more was asked for, to see growth).
 */
function readSmallFile(abs: string | Buffer, listedSize: number): Buffer | 'large' {
  let fd: number;
  try {
    fd = fs.openSync(abs, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
  } catch (err) {
    if (isGone(err)) return Buffer.alloc(0);
    throw unreadable(abs, err);
  }
  try {
    // One byte more than the size tells a file that ended from one that grew (or a device that never ends).
    const want = listedSize + 1;
    const buf = Buffer.allocUnsafe(want);
    let n = 0;
    for (;;) {
      let r: number;
      try {
        r = fs.readSync(fd, buf, n, want - n, null);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (n === 0 && (code === 'EISDIR' || code === 'EAGAIN' || code === 'EWOULDBLOCK' || code === 'EINVAL'))
          return Buffer.alloc(0);
        throw err;
      }
      n += r;
      // Exactly the listed size is the expected end (a further read would only confirm EOF); anything shorter reads
      // on, as a file system may return short reads before the end.
      if (r === 0 || n === want || n === want - 1) break;
    }
    return n === want ? 'large' : buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Taken slots a WorkQueue keeps before it drops them (when they are half of it). */
const COMPACT_FROM = 1024;

/**
 * A FIFO of jobs that async workers await; `take()` resolves undefined once closed and empty. Taken from a moving head,
 * not by `shift()`, which V8 does by moving all the rest once the array is too large to trim in place: draining 15,000
 * queued jobs by shift takes 8 ms, 20,000 14 ms, growing with the square (3,000, the most a cold 20,000-file context
 * queued at once, 0.15 ms). A daemon asks for every file of a cold context, as fast as it reads the listing
 * (docs/benchmarks.md, "Thirtieth round").
 */
export class WorkQueue<T> {
  private items: T[] = [];
  private head = 0;
  private readonly waiters: ((item: T | undefined) => void)[] = [];
  private closed = false;

  put(item: T): void {
    if (this.closed) return;
    const waiter = this.waiters.shift();
    if (waiter) waiter(item);
    else this.items.push(item);
  }

  take(): Promise<T | undefined> {
    if (this.head < this.items.length) {
      const item = this.items[this.head];
      this.items[this.head++] = undefined as T; // not kept alive by the queue
      if (this.head === this.items.length) {
        this.items = [];
        this.head = 0;
      } else if (this.head >= COMPACT_FROM && this.head * 2 >= this.items.length) {
        // a queue that never empties: drop the taken slots once they are half of it (amortized O(1) per job)
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
      return Promise.resolve(item);
    }
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    for (const waiter of this.waiters.splice(0)) waiter(undefined);
  }
}
