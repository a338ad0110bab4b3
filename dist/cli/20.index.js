export const id = 20;
export const ids = [20];
export const modules = {

/***/ 3020:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  identifyLocalDirs: () => (/* binding */ identifyLocalDirs),
  resolveDefinition: () => (/* binding */ resolveDefinition),
  runBake: () => (/* binding */ runBake),
  targetSpecs: () => (/* binding */ targetSpecs),
  vS: () => (/* binding */ writeMetadataFile)
});

// UNUSED EXPORTS: bindSecrets, canonicalAttest, checkDefinitionEntitlements, overridesFor

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/bake/index.js + 1 modules
var bake = __webpack_require__(6705);
;// CONCATENATED MODULE: ./lib/solve/target/spec.js
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
        extraHosts: [],
        attest: [],
        annotations: [],
        entitlements: [],
    };
}

// EXTERNAL MODULE: ./lib/solve/target/attribute-values.js
var attribute_values = __webpack_require__(9960);
// EXTERNAL MODULE: ./lib/solve/target/context-kind.js
var context_kind = __webpack_require__(6449);
;// CONCATENATED MODULE: ./lib/solve/target/bake-adapter.js
/**
 * Bake target (the `--print` shape, typed: BakeTarget) \u2192 TargetSpec, the way buildx's bake toBuildOpt turns a Target
 * into build options. Every attribute bake knows has exactly one route here (ROUTES is typed over BakeTarget's keys,
 * and BakeTarget's keys are checked against the attribute list), so an attribute without a way to the Solve request
 * is a compile error, not a silent drop. Paths become absolute the way buildx resolves them: the context against the
 * working directory, the Dockerfile against a local context, local named contexts against the working directory.
 * Values buildx parses before they reach BuildKit (sizes, ulimits, platforms, hosts) are parsed here, with an error
 * that names the target and the attribute.
 */





/** A bake attribute whose value cannot be built (buildx fails the same values). */
class TargetAttributeError extends Error {
    target;
    attribute;
    name = 'TargetAttributeError';
    constructor(target, attribute, detail) {
        super(`target "${target}": ${attribute}: ${detail}`);
        this.target = target;
        this.attribute = attribute;
    }
}
const everyAttributeHasAKey = {};
const everyKeyIsAnAttribute = {};
void everyAttributeHasAKey;
void everyKeyIsAnAttribute;
const stringEntries = (e) => {
    const out = {};
    for (const [k, v] of Object.entries(e))
        if (v !== undefined && v !== null)
            out[k] = String(v);
    return out;
};
/**
 * One route per attribute. Attributes that only steer how the others are read (context, dockerfile,
 * dockerfile-inline: fromBakeTarget reads them first) and `description` (shown, never built) have no-op routes.
 */
