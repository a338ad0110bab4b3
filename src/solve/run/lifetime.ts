/**
 * The linked-target lifetime rule, in one place (see docs/architecture.md and BuildKit's lifetime problem:
 * buildx #2108, #3543, #3696, #4014).
 *
 * A producer P and a consumer C share vertices: C loads P's LLB through its frontend inputs, and a shared
 * vertex can only use the sessions (secrets, local dirs, auth) of the jobs currently holding it. So:
 *   1. C may solve (lazily) once every parent has PUBLISHED its lazy result (C needs their definitions);
 *   2. T may EVALUATE once T is published, every child of T has published (they registered their LLB) and
 *      every parent has EVALUATED (a parent loads the shared vertices first, under its own job);
 *   3. T may be RELEASED (Return → export → its job and session end) only once T is evaluated and every child
 *      has COMPLETED, i.e. reached its own release point — so no producer goes away before all of its
 *      consumers, and their consumers, have evaluated.
 * A failure cancels every descendant (they cannot build without it). A failed or cancelled child no longer
 * holds its parents back, so nothing deadlocks. The order cannot deadlock on a DAG: rule 2 needs only the
 * parents' rule 1 and 2 and the children's rule 1; rule 3 needs the children's rule 3 (induction on depth).
 *
 * The machine is pure and synchronous: the runner reports events and awaits `until(t, gate)`; a model checker
 * in the tests drives every interleaving of events through the same object.
 */

export type Phase = 'waiting' | 'published' | 'evaluated' | 'completed' | 'failed' | 'cancelled';
export type Gate = 'solve' | 'evaluate' | 'release';

/** `target` can never pass a gate: it failed, or a target it consumes did. `cause` says why, in words. */
export class TargetCancelledError extends Error {
  override readonly name = 'TargetCancelledError';

  constructor(
    readonly target: string,
    reason: string,
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

export class LifetimeMachine {
  private readonly phase = new Map<string, Phase>();
  private readonly parents = new Map<string, string[]>();
  private readonly children = new Map<string, string[]>();
  private readonly cancelReason = new Map<string, string>();
  private waiters: Waiter[] = [];
  /** Every transition in order; the tests read it to check invariants over whole histories. */
  readonly history: Array<{ target: string; phase: Phase }> = [];

  /** `graph` maps each target to the targets it consumes (its parents). */
  constructor(graph: ReadonlyMap<string, readonly string[]>) {
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

  private reached(t: string, phase: Phase): boolean {
    return RANK[this.phaseOf(t)] >= RANK[phase];
  }
  /** A child that failed or was cancelled no longer needs anything from its parents. */
  private childSettled(c: string, phase: Phase): boolean {
    const p = this.phaseOf(c);
    return p === 'failed' || p === 'cancelled' || this.reached(c, phase);
  }

  /** Whether `gate` is open for `t` now. Throws TargetCancelledError when t can never pass it. */
  isOpen(t: string, gate: Gate): boolean {
    const p = this.phaseOf(t);
    if (p === 'failed' || p === 'cancelled') throw new TargetCancelledError(t, this.cancelReason.get(t) ?? p);
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

  until(t: string, gate: Gate): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      try {
        if (this.isOpen(t, gate)) return resolve();
      } catch (err) {
        return reject(err);
      }
      this.waiters.push({ target: t, gate, resolve, reject });
    });
  }

  published(t: string): void {
    this.advance(t, 'waiting', 'published', 'solve');
  }
  evaluated(t: string): void {
    this.advance(t, 'published', 'evaluated', 'evaluate');
  }
  completed(t: string): void {
    this.advance(t, 'evaluated', 'completed', 'release');
  }

  /** t failed: it and every descendant that has not completed are cancelled. */
  failed(t: string, reason: string): void {
    const p = this.phaseOf(t);
    if (p === 'failed' || p === 'cancelled' || p === 'completed') return;
    this.set(t, 'failed');
    this.cancelReason.set(t, reason);
    const queue = [...this.childrenOf(t)];
    while (queue.length) {
      const c = queue.shift()!;
      const cp = this.phaseOf(c);
      if (cp === 'failed' || cp === 'cancelled' || cp === 'completed') continue;
      this.set(c, 'cancelled');
      this.cancelReason.set(c, `it consumes "${t}", which failed`);
      queue.push(...this.childrenOf(c));
    }
    this.wake();
  }

  private advance(t: string, from: Phase, to: Phase, gate: Gate): void {
    const p = this.phaseOf(t);
    if (p === 'failed' || p === 'cancelled') return; // a late report from a cancelled solve changes nothing
    if (p !== from) throw new Error(`target "${t}": cannot become ${to} while ${p}`);
    if (!this.isOpen(t, gate)) throw new Error(`target "${t}": became ${to} before its ${gate} gate opened`);
    this.set(t, to);
    this.wake();
  }

  private set(t: string, phase: Phase): void {
    this.phase.set(t, phase);
    this.history.push({ target: t, phase });
  }

  private wake(): void {
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      try {
        if (this.isOpen(w.target, w.gate)) w.resolve();
        else still.push(w);
      } catch (err) {
        w.reject(err as Error);
      }
    }
    this.waiters = still;
  }
}
