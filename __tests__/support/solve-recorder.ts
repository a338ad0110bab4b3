/**
 * A recording gRPC proxy for differential tests: listens on a unix socket in front of a BuildKit daemon's socket and
 * forwards every HTTP/2 stream to it unchanged (node:http2, h2c with prior knowledge, as both grpc-go and grpc-js
 * speak on unix sockets), while it records what the client asked the daemon to build:
 *
 *  - every `moby.buildkit.v1.Control/Solve` request (and its response or status), decoded with our own registry;
 *  - every `moby.buildkit.v1.frontend.LLBBridge/Solve` request, with the `buildkit-controlapi-buildid` header that
 *    routes it to its build;
 *  - every `moby.buildkit.v1.Control/Session` call's headers: the session's id, name, shared key and the services it
 *    advertises (`x-docker-expose-session-grpc-method`). What runs inside a session (FileSync, Secrets, Auth,
 *    FileSend…) is a whole HTTP/2 connection tunneled in BytesMessages and is passed through undecoded;
 *  - every other call by path (Status, ListWorkers, Info, Ping, Evaluate, Return…), with its grpc-status.
 *
 * Each downstream connection gets an upstream connection of its own, so that connection-level behaviour (a session
 * tunnel on a connection of its own, GOAWAY) stays what the client made it. Per stream: the request headers are sent
 * as they came (pseudo-headers rebuilt, connection-specific headers dropped, repeated headers kept repeated), data
 * flows both ways with back-pressure (pipe), response headers and trailers (grpc-status, grpc-message,
 * grpc-status-details-bin…) come back as the daemon sent them, a trailers-only response stays trailers-only, and a
 * reset on either side (RST_STREAM: cancellation) resets the other side with the same code.
 */
import * as fs from 'node:fs';
import * as http2 from 'node:http2';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeMessage } from '../../src/buildkit/proto/registry.js';

const { NGHTTP2_NO_ERROR, NGHTTP2_CANCEL, NGHTTP2_INTERNAL_ERROR, NGHTTP2_FLAG_END_STREAM } = http2.constants;

export const CONTROL_SOLVE = '/moby.buildkit.v1.Control/Solve';
export const CONTROL_SESSION = '/moby.buildkit.v1.Control/Session';
export const GATEWAY_SOLVE = '/moby.buildkit.v1.frontend.LLBBridge/Solve';
export const BUILD_ID_HEADER = 'buildkit-controlapi-buildid';

/** Headers that belong to one HTTP hop (RFC 9113 §8.2.2), never forwarded; pseudo-headers are rebuilt. */
const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'host',
  'http2-settings',
]);

export interface CallRecord {
  /** order of arrival over the recorder's life */
  seq: number;
  /** which downstream connection it came on */
  connection: number;
  path: string;
  /** the `buildkit-controlapi-buildid` header (LLBBridge calls) */
  buildId?: string;
  /** grpc-status of the response (trailers or trailers-only), undefined while running or when reset */
  grpcStatus?: string;
  grpcMessage?: string;
  /** RST_STREAM code when the stream was reset instead of finishing */
  resetCode?: number;
}

export interface ControlSolveRecord extends CallRecord {
  request: Record<string, unknown>;
  response?: Record<string, unknown>;
}

export interface GatewaySolveRecord extends CallRecord {
  request: Record<string, unknown>;
}

export interface SessionRecord extends CallRecord {
  id: string;
  name?: string;
  sharedKey?: string;
  /** advertised gRPC methods, in the order the client sent them */
  methods: string[];
  /** every request header other than pseudo-headers, name → values (repeated headers keep every value) */
  headers: Record<string, string[]>;
}

export interface Recording {
  controlSolves: ControlSolveRecord[];
  gatewaySolves: GatewaySolveRecord[];
  sessions: SessionRecord[];
  calls: CallRecord[];
}

/** gRPC length-prefixed messages of a finished body (uncompressed only; a compressed one is returned as undefined). */
export function grpcMessages(body: Buffer): Array<Buffer | undefined> {
  const out: Array<Buffer | undefined> = [];
  let at = 0;
  while (body.length - at >= 5) {
    const compressed = body[at] !== 0;
    const length = body.readUInt32BE(at + 1);
    if (body.length - at - 5 < length) break;
    out.push(compressed ? undefined : body.subarray(at + 5, at + 5 + length));
    at += 5 + length;
  }
  return out;
}

