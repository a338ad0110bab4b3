#!/usr/bin/env node
// The whole test suite, as CI runs it (`npm test`):
//   1. bring the test host up if any daemon is missing (integration tests never skip: they need it);
//   2. typecheck; 3. lint (typescript-eslint, type-aware) and the format check (prettier); 4. dist/ matches a fresh
//   build; 5. unit tests; 6. integration, fault and end-to-end tests, one file at a time (they share the daemons).
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
run(bin('vitest'), ['run', '--no-file-parallelism', '__tests__/integration', '__tests__/faults', '__tests__/e2e']);
