/**
 * The properties the lifetime rule, the execution policies and the parallelism bound promise
 * (src/solve/run/lifetime.ts), as checks over the phases of every target before and after one machine event, over a
 * state, and over a finished run. Both the exhaustive explorer and the async driver call these, so a rule is written
 * once and checked in both.
 *
 * `struck` is what happened to the run from outside the machine: the targets whose own runner failed (or was stopped
 * by the run: `cancel`) while they were still live, or whose export failed. Under keep-going a target is cancelled only
 * because a struck target is one of its producers; under fail-fast because any target was struck.
 */
import {
  TargetCancelledError,
  type ExecutionPolicy,
  type Gate,
  type LifetimeMachine,
  type Phase,
} from '../../../../../src/solve/run/lifetime.js';
import { ancestorsOf, childrenOf, descendantsOf, parentsOf, type TargetGraph } from './graphs.js';

export type Phases = ReadonlyMap<string, Phase>;

/** A call the runner makes on the machine (run.ts: enter through until(), published/evaluated/completed/finished on
 * progress, failed on its own error, cancel when the run stopped it or the machine had). */
export type MachineEvent =
  | { kind: 'published' | 'evaluated' | 'completed' | 'finished' | 'failed' | 'cancel'; target: string }
  | { kind: 'enter'; target: string; gate: Gate };

export interface CheckContext {
  graph: TargetGraph;
  execution: ExecutionPolicy;
  /** targets struck from outside the machine (a failure of their own, or the run's cancellation) */
  struck: ReadonlySet<string>;
}

export const GATES: readonly Gate[] = ['solve', 'evaluate', 'release'];

export class LifetimeViolation extends Error {
  constructor(
    readonly rule: string,
    detail: string,
  ) {
    super(`${rule}: ${detail}`);
  }
}

const GONE: ReadonlySet<Phase> = new Set(['failed', 'cancelled']);
/** Phases no event may change again. */
const FINAL: ReadonlySet<Phase> = new Set(['completed', 'failed', 'cancelled']);
/** The forward step each progress event makes; failure may end any non-final phase. */
const NEXT: Partial<Record<Phase, Phase>> = { waiting: 'published', published: 'evaluated', evaluated: 'completed' };

export function phasesOf(machine: LifetimeMachine, graph: TargetGraph): Map<string, Phase> {
  return new Map(graph.targets.map((t) => [t, machine.phaseOf(t)]));
}

export function formatPhases(phases: Phases): string {
  return [...phases].map(([t, p]) => `${t}=${p}`).join(' ');
}

function requireAll(
  rule: string,
  targets: Iterable<string>,
  phases: Phases,
  allowed: readonly Phase[],
  what: string,
): void {
  for (const x of targets) {
    const p = phases.get(x)!;
    if (!allowed.includes(p)) throw new LifetimeViolation(rule, `${what}, but ${x} is ${p} (${formatPhases(phases)})`);
  }
}

/** Properties of every reachable state, whatever led there. */
export function checkState(ctx: CheckContext, machine: LifetimeMachine, phases: Phases): void {
  const { graph } = ctx;
  for (const t of graph.targets) {
    const p = phases.get(t)!;
    if (p === 'cancelled') checkCancellation(ctx, machine, phases, t);
    // The §4.7 invariant: a producer's job outlives every consumer's (and their consumers') evaluation.
    if (p === 'completed') {
      requireAll(
        'released-before-descendants-evaluated',
        descendantsOf(graph, t),
        phases,
        ['evaluated', 'completed', 'failed', 'cancelled'],
        `${t} is released`,
      );
    }
    // A target still alive at or past evaluation has parents that got there first (a completed target's
    // parent may have failed since: a producer can still fail during its own export).
    if (p === 'published' || p === 'evaluated') {
      requireAll(
        'solved-before-producers-published',
        parentsOf(graph, t),
        phases,
        ['published', 'evaluated', 'completed'],
        `${t} is ${p}`,
      );
    }
    if (p === 'evaluated') {
      requireAll(
        'evaluated-before-parents-evaluated',
        parentsOf(graph, t),
        phases,
        ['evaluated', 'completed'],
        `${t} is evaluated`,
      );
    }
  }
  // The bound: never more slot holders than allowed.
  const holders = machine.slotHolders();
  if (holders.size > machine.maxParallelism) {
    throw new LifetimeViolation(
      'parallelism-exceeded',
      `${[...holders].join(',')} hold slots, at most ${machine.maxParallelism} may (${formatPhases(phases)})`,
    );
  }
}

/**
 * A cancelled target says why, and the why is true: cancelled by the run itself (struck), or because a struck target
 * failed or was cancelled — one it consumes under keep-going (named in the reason), any target under fail-fast.
 */
