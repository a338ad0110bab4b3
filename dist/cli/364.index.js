export const id = 364;
export const ids = [364];
export const modules = {

/***/ 1364:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   MT: () => (/* binding */ parseBuildkitVersion),
/* harmony export */   Wm: () => (/* binding */ isReportedStep),
/* harmony export */   f9: () => (/* binding */ warmResult),
/* harmony export */   formatWarmTable: () => (/* binding */ formatWarmTable),
/* harmony export */   oW: () => (/* binding */ describeCacheEntry),
/* harmony export */   p1: () => (/* binding */ githubCacheEnv),
/* harmony export */   p_: () => (/* binding */ usesGhaCache),
/* harmony export */   sp: () => (/* binding */ resolveTargetCache),
/* harmony export */   ug: () => (/* binding */ daemonCacheSupport)
/* harmony export */ });
/* unused harmony exports GHA_CACHE_TIMEOUT, goParseBool, inGithubActions, defaultCacheScope, isBuildStep, isFromStep */
/* harmony import */ var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9960);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
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
 * (deduplicated, sorted, `/` \u2192 `-`, joined with `_`), e.g. `app-linux-amd64_linux-arm64`; only the target name
 * when it sets no platform. Over 100 characters the platform part becomes 12 hex digits of its sha256.
 * Matrix jobs that build one platform each then write separate cache indexes instead of overwriting each
 * other's (docker/bake-action#91, #329). BuildKit names the index `index-<scope>-1-<hash of the branch>`.
 *
 * Completion of every `type=gha` entry (the defaults and the bake file's own), as buildx does it
 * (buildx build/opt.go, BuildKit cache/remotecache/gha/gha.go), filling only attributes that are missing:
 *   - token   \u2190 ACTIONS_RUNTIME_TOKEN
 *   - API version: the entry's `version`, else 2 when ACTIONS_CACHE_SERVICE_V2 parses as true (Go ParseBool)
 *   - url_v2  \u2190 ACTIONS_RESULTS_URL when the version is 2
 *   - url     \u2190 ACTIONS_CACHE_URL, else ACTIONS_RESULTS_URL
 *   - `version` itself is not written (the daemon picks v2 from `url_v2`);
 * and, beyond buildx:
 *   - scope        \u2190 the default scope above (BuildKit's own default is `buildkit`, shared by every target)
 *   - ignore-error \u2190 true on exports: a failing cache service gives a warning, not a failed build;
 *   - timeout      \u2190 `GHA_CACHE_TIMEOUT` (10s). BuildKit's gha backend (cache/remotecache/gha/gha.go, attribute
 *     `timeout`, a Go duration, default 10m; honoured since BuildKit v0.13, ignored by older daemons) retries a cache
 *     API request answered 429 until that long after the request began, per request: with 10 minutes a
 *     rate-limited service added 20 minutes to a one-step build (an import and an export). With 10s a 429 outage
 *     costs the import and the export about 10 s each; requests that are merely slow are not cut (the timeout bounds
 *     the retrying, not a request). It does not bound blob storage (the Azure SDK in the daemon retries a failing
 *     blob for its own ~15 minutes): see gha-preflight.ts. An entry's own `timeout` is kept.
 *   - repository, ghtoken \u2190 GITHUB_REPOSITORY and the action's `github-token` (`githubToken`), on exports only, each
 *     when the entry lacks it, and only when both values are known, as docker/actions-toolkit does for
 *     build-push-action's cache-to (Build.resolveCacheToAttrs). With them BuildKit's gha exporter (v0.14+,
 *     moby/buildkit#4788) lists the scope's existing keys in one GitHub REST API call instead of asking the cache
 *     service once per layer whether it has it: that per-layer traffic is what runs into the service's rate limits.
 *     A failing REST call (an offline emulator, a token without `actions: read`) is logged by the daemon ("error
 *     initializing active key map") and the exporter falls back to the per-layer lookups. Skipped for daemons
 *     known to be older than v0.14: they ignore the attributes (v0.13's getConfig reads only the ones it knows),
 *     and a secret is not handed to a daemon that will not use it. The imports have no use for them.
 * An entry left without a token or without any URL is dropped with a warning (buildx drops it silently).
 *
 * Daemon versions: cache API v2 needs BuildKit \u2265 v0.20. Against an older daemon a v2 entry falls back to v1
 * (`url_v2`/`version` removed) when a v1 URL is known, else it is dropped; either way with one warning.
 */



/** The `timeout` bakekit gives gha entries that have none (see the header). */
const GHA_CACHE_TIMEOUT = '10s';
/** Go's strconv.ParseBool; anything it rejects is false (buildx ignores the parse error). */
function goParseBool(value) {
    return (0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGoBool */ .MY)(value) === true;
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
    return `${name.slice(0, 80)}-${node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash('sha256').update(plats.join(',')).digest('hex').slice(0, 12)}`;
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
    const atLeast = (minor) => v === undefined || v[0] > 0 || v[1] >= minor;
    return { version, ghaV2: atLeast(20), ghaListKeys: atLeast(14) };
}
function resolveTargetCache(spec, opts) {
    const gh = githubCacheEnv(opts.env);
    const repository = opts.env.GITHUB_REPOSITORY || undefined;
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
        if (dir === 'export' && repository && opts.githubToken && (opts.daemon?.ghaListKeys ?? true)) {
            if (!out.repository)
                out.repository = repository;
            if (!out.ghtoken)
                out.ghtoken = opts.githubToken;
        }
        if (out.timeout === undefined)
            out.timeout = GHA_CACHE_TIMEOUT;
        if (!out.token || (!out.url && !out.url_v2)) {
            const missing = !out.token
                ? 'no runtime token (ACTIONS_RUNTIME_TOKEN)'
                : 'no cache service URL (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL)';
            warnings.push({
                target: spec.name,
                message: `${flag} type=gha,scope=${out.scope} skipped: ${missing}; the GitHub Actions cache works only inside a workflow job`,
            });
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
/** `type=gha,scope=app` \u2014 what a message may say about a cache entry (never url, token or ghtoken). */
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
/** A Dockerfile build step as BuildKit names its vertex: `[2/3] RUN \u2026`, `[stage-1 1/2] FROM \u2026`, `[linux/amd64 builder 3/4] \u2026`. */
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
 * progress. A target whose RUN/COPY/\u2026 steps are all CACHED needed no build work.
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
    const label = {
        warm: 'already warm',
        built: 'built',
        failed: 'failed',
        cancelled: 'cancelled',
    };
    const rows = reports.map((r) => [
        r.target,
        label[r.result],
        `${r.cachedSteps}/${r.steps}`,
        r.result === 'failed' || r.result === 'cancelled' ? '-' : r.cacheSaved ? 'yes' : 'no',
    ]);
    const head = ['TARGET', 'RESULT', 'STEPS CACHED', 'CACHE SAVED'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    return ['Cache warming:', line(head), ...rows.map(line)];
}


/***/ }),

/***/ 2843:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatPlatform),
/* harmony export */   F: () => (/* binding */ normalizePlatform)
/* harmony export */ });
/** `os/arch[/variant]` */
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** Go's containerd/platforms normalisation for the parts that matter in indexes. */
function normalizePlatform(p) {
    const out = { ...p, os: (p.os || '').toLowerCase(), architecture: (p.architecture || '').toLowerCase() };
    const arch = out.architecture;
    if (arch === 'x86_64' || arch === 'x86-64')
        out.architecture = 'amd64';
    else if (arch === 'aarch64')
        out.architecture = 'arm64';
    else if (arch === 'i386')
        out.architecture = '386';
    else if (arch === 'armhf')
        Object.assign(out, { architecture: 'arm', variant: 'v7' });
    else if (arch === 'armel')
        Object.assign(out, { architecture: 'arm', variant: 'v6' });
    if (out.architecture === 'arm64' && (out.variant === 'v8' || out.variant === '8'))
        delete out.variant;
    if (out.architecture === 'amd64' && out.variant === 'v1')
        delete out.variant;
    if (out.architecture === 'arm' && !out.variant)
        out.variant = 'v7';
    if (!out.variant)
        delete out.variant;
    return out;
}


/***/ }),

