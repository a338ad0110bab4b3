/**
 * The session's containerd content store (content-store.ts) on the session's own gRPC server, driven by grpc-js's
 * client the way containerd's proxy client (what BuildKit uses through session/content) drives it: a Write stream
 * negotiated with STAT, then WRITE chunks, then COMMIT with size and digest; ReaderAt as Read calls with offset and
 * size; the store chosen by the `buildkit-attachable-store-id` header.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serviceDefinition } from '../../../../src/buildkit/proto/grpc-service.js';
import { CONTENT_SERVICE, WriteAction } from '../../../../src/buildkit/proto/content.pb.js';
import { ContentStoreService, STORE_ID_HEADER } from '../../../../src/buildkit/session/content-store.js';
import { RpcServer } from '../../../../src/buildkit/grpc/server.js';

let tmp: string;
let layoutA: string;
let layoutB: string;
let server: RpcServer;
let service: ContentStoreService;
let listener: net.Server;
let client: ContentClient;

type Unary = (
  req: object,
  md: grpc.Metadata,
  cb: (err: grpc.ServiceError | null, res?: Record<string, unknown>) => void,
) => void;
type ContentClient = grpc.Client & {
  Info: Unary;
  Update: Unary;
  Delete: Unary;
  Status: Unary;
  ListStatuses: Unary;
  Abort: Unary;
  List(req: object, md: grpc.Metadata): grpc.ClientReadableStream<Record<string, unknown>>;
  Read(req: object, md: grpc.Metadata): grpc.ClientReadableStream<Record<string, unknown>>;
  Write(md: grpc.Metadata): grpc.ClientDuplexStream<object, Record<string, unknown>>;
};

const sha256 = (b: Buffer | string) => `sha256:${crypto.createHash('sha256').update(b).digest('hex')}`;
const md = (id?: string) => {
  const m = new grpc.Metadata();
  if (id !== undefined) m.set(STORE_ID_HEADER, id);
  return m;
};
const unary = (fn: Unary, req: object, meta: grpc.Metadata) =>
  new Promise<{ err: grpc.ServiceError | null; res?: Record<string, unknown> }>((resolve) =>
    fn.call(client, req, meta, (err, res) => resolve({ err, res })),
  );

function collect(
  stream: grpc.ClientReadableStream<Record<string, unknown>>,
): Promise<{ messages: Array<Record<string, unknown>>; err?: grpc.ServiceError }> {
  return new Promise((resolve) => {
    const messages: Array<Record<string, unknown>> = [];
    stream.on('data', (m: Record<string, unknown>) => messages.push(m));
    stream.on('error', (err: grpc.ServiceError) => resolve({ messages, err }));
    stream.on('end', () => resolve({ messages }));
  });
}

/** containerd's remoteWriter: one request, one response, in lock step. */
class Writer {
  private readonly responses: Array<Record<string, unknown>> = [];
  private waiting?: (r: { res?: Record<string, unknown>; err?: grpc.ServiceError }) => void;
  private failure?: grpc.ServiceError;
  private ended = false;
  readonly stream: grpc.ClientDuplexStream<object, Record<string, unknown>>;

  constructor(id: string, via: ContentClient = client) {
    this.stream = via.Write(md(id));
    this.stream.on('data', (m: Record<string, unknown>) => {
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = undefined;
        w({ res: m });
      } else this.responses.push(m);
    });
    this.stream.on('error', (err: grpc.ServiceError) => {
      this.failure = err;
      this.waiting?.({ err });
    });
    this.stream.on('end', () => {
      this.ended = true;
      this.waiting?.({});
    });
  }

  send(req: object): Promise<{ res?: Record<string, unknown>; err?: grpc.ServiceError }> {
    this.stream.write(req);
    if (this.responses.length) return Promise.resolve({ res: this.responses.shift() });
    if (this.failure) return Promise.resolve({ err: this.failure });
    if (this.ended) return Promise.resolve({});
    return new Promise((resolve) => (this.waiting = resolve));
  }

  close(): Promise<void> {
    this.stream.end();
    return new Promise((resolve) => {
      if (this.ended || this.failure) resolve();
      else {
        this.stream.on('end', () => resolve());
        this.stream.on('error', () => resolve());
        this.stream.on('status', () => resolve());
      }
    });
  }
}

