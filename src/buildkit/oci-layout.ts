/**
 * OCI image layout directories (image-spec image-layout.md): `oci-layout`, `index.json`, `blobs/<alg>/<encoded>`.
 *
 * What BuildKit's Go client (client/ociindex) and buildx (util/ocilayout, build/opt.go) do with them, as bakekit
 * needs it:
 * - a descriptor is found in index.json by name: first a manifest whose `io.containerd.image.name` annotation is the
 *   name, then one whose `org.opencontainers.image.ref.name` is; a layout with a single manifest answers any name
 *   when asked with `orSingle` (buildx's resolveDigest for `oci-layout://` contexts);
 * - putting a descriptor under a tag sets `org.opencontainers.image.ref.name` and replaces the manifests carrying the
 *   same ref name without an image name; under an image name (`type=oci,tar=false` exports) it sets both annotations,
 *   the ref name being the name's tag (containerd's reference.Parse object), and replaces manifests with both equal;
 * - `oci-layout` is (re)written as `{"imageLayoutVersion":"1.0.0"}` on every put.
 * index.json is replaced atomically (written beside it, then renamed), not locked: the Go client takes an flock on
 * `index.json.lock`, which Node cannot take; two processes updating one layout at the same moment may lose one
 * update (never corrupt the file).
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name';
export const ANNOTATION_IMAGE_NAME = 'io.containerd.image.name';
export const MEDIA_TYPE_IMAGE_INDEX = 'application/vnd.oci.image.index.v1+json';
export const IMAGE_LAYOUT_VERSION = '1.0.0';

export interface OciDescriptor {
  mediaType?: string;
  digest: string;
  size: number;
  urls?: string[];
  annotations?: Record<string, string>;
  data?: string;
  platform?: Record<string, unknown>;
  artifactType?: string;
  [key: string]: unknown;
}

export interface OciIndex {
  schemaVersion?: number;
  mediaType?: string;
  manifests?: OciDescriptor[];
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

/** A tag (`latest`) or an image name (`docker.io/library/app:1`), as client/ociindex distinguishes them. */
export type NameOrTag = { tag: string } | { name: string };

/** A digest go-digest accepts (digest.Parse): sha256, sha384 or sha512 and that many lower-case hex digits. */
export function isValidDigest(d: string): boolean {
  const m = /^(sha256|sha384|sha512):([a-f0-9]+)$/.exec(d);
  if (!m) return false;
  return m[2].length === { sha256: 64, sha384: 96, sha512: 128 }[m[1] as 'sha256' | 'sha384' | 'sha512'];
}

/** Where a blob lives in a layout; throws on an invalid digest (it must never become a path outside `blobs/`). */
export function blobPath(dir: string, digest: string): string {
  if (!isValidDigest(digest)) throw new Error(`invalid digest ${JSON.stringify(digest)}`);
  const colon = digest.indexOf(':');
  return path.join(dir, 'blobs', digest.slice(0, colon), digest.slice(colon + 1));
}

export function hasBlob(dir: string, digest: string): boolean {
  try {
    return fs.statSync(blobPath(dir, digest)).isFile();
  } catch {
    return false;
  }
}

/** index.json of a layout; throws (with the path) when it is missing or not JSON, like ociindex.Read. */
export function readIndex(dir: string): OciIndex {
  const file = path.join(dir, 'index.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new Error(`could not read ${file}: ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`);
  }
  try {
    const idx = JSON.parse(text) as unknown;
    if (!idx || typeof idx !== 'object' || Array.isArray(idx)) throw new Error('not a JSON object');
    return idx as OciIndex;
  } catch (err) {
    throw new Error(`could not parse ${file}: ${(err as Error).message}`);
  }
}

/** The manifest named `name` (image name first, then ref name), like ociindex.Get; `orSingle`: else the only one. */
export function findManifest(
  index: OciIndex,
  name: string,
  opts: { orSingle?: boolean } = {},
): OciDescriptor | undefined {
  const manifests = Array.isArray(index.manifests) ? index.manifests : [];
  const byImage = manifests.find((m) => m?.annotations?.[ANNOTATION_IMAGE_NAME] === name);
  if (byImage) return byImage;
  const byRef = manifests.find((m) => m?.annotations?.[ANNOTATION_REF_NAME] === name);
  if (byRef) return byRef;
  if (opts.orSingle && manifests.length === 1) return manifests[0];
  return undefined;
}

/**
 * The OCI ref name of an image name: containerd's reference.Parse object (what follows the first `:` or `@` after
 * the host), e.g. `docker.io/library/app:1` → `1`, `example.com/app@sha256:…` → `@sha256:…`; the name itself when it
 * does not parse (no host).
 */
export function ociReferenceName(name: string): string {
  if (name.includes('://')) return name;
  let url: URL;
  try {
    url = new URL(`dummy://${name}`);
  } catch {
    return name;
  }
  if (!url.host) return name;
  // URL normalises the path (percent-encoding); containerd's object is what follows in the raw text
  const afterHost = name.indexOf('/') >= 0 ? name.slice(name.indexOf('/')) : '';
  const at = afterHost.search(/[:@]/);
  if (at < 0) return '';
  const object = afterHost.slice(at);
  return object.startsWith(':') ? object.slice(1) : object;
}