/***/ 9960:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MY: () => (/* binding */ parseGoBool),
/* harmony export */   Nd: () => (/* binding */ encodeCacheImports),
/* harmony export */   Q9: () => (/* binding */ annotationAttrs),
/* harmony export */   UP: () => (/* binding */ resourceLimitAttrs),
/* harmony export */   Ub: () => (/* binding */ parseMemBytes),
/* harmony export */   VG: () => (/* binding */ formatUlimits),
/* harmony export */   em: () => (/* binding */ normalizePlatforms),
/* harmony export */   ru: () => (/* binding */ formatExtraHosts),
/* harmony export */   s9: () => (/* binding */ parseResourceLimits),
/* harmony export */   w4: () => (/* binding */ AttributeValueError)
/* harmony export */ });
/* unused harmony export normalizePlatformSpec */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var _images_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2843);
/* harmony import */ var _bake_entries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5865);
/* harmony import */ var _bake_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5650);
/**
 * The values of bake attributes that buildx parses before they reach BuildKit, parsed the same way: memory sizes
 * (docker/go-units RAMInBytes), ulimits (go-units ParseUlimit, docker/cli UlimitOpt), extra hosts (buildx
 * build/utils.go toBuildkitExtraHosts) and platforms (containerd/platforms Parse + Normalize + FormatAll, as buildx's
 * platformutil does). Written by hand: these are a few lines of Go each, and no npm library reproduces Go's exact
 * rules (binary units for a lower-case `m`, ulimit names, IPv6 brackets, `local` as the client's platform).
 * Each parser throws AttributeValueError with what was expected; the caller names the target and the attribute.
 */




