export const id = 635;
export const ids = [635];
export const modules = {

/***/ 6635:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ cleanPath)
/* harmony export */ });
/** Go's `path.Clean` for the slash-separated paths bake files hold (context paths, compose paths). */
/** Collapses `//`, resolves `.` and `..` lexically, drops a trailing slash; "" becomes ".". */
function cleanPath(p) {
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
            continue;
        }
        out.push(part);
    }
    const s = out.join('/');
    return rooted ? '/' + s : s === '' ? '.' : s;
}


/***/ })

};
