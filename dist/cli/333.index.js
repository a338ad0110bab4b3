export const id = 333;
export const ids = [333,476,449];
export const modules = {

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
 * the host), e.g. `docker.io/library/app:1` \u2192 `1`, `example.com/app@sha256:\u2026` \u2192 `@sha256:\u2026`; the name itself when it
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
            manifests = manifests.filter((m) => (m?.annotations?.[ANNOTATION_REF_NAME] ?? '') !== refName ||
                (m?.annotations?.[ANNOTATION_IMAGE_NAME] ?? '') !== imageName);
        }
        manifests.push(orderedDescriptor({ ...desc, annotations: Object.keys(annotations).length ? annotations : undefined }));
    }
    out.manifests = manifests;
    // schemaVersion, mediaType, manifests first, as Go writes an index; anything else after
    const { schemaVersion, mediaType, manifests: m, ...rest } = out;
    return {
        schemaVersion,
        mediaType,
        ...(rest.artifactType !== undefined ? { artifactType: rest.artifactType } : {}),
        manifests: m,
        ...rest,
    };
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

/***/ 2476:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitAuthSecretsFromEnv: () => (/* binding */ gitAuthSecretsFromEnv),
/* harmony export */   gitHost: () => (/* binding */ gitHost),
/* harmony export */   redactGitUrl: () => (/* binding */ redactGitUrl),
/* harmony export */   sharesGitHost: () => (/* binding */ sharesGitHost)
/* harmony export */ });
/** The host a Git URL is fetched from (`GIT_AUTH_TOKEN.<host>`): `git@host:path`, `github.com/\u2026`, or a URL's host. */
function gitHost(url) {
    const scp = /^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+):/.exec(url);
    if (scp)
        return scp[1];
    return new URL(url.startsWith('github.com/') ? `https://${url}` : url).host;
}
/** `url` with its user information (a token, say) masked, for messages: `https://***@host/\u2026`. */
function redactGitUrl(url) {
    return url.replace(/\/\/[^/@]*@/, '//***@');
}
/** gitHost, or undefined for a value with no host (not a URL). */
function hostOf(url) {
    try {
        return gitHost(url) || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The host-scoped secrets for the remote definition `url` from `env`. buildx finds each variable by a
 * case-insensitive name (findGitAuthEnvKey) and reads it by the name it found.
 */
function gitAuthSecretsFromEnv(url, env) {
    const host = hostOf(url);
    if (!host)
        return [];
    const out = [];
    for (const [id, variable] of [
        ['GIT_AUTH_TOKEN', 'BUILDX_BAKE_GIT_AUTH_TOKEN'],
        ['GIT_AUTH_HEADER', 'BUILDX_BAKE_GIT_AUTH_HEADER'],
    ]) {
        const name = Object.keys(env).find((k) => k.toLowerCase() === variable.toLowerCase());
        if (name !== undefined)
            out.push({ id: `${id}.${host}`, env: name });
    }
    return out;
}
/** Whether a build whose context is `context` gets the definition's credentials: a remote context on the same host
 * (buildx shouldAttachGitAuthSecrets; the host compared case-insensitively). */
function sharesGitHost(definitionUrl, context, isRemote) {
    if (!isRemote(context))
        return false;
    const a = hostOf(definitionUrl);
    const b = hostOf(context);
    return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}


/***/ }),

/***/ 1333:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRemoteBakeFiles: () => (/* binding */ readRemoteBakeFiles),
/* harmony export */   readRemoteFiles: () => (/* binding */ readRemoteFiles)
/* harmony export */ });
/* harmony import */ var _bake_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5767);
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
    if (!(0,_target_context_kind_js__WEBPACK_IMPORTED_MODULE_6__.isGitReference)(url))
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
        for (const name of named ? opts.files : _bake_resolve_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_FILENAMES) {
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
            ssh: (0,_target_context_kind_js__WEBPACK_IMPORTED_MODULE_6__.isGitReference)(url) ? definitionAgent(opts.env) : undefined,
            signal: opts.signal,
        });
    }
    finally {
        await connection.close();
    }
    if (local.length)
        files.push(...(0,_bake_resolve_js__WEBPACK_IMPORTED_MODULE_0__.readFiles)({ files: local, targets: [], set: [], cwd: opts.cwd, env: opts.env }));
    return files;
}


/***/ }),

/***/ 6449:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REMOTE_CONTEXT: () => (/* binding */ REMOTE_CONTEXT),
/* harmony export */   dockerfileInRemoteContext: () => (/* binding */ dockerfileInRemoteContext),
/* harmony export */   hasGitQuery: () => (/* binding */ hasGitQuery),
/* harmony export */   isGitReference: () => (/* binding */ isGitReference),
/* harmony export */   isGitSshContext: () => (/* binding */ isGitSshContext),
/* harmony export */   localDirCandidates: () => (/* binding */ localDirCandidates),
/* harmony export */   namedContextKind: () => (/* binding */ namedContextKind),
/* harmony export */   ociLayoutDir: () => (/* binding */ ociLayoutDir)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9288);
/**
 * What a context value names, one answer for planning, the bake adapter and the entitlement check (they must agree:
 * a value the check reads one way and the planner another is a way around the check).
 */


