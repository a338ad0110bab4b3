export const id = 57;
export const ids = [57];
export const modules = {

/***/ 3315:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ CONFIG_FILE_NAME),
/* harmony export */   iL: () => (/* binding */ buildxConfigDir),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * Where the Docker client keeps its configuration, by docker/cli's rule (cli/config: `config.Dir`), and where buildx
 * keeps its store inside it. Everything bakekit reads from the Docker client's side (config.json and its credential
 * helpers, contexts, the buildx builder store, DOCKER_CERT_PATH's default) starts from `dockerConfigDir`, so there is
 * one rule and one place to look it up.
 *
 * The environment is a parameter, never read implicitly beyond `os.homedir()`: a run may be given an environment
 * that is not the process's own (the action's inputs, tests).
 */


/** The name of the client configuration file inside the config directory (docker/cli `config.ConfigFileName`). */
const CONFIG_FILE_NAME = 'config.json';
/**
 * `DOCKER_CONFIG`, else `$HOME/.docker`. As docker/cli's getHomeDir, HOME comes from the environment first and the
 * user database only when HOME is unset or empty (`os.homedir()` is Node's version of that lookup).
 */
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.docker');
}
/** buildx's store (docker/buildx confutil.NewConfig): `BUILDX_CONFIG`, else `buildx` inside the Docker config dir. */
function buildxConfigDir(env = process.env) {
    return env.BUILDX_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dockerConfigDir(env), 'buildx');
}


/***/ }),

/***/ 3467:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cB: () => (/* binding */ contextTlsDir),
/* harmony export */   z_: () => (/* binding */ contextMetaFile)
/* harmony export */ });
/* unused harmony exports contextStoreDir, contextId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3315);
/**
 * The layout of the Docker CLI's context store (docker/cli cli/context/store), which lives in the Docker config dir:
 *
 *   contexts/meta/<id>/meta.json          the context's metadata and endpoints (`{Name, Metadata, Endpoints}`)
 *   contexts/tls/<id>/<endpoint>/         TLS material of one endpoint (ca.pem, cert.pem, key.pem)
 *
 * where <id> is the hex SHA-256 of the context name (so names need no escaping on disk). Only paths here: what a
 * context's Docker endpoint means for a connection is the transport's business (transport/endpoint.ts).
 */



/** `<config dir>/contexts` (docker/cli `config.ContextStoreDir`). */
function contextStoreDir(env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_config_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerConfigDir */ .kG)(env), 'contexts');
}
/** The directory name a context is stored under. */
function contextId(name) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex');
}
/** Where the context's meta.json is. */
function contextMetaFile(name, env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), 'meta', contextId(name), 'meta.json');
}
/** Where the TLS files of one of the context's endpoints (`docker` for the Engine) are. */
function contextTlsDir(name, endpoint, env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), 'tls', contextId(name), endpoint);
}


/***/ }),

/***/ 234:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OH: () => (/* binding */ ConnhelperUrlError),
/* harmony export */   UL: () => (/* binding */ redactUrlPassword),
/* harmony export */   hG: () => (/* binding */ queryGet),
/* harmony export */   jk: () => (/* binding */ parseConnhelperUrl)
/* harmony export */ });
/**
 * A URL as BuildKit's connection helpers see it. moby/buildkit client/connhelper/{ssh,kubepod} take Go's
 * `url.Parse(addr)` and read Hostname(), Port(), User, Path, RawQuery, Fragment and Query() from it, so which URLs
 * they accept is partly decided by Go's net/url. This is that parser for the `scheme://authority[/path][?query][#frag]`
 * form (net/url url.go: parse, parseAuthority, parseHost, validUserinfo, unescape, ParseQuery), not WHATWG's URL:
 * the two differ on exactly the edges that matter here (percent-decoded paths, empty hosts, bracketed IPv6 hosts,
 * `;` in queries).
 */
/** The URL is not one Go's net/url would parse, or a connection helper refuses it; the message says why. */
class ConnhelperUrlError extends Error {
    name = 'ConnhelperUrlError';
}
/** Parses `scheme://\u2026` like Go's url.Parse; throws ConnhelperUrlError where Go returns an error. */
function parseConnhelperUrl(raw) {
    if (/[\x00-\x1f\x7f]/.test(raw))
        throw new ConnhelperUrlError('invalid control character in URL');
    const [beforeFragment, rawFragment = ''] = cut(raw, '#');
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s.exec(beforeFragment);
    if (!m)
        throw new ConnhelperUrlError('not a scheme://\u2026 URL');
    const [rest, rawQuery = ''] = cut(m[2], '?');
    const slash = rest.indexOf('/');
    const authority = slash < 0 ? rest : rest.slice(0, slash);
    const rawPath = slash < 0 ? '' : rest.slice(slash);
    let username;
    let password;
    const at = authority.lastIndexOf('@');
    const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
    if (at >= 0) {
        const userinfo = authority.slice(0, at);
        if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo))
            throw new ConnhelperUrlError('invalid userinfo');
        const [user, pass] = cut(userinfo, ':');
        username = unescape(user, 'userinfo');
        if (pass !== undefined)
            password = unescape(pass, 'userinfo');
    }
    const { hostname, port } = splitHostPort(host);
    return {
        scheme: m[1].toLowerCase(),
        ...(username !== undefined ? { username } : {}),
        ...(password !== undefined ? { password } : {}),
        hostname,
        port,
        path: unescape(rawPath, 'path'),
        rawQuery,
        fragment: unescape(rawFragment, 'fragment'),
    };
}
/** Go's `url.Query().Get(key)` (ParseQuery: `&`-separated, `+` is a space, pairs with `;` or bad escapes dropped;
 * the first value wins). */