/** rawHeaders ([name, value, name, value…]) → name → values, pseudo-headers and hop headers left out. */
function headerValues(raw: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (name.startsWith(':') || HOP_HEADERS.has(name)) continue;
    (out[name] ??= []).push(raw[i + 1]);
  }
  return out;
}

/** Resolves once `server` listens on the unix socket `socketPath`; rejects with the error that stopped it. */
export function listenOn(server: net.Server, socketPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** `call` (the same object, for the calls list) completed as a session from its request headers `values`. */
function sessionRecord(call: CallRecord, values: Record<string, string[]>): SessionRecord {
  return Object.assign(call, {
    id: values['x-docker-expose-session-uuid']?.[0] ?? '',
    name: values['x-docker-expose-session-name']?.[0],
    sharedKey: values['x-docker-expose-session-sharedkey']?.[0],
    methods: values['x-docker-expose-session-grpc-method'] ?? [],
    headers: values,
  });
}

/** Response headers or trailers to send on: pseudo-headers and hop headers out, arrays kept. */
function forwardable(h: http2.IncomingHttpHeaders): http2.OutgoingHttpHeaders {
  const out: http2.OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(h)) {
    if (k.startsWith(':') || HOP_HEADERS.has(k) || v === undefined) continue;
    out[k] = v;
  }
  return out;
}

export class SolveRecorder {
  readonly socketPath: string;
  private readonly server: http2.Http2Server;
  private readonly upstreams = new Set<http2.ClientHttp2Session>();
  private readonly downstreams = new Set<http2.ServerHttp2Session>();
  private seq = 0;
  private connections = 0;
  private rec: Recording = { controlSolves: [], gatewaySolves: [], sessions: [], calls: [] };
  /** calls the proxy could not forward (not errors of the calls themselves): a test can assert there were none */
  readonly proxyErrors: string[] = [];
  /** connections that ended in an error (a client exiting without closing its connection, a daemon gone) */
  readonly connectionErrors: string[] = [];

  private constructor(
    private readonly upstreamPath: string,
    socketPath: string,
  ) {
    this.socketPath = socketPath;
    this.server = http2.createServer({
      // Session tunnels carry whole build contexts: do not let nghttp2's per-session memory cap reset them.
      maxSessionMemory: 256,
      settings: { initialWindowSize: 4 << 20, maxConcurrentStreams: 1000 },
    });
    this.server.on('session', (down) => this.onSession(down));
    // node passes the headers as received (repeated ones kept apart) as a 4th argument, which @types/node leaves out
    const onStream = (
      down: http2.ServerHttp2Stream,
      headers: http2.IncomingHttpHeaders,
      flags: number,
      rawHeaders: string[],
    ) => this.onStream(down, headers, flags, rawHeaders);
    this.server.on(
      'stream',
      onStream as (down: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders, flags: number) => void,
    );
  }

