/**
 * The linked-target lifetime rule, the execution policy and the parallelism bound, in one place (BuildKit's lifetime
 * problem: buildx #2108, #3543, #3696, #4014; policies: docker/bake-action #112, #359, buildx #1089, #3297).
 *
 * A producer P and a consumer C share vertices: C loads P's LLB through its frontend inputs, and a shared
 * vertex can only use the sessions (secrets, local dirs, auth) of the jobs currently holding it. So:
 *   1. C may solve (lazily) once every parent has PUBLISHED its lazy result (C needs their definitions);
 *   2. T may EVALUATE once T is published, every child of T has published (they registered their LLB) and
 *      every parent has EVALUATED (a parent loads the shared vertices first, under its own job);
 *   3. T may be RELEASED (Return → export → its job and session end) only once T is evaluated and every child
 *      has COMPLETED, i.e. reached its own release point — so no producer goes away before all of its
 *      consumers, and their consumers, have evaluated.
 * A failed or cancelled child no longer holds its parents back, so nothing deadlocks. The order cannot deadlock on a
 * DAG: rule 2 needs only the parents' rule 1 and 2 and the children's rule 1; rule 3 needs the children's rule 3
 * (induction on depth).
 *
 * What a failure stops is the execution policy's:
 *   - fail-fast (default, buildx's only behaviour): every target that has not finished is cancelled, naming the failed
 *     target; targets past their release point (exporting) are stopped through their signal (signalOf);
 *   - keep-going: only the targets that consume the failed one, directly or through others, are cancelled (naming it);
 *     every other target builds on, and every producer is still released once its live consumers completed.
 * A target stopped from outside (the run cancelled: `cancel`) takes its consumers with it, under either policy.
 *
 * The parallelism bound (`maxParallelism`, default none): a target takes one of N slots when it passes a gate and keeps
 * it while it works; it gives the slot back as soon as it must wait for another target (its next gate is closed when
 * it reports), when it finishes (its export ended) or when it fails. A waiting target never holds a slot, so the bound
 * cannot deadlock: whenever no slot is free, every holder is working and will report; whenever a slot is free, the
 * DAG argument above finds a target whose gate is open. Freed slots go to release gates first, then evaluate, then
 * solve: targets already under way finish before new ones start.
 *
 * The machine is pure and synchronous: the runner reports events and awaits `until(t, gate)`; a model checker
 * in the tests drives every interleaving of events through the same object.
 */

export type Phase = 'waiting' | 'published' | 'evaluated' | 'completed' | 'failed' | 'cancelled';
export type Gate = 'solve' | 'evaluate' | 'release';
export type ExecutionPolicy = 'fail-fast' | 'keep-going';
export const EXECUTION_POLICIES: readonly ExecutionPolicy[] = ['fail-fast', 'keep-going'];

export interface LifetimeOptions {
  /** what a failure stops (default fail-fast) */
  execution?: ExecutionPolicy;
  /** at most this many targets working at once (an integer ≥ 1; default: no bound) */
  maxParallelism?: number;
}

/**
 * `target` can never pass a gate: it failed, it was cancelled, or a target it consumes failed. `failedTarget` names
 * the failed target that cancelled it (its own name when it failed itself; undefined when the run stopped it).
 */
export class TargetCancelledError extends Error {
  override readonly name = 'TargetCancelledError';

  constructor(
    readonly target: string,
    readonly reason: string,
    readonly failedTarget?: string,
  ) {
    super(`target "${target}" cancelled: ${reason}`, { cause: reason });
  }
}

interface Waiter {
  target: string;
  gate: Gate;
  resolve: () => void;
  reject: (err: Error) => void;
}

const RANK: Record<Phase, number> = { waiting: 0, published: 1, evaluated: 2, completed: 3, failed: -1, cancelled: -1 };
/** Which waiters a freed slot goes to first: work under way before new work. */
const GATE_PRIORITY: Record<Gate, number> = { release: 0, evaluate: 1, solve: 2 };

function isGone(p: Phase): boolean {
  return p === 'failed' || p === 'cancelled';
}

export class LifetimeMachine {
  readonly execution: ExecutionPolicy;
  readonly maxParallelism: number;
  private readonly phase = new Map<string, Phase>();
  private readonly parents = new Map<string, string[]>();
  private readonly children = new Map<string, string[]>();
  /** why each failed or cancelled target can pass no gate (and, under fail-fast, why an exporting one was stopped) */
  private readonly stops = new Map<string, TargetCancelledError>();
  private readonly signals = new Map<string, AbortController>();
  /** targets holding a slot (see the header); only bounded when maxParallelism is */
  private readonly holders = new Set<string>();
  /** targets whose work is over: finished their export, failed or cancelled */
  private readonly over = new Set<string>();
  private waiters: Waiter[] = [];
  /** Every transition in order; the tests read it to check invariants over whole histories. */
  readonly history: Array<{ target: string; phase: Phase }> = [];

