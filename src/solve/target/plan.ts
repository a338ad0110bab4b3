/**
 * Turns a TargetSpec into what one solve needs: frontend attributes, local directories, frontend inputs (a remote
 * definition's directories: definition-copy.ts), exporters and where their output goes, cache entries, secrets. It
 * touches the disk only to read: that paths exist, OCI layouts' index.json (content-stores.ts); and to write an inline
 * Dockerfile into a temporary directory. So bad input fails here, before anything reaches the daemon.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CacheOptionsEntry, ExporterEntry } from '../../buildkit/client.js';
import { sha256Hex } from '../../buildkit/light-crypto/sha256.js';
import type { SecretSpec } from '../../buildkit/session/secrets.js';
import type { AttrEntry, TargetSpec } from './spec.js';
import { resolveTargetCache, type CacheResolveOptions } from '../cache/gha.js';
import { applyContentStores, type ContentStores } from './content-stores.js';
import type { SourcePolicy } from './source-policy.js';
import { dockerfileInRemoteContext, hasGitQuery, namedContextKind, REMOTE_CONTEXT } from './context-kind.js';
import {
  annotationAttrs,
  AttributeValueError,
  encodeCacheImports,
  formatExtraHosts,
  parseGoBool,
  resourceLimitAttrs,
  type HostGateway,
} from './attribute-values.js';
import { parseCall, type CallSpec } from '../call/call.js';
import { definitionCopy } from './definition-copy.js';

export class PlanError extends Error {
  override readonly name = 'PlanError';
  constructor(
    readonly target: string,
    message: string,
  ) {
    super(`target "${target}": ${message}`);
  }
}

/** Where an exporter's stream lands on this machine (FileSend). `load`: streamed into a Docker Engine's image store
 * (the Engine of DOCKER_HOST, or of the Docker context `context` names). */
export type ExportDestination =
  | { mode: 'file'; path: string }
  | { mode: 'dir'; path: string; /** `mode=delete`: the directory becomes a mirror of the output */ mirror?: boolean }
  | { mode: 'load'; context?: string }
  /** an OCI layout directory the exporter fills through the session's content store (`tar=false`) */
  | { mode: 'store'; path: string }
  | { mode: 'none' };

export interface SolvePlan {
  target: string;
  /** a frontend method instead of a build (`call`; call.ts): the build is Internal and its gateway solve asks the
   * frontend for that method's result */
  call?: CallSpec;
  /** EXPERIMENTAL_BUILDKIT_SOURCE_POLICY's policy (a `moby.buildkit.v1.sourcepolicy.Policy` as plain data) */
  sourcePolicy?: SourcePolicy;
  /** the frontend the gateway Solve asks for: `dockerfile.v0`, or `gateway.v0` with BUILDKIT_SYNTAX (buildx toSolveOpt) */
  frontend: string;
  frontendAttrs: Record<string, string>;
  /** session dir-name → absolute path */
  localDirs: Record<string, string>;
  secrets: SecretSpec[];
  /** SSH agents the target's session forwards (`ssh` attribute; session/ssh.ts) */
  ssh: Array<{ id: string; paths: string[] }>;
  exporters: ExporterEntry[];
  /** same index as `exporters` (the daemon's exporter id) */
  destinations: ExportDestination[];
  cacheImports: CacheOptionsEntry[];
  cacheExports: CacheOptionsEntry[];
  entitlements: string[];
  /** named contexts that take another target's result: context name → producer target */
  linkedContexts: Record<string, string>;
  /** LLB the client builds and hands the frontend (the gateway Solve's FrontendInputs): a remote definition's
   * directories, copied out of its repository (definition-copy.ts) */
  frontendInputs: Record<string, Buffer>;
  /** temporary directories to remove after the run (inline Dockerfiles) */
  tempDirs: string[];
  /** things the user should know about the plan (e.g. a gha cache entry dropped); the same message may come from
   * several targets */
  warnings?: Array<{ target?: string; message: string }>;
  /** OCI layout directories the session serves as content stores, and their index.json updates (content-stores.ts) */
  contentStores?: ContentStores;
}