function queryGet(rawQuery, key) {
    for (const pair of rawQuery.split('&')) {
        if (!pair || pair.includes(';'))
            continue;
        const [k, v = ''] = cut(pair, '=');
        try {
            if (unescape(k, 'query') === key)
                return unescape(v, 'query');
        }
        catch {
            /* Go skips a pair it cannot unescape */
        }
    }
    return '';
}
/** `spec` with the password of a `scheme://user:password@\u2026` URL replaced by "xxxxx" (as Go's URL.Redacted), for
 * messages; anything else unchanged. */
function redactUrlPassword(spec) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/s.exec(spec);
    if (!m)
        return spec;
    const authority = m[2];
    const at = authority.lastIndexOf('@');
    const colon = authority.indexOf(':');
    if (at < 0 || colon < 0 || colon > at)
        return spec;
    return `${m[1]}${authority.slice(0, colon)}:xxxxx${authority.slice(at)}${m[3]}`;
}
function cut(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s] : [s.slice(0, i), s.slice(i + sep.length)];
}
/** `:digits`, `:` or nothing (Go's validOptionalPort). */
function validOptionalPort(colonPort) {
    return colonPort === '' || /^:[0-9]*$/.test(colonPort);
}
/** Go's parseHost: a bracketed IPv6 literal or a name, each with an optional `:port`; percent-escapes only for
 * non-ASCII bytes (and %25 in an IPv6 zone). */
function parseHost(host) {
    if (host.startsWith('[')) {
        const close = host.lastIndexOf(']');
        if (close < 0)
            throw new ConnhelperUrlError("missing ']' in host");
        const colonPort = host.slice(close + 1);
        if (!validOptionalPort(colonPort))
            throw new ConnhelperUrlError(`invalid port ${JSON.stringify(colonPort)} after host`);
    }
    else {
        const colon = host.lastIndexOf(':');
        if (colon >= 0 && !validOptionalPort(host.slice(colon))) {
            throw new ConnhelperUrlError(`invalid port ${JSON.stringify(host.slice(colon))} after host`);
        }
    }
    return unescape(host, 'host');
}
/** Go's splitHostPort + Hostname()/Port(). */
function splitHostPort(hostPort) {
    let hostname = hostPort;
    let port = '';
    const colon = hostPort.lastIndexOf(':');
    if (colon >= 0 && validOptionalPort(hostPort.slice(colon))) {
        hostname = hostPort.slice(0, colon);
        port = hostPort.slice(colon + 1);
    }
    if (hostname.startsWith('[') && hostname.endsWith(']'))
        hostname = hostname.slice(1, -1);
    return { hostname, port };
}
/** Characters Go allows unescaped in a host (shouldEscape with encodeHost). */
const HOST_CHAR = /[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/;
/** Go's unescape: %XX decoding (a bad escape is an error), `+` as space in queries, host character rules. */
function unescape(s, mode) {
    const bytes = [];
    for (let i = 0; i < s.length;) {
        if (s[i] === '%') {
            const hex = s.slice(i + 1, i + 3);
            if (!/^[0-9A-Fa-f]{2}$/.test(hex))
                throw new ConnhelperUrlError(`invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`);
            const byte = parseInt(hex, 16);
            if (mode === 'host' && byte < 0x80 && hex !== '25') {
                throw new ConnhelperUrlError(`invalid URL escape ${JSON.stringify(s.slice(i, i + 3))} in host`);
            }
            bytes.push(byte);
            i += 3;
            continue;
        }
        const ch = String.fromCodePoint(s.codePointAt(i)); // whole code points: a surrogate pair stays one character
        if (mode === 'host' && ch.charCodeAt(0) < 0x80 && !HOST_CHAR.test(ch)) {
            throw new ConnhelperUrlError(`invalid character ${JSON.stringify(ch)} in host name`);
        }
        if (mode === 'query' && ch === '+')
            bytes.push(0x20);
        else
            bytes.push(...Buffer.from(ch, 'utf8'));
        i += ch.length;
    }
    return Buffer.from(bytes).toString('utf8');
}


/***/ }),

/***/ 6391:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zy: () => (/* binding */ StdioCommandError),
  fE: () => (/* binding */ formatCommand),
  Jn: () => (/* binding */ lastStderrLine),
  x_: () => (/* binding */ startCommandBridge)
});

// UNUSED EXPORTS: ProcessStream

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/buildkit/transport/bridge.js
/**
 * A private unix socket in front of something that is not a socket: a command whose stdio is a connection to BuildKit
 * (connhelper.ts, `docker exec \u2026 buildctl dial-stdio` and the like). For each connection the channel (grpc/client.ts)
 * opens to it, the bridge dials the real thing and pipes bytes both ways, so that Node's HTTP/2 runs on a native
 * socket rather than through its JS stream wrapper, and a failing command is counted (failedTimes) where the channel
 * sees only a connection closed.
 */




