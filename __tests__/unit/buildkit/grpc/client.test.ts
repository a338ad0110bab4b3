/**
 * The gRPC client channel (node:http2, grpc/client.ts) against grpc-js's server — an independent implementation of
 * the protocol checks framing, metadata, statuses with details, trailers-only errors, percent-encoded messages,
 * streaming and cancellation — and against bare node:http2 servers for what a gRPC server does not normally send
 * (HTTP errors, resets, pings left unanswered).
 */
import * as fs from 'node:fs';
import * as http2 from 'node:http2';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Channel, type ChannelOptions } from '../../../../src/buildkit/grpc/client.js';
import { Code, StatusError } from '../../../../src/buildkit/grpc/status.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grpc-client-'));
const KEEPALIVE = { intervalMs: 300_000, timeoutMs: 60_000 };
const identity = (b: Buffer): Buffer => b;
const method = (name: string, responseStream = false): grpc.MethodDefinition<Buffer, Buffer> => ({
  path: `/test.Echo/${name}`,
  requestStream: false,
  responseStream,
  requestSerialize: identity,
  requestDeserialize: identity,
  responseSerialize: identity,
  responseDeserialize: identity,
});

let grpcServer: grpc.Server;
let grpcSock: string;
/** Calls the grpc-js server saw cancelled, by their x-name header. */
const cancelledOnServer: string[] = [];
/** Connections accepted by the grpc-js server's listener. */
let dials = 0;

function dialer(sock: string): () => Promise<net.Socket> {
  return () =>
    new Promise((resolve, reject) => {
      const s = net.connect({ path: sock }, () => {
        dials++;
        resolve(s);
      });
      s.once('error', reject);
    });
}

function channel(opts: Partial<ChannelOptions> = {}): Channel {
  return new Channel({ dial: dialer(grpcSock), keepalive: KEEPALIVE, ...opts });
}

function rejection(p: Promise<unknown>): Promise<StatusError> {
  return p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (err: unknown) => {
      expect(err).toBeInstanceOf(StatusError);
      return err as StatusError;
    },
  );
}

