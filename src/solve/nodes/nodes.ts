/**
 * Builders with several nodes: a buildx builder with appended nodes, or a list of endpoints with their platforms.
 * As buildx does (build/build.go, driver resolution), each requested platform goes to one node; a target whose
 * platforms land on several nodes is built once per node, each node pushing its part by digest, and the parts are
 * merged into one index under the target's names through the registry API (merge.ts). A target that lands on one
 * node is built there as usual.
 *
 * Choosing a node for a platform: nodes created for that platform first, then nodes whose workers build it, then
 * (emulation) the first node. Among equal candidates the node with fewer platforms so far wins, so a builder whose
 * nodes all build every platform still spreads the work.
 */
import { BuildkitClient } from '../../buildkit/client.js';
import { RegistryClient, formatReference, parseReference } from '../../buildkit/registry/index.js';
import { connect, type BuildkitConnection } from '../../buildkit/transport/connect.js';
import { describeEndpoint } from '../../buildkit/transport/endpoint.js';
import type { BuildEvent, EventSink } from '../run/events.js';
import {
  credentialsFromEnv,
  indexAnnotationsFrom,
  mergeImages,
  parsePlatform,
  type ImageSource,
} from '../images/merge.js';
import { formatPlatform, normalizePlatform } from '../images/platform.js';
import { annotationAttrs } from '../target/attribute-values.js';
import { repoOnly } from '../images/publish.js';
import { runBuild, type RunOptions, type RunResult, type TargetOutcome } from '../run/run.js';
import { TargetFailedError } from '../run/target-errors.js';
import type { AttrEntry, TargetSpec } from '../target/spec.js';
import { workerPlatforms } from '../images/features.js';
import { NodeError, type BuildNode } from './node-spec.js';

export { builderNodes, NodeError, parseNodeSpec, type BuildNode } from './node-spec.js';
/** `repo:tag` names → their repositories (buildx toRepoOnly): where each node pushes its part by digest. */
export { repoOnly } from '../images/publish.js';

/** Normalised `os/arch[/variant]` for comparisons. */
export function platformKey(p: string): string {
  return formatPlatform(normalizePlatform(parsePlatform(p)));
}

/**
 * Which node builds which of `platforms`. `supported[i]` are node i's worker platforms. Returns, per node index that
 * got anything, its platforms (in the order requested). No platforms at all: the first node, with none.
 */
export function assignPlatforms(
  platforms: string[],
  nodes: Array<{ platforms: string[]; supported: string[] }>,
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!nodes.length) throw new NodeError('no nodes to build on');
  if (!platforms.length) {
    out.set(0, []);
    return out;
  }
  const configured = nodes.map((n) => new Set(n.platforms.map(platformKey)));
  const supported = nodes.map((n, i) => new Set([...n.supported.map(platformKey), ...configured[i]]));
  const candidates = platforms.map((p) => {
    const k = platformKey(p);
    const byConfig = nodes.map((_, i) => i).filter((i) => configured[i].has(k));
    if (byConfig.length) return byConfig;
    const bySupport = nodes.map((_, i) => i).filter((i) => supported[i].has(k));
    return bySupport.length ? bySupport : [0];
  });
  const load = nodes.map(() => 0);
  const chosen = new Array<number>(platforms.length);
  const order = platforms.map((_, i) => i).sort((a, b) => candidates[a].length - candidates[b].length || a - b);
  for (const i of order) {
    let best = candidates[i][0];
    for (const c of candidates[i]) if (load[c] < load[best]) best = c;
    chosen[i] = best;
    load[best]++;
  }
  platforms.forEach((p, i) => {
    if (!out.has(chosen[i])) out.set(chosen[i], []);
    out.get(chosen[i])!.push(p);
  });
  return new Map([...out].sort(([a], [b]) => a - b));
}

interface SplitTarget {
  /** original names the merged index is pushed to */
  names: string[];
  insecure: boolean;
  annotationAttrs: Record<string, string>;
}

