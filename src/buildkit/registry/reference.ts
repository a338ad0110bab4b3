/**
 * Image references the way Docker normalises them (distribution/reference `ParseNormalizedNamed`):
 * `app` → `docker.io/library/app`, `user/app:1` → `docker.io/user/app:1`, `localhost:5000/app@sha256:…` stays.
 * The first path component is a registry domain when it contains `.` or `:`, is `localhost`, or has upper-case
 * letters; otherwise the image lives on Docker Hub.
 */

export const DOCKER_HUB_DOMAIN = 'docker.io';
/** Where Docker Hub's registry API actually answers. */
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io';

export interface ImageRef {
  /** registry domain as written in names, e.g. `docker.io`, `localhost:5000`, `ghcr.io` */
  domain: string;
  /** repository path inside the registry, e.g. `library/busybox` */
  path: string;
  tag?: string;
  digest?: string;
}

/** A string that is not an image reference; the message says which part is wrong. */
export class InvalidReferenceError extends Error {
  override readonly name = 'InvalidReferenceError';
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const DOMAIN =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d+)?$/;

/** Parses and normalises `[domain/]path[:tag][@digest]`. */
export function parseReference(input: string): ImageRef {
  const s = input.trim();
  if (!s) throw new InvalidReferenceError('empty image reference');
  let rest = s;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new InvalidReferenceError(`invalid digest in image reference "${input}"`);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new InvalidReferenceError(`invalid tag "${tag}" in image reference "${input}"`);
  }
  let domain = DOCKER_HUB_DOMAIN;
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first) {
      domain = first;
      path = rest.slice(slash + 1);
    }
  }
  if (domain === 'index.docker.io') domain = DOCKER_HUB_DOMAIN;
  if (!DOMAIN.test(domain))
    throw new InvalidReferenceError(`invalid registry "${domain}" in image reference "${input}"`);
  if (domain === DOCKER_HUB_DOMAIN && !path.includes('/')) path = `library/${path}`;
  if (!path || !path.split('/').every((c) => PATH_COMPONENT.test(c))) {
    throw new InvalidReferenceError(
      `invalid repository name "${path}" in image reference "${input}" (lower-case letters, digits and separators only)`,
    );
  }
  return { domain, path, tag, digest };
}

/** `domain/path` */
export function repositoryName(ref: ImageRef): string {
  return `${ref.domain}/${ref.path}`;
}

/** The full normalised string: `domain/path[:tag][@digest]`. */
export function formatReference(ref: ImageRef): string {
  return `${repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The host the registry API is served on (Docker Hub's names differ from its API host). */
export function apiHost(domain: string): string {
  return domain === DOCKER_HUB_DOMAIN ? DOCKER_HUB_API_HOST : domain;
}

/** Loopback registries speak plain HTTP unless told otherwise (Docker treats 127.0.0.0/8 and localhost as insecure). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
