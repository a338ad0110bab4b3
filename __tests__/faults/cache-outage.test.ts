/**
 * A GitHub Actions cache outage must not add many minutes to every build. bakekit adds the gha cache by
 * default (src/solve/cache/gha.ts) and gives every gha entry without one `timeout=10s`: BuildKit's gha backend retries a
 * 429 for that long per request instead of 10 minutes. The service is the project's emulator
 * (__tests__/support/gha-cache) in its outage modes (setOutage 429 / 500, setLatency); the daemon is a private
 * buildkitd (its gha client's 429 backoff is process-wide and only resets on a good answer, so every case gets a
 * freshly started daemon: the shared daemons are never left backed off).
 *
 * Assertions avoid the daemon's error wording (BuildKit v0.32 rewords the 429 error): outcome, a warning naming the
 * target and the cache, the time bound, and no build left on the daemon.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { runBake } from '../../src/solve/run/bake.js';
import type { BuildEvent } from '../../src/solve/run/events.js';
import { BuildkitClient } from '../../src/buildkit/client.js';
import { connect } from '../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../src/buildkit/transport/endpoint.js';
import { expectNoActiveBuilds, requireTestHost } from '../support/daemons.js';
import { startGhaCacheEmulator, type GhaCacheEmulator } from '../support/gha-cache/emulator.js';
import { removeProjects } from '../support/project.js';
import { bake, cacheProject, expectOk, runnerEnv } from '../integration/cache/helpers.js';
import { PrivateBuildkitd, report, type Measurement } from './helpers.js';

const daemon = new PrivateBuildkitd('faults-cache');
const rows: Measurement[] = [];
let emu: GhaCacheEmulator | undefined;

beforeAll(() => requireTestHost());
afterEach(async () => {
  await emu?.close();
  emu = undefined;
  await daemon.stop();
}, 30_000);
afterAll(() => {
  removeProjects();
  report(rows);
});

async function fresh(): Promise<GhaCacheEmulator> {
  await daemon.start();
  emu = await startGhaCacheEmulator();
  return emu;
}

async function expectDaemonClean(withinMs = 10_000): Promise<void> {
  const conn = await connect(parseEndpoint(daemon.endpoint), { readyTimeoutMs: 10_000 });
  try {
    await expectNoActiveBuilds(new BuildkitClient(conn), withinMs);
  } finally {
    await conn.close();
  }
}

/** A fresh daemon and emulator, and the project built once with the gha cache: an index for the next run to import. */
async function withCacheToImport(): Promise<{ emu: GhaCacheEmulator; dir: string }> {
  const emu = await fresh();
  const { dir } = cacheProject();
  expectOk(await bake(dir, daemon.endpoint, runnerEnv(emu, 'v2'), { targets: ['tool'] }));
  return { emu, dir };
}

const WARN_IMPORT = /^cache import \(type=gha,scope=tool\) failed, building without it: /;
const WARN_EXPORT =
  /^cache export \(type=gha,scope=tool,mode=max\) failed, the build succeeded but its cache was not saved \(ignore-error=true\): /;

for (const status of [429, 500] as const) {
  it(`every cache request answered ${status} (API and blob storage): the build succeeds with warnings, well under a minute`, async () => {
    const emu = await fresh();
    const { dir } = cacheProject();
    emu.setOutage(status);
    const started = Date.now();
    const o = await bake(dir, daemon.endpoint, runnerEnv(emu, 'v2'), { targets: ['tool'] });
    const took = Date.now() - started;
    rows.push({
      fault: `gha cache answering ${status} (default cache, timeout=10s)`,
      exitCode: '—',
      timeToExitMs: took,
      error: o.warnings.map((w) => w.message).join(' / '),
    });
    expectOk(o);
    expect(emu.requests().filter((r) => r.status === status).length).toBeGreaterThan(0);
    expect(emu.entries()).toEqual([]);
    expect(o.warnings.map((w) => w.target)).toEqual(['tool', 'tool']);
    expect(o.warnings[0].message).toMatch(WARN_IMPORT);
    expect(o.warnings[1].message).toMatch(WARN_EXPORT);
    // 429: one request retried for 10 s on import, one on export (~20 s, then ~4 s of build here; the build is the
    // part a slow host stretches); 500 is not retried
    expect(took).toBeLessThan(status === 429 ? 40_000 : 15_000);
    await expectDaemonClean();
  }, 60_000);
}

