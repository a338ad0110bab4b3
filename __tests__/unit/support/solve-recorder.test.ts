/**
 * The differential suite's recording proxy (__tests__/support/solve-recorder.ts) in front of a local HTTP/2 server
 * standing in for the daemon: request headers (repeated ones too) reach the server, data flows both ways, trailers
 * and trailers-only responses come back as sent, resets cross in both directions, and Control.Solve / LLBBridge.Solve
 * requests and Control.Session headers are recorded, decoded with our registry.
 */
import * as fs from 'node:fs';
import * as http2 from 'node:http2';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeMessage } from '../../../src/buildkit/proto/registry.js';
import { CONTROL_SESSION, CONTROL_SOLVE, GATEWAY_SOLVE, SolveRecorder } from '../../support/solve-recorder.js';

function frame(msg: Buffer): Buffer {
  const prefix = Buffer.alloc(5);
  prefix.writeUInt32BE(msg.length, 1);
  return Buffer.concat([prefix, msg]);
}

let dir: string;
let upstream: http2.Http2Server;
let recorder: SolveRecorder;
/** what the upstream saw, per path */
const seen = new Map<string, { raw: string[]; body: Buffer; rstCode?: number }>();

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-recorder-test-'));
  seen.clear();
  upstream = http2.createServer();
  const onStream = (
    stream: http2.ServerHttp2Stream,
    headers: http2.IncomingHttpHeaders,
    _flags: number,
    raw: string[],
  ) => {
    const p = String(headers[':path']);
    const entry = { raw, body: Buffer.alloc(0) as Buffer, rstCode: undefined as number | undefined };
    seen.set(p, entry);
    stream.on('data', (c: Buffer) => (entry.body = Buffer.concat([entry.body, c])));
    stream.on('close', () => (entry.rstCode = stream.rstCode));
    stream.on('error', () => {});
    if (p === '/trailers-only') {
      stream.respond(
        { ':status': 200, 'content-type': 'application/grpc', 'grpc-status': '5', 'grpc-message': 'no%20such%20thing' },
        { endStream: true },
      );
    } else if (p === '/hang') {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' });
    } else if (p === '/reset') {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' });
      setTimeout(() => stream.close(http2.constants.NGHTTP2_REFUSED_STREAM), 20);
    } else {
      // echo, then trailers once the request has ended
      stream.respond(
        { ':status': 200, 'content-type': 'application/grpc', 'x-reply': 'yes' },
        { waitForTrailers: true },
      );
      stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0', 'x-trailer': 'done' }));
      stream.on('data', (c: Buffer) => stream.write(c));
      stream.on('end', () => stream.end());
    }
  };
  upstream.on(
    'stream',
    onStream as (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders, flags: number) => void,
  );
  const sock = path.join(dir, 'upstream.sock');
  await new Promise<void>((resolve) => upstream.listen(sock, resolve));
  recorder = await SolveRecorder.start(`unix://${sock}`, path.join(dir, 'proxy.sock'));
});

afterEach(async () => {
  await recorder.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
});

function client(): http2.ClientHttp2Session {
  const c = http2.connect('http://localhost', { createConnection: () => net.connect({ path: recorder.socketPath }) });
  c.on('error', () => {});
  return c;
}

interface Reply {
  headers?: http2.IncomingHttpHeaders;
  trailers?: http2.IncomingHttpHeaders;
  body: Buffer;
  rstCode?: number;
}

function call(
  c: http2.ClientHttp2Session,
  headers: http2.OutgoingHttpHeaders,
  body?: Buffer,
): { stream: http2.ClientHttp2Stream; done: Promise<Reply> } {
  const stream = c.request({ ':method': 'POST', 'content-type': 'application/grpc', te: 'trailers', ...headers });
  const reply: Reply = { body: Buffer.alloc(0) };
  stream.on('response', (h) => (reply.headers = h));
  stream.on('trailers', (h: http2.IncomingHttpHeaders) => (reply.trailers = h));
  stream.on('data', (d: Buffer) => (reply.body = Buffer.concat([reply.body, d])));
  stream.on('error', () => {});
  const done = new Promise<Reply>((resolve) =>
    stream.on('close', () => {
      reply.rstCode = stream.rstCode;
      resolve(reply);
    }),
  );
  if (body) stream.end(body);
  return { stream, done };
}

