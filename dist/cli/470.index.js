export const id = 470;
export const ids = [470,975];
export const modules = {

/***/ 2975:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  identifyLocalDirs: () => (/* binding */ identifyLocalDirs),
  resolveDefinition: () => (/* binding */ resolveDefinition),
  runBake: () => (/* binding */ runBake),
  targetSpecs: () => (/* binding */ targetSpecs),
  vS: () => (/* binding */ writeMetadataFile)
});

// UNUSED EXPORTS: bindSecrets, overridesFor

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/bake/index.js + 14 modules
var bake = __webpack_require__(7206);
;// CONCATENATED MODULE: ./lib/build/spec.js
function emptyTarget(name, context) {
    return {
        name,
        context,
        args: {},
        labels: {},
        tags: [],
        platforms: [],
        contexts: {},
        secrets: [],
        ssh: [],
        outputs: [],
        cacheFrom: [],
        cacheTo: [],
        noCache: false,
        noCacheFilter: [],
        pull: false,
        ulimits: [],
        extraHosts: [],
        attest: [],
        annotations: [],
        entitlements: [],
    };
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
;// CONCATENATED MODULE: ./lib/build/attrs.js
/**
 * The CSV attribute form used by outputs, caches, secrets and attestations (`type=local,"dest=a,b"`), parsed
 * with csv-parse so quoting works as in buildx (which uses encoding/csv).
 */

class AttrSyntaxError extends Error {
}
/**
 * `defaultKey`: what a bare value means. Outputs and caches: a bare value is a registry ref / `type=` shorthand
 * handled by the caller; secrets and ssh: the id.
 */
function parseAttrEntry(input, defaultKey) {
    let fields;
    try {
        fields = (0,sync/* parse */.qg)(input, { relax_quotes: true, trim: true })[0] ?? [];
    }
    catch (err) {
        throw new AttrSyntaxError(`cannot parse "${input}": ${err.message}`);
    }
    const out = {};
    for (const field of fields) {
        const eq = field.indexOf('=');
        if (eq < 0) {
            if (defaultKey) {
                out[defaultKey] = field;
                continue;
            }
            // buildx: a bare value in an output is `type=local,dest=VALUE` ("-" aside), in a cache a registry ref
            if (fields.length === 1)
                return { type: 'registry', ref: field };
            throw new AttrSyntaxError(`"${field}" in "${input}" is not key=value`);
        }
        out[field.slice(0, eq).trim().toLowerCase()] = field.slice(eq + 1);
    }
    if (!out.type && !defaultKey)
        throw new AttrSyntaxError(`"${input}" has no type=`);
    return { type: out.type ?? '', ...out };
}

;// CONCATENATED MODULE: ./lib/build/bake-adapter.js
/**
 * Bake target (the `--print` JSON shape) → TargetSpec. Paths become absolute the way buildx resolves them:
 * the context against the working directory, the Dockerfile against a local context, local named contexts
 * against the working directory.
 */



const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/|github\.com\/)/;
function strings(v) {
    if (Array.isArray(v))
        return v.filter((x) => x !== null && x !== undefined).map(String);
    if (typeof v === 'string')
        return [v];
    return [];
}
function map(v) {
    const out = {};
    if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v))
            if (x !== null && x !== undefined)
                out[k] = String(x);
    return out;
}
function entries(v, defaultKey) {
    if (!Array.isArray(v))
        return [];
    return v.map((x) => {
        if (typeof x === 'string')
            return parseAttrEntry(x, defaultKey);
        const e = map(x);
        return e;
    });
}
function fromBakeTarget(name, t, cwd) {
    const contextRaw = typeof t.context === 'string' ? t.context : '.';
    const remote = REMOTE.test(contextRaw);
    const context = remote ? contextRaw : external_node_path_.resolve(cwd, contextRaw);
    const spec = emptyTarget(name, context);
    if (typeof t['dockerfile-inline'] === 'string')
        spec.dockerfileInline = t['dockerfile-inline'];
    else {
        const df = typeof t.dockerfile === 'string' ? t.dockerfile : 'Dockerfile';
        spec.dockerfile = remote && !external_node_path_.isAbsolute(df) ? df : external_node_path_.resolve(context, df);
    }
    if (typeof t.target === 'string')
        spec.target = t.target;
    spec.args = map(t.args);
    spec.labels = map(t.labels);
    spec.tags = strings(t.tags);
    spec.platforms = strings(t.platforms);
    for (const [k, v] of Object.entries(map(t.contexts))) {
        const local = !/^[a-z][a-z0-9+.-]*:/i.test(v) || /^[a-zA-Z]:[\\/]/.test(v);
        spec.contexts[k] = local ? external_node_path_.resolve(cwd, v) : v;
    }
    spec.secrets = entries(t.secret, 'id').map((e) => ({ id: e.id ?? '', src: e.src ?? e.source, env: e.env }));
    spec.ssh = entries(t.ssh, 'id');
    spec.outputs = entries(t.output).map((e) => (e.dest && !external_node_path_.isAbsolute(e.dest) ? { ...e, dest: external_node_path_.resolve(cwd, e.dest) } : e));
    spec.cacheFrom = entries(t['cache-from']);
    spec.cacheTo = entries(t['cache-to']);
    spec.noCache = t['no-cache'] === true || t['no-cache'] === 'true';
    spec.noCacheFilter = strings(t['no-cache-filter']);
    spec.pull = t.pull === true || t.pull === 'true';
    if (typeof t.network === 'string')
        spec.network = t.network;
    if (t['shm-size'] !== undefined)
        spec.shmSize = String(t['shm-size']);
    spec.ulimits = strings(t.ulimits);
    spec.extraHosts = strings(t['extra-hosts']);
    spec.attest = entries(t.attest);
    spec.annotations = strings(t.annotations);
    spec.entitlements = strings(t.entitlements);
    for (const s of spec.secrets)
        if (s.src && !external_node_path_.isAbsolute(s.src))
            s.src = external_node_path_.resolve(cwd, s.src);
    return spec;
}