export interface PlanOptions {
  /** the daemon is the Docker Engine's BuildKit (image/docker exporters load into the Engine) */
  dockerEngine?: boolean;
  /** the daemon supports attestations: add buildx's default `attest:provenance=mode=min,inline-only=true` to targets
   * that export an image and set no provenance themselves (off with BUILDX_NO_DEFAULT_ATTESTATIONS) */
  defaultProvenance?: boolean;
  /** the Engine that `type=docker` loads into (Docker context name, or undefined for DOCKER_HOST) imports OCI archives
   * (containerd image store): buildx then exports `oci` with `prefer-image-digest=true` */
  ociImporter?: (context: string | undefined) => boolean;
  /** the Docker Engine daemon uses the containerd image store (its image IDs are manifest digests) */
  engineContainerdStore?: boolean;
  /** GitHub Actions cache defaults and `type=gha` completion (cache/gha.ts); without it cache entries pass unchanged */
  cache?: CacheResolveOptions;
  /** cache warming: no exporters at all, only the cache export */
  warm?: boolean;
  /** what `extra-hosts = { h = "host-gateway" }` stands for on this builder (the Engine's worker label) */
  hostGateway?: HostGateway;
  /** BUILDX_NO_DEFAULT_LOAD: a target without outputs gets no default export on the Engine */
  noDefaultLoad?: boolean;
  /** the source policy every Solve carries (EXPERIMENTAL_BUILDKIT_SOURCE_POLICY, source-policy.ts) */
  sourcePolicy?: SourcePolicy;
  /** what relative local cache and oci-layout paths are relative to (default: the process's working directory) */
  cwd?: string;
}

/** Exporter types whose result is an image (provenance can be attached inline). */
const IMAGE_EXPORTERS = new Set(['image', 'registry', 'oci', 'docker']);

