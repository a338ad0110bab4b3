/**
 * The session's gRPC server (node:http2, grpc/server.ts) driven by grpc-js's client — an independent implementation
 * of the protocol checks framing, statuses, trailers-only errors, percent-encoded messages and cancellation.
 */
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defineProto } from '../../../../src/buildkit/proto/define.js';
import { root } from '../../../../src/buildkit/proto/registry.js';
import { rawStreamDefinition, serviceDefinition } from '../../../../src/buildkit/proto/grpc-service.js';
import { RpcServer, ServerCall as ServerCallClass, type ServerCall } from '../../../../src/buildkit/grpc/server.js';
import { encodeFrames } from '../../../../src/buildkit/grpc/framing.js';

defineProto(
  `
syntax = "proto3";
package bakekit.rpcservertest.v1;
message Msg { string text = 1; }
service Echo { rpc Say(Msg) returns (Msg); rpc Fail(Msg) returns (Msg); rpc Throw(Msg) returns (Msg); rpc Many(Msg) returns (stream Msg); }
`,
  root,
);

const ECHO = 'bakekit.rpcservertest.v1.Echo';
/** What the Burst service writes in one batch: frames on both sides of the size sent without a copy (32 KiB). */
const BURST = [1, 40_000, 3, 5, 300_000, 32 * 1024, 32 * 1024 - 1, 7, 100_000].map((n, i) => Buffer.alloc(n, i + 1));
/** What the Framed service sends: a message, three framed together, a large one on its own, two framed together. */
const FRAMED_SEQUENCE = [3, 10, 0, 20, 100_000, 7, 9].map((n, i) => Buffer.alloc(n, i + 1));
let dir: string;
let server: RpcServer;
let listener: net.Server;
let address: string;
const cancelled: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rpc-server-'));
  server = new RpcServer();
  server.addService(serviceDefinition(ECHO), {
    Say: (call: ServerCall, cb: (e: unknown, v?: unknown) => void) =>
      cb(null, { text: `echo ${(call.request as { text: string }).text} ${call.metadata.get('x-tag').join('|')}` }),
    Fail: (_call: ServerCall, cb: (e: unknown, v?: unknown) => void) =>
      cb({ code: grpc.status.NOT_FOUND, details: 'nothing here: é 100%' }),
    Throw: () => {
      throw new Error('handler blew up');
    },
    Many: (call: ServerCall) => {
      const n = Number((call.request as { text: string }).text);
      for (let i = 0; i < n; i++) call.write({ text: String(i) });
      call.end();
    },
  } as unknown as grpc.UntypedServiceImplementation);
  // A raw bidi stream: echoes every frame, counts bytes, and reports cancellation.
  server.addService(rawStreamDefinition('bakekit.rpcservertest.v1.Raw', 'Pipe'), {
    Pipe: (call: ServerCall) => {
      call.on('cancelled', () => cancelled.push(call.metadata.get('x-name')[0] ?? ''));
      call.on('data', (b: Buffer) => {
        if (b.length === 0) call.end();
        else call.write(b);
      });
    },
  } as unknown as grpc.UntypedServiceImplementation);
  // A raw stream that answers any frame with BURST written at once: small frames and large ones in one write batch.
  server.addService(rawStreamDefinition('bakekit.rpcservertest.v1.Burst', 'Pipe'), {
    Pipe: (call: ServerCall) => {
      call.once('data', () => {
        call.cork();
        for (const b of BURST) call.write(b);
        call.uncork();
        call.end();
      });
    },
  } as unknown as grpc.UntypedServiceImplementation);
  // A raw stream that answers with messages written one by one and batches framed already (writeFramed) between
  // them, in one write batch (corked) or each on its own: the first frame's first byte says which.
  server.addService(rawStreamDefinition('bakekit.rpcservertest.v1.Framed', 'Pipe'), {
    Pipe: (call: ServerCall) => {
      call.once('data', (b: Buffer) => {
        const corked = b[0] === 1;
        if (corked) call.cork();
        call.write(FRAMED_SEQUENCE[0]);
        call.writeFramed(encodeFrames(FRAMED_SEQUENCE.slice(1, 4)), 3);
        call.write(FRAMED_SEQUENCE[4]);
        call.writeFramed(encodeFrames(FRAMED_SEQUENCE.slice(5)), FRAMED_SEQUENCE.length - 5);
        if (corked) call.uncork();
        call.end();
      });
    },
  } as unknown as grpc.UntypedServiceImplementation);
  // A raw stream whose handler asks for large messages in slices: answers each with a flag (1: it came in slices)
  // and its bytes joined back.
  server.addService(rawStreamDefinition('bakekit.rpcservertest.v1.Sliced', 'Pipe'), {
    Pipe: (call: ServerCall) => {
      call.deliverSliced(16 * 1024);
      call.on('data', (m: Buffer | Buffer[]) => {
        const bytes = Array.isArray(m) ? Buffer.concat(m) : m;
        if (bytes.length === 0) call.end();
        else call.write(Buffer.concat([Buffer.from([Array.isArray(m) ? 1 : 0]), bytes]));
      });
    },
  } as unknown as grpc.UntypedServiceImplementation);
  const sock = path.join(dir, 's.sock');
  address = `unix://${sock}`;
  listener = net.createServer((s) => server.serve(s));
  await new Promise<void>((resolve) => listener.listen(sock, resolve));
});

