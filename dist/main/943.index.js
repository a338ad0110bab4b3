export const id = 943;
export const ids = [943];
export const modules = {

/***/ 5650:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VC: () => (/* binding */ bytesSize),
/* harmony export */   h$: () => (/* binding */ ramInBytes)
/* harmony export */ });
/* unused harmony export InvalidSizeError */
/**
 * docker/go-units sizes, as buildx and compose-go read and print them: `shm-size`, `memory`, compose's `shm_size`.
 * One port, because a size bake accepts at `--print` must be the size the build then uses.
 */
/** go-units parseSize failed: its message, which compose-go and buildx pass on. */
class InvalidSizeError extends Error {
    value;
    name = 'InvalidSizeError';
    constructor(value) {
        super(`invalid size: '${value}'`);
        this.value = value;
    }
}
const BINARY_UNITS = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
/** strconv.ParseFloat's decimal syntax (hexadecimal floats are refused). */
const GO_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * `128m` → 134217728: go-units RAMInBytes (parseSize with binary multiples). The number is what ends at the last
 * digit, dot or space (one space may separate it from the unit); the unit is `b`, or `k`/`m`/`g`/`t`/`p` optionally
 * followed by `b` or `ib`, in any case; the product is truncated as Go's int64() does. The caller bounds the result
 * (Go would overflow int64 silently).
 */
