/**
 * The whole bake run, shared by the CLI and the action: resolve the definition, connect to the builder,
 * build the requested targets (and the targets they consume) under the run's execution policy and parallelism bound,
 * publish what the publish policy allows (images/publish.ts), write the metadata file. With `cacheMounts`, the cache
 * mounts the targets declare are restored before the build and saved after it (cache-mounts/run.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveBakeAsync, type BakeDefinition, type BakeError } from '../../bake/index.js';
import type { TlsFiles } from '../../buildkit/transport/endpoint.js';
import { fromBakeTarget, refuseDefaultPolicy } from '../target/bake-adapter.js';
import type { EventSink } from './events.js';
import type { CacheMode } from '../cache/gha.js';
import type { ExecutionPolicy } from './lifetime.js';
import type { PublishReport } from '../images/publish.js';
import type { PublishPolicy } from './policies.js';
import type { RunResult } from './run.js';
import type { SecretEntry, TargetSpec } from '../target/spec.js';
import type { SourceFile } from '../../bake/resolve.js';
import type { CacheMountsOptions } from '../cache-mounts/types.js';
import type { DirIdentities } from '../../buildkit/fsutil/identity.js';
import { localDirCandidates, REMOTE_CONTEXT } from '../target/context-kind.js';
import { sharesGitHost } from './git-auth.js';
import { assertEntitled } from '../target/entitlements.js';
import { parseGoBool } from '../target/attribute-values.js';
import { callName } from '../call/call-func.js';
import { metadataProvenanceMode, type MetadataProvenanceMode } from './metadata-provenance.js';
import { metadataWarningsEnabled } from './metadata-warnings.js';
import type { VertexWarning } from '../../buildkit/proto/control.pb.js';
import type { EarlyListing } from '../../buildkit/fsutil/identity.js';

export interface BakeRunOptions {
  files: string[];
  /** the bake files' contents, read elsewhere (a remote definition, solve/run/remote-definition.ts): `files` is not read */
  sourceFiles?: SourceFile[];
  /** the Git URL of a remote definition (`sourceFiles` read from it): the targets' local contexts are the repository's
   * unless `cwd://` (bake/remote-context.ts) */
  remoteDefinition?: string;
  /** BAKE_CMD_CONTEXT, when not `cwd://` (a second remote URL on buildx's command line) */
  cmdContext?: string;
  /** the remote definition's own credentials (solve/run/git-auth.ts): served to the builds whose context is a remote
   * URL on the definition's host, as buildx does, and to no other */
  gitAuthSecrets?: SecretEntry[];
  targets: string[];
  set: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** endpoint or buildx builder name; default: the buildx builder in use, else the Docker Engine */
  builder?: string;
  /** more nodes, `ENDPOINT [PLATFORM,…]` each: platforms are split across the builder's nodes and the builder's
   * (see nodes/nodes.ts); a multi-node buildx builder brings its own */
  nodes?: string[];
  tls?: TlsFiles;
  push?: boolean;
  load?: boolean;
  noCache?: boolean;
  pull?: boolean;
  /** `--call`/`--check`: `build` (default), `check`, `outline`, `targets` (buildx ParseCallFunc; `check` becomes `lint`) */
  call?: string;
  /** `--sbom`/`--provenance`: a bool (`true` → `type=sbom,disabled=false`) or the attestation's attributes */
  sbom?: string;
  provenance?: string;
  /** `--var NAME=VALUE` (buildx ≥ 0.31): variable values that win over the environment */
  vars?: Record<string, string>;
  metadataFile?: string;
  /** `buildx.build.provenance` in the metadata (run/metadata-provenance.ts). Default: as buildx, `disabled` without a
   * metadata file, else what BUILDX_METADATA_PROVENANCE says (`min` unless set). The action, whose `metadata` output
   * is bake-action's metadata file, passes the variable's mode. */
  metadataProvenance?: MetadataProvenanceMode;
  /** `buildx.build.warnings` at the top of the metadata (run/metadata-warnings.ts). Default: as buildx, with a metadata
   * file and BUILDX_METADATA_WARNINGS true; the action sets it, as bake-action sets the variable. Never for `--call`. */
  metadataWarnings?: boolean;
  /** `auto` (default): inside GitHub Actions, targets without cache entries use the gha cache in max mode
   * (see cache/gha.ts); `off`: only what the bake file says */
  cache?: CacheMode;
  /** cache warming: build every target with no outputs, export its cache, report which were already warm */
  warm?: boolean;
  /** the action's `github-token`: with GITHUB_REPOSITORY it becomes `ghtoken`/`repository` of gha cache exports, so
   * that BuildKit lists the cache's entries in one call (cache/gha.ts). A secret, redacted by the shells. */
  githubToken?: string;
  /** `--execution`: fail-fast (default) stops every target at the first failure; keep-going builds every target that
   * does not consume a failed one (lifetime.ts) */
  execution?: ExecutionPolicy;
  /** `--max-parallelism N`: at most N targets building at once (per node with several nodes) */
  maxParallelism?: number;
  /** `--publish`: as-built (default) pushes each image as its target exports; all-or-nothing pushes by digest and tags
   * every image only once every target built (images/publish.ts) */
  publish?: PublishPolicy;
  /** secrets from the workflow, bound to the ids the targets declare (see bindSecrets) */
  secrets?: SecretEntry[];
  /** entitlements granted to the bake definition (`--allow`, action input `allow`: `network.host`, `fs.read=PATH`, …;
   * see entitlements.ts). Nothing else is granted but the working directory: a target that asks for more is refused
   * (EntitlementError) before anything connects or reads outside the working directory. */
  allow?: string[];
  /** persist `RUN --mount=type=cache` contents in a store: restored before the build, saved after (single-node
   * builders only). Warm mode (`warm`) restores and saves too: a cache warming job is where mounts get filled. */
  cacheMounts?: CacheMountsOptions;
  signal?: AbortSignal;
  onEvent?: EventSink;
  /** bake file problems that do not stop the build (unknown attributes, which buildx ignores silently) */
  onBakeWarning?: (warning: BakeError) => void;
}

