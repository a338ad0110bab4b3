export const id = 878;
export const ids = [878,449];
export const modules = {

/***/ 2909:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ warningSource),
/* harmony export */   GO: () => (/* binding */ formatSourceBlock),
/* harmony export */   Y: () => (/* binding */ SolveError)
/* harmony export */ });
/* unused harmony exports decodeGrpcErrorDetails, formatStatusText, sourceLocation, warningAnnotation, BuildKitConnectionError, describeConnectionError */
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3033);
/* harmony import */ var _proto_rpc_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2389);
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
function toBuffer(value) {
    if (Buffer.isBuffer(value))
        return value;
    if (value instanceof Uint8Array)
        return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    // Go's encoding/json writes []byte as standard base64.
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
function isServiceError(err) {
    return err instanceof Error && isObject(err.metadata) &&
        typeof err.metadata.get === 'function';
}
/** The binary Status from a grpc-js error's trailers, if the daemon sent one and it decodes. */
function statusFromServiceError(err) {
    for (const value of err.metadata.get('grpc-status-details-bin')) {
        if (typeof value === 'string')
            continue; // grpc-js decodes -bin values to Buffers
        try {
            return (0,_proto_rpc_status_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeRpcStatus */ .Mv)(value);
        }
        catch {
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
function decodeGrpcErrorDetails(err) {
    let status;
    let fallbackCode = _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.UNKNOWN;
    let fallbackMessage = '';
    if (isServiceError(err)) {
        status = statusFromServiceError(err);
        fallbackCode = err.code ?? _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.UNKNOWN;
        fallbackMessage = err.details ?? err.message;
    }
    else {
        status = err;
    }
    const decoded = {
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
// ---------------------------------------------------------------------------------------------------------
// Source snippets (buildkit solver/errdefs/source.go `Source.Print`)
// ---------------------------------------------------------------------------------------------------------
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
    const lines = Buffer.from(data).toString('utf8').split('\n').map((l) => l.replace(/\r$/, ''));
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
function formatStatusText(code, message) {
    if (code === _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.OK || code === _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__/* .status */ .h5.UNKNOWN)
        return message;
    return `${GO_CODE_NAMES[code] ?? `Code(${code})`}: ${message}`;
}
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
/**
 * A failed build, with what BuildKit said about where and why. `message` reads like buildx:
 * `failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3`
 * (or `target app: failed to solve: …` for one of several bake targets).
 */
class SolveError extends Error {
    name = 'SolveError';
    /** gRPC status code (`grpc.status`); UNKNOWN for ordinary build failures, CANCELLED for cancellations. */
    grpcCode;
    /** The daemon's message alone. */
    statusMessage;
    details;
    /** Source locations in the order buildx prints them. */
    sources;
    /** Command of the failing exec op, when BuildKit sent the op. */
    command;
    exitCode;
    target;
    vertexDigest;
    /** Filled in by the caller from progress (`fillFromProgress`). */
    vertexName;
    multiTarget;
    constructor(details, options = {}) {
        super('', options.cause === undefined ? undefined : { cause: options.cause });
        this.grpcCode = details.code;
        this.statusMessage = details.message;
        this.details = details;
        this.sources = details.sources.map(sourceLocation).filter((s) => s !== undefined);
        this.command = details.solves.find((s) => s.command)?.command;
        this.exitCode = details.exitCode;
        this.vertexDigest = details.vertexDigests[0];
        this.vertexName = options.vertexName;
        this.target = options.target;
        this.multiTarget = options.multiTarget ?? false;
        this.message = this.composeMessage();
    }
    /** From a grpc-js error of Solve/Status/LLBBridge, or a `google.rpc.Status` from the gateway. */
    static fromGrpc(err, options = {}) {
        return new SolveError(decodeGrpcErrorDetails(err), { cause: err instanceof Error ? err : undefined, ...options });
    }
    /** Sets the bake target (and whether to name it in the message, as buildx does for multi-target bakes). */
    setTarget(target, multiTarget = this.multiTarget) {
        this.target = target;
        this.multiTarget = multiTarget;
        this.message = this.composeMessage();
        return this;
    }
    /**
     * Names the failing vertex from progress: the vertex BuildKit named in the error if progress knows it,
     * else the last failed vertex of the target.
     */
    fillFromProgress(progress, target = this.target) {
        const named = this.details.vertexDigests.map((d) => progress.vertex(d)).find((v) => v !== undefined);
        const vertex = named ?? progress.failedVertices(target).at(-1);
        if (vertex) {
            this.vertexDigest ??= vertex.digest;
            this.vertexName = vertex.name;
        }
        return this;
    }
    /** buildx's source blocks for every location, one after another (empty string when there are none). */
    formatSourceSnippet() {
        return this.sources.flatMap((s) => s.snippet).join('\n');
    }
    /** A GitHub annotation at the first source location (or without a location). */
    toAnnotation() {
        const location = this.sources[0];
        const what = this.vertexName ?? 'build failed';
        const title = this.target !== undefined && !what.startsWith(`[${this.target}`) ? `target ${this.target}: ${what}` : what;
        const annotation = { title, message: this.message };
        if (location) {
            annotation.file = location.file;
            annotation.startLine = location.startLine;
            annotation.endLine = location.endLine;
        }
        return annotation;
    }
    composeMessage() {
        const text = `failed to solve: ${formatStatusText(this.grpcCode, this.statusMessage)}`;
        return this.multiTarget && this.target !== undefined ? `target ${this.target}: ${text}` : text;
    }
}
/** Annotation for a build warning (same source location logic as errors). */
function warningAnnotation(warning) {
    const text = (b) => Buffer.from(b ?? new Uint8Array()).toString('utf8');
    const lines = (warning.detail ?? []).map(text);
    if (warning.url)
        lines.push(`More info: ${warning.url}`);
    const annotation = { title: text(warning.short), message: lines.join('\n') || text(warning.short) };
    const location = warningSource(warning.info, warning.ranges);
    if (location) {
        annotation.file = location.file;
        annotation.startLine = location.startLine;
        annotation.endLine = location.endLine;
    }
    return annotation;
}
/** A warning's location in the protobuf form Status uses (`pb.SourceInfo` + `pb.Range`). */
function warningSource(info, ranges) {
    if (!info)
        return undefined;
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
class BuildKitConnectionError extends Error {
    endpoint;
    grpcCode;
    name = 'BuildKitConnectionError';
    constructor(message, endpoint, grpcCode, cause) {
        super(message, { cause });
        this.endpoint = endpoint;
        this.grpcCode = grpcCode;
    }
}
/**
 * Turns a transport or daemon failure (grpc-js ServiceError, or a Node socket error from our own
 * connectors) into an actionable message naming the endpoint, e.g.
 * `cannot reach BuildKit at unix:///run/buildkit/buildkitd.sock: the socket does not exist; is the daemon running?`.
 * Errors that are not about the connection keep their message, prefixed with the endpoint.
 */
function describeConnectionError(err, endpoint) {
    const grpcCode = isObject(err) && typeof err.code === 'number' ? err.code : undefined;
    const errno = isObject(err) && typeof err.code === 'string' ? err.code : undefined;
    const detail = isObject(err) && typeof err.details === 'string' && err.details !== ''
        ? err.details
        : err instanceof Error
            ? err.message
            : String(err);
    // grpc-js reports the socket error only as text ("… Last error: Error: connect ENOENT /path …").
    const code = errno ?? /\b(ENOENT|ECONNREFUSED|EACCES|EPERM|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|ECONNRESET|EPIPE)\b/.exec(detail)?.[1];
    const unreachable = `cannot reach BuildKit at ${endpoint}`;
    const make = (message) => new BuildKitConnectionError(message, endpoint, grpcCode, err);
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
            if (/Name resolution failed/.test(detail))
                return make(`${unreachable}: the host name does not resolve (${detail})`);
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


/***/ }),

/***/ 9288:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ formatOciLayoutRef),
/* harmony export */   J9: () => (/* binding */ findManifest),
/* harmony export */   TI: () => (/* binding */ putDescriptor),
/* harmony export */   cT: () => (/* binding */ parseOciLayoutRef),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   is: () => (/* binding */ hasBlob),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   vY: () => (/* binding */ readIndex)
/* harmony export */ });
/* unused harmony exports ANNOTATION_REF_NAME, ANNOTATION_IMAGE_NAME, MEDIA_TYPE_IMAGE_INDEX, IMAGE_LAYOUT_VERSION, ociReferenceName, indexWithDescriptor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/**
 * OCI image layout directories (image-spec image-layout.md): `oci-layout`, `index.json`, `blobs/<alg>/<encoded>`.
 *
 * What BuildKit's Go client (client/ociindex) and buildx (util/ocilayout, build/opt.go) do with them, as bakekit
 * needs it:
 * - a descriptor is found in index.json by name: first a manifest whose `io.containerd.image.name` annotation is the
 *   name, then one whose `org.opencontainers.image.ref.name` is; a layout with a single manifest answers any name
 *   when asked with `orSingle` (buildx's resolveDigest for `oci-layout://` contexts);
 * - putting a descriptor under a tag sets `org.opencontainers.image.ref.name` and replaces the manifests carrying the
 *   same ref name without an image name; under an image name (`type=oci,tar=false` exports) it sets both annotations,
 *   the ref name being the name's tag (containerd's reference.Parse object), and replaces manifests with both equal;
 * - `oci-layout` is (re)written as `{"imageLayoutVersion":"1.0.0"}` on every put.
 * index.json is replaced atomically (written beside it, then renamed), not locked: the Go client takes an flock on
 * `index.json.lock`, which Node cannot take; two processes updating one layout at the same moment may lose one
 * update (never corrupt the file).
 */



const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name';
const ANNOTATION_IMAGE_NAME = 'io.containerd.image.name';
const MEDIA_TYPE_IMAGE_INDEX = 'application/vnd.oci.image.index.v1+json';
const IMAGE_LAYOUT_VERSION = '1.0.0';
/** A digest go-digest accepts (digest.Parse): sha256, sha384 or sha512 and that many lower-case hex digits. */
function isValidDigest(d) {
    const m = /^(sha256|sha384|sha512):([a-f0-9]+)$/.exec(d);
    if (!m)
        return false;
    return m[2].length === { sha256: 64, sha384: 96, sha512: 128 }[m[1]];
}
/** Where a blob lives in a layout; throws on an invalid digest (it must never become a path outside `blobs/`). */
function blobPath(dir, digest) {
    if (!isValidDigest(digest))
        throw new Error(`invalid digest ${JSON.stringify(digest)}`);
    const colon = digest.indexOf(':');
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'blobs', digest.slice(0, colon), digest.slice(colon + 1));
}
function hasBlob(dir, digest) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(blobPath(dir, digest)).isFile();
    }
    catch {
        return false;
    }
}
/** index.json of a layout; throws (with the path) when it is missing or not JSON, like ociindex.Read. */
function readIndex(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'index.json');
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'utf8');
    }
    catch (err) {
        const e = err;
        throw new Error(`could not read ${file}: ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`);
    }
    try {
        const idx = JSON.parse(text);
        if (!idx || typeof idx !== 'object' || Array.isArray(idx))
            throw new Error('not a JSON object');
        return idx;
    }
    catch (err) {
        throw new Error(`could not parse ${file}: ${err.message}`);
    }
}
/** The manifest named `name` (image name first, then ref name), like ociindex.Get; `orSingle`: else the only one. */
function findManifest(index, name, opts = {}) {
    const manifests = Array.isArray(index.manifests) ? index.manifests : [];
    const byImage = manifests.find((m) => m?.annotations?.[ANNOTATION_IMAGE_NAME] === name);
    if (byImage)
        return byImage;
    const byRef = manifests.find((m) => m?.annotations?.[ANNOTATION_REF_NAME] === name);
    if (byRef)
        return byRef;
    if (opts.orSingle && manifests.length === 1)
        return manifests[0];
    return undefined;
}
/**
 * The OCI ref name of an image name: containerd's reference.Parse object (what follows the first `:` or `@` after
 * the host), e.g. `docker.io/library/app:1` → `1`, `example.com/app@sha256:…` → `@sha256:…`; the name itself when it
 * does not parse (no host).
 */
