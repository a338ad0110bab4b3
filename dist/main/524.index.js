"use strict"; exports.id = 524;
exports.ids = [524];
exports.modules = {
  /***/
  6524: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        REDACTED: () => (
          /* binding */
          REDACTED
        ),
        /* harmony export */
        makeRedactor: () => (
          /* binding */
          makeRedactor
        ),
        /* harmony export */
        secretValues: () => (
          /* binding */
          secretValues
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      const REDACTED = "***";
      const MIN_LENGTH = 4;
      function secretValues(specs, ctx) {
        const out = [];
        for (const spec of specs)
          for (const s of spec.secrets) {
            const v = readSecret(s, ctx);
            if (v !== void 0)
              out.push(v);
          }
        return out;
      }
      function readSecret(s, ctx) {
        if (s.value !== void 0)
          return s.value;
        let { src, env } = s;
        if (!src && !env) {
          if (ctx.env[s.id] !== void 0)
            env = s.id;
          else
            src = s.id;
        }
        if (env)
          return ctx.env[env];
        try {
          return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.cwd, src), "utf8");
        } catch {
          return void 0;
        }
      }
      function makeRedactor(values) {
        const set = /* @__PURE__ */ new Set();
        for (const v of values) {
          if (!v)
            continue;
          for (const piece of [v, v.trim(), ...v.split(/\r?\n/).map((l) => l.trim())]) {
            if (piece.length < MIN_LENGTH)
              continue;
            set.add(piece);
            set.add(JSON.stringify(piece).slice(1, -1));
          }
        }
        const list = [...set].sort((a, b) => b.length - a.length);
        if (!list.length)
          return (text) => text;
        return (text) => {
          let out = text;
          for (const v of list)
            if (out.includes(v))
              out = out.split(v).join(REDACTED);
          return out;
        };
      }
    })
  )
};