beforeAll(async () => {
  grpcServer = new grpc.Server();
  grpcServer.addService(
    { Say: method('Say'), Fail: method('Fail'), Many: method('Many', true), Hang: method('Hang', true) },
    {
      Say: (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) =>
        cb(null, Buffer.concat([Buffer.from(`${call.metadata.get('x-tag').join('|')}:`), call.request])),
      Fail: (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => {
        const metadata = new grpc.Metadata();
        metadata.set('grpc-status-details-bin', Buffer.from([8, 5, 0xff]));
        cb({ code: grpc.status.NOT_FOUND, details: `nothing here: é 100% ${call.request.toString()}`, metadata });
      },
      Many: (call: grpc.ServerWritableStream<Buffer, Buffer>) => {
        const n = Number(call.request.toString());
        for (let i = 0; i < n; i++) call.write(Buffer.from(i % 2 ? String(i) : String(i).repeat(20_000)));
        call.end();
      },
      Hang: (call: grpc.ServerWritableStream<Buffer, Buffer>) => {
        call.write(Buffer.from('started'));
        call.on('cancelled', () => cancelledOnServer.push(String(call.metadata.get('x-name')[0])));
      },
    },
  );
  grpcSock = path.join(dir, 'grpc.sock');
  await new Promise<void>((resolve, reject) =>
    grpcServer.bindAsync(`unix://${grpcSock}`, grpc.ServerCredentials.createInsecure(), (err) =>
      err ? reject(err) : resolve(),
    ),
  );
});

afterAll(() => {
  grpcServer.forceShutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('calls against grpc-js', () => {
  it('unary: the request and its repeated metadata reach the server, the response comes back', async () => {
    const ch = channel();
    try {
      const res = await ch.unary(
        '/test.Echo/Say',
        Buffer.from('hello'),
        [
          ['x-tag', 'a'],
          ['X-Tag', 'b'],
        ],
        undefined,
      );
      expect(res.toString()).toBe('a, b:hello'); // grpc-js joins a repeated header's values
      // a second call on the same connection
      expect((await ch.unary('/test.Echo/Say', Buffer.alloc(0))).toString()).toBe(':');
    } finally {
      ch.close();
    }
  });

  it('a failed call: code, percent-decoded message and the binary status details, from a trailers-only response', async () => {
    const ch = channel();
    try {
      const err = await rejection(ch.unary('/test.Echo/Fail', Buffer.from('x')));
      expect(err.code).toBe(Code.NOT_FOUND);
      expect(err.details).toBe('nothing here: é 100% x');
      expect(err.statusDetails).toEqual(Buffer.from([8, 5, 0xff]));
      const missing = await rejection(ch.unary('/test.Echo/Nope', Buffer.alloc(0)));
      expect(missing.code).toBe(Code.UNIMPLEMENTED);
    } finally {
      ch.close();
    }
  });

  it('server streaming: every message in order, large ones across frames, then the end', async () => {
    const ch = channel();
    try {
      const got: string[] = [];
      const call = ch.serverStream('/test.Echo/Many', Buffer.from('6'), [], (m) => got.push(m.toString()));
      await call.done;
      expect(got).toEqual(['0'.repeat(20_000), '1', '2'.repeat(20_000), '3', '4'.repeat(20_000), '5']);
    } finally {
      ch.close();
    }
  });

  it('cancel() resets the stream: the server sees the cancellation, the call fails CANCELLED', async () => {
    const ch = channel();
    try {
      let started!: () => void;
      const first = new Promise<void>((r) => (started = r));
      const call = ch.serverStream('/test.Echo/Hang', Buffer.alloc(0), [['x-name', 'hang-1']], () => started());
      await first;
      call.cancel();
      expect((await rejection(call.done)).code).toBe(Code.CANCELLED);
      await expect.poll(() => cancelledOnServer).toContain('hang-1');
      // an aborted signal cancels a unary call, before or after it started
      const aborted = new AbortController();
      aborted.abort();
      expect((await rejection(ch.unary('/test.Echo/Say', Buffer.alloc(0), [], aborted.signal))).code).toBe(
        Code.CANCELLED,
      );
    } finally {
      ch.close();
    }
  });

  it('a message the caller cannot read fails the call INTERNAL, and the stream is reset', async () => {
    const ch = channel();
    try {
      let started!: () => void;
      const first = new Promise<void>((r) => (started = r));
      const call = ch.serverStream('/test.Echo/Hang', Buffer.alloc(0), [['x-name', 'unreadable']], () => {
        started();
        throw new Error('index out of range');
      });
      await first;
      const err = await rejection(call.done);
      expect(err.code).toBe(Code.INTERNAL);
      expect(err.details).toBe('failed to read a response message: index out of range');
      await expect.poll(() => cancelledOnServer).toContain('unreadable');
    } finally {
      ch.close();
    }
  });

  it('a message above the receive limit fails the call RESOURCE_EXHAUSTED', async () => {
    const ch = channel({ maxReceiveMessage: 10_000 });
    try {
      const call = ch.serverStream('/test.Echo/Many', Buffer.from('2'), [], () => {});
      expect((await rejection(call.done)).code).toBe(Code.RESOURCE_EXHAUSTED);
    } finally {
      ch.close();
    }
  });

  it('a connection that went away is dialled again for the next call', async () => {
    const ch = channel();
    try {
      const before = dials;
      await ch.unary('/test.Echo/Say', Buffer.alloc(0));
      (await ch.connection()).destroy();
      await ch.unary('/test.Echo/Say', Buffer.alloc(0));
      expect(dials - before).toBe(2);
    } finally {
      ch.close();
    }
  });
});

/** A bare HTTP/2 server on a unix socket; `onStream` answers each request. */
async function h2Server(
  name: string,
  onStream: (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => void,
): Promise<{ sock: string; server: http2.Http2Server; sessions: http2.ServerHttp2Session[] }> {
  const sock = path.join(dir, `${name}.sock`);
  const server = http2.createServer();
  const sessions: http2.ServerHttp2Session[] = [];
  server.on('session', (s) => sessions.push(s));
  server.on('stream', (stream, headers) => {
    stream.on('error', () => {}); // a stream the server resets on purpose
    onStream(stream, headers);
  });
  await new Promise<void>((resolve) => server.listen(sock, resolve));
  return { sock, server, sessions };
}

describe('calls against a bare HTTP/2 server', () => {
  it('an HTTP error without grpc-status is mapped as grpc maps HTTP statuses', async () => {
    const { sock, server } = await h2Server('http-status', (stream, headers) => {
      stream.respond({ ':status': Number(String(headers[':path']).slice(1)) }, { endStream: true });
    });
    const ch = channel({ dial: dialer(sock) });
    try {
      expect((await rejection(ch.unary('/503', Buffer.alloc(0)))).code).toBe(Code.UNAVAILABLE);
      expect((await rejection(ch.unary('/404', Buffer.alloc(0)))).code).toBe(Code.UNIMPLEMENTED);
      expect((await rejection(ch.unary('/401', Buffer.alloc(0)))).code).toBe(Code.UNAUTHENTICATED);
      expect((await rejection(ch.unary('/500', Buffer.alloc(0)))).details).toBe('Received HTTP status code 500');
    } finally {
      ch.close();
      server.close();
    }
  });

  it('trailers without grpc-status, no trailers, a reset stream, two messages for a unary call', async () => {
    const { sock, server } = await h2Server('odd', (stream, headers) => {
      const p = headers[':path'];
      if (p === '/reset') return stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
      const frame = Buffer.from([0, 0, 0, 0, 1, 0x41]);
      if (p === '/no-trailers') {
        stream.respond({ ':status': 200, 'content-type': 'application/grpc' });
        return stream.end(frame);
      }
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
      stream.on('wantTrailers', () =>
        stream.sendTrailers(p === '/no-status' ? { 'x-other': '1' } : { 'grpc-status': '0' }),
      );
      stream.end(p === '/two' ? Buffer.concat([frame, frame]) : frame);
    });
    const ch = channel({ dial: dialer(sock) });
    try {
      expect((await ch.unary('/one', Buffer.alloc(0))).toString()).toBe('A');
      expect((await rejection(ch.unary('/no-status', Buffer.alloc(0)))).code).toBe(Code.UNKNOWN);
      expect((await rejection(ch.unary('/no-trailers', Buffer.alloc(0)))).code).toBe(Code.INTERNAL);
      expect((await rejection(ch.unary('/reset', Buffer.alloc(0)))).code).toBe(Code.INTERNAL);
      expect((await rejection(ch.unary('/two', Buffer.alloc(0)))).code).toBe(Code.UNIMPLEMENTED);
    } finally {
      ch.close();
      server.close();
    }
  });

  it('keepalive: pings only while a call is in flight; an unanswered one drops the connection, and the lost call is reviewed', async () => {
    const hung: http2.ServerHttp2Stream[] = [];
    const { sock, server, sessions } = await h2Server('keepalive', (stream) => {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' });
      hung.push(stream); // never answers
    });
    let pings = 0;
    server.on('session', (s) => s.on('ping', () => pings++));
    // a proxy in between that can stop passing bytes, as a frozen daemon or a partitioned network stops answering
    const proxySock = path.join(dir, 'keepalive-proxy.sock');
    const piped: net.Socket[] = [];
    const proxy = net.createServer((client) => {
      const upstream = net.connect({ path: sock });
      piped.push(client, upstream);
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => proxy.listen(proxySock, resolve));
    const reviewed: StatusError[] = [];
    const ch = channel({
      dial: dialer(proxySock),
      keepalive: { intervalMs: 100, timeoutMs: 200 },
      reviewLost: (err) => {
        reviewed.push(err);
        return Promise.resolve(new StatusError(Code.UNAVAILABLE, 'reviewed: not responding'));
      },
    });
    try {
      await ch.ready(2000);
      await new Promise((r) => setTimeout(r, 350));
      expect(pings).toBe(0); // no call in flight
      const call = ch.serverStream('/hang', Buffer.alloc(0), [], () => {});
      await new Promise((r) => setTimeout(r, 450));
      expect(pings).toBeGreaterThanOrEqual(2);
      for (const s of piped) s.unpipe();
      const started = Date.now();
      const err = await rejection(call.done);
      expect(Date.now() - started).toBeLessThan(2000); // a ping's interval and timeout, not forever
      expect(err.details).toBe('reviewed: not responding');
      expect(reviewed.map((e) => e.code)).toEqual([Code.UNAVAILABLE]);
      expect(reviewed[0].statusDetails).toBeUndefined();
    } finally {
      ch.close();
      for (const s of [...hung, ...sessions, ...piped]) s.destroy();
      server.close();
      proxy.close();
    }
  });
});

describe('ready()', () => {
  it('dials with backoff until something listens, or fails at its deadline with the last dial error', async () => {
    const sock = path.join(dir, 'late.sock');
    const late = channel({ dial: dialer(sock) });
    const err = await rejection(late.ready(500));
    expect(err.code).toBe(Code.DEADLINE_EXCEEDED);
    expect(err.details).toMatch(/^Failed to connect before the deadline\. Last error: .*ENOENT/);
    // a listener that comes up while ready() retries
    const waiting = late.ready(5000);
    await new Promise((r) => setTimeout(r, 300));
    const { server } = await h2Server('late', (stream) => stream.close());
    try {
      await waiting;
    } finally {
      late.close();
      server.close();
    }
  });

  it('a peer that accepts and never speaks HTTP/2 does not hold ready() past its deadline', async () => {
    const sock = path.join(dir, 'silent.sock');
    const held: net.Socket[] = [];
    const server = net.createServer((s) => held.push(s));
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    const ch = channel({ dial: dialer(sock) });
    try {
      const started = Date.now();
      expect((await rejection(ch.ready(400))).code).toBe(Code.DEADLINE_EXCEEDED);
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      ch.close();
      for (const s of held) s.destroy();
      server.close();
    }
  });

  it('stops after maxFailures failed dials; a peer that is not HTTP/2 is a failed dial', async () => {
    const sock = path.join(dir, 'http1.sock');
    const server = net.createServer((s) => s.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    const ch = channel({ dial: dialer(sock) });
    try {
      const started = Date.now();
      const err = await rejection(ch.ready(10_000, undefined, 3));
      expect(err.code).toBe(Code.UNAVAILABLE);
      expect(err.details).toMatch(/^No connection established/);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      ch.close();
      server.close();
    }
  });
});
