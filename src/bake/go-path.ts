/** Go's `path.Clean` for the slash-separated paths bake files hold (context paths, compose paths). */

/** Collapses `//`, resolves `.` and `..` lexically, drops a trailing slash; "" becomes ".". */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const s = out.join('/');
  return rooted ? '/' + s : s === '' ? '.' : s;
}