class LocalBridge {
    server;
    dir;
    socketPath;
    dial;
    failureCount = 0;
    failureWaiters = [];
    open = new Set();
    closed = false;
    constructor(server, dir, socketPath, dial) {
        this.server = server;
        this.dir = dir;
        this.socketPath = socketPath;
        this.dial = dial;
        server.on('connection', (client) => this.accept(client));
    }
    /** Starts a bridge on `<tmp>/bakekit-bridge-XXXX/buildkit.sock`; the directory is 0700 and the socket 0600, so only
     * this user can reach the daemon through it. */
    static async start(dial) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'bakekit-bridge-'));
        const socketPath = (0,external_node_path_.join)(dir, 'buildkit.sock');
        const server = external_node_net_.createServer({ pauseOnConnect: true });
        try {
            await new Promise((resolve, reject) => {
                server.once('error', reject);
                server.listen(socketPath, () => {
                    server.off('error', reject);
                    resolve();
                });
            });
            await (0,promises_.chmod)(socketPath, 0o600);
        }
        catch (err) {
            server.close();
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            throw err;
        }
        server.unref(); // never keep the process alive by itself
        return new LocalBridge(server, dir, socketPath, dial);
    }
    /** The most recent dial failure: what to tell the user when the channel never becomes ready. */
    get lastError() {
        return this.lastFailure;
    }
    lastFailure;
    /** Records a failed dial (also called by dialers whose failure shows up after the dial returned, like a
     * `docker exec` that exits); the same error object counts once. */
    recordFailure(err) {
        if (err === this.lastFailure)
            return; // one failure seen twice (reported by the dialer and as the stream's error)
        this.lastFailure = err;
        this.failureCount++;
        this.failureWaiters = this.failureWaiters.filter((w) => {
            if (this.failureCount < w.count)
                return true;
            w.resolve(err);
            return false;
        });
    }
    /** Resolves with the last error once `count` dials have failed in total; lets a caller stop retrying a dial
     * that keeps failing the same way instead of waiting out its whole deadline. */
    failedTimes(count) {
        if (this.failureCount >= count)
            return Promise.resolve(this.lastFailure);
        return new Promise((resolve) => this.failureWaiters.push({ count, resolve }));
    }
    get target() {
        return `unix://${this.socketPath}`;
    }
    accept(client) {
        if (this.closed)
            return void client.destroy();
        this.open.add(client);
        client.on('close', () => this.open.delete(client));
        client.on('error', () => {
            /* the channel dropped the connection; the close handler cleans up */
        });
        this.dial().then((upstream) => {
            if (this.closed || client.destroyed)
                return void upstream.destroy();
            this.open.add(upstream);
            const teardown = () => {
                client.destroy();
                upstream.destroy();
                this.open.delete(upstream);
            };
            upstream.on('error', (err) => {
                this.recordFailure(err);
                teardown();
            });
            upstream.on('close', teardown);
            client.on('close', teardown);
            // HTTP/2 never half-closes meaningfully: either side ending tears the pair down (via 'close').
            client.pipe(upstream);
            upstream.pipe(client);
            client.resume();
        }, (err) => {
            this.recordFailure(err);
            client.destroy();
        });
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        for (const s of this.open)
            s.destroy();
        this.open.clear();
        await new Promise((resolve) => this.server.close(() => resolve()));
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./lib/buildkit/transport/connhelper.js
/**
 * A command whose stdin/stdout is a connection to buildkitd: what BuildKit's client/connhelper packages do through
 * docker/cli's commandconn for `docker-container://` (`docker exec -i NAME buildctl dial-stdio`), `ssh://` (`ssh \u2026 HOST
 * buildctl dial-stdio`) and `kube-pod://` (`kubectl exec -i POD -- buildctl dial-stdio`). HTTP/2 over a process's pipes
 * would run through Node's JS stream wrapper, so a private LocalBridge (bridge.ts) gives the channel a native socket
 * and runs the command once per connection it opens. The command is found on PATH and run directly, never through a
 * shell, with this process's environment, so the runner's own setup applies (SSH_AUTH_SOCK and HOME for ssh, KUBECONFIG
 * for kubectl, DOCKER_* for docker).
 */



/** The command line as a user would retype it: arguments quoted only where a shell would need it. */
function formatCommand(cmd) {
    return [cmd.command, ...cmd.args].map((a) => (a === '' || /[\s"'\\$`]/.test(a) ? JSON.stringify(a) : a)).join(' ');
}
/** The command could not be started, or exited unsuccessfully; the message has the command line and the last line
 * of its stderr (where ssh, kubectl and docker say what went wrong, e.g. "Permission denied (publickey)."). */
class StdioCommandError extends Error {
    commandLine;
    stderr;
    name = 'StdioCommandError';
    constructor(message, commandLine, 
    /** the command's stderr (first 4 KiB), "" when it never ran */
    stderr, options) {
        super(message, options);
        this.commandLine = commandLine;
        this.stderr = stderr;
    }
}
/** The useful line of a failed command's stderr: its last non-empty one (warnings come first, the error last). */
function lastStderrLine(stderr) {
    return stderr
        .trim()
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .pop();
}
/** A child process's stdout+stdin as one Duplex; destroying it ends stdin and then kills the process. */
class ProcessStream extends external_node_stream_.Duplex {
    child;
    stderr = '';
    /** Set when the process could not start or exited unsuccessfully (StdioCommandError). */
    failure;
    /** Settles once the process's end has been looked at (and `failure` set if it failed). */
    exitExamined;
    constructor(cmd, onFailure) {
        super({ allowHalfOpen: true });
        const commandLine = formatCommand(cmd);
        this.child = (0,external_node_child_process_.spawn)(cmd.command, [...cmd.args], { stdio: ['pipe', 'pipe', 'pipe'] });
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
        let examined;
        this.exitExamined = new Promise((resolve) => (examined = resolve));
        this.child.on('error', (err) => {
            const why = err.code === 'ENOENT' ? `${cmd.command} not found on PATH` : err.message;
            this.failure = new StdioCommandError(`cannot run ${cmd.command}: ${why}`, commandLine, '', { cause: err });
            onFailure?.(this.failure);
            examined();
            this.destroy(this.failure);
        });
        // 'exit' can come before the last of stderr has been read: a failure is reported once stderr is closed (bounded,
        // in case something the command started keeps it open).
        let stderrClosed = false;
        stderr.once('close', () => (stderrClosed = true));
        this.child.on('exit', (code, signal) => {
            if (code !== 0 && code !== null) {
                const report = () => {
                    if (this.failure)
                        return; // once: the timer or stderr's close, whichever comes first
                    const why = lastStderrLine(this.stderr) ?? `exit code ${code}`;
                    this.failure = new StdioCommandError(`${commandLine} failed: ${why}`, commandLine, this.stderr);
                    onFailure?.(this.failure);
                    examined();
                };
                if (stderrClosed)
                    report();
                else {
                    const timer = setTimeout(report, 500);
                    timer.unref();
                    stderr.once('close', () => {
                        clearTimeout(timer);
                        report();
                    });
                }
            }
            else
                examined();
            if (code === null && signal && !this.destroyed)
                this.destroy();
        });
    }
    _read() {
        this.child.stdout.resume();
    }
    _write(chunk, _enc, cb) {
        this.child.stdin.write(chunk, (err) => (err ? this.failWithExit(err, cb) : cb(null)));
    }
    _final(cb) {
        this.child.stdin.end((err) => (err ? this.failWithExit(err, cb) : cb(null)));
    }
    /** stdin failed (EPIPE, or closed): the process is gone or going. Its own failure (ssh's "Permission denied",
     * kubectl's "not found") says why, so the stream fails with that once the exit has been looked at (within 1 s). */
    failWithExit(err, cb) {
        let done = false;
        const finish = () => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            cb(this.failure ?? err);
        };
        const timer = setTimeout(finish, 1000);
        void this.exitExamined.then(finish);
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
/** A private bridge (bridge.ts) that runs `cmd` for every connection made to it; a failing run is recorded on the
 * bridge (lastError, failedTimes) even when it fails after the dial returned (the process exits with an error). */
async function startCommandBridge(cmd) {
    const bridge = await LocalBridge.start(() => Promise.resolve(new ProcessStream(cmd, (err) => bridge.recordFailure(err))));
    return bridge;
}


/***/ }),

/***/ 57:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_DOCKER_SOCKET: () => (/* binding */ DEFAULT_DOCKER_SOCKET),
/* harmony export */   EndpointError: () => (/* binding */ EndpointError),
/* harmony export */   currentBuilderName: () => (/* binding */ currentBuilderName),
/* harmony export */   defaultEndpoint: () => (/* binding */ defaultEndpoint),
/* harmony export */   describeDockerHost: () => (/* binding */ describeDockerHost),
/* harmony export */   describeEndpoint: () => (/* binding */ describeEndpoint),
/* harmony export */   dockerContextHost: () => (/* binding */ dockerContextHost),
/* harmony export */   dockerHostFromEnv: () => (/* binding */ dockerHostFromEnv),
/* harmony export */   parseEndpoint: () => (/* binding */ parseEndpoint),
/* harmony export */   resolveBuilder: () => (/* binding */ resolveBuilder),
/* harmony export */   resolveBuilderNodes: () => (/* binding */ resolveBuilderNodes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _dockerconfig_config_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3315);
/* harmony import */ var _dockerconfig_contexts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3467);
/* harmony import */ var _connhelper_url_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(234);
/* harmony import */ var _kubepod_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9322);
/* harmony import */ var _kubernetes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9676);
/* harmony import */ var _ssh_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1304);
/**
 * Where BuildKit lives: parses the builder addresses bakekit accepts and resolves buildx builder instances from
 * buildx's on-disk store, so a workflow that ran `docker/setup-buildx-action` is picked up without a buildx binary.
 *
 * Accepted forms:
 *   unix:///PATH                         a buildkitd socket
 *   tcp://HOST:PORT                      buildkitd over TCP; TLS when a CA, client cert or key is given
 *   docker://                            the Docker Engine's embedded BuildKit (DOCKER_HOST, else /var/run/docker.sock)
 *   docker://unix:///PATH, docker://tcp://HOST:PORT   the same on an explicit Engine address
 *   docker-container://NAME[?context=CTX]   buildkitd inside a container, reached with `docker exec \u2026 buildctl dial-stdio`
 *   ssh://[USER@]HOST[:PORT][/SOCKET]    buildkitd on another machine, through `ssh \u2026 buildctl dial-stdio` (ssh.ts)
 *   kube-pod://POD[?context=&namespace=&container=]   buildkitd in a Kubernetes pod, through `kubectl exec` (kubepod.ts)
 *   NAME                                 a buildx builder instance ("default" = the Docker Engine); drivers docker,
 *                                        docker-container, remote (any of the URLs above) and kubernetes (kubernetes.ts)
 */









