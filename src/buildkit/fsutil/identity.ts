/**
 * The identity of a directory's present state, for naming the session that serves it (solve/run/session-ids.ts).
 *
 * BuildKit keys a local source by the id of the session it comes from (source/local/source.go: SessionID and the
 * request's patterns), so a session whose id is a function of the directory's state lets the daemon reuse the
 * snapshot it made from the same state earlier, with no transfer at all. That is only sound if every change a build
 * could see changes the identity. The walk covers the whole tree under the root, whatever a build's patterns will be
 * (a frontend picks those, not us), and takes from each entry what any change to it moves: its name, its inode and
 * device, and its ctime, which the kernel sets on every write, truncate, chmod, chown, link or rename and which no
 * user call can set back; plus the metadata fsutil sends (mode, size, mtime, uid, gid, rdev). Equal identities
 * therefore mean the same inodes, none modified since: a stronger condition than the one fsutil's own incremental
 * transfer trusts (equal size and mtime).
 *
 * Two walks compute it. On Linux GNU find lists a tree of more than FIND_FROM_ENTRIES entries in a child process
 * (findIdentity), beside the main thread; a smaller tree, another system, or a tree find cannot list is walked by this
 * process or a worker thread (walkIdentity). Both take the same fields; their layouts and orders differ, so their
 * digests do too, and which walk a tree gets depends on that tree alone (identifyDirectories). find may be started on
 * a directory before the run knows it needs it (startEarlyListing), by the same rule and the same command.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sha256 } from '../light-crypto/sha256.js';

/** Entries (files, directories, links) beyond which a tree is not worth identifying: the walk costs ~5 µs each. */
export const DEFAULT_MAX_IDENTITY_ENTRIES = 100_000;

/**
 * Entries walked on the main thread before the rest goes to a worker. A worker thread costs ~0.3 s of CPU to start (a
 * second isolate, its bootstrap and module compilation) and ~15 MB of memory, against ~4 µs per entry walked in
 * process; its one gain is running beside the main thread. On the bench's 20,000-file context the worker lost on
 * every count (Node 24, same daemon): unchanged 0.54 -> 0.49 s wall, client CPU 0.67 -> 0.56 s, peak RSS 105 -> 90 MB;
 * one file changed: same wall, 0.1 s less CPU (docs/benchmarks.md, round 5). Only trees of tens of thousands of
 * entries (up to DEFAULT_MAX_IDENTITY_ENTRIES) go to a worker.
 */
export const IN_PROCESS_IDENTITY_ENTRIES = 50_000;

interface WalkModules {
  fs: typeof fs;
  path: typeof path;
  createHash: (algorithm: 'sha256') => { update(data: Uint8Array): unknown; digest(encoding: 'hex'): string };
}

/**
 * The walk's modules in this process: its SHA-256 is light-crypto's, which leaves node:crypto unloaded for a small
 * tree (a few KiB of records) and hands a large one's to it; the worker's walk uses node:crypto's (WORKER_SOURCE).
 */
const IN_PROCESS: WalkModules = { fs, path, createHash: () => sha256() };

/**
 * Digest (sha256, hex) of the state of the tree under `root`, or undefined when it cannot be identified (more than
 * `maxEntries` entries, or an entry that cannot be listed or stat'ed: the transfer will report it if it matters).
 */
export function directoryIdentity(root: string, maxEntries: number = DEFAULT_MAX_IDENTITY_ENTRIES): string | undefined {
  return walkIdentity(root, maxEntries, IN_PROCESS) || undefined;
}

/**
 * The walk, self-contained: identifyInWorker runs it from its source text, so it uses nothing but its parameters.
 * Entries go into one 64 KiB buffer (name length, name, nine doubles) hashed as it fills. Returns false when the tree
 * has more than `maxEntries` entries, undefined when an entry cannot be listed or stat'ed.
 */
