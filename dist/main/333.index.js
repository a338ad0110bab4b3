export const id = 333;
export const ids = [333];
export const modules = {

/***/ 7845:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Us: () => (/* binding */ BuildkitClient),
/* harmony export */   zE: () => (/* binding */ randomId)
/* harmony export */ });
/* unused harmony export GatewayClient */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3033);
/* harmony import */ var _proto_grpc_service_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2039);
/**
 * Typed calls on a BuildKit connection: Control (Solve, Status, ListWorkers, Info, build history) and the
 * gateway LLBBridge bound to one build ref. Knows nothing about bake; every call takes an AbortSignal.
 */



/** Random id without ':' (the daemon splits session ids on the first colon). */
function randomId() {
    return node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes(16).toString('hex').slice(0, 25);
}
const LLBBridgeClient = (0,_proto_grpc_service_js__WEBPACK_IMPORTED_MODULE_2__/* .makeClientConstructor */ .yU)('moby.buildkit.v1.frontend.LLBBridge');
function unary(client, method, req, md, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason ?? new Error('aborted'));
        const call = client[method](req, md, (err, value) => {
            signal?.removeEventListener('abort', onAbort);
            if (err)
                reject(err);
            else
                resolve(value);
        });
        const onAbort = () => call.cancel();
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
class BuildkitClient {
    connection;
    control;
    constructor(connection) {
        this.connection = connection;
        this.control = connection.control();
    }
    listWorkers(signal) {
        return unary(this.control, 'ListWorkers', {}, new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__/* .Metadata */ .OS(), signal).then((r) => r.record ?? []);
    }
    async info(signal) {
        try {
            const r = await unary(this.control, 'Info', {}, new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__/* .Metadata */ .OS(), signal);
            return r.buildkitVersion?.version;
        }
        catch {
            return undefined; // Info arrived in v0.11; older daemons answer UNIMPLEMENTED
        }
    }
    solve(req, signal) {
        // The Go client also fills the deprecated single-exporter fields, which keeps pre-v0.13 daemons working.
        const first = req.Exporters[0];
        const wire = {
            ...req,
            ...(first ? { ExporterDeprecated: first.Type, ExporterAttrsDeprecated: first.Attrs } : {}),
        };
        return unary(this.control, 'Solve', wire, new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__/* .Metadata */ .OS(), signal).then((r) => r.ExporterResponse ?? {});
    }
    /**
     * Streams progress of build `ref` into `onMessage`. Resolves when the daemon ends the stream; `stop()`
     * cancels it (used a few seconds after Solve returned, as the Go client does).
     */
    status(ref, onMessage) {
        const call = this.control.Status({ Ref: ref });
        call.on('data', onMessage);
        const done = new Promise((resolve) => {
            call.on('error', () => resolve()); // cancellation or "no such job": progress is best effort
            call.on('end', () => resolve());
        });
        return { done, stop: () => call.cancel() };
    }
    /** Refs of builds the daemon is still running (build history, ActiveOnly). Empty on daemons without history. */
    async activeBuilds(timeoutMs = 3000) {
        const refs = new Set();
        const call = this.control.ListenBuildHistory({
            ActiveOnly: true,
            EarlyExit: true,
        });
        await new Promise((resolve) => {
            const timer = setTimeout(() => {
                call.cancel();
                resolve();
            }, timeoutMs);
            call.on('data', (ev) => {
                if (ev.record?.Ref && (ev.type ?? 0) === 0)
                    refs.add(ev.record.Ref);
            });
            const finish = () => {
                clearTimeout(timer);
                resolve();
            };
            call.on('end', finish);
            call.on('error', finish);
        });
        return [...refs];
    }
    gateway(ref) {
        return new GatewayClient(new LLBBridgeClient(this.connection.target, this.connection.credentials, {
            ...this.connection.channelOptions,
            channelOverride: this.control.getChannel(),
        }), ref);
    }
}
/** LLBBridge calls routed to one build by the `buildkit-controlapi-buildid` metadata. */
class GatewayClient {
    client;
    ref;
    constructor(client, ref) {
        this.client = client;
        this.ref = ref;
    }
    md() {
        const md = new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__/* .Metadata */ .OS();
        md.set('buildkit-controlapi-buildid', this.ref);
        return md;
    }
    /** The daemon registers the build a moment after Solve starts; Ping until it answers (bounded). */
    async ping(signal, timeoutMs = 10_000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            try {
                return await unary(this.client, 'Ping', {}, this.md(), signal);
            }
            catch (err) {
                if (signal?.aborted || Date.now() > deadline)
                    throw err;
                await new Promise((r) => setTimeout(r, 50));
            }
        }
    }
    solve(req, signal) {
        return unary(this.client, 'Solve', { ...req, allowResultReturn: true, allowResultArrayRef: true }, this.md(), signal);
    }
    evaluate(refId, signal) {
        return unary(this.client, 'Evaluate', { Ref: refId }, this.md(), signal).then(() => undefined);
    }
    readFile(refId, filePath, signal) {
        return unary(this.client, 'ReadFile', { Ref: refId, FilePath: filePath }, this.md(), signal).then((r) => r.Data ?? Buffer.alloc(0));
    }
    /** Hands the result (or an encoded google.rpc.Status) back; the outer Solve then exports and returns. */
    return(body, signal) {
        return unary(this.client, 'Return', body, this.md(), signal).then(() => undefined);
    }
    close() {
        // The channel belongs to the Control client; closing this client only drops its reference.
    }
}


