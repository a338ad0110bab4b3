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
import { parseGitRef, type GitRef } from './git-ref.js';
import { goParseQuery, goQueryEncode } from './go-url.js';
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
 * The Git URL of `rel`, a directory of the repository `url` names (relative to its subdirectory, if it has one), as
 * buildx ≥ 0.32 writes it (bake.go remoteURLWithSubdir): `.` is the URL itself, as given; a URL in the query form
 * whose query already names a `subdir` gets the joined one there (the query re-encoded as Go's url.Values does:
 * keys sorted, values escaped, `/` as `%2F`); any other URL gets it in the fragment, `#ref:subdir` (`#:subdir` without
 * a ref, after the query if there is one). Both forms name the same directory to BuildKit. A directory outside the
 * repository is refused here (buildx writes `#ref:../x` and leaves the daemon to fail on it).
 */
export function gitSubdir(url: string, rel: string): string {
  const clean = cleanPath(rel);
  if (clean === '.' || url === '') return url;
  let parsed: GitRef;
  try {
    parsed = parseGitRef(url);
  } catch {
    return url; // buildx: a URL BuildKit cannot read stays as it is
  }
  if (posix.isAbsolute(rel)) throw new Error(`${rel} is outside the Git repository of the source`);
  const subdir = parsed.subdir ? cleanPath(`${parsed.subdir}/${clean}`) : clean;
  if (subdir === '..' || subdir.startsWith('../')) {
    throw new Error(`${rel} is outside the Git repository of the source`);
  }
  const hash = url.indexOf('#');
  const q = url.indexOf('?');
  // Go's url.Parse takes a URL with a scheme; an scp-like `user@host:path` is none, and gets the fragment form
  if (hash < 0 && q >= 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    const query = goParseQuery(url.slice(q + 1));
    if (query.has('subdir')) {
      query.set('subdir', [subdir]);
      return `${url.slice(0, q).replace(/^[a-z][a-z0-9+.-]*:/i, (s) => s.toLowerCase())}?${goQueryEncode(query)}`;
    }
  }
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash + 1);
  const colon = fragment.indexOf(':');
  return `${base}#${colon < 0 ? fragment : fragment.slice(0, colon)}:${subdir}`;
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