describe('SolveRecorder', () => {
  it('forwards headers (repeated ones kept apart), data both ways, response headers and trailers', async () => {
    const c = client();
    const { done } = call(c, { ':path': '/echo', 'x-many': ['a', 'b'] }, Buffer.from('hello'));
    const r = await done;
    c.close();
    expect(r.headers?.['x-reply']).toBe('yes');
    expect(r.trailers?.['grpc-status']).toBe('0');
    expect(r.trailers?.['x-trailer']).toBe('done');
    expect(r.body.toString()).toBe('hello');
    const raw = seen.get('/echo')!.raw;
    const many = raw.flatMap((v, i) => (i % 2 === 0 && v === 'x-many' ? [raw[i + 1]] : []));
    expect(many).toEqual(['a', 'b']);
    expect(recorder.snapshot().calls.map((x) => [x.path, x.grpcStatus])).toEqual([['/echo', '0']]);
  });

  it('keeps a trailers-only response trailers-only', async () => {
    const c = client();
    const r = await call(c, { ':path': '/trailers-only' }, Buffer.alloc(0)).done;
    c.close();
    expect(r.headers?.['grpc-status']).toBe('5');
    expect(r.trailers).toBeUndefined();
    expect(recorder.snapshot().calls[0]).toMatchObject({ grpcStatus: '5', grpcMessage: 'no such thing' });
  });

  it('resets the upstream call when the client cancels, and the client call when the upstream resets', async () => {
    const c = client();
    const hang = call(c, { ':path': '/hang' });
    await new Promise<void>((resolve) => hang.stream.once('response', () => resolve()));
    hang.stream.close(http2.constants.NGHTTP2_CANCEL);
    await hang.done;
    await expect.poll(() => seen.get('/hang')?.rstCode).toBe(http2.constants.NGHTTP2_CANCEL);

    const reset = await call(c, { ':path': '/reset' }).done;
    c.close();
    expect(reset.rstCode).toBe(http2.constants.NGHTTP2_REFUSED_STREAM);
    expect(recorder.snapshot().calls.find((x) => x.path === '/reset')?.resetCode).toBe(
      http2.constants.NGHTTP2_REFUSED_STREAM,
    );
  });

  it('records Control.Solve (request and response), LLBBridge.Solve with its build id, and Control.Session headers', async () => {
    const c = client();
    const solve = encodeMessage('moby.buildkit.v1.SolveRequest', {
      Ref: 'ref1',
      Session: 'sess1',
      FrontendAttrs: { filename: 'Dockerfile' },
      Exporters: [{ Type: 'local', Attrs: {} }],
      SourcePolicy: { rules: [{ action: 1, selector: { identifier: 'docker-image://x/*' } }] },
    });
    await call(c, { ':path': CONTROL_SOLVE }, frame(solve)).done;
    const gw = encodeMessage('moby.buildkit.v1.frontend.SolveRequest', {
      Frontend: 'dockerfile.v0',
      FrontendOpt: { target: 'x' },
      Evaluate: true,
    });
    await call(c, { ':path': GATEWAY_SOLVE, 'buildkit-controlapi-buildid': 'ref1' }, frame(gw)).done;
    await call(
      c,
      {
        ':path': CONTROL_SESSION,
        'x-docker-expose-session-uuid': 'sess1',
        'x-docker-expose-session-sharedkey': 'key',
        'x-docker-expose-session-grpc-method': ['/a.B/C', '/a.B/D'],
      },
      Buffer.alloc(0),
    ).done;
    c.close();
    const rec = recorder.snapshot();
    expect(rec.controlSolves[0].request).toMatchObject({
      Ref: 'ref1',
      Session: 'sess1',
      FrontendAttrs: { filename: 'Dockerfile' },
      Exporters: [{ Type: 'local' }],
      SourcePolicy: { rules: [{ action: 1, selector: { identifier: 'docker-image://x/*' } }] },
    });
    expect(rec.controlSolves[0].grpcStatus).toBe('0');
    expect(rec.gatewaySolves[0]).toMatchObject({
      buildId: 'ref1',
      request: { Frontend: 'dockerfile.v0', FrontendOpt: { target: 'x' }, Evaluate: true },
    });
    expect(rec.sessions[0]).toMatchObject({ id: 'sess1', sharedKey: 'key', methods: ['/a.B/C', '/a.B/D'] });
    expect(recorder.proxyErrors).toEqual([]);
  });
});