/***/ }),

/***/ 5506:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ SecretStore),
/* harmony export */   Gn: () => (/* binding */ loadSecrets)
/* harmony export */ });
/* unused harmony export SecretLookupError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3033);
/**
 * Serves `RUN --mount=type=secret` values to the daemon. Values are read when the store is built, so a
 * missing file or variable fails before any solve starts, and nothing is read again mid-build.
 */



class SecretLookupError extends Error {
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
            const p = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(opts.cwd, file);
            try {
                values.set(spec.id, node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(p));
            }
            catch (err) {
                const code = err.code;
                const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(err);
                throw new SecretLookupError(`secret "${spec.id}": cannot read ${p}: ${why}`);
            }
        }
    }
    return values;
}
class SecretStore {
    values;
    serviceName = 'moby.buildkit.secrets.v1.Secrets';
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
                    callback({ code: _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_2__/* .status */ .h5.NOT_FOUND, details: `secret ${id} not found` });
                    return;
                }
                this.served.push(id);
                callback(null, { data: value });
            },
        };
    }
}


/***/ }),

/***/ 1333:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRemoteBakeFiles: () => (/* binding */ readRemoteBakeFiles)
/* harmony export */ });
/* unused harmony exports gitSource, gitDefinition, readRemoteFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _bake_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5482);
/* harmony import */ var _bake_utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9698);
/* harmony import */ var _buildkit_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7845);
/* harmony import */ var _buildkit_proto_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2328);
/* harmony import */ var _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5506);
/* harmony import */ var _buildkit_session_session_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9038);
/**
 * A remote bake definition: the bake files read out of a Git repository by the daemon, as buildx does for
 * `docker buildx bake https://…/repo.git#ref` (bake/remote.go ReadRemoteFiles). A client-side gateway build solves a
 * one-op LLB definition — the git source llb.Git makes (client/llb/source.go) — and reads each file from its result
 * with LLBBridge.ReadFile. The session serves the build's secrets: `GIT_AUTH_TOKEN.<host>` (or `GIT_AUTH_TOKEN`) lets
 * the daemon fetch a private repository.
 */








/**
 * The git source llb.Git(url, fragment) makes, for a URL with `#ref[:subdir]` (or `?ref=…&subdir=…`): identifier
 * `git://HOST/PATH[#REF[:SUBDIR]]` and the attributes `git.fullurl`, `git.authtokensecret` and `git.authheadersecret`
 * (the daemon tries `<secret>.<host>` first, then `<secret>`).
 */