class AttributeValueError extends Error {
    name = 'AttributeValueError';
}
/** `128m` \u2192 134217728: go-units RAMInBytes (bake/units.ts), bounded to what an int64 holds. */
function parseMemBytes(value) {
    let size;
    try {
        size = (0,_bake_units_js__WEBPACK_IMPORTED_MODULE_2__/* .ramInBytes */ .h$)(value);
    }
    catch {
        throw new AttributeValueError(`"${value}" is not a size (a number of bytes with an optional unit: 64m, 1g, 512k)`);
    }
    if (!Number.isFinite(size) || size >= 2 ** 63)
        throw new AttributeValueError(`"${value}" is too large`);
    return size;
}
/**
 * buildx ParseResourceLimits(ResourcesConfig.ToEntries()): values trimmed, sizes read by go-units RAMInBytes,
 * `memory-swap=-1` unlimited.
 */
function parseResourceLimits(r) {
    const rl = {
        memory: 0,
        memorySwap: 0,
        cpuShares: 0,
        cpuPeriod: 0,
        cpuQuota: 0,
        cpusetCpus: '',
        cpusetMems: '',
    };
    const size = (key, v) => {
        try {
            return parseMemBytes(v);
        }
        catch (err) {
            throw new AttributeValueError(`invalid value "${v}" for resource ${key}: ${err.message}`);
        }
    };
    if (r.memory !== undefined)
        rl.memory = size('memory', r.memory.trim());
    if (r['memory-swap'] !== undefined) {
        const v = r['memory-swap'].trim();
        rl.memorySwap = v === '-1' ? -1 : size('memory-swap', v);
    }
    if (r['cpu-shares'] !== undefined)
        rl.cpuShares = r['cpu-shares'];
    if (r['cpu-period'] !== undefined)
        rl.cpuPeriod = r['cpu-period'];
    if (r['cpu-quota'] !== undefined)
        rl.cpuQuota = r['cpu-quota'];
    if (r['cpuset-cpus'] !== undefined)
        rl.cpusetCpus = r['cpuset-cpus'].trim();
    if (r['cpuset-mems'] !== undefined)
        rl.cpusetMems = r['cpuset-mems'].trim();
    return rl;
}
/**
 * buildx addResourceLimits (build/utils.go): the frontend attributes BuildKit's dockerui reads (\u2265 v0.31), only the
 * non-zero values ("so builds against a daemon without the feature keep working"): memory, swap (-1 too) and the cpu
 * numbers as decimal integers, the cpusets as given.
 */
