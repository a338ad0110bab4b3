/**
 * Exhaustive exploration of the lifetime rule: every interleaving of every target's runner steps, with
 * failures injected at every point, through the real LifetimeMachine.
 *
 * Each target is modelled as the process run.ts's runTarget is:
 *   until(solve) → [lazy solve] → published → until(evaluate) → [evaluate refs] → evaluated
 *   → until(release) → completed → [Return, export]
 * The bracketed work takes unknown time, so "the gate opened" and "the runner reported the next event" are
 * separate steps that other targets can interleave between — exactly the window in which a race lives.
 * A runner blocked on a cancelled target's gate sees until() reject and ends; a runner whose target was
 * cancelled while it worked still reports (a late report) and must change nothing.
 *
 * The machine is deterministic, so a state is (every runner's position, every target's phase); visiting
 * each state once (memoisation) covers every interleaving while doing work proportional to the number of
 * states. Machines cannot be copied, so a state's machine is rebuilt by replaying the events that led to it.
 */
import { LifetimeMachine, type Gate, type Phase } from '../../../../../src/solve/run/lifetime.js';
import { consumesMap, describeGraph, type TargetGraph } from './graphs.js';
import {
  checkGatesOfGoneTargets,
  checkState,
  checkTerminal,
  checkTransition,
  LifetimeViolation,
  phasesOf,
  type MachineEvent,
} from './invariants.js';

export type MachineFactory = (consumes: Map<string, string[]>) => LifetimeMachine;
export const realMachine: MachineFactory = (consumes) => new LifetimeMachine(consumes);

/** Where a target's runner is: blocked on a gate, working towards its next report, or finished. */
type RunnerPosition = 'awaitSolve' | 'solving' | 'awaitEvaluate' | 'evaluating' | 'awaitRelease' | 'releasing' | 'done' | 'ended';

const BLOCKED_ON: Partial<Record<RunnerPosition, { gate: Gate; then: RunnerPosition }>> = {
  awaitSolve: { gate: 'solve', then: 'solving' },
  awaitEvaluate: { gate: 'evaluate', then: 'evaluating' },
  awaitRelease: { gate: 'release', then: 'releasing' },
};
const GONE: ReadonlySet<Phase> = new Set(['failed', 'cancelled']);
const WORKING_TOWARDS: Partial<Record<RunnerPosition, { event: 'published' | 'evaluated' | 'completed'; then: RunnerPosition }>> = {
  solving: { event: 'published', then: 'awaitEvaluate' },
  evaluating: { event: 'evaluated', then: 'awaitRelease' },
  releasing: { event: 'completed', then: 'done' },
};

export interface ExploreOptions {
  /**
   * How many failure events one interleaving may contain. run.ts fails fast — after the first failure it
   * aborts the run, and every other runner then reports failed() too — so the realistic budget is "any
   * number"; Infinity is the default and cheap because failures end runners and so shrink the state space.
   */
  maxFailures?: number;
  makeMachine?: MachineFactory;
}

export interface ExploreStats {
  /** Distinct (runner positions, phases, failure count) states reached. */
  states: number;
  /** (state, enabled step) pairs taken; every one was checked. */
  transitions: number;
  /** States where no runner can move on its own (only an injected failure could); each was checked for deadlock. */
  quiescentStates: number;
  /** States where nothing at all can move: where the interleavings end. */
  terminalStates: number;
  /** Complete step sequences from the start to a terminal state: the interleavings covered. */
  interleavings: bigint;
  /** Transitions where a failure cancelled at least one consumer. */
  cancellingFailures: number;
  /** Transitions where a cancelled target's runner reported progress anyway (and the machine ignored it). */
  lateReports: number;
}

/** A violated property with the step sequence that reaches it, so a failing test explains itself. */
export class Counterexample extends Error {
  constructor(
    readonly violation: LifetimeViolation,
    readonly graph: TargetGraph,
    readonly trace: readonly string[],
  ) {
    super(`${violation.message}\n  graph: ${describeGraph(graph)}\n  steps:\n    ${trace.join('\n    ') || '(none)'}`);
  }
}

function apply(machine: LifetimeMachine, event: MachineEvent): void {
  if (event.kind === 'failed') machine.failed(event.target, `injected failure of ${event.target}`);
  else machine[event.kind](event.target);
}

