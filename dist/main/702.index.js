export const id = 702;
export const ids = [702];
export const modules = {

/***/ 7858:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ LlbDefinition)
/* harmony export */ });
/* unused harmony export marshalOp */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _proto_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7062);
/**
 * LLB definitions marshalled as BuildKit's Go client marshals them (client/llb: each op's Marshal, State.Marshal), to
 * the byte where it counts: an op's bytes are its identity (the daemon names the vertex by their digest, and an op's
 * inputs name other ops by theirs), so an op the Go client would make for the same request must come out the same.
 * Two things of the Go marshaller differ from protobufjs's: it writes an op's plain fields (inputs, platform, the
 * worker constraints every op gets, empty unless the client filters workers) before the `op` oneof, where protobufjs
 * writes fields by number; and it writes a map's entries sorted by key (deterministic marshalling), where protobufjs
 * follows the object. So an op is encoded here in two parts, which protobuf reads as one message, and a source's
 * attributes in key order.
 */


/** The bytes of `op` as llb marshals it (see the header): its plain fields, the empty constraints, then the op. */
function marshalOp(op) {
    const { inputs, platform, constraints, exec, source, file } = op;
    const head = (0,_proto_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeMessage */ .mH)('pb.Op', {
        ...(inputs?.length ? { inputs } : {}),
        ...(platform ? { platform } : {}),
        constraints: constraints ?? {},
    });
    const body = exec
        ? { exec }
        : source
            ? {
                source: {
                    ...source,
                    attrs: Object.fromEntries(Object.entries(source.attrs ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
                },
            }
            : file
                ? { file }
                : {};
    return Buffer.concat([head, (0,_proto_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeMessage */ .mH)('pb.Op', body)]);
}
function digestOf(bytes) {
    return `sha256:${node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(bytes).digest('hex')}`;
}
/** A definition being built: ops in the order llb marshals them (each after its inputs), with their metadata. */
class LlbDefinition {
    ops = [];
    metadata = {};
    /** Adds `op` (its inputs added before it) and returns its digest; the same op twice is one. */
    add(op, md = {}) {
        const bytes = marshalOp(op);
        const digest = digestOf(bytes);
        if (!this.metadata[digest]) {
            this.ops.push(bytes);
            this.metadata[digest] = md;
        }
        return digest;
    }
    /**
     * Adds llb.Scratch().File(llb.Copy(input, \u2026)): one copy action from `input` (the op's input 0, its secondary input)
     * onto scratch (-1), with the source's mode and times (-1) unless `copy` says otherwise; the op records the cap
     * `file.base`. Returns its digest.
     */
    addCopy(input, copy, md = {}) {
        return this.add({
            inputs: [{ digest: input, index: '0' }],
            file: {
                actions: [{ input: '-1', secondaryInput: '0', output: '0', copy: { mode: -1, timestamp: '-1', ...copy } }],
            },
        }, { ...md, caps: { ...md.caps, 'file.base': true } });
    }
    /**
     * The marshalled `pb.Definition` of output `index` of the op `digest` (State.Marshal): the terminal op, which only
     * names it, closes the list, with the caps Marshal gives it (`constraints`, `platform`, and `meta.description` /
     * `meta.ignorecache` when an op has a description / ignores the cache).
     */
    marshal(digest, index = 0) {
        const terminal = (0,_proto_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeMessage */ .mH)('pb.Op', { inputs: [{ digest, index: String(index) }] });
        const caps = { constraints: true, platform: true };
        for (const md of Object.values(this.metadata)) {
            if (md.description)
                caps['meta.description'] = true;
            if (md.ignore_cache)
                caps['meta.ignorecache'] = true;
        }
        return (0,_proto_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeMessage */ .mH)('pb.Definition', {
            def: [...this.ops, terminal],
            metadata: { ...this.metadata, [digestOf(terminal)]: { caps } },
        });
    }
}


/***/ }),

/***/ 7761:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gf: () => (/* binding */ SecretStore),
  Gn: () => (/* binding */ loadSecrets)
});