;// CONCATENATED MODULE: ./lib/build/bake.js
/**
 * The whole bake run, shared by the CLI and the action: resolve the definition, connect to the builder,
 * build the requested targets (and the targets they consume), write the metadata file.
 */




/** The global flags become `--set` overrides, exactly as buildx turns `--push`/`--load`/... into them. */
function overridesFor(opts) {
    const set = [...opts.set];
    if (opts.noCache)
        set.push('*.no-cache=true');
    if (opts.pull)
        set.push('*.pull=true');
    if (opts.push)
        set.push('*.output=type=registry');
    if (opts.load)
        set.push('*.output=type=docker');
    return set;
}
function resolveDefinition(opts) {
    return (0,bake/* resolveBakeAsync */.ss)({
        files: opts.files,
        targets: opts.targets,
        set: overridesFor(opts),
        cwd: opts.cwd,
        env: opts.env,
        onWarning: opts.onBakeWarning,
    });
}
/** Target specs in a stable order, each target once. */
function targetSpecs(def, cwd) {
    return Object.entries(def.target).map(([name, t]) => fromBakeTarget(name, t, cwd));
}
/**
 * Starts walking the local directories the definition's targets use, on a worker thread: their identities name the
 * sessions that serve them (session-ids.ts), and the walk (~0.1 s for 20,000 files) overlaps loading the build code
 * and connecting. The shells call it as soon as the definition has resolved; runBake does if they did not.
 */
async function identifyLocalDirs(definition, opts) {
    const [{ identifyInWorker }, { localDirCandidates }, { contextReuseEnabled }] = await Promise.all([
        __webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 1254)),
        __webpack_require__.e(/* import() */ 629).then(__webpack_require__.bind(__webpack_require__, 2629)),
        __webpack_require__.e(/* import() */ 71).then(__webpack_require__.bind(__webpack_require__, 7071)),
    ]);
    if (!contextReuseEnabled(opts.env))
        return new Map();
    return identifyInWorker([...new Set(targetSpecs(definition, opts.cwd).flatMap(localDirCandidates))]);
}
/** `definition`: an already resolved definition (the shells resolve first to size their rendering); `dirIdentities`:
 * from identifyLocalDirs. */
