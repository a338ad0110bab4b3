/**
 * The `target:` graph of a resolved bake definition, as the matrix needs it: who produces what, who consumes what,
 * layers (a target's layer is one more than its deepest producer's, so layer N can be built once layers < N are),
 * the producers a target pulls in, and everything downstream of a set of targets. Bake resolution already refused
 * cycles and links to unknown targets (bake/index.ts targetDependencies throws for both), so every walk here ends.
 */
import { targetDependencies, type BakeDefinition } from '../../bake/index.js';

export interface TargetGraph {
  /** target → the targets it consumes through `target:NAME` contexts (sorted by context name, each once) */
  readonly producers: ReadonlyMap<string, readonly string[]>;
  /** target → the targets that consume it (sorted) */
  readonly consumers: ReadonlyMap<string, readonly string[]>;
}

export function targetGraph(def: BakeDefinition): TargetGraph {
  const producers = targetDependencies(def);
  const consumers = new Map<string, string[]>([...producers.keys()].map((n) => [n, []]));
  for (const [name, deps] of producers) for (const dep of deps) consumers.get(dep)!.push(name);
  for (const list of consumers.values()) list.sort(compareNames);
  return { producers, consumers };
}

/**
 * Layers over `names` only (the targets a matrix lists): layer 0 holds those consuming none of `names`, layer N
 * those whose deepest producer among `names` is in layer N−1. A producer outside `names` (an unchanged one in
 * `changed` mode) does not count: the consumer's job builds it as a chained solve. Links through a target outside
 * `names` still order the two ends (a → b → c with only a and c listed: c comes after a). Names sorted within a layer;
 * no layer is empty.
 */
export function layersOf(graph: TargetGraph, names: Iterable<string>): string[][] {
  const listed = new Set(names);
  const depth = new Map<string, number>();
  // memoised longest path to a listed producer; `graph` is acyclic (see the header)
  const layerOf = (name: string): number => {
    const known = depth.get(name);
    if (known !== undefined) return known;
    let layer = 0;
    for (const dep of graph.producers.get(name) ?? []) {
      const below = listedBelow(dep);
      if (below >= 0) layer = Math.max(layer, below + 1);
    }
    depth.set(name, layer);
    return layer;
  };
  // the layer of `name` when it is listed, else of its deepest listed producer, else -1
  const through = new Map<string, number>();
  const listedBelow = (name: string): number => {
    if (listed.has(name)) return layerOf(name);
    const known = through.get(name);
    if (known !== undefined) return known;
    let best = -1;
    for (const dep of graph.producers.get(name) ?? []) best = Math.max(best, listedBelow(dep));
    through.set(name, best);
    return best;
  };
  const layers: string[][] = [];
  for (const name of [...listed].sort(compareNames)) {
    const n = layerOf(name);
    while (layers.length <= n) layers.push([]);
    layers[n].push(name);
  }
  return layers;
}

/** Every target `name` consumes, directly or through other producers: producers before their consumers (by layer of
 * the whole graph, then name), `name` itself not included. */
export function producersOf(graph: TargetGraph, name: string): string[] {
  const seen = new Set<string>();
  const visit = (n: string) => {
    for (const dep of graph.producers.get(n) ?? []) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      visit(dep);
    }
  };
  visit(name);
  return layersOf(graph, seen).flat();
}

/** `seeds` and every target that consumes one of them, directly or through other consumers. */
export function downstreamOf(graph: TargetGraph, seeds: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const visit = (n: string) => {
    if (out.has(n)) return;
    out.add(n);
    for (const c of graph.consumers.get(n) ?? []) visit(c);
  };
  for (const s of seeds) visit(s);
  return out;
}

/** Byte order, as bake sorts target names (`--print`). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
