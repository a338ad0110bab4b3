"use strict"; exports.id = 121;
exports.ids = [121];
exports.modules = {
  /***/
  6121: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        MatrixFieldError: () => (
          /* binding */
          MatrixFieldError
        ),
        /* harmony export */
        matrixEntries: () => (
          /* binding */
          matrixEntries
        ),
        /* harmony export */
        parseFields: () => (
          /* binding */
          parseFields
        ),
        /* harmony export */
        targetEntries: () => (
          /* binding */
          targetEntries
        )
        /* harmony export */
      });
      var _bake_target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2916);
      class MatrixFieldError extends Error {
        name = "MatrixFieldError";
      }
      const FIELD_NAMES = _bake_target_js__WEBPACK_IMPORTED_MODULE_0__.kR.filter((a) => a !== "inherits");
      function parseFields(items) {
        const fields = [];
        for (const raw of items.flatMap((i) => i.split(/[\r\n,]+/))) {
          const f = raw.trim();
          if (f === "" || f === "target" || fields.includes(f))
            continue;
          if (!FIELD_NAMES.includes(f)) {
            const near = FIELD_NAMES.find((n) => n === `${f}s` || `${n}s` === f || n.replace(/-/g, "") === f.replace(/[-_]/g, ""));
            throw new MatrixFieldError(`fields: "${f}" is not a bake target attribute${near ? ` (did you mean "${near}"?)` : ""}; one of: ${FIELD_NAMES.join(", ")}`);
          }
          fields.push(f);
        }
        return fields;
      }
      function targetEntries(name, printed, fields) {
        let entries = [{ target: name }];
        for (const key of Object.keys(printed)) {
          if (!fields.includes(key))
            continue;
          const value = printed[key];
          if (Array.isArray(value)) {
            entries = entries.flatMap((e) => value.map((v) => ({ ...e, [key]: v })));
          } else {
            entries = entries.map((e) => ({ ...e, [key]: value }));
          }
        }
        return entries;
      }
      function matrixEntries(printed, names, fields) {
        return names.flatMap((n) => targetEntries(n, printed[n] ?? {}, fields));
      }
    })
  )
};
