/**
 * Ids for the sessions that serve local directories: derived from the directory's state, so that an unchanged
 * directory is not transferred again.
 *
 * The daemon keys a local source by its session's id (source/local/source.go), so under a fresh random id every build
 * re-sends the whole listing of every context, and the daemon compares it entry by entry with its copy: ~0.5 s for
 * 20,000 files even when nothing changed. With an id that is a digest of the directory's identity
 * (fsutil/identity.ts: every entry's name, inode, ctime and metadata) and its path, a build of an unchanged directory
 * finds the daemon's snapshot under the same key and makes no FileSync call at all; any change gives a new id, and
 * the transfer is the usual incremental one (the shared key still names the daemon's last copy).
 *
 * The daemon keeps one copy per shared key and updates it in place, so a transfer of another state of the directory
 * in between (a change, or a concurrent run on a random id) takes that copy over, and the earlier state's id then
 * finds nothing: an incremental transfer, as before, never a wrong snapshot.
 *
 * Two live sessions must never share an id: the daemon keeps one session per id, and the first to close removes the
 * other's entry (session/manager.go). A lock file per id, in a directory shared by the machine's processes, keeps a
 * second bakekit building the same unchanged directory at the same time on a random id instead.
 *
 * Nor may a session take an id the daemon still holds for an ended one. dockerd's `POST /session`, the Engine's
 * faster route for a transfer (transport/connect.ts; a cold 230 MB context 62 -> 77 MB/s), keeps the id registered
 * until its health checks fail, up to 10 s after the session ended (session/grpc.go monitorHealth; 1.7–4.4 s
 * measured), refuses the id meanwhile, and then deletes whatever is registered under it, a successor's session too.
 * So a marker file per id (`<id>.used`) records, when the id is released, until when the daemon may still hold it
 * (BuildkitConnection.sessionLingerMs): a run within that time takes a random id, and the listing is sent again,
 * incrementally, as buildx always does. The marker also tells an id used before (`seen`: the daemon most likely has
 * the state, and the next rerun must not meet a linger) from a new state's, the one worth the faster route: it is
 * transferred. A new state's marker says `open` while its session runs, so that a crash leaves the linger known.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sha256 } from '../../buildkit/light-crypto/sha256.js';

export interface DirSessionId {
  /** The id from the directory's state; undefined when the directory could not be identified, another process holds
   * the id, or the daemon may still hold it for an ended session (the session then gets a random one). */
  id?: string;
  /** The id was used before on this machine: its session must be one the daemon forgets as soon as it ends, so that
   * the next run of the unchanged directory can take the id at once. False for a new state's id, whose release
   * records how long the daemon may keep it. */
  seen: boolean;
  /** Frees the id for other processes; call once the session is closed. `lingerMs`: how long the daemon may still
   * hold the id (BuildkitConnection.sessionLingerMs when the session took that route; 0 otherwise). */
  release(opts?: { lingerMs?: number }): void;
}

export interface DirSessionIdOptions {
  /** Where the lock files live (default: `<tmpdir>/bakekit-session-locks`). */
  lockDir?: string;
  /** The daemon the session is for: a run on several nodes serves one directory to each, under an id per daemon. */
  daemon?: string;
}

const NO_RELEASE = () => {};
const NONE: DirSessionId = { seen: false, release: NO_RELEASE };

/** Markers of states not built for this long are removed (when a new one is made; see pruneMarkers). */
const MARKER_MAX_AGE_MS = 7 * 24 * 3600_000;

/**
 * A lock directory's markers are looked over at most this often, per user: each look stats every marker, and a
 * machine that builds for days keeps many (one per new directory state for a week: 1,600 on the bench host, 20 ms of
 * the main thread in every run with a new state, before its first build; docs/benchmarks.md, "Twenty-ninth round").
 */
const PRUNE_INTERVAL_MS = 24 * 3600_000;

/**
 * `BAKEKIT_CONTEXT_REUSE=0` (or `false`) turns the reuse off: every directory session gets a random id, and nothing
 * is walked for it. For filesystems that do not keep ctime as the kernel's local ones do (some network and FUSE
 * filesystems cache attributes), on which the identity could miss a change.
 */
export function contextReuseEnabled(env: NodeJS.ProcessEnv): boolean {
  const v = env.BAKEKIT_CONTEXT_REUSE?.trim().toLowerCase();
  return v !== '0' && v !== 'false';
}

/** The id for the session serving `dir`, whose identity (fsutil/identity.ts) is `identity` (undefined: none). */
export function dirSessionId(dir: string, identity: string | undefined, opts: DirSessionIdOptions = {}): DirSessionId {
  if (!identity) return NONE;
  // The host name too: containers that share a checkout (same path, same inodes) but not their temporary directory,
  // hence not the locks below, would otherwise take one id at once.
  const scope = `${os.hostname()}\0${opts.daemon ?? ''}\0${path.resolve(dir)}`;
  const id = sessionIdFromDigest(sha256().update(`bakekit directory session v1\0${scope}\0${identity}`).digest());
  const lockDir = opts.lockDir ?? path.join(os.tmpdir(), 'bakekit-session-locks');
  const releaseLock = lockId(id, lockDir);
  if (!releaseLock) return NONE;
  const marker = useMarker(path.join(lockDir, `${id}.used`));
  if (!marker) {
    releaseLock();
    return NONE;
  }
  let released = false;
  return {
    id,
    seen: marker.seen,
    release: ({ lingerMs = 0 } = {}) => {
      if (released) return;
      released = true;
      // the marker first: a crash between the two leaves a dead holder's lock and a marker already right
      marker.record(lingerMs > 0 ? Date.now() + lingerMs : 0);
      releaseLock();
    },
  };
}

