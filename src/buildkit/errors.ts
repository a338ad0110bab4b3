/**
 * Build failures as BuildKit reports them, and connection failures as a user can act on them.
 *
 * A failed solve comes back as a gRPC status whose `grpc-status-details-bin` trailer holds a binary
 * `google.rpc.Status`; BuildKit (`util/grpcerrors`) puts typed records in its details, each an `Any` whose
 * value is the record serialized with Go's `encoding/json` (type URLs end in `+json`): where in the
 * Dockerfile the failing instruction is (`errdefs.Source`), which vertex failed (`errdefs.Vertex`), the
 * failing op (`errdefs.Solve`), the process exit code (`gatewayapi.ExitMessage`). Gateway builds hand the
 * same Status to `Return` and get it back from the outer `Solve`.
 *
 * `SolveError` carries all of it, prints like buildx (`failed to solve: …`, source snippets with `>>>`
 * marks) and becomes a GitHub annotation.
 */
import * as grpc from '@grpc/grpc-js';
import type { VertexState } from './progress/index.js';
import type { VertexWarning } from './proto/control.pb.js';
import type { Range, SourceInfo } from './proto/ops.pb.js';
import { decodeRpcStatus, type ProtoAny, type RpcStatus } from './proto/rpc-status.js';

// ---------------------------------------------------------------------------------------------------------
// Decoded details
// ---------------------------------------------------------------------------------------------------------

export interface ErrorPosition {
  /** 1-based. */
  line: number;
  /** 0 when BuildKit did not say (Go omits zero values). */
  character: number;
}

export interface ErrorRange {
  start: ErrorPosition;
  end: ErrorPosition;
}

/** `errdefs.Source`: a location in a frontend source file (usually the Dockerfile). */
export interface ErrorSource {
  /** As the frontend names it, relative to its context (e.g. `Dockerfile`). */
  filename: string;
  /** The whole source file, when the frontend sent it. */
  data: Buffer;
  language: string;
  ranges: ErrorRange[];
}

/** `errdefs.Solve`: the op that failed. */
export interface SolveDetail {
  inputIDs: string[];
  mountIDs: string[];
  /** The pb.Op as Go's encoding/json wrote it (oneof under `Op`, e.g. `{Op: {exec: {meta: {args}}}}`). */
  op?: Record<string, unknown>;
  /** The process arguments when the op is an exec. */
  command?: string[];
  description?: Record<string, string>;
  /** Index of the failing action of a file op. */
  fileActionIndex?: number;
  /** Index of the result whose content cache (checksum) failed. */
  contentCacheIndex?: number;
}

export interface GrpcErrorDetails {
  /** gRPC status code (`grpc.status`). */
  code: number;
  /** The daemon's message, without any prefix. */
  message: string;
  /** In the order sent, which is the order buildx prints them in. */
  sources: ErrorSource[];
  /** Failing vertex digests, in the order sent (normally one). */
  vertexDigests: string[];
  solves: SolveDetail[];
  exitCode?: number;
  /** Frontend capabilities the daemon lacks (`errdefs.FrontendCap`). */
  frontendCaps: string[];
  /** Unsupported subrequests (`errdefs.Subrequest`). */
  subrequests: string[];
  /** `errdefs.Frontend`: which frontend failed (newer BuildKit). */
  frontends: Array<{ name: string; source: string }>;
  /** `stack.Stack` records (daemon stack traces, for debugging), as parsed JSON. */
  stacks: unknown[];
  /** Details we do not interpret or could not parse. */
  other: Array<{ typeUrl: string; value: Buffer; json?: unknown }>;
}

const TYPE_PREFIX = 'github.com/moby/buildkit/';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  // int64 fields are JSON numbers from encoding/json but strings from protojson; accept both.
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function asStringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  // Go's encoding/json writes []byte as standard base64.
  if (typeof value === 'string') return Buffer.from(value, 'base64');
  return Buffer.alloc(0);
}

function parsePosition(value: unknown): ErrorPosition {
  const p = isObject(value) ? value : {};
  return { line: asNumber(p.line) ?? 0, character: asNumber(p.character) ?? 0 };
}

function parseRanges(value: unknown): ErrorRange[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((r) => ({ start: parsePosition(r.start), end: parsePosition(r.end) }));
}

function parseSource(json: Json): ErrorSource {
  const info = isObject(json.info) ? json.info : {};
  return {
    filename: asString(info.filename),
    data: toBuffer(info.data),
    language: asString(info.language),
    ranges: parseRanges(json.ranges),
  };
}

