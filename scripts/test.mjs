#!/usr/bin/env node
// The whole test suite, as CI runs it (`npm test`):
//   1. bring the test host up if any daemon is missing (integration tests never skip: they need it);
//   2. typecheck; 3. lint (typescript-eslint, type-aware) and the format check (prettier); 4. dist/ matches a fresh
//   build; 5. unit tests; 6. integration, fault and end-to-end tests, one file at a time (they share the daemons), then
//   the images they made in the Engine are removed.
// Extra arguments are passed to vitest (e.g. `npm test -- __tests__/unit/bake`), which then runs only those.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTestHost } from './ensure-test-host.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const extra = process.argv.slice(2);
const step = (name) => console.error(`\n=== ${name} ===`);

step('test host');
ensureTestHost({ legacy: true });
if (extra.length) {
  run(bin('vitest'), ['run', '--no-file-parallelism', ...extra]);
  process.exit(0);
}
step('typecheck');
run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('lint');
run(bin('eslint'), ['src', '__tests__', 'scripts']);
step('format');
run(bin('prettier'), ['--check', '--log-level', 'warn', 'src', '__tests__', 'scripts']);
step('dist is fresh');
run(process.execPath, [path.join(root, 'scripts', 'check-dist.mjs')]);
step('unit tests');
run(bin('vitest'), ['run', '__tests__/unit']);
step('integration and end-to-end tests');
const imagesBefore = testImages();
try {
  run(bin('vitest'), ['run', '--no-file-parallelism', '__tests__/integration', '__tests__/faults', '__tests__/e2e']);
} finally {
  removeImagesMadeSince(imagesBefore);
}

/**
 * The Engine's images the tests make: untagged ones (a target without an output on the docker driver is loaded as an
 * image with no name, as buildx does) and those named `…/bakekit-…` (push and end-to-end tests). A long-lived test
 * host gathered ~1,250 of them in a day; `docker system df` then took 27 s and an image prune more than 5 minutes,
 * which disturbed the Engine's cases of `npm run bench` (docs/benchmarks.md, rounds 13 and 14). Removing one takes
 * the Engine ~0.7 s, a run's ~60 about 40 s. undefined: no Engine to ask.
 */
function testImages() {
  try {
    const out = execFileSync('docker', ['images', '--all', '--no-trunc', '--format', '{{.ID}}\t{{.Repository}}'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return new Set(
      out
        .split('\n')
        .map((line) => line.split('\t'))
        .filter(([id, repo]) => id && (repo === '<none>' || /(^|\/)bakekit-/.test(repo ?? '')))
        .map(([id]) => id),
    );
  } catch {
    return undefined;
  }
}

/** Removes the test images made since `before` (testImages); what was there before the run is left alone. */
function removeImagesMadeSince(before) {
  const after = before && testImages();
  if (!after) return;
  const made = [...after].filter((id) => !before.has(id));
  if (made.length === 0) return;
  const started = Date.now();
  for (let i = 0; i < made.length; i += 50) {
    try {
      execFileSync('docker', ['rmi', '--force', ...made.slice(i, i + 50)], { stdio: 'ignore', timeout: 300_000 });
    } catch {
      // one image still in use (or gone already) fails the batch's exit status, not the others' removal
    }
  }
  console.error(`removed ${made.length} images the tests made in the Engine (${Date.now() - started} ms)`);
}
