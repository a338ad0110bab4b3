/**
 * Exhaustive exploration of the lifetime rule: every interleaving of every target's runner steps, with
 * failures injected at every point, through the real LifetimeMachine, under either execution policy and with or
 * without a parallelism bound.
 *
 * Each target is modelled as the process run.ts's runTarget is:
 *   until(solve) → [lazy solve] → published → until(evaluate) → [evaluate refs] → evaluated
 *   → until(release) → completed → [Return, export] → finished
 * The bracketed work takes unknown time, so "the gate opened" and "the runner reported the next event" are
 * separate steps that other targets can interleave between — exactly the window in which a race lives. Passing a
 * gate is a machine event (it takes a slot). A runner blocked on a cancelled target's gate sees until() reject and
 * ends; a runner whose target was cancelled while it worked still reports (a late report) and must change nothing but
 * its slot; a working runner the machine stopped (its signal) may also end at once, its calls aborted.
 *
 * The machine is deterministic, so a state is (every runner's position, every target's phase, the slot holders, what
 * was struck); visiting each state once (memoisation) covers every interleaving while doing work proportional to the
 * number of states. Machines cannot be copied, so a state's machine is rebuilt by replaying the events that led to it.
 */
import {
  LifetimeMachine,
  type ExecutionPolicy,
  type Gate,
  type LifetimeOptions,
  type Phase,
} from '../../../../../src/solve/run/lifetime.js';
import { consumesMap, describeGraph, type TargetGraph } from './graphs.js';
import {
  checkGatesOfGoneTargets,
  checkState,
  checkTerminal,
  checkTransition,
  LifetimeViolation,
  phasesOf,
  type CheckContext,
  type MachineEvent,
} from './invariants.js';

export type MachineFactory = (consumes: Map<string, string[]>, options: LifetimeOptions) => LifetimeMachine;
export const realMachine: MachineFactory = (consumes, options) => new LifetimeMachine(consumes, options);

/** Where a target's runner is: blocked on a gate, working towards its next report, or finished. */
type RunnerPosition =
  | 'awaitSolve'
  | 'solving'
  | 'awaitEvaluate'
  | 'evaluating'
  | 'awaitRelease'
  | 'releasing'
  | 'exporting'
  | 'done'
  | 'ended';

const BLOCKED_ON: Partial<Record<RunnerPosition, { gate: Gate; then: RunnerPosition }>> = {
  awaitSolve: { gate: 'solve', then: 'solving' },
  awaitEvaluate: { gate: 'evaluate', then: 'evaluating' },
  awaitRelease: { gate: 'release', then: 'releasing' },
};
const GONE: ReadonlySet<Phase> = new Set(['failed', 'cancelled']);
const WORKING_TOWARDS: Partial<
  Record<RunnerPosition, { event: 'published' | 'evaluated' | 'completed' | 'finished'; then: RunnerPosition }>
> = {
  solving: { event: 'published', then: 'awaitEvaluate' },
  evaluating: { event: 'evaluated', then: 'awaitRelease' },
  releasing: { event: 'completed', then: 'exporting' },
  exporting: { event: 'finished', then: 'done' },
};

export interface ExploreOptions {
  /**
   * How many failure events one interleaving may contain. Under fail-fast, after the first failure the machine
   * cancels every other target, and their runners then report too — so the realistic budget is "any number";
   * Infinity is the default and cheap because failures end runners and so shrink the state space.
   */
  maxFailures?: number;
  /** also inject the run's own cancellation of a target (run.ts: the outer signal), counted as a failure */
  cancellations?: boolean;
  execution?: ExecutionPolicy;
  maxParallelism?: number;
  makeMachine?: MachineFactory;
}

export interface ExploreStats {
  /** Distinct (runner positions, phases, slot holders, struck targets) states reached. */
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
  /** Terminal states where some target completed while another failed (keep-going's point). */
  completedBesideFailure: number;
  /** Gates passed while some target had failed (under fail-fast there are none: everything stopped). */
  enteredAfterFailure: number;
  /** The most slots ever held at once. */
  peakSlots: number;
  /** Gate-open checks that found the lifetime rule satisfied but no slot free (the bound at work). */
  slotWaits: number;
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
  else if (event.kind === 'cancel') machine.cancel(event.target, `the run stopped ${event.target}`);
  else if (event.kind === 'enter') {
    if (!machine.enter(event.target, event.gate))
      throw new Error(`${event.target} could not pass its open ${event.gate} gate`);
  } else machine[event.kind](event.target);
}

