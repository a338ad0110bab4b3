export const id = 515;
export const ids = [515];
export const modules = {

/***/ 5578:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ toBuffer),
/* harmony export */   h: () => (/* binding */ decodeGrpcErrorDetails)
/* harmony export */ });
/* harmony import */ var _grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8791);
/* harmony import */ var _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9499);
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


const TYPE_PREFIX = 'github.com/moby/buildkit/';
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asString(value) {
    return typeof value === 'string' ? value : '';
}
function asNumber(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    // int64 fields are JSON numbers from encoding/json but strings from protojson; accept both.
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    return undefined;
}
function asStringArray(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/** Bytes as a detail holds them: a Buffer, other bytes, or the standard base64 Go's encoding/json writes []byte as. */
function toBuffer(value) {
    if (Buffer.isBuffer(value))
        return value;
    if (value instanceof Uint8Array)
        return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    if (typeof value === 'string')
        return Buffer.from(value, 'base64');
    return Buffer.alloc(0);
}
function parsePosition(value) {
    const p = isObject(value) ? value : {};
    return { line: asNumber(p.line) ?? 0, character: asNumber(p.character) ?? 0 };
}
function parseRanges(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(isObject).map((r) => ({ start: parsePosition(r.start), end: parsePosition(r.end) }));
}
function parseSource(json) {
    const info = isObject(json.info) ? json.info : {};
    return {
        filename: asString(info.filename),
        data: toBuffer(info.data),
        language: asString(info.language),
        ranges: parseRanges(json.ranges),
    };
}
function parseSolve(json) {
    const detail = { inputIDs: asStringArray(json.inputIDs), mountIDs: asStringArray(json.mountIDs) };
    if (isObject(json.op)) {
        detail.op = json.op;
        // encoding/json puts the pb.Op oneof under the Go field name `Op`; accept a flattened form too.
        const oneof = isObject(json.op.Op) ? json.op.Op : json.op;
        const exec = isObject(oneof.exec) ? oneof.exec : undefined;
        const meta = exec && isObject(exec.meta) ? exec.meta : undefined;
        if (meta && Array.isArray(meta.args))
            detail.command = asStringArray(meta.args);
    }
    if (isObject(json.description)) {
        detail.description = Object.fromEntries(Object.entries(json.description).filter((e) => typeof e[1] === 'string'));
    }
    // The `subject` oneof: Go field name `Subject`, holding `{file: {index}}` or `{cache: {index}}`.
    const subject = isObject(json.Subject) ? json.Subject : isObject(json.subject) ? json.subject : undefined;
    if (subject && isObject(subject.file))
        detail.fileActionIndex = asNumber(subject.file.index) ?? 0;
    if (subject && isObject(subject.cache))
        detail.contentCacheIndex = asNumber(subject.cache.index) ?? 0;
    return detail;
}
/**
 * Reads BuildKit's typed error details from the error of a failed call (grpc-js's ServiceError, our StatusError: the
 * Status in their `grpc-status-details-bin`) or from a `google.rpc.Status` we already hold (a gateway `Return`/`Solve`
 * error). Unknown details and malformed JSON are kept in `other`; missing fields get empty values. Without details,
 * code and message come from the error itself (grpc/errors.ts).
 */
function decodeGrpcErrorDetails(err) {
    const fromCall = err instanceof Error;
    const status = fromCall ? (0,_grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .rpcStatusOf */ .Vv)(err) : err;
    const decoded = {
        code: status?.code ?? (fromCall ? ((0,_grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .codeOf */ .$N)(err) ?? _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__/* .Code */ .Cy.UNKNOWN) : _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__/* .Code */ .Cy.UNKNOWN),
        message: status?.message || (fromCall ? (0,_grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(err) : ''),
        sources: [],
        vertexDigests: [],
        solves: [],
        frontendCaps: [],
        subrequests: [],
        frontends: [],
        stacks: [],
        other: [],
    };
    for (const detail of status?.details ?? [])
        addDetail(decoded, detail);
    return decoded;
}
function addDetail(decoded, detail) {
    const typeUrl = detail.type_url ?? '';
    // A proto3-JSON Status would carry bytes as base64 text; a decoded one carries a Buffer.
    const value = toBuffer(detail.value);
    const kind = typeUrl.startsWith(TYPE_PREFIX) ? typeUrl.slice(TYPE_PREFIX.length) : '';
    if (!kind.endsWith('+json')) {
        decoded.other.push({ typeUrl, value });
        return;
    }
    let json;
    try {
        json = JSON.parse(value.toString('utf8'));
    }
    catch {
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
            if (digest)
                decoded.vertexDigests.push(digest);
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


/***/ }),

/***/ 3515:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ warningSource),
/* harmony export */   GO: () => (/* binding */ formatSourceBlock),
/* harmony export */   J$: () => (/* binding */ sourceLocation)
/* harmony export */ });
/* harmony import */ var _details_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5578);

const SNIPPET_RULE = '--------------------';
/** First and last line a set of ranges covers (an end before its start counts as the start). */
function lineSpan(ranges) {
    if (ranges.length === 0)
        return undefined;
    let start = Infinity;
    let end = 0;
    for (const r of ranges) {
        start = Math.min(start, r.start.line);
        end = Math.max(end, r.start.line, r.end.line);
    }
    return { start, end };
}
function rangesContain(ranges, line) {
    return ranges.some((r) => r.start.line <= line && Math.max(r.start.line, r.end.line) >= line);
}
/**
 * The block buildx prints for a source location:
 * `Dockerfile:5`, a rule, the lines around the range as ` %3d | >>> text` (`>>>` on lines in a range, with
 * two more lines of context each side for a single line, one for a longer range), and a closing rule.
 * Empty when the source text is missing or the range lies outside it.
 */
