/** Streaming an archive into the Engine's POST /images/load, against a fake Engine on a unix socket. */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { engineFeatures, engineLoadStream } from '../../../../src/solve/images/docker-load.js';

let server: http.Server | undefined;
let dir: string | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function fakeEngine(
  handler: (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) => void,
): Promise<string> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-engine-'));
  const sock = path.join(dir, 'docker.sock');
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, Buffer.concat(chunks), res));
  });
  await new Promise<void>((r) => server!.listen(sock, r));
  return sock;
}

describe('engineLoadStream', () => {
  it('streams the archive (chunked) and resolves once the Engine reports the load', async () => {
    let received: Buffer = Buffer.alloc(0);
    let headers: http.IncomingHttpHeaders = {};
    const sock = await fakeEngine((req, body, res) => {
      received = body;
      headers = req.headers;
      expect(req.url).toMatch(/^\/images\/load/);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"stream":"Loaded image: app:1\\n"}\n');
    });
    const messages: string[] = [];
    const parts = Array.from({ length: 50 }, (_, i) => Buffer.alloc(64 * 1024, i));
    await pipeline(
      Readable.from(parts),
      engineLoadStream({ kind: 'unix', path: sock }, { onMessage: (m) => messages.push(m) }),
    );
    expect(received.equals(Buffer.concat(parts))).toBe(true);
    expect(headers['transfer-encoding']).toBe('chunked');
    expect(headers['content-type']).toBe('application/x-tar');
    expect(messages).toEqual(['Loaded image: app:1']);
  });

  it('an error in the Engine answer fails the stream', async () => {
    const sock = await fakeEngine((_req, _body, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"errorDetail":{"message":"unexpected EOF"},"error":"unexpected EOF"}\n');
    });
    await expect(
      pipeline(Readable.from([Buffer.from('not a tar')]), engineLoadStream({ kind: 'unix', path: sock })),
    ).rejects.toThrow(/could not load the image: unexpected EOF/);
  });

  it('an HTTP error status fails the stream with the Engine message', async () => {
    const sock = await fakeEngine((_req, _body, res) => {
      res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end('{"message":"no space left on device"}');
    });
    await expect(
      pipeline(Readable.from([Buffer.from('x')]), engineLoadStream({ kind: 'unix', path: sock })),
    ).rejects.toThrow(/no space left on device/);
  });

  it('reads the image store kind from /info', async () => {
    const sock = await fakeEngine((_req, _body, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ DriverStatus: [['driver-type', 'io.containerd.snapshotter.v1']] }));
    });
    expect(await engineFeatures({ kind: 'unix', path: sock })).toEqual({ ociImporter: true });
  });
});