const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';
const ACCEPTED_FORMS = 'unix:///path/to/buildkitd.sock, tcp://host:port, docker://, docker://unix:///path, docker://tcp://host:port, ' +
    'docker-container://<container>, ssh://[user@]host[:port][/socket], kube-pod://<pod>, or the name of a buildx builder';
class EndpointError extends Error {
    name = 'EndpointError';
}
/** The spec is quoted with any URL password redacted (a refused ssh://user:password@ must not print it). */
function invalid(spec, why, cause) {
    return new EndpointError(`invalid BuildKit endpoint ${JSON.stringify((0,_connhelper_url_js__WEBPACK_IMPORTED_MODULE_6__/* .redactUrlPassword */ .UL)(spec))}: ${why}. Accepted forms: ${ACCEPTED_FORMS}`, { cause });
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
        case 'ssh':
            return `${(0,_ssh_js__WEBPACK_IMPORTED_MODULE_7__/* .describeSsh */ .gK)(e)}${via}`;
        case 'kube-pod':
            return `${(0,_kubepod_js__WEBPACK_IMPORTED_MODULE_8__/* .describeKubePod */ .w1)(e)}${via}`;
        case 'kubernetes':
            return `${(0,_kubernetes_js__WEBPACK_IMPORTED_MODULE_5__/* .describeKubernetes */ .a2)(e)}${via}`;
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
/** `unix:///abs/path` \u2192 path. */
function parseUnix(spec, url) {
    const path = url.slice('unix://'.length);
    if (!path.startsWith('/')) {
        throw invalid(spec, 'a unix socket needs an absolute path (three slashes: unix:///run/buildkit/buildkitd.sock)');
    }
    return path;
}
/** `tcp://host:port` \u2192 host and port (IPv6 hosts in brackets). */
function parseTcp(spec, url) {
    const rest = url.slice('tcp://'.length).replace(/\/+$/, '');
    const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:/[\]]+)):(\d{1,5})$/.exec(rest);
    if (!m)
        throw invalid(spec, 'a tcp endpoint needs a host and a port (tcp://host:port)');
    const port = Number(m[3]);
    if (port < 1 || port > 65535)
        throw invalid(spec, `port ${m[3]} is out of range`);
    return { host: m[1] ?? m[2], port };
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
        const dir = env.DOCKER_CERT_PATH || (0,_dockerconfig_config_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .dockerConfigDir */ .kG)(env);
        tls = { caCert: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'ca.pem'), cert: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'cert.pem'), key: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'key.pem') };
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
    if (s.startsWith('ssh://'))
        return { kind: 'ssh', ...connhelperSpec(s, _ssh_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSshUrl */ .hL) };
    if (s.startsWith('kube-pod://'))
        return { kind: 'kube-pod', ...connhelperSpec(s, _kubepod_js__WEBPACK_IMPORTED_MODULE_8__/* .parseKubePodUrl */ .V6) };
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
/** Runs a connection helper's URL parser, reporting its refusal as an invalid endpoint. */
function connhelperSpec(spec, parse) {
    try {
        return parse(spec);
    }
    catch (err) {
        if (err instanceof _connhelper_url_js__WEBPACK_IMPORTED_MODULE_6__/* .ConnhelperUrlError */ .OH)
            throw invalid(spec, err.message, err);
        throw err;
    }
}
function splitOnce(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}
// ---------------------------------------------------------------------------------------------------------------
// buildx store (docker/buildx store/store.go, store/nodegroup.go), in buildxConfigDir (dockerconfig/config-dir.ts):
//   instances/NAME   JSON NodeGroup {Name, Driver, Nodes: [{Name, Endpoint, DriverOpts, ...}], Dynamic}
//   current          JSON {Key, Name, Global}: the builder `docker buildx use` selected, for Docker endpoint Key
//   defaults/HASH    builder name used by default for a Docker endpoint (HASH = sha256(key) hex, first 20 chars)
// ---------------------------------------------------------------------------------------------------------------
/** buildx's builder name rule (store/util.go), compared lower-cased like buildx does. */
const BUILDER_NAME = /^[a-zA-Z][a-zA-Z0-9._-]*$/;
function readJson(path, what) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new EndpointError(`cannot read ${what} ${path}: ${err.message}`, { cause: err });
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new EndpointError(`${what} ${path} is not valid JSON: ${err.message}`, { cause: err });
    }
}
function listBuilders(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'instances')).sort();
    }
    catch {
        return [];
    }
}
/** Looks a buildx builder up by name and maps its (first) node to an endpoint. */
function resolveBuilder(name, env = process.env) {
    const dir = (0,_dockerconfig_config_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .buildxConfigDir */ .iL)(env);
    const key = name.toLowerCase();
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'instances', key);
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
    const dir = (0,_dockerconfig_config_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .buildxConfigDir */ .iL)(env);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'instances', name.toLowerCase());
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return [{ name: 'default', endpoint: resolveBuilder(name, env), platforms: [] }];
    const group = readJson(file, 'buildx builder file');
    const nodes = group.Nodes ?? [];
    if (!nodes.length)
        throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no nodes`);
    return nodes.map((node, i) => ({
        name: node.Name || `${group.Name || name}${i}`,
        endpoint: builderEndpoint(group, name, file, env, node),
        platforms: (node.Platforms ?? [])
            .filter((p) => p.os && p.architecture)
            .map((p) => [p.os, p.architecture, p.variant].filter(Boolean).join('/')),
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
                if (p && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(p))
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
            return {
                kind: 'docker-container',
                container: `buildx_buildkit_${node.Name}`,
                docker: dockerCliTarget(nodeEndpoint),
                builder,
            };
        }
        case 'docker':
            return { kind: 'docker', engine: dockerEngineFor(nodeEndpoint, env), builder };
        case 'kubernetes': {
            try {
                return { kind: 'kubernetes', ...(0,_kubernetes_js__WEBPACK_IMPORTED_MODULE_5__/* .kubernetesDeployment */ .QK)(node), builder };
            }
            catch (err) {
                throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}): ${err.message}`, {
                    cause: err,
                });
            }
        }
        default:
            throw new EndpointError(`buildx builder ${JSON.stringify(name)} uses the ${JSON.stringify(driver)} driver, which bakekit does not support ` +
                `(supported: docker, docker-container, remote, kubernetes)`);
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
/** Resolves a Docker CLI context (its meta.json in the context store, dockerconfig/contexts.ts) to its Engine address,
 * with the TLS files stored for its `docker` endpoint. */
