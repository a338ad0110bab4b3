/**
 * The differential harness: runs one bake target with `docker buildx bake` and with bakekit against the same daemon,
 * both through a SolveRecorder, and turns what each sent to BuildKit (and what each produced) into a normalised
 * record whose leaves can be compared path by path.
 *
 * NORMALISATION — only what is necessarily per client, each rule with its reason next to it (normaliseRun):
 *  - buildx's capability probe (an `Internal` Control.Solve with no frontend attributes and no exporter, run only to
 *    read the gateway's BuildOpts before building) is left out; a build of that shape whose gateway Solve carries a
 *    definition is the read of a remote bake definition and is compared (`<remote bake definition>`), its definition
 *    decoded op by op with each op's digest (decodeDefinition: what the decoder does not show, a field our .proto
 *    leaves out or the order of a map's entries, still changes the digest);
 *  - build refs and session ids (random per client), shared keys (`sharedkey:localdir:*` values, the session's
 *    x-docker-expose-session-sharedkey: buildx's hold its node identifier);
 *  - `local-sessionid:NAME` attributes: they only say WHICH session serves local directory NAME (default: the build's
 *    own session). buildx names a shared session only for a directory two builds of the run share; bakekit always
 *    serves each directory from a session of its own (README, "Sessions"). The frontend reads the same directory
 *    either way; the services the build's sessions advertise, together, are compared instead;
 *  - frontend input names (`0-other` in buildx, `target-other` in bakekit) become `<input:CONTEXT>` after the named
 *    context that consumes them; the definitions of inputs holding a local source (a `target:` producer's result: its
 *    local sources name the client's own session) are left out — the producer's own requests are compared as a build
 *    of their own; the others (LLB from what both clients get alike: a remote definition's directories, which the
 *    client copies out of its repository, or a producer's result built from images only) are compared, decoded
 *    (`FrontendInputDefinitions`);
 *  - each client's output directory (the bake variable OUT) becomes `<out>`, the run's working directory `<work>`;
 *  - the id of the content store an `oci-layout://` named context is served from (random per client);
 *  - session methods the daemon never calls for these builds: grpc.health.v1.Health/List and /Watch (the daemon only
 *    calls Check, session/grpc.go monitorHealth), FileSync/TarStream (the daemon uses DiffCopy whenever it is
 *    advertised), for targets without `ssh` the SSH agent service buildx attaches to every bake build with no agent
 *    configured (bake.go toBuildOpt → build.CreateSSH(nil)), and for targets without `secret` the secrets service
 *    buildx attaches to every build (with no secrets); the full lists are compared once, on their own (the
 *    `session-services` target);
 *  - in a local cache directory, containerd's `ingest` working directory (buildx writes through containerd's local
 *    content store; what the cache holds is compared), and its layers' `buildkit/createdat` times with the
 *    manifest digests that follow from them (cacheTreeOf); the inline cache record in an image config
 *    (`moby.buildkit.cache.v0`: the daemon's cache records with their creation times, not what the client asked for;
 *    its presence is compared);
 *  - in image configs, `created` and history `created` times, and an OCI archive's `org.opencontainers.image.created`
 *    annotation (build time); manifest and config digests that follow from them;
 *  - a gateway Solve that never reached its build, when the daemon refused the build itself (see normaliseRun).
 */
import { spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import tar from 'tar-stream';
import { decodeMessage } from '../../../src/buildkit/proto/registry.js';
import type { ControlSolveRecord, GatewaySolveRecord, Recording, SessionRecord } from '../../support/solve-recorder.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface ClientRun {
  client: 'buildx' | 'bakekit';
  ok: boolean;
  /** the last lines of the client's output, or its error */
  log: string;
  recording: Recording;
  outputs: Record<string, Json>;
}

export interface NormalisedBuild {
  /** grpc-status of the Control.Solve, or `none` when the build never got an answer */
  status: string;
  control: Json;
  gateway: Json[];
  /** methods advertised by the sessions the build uses (its own and the ones named by local-sessionid), as a set */
  services: Record<string, true>;
  /** keys of the Control.Solve response (the exporter response; values are digests of this run) */
  exporterResponseKeys: string[];
}

/** Run a command without blocking the event loop (the recorder runs in this process). */
export function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => p.kill('SIGTERM'), opts.timeoutMs ?? 120_000);
    p.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, out });
    });
    p.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: -1, out: `${out}\n${err.message}` });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Normalisation

