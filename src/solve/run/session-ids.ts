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
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface DirSessionId {
  /** The id from the directory's state; undefined when the directory could not be identified or another process
   * holds the id (the session then gets a random one). */
  id?: string;
  /** Frees the id for other processes; call once the session is closed. */
  release(): void;
}

export interface DirSessionIdOptions {
  /** Where the lock files live (default: `<tmpdir>/bakekit-session-locks`). */
  lockDir?: string;
  /** The daemon the session is for: a run on several nodes serves one directory to each, under an id per daemon. */
  daemon?: string;
}

const NO_RELEASE = () => {};

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
  if (!identity) return { release: NO_RELEASE };
  // The host name too: containers that share a checkout (same path, same inodes) but not their temporary directory,
  // hence not the locks below, would otherwise take one id at once.
  const scope = `${os.hostname()}\0${opts.daemon ?? ''}\0${path.resolve(dir)}`;
  const id = sessionIdFromDigest(
    createHash('sha256').update(`bakekit directory session v1\0${scope}\0${identity}`).digest(),
  );
  const release = lockId(id, opts.lockDir ?? path.join(os.tmpdir(), 'bakekit-session-locks'));
  return release ? { id, release } : { release: NO_RELEASE };
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
