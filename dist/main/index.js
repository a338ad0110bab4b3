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

/***/ 1692:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

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

/***/ 4112:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export getState */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/**
 * The workflow commands the action uses — inputs, outputs, masks, log lines, groups, annotations, the job summary
 * and the post step's state — in the runner's formats, byte for byte as @actions/core 3.x writes them
 * (its command.ts, file-command.ts, utils.ts and summary.ts).
 *
 * Why not @actions/core itself: its entry module statically imports its OIDC client, and with it
 * @actions/http-client, undici and @actions/exec — about 1 MB of the bundle that every step compiled and
 * initialised (~60 ms of start-up, measured) although bakekit never asks for an ID token.
 */


function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(s) {
    return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,…::message`; properties without a value are left out (as the toolkit does). */
function issueCommand(command, properties, message) {
    let cmd = `::${command}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        cmd += ' ';
        cmd += keys
            .filter((k) => properties[k])
            .map((k) => `${k}=${escapeProperty(properties[k])}`)
            .join(',');
    }
    process.stdout.write(`${cmd}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
function annotation(kind, message, p) {
    const properties = Object.keys(p).length
        ? { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
        : {};
    issueCommand(kind, properties, message instanceof Error ? message.toString() : message);
}
/** The value of input `name` (`INPUT_NAME` in the environment), trimmed; '' when unset. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** Masks `secret` in the job log from here on. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
function warning(message, properties = {}) {
    annotation('warning', message, properties);
}
function error(message, properties = {}) {
    annotation('error', message, properties);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Marks the step failed (exit code 1) with an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** A step output: appended to `$GITHUB_OUTPUT` as a `name<<DELIMITER` block (the legacy `::set-output` without it). */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
        issueCommand('set-output', { name }, toCommandValue(value));
        return;
    }
    const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
    const text = toCommandValue(value);
    // a value containing the (random) delimiter could end the block early and set other outputs
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`, { encoding: 'utf8' });
}
/** A value the main step saved for the post step (`STATE_name`); '' when unset. */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
/** Appends markdown to the job summary (`$GITHUB_STEP_SUMMARY`). */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.appendFile(file, markdown, { encoding: 'utf8' });
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

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* binding */ defaultOverrides),
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./lib/build/compile-cache.js
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

// EXTERNAL MODULE: ./lib/action/toolkit.js
var toolkit = __nccwpck_require__(4112);
;// CONCATENATED MODULE: ./lib/build/cache-mode.js
const CACHE_MODES = (/* unused pure expression or super */ null && (['auto', 'off']));
function parseCacheMode(value) {
    const v = (value ?? '').trim().toLowerCase();
    if (v === '' || v === 'auto')
        return 'auto';
    if (v === 'off' || v === 'false' || v === 'none')
        return 'off';
    throw new Error(`cache: expected auto or off, got "${value}"`);
}

;// CONCATENATED MODULE: ./lib/action/inputs.js
/** Workflow inputs parsed once into a typed object. List inputs accept newline or comma separated values. */


