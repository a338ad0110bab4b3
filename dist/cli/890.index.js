export const id = 890;
export const ids = [890,57];
export const modules = {

/***/ 6801:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _W: () => (/* binding */ writeLengthPrefix),
/* harmony export */   nD: () => (/* binding */ lengthDelimitedSize),
/* harmony export */   zT: () => (/* binding */ encodePacketFast)
/* harmony export */ });
/** Bytes of a varint for an unsigned 32-bit value. */
function varint32Size(v) {
    return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}
function writeVarint32(buf, pos, v) {
    while (v >= 0x80) {
        buf[pos++] = (v & 0x7f) | 0x80;
        v >>>= 7;
    }
    buf[pos++] = v;
    return pos;
}
/**
 * An int64 field value (decimal string) as the low and high 32 bits of its two's complement, which is what the varint
 * writer needs. Sizes fit a double exactly and skip BigInt; mtimes in nanoseconds (~2^60) need it once.
 */
function int64Halves(decimal) {
    const n = Number(decimal);
    if (Number.isSafeInteger(n) && n >= 0)
        return [n >>> 0, Math.floor(n / 0x1_0000_0000) >>> 0];
    const v = BigInt.asUintN(64, BigInt(decimal));
    return [Number(v & 0xffffffffn), Number(v >> 32n)];
}
function varint64Size(lo, hi) {
    if (hi === 0)
        return varint32Size(lo);
    // bits above the low 28 in 7-bit groups: 4 bytes for the low 28 bits, then the rest of the 64-bit value
    let size = 4;
    let rest = hi * 16 + (lo >>> 28); // value >> 28, exact while it stays below 2^53 (it is at most 2^36)
    while (rest >= 1) {
        size++;
        rest = Math.floor(rest / 128);
    }
    return size;
}
function writeVarint64(buf, pos, lo, hi) {
    while (hi > 0 || lo >= 0x80) {
        buf[pos++] = (lo & 0x7f) | 0x80;
        lo = ((lo >>> 7) | (hi << 25)) >>> 0;
        hi >>>= 7;
    }
    buf[pos++] = lo;
    return pos;
}
const EMPTY = new Uint8Array(0);
/** The size of a length-delimited field of `length` content bytes, written whatever its length (a sub-message). */
const lengthDelimitedSize = (length) => 1 + varint32Size(length) + length;
/** The size of a string or bytes field of `length` content bytes (0 when left out: empty). */
const bytesFieldSize = (length) => (length > 0 ? lengthDelimitedSize(length) : 0);
/** The size of a varint field (0 when left out: zero). */
const varintFieldSize = (v) => (v ? 1 + varint32Size(v >>> 0) : 0);
/** The tag and length of a length-delimited field; its content follows. */
function writeLengthPrefix(buf, pos, tag, length) {
    buf[pos++] = tag;
    return writeVarint32(buf, pos, length);
}
/** A string written straight from the string (no intermediate Uint8Array); `length` is its UTF-8 size. */
function writeString(buf, pos, tag, value, length) {
    pos = writeLengthPrefix(buf, pos, tag, length);
    return pos + buf.write(value, pos, length, 'utf8');
}
function writeBytes(buf, pos, tag, bytes) {
    pos = writeLengthPrefix(buf, pos, tag, bytes.length);
    buf.set(bytes, pos);
    return pos + bytes.length;
}
/** proto3 leaves empty strings and bytes out. */
function writeStringField(buf, pos, tag, value, length) {
    return length === 0 ? pos : writeString(buf, pos, tag, value, length);
}
function writeBytesField(buf, pos, tag, bytes) {
    return bytes.length === 0 ? pos : writeBytes(buf, pos, tag, bytes);
}
function writeVarintField(buf, pos, tag, v) {
    if (!v)
        return pos;
    buf[pos++] = tag;
    return writeVarint32(buf, pos, v >>> 0);
}
/** int64 fields of Stat in field-number order: [tag, field]. */
const INT64_FIELDS = [
    [0x28, 'size'],
    [0x30, 'modTime'],
    [0x40, 'devmajor'],
    [0x48, 'devminor'],
];
function measureStat(stat) {
    const pathLength = stat.path ? Buffer.byteLength(stat.path, 'utf8') : 0;
    const linkLength = stat.linkname ? Buffer.byteLength(stat.linkname, 'utf8') : 0;
    let size = bytesFieldSize(pathLength) + bytesFieldSize(linkLength);
    size += varintFieldSize(stat.mode ?? 0) + varintFieldSize(stat.uid ?? 0) + varintFieldSize(stat.gid ?? 0);
    const halves = [0, 0, 0, 0, 0, 0, 0, 0];
    let present = 0;
    for (let i = 0; i < INT64_FIELDS.length; i++) {
        const decimal = stat[INT64_FIELDS[i][1]];
        if (decimal === undefined || decimal === '' || decimal === '0')
            continue; // proto3 zero value: left out
        const [lo, hi] = int64Halves(decimal);
        halves[2 * i] = lo;
        halves[2 * i + 1] = hi;
        present |= 1 << i;
        size += 1 + varint64Size(lo, hi);
    }
    const layout = { size, pathLength, linkLength, halves, present };
    if (stat.xattrs) {
        layout.xattrs = [];
        for (const [key, value] of Object.entries(stat.xattrs)) {
            const keyLength = Buffer.byteLength(key, 'utf8');
            // Map entries carry key and value even when empty, as protobufjs writes them.
            const entrySize = 2 + varint32Size(keyLength) + keyLength + varint32Size(value.length) + value.length;
            layout.xattrs.push([key, value, keyLength, entrySize]);
            layout.size += lengthDelimitedSize(entrySize);
        }
    }
    return layout;
}
/** Writes the Stat's fields in field-number order (linkname, field 7, sits between modTime and devmajor). */
function writeStat(out, pos, stat, layout) {
    pos = writeStringField(out, pos, 0x0a, stat.path, layout.pathLength);
    pos = writeVarintField(out, pos, 0x10, stat.mode ?? 0);
    pos = writeVarintField(out, pos, 0x18, stat.uid ?? 0);
    pos = writeVarintField(out, pos, 0x20, stat.gid ?? 0);
    for (let i = 0; i < INT64_FIELDS.length; i++) {
        if (i === 2)
            pos = writeStringField(out, pos, 0x3a, stat.linkname ?? '', layout.linkLength);
        if (!(layout.present & (1 << i)))
            continue;
        out[pos++] = INT64_FIELDS[i][0];
        pos = writeVarint64(out, pos, layout.halves[2 * i], layout.halves[2 * i + 1]);
    }
    for (const [key, value, keyLength, entrySize] of layout.xattrs ?? []) {
        // map entries carry key and value even when empty
        pos = writeLengthPrefix(out, pos, 0x52, entrySize);
        pos = writeString(out, pos, 0x0a, key, keyLength);
        pos = writeBytes(out, pos, 0x12, value);
    }
    return pos;
}
/** The protobuf encoding of `packet` (what `encodePacket` in proto/fsutil.ts returns, without protobufjs). */
function encodePacketFast(packet) {
    const type = packet.type ?? 0;
    const id = (packet.ID ?? 0) >>> 0;
    const data = packet.data ?? EMPTY;
    const stat = packet.stat ? measureStat(packet.stat) : undefined;
    let size = varintFieldSize(type) + varintFieldSize(id) + bytesFieldSize(data.length);
    // A present stat is written even when empty (protobufjs writes a set sub-message whatever its content).
    if (stat)
        size += lengthDelimitedSize(stat.size);
    const out = Buffer.allocUnsafe(size);
    let pos = writeVarintField(out, 0, 0x08, type);
    if (stat)
        pos = writeStat(out, writeLengthPrefix(out, pos, 0x12, stat.size), packet.stat, stat);
    pos = writeVarintField(out, pos, 0x18, id);
    writeBytesField(out, pos, 0x22, data);
    return out;
}


