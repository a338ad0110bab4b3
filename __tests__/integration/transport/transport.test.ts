/**
 * Against the real daemons of the test host (scripts/test-host.sh). A missing daemon fails these tests: nothing here
 * skips. The three transports run concurrently so the 12 s session-survival checks overlap.
 */
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defineProto } from '../../../src/buildkit/proto/define.js';
import { root } from '../../../src/buildkit/proto/registry.js';
import { Session } from '../../../src/buildkit/session/session.js';
import { connect, ConnectError, type BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import { ensureDialStdioContainer } from '../../support/dial-stdio-container.js';

// A service of our own, so the session advertises more than Health (as real sessions do).
defineProto(`
syntax = "proto3";
package bakekit.transporttest.v1;
message Ping { string text = 1; }
service Echo { rpc Say(Ping) returns (Ping); }
`, root);
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

interface WorkerRecord {
  ID?: string;
  platforms?: Array<{ OS?: string; Architecture?: string; Variant?: string }>;
}
function listWorkers(conn: BuildkitConnection): Promise<WorkerRecord[]> {
  return new Promise((resolve, reject) => {
    const control = conn.control() as unknown as {
      ListWorkers(req: object, opts: grpc.CallOptions, cb: (err: Error | null, res: { record?: WorkerRecord[] }) => void): void;
    };
    control.ListWorkers({}, { deadline: Date.now() + 10_000 }, (err, res) => (err ? reject(err) : resolve(res.record ?? [])));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const targets: Array<{ name: string; spec: () => Promise<string>; description: RegExp }> = [
  { name: 'buildkitd unix socket', spec: () => Promise.resolve('unix:///run/buildkit/buildkitd.sock'), description: /^unix:\/\/\/run\/buildkit\/buildkitd\.sock$/ },
  { name: 'Docker Engine', spec: () => Promise.resolve('docker://'), description: /^docker:\/\/unix:\/\/\/var\/run\/docker\.sock$/ },
  {
    name: 'docker-container dial-stdio',
    spec: async () => `docker-container://${await ensureDialStdioContainer()}`,
    description: /^docker-container:\/\/bakekit-test-dial-stdio$/,
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
    expect(conn.channelOptions['grpc.max_receive_message_length']).toBeGreaterThanOrEqual(16 * 1024 * 1024);
    // keepalive (keepalive.ts): pings only during calls, no more often than grpc-go's servers permit (5 minutes)
    expect(conn.channelOptions['grpc.keepalive_time_ms']).toBe(5 * 60_000);
    expect(conn.channelOptions['grpc.keepalive_permit_without_calls']).toBe(0);
  });

  test('ListWorkers reports linux/amd64', async () => {
    const workers = await listWorkers(conn);
    expect(workers.length).toBeGreaterThan(0);
    const platforms = workers.flatMap((w) => (w.platforms ?? []).map((p) => `${p.OS}/${p.Architecture}`));
    expect(platforms).toContain('linux/amd64');
  });

  test('a session with Health outlives the daemon\'s 10 s health deadline', async () => {
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
    ['unix:///run/buildkit/nonexistent.sock', /^cannot reach BuildKit at unix:\/\/\/run\/buildkit\/nonexistent\.sock: .*ENOENT.*\. Is the daemon running\?$/],
    ['docker://unix:///run/nonexistent-docker.sock', /^cannot reach BuildKit at docker:\/\/unix:\/\/\/run\/nonexistent-docker\.sock: .*ENOENT/],
    ['tcp://127.0.0.1:1', /^cannot reach BuildKit at tcp:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/],
    ['docker-container://bakekit-test-no-such-container', /^cannot reach BuildKit at docker-container:\/\/bakekit-test-no-such-container: .*No such container/],
  ];
  test.each(cases)('%s', async (spec, message) => {
    const started = Date.now();
    const err = await connect(parseEndpoint(spec)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConnectError);
    expect((err as Error).message).toMatch(message);
    expect(Date.now() - started).toBeLessThan(9_000);
  }, 20_000);

  test('an aborted connect rejects with the abort reason', async () => {
    const controller = new AbortController();
    const pending = connect(parseEndpoint('unix:///run/buildkit/nonexistent.sock'), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 200);
    await expect(pending).rejects.toThrow('stop');
  }, 10_000);
});
