/**
 * How targets linked by `target:` contexts meet (run.ts runs them): the frontend inputs and attributes that hand a
 * producer's lazy result to a consumer (as buildx's waitContextDeps does), the refs a target evaluates, and when each
 * consumer starts its session and build.
 */
import type { Result as GatewayResult } from '../../buildkit/proto/gateway.pb.js';

/** The refs of a result (one per platform for a multi-platform one): what a linked target evaluates. */
export function refsOf(result: GatewayResult): Array<{ platform?: string; id: string }> {
  if (result.ref) return result.ref.id ? [{ id: result.ref.id }] : [];
  return Object.entries(result.refs?.refs ?? {})
    .filter(([, r]) => r.id)
    .map(([platform, r]) => ({ platform, id: r.id! }));
}

/** The frontend inputs and attributes that hand a producer's lazy result to a consumer (buildx waitContextDeps). */
export function linkInputs(
  contextName: string,
  producer: string,
  result: GatewayResult,
): { inputs: Record<string, Buffer>; attrs: Record<string, string>; drop: string[] } {
  const key = `target-${producer}`;
  const inputs: Record<string, Buffer> = {};
  const attrs: Record<string, string> = {};
  const meta = result.metadata ?? {};
  const inputMetadata = (suffix: string) => {
    const m: Record<string, string> = {};
    const config = meta[`containerimage.config${suffix}`];
    const buildinfo = meta[`containerimage.buildinfo${suffix}`];
    if (config) m['containerimage.config'] = Buffer.from(config).toString('base64');
    if (buildinfo) m['containerimage.buildinfo'] = Buffer.from(buildinfo).toString('base64');
    return Object.keys(m).length ? JSON.stringify(m) : undefined;
  };
  if (result.ref) {
    inputs[key] = result.ref.def ?? Buffer.alloc(0);
    attrs[`context:${contextName}`] = `input:${key}`;
    const md = inputMetadata('');
    if (md) attrs[`input-metadata:${key}`] = md;
    return { inputs, attrs, drop: [] };
  }
  for (const [platform, ref] of Object.entries(result.refs?.refs ?? {})) {
    const k = `${key}::${platform}`;
    inputs[k] = ref.def ?? Buffer.alloc(0);
    attrs[`context:${contextName}::${platform}`] = `input:${k}`;
    const md = inputMetadata(`/${platform}`);
    if (md) attrs[`input-metadata:${k}`] = md;
  }
  // With per-platform entries the plain attribute must go, or a platform missing from the parent would
  // silently resolve the name as an image.
  return { inputs, attrs, drop: [`context:${contextName}`] };
}

/**
 * When each consumer starts: the targets that consume nothing start at once; consumers once the directory sessions are
 * up (`after`), then one per event-loop turn, by depth. Starting a target is a burst of work on this thread (its
 * requests serialised, the first of each kind after generating its codec); all at once, it would hold back the
 * producers' first requests, the sessions' set-up and the session calls the daemon makes for the producers (their
 * Dockerfile, their context), which are the critical path. Consumers have until their producers publish, and a turn
 * apart the daemon's calls are served in between.
 */
export function consumersStaggered(
  graph: ReadonlyMap<string, readonly string[]>,
  after: Promise<void>,
): Map<string, Promise<void>> {
  const depth = new Map<string, number>();
  const depthOf = (t: string, seen: Set<string> = new Set()): number => {
    const known = depth.get(t);
    if (known !== undefined) return known;
    if (seen.has(t)) return 0; // a cycle: the lifetime machine will not let it solve anyway
    seen.add(t);
    const d = Math.max(-1, ...(graph.get(t) ?? []).map((p) => depthOf(p, seen))) + 1;
    depth.set(t, d);
    return d;
  };
  const consumers = [...graph.keys()].filter((t) => depthOf(t) > 0).sort((a, b) => depthOf(a) - depthOf(b));
  const out = new Map<string, Promise<void>>();
  let turn = after;
  for (const t of consumers) {
    turn = turn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    out.set(t, turn);
  }
  return out;
}