/***/ }),

/***/ 2776:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ readTlsFile),
/* harmony export */   WZ: () => (/* binding */ tlsConnectOptions),
/* harmony export */   gy: () => (/* binding */ ProcessStream),
/* harmony export */   lt: () => (/* binding */ dockerUpgrade),
/* harmony export */   xn: () => (/* binding */ connectEngine),
/* harmony export */   zR: () => (/* binding */ dialStdioArgs)
/* harmony export */ });
/* unused harmony export DockerUpgradeError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7067);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7030);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1692);
/**
 * Talking to BuildKit through a Docker Engine. dockerd exposes its embedded BuildKit on two hijacked HTTP/1.1
 * endpoints (moby api/server/router/grpc and router/session; buildx driver/docker uses the same): `POST /grpc`
 * upgrades to an HTTP/2 connection where dockerd serves Control/LLBBridge, `POST /session` upgrades to one where
 * dockerd is the client of our session server. Both use `Upgrade: h2c` and prior-knowledge HTTP/2 after the 101.
 */






class DockerUpgradeError extends Error {
    name = 'DockerUpgradeError';
}
function readTlsFile(path, what) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path);
    }
    catch (err) {
        throw new Error(`cannot read TLS ${what} ${path}: ${err.code ?? err.message}`);
    }
}
/** Opens a raw connection to the Engine API (unix socket, TCP or TLS). */
function connectEngine(engine) {
    if (engine.kind === 'unix')
        return node_net__WEBPACK_IMPORTED_MODULE_3__.connect({ path: engine.path });
    if (!engine.tls)
        return node_net__WEBPACK_IMPORTED_MODULE_3__.connect({ host: engine.host, port: engine.port });
    return node_tls__WEBPACK_IMPORTED_MODULE_5__.connect(tlsConnectOptions(engine.host, engine.port, engine.tls));
}
function tlsConnectOptions(host, port, files) {
    return {
        host,
        port,
        servername: files.serverName ?? (node_net__WEBPACK_IMPORTED_MODULE_3__.isIP(host) ? undefined : host),
        ca: files.caCert ? readTlsFile(files.caCert, 'CA certificate') : undefined,
        cert: files.cert ? readTlsFile(files.cert, 'client certificate') : undefined,
        key: files.key ? readTlsFile(files.key, 'client key') : undefined,
        ALPNProtocols: ['http/1.1'],
    };
}
/**
 * `POST <path>` with `Connection: Upgrade` / `Upgrade: h2c` and hands back the raw socket after the 101. `headers`
 * may repeat a name (one line per value, as the session method header needs). Bytes that arrived together with the
 * 101 are put back into the socket, since they already belong to the upgraded protocol.
 */
