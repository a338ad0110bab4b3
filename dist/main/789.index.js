export const id = 789;
export const ids = [789];
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

/***/ 7880:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ loadConfigFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3315);
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

/***/ 5725:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ DockerConfigCredentials)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3315);
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

/***/ 111:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kG: () => (/* reexport safe */ _config_dir_js__WEBPACK_IMPORTED_MODULE_0__.kG),
/* harmony export */   zw: () => (/* reexport safe */ _credentials_js__WEBPACK_IMPORTED_MODULE_3__.z)
/* harmony export */ });
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3315);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7880);
/* harmony import */ var _contexts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3467);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5725);
/** The Docker client's configuration as bakekit reads it: config dir rule, config.json, credentials, context store. */






/***/ }),

/***/ 5299:
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

/***/ 749:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PublishError: () => (/* binding */ PublishError),
/* harmony export */   deferPushes: () => (/* binding */ deferPushes),
/* harmony export */   isTaggedPush: () => (/* binding */ isTaggedPush),
/* harmony export */   publishDeferred: () => (/* binding */ publishDeferred),
/* harmony export */   repoOnly: () => (/* binding */ repoOnly)
/* harmony export */ });
/* harmony import */ var _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4548);
/* harmony import */ var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9960);
/* harmony import */ var _run_target_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5902);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6450);
/**
 * `--publish all-or-nothing` (action input `publish`): push nothing under a name unless every target built
 * (docker/bake-action #112, #359: "publish only if all targets succeed").
 *
 * BuildKit pushes while it exports, target by target, so the push is split in two:
 *   1. during the build every pushed image output (`type=registry`, `type=image,push=true`) is exported with
 *      `push-by-digest=true` to the repositories of its names: the blobs and the manifest (a multi-platform index with
 *      its manifests) reach the registry, but no tag names them. The exporter answers `containerimage.digest` (and
 *      `containerimage.descriptor`) as for a normal push;
 *   2. once every target built, each name is tagged through the registry API (src/buildkit/registry/, with the Docker
 *      config credentials merge.ts uses): the manifest fetched by that digest, PUT under the name's tag. That is the
 *      manifest a normal push would have put there, byte for byte, so the tag gets the same digest.
 * If any target failed or was cancelled, no name is tagged: what was pushed by digest stays in the registry, untagged
 * (a registry's garbage collection removes untagged manifests where it is configured to). The metadata (`image.name`)
 * names an image only once it is tagged.
 *
 * Left as they are: outputs that do not push (`type=docker`, `oci`, `local`, `tar`; loaded or written as they build),
 * an output the user already pushes by digest (`push-by-digest=true`: it is untagged by the user's choice), cache
 * exports, and targets with a `call` other than build (they export nothing).
 */




