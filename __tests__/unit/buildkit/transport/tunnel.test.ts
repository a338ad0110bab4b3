/**
 * H2CallTunnel against a local HTTP/2 server standing in for the daemon's Control.Session: the session's bytes both
 * ways in BytesMessages, a refused call reported with its (percent-decoded) grpc-message, a call the daemon fails
 * with its status, and one lost without a status as UNAVAILABLE; what one read brought handed on as one chunk, joined
 * into new memory for a reader of its Readable; and the window the daemon may send ahead in when nothing reads.
 */
import * as http2 from 'node:http2';
import * as net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { H2CallTunnel } from '../../../../src/buildkit/transport/tunnel.js';
import { sleep, until } from '../../../support/until.js';
import { FrameDecoder } from '../../../../src/buildkit/grpc/framing.js';
import { Code, StatusError } from '../../../../src/buildkit/grpc/status.js';
import { decodeMessage, encodeMessage } from '../../../../src/buildkit/proto/registry.js';

const servers: http2.Http2Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

async function daemon(
  onStream: (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => void,
): Promise<() => Promise<net.Socket>> {
  const server = http2.createServer();
  servers.push(server);
  server.on('stream', onStream);
  // as the transports' TCP sockets are (connect.ts): no Nagle delay on small frames
  server.on('connection', (socket: net.Socket) => socket.setNoDelay(true));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return () =>
    new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket)).setNoDelay(true);
      socket.once('error', reject);
    });
}

/** One gRPC message (5-byte prefix) holding a BytesMessage. */
function frame(data: Buffer): Buffer {
  const body = encodeMessage('moby.buildkit.v1.BytesMessage', { data });
  const prefix = Buffer.alloc(5);
  prefix.writeUInt32BE(body.length, 1);
  return Buffer.concat([prefix, body]);
}

/** Calls `onData` with the data of every BytesMessage the tunnel sends on `stream`, as the daemon reads them. */
function onBytesMessages(stream: http2.ServerHttp2Stream, onData: (data: Buffer) => void): void {
  const decoder = new FrameDecoder();
  stream.on('data', (chunk: Buffer) => {
    for (const m of decoder.push(chunk))
      onData(decodeMessage<{ data?: Buffer }>('moby.buildkit.v1.BytesMessage', m).data ?? Buffer.alloc(0));
  });
}