/** A target built on several nodes: its outputs become pushes by digest; anything else cannot be merged. */
function splitOutputs(spec: TargetSpec): { outputs: AttrEntry[]; split?: SplitTarget } {
  const outputs: AttrEntry[] = [];
  let split: SplitTarget | undefined;
  for (const o of spec.outputs) {
    if (o.type === 'cacheonly') {
      outputs.push(o);
      continue;
    }
    const isPush = (o.type === 'image' && o.push === 'true') || o.type === 'registry';
    if (!isPush) {
      throw new NodeError(
        `target "${spec.name}": its platforms are built on several nodes, which can only be merged for pushed images ` +
          `(type=image,push=true / type=registry); output type=${o.type} is not supported there (build it on one node)`,
      );
    }
    if (split) throw new NodeError(`target "${spec.name}": several pushed image outputs cannot be merged across nodes`);
    const names = (o.name ? o.name.split(',') : spec.tags).map((n) => n.trim()).filter(Boolean);
    if (!names.length) throw new NodeError(`target "${spec.name}": pushes but has no name: set tags or name=`);
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(o)) if (k !== 'type') attrs[k] = v;
    split = {
      names,
      insecure: o['registry.insecure'] === 'true',
      annotationAttrs: { ...annotationAttrs(spec.annotations), ...attrs },
    };
    outputs.push({ ...o, type: 'image', push: 'true', name: repoOnly(names).join(','), 'push-by-digest': 'true' });
  }
  return { outputs, split };
}

/** Every target `name` depends on through `target:` contexts (transitively). */
function producersOf(name: string, byName: Map<string, TargetSpec>, seen = new Set<string>()): Set<string> {
  const spec = byName.get(name);
  for (const v of Object.values(spec?.contexts ?? {})) {
    if (!v.startsWith('target:')) continue;
    const p = v.slice('target:'.length);
    if (seen.has(p)) continue;
    seen.add(p);
    producersOf(p, byName, seen);
  }
  return seen;
}

export interface NodeRunOptions extends Omit<RunOptions, 'connection' | 'nodeName'> {
  /** connections in node order (the caller opens and closes them) */
  connections: BuildkitConnection[];
  nodes: BuildNode[];
}

export async function connectNodes(nodes: BuildNode[], signal?: AbortSignal): Promise<BuildkitConnection[]> {
  const settled = await Promise.allSettled(nodes.map((n) => connect(n.endpoint, { signal })));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.close() : Promise.resolve())));
    throw failed.reason;
  }
  return settled.map((s) => (s as PromiseFulfilledResult<BuildkitConnection>).value);
}

