/**
 * The `source` input, with docker/bake-action v7's meaning (src/context.ts getBakeContext): `{{defaultContext}}` is the
 * event's repository at the event's commit (github-context.ts gitContext); a Git URL builds from that repository; anything
 * else is a local directory the bake runs in. Unlike bake-action, whose default is `{{defaultContext}}`, bakekit's
 * default (no `source`) is the local workspace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { posix } from 'node:path';
import { REMOTE_CONTEXT, namedContextKind } from '../solve/target/context-kind.js';
import { isValidRef } from './github-context.js';

export type ResolvedSource = { kind: 'local'; dir: string } | { kind: 'git'; url: string };

/** `{{defaultContext}}` (Handlebars in bake-action; only this one variable exists there) replaced by the Git context. */
export function expandSource(input: string, defaultContext: () => string): string {
  return input.replace(/\{\{\s*defaultContext\s*\}\}/g, () => defaultContext());
}

/** A Git source: bake-action's remote refs (actions-toolkit Util.isValidRef), and `ssh://` URLs. */
export function isGitSource(value: string): boolean {
  return isValidRef(value) || value.startsWith('ssh://');
}

/**
 * `input` (expanded) against the working directory `cwd`: a Git URL, or a directory that must exist (bake-action:
 * "Invalid source: … does not exist or is not a directory").
 */
export function resolveSource(input: string | undefined, cwd: string, defaultContext: () => string): ResolvedSource {
  if (!input) return { kind: 'local', dir: cwd };
  const expanded = expandSource(input, defaultContext);
  if (!expanded) return { kind: 'local', dir: cwd };
  if (isGitSource(expanded)) return { kind: 'git', url: expanded };
  const dir = path.resolve(cwd, expanded);
  let isDir = false;
  try {
    isDir = fs.statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new Error(`Invalid source: ${input} does not exist or is not a directory.`);
  return { kind: 'local', dir };
}

/** The host a Git URL is fetched from (`GIT_AUTH_TOKEN.<host>`): `git@host:path`, `github.com/…`, or a URL's host. */
export function gitHost(url: string): string {
  const scp = /^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+):/.exec(url);
  if (scp) return scp[1];
  return new URL(url.startsWith('github.com/') ? `https://${url}` : url).host;
}

/**
 * The Git URL of `rel`, a directory of the repository `url` names (relative to its subdirectory, if it has one): BuildKit's
 * `#ref:subdir` form, or `subdir=` in the query form. `.` is the URL itself.
 */
export function gitSubdir(url: string, rel: string): string {
  const q = url.indexOf('?');
  if (q >= 0 && !url.includes('#')) {
    const params = url
      .slice(q + 1)
      .split('&')
      .filter((p) => p !== '');
    const i = params.findIndex((p) => p.startsWith('subdir='));
    const sub = joinSubdir(i < 0 ? '' : params[i].slice('subdir='.length), rel);
    if (i >= 0) params.splice(i, 1);
    if (sub !== undefined) params.push(`subdir=${sub}`);
    return `${url.slice(0, q)}?${params.join('&')}`;
  }
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash + 1);
  const colon = fragment.indexOf(':');
  const ref = colon < 0 ? fragment : fragment.slice(0, colon);
  const sub = joinSubdir(colon < 0 ? '' : fragment.slice(colon + 1), rel);
  if (sub === undefined) return hash < 0 ? base : `${base}#${ref}`;
  return `${base}#${ref}:${sub}`;
}

/** `base/rel` cleaned; undefined for the repository's root (no subdir); an error outside the repository. */
function joinSubdir(base: string, rel: string): string | undefined {
  const joined = posix.normalize(posix.join(base || '.', rel));
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(rel)) {
    throw new Error(`${rel} is outside the Git repository of the source`);
  }
  return joined === '.' ? undefined : joined.replace(/\/+$/, '');
}

/**
 * For a Git source: every target's local context, and every local named context, becomes that directory of the
 * repository, as buildx does for a remote bake definition (bake/bake.go updateContext: `.` is the URL, another path a
 * copy of it out of the repository; remote contexts, `target:` and `docker-image://` stay).
 */
export function gitContextOverrides(
  url: string,
  targets: Record<string, { context?: string; contexts?: Record<string, string> }>,
): string[] {
  const set: string[] = [];
  for (const [name, t] of Object.entries(targets)) {
    const where = (what: string, fn: () => string) => {
      try {
        return fn();
      } catch (err) {
        throw new Error(`source ${url}: target "${name}": ${what} ${(err as Error).message}`);
      }
    };
    const ctx = t.context ?? '.';
    if (!REMOTE_CONTEXT.test(ctx)) set.push(`${name}.context=${where('context', () => gitSubdir(url, ctx))}`);
    for (const [k, v] of Object.entries(t.contexts ?? {})) {
      if (namedContextKind(v) === 'local' && !REMOTE_CONTEXT.test(v))
        set.push(`${name}.contexts.${k}=${where(`context ${k}`, () => gitSubdir(url, v))}`);
    }
  }
  return set;
}