function walkIdentity(
  root: string,
  maxEntries: number,
  m: WalkModules,
  walked: { entries: number } = { entries: 0 },
): string | false | undefined {
  const CHUNK = 64 * 1024;
  const hash = m.createHash('sha256');
  let chunk = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  const add = (rel: string, st: fs.Stats) => {
    const need = 4 + Buffer.byteLength(rel) + 9 * 8;
    if (used + need > chunk.length) {
      hash.update(chunk.subarray(0, used));
      used = 0;
      if (need > chunk.length) chunk = Buffer.allocUnsafe(need); // a path longer than a chunk
    }
    let o = chunk.writeUInt32LE(need - 4 - 9 * 8, used);
    o += chunk.write(rel, o);
    // Doubles are exact for every field here but the two times, whose sub-microsecond digits a double rounds; an
    // equal rounded ctime on the same inode after a change needs two changes within ~0.2 µs of each other.
    o = chunk.writeDoubleLE(st.mode, o);
    o = chunk.writeDoubleLE(st.size, o);
    o = chunk.writeDoubleLE(st.mtimeMs, o);
    o = chunk.writeDoubleLE(st.ctimeMs, o);
    o = chunk.writeDoubleLE(st.ino, o);
    o = chunk.writeDoubleLE(st.dev, o);
    o = chunk.writeDoubleLE(st.uid, o);
    o = chunk.writeDoubleLE(st.gid, o);
    used = chunk.writeDoubleLE(st.rdev, o);
  };
  // Plain concatenation below: path.join would normalise every one of the names again.
  const base = m.path.resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  try {
    const rootStat = m.fs.lstatSync(base);
    if (!rootStat.isDirectory()) return undefined;
    add('', rootStat);
    const pending: string[] = [''];
    while (pending.length > 0) {
      const rel = pending.pop()!;
      const names = m.fs.readdirSync(prefix + rel);
      names.sort();
      for (const name of names) {
        if (++walked.entries > maxEntries) return false;
        const child = rel ? `${rel}/${name}` : name;
        const st = m.fs.lstatSync(prefix + child);
        add(child, st);
        if (st.isDirectory()) pending.push(child);
      }
    }
  } catch {
    return undefined;
  }
  hash.update(chunk.subarray(0, used));
  return hash.digest('hex');
}

/**
 * Whether the tree under `root` has more than `limit` entries, counted from directory listings alone (their entry
 * types, no lstat): finding out that a tree goes to find costs ~6 directory reads instead of 1,000 lstat calls, 2
 * against 6-13 ms of the main thread on the bench's context, before find can start. The walk counts the same entries
 * (symbolic links not followed). False where a directory cannot be read: the walk then says what it makes of that.
 */
export function hasMoreEntries(root: string, limit: number): boolean {
  let entries = 0;
  const pending = [path.resolve(root)];
  try {
    while (pending.length > 0) {
      const dir = pending.pop()!;
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (++entries > limit) return true;
        if (entry.isDirectory()) pending.push(`${dir}/${entry.name}`);
      }
    }
  } catch {
    return false;
  }
  return false;
}

/** The find a walk uses: `find` as given, else GNU find on Linux and none (false) elsewhere. */
function findProgram(find: string | false | undefined): string | false {
  return find ?? (process.platform === 'linux' ? 'find' : false);
}

/** Identities of directories by path, each settling when its walk is done (undefined: the directory has none). */
export type DirIdentities = ReadonlyMap<string, Promise<string | undefined>>;

/**
 * Entries of a tree walked in this process before it goes to find instead: starting find costs the main thread 4-8 ms
 * (forking this process), about what walking 1,000 entries here does (~5 µs each). So small trees, the usual contexts
 * and Dockerfile directories, never start a process; on a larger one counting its first 1,000 entries (hasMoreEntries)
 * is the only work lost.
 */
export const FIND_FROM_ENTRIES = 1_000;

/** How identifyDirectories walks: `find` is the program (false: never a process); the limits as in identifyInWorker. */
export interface IdentifyOptions {
  maxEntries?: number;
  inProcessEntries?: number;
  find?: string | false;
  findFromEntries?: number;
  /** Called when a tree has more than `findFromEntries` entries (it goes to find, or without find to the walk of
   * identifyInWorker): the run has a large directory to send or compare, work the optimizing compilers pay for
   * (grpc/optimizing-compiler.ts restoreMaglev). */
  onLargeTree?: () => void;
  /** find's listing of one directory, started before the caller knew its directories (startEarlyListing): taken
   * for that directory if it is one of `dirs`, stopped if not. */
  early?: EarlyListing;
}

/**
 * The identities of `dirs`, each settling when its walk is done. A tree of up to FIND_FROM_ENTRIES entries is walked
 * here at once. On Linux a larger one is listed by GNU find in a child process (findIdentity), beside the main
 * thread. Where find cannot list it (another find, no find, an unreadable entry), or on another system, the walk is in
 * this process or on a worker thread (identifyInWorker). Which walk a tree gets depends on that tree alone, so an
 * unchanged tree keeps its identity from run to run. `onLargeTree` hears of every larger tree on every system.
 */
