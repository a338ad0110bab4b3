/**
 * Resolution as a sequence of steps, so that a long one can be interrupted. Resolving a large definition (186,000
 * targets, 50 MB) is seconds of synchronous work; while it runs, nothing else on the thread does — not even the
 * CLI's SIGTERM handler, which Node runs from the event loop. The parser, the evaluator and the resolver are
 * generators that yield after each top-level item, block instance and target; `runSteps` runs them straight
 * through (the synchronous API), `runStepsAsync` gives the event loop a turn every few milliseconds and stops with a
 * BakeError once its AbortSignal has fired.
 */
import { BakeError } from './errors.js';

export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Throws the cancellation error if `signal` has fired (the evaluator's own check, between steps). */
export function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const reason = signal.reason instanceof Error ? `: ${signal.reason.message}` : '';
    throw new BakeError(`resolving the bake definition was cancelled${reason}`);
  }
}

/**
 * Milliseconds on a monotonic clock. process.uptime, not the global `performance`: that one loads node:perf_hooks (ten
 * of Node's modules) the first time it is read, which every run did here, before its first build.
 */
const nowMs = () => process.uptime() * 1000;

/**
 * A turn of the event loop, from the global setImmediate. Not node:timers/promises: that is loaded on first use
 * (scripts/ncc.mjs ON_FIRST_USE), and a resolution that outlasts one slice on a slow or busy machine loaded it in
 * every such run; the CI host's first resolution, code not yet optimized, did.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `steps`, yielding to the event loop every `sliceMs` and checking `signal` each time. */
export async function runStepsAsync<T>(steps: Steps<T>, signal?: AbortSignal, sliceMs = 10): Promise<T> {
  let sliceStart = nowMs();
  try {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (nowMs() - sliceStart >= sliceMs) {
        await nextTurn();
        checkCancelled(signal);
        sliceStart = nowMs();
      }
    }
  } finally {
    steps.return(undefined as never);
  }
}
