/**
 * Merging per-platform images into one multi-platform index, through the registry API (what
 * `docker buildx imagetools create` does, without buildx):
 *
 *   sources (repo@digest: single-platform manifests or indexes) ──combine──► one index ──push──► every tag
 *
 * `combine` follows buildx's Combine: every source's manifests become entries of the new index (an index source
 * contributes all its entries, attestation manifests included; a manifest source gets its platform from its
 * config), duplicates collapse, and the index is a Docker manifest list only when every entry is a Docker media
 * type (OCI index otherwise). A single source without annotations is passed through unchanged. Before the index is
 * pushed under a tag, every manifest it names is made present in that tag's repository (cross-repository blob
 * mounts on the same registry, streamed copies across registries).
 *
 * Used by `bakekit merge` (digests from several jobs' metadata files) and by multi-node builds (one push by digest
 * per node).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  MEDIA_TYPES,
  RegistryClient,
  RegistryError,
  formatReference,
  parseReference,
  repositoryName,
  sha256Digest,
  type Descriptor,
  type ImageRef,
  type Platform,
  type RegistryClientOptions,
} from '../../buildkit/registry/index.js';
import { DockerConfigCredentials, dockerConfigDir } from '../../buildkit/dockerconfig/index.js';
import { formatPlatform, normalizePlatform } from './platform.js';
import { annotationAttrs } from '../target/attribute-values.js';
import type { AttrEntry, TargetSpec } from '../target/spec.js';

export interface ImageSource {
  /** repository and digest of a manifest or index the registry already has */
  ref: ImageRef & { digest: string };
  /** what is known about it already (media type, size, platform) */
  descriptor?: Partial<Descriptor>;
}

export interface IndexAnnotations {
  /** annotations of the index itself */
  index: Record<string, string>;
  /** annotations put on the index's entries, for every entry or for one platform */
  descriptor: Array<{ platform?: string; key: string; value: string }>;
}

export interface Combined {
  bytes: Buffer;
  descriptor: Descriptor;
  /** the manifests the result points at (or is), with the repository each comes from */
  entries: Array<{ descriptor: Descriptor; from: ImageRef }>;
}

export class MergeError extends Error {
  override name = 'MergeError';
}

const DOCKER_PREFIX = 'application/vnd.docker.';

function isIndex(mediaType: string): boolean {
  return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList;
}

/** Re-serialises a descriptor in the field order Go's encoding/json gives ocispec.Descriptor (what buildx writes). */
export function canonicalDescriptor(d: Descriptor): Descriptor {
  const out: Descriptor = { mediaType: d.mediaType, digest: d.digest, size: d.size };
  if (d.urls?.length) out.urls = d.urls;
  if (d.annotations && Object.keys(d.annotations).length) out.annotations = d.annotations;
  if (d.platform) {
    const p: Platform = { architecture: d.platform.architecture, os: d.platform.os };
    if (d.platform['os.version']) p['os.version'] = d.platform['os.version'];
    if (d.platform['os.features']?.length) p['os.features'] = d.platform['os.features'];
    if (d.platform.variant) p.variant = d.platform.variant;
    out.platform = p;
  }
  if (d.artifactType) out.artifactType = d.artifactType;
  return out;
}

/** JSON the way Go's json.MarshalIndent(v, "", "  ") writes it (HTML characters escaped). */
function goJson(v: unknown): Buffer {
  const s = JSON.stringify(v, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return Buffer.from(s, 'utf8');
}

/** Parses `annotation-index.K`, `annotation-manifest-descriptor[linux/amd64].K` exporter attributes. */
export function indexAnnotationsFrom(attrs: Record<string, string>): IndexAnnotations {
  const out: IndexAnnotations = { index: {}, descriptor: [] };
  for (const [k, v] of Object.entries(attrs)) {
    const m = /^annotation-(index|manifest-descriptor)(?:\[([^\]]*)\])?\.(.+)$/.exec(k);
    if (!m) continue;
    if (m[1] === 'index') out.index[m[3]] = v;
    else out.descriptor.push({ platform: m[2] || undefined, key: m[3], value: v });
  }
  return out;
}

function hasAnnotations(a?: IndexAnnotations): boolean {
  return !!a && (Object.keys(a.index).length > 0 || a.descriptor.length > 0);
}

