/**
 * fsutil receiver: the daemon streams a tree (the `local` exporter), we recreate it under a destination
 * directory. By default the tree is merged with what is there (nothing is deleted except entries replaced by one
 * of another kind); with `mirror` (`mode=delete`: fsutil's ReceiveOpt Merge=false) whatever the stream did not
 * contain is removed once the whole tree has arrived, so the directory then holds exactly the received tree.
 *
 * Written by hand after tonistiigi/fsutil's receiver (receive.go) and RootDiskWriter (rootdiskwriter.go): there is
 * no JavaScript fsutil, and Node has no os.Root (openat confined to a directory), so instead of the kernel the
 * checks below keep every write inside the destination.
 *
 * Every STAT is checked before touching the disk: relative, clean, no `..`, in fsutil order with its parent
 * directory sent earlier in this stream (so every parent is a directory this receiver created or kept, never
 * a pre-existing symlink), hardlinks only to files of this stream. A directory that exists is kept (one being
 * created meanwhile by another receiver too); anything else is written under a temporary name in its directory
 * and renamed into place when complete, as fsutil's writer does, so it replaces an existing file or symlink
 * atomically and never writes through one. Regular files are requested at their STAT and their DATA written as
 * it arrives (one packet at a time, so a slow disk slows the stream instead of filling memory); hardlinks are
 * made when their file is complete. Modes and mtimes are applied before the rename, directories' last (their
 * mtimes change while children are written). Ownership is left to the current user, like the Go client. Mirror
 * removal happens only after a complete transfer, lists only directories of the received tree and removes
 * entries without following symlinks; the destination itself is never removed.
 *
 * Several receivers may write into one tree at once (bake targets sharing `dest`, per-platform streams): they
 * coordinate through a process-wide registry (receive-registry.ts), which fails the second of two receivers that
 * disagree about what a path is.
 *
 * Names are bytes: a path or link target that is not UTF-8 arrives escaped (names.ts, wire.ts decodePacketNames) and
 * reaches the file system as the Buffer of its bytes. Hardlinks are made as links. FIFOs are made with coreutils'
 * `mkfifo`, device nodes with `mknod` (Node has neither call), at a temporary name placed like any other entry; a
 * device node needs CAP_MKNOD (root), and one that cannot be made is reported by name (ReceiveOptions.onWarning,
 * ReceiveResult.skipped) instead of failing the export. Extended attributes the daemon sends are not written (Node has
 * no xattr call; no native addon): one warning per transfer names the entries that had them.
 *
 * The per-entry calls (open, write, chmod, utimes, close, symlink, rename, lstat) are synchronous, as fsutil's own
 * writer's are: each is microseconds against the page cache, while its promise form costs a thread-pool round trip and
 * an event-loop turn, which for an image's thousands of small entries was most of the receiver's CPU
 * (docs/benchmarks.md). The one exception is the rename that places a large file (PLACE_OFF_THREAD_BYTES). Packets are
 * still handled one at a time, so a slow disk slows the stream, as before.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import { PacketType } from '../proto/fsutil.js';
import type { Stat } from '../proto/fsutil.pb.js';
import type { Int64 } from '../proto/types.js';
import { randomBytes } from '../light-crypto/random.js';
import type { PacketChannel } from './channel.js';
import type { ReceivedPacket } from './wire.js';
import { StreamClosedError } from './channel.js';
import { GoMode, isDirMode, isRegularMode, isSymlinkMode, posixPermFromGoMode } from './mode.js';
import { compareNames, decodeName, displayName, fsPath, hasEscapes, joinFsPath } from './names.js';
import { isSafeRelativePath } from './paths.js';
import { registry, type ActiveReceive } from './receive-registry.js';

export interface ReceiveOptions {
  signal?: AbortSignal;
  /** Called when a file's content has been written completely. */
  onFile?(path: string, bytes: number): void;
  /**
   * `mode=delete` (BuildKit's WithFSSyncDirDelete: fsutil ReceiveOpt Merge=false, DiffNone): after the transfer the
   * destination holds exactly the received tree; every other entry in it is removed. Every file is requested
   * anyway (this receiver never compares content). A transfer that fails removes nothing.
   */
  mirror?: boolean;
  /**
   * What the transfer could not reproduce exactly, one message each: a device node or FIFO that could not be made
   * (named), and once per transfer the entries whose extended attributes were not written.
   */
  onWarning?(message: string): void;
}

