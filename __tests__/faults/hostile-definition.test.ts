/**
 * Signals during resolution and hostile definitions through the CLI. A 186,000-target definition
 * (29 MB) takes many seconds to resolve; SIGTERM during it must end the process within a few seconds (it was
 * ignored for 57 s and more: resolution was one synchronous run, so the handler never ran); a second signal ending it
 * at once is tested where the first cannot finish, against a frozen daemon (frozen-daemon.test.ts).
 * Hostile files (a duplicate attribute, invalid UTF-8, a 10^8 matrix) fail fast with FILE:LINE:COL.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bytesRead,
  killStrayChildren,
  report,
  runCli,
  sleep,
  startCli,
  waitFor,
  type CliRun,
  type Measurement,
} from './helpers.js';

const rows: Measurement[] = [];
let dir = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-hostile-'));
  const parts: string[] = [];
  const n = 186_000;
  for (let i = 0; i < n; i++)
    parts.push(
      `target "t${i}" {\n  tags = ["registry.example.com/app/t${i}:latest", "registry.example.com/app/t${i}:v1"]\n  args = { A = "1", B = "${i}" }\n}\n`,
    );
  parts.push(`group "default" {\n  targets = [${Array.from({ length: n }, (_, i) => `"t${i}"`).join(',')}]\n}\n`);
  fs.writeFileSync(path.join(dir, 'docker-bake.hcl'), parts.join(''));
});

afterAll(() => {
  killStrayChildren();
  fs.rmSync(dir, { recursive: true, force: true });
  report(rows);
});

/**
 * Waits until the CLI has read the bake file, which it does once it has set its SIGTERM handler (cli/main.ts) and
 * before it parses, and then a moment into the parse. A fixed wait from the start raced the CLI's loading from source
 * on a slow host: a signal before the handler ends the process by Node's default action, without a word.
 */
async function untilResolving(run: CliRun): Promise<void> {
  const size = fs.statSync(path.join(dir, 'docker-bake.hcl')).size;
  const read = () => bytesRead(run.child.pid!) >= size;
  await waitFor(() => read() || run.child.exitCode !== null, 60_000, 20);
  expect(read(), `the CLI never read the bake file: ${run.stderr()}`).toBe(true);
  await sleep(500);
}

describe('signals during resolution of a large definition', () => {
  it('SIGTERM ends the process within a few seconds, with a non-zero exit', async () => {
    const run = startCli(['--print'], { cwd: dir });
    await untilResolving(run);
    expect(run.child.exitCode).toBeNull(); // still resolving
    const sent = Date.now();
    run.child.kill('SIGTERM');
    const r = await run.done;
    const after = r.exitedAt - sent;
    rows.push({
      fault: 'SIGTERM during resolution (186k targets)',
      exitCode: r.code ?? String(r.signal),
      timeToExitMs: after,
      error: run.stderr().trim(),
    });
    // stopped between two steps of the resolution (exit 1, its own error), not by the 3 s fallback (143)
    expect(r.code).toBe(1);
    expect(run.stderr()).toContain('bakekit: SIGTERM: cancelling the build');
    expect(run.stderr()).toContain('ERROR: resolving the bake definition was cancelled: cancelled by SIGTERM');
    expect(after).toBeLessThan(6000);
  });
});

describe('hostile definitions through the CLI', () => {
  const cases: Array<[string, Record<string, string | Buffer>, RegExp]> = [
    [
      'duplicate attribute (HCL)',
      { 'docker-bake.hcl': 'target "default" {\n  context = "."\n  context = "other"\n}\n' },
      /^ERROR: docker-bake\.hcl:3:3: Attribute redefined; The argument "context" was already set at docker-bake\.hcl:2:3\./m,
    ],
    [
      'invalid UTF-8 in a context path',
      {
        'docker-bake.hcl': Buffer.concat([
          Buffer.from('target "default" {\n  context = "ctx-'),
          Buffer.from([0xff, 0xfe]),
          Buffer.from('"\n}\n'),
        ]),
      },
      /^ERROR: docker-bake\.hcl:2:18: Invalid character encoding; /m,
    ],
    [
      'matrix of 10^8 combinations',
      {
        'docker-bake.hcl':
          'target "default" {\n  name = "m-${a}-${b}-${c}-${d}"\n  matrix = {\n    a = range(100)\n    b = range(100)\n    c = range(100)\n    d = range(100)\n  }\n}\n',
      },
      /^ERROR: docker-bake\.hcl:3:3: Invalid block; the matrix has 100000000 combinations/m,
    ],
  ];
  it.each(cases)('%s: refused fast, with the position', async (name, files, expected) => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-hostile-'));
    try {
      for (const [f, c] of Object.entries(files)) fs.writeFileSync(path.join(d, f), c);
      const r = await runCli(['--print'], { cwd: d, timeoutMs: 30_000 });
      rows.push({
        fault: name,
        exitCode: r.code ?? String(r.signal),
        timeToExitMs: r.elapsedMs,
        error: r.stderr.trim(),
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(expected);
      expect(r.elapsedMs).toBeLessThan(15_000); // whole run, start-up under tsx included
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