  /** A recorder on `socketPath` (default: a new private temp directory) in front of the daemon at `upstream`
   * (`unix:///path` or a path). */
  static async start(upstream: string, socketPath?: string): Promise<SolveRecorder> {
    const upstreamPath = upstream.replace(/^unix:\/\//, '');
    const sock = socketPath ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-recorder-')), 'proxy.sock');
    fs.rmSync(sock, { force: true });
    const r = new SolveRecorder(upstreamPath, sock);
    await listenOn(r.server, sock);
    return r;
  }

  get endpoint(): string {
    return `unix://${this.socketPath}`;
  }

  /** What was recorded since the last clear() (copies: later calls do not change them). */
  snapshot(): Recording {
    return structuredClone(this.rec);
  }

  clear(): void {
    this.rec = { controlSolves: [], gatewaySolves: [], sessions: [], calls: [] };
  }

  /** Records of calls still open (no status, no reset): a client that left something running. */
  openCalls(): CallRecord[] {
    return this.rec.calls.filter((c) => c.grpcStatus === undefined && c.resetCode === undefined);
  }

  async close(): Promise<void> {
    for (const d of this.downstreams) d.destroy();
    for (const u of this.upstreams) u.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    fs.rmSync(this.socketPath, { force: true });
  }

  private onSession(down: http2.ServerHttp2Session): void {
    const connection = ++this.connections;
    downConnectionOf.set(down, connection);
    this.downstreams.add(down);
    // A client process that exits closes its socket as it is (grpc-go sends no GOAWAY first), which node:http2 reports
    // as an error of the connection: worth seeing when debugging, not a failure of the proxy.
    down.on('error', (err: Error) => this.connectionErrors.push(`downstream connection ${connection}: ${err.message}`));
    down.on('close', () => {
      this.downstreams.delete(down);
      const up = upstreamOf.get(down);
      if (up && !up.closed) up.close();
    });
  }

  /**
   * Serves an HTTP/2 connection the client opened by an HTTP upgrade (the Docker Engine's `POST /grpc`), forwarding
   * its streams on `upstream`, the daemon's side of the same upgrade (engine-recorder.ts).
   */
  attachUpgraded(downstream: net.Socket, upstream: net.Socket): void {
    (downstream as UpgradedSocket)[UPGRADED_UPSTREAM] = upstream;
    this.server.emit('connection', downstream);
  }

  /** Records a session the client opened outside HTTP/2 (the Engine's `POST /session`), from its request headers. */
  recordSession(path: string, values: Record<string, string[]>, connection: number): void {
    const record = sessionRecord({ seq: ++this.seq, connection, path }, values);
    this.rec.calls.push(record);
    this.rec.sessions.push(record);
  }

  /** The upstream connection paired with a downstream one, made on its first stream. */
  private upstreamFor(down: http2.ServerHttp2Session): http2.ClientHttp2Session {
    let up = upstreamOf.get(down);
    if (up && !up.closed && !up.destroyed) return up;
    const connection = downConnectionOf.get(down) ?? 0;
    // the session's socket is a proxy of the one attachUpgraded was given: it reads the property through
    const upgraded = (down.socket as unknown as UpgradedSocket)[UPGRADED_UPSTREAM];
    up = http2.connect('http://localhost', {
      createConnection: () => upgraded ?? net.connect({ path: this.upstreamPath }),
      maxSessionMemory: 256,
      settings: { initialWindowSize: 4 << 20 },
    });
    this.upstreams.add(up);
    up.on('error', (err: Error) => this.connectionErrors.push(`upstream connection ${connection}: ${err.message}`));
    up.on('goaway', () => {
      if (!down.closed) down.close();
    });
    up.on('close', () => {
      this.upstreams.delete(up);
      if (!down.closed && !down.destroyed) down.close();
    });
    upstreamOf.set(down, up);
    return up;
  }

  private onStream(
    down: http2.ServerHttp2Stream,
    headers: http2.IncomingHttpHeaders,
    _flags: number,
    rawHeaders: string[],
  ): void {
    const reqPath = String(headers[':path'] ?? '');
    const values = headerValues(rawHeaders);
    let up: http2.ClientHttp2Stream;
    const upSession = this.upstreamFor(down.session as http2.ServerHttp2Session);
    const record: CallRecord = {
      seq: ++this.seq,
      connection: downConnectionOf.get(down.session as http2.ServerHttp2Session) ?? 0,
      path: reqPath,
    };
    const buildId = values[BUILD_ID_HEADER]?.[0];
    if (buildId) record.buildId = buildId;
    this.rec.calls.push(record);
    try {
      const out: http2.OutgoingHttpHeaders = {
        ':method': String(headers[':method'] ?? 'POST'),
        ':path': reqPath,
        ':scheme': 'http',
        ':authority': String(headers[':authority'] ?? 'localhost'),
      };
      for (const [k, v] of Object.entries(values)) out[k] = v.length === 1 ? v[0] : v;
      up = upSession.request(out);
    } catch (err) {
      this.proxyErrors.push(`request ${reqPath}: ${(err as Error).message}`);
      down.close(NGHTTP2_INTERNAL_ERROR);
      return;
    }

    // What to record of the call's bodies.
    const reqChunks: Buffer[] = [];
    const resChunks: Buffer[] = [];
    const recordBodies = reqPath === CONTROL_SOLVE || reqPath === GATEWAY_SOLVE;
    let solveRecord: ControlSolveRecord | GatewaySolveRecord | undefined;
    if (recordBodies) {
      down.on('data', (c: Buffer) => reqChunks.push(c));
      down.on('end', () => {
        const msg = grpcMessages(Buffer.concat(reqChunks))[0];
        const type =
          reqPath === CONTROL_SOLVE ? 'moby.buildkit.v1.SolveRequest' : 'moby.buildkit.v1.frontend.SolveRequest';
        let request: Record<string, unknown>;
        try {
          request = msg ? decodeMessage(type, msg) : { undecodable: 'compressed or missing message' };
        } catch (err) {
          request = { undecodable: (err as Error).message };
        }
        solveRecord = Object.assign(record, { request });
        if (reqPath === CONTROL_SOLVE) this.rec.controlSolves.push(solveRecord);
        else this.rec.gatewaySolves.push(solveRecord);
      });
      if (reqPath === CONTROL_SOLVE) up.on('data', (c: Buffer) => resChunks.push(c));
    }
    if (reqPath === CONTROL_SESSION) this.rec.sessions.push(sessionRecord(record, values));

    let trailers: http2.OutgoingHttpHeaders | undefined;
    let trailersSeen: () => void = () => {};
    const trailersCame = new Promise<void>((resolve) => (trailersSeen = resolve));
    let finished = false; // the upstream call ended with its status (trailers or trailers-only)
    const noteStatus = (h: http2.IncomingHttpHeaders) => {
      if (h['grpc-status'] !== undefined) record.grpcStatus = String(h['grpc-status']);
      if (h['grpc-message'] !== undefined) record.grpcMessage = decodeURIComponentSafe(String(h['grpc-message']));
    };

    up.on('response', (h, flags) => {
      if (down.destroyed || down.closed) return;
      const res: http2.OutgoingHttpHeaders = { ':status': Number(h[':status'] ?? 200), ...forwardable(h) };
      if (flags & NGHTTP2_FLAG_END_STREAM) {
        // trailers-only response (an error before any message): stays trailers-only
        finished = true;
        noteStatus(h);
        down.respond(res, { endStream: true });
        return;
      }
      down.respond(res, { waitForTrailers: true });
      up.pipe(down);
    });
    up.on('trailers', (h: http2.IncomingHttpHeaders) => {
      finished = true;
      noteStatus(h);
      trailers = forwardable(h);
      trailersSeen();
    });
    down.on('wantTrailers', () => {
      // The data has all been sent; the trailers came with (or just before) the upstream's end.
      void trailersCame.then(() => {
        if (!down.destroyed && !down.closed) down.sendTrailers(trailers ?? {});
      });
    });
    up.on('end', () => {
      if (reqPath === CONTROL_SOLVE && solveRecord) {
        const msg = grpcMessages(Buffer.concat(resChunks))[0];
        if (msg) {
          try {
            (solveRecord as ControlSolveRecord).response = decodeMessage('moby.buildkit.v1.SolveResponse', msg);
          } catch {
            /* recorded without its response */
          }
        }
      }
      // no trailers at all (not gRPC): end with empty ones rather than hang
      trailersSeen();
    });

    down.pipe(up);

    // Cancellation, both ways: a reset (or a connection gone) on one side resets the other side with the same code.
    down.on('close', () => {
      if (!finished && down.rstCode !== undefined && down.rstCode !== NGHTTP2_NO_ERROR) record.resetCode = down.rstCode;
      if (!up.closed && !up.destroyed && !finished)
        up.close(down.rstCode && down.rstCode !== NGHTTP2_NO_ERROR ? down.rstCode : NGHTTP2_CANCEL);
    });
    up.on('close', () => {
      trailersSeen();
      if (finished || down.closed || down.destroyed) return;
      const code = up.rstCode && up.rstCode !== NGHTTP2_NO_ERROR ? up.rstCode : NGHTTP2_INTERNAL_ERROR;
      record.resetCode = code;
      down.close(code);
    });
    down.on('error', () => {}); // reported through 'close' (rstCode)
    up.on('error', () => {});
  }
}

const upstreamOf = new WeakMap<http2.ServerHttp2Session, http2.ClientHttp2Session>();
/** attachUpgraded's pairing: on the downstream socket, the daemon's side of the same upgrade */
const UPGRADED_UPSTREAM = Symbol('upgraded upstream');
type UpgradedSocket = net.Socket & { [UPGRADED_UPSTREAM]?: net.Socket };
const downConnectionOf = new WeakMap<http2.ServerHttp2Session, number>();

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