function dockerUpgrade(engine, path, headers = [], opts = {}) {
    const timeoutMs = opts.timeoutMs ?? 15_000;
    return new Promise((resolve, reject) => {
        const reqHeaders = {
            Connection: 'Upgrade',
            Upgrade: 'h2c',
            'Content-Length': '0',
        };
        for (const [name, value] of headers) {
            const prev = reqHeaders[name];
            reqHeaders[name] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
        }
        let settled = false;
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            req.destroy();
            reject(err);
        };
        let req;
        try {
            req = node_http__WEBPACK_IMPORTED_MODULE_2__.request({
                method: 'POST',
                path,
                host: 'localhost',
                headers: reqHeaders,
                createConnection: () => connectEngine(engine),
                timeout: timeoutMs,
                signal: opts.signal,
            });
        }
        catch (err) {
            reject(err);
            return;
        }
        req.on('upgrade', (res, socket, head) => {
            if (settled)
                return socket.destroy();
            settled = true;
            if (res.statusCode !== 101) {
                socket.destroy();
                reject(new DockerUpgradeError(`Docker Engine answered POST ${path} with ${res.statusCode} instead of 101`));
                return;
            }
            socket.setTimeout(0);
            if (head.length)
                socket.unshift(head);
            resolve(socket);
        });
        req.on('response', (res) => {
            // No upgrade: the Engine refused (e.g. 400 for bad session headers, 404 on an Engine without BuildKit).
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                const body = Buffer.concat(chunks).toString('utf8').trim();
                let message = body;
                try {
                    message = JSON.parse(body).message ?? body;
                }
                catch {
                    /* plain text body */
                }
                fail(new DockerUpgradeError(`Docker Engine refused POST ${path}: ${res.statusCode} ${res.statusMessage ?? ''}${message ? `: ${message}` : ''}`));
            });
        });
        req.on('timeout', () => fail(new DockerUpgradeError(`Docker Engine did not answer POST ${path} within ${timeoutMs} ms`)));
        req.on('error', (err) => fail(err));
        req.end();
    });
}
/** `docker [--context C | --host H] exec -i CONTAINER buildctl dial-stdio`: stdio becomes a connection to the
 * container's buildkitd (buildctl's default address, or BUILDKIT_HOST set in the container). */
