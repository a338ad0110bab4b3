/**
 * A frozen daemon (SIGSTOP mid-RUN; a partitioned remote builder looks the same: a connection that stays
 * open and answers nothing) must fail the build within a bound, saying the builder is not responding, instead of
 * being waited on forever. bakekit pings while calls are in flight (src/buildkit/transport/keepalive.ts); the tests
 * shorten the 5-minute interval with BAKEKIT_KEEPALIVE_INTERVAL / BAKEKIT_KEEPALIVE_TIMEOUT (seconds).
 *
 * The daemon is a private buildkitd on its own socket and root (helpers.ts PrivateBuildkitd): stopped with SIGSTOP
 * when the RUN prints its marker, resumed with SIGCONT once bakekit has given up, and then it must cancel the build
 * by itself (its client went away): no active build left.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BuildkitClient } from '../../src/buildkit/client.js';
import { connect } from '../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../src/buildkit/transport/endpoint.js';
import { runBuild } from '../../src/solve/run/run.js';
import { emptyTarget } from '../../src/solve/target/spec.js';
import type { BuildEvent } from '../../src/solve/run/events.js';
import { BASE_IMAGE, expectNoActiveBuilds, requireTestHost } from '../support/daemons.js';
import { makeProject, removeProjects } from '../support/project.js';
import { until } from '../support/until.js';
import { PrivateBuildkitd, report, sleep, startCli, type CliRun, type Measurement } from './helpers.js';

const daemon = new PrivateBuildkitd('faults-frozen');
const rows: Measurement[] = [];
let frozen = false;

function thaw(): void {
  if (frozen && daemon.pid) process.kill(daemon.pid, 'SIGCONT');
  frozen = false;
}

function freeze(): number {
  process.kill(daemon.pid!, 'SIGSTOP');
  frozen = true;
  return Date.now();
}

beforeAll(async () => {
  requireTestHost();
  await daemon.start();
}, 60_000);

afterAll(async () => {
  thaw();
  await daemon.stop();
  removeProjects();
  report(rows);
}, 30_000);

function project(marker: string): string {
  return makeProject({
    Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo ${marker} && sleep 987\n`,
    'docker-bake.hcl': 'target "default" {}\n',
  });
}

function logged(e: BuildEvent, marker: string): boolean {
  if (e.type !== 'status') return false;
  const logs = (e.message as { logs?: Array<{ msg?: Uint8Array }> }).logs ?? [];
  return logs.some((l) =>
    Buffer.from(l.msg ?? [])
      .toString()
      .includes(marker),
  );
}

/** Freezes the daemon once the CLI has printed `marker` (its build reached the RUN); when, or 0 if it never did. */
async function freezeWhenPrinted(run: CliRun, marker: string): Promise<number> {
  const deadline = Date.now() + 40_000;
  while (Date.now() < deadline && run.child.exitCode === null) {
    if (run.stdout().includes(marker) || run.stderr().includes(marker)) return freeze();
    await sleep(50);
  }
  return 0;
}

async function expectDaemonClean(): Promise<void> {
  const conn = await connect(parseEndpoint(daemon.endpoint), { readyTimeoutMs: 10_000 });
  try {
    await expectNoActiveBuilds(new BuildkitClient(conn), 15_000);
  } finally {
    await conn.close();
  }
}

const NOT_RESPONDING =
  /BuildKit at unix:\/\/\/run\/bakekit-faults\/faults-frozen\.sock is not responding: a keepalive ping went unanswered for 2 s and a new connection got no answer within 2 s/;

