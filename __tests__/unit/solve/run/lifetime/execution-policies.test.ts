/**
 * The execution policies and the parallelism bound of the LifetimeMachine (src/solve/run/lifetime.ts): first directly
 * (what a failure stops under each policy and the reasons it gives, the machine's signals, the order freed slots go
 * in), then exhaustively through the explorer (every interleaving of every graph shape of up to 4 targets, with
 * failures and the run's own cancellations injected; invariants.ts holds the properties) and through the promise API
 * with the seeded random driver.
 */
import { describe, expect, it } from 'vitest';
import { LifetimeMachine, TargetCancelledError, type ExecutionPolicy } from '../../../../../src/solve/run/lifetime.js';
import { driveRandomly } from './async-driver.js';
import { exploreAllInterleavings, sumStats } from './explore.js';
import {
  consumesMap,
  describeGraph,
  labelledDags,
  NAMED_SHAPES,
  onePerIsomorphismClass,
  type TargetGraph,
} from './graphs.js';

const LABELLED = [1, 2, 3, 4].map(labelledDags);
const ONE_PER_CLASS = onePerIsomorphismClass(LABELLED.flat());
const sum = sumStats;
const POLICIES: readonly ExecutionPolicy[] = ['fail-fast', 'keep-going'];

/** A → B → C, D → E (two chains), and F alone. */
const FIVE_AND_ONE: TargetGraph = {
  targets: ['A', 'B', 'C', 'D', 'E', 'F'],
  edges: [
    ['A', 'B'],
    ['B', 'C'],
    ['D', 'E'],
  ],
};

/** Drives `t` through every gate and report up to its release (a runner with nothing in its way). */
function runThrough(m: LifetimeMachine, t: string, upTo: 'published' | 'evaluated' | 'completed' | 'finished'): void {
  const steps = [
    () => m.enter(t, 'solve') || fail(`${t}: solve gate closed`),
    () => m.published(t),
    () => m.enter(t, 'evaluate') || fail(`${t}: evaluate gate closed`),
    () => m.evaluated(t),
    () => m.enter(t, 'release') || fail(`${t}: release gate closed`),
    () => m.completed(t),
    () => m.finished(t),
  ];
  const last = { published: 2, evaluated: 4, completed: 6, finished: 7 }[upTo];
  for (const s of steps.slice(0, last)) s();
}
function fail(message: string): never {
  throw new Error(message);
}
function stopMessage(m: LifetimeMachine, t: string): string | undefined {
  return m.stopOf(t)?.message;
}