/**
 * The global flags become `--set` overrides after the user's own, in buildx's order (commands/bake.go runBake): push,
 * load, call, no-cache, pull, sbom, provenance. `--push`/`--load` are `*.push=true`/`*.load=true`, which adjust the
 * outputs (overrides.ts setPush/setLoad): cacheonly and local outputs are kept.
 */
export function overridesFor(
  opts: Pick<BakeRunOptions, 'set' | 'push' | 'load' | 'call' | 'noCache' | 'pull' | 'sbom' | 'provenance'>,
): string[] {
  const set = [...opts.set];
  if (opts.push) set.push('*.push=true');
  if (opts.load) set.push('*.load=true');
  const call = callName(opts.call);
  if (call) set.push(`*.call=${call}`);
  if (opts.noCache) set.push('*.no-cache=true');
  if (opts.pull) set.push('*.pull=true');
  if (opts.sbom) set.push(`*.attest=${canonicalAttest('sbom', opts.sbom)}`);
  if (opts.provenance) set.push(`*.attest=${canonicalAttest('provenance', opts.provenance)}`);
  return set;
}

/** buildx CanonicalizeAttest: a Go bool becomes `disabled=<!v>`, anything else is the attributes verbatim. */
export function canonicalAttest(type: 'sbom' | 'provenance', value: string): string {
  const b = parseGoBool(value);
  if (b !== undefined) return `type=${type},disabled=${!b}`;
  return `type=${type},${value}`;
}

export function resolveDefinition(opts: BakeRunOptions): Promise<BakeDefinition> {
  return resolveBakeAsync(
    {
      files: opts.files,
      targets: opts.targets,
      set: overridesFor(opts),
      vars: opts.vars,
      boundSecretIds: opts.secrets?.map((s) => s.id),
      // a signal during a long resolution (a hostile definition) stops it between steps (bake/steps.ts)
      signal: opts.signal,
      cwd: opts.cwd,
      env: opts.env,
      onWarning: opts.onBakeWarning,
      remoteDefinition: opts.remoteDefinition,
      cmdContext: opts.cmdContext,
    },
    opts.sourceFiles,
  );
}

