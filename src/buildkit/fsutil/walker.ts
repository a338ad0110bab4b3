/**
 * The sender's view of a directory: STAT entries in the exact order and shape fsutil produces, so the
 * daemon's receiver accepts them ("changes out of order" otherwise) and its content checksums and
 * incremental-transfer cache line up with what buildx would send.
 *
 * Order: depth-first pre-order, siblings sorted by UTF-8 bytes, a directory before its contents. Filters
 * follow fsutil's filterFS: include/exclude patterns with parent-match tracking, excluded directories
 * skipped unless an include or `!` exception could match below them, and a directory hidden by the filters
 * emitted lazily right before its first emitted descendant. Entries are lstat'ed (symlinks are sent as
 * symlinks, never followed), uid/gid are 0 as in the Go client's build contexts, mtimes in nanoseconds.
 *
 * Names are bytes (names.ts): a directory whose listing holds a name that is not UTF-8 is listed again as Buffers, its
 * names escaped, sorted by their bytes and reached through Buffer paths; every other directory takes the string path.
 * Hardlinks are sent as fsutil sends them: the first path of an inode (same device and inode, link count above 1)
 * that this walk emits is a file, every later one a STAT with `linkname` set to that first path.
 * Extended attributes are not sent: Node has no xattr call (see docs/reliability.md, "Known limits").
 */
import * as fs from 'node:fs';
import { promises as fsp, type Dirent } from 'node:fs';
import * as nodePath from 'node:path';
import type { Stat } from '../proto/fsutil.pb.js';
import { resolveFollowPaths, dedupePaths, isNotFound } from './followpaths.js';
import { GoMode, deviceNumbers, goModeFromPosix } from './mode.js';
import { decodeName, displayName, hasEscapes } from './names.js';
import { compareUtf8 } from './paths.js';
import { PatternMatcher, type MatchInfo, type Pattern } from './patterns/matcher.js';

export interface WalkOptions {
  /** Only paths matching one of these (or below a match) are sent, plus their parent directories. */
  includePatterns?: readonly string[];
  /** `.dockerignore` patterns, `!` exceptions included; later patterns win. */
  excludePatterns?: readonly string[];
  /** Exact paths wanted; symlinks along them are resolved inside the root and become include patterns. */
  followPaths?: readonly string[];
  signal?: AbortSignal;
}

/** Characters that make a pattern more than a literal path prefix (fsutil's patternChars on unix). */
const PATTERN_CHARS = /[*[\]?^\\]/;

/** Compiled include/exclude rules for one transfer. */
export class TreeFilter {
  private constructor(
    readonly include: PatternMatcher | undefined,
    readonly exclude: PatternMatcher | undefined,
    private readonly onlyPrefixIncludes: boolean,
    private readonly onlyPrefixExcludeExceptions: boolean,
  ) {}

  static async create(root: string, opts: WalkOptions): Promise<TreeFilter> {
    let includes: string[] = [...(opts.includePatterns ?? [])];
    if (opts.followPaths && opts.followPaths.length > 0) {
      const targets = await resolveFollowPaths(root, opts.followPaths);
      if (targets !== null) includes = dedupePaths([...includes, ...targets]) ?? [];
    }
    const include = includes.length > 0 ? compile('includepatterns', includes) : undefined;
    const exclude =
      opts.excludePatterns && opts.excludePatterns.length > 0
        ? compile('excludepatterns', opts.excludePatterns)
        : undefined;
    const literal = (p: Pattern) => !PATTERN_CHARS.test(p.withoutTrailingGlob());
    return new TreeFilter(
      include,
      exclude,
      !include || include.patterns.every((p) => p.exclusion || literal(p)),
      !exclude || exclude.patterns.every((p) => !p.exclusion || literal(p)),
    );
  }

  get active(): boolean {
    return this.include !== undefined || this.exclude !== undefined;
  }

  /**
   * Decides one entry from its path and the parent directory's match results:
   * `prune` — don't send it and don't look inside; `hide` — don't send it (a directory is still walked,
   * something below may be wanted); `send`.
   */
  decide(
    rel: string,
    isDir: boolean,
    parent: DirMatch | undefined,
  ): { action: 'prune' | 'hide' | 'send'; match: DirMatch } {
    const match: DirMatch = {};
    let hide = false;
    if (this.include) {
      const r = this.include.matchesUsingParentResults(rel, parent?.include);
      match.include = r.info;
      if (!r.matched) {
        if (isDir && this.onlyPrefixIncludes && !anyPatternBelow(this.include, rel, false))
          return { action: 'prune', match };
        hide = true;
      }
    }
    if (this.exclude) {
      const r = this.exclude.matchesUsingParentResults(rel, parent?.exclude);
      match.exclude = r.info;
      if (r.matched) {
        if (isDir && this.onlyPrefixExcludeExceptions) {
          if (!this.exclude.hasExclusions || !anyPatternBelow(this.exclude, rel, true))
            return { action: 'prune', match };
        }
        hide = true;
      }
    }
    return { action: hide ? 'hide' : 'send', match };
  }
}