describe('H2CallTunnel', () => {
  it('carries bytes both ways as BytesMessages on Control/Session, with the session headers', async () => {
    let seen: http2.IncomingHttpHeaders | undefined;
    const received: Buffer[] = [];
    const dial = await daemon((stream, headers) => {
      seen = headers;
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' });
      onBytesMessages(stream, (data) => received.push(data));
      stream.on('end', () => stream.end());
      stream.write(frame(Buffer.from('from the daemon')));
    });
    const tunnel = new H2CallTunnel(await dial(), [
      ['X-Docker-Expose-Session-Uuid', 'abc'],
      ['X-Docker-Expose-Session-Grpc-Method', '/a'],
      ['X-Docker-Expose-Session-Grpc-Method', '/b'],
    ]);
    await tunnel.accepted(5000);
    const big = Buffer.alloc(200_000, 7); // a length needing a 3-byte varint
    tunnel.write(Buffer.from('hello'));
    tunnel.write(big);
    const first = await new Promise<Buffer>((resolve) => tunnel.once('data', resolve));
    expect(first.toString()).toBe('from the daemon');
    tunnel.end();
    await new Promise((resolve) => tunnel.once('close', resolve));
    expect(seen?.[':path']).toBe('/moby.buildkit.v1.Control/Session');
    expect(seen?.['x-docker-expose-session-uuid']).toBe('abc');
    expect(seen?.['x-docker-expose-session-grpc-method']).toBe('/a, /b');
    expect(Buffer.concat(received)).toEqual(Buffer.concat([Buffer.from('hello'), big]));
  });

  it('sends a batch of writes as BytesMessages of at most 1 MiB each, the bytes in order', async () => {
    const sizes: number[] = [];
    const received: Buffer[] = [];
    const dial = await daemon((stream) => {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' });
      onBytesMessages(stream, (data) => {
        sizes.push(data.length);
        received.push(data);
      });
      stream.on('end', () => stream.end());
    });
    const tunnel = new H2CallTunnel(await dial(), []);
    await tunnel.accepted(5000);
    tunnel.resume(); // nothing comes from the daemon; its end must be read for the tunnel to close
    // what the session's HTTP/2 writes in one go: 9-byte frame headers, 16 KiB DATA payloads, and larger pieces
    const chunks: Buffer[] = [];
    for (let i = 0; i < 200; i++) {
      chunks.push(Buffer.alloc(9, i), Buffer.alloc(i % 7 === 0 ? 300_000 : 16_384, 255 - i));
    }
    tunnel.cork();
    for (const c of chunks) tunnel.write(c);
    tunnel.uncork();
    tunnel.end();
    await new Promise((resolve) => tunnel.once('close', resolve));
    expect(Buffer.concat(received).equals(Buffer.concat(chunks))).toBe(true);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1024 * 1024);
    expect(sizes.length).toBeLessThan(chunks.length / 10); // joined, not one message per chunk
  });

  it('reports a refused call with its grpc-message, a malformed percent-encoding as it came', async () => {
    for (const [sent, shown] of [
      ['no%20such%20session', 'no such session'],
      ['bad %ZZ encoding', 'bad %ZZ encoding'],
    ]) {
      const dial = await daemon((stream) => {
        stream.respond(
          { ':status': 200, 'content-type': 'application/grpc', 'grpc-status': '13', 'grpc-message': sent },
          { endStream: true },
        );
      });
      const tunnel = new H2CallTunnel(await dial(), []);
      await expect(tunnel.accepted(5000)).rejects.toThrow(`${shown} (gRPC status 13)`);
      tunnel.destroy();
    }
  });

  it('fails with the status the daemon ends the call with, or UNAVAILABLE when the connection goes without one', async () => {
    for (const end of ['trailers', 'connection'] as const) {
      const dial = await daemon((stream) => {
        stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
        stream.on('wantTrailers', () =>
          stream.sendTrailers({ 'grpc-status': '13', 'grpc-message': 'session%20ended' }),
        );
        setTimeout(() => (end === 'trailers' ? stream.end() : stream.session?.destroy()), 50);
      });
      const tunnel = new H2CallTunnel(await dial(), []);
      tunnel.resume();
      await tunnel.accepted(5000);
      const err = await new Promise<Error>((resolve) => tunnel.once('error', resolve));
      expect(err).toBeInstanceOf(StatusError);
      if (end === 'trailers') expect(err).toMatchObject({ code: Code.INTERNAL, details: 'session ended' });
      else expect((err as StatusError).code).toBe(Code.UNAVAILABLE);
      tunnel.destroy();
    }
  });
  it('hands on the messages of one read as one chunk, in order, not a push per message', async () => {
    // The daemon's messages straddle the call's 16 KiB DATA frames: a push per message slice was a pass through two
    // readable streams and a read of the session's HTTP/2 parser each (tunnel.ts handOn).
    const messages = Array.from({ length: 40 }, (_, i) => Buffer.alloc(1000 + i * 900, i));
    const dial = await daemon((stream) => {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' });
      stream.write(Buffer.concat(messages.map(frame)), () => stream.end());
    });
    const tunnel = new H2CallTunnel(await dial(), []);
    await tunnel.accepted(5000);
    const chunks: Buffer[] = [];
    tunnel.on('data', (d: Buffer) => chunks.push(d));
    await new Promise((resolve) => tunnel.once('end', resolve));
    expect(Buffer.concat(chunks).equals(Buffer.concat(messages))).toBe(true);
    // 40 messages, ~740 KB in 16 KiB DATA frames: one chunk per turn of the event loop, never one per message
    expect(chunks.length).toBeLessThan(messages.length / 2);
    tunnel.destroy();
  });
  it('hands a slice reader every slice in order as it comes, and nothing through its Readable', async () => {
    // grpc/h2-connection.ts reads the tunnel this way: the daemon's messages as slices of what arrived, no join, no push.
    const messages = Array.from({ length: 160 }, (_, i) => Buffer.alloc(100 + ((i * 937) % 30_000), i));
    const total = messages.reduce((n, m) => n + m.length, 0);
    const dial = await daemon((stream) => {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' });
      void (async () => {
        for (let i = 0; i < messages.length; i += 2) {
          stream.write(Buffer.concat([frame(messages[i]), frame(messages[i + 1])]));
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
      })();
    });
    const tunnel = new H2CallTunnel(await dial(), []);
    const pushed: Buffer[] = [];
    tunnel.on('data', (d: Buffer) => pushed.push(d));
    const slices: Buffer[] = [];
    let received = 0;
    const all = new Promise<void>((resolve) =>
      tunnel.readSlices((s) => {
        for (const slice of s) {
          slices.push(slice);
          if ((received += slice.length) === total) resolve();
        }
      }),
    );
    await tunnel.accepted(5000);
    await all;
    expect(Buffer.concat(slices).equals(Buffer.concat(messages))).toBe(true);
    // slices of the call's DATA, not one joined chunk per turn: more of them than messages sent in a write
    expect(slices.length).toBeGreaterThanOrEqual(messages.length);
    expect(pushed).toEqual([]);
    tunnel.destroy();
  });

  it('joins into new memory for a reader that keeps its chunks (not told otherwise)', async () => {
    const messages = Array.from({ length: 60 }, (_, i) => Buffer.alloc(1000 + i * 900, i));
    const dial = await daemon((stream) => {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' });
      stream.write(Buffer.concat(messages.map(frame)), () => stream.end());
    });
    const tunnel = new H2CallTunnel(await dial(), []);
    await tunnel.accepted(5000);
    const kept: Buffer[] = [];
    tunnel.on('data', (d: Buffer) => kept.push(d));
    await new Promise((resolve) => tunnel.once('end', resolve));
    expect(Buffer.concat(kept).equals(Buffer.concat(messages))).toBe(true);
    tunnel.destroy();
  });

  it('lets the daemon send a stream window (4 MiB) ahead of a reader that stopped, no more; all of it once read', async () => {
    // A bulk export is the daemon writing into the tunnel: with HTTP/2's 64 KiB windows it would wait for a
    // WINDOW_UPDATE every 32 KiB (node:http2 widened them after 4 MiB, until round 34); the connection announces 4 MiB
    // per stream from the start. A reader that stops must still stop the daemon, at that window.
    const blocks = Array.from({ length: 192 }, (_, i) => Buffer.alloc(32 * 1024 - 16, i)); // ~6 MiB in all
    const dial = await daemon((stream) => {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' });
      for (const b of blocks) stream.write(frame(b));
    });
    const socket = await dial();
    // what the daemon sent, counted as it arrives (node:http2's write callbacks say nothing about the window)
    let arrived = 0;
    socket.on('data', (d: Buffer) => (arrived += d.length));
    const tunnel = new H2CallTunnel(socket, []);
    tunnel.pause();
    await tunnel.accepted(5000);
    // the window filled, however long a slow host takes to get there; then a moment to show that nothing more comes
    await until(() => arrived > 4 * 1024 * 1024, 'the daemon to fill the stream window', 10_000);
    await sleep(300);
    // the window, and what the tunnel's Readable took in before it paused the call (its high-water mark, a turn's read)
    expect(arrived).toBeGreaterThan(4 * 1024 * 1024);
    expect(arrived).toBeLessThan(4.5 * 1024 * 1024);
    const got: Buffer[] = [];
    const total = blocks.reduce((n, b) => n + b.length, 0);
    let size = 0;
    await new Promise<void>((resolve) => {
      tunnel.on('data', (d: Buffer) => {
        got.push(d);
        if ((size += d.length) >= total) resolve();
      });
      tunnel.resume();
    });
    expect(arrived).toBeGreaterThan(total);
    // (Buffer.equals: a deep toEqual of 6 MB takes seconds)
    expect(Buffer.concat(got).equals(Buffer.concat(blocks))).toBe(true);
    tunnel.destroy();
  });
});
