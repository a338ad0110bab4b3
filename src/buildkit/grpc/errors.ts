/**
 * From any error to a gRPC status and back, in one place (what BuildKit's util/grpcerrors is to its Go code).
 *
 * Errors arrive in several shapes: grpc-js's ServiceError (`code`, `details`, `metadata` with the trailers), our own
 * StatusError (status.ts), the `{code, details}` objects grpc-js handlers fail calls with, an AbortError, and any
 * other Error or thrown value. Going out, a failed call tells its peer a code and a message (toStatus); a status that
 * came in tells a caller its code (codeOf), and BuildKit's typed details (statusDetailsOf, rpcStatusOf), which
 * errdefs/ reads. A call whose stream or connection broke before its status came is UNAVAILABLE (callLost), as
 * grpc-js reports it.
 */
import { decodeRpcStatus, encodeRpcStatus, type RpcStatus } from '../proto/rpc-status.js';
import { Code, isCode, STATUS_DETAILS_KEY, StatusError } from './status.js';

/** What a failed call tells its peer. */
export interface CallStatus {
  code: Code;
  message: string;
}

/**
 * The gRPC code `err` carries: a status from a peer (grpc-js's ServiceError, our StatusError) or the `{code, details}`
 * a handler failed with. Undefined for an error that carries none (a Node system error's `code` is a string).
 */
export function codeOf(err: unknown): Code | undefined {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return isCode(code) ? code : undefined;
}

/** The status message of `err`: a status's `details`, else an Error's message, else the value as text. */
export function messageOf(err: unknown): string {
  const e = err as { details?: unknown; message?: unknown } | null | undefined;
  if (typeof e?.details === 'string') return e.details;
  if (typeof e?.message === 'string') return e.message;
  return String(err);
}

/** An abort (AbortController, AbortSignal.timeout, a stream destroyed by its signal): a cancellation, as Go's
 * context.Canceled is. */
function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || (err as NodeJS.ErrnoException).code === 'ABORT_ERR');
}

/** What a peer is told when a call fails with `err`: its code (one of its own, CANCELLED for an abort, else UNKNOWN)
 * and its message. */
export function toStatus(err: unknown): CallStatus {
  return { code: codeOf(err) ?? (isAbortError(err) ? Code.CANCELLED : Code.UNKNOWN), message: messageOf(err) };
}

/** `err` as a StatusError to fail a call with: itself, or one with its status and `err` as the cause. */
export function toStatusError(err: unknown): StatusError {
  if (err instanceof StatusError) return err;
  const { code, message } = toStatus(err);
  return new StatusError(code, message, { cause: err });
}

/**
 * The binary `google.rpc.Status` a peer sent with the failure `err` reports (`grpc-status-details-bin`): from our
 * StatusError, or the trailers of a grpc-js ServiceError (grpc-js decodes `-bin` values to Buffers). BuildKit sends one
 * with every error of its own, so its presence also tells a daemon's error from a connection that broke.
 */
export function statusDetailsOf(err: unknown): Buffer | undefined {
  if (err instanceof StatusError) return err.statusDetails;
  const metadata = (err as { metadata?: { get?: unknown } } | null | undefined)?.metadata;
  if (typeof metadata?.get !== 'function') return undefined;
  const values = (metadata.get as (key: string) => unknown[]).call(metadata, STATUS_DETAILS_KEY);
  return values.find((v): v is Buffer => Buffer.isBuffer(v));
}

/** The `google.rpc.Status` a peer sent with `err`, decoded; undefined when it sent none or it does not decode. */
export function rpcStatusOf(err: unknown): RpcStatus | undefined {
  const bytes = statusDetailsOf(err);
  if (!bytes) return undefined;
  try {
    return decodeRpcStatus(bytes);
  } catch {
    return undefined;
  }
}

/**
 * `err` as the bytes of a `google.rpc.Status` to hand back to a peer (a gateway build's Return): the one the peer sent
 * when there is one, so its typed details survive the round trip; else the code `err` carries (`fallback` for an error
 * that carries none) and its message.
 */
export function encodeStatus(err: unknown, fallback: Code): Buffer {
  const sent = statusDetailsOf(err);
  if (sent) return sent;
  return encodeRpcStatus({ code: codeOf(err) ?? fallback, message: messageOf(err), details: [] });
}

/** A call whose stream or connection ended before its status came (the daemon gone, the stream reset): UNAVAILABLE,
 * as grpc-js reports it, so that callers treat both kinds of call alike. */
export function callLost(reason: string, cause?: unknown): StatusError {
  return new StatusError(Code.UNAVAILABLE, reason, { cause });
}