function dialStdioArgs(container, target) {
    const global = [];
    if (target.context)
        global.push('--context', target.context);
    else if (target.host)
        global.push('--host', target.host);
    return [...global, 'exec', '-i', container, 'buildctl', 'dial-stdio'];
}
/** A child process's stdout+stdin as one Duplex; destroying it ends stdin and then kills the process. */
class ProcessStream extends node_stream__WEBPACK_IMPORTED_MODULE_4__.Duplex {
    child;
    stderr = '';
    /** Set when the process exits unsuccessfully: its stderr (the useful part of `docker exec` failures). */
    failure;
    constructor(command, args, onFailure) {
        super({ allowHalfOpen: true });
        this.child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        const { stdin, stdout, stderr } = this.child;
        stderr.on('data', (c) => {
            if (this.stderr.length < 4096)
                this.stderr += c.toString('utf8');
        });
        stdout.on('data', (c) => {
            if (!this.push(c))
                stdout.pause();
        });
        stdout.on('end', () => this.push(null));
        stdin.on('error', () => {
            /* EPIPE when the process is gone; the exit handler reports why */
        });
        this.child.on('error', (err) => {
            this.failure = new Error(`cannot run ${command}: ${err.message}`);
            onFailure?.(this.failure);
            this.destroy(this.failure);
        });
        this.child.on('exit', (code, signal) => {
            if (code !== 0 && code !== null) {
                const why = this.stderr.trim().split('\n').filter(Boolean).pop() ?? `exit code ${code}`;
                this.failure = new Error(`${command} ${args.join(' ')} failed: ${why}`);
                onFailure?.(this.failure);
            }
            if (code === null && signal && !this.destroyed)
                this.destroy();
        });
    }
    _read() {
        this.child.stdout.resume();
    }
    _write(chunk, _enc, cb) {
        this.child.stdin.write(chunk, (err) => cb(err ?? null));
    }
    _final(cb) {
        this.child.stdin.end(cb);
    }
    _destroy(err, cb) {
        this.child.stdin.destroy();
        this.child.stdout.destroy();
        if (this.child.exitCode === null && this.child.signalCode === null) {
            this.child.kill('SIGTERM');
            const killer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
            killer.unref();
            this.child.once('exit', () => clearTimeout(killer));
        }
        cb(err);
    }
}


/***/ }),