/** Target specs in a stable order, each target once (with the copies a remote definition's targets build from). */
export function targetSpecs(def: BakeDefinition, cwd: string): TargetSpec[] {
  return Object.entries(def.target).map(([name, t]) => fromBakeTarget(name, t, cwd, def.definitionCopies?.[name]));
}

/**
 * Refuses (EntitlementError, naming every target, attribute and `--allow` value) a definition whose targets ask for
 * what neither `opts.allow` nor the run's own overrides (`opts.set`, `--push`, …) grant: host networking, insecure
 * execution, devices, the SSH agent, files outside the working directory, deleting output files. Workflow secrets
 * (`opts.secrets`) are not the definition's and are not checked.
 */
export function checkDefinitionEntitlements(
  definition: BakeDefinition,
  opts: Pick<
    BakeRunOptions,
    'cwd' | 'set' | 'allow' | 'push' | 'load' | 'call' | 'noCache' | 'pull' | 'sbom' | 'provenance' | 'warm'
  >,
): void {
  let specs = targetSpecs(definition, opts.cwd);
  if (opts.warm) specs = specs.map((s) => ({ ...s, outputs: [] })); // cache warming exports nothing but the cache
  assertEntitled(specs, { allow: opts.allow ?? [], cwd: opts.cwd, set: overridesFor(opts) });
}

/**
 * Walks the local directories the definition's targets use: their identities name the sessions that serve them
 * (session-ids.ts). On Linux GNU find lists them in child processes, beside the main thread; elsewhere trees up to
 * 50,000 entries in all are walked in process, larger ones on a worker thread (fsutil/identity.ts says why). The
 * shells call it as soon as the definition has resolved; runBake does if they did not. Checks the entitlements first
 * (checkDefinitionEntitlements): nothing outside the working directory is walked unless allowed. `early`: the working
 * directory's listing, started before resolution (early-identity.ts), taken if it is one of the directories.
 */
export async function identifyLocalDirs(
  definition: BakeDefinition,
  opts: Pick<
    BakeRunOptions,
    'cwd' | 'env' | 'set' | 'allow' | 'push' | 'load' | 'call' | 'noCache' | 'pull' | 'sbom' | 'provenance' | 'warm'
  >,
  early?: EarlyListing,
): Promise<DirIdentities> {
  try {
    checkDefinitionEntitlements(definition, opts);
  } catch (err) {
    early?.stop();
    throw err;
  }
  const [{ identifyDirectories }, { contextReuseEnabled }, { restoreMaglev }] = await Promise.all([
    import('../../buildkit/fsutil/identity.js'),
    import('./session-ids.js'),
    import('../../buildkit/grpc/optimizing-compiler.js'),
  ]);
  if (!contextReuseEnabled(opts.env)) {
    early?.stop();
    return new Map();
  }
  // a large directory to send or compare is JS-heavy from its first STAT: Maglev back before its code runs hot
  return identifyDirectories([...new Set(targetSpecs(definition, opts.cwd).flatMap(localDirCandidates))], {
    onLargeTree: restoreMaglev,
    early,
  });
}

/** `definition`: an already resolved definition (the shells resolve first to size their rendering); `dirIdentities`:
 * from identifyLocalDirs. */
