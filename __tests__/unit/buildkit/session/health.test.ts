/**
 * The session's health service answers as grpc-go's health server in a Go client's session does (one service, the
 * server as a whole, named ""): Check, List and Watch, driven by grpc-js's client over the session's own server.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serviceDefinition } from '../../../../src/buildkit/proto/grpc-service.js';
import { HEALTH_SERVICE } from '../../../../src/buildkit/proto/health.pb.js';
import { HealthService } from '../../../../src/buildkit/session/health.js';
import { RpcServer } from '../../../../src/buildkit/grpc/server.js';

type Unary = (req: object, cb: (err: grpc.ServiceError | null, res?: Record<string, unknown>) => void) => void;
type HealthClient = grpc.Client & {
  Check: Unary;
  List: Unary;
  Watch(req: object): grpc.ClientReadableStream<Record<string, unknown>>;
};

let tmp: string;
let server: RpcServer;
let listener: net.Server;
let client: HealthClient;
const health = new HealthService();

const call = (fn: Unary, req: object) =>
  new Promise<{ err: grpc.ServiceError | null; res?: Record<string, unknown> }>((resolve) =>
    fn.call(client, req, (err, res) => resolve({ err, res })),
  );

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'health-'));
  server = new RpcServer();
  server.addService(serviceDefinition(HEALTH_SERVICE), health.handlers());
  const sock = path.join(tmp, 's.sock');
  listener = net.createServer((s) => server.serve(s));
  await new Promise<void>((resolve) => listener.listen(sock, resolve));
  const Client = grpc.makeGenericClientConstructor(serviceDefinition(HEALTH_SERVICE), 'Health');
  client = new Client(`unix://${sock}`, grpc.credentials.createInsecure()) as unknown as HealthClient;
});

afterAll(() => {
  client.close();
  server.close();
  listener.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('session health service', () => {
  test('Check: SERVING for the server (""), counted; NOT_FOUND "unknown service" for any other name', async () => {
    const before = health.checks;
    expect(await call(client.Check, {})).toEqual({ err: null, res: { status: 1 } });
    expect(health.checks).toBe(before + 1);
    const other = await call(client.Check, { service: 'moby.filesync.v1.FileSync' });
    expect(other.err?.code).toBe(grpc.status.NOT_FOUND);
    expect(other.err?.details).toBe('unknown service');
    expect(health.checks).toBe(before + 1);
  });

  test('List: the one status, under ""', async () => {
    expect(await call(client.List, {})).toEqual({ err: null, res: { statuses: { '': { status: 1 } } } });
  });

  test('Watch: SERVING for "", SERVICE_UNKNOWN for another name, open until the caller goes', async () => {
    for (const [service, status] of [
      ['', 1],
      ['x', 3],
    ] as const) {
      const stream = client.Watch({ service });
      const first = await new Promise<Record<string, unknown>>((resolve) => stream.once('data', resolve));
      expect(first).toEqual({ status });
      stream.on('error', () => {});
      stream.cancel();
    }
  });
});
