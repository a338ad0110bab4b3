/**
 * Runs a set of targets on one daemon. Every target is a client-side (gateway) build: an outer
 * Control.Solve that exports, and a dockerfile.v0 solve inside it through LLBBridge. Targets linked by
 * `target:` contexts pass their lazy results to each other as frontend inputs, and the LifetimeMachine
 * decides when each may solve, evaluate and be released (see lifetime.ts for why). Every target's session starts at
 * the beginning of the run, and so does the outer Solve of a target that consumes nothing; a consumer's outer Solve
 * starts once its producers published, so that its attributes name their results as buildx's do (consumersStaggered:
 * when its session starts).
 *
 * Sessions: every local directory of the run is served by ONE directory session, shared by all targets that
 * use it and named to the frontend with `local-sessionid:NAME` attributes. Identical local sources then become
 * one vertex on the daemon and the directory crosses the wire once; a per-target session would not do, since
 * the daemon's cached copy of a directory cannot be reused while another live build holds it. A target with
 * something of its own to serve has its own session for it: secrets and exporter output (the daemon's FileSend
 * calls carry only an exporter index, not a build id, so targets' exports could not be told apart on a shared
 * session), with registry auth and the target's directories, for frontends older than `local-sessionid`
 * (BuildKit < v0.16). A target without either whose sources are all in one directory uses that directory's
 * session as its main session (servedByDirSession; dir-sessions.ts).
 *
 * A target that does not finish is cancelled (the run, or the LifetimeMachine because a target failed: the execution
 * policy says which) or failed, with the error target-errors.ts picks from what happened. With a parallelism bound a
 * target also starts its build only once it holds a slot (its solve gate), so that waiting builds take nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BuildkitClient, randomId, type GatewayClient } from '../../buildkit/client.js';
import type { Result as GatewayResult } from '../../buildkit/proto/gateway.pb.js';
import { codeOf, encodeStatus, messageOf } from '../../buildkit/grpc/errors.js';
import { Code } from '../../buildkit/grpc/status.js';
import { Session } from '../../buildkit/session/session.js';
import { FileSync } from '../../buildkit/session/filesync.js';
import { FileSend, type FileSendTarget } from '../../buildkit/session/filesend.js';
import { SecretStore, loadSecrets } from '../../buildkit/session/secrets.js';
import { SshForwarder, resolveSshSources, type SshSource } from '../../buildkit/session/ssh.js';
import { ContentStoreService } from '../../buildkit/session/content-store.js';
import { DockerConfigCredentials, dockerConfigDir } from '../../buildkit/dockerconfig/index.js';
import { DockerAuthProvider } from '../../buildkit/session/auth.js';
import type { BuildkitConnection } from '../../buildkit/transport/connect.js';
import { abortable } from './abortable.js';
import { dirSessionsFor, openDirSessions, servedByDirSession, type DirSession } from './dir-sessions.js';
import { LifetimeMachine, type ExecutionPolicy, type TargetCancelledError } from './lifetime.js';
import { consumersStaggered, linkInputs, refsOf } from './links.js';
import {
  failureToReport,
  SessionLostError,
  stoppedByRun,
  TargetFailedError,
  TargetStoppedError,
} from './target-errors.js';
import { PlanError, planTarget, sharedKeyFor, type SolvePlan } from '../target/plan.js';
import { callFallbackOpt, callFrontendOpt, type CallSpec } from '../call/call.js';
import { updateIndexes } from '../target/content-stores.js';
import { readSourcePolicy } from '../target/source-policy.js';
import { GitInfoCache } from '../target/git-info.js';
import type { TargetSpec } from '../target/spec.js';
import type { EventSink } from './events.js';
import { decodeExporterResponse } from './metadata.js';
import { recordProvenance, type MetadataProvenanceMode } from './metadata-provenance.js';
import { dockerfileInRemoteContext } from '../target/context-kind.js';
import { probeOutputs, loadEngine } from '../images/features.js';
import { engineLoadStream } from '../images/docker-load.js';
import { explainExportError, exporterResponseForMetadata } from '../images/exporter-errors.js';
import type { CacheMode, WarmTargetReport } from '../cache/gha.js';
import type { TargetCacheReport } from '../cache/monitor.js';
import { CacheRun, type EarlyGhaPreflight } from '../cache/run.js';
import { contextReuseEnabled } from './session-ids.js';
import type { DirIdentities } from '../../buildkit/fsutil/identity.js';
import type { PublishReport } from '../images/publish.js';
import type { CacheMountReport } from '../cache-mounts/types.js';

export interface RunOptions {
  connection: BuildkitConnection;
  cwd: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  onEvent?: EventSink;
  /** builder name used in `buildx.build.ref` metadata */
  builderName?: string;
  /** node name used in `buildx.build.ref` metadata (default: `<builder>0`, or `default` for the Engine) */
  nodeName?: string;
  /** `auto`: inside GitHub Actions, targets without cache entries get the gha cache (cache/gha.ts). Default here: off
   * (runBake, the CLI and the action default to auto). `type=gha` entries are completed from `env` either way. */
  cache?: CacheMode;
  /** cache warming: build every target with no exporters, export its cache, report which were already warm */
  warm?: boolean;
  /** the action's `github-token`, for `ghtoken` on gha cache exports (cache/gha.ts) */
  githubToken?: string;
  /** identities of local directories being computed already (runBake starts them early: identifyDirectories); any
   * directory missing here is identified when its session is made */
  dirIdentities?: DirIdentities;
  /** the gha pre-flight runBake started before connecting (cache/run.ts startGhaPreflight) */
  ghaPreflight?: EarlyGhaPreflight;
  /** fail-fast (default): the first failure stops every other target; keep-going: only the targets that consume it
   * (lifetime.ts) */
  execution?: ExecutionPolicy;
  /** at most this many targets working at once (default: no bound) */
  maxParallelism?: number;
  /** `buildx.build.provenance` in the metadata, read from each build's record (metadata-provenance.ts); default
   * `disabled`, as buildx when no metadata file is asked for */
  metadataProvenance?: MetadataProvenanceMode;
}

