"use strict"; exports.id = 189;
exports.ids = [189];
exports.modules = {
  /***/
  5189: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        expandSource: () => (
          /* binding */
          expandSource
        ),
        /* harmony export */
        isGitSource: () => (
          /* binding */
          isGitSource
        ),
        /* harmony export */
        resolveSource: () => (
          /* binding */
          resolveSource
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6965);
      function expandSource(input, defaultContext) {
        return input.replace(/\{\{\s*defaultContext\s*\}\}/g, () => defaultContext());
      }
      function isGitSource(value) {
        return (0, _github_context_js__WEBPACK_IMPORTED_MODULE_2__.Ew)(value) || value.startsWith("ssh://");
      }
      function resolveSource(input, cwd, defaultContext) {
        if (!input)
          return { kind: "local", dir: cwd };
        const expanded = expandSource(input, defaultContext);
        if (!expanded)
          return { kind: "local", dir: cwd };
        if (isGitSource(expanded))
          return { kind: "git", url: expanded };
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, expanded);
        let isDir = false;
        try {
          isDir = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dir).isDirectory();
        } catch {
        }
        if (!isDir)
          throw new Error(`Invalid source: ${input} does not exist or is not a directory.`);
        return { kind: "local", dir };
      }
    })
  )
};
