export const id = 524;
export const ids = [524];
export const modules = {

/***/ 6524:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REDACTED: () => (/* binding */ REDACTED),
/* harmony export */   makeRedactor: () => (/* binding */ makeRedactor),
/* harmony export */   secretValues: () => (/* binding */ secretValues)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * Keeps secret values out of everything bakekit writes: log lines, error messages, metadata, summaries, outputs.
 *
 * The daemon never echoes a secret by itself, but a build step can (`RUN --mount=type=secret,id=t cat
 * /run/secrets/t`, or an error that quotes its input), and that output reaches our progress log and the failure
 * summary. The shells know every value they serve, so they pass what they print through a redactor built from them,
 * the way a GitHub runner masks `::add-mask::` values. Values shorter than 4 characters are left alone (masking
 * "1" or "yes" everywhere would garble the log and protects nothing).
 */


const REDACTED = '***';
const MIN_LENGTH = 4;
/** The value of every secret the targets declare (as loadSecrets would read it); unreadable ones are skipped. */
function secretValues(specs, ctx) {
    const out = [];
    for (const spec of specs)
        for (const s of spec.secrets) {
            const v = readSecret(s, ctx);
            if (v !== undefined)
                out.push(v);
        }
    return out;
}
function readSecret(s, ctx) {
    if (s.value !== undefined)
        return s.value;
    let { src, env } = s;
    if (!src && !env) {
        if (ctx.env[s.id] !== undefined)
            env = s.id;
        else
            src = s.id;
    }
    if (env)
        return ctx.env[env];
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.cwd, src), 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * Replaces each value, and each line of a multi-line value, with `***` (longest first, so a value containing
 * another is masked whole). A file secret usually ends with a newline a step's output will not repeat: the
 * trimmed value is masked too, and so is each value's JSON-escaped form.
 */
function makeRedactor(values) {
    const set = new Set();
    for (const v of values) {
        if (!v)
            continue;
        for (const piece of [v, v.trim(), ...v.split(/\r?\n/).map((l) => l.trim())]) {
            if (piece.length < MIN_LENGTH)
                continue;
            set.add(piece);
            set.add(JSON.stringify(piece).slice(1, -1)); // as it appears inside JSON (metadata, outputs)
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


/***/ })

};