function dockerContextHost(context, env = process.env) {
    const meta = readJson((0,_dockerconfig_contexts_js__WEBPACK_IMPORTED_MODULE_4__/* .contextMetaFile */ .z_)(context, env), `Docker context ${JSON.stringify(context)}`);
    const host = meta.Endpoints?.docker?.Host;
    if (!host)
        throw new EndpointError(`Docker context ${JSON.stringify(context)} has no Docker endpoint`);
    let tls;
    const tlsDir = (0,_dockerconfig_contexts_js__WEBPACK_IMPORTED_MODULE_4__/* .contextTlsDir */ .cB)(context, 'docker', env);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tlsDir, 'ca.pem'))) {
        tls = { caCert: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tlsDir, 'ca.pem') };
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tlsDir, 'cert.pem')))
            Object.assign(tls, { cert: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tlsDir, 'cert.pem'), key: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tlsDir, 'key.pem') });
    }
    return parseDockerHost(`context ${context}`, host, tls);
}
/** The builder buildx would use (store.Txn.Current): BUILDX_BUILDER, else `current` when it was selected for this
 * Docker endpoint (or globally), else `defaults/<hash>`; undefined when none is configured. */
function currentBuilderName(env = process.env) {
    if (env.BUILDX_BUILDER)
        return env.BUILDX_BUILDER;
    const dir = (0,_dockerconfig_config_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .buildxConfigDir */ .iL)(env);
    // buildx keys the selection by the Docker endpoint of the active context; for the default context that is the
    // Engine address (DOCKER_HOST or the default socket).
    const key = env.DOCKER_HOST?.trim() || `unix://${DEFAULT_DOCKER_SOCKET}`;
    const currentFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'current');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(currentFile)) {
        const c = readJson(currentFile, 'buildx current-builder file');
        if (c.Name && (c.Global || c.Key === key))
            return c.Name;
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 20);
    try {
        const name = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'defaults', hash), 'utf8').trim();
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
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,_dockerconfig_config_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .buildxConfigDir */ .iL)(env), 'instances', name.toLowerCase())) || name.toLowerCase() === 'default') {
            return resolveBuilder(name, env);
        }
        // a stale selection (builder removed) falls back to the Engine, as buildx does
    }
    return { kind: 'docker', engine: dockerHostFromEnv(env) };
}


