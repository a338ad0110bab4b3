/**
 * BuildKit's typed error details, decoded: what a failed solve says beyond its message.
 *
 * A failed call's `google.rpc.Status` (grpc/errors.ts reads it from the `grpc-status-details-bin` trailer; gateway
 * builds hand the same Status to `Return` and get it back from the outer `Solve`) carries records that BuildKit's
 * util/grpcerrors puts there, each an `Any` whose value is the record serialized with Go's `encoding/json` (type URLs
 * end in `+json`): where in the Dockerfile the failing instruction is (`errdefs.Source`), which vertex failed
 * (`errdefs.Vertex`), the failing op (`errdefs.Solve`), the process exit code (`gatewayapi.ExitMessage`), and more
 * (solver/errdefs). Malformed or unknown records are kept, not fatal: an error report must never fail itself.
 */
import { codeOf, messageOf, rpcStatusOf } from '../grpc/errors.js';
import { Code } from '../grpc/status.js';
import type { ProtoAny, RpcStatus } from '../proto/rpc-status.js';

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

/** Bytes as a detail holds them: a Buffer, other bytes, or the standard base64 Go's encoding/json writes []byte as. */
export function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
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

/**
 * Reads BuildKit's typed error details from the error of a failed call (grpc-js's ServiceError, our StatusError: the
 * Status in their `grpc-status-details-bin`) or from a `google.rpc.Status` we already hold (a gateway `Return`/`Solve`
 * error). Unknown details and malformed JSON are kept in `other`; missing fields get empty values. Without details,
 * code and message come from the error itself (grpc/errors.ts).
 */
export function decodeGrpcErrorDetails(err: Error | RpcStatus): GrpcErrorDetails {
  const fromCall = err instanceof Error;
  const status = fromCall ? rpcStatusOf(err) : err;
  const decoded: GrpcErrorDetails = {
    code: status?.code ?? (fromCall ? (codeOf(err) ?? Code.UNKNOWN) : Code.UNKNOWN),
    message: status?.message || (fromCall ? messageOf(err) : ''),
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
