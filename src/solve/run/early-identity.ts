/**
 * The walk of the working directory for its identity (fsutil/identity.ts), started before the definition resolves
 * when the bake files say that every target builds from it (bake/context-prediction.ts).
 *
 * Why: on a large context (more than 1,000 entries, listed by find in a child process) find's walk is what a run
 * waits on before its first Solve. Started after resolution, it began ~40 ms into the CLI's main(), once the parser,
 * the evaluator and the build code were loaded; started here it runs beside that loading. On the bench's
 * 20,000-file context, Node 24: unchanged −13 ms (faster in 17 of 20 pairs), one file changed −53 ms (14 of 14) with
 * 25 ms less client CPU (docs/benchmarks.md, "Thirty-sixth round"). A walk started on a wrong guess is wasted: started
 * unconditionally, +29 ms and +50 ms of CPU on a 20,000-entry working directory whose target builds from a
 * subdirectory, which is why the guess only says yes when the files leave no doubt.
 *
 * Only this module and what it imports are loaded before the listing starts: the file names, the guess and the walk,
 * not the parser, nor node:crypto (scripts/ncc.mjs loads it on first use), which took 11-14 ms: find starts ~10 ms
 * sooner, the unchanged context −1 to −17 ms in six sittings (docs/benchmarks.md, "Thirty-eighth round"). Until round
 * 42 a run that started no listing loaded node:crypto here, for the SHA-256 that names its directories' sessions
 * (loaded later, after resolution, it had put 6 MB on the cached fan-out's peak RSS); buildkit/light-crypto/ now hashes
 * a small context's identity without it, and a context of more than ~45 entries hands its records to node:crypto at its
 * walk (a 300-file context: peak RSS 62.6 -> 62.0 MB, 13 ms faster in 6 of 10 pairs).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contextIsWorkingDirectory } from '../../bake/context-prediction.js';
import { bakeFileNames, isRemoteURL, localBakeFileName } from '../../bake/file-names.js';
import { type EarlyListing, startEarlyListing } from '../../buildkit/fsutil/identity.js';
import type { BakeRunOptions } from './bake.js';
import { contextReuseEnabled } from './session-ids.js';

/** What the early listing reads of a run's options: the bake files and the working directory. */
type EarlyListingOptions = Pick<
  BakeRunOptions,
  'files' | 'targets' | 'set' | 'cwd' | 'env' | 'sourceFiles' | 'remoteDefinition'
>;

/**
 * find's listing of `opts.cwd`, started now if the run's bake files say every target builds from it; for
 * identifyLocalDirs to take. Undefined when it was not started: a remote definition, stdin as a bake file, a file
 * that cannot be read (the resolution reports it), a guess that does not hold, a small tree, context reuse off.
 */
export function listWorkingDirectoryEarly(opts: EarlyListingOptions): EarlyListing | undefined {
  try {
    if (opts.sourceFiles || opts.remoteDefinition || isRemoteURL(opts.targets[0] ?? '')) return undefined;
    if (!contextReuseEnabled(opts.env)) return undefined;
    // the files are read only for a tree that goes to find, and only regular ones: a pipe or a FIFO given as a bake
    // file (`-f <(…)`, /dev/stdin) can be read once, and that read is the resolution's
    return startEarlyListing(opts.cwd, {}, () => {
      const { names, isDefault } = bakeFileNames(opts.files, opts.env);
      const files: { name: string; data: string }[] = [];
      for (const given of names) {
        const name = localBakeFileName(given);
        if (name === '-') return false; // stdin
        const file = path.resolve(opts.cwd, name);
        const st = statSync(file, { throwIfNoEntry: false });
        if (st === undefined && isDefault) continue;
        if (!st?.isFile()) return false; // missing (the resolution reports it), a directory, a pipe, a device
        files.push({ name, data: readFileSync(file, 'utf8') });
      }
      return contextIsWorkingDirectory(files, opts.set, opts.env);
    });
  } catch {
    return undefined; // a guess, nothing more: the walk starts after resolution as it would have
  }
}