export type TargetStatus = 'done' | 'failed' | 'cancelled';

export interface TargetOutcome {
  target: string;
  status: TargetStatus;
  ref: string;
  durationMs: number;
  exporterResponse: Record<string, string>;
  error?: Error;
  /** a cancelled target: why, in words */
  reason?: string;
  /** a cancelled target: the failed target that stopped it (a producer of it; under fail-fast any target) */
  cancelledBy?: string;
  /** a cancelled target that never started building (it waited for its producers, or for a slot) */
  skipped?: boolean;
  /** bytes of file content sent per local dir-name (from the session's FileSync) */
  transferred: Record<string, { requests: number; filesSent: number; bytesSent: number }>;
  /** build steps cached, cache imports/exports and their errors (targets with cache entries, or warm mode) */
  cache?: TargetCacheReport;
  /** a target with a `call` (call.ts): the method and its result metadata (`result.json`, `result.txt`,
   * `result.statuscode`, `version`) with the exporter response, as strings (buildx's ExporterResponse for a call) */
  call?: { spec: CallSpec; response: Record<string, string> };
}

export interface DirTransfer {
  path: string;
  /** dir-names targets use for it (`context`, `dockerfile`, named contexts) */
  names: string[];
  stats: Record<string, { requests: number; filesSent: number; bytesSent: number }>;
  /** whether its session's id came from the directory's state (session-ids.ts), so that an unchanged directory could
   * be found on the daemon without a transfer */
  stableSessionId: boolean;
}

export interface RunResult {
  ok: boolean;
  targets: TargetOutcome[];
  /** what each shared directory session sent */
  dirs: DirTransfer[];
  /** buildx `--metadata-file` content: an entry per target */
  metadata: Record<string, Record<string, unknown>>;
  /** the run's distinct build warnings in buildx's metadata form (`buildx.build.warnings`; runBake adds them when asked
   * for: metadata-warnings.ts) */
  metadataWarnings?: Array<Record<string, unknown>>;
  /** warm mode: per target, already warm or built */
  warm?: WarmTargetReport[];
  /** `publish: all-or-nothing`: what was tagged, or why nothing was (runBake adds it after the run) */
  publish?: PublishReport;
  /** `cacheMounts`: what became of each cache mount the targets declare (runBake adds it after the run) */
  cacheMounts?: CacheMountReport[];
}

