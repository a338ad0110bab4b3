/**
 * Typed calls on a BuildKit connection: Control (Solve, Status, ListWorkers, Info, build history) and the
 * gateway LLBBridge bound to one build ref. Knows nothing about bake; every call takes an AbortSignal.
 */
import * as crypto from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { makeClientConstructor, type GenericClient } from './proto/grpc-service.js';
import type { BuildkitConnection } from './transport/connect.js';

export interface Platform {
  Architecture?: string;
  OS?: string;
  Variant?: string;
}
export interface WorkerRecord {
  ID: string;
  Labels?: Record<string, string>;
  platforms?: Platform[];
  BuildkitVersion?: { version?: string };
}
export interface CacheOptionsEntry {
  Type: string;
  Attrs: Record<string, string>;
}
export interface ExporterEntry {
  Type: string;
  Attrs: Record<string, string>;
}
export interface ControlSolveRequest {
  Ref: string;
  Session: string;
  Frontend: string;
  FrontendAttrs: Record<string, string>;
  Exporters: ExporterEntry[];
  Cache: { Exports: CacheOptionsEntry[]; Imports: CacheOptionsEntry[] };
  Entitlements?: string[];
  Internal?: boolean;
  /** a `moby.buildkit.v1.sourcepolicy.Policy` as plain data (enum values as names or numbers) */
  SourcePolicy?: object;
}
export interface GatewayRef {
  id?: string;
  def?: Buffer;
}
export interface GatewayResult {
  ref?: GatewayRef;
  refs?: { refs?: Record<string, GatewayRef> };
  metadata?: Record<string, Buffer>;
  attestations?: Record<string, unknown>;
  result?: string;
}
export interface GatewaySolveRequest {
  Frontend: string;
  FrontendOpt: Record<string, string>;
  FrontendInputs?: Record<string, Buffer>;
  CacheImports?: CacheOptionsEntry[];
  Evaluate?: boolean;
}

/** Random id without ':' (the daemon splits session ids on the first colon). */
export function randomId(): string {
  return crypto.randomBytes(16).toString('hex').slice(0, 25);
}

const LLBBridgeClient = makeClientConstructor('moby.buildkit.v1.frontend.LLBBridge');

