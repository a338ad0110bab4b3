/**
 * What a context value names, one answer for planning, the bake adapter and the entitlement check (they must agree:
 * a value the check reads one way and the planner another is a way around the check).
 */
import * as path from 'node:path';
import { parseOciLayoutRef } from '../../buildkit/oci-layout.js';
import type { TargetSpec } from './spec.js';

/** A build context the daemon fetches itself (buildx urlutil.IsRemoteURL): http(s), git (also `user@host:path`). */
export const REMOTE_CONTEXT = /^(https?:\/\/|git:\/\/|ssh:\/\/|github\.com\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/;

/** buildx IsGitSSH: the git URL is fetched over SSH (`ssh://…`, `user@host:path`), with the runner's SSH agent. */
export function isGitSshContext(value: string): boolean {
  return /^(ssh:\/\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/.test(value);
}

/** Where a named context's value points: another target of the run, something the daemon fetches or the session
 * serves as a store (`docker-image://`, `oci-layout://`, URLs), or a local directory. */
export function namedContextKind(value: string): 'target' | 'remote' | 'local' {
  if (value.startsWith('target:')) return 'target';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith('docker-image:') || value.startsWith('oci-layout:'))
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