describe('what a failure stops', () => {
  it("keep-going: only the failed target's consumers, each told which producer failed; the rest builds on", () => {
    const m = new LifetimeMachine(consumesMap(FIVE_AND_ONE), { execution: 'keep-going' });
    runThrough(m, 'D', 'published');
    m.failed('A', 'RUN exit 1');
    expect(m.phaseOf('A')).toBe('failed');
    expect(m.phaseOf('B')).toBe('cancelled');
    expect(m.phaseOf('C')).toBe('cancelled');
    expect(stopMessage(m, 'B')).toBe('target "B" cancelled: it consumes "A", which failed');
    expect(stopMessage(m, 'C')).toBe('target "C" cancelled: it consumes "A" (through "B"), which failed');
    expect(m.stopOf('C')!.failedTarget).toBe('A');
    // the unrelated chain and the loner go on to the end
    runThrough(m, 'E', 'published');
    m.enter('D', 'evaluate');
    m.evaluated('D');
    m.enter('E', 'evaluate');
    m.evaluated('E');
    expect(m.enter('D', 'release')).toBe(false); // its consumer has not completed yet
    m.enter('E', 'release');
    m.completed('E');
    m.finished('E');
    expect(m.enter('D', 'release')).toBe(true);
    m.completed('D');
    runThrough(m, 'F', 'finished');
    expect(['D', 'E', 'F'].map((t) => m.phaseOf(t))).toEqual(['completed', 'completed', 'completed']);
    expect(m.history.filter((h) => h.phase === 'completed').map((h) => h.target)).toEqual(['E', 'D', 'F']);
  });

  it('keep-going: a failed consumer releases its producer, which then completes', () => {
    const m = new LifetimeMachine(consumesMap(NAMED_SHAPES['fan-out']), { execution: 'keep-going' });
    runThrough(m, 'A', 'published');
    for (const c of ['B', 'C', 'D']) runThrough(m, c, 'published');
    m.enter('A', 'evaluate');
    m.evaluated('A');
    m.failed('C', 'RUN exit 1');
    expect(m.phaseOf('A')).toBe('evaluated');
    for (const c of ['B', 'D']) {
      m.enter(c, 'evaluate');
      m.evaluated(c);
      m.enter(c, 'release');
      m.completed(c);
      m.finished(c);
    }
    expect(m.enter('A', 'release')).toBe(true);
    m.completed('A');
    expect(m.phaseOf('A')).toBe('completed');
  });

  it('fail-fast: every target that has not finished stops, naming the failed target; an exporting one through its signal', () => {
    const m = new LifetimeMachine(consumesMap(FIVE_AND_ONE), { execution: 'fail-fast' });
    runThrough(m, 'F', 'completed'); // exporting
    const exporting = m.signalOf('F');
    const waiting = m.signalOf('D');
    m.failed('A', 'RUN exit 1');
    expect(['B', 'C', 'D', 'E'].map((t) => m.phaseOf(t))).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
    expect(stopMessage(m, 'B')).toBe('target "B" cancelled: it consumes "A", which failed');
    expect(stopMessage(m, 'D')).toBe(
      'target "D" cancelled: target "A" failed, and the run fails fast (execution policy fail-fast)',
    );
    expect(waiting.aborted && waiting.reason).toBeInstanceOf(TargetCancelledError);
    expect(m.phaseOf('F')).toBe('completed');
    expect(exporting.aborted).toBe(true);
    expect((exporting.reason as TargetCancelledError).failedTarget).toBe('A');
  });

  it('the run cancelling a target (cancel) takes its consumers, not the others, under fail-fast too', () => {
    const m = new LifetimeMachine(consumesMap(FIVE_AND_ONE), { execution: 'fail-fast' });
    m.cancel('A', 'cancelled by SIGINT');
    expect(m.phaseOf('B')).toBe('cancelled');
    expect(m.stopOf('B')!.failedTarget).toBeUndefined();
    expect(stopMessage(m, 'B')).toBe('target "B" cancelled: it consumes "A", which was cancelled');
    expect(m.phaseOf('D')).toBe('waiting');
  });

  it("a gone target's gates reject with its reason; a late failure report changes nothing", async () => {
    const m = new LifetimeMachine(consumesMap(FIVE_AND_ONE), { execution: 'keep-going' });
    const waiting = m.until('B', 'solve');
    m.failed('A', 'RUN exit 1');
    await expect(waiting).rejects.toThrow('target "B" cancelled: it consumes "A", which failed');
    m.failed('B', 'aborted');
    expect(m.phaseOf('B')).toBe('cancelled');
  });

  it('refuses a bound that is not a positive integer, and an unknown policy', () => {
    for (const bad of [0, -1, 1.5, NaN])
      expect(() => new LifetimeMachine(new Map(), { maxParallelism: bad })).toThrow(RangeError);
    expect(() => new LifetimeMachine(new Map(), { execution: 'sometimes' as ExecutionPolicy })).toThrow(
      /unknown execution policy/,
    );
  });
});