const WORKING: ReadonlySet<RunnerPosition> = new Set(['solving', 'evaluating', 'releasing', 'exporting']);

/** Slot ownership matches what runners do: a working runner holds a slot, a waiting or finished one holds none. */
function checkSlots(
  machine: LifetimeMachine,
  graph: TargetGraph,
  positions: readonly RunnerPosition[],
  phases: ReadonlyMap<string, Phase>,
): void {
  const holders = machine.slotHolders();
  graph.targets.forEach((t, i) => {
    const position = positions[i];
    const holds = holders.has(t);
    if (WORKING.has(position) && !holds)
      throw new LifetimeViolation('work-without-slot', `${t} is ${position} without a slot`);
    if ((position === 'done' || position === 'ended') && holds)
      throw new LifetimeViolation('slot-leaked', `${t}'s runner is ${position} but it holds a slot`);
    const blocked = BLOCKED_ON[position];
    // A runner at a gate keeps its slot only when it can go on at once (its gate is open) or is about to end.
    if (blocked && holds && !GONE.has(phases.get(t)!) && !machine.isOpen(t, blocked.gate)) {
      throw new LifetimeViolation('waits-holding-slot', `${t} waits at its closed ${blocked.gate} gate holding a slot`);
    }
  });
}

export function exploreAllInterleavings(graph: TargetGraph, options: ExploreOptions = {}): ExploreStats {
  const maxFailures = options.maxFailures ?? Infinity;
  const makeMachine = options.makeMachine ?? realMachine;
  const machineOptions: LifetimeOptions = {
    execution: options.execution ?? 'fail-fast',
    maxParallelism: options.maxParallelism,
  };
  const consumes = consumesMap(graph);
  const targets = graph.targets;
  const stats: ExploreStats = {
    states: 0,
    transitions: 0,
    quiescentStates: 0,
    terminalStates: 0,
    interleavings: 0n,
    cancellingFailures: 0,
    lateReports: 0,
    completedBesideFailure: 0,
    enteredAfterFailure: 0,
    peakSlots: 0,
    slotWaits: 0,
  };
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
    const machine = makeMachine(consumes, machineOptions);
    for (const e of events) apply(machine, e);
    return machine;
  };

  function visit(
    machine: LifetimeMachine,
    positions: readonly RunnerPosition[],
    struck: ReadonlySet<string>,
    failures: number,
  ): bigint {
    const phases = phasesOf(machine, graph);
    const ctx: CheckContext = { graph, execution: machineOptions.execution!, struck };
    const failureKey = maxFailures === Infinity ? Math.min(failures, 1) : failures;
    const key = `${positions.join(',')}|${[...phases.values()].join(',')}|${[...machine.slotHolders()].sort().join(',')}|${[...struck].sort().join(',')}|${failureKey}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    stats.states++;
    stats.peakSlots = Math.max(stats.peakSlots, machine.slotHolders().size);
    checked(() => {
      checkState(ctx, machine, phases);
      checkSlots(machine, graph, positions, phases);
    });

    let interleavings = 0n;
    let enabled = 0;
    /** Enabled steps other than injected failures: what the runners can do on their own. */
    let progress = 0;
    const withPosition = (i: number, position: RunnerPosition) => positions.map((p, j) => (j === i ? position : p));
    /** Runs one machine event on a fresh copy of this state's machine, checks what it changed, and goes on from there. */
    const report = (i: number, event: MachineEvent, label: string, nextPosition: RunnerPosition, injected: boolean) => {
      enabled++;
      if (!injected) progress++;
      stats.transitions++;
      trace.push(label);
      const t = event.target;
      // What the run did to the target from outside: its own failure or the run's cancellation, while it mattered.
      const strikes =
        injected && !GONE.has(phases.get(t)!) && !(event.kind === 'cancel' && phases.get(t) === 'completed');
      const nextStruck = strikes ? new Set([...struck, t]) : struck;
      const nextMachine = checked(() => {
        const m = replay();
        apply(m, event);
        const after = phasesOf(m, graph);
        checkTransition({ ...ctx, struck: nextStruck }, phases, after, event);
        // Only a failure makes targets gone; from then on every gate of theirs must refuse.
        if (event.kind === 'failed' || event.kind === 'cancel') {
          const newlyGone = targets.filter((x) => after.get(x) !== phases.get(x));
          checkGatesOfGoneTargets(m, graph, after, newlyGone);
          if (newlyGone.some((x) => x !== t && after.get(x) === 'cancelled')) stats.cancellingFailures++;
        } else if (GONE.has(phases.get(t)!) && event.kind !== 'enter') {
          stats.lateReports++;
        }
        return m;
      });
      events.push(event);
      interleavings += visit(nextMachine, withPosition(i, nextPosition), nextStruck, failures + (injected ? 1 : 0));
      events.pop();
      trace.pop();
    };

    targets.forEach((t, i) => {
      const position = positions[i];
      const gone = GONE.has(phases.get(t)!);
      const blocked = BLOCKED_ON[position];
      if (blocked && gone) {
        // until() rejects; run.ts then reports the cancellation for its own target, which must change nothing but its
        // slot. (Gone targets stay gone, and their gates were checked to refuse when they became gone.)
        report(i, { kind: 'cancel', target: t }, `${t}: until(${blocked.gate}) rejects, reports it`, 'ended', false);
      } else if (blocked) {
        // The same question until() asks on every wake-up; a live target's gate must answer, not throw.
        const open = checked(() => machine.isOpen(t, blocked.gate));
        if (open) {
          if ([...phases.values()].includes('failed')) stats.enteredAfterFailure++;
          report(
            i,
            { kind: 'enter', target: t, gate: blocked.gate },
            `${t}: ${blocked.gate} gate opens`,
            blocked.then,
            false,
          );
        } else if (machine.maxParallelism !== Infinity && machine.slotHolders().size >= machine.maxParallelism)
          stats.slotWaits++;
      }
      const working = WORKING_TOWARDS[position];
      // (run.ts throws once a late `completed` finds its target gone: it neither returns nor exports)
      if (working)
        report(
          i,
          { kind: working.event, target: t },
          `${t}: ${gone ? 'late ' : ''}${working.event}`,
          gone && working.event === 'completed' ? 'ended' : working.then,
          false,
        );
      // The machine stopped a working runner (its signal): its calls are aborted, it reports and ends.
      if (working && machine.stopOf(t))
        report(i, { kind: 'cancel', target: t }, `${t}: stopped while ${position}`, 'ended', false);
      // A live runner may fail at any point: while blocked (the run was aborted), while working, or during its
      // export (Return or export failed). A gone target's runner needs no separate failure: its next report or gate
      // ends it with the same no-op call.
      if (position !== 'ended' && position !== 'done' && !gone && failures < maxFailures) {
        report(i, { kind: 'failed', target: t }, `${t}: fails (${position})`, 'ended', true);
        if (options.cancellations)
          report(i, { kind: 'cancel', target: t }, `${t}: the run stops it (${position})`, 'ended', true);
      }
    });

    if (progress === 0) {
      stats.quiescentStates++;
      // Only a failure from outside could move anything now, so every runner must have finished: a state
      // where runners still wait would hang the run. (Failures stay enabled — an export can still fail — so
      // "nothing enabled at all" would never see a deadlock.)
      const stuck = targets.filter((_, i) => positions[i] !== 'done' && positions[i] !== 'ended');
      checked(() => checkTerminal(ctx, machine, phases, stuck));
    }
    if (enabled === 0) {
      stats.terminalStates++;
      if ([...phases.values()].includes('completed') && [...phases.values()].includes('failed'))
        stats.completedBesideFailure++;
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
    const initial = checked(() => makeMachine(consumes, machineOptions));
    stats.interleavings = visit(
      initial,
      targets.map(() => 'awaitSolve'),
      new Set(),
      0,
    );
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return stats;
}

/** The stats of several explorations added up (peakSlots: the highest). */
export function sumStats(all: ExploreStats[]): ExploreStats {
  return all.reduce((a, s) => ({
    states: a.states + s.states,
    transitions: a.transitions + s.transitions,
    quiescentStates: a.quiescentStates + s.quiescentStates,
    terminalStates: a.terminalStates + s.terminalStates,
    interleavings: a.interleavings + s.interleavings,
    cancellingFailures: a.cancellingFailures + s.cancellingFailures,
    lateReports: a.lateReports + s.lateReports,
    completedBesideFailure: a.completedBesideFailure + s.completedBesideFailure,
    enteredAfterFailure: a.enteredAfterFailure + s.enteredAfterFailure,
    peakSlots: Math.max(a.peakSlots, s.peakSlots),
    slotWaits: a.slotWaits + s.slotWaits,
  }));
}