/***/ 57:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_DOCKER_SOCKET: () => (/* binding */ DEFAULT_DOCKER_SOCKET),
/* harmony export */   EndpointError: () => (/* binding */ EndpointError),
/* harmony export */   buildxConfigDir: () => (/* binding */ buildxConfigDir),
/* harmony export */   currentBuilderName: () => (/* binding */ currentBuilderName),
/* harmony export */   defaultEndpoint: () => (/* binding */ defaultEndpoint),
/* harmony export */   describeDockerHost: () => (/* binding */ describeDockerHost),
/* harmony export */   describeEndpoint: () => (/* binding */ describeEndpoint),
/* harmony export */   dockerConfigDir: () => (/* binding */ dockerConfigDir),
/* harmony export */   dockerContextHost: () => (/* binding */ dockerContextHost),
/* harmony export */   dockerHostFromEnv: () => (/* binding */ dockerHostFromEnv),
/* harmony export */   parseEndpoint: () => (/* binding */ parseEndpoint),
/* harmony export */   resolveBuilder: () => (/* binding */ resolveBuilder),
/* harmony export */   resolveBuilderNodes: () => (/* binding */ resolveBuilderNodes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/**
 * Where BuildKit lives: parses the builder addresses bakekit accepts and resolves buildx builder instances from
 * buildx's on-disk store, so a workflow that ran `docker/setup-buildx-action` is picked up without a buildx binary.
 *
 * Accepted forms:
 *   unix:///PATH                         a buildkitd socket
 *   tcp://HOST:PORT                      buildkitd over TCP; TLS when a CA, client cert or key is given
 *   docker://                            the Docker Engine's embedded BuildKit (DOCKER_HOST, else /var/run/docker.sock)
 *   docker://unix:///PATH, docker://tcp://HOST:PORT   the same on an explicit Engine address
 *   docker-container://NAME[?context=CTX]   buildkitd inside a container, reached with `docker exec … buildctl dial-stdio`
 *   NAME                                 a buildx builder instance ("default" = the Docker Engine)
 */




const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';
const ACCEPTED_FORMS = 'unix:///path/to/buildkitd.sock, tcp://host:port, docker://, docker://unix:///path, docker://tcp://host:port, ' +
    'docker-container://<container>, or the name of a buildx builder';
class EndpointError extends Error {
    name = 'EndpointError';
}
function invalid(spec, why) {
    return new EndpointError(`invalid BuildKit endpoint ${JSON.stringify(spec)}: ${why}. Accepted forms: ${ACCEPTED_FORMS}`);
}
/** Human-readable address, the form a user would type (used in messages). */
function describeEndpoint(e) {
    const via = e.builder ? ` (buildx builder ${e.builder})` : '';
    switch (e.kind) {
        case 'unix':
            return `unix://${e.path}${via}`;
        case 'tcp':
            return `tcp://${formatHostPort(e.host, e.port)}${e.tls ? ' (TLS)' : ''}${via}`;
        case 'docker':
            return `docker://${describeDockerHost(e.engine)}${via}`;
        case 'docker-container': {
            const q = e.docker.context ? `?context=${e.docker.context}` : '';
            return `docker-container://${e.container}${q}${via}`;
        }
    }
}
function describeDockerHost(h) {
    return h.kind === 'unix' ? `unix://${h.path}` : `tcp://${formatHostPort(h.host, h.port)}`;
}
function formatHostPort(host, port) {
    return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
function hasTls(tls) {
    return !!tls && !!(tls.caCert || tls.cert || tls.key);
}
function checkTls(spec, tls) {
    if (!!tls.cert !== !!tls.key) {
        throw invalid(spec, `TLS client ${tls.cert ? 'key' : 'certificate'} missing: a client certificate needs its key and vice versa`);
    }
    return { ...tls };
}
/** `unix:///abs/path` → path. */
function parseUnix(spec, url) {
    const path = url.slice('unix://'.length);
    if (!path.startsWith('/')) {
        throw invalid(spec, 'a unix socket needs an absolute path (three slashes: unix:///run/buildkit/buildkitd.sock)');
    }
    return path;
}
/** `tcp://host:port` → host and port (IPv6 hosts in brackets). */
function parseTcp(spec, url) {
    const rest = url.slice('tcp://'.length).replace(/\/+$/, '');
    const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:/[\]]+)):(\d{1,5})$/.exec(rest);
    if (!m)
        throw invalid(spec, 'a tcp endpoint needs a host and a port (tcp://host:port)');
    const port = Number(m[3]);
    if (port < 1 || port > 65535)
        throw invalid(spec, `port ${m[3]} is out of range`);
    return { host: (m[1] ?? m[2]), port };
}
function parseDockerHost(spec, url, tls) {
    if (url.startsWith('unix://'))
        return { kind: 'unix', path: parseUnix(spec, url) };
    if (url.startsWith('tcp://')) {
        const { host, port } = parseTcp(spec, url);
        return hasTls(tls) ? { kind: 'tcp', host, port, tls: checkTls(spec, tls) } : { kind: 'tcp', host, port };
    }
    throw invalid(spec, `unsupported Docker Engine address ${JSON.stringify(url)} (use unix:///path or tcp://host:port)`);
}
/** The Docker Engine the environment points at: DOCKER_HOST (with DOCKER_CERT_PATH when DOCKER_TLS_VERIFY), else the
 * default socket. */
