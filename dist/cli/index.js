#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3532:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("@grpc/proto-loader");

/***/ }),

/***/ 181:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 2250:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 8056:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 9278:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

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

/***/ 5919:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 857:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 5618:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ policyFlagOverrides),
/* harmony export */   m: () => (/* binding */ POLICY_FLAG_MARK)
/* harmony export */ });
/**
 * `--policy` (buildx ≥ 0.34, commands/bake.go): policy options for every target (`strict=…`, `log-level=…`, or
 * `disabled=true`). buildx checks the values before it reads the bake files (bakePolicyOverrides) and turns each into a
 * `*.policy+=VALUE` override — but `disabled=true` replaces every resolved target's policy with `[{disabled}]` after
 * resolution, whatever `--set` said. Here each value becomes a `*.policy+=` override marked as the flag's: overrides.ts
 * checks the marked values as bakePolicyOverrides does and applies them as buildx would. The mark starts with a NUL
 * byte, which no command-line argument or environment value can hold, so no `--set` can forge it.
 *
 * A module of its own, with no imports: the command-line parser loads it at start-up.
 */
const POLICY_FLAG_MARK = '\u0000--policy ';
/** `--policy VALUE`… → the overrides that carry them (after the user's own `--set`, as buildx appends them). */
function policyFlagOverrides(values) {
    return values.map((v) => `*.policy+=${POLICY_FLAG_MARK}${v}`);
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
 * Node ≥ 22.1; the action runs on node24). Compiling the bundled JavaScript is the largest part of start-up
 * (docs/benchmarks.md, "Start-up"); with the cache, a run after the first loads compiled code instead.
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
;// CONCATENATED MODULE: ./lib/cli/args.js
/**
 * The command line of `bakekit` (the build command; `bakekit merge` has its own), parsed into run options with no
 * effects: the CLI runs on what this returns, and the `--print` conformance cases parse their buildx flags with it, so
 * a flag means the same in both. Flags follow `docker buildx bake` (commands/bake.go): each global flag becomes a
 * `--set` override in solve/run/bake.ts overridesFor, in buildx's order.
 */




/** A bad command line: exit code 2 and the usage, as a shell expects. */
class UsageError extends Error {
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
    policy: { type: 'string', multiple: true },
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
    if (v.print && list)
        throw new UsageError('--print and --list are mutually exclusive');
    // `--ssh SPEC` is `--set *.ssh+=SPEC`: forwarding an agent is then the command line's choice, which grants it
    // (entitlements.ts counts the run's own overrides as granted), as the action's `ssh` input does.
    // `--policy VALUE` (buildx ≥ 0.34): `*.policy+=VALUE` for every target, checked and applied by bake/overrides.ts
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
        },
        print: v.print ?? false,
        list,
        progress,
        debug: v.debug ?? false,
        help: v.help ?? false,
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

;// CONCATENATED MODULE: ./lib/cli/main.js

