/**
 * Against the real daemons of the test host (scripts/test-host.sh). A missing daemon fails these tests: nothing here
 * skips. The transports run concurrently so the 12 s session-survival checks overlap. ssh:// goes through the test
 * host's loopback sshd with a key from an ssh-agent of this file's own; kube-pod:// through a fake kubectl first on
 * PATH that execs the real buildctl dial-stdio in the dial-stdio container (builds through both: connhelpers.test.ts).
 */
import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defineProto } from '../../../src/buildkit/proto/define.js';
import { root } from '../../../src/buildkit/proto/registry.js';
import { Session } from '../../../src/buildkit/session/session.js';
import { BuildkitClient } from '../../../src/buildkit/client.js';
import type { WorkerRecord } from '../../../src/buildkit/proto/worker.pb.js';
import { connect, ConnectError, type BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import { ensureDialStdioContainer } from '../../support/dial-stdio-container.js';
import { makeFakeKubectl, type FakeKubectl } from '../../support/fake-kubectl.js';
import { requireTestSshd, startSshAgent, testSshdUrl, TEST_SSHD, type SshAgent } from '../../support/test-sshd.js';
import { sleep } from '../../support/until.js';

/** The ssh-agent (SSH_AUTH_SOCK) and fake kubectl (PATH) the ssh:// and kube-pod:// cases need; set up once, on first
 * use, for the whole file. */
const saved = { PATH: process.env.PATH, SSH_AUTH_SOCK: process.env.SSH_AUTH_SOCK };
let helpers: Promise<{ agent: SshAgent; kubectl: FakeKubectl }> | undefined;
function connhelperEnv() {
  helpers ??= (async () => {
    requireTestSshd();
    const agent = await startSshAgent(readFileSync(TEST_SSHD.clientKey, 'utf8'));
    const kubectl = makeFakeKubectl(await ensureDialStdioContainer());
    kubectl.setPod('buildkitd-0');
    process.env.SSH_AUTH_SOCK = agent.socket;
    process.env.PATH = `${kubectl.dir}:${saved.PATH}`;
    return { agent, kubectl };
  })();
  return helpers;
}
afterAll(async () => {
  if (!helpers) return;
  const { agent, kubectl } = await helpers;
  process.env.PATH = saved.PATH;
  if (saved.SSH_AUTH_SOCK === undefined) delete process.env.SSH_AUTH_SOCK;
  else process.env.SSH_AUTH_SOCK = saved.SSH_AUTH_SOCK;
  await agent.stop();
  kubectl.remove();
});

// A service of our own, so the session advertises more than Health (as real sessions do).
defineProto(
  `
syntax = "proto3";
package bakekit.transporttest.v1;
message Ping { string text = 1; }
service Echo { rpc Say(Ping) returns (Ping); }
`,
  root,
);
function echoAttachable() {
  const state = { closed: false };
  return {
    state,
    serviceName: 'bakekit.transporttest.v1.Echo',
    handlers: (): grpc.UntypedServiceImplementation => ({
      Say: (call: grpc.ServerUnaryCall<unknown, unknown>, cb: grpc.sendUnaryData<unknown>) => cb(null, call.request),
    }),
    close: () => {
      state.closed = true;
    },
  };
}

/** The daemon's workers, through the connection's channel. */
function listWorkers(conn: BuildkitConnection): Promise<WorkerRecord[]> {
  return new BuildkitClient(conn).listWorkers(AbortSignal.timeout(10_000));
}

const targets: Array<{ name: string; spec: () => Promise<string>; description: RegExp }> = [
  {
    name: 'buildkitd unix socket',
    spec: () => Promise.resolve('unix:///run/buildkit/buildkitd.sock'),
    description: /^unix:\/\/\/run\/buildkit\/buildkitd\.sock$/,
  },
  {
    name: 'Docker Engine',
    spec: () => Promise.resolve('docker://'),
    description: /^docker:\/\/unix:\/\/\/var\/run\/docker\.sock$/,
  },
  {
    name: 'docker-container dial-stdio',
    spec: async () => `docker-container://${await ensureDialStdioContainer()}`,
    description: /^docker-container:\/\/bakekit-test-dial-stdio$/,
  },
  {
    name: 'ssh dial-stdio',
    spec: async () => (await connhelperEnv(), testSshdUrl('/run/buildkit/buildkitd.sock')),
    description: /^ssh:\/\/root@127\.0\.0\.1:2222\/run\/buildkit\/buildkitd\.sock$/,
  },
  {
    name: 'kube-pod dial-stdio (fake kubectl)',
    spec: async () => (await connhelperEnv(), 'kube-pod://buildkitd-0?namespace=buildkit'),
    description: /^kube-pod:\/\/buildkitd-0\?namespace=buildkit$/,
  },
];

describe.concurrent.each(targets)('$name', ({ spec, description }) => {
  let conn: BuildkitConnection;
  beforeAll(async () => {
    conn = await connect(parseEndpoint(await spec()));
  }, 150_000);
  afterAll(async () => {
    await conn?.close();
  }, 15_000);

  test('describes itself', () => {
    expect(conn.description).toMatch(description);
    // keepalive (keepalive.ts): no more often than grpc-go's servers permit (5 minutes)
    expect(conn.keepalive.intervalMs).toBe(5 * 60_000);
  });

  test('ListWorkers reports linux/amd64', async () => {
    const workers = await listWorkers(conn);
    expect(workers.length).toBeGreaterThan(0);
    const platforms = workers.flatMap((w) => (w.platforms ?? []).map((p) => `${p.OS}/${p.Architecture}`));
    expect(platforms).toContain('linux/amd64');
  });

  test("a session with Health outlives the daemon's 10 s health deadline", async () => {
    const echo = echoAttachable();
    const session = new Session({ name: 'transport-test' }).attach(echo);
    let droppedAt = 0;
    void session.closed.then(() => (droppedAt = Date.now()));
    const started = Date.now();
    await session.run(conn);
    try {
      await sleep(12_500);
      // Without Health the daemon gives up after two failed checks (~10 s). Checks at ~5 s and ~10 s, one of them
      // after the 10 s mark, and the session still open prove it is alive and being served.
      expect(droppedAt).toBe(0);
      expect(session.healthChecks).toBeGreaterThanOrEqual(2);
      expect(session.lastHealthCheckAt - started).toBeGreaterThan(9_000);
    } finally {
      const closing = Date.now();
      await session.close();
      expect(Date.now() - closing).toBeLessThan(5_000);
    }
    await expect(session.closed).resolves.toBeUndefined();
    expect(echo.state.closed).toBe(true);
    // The connection survives its sessions.
    expect((await listWorkers(conn)).length).toBeGreaterThan(0);
  }, 30_000);

  test('without Health the daemon drops a session, and the tunnel shows it', async () => {
    // The premise of the test above, checked on a bare server: the daemon's failed health checks end the tunnel.
    const server = new grpc.Server();
    const tunnel = await conn.openSessionTunnel([
      ['x-docker-expose-session-uuid', `nohealth${Date.now().toString(36)}`],
      ['x-docker-expose-session-sharedkey', 'transport-test'],
    ]);
    const started = Date.now();
    const ended = new Promise<number>((resolve) => tunnel.once('close', () => resolve(Date.now() - started)));
    tunnel.on('error', () => undefined);
    server.createConnectionInjector(grpc.ServerCredentials.createInsecure()).injectConnection(tunnel);
    try {
      const after = await Promise.race([ended, sleep(20_000).then(() => -1)]);
      expect(after).toBeGreaterThan(3_000);
    } finally {
      tunnel.destroy();
      server.forceShutdown();
    }
  }, 30_000);

  test('Session.closed settles when the connection underneath goes away', async () => {
    const own = await connect(parseEndpoint(await spec()));
    const session = new Session();
    await session.run(own);
    await own.close();
    const settled = await Promise.race([session.closed.then(() => true), sleep(5_000).then(() => false)]);
    expect(settled).toBe(true);
  }, 30_000);

  test('several sessions share one connection', async () => {
    const sessions = [new Session(), new Session(), new Session()];
    await Promise.all(sessions.map((s) => s.run(conn)));
    await Promise.all(sessions.map((s) => s.close()));
    for (const s of sessions) await expect(s.closed).resolves.toBeUndefined();
  }, 30_000);
});

describe.concurrent('unreachable daemons fail clearly and quickly', () => {
  const cases: Array<[string, RegExp]> = [
    [
      'unix:///run/buildkit/nonexistent.sock',
      /^cannot reach BuildKit at unix:\/\/\/run\/buildkit\/nonexistent\.sock: .*ENOENT.*\. Is the daemon running\?$/,
    ],
    [
      'docker://unix:///run/nonexistent-docker.sock',
      /^cannot reach BuildKit at docker:\/\/unix:\/\/\/run\/nonexistent-docker\.sock: .*ENOENT/,
    ],
    ['tcp://127.0.0.1:1', /^cannot reach BuildKit at tcp:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/],
    [
      'docker-container://bakekit-test-no-such-container',
      /^cannot reach BuildKit at docker-container:\/\/bakekit-test-no-such-container: .*No such container/,
    ],
    [
      'ssh://root@127.0.0.1:1',
      /^cannot reach BuildKit at ssh:\/\/root@127\.0\.0\.1:1: ssh -l root -p 1 -- 127\.0\.0\.1 buildctl dial-stdio failed: .*Connection refused$/,
    ],
    [
      'kube-pod://nosuch-0',
      /^cannot reach BuildKit at kube-pod:\/\/nosuch-0: kubectl .* -i nosuch-0 -- buildctl dial-stdio failed: .*pods "nosuch-0" not found$/,
    ],
  ];
  test.each(cases)(
    '%s',
    async (spec, message) => {
      await connhelperEnv(); // the fake kubectl
      const started = Date.now();
      const err = await connect(parseEndpoint(spec)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ConnectError);
      expect((err as Error).message).toMatch(message);
      expect(Date.now() - started).toBeLessThan(9_000);
    },
    20_000,
  );

  test('an aborted connect rejects with the abort reason', async () => {
    const controller = new AbortController();
    const pending = connect(parseEndpoint('unix:///run/buildkit/nonexistent.sock'), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 200);
    await expect(pending).rejects.toThrow('stop');
  }, 10_000);
});
