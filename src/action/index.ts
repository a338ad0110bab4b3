/**
 * The entry of the action's main step: V8's heap and compiler policies and the bundle's code cache first, then run()
 * (main.ts) from a chunk file.
 *
 * The bundle's entry file is the one file Node compiles from source in every run (solve/run/compile-cache.ts loads
 * the chunk files through a code cache), so it holds only what must run before the first chunk loads; see
 * cli/index.ts for what that bought the CLI.
 */
import { enableCompileCache } from '../solve/run/compile-cache.js';
import { holdIncrementalMarking } from '../buildkit/grpc/old-generation.js';
import { deferOptimizingCompiler } from '../buildkit/grpc/optimizing-compiler.js';
import { keepYoungGenerationSmall } from '../buildkit/grpc/young-generation.js';

keepYoungGenerationSmall();
holdIncrementalMarking();
deferOptimizingCompiler();
enableCompileCache();

import('./main.js')
  .then(({ run }) => run())
  .catch((err: unknown) => {
    // run() reports its own failures; this is a bundle that could not load, or a failure run() did not catch
    const message = String(err).replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
    process.stdout.write(`::error::${message}\n`);
    process.exitCode = 1;
  });