afterAll(() => {
  server.close();
  listener.close();
  rmSync(dir, { recursive: true, force: true });
});

type Unary = (
  req: object,
  md: grpc.Metadata,
  cb: (err: grpc.ServiceError | null, res?: { text?: string }) => void,
) => void;
function echoClient() {
  const Client = grpc.makeGenericClientConstructor(serviceDefinition(ECHO), 'Echo');
  return new Client(address, grpc.credentials.createInsecure()) as unknown as grpc.Client & {
    Say: Unary;
    Fail: Unary;
    Throw: Unary;
    Many(req: object): grpc.ClientReadableStream<{ text?: string }>;
  };
}
/** A client of the raw stream method `Pipe` of service `bakekit.rpcservertest.v1.<service>` at `target`. */
function rawClient(service = 'Raw', target = address) {
  const Client = grpc.makeGenericClientConstructor(
    rawStreamDefinition(`bakekit.rpcservertest.v1.${service}`, 'Pipe'),
    service,
  );
  return new Client(target, grpc.credentials.createInsecure()) as unknown as grpc.Client & {
    Pipe(md: grpc.Metadata): grpc.ClientDuplexStream<Buffer, Buffer>;
  };
}
const call = (fn: Unary, req: object, md = new grpc.Metadata()) =>
  new Promise<{ err: grpc.ServiceError | null; res?: { text?: string } }>((resolve) =>
    fn(req, md, (err, res) => resolve({ err, res })),
  );

