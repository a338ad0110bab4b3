/**
 * The content stores a target's session serves (session/content-store.ts), and what changes in its plan for them —
 * what BuildKit's Go client (client/solve.go: parseCacheOptions, the exporters' OutputDir) and buildx (build/opt.go:
 * oci-layout named contexts) do:
 *
 * - `cache-to type=local,dest=DIR`: DIR is served as store `local:DIR` (DIR as written, relative to the working
 *   directory or not: the daemon asks for `local:` + the attribute it got). After the solve the exported cache's
 *   descriptor, which the daemon returns as JSON under the exporter response key `cache.manifest`, goes into
 *   DIR/index.json under the `org.opencontainers.image.ref.name` tag `latest`, or the entry's `tag=`. `reset=true`
 *   then deletes the blobs nothing in index.json references.
 * - `cache-from type=local,src=DIR`: the entry's `digest=` wins; else the digest of the manifest tagged `latest` (or
 *   `tag=`) in DIR/index.json is added to the entry as `digest=`, and DIR served as `local:DIR`. A missing
 *   index.json, tag or blob drops the import with a warning (the build goes on without it), as the Go client does.
 * - `contexts = { NAME = "oci-layout://DIR[:TAG][@DIGEST]" }`: a tag (default `latest`) is resolved to a digest from
 *   DIR/index.json (by name, or the layout's only manifest), DIR is served under a random store name N as `oci:N`, and
 *   the frontend gets `context:NAME=oci-layout://N:TAG@DIGEST` (buildx sends the tag along; the frontend only uses
 *   the name, as the store, and the digest).
 * - `output type=oci|docker,tar=false,dest=DIR`: the exporter writes into store `export` (one such output per
 *   target); after the solve its `containerimage.descriptor` (base64 JSON) goes into DIR/index.json under each name
 *   of `image.name` (`io.containerd.image.name` = the name, ref name = its tag), or under tag `latest` without one.
 *
 * planContentStores is pure: index.json and blobs are read through a LayoutReader.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CacheOptionsEntry } from '../../buildkit/client.js';
import { encodeCacheImports, parseGoBool } from './attribute-values.js';
import { newSessionId } from '../../buildkit/session/session.js';
import {
  blobPath,
  findManifest,
  formatOciLayoutRef,
  hasBlob,
  isValidDigest,
  parseOciLayoutRef,
  putDescriptor,
  readIndex,
  type NameOrTag,
  type OciDescriptor,
  type OciIndex,
} from '../../buildkit/oci-layout.js';
import type { SolvePlan } from './plan.js';

/** An index.json to update once the solve returned, from its exporter response. */
export type IndexUpdate =
  /** a local cache export: `cache.manifest` under `tag`; `reset`: then drop unreferenced blobs */
  | { kind: 'cache'; dir: string; tag: string; reset: boolean }
  /** an oci/docker exporter writing a layout directory: `containerimage.descriptor` under `image.name` */
  | { kind: 'image'; dir: string };

export interface ContentStores {
  /** store id → absolute layout directory */
  stores: Record<string, string>;
  indexUpdates: IndexUpdate[];
}

export interface ContentStorePlan extends ContentStores {
  cacheImports: CacheOptionsEntry[];
  /** frontend attributes to set (`context:NAME` of oci-layout contexts, rewritten) */
  frontendAttrs: Record<string, string>;
  warnings: Array<{ target?: string; message: string }>;
}

export interface ContentStoreInput {
  target: string;
  cacheImports: CacheOptionsEntry[];
  cacheExports: CacheOptionsEntry[];
  /** frontend attributes; `context:NAME` values that are `oci-layout://` references are resolved */
  frontendAttrs: Record<string, string>;
  /** exporters writing an OCI layout directory (absolute or relative to cwd) */
  layoutExports: string[];
}

export interface LayoutReader {
  /** index.json of a layout; throws with a message saying why it cannot be read */
  readIndex(dir: string): OciIndex;
  hasBlob(dir: string, digest: string): boolean;
}

export const fsLayoutReader: LayoutReader = { readIndex, hasBlob };

/** A plan that cannot be carried out (the Go client and buildx fail the build for these). */
export class ContentStoreError extends Error {
  override readonly name = 'ContentStoreError';
}

