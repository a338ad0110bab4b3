/**
 * fsutil receiver: the daemon streams a tree (the `local` exporter), we recreate it under a destination
 * directory, merging with what is there (nothing is deleted except entries replaced by a new one).
 *
 * Every STAT is checked before touching the disk: relative, clean, no `..`, in fsutil order with its parent
 * directory sent earlier in this stream (so every parent is a directory this receiver created or kept, never
 * a pre-existing symlink), hardlinks only to files of this stream. Regular files are created at their STAT
 * and requested; their DATA is written as it arrives (one packet at a time, so a slow disk slows the stream
 * instead of filling memory). Modes and mtimes are applied when a file completes, directories' last (their
 * mtimes change while children are written). Ownership is left to the current user, like the Go client.
 */
import { promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import { PacketType, type Stat } from '../proto/fsutil.js';
import type { PacketChannel } from './channel.js';
import { StreamClosedError } from './channel.js';
import { isDirMode, isRegularMode, isSymlinkMode, posixPermFromGoMode } from './mode.js';
import { compareUtf8, isSafeRelativePath } from './paths.js';

export interface ReceiveOptions {
  signal?: AbortSignal;
  /** Called when a file's content has been written completely. */
  onFile?(path: string, bytes: number): void;
}

export interface ReceiveResult {
  /** Regular files whose content was received. */
  files: number;
  /** Bytes of file content written. */
  bytes: number;
  /** Entries that cannot be created without privileges Node doesn't expose (devices, FIFOs). */
  skipped: string[];
}

interface PendingFile {
  path: string;
  abs: string;
  stat: Stat;
  handle?: fsp.FileHandle;
  bytes: number;
}

export async function receiveTree(channel: PacketChannel, dest: string, opts: ReceiveOptions = {}): Promise<ReceiveResult> {
  await fsp.mkdir(dest, { recursive: true });
  const root = await fsp.realpath(dest);
  const result: ReceiveResult = { files: 0, bytes: 0, skipped: [] };
  const order = new OrderValidator();
  const regularFiles = new Set<string>();
  const pending = new Map<number, PendingFile>();
  const dirs: { abs: string; stat: Stat }[] = [];
  let nextId = 0;
  let listingDone = false;
  let finSent = false;

  const finishIfDone = async () => {
    if (!listingDone || pending.size > 0 || finSent) return;
    // Deepest first: a parent's restrictive mode must not block its children's updates.
    for (const d of dirs.reverse()) await applyMetadata(d.abs, d.stat);
    finSent = true;
    await channel.send({ type: PacketType.FIN });
  };

  const applyStat = async (stat: Stat, id: number) => {
    const path = stat.path ?? ''; // proto3: an empty path arrives as an absent field
    const mode = stat.mode ?? 0;
    if (!isSafeRelativePath(path)) throw new Error(`refusing to write ${JSON.stringify(path)}: not a clean path inside the destination`);
    order.check(path, isDirMode(mode));
    const abs = nodePath.join(root, path);

    if (isDirMode(mode)) {
      const existing = await lstatOrNull(abs);
      if (!existing?.isDirectory()) {
        if (existing) await fsp.rm(abs, { force: true });
        // Owner-writable while children arrive; the real mode is applied at the end.
        await fsp.mkdir(abs, { mode: 0o700 });
      }
      dirs.push({ abs, stat });
    } else if (isSymlinkMode(mode)) {
      const target = stat.linkname ?? '';
      // (a link's target is kept as sent — it is never followed while writing — but no OS takes a NUL in it)
      if (target.includes('\0')) throw new Error(`refusing to create symlink ${JSON.stringify(path)}: its target contains a NUL byte`);
      await removeExisting(abs);
      await fsp.symlink(target, abs);
      await applyMetadata(abs, stat);
    } else if (isRegularMode(mode) && stat.linkname) {
      const target = stat.linkname;
      if (!isSafeRelativePath(target) || !regularFiles.has(target)) {
        throw new Error(`invalid link ${path} to unknown path: ${JSON.stringify(target)}`);
      }
      await removeExisting(abs);
      await fsp.link(nodePath.join(root, target), abs);
    } else if (isRegularMode(mode)) {
      await removeExisting(abs);
      // A new inode (never truncating in place, which would also rewrite other hardlinks of an old file).
      await (await fsp.open(abs, 'wx', 0o600)).close();
      regularFiles.add(path);
      pending.set(id, { path, abs, stat, bytes: 0 });
      await channel.send({ type: PacketType.REQ, ID: id });
    } else {
      result.skipped.push(path);
    }
  };

  const completeFile = async (id: number, file: PendingFile) => {
    pending.delete(id);
    await file.handle?.close();
    file.handle = undefined;
    await applyMetadata(file.abs, file.stat);
    result.files++;
    result.bytes += file.bytes;
    opts.onFile?.(file.path, file.bytes);
    await finishIfDone();
  };

  try {
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
          const data = packet.data;
          if (!data || data.length === 0) {
            await completeFile(id, file);
            break;
          }
          file.handle ??= await fsp.open(file.abs, 'r+');
          await writeAll(file.handle, data);
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
      await channel.send({ type: PacketType.ERR, data: Buffer.from((err as Error).message ?? String(err)) }).catch(() => {});
    }
    throw err;
  } finally {
    for (const file of pending.values()) await file.handle?.close().catch(() => {});
  }
  if (!finSent) throw new Error('sender closed the stream before the transfer was complete');
  return result;
}

async function writeAll(handle: fsp.FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset, null);
    offset += bytesWritten;
  }
}

async function lstatOrNull(abs: string) {
  try {
    return await fsp.lstat(abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Makes room for a new entry: an old directory goes with its contents, anything else is unlinked. */
async function removeExisting(abs: string): Promise<void> {
  const existing = await lstatOrNull(abs);
  if (!existing) return;
  if (existing.isDirectory()) await fsp.rm(abs, { recursive: true, force: true });
  else await fsp.unlink(abs);
}

function nsToSeconds(ns: string | undefined): number {
  const n = BigInt(ns ?? '0');
  return Number(n / 1_000_000_000n) + Number(n % 1_000_000_000n) / 1e9;
}

/** chmod (never through a symlink) and mtime (atime = mtime, as fsutil's chtimes does). */
async function applyMetadata(abs: string, stat: Stat): Promise<void> {
  const mode = stat.mode ?? 0;
  if (!isSymlinkMode(mode)) await fsp.chmod(abs, posixPermFromGoMode(mode));
  const t = nsToSeconds(stat.modTime);
  await fsp.lutimes(abs, t, t);
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
    while (this.stack.length > 1 && this.stack[this.stack.length - 1]!.dir !== dir) this.stack.pop();
    const top = this.stack[this.stack.length - 1]!;
    if (top.dir !== dir || (top.last !== undefined && compareUtf8(top.last, base) >= 0)) {
      throw new Error(`changes out of order: ${JSON.stringify(path)} after ${JSON.stringify(joinRel(top.dir, top.last ?? ''))}`);
    }
    top.last = base;
    if (isDir) this.stack.push({ dir: path, last: undefined });
  }
}

function joinRel(dir: string, base: string): string {
  return dir === '' ? base : `${dir}/${base}`;
}
