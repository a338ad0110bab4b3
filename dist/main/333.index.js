export const id = 333;
export const ids = [333];
export const modules = {

/***/ 904:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isNotFound),
/* harmony export */   y: () => (/* binding */ withDaemonFiles)
/* harmony export */ });
/* harmony import */ var _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5552);
/* harmony import */ var _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7761);
/* harmony import */ var _buildkit_session_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5506);
/**
 * Files read through the daemon: an internal client-side gateway build (no build record) solves an LLB definition \u2014 a
 * Git repository, a copy out of one, an unpacked HTTP archive \u2014 and reads files from its result with
 * LLBBridge.ReadFile, as buildx reads a remote bake definition (bake/remote.go) and a remote context's policy file
 * (util/sourcemeta, an internal build of its own). The build's session serves the given secrets and attachables and
 * nothing else: `GIT_AUTH_TOKEN.<host>` lets the daemon fetch a private repository, an SSH agent one over SSH.
 */



/** A file that is not there (LLBBridge.ReadFile's error for a missing path). */
function isNotFound(err) {
    const e = err;
    return e.code === 5 || /no such file or directory|not found/i.test(e.details ?? e.message ?? '');
}
/**
 * Solves `definition` in an internal build (evaluated: a fetch fails here, not lazily on the first read) and hands
 * `use` a reader of its result's files (`range`: the first `length` bytes); the build ends when `use` is done. `read`
 * throws what ReadFile answers (isNotFound tells a missing file).
 */
async function withDaemonFiles(connection, definition, opts, use) {
    const client = new _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildkitClient */ .Us(connection);
    const session = new _buildkit_session_session_js__WEBPACK_IMPORTED_MODULE_2__/* .Session */ .Nn({ name: opts.name ?? 'bakekit-files' }).attach(new _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .SecretStore */ .Gf(opts.secrets ?? new Map()));
    for (const a of opts.attach ?? [])
        session.attach(a);
    const ref = (0,_buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__/* .randomId */ .zE)();
    const abort = new AbortController();
    const onAbort = () => abort.abort(opts.signal?.reason);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const gateway = client.gateway(ref);
    let returned = false;
    try {
        await session.run(connection);
        const outer = client.solve({
            Ref: ref,
            Session: session.id,
            Frontend: '',
            FrontendAttrs: {},
            Exporters: [],
            Cache: { Exports: [], Imports: [] },
            Internal: true,
        }, abort.signal);
        // the build ending before the result was returned stops the gateway calls (with the daemon's error)
        const outerEnded = outer.then(() => {
            if (!returned)
                abort.abort(new Error('the build reading files ended early'));
        }, (err) => abort.abort(err));
        try {
            await gateway.ping(abort.signal);
            const request = { Frontend: '', FrontendOpt: {}, Definition: definition, Evaluate: true };
            const solved = await gateway.solve(request, abort.signal).catch((err) => {
                throw opts.solveError ? opts.solveError(err) : err;
            });
            const refId = solved.result?.ref?.id;
            if (!refId)
                throw new Error('the daemon returned no result to read files from');
            const value = await use((name, range) => gateway.readFile(refId, name, abort.signal, range));
            returned = true;
            await gateway.return({ result: {} }, abort.signal);
            await outer;
            return value;
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


/***/ }),

/***/ 1333:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRemoteBakeFiles: () => (/* binding */ readRemoteBakeFiles)
/* harmony export */ });
/* unused harmony export readRemoteFiles */
/* harmony import */ var _bake_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8180);
/* harmony import */ var _bake_utf8_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9698);
/* harmony import */ var _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7761);
/* harmony import */ var _buildkit_session_ssh_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5170);
/* harmony import */ var _target_git_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8523);
/* harmony import */ var _target_http_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9123);
/* harmony import */ var _target_context_kind_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6449);
/* harmony import */ var _git_auth_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2476);
/* harmony import */ var _daemon_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(904);
/**
 * A remote bake definition: the bake files read out of a Git repository by the daemon, as buildx does for
 * `docker buildx bake https://\u2026/repo.git#ref` (bake/remote.go ReadRemoteFiles). An internal gateway build
 * (daemon-files.ts) solves a one-op LLB definition \u2014 the git source llb.Git makes (client/llb/source.go) \u2014 and reads
 * each file from its result. The session serves the build's secrets: `GIT_AUTH_TOKEN.<host>` (or `GIT_AUTH_TOKEN`)
 * lets the daemon fetch a private repository.
 */









/**
 * Reads the bake files of the Git repository `url` (`#ref[:subdir]`): `opts.files` (each must exist), or those of
 * DEFAULT_FILENAMES present. Throws when none is found, as buildx ("couldn't find a bake definition").
 */
