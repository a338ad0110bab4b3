/**
 * The lifetime state machine checked exhaustively.
 *
 * For every dependency graph of up to 4 linked targets, every interleaving of the targets' runner steps
 * (gate opens / published / evaluated / completed / finished / failed, see explore.ts) is driven through the real
 * LifetimeMachine, under both execution policies, and at every step the §4.7 properties are checked (invariants.ts):
 * no producer is released before all its consumers — and theirs — have evaluated; a failure cancels everything
 * downstream, naming the failed producer, and under keep-going nothing else (unrelated targets complete, every producer
 * is released exactly once), under fail-fast everything that has not finished; no reachable state is a deadlock. With a
 * parallelism bound of 1 and 2 the same holds, no more targets than the bound ever work at once, and no waiting target
 * holds a slot. A seeded random driver then runs the same graphs through the promise API run.ts uses, and broken
 * variants of the rules show that the checks can fail.
 */
import { describe, expect, it } from 'vitest';
import { LifetimeMachine, type ExecutionPolicy, type LifetimeOptions } from '../../../../../src/solve/run/lifetime.js';
import { driveRandomly } from './async-driver.js';
import {
  EvaluatesAfterItsConsumers,
  EvaluatesBeforeItsProducers,
  FailFastStopsOnlyConsumers,
  ForgetsFailures,
  ForgetsWhichProducerFailed,
  HoldsSlotWhileWaiting,
  IgnoresTheBound,
  KeepGoingStopsEverything,
  KeepsCancelledTargetsWaiting,
  NeverWakesWaiters,
  ReleasesOnceConsumersEvaluated,
  ReleasesOnceConsumersPublished,
  ReleasesWithoutWaitingForConsumers,
} from './broken-machines.js';
import { Counterexample, exploreAllInterleavings, sumStats, type MachineFactory } from './explore.js';
import {
  describeGraph,
  indexOrderedDags,
  isomorphismKey,
  labelledDags,
  NAMED_SHAPES,
  onePerIsomorphismClass,
  type TargetGraph,
} from './graphs.js';
import type { LifetimeViolation } from './invariants.js';

const SIZES = [1, 2, 3, 4];
const LABELLED = SIZES.map(labelledDags);
const INDEX_ORDERED = SIZES.map(indexOrderedDags);

const ONE_PER_CLASS = onePerIsomorphismClass(LABELLED.flat());
const sum = sumStats;

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
  (
    Machine: new (graph: ReadonlyMap<string, readonly string[]>, options?: LifetimeOptions) => LifetimeMachine,
  ): MachineFactory =>
  (consumes, options) =>
    new Machine(consumes, options);

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
    for (const shape of Object.values(NAMED_SHAPES))
      expect(explored.has(isomorphismKey(shape)), describeGraph(shape)).toBe(true);
  });

  it('list consumers before their producers in some graphs, so the machine is not handed a topological order', () => {
    const consumerFirst = (g: TargetGraph) => g.edges.some(([p, c]) => g.targets.indexOf(c) < g.targets.indexOf(p));
    expect(ONE_PER_CLASS.filter(consumerFirst).length).toBeGreaterThan(10);
  });
});

const POLICIES: readonly ExecutionPolicy[] = ['fail-fast', 'keep-going'];