function formatSourceBlock(filename, data, ranges) {
    if (data.length === 0)
        return [];
    const span = lineSpan(ranges);
    if (!span)
        return [];
    // Split like Go's strings.Split (a trailing newline yields a last, empty line); drop CRs of CRLF files.
    const lines = Buffer.from(data)
        .toString('utf8')
        .split('\n')
        .map((l) => l.replace(/\r$/, ''));
    let { start, end } = span;
    if (start > lines.length || start < 1)
        return [];
    if (end > lines.length)
        end = lines.length;
    const firstLine = start;
    // Same widening loop as buildkit: each pass adds a line on each side that can grow, and counts a pass.
    const pad = end === start ? 4 : 2;
    for (let p = 0; p < pad;) {
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
/** Where an `errdefs.Source` points, with its snippet; undefined without a file name or a range. */
function sourceLocation(source) {
    const span = lineSpan(source.ranges);
    if (!span || !source.filename)
        return undefined;
    return {
        file: source.filename,
        startLine: span.start,
        endLine: span.end,
        snippet: formatSourceBlock(source.filename, source.data, source.ranges),
    };
}
/** A warning's location, given in the protobuf form progress uses (`pb.SourceInfo` + `pb.Range`). */
function warningSource(info, ranges) {
    if (!info)
        return undefined;
    return sourceLocation({
        filename: info.filename ?? '',
        data: (0,_details_js__WEBPACK_IMPORTED_MODULE_0__/* .toBuffer */ .A)(info.data),
        language: info.language ?? '',
        ranges: (ranges ?? []).map((r) => ({
            start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
            end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 },
        })),
    });
}


/***/ }),

/***/ 8791:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bp: () => (/* binding */ callLost),
  $N: () => (/* binding */ codeOf),
  BK: () => (/* binding */ encodeStatus),
  bD: () => (/* binding */ messageOf),
  Vv: () => (/* binding */ rpcStatusOf),
  iX: () => (/* binding */ statusDetailsOf),
  mf: () => (/* binding */ toStatus),
  QL: () => (/* binding */ toStatusError)
});

// EXTERNAL MODULE: ./lib/buildkit/proto/registry.js + 1 modules
var registry = __webpack_require__(2328);
;// CONCATENATED MODULE: ./lib/buildkit/proto/rpc-status.js

const RPC_STATUS_TYPE = 'google.rpc.Status';
function encodeRpcStatus(status) {
    return (0,registry/* encodeMessage */.mH)(RPC_STATUS_TYPE, status);
}
function decodeRpcStatus(bytes) {
    return (0,registry.decodeMessage)(RPC_STATUS_TYPE, bytes);
}

// EXTERNAL MODULE: ./lib/buildkit/grpc/status.js
var grpc_status = __webpack_require__(9499);
;// CONCATENATED MODULE: ./lib/buildkit/grpc/errors.js
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


/**
 * The gRPC code `err` carries: a status from a peer (grpc-js's ServiceError, our StatusError) or the `{code, details}`
 * a handler failed with. Undefined for an error that carries none (a Node system error's `code` is a string).
 */
function codeOf(err) {
    const code = err?.code;
    return (0,grpc_status/* isCode */._m)(code) ? code : undefined;
}
/** The status message of `err`: a status's `details`, else an Error's message, else the value as text. */
function messageOf(err) {
    const e = err;
    if (typeof e?.details === 'string')
        return e.details;
    if (typeof e?.message === 'string')
        return e.message;
    return String(err);
}
/** An abort (AbortController, AbortSignal.timeout, a stream destroyed by its signal): a cancellation, as Go's
 * context.Canceled is. */
function isAbortError(err) {
    return err instanceof Error && (err.name === 'AbortError' || err.code === 'ABORT_ERR');
}
/** What a peer is told when a call fails with `err`: its code (one of its own, CANCELLED for an abort, else UNKNOWN)
 * and its message. */
function toStatus(err) {
    return { code: codeOf(err) ?? (isAbortError(err) ? grpc_status/* Code */.Cy.CANCELLED : grpc_status/* Code */.Cy.UNKNOWN), message: messageOf(err) };
}
/** `err` as a StatusError to fail a call with: itself, or one with its status and `err` as the cause. */
function toStatusError(err) {
    if (err instanceof grpc_status/* StatusError */.Xs)
        return err;
    const { code, message } = toStatus(err);
    return new grpc_status/* StatusError */.Xs(code, message, { cause: err });
}
/**
 * The binary `google.rpc.Status` a peer sent with the failure `err` reports (`grpc-status-details-bin`): from our
 * StatusError, or the trailers of a grpc-js ServiceError (grpc-js decodes `-bin` values to Buffers). BuildKit sends one
 * with every error of its own, so its presence also tells a daemon's error from a connection that broke.
 */
function statusDetailsOf(err) {
    if (err instanceof grpc_status/* StatusError */.Xs)
        return err.statusDetails;
    const metadata = err?.metadata;
    if (typeof metadata?.get !== 'function')
        return undefined;
    const values = metadata.get.call(metadata, grpc_status/* STATUS_DETAILS_KEY */.MO);
    return values.find((v) => Buffer.isBuffer(v));
}
/** The `google.rpc.Status` a peer sent with `err`, decoded; undefined when it sent none or it does not decode. */
function rpcStatusOf(err) {
    const bytes = statusDetailsOf(err);
    if (!bytes)
        return undefined;
    try {
        return decodeRpcStatus(bytes);
    }
    catch {
        return undefined;
    }
}
/**
 * `err` as the bytes of a `google.rpc.Status` to hand back to a peer (a gateway build's Return): the one the peer sent
 * when there is one, so its typed details survive the round trip; else the code `err` carries (`fallback` for an error
 * that carries none) and its message.
 */
function encodeStatus(err, fallback) {
    const sent = statusDetailsOf(err);
    if (sent)
        return sent;
    return encodeRpcStatus({ code: codeOf(err) ?? fallback, message: messageOf(err), details: [] });
}
/** A call whose stream or connection ended before its status came (the daemon gone, the stream reset): UNAVAILABLE,
 * as grpc-js reports it, so that callers treat both kinds of call alike. */
function callLost(reason, cause) {
    return new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNAVAILABLE, reason, { cause });
}


/***/ }),

/***/ 9499:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* reexport safe */ _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__.h5),
/* harmony export */   Ff: () => (/* binding */ statusHeaders),
/* harmony export */   MO: () => (/* binding */ STATUS_DETAILS_KEY),
/* harmony export */   Xs: () => (/* binding */ StatusError),
/* harmony export */   _m: () => (/* binding */ isCode),
/* harmony export */   rG: () => (/* binding */ formatStatusText),
/* harmony export */   rm: () => (/* binding */ statusFromHeaders)
/* harmony export */ });
/* unused harmony exports codeName, encodeGrpcMessage, decodeGrpcMessage */
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3033);