// UNUSED EXPORTS: SecretLookupError

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/buildkit/grpc/status.js
var grpc_status = __webpack_require__(9499);
;// CONCATENATED MODULE: ./lib/buildkit/proto/secrets.pb.js
// Code generated by scripts/gen-proto.ts from secrets.proto. DO NOT EDIT: change the .proto file and run
// `npm run gen:proto`. Messages in the plain-object form the registry encodes and decodes (see types.ts).
const SECRETS_SERVICE = 'moby.buildkit.secrets.v1.Secrets';

;// CONCATENATED MODULE: ./lib/buildkit/session/secrets.js
/**
 * Serves `RUN --mount=type=secret` values to the daemon. Values are read when the store is built, so a
 * missing file or variable fails before any solve starts, and nothing is read again mid-build.
 */




/** A secret that cannot be read: a variable not set, a file missing or unreadable. */
class SecretLookupError extends Error {
    name = 'SecretLookupError';
}
/** Reads every secret now. Mirrors BuildKit's secretsprovider: without src/env, an env var named like the id, else a file of that name. */
function loadSecrets(specs, opts) {
    const values = new Map();
    for (const spec of specs) {
        if (spec.value !== undefined) {
            values.set(spec.id, Buffer.from(spec.value));
            continue;
        }
        let { file, env } = spec;
        if (!file && !env) {
            if (opts.env[spec.id] !== undefined)
                env = spec.id;
            else
                file = spec.id;
        }
        if (env) {
            const v = opts.env[env];
            if (v === undefined)
                throw new SecretLookupError(`secret "${spec.id}": environment variable ${env} is not set`);
            values.set(spec.id, Buffer.from(v));
        }
        else if (file) {
            const p = external_node_path_.resolve(opts.cwd, file);
            try {
                values.set(spec.id, external_node_fs_.readFileSync(p));
            }
            catch (err) {
                const code = err.code;
                const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(err);
                throw new SecretLookupError(`secret "${spec.id}": cannot read ${p}: ${why}`, { cause: err });
            }
        }
    }
    return values;
}
class SecretStore {
    values;
    serviceName = SECRETS_SERVICE;
    /** ids the daemon asked for, in order; tests use it to prove a secret was served. */
    served = [];
    constructor(values) {
        this.values = values;
    }
    handlers() {
        return {
            GetSecret: (call, callback) => {
                const id = call.request.ID ?? '';
                const value = this.values.get(id);
                if (!value) {
                    // NOT_FOUND is what BuildKit maps to "secret not found", which optional secret mounts tolerate.
                    callback(new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, `secret ${id} not found`));
                    return;
                }
                this.served.push(id);
                callback(null, { data: value });
            },
        };
    }
}


/***/ }),

/***/ 5170:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xp: () => (/* binding */ SshForwarder),
  Bd: () => (/* binding */ resolveSshSources)
});

// UNUSED EXPORTS: SshConfigError

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/buildkit/grpc/errors.js + 1 modules
var errors = __webpack_require__(8791);
// EXTERNAL MODULE: ./lib/buildkit/grpc/status.js
var grpc_status = __webpack_require__(9499);
;// CONCATENATED MODULE: ./lib/buildkit/proto/sshforward.js
/**
 * Constants of BuildKit's session/sshforward package that are not in sshforward.proto: how a ForwardAgent call names
 * its agent.
 */
/** The header carrying the agent id of a ForwardAgent call (sshforward.KeySSHID). */
const SSH_ID_HEADER = 'buildkit.ssh.id';
/** The id of `ssh = ["default"]` and of a mount without `id` (sshforward.DefaultID). */
const DEFAULT_SSH_ID = 'default';

;// CONCATENATED MODULE: ./lib/buildkit/proto/sshforward.pb.js
// Code generated by scripts/gen-proto.ts from sshforward.proto. DO NOT EDIT: change the .proto file and run
// `npm run gen:proto`. Messages in the plain-object form the registry encodes and decodes (see types.ts).
const SSH_SERVICE = 'moby.sshforward.v1.SSH';