export interface ReceiveResult {
  /** Regular files whose content was received. */
  files: number;
  /** Bytes of file content written. */
  bytes: number;
  /** Entries that could not be created (a device node without CAP_MKNOD, a FIFO or device without mkfifo/mknod). */
  skipped: string[];
  /** Entries whose extended attributes were not written (Node has no xattr call); absent when none. */
  xattrsDropped?: string[];
  /** The messages given to onWarning; absent when none. */
  warnings?: string[];
  /** Mirror mode: entries of the destination removed because the stream did not contain them (a directory counts once). */
  removed?: number;
}

interface PendingFile {
  path: string;
  abs: string;
  stat: Stat;
  /** its temporary name while the content arrives (created at the first DATA, or at the end for an empty file) */
  temp?: string;
  /** the temporary file's descriptor while the content arrives */
  fd?: number;
  bytes: number;
  /** renamed into place */
  done: boolean;
  /** hardlinks to it that came before its content was complete: made from the temporary file, before it is placed */
  links: string[];
}

export async function receiveTree(
  channel: PacketChannel,
  dest: string,
  opts: ReceiveOptions = {},
): Promise<ReceiveResult> {
  const result: ReceiveResult = { files: 0, bytes: 0, skipped: [] };
  const warn = (message: string) => {
    (result.warnings ??= []).push(message);
    opts.onWarning?.(message);
  };
  const order = new OrderValidator();
  const regularFiles = new Map<string, PendingFile>();
  const pending = new Map<number, PendingFile>();
  const dirs: { path: string; abs: string; stat: Stat }[] = [];
  // mirror: what the stream created, to tell what is extra
  const received = opts.mirror ? new Set<string>() : undefined;
  let me: ActiveReceive | undefined;
  let nextId = 0;
  let listingDone = false;
  let finSent = false;

  const openTemp = (file: PendingFile): number => {
    // O_CREAT|O_EXCL: a fresh inode, never an existing file (or a link) reused
    const [temp, fd] = withTempName(nodePath.dirname(file.abs), (t) => fs.openSync(fsPath(t), 'wx', 0o600));
    file.temp = temp;
    file.fd = fd;
    return fd;
  };

  /** A hardlink `abs` to the file now at `source` (its temporary name, or its place once complete). */
  const makeLink = async (source: string, abs: string) => {
    const [temp] = withTempName(nodePath.dirname(abs), (t) => fs.linkSync(fsPath(source), fsPath(t)));
    await place(temp, abs);
    registry.releaseEntry(me!, abs);
  };

  const finishIfDone = async () => {
    if (!listingDone || pending.size > 0 || finSent) return;
    if (received) result.removed = await removeExtraEntries(me!.root, ['', ...dirs.map((d) => d.path)], received);
    if (result.xattrsDropped) warn(xattrWarning(result.xattrsDropped));
    // Deepest first: a parent's restrictive mode must not block its children's updates. A directory another
    // receiver still writes into is left to it: the last one out sets the metadata.
    for (const d of dirs.reverse()) {
      if (registry.releaseDir(me!, d.abs)) {
        await registry.finalize(d.abs, () => Promise.resolve(applyMetadata(d.abs, d.stat)));
      }
    }
    finSent = true;
    await channel.send({ type: PacketType.FIN });
  };

  const applyStat = async (stat: Stat, id: number) => {
    const path = stat.path ?? ''; // proto3: an empty path arrives as an absent field
    const mode = stat.mode ?? 0;
    if (!isSafeRelativePath(path))
      throw new Error(`refusing to write ${JSON.stringify(path)}: not a clean path inside the destination`);
    order.check(path, isDirMode(mode));
    const root = me!.root;
    const abs = nodePath.join(root, path);
    if (stat.xattrs && Object.keys(stat.xattrs).length > 0) (result.xattrsDropped ??= []).push(path);

    if (isDirMode(mode)) {
      registry.claimDir(me!, abs);
      await ensureDir(abs);
      dirs.push({ path, abs, stat });
      received?.add(path);
    } else if (isSymlinkMode(mode)) {
      const target = stat.linkname ?? '';
      // (a link's target is kept as sent — it is never followed while writing — but no OS takes a NUL in it)
      if (target.includes('\0'))
        throw new Error(`refusing to create symlink ${JSON.stringify(path)}: its target contains a NUL byte`);
      registry.claimEntry(me!, abs);
      const [temp] = withTempName(nodePath.dirname(abs), (t) => fs.symlinkSync(fsPath(target), fsPath(t)));
      try {
        applyMetadata(temp, stat);
      } catch (err) {
        fs.rmSync(fsPath(temp), { force: true });
        throw err;
      }
      await place(temp, abs);
      registry.releaseEntry(me!, abs);
      received?.add(path);
    } else if (isRegularMode(mode) && stat.linkname) {
      const target = stat.linkname;
      const file = isSafeRelativePath(target) ? regularFiles.get(target) : undefined;
      if (!file) throw new Error(`invalid link ${path} to unknown path: ${JSON.stringify(target)}`);
      registry.claimEntry(me!, abs);
      received?.add(path);
      if (!file.done) {
        file.links.push(abs);
        return;
      }
      // its file is complete and in place: link to it if it still is a regular file (another receiver may have
      // replaced it since, with its own version of the same path)
      if (!lstatOrNull(file.abs)?.isFile())
        throw new Error(`cannot link ${path} to ${target}: ${target} is no longer a regular file`);
      await makeLink(file.abs, abs);
    } else if (isRegularMode(mode)) {
      registry.claimEntry(me!, abs);
      const file: PendingFile = { path, abs, stat, bytes: 0, done: false, links: [] };
      regularFiles.set(path, file);
      pending.set(id, file);
      received?.add(path);
      await channel.send({ type: PacketType.REQ, ID: id });
    } else if (mode & (GoMode.NamedPipe | GoMode.Device)) {
      registry.claimEntry(me!, abs);
      const made = await makeSpecial(root, abs, stat);
      registry.releaseEntry(me!, abs);
      if (made === true) {
        received?.add(path);
      } else {
        result.skipped.push(path);
        warn(`${displayName(path)}: ${specialKind(mode, stat)} not created: ${made}`);
      }
    } else {
      // a socket (fsutil clears the socket bit, so it never arrives as one) or another type: nothing to make
      result.skipped.push(path);
      warn(`${displayName(path)}: an entry of type ${(mode >>> 0).toString(16)} not created`);
    }
  };

  const completeFile = async (id: number, file: PendingFile) => {
    const fd = file.fd ?? openTemp(file);
    file.fd = undefined;
    try {
      fs.fchmodSync(fd, posixPermFromGoMode(file.stat.mode ?? 0));
      const t = nsToSeconds(file.stat.modTime);
      fs.futimesSync(fd, t, t);
    } finally {
      fs.closeSync(fd);
    }
    for (const link of file.links.splice(0)) await makeLink(file.temp!, link);
    const temp = file.temp!;
    file.temp = undefined;
    await place(temp, file.abs, file.bytes >= PLACE_OFF_THREAD_BYTES);
    file.done = true;
    registry.releaseEntry(me!, file.abs);
    pending.delete(id);
    result.files++;
    result.bytes += file.bytes;
    opts.onFile?.(file.path, file.bytes);
    await finishIfDone();
  };

  try {
    // synchronous like the per-entry calls (header): the daemon's first STATs are already here, and each event-loop
    // turn before their REQs go out delays the export's data (25–31 ms in a busy fan-out with these two awaited)
    fs.mkdirSync(dest, { recursive: true });
    me = registry.begin(fs.realpathSync.native(dest), opts.mirror === true);
    for await (const packet of channel.receive()) {
      opts.signal?.throwIfAborted();
      switch (packet.type ?? PacketType.STAT) {
        case PacketType.ERR:
          throw new Error(`error from sender: ${packet.data?.toString() ?? ''}`);
        case PacketType.STAT: {
          if (listingDone) throw new Error('protocol error: STAT after the end of the listing');
          if (!packet.stat) {
            listingDone = true;
            await finishIfDone();
            break;
          }
          await applyStat(packet.stat, nextId++);
          break;
        }
        case PacketType.DATA: {
          const id = packet.ID ?? 0;
          const file = pending.get(id);
          if (!file) throw new Error(`invalid file request ${id}`);
          const slices = (packet as ReceivedPacket).dataSlices;
          if (slices) {
            file.bytes += writevAll(file.fd ?? openTemp(file), slices);
            break;
          }
          const data = packet.data;
          if (!data || data.length === 0) {
            await completeFile(id, file);
            break;
          }
          writeAll(file.fd ?? openTemp(file), data);
          file.bytes += data.length;
          break;
        }
        case PacketType.FIN:
          if (!finSent) throw new Error('protocol error: sender finished before the transfer was complete');
          return result;
        default:
          break;
      }
    }
  } catch (err) {
    // Once our FIN is out the tree is complete; a sender that hangs up instead of answering FIN is fine.
    if (finSent && err instanceof StreamClosedError) return result;
    if (!(err instanceof StreamClosedError)) {
      await channel
        .send({ type: PacketType.ERR, data: Buffer.from((err as Error).message ?? String(err)) })
        .catch(() => {});
    }
    throw err;
  } finally {
    // files never completed leave nothing behind (what was placed stays, as in a merge)
    for (const file of pending.values()) {
      try {
        if (file.fd !== undefined) fs.closeSync(file.fd);
        if (file.temp) fs.rmSync(fsPath(file.temp), { force: true });
      } catch {
        /* the transfer's own error is the one to report */
      }
    }
    if (me) registry.end(me);
  }
  if (!finSent) throw new Error('sender closed the stream before the transfer was complete');
  return result;
}

