export const id = 243;
export const ids = [243];
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

/***/ 8243:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k2: () => (/* binding */ CacheRun),
  startGhaPreflight: () => (/* binding */ startGhaPreflight)
});

// UNUSED EXPORTS: SLOW_CACHE_MS, SLOW_CACHE_REPEAT_MS

// EXTERNAL MODULE: ./lib/solve/cache/gha.js
var gha = __webpack_require__(1364);
// EXTERNAL MODULE: ./lib/solve/target/attribute-values.js
var attribute_values = __webpack_require__(9960);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./lib/solve/cache/gha-preflight.js
/**
 * A look at the GitHub Actions cache service before a build imports from it.
 *
 * BuildKit's gha importer cannot be bounded or cancelled once it reads from a failing blob storage: the index blob
 * is downloaded by the Azure SDK (go-actions-cache `azureOptions`: 10 retries, 10 s growing to 2 min apart, about 15
 * minutes), under `context.TODO()` (solver/llbsolver/bridge.go, lazy cache manager): cancelling the build does not
 * stop it, and the daemon lists the build as running until the retries give up. The `timeout` attribute bounds only
 * the cache API's 429 retries (gha.ts). So before the build, bakekit does what the importer will do first, with a
 * 5-second bound per request: look an index up (`index-<scope>-1-<hash of the token's scope>`, version = sha256 of
 * `|go-actionscache-1.0`, as go-actions-cache computes them) through the API the entry names (v2 Twirp
 * GetCacheEntryDownloadURL at `url_v2`, else v1 `GET cache` at `url`), and read the first byte of the blob it points
 * to. The service is failing when the blob read is answered 429 (after one retry when Retry-After is at most 2 s)
 * or 5xx, or when either request meets a network error or no answer in time (BuildKit's HTTP client has no timeout
 * of its own). An API that answers 429 or 5xx is left to BuildKit: it gives up on a 5xx at once and on 429s after
 * the entry's `timeout` (10 s), so that outage is bounded already; so is anything else (a miss, 4xx).
 *
 * When it fails, run.ts drops that service's gha imports, and its gha exports that ignore errors, with one
 * warning each: the build runs without the cache instead of waiting for it. Exports with ignore-error=false stay:
 * their owner asked for the build to fail if the cache cannot be saved.
 */


const TWIRP = 'twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL';
const REQUEST_TIMEOUT_MS = 5_000;
const VERSION = external_node_crypto_.createHash('sha256').update('|go-actionscache-1.0').digest('hex');
/** The service behind a gha entry: its API and token (the blob storage its indexes point to, whatever the scope). */
function storageParts(attrs) {
    return [attrs.url_v2 ? 'v2' : 'v1', attrs.url_v2 || attrs.url || '', attrs.token ?? ''];
}
/** Which service a gha entry talks to, with which token and scope: the key run.ts drops failing entries by. */
function ghaServiceKey(attrs) {
    return JSON.stringify([...storageParts(attrs), attrs.scope ?? 'buildkit']);
}
/** The token's `ac` scopes, as go-actions-cache reads them (unverified JWT payload). */
function tokenScopes(token) {
    try {
        const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        const ac = typeof payload.ac === 'string' ? JSON.parse(payload.ac) : [];
        return ac.map((s) => s.Scope).filter((s) => typeof s === 'string');
    }
    catch {
        return [];
    }
}
function indexKey(scope, tokenScope) {
    return `index-${scope}-1-${external_node_crypto_.createHash('sha256').update(tokenScope).digest('hex').slice(0, 8)}`;
}
class Failing extends Error {
    name = 'Failing';
}
class NoAnswer extends Error {
    name = 'NoAnswer';
}
/**
 * One HTTP request, answered (headers and any body read) within REQUEST_TIMEOUT_MS. node:http rather than fetch: the
 * first fetch of a process loads and compiles undici, ~30 ms on the main thread just before the build starts
 * (--cpu-prof of the CI-job case, docs/benchmarks.md "Sixth round"), while http and tls are loaded already.
 */