async function readRemoteFiles(connection, url, opts) {
    if (!(0,_target_context_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .isGitReference */ .cf)(url))
        return readHttpDefinition(connection, url, opts);
    let source;
    try {
        source = (0,_target_git_source_js__WEBPACK_IMPORTED_MODULE_4__/* .gitSource */ .Ym)(url);
    }
    catch (err) {
        throw new Error(`${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: ${err.message}`, { cause: err });
    }
    return (0,_daemon_files_js__WEBPACK_IMPORTED_MODULE_7__/* .withDaemonFiles */ .y)(connection, (0,_target_git_source_js__WEBPACK_IMPORTED_MODULE_4__/* .gitDefinition */ .UE)(source, url), {
        name: 'bakekit-remote-definition',
        secrets: opts.secrets,
        attach: opts.ssh ? [opts.ssh] : [],
        signal: opts.signal,
        solveError: definitionReadError(url),
    }, async (read) => {
        const files = [];
        const named = opts.files.length > 0;
        for (const name of named ? opts.files : _bake_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_FILENAMES */ .$W) {
            let data;
            try {
                data = await read(name);
            }
            catch (err) {
                if (!named && (0,_daemon_files_js__WEBPACK_IMPORTED_MODULE_7__/* .isNotFound */ .c)(err))
                    continue;
                throw new Error(`${name} in ${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: ${err.details || err.message}`);
            }
            // decoded as a local file is (bake/utf8.ts): strictly, HCL keeping invalid bytes for a line:column error
            files.push({ name, data: (0,_bake_utf8_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeBakeFile */ .yA)(name, data, name.toLowerCase().endsWith('.hcl')) });
        }
        if (files.length === 0)
            throw new Error(`couldn't find a bake definition in ${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}`);
        return files;
    });
}
/** A failed read of the definition at `url` (the daemon's fetch or download), its user information masked. */
function definitionReadError(url) {
    return (err) => Object.assign(new Error(`reading the bake definition from ${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: ${err.details || err.message}`), {
        cause: err,
    });
}
/** buildx maxBakeDefinitionSize: the largest single-file definition read over HTTP. */
const MAX_HTTP_DEFINITION = 2 * 1024 * 1024;
/** buildx isArchive: bzip2, gzip or xz magic, or a tar header, in a file's first bytes. */
function isArchive(head) {
    for (const magic of [
        [0x42, 0x5a, 0x68],
        [0x1f, 0x8b, 0x08],
        [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
    ])
        if (head.length >= magic.length && magic.every((b, i) => head[i] === b))
            return true;
    // a tar header: 512 bytes whose checksum field matches the sum of the header's bytes (the field read as spaces)
    if (head.length < 512)
        return false;
    const field = head
        .subarray(148, 156)
        .toString('latin1')
        .replace(/[\0 ]+$/, '')
        .trim();
    if (!/^[0-7]+$/.test(field))
        return false;
    let sum = 0;
    for (let i = 0; i < 512; i++)
        sum += i >= 148 && i < 156 ? 0x20 : head[i];
    return sum === parseInt(field, 8);
}
/**
 * A definition from a URL that is no Git repository (buildx ReadRemoteFiles with DetectHTTPContext,
 * filesFromURLRef): the daemon downloads it and its content is the one bake file, named by the URL; a `-f` name does
 * not apply, and the targets' contexts stay local. buildx reads only the first KiB of such a file (its
 * filesFromURLRef compares the sizes the wrong way round, so a larger definition is cut off mid-line); the whole file
 * is read here, up to buildx's 2 MiB. An archive, which buildx unpacks and builds its contexts from, is refused.
 */
async function readHttpDefinition(connection, url, opts) {
    return (0,_daemon_files_js__WEBPACK_IMPORTED_MODULE_7__/* .withDaemonFiles */ .y)(connection, (0,_target_http_source_js__WEBPACK_IMPORTED_MODULE_5__/* .httpDefinition */ .uQ)(url), {
        name: 'bakekit-remote-definition',
        signal: opts.signal,
        solveError: definitionReadError(url),
    }, async (read) => {
        const data = await read(_target_http_source_js__WEBPACK_IMPORTED_MODULE_5__/* .HTTP_FILENAME */ .Dw, { length: MAX_HTTP_DEFINITION + 1 });
        if (isArchive(data.subarray(0, 1024)))
            throw new Error(`${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: an archive as a bake definition is not supported (buildx unpacks it and builds the targets' ` +
                `contexts from it); give a Git URL, or the bake file itself`);
        if (data.length > MAX_HTTP_DEFINITION)
            throw new Error(`${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: non-archive definition URL bigger than maximum allowed size (2MiB)`);
        return [{ name: url, data: (0,_bake_utf8_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeBakeFile */ .yA)(url, data, /\.hcl$/i.test(new URL(url).pathname)) }];
    });
}
/**
 * The SSH agent buildx serves to the read of a Git definition (bake/remote.go): `default`, the sockets or keys of
 * BUILDX_BAKE_GIT_SSH (comma-separated), else SSH_AUTH_SOCK's agent; none when neither can be served, as buildx
 * attaches none then. Only a repository fetched over SSH asks for it.
 */
function definitionAgent(env) {
    try {
        return new _buildkit_session_ssh_js__WEBPACK_IMPORTED_MODULE_3__/* .SshForwarder */ .Xp([{ id: 'default', paths: (env.BUILDX_BAKE_GIT_SSH ?? '').split(',') }], { env });
    }
    catch {
        return undefined;
    }
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
        names = opts.env.BUILDX_BAKE_FILE.split(opts.env.BUILDX_BAKE_PATH_SEPARATOR || ':')
            .map((s) => s.trim())
            .filter((s) => s !== '');
    }
    const local = names.filter((n) => n.startsWith('cwd://')).map((n) => n.slice('cwd://'.length));
    const remote = names.filter((n) => !n.startsWith('cwd://'));
    const gitSecrets = (opts.secrets ?? []).filter((s) => /^GIT_AUTH_(TOKEN|HEADER)(\..+)?$/.test(s.id));
    const values = (0,_buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSecrets */ .Gn)(gitSecrets.map((s) => ({ id: s.id, value: s.value, env: s.env, file: s.src })), { cwd: opts.cwd, env: opts.env });
    const [{ connect }, { defaultEndpoint, parseEndpoint }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(57), __webpack_require__.e(801), __webpack_require__.e(263), __webpack_require__.e(304)]).then(__webpack_require__.bind(__webpack_require__, 4263)),
        __webpack_require__.e(/* import() */ 57).then(__webpack_require__.bind(__webpack_require__, 57)),
    ]);
    const endpoint = opts.builder ? parseEndpoint(opts.builder, undefined, { env: opts.env }) : defaultEndpoint(opts.env);
    const connection = await connect(endpoint, { signal: opts.signal });
    let files;
    try {
        files = await readRemoteFiles(connection, url, {
            files: remote,
            secrets: values,
            ssh: (0,_target_context_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .isGitReference */ .cf)(url) ? definitionAgent(opts.env) : undefined,
            signal: opts.signal,
        });
    }
    finally {
        await connection.close();
    }
    if (local.length)
        files.push(...(0,_bake_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .readFiles */ .Ul)({ files: local, targets: [], set: [], cwd: opts.cwd, env: opts.env }));
    return files;
}


