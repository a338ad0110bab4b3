"use strict"; exports.id = 476;
exports.ids = [476];
exports.modules = {
  /***/
  2476: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        gitAuthSecretsFromEnv: () => (
          /* binding */
          gitAuthSecretsFromEnv
        ),
        /* harmony export */
        gitHost: () => (
          /* binding */
          gitHost
        ),
        /* harmony export */
        redactGitUrl: () => (
          /* binding */
          redactGitUrl
        ),
        /* harmony export */
        sharesGitHost: () => (
          /* binding */
          sharesGitHost
        )
        /* harmony export */
      });
      function gitHost(url) {
        const scp = /^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+):/.exec(url);
        if (scp)
          return scp[1];
        return new URL(url.startsWith("github.com/") ? `https://${url}` : url).host;
      }
      function redactGitUrl(url) {
        return url.replace(/\/\/[^/@]*@/, "//***@");
      }
      function hostOf(url) {
        try {
          return gitHost(url) || void 0;
        } catch {
          return void 0;
        }
      }
      function gitAuthSecretsFromEnv(url, env) {
        const host = hostOf(url);
        if (!host)
          return [];
        const out = [];
        for (const [id2, variable] of [
          ["GIT_AUTH_TOKEN", "BUILDX_BAKE_GIT_AUTH_TOKEN"],
          ["GIT_AUTH_HEADER", "BUILDX_BAKE_GIT_AUTH_HEADER"]
        ]) {
          const name = Object.keys(env).find((k) => k.toLowerCase() === variable.toLowerCase());
          if (name !== void 0)
            out.push({ id: `${id2}.${host}`, env: name });
        }
        return out;
      }
      function sharesGitHost(definitionUrl, context, isRemote) {
        if (!isRemote(context))
          return false;
        const a = hostOf(definitionUrl);
        const b = hostOf(context);
        return a !== void 0 && b !== void 0 && a.toLowerCase() === b.toLowerCase();
      }
    })
  )
};
