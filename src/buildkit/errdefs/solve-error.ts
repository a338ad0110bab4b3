/**
 * A failed build as BuildKit reported it: SolveError carries the decoded details (details.ts), prints like buildx
 * (`failed to solve: …`, source snippets with `>>>` marks: source.ts) and becomes a GitHub annotation
 * (annotation.ts).
 */
import { formatStatusText } from '../grpc/status.js';
import type { VertexState } from '../progress/events.js';
import type { RpcStatus } from '../proto/rpc-status.js';
import type { Annotation } from './annotation.js';
import { decodeGrpcErrorDetails, type GrpcErrorDetails } from './details.js';
import { sourceLocation, type SourceLocation } from './source.js';

export interface SolveErrorOptions {
  target?: string;
  /** Prefix the message with `target <name>: ` as buildx does when a bake builds several targets. */
  multiTarget?: boolean;
  vertexName?: string;
  cause?: unknown;
}

/** Minimal view of a progress tracker that `SolveError.fillFromProgress` needs. */
export interface VertexLookup {
  vertex(digest: string): VertexState | undefined;
  failedVertices(target?: string): VertexState[];
}

/**
 * A failed build, with what BuildKit said about where and why. `message` reads like buildx:
 * `failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3`
 * (or `target app: failed to solve: …` for one of several bake targets).
 */
export class SolveError extends Error {
  override readonly name = 'SolveError';
  /** gRPC status code (`grpc.status`); UNKNOWN for ordinary build failures, CANCELLED for cancellations. */
  readonly grpcCode: number;
  /** The daemon's message alone. */
  readonly statusMessage: string;
  readonly details: GrpcErrorDetails;
  /** Source locations in the order buildx prints them. */
  readonly sources: SourceLocation[];
  /** Command of the failing exec op, when BuildKit sent the op. */
  readonly command?: string[];
  exitCode?: number;
  target?: string;
  vertexDigest?: string;
  /** Filled in by the caller from progress (`fillFromProgress`). */
  vertexName?: string;
  private multiTarget: boolean;

  constructor(details: GrpcErrorDetails, options: SolveErrorOptions = {}) {
    super('', options.cause === undefined ? undefined : { cause: options.cause });
    this.grpcCode = details.code;
    this.statusMessage = details.message;
    this.details = details;
    this.sources = details.sources.map(sourceLocation).filter((s): s is SourceLocation => s !== undefined);
    this.command = details.solves.find((s) => s.command)?.command;
    this.exitCode = details.exitCode;
    this.vertexDigest = details.vertexDigests[0];
    this.vertexName = options.vertexName;
    this.target = options.target;
    this.multiTarget = options.multiTarget ?? false;
    this.message = this.composeMessage();
  }

  /** From the error of a failed call (Solve, Status, LLBBridge) or a `google.rpc.Status` from the gateway. */
  static fromGrpc(err: Error | RpcStatus, options: SolveErrorOptions = {}): SolveError {
    return new SolveError(decodeGrpcErrorDetails(err), { cause: err instanceof Error ? err : undefined, ...options });
  }

  /** Sets the bake target (and whether to name it in the message, as buildx does for multi-target bakes). */
  setTarget(target: string | undefined, multiTarget = this.multiTarget): this {
    this.target = target;
    this.multiTarget = multiTarget;
    this.message = this.composeMessage();
    return this;
  }

  /**
   * Names the failing vertex from progress: the vertex BuildKit named in the error if progress knows it,
   * else the last failed vertex of the target.
   */
  fillFromProgress(progress: VertexLookup, target: string | undefined = this.target): this {
    const named = this.details.vertexDigests.map((d) => progress.vertex(d)).find((v) => v !== undefined);
    const vertex = named ?? progress.failedVertices(target).at(-1);
    if (vertex) {
      this.vertexDigest ??= vertex.digest;
      this.vertexName = vertex.name;
    }
    return this;
  }

  /** buildx's source blocks for every location, one after another (empty string when there are none). */
  formatSourceSnippet(): string {
    return this.sources.flatMap((s) => s.snippet).join('\n');
  }

  /** A GitHub annotation at the first source location (or without a location). */
  toAnnotation(): Annotation {
    const location = this.sources[0];
    const what = this.vertexName ?? 'build failed';
    const title =
      this.target !== undefined && !what.startsWith(`[${this.target}`) ? `target ${this.target}: ${what}` : what;
    const annotation: Annotation = { title, message: this.message };
    if (location) {
      annotation.file = location.file;
      annotation.startLine = location.startLine;
      annotation.endLine = location.endLine;
    }
    return annotation;
  }

  private composeMessage(): string {
    const text = `failed to solve: ${formatStatusText(this.grpcCode, this.statusMessage)}`;
    return this.multiTarget && this.target !== undefined ? `target ${this.target}: ${text}` : text;
  }
}
