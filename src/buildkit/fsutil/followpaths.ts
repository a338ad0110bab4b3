/**
 * `followpaths`: the daemon names the exact paths it needs (Dockerfile, .dockerignore, COPY sources). Like
 * fsutil's FollowLinks, resolve each path component by component inside the root: a symlink met on the way
 * is kept (so it is sent as a symlink) and its target, re-rooted at the context root, is followed too. The
 * result becomes extra include patterns. Wildcard components are expanded against the directory listing
 * only to find symlinks among the matches; the wildcard path itself stays as a pattern.
 */
import { promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import { matchGlob } from './patterns/glob.js';
import { cleanPath, compareUtf8, dirPath, basePath, joinPath } from './paths.js';

/** Symlink chains longer than this are treated as loops (fsutil relies on its resolved set; this also bounds depth). */
const MAX_RESOLVE_DEPTH = 255;

/**
 * Returns the include patterns the followpaths add, or `null` when one of them resolves to the root itself
 * (then there is nothing to filter: the whole directory is wanted).
 */
export async function resolveFollowPaths(root: string, paths: readonly string[]): Promise<string[] | null> {
  const resolved = new Set<string>();
  for (const p of paths) await resolvePath(root, p, resolved, 0);
  const sorted = [...resolved].sort(compareUtf8);
  return dedupePaths(sorted);
}

/**
 * Drops paths already covered by an earlier (sorted) one; `null` if "." is present (fsutil's dedupePaths).
 */
export function dedupePaths(sorted: readonly string[]): string[] | null {
  const out: string[] = [];
  let last = '';
  for (const s of sorted) {
    if (s === '.') return null;
    if (s.startsWith(last + '/')) continue;
    out.push(s);
    last = s;
  }
  return out;
}

async function resolvePath(root: string, input: string, resolved: Set<string>, depth: number): Promise<void> {
  if (depth > MAX_RESOLVE_DEPTH) throw new Error(`followpaths: too many levels of symbolic links resolving ${input}`);
  // Rooted inputs (absolute link targets) are relative to the context root, never to the host root.
  let rest = joinPath('.', input);
  let current = '.';
  for (;;) {
    const slash = rest.indexOf('/');
    const head = slash >= 0 ? rest.slice(0, slash) : rest;
    rest = slash >= 0 ? rest.slice(slash + 1) : '';
    current = joinPath(current, head);

    const targets = await readSymlinks(root, current, true);
    if ((rest === '' || targets !== null) && resolved.has(current)) return;
    if (targets !== null) {
      resolved.add(current);
      for (const target of targets) await resolvePath(root, joinPath(target, rest), resolved, depth + 1);
      return;
    }
    if (rest === '') {
      resolved.add(current);
      return;
    }
  }
}

/**
 * Targets (as root-relative paths starting with `/`) of the symlink at `rel`, or of every symlink matching
 * a wildcard last component; `null` when there is no symlink there (or nothing at all).
 */
async function readSymlinks(root: string, rel: string, allowWildcard: boolean): Promise<string[] | null> {
  const base = basePath(rel);
  if (allowWildcard && containsWildcards(base)) {
    const dir = dirPath(rel);
    const names = await listDir(root, dir);
    if (names === null) return null;
    let out: string[] | null = null;
    for (const name of names) {
      if (!matchGlob(base, name)) continue;
      const res = await readSymlinks(root, joinPath(dir, name), false);
      if (res !== null) (out ??= []).push(...res);
    }
    return out;
  }
  if (rel === '.' || rel === '/') return null;
  const abs = await absInsideRoot(root, rel);
  if (abs === null) return null;
  let link: string;
  try {
    const st = await fsp.lstat(abs);
    if (!st.isSymbolicLink()) return null;
    link = await fsp.readlink(abs);
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
  link = cleanPath(link);
  if (link.startsWith('/')) return [link];
  return [joinPath('/', joinPath(dirPath(rel), link))];
}

async function listDir(root: string, rel: string): Promise<string[] | null> {
  const abs = rel === '.' ? root : await absInsideRoot(root, rel);
  if (abs === null) return null;
  try {
    const st = await fsp.lstat(abs);
    if (!st.isDirectory()) return null;
    return (await fsp.readdir(abs)).sort(compareUtf8);
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

/**
 * Host path of a root-relative path whose parent components are all real directories. Resolution walks
 * components left to right, so parents are never symlinks here; checking keeps that guarantee local
 * (nothing outside the root is ever looked at).
 */
async function absInsideRoot(root: string, rel: string): Promise<string | null> {
  const parts = rel.split('/');
  let abs = root;
  for (let i = 0; i < parts.length - 1; i++) {
    abs = nodePath.join(abs, parts[i]);
    try {
      if (!(await fsp.lstat(abs)).isDirectory()) return null;
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }
  return nodePath.join(abs, parts[parts.length - 1]);
}

function containsWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '\\') i++;
    else if (ch === '*' || ch === '?' || ch === '[') return true;
  }
  return false;
}

export function isNotFound(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