/** One `key=value` of buildx's CSV form, quoted when it holds a comma or a quote. */
function csvPair(key: string, value: string): string {
  const pair = `${key}=${value}`;
  return /[,"]/.test(pair) ? `"${pair.replace(/"/g, '""')}"` : pair;
}

/** An attestation entry as buildx sends it in `attest:<type>`: `type=…` first, then the attributes sorted by key. */
export function attestValue(a: AttrEntry): string {
  const rest = Object.entries(a)
    .filter(([k]) => k !== 'type' && k !== 'disabled')
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return [csvPair('type', a.type), ...rest.map(([k, v]) => csvPair(k, v))].join(',');
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function attrsWithout(entry: AttrEntry, ...keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(entry)) if (k !== 'type' && !keys.includes(k)) out[k] = v;
  return out;
}

function cacheEntry(e: AttrEntry): CacheOptionsEntry {
  return { Type: e.type, Attrs: attrsWithout(e) };
}

export function planTarget(spec: TargetSpec, opts: PlanOptions = {}): SolvePlan {
  let call: CallSpec | undefined;
  try {
    call = parseCall(spec.call);
  } catch (err) {
    throw new PlanError(spec.name, `call: ${(err as Error).message}`);
  }
  if (opts.warm) spec = { ...spec, outputs: [] }; // cache warming exports the cache only
  const cache = opts.cache ? resolveTargetCache(spec, opts.cache) : undefined;
  if (cache) spec = { ...spec, cacheFrom: cache.cacheFrom, cacheTo: cache.cacheTo };
  // buildx toSolveOpt: BUILDKIT_INLINE_CACHE (a true value) adds an inline cache export
  if (parseGoBool(spec.args.BUILDKIT_INLINE_CACHE)) spec = { ...spec, cacheTo: [...spec.cacheTo, { type: 'inline' }] };
  const plan: SolvePlan = {
    target: spec.name,
    ...(call ? { call } : {}),
    frontend: 'dockerfile.v0',
    ...(opts.sourcePolicy ? { sourcePolicy: opts.sourcePolicy } : {}),
    frontendAttrs: {},
    localDirs: {},
    secrets: spec.secrets.map((s) => ({ id: s.id, file: s.src, env: s.env, value: s.value })),
    ssh: spec.ssh.map((e) => ({ id: e.id, paths: [...e.paths] })),
    exporters: [],
    destinations: [],
    cacheImports: spec.cacheFrom.map(cacheEntry),
    cacheExports: spec.cacheTo.map(cacheEntry),
    entitlements: [...spec.entitlements],
    linkedContexts: {},
    frontendInputs: {},
    tempDirs: [],
    warnings: cache?.warnings ?? [],
  };
  const attrs = plan.frontendAttrs;
  // buildx loadInputs: the frontend capabilities the build needs, sent sorted as `frontend.caps`
  const caps = new Set<string>();

  // Build context and Dockerfile
  const copies = spec.definitionCopies;
  if (copies?.context !== undefined) {
    // buildx loadInputs with a ContextState (a directory of a remote definition: bake updateContext): the copy is the
    // frontend's `context` input and its `dockerfile` one (a local Dockerfile below still wins: `dockerfilekey`);
    // `input:context` names the directory's URL (buildx ≥ 0.32; the daemon's provenance takes it as config source)
    const copy = definitionCopy(copies.url, copies.context);
    plan.frontendInputs.context = copy;
    plan.frontendInputs.dockerfile = copy;
    attrs['input:context'] = spec.context;
  } else if (REMOTE_CONTEXT.test(spec.context)) {
    attrs.context = spec.context;
    if (hasGitQuery(spec.context)) caps.add('moby.buildkit.frontend.gitquerystring');
  } else {
    if (!isDir(spec.context)) throw new PlanError(spec.name, `context directory ${spec.context} does not exist`);
    plan.localDirs.context = spec.context;
  }
  if (spec.dockerfileInline !== undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-inline-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), spec.dockerfileInline);
    plan.tempDirs.push(dir);
    plan.localDirs.dockerfile = dir;
    attrs.filename = 'Dockerfile';
    attrs.dockerfilekey = 'dockerfile'; // buildx: a Dockerfile it wrote to a directory of its own
  } else if (spec.dockerfile) {
    if (dockerfileInRemoteContext(spec)) {
      attrs.filename = spec.dockerfile; // read from the remote context
    } else {
      const dockerfile = lowercaseDockerfile(spec.dockerfile);
      if (!fs.existsSync(dockerfile)) throw new PlanError(spec.name, `Dockerfile ${spec.dockerfile} does not exist`);
      plan.localDirs.dockerfile = path.dirname(dockerfile);
      attrs.filename = path.basename(dockerfile);
      // buildx: a local Dockerfile for a remote context names the local directory it is read from
      if (REMOTE_CONTEXT.test(spec.context)) attrs.dockerfilekey = 'dockerfile';
    }
  }

  // Build args that steer the client rather than the Dockerfile (buildx toSolveOpt); they stay build args too.
  const syntax = spec.args.BUILDKIT_SYNTAX;
  if (syntax !== undefined) {
    const cmdline = syntax.trim();
    if (!cmdline)
      throw new PlanError(
        spec.name,
        'args.BUILDKIT_SYNTAX is empty: name a frontend image (e.g. docker/dockerfile:1), or leave it out',
      );
    plan.frontend = 'gateway.v0';
    attrs.source = cmdline.split(' ', 1)[0];
    attrs.cmdline = syntax;
  }
  if (parseGoBool(spec.args.BUILDKIT_MULTI_PLATFORM)) attrs['multi-platform'] = 'true';
  if (spec.target) attrs.target = spec.target;
  if (spec.platforms.length) attrs.platform = spec.platforms.join(',');
  for (const [k, v] of Object.entries(spec.args)) attrs[`build-arg:${k}`] = v;
  for (const [k, v] of Object.entries(spec.labels)) attrs[`label:${k}`] = v;
  if (spec.noCache) attrs['no-cache'] = '';
  else if (spec.noCacheFilter.length) attrs['no-cache'] = spec.noCacheFilter.join(',');
  // the Engine resolves images in its own store first unless asked to pull (buildx: the moby driver's default)
  if (spec.pull) attrs['image-resolve-mode'] = 'pull';
  else if (opts.dockerEngine) attrs['image-resolve-mode'] = 'local';
  if (spec.network) attrs['force-network-mode'] = spec.network;
  // buildx toSolveOpt appends it whatever the target's entitlements say (bake's normalisation has added it once
  // already, so buildx sends it twice; the daemon reads a set)
  if (spec.network === 'host') plan.entitlements.push('network.host');
  if (spec.shmSize) attrs['shm-size'] = String(spec.shmSize);
  if (spec.ulimit) attrs.ulimit = spec.ulimit;
  // buildx addResourceLimits: `memory`, `memswap`, `cpushares`, … for the non-zero limits (BuildKit ≥ v0.31 applies them)
  if (spec.resources) Object.assign(attrs, resourceLimitAttrs(spec.resources));
  if (spec.extraHosts.length) {
    try {
      attrs['add-hosts'] = formatExtraHosts(spec.extraHosts, opts.hostGateway);
    } catch (err) {
      if (err instanceof AttributeValueError) throw new PlanError(spec.name, `extra-hosts: ${err.message}`);
      throw err;
    }
  }
  // buildx (build/opt.go): the first entry of a type wins; a disabled one sends nothing and stops the default.
  const seenAttest = new Set<string>();
  for (const a of spec.attest) {
    if (seenAttest.has(a.type)) continue;
    seenAttest.add(a.type);
    if (a.disabled === 'true') continue;
    attrs[`attest:${a.type}`] = attestValue(a);
  }
  // buildx adds it whatever the outputs: the daemon attaches it to image results and keeps it with the build record
  if (opts.defaultProvenance && !seenAttest.has('provenance')) {
    attrs['attest:provenance'] = 'mode=min,inline-only=true';
  }

  // Named contexts
  for (const [name, value] of Object.entries(spec.contexts)) {
    const copied = copies?.contexts?.[name];
    if (copies && copied !== undefined) {
      // buildx loadInputs, a named context with a State (bake updateContext): the copy is the frontend input NAME;
      // `input:git_state_NAME` names the directory's URL (buildx ≥ 0.32)
      plan.frontendInputs[name] = definitionCopy(copies.url, copied, name);
      attrs[`context:${name}`] = `input:${name}`;
      attrs[`input:git_state_${name}`] = value;
      continue;
    }
    const kind = namedContextKind(value);
    if (kind === 'target') {
      plan.linkedContexts[name] = value.slice('target:'.length);
    } else if (kind === 'remote') {
      attrs[`context:${name}`] = value;
      if (hasGitQuery(value)) caps.add('moby.buildkit.frontend.gitquerystring+forward');
    } else {
      if (!isDir(value)) throw new PlanError(spec.name, `named context "${name}": directory ${value} does not exist`);
      // buildx: an underscore keeps named contexts called `context` or `dockerfile` apart from the build's own
      const localName = name === 'context' || name === 'dockerfile' ? `_${name}` : name;
      plan.localDirs[localName] = value;
      attrs[`context:${name}`] = `local:${localName}`;
      // buildx (≥ 0.32) sends one too: the daemon's key for earlier transfers of this directory (dockerui's
      // SharedKeyHint). buildx's value is the base name and its node id; ours is the one our sessions use.
      attrs[`sharedkey:localdir:${name}`] = sharedKeyFor(value);
    }
  }
  if (Object.keys(spec.contexts).length) caps.add('moby.buildkit.frontend.contexts+forward');
  if (caps.size) attrs['frontend.caps'] = [...caps].sort().join(',');

  // Cache imports travel twice: to the daemon and to the frontend, which matches cache while it solves.
  if (plan.cacheImports.length) attrs['cache-imports'] = encodeCacheImports(plan.cacheImports);

  // buildx: with no output at all, a build on the Engine still lands in its image store (untagged); a call does not
  const outputs =
    spec.outputs.length === 0 && opts.dockerEngine && !opts.warm && !opts.noDefaultLoad && !call
      ? [{ type: 'image' } as AttrEntry]
      : spec.outputs;
  for (const out of outputs) addExporter(plan, spec, out, opts);
  try {
    applyContentStores(plan, opts.cwd ?? process.cwd()); // local cache, oci-layout contexts, layout outputs
  } catch (err) {
    throw new PlanError(spec.name, (err as Error).message);
  }
  return plan;
}

/** Stable shared key per local directory: the daemon keeps the last transfer under it and sends only changes. */
export function sharedKeyFor(dir: string): string {
  return `${path.basename(dir)}-${sha256Hex(dir).slice(0, 16)}`;
}

/** buildx handleLowercaseDockerfile: `Dockerfile` that does not exist but `dockerfile` does means the latter. */
function lowercaseDockerfile(file: string): string {
  if (path.basename(file) !== 'Dockerfile' || fs.existsSync(file)) return file;
  const lower = path.join(path.dirname(file), 'dockerfile');
  return fs.existsSync(lower) ? lower : file;
}

function addExporter(plan: SolvePlan, spec: TargetSpec, out: AttrEntry, opts: PlanOptions): void {
  // buildx: annotations go to every exporter (the image-like ones use them); the target's tags replace an exporter's
  // own `name`; BUILDKIT_INLINE_BUILDINFO_ATTRS becomes the image exporters' `buildinfo-attrs`
  const annotations = annotationAttrs(spec.annotations);
  const names = spec.tags.length ? spec.tags.join(',') : out.name;
  const buildinfo = spec.args.BUILDKIT_INLINE_BUILDINFO_ATTRS;
  const push = (type: string, attrs: Record<string, string>, dest: ExportDestination) => {
    if (buildinfo !== undefined && IMAGE_EXPORTERS.has(type === 'moby' ? 'image' : type))
      attrs['buildinfo-attrs'] = buildinfo;
    plan.exporters.push({ Type: type, Attrs: { ...annotations, ...attrs } });
    plan.destinations.push(dest);
  };
  switch (out.type) {
    case 'cacheonly':
      return;
    case 'local':
    case 'tar': {
      if (!out.dest) throw new PlanError(spec.name, `output type=${out.type} needs dest=PATH`);
      if (out.type === 'local' && out.mode !== undefined && out.mode !== 'copy' && out.mode !== 'delete') {
        throw new PlanError(
          spec.name,
          `output type=local: mode=${out.mode} is not a mode (copy, the default, or delete)`,
        );
      }
      const dest: ExportDestination =
        out.type === 'tar'
          ? { mode: 'file', path: out.dest }
          : out.mode === 'delete'
            ? { mode: 'dir', path: out.dest, mirror: true }
            : { mode: 'dir', path: out.dest };
      push(out.type, attrsWithout(out, 'dest'), dest);
      return;
    }
    case 'oci':
    case 'docker': {
      // `context` names the Docker context to load into (buildx-only; the daemon never sees it)
      const attrs = attrsWithout(out, 'dest', 'context');
      if (names) attrs.name = names;
      if (out.tar !== undefined && parseGoBool(out.tar) === false) {
        // an OCI layout directory, written through the session's content store (content-stores.ts)
        if (!out.dest) throw new PlanError(spec.name, `output type=${out.type},tar=false needs dest=DIR`);
        push(out.type, attrs, { mode: 'store', path: out.dest });
      } else if (out.dest) {
        push(out.type, attrs, { mode: 'file', path: out.dest });
      } else if (out.type === 'docker' && opts.dockerEngine) {
        // the Engine's own exporter loads into its image store; with the containerd store buildx asks for the
        // manifest digest (rather than the config digest) as the image's digest
        if (opts.engineContainerdStore && !attrs['prefer-image-digest']) attrs['prefer-image-digest'] = 'true';
        push('moby', attrs, { mode: 'none' });
      } else if (out.type === 'docker') {
        // stream the archive into the Engine (POST /images/load); an Engine with the containerd store imports OCI
        // archives, multi-platform ones included, which buildx then prefers (build/opt.go)
        if (opts.ociImporter?.(out.context)) {
          if (!attrs['prefer-image-digest']) attrs['prefer-image-digest'] = 'true';
          push('oci', attrs, { mode: 'load', context: out.context });
        } else {
          if (spec.platforms.length > 1) {
            throw new PlanError(
              spec.name,
              'output type=docker cannot load several platforms into an Engine without the containerd image store; use type=oci,dest=… or type=image,push=true',
            );
          }
          push('docker', attrs, { mode: 'load', context: out.context });
        }
      } else {
        throw new PlanError(spec.name, `output type=${out.type} needs dest=PATH`);
      }
      return;
    }
    case 'image':
    case 'registry': {
      const attrs = attrsWithout(out);
      if (out.type === 'registry') attrs.push = 'true';
      if (names) attrs.name = names;
      if (!attrs.name && attrs.push === 'true' && attrs['push-by-digest'] !== 'true') {
        throw new PlanError(spec.name, `output type=${out.type} pushes but has no name: set tags or name=`);
      }
      // buildx: on the Engine the image exporter is its own `moby` one, which knows its image store. buildx refuses
      // push-by-digest there; the Engine's BuildKit does push by digest through its `image` exporter (which the
      // multi-node runner relies on when a node is an Engine), so that one keeps it.
      if (opts.dockerEngine && !(attrs.push === 'true' && attrs['push-by-digest'] === 'true')) {
        if (opts.engineContainerdStore && !attrs['prefer-image-digest']) attrs['prefer-image-digest'] = 'true';
        push('moby', attrs, { mode: 'none' });
        return;
      }
      push('image', attrs, { mode: 'none' });
      return;
    }
    default:
      push(out.type, attrsWithout(out), { mode: 'none' });
  }
}