describe('RpcServer', () => {
  test('reads a stream that hands on its slices (the session tunnel) through readSlices, not its Readable', async () => {
    // grpc/h2-connection.ts takes the tunnel's slices as they come (transport/tunnel.ts readSlices); a socket, or any
    // other stream, is read by its 'data' events. Both must answer the client's preface with the server's SETTINGS.
    const s = new RpcServer();
    let reader: ((slices: readonly Buffer[]) => void) | undefined;
    const sliced = Object.assign(new PassThrough(), {
      readSlices: (r: (slices: readonly Buffer[]) => void) => (reader = r),
    });
    const written: Buffer[] = [];
    sliced.on('data', (b: Buffer) => written.push(b));
    s.serve(sliced);
    expect(reader).toBeTypeOf('function');
    const settingsSent = written.length;
    expect(settingsSent).toBeGreaterThan(0); // the server speaks first: its SETTINGS
    // the client's preface and an empty SETTINGS, given as two slices: the server acknowledges them
    const preface = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');
    reader!([preface, Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0])]);
    await new Promise((resolve) => setImmediate(resolve));
    const ack = Buffer.concat(written.slice(settingsSent));
    expect([...ack.subarray(0, 9)]).toEqual([0, 0, 0, 4, 1, 0, 0, 0, 0]);
    s.close();
  });

  test('unary request and response, with metadata (a repeated header arrives joined)', async () => {
    const c = echoClient();
    const md = new grpc.Metadata();
    md.add('x-tag', 'a');
    md.add('x-tag', 'b');
    const { err, res } = await call(c.Say.bind(c), { text: 'hi' }, md);
    expect(err).toBeNull();
    expect(res?.text).toBe('echo hi a, b');
    c.close();
  });

  test('errors reach the client with their code and a percent-encoded message that decodes back', async () => {
    const c = echoClient();
    const failed = await call(c.Fail.bind(c), { text: '' });
    expect(failed.err?.code).toBe(grpc.status.NOT_FOUND);
    expect(failed.err?.details).toBe('nothing here: é 100%');
    const thrown = await call(c.Throw.bind(c), { text: '' });
    expect(thrown.err?.code).toBe(grpc.status.UNKNOWN);
    expect(thrown.err?.details).toBe('handler blew up');
    c.close();
  });

  test('an unknown method is UNIMPLEMENTED', async () => {
    const c = rawClient('Nope');
    const stream = c.Pipe(new grpc.Metadata());
    const err = await new Promise<grpc.ServiceError>((resolve) => stream.on('error', resolve));
    expect(err.code).toBe(grpc.status.UNIMPLEMENTED);
    expect(err.details).toMatch(/unknown method \/bakekit.rpcservertest.v1.Nope\/Pipe/);
    c.close();
  });

  test('a server stream delivers every message in order, then OK', async () => {
    const c = echoClient();
    const got: string[] = [];
    const stream = c.Many({ text: '5000' });
    stream.on('data', (m: { text?: string }) => got.push(m.text ?? ''));
    const status = await new Promise<grpc.StatusObject>((resolve) => stream.on('status', resolve));
    expect(status.code).toBe(grpc.status.OK);
    expect(got).toEqual(Array.from({ length: 5000 }, (_, i) => String(i)));
    c.close();
  });

  test('a bidi stream echoes small and multi-MiB frames intact', async () => {
    const c = rawClient();
    const stream = c.Pipe(new grpc.Metadata());
    const frames = [
      Buffer.from('a'),
      Buffer.alloc(3 * 1024 * 1024 + 7, 9),
      ...Array.from({ length: 2000 }, (_, i) => Buffer.from(`frame ${i}`)),
    ];
    const got: Buffer[] = [];
    stream.on('data', (b: Buffer) => got.push(b));
    const status = new Promise<grpc.StatusObject>((resolve) => stream.on('status', resolve));
    for (const f of frames) stream.write(f);
    stream.write(Buffer.alloc(0));
    stream.end();
    expect((await status).code).toBe(grpc.status.OK);
    expect(got.length).toBe(frames.length);
    expect(Buffer.concat(got).equals(Buffer.concat(frames))).toBe(true);
    c.close();
  });

  test('a handler that asks for them gets a large message in the slices it came in, a small one whole', async () => {
    const c = rawClient('Sliced');
    const stream = c.Pipe(new grpc.Metadata());
    // 40,000 bytes cross HTTP/2's 16 KiB DATA frames; 100 and 10,000 bytes are under the 16 KiB asked for
    const frames = [Buffer.alloc(100, 1), randomBytes(40_000), Buffer.alloc(10_000, 3), randomBytes(100_000)];
    const got: Buffer[] = [];
    stream.on('data', (b: Buffer) => got.push(b));
    const status = new Promise<grpc.StatusObject>((resolve) => stream.on('status', resolve));
    for (const f of frames) stream.write(f);
    stream.write(Buffer.alloc(0));
    stream.end();
    expect((await status).code).toBe(grpc.status.OK);
    expect(got.map((b) => b[0])).toEqual([0, 1, 0, 1]);
    expect(got.map((b) => b.subarray(1).toString('hex'))).toEqual(frames.map((f) => f.toString('hex')));
    c.close();
  });

  test('a batch of small and large frames written at once arrives whole and in order', async () => {
    const c = rawClient('Burst');
    const stream = c.Pipe(new grpc.Metadata());
    const got: Buffer[] = [];
    stream.on('data', (b: Buffer) => got.push(b));
    const status = new Promise<grpc.StatusObject>((resolve) => stream.on('status', resolve));
    stream.write(Buffer.from('go'));
    stream.end();
    expect((await status).code).toBe(grpc.status.OK);
    expect(got.map((b) => b.length)).toEqual(BURST.map((b) => b.length));
    expect(Buffer.concat(got).equals(Buffer.concat(BURST))).toBe(true);
    c.close();
  });

  test('batches framed already (writeFramed) go out as the messages they hold, in order with the others', async () => {
    for (const corked of [true, false]) {
      const c = rawClient('Framed');
      const stream = c.Pipe(new grpc.Metadata());
      const got: Buffer[] = [];
      stream.on('data', (b: Buffer) => got.push(b));
      const status = new Promise<grpc.StatusObject>((resolve) => stream.on('status', resolve));
      stream.write(Buffer.from([corked ? 1 : 0]));
      stream.end();
      expect((await status).code).toBe(grpc.status.OK);
      expect(got.map((b) => b.length)).toEqual(FRAMED_SEQUENCE.map((b) => b.length));
      expect(Buffer.concat(got).equals(Buffer.concat(FRAMED_SEQUENCE))).toBe(true);
      c.close();
    }
  });

  test('writeFramed refuses a chunk said to hold no message (it would go out without its frames)', () => {
    const call = Object.create(ServerCallClass.prototype) as ServerCall;
    expect(() => call.writeFramed(Buffer.alloc(5), 0)).toThrow(RangeError);
  });

  test('a client cancelling a stream is seen by the handler as "cancelled"', async () => {
    const c = rawClient();
    const md = new grpc.Metadata();
    md.set('x-name', 'to-cancel');
    const stream = c.Pipe(md);
    stream.on('error', () => {});
    stream.write(Buffer.from('x'));
    await new Promise((resolve) => stream.once('data', resolve));
    stream.cancel();
    await expect.poll(() => cancelled).toContain('to-cancel');
    c.close();
  });

  test('a closed server refuses new calls and cancels running ones', async () => {
    const s = new RpcServer();
    let seen: ServerCall | undefined;
    s.addService(rawStreamDefinition('bakekit.rpcservertest.v1.Raw', 'Pipe'), {
      Pipe: (c: ServerCall) => {
        seen = c;
        c.write(Buffer.from('started'));
      },
    } as unknown as grpc.UntypedServiceImplementation);
    const sock = path.join(dir, 'closing.sock');
    const l = net.createServer((x) => s.serve(x));
    await new Promise<void>((resolve) => l.listen(sock, resolve));
    const c = rawClient('Raw', `unix://${sock}`);
    const stream = c.Pipe(new grpc.Metadata());
    const failed = new Promise<grpc.ServiceError>((resolve) => stream.on('error', resolve));
    await new Promise((resolve) => stream.once('data', resolve));
    let cancelledEvent = false;
    seen!.on('cancelled', () => (cancelledEvent = true));
    s.close();
    expect((await failed).code).not.toBe(grpc.status.OK);
    expect(cancelledEvent).toBe(true);
    c.close();
    l.close();
  });
});