function ociReferenceName(name) {
    if (name.includes('://'))
        return name;
    let url;
    try {
        url = new URL(`dummy://${name}`);
    }
    catch {
        return name;
    }
    if (!url.host)
        return name;
    // URL normalises the path (percent-encoding); containerd's object is what follows in the raw text
    const afterHost = name.indexOf('/') >= 0 ? name.slice(name.indexOf('/')) : '';
    const at = afterHost.search(/[:@]/);
    if (at < 0)
        return '';
    const object = afterHost.slice(at);
    return object.startsWith(':') ? object.slice(1) : object;
}
/** `index` with `desc` put under `names` (none: appended without a name), as ociindex.Put does it. Pure. */
function indexWithDescriptor(index, desc, names) {
    const out = { ...(index ?? {}) };
    if (!out.schemaVersion)
        out.schemaVersion = 2;
    if (!out.mediaType)
        out.mediaType = MEDIA_TYPE_IMAGE_INDEX;
    let manifests = Array.isArray(out.manifests) ? [...out.manifests] : [];
    const entries = names.length ? names : [undefined];
    for (const n of entries) {
        const annotations = { ...(desc.annotations ?? {}) };
        if (n) {
            const imageName = 'name' in n ? n.name : '';
            const refName = 'name' in n ? ociReferenceName(n.name) : n.tag;
            if (imageName)
                annotations[ANNOTATION_IMAGE_NAME] = imageName;
            annotations[ANNOTATION_REF_NAME] = refName;
            manifests = manifests.filter((m) => (m?.annotations?.[ANNOTATION_REF_NAME] ?? '') !== refName || (m?.annotations?.[ANNOTATION_IMAGE_NAME] ?? '') !== imageName);
        }
        manifests.push(orderedDescriptor({ ...desc, annotations: Object.keys(annotations).length ? annotations : undefined }));
    }
    out.manifests = manifests;
    // schemaVersion, mediaType, manifests first, as Go writes an index; anything else after
    const { schemaVersion, mediaType, manifests: m, ...rest } = out;
    return { schemaVersion, mediaType, ...(rest.artifactType !== undefined ? { artifactType: rest.artifactType } : {}), manifests: m, ...rest };
}
/** The descriptor's fields in the order of Go's ocispec.Descriptor, empty ones left out; unknown ones kept, last. */
function orderedDescriptor(d) {
    const known = ['mediaType', 'digest', 'size', 'urls', 'annotations', 'data', 'platform', 'artifactType'];
    const out = {};
    for (const k of known)
        if (d[k] !== undefined && d[k] !== '')
            out[k] = d[k];
    for (const [k, v] of Object.entries(d))
        if (!known.includes(k) && v !== undefined)
            out[k] = v;
    return out;
}
/** Puts `desc` into `dir`'s index.json under `names`, creating the layout (oci-layout, index.json) as needed. */
function putDescriptor(dir, desc, names) {
    node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(dir, { recursive: true });
    node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: IMAGE_LAYOUT_VERSION }));
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'index.json');
    let current;
    if (node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file)) {
        const text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'utf8');
        if (text.length)
            current = readIndex(dir);
    }
    const next = indexWithDescriptor(current, desc, names);
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.index.json.${process.pid}.${node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes(4).toString('hex')}`);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(tmp, JSON.stringify(next), { mode: 0o644 });
        node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmp, file);
    }
    catch (err) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmp, { force: true });
        throw err;
    }
}
const OCI_LAYOUT_PREFIX = 'oci-layout://';
/** distribution/reference's TagRegexp and DigestRegexp, unanchored as buildx uses them (MatchString). */
const TAG_SEARCH = /[\w][\w.-]{0,127}/;
const DIGEST_SEARCH = /[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}/;
/** undefined when `s` is not an `oci-layout://` reference; throws on a malformed digest after `@`. */
function parseOciLayoutRef(s) {
    if (!s.startsWith(OCI_LAYOUT_PREFIX))
        return undefined;
    let local = s.slice(OCI_LAYOUT_PREFIX.length);
    const out = { path: '' };
    const at = local.lastIndexOf('@');
    if (at >= 0) {
        const after = local.slice(at + 1);
        if (DIGEST_SEARCH.test(after)) {
            if (!isValidDigest(after))
                throw new Error(`invalid digest ${JSON.stringify(after)} in ${s}`);
            out.digest = after;
            local = local.slice(0, at);
        }
    }
    const colon = local.lastIndexOf(':');
    if (colon >= 0 && !isWindowsDrivePath(local, colon)) {
        const after = local.slice(colon + 1);
        if (TAG_SEARCH.test(after)) {
            out.tag = after;
            local = local.slice(0, colon);
        }
    }
    out.path = local;
    if (!out.tag && !out.digest)
        out.tag = 'latest';
    return out;
}
function formatOciLayoutRef(ref) {
    return `${OCI_LAYOUT_PREFIX}${ref.path}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
function isWindowsDrivePath(p, colon) {
    if (colon !== 1 || p.length < 3)
        return false;
    if (p[2] !== '/' && p[2] !== '\\')
        return false;
    return /[a-zA-Z]/.test(p[0]);
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
        "moby": {
            "nested": {
                "buildkit": {
                    "nested": {
                        "v1": {
                            "nested": {
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
                },
                "filesync": {
                    "nested": {
                        "v1": {
                            "nested": {
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
                                "VerifyTokenAuthorityResponse": { "fields": { "Signed": { "type": "bytes", "id": 1 } } },
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
                                "BytesMessage": { "fields": { "data": { "type": "bytes", "id": 1 } } }
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
        }
    }
};

;// CONCATENATED MODULE: ./lib/buildkit/proto/registry.js
/**
 * One protobufjs Root for every message bakekit puts on the wire.
 *
 * Each `src/buildkit/proto/*.ts` module holds our own `.proto` text for one BuildKit package (written from
 * the wire format: same package names, message names and field numbers as BuildKit, so the bytes match);
 * sources.ts lists them. The root is built from descriptors.ts, protobufjs JSON descriptors generated from those
 * texts by scripts/gen-proto.ts, rather than by parsing the texts at every start: that took ~8 ms of start-up and
 * needs protobufjs' parser, which the light build used here leaves out (docs/benchmarks.md, "Start-up").
 * Field names keep their original case (`Ref`, `FrontendAttrs`) because that is what BuildKit's .proto files
 * use and what we look up.
 */


/**
 * A root with every definition of descriptors.ts. Unlike `Root.fromJSON`, it resolves nothing up front: type
 * references and proto3 field features are resolved on first use (the first encode or decode of a type, a service
 * definition), as they were when the texts were parsed here — resolving everything at start cost ~6 ms.
 */
function loadRoot() {
    const loaded = new light.Root();
    loaded.addJSON(descriptors.nested ?? {});
    return loaded;
}
const root = loadRoot();
/** Options used whenever a decoded message becomes a plain object: int64 as decimal string keeps precision,
 * bytes stay Buffers. */
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

/***/ 2389:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ decodeRpcStatus),
/* harmony export */   WQ: () => (/* binding */ encodeRpcStatus)
/* harmony export */ });
/* unused harmony exports RPC_STATUS_TYPE, ANY_PROTO, RPC_STATUS_PROTO */
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2328);
/**
 * `google.rpc.Status` and `google.protobuf.Any`, written from the wire format (googleapis rpc/status.proto,
 * protobuf any.proto).
 *
 * BuildKit sends failed calls with a binary Status in the `grpc-status-details-bin` trailer, and the gateway
 * protocol carries one in `ReturnRequest.error`. Each `Any` detail BuildKit produces holds JSON (type URLs
 * ending in `+json`), not protobuf; `errors.ts` interprets them.
 *
 * Field names match protobufjs's built-in `Any` wrapper (`type_url`, `value`), so its special handling of
 * `.google.protobuf.Any` in fromObject/toObject keeps working on plain objects.
 */

