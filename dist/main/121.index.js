export const id = 121;
export const ids = [121];
export const modules = {

/***/ 6121:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MatrixFieldError: () => (/* binding */ MatrixFieldError),
/* harmony export */   matrixEntries: () => (/* binding */ matrixEntries),
/* harmony export */   parseFields: () => (/* binding */ parseFields),
/* harmony export */   targetEntries: () => (/* binding */ targetEntries)
/* harmony export */ });
/* harmony import */ var _bake_target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2916);
/**
 * Matrix entries in docker/bake-action's shape (subaction/matrix/action.yml, its "Generating matrix" script): one
 * `{ "target": NAME }` per target of the resolved definition, in `--print` order; with `fields`, each named attribute
 * of the target's `--print` JSON is copied in, and a list attribute (`platforms`) gives one entry per value. The
 * values are read from the `--print` JSON itself (bake/print.ts renderPrint, byte for byte buildx's), as bake-action
 * reads `docker buildx bake --print`, so a workflow switching over gets the same JSON.
 *
 * Two deliberate differences, both where bake-action's loop produces something no workflow wants:
 * - several fields: bake-action pushes an entry each time it sets a field, so `platforms,dockerfile` yields a stray
 *   entry with `dockerfile` but no `platforms` (a job that builds every platform) before the per-platform ones; here
 *   the entries are the product of the list fields, each with every field \u2014 bake-action's output less those strays;
 * - `target` (the Dockerfile stage attribute) would overwrite the entry's target name in bake-action; here `target`
 *   in `fields` is the name, always present.
 * An unknown field is an error rather than silently ignored (`platform` for `platforms` would not split anything).
 */

/** A bad `fields` value (an exit code 2 at the command line). */
class MatrixFieldError extends Error {
    name = 'MatrixFieldError';
}
const FIELD_NAMES = _bake_target_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGET_ATTRIBUTES */ .kR.filter((a) => a !== 'inherits');
/**
 * `fields` as bake-action reads it (`split(/[\r?\n,]+/)`, empty items dropped; items trimmed here), checked against
 * the attributes `--print` can show. `target` is dropped: the entry's name is always there.
 */
function parseFields(items) {
    const fields = [];
    for (const raw of items.flatMap((i) => i.split(/[\r\n,]+/))) {
        const f = raw.trim();
        if (f === '' || f === 'target' || fields.includes(f))
            continue;
        if (!FIELD_NAMES.includes(f)) {
            const near = FIELD_NAMES.find((n) => n === `${f}s` || `${n}s` === f || n.replace(/-/g, '') === f.replace(/[-_]/g, ''));
            throw new MatrixFieldError(`fields: "${f}" is not a bake target attribute${near ? ` (did you mean "${near}"?)` : ''}; one of: ${FIELD_NAMES.join(', ')}`);
        }
        fields.push(f);
    }
    return fields;
}
/** The entries of one target: one without fields, else the product of its list-valued fields. */
function targetEntries(name, printed, fields) {
    let entries = [{ target: name }];
    // the target's own key order, as bake-action's Object.keys(target).forEach
    for (const key of Object.keys(printed)) {
        if (!fields.includes(key))
            continue;
        const value = printed[key];
        if (Array.isArray(value)) {
            // `--print` never shows an empty list, so every list here multiplies by at least one
            entries = entries.flatMap((e) => value.map((v) => ({ ...e, [key]: v })));
        }
        else {
            entries = entries.map((e) => ({ ...e, [key]: value }));
        }
    }
    return entries;
}
/** Entries for `names` (in that order), from the `--print` JSON's targets. */
function matrixEntries(printed, names, fields) {
    return names.flatMap((n) => targetEntries(n, printed[n] ?? {}, fields));
}


/***/ })

};