it('blob storage answering 500 with a cache to import: the cache is skipped before the build reads it, which ends in seconds', async () => {
  const { emu, dir } = await withCacheToImport();
  const saved = emu.entries().length;
  emu.setOutage(500, ['blob']);
  const started = Date.now();
  const o = await bake(dir, daemon.endpoint, runnerEnv(emu, 'v2'), { targets: ['tool'] });
  const took = Date.now() - started;
  rows.push({
    fault: 'gha blob storage answering 500 (an index to import)',
    exitCode: '—',
    timeToExitMs: took,
    error: o.warnings.map((w) => w.message).join(' / '),
  });
  expectOk(o);
  expect(o.warnings).toEqual([
    {
      target: 'tool',
      message:
        'cache import (type=gha,scope=tool) skipped: the GitHub Actions cache is failing (the cache storage answered 500); building without it',
    },
    {
      target: 'tool',
      message:
        'cache export (type=gha,scope=tool,mode=max) skipped: the GitHub Actions cache is failing (the cache storage answered 500); its cache is not saved',
    },
  ]);
  // bakekit read the blob once (BuildKit's own read would have been retried for ~15 minutes, uncancellable)
  expect(emu.requests().filter((r) => r.status === 500)).toHaveLength(1);
  expect(emu.entries()).toHaveLength(saved);
  expect(took).toBeLessThan(15_000);
  await expectDaemonClean();
}, 60_000);

it('blob storage answering 500 only after the build has started: the build is started again without the cache', async () => {
  const { emu, dir } = await withCacheToImport();
  const saved = emu.entries().length;
  const before = emu.requests().length;
  // the pre-flight's blob read is answered 500 two seconds late: the target's frontend has been solved by then, with
  // the gha import in its build's request
  emu.setOutage(500, ['blob']);
  emu.setLatency(2_000, ['blob']);
  const started = Date.now();
  const o = await bake(dir, daemon.endpoint, runnerEnv(emu, 'v2'), { targets: ['tool'] });
  const took = Date.now() - started;
  rows.push({
    fault: 'gha blob storage answering 500 after 2 s (an index to import, the build started)',
    exitCode: '—',
    timeToExitMs: took,
    error: o.warnings.map((w) => w.message).join(' / '),
  });
  expectOk(o);
  expect(o.warnings.map((w) => w.message)).toEqual([
    'cache import (type=gha,scope=tool) skipped: the GitHub Actions cache is failing (the cache storage answered 500); building without it',
    'cache export (type=gha,scope=tool,mode=max) skipped: the GitHub Actions cache is failing (the cache storage answered 500); its cache is not saved',
  ]);
  // the build's progress came before the pre-flight's answer: the frontend ran while the pre-flight waited
  const firstStatus = o.events.findIndex((e) => e.type === 'status' && e.target === 'tool');
  const verdict = o.events.findIndex((e) => e.type === 'warning');
  expect(firstStatus).toBeGreaterThanOrEqual(0);
  expect(firstStatus).toBeLessThan(verdict);
  // and the build that went on read nothing from the storage: the pre-flight's one read is the run's only one
  const blobReads = emu
    .requests()
    .slice(before)
    .filter((r) => r.kind === 'blob get');
  expect(blobReads).toHaveLength(1);
  expect(blobReads[0].status).toBe(500);
  expect(emu.entries()).toHaveLength(saved);
  expect(took).toBeLessThan(15_000);
  // the build started first was handed back: nothing is left running on the daemon
  await expectDaemonClean();
}, 60_000);