/** Fetches every source and builds the combined index (nothing is written). */
export async function combine(
  client: RegistryClient,
  sources: ImageSource[],
  annotations?: IndexAnnotations,
): Promise<Combined> {
  if (!sources.length) throw new MergeError('nothing to merge: no source images');
  const fetched = await Promise.all(
    sources.map(async (src) => {
      const m = await client.getManifest(src.ref, src.ref.digest);
      const desc: Descriptor = {
        ...(src.descriptor ?? {}),
        mediaType: src.descriptor?.mediaType || m.mediaType,
        digest: m.digest,
        size: m.size,
      };
      if (!isIndex(desc.mediaType) && (!desc.platform?.os || !desc.platform?.architecture)) {
        desc.platform = await platformOf(client, src.ref, m.bytes, desc.platform);
      }
      return { src, desc, bytes: m.bytes };
    }),
  );

  if (fetched.length === 1 && !hasAnnotations(annotations)) {
    const only = fetched[0];
    const entries = isIndex(only.desc.mediaType)
      ? indexEntries(only.bytes).map((d) => ({ descriptor: d, from: only.src.ref }))
      : [{ descriptor: only.desc, from: only.src.ref }];
    return {
      bytes: only.bytes,
      descriptor: canonicalDescriptor({
        mediaType: only.desc.mediaType,
        digest: only.desc.digest,
        size: only.desc.size,
      }),
      entries,
    };
  }

  const order: string[] = [];
  const byDigest = new Map<string, { descriptor: Descriptor; from: ImageRef }>();
  const add = (d: Descriptor, from: ImageRef) => {
    const old = byDigest.get(d.digest);
    if (!old) {
      order.push(d.digest);
      byDigest.set(d.digest, {
        descriptor: { ...d, annotations: d.annotations ? { ...d.annotations } : undefined },
        from,
      });
      return;
    }
    const o = old.descriptor;
    if (!o.mediaType) o.mediaType = d.mediaType;
    if (d.platform) o.platform = d.platform;
    o.annotations = { ...(o.annotations ?? {}), ...(d.annotations ?? {}) };
    old.from = from;
  };
  for (const f of fetched) {
    if (isIndex(f.desc.mediaType)) for (const d of indexEntries(f.bytes)) add(d, f.src.ref);
    else add(f.desc, f.src.ref);
  }
  const entries = order.map((d) => byDigest.get(d)!);
  const mediaType = entries.every((e) => e.descriptor.mediaType.startsWith(DOCKER_PREFIX))
    ? MEDIA_TYPES.dockerList
    : MEDIA_TYPES.ociIndex;

  const indexAnnotations: Record<string, string> = {};
  if (mediaType === MEDIA_TYPES.ociIndex && annotations) {
    Object.assign(indexAnnotations, annotations.index);
    for (const a of annotations.descriptor) {
      for (const e of entries) {
        if (
          a.platform &&
          (!e.descriptor.platform ||
            formatPlatform(normalizePlatform(e.descriptor.platform)) !==
              formatPlatform(normalizePlatform(parsePlatform(a.platform))))
        )
          continue;
        e.descriptor.annotations = { ...(e.descriptor.annotations ?? {}), [a.key]: a.value };
      }
    }
  }
  const index: Record<string, unknown> = {
    schemaVersion: 2,
    mediaType,
    manifests: entries.map((e) => canonicalDescriptor(e.descriptor)),
  };
  if (Object.keys(indexAnnotations).length) index.annotations = indexAnnotations;
  const bytes = goJson(index);
  return { bytes, descriptor: { mediaType, digest: sha256Digest(bytes), size: bytes.length }, entries };
}

export function parsePlatform(s: string): Platform {
  const [os, architecture, variant] = s.split('/');
  return variant ? { os, architecture, variant } : { os, architecture };
}

function indexEntries(bytes: Buffer): Descriptor[] {
  const idx = JSON.parse(bytes.toString('utf8')) as { manifests?: Descriptor[] };
  return (idx.manifests ?? []).map((d) => ({ ...d }));
}

async function platformOf(
  client: RegistryClient,
  ref: ImageRef,
  manifestBytes: Buffer,
  given?: Platform,
): Promise<Platform> {
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as { config?: { digest: string } };
  if (!manifest.config?.digest)
    throw new MergeError(`${repositoryName(ref)}@${ref.digest} is neither an image manifest nor an index`);
  const config = JSON.parse(
    (await client.getBlobBytes(ref, manifest.config.digest)).toString('utf8'),
  ) as Partial<Platform>;
  const p = normalizePlatform({
    architecture: config.architecture ?? '',
    os: config.os ?? '',
    variant: config.variant,
    'os.version': config['os.version'],
  });
  const out: Platform = { architecture: given?.architecture || p.architecture, os: given?.os || p.os };
  if (given?.variant || p.variant) out.variant = given?.variant || p.variant;
  if (given?.['os.version'] || p['os.version']) out['os.version'] = given?.['os.version'] || p['os.version'];
  return out;
}