export async function runBuild(specs: TargetSpec[], opts: RunOptions): Promise<RunResult> {
  const cacheRun = new CacheRun(opts);
  const emit: EventSink = cacheRun.tap(opts.onEvent ?? (() => {}));
  const client = new BuildkitClient(opts.connection);
  const dockerEngine = opts.connection.endpoint.kind === 'docker';
  const byName = new Map(specs.map((s) => [s.name, s]));
  const plans = new Map<string, SolvePlan>();
  const tempDirs: string[] = [];
  let dirSessions = new Map<string, DirSession>();
  const sessionCloses: Array<Promise<void>> = [];
  try {
    // What image outputs need from the daemon (default provenance, Engine image store) is asked before planning.
    // buildx tells the daemon which git checkout a local context is in (git-info.ts); git runs while we probe
    const gitInfo = new GitInfoCache(opts.env);
    for (const s of specs) if (path.isAbsolute(s.context)) void gitInfo.read(s.context);
    const [{ planOptions }, sourcePolicy] = await Promise.all([
      probeOutputs(specs, client, { dockerEngine, env: opts.env, signal: opts.signal }),
      readSourcePolicy(opts.env),
      cacheRun.prepare(specs, client, opts.connection, opts.signal),
    ]);
    if (sourcePolicy) planOptions.sourcePolicy = sourcePolicy;
    for (const s of specs) {
      const plan = planTarget(s, { ...planOptions, ...cacheRun.planOptions, cwd: opts.cwd });
      tempDirs.push(...plan.tempDirs);
      for (const producer of Object.values(plan.linkedContexts)) {
        if (!byName.has(producer))
          throw new Error(`target "${s.name}" uses context target:${producer}, which is not part of this build`);
      }
      plans.set(s.name, plan);
    }
    await Promise.all(
      specs.map(async (s) => {
        const plan = plans.get(s.name)!;
        Object.assign(
          plan.frontendAttrs,
          await gitInfo.attributes(plan.localDirs.context, plan.localDirs, s.dockerfile),
        );
      }),
    );
    // Secrets are read before anything starts: a missing file fails the run with nothing left behind.
    const secretValues = new Map(
      specs.map((s) => [s.name, loadSecrets(plans.get(s.name)!.secrets, { cwd: opts.cwd, env: opts.env })]),
    );
    // So are the SSH agents and key files: a missing socket or a passphrase-protected key fails the run here.
    const sshSources = new Map(specs.map((s) => [s.name, resolveSsh(s.name, plans.get(s.name)!, opts.env)]));
    // A remote context with the `<Dockerfile>.rego` current buildx applies is refused here too (remote-policy.ts,
    // loaded only for a run with a Dockerfile in a remote context)
    if (specs.some((s) => !s.policyDisabled && dockerfileInRemoteContext(s))) {
      const { refuseRemotePolicies } = await import('./remote-policy.js');
      const access = { secrets: secretValues, ssh: sshSources };
      await refuseRemotePolicies(specs, plans, access, opts.connection, opts.signal);
    }

    const graph = new Map<string, string[]>();
    for (const [name, plan] of plans) graph.set(name, [...new Set(Object.values(plan.linkedContexts))]);
    const machine = new LifetimeMachine(graph, { execution: opts.execution, maxParallelism: opts.maxParallelism });
    const published = new Map<string, GatewayResult>();
    const run = new AbortController();
    const onOuterAbort = () => run.abort(opts.signal?.reason ?? new Error('cancelled'));
    if (opts.signal?.aborted) onOuterAbort();
    opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const auth = new DockerAuthProvider(new DockerConfigCredentials(dockerConfigDir(opts.env)));
    dirSessions = await dirSessionsFor(
      [...plans.values()],
      auth,
      opts.connection.description,
      contextReuseEnabled(opts.env),
      opts.dirIdentities,
    );
    for (const plan of plans.values()) {
      for (const [name, dir] of Object.entries(plan.localDirs))
        plan.frontendAttrs[`local-sessionid:${name}`] = dirSessions.get(dir)!.session.id;
    }
    // The directory sessions open while the targets start: the daemon waits (up to 5 s) for a session a build names,
    // as it does for the Go client, which also runs its session and its Solve side by side. One that cannot open
    // stops the run; the targets already started are cancelled and the error is the run's.
    let dirFailure: Error | undefined;
    const dirsOpen = openDirSessions([...dirSessions.values()], opts.connection).catch((err: Error) => {
      dirFailure = err;
      run.abort(err);
    });
    // Their calls go out first: the daemon needs a directory session a moment after a build starts (its Dockerfile),
    // and setting one up takes round trips, which the targets' first requests would otherwise queue behind.
    await new Promise<void>((resolve) => setImmediate(resolve));
    // Warnings of the plans: the last step before the targets. The gha pre-flight's answer is waited for by each target
    // before its build can touch the cache (cacheVerdict).
    cacheRun.planned(plans.values());
    const allPlans = [...plans.values()];

    const startAfter = consumersStaggered(graph, dirsOpen);
    const mainSessionOf = (plan: SolvePlan) =>
      servedByDirSession(plan) ? dirSessions.get(Object.values(plan.localDirs)[0])!.session : undefined;
    const outcomes = await Promise.all(
      specs.map((spec) =>
        runTarget(spec.name, {
          client,
          plan: plans.get(spec.name)!,
          secrets: secretValues.get(spec.name)!,
          ssh: sshSources.get(spec.name)!,
          machine,
          published,
          run,
          emit,
          connection: opts.connection,
          auth,
          env: opts.env,
          explainFailure: (err, statusDone) =>
            cacheRun.explainFailure(spec.name, err, plans.get(spec.name)!, statusDone),
          cacheVerdict: () => cacheRun.verdict(allPlans),
          dirSessions: Object.values(plans.get(spec.name)!.localDirs).map((dir) => dirSessions.get(dir)!.session),
          mainSession: mainSessionOf(plans.get(spec.name)!),
          sessionCloses,
          startAfter: startAfter.get(spec.name),
        }).then((o) => cacheRun.finished(o, plans.get(spec.name)!)),
      ),
    );
    await dirsOpen;
    if (dirFailure) throw dirFailure;
    opts.signal?.removeEventListener('abort', onOuterAbort);
    // buildx: `<builder>/<node>/<ref>`; the Engine's implicit builder is `default` with node `default`.
    const endpoint = opts.connection.endpoint;
    const implicitEngine = endpoint.kind === 'docker' && (!endpoint.builder || endpoint.builder === 'default');
    const builder = opts.builderName ?? endpoint.builder ?? (implicitEngine ? 'default' : opts.connection.description);
    const node = opts.nodeName ?? (implicitEngine && builder === 'default' ? 'default' : `${builder}0`);
    const metadata: RunResult['metadata'] = {};
    const provenance = await provenanceOf(client, outcomes, opts.metadataProvenance ?? 'disabled', emit, opts.signal);
    for (const o of outcomes) {
      if (o.status !== 'done') continue;
      if (o.call) {
        // buildx: a call's result metadata, `result.json` embedded as JSON, and no build ref (the build is internal)
        const { 'result.json': json, ...rest } = o.call.response;
        metadata[o.target] = {
          ...decodeExporterResponse(rest),
          ...(json !== undefined ? { 'result.json': parseJsonOr(json) } : {}),
        };
        continue;
      }
      const response = exporterResponseForMetadata(o.exporterResponse, plans.get(o.target)!);
      metadata[o.target] = {
        ...decodeExporterResponse({ ...response, ...provenance.get(o.target) }),
        'buildx.build.ref': `${builder}/${node}/${o.ref}`,
      };
    }
    const dirs = [...dirSessions].map(([p, d]) => ({
      path: p,
      names: [...d.names],
      stats: d.fileSync.stats(),
      stableSessionId: d.sessionId.id !== undefined,
    }));
    const warm = cacheRun.warmReport(outcomes);
    return {
      ok: outcomes.every((o) => o.status === 'done'),
      targets: outcomes,
      dirs,
      metadata,
      ...(warm ? { warm } : {}),
    };
  } finally {
    // Every Solve has returned: the targets' own sessions (closing since their Solve returned) and the directory
    // sessions end together.
    await Promise.all([
      ...sessionCloses,
      ...[...dirSessions.values()].map((d) =>
        d.session
          .close()
          .catch(() => {})
          .finally(() => d.sessionId.release({ lingerMs: d.session.lingerMs })),
      ),
    ]);
    for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
  }
}

