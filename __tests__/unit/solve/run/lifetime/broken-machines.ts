/**
 * Deliberately wrong variants of the lifetime rule, each a past or plausible mistake. The checkers must
 * reject every one of them; otherwise a passing model check would prove nothing.
 */
import { LifetimeMachine, TargetCancelledError, type Gate } from '../../../../../src/solve/run/lifetime.js';

/** Phases in which a target can never pass a gate; the real isOpen throws for them, and so must these. */
function gone(machine: LifetimeMachine, t: string): boolean {
  const p = machine.phaseOf(t);
  return p === 'failed' || p === 'cancelled';
}

/** The pre-#2108 behaviour: a producer returns and exports as soon as it has evaluated itself. */
export class ReleasesWithoutWaitingForConsumers extends LifetimeMachine {
  override isOpen(t: string, gate: Gate): boolean {
    if (gate !== 'release' || gone(this, t)) return super.isOpen(t, gate);
    return this.phaseOf(t) === 'evaluated';
  }
}

/**
 * #2108 as first landed: the producer waits for its consumers' lazy solves, not for their evaluation, so
 * their evaluation can still run after the producer's job (and session) went away.
 */
export class ReleasesOnceConsumersPublished extends LifetimeMachine {
  override isOpen(t: string, gate: Gate): boolean {
    if (gate !== 'release' || gone(this, t)) return super.isOpen(t, gate);
    return (
      this.phaseOf(t) === 'evaluated' && this.childrenOf(t).every((c) => gone(this, c) || this.phaseOf(c) !== 'waiting')
    );
  }
}

/**
 * Waits for the children's evaluation but not their release: safe for a single link, but in a chain the
 * grandchild may not have evaluated yet when the grandparent goes away.
 */
export class ReleasesOnceConsumersEvaluated extends LifetimeMachine {
  override isOpen(t: string, gate: Gate): boolean {
    if (gate !== 'release' || gone(this, t)) return super.isOpen(t, gate);
    return (
      this.phaseOf(t) === 'evaluated' &&
      this.childrenOf(t).every(
        (c) => gone(this, c) || this.phaseOf(c) === 'evaluated' || this.phaseOf(c) === 'completed',
      )
    );
  }
}

/** #3543's race: a consumer evaluates (and loads shared vertices under its own job) before its producer. */
export class EvaluatesBeforeItsProducers extends LifetimeMachine {
  override isOpen(t: string, gate: Gate): boolean {
    if (gate !== 'evaluate' || gone(this, t)) return super.isOpen(t, gate);
    const p = this.phaseOf(t);
    return p !== 'waiting' && this.childrenOf(t).every((c) => gone(this, c) || this.phaseOf(c) !== 'waiting');
  }
}

/** Over-cautious: a producer waits for its consumers to evaluate, while they wait for it — a deadlock. */
export class EvaluatesAfterItsConsumers extends LifetimeMachine {
  override isOpen(t: string, gate: Gate): boolean {
    const open = super.isOpen(t, gate);
    if (gate !== 'evaluate' || !open) return open;
    return this.childrenOf(t).every(
      (c) => gone(this, c) || this.phaseOf(c) === 'evaluated' || this.phaseOf(c) === 'completed',
    );
  }
}

/** A failure that is forgotten: the failed target's consumers and producers wait for it forever. */
export class ForgetsFailures extends LifetimeMachine {
  override failed(): void {}
}

/** A cancelled target's gates say "not yet" instead of "never": its runner waits forever. */
export class KeepsCancelledTargetsWaiting extends LifetimeMachine {
  override isOpen(t: string, gate: Gate): boolean {
    if (gone(this, t)) return false;
    return super.isOpen(t, gate);
  }
}

/**
 * Gates answer correctly, but until() only resolves gates already open and never wakes a waiter: invisible
 * to a checker that asks isOpen, so only the promise-driven driver can catch it.
 */
export class NeverWakesWaiters extends LifetimeMachine {
  override until(t: string, gate: Gate): Promise<void> {
    try {
      if (this.isOpen(t, gate)) return Promise.resolve();
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    return new Promise<void>(() => {});
  }
}

/** keep-going that stops everything: unrelated targets are cancelled after a failure (it behaves as fail-fast). */
export class KeepGoingStopsEverything extends LifetimeMachine {
  override failed(t: string, reason: string): void {
    super.failed(t, reason);
    if (this.execution !== 'keep-going') return;
    for (const x of this.targets())
      if (x !== t && !gone(this, x) && this.phaseOf(x) !== 'completed') super.cancel(x, `"${t}" failed`);
  }
}

/** fail-fast that stops only the failed target's consumers (it behaves as keep-going). */
export class FailFastStopsOnlyConsumers extends LifetimeMachine {
  override readonly execution = 'keep-going' as const;
}

/** A cancelled consumer whose reason does not say which producer failed. */
export class ForgetsWhichProducerFailed extends LifetimeMachine {
  override stopOf(t: string): TargetCancelledError | undefined {
    const stop = super.stopOf(t);
    return stop?.failedTarget !== undefined
      ? new TargetCancelledError(t, 'a producer failed', stop.failedTarget)
      : stop;
  }
}

/** The bound ignored: a gate opens whenever the lifetime rule allows. */
export class IgnoresTheBound extends LifetimeMachine {
  override isOpen(t: string, gate: Gate): boolean {
    if (gone(this, t)) return super.isOpen(t, gate);
    return this.lifetimeOpen(t, gate);
  }
}

/** A target keeps its slot while it waits for another target: a producer waiting for its consumers to publish then
 * holds the only slot they need. */
export class HoldsSlotWhileWaiting extends LifetimeMachine {
  protected override keepsSlot(): boolean {
    return true;
  }
}
