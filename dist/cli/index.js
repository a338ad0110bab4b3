#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4573:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7975:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 5618:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ policyFlagOverrides),
/* harmony export */   m: () => (/* binding */ POLICY_FLAG_MARK)
/* harmony export */ });
/**
 * `--policy` (buildx \u2265 0.34, commands/bake.go): policy options for every target (`strict=\u2026`, `log-level=\u2026`, or
 * `disabled=true`). buildx checks the values before it reads the bake files (bakePolicyOverrides) and turns each into a
 * `*.policy+=VALUE` override \u2014 but `disabled=true` replaces every resolved target's policy with `[{disabled}]` after
 * resolution, whatever `--set` said. Here each value becomes a `*.policy+=` override marked as the flag's: overrides.ts
 * checks the marked values as bakePolicyOverrides does and applies them as buildx would. The mark starts with a NUL
 * byte, which no command-line argument or environment value can hold, so no `--set` can forge it.
 *
 * A module of its own, with no imports: the command-line parser loads it at start-up.
 */
const POLICY_FLAG_MARK = '\u0000--policy ';
/** `--policy VALUE`\u2026 \u2192 the overrides that carry them (after the user's own `--set`, as buildx appends them). */
function policyFlagOverrides(values) {
    return values.map((v) => `*.policy+=${POLICY_FLAG_MARK}${v}`);
}


/***/ }),

/***/ 5650:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VC: () => (/* binding */ bytesSize),
/* harmony export */   h$: () => (/* binding */ ramInBytes)
/* harmony export */ });
/* unused harmony export InvalidSizeError */
/**
 * docker/go-units sizes, as buildx and compose-go read and print them: `shm-size`, `memory`, compose's `shm_size`.
 * One port, because a size bake accepts at `--print` must be the size the build then uses.
 */
/** go-units parseSize failed: its message, which compose-go and buildx pass on. */
class InvalidSizeError extends Error {
    value;
    name = 'InvalidSizeError';
    constructor(value) {
        super(`invalid size: '${value}'`);
        this.value = value;
    }
}
const BINARY_UNITS = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
/** strconv.ParseFloat's decimal syntax (hexadecimal floats are refused). */
const GO_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * `128m` \u2192 134217728: go-units RAMInBytes (parseSize with binary multiples). The number is what ends at the last
 * digit, dot or space (one space may separate it from the unit); the unit is `b`, or `k`/`m`/`g`/`t`/`p` optionally
 * followed by `b` or `ib`, in any case; the product is truncated as Go's int64() does. The caller bounds the result
 * (Go would overflow int64 silently).
 */
