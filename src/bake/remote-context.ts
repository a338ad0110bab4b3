/**
 * The contexts of a remote bake definition (`docker buildx bake URL`, the action's Git `source`): what buildx's
 * updateContext (bake/bake.go, called by toBuildOpt) makes of each target's local contexts once the definition comes
 * from a Git repository. `.` is the repository (the URL itself); `cwd://` paths stay local (relative to the working
 * directory); remote URLs, `target:` and `docker-image:` stay what they are; any other path is that directory of the
 * repository, which buildx sends as a COPY of it out of the repository the definition was read from (an LLB state,
 * the frontend's input), not as a URL the daemon fetches. Here such a context is marked (DefinitionCopies: the path as
 * the bake file gives it) beside the directory's URL (`URL#ref:path`, buildx remoteURLWithSubdir), which buildx sends
 * with the copy (`input:context`, `input:git_state_NAME`); the main context's value becomes that URL, which `--print`
 * shows (buildx ≥ 0.32), named contexts stay as written. The solve layer builds the copy
 * (solve/target/definition-copy.ts).
 */
import { posix } from 'node:path';
import { BakeError } from './errors.js';
import { cleanPath } from './go-path.js';
import type { Target } from './target.js';

/** buildx urlutil.IsRemoteURL, as resolve.ts tells one. */
type IsRemote = (s: string) => boolean;

/**
 * A target's contexts that are directories of the remote definition `url`, which buildx sends as copies out of the
 * repository: `context`, the main context's path (cleaned, as toBuildOpt has it); `contexts`, named context → path as
 * written (buildx copies `v.Path` as given, and names the step after it). `urls`: every named context that is a
 * directory of the repository (`.` too) → its URL, what the Solve request names it by; the target itself keeps them as
 * written, which is what `--print` shows (buildx puts only the main context back into the target). Made once when the
 * target resolves, then only read: the target, the resolved definition and the target's spec share it.
 */
export interface DefinitionCopies {
  readonly url: string;
  readonly context?: string;
  readonly contexts?: Readonly<Record<string, string>>;
  readonly urls?: Readonly<Record<string, string>>;
}

/**
 * The Git URL of `rel`, a directory of the repository `url` names (relative to its subdirectory, if it has one):
 * BuildKit's `#ref:subdir` form, or `subdir=` in the query form. `.` is the URL itself, as given (buildx
 * remoteURLWithSubdir).
 */
export function gitSubdir(url: string, rel: string): string {
  const clean = posix.normalize(rel);
  if (clean === '.' || clean === './') return url;
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
 * `t.context` as buildx's updateContext leaves it for the remote definition `url` (toBuildOpt puts it back into the
 * target), and in t.definitionCopies what it makes of the named contexts and which directories it sends as copies. The
 * context is given as toBuildOpt has it (cleaned unless `cwd://` or remote); `cwd://` prefixes are left for the caller
 * to strip.
 */
export function applyRemoteDefinition(t: Target, url: string, isRemote: IsRemote): void {
  const where = (what: string, fn: () => string) => {
    try {
      return fn();
    } catch (err) {
      throw new BakeError(`remote definition ${url}: target "${t.name}": ${what} ${(err as Error).message}`);
    }
  };
  const copies: { url: string; context?: string; contexts?: Record<string, string>; urls?: Record<string, string> } = {
    url,
  };
  for (const [k, v] of t.contexts ?? []) {
    // (`oci-layout://` too: buildx would copy a directory of that name out of the repository, which fails)
    if (/^(cwd:\/\/|target:|docker-image:|oci-layout:)/.test(v) || isRemote(v)) continue;
    (copies.urls ??= {})[k] = where(`context ${k}`, () => gitSubdir(url, v));
    // only `.` itself is the repository's URL; any other path (`./` too) is a copy (buildx compares v.Path to ".")
    if (v !== '.') (copies.contexts ??= {})[k] = v;
  }
  const ctx = t.context ?? '.';
  if (!ctx.startsWith('cwd://') && !isRemote(ctx)) {
    const clean = cleanPath(ctx);
    t.context = where('context', () => gitSubdir(url, clean));
    if (clean !== '.') copies.context = clean;
  }
  if (copies.context !== undefined || copies.urls) t.definitionCopies = copies;
}