export function identifyDirectories(
  dirs: readonly string[],
  {
    maxEntries = DEFAULT_MAX_IDENTITY_ENTRIES,
    inProcessEntries = IN_PROCESS_IDENTITY_ENTRIES,
    find,
    findFromEntries = FIND_FROM_ENTRIES,
    onLargeTree,
    early,
  }: IdentifyOptions = {},
): Map<string, Promise<string | undefined>> {
  const program = findProgram(find);
  const out = new Map<string, Promise<string | undefined>>();
  const unlisted: string[] = [];
  const limit = Math.min(findFromEntries, maxEntries);
  // the early listing is this walk's only if it was made as this call would make it
  let taken =
    early && program === early.program && maxEntries === early.maxEntries && limit === early.findFromEntries
      ? early
      : undefined;
  try {
    for (const d of new Set(dirs)) {
      if (taken && path.resolve(d) === taken.dir) {
        // a tree of more than FIND_FROM_ENTRIES entries (startEarlyListing counted them), listed by find already
        onLargeTree?.();
        out.set(d, identityFromListing(d, taken.take(), maxEntries, inProcessEntries));
        taken = undefined;
        continue;
      }
      const small = hasMoreEntries(d, limit) ? false : walkIdentity(d, limit, IN_PROCESS);
      if (small !== false) {
        out.set(d, Promise.resolve(small || undefined));
        continue;
      }
      // told before the large walk starts, whichever walk it is, so that its own hot loop is compiled too
      onLargeTree?.();
      if (program === false) {
        unlisted.push(d);
        continue;
      }
      out.set(d, identityFromListing(d, startFindListing(d, maxEntries, program).listed, maxEntries, inProcessEntries));
    }
  } finally {
    early?.stop(); // not one of `dirs` (nothing once taken): its find has nothing left to do
  }
  for (const [d, identity] of identifyInWorker(unlisted, maxEntries, inProcessEntries)) out.set(d, identity);
  return out;
}

/** A directory's identity from find's listing of it: the walk of identifyInWorker where find could not list it. */
function identityFromListing(
  dir: string,
  listed: Promise<string | false | null>,
  maxEntries: number,
  inProcessEntries: number,
): Promise<string | undefined> {
  return listed.then((id) =>
    id === null ? identifyInWorker([dir], maxEntries, inProcessEntries).get(dir)! : id || undefined,
  );
}

/**
 * find's listing of one directory, started before the run knows which directories its targets use
 * (startEarlyListing), for identifyDirectories to take.
 */
export interface EarlyListing {
  /** The directory, absolute. */
  readonly dir: string;
  readonly program: string;
  readonly maxEntries: number;
  /** The entries beyond which the tree went to find (the limit of the count that started it). */
  readonly findFromEntries: number;
  /** The listing's result (as findIdentity's); from now on the listing is the run's: its find keeps the process
   * alive while it runs, as any walk of identifyDirectories does. */
  take(): Promise<string | false | null>;
  /** Ends the listing if it is still running and was not taken (its find killed); nothing after `take`. */
  stop(): void;
}

/**
 * Starts find on `dir` before the run has resolved its definition, when `dir` is expected to be a target's context
 * (solve/run/early-identity.ts says when): its listing then runs beside the loading of the bake and build code
 * instead of after it. Only a tree identifyDirectories would give to find (more than FIND_FROM_ENTRIES entries, on
 * Linux) is listed, by the same command, so that the identity does not depend on when its walk started. Until it is
 * taken, the listing never keeps the process alive, and it is stopped when the process exits. `wanted` is asked
 * only for a tree that would go to find: whether the run expects to use it. Undefined when `dir` does not go to find,
 * or is not wanted.
 */
export function startEarlyListing(
  dir: string,
  {
    maxEntries = DEFAULT_MAX_IDENTITY_ENTRIES,
    find,
    findFromEntries = FIND_FROM_ENTRIES,
  }: Pick<IdentifyOptions, 'maxEntries' | 'find' | 'findFromEntries'> = {},
  wanted: () => boolean = () => true,
): EarlyListing | undefined {
  const program = findProgram(find);
  if (program === false) return undefined;
  const base = path.resolve(dir);
  const limit = Math.min(findFromEntries, maxEntries);
  if (!hasMoreEntries(base, limit) || !wanted()) return undefined;
  const listing = startFindListing(base, maxEntries, program);
  listing.hold(false);
  let taken = false;
  const stopAtExit = () => listing.stop();
  process.once('exit', stopAtExit);
  void listing.listed.then(() => process.removeListener('exit', stopAtExit));
  return {
    dir: base,
    program,
    maxEntries,
    findFromEntries: limit,
    take: () => {
      taken = true;
      listing.hold(true);
      return listing.listed;
    },
    stop: () => {
      if (!taken) listing.stop();
    },
  };
}