/**
 * Each built target's provenance entries for the metadata (buildx setRecordProvenance; a call has none). buildx fails
 * the build when it cannot read them; here the build has succeeded and its outputs are out, so a read that fails is
 * a warning and the entry is left out.
 */
async function provenanceOf(
  client: BuildkitClient,
  outcomes: TargetOutcome[],
  mode: MetadataProvenanceMode,
  emit: EventSink,
  signal?: AbortSignal,
): Promise<Map<string, Record<string, string>>> {
  const out = new Map<string, Record<string, string>>();
  if (mode === 'disabled') return out;
  await Promise.all(
    outcomes
      .filter((o) => o.status === 'done' && !o.call && o.ref)
      .map((o) =>
        recordProvenance(client, o.ref, mode, signal).then(
          (entries) => void out.set(o.target, entries),
          (err: Error) =>
            emit({
              type: 'warning',
              target: o.target,
              message: `resolving provenance for metadata file: ${err.message}`,
            }),
        ),
      ),
  );
  return out;
}

interface TargetContext {
  client: BuildkitClient;
  plan: SolvePlan;
  secrets: Map<string, Buffer>;
  /** the target's SSH agents, resolved (resolveSsh) */
  ssh: Map<string, SshSource>;
  machine: LifetimeMachine;
  published: Map<string, GatewayResult>;
  run: AbortController;
  emit: EventSink;
  connection: BuildkitConnection;
  auth: DockerAuthProvider;
  env: NodeJS.ProcessEnv;
  /** a clearer error for a failure (cache/run.ts); may wait for the target's progress to end */
  explainFailure?: (err: Error, statusDone?: Promise<void>) => Promise<Error>;
  /** settles once the gha pre-flight has answered and the entries on a failing service are dropped from the plans
   * (cache/run.ts CacheRun.verdict); the target waits for it before its first Evaluate or its Return */
  cacheVerdict?: () => Promise<void>;
  /** the shared directory sessions this target's local sources come from */
  dirSessions?: Session[];
  /** a directory session that is this target's main session too (servedByDirSession); else it opens its own */
  mainSession?: Session;
  /** open the target's session (and, for a target that consumes nothing, start its build) only once this settles
   * (consumersStaggered) */
  startAfter?: Promise<void>;
  /** where the target leaves its session's close for the caller to await (else runTarget awaits it) */
  sessionCloses?: Array<Promise<void>>;
}