/** Runs the targets over several nodes and merges what was split. */
export async function runOnNodes(specs: TargetSpec[], opts: NodeRunOptions): Promise<RunResult> {
  const { nodes, connections } = opts;
  const emit: EventSink = opts.onEvent ?? (() => {});
  const supported = await Promise.all(
    connections.map((c) =>
      new BuildkitClient(c)
        .listWorkers(opts.signal)
        .then(workerPlatforms)
        .catch(() => [] as string[]),
    ),
  );
  const byName = new Map(specs.map((s) => [s.name, s]));
  const perNode: TargetSpec[][] = nodes.map(() => []);
  const splits = new Map<string, SplitTarget>();
  const placements = new Map<string, number[]>();
  for (const spec of specs) {
    const assignment = assignPlatforms(
      spec.platforms,
      nodes.map((n, i) => ({ platforms: n.platforms, supported: supported[i] })),
    );
    placements.set(spec.name, [...assignment.keys()]);
    if (assignment.size === 1) {
      const [i, platforms] = [...assignment][0];
      perNode[i].push({ ...spec, platforms: platforms.length ? platforms : spec.platforms });
      continue;
    }
    // cache warming exports nothing but cache: nothing to merge
    const { outputs, split } = opts.warm ? { outputs: [], split: undefined } : splitOutputs(spec);
    if (split) splits.set(spec.name, split);
    for (const [i, platforms] of assignment)
      perNode[i].push({ ...spec, platforms, outputs, tags: split ? [] : spec.tags });
  }
  // A consumer needs its producers on its own node: add a copy there that only feeds it (no outputs).
  const helpers = nodes.map(() => new Set<string>());
  for (let i = 0; i < nodes.length; i++) {
    const here = new Map(perNode[i].map((s) => [s.name, s]));
    for (const spec of [...perNode[i]]) {
      for (const p of producersOf(spec.name, byName)) {
        const existing = here.get(p);
        if (existing) {
          const covered = new Set(existing.platforms.map(platformKey));
          if (spec.platforms.some((pl) => !covered.has(platformKey(pl)))) {
            throw new NodeError(
              `target "${spec.name}" uses target:${p} as a context, but they are split differently across the nodes; give them the same platforms`,
            );
          }
          continue;
        }
        const copy: TargetSpec = { ...byName.get(p)!, platforms: spec.platforms, outputs: [], tags: [] };
        perNode[i].push(copy);
        here.set(p, copy);
        helpers[i].add(p);
      }
    }
  }

  for (let i = 0; i < nodes.length; i++) {
    for (const spec of perNode[i]) {
      if (helpers[i].has(spec.name) || (placements.get(spec.name)?.length ?? 0) < 2) continue;
      emit({
        type: 'info',
        target: spec.name,
        message: `building ${spec.platforms.join(',')} on node ${nodes[i].name} (${describeEndpoint(nodes[i].endpoint)})`,
      });
    }
  }
  const abort = new AbortController();
  const onOuterAbort = () => abort.abort(opts.signal?.reason ?? new Error('cancelled'));
  if (opts.signal?.aborted) onOuterAbort();
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const builder = opts.builderName ?? 'bakekit-nodes';
  let results: Array<RunResult | undefined>;
  try {
    results = await Promise.all(
      nodes.map((node, i) => {
        if (!perNode[i].length) return Promise.resolve(undefined);
        return runBuild(perNode[i], {
          ...opts,
          connection: connections[i],
          builderName: builder,
          nodeName: node.name,
          signal: abort.signal,
          onEvent: (ev: BuildEvent) => {
            // fail fast on every node; keep-going: each node's run stops only what consumes the failed target
            if (ev.type === 'target-failed' && (opts.execution ?? 'fail-fast') === 'fail-fast') abort.abort(ev.error);
            // a producer copied onto this node only to feed a consumer: its progress shows, its success does not
            if ((ev.type === 'target-done' || ev.type === 'target-start') && helpers[i].has(ev.target)) return;
            // a split target is done once every node's part is merged (emitted below)
            if (ev.type === 'target-done' && splits.has(ev.target)) return;
            emit(ev);
          },
        });
      }),
    );
  } finally {
    opts.signal?.removeEventListener('abort', onOuterAbort);
  }

  const outcomes: TargetOutcome[] = [];
  const metadata: RunResult['metadata'] = {};
  for (const spec of specs) {
    const parts: Array<{ node: number; outcome: TargetOutcome; md?: Record<string, unknown> }> = [];
    for (const i of placements.get(spec.name)!) {
      const r = results[i];
      const outcome = r?.targets.find((t) => t.target === spec.name);
      if (outcome) parts.push({ node: i, outcome, md: r!.metadata[spec.name] });
    }
    // a copy that only fed a consumer on another node counts when it failed
    const helperFailure = results
      .map((r, i) =>
        helpers[i].has(spec.name) ? r?.targets.find((t) => t.target === spec.name && t.status === 'failed') : undefined,
      )
      .find(Boolean);
    const failed =
      parts.find((p) => p.outcome.status === 'failed') ?? (helperFailure ? { outcome: helperFailure } : undefined);
    const cancelled = parts.find((p) => p.outcome.status === 'cancelled');
    const merged: TargetOutcome = {
      target: spec.name,
      status: failed ? 'failed' : cancelled ? 'cancelled' : 'done',
      ref: parts[0]?.outcome.ref ?? '',
      durationMs: Math.max(0, ...parts.map((p) => p.outcome.durationMs)),
      exporterResponse: parts.length === 1 ? parts[0].outcome.exporterResponse : {},
      // a call (check, outline, targets) runs once per target, on the node that has its platform
      call: parts.length === 1 ? parts[0].outcome.call : undefined,
      error: failed?.outcome.error,
      transferred: sumTransfers(parts.map((p) => p.outcome.transferred)),
    };
    if (merged.status === 'cancelled' && cancelled) {
      const { reason, cancelledBy } = cancelled.outcome;
      Object.assign(merged, { reason, cancelledBy, skipped: parts.every((p) => p.outcome.skipped === true) });
    }
    if (merged.status === 'done') {
      if (parts.length === 1) {
        if (parts[0].md) metadata[spec.name] = parts[0].md;
      } else {
        const split = splits.get(spec.name);
        // buildx keeps the first node's response (build.go: resp[k] = res[0]): its build ref and its provenance
        const first = Object.fromEntries(
          Object.entries(parts[0].md ?? {}).filter(
            ([k]) => k === 'buildx.build.ref' || k.startsWith('buildx.build.provenance'),
          ),
        );
        if (split) {
          try {
            const result = await mergeParts(spec.name, parts, split, opts, emit);
            metadata[spec.name] = { ...result, ...first };
            merged.exporterResponse = Object.fromEntries(
              Object.entries(result).map(([k, v]) => [
                k,
                typeof v === 'string' ? v : Buffer.from(JSON.stringify(v)).toString('base64'),
              ]),
            );
            emit({
              type: 'target-done',
              target: spec.name,
              durationMs: merged.durationMs,
              exporterResponse: merged.exporterResponse,
            });
          } catch (err) {
            merged.status = 'failed';
            merged.error = new TargetFailedError(spec.name, err as Error);
            emit({ type: 'target-failed', target: spec.name, durationMs: merged.durationMs, error: merged.error });
          }
        } else if (Object.keys(first).length) {
          metadata[spec.name] = first;
        }
      }
    }
    outcomes.push(merged);
  }
  return {
    ok: outcomes.every((o) => o.status === 'done'),
    targets: outcomes,
    dirs: results.flatMap((r) => r?.dirs ?? []),
    metadata,
  };
}

