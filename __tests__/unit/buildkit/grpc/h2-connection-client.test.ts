/**
 * The client side of the hand-written HTTP/2 connection (grpc/h2-connection.ts): against node:http2's server
 * (nghttp2), an independent implementation, for what a server normally does (answers, windows, PING), and against a
 * peer that writes raw frames for what nghttp2 would not send on request (GOAWAY below open streams, RST_STREAM
 * NO_ERROR after a complete answer, PUSH_PROMISE, HEADERS on a stream never opened). Every frame the client writes to a
 * raw peer is logged, so the tests check the wire as well as what each side saw.
 */
import * as http2 from 'node:http2';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  H2_ERROR,
  H2Connection,
  type H2Stream,
  type HeaderFields,
} from '../../../../src/buildkit/grpc/h2-connection.js';
import { FrameLog, H2_PREFACE, h2Frame } from '../../../support/h2-frames.js';
import { sleep, until } from '../../../support/until.js';

const KiB = 1024;
const MiB = 1024 * KiB;

const DATA = 0x0;
const HEADERS = 0x1;
const RST_STREAM = 0x3;
const SETTINGS = 0x4;
const PUSH_PROMISE = 0x5;
const PING = 0x6;
const GOAWAY = 0x7;
const WINDOW_UPDATE = 0x8;
const END_STREAM = 0x1;
const ACK = 0x1;
const END_HEADERS = 0x4;

