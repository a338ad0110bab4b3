/**
 * Dependency graphs of bake targets linked through `target:` contexts, enumerated exhaustively for the
 * lifetime model checker.
 *
 * An edge [producer, consumer] means the consumer uses the producer's result as a named context, i.e.
 * the producer is one of the consumer's parents in LifetimeMachine terms.
 */

export type Edge = readonly [producer: string, consumer: string];

export interface TargetGraph {
  readonly targets: readonly string[];
  readonly edges: readonly Edge[];
}

/** Target names by index: short, so counterexample traces stay readable. */
export const TARGET_NAMES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** The graph in the form LifetimeMachine takes: each target mapped to the targets it consumes. */
export function consumesMap(graph: TargetGraph): Map<string, string[]> {
  const map = new Map<string, string[]>(graph.targets.map((t) => [t, []]));
  for (const [producer, consumer] of graph.edges) map.get(consumer)!.push(producer);
  return map;
}

interface Relations {
  parents: Map<string, string[]>;
  children: Map<string, string[]>;
  descendants: Map<string, Set<string>>;
  ancestors: Map<string, Set<string>>;
}
/** The checks ask these for every state explored; graphs are immutable, so compute them once per graph. */
const relationsCache = new WeakMap<TargetGraph, Relations>();

function reachable(start: string, step: (t: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...step(start)];
  while (queue.length) {
    const x = queue.shift()!;
    if (seen.has(x)) continue;
    seen.add(x);
    queue.push(...step(x));
  }
  return seen;
}

function relations(graph: TargetGraph): Relations {
  let r = relationsCache.get(graph);
  if (!r) {
    const parents = new Map(graph.targets.map((t) => [t, graph.edges.filter(([, c]) => c === t).map(([p]) => p)]));
    const children = new Map(graph.targets.map((t) => [t, graph.edges.filter(([p]) => p === t).map(([, c]) => c)]));
    r = {
      parents,
      children,
      descendants: new Map(graph.targets.map((t) => [t, reachable(t, (x) => children.get(x)!)])),
      ancestors: new Map(graph.targets.map((t) => [t, reachable(t, (x) => parents.get(x)!)])),
    };
    relationsCache.set(graph, r);
  }
  return r;
}

export function parentsOf(graph: TargetGraph, t: string): readonly string[] {
  return relations(graph).parents.get(t)!;
}

export function childrenOf(graph: TargetGraph, t: string): readonly string[] {
  return relations(graph).children.get(t)!;
}

/** Every target reachable from t along producer → consumer edges (t itself only on a cycle). */
export function descendantsOf(graph: TargetGraph, t: string): ReadonlySet<string> {
  return relations(graph).descendants.get(t)!;
}

export function ancestorsOf(graph: TargetGraph, t: string): ReadonlySet<string> {
  return relations(graph).ancestors.get(t)!;
}

export function isAcyclic(graph: TargetGraph): boolean {
  return graph.targets.every((t) => !descendantsOf(graph, t).has(t));
}

export function describeGraph(graph: TargetGraph): string {
  const edges = graph.edges.map(([p, c]) => `${p}->${c}`).join(' ');
  return `{${graph.targets.join(',')}}${edges ? ' ' + edges : ''}`;
}

/**
 * Every DAG on n labelled targets: all subsets of the n·(n-1) ordered pairs, keeping the acyclic ones.
 * The counts are OEIS A003024 (1, 3, 25, 543 for n = 1..4). Targets are inserted into the machine's map in
 * label order, so here consumers are often listed before their producers — a case the index-ordered
 * family below never produces.
 */
export function labelledDags(n: number): TargetGraph[] {
  const targets = TARGET_NAMES.slice(0, n);
  const pairs: Edge[] = [];
  for (const p of targets) for (const c of targets) if (p !== c) pairs.push([p, c]);
  const dags: TargetGraph[] = [];
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const edges = pairs.filter((_, i) => mask & (1 << i));
    const graph = { targets, edges };
    if (isAcyclic(graph)) dags.push(graph);
  }
  return dags;
}

/**
 * Every DAG whose edges go from a lower to a higher index: 2^(n·(n-1)/2) graphs (1, 2, 8, 64 for n = 1..4).
 * Every DAG has a topological order, so relabelling along it gives one of these: the family covers every
 * DAG up to isomorphism (the test checks that against the labelled family).
 */
export function indexOrderedDags(n: number): TargetGraph[] {
  const targets = TARGET_NAMES.slice(0, n);
  const pairs: Edge[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([targets[i], targets[j]]);
  const dags: TargetGraph[] = [];
  for (let mask = 0; mask < 1 << pairs.length; mask++)
    dags.push({ targets, edges: pairs.filter((_, i) => mask & (1 << i)) });
  return dags;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}

/** A label-independent key: the smallest edge listing over all relabellings (fine for n ≤ 4: 24 of them). */
export function isomorphismKey(graph: TargetGraph): string {
  let best: string | undefined;
  for (const perm of permutations(graph.targets.map((_, i) => i))) {
    const index = new Map(graph.targets.map((t, i) => [t, perm[i]]));
    const key = graph.edges
      .map(([p, c]) => `${index.get(p)}${index.get(c)}`)
      .sort()
      .join(',');
    if (best === undefined || key < best) best = key;
  }
  return `${graph.targets.length}:${best}`;
}

/** The shapes the issue names, on 3 or 4 targets, for membership checks. */
export const NAMED_SHAPES: Record<string, TargetGraph> = {
  chain: {
    targets: ['A', 'B', 'C', 'D'],
    edges: [
      ['A', 'B'],
      ['B', 'C'],
      ['C', 'D'],
    ],
  },
  diamond: {
    targets: ['A', 'B', 'C', 'D'],
    edges: [
      ['A', 'B'],
      ['A', 'C'],
      ['B', 'D'],
      ['C', 'D'],
    ],
  },
  'fan-out': {
    targets: ['A', 'B', 'C', 'D'],
    edges: [
      ['A', 'B'],
      ['A', 'C'],
      ['A', 'D'],
    ],
  },
  'fan-in': {
    targets: ['A', 'B', 'C', 'D'],
    edges: [
      ['A', 'D'],
      ['B', 'D'],
      ['C', 'D'],
    ],
  },
};

/**
 * The first graph of each isomorphism class, in the order given. The exhaustive checks with failures run on these: the
 * rule only looks at the shape (names are just keys), and all 543 labelled 4-target DAGs with failures would be ~14
 * times the states for no new shape. Labels and map order are still covered by the failure-free check on every
 * labelled DAG, and taking the first labelled representative of each class means consumers are often listed in the
 * graph before their producers.
 */
export function onePerIsomorphismClass(graphs: readonly TargetGraph[]): TargetGraph[] {
  const byClass = new Map<string, TargetGraph>();
  for (const g of graphs) if (!byClass.has(isomorphismKey(g))) byClass.set(isomorphismKey(g), g);
  return [...byClass.values()];
}