const RPC_STATUS_TYPE = 'google.rpc.Status';
const ANY_PROTO = (/* unused pure expression or super */ null && (`
syntax = "proto3";
package google.protobuf;
message Any {
  string type_url = 1;
  bytes value = 2;
}
`));
const RPC_STATUS_PROTO = (/* unused pure expression or super */ null && (`
syntax = "proto3";
package google.rpc;
message Status {
  int32 code = 1;
  string message = 2;
  repeated google.protobuf.Any details = 3;
}
`));
function encodeRpcStatus(status) {
    return (0,_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeMessage */ .mH)(RPC_STATUS_TYPE, status);
}
function decodeRpcStatus(bytes) {
    return (0,_registry_js__WEBPACK_IMPORTED_MODULE_0__.decodeMessage)(RPC_STATUS_TYPE, bytes);
}


/***/ }),

/***/ 3878:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ callFrontendOpt),
/* harmony export */   Mf: () => (/* binding */ parseCall),
/* harmony export */   of: () => (/* binding */ callFallbackOpt),
/* harmony export */   printCallResults: () => (/* binding */ printCallResults)
/* harmony export */ });
/* unused harmony exports tabwrite, sortedLintWarnings, printLint, printOutline, printTargets, formatCallResult, formatBakeCallResults, lintAnnotations, bakeDockerfileName */
/* harmony import */ var _buildkit_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2909);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _call_func_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7073);
/* harmony import */ var _target_context_kind_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6449);
/* harmony import */ var _bake_print_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3426);
/**
 * Frontend methods instead of a build (`call = "check" | "outline" | "targets"`, `--call`, `--check`), as buildx runs
 * and prints them: the gateway solve carries `requestid=frontend.<name>` and the `subrequests` capability, the outer
 * solve is Internal and adds no default export, and the frontend answers with result metadata — `result.json`,
 * `result.txt`, `result.statuscode`, `version` (BuildKit frontend/subrequests) — which buildx prints
 * (commands/build.go printResult, commands/bake.go for several targets) and turns into the exit code.
 *
 * Pure: no I/O. The text renderers follow BuildKit's own (subrequests/lint PrintTo, outline PrintOutline,
 * targets PrintTargets) on `result.json`, so that bakekit prints what buildx prints whatever the frontend's own
 * `result.txt` says; a result of a newer version than these renderers know is printed as its `result.txt`, as buildx does.
 */