async function runTarget(name: string, ctx: TargetContext): Promise<TargetOutcome> {
  const { client, plan, machine, run, emit } = ctx;
  const started = Date.now();
  // a new one when the build is started again without a failing cache (cacheVerdict below)
  let ref = randomId();
  // The target's own session (secrets, auth, exporter output, its directories for old frontends), unless a directory
  // session serves all of that (servedByDirSession).
  const own = ctx.mainSession ? undefined : ownSession(name, plan, ctx);
  const session = ctx.mainSession ?? own!.session;
  const outcome = (status: TargetStatus, extra: Partial<TargetOutcome> = {}): TargetOutcome => ({
    target: name,
    status,
    ref,
    durationMs: Date.now() - started,
    exporterResponse: {},
    transferred: own?.fileSync.stats() ?? {},
    ...extra,
  });

  // The machine stops this target when another one fails (a producer of it; under fail-fast any target).
  const stoppedByMachine = machine.signalOf(name);
  const cancelled = (reason: string, started: boolean) => {
    const stop = stoppedByMachine.aborted ? (stoppedByMachine.reason as TargetCancelledError) : undefined;
    const cause = stop?.failedTarget;
    emit({
      type: 'target-cancelled',
      target: name,
      reason,
      ...(cause ? { cause } : {}),
      ...(started ? {} : { skipped: true }),
    });
    return outcome('cancelled', {
      reason,
      ...(cause ? { cancelledBy: cause } : {}),
      ...(started ? {} : { skipped: true }),
    });
  };

  if (ctx.startAfter) await ctx.startAfter;
  if (run.signal.aborted || stoppedByMachine.aborted) {
    // cancelled before anything started
    const reason = stoppedByMachine.aborted
      ? (stoppedByMachine.reason as TargetCancelledError).reason
      : 'the build was cancelled';
    machine.cancel(name, reason);
    return cancelled(reason, false);
  }

  let gateway = client.gateway(ref);
  /** which build the settling of a Solve concerns: one superseded by a build started again no longer stops the target */
  let build = 0;
  /** the cache entries the current build was started with (their number: the verdict only drops entries) */
  let startedWith = { imports: 0, exports: 0 };
  let returned = false;
  let outerSettled = false;
  let status: { done: Promise<void>; stop: () => void } | undefined;
  let outer: Promise<Record<string, string>> | undefined;
  let passedSolveGate = false;
  const targetAbort = new AbortController();
  const onRunAbort = () => targetAbort.abort(run.signal.reason);
  const onMachineStop = () => targetAbort.abort(stoppedByMachine.reason);
  run.signal.addEventListener('abort', onRunAbort, { once: true });
  stoppedByMachine.addEventListener('abort', onMachineStop, { once: true });
  try {
    // Everything that does not need the producers starts at once, as the Go client does: the session opens while the
    // Solve and the gateway Solve are on their way (the daemon waits for a session a build names, and a gateway call
    // waits for its build to register). A consumer opens its session while its producers solve, and starts its build
    // once they published (startBuild below).
    void own?.session.run(ctx.connection).catch((err: Error) => targetAbort.abort(new TargetStoppedError(err)));
    // A session lost under a running build (its stream cut, the daemon gone) fails the target at once and by name,
    // instead of after the daemon's "no active session" wait.
    for (const s of new Set([session, ...(ctx.dirSessions ?? [])])) {
      void s.closed.then(() => {
        if (s.lostReason && !targetAbort.signal.aborted)
          targetAbort.abort(new SessionLostError(ctx.connection.description, s.lostReason));
      });
    }
    const startBuild = (attrs: Record<string, string>) => {
      const mine = build;
      startedWith = { imports: plan.cacheImports.length, exports: plan.cacheExports.length };
      // Progress is asked for with the build, not before: the daemon gives up on a Status call for a build it has not
      // seen within 6 s, and a consumer's build starts only when its producers are done.
      status = client.status(ref, (message) => emit({ type: 'status', target: name, message }));
      outer = client.solve(
        {
          Ref: ref,
          Session: session.id,
          Frontend: '',
          FrontendAttrs: attrs,
          Exporters: plan.exporters,
          Cache: { Exports: plan.cacheExports, Imports: plan.cacheImports },
          Entitlements: plan.entitlements,
          ...(plan.sourcePolicy ? { SourcePolicy: plan.sourcePolicy } : {}),
          // buildx marks a call's build internal (no build history record)
          ...(plan.call ? { Internal: true } : {}),
        },
        targetAbort.signal,
      );
      // The build ending (failed, or without the result we return) stops whatever this target still waits for.
      outer.then(
        () => {
          if (mine !== build) return;
          outerSettled = true;
          if (!returned)
            targetAbort.abort(new TargetStoppedError(new Error('the build ended before its result was returned')));
        },
        (err: Error) => {
          if (mine !== build) return;
          outerSettled = true;
          targetAbort.abort(err);
        },
      );
    };
    const linked = Object.keys(plan.linkedContexts).length > 0;
    // With a parallelism bound, a build starts only once the target holds a slot: a waiting one takes nothing.
    const startsAtGate = linked || machine.maxParallelism !== Infinity;
    if (!startsAtGate) startBuild(plan.frontendAttrs);

    // A consumer waits for its producers here. Its build starts once they published, as buildx's does
    // (waitContextDeps): the build's own attributes (what the daemon records in its build history, and reads
    // attestation requests from) then name the producers' results it consumes.
    await abortable(machine.until(name, 'solve'), targetAbort.signal);
    passedSolveGate = true;
    emit({ type: 'target-start', target: name, ref });

    /** The build's attributes and the gateway request: the plan's, with the producers' published results linked. */
    const requestOf = () => {
      const attrs = { ...plan.frontendAttrs };
      const inputs: Record<string, Buffer> = { ...plan.frontendInputs };
      for (const [contextName, producer] of Object.entries(plan.linkedContexts)) {
        const link = linkInputs(contextName, producer, ctx.published.get(producer)!);
        Object.assign(inputs, link.inputs);
        Object.assign(attrs, link.attrs);
        for (const k of link.drop) delete attrs[k];
      }
      // no CacheImports here: as with buildx, the daemon imports the build's caches (Control.Solve) and the frontend
      // learns of them from its `cache-imports` attribute. A call asks the frontend for its method in this request only.
      const request = {
        Frontend: plan.frontend,
        FrontendOpt: plan.call ? callFrontendOpt(plan.call, attrs) : attrs,
        FrontendInputs: inputs,
      };
      return { attrs, request };
    };
    const solveFrontend = (request: ReturnType<typeof requestOf>['request']) =>
      gatewaySolve(gateway, request, targetAbort.signal).catch(async (err: Error) => {
        // buildx: a frontend that does not answer the call is asked again through one that does; its error if that fails
        const fallback =
          plan.call && !targetAbort.signal.aborted ? callFallbackOpt(err, request.FrontendOpt) : undefined;
        if (!fallback) throw err;
        return gatewaySolve(gateway, { ...request, FrontendOpt: fallback }, targetAbort.signal).catch(() => {
          throw err;
        });
      });
    let { attrs, request } = requestOf();
    if (startsAtGate) startBuild(attrs);
    let result = (await solveFrontend(request)).result ?? {};
    ctx.published.set(name, result);
    machine.published(name);

    // Nothing so far has read or written the cache (a frontend's Solve is lazy): the gha pre-flight's answer is waited
    // for here, before the Evaluate or Return that would. A build started with an entry the pre-flight found failing
    // is handed back cancelled and started again without it (a new build, the same requests as buildx's without that
    // entry); its definition is the same, so consumers that linked it need nothing again.
    if (ctx.cacheVerdict) {
      await abortable(ctx.cacheVerdict(), targetAbort.signal);
      if (plan.cacheImports.length !== startedWith.imports || plan.cacheExports.length !== startedWith.exports) {
        const [oldGateway, oldOuter, oldStatus] = [gateway, outer!, status!];
        build++;
        await handBack(
          oldGateway,
          oldOuter,
          encodeStatus(new Error('started again without the failing cache'), Code.CANCELLED),
        );
        await abortable(
          oldOuter.then(
            () => {},
            () => {},
          ),
          targetAbort.signal,
        );
        // its progress ends with it; what is left of it is not waited for
        const timer = setTimeout(() => oldStatus.stop(), 3000).unref();
        void oldStatus.done.finally(() => clearTimeout(timer));
        ref = randomId();
        gateway = client.gateway(ref);
        ({ attrs, request } = requestOf());
        startBuild(attrs);
        result = (await solveFrontend(request)).result ?? {};
        ctx.published.set(name, result);
      }
    }
    const callMetadata = plan.call ? metadataStrings(result.metadata) : undefined;

    await abortable(machine.until(name, 'evaluate'), targetAbort.signal);
    if (machine.isLinked(name)) {
      // Every platform at once, failing fast: a sequential walk let children reach a platform's shared
      // vertices before this target had loaded them under its own job (buildx #3543).
      const each = new AbortController();
      const onAbort = () => each.abort(targetAbort.signal.reason);
      targetAbort.signal.addEventListener('abort', onAbort, { once: true });
      try {
        await Promise.all(
          refsOf(result).map((r) =>
            gateway.evaluate(r.id, each.signal).catch((err: unknown) => {
              each.abort(err);
              throw err;
            }),
          ),
        );
      } finally {
        targetAbort.signal.removeEventListener('abort', onAbort);
      }
    }
    machine.evaluated(name);
    await abortable(machine.until(name, 'release'), targetAbort.signal);
    machine.completed(name);
    // stopped between its release gate opening and here: it neither returns nor exports
    if (machine.phaseOf(name) !== 'completed') throw machine.stopOf(name) ?? new Error('cancelled');
    returned = true;
    await gateway.return({ result }, targetAbort.signal);
    const response = await outer!;
    machine.finished(name);
    // local cache exports and layout outputs: their index.json, as the Go client updates it after the solve
    if (plan.contentStores)
      for (const message of updateIndexes(plan.contentStores, response))
        emit({ type: 'warning', target: name, message });
    emit({ type: 'target-done', target: name, durationMs: Date.now() - started, exporterResponse: response });
    return outcome('done', {
      exporterResponse: response,
      ...(plan.call ? { call: { spec: plan.call, response: { ...response, ...callMetadata } } } : {}),
    });
  } catch (err) {
    const error = err as Error;
    // Stopped because another target failed (the machine), or the run was cancelled: this target is cancelled, not
    // failed. Told to the machine at once, so that it stops whatever the execution policy says.
    const stop = stoppedByMachine.aborted ? (stoppedByMachine.reason as TargetCancelledError) : undefined;
    const isCancelled = stop !== undefined || stoppedByRun(error, run.signal);
    if (isCancelled) machine.cancel(name, stop?.reason ?? error.message);
    else machine.failed(name, error.message);
    if (outer && !returned && !outerSettled) {
      // The build is still open (its solve failed, or it was cancelled, maybe while waiting for its producers).
      returned = true;
      // The Return's status: the daemon's own when it sent one (its details survive), CANCELLED for a target the run stopped.
      await handBack(gateway, outer, encodeStatus(err, isCancelled ? Code.CANCELLED : Code.UNKNOWN));
    }
    // The outer Solve's own error, once the build has ended.
    const solveError =
      outer &&
      (await outer.then(
        () => undefined,
        (e: Error) => e,
      ));
    if (isCancelled) return cancelled(stop?.reason ?? error.message, passedSolveGate);
    const report = failureToReport({
      target: name,
      daemon: ctx.connection.description,
      error,
      solveError,
      run: run.signal,
      stopReason: targetAbort.signal.reason,
      clientRefusal: own?.fileSend?.refusal(),
    });
    let cause = explainExportError(report, plan, ctx.auth, dockerConfigDir(ctx.env));
    if (ctx.explainFailure) cause = await ctx.explainFailure(cause, status?.done);
    const failure = new TargetFailedError(name, cause);
    emit({ type: 'target-failed', target: name, durationMs: Date.now() - started, error: failure });
    return outcome('failed', { error: failure });
  } finally {
    run.signal.removeEventListener('abort', onRunAbort);
    stoppedByMachine.removeEventListener('abort', onMachineStop);
    if (status) {
      // Progress ends by itself once the job is done; give it a moment, then stop listening.
      const timer = setTimeout(() => status!.stop(), 3000);
      await status.done;
      clearTimeout(timer);
    }
    // The Solve has returned: the session may go. runBuild waits for it with the directory sessions.
    if (own) {
      const closed = own.session.close().catch(() => {});
      if (ctx.sessionCloses) ctx.sessionCloses.push(closed);
      else await closed;
    }
  }
}

