export const id = 629;
export const ids = [629];
export const modules = {

/***/ 902:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   MT: () => (/* binding */ parseBuildkitVersion),
/* harmony export */   Wm: () => (/* binding */ isReportedStep),
/* harmony export */   f9: () => (/* binding */ warmResult),
/* harmony export */   oW: () => (/* binding */ describeCacheEntry),
/* harmony export */   p1: () => (/* binding */ githubCacheEnv),
/* harmony export */   p_: () => (/* binding */ usesGhaCache),
/* harmony export */   sp: () => (/* binding */ resolveTargetCache),
/* harmony export */   ug: () => (/* binding */ daemonCacheSupport)
/* harmony export */ });
/* unused harmony exports goParseBool, inGithubActions, defaultCacheScope, isBuildStep, isFromStep, formatWarmTable */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/**
 * GitHub Actions cache (`type=gha`) defaults and attribute completion. Pure: everything it needs (environment,
 * what the daemon can do) is passed in, so it is unit-tested without a daemon.
 *
 * Default cache (`cache: 'auto'`, the CLI's `--cache auto` and the action's `cache: auto`): inside GitHub Actions
 * (ACTIONS_RUNTIME_TOKEN set) every target that has neither `cache-from` nor `cache-to` of its own gets
 *
 *     cache-from  type=gha,scope=<scope>
 *     cache-to    type=gha,scope=<scope>,mode=max,ignore-error=true
 *
 * A target with any cache entry of its own keeps exactly what it asked for (still completed as below).
 *
 * Scope: `defaultCacheScope(target, platforms)` = the target name, plus `-` and the target's platform set
 * (deduplicated, sorted, `/` → `-`, joined with `_`), e.g. `app-linux-amd64_linux-arm64`; only the target name
 * when it sets no platform. Over 100 characters the platform part becomes 12 hex digits of its sha256.
 * Matrix jobs that build one platform each then write separate cache indexes instead of overwriting each
 * other's (docker/bake-action#91, #329). BuildKit names the index `index-<scope>-1-<hash of the branch>`.
 *
 * Completion of every `type=gha` entry (the defaults and the bake file's own), as buildx does it
 * (build/opt.go; docs/protocol.md §6.3), filling only attributes that are missing:
 *   - token   ← ACTIONS_RUNTIME_TOKEN
 *   - API version: the entry's `version`, else 2 when ACTIONS_CACHE_SERVICE_V2 parses as true (Go ParseBool)
 *   - url_v2  ← ACTIONS_RESULTS_URL when the version is 2
 *   - url     ← ACTIONS_CACHE_URL, else ACTIONS_RESULTS_URL
 *   - `version` itself is not written (the daemon picks v2 from `url_v2`);
 * and, beyond buildx:
 *   - scope        ← the default scope above (BuildKit's own default is `buildkit`, shared by every target)
 *   - ignore-error ← true on exports: a failing cache service gives a warning, not a failed build.
 * An entry left without a token or without any URL is dropped with a warning (buildx drops it silently).
 *
 * Daemon versions: cache API v2 needs BuildKit ≥ v0.20. Against an older daemon a v2 entry falls back to v1
 * (`url_v2`/`version` removed) when a v1 URL is known, else it is dropped; either way with one warning.
 */