function writeAll(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) {
    offset += fs.writeSync(fd, data, offset, data.length - offset);
  }
}

/** Writes `slices` in order with as few calls as the kernel allows; returns the bytes written. */
function writevAll(fd: number, slices: readonly Buffer[]): number {
  // indexed loops, no copy of `slices` unless a write is short: this runs for every packet of an export's data, on
  // code V8 has not optimized (a run holds its optimizing compilers back), where each `for...of` allocates an
  // iterator and a result per element (with the session's other per-packet loops, 1.9 MB per cached fan-out;
  // docs/benchmarks.md, round 32)
  let total = 0;
  for (let i = 0; i < slices.length; i++) total += slices[i].length;
  if (total === 0) return 0;
  let written = fs.writevSync(fd, slices);
  if (written === total) return total;
  // a short write: drop what went out, and write the rest (from a copy: the caller's array stays as it was)
  const left = [...slices];
  for (let remaining = total - written; remaining > 0; remaining -= written) {
    while (written >= left[0].length) written -= left.shift()!.length;
    left[0] = left[0].subarray(written);
    written = fs.writevSync(fd, left);
  }
  return total;
}

function errorCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | null)?.code;
}

function lstatOrNull(abs: string): fs.Stats | null {
  // throwIfNoEntry false: no exception built for the common "not there yet"
  return fs.lstatSync(fsPath(abs), { throwIfNoEntry: false }) ?? null;
}