describe('slots', () => {
  it('a producer waiting for its consumer gives its slot back, and with one slot a chain gets through', () => {
    const m = new LifetimeMachine(consumesMap({ targets: ['A', 'B'], edges: [['A', 'B']] }), { maxParallelism: 1 });
    expect(m.enter('A', 'solve')).toBe(true);
    expect(m.enter('B', 'solve')).toBe(false); // A has not published yet
    m.published('A'); // A's evaluate gate waits for B to publish: A gives its slot back
    expect([...m.slotHolders()]).toEqual([]);
    expect(m.enter('B', 'solve')).toBe(true);
    m.published('B'); // B's evaluate gate waits for A to evaluate
    expect(m.enter('A', 'evaluate')).toBe(true);
    m.evaluated('A'); // A's release waits for B to complete
    expect(m.enter('B', 'evaluate')).toBe(true);
    m.evaluated('B'); // B can go on: it keeps the slot
    expect([...m.slotHolders()]).toEqual(['B']);
    expect(m.enter('A', 'release')).toBe(false);
    expect(m.enter('B', 'release')).toBe(true);
    m.completed('B');
    expect(m.enter('A', 'release')).toBe(false); // B is still exporting with the only slot
    m.finished('B');
    expect(m.enter('A', 'release')).toBe(true);
  });

  it('a freed slot goes to a release gate before an evaluate gate before a solve gate', async () => {
    // P → C, D → E, Q alone; one slot
    const graph: TargetGraph = {
      targets: ['P', 'C', 'D', 'E', 'Q'],
      edges: [
        ['P', 'C'],
        ['D', 'E'],
      ],
    };
    const m = new LifetimeMachine(consumesMap(graph), { maxParallelism: 1 });
    for (const t of ['P', 'D', 'E', 'C']) runThrough(m, t, 'published');
    m.enter('P', 'evaluate');
    m.evaluated('P'); // waits for C to complete: no slot
    m.enter('C', 'evaluate');
    m.evaluated('C');
    m.enter('C', 'release');
    m.completed('C'); // C exports, holding the only slot
    const order: string[] = [];
    // asked in the opposite order of the priority
    const q = m.until('Q', 'solve').then(() => order.push('Q solve'));
    const d = m.until('D', 'evaluate').then(() => order.push('D evaluate'));
    const p = m.until('P', 'release').then(() => order.push('P release'));
    await Promise.resolve();
    expect(order).toEqual([]);
    m.finished('C');
    await p;
    m.completed('P');
    m.finished('P');
    await d;
    m.evaluated('D'); // its release waits for E: the slot goes on
    await q;
    expect(order).toEqual(['P release', 'D evaluate', 'Q solve']);
  });
});

describe('keep-going against fail-fast', () => {
  const { chain, diamond } = NAMED_SHAPES;
  /** A chain beside an independent target: A → B → C, and D. */
  const chainAndLoner: TargetGraph = {
    targets: ['A', 'B', 'C', 'D'],
    edges: [
      ['A', 'B'],
      ['B', 'C'],
    ],
  };

  it('after a failure, keep-going builds on and fail-fast starts nothing', () => {
    const keep = exploreAllInterleavings(chainAndLoner, { execution: 'keep-going' });
    const fast = exploreAllInterleavings(chainAndLoner, { execution: 'fail-fast' });
    expect(keep.enteredAfterFailure).toBeGreaterThan(100);
    expect(fast.enteredAfterFailure).toBe(0);
    // both end some runs with a target built beside a failed one (under fail-fast: released before the failure)
    expect(keep.completedBesideFailure).toBeGreaterThan(0);
    expect(fast.completedBesideFailure).toBeGreaterThan(0);
  });

  it('a failed consumer still lets its producer be released, once, under keep-going (chain and diamond)', () => {
    // the explorer checks released-exactly-once and keep-going-unrelated-not-completed at every end
    for (const graph of [chain, diamond])
      expect(exploreAllInterleavings(graph, { execution: 'keep-going' }).terminalStates).toBeGreaterThan(0);
  });
});

