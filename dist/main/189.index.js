export const id = 189;
export const ids = [189];
export const modules = {

/***/ 5189:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandSource: () => (/* binding */ expandSource),
/* harmony export */   isGitSource: () => (/* binding */ isGitSource),
/* harmony export */   resolveSource: () => (/* binding */ resolveSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6965);
/**
 * The `source` input, with docker/bake-action v7's meaning (src/context.ts getBakeContext): `{{defaultContext}}` is the
 * event's repository at the event's commit (github-context.ts gitContext); a Git URL builds from that repository; anything
 * else is a local directory the bake runs in. Unlike bake-action, whose default is `{{defaultContext}}`, bakekit's
 * default (no `source`) is the local workspace.
 */



/** `{{defaultContext}}` (Handlebars in bake-action; only this one variable exists there) replaced by the Git context. */
function expandSource(input, defaultContext) {
    return input.replace(/\{\{\s*defaultContext\s*\}\}/g, () => defaultContext());
}
/** A Git source: bake-action's remote refs (actions-toolkit Util.isValidRef), and `ssh://` URLs. */
function isGitSource(value) {
    return (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidRef */ .Ew)(value) || value.startsWith('ssh://');
}
/**
 * `input` (expanded) against the working directory `cwd`: a Git URL, or a directory that must exist (bake-action:
 * "Invalid source: \u2026 does not exist or is not a directory").
 */
function resolveSource(input, cwd, defaultContext) {
    if (!input)
        return { kind: 'local', dir: cwd };
    const expanded = expandSource(input, defaultContext);
    if (!expanded)
        return { kind: 'local', dir: cwd };
    if (isGitSource(expanded))
        return { kind: 'git', url: expanded };
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, expanded);
    let isDir = false;
    try {
        isDir = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dir).isDirectory();
    }
    catch {
        // reported below
    }
    if (!isDir)
        throw new Error(`Invalid source: ${input} does not exist or is not a directory.`);
    return { kind: 'local', dir };
}


/***/ })

};