export async function runBake(
  opts: BakeRunOptions,
  definition?: BakeDefinition,
  dirIdentities?: DirIdentities,
): Promise<RunResult & { definition: BakeDefinition; publish?: PublishReport }> {
  // the run's build warnings, for the metadata (buildx collects them from the progress it displays)
  const warnings: VertexWarning[] = [];
  if (warningsWanted(opts)) {
    const onEvent = opts.onEvent;
    opts = {
      ...opts,
      onEvent: (ev) => {
        if (ev.type === 'status' && ev.message.warnings?.length) warnings.push(...ev.message.warnings);
        onEvent?.(ev);
      },
    };
  }
  const resolved = definition ?? (await resolveDefinition(opts));
  // Before anything connects, a refused definition stops here; identifyLocalDirs checks when it is called from here.
  if (dirIdentities) checkDefinitionEntitlements(resolved, opts);
  else dirIdentities = await identifyLocalDirs(resolved, opts);
  let specs = runTargetSpecs(resolved, opts);
  refuseDefaultPolicy(specs, opts.env);
  // all-or-nothing: every tagged push becomes a push by digest now, and is tagged after the run if every target built
  const publishing = opts.publish === 'all-or-nothing' && !opts.warm ? await import('../images/publish.js') : undefined;
  const held = publishing?.deferPushes(specs);
  if (held) specs = held.specs;
  const finish = async (
    result: RunResult,
  ): Promise<RunResult & { definition: BakeDefinition; publish?: PublishReport }> => {
    const published =
      publishing && held
        ? await publishing.publishDeferred(held.deferred, result, {
            env: opts.env,
            signal: opts.signal,
            onEvent: opts.onEvent,
          })
        : result;
    const distinct = warnings.length ? (await import('./metadata-warnings.js')).metadataWarnings(warnings) : [];
    const done = { ...published, ...(distinct.length ? { metadataWarnings: distinct } : {}) };
    writeMetadataFile(opts, metadataFileContent(done));
    return { ...done, definition: resolved };
  };
  // The gha pre-flight's round trips overlap loading the build code and connecting (cache/run.ts); whatever of it
  // is still running when the run ends is stopped then.
  const preflightEnd = new AbortController();
  const { startGhaPreflight } = await import('../cache/run.js');
  const ghaPreflight = startGhaPreflight(specs, {
    cache: opts.cache ?? 'auto',
    env: opts.env,
    githubToken: opts.githubToken,
    signal: preflightEnd.signal,
  });
  try {
    // The build machinery (gRPC, protobuf, sessions; for several nodes also the registry client) and even endpoint
    // parsing are imported here, not at the top: resolving a definition (--print, the action's first
    // pass, a bad bake file) never needs them, and every run pays for what it loads at start-up
    // (docs/benchmarks.md, "Start-up").
    const [{ builderNodes }, { defaultEndpoint, parseEndpoint }] = await Promise.all([
      import('../nodes/node-spec.js'),
      import('../../buildkit/transport/endpoint.js'),
    ]);
    const multi = builderNodes({ builder: opts.builder, nodes: opts.nodes, tls: opts.tls, env: opts.env });
    if (multi) {
      const { runOnBuilderNodes } = await import('../nodes/nodes.js');
      const { nodes, builderName } = multi;
      if (opts.cacheMounts && opts.cacheMounts.mode !== 'off')
        opts.onEvent?.({
          type: 'warning',
          message: 'cache mounts are not persisted on builders with several nodes yet: nothing is restored or saved',
        });
      const result = await runOnBuilderNodes(specs, nodes, {
        ...policies(opts),
        cwd: opts.cwd,
        env: opts.env,
        signal: opts.signal,
        onEvent: opts.onEvent,
        builderName,
        cache: opts.cache ?? 'auto',
        warm: opts.warm,
        githubToken: opts.githubToken,
        dirIdentities,
        ghaPreflight,
        metadataProvenance: provenanceMode(opts),
      });
      return finish(result);
    }
    const endpoint = opts.builder
      ? parseEndpoint(opts.builder, opts.tls, { env: opts.env })
      : defaultEndpoint(opts.env);
    const [{ connect }, { runBuild }] = await Promise.all([
      import('../../buildkit/transport/connect.js'),
      import('./run.js'),
    ]);
    const connection = await connect(endpoint, { signal: opts.signal });
    try {
      // cache mounts: restored on this connection before the build, saved after it (never failing the build)
      const mounts =
        opts.cacheMounts && opts.cacheMounts.mode !== 'off'
          ? new (await import('../cache-mounts/run.js')).CacheMountsRun(specs, opts.cacheMounts, {
              connection,
              env: opts.env,
              signal: opts.signal,
              onEvent: opts.onEvent,
            })
          : undefined;
      await mounts?.restore();
      const built = await runBuild(specs, {
        ...policies(opts),
        connection,
        cwd: opts.cwd,
        env: opts.env,
        signal: opts.signal,
        onEvent: opts.onEvent,
        cache: opts.cache ?? 'auto',
        warm: opts.warm,
        githubToken: opts.githubToken,
        dirIdentities,
        ghaPreflight,
        metadataProvenance: provenanceMode(opts),
      });
      const result = mounts ? { ...built, cacheMounts: await mounts.save(built.targets) } : built;
      return await finish(result);
    } finally {
      await connection.close();
    }
  } finally {
    preflightEnd.abort();
  }
}