function checkCancellation(ctx: CheckContext, machine: LifetimeMachine, phases: Phases, t: string): void {
  const stop = machine.stopOf(t);
  if (!stop)
    throw new LifetimeViolation(
      'cancelled-without-reason',
      `${t} is cancelled but the machine has no reason (${formatPhases(phases)})`,
    );
  if (ctx.struck.has(t) && stop.failedTarget === undefined) return; // the run stopped it
  const ancestors = ancestorsOf(ctx.graph, t);
  if (stop.failedTarget !== undefined) {
    const f = stop.failedTarget;
    if (!ctx.struck.has(f) || (phases.get(f) !== 'failed' && phases.get(f) !== 'completed')) {
      throw new LifetimeViolation(
        'cancelled-by-a-target-that-did-not-fail',
        `${t} is cancelled naming ${f}, which is ${phases.get(f)} (${formatPhases(phases)})`,
      );
    }
    if (!stop.message.includes(`"${f}"`))
      throw new LifetimeViolation('reason-does-not-name-producer', `${t}: "${stop.message}" does not name ${f}`);
    if (ctx.execution === 'keep-going' && !ancestors.has(f)) {
      throw new LifetimeViolation(
        'keep-going-cancelled-unrelated',
        `${t} is cancelled because ${f} failed, which it does not consume (${formatPhases(phases)})`,
      );
    }
    return;
  }
  // no failed target named: a target it consumes was cancelled by the run
  if (![...ancestors].some((a) => ctx.struck.has(a) && phases.get(a) === 'cancelled')) {
    throw new LifetimeViolation(
      'cancelled-without-failed-ancestor',
      `${t} is cancelled (${stop.message}) (${formatPhases(phases)})`,
    );
  }
}

/** Properties of one event: what it may change, and what must hold at the moment it takes effect. */
export function checkTransition(ctx: CheckContext, before: Phases, after: Phases, event: MachineEvent): void {
  const { graph } = ctx;
  const t = event.target;
  const label = `${event.kind}(${t})`;
  for (const x of graph.targets) {
    const b = before.get(x)!;
    const a = after.get(x)!;
    if (a === b) continue;
    if (FINAL.has(b) || (a !== NEXT[b] && !GONE.has(a))) {
      throw new LifetimeViolation('phase-regressed', `${label} moved ${x} from ${b} to ${a}`);
    }
  }
  const changed = graph.targets.filter((x) => before.get(x) !== after.get(x));
  const unchanged = (rule: string, why: string) => {
    if (changed.length) throw new LifetimeViolation(rule, `${label} changed ${changed.join(',')} ${why}`);
  };

  if (event.kind === 'enter' || event.kind === 'finished')
    return unchanged('side-effect', `(a ${event.kind} changes no phase)`);

  if (event.kind === 'failed' || event.kind === 'cancel') {
    const b = before.get(t)!;
    if (GONE.has(b)) return unchanged('late-failure-changed-state', `though ${t} was ${b}`);
    // After its release point a target's consumers have all completed (rule 3): only fail-fast stops anything more.
    const spreads = event.kind === 'failed' && ctx.execution === 'fail-fast';
    if (b === 'completed' && !spreads) return unchanged('late-failure-changed-state', `though ${t} was completed`);
    if (b !== 'completed' && after.get(t) !== (event.kind === 'failed' ? 'failed' : 'cancelled')) {
      throw new LifetimeViolation('failure-not-recorded', `${label} left ${t} ${after.get(t)}`);
    }
    const downstream = descendantsOf(graph, t);
    for (const x of graph.targets) {
      if (x === t) continue;
      const bx = before.get(x)!;
      const ax = after.get(x)!;
      const mustStop = !FINAL.has(bx) && (downstream.has(x) || spreads);
      if (mustStop && ax !== 'cancelled') {
        const rule = downstream.has(x) ? 'failure-not-propagated' : 'fail-fast-did-not-stop';
        throw new LifetimeViolation(rule, `${label} left ${x} ${ax} (${formatPhases(after)})`);
      }
      if (!mustStop && ax !== bx)
        throw new LifetimeViolation('failure-cancelled-unrelated', `${label} moved ${x} from ${bx} to ${ax}`);
    }
    return;
  }

  if (GONE.has(before.get(t)!)) {
    // A cancelled target's solve or evaluation may still report after the cancellation; it must change nothing.
    return unchanged('late-report-changed-state', `though ${t} was ${before.get(t)}`);
  }
  if (after.get(t) !== event.kind)
    throw new LifetimeViolation('event-not-applied', `${label} left ${t} ${after.get(t)}`);
  const others = changed.filter((x) => x !== t);
  if (others.length) throw new LifetimeViolation('side-effect', `${label} also changed ${others.join(',')}`);

  const parents = parentsOf(graph, t);
  const children = childrenOf(graph, t);
  switch (event.kind) {
    case 'published':
      // Rule 1: the consumer's solve needs every producer's definition.
      requireAll(
        'solved-before-producers-published',
        parents,
        after,
        ['published', 'evaluated', 'completed'],
        `${t} published`,
      );
      break;
    case 'evaluated':
      // Rule 2: parents load the shared vertices first, under their own jobs; children have registered.
      requireAll('evaluated-before-parents-evaluated', parents, after, ['evaluated', 'completed'], `${t} evaluated`);
      requireAll(
        'evaluated-before-consumers-published',
        children,
        after,
        ['published', 'evaluated', 'completed', 'failed', 'cancelled'],
        `${t} evaluated`,
      );
      break;
    case 'completed':
      // The §4.7 invariant first: every consumer, and every consumer of theirs, has loaded the shared
      // vertices while this producer's job still held them.
      requireAll(
        'released-before-descendants-evaluated',
        descendantsOf(graph, t),
        after,
        ['evaluated', 'completed', 'failed', 'cancelled'],
        `${t} released`,
      );
      // Rule 3, the stricter way the machine guarantees it: every child reached its own release point (or
      // gave up), so by induction the whole subtree below has evaluated.
      requireAll(
        'released-before-consumers-completed',
        children,
        after,
        ['completed', 'failed', 'cancelled'],
        `${t} released`,
      );
      break;
  }
}