/***/ }),

/***/ 9322:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V6: () => (/* binding */ parseKubePodUrl),
/* harmony export */   iS: () => (/* binding */ kubePodCommand),
/* harmony export */   w1: () => (/* binding */ describeKubePod)
/* harmony export */ });
/* harmony import */ var _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(234);
/**
 * `kube-pod://POD?context=CTX&namespace=NS&container=C`: buildkitd in a Kubernetes pod, reached the way BuildKit's
 * kubepod connection helper does it (moby/buildkit client/connhelper/kubepod/kubepod.go): each connection runs
 *
 *   kubectl --context=CTX --namespace=NS exec --container=C -i POD -- buildctl dial-stdio
 *
 * with the `kubectl` on PATH and its own configuration (KUBECONFIG, ~/.kube/config). Like kubepod.go, the three flags
 * are always passed; an empty value is kubectl's default (the current context, its namespace, the pod's default
 * container). A pod resolved from a buildx kubernetes builder (kubernetes.ts) adds the builder's kubeconfig as
 * `--kubeconfig=PATH` in front.
 *
 * Accepted like kubepod.go's SpecFromURL (on Go's url.Parse, connhelper-url.ts): the pod is the URL's host name and
 * required; pod, namespace and container must match ^[-a-z0-9.]+$ (the context is free-form, e.g. user@cluster).
 * Refused here as well: a pod that begins with "-" (it sits before kubectl's `--` and would be read as an option;
 * Kubernetes names never begin with one).
 */

/** kubepod.go's validKubeIdentifier (length unchecked, as there). */
const KUBE_IDENTIFIER = /^[-a-z0-9.]+$/;
/** `kube-pod://\u2026` \u2192 KubePodSpec; throws ConnhelperUrlError with the reason. */
function parseKubePodUrl(spec) {
    const u = (0,_connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConnhelperUrl */ .jk)(spec);
    if (u.scheme !== 'kube-pod')
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH('not a kube-pod:// URL');
    const context = (0,_connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .queryGet */ .hG)(u.rawQuery, 'context');
    const namespace = (0,_connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .queryGet */ .hG)(u.rawQuery, 'namespace');
    const container = (0,_connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .queryGet */ .hG)(u.rawQuery, 'container');
    const pod = u.hostname;
    if (namespace && !KUBE_IDENTIFIER.test(namespace))
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH(`unsupported namespace name: ${JSON.stringify(namespace)}`);
    if (!pod)
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH('url lacks pod name');
    if (!KUBE_IDENTIFIER.test(pod))
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH(`unsupported pod name: ${JSON.stringify(pod)}`);
    if (pod.startsWith('-'))
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH(`pod name ${JSON.stringify(pod)} begins with "-" (it would be read as an option)`);
    if (container && !KUBE_IDENTIFIER.test(container))
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH(`unsupported container name: ${JSON.stringify(container)}`);
    return {
        pod,
        ...(context ? { context } : {}),
        ...(namespace ? { namespace } : {}),
        ...(container ? { container } : {}),
    };
}
/** kubepod.go's argv (with `--kubeconfig` first when the spec has one). */
function kubePodCommand(p) {
    return {
        command: 'kubectl',
        args: [
            ...(p.kubeconfig ? [`--kubeconfig=${p.kubeconfig}`] : []),
            `--context=${p.context ?? ''}`,
            `--namespace=${p.namespace ?? ''}`,
            'exec',
            `--container=${p.container ?? ''}`,
            '-i',
            p.pod,
            '--',
            'buildctl',
            'dial-stdio',
        ],
    };
}
/** The URL a user would type for `p` (query parameters in kubepod.go's order, only those set). */
function describeKubePod(p) {
    const q = ['context', 'namespace', 'container']
        .filter((k) => p[k])
        .map((k) => `${k}=${encodeURIComponent(p[k]).replace(/%40/g, '@').replace(/%3A/g, ':').replace(/%2F/g, '/')}`)
        .join('&');
    return `kube-pod://${p.pod}${q ? `?${q}` : ''}`;
}