function gitSource(url) {
    let base = url;
    let ref = '';
    let subdir = '';
    const hash = url.indexOf('#');
    if (hash >= 0) {
        base = url.slice(0, hash);
        const fragment = url.slice(hash + 1);
        const colon = fragment.indexOf(':');
        ref = colon < 0 ? fragment : fragment.slice(0, colon);
        subdir = colon < 0 ? '' : fragment.slice(colon + 1);
    }
    else {
        const q = url.indexOf('?');
        if (q >= 0) {
            base = url.slice(0, q);
            const params = new URLSearchParams(url.slice(q + 1));
            ref = params.get('ref') ?? params.get('branch') ?? params.get('tag') ?? '';
            subdir = params.get('subdir') ?? '';
        }
    }
    subdir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join('/', subdir).replace(/^\/+/, '');
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
    let id = host + node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join('/', repoPath);
    if (ref || subdir)
        id += `#${ref}${subdir ? `:${subdir}` : ''}`;
    return {
        remote: base,
        identifier: `git://${id}`,
        attrs: { 'git.fullurl': base, 'git.authtokensecret': 'GIT_AUTH_TOKEN', 'git.authheadersecret': 'GIT_AUTH_HEADER' },
    };
}
/** A marshalled `pb.Definition` of one git source and its terminal op (what llb's Marshal produces for it). */
function gitDefinition(src) {
    const sourceOp = (0,_buildkit_proto_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .encodeMessage */ .mH)('pb.Op', { source: { identifier: src.identifier, attrs: src.attrs } });
    const sourceDigest = `sha256:${node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(sourceOp).digest('hex')}`;
    const terminal = (0,_buildkit_proto_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .encodeMessage */ .mH)('pb.Op', { inputs: [{ digest: sourceDigest, index: 0 }] });
    const terminalDigest = `sha256:${node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(terminal).digest('hex')}`;
    return (0,_buildkit_proto_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .encodeMessage */ .mH)('pb.Definition', {
        def: [sourceOp, terminal],
        metadata: {
            [sourceDigest]: { description: { 'llb.customname': `[internal] load git source ${src.identifier.replace(/\/\/[^/@]*@/, '//')}` }, caps: { 'source.git': true } },
            [terminalDigest]: {},
        },
    });
}
/** A file that is not there (LLBBridge.ReadFile's error for a missing path). */
function isNotFound(err) {
    const e = err;
    return e.code === 5 || /no such file or directory|not found/i.test(e.details ?? e.message ?? '');
}
/**
 * Reads the bake files of the Git repository `url` (`#ref[:subdir]`): `opts.files` (each must exist), or those of
 * DEFAULT_FILENAMES present. Throws when none is found, as buildx ("couldn't find a bake definition").
 */
