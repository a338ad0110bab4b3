/**
 * FileSync and FileSend served by the session's RpcServer (registered the way the session does it, with
 * `definition ?? serviceDefinition(serviceName)`), driven by a grpc-js client playing the daemon: a second,
 * independent gRPC implementation checks our framing, statuses and trailers.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import * as grpc from '@grpc/grpc-js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { objectCodec, rawCodec, streamChannel } from '../../../../src/buildkit/fsutil/channel.js';
import { receiveTree } from '../../../../src/buildkit/fsutil/receiver.js';
import { sendTree } from '../../../../src/buildkit/fsutil/sender.js';
import { resolveRoot, openTreeWalk } from '../../../../src/buildkit/fsutil/walker.js';
import { decodeBytesMessage, encodeBytesMessage } from '../../../../src/buildkit/proto/filesync.js';
import { FILE_SEND_SERVICE, FILE_SYNC_SERVICE } from '../../../../src/buildkit/proto/filesync.pb.js';
import { PacketType } from '../../../../src/buildkit/proto/fsutil.js';
import type { Packet } from '../../../../src/buildkit/proto/fsutil.pb.js';
import { serviceDefinition } from '../../../../src/buildkit/proto/grpc-service.js';
import {
  FileSend,
  rawFileSendDefinition,
  slicedBytesMessageData,
  type FileSendTarget,
} from '../../../../src/buildkit/session/filesend.js';
import { FileSync } from '../../../../src/buildkit/session/filesync.js';
import { RpcServer } from '../../../../src/buildkit/grpc/server.js';
import { describeTree, makeTree, tempDir } from '../fsutil/helpers.js';

type Call = grpc.ClientDuplexStream<unknown, unknown>;

let tmp: ReturnType<typeof tempDir>;
let server: RpcServer;
let listener: net.Server;
let address: string;
let fileSync: FileSync;
let fileSend: FileSend;
let sendTargets: FileSendTarget[];
const writableMd: Record<string, string>[] = [];
let writableSink: PassThrough | null;

beforeAll(async () => {
  tmp = tempDir('fsutil-session-');
  await makeTree(path.join(tmp.dir, 'ctx'), {
    Dockerfile: 'FROM scratch\nCOPY . /\n',
    'app.log': 'noise',
    'keep.log': 'keep me',
    'é.txt': 'accent',
    'src/main.go': 'package main\n',
    'src/big.bin': Buffer.alloc(200_000, 7),
    dflink: { link: 'docker/Dockerfile.real' },
    'docker/Dockerfile.real': 'FROM busybox\n',
  });
  sendTargets = [
    { mode: 'dir', path: path.join(tmp.dir, 'out-dir') },
    { mode: 'file', path: path.join(tmp.dir, 'nested/out.tar') },
    {
      mode: 'writable',
      open: (md) => {
        writableMd.push(md);
        return writableSink;
      },
    },
    { mode: 'dir', path: path.join(tmp.dir, 'mirror-dir'), mirror: true },
  ];
  fileSync = new FileSync({ context: path.join(tmp.dir, 'ctx'), missing: path.join(tmp.dir, 'nope') });
  fileSend = new FileSend(sendTargets);
  server = new RpcServer();
  server.addService(fileSync.definition ?? serviceDefinition(fileSync.serviceName), fileSync.handlers());
  server.addService(fileSend.definition, fileSend.handlers());
  const socketPath = path.join(tmp.dir, 'grpc.sock');
  address = `unix://${socketPath}`;
  listener = net.createServer((socket) => server.serve(socket));
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(socketPath, resolve);
  });
});
afterAll(() => {
  server.close();
  listener.close();
  tmp.cleanup();
});

let dest: string;
beforeEach(async () => {
  dest = await fsp.mkdtemp(path.join(tmp.dir, 'dest-'));
});
afterEach(() => {});

function statusOf(call: Call): Promise<grpc.StatusObject> {
  return new Promise((resolve) => {
    call.on('status', resolve);
    call.on('error', () => {}); // reported through 'status'
  });
}

function syncCall(md: Record<string, string | string[]>): Call {
  const Client = grpc.makeGenericClientConstructor(serviceDefinition(FILE_SYNC_SERVICE), 'FileSync');
  const client = new Client(address, grpc.credentials.createInsecure());
  const metadata = new grpc.Metadata();
  for (const [k, v] of Object.entries(md)) for (const x of [v].flat()) metadata.add(k, x);
  return (client as unknown as { DiffCopy(md: grpc.Metadata): Call }).DiffCopy(metadata);
}

describe('FileSync.DiffCopy', () => {
  it('advertises only DiffCopy', () => {
    expect(fileSync.advertisedMethods).toEqual(['DiffCopy']);
    expect(Object.keys(fileSync.handlers())).toEqual(['DiffCopy']);
  });

  it('sends the named directory with repeated exclude patterns (joined by grpc-js) applied', async () => {
    const call = syncCall({ 'dir-name': 'context', 'exclude-patterns': ['*.log', '!keep.log', 'docker'] });
    const status = statusOf(call);
    const received = await receiveTree(streamChannel(call, objectCodec), dest);
    call.end();
    expect((await status).code).toBe(grpc.status.OK);
    expect(Object.keys(await describeTree(dest)).sort()).toEqual(
      ['Dockerfile', 'dflink', 'keep.log', 'src', 'src/big.bin', 'src/main.go', 'é.txt'].sort(),
    );
    expect(received.files).toBe(5);
  });

  it('decodes URL-escaped followpaths and resolves symlinks in them', async () => {
    const call = syncCall({
      'dir-name': 'context',
      followpaths: [encodeURIComponent('é.txt'), 'dflink', 'Dockerfile.dockerignore'],
      'followpaths-encoded': '1',
    });
    const status = statusOf(call);
    await receiveTree(streamChannel(call, objectCodec), dest);
    call.end();
    expect((await status).code).toBe(grpc.status.OK);
    expect(Object.keys(await describeTree(dest)).sort()).toEqual(
      ['dflink', 'docker', 'docker/Dockerfile.real', 'é.txt'].sort(),
    );
  });

  it('counts only the content the daemon requested', async () => {
    const before = fileSync.stats().context;
    const call = syncCall({ 'dir-name': 'context', followpaths: ['src'] });
    const status = statusOf(call);
    const channel = streamChannel(call, objectCodec);
    const packets = channel.receive();
    const listing: Packet[] = [];
    for (let p = (await packets.next()).value as Packet; p.stat; p = (await packets.next()).value as Packet)
      listing.push(p);
    expect(listing.map((p) => p.stat!.path)).toEqual(['src', 'src/big.bin', 'src/main.go']);
    expect(listing[1].stat!.size).toBe('200000'); // int64 as a decimal string
    await channel.send({ type: PacketType.REQ, ID: 1 }); // src/big.bin only
    let bytes = 0;
    for (;;) {
      const p = (await packets.next()).value as Packet;
      if (!p.data?.length) break;
      bytes += p.data.length;
    }
    expect(bytes).toBe(200_000);
    await channel.send({ type: PacketType.FIN });
    expect(((await packets.next()).value as Packet).type).toBe(PacketType.FIN);
    call.end();
    expect((await status).code).toBe(grpc.status.OK);
    expect(fileSync.stats().context).toEqual({
      requests: before.requests + 1,
      filesSent: before.filesSent + 1,
      bytesSent: before.bytesSent + 200_000,
    });
  });

  it('answers NOT_FOUND for an unknown dir-name or a missing directory', async () => {
    let call = syncCall({ 'dir-name': 'other' });
    let status = await statusOf(call);
    expect(status.code).toBe(grpc.status.NOT_FOUND);
    expect(status.details).toMatch(/no access allowed to dir "other".*"context"/);
    call = syncCall({ 'dir-name': 'missing' });
    status = await statusOf(call);
    expect(status.code).toBe(grpc.status.NOT_FOUND);
    expect(status.details).toMatch(/"missing".*does not exist/);
  });

  it('answers INVALID_ARGUMENT for a malformed pattern', async () => {
    const status = await statusOf(syncCall({ 'dir-name': 'context', 'exclude-patterns': '[' }));
    expect(status.code).toBe(grpc.status.INVALID_ARGUMENT);
  });
});

function sendCall(md: Record<string, string> = {}): Call {
  const Client = grpc.makeGenericClientConstructor(rawFileSendDefinition(), 'FileSend');
  const client = new Client(address, grpc.credentials.createInsecure());
  const metadata = new grpc.Metadata();
  for (const [k, v] of Object.entries(md)) metadata.set(k, v);
  return (client as unknown as { DiffCopy(md: grpc.Metadata): Call }).DiffCopy(metadata);
}

describe('slicedBytesMessageData', () => {
  const cut = (bytes: Buffer, at: number[]) =>
    [0, ...at, bytes.length].slice(1).map((end, i, ends) => bytes.subarray(i ? ends[i - 1] : 0, end));

  it('keeps data that runs past the first slice as views of the slices, and joins anything else', () => {
    const data = randomBytes(40_000);
    const bytes = encodeBytesMessage(data); // 0a, a 3-byte length, the data
    for (const at of [[16_384], [4], [100, 30_000]]) {
      const out = slicedBytesMessageData(cut(bytes, at));
      expect(Array.isArray(out)).toBe(true);
      expect(Buffer.concat(out as Buffer[]).equals(data)).toBe(true);
      for (const slice of out as Buffer[]) expect(slice.buffer).toBe(bytes.buffer);
    }
    // the length cut short by the slice, or a field after the data: decoded whole, as decodeBytesMessage does
    expect(slicedBytesMessageData(cut(bytes, [2])) as Buffer).toEqual(data);
    const withMore = Buffer.concat([bytes, Buffer.from([0x10, 0x01])]);
    expect(slicedBytesMessageData(cut(withMore, [16_384])) as Buffer).toEqual(decodeBytesMessage(withMore));
  });
});

describe('FileSend.DiffCopy', () => {
  it('brings its own raw-frame definition; the registry keeps the typed one', () => {
    const b = Buffer.from([8, 1, 24, 5]);
    expect(fileSend.definition.DiffCopy.requestDeserialize(b)).toBe(b);
    expect(fileSend.definition.DiffCopy.responseSerialize(b)).toBe(b);
    expect(serviceDefinition(FILE_SEND_SERVICE).DiffCopy.requestDeserialize(b)).not.toBe(b);
  });

  it('receives a local export; concurrent per-platform streams merge into the destination', async () => {
    const src = path.join(tmp.dir, 'export-src');
    await makeTree(src, {
      'linux_amd64/bin/app': 'amd64 binary',
      'linux_amd64/etc/conf': 'x',
      'linux_arm64/bin/app': 'arm64 binary',
    });
    const root = await resolveRoot(src);
    const streams = ['linux_amd64', 'linux_arm64'].map(async (platform) => {
      const call = sendCall(); // no exporter id ⇒ exporter 0
      const status = statusOf(call);
      await sendTree(streamChannel(call, rawCodec), root, openTreeWalk(root, { includePatterns: [platform] }));
      call.end();
      return status;
    });
    for (const s of await Promise.all(streams)) expect(s.code).toBe(grpc.status.OK);
    const outDir = (sendTargets[0] as { path: string }).path;
    expect(await describeTree(outDir)).toEqual(await describeTree(src));
    expect(fileSend.stats()[0]).toMatchObject({ streams: 2, files: 3 });
  });

  it('writes a tarball stream to a file (exporter id 1)', async () => {
    const call = sendCall({ 'buildkit-attachable-exporter-id': '1' });
    const status = statusOf(call);
    const chunks = [Buffer.from('first '), Buffer.alloc(100_000, 1), Buffer.from(' last')];
    for (const c of chunks) call.write(encodeBytesMessage(c));
    call.end();
    expect((await status).code).toBe(grpc.status.OK);
    expect(Buffer.compare(await fsp.readFile(path.join(tmp.dir, 'nested/out.tar')), Buffer.concat(chunks))).toBe(0);
  });

  it('streams into a caller-opened Writable with the exporter metadata, or answers ALREADY_EXISTS', async () => {
    writableSink = new PassThrough();
    const collected: Buffer[] = [];
    writableSink.on('data', (d: Buffer) => collected.push(d));
    let call = sendCall({ 'buildkit-attachable-exporter-id': '2', 'exporter-md-image.name': 'example:latest' });
    let status = statusOf(call);
    // a chunk over HTTP/2's 16 KiB DATA frames too: it reaches the handler in slices (slicedBytesMessageData)
    const large = randomBytes(70_000);
    call.write(encodeBytesMessage(Buffer.from('tar bytes')));
    call.write(encodeBytesMessage(large));
    call.end();
    expect((await status).code).toBe(grpc.status.OK);
    expect(Buffer.concat(collected).equals(Buffer.concat([Buffer.from('tar bytes'), large]))).toBe(true);
    expect(writableMd.at(-1)).toEqual({ 'image.name': 'example:latest' });

    writableSink = null;
    call = sendCall({ 'buildkit-attachable-exporter-id': '2' });
    status = statusOf(call);
    call.end();
    expect((await status).code).toBe(grpc.status.ALREADY_EXISTS);
  });

  it('mode=delete: refused unless the daemon sends the whole export in one stream (buildkit-exporter-multi-platform), then mirrors it', async () => {
    const mirrorDir = (sendTargets[3] as { path: string }).path;
    await makeTree(mirrorDir, { 'stale/old.txt': 'from an earlier build', 'app.txt': 'old' });
    const src = path.join(tmp.dir, 'mirror-src');
    await makeTree(src, { 'app.txt': 'new', 'lib/x': 'x' });
    const root = await resolveRoot(src);
    const send = async (md: Record<string, string>) => {
      const call = sendCall({ 'buildkit-attachable-exporter-id': '3', ...md });
      const status = statusOf(call);
      await sendTree(streamChannel(call, rawCodec), root, openTreeWalk(root)).catch(() => {});
      call.end();
      return status;
    };

    // a daemon older than BuildKit v0.31: nothing is touched
    const refused = await send({});
    expect(refused.code).toBe(grpc.status.FAILED_PRECONDITION);
    expect(refused.details).toMatch(/mode=delete needs BuildKit v0\.31 or later/);
    expect(await describeTree(mirrorDir)).toEqual({
      'app.txt': expect.stringMatching(/^file 644 3 /),
      stale: expect.stringMatching(/^dir/),
      'stale/old.txt': expect.stringMatching(/^file/),
    });

    const accepted = await send({ 'buildkit-exporter-multi-platform': '1' });
    expect(accepted.code).toBe(grpc.status.OK);
    expect(await describeTree(mirrorDir)).toEqual(await describeTree(src));
  });

  it('fails for an unknown exporter id', async () => {
    const status = await statusOf(sendCall({ 'buildkit-attachable-exporter-id': '9' }));
    expect(status.code).toBe(grpc.status.NOT_FOUND);
    expect(status.details).toMatch(/exporter 9/);
  });
});
