export const id = 114;
export const ids = [114];
export const modules = {

/***/ 8936:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMergeStep: () => (/* binding */ runMergeStep)
});

// EXTERNAL MODULE: ./lib/action/toolkit.js
var toolkit = __webpack_require__(4112);
// EXTERNAL MODULE: ./lib/bake/errors.js
var errors = __webpack_require__(7554);
// EXTERNAL MODULE: ./lib/build/bake.js + 18 modules
var bake = __webpack_require__(4424);
// EXTERNAL MODULE: ./lib/build/merge.js
var merge = __webpack_require__(4412);
;// CONCATENATED MODULE: ./lib/build/outputs/merge-command.js
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
        throw new Error('merge: true needs merge-from: the build jobs\' metadata files (or a directory of them)');
    const metadata = await runMergeCommand({
        files: inputs.files,
        set: inputs.set,
        targets: inputs.targets,
        from: inputs.mergeFrom,
        cwd,
        env: process.env,
        signal,
        log: (line) => toolkit/* info */.pq(line),
    });
    toolkit/* setOutput */.uH('metadata', JSON.stringify(metadata));
    const digests = {};
    const images = {};
    for (const [target, md] of Object.entries(metadata)) {
        if (typeof md['containerimage.digest'] === 'string')
            digests[target] = md['containerimage.digest'];
        if (typeof md['image.name'] === 'string')
            images[target] = md['image.name'].split(',');
    }
    toolkit/* setOutput */.uH('digests', JSON.stringify(digests));
    toolkit/* setOutput */.uH('images', JSON.stringify(images));
    if (inputs.summary) {
        const rows = Object.entries(metadata).map(([t, md]) => `| ${t} | ${String(md['image.name'] ?? '').replace(/\|/g, '\\|')} | \`${String(md['containerimage.digest'] ?? '')}\` |`);
        try {
            await toolkit/* appendSummary */.fe(['### bakekit merge', '', '| Target | Images | Digest |', '| --- | --- | --- |', ...rows, ''].join('\n'));
        }
        catch (err) {
            toolkit/* warning */.$e(`could not write the job summary: ${err.message}`);
        }
    }
}


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
/* unused harmony exports DOCKER_HUB_DOMAIN, DOCKER_HUB_API_HOST, ReferenceError */
/**
 * Image references the way Docker normalises them (distribution/reference `ParseNormalizedNamed`):
 * `app` → `docker.io/library/app`, `user/app:1` → `docker.io/user/app:1`, `localhost:5000/app@sha256:…` stays.
 * The first path component is a registry domain when it contains `.` or `:`, is `localhost`, or has upper-case
 * letters; otherwise the image lives on Docker Hub.
 */
const DOCKER_HUB_DOMAIN = 'docker.io';
/** Where Docker Hub's registry API actually answers. */
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
class ReferenceError extends Error {
    name = 'ReferenceError';
}
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d+)?$/;
/** Parses and normalises `[domain/]path[:tag][@digest]`. */
function parseReference(input) {
    const s = input.trim();
    if (!s)
        throw new ReferenceError('empty image reference');
    let rest = s;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new ReferenceError(`invalid digest in image reference "${input}"`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new ReferenceError(`invalid tag "${tag}" in image reference "${input}"`);
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
        throw new ReferenceError(`invalid registry "${domain}" in image reference "${input}"`);
    if (domain === DOCKER_HUB_DOMAIN && !path.includes('/'))
        path = `library/${path}`;
    if (!path || !path.split('/').every((c) => PATH_COMPONENT.test(c))) {
        throw new ReferenceError(`invalid repository name "${path}" in image reference "${input}" (lower-case letters, digits and separators only)`);
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

/***/ 9853:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ DockerAuthProvider),
/* harmony export */   k: () => (/* binding */ dockerConfigDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1421);
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3033);
/**
 * Answers the daemon's registry credential requests from the user's Docker config
 * (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`), including credential helpers.
 * Only `Credentials` is implemented: for token registries the daemon then fetches tokens itself
 * (it does so whenever GetTokenAuthority is UNIMPLEMENTED).
 */





function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(), '.docker');
}
/** Docker Hub's registry host has its legacy key in config.json. */
function configKeys(host) {
    if (host === 'registry-1.docker.io' || host === 'docker.io' || host === 'index.docker.io') {
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    }
    return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}
class DockerAuthProvider {
    configDir;
    serviceName = 'moby.filesync.v1.Auth';
    advertisedMethods = ['Credentials', 'FetchToken', 'GetTokenAuthority', 'VerifyTokenAuthority'];
    config;
    constructor(configDir = dockerConfigDir()) {
        this.configDir = configDir;
    }
    loadConfig() {
        if (this.config)
            return this.config;
        try {
            this.config = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.configDir, 'config.json'), 'utf8'));
        }
        catch {
            this.config = {};
        }
        return this.config;
    }
    lookup(host) {
        const cfg = this.loadConfig();
        const keys = configKeys(host);
        const helper = keys.map((k) => cfg.credHelpers?.[k]).find(Boolean) ?? cfg.credsStore;
        if (helper) {
            const fromHelper = this.fromHelper(helper, keys[0]);
            if (fromHelper)
                return fromHelper;
        }
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
    fromHelper(helper, serverUrl) {
        try {
            const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_3__.execFileSync)(`docker-credential-${helper}`, ['get'], { input: serverUrl, timeout: 10_000, stdio: ['pipe', 'pipe', 'ignore'] });
            const parsed = JSON.parse(out.toString('utf8'));
            if (!parsed.Secret)
                return undefined;
            return { username: parsed.Username === '<token>' ? '' : (parsed.Username ?? ''), secret: parsed.Secret };
        }
        catch {
            return undefined;
        }
    }
    handlers() {
        const unimplemented = (_call, callback) => callback({ code: _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_4__/* .status */ .h5.UNIMPLEMENTED, details: 'not implemented by bakekit' });
        return {
            Credentials: (call, callback) => {
                const creds = this.lookup(call.request.Host ?? '');
                // Empty fields mean anonymous access.
                callback(null, creds ? { Username: creds.username, Secret: creds.secret } : {});
            },
            FetchToken: unimplemented,
            GetTokenAuthority: unimplemented,
            VerifyTokenAuthority: unimplemented,
        };
    }
}


/***/ })

};