describe('the parallelism bound, exhaustively', () => {
  it.each([1, 2])(
    'bound %i: holds on every graph shape of up to 4 targets, with failures, under both policies, without deadlock',
    (maxParallelism) => {
      for (const execution of POLICIES) {
        const perGraph = ONE_PER_CLASS.map((g) => exploreAllInterleavings(g, { execution, maxParallelism }));
        const total = sum(perGraph);
        console.log(
          `bound ${maxParallelism} (${execution}): ${total.states} states, ${total.interleavings} interleavings, ${total.slotWaits} waits for a slot`,
        );
        expect(total.peakSlots).toBe(maxParallelism);
        expect(total.slotWaits).toBeGreaterThan(0);
        expect(total.states).toBeGreaterThan(5_000);
      }
    },
  );

  it('bound 1 completes a chain and a fan-out (every interleaving ends with everything built)', () => {
    for (const shape of [NAMED_SHAPES.chain, NAMED_SHAPES['fan-out'], NAMED_SHAPES.diamond]) {
      const stats = exploreAllInterleavings(shape, { maxFailures: 0, maxParallelism: 1 });
      // the terminal check requires every target completed when nothing failed, and finds no deadlock
      expect(stats.terminalStates, describeGraph(shape)).toBeGreaterThan(0);
      expect(stats.peakSlots).toBe(1);
    }
  });

  it('bound 1 on 4 independent targets runs them one after another: a single interleaving per order of starting', () => {
    const independent = LABELLED[3].find((g) => g.edges.length === 0)!;
    const stats = exploreAllInterleavings(independent, { maxFailures: 0, maxParallelism: 1 });
    // once a target starts it keeps the slot to its end (its next gate is always open): 4! orders
    expect(stats.interleavings).toBe(24n);
  });
});

describe("the run's own cancellations", () => {
  it.each(POLICIES)('%s: with up to one target stopped by the run or failing, on every graph shape', (execution) => {
    const total = sum(
      ONE_PER_CLASS.map((g) => exploreAllInterleavings(g, { execution, cancellations: true, maxFailures: 1 })),
    );
    expect(total.states).toBeGreaterThan(10_000);
    expect(total.cancellingFailures).toBeGreaterThan(1_000);
  });
});

describe('through the promise API, with a seeded random scheduler', () => {
  // Several seeds per graph at each failure rate: none (everything must complete), occasional, and heavy.
  const FAILURE_RATES = [0, 0.1, 0.35];
  const SEEDS_PER_RATE = 2;
  const CONFIGS: Array<{ execution: ExecutionPolicy; maxParallelism?: number }> = [
    { execution: 'keep-going' },
    { execution: 'keep-going', maxParallelism: 1 },
    { execution: 'fail-fast', maxParallelism: 2 },
  ];

  it.each(CONFIGS)(
    'every labelled DAG of up to 4 targets ends as the policy says ($execution, bound $maxParallelism)',
    async ({ execution, maxParallelism }) => {
      let runs = 0;
      let failures = 0;
      let builtBesideFailure = 0;
      let peak = 0;
      for (const [g, graph] of LABELLED.flat().entries()) {
        for (const [r, failureRate] of FAILURE_RATES.entries()) {
          for (let s = 0; s < SEEDS_PER_RATE; s++) {
            const seed = (g * FAILURE_RATES.length + r) * SEEDS_PER_RATE + s + 1;
            // the driver checks every event and the end (keep-going: whatever consumes nothing struck was built)
            const result = await driveRandomly(graph, { seed, failureRate, execution, maxParallelism });
            runs++;
            failures += result.failuresInjected;
            peak = Math.max(peak, result.peakWorking);
            const outcomes = [...result.outcomes.values()];
            if (outcomes.includes('failed') && outcomes.includes('done')) builtBesideFailure++;
            if (failureRate === 0) expect(outcomes.every((o) => o === 'done')).toBe(true);
          }
        }
      }
      expect(runs).toBe(572 * FAILURE_RATES.length * SEEDS_PER_RATE);
      expect(failures).toBeGreaterThan(500);
      expect(builtBesideFailure).toBeGreaterThan(100);
      expect(peak).toBe(maxParallelism ?? 4);
    },
  );
});