export interface NormaliseContext {
  /** this client's output directory, absolute (the bake variable OUT resolved against the working directory) */
  outDir: string;
  /** the working directory of the run */
  workDir: string;
  /** OUT as the bake file received it (relative) */
  outVar: string;
  /** the target declares `ssh` entries */
  usesSsh: boolean;
  /** the target declares `secret` entries */
  usesSecrets: boolean;
  /** compare every advertised session method, none left out */
  allMethods?: boolean;
}

const UNCALLED_METHODS = new Set([
  '/grpc.health.v1.Health/List',
  '/grpc.health.v1.Health/Watch',
  '/moby.filesync.v1.FileSync/TarStream',
]);
const SSH_METHODS = /^\/moby\.sshforward\.v1\.SSH\//;
const SECRETS_METHODS = /^\/moby\.buildkit\.secrets\.v1\.Secrets\//;

function replacePaths(s: string, ctx: NormaliseContext): string {
  let out = s.split(ctx.outDir).join('<out>');
  out = out.split(ctx.workDir).join('<work>');
  // relative forms, as the bake file wrote them (`${OUT}/cache-local`)
  if (out === ctx.outVar || out.startsWith(ctx.outVar + '/')) out = '<out>' + out.slice(ctx.outVar.length);
  return out.replace(/(^|[=,:"])out\/(buildx|bakekit)(?=\/|$|[,"])/g, '$1<out>');
}

/** Deep copy with every string's client paths replaced; Buffers (definitions) become their size. */
function scrub(v: unknown, ctx: NormaliseContext): Json {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return replacePaths(v, ctx);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return String(v);
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return `<${v.length} bytes>`;
  if (Array.isArray(v)) return v.map((x) => scrub(x, ctx));
  const out: Record<string, Json> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[replacePaths(k, ctx)] = scrub(x, ctx);
  return out;
}

/** `context:NAME[::platform]` = `input:KEY` → KEY → `<input:NAME[::platform]>`. */
function inputNames(attrs: Record<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('context:') && v.startsWith('input:'))
      names.set(v.slice('input:'.length), `<input:${k.slice('context:'.length)}>`);
  }
  return names;
}

/** `add-hosts` as current buildx makes it: hosts in name order, each host's IPs in their order (bake.go toBuildOpt
 * iterates `slices.Sorted(maps.Keys(t.ExtraHosts))` since buildx v0.34; buildx 0.29 iterated the map itself). */
export function sortAddHosts(v: string): string {
  const entries = v.split(',');
  return entries
    .map((e, i) => ({ e, i, host: e.split('=')[0] ?? '' }))
    .sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : a.i - b.i))
    .map((x) => x.e)
    .join(',');
}

function normaliseAttrs(attrs: Record<string, string> | undefined, names: Map<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k0, v0] of Object.entries(attrs ?? {})) {
    if (k0.startsWith('local-sessionid:')) continue;
    let k = k0;
    let v = v0;
    if (k.startsWith('input-metadata:')) {
      const key = k.slice('input-metadata:'.length);
      k = `input-metadata:${names.get(key) ?? key}`;
    }
    if (k.startsWith('context:') && v.startsWith('input:')) {
      const key = v.slice('input:'.length);
      v = `input:${names.get(key) ?? key}`;
    }
    if (k.startsWith('sharedkey:localdir:')) v = '<sharedkey>';
    // the id of the content store the client's session serves the layout from (random: identity.NewID in buildx)
    if (k.startsWith('context:') && v.startsWith('oci-layout://'))
      v = v.replace(/^oci-layout:\/\/[^:@/]+/, 'oci-layout://<store>');
    out[k] = v;
  }
  return out;
}

function normaliseInputs(inputs: Record<string, unknown> | undefined, names: Map<string, string>): string[] {
  return Object.keys(inputs ?? {})
    .map((k) => names.get(k) ?? k)
    .sort();
}

/**
 * A client-side build with no frontend, no attributes and no exporter: buildx's capability probe (reads the gateway's
 * BuildOpts, solves nothing), or, when one of its gateway Solves carries a definition, the read of a remote bake
 * definition (buildx bake/remote.go ReadRemoteFiles; bakekit solve/run/remote-definition.ts).
 */