/** A build context the daemon fetches itself (buildx urlutil.IsRemoteURL): http(s), git (also `user@host:path`). */
const REMOTE_CONTEXT = /^(https?:\/\/|git:\/\/|ssh:\/\/|github\.com\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/;
/** BuildKit gitutil.ParseGitRef, as dockerui DetectGitContext and buildx's remote definition reader use it, for a
 * remote URL: an HTTP(S) URL is a Git one when its path ends in `.git`; `git://`, `ssh://`, `user@host:path` and
 * `github.com/\u2026` always are. */
function isGitReference(url) {
    if (/^https?:\/\//i.test(url))
        return /\.git$/.test(url.replace(/[?#].*$/, ''));
    return true;
}
/** buildx IsGitSSH: the git URL is fetched over SSH (`ssh://\u2026`, `user@host:path`), with the runner's SSH agent. */
function isGitSshContext(value) {
    return /^(ssh:\/\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/.test(value);
}
/**
 * A Git URL with a query string (`?ref=\u2026&subdir=\u2026`), as buildx processGitURL tells one (BuildKit gitutil.ParseURL):
 * an `http`, `https`, `ssh` or `git` URL, or a `user@host:path` one, whose query has a parameter. buildx asks the
 * frontend for the capability to read it (`moby.buildkit.frontend.gitquerystring`).
 */
function hasGitQuery(value) {
    let query;
    const proto = /^([a-zA-Z0-9]+):\/\//.exec(value);
    if (proto) {
        if (!['http', 'https', 'ssh', 'git'].includes(proto[1].toLowerCase()))
            return false;
        const [beforeFragment] = value.split('#', 1);
        const q = beforeFragment.indexOf('?');
        query = q < 0 ? undefined : beforeFragment.slice(q + 1);
    }
    else {
        query = /^[a-zA-Z0-9_-]+@[a-zA-Z0-9.-]+:.*?(?:\?(.*?))?(?:#.*)?$/.exec(value)?.[1];
    }
    // Go url.ParseQuery, as URL.Query() keeps it: `&`-separated, `key=value` cut at the first `=`; empty parameters
    // and ones with a `;` or a bad escape are left out
    const unescapes = (s) => !/%(?![0-9a-fA-F]{2})/.test(s);
    return (query ?? '').split('&').some((kv) => {
        if (kv === '' || kv.includes(';'))
            return false;
        const eq = kv.indexOf('=');
        return eq < 0 ? unescapes(kv) : unescapes(kv.slice(0, eq)) && unescapes(kv.slice(eq + 1));
    });
}
/** Where a named context's value points: another target of the run, something the daemon fetches or the session
 * serves as a store (`docker-image://`, `oci-layout://`, URLs), or a local directory. */
function namedContextKind(value) {
    if (value.startsWith('target:'))
        return 'target';
    // REMOTE_CONTEXT: a Git URL without a scheme (`git@host:path`, `github.com/\u2026`) too, as buildx IsRemoteURL
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ||
        value.startsWith('docker-image:') ||
        value.startsWith('oci-layout:') ||
        REMOTE_CONTEXT.test(value))
        return 'remote';
    return 'local';
}
/** The directory of `oci-layout://PATH[:TAG][@DIGEST]`, parsed as the content-store planner parses it (the same
 * function), so that the entitlement check reads the directory the session will serve. */
function ociLayoutDir(value) {
    try {
        return (0,_buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOciLayoutRef */ .cT)(value)?.path;
    }
    catch {
        return value.slice('oci-layout://'.length); // an invalid digest fails planning; check the whole text meanwhile
    }
}
/** A relative Dockerfile path with a remote context names a file in that context, not a local one. */
function dockerfileInRemoteContext(spec) {
    return !!spec.dockerfile && REMOTE_CONTEXT.test(spec.context) && !node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(spec.dockerfile);
}
/**
 * The local directories planTarget will serve for `spec` (context, the Dockerfile's directory, local named
 * contexts), known before planning so that their identities (session-ids.ts) can be computed meanwhile. Not checked:
 * planTarget reports what does not exist. An inline Dockerfile's directory is made at planning.
 */
function localDirCandidates(spec) {
    const dirs = new Set();
    if (!REMOTE_CONTEXT.test(spec.context))
        dirs.add(spec.context);
    if (spec.dockerfileInline === undefined && spec.dockerfile && !dockerfileInRemoteContext(spec))
        dirs.add(node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(spec.dockerfile));
    for (const value of Object.values(spec.contexts)) {
        if (namedContextKind(value) === 'local')
            dirs.add(value);
    }
    return [...dirs];
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