function ramInBytes(value) {
    let sep = -1;
    for (let i = value.length - 1; i >= 0; i--) {
        if ('0123456789. '.includes(value[i])) {
            sep = i;
            break;
        }
    }
    if (sep < 0)
        throw new InvalidSizeError(value);
    const num = value[sep] === ' ' ? value.slice(0, sep) : value.slice(0, sep + 1);
    let suffix = value.slice(sep + 1);
    if (!GO_DECIMAL.test(num))
        throw new InvalidSizeError(value);
    let size = Number.parseFloat(num);
    if (size < 0)
        throw new InvalidSizeError(value);
    if (suffix !== '') {
        suffix = suffix.toLowerCase();
        if (suffix.length > 3)
            throw new InvalidSizeError(value);
        if (suffix[0] === 'b') {
            if (suffix.length > 1)
                throw new InvalidSizeError(value);
        }
        else {
            const multiple = BINARY_UNITS[suffix[0]];
            if (multiple === undefined)
                throw new InvalidSizeError(value);
            if ((suffix.length === 2 && suffix[1] !== 'b') || (suffix.length === 3 && suffix.slice(1) !== 'ib'))
                throw new InvalidSizeError(value);
            size *= multiple;
        }
    }
    return Math.trunc(size);
}
/** go-units BytesSize: `134217728` \u2192 `128MiB` (4 significant digits, binary units). */
function bytesSize(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];
    let i = 0;
    let v = n;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${Number(v.toPrecision(4))}${units[i]}`;
}


/***/ }),

/***/ 9979:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BULK_BYTES: () => (/* binding */ BULK_BYTES),
/* harmony export */   FIRST_V8_WITH_MAGLEV: () => (/* binding */ FIRST_V8_WITH_MAGLEV),
/* harmony export */   MAGLEV: () => (/* binding */ MAGLEV),
/* harmony export */   NO_MAGLEV: () => (/* binding */ NO_MAGLEV),
/* harmony export */   NO_TURBOFAN: () => (/* binding */ NO_TURBOFAN),
/* harmony export */   TURBOFAN: () => (/* binding */ TURBOFAN),
/* harmony export */   TURBOFAN_AFTER_MS: () => (/* binding */ TURBOFAN_AFTER_MS),
/* harmony export */   deferOptimizingCompiler: () => (/* binding */ deferOptimizingCompiler),
/* harmony export */   restoreMaglev: () => (/* binding */ restoreMaglev),
/* harmony export */   restoreOptimizingCompiler: () => (/* binding */ restoreOptimizingCompiler)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8877);
/**
 * V8's optimizing compilers held back while a run is short and its sessions move little: TurboFan (the top tier)
 * until the run moves bulk data, Maglev (the middle tier) until it has a large directory or bulk data to send, or
 * moves bulk data or many small messages.
 *
 * Most bake runs the client takes part in are short: start-up, a listing of small STATs, a few small exports, the
 * status stream. V8 tiers hot functions up on its worker threads, and in a run of ~1 s that work is not paid back.
 * Measured on the bench's one-file-changed case (Node 24, 2 vCPUs; docs/benchmarks.md, "Eleventh round"): during the
 * 0.5 s listing V8's worker threads used ~0.2 s of CPU, nearly all of it TurboFan (50 functions, ~180 ms of
 * compilation), while the listing and the daemon's comparison kept both cores busy (the main thread waited 0.15-0.2 s
 * for one). Without TurboFan that run took 46 ms less wall time, 0.07 s less client CPU and 5 MB less memory (medians
 * of 7 pairs), the cached fan-out 25 ms, 0.05 s and 4 MB less. Maglev then compiled ~230 functions of the cached
 * fan-out in ~0.1 s of worker time; held back as well, the fan-out used 0.08 s less client CPU and 5 MB less memory
 * (10 pairs, "Twelfth round"), its code running on Sparkplug, which compiles in a single fast pass.
 *
 * Two kinds of run pay back what the compilers cost. A large directory to send or compare (the sender's STATs and files
 * of a 20,000-file context) is JS-heavy from its first STAT: Maglev comes back as soon as the identity walk finds a
 * tree of more than 1,000 entries (fsutil/identity.ts onLargeTree, ~0.15 s into the run), before that code runs hot.
 * Given back only once the sessions had moved many small messages, the cold 20,000-file context took 0.09-0.19 s more
 * client CPU (medians of 5 and 6 pairs): functions that run hot while Maglev is off reach it late or never
 * (--trace-opt: 202 functions instead of 333). The message count (MANY_SMALL_MESSAGES, which gc-pacer.ts keeps for
 * young-generation.ts) stays for a large export, and for a directory that was not walked. Bulk data is the other: a
 * cold 1 GiB context took more client CPU without TurboFan (medians of 5 pairs: 3.43 against 2.84 s), so both come back
 * once the sessions have moved BULK_BYTES, or after TURBOFAN_AFTER_MS whatever the run moves. Maglev comes back sooner,
 * as soon as the daemon asks a sender for BULK_BYTES of files (gc-pacer.ts `announced`): a few large files make no
 * large tree, and with Maglev back only once the bytes had moved that 1 GiB context (4 files) took 3.66 against 3.25 s
 * of client CPU (medians of 8 pairs, "Thirteenth round"). V8 reads the flags at every tier-up decision, so setting them
 * at run time takes effect from then on (unit tests check both ways on the Node running them).
 *
 * Only where Maglev is there to take TurboFan's place: V8 12 and later (Node 22+; the action runs on node24), on x64
 * and arm64, the architectures V8 builds Maglev for. Without Maglev the hot code stays on Sparkplug: on Node 20 (V8
 * 11.3) the bench's cold context then lost throughput (0.80-0.87\u00d7 buildx's) and, on the Engine, its client CPU rose
 * from 2.52 to 3.15 s (round 11). There V8 is left as it is.
 *
 * Like keepYoungGenerationSmall (young-generation.ts) this runs before the compile cache is enabled, at the same
 * point in every run. `BAKEKIT_V8_TURBOFAN=1` leaves V8's compilers as they are, and so does a tiering flag of the
 * user's own in NODE_OPTIONS or on node's command line.
 */

const NO_TURBOFAN = '--no-turbofan';
const TURBOFAN = '--turbofan';
const NO_MAGLEV = '--no-maglev';
const MAGLEV = '--maglev';
/** Session bytes after which TurboFan comes back: more than the bench's fan-out moves in all (~23 MB). */
const BULK_BYTES = 64 * 1024 * 1024;
/** A run this long gets TurboFan back whatever it moves. */
const TURBOFAN_AFTER_MS = 5_000;
/** The first V8 major version that tiers through Maglev by default, and the architectures it does so on. */
const FIRST_V8_WITH_MAGLEV = 12;
const MAGLEV_ARCHITECTURES = ['x64', 'arm64'];
/** V8 flags that say how the user wants code compiled: theirs win. */
const USER_TIERING_FLAG = /(^|\s)--(no-)?(turbofan|opt|jitless|max-opt|maglev)(=|\s|$)/;
let deferred;
/** Holds TurboFan and Maglev back until restoreOptimizingCompiler or `afterMs` (Maglev: or restoreMaglev); returns
 * whether it did. */
function deferOptimizingCompiler({ env = process.env, execArgv = process.execArgv, afterMs = TURBOFAN_AFTER_MS, v8Version = process.versions.v8, arch = process.arch, setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString, } = {}) {
    restoreOptimizingCompiler();
    if (env.BAKEKIT_V8_TURBOFAN === '1')
        return false;
    if (!(Number.parseInt(v8Version, 10) >= FIRST_V8_WITH_MAGLEV) || !MAGLEV_ARCHITECTURES.includes(arch))
        return false;
    if (USER_TIERING_FLAG.test(`${env.NODE_OPTIONS ?? ''} ${execArgv.join(' ')}`))
        return false;
    try {
        setFlags(NO_TURBOFAN);
    }
    catch {
        return false; // a runtime without the flag: V8's default
    }
    let maglevHeld = true;
    try {
        setFlags(NO_MAGLEV);
    }
    catch {
        maglevHeld = false; // TurboFan alone is held back, as before Maglev was
    }
    const timer = setTimeout(restoreOptimizingCompiler, afterMs);
    timer.unref(); // never what keeps the process alive
    deferred = { setFlags, timer, maglevHeld };
    return true;
}
/** Maglev from now on; TurboFan stays held back (nothing when Maglev is not held back, or is back already). */
function restoreMaglev() {
    if (!deferred?.maglevHeld)
        return;
    deferred.maglevHeld = false;
    try {
        deferred.setFlags(MAGLEV);
    }
    catch {
        /* it was settable a moment ago */
    }
}
/** Both compilers from now on (nothing when deferOptimizingCompiler held nothing back, or they are back already). */
function restoreOptimizingCompiler() {
    if (!deferred)
        return;
    restoreMaglev();
    const { setFlags, timer } = deferred;
    deferred = undefined;
    clearTimeout(timer);
    try {
        setFlags(TURBOFAN);
    }
    catch {
        /* it was settable a moment ago */
    }
}


/***/ }),

/***/ 8148:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ keepYoungGenerationSmall),
/* harmony export */   dp: () => (/* binding */ letYoungGenerationGrow),
/* harmony export */   pF: () => (/* binding */ MANY_SMALL_MESSAGES),
/* harmony export */   sd: () => (/* binding */ SMALL_MESSAGE_BYTES)
/* harmony export */ });
/* unused harmony exports NO_YOUNG_GENERATION_GROWTH, DEFAULT_YOUNG_GENERATION_GROWTH */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8877);
/**
 * The size of V8's young generation over a run: kept at its initial size while the run moves few messages, V8's
 * default growth once it moves many.
 *
 * V8 doubles the young generation (two semi-spaces, 1 MB each at start) whenever enough of it survives collections,
 * up to 16 MB per semi-space on a 64-bit Node, and never gives it back before the process ends. Loading the bundle
 * is exactly that pattern (module code, closures and descriptors all survive, so growing buys nothing), and so are
 * the collections paced by the session's bytes (gc-pacer.ts), each of which finds the transfer's few live objects.
 * On the bench's fan-out (12 local exports) the young generation ends at 16.8 MB, most of it empty; kept at its
 * initial size the run peaked at 94-96 MB RSS instead of 104-105 on Node 24 (79 instead of 86 on Node 20), with the
 * same CPU. A transfer of many small messages is the opposite case: a context of 20,000 files keeps thousands of
 * small objects in flight, and a small young generation promotes them to the old one, whose collections then cost
 * ~10 % more client CPU. So the session server counts small messages (gc-pacer.ts), and once a run has
 * moved MANY_SMALL_MESSAGES it lets the young generation grow as V8 would. See docs/benchmarks.md, "Sixth round".
 *
 * `--max-semi-space-size` cannot do this: V8 reads it once, when the heap is set up, before any of our code runs, and
 * the runner starts the action with no flags. The growth factor is read on every growth, so setting it at run time
 * takes effect from then on (a unit test checks that on the Node running the tests).
 *
 * keepYoungGenerationSmall runs first, before the compile cache is enabled (solve/run/compile-cache.ts): V8 flags are
 * part of the code cache's key, and every run sets this one at the same point, so cache entries stay valid.
 */

/** The V8 flag that stops the young generation from growing, and the one that restores V8's default. */
const NO_YOUNG_GENERATION_GROWTH = '--semi-space-growth-factor=1';
const DEFAULT_YOUNG_GENERATION_GROWTH = '--semi-space-growth-factor=2';
/** A message under this size is small: a STAT, a REQ, a small file's DATA, a status update. */
const SMALL_MESSAGE_BYTES = 16 * 1024;
/**
 * Small messages (either direction, all sessions) after which the young generation may grow, and Maglev comes back
 * (optimizing-compiler.ts): the run is a long listing, which is JS-heavy. The bench's fan-out (twelve exports and
 * their contexts) moves ~1,300 messages in all, its 1 GiB context in four files ~4,100 mostly large ones; a
 * 20,000-file context passes 2,000 early in its listing.
 */
const MANY_SMALL_MESSAGES = 2_000;
let kept = false;
/** Stops the young generation's growth until letYoungGenerationGrow; `BAKEKIT_V8_YOUNG_GROWTH=1` leaves V8's default. */
function keepYoungGenerationSmall(env = process.env, setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString) {
    kept = false;
    if (env.BAKEKIT_V8_YOUNG_GROWTH === '1')
        return false;
    try {
        setFlags(NO_YOUNG_GENERATION_GROWTH);
        kept = true;
    }
    catch {
        /* a runtime without the flag: V8's default growth, nothing worse */
    }
    return kept;
}
/** V8's default growth from now on (nothing when keepYoungGenerationSmall did not set the flag). */
function letYoungGenerationGrow(setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString) {
    if (!kept)
        return;
    kept = false;
    try {
        setFlags(DEFAULT_YOUNG_GENERATION_GROWTH);
    }
    catch {
        /* it was settable a moment ago */
    }
}


/***/ }),

/***/ 910:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eb: () => (/* binding */ UsageError),
  u6: () => (/* binding */ parseBakeArgs),
  ux: () => (/* binding */ parseVars),
  MB: () => (/* binding */ splitRemoteArgs)
});

// UNUSED EXPORTS: parseCacheMountsMode, parseListRequest

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./lib/solve/cache/mode.js
const CACHE_MODES = (/* unused pure expression or super */ null && (['auto', 'off']));
function parseCacheMode(value) {
    const v = (value ?? '').trim().toLowerCase();
    if (v === '' || v === 'auto')
        return 'auto';
    if (v === 'off' || v === 'false' || v === 'none')
        return 'off';
    throw new Error(`cache: expected auto or off, got "${value}"`);
}

// EXTERNAL MODULE: ./lib/solve/call/call-func.js
var call_func = __nccwpck_require__(7073);
// EXTERNAL MODULE: ./lib/bake/policy-flag.js
var policy_flag = __nccwpck_require__(5618);
// EXTERNAL MODULE: ./lib/solve/run/lifetime.js
var lifetime = __nccwpck_require__(1466);
;// CONCATENATED MODULE: ./lib/solve/run/policies.js
/**
 * The run's policies as the command line and the action give them, checked once for both shells: `--execution`
 * (lifetime.ts: what a failure stops), `--max-parallelism` (lifetime.ts: how many targets build at once) and
 * `--publish` (images/publish.ts: when images get their names). Loads nothing: the CLI parses its arguments with it.
 */

const PUBLISH_POLICIES = ['as-built', 'all-or-nothing'];
/** A policy value that is not one; the message says what is allowed (the shells prefix the flag or input name). */
class PolicyValueError extends Error {
    name = 'PolicyValueError';
}
/** `fail-fast` (also the default for an empty value) or `keep-going`. */
function parseExecutionPolicy(value) {
    const v = (value ?? '').trim();
    if (v === '')
        return 'fail-fast';
    if (lifetime/* EXECUTION_POLICIES */.O2.includes(v))
        return v;
    throw new PolicyValueError(`expected ${lifetime/* EXECUTION_POLICIES */.O2.join(' or ')}, got "${v}"`);
}
/** A positive whole number; empty means no bound (undefined). */
function parseMaxParallelism(value) {
    const v = (value ?? '').trim();
    if (v === '')
        return undefined;
    if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v)))
        throw new PolicyValueError(`expected a whole number of at least 1, got "${v}"`);
    return Number(v);
}
/** `as-built` (also the default for an empty value) or `all-or-nothing`. */
function parsePublishPolicy(value) {
    const v = (value ?? '').trim();
    if (v === '')
        return 'as-built';
    if (PUBLISH_POLICIES.includes(v))
        return v;
    throw new PolicyValueError(`expected ${PUBLISH_POLICIES.join(' or ')}, got "${v}"`);
}

// EXTERNAL MODULE: ./lib/bake/units.js
var units = __nccwpck_require__(5650);
;// CONCATENATED MODULE: ./lib/cli/args.js
/**
 * The command line of `bakekit` (the build command; `bakekit merge` has its own), parsed into run options with no
 * effects: the CLI runs on what this returns, and the `--print` conformance cases parse their buildx flags with it, so
 * a flag means the same in both. Flags follow `docker buildx bake` (commands/bake.go): each global flag becomes a
 * `--set` override in solve/run/bake.ts overridesFor, in buildx's order.
 */






/** A bad command line: exit code 2 and the usage, as a shell expects. */
class UsageError extends Error {
    name = 'UsageError';
}
const PROGRESS_MODES = ['auto', 'plain', 'tty', 'quiet', 'rawjson'];
const OPTIONS = {
    file: { type: 'string', short: 'f', multiple: true },
    set: { type: 'string', multiple: true },
    var: { type: 'string', multiple: true },
    print: { type: 'boolean' },
    list: { type: 'string' },
    builder: { type: 'string' },
    node: { type: 'string', multiple: true },
    tlscacert: { type: 'string' },
    tlscert: { type: 'string' },
    tlskey: { type: 'string' },
    push: { type: 'boolean' },
    load: { type: 'boolean' },
    call: { type: 'string' },
    check: { type: 'boolean' },
    'no-cache': { type: 'boolean' },
    pull: { type: 'boolean' },
    sbom: { type: 'string' },
    provenance: { type: 'string' },
    ssh: { type: 'string', multiple: true },
    'metadata-file': { type: 'string' },
    progress: { type: 'string' },
    cache: { type: 'string' },
    warm: { type: 'boolean' },
    allow: { type: 'string', multiple: true },
    execution: { type: 'string' },
    'max-parallelism': { type: 'string' },
    publish: { type: 'string' },
    policy: { type: 'string', multiple: true },
    'cache-mounts-dir': { type: 'string' },
    'cache-mounts': { type: 'string' },
    'cache-mounts-key': { type: 'string' },
    'cache-mounts-image': { type: 'string' },
    'cache-mounts-max-size': { type: 'string' },
    debug: { type: 'boolean', short: 'D' },
    help: { type: 'boolean', short: 'h' },
};
/** Throws UsageError for anything buildx would refuse while parsing its flags. */
function parseBakeArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
    }
    catch (err) {
        throw new UsageError(err.message);
    }
    const v = parsed.values;
    const usage = (f) => {
        try {
            return f();
        }
        catch (err) {
            throw new UsageError(err.message);
        }
    };
    const cache = usage(() => {
        try {
            return parseCacheMode(v.cache);
        }
        catch (err) {
            throw new Error(`--${err.message}`);
        }
    });
    const progress = (v.progress ?? 'auto');
    if (!PROGRESS_MODES.includes(progress))
        throw new UsageError(`--progress: expected one of ${PROGRESS_MODES.join(', ')}, got "${v.progress}"`);
    // buildx: `--check` is `--call=check`; given both, the later one wins (both set one flag value).
    let call = v.call;
    if (v.check)
        call = lastIndexOf(argv, '--check') > lastIndexOf(argv, '--call') ? 'check' : (v.call ?? 'check');
    if (call !== undefined)
        usage(() => (0,call_func/* parseCallFunc */.K)(call));
    const list = v.list === undefined ? undefined : usage(() => parseListRequest(v.list));
    // the run's policies (solve/run/policies.ts); an empty value is refused, as a flag given without its value
    const flag = (name, value, parse) => {
        if (value === undefined)
            return undefined;
        if (value.trim() === '')
            throw new UsageError(`--${name}: needs a value`);
        try {
            return parse(value);
        }
        catch (err) {
            throw new UsageError(`--${name}: ${err.message}`);
        }
    };
    const execution = flag('execution', v.execution, parseExecutionPolicy);
    const maxParallelism = flag('max-parallelism', v['max-parallelism'], parseMaxParallelism);
    const publish = flag('publish', v.publish, parsePublishPolicy);
    if (v.print && list)
        throw new UsageError('--print and --list are mutually exclusive');
    const cacheMounts = parseCacheMountsFlags(v);
    // `--ssh SPEC` is `--set *.ssh+=SPEC`: forwarding an agent is then the command line's choice, which grants it
    // (entitlements.ts counts the run's own overrides as granted), as the action's `ssh` input does.
    // `--policy VALUE` (buildx \u2265 0.34): `*.policy+=VALUE` for every target, checked and applied by bake/overrides.ts
    const set = [...(v.set ?? []), ...(v.ssh ?? []).map((s) => `*.ssh+=${s}`), ...(0,policy_flag/* policyFlagOverrides */.E)(v.policy ?? [])];
    return {
        options: {
            files: v.file ?? [],
            targets: parsed.positionals,
            set,
            vars: v.var?.length ? usage(() => parseVars(v.var)) : undefined,
            builder: v.builder,
            nodes: v.node,
            tls: v.tlscacert || v.tlscert || v.tlskey ? { caCert: v.tlscacert, cert: v.tlscert, key: v.tlskey } : undefined,
            push: v.push,
            load: v.load,
            call,
            noCache: v['no-cache'],
            pull: v.pull,
            sbom: v.sbom || undefined,
            provenance: v.provenance || undefined,
            metadataFile: v['metadata-file'],
            cache,
            warm: v.warm,
            allow: v.allow ?? [],
            ...(execution ? { execution } : {}),
            ...(maxParallelism ? { maxParallelism } : {}),
            ...(publish ? { publish } : {}),
        },
        ...(cacheMounts ? { cacheMounts } : {}),
        print: v.print ?? false,
        list,
        progress,
        debug: v.debug ?? false,
        help: v.help ?? false,
    };
}
/** `--cache-mounts auto|off|ID[,ID\u2026]`: which mounts; a list names mount ids as the Dockerfiles write them. */
function parseCacheMountsMode(value) {
    const v = value.trim();
    if (v === 'auto' || v === 'off')
        return v;
    const ids = v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    if (!ids.length)
        throw new Error('expected auto, off or a list of mount ids');
    return ids;
}
/** The `--cache-mounts-*` flags: undefined without `--cache-mounts-dir` (the others alone are a usage error). */
function parseCacheMountsFlags(v) {
    const others = ['cache-mounts', 'cache-mounts-key', 'cache-mounts-image', 'cache-mounts-max-size'].filter((k) => v[k] !== undefined);
    const dir = v['cache-mounts-dir'];
    if (dir === undefined) {
        if (others.length)
            throw new UsageError(`--${others[0]} needs --cache-mounts-dir (where the mounts are kept)`);
        return undefined;
    }
    if (dir.trim() === '')
        throw new UsageError('--cache-mounts-dir: needs a value');
    let mode = 'auto';
    if (v['cache-mounts'] !== undefined) {
        try {
            mode = parseCacheMountsMode(v['cache-mounts']);
        }
        catch (err) {
            throw new UsageError(`--cache-mounts: ${err.message}`);
        }
    }
    let maxSize;
    if (v['cache-mounts-max-size'] !== undefined) {
        try {
            maxSize = (0,units/* ramInBytes */.h$)(v['cache-mounts-max-size']);
        }
        catch (err) {
            throw new UsageError(`--cache-mounts-max-size: ${err.message}`);
        }
        if (maxSize <= 0)
            throw new UsageError('--cache-mounts-max-size: must be more than 0');
    }
    const image = v['cache-mounts-image']?.trim();
    if (image === '')
        throw new UsageError('--cache-mounts-image: needs a value');
    return {
        dir,
        mode,
        ...(v['cache-mounts-key'] ? { keyHash: v['cache-mounts-key'] } : {}),
        ...(image ? { image } : {}),
        ...(maxSize !== undefined ? { maxSize } : {}),
    };
}
function lastIndexOf(argv, flag) {
    let last = -1;
    argv.forEach((a, i) => {
        if (a === flag || a.startsWith(`${flag}=`))
            last = i;
    });
    return last;
}
/** buildx parseBakeVars: `NAME=VALUE`, an empty entry skipped, a later one winning. */
function parseVars(values) {
    const vars = Object.create(null);
    for (const value of values) {
        if (value === '')
            continue;
        const eq = value.indexOf('=');
        if (eq < 0)
            throw new Error(`invalid variable "${value}", expected key=value`);
        if (eq === 0)
            throw new Error(`invalid variable "${value}", key is empty`);
        vars[value.slice(0, eq)] = value.slice(eq + 1);
    }
    return vars;
}
/** buildx parseList. */
function parseListRequest(input) {
    let type = '';
    let format = '';
    const fields = input.split(',');
    if (fields.length === 1 && !input.startsWith('type='))
        type = input;
    else {
        for (const field of fields) {
            const eq = field.indexOf('=');
            if (eq < 0)
                throw new Error(`invalid value ${field}`);
            const key = field.slice(0, eq).trim().toLowerCase();
            const value = field.slice(eq + 1);
            if (key === 'type')
                type = value;
            else if (key === 'format')
                format = value;
            else
                throw new Error(`unexpected key '${key}' in '${field}'`);
        }
    }
    format ||= 'table';
    if (type !== 'targets' && type !== 'variables')
        throw new Error(`invalid list type "${type}"`);
    if (format !== 'table' && format !== 'json')
        throw new Error(`invalid list format "${format}"`);
    return { type, format };
}
/**
 * buildx bakeArgs: a remote URL as the first of the positional arguments is the repository a remote definition is read
 * from, and a second remote URL after it the command's context (the bake files' `BAKE_CMD_CONTEXT`, else `cwd://`);
 * the rest are the targets. `isRemote`: buildx IsRemoteURL (bake/resolve.ts isRemoteURL, loaded with the bake code).
 */