function parseSolve(json: Json): SolveDetail {
  const detail: SolveDetail = { inputIDs: asStringArray(json.inputIDs), mountIDs: asStringArray(json.mountIDs) };
  if (isObject(json.op)) {
    detail.op = json.op;
    // encoding/json puts the pb.Op oneof under the Go field name `Op`; accept a flattened form too.
    const oneof = isObject(json.op.Op) ? json.op.Op : json.op;
    const exec = isObject(oneof.exec) ? oneof.exec : undefined;
    const meta = exec && isObject(exec.meta) ? exec.meta : undefined;
    if (meta && Array.isArray(meta.args)) detail.command = asStringArray(meta.args);
  }
  if (isObject(json.description)) {
    detail.description = Object.fromEntries(
      Object.entries(json.description).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  }
  // The `subject` oneof: Go field name `Subject`, holding `{file: {index}}` or `{cache: {index}}`.
  const subject = isObject(json.Subject) ? json.Subject : isObject(json.subject) ? json.subject : undefined;
  if (subject && isObject(subject.file)) detail.fileActionIndex = asNumber(subject.file.index) ?? 0;
  if (subject && isObject(subject.cache)) detail.contentCacheIndex = asNumber(subject.cache.index) ?? 0;
  return detail;
}

function isServiceError(err: unknown): err is grpc.ServiceError {
  return err instanceof Error && isObject((err as Partial<grpc.ServiceError>).metadata) &&
    typeof (err as grpc.ServiceError).metadata.get === 'function';
}

/** The binary Status from a grpc-js error's trailers, if the daemon sent one and it decodes. */
function statusFromServiceError(err: grpc.ServiceError): RpcStatus | undefined {
  for (const value of err.metadata.get('grpc-status-details-bin')) {
    if (typeof value === 'string') continue; // grpc-js decodes -bin values to Buffers
    try {
      return decodeRpcStatus(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Reads BuildKit's typed error details from a grpc-js error (its `grpc-status-details-bin` trailer) or
 * from a `google.rpc.Status` we already hold (a gateway `Return`/`Solve` error). Unknown details and
 * malformed JSON are kept in `other`; missing fields get empty values. Without details, code and message
 * come from the error itself.
 */
export function decodeGrpcErrorDetails(err: grpc.ServiceError | RpcStatus): GrpcErrorDetails {
  let status: RpcStatus | undefined;
  let fallbackCode: number = grpc.status.UNKNOWN;
  let fallbackMessage = '';
  if (isServiceError(err)) {
    status = statusFromServiceError(err);
    fallbackCode = err.code ?? grpc.status.UNKNOWN;
    fallbackMessage = err.details ?? err.message;
  } else {
    status = err;
  }

  const decoded: GrpcErrorDetails = {
    code: status?.code ?? fallbackCode,
    message: status?.message || fallbackMessage,
    sources: [],
    vertexDigests: [],
    solves: [],
    frontendCaps: [],
    subrequests: [],
    frontends: [],
    stacks: [],
    other: [],
  };

  for (const detail of status?.details ?? []) addDetail(decoded, detail);
  return decoded;
}

function addDetail(decoded: GrpcErrorDetails, detail: ProtoAny): void {
  const typeUrl = detail.type_url ?? '';
  // A proto3-JSON Status would carry bytes as base64 text; a decoded one carries a Buffer.
  const value = toBuffer(detail.value);
  const kind = typeUrl.startsWith(TYPE_PREFIX) ? typeUrl.slice(TYPE_PREFIX.length) : '';
  if (!kind.endsWith('+json')) {
    decoded.other.push({ typeUrl, value });
    return;
  }
  let json: unknown;
  try {
    json = JSON.parse(value.toString('utf8'));
  } catch {
    decoded.other.push({ typeUrl, value });
    return;
  }
  if (!isObject(json)) {
    decoded.other.push({ typeUrl, value, json });
    return;
  }
  switch (kind) {
    case 'errdefs.Source+json':
      decoded.sources.push(parseSource(json));
      return;
    case 'errdefs.Vertex+json': {
      const digest = asString(json.digest);
      if (digest) decoded.vertexDigests.push(digest);
      return;
    }
    case 'errdefs.Solve+json':
      decoded.solves.push(parseSolve(json));
      return;
    case 'gatewayapi.ExitMessage+json':
      // Go's field name is `Code` (no json tag); a zero code is omitted.
      decoded.exitCode = asNumber(json.Code ?? json.code) ?? 0;
      return;
    case 'errdefs.FrontendCap+json':
      decoded.frontendCaps.push(asString(json.name));
      return;
    case 'errdefs.Subrequest+json':
      decoded.subrequests.push(asString(json.name));
      return;
    case 'errdefs.Frontend+json':
      decoded.frontends.push({ name: asString(json.name), source: asString(json.source) });
      return;
    case 'stack.Stack+json':
      decoded.stacks.push(json);
      return;
    default:
      decoded.other.push({ typeUrl, value, json });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Source snippets (buildkit solver/errdefs/source.go `Source.Print`)
// ---------------------------------------------------------------------------------------------------------

const SNIPPET_RULE = '--------------------';

/** First and last line a set of ranges covers (an end before its start counts as the start). */
function lineSpan(ranges: ErrorRange[]): { start: number; end: number } | undefined {
  if (ranges.length === 0) return undefined;
  let start = Infinity;
  let end = 0;
  for (const r of ranges) {
    start = Math.min(start, r.start.line);
    end = Math.max(end, r.start.line, r.end.line);
  }
  return { start, end };
}

function rangesContain(ranges: ErrorRange[], line: number): boolean {
  return ranges.some((r) => r.start.line <= line && Math.max(r.start.line, r.end.line) >= line);
}

/**
 * The block buildx prints for a source location:
 * `Dockerfile:5`, a rule, the lines around the range as ` %3d | >>> text` (`>>>` on lines in a range, with
 * two more lines of context each side for a single line, one for a longer range), and a closing rule.
 * Empty when the source text is missing or the range lies outside it.
 */
export function formatSourceBlock(filename: string, data: Uint8Array, ranges: ErrorRange[]): string[] {
  if (data.length === 0) return [];
  const span = lineSpan(ranges);
  if (!span) return [];
  // Split like Go's strings.Split (a trailing newline yields a last, empty line); drop CRs of CRLF files.
  const lines = Buffer.from(data).toString('utf8').split('\n').map((l) => l.replace(/\r$/, ''));
  let { start, end } = span;
  if (start > lines.length || start < 1) return [];
  if (end > lines.length) end = lines.length;

  const firstLine = start;
  // Same widening loop as buildkit: each pass adds a line on each side that can grow, and counts a pass.
  const pad = end === start ? 4 : 2;
  for (let p = 0; p < pad; ) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }

  const out = [`${filename}:${firstLine}`, SNIPPET_RULE];
  for (let i = start; i <= end; i++) {
    const mark = rangesContain(ranges, i) ? '>>>' : '   ';
    out.push(` ${String(i).padStart(3)} | ${mark} ${lines[i - 1]}`);
  }
  out.push(SNIPPET_RULE);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// SolveError
// ---------------------------------------------------------------------------------------------------------

export interface SourceLocation {
  file: string;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  /** buildx's rendering of this location (see `formatSourceBlock`); empty without source text. */
  snippet: string[];
}

export interface Annotation {
  /** Omitted when the error has no source location. */
  file?: string;
  startLine?: number;
  endLine?: number;
  title: string;
  message: string;
}

/** Go's names for gRPC codes (`codes.Code.String()`), which BuildKit's client puts before messages. */
const GO_CODE_NAMES = [
  'OK',
  'Canceled',
  'Unknown',
  'InvalidArgument',
  'DeadlineExceeded',
  'NotFound',
  'AlreadyExists',
  'PermissionDenied',
  'ResourceExhausted',
  'FailedPrecondition',
  'Aborted',
  'OutOfRange',
  'Unimplemented',
  'Internal',
  'Unavailable',
  'DataLoss',
  'Unauthenticated',
];

/** The status as BuildKit's Go client words it: the bare message for Unknown (and OK), else `Code: msg`. */
export function formatStatusText(code: number, message: string): string {
  if (code === grpc.status.OK || code === grpc.status.UNKNOWN) return message;
  return `${GO_CODE_NAMES[code] ?? `Code(${code})`}: ${message}`;
}

export function sourceLocation(source: ErrorSource): SourceLocation | undefined {
  const span = lineSpan(source.ranges);
  if (!span || !source.filename) return undefined;
  return {
    file: source.filename,
    startLine: span.start,
    endLine: span.end,
    snippet: formatSourceBlock(source.filename, source.data, source.ranges),
  };
}

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
  override name = 'SolveError';
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

  /** From a grpc-js error of Solve/Status/LLBBridge, or a `google.rpc.Status` from the gateway. */
  static fromGrpc(err: grpc.ServiceError | RpcStatus, options: SolveErrorOptions = {}): SolveError {
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
    const title = this.target !== undefined && !what.startsWith(`[${this.target}`) ? `target ${this.target}: ${what}` : what;
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

/** Annotation for a build warning (same source location logic as errors). */
export function warningAnnotation(warning: VertexWarning): Annotation {
  const text = (b: Uint8Array | undefined) => Buffer.from(b ?? new Uint8Array()).toString('utf8');
  const lines = (warning.detail ?? []).map(text);
  if (warning.url) lines.push(`More info: ${warning.url}`);
  const annotation: Annotation = { title: text(warning.short), message: lines.join('\n') || text(warning.short) };
  const location = warningSource(warning.info, warning.ranges);
  if (location) {
    annotation.file = location.file;
    annotation.startLine = location.startLine;
    annotation.endLine = location.endLine;
  }
  return annotation;
}

/** A warning's location in the protobuf form Status uses (`pb.SourceInfo` + `pb.Range`). */
export function warningSource(info: SourceInfo | undefined, ranges: Range[] | undefined): SourceLocation | undefined {
  if (!info) return undefined;
  return sourceLocation({
    filename: info.filename ?? '',
    data: toBuffer(info.data),
    language: info.language ?? '',
    ranges: (ranges ?? []).map((r) => ({
      start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
      end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 },
    })),
  });
}

// ---------------------------------------------------------------------------------------------------------
// Connection failures
// ---------------------------------------------------------------------------------------------------------

/** An error about reaching the daemon, worded for the user; `cause` is the original error. */
export class BuildKitConnectionError extends Error {
  override name = 'BuildKitConnectionError';
  constructor(
    message: string,
    readonly endpoint: string,
    readonly grpcCode: number | undefined,
    cause: unknown,
  ) {
    super(message, { cause });
  }
}

/**
 * Turns a transport or daemon failure (grpc-js ServiceError, or a Node socket error from our own
 * connectors) into an actionable message naming the endpoint, e.g.
 * `cannot reach BuildKit at unix:///run/buildkit/buildkitd.sock: the socket does not exist; is the daemon running?`.
 * Errors that are not about the connection keep their message, prefixed with the endpoint.
 */
export function describeConnectionError(err: unknown, endpoint: string): BuildKitConnectionError {
  const grpcCode = isObject(err) && typeof err.code === 'number' ? err.code : undefined;
  const errno = isObject(err) && typeof err.code === 'string' ? err.code : undefined;
  const detail =
    isObject(err) && typeof err.details === 'string' && err.details !== ''
      ? err.details
      : err instanceof Error
        ? err.message
        : String(err);
  // grpc-js reports the socket error only as text ("… Last error: Error: connect ENOENT /path …").
  const code = errno ?? /\b(ENOENT|ECONNREFUSED|EACCES|EPERM|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|ECONNRESET|EPIPE)\b/.exec(detail)?.[1];
  const unreachable = `cannot reach BuildKit at ${endpoint}`;
  const make = (message: string) => new BuildKitConnectionError(message, endpoint, grpcCode, err);

  switch (code) {
    case 'ENOENT':
      return make(`${unreachable}: the socket does not exist; is the daemon running?`);
    case 'ECONNREFUSED':
      return make(`${unreachable}: connection refused; is the daemon running and listening there?`);
    case 'EACCES':
    case 'EPERM':
      return make(`${unreachable}: permission denied on the socket; run as a user allowed to use it (root, or the docker group for the Docker socket)`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return make(`${unreachable}: the host name does not resolve (${detail})`);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return make(`${unreachable}: the host does not answer (${code}); check the address and firewall`);
    case 'ECONNRESET':
    case 'EPIPE':
      return make(`${unreachable}: the connection was closed by the other side (${code}); is this a BuildKit (or Docker) endpoint, and is TLS needed?`);
  }

  switch (grpcCode) {
    case grpc.status.UNAVAILABLE:
      if (/Name resolution failed/.test(detail)) return make(`${unreachable}: the host name does not resolve (${detail})`);
      return make(`${unreachable}: ${detail}; is the daemon running?`);
    case grpc.status.DEADLINE_EXCEEDED:
      return make(`${unreachable}: timed out (${detail}); is the daemon running and reachable?`);
    case grpc.status.UNIMPLEMENTED:
      return make(`BuildKit at ${endpoint} does not support this call (${detail}); the daemon may be too old, or the endpoint is not BuildKit`);
    case grpc.status.UNAUTHENTICATED:
    case grpc.status.PERMISSION_DENIED:
      return make(`BuildKit at ${endpoint} refused the connection: ${detail}; check credentials / TLS settings`);
  }

  if (/Failed to connect before the deadline/.test(detail)) {
    return make(`${unreachable}: timed out; is the daemon running?`);
  }
  return make(`BuildKit at ${endpoint}: ${detail}`);
}
