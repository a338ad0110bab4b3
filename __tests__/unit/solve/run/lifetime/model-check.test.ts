/**
 * The lifetime state machine checked exhaustively.
 *
 * For every dependency graph of up to 4 linked targets, every interleaving of the targets' runner steps
 * (gate opens / published / evaluated / completed / failed, see explore.ts) is driven through the real
 * LifetimeMachine, and at every step the §4.7 properties are checked (invariants.ts): no producer is released
 * before all its consumers — and theirs — have evaluated, a failure cancels everything downstream and
 * nothing else, and no reachable state is a deadlock. A seeded random driver then runs the same graphs
 * through the promise API run.ts uses, and broken variants of the rule show that the checks can fail.
 */
import { describe, expect, it } from 'vitest';
import { LifetimeMachine } from '../../../../../src/solve/run/lifetime.js';
import { driveRandomly } from './async-driver.js';
import {
  EvaluatesAfterItsConsumers,
  EvaluatesBeforeItsProducers,
  ForgetsFailures,
  KeepsCancelledTargetsWaiting,
  NeverWakesWaiters,
  ReleasesOnceConsumersEvaluated,
  ReleasesOnceConsumersPublished,
  ReleasesWithoutWaitingForConsumers,
} from './broken-machines.js';
import { Counterexample, exploreAllInterleavings, type ExploreStats, type MachineFactory } from './explore.js';
import { describeGraph, indexOrderedDags, isomorphismKey, labelledDags, NAMED_SHAPES, type TargetGraph } from './graphs.js';
import type { LifetimeViolation } from './invariants.js';

const SIZES = [1, 2, 3, 4];
const LABELLED = SIZES.map(labelledDags);
const INDEX_ORDERED = SIZES.map(indexOrderedDags);

/**
 * The exhaustive check with failures runs on one graph per isomorphism class: the rule only looks at the
 * shape (names are just keys), and all 543 labelled 4-target DAGs with failures would be ~14 times the states
 * for no new shape. Labels and map order are still covered: the failure-free check below runs on every labelled
 * DAG, and taking the first labelled representative of each class means consumers are often listed in the
 * graph before their producers.
 */
const ONE_PER_CLASS: TargetGraph[] = (() => {
  const byClass = new Map<string, TargetGraph>();
  for (const g of LABELLED.flat()) if (!byClass.has(isomorphismKey(g))) byClass.set(isomorphismKey(g), g);
  return [...byClass.values()];
})();

function sum(all: ExploreStats[]): ExploreStats {
  return all.reduce((a, s) => ({
    states: a.states + s.states,
    transitions: a.transitions + s.transitions,
    quiescentStates: a.quiescentStates + s.quiescentStates,
    terminalStates: a.terminalStates + s.terminalStates,
    interleavings: a.interleavings + s.interleavings,
    cancellingFailures: a.cancellingFailures + s.cancellingFailures,
    lateReports: a.lateReports + s.lateReports,
  }));
}

function violationOf(run: () => unknown): LifetimeViolation {
  try {
    run();
  } catch (err) {
    if (err instanceof Counterexample) return err.violation;
    throw err;
  }
  throw new Error('the checker accepted a broken lifetime rule');
}

const broken =
  (Machine: new (graph: ReadonlyMap<string, readonly string[]>) => LifetimeMachine): MachineFactory =>
  (consumes) =>
    new Machine(consumes);

describe('the graphs under test', () => {
  it('are every DAG on 1..4 labelled targets: 1, 3, 25, 543 of them (OEIS A003024)', () => {
    expect(LABELLED.map((gs) => gs.length)).toEqual([1, 3, 25, 543]);
  });

  it('fall into 1, 2, 6, 31 isomorphism classes (OEIS A003087), which the index-ordered 1, 2, 8, 64 also cover', () => {
    const classes = (gs: TargetGraph[]) => new Set(gs.map(isomorphismKey));
    expect(INDEX_ORDERED.map((gs) => gs.length)).toEqual([1, 2, 8, 64]);
    expect(LABELLED.map((gs) => classes(gs).size)).toEqual([1, 2, 6, 31]);
    for (let i = 0; i < SIZES.length; i++) expect(classes(INDEX_ORDERED[i])).toEqual(classes(LABELLED[i]));
    expect(ONE_PER_CLASS).toHaveLength(40);
  });

  it('include a chain, a diamond, a fan-out and a fan-in', () => {
    const explored = new Set(ONE_PER_CLASS.map(isomorphismKey));
    for (const shape of Object.values(NAMED_SHAPES)) expect(explored.has(isomorphismKey(shape)), describeGraph(shape)).toBe(true);
  });

  it('list consumers before their producers in some graphs, so the machine is not handed a topological order', () => {
    const consumerFirst = (g: TargetGraph) => g.edges.some(([p, c]) => g.targets.indexOf(c) < g.targets.indexOf(p));
    expect(ONE_PER_CLASS.filter(consumerFirst).length).toBeGreaterThan(10);
  });
});