/**
 * Makes `abs` a directory: an existing one is kept (made owner-writable while children arrive — one an earlier
 * export left read-only too; its mode is set at the end), a file or symlink there is removed (the link itself,
 * never its target) and a directory made. Another receiver creating it at the same moment is fine.
 */
async function ensureDir(abs: string): Promise<void> {
  await registry.settled(abs);
  const p = fsPath(abs);
  for (let attempt = 0; ; attempt++) {
    const existing = lstatOrNull(abs);
    if (existing?.isDirectory()) {
      if ((existing.mode & 0o700) !== 0o700) fs.chmodSync(p, (existing.mode & 0o7777) | 0o700);
      return;
    }
    if (existing) {
      try {
        fs.unlinkSync(p);
      } catch (err) {
        if (errorCode(err) !== 'ENOENT') throw err;
      }
    }
    try {
      // Owner-writable while children arrive; the real mode is applied at the end.
      fs.mkdirSync(p, { mode: 0o700 });
      return;
    } catch (err) {
      // made meanwhile (by another receiver): look again
      if (errorCode(err) !== 'EEXIST' || attempt >= 8) throw err;
    }
  }
}

/** Temporary names: a per-process random part (other processes writing into the tree) and a counter. */
const TEMP_PREFIX = `.tmp.bakekit-${randomBytes(4).toString('hex')}-`;
let tempCounter = 0;