function splitRemoteArgs(args, isRemote) {
    if (args.length === 0 || !isRemote(args[0]))
        return { targets: args };
    const [url, ...rest] = args;
    if (rest.length === 0 || !isRemote(rest[0]))
        return { url, targets: rest };
    return { url, cmdContext: rest[0], targets: rest.slice(1) };
}


/***/ }),

/***/ 4761:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ usageError)
/* harmony export */ });
/**
 * What a bad command line prints: the error, the command's synopsis and where the rest is, as docker buildx does
 * (cobra's usage on a flag error). The full option list is `--help`'s, on stdout: after an error in a job log it
 * would push the error out of sight.
 */
/** `prefix: message`, then the first line of `usage` (the synopsis) and a pointer to `--help`. */
function usageError(prefix, message, usage) {
    const end = usage.indexOf('\n');
    const synopsis = end < 0 ? usage : usage.slice(0, end);
    const command = synopsis.replace(/^Usage:\s*/, '').split(' [')[0];
    return `${prefix}: ${message}\n\n${synopsis}\n\nRun '${command} --help' for more information\n`;
}


/***/ }),

/***/ 7073:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ callName),
/* harmony export */   K: () => (/* binding */ parseCallFunc)
/* harmony export */ });
/**
 * The build's call function (`call` attribute, `--call`, `--check`): buildx's util/buildflags ParseCallFunc. Apart from
 * bake.ts so that the CLI can check `--call` while parsing its arguments without loading the rest.
 */