describe('every interleaving, exhaustively', () => {
  it.each(POLICIES)(
    'holds under %s on every graph shape of up to 4 targets, with failures injected at every point, any number of times',
    (execution) => {
      const started = performance.now();
      const perGraph = ONE_PER_CLASS.map((g) => ({ graph: g, stats: exploreAllInterleavings(g, { execution }) }));
      const total = sum(perGraph.map((r) => r.stats));
      const shapes = Object.entries(NAMED_SHAPES).map(([name, shape]) => {
        const { stats } = perGraph.find((r) => isomorphismKey(r.graph) === isomorphismKey(shape))!;
        return `${name} ${stats.states} states`;
      });
      console.log(
        `lifetime model check (${execution}): ${perGraph.length} graphs, ${total.states} states, ${total.transitions} transitions, ` +
          `${total.quiescentStates} quiescent states checked for deadlock, ${total.interleavings} interleavings, ` +
          `${total.cancellingFailures} cancelling failures, ${total.lateReports} late reports, ` +
          `${total.completedBesideFailure} ends with a target built beside a failed one ` +
          `(${shapes.join(', ')}) in ${Math.round(performance.now() - started)} ms`,
      );
      // Lower bounds, well under what this model has, so an explorer that silently stops early (or a model that loses a
      // step) fails here.
      expect(total.states).toBeGreaterThan(40_000);
      expect(total.transitions).toBeGreaterThan(140_000);
      expect(total.interleavings).toBeGreaterThan(10n ** 15n);
      expect(total.cancellingFailures).toBeGreaterThan(5_000);
      expect(total.lateReports).toBeGreaterThan(1_000);
      for (const { graph, stats } of perGraph) expect(stats.quiescentStates, describeGraph(graph)).toBeGreaterThan(0);
    },
  );

  it('holds on every labelled DAG of up to 4 targets without failures, whatever the labels and map order', () => {
    const all = LABELLED.flat().map((g) => exploreAllInterleavings(g, { maxFailures: 0 }));
    const total = sum(all);
    console.log(
      `failure-free: ${all.length} labelled graphs, ${total.states} states, ${total.interleavings} interleavings`,
    );
    expect(all).toHaveLength(572);
    expect(total.states).toBeGreaterThan(40_000);
    // Without failures the only end is everybody completed.
    expect(total.cancellingFailures).toBe(0);
  });

  it('explores 4 independent targets completely: each runner has 8 positions, so 8^4 states', () => {
    const independent = LABELLED[3].find((g) => g.edges.length === 0)!;
    const stats = exploreAllInterleavings(independent, { maxFailures: 0 });
    expect(stats.states).toBe(8 ** 4);
    // 4 runners of 7 steps each (3 gates passed, 4 reports), interleaved freely: 28! / (7!)^4.
    expect(stats.interleavings).toBe(472_518_347_558_400n);
  });
});

describe('through the promise API, with a seeded random scheduler', () => {
  // Several seeds per graph at each failure rate: none (everything must complete), occasional, and heavy
  // (most runs then have failures in several places).
  const FAILURE_RATES = [0, 0.1, 0.35];
  const SEEDS_PER_RATE = 2;
  // the policies and the bound through the promise API: execution-policies.test.ts
  const CONFIGS: Array<{ execution: ExecutionPolicy; maxParallelism?: number }> = [{ execution: 'fail-fast' }];

  it.each(CONFIGS)(
    'every labelled DAG of up to 4 targets ends with every target completed, failed or cancelled ($execution, bound $maxParallelism)',
    async ({ execution, maxParallelism }) => {
      const started = performance.now();
      let runs = 0;
      let decisions = 0;
      let failures = 0;
      let cancelled = 0;
      let peak = 0;
      for (const [g, graph] of LABELLED.flat().entries()) {
        for (const [r, failureRate] of FAILURE_RATES.entries()) {
          for (let s = 0; s < SEEDS_PER_RATE; s++) {
            // A distinct seed per run, so a failure message's seed replays exactly that run.
            const seed = (g * FAILURE_RATES.length + r) * SEEDS_PER_RATE + s + 1;
            const result = await driveRandomly(graph, { seed, failureRate, execution, maxParallelism });
            runs++;
            decisions += result.decisions;
            failures += result.failuresInjected;
            peak = Math.max(peak, result.peakWorking);
            cancelled += [...result.outcomes.values()].filter((o) => o === 'cancelled').length;
            if (failureRate === 0) expect([...result.outcomes.values()].every((o) => o === 'done')).toBe(true);
          }
        }
      }
      console.log(
        `async driver (${execution}, bound ${maxParallelism ?? 'none'}): ${runs} runs, ${decisions} scheduling decisions, ${failures} injected failures, ` +
          `${cancelled} runners cancelled, at most ${peak} working at once, in ${Math.round(performance.now() - started)} ms`,
      );
      expect(runs).toBe(572 * FAILURE_RATES.length * SEEDS_PER_RATE);
      expect(failures).toBeGreaterThan(500);
      expect(cancelled).toBeGreaterThan(100);
      expect(peak).toBeLessThanOrEqual(maxParallelism ?? 4);
      if (maxParallelism) expect(peak).toBe(maxParallelism);
    },
  );
});

