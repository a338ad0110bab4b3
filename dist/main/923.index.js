export const id = 923;
export const ids = [923,449];
export const modules = {

/***/ 25995:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMergeStep: () => (/* binding */ runMergeStep)
});

// EXTERNAL MODULE: ./lib/action/toolkit.js
var toolkit = __webpack_require__(24112);
// EXTERNAL MODULE: ./lib/bake/errors.js
var errors = __webpack_require__(37554);
// EXTERNAL MODULE: ./lib/solve/run/bake.js + 3 modules
var bake = __webpack_require__(95146);
// EXTERNAL MODULE: ./lib/solve/images/merge.js
var merge = __webpack_require__(66450);
;// CONCATENATED MODULE: ./lib/solve/images/merge-command.js
/**
 * The merge command shared by the CLI (`bakekit merge`) and the action (`merge: true`): read the build jobs'
 * metadata, resolve the bake definition (when there is one) for the targets' tags, merge.
 */



/** Reads the jobs' metadata, resolves the definition (when there is one) for the targets found there, and merges. */
async function runMergeCommand(opts) {
    if (!opts.from.length)
        throw new Error("nothing to merge: give the build jobs' metadata with --from (a file, a directory of them, or the JSON)");
    const inputs = (0,merge/* readMetadataInputs */.nR)(opts.from, opts.cwd);
    const targets = opts.targets.length ? opts.targets : (0,merge/* metadataTargets */.cu)(inputs);
    let specs = [];
    const bakeOpts = { files: opts.files, targets, set: opts.set, cwd: opts.cwd, env: opts.env };
    try {
        specs = (0,bake.targetSpecs)(await (0,bake.resolveDefinition)(bakeOpts), opts.cwd);
    }
    catch (err) {
        // No bake file at all is fine for a merge (the tags then come from the jobs' image names); a broken one is not.
        const none = err instanceof errors/* BakeError */.o && /couldn't find a bake definition/.test(err.message) && !opts.files.length;
        if (!none)
            throw err;
        if (opts.set.length)
            throw new Error(`--set needs a bake definition: ${err.message}`);
    }
    return (0,merge/* mergeFromMetadata */.Cz)({ specs, inputs, targets: opts.targets, env: opts.env, signal: opts.signal, log: opts.log });
}

;// CONCATENATED MODULE: ./lib/action/merge.js
/**
 * The action's merge mode (`merge: true`): the job after a matrix of per-platform builds. Reads the build jobs'
 * metadata (`merge-from`), pushes one multi-platform index per target under its tags, and sets the same outputs as
 * a build (`metadata`, `digests`, `images`).
 */


async function runMergeStep(inputs, cwd, signal) {
    if (!inputs.mergeFrom.length)
        throw new Error("merge: true needs merge-from: the build jobs' metadata files (or a directory of them)");
    const metadata = await runMergeCommand({
        files: inputs.files,
        set: inputs.set,
        targets: inputs.targets,
        from: inputs.mergeFrom,
        cwd,
        env: process.env,
        signal,
        log: (line) => toolkit.info(line),
    });
    toolkit.setOutput('metadata', JSON.stringify(metadata));
    const digests = {};
    const images = {};
    for (const [target, md] of Object.entries(metadata)) {
        if (typeof md['containerimage.digest'] === 'string')
            digests[target] = md['containerimage.digest'];
        if (typeof md['image.name'] === 'string')
            images[target] = md['image.name'].split(',');
    }
    toolkit.setOutput('digests', JSON.stringify(digests));
    toolkit.setOutput('images', JSON.stringify(images));
    if (inputs.summary) {
        const rows = Object.entries(metadata).map(([t, md]) => `| ${t} | ${merge_text(md['image.name']).replace(/\|/g, '\\|')} | \`${merge_text(md['containerimage.digest'])}\` |`);
        try {
            await toolkit.appendSummary(['### bakekit merge', '', '| Target | Images | Digest |', '| --- | --- | --- |', ...rows, ''].join('\n'));
        }
        catch (err) {
            toolkit.warning(`could not write the job summary: ${err.message}`);
        }
    }
}
/** A metadata value shown in the summary: strings as they are, anything else left out. */
function merge_text(v) {
    return typeof v === 'string' ? v : '';
}