/**
 * The identities of `dirs` walked by this process. Small trees are walked right away, in process, while the walks stay
 * within `inProcessEntries` entries in all; the others on a worker thread, so that their walk (~0.1 s for 20,000 files)
 * overlaps what the main thread does meanwhile (loading the build code, connecting, asking the daemon what it
 * supports). Resolves each dir once the worker reports it; if the worker cannot run, in-process after all.
 */
export function identifyInWorker(
  dirs: readonly string[],
  maxEntries: number = DEFAULT_MAX_IDENTITY_ENTRIES,
  inProcessEntries: number = IN_PROCESS_IDENTITY_ENTRIES,
): Map<string, Promise<string | undefined>> {
  const out = new Map<string, Promise<string | undefined>>();
  const large: string[] = [];
  let budget = Math.min(inProcessEntries, maxEntries);
  for (const d of dirs) {
    // a walk over the budget stops there (false): the entries it saw are the only work lost
    const walked = { entries: 0 };
    const identity = budget > 0 ? walkIdentity(d, budget, IN_PROCESS, walked) : false;
    if (identity === false) {
      large.push(d);
      budget = 0; // the next tree may be small, but one large tree already pays for the worker
    } else {
      out.set(d, Promise.resolve(identity));
      budget -= walked.entries;
    }
  }
  if (large.length === 0) return out;
  dirs = large;
  const settle = new Map<string, (v: string | undefined) => void>();
  for (const d of dirs) out.set(d, new Promise((resolve) => settle.set(d, resolve)));
  const inProcess = () => {
    for (const [d, resolve] of settle) resolve(directoryIdentity(d, maxEntries));
    settle.clear();
  };
  // node:worker_threads loads only here: 5-9 ms on Node 24 that a run without a large tree does not pay
  void import('node:worker_threads').then(({ Worker }) => {
    let worker: InstanceType<typeof Worker>;
    try {
      worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { dirs: [...dirs], maxEntries },
        stdout: true,
        stderr: true,
      });
    } catch {
      inProcess();
      return;
    }
    worker.unref(); // never what keeps the process alive
    worker.on('message', ([dir, identity]: [string, string | null]) => {
      settle.get(dir)?.(identity ?? undefined);
      settle.delete(dir);
    });
    worker.on('error', inProcess);
    worker.on('exit', inProcess); // anything not reported (nothing, normally)
  }, inProcess);
  return out;
}