describe('every interleaving, exhaustively', () => {
  it('holds on every graph shape of up to 4 targets, with failures injected at every point, any number of times', () => {
    const started = performance.now();
    const perGraph = ONE_PER_CLASS.map((g) => ({ graph: g, stats: exploreAllInterleavings(g) }));
    const total = sum(perGraph.map((r) => r.stats));
    const shapes = Object.entries(NAMED_SHAPES).map(([name, shape]) => {
      const { stats } = perGraph.find((r) => isomorphismKey(r.graph) === isomorphismKey(shape))!;
      return `${name} ${stats.states} states`;
    });
    console.log(
      `lifetime model check: ${perGraph.length} graphs, ${total.states} states, ${total.transitions} transitions, ` +
        `${total.quiescentStates} quiescent states checked for deadlock, ${total.interleavings} interleavings, ` +
        `${total.cancellingFailures} cancelling failures, ${total.lateReports} late reports ` +
        `(${shapes.join(', ')}) in ${Math.round(performance.now() - started)} ms`,
    );
    // Lower bounds, well under the ~45k states and ~1.5e15 interleavings this model has, so an explorer that
    // silently stops early (or a model that loses a step) fails here.
    expect(total.states).toBeGreaterThan(40_000);
    expect(total.transitions).toBeGreaterThan(140_000);
    expect(total.interleavings).toBeGreaterThan(10n ** 15n);
    expect(total.cancellingFailures).toBeGreaterThan(5_000);
    expect(total.lateReports).toBeGreaterThan(1_000);
    for (const { graph, stats } of perGraph) expect(stats.quiescentStates, describeGraph(graph)).toBeGreaterThan(0);
  });

  it('holds on every labelled DAG of up to 4 targets without failures, whatever the labels and map order', () => {
    const all = LABELLED.flat().map((g) => exploreAllInterleavings(g, { maxFailures: 0 }));
    const total = sum(all);
    console.log(`failure-free: ${all.length} labelled graphs, ${total.states} states, ${total.interleavings} interleavings`);
    expect(all).toHaveLength(572);
    expect(total.states).toBeGreaterThan(40_000);
    // Without failures the only end is everybody completed.
    expect(total.cancellingFailures).toBe(0);
  });

  it('explores 4 independent targets completely: each runner has 7 positions, so 7^4 states', () => {
    const independent = LABELLED[3].find((g) => g.edges.length === 0)!;
    const stats = exploreAllInterleavings(independent, { maxFailures: 0 });
    expect(stats.states).toBe(7 ** 4);
    // 4 runners of 6 steps each, interleaved freely: 24! / (6!)^4.
    expect(stats.interleavings).toBe(2_308_743_493_056n);
  });
});

describe('through the promise API, with a seeded random scheduler', () => {
  // Several seeds per graph at each failure rate: none (everything must complete), occasional, and heavy
  // (most runs then have failures in several places, like a fail-fast abort).
  const FAILURE_RATES = [0, 0.1, 0.35];
  const SEEDS_PER_RATE = 2;

  it('every labelled DAG of up to 4 targets ends with every target completed, failed or cancelled', async () => {
    const started = performance.now();
    let runs = 0;
    let decisions = 0;
    let failures = 0;
    let cancelled = 0;
    for (const [g, graph] of LABELLED.flat().entries()) {
      for (const [r, failureRate] of FAILURE_RATES.entries()) {
        for (let s = 0; s < SEEDS_PER_RATE; s++) {
          // A distinct seed per run, so a failure message's seed replays exactly that run.
          const seed = (g * FAILURE_RATES.length + r) * SEEDS_PER_RATE + s + 1;
          const result = await driveRandomly(graph, { seed, failureRate });
          runs++;
          decisions += result.decisions;
          failures += result.failuresInjected;
          cancelled += [...result.outcomes.values()].filter((o) => o === 'cancelled').length;
          if (failureRate === 0) expect([...result.outcomes.values()].every((o) => o === 'done')).toBe(true);
        }
      }
    }
    console.log(
      `async driver: ${runs} runs, ${decisions} scheduling decisions, ${failures} injected failures, ` +
        `${cancelled} runners ended by a rejected until() in ${Math.round(performance.now() - started)} ms`,
    );
    expect(runs).toBe(572 * FAILURE_RATES.length * SEEDS_PER_RATE);
    expect(failures).toBeGreaterThan(500);
    expect(cancelled).toBeGreaterThan(100);
  });
});