async function runBake(opts, definition, dirIdentities) {
    definition ??= await resolveDefinition(opts);
    const specs = bindSecrets(targetSpecs(definition, opts.cwd), opts.secrets ?? []);
    dirIdentities ??= await identifyLocalDirs(definition, opts);
    // The build machinery (gRPC, protobuf, sessions; for several nodes also the registry client) and even endpoint
    // parsing (node:crypto) are imported here, not at the top: resolving a definition (--print, the action's first
    // pass, a bad bake file) never needs them, and every run pays for what it loads at start-up
    // (docs/benchmarks.md, "Start-up").
    const [{ builderNodes }, { defaultEndpoint, parseEndpoint }] = await Promise.all([__webpack_require__.e(/* import() */ 977).then(__webpack_require__.bind(__webpack_require__, 977)), __webpack_require__.e(/* import() */ 57).then(__webpack_require__.bind(__webpack_require__, 57))]);
    const multi = builderNodes({ builder: opts.builder, nodes: opts.nodes, tls: opts.tls, env: opts.env });
    if (multi) {
        const { runOnBuilderNodes } = await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(365), __webpack_require__.e(629), __webpack_require__.e(663), __webpack_require__.e(241), __webpack_require__.e(412), __webpack_require__.e(560)]).then(__webpack_require__.bind(__webpack_require__, 5560));
        const { nodes, builderName } = multi;
        const result = await runOnBuilderNodes(specs, nodes, { cwd: opts.cwd, env: opts.env, signal: opts.signal, onEvent: opts.onEvent, builderName, cache: opts.cache ?? 'auto', warm: opts.warm, dirIdentities });
        writeMetadataFile(opts, result.metadata);
        return { ...result, definition };
    }
    const endpoint = opts.builder ? parseEndpoint(opts.builder, opts.tls, { env: opts.env }) : defaultEndpoint(opts.env);
    const [{ connect }, { runBuild }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(365), __webpack_require__.e(663), __webpack_require__.e(553)]).then(__webpack_require__.bind(__webpack_require__, 5553)), Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(365), __webpack_require__.e(629), __webpack_require__.e(663), __webpack_require__.e(241)]).then(__webpack_require__.bind(__webpack_require__, 5241))]);
    const connection = await connect(endpoint, { signal: opts.signal });
    try {
        const result = await runBuild(specs, { connection, cwd: opts.cwd, env: opts.env, signal: opts.signal, onEvent: opts.onEvent, cache: opts.cache ?? 'auto', warm: opts.warm, dirIdentities });
        writeMetadataFile(opts, result.metadata);
        return { ...result, definition };
    }
    finally {
        await connection.close();
    }
}
function writeMetadataFile(opts, metadata) {
    if (!opts.metadataFile)
        return;
    const file = external_node_path_.resolve(opts.cwd, opts.metadataFile);
    external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
    external_node_fs_.writeFileSync(file, JSON.stringify(metadata, null, 2) + '\n');
}
/**
 * Workflow secrets are added to every target, never replacing what the bake file says (docker/bake-action#285):
 * a target that declares the id with its own source keeps it; one that declares only the id gets the
 * workflow's value.
 */
function bindSecrets(specs, secrets) {
    return specs.map((spec) => {
        const own = [...spec.secrets];
        for (const s of secrets) {
            const i = own.findIndex((o) => o.id === s.id);
            if (i < 0)
                own.push(s);
            else if (!own[i].src && !own[i].env && own[i].value === undefined)
                own[i] = s;
        }
        return { ...spec, secrets: own };
    });
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


/***/ }),

/***/ 2392:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MERGE_USAGE: () => (/* binding */ MERGE_USAGE),
  mergeMain: () => (/* binding */ mergeMain)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/build/bake.js + 3 modules
var bake = __webpack_require__(2975);
// EXTERNAL MODULE: ./lib/bake/errors.js
var errors = __webpack_require__(7554);
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

;// CONCATENATED MODULE: ./lib/cli/merge.js
/**
 * `bakekit merge [OPTIONS] [TARGET...]` (also `bakekit --merge …`): the second half of a distributed multi-platform
 * build. Each build job pushed its platform by digest and wrote its metadata; this reads those metadata files and
 * pushes, per target, one multi-platform index under the target's tags — through the registry API, no buildx.
 */



const MERGE_USAGE = `Usage: bakekit merge [OPTIONS] [TARGET...]

Merge the per-platform images that several build jobs pushed by digest into one multi-platform index per target,
pushed under the target's tags. Registry credentials come from the Docker config (DOCKER_CONFIG or ~/.docker).

Options:
      --from PATH          a build job's metadata file (--metadata-file), a directory of them, or the metadata JSON
                           itself (repeatable; required)
  -f, --file FILE          bake file with the targets' tags (repeatable; default: docker-bake.hcl/json, compose files)
      --set K=V            override a target attribute, e.g. app.tags=reg/app:1 (repeatable)
      --metadata-file F    write the result (digest, descriptor, image names per target) as JSON
  -h, --help               this help

Without a bake definition the tags come from the jobs' image names.
`;
async function mergeMain(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                from: { type: 'string', multiple: true },
                file: { type: 'string', short: 'f', multiple: true },
                set: { type: 'string', multiple: true },
                'metadata-file': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (err) {
        process.stderr.write(`bakekit merge: ${err.message}\n\n${MERGE_USAGE}`);
        return 2;
    }
    const v = parsed.values;
    if (v.help) {
        process.stdout.write(MERGE_USAGE);
        return 0;
    }
    const controller = new AbortController();
    const onSignal = (sig) => controller.abort(new Error(`cancelled by ${sig}`));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        const cwd = process.cwd();
        const metadata = await runMergeCommand({
            files: v.file ?? [],
            set: v.set ?? [],
            targets: parsed.positionals,
            from: v.from ?? [],
            cwd,
            env: process.env,
            signal: controller.signal,
            log: (line) => process.stderr.write(line + '\n'),
        });
        (0,bake/* writeMetadataFile */.vS)({ cwd, metadataFile: v['metadata-file'] }, metadata);
        return 0;
    }
    catch (err) {
        process.stderr.write(`ERROR: ${err.message}\n`);
        return 1;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}


/***/ })

};
