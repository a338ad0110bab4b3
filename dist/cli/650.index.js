export const id = 650;
export const ids = [650];
export const modules = {

/***/ 5650:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VC: () => (/* binding */ bytesSize),
/* harmony export */   h$: () => (/* binding */ ramInBytes)
/* harmony export */ });
/* unused harmony export InvalidSizeError */
/**
 * docker/go-units sizes, as buildx and compose-go read and print them: `shm-size`, `memory`, compose's `shm_size`.
 * One port, because a size bake accepts at `--print` must be the size the build then uses.
 */
/** go-units parseSize failed: its message, which compose-go and buildx pass on. */
class InvalidSizeError extends Error {
    value;
    name = 'InvalidSizeError';
    constructor(value) {
        super(`invalid size: '${value}'`);
        this.value = value;
    }
}
const BINARY_UNITS = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
/** strconv.ParseFloat's decimal syntax (hexadecimal floats are refused). */
const GO_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * `128m` → 134217728: go-units RAMInBytes (parseSize with binary multiples). The number is what ends at the last
 * digit, dot or space (one space may separate it from the unit); the unit is `b`, or `k`/`m`/`g`/`t`/`p` optionally
 * followed by `b` or `ib`, in any case; the product is truncated as Go's int64() does. The caller bounds the result
 * (Go would overflow int64 silently).
 */
function ramInBytes(value) {
    let sep = -1;
    for (let i = value.length - 1; i >= 0; i--) {
        if ('0123456789. '.includes(value[i])) {
            sep = i;
            break;
        }
    }
    if (sep < 0)
        throw new InvalidSizeError(value);
    const num = value[sep] === ' ' ? value.slice(0, sep) : value.slice(0, sep + 1);
    let suffix = value.slice(sep + 1);
    if (!GO_DECIMAL.test(num))
        throw new InvalidSizeError(value);
    let size = Number.parseFloat(num);
    if (size < 0)
        throw new InvalidSizeError(value);
    if (suffix !== '') {
        suffix = suffix.toLowerCase();
        if (suffix.length > 3)
            throw new InvalidSizeError(value);
        if (suffix[0] === 'b') {
            if (suffix.length > 1)
                throw new InvalidSizeError(value);
        }
        else {
            const multiple = BINARY_UNITS[suffix[0]];
            if (multiple === undefined)
                throw new InvalidSizeError(value);
            if ((suffix.length === 2 && suffix[1] !== 'b') || (suffix.length === 3 && suffix.slice(1) !== 'ib'))
                throw new InvalidSizeError(value);
            size *= multiple;
        }
    }
    return Math.trunc(size);
}
/** go-units BytesSize: `134217728` → `128MiB` (4 significant digits, binary units). */
function bytesSize(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];
    let i = 0;
    let v = n;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${Number(v.toPrecision(4))}${units[i]}`;
}


/***/ })

};
