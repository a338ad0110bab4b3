/**
 * tcp:// with mutual TLS, against the real buildkitd: a small TLS-terminating proxy (certificates made with openssl
 * in a temp dir) forwards each connection to unix:///run/buildkit/buildkitd.sock. Fails if buildkitd or openssl is
 * missing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Session } from '../../../src/buildkit/session/session.js';
import { BuildkitClient } from '../../../src/buildkit/client.js';
import type { WorkerRecord } from '../../../src/buildkit/proto/worker.pb.js';
import { connect, ConnectError, type BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';

const run = promisify(execFile);
const BUILDKITD_SOCKET = '/run/buildkit/buildkitd.sock';

async function openssl(dir: string, args: string[]): Promise<void> {
  await run('openssl', args, { cwd: dir, timeout: 30_000 });
}

/** CA + a cert signed by it (EC P-256: fast to generate). */
async function makeCa(dir: string, name: string): Promise<void> {
  await openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.pem`,
    '-days',
    '2',
    '-subj',
    `/CN=bakekit test ${name}`,
  ]);
}
async function makeCert(dir: string, ca: string, name: string, ext: string): Promise<void> {
  writeFileSync(join(dir, `${name}.ext`), ext);
  await openssl(dir, [
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    `/CN=${name}`,
  ]);
  await openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    `${ca}.pem`,
    '-CAkey',
    `${ca}.key`,
    '-CAcreateserial',
    '-out',
    `${name}.pem`,
    '-days',
    '2',
    '-extfile',
    `${name}.ext`,
  ]);
}

describe.concurrent('tcp:// with mutual TLS through a TLS-terminating proxy', () => {
  let dir: string;
  let proxy: tls.Server;
  let port: number;
  const proxied = new Set<net.Socket>();
  const conns: BuildkitConnection[] = [];
  const file = (n: string) => join(dir, n);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bakekit-tls-'));
    await makeCa(dir, 'ca');
    await makeCa(dir, 'other-ca');
    await makeCert(dir, 'ca', 'server', 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
    await makeCert(dir, 'ca', 'client', 'extendedKeyUsage=clientAuth\n');
    await makeCert(dir, 'other-ca', 'stranger', 'extendedKeyUsage=clientAuth\n');

    proxy = tls.createServer(
      {
        key: readFileSync(file('server.key')),
        cert: readFileSync(file('server.pem')),
        ca: readFileSync(file('ca.pem')),
        requestCert: true,
        rejectUnauthorized: true,
        ALPNProtocols: ['h2'], // gRPC clients insist on h2 via ALPN
      },
      (client) => {
        const upstream = net.connect({ path: BUILDKITD_SOCKET });
        for (const s of [client, upstream]) {
          proxied.add(s);
          s.on('error', () => undefined);
          s.on('close', () => {
            proxied.delete(s);
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      },
    );
    proxy.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    port = (proxy.address() as net.AddressInfo).port;
  }, 60_000);

  afterAll(async () => {
    await Promise.all(conns.map((c) => c.close()));
    for (const s of proxied) s.destroy();
    await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 15_000);

  async function open(tlsFiles: Parameters<typeof parseEndpoint>[1], host = '127.0.0.1') {
    const conn = await connect(parseEndpoint(`tcp://${host}:${port}`, tlsFiles));
    conns.push(conn);
    return conn;
  }
  /** The daemon's workers, through the connection's channel. */
  function listWorkers(conn: BuildkitConnection): Promise<WorkerRecord[]> {
    return new BuildkitClient(conn).listWorkers(AbortSignal.timeout(10_000));
  }
  async function connectError(tlsFiles: Parameters<typeof parseEndpoint>[1]): Promise<Error> {
    const err = await open(tlsFiles).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(ConnectError);
    if (process.env.BAKEKIT_TEST_VERBOSE) console.log((err as Error).message);
    return err as Error;
  }

  test('ListWorkers and a session work with the right CA and client certificate', async () => {
    const conn = await open({ caCert: file('ca.pem'), cert: file('client.pem'), key: file('client.key') });
    expect(conn.description).toBe(`tcp://127.0.0.1:${port} (TLS)`);
    const platforms = (await listWorkers(conn)).flatMap((w) =>
      (w.platforms ?? []).map((p) => `${p.OS}/${p.Architecture}`),
    );
    expect(platforms).toContain('linux/amd64');

    const session = new Session();
    await session.run(conn);
    const deadline = Date.now() + 8_000;
    while (session.healthChecks === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(session.healthChecks).toBeGreaterThanOrEqual(1);
    await session.close();
  }, 30_000);

  test('the server name can differ from the dialled host', async () => {
    const conn = await open({
      caCert: file('ca.pem'),
      cert: file('client.pem'),
      key: file('client.key'),
      serverName: 'localhost',
    });
    expect((await listWorkers(conn)).length).toBeGreaterThan(0);
  }, 20_000);

  test('a wrong CA fails with a certificate error', async () => {
    const err = await connectError({ caCert: file('other-ca.pem'), cert: file('client.pem'), key: file('client.key') });
    expect(err.message).toMatch(
      new RegExp(
        `^cannot reach BuildKit at tcp://127\\.0\\.0\\.1:${port} \\(TLS\\): TLS: the server certificate is not trusted \\(.+\\); check the CA certificate and server name$`,
      ),
    );
  }, 20_000);

  test('a client certificate from another CA is rejected by the server', async () => {
    const err = await connectError({ caCert: file('ca.pem'), cert: file('stranger.pem'), key: file('stranger.key') });
    expect(err.message).toMatch(
      /^cannot reach BuildKit at .*: TLS: the server (rejected our client certificate|closed the connection after the handshake)/,
    );
    expect(err.message).not.toMatch(/Is the daemon running/);
  }, 20_000);

  test('no client certificate at all is rejected by the server', async () => {
    const err = await connectError({ caCert: file('ca.pem') });
    expect(err.message).toMatch(/^cannot reach BuildKit at .*: TLS: .*client certificate/);
    expect(err.message).not.toMatch(/Is the daemon running/);
  }, 20_000);

  test('an unreadable TLS file is a configuration error, not a daemon problem', async () => {
    const err = await connectError({ caCert: file('missing-ca.pem') });
    expect(err.message).toMatch(
      /^cannot connect to BuildKit at .*: cannot read TLS CA certificate .*missing-ca\.pem: ENOENT$/,
    );
  }, 10_000);
});