/** Like docker/actions-toolkit getInputList: newline separated, and comma separated within a line unless told not to. */
function parseList(raw, { commas = true } = {}) {
    const out = [];
    for (const line of raw.split(/\r?\n/)) {
        const parts = commas ? line.split(',') : [line];
        for (const p of parts) {
            const v = p.trim();
            if (v)
                out.push(v);
        }
    }
    return out;
}
function pairs(raw, what) {
    return parseList(raw, { commas: false }).map((line) => {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new Error(`input ${what}: "${line.replace(/=.*/, '=…')}" is not id=value`);
        return [line.slice(0, eq).trim(), line.slice(eq + 1)];
    });
}
function readInputs(get = (n) => toolkit/* getInput */.V4(n)) {
    const bool = (name) => {
        const v = get(name).trim().toLowerCase();
        if (v === '' || v === 'false')
            return false;
        if (v === 'true')
            return true;
        throw new Error(`input ${name}: expected true or false, got "${v}"`);
    };
    const secrets = pairs(get('secrets'), 'secrets').map(([id, value]) => ({ id, value }));
    for (const s of secrets)
        toolkit/* setSecret */.Pq(s.value);
    const githubToken = get('github-token') || undefined;
    if (githubToken)
        toolkit/* setSecret */.Pq(githubToken);
    // The cache service token reaches the daemon in gha cache attributes; never let it reach the log.
    if (process.env.ACTIONS_RUNTIME_TOKEN)
        toolkit/* setSecret */.Pq(process.env.ACTIONS_RUNTIME_TOKEN);
    let cache;
    try {
        cache = parseCacheMode(get('cache'));
    }
    catch (err) {
        throw new Error(`input ${err.message}`);
    }
    return {
        builder: get('builder') || undefined,
        source: get('source') || undefined,
        files: parseList(get('files')),
        workdir: get('workdir') || '.',
        targets: parseList(get('targets')),
        set: parseList(get('set'), { commas: false }),
        push: bool('push'),
        load: bool('load'),
        noCache: bool('no-cache'),
        pull: bool('pull'),
        secrets,
        secretEnvs: pairs(get('secret-envs'), 'secret-envs').map(([id, env]) => ({ id, env })),
        secretFiles: pairs(get('secret-files'), 'secret-files').map(([id, path]) => ({ id, path })),
        ssh: parseList(get('ssh'), { commas: false }), // a line's commas separate its key files
        githubToken,
        provenance: attestInput(get('provenance')),
        sbom: attestInput(get('sbom')),
        summary: get('summary').trim().toLowerCase() !== 'false',
        nodes: parseList(get('nodes'), { commas: false }),
        merge: bool('merge'),
        mergeFrom: mergeFromInput(get('merge-from')),
        cache,
        warm: bool('warm'),
        // lines here; within a line, entitlements are split at commas that start another one (`fs.read=a,b` stays one
        // path, as one buildx --allow) and checked by build/entitlements.ts, which this shell does not load at start-up
        allow: parseList(get('allow'), { commas: false }),
    };
}
/** `true`/`mode=max,...` → attributes; `false`/empty → none (docker/build-push-action's provenance input forms). */
function attestInput(raw) {
    const v = raw.trim();
    if (!v || v === 'false')
        return undefined;
    if (v === 'true')
        return 'mode=min';
    return v;
}
/** Lines of paths; a line starting with `{` begins inline JSON, which runs to the end of the input. */
function mergeFromInput(raw) {
    const trimmed = raw.trim();
    if (!trimmed)
        return [];
    if (trimmed.startsWith('{'))
        return [trimmed];
    const i = raw.search(/^\s*\{/m);
    if (i < 0)
        return parseList(raw, { commas: false });
    return [...parseList(raw.slice(0, i), { commas: false }), raw.slice(i).trim()];
}

;// CONCATENATED MODULE: ./lib/action/main.js
/**
 * The action's main step: inputs → one bake run → outputs, job log groups, annotations, job summary.
 * A thin shell over build/: everything it does to targets is a `--set`-like override or a secret binding.
 */




const GIT_URL = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/;
/** Overrides the action adds: defaults that never replace what the bake file says (docker/bake-action#349). */
function defaultOverrides(inputs, targets) {
    const set = [];
    for (const [name, t] of Object.entries(targets)) {
        const attest = Array.isArray(t.attest) ? t.attest : [];
        const has = (type) => attest.some((a) => (typeof a === 'string' ? a.includes(`type=${type}`) : a.type === type));
        if (inputs.provenance && !has('provenance'))
            set.push(`${name}.attest+=type=provenance,${inputs.provenance}`);
        if (inputs.sbom && !has('sbom'))
            set.push(`${name}.attest+=type=sbom,${inputs.sbom}`);
    }
    return set;
}
async function run() {
    const controller = new AbortController();
    const onSignal = (sig) => {
        toolkit/* info */.pq(`${sig} received: cancelling the running builds`);
        controller.abort(new Error(`cancelled by ${sig}`));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let redact = (text) => text;
    try {
        const inputs = readInputs();
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const cwd = external_node_path_.resolve(workspace, inputs.workdir);
        if (inputs.merge) {
            // merge mode: no build; the digests the build jobs pushed become one index per target
            const { runMergeStep } = await Promise.all(/* import() */[__nccwpck_require__.e(77), __nccwpck_require__.e(175), __nccwpck_require__.e(227), __nccwpck_require__.e(354), __nccwpck_require__.e(936)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8936));
            await runMergeStep(inputs, cwd, controller.signal);
            return;
        }
        // Loaded only now (and the build machinery only after the definition resolved): start-up is paid by every
        // step, and a merge step or a bad bake file never needs gRPC (see docs/benchmarks.md, "Start-up").
        const { bindSecrets, identifyLocalDirs, resolveDefinition, runBake, targetSpecs } = await Promise.all(/* import() */[__nccwpck_require__.e(77), __nccwpck_require__.e(175), __nccwpck_require__.e(227), __nccwpck_require__.e(354)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8354));
        const { makeRedactor, secretValues } = await __nccwpck_require__.e(/* import() */ 15).then(__nccwpck_require__.bind(__nccwpck_require__, 4015));
        const set = [...inputs.set];
        // The workflow's SSH agents and keys join every target's `ssh` as `--set *.ssh+=` does (same id: this entry wins).
        // Forwarding the runner's agent is then the workflow's own choice, not the bake file's: it grants `ssh`.
        for (const entry of inputs.ssh)
            set.push(`*.ssh+=${entry}`);
        const allow = inputs.ssh.some((entry) => /^[^=]*=?$/.test(entry)) ? [...inputs.allow, 'ssh'] : inputs.allow;
        const secrets = [
            ...inputs.secrets.map((s) => ({ id: s.id, value: s.value })),
            ...inputs.secretEnvs.map((s) => ({ id: s.id, env: s.env })),
            ...inputs.secretFiles.map((s) => ({ id: s.id, src: external_node_path_.resolve(cwd, s.path) })),
        ];
        if (inputs.source && GIT_URL.test(inputs.source)) {
            // A git source is built as a BuildKit git context; the daemon fetches it with the workflow's token.
            set.push(`*.context=${inputs.source}`);
            if (inputs.githubToken) {
                const host = new URL(inputs.source.replace(/^git@([^:]+):/, 'ssh://$1/')).host;
                secrets.push({ id: `GIT_AUTH_TOKEN.${host}`, value: inputs.githubToken });
            }
        }
        const opts = {
            files: inputs.files,
            targets: inputs.targets,
            set,
            cwd: inputs.source && !GIT_URL.test(inputs.source) ? external_node_path_.resolve(cwd, inputs.source) : cwd,
            env: process.env,
            builder: inputs.builder,
            nodes: inputs.nodes,
            push: inputs.push,
            load: inputs.load,
            noCache: inputs.noCache,
            pull: inputs.pull,
            secrets,
            cache: inputs.cache,
            warm: inputs.warm,
            allow,
            signal: controller.signal,
            // unknown attributes: a warning on the line (resolved twice when defaults apply: each reported once)
            onBakeWarning: (w) => {
                if (warned.has(w.message))
                    return;
                warned.add(w.message);
                toolkit/* warning */.$e(w.detail, w.file ? { title: 'bake file', file: external_node_path_.relative(workspace, external_node_path_.resolve(opts.cwd, w.file)), startLine: w.line, startColumn: w.column } : {});
            },
        };
        const warned = new Set();
        let definition = await resolveDefinition(opts);
        const defaults = defaultOverrides(inputs, definition.target);
        if (defaults.length) {
            opts.set = [...opts.set, ...defaults];
            definition = await resolveDefinition(opts);
        }
        const dirIdentities = await identifyLocalDirs(definition, opts);
        const specs = new Map(targetSpecs(definition, opts.cwd).map((s) => [s.name, s]));
        // The runner masks `::add-mask::` values in the log, but not in the summary file, and a value printed before it
        // was registered stays visible: everything written is redacted here too (see build/redact.ts).
        redact = makeRedactor([...secretValues(bindSecrets([...specs.values()], secrets), opts), inputs.githubToken, process.env.ACTIONS_RUNTIME_TOKEN]);
        const { GitHubLogRenderer } = await Promise.all(/* import() */[__nccwpck_require__.e(77), __nccwpck_require__.e(890), __nccwpck_require__.e(734), __nccwpck_require__.e(227), __nccwpck_require__.e(986)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5986));
        const renderer = new GitHubLogRenderer({
            write: (line) => process.stdout.write(redact(line) + '\n'),
            startGroup: (name) => toolkit/* startGroup */.Oh(redact(name)),
            endGroup: () => toolkit/* endGroup */.N4(),
            error: (message, props) => toolkit/* error */.z3(redact(message), { ...props, title: props.title === undefined ? undefined : redact(props.title) }),
            warning: (message) => toolkit/* warning */.$e(redact(message)),
        }, {
            workspace,
            dockerfileDir: (t) => {
                const df = specs.get(t)?.dockerfile;
                return df ? external_node_path_.dirname(df) : undefined;
            },
        });
        opts.onEvent = renderer.onEvent;
        const result = await runBake(opts, definition, dirIdentities);
        renderer.finish(result);
        toolkit/* setOutput */.uH('metadata', redact(JSON.stringify(result.metadata)));
        const digests = {};
        const images = {};
        for (const [target, md] of Object.entries(result.metadata)) {
            if (typeof md['containerimage.digest'] === 'string')
                digests[target] = md['containerimage.digest'];
            if (typeof md['image.name'] === 'string')
                images[target] = md['image.name'].split(',');
        }
        toolkit/* setOutput */.uH('digests', JSON.stringify(digests));
        toolkit/* setOutput */.uH('images', JSON.stringify(images));
        if (inputs.summary) {
            try {
                const { summaryMarkdown, writeSummary } = await __nccwpck_require__.e(/* import() */ 962).then(__nccwpck_require__.bind(__nccwpck_require__, 8962));
                await writeSummary(redact(summaryMarkdown(result, (t) => ({ steps: renderer.stepCounts(t), spec: specs.get(t) }))));
            }
            catch (err) {
                toolkit/* warning */.$e(`could not write the job summary: ${err.message}`);
            }
        }
        if (!result.ok) {
            // The failures themselves were annotated on their Dockerfile lines; this only marks the step failed.
            const failed = result.targets.filter((t) => t.status === 'failed').map((t) => t.target);
            toolkit/* setFailed */.C1(failed.length ? `${failed.length} target(s) failed: ${failed.join(', ')}` : 'the build was cancelled');
        }
    }
    catch (err) {
        toolkit/* setFailed */.C1(redact(err.message));
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
// before run() imports the rest of the bundle, so that its compiled code is cached (see build/compile-cache.ts)
enableCompileCache();
void run();

var __webpack_exports__defaultOverrides = __webpack_exports__.l;
var __webpack_exports__run = __webpack_exports__.e;
export { __webpack_exports__defaultOverrides as defaultOverrides, __webpack_exports__run as run };