;// CONCATENATED MODULE: ./lib/buildkit/session/ssh.js
/**
 * SSH agent forwarding: serves `moby.sshforward.v1.SSH` (proto/sshforward.ts) for `RUN --mount=type=ssh` and git
 * contexts fetched over SSH. The daemon asks CheckAgent whether an id is forwarded (mounts without `required` only
 * fail on NotFound / Unimplemented), then opens one ForwardAgent call per connection a build process makes to the
 * socket it mounts, the id in the `buildkit.ssh.id` header; the call carries the agent protocol's bytes both ways.
 *
 * What an id stands for, as buildx's CreateSSH \u2192 BuildKit's sshprovider.NewSSHAgentProvider resolve it (once, when
 * the forwarder is made: a bad entry fails before any build starts):
 *  - no paths (`default`, `id`): the agent at $SSH_AUTH_SOCK;
 *  - `id=SOCKET`: the agent listening on that unix socket (one socket per id, never mixed with key files);
 *  - `id=KEY[,KEY\u2026]`: private key files, served by an agent that holds only them.
 *
 * Key files. buildx parses them (golang.org/x/crypto/ssh) into an in-process keyring agent. bakekit instead starts a
 * private OpenSSH `ssh-agent` and loads them with `ssh-add`: an in-process agent would be a second SSH implementation
 * (OpenSSH's key format, and RSA SHA-2 / ECDSA / Ed25519 signing with the agent's flags) to keep right, whereas
 * OpenSSH is the reference and is on every runner (Debian package openssh-client). The agent runs in the foreground
 * (`-D`, our child process), listens in a fresh 0700 temporary directory, is started only when the daemon first asks
 * for its id, and is killed (its directory removed) when the session closes, or when this process exits. A key with a
 * passphrase fails when the forwarder is made, with a message saying what to do instead: nothing here can ask for a
 * passphrase (and `ssh-add` is run without a terminal, so it never prompts).
 *
 * Read only, as BuildKit's provider is for agent sockets (readOnlyAgent): listing identities, signing and unlocking
 * reach the agent; adding or removing keys, locking, extensions and anything unknown are answered SSH_AGENT_FAILURE
 * here without reaching it, so a build cannot change the runner's agent. (BuildKit's in-process keyring for key files
 * would accept changes, to itself only; the private agent is refused them too, which a build cannot tell apart.)
 */









/** An ssh entry that cannot be served: a missing path, a passphrase-protected key, no SSH_AUTH_SOCK... */
class SshConfigError extends Error {
    name = 'SshConfigError';
}
/** Largest key file read (as BuildKit reads them), and largest agent message passed either way (x/crypto agent). */
const MAX_KEY_FILE = 100 * 1024;
const MAX_AGENT_MESSAGE = 16 << 20;
// SSH agent protocol (draft-miller-ssh-agent) message numbers used here.
const SSH_AGENT_FAILURE = 5;
const SSH_AGENTC_REQUEST_RSA_IDENTITIES = 1; // SSH1: x/crypto's agent answers it with an empty list
const SSH_AGENT_RSA_IDENTITIES_ANSWER = 2;
/** Requests passed to the agent: list identities, sign, unlock (what BuildKit's readOnlyAgent lets through). */
const PASSED = new Set([11 /* REQUEST_IDENTITIES */, 13 /* SIGN_REQUEST */, 23 /* UNLOCK */]);
/**
 * The agent behind each id, checked now. Mirrors sshprovider's AgentConfig.toDialer/toDialer; messages name the id.
 */
