/** The `bakekit` command: runs main() and sets the exit code. */
import { enableCompileCache } from '../solve/run/compile-cache.js';
import { holdIncrementalMarking } from '../buildkit/grpc/old-generation.js';
import { deferOptimizingCompiler } from '../buildkit/grpc/optimizing-compiler.js';
import { keepYoungGenerationSmall } from '../buildkit/grpc/young-generation.js';
import { main } from './main.js';

// before main() imports the rest of the bundle: V8's heap and compiler policies, and the code cache that the
// bundle's chunk files are loaded through (see solve/run/compile-cache.ts)
keepYoungGenerationSmall();
holdIncrementalMarking();
deferOptimizingCompiler();
enableCompileCache();

main(process.argv.slice(2)).then(
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
