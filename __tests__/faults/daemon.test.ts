/**
 * The daemon and the link to it failing under a build. Every fault runs on a private buildkitd (the shared
 * test host is never killed): killed in the middle of a solve (in process and under the CLI), the session stream cut,
 * not listening yet at start (bounded retry) or never, and SIGTERM/SIGINT to the CLI mid-build. Each must end with a
 * non-zero exit where the build cannot succeed, an error naming what failed, no process left behind, and no build
 * left on the daemon (Control API: build history, active only).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildkitClient } from '../../src/buildkit/client.js';
import { connect, type BuildkitConnection } from '../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../src/buildkit/transport/endpoint.js';
import { runBuild, type RunResult } from '../../src/solve/run/run.js';
import { emptyTarget, type TargetSpec } from '../../src/solve/target/spec.js';
import type { BuildEvent } from '../../src/solve/run/events.js';
import { BASE_IMAGE, expectNoActiveBuilds, requireTestHost } from '../support/daemons.js';
import { listFiles, makeProject, removeProjects } from '../support/project.js';
import {
  PrivateBuildkitd,
  cuttableConnection,
  descendants,
  killStrayChildren,
  report,
  runCli,
  sleep,
  startCli,
  waitFor,
  type Measurement,
} from './helpers.js';

const daemon = new PrivateBuildkitd('faults-daemon');
const rows: Measurement[] = [];

/** A Dockerfile whose RUN prints `marker` and then sleeps far longer than any test. */
function slowDockerfile(marker: string): string {
  return `FROM ${BASE_IMAGE}\nRUN echo ${marker} && sleep 987\n`;
}

function slowTarget(dir: string, name = 'slow', marker = `m-${Date.now()}`): TargetSpec {
  fs.writeFileSync(path.join(dir, `${name}.Dockerfile`), slowDockerfile(marker));
  return {
    ...emptyTarget(name, dir),
    dockerfile: path.join(dir, `${name}.Dockerfile`),
    outputs: [{ type: 'local', dest: path.join(dir, `out-${name}`) }],
  };
}

/** onEvent that calls `fn` once, when a step's output contains `marker` (the RUN is running on the daemon). */
function whenLogged(marker: string, fn: () => void): (e: BuildEvent) => void {
  let fired = false;
  return (e) => {
    if (fired || e.type !== 'status') return;
    const logs = (e.message as { logs?: Array<{ msg?: Uint8Array }> }).logs ?? [];
    if (
      logs.some((l) =>
        Buffer.from(l.msg ?? [])
          .toString()
          .includes(marker),
      )
    ) {
      fired = true;
      fn();
    }
  };
}

async function withClient<T>(
  endpoint: string,
  f: (client: BuildkitClient, conn: BuildkitConnection) => Promise<T>,
): Promise<T> {
  const conn = await connect(parseEndpoint(endpoint), { readyTimeoutMs: 20_000 });
  try {
    return await f(new BuildkitClient(conn), conn);
  } finally {
    await conn.close();
  }
}

/** Waits until the private daemon runs `n` builds (nobody else uses it), then a moment more for the RUN to start. */
async function untilRunning(n: number): Promise<void> {
  const ok = await withClient(daemon.endpoint, (client) =>
    waitFor(async () => (await client.activeBuilds(1000)).length >= n, 60_000, 200),
  );
  expect(ok, `the private daemon never ran ${n} build(s)`).toBe(true);
  await sleep(1500);
}