async function readRemoteFiles(connection, url, opts) {
    const client = new _buildkit_client_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildkitClient */ .Us(connection);
    const session = new _buildkit_session_session_js__WEBPACK_IMPORTED_MODULE_7__/* .Session */ .Nn({ name: 'bakekit-remote-definition' }).attach(new _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .SecretStore */ .Gf(opts.secrets ?? new Map()));
    const ref = (0,_buildkit_client_js__WEBPACK_IMPORTED_MODULE_4__/* .randomId */ .zE)();
    const abort = new AbortController();
    const onAbort = () => abort.abort(opts.signal?.reason);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const gateway = client.gateway(ref);
    let returned = false;
    try {
        await session.run(connection);
        const outer = client.solve({ Ref: ref, Session: session.id, Frontend: '', FrontendAttrs: {}, Exporters: [], Cache: { Exports: [], Imports: [] }, Internal: true }, abort.signal);
        // the build ending before the result was returned stops the gateway calls (with the daemon's error)
        const outerEnded = outer.then(() => {
            if (!returned)
                abort.abort(new Error('the remote definition build ended early'));
        }, (err) => abort.abort(err));
        try {
            await gateway.ping(abort.signal);
            // Evaluate: the fetch happens here (and fails here), not lazily on the first ReadFile
            const request = { Frontend: '', FrontendOpt: {}, Definition: gitDefinition(gitSource(url)), Evaluate: true };
            const solved = await gateway.solve(request, abort.signal).catch((err) => {
                throw Object.assign(new Error(`reading the bake definition from ${redactUrl(url)}: ${err.details || err.message}`), { cause: err });
            });
            const refId = solved.result?.ref?.id;
            if (!refId)
                throw new Error('the daemon returned no result for the Git repository');
            const files = [];
            const named = opts.files.length > 0;
            for (const name of named ? opts.files : _bake_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_FILENAMES */ .$W) {
                let data;
                try {
                    data = await gateway.readFile(refId, name, abort.signal);
                }
                catch (err) {
                    if (!named && isNotFound(err))
                        continue;
                    throw new Error(`${name} in ${redactUrl(url)}: ${err.details || err.message}`);
                }
                // decoded as a local file is (bake/utf8.ts): strictly, HCL keeping invalid bytes for a line:column error
                files.push({ name, data: (0,_bake_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeBakeFile */ .yA)(name, data, name.toLowerCase().endsWith('.hcl')) });
            }
            if (files.length === 0)
                throw new Error(`couldn't find a bake definition in ${redactUrl(url)}`);
            returned = true;
            await gateway.return({ result: {} }, abort.signal);
            await outer;
            return files;
        }
        catch (err) {
            // a failed fetch is the gateway Solve's error; the outer Solve is cancelled with it
            const first = abort.signal.aborted ? abort.signal.reason : err;
            abort.abort(err);
            await outerEnded;
            throw first;
        }
    }
    finally {
        opts.signal?.removeEventListener('abort', onAbort);
        gateway.close();
        await session.close().catch(() => { });
    }
}
function redactUrl(url) {
    return url.replace(/\/\/[^/@]*@/, '//***@');
}
/**
 * The bake files of a remote definition as buildx reads them (commands/bake.go readBakeFiles): names without `cwd://`
 * (or the default names, when none is named) from the repository, through the builder's daemon; `cwd://` names from
 * the local directory `cwd`, after them. The session serves the secrets `GIT_AUTH_TOKEN[.<host>]` and
 * `GIT_AUTH_HEADER[.<host>]` of `secrets` and nothing else.
 */
async function readRemoteBakeFiles(url, opts) {
    let names = opts.files;
    if (names.length === 0 && opts.env.BUILDX_BAKE_FILE) {
        names = opts.env.BUILDX_BAKE_FILE.split(opts.env.BUILDX_BAKE_PATH_SEPARATOR || ':').map((s) => s.trim()).filter((s) => s !== '');
    }
    const local = names.filter((n) => n.startsWith('cwd://')).map((n) => n.slice('cwd://'.length));
    const remote = names.filter((n) => !n.startsWith('cwd://'));
    const gitSecrets = (opts.secrets ?? []).filter((s) => /^GIT_AUTH_(TOKEN|HEADER)(\..+)?$/.test(s.id));
    const values = (0,_buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .loadSecrets */ .Gn)(gitSecrets.map((s) => ({ id: s.id, value: s.value, env: s.env, file: s.src })), { cwd: opts.cwd, env: opts.env });
    const [{ connect }, { defaultEndpoint, parseEndpoint }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(787), __webpack_require__.e(553)]).then(__webpack_require__.bind(__webpack_require__, 5553)), __webpack_require__.e(/* import() */ 57).then(__webpack_require__.bind(__webpack_require__, 57))]);
    const endpoint = opts.builder ? parseEndpoint(opts.builder, undefined, { env: opts.env }) : defaultEndpoint(opts.env);
    const connection = await connect(endpoint, { signal: opts.signal });
    let files;
    try {
        files = await readRemoteFiles(connection, url, { files: remote, secrets: values, signal: opts.signal });
    }
    finally {
        await connection.close();
    }
    if (local.length)
        files.push(...(0,_bake_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .readFiles */ .Ul)({ files: local, targets: [], set: [], cwd: opts.cwd, env: opts.env }));
    return files;
}


/***/ })

};
