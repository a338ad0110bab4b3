export const id = 975;
export const ids = [975];
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


/***/ })

};
