/**
 * The hand-written HTTP/2 server side (grpc/h2-connection.ts) driven by node:http2's client (nghttp2), an independent
 * implementation of the protocol: header blocks with CONTINUATIONs, flow control both ways, pause/resume, PING,
 * trailers-only responses, resets each way, a broken connection, and the slice path the session tunnel uses.
 *
 * Every frame the server writes and every frame it receives is logged (FrameLog) so the tests can check the wire as
 * well as what each side saw.
 */
import * as http2 from 'node:http2';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Duplex, PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { H2Connection, type H2Stream, type RequestHeaders } from '../../../../src/buildkit/grpc/h2-connection.js';
import { type Frame, FrameLog, H2_PREFACE, h2Frame } from '../../../support/h2-frames.js';
import { seededRandom } from '../../../support/seeded-random.js';
import { sleep, until } from '../../../support/until.js';

const KiB = 1024;
const MiB = 1024 * KiB;
/** The windows the server advertises: SETTINGS_INITIAL_WINDOW_SIZE, and the connection's after its WINDOW_UPDATE. */
const SERVER_STREAM_WINDOW = 4 * MiB;
const SERVER_CONNECTION_WINDOW = 16 * MiB;

const DATA = 0x0;
const HEADERS = 0x1;
const RST_STREAM = 0x3;
const SETTINGS = 0x4;
const PING = 0x6;
const GOAWAY = 0x7;
const WINDOW_UPDATE = 0x8;
const CONTINUATION = 0x9;
const END_STREAM = 0x1;
const END_HEADERS = 0x4;
const PADDED = 0x8;

type Handler = (stream: H2Stream, headers: RequestHeaders) => void;

interface TestServer {
  path: string;
  /** Frames the server wrote, and frames it received (after the client's preface). */
  tx: FrameLog;
  rx: FrameLog;
  sockets: net.Socket[];
  connections: H2Connection[];
}

let dir: string;
let serial = 0;
const cleanups: Array<() => unknown> = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'h2-server-'));
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** An H2Connection for each connection to a unix socket in the temp dir, its frames logged both ways. */
async function startServer(onStream: Handler): Promise<TestServer> {
  const server: TestServer = {
    path: path.join(dir, `s${++serial}.sock`),
    tx: new FrameLog(),
    rx: new FrameLog(H2_PREFACE.length),
    sockets: [],
    connections: [],
  };
  const listener = net.createServer((socket) => {
    server.sockets.push(socket);
    socket.on('data', (b: Buffer) => server.rx.push(b));
    // every frame the server writes is logged on its way to the socket
    const write = socket.write.bind(socket);
    (socket as unknown as { write: (chunk: Buffer, cb?: (err?: Error | null) => void) => boolean }).write = (
      chunk: Buffer,
      cb?: (err?: Error | null) => void,
    ) => {
      server.tx.push(chunk);
      return write(chunk, cb);
    };
    server.connections.push(new H2Connection(socket, 'server', { onStream }));
  });
  await new Promise<void>((resolve) => listener.listen(server.path, resolve));
  cleanups.push(async () => {
    for (const s of server.sockets) s.destroy();
    await new Promise<void>((resolve) => listener.close(() => resolve()));
  });
  return server;
}

/** node:http2's client over a unix socket to `server`, connected. */
async function connect(
  server: TestServer,
  options: http2.ClientSessionOptions = {},
): Promise<http2.ClientHttp2Session> {
  const session = http2.connect('http://localhost', { ...options, createConnection: () => net.connect(server.path) });
  session.on('error', () => {});
  cleanups.push(() => session.destroy());
  await within(2000, new Promise((resolve) => session.once('connect', resolve)), 'the client session to connect');
  return session;
}

function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface Exchange {
  headers: http2.IncomingHttpHeaders & http2.IncomingHttpStatusHeader;
  /** The flags of the response's HEADERS frame. */
  flags: number;
  body: Buffer;
  trailers?: http2.IncomingHttpHeaders;
  rstCode?: number;
  error?: Error;
}

/** Everything the client sees of a response, once its stream has closed. */
function exchange(req: http2.ClientHttp2Stream): Promise<Exchange> {
  return new Promise((resolve) => {
    const result: Exchange = { headers: {}, flags: 0, body: Buffer.alloc(0) };
    const body: Buffer[] = [];
    req.on('response', (headers, flags) => {
      result.headers = headers;
      result.flags = flags;
    });
    req.on('data', (b: Buffer) => body.push(b));
    req.on('trailers', (trailers: http2.IncomingHttpHeaders) => {
      result.trailers = trailers;
    });
    req.on('error', (err: Error) => {
      result.error = err;
    });
    req.on('close', () => {
      result.body = Buffer.concat(body);
      result.rstCode = req.rstCode;
      resolve(result);
    });
  });
}

/** A handler that answers every request, once its body has arrived, with the body's length and OK trailers. */
const answerOnEnd: Handler = (stream) => {
  let n = 0;
  stream.ondata = (c) => (n += c.length);
  stream.onend = () => {
    stream.respond([
      [':status', '200'],
      ['content-type', 'application/grpc'],
    ]);
    stream.write(Buffer.from(String(n)));
    stream.end([['grpc-status', '0']]);
  };
};