describe('the checker catches broken rules', () => {
  const { chain, diamond } = NAMED_SHAPES;

  const link: TargetGraph = { targets: ['A', 'B'], edges: [['A', 'B']] };

  it('a producer released as soon as it evaluated (before #2108)', () => {
    const v = violationOf(() =>
      exploreAllInterleavings(chain, { makeMachine: broken(ReleasesWithoutWaitingForConsumers) }),
    );
    expect(v.rule).toBe('released-before-descendants-evaluated');
  });

  it('a producer released once its consumers published but before they evaluated (#2108 as first landed)', () => {
    const v = violationOf(() =>
      exploreAllInterleavings(chain, { makeMachine: broken(ReleasesOnceConsumersPublished) }),
    );
    expect(v.rule).toBe('released-before-descendants-evaluated');
  });

  it('a producer released once its consumers evaluated: the race moves one link down a chain', () => {
    // On a single link this variant keeps the §4.7 invariant and breaks only the machine's own rule 3 ...
    const onLink = violationOf(() =>
      exploreAllInterleavings(link, { makeMachine: broken(ReleasesOnceConsumersEvaluated) }),
    );
    expect(onLink.rule).toBe('released-before-consumers-completed');
    // ... but on a chain the grandparent can go away before the grandchild evaluated.
    const onChain = violationOf(() =>
      exploreAllInterleavings(chain, { makeMachine: broken(ReleasesOnceConsumersEvaluated) }),
    );
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
    const cycle: TargetGraph = {
      targets: ['A', 'B'],
      edges: [
        ['A', 'B'],
        ['B', 'A'],
      ],
    };
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

  it('keep-going that stops unrelated targets', () => {
    const v = violationOf(() =>
      exploreAllInterleavings(diamond, { execution: 'keep-going', makeMachine: broken(KeepGoingStopsEverything) }),
    );
    expect(v.rule).toBe('failure-cancelled-unrelated');
  });

  it('fail-fast that lets unrelated targets go on', () => {
    const v = violationOf(() =>
      exploreAllInterleavings(link, { execution: 'fail-fast', makeMachine: broken(FailFastStopsOnlyConsumers) }),
    );
    expect(v.rule).toBe('fail-fast-did-not-stop');
  });

  it('a cancelled consumer whose reason does not name the failed producer', () => {
    const v = violationOf(() =>
      exploreAllInterleavings(chain, { execution: 'keep-going', makeMachine: broken(ForgetsWhichProducerFailed) }),
    );
    expect(v.rule).toBe('reason-does-not-name-producer');
  });

  it('a bound that is not enforced', () => {
    const fanOut = NAMED_SHAPES['fan-out'];
    const v = violationOf(() =>
      exploreAllInterleavings(fanOut, { maxFailures: 0, maxParallelism: 2, makeMachine: broken(IgnoresTheBound) }),
    );
    expect(v.rule).toBe('parallelism-exceeded');
  });

  it('a target that keeps its slot while it waits for another: caught, and with one slot a chain deadlocks', () => {
    const v = violationOf(() =>
      exploreAllInterleavings(link, { maxFailures: 0, maxParallelism: 2, makeMachine: broken(HoldsSlotWhileWaiting) }),
    );
    expect(v.rule).toBe('waits-holding-slot');
  });

  it('the async driver sees that deadlock: a producer holding the only slot its consumer needs', async () => {
    await expect(
      driveRandomly(link, { seed: 1, failureRate: 0, maxParallelism: 1, makeMachine: broken(HoldsSlotWhileWaiting) }),
    ).rejects.toThrow(/deadlock/);
  });

  it('the async driver catches a release race too', async () => {
    await expect(
      driveRandomly(chain, { seed: 1, failureRate: 0, makeMachine: broken(ReleasesWithoutWaitingForConsumers) }),
    ).rejects.toThrow(/released-before-descendants-evaluated/);
  });

  it('waiters never woken: invisible to isOpen, caught as a deadlock through until()', async () => {
    expect(exploreAllInterleavings(chain, { makeMachine: broken(NeverWakesWaiters) }).states).toBeGreaterThan(0);
    await expect(
      driveRandomly(chain, { seed: 1, failureRate: 0, makeMachine: broken(NeverWakesWaiters) }),
    ).rejects.toThrow(/deadlock/);
  });
});