function isCapabilityProbe(r: ControlSolveRecord): boolean {
  const q = r.request as {
    Internal?: boolean;
    FrontendAttrs?: Record<string, string>;
    Exporters?: unknown[];
    Frontend?: string;
  };
  return (
    !!q.Internal && !q.Frontend && Object.keys(q.FrontendAttrs ?? {}).length === 0 && (q.Exporters ?? []).length === 0
  );
}

/**
 * A definition a gateway Solve carries (pb.Definition bytes): its ops in order, each decoded, with its digest and its
 * metadata (the custom name, the caps it needs), for scrub to make JSON of. The digest is compared too: it is the op's
 * identity on the daemon, and it also changes with what the decoder does not show (a field our .proto leaves out, the
 * order of the fields or of a map's entries).
 */
function decodeDefinition(bytes: Uint8Array): Array<Record<string, unknown>> {
  const def = decodeMessage<{ def?: Uint8Array[]; metadata?: Record<string, unknown> }>('pb.Definition', bytes);
  return (def.def ?? []).map((op) => {
    const digest = `sha256:${crypto.createHash('sha256').update(op).digest('hex')}`;
    const decoded = decodeMessage<Record<string, unknown>>('pb.Op', op);
    return { digest, ...decoded, metadata: def.metadata?.[digest] ?? null };
  });
}

/**
 * The frontend inputs whose definitions are compared (see the header), decoded, by normalised name: those without a
 * local source. A `target:` producer's result holds the local sources of its build, which name the client's session.
 */
function inputDefinitions(
  inputs: Record<string, unknown> | undefined,
  names: Map<string, string>,
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(inputs ?? {})) {
    const ops = decodeDefinition(v as Uint8Array);
    const local = ops.some((op) =>
      String((op.source as { identifier?: string } | undefined)?.identifier ?? '').startsWith('local://'),
    );
    if (!local) out[names.get(k) ?? k] = ops;
  }
  return Object.keys(out).length ? out : undefined;
}

/** A name for a build that both clients give alike: its Dockerfile and stage (unique within one fixture run). */
function buildKey(attrs: Record<string, string>): string {
  return `${attrs.filename ?? '?'}${attrs.target ? `#${attrs.target}` : ''}`;
}