/** Versions of the result structures the renderers below know (BuildKit's subrequest definitions). */
const KNOWN_VERSION = '1.0.0';
const SUBREQUESTS_CAP = 'moby.buildkit.frontend.subrequests+forward';
/** buildx's fallback frontends for a daemon whose own Dockerfile frontend answers no subrequests (build/build.go) */
const PRINT_FALLBACK_IMAGE = 'docker/dockerfile:1.7.1@sha256:a57df69d0ea827fb7266491f2813635de6f17269be881f696fbfdf2d83dda33e';
const LINT_FALLBACK_IMAGE = 'docker/dockerfile:1.8.1@sha256:e87caa74dcb7d46cd820352bfea12591f3dba3ddc4285e19c7dcd13359f7cefd';
/**
 * A target's `call` as buildx bake reads it (commands/bake.go: ParseCallFunc of the attribute): `check` is `lint`;
 * `build` (and nothing) is no call. Throws buildx's error for a bad value.
 */
function parseCall(value) {
    if (!value)
        return undefined;
    const call = (0,_call_func_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCallFunc */ .K)(value);
    if (call.name === 'build' || call.name === '')
        return undefined;
    return call;
}
/** The gateway solve's frontend options for a call (buildx adds them to the gateway request only, not to the build's
 * own attributes). */