/**
 * The target's own session. FileSync only when the plan has local directories, as the Go client attaches its provider
 * only for directories to sync (client/solve.go): a build whose context and Dockerfile are both remote offers none.
 */
export function ownSession(
  name: string,
  plan: SolvePlan,
  ctx: Pick<TargetContext, 'secrets' | 'ssh' | 'auth' | 'emit' | 'env'>,
): { session: Session; fileSync: FileSync; fileSend?: FileSend } {
  const fileSync = new FileSync(plan.localDirs);
  const session = new Session({
    name,
    sharedKey: plan.localDirs.context ? sharedKeyFor(plan.localDirs.context) : randomId(),
  });
  if (Object.keys(plan.localDirs).length) session.attach(fileSync);
  session.attach(new SecretStore(ctx.secrets)).attach(new SshForwarder(ctx.ssh)).attach(ctx.auth);
  const sends = plan.destinations.map((d): FileSendTarget | undefined => {
    if (d.mode === 'none' || d.mode === 'store') return undefined;
    // type=docker without dest: the archive streams into the Engine's image store
    if (d.mode === 'load') return { mode: 'writable', open: () => engineLoadStream(loadEngine(d.context, ctx.env)) };
    return d;
  });
  const fileSend = sends.some(Boolean)
    ? new FileSend(sends, (message) => ctx.emit({ type: 'warning', target: name, message }))
    : undefined;
  if (fileSend) session.attach(fileSend);
  if (plan.contentStores && Object.keys(plan.contentStores.stores).length)
    session.attach(new ContentStoreService(plan.contentStores.stores));
  return { session, fileSync, fileSend };
}