/**
 * Makes the manifest `desc` (and, for an index, everything below it) present in `to`, copying from `from`:
 * blobs are mounted or streamed, manifests PUT by digest. Nothing is done for what `to` already has.
 */
export async function copyManifest(
  client: RegistryClient,
  from: ImageRef,
  to: ImageRef,
  desc: Descriptor,
): Promise<void> {
  if (from.domain === to.domain && from.path === to.path) return;
  if (await client.headManifest(to, desc.digest)) return;
  const m = await client.getManifest({ ...from, digest: desc.digest }, desc.digest);
  const body = JSON.parse(m.bytes.toString('utf8')) as {
    manifests?: Descriptor[];
    config?: Descriptor;
    layers?: Descriptor[];
    blobs?: Descriptor[];
  };
  if (body.manifests) {
    await Promise.all(body.manifests.map((d) => copyManifest(client, from, to, d)));
  } else {
    const blobs = [body.config, ...(body.layers ?? []), ...(body.blobs ?? [])].filter(
      (b): b is Descriptor => !!b?.digest,
    );
    // Layers with foreign URLs (Windows base layers) are not in the registry; skip them as containerd does.
    await Promise.all(blobs.filter((b) => !b.urls?.length).map((b) => client.copyBlob(from, to, b.digest, b.size)));
  }
  await client.putManifest(to, desc.digest, m.bytes, desc.mediaType || m.mediaType);
}

/** Pushes a combined index under every name (tag, or by digest for a name without one). */
export async function pushCombined(client: RegistryClient, combined: Combined, names: ImageRef[]): Promise<void> {
  for (const name of names) {
    const repo: ImageRef = { domain: name.domain, path: name.path };
    const selfIsEntry =
      combined.entries.length === 1 && combined.entries[0].descriptor.digest === combined.descriptor.digest;
    if (!selfIsEntry) await Promise.all(combined.entries.map((e) => copyManifest(client, e.from, repo, e.descriptor)));
    else if (combined.entries[0].from.path !== repo.path || combined.entries[0].from.domain !== repo.domain) {
      // a single manifest passed through: copy its blobs, the PUT below names it
      await copyBlobsOf(client, combined.entries[0].from, repo, combined.bytes);
    }
    await client.putManifest(
      repo,
      name.tag ?? combined.descriptor.digest,
      combined.bytes,
      combined.descriptor.mediaType,
    );
    if (name.digest && name.digest !== combined.descriptor.digest) {
      throw new MergeError(
        `${formatReference(name)} asks for digest ${name.digest}, but the merged index is ${combined.descriptor.digest}`,
      );
    }
  }
}

async function copyBlobsOf(client: RegistryClient, from: ImageRef, to: ImageRef, manifestBytes: Buffer): Promise<void> {
  const body = JSON.parse(manifestBytes.toString('utf8')) as {
    manifests?: Descriptor[];
    config?: Descriptor;
    layers?: Descriptor[];
  };
  if (body.manifests) {
    await Promise.all(body.manifests.map((d) => copyManifest(client, from, to, d)));
    return;
  }
  const blobs = [body.config, ...(body.layers ?? [])].filter((b): b is Descriptor => !!b?.digest && !b.urls?.length);
  await Promise.all(blobs.map((b) => client.copyBlob(from, to, b.digest, b.size)));
}

export interface MergeResult {
  descriptor: Descriptor;
  names: string[];
  /** the `--metadata-file` entry: what `buildx imagetools create --metadata-file` writes, plus the digest */
  metadata: Record<string, unknown>;
}

