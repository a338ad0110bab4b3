/**
 * The `bakekit` command: runs main() and sets the exit code.
 *
 * The bundle's entry file is the one file Node compiles from source in every run (solve/run/compile-cache.ts loads
 * the chunk files through a code cache): so it holds only what must run before the first chunk loads, and main() comes
 * from a chunk. With main() in the entry, its top level and every function a run called from it were compiled from
 * source each time: 5 ms of wall time and ~9 ms of client CPU on the unchanged 20,000-file context (docs/benchmarks.md,
 * "Thirty-sixth round").
 */
import { enableCompileCache } from '../solve/run/compile-cache.js';
import { holdIncrementalMarking } from '../buildkit/grpc/old-generation.js';
import { deferOptimizingCompiler } from '../buildkit/grpc/optimizing-compiler.js';
import { keepYoungGenerationSmall } from '../buildkit/grpc/young-generation.js';

// before main() and the rest of the bundle load: V8's heap and compiler policies, and the code cache that the
// bundle's chunk files are loaded through (see solve/run/compile-cache.ts)
keepYoungGenerationSmall();
holdIncrementalMarking();
deferOptimizingCompiler();
enableCompileCache();

import('./main.js')
  .then(({ main }) => main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
      if (code !== 0) exitSoon(code);
    },
    (err: unknown) => {
      process.stderr.write(`ERROR: ${String(err)}\n`);
      process.exitCode = 1;
      exitSoon(1);
    },
  );

/** After an error nothing may keep the process alive (a leaked handle, work still running): exit if still here. */
function exitSoon(code: number): void {
  setTimeout(() => process.exit(code), 2000).unref();
}