/** Go's strconv.ParseBool; anything it rejects is false (buildx ignores the parse error). */
function goParseBool(value) {
    return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value ?? '');
}
function githubCacheEnv(env) {
    const get = (k) => env[k] || undefined;
    return {
        token: get('ACTIONS_RUNTIME_TOKEN'),
        cacheUrl: get('ACTIONS_CACHE_URL'),
        resultsUrl: get('ACTIONS_RESULTS_URL'),
        v2: goParseBool(env.ACTIONS_CACHE_SERVICE_V2),
    };
}
/** Running inside GitHub Actions with access to its cache service. */
function inGithubActions(env) {
    return !!env.ACTIONS_RUNTIME_TOKEN;
}
function clean(s) {
    return s.replace(/[^A-Za-z0-9._-]+/g, '-');
}
function defaultCacheScope(target, platforms = []) {
    const name = clean(target);
    const plats = [...new Set(platforms.map((p) => p.trim().toLowerCase()).filter(Boolean))].sort();
    if (!plats.length)
        return name;
    const scope = `${name}-${plats.map(clean).join('_')}`;
    if (scope.length <= 100)
        return scope;
    return `${name.slice(0, 80)}-${node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(plats.join(',')).digest('hex').slice(0, 12)}`;
}
/** [major, minor, patch] of a BuildKit version such as `v0.25.2`, `v0.13-debian`; undefined for dev builds (`v0.0.0+unknown`). */
function parseBuildkitVersion(version) {
    const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec((version ?? '').trim());
    if (!m)
        return undefined;
    const v = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    return v[0] === 0 && v[1] === 0 && v[2] === 0 ? undefined : v;
}
/** From a BuildKit version; an unknown version counts as current (v2 capable), as buildx assumes. */
function daemonCacheSupport(version) {
    const v = parseBuildkitVersion(version);
    return { version, ghaV2: v === undefined || v[0] > 0 || v[1] >= 20 };
}
function resolveTargetCache(spec, opts) {
    const gh = githubCacheEnv(opts.env);
    const scope = defaultCacheScope(spec.name, spec.platforms);
    const warnings = [];
    let from = spec.cacheFrom;
    let to = spec.cacheTo;
    let defaulted = false;
    if (opts.mode === 'auto' && gh.token && !from.length && !to.length) {
        from = [{ type: 'gha', scope }];
        to = [{ type: 'gha', scope, mode: 'max', 'ignore-error': 'true' }];
        defaulted = true;
    }
    const complete = (e, dir) => {
        if (e.type !== 'gha')
            return [e];
        const out = { ...e };
        const flag = dir === 'export' ? 'cache-to' : 'cache-from';
        if (!out.scope)
            out.scope = scope;
        if (!out.token && gh.token)
            out.token = gh.token;
        const version = out.version ?? (gh.v2 ? '2' : undefined);
        if (version === '2' && !out.url_v2 && gh.resultsUrl)
            out.url_v2 = gh.resultsUrl;
        let urlFromResults = false;
        if (!out.url) {
            if (gh.cacheUrl)
                out.url = gh.cacheUrl;
            else if (gh.resultsUrl) {
                out.url = gh.resultsUrl;
                urlFromResults = true;
            }
        }
        else if (gh.resultsUrl && out.url === gh.resultsUrl && out.url !== gh.cacheUrl) {
            urlFromResults = true;
        }
        if (dir === 'export' && out['ignore-error'] === undefined)
            out['ignore-error'] = 'true';
        if (!out.token || (!out.url && !out.url_v2)) {
            const missing = !out.token ? 'no runtime token (ACTIONS_RUNTIME_TOKEN)' : 'no cache service URL (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL)';
            warnings.push({ target: spec.name, message: `${flag} type=gha,scope=${out.scope} skipped: ${missing}; the GitHub Actions cache works only inside a workflow job` });
            return [];
        }
        const wantsV2 = version === '2' || (!!out.url_v2 && version !== '1');
        if (wantsV2 && opts.daemon && !opts.daemon.ghaV2) {
            delete out.url_v2;
            if (out.version === '2')
                delete out.version;
            const daemon = `BuildKit ${opts.daemon.version ?? '(unknown version)'}`;
            if (!out.url || urlFromResults) {
                warnings.push({
                    message: `GitHub Actions cache API v2 needs BuildKit v0.20 or later, but the builder runs ${daemon}, which speaks only API v1, and no v1 URL (ACTIONS_CACHE_URL) is set: the gha cache is disabled. Use a newer builder.`,
                });
                return [];
            }
            warnings.push({
                message: `GitHub Actions cache API v2 needs BuildKit v0.20 or later, but the builder runs ${daemon}: using cache API v1 (ACTIONS_CACHE_URL) instead, which GitHub's hosted service no longer answers since 2025-04-15. Use a newer builder.`,
            });
        }
        return [out];
    };
    return {
        cacheFrom: from.flatMap((e) => complete(e, 'import')),
        cacheTo: to.flatMap((e) => complete(e, 'export')),
        defaulted,
        warnings,
    };
}
/** Whether any target would use the gha backend (then the daemon's version matters). */
function usesGhaCache(specs, opts) {
    return specs.some((s) => {
        const r = resolveTargetCache(s, { ...opts, daemon: undefined });
        return [...r.cacheFrom, ...r.cacheTo].some((e) => e.type === 'gha');
    });
}
/** `type=gha,scope=app` — what a message may say about a cache entry (never url or token). */
function describeCacheEntry(e) {
    const [type, attrs] = 'Attrs' in e && typeof e.Attrs === 'object' ? [e.Type, e.Attrs] : [e.type, e];
    const parts = [`type=${type}`];
    for (const k of ['scope', 'ref', 'mode', 'name'])
        if (attrs[k])
            parts.push(`${k}=${attrs[k]}`);
    return parts.join(',');
}
/** Replaces every secret (the runtime token) in text. */
function redact(text, secrets) {
    let out = text;
    for (const s of secrets)
        if (s && s.length >= 4)
            out = out.split(s).join('***');
    return out;
}
// ---------------------------------------------------------------------------------------------------------
// Cache-warming report
// ---------------------------------------------------------------------------------------------------------
/** A Dockerfile build step as BuildKit names its vertex: `[2/3] RUN …`, `[stage-1 1/2] FROM …`, `[linux/amd64 builder 3/4] …`. */
function isBuildStep(vertexName) {
    return /^\[[^\]]*\b\d+\/\d+\]/.test(vertexName);
}
/** A build step that is a `FROM` image source. */
function isFromStep(vertexName) {
    return /^\[[^\]]*\b\d+\/\d+\] FROM /.test(vertexName);
}
/**
 * The steps the warming report counts: build steps other than `FROM`. A FROM is an input, not build work, and its
 * state says nothing about the cache: when every later step is cached BuildKit only resolves the image and
 * reports the step DONE, not CACHED (after a prune, with the steps imported from the GitHub Actions cache);
 * and when another target shares the same FROM vertex and needs its layers, the pull shows in every target's
 * progress. A target whose RUN/COPY/… steps are all CACHED needed no build work.
 */