function resourceLimitAttrs(rl) {
    const attrs = {};
    const int = (n) => BigInt(n).toString();
    if (rl.memory > 0)
        attrs.memory = int(rl.memory);
    if (rl.memorySwap !== 0)
        attrs.memswap = int(rl.memorySwap);
    if (rl.cpuShares > 0)
        attrs.cpushares = int(rl.cpuShares);
    if (rl.cpuPeriod > 0)
        attrs.cpuperiod = int(rl.cpuPeriod);
    if (rl.cpuQuota > 0)
        attrs.cpuquota = int(rl.cpuQuota);
    if (rl.cpusetCpus !== '')
        attrs.cpusetcpus = rl.cpusetCpus;
    if (rl.cpusetMems !== '')
        attrs.cpusetmems = rl.cpusetMems;
    return attrs;
}
/** The resource names go-units knows (setrlimit's, without RLIMIT_). */
const ULIMIT_NAMES = new Set([
    'core',
    'cpu',
    'data',
    'fsize',
    'locks',
    'memlock',
    'msgqueue',
    'nice',
    'nofile',
    'nproc',
    'rss',
    'rtprio',
    'rttime',
    'sigpending',
    'stack',
]);
function parseInt64(s, whole) {
    if (!/^[+-]?\d+$/.test(s))
        throw new AttributeValueError(`"${whole}": "${s}" is not an integer`);
    const v = BigInt(s);
    if (v > 2n ** 63n - 1n || v < -(2n ** 63n))
        throw new AttributeValueError(`"${whole}": "${s}" is out of range`);
    return v;
}
/**
 * `nofile=1024:2048`, `nproc=500` \u2192 buildx's `ulimit` attribute: `name=soft:hard` (a lone value is both), one entry
 * per name (a later one replaces an earlier), sorted by name as docker/cli's UlimitOpt lists them.
 */
function formatUlimits(values) {
    const byName = new Map();
    for (const value of values) {
        const eq = value.indexOf('=');
        if (eq < 0)
            throw new AttributeValueError(`"${value}" is not NAME=SOFT[:HARD]`);
        const name = value.slice(0, eq);
        if (!ULIMIT_NAMES.has(name))
            throw new AttributeValueError(`"${value}": "${name}" is not a ulimit (one of ${[...ULIMIT_NAMES].join(', ')})`);
        const parts = value.slice(eq + 1).split(':');
        if (parts.length > 2)
            throw new AttributeValueError(`"${value}": at most two limits, SOFT[:HARD]`);
        const soft = parseInt64(parts[0], value);
        const hard = parts.length === 2 ? parseInt64(parts[1], value) : soft;
        if (hard !== -1n && soft > hard)
            throw new AttributeValueError(`"${value}": the soft limit ${soft} is above the hard limit ${hard}`);
        byName.delete(name);
        byName.set(name, `${name}=${soft}:${hard}`);
    }
    return [...byName]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, v]) => v)
        .join(',');
}
/**
 * Bake's `extra-hosts` map (already `host=ip` entries, sorted by host as buildx's toBuildOpt sorts them) \u2192 the
 * `add-hosts` attribute: `host:ip` accepted too, comma-separated addresses one entry each, `[v6]` brackets dropped,
 * `host-gateway` replaced by the builder's address.
 */