/***/ }),

/***/ 9676:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QK: () => (/* binding */ kubernetesDeployment),
/* harmony export */   a2: () => (/* binding */ describeKubernetes),
/* harmony export */   iR: () => (/* binding */ resolveKubernetesPod)
/* harmony export */ });
/* unused harmony exports KubernetesBuilderError, listPodsCommand, choosePod */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var _connhelper_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(234);
/* harmony import */ var _connhelper_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6391);
/**
 * buildx builders of the kubernetes driver (docker/buildx driver/kubernetes). buildx stores each node as
 *
 *   {Name: NODE, Endpoint: "kubernetes:///BUILDER?deployment=NODE&kubeconfig=KUBECONFIG", DriverOpts: {namespace, labels, \u2026}}
 *
 * (builder/builder.go Create: KUBECONFIG as it was at create time, often empty) and runs buildkitd as a Deployment, or
 * a StatefulSet with a persistent volume, named NODE with "_" \u2192 "-" (factory.go buildxNameToDeploymentName), whose
 * selector is its pods' labels: app=NAME plus the driver-opt `labels` (manifest/manifest.go NewDeployment). To
 * connect, buildx picks a running pod (podchooser/podchooser.go ListRunningPods: phase Running, not terminating,
 * sorted by name) and execs `buildctl dial-stdio` in the pod's first container (driver.go Dial).
 *
 * bakekit does the same through kubectl: `kubectl get pods --selector=\u2026 --output=json` once per connect, then the pod
 * is a kube-pod:// connection (kubepod.ts) with the builder's kubeconfig. With several replicas it takes the first
 * running pod by name (buildx's default "sticky" choice hashes the build context's path instead). It never creates or
 * starts the deployment: a builder that is not running is an error saying so.
 */



/** A kubernetes builder's stored definition does not say where its pods are, or none can be found running. */
class KubernetesBuilderError extends Error {
    name = 'KubernetesBuilderError';
}
/** buildx's label that names the deployment; a driver-opt label may not replace it (manifest.go ErrReservedLabelApp). */
const LABEL_APP = 'app';
/** A kubernetes-driver node of buildx's store \u2192 its deployment, namespace, kubeconfig and pod selector. */
function kubernetesDeployment(node) {
    if (!node.Name)
        throw new KubernetesBuilderError('a node has no name (buildx names the deployment after it)');
    const deployment = node.Name.replace(/_/g, '-');
    const opts = node.DriverOpts ?? {};
    const labels = [[LABEL_APP, deployment]];
    if (opts.labels !== undefined) {
        const custom = splitMultiValues(opts.labels);
        if (custom.some(([k]) => k === LABEL_APP))
            throw new KubernetesBuilderError(`the label "${LABEL_APP}" is reserved and cannot be customized`);
        labels.push(...custom.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    let kubeconfig = '';
    if (node.Endpoint?.startsWith('kubernetes://')) {
        try {
            kubeconfig = (0,_connhelper_url_js__WEBPACK_IMPORTED_MODULE_2__/* .queryGet */ .hG)((0,_connhelper_url_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConnhelperUrl */ .jk)(node.Endpoint).rawQuery, 'kubeconfig');
        }
        catch (err) {
            throw new KubernetesBuilderError(`cannot parse the node endpoint ${JSON.stringify(node.Endpoint)}: ${err.message}`, { cause: err });
        }
    }
    return {
        deployment,
        ...(opts.namespace ? { namespace: opts.namespace } : {}),
        ...(kubeconfig ? { kubeconfig } : {}),
        selector: labels.map(([k, v]) => `${k}=${v}`).join(','),
    };
}
/** buildx's splitMultiValues(v, ",", "="): quotes trimmed, `k=v` pairs separated by commas, each exactly one `=`. */
function splitMultiValues(value) {
    return value
        .replace(/^"+|"+$/g, '')
        .split(',')
        .map((item) => {
        const kv = item.split('=');
        if (kv.length !== 2)
            throw new KubernetesBuilderError(`cannot parse labels: invalid key-value pair: ${item}`);
        return [kv[0], kv[1]];
    });
}
/** `kubectl [--kubeconfig=K] [--namespace=NS] get pods --selector=SEL --output=json` */
function listPodsCommand(d) {
    return {
        command: 'kubectl',
        args: [
            ...(d.kubeconfig ? [`--kubeconfig=${d.kubeconfig}`] : []),
            ...(d.namespace ? [`--namespace=${d.namespace}`] : []),
            'get',
            'pods',
            `--selector=${d.selector}`,
            '--output=json',
        ],
    };
}
/** podchooser.go: the running, not terminating pods by name; the first one, exec'd in its first container. */
function choosePod(podList, d) {
    const items = (podList?.items ?? []).filter((p) => p.metadata?.name);
    const running = items
        .filter((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp)
        .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
    const pod = running[0];
    if (!pod) {
        const seen = items.map((p) => `${p.metadata.name} (${p.metadata?.deletionTimestamp ? 'Terminating' : (p.status?.phase ?? 'no phase')})`);
        throw new KubernetesBuilderError(`no running BuildKit pod for deployment ${JSON.stringify(d.deployment)}` +
            `${d.namespace ? ` in namespace ${JSON.stringify(d.namespace)}` : ''} (pods with ${d.selector}: ${seen.length ? seen.join(', ') : 'none'}); ` +
            'bakekit does not create or start builders: bootstrap it first (docker buildx inspect --bootstrap)');
    }
    const container = pod.spec?.containers?.[0]?.name;
    if (!container)
        throw new KubernetesBuilderError(`pod ${pod.metadata.name} does not have any container`);
    return {
        pod: pod.metadata.name,
        ...(pod.metadata?.namespace
            ? { namespace: pod.metadata.namespace }
            : d.namespace
                ? { namespace: d.namespace }
                : {}),
        container,
        ...(d.kubeconfig ? { kubeconfig: d.kubeconfig } : {}),
    };
}
/** Asks kubectl for the deployment's pods and picks one (choosePod); errors name the command and its stderr. */
function resolveKubernetesPod(d, opts = {}) {
    const cmd = listPodsCommand(d);
    const commandLine = (0,_connhelper_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCommand */ .fE)(cmd);
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(cmd.command, [...cmd.args], { timeout: opts.timeoutMs ?? 30_000, maxBuffer: 64 * 1024 * 1024, signal: opts.signal, encoding: 'utf8' }, (err, stdout, stderr) => {
            if (err) {
                const e = err;
                const why = e.code === 'ENOENT'
                    ? `${cmd.command} not found on PATH`
                    : e.killed
                        ? 'no answer in time'
                        : ((0,_connhelper_js__WEBPACK_IMPORTED_MODULE_1__/* .lastStderrLine */ .Jn)(stderr) ?? e.message);
                reject(new KubernetesBuilderError(`${commandLine} failed: ${why}`, { cause: err }));
                return;
            }
            let list;
            try {
                list = JSON.parse(stdout);
            }
            catch (parseErr) {
                reject(new KubernetesBuilderError(`${commandLine} printed no pod list: ${parseErr.message}`, {
                    cause: parseErr,
                }));
                return;
            }
            try {
                resolve(choosePod(list, d));
            }
            catch (chooseErr) {
                reject(chooseErr);
            }
        });
    });
}
/** For messages: "kubernetes deployment NAME [in namespace NS]". */
function describeKubernetes(d) {
    return `kubernetes deployment ${d.deployment}${d.namespace ? ` in namespace ${d.namespace}` : ''}`;
}


/***/ }),