it('a slow pre-flight: the daemon reads the cache only after its answer', async () => {
  const { emu, dir } = await withCacheToImport();
  // when each request is looked at: the cache API's as they arrive, the storage's once their 1.5 s have passed
  const seen: { kind: string; at: number }[] = [];
  emu.setFailure((req) => {
    seen.push({ kind: req.path.startsWith('/twirp/') || req.path.includes('_apis') ? 'api' : 'blob', at: Date.now() });
    return undefined;
  });
  emu.setLatency(1_500, ['blob']);
  const o = await bake(dir, daemon.endpoint, runnerEnv(emu, 'v2'), { targets: ['tool'] });
  expectOk(o);
  expect(o.warnings).toEqual([]);
  // the pre-flight: one lookup, then one blob read, answered after 1.5 s
  expect(seen.slice(0, 2).map((r) => r.kind)).toEqual(['api', 'blob']);
  const answered = seen[1].at;
  // the daemon's own requests (its import, then its export) all arrived after the pre-flight's answer
  const daemons = seen.slice(2);
  expect(daemons.length).toBeGreaterThan(0);
  for (const r of daemons) expect(r.at - (r.kind === 'blob' ? 1_500 : 0)).toBeGreaterThanOrEqual(answered);
  await expectDaemonClean();
}, 60_000);

it('a slow service (1 s per call) finishes, saves the cache, and the log says why the export takes long', async () => {
  const emu = await fresh();
  const { dir } = cacheProject();
  emu.setLatency(1000);
  const started = Date.now();
  const o = await bake(dir, daemon.endpoint, runnerEnv(emu, 'v2'), { targets: ['tool'] });
  const took = Date.now() - started;
  const slow = o.events.filter(
    (e): e is Extract<BuildEvent, { type: 'info' }> =>
      e.type === 'info' && /^cache (import|export) still running/.test(e.message),
  );
  rows.push({
    fault: 'gha cache answering every call 1 s late',
    exitCode: '—',
    timeToExitMs: took,
    error: slow.map((e) => e.message).join(' / '),
  });
  expectOk(o);
  expect(o.warnings).toEqual([]);
  expect(emu.entries().filter((e) => e.committed).length).toBeGreaterThan(0);
  expect(slow[0]).toMatchObject({
    target: 'tool',
    message: expect.stringMatching(
      /^cache export still running after 1\d s \(exporting to GitHub Actions Cache\): the cache service is slow, or failing and being retried$/,
    ) as unknown,
  });
  await expectDaemonClean();
}, 60_000);

it('cancelled during a 429 outage: returns at once, and the daemon abandons the build', async () => {
  const emu = await fresh();
  const { dir } = cacheProject();
  emu.setOutage(429);
  const ac = new AbortController();
  let cancelledAt = 0;
  const events: BuildEvent[] = [];
  // cancel once the daemon is retrying the cache (a few 429s answered)
  const poll = setInterval(() => {
    if (!cancelledAt && emu.requests().filter((r) => r.status === 429).length >= 3) {
      cancelledAt = Date.now();
      ac.abort(new Error('cancelled by the test'));
    }
  }, 50);
  try {
    const result = await runBake({
      files: [`${dir}/docker-bake.hcl`],
      targets: ['tool'],
      set: [],
      cwd: dir,
      env: runnerEnv(emu, 'v2'),
      builder: daemon.endpoint,
      signal: ac.signal,
      onEvent: (e) => events.push(e),
    });
    const took = Date.now() - cancelledAt;
    expect(cancelledAt, 'the daemon never asked the cache').toBeGreaterThan(0);
    rows.push({
      fault: 'cancel during a gha 429 outage',
      exitCode: '—',
      timeToExitMs: took,
      error: result.targets.map((t) => t.status).join(','),
    });
    expect(result.targets.map((t) => t.status)).toEqual(['cancelled']);
    expect(took).toBeLessThan(5_000);
  } finally {
    clearInterval(poll);
  }
  // the daemon drops the build; its retrying ends within the entry's timeout at the latest
  await expectDaemonClean(15_000);
}, 60_000);