const ROUTES = {
    description: () => { },
    context: () => { },
    dockerfile: () => { },
    'dockerfile-inline': () => { },
    annotations: (s, v) => void (s.annotations = [...v]),
    attest: (s, v) => void (s.attest = v.map(stringEntries)),
    contexts: (s, v, cwd) => {
        for (const [k, x] of Object.entries(v)) {
            const local = !/^[a-z][a-z0-9+.-]*:/i.test(x) || /^[a-zA-Z]:[\\/]/.test(x);
            s.contexts[k] = local ? external_node_path_.resolve(cwd, x) : x;
        }
    },
    args: (s, v) => void (s.args = { ...v }),
    labels: (s, v) => void (s.labels = { ...v }),
    tags: (s, v) => void (s.tags = [...v]),
    'cache-from': (s, v) => void (s.cacheFrom = v.map(stringEntries)),
    'cache-to': (s, v) => void (s.cacheTo = v.map(stringEntries)),
    target: (s, v) => void (s.target = v),
    secret: (s, v, cwd) => {
        s.secrets = v.map((e) => ({
            id: e.id ?? '',
            src: e.src && !external_node_path_.isAbsolute(e.src) ? external_node_path_.resolve(cwd, e.src) : e.src,
            env: e.env,
        }));
    },
    ssh: (s, v, cwd) => {
        s.ssh = v.map((e) => ({ id: e.id || 'default', paths: (e.paths ?? []).map((p) => external_node_path_.resolve(cwd, p)) }));
    },
    platforms: (s, v) => void (s.platforms = (0,attribute_values/* normalizePlatforms */.em)(v)),
    output: (s, v, cwd) => {
        s.outputs = v
            .map(stringEntries)
            .map((e) => e.dest && e.dest !== '-' && !external_node_path_.isAbsolute(e.dest) ? { ...e, dest: external_node_path_.resolve(cwd, e.dest) } : e);
    },
    pull: (s, v) => void (s.pull = v),
    'no-cache': (s, v) => void (s.noCache = v),
    network: (s, v) => {
        // buildx toSolveOpt: only these reach BuildKit; anything else is refused before the build
        if (!['', 'default', 'host', 'none'].includes(v)) {
            throw new attribute_values/* AttributeValueError */.w4(`"${v}" is not a network mode BuildKit supports (default, host or none; a custom network is set on the builder)`);
        }
        if (v === 'host' || v === 'none')
            s.network = v;
    },
    'no-cache-filter': (s, v) => void (s.noCacheFilter = [...v]),
    'shm-size': (s, v) => {
        const bytes = (0,attribute_values/* parseMemBytes */.Ub)(v);
        if (bytes > 0)
            s.shmSize = bytes;
    },
    ulimits: (s, v) => void (s.ulimit = (0,attribute_values/* formatUlimits */.VG)(v) || undefined),
    // buildx toBuildOpt: ParseResourceLimits(t.Resources.ToEntries()); a bad size fails the target before the build
    resources: (s, v) => void (s.resources = (0,attribute_values/* parseResourceLimits */.s9)(v)),
    call: (s, v) => void (s.call = v),
    entitlements: (s, v) => void (s.entitlements = [...v]),
    // buildx toBuildOpt: `host=ip` per entry, sorted by host; toBuildkitExtraHosts (at planning) does the rest
    'extra-hosts': (s, v) => {
        s.extraHosts = Object.keys(v)
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
            .map((host) => `${host}=${v[host]}`);
    },
    // buildx evaluates the policies (Rego) itself while the daemon resolves sources (build/opt.go configureSourcePolicy);
    // bakekit does not, so a target whose policy buildx would apply is refused rather than built without it. Only
    // `disabled = true` (which buildx requires to stand alone: withPolicyConfig) builds.
    policy: (s, v) => {
        const off = v.find((p) => p.Disabled);
        if (off) {
            if (v.length > 1 || off.Reset || off.Strict !== null || off.LogLevel !== null || off.Files?.length) {
                throw new attribute_values/* AttributeValueError */.w4('disabled policy cannot be combined with other policy flags');
            }
            s.policyDisabled = true;
            return;
        }
        const files = v.flatMap((p) => (p.Files ?? []).map((f) => f.Filename));
        throw new attribute_values/* AttributeValueError */.w4(`policy evaluation is not supported: bakekit does not evaluate build policies (Rego), which buildx (\u2265 0.31) ` +
            `applies to this target's sources (${files.length ? files.join(', ') : 'options for the Dockerfile.rego beside its Dockerfile'}); ` +
            `build it with buildx, or turn the policy off: policy = [{ disabled = true }] or --policy disabled=true`);
    },
};
function fromBakeTarget(name, t, cwd) {
    const contextRaw = t.context ?? '.';
    const remote = context_kind/* REMOTE_CONTEXT */.rM.test(contextRaw);
    const context = remote ? contextRaw : external_node_path_.resolve(cwd, contextRaw);
    const spec = emptyTarget(name, context);
    if (t['dockerfile-inline'] !== undefined)
        spec.dockerfileInline = t['dockerfile-inline'];
    else {
        const df = t.dockerfile ?? 'Dockerfile';
        spec.dockerfile = remote && !external_node_path_.isAbsolute(df) ? df : external_node_path_.resolve(context, df);
    }
    for (const key of Object.keys(t)) {
        const value = t[key];
        if (value === undefined || value === null)
            continue;
        const route = ROUTES[key];
        if (!route)
            throw new Error(`target "${name}": attribute ${key} has no route to the build (bake-adapter.ts)`);
        try {
            route(spec, value, cwd);
        }
        catch (err) {
            if (err instanceof attribute_values/* AttributeValueError */.w4)
                throw new TargetAttributeError(name, key, err.message);
            throw err;
        }
    }
    // Current buildx (\u2265 0.31, build/opt.go) also evaluates `<Dockerfile>.rego` beside a local Dockerfile when no policy
    // turns it off: a target with one is refused like a declared policy, never built without it.
    if (!spec.policyDisabled && spec.dockerfile && !remote && external_node_fs_.existsSync(`${spec.dockerfile}.rego`)) {
        throw new TargetAttributeError(name, 'policy', `policy evaluation is not supported: bakekit does not evaluate build policies (Rego), which buildx (\u2265 0.31) applies ` +
            `from ${external_node_path_.basename(spec.dockerfile)}.rego beside the Dockerfile; build it with buildx, or turn the policy off: ` +
            `policy = [{ disabled = true }] or --policy disabled=true`);
    }
    // buildx toBuildOpt: a git context fetched over SSH gets the runner's agent unless the target names its own
    if (spec.ssh.length === 0 && (0,context_kind/* isGitSshContext */.Gb)(spec.context))
        spec.ssh = [{ id: 'default', paths: [] }];
    return spec;
}