function warningsWanted(opts: BakeRunOptions): boolean {
  if (callName(opts.call)) return false;
  if (opts.metadataWarnings !== undefined) return opts.metadataWarnings;
  return !!opts.metadataFile && metadataWarningsEnabled(opts.env.BUILDX_METADATA_WARNINGS);
}

function provenanceMode(opts: BakeRunOptions): MetadataProvenanceMode {
  if (opts.metadataProvenance) return opts.metadataProvenance;
  return opts.metadataFile ? metadataProvenanceMode(opts.env.BUILDX_METADATA_PROVENANCE) : 'disabled';
}

function policies(opts: Pick<BakeRunOptions, 'execution' | 'maxParallelism'>): {
  execution?: ExecutionPolicy;
  maxParallelism?: number;
} {
  return {
    ...(opts.execution ? { execution: opts.execution } : {}),
    ...(opts.maxParallelism ? { maxParallelism: opts.maxParallelism } : {}),
  };
}

/** What buildx writes to `--metadata-file` (and bake-action outputs as `metadata`): an entry per target, and the run's
 * warnings as `buildx.build.warnings` when they were asked for and there are some. */
export function metadataFileContent(result: Pick<RunResult, 'metadata' | 'metadataWarnings'>): Record<string, unknown> {
  return result.metadataWarnings
    ? { ...result.metadata, 'buildx.build.warnings': result.metadataWarnings }
    : result.metadata;
}

export function writeMetadataFile(
  opts: Pick<BakeRunOptions, 'cwd' | 'metadataFile'>,
  metadata: Record<string, unknown>,
): void {
  if (!opts.metadataFile) return;
  const file = path.resolve(opts.cwd, opts.metadataFile);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(metadata, null, 2) + '\n');
}

/**
 * The definition's targets with the run's secrets bound: the workflow's to every target (bindSecrets), a remote
 * definition's own credentials (`gitAuthSecrets`) only to the builds whose context is a remote URL on its host, as
 * buildx binds them (bake/gitauth.go shouldAttachGitAuthSecrets).
 */
export function runTargetSpecs(
  definition: BakeDefinition,
  opts: Pick<BakeRunOptions, 'cwd' | 'secrets' | 'remoteDefinition' | 'gitAuthSecrets'>,
): TargetSpec[] {
  const specs = bindSecrets(targetSpecs(definition, opts.cwd), opts.secrets ?? []);
  const url = opts.remoteDefinition;
  const auth = opts.gitAuthSecrets ?? [];
  if (!url || auth.length === 0) return specs;
  const isRemote = (c: string) => REMOTE_CONTEXT.test(c);
  return specs.map((s) => (sharesGitHost(url, s.context, isRemote) ? bindSecrets([s], auth)[0] : s));
}

/**
 * Workflow secrets are added to every target, never replacing what the bake file says (docker/bake-action#285):
 * a target that declares the id with its own source keeps it; one that declares only the id gets the
 * workflow's value.
 */
export function bindSecrets(specs: TargetSpec[], secrets: SecretEntry[]): TargetSpec[] {
  return specs.map((spec) => {
    const own = [...spec.secrets];
    for (const s of secrets) {
      const i = own.findIndex((o) => o.id === s.id);
      if (i < 0) own.push(s);
      else if (!own[i].src && !own[i].env && own[i].value === undefined) own[i] = s;
    }
    return { ...spec, secrets: own };
  });
}
