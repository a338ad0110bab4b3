/**
 * Local paths as Git reports them: under the repository's real root (symbolic links resolved), `/`-separated and
 * relative to it. A context or bake file named through a symbolic link must be compared in the same terms.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** `p` with symbolic links resolved as far as it exists (the rest appended as given). */
export function realPath(p: string): string {
  let head = p;
  const tail: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync(head), ...tail);
    } catch {
      const parent = path.dirname(head);
      if (parent === head) return p;
      tail.unshift(path.basename(head));
      head = parent;
    }
  }
}

/** `p` is `dir` or below it. */
export function isInside(dir: string, p: string): boolean {
  const r = path.relative(dir, p);
  return r === '' || (r !== '..' && !r.startsWith(`..${path.sep}`) && !path.isAbsolute(r));
}

/** `p` relative to `dir`, `/`-separated (as Git and .dockerignore patterns name paths). */
export function repoRelative(dir: string, p: string): string {
  return path.relative(dir, p).split(path.sep).join('/');
}