/** Per-pattern match results of a directory, handed to its children. */
export interface DirMatch {
  include?: MatchInfo;
  exclude?: MatchInfo;
}

function compile(what: string, patterns: readonly string[]): PatternMatcher {
  try {
    return new PatternMatcher(patterns);
  } catch (err) {
    throw new Error(`invalid ${what}: ${JSON.stringify(patterns)}: ${(err as Error).message}`);
  }
}

/** Could a (literal-prefix) pattern of the wanted kind match something below directory `rel`? */
function anyPatternBelow(matcher: PatternMatcher, rel: string, exclusions: boolean): boolean {
  const dirSlash = rel + '/';
  return matcher.patterns.some(
    (p) => p.exclusion === exclusions && (p.withoutTrailingGlob() + '/').startsWith(dirSlash),
  );
}

/** A wire Stat as the walk lists it: `path`, relative to the root, is always set. */
export type WalkedStat = Stat & { path: string };

/** lstat's options, made once: the walk passes them for every entry. */
const LSTAT_OPTIONS = { bigint: true, throwIfNoEntry: false } as const;

/**
 * The key (`dev:ino`) of the inode lstatEntry last listed, when it is a file with more than one link; undefined
 * otherwise. Set by every call, beside the STAT it returns, instead of a pair of both made for every entry.
 */
let listedInode: string | undefined;

/**
 * lstat → wire Stat, synchronously: an lstat of a local directory entry takes a few microseconds, while the promise
 * form costs a thread-pool round trip and several allocations per entry. `null` when the entry vanished meanwhile.
 */