function resolveSshSources(specs, env = process.env) {
    const out = new Map();
    for (const spec of specs) {
        const id = spec.id || DEFAULT_SSH_ID;
        const fail = (why, cause) => new SshConfigError(`ssh "${id}": ${why}`, { cause });
        if (out.has(id))
            throw fail(`duplicate agent ID "${id}"`);
        let paths = spec.paths.filter((p) => p !== '');
        if (paths.length === 0) {
            const sock = env.SSH_AUTH_SOCK;
            if (!sock)
                throw fail('invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set (or name an agent socket or key files: id=PATH[,PATH\u2026])');
            paths = [sock];
        }
        let socket;
        const keys = [];
        for (const p of paths) {
            if (socket !== undefined)
                throw fail('only single socket allowed');
            let st;
            try {
                st = external_node_fs_.statSync(p);
            }
            catch (err) {
                throw fail(`${p}: ${err.code === 'ENOENT' ? 'no such file or socket' : err.message}`, err);
            }
            if (st.isSocket()) {
                socket = p;
                continue;
            }
            checkKeyFile(p, id);
            keys.push(p);
        }
        if (socket !== undefined && keys.length)
            throw fail('invalid combination of keys and sockets');
        out.set(id, socket !== undefined ? { kind: 'socket', path: socket } : { kind: 'keys', files: keys });
    }
    return out;
}
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/;
const KEY_TYPES = new Set([
    'RSA PRIVATE KEY',
    'PRIVATE KEY',
    'EC PRIVATE KEY',
    'DSA PRIVATE KEY',
    'OPENSSH PRIVATE KEY',
    'ENCRYPTED PRIVATE KEY',
]);
/** Fails unless `file` holds an unencrypted private key in a format OpenSSH (and BuildKit) load. */
function checkKeyFile(file, id) {
    const fail = (why, cause) => new SshConfigError(`ssh "${id}": failed to parse ${file}: ${why}`, { cause });
    let text;
    try {
        const fd = external_node_fs_.openSync(file, 'r');
        try {
            const buf = Buffer.alloc(MAX_KEY_FILE);
            text = buf.subarray(0, external_node_fs_.readSync(fd, buf, 0, MAX_KEY_FILE, 0)).toString('latin1');
        }
        finally {
            external_node_fs_.closeSync(fd);
        }
    }
    catch (err) {
        throw fail(err.code === 'EISDIR'
            ? 'is a directory, neither an agent socket nor a key file'
            : err.message, err);
    }
    const m = PEM_BLOCK.exec(text);
    if (!m)
        throw fail('not an agent socket, and no private key found in it');
    const [, type, body] = m;
    if (!KEY_TYPES.has(type))
        throw fail(`unsupported key type "${type}"`);
    if (encrypted(type, body)) {
        throw fail('this private key is passphrase protected, and bakekit cannot ask for a passphrase: load the key into an ssh-agent ' +
            `(ssh-add) and forward that agent instead (ssh = ["${id}"] with SSH_AUTH_SOCK set, or "${id}=<agent socket>")`);
    }
}
function encrypted(type, body) {
    if (type === 'ENCRYPTED PRIVATE KEY' || /^Proc-Type:\s*4,ENCRYPTED/m.test(body))
        return true;
    if (type !== 'OPENSSH PRIVATE KEY')
        return false;
    // openssh-key-v1: the magic, then the cipher name as an SSH string; "none" for a key without passphrase
    const raw = Buffer.from(body.replace(/\s+/g, ''), 'base64');
    const MAGIC = 'openssh-key-v1\0';
    if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC || raw.length < MAGIC.length + 4)
        return false; // ssh-add will say
    const len = raw.readUInt32BE(MAGIC.length);
    return raw.subarray(MAGIC.length + 4, MAGIC.length + 4 + len).toString('latin1') !== 'none';
}
class SshForwarder {
    serviceName = SSH_SERVICE;
    /** ids of the ForwardAgent calls served so far, in order; tests use it to prove the agent was reached */
    forwarded = [];
    sources;
    agents = new Map();
    connections = new Set();
    closed = false;
    /** Resolves every entry now (resolveSshSources): throws SshConfigError for one that cannot be served; or takes
     * sources resolveSshSources already gave (the runner checks every target's before anything starts). No entries:
     * a forwarder that knows no id, which is what buildx attaches to a build without `ssh`. */
    constructor(specs = [], opts = {}) {
        this.sources =
            specs instanceof Map
                ? new Map(specs)
                : resolveSshSources(specs, opts.env ?? process.env);
    }
    /** The ids served. */
    get ids() {
        return [...this.sources.keys()];
    }
    handlers() {
        return {
            CheckAgent: (call, callback) => {
                const id = call.request?.ID || DEFAULT_SSH_ID;
                this.agentSocket(id).then(() => callback(null, {}), (err) => callback((0,errors/* toStatusError */.QL)(err)));
            },
            ForwardAgent: (call) => void this.forward(call),
        };
    }
    /** Drops the forwarded connections and stops the private agents. */
    close() {
        this.closed = true;
        for (const c of this.connections)
            c.destroy();
        this.connections.clear();
        for (const a of this.agents.values())
            a.stop();
        this.agents.clear();
    }
    /** The socket of id's agent, starting the private agent of key files on first use; a status error otherwise. */
    async agentSocket(id) {
        const source = this.sources.get(id);
        // BuildKit's words (sshprovider: "unset ssh forward key"), with the code its secrets provider uses for an unknown id
        if (!source)
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.NOT_FOUND, `unset ssh forward key ${id}`);
        if (source.kind === 'socket')
            return source.path;
        if (this.closed)
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNAVAILABLE, 'the session is closing');
        let agent = this.agents.get(id);
        if (!agent)
            this.agents.set(id, (agent = new PrivateAgent(source.files)));
        try {
            return await agent.socket;
        }
        catch (err) {
            throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.FAILED_PRECONDITION, `ssh "${id}": ${err.message}`, { cause: err });
        }
    }
    async forward(call) {
        const id = headerValue(call.metadata, SSH_ID_HEADER) || DEFAULT_SSH_ID;
        let agent;
        try {
            const socketPath = await this.agentSocket(id);
            agent = await dial(socketPath).catch((err) => {
                throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNAVAILABLE, `failed to dial agent ${id}: ${err.message}`, { cause: err });
            });
            if (this.closed || call.cancelled) {
                agent.destroy();
                return;
            }
            this.connections.add(agent);
            this.forwarded.push(id);
            call.on('cancelled', () => agent.destroy());
            await relay(call, agent);
            if (!call.cancelled && !call.destroyed && !call.writableEnded)
                call.end();
        }
        catch (err) {
            if (call.cancelled || call.destroyed || call.writableEnded)
                return;
            call.emit('error', (0,errors/* toStatusError */.QL)(err));
        }
        finally {
            if (agent) {
                agent.destroy();
                this.connections.delete(agent);
            }
        }
    }
}
/**
 * Passes the daemon's agent requests to the agent one at a time, each followed by the agent's answer; requests that
 * would change the agent are answered here (see the header). Returns when either side is done.
 */