describe('H2Connection, server side, with node:http2 as the client', () => {
  test('a request with thousands of headers (repeated names, long values, CONTINUATIONs) arrives as node:http2 would give it; so does a large response header block', async () => {
    const seen: RequestHeaders[] = [];
    const bigValue = 'b'.repeat(40_000);
    const server = await startServer((stream, headers) => {
      seen.push({ ...headers });
      stream.onend = () => {
        stream.respond([
          [':status', '200'],
          ['content-type', 'application/grpc'],
          ['x-big', bigValue],
          ...Array.from({ length: 300 }, (_, i) => [`x-resp-${i}`, `r${i}`] as const),
        ]);
        stream.end([['grpc-status', '0']]);
      };
    });
    const options: http2.ClientSessionOptions = {
      maxSendHeaderBlockLength: 4 * MiB,
      maxHeaderListPairs: 100_000,
      maxSessionMemory: 100,
      settings: { maxHeaderListSize: 4 * MiB },
    };
    const session = await connect(server, options);
    const request: http2.OutgoingHttpHeaders = {
      ':method': 'POST',
      ':path': '/pkg.Service/Method',
      'content-type': 'application/grpc',
      te: 'trailers',
    };
    for (let i = 0; i < 2000; i++) request[`x-field-${i}`] = `value-${i}-${'v'.repeat(i % 300)}`;
    const patterns = Array.from({ length: 3000 }, (_, i) => `**/dir-${i}/*.go`);
    request['x-pattern'] = patterns;
    request['x-long-bin'] = randomBytes(30_000).toString('base64');

    const expected: Record<string, string> = {
      ':method': 'POST',
      ':path': '/pkg.Service/Method',
      ':scheme': 'http',
      ':authority': 'localhost:80',
    };
    for (const [name, value] of Object.entries(request)) {
      if (!name.startsWith(':')) expected[name] = Array.isArray(value) ? value.join(', ') : String(value);
    }

    // twice on one session: the second block leans on the HPACK dynamic table the first one filled
    for (let round = 0; round < 2; round++) {
      const req = session.request(request);
      req.end();
      const res = await within(4000, exchange(req), `response ${round}`);
      expect(res.error).toBeUndefined();
      expect(res.headers[':status']).toBe(200);
      expect(res.headers['x-big']).toBe(bigValue);
      expect(res.headers['x-resp-299']).toBe('r299');
      expect(res.trailers?.['grpc-status']).toBe('0');
    }
    expect(seen).toHaveLength(2);
    for (const headers of seen) {
      expect(headers[':method']).toBe('POST');
      expect(headers[':path']).toBe('/pkg.Service/Method');
      expect(headers[':scheme']).toBe('http');
      expect(headers[':authority']).toBe('localhost:80');
      expect(headers['x-pattern']).toBe(patterns.join(', '));
      expect(headers).toEqual(expected);
    }
    // the client did cut its blocks into CONTINUATIONs, and so did the server its response headers
    expect(server.rx.of(CONTINUATION).length).toBeGreaterThan(10);
    expect(server.tx.of(CONTINUATION, 1).length).toBeGreaterThan(1);
    expect(server.tx.of(HEADERS, 1)[0].flags & END_HEADERS).toBe(0);
  });

  test('a 12 MiB request body arrives byte-exact, then onend: the server opens the stream and connection windows as it goes', async () => {
    const body = randomBytes(12 * MiB);
    const chunks: Buffer[] = [];
    let bytesAtEnd = -1;
    let ends = 0;
    const server = await startServer((stream) => {
      stream.ondata = (c) => chunks.push(c);
      stream.onend = () => {
        ends++;
        bytesAtEnd = chunks.reduce((n, c) => n + c.length, 0);
        stream.respond([[':status', '200']]);
        stream.end([['grpc-status', '0']]);
      };
    });
    const session = await connect(server);
    const req = session.request({ ':method': 'POST', ':path': '/upload' });
    const done = exchange(req);
    for (let i = 0; i < 6; i++) req.write(body.subarray(i * 2 * MiB, (i + 1) * 2 * MiB));
    req.end();
    const res = await within(4000, done, 'the 12 MiB upload to complete');
    expect(res.error).toBeUndefined();
    expect(res.trailers?.['grpc-status']).toBe('0');
    expect(ends).toBe(1);
    expect(bytesAtEnd).toBe(body.length);
    expect(Buffer.concat(chunks).equals(body)).toBe(true);
    // the windows were opened by WINDOW_UPDATEs: without them the client stops at 4 MiB on the stream
    const streamUpdates = server.tx.of(WINDOW_UPDATE, 1).map((f) => f.payload!.readUInt32BE(0));
    const connectionUpdates = server.tx.of(WINDOW_UPDATE, 0).map((f) => f.payload!.readUInt32BE(0));
    expect(SERVER_STREAM_WINDOW + streamUpdates.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(body.length);
    // the first connection update raises the window from 65,535 to 16 MiB; then one per 4 MiB received
    expect(connectionUpdates[0]).toBe(SERVER_CONNECTION_WINDOW - 65_535);
    expect(connectionUpdates.length).toBeGreaterThanOrEqual(3);
  });

  test('a stream paused after its first chunk and resumed 200 ms later gets all of its data in order, and is not acknowledged while paused', async () => {
    const body = randomBytes(12 * MiB);
    const chunks: Buffer[] = [];
    let dataWhilePaused = 0;
    let pausedAt = -1;
    let resumedAt = -1;
    let dataAtResume = -1;
    let ended = false;
    const server = await startServer((stream) => {
      stream.ondata = (c) => {
        if (stream.isPaused()) dataWhilePaused++;
        chunks.push(c);
        if (chunks.length === 1) {
          stream.pause();
          expect(stream.isPaused()).toBe(true);
          pausedAt = server.tx.frames.length;
          // resumed 200 ms later, or once the client has sent a window's worth if a slow host takes longer to (the
          // check below is that it stopped there)
          const resume = () => {
            resumedAt = server.tx.frames.length;
            dataAtResume = server.rx.dataBytes(1);
            stream.resume();
          };
          void sleep(200)
            .then(() => until(() => server.rx.dataBytes(1) >= SERVER_STREAM_WINDOW, 'a window of data', 5000))
            .catch(() => {}) // resumed all the same: the checks below say what arrived
            .finally(resume);
        }
      };
      stream.onend = () => {
        ended = true;
        stream.respond([[':status', '200']]);
        stream.end([['grpc-status', '0']]);
      };
    });
    const session = await connect(server);
    const req = session.request({ ':method': 'POST', ':path': '/upload' });
    const done = exchange(req);
    for (let i = 0; i < 4; i++) req.write(body.subarray(i * 3 * MiB, (i + 1) * 3 * MiB));
    req.end();
    const res = await within(10_000, done, 'the paused upload to complete');
    expect(res.error).toBeUndefined();
    expect(ended).toBe(true);
    expect(dataWhilePaused).toBe(0);
    expect(Buffer.concat(chunks).equals(body)).toBe(true);
    // while paused: no WINDOW_UPDATE for the stream, so the client stopped at the stream's window, exactly
    expect(
      server.tx.frames.slice(pausedAt, resumedAt).filter((f) => f.type === WINDOW_UPDATE && f.streamId === 1),
    ).toEqual([]);
    expect(dataAtResume).toBe(SERVER_STREAM_WINDOW);
  });

  test('a stream paused before its request ended gets the rest of its data, then onend, only once resumed', async () => {
    const body = randomBytes(200 * KiB);
    const events: string[] = [];
    const chunks: Buffer[] = [];
    let stream: H2Stream | undefined;
    const server = await startServer((s) => {
      stream = s;
      s.ondata = (c) => {
        chunks.push(c);
        if (chunks.length === 1) {
          s.pause();
          events.push('paused');
        }
      };
      s.onend = () => {
        events.push('end');
        s.respond([[':status', '200']]);
        s.end([['grpc-status', '0']]);
      };
    });
    const session = await connect(server);
    const req = session.request({ ':method': 'POST', ':path': '/upload' });
    const done = exchange(req);
    req.end(body);
    // the whole request, END_STREAM included, has reached the server: nothing of it is handed on while paused
    await until(() => server.rx.of(DATA, 1).some((f) => f.flags & END_STREAM), 'the END_STREAM to arrive');
    await sleep(30);
    expect(events).toEqual(['paused']);
    expect(chunks).toHaveLength(1);
    stream!.resume();
    expect(events).toEqual(['paused', 'end']);
    expect(Buffer.concat(chunks).equals(body)).toBe(true);
    const res = await within(2000, done, 'the response');
    expect(res.trailers?.['grpc-status']).toBe('0');
  });

  test('a 10 MiB response waits for the client window: done callbacks in order, not all before the client reads; then trailers', async () => {
    const pieces = Array.from({ length: 10 }, () => randomBytes(MiB));
    const dones: number[] = [];
    const server = await startServer((stream) => {
      stream.onend = () => {
        stream.respond([
          [':status', '200'],
          ['content-type', 'application/grpc'],
        ]);
        pieces.forEach((p, i) => stream.write(p, () => dones.push(i)));
        stream.end([['grpc-status', '0']]);
      };
    });
    const session = await connect(server, { settings: { initialWindowSize: 65_535 } });
    const req = session.request({ ':method': 'POST', ':path': '/download' });
    req.pause();
    const done = exchange(req);
    req.end();
    await within(2000, new Promise((resolve) => req.once('response', resolve)), 'the response headers');
    await sleep(300);
    const donesBeforeResume = dones.length;
    const sentBeforeResume = server.tx.dataBytes(1);
    req.resume();
    const res = await within(4000, done, 'the 10 MiB response');
    expect(res.error).toBeUndefined();
    expect(res.body.equals(Buffer.concat(pieces))).toBe(true);
    expect(res.trailers?.['grpc-status']).toBe('0');
    expect(res.rstCode).toBe(http2.constants.NGHTTP2_NO_ERROR);
    expect(dones).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // the peer's windows (65,535 for the stream and the connection) held the server back until the client read
    expect(donesBeforeResume).toBeLessThan(pieces.length);
    expect(donesBeforeResume).toBe(0);
    expect(sentBeforeResume).toBeLessThanOrEqual(65_535);
    expect(sentBeforeResume).toBeGreaterThan(0);
    // no DATA frame over the default maximum frame size the client kept
    expect(Math.max(...server.tx.of(DATA, 1).map((f) => f.length))).toBeLessThanOrEqual(16 * KiB);
    // the trailers follow the last DATA frame, with END_STREAM
    const last = server.tx.frames.filter((f) => f.streamId === 1).at(-1)!;
    expect(last.type).toBe(HEADERS);
    expect(last.flags & END_STREAM).toBe(END_STREAM);
  });

  test("the peer's new SETTINGS_INITIAL_WINDOW_SIZE (and max frame size) applies to a stream already open", async () => {
    const pieces = Array.from({ length: 5 }, () => randomBytes(MiB));
    const dones: number[] = [];
    const server = await startServer((stream) => {
      stream.onend = () => {
        stream.respond([[':status', '200']]);
        pieces.forEach((p, i) => stream.write(p, () => dones.push(i)));
        stream.end([['grpc-status', '0']]);
      };
    });
    const session = await connect(server, { settings: { initialWindowSize: 65_535, maxFrameSize: 40_000 } });
    // the connection's window is no limit: only the stream's
    session.setLocalWindowSize(32 * MiB);
    const req = session.request({ ':method': 'POST', ':path': '/download' });
    req.pause();
    const done = exchange(req);
    req.end();
    await within(2000, new Promise((resolve) => req.once('response', resolve)), 'the response headers');
    await until(() => server.tx.dataBytes(1) === 65_535, 'the first window to be sent');
    await sleep(50);
    expect(server.tx.dataBytes(1)).toBe(65_535);
    expect(dones).toEqual([]);
    // still paused: only the new initial window lets the server send on
    await within(
      2000,
      new Promise<void>((resolve, reject) =>
        session.settings({ initialWindowSize: 3 * MiB }, (err) => (err ? reject(err) : resolve())),
      ),
      'the SETTINGS acknowledgement',
    );
    await until(() => server.tx.dataBytes(1) === 3 * MiB, 'the server to send up to the new window');
    await sleep(50);
    expect(server.tx.dataBytes(1)).toBe(3 * MiB);
    expect(dones).toEqual([0, 1, 2]);
    // a smaller window again while data is in flight: the stream's window may go below 0 for a while
    session.settings({ initialWindowSize: 16 * KiB });
    req.resume();
    const res = await within(4000, done, 'the response');
    expect(res.error).toBeUndefined();
    expect(res.body.equals(Buffer.concat(pieces))).toBe(true);
    expect(res.trailers?.['grpc-status']).toBe('0');
    expect(dones).toEqual([0, 1, 2, 3, 4]);
    const sizes = server.tx.of(DATA, 1).map((f) => f.length);
    expect(Math.max(...sizes)).toBeGreaterThan(16 * KiB);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(40_000);
  });

  test('PING is acknowledged with its payload; the server announces its windows and header list size', async () => {
    const server = await startServer(answerOnEnd);
    const session = await connect(server);
    const payload = Buffer.from('pingpong');
    const pong = await within(
      2000,
      new Promise<Buffer>((resolve, reject) => {
        session.ping(payload, (err, _duration, echoed) => (err ? reject(err) : resolve(echoed)));
      }),
      'the PING acknowledgement',
    );
    expect(pong.equals(payload)).toBe(true);
    const acks = server.tx.of(PING, 0);
    expect(acks.map((f) => [f.flags, f.payload!.toString()])).toEqual([[1, 'pingpong']]);
    expect(session.remoteSettings.initialWindowSize).toBe(SERVER_STREAM_WINDOW);
    expect(session.remoteSettings.maxHeaderListSize).toBe(16 * MiB);
    // as node:http2 announced it: grpc-go would otherwise keep its default of 100 streams at a time
    expect(session.remoteSettings.maxConcurrentStreams).toBe(0xffffffff);
    // the server's first frame is its SETTINGS, not an acknowledgement
    expect(server.tx.frames[0]).toMatchObject({ type: SETTINGS, flags: 0, streamId: 0 });
  });

  test('a trailers-only response reaches the client as response headers with END_STREAM', async () => {
    let closed = 0;
    const server = await startServer((stream) => {
      stream.onclose = () => closed++;
      stream.onend = () =>
        stream.respond(
          [
            [':status', '200'],
            ['content-type', 'application/grpc'],
            ['grpc-status', '5'],
            ['grpc-message', 'x'],
          ],
          true,
        );
    });
    const session = await connect(server);
    const req = session.request({ ':method': 'POST', ':path': '/x' });
    req.end(Buffer.from('request'));
    const res = await within(2000, exchange(req), 'the trailers-only response');
    expect(res.error).toBeUndefined();
    expect(res.flags & END_STREAM).toBe(END_STREAM);
    expect(res.headers[':status']).toBe(200);
    expect(res.headers['grpc-status']).toBe('5');
    expect(res.headers['grpc-message']).toBe('x');
    expect(res.trailers).toBeUndefined();
    expect(res.body.length).toBe(0);
    expect(res.rstCode).toBe(http2.constants.NGHTTP2_NO_ERROR);
    expect(closed).toBe(1);
    const frames = server.tx.frames.filter((f) => f.streamId === 1);
    expect(frames.map((f) => [f.type, f.flags])).toEqual([[HEADERS, END_STREAM | END_HEADERS]]);
  });

  test('a trailers-only answer given in onStream to a request that came whole in its HEADERS sends no RST_STREAM', async () => {
    // the stream is closed both ways once the answer is out: RFC 9113 5.1 allows no further frame on it
    let ends = 0;
    const server = await startServer((stream) => {
      stream.onend = () => ends++;
      stream.respond([[':status', '415']], true);
    });
    const session = await connect(server);
    const req = session.request({ ':method': 'GET', ':path': '/x' }, { endStream: true });
    const res = await within(2000, exchange(req), 'the response');
    expect(res.headers[':status']).toBe(415);
    expect(res.flags & END_STREAM).toBe(END_STREAM);
    await sleep(20);
    expect(server.rx.of(HEADERS, 1)[0].flags & END_STREAM).toBe(END_STREAM);
    expect(server.tx.frames.filter((f) => f.streamId === 1).map((f) => f.type)).toEqual([HEADERS]);
  });

  test('a client RST_STREAM NO_ERROR after its whole request closes a paused server stream at once, as any reset does', async () => {
    // (a client's stream keeps what a paused reader holds in that case, h2-connection-client.test.ts; a server's call
    // is over: the client wants no more of its answer)
    let serverStream: H2Stream | undefined;
    let closes = 0;
    const server = await startServer((stream, headers) => {
      if (headers[':path'] !== '/stop') return answerOnEnd(stream, headers);
      serverStream = stream;
      stream.pause();
      stream.onclose = () => closes++;
      stream.respond([[':status', '200']]);
      stream.write(Buffer.alloc(2 * MiB, 7));
    });
    const session = await connect(server);
    const req = session.request({ ':method': 'POST', ':path': '/stop' });
    const done = exchange(req);
    req.end(Buffer.from('the whole request'));
    await within(2000, new Promise((resolve) => req.once('response', resolve)), 'the response headers');
    await until(() => server.rx.of(DATA, 1).some((f) => f.flags & END_STREAM), 'the request to end');
    req.close(http2.constants.NGHTTP2_NO_ERROR);
    await within(2000, done, 'the stream to close');
    await until(() => closes > 0, 'the server stream to close');
    expect(serverStream!.closed).toBe(true);
    expect(serverStream!.resetCode).toBe(0);
  });

  test('a client RST_STREAM closes the server stream (onclose once, queued write callbacks called); later writes are no-ops', async () => {
    let serverStream: H2Stream | undefined;
    let closes = 0;
    let writeDone = false;
    const server = await startServer((stream, headers) => {
      if (headers[':path'] !== '/cancel-me') return answerOnEnd(stream, headers);
      serverStream = stream;
      stream.onclose = () => closes++;
      stream.respond([[':status', '200']]);
      // more than the client's window: this write waits for it
      stream.write(Buffer.alloc(2 * MiB, 7), () => (writeDone = true));
    });
    const session = await connect(server);
    const req = session.request({ ':method': 'POST', ':path': '/cancel-me' });
    const done = exchange(req);
    await within(2000, new Promise((resolve) => req.once('response', resolve)), 'the response headers');
    req.close(http2.constants.NGHTTP2_CANCEL);
    const res = await within(2000, done, 'the cancelled stream to close');
    expect(res.rstCode).toBe(http2.constants.NGHTTP2_CANCEL);
    await until(() => closes > 0, 'the server stream to close');
    expect(serverStream!.closed).toBe(true);
    expect(writeDone).toBe(true);
    const framesAtClose = server.tx.frames.length;
    expect(() => {
      serverStream!.write(Buffer.from('late'), () => {});
      serverStream!.respond([[':status', '200']]);
      serverStream!.end([['grpc-status', '0']]);
      serverStream!.reset();
      serverStream!.pause();
      serverStream!.resume();
    }).not.toThrow();
    await sleep(30);
    expect(closes).toBe(1);
    expect(server.tx.frames.slice(framesAtClose).filter((f) => f.streamId === 1)).toEqual([]);
    // the connection carries on
    const next = session.request({ ':method': 'POST', ':path': '/next' });
    next.end(Buffer.from('abc'));
    const nextRes = await within(2000, exchange(next), 'a request after the cancel');
    expect(nextRes.body.toString()).toBe('3');
    expect(nextRes.trailers?.['grpc-status']).toBe('0');
  });

  test('a server reset() closes the client stream with CANCEL (8)', async () => {
    let closes = 0;
    const server = await startServer((stream) => {
      stream.onclose = () => closes++;
      stream.respond([[':status', '200']]);
      stream.write(Buffer.from('partial'));
      setTimeout(() => stream.reset(), 20);
    });
    const session = await connect(server);
    const req = session.request({ ':method': 'POST', ':path': '/x' });
    const res = await within(2000, exchange(req), 'the reset stream to close');
    expect(res.rstCode).toBe(8);
    expect(res.trailers).toBeUndefined();
    expect(closes).toBe(1);
    const resets = server.tx.of(RST_STREAM, 1).map((f) => f.payload!.readUInt32BE(0));
    expect(resets).toEqual([8]);
  });

  test('a response ended before the request: the client sees it complete, then RST_STREAM(NO_ERROR), and no error', async () => {
    let received = 0;
    let closes = 0;
    const server = await startServer((stream, headers) => {
      if (headers[':path'] !== '/early') return answerOnEnd(stream, headers);
      stream.onclose = () => closes++;
      stream.ondata = (c) => {
        received += c.length;
        if (stream.headersSent) return;
        stream.respond([[':status', '200']]);
        stream.write(Buffer.from('early answer'));
        stream.end([['grpc-status', '0']]);
      };
    });
    const session = await connect(server);
    const req = session.request({ ':method': 'POST', ':path': '/early' });
    const done = exchange(req);
    // the client keeps sending until its stream closes
    const timer = setInterval(() => {
      if (!req.closed && !req.destroyed) req.write(Buffer.alloc(32 * KiB, 1));
    }, 5);
    req.write(Buffer.alloc(32 * KiB, 1));
    const res = await within(2000, done, 'the early response').finally(() => clearInterval(timer));
    expect(res.error).toBeUndefined();
    expect(res.body.toString()).toBe('early answer');
    expect(res.trailers?.['grpc-status']).toBe('0');
    expect(res.rstCode).toBe(http2.constants.NGHTTP2_NO_ERROR);
    expect(received).toBeGreaterThan(0);
    expect(closes).toBe(1);
    const frames = server.tx.frames.filter((f) => f.streamId === 1);
    expect(frames.map((f) => f.type)).toEqual([HEADERS, DATA, HEADERS, RST_STREAM]);
    expect(frames[2].flags & END_STREAM).toBe(END_STREAM);
    expect(frames[3].payload!.readUInt32BE(0)).toBe(http2.constants.NGHTTP2_NO_ERROR);
    // data the client had in flight is dropped, and the connection still serves
    const next = session.request({ ':method': 'POST', ':path': '/next' });
    next.end(Buffer.alloc(100));
    const nextRes = await within(2000, exchange(next), 'a request after the early response');
    expect(nextRes.body.toString()).toBe('100');
  });

  test('a client RST_STREAM before the stream is answered does not disturb the other streams', async () => {
    const server = await startServer(answerOnEnd);
    const session = await connect(server);
    const streams = Array.from({ length: 20 }, (_, i) => {
      const req = session.request({ ':method': 'POST', ':path': `/s${i}` });
      const done = exchange(req);
      if (i % 2 === 0) req.close(http2.constants.NGHTTP2_CANCEL);
      else req.end(Buffer.alloc(i));
      return done;
    });
    const results = await within(3000, Promise.all(streams), 'twenty streams');
    results.forEach((r, i) => {
      if (i % 2 === 0) expect(r.rstCode).toBe(http2.constants.NGHTTP2_CANCEL);
      else expect([r.body.toString(), r.trailers?.['grpc-status']]).toEqual([String(i), '0']);
    });
  });

  test('a stream whose peer pads its DATA frames gets its data, and a padded header block decodes', async () => {
    const body = randomBytes(300 * KiB);
    const chunks: Buffer[] = [];
    let headers: RequestHeaders | undefined;
    const server = await startServer((stream, h) => {
      headers = h;
      stream.ondata = (c) => chunks.push(c);
      stream.onend = () => {
        stream.respond([[':status', '200']]);
        stream.end([['grpc-status', '0']]);
      };
    });
    const session = await connect(server, { paddingStrategy: http2.constants.PADDING_STRATEGY_MAX });
    const req = session.request({ ':method': 'POST', ':path': '/padded', 'x-a': 'b' });
    const done = exchange(req);
    for (let at = 0; at < body.length; at += 1000) req.write(body.subarray(at, at + 1000));
    req.end();
    const res = await within(3000, done, 'the padded upload');
    expect(res.trailers?.['grpc-status']).toBe('0');
    expect(headers?.['x-a']).toBe('b');
    expect(Buffer.concat(chunks).equals(body)).toBe(true);
    expect(server.rx.of(DATA, 1).some((f) => f.flags & PADDED)).toBe(true);
    expect(server.rx.of(HEADERS, 1)[0].flags & PADDED).toBe(PADDED);
  });

  // An empty write adds no bytes to send: its `done` still comes, in order, before the stream's end (server.ts writes
  // none, every gRPC message has its 5-byte prefix; a writer waiting on a callback must not wait for ever).
  test('an empty write has its done callback called', async () => {
    const events: string[] = [];
    const server = await startServer((stream) => {
      stream.onend = () => {
        stream.respond([[':status', '200']]);
        stream.write(Buffer.alloc(0), () => events.push('done'));
        setTimeout(() => {
          events.push('end');
          stream.end([['grpc-status', '0']]);
        }, 50);
      };
    });
    const session = await connect(server);
    const req = session.request({ ':method': 'POST', ':path': '/empty' });
    req.end();
    const res = await within(2000, exchange(req), 'the response');
    expect(res.trailers?.['grpc-status']).toBe('0');
    await sleep(20);
    expect(events).toEqual(['done', 'end']);
  });

  // The Pad Length octet and the padding of a DATA frame count against the stream's window as well as the
  // connection's (RFC 9113 6.9.1): not given back, a client padding small frames (nghttp2 with PADDING_STRATEGY_MAX:
  // up to 256 octets per 64-octet write) would stop after ~4 MiB of frames, waiting for a WINDOW_UPDATE. grpc-go does
  // not pad; another client may.
  test('padding is given back to the stream window: a client padding many small frames does not stall', async () => {
    let received = 0;
    const server = await startServer((stream) => {
      stream.ondata = (c) => (received += c.length);
      stream.onend = () => {
        stream.respond([[':status', '200']]);
        stream.end([['grpc-status', '0']]);
      };
    });
    const session = await connect(server, { paddingStrategy: http2.constants.PADDING_STRATEGY_MAX });
    const req = session.request({ ':method': 'POST', ':path': '/padded' });
    const done = exchange(req);
    const writes = 16_000; // 16,000 frames of 64 + 256 octets: over 4 MiB of stream window
    const send = async () => {
      for (let i = 0; i < writes; i++)
        await new Promise<void>((resolve) => req.write(Buffer.alloc(64, 1), () => resolve()));
      req.end();
    };
    void send();
    try {
      const res = await within(4000, done, 'the padded upload').catch((err: Error) => {
        throw new Error(`${err.message}: the server got ${received} of ${writes * 64} octets`);
      });
      expect(res.trailers?.['grpc-status']).toBe('0');
      expect(received).toBe(writes * 64);
    } finally {
      req.destroy();
    }
  }, 10_000);
});

describe('H2Connection on a broken or closed connection', () => {
  /** A raw socket to `server`: what it sends, frames as they come back, whether the server ended it. */
  function rawClient(server: TestServer) {
    const socket = net.connect(server.path);
    cleanups.push(() => socket.destroy());
    const log = new FrameLog();
    const state = { ended: false };
    socket.on('data', (b: Buffer) => log.push(b));
    socket.on('end', () => (state.ended = true));
    socket.on('error', () => {});
    const closed = new Promise((resolve) => socket.once('close', resolve));
    return { socket, log, state, closed };
  }

  /** Sends `bytes` on a raw socket; resolves with every frame the server wrote once it ended the connection. */
  async function rawExchange(server: TestServer, bytes: Buffer): Promise<{ frames: Frame[]; ended: boolean }> {
    const { socket, log, state, closed } = rawClient(server);
    socket.write(bytes);
    await within(2000, closed, 'the server to close the connection');
    return { frames: log.frames, ended: state.ended };
  }

  /** :method POST, :path /, :scheme http: three indexed fields of HPACK's static table. */
  const REQUEST_BLOCK = Buffer.from([0x83, 0x84, 0x86]);

  test('bytes that are not the preface get SETTINGS, then GOAWAY(PROTOCOL_ERROR), then the end of the connection', async () => {
    const server = await startServer(answerOnEnd);
    const { frames, ended } = await rawExchange(server, Buffer.from('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n'));
    expect(ended).toBe(true);
    expect(frames[0]).toMatchObject({ type: SETTINGS, flags: 0, streamId: 0 });
    const settings = frames[0].payload!;
    const entries = Array.from({ length: settings.length / 6 }, (_, i) => [
      settings.readUInt16BE(6 * i),
      settings.readUInt32BE(6 * i + 2),
    ]);
    expect(entries).toEqual([
      [3, 0xffffffff],
      [4, SERVER_STREAM_WINDOW],
      [6, 16 * MiB],
    ]);
    const goaway = frames.at(-1)!;
    expect(goaway).toMatchObject({ type: GOAWAY, streamId: 0 });
    expect(goaway.payload!.readUInt32BE(0)).toBe(0); // last stream id
    expect(goaway.payload!.readUInt32BE(4)).toBe(http2.constants.NGHTTP2_PROTOCOL_ERROR);
    expect(goaway.payload!.subarray(8).toString()).toMatch(/preface/);
    expect(frames.map((f) => f.type)).toEqual([SETTINGS, WINDOW_UPDATE, GOAWAY]);
  });

  test.each([
    {
      what: 'a frame over the 16 KiB maximum frame size',
      frames: [h2Frame(PING, 0, 0, Buffer.alloc(16 * KiB + 1))],
      code: http2.constants.NGHTTP2_FRAME_SIZE_ERROR,
      lastStream: 0,
    },
    {
      what: 'DATA on a stream never opened (while stream 1 is open: it is closed too)',
      frames: [h2Frame(HEADERS, END_HEADERS, 1, REQUEST_BLOCK), h2Frame(DATA, 0, 3, Buffer.from('x'))],
      code: http2.constants.NGHTTP2_PROTOCOL_ERROR,
      lastStream: 1,
    },
    {
      what: 'a header block interrupted by another frame',
      frames: [h2Frame(HEADERS, 0, 1, REQUEST_BLOCK), h2Frame(PING, 0, 0, Buffer.alloc(8))],
      code: http2.constants.NGHTTP2_PROTOCOL_ERROR,
      lastStream: 0,
    },
    {
      what: 'a header block that is not HPACK',
      frames: [h2Frame(HEADERS, END_HEADERS, 1, Buffer.from([0x80]))],
      code: http2.constants.NGHTTP2_COMPRESSION_ERROR,
      lastStream: 0,
    },
  ])('$what ends the connection with GOAWAY', async ({ frames, code, lastStream }) => {
    const closes: number[] = [];
    const server = await startServer((stream) => {
      stream.onclose = () => closes.push(stream.id);
    });
    const bytes = Buffer.concat([H2_PREFACE, h2Frame(SETTINGS, 0, 0, Buffer.alloc(0)), ...frames]);
    const result = await rawExchange(server, bytes);
    expect(result.ended).toBe(true);
    const goaways = result.frames.filter((f) => f.type === GOAWAY);
    expect(goaways).toHaveLength(1);
    expect(result.frames.at(-1)!.type).toBe(GOAWAY);
    expect(goaways[0].payload!.readUInt32BE(0)).toBe(lastStream);
    expect(goaways[0].payload!.readUInt32BE(4)).toBe(code);
    expect(closes).toEqual(lastStream ? [lastStream] : []);
  });

  test('DATA beyond what a paused stream allowed resets that stream with FLOW_CONTROL_ERROR; the connection stays', async () => {
    const held: number[] = [];
    const server = await startServer((stream) => {
      stream.pause(); // nothing taken, nothing acknowledged: the peer has the stream's 4 MiB and no more
      let n = 0;
      stream.ondata = (c) => (n += c.length);
      stream.onclose = () => held.push(n);
    });
    const { socket, log, state } = rawClient(server);
    const frames = [
      H2_PREFACE,
      h2Frame(SETTINGS, 0, 0, Buffer.alloc(0)),
      h2Frame(HEADERS, END_HEADERS, 1, REQUEST_BLOCK),
    ];
    const chunk = Buffer.alloc(16 * KiB, 7);
    for (let sent = 0; sent <= SERVER_STREAM_WINDOW; sent += chunk.length) frames.push(h2Frame(DATA, 0, 1, chunk));
    socket.write(Buffer.concat(frames));
    await until(() => log.of(RST_STREAM, 1).length > 0, 'the reset of stream 1');
    expect(log.of(RST_STREAM, 1)[0].payload!.readUInt32BE(0)).toBe(http2.constants.NGHTTP2_FLOW_CONTROL_ERROR);
    expect(held).toEqual([0]); // closed without handing on what it held
    expect(log.of(GOAWAY)).toEqual([]);
    expect(state.ended).toBe(false);
  });

  test('a flood of empty CONTINUATION frames ends the connection: a header block comes in at most 4,096 frames', async () => {
    const server = await startServer(answerOnEnd);
    const empty = h2Frame(CONTINUATION, 0, 1, Buffer.alloc(0));
    const flood = Buffer.concat(Array.from({ length: 4096 }, () => empty));
    const result = await rawExchange(
      server,
      Buffer.concat([
        H2_PREFACE,
        h2Frame(SETTINGS, 0, 0, Buffer.alloc(0)),
        h2Frame(HEADERS, 0, 1, REQUEST_BLOCK),
        flood,
      ]),
    );
    expect(result.ended).toBe(true);
    const goaway = result.frames.filter((f) => f.type === GOAWAY);
    expect(goaway).toHaveLength(1);
    expect(goaway[0].payload!.readUInt32BE(4)).toBe(http2.constants.NGHTTP2_PROTOCOL_ERROR);
    expect(goaway[0].payload!.subarray(8).toString()).toMatch(/4096 frames/);
  });

  test('a header block in 4,096 frames (HEADERS and 4,095 CONTINUATIONs, most of them empty) is still taken', async () => {
    const paths: string[] = [];
    const server = await startServer((stream, headers) => {
      paths.push(headers[':path']);
      answerOnEnd(stream, headers);
    });
    const { socket, log } = rawClient(server);
    const empty = h2Frame(CONTINUATION, 0, 1, Buffer.alloc(0));
    socket.write(
      Buffer.concat([
        H2_PREFACE,
        h2Frame(SETTINGS, 0, 0, Buffer.alloc(0)),
        h2Frame(HEADERS, END_STREAM, 1, REQUEST_BLOCK),
        ...Array.from({ length: 4094 }, () => empty),
        h2Frame(CONTINUATION, END_HEADERS, 1, Buffer.alloc(0)),
      ]),
    );
    await until(() => log.of(HEADERS, 1).length > 0, 'the answer');
    expect(paths).toEqual(['/']);
    expect(log.of(GOAWAY)).toEqual([]);
  });

  test('a header list over the 16 MiB announced refuses its request with 431 and keeps the connection', async () => {
    const seen: string[] = [];
    const server = await startServer((stream, headers) => {
      seen.push(headers[':path']);
      answerOnEnd(stream, headers);
    });
    const { socket, log, state } = rawClient(server);
    // x-a: 4,000 octets, added to the dynamic table (literal with incremental indexing, new name), then 4,500
    // references to it (index 62): a block of 8.5 KB, a header list of 4,501 × 4,035 octets, over 16 MiB
    const literal = Buffer.concat([Buffer.from([0x40, 0x03]), Buffer.from('x-a'), Buffer.from([0x7f, 0xa1, 0x1e])]);
    const value = Buffer.alloc(4000, 'a');
    const block = Buffer.concat([REQUEST_BLOCK, literal, value, Buffer.alloc(4500, 0xbe)]);
    // 4000 = 127 + 3873, and 3873 = 0x21 + (0x1e << 7): the value's length as HPACK writes it
    expect(0x7f + 0x21 + (0x1e << 7)).toBe(4000);
    socket.write(
      Buffer.concat([
        H2_PREFACE,
        h2Frame(SETTINGS, 0, 0, Buffer.alloc(0)),
        h2Frame(HEADERS, END_HEADERS | END_STREAM, 1, block),
        // the next request leans on the same table entry: the decoder kept in step
        h2Frame(HEADERS, END_HEADERS | END_STREAM, 3, Buffer.from([0x83, 0x84, 0x86, 0xbe])),
      ]),
    );
    await until(() => log.of(HEADERS, 3).length > 0, 'the answer to the second request');
    const refused = log.of(HEADERS, 1);
    expect(refused).toHaveLength(1);
    expect(refused[0].flags & END_STREAM).toBe(END_STREAM);
    expect(refused[0].payload!.toString('latin1')).toContain('431');
    expect(log.of(GOAWAY)).toEqual([]);
    expect(seen).toEqual(['/']);
    expect(state.ended).toBe(false);
  });

  test('a connection closed by the client closes every open stream once', async () => {
    const closes = new Map<number, number>();
    const streams: H2Stream[] = [];
    let writeDone = false;
    const server = await startServer((stream) => {
      streams.push(stream);
      closes.set(stream.id, 0);
      stream.onclose = () => closes.set(stream.id, closes.get(stream.id)! + 1);
      if (streams.length === 1) {
        stream.respond([[':status', '200']]);
        stream.write(Buffer.alloc(MiB), () => (writeDone = true));
      }
    });
    const session = await connect(server);
    for (let i = 0; i < 3; i++) {
      const req = session.request({ ':method': 'POST', ':path': `/open${i}` });
      req.on('error', () => {});
      req.write(Buffer.from('still sending'));
    }
    await until(() => streams.length === 3, 'three streams to open');
    session.destroy();
    await until(() => [...closes.values()].every((n) => n > 0), 'every stream to close');
    await sleep(50);
    expect([...closes.entries()]).toEqual([
      [1, 1],
      [3, 1],
      [5, 1],
    ]);
    expect(streams.every((s) => s.closed)).toBe(true);
    expect(writeDone).toBe(true);
    expect(() => streams[0].write(Buffer.from('late'))).not.toThrow();
    expect(server.sockets[0].destroyed).toBe(true);
  });
});

describe('H2Connection writing to a socket that backs up', () => {
  test("a writer's done waits for the socket to pass its frames on when they back up in it, not otherwise", async () => {
    // a socket that takes 1 byte before it asks its writer to wait, and passes a write on only when told to
    const held: Array<() => void> = [];
    let passOn = false;
    const socket = new Duplex({
      writableHighWaterMark: 1,
      read() {},
      write(_chunk: Buffer, _encoding, callback) {
        if (passOn) callback();
        else held.push(() => callback());
      },
    });
    socket.on('error', () => {});
    let stream: H2Stream | undefined;
    let reader: ((slices: readonly Buffer[]) => void) | undefined;
    const source = Object.assign(socket, { readSlices: (r: (slices: readonly Buffer[]) => void) => (reader = r) });
    const connection = new H2Connection(source, 'server', { onStream: (s) => (stream = s) });
    // the constructor's SETTINGS are held too; let them go, then a request on stream 1 (:method POST, :path /, :scheme http)
    passOn = true;
    for (const release of held.splice(0)) release();
    reader!([
      H2_PREFACE,
      Buffer.from([0, 0, 0, SETTINGS, 0, 0, 0, 0, 0]),
      Buffer.from([0, 0, 3, HEADERS, END_HEADERS, 0, 0, 0, 1, 0x83, 0x84, 0x86]),
    ]);
    expect(stream?.id).toBe(1);
    stream!.respond([[':status', '200']]);
    await sleep(5); // the headers passed on, the socket drained
    passOn = false;
    const done: string[] = [];
    stream!.write(Buffer.alloc(4 * KiB, 1), () => done.push('backed up'));
    await sleep(20);
    expect(done).toEqual([]); // its frames wait in the socket
    passOn = true;
    for (const release of held.splice(0)) release();
    await sleep(20);
    expect(done).toEqual(['backed up']);
    // a socket with room: done at once, without waiting for the write to complete
    const roomy = new Duplex({ read() {}, write: (_c, _e, callback) => void held.push(() => callback()) });
    let second: H2Stream | undefined;
    let reader2: ((slices: readonly Buffer[]) => void) | undefined;
    new H2Connection(
      Object.assign(roomy, { readSlices: (r: (slices: readonly Buffer[]) => void) => (reader2 = r) }),
      'server',
      { onStream: (s) => (second = s) },
    );
    reader2!([
      H2_PREFACE,
      Buffer.from([0, 0, 0, SETTINGS, 0, 0, 0, 0, 0]),
      Buffer.from([0, 0, 3, HEADERS, END_HEADERS, 0, 0, 0, 1, 0x83, 0x84, 0x86]),
    ]);
    second!.respond([[':status', '200']]);
    second!.write(Buffer.alloc(100, 1), () => done.push('room'));
    await sleep(20);
    expect(done).toEqual(['backed up', 'room']);
    connection.destroy();
    roomy.destroy();
  });
});

describe('H2Connection reading through readSlices', () => {
  test("its SETTINGS go out first even when the peer's preface and SETTINGS wait in the source", () => {
    const written: Buffer[] = [];
    const source = Object.assign(new PassThrough(), {
      // the tunnel hands over at once what it received before the server took it
      readSlices: (cb: (slices: readonly Buffer[]) => void) =>
        cb([H2_PREFACE, Buffer.from([0, 0, 0, SETTINGS, 0, 0, 0, 0, 0])]),
    });
    source.on('data', (b: Buffer) => written.push(b));
    new H2Connection(source, 'server', { onStream: () => {} });
    const log = new FrameLog();
    for (const b of written) log.push(b);
    expect(log.frames.map((f) => [f.type, f.flags])).toEqual([
      [SETTINGS, 0],
      [WINDOW_UPDATE, 0],
      [SETTINGS, 1],
    ]);
    source.destroy();
  });

  test.each([1, 2, 3])(
    'a conversation of node:http2 cut into random slices (1 byte, frame headers split) is read whole (seed %i)',
    async (seed) => {
      const random = seededRandom(seed);
      let onSlices: ((slices: readonly Buffer[]) => void) | undefined;
      // the server's side: what it writes comes out of the PassThrough's readable side; what it reads, through readSlices
      const serverSide = Object.assign(new PassThrough(), {
        readSlices: (cb: (slices: readonly Buffer[]) => void) => (onSlices = cb),
      });
      // the client's side: node:http2 writes here, and reads what the server wrote
      // every byte the client wrote, where each of its frame headers starts, and where the slices were cut
      let wire = Buffer.alloc(0);
      let cutUpTo = 0;
      const headerStarts: number[] = [];
      let nextHeader = H2_PREFACE.length;
      const cuts: number[] = [];
      const queue: Buffer[][] = [];
      let pumping = false;
      // what node:http2 wrote in one turn (its frames, often a write each) is cut in the next, across write bounds
      const cutRound = (): void => {
        // cut a few bytes before each header and inside it: a slice with the end of a frame and the start of the
        // next header, then the header's rest in one or more slices
        const forced: number[] = [];
        while (nextHeader < wire.length) {
          headerStarts.push(nextHeader);
          forced.push(nextHeader - 1 - Math.floor(random() * 20), nextHeader + 1 + Math.floor(random() * 8));
          if (nextHeader + 9 > wire.length) break;
          nextHeader += 9 + wire.readUIntBE(nextHeader, 3);
        }
        const slices: Buffer[] = [];
        for (let at = cutUpTo; at < wire.length;) {
          const r = random();
          const size =
            r < 0.3
              ? 1
              : r < 0.6
                ? 2 + Math.floor(random() * 12)
                : r < 0.9
                  ? 1 + Math.floor(random() * 300)
                  : 1 + Math.floor(random() * 40_000);
          const end = Math.min(at + size, wire.length, ...forced.filter((f) => f > at));
          slices.push(Buffer.from(wire.subarray(at, end)));
          cuts.push(end);
          at = end;
        }
        cutUpTo = wire.length;
        // handed on in order, in batches of 1 to 5 slices, some at once, some a turn later
        while (slices.length > 0) queue.push(slices.splice(0, 1 + Math.floor(random() * 5)));
        if (!pumping) {
          pumping = true;
          pump();
        }
      };
      const pump = (): void => {
        const batch = queue.shift();
        if (!batch) {
          pumping = false;
          return;
        }
        onSlices!(batch);
        if (random() < 0.5) pump();
        else setImmediate(pump);
      };
      const clientSide = new Duplex({
        read() {},
        write(chunk: Buffer, _encoding, callback) {
          if (cutUpTo === wire.length) setImmediate(cutRound);
          wire = Buffer.concat([wire, chunk]);
          callback();
        },
      });
      serverSide.on('data', (b: Buffer) => clientSide.push(b));
      const seenHeaders: RequestHeaders[] = [];
      new H2Connection(serverSide, 'server', {
        onStream: (stream, headers) => {
          seenHeaders.push(headers);
          const chunks: Buffer[] = [];
          stream.ondata = (c) => chunks.push(c);
          stream.onend = () => {
            stream.respond([[':status', '200']]);
            stream.write(Buffer.concat(chunks));
            stream.end([['grpc-status', '0']]);
          };
        },
      });
      expect(onSlices).toBeTypeOf('function');
      const session = http2.connect('http://localhost', { createConnection: () => clientSide });
      session.on('error', () => {});
      cleanups.push(() => {
        session.destroy();
        serverSide.destroy();
        clientSide.destroy();
      });
      await within(2000, new Promise((resolve) => session.once('connect', resolve)), 'the session to connect');
      for (let round = 0; round < 2; round++) {
        const body = randomBytes(200 * KiB + round);
        const patterns = Array.from({ length: 1000 }, (_, i) => `pattern-${i}-${'p'.repeat(i % 50)}`);
        const req = session.request({ ':method': 'POST', ':path': `/echo${round}`, 'x-pattern': patterns });
        const done = exchange(req);
        for (let at = 0; at < body.length; at += 50 * KiB) req.write(body.subarray(at, at + 50 * KiB));
        req.end();
        const res = await within(4000, done, `the echo ${round}`);
        expect(res.error).toBeUndefined();
        expect(res.trailers?.['grpc-status']).toBe('0');
        expect(res.body.equals(body)).toBe(true);
        expect(seenHeaders[round]['x-pattern']).toBe(patterns.join(', '));
        expect(seenHeaders[round][':path']).toBe(`/echo${round}`);
      }
      const pong = await within(
        2000,
        new Promise<Buffer>((resolve, reject) =>
          session.ping(Buffer.from('12345678'), (err, _d, p) => (err ? reject(err) : resolve(p))),
        ),
        'the PING acknowledgement',
      );
      expect(pong.toString()).toBe('12345678');

      // slices did split frame headers, many of them after the end of the frame before, and some were of 1 byte
      const cutSet = new Set(cuts);
      const split = headerStarts.filter((h) => [1, 2, 3, 4, 5, 6, 7, 8].some((k) => cutSet.has(h + k)));
      expect(split.length).toBe(headerStarts.length);
      const afterFrame = headerStarts.filter((h) => !cutSet.has(h));
      expect(afterFrame.length).toBeGreaterThan(headerStarts.length / 2);
      const oneByte = cuts.filter((c, i) => c - (i === 0 ? 0 : cuts[i - 1]) === 1).length;
      expect(oneByte).toBeGreaterThan(100);
    },
  );
});
