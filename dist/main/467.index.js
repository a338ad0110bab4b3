export const id = 467;
export const ids = [467];
export const modules = {

/***/ 53315:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ CONFIG_FILE_NAME),
/* harmony export */   iL: () => (/* binding */ buildxConfigDir),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/**
 * Where the Docker client keeps its configuration, by docker/cli's rule (cli/config: `config.Dir`), and where buildx
 * keeps its store inside it. Everything bakekit reads from the Docker client's side (config.json and its credential
 * helpers, contexts, the buildx builder store, DOCKER_CERT_PATH's default) starts from `dockerConfigDir`, so there is
 * one rule and one place to look it up.
 *
 * The environment is a parameter, never read implicitly beyond `os.homedir()`: a run may be given an environment
 * that is not the process's own (the action's inputs, tests).
 */


/** The name of the client configuration file inside the config directory (docker/cli `config.ConfigFileName`). */
const CONFIG_FILE_NAME = 'config.json';
/**
 * `DOCKER_CONFIG`, else `$HOME/.docker`. As docker/cli's getHomeDir, HOME comes from the environment first and the
 * user database only when HOME is unset or empty (`os.homedir()` is Node's version of that lookup).
 */
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.docker');
}
/** buildx's store (docker/buildx confutil.NewConfig): `BUILDX_CONFIG`, else `buildx` inside the Docker config dir. */
function buildxConfigDir(env = process.env) {
    return env.BUILDX_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dockerConfigDir(env), 'buildx');
}


/***/ }),

/***/ 13467:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cB: () => (/* binding */ contextTlsDir),
/* harmony export */   z_: () => (/* binding */ contextMetaFile)
/* harmony export */ });
/* unused harmony exports contextStoreDir, contextId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53315);
/**
 * The layout of the Docker CLI's context store (docker/cli cli/context/store), which lives in the Docker config dir:
 *
 *   contexts/meta/<id>/meta.json          the context's metadata and endpoints (`{Name, Metadata, Endpoints}`)
 *   contexts/tls/<id>/<endpoint>/         TLS material of one endpoint (ca.pem, cert.pem, key.pem)
 *
 * where <id> is the hex SHA-256 of the context name (so names need no escaping on disk). Only paths here: what a
 * context's Docker endpoint means for a connection is the transport's business (transport/endpoint.ts).
 */



/** `<config dir>/contexts` (docker/cli `config.ContextStoreDir`). */
function contextStoreDir(env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_config_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerConfigDir */ .kG)(env), 'contexts');
}
/** The directory name a context is stored under. */
function contextId(name) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex');
}
/** Where the context's meta.json is. */
function contextMetaFile(name, env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), 'meta', contextId(name), 'meta.json');
}
/** Where the TLS files of one of the context's endpoints (`docker` for the Engine) are. */
function contextTlsDir(name, endpoint, env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), 'tls', contextId(name), endpoint);
}


/***/ })

};