/** Runs `create` on a fresh temporary name in `dir`, trying another name if that one exists. */
function withTempName<T>(dir: string, create: (temp: string) => T): [string, T] {
  for (let attempt = 0; ; attempt++) {
    const temp = nodePath.join(dir, `${TEMP_PREFIX}${++tempCounter}`);
    try {
      return [temp, create(temp)];
    } catch (err) {
      if (errorCode(err) !== 'EEXIST' || attempt >= 8) throw err;
    }
  }
}

/** withTempName for a `create` that is asynchronous (a FIFO or device node made by a coreutils process). */
async function withTempNameAsync<T>(dir: string, create: (temp: string) => Promise<T>): Promise<[string, T]> {
  for (let attempt = 0; ; attempt++) {
    const temp = nodePath.join(dir, `${TEMP_PREFIX}${++tempCounter}`);
    try {
      return [temp, await create(temp)];
    } catch (err) {
      if (errorCode(err) !== 'EEXIST' || attempt >= 8) throw err;
    }
  }
}

/**
 * A regular file of at least this many bytes is renamed into place on the thread pool. A rename that replaces a file
 * is where the kernel does a large file's deferred work: ext4 (`auto_da_alloc`, its default) starts writing the new
 * file back, and the old file's blocks are freed: 1.5–4.7 ms for a 2 MB file, 25–41 ms for 96 MiB, against 20–500 µs
 * for a small entry (`strace -T`). On the main thread that stalls every other stream, status and keepalive of the run;
 * off it, only this transfer waits, as it must. Small entries stay synchronous: their thread-pool round trip would
 * cost more than the call (header). docs/benchmarks.md, "Twentieth round".
 */
const PLACE_OFF_THREAD_BYTES = 256 * 1024;

/**
 * Renames a finished entry from its temporary name into place: rename replaces a file or symlink there atomically
 * (the link itself); a directory there (stale: one a running receiver uses would have been a conflict at the STAT)
 * goes first, with its contents. The temporary entry is removed if it cannot be placed.
 */
async function place(temp: string, abs: string, offThread = false): Promise<void> {
  const from = fsPath(temp);
  const to = fsPath(abs);
  for (let attempt = 0; ; attempt++) {
    try {
      if (offThread) await fsp.rename(from, to);
      else fs.renameSync(from, to);
      return;
    } catch (err) {
      if (errorCode(err) !== 'EISDIR' || attempt >= 4) {
        fs.rmSync(from, { force: true });
        throw err;
      }
    }
    // rm never follows a symlink: a link inside the old directory is removed, not what it points to
    await fsp.rm(to, { recursive: true, force: true });
  }
}

/** What a FIFO or device STAT stands for, in words. */
function specialKind(mode: number, stat: Stat): string {
  if (mode & GoMode.NamedPipe) return 'a FIFO';
  const kind = mode & GoMode.CharDevice ? 'a character device' : 'a block device';
  return `${kind} (${stat.devmajor ?? '0'}, ${stat.devminor ?? '0'})`;
}

/**
 * Makes a FIFO or device node for `stat` at `abs`: `mkfifo`/`mknod` (coreutils; Node has neither call) create it at a
 * temporary name (arguments, never a shell; a name whose directory is not UTF-8 is made in the root and renamed, as a
 * process argument cannot carry its bytes), its mode and mtime are set, then it is renamed into place like every other
 * entry. true, or why it could not be made (the caller warns and goes on, as a file system without FIFOs or a user
 * without CAP_MKNOD should not lose the rest of the export).
 */
async function makeSpecial(root: string, abs: string, stat: Stat): Promise<true | string> {
  const mode = stat.mode ?? 0;
  const perm = (posixPermFromGoMode(mode) & 0o7777).toString(8);
  const dir = nodePath.dirname(abs);
  const tempDir = hasEscapes(dir) ? root : dir;
  let temp: string;
  try {
    [temp] = await withTempNameAsync(tempDir, async (t) => {
      const args =
        mode & GoMode.NamedPipe
          ? ['mkfifo', ['-m', perm, '--', t]]
          : [
              'mknod',
              [
                '-m',
                perm,
                '--',
                t,
                mode & GoMode.CharDevice ? 'c' : 'b',
                BigInt(stat.devmajor ?? '0').toString(),
                BigInt(stat.devminor ?? '0').toString(),
              ],
            ];
      await run(args[0] as string, args[1] as string[]);
    });
  } catch (err) {
    return (err as Error).message;
  }
  try {
    applyMetadata(temp, stat);
  } catch (err) {
    fs.rmSync(fsPath(temp), { force: true });
    throw err;
  }
  await place(temp, abs);
  return true;
}