function isReportedStep(vertexName) {
    return isBuildStep(vertexName) && !isFromStep(vertexName);
}
function warmResult(status, steps, cachedSteps) {
    if (status !== 'done')
        return status;
    return cachedSteps >= steps ? 'warm' : 'built';
}
/** The CLI's table: one line per target. */
function formatWarmTable(reports) {
    const label = { warm: 'already warm', built: 'built', failed: 'failed', cancelled: 'cancelled' };
    const rows = reports.map((r) => [r.target, label[r.result], `${r.cachedSteps}/${r.steps}`, r.result === 'failed' || r.result === 'cancelled' ? '-' : r.cacheSaved ? 'yes' : 'no']);
    const head = ['TARGET', 'RESULT', 'STEPS CACHED', 'CACHE SAVED'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    return ['Cache warming:', line(head), ...rows.map(line)];
}


/***/ }),

/***/ 2629:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PlanError: () => (/* binding */ PlanError),
/* harmony export */   annotationAttrs: () => (/* binding */ annotationAttrs),
/* harmony export */   attestValue: () => (/* binding */ attestValue),
/* harmony export */   localDirCandidates: () => (/* binding */ localDirCandidates),
/* harmony export */   planTarget: () => (/* binding */ planTarget)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(902);
/**
 * Turns a TargetSpec into what one solve needs: frontend attributes, local directories, exporters and
 * where their output goes, cache entries, secrets. Pure apart from checking that paths exist, so bad input
 * fails here, before anything reaches the daemon.
 */




