/**
 * How the receivers of this process (receiver.ts) share directory trees. Several may write into one tree at once
 * (bake targets sharing `dest`, per-platform streams). A path one of them uses as a directory cannot become a file or
 * symlink for another while both run (that would pull the directory from under the first, or turn it into a link it
 * then writes through): the second fails with a conflict, instead of the tree ending up as a race left it. The last
 * receiver using a directory applies its metadata. A mirror receive needs its destination to itself. Writers outside
 * this process are not coordinated with.
 */
import * as nodePath from 'node:path';

/** One receiveTree call, as the registry knows it: its destination and the paths it claims (absolute). */
export interface ActiveReceive {
  root: string;
  mirror: boolean;
  dirs: Set<string>;
  entries: Set<string>;
}

/**
 * The receivers of this process writing into directory trees, and what each of them is doing where (see the
 * module comment). Claims are taken and checked synchronously, so of two receivers that disagree about a path the
 * second always sees the first.
 */
export class ReceiveRegistry {
  private readonly active = new Set<ActiveReceive>();
  /** path → receivers using it as a directory: writing into it, setting its metadata at the end */
  private readonly dirs = new Map<string, Set<ActiveReceive>>();
  /** path → receivers about to put a file, symlink or hardlink there */
  private readonly entries = new Map<string, Set<ActiveReceive>>();
  /** directory → its final metadata being applied: a receiver starting to use it waits (a read-only mode must
   * land before that receiver makes it writable again, not after) */
  private readonly finalizing = new Map<string, Promise<void>>();

  begin(root: string, mirror: boolean): ActiveReceive {
    for (const other of this.active) {
      if ((mirror || other.mirror) && overlaps(root, other.root)) {
        throw new Error(
          `${mirror ? root : other.root}: an output with mode=delete needs its destination to itself, but another export writes into ${mirror ? other.root : root} at the same time (give the outputs separate destinations)`,
        );
      }
    }
    const r: ActiveReceive = { root, mirror, dirs: new Set(), entries: new Set() };
    this.claimDir(r, root);
    this.active.add(r);
    return r;
  }

  end(r: ActiveReceive): void {
    for (const p of r.dirs) release(this.dirs, p, r);
    for (const p of r.entries) release(this.entries, p, r);
    r.dirs.clear();
    r.entries.clear();
    this.active.delete(r);
  }

  claimDir(r: ActiveReceive, abs: string): void {
    if (hasOther(this.entries, abs, r)) throw conflictError(abs);
    claim(this.dirs, abs, r);
    r.dirs.add(abs);
  }

  claimEntry(r: ActiveReceive, abs: string): void {
    if (hasOther(this.dirs, abs, r)) throw conflictError(abs);
    claim(this.entries, abs, r);
    r.entries.add(abs);
  }

  releaseEntry(r: ActiveReceive, abs: string): void {
    release(this.entries, abs, r);
    r.entries.delete(abs);
  }

  /** r is done with the directory; true when no other receiver uses it (r then applies its metadata). */
  releaseDir(r: ActiveReceive, abs: string): boolean {
    release(this.dirs, abs, r);
    r.dirs.delete(abs);
    return !this.dirs.has(abs);
  }

  finalize(abs: string, apply: () => Promise<void>): Promise<void> {
    const p = apply();
    this.finalizing.set(abs, p);
    const clear = () => {
      if (this.finalizing.get(abs) === p) this.finalizing.delete(abs);
    };
    p.then(clear, clear);
    return p;
  }

  async settled(abs: string): Promise<void> {
    await this.finalizing.get(abs)?.catch(() => {});
  }
}

/** The one registry of this process. */
export const registry = new ReceiveRegistry();

function claim(map: Map<string, Set<ActiveReceive>>, abs: string, r: ActiveReceive): void {
  let set = map.get(abs);
  if (!set) map.set(abs, (set = new Set()));
  set.add(r);
}

function release(map: Map<string, Set<ActiveReceive>>, abs: string, r: ActiveReceive): void {
  const set = map.get(abs);
  if (!set) return;
  set.delete(r);
  if (set.size === 0) map.delete(abs);
}

function hasOther(map: Map<string, Set<ActiveReceive>>, abs: string, r: ActiveReceive): boolean {
  const set = map.get(abs);
  return set !== undefined && (set.size > 1 || !set.has(r));
}

function conflictError(abs: string): Error {
  return new Error(
    `conflicting outputs: ${abs} is a directory in one export and a file or symlink in another, both writing into it at the same time (give the outputs separate destinations)`,
  );
}

/** One directory is the other or inside it. */
function overlaps(a: string, b: string): boolean {
  const inside = (x: string, y: string) => x === y || x.startsWith(y.endsWith(nodePath.sep) ? y : y + nodePath.sep);
  return inside(a, b) || inside(b, a);
}