/** The header (trailer) that carries the binary `google.rpc.Status` of a failed call. */
const STATUS_DETAILS_KEY = 'grpc-status-details-bin';
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
function isCode(code) {
    return typeof code === 'number' && Number.isInteger(code) && code >= _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.OK && code <= _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.UNAUTHENTICATED;
}
/** A code as Go prints it (`Unavailable`), `Code(42)` for one gRPC does not define. */
function codeName(code) {
    return GO_CODE_NAMES[code] ?? `Code(${code})`;
}
/** The status as BuildKit's Go client words it: the bare message for Unknown (and OK), else `Code: msg`. */
function formatStatusText(code, message) {
    if (code === _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.OK || code === _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.UNKNOWN)
        return message;
    return `${codeName(code)}: ${message}`;
}
/**
 * A call's status as an error: a handler throws one to fail its call with that code, and a client call we make
 * ourselves (the session tunnel) fails with one. It has the fields of grpc-js's ServiceError that callers read
 * (`code`, `details`), so handlers run unchanged on grpc-js's server and callers treat both alike.
 */
class StatusError extends Error {
    code;
    details;
    name = 'StatusError';
    /** The binary `google.rpc.Status` the peer sent with this status (`grpc-status-details-bin`), when it sent one. */
    statusDetails;
    constructor(code, 
    /** The status message alone (`grpc-message`); `message` adds the code. */
    details, options = {}) {
        super(`${details || codeName(code)} (gRPC status ${code})`, options.cause === undefined ? undefined : { cause: options.cause });
        this.code = code;
        this.details = details;
        if (options.statusDetails)
            this.statusDetails = options.statusDetails;
    }
}
/** The headers that end a call with `code` (trailers, or a trailers-only response). */
function statusHeaders(code, message) {
    const headers = { 'grpc-status': String(code) };
    if (message)
        headers['grpc-message'] = encodeGrpcMessage(message);
    return headers;
}
/**
 * The failure a peer's headers (trailers, or a trailers-only response) report: undefined for OK or when they carry
 * no status, else a StatusError with the decoded message and, when sent, the binary `google.rpc.Status`.
 */
function statusFromHeaders(headers) {
    const raw = headers['grpc-status'];
    if (raw === undefined || raw === '0')
        return undefined;
    const parsed = Number(raw);
    const code = isCode(parsed) ? parsed : _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.UNKNOWN;
    const message = headers['grpc-message'];
    const details = headers[STATUS_DETAILS_KEY];
    return new StatusError(code, typeof message === 'string' ? decodeGrpcMessage(message) : '', {
        ...(typeof details === 'string' && details !== '' ? { statusDetails: Buffer.from(details, 'base64') } : {}),
    });
}
/** gRPC's percent-encoding of grpc-message: UTF-8 bytes outside printable ASCII, and '%', become %XX. */
function encodeGrpcMessage(message) {
    let out = '';
    for (const byte of Buffer.from(message, 'utf8')) {
        out +=
            byte >= 0x20 && byte <= 0x7e && byte !== 0x25
                ? String.fromCharCode(byte)
                : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/** grpc-message's percent-encoding undone; a malformed one as it came (decodeURIComponent would throw, and this runs in
 * stream event handlers, where a throw is an uncaught exception). */
function decodeGrpcMessage(message) {
    try {
        return decodeURIComponent(message);
    }
    catch {
        return message;
    }
}


/***/ }),

/***/ 2328:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decodeMessage: () => (/* binding */ decodeMessage),
  pX: () => (/* binding */ decodeWith),
  mH: () => (/* binding */ encodeMessage),
  rk: () => (/* binding */ encodeWith),
  zr: () => (/* binding */ root)
});

// UNUSED EXPORTS: loadRoot, messageType, toObjectOptions