beforeAll(async () => {
  requireTestHost();
  await daemon.start();
  // warm the private daemon's cache with the base image so the faults hit the RUN, not the pull
  const dir = makeProject({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN true\n` });
  await withClient(daemon.endpoint, async (_client, conn) => {
    const r = await runBuild([{ ...emptyTarget('warm', dir), dockerfile: path.join(dir, 'Dockerfile') }], {
      connection: conn,
      cwd: dir,
      env: process.env,
    });
    expect(r.ok).toBe(true);
  });
});

afterAll(async () => {
  killStrayChildren();
  await daemon.stop();
  removeProjects();
  report(rows);
});

describe('the daemon killed in the middle of a solve', () => {
  it('in process: the target fails at once naming the daemon; after a restart nothing runs', async () => {
    const dir = makeProject({});
    const marker = `killed-${Date.now()}`;
    let killedAt = 0;
    let killing: Promise<void> | undefined;
    let result: RunResult | undefined;
    let runAt = 0;
    await withClient(daemon.endpoint, async (_client, conn) => {
      const containers: number[] = [];
      result = await runBuild([slowTarget(dir, 'slow', marker)], {
        connection: conn,
        cwd: dir,
        env: process.env,
        onEvent: whenLogged(marker, () => {
          containers.push(...descendants(daemon.pid!));
          killedAt = Date.now();
          killing = daemon.kill('SIGKILL');
        }),
      });
      runAt = Date.now();
      expect(containers.length, 'the RUN was running in a container of the daemon').toBeGreaterThan(0);
    });
    await killing;
    expect(killedAt).toBeGreaterThan(0);
    const elapsed = runAt - killedAt;
    const t = result!.targets[0];
    expect(result!.ok).toBe(false);
    expect(t.status).toBe('failed');
    expect(t.error!.message).toMatch(
      new RegExp(
        `target "slow": lost the connection to BuildKit at ${daemon.endpoint.replace(/\//g, '\\/')} \\(did the daemon stop\\?\\)`,
      ),
    );
    expect(elapsed).toBeLessThan(5000);
    // the build containers the daemon can no longer reap are ended (by pid), then the restarted daemon runs nothing
    daemon.reapOrphans();
    await daemon.start();
    await withClient(daemon.endpoint, (client) => expectNoActiveBuilds(client));
    rows.push({
      fault: 'buildkitd SIGKILLed during a RUN (runBuild)',
      exitCode: 'failed',
      timeToExitMs: elapsed,
      error: t.error!.message,
    });
  });

  it('under the CLI: exit 1 within seconds, the error names the daemon; nothing runs after a restart', async () => {
    const dir = makeProject({
      'docker-bake.hcl': 'target "default" {\n  output = ["type=local,dest=out"]\n}\n',
      Dockerfile: slowDockerfile(`cli-killed-${Date.now()}`),
    });
    const cli = startCli(['--builder', daemon.endpoint], { cwd: dir });
    await untilRunning(1);
    const killedAt = Date.now();
    await daemon.kill('SIGKILL');
    const r = await cli.done;
    const elapsed = r.exitedAt - killedAt;
    expect(r.code).toBe(1);
    expect(elapsed).toBeLessThan(5000);
    const error = cli
      .stderr()
      .split('\n')
      .filter((l) => l.startsWith('ERROR:'))
      .join('\n');
    expect(error).toMatch(
      /ERROR: target "default": lost the connection to BuildKit at unix:\/\/\/run\/bakekit-faults\/faults-daemon\.sock \(did the daemon stop\?\)/,
    );
    daemon.reapOrphans();
    await daemon.start();
    await withClient(daemon.endpoint, (client) => expectNoActiveBuilds(client));
    rows.push({ fault: 'buildkitd SIGKILLed during a RUN (CLI)', exitCode: r.code!, timeToExitMs: elapsed, error });
  });
});

describe('the session stream cut', () => {
  it('the target fails at once naming the lost session, the solve is cancelled on the daemon, no tunnel stays open', async () => {
    const dir = makeProject({ 'tok.txt': 'session-secret' });
    const marker = `cut-${Date.now()}`;
    // the secret is fetched through the session after the RUN below: the build needs the session to go on
    fs.writeFileSync(
      path.join(dir, 'Dockerfile'),
      `FROM ${BASE_IMAGE}\nRUN echo ${marker} && sleep 3\nRUN --mount=type=secret,id=tok test -s /run/secrets/tok\n`,
    );
    let cutAt = 0;
    let doneAt = 0;
    let result: RunResult | undefined;
    await withClient(daemon.endpoint, async (client, base) => {
      const conn = cuttableConnection(base);
      result = await runBuild(
        [
          {
            ...emptyTarget('app', dir),
            dockerfile: path.join(dir, 'Dockerfile'),
            secrets: [{ id: 'tok', src: path.join(dir, 'tok.txt') }],
            outputs: [{ type: 'local', dest: path.join(dir, 'out') }],
          },
        ],
        {
          connection: conn,
          cwd: dir,
          env: process.env,
          onEvent: whenLogged(marker, () => {
            cutAt = Date.now();
            expect(conn.cut()).toBeGreaterThan(0);
          }),
        },
      );
      doneAt = Date.now();
      expect(conn.openTunnels()).toBe(0);
      await expectNoActiveBuilds(client);
    });
    const t = result!.targets[0];
    expect(t.status).toBe('failed');
    expect(t.error!.message).toMatch(
      /target "app": lost the session with BuildKit at unix:\/\/\/run\/bakekit-faults\/faults-daemon\.sock .*: injected: session stream cut/,
    );
    // without the fix this waited for the daemon's own "no active session" timeout (5 s and more)
    expect(doneAt - cutAt).toBeLessThan(4000);
    expect(listFiles(dir).some((f) => f.startsWith('out/'))).toBe(false);
    rows.push({
      fault: 'session stream (tunnel) destroyed during a RUN (runBuild)',
      exitCode: 'failed',
      timeToExitMs: doneAt - cutAt,
      error: t.error!.message,
    });
  });
});

