/**
 * A native socket in front of a session tunnel made with grpc-js (CallTunnel: the `Control.Session` call of a daemon
 * reached through a command's stdio, ssh:// and the like).
 *
 * Node runs HTTP/2 over a JS Duplex through JSStreamSocket, which hands the server's writes to the tunnel one at a
 * time, and grpc-js completes a call's write only once it has gone out: a file transfer of tens of thousands of small
 * packets then crawls at one write per turn, each wrapped in its own tunnel message. Handing the session's HTTP/2
 * server one end of a private unix socket connection instead, with the other end piped to the tunnel, lets writes
 * complete natively, and the tunnel carries what accumulated in the socket in large chunks.
 *
 * The node:http2 tunnel (H2CallTunnel, every daemon reached over a socket) is served as it is: it frames everything
 * written since its last write into one HTTP/2 write and completes at once, and the extra hop through the kernel cost
 * more than it saved (bench, Node 24, standalone buildkitd: 1 GiB cold context 7.7 -> 4.6 s wall and 7.2 -> 3.1 s
 * client CPU; 20k-file cold context 4.6-6.0 -> 3.9-4.4 s; fan-out 1.08 -> 1.03 s; docs/benchmarks.md round 5).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { H2CallTunnel } from '../transport/tunnel.js';

/**
 * What the session's HTTP/2 server runs on: `tunnel` itself when it is a socket or the node:http2 tunnel; else the
 * near end of a socket pair whose far end is piped to it.
 */
export async function serverSocketFor(tunnel: Duplex): Promise<Duplex> {
  if (tunnel instanceof net.Socket || tunnel instanceof H2CallTunnel) return tunnel;
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