  /** `graph` maps each target to the targets it consumes (its parents). */
  constructor(graph: ReadonlyMap<string, readonly string[]>, options: LifetimeOptions = {}) {
    this.execution = options.execution ?? 'fail-fast';
    this.maxParallelism = options.maxParallelism ?? Infinity;
    if (!EXECUTION_POLICIES.includes(this.execution))
      throw new Error(`unknown execution policy "${String(this.execution)}"`);
    if (!(this.maxParallelism >= 1) || (this.maxParallelism !== Infinity && !Number.isInteger(this.maxParallelism))) {
      throw new RangeError(`maxParallelism must be an integer of at least 1, got ${this.maxParallelism}`);
    }
    for (const t of graph.keys()) {
      this.phase.set(t, 'waiting');
      this.children.set(t, []);
    }
    for (const [t, ps] of graph) {
      for (const p of ps) if (!graph.has(p)) throw new Error(`target "${t}" consumes unknown target "${p}"`);
      this.parents.set(t, [...ps]);
      for (const p of ps) this.children.get(p)!.push(t);
    }
  }

  targets(): string[] {
    return [...this.phase.keys()];
  }
  phaseOf(t: string): Phase {
    const p = this.phase.get(t);
    if (!p) throw new Error(`unknown target "${t}"`);
    return p;
  }
  parentsOf(t: string): readonly string[] {
    return this.parents.get(t) ?? [];
  }
  childrenOf(t: string): readonly string[] {
    return this.children.get(t) ?? [];
  }
  /** A target that feeds or consumes another: only these are force-evaluated. */
  isLinked(t: string): boolean {
    return this.parentsOf(t).length > 0 || this.childrenOf(t).length > 0;
  }
  /** The targets holding a slot now (at most maxParallelism). */
  slotHolders(): ReadonlySet<string> {
    return this.holders;
  }
  /** Why `t` was cancelled (because of another target, or by `cancel`), or why its export was stopped under fail-fast;
   * undefined for a target that is live or failed itself. */
  stopOf(t: string): TargetCancelledError | undefined {
    return this.phaseOf(t) === 'failed' ? undefined : this.stops.get(t);
  }
  /**
   * Aborted, with the TargetCancelledError, when the machine stops `t`: cancelled because of another target, or,
   * under fail-fast, its export stopped. Not when `t` fails itself (its runner knows) or is cancelled by `cancel`.
   */
  signalOf(t: string): AbortSignal {
    this.phaseOf(t);
    let c = this.signals.get(t);
    if (!c) {
      c = new AbortController();
      this.signals.set(t, c);
      const stop = this.stopOf(t);
      if (stop && !this.over.has(t)) c.abort(stop);
    }
    return c.signal;
  }

  private reached(t: string, phase: Phase): boolean {
    return RANK[this.phaseOf(t)] >= RANK[phase];
  }
  /** A child that failed or was cancelled no longer needs anything from its parents. */
  private childSettled(c: string, phase: Phase): boolean {
    return isGone(this.phaseOf(c)) || this.reached(c, phase);
  }

  /** The lifetime rule alone (rules 1–3 above), for a live target. */
  protected lifetimeOpen(t: string, gate: Gate): boolean {
    switch (gate) {
      case 'solve':
        return this.parentsOf(t).every((x) => this.reached(x, 'published'));
      case 'evaluate':
        return (
          this.reached(t, 'published') &&
          this.childrenOf(t).every((c) => this.childSettled(c, 'published')) &&
          this.parentsOf(t).every((x) => this.reached(x, 'evaluated'))
        );
      case 'release':
        return this.reached(t, 'evaluated') && this.childrenOf(t).every((c) => this.childSettled(c, 'completed'));
    }
  }

  /** Whether `t` may pass `gate` now: the lifetime rule, and a slot (its own, or a free one). Throws
   * TargetCancelledError when t can never pass it. */
  isOpen(t: string, gate: Gate): boolean {
    const p = this.phaseOf(t);
    if (isGone(p)) throw this.stops.get(t) ?? new TargetCancelledError(t, p);
    return this.lifetimeOpen(t, gate) && (this.holders.has(t) || this.holders.size < this.maxParallelism);
  }

  /** Passes `gate` if it is open: `t` then holds a slot until it must wait, finishes or fails. Throws as isOpen. */
  enter(t: string, gate: Gate): boolean {
    if (!this.isOpen(t, gate)) return false;
    this.holders.add(t);
    return true;
  }