/***/ }),

/***/ 53315:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ CONFIG_FILE_NAME),
/* harmony export */   iL: () => (/* binding */ buildxConfigDir),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
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

/***/ 7880:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ loadConfigFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53315);
/**
 * The Docker client's config.json, the parts bakekit reads: the stored registry logins (`auths`) and which
 * credential helpers hold the others (`credsStore`, `credHelpers`). Field names are docker/cli's
 * (cli/config/configfile.ConfigFile, cli/config/types.AuthConfig).
 */



/**
 * Reads `<dir>/config.json`. A missing, unreadable or malformed file is an empty config: registry access then goes
 * anonymous, and the registry's answer (not a parse error here) tells the user what is missing.
 */
function loadConfigFile(dir) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _config_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE_NAME */ .au), 'utf8'));
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 13467:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cB: () => (/* binding */ contextTlsDir),
/* harmony export */   z_: () => (/* binding */ contextMetaFile)
/* harmony export */ });
/* unused harmony exports contextStoreDir, contextId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53315);
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

/***/ 65725:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ DockerConfigCredentials)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53315);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7880);
/**
 * Registry credentials from the Docker client's configuration, found as the Docker CLI finds them: a credential
 * helper when config.json names one for the registry (`credHelpers`) or for all registries (`credsStore`), else the
 * login stored in `auths`. Both the session's Auth service (the daemon's pulls and pushes) and the registry client
 * (bakekit's own merges) ask through `CredentialProvider`, so they always agree on what a registry gets.
 */



/** The keys a registry's login may be stored under in config.json; the first is the one helpers are asked for. */
function configKeys(host) {
    // Docker Hub's logins live under its legacy v1 URL.
    if (host === 'registry-1.docker.io' || host === 'docker.io' || host === 'index.docker.io') {
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    }
    return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}
/**
 * Asks `docker-credential-<helper> get` (the docker-credential-helpers protocol: the server URL on stdin, JSON
 * `{ServerURL, Username, Secret}` on stdout). A helper that fails, is missing or knows nothing yields undefined, so
 * the stored logins are tried next.
 */
function helperCredentials(helper, serverUrl) {
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)(`docker-credential-${helper}`, ['get'], {
            input: serverUrl,
            timeout: 10_000,
            stdio: ['pipe', 'pipe', 'ignore'],
        });
        const parsed = JSON.parse(out.toString('utf8'));
        if (!parsed.Secret)
            return undefined;
        // Helpers store identity tokens with the username "<token>" (docker/cli credentials.tokenUsername).
        return { username: parsed.Username === '<token>' ? '' : (parsed.Username ?? ''), secret: parsed.Secret };
    }
    catch {
        return undefined;
    }
}
function storedCredentials(cfg, keys) {
    for (const k of keys) {
        const entry = cfg.auths?.[k];
        if (!entry)
            continue;
        if (entry.identitytoken)
            return { username: '', secret: entry.identitytoken };
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const i = decoded.indexOf(':');
            if (i > 0)
                return { username: decoded.slice(0, i), secret: decoded.slice(i + 1) };
        }
        if (entry.username)
            return { username: entry.username, secret: entry.password ?? '' };
    }
    return undefined;
}
/** The credentials in one Docker config directory. config.json is read once, on the first lookup. */
class DockerConfigCredentials {
    configDir;
    config;
    constructor(configDir = (0,_config_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerConfigDir */ .kG)()) {
        this.configDir = configDir;
    }
    lookup(host) {
        const cfg = (this.config ??= (0,_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfigFile */ .H)(this.configDir));
        const keys = configKeys(host);
        const helper = keys.map((k) => cfg.credHelpers?.[k]).find(Boolean) ?? cfg.credsStore;
        if (helper) {
            const fromHelper = helperCredentials(helper, keys[0]);
            if (fromHelper)
                return fromHelper;
        }
        return storedCredentials(cfg, keys);
    }
}


/***/ }),