function ramInBytes(value) {
    let sep = -1;
    for (let i = value.length - 1; i >= 0; i--) {
        if ('0123456789. '.includes(value[i])) {
            sep = i;
            break;
        }
    }
    if (sep < 0)
        throw new InvalidSizeError(value);
    const num = value[sep] === ' ' ? value.slice(0, sep) : value.slice(0, sep + 1);
    let suffix = value.slice(sep + 1);
    if (!GO_DECIMAL.test(num))
        throw new InvalidSizeError(value);
    let size = Number.parseFloat(num);
    if (size < 0)
        throw new InvalidSizeError(value);
    if (suffix !== '') {
        suffix = suffix.toLowerCase();
        if (suffix.length > 3)
            throw new InvalidSizeError(value);
        if (suffix[0] === 'b') {
            if (suffix.length > 1)
                throw new InvalidSizeError(value);
        }
        else {
            const multiple = BINARY_UNITS[suffix[0]];
            if (multiple === undefined)
                throw new InvalidSizeError(value);
            if ((suffix.length === 2 && suffix[1] !== 'b') || (suffix.length === 3 && suffix.slice(1) !== 'ib'))
                throw new InvalidSizeError(value);
            size *= multiple;
        }
    }
    return Math.trunc(size);
}
/** go-units BytesSize: `134217728` → `128MiB` (4 significant digits, binary units). */
function bytesSize(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];
    let i = 0;
    let v = n;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${Number(v.toPrecision(4))}${units[i]}`;
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

/***/ 1155:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ encodeFrames),
/* harmony export */   P2: () => (/* binding */ FRAME_PREFIX),
/* harmony export */   Sl: () => (/* binding */ framePrefix),
/* harmony export */   lk: () => (/* binding */ writeFramePrefix),
/* harmony export */   wI: () => (/* binding */ FrameDecoder)
/* harmony export */ });
/* unused harmony export MAX_MESSAGE */
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9499);
/**
 * gRPC's message framing on an HTTP/2 stream: every message is a 5-byte prefix (a compressed flag, then the length as
 * a big-endian uint32) and the message bytes (grpc PROTOCOL-HTTP2.md, "Length-Prefixed-Message"). Our server
 * (server.ts) and the session tunnel (transport/tunnel.ts) frame and cut messages with these; nothing here compresses.
 */

const MiB = 1024 * 1024;
/** Bytes before each message: the compressed flag and the length. */
const FRAME_PREFIX = 5;
/** The largest message accepted; the daemon's own session client sends at most 16 MiB. */
const MAX_MESSAGE = 32 * MiB;
/** Writes the prefix of an uncompressed message of `length` bytes at `at`; returns where the message goes. */
function writeFramePrefix(out, at, length) {
    out[at] = 0;
    out.writeUInt32BE(length, at + 1);
    return at + FRAME_PREFIX;
}
/** The prefix of an uncompressed message of `length` bytes, on its own (to write a big message without copying it). */
function framePrefix(length) {
    const prefix = Buffer.allocUnsafe(FRAME_PREFIX);
    writeFramePrefix(prefix, 0, length);
    return prefix;
}
/** Messages framed back to back in one buffer, for one HTTP/2 write. */
function encodeFrames(messages) {
    let total = 0;
    for (const m of messages)
        total += FRAME_PREFIX + m.length;
    const out = Buffer.allocUnsafe(total);
    let at = 0;
    for (const m of messages) {
        at = writeFramePrefix(out, at, m.length);
        at += m.copy(out, at);
    }
    return out;
}
/**
 * Cuts a byte stream into messages. push() returns the messages completed by a chunk; a compressed message fails with
 * UNIMPLEMENTED and one over MAX_MESSAGE with RESOURCE_EXHAUSTED (StatusErrors, the status to end the call with).
 */
class FrameDecoder {
    buffered = [];
    bufferedBytes = 0;
    /** Bytes needed before the next message can be cut: its prefix, then prefix and body. */
    needed = FRAME_PREFIX;
    /** Bytes held of a message not complete yet. */
    get pending() {
        return this.bufferedBytes;
    }
    push(chunk) {
        this.buffered.push(chunk);
        this.bufferedBytes += chunk.length;
        // A big message arrives in many chunks: join them once, when all of it is here, not once per chunk.
        if (this.bufferedBytes < this.needed)
            return [];
        const data = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered, this.bufferedBytes);
        const messages = [];
        let at = 0;
        this.needed = FRAME_PREFIX;
        while (data.length - at >= FRAME_PREFIX) {
            if (data[at] !== 0)
                throw new _status_js__WEBPACK_IMPORTED_MODULE_0__/* .StatusError */ .Xs(_status_js__WEBPACK_IMPORTED_MODULE_0__/* .Code */ .Cy.UNIMPLEMENTED, 'compressed messages are not supported');
            const length = data.readUInt32BE(at + 1);
            if (length > MAX_MESSAGE)
                throw new _status_js__WEBPACK_IMPORTED_MODULE_0__/* .StatusError */ .Xs(_status_js__WEBPACK_IMPORTED_MODULE_0__/* .Code */ .Cy.RESOURCE_EXHAUSTED, `message of ${length} bytes exceeds the limit of ${MAX_MESSAGE}`);
            if (data.length - at - FRAME_PREFIX < length) {
                this.needed = FRAME_PREFIX + length;
                break;
            }
            messages.push(data.subarray(at + FRAME_PREFIX, at + FRAME_PREFIX + length));
            at += FRAME_PREFIX + length;
        }
        this.buffered = at < data.length ? [data.subarray(at)] : [];
        this.bufferedBytes = data.length - at;
        return messages;
    }
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

/***/ 2039:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ rawStreamDefinition),
/* harmony export */   aU: () => (/* binding */ callUnary),
/* harmony export */   fJ: () => (/* binding */ serviceDefinition),
/* harmony export */   yU: () => (/* binding */ makeClientConstructor)
/* harmony export */ });
/* unused harmony export methodPaths */
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3033);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2328);
/**
 * gRPC services from our registry, typed by the generated method maps.
 *
 * A service of the registry becomes a grpc-js ServiceDefinition, so the same definition serves both directions:
 * clients for Control and LLBBridge, servers for the session services. A generated `*_SERVICE` name (types.ts
 * ServiceName) carries the service's methods, so that `makeClientConstructor(CONTROL_SERVICE)` makes a client whose
 * `Solve` takes a SolveRequest and answers a SolveResponse, and `ServiceHandlers<HealthMethods>` types a server's
 * handlers the same way.
 */


function serializer(type) {
    return (value) => (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeWith */ .rk)(type, value);
}
function deserializer(type) {
    return (bytes) => (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeWith */ .pX)(type, bytes);
}
const cache = new Map();
function serviceDefinition(fullName) {
    const hit = cache.get(fullName);
    if (hit)
        return hit;
    const service = _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .root */ .zr.lookupService(fullName);
    service.resolveAll();
    const def = {};
    for (const method of service.methodsArray) {
        const req = method.resolvedRequestType;
        const res = method.resolvedResponseType;
        def[method.name] = {
            path: `/${fullName}/${method.name}`,
            requestStream: !!method.requestStream,
            responseStream: !!method.responseStream,
            requestSerialize: serializer(req),
            requestDeserialize: deserializer(req),
            responseSerialize: serializer(res),
            responseDeserialize: deserializer(res),
            originalName: method.name,
        };
    }
    cache.set(fullName, def);
    return def;
}
/** Full method paths (`/pkg.Service/Method`) of a service, as the session advertises them. */
function methodPaths(fullName) {
    return Object.values(serviceDefinition(fullName)).map((m) => m.path);
}
function makeClientConstructor(service) {
    return _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .makeGenericClientConstructor */ .ds(serviceDefinition(service), service);
}
/** Calls the unary `method` of `client`; `signal` cancels the call (the promise then rejects with CANCELLED). */
function callUnary(client, method, request, metadata, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason ?? new Error('aborted'));
        const onAbort = () => call.cancel();
        const call = client[method].call(client, request, metadata, (err, value) => {
            signal?.removeEventListener('abort', onAbort);
            if (err)
                reject(err);
            else
                resolve(value);
        });
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * A definition for one bidirectional-stream method whose messages pass as raw bytes both ways: for services that
 * encode and decode their frames themselves (FileSync's hand-encoded Packets, FileSend's two frame kinds).
 */
function rawStreamDefinition(service, method) {
    const identity = (b) => b;
    return {
        [method]: {
            path: `/${service}/${method}`,
            requestStream: true,
            responseStream: true,
            requestSerialize: identity,
            requestDeserialize: identity,
            responseSerialize: identity,
            responseDeserialize: identity,
            originalName: method,
        },
    };
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


/***/ }),

/***/ 9730:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nn: () => (/* binding */ Session),
  OZ: () => (/* binding */ newSessionId)
});

// UNUSED EXPORTS: SESSION_HEADERS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/buildkit/proto/grpc-service.js
var grpc_service = __webpack_require__(2039);
// EXTERNAL MODULE: external "node:http2"
var external_node_http2_ = __webpack_require__(2467);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./lib/buildkit/grpc/errors.js + 1 modules
var errors = __webpack_require__(8791);
// EXTERNAL MODULE: ./lib/buildkit/grpc/framing.js
var framing = __webpack_require__(1155);
// EXTERNAL MODULE: ./lib/buildkit/grpc/status.js
var grpc_status = __webpack_require__(9499);
;// CONCATENATED MODULE: ./lib/buildkit/grpc/server.js
/**
 * The gRPC server of a session, written directly on `node:http2`: the daemon is its client, through the session's
 * tunnel (session/session.ts).
 *
 * Why not grpc-js's server: a context transfer is tens of thousands of small fsutil packets on one stream, and
 * grpc-js writes a stream's next message only after the HTTP/2 write of the previous one completed — one message per
 * event-loop turn, ~10 µs of CPU each (docs/benchmarks.md). Here a stream's writable side buffers by bytes and
 * hands everything that accumulated while the previous write was in flight to HTTP/2 in one write, so hundreds of
 * packets share a DATA frame and a turn.
 *
 * The calls handed to handlers have the surface of grpc-js's server calls that our attachables use (`request`,
 * `metadata.get/getMap`, `cancelled` and the `'cancelled'` event, a Duplex of messages for streams,
 * `emit('error', err)` to fail with the status `err` carries (errors.ts toStatus), the unary `callback(err, value)`),
 * so an attachable runs unchanged on either server and tests can drive it from a grpc-js client. Only what a BuildKit
 * session needs is implemented: no compression, no deadlines (the daemon sends none to sessions), no TLS (the tunnel
 * is the connection). Framing and statuses are framing.ts and status.ts, shared with the session tunnel.
 */





const KiB = 1024;
const MiB = 1024 * KiB;
/**
 * Bytes a stream buffers before write() asks the handler to wait. Large enough that a burst of small packets
 * goes out as one HTTP/2 write; small enough that big file chunks (256 KiB each) hold memory to a few chunks.
 */
const WRITE_BUFFER = 512 * KiB;
/** Messages decoded ahead of a slow handler before the HTTP/2 stream is paused. */
const READ_AHEAD = 64;
/** Frames at least this big are written without copying them next to their 5-byte prefix. */
const COPY_LIMIT = 32 * KiB;
class RpcServer {
    routes = new Map();
    sessions = new Set();
    calls = new Set();
    http2Server;
    closed = false;
    constructor() {
        this.http2Server = external_node_http2_.createServer({
            // Buffered outbound data counts against this; a refused stream would be a failed transfer.
            maxSessionMemory: 1024,
            // Every include/exclude pattern of a DiffCopy is a header of its own.
            maxHeaderListPairs: 65_536,
            settings: {
                // What the daemon may send ahead on one stream (exporter tarballs through FileSend).
                initialWindowSize: 4 * MiB,
                maxHeaderListSize: 16 * MiB,
            },
        });
        this.http2Server.on('session', (session) => {
            this.sessions.add(session);
            session.on('error', () => {
                /* the tunnel's owner reports a broken connection; the calls see their streams close */
            });
            session.once('close', () => this.sessions.delete(session));
            const widenWindow = () => {
                try {
                    // The connection-wide window, which the stream setting above does not change (HTTP/2 starts it at 64 KiB).
                    session.setLocalWindowSize(16 * MiB);
                }
                catch {
                    /* a session closing while it connects: nothing to size */
                }
            };
            if (session.connecting)
                session.once('connect', widenWindow);
            else
                widenWindow();
        });
        this.http2Server.on('stream', (stream, headers) => this.onStream(stream, headers));
    }
    /** Serves `definition`'s methods that have a handler in `handlers`. */
    addService(definition, handlers) {
        for (const [name, handler] of Object.entries(handlers)) {
            const method = definition[name];
            if (!method)
                throw new Error(`no method ${name} in the service definition`);
            if (this.routes.has(method.path))
                throw new Error(`${method.path} is already served`);
            this.routes.set(method.path, { method, handler: handler });
        }
    }
    /** Runs the server side of an HTTP/2 connection on `socket` (the daemon is the client). */
    serve(socket) {
        if (this.closed) {
            socket.destroy();
            return;
        }
        this.http2Server.emit('connection', socket);
    }
    /** Drops every connection and cancels the calls still running. */
    close() {
        this.closed = true;
        for (const call of this.calls)
            call.cancel();
        for (const session of this.sessions)
            session.destroy();
        this.sessions.clear();
    }
    onStream(stream, headers) {
        stream.on('error', () => {
            /* a reset stream: the call sees 'close' and is cancelled */
        });
        const path = headers[':path'] ?? '';
        const contentType = headers['content-type'] ?? '';
        if (!contentType.startsWith('application/grpc')) {
            stream.respond({ ':status': 415 }, { endStream: true });
            return;
        }
        const route = this.routes.get(path);
        if (!route || this.closed) {
            respondStatus(stream, grpc_status/* Code */.Cy.UNIMPLEMENTED, route ? 'the session is closing' : `unknown method ${path}`);
            return;
        }
        const { method, handler } = route;
        const call = new ServerCall(stream, headers, method);
        this.calls.add(call);
        call.once('close', () => this.calls.delete(call));
        const invoke = () => {
            try {
                if (method.responseStream)
                    handler(call);
                else
                    handler(call, (err, value) => call.answer(err, value));
            }
            catch (err) {
                call.fail(err);
            }
        };
        if (method.requestStream) {
            invoke();
            return;
        }
        call.readRequest().then((request) => {
            call.request = request;
            invoke();
        }, (err) => call.fail(err));
    }
}
/** Request headers as grpc-js Metadata offers them to handlers: values of repeated headers arrive joined by ", ". */
class CallMetadata {
    headers;
    constructor(headers) {
        this.headers = headers;
    }
    get(key) {
        const v = this.headers[key.toLowerCase()];
        if (v === undefined)
            return [];
        return Array.isArray(v) ? v : [v];
    }
    /** Every custom header with its (first) value. */
    getMap() {
        const out = {};
        for (const [k, v] of Object.entries(this.headers)) {
            if (k.startsWith(':') || RESERVED_HEADERS.has(k) || k.startsWith('grpc-') || v === undefined)
                continue;
            out[k] = Array.isArray(v) ? v[0] : v;
        }
        return out;
    }
}
const RESERVED_HEADERS = new Set(['content-type', 'te', 'user-agent', 'accept-encoding', 'content-length']);
/**
 * One call: a Duplex whose readable side yields the request messages (deserialised) and whose writable side takes
 * response messages. Writes are serialised at once and buffered as bytes; _writev frames everything buffered into
 * one HTTP/2 write.
 */
class ServerCall extends external_node_stream_.Duplex {
    stream;
    method;
    request;
    metadata;
    cancelled = false;
    decoder = new framing/* FrameDecoder */.wI();
    statusSent = false;
    trailers = (0,grpc_status/* statusHeaders */.Ff)(grpc_status/* Code */.Cy.OK, '');
    constructor(stream, headers, method) {
        super({
            readableObjectMode: true,
            readableHighWaterMark: READ_AHEAD,
            writableHighWaterMark: WRITE_BUFFER,
            decodeStrings: false,
            allowHalfOpen: true,
        });
        this.stream = stream;
        this.method = method;
        this.metadata = new CallMetadata(headers);
        stream.on('data', (chunk) => this.onData(chunk));
        stream.once('end', () => {
            if (this.decoder.pending > 0)
                this.fail(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, 'the request ended inside a message'));
            else
                this.push(null);
        });
        stream.once('close', () => {
            // Closed before we sent a status: the daemon reset the stream or the connection went away.
            if (!this.statusSent)
                this.cancel();
            else if (!this.destroyed)
                this.destroy();
        });
        stream.on('wantTrailers', () => stream.sendTrailers(this.trailers));
        // grpc-js's convention, which the attachables follow: emitting 'error' fails the call with the error's status.
        this.on('error', (err) => this.finish((0,errors/* toStatus */.mf)(err)));
    }
    /** The single request of a unary or server-streaming call. */
    readRequest() {
        return new Promise((resolve, reject) => {
            let request;
            let count = 0;
            this.on('data', (m) => {
                request = m;
                count++;
            });
            this.once('end', () => count === 1
                ? resolve(request)
                : reject(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, `expected one request message, got ${count}`)));
            this.once('close', () => reject(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNKNOWN, 'cancelled')));
        });
    }
    /** Serialises a response message now, so the buffer is counted in bytes. */
    write(chunk, encodingOrCb, cb) {
        const bytes = this.method.responseSerialize(chunk);
        return typeof encodingOrCb === 'function'
            ? super.write(bytes, encodingOrCb)
            : super.write(bytes, encodingOrCb, cb);
    }
    /** The unary callback: a response message and OK, or the error's status. */
    answer(err, value) {
        if (err) {
            this.fail(err);
            return;
        }
        try {
            // end(value) would skip our write(): it hands the chunk to the Writable internals unserialised.
            this.write(value);
            this.end();
        }
        catch (e) {
            this.fail(e);
        }
    }
    /** Ends the call with the status `err` carries (grpc/errors.ts toStatus: UNKNOWN with the message of an error that
     * carries none). */
    fail(err) {
        this.finish((0,errors/* toStatus */.mf)(err));
        if (!this.destroyed)
            this.destroy();
    }
    /** The daemon went away (or the server closed): tell the handler, drop what is buffered. */
    cancel() {
        if (this.cancelled || this.statusSent) {
            if (!this.destroyed)
                this.destroy();
            return;
        }
        this.cancelled = true;
        this.statusSent = true;
        this.emit('cancelled');
        if (!this.stream.destroyed)
            this.stream.close(external_node_http2_.constants.NGHTTP2_CANCEL);
        this.destroy();
    }
    _read() {
        if (this.stream.isPaused())
            this.stream.resume();
    }
    _write(chunk, _encoding, callback) {
        this.sendMessages([chunk], callback);
    }
    _writev(chunks, callback) {
        this.sendMessages(chunks.map((c) => c.chunk), callback);
    }
    _final(callback) {
        this.finish({ code: grpc_status/* Code */.Cy.OK, message: '' });
        callback();
    }
    _destroy(err, callback) {
        // A handler destroying its call (e.g. an aborted export) without a status: the daemon sees a cancelled call.
        if (!this.statusSent) {
            this.statusSent = true;
            if (!this.stream.destroyed)
                this.stream.close(external_node_http2_.constants.NGHTTP2_CANCEL);
        }
        callback(err);
    }
    onData(chunk) {
        let messages;
        try {
            messages = this.decoder.push(chunk);
        }
        catch (err) {
            this.fail(err);
            return;
        }
        for (const m of messages) {
            let message;
            try {
                message = this.method.requestDeserialize(m);
            }
            catch (err) {
                this.fail(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.INTERNAL, `cannot decode the request: ${err.message}`, { cause: err }));
                return;
            }
            if (!this.push(message))
                this.stream.pause();
        }
    }
    sendMessages(messages, callback) {
        if (this.statusSent || this.stream.destroyed) {
            callback(new Error('the call has ended'));
            return;
        }
        this.sendHeaders();
        if (messages.length === 1 && messages[0].length >= COPY_LIMIT) {
            const message = messages[0];
            this.stream.cork();
            this.stream.write((0,framing/* framePrefix */.Sl)(message.length));
            this.stream.write(message, callback);
            this.stream.uncork();
            return;
        }
        this.stream.write((0,framing/* encodeFrames */.H5)(messages), callback);
    }
    sendHeaders() {
        if (this.stream.headersSent)
            return;
        this.stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
    }
    /** Sends the status once: in trailers after a response, or as a trailers-only response. */
    finish({ code, message }) {
        if (this.statusSent)
            return;
        this.statusSent = true;
        if (this.stream.destroyed || this.stream.closed)
            return;
        if (!this.stream.headersSent) {
            respondStatus(this.stream, code, message);
            return;
        }
        this.trailers = (0,grpc_status/* statusHeaders */.Ff)(code, message);
        this.stream.end();
    }
}
function respondStatus(stream, code, message) {
    try {
        stream.respond({ ':status': 200, 'content-type': 'application/grpc', ...(0,grpc_status/* statusHeaders */.Ff)(code, message) }, { endStream: true });
    }
    catch {
        /* the stream closed meanwhile */
    }
}

;// CONCATENATED MODULE: ./lib/buildkit/proto/health.pb.js
// Code generated by scripts/gen-proto.ts from health.proto. DO NOT EDIT: change the .proto file and run
// `npm run gen:proto`. Messages in the plain-object form the registry encodes and decodes (see types.ts).
const HealthCheckResponse_ServingStatus = {
    UNKNOWN: 0,
    SERVING: 1,
    NOT_SERVING: 2,
    /** Only used by Watch. */
    SERVICE_UNKNOWN: 3,
};
const HEALTH_SERVICE = 'grpc.health.v1.Health';

;// CONCATENATED MODULE: ./lib/buildkit/session/health.js


/** The one service the session reports on: the server as a whole. */
const OVERALL = '';
const { SERVING, SERVICE_UNKNOWN } = HealthCheckResponse_ServingStatus;
class HealthService {
    onCheck;
    serviceName = HEALTH_SERVICE;
    /** Check calls answered so far. */
    checks = 0;
    /** When the last Check arrived (ms since epoch), 0 before the first. */
    lastCheckAt = 0;
    watchers = new Set();
    constructor(onCheck) {
        this.onCheck = onCheck;
    }
    handlers() {
        return {
            Check: (call, callback) => {
                if ((call.request?.service ?? OVERALL) !== OVERALL) {
                    callback(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, 'unknown service'));
                    return;
                }
                this.checks++;
                this.lastCheckAt = Date.now();
                this.onCheck?.();
                callback(null, { status: SERVING });
            },
            List: (_call, callback) => {
                callback(null, { statuses: { [OVERALL]: { status: SERVING } } });
            },
            // Watch streams the status and stays open until the caller goes away or the session closes.
            Watch: (call) => {
                this.watchers.add(call);
                call.on('cancelled', () => this.watchers.delete(call));
                call.write({ status: (call.request?.service ?? OVERALL) === OVERALL ? SERVING : SERVICE_UNKNOWN });
            },
        };
    }
    close() {
        for (const call of this.watchers)
            call.end();
        this.watchers.clear();
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/buildkit/session/socket-pair.js
/**
 * A native socket in front of a session tunnel that is only a JS stream (the `Control.Session` call of a buildkitd).
 *
 * Node runs HTTP/2 over a JS Duplex through JSStreamSocket, which completes every write one event-loop turn later,
 * and grpc-js sends the next message of a stream only once the previous write completed: a file transfer, tens of
 * thousands of small packets, then crawls at one packet per turn, each wrapped in its own tunnel message. Handing
 * the session's HTTP/2 server one end of a private unix socket connection instead, with the other end piped to the
 * tunnel, lets writes complete natively, and the tunnel carries what accumulated in the socket in large chunks.
 */




/** `tunnel` itself when it already is a socket; else the near end of a socket pair whose far end is piped to it. */
async function nativeSocketFor(tunnel) {
    if (tunnel instanceof external_node_net_.Socket)
        return tunnel;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'bakekit-session-'));
    const path = process.platform === 'win32' ? `\\\\.\\pipe\\${dir.replace(/[\\/:]/g, '-')}` : (0,external_node_path_.join)(dir, 's.sock');
    const server = external_node_net_.createServer();
    try {
        const accepted = new Promise((resolve, reject) => {
            server.once('connection', resolve);
            server.once('error', reject);
        });
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(path, () => resolve());
        });
        const near = external_node_net_.connect(path);
        const far = await accepted;
        near.setNoDelay?.(true);
        splice(far, tunnel);
        return near;
    }
    finally {
        server.close();
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** Pipes `socket` and `tunnel` both ways; either one ending or closing ends or closes the other. */
function splice(socket, tunnel) {
    socket.pipe(tunnel);
    tunnel.pipe(socket);
    socket.on('error', () => tunnel.destroy());
    tunnel.on('error', () => socket.destroy());
    socket.on('close', () => tunnel.destroy());
    tunnel.on('close', () => socket.destroy());
}

;// CONCATENATED MODULE: ./lib/buildkit/session/session.js





const SESSION_HEADERS = {
    id: 'x-docker-expose-session-uuid',
    name: 'x-docker-expose-session-name',
    sharedKey: 'x-docker-expose-session-sharedkey',
    method: 'x-docker-expose-session-grpc-method',
};
/** 25 random base36 characters, like BuildKit's identity.NewID; never contains ':' (the daemon splits on it). */
function newSessionId() {
    let id = '';
    while (id.length < 25) {
        const bytes = (0,external_node_crypto_.randomBytes)(32);
        for (const b of bytes) {
            if (b < 252 && id.length < 25)
                id += (b % 36).toString(36); // 252 = 7*36: no modulo bias
        }
    }
    return id;
}
class Session {
    id;
    idReused;
    name;
    sharedKey;
    /** Settles when the daemon drops the session (or close() finished). Never rejects. */
    closed;
    health = new HealthService();
    attachables = [];
    server;
    tunnel;
    markClosed;
    state = 'new';
    closing;
    /** Why the session ended without close(): the tunnel broke or the daemon dropped it. Undefined otherwise. */
    lostReason;
    constructor(opts = {}) {
        this.id = opts.reusedId ?? newSessionId();
        this.idReused = opts.reusedId !== undefined;
        this.name = opts.name ?? 'bakekit';
        this.sharedKey = opts.sharedKey ?? this.id;
        this.closed = new Promise((resolve) => {
            this.markClosed = resolve;
        });
    }
    /** Health Check calls the daemon made so far: proof the daemon still sees this session. */
    get healthChecks() {
        return this.health.checks;
    }
    get lastHealthCheckAt() {
        return this.health.lastCheckAt;
    }
    /** Adds a service to serve; only before run(). */
    attach(a) {
        if (this.state !== 'new')
            throw new Error('Session.attach() must be called before run()');
        if (a.serviceName === this.health.serviceName || this.attachables.some((x) => x.serviceName === a.serviceName)) {
            throw new Error(`session already serves ${a.serviceName}`);
        }
        this.attachables.push(a);
        return this;
    }
    /** The method paths advertised to the daemon, one header each. */
    advertisedMethods() {
        return this.services().flatMap(({ attachable, handlers }) => advertised(attachable, handlers));
    }
    /** Every served service with its handlers, Health first; handlers() is called once per attachable. */
    services() {
        const all = [this.health, ...this.attachables];
        return all.map((attachable) => ({ attachable, handlers: attachable.handlers() }));
    }
    /** Serves the session over a tunnel opened on `conn`; resolves once the daemon has accepted the tunnel. */
    async run(conn) {
        if (this.state !== 'new')
            throw new Error(`Session.run() called twice (session ${this.id})`);
        this.state = 'starting';
        const server = new RpcServer();
        this.server = server;
        const headers = [
            [SESSION_HEADERS.id, this.id],
            [SESSION_HEADERS.name, this.name],
            [SESSION_HEADERS.sharedKey, this.sharedKey],
        ];
        let tunnel;
        let socket;
        try {
            for (const { attachable, handlers } of this.services()) {
                server.addService(attachable.definition ?? (0,grpc_service/* serviceDefinition */.fJ)(attachable.serviceName), handlers);
                for (const path of advertised(attachable, handlers))
                    headers.push([SESSION_HEADERS.method, path]);
            }
            tunnel = await conn.openSessionTunnel(headers, { idReused: this.idReused });
            socket = await nativeSocketFor(tunnel).catch((err) => {
                tunnel.destroy();
                throw err;
            });
        }
        catch (err) {
            await this.close(); // the session is over before it began: settle `closed`, release the attachables
            throw new Error(`cannot open a BuildKit session on ${conn.description}: ${err.message}`, {
                cause: err,
            });
        }
        if (this.state !== 'starting') {
            // close() raced run(): don't leave the tunnel behind
            tunnel.destroy();
            socket.destroy();
            return;
        }
        this.tunnel = tunnel;
        // The daemon ending (or breaking) the tunnel is the end of the session.
        let tunnelError;
        tunnel.on('error', (err) => {
            /* reported through `closed` and `lostReason`; the HTTP/2 session sees the same failure */
            tunnelError ??= err;
        });
        tunnel.once('close', () => {
            if (this.state === 'running')
                this.lostReason = tunnelError ?? new Error('the daemon ended the session');
            void this.close();
        });
        server.serve(socket);
        this.state = 'running';
    }
    /**
     * Half-closes the tunnel and waits (bounded) for the daemon to end it, then stops the server and closes the
     * attachables. Call only after every Solve using this session returned: exporters stream through it.
     */
    close() {
        this.closing ??= this.doClose();
        return this.closing;
    }
    async doClose() {
        const wasNew = this.state === 'new';
        this.state = 'closing';
        const tunnel = this.tunnel;
        if (tunnel && !tunnel.destroyed) {
            const ended = new Promise((resolve) => tunnel.once('close', () => resolve()));
            // EOF for the daemon; it closes its HTTP/2 client and ends the tunnel from its side.
            tunnel.end();
            const timer = setTimeout(() => tunnel.destroy(), 3000);
            await ended;
            clearTimeout(timer);
        }
        // The tunnel is gone by now, so nothing graceful is left to wait for: drop any calls still running.
        if (!wasNew)
            this.server?.close();
        for (const a of this.attachables) {
            try {
                a.close?.();
            }
            catch {
                /* an attachable failing to clean up must not keep the session open */
            }
        }
        this.health.close();
        this.state = 'closed';
        this.markClosed();
    }
}
function advertised(a, handlers) {
    const def = a.definition ?? (0,grpc_service/* serviceDefinition */.fJ)(a.serviceName);
    return (a.advertisedMethods ?? Object.keys(handlers)).map((m) => {
        if (!def[m])
            throw new Error(`${a.serviceName} has no method ${m}`);
        return def[m].path;
    });
}


/***/ })

};