/** The agents behind a target's `ssh` entries; fails (PlanError) for one that cannot be served (ssh.ts). */
function resolveSsh(name: string, plan: SolvePlan, env: NodeJS.ProcessEnv): Map<string, SshSource> {
  try {
    return resolveSshSources(plan.ssh, env);
  } catch (err) {
    throw new PlanError(name, (err as Error).message);
  }
}

/** A gateway result's metadata as strings (buildx copies a call's result metadata into its exporter response so). */
function metadataStrings(metadata: Record<string, Buffer> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(metadata ?? {})) out[k] = Buffer.from(v).toString('utf8');
  return out;
}

/**
 * Hands an open build back failed, with `error` as its Return's status, so that it ends now. Bounded by the build
 * itself (`outer`, its Solve): once that has ended there is nobody to answer the Return.
 */
async function handBack(gw: GatewayClient, outer: Promise<unknown>, error: Buffer): Promise<void> {
  const ended = new AbortController();
  const stop = () => ended.abort();
  outer.then(stop, stop);
  await gw.return({ error }, ended.signal).catch(() => {});
}

/**
 * The gateway Solve, sent without a Ping first: the daemon holds a gateway call for a build it has not registered yet
 * (up to 3 s), and the Ping's answer (capabilities) is not used. Should the daemon give up first ("no such job", a
 * daemon too busy to register the build in time), Ping until the build answers and try once more.
 */
async function gatewaySolve(
  gw: GatewayClient,
  req: Parameters<GatewayClient['solve']>[0],
  signal: AbortSignal,
): Promise<{ result?: GatewayResult }> {
  try {
    return await gw.solve(req, signal);
  } catch (err) {
    if (signal.aborted || codeOf(err) !== Code.NOT_FOUND || !/no such job/.test(messageOf(err))) throw err;
    await gw.ping(signal);
    return gw.solve(req, signal);
  }
}

function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