/** `index` with `desc` put under `names` (none: appended without a name), as ociindex.Put does it. Pure. */
export function indexWithDescriptor(index: OciIndex | undefined, desc: OciDescriptor, names: NameOrTag[]): OciIndex {
  const out: OciIndex = { ...(index ?? {}) };
  if (!out.schemaVersion) out.schemaVersion = 2;
  if (!out.mediaType) out.mediaType = MEDIA_TYPE_IMAGE_INDEX;
  let manifests = Array.isArray(out.manifests) ? [...out.manifests] : [];
  const entries: Array<NameOrTag | undefined> = names.length ? names : [undefined];
  for (const n of entries) {
    const annotations: Record<string, string> = { ...(desc.annotations ?? {}) };
    if (n) {
      const imageName = 'name' in n ? n.name : '';
      const refName = 'name' in n ? ociReferenceName(n.name) : n.tag;
      if (imageName) annotations[ANNOTATION_IMAGE_NAME] = imageName;
      annotations[ANNOTATION_REF_NAME] = refName;
      manifests = manifests.filter(
        (m) =>
          (m?.annotations?.[ANNOTATION_REF_NAME] ?? '') !== refName ||
          (m?.annotations?.[ANNOTATION_IMAGE_NAME] ?? '') !== imageName,
      );
    }
    manifests.push(
      orderedDescriptor({ ...desc, annotations: Object.keys(annotations).length ? annotations : undefined }),
    );
  }
  out.manifests = manifests;
  // schemaVersion, mediaType, manifests first, as Go writes an index; anything else after
  const { schemaVersion, mediaType, manifests: m, ...rest } = out;
  return {
    schemaVersion,
    mediaType,
    ...(rest.artifactType !== undefined ? { artifactType: rest.artifactType } : {}),
    manifests: m,
    ...rest,
  };
}

/** The descriptor's fields in the order of Go's ocispec.Descriptor, empty ones left out; unknown ones kept, last. */
function orderedDescriptor(d: OciDescriptor): OciDescriptor {
  const known = ['mediaType', 'digest', 'size', 'urls', 'annotations', 'data', 'platform', 'artifactType'];
  const out: Record<string, unknown> = {};
  for (const k of known) if (d[k] !== undefined && d[k] !== '') out[k] = d[k];
  for (const [k, v] of Object.entries(d)) if (!known.includes(k) && v !== undefined) out[k] = v;
  return out as OciDescriptor;
}

/** Puts `desc` into `dir`'s index.json under `names`, creating the layout (oci-layout, index.json) as needed. */
export function putDescriptor(dir: string, desc: OciDescriptor, names: NameOrTag[]): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: IMAGE_LAYOUT_VERSION }));
  const file = path.join(dir, 'index.json');
  let current: OciIndex | undefined;
  if (fs.existsSync(file)) {
    const text = fs.readFileSync(file, 'utf8');
    if (text.length) current = readIndex(dir);
  }
  const next = indexWithDescriptor(current, desc, names);
  const tmp = path.join(dir, `.index.json.${process.pid}.${crypto.randomBytes(4).toString('hex')}`);
  try {
    fs.writeFileSync(tmp, JSON.stringify(next), { mode: 0o644 });
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** A parsed `oci-layout://PATH[:TAG][@DIGEST]` (buildx util/ocilayout.Parse; without tag and digest, tag `latest`). */
export interface OciLayoutRef {
  path: string;
  tag?: string;
  digest?: string;
}

const OCI_LAYOUT_PREFIX = 'oci-layout://';
/** distribution/reference's TagRegexp and DigestRegexp, unanchored as buildx uses them (MatchString). */
const TAG_SEARCH = /[\w][\w.-]{0,127}/;
const DIGEST_SEARCH = /[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}/;

/** undefined when `s` is not an `oci-layout://` reference; throws on a malformed digest after `@`. */
export function parseOciLayoutRef(s: string): OciLayoutRef | undefined {
  if (!s.startsWith(OCI_LAYOUT_PREFIX)) return undefined;
  let local = s.slice(OCI_LAYOUT_PREFIX.length);
  const out: OciLayoutRef = { path: '' };
  const at = local.lastIndexOf('@');
  if (at >= 0) {
    const after = local.slice(at + 1);
    if (DIGEST_SEARCH.test(after)) {
      if (!isValidDigest(after)) throw new Error(`invalid digest ${JSON.stringify(after)} in ${s}`);
      out.digest = after;
      local = local.slice(0, at);
    }
  }
  const colon = local.lastIndexOf(':');
  if (colon >= 0 && !isWindowsDrivePath(local, colon)) {
    const after = local.slice(colon + 1);
    if (TAG_SEARCH.test(after)) {
      out.tag = after;
      local = local.slice(0, colon);
    }
  }
  out.path = local;
  if (!out.tag && !out.digest) out.tag = 'latest';
  return out;
}

export function formatOciLayoutRef(ref: OciLayoutRef): string {
  return `${OCI_LAYOUT_PREFIX}${ref.path}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

function isWindowsDrivePath(p: string, colon: number): boolean {
  if (colon !== 1 || p.length < 3) return false;
  if (p[2] !== '/' && p[2] !== '\\') return false;
  return /[a-zA-Z]/.test(p[0]);
}
