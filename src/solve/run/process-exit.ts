/**
 * How a finished run ends its process: once what it wrote to stdout and stderr is out, at once, rather than by
 * letting Node exit by itself.
 *
 * Why: when a run's main() has resolved, every build, export and session has ended and every file is written, but a
 * process left to exit by itself first waits for the daemon's side of the closed connections, then frees its
 * environment and V8's heap page by page before it ends. On the bench's cached fan-out that tail was 10-30 ms of wall
 * time and CPU in every run; `process.exit` leaves the heap to the kernel (docs/benchmarks.md, "Forty-first round").
 * The 'exit' listeners run all the same (the code cache's save, an early find stopped). Only a successful run ends
 * this way: a failing one still lets its cancellations and cleanups finish (cli/index.ts `exitSoon`).
 *
 * The output is waited for because a write to a pipe may still be queued in the process (asynchronous on macOS, and
 * wherever the reader is slower than the run): the process ends once both streams have taken everything written
 * before the call, as a natural exit would have waited for.
 */

/** Ends the process with `code` once stdout and stderr have written out what was written to them before the call. */
export function exitOnceWritten(code: number): void {
  let pending = 2;
  const written = () => {
    if (--pending === 0) process.exit(code);
  };
  // a stream that was closed or failed calls back with its error: nothing more can be written to it
  for (const stream of [process.stdout, process.stderr]) {
    try {
      stream.write('', written);
    } catch {
      written();
    }
  }
}
