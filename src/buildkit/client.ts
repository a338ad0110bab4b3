/**
 * Typed calls on a BuildKit connection: Control (Solve, Status, ListWorkers, Info, build history) and the
 * gateway LLBBridge bound to one build ref, all on the connection's channel (grpc/client.ts). Knows nothing about
 * bake; every call takes an AbortSignal. Requests and responses are the generated message types of control.proto and
 * gateway.proto.
 */
import type { Metadata } from './grpc/client.js';
import { codeOf } from './grpc/errors.js';
import { randomBytes } from './light-crypto/random.js';
import { Code } from './grpc/status.js';
import { CONTENT_SERVICE } from './proto/content.pb.js';
import type * as control from './proto/control.pb.js';
import * as gateway from './proto/gateway.pb.js';
import { ServiceClient } from './proto/grpc-service.js';
import type { Encodable } from './proto/types.js';
import type { WorkerRecord } from './proto/worker.pb.js';
import type { BuildkitConnection } from './transport/connect.js';

/** A cache import or export as callers give it: a type and its attributes, always both. */
export type CacheOptionsEntry = Required<control.CacheOptionsEntry>;
/** An exporter as callers give it: a type and its attributes, always both. */
export type ExporterEntry = Required<control.Exporter>;

/** A gateway Solve as callers give it; the client asks for the result to be returned (allowResultReturn…) itself. */
export type GatewaySolveRequest = Omit<Encodable<gateway.SolveRequest>, 'allowResultReturn' | 'allowResultArrayRef'>;

/** Random id without ':' (the daemon splits session ids on the first colon). */
export function randomId(): string {
  return randomBytes(16).toString('hex').slice(0, 25);
}

export class BuildkitClient {
  readonly control: ServiceClient<control.ControlMethods>;

  constructor(readonly connection: BuildkitConnection) {
    this.control = connection.control();
  }

  listWorkers(signal?: AbortSignal): Promise<WorkerRecord[]> {
    return this.control.unary('ListWorkers', {}, { signal }).then((r) => r.record ?? []);
  }

  async info(signal?: AbortSignal): Promise<string | undefined> {
    try {
      const r = await this.control.unary('Info', {}, { signal });
      return r.buildkitVersion?.version;
    } catch {
      return undefined; // Info arrived in v0.11; older daemons answer UNIMPLEMENTED
    }
  }

  solve(req: Encodable<control.SolveRequest>, signal?: AbortSignal): Promise<Record<string, string>> {
    // The Go client also fills the deprecated single-exporter fields, which keeps pre-v0.13 daemons working.
    const first = req.Exporters?.[0];
    const wire = {
      ...req,
      ...(first ? { ExporterDeprecated: first.Type, ExporterAttrsDeprecated: first.Attrs } : {}),
    };
    return this.control.unary('Solve', wire, { signal }).then((r) => r.ExporterResponse ?? {});
  }

  /**
   * Streams progress of build `ref` into `onMessage`. Resolves when the daemon ends the stream; `stop()`
   * cancels it (used a few seconds after Solve returned, as the Go client does).
   */
  status(ref: string, onMessage: (msg: control.StatusResponse) => void): { done: Promise<void>; stop: () => void } {
    const call = this.control.serverStream('Status', { Ref: ref }, onMessage);
    // cancellation or "no such job": progress is best effort
    return { done: call.done.catch(() => {}), stop: () => call.cancel() };
  }

  /** Refs of builds the daemon is still running (build history, ActiveOnly). Empty on daemons without history. */
  async activeBuilds(timeoutMs = 3000): Promise<string[]> {
    const refs = new Set<string>();
    const call = this.control.serverStream('ListenBuildHistory', { ActiveOnly: true, EarlyExit: true }, (ev) => {
      if (ev.record?.Ref && (ev.type ?? 0) === 0) refs.add(ev.record.Ref);
    });
    const timer = setTimeout(() => call.cancel(), timeoutMs);
    await call.done.catch(() => {});
    clearTimeout(timer);
    return [...refs];
  }

  /**
   * The finished build `ref`'s record, as the daemon stored it when its Solve returned (BuildKit writes the record
   * before answering). Undefined when the daemon has none (a daemon without build history answers UNIMPLEMENTED).
   */
  async buildRecord(ref: string, signal?: AbortSignal): Promise<control.BuildHistoryRecord | undefined> {
    let record: control.BuildHistoryRecord | undefined;
    const call = this.control.serverStream('ListenBuildHistory', { Ref: ref, EarlyExit: true }, (ev) => {
      if (ev.record?.Ref === ref) record = ev.record;
    });
    const onAbort = () => call.cancel();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await call.done;
      return record;
    } catch (err) {
      if (codeOf(err) === Code.UNIMPLEMENTED) return undefined;
      throw err;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** A blob of the daemon's content store (containerd Content.Read on the same connection): a build record's
   * attestation, say. The daemon serves its history blobs there (BuildKit control.go roContentStore). */
  async readBlob(digest: string, signal?: AbortSignal): Promise<Buffer> {
    const content = new ServiceClient(this.control.channel, CONTENT_SERVICE);
    const chunks: Buffer[] = [];
    const call = content.serverStream('Read', { digest }, (msg) => {
      if (msg.data) chunks.push(Buffer.from(msg.data));
    });
    const onAbort = () => call.cancel();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await call.done;
      return Buffer.concat(chunks);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  gateway(ref: string): GatewayClient {
    return new GatewayClient(new ServiceClient(this.control.channel, gateway.LLB_BRIDGE_SERVICE), ref);
  }
}

/** LLBBridge calls routed to one build by the `buildkit-controlapi-buildid` metadata. */
export class GatewayClient {
  constructor(
    private readonly client: ServiceClient<gateway.LLBBridgeMethods>,
    readonly ref: string,
  ) {}

  private opts(signal?: AbortSignal): { metadata: Metadata; signal?: AbortSignal } {
    return { metadata: [['buildkit-controlapi-buildid', this.ref]], signal };
  }

  /** The daemon registers the build a moment after Solve starts; Ping until it answers (bounded). */
  async ping(signal?: AbortSignal, timeoutMs = 10_000): Promise<gateway.PongResponse> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await this.client.unary('Ping', {}, this.opts(signal));
      } catch (err) {
        if (signal?.aborted || Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  solve(req: GatewaySolveRequest, signal?: AbortSignal): Promise<gateway.SolveResponse> {
    return this.client.unary(
      'Solve',
      { ...req, allowResultReturn: true, allowResultArrayRef: true },
      this.opts(signal),
    );
  }

  evaluate(refId: string, signal?: AbortSignal): Promise<void> {
    return this.client.unary('Evaluate', { Ref: refId }, this.opts(signal)).then(() => undefined);
  }

  /** A file of a result, or `range.length` bytes of it from `range.offset`. */
  readFile(
    refId: string,
    filePath: string,
    signal?: AbortSignal,
    range?: { offset?: number; length: number },
  ): Promise<Buffer> {
    const req = {
      Ref: refId,
      FilePath: filePath,
      ...(range ? { Range: { Offset: range.offset ?? 0, Length: range.length } } : {}),
    };
    return this.client.unary('ReadFile', req, this.opts(signal)).then((r) => r.Data ?? Buffer.alloc(0));
  }

  /** Hands the result (or an encoded google.rpc.Status) back; the outer Solve then exports and returns. */
  return(body: Encodable<gateway.ReturnRequest>, signal?: AbortSignal): Promise<void> {
    return this.client.unary('Return', body, this.opts(signal)).then(() => undefined);
  }

  close(): void {
    // The channel belongs to the Control client; closing this client only drops its reference.
  }
}