let dir: string;
let serial = 0;
const cleanups: Array<() => unknown> = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'h2-client-'));
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function listen(server: net.Server | http2.Http2Server): Promise<string> {
  const where = path.join(dir, `c${++serial}.sock`);
  await new Promise<void>((resolve) => server.listen(where, resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return where;
}

/** A client connection to `where`, once the server's SETTINGS have come. */
async function dial(where: string): Promise<H2Connection> {
  const socket = net.connect(where);
  const h2 = new H2Connection(socket, 'client');
  cleanups.push(() => h2.destroy());
  await new Promise<void>((resolve, reject) => {
    h2.onremotesettings = resolve;
    h2.onclose = (err) => reject(err ?? new Error('closed before SETTINGS'));
  });
  h2.onclose = () => {};
  return h2;
}

/** What a client stream saw, in order: header blocks, data, the end, the close. */
interface Seen {
  events: string[];
  headers: Array<{ fields: HeaderFields; endStream: boolean }>;
  body: Buffer[];
  closed: Promise<void>;
}

function watch(stream: H2Stream): Seen {
  const seen: Seen = { events: [], headers: [], body: [], closed: Promise.resolve() };
  seen.closed = new Promise((resolve) => {
    stream.onclose = () => {
      seen.events.push('close');
      resolve();
    };
  });
  stream.onheaders = (fields, endStream) => {
    seen.headers.push({ fields, endStream });
    seen.events.push(endStream ? 'trailers' : 'headers');
  };
  stream.ondata = (chunk) => {
    seen.body.push(Buffer.from(chunk));
    if (seen.events.at(-1) !== 'data') seen.events.push('data');
  };
  stream.onend = () => seen.events.push('end');
  return seen;
}

const REQUEST: ReadonlyArray<readonly [string, string]> = [
  [':method', 'POST'],
  [':authority', 'localhost'],
  [':scheme', 'http'],
  [':path', '/test.Echo/Call'],
  ['content-type', 'application/grpc'],
  ['te', 'trailers'],
];

/** A peer that speaks raw frames: it logs what the client writes (after its preface) and writes what it is told. */
async function rawPeer(): Promise<{ where: string; rx: FrameLog; send: (...frames: Buffer[]) => void }> {
  const rx = new FrameLog(H2_PREFACE.length);
  let socket: net.Socket | undefined;
  const pending: Buffer[] = [];
  const server = net.createServer((s) => {
    socket = s;
    s.on('data', (b: Buffer) => rx.push(b));
    s.on('error', () => {});
    // the server's SETTINGS first, as any server's
    s.write(h2Frame(SETTINGS, 0, 0));
    for (const b of pending.splice(0)) s.write(b);
  });
  const where = await listen(server);
  cleanups.push(() => socket?.destroy());
  return {
    where,
    rx,
    send: (...frames) => {
      const b = Buffer.concat(frames);
      if (socket) socket.write(b);
      else pending.push(b);
    },
  };
}

/** An HPACK literal field without indexing, with a literal name (RFC 7541 6.2.2), for hand-made header blocks. */
function literal(name: string, value: string): Buffer {
  return Buffer.concat([
    Buffer.from([0x00, name.length]),
    Buffer.from(name, 'latin1'),
    Buffer.from([value.length]),
    Buffer.from(value, 'latin1'),
  ]);
}

/** ":status: 200" from HPACK's static table (index 8). */
const STATUS_200 = Buffer.from([0x88]);

describe('H2Connection, client side', () => {
  test('opens with the preface and SETTINGS (push off, 4 MiB stream window, then 16 MiB for the connection); a request goes out as one write, its END_STREAM on the last DATA frame', async () => {
    const peer = await rawPeer();
    // every write, with the number of the corked batch it went in
    const writes: Array<{ batch: number; chunk: Buffer }> = [];
    let batch = 0;
    const socket = net.connect(peer.where);
    const write = socket.write.bind(socket);
    const cork = socket.cork.bind(socket);
    socket.cork = () => {
      batch++;
      cork();
    };
    (socket as unknown as { write: (chunk: Buffer, cb?: (err?: Error | null) => void) => boolean }).write = (
      chunk: Buffer,
      cb?: (err?: Error | null) => void,
    ) => {
      writes.push({ batch, chunk: Buffer.from(chunk) });
      return write(chunk, cb);
    };
    const h2 = new H2Connection(socket, 'client');
    cleanups.push(() => h2.destroy());
    await until(() => peer.rx.of(WINDOW_UPDATE).length > 0, 'the client to open');
    const opening = Buffer.concat(writes.map((w) => w.chunk));
    expect(opening.subarray(0, H2_PREFACE.length).equals(H2_PREFACE)).toBe(true);
    const [settings] = peer.rx.frames;
    expect(settings.type).toBe(SETTINGS);
    const entries = new Map<number, number>();
    for (let at = 0; at < settings.payload!.length; at += 6)
      entries.set(settings.payload!.readUInt16BE(at), settings.payload!.readUInt32BE(at + 2));
    expect(entries.get(0x2)).toBe(0); // ENABLE_PUSH
    expect(entries.get(0x4)).toBe(4 * MiB); // INITIAL_WINDOW_SIZE
    expect(peer.rx.frames[1].type).toBe(WINDOW_UPDATE);
    expect(peer.rx.frames[1].payload!.readUInt32BE(0)).toBe(16 * MiB - 65_535);

    writes.length = 0;
    const stream = h2.request(REQUEST);
    stream.write(Buffer.alloc(100, 1));
    stream.write(Buffer.alloc(50, 2));
    stream.end();
    await until(() => peer.rx.of(DATA, stream.id).length > 0, 'the request');
    // the SETTINGS ACK, HEADERS and DATA of one turn in one corked write
    expect(new Set(writes.map((w) => w.batch)).size).toBe(1);
    expect(writes.length).toBeGreaterThan(2);
    expect(stream.id).toBe(1);
    expect(peer.rx.of(HEADERS, 1)).toHaveLength(1);
    expect(peer.rx.of(HEADERS, 1)[0].flags & END_STREAM).toBe(0);
    const data = peer.rx.of(DATA, 1);
    expect(data.map((f) => [f.length, f.flags])).toEqual([[150, END_STREAM]]);

    // a second stream gets the next odd id; an end with nothing queued is an empty DATA frame with END_STREAM
    const second = h2.request(REQUEST);
    second.end();
    await until(() => peer.rx.of(DATA, 3).length > 0, 'the second request');
    expect(second.id).toBe(3);
    expect(peer.rx.of(DATA, 3).map((f) => [f.length, f.flags])).toEqual([[0, END_STREAM]]);
  });

  test('node:http2 answers: headers, 3 MiB of data to a reader paused half-way, then trailers, in that order; both ends close the stream', async () => {
    const body = Buffer.alloc(3 * MiB);
    for (let i = 0; i < body.length; i++) body[i] = (i * 7) & 0xff;
    const server = http2.createServer();
    const received: Buffer[] = [];
    server.on('stream', (s) => {
      s.on('data', (c: Buffer) => received.push(c));
      s.on('end', () => {
        s.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
        s.on('wantTrailers', () => s.sendTrailers({ 'grpc-status': '0', 'grpc-message': 'fine' }));
        s.end(body);
      });
    });
    const h2 = await dial(await listen(server));
    const stream = h2.request(REQUEST);
    const seen = watch(stream);
    let got = 0;
    const ondata = stream.ondata;
    stream.ondata = (c) => {
      ondata(c);
      if ((got += c.length) >= MiB && !stream.isPaused() && got - c.length < MiB) {
        stream.pause();
        setTimeout(() => stream.resume(), 150);
      }
    };
    stream.write(Buffer.from('request'));
    stream.end();
    await seen.closed;
    expect(Buffer.concat(received).toString()).toBe('request');
    expect(seen.events).toEqual(['headers', 'data', 'trailers', 'end', 'close']);
    expect(seen.headers[0].fields[':status']).toBe('200');
    expect(seen.headers[1].fields).toMatchObject({ 'grpc-status': '0', 'grpc-message': 'fine' });
    expect(Buffer.concat(seen.body).equals(body)).toBe(true);
    expect(stream.resetCode).toBeUndefined();
  });

  test('a 2 MiB request waits for a server that allows 16 KiB per stream, and arrives whole', async () => {
    const server = http2.createServer({ settings: { initialWindowSize: 16 * KiB } });
    let arrived = Buffer.alloc(0);
    server.on('stream', (s) => {
      const chunks: Buffer[] = [];
      s.on('data', (c: Buffer) => chunks.push(c));
      s.on('end', () => {
        arrived = Buffer.concat(chunks);
        s.respond({ ':status': 200 }, { endStream: true });
      });
    });
    const h2 = await dial(await listen(server));
    const request = Buffer.alloc(2 * MiB);
    for (let i = 0; i < request.length; i++) request[i] = (i * 13) & 0xff;
    const stream = h2.request(REQUEST);
    const seen = watch(stream);
    const done: string[] = [];
    stream.write(request.subarray(0, MiB), () => done.push('first'));
    stream.write(request.subarray(MiB), () => done.push('second'));
    stream.end();
    await seen.closed;
    expect(done).toEqual(['first', 'second']);
    expect(arrived.equals(request)).toBe(true);
    expect(seen.headers).toEqual([{ fields: expect.objectContaining({ ':status': '200' }), endStream: true }]);
  });

  test('PING: node:http2 answers it; a ping in flight fails when the connection is destroyed', async () => {
    const server = http2.createServer();
    const h2 = await dial(await listen(server));
    const answer = await new Promise<Error | undefined>((resolve) => h2.ping(resolve));
    expect(answer).toBeUndefined();

    const peer = await rawPeer(); // answers nothing
    const silent = await dial(peer.where);
    const pending = new Promise<Error | undefined>((resolve) => silent.ping(resolve));
    await until(() => peer.rx.of(PING).length > 0, 'the PING');
    silent.destroy(new Error('keepalive ping unanswered'));
    expect((await pending)?.message).toBe('keepalive ping unanswered');
    // and one asked of a connection already over fails at once
    expect(await new Promise<Error | undefined>((resolve) => silent.ping(resolve))).toBeInstanceOf(Error);
  });

  test('a PING from the server is acknowledged with its payload', async () => {
    const peer = await rawPeer();
    await dial(peer.where);
    const payload = Buffer.from('8 bytes!');
    peer.send(h2Frame(PING, 0, 0, payload));
    await until(() => peer.rx.of(PING).length > 0, 'the PING ACK');
    expect(peer.rx.of(PING)[0].flags).toBe(ACK);
    expect(peer.rx.of(PING)[0].payload).toEqual(payload);
  });

  test('GOAWAY: a stream above its last stream id closes as REFUSED_STREAM, the one below runs to its end, then the connection ends; no new stream', async () => {
    const peer = await rawPeer();
    const h2 = await dial(peer.where);
    let goaway: number | undefined;
    h2.ongoaway = (code) => (goaway = code);
    const closed = new Promise<Error | undefined>((resolve) => (h2.onclose = resolve));
    const first = h2.request(REQUEST);
    const second = h2.request(REQUEST);
    first.end();
    second.end();
    const seenFirst = watch(first);
    const seenSecond = watch(second);
    await until(() => peer.rx.of(HEADERS).length === 2, 'both requests');
    const lastStream = Buffer.alloc(8);
    lastStream.writeUInt32BE(1, 0);
    peer.send(h2Frame(GOAWAY, 0, 0, lastStream));
    await seenSecond.closed;
    expect(second.resetCode).toBe(H2_ERROR.REFUSED_STREAM);
    expect(goaway).toBe(0);
    expect(h2.goingAway).toBe(true);
    expect(() => h2.request(REQUEST)).toThrow(/closing/);
    expect(first.closed).toBe(false);
    // the first one's answer still comes, and the connection ends after it, without an error
    peer.send(
      h2Frame(HEADERS, END_HEADERS, 1, STATUS_200),
      h2Frame(DATA, 0, 1, Buffer.from('answer')),
      h2Frame(HEADERS, END_HEADERS | END_STREAM, 1, literal('grpc-status', '0')),
    );
    await seenFirst.closed;
    expect(Buffer.concat(seenFirst.body).toString()).toBe('answer');
    expect(seenFirst.events).toEqual(['headers', 'data', 'trailers', 'end', 'close']);
    expect(await closed).toBeUndefined();
    expect(h2.ended).toBe(true);
  });

  test('RST_STREAM NO_ERROR after a complete answer keeps what a paused reader holds; another code closes the stream at once', async () => {
    const peer = await rawPeer();
    const h2 = await dial(peer.where);
    const stream = h2.request(REQUEST);
    const seen = watch(stream);
    stream.pause();
    stream.write(Buffer.alloc(10)); // a request the server does not wait for
    await until(() => peer.rx.of(HEADERS).length === 1, 'the request');
    peer.send(
      h2Frame(HEADERS, END_HEADERS, 1, STATUS_200),
      h2Frame(DATA, 0, 1, Buffer.from('whole answer')),
      h2Frame(HEADERS, END_HEADERS | END_STREAM, 1, literal('grpc-status', '0')),
      h2Frame(RST_STREAM, 0, 1, Buffer.alloc(4)),
    );
    await until(() => stream.resetCode !== undefined, 'the reset');
    expect(stream.closed).toBe(false);
    expect(seen.events).toEqual([]);
    stream.resume();
    await seen.closed;
    expect(seen.events).toEqual(['headers', 'data', 'trailers', 'end', 'close']);
    expect(Buffer.concat(seen.body).toString()).toBe('whole answer');
    // no END_STREAM or reset of ours follows: the server has all it wants
    await sleep(50);
    expect(peer.rx.of(RST_STREAM, 1)).toEqual([]);
    expect(peer.rx.of(DATA, 1).filter((f) => f.flags & END_STREAM)).toEqual([]);

    const other = h2.request(REQUEST);
    const seenOther = watch(other);
    other.pause();
    await until(() => peer.rx.of(HEADERS).length === 2, 'the second request');
    const cancel = Buffer.alloc(4);
    cancel.writeUInt32BE(H2_ERROR.CANCEL);
    peer.send(h2Frame(HEADERS, END_HEADERS, 3, STATUS_200), h2Frame(RST_STREAM, 0, 3, cancel));
    await seenOther.closed;
    expect(other.resetCode).toBe(H2_ERROR.CANCEL);
    expect(seenOther.events).toEqual(['close']);
  });

  test.each([
    ['a PUSH_PROMISE (push is off)', h2Frame(PUSH_PROMISE, END_HEADERS, 1, Buffer.from([0, 0, 0, 2, 0x82]))],
    ['HEADERS on a stream never opened', h2Frame(HEADERS, END_HEADERS, 5, STATUS_200)],
    ['HEADERS on a server stream (even id)', h2Frame(HEADERS, END_HEADERS, 2, STATUS_200)],
    ['DATA on a stream never opened', h2Frame(DATA, 0, 7, Buffer.from('x'))],
  ])(
    '%s ends the connection: GOAWAY PROTOCOL_ERROR, the open stream closed, onclose with the error',
    async (_, bad) => {
      const peer = await rawPeer();
      const h2 = await dial(peer.where);
      const closed = new Promise<Error | undefined>((resolve) => (h2.onclose = resolve));
      const stream = h2.request(REQUEST);
      const seen = watch(stream);
      await until(() => peer.rx.of(HEADERS).length === 1, 'the request');
      peer.send(bad);
      expect((await closed)?.message).toMatch(/HTTP\/2 protocol error/);
      await seen.closed;
      expect(stream.resetCode).toBeUndefined();
      await until(() => peer.rx.of(GOAWAY).length === 1, 'the GOAWAY');
      expect(peer.rx.of(GOAWAY)[0].payload!.readUInt32BE(4)).toBe(0x1);
      expect(h2.error?.message).toMatch(/HTTP\/2 protocol error/);
    },
  );

  test('the answer of a stream the client reset is read and dropped (the header table stays in step)', async () => {
    const peer = await rawPeer();
    const h2 = await dial(peer.where);
    const first = h2.request(REQUEST);
    first.reset();
    const second = h2.request(REQUEST);
    second.end();
    const seen = watch(second);
    await until(() => peer.rx.of(HEADERS).length === 2, 'both requests');
    expect(peer.rx.of(RST_STREAM, 1).map((f) => f.payload!.readUInt32BE(0))).toEqual([H2_ERROR.CANCEL]);
    // an answer to the first crossed our reset; it adds "x-seen: 1" to the header table (incremental indexing)
    const indexed = Buffer.concat([Buffer.from([0x40, 6]), Buffer.from('x-seen'), Buffer.from([1]), Buffer.from('1')]);
    peer.send(
      h2Frame(HEADERS, END_HEADERS, 1, Buffer.concat([STATUS_200, indexed])),
      h2Frame(DATA, END_STREAM, 1, Buffer.from('late')),
      // the second's answer uses that entry (dynamic index 62)
      h2Frame(HEADERS, END_HEADERS | END_STREAM, 3, Buffer.concat([STATUS_200, Buffer.from([0x80 | 62])])),
    );
    await seen.closed;
    expect(seen.headers).toEqual([{ fields: expect.objectContaining({ 'x-seen': '1' }), endStream: true }]);
    expect(h2.ended).toBe(false);
  });

  test("streams beyond the server's MAX_CONCURRENT_STREAMS wait for a slot, and open in order as others close", async () => {
    // dockerd's /grpc (x/net's HTTP/2 server) allows 250 streams and resets one over that with PROTOCOL_ERROR
    const server = http2.createServer({ settings: { maxConcurrentStreams: 2 } });
    let open = 0;
    let most = 0;
    const seenIds: number[] = [];
    server.on('stream', (s) => {
      most = Math.max(most, ++open);
      seenIds.push(s.id!);
      s.on('data', () => {});
      s.on('end', () =>
        setTimeout(() => {
          open--;
          s.respond({ ':status': 200 }, { endStream: true });
        }, 30),
      );
    });
    const h2 = await dial(await listen(server));
    const streams = Array.from({ length: 5 }, () => h2.request(REQUEST));
    const seen = streams.map((stream, i) => {
      const w = watch(stream);
      stream.write(Buffer.from(`request ${i}`));
      stream.end();
      return w;
    });
    // the first two open at once; the others wait, their writes queued, without an id yet
    expect(streams.map((s) => s.id)).toEqual([1, 3, 0, 0, 0]);
    await Promise.all(seen.map((w) => w.closed));
    expect(streams.map((s) => s.resetCode)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(seen.map((w) => w.headers[0]?.fields[':status'])).toEqual(['200', '200', '200', '200', '200']);
    expect(streams.map((s) => s.id)).toEqual([1, 3, 5, 7, 9]);
    expect(seenIds).toEqual([1, 3, 5, 7, 9]);
    expect(most).toBe(2);
    expect(h2.ended).toBe(false);
  });

  test('stream ids past one byte go out whole: 200 requests in turn, each answered on its own id', async () => {
    const server = http2.createServer();
    const seenIds: number[] = [];
    server.on('stream', (s) => {
      seenIds.push(s.id!);
      s.on('data', () => {});
      s.on('end', () => s.respond({ ':status': 200 }, { endStream: true }));
    });
    const h2 = await dial(await listen(server));
    for (let i = 0; i < 200; i++) {
      const stream = h2.request(REQUEST);
      const seen = watch(stream);
      stream.write(Buffer.from(`request ${i}`));
      stream.end();
      await seen.closed;
      expect(seen.headers[0]?.fields[':status']).toBe('200');
    }
    expect(seenIds.at(-1)).toBe(399);
    expect(seenIds).toEqual(Array.from({ length: 200 }, (_, i) => 2 * i + 1));
  });

  test('close() lets the streams still waiting for a slot open in turn, and ends the connection after the last', async () => {
    const server = http2.createServer({ settings: { maxConcurrentStreams: 1 } });
    const seenIds: number[] = [];
    server.on('stream', (s) => {
      seenIds.push(s.id!);
      s.on('data', () => {});
      s.on('end', () => setTimeout(() => s.respond({ ':status': 200 }, { endStream: true }), 20));
    });
    // dial() returns once the server's SETTINGS came: the limit of 1 is known
    const h2 = await dial(await listen(server));
    const streams = Array.from({ length: 3 }, () => h2.request(REQUEST));
    const seen = streams.map((stream) => {
      const w = watch(stream);
      stream.end();
      return w;
    });
    expect(streams.map((s) => s.id)).toEqual([1, 0, 0]);
    h2.close();
    expect(() => h2.request(REQUEST)).toThrow(/closing/);
    await Promise.all(seen.map((w) => w.closed));
    expect(seen.map((w) => w.headers[0]?.fields[':status'])).toEqual(['200', '200', '200']);
    expect(streams.map((s) => s.resetCode)).toEqual([undefined, undefined, undefined]);
    expect(seenIds).toEqual([1, 3, 5]);
    await until(() => h2.ended, 'the connection to end');
    expect(h2.error).toBeUndefined();
    // a waiting stream left behind would hang: fail in seconds, not at the suite's two minutes
  }, 10_000);

  test('a waiting stream that is reset goes without a trace; GOAWAY refuses the waiting ones', async () => {
    const peer = await rawPeer();
    const limit = Buffer.alloc(6);
    limit.writeUInt16BE(0x3, 0); // MAX_CONCURRENT_STREAMS
    limit.writeUInt32BE(1, 2);
    peer.send(h2Frame(SETTINGS, 0, 0, limit));
    const h2 = await dial(peer.where);
    // both of the server's SETTINGS acknowledged: the limit of 1 is known
    await until(() => peer.rx.of(SETTINGS).filter((f) => f.flags & ACK).length === 2, 'the ACKs');
    const first = h2.request(REQUEST);
    const second = h2.request(REQUEST);
    const third = h2.request(REQUEST);
    const seenSecond = watch(second);
    const seenThird = watch(third);
    expect([first.id, second.id, third.id]).toEqual([1, 0, 0]);
    second.reset();
    await seenSecond.closed;
    const lastStream = Buffer.alloc(8);
    lastStream.writeUInt32BE(1, 0);
    peer.send(h2Frame(GOAWAY, 0, 0, lastStream));
    await seenThird.closed;
    expect(third.resetCode).toBe(H2_ERROR.REFUSED_STREAM);
    await sleep(30);
    // nothing was sent for the two that never opened
    expect(peer.rx.of(HEADERS).map((f) => f.streamId)).toEqual([1]);
    expect(peer.rx.of(RST_STREAM)).toEqual([]);
  });

  test("a stream refused by GOAWAY is told so while the connection still stands; the connection's onclose comes last", async () => {
    const peer = await rawPeer();
    const h2 = await dial(peer.where);
    const order: string[] = [];
    h2.onclose = () => order.push('connection');
    const stream = h2.request(REQUEST);
    stream.onclose = () => order.push(`stream (connection ended: ${h2.ended})`);
    await until(() => peer.rx.of(HEADERS).length === 1, 'the request');
    peer.send(h2Frame(GOAWAY, 0, 0, Buffer.alloc(8)));
    await until(() => order.length === 2, 'both to close');
    expect(order).toEqual(['stream (connection ended: false)', 'connection']);
    expect(stream.resetCode).toBe(H2_ERROR.REFUSED_STREAM);
  });

  test('headers HPACK cannot send throw before anything is sent or registered', async () => {
    const peer = await rawPeer();
    const h2 = await dial(peer.where);
    expect(() => h2.request([...REQUEST, ['x-name', 'проект']])).toThrow(/U\+00FF/);
    const stream = h2.request(REQUEST);
    stream.end();
    await until(() => peer.rx.of(HEADERS).length === 1, 'the request');
    expect(stream.id).toBe(1);
    h2.close();
    await sleep(10);
    // the failed request left nothing open: the connection could end
    expect(h2.ended).toBe(false);
    stream.reset();
    await until(() => h2.ended, 'the connection to end');
  });

  test("a write after the server's RST_STREAM NO_ERROR is not queued, and its callback is called at once", async () => {
    const peer = await rawPeer();
    const h2 = await dial(peer.where);
    const stream = h2.request(REQUEST);
    watch(stream);
    stream.pause();
    await until(() => peer.rx.of(HEADERS).length === 1, 'the request');
    peer.send(
      h2Frame(HEADERS, END_HEADERS | END_STREAM, 1, Buffer.concat([STATUS_200, literal('grpc-status', '0')])),
      h2Frame(RST_STREAM, 0, 1, Buffer.alloc(4)),
    );
    await until(() => stream.resetCode !== undefined, 'the reset');
    expect(stream.writable).toBe(false);
    let called = false;
    stream.write(Buffer.from('late'), () => (called = true));
    expect(called).toBe(true);
    stream.resume();
    expect(stream.closed).toBe(true);
  });
});
