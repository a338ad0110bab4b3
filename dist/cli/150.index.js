export const id = 150;
export const ids = [150];
export const modules = {

/***/ 8150:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ basePath),
/* harmony export */   Jz: () => (/* binding */ dirPath),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   ts: () => (/* binding */ cleanPath),
/* harmony export */   uJ: () => (/* binding */ joinPath),
/* harmony export */   zq: () => (/* binding */ compareUtf8)
/* harmony export */ });
/** Slash-separated path helpers with Go's semantics (fsutil paths are always `/`-separated on the wire). */
/** Go's path.Clean: collapse `//`, resolve `.` and `..` lexically; "" becomes ".". */
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
    const joined = out.join('/');
    if (rooted)
        return '/' + joined;
    return joined === '' ? '.' : joined;
}
/** Go's path.Join: join non-empty elements and clean; "" when all are empty. */
function joinPath(...parts) {
    const nonEmpty = parts.filter((p) => p !== '');
    return nonEmpty.length === 0 ? '' : cleanPath(nonEmpty.join('/'));
}
/** Go's path.Dir. */
function dirPath(p) {
    const i = p.lastIndexOf('/');
    return cleanPath(p.slice(0, i + 1));
}
/** Go's path.Base. */
function basePath(p) {
    if (p === '')
        return '.';
    while (p.length > 1 && p.endsWith('/'))
        p = p.slice(0, -1);
    if (p === '/')
        return '/';
    const i = p.lastIndexOf('/');
    return i >= 0 ? p.slice(i + 1) : p;
}
/**
 * Compares strings the way Go compares them: by their UTF-8 bytes, which is code-point order.
 * JS `<` compares UTF-16 code units, which differs for astral characters vs U+E000..U+FFFF.
 */
function compareUtf8(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(i);
        if (ca === cb)
            continue;
        // Only surrogates break code-unit order: they belong after U+E000..U+FFFF.
        const sa = ca >= 0xd800 && ca <= 0xdfff;
        const sb = cb >= 0xd800 && cb <= 0xdfff;
        if (sa !== sb)
            return sa ? (cb >= 0xe000 ? 1 : ca - cb) : ca >= 0xe000 ? -1 : ca - cb;
        return ca - cb;
    }
    return a.length - b.length;
}
/**
 * Whether a wire path is safe to use under a destination root: relative, clean, no `..`, no NUL.
 * (Symlinks inside the root are a separate concern handled by the writer.)
 */
function isSafeRelativePath(p) {
    if (p === '' || p === '.' || p.includes('\0'))
        return false;
    if (p.startsWith('/'))
        return false;
    if (cleanPath(p) !== p)
        return false;
    return !p.split('/').includes('..');
}


/***/ })

};