/** The daemon may keep a session's id this long after a holder of its lock died (its end is not known). */
const UNKNOWN_END_LINGER_MS = 15_000;

/**
 * Reads the id's marker (`until <epoch ms>`, or `open` while a new state's session may be on a lingering route), with
 * the id's lock held. Returns whether the id was used before and how to record the release; undefined when the daemon
 * may still hold the id.
 */
function useMarker(file: string): { seen: boolean; record(untilMs: number): void } | undefined {
  const record = (untilMs: number) => {
    try {
      fs.writeFileSync(file, `until ${untilMs}`, { mode: 0o644 });
    } catch {
      /* another user's marker: that user's sessions record their own lingers */
    }
  };
  let text: string | undefined;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
  }
  if (text === undefined) {
    // a new state: its session may take the lingering route, so say so before it opens (a crash leaves it said)
    try {
      fs.writeFileSync(file, 'open', { flag: 'wx', mode: 0o644 });
    } catch {
      return { seen: true, record }; // cannot record a linger: take the route the daemon forgets at once
    }
    pruneMarkers(path.dirname(file));
    return { seen: false, record };
  }
  const until = /^until (\d+)$/.exec(text);
  if (until && Number(until[1]) <= Date.now()) return { seen: true, record };
  // `open` with the lock free to take: its holder died with a session open that may linger, ended at a time not known
  if (!until) record(Date.now() + UNKNOWN_END_LINGER_MS);
  return undefined;
}

const pruned = new Set<string>();

/**
 * Removes markers of states not built for MARKER_MAX_AGE_MS (their ids come back only if a directory returns to an
 * old state, and then are merely treated as new), once per lock directory and process, and only if this user's stamp
 * in the directory (`.pruned-<uid>`, whose mtime says when) is older than PRUNE_INTERVAL_MS. A stamp that cannot be
 * written, or is not the user's own, means a look in every process, as before it existed.
 */
function pruneMarkers(lockDir: string): void {
  if (pruned.has(lockDir)) return;
  pruned.add(lockDir);
  const now = Date.now();
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const stamp = path.join(lockDir, `.pruned-${uid ?? 'user'}`);
  try {
    // ours (another user may have made a file of that name in the shared directory), and not from the future (a
    // clock set back): anything else means a look now
    const st = fs.statSync(stamp);
    const age = now - st.mtimeMs;
    if ((uid === undefined || st.uid === uid) && age >= 0 && age < PRUNE_INTERVAL_MS) return;
  } catch {
    /* no stamp yet */
  }
  try {
    fs.writeFileSync(stamp, '', { mode: 0o644 });
  } catch {
    /* another user's file, or a read-only directory: look anyway */
  }
  const oldest = now - MARKER_MAX_AGE_MS;
  try {
    for (const name of fs.readdirSync(lockDir)) {
      if (!name.endsWith('.used')) continue;
      const file = path.join(lockDir, name);
      try {
        if (fs.statSync(file).mtimeMs < oldest) fs.unlinkSync(file);
      } catch {
        /* gone, or another user's */
      }
    }
  } catch {
    /* an unreadable lock directory: nothing to prune */
  }
}

/** 25 base36 characters (129 bits), the shape of BuildKit's own ids (identity.NewID); never a ':'. */
export function sessionIdFromDigest(digest: Buffer): string {
  let n = 0n;
  for (const b of digest.subarray(0, 17)) n = (n << 8n) | BigInt(b);
  return n.toString(36).padStart(25, '0').slice(-25);
}

/**
 * Takes the lock on `id`: a file holding our host name and pid, created exclusively. A lock whose process is gone
 * (killed before it could release) is taken over; one from another host is left alone. Returns the release, or undefined when a live process holds the id or the lock
 * directory cannot be used.
 */
function lockId(id: string, lockDir: string): (() => void) | undefined {
  const file = path.join(lockDir, id);
  const owner = `${os.hostname()} ${process.pid}`;
  try {
    if (!fs.existsSync(lockDir)) {
      fs.mkdirSync(lockDir, { recursive: true });
      // Shared by every user's processes, like /tmp itself: anyone may create, only the owner may remove.
      fs.chmodSync(lockDir, 0o1777);
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(file, owner, { flag: 'wx', mode: 0o644 });
        let released = false;
        return () => {
          if (released) return;
          released = true;
          try {
            if (fs.readFileSync(file, 'utf8') === owner) fs.unlinkSync(file);
          } catch {
            /* already gone */
          }
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
        // "<host> <pid>": a pid means something only on its own host (a container sharing /tmp has its own pids)
        const [host, pidText] = fs.readFileSync(file, 'utf8').split(' ');
        const holder = Number(pidText);
        if (
          host !== os.hostname() ||
          !Number.isInteger(holder) ||
          holder <= 0 ||
          holder === process.pid ||
          processAlive(holder)
        )
          return undefined;
        fs.unlinkSync(file); // the holder is gone; take the lock over
      }
    }
  } catch {
    /* an unusable lock directory: no stable id, nothing worse */
  }
  return undefined;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
