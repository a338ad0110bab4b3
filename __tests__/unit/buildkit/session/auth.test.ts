/**
 * The session's Auth service, called over gRPC as the daemon calls it: Credentials answers from the credential
 * provider it was given (empty fields for anonymous access), the token methods are UNIMPLEMENTED so the daemon
 * fetches tokens itself.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Credentials } from '../../../../src/buildkit/dockerconfig/credentials.js';
import { serviceDefinition } from '../../../../src/buildkit/proto/grpc-service.js';
import { DockerAuthProvider } from '../../../../src/buildkit/session/auth.js';
import { RpcServer } from '../../../../src/buildkit/grpc/server.js';

type Unary = (req: object, cb: (err: grpc.ServiceError | null, res?: Record<string, unknown>) => void) => void;
type AuthClient = grpc.Client &
  Record<'Credentials' | 'FetchToken' | 'GetTokenAuthority' | 'VerifyTokenAuthority', Unary>;

const logins: Record<string, Credentials> = {
  'reg.example': { username: 'user', secret: 'secret' },
  'tok.example': { username: '', secret: 'identity-token' },
};
const asked: string[] = [];
const auth = new DockerAuthProvider({
  lookup: (host) => {
    asked.push(host);
    return logins[host];
  },
});

let tmp: string;
let server: RpcServer;
let listener: net.Server;
let client: AuthClient;

const call = (fn: Unary, req: object) =>
  new Promise<{ err: grpc.ServiceError | null; res?: Record<string, unknown> }>((resolve) =>
    fn.call(client, req, (err, res) => resolve({ err, res })),
  );

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'auth-'));
  server = new RpcServer();
  server.addService(serviceDefinition(auth.serviceName), auth.handlers());
  const sock = path.join(tmp, 's.sock');
  listener = net.createServer((s) => server.serve(s));
  await new Promise<void>((resolve) => listener.listen(sock, resolve));
  const Client = grpc.makeGenericClientConstructor(serviceDefinition(auth.serviceName), 'Auth');
  client = new Client(`unix://${sock}`, grpc.credentials.createInsecure()) as unknown as AuthClient;
});

afterAll(() => {
  client.close();
  server.close();
  listener.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('session Auth service', () => {
  test('is moby.filesync.v1.Auth and advertises all four methods', () => {
    expect(auth.serviceName).toBe('moby.filesync.v1.Auth');
    expect(auth.advertisedMethods).toEqual(['Credentials', 'FetchToken', 'GetTokenAuthority', 'VerifyTokenAuthority']);
  });

  test('Credentials: the provider answer for the host, identity tokens with an empty username', async () => {
    expect((await call(client.Credentials, { Host: 'reg.example' })).res).toMatchObject({
      Username: 'user',
      Secret: 'secret',
    });
    expect((await call(client.Credentials, { Host: 'tok.example' })).res).toMatchObject({ Secret: 'identity-token' });
    expect((await call(client.Credentials, { Host: 'tok.example' })).res?.Username ?? '').toBe('');
    expect(asked).toContain('reg.example');
  });

  test('Credentials: a host without credentials gets empty fields (anonymous access)', async () => {
    const { err, res } = await call(client.Credentials, { Host: 'anon.example' });
    expect(err).toBeNull();
    expect(res?.Username ?? '').toBe('');
    expect(res?.Secret ?? '').toBe('');
  });

  test('lookup asks the same provider the daemon is answered from', () => {
    expect(auth.lookup('reg.example')).toEqual({ username: 'user', secret: 'secret' });
    expect(auth.lookup('anon.example')).toBeUndefined();
  });

  test.each(['FetchToken', 'GetTokenAuthority', 'VerifyTokenAuthority'] as const)(
    '%s: UNIMPLEMENTED',
    async (method) => {
      const { err } = await call(client[method], { Host: 'reg.example' });
      expect(err?.code).toBe(grpc.status.UNIMPLEMENTED);
    },
  );
});