const GO_TRUE = /^(1|t|T|TRUE|true|True)$/;
const GO_FALSE = /^(0|f|F|FALSE|false|False)$/;
/** A name and `format=`/`ignorestatus=` fields, comma-separated; `check` becomes `lint`. */
function parseCallFunc(value) {
    let name = '';
    let format;
    let ignoreStatus = false;
    for (const field of value.split(',')) {
        const eq = field.indexOf('=');
        if (eq < 0) {
            if (name !== '')
                throw new Error(`invalid print value: ${value}`);
            name = field;
            continue;
        }
        const key = field.slice(0, eq);
        const val = field.slice(eq + 1);
        if (key === 'format')
            format = val;
        else if (key === 'ignorestatus') {
            if (!GO_TRUE.test(val) && !GO_FALSE.test(val))
                throw new Error(`invalid ignorestatus print value: ${val}`);
            ignoreStatus = GO_TRUE.test(val);
        }
        else
            throw new Error(`invalid print field: ${field}`);
    }
    if (name === 'check')
        name = 'lint';
    return { name, format, ignoreStatus };
}
/** The name `*.call=` carries, or undefined for the default (`build`, or nothing given), which adds no override. */
function callName(call) {
    if (!call)
        return undefined;
    const { name } = parseCallFunc(call);
    return name === '' || name === 'build' ? undefined : name;
}


/***/ }),