export function normaliseRun(rec: Recording, ctx: NormaliseContext): Record<string, NormalisedBuild> {
  const builds: Record<string, NormalisedBuild> = {};
  const sessionsById = new Map<string, SessionRecord>();
  for (const s of rec.sessions) sessionsById.set(s.id, s);
  for (const cs of rec.controlSolves) {
    // the probe is left out; a remote definition's read is compared, its definition decoded
    const probe = isCapabilityProbe(cs);
    const definitionRead =
      probe &&
      rec.gatewaySolves.some(
        (g) => g.buildId === cs.request.Ref && (g.request as { Definition?: unknown }).Definition !== undefined,
      );
    if (probe && !definitionRead) continue;
    // bakekit's read of a remote context's `<Dockerfile>.rego` (solve/run/remote-policy.ts, a session of that name):
    // current buildx makes such a read too (util/sourcemeta), buildx 0.29 none; not compared (differential.test.ts
    // currentBuildx; integration/solve/remote-policy.test.ts tests what it finds)
    if (
      definitionRead &&
      sessionsById.get((cs.request as { Session?: string }).Session ?? '')?.name === 'bakekit-policy'
    )
      continue;
    const req = cs.request as Record<string, unknown> & {
      Ref?: string;
      Session?: string;
      FrontendAttrs?: Record<string, string>;
      FrontendInputs?: Record<string, unknown>;
    };
    // A gateway Solve that never reached a build (answered NOT_FOUND "no such job", or cancelled/reset by the client
    // once its build had failed) is left out: the Go client sends its gateway Solve only after its build answered a
    // Ping, bakekit without waiting (run.ts gatewaySolve), so for a build the daemon refuses outright (an entitlement
    // it does not grant) only bakekit's gateway Solve is on the wire.
    const reached = (g: GatewaySolveRecord) =>
      !(
        g.resetCode !== undefined ||
        g.grpcStatus === '1' ||
        (g.grpcStatus === '5' && /no such job/.test(g.grpcMessage ?? ''))
      );
    const gws = rec.gatewaySolves.filter(
      (g: GatewaySolveRecord) => g.buildId === req.Ref && (cs.grpcStatus === '0' || reached(g)),
    );
    const allAttrs: Record<string, string> = { ...(req.FrontendAttrs ?? {}) };
    for (const g of gws)
      Object.assign(allAttrs, (g.request as { FrontendOpt?: Record<string, string> }).FrontendOpt ?? {});
    const names = inputNames(allAttrs);
    // the sessions this build uses: its own and those named by local-sessionid (attributes of either request)
    const sessionIds = new Set<string>([
      req.Session ?? '',
      ...Object.entries(allAttrs)
        .filter(([k]) => k.startsWith('local-sessionid:'))
        .map(([, v]) => v),
    ]);
    const services: Record<string, true> = {};
    for (const id of sessionIds) {
      for (const m of sessionsById.get(id)?.methods ?? []) {
        if (!ctx.allMethods) {
          if (UNCALLED_METHODS.has(m)) continue;
          if (!ctx.usesSsh && SSH_METHODS.test(m)) continue;
          if (!ctx.usesSecrets && SECRETS_METHODS.test(m)) continue;
        }
        services[m] = true;
      }
    }
    const { FrontendAttrs, FrontendInputs, ...rest } = req;
    delete rest.Ref;
    delete rest.Session;
    const control = scrub(
      {
        ...rest,
        FrontendAttrs: normaliseAttrs(FrontendAttrs, names),
        FrontendInputs: normaliseInputs(FrontendInputs, names),
      },
      ctx,
    );
    const gateway = gws.map((g) => {
      const {
        FrontendOpt,
        FrontendInputs: inputs,
        Definition,
        ...r
      } = g.request as Record<string, unknown> & {
        FrontendOpt?: Record<string, string>;
        FrontendInputs?: Record<string, unknown>;
        Definition?: unknown;
      };
      const definitions = inputDefinitions(inputs, names);
      return scrub(
        {
          ...r,
          ...(Definition !== undefined
            ? { Definition: definitionRead ? decodeDefinition(Definition as Uint8Array) : '<definition>' }
            : {}),
          FrontendOpt: normaliseAttrs(FrontendOpt, names),
          FrontendInputs: normaliseInputs(inputs, names),
          ...(definitions ? { FrontendInputDefinitions: definitions } : {}),
        },
        ctx,
      );
    });
    const name = definitionRead ? '<remote bake definition>' : buildKey(allAttrs);
    let key = name;
    for (let i = 2; builds[key]; i++) key = `${name} (${i})`;
    builds[key] = {
      status: cs.grpcStatus ?? 'none',
      control,
      gateway,
      services,
      exporterResponseKeys: Object.keys(
        (cs.response?.ExporterResponse as Record<string, string> | undefined) ?? {},
      ).sort(),
    };
  }
  return builds;
}

// ---------------------------------------------------------------------------------------------------------------
// Outputs

/** A directory tree: relative path → `dir`, `link:TARGET` or the file's sha256 (and mode); `ignore`: top-level names
 * left out. */
export function treeOf(dir: string, ignore: string[] = []): Json {
  if (!fs.existsSync(dir)) return '<missing>';
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (!rel && ignore.includes(e.name)) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      const p = path.join(dir, r);
      if (e.isSymbolicLink()) out[r] = `link:${fs.readlinkSync(p)}`;
      else if (e.isDirectory()) {
        out[r] = 'dir';
        walk(r);
      } else out[r] = `${fileContent(fs.readFileSync(p))} ${(fs.statSync(p).mode & 0o7777).toString(8)}`;
    }
  };
  walk('');
  return out;
}

/**
 * A local cache export (`type=local`): its blobs, and the index and the manifests it names read as JSON, so that a
 * difference reads as the field that differs rather than as two hashes.
 *
 * A layer's `buildkit/createdat` annotation is left out: it is when the daemon made the snapshot the layer came from,
 * and when the same layer exists twice in its cache (made by an earlier case and again by this one, or imported from
 * `cache-seed`) which of them the exporter names depends on the daemon's state, not on what the client asked for
 * (seen on the Engine: same layers, same cache config, the manifest differing only in these times). The manifests'
 * digests and sizes, and so `index.json`, change with them; their content is compared instead.
 */
