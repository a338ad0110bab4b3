/**
 * A recording proxy in front of the Docker Engine's API socket, for differential tests on the Engine's BuildKit: a
 * client pointed at it (DOCKER_HOST=unix://<socketPath>) talks to dockerd through it, and what it asks BuildKit for is
 * recorded as SolveRecorder records it for a standalone daemon.
 *
 * dockerd serves BuildKit over HTTP upgrades (api/server/router/grpc, router/session; buildx's docker driver and
 * bakekit's docker:// alike):
 *  - `POST /grpc` (`Upgrade: h2c`) becomes an HTTP/2 connection on which dockerd serves Control and LLBBridge. The
 *    proxy makes the same upgrade upstream, answers the client's with dockerd's 101, and hands both sockets to a
 *    SolveRecorder, which forwards and records every stream as it does for buildkitd;
 *  - `POST /session` becomes a connection on which dockerd is the HTTP/2 client of the client's session server
 *    (buildx's sessions; bakekit's too, except those whose id a later run reuses, which are Control/Session calls over
 *    /grpc: transport/connect.ts). Its request headers (`X-Docker-Expose-Session-*`) are recorded as the session; its
 *    bytes are passed through;
 *  - every other request (`/_ping`, `/version`, `/info`, `/images/load`…) is passed through byte for byte, and so is
 *    the rest of its connection (keep-alive requests on it are not looked at: upgrades come on connections of their
 *    own, as both Go's and our Docker clients dial them).
 * Written for tests: an HTTP/1.1 request head is read by hand (up to the blank line), which is all the routing needs.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { listenOn, SolveRecorder, type Recording } from './solve-recorder.js';

const HEAD_END = Buffer.from('\r\n\r\n');
const MAX_HEAD = 64 * 1024;

interface RequestHead {
  method: string;
  path: string;
  /** lower-case name → values, in order */
  headers: Record<string, string[]>;
}

function parseHead(raw: Buffer): RequestHead {
  const lines = raw.toString('latin1').split('\r\n');
  const [method = '', reqPath = ''] = (lines[0] ?? '').split(' ');
  const headers: Record<string, string[]> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    (headers[line.slice(0, colon).trim().toLowerCase()] ??= []).push(line.slice(colon + 1).trim());
  }
  return { method, path: reqPath, headers };
}

/** Reads an HTTP/1.1 head off `socket`; resolves with it and whatever came after it. */
function readHead(socket: net.Socket): Promise<{ head: Buffer; rest: Buffer }> {
  return new Promise((resolve, reject) => {
    let buf = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      const end = buf.indexOf(HEAD_END);
      if (end < 0) {
        if (buf.length > MAX_HEAD) fail(new Error('HTTP head too large'));
        return;
      }
      cleanup();
      socket.pause();
      resolve({ head: buf.subarray(0, end + HEAD_END.length), rest: buf.subarray(end + HEAD_END.length) });
    };
    const onEnd = () => fail(new Error('connection ended before an HTTP head'));
    const fail = (err: Error) => {
      cleanup();
      reject(err);
    };
    const cleanup = () => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('error', fail);
    };
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('error', fail);
  });
}

/** Both ways, byte for byte, ending each side when the other ends. */
function splice(a: net.Socket, b: net.Socket): void {
  a.pipe(b);
  b.pipe(a);
  const destroyBoth = () => {
    a.destroy();
    b.destroy();
  };
  a.on('error', destroyBoth);
  b.on('error', destroyBoth);
  a.resume();
  b.resume();
}

export class EngineRecorder {
  readonly socketPath: string;
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private connections = 0;
  /** requests the proxy could not forward: a test can assert there were none */
  readonly proxyErrors: string[] = [];

  private constructor(
    private readonly recorder: SolveRecorder,
    private readonly upstreamPath: string,
    socketPath: string,
  ) {
    this.socketPath = socketPath;
    this.server = net.createServer((down) => {
      this.track(down);
      void this.onConnection(down).catch((err: Error) => {
        this.proxyErrors.push(err.message);
        down.destroy();
      });
    });
  }

  /** A recorder on a new private socket in front of the Engine at `upstream` (`unix:///path` or a path; default the
   * standard socket). */
  static async start(upstream = '/var/run/docker.sock'): Promise<EngineRecorder> {
    const upstreamPath = upstream.replace(/^unix:\/\//, '');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-engine-recorder-'));
    // the HTTP/2 side: never listens itself, gets the upgraded connections handed over
    const recorder = await SolveRecorder.start(upstreamPath, path.join(dir, 'unused-h2.sock'));
    const r = new EngineRecorder(recorder, upstreamPath, path.join(dir, 'docker.sock'));
    await listenOn(r.server, r.socketPath);
    return r;
  }

  /** DOCKER_HOST for a client that should talk to the Engine through the recorder. */
  get dockerHost(): string {
    return `unix://${this.socketPath}`;
  }

  snapshot(): Recording {
    return this.recorder.snapshot();
  }

  clear(): void {
    this.recorder.clear();
  }

  /** Calls the HTTP/2 side could not forward, and requests this side could not. */
  get allProxyErrors(): string[] {
    return [...this.recorder.proxyErrors, ...this.proxyErrors];
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.recorder.close();
    fs.rmSync(path.dirname(this.socketPath), { recursive: true, force: true });
  }

  private track(s: net.Socket): void {
    this.sockets.add(s);
    s.on('close', () => this.sockets.delete(s));
    s.on('error', () => {});
  }

  private async onConnection(down: net.Socket): Promise<void> {
    const connection = ++this.connections;
    const { head, rest } = await readHead(down);
    const req = parseHead(head);
    const up = net.connect({ path: this.upstreamPath });
    this.track(up);
    await new Promise<void>((resolve, reject) => {
      up.once('connect', resolve);
      up.once('error', reject);
    });
    up.write(head);
    if (rest.length) up.write(rest);
    const route = req.path.replace(/^\/v[\d.]+/, '').split('?')[0];
    const upgrade = (req.headers.upgrade?.[0] ?? '').toLowerCase() === 'h2c';
    if (req.method === 'POST' && upgrade && route === '/grpc') {
      // dockerd's answer to the upgrade goes to the client as it is; after a 101 both sides speak HTTP/2
      const answer = await readHead(up);
      down.write(answer.head);
      if (!/^HTTP\/1\.1 101 /.test(answer.head.toString('latin1'))) {
        if (answer.rest.length) down.write(answer.rest);
        splice(down, up);
        return;
      }
      // node:http2 reads what is already buffered on a socket before its own reads (as for bakekit's docker.ts)
      if (answer.rest.length) up.unshift(answer.rest);
      this.recorder.attachUpgraded(down, up);
      return;
    }
    if (req.method === 'POST' && upgrade && route === '/session')
      this.recorder.recordSession(CONTROL_SESSION_OVER_ENGINE, req.headers, connection);
    splice(down, up);
  }
}

/** The path a session opened by `POST /session` is recorded under (it is no gRPC call). */
export const CONTROL_SESSION_OVER_ENGINE = '/session';
