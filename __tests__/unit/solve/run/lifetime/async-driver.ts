/**
 * A seeded random driver that runs the lifetime rule through its promise API, the way run.ts does: every
 * target is an async runner awaiting `until()` between its reports, and listening to the machine's signal for it (the
 * machine stops a target whose producer failed, or every target under fail-fast). The exhaustive explorer asks
 * `isOpen` directly; this driver covers what it cannot — waiters being woken (or rejected) by other targets' events,
 * slots handed over through the wake-up order, and signals aborting work in flight.
 *
 * The runners' work (starting the build, lazy solve, evaluation, export) is a ticket the driver settles, one at a
 * time, in an order drawn from the seed; settling a ticket with an error is a failure of that step, and a runner
 * blocked on a gate can be aborted (the run was cancelled). Between two decisions the driver lets every pending
 * promise callback run; if then no ticket is pending and some runner has not finished, every runner is waiting on a
 * gate that will never open: a deadlock.
 */
import { abortable } from '../../../../../src/solve/run/abortable.js';
import {
  TargetCancelledError,
  type ExecutionPolicy,
  type Gate,
  type LifetimeMachine,
} from '../../../../../src/solve/run/lifetime.js';
import { realMachine, type MachineFactory } from './explore.js';
import { ancestorsOf, consumesMap, describeGraph, type TargetGraph } from './graphs.js';
import {
  checkGatesOfGoneTargets,
  checkState,
  checkTerminal,
  checkTransition,
  formatPhases,
  GATES,
  LifetimeViolation,
  phasesOf,
  type CheckContext,
  type MachineEvent,
} from './invariants.js';

export type RunnerOutcome = 'done' | 'failed' | 'cancelled';

export interface AsyncRunOptions {
  seed: number;
  /** Chance that a decision fails a step (or aborts a blocked runner) instead of letting a step finish. */
  failureRate: number;
  execution?: ExecutionPolicy;
  maxParallelism?: number;
  makeMachine?: MachineFactory;
}

export interface AsyncRunResult {
  outcomes: Map<string, RunnerOutcome>;
  /** Decisions the driver made (steps finished, failed or aborted). */
  decisions: number;
  failuresInjected: number;
  /** The most targets working (holding a slot) at once. */
  peakWorking: number;
  machine: LifetimeMachine;
}

class InjectedFailure extends Error {}
/** The run stopped a blocked runner (run.ts: the outer signal): it reports a cancellation, not a failure. */
class RunCancelled extends Error {}

/** mulberry32: small, fast and good enough to spread interleavings; the seed makes a failure reproducible. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every promise callback queued so far (and those they queue) runs before setImmediate's callback. */
const settlePromiseCallbacks = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Ticket {
  target: string;
  step: string;
  finish: () => void;
  fail: (err: Error) => void;
}