describe('the checker catches broken rules', () => {
  const { chain, diamond } = NAMED_SHAPES;

  const link: TargetGraph = { targets: ['A', 'B'], edges: [['A', 'B']] };

  it('a producer released as soon as it evaluated (before #2108)', () => {
    const v = violationOf(() => exploreAllInterleavings(chain, { makeMachine: broken(ReleasesWithoutWaitingForConsumers) }));
    expect(v.rule).toBe('released-before-descendants-evaluated');
  });

  it('a producer released once its consumers published but before they evaluated (#2108 as first landed)', () => {
    const v = violationOf(() => exploreAllInterleavings(chain, { makeMachine: broken(ReleasesOnceConsumersPublished) }));
    expect(v.rule).toBe('released-before-descendants-evaluated');
  });

  it('a producer released once its consumers evaluated: the race moves one link down a chain', () => {
    // On a single link this variant keeps the §4.7 invariant and breaks only the machine's own rule 3 ...
    const onLink = violationOf(() => exploreAllInterleavings(link, { makeMachine: broken(ReleasesOnceConsumersEvaluated) }));
    expect(onLink.rule).toBe('released-before-consumers-completed');
    // ... but on a chain the grandparent can go away before the grandchild evaluated.
    const onChain = violationOf(() => exploreAllInterleavings(chain, { makeMachine: broken(ReleasesOnceConsumersEvaluated) }));
    expect(onChain.rule).toBe('released-before-descendants-evaluated');
  });

  it('a consumer evaluating before its producer (#3543)', () => {
    const v = violationOf(() => exploreAllInterleavings(diamond, { makeMachine: broken(EvaluatesBeforeItsProducers) }));
    expect(v.rule).toBe('evaluated-before-parents-evaluated');
  });

  it('a producer that waits for its consumers to evaluate deadlocks', () => {
    const v = violationOf(() => exploreAllInterleavings(chain, { makeMachine: broken(EvaluatesAfterItsConsumers) }));
    expect(v.rule).toBe('deadlock');
  });

  it('a forgotten failure', () => {
    const v = violationOf(() => exploreAllInterleavings(diamond, { makeMachine: broken(ForgetsFailures) }));
    expect(v.rule).toBe('failure-not-recorded');
  });

  it('a cancelled target whose gates never reject', () => {
    const v = violationOf(() => exploreAllInterleavings(chain, { makeMachine: broken(KeepsCancelledTargetsWaiting) }));
    expect(v.rule).toBe('cancelled-gate-not-rejected');
  });

  it('a cyclic graph, which bake rejects before the machine sees it ("infinite loop from …"), deadlocks', () => {
    // The machine's no-deadlock argument is induction over a DAG; this is its precondition, made visible.
    const cycle: TargetGraph = { targets: ['A', 'B'], edges: [['A', 'B'], ['B', 'A']] };
    expect(violationOf(() => exploreAllInterleavings(cycle)).rule).toBe('deadlock');
  });

  it('reports the steps that lead to the violation', () => {
    let message = '';
    try {
      exploreAllInterleavings(link, { makeMachine: broken(ReleasesWithoutWaitingForConsumers) });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('released-before-descendants-evaluated');
    expect(message).toContain('A: completed');
    expect(message).toMatch(/A: published[\s\S]*B: published[\s\S]*A: evaluated/);
  });

  it('the async driver catches a release race too', async () => {
    await expect(driveRandomly(chain, { seed: 1, failureRate: 0, makeMachine: broken(ReleasesWithoutWaitingForConsumers) })).rejects.toThrow(
      /released-before-descendants-evaluated/,
    );
  });

  it('waiters never woken: invisible to isOpen, caught as a deadlock through until()', async () => {
    expect(exploreAllInterleavings(chain, { makeMachine: broken(NeverWakesWaiters) }).states).toBeGreaterThan(0);
    await expect(driveRandomly(chain, { seed: 1, failureRate: 0, makeMachine: broken(NeverWakesWaiters) })).rejects.toThrow(/deadlock/);
  });
});
