/**
 * The GitHub Actions cache emulator (__tests__/support/gha-cache/emulator.ts) as a child process of scripts/bench.mjs,
 * which runs dist/ JavaScript and so cannot import the TypeScript emulator itself: one emulator per name, shaped like
 * a hosted service, each tool talking to its own so that each warms and reads only its own cache.
 *
 *   npx tsx scripts/bench/gha-emulator.ts --names bakekit,buildx --latency-ms 30 --bytes-per-second 50000000
 *
 * Prints one JSON line when listening: { "<name>": { "resultsUrl", "v1Url", "token" }, … }. Then answers each line
 * on stdin with one JSON line on stdout:
 *   counts   → { "<name>": { "<kind>": n, … }, … } for the requests since the previous `counts` (see
 *              GhaRequestRecord.kind), and { "<name>": { "entries": n, "bytes": n } } under "stored"
 *   close    → closes the emulators and exits
 * Everything listens on 127.0.0.1: buildkitd and dockerd run on the host network and reach it there.
 */
import * as readline from 'node:readline';
import { parseArgs } from 'node:util';
import { startGhaCacheEmulator, type GhaCacheEmulator } from '../../__tests__/support/gha-cache/emulator.js';

const { values } = parseArgs({
  options: {
    names: { type: 'string', default: 'bakekit,buildx' },
    'latency-ms': { type: 'string', default: '30' },
    'bytes-per-second': { type: 'string', default: String(50e6) },
  },
});

const emulators = new Map<string, GhaCacheEmulator>();
const marks = new Map<string, number>();
for (const name of values.names.split(',')) {
  emulators.set(
    name,
    await startGhaCacheEmulator({
      latencyMs: Number(values['latency-ms']),
      bytesPerSecond: Number(values['bytes-per-second']),
    }),
  );
  marks.set(name, 0);
}
const out = (v: unknown) => process.stdout.write(JSON.stringify(v) + '\n');
out(
  Object.fromEntries([...emulators].map(([n, e]) => [n, { resultsUrl: e.resultsUrl, v1Url: e.v1Url, token: e.token }])),
);

const close = async () => {
  await Promise.all([...emulators.values()].map((e) => e.close()));
  process.exit(0);
};
process.on('SIGTERM', () => void close());
const lines = readline.createInterface({ input: process.stdin });
lines.on('close', () => void close());
for await (const line of lines) {
  const cmd = line.trim();
  if (cmd === 'close') await close();
  if (cmd !== 'counts') {
    out({ error: `unknown command ${cmd}` });
    continue;
  }
  const counts: Record<string, Record<string, number>> = {};
  const stored: Record<string, { entries: number; bytes: number }> = {};
  for (const [name, e] of emulators) {
    counts[name] = e.countRequests(marks.get(name));
    marks.set(name, e.requests().length);
    const committed = e.entries().filter((x) => x.committed);
    stored[name] = { entries: committed.length, bytes: committed.reduce((n, x) => n + x.size, 0) };
  }
  out({ ...counts, stored });
}