async function relay(call, agent) {
    const answers = new FrameReader(agent);
    let pending = Buffer.alloc(0);
    try {
        // not destroyOnReturn: the call must outlive the loop, to be ended with its status
        for await (const message of call.iterator({
            destroyOnReturn: false,
        })) {
            pending = pending.length
                ? Buffer.concat([pending, message.data ?? Buffer.alloc(0)])
                : (message.data ?? Buffer.alloc(0));
            for (;;) {
                if (pending.length < 4)
                    break;
                const length = pending.readUInt32BE(0);
                if (length > MAX_AGENT_MESSAGE)
                    throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.RESOURCE_EXHAUSTED, `ssh agent request of ${length} bytes is too large`);
                if (pending.length < 4 + length)
                    break;
                const request = pending.subarray(0, 4 + length);
                pending = pending.subarray(4 + length);
                const type = length > 0 ? request[4] : -1;
                let answer;
                if (PASSED.has(type)) {
                    agent.write(request);
                    answer = await answers.next();
                    if (!answer)
                        return; // the agent hung up: so does the build's connection (BuildKit's Copy ends the call alike)
                }
                else {
                    answer =
                        type === SSH_AGENTC_REQUEST_RSA_IDENTITIES
                            ? ssh_frame(Buffer.from([SSH_AGENT_RSA_IDENTITIES_ANSWER, 0, 0, 0, 0]))
                            : ssh_frame(Buffer.from([SSH_AGENT_FAILURE]));
                }
                if (call.cancelled || call.destroyed)
                    return;
                call.write({ data: answer });
            }
        }
    }
    catch (err) {
        if (call.cancelled || call.destroyed)
            return; // the daemon went away: iterating the call fails, nothing to report
        throw err;
    }
    finally {
        answers.dispose();
        agent.end();
    }
}
function ssh_frame(body) {
    const out = Buffer.allocUnsafe(4 + body.length);
    out.writeUInt32BE(body.length, 0);
    body.copy(out, 4);
    return out;
}
/** Whole agent messages (4-byte length, body) read from a socket, one per next(); undefined once it ended. */
class FrameReader {
    socket;
    buffered = Buffer.alloc(0);
    ended = false;
    error;
    wake;
    onData = (chunk) => {
        this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
        this.wake?.();
    };
    onEnd = () => {
        this.ended = true;
        this.wake?.();
    };
    onError = (err) => {
        this.error = err;
        this.onEnd();
    };
    constructor(socket) {
        this.socket = socket;
        socket.on('data', this.onData).on('end', this.onEnd).on('close', this.onEnd).on('error', this.onError);
    }
    async next() {
        for (;;) {
            if (this.buffered.length >= 4) {
                const length = this.buffered.readUInt32BE(0);
                if (length > MAX_AGENT_MESSAGE)
                    throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.RESOURCE_EXHAUSTED, `ssh agent answer of ${length} bytes is too large`);
                if (this.buffered.length >= 4 + length) {
                    const message = this.buffered.subarray(0, 4 + length);
                    this.buffered = this.buffered.subarray(4 + length);
                    return message;
                }
            }
            if (this.error)
                throw new grpc_status/* StatusError */.Xs(grpc_status/* Code */.Cy.UNAVAILABLE, `ssh agent connection: ${this.error.message}`, { cause: this.error });
            if (this.ended)
                return undefined;
            await new Promise((resolve) => (this.wake = resolve));
            this.wake = undefined;
        }
    }
    dispose() {
        this.socket.off('data', this.onData).off('end', this.onEnd).off('close', this.onEnd);
        this.socket.on('error', () => { }); // a late error of a socket being closed is not news
    }
}
function dial(socketPath) {
    return new Promise((resolve, reject) => {
        const s = external_node_net_.connect(socketPath);
        const timer = setTimeout(() => s.destroy(new Error('timed out after 2 s')), 2000); // BuildKit's dial timeout
        s.once('connect', () => {
            clearTimeout(timer);
            s.removeListener('error', reject);
            resolve(s);
        });
        s.once('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
    });
}
function headerValue(md, key) {
    const v = md.get(key)[0];
    return (typeof v === 'string' ? v : (v?.toString() ?? '')).split(', ')[0];
}
// ---------------------------------------------------------------------------------------------------------------
/** Private agents still running, killed (their directories removed) if this process exits with them (`exit` handlers
 * may only do sync work). A process killed outright (SIGKILL) leaves the agent, which a runner's job end reaps. */
const running = new Map();
let exitHookInstalled = false;
function killOnExit(child, dir) {
    running.set(child, dir);
    child.once('exit', () => running.delete(child));
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.once('exit', () => {
        for (const [c, d] of running) {
            c.kill('SIGTERM');
            external_node_fs_.rmSync(d, { recursive: true, force: true });
        }
    });
}
/** An OpenSSH ssh-agent of our own holding `files` (see the header); started when made. */
class PrivateAgent {
    socket;
    child;
    dir;
    stopped = false;
    constructor(files) {
        this.socket = this.start(files);
        this.socket.catch(() => this.stop()); // awaited by every caller; this only cleans up
    }
    stop() {
        this.stopped = true;
        if (this.child && this.child.exitCode === null && this.child.signalCode === null)
            this.child.kill('SIGTERM');
        if (this.dir)
            external_node_fs_.rmSync(this.dir, { recursive: true, force: true });
    }
    async start(files) {
        this.dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'bakekit-ssh-')); // mode 0700
        const socketPath = external_node_path_.join(this.dir, 'agent.sock');
        // Only what the tools need from the environment: no SSH_AUTH_SOCK of the runner, no askpass program.
        const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', SSH_ASKPASS_REQUIRE: 'never' };
        const child = (0,external_node_child_process_.spawn)('ssh-agent', ['-D', '-a', socketPath], { stdio: ['ignore', 'pipe', 'pipe'], env });
        this.child = child;
        killOnExit(child, this.dir);
        let output = '';
        await new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`ssh-agent did not start within 10 s${output ? `: ${output.trim()}` : ''}`)), 10_000);
            const done = (err) => {
                clearTimeout(timer);
                if (err)
                    reject(err);
                else
                    resolve();
            };
            // -D prints the SSH_AUTH_SOCK line once it listens
            child.stdout.on('data', (d) => {
                output += d.toString();
                if (output.includes('SSH_AUTH_SOCK'))
                    done();
            });
            child.stderr.on('data', (d) => (output += d.toString()));
            child.once('error', (err) => done(new Error(err.code === 'ENOENT'
                ? "key files need OpenSSH's ssh-agent and ssh-add (Debian/Ubuntu package openssh-client), not found on PATH"
                : `cannot start ssh-agent: ${err.message}`)));
            child.once('exit', (code, signal) => done(new Error(`ssh-agent exited (${signal ?? `status ${code}`}) before it listened${output ? `: ${output.trim()}` : ''}`)));
        });
        child.stdout.resume();
        child.stderr.resume();
        if (this.stopped)
            throw new Error('the session closed');
        await runSshAdd(files, { ...env, SSH_AUTH_SOCK: socketPath });
        if (this.stopped)
            throw new Error('the session closed');
        return socketPath;
    }
}
/** `ssh-add FILE\u2026` into the private agent; detached (no controlling terminal) and without askpass, so never prompting. */
function runSshAdd(files, env) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('ssh-add', ['--', ...files], { stdio: ['ignore', 'ignore', 'pipe'], env, detached: true });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('error', (err) => {
            clearTimeout(timer);
            reject(new Error(err.code === 'ENOENT'
                ? "key files need OpenSSH's ssh-add (Debian/Ubuntu package openssh-client), not found on PATH"
                : `cannot run ssh-add: ${err.message}`));
        });
        child.once('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
                resolve();
            else
                reject(new Error(`cannot load the key files ${files.join(', ')} (ssh-add ${signal ?? `exited ${code}`}): ${stderr
                    .trim()
                    .split('\n')
                    .filter((l) => !/^Enter passphrase/.test(l))
                    .join('; ') || 'no reason given'}`));
        });
    });
}