/***/ 1304:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gK: () => (/* binding */ describeSsh),
/* harmony export */   hL: () => (/* binding */ parseSshUrl),
/* harmony export */   o6: () => (/* binding */ sshCommand)
/* harmony export */ });
/* harmony import */ var _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(234);
/**
 * `ssh://[USER@]HOST[:PORT][/SOCKET]`: buildkitd on another machine, reached the way BuildKit's ssh connection helper
 * does it (moby/buildkit client/connhelper/ssh/ssh.go): each connection runs
 *
 *   ssh [-l USER] [-p PORT] -- HOST buildctl [--addr unix://SOCKET] dial-stdio
 *
 * with the `ssh` on PATH, so the runner's own ssh config, known_hosts and agent (SSH_AUTH_SOCK) decide how to log in.
 * Without a path, buildctl on the remote side uses its default address (BUILDKIT_HOST there, else
 * unix:///run/buildkit/buildkitd.sock).
 *
 * Accepted like ssh.go's SpecFromURL (on Go's url.Parse, connhelper-url.ts): a host is required; a password, a query
 * or a fragment is refused. Refused here as well: a user or host that begins with "-" (it would read as an option;
 * ssh.go relies on `--` for the host only), and a socket path with characters the remote login shell would interpret
 * (ssh hands the remote command to that shell as one string).
 */

/** Characters a POSIX shell takes literally in an unquoted word. */
const SHELL_SAFE = /^[A-Za-z0-9/._+:@%=,-]*$/;
/** `ssh://\u2026` \u2192 SshSpec; throws ConnhelperUrlError with the reason. */
function parseSshUrl(spec) {
    const u = (0,_connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConnhelperUrl */ .jk)(spec);
    if (u.scheme !== 'ssh')
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH('not an ssh:// URL');
    if (u.password !== undefined)
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH('plain-text password is not supported');
    if (!u.hostname)
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH('no host specified');
    if (u.rawQuery)
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH(`extra query after the host: ${JSON.stringify(u.rawQuery)}`);
    if (u.fragment)
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH(`extra fragment after the host: ${JSON.stringify(u.fragment)}`);
    if (u.hostname.startsWith('-'))
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH(`host ${JSON.stringify(u.hostname)} begins with "-" (it would be read as an option)`);
    if (u.username?.startsWith('-'))
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH(`user ${JSON.stringify(u.username)} begins with "-" (it would be read as an option)`);
    if (!SHELL_SAFE.test(u.path)) {
        throw new _connhelper_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnhelperUrlError */ .OH(`socket path ${JSON.stringify(u.path)} has characters the remote shell would interpret ` +
            '(allowed: letters, digits and / . _ + : @ % = , -)');
    }
    return {
        host: u.hostname,
        ...(u.username ? { user: u.username } : {}),
        ...(u.port ? { port: u.port } : {}),
        ...(u.path ? { socket: u.path } : {}),
    };
}
/** ssh.go's argv, in its order. */
function sshCommand(s) {
    const args = [];
    if (s.user)
        args.push('-l', s.user);
    if (s.port)
        args.push('-p', s.port);
    args.push('--', s.host, 'buildctl');
    if (s.socket)
        args.push('--addr', `unix://${s.socket}`);
    args.push('dial-stdio');
    return { command: 'ssh', args };
}
/** The URL a user would type for `s`. */
function describeSsh(s) {
    const host = s.host.includes(':') ? `[${s.host}]` : s.host;
    return `ssh://${s.user ? `${encodeURIComponent(s.user)}@` : ''}${host}${s.port ? `:${s.port}` : ''}${s.socket ?? ''}`;
}


/***/ })

};