export function planContentStores(
  input: ContentStoreInput,
  opts: { cwd: string; layout?: LayoutReader; newStoreName?: () => string },
): ContentStorePlan {
  const layout = opts.layout ?? fsLayoutReader;
  const newStoreName = opts.newStoreName ?? newSessionId;
  const abs = (p: string) => path.resolve(opts.cwd, p);
  const out: ContentStorePlan = { stores: {}, indexUpdates: [], cacheImports: [], frontendAttrs: {}, warnings: [] };

  for (const e of input.cacheExports) {
    if (e.Type !== 'local') continue;
    const dest = e.Attrs.dest ?? '';
    if (!dest) throw new ContentStoreError('cache-to type=local needs dest=DIR (local cache exporter requires dest)');
    let reset = false;
    if (e.Attrs.reset !== undefined) {
      const b = parseGoBool(e.Attrs.reset);
      if (b === undefined)
        throw new ContentStoreError(`cache-to type=local,dest=${dest}: reset=${e.Attrs.reset} is not a boolean`);
      reset = b;
    }
    out.stores[`local:${dest}`] = abs(dest);
    // one update per directory, the last entry's tag, as the Go client's map keyed by path
    const update: IndexUpdate = { kind: 'cache', dir: abs(dest), tag: e.Attrs.tag ?? 'latest', reset };
    const at = out.indexUpdates.findIndex((u) => u.kind === 'cache' && u.dir === update.dir);
    if (at >= 0) out.indexUpdates[at] = update;
    else out.indexUpdates.push(update);
  }

  for (const e of input.cacheImports) {
    if (e.Type !== 'local') {
      out.cacheImports.push(e);
      continue;
    }
    const src = e.Attrs.src ?? '';
    if (!src) throw new ContentStoreError('cache-from type=local needs src=DIR (local cache importer requires src)');
    const dir = abs(src);
    const skip = (why: string) =>
      out.warnings.push({
        target: input.target,
        message: `cache-from type=local,src=${src} skipped: ${why}; building without it`,
      });
    let digest = e.Attrs.digest ?? '';
    if (!digest) {
      const tag = e.Attrs.tag ?? 'latest';
      if (!tag)
        throw new ContentStoreError(
          `cache-from type=local,src=${src}: local cache importer requires either explicit digest, "latest" tag or custom tag on index.json`,
        );
      let index: OciIndex;
      try {
        index = layout.readIndex(dir);
      } catch (err) {
        skip((err as Error).message);
        continue;
      }
      const desc = findManifest(index, tag);
      if (!desc?.digest) {
        skip(`no digest found for tag ${tag} in ${path.join(dir, 'index.json')}`);
        continue;
      }
      digest = desc.digest;
    }
    if (!isValidDigest(digest) || !layout.hasBlob(dir, digest)) {
      skip(`digest ${digest} unavailable: content ${digest}: not found`);
      continue;
    }
    out.stores[`local:${src}`] = dir;
    out.cacheImports.push({ Type: e.Type, Attrs: { ...e.Attrs, digest } });
  }

  for (const [key, value] of Object.entries(input.frontendAttrs)) {
    if (!key.startsWith('context:')) continue;
    let ref;
    try {
      ref = parseOciLayoutRef(value);
    } catch (err) {
      throw new ContentStoreError(`named context "${key.slice('context:'.length)}": ${(err as Error).message}`);
    }
    if (!ref) continue;
    const dir = abs(ref.path);
    if (!ref.digest) {
      let desc: OciDescriptor | undefined;
      try {
        desc = findManifest(layout.readIndex(dir), ref.tag ?? 'latest', { orSingle: true });
        if (!desc) throw new Error('failed to resolve digest');
        if (!isValidDigest(desc.digest)) throw new Error(`invalid digest ${desc.digest}`);
      } catch (err) {
        throw new ContentStoreError(`oci-layout reference "${value}" could not be resolved: ${(err as Error).message}`);
      }
      ref.digest = desc.digest;
    }
    const name = newStoreName();
    out.stores[`oci:${name}`] = dir;
    out.frontendAttrs[key] = formatOciLayoutRef({ ...ref, path: name });
  }

  if (input.layoutExports.length > 1)
    throw new ContentStoreError(
      'only one output may write an OCI layout directory (tar=false): the exporter store is "export"',
    );
  for (const dest of input.layoutExports) {
    out.stores.export = abs(dest);
    out.indexUpdates.push({ kind: 'image', dir: abs(dest) });
  }
  return out;
}

/**
 * Plans the target's content stores and applies them to `plan`: rewritten cache imports (and the frontend's copy of
 * them), oci-layout context attributes, warnings; `plan.contentStores` when there is anything to serve. Throws
 * ContentStoreError.
 */