/** Runs a coreutils command (no shell); rejects with its first line of stderr, `EEXIST`-coded when the name was taken. */
function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { timeout: 10_000, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' } },
      (err, _stdout, stderr) => {
        if (!err) return resolve();
        const line = String(stderr).trim().split('\n')[0] || err.message;
        const e = new Error(
          (err as NodeJS.ErrnoException).code === 'ENOENT' ? `${cmd} not found (coreutils)` : line,
        ) as NodeJS.ErrnoException;
        if (/File exists/.test(line)) e.code = 'EEXIST';
        reject(e);
      },
    );
  });
}

/** The one warning for a transfer's extended attributes (at most 10 paths named). */
function xattrWarning(paths: string[]): string {
  const shown = paths.slice(0, 10).map(displayName).join(', ');
  const more = paths.length > 10 ? ` and ${paths.length - 10} more` : '';
  return `extended attributes not written (Node has no xattr call): ${paths.length} ${paths.length === 1 ? 'entry' : 'entries'} had them: ${shown}${more}`;
}

/**
 * Mirror mode: removes every entry of the received directories (relative paths, '' for the destination) that is
 * not in `received`. Only directories of the received tree are listed — each one this receiver created or kept
 * as a real directory — so nothing outside the destination is reached, and rm removes symlinks without following
 * them. Names are compared as bytes (escaped, names.ts).
 */
async function removeExtraEntries(root: string, dirs: string[], received: Set<string>): Promise<number> {
  let removed = 0;
  for (const dir of dirs) {
    const dirAbs = fsPath(dir === '' ? root : nodePath.join(root, dir));
    for (const name of await fsp.readdir(dirAbs, { encoding: 'buffer' })) {
      if (received.has(joinRel(dir, decodeName(name)))) continue;
      await fsp.rm(joinFsPath(dirAbs, name), { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}

function nsToSeconds(ns: Int64 | undefined): number {
  const n = BigInt(ns ?? '0');
  return Number(n / 1_000_000_000n) + Number(n % 1_000_000_000n) / 1e9;
}

/** chmod (never through a symlink) and mtime (atime = mtime, as fsutil's chtimes does). */
function applyMetadata(abs: string, stat: Stat): void {
  const mode = stat.mode ?? 0;
  const p = fsPath(abs);
  if (!isSymlinkMode(mode)) fs.chmodSync(p, posixPermFromGoMode(mode));
  const t = nsToSeconds(stat.modTime);
  fs.lutimesSync(p, t, t);
}

/**
 * fsutil's Validator: paths arrive depth-first with byte-wise sorted siblings, and every path's parent is a
 * directory sent earlier in the stream (or the root).
 */
export class OrderValidator {
  private readonly stack: { dir: string; last: string | undefined }[] = [{ dir: '', last: undefined }];

  check(path: string, isDir: boolean): void {
    const slash = path.lastIndexOf('/');
    const dir = slash >= 0 ? path.slice(0, slash) : '';
    const base = slash >= 0 ? path.slice(slash + 1) : path;
    while (this.stack.length > 1 && this.stack[this.stack.length - 1].dir !== dir) this.stack.pop();
    const top = this.stack[this.stack.length - 1];
    if (top.dir !== dir || (top.last !== undefined && compareNames(top.last, base) >= 0)) {
      throw new Error(
        `changes out of order: ${JSON.stringify(path)} after ${JSON.stringify(joinRel(top.dir, top.last ?? ''))}`,
      );
    }
    top.last = base;
    if (isDir) this.stack.push({ dir: path, last: undefined });
  }
}

function joinRel(dir: string, base: string): string {
  return dir === '' ? base : `${dir}/${base}`;
}
