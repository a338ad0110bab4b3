export const id = 962;
export const ids = [962];
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

/***/ 962:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refuseRemotePolicies: () => (/* binding */ refuseRemotePolicies)
/* harmony export */ });
/* unused harmony export remotePolicyRead */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _buildkit_session_ssh_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5170);
/* harmony import */ var _target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7719);
/* harmony import */ var _target_context_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6449);
/* harmony import */ var _target_git_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8523);
/* harmony import */ var _target_http_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9123);
/* harmony import */ var _daemon_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(904);
/* harmony import */ var _git_auth_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2476);
/**
 * A remote context's `<Dockerfile>.rego`: buildx \u2265 0.32 (build/opt.go loadInputs, resolveRemotePolicyContextState)
 * evaluates the policy file beside the Dockerfile in a Git context, an HTTP archive context or a remote definition's
 * copied directory, as it does beside a local Dockerfile. bakekit evaluates no policy (Rego), so a target whose remote
 * context has one is refused before anything builds, as a target with a local one is (target/bake-adapter.ts):
 * never built without it.
 *
 * buildx reads the file through the daemon in an internal build of its own (util/sourcemeta), whenever the Dockerfile
 * comes from the remote context; so does this (daemon-files.ts), one read per distinct context and file. The states
 * are buildx's: the context input a definition copy already is, llb.Git for a Git URL (its `#ref:subdir` in the
 * source's identifier), and an HTTP URL's download copied out with unpacking. A Dockerfile from elsewhere (inline, or
 * local with `cwd://`) is not looked for in the context.
 */








/** What a target's remote context policy is read from, or nothing when buildx would read none from its context. */
function remotePolicyRead(spec, plan) {
    if (spec.policyDisabled || spec.dockerfileInline !== undefined || !(0,_target_context_kind_js__WEBPACK_IMPORTED_MODULE_3__.dockerfileInRemoteContext)(spec))
        return undefined;
    const file = `${node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(spec.dockerfile)}.rego`;
    let definition = plan.frontendInputs.context;
    if (!definition && !(0,_target_context_kind_js__WEBPACK_IMPORTED_MODULE_3__.isGitReference)(spec.context))
        definition = (0,_target_http_source_js__WEBPACK_IMPORTED_MODULE_5__/* .httpUnpackedDefinition */ .Pq)(spec.context);
    if (!definition) {
        try {
            definition = (0,_target_git_source_js__WEBPACK_IMPORTED_MODULE_4__/* .gitDefinition */ .UE)((0,_target_git_source_js__WEBPACK_IMPORTED_MODULE_4__/* .gitSource */ .Ym)(spec.context), spec.context);
        }
        catch {
            // a query BuildKit refuses (parseGitRef): nothing to read; the frontend fails the target with its own error
            return undefined;
        }
    }
    return { context: spec.context, definition, file };
}
/**
 * Refuses, before anything builds, every target whose remote context has the policy file buildx would apply. `access`:
 * each target's secret values and SSH agents (a read's session serves its `GIT_AUTH_*` secrets, for a private
 * repository, and its agents for a Git URL over SSH).
 */
async function refuseRemotePolicies(specs, plans, access, connection, signal) {
    const reads = new Map();
    for (const spec of specs) {
        const read = remotePolicyRead(spec, plans.get(spec.name));
        if (!read)
            continue;
        const key = `${read.definition.toString('base64')}\n${read.file}`;
        const entry = reads.get(key) ?? { read, targets: [] };
        entry.targets.push(spec.name);
        reads.set(key, entry);
    }
    if (reads.size === 0)
        return;
    const found = await Promise.all([...reads.values()].map(async ({ read, targets }) => {
        // the target's own access to its context: its Git credentials, and for a Git URL over SSH its agents
        const gitAuth = new Map([...(access.secrets.get(targets[0]) ?? [])].filter(([id]) => /^GIT_AUTH_(TOKEN|HEADER)/.test(id)));
        const attach = (0,_target_context_kind_js__WEBPACK_IMPORTED_MODULE_3__.isGitSshContext)(read.context) ? [new _buildkit_session_ssh_js__WEBPACK_IMPORTED_MODULE_1__/* .SshForwarder */ .Xp(access.ssh.get(targets[0]) ?? new Map())] : [];
        const context = (0,_git_auth_js__WEBPACK_IMPORTED_MODULE_7__.redactGitUrl)(read.context);
        const exists = await (0,_daemon_files_js__WEBPACK_IMPORTED_MODULE_6__/* .withDaemonFiles */ .y)(connection, read.definition, {
            name: 'bakekit-policy',
            secrets: gitAuth,
            attach,
            signal,
            solveError: (err) => new _target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetAttributeError */ .Q4(targets[0], 'context', `reading ${context}: ${err.details || err.message}`),
        }, async (readFile) => {
            try {
                await readFile(read.file);
                return true;
            }
            catch (err) {
                if ((0,_daemon_files_js__WEBPACK_IMPORTED_MODULE_6__/* .isNotFound */ .c)(err))
                    return false;
                throw new _target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetAttributeError */ .Q4(targets[0], 'policy', `reading ${read.file} in ${context}: ${err.details || err.message}`);
            }
        });
        return exists ? { read, targets } : undefined;
    }));
    const first = found.find((f) => f !== undefined);
    if (!first)
        return;
    throw new _target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetAttributeError */ .Q4(first.targets[0], 'policy', (0,_target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_2__/* .unevaluatedPolicy */ .Zm)(`(\u2265 0.32) applies from ${first.read.file} in the remote context ${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_7__.redactGitUrl)(first.read.context)}`));
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