/** content.WriteBlob through the proxy: negotiate, write in chunks, commit. */
async function writeBlob(
  id: string,
  ref: string,
  data: Buffer,
  chunk = 1000,
): Promise<{ err?: grpc.ServiceError; digest?: string }> {
  const w = new Writer(id);
  const expected = sha256(data);
  const stat = await w.send({ action: WriteAction.STAT, ref, total: data.length, expected });
  if (stat.err) return { err: stat.err };
  let offset = Number(stat.res!.offset ?? 0);
  while (offset < data.length) {
    const r = await w.send({ action: WriteAction.WRITE, offset, data: data.subarray(offset, offset + chunk) });
    if (r.err) return { err: r.err };
    offset = Number(r.res!.offset);
  }
  const c = await w.send({ action: WriteAction.COMMIT, total: data.length, offset, expected });
  await w.close();
  if (c.err) return { err: c.err };
  return { digest: String(c.res!.digest) };
}

function putBlob(dir: string, data: Buffer | string): string {
  const d = sha256(data);
  const p = path.join(dir, 'blobs', 'sha256', d.slice(7));
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return d;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'content-store-'));
  layoutA = path.join(tmp, 'a');
  layoutB = path.join(tmp, 'b');
  fs.mkdirSync(layoutA);
  service = new ContentStoreService({ 'local:a': layoutA, 'oci:b': layoutB, 'local:/same/a': layoutA });
  server = new RpcServer();
  server.addService(serviceDefinition(CONTENT_SERVICE), service.handlers());
  const sock = path.join(tmp, 's.sock');
  listener = net.createServer((s) => server.serve(s));
  await new Promise<void>((resolve) => listener.listen(sock, resolve));
  const Client = grpc.makeGenericClientConstructor(serviceDefinition(CONTENT_SERVICE), 'Content');
  client = new Client(`unix://${sock}`, grpc.credentials.createInsecure()) as unknown as ContentClient;
});