function callFrontendOpt(call, attrs) {
    const out = { ...attrs };
    out['frontend.caps'] = out['frontend.caps'] ? `${out['frontend.caps']},${SUBREQUESTS_CAP}` : SUBREQUESTS_CAP;
    out.requestid = `frontend.${call.name}`;
    return out;
}
/**
 * buildx fallbackPrintError: a frontend that does not know the request (`unsupported request frontend.lint`, the
 * Dockerfile frontend of BuildKit < 0.14 for lint) is asked again through a Dockerfile frontend image that does.
 * Undefined when the error is something else.
 */
function callFallbackOpt(err, opt) {
    const request = opt.requestid;
    if (!request)
        return undefined;
    const message = err.details ?? err.message;
    const m = /unsupported request (frontend\.(?:outline|targets|lint))\b/.exec(message);
    if (!m)
        return undefined;
    return { ...opt, 'build-arg:BUILDKIT_SYNTAX': m[1] === 'frontend.lint' ? LINT_FALLBACK_IMAGE : PRINT_FALLBACK_IMAGE };
}
/** Go's golang.org/x/mod/semver-free comparison buildx uses (docker/docker/api/types/versions.LessThan). */
function versionLess(a, b) {
    const pa = a.split('.');
    const pb = b.split('.');
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = Number.parseInt(pa[i] ?? '0', 10) || 0;
        const y = Number.parseInt(pb[i] ?? '0', 10) || 0;
        if (x !== y)
            return x < y;
    }
    return false;
}
/**
 * Go text/tabwriter with minwidth 0, tabwidth 0, padchar ' ' and no flags, over rows of cells: every cell but a row's
 * last is tab-terminated and padded to its column block's widest cell plus `padding` (a column block: consecutive rows
 * that have that column); a row's last cell is written as it is.
 */