function sumTransfers(list: TargetOutcome['transferred'][]): TargetOutcome['transferred'] {
  const out: TargetOutcome['transferred'] = {};
  for (const t of list) {
    for (const [k, v] of Object.entries(t)) {
      const o = (out[k] ??= { requests: 0, filesSent: 0, bytesSent: 0 });
      o.requests += v.requests;
      o.filesSent += v.filesSent;
      o.bytesSent += v.bytesSent;
    }
  }
  return out;
}

async function mergeParts(
  target: string,
  parts: Array<{ node: number; md?: Record<string, unknown> }>,
  split: SplitTarget,
  opts: NodeRunOptions,
  emit: EventSink,
): Promise<Record<string, unknown>> {
  const repo = parseReference(repoOnly(split.names)[0]);
  const sources: ImageSource[] = parts.map((p) => {
    const digest = p.md?.['containerimage.digest'];
    if (typeof digest !== 'string')
      throw new NodeError(
        `node ${opts.nodes[p.node].name} (${describeEndpoint(opts.nodes[p.node].endpoint)}) returned no image digest for target "${target}"`,
      );
    const desc = p.md?.['containerimage.descriptor'] as ImageSource['descriptor'] | undefined;
    return {
      ref: { domain: repo.domain, path: repo.path, digest },
      descriptor: desc && typeof desc === 'object' ? desc : undefined,
    };
  });
  const insecureHosts = split.insecure ? split.names.map((n) => parseReference(n).domain) : [];
  const client = new RegistryClient({ insecureHosts, signal: opts.signal, ...credentialsFromEnv(opts.env) });
  emit({
    type: 'info',
    target,
    message: `merging manifest list ${split.names.join(',')} from ${sources.map((s) => formatReference(s.ref)).join(', ')}`,
  });
  const result = await mergeImages(client, sources, split.names, indexAnnotationsFrom(split.annotationAttrs));
  return result.metadata;
}

/** Connects to every node, runs, and closes the connections. */
export async function runOnBuilderNodes(
  specs: TargetSpec[],
  nodes: BuildNode[],
  opts: Omit<NodeRunOptions, 'nodes' | 'connections'>,
): Promise<RunResult> {
  const connections = await connectNodes(nodes, opts.signal);
  try {
    return await runOnNodes(specs, { ...opts, nodes, connections });
  } finally {
    await Promise.all(connections.map((c) => c.close().catch(() => {})));
  }
}