export function applyContentStores(plan: SolvePlan, cwd: string, layout?: LayoutReader): void {
  const layoutExports = plan.destinations.flatMap((d) => (d.mode === 'store' ? [d.path] : []));
  const uses =
    plan.cacheImports.some((e) => e.Type === 'local') ||
    plan.cacheExports.some((e) => e.Type === 'local') ||
    layoutExports.length > 0 ||
    Object.entries(plan.frontendAttrs).some(([k, v]) => k.startsWith('context:') && v.startsWith('oci-layout://'));
  if (!uses) return;
  const r = planContentStores(
    {
      target: plan.target,
      cacheImports: plan.cacheImports,
      cacheExports: plan.cacheExports,
      frontendAttrs: plan.frontendAttrs,
      layoutExports,
    },
    { cwd, layout },
  );
  if (r.cacheImports.length !== plan.cacheImports.length || r.cacheImports.some((e, i) => e !== plan.cacheImports[i])) {
    plan.cacheImports = r.cacheImports;
    if (r.cacheImports.length) plan.frontendAttrs['cache-imports'] = encodeCacheImports(r.cacheImports);
    else delete plan.frontendAttrs['cache-imports'];
  }
  Object.assign(plan.frontendAttrs, r.frontendAttrs);
  if (r.warnings.length) plan.warnings = [...(plan.warnings ?? []), ...r.warnings];
  if (Object.keys(r.stores).length || r.indexUpdates.length)
    plan.contentStores = { stores: r.stores, indexUpdates: r.indexUpdates };
}

/**
 * After a successful solve: writes what the daemon exported into the layouts' index.json. Returns warnings (a reset
 * that could not delete a blob); throws when an index cannot be written (the Go client fails the build then).
 */
export function updateIndexes(stores: ContentStores, exporterResponse: Record<string, string>): string[] {
  const warnings: string[] = [];
  const cacheManifest = exporterResponse['cache.manifest'];
  const imageDescriptor = exporterResponse['containerimage.descriptor'];
  for (const u of stores.indexUpdates) {
    if (u.kind === 'cache') {
      if (cacheManifest) putDescriptor(u.dir, parseDescriptor(cacheManifest, 'cache.manifest'), [{ tag: u.tag }]);
      if (u.reset) warnings.push(...resetLayout(u.dir));
    } else {
      if (!imageDescriptor) continue;
      const desc = parseDescriptor(
        Buffer.from(imageDescriptor, 'base64').toString('utf8'),
        'containerimage.descriptor',
      );
      const names: NameOrTag[] =
        exporterResponse['image.name'] !== undefined
          ? exporterResponse['image.name'].split(',').map((name) => ({ name }))
          : [{ tag: 'latest' }];
      putDescriptor(u.dir, desc, names);
    }
  }
  return warnings;
}

function parseDescriptor(json: string, key: string): OciDescriptor {
  let desc: unknown;
  try {
    desc = JSON.parse(json);
  } catch (err) {
    throw new Error(`the daemon's ${key} is not JSON: ${(err as Error).message}`);
  }
  const d = desc as OciDescriptor | null;
  if (!d || typeof d !== 'object' || typeof d.digest !== 'string' || !isValidDigest(d.digest))
    throw new Error(`the daemon's ${key} is not a descriptor: ${json}`);
  return d;
}

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);
const MANIFEST_TYPES = new Set([
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
]);

/** The Go client's resetCacheStore: deletes every blob of `dir` that index.json does not reach (manifests, their
 * configs and layers, an index's manifests). Returns warnings for blobs it could not delete. */
export function resetLayout(dir: string): string[] {
  const referenced = new Set<string>();
  const visit = (desc: OciDescriptor) => {
    if (!desc || typeof desc.digest !== 'string' || referenced.has(desc.digest)) return;
    referenced.add(desc.digest);
    if (!INDEX_TYPES.has(desc.mediaType ?? '') && !MANIFEST_TYPES.has(desc.mediaType ?? '')) return;
    let doc: { manifests?: OciDescriptor[]; config?: OciDescriptor; layers?: OciDescriptor[] };
    try {
      doc = JSON.parse(fs.readFileSync(blobPath(dir, desc.digest), 'utf8')) as typeof doc;
    } catch {
      throw new Error(`reset: failed to collect referenced blobs: cannot read ${desc.digest}`);
    }
    const children = INDEX_TYPES.has(desc.mediaType ?? '')
      ? (doc.manifests ?? [])
      : [...(doc.config ? [doc.config] : []), ...(doc.layers ?? [])];
    for (const c of children) visit(c);
  };
  const warnings: string[] = [];
  try {
    for (const m of readIndex(dir).manifests ?? []) visit(m);
  } catch (err) {
    return [`failed to reset cache store ${dir}: ${(err as Error).message}`];
  }
  const blobs = path.join(dir, 'blobs');
  for (const alg of fs.existsSync(blobs)
    ? fs
        .readdirSync(blobs, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
    : []) {
    // a stray file among the blobs is not ours to judge, nor a reason to fail a build that succeeded
    for (const enc of fs.readdirSync(path.join(blobs, alg))) {
      const digest = `${alg}:${enc}`;
      if (!isValidDigest(digest) || referenced.has(digest)) continue;
      try {
        fs.rmSync(path.join(blobs, alg, enc));
      } catch (err) {
        warnings.push(`reset: failed to delete blob ${digest} in ${dir}: ${(err as Error).message}`);
      }
    }
  }
  return warnings;
}