function tabwrite(rows, padding) {
    const width = (s) => [...s].length;
    const widths = rows.map((r) => new Array(Math.max(0, r.length - 1)).fill(0));
    const maxCols = Math.max(0, ...rows.map((r) => r.length - 1));
    for (let c = 0; c < maxCols; c++) {
        let i = 0;
        while (i < rows.length) {
            if (rows[i].length - 1 <= c) {
                i++;
                continue;
            }
            let j = i;
            let w = 0;
            while (j < rows.length && rows[j].length - 1 > c)
                w = Math.max(w, width(rows[j++][c]) + padding);
            for (let k = i; k < j; k++)
                widths[k][c] = w;
            i = j;
        }
    }
    return rows
        .map((r, i) => r.map((cell, c) => (c < r.length - 1 ? cell + ' '.repeat(Math.max(0, widths[i][c] - width(cell))) : cell)).join('') + '\n')
        .join('');
}
function ranges(loc) {
    return (loc?.ranges ?? []).map((r) => ({
        start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
        end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 },
    }));
}
/** errdefs Source.Print: the snippet block with its trailing newline, or nothing. */
function sourceBlock(source, loc, filename) {
    if (!source)
        return '';
    const lines = (0,_buildkit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSourceBlock */ .GO)(filename ?? source.filename ?? '', Buffer.from(source.data ?? '', 'base64'), ranges(loc));
    return lines.length ? lines.join('\n') + '\n' : '';
}
/** Lint warnings in the order BuildKit prints them (LintResults.PrintTo): source-less first, then by file and line. */
function sortedLintWarnings(results) {
    const sources = results.sources ?? [];
    const index = (w) => (w.location ? (w.location.sourceIndex ?? 0) : -1);
    return [...(results.warnings ?? [])].sort((a, b) => {
        const ia = index(a);
        const ib = index(b);
        if (ia < 0 && ib < 0)
            return a.ruleName < b.ruleName ? -1 : a.ruleName > b.ruleName ? 1 : 0;
        if (ia < 0 || ib < 0)
            return ia < 0 ? -1 : 1;
        const fa = sources[ia]?.filename ?? '';
        const fb = sources[ib]?.filename ?? '';
        if (fa !== fb)
            return fa < fb ? -1 : 1;
        const ra = a.location?.ranges ?? [];
        const rb = b.location?.ranges ?? [];
        if (ra.length === 0 && rb.length === 0)
            return a.ruleName < b.ruleName ? -1 : a.ruleName > b.ruleName ? 1 : 0;
        if (ra.length === 0 || rb.length === 0)
            return ra.length === 0 ? -1 : 1;
        return (ra[0].start?.line ?? 0) - (rb[0].start?.line ?? 0);
    });
}
function printLint(results, filename) {
    const sources = results.sources ?? [];
    let out = '';
    for (const w of sortedLintWarnings(results)) {
        out += `\nWARNING: ${w.ruleName}${w.url ? ` - ${w.url}` : ''}\n${w.detail ?? ''}\n`;
        const i = w.location ? (w.location.sourceIndex ?? 0) : -1;
        if (i >= 0)
            out += sourceBlock(sources[i], w.location, filename);
    }
    return out;
}
function printOutline(o) {
    let out = '';
    if (o.name || o.description) {
        const rows = [['TARGET:', o.name || '(default)']];
        if (o.description)
            rows.push(['DESCRIPTION:', o.description]);
        out += tabwrite(rows, 1) + '\n';
    }
    if (o.args?.length)
        out += tabwrite([['BUILD ARG', 'VALUE', 'DESCRIPTION'], ...o.args.map((a) => [a.name, a.value ?? '', a.description ?? ''])], 3) + '\n';
    if (o.secrets?.length)
        out += tabwrite([['SECRET', 'REQUIRED'], ...o.secrets.map((s) => [s.name, s.required ? 'true' : ''])], 3) + '\n';
    if (o.ssh?.length)
        out += tabwrite([['SSH', 'REQUIRED'], ...o.ssh.map((s) => [s.name, s.required ? 'true' : ''])], 3) + '\n';
    return out;
}
function printTargets(l) {
    const rows = [['TARGET', 'DESCRIPTION']];
    for (const t of l.targets ?? []) {
        let name = t.name ?? '';
        if (name === '' && t.default)
            name = '(default)';
        else if (t.default)
            name = `${name} (default)`;
        rows.push([name, t.description ?? '']);
    }
    return tabwrite(rows, 1);
}
function parseJson(text) {
    return JSON.parse(text ?? 'null');
}
/**
 * buildx printResult for one call's result metadata. `dockerfile`: the Dockerfile as buildx names it in lint source
 * blocks (the target's Dockerfile path as the bake definition gives it, `inline` for an inline one).
 */
