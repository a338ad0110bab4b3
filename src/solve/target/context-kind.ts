/**
 * What a context value names, one answer for planning, the bake adapter and the entitlement check (they must agree:
 * a value the check reads one way and the planner another is a way around the check).
 */
import * as path from 'node:path';
import { parseOciLayoutRef } from '../../buildkit/oci-layout.js';
import type { TargetSpec } from './spec.js';

/** A build context the daemon fetches itself (buildx urlutil.IsRemoteURL): http(s), git (also `user@host:path`). */
export const REMOTE_CONTEXT = /^(https?:\/\/|git:\/\/|ssh:\/\/|github\.com\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/;

/** BuildKit gitutil.ParseGitRef, as dockerui DetectGitContext and buildx's remote definition reader use it, for a
 * remote URL: an HTTP(S) URL is a Git one when its path ends in `.git`; `git://`, `ssh://`, `user@host:path` and
 * `github.com/…` always are. */
export function isGitReference(url: string): boolean {
  if (/^https?:\/\//i.test(url)) return /\.git$/.test(url.replace(/[?#].*$/, ''));
  return true;
}

/** buildx IsGitSSH: the git URL is fetched over SSH (`ssh://…`, `user@host:path`), with the runner's SSH agent. */
export function isGitSshContext(value: string): boolean {
  return /^(ssh:\/\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/.test(value);
}

/**
 * A Git URL with a query string (`?ref=…&subdir=…`), as buildx processGitURL tells one (BuildKit gitutil.ParseURL):
 * an `http`, `https`, `ssh` or `git` URL, or a `user@host:path` one, whose query has a parameter. buildx asks the
 * frontend for the capability to read it (`moby.buildkit.frontend.gitquerystring`).
 */
export function hasGitQuery(value: string): boolean {
  let query: string | undefined;
  const proto = /^([a-zA-Z0-9]+):\/\//.exec(value);
  if (proto) {
    if (!['http', 'https', 'ssh', 'git'].includes(proto[1].toLowerCase())) return false;
    const [beforeFragment] = value.split('#', 1);
    const q = beforeFragment.indexOf('?');
    query = q < 0 ? undefined : beforeFragment.slice(q + 1);
  } else {
    query = /^[a-zA-Z0-9_-]+@[a-zA-Z0-9.-]+:.*?(?:\?(.*?))?(?:#.*)?$/.exec(value)?.[1];
  }
  // Go url.ParseQuery, as URL.Query() keeps it: `&`-separated, `key=value` cut at the first `=`; empty parameters
  // and ones with a `;` or a bad escape are left out
  const unescapes = (s: string) => !/%(?![0-9a-fA-F]{2})/.test(s);
  return (query ?? '').split('&').some((kv) => {
    if (kv === '' || kv.includes(';')) return false;
    const eq = kv.indexOf('=');
    return eq < 0 ? unescapes(kv) : unescapes(kv.slice(0, eq)) && unescapes(kv.slice(eq + 1));
  });
}

/** Where a named context's value points: another target of the run, something the daemon fetches or the session
 * serves as a store (`docker-image://`, `oci-layout://`, URLs), or a local directory. */
export function namedContextKind(value: string): 'target' | 'remote' | 'local' {
  if (value.startsWith('target:')) return 'target';
  // REMOTE_CONTEXT: a Git URL without a scheme (`git@host:path`, `github.com/…`) too, as buildx IsRemoteURL
  if (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ||
    value.startsWith('docker-image:') ||
    value.startsWith('oci-layout:') ||
    REMOTE_CONTEXT.test(value)
  )
    return 'remote';
  return 'local';
}

/** The directory of `oci-layout://PATH[:TAG][@DIGEST]`, parsed as the content-store planner parses it (the same
 * function), so that the entitlement check reads the directory the session will serve. */
export function ociLayoutDir(value: string): string | undefined {
  try {
    return parseOciLayoutRef(value)?.path;
  } catch {
    return value.slice('oci-layout://'.length); // an invalid digest fails planning; check the whole text meanwhile
  }
}

/** A relative Dockerfile path with a remote context names a file in that context, not a local one. */
export function dockerfileInRemoteContext(spec: TargetSpec): boolean {
  return !!spec.dockerfile && REMOTE_CONTEXT.test(spec.context) && !path.isAbsolute(spec.dockerfile);
}

/**
 * The local directories planTarget will serve for `spec` (context, the Dockerfile's directory, local named
 * contexts), known before planning so that their identities (session-ids.ts) can be computed meanwhile. Not checked:
 * planTarget reports what does not exist. An inline Dockerfile's directory is made at planning.
 */
export function localDirCandidates(spec: TargetSpec): string[] {
  const dirs = new Set<string>();
  if (!REMOTE_CONTEXT.test(spec.context)) dirs.add(spec.context);
  if (spec.dockerfileInline === undefined && spec.dockerfile && !dockerfileInRemoteContext(spec))
    dirs.add(path.dirname(spec.dockerfile));
  for (const value of Object.values(spec.contexts)) {
    if (namedContextKind(value) === 'local') dirs.add(value);
  }
  return [...dirs];
}