function unary<Req, Res>(client: GenericClient, method: string, req: Req, md: grpc.Metadata, signal?: AbortSignal): Promise<Res> {
  return new Promise<Res>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const call = (client[method] as (r: Req, m: grpc.Metadata, cb: (e: grpc.ServiceError | null, v: Res) => void) => grpc.ClientUnaryCall)(
      req,
      md,
      (err, value) => {
        signal?.removeEventListener('abort', onAbort);
        if (err) reject(err);
        else resolve(value);
      },
    );
    const onAbort = () => call.cancel();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class BuildkitClient {
  readonly control: GenericClient;

  constructor(readonly connection: BuildkitConnection) {
    this.control = connection.control();
  }

  listWorkers(signal?: AbortSignal): Promise<WorkerRecord[]> {
    return unary<object, { record?: WorkerRecord[] }>(this.control, 'ListWorkers', {}, new grpc.Metadata(), signal).then((r) => r.record ?? []);
  }

  async info(signal?: AbortSignal): Promise<string | undefined> {
    try {
      const r = await unary<object, { buildkitVersion?: { version?: string } }>(this.control, 'Info', {}, new grpc.Metadata(), signal);
      return r.buildkitVersion?.version;
    } catch {
      return undefined; // Info arrived in v0.11; older daemons answer UNIMPLEMENTED
    }
  }

  solve(req: ControlSolveRequest, signal?: AbortSignal): Promise<Record<string, string>> {
    // The Go client also fills the deprecated single-exporter fields, which keeps pre-v0.13 daemons working.
    const first = req.Exporters[0];
    const wire = {
      ...req,
      ...(first ? { ExporterDeprecated: first.Type, ExporterAttrsDeprecated: first.Attrs } : {}),
    };
    return unary<object, { ExporterResponse?: Record<string, string> }>(this.control, 'Solve', wire, new grpc.Metadata(), signal).then(
      (r) => r.ExporterResponse ?? {},
    );
  }

  /**
   * Streams progress of build `ref` into `onMessage`. Resolves when the daemon ends the stream; `stop()`
   * cancels it (used a few seconds after Solve returned, as the Go client does).
   */
  status(ref: string, onMessage: (msg: unknown) => void): { done: Promise<void>; stop: () => void } {
    const call = (this.control.Status as (r: object) => grpc.ClientReadableStream<unknown>)({ Ref: ref });
    call.on('data', onMessage);
    const done = new Promise<void>((resolve) => {
      call.on('error', () => resolve()); // cancellation or "no such job": progress is best effort
      call.on('end', () => resolve());
    });
    return { done, stop: () => call.cancel() };
  }

  /** Refs of builds the daemon is still running (build history, ActiveOnly). Empty on daemons without history. */
  async activeBuilds(timeoutMs = 3000): Promise<string[]> {
    const refs = new Set<string>();
    const call = (this.control.ListenBuildHistory as (r: object) => grpc.ClientReadableStream<{ type?: number; record?: { Ref?: string } }>)({
      ActiveOnly: true,
      EarlyExit: true,
    });
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        call.cancel();
        resolve();
      }, timeoutMs);
      call.on('data', (ev) => {
        if (ev.record?.Ref && (ev.type ?? 0) === 0) refs.add(ev.record.Ref);
      });
      const finish = () => {
        clearTimeout(timer);
        resolve();
      };
      call.on('end', finish);
      call.on('error', finish);
    });
    return [...refs];
  }

  gateway(ref: string): GatewayClient {
    return new GatewayClient(
      new LLBBridgeClient(this.connection.target, this.connection.credentials, {
        ...this.connection.channelOptions,
        channelOverride: this.control.getChannel(),
      }),
      ref,
    );
  }
}

/** LLBBridge calls routed to one build by the `buildkit-controlapi-buildid` metadata. */
export class GatewayClient {
  constructor(
    private readonly client: GenericClient,
    readonly ref: string,
  ) {}

  private md(): grpc.Metadata {
    const md = new grpc.Metadata();
    md.set('buildkit-controlapi-buildid', this.ref);
    return md;
  }

  /** The daemon registers the build a moment after Solve starts; Ping until it answers (bounded). */
  async ping(signal?: AbortSignal, timeoutMs = 10_000): Promise<{ FrontendAPICaps?: { ID: string; Enabled?: boolean }[]; LLBCaps?: { ID: string; Enabled?: boolean }[] }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await unary(this.client, 'Ping', {}, this.md(), signal);
      } catch (err) {
        if (signal?.aborted || Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  solve(req: GatewaySolveRequest, signal?: AbortSignal): Promise<{ result?: GatewayResult }> {
    return unary(this.client, 'Solve', { ...req, allowResultReturn: true, allowResultArrayRef: true }, this.md(), signal);
  }

  evaluate(refId: string, signal?: AbortSignal): Promise<void> {
    return unary<object, unknown>(this.client, 'Evaluate', { Ref: refId }, this.md(), signal).then(() => undefined);
  }

  readFile(refId: string, filePath: string, signal?: AbortSignal): Promise<Buffer> {
    return unary<object, { Data?: Buffer }>(this.client, 'ReadFile', { Ref: refId, FilePath: filePath }, this.md(), signal).then(
      (r) => r.Data ?? Buffer.alloc(0),
    );
  }

  /** Hands the result (or an encoded google.rpc.Status) back; the outer Solve then exports and returns. */
  return(body: { result?: GatewayResult; error?: Buffer }, signal?: AbortSignal): Promise<void> {
    return unary<object, unknown>(this.client, 'Return', body, this.md(), signal).then(() => undefined);
  }

  close(): void {
    // The channel belongs to the Control client; closing this client only drops its reference.
  }
}