// EXTERNAL MODULE: ./node_modules/protobufjs/light.js
var light = __webpack_require__(365);
;// CONCATENATED MODULE: ./lib/buildkit/proto/descriptors.js
const descriptors = {
    "nested": {
        "moby": {
            "nested": {
                "buildkit": {
                    "nested": {
                        "v1": {
                            "nested": {
                                "apicaps": {
                                    "nested": {
                                        "APICap": {
                                            "fields": {
                                                "ID": { "type": "string", "id": 1 },
                                                "Enabled": { "type": "bool", "id": 2 },
                                                "Deprecated": { "type": "bool", "id": 3 },
                                                "DisabledReason": { "type": "string", "id": 4 },
                                                "DisabledReasonMsg": { "type": "string", "id": 5 },
                                                "DisabledAlternative": { "type": "string", "id": 6 }
                                            }
                                        }
                                    }
                                },
                                "Control": {
                                    "methods": {
                                        "Solve": { "requestType": "SolveRequest", "responseType": "SolveResponse" },
                                        "Status": {
                                            "requestType": "StatusRequest",
                                            "responseType": "StatusResponse",
                                            "responseStream": true
                                        },
                                        "Session": {
                                            "requestType": "BytesMessage",
                                            "requestStream": true,
                                            "responseType": "BytesMessage",
                                            "responseStream": true
                                        },
                                        "ListWorkers": { "requestType": "ListWorkersRequest", "responseType": "ListWorkersResponse" },
                                        "Info": { "requestType": "InfoRequest", "responseType": "InfoResponse" },
                                        "ListenBuildHistory": {
                                            "requestType": "BuildHistoryRequest",
                                            "responseType": "BuildHistoryEvent",
                                            "responseStream": true
                                        }
                                    }
                                },
                                "SolveRequest": {
                                    "fields": {
                                        "Ref": { "type": "string", "id": 1 },
                                        "Definition": { "type": "bytes", "id": 2 },
                                        "ExporterDeprecated": { "type": "string", "id": 3 },
                                        "ExporterAttrsDeprecated": { "keyType": "string", "type": "string", "id": 4 },
                                        "Session": { "type": "string", "id": 5 },
                                        "Frontend": { "type": "string", "id": 6 },
                                        "FrontendAttrs": { "keyType": "string", "type": "string", "id": 7 },
                                        "Cache": { "type": "CacheOptions", "id": 8 },
                                        "Entitlements": { "rule": "repeated", "type": "string", "id": 9 },
                                        "FrontendInputs": { "keyType": "string", "type": "bytes", "id": 10 },
                                        "Internal": { "type": "bool", "id": 11 },
                                        "SourcePolicy": { "type": "moby.buildkit.v1.sourcepolicy.Policy", "id": 12 },
                                        "Exporters": { "rule": "repeated", "type": "Exporter", "id": 13 },
                                        "EnableSessionExporter": { "type": "bool", "id": 14 },
                                        "SourcePolicySession": { "type": "string", "id": 15 },
                                        "CompatibilityVersion": { "type": "int64", "id": 16 },
                                        "ProxyNetwork": { "type": "bool", "id": 17 }
                                    }
                                },
                                "Exporter": {
                                    "fields": {
                                        "Type": { "type": "string", "id": 1 },
                                        "Attrs": { "keyType": "string", "type": "string", "id": 2 }
                                    }
                                },
                                "CacheOptions": {
                                    "fields": {
                                        "ExportRefDeprecated": { "type": "string", "id": 1 },
                                        "ImportRefsDeprecated": { "rule": "repeated", "type": "string", "id": 2 },
                                        "ExportAttrsDeprecated": { "keyType": "string", "type": "string", "id": 3 },
                                        "Exports": { "rule": "repeated", "type": "CacheOptionsEntry", "id": 4 },
                                        "Imports": { "rule": "repeated", "type": "CacheOptionsEntry", "id": 5 }
                                    }
                                },
                                "CacheOptionsEntry": {
                                    "fields": {
                                        "Type": { "type": "string", "id": 1 },
                                        "Attrs": { "keyType": "string", "type": "string", "id": 2 }
                                    }
                                },
                                "SolveResponse": { "fields": { "ExporterResponse": { "keyType": "string", "type": "string", "id": 1 } } },
                                "StatusRequest": { "fields": { "Ref": { "type": "string", "id": 1 } } },
                                "StatusResponse": {
                                    "fields": {
                                        "vertexes": { "rule": "repeated", "type": "Vertex", "id": 1 },
                                        "statuses": { "rule": "repeated", "type": "VertexStatus", "id": 2 },
                                        "logs": { "rule": "repeated", "type": "VertexLog", "id": 3 },
                                        "warnings": { "rule": "repeated", "type": "VertexWarning", "id": 4 }
                                    }
                                },
                                "Vertex": {
                                    "fields": {
                                        "digest": { "type": "string", "id": 1 },
                                        "inputs": { "rule": "repeated", "type": "string", "id": 2 },
                                        "name": { "type": "string", "id": 3 },
                                        "cached": { "type": "bool", "id": 4 },
                                        "started": { "type": "google.protobuf.Timestamp", "id": 5 },
                                        "completed": { "type": "google.protobuf.Timestamp", "id": 6 },
                                        "error": { "type": "string", "id": 7 },
                                        "progressGroup": { "type": "pb.ProgressGroup", "id": 8 }
                                    }
                                },
                                "VertexStatus": {
                                    "fields": {
                                        "ID": { "type": "string", "id": 1 },
                                        "vertex": { "type": "string", "id": 2 },
                                        "name": { "type": "string", "id": 3 },
                                        "current": { "type": "int64", "id": 4 },
                                        "total": { "type": "int64", "id": 5 },
                                        "timestamp": { "type": "google.protobuf.Timestamp", "id": 6 },
                                        "started": { "type": "google.protobuf.Timestamp", "id": 7 },
                                        "completed": { "type": "google.protobuf.Timestamp", "id": 8 }
                                    }
                                },
                                "VertexLog": {
                                    "fields": {
                                        "vertex": { "type": "string", "id": 1 },
                                        "timestamp": { "type": "google.protobuf.Timestamp", "id": 2 },
                                        "stream": { "type": "int64", "id": 3 },
                                        "msg": { "type": "bytes", "id": 4 }
                                    }
                                },
                                "VertexWarning": {
                                    "fields": {
                                        "vertex": { "type": "string", "id": 1 },
                                        "level": { "type": "int64", "id": 2 },
                                        "short": { "type": "bytes", "id": 3 },
                                        "detail": { "rule": "repeated", "type": "bytes", "id": 4 },
                                        "url": { "type": "string", "id": 5 },
                                        "info": { "type": "pb.SourceInfo", "id": 6 },
                                        "ranges": { "rule": "repeated", "type": "pb.Range", "id": 7 }
                                    }
                                },
                                "BytesMessage": { "fields": { "data": { "type": "bytes", "id": 1 } } },
                                "ListWorkersRequest": { "fields": { "filter": { "rule": "repeated", "type": "string", "id": 1 } } },
                                "ListWorkersResponse": {
                                    "fields": {
                                        "record": { "rule": "repeated", "type": "moby.buildkit.v1.types.WorkerRecord", "id": 1 }
                                    }
                                },
                                "InfoRequest": { "fields": {} },
                                "InfoResponse": {
                                    "fields": { "buildkitVersion": { "type": "moby.buildkit.v1.types.BuildkitVersion", "id": 1 } }
                                },
                                "BuildHistoryRequest": {
                                    "fields": {
                                        "ActiveOnly": { "type": "bool", "id": 1 },
                                        "Ref": { "type": "string", "id": 2 },
                                        "EarlyExit": { "type": "bool", "id": 3 }
                                    }
                                },
                                "BuildHistoryEvent": {
                                    "fields": {
                                        "type": { "type": "int32", "id": 1 },
                                        "record": { "type": "BuildHistoryRecord", "id": 2 }
                                    }
                                },
                                "BuildHistoryRecord": {
                                    "fields": {
                                        "Ref": { "type": "string", "id": 1 },
                                        "Frontend": { "type": "string", "id": 2 },
                                        "FrontendAttrs": { "keyType": "string", "type": "string", "id": 3 },
                                        "CreatedAt": { "type": "google.protobuf.Timestamp", "id": 6 },
                                        "CompletedAt": { "type": "google.protobuf.Timestamp", "id": 7 },
                                        "numCachedSteps": { "type": "int32", "id": 15 },
                                        "numTotalSteps": { "type": "int32", "id": 16 },
                                        "numCompletedSteps": { "type": "int32", "id": 17 }
                                    }
                                },
                                "sourcepolicy": {
                                    "nested": {
                                        "PolicyAction": { "values": { "ALLOW": 0, "DENY": 1, "CONVERT": 2 } },
                                        "AttrMatch": { "values": { "EQUAL": 0, "NOTEQUAL": 1, "MATCHES": 2 } },
                                        "MatchType": { "values": { "WILDCARD": 0, "EXACT": 1, "REGEX": 2 } },
                                        "Rule": {
                                            "fields": {
                                                "action": { "type": "PolicyAction", "id": 1 },
                                                "selector": { "type": "Selector", "id": 2 },
                                                "updates": { "type": "Update", "id": 3 }
                                            }
                                        },
                                        "Update": {
                                            "fields": {
                                                "identifier": { "type": "string", "id": 1 },
                                                "attrs": { "keyType": "string", "type": "string", "id": 2 }
                                            }
                                        },
                                        "Selector": {
                                            "fields": {
                                                "identifier": { "type": "string", "id": 1 },
                                                "match_type": { "type": "MatchType", "id": 2 },
                                                "constraints": { "rule": "repeated", "type": "AttrConstraint", "id": 3 }
                                            }
                                        },
                                        "AttrConstraint": {
                                            "fields": {
                                                "key": { "type": "string", "id": 1 },
                                                "value": { "type": "string", "id": 2 },
                                                "condition": { "type": "AttrMatch", "id": 3 }
                                            }
                                        },
                                        "Policy": {
                                            "fields": {
                                                "version": { "type": "int64", "id": 1 },
                                                "rules": { "rule": "repeated", "type": "Rule", "id": 2 }
                                            }
                                        }
                                    }
                                },
                                "types": {
                                    "nested": {
                                        "WorkerRecord": {
                                            "fields": {
                                                "ID": { "type": "string", "id": 1 },
                                                "Labels": { "keyType": "string", "type": "string", "id": 2 },
                                                "platforms": { "rule": "repeated", "type": "pb.Platform", "id": 3 },
                                                "GCPolicy": { "rule": "repeated", "type": "GCPolicy", "id": 4 },
                                                "BuildkitVersion": { "type": "BuildkitVersion", "id": 5 }
                                            }
                                        },
                                        "GCPolicy": {
                                            "fields": {
                                                "all": { "type": "bool", "id": 1 },
                                                "keepDuration": { "type": "int64", "id": 2 },
                                                "keepBytes": { "type": "int64", "id": 3 },
                                                "filters": { "rule": "repeated", "type": "string", "id": 4 }
                                            }
                                        },
                                        "BuildkitVersion": {
                                            "fields": {
                                                "package": { "type": "string", "id": 1 },
                                                "version": { "type": "string", "id": 2 },
                                                "revision": { "type": "string", "id": 3 }
                                            }
                                        }
                                    }
                                },
                                "frontend": {
                                    "nested": {
                                        "LLBBridge": {
                                            "methods": {
                                                "Solve": { "requestType": "SolveRequest", "responseType": "SolveResponse" },
                                                "Evaluate": { "requestType": "EvaluateRequest", "responseType": "EvaluateResponse" },
                                                "ReadFile": { "requestType": "ReadFileRequest", "responseType": "ReadFileResponse" },
                                                "Ping": { "requestType": "PingRequest", "responseType": "PongResponse" },
                                                "Return": { "requestType": "ReturnRequest", "responseType": "ReturnResponse" }
                                            }
                                        },
                                        "Result": {
                                            "oneofs": { "result": { "oneof": ["refDeprecated", "refsDeprecated", "ref", "refs"] } },
                                            "fields": {
                                                "refDeprecated": { "type": "string", "id": 1 },
                                                "refsDeprecated": { "type": "RefMapDeprecated", "id": 2 },
                                                "ref": { "type": "Ref", "id": 3 },
                                                "refs": { "type": "RefMap", "id": 4 },
                                                "metadata": { "keyType": "string", "type": "bytes", "id": 10 },
                                                "attestations": { "keyType": "string", "type": "Attestations", "id": 12 }
                                            }
                                        },
                                        "RefMapDeprecated": { "fields": { "refs": { "keyType": "string", "type": "string", "id": 1 } } },
                                        "Ref": {
                                            "fields": { "id": { "type": "string", "id": 1 }, "def": { "type": "bytes", "id": 2 } }
                                        },
                                        "RefMap": { "fields": { "refs": { "keyType": "string", "type": "Ref", "id": 1 } } },
                                        "Attestations": {
                                            "fields": { "attestation": { "rule": "repeated", "type": "Attestation", "id": 1 } }
                                        },
                                        "Attestation": {
                                            "fields": {
                                                "kind": { "type": "int32", "id": 1 },
                                                "metadata": { "keyType": "string", "type": "bytes", "id": 2 },
                                                "ref": { "type": "Ref", "id": 3 },
                                                "path": { "type": "string", "id": 4 },
                                                "inTotoPredicateType": { "type": "string", "id": 5 },
                                                "inTotoSubjects": { "rule": "repeated", "type": "InTotoSubject", "id": 6 }
                                            }
                                        },
                                        "InTotoSubject": {
                                            "fields": {
                                                "kind": { "type": "int32", "id": 1 },
                                                "digest": { "rule": "repeated", "type": "string", "id": 2 },
                                                "name": { "type": "string", "id": 3 }
                                            }
                                        },
                                        "ReturnRequest": {
                                            "fields": { "result": { "type": "Result", "id": 1 }, "error": { "type": "bytes", "id": 2 } }
                                        },
                                        "ReturnResponse": { "fields": {} },
                                        "SolveRequest": {
                                            "fields": {
                                                "Definition": { "type": "bytes", "id": 1 },
                                                "Frontend": { "type": "string", "id": 2 },
                                                "FrontendOpt": { "keyType": "string", "type": "string", "id": 3 },
                                                "allowResultReturn": { "type": "bool", "id": 5 },
                                                "allowResultArrayRef": { "type": "bool", "id": 6 },
                                                "Final": { "type": "bool", "id": 10 },
                                                "ExporterAttr": { "type": "bytes", "id": 11 },
                                                "CacheImports": { "rule": "repeated", "type": "CacheOptionsEntry", "id": 12 },
                                                "FrontendInputs": { "keyType": "string", "type": "bytes", "id": 13 },
                                                "Evaluate": { "type": "bool", "id": 14 },
                                                "SourcePolicies": {
                                                    "rule": "repeated",
                                                    "type": "moby.buildkit.v1.sourcepolicy.Policy",
                                                    "id": 15
                                                }
                                            }
                                        },
                                        "CacheOptionsEntry": {
                                            "fields": {
                                                "Type": { "type": "string", "id": 1 },
                                                "Attrs": { "keyType": "string", "type": "string", "id": 2 }
                                            }
                                        },
                                        "SolveResponse": {
                                            "fields": { "ref": { "type": "string", "id": 1 }, "result": { "type": "Result", "id": 3 } }
                                        },
                                        "ReadFileRequest": {
                                            "fields": {
                                                "Ref": { "type": "string", "id": 1 },
                                                "FilePath": { "type": "string", "id": 2 },
                                                "Range": { "type": "FileRange", "id": 3 }
                                            }
                                        },
                                        "FileRange": {
                                            "fields": { "Offset": { "type": "int64", "id": 1 }, "Length": { "type": "int64", "id": 2 } }
                                        },
                                        "ReadFileResponse": { "fields": { "Data": { "type": "bytes", "id": 1 } } },
                                        "EvaluateRequest": { "fields": { "Ref": { "type": "string", "id": 1 } } },
                                        "EvaluateResponse": { "fields": {} },
                                        "PingRequest": { "fields": {} },
                                        "PongResponse": {
                                            "fields": {
                                                "FrontendAPICaps": { "rule": "repeated", "type": "moby.buildkit.v1.apicaps.APICap", "id": 1 },
                                                "LLBCaps": { "rule": "repeated", "type": "moby.buildkit.v1.apicaps.APICap", "id": 2 },
                                                "Workers": { "rule": "repeated", "type": "moby.buildkit.v1.types.WorkerRecord", "id": 3 }
                                            }
                                        }
                                    }
                                }
                            }
                        },
                        "secrets": {
                            "nested": {
                                "v1": {
                                    "nested": {
                                        "Secrets": {
                                            "methods": {
                                                "GetSecret": { "requestType": "GetSecretRequest", "responseType": "GetSecretResponse" }
                                            }
                                        },
                                        "GetSecretRequest": {
                                            "fields": {
                                                "ID": { "type": "string", "id": 1 },
                                                "annotations": { "keyType": "string", "type": "string", "id": 2 }
                                            }
                                        },
                                        "GetSecretResponse": { "fields": { "data": { "type": "bytes", "id": 1 } } }
                                    }
                                }
                            }
                        }
                    }
                },
                "filesync": {
                    "nested": {
                        "v1": {
                            "nested": {
                                "FileSync": {
                                    "methods": {
                                        "DiffCopy": {
                                            "requestType": "fsutil.types.Packet",
                                            "requestStream": true,
                                            "responseType": "fsutil.types.Packet",
                                            "responseStream": true
                                        },
                                        "TarStream": {
                                            "requestType": "fsutil.types.Packet",
                                            "requestStream": true,
                                            "responseType": "fsutil.types.Packet",
                                            "responseStream": true
                                        }
                                    }
                                },
                                "FileSend": {
                                    "methods": {
                                        "DiffCopy": {
                                            "requestType": "BytesMessage",
                                            "requestStream": true,
                                            "responseType": "BytesMessage",
                                            "responseStream": true
                                        }
                                    }
                                },
                                "BytesMessage": { "fields": { "data": { "type": "bytes", "id": 1 } } },
                                "Auth": {
                                    "methods": {
                                        "Credentials": { "requestType": "CredentialsRequest", "responseType": "CredentialsResponse" },
                                        "FetchToken": { "requestType": "FetchTokenRequest", "responseType": "FetchTokenResponse" },
                                        "GetTokenAuthority": {
                                            "requestType": "GetTokenAuthorityRequest",
                                            "responseType": "GetTokenAuthorityResponse"
                                        },
                                        "VerifyTokenAuthority": {
                                            "requestType": "VerifyTokenAuthorityRequest",
                                            "responseType": "VerifyTokenAuthorityResponse"
                                        }
                                    }
                                },
                                "CredentialsRequest": { "fields": { "Host": { "type": "string", "id": 1 } } },
                                "CredentialsResponse": {
                                    "fields": { "Username": { "type": "string", "id": 1 }, "Secret": { "type": "string", "id": 2 } }
                                },
                                "FetchTokenRequest": {
                                    "fields": {
                                        "ClientID": { "type": "string", "id": 1 },
                                        "Host": { "type": "string", "id": 2 },
                                        "Realm": { "type": "string", "id": 3 },
                                        "Service": { "type": "string", "id": 4 },
                                        "Scopes": { "rule": "repeated", "type": "string", "id": 5 }
                                    }
                                },
                                "FetchTokenResponse": {
                                    "fields": {
                                        "Token": { "type": "string", "id": 1 },
                                        "ExpiresIn": { "type": "int64", "id": 2 },
                                        "IssuedAt": { "type": "int64", "id": 3 }
                                    }
                                },
                                "GetTokenAuthorityRequest": {
                                    "fields": { "Host": { "type": "string", "id": 1 }, "Salt": { "type": "bytes", "id": 2 } }
                                },
                                "GetTokenAuthorityResponse": { "fields": { "PublicKey": { "type": "bytes", "id": 1 } } },
                                "VerifyTokenAuthorityRequest": {
                                    "fields": {
                                        "Host": { "type": "string", "id": 1 },
                                        "Payload": { "type": "bytes", "id": 2 },
                                        "Salt": { "type": "bytes", "id": 3 }
                                    }
                                },
                                "VerifyTokenAuthorityResponse": { "fields": { "Signed": { "type": "bytes", "id": 1 } } }
                            }
                        }
                    }
                },
                "sshforward": {
                    "nested": {
                        "v1": {
                            "nested": {
                                "SSH": {
                                    "methods": {
                                        "CheckAgent": { "requestType": "CheckAgentRequest", "responseType": "CheckAgentResponse" },
                                        "ForwardAgent": {
                                            "requestType": "BytesMessage",
                                            "requestStream": true,
                                            "responseType": "BytesMessage",
                                            "responseStream": true
                                        }
                                    }
                                },
                                "BytesMessage": { "fields": { "data": { "type": "bytes", "id": 1 } } },
                                "CheckAgentRequest": { "fields": { "ID": { "type": "string", "id": 1 } } },
                                "CheckAgentResponse": { "fields": {} }
                            }
                        }
                    }
                }
            }
        },
        "containerd": {
            "nested": {
                "services": {
                    "nested": {
                        "content": {
                            "nested": {
                                "v1": {
                                    "nested": {
                                        "Content": {
                                            "methods": {
                                                "Info": { "requestType": "InfoRequest", "responseType": "InfoResponse" },
                                                "Update": { "requestType": "UpdateRequest", "responseType": "UpdateResponse" },
                                                "List": {
                                                    "requestType": "ListContentRequest",
                                                    "responseType": "ListContentResponse",
                                                    "responseStream": true
                                                },
                                                "Delete": {
                                                    "requestType": "DeleteContentRequest",
                                                    "responseType": "google.protobuf.Empty"
                                                },
                                                "Read": {
                                                    "requestType": "ReadContentRequest",
                                                    "responseType": "ReadContentResponse",
                                                    "responseStream": true
                                                },
                                                "Status": { "requestType": "StatusRequest", "responseType": "StatusResponse" },
                                                "ListStatuses": {
                                                    "requestType": "ListStatusesRequest",
                                                    "responseType": "ListStatusesResponse"
                                                },
                                                "Write": {
                                                    "requestType": "WriteContentRequest",
                                                    "requestStream": true,
                                                    "responseType": "WriteContentResponse",
                                                    "responseStream": true
                                                },
                                                "Abort": { "requestType": "AbortRequest", "responseType": "google.protobuf.Empty" }
                                            }
                                        },
                                        "Info": {
                                            "fields": {
                                                "digest": { "type": "string", "id": 1 },
                                                "size": { "type": "int64", "id": 2 },
                                                "created_at": { "type": "google.protobuf.Timestamp", "id": 3 },
                                                "updated_at": { "type": "google.protobuf.Timestamp", "id": 4 },
                                                "labels": { "keyType": "string", "type": "string", "id": 5 }
                                            }
                                        },
                                        "InfoRequest": { "fields": { "digest": { "type": "string", "id": 1 } } },
                                        "InfoResponse": { "fields": { "info": { "type": "Info", "id": 1 } } },
                                        "UpdateRequest": {
                                            "fields": {
                                                "info": { "type": "Info", "id": 1 },
                                                "update_mask": { "type": "google.protobuf.FieldMask", "id": 2 }
                                            }
                                        },
                                        "UpdateResponse": { "fields": { "info": { "type": "Info", "id": 1 } } },
                                        "ListContentRequest": { "fields": { "filters": { "rule": "repeated", "type": "string", "id": 1 } } },
                                        "ListContentResponse": { "fields": { "info": { "rule": "repeated", "type": "Info", "id": 1 } } },
                                        "DeleteContentRequest": { "fields": { "digest": { "type": "string", "id": 1 } } },
                                        "ReadContentRequest": {
                                            "fields": {
                                                "digest": { "type": "string", "id": 1 },
                                                "offset": { "type": "int64", "id": 2 },
                                                "size": { "type": "int64", "id": 3 }
                                            }
                                        },
                                        "ReadContentResponse": {
                                            "fields": { "offset": { "type": "int64", "id": 1 }, "data": { "type": "bytes", "id": 2 } }
                                        },
                                        "Status": {
                                            "fields": {
                                                "started_at": { "type": "google.protobuf.Timestamp", "id": 1 },
                                                "updated_at": { "type": "google.protobuf.Timestamp", "id": 2 },
                                                "ref": { "type": "string", "id": 3 },
                                                "offset": { "type": "int64", "id": 4 },
                                                "total": { "type": "int64", "id": 5 },
                                                "expected": { "type": "string", "id": 6 }
                                            }
                                        },
                                        "StatusRequest": { "fields": { "ref": { "type": "string", "id": 1 } } },
                                        "StatusResponse": { "fields": { "status": { "type": "Status", "id": 1 } } },
                                        "ListStatusesRequest": { "fields": { "filters": { "rule": "repeated", "type": "string", "id": 1 } } },
                                        "ListStatusesResponse": { "fields": { "statuses": { "rule": "repeated", "type": "Status", "id": 1 } } },
                                        "WriteAction": { "values": { "STAT": 0, "WRITE": 1, "COMMIT": 2 } },
                                        "WriteContentRequest": {
                                            "fields": {
                                                "action": { "type": "WriteAction", "id": 1 },
                                                "ref": { "type": "string", "id": 2 },
                                                "total": { "type": "int64", "id": 3 },
                                                "expected": { "type": "string", "id": 4 },
                                                "offset": { "type": "int64", "id": 5 },
                                                "data": { "type": "bytes", "id": 6 },
                                                "labels": { "keyType": "string", "type": "string", "id": 7 }
                                            }
                                        },
                                        "WriteContentResponse": {
                                            "fields": {
                                                "action": { "type": "WriteAction", "id": 1 },
                                                "started_at": { "type": "google.protobuf.Timestamp", "id": 2 },
                                                "updated_at": { "type": "google.protobuf.Timestamp", "id": 3 },
                                                "offset": { "type": "int64", "id": 4 },
                                                "total": { "type": "int64", "id": 5 },
                                                "digest": { "type": "string", "id": 6 }
                                            }
                                        },
                                        "AbortRequest": { "fields": { "ref": { "type": "string", "id": 1 } } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
        "google": {
            "nested": {
                "protobuf": {
                    "nested": {
                        "Timestamp": { "fields": { "seconds": { "type": "int64", "id": 1 }, "nanos": { "type": "int32", "id": 2 } } },
                        "Empty": { "fields": {} },
                        "Any": {
                            "fields": { "type_url": { "type": "string", "id": 1 }, "value": { "type": "bytes", "id": 2 } }
                        },
                        "FieldMask": { "fields": { "paths": { "rule": "repeated", "type": "string", "id": 1 } } }
                    }
                },
                "rpc": {
                    "nested": {
                        "Status": {
                            "fields": {
                                "code": { "type": "int32", "id": 1 },
                                "message": { "type": "string", "id": 2 },
                                "details": { "rule": "repeated", "type": "google.protobuf.Any", "id": 3 }
                            }
                        }
                    }
                }
            }
        },
        "pb": {
            "nested": {
                "Platform": {
                    "fields": {
                        "Architecture": { "type": "string", "id": 1 },
                        "OS": { "type": "string", "id": 2 },
                        "Variant": { "type": "string", "id": 3 },
                        "OSVersion": { "type": "string", "id": 4 },
                        "OSFeatures": { "rule": "repeated", "type": "string", "id": 5 }
                    }
                },
                "ProgressGroup": {
                    "fields": {
                        "id": { "type": "string", "id": 1 },
                        "name": { "type": "string", "id": 2 },
                        "weak": { "type": "bool", "id": 3 }
                    }
                },
                "Position": { "fields": { "line": { "type": "int32", "id": 1 }, "character": { "type": "int32", "id": 2 } } },
                "Range": { "fields": { "start": { "type": "Position", "id": 1 }, "end": { "type": "Position", "id": 2 } } },
                "SourceInfo": {
                    "fields": {
                        "filename": { "type": "string", "id": 1 },
                        "data": { "type": "bytes", "id": 2 },
                        "definition": { "type": "bytes", "id": 3 },
                        "language": { "type": "string", "id": 4 }
                    }
                },
                "Op": {
                    "oneofs": { "op": { "oneof": ["source"] } },
                    "fields": {
                        "inputs": { "rule": "repeated", "type": "Input", "id": 1 },
                        "source": { "type": "SourceOp", "id": 3 },
                        "platform": { "type": "Platform", "id": 10 }
                    }
                },
                "Input": { "fields": { "digest": { "type": "string", "id": 1 }, "index": { "type": "int64", "id": 2 } } },
                "SourceOp": {
                    "fields": {
                        "identifier": { "type": "string", "id": 1 },
                        "attrs": { "keyType": "string", "type": "string", "id": 2 }
                    }
                },
                "OpMetadata": {
                    "fields": {
                        "ignore_cache": { "type": "bool", "id": 1 },
                        "description": { "keyType": "string", "type": "string", "id": 2 },
                        "caps": { "keyType": "string", "type": "bool", "id": 5 },
                        "progress_group": { "type": "ProgressGroup", "id": 6 }
                    }
                },
                "Definition": {
                    "fields": {
                        "def": { "rule": "repeated", "type": "bytes", "id": 1 },
                        "metadata": { "keyType": "string", "type": "OpMetadata", "id": 2 }
                    }
                }
            }
        },
        "fsutil": {
            "nested": {
                "types": {
                    "nested": {
                        "Stat": {
                            "fields": {
                                "path": { "type": "string", "id": 1 },
                                "mode": { "type": "uint32", "id": 2 },
                                "uid": { "type": "uint32", "id": 3 },
                                "gid": { "type": "uint32", "id": 4 },
                                "size": { "type": "int64", "id": 5 },
                                "modTime": { "type": "int64", "id": 6 },
                                "linkname": { "type": "string", "id": 7 },
                                "devmajor": { "type": "int64", "id": 8 },
                                "devminor": { "type": "int64", "id": 9 },
                                "xattrs": { "keyType": "string", "type": "bytes", "id": 10 }
                            }
                        },
                        "Packet": {
                            "fields": {
                                "type": { "type": "PacketType", "id": 1 },
                                "stat": { "type": "Stat", "id": 2 },
                                "ID": { "type": "uint32", "id": 3 },
                                "data": { "type": "bytes", "id": 4 }
                            },
                            "nested": {
                                "PacketType": {
                                    "values": {
                                        "PACKET_STAT": 0,
                                        "PACKET_REQ": 1,
                                        "PACKET_DATA": 2,
                                        "PACKET_FIN": 3,
                                        "PACKET_ERR": 4
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
        "grpc": {
            "nested": {
                "health": {
                    "nested": {
                        "v1": {
                            "nested": {
                                "HealthCheckRequest": { "fields": { "service": { "type": "string", "id": 1 } } },
                                "HealthCheckResponse": {
                                    "fields": { "status": { "type": "ServingStatus", "id": 1 } },
                                    "nested": {
                                        "ServingStatus": { "values": { "UNKNOWN": 0, "SERVING": 1, "NOT_SERVING": 2, "SERVICE_UNKNOWN": 3 } }
                                    }
                                },
                                "HealthListRequest": { "fields": {} },
                                "HealthListResponse": {
                                    "fields": { "statuses": { "keyType": "string", "type": "HealthCheckResponse", "id": 1 } }
                                },
                                "Health": {
                                    "methods": {
                                        "Check": { "requestType": "HealthCheckRequest", "responseType": "HealthCheckResponse" },
                                        "List": { "requestType": "HealthListRequest", "responseType": "HealthListResponse" },
                                        "Watch": {
                                            "requestType": "HealthCheckRequest",
                                            "responseType": "HealthCheckResponse",
                                            "responseStream": true
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./lib/buildkit/proto/registry.js
/**
 * One protobufjs Root for every message bakekit puts on the wire.
 *
 * The definitions are the `.proto` files of this folder, one per protobuf package, written from the wire format
 * (package, message and field names and numbers as BuildKit's, so the bytes match). The root is built from
 * descriptors.ts, protobufjs JSON descriptors generated from those files by scripts/gen-proto.ts, rather than by
 * parsing them at every start: that took ~8 ms of start-up and needs protobufjs' parser, which the light build used
 * here leaves out (docs/benchmarks.md, "Start-up"). Field names keep their original case (`Ref`, `FrontendAttrs`)
 * because that is what BuildKit's .proto files use and what we look up.
 */


/**
 * A root with every definition of descriptors.ts. Unlike `Root.fromJSON`, it resolves nothing up front: type
 * references and proto3 field features are resolved on first use (the first encode or decode of a type, a service
 * definition), as they were when the definitions were parsed at run time — resolving everything at start cost ~6 ms.
 */
function loadRoot() {
    const loaded = new light.Root();
    loaded.addJSON(descriptors.nested ?? {});
    return loaded;
}
const root = loadRoot();
/**
 * Options used whenever a decoded message becomes a plain object — the form the generated `*.pb.ts` types describe
 * (types.ts): int64 as decimal string keeps precision, bytes stay Buffers, enums are numbers, absent fields stay
 * absent except repeated and map fields (empty arrays and objects), and each set `oneof` names its member.
 */
const toObjectOptions = {
    longs: String,
    enums: Number,
    defaults: false,
    arrays: true,
    objects: true,
    oneofs: true,
};
function messageType(fullName) {
    return root.lookupType(fullName);
}
/** `value` encoded as the message `fullName`; a name of ours (messages.pb.ts) checks `value` against its type. */
function encodeMessage(fullName, value) {
    return encodeWith(messageType(fullName), value);
}
function decodeMessage(fullName, bytes) {
    return decodeWith(messageType(fullName), bytes);
}
/** `value` encoded as `type`: a Buffer view of the encoder's output, not a copy (under Node it is a Buffer already). */
function encodeWith(type, value) {
    // fromObject (not verify) because int64 fields are given as decimal strings, which verify rejects.
    const bytes = type.encode(type.fromObject(value)).finish();
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/** `bytes` decoded as `type`, as a plain object (toObjectOptions). */
function decodeWith(type, bytes) {
    return type.toObject(type.decode(bytes), toObjectOptions);
}


/***/ })

};
