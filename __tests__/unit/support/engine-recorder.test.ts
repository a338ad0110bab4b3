/**
 * The differential suite's recording proxy for the Docker Engine (__tests__/support/engine-recorder.ts) in front of a
 * fake dockerd: plain API requests pass through byte for byte, `POST /grpc` upgrades to HTTP/2 whose calls are
 * forwarded and recorded (Control.Solve decoded), `POST /session` upgrades are recorded from their headers and pass
 * their bytes through both ways, and a refused upgrade reaches the client as dockerd answered it.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as http2 from 'node:http2';
import type * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeFrames } from '../../../src/buildkit/grpc/framing.js';
import { encodeMessage } from '../../../src/buildkit/proto/registry.js';
import { CONTROL_SESSION_OVER_ENGINE, EngineRecorder } from '../../support/engine-recorder.js';
import { CONTROL_SOLVE, grpcMessages } from '../../support/solve-recorder.js';

let dir: string;
let dockerd: http.Server;
let recorder: EngineRecorder;
/** the fake's upgraded connections, which its server no longer tracks */
const upgraded = new Set<net.Socket>();

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-engine-recorder-test-'));
  // dockerd's BuildKit side: an HTTP/2 server on each upgraded /grpc connection, echoing a call's body
  const grpc = http2.createServer();
  grpc.on('stream', (stream) => {
    stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
    stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
    stream.on('data', (c: Buffer) => stream.write(c));
    stream.on('end', () => stream.end());
  });
  dockerd = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Api-Version': '1.51' });
    res.end(`OK ${req.method} ${req.url}`);
  });
  dockerd.on('upgrade', (req: http.IncomingMessage, socket: net.Socket) => {
    upgraded.add(socket);
    socket.on('error', () => {});
    if (req.url?.endsWith('/nope')) {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found');
      return;
    }
    socket.write('HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n');
    if (req.url?.endsWith('/grpc')) grpc.emit('connection', socket);
    // a session: dockerd would now be the HTTP/2 client; here it greets and echoes bytes
    else {
      socket.write('hello from dockerd');
      socket.on('data', (c: Buffer) => socket.write(c));
    }
  });
  const sock = path.join(dir, 'docker.sock');
  await new Promise<void>((resolve) => dockerd.listen(sock, resolve));
  recorder = await EngineRecorder.start(`unix://${sock}`);
});

afterEach(async () => {
  await recorder.close();
  dockerd.closeAllConnections();
  for (const s of upgraded) s.destroy();
  upgraded.clear();
  await new Promise<void>((resolve) => dockerd.close(() => resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** An upgrade request to the recorder; resolves with the response status and the socket after the head. */
function upgrade(
  reqPath: string,
  headers: Record<string, string | string[]> = {},
): Promise<{ status: number; socket: net.Socket; body?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      socketPath: recorder.socketPath,
      method: 'POST',
      path: reqPath,
      headers: { Connection: 'Upgrade', Upgrade: 'h2c', 'Content-Length': '0', ...headers },
    });
    req.on('upgrade', (res, socket: net.Socket, head: Buffer) => {
      if (head.length) socket.unshift(head);
      resolve({ status: res.statusCode ?? 0, socket });
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: res.socket, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('EngineRecorder', () => {
  it('passes a plain API request through', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      http
        .get({ socketPath: recorder.socketPath, path: '/v1.51/version' }, (res) => {
          let b = '';
          res.on('data', (c: Buffer) => (b += c.toString()));
          res.on('end', () => resolve(`${res.statusCode} ${String(res.headers['api-version'])} ${b}`));
        })
        .on('error', reject);
    });
    expect(body).toBe('200 1.51 OK GET /v1.51/version');
  });

  it('forwards the calls of an upgraded /grpc connection and records Control.Solve', async () => {
    const { status, socket } = await upgrade('/grpc');
    expect(status).toBe(101);
    const c = http2.connect('http://localhost', { createConnection: () => socket });
    c.on('error', () => {});
    const solve = encodeMessage('moby.buildkit.v1.SolveRequest', { Ref: 'ref1', FrontendAttrs: { target: 'x' } });
    const stream = c.request({ ':method': 'POST', ':path': CONTROL_SOLVE, 'content-type': 'application/grpc' });
    let echoed = Buffer.alloc(0);
    stream.on('data', (d: Buffer) => (echoed = Buffer.concat([echoed, d])));
    const trailers = new Promise<http2.IncomingHttpHeaders>((resolve) => stream.on('trailers', resolve));
    stream.end(encodeFrames([solve]));
    expect((await trailers)['grpc-status']).toBe('0');
    await new Promise((resolve) => stream.on('close', resolve));
    c.close();
    expect(grpcMessages(echoed)[0]).toEqual(solve);
    const rec = recorder.snapshot();
    expect(rec.controlSolves).toHaveLength(1);
    expect(rec.controlSolves[0].request).toMatchObject({ Ref: 'ref1', FrontendAttrs: { target: 'x' } });
    expect(rec.controlSolves[0].grpcStatus).toBe('0');
    expect(recorder.allProxyErrors).toEqual([]);
  });

  it('records an upgraded /session from its headers and passes its bytes both ways', async () => {
    const { status, socket } = await upgrade('/v1.51/session', {
      'X-Docker-Expose-Session-Uuid': 'sess1',
      'X-Docker-Expose-Session-Name': 'app',
      'X-Docker-Expose-Session-Grpc-Method': ['/a.B/C', '/a.B/D'],
    });
    expect(status).toBe(101);
    let got = '';
    socket.on('data', (c: Buffer) => (got += c.toString()));
    socket.write(' and back');
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (got.includes('and back')) {
          clearInterval(check);
          resolve();
        }
      }, 5);
    });
    socket.destroy();
    expect(got).toBe('hello from dockerd and back');
    const rec = recorder.snapshot();
    expect(rec.sessions).toEqual([
      expect.objectContaining({
        path: CONTROL_SESSION_OVER_ENGINE,
        id: 'sess1',
        name: 'app',
        methods: ['/a.B/C', '/a.B/D'],
      }),
    ]);
  });

  it('a refused upgrade reaches the client as dockerd answered it', async () => {
    const r = await upgrade('/nope');
    expect(r.status).toBe(404);
    expect(r.body).toBe('not found');
    expect(recorder.snapshot().controlSolves).toEqual([]);
  });
});