export function exploreAllInterleavings(graph: TargetGraph, options: ExploreOptions = {}): ExploreStats {
  const maxFailures = options.maxFailures ?? Infinity;
  const makeMachine = options.makeMachine ?? realMachine;
  const consumes = consumesMap(graph);
  const targets = graph.targets;
  const stats: ExploreStats = { states: 0, transitions: 0, quiescentStates: 0, terminalStates: 0, interleavings: 0n, cancellingFailures: 0, lateReports: 0 };
  /** State key → number of interleavings from that state to the end. */
  const memo = new Map<string, bigint>();
  // The path from the initial state, kept as stacks (push before descending, pop after).
  const events: MachineEvent[] = [];
  const trace: string[] = [];

  const violated = (err: unknown): never => {
    const violation = err instanceof LifetimeViolation ? err : new LifetimeViolation('machine-threw', String(err));
    throw new Counterexample(violation, graph, [...trace]);
  };
  const checked = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof Counterexample) throw err;
      return violated(err);
    }
  };
  const replay = (): LifetimeMachine => {
    const machine = makeMachine(consumes);
    for (const e of events) apply(machine, e);
    return machine;
  };

  function visit(machine: LifetimeMachine, positions: readonly RunnerPosition[], failures: number): bigint {
    const phases = phasesOf(machine, graph);
    const failureKey = maxFailures === Infinity ? Math.min(failures, 1) : failures;
    const key = `${positions.join(',')}|${[...phases.values()].join(',')}|${failureKey}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    stats.states++;
    checked(() => checkState(graph, phases));

    let interleavings = 0n;
    let enabled = 0;
    /** Enabled steps other than injected failures: what the runners can do on their own. */
    let progress = 0;
    const step = (label: string, next: readonly RunnerPosition[], nextMachine: LifetimeMachine, nextFailures: number) => {
      enabled++;
      if (nextFailures === failures) progress++;
      stats.transitions++;
      trace.push(label);
      interleavings += visit(nextMachine, next, nextFailures);
      trace.pop();
    };
    const withPosition = (i: number, position: RunnerPosition) => positions.map((p, j) => (j === i ? position : p));
    /** Runs one machine event on a fresh copy of this state's machine and checks what it changed. */
    const report = (i: number, event: MachineEvent, label: string, nextPosition: RunnerPosition, nextFailures: number) => {
      trace.push(label);
      const nextMachine = checked(() => {
        const m = replay();
        apply(m, event);
        const after = phasesOf(m, graph);
        checkTransition(graph, phases, after, event);
        // Only a failure makes targets gone; from then on every gate of theirs must refuse.
        if (event.kind === 'failed') {
          const newlyGone = targets.filter((x) => after.get(x) !== phases.get(x));
          checkGatesOfGoneTargets(m, graph, after, newlyGone);
          if (newlyGone.some((x) => after.get(x) === 'cancelled')) stats.cancellingFailures++;
        } else if (GONE.has(phases.get(event.target)!)) {
          stats.lateReports++;
        }
        return m;
      });
      trace.pop();
      events.push(event);
      step(label, withPosition(i, nextPosition), nextMachine, nextFailures);
      events.pop();
    };

    targets.forEach((t, i) => {
      const position = positions[i];
      const gone = GONE.has(phases.get(t)!);
      const blocked = BLOCKED_ON[position];
      if (blocked && gone) {
        // until() rejects; run.ts then reports failed() for its own target, which must change nothing. (Gone
        // targets stay gone, and their gates were checked to refuse when they became gone.)
        report(i, { kind: 'failed', target: t }, `${t}: until(${blocked.gate}) rejects, failed() again`, 'ended', failures);
      } else if (blocked) {
        // The same question until() asks on every wake-up; a live target's gate must answer, not throw.
        const open = checked(() => machine.isOpen(t, blocked.gate));
        if (open) step(`${t}: ${blocked.gate} gate opens`, withPosition(i, blocked.then), machine, failures);
      }
      const working = WORKING_TOWARDS[position];
      if (working) report(i, { kind: working.event, target: t }, `${t}: ${gone ? 'late ' : ''}${working.event}`, working.then, failures);
      // A live runner may fail at any point: while blocked (the run was aborted), while working, or after its
      // release (Return or export failed — a no-op for the machine). A gone target's runner needs no
      // separate failure: its next report or gate ends it with the same no-op failed() call.
      if (position !== 'ended' && !gone && failures < maxFailures) {
        report(i, { kind: 'failed', target: t }, `${t}: fails (${position})`, 'ended', failures + 1);
      }
    });

    if (progress === 0) {
      stats.quiescentStates++;
      // Only a failure from outside could move anything now, so every runner must have finished: a state
      // where runners still wait would hang the run. (Failures stay enabled — a finished target's export can
      // still fail — so "nothing enabled at all" would never see a deadlock.)
      const stuck = targets.filter((_, i) => positions[i] !== 'done' && positions[i] !== 'ended');
      checked(() => checkTerminal(graph, phases, failures > 0, stuck));
    }
    if (enabled === 0) {
      stats.terminalStates++;
      interleavings = 1n;
    }
    memo.set(key, interleavings);
    return interleavings;
  }

  // The machine answers "never" by throwing TargetCancelledError, and the gate checks after every failure
  // ask that question some 100k times; capturing a stack trace for each answer dominated the run time.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const initial = checked(() => makeMachine(consumes));
    stats.interleavings = visit(
      initial,
      targets.map(() => 'awaitSolve'),
      0,
    );
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return stats;
}
