/**
 * gRPC status: the codes, the one error class that carries a status, and how a status travels in HTTP/2 headers.
 *
 * A call ends with `grpc-status` (the code), `grpc-message` (percent-encoded text) and, from BuildKit, the binary
 * `google.rpc.Status` with typed details in `grpc-status-details-bin` (grpc's PROTOCOL-HTTP2.md; BuildKit's
 * util/grpcerrors). They come in the trailers, or in the response headers of a call that fails before any message
 * ("trailers-only"). Our server (server.ts) writes them; the channel's calls (client.ts) and the session tunnel
 * (transport/tunnel.ts) read them. How any error becomes a status and back is errors.ts.
 */

/** The status codes (grpc's doc/statuscodes.md), by the names grpc's own libraries give them. */
export const Code = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;
export type Code = (typeof Code)[keyof typeof Code];

/** The header (trailer) that carries the binary `google.rpc.Status` of a failed call. */
export const STATUS_DETAILS_KEY = 'grpc-status-details-bin';

/** Go's names for the codes (`codes.Code.String()`), which BuildKit's client puts before messages. */
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

/** Whether `code` is one of the 17 codes gRPC defines. */
export function isCode(code: unknown): code is Code {
  return typeof code === 'number' && Number.isInteger(code) && code >= Code.OK && code <= Code.UNAUTHENTICATED;
}

/** A code as Go prints it (`Unavailable`), `Code(42)` for one gRPC does not define. */
export function codeName(code: number): string {
  return GO_CODE_NAMES[code] ?? `Code(${code})`;
}

/** The status as BuildKit's Go client words it: the bare message for Unknown (and OK), else `Code: msg`. */
export function formatStatusText(code: number, message: string): string {
  if (code === Code.OK || code === Code.UNKNOWN) return message;
  return `${codeName(code)}: ${message}`;
}

/**
 * A call's status as an error: a handler throws one to fail its call with that code, and a client call we make
 * ourselves (client.ts, the session tunnel) fails with one. It has the fields of grpc-js's ServiceError that callers
 * read (`code`, `details`), so handlers run unchanged on grpc-js's server (tests drive them with it) and callers treat
 * both alike.
 */
export class StatusError extends Error {
  override readonly name: string = 'StatusError';
  /** The binary `google.rpc.Status` the peer sent with this status (`grpc-status-details-bin`), when it sent one. */
  readonly statusDetails?: Buffer;

  constructor(
    readonly code: Code,
    /** The status message alone (`grpc-message`); `message` adds the code. */
    readonly details: string,
    options: { cause?: unknown; statusDetails?: Buffer } = {},
  ) {
    super(
      `${details || codeName(code)} (gRPC status ${code})`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    if (options.statusDetails) this.statusDetails = options.statusDetails;
  }
}

/** Received headers, as h2-connection.ts gives them (node:http2's, in the tests' peers, fit too). */
type HeaderValues = Readonly<Record<string, string | string[] | number | undefined>>;

/** The headers that end a call with `code` (trailers, or a trailers-only response). */
export function statusHeaders(code: Code, message: string): Record<string, string> {
  const headers: Record<string, string> = { 'grpc-status': String(code) };
  if (message) headers['grpc-message'] = encodeGrpcMessage(message);
  return headers;
}

/**
 * The failure a peer's headers (trailers, or a trailers-only response) report: undefined for OK or when they carry
 * no status, else a StatusError with the decoded message and, when sent, the binary `google.rpc.Status`.
 */
export function statusFromHeaders(headers: HeaderValues): StatusError | undefined {
  const raw = headers['grpc-status'];
  if (raw === undefined || raw === '0') return undefined;
  const parsed = Number(raw);
  const code = isCode(parsed) ? parsed : Code.UNKNOWN;
  const message = headers['grpc-message'];
  const details = headers[STATUS_DETAILS_KEY];
  return new StatusError(code, typeof message === 'string' ? decodeGrpcMessage(message) : '', {
    ...(typeof details === 'string' && details !== '' ? { statusDetails: Buffer.from(details, 'base64') } : {}),
  });
}

/** gRPC's percent-encoding of grpc-message: UTF-8 bytes outside printable ASCII, and '%', become %XX. */
export function encodeGrpcMessage(message: string): string {
  return percentEncodeBytes(message, (byte) => byte !== 0x25);
}

/** `text`'s UTF-8 with every byte outside printable ASCII, and every printable one `keep` refuses, as %XX. */
export function percentEncodeBytes(text: string, keep: (printableByte: number) => boolean = () => true): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    out +=
      byte >= 0x20 && byte <= 0x7e && keep(byte)
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** grpc-message's percent-encoding undone; a malformed one as it came (decodeURIComponent would throw, and this runs in
 * stream event handlers, where a throw is an uncaught exception). */
export function decodeGrpcMessage(message: string): string {
  try {
    return decodeURIComponent(message);
  } catch {
    return message;
  }
}