/***/ 1466:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ LifetimeMachine),
/* harmony export */   O2: () => (/* binding */ EXECUTION_POLICIES),
/* harmony export */   hd: () => (/* binding */ TargetCancelledError)
/* harmony export */ });
/**
 * The linked-target lifetime rule, the execution policy and the parallelism bound, in one place (BuildKit's lifetime
 * problem: buildx #2108, #3543, #3696, #4014; policies: docker/bake-action #112, #359, buildx #1089, #3297).
 *
 * A producer P and a consumer C share vertices: C loads P's LLB through its frontend inputs, and a shared
 * vertex can only use the sessions (secrets, local dirs, auth) of the jobs currently holding it. So:
 *   1. C may solve (lazily) once every parent has PUBLISHED its lazy result (C needs their definitions);
 *   2. T may EVALUATE once T is published, every child of T has published (they registered their LLB) and
 *      every parent has EVALUATED (a parent loads the shared vertices first, under its own job);
 *   3. T may be RELEASED (Return \u2192 export \u2192 its job and session end) only once T is evaluated and every child
 *      has COMPLETED, i.e. reached its own release point \u2014 so no producer goes away before all of its
 *      consumers, and their consumers, have evaluated.
 * A failed or cancelled child no longer holds its parents back, so nothing deadlocks. The order cannot deadlock on a
 * DAG: rule 2 needs only the parents' rule 1 and 2 and the children's rule 1; rule 3 needs the children's rule 3
 * (induction on depth).
 *
 * What a failure stops is the execution policy's:
 *   - fail-fast (default, buildx's only behaviour): every target that has not finished is cancelled, naming the failed
 *     target; targets past their release point (exporting) are stopped through their signal (signalOf);
 *   - keep-going: only the targets that consume the failed one, directly or through others, are cancelled (naming it);
 *     every other target builds on, and every producer is still released once its live consumers completed.
 * A target stopped from outside (the run cancelled: `cancel`) takes its consumers with it, under either policy.
 *
 * The parallelism bound (`maxParallelism`, default none): a target takes one of N slots when it passes a gate and keeps
 * it while it works; it gives the slot back as soon as it must wait for another target (its next gate is closed when
 * it reports), when it finishes (its export ended) or when it fails. A waiting target never holds a slot, so the bound
 * cannot deadlock: whenever no slot is free, every holder is working and will report; whenever a slot is free, the
 * DAG argument above finds a target whose gate is open. Freed slots go to release gates first, then evaluate, then
 * solve: targets already under way finish before new ones start.
 *
 * The machine is pure and synchronous: the runner reports events and awaits `until(t, gate)`; a model checker
 * in the tests drives every interleaving of events through the same object.
 */
const EXECUTION_POLICIES = ['fail-fast', 'keep-going'];
/**
 * `target` can never pass a gate: it failed, it was cancelled, or a target it consumes failed. `failedTarget` names
 * the failed target that cancelled it (its own name when it failed itself; undefined when the run stopped it).
 */