function formatCallResult(call, res, dockerfile) {
    const json = call.format === 'json';
    // printValue: JSON as it came, a result newer than the renderer as its text, else rendered from result.json
    const value = (render) => {
        if (json)
            return `${res['result.json'] ?? ''}\n`;
        if (res.version && versionLess(KNOWN_VERSION, res.version) && res['result.txt'])
            return res['result.txt'];
        return render();
    };
    let text = '';
    try {
        switch (call.name) {
            case 'outline':
                text = value(() => printOutline(parseJson(res['result.json']) ?? {}));
                break;
            case 'targets':
                text = value(() => printTargets(parseJson(res['result.json']) ?? {}));
                break;
            case 'lint': {
                const results = (res['result.json'] !== undefined ? parseJson(res['result.json']) : undefined) ?? {};
                const count = results.warnings?.length ?? 0;
                if (!json && count > 0)
                    text += `Check complete, ${count === 1 ? '1 warning has' : `${count} warnings have`} been found!\n`;
                text += value(() => printLint(results, dockerfile));
                if (results.buildError) {
                    if (!json && count > 0)
                        text += '\n';
                    const i = results.buildError.location?.sourceIndex ?? 0;
                    const error = `${results.buildError.message}\n${sourceBlock((results.sources ?? [])[i], results.buildError.location, dockerfile)}`;
                    return { text, exitCode: 1, error };
                }
                if (count === 0 && !json)
                    text += 'Check complete, no warnings found.\n';
                break;
            }
            default:
                if (res['result.json'] !== undefined && json)
                    text = `${res['result.json']}\n`;
                else if (res['result.txt'] !== undefined)
                    text = res['result.txt'];
                else
                    text = `${goCallString(call)} map[${Object.keys(res).sort().map((k) => `${k}:${res[k]}`).join(' ')}]\n`;
        }
    }
    catch (err) {
        return { text, exitCode: 1, error: err.message };
    }
    let exitCode = 0;
    const status = res['result.statuscode'];
    if (!call.ignoreStatus && status !== undefined && /^[+-]?\d+$/.test(status))
        exitCode = Number.parseInt(status, 10);
    return { text, exitCode };
}
/** buildflags.CallFunc's String(), which buildx prints for a result it cannot show. */
function goCallString(call) {
    const parts = [];
    if (call.name)
        parts.push(`Name:${JSON.stringify(call.name)}`);
    if (call.format)
        parts.push(`Format:${JSON.stringify(call.format)}`);
    if (call.ignoreStatus)
        parts.push('IgnoreStatus:true');
    return parts.join(' ');
}
/**
 * buildx bake's printing of several call results (commands/bake.go): targets by name, each as its name, its
 * description, a blank line and the result, a blank line between targets; a result's error as `error: …`. The
 * command line's call (`--call outline,format=json`) decides format and ignorestatus for all. JSON (`format=json`)
 * is one document: `definition` is the bake definition as `--print` writes it (`{group, target}`), each call target
 * gaining its result under the call's name (`check` for lint).
 */