export async function driveRandomly(graph: TargetGraph, options: AsyncRunOptions): Promise<AsyncRunResult> {
  const random = seededRandom(options.seed);
  const machine = (options.makeMachine ?? realMachine)(consumesMap(graph), {
    execution: options.execution ?? 'fail-fast',
    maxParallelism: options.maxParallelism,
  });
  const tickets: Ticket[] = [];
  const blockedOn = new Map<string, Gate>();
  const aborts = new Map(graph.targets.map((t) => [t, new AbortController()]));
  // run.ts: a target's calls stop when the run stops it or when the machine does
  const signals = new Map(graph.targets.map((t) => [t, AbortSignal.any([aborts.get(t)!.signal, machine.signalOf(t)])]));
  const outcomes = new Map<string, RunnerOutcome>();
  const struck = new Set<string>();
  const ctx: CheckContext = { graph, execution: machine.execution, struck };
  const log: string[] = [];
  let violation: LifetimeViolation | undefined;
  let decisions = 0;
  let failuresInjected = 0;
  let peakWorking = 0;

  const fail = (v: LifetimeViolation) => {
    violation ??= v;
  };
  /** Reports one event to the machine, as run.ts does, and checks what it changed. */
  const report = (event: MachineEvent, strikes = false) => {
    log.push(`${event.target}: ${event.kind}`);
    const before = phasesOf(machine, graph);
    if (
      strikes &&
      before.get(event.target) !== 'failed' &&
      before.get(event.target) !== 'cancelled' &&
      !(event.kind === 'cancel' && before.get(event.target) === 'completed')
    ) {
      struck.add(event.target);
    }
    try {
      if (event.kind === 'failed') machine.failed(event.target, `${event.target} failed`);
      else if (event.kind === 'cancel') machine.cancel(event.target, `the run stopped ${event.target}`);
      else if (event.kind !== 'enter') machine[event.kind](event.target);
      const after = phasesOf(machine, graph);
      checkTransition(ctx, before, after, event);
      checkState(ctx, machine, after);
      if (event.kind === 'failed' || event.kind === 'cancel') checkGatesOfGoneTargets(machine, graph, after);
    } catch (err) {
      fail(
        err instanceof LifetimeViolation
          ? err
          : new LifetimeViolation('machine-threw', `${event.kind}(${event.target}): ${String(err)}`),
      );
    }
  };
  const work = (target: string, step: string) => {
    const signal = signals.get(target)!;
    const done = new Promise<void>((finish, failStep) => tickets.push({ target, step, finish, fail: failStep }));
    // Work in flight is aborted with the target's signal (run.ts passes it to every daemon call).
    return abortable(done, signal).catch((err: unknown) => {
      const i = tickets.findIndex((k) => k.target === target && k.step === step);
      if (signal.aborted && i >= 0) tickets.splice(i, 1);
      throw err;
    });
  };
  const gate = async (target: string, g: Gate) => {
    blockedOn.set(target, g);
    try {
      await abortable(machine.until(target, g), signals.get(target)!);
      peakWorking = Math.max(peakWorking, machine.slotHolders().size);
    } finally {
      blockedOn.delete(target);
    }
  };
  /** How the runner ends on an error, as run.ts's catch decides: stopped by the machine or the run → cancelled. */
  const ended = (t: string, err: unknown): RunnerOutcome => {
    const stoppedByMachine = machine.signalOf(t).aborted;
    if (stoppedByMachine || err instanceof TargetCancelledError || err instanceof RunCancelled) {
      report({ kind: 'cancel', target: t }, err instanceof RunCancelled);
      return 'cancelled';
    }
    report({ kind: 'failed', target: t }, true);
    if (!(err instanceof InjectedFailure)) fail(new LifetimeViolation('unexpected-error', `${t}: ${String(err)}`));
    return 'failed';
  };

  /** run.ts's runTarget with the daemon calls replaced by tickets. */
  const runner = async (t: string): Promise<RunnerOutcome> => {
    // The build starts (session, outer Solve) while the target still waits for its producers; that failing stops
    // the target wherever it waits, as run.ts's per-target abort does.
    const started = work(t, 'start');
    started.catch((err: unknown) => aborts.get(t)!.abort(err));
    try {
      await gate(t, 'solve');
      await work(t, 'lazy solve');
      report({ kind: 'published', target: t });
      await gate(t, 'evaluate');
      await work(t, 'evaluate');
      report({ kind: 'evaluated', target: t });
      await gate(t, 'release');
      report({ kind: 'completed', target: t });
      if (machine.phaseOf(t) !== 'completed') throw machine.stopOf(t)!; // cancelled just before its release
      await work(t, 'export');
      await started; // the outer Solve returning is the end of the build it started
      report({ kind: 'finished', target: t });
      return 'done';
    } catch (err) {
      return ended(t, err);
    }
  };

  const runners = graph.targets.map((t) => runner(t).then((o) => outcomes.set(t, o)));

  // Each runner settles at most five tickets and can be aborted once, so this bounds a correct run.
  for (let round = 0; round < 6 * graph.targets.length + 1; round++) {
    await settlePromiseCallbacks();
    if (violation || outcomes.size === graph.targets.length) break;
    if (tickets.length === 0) {
      const waiting = graph.targets
        .filter((t) => !outcomes.has(t))
        .map((t) => `${t} (until ${blockedOn.get(t) ?? '?'})`);
      fail(
        new LifetimeViolation(
          'deadlock',
          `no step can run, yet ${waiting.join(', ')} never finished (${formatPhases(phasesOf(machine, graph))})`,
        ),
      );
      break;
    }
    decisions++;
    const abortableRunners = [...blockedOn.keys()].filter((t) => !aborts.get(t)!.signal.aborted);
    if (random() < options.failureRate) {
      failuresInjected++;
      const k = Math.floor(random() * (tickets.length + abortableRunners.length));
      if (k < tickets.length) {
        const [ticket] = tickets.splice(k, 1);
        log.push(`${ticket.target}: ${ticket.step} fails`);
        ticket.fail(new InjectedFailure(`${ticket.target}: ${ticket.step} failed`));
      } else {
        const t = abortableRunners[k - tickets.length];
        log.push(`${t}: the run stops it while it waits for ${blockedOn.get(t)}`);
        aborts.get(t)!.abort(new RunCancelled(`${t} stopped by the run`));
      }
    } else {
      const [ticket] = tickets.splice(Math.floor(random() * tickets.length), 1);
      log.push(`${ticket.target}: ${ticket.step} finishes`);
      ticket.finish();
    }
  }

  if (!violation && outcomes.size < graph.targets.length) {
    fail(
      new LifetimeViolation(
        'runaway',
        `runners still going after every step a correct run can take (${formatPhases(phasesOf(machine, graph))})`,
      ),
    );
  }
  if (!violation) {
    await Promise.all(runners);
    const phases = phasesOf(machine, graph);
    try {
      checkTerminal(ctx, machine, phases, []);
      if (peakWorking > machine.maxParallelism)
        throw new LifetimeViolation('parallelism-exceeded', `${peakWorking} targets worked at once`);
      for (const [t, outcome] of outcomes) {
        const phase = phases.get(t)!;
        // What the runner concluded must match what the machine recorded (a completed target's export may still
        // fail, or be stopped under fail-fast).
        const consistent =
          (outcome === 'done' && phase === 'completed') ||
          (outcome === 'cancelled' && (phase === 'cancelled' || phase === 'completed')) ||
          (outcome === 'failed' && (phase === 'failed' || phase === 'completed'));
        if (!consistent)
          throw new LifetimeViolation(
            'outcome-mismatch',
            `${t}'s runner ended ${outcome} but the machine says ${phase}`,
          );
        // keep-going through the promise API: a target that was not struck and consumes nothing struck built.
        const unaffected = !struck.has(t) && ![...ancestorsOf(graph, t)].some((a) => struck.has(a));
        if (machine.execution === 'keep-going' && unaffected && outcome !== 'done') {
          throw new LifetimeViolation(
            'keep-going-unrelated-not-built',
            `${t} ended ${outcome} though nothing it consumes failed`,
          );
        }
      }
      // The promise API, after the fact: a gone target's every until() rejects, a completed one's release
      // resolves. (Its earlier gates need not: a producer may fail during its export after its consumer
      // completed, and then the consumer's solve gate is shut — harmless, nobody asks again.)
      for (const t of graph.targets) {
        for (const g of phases.get(t) === 'completed' ? (['release'] as const) : GATES) {
          const settled = await machine.until(t, g).then(
            () => 'resolved',
            (err: unknown) =>
              err instanceof TargetCancelledError && err.target === t ? 'rejected' : `threw ${String(err)}`,
          );
          if (settled === 'resolved') machine.finished(t); // that until() took a slot: give it back
          const expected = phases.get(t) === 'completed' ? 'resolved' : 'rejected';
          if (settled !== expected)
            throw new LifetimeViolation(
              'until-wrong-answer',
              `until(${t}, ${g}) ${settled} while ${t} is ${phases.get(t)}`,
            );
        }
      }
      // The machine's own history must end in the phases it reports.
      for (const t of graph.targets) {
        const last = machine.history.filter((h) => h.target === t).at(-1)?.phase ?? 'waiting';
        if (last !== phases.get(t))
          throw new LifetimeViolation('history-mismatch', `${t}'s history ends ${last} but it is ${phases.get(t)}`);
      }
    } catch (err) {
      fail(err as LifetimeViolation);
    }
  }
  if (violation) {
    // Unblock whatever is still waiting so nothing outlives the test, then report.
    for (const a of aborts.values()) a.abort(new InjectedFailure('driver stopped'));
    for (const ticket of tickets.splice(0)) ticket.fail(new InjectedFailure('driver stopped'));
    throw new Error(
      `${violation.message}\n  graph: ${describeGraph(graph)}, seed ${options.seed}\n  steps:\n    ${log.join('\n    ')}`,
      {
        cause: violation,
      },
    );
  }
  return { outcomes, decisions, failuresInjected, peakWorking, machine };
}