export function cacheTreeOf(dir: string): Json {
  const indexFile = path.join(dir, 'index.json');
  if (!fs.existsSync(indexFile)) return treeOf(dir, ['ingest']);
  const index = JSON.parse(fs.readFileSync(indexFile, 'utf8')) as {
    manifests?: ({ digest: string } & Record<string, Json>)[];
  };
  const manifests = index.manifests ?? [];
  const named = new Set(manifests.map((m) => `blobs/${m.digest.replace(':', '/')}`));
  // `ingest`: containerd's working directory of the content store buildx writes the cache through
  const tree = treeOf(dir, ['ingest', 'index.json']) as Record<string, Json>;
  for (const blob of named) delete tree[blob];
  const withoutCreatedAt = (v: Json): Json => {
    if (Array.isArray(v)) return v.map(withoutCreatedAt);
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => k !== 'buildkit/createdat')
        .map(([k, x]) => [k, withoutCreatedAt(x)]),
    );
  };
  const content = (digest: string): Json => {
    const file = path.join(dir, 'blobs', ...digest.split(':'));
    return fs.existsSync(file) ? withoutCreatedAt(JSON.parse(fs.readFileSync(file, 'utf8')) as Json) : '<missing>';
  };
  return {
    blobs: tree,
    manifests: manifests.map((m) => ({
      descriptor: Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'digest' && k !== 'size')),
      content: content(m.digest),
    })),
  };
}

/** A small text file as its text (readable in the report), anything else as a hash. */
function fileContent(b: Buffer): string {
  const text = b.toString('utf8');
  return b.length <= 200 && /^[\x20-\x7e\n\t]*$/.test(text) ? JSON.stringify(text) : `sha256:${sha256(b)}`;
}

function sha256(b: Buffer | string): string {
  return crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
}

/** Every entry of a tar file: name → file content hash, or type. */
export async function tarEntries(file: string): Promise<Map<string, Buffer | string>> {
  const entries = new Map<string, Buffer | string>();
  const extract = tar.extract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => {
        chunks.push(c as Buffer);
      });
      stream.on('end', () => {
        entries.set(
          header.name.replace(/^\.\//, ''),
          header.type === 'file'
            ? Buffer.concat(chunks)
            : `${header.type}${header.linkname ? `:${header.linkname}` : ''}`,
        );
        next();
      });
      stream.resume();
    });
    extract.on('finish', () => resolve());
    extract.on('error', reject);
  });
  fs.createReadStream(file)
    .on('error', (err) => extract.destroy(err))
    .pipe(extract);
  await done;
  return entries;
}

export async function tarTree(file: string): Promise<Json> {
  if (!fs.existsSync(file)) return '<missing>';
  const out: Record<string, string> = {};
  for (const [name, v] of await tarEntries(file)) out[name] = typeof v === 'string' ? v : fileContent(v);
  return out;
}

/** An image config with its build times left out (they are when each client built). */
function normaliseConfig(config: Record<string, unknown>): Json {
  const { history, ...rest } = config;
  delete rest.created;
  if (typeof rest['moby.buildkit.cache.v0'] === 'string') rest['moby.buildkit.cache.v0'] = '<inline cache>';
  return {
    ...(rest as Record<string, Json>),
    history: ((history as Array<Record<string, unknown>> | undefined) ?? []).map((entry) => {
      const h = { ...entry };
      delete h.created;
      return h as Json;
    }),
  };
}

type BlobReader = (digest: string, mediaType?: string) => Promise<Record<string, unknown>>;

interface Descriptor {
  mediaType: string;
  digest: string;
  size?: number;
  platform?: Record<string, unknown>;
  annotations?: Record<string, string>;
}

/** An index or manifest, followed down to configs and layer digests; manifest and config digests left out (they
 * change with the build times of the configs). */