class PlanError extends Error {
    target;
    constructor(target, message) {
        super(`target "${target}": ${message}`);
        this.target = target;
    }
}
/** Exporter types whose result is an image (provenance can be attached inline). */
const IMAGE_EXPORTERS = new Set(['image', 'registry', 'oci', 'docker']);
/** One `key=value` of buildx's CSV form, quoted when it holds a comma or a quote. */
function csvPair(key, value) {
    const pair = `${key}=${value}`;
    return /[,"]/.test(pair) ? `"${pair.replace(/"/g, '""')}"` : pair;
}
/** An attestation entry as buildx sends it in `attest:<type>`: `type=…` first, then the attributes sorted by key. */
function attestValue(a) {
    const rest = Object.entries(a)
        .filter(([k]) => k !== 'type' && k !== 'disabled')
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return [csvPair('type', a.type), ...rest.map(([k, v]) => csvPair(k, v))].join(',');
}
const REMOTE_CONTEXT = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/|github\.com\/)/;
/** Where a named context's value points: another target of the run, something the daemon fetches, or a local dir. */
function namedContextKind(value) {
    if (value.startsWith('target:'))
        return 'target';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith('docker-image:') || value.startsWith('oci-layout:'))
        return 'remote';
    return 'local';
}
/** A relative Dockerfile path with a remote context names a file in that context, not a local one. */
function dockerfileInRemoteContext(spec) {
    return !!spec.dockerfile && REMOTE_CONTEXT.test(spec.context) && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(spec.dockerfile);
}
function isDir(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
function attrsWithout(entry, ...keys) {
    const out = {};
    for (const [k, v] of Object.entries(entry))
        if (k !== 'type' && !keys.includes(k))
            out[k] = v;
    return out;
}
function cacheEntry(e) {
    return { Type: e.type, Attrs: attrsWithout(e) };
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
        dirs.add(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(spec.dockerfile));
    for (const value of Object.values(spec.contexts)) {
        if (namedContextKind(value) === 'local')
            dirs.add(value);
    }
    return [...dirs];
}
function planTarget(spec, opts = {}) {
    if (opts.warm)
        spec = { ...spec, outputs: [] }; // cache warming exports the cache only
    const cache = opts.cache ? (0,_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveTargetCache */ .sp)(spec, opts.cache) : undefined;
    if (cache)
        spec = { ...spec, cacheFrom: cache.cacheFrom, cacheTo: cache.cacheTo };
    const plan = {
        target: spec.name,
        frontendAttrs: {},
        localDirs: {},
        secrets: spec.secrets.map((s) => ({ id: s.id, file: s.src, env: s.env, value: s.value })),
        exporters: [],
        destinations: [],
        cacheImports: spec.cacheFrom.map(cacheEntry),
        cacheExports: spec.cacheTo.map(cacheEntry),
        entitlements: [...spec.entitlements],
        linkedContexts: {},
        tempDirs: [],
        warnings: cache?.warnings ?? [],
    };
    const attrs = plan.frontendAttrs;
    // Build context and Dockerfile
    if (REMOTE_CONTEXT.test(spec.context)) {
        attrs.context = spec.context;
    }
    else {
        if (!isDir(spec.context))
            throw new PlanError(spec.name, `context directory ${spec.context} does not exist`);
        plan.localDirs.context = spec.context;
    }
    if (spec.dockerfileInline !== undefined) {
        const dir = node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'bakekit-inline-'));
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'Dockerfile'), spec.dockerfileInline);
        plan.tempDirs.push(dir);
        plan.localDirs.dockerfile = dir;
        attrs.filename = 'Dockerfile';
    }
    else if (spec.dockerfile) {
        if (dockerfileInRemoteContext(spec)) {
            attrs.filename = spec.dockerfile; // read from the remote context
        }
        else {
            if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(spec.dockerfile))
                throw new PlanError(spec.name, `Dockerfile ${spec.dockerfile} does not exist`);
            plan.localDirs.dockerfile = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(spec.dockerfile);
            attrs.filename = node_path__WEBPACK_IMPORTED_MODULE_2__.basename(spec.dockerfile);
        }
    }
    if (spec.target)
        attrs.target = spec.target;
    if (spec.platforms.length)
        attrs.platform = spec.platforms.join(',');
    for (const [k, v] of Object.entries(spec.args))
        attrs[`build-arg:${k}`] = v;
    for (const [k, v] of Object.entries(spec.labels))
        attrs[`label:${k}`] = v;
    if (spec.noCache)
        attrs['no-cache'] = '';
    else if (spec.noCacheFilter.length)
        attrs['no-cache'] = spec.noCacheFilter.join(',');
    if (spec.pull)
        attrs['image-resolve-mode'] = 'pull';
    if (spec.network)
        attrs['force-network-mode'] = spec.network;
    if (spec.shmSize)
        attrs['shm-size'] = spec.shmSize;
    if (spec.ulimits.length)
        attrs.ulimit = spec.ulimits.join(',');
    if (spec.extraHosts.length)
        attrs['add-hosts'] = spec.extraHosts.join(',');
    // buildx (build/opt.go): the first entry of a type wins; a disabled one sends nothing and stops the default.
    const seenAttest = new Set();
    for (const a of spec.attest) {
        if (seenAttest.has(a.type))
            continue;
        seenAttest.add(a.type);
        if (a.disabled === 'true')
            continue;
        attrs[`attest:${a.type}`] = attestValue(a);
    }
    if (opts.defaultProvenance && !seenAttest.has('provenance') && spec.outputs.some((o) => IMAGE_EXPORTERS.has(o.type))) {
        attrs['attest:provenance'] = 'mode=min,inline-only=true';
    }
    // Named contexts
    for (const [name, value] of Object.entries(spec.contexts)) {
        const kind = namedContextKind(value);
        if (kind === 'target') {
            plan.linkedContexts[name] = value.slice('target:'.length);
        }
        else if (kind === 'remote') {
            attrs[`context:${name}`] = value;
        }
        else {
            if (!isDir(value))
                throw new PlanError(spec.name, `named context "${name}": directory ${value} does not exist`);
            plan.localDirs[name] = value;
            attrs[`context:${name}`] = `local:${name}`;
        }
    }
    if (Object.keys(spec.contexts).length)
        attrs['frontend.caps'] = 'moby.buildkit.frontend.contexts+forward';
    // Cache imports travel twice: to the daemon and to the frontend, which matches cache while it solves.
    if (plan.cacheImports.length)
        attrs['cache-imports'] = JSON.stringify(plan.cacheImports);
    for (const out of spec.outputs)
        addExporter(plan, spec, out, opts);
    return plan;
}
function addExporter(plan, spec, out, opts) {
    const annotations = annotationAttrs(spec.annotations);
    const names = out.name ?? spec.tags.join(',');
    const push = (type, attrs, dest) => {
        plan.exporters.push({ Type: type, Attrs: attrs });
        plan.destinations.push(dest);
    };
    switch (out.type) {
        case 'cacheonly':
            return;
        case 'local':
        case 'tar': {
            if (!out.dest)
                throw new PlanError(spec.name, `output type=${out.type} needs dest=PATH`);
            push(out.type, attrsWithout(out, 'dest'), { mode: out.type === 'local' ? 'dir' : 'file', path: out.dest });
            return;
        }
        case 'oci':
        case 'docker': {
            if (out.tar === 'false') {
                // an OCI layout directory travels through the session's content store, which bakekit does not serve
                throw new PlanError(spec.name, `output type=${out.type},tar=false (a layout directory) is not supported; use a tarball (dest=FILE)`);
            }
            // `context` names the Docker context to load into (buildx-only; the daemon never sees it)
            const attrs = { ...annotations, ...attrsWithout(out, 'dest', 'context') };
            if (names && !attrs.name)
                attrs.name = names;
            if (out.dest) {
                push(out.type, attrs, { mode: 'file', path: out.dest });
            }
            else if (out.type === 'docker' && opts.dockerEngine) {
                // the Engine's own exporter loads into its image store; with the containerd store buildx asks for the
                // manifest digest (rather than the config digest) as the image's digest
                if (opts.engineContainerdStore && !attrs['prefer-image-digest'])
                    attrs['prefer-image-digest'] = 'true';
                push('moby', attrs, { mode: 'none' });
            }
            else if (out.type === 'docker') {
                // stream the archive into the Engine (POST /images/load); an Engine with the containerd store imports OCI
                // archives, multi-platform ones included, which buildx then prefers (build/opt.go)
                if (opts.ociImporter?.(out.context)) {
                    if (!attrs['prefer-image-digest'])
                        attrs['prefer-image-digest'] = 'true';
                    push('oci', attrs, { mode: 'load', context: out.context });
                }
                else {
                    if (spec.platforms.length > 1) {
                        throw new PlanError(spec.name, 'output type=docker cannot load several platforms into an Engine without the containerd image store; use type=oci,dest=… or type=image,push=true');
                    }
                    push('docker', attrs, { mode: 'load', context: out.context });
                }
            }
            else {
                throw new PlanError(spec.name, `output type=${out.type} needs dest=PATH`);
            }
            return;
        }
        case 'image':
        case 'registry': {
            const attrs = { ...annotations, ...attrsWithout(out) };
            if (out.type === 'registry')
                attrs.push = 'true';
            if (names && !attrs.name)
                attrs.name = names;
            if (!attrs.name && attrs.push === 'true' && attrs['push-by-digest'] !== 'true') {
                throw new PlanError(spec.name, `output type=${out.type} pushes but has no name: set tags or name=`);
            }
            push('image', attrs, { mode: 'none' });
            return;
        }
        default:
            push(out.type, attrsWithout(out), { mode: 'none' });
    }
}
/** `key=v`, `manifest:key=v`, `index,manifest:key=v`, `manifest[linux/amd64]:key=v` → exporter attributes. */
function annotationAttrs(annotations) {
    const out = {};
    for (const a of annotations) {
        const eq = a.indexOf('=');
        if (eq <= 0)
            continue;
        const key = a.slice(0, eq);
        const value = a.slice(eq + 1);
        const colon = key.match(/^([a-z,-]+(?:\[[^\]]*\])?):(.+)$/);
        if (!colon) {
            out[`annotation.${key}`] = value;
            continue;
        }
        for (const kind of colon[1].split(','))
            out[`annotation-${kind}.${colon[2]}`] = value;
    }
    return out;
}


/***/ })

};