function dockerHostFromEnv(env = process.env) {
    const host = env.DOCKER_HOST?.trim();
    if (!host)
        return { kind: 'unix', path: DEFAULT_DOCKER_SOCKET };
    let tls;
    if (env.DOCKER_TLS_VERIFY && env.DOCKER_TLS_VERIFY !== '0') {
        const dir = env.DOCKER_CERT_PATH || dockerConfigDir(env);
        tls = { caCert: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'ca.pem'), cert: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'cert.pem'), key: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'key.pem') };
    }
    return parseDockerHost(`DOCKER_HOST=${host}`, host, tls);
}
/**
 * Parses an endpoint spec (see the module comment for the forms). `tls` applies to `tcp://` (and `docker://tcp://`);
 * its values are file paths. A bare name is looked up in buildx's builder store.
 */
function parseEndpoint(spec, tls, opts = {}) {
    const env = opts.env ?? process.env;
    const s = spec.trim();
    if (!s)
        throw invalid(spec, 'it is empty');
    if (s.startsWith('unix://'))
        return { kind: 'unix', path: parseUnix(s, s) };
    if (s.startsWith('tcp://')) {
        const { host, port } = parseTcp(s, s);
        return hasTls(tls) ? { kind: 'tcp', host, port, tls: checkTls(s, tls) } : { kind: 'tcp', host, port };
    }
    if (s.startsWith('docker-container://')) {
        const rest = s.slice('docker-container://'.length);
        const [name, query = ''] = splitOnce(rest, '?');
        const container = name.replace(/\/+$/, '');
        if (!container || container.includes('/'))
            throw invalid(s, 'docker-container:// needs a container name (docker-container://NAME)');
        const context = new URLSearchParams(query).get('context') ?? undefined;
        return { kind: 'docker-container', container, docker: context ? { context } : {} };
    }
    if (s.startsWith('docker://')) {
        const rest = s.slice('docker://'.length);
        if (rest === '' || rest === '/')
            return { kind: 'docker', engine: dockerHostFromEnv(env) };
        return { kind: 'docker', engine: parseDockerHost(s, rest, tls) };
    }
    if (s.includes('://'))
        throw invalid(s, `unknown scheme ${JSON.stringify(s.slice(0, s.indexOf('://') + 3))}`);
    if (s.startsWith('/'))
        throw invalid(s, 'a socket path needs the unix:// prefix (unix:///path)');
    if (!BUILDER_NAME.test(s)) {
        throw invalid(s, 'not a URL and not a valid builder name (a letter followed by letters, digits, ".", "-" or "_")');
    }
    return resolveBuilder(s, env);
}
function splitOnce(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}
// ---------------------------------------------------------------------------------------------------------------
// buildx store (docker/buildx store/store.go, store/nodegroup.go): $BUILDX_CONFIG or $DOCKER_CONFIG/buildx
//   instances/NAME   JSON NodeGroup {Name, Driver, Nodes: [{Name, Endpoint, DriverOpts, ...}], Dynamic}
//   current          JSON {Key, Name, Global}: the builder `docker buildx use` selected, for Docker endpoint Key
//   defaults/HASH    builder name used by default for a Docker endpoint (HASH = sha256(key) hex, first 20 chars)
// ---------------------------------------------------------------------------------------------------------------
/** buildx's builder name rule (store/util.go), compared lower-cased like buildx does. */
const BUILDER_NAME = /^[a-zA-Z][a-zA-Z0-9._-]*$/;
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.docker');
}
function buildxConfigDir(env = process.env) {
    return env.BUILDX_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dockerConfigDir(env), 'buildx');
}
function readJson(path, what) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new EndpointError(`cannot read ${what} ${path}: ${err.message}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new EndpointError(`${what} ${path} is not valid JSON: ${err.message}`);
    }
}
function listBuilders(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'instances')).sort();
    }
    catch {
        return [];
    }
}
/** Looks a buildx builder up by name and maps its (first) node to an endpoint. */
function resolveBuilder(name, env = process.env) {
    const dir = buildxConfigDir(env);
    const key = name.toLowerCase();
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'instances', key);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file)) {
        // "default" (and any Docker context name) is buildx's implicit docker-driver builder; bakekit knows "default".
        if (key === 'default')
            return { kind: 'docker', engine: dockerHostFromEnv(env), builder: 'default' };
        const known = listBuilders(dir);
        throw new EndpointError(`unknown buildx builder ${JSON.stringify(name)}: no ${file}` +
            (known.length ? ` (builders in ${dir}: ${known.join(', ')})` : ` (no builders in ${dir})`) +
            `. Accepted forms: ${ACCEPTED_FORMS}`);
    }
    const group = readJson(file, 'buildx builder file');
    return builderEndpoint(group, name, file, env);
}
/**
 * Every node of a buildx builder, in the builder's order, with the platforms each was created for. A builder that is
 * not in the store ("default") is the Engine, one node.
 */
function resolveBuilderNodes(name, env = process.env) {
    const dir = buildxConfigDir(env);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'instances', name.toLowerCase());
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return [{ name: 'default', endpoint: resolveBuilder(name, env), platforms: [] }];
    const group = readJson(file, 'buildx builder file');
    const nodes = group.Nodes ?? [];
    if (!nodes.length)
        throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no nodes`);
    return nodes.map((node, i) => ({
        name: node.Name || `${group.Name || name}${i}`,
        endpoint: builderEndpoint(group, name, file, env, node),
        platforms: (node.Platforms ?? []).filter((p) => p.os && p.architecture).map((p) => [p.os, p.architecture, p.variant].filter(Boolean).join('/')),
    }));
}
function builderEndpoint(group, name, file, env, only) {
    const driver = group.Driver ?? '';
    // Multi-node builders spread platforms over nodes (resolveBuilderNodes); asked for one endpoint, this is the first
    // node (the one buildx appended first, which `docker buildx create` makes the builder's primary).
    const node = only ?? group.Nodes?.[0];
    if (!node)
        throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no nodes`);
    const builder = group.Name || name;
    const nodeEndpoint = node.Endpoint ?? '';
    switch (driver) {
        case 'remote': {
            const o = node.DriverOpts ?? {};
            const tls = {};
            if (o.cacert)
                tls.caCert = o.cacert;
            if (o.cert)
                tls.cert = o.cert;
            if (o.key)
                tls.key = o.key;
            if (o.servername)
                tls.serverName = o.servername;
            for (const p of [tls.caCert, tls.cert, tls.key]) {
                if (p && !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(p))
                    throw new EndpointError(`buildx builder ${JSON.stringify(name)}: TLS file path ${p} is not absolute`);
            }
            // buildx's remote driver: any TLS option enables TLS, and then the CA is mandatory.
            if (Object.keys(tls).length && !tls.caCert) {
                throw new EndpointError(`buildx builder ${JSON.stringify(name)}: TLS options given but no cacert in its driver-opts`);
            }
            if (!nodeEndpoint)
                throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no endpoint`);
            return { ...parseEndpoint(nodeEndpoint, tls, { env }), builder };
        }
        case 'docker-container': {
            if (!node.Name)
                throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has a node without a name`);
            // buildx names the container buildx_buildkit_<node> and runs it on the node's Docker endpoint.
            return { kind: 'docker-container', container: `buildx_buildkit_${node.Name}`, docker: dockerCliTarget(nodeEndpoint), builder };
        }
        case 'docker':
            return { kind: 'docker', engine: dockerEngineFor(nodeEndpoint, env), builder };
        default:
            throw new EndpointError(`buildx builder ${JSON.stringify(name)} uses the ${JSON.stringify(driver)} driver, which bakekit does not support ` +
                `(supported: docker, docker-container, remote)`);
    }
}
/** A node Endpoint of a docker/docker-container builder is a Docker context name or an Engine URL. */
function dockerCliTarget(nodeEndpoint) {
    if (!nodeEndpoint || nodeEndpoint === 'default')
        return {};
    return nodeEndpoint.includes('://') ? { host: nodeEndpoint } : { context: nodeEndpoint };
}
function dockerEngineFor(nodeEndpoint, env) {
    if (!nodeEndpoint || nodeEndpoint === 'default')
        return dockerHostFromEnv(env);
    if (nodeEndpoint.includes('://'))
        return parseDockerHost(nodeEndpoint, nodeEndpoint);
    return dockerContextHost(nodeEndpoint, env);
}
/** Resolves a Docker CLI context (`$DOCKER_CONFIG/contexts/meta/<sha256(name)>/meta.json`) to its Engine address. */
function dockerContextHost(context, env = process.env) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(context).digest('hex');
    const metaDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dockerConfigDir(env), 'contexts', 'meta', digest);
    const meta = readJson((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(metaDir, 'meta.json'), `Docker context ${JSON.stringify(context)}`);
    const host = meta.Endpoints?.docker?.Host;
    if (!host)
        throw new EndpointError(`Docker context ${JSON.stringify(context)} has no Docker endpoint`);
    let tls;
    const tlsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dockerConfigDir(env), 'contexts', 'tls', digest, 'docker');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tlsDir, 'ca.pem'))) {
        tls = { caCert: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tlsDir, 'ca.pem') };
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tlsDir, 'cert.pem')))
            Object.assign(tls, { cert: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tlsDir, 'cert.pem'), key: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tlsDir, 'key.pem') });
    }
    return parseDockerHost(`context ${context}`, host, tls);
}
/** The builder buildx would use (store.Txn.Current): BUILDX_BUILDER, else `current` when it was selected for this
 * Docker endpoint (or globally), else `defaults/<hash>`; undefined when none is configured. */
function currentBuilderName(env = process.env) {
    if (env.BUILDX_BUILDER)
        return env.BUILDX_BUILDER;
    const dir = buildxConfigDir(env);
    // buildx keys the selection by the Docker endpoint of the active context; for the default context that is the
    // Engine address (DOCKER_HOST or the default socket).
    const key = env.DOCKER_HOST?.trim() || `unix://${DEFAULT_DOCKER_SOCKET}`;
    const currentFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'current');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(currentFile)) {
        const c = readJson(currentFile, 'buildx current-builder file');
        if (c.Name && (c.Global || c.Key === key))
            return c.Name;
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 20);
    try {
        const name = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'defaults', hash), 'utf8').trim();
        return name || undefined;
    }
    catch {
        return undefined;
    }
}
/** The buildx builder in use if one is configured and exists, else the Docker Engine. */
function defaultEndpoint(env = process.env) {
    const name = currentBuilderName(env);
    if (name) {
        if (env.BUILDX_BUILDER)
            return resolveBuilder(name, env); // explicitly asked for: errors surface
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(buildxConfigDir(env), 'instances', name.toLowerCase())) || name.toLowerCase() === 'default') {
            return resolveBuilder(name, env);
        }
        // a stale selection (builder removed) falls back to the Engine, as buildx does
    }
    return { kind: 'docker', engine: dockerHostFromEnv(env) };
}


/***/ })

};