/***/ }),

/***/ 8523:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UE: () => (/* binding */ gitDefinition),
/* harmony export */   Ym: () => (/* binding */ gitSource),
/* harmony export */   tC: () => (/* binding */ addGitSource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7858);
/* harmony import */ var _bake_git_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(697);
/* harmony import */ var _context_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6449);
/**
 * A Git repository as an LLB source, as buildx makes it for a remote bake definition (bake/remote.go: dockerui
 * DetectGitContext, then llb.Git and Marshal): the op the definition's files are read from
 * (run/remote-definition.ts), and the one its directories are copied out of when they are build contexts
 * (definition-copy.ts). Pure: LLB bytes only.
 */




/**
 * The git source llb.Git makes for a Git URL as dockerui DetectGitContext passes it (parseGitRef): identifier
 * `git://HOST/PATH[#REF[:SUBDIR]]` and the attributes `git.fullurl`, `git.authtokensecret` and `git.authheadersecret`
 * (the daemon tries `<secret>.<host>` first, then `<secret>`), plus `git.checksum` (the daemon checks the commit),
 * `git.keepgitdir` and `git.skipsubmodules` when the query asks for them.
 */
function gitSource(url) {
    const parsed = (0,_bake_git_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGitRef */ .T)(url);
    const { ref } = parsed;
    let base = parsed.base;
    const subdir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join('/', parsed.subdir).replace(/^\/+/, '');
    let host;
    let repoPath;
    const scp = /^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+):(.*)$/.exec(base);
    if (scp && !base.includes('://')) {
        host = scp[1];
        repoPath = scp[2];
    }
    else {
        if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(base))
            base = `https://${base}`; // llb.Git: an unknown protocol is https
        const u = new URL(base);
        host = u.host;
        repoPath = decodeURIComponent(u.pathname);
    }
    let id = host + node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join('/', repoPath);
    if (ref || subdir)
        id += `#${ref}${subdir ? `:${subdir}` : ''}`;
    const attrs = {
        'git.fullurl': base,
        'git.authtokensecret': 'GIT_AUTH_TOKEN',
        'git.authheadersecret': 'GIT_AUTH_HEADER',
    };
    // over SSH, llb.Git has the daemon fetch with the session's `default` agent mounted (git.mountsshsock). It also
    // scans the host's key from the client, best effort, into git.knownsshhosts, which the daemon's ssh then pins. That
    // scan is left out here (it needs an SSH handshake, and its key type is x/crypto's choice), so the daemon's ssh
    // takes the key the host offers (BuildKit gitutil: StrictHostKeyChecking=no), as it does when buildx's scan fails
    if ((0,_context_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .isGitSshContext */ .Gb)(url))
        attrs['git.mountsshsock'] = 'default';
    if (parsed.keepGitDir)
        attrs['git.keepgitdir'] = 'true';
    if (parsed.checksum)
        attrs['git.checksum'] = parsed.checksum;
    if (parsed.submodules === false)
        attrs['git.skipsubmodules'] = 'true';
    return { remote: base, identifier: `git://${id}`, attrs };
}
/**
 * Adds to `b` the git source of `src` as llb.Git makes it (dockerui DetectGitContext): named `[internal] load git
 * source URL` after the URL as given (`url`, its user information left out), with the caps llb.Git records
 * (`source.git`, `source.git.fullurl`: the attributes always carry the full URL). Returns its digest. The one git
 * source of a remote definition: the read of its files (gitDefinition) and the copies of its directories that are
 * contexts (target/definition-copy.ts) are built on it, as buildx builds both on the same state.
 */
function addGitSource(b, src, url = src.identifier) {
    return b.add({ source: { identifier: src.identifier, attrs: src.attrs } }, {
        description: { 'llb.customname': `[internal] load git source ${url.replace(/\/\/[^/@]*@/, '//')}` },
        caps: {
            'source.git': true,
            'source.git.fullurl': true,
            ...(src.attrs['git.mountsshsock'] ? { 'source.git.knownsshhosts': true, 'source.git.mountsshsock': true } : {}),
            ...(src.attrs['git.keepgitdir'] ? { 'source.git.keepgitdir': true } : {}),
            ...(src.attrs['git.checksum'] ? { 'source.git.checksum': true } : {}),
            ...(src.attrs['git.skipsubmodules'] ? { 'source.git.skipsubmodules': true } : {}),
        },
    });
}
/**
 * A marshalled `pb.Definition` of one git source (addGitSource) and its terminal op, as buildx makes it to read a
 * remote definition (bake/remote.go: dockerui DetectGitContext, then llb's Marshal).
 */
function gitDefinition(src, url = src.identifier) {
    const b = new _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_1__/* .LlbDefinition */ .W();
    return b.marshal(addGitSource(b, src, url));
}


/***/ })

};