/** combine + push under every name. */
export async function mergeImages(
  client: RegistryClient,
  sources: ImageSource[],
  names: string[],
  annotations?: IndexAnnotations,
): Promise<MergeResult> {
  if (!names.length) throw new MergeError('no image names (tags) to push the merged index to');
  const refs = names.map((n) => parseReference(n));
  const combined = await combine(client, sources, annotations);
  await pushCombined(client, combined, refs);
  const formatted = refs.map(formatReference);
  return {
    descriptor: combined.descriptor,
    names: formatted,
    metadata: {
      'containerimage.descriptor': combined.descriptor,
      'containerimage.digest': combined.descriptor.digest,
      'image.name': formatted.join(','),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// `bakekit merge`: the per-platform digests of several jobs (their metadata files) → one index per target
// ---------------------------------------------------------------------------------------------------------------

export type BuildMetadata = Record<string, unknown>;

export interface MetadataInput {
  /** where it came from, for messages */
  origin: string;
  data: BuildMetadata;
}

/**
 * Reads metadata inputs: a file, a directory (every `*.json` in it, recursively, sorted), or a JSON text
 * (starting with `{`, e.g. a job's `metadata` output).
 */
export function readMetadataInputs(items: string[], cwd: string): MetadataInput[] {
  const out: MetadataInput[] = [];
  const readFile = (file: string) => {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new MergeError(`metadata file ${file}: ${(err as Error).message}`);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
      throw new MergeError(`metadata file ${file} is not a JSON object`);
    out.push({ origin: file, data: data as BuildMetadata });
  };
  for (const item of items) {
    const s = item.trim();
    if (!s) continue;
    if (s.startsWith('{')) {
      let data: unknown;
      try {
        data = JSON.parse(s);
      } catch (err) {
        throw new MergeError(`metadata given inline is not valid JSON: ${(err as Error).message}`);
      }
      out.push({ origin: 'inline metadata', data: data as BuildMetadata });
      continue;
    }
    const p = path.resolve(cwd, s);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      throw new MergeError(`metadata ${p} does not exist`);
    }
    if (st.isDirectory()) {
      const files = (fs.readdirSync(p, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).sort();
      if (!files.length) throw new MergeError(`metadata directory ${p} has no .json files`);
      for (const f of files) readFile(path.join(p, f));
    } else {
      readFile(p);
    }
  }
  return out;
}

export interface MergePlan {
  target: string;
  sources: ImageSource[];
  names: string[];
  annotations: IndexAnnotations;
  insecureHosts: string[];
}

interface TargetEntry {
  'containerimage.digest'?: unknown;
  'containerimage.descriptor'?: unknown;
  'image.name'?: unknown;
}

function entriesOf(md: BuildMetadata): Array<[string, TargetEntry]> {
  // bake metadata is keyed by target; a `buildx build` metadata file has the keys at top level.
  if (typeof md['containerimage.digest'] === 'string') return [['', md]];
  return Object.entries(md).filter(([k, v]) => !k.startsWith('buildx.') && v && typeof v === 'object') as Array<
    [string, TargetEntry]
  >;
}

/** Names with a tag (or repository-only names) from a list; `repo@digest` canonical names are skipped. */
function taggedNames(list: string[]): string[] {
  return list.filter((n) => n && !n.includes('@'));
}

/**
 * Which sources merge into which names, per target. Names are the target's tags in the definition; without tags,
 * the tagged names of its image output or of the jobs' `image.name`.
 */
export function planMerge(inputs: MetadataInput[], specs: TargetSpec[], only: string[] = []): MergePlan[] {
  const byTarget = new Map<string, Array<{ origin: string; entry: TargetEntry }>>();
  for (const input of inputs) {
    for (const [target, entry] of entriesOf(input.data)) {
      if (!byTarget.has(target)) byTarget.set(target, []);
      byTarget.get(target)!.push({ origin: input.origin, entry });
    }
  }
  const specByName = new Map(specs.map((s) => [s.name, s]));
  const wanted = only.length ? only : [...byTarget.keys()];
  const plans: MergePlan[] = [];
  for (const target of wanted) {
    const found = byTarget.get(target) ?? (byTarget.size === 1 && byTarget.has('') ? byTarget.get('') : undefined);
    if (!found?.length)
      throw new MergeError(
        `no metadata for target "${target}" (targets in the metadata: ${[...byTarget.keys()].map((k) => k || '(top level)').join(', ') || 'none'})`,
      );
    const spec = specByName.get(target);
    const sources: ImageSource[] = [];
    const fromJobs: string[] = [];
    for (const { origin, entry } of found) {
      const digest = entry['containerimage.digest'];
      const names =
        typeof entry['image.name'] === 'string'
          ? entry['image.name']
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [];
      if (typeof digest !== 'string' || !digest.startsWith('sha256:'))
        throw new MergeError(`${origin}: target "${target}" has no containerimage.digest (was it pushed?)`);
      if (!names.length)
        throw new MergeError(
          `${origin}: target "${target}" has no image.name, so the repository of ${digest} is unknown`,
        );
      const repo = parseReference(names[0]);
      const descriptor = decodeDescriptor(entry['containerimage.descriptor']);
      if (descriptor && descriptor.digest !== digest)
        throw new MergeError(
          `${origin}: target "${target}": descriptor digest ${descriptor.digest} differs from ${digest}`,
        );
      if (!sources.some((s) => s.ref.digest === digest)) {
        sources.push({ ref: { domain: repo.domain, path: repo.path, digest }, descriptor: descriptor ?? undefined });
      }
      fromJobs.push(...taggedNames(names).filter((n) => parseReference(n).tag));
    }
    const imageOutputs = (spec?.outputs ?? []).filter((o) => o.type === 'image' || o.type === 'registry');
    const outputNames = imageOutputs
      .flatMap((o) => (o.name ? o.name.split(',') : []))
      .filter((n) => n && parseReference(n).tag);
    const names = dedupe(spec?.tags.length ? spec.tags : outputNames.length ? outputNames : fromJobs);
    if (!names.length)
      throw new MergeError(
        `target "${target}": no tags to push the merged index to (set tags in the bake definition or with --set ${target}.tags=…)`,
      );
    const annotationSource: Record<string, string> = { ...annotationAttrs(spec?.annotations ?? []) };
    for (const o of imageOutputs) Object.assign(annotationSource, attrsOf(o));
    const insecureHosts = imageOutputs.some((o) => o['registry.insecure'] === 'true')
      ? [...new Set([...names, ...sources.map((s) => formatReference(s.ref))].map((n) => parseReference(n).domain))]
      : [];
    plans.push({
      target: target || (spec?.name ?? ''),
      sources,
      names,
      annotations: indexAnnotationsFrom(annotationSource),
      insecureHosts,
    });
  }
  return plans;
}

function attrsOf(o: AttrEntry): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) if (k !== 'type') out[k] = v;
  return out;
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const key = formatReference(parseReference(n));
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}

function decodeDescriptor(v: unknown): Descriptor | undefined {
  if (!v) return undefined;
  let obj: unknown = v;
  if (typeof v === 'string') {
    try {
      obj = JSON.parse(Buffer.from(v, 'base64').toString('utf8'));
    } catch {
      return undefined;
    }
  }
  const d = obj as Partial<Descriptor>;
  if (typeof d?.digest !== 'string' || typeof d.mediaType !== 'string') return undefined;
  return d as Descriptor;
}

export interface RunMergeOptions {
  client?: RegistryClient;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

/** Runs merge plans one target at a time; returns the metadata per target. */
export async function runMerge(
  plans: MergePlan[],
  opts: RunMergeOptions = {},
): Promise<Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const plan of plans) {
    const client =
      opts.client ??
      new RegistryClient({
        insecureHosts: plan.insecureHosts,
        signal: opts.signal,
        ...(opts.env ? credentialsFromEnv(opts.env) : {}),
      });
    opts.log?.(`merging ${plan.sources.length} image(s) for target "${plan.target}" into ${plan.names.join(', ')}`);
    for (const s of plan.sources) opts.log?.(`  ${formatReference(s.ref)}`);
    try {
      const result = await mergeImages(client, plan.sources, plan.names, plan.annotations);
      opts.log?.(`  → ${result.descriptor.mediaType} ${result.descriptor.digest}`);
      out[plan.target] = result.metadata;
    } catch (err) {
      const e = err as Error;
      throw new MergeError(
        `target "${plan.target}": ${e instanceof RegistryError || e instanceof MergeError ? e.message : `merge failed: ${e.message}`}`,
      );
    }
  }
  return out;
}

