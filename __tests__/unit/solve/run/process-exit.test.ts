/**
 * solve/run/process-exit.ts: a finished run's process ends at once, though a handle would have kept it alive (a
 * listening server here, a closing connection in a run), with the code given, after its 'exit' listeners ran, and
 * with everything it wrote to stdout and stderr out, however much that was.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const MODULE = pathToFileURL(path.join(ROOT, 'src/solve/run/process-exit.ts')).href;

/**
 * A process that writes `bytes` to stdout and a line to stderr, keeps a server listening, then calls the helper. With
 * `slowStdout`, stdout takes each write 300 ms later, as a stream whose writes queue in the process does (a pipe on
 * macOS, a slow reader): on Linux a pipe takes a write at once.
 */
function run(code: number, bytes: number, slowStdout = false) {
  const script = `
    import net from 'node:net';
    import { exitOnceWritten } from ${JSON.stringify(MODULE)};
    if (${slowStdout}) {
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = (chunk, cb) => (setTimeout(() => write(chunk, cb), 300), false);
    }
    net.createServer().listen(0, '127.0.0.1', () => {
      process.on('exit', (c) => process.stderr.write('exit listener ran with ' + c + '\\n'));
      process.stdout.write('x'.repeat(${bytes}));
      process.stderr.write('written\\n');
      exitOnceWritten(${code});
    });`;
  return spawnSync(process.execPath, ['--import', 'tsx', '--no-warnings', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // without the helper the listening server keeps the process alive: the test then fails on this timeout
    timeout: 20_000,
  });
}

it('ends the process at once with the code given, its exit listeners run and its output complete', () => {
  // 8 MiB: far more than a pipe holds, so the output is still being written when the helper is called
  const r = run(0, 8 * 1024 * 1024);
  expect(r.error).toBeUndefined();
  expect(r.status).toBe(0);
  expect(r.stdout.length).toBe(8 * 1024 * 1024);
  expect(r.stderr).toBe('written\nexit listener ran with 0\n');
});

it('ends it with another code as given', () => {
  const r = run(3, 10);
  expect(r.error).toBeUndefined();
  expect(r.status).toBe(3);
  expect(r.stdout).toBe('x'.repeat(10));
});

it('waits for what stdout has not taken yet', () => {
  const r = run(0, 1000, true);
  expect(r.error).toBeUndefined();
  expect(r.status).toBe(0);
  expect(r.stdout).toBe('x'.repeat(1000));
});