afterAll(() => {
  client.close();
  server.close();
  listener.close();
  service.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('content store: choosing a store', () => {
  test('a call without the store-id header is INVALID_ARGUMENT; an unknown store NOT_FOUND', async () => {
    const d = putBlob(layoutA, 'x');
    const none = await unary(client.Info, { digest: d }, md());
    expect(none.err?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(none.err?.details).toContain(STORE_ID_HEADER);
    const unknown = await unary(client.Info, { digest: d }, md('local:nope'));
    expect(unknown.err?.code).toBe(grpc.status.NOT_FOUND);
    expect(unknown.err?.details).toBe('unknown store local:nope');
    expect((await unary(client.Info, { digest: d }, md('local:a'))).res?.info).toMatchObject({ digest: d, size: '1' });
    // two ids for one directory see the same blobs
    expect((await unary(client.Info, { digest: d }, md('local:/same/a'))).err).toBeNull();
    expect((await unary(client.Info, { digest: d }, md('oci:b'))).err?.code).toBe(grpc.status.NOT_FOUND);
  });
});

describe('content store: reading', () => {
  const data = crypto.randomBytes(3 * 1024 * 1024 + 17);
  let digest: string;
  beforeAll(() => {
    digest = putBlob(layoutA, data);
  });

  test('Info gives size and times; a missing blob is NOT_FOUND; a malformed digest INVALID_ARGUMENT', async () => {
    const { res } = await unary(client.Info, { digest }, md('local:a'));
    const info = res!.info as Record<string, unknown>;
    expect(info.digest).toBe(digest);
    expect(Number(info.size)).toBe(data.length);
    expect(Number((info.created_at as { seconds: string }).seconds)).toBeGreaterThan(1_600_000_000);
    const missing = await unary(client.Info, { digest: sha256('missing') }, md('local:a'));
    expect(missing.err?.code).toBe(grpc.status.NOT_FOUND);
    expect(missing.err?.details).toBe(`content ${sha256('missing')}: not found`);
    expect((await unary(client.Info, { digest: 'sha256:../../etc/passwd' }, md('local:a'))).err?.code).toBe(
      grpc.status.INVALID_ARGUMENT,
    );
  });

  test('Read streams the whole blob in 1 MiB messages, or a window (offset, size), clipped at the end', async () => {
    const all = await collect(client.Read({ digest }, md('local:a')));
    expect(all.err).toBeUndefined();
    expect(all.messages.length).toBe(4);
    expect(Buffer.concat(all.messages.map((m) => m.data as Buffer)).equals(data)).toBe(true);
    expect(all.messages.map((m) => Number(m.offset ?? 0))).toEqual([0, 1 << 20, 2 << 20, 3 << 20]);

    const window = await collect(client.Read({ digest, offset: 1000, size: 5000 }, md('local:a')));
    expect(Buffer.concat(window.messages.map((m) => m.data as Buffer)).equals(data.subarray(1000, 6000))).toBe(true);
    const tail = await collect(client.Read({ digest, offset: data.length - 10, size: 100 }, md('local:a')));
    expect(Buffer.concat(tail.messages.map((m) => m.data as Buffer)).equals(data.subarray(data.length - 10))).toBe(
      true,
    );
    const atEnd = await collect(client.Read({ digest, offset: data.length }, md('local:a')));
    expect(atEnd).toEqual({ messages: [] });
    const past = await collect(client.Read({ digest, offset: data.length + 1 }, md('local:a')));
    expect(past.err?.code).toBe(grpc.status.OUT_OF_RANGE);
    const missing = await collect(client.Read({ digest: sha256('nope') }, md('local:a')));
    expect(missing.err?.code).toBe(grpc.status.NOT_FOUND);
  });

  test('a reader that cancels after what it needed (ReaderAt) leaves the server fine', async () => {
    const stream = client.Read({ digest, offset: 0, size: data.length }, md('local:a'));
    stream.on('error', () => {});
    await new Promise<void>((resolve) => stream.once('data', () => resolve()));
    stream.cancel();
    await new Promise((r) => setTimeout(r, 50));
    const again = await collect(client.Read({ digest, offset: 7, size: 3 }, md('local:a')));
    expect(Buffer.concat(again.messages.map((m) => m.data as Buffer)).equals(data.subarray(7, 10))).toBe(true);
  });

  test('List streams every blob; filters are refused; Update is refused like a local store without labels', async () => {
    const listed = await collect(client.List({}, md('local:a')));
    expect(listed.err).toBeUndefined();
    const digests = listed.messages.flatMap((m) => (m.info as Array<{ digest: string }>).map((i) => i.digest));
    expect(digests).toContain(digest);
    expect((await collect(client.List({ filters: ['digest==x'] }, md('local:a')))).err?.code).toBe(
      grpc.status.INVALID_ARGUMENT,
    );
    expect((await collect(client.List({}, md('oci:b')))).messages).toEqual([]);
    const upd = await unary(client.Update, { info: { digest, labels: { a: 'b' } } }, md('local:a'));
    expect(upd.err?.code).toBe(grpc.status.FAILED_PRECONDITION);
  });

  test('Delete removes a blob, then NOT_FOUND', async () => {
    const d = putBlob(layoutA, 'to delete');
    expect((await unary(client.Delete, { digest: d }, md('local:a'))).err).toBeNull();
    expect(fs.existsSync(path.join(layoutA, 'blobs/sha256', d.slice(7)))).toBe(false);
    expect((await unary(client.Delete, { digest: d }, md('local:a'))).err?.code).toBe(grpc.status.NOT_FOUND);
  });
});

describe('content store: writing', () => {
  test('a negotiated write commits into blobs/sha256, read-only, in a directory made on demand', async () => {
    const data = crypto.randomBytes(250_000);
    const r = await writeBlob('oci:b', 'ref-1', data, 64 * 1024);
    expect(r).toEqual({ digest: sha256(data) });
    const p = path.join(layoutB, 'blobs/sha256', sha256(data).slice(7));
    expect(fs.readFileSync(p).equals(data)).toBe(true);
    expect(fs.statSync(p).mode & 0o222).toBe(0);
    // nothing left behind in ingest/
    expect(fs.readdirSync(path.join(layoutB, 'ingest'))).toEqual([]);
    expect(service.stats()['oci:b']).toMatchObject({ commits: 1, bytesWritten: data.length });
  });

  test('an expected digest that is already stored answers ALREADY_EXISTS at once (the daemon sends nothing)', async () => {
    const data = Buffer.from('already here');
    putBlob(layoutA, data);
    const r = await writeBlob('local:a', 'ref-2', data);
    expect(r.err?.code).toBe(grpc.status.ALREADY_EXISTS);
  });

  test('a commit whose digest or size differs is FAILED_PRECONDITION and stores nothing', async () => {
    const w = new Writer('local:a');
    await w.send({ action: WriteAction.STAT, ref: 'ref-bad' });
    await w.send({ action: WriteAction.WRITE, offset: 0, data: Buffer.from('hello') });
    const c = await w.send({ action: WriteAction.COMMIT, total: 5, offset: 5, expected: sha256('world') });
    expect(c.err?.code).toBe(grpc.status.FAILED_PRECONDITION);
    expect(c.err?.details).toContain(`unexpected commit digest ${sha256('hello')}, expected ${sha256('world')}`);
    expect(fs.existsSync(path.join(layoutA, 'blobs/sha256', sha256('hello').slice(7)))).toBe(false);
    const w2 = new Writer('local:a');
    await w2.send({ action: WriteAction.STAT, ref: 'ref-size' });
    await w2.send({ action: WriteAction.WRITE, offset: 0, data: Buffer.from('abc') });
    expect((await w2.send({ action: WriteAction.COMMIT, total: 4, offset: 3 })).err?.code).toBe(
      grpc.status.FAILED_PRECONDITION,
    );
  });

  test('a write at the wrong offset is OUT_OF_RANGE; offset 0 starts over; the first message needs a ref', async () => {
    const w = new Writer('local:a');
    await w.send({ action: WriteAction.STAT, ref: 'ref-off' });
    expect((await w.send({ action: WriteAction.WRITE, offset: 0, data: Buffer.from('garbage') })).res?.offset).toBe(
      '7',
    );
    // offset 0 again truncates (containerd's "MUST support resetting this value to zero")
    const restart = await w.send({ action: WriteAction.WRITE, offset: 0, data: Buffer.from('good') });
    expect(restart.res).toMatchObject({ offset: '4', digest: sha256('good') });
    expect((await w.send({ action: WriteAction.WRITE, offset: 9, data: Buffer.from('x') })).err?.code).toBe(
      grpc.status.OUT_OF_RANGE,
    );
    const noRef = new Writer('local:a');
    expect((await noRef.send({ action: WriteAction.STAT })).err?.code).toBe(grpc.status.INVALID_ARGUMENT);
  });

  test('another session serving the same directory meets the same locks: a second writer of a ref waits, it does not reset the ingest', async () => {
    // two targets exporting one local cache at once: each target's session has its own service over the directory
    const other = new ContentStoreService({ 'local:other': `${layoutA}/` });
    const server2 = new RpcServer();
    server2.addService(serviceDefinition(CONTENT_SERVICE), other.handlers());
    const sock2 = path.join(tmp, 's2.sock');
    const listener2 = net.createServer((s) => server2.serve(s));
    await new Promise<void>((resolve) => listener2.listen(sock2, resolve));
    const Client = grpc.makeGenericClientConstructor(serviceDefinition(CONTENT_SERVICE), 'Content');
    const client2 = new Client(`unix://${sock2}`, grpc.credentials.createInsecure()) as unknown as ContentClient;
    try {
      const data = Buffer.from('shared layer');
      const first = new Writer('local:a');
      await first.send({ action: WriteAction.STAT, ref: 'ref-shared', total: data.length });
      await first.send({ action: WriteAction.WRITE, offset: 0, data: data.subarray(0, 4) });
      const second = new Writer('local:other', client2);
      expect((await second.send({ action: WriteAction.STAT, ref: 'ref-shared' })).err?.code).toBe(
        grpc.status.UNAVAILABLE,
      );
      await first.send({ action: WriteAction.WRITE, offset: 4, data: data.subarray(4) });
      const c = await first.send({ action: WriteAction.COMMIT, total: data.length, offset: data.length });
      expect(c.res?.digest).toBe(sha256(data));
      await first.close();
      // closing one service keeps the store the other still serves
      other.close();
      expect(fs.readFileSync(path.join(layoutA, 'blobs/sha256', sha256(data).slice(7))).equals(data)).toBe(true);
    } finally {
      client2.close();
      server2.close();
      listener2.close();
    }
  });

  test('a ref held by one stream is UNAVAILABLE to another; a stream ending early leaves the ingest to resume', async () => {
    const data = Buffer.from('0123456789abcdef');
    const first = new Writer('local:a');
    const st = await first.send({ action: WriteAction.STAT, ref: 'ref-lock', total: data.length });
    expect([Number(st.res?.offset ?? 0), st.res?.total]).toEqual([0, '16']);
    await first.send({ action: WriteAction.WRITE, offset: 0, data: data.subarray(0, 6) });
    const second = new Writer('local:a');
    const locked = await second.send({ action: WriteAction.STAT, ref: 'ref-lock' });
    expect(locked.err?.code).toBe(grpc.status.UNAVAILABLE);
    await first.close();
    await new Promise((r) => setTimeout(r, 50));
    // Status and ListStatuses show the open ingest
    const status = await unary(client.Status, { ref: 'ref-lock' }, md('local:a'));
    expect(status.res?.status).toMatchObject({ ref: 'ref-lock', offset: '6', total: '16' });
    const list = await unary(client.ListStatuses, {}, md('local:a'));
    expect((list.res?.statuses as Array<{ ref: string }>).map((s) => s.ref)).toContain('ref-lock');
    // a new stream resumes at offset 6
    const third = new Writer('local:a');
    const resumed = await third.send({ action: WriteAction.STAT, ref: 'ref-lock', total: data.length });
    expect(resumed.res?.offset).toBe('6');
    await third.send({ action: WriteAction.WRITE, offset: 6, data: data.subarray(6) });
    const c = await third.send({
      action: WriteAction.COMMIT,
      total: data.length,
      offset: data.length,
      expected: sha256(data),
    });
    expect(c.res).toMatchObject({ digest: sha256(data), offset: String(data.length) });
    await third.close();
    expect((await unary(client.Status, { ref: 'ref-lock' }, md('local:a'))).err?.code).toBe(grpc.status.NOT_FOUND);
  });

  test('Abort drops an open ingest; an unknown ref is NOT_FOUND', async () => {
    const w = new Writer('local:a');
    await w.send({ action: WriteAction.STAT, ref: 'ref-abort' });
    await w.send({ action: WriteAction.WRITE, offset: 0, data: Buffer.from('partial') });
    await w.close();
    await new Promise((r) => setTimeout(r, 50));
    expect((await unary(client.Abort, { ref: 'ref-abort' }, md('local:a'))).err).toBeNull();
    expect((await unary(client.Status, { ref: 'ref-abort' }, md('local:a'))).err?.code).toBe(grpc.status.NOT_FOUND);
    expect((await unary(client.Abort, { ref: 'ref-abort' }, md('local:a'))).err?.code).toBe(grpc.status.NOT_FOUND);
  });

  test('one message can write and commit', async () => {
    const data = Buffer.from('single shot');
    const w = new Writer('local:a');
    const r = await w.send({
      action: WriteAction.COMMIT,
      ref: 'ref-one',
      total: data.length,
      expected: sha256(data),
      data,
    });
    expect(r.res).toMatchObject({ action: WriteAction.COMMIT, digest: sha256(data), offset: String(data.length) });
    await w.close();
    expect(fs.readFileSync(path.join(layoutA, 'blobs/sha256', sha256(data).slice(7))).equals(data)).toBe(true);
  });
});