/** Registry credentials from the Docker config the given environment points at. */
export function credentialsFromEnv(
  env: NodeJS.ProcessEnv,
): Pick<RegistryClientOptions, 'credentials' | 'credentialSource'> {
  const dir = dockerConfigDir(env);
  const provider = new DockerConfigCredentials(dir);
  return { credentials: (host: string) => provider.lookup(host), credentialSource: path.join(dir, 'config.json') };
}

export interface MergeCommandOptions {
  /** targets of the bake definition (for their tags and annotations); may be empty */
  specs: TargetSpec[];
  /** the build jobs' metadata (readMetadataInputs) */
  inputs: MetadataInput[];
  /** targets to merge; default: every target in the metadata */
  targets: string[];
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/** Target names the metadata has entries for (bake metadata is keyed by target). */
export function metadataTargets(inputs: MetadataInput[]): string[] {
  const out: string[] = [];
  for (const i of inputs) for (const [t] of entriesOf(i.data)) if (t && !out.includes(t)) out.push(t);
  return out;
}

/** `bakekit merge`: per target, the jobs' digests merged into one index under its tags. */
export async function mergeFromMetadata(opts: MergeCommandOptions): Promise<Record<string, Record<string, unknown>>> {
  if (!opts.inputs.length)
    throw new MergeError("nothing to merge: give the build jobs' metadata (files, directories or JSON) to merge from");
  const plans = planMerge(opts.inputs, opts.specs, opts.targets);
  return runMerge(plans, { env: opts.env, signal: opts.signal, log: opts.log });
}