  /** Resolves once `t` has passed `gate` (enter); rejects with TargetCancelledError when it never can. */
  until(t: string, gate: Gate): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      try {
        if (this.enter(t, gate)) return resolve();
      } catch (err) {
        return reject(err);
      }
      this.waiters.push({ target: t, gate, resolve, reject });
    });
  }

  published(t: string): void {
    this.advance(t, 'waiting', 'published', 'solve', 'evaluate');
  }
  evaluated(t: string): void {
    this.advance(t, 'published', 'evaluated', 'evaluate', 'release');
  }
  /** `t` passed its release gate: its Return and export begin (it keeps its slot until `finished`). */
  completed(t: string): void {
    this.advance(t, 'evaluated', 'completed', 'release');
  }
  /** `t`'s build ended: its export is done. */
  finished(t: string): void {
    const p = this.phaseOf(t);
    if (!isGone(p) && p !== 'completed') throw new Error(`target "${t}": cannot finish while ${p}`);
    this.over.add(t);
    this.holders.delete(t);
    this.wake();
  }

  /** `t` failed (at any point, its export included): what else stops is the execution policy's (see the header). */
  failed(t: string, reason: string): void {
    const p = this.phaseOf(t);
    this.holders.delete(t);
    const already = isGone(p) || this.over.has(t);
    this.over.add(t);
    if (already) return this.wake(); // a late report from a stopped target changes nothing
    if (p !== 'completed') {
      this.stops.set(t, new TargetCancelledError(t, reason, t));
      this.set(t, 'failed');
    }
    this.cancelConsumers(t, t, 'which failed');
    if (this.execution === 'fail-fast') {
      const why = `target "${t}" failed, and the run fails fast (execution policy fail-fast)`;
      for (const x of this.targets()) {
        if (x === t || this.over.has(x)) continue;
        const stop = new TargetCancelledError(x, why, t);
        if (this.phaseOf(x) === 'completed') this.stopExport(x, stop);
        else if (!isGone(this.phaseOf(x))) this.cancelTarget(x, stop);
      }
    }
    this.wake();
  }

  /** `t` was stopped from outside the machine (the run was cancelled): it and the targets that consume it are
   * cancelled. After its release point this changes nothing but its slot. */
  cancel(t: string, reason: string): void {
    const p = this.phaseOf(t);
    this.holders.delete(t);
    const live = !isGone(p) && p !== 'completed';
    this.over.add(t);
    if (live) {
      this.stops.set(t, new TargetCancelledError(t, reason));
      this.set(t, 'cancelled');
      this.cancelConsumers(t, undefined, 'which was cancelled');
    }
    this.wake();
  }

  /** Every live target that consumes `from` (directly or through others) is cancelled, naming `from`. */
  private cancelConsumers(from: string, failedTarget: string | undefined, what: string): void {
    const via = new Map<string, string>(); // consumer → the consumer of `from` it is reached through
    const queue = this.childrenOf(from).map((c) => [c, c] as const);
    while (queue.length) {
      const [c, first] = queue.shift()!;
      if (via.has(c)) continue;
      via.set(c, first);
      const cp = this.phaseOf(c);
      if (isGone(cp) || cp === 'completed') continue;
      const reason =
        c === first ? `it consumes "${from}", ${what}` : `it consumes "${from}" (through "${first}"), ${what}`;
      this.cancelTarget(c, new TargetCancelledError(c, reason, failedTarget));
      queue.push(...this.childrenOf(c).map((x) => [x, first] as const));
    }
  }

  private cancelTarget(t: string, stop: TargetCancelledError): void {
    this.stops.set(t, stop);
    this.set(t, 'cancelled');
    this.signals.get(t)?.abort(stop);
  }

  /** fail-fast: a target past its release point (exporting) is stopped; its phase stays completed. */
  private stopExport(t: string, stop: TargetCancelledError): void {
    this.stops.set(t, stop);
    this.signals.get(t)?.abort(stop);
  }

  private advance(t: string, from: Phase, to: Phase, gate: Gate, next?: Gate): void {
    const p = this.phaseOf(t);
    if (isGone(p)) {
      // a late report from a cancelled solve changes nothing but its slot: the work it held one for is over
      this.holders.delete(t);
      return this.wake();
    }
    if (p !== from) throw new Error(`target "${t}": cannot become ${to} while ${p}`);
    if (!this.isOpen(t, gate)) throw new Error(`target "${t}": became ${to} before its ${gate} gate opened`);
    this.set(t, to);
    if (next && !this.keepsSlot(t, next)) this.holders.delete(t);
    this.wake();
  }

  /** After a report, `t` keeps its slot only if it can go on at once: waiting for another target, it holds none. */
  protected keepsSlot(t: string, next: Gate): boolean {
    return this.lifetimeOpen(t, next);
  }

  private set(t: string, phase: Phase): void {
    this.phase.set(t, phase);
    this.history.push({ target: t, phase });
  }

  private wake(): void {
    const waiting = this.waiters.sort((a, b) => GATE_PRIORITY[a.gate] - GATE_PRIORITY[b.gate]);
    const still: Waiter[] = [];
    this.waiters = still;
    for (const w of waiting) {
      try {
        if (this.enter(w.target, w.gate)) w.resolve();
        else still.push(w);
      } catch (err) {
        w.reject(err as Error);
      }
    }
  }
}