async function imageTree(desc: Descriptor, read: BlobReader): Promise<Json> {
  const doc = await read(desc.digest, desc.mediaType);
  const mt = String((doc.mediaType as string | undefined) ?? desc.mediaType);
  if (Array.isArray(doc.manifests)) {
    const manifests: Json[] = [];
    for (const m of doc.manifests as Descriptor[]) {
      const ann = { ...(m.annotations ?? {}) };
      if (ann['vnd.docker.reference.digest']) ann['vnd.docker.reference.digest'] = '<digest>';
      manifests.push({
        mediaType: m.mediaType,
        platform: (m.platform ?? null) as Json,
        annotations: ann,
        content: await imageTree(m, read),
      });
    }
    return { mediaType: mt, annotations: (doc.annotations ?? {}) as Json, manifests };
  }
  const config = doc.config as Descriptor | undefined;
  const layers = (doc.layers as Descriptor[] | undefined) ?? [];
  const isAttestation =
    config?.mediaType === 'application/vnd.in-toto+json' ||
    layers.some((l) => l.annotations?.['in-toto.io/predicate-type']);
  if (isAttestation) {
    // attestation content describes each client's own invocation: compare what is attested, not how
    return {
      mediaType: mt,
      attestation: layers.map((l) => l.annotations?.['in-toto.io/predicate-type'] ?? l.mediaType).sort(),
    };
  }
  return {
    mediaType: mt,
    annotations: (doc.annotations ?? {}) as Json,
    config: config ? normaliseConfig(await read(config.digest, config.mediaType)) : null,
    layers: layers.map((l) => `${l.mediaType} ${l.digest}`),
  };
}

/** An OCI archive (`type=oci`) or a docker archive (`type=docker`): its images, normalised. */
export async function imageArchive(file: string): Promise<Json> {
  if (!fs.existsSync(file)) return '<missing>';
  const entries = await tarEntries(file);
  const blob: BlobReader = (digest) => {
    const b = entries.get(`blobs/${digest.replace(':', '/')}`);
    if (!Buffer.isBuffer(b)) return Promise.reject(new Error(`blob ${digest} is missing from ${path.basename(file)}`));
    return Promise.resolve(JSON.parse(b.toString('utf8')) as Record<string, unknown>);
  };
  const index = entries.get('index.json');
  const out: Record<string, Json> = {};
  if (Buffer.isBuffer(index)) {
    const idx = JSON.parse(index.toString('utf8')) as { manifests: Descriptor[] };
    out.index = await Promise.all(
      idx.manifests.map(async (m) => {
        // the exporter's creation time of the archive (build time)
        const annotations = { ...(m.annotations ?? {}) };
        delete annotations['org.opencontainers.image.created'];
        return { annotations, mediaType: m.mediaType, content: await imageTree(m, blob) };
      }),
    );
  }
  const dockerManifest = entries.get('manifest.json');
  if (Buffer.isBuffer(dockerManifest)) {
    const m = JSON.parse(dockerManifest.toString('utf8')) as Array<{
      Config: string;
      RepoTags?: string[];
      Layers: string[];
    }>;
    out['manifest.json'] = m.map((e) => {
      const cfg = entries.get(e.Config);
      return {
        RepoTags: e.RepoTags ?? [],
        config: Buffer.isBuffer(cfg)
          ? normaliseConfig(JSON.parse(cfg.toString('utf8')) as Record<string, unknown>)
          : '<missing>',
        layers: e.Layers.length,
      };
    });
  }
  return out;
}

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** What the registry holds under `ref` (`localhost:5000/repo:tag`), normalised like an archive's images. */
export async function registryImage(ref: string): Promise<Json> {
  const m = /^([^/]+)\/(.+):([^:/]+)$/.exec(ref);
  if (!m) throw new Error(`bad reference ${ref}`);
  const [, host, repo, tag] = m;
  const base = `http://${host === 'localhost:5000' ? '127.0.0.1:5000' : host}/v2/${repo}`;
  const head = await fetch(`${base}/manifests/${tag}`, { headers: { Accept: ACCEPT } });
  if (head.status === 404) return '<missing>';
  if (!head.ok) throw new Error(`registry: GET ${ref}: ${head.status}`);
  const top = (await head.json()) as Record<string, unknown>;
  const read: BlobReader = async (digest, mediaType) => {
    const isManifest = mediaType && /manifest|index/.test(mediaType);
    const r = await fetch(`${base}/${isManifest ? 'manifests' : 'blobs'}/${digest}`, { headers: { Accept: ACCEPT } });
    if (!r.ok) throw new Error(`registry: GET ${repo}@${digest}: ${r.status}`);
    return (await r.json()) as Record<string, unknown>;
  };
  return imageTree({ mediaType: String(top.mediaType), digest: 'top' }, async (d, mt) =>
    d === 'top' ? top : read(d, mt),
  );
}