/** The worker's script (eval'd): the walk's own source text and a loop over the directories. */
export const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const walkIdentity = ${walkIdentity.toString()};
const m = { fs: require('node:fs'), path: require('node:path'), createHash: require('node:crypto').createHash };
for (const dir of workerData.dirs) parentPort.postMessage([dir, walkIdentity(dir, workerData.maxEntries, m) || null]);
`;

/**
 * What GNU find writes of each entry: its path below the root, NUL-terminated (a name cannot hold a NUL, so a name
 * with a newline in it stays unambiguous), then its type, permission bits, size, mtime and ctime (to the nanosecond),
 * inode, device, uid and gid. The same fields as the in-process walk, in find's order of the entries.
 */
export const FIND_RECORD = '%P\\0%y %m %s %T@ %C@ %i %D %U %G\\n';

/** How often a running find's listing is read, counted and hashed while the event loop is free. */
const FIND_POLL_MS = 20;

/**
 * The identity of `root` walked by GNU find in a child process (`find -P root -printf FIND_RECORD`): a digest of its
 * listing, false for a tree of more than `maxEntries` entries (find is stopped there), null when find could not
 * make the listing (not GNU find, an entry it could not read, no such program): the caller walks in process then.
 *
 * Why a process: the walk is ~20,000 lstat calls for the bench's context, ~0.1 s of one core, and on the main thread
 * it came before loading the build code; a worker thread costs about as much again to start. find starts in a few
 * milliseconds and walks on the other core while the main thread loads. Its listing goes to an unlinked temporary
 * file, not a pipe: a pipe holds ~64 KiB, and find would wait on it for as long as module compilation keeps the
 * main thread from reading (measured: the walk took 230 instead of 80 ms). What find has written is read, counted and
 * hashed whenever the event loop is free, and the rest when it exits.
 */
export function findIdentity(
  root: string,
  maxEntries: number = DEFAULT_MAX_IDENTITY_ENTRIES,
  find = 'find',
): Promise<string | false | null> {
  return startFindListing(root, maxEntries, find).listed;
}

/** findIdentity's find, running: its result, and its control while it runs. */
interface FindListing {
  listed: Promise<string | false | null>;
  /** Kills find and settles `listed` with null, if it has not settled yet. */
  stop(): void;
  /** Whether find keeps the process alive (the default) or not, as `ref`/`unref`. */
  hold(held: boolean): void;
}

/**
 * A new file in the temporary directory for find's listing, opened with O_EXCL: our own new file, never one planted
 * there (a name taken already: another one). Its name is not from node:crypto, which a run has not loaded yet when
 * find starts early (startEarlyListing): an unpredictable name only spares a retry, O_EXCL keeps a planted file or
 * link out. Undefined when none can be made.
 */
function openListingFile(): { fd: number; listing: string } | undefined {
  for (let attempt = 0; attempt < 5; attempt++) {
    const listing = path.join(
      os.tmpdir(),
      `bakekit-identity-${process.pid}-${Math.random().toString(36).slice(2, 12)}`,
    );
    try {
      return { fd: fs.openSync(listing, 'wx+', 0o600), listing };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
  }
  return undefined;
}

function startFindListing(root: string, maxEntries: number, find: string): FindListing {
  const base = path.resolve(root);
  const none: FindListing = { listed: Promise.resolve(null), stop: () => {}, hold: () => {} };
  if (!fs.lstatSync(base, { throwIfNoEntry: false })?.isDirectory()) return none;
  const opened = openListingFile();
  if (opened === undefined) return none;
  const { fd, listing } = opened;
  try {
    fs.unlinkSync(listing); // nothing left behind, whatever happens to this process or to find
  } catch {
    /* still usable; only a file of names and stat fields, readable by this user alone, stays in tmpdir */
  }
  const control: Pick<FindListing, 'stop' | 'hold'> = { stop: () => {}, hold: () => {} };
  const listed = new Promise<string | false | null>((resolve) => {
    let hash: ReturnType<typeof createHash> | undefined; // made once find runs: node:crypto loads on first use
    const buf = Buffer.allocUnsafe(256 * 1024);
    let read = 0;
    let entries = -1; // the root's own record is not an entry below it
    let settled = false;
    let poll: NodeJS.Timeout | undefined;
    const finish = (result: string | false | null) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      fs.closeSync(fd);
      resolve(result);
    };
    /** Hashes and counts what find has written since; false once the tree is over the limit. */
    const catchUp = (): boolean => {
      for (;;) {
        const n = fs.readSync(fd, buf, 0, buf.length, read);
        if (n === 0) return true;
        read += n;
        const chunk = buf.subarray(0, n);
        (hash ??= createHash('sha256')).update(chunk);
        for (let i = chunk.indexOf(0); i !== -1; i = chunk.indexOf(0, i + 1)) entries++;
        if (entries > maxEntries) return false;
      }
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(find, ['-P', base, '-printf', FIND_RECORD], {
        stdio: ['ignore', fd, 'ignore'],
        env: { ...process.env, LC_ALL: 'C' },
      });
    } catch {
      finish(null);
      return;
    }
    control.stop = () => {
      if (settled) return;
      child.kill();
      finish(null);
    };
    control.hold = (held) => {
      if (held) child.ref();
      else child.unref();
    };
    poll = setInterval(() => {
      try {
        if (!catchUp()) {
          child.kill();
          finish(false);
        }
      } catch {
        child.kill();
        finish(null);
      }
    }, FIND_POLL_MS);
    poll.unref(); // the child keeps the process alive while it runs, not the poll
    child.on('error', () => finish(null));
    child.on('close', (code) => {
      if (settled) return;
      try {
        if (code !== 0) finish(null);
        else finish(catchUp() ? (hash ?? createHash('sha256')).digest('hex') : false);
      } catch {
        finish(null);
      }
    });
  });
  return { listed, stop: () => control.stop(), hold: (held) => control.hold(held) };
}