// EXTERNAL MODULE: ./lib/solve/target/entitlements.js
var entitlements = __webpack_require__(2126);
// EXTERNAL MODULE: ./lib/solve/call/call-func.js
var call_func = __webpack_require__(7073);
;// CONCATENATED MODULE: ./lib/solve/run/bake.js
/**
 * The whole bake run, shared by the CLI and the action: resolve the definition, connect to the builder,
 * build the requested targets (and the targets they consume) under the run's execution policy and parallelism bound,
 * publish what the publish policy allows (images/publish.ts), write the metadata file. With `cacheMounts`, the cache
 * mounts the targets declare are restored before the build and saved after it (cache-mounts/run.ts).
 */







/**
 * The global flags become `--set` overrides after the user's own, in buildx's order (commands/bake.go runBake): push,
 * load, call, no-cache, pull, sbom, provenance. `--push`/`--load` are `*.push=true`/`*.load=true`, which adjust the
 * outputs (overrides.ts setPush/setLoad): cacheonly and local outputs are kept.
 */
function overridesFor(opts) {
    const set = [...opts.set];
    if (opts.push)
        set.push('*.push=true');
    if (opts.load)
        set.push('*.load=true');
    const call = (0,call_func/* callName */.A)(opts.call);
    if (call)
        set.push(`*.call=${call}`);
    if (opts.noCache)
        set.push('*.no-cache=true');
    if (opts.pull)
        set.push('*.pull=true');
    if (opts.sbom)
        set.push(`*.attest=${canonicalAttest('sbom', opts.sbom)}`);
    if (opts.provenance)
        set.push(`*.attest=${canonicalAttest('provenance', opts.provenance)}`);
    return set;
}
/** buildx CanonicalizeAttest: a Go bool becomes `disabled=<!v>`, anything else is the attributes verbatim. */
function canonicalAttest(type, value) {
    const b = (0,attribute_values/* parseGoBool */.MY)(value);
    if (b !== undefined)
        return `type=${type},disabled=${!b}`;
    return `type=${type},${value}`;
}
function resolveDefinition(opts) {
    return (0,bake/* resolveBakeAsync */.ss)({
        files: opts.files,
        targets: opts.targets,
        set: overridesFor(opts),
        vars: opts.vars,
        boundSecretIds: opts.secrets?.map((s) => s.id),
        // a signal during a long resolution (a hostile definition) stops it between steps (bake/steps.ts)
        signal: opts.signal,
        cwd: opts.cwd,
        env: opts.env,
        onWarning: opts.onBakeWarning,
    }, opts.sourceFiles);
}
/** Target specs in a stable order, each target once. */
function targetSpecs(def, cwd) {
    return Object.entries(def.target).map(([name, t]) => fromBakeTarget(name, t, cwd));
}
/**
 * Refuses (EntitlementError, naming every target, attribute and `--allow` value) a definition whose targets ask for
 * what neither `opts.allow` nor the run's own overrides (`opts.set`, `--push`, \u2026) grant: host networking, insecure
 * execution, devices, the SSH agent, files outside the working directory, deleting output files. Workflow secrets
 * (`opts.secrets`) are not the definition's and are not checked.
 */
function checkDefinitionEntitlements(definition, opts) {
    let specs = targetSpecs(definition, opts.cwd);
    if (opts.warm)
        specs = specs.map((s) => ({ ...s, outputs: [] })); // cache warming exports nothing but the cache
    (0,entitlements/* assertEntitled */.w8)(specs, { allow: opts.allow ?? [], cwd: opts.cwd, set: overridesFor(opts) });
}
/**
 * Starts walking the local directories the definition's targets use, on a worker thread: their identities name the
 * sessions that serve them (session-ids.ts), and the walk (~0.1 s for 20,000 files) overlaps loading the build code
 * and connecting. The shells call it as soon as the definition has resolved; runBake does if they did not. Checks the
 * entitlements first (checkDefinitionEntitlements): nothing outside the working directory is walked unless allowed.
 */
async function identifyLocalDirs(definition, opts) {
    checkDefinitionEntitlements(definition, opts);
    const [{ identifyInWorker }, { localDirCandidates }, { contextReuseEnabled }] = await Promise.all([
        __webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 1254)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3262)),
        __webpack_require__.e(/* import() */ 766).then(__webpack_require__.bind(__webpack_require__, 1766)),
    ]);
    if (!contextReuseEnabled(opts.env))
        return new Map();
    return identifyInWorker([...new Set(targetSpecs(definition, opts.cwd).flatMap(localDirCandidates))]);
}
/** `definition`: an already resolved definition (the shells resolve first to size their rendering); `dirIdentities`:
 * from identifyLocalDirs. */
