/**
 * Paths in a compose project (compose-go paths/resolve.go): relative paths are joined to the working directory, which
 * buildx leaves empty (so `./bar` becomes `bar`), `~` is the home directory; remote build contexts are left alone.
 * With Go's filepath functions, which these joins must match.
 */
import { isAbsolute, posix, resolve as resolvePath } from 'node:path';
import { BakeError } from '../errors.js';
import { cleanPath } from '../go-path.js';
import type { LoadContext } from './load.js';
import { type Y, type YMap, goType, isMap } from './yaml.js';

/** Where a path of the model is on disk. */
export function fsPath(ctx: LoadContext, p: string): string {
  return isAbsolute(p) ? p : resolvePath(ctx.cwd, p);
}

/** filepath.Join: empty parts dropped, then cleaned; "" when all are empty. */
export function goJoin(...parts: string[]): string {
  const kept = parts.filter((s) => s !== '');
  return kept.length ? cleanPath(kept.join('/')) : '';
}

export function goDir(p: string): string {
  const i = p.lastIndexOf('/');
  return cleanPath(i < 0 ? '.' : p.slice(0, i + 1));
}

/** filepath.Rel for the relative/absolute paths include handling produces. */
export function relativeTo(base: string, target: string): string {
  if (isAbsolute(base) !== isAbsolute(target)) return target;
  const rel = posix.relative(base === '' ? '.' : base, target === '' ? '.' : target);
  return rel === '' ? '.' : rel;
}

function expandUser(p: string, ctx: LoadContext): string {
  if (p.startsWith('~') && ctx.home) return goJoin(ctx.home, p.slice(1));
  return p;
}

function absPath(v: Y, wd: string, ctx: LoadContext): Y {
  if (Array.isArray(v)) return v.map((x) => absPath(x, wd, ctx));
  if (typeof v !== 'string') throw new BakeError(`unexpected type ${goType(v)}`);
  const s = expandUser(v, ctx);
  if (isAbsolute(s)) return s;
  return s !== '' ? goJoin(wd, s) : s;
}

const REMOTE_CONTEXT = ['https://', 'http://', 'git://', 'ssh://', 'github.com/', 'git@'];

function absContextPath(v: Y, wd: string, ctx: LoadContext): Y {
  const s = String(v);
  if (s.includes('://') || s.startsWith('service:') || REMOTE_CONTEXT.some((r) => s.startsWith(r))) return s;
  return absPath(s, wd, ctx);
}

function maybeUnixPath(v: Y, wd: string, ctx: LoadContext): Y {
  if (typeof v !== 'string') return v;
  const s = expandUser(v, ctx);
  if (!s.startsWith('/') && !/^[a-zA-Z]:[\\/]/.test(s) && !s.startsWith('\\\\')) return goJoin(wd, s);
  return s;
}

export function resolveRelativePaths(model: YMap, wd: string, ctx: LoadContext): void {
  const services = isMap(model.services) ? model.services : {};
  for (const svc of Object.values(services)) {
    if (!isMap(svc)) continue;
    const build = svc.build;
    if (isMap(build)) {
      if (typeof build.context === 'string') build.context = absContextPath(build.context, wd, ctx);
      if (isMap(build.additional_contexts)) {
        for (const [k, x] of Object.entries(build.additional_contexts)) {
          if (x !== null && x !== undefined) build.additional_contexts[k] = absContextPath(x, wd, ctx);
        }
      }
      if (isMap(build.ssh)) for (const [k, x] of Object.entries(build.ssh)) build.ssh[k] = maybeUnixPath(x, wd, ctx);
    }
    if (Array.isArray(svc.env_file)) {
      for (const e of svc.env_file) if (isMap(e) && e.path !== undefined) e.path = absPath(e.path, wd, ctx);
    }
  }
  const secrets = isMap(model.secrets) ? model.secrets : {};
  for (const s of Object.values(secrets)) if (isMap(s) && s.file !== undefined) s.file = maybeUnixPath(s.file, wd, ctx);
}