async function send(url, init) {
    const target = new URL(url);
    // loaded on first use: a run without a gha cache does not pay for https (~2 ms on Node 24)
    const client = target.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 19)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 19));
    return new Promise((resolve, reject) => {
        const headers = { ...init.headers };
        if (init.body !== undefined)
            headers['Content-Length'] = String(Buffer.byteLength(init.body));
        const req = client.request(target, {
            method: init.method ?? 'GET',
            headers,
        });
        const timer = setTimeout(() => req.destroy(new NoAnswer()), REQUEST_TIMEOUT_MS);
        timer.unref();
        const onAbort = () => req.destroy(new NoAnswer());
        if (init.signal?.aborted)
            onAbort();
        init.signal?.addEventListener('abort', onAbort, { once: true });
        req.on('close', () => init.signal?.removeEventListener('abort', onAbort));
        req.on('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
        req.on('response', (res) => {
            const header = (name) => {
                const v = res.headers[name.toLowerCase()];
                return Array.isArray(v) ? v[0] : v;
            };
            resolve({
                status: res.statusCode ?? 0,
                header,
                text: () => new Promise((ok, fail) => {
                    const chunks = [];
                    res.on('data', (c) => chunks.push(c));
                    res.on('end', () => {
                        clearTimeout(timer);
                        ok(Buffer.concat(chunks).toString('utf8'));
                    });
                    res.on('error', fail);
                    res.on('close', () => fail(new NoAnswer()));
                }),
                discard: () => {
                    clearTimeout(timer);
                    res.destroy();
                },
            });
        });
        req.end(init.body);
    });
}
/** `strict`: a 429 (after one short retry) or a 5xx answer is a failure too (the blob storage). */
async function request(url, init, what, strict) {
    for (let attempt = 0;; attempt++) {
        let res;
        try {
            res = await send(url, init);
        }
        catch (err) {
            const e = err;
            throw new Failing(e instanceof NoAnswer ? `${what}: no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : `${what}: ${e.message}`);
        }
        if (!strict)
            return res;
        if (res.status === 429 && attempt === 0) {
            const after = Number(res.header('retry-after') ?? '1');
            res.discard();
            if (Number.isFinite(after) && after >= 0 && after <= 2) {
                // a run that ends meanwhile ends the wait too (the retry then fails at once, as send() does for it)
                await (0,promises_.setTimeout)(after * 1000, undefined, { signal: init.signal }).catch(() => { });
                continue;
            }
        }
        if (res.status === 429 || res.status >= 500) {
            res.discard();
            throw new Failing(`${what} answered ${res.status}`);
        }
        return res;
    }
}
/**
 * undefined when the storage behind these entries (the same storageParts) looks usable; else why not (never
 * containing the token or a signed URL). Looks indexes up scope by scope, token scope by token scope, until one exists, and reads the
 * first byte of that one blob: one blob read says whether the storage answers, and a run with a target per scope
 * (bakekit's `cache: auto`) would otherwise make a lookup and a read for each. One after another on purpose: in a
 * warm cache the first lookup finds an index (2 requests against the service's rate limit); a run with no index at
 * all pays a round trip per scope and token scope before its build.
 */
async function checkGhaService(entries, signal) {
    const attrs = entries[0];
    if (!attrs)
        return undefined;
    const token = attrs.token ?? '';
    const auth = { Authorization: `Bearer ${token}` };
    const scopes = [...new Set(entries.map((e) => e.scope ?? 'buildkit'))];
    try {
        for (const scope of scopes) {
            for (const tokenScope of tokenScopes(token)) {
                const blobUrl = await lookUpIndex(attrs, auth, indexKey(scope, tokenScope), signal);
                if (!blobUrl)
                    continue;
                const res = await request(blobUrl, { headers: { 'x-ms-range': 'bytes=0-0', 'x-ms-version': '2020-10-02' }, signal }, 'the cache storage', true);
                res.discard();
                return undefined;
            }
        }
        return undefined;
    }
    catch (err) {
        if (err instanceof Failing)
            return err.message;
        return undefined; // a malformed answer: BuildKit will report it
    }
}
/** The signed URL of index `key`'s blob, through the API the entry names; undefined when there is none. */
async function lookUpIndex(attrs, auth, key, signal) {
    if (attrs.url_v2) {
        const base = attrs.url_v2.endsWith('/') ? attrs.url_v2 : `${attrs.url_v2}/`;
        const res = await request(base + TWIRP, {
            method: 'POST',
            headers: { ...auth, 'Content-Type': 'application/json' },
            body: JSON.stringify({ key, restore_keys: [key], version: VERSION }),
            signal,
        }, 'the cache service', false);
        let body = {};
        if (res.status >= 200 && res.status < 300) {
            try {
                body = JSON.parse(await res.text());
            }
            catch {
                /* an answer that is not JSON, or not whole: no index */
            }
        }
        else
            res.discard();
        return body.ok && body.signed_download_url ? body.signed_download_url : undefined;
    }
    if (attrs.url) {
        const base = attrs.url.endsWith('/') ? attrs.url : `${attrs.url}/`;
        const q = new URLSearchParams({ keys: key, version: VERSION });
        const res = await request(`${base}_apis/artifactcache/cache?${q.toString()}`, { headers: { ...auth, Accept: 'application/json;api-version=6.0-preview.1' }, signal }, 'the cache service', false);
        let text = '';
        if (res.status === 200)
            text = await res.text();
        else
            res.discard();
        return text ? JSON.parse(text).archiveLocation || undefined : undefined;
    }
    return undefined;
}
/**
 * Checks the storage behind every distinct gha service the imports use, each storage once, in parallel; the failing
 * services by ghaServiceKey.
 */
async function failingGhaServices(imports, signal) {
    const storages = new Map();
    for (const e of imports) {
        if (e.Type !== 'gha')
            continue;
        const k = JSON.stringify(storageParts(e.Attrs));
        if (!storages.has(k))
            storages.set(k, new Map());
        storages.get(k).set(ghaServiceKey(e.Attrs), e.Attrs);
    }
    const out = new Map();
    await Promise.all([...storages.values()].map(async (services) => {
        const why = await checkGhaService([...services.values()], signal);
        if (why)
            for (const key of services.keys())
                out.set(key, why);
    }));
    return out;
}

// EXTERNAL MODULE: ./lib/solve/run/abortable.js
var abortable = __webpack_require__(9867);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./lib/buildkit/transport/docker.js
var docker = __webpack_require__(2776);
;// CONCATENATED MODULE: ./lib/solve/cache/daemon.js
/**
 * Which GitHub Actions cache API the daemon speaks: API v2 (`url_v2`) needs BuildKit \u2265 v0.20.
 *
 * The version comes from `Control.Info` (BuildKit \u2265 v0.11), else from ListWorkers' BuildkitVersion. Docker
 * Engines built by distributions often report their embedded BuildKit as `v0.0.0+unknown`; for docker://
 * endpoints the Engine's own version decides then: Docker Engine 28.0 was the first to embed BuildKit v0.20.
 * A version that stays unknown counts as current (v2), as buildx assumes.
 */



/** Docker Engine version \u2192 cache support of its embedded BuildKit (27.0 embeds v0.14, 28.0 v0.20). */
function engineCacheSupport(engineVersion) {
    const m = /^v?(\d+)\.(\d+)/.exec(engineVersion.trim());
    if (!m)
        return undefined;
    const major = Number(m[1]);
    return { version: `embedded in Docker Engine ${engineVersion}`, ghaV2: major >= 28, ghaListKeys: major >= 27 };
}
/** GET /version of the Engine API (bounded). */
function engineVersion(engine, timeoutMs = 5000) {
    return new Promise((resolve) => {
        const req = external_node_http_.request({
            method: 'GET',
            path: '/version',
            host: 'localhost',
            createConnection: () => (0,docker/* connectEngine */.xn)(engine),
            timeout: timeoutMs,
        }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                try {
                    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
                    resolve(res.statusCode === 200 ? body.Version : undefined);
                }
                catch {
                    resolve(undefined);
                }
            });
            res.on('error', () => resolve(undefined));
        });
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.on('error', () => resolve(undefined));
        req.end();
    });
}
async function detectCacheSupport(client, connection, signal) {
    let version = await client.info(signal);
    if (!(0,gha/* parseBuildkitVersion */.MT)(version)) {
        const workers = await client.listWorkers(signal).catch(() => []);
        version = workers.map((w) => w.BuildkitVersion?.version).find((v) => (0,gha/* parseBuildkitVersion */.MT)(v)) ?? version;
    }
    if (!(0,gha/* parseBuildkitVersion */.MT)(version) && connection.endpoint.kind === 'docker') {
        const ev = await engineVersion(connection.endpoint.engine);
        const support = ev ? engineCacheSupport(ev) : undefined;
        if (support)
            return support;
    }
    return (0,gha/* daemonCacheSupport */.ug)(version);
}

// EXTERNAL MODULE: ./lib/buildkit/progress/index.js + 5 modules
var progress = __webpack_require__(3535);
;// CONCATENATED MODULE: ./lib/solve/cache/monitor.js


const EXPORT_VERTEX = {
    gha: 'exporting to GitHub Actions Cache',
    registry: 'exporting cache to registry',
    local: 'exporting cache to client directory',
    s3: 'exporting cache to Amazon S3',
    azblob: 'exporting cache to Azure Blob Storage',
};
function isCacheExportVertex(name) {
    return Object.values(EXPORT_VERTEX).includes(name) || /^exporting (cache |inline cache)/i.test(name);
}
function isCacheImportVertex(name) {
    return name.startsWith('importing cache manifest from ');
}
/** Which configured entry a cache vertex belongs to (the daemon's names carry only the type, or the ref). */
function entriesFor(vertex, entries, dir) {
    if (dir === 'export') {
        const byName = entries.map((e, i) => (EXPORT_VERTEX[e.Type] === vertex.name ? i : -1)).filter((i) => i >= 0);
        return byName.length ? byName : entries.map((_, i) => i).filter((i) => !EXPORT_VERTEX[entries[i].Type]);
    }
    const source = vertex.name.slice('importing cache manifest from '.length);
    const byType = entries
        .map((e, i) => (source.startsWith(`${e.Type}:`) || (e.Attrs.ref && source === e.Attrs.ref) ? i : -1))
        .filter((i) => i >= 0);
    return byType.length ? byType : entries.map((_, i) => i);
}
class CacheMonitor {
    secrets;
    tracker = new progress/* ProgressTracker */.si();
    constructor(secrets = []) {
        this.secrets = secrets;
    }
    update(target, message) {
        this.tracker.update(message, target);
    }
    cacheVertices(target, pick) {
        return this.tracker.vertices(target).filter((v) => pick(v.name));
    }
    report(target, cacheImports, cacheExports) {
        const steps = this.tracker.vertices(target).filter((v) => (0,gha/* isReportedStep */.Wm)(v.name));
        const mk = (entries, dir) => {
            const out = entries.map((e) => ({ entry: (0,gha/* describeCacheEntry */.oW)(e), type: e.Type }));
            const vertices = this.cacheVertices(target, dir === 'export' ? isCacheExportVertex : isCacheImportVertex);
            for (const v of vertices) {
                if (!v.error)
                    continue;
                for (const i of entriesFor(v, entries, dir))
                    out[i].error ??= (0,gha/* redact */.E$)(v.error, this.secrets);
            }
            return out;
        };
        return {
            steps: steps.length,
            cachedSteps: steps.filter((v) => v.cached).length,
            imports: mk(cacheImports, 'import'),
            exports: mk(cacheExports, 'export'),
        };
    }
    /** Warnings for a target whose build succeeded: failed imports and (ignored) failed exports. */
    static warnings(report) {
        const out = [];
        for (const e of report.imports)
            if (e.error)
                out.push(`cache import (${e.entry}) failed, building without it: ${e.error}`);
        for (const e of report.exports) {
            if (e.error)
                out.push(`cache export (${e.entry}) failed, the build succeeded but its cache was not saved (ignore-error=true): ${e.error}`);
        }
        return out;
    }
    /**
     * A failed target: when the failure is a cache export (no build step failed, an export vertex did), an error
     * that says so instead of BuildKit's bare "failed to solve: internal". `statusDone` lets the progress of the
     * failed build arrive first (bounded).
     */
    async explainFailure(target, err, cacheExports, statusDone) {
        if (!cacheExports.length)
            return err;
        if (statusDone) {
            let timer;
            await Promise.race([statusDone, new Promise((r) => (timer = setTimeout(r, 2000)))]);
            clearTimeout(timer);
        }
        const failed = this.tracker.failedVertices(target);
        if (failed.some((v) => !isCacheExportVertex(v.name) && !isCacheImportVertex(v.name)))
            return err;
        const exportFailures = this.report(target, [], cacheExports).exports.filter((e) => e.error);
        if (!exportFailures.length)
            return err;
        return new CacheExportError(exportFailures, err);
    }
}
/** A build that failed only because a cache export failed (the entry has ignore-error=false). */
class CacheExportError extends Error {
    failures;
    original;
    name = 'CacheExportError';
    constructor(failures, original) {
        super(`${failures.map((f) => `cache export (${f.entry}) failed: ${f.error}`).join('; ')} ` +
            `(the build steps succeeded; set ignore-error=true on the cache-to entry to make cache failures warnings)`, { cause: original });
        this.failures = failures;
        this.original = original;
    }
}

;// CONCATENATED MODULE: ./lib/solve/cache/run.js






/** A cache import/export step running this long gets a line in the log, and again every SLOW_CACHE_REPEAT_MS. */
const SLOW_CACHE_MS = 10_000;
const SLOW_CACHE_REPEAT_MS = 30_000;
/** The gha cache imports `specs` will have, completed as planTarget completes them; `daemon` unknown: a current one. */
function ghaImports(specs, cache) {
    return specs
        .flatMap((s) => (0,gha/* resolveTargetCache */.sp)(s, cache).cacheFrom)
        .filter((e) => e.type === 'gha')
        .map(({ type, ...attrs }) => ({ Type: type, Attrs: attrs }));
}
/**
 * Starts the pre-flight of the gha services `specs` import from (gha-preflight.ts) as soon as the definition has
 * resolved, before the build code loads and the run connects: its requests (two round trips, ~30 ms each on a hosted
 * runner) then overlap all of that instead of the last steps before the first Solve. The entries are completed for a
 * current daemon (cache API v2); CacheRun.prepare checks whatever the real daemon changes (an older one: API v1).
 * `signal` ends its requests when the run ends without having waited for it (it failed to connect, say): nothing is
 * left to keep the process alive. Undefined when no target imports from the gha cache.
 */
function startGhaPreflight(specs, opts) {
    const imports = ghaImports(specs, { mode: opts.cache ?? 'off', env: opts.env, githubToken: opts.githubToken });
    if (imports.length === 0)
        return undefined;
    const failing = failingGhaServices(imports, opts.signal);
    failing.catch(() => { }); // a run that fails before it is awaited does not wait for it
    return { keys: new Set(imports.map((e) => ghaServiceKey(e.Attrs))), failing };
}
class CacheRun {
    opts;
    /** running cache steps (target NUL vertex digest) \u2192 the timer of their next "still running" line */
    slow = new Map();
    /** gha services found failing before the build (gha-preflight.ts): ghaServiceKey \u2192 why */
    failing = new Map();
    /** The pre-flight while it runs: started by prepare, awaited by planned, so that it overlaps the run's set-up. */
    preflight;
    monitor;
    daemon;
    emit = () => { };
    constructor(opts) {
        this.opts = opts;
        this.monitor = new CacheMonitor([(0,gha/* githubCacheEnv */.p1)(opts.env).token, opts.githubToken]);
    }
    /** The event sink run.ts uses: status messages also feed the monitor. */
    tap(sink) {
        this.emit = sink;
        return (event) => {
            if (event.type === 'status') {
                this.monitor.update(event.target, event.message);
                this.watchSlowSteps(event.target);
            }
            sink(event);
        };
    }
    /**
     * Asks the daemon which cache API it speaks, if any target uses the gha cache, and starts the pre-flight of the gha
     * services the imports name (gha-preflight.ts): its requests (~30 ms each on a hosted runner) run while the targets
     * are planned and their sessions set up; `planned` waits for its answer.
     */
    async prepare(specs, client, connection, signal) {
        if ((0,gha/* usesGhaCache */.p_)(specs, { mode: this.opts.cache ?? 'off', env: this.opts.env })) {
            this.daemon = await detectCacheSupport(client, connection, signal);
            // the entries the plans will have (planTarget completes them the same way), checked before the build uses them;
            // those the early pre-flight covered already are not checked again
            const early = this.opts.ghaPreflight;
            const imports = ghaImports(specs, this.planOptions.cache).filter((e) => !early?.keys.has(ghaServiceKey(e.Attrs)));
            const checks = [...(early ? [early.failing] : []), ...(imports.length ? [failingGhaServices(imports)] : [])];
            if (checks.length) {
                this.preflight = (0,abortable/* abortable */.Z)(Promise.all(checks).then((found) => new Map(found.flatMap((m) => [...m]))), signal ?? new AbortController().signal);
                this.preflight.catch(() => { }); // a run that fails before `planned` does not wait for it
            }
        }
    }
    get planOptions() {
        return {
            cache: {
                mode: this.opts.cache ?? 'off',
                env: this.opts.env,
                daemon: this.daemon,
                githubToken: this.opts.githubToken,
            },
            warm: this.opts.warm,
        };
    }
    /**
     * Plan warnings (once each), and warm-mode targets that would save no cache; once the pre-flight has answered, the
     * gha entries on a failing service dropped from the plans. Call it before the targets start.
     */
    async planned(plans) {
        if (this.preflight)
            this.failing = await this.preflight;
        const seen = new Set();
        for (const plan of plans) {
            if (this.failing.size)
                this.dropFailing(plan);
            for (const w of plan.warnings ?? []) {
                if (seen.has(w.message))
                    continue;
                seen.add(w.message);
                this.emit({ type: 'warning', target: w.target, message: w.message });
            }
            if (this.opts.warm && !plan.cacheExports.length) {
                this.emit({
                    type: 'warning',
                    target: plan.target,
                    message: 'cache warming: the target has no cache export (cache-to), so it is built but no cache is saved',
                });
            }
        }
    }
    /** Drops the plan's gha entries on a service found failing (gha-preflight.ts), with a warning each. */
    dropFailing(plan) {
        const why = (e) => (e.Type === 'gha' ? this.failing.get(ghaServiceKey(e.Attrs)) : undefined);
        const keptImports = plan.cacheImports.filter((e) => {
            const reason = why(e);
            if (reason)
                this.emit({
                    type: 'warning',
                    target: plan.target,
                    message: `cache import (${(0,gha/* describeCacheEntry */.oW)(e)}) skipped: the GitHub Actions cache is failing (${reason}); building without it`,
                });
            return !reason;
        });
        const keptExports = plan.cacheExports.filter((e) => {
            const reason = e.Attrs['ignore-error'] === 'true' ? why(e) : undefined;
            if (reason)
                this.emit({
                    type: 'warning',
                    target: plan.target,
                    message: `cache export (${(0,gha/* describeCacheEntry */.oW)(e)}) skipped: the GitHub Actions cache is failing (${reason}); its cache is not saved`,
                });
            return !reason;
        });
        if (keptImports.length !== plan.cacheImports.length) {
            plan.cacheImports = keptImports;
            if (keptImports.length)
                plan.frontendAttrs['cache-imports'] = (0,attribute_values/* encodeCacheImports */.Nd)(keptImports);
            else
                delete plan.frontendAttrs['cache-imports'];
        }
        plan.cacheExports = keptExports;
    }
    /** A failed target's error, made clear when only its cache export failed. */
    explainFailure(target, err, plan, statusDone) {
        return this.monitor.explainFailure(target, err, plan.cacheExports, statusDone);
    }
    /**
     * A cache import or export that runs long says so in the log (a slow or failing cache service made an
     * export take 42 s, or minutes, with nothing on screen): a line after SLOW_CACHE_MS, then every
     * SLOW_CACHE_REPEAT_MS, until the step completes. Timers are unref'd and end with the target.
     */
    watchSlowSteps(target) {
        for (const v of this.monitor.tracker.vertices(target)) {
            const exporting = isCacheExportVertex(v.name);
            if (!exporting && !isCacheImportVertex(v.name))
                continue;
            const key = `${target}\0${v.digest}`;
            if (v.completed !== undefined) {
                clearTimeout(this.slow.get(key));
                this.slow.delete(key);
                continue;
            }
            if (v.started === undefined || this.slow.has(key))
                continue;
            const since = Date.now();
            const schedule = (ms) => {
                const timer = setTimeout(() => {
                    const secs = Math.round((Date.now() - since) / 1000);
                    this.emit({
                        type: 'info',
                        target,
                        message: `cache ${exporting ? 'export' : 'import'} still running after ${secs} s (${v.name}): the cache service is slow, or failing and being retried`,
                    });
                    schedule(SLOW_CACHE_REPEAT_MS);
                }, ms);
                timer.unref();
                this.slow.set(key, timer);
            };
            schedule(SLOW_CACHE_MS);
        }
    }
    stopWatching(target) {
        for (const [key, timer] of this.slow) {
            if (!key.startsWith(`${target}\0`))
                continue;
            clearTimeout(timer);
            this.slow.delete(key);
        }
    }
    /** Once a target's progress is complete: its cache report, and warnings for failed imports/ignored exports. */
    finished(outcome, plan) {
        this.stopWatching(outcome.target);
        if (!plan.cacheImports.length && !plan.cacheExports.length && !this.opts.warm)
            return outcome;
        const report = this.monitor.report(outcome.target, plan.cacheImports, plan.cacheExports);
        outcome.cache = report;
        if (outcome.status === 'done') {
            for (const message of CacheMonitor.warnings(report))
                this.emit({ type: 'warning', target: outcome.target, message });
        }
        return outcome;
    }
    /** Warm mode: the per-target report (also emitted as a `warm-report` event). */
    warmReport(outcomes) {
        if (!this.opts.warm)
            return undefined;
        const targets = outcomes.map((o) => {
            const r = o.cache ?? { steps: 0, cachedSteps: 0, imports: [], exports: [] };
            return {
                target: o.target,
                result: (0,gha/* warmResult */.f9)(o.status, r.steps, r.cachedSteps),
                steps: r.steps,
                cachedSteps: r.cachedSteps,
                cacheSaved: r.exports.length > 0 && r.exports.every((e) => !e.error) && o.status === 'done',
            };
        });
        this.emit({ type: 'warm-report', targets });
        return targets;
    }
}


/***/ }),

/***/ 9867:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ abortable)
/* harmony export */ });
/** `p`, or a rejection with the signal's reason as soon as `signal` aborts (the wait is cut short, `p` runs on). */
function abortable(p, signal) {
    if (signal.aborted) {
        p.catch(() => { }); // nobody waits for `p` any more: its failure must not be an unhandled rejection
        return Promise.reject(signal.reason ?? new Error('aborted'));
    }
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason ?? new Error('aborted'));
        signal.addEventListener('abort', onAbort, { once: true });
        p.then((v) => {
            signal.removeEventListener('abort', onAbort);
            resolve(v);
        }, (e) => {
            signal.removeEventListener('abort', onAbort);
            reject(e);
        });
    });
}


/***/ })

};