const USAGE = `Usage: bakekit [OPTIONS] [TARGET...]

Build bake targets by talking to BuildKit directly.

Options:
  -f, --file FILE          bake file (repeatable; default: docker-bake.hcl/json, compose files)
      --set K=V            override a target attribute, e.g. app.args.X=1, *.platform=linux/amd64 (repeatable)
      --print              print the resolved definition as JSON (like docker buildx bake --print) and exit
      --builder ENDPOINT   unix://PATH, tcp://HOST:PORT, docker://, docker-container://NAME or a buildx builder name
      --node "ENDPOINT [PLATFORM,…]"  another node: platforms are split across the nodes and merged into one index
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
      --list TYPE          list targets or variables and exit: targets, variables, or type=…,format=json
      --policy VALUE       build policy options for every target (buildx ≥ 0.34): only disabled=true builds here;
                           bakekit does not evaluate Rego policies and refuses a target that has one
      --ssh SPEC           forward an SSH agent or keys to every target: default|ID[=SOCKET|KEY[,KEY…]]
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
  -h, --help               this help

Commands:
  bakekit merge [OPTIONS] [TARGET...]   merge per-platform digests pushed by several jobs into one index
                                        (also: bakekit --merge …; see bakekit merge --help)
`;
async function main(argv) {
    // Everything past argument parsing is imported when a path needs it: `--help` loads nothing, `--print` only the
    // bake code, and gRPC/protobuf are loaded once the definition has resolved (start-up is paid by every run).
    if (argv[0] === 'merge')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(77), __nccwpck_require__.e(865), __nccwpck_require__.e(426), __nccwpck_require__.e(878), __nccwpck_require__.e(960), __nccwpck_require__.e(775), __nccwpck_require__.e(745), __nccwpck_require__.e(179)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3179))).mergeMain(argv.slice(1));
    if (argv.includes('--merge'))
        return (await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(77), __nccwpck_require__.e(865), __nccwpck_require__.e(426), __nccwpck_require__.e(878), __nccwpck_require__.e(960), __nccwpck_require__.e(775), __nccwpck_require__.e(745), __nccwpck_require__.e(179)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3179))).mergeMain(argv.filter((a) => a !== '--merge'));
    let cmd;
    try {
        cmd = parseBakeArgs(argv);
    }
    catch (err) {
        if (!(err instanceof UsageError))
            throw err;
        process.stderr.write(`bakekit: ${err.message}\n\n${USAGE}`);
        return 2;
    }
    if (cmd.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    if (cmd.options.allow?.length) {
        const { parseAllow } = await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(745), __nccwpck_require__.e(449)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2126));
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
        cwd: process.cwd(),
        env: process.env,
        signal: controller.signal,
        onBakeWarning: (w) => process.stderr.write(`WARNING: ${w.message}\n`),
    };
    // Secret values never reach the terminal, even when a build step prints them (see solve/run/redact.ts).
    let redact = (text) => text;
    try {
        const { identifyLocalDirs, resolveDefinition, runBake, targetSpecs } = await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(77), __nccwpck_require__.e(865), __nccwpck_require__.e(426), __nccwpck_require__.e(878), __nccwpck_require__.e(960), __nccwpck_require__.e(775), __nccwpck_require__.e(745), __nccwpck_require__.e(20)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3020));
        if (cmd.list) {
            const { listDefinition } = await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(426), __nccwpck_require__.e(775)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1775));
            process.stdout.write(await listDefinition({ files: opts.files, targets: opts.targets, set: [], vars: opts.vars, cwd: opts.cwd, env: opts.env }, cmd.list));
            return 0;
        }
        if (cmd.print) {
            const { renderPrint } = await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(426), __nccwpck_require__.e(775)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1775));
            process.stdout.write(renderPrint(await resolveDefinition(opts)));
            return 0;
        }
        const definition = await resolveDefinition(opts);
        const dirIdentities = await identifyLocalDirs(definition, opts);
        const [{ makeRedactor, secretValues }, { createPlainRenderer }] = await Promise.all([__nccwpck_require__.e(/* import() */ 524).then(__nccwpck_require__.bind(__nccwpck_require__, 6524)), Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(77), __nccwpck_require__.e(865), __nccwpck_require__.e(426), __nccwpck_require__.e(878), __nccwpck_require__.e(960), __nccwpck_require__.e(787), __nccwpck_require__.e(173), __nccwpck_require__.e(840), __nccwpck_require__.e(192)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9192))]);
        redact = makeRedactor(secretValues(targetSpecs(definition, opts.cwd), opts));
        const write = (line) => process.stderr.write(redact(line) + '\n');
        const multiTarget = Object.keys(definition.target).length > 1;
        // auto: the live display at a terminal, plain text otherwise (a CI log, a pipe), as buildx chooses
        const progress = cmd.progress === 'auto' ? (process.stderr.isTTY ? 'tty' : 'plain') : cmd.progress;
        // tty and rawjson draw the progress themselves; the plain renderer stays quiet but still prints failures at the end
        // the build's warnings at the end, as buildx prints them after its plain and tty displays
        const renderer = createPlainRenderer(write, { quiet: progress !== 'plain', warnings: progress === 'plain' || progress === 'tty', multiTarget });
        opts.onEvent = renderer.onEvent;
        let tty;
        if (progress === 'tty') {
            const { createTtyDisplay } = await Promise.all(/* import() */[__nccwpck_require__.e(173), __nccwpck_require__.e(831)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8831));
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
        // targets with a `call` (check, outline, targets): their results on stdout as buildx prints them, and its exit code
        let callExit = 0;
        if (result.targets.some((t) => t.call)) {
            const { printCallResults } = await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(77), __nccwpck_require__.e(865), __nccwpck_require__.e(426), __nccwpck_require__.e(878)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3878));
            const printed = printCallResults(result, definition, opts.call);
            if (printed) {
                process.stdout.write(redact(printed.text));
                callExit = printed.exitCode;
            }
        }
        const { formatWarmTable } = await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(77), __nccwpck_require__.e(865), __nccwpck_require__.e(426), __nccwpck_require__.e(878), __nccwpck_require__.e(960)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1364));
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


// before main() imports the rest of the bundle, so that its compiled code is cached (see solve/run/compile-cache.ts)
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

