/**
 * A native socket in front of a session tunnel that is only a JS stream (the `Control.Session` call of a buildkitd).
 *
 * Node runs HTTP/2 over a JS Duplex through JSStreamSocket, which completes every write one event-loop turn later,
 * and grpc-js sends the next message of a stream only once the previous write completed: a file transfer, tens of
 * thousands of small packets, then crawls at one packet per turn, each wrapped in its own tunnel message. Handing
 * the session's HTTP/2 server one end of a private unix socket connection instead, with the other end piped to the
 * tunnel, lets writes complete natively, and the tunnel carries what accumulated in the socket in large chunks.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';

/** `tunnel` itself when it already is a socket; else the near end of a socket pair whose far end is piped to it. */
export async function nativeSocketFor(tunnel: Duplex): Promise<Duplex> {
  if (tunnel instanceof net.Socket) return tunnel;
  const dir = await mkdtemp(join(tmpdir(), 'bakekit-session-'));
  const path = process.platform === 'win32' ? `\\\\.\\pipe\\${dir.replace(/[\\/:]/g, '-')}` : join(dir, 's.sock');
  const server = net.createServer();
  try {
    const accepted = new Promise<net.Socket>((resolve, reject) => {
      server.once('connection', resolve);
      server.once('error', reject);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => resolve());
    });
    const near = net.connect(path);
    const far = await accepted;
    near.setNoDelay?.(true);
    splice(far, tunnel);
    return near;
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Pipes `socket` and `tunnel` both ways; either one ending or closing ends or closes the other. */
function splice(socket: net.Socket, tunnel: Duplex): void {
  socket.pipe(tunnel);
  tunnel.pipe(socket);
  socket.on('error', () => tunnel.destroy());
  tunnel.on('error', () => socket.destroy());
  socket.on('close', () => tunnel.destroy());
  tunnel.on('close', () => socket.destroy());
}