function formatExtraHosts(entries, hostGateway) {
    const out = [];
    for (const entry of entries) {
        let cut = entry.indexOf('=');
        if (cut < 0)
            cut = entry.indexOf(':');
        const host = cut < 0 ? '' : entry.slice(0, cut);
        const ip = cut < 0 ? '' : entry.slice(cut + 1);
        if (!host || !ip)
            throw new AttributeValueError(`"${entry}" is not HOST=IP`);
        if (ip === 'host-gateway') {
            if (!hostGateway)
                throw new AttributeValueError(`"${entry}": the builder's host-gateway address is unknown`);
            if ('unsupported' in hostGateway)
                throw new AttributeValueError(`"${entry}": ${hostGateway.unsupported}`);
            out.push(`${host}=${hostGateway.ip}`);
            continue;
        }
        for (let v of ip.split(',')) {
            if (v.length > 2 && v.startsWith('[') && v.endsWith(']'))
                v = v.slice(1, -1);
            if (!node_net__WEBPACK_IMPORTED_MODULE_0__.isIP(v))
                throw new AttributeValueError(`"${entry}": "${v}" is not an IP address`);
            out.push(`${host}=${v}`);
        }
    }
    return out.join(',');
}
/** Node's name for this machine's CPU \u2192 the OCI architecture (for the `local` platform). */
function hostPlatform() {
    const arch = {
        x64: 'amd64',
        ia32: '386',
        arm64: 'arm64',
        arm: 'arm',
        ppc64: 'ppc64le',
        s390x: 's390x',
        riscv64: 'riscv64',
    }[process.arch] ?? process.arch;
    return (0,_images_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePlatform */ .F)({ os: process.platform === 'win32' ? 'windows' : process.platform, architecture: arch });
}
const KNOWN_OS = new Set([
    'aix',
    'android',
    'darwin',
    'dragonfly',
    'freebsd',
    'illumos',
    'ios',
    'js',
    'linux',
    'netbsd',
    'openbsd',
    'plan9',
    'solaris',
    'wasip1',
    'windows',
    'macos',
]);
/** One platform specifier as containerd's platforms.Parse + Normalize + FormatAll gives it (`linux/x86_64` \u2192 `linux/amd64`). */
function normalizePlatformSpec(spec) {
    if (spec.toLowerCase() === 'local')
        return (0,_images_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .B)(hostPlatform());
    const m = /^([^/(]+)(?:\(([^)]*)\))?(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(spec.trim());
    if (!m || /[^A-Za-z0-9_./-]/.test(m[1] + (m[3] ?? '') + (m[4] ?? '')))
        throw new AttributeValueError(`"${spec}" is not a platform (OS/ARCH[/VARIANT])`);
    const first = m[1].toLowerCase();
    const osVersion = m[2];
    let p;
    if (m[3] === undefined) {
        // a single part is an OS if it is one, else an architecture of this machine's OS (containerd's rule)
        p = KNOWN_OS.has(first)
            ? { os: first, architecture: hostPlatform().architecture }
            : { os: hostPlatform().os, architecture: first };
    }
    else {
        p = { os: first, architecture: m[3].toLowerCase(), variant: m[4]?.toLowerCase() };
    }
    if (p.os === 'macos')
        p.os = 'darwin';
    const n = (0,_images_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePlatform */ .F)(p);
    const formatted = (0,_images_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .B)(n);
    return osVersion ? formatted.replace(/^([^/]+)/, `$1(${osVersion})`) : formatted;
}
/** A `platforms` list, each entry possibly comma-separated, normalised (buildx platformutil.Parse). */
function normalizePlatforms(list) {
    return list.flatMap((s) => s.split(',')).map(normalizePlatformSpec);
}
/** Go's strconv.ParseBool (bake/entries.ts) of an attribute that may be absent; undefined when absent or not a boolean. */
function parseGoBool(v) {
    return v === undefined ? undefined : (0,_bake_entries_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(v);
}
/**
 * The `cache-imports` frontend attribute: the entries as Go's encoding/json writes BuildKit's CacheOptionsEntry
 * (`Type`, then `Attrs` with its keys sorted), which is what buildx's client sends.
 */
function encodeCacheImports(entries) {
    return JSON.stringify(entries.map((e) => ({
        Type: e.Type,
        Attrs: Object.fromEntries(Object.entries(e.Attrs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    })));
}
/** `key=v`, `manifest:key=v`, `index,manifest:key=v`, `manifest[linux/amd64]:key=v` \u2192 exporter attributes. */
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