it('SIGSTOP mid-RUN (in process): the target fails within the keepalive bound, saying the builder is not responding', async () => {
  const marker = `frozen-${Date.now()}`;
  const dir = project(marker);
  // as a user would set it: the environment (connect reads it)
  process.env.BAKEKIT_KEEPALIVE_INTERVAL = '2';
  process.env.BAKEKIT_KEEPALIVE_TIMEOUT = '2';
  const conn = await connect(parseEndpoint(daemon.endpoint), { readyTimeoutMs: 20_000 });
  delete process.env.BAKEKIT_KEEPALIVE_INTERVAL;
  delete process.env.BAKEKIT_KEEPALIVE_TIMEOUT;
  let stoppedAt = 0;
  try {
    const spec = {
      ...emptyTarget('slow', dir),
      dockerfile: path.join(dir, 'Dockerfile'),
      outputs: [{ type: 'local', dest: path.join(dir, 'out') }],
    };
    const result = await runBuild([spec], {
      connection: conn,
      cwd: dir,
      env: process.env,
      onEvent: (e) => {
        if (!stoppedAt && logged(e, marker)) stoppedAt = freeze();
      },
    });
    const took = Date.now() - stoppedAt;
    const t = result.targets[0];
    expect(stoppedAt, `the RUN never started: ${t.error?.message}`).toBeGreaterThan(0);
    rows.push({
      fault: 'buildkitd SIGSTOPped mid-RUN (in process; keepalive 2 s / 2 s)',
      exitCode: '—',
      timeToExitMs: took,
      error: t.error?.message ?? '',
    });
    expect(t.status).toBe('failed');
    expect(t.error?.message).toMatch(new RegExp(`^target "slow": ${NOT_RESPONDING.source}`));
    // interval + ping timeout + probe = 6 s; the rest is slack for a loaded CI host
    expect(took).toBeLessThan(15_000);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  } finally {
    await conn.close();
    thaw();
  }
  await expectDaemonClean();
}, 60_000);

it('SIGSTOP mid-RUN (CLI): exits 1 within the bound with the same error', async () => {
  const marker = `frozen-cli-${Date.now()}`;
  const dir = project(marker);
  const run = startCli(['--builder', daemon.endpoint, '--progress', 'plain'], {
    cwd: dir,
    env: { ...process.env, BAKEKIT_KEEPALIVE_INTERVAL: '2', BAKEKIT_KEEPALIVE_TIMEOUT: '2' },
  });
  const stoppedAt = await freezeWhenPrinted(run, marker);
  try {
    expect(stoppedAt, `the RUN never started: ${run.stderr()}`).toBeGreaterThan(0);
    const killer = setTimeout(() => run.child.kill('SIGKILL'), 30_000);
    const r = await run.done;
    clearTimeout(killer);
    const took = Date.now() - stoppedAt;
    const errorLine =
      run
        .stderr()
        .split('\n')
        .find((l) => l.startsWith('ERROR:')) ??
      run
        .stdout()
        .split('\n')
        .find((l) => l.startsWith('ERROR:')) ??
      '';
    rows.push({
      fault: 'buildkitd SIGSTOPped mid-RUN (CLI; BAKEKIT_KEEPALIVE_INTERVAL=2)',
      exitCode: r.code ?? String(r.signal),
      timeToExitMs: took,
      error: errorLine,
    });
    expect(r.code).toBe(1);
    expect(errorLine).toMatch(new RegExp(`^ERROR: target "default": ${NOT_RESPONDING.source}`));
    expect(took).toBeLessThan(15_000);
  } finally {
    thaw();
  }
  await expectDaemonClean();
}, 60_000);

it('SIGTERM to the CLI while the daemon is frozen: the cancellation cannot finish, and a second SIGTERM ends the process at once', async () => {
  const marker = `frozen-sigterm-${Date.now()}`;
  const dir = project(marker);
  const run = startCli(['--builder', daemon.endpoint, '--progress', 'plain'], { cwd: dir });
  const stoppedAt = await freezeWhenPrinted(run, marker);
  try {
    expect(stoppedAt, `the build never started: ${run.stderr()}`).toBeGreaterThan(0);
    run.child.kill('SIGTERM');
    await until(() => run.stderr().includes('bakekit: SIGTERM: cancelling the build'), 'the first SIGTERM', 10_000);
    // the solves' cancellation waits on the frozen daemon; the CLI's own fallback would end it 3 s after the signal
    await sleep(300);
    expect(run.child.exitCode, 'still cancelling').toBeNull();
    const sent = Date.now();
    run.child.kill('SIGTERM');
    const r = await run.done;
    rows.push({
      fault: 'a second SIGTERM to the CLI, the daemon frozen',
      exitCode: r.code ?? String(r.signal),
      timeToExitMs: r.exitedAt - sent,
      error: '(killed by the signal: the handler is `once`)',
    });
    expect(r.signal).toBe('SIGTERM');
    expect(r.exitedAt - sent).toBeLessThan(1000);
  } finally {
    thaw();
  }
  await expectDaemonClean();
}, 60_000);