function formatBakeCallResults(results, options = {}) {
    const sorted = [...results].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
    const formatOf = (r) => ({
        ...r.call,
        ...(options.cliCall ? { format: options.cliCall.format, ignoreStatus: options.cliCall.ignoreStatus } : {}),
    });
    let exitCode = 0;
    if (options.cliCall?.format === 'json') {
        const json = {};
        for (const r of sorted) {
            const call = formatOf(r);
            const entry = {};
            const out = formatCallResult(call, r.response, r.dockerfile);
            if (out.error !== undefined) {
                entry.error = out.error;
                exitCode = 1;
            }
            else if (out.exitCode !== 0 && exitCode === 0)
                exitCode = out.exitCode;
            let parsed;
            try {
                parsed = JSON.parse(out.text);
            }
            catch {
                parsed = undefined;
            }
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                Object.assign(entry, parsed);
            else
                entry[call.name] = out.text.trim();
            json[r.target] = entry;
        }
        const targets = {};
        const def = options.definition ?? { target: {} };
        for (const name of Object.keys(def.target).sort()) {
            targets[name] = { build: def.target[name] };
            const r = sorted.find((x) => x.target === name);
            if (r && json[name])
                targets[name][r.call.name === 'lint' ? 'check' : r.call.name] = sortKeys(json[name]);
        }
        const doc = { ...(def.group && Object.keys(def.group).length ? { group: def.group } : {}), target: targets };
        return { text: `${JSON.stringify(doc, null, 2)}\n`, exitCode };
    }
    let text = '';
    sorted.forEach((r, i) => {
        if (i > 0)
            text += '\n';
        text += `${r.target}\n`;
        if (r.description)
            text += `${r.description}\n`;
        text += '\n';
        const out = formatCallResult(formatOf(r), r.response, r.dockerfile);
        text += out.text;
        if (out.error !== undefined) {
            text += `error: ${out.error}\n`;
            exitCode = 1;
        }
        else if (out.exitCode !== 0 && exitCode === 0)
            exitCode = out.exitCode;
    });
    return { text, exitCode };
}
/** Go marshals a map with its keys sorted. */
function sortKeys(o) {
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}
function lintAnnotations(response) {
    let results;
    try {
        results = parseJson(response['result.json']) ?? {};
    }
    catch {
        return [];
    }
    const sources = results.sources ?? [];
    return sortedLintWarnings(results).map((w) => {
        const source = w.location ? sources[w.location.sourceIndex ?? 0] : undefined;
        const a = {
            title: w.description || w.ruleName,
            message: `${w.ruleName}: ${w.detail ?? ''}${w.url ? `\nMore info: ${w.url}` : ''}`,
        };
        if (source?.filename) {
            a.file = source.filename;
            a.data = Buffer.from(source.data ?? '', 'base64');
            const line = w.location?.ranges?.[0]?.start?.line;
            if (line)
                a.startLine = line;
        }
        return a;
    });
}
/** The Dockerfile as buildx bake names it in lint output (bake.go toBuildOpt: the context joined with a relative
 * Dockerfile path; `inline` for an inline one; opt.go dockerfileSrcName). */
function bakeDockerfileName(t) {
    if (t.dockerfileInline !== undefined)
        return 'inline';
    const rawContext = (t.context ?? '.').replace(/^cwd:\/\//, '');
    const dockerfile = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize((t.dockerfile ?? 'Dockerfile').replace(/^cwd:\/\//, ''));
    if (_target_context_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOTE_CONTEXT */ .rM.test(rawContext) || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(dockerfile))
        return dockerfile;
    const context = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(rawContext);
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(context, dockerfile);
}
/**
 * What buildx bake prints on stdout after a run with calls (formatBakeCallResults over the targets that had one), and
 * the exit code they ask for; undefined when no target had a call. `cliCall`: the command line's `--call`/`--check`.
 */
function printCallResults(result, definition, cliCall) {
    const calls = result.targets.filter((t) => t.call);
    if (!calls.length)
        return undefined;
    const results = calls.map((t) => {
        const def = definition.target[t.target] ?? {};
        return { target: t.target, description: def.description, call: t.call.spec, response: t.call.response, dockerfile: bakeDockerfileName(def) };
    });
    let cli;
    try {
        cli = cliCall ? (0,_call_func_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCallFunc */ .K)(cliCall) : undefined;
    }
    catch {
        cli = undefined; // checked when the command line was read
    }
    // JSON: every target's definition as --print writes it, with the call results
    const printed = cli?.format === 'json' ? JSON.parse((0,_bake_print_js__WEBPACK_IMPORTED_MODULE_3__/* .renderPrint */ .u6)(definition)) : undefined;
    return formatBakeCallResults(results, { cliCall: cli, definition: printed });
}


/***/ }),

/***/ 6449:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ ociLayoutDir),
/* harmony export */   Gb: () => (/* binding */ isGitSshContext),
/* harmony export */   V9: () => (/* binding */ namedContextKind),
/* harmony export */   rM: () => (/* binding */ REMOTE_CONTEXT)
/* harmony export */ });
/* harmony import */ var _buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9288);
/**
 * What a context value names, one answer for planning, the bake adapter and the entitlement check (they must agree:
 * a value the check reads one way and the planner another is a way around the check).
 */

/** A build context the daemon fetches itself (buildx urlutil.IsRemoteURL): http(s), git (also `user@host:path`). */
const REMOTE_CONTEXT = /^(https?:\/\/|git:\/\/|ssh:\/\/|github\.com\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/;
/** buildx IsGitSSH: the git URL is fetched over SSH (`ssh://…`, `user@host:path`), with the runner's SSH agent. */
function isGitSshContext(value) {
    return /^(ssh:\/\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/.test(value);
}
/** Where a named context's value points: another target of the run, something the daemon fetches or the session
 * serves as a store (`docker-image://`, `oci-layout://`, URLs), or a local directory. */
function namedContextKind(value) {
    if (value.startsWith('target:'))
        return 'target';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith('docker-image:') || value.startsWith('oci-layout:'))
        return 'remote';
    return 'local';
}
/** The directory of `oci-layout://PATH[:TAG][@DIGEST]`, parsed as the content-store planner parses it (the same
 * function), so that the entitlement check reads the directory the session will serve. */
function ociLayoutDir(value) {
    try {
        return (0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOciLayoutRef */ .cT)(value)?.path;
    }
    catch {
        return value.slice('oci-layout://'.length); // an invalid digest fails planning; check the whole text meanwhile
    }
}


/***/ })

};