class TargetCancelledError extends Error {
    target;
    reason;
    failedTarget;
    name = 'TargetCancelledError';
    constructor(target, reason, failedTarget) {
        super(`target "${target}" cancelled: ${reason}`, { cause: reason });
        this.target = target;
        this.reason = reason;
        this.failedTarget = failedTarget;
    }
}
const RANK = { waiting: 0, published: 1, evaluated: 2, completed: 3, failed: -1, cancelled: -1 };
/** Which waiters a freed slot goes to first: work under way before new work. */
const GATE_PRIORITY = { release: 0, evaluate: 1, solve: 2 };
function isGone(p) {
    return p === 'failed' || p === 'cancelled';
}
class LifetimeMachine {
    execution;
    maxParallelism;
    phase = new Map();
    parents = new Map();
    children = new Map();
    /** why each failed or cancelled target can pass no gate (and, under fail-fast, why an exporting one was stopped) */
    stops = new Map();
    signals = new Map();
    /** targets holding a slot (see the header); only bounded when maxParallelism is */
    holders = new Set();
    /** targets whose work is over: finished their export, failed or cancelled */
    over = new Set();
    waiters = [];
    /** Every transition in order; the tests read it to check invariants over whole histories. */
    history = [];
    /** `graph` maps each target to the targets it consumes (its parents). */
    constructor(graph, options = {}) {
        this.execution = options.execution ?? 'fail-fast';
        this.maxParallelism = options.maxParallelism ?? Infinity;
        if (!EXECUTION_POLICIES.includes(this.execution))
            throw new Error(`unknown execution policy "${String(this.execution)}"`);
        if (!(this.maxParallelism >= 1) || (this.maxParallelism !== Infinity && !Number.isInteger(this.maxParallelism))) {
            throw new RangeError(`maxParallelism must be an integer of at least 1, got ${this.maxParallelism}`);
        }
        for (const t of graph.keys()) {
            this.phase.set(t, 'waiting');
            this.children.set(t, []);
        }
        for (const [t, ps] of graph) {
            for (const p of ps)
                if (!graph.has(p))
                    throw new Error(`target "${t}" consumes unknown target "${p}"`);
            this.parents.set(t, [...ps]);
            for (const p of ps)
                this.children.get(p).push(t);
        }
    }
    targets() {
        return [...this.phase.keys()];
    }
    phaseOf(t) {
        const p = this.phase.get(t);
        if (!p)
            throw new Error(`unknown target "${t}"`);
        return p;
    }
    parentsOf(t) {
        return this.parents.get(t) ?? [];
    }
    childrenOf(t) {
        return this.children.get(t) ?? [];
    }
    /** A target that feeds or consumes another: only these are force-evaluated. */
    isLinked(t) {
        return this.parentsOf(t).length > 0 || this.childrenOf(t).length > 0;
    }
    /** The targets holding a slot now (at most maxParallelism). */
    slotHolders() {
        return this.holders;
    }
    /** Why `t` was cancelled (because of another target, or by `cancel`), or why its export was stopped under fail-fast;
     * undefined for a target that is live or failed itself. */
    stopOf(t) {
        return this.phaseOf(t) === 'failed' ? undefined : this.stops.get(t);
    }
    /**
     * Aborted, with the TargetCancelledError, when the machine stops `t`: cancelled because of another target, or,
     * under fail-fast, its export stopped. Not when `t` fails itself (its runner knows) or is cancelled by `cancel`.
     */
    signalOf(t) {
        this.phaseOf(t);
        let c = this.signals.get(t);
        if (!c) {
            c = new AbortController();
            this.signals.set(t, c);
            const stop = this.stopOf(t);
            if (stop && !this.over.has(t))
                c.abort(stop);
        }
        return c.signal;
    }
    reached(t, phase) {
        return RANK[this.phaseOf(t)] >= RANK[phase];
    }
    /** A child that failed or was cancelled no longer needs anything from its parents. */
    childSettled(c, phase) {
        return isGone(this.phaseOf(c)) || this.reached(c, phase);
    }
    /** The lifetime rule alone (rules 1\u20133 above), for a live target. */
    lifetimeOpen(t, gate) {
        switch (gate) {
            case 'solve':
                return this.parentsOf(t).every((x) => this.reached(x, 'published'));
            case 'evaluate':
                return (this.reached(t, 'published') &&
                    this.childrenOf(t).every((c) => this.childSettled(c, 'published')) &&
                    this.parentsOf(t).every((x) => this.reached(x, 'evaluated')));
            case 'release':
                return this.reached(t, 'evaluated') && this.childrenOf(t).every((c) => this.childSettled(c, 'completed'));
        }
    }
    /** Whether `t` may pass `gate` now: the lifetime rule, and a slot (its own, or a free one). Throws
     * TargetCancelledError when t can never pass it. */
    isOpen(t, gate) {
        const p = this.phaseOf(t);
        if (isGone(p))
            throw this.stops.get(t) ?? new TargetCancelledError(t, p);
        return this.lifetimeOpen(t, gate) && (this.holders.has(t) || this.holders.size < this.maxParallelism);
    }
    /** Passes `gate` if it is open: `t` then holds a slot until it must wait, finishes or fails. Throws as isOpen. */
    enter(t, gate) {
        if (!this.isOpen(t, gate))
            return false;
        this.holders.add(t);
        return true;
    }
    /** Resolves once `t` has passed `gate` (enter); rejects with TargetCancelledError when it never can. */
    until(t, gate) {
        return new Promise((resolve, reject) => {
            try {
                if (this.enter(t, gate))
                    return resolve();
            }
            catch (err) {
                return reject(err);
            }
            this.waiters.push({ target: t, gate, resolve, reject });
        });
    }
    published(t) {
        this.advance(t, 'waiting', 'published', 'solve', 'evaluate');
    }
    evaluated(t) {
        this.advance(t, 'published', 'evaluated', 'evaluate', 'release');
    }
    /** `t` passed its release gate: its Return and export begin (it keeps its slot until `finished`). */
    completed(t) {
        this.advance(t, 'evaluated', 'completed', 'release');
    }
    /** `t`'s build ended: its export is done. */
    finished(t) {
        const p = this.phaseOf(t);
        if (!isGone(p) && p !== 'completed')
            throw new Error(`target "${t}": cannot finish while ${p}`);
        this.over.add(t);
        this.holders.delete(t);
        this.wake();
    }
    /** `t` failed (at any point, its export included): what else stops is the execution policy's (see the header). */
    failed(t, reason) {
        const p = this.phaseOf(t);
        this.holders.delete(t);
        const already = isGone(p) || this.over.has(t);
        this.over.add(t);
        if (already)
            return this.wake(); // a late report from a stopped target changes nothing
        if (p !== 'completed') {
            this.stops.set(t, new TargetCancelledError(t, reason, t));
            this.set(t, 'failed');
        }
        this.cancelConsumers(t, t, 'which failed');
        if (this.execution === 'fail-fast') {
            const why = `target "${t}" failed, and the run fails fast (execution policy fail-fast)`;
            for (const x of this.targets()) {
                if (x === t || this.over.has(x))
                    continue;
                const stop = new TargetCancelledError(x, why, t);
                if (this.phaseOf(x) === 'completed')
                    this.stopExport(x, stop);
                else if (!isGone(this.phaseOf(x)))
                    this.cancelTarget(x, stop);
            }
        }
        this.wake();
    }
    /** `t` was stopped from outside the machine (the run was cancelled): it and the targets that consume it are
     * cancelled. After its release point this changes nothing but its slot. */
    cancel(t, reason) {
        const p = this.phaseOf(t);
        this.holders.delete(t);
        const live = !isGone(p) && p !== 'completed';
        this.over.add(t);
        if (live) {
            this.stops.set(t, new TargetCancelledError(t, reason));
            this.set(t, 'cancelled');
            this.cancelConsumers(t, undefined, 'which was cancelled');
        }
        this.wake();
    }
    /** Every live target that consumes `from` (directly or through others) is cancelled, naming `from`. */
    cancelConsumers(from, failedTarget, what) {
        const via = new Map(); // consumer \u2192 the consumer of `from` it is reached through
        const queue = this.childrenOf(from).map((c) => [c, c]);
        while (queue.length) {
            const [c, first] = queue.shift();
            if (via.has(c))
                continue;
            via.set(c, first);
            const cp = this.phaseOf(c);
            if (isGone(cp) || cp === 'completed')
                continue;
            const reason = c === first ? `it consumes "${from}", ${what}` : `it consumes "${from}" (through "${first}"), ${what}`;
            this.cancelTarget(c, new TargetCancelledError(c, reason, failedTarget));
            queue.push(...this.childrenOf(c).map((x) => [x, first]));
        }
    }
    cancelTarget(t, stop) {
        this.stops.set(t, stop);
        this.set(t, 'cancelled');
        this.signals.get(t)?.abort(stop);
    }
    /** fail-fast: a target past its release point (exporting) is stopped; its phase stays completed. */
    stopExport(t, stop) {
        this.stops.set(t, stop);
        this.signals.get(t)?.abort(stop);
    }
    advance(t, from, to, gate, next) {
        const p = this.phaseOf(t);
        if (isGone(p)) {
            // a late report from a cancelled solve changes nothing but its slot: the work it held one for is over
            this.holders.delete(t);
            return this.wake();
        }
        if (p !== from)
            throw new Error(`target "${t}": cannot become ${to} while ${p}`);
        if (!this.isOpen(t, gate))
            throw new Error(`target "${t}": became ${to} before its ${gate} gate opened`);
        this.set(t, to);
        if (next && !this.keepsSlot(t, next))
            this.holders.delete(t);
        this.wake();
    }
    /** After a report, `t` keeps its slot only if it can go on at once: waiting for another target, it holds none. */
    keepsSlot(t, next) {
        return this.lifetimeOpen(t, next);
    }
    set(t, phase) {
        this.phase.set(t, phase);
        this.history.push({ target: t, phase });
    }
    wake() {
        const waiting = this.waiters.sort((a, b) => GATE_PRIORITY[a.gate] - GATE_PRIORITY[b.gate]);
        const still = [];
        this.waiters = still;
        for (const w of waiting) {
            try {
                if (this.enter(w.target, w.gate))
                    w.resolve();
                else
                    still.push(w);
            }
            catch (err) {
                w.reject(err);
            }
        }
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./lib/solve/run/compile-cache.js
/**
 * V8's code cache for bakekit's own bundle, through Node's module compile cache (`module.enableCompileCache`,
 * Node \u2265 22.1; the action runs on node24). Compiling the bundled JavaScript is the largest part of start-up
 * (docs/benchmarks.md, "Start-up"); with the cache, a run after the first loads compiled code instead: what V8
 * compiled with each module, its top level (a function first called later is compiled in every run; on the warm
 * context the cache is worth ~15 ms, round 23).
 *
 * What it is: a directory of V8 code-cache files that Node writes when the process exits. Node keys it by its own
 * version (one subdirectory per Node version and V8 flags) and checks every entry against a hash of the module's
 * source, so a different bundle or Node version never uses a stale entry. Where: `$RUNNER_TEMP` in GitHub Actions
 * (removed with the job, but shared by the job's steps), else `$XDG_CACHE_HOME`, else the OS temp directory; in a
 * `bakekit-compile-cache-<uid>` directory that must belong to the user and be writable only by them (code cache is
 * trusted code: no one else may be able to plant it). Off: `NODE_DISABLE_COMPILE_CACHE=1` (Node's own switch).
 * Older Node versions, an unwritable or foreign directory, any error: no cache, the run goes on as before.
 */




/**
 * Turns the cache on for everything this process compiles from now on; returns the directory, if it did.
 * `enable`: Node's `module.enableCompileCache` (a parameter for tests).
 */
function enableCompileCache(env = process.env, enable = external_node_module_namespaceObject.enableCompileCache) {
    if (typeof enable !== 'function')
        return undefined;
    try {
        const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
        const base = env.RUNNER_TEMP || env.XDG_CACHE_HOME || external_node_os_.tmpdir();
        const dir = external_node_path_.join(base, `bakekit-compile-cache${uid === undefined ? '' : `-${uid}`}`);
        external_node_fs_.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const st = external_node_fs_.lstatSync(dir);
        if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0)
            return undefined;
        const result = enable(dir);
        return result.directory;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./lib/buildkit/grpc/optimizing-compiler.js
var optimizing_compiler = __nccwpck_require__(9979);
// EXTERNAL MODULE: ./lib/buildkit/grpc/young-generation.js
var young_generation = __nccwpck_require__(8148);
// EXTERNAL MODULE: ./lib/cli/args.js + 2 modules
var args = __nccwpck_require__(910);
// EXTERNAL MODULE: ./lib/cli/usage.js
var usage = __nccwpck_require__(4761);
;// CONCATENATED MODULE: ./lib/cli/main.js


/** `--cache-mounts-dir` and its companions as run options: the directory (relative to the working directory) is
 * the store. */
async function cacheMountsOptions(flags) {
    const [{ DirStore }, path] = await Promise.all([__nccwpck_require__.e(/* import() */ 196).then(__nccwpck_require__.bind(__nccwpck_require__, 1196)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 19))]);
    const { dir, ...rest } = flags;
    return { ...rest, store: new DirStore(path.resolve(dir)) };
}
const USAGE = `Usage: bakekit [OPTIONS] [TARGET...]

Build bake targets by talking to BuildKit directly. A Git URL before the targets is a remote definition: the bake files
are read from that repository (BUILDX_BAKE_GIT_AUTH_TOKEN: the token it is fetched with).

Options:
  -f, --file FILE          bake file (repeatable; default: docker-bake.hcl/json, compose files)
      --set K=V            override a target attribute, e.g. app.args.X=1, *.platform=linux/amd64 (repeatable)
      --print              print the resolved definition as JSON (like docker buildx bake --print) and exit
      --builder ENDPOINT   unix://PATH, tcp://HOST:PORT, docker://, docker-container://NAME, ssh://[USER@]HOST[:PORT][/SOCKET],
                           kube-pod://POD[?namespace=NS&context=CTX&container=C] or a buildx builder name
      --node "ENDPOINT [PLATFORM,\u2026]"  another node: platforms are split across the nodes and merged into one index
                           (repeatable; a multi-node buildx builder brings its own nodes)
      --tlscacert FILE     CA certificate for tcp:// (also --tlscert, --tlskey)
      --push               shorthand for --set=*.push=true: image outputs are pushed, a target without outputs
                           gets one (type=image,push=true); cacheonly, local and tar outputs stay as they are
      --load               shorthand for --set=*.load=true: adds a docker output unless the target exports to
                           a directory or archive
      --call FUNC          build (default), check, outline or targets, with ,format=json / ,ignorestatus=true
      --check              shorthand for --call=check
      --sbom VALUE         shorthand for --set=*.attest=type=sbom (true/false, or the attestation's attributes)
      --provenance VALUE   shorthand for --set=*.attest=type=provenance (true/false, mode=max, ...)
      --var NAME=VALUE     set a variable of the bake file; wins over the environment (repeatable)
      --list TYPE          list targets or variables and exit: targets, variables, or type=\u2026,format=json
      --policy VALUE       build policy options for every target (buildx \u2265 0.34): only disabled=true builds here;
                           bakekit does not evaluate Rego policies and refuses a target that has one
      --ssh SPEC           forward an SSH agent or keys to every target: default|ID[=SOCKET|KEY[,KEY\u2026]]
                           (shorthand for --set=*.ssh+=SPEC)
      --no-cache           do not use cache
      --pull               always pull referenced images
      --metadata-file F    write build results (digests, image names) as JSON, in buildx's format
      --progress MODE      auto (default), plain, tty, quiet or rawjson
  -D, --debug              print the causes of errors in full
      --cache MODE         auto (default): inside GitHub Actions, targets without cache-from/cache-to use the
                           GitHub Actions cache (type=gha,mode=max, one scope per target and platform set);
                           off: only the cache the bake file configures
      --warm               cache warming: build every target without outputs, export its cache, and report which
                           targets were already warm (every step cached)
      --allow ENTITLEMENT  let the bake file use: network.host, security.insecure, ssh (the SSH agent),
                           device[=NAME], fs.read=PATH, fs.write=PATH, fs=PATH (PATH or *: files outside the
                           working directory), buildx.local.delete (repeatable, or comma-separated). Nothing
                           else is granted: a target that needs more is refused before the build starts
      --execution POLICY   fail-fast (default): the first failure cancels the other targets; keep-going: build
                           every target that does not consume a failed one (through target: contexts), cancel
                           only those, and report every failure at the end (exit code 1 if any target failed)
      --max-parallelism N  at most N targets building at once (producers still before their consumers)
      --publish POLICY     as-built (default): each image is pushed as its target exports; all-or-nothing: images
                           are pushed by digest and tagged only once every target built, else nothing is tagged
      --cache-mounts-dir DIR  persist the contents of RUN --mount=type=cache mounts in DIR: restored into the
                           builder before the build, saved after it (BuildKit never exports them); a failure only warns
      --cache-mounts MODE  with --cache-mounts-dir: auto (default, every cache mount), off, or ID[,ID\u2026] (mount ids
                           as the Dockerfiles write them, or their target path when they have no id)
      --cache-mounts-key STRING   part of every key (e.g. a hash of lock files): a save is restored first by
                           the same key, else by the newest of the mount
      --cache-mounts-image REF    the image the save and restore steps run in (a busybox with tar; default:
                           busybox pinned by digest)
      --cache-mounts-max-size SIZE  archives larger than this (e.g. 500m, 2g) are not saved (a warning says so)
  -h, --help               this help

Commands:
  bakekit merge [OPTIONS] [TARGET...]   merge per-platform digests pushed by several jobs into one index
                                        (also: bakekit --merge \u2026; see bakekit merge --help)
  bakekit matrix [OPTIONS] [TARGET...]  print a GitHub Actions strategy.matrix for the definition: per target (or
                                        target \u00d7 platform), layered by target: contexts, or only what changed
                                        since a base commit (see bakekit matrix --help)
`;
async function main(argv) {
    // Everything past argument parsing is imported when a path needs it: `--help` loads nothing, `--print` only the
    // bake code, and gRPC/protobuf are loaded once the definition has resolved (start-up is paid by every run).
    if (argv[0] === 'merge')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(916), __nccwpck_require__.e(767), __nccwpck_require__.e(745), __nccwpck_require__.e(940), __nccwpck_require__.e(450), __nccwpck_require__.e(387)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3179))).mergeMain(argv.slice(1));
    if (argv[0] === 'matrix')
        return (await __nccwpck_require__.e(/* import() */ 165).then(__nccwpck_require__.bind(__nccwpck_require__, 6165))).matrixMain(argv.slice(1));
    if (argv.includes('--merge'))
        return (await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(916), __nccwpck_require__.e(767), __nccwpck_require__.e(745), __nccwpck_require__.e(940), __nccwpck_require__.e(450), __nccwpck_require__.e(387)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3179))).mergeMain(argv.filter((a) => a !== '--merge'));
    let cmd;
    try {
        cmd = (0,args/* parseBakeArgs */.u6)(argv);
    }
    catch (err) {
        if (!(err instanceof args/* UsageError */.eb))
            throw err;
        process.stderr.write((0,usage/* usageError */.W)('bakekit', err.message, USAGE));
        return 2;
    }
    if (cmd.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    if (cmd.options.allow?.length) {
        const { parseAllow } = await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(745)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9745));
        try {
            parseAllow(cmd.options.allow);
        }
        catch (err) {
            process.stderr.write(`bakekit: --${err.message}\n`);
            return 2;
        }
    }
    const controller = new AbortController();
    const onSignal = (sig) => {
        process.stderr.write(`\nbakekit: ${sig}: cancelling the build\n`);
        controller.abort(new Error(`cancelled by ${sig}`));
        // Whatever ignores the cancellation, the process ends a few seconds later (unref: an exit that comes sooner is not
        // delayed). The handler is `once`, so a second signal ends the process at once.
        setTimeout(() => {
            process.stderr.write(`bakekit: still running 3 s after ${sig}: exiting\n`);
            process.exit(sig === 'SIGINT' ? 130 : 143);
        }, 3000).unref();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const opts = {
        ...cmd.options,
        ...(cmd.cacheMounts ? { cacheMounts: await cacheMountsOptions(cmd.cacheMounts) } : {}),
        cwd: process.cwd(),
        env: process.env,
        signal: controller.signal,
        onBakeWarning: (w) => process.stderr.write(`WARNING: ${w.message}\n`),
    };
    // Secret values never reach the terminal, even when a build step prints them (see solve/run/redact.ts).
    let redact = (text) => text;
    try {
        const [{ identifyLocalDirs, resolveDefinition, runBake, runTargetSpecs }, { isRemoteURL }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(916), __nccwpck_require__.e(767), __nccwpck_require__.e(745), __nccwpck_require__.e(940)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6940)),
            Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(916), __nccwpck_require__.e(767)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5767)),
        ]);
        // `bakekit URL [TARGET...]`: a remote definition, its bake files read from the repository by the builder's daemon
        // (buildx bakeArgs, readBakeFiles); `-f cwd://NAME` files come from the working directory
        const remote = (0,args/* splitRemoteArgs */.MB)(opts.targets, isRemoteURL);
        if (remote.url) {
            const [{ readRemoteBakeFiles }, { gitAuthSecretsFromEnv }, { isGitReference }] = await Promise.all([
                Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(365), __nccwpck_require__.e(865), __nccwpck_require__.e(791), __nccwpck_require__.e(916), __nccwpck_require__.e(767), __nccwpck_require__.e(849), __nccwpck_require__.e(702), __nccwpck_require__.e(333)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1333)),
                __nccwpck_require__.e(/* import() */ 476).then(__nccwpck_require__.bind(__nccwpck_require__, 2476)),
                __nccwpck_require__.e(/* import() */ 449).then(__nccwpck_require__.bind(__nccwpck_require__, 6449)),
            ]);
            opts.targets = remote.targets;
            opts.cmdContext = remote.cmdContext;
            // a Git repository is also where the targets' contexts are; a file downloaded over HTTP leaves them local
            if (isGitReference(remote.url)) {
                opts.remoteDefinition = remote.url;
                opts.gitAuthSecrets = gitAuthSecretsFromEnv(remote.url, opts.env);
            }
            opts.sourceFiles = await readRemoteBakeFiles(remote.url, {
                files: opts.files,
                cwd: opts.cwd,
                env: opts.env,
                builder: opts.builder,
                secrets: opts.gitAuthSecrets,
                signal: opts.signal,
            });
        }
        if (cmd.list) {
            const { listDefinition } = await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(916), __nccwpck_require__.e(767), __nccwpck_require__.e(705)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6705));
            const { files, targets, vars, cwd, env, cmdContext } = opts;
            process.stdout.write(await listDefinition({ files, targets, set: [], vars, cwd, env, cmdContext }, cmd.list, opts.sourceFiles));
            return 0;
        }
        if (cmd.print) {
            const { renderPrint } = await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(916), __nccwpck_require__.e(767), __nccwpck_require__.e(705)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6705));
            process.stdout.write(renderPrint(await resolveDefinition(opts)));
            return 0;
        }
        const definition = await resolveDefinition(opts);
        const dirIdentities = await identifyLocalDirs(definition, opts);
        const [{ makeRedactor, secretValues }, { createPlainRenderer }] = await Promise.all([
            __nccwpck_require__.e(/* import() */ 524).then(__nccwpck_require__.bind(__nccwpck_require__, 6524)),
            Promise.all(/* import() */[__nccwpck_require__.e(365), __nccwpck_require__.e(791), __nccwpck_require__.e(535), __nccwpck_require__.e(902), __nccwpck_require__.e(160)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9192)),
        ]);
        // (a remote definition's credentials too, whether or not a build is given them)
        redact = makeRedactor(secretValues([...runTargetSpecs(definition, opts), { secrets: opts.gitAuthSecrets ?? [] }], opts));
        const write = (line) => process.stderr.write(redact(line) + '\n');
        const multiTarget = Object.keys(definition.target).length > 1;
        // auto: the live display at a terminal, plain text otherwise (a CI log, a pipe), as buildx chooses
        const progress = cmd.progress === 'auto' ? (process.stderr.isTTY ? 'tty' : 'plain') : cmd.progress;
        // tty and rawjson draw the progress themselves; the plain renderer stays quiet but still prints failures at the end
        // the build's warnings at the end, as buildx prints them after its plain and tty displays
        const renderer = createPlainRenderer(write, {
            quiet: progress !== 'plain',
            warnings: progress === 'plain' || progress === 'tty',
            multiTarget,
        });
        opts.onEvent = (event) => renderer.onEvent(event);
        let tty;
        if (progress === 'tty') {
            const { createTtyDisplay } = await Promise.all(/* import() */[__nccwpck_require__.e(535), __nccwpck_require__.e(631)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8831));
            tty = createTtyDisplay((text) => process.stderr.write(redact(text)), renderer.tracker, {
                columns: () => process.stderr.columns || 80,
                rows: () => process.stderr.rows || 24,
                multiTarget,
            });
        }
        if (cmd.progress === 'rawjson') {
            const { createRawJsonRenderer } = await __nccwpck_require__.e(/* import() */ 632).then(__nccwpck_require__.bind(__nccwpck_require__, 5632));
            const raw = createRawJsonRenderer(write, redact);
            opts.onEvent = (event) => {
                renderer.onEvent(event);
                raw(event);
            };
        }
        const result = await runBake(opts, definition, dirIdentities).finally(() => tty?.finish());
        renderer.finish(result);
        // what became of each target when not all of them built (keep-going builds on past failures), and what was published
        const { countsLine, publishLines, targetReportLines } = await __nccwpck_require__.e(/* import() */ 655).then(__nccwpck_require__.bind(__nccwpck_require__, 4036));
        if (result.targets.length > 1 && result.targets.some((t) => t.status !== 'done')) {
            write(`targets: ${countsLine(result)}`);
            for (const line of targetReportLines(result))
                write(line);
        }
        for (const line of publishLines(result.publish))
            write(line);
        // targets with a `call` (check, outline, targets): their results on stdout as buildx prints them, and its exit code
        let callExit = 0;
        if (result.targets.some((t) => t.call)) {
            const { printCallResults } = await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(365), __nccwpck_require__.e(865), __nccwpck_require__.e(791), __nccwpck_require__.e(916), __nccwpck_require__.e(878)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3878));
            const printed = printCallResults(result, definition, opts.call);
            if (printed) {
                process.stdout.write(redact(printed.text));
                callExit = printed.exitCode;
            }
        }
        if (result.cacheMounts?.length) {
            const { formatCacheMountReports } = await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(365), __nccwpck_require__.e(865), __nccwpck_require__.e(791), __nccwpck_require__.e(801), __nccwpck_require__.e(849), __nccwpck_require__.e(31), __nccwpck_require__.e(818), __nccwpck_require__.e(177), __nccwpck_require__.e(879)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7307));
            for (const line of formatCacheMountReports(result.cacheMounts))
                write(line);
        }
        const { formatWarmTable } = await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(364)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1364));
        if (result.warm)
            for (const line of formatWarmTable(result.warm))
                process.stderr.write(redact(line) + '\n');
        if (controller.signal.aborted) {
            const cancelled = result.targets.filter((t) => t.status === 'cancelled').map((t) => t.target);
            process.stderr.write(`ERROR: build ${controller.signal.reason.message}${cancelled.length ? ` (cancelled: ${cancelled.join(', ')})` : ''}\n`);
        }
        return result.ok ? callExit : 1;
    }
    catch (err) {
        process.stderr.write(`ERROR: ${redact(err.message)}\n`);
        // -D: the whole chain of causes with their stacks, for a bug report (secret values still redacted)
        if (cmd.debug)
            for (let e = err; e instanceof Error; e = e.cause)
                process.stderr.write(`${redact(e.stack ?? String(e))}\n`);
        return 1;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}

;// CONCATENATED MODULE: ./lib/cli/index.js
/** The `bakekit` command: runs main() and sets the exit code. */




// before main() imports the rest of the bundle: V8's heap and compiler policies first (V8 flags can be part of the code
// cache's key, and these are set at the same point in every run), then the code cache, so that the bundle's compiled
// code is cached (see solve/run/compile-cache.ts)
(0,young_generation/* keepYoungGenerationSmall */.Dd)();
(0,optimizing_compiler.deferOptimizingCompiler)();
enableCompileCache();
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    if (code !== 0)
        exitSoon(code);
}, (err) => {
    process.stderr.write(`ERROR: ${String(err)}\n`);
    process.exitCode = 1;
    exitSoon(1);
});
/** After an error nothing may keep the process alive (a leaked handle, work still running): exit if still here. */
function exitSoon(code) {
    setTimeout(() => process.exit(code), 2000).unref();
}