/** A push that cannot be deferred, or a name that cannot be tagged. */
class PublishError extends Error {
    name = 'PublishError';
}
/** `repo:tag` names \u2192 their repositories (buildx toRepoOnly): where a push by digest goes. */
function repoOnly(names) {
    const out = [];
    for (const n of names) {
        const r = (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(n);
        const repo = `${r.domain}/${r.path}`;
        if (!out.includes(repo))
            out.push(repo);
    }
    return out;
}
const NAMED_OUTPUTS = new Set(['image', 'registry', 'oci', 'docker']);
/** An output that pushes under names (not by digest): what all-or-nothing defers. */
function isTaggedPush(o) {
    const pushes = o.type === 'registry' || (o.type === 'image' && (0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(o.push) === true);
    return pushes && (0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(o['push-by-digest']) !== true;
}
/**
 * The specs with every tagged push turned into a push by digest to the same repositories, and what to tag later.
 * The target's `tags` (which name all its image outputs, plan.ts) move onto its other outputs' `name`, so that those
 * keep their names.
 */
function deferPushes(specs) {
    const deferred = [];
    const out = specs.map((spec) => {
        if (spec.call && spec.call !== 'build')
            return spec;
        const pushes = spec.outputs.filter(isTaggedPush);
        if (!pushes.length)
            return spec;
        if (pushes.length > 1) {
            throw new PublishError(`publish all-or-nothing: target "${spec.name}" pushes through ${pushes.length} image outputs; only one can be held back and tagged (give it one)`);
        }
        const push = pushes[0];
        const names = (spec.tags.length ? spec.tags : (push.name ?? '').split(',')).map((n) => n.trim()).filter(Boolean);
        if (!names.length)
            return spec; // plan.ts refuses a push without a name
        let repositories;
        try {
            repositories = repoOnly(names);
        }
        catch (err) {
            throw new PublishError(`publish all-or-nothing: target "${spec.name}": ${err.message}`, {
                cause: err,
            });
        }
        deferred.push({
            target: spec.name,
            names,
            repositories,
            insecure: (0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(push['registry.insecure']) === true,
        });
        const outputs = spec.outputs.map((o) => {
            if (o === push)
                return { ...o, type: 'image', push: 'true', 'push-by-digest': 'true', name: repositories.join(',') };
            return spec.tags.length && NAMED_OUTPUTS.has(o.type) ? { ...o, name: spec.tags.join(',') } : o;
        });
        return { ...spec, outputs, tags: [] };
    });
    return { specs: out, deferred };
}
/**
 * After the run: tags every deferred push when every target built, else nothing. Returns the result with its metadata
 * naming only what was tagged and a `publish` report; a tagging failure fails that target (TargetFailedError with a
 * PublishError) and stops tagging.
 */
async function publishDeferred(deferred, result, opts) {
    const emit = opts.onEvent ?? (() => { });
    const metadata = Object.fromEntries(Object.entries(result.metadata).map(([k, v]) => [k, { ...v }]));
    const targets = result.targets.map((t) => ({ ...t }));
    const report = { policy: 'all-or-nothing', published: false, blockedBy: [], tagged: [], untagged: [] };
    const digestOf = (target) => {
        const d = metadata[target]?.['containerimage.digest'];
        return typeof d === 'string' ? d : undefined;
    };
    const notBuilt = targets.filter((t) => t.status !== 'done');
    if (notBuilt.length) {
        const failed = notBuilt.filter((t) => t.status === 'failed');
        report.blockedBy = (failed.length ? failed : notBuilt).map((t) => t.target);
        report.blockedHow = failed.length ? 'failed' : 'cancelled';
        for (const d of deferred) {
            const digest = digestOf(d.target);
            if (metadata[d.target])
                delete metadata[d.target]['image.name'];
            if (digest)
                for (const repo of d.repositories)
                    report.untagged.push({ target: d.target, reference: `${repo}@${digest}` });
        }
        // the shells say so at the end, with every target's end (render/report.ts publishLines)
        return { ...result, metadata, targets, publish: report };
    }
    for (const d of deferred) {
        try {
            const digest = digestOf(d.target);
            if (!digest)
                throw new PublishError(`the build returned no image digest to tag`);
            const insecureHosts = d.insecure ? [...new Set(d.names.map((n) => (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(n).domain))] : [];
            const client = opts.client?.(insecureHosts) ??
                new _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryClient */ .bP({ insecureHosts, signal: opts.signal, ...(0,_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .credentialsFromEnv */ .kv)(opts.env) });
            const manifests = new Map();
            for (const name of d.names) {
                const ref = (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(name);
                if (!ref.tag && ref.digest) {
                    if (ref.digest !== digest)
                        throw new PublishError(`${name} asks for digest ${ref.digest}, but the build pushed ${digest}`);
                    continue; // a name by digest is published by the push itself
                }
                const repo = { domain: ref.domain, path: ref.path };
                const key = `${repo.domain}/${repo.path}`;
                let manifest = manifests.get(key);
                if (!manifest) {
                    manifest = await client.getManifest(repo, digest);
                    manifests.set(key, manifest);
                }
                const tag = ref.tag ?? 'latest';
                await client.putManifest(repo, tag, manifest.bytes, manifest.mediaType);
                report.tagged.push({ target: d.target, name, digest });
                emit({ type: 'info', target: d.target, message: `tagged ${key}:${tag} \u2192 ${digest}` });
            }
            if (metadata[d.target])
                metadata[d.target]['image.name'] = d.names.join(',');
        }
        catch (err) {
            const cause = err instanceof PublishError
                ? err
                : new PublishError(`tagging ${d.names.join(', ')} failed: ${err.message}`, { cause: err });
            const outcome = targets.find((t) => t.target === d.target);
            if (outcome)
                Object.assign(outcome, { status: 'failed', error: new _run_target_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetFailedError */ .v5(d.target, cause) });
            if (metadata[d.target])
                delete metadata[d.target]['image.name'];
            report.failedTarget = d.target;
            for (const rest of deferred.slice(deferred.indexOf(d) + 1))
                if (metadata[rest.target])
                    delete metadata[rest.target]['image.name'];
            return { ...result, ok: false, metadata, targets, publish: report };
        }
    }
    report.published = true;
    return { ...result, metadata, targets, publish: report };
}


/***/ })

};