/***/ 60111:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kG: () => (/* reexport safe */ _config_dir_js__WEBPACK_IMPORTED_MODULE_0__.kG),
/* harmony export */   zw: () => (/* reexport safe */ _credentials_js__WEBPACK_IMPORTED_MODULE_3__.z)
/* harmony export */ });
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53315);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7880);
/* harmony import */ var _contexts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13467);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65725);
/** The Docker client's configuration as bakekit reads it: config dir rule, config.json, credentials, context store. */






/***/ }),

/***/ 99288:
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
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

/***/ 75299:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   nz: () => (/* binding */ apiHost)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_DOMAIN, DOCKER_HUB_API_HOST, InvalidReferenceError */
/**
 * Image references the way Docker normalises them (distribution/reference `ParseNormalizedNamed`):
 * `app` \u2192 `docker.io/library/app`, `user/app:1` \u2192 `docker.io/user/app:1`, `localhost:5000/app@sha256:\u2026` stays.
 * The first path component is a registry domain when it contains `.` or `:`, is `localhost`, or has upper-case
 * letters; otherwise the image lives on Docker Hub.
 */
const DOCKER_HUB_DOMAIN = 'docker.io';
/** Where Docker Hub's registry API actually answers. */
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** A string that is not an image reference; the message says which part is wrong. */
class InvalidReferenceError extends Error {
    name = 'InvalidReferenceError';
}
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d+)?$/;
/** Parses and normalises `[domain/]path[:tag][@digest]`. */
function parseReference(input) {
    const s = input.trim();
    if (!s)
        throw new InvalidReferenceError('empty image reference');
    let rest = s;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new InvalidReferenceError(`invalid digest in image reference "${input}"`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new InvalidReferenceError(`invalid tag "${tag}" in image reference "${input}"`);
    }
    let domain = DOCKER_HUB_DOMAIN;
    let path = rest;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first) {
            domain = first;
            path = rest.slice(slash + 1);
        }
    }
    if (domain === 'index.docker.io')
        domain = DOCKER_HUB_DOMAIN;
    if (!DOMAIN.test(domain))
        throw new InvalidReferenceError(`invalid registry "${domain}" in image reference "${input}"`);
    if (domain === DOCKER_HUB_DOMAIN && !path.includes('/'))
        path = `library/${path}`;
    if (!path || !path.split('/').every((c) => PATH_COMPONENT.test(c))) {
        throw new InvalidReferenceError(`invalid repository name "${path}" in image reference "${input}" (lower-case letters, digits and separators only)`);
    }
    return { domain, path, tag, digest };
}
/** `domain/path` */
function repositoryName(ref) {
    return `${ref.domain}/${ref.path}`;
}
/** The full normalised string: `domain/path[:tag][@digest]`. */
function formatReference(ref) {
    return `${repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The host the registry API is served on (Docker Hub's names differ from its API host). */
function apiHost(domain) {
    return domain === DOCKER_HUB_DOMAIN ? DOCKER_HUB_API_HOST : domain;
}
/** Loopback registries speak plain HTTP unless told otherwise (Docker treats 127.0.0.0/8 and localhost as insecure). */
function isLoopbackHost(host) {
    const h = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}


/***/ }),

/***/ 26449:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ ociLayoutDir),
/* harmony export */   Gb: () => (/* binding */ isGitSshContext),
/* harmony export */   Pt: () => (/* binding */ dockerfileInRemoteContext),
/* harmony export */   V9: () => (/* binding */ namedContextKind),
/* harmony export */   Vk: () => (/* binding */ localDirCandidates),
/* harmony export */   rM: () => (/* binding */ REMOTE_CONTEXT)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99288);
/**
 * What a context value names, one answer for planning, the bake adapter and the entitlement check (they must agree:
 * a value the check reads one way and the planner another is a way around the check).
 */


/** A build context the daemon fetches itself (buildx urlutil.IsRemoteURL): http(s), git (also `user@host:path`). */
const REMOTE_CONTEXT = /^(https?:\/\/|git:\/\/|ssh:\/\/|github\.com\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/;
/** buildx IsGitSSH: the git URL is fetched over SSH (`ssh://\u2026`, `user@host:path`), with the runner's SSH agent. */
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


/***/ })

};