/** What a gate threw, as the violation shows it (an Error's own toString: `Name: message`). */
function thrownText(thrown: unknown): string {
  return thrown instanceof Error ? thrown.toString() : String(thrown);
}

/**
 * A failed or cancelled target can never pass a gate, and says so: every gate throws TargetCancelledError
 * naming it (which is what makes run.ts's `until()` reject). A live target's gates never throw.
 */
export function checkGatesOfGoneTargets(
  machine: LifetimeMachine,
  graph: TargetGraph,
  phases: Phases,
  targets: Iterable<string> = graph.targets,
): void {
  for (const t of targets) {
    const gone = GONE.has(phases.get(t)!);
    for (const gate of GATES) {
      let thrown: unknown;
      try {
        machine.isOpen(t, gate);
      } catch (err) {
        thrown = err;
      }
      if (gone && !(thrown instanceof TargetCancelledError && thrown.target === t)) {
        throw new LifetimeViolation(
          'cancelled-gate-not-rejected',
          `${t} is ${phases.get(t)} but its ${gate} gate ${thrown ? `threw ${thrownText(thrown)}` : 'answered'}`,
        );
      }
      if (!gone && thrown)
        throw new LifetimeViolation(
          'live-gate-threw',
          `${t} is ${phases.get(t)} but its ${gate} gate threw ${thrownText(thrown)}`,
        );
    }
  }
}

/**
 * A state where no process can move: every target must have reached an end, else the run hangs. Then, by policy:
 * without anything struck every target completed (the machine never gives up on its own); under keep-going every
 * target that was not struck and consumes no struck target completed — in particular every producer of a failed
 * consumer was still released; under fail-fast every target not struck completed or was cancelled. And whatever the
 * policy, no target was released twice.
 */
export function checkTerminal(
  ctx: CheckContext,
  machine: LifetimeMachine,
  phases: Phases,
  stuckProcesses: readonly string[],
): void {
  const { graph } = ctx;
  const unfinished = graph.targets.filter((t) => !FINAL.has(phases.get(t)!));
  if (unfinished.length || stuckProcesses.length) {
    throw new LifetimeViolation(
      'deadlock',
      `nothing can move, yet ${[...new Set([...unfinished, ...stuckProcesses])].join(',')} never finished (${formatPhases(phases)})`,
    );
  }
  if (!ctx.struck.size) requireAll('gave-up-without-failure', graph.targets, phases, ['completed'], 'no target failed');
  if (ctx.execution === 'keep-going') {
    const unaffected = graph.targets.filter(
      (t) => !ctx.struck.has(t) && ![...ancestorsOf(graph, t)].some((a) => ctx.struck.has(a)),
    );
    requireAll(
      'keep-going-unrelated-not-completed',
      unaffected,
      phases,
      ['completed'],
      'it neither failed nor consumes a failed target',
    );
  }
  for (const t of graph.targets) {
    const releases = machine.history.filter((h) => h.target === t && h.phase === 'completed').length;
    if (releases !== (phases.get(t) === 'completed' ? 1 : 0)) {
      throw new LifetimeViolation(
        'released-not-exactly-once',
        `${t} was released ${releases} times and is ${phases.get(t)}`,
      );
    }
  }
  if (machine.slotHolders().size)
    throw new LifetimeViolation(
      'slot-leaked',
      `${[...machine.slotHolders()].join(',')} still hold slots after the run`,
    );
}