async function runBake(opts, definition, dirIdentities) {
    const resolved = definition ?? (await resolveDefinition(opts));
    // Before anything connects, a refused definition stops here; identifyLocalDirs checks when it is called from here.
    if (dirIdentities)
        checkDefinitionEntitlements(resolved, opts);
    else
        dirIdentities = await identifyLocalDirs(resolved, opts);
    let specs = bindSecrets(targetSpecs(resolved, opts.cwd), opts.secrets ?? []);
    // all-or-nothing: every tagged push becomes a push by digest now, and is tagged after the run if every target built
    const publishing = opts.publish === 'all-or-nothing' && !opts.warm ? await __webpack_require__.e(/* import() */ 749).then(__webpack_require__.bind(__webpack_require__, 749)) : undefined;
    const held = publishing?.deferPushes(specs);
    if (held)
        specs = held.specs;
    const finish = async (result) => {
        const published = publishing && held
            ? await publishing.publishDeferred(held.deferred, result, {
                env: opts.env,
                signal: opts.signal,
                onEvent: opts.onEvent,
            })
            : result;
        writeMetadataFile(opts, published.metadata);
        return { ...published, definition: resolved };
    };
    // The build machinery (gRPC, protobuf, sessions; for several nodes also the registry client) and even endpoint
    // parsing (node:crypto) are imported here, not at the top: resolving a definition (--print, the action's first
    // pass, a bad bake file) never needs them, and every run pays for what it loads at start-up
    // (docs/benchmarks.md, "Start-up").
    const [{ builderNodes }, { defaultEndpoint, parseEndpoint }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(57), __webpack_require__.e(389)]).then(__webpack_require__.bind(__webpack_require__, 5389)),
        __webpack_require__.e(/* import() */ 57).then(__webpack_require__.bind(__webpack_require__, 57)),
    ]);
    const multi = builderNodes({ builder: opts.builder, nodes: opts.nodes, tls: opts.tls, env: opts.env });
    if (multi) {
        const { runOnBuilderNodes } = await Promise.all(/* import() */[__webpack_require__.e(57), __webpack_require__.e(31), __webpack_require__.e(189), __webpack_require__.e(404), __webpack_require__.e(395), __webpack_require__.e(36)]).then(__webpack_require__.bind(__webpack_require__, 8036));
        const { nodes, builderName } = multi;
        if (opts.cacheMounts && opts.cacheMounts.mode !== 'off')
            opts.onEvent?.({
                type: 'warning',
                message: 'cache mounts are not persisted on builders with several nodes yet: nothing is restored or saved',
            });
        const result = await runOnBuilderNodes(specs, nodes, {
            ...policies(opts),
            cwd: opts.cwd,
            env: opts.env,
            signal: opts.signal,
            onEvent: opts.onEvent,
            builderName,
            cache: opts.cache ?? 'auto',
            warm: opts.warm,
            githubToken: opts.githubToken,
            dirIdentities,
        });
        return finish(result);
    }
    const endpoint = opts.builder ? parseEndpoint(opts.builder, opts.tls, { env: opts.env }) : defaultEndpoint(opts.env);
    const [{ connect }, { runBuild }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(57), __webpack_require__.e(850)]).then(__webpack_require__.bind(__webpack_require__, 9850)),
        Promise.all(/* import() */[__webpack_require__.e(57), __webpack_require__.e(31), __webpack_require__.e(189), __webpack_require__.e(404), __webpack_require__.e(395)]).then(__webpack_require__.bind(__webpack_require__, 3395)),
    ]);
    const connection = await connect(endpoint, { signal: opts.signal });
    try {
        // cache mounts: restored on this connection before the build, saved after it (never failing the build)
        const mounts = opts.cacheMounts && opts.cacheMounts.mode !== 'off'
            ? new (await Promise.all(/* import() */[__webpack_require__.e(31), __webpack_require__.e(189), __webpack_require__.e(307)]).then(__webpack_require__.bind(__webpack_require__, 7307))).CacheMountsRun(specs, opts.cacheMounts, {
                connection,
                env: opts.env,
                signal: opts.signal,
                onEvent: opts.onEvent,
            })
            : undefined;
        await mounts?.restore();
        const built = await runBuild(specs, {
            ...policies(opts),
            connection,
            cwd: opts.cwd,
            env: opts.env,
            signal: opts.signal,
            onEvent: opts.onEvent,
            cache: opts.cache ?? 'auto',
            warm: opts.warm,
            githubToken: opts.githubToken,
            dirIdentities,
        });
        const result = mounts ? { ...built, cacheMounts: await mounts.save(built.targets) } : built;
        return await finish(result);
    }
    finally {
        await connection.close();
    }
}
function policies(opts) {
    return {
        ...(opts.execution ? { execution: opts.execution } : {}),
        ...(opts.maxParallelism ? { maxParallelism: opts.maxParallelism } : {}),
    };
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