describe('the daemon not listening at start', () => {
  it('comes up 1.5 s after the CLI started: the bounded retry connects and the build succeeds', async () => {
    const late = new PrivateBuildkitd('faults-late');
    try {
      const dir = makeProject({
        'docker-bake.hcl': 'target "default" {\n  output = ["type=local,dest=out"]\n}\n',
        Dockerfile: `FROM scratch\nCOPY hello.txt /\n`,
        'hello.txt': 'hi\n',
      });
      const cli = startCli(['--builder', late.endpoint], { cwd: dir });
      await sleep(1500);
      await late.start({ wait: false });
      const r = await cli.done;
      expect(r.code, cli.stderr()).toBe(0);
      expect(fs.readFileSync(path.join(dir, 'out/hello.txt'), 'utf8')).toBe('hi\n');
      rows.push({
        fault: 'buildkitd started 1.5 s after the CLI',
        exitCode: r.code!,
        timeToExitMs: r.elapsedMs,
        error: '(none: built)',
      });
    } finally {
      await late.stop();
    }
  });

  it('never comes up: exit 1 after the bounded wait, naming the endpoint', async () => {
    const dir = makeProject({ 'docker-bake.hcl': 'target "default" {}\n', Dockerfile: `FROM scratch\n` });
    const r = await runCli(['--builder', 'unix:///run/bakekit-faults/nobody-home.sock'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.elapsedMs).toBeLessThan(15_000);
    expect(r.stderr).toMatch(
      /ERROR: cannot reach BuildKit at unix:\/\/\/run\/bakekit-faults\/nobody-home\.sock: .*ENOENT.*Is the daemon running\?/,
    );
    rows.push({
      fault: 'no daemon at the endpoint (CLI)',
      exitCode: r.code!,
      timeToExitMs: r.elapsedMs,
      error: r.stderr.trim(),
    });
  });
});

describe('the CLI signalled mid-build', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: both running solves are cancelled on the daemon, the process exits within seconds`, async () => {
      const dir = makeProject({
        'docker-bake.hcl':
          'group "default" {\n  targets = ["a", "b"]\n}\ntarget "a" {\n  dockerfile = "a.Dockerfile"\n}\ntarget "b" {\n  dockerfile = "b.Dockerfile"\n}\n',
        'a.Dockerfile': slowDockerfile(`sig-a-${Date.now()}`),
        'b.Dockerfile': slowDockerfile(`sig-b-${Date.now()}`),
      });
      const cli = startCli(['--builder', daemon.endpoint], { cwd: dir });
      await untilRunning(2);
      // waited for, not assumed after untilRunning's moment: a slow host's daemon starts its containers later
      const containers = await waitFor(() => descendants(daemon.pid!).length, 30_000);
      expect(containers, 'the RUNs were running in containers').toBeGreaterThan(0);
      const sentAt = Date.now();
      cli.child.kill(signal);
      const r = await cli.done;
      const elapsed = r.exitedAt - sentAt;
      expect(r.code).toBe(1);
      expect(elapsed).toBeLessThan(5000);
      expect(cli.stderr()).toContain(`bakekit: ${signal}: cancelling the build`);
      expect(cli.stderr()).toMatch(new RegExp(`ERROR: build cancelled by ${signal} \\(cancelled: a, b\\)`));
      await withClient(daemon.endpoint, (client) => expectNoActiveBuilds(client));
      // the daemon ended the build containers itself (it is alive): nothing of the RUNs is left
      expect(await waitFor(() => descendants(daemon.pid!).length === 0, 10_000)).toBe(true);
      const error = cli
        .stderr()
        .split('\n')
        .filter((l) => /^ERROR|bakekit:/.test(l))
        .join(' ⏎ ');
      rows.push({ fault: `${signal} to the CLI during two RUNs`, exitCode: r.code!, timeToExitMs: elapsed, error });
    });
  }

  it('in process: an aborted run closes every session it opened and cancels its solves', async () => {
    const dir = makeProject({});
    const marker = `abort-${Date.now()}`;
    const ac = new AbortController();
    await withClient(daemon.endpoint, async (client, base) => {
      const conn = cuttableConnection(base);
      let abortedAt = 0;
      const result = await runBuild([slowTarget(dir, 'a', marker), slowTarget(dir, 'b', `${marker}-b`)], {
        connection: conn,
        cwd: dir,
        env: process.env,
        signal: ac.signal,
        onEvent: whenLogged(marker, () => {
          abortedAt = Date.now();
          ac.abort(new Error('cancelled by the test'));
        }),
      });
      expect(Date.now() - abortedAt).toBeLessThan(5000);
      expect(result.targets.map((t) => t.status)).toEqual(['cancelled', 'cancelled']);
      // a directory session and one session per target, all closed
      expect(conn.opened).toBeGreaterThanOrEqual(3);
      expect(conn.openTunnels()).toBe(0);
      await expectNoActiveBuilds(client);
    });
  });
});
