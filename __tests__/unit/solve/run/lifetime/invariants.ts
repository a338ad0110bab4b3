/**
 * The properties the lifetime rule promises (src/solve/run/lifetime.ts, docs/architecture.md, "Chained targets"), as checks over
 * the phases of every target before and after one machine event. Both the exhaustive explorer and the async
 * driver call these, so a rule is written once and checked in both.
 */
import { TargetCancelledError, type Gate, type LifetimeMachine, type Phase } from '../../../../../src/solve/run/lifetime.js';
import { ancestorsOf, childrenOf, descendantsOf, parentsOf, type TargetGraph } from './graphs.js';

export type Phases = ReadonlyMap<string, Phase>;

/** A call the runner makes on the machine (run.ts: published/evaluated/completed on progress, failed on error). */
export type MachineEvent = { kind: 'published' | 'evaluated' | 'completed' | 'failed'; target: string };

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

function requireAll(rule: string, targets: Iterable<string>, phases: Phases, allowed: readonly Phase[], what: string): void {
  for (const x of targets) {
    const p = phases.get(x)!;
    if (!allowed.includes(p)) throw new LifetimeViolation(rule, `${what}, but ${x} is ${p} (${formatPhases(phases)})`);
  }
}

/** Properties of every reachable state, whatever led there. */
export function checkState(graph: TargetGraph, phases: Phases): void {
  for (const t of graph.targets) {
    const p = phases.get(t)!;
    // Cancellation only flows downstream from a failure: a healthy producer never cancels its consumers.
    if (p === 'cancelled' && ![...ancestorsOf(graph, t)].some((a) => phases.get(a) === 'failed')) {
      throw new LifetimeViolation('cancelled-without-failed-ancestor', `${t} is cancelled (${formatPhases(phases)})`);
    }
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
      requireAll('solved-before-producers-published', parentsOf(graph, t), phases, ['published', 'evaluated', 'completed'], `${t} is ${p}`);
    }
    if (p === 'evaluated') {
      requireAll('evaluated-before-parents-evaluated', parentsOf(graph, t), phases, ['evaluated', 'completed'], `${t} is evaluated`);
    }
  }
}

/** Properties of one event: what it may change, and what must hold at the moment it takes effect. */
export function checkTransition(graph: TargetGraph, before: Phases, after: Phases, event: MachineEvent): void {
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

  if (event.kind === 'failed') {
    if (FINAL.has(before.get(t)!)) {
      // run.ts reports failed() for targets already cancelled, and after a completed target's export fails.
      if (changed.length) throw new LifetimeViolation('late-failure-changed-state', `${label} changed ${changed.join(',')} though ${t} was ${before.get(t)}`);
      return;
    }
    if (after.get(t) !== 'failed') throw new LifetimeViolation('failure-not-recorded', `${label} left ${t} ${after.get(t)}`);
    const downstream = descendantsOf(graph, t);
    for (const x of graph.targets) {
      if (x === t) continue;
      const b = before.get(x)!;
      const a = after.get(x)!;
      if (downstream.has(x) && !FINAL.has(b) && a !== 'cancelled') {
        throw new LifetimeViolation('failure-not-propagated', `${label} left its consumer ${x} ${a} (${formatPhases(after)})`);
      }
      if ((!downstream.has(x) || FINAL.has(b)) && a !== b) {
        throw new LifetimeViolation('failure-cancelled-unrelated', `${label} moved ${x} from ${b} to ${a}`);
      }
    }
    return;
  }

  if (GONE.has(before.get(t)!)) {
    // A cancelled target's solve or evaluation may still report after the cancellation; it must change nothing.
    if (changed.length) throw new LifetimeViolation('late-report-changed-state', `${label} changed ${changed.join(',')} though ${t} was ${before.get(t)}`);
    return;
  }
  if (after.get(t) !== event.kind) throw new LifetimeViolation('event-not-applied', `${label} left ${t} ${after.get(t)}`);
  const others = changed.filter((x) => x !== t);
  if (others.length) throw new LifetimeViolation('side-effect', `${label} also changed ${others.join(',')}`);

  const parents = parentsOf(graph, t);
  const children = childrenOf(graph, t);
  switch (event.kind) {
    case 'published':
      // Rule 1: the consumer's solve needs every producer's definition.
      requireAll('solved-before-producers-published', parents, after, ['published', 'evaluated', 'completed'], `${t} published`);
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
      requireAll('released-before-consumers-completed', children, after, ['completed', 'failed', 'cancelled'], `${t} released`);
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
        throw new LifetimeViolation('cancelled-gate-not-rejected', `${t} is ${phases.get(t)} but its ${gate} gate ${thrown ? `threw ${thrownText(thrown)}` : 'answered'}`);
      }
      if (!gone && thrown) throw new LifetimeViolation('live-gate-threw', `${t} is ${phases.get(t)} but its ${gate} gate threw ${thrownText(thrown)}`);
    }
  }
}

/**
 * A state where no process can move: every target must have reached an end, else the run hangs. Without any
 * failure, every target must have completed (the machine must never give up on its own).
 */
export function checkTerminal(graph: TargetGraph, phases: Phases, anyFailure: boolean, stuckProcesses: readonly string[]): void {
  const unfinished = graph.targets.filter((t) => !FINAL.has(phases.get(t)!));
  if (unfinished.length || stuckProcesses.length) {
    throw new LifetimeViolation(
      'deadlock',
      `nothing can move, yet ${[...new Set([...unfinished, ...stuckProcesses])].join(',')} never finished (${formatPhases(phases)})`,
    );
  }
  if (!anyFailure) requireAll('gave-up-without-failure', graph.targets, phases, ['completed'], 'no target failed');
}
