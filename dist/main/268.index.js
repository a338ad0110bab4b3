export const id = 268;
export const ids = [268];
export const modules = {

/***/ 1268:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cacheMountLogLines: () => (/* binding */ cacheMountLogLines),
  cacheMountsOptions: () => (/* binding */ cacheMountsOptions),
  X: () => (/* binding */ savedText),
  l: () => (/* binding */ sizeText)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/solve/cache-mounts/gha-store.js
/**
 * The GitHub Actions cache as a `CacheMountStore` (types.ts): the archive of a cache mount is saved and restored with
 * @actions/cache, the client actions/cache itself uses, so the action needs no protocol code of its own and gets
 * both cache service APIs (v1 `ACTIONS_CACHE_URL`, v2 `ACTIONS_RESULTS_URL` with `ACTIONS_CACHE_SERVICE_V2`), the
 * GHES rules and the blob transfers for free.
 *
 * How @actions/cache is driven, and why:
 *   - It is imported inside the methods (`await import`), never at the top: a run without cache mounts (every CLI
 *     run, every action run outside GitHub Actions or with `cache-mounts: off`) does not load it nor the Azure SDK
 *     behind it.
 *   - It archives the paths it is given (tar + zstd, relative to GITHUB_WORKSPACE) and extracts them back to the same
 *     place, and the entry's `version` is a hash of the path strings as given: a path that changed between the run
 *     that saved and the run that restores is a miss, whatever the key. So the archive always travels as the one file
 *     `archive` of one fixed directory, `<RUNNER_TEMP or the OS temp dir>/bakekit-cache-mount`: hard-linked (or
 *     copied) there before a save, moved from there to the requested file after a restore. Its absolute path is part
 *     of every entry's identity (@actions/glob refuses a relative one with `..`): runners share entries when their
 *     RUNNER_TEMP is the same path, as on every hosted runner of one image. One directory means one
 *     operation at a time: the store runs its operations one after the other (the transfers into and out of the
 *     daemon, the long part, are not serialised by this).
 *   - It reports most failures only as log lines through @actions/core and returns `undefined` (restore) or -1
 *     (save). While it runs, the store reads what @actions/core writes to stdout: its warnings and errors become a
 *     `GhaCacheError` with the reason (so the report says `failed: rate limited` rather than `saved` or a silent
 *     miss) and are not printed (the caller warns once, in its own words); its debug lines, which carry response
 *     headers and the signed blob URLs, and its progress lines are not printed either. Everything else written
 *     meanwhile (the build's own log) passes through untouched.
 *   - Nothing the store says contains the runtime token: reasons are taken from @actions/cache's messages, which do not
 *     carry it, and are scrubbed of it anyway.
 */



/**
 * Inside GitHub Actions with a cache service the action can use: the checks @actions/cache's `isFeatureAvailable`
 * makes (v2 when ACTIONS_CACHE_SERVICE_V2 is non-empty, unless GITHUB_SERVER_URL names a GHES host: then
 * ACTIONS_RESULTS_URL; v1: ACTIONS_CACHE_URL), plus the runtime token every request needs.
 */
function isGhaCacheAvailable(env) {
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return false;
    return ghaCacheApi(env) === 'v2' ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}
/** @actions/cache's config.ts getCacheServiceVersion: GHES is always v1; else v2 when ACTIONS_CACHE_SERVICE_V2 is set. */
function ghaCacheApi(env) {
    if (isGhes(env))
        return 'v1';
    return env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}
/** @actions/cache's config.ts isGhes: any server other than github.com, *.ghe.com, *.localhost. */
function isGhes(env) {
    let host;
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
    }
    catch {
        return false;
    }
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
class GhaCacheError extends Error {
    operation;
    failure;
    name = 'GhaCacheError';
    constructor(operation, failure, message) {
        super(message);
        this.operation = operation;
        this.failure = failure;
    }
}
const STAGING_DIR = 'bakekit-cache-mount';
const ARCHIVE = 'archive';
/** @actions/cache's plain info lines (cache.ts, cacheTwirpClient.ts, uploadUtils/downloadUtils, @actions/exec). */
const CACHE_INFO = /^(?:Cache (?:Size|restored successfully|saved successfully|hit for|restore skipped|save skipped)|Lookup only|Failed to save:|Attempt \d+ of \d+ failed|Sent \d+ of \d+|Received \d+ of \d+|\[command\])/;
/** The warnings and errors it logs instead of throwing. */
const CACHE_PROBLEM = /^(?:Failed to (?:save|restore):|Cache reservation failed:|uploadCacheArchiveSDK:|Unable to |Cache (?:save|restore) skipped|You've hit a rate limit)/;
class GhaCacheStore {
    opts;
    description = 'the GitHub Actions cache';
    queue = Promise.resolve();
    env;
    staging;
    constructor(opts = {}) {
        this.opts = opts;
        this.env = opts.env ?? process.env;
        this.staging = external_node_path_.join(opts.stagingRoot ?? (this.env.RUNNER_TEMP || external_node_os_.tmpdir()), STAGING_DIR);
    }
    restore(file, key, restoreKeys) {
        return this.serially(async () => {
            const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
            await promises_.rm(this.staging, { recursive: true, force: true });
            try {
                const { value: hit, lines } = await this.capture(() => cache.restoreCache([this.staging], key, restoreKeys));
                // "Failed to restore: <why>" says most; a warning before it ("You've hit a rate limit\u2026") less
                const problems = lines.filter((l) => (l.kind === 'warning' || l.kind === 'error') && CACHE_PROBLEM.test(l.text));
                const problem = problems.find((l) => l.text.startsWith('Failed to restore:')) ?? problems[0];
                if (problem)
                    throw this.failure('restore', problem.text, lines);
                if (hit === undefined)
                    return undefined;
                const archive = external_node_path_.join(this.staging, ARCHIVE);
                try {
                    await promises_.access(archive);
                }
                catch {
                    // tar extracted relative to GITHUB_WORKSPACE: a workspace other than the saving run's puts it elsewhere
                    throw new GhaCacheError('restore', 'other', `the entry ${hit} was restored, but not to ${archive} (GITHUB_WORKSPACE differs from the run that saved it?)`);
                }
                await moveFile(archive, file);
                return hit;
            }
            catch (err) {
                throw this.wrap('restore', err);
            }
            finally {
                await promises_.rm(this.staging, { recursive: true, force: true });
            }
        });
    }
    save(file, key) {
        return this.serially(async () => {
            const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
            await promises_.rm(this.staging, { recursive: true, force: true });
            try {
                await promises_.mkdir(this.staging, { recursive: true });
                await linkOrCopy(file, external_node_path_.join(this.staging, ARCHIVE));
                const { value: id, lines } = await this.capture(() => cache.saveCache([this.staging], key));
                if (id === -1 || id === undefined)
                    throw this.failure('save', undefined, lines);
            }
            catch (err) {
                throw this.wrap('save', err);
            }
            finally {
                await promises_.rm(this.staging, { recursive: true, force: true });
            }
        });
    }
    /** Runs `fn` after every operation started before it (one staging directory, one operation at a time). */
    serially(fn) {
        const run = this.queue.then(fn, fn);
        this.queue = run.catch(() => undefined);
        return run;
    }
    /**
     * Runs `fn` reading @actions/core's writes to stdout: its workflow commands (`::debug::`, and the `::warning::` /
     * `::error::` lines of @actions/cache's failures) and @actions/cache's known info lines are kept back and returned;
     * any other write (the build's log, running meanwhile) goes through.
     */
    async capture(fn) {
        const lines = [];
        // restored as it was (not a bound copy), so that a wrapper installed meanwhile can be recognised
        // eslint-disable-next-line @typescript-eslint/unbound-method
        const original = process.stdout.write;
        const onLog = this.opts.onLog;
        const scrub = (s) => this.scrub(s);
        // what onLog itself writes (the action's own debug line) is not @actions/cache's: it goes through
        let inOnLog = false;
        const write = (chunk, ...rest) => {
            const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : undefined;
            const line = text?.replace(/\r?\n$/, '');
            const kept = inOnLog || line === undefined || line.includes('\n') ? undefined : classify(line);
            if (!kept)
                return original.call(process.stdout, chunk, ...rest);
            lines.push(kept);
            if (kept.kind !== 'debug' && onLog) {
                inOnLog = true;
                try {
                    onLog(scrub(kept.text));
                }
                finally {
                    inOnLog = false;
                }
            }
            const cb = rest.find((r) => typeof r === 'function');
            cb?.();
            return true;
        };
        const hook = write;
        process.stdout.write = hook;
        try {
            return { value: await fn(), lines };
        }
        finally {
            if (process.stdout.write === hook)
                process.stdout.write = original;
        }
    }
    /** The failure @actions/cache logged: its underlying cause when it said one (a reservation's debug line), else
     * `text` or its last warning or error. */
    failure(operation, text, lines) {
        const problems = lines.filter((l) => l.kind === 'warning' || l.kind === 'error' || CACHE_PROBLEM.test(l.text));
        // v2 reports every failed CreateCacheEntry (429, 5xx, network) as "another job may be creating this cache": the
        // real cause is only in the debug line before it
        const cause = lines.find((l) => l.kind === 'debug' && l.text.startsWith('Failed to reserve cache: '));
        let reason = cause?.text.slice('Failed to reserve cache: '.length) ?? text ?? problems.at(-1)?.text;
        reason ??= operation === 'save' ? 'the cache service did not save it' : 'the cache service did not restore it';
        reason = reason
            .replace(/^Failed to (?:save|restore): /, '')
            .replace(/^Error: /, '')
            // v1 names no status either, only the service's message
            .replace(/^Unable to reserve cache with key .*?, another job may be creating this cache\. More details: /, '');
        return new GhaCacheError(operation, classifyFailure(`${reason} ${problems.map((p) => p.text).join(' ')}`), reason);
    }
    wrap(operation, err) {
        if (err instanceof GhaCacheError)
            return new GhaCacheError(operation, err.failure, this.scrub(err.message));
        const e = err;
        const message = this.scrub(e?.message ?? String(err));
        // ValidationError: a key @actions/cache refuses; anything else it threw (it throws little) or a file operation
        const failure = e?.name === 'ValidationError' ? 'invalid' : classifyFailure(message);
        return new GhaCacheError(operation, failure, message);
    }
    scrub(s) {
        const token = this.env.ACTIONS_RUNTIME_TOKEN ?? process.env.ACTIONS_RUNTIME_TOKEN;
        return token ? s.split(token).join('***') : s;
    }
}
/** One write to stdout, if @actions/core wrote it for @actions/cache. */
function classify(line) {
    const cmd = /^::(debug|warning|error)::(.*)$/s.exec(line);
    if (cmd) {
        const kind = cmd[1];
        // @actions/core escapes %, CR and LF in command data
        const text = cmd[2].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
        if (kind === 'debug' || CACHE_PROBLEM.test(text))
            return { kind, text };
        return undefined;
    }
    return CACHE_INFO.test(line) ? { kind: 'info', text: line } : undefined;
}
function classifyFailure(text) {
    if (/already exists|AlreadyExists|\b409\b/i.test(text))
        return 'exists';
    if (/rate limit|\b429\b|RequestBlocked|Request was blocked|resource_exhausted/i.test(text))
        return 'rate-limited';
    if (/(?:read|write) denied|\b403\b|does not permit/i.test(text))
        return 'denied';
    if (/NetworkError|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|socket hang up|Unable to make request/i.test(text))
        return 'network';
    if (/\b5\d\d\b|after \d+ attempts|internal|unavailable/i.test(text))
        return 'service';
    return 'other';
}
/** `src` at `dest` without copying when both are on one file system. */
async function linkOrCopy(src, dest) {
    try {
        await promises_.link(src, dest);
    }
    catch {
        await promises_.copyFile(src, dest);
    }
}
async function moveFile(src, dest) {
    await promises_.mkdir(external_node_path_.dirname(dest), { recursive: true });
    try {
        await promises_.rename(src, dest);
    }
    catch (err) {
        if (err.code !== 'EXDEV')
            throw err;
        await promises_.copyFile(src, dest);
        await promises_.rm(src, { force: true });
    }
}

// EXTERNAL MODULE: ./lib/bake/units.js
var units = __webpack_require__(5650);
;// CONCATENATED MODULE: ./lib/action/cache-mounts.js


/**
 * `off`: none. Outside GitHub Actions, or without a cache service (no ACTIONS_RUNTIME_TOKEN, no cache URL): none,
 * silently for `auto`, with a warning for a list (the workflow asked for them). Else the mounts with the GitHub
 * Actions cache as the store; @actions/cache's own lines (hits, sizes, retries) go to `debug`.
 */
function cacheMountsOptions(inputs, env, debug = () => { }) {
    const mode = inputs.cacheMounts;
    if (mode === 'off')
        return {};
    if (!isGhaCacheAvailable(env)) {
        if (mode === 'auto')
            return {};
        return {
            note: {
                level: 'warning',
                message: `cache-mounts: ${mode.join(', ')} not restored or saved: no GitHub Actions cache service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL are unset)`,
            },
        };
    }
    return {
        options: {
            mode,
            store: new GhaCacheStore({ env, onLog: debug }),
            keyHash: inputs.cacheMountsKey,
            image: inputs.cacheMountsImage,
            maxSize: inputs.cacheMountsMaxSize,
        },
    };
}
/** The saved cell: what became of the save, with the key or the reason. */
function savedText(r) {
    switch (r.saved) {
        case 'saved':
            return r.savedKey ? `saved as ${r.savedKey}` : 'saved';
        case 'unchanged':
            return 'unchanged';
        case 'skipped':
        case 'failed':
            return r.savedKey ? `${r.saved}: ${r.savedKey}` : r.saved;
    }
}
function sizeText(r) {
    return r.size === undefined ? '' : (0,units/* bytesSize */.VC)(r.size);
}
/** One job log line per mount: `cache mount go-mod (app, linux/amd64): restored K; saved as K2 (12MiB, 3.1s)`. */
function cacheMountLogLines(reports) {
    return reports.map((r) => {
        const size = sizeText(r);
        const detail = [size, `${(r.durationMs / 1000).toFixed(1)}s`].filter(Boolean).join(', ');
        const restored = r.restoredKey
            ? `restored ${r.restoredKey}${r.kept ? ' (the builder kept its own contents)' : ''}`
            : 'nothing restored (miss)';
        return `cache mount ${r.id} (${r.targets.join(', ')}, ${r.platform}): ${restored}; ${savedText(r)} (${detail})`;
    });
}


/***/ })

};