/**
 * An image in the Docker Engine's store, as `docker image inspect` shows it, without what names this run's copy (its
 * id, digests, creation and tag times, size on disk): what the image is (config, platform, layers' diff ids).
 * `<missing>` when the Engine has no such image.
 */
export async function engineImage(ref: string): Promise<Json> {
  const r = await run('docker', ['image', 'inspect', '--format', '{{json .}}', ref], {
    cwd: '/',
    env: process.env,
    timeoutMs: 60_000,
  });
  if (r.code !== 0) return '<missing>';
  const i = JSON.parse(r.out) as Record<string, Json>;
  return {
    RepoTags: i.RepoTags ?? null,
    Architecture: i.Architecture ?? null,
    Variant: i.Variant ?? null,
    Os: i.Os ?? null,
    Config: i.Config ?? null,
    Author: i.Author ?? null,
    Comment: i.Comment ?? null,
    RootFS: i.RootFS ?? null,
  };
}

/** Deletes images from the Engine's store (so that the second client's load is not confused with the first, and
 * so that the suite leaves none behind). */
export async function engineImageDelete(...refs: string[]): Promise<void> {
  if (refs.length) await run('docker', ['rmi', '--force', ...refs], { cwd: '/', env: process.env, timeoutMs: 120_000 });
}

/** Deletes a tag's manifest from the registry (so that the second client's push is not confused with the first). */
export async function registryDelete(ref: string): Promise<void> {
  const m = /^([^/]+)\/(.+):([^:/]+)$/.exec(ref);
  if (!m) return;
  const [, host, repo, tag] = m;
  const base = `http://${host === 'localhost:5000' ? '127.0.0.1:5000' : host}/v2/${repo}`;
  const head = await fetch(`${base}/manifests/${tag}`, { method: 'HEAD', headers: { Accept: ACCEPT } });
  const digest = head.headers.get('docker-content-digest');
  if (head.ok && digest) await fetch(`${base}/manifests/${digest}`, { method: 'DELETE' });
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison

export interface Difference {
  path: string;
  buildx: Json | undefined;
  bakekit: Json | undefined;
}

const SEP = ' › ';

/** Leaves of a JSON value by path; an array of strings is one leaf, other arrays index by position. */
export function leaves(v: Json, prefix: string[] = [], out: Map<string, Json> = new Map()): Map<string, Json> {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const keys = Object.keys(v);
    if (!keys.length) out.set(prefix.join(SEP), {});
    for (const k of keys.sort()) leaves(v[k], [...prefix, k], out);
    return out;
  }
  if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object')) {
    if (!v.length) out.set(prefix.join(SEP), []);
    v.forEach((x, i) => leaves(x, [...prefix, `[${i}]`], out));
    return out;
  }
  out.set(prefix.join(SEP), v);
  return out;
}

/** Paths whose leaves differ, with both values. An empty object/array leaf on one side and a missing one on the
 * other are the same (proto3: an empty map is not sent). */
export function differences(buildx: Json, bakekit: Json): Difference[] {
  const a = leaves(buildx);
  const b = leaves(bakekit);
  const isEmpty = (x: Json | undefined) =>
    x === undefined ||
    (Array.isArray(x) && !x.length) ||
    (x !== null && typeof x === 'object' && !Array.isArray(x) && !Object.keys(x).length);
  const out: Difference[] = [];
  for (const p of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(p);
    const y = b.get(p);
    if (JSON.stringify(x) === JSON.stringify(y) || (isEmpty(x) && isEmpty(y))) continue;
    // an empty container on one side against leaves under it on the other: those leaves report it
    if (isEmpty(x) && y === undefined) continue;
    if (isEmpty(y) && x === undefined) continue;
    out.push({ path: p, buildx: x, bakekit: y });
  }
  return out;
}

/** `text` with every occurrence of each (non-empty) secret replaced by `***`. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  for (const secret of secrets) if (secret) text = text.split(secret).join('***');
  return text;
}

export function formatValue(v: Json | undefined, secrets: readonly string[] = []): string {
  if (v === undefined) return '(absent)';
  // secrets masked before the value is cut short, so that no part of one is shown
  const s = maskSecrets(JSON.stringify(v), secrets);
  return s.length > 400 ? `${s.slice(0, 400)}… (${s.length} chars)` : s;
}
