/**
 * vitest global setup: one temporary directory for the whole test run, removed when the run ends.
 *
 * Many tests make their directories with `mkdtemp(os.tmpdir()…)` and leave them (a failing test's files are what one
 * looks at); a long-lived test host gathered ~5,400 of them in /tmp in a day. TMPDIR points every test worker, and
 * every process a test starts, into this run's directory instead, so the run's leftovers go with it. The directory is
 * world-writable and sticky, like /tmp: some tests run the CLI as another user (setpriv, context-bytes.test.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export default function setup(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-test-run-'));
  fs.chmodSync(dir, 0o1777);
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dir; // read by the workers vitest starts after this, and by os.tmpdir() in each of them
  return () => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    try {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch (err) {
      // (a test that left a directory its user cannot enter, when not run as root): the run's result stands
      console.warn(`could not remove the test run's temporary directory ${dir}: ${(err as Error).message}`);
    }
  };
}