function lstatEntry(abs: string | Buffer, rel: string): WalkedStat | null {
  listedInode = undefined;
  try {
    const st = fs.lstatSync(abs, LSTAT_OPTIONS);
    if (st === undefined) return null;
    const mode = goModeFromPosix(Number(st.mode));
    const stat: WalkedStat = { path: rel, mode };
    // the type read from the Go mode: a BigIntStats' isDirectory() and isSymbolicLink() make three BigInts each
    if ((mode & GoMode.Dir) === 0) {
      if (st.size !== 0n) stat.size = st.size.toString();
      if (mode & GoMode.Symlink) stat.linkname = readLink(abs);
      else if (st.nlink > 1n) listedInode = `${st.dev}:${st.ino}`;
      if (mode & GoMode.Device) {
        const { major, minor } = deviceNumbers(st.rdev);
        if (major !== 0n) stat.devmajor = major.toString();
        if (minor !== 0n) stat.devminor = minor.toString();
      }
    }
    if (st.mtimeNs !== 0n) stat.modTime = st.mtimeNs.toString();
    // uid/gid stay 0: the Go client resets them for build contexts (COPY results are root-owned).
    return stat;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

/** A symlink's target as bytes-exact string (escaped when it is not UTF-8). */
function readLink(abs: string | Buffer): string {
  const target = fs.readlinkSync(abs);
  return target.includes('\uFFFD') ? decodeName(fs.readlinkSync(abs, { encoding: 'buffer' })) : target;
}

/** Resolves the directory to share (following a symlinked root, like fsutil.NewFS) and checks it is a directory. */
export async function resolveRoot(dir: string): Promise<string> {
  let real: string;
  try {
    real = await fsp.realpath(dir);
  } catch (err) {
    if (isNotFound(err)) throw new Error(`directory ${dir} does not exist`);
    throw err;
  }
  const st = await fsp.stat(real);
  if (!st.isDirectory()) throw new Error(`${dir} is not a directory`);
  return real;
}

/**
 * The path of the entry `name` (as readdir gives it: no separator, never `.` or `..`) in the directory `dir` (a real,
 * absolute path, as resolveRoot and this walk make them). Joined by hand: `path.join` normalizes the whole path again
 * for every entry, ~8 ms of the main thread for a 20,000-file context (docs/benchmarks.md, "Twenty-ninth round").
 */
function childPath(dir: string, name: string): string {
  return dir.endsWith(nodePath.sep) ? dir + name : dir + nodePath.sep + name;
}

interface Frame {
  rel: string;
  /** a Buffer when a name along the path is not UTF-8 */
  abs: string | Buffer;
  match: DirMatch | undefined;
  /** Whether this directory's STAT has been emitted (hidden directories are emitted lazily). */
  emitted: boolean;
}

/**
 * A directory being walked: its entries sorted, and the next one to visit. An entry's paths and the filters' decision
 * are made when it is visited, not when its directory is opened: a directory's entries live as long as its walk, long
 * enough to be promoted to the old generation, where every object they held stayed as garbage until a Mark-Compact
 * (one file changed in the 20,000-file context: ~3 MB of them, and the old generation's limit reached near the end).
 */
interface Level {
  frame: Frame;
  /**
   * The entries' names as readdir gave them, sorted (every name UTF-8 and the directory's path a string), when no
   * filter is active: an entry's type then comes from its lstat, and readdir makes no Dirent per entry (~110 bytes of
   * garbage each; docs/benchmarks.md, "Fortieth round") …
   */
  names: string[] | undefined;
  /** … or the entries with their types, which the filters decide on before an entry is lstat'ed … */
  dirents: Dirent[] | undefined;
  /** … or listed as bytes (listBytes): names escaped, paths made. */
  byteEntries: ByteEntry[] | undefined;
  count: number;
  next: number;
}

interface ByteEntry {
  name: string;
  isDir: boolean;
  abs: string | Buffer;
}

/**
 * STATs in fsutil order, as the consumer asks for them: the next ones after visiting at most `max` entries (none, when
 * the filters hid every one of them), `null` once the walk is done.
 */
export interface StatSource {
  take(max: number): WalkedStat[] | null;
}

/**
 * Walks `root` (already resolved with resolveRoot): its STATs in fsutil order, taken synchronously (directory listings
 * included), as the sender asks for them (sender.ts LISTING_BATCH). The root itself is not listed.
 */
export async function openTreeWalk(root: string, opts: WalkOptions = {}, filter?: TreeFilter): Promise<StatSource> {
  return new TreeWalk(filter ?? (await TreeFilter.create(root, opts)), root, opts.signal);
}

/**
 * The walk's state between takes: the directories being walked, the inodes seen. One flat loop over an explicit stack
 * (no recursion).
 */
class TreeWalk implements StatSource {
  private readonly stack: Level[] = [];
  /** inode (dev:ino) → the first path emitted for it: later paths of the inode are sent as hardlinks to it */
  private readonly inodes = new Map<string, string>();
  private started = false;
  /** What a take failed with: the walk's state is then partly advanced, so every later take fails the same way. */
  private failure: { err: unknown } | undefined;

  constructor(
    private readonly filter: TreeFilter,
    private readonly root: string,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /**
   * The STATs of the next `max` entries visited, hidden and pruned ones counted too, so that a take stays short when
   * the filters hide most of a tree (a few more STATs when hidden directories above an entry are listed before it);
   * `null` once the walk is done.
   */
  take(max: number): WalkedStat[] | null {
    if (this.failure) throw this.failure.err;
    try {
      return this.visit(max);
    } catch (err) {
      this.failure = { err };
      throw err;
    }
  }

  private visit(max: number): WalkedStat[] | null {
    const stack = this.stack;
    if (!this.started) {
      this.started = true;
      const rootLevel = openLevel({ rel: '', abs: this.root, match: undefined, emitted: true }, this.filter.active);
      if (rootLevel) stack.push(rootLevel);
    }
    if (stack.length === 0) {
      this.inodes.clear();
      return null;
    }
    const out: WalkedStat[] = [];
    for (let visited = 0; stack.length > 0 && visited < max;) {
      this.signal?.throwIfAborted();
      const level = stack[stack.length - 1];
      if (level.next >= level.count) {
        stack.pop();
        continue;
      }
      visited++;
      const frame = level.frame;
      const i = level.next++;
      let name: string;
      let isDir: boolean;
      let abs: string | Buffer;
      if (level.names) {
        name = level.names[i];
        isDir = false; // not asked for: no filter decides on it, and the lstat below gives the type
        abs = childPath(frame.abs as string, name);
      } else if (level.dirents) {
        const d = level.dirents[i];
        name = d.name;
        isDir = d.isDirectory();
        abs = childPath(frame.abs as string, name);
      } else {
        const b = level.byteEntries![i];
        name = b.name;
        isDir = b.isDir;
        abs = b.abs;
      }
      const rel = frame.rel === '' ? name : frame.rel + '/' + name;
      let match: DirMatch | undefined;
      if (this.filter.active) {
        const decision = this.filter.decide(rel, isDir, frame.match);
        if (decision.action === 'prune') continue;
        match = decision.match;
        if (decision.action === 'hide') {
          if (isDir) {
            const child = openLevel({ rel, abs, match, emitted: false }, true);
            if (child) stack.push(child);
          }
          continue;
        }
      }
      const stat = lstatEntry(abs, rel);
      if (stat === null) continue; // vanished since readdir
      const inode = listedInode; // before the hidden ancestors' lstats below set it again
      // listed by names: the lstat alone says whether to walk into it (a listing's type can be stale by now anyway)
      if (level.names) isDir = (stat.mode! & GoMode.Dir) !== 0;
      let ancestorsGone = false;
      // only the filters hide a directory: without them every ancestor was emitted before its entries
      if (this.filter.active)
        for (const ancestor of stack) {
          if (ancestor.frame.emitted) continue;
          const st = lstatEntry(ancestor.frame.abs, ancestor.frame.rel);
          if (st === null) {
            ancestorsGone = true;
            break;
          }
          ancestor.frame.emitted = true;
          out.push(st);
        }
      if (ancestorsGone) {
        // a hidden parent vanished: nothing below it can be sent
        level.next = level.count;
        continue;
      }
      if (inode !== undefined) {
        const first = this.inodes.get(inode);
        if (first === undefined) this.inodes.set(inode, rel);
        else stat.linkname = first; // fsutil keeps the size; the receiver links instead of requesting the content
      }
      out.push(stat);
      if (isDir && (stat.mode! & GoMode.Dir) !== 0) {
        const child = openLevel({ rel, abs, match, emitted: true }, this.filter.active);
        if (child) stack.push(child);
      }
    }
    return out;
  }
}

/**
 * A directory's entries, sorted, with their types when `withTypes` (the filters decide on them); null when it vanished
 * (or is unreadable and hidden).
 */
function openLevel(frame: Frame, withTypes: boolean): Level | null {
  let entries: Dirent[] | string[];
  try {
    entries = withTypes ? fs.readdirSync(frame.abs, { withFileTypes: true }) : fs.readdirSync(frame.abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (isNotFound(err)) return null;
    // An unreadable directory the filters hide anyway is not an error (fsutil tolerates ErrPermission there).
    if (!frame.emitted && (code === 'EACCES' || code === 'EPERM')) return null;
    // fsutil's words for it (the daemon shows `error from sender: open /ctx/private: permission denied`)
    if (code === 'EACCES' || code === 'EPERM') {
      const shown = typeof frame.abs === 'string' ? frame.abs : displayName(decodeName(frame.abs));
      throw new Error(`open ${shown}: ${code === 'EACCES' ? 'permission denied' : 'operation not permitted'}`, {
        cause: err,
      });
    }
    throw err;
  }
  // every name UTF-8 (a U+FFFD is what Node puts for bytes that are not): strings, code point order
  if (typeof frame.abs === 'string' && !entries.some((e) => nameOf(e).includes('\uFFFD'))) {
    if (!withTypes) {
      const names = (entries as string[]).sort(compareUtf8);
      return { frame, names, dirents: undefined, byteEntries: undefined, count: names.length, next: 0 };
    }
    const dirents = (entries as Dirent[]).sort((a, b) => compareUtf8(a.name, b.name));
    return { frame, names: undefined, dirents, byteEntries: undefined, count: dirents.length, next: 0 };
  }
  const byteEntries = listBytes(frame.abs);
  return { frame, names: undefined, dirents: undefined, byteEntries, count: byteEntries.length, next: 0 };
}

const nameOf = (entry: Dirent | string): string => (typeof entry === 'string' ? entry : entry.name);

/**
 * A directory listed as bytes (it holds a name that is not UTF-8, or is itself reached through one): names escaped
 * (names.ts), sorted by their bytes as Go sorts them, each entry's path a Buffer where its name is not UTF-8.
 */
function listBytes(dir: string | Buffer): ByteEntry[] {
  let dirents: Dirent<Buffer>[];
  try {
    dirents = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    if (isNotFound(err)) return [];
    throw err;
  }
  const dirBytes = typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir;
  const slash = Buffer.of(0x2f);
  return dirents
    .map((d) => ({ bytes: d.name, isDir: d.isDirectory() }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map(({ bytes, isDir }) => {
      const name = decodeName(bytes);
      const abs =
        typeof dir === 'string' && !hasEscapes(name) ? childPath(dir, name) : Buffer.concat([dirBytes, slash, bytes]);
      return { name, isDir, abs };
    });
}