/***/ }),

/***/ 9123:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ HTTP_FILENAME),
/* harmony export */   Pq: () => (/* binding */ httpUnpackedDefinition),
/* harmony export */   uQ: () => (/* binding */ httpDefinition)
/* harmony export */ });
/* harmony import */ var _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7858);
/**
 * An HTTP URL as an LLB source, as dockerui DetectHTTPContext makes it (llb.HTTP with the file named `context`): what
 * a remote bake definition that is no Git repository is read from (run/remote-definition.ts), and, copied out with
 * unpacking as buildx does, the context a remote context's policy file is looked for in (run/remote-policy.ts).
 * Pure: LLB bytes only.
 */

/** The name of the downloaded file in the source's result. */
const HTTP_FILENAME = 'context';
function addHttpSource(b, url) {
    return b.add({ source: { identifier: url, attrs: { 'http.filename': HTTP_FILENAME } } }, { description: { 'llb.customname': '[internal] load remote build context' }, caps: { 'source.http': true } });
}
/** The download alone: one file, `context`. */
function httpDefinition(url) {
    const b = new _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_0__/* .LlbDefinition */ .W();
    return b.marshal(addHttpSource(b, url));
}
/** The download copied to `/` with unpacking (buildx: llb.Copy(st, "context", "/", AttemptUnpack)): an archive's
 * files, or the one file `context`. */
function httpUnpackedDefinition(url) {
    const b = new _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_0__/* .LlbDefinition */ .W();
    const http = addHttpSource(b, url);
    const copy = b.addCopy(http, { src: `/${HTTP_FILENAME}`, dest: '/', attemptUnpackDockerCompatibility: true });
    return b.marshal(copy);
}


/***/ })

};
