export const id = 562;
export const ids = [562];
export const modules = {

/***/ 3426:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ok: () => (/* binding */ toBakeDefinition),
/* harmony export */   u6: () => (/* binding */ renderPrint)
/* harmony export */ });
/* unused harmony export toBakeTarget */
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5865);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2916);


/** The order encoding/json writes buildx's Target struct fields in: the attribute order, less `inherits` (never printed). */
const FIELD_ORDER = _target_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGET_ATTRIBUTES */ .kR.filter((a) => a !== 'inherits');
function compareBytes(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sortedRecord(m) {
    if (!m)
        return undefined;
    const entries = [...m].filter((e) => e[1] !== null).sort((a, b) => compareBytes(a[0], b[0]));
    return entries.length ? Object.fromEntries(entries) : undefined;
}
function nonEmpty(l) {
    return l && l.length ? l.map((x) => (typeof x === 'object' && x !== null ? { ...x } : x)) : undefined;
}
/** Internal target to its public (--print) shape: unset and empty fields are left out. */
function toBakeTarget(t) {
    const out = {};
    const set = (k, v) => {
        if (v !== undefined)
            out[k] = v;
    };
    if (t.description)
        out.description = t.description;
    set('annotations', nonEmpty(t.annotations));
    set('attest', nonEmpty(t.attest));
    set('context', t.context);
    set('contexts', sortedRecord(t.contexts));
    set('dockerfile', t.dockerfile);
    set('dockerfile-inline', t.dockerfileInline);
    set('args', sortedRecord(t.args));
    set('labels', sortedRecord(t.labels));
    set('tags', nonEmpty(t.tags));
    set('cache-from', nonEmpty(t.cacheFrom));
    set('cache-to', nonEmpty(t.cacheTo));
    set('target', t.target);
    set('secret', nonEmpty(t.secret));
    set('ssh', nonEmpty(t.ssh)?.map((s) => (s.paths ? { ...s, paths: [...s.paths] } : s)));
    set('platforms', nonEmpty(t.platforms));
    set('output', nonEmpty(t.output));
    set('pull', t.pull);
    set('no-cache', t.noCache);
    set('network', t.network);
    set('no-cache-filter', nonEmpty(t.noCacheFilter));
    set('shm-size', t.shmSize);
    set('ulimits', nonEmpty(t.ulimits));
    // a pointer with omitempty: printed whenever set, `{}` when set with no field
    set('resources', t.resources && { ...t.resources });
    set('call', t.call);
    set('entitlements', nonEmpty(t.entitlements));
    set('extra-hosts', sortedRecord(t.extraHosts));
    set('policy', t.policy?.length ? t.policy.map(_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .clonePolicy */ .uS) : undefined);
    return out;
}
function toBakeDefinition(targets, groups) {
    const def = { group: {}, target: {} };
    for (const name of [...groups.keys()].sort(compareBytes)) {
        const g = groups.get(name);
        def.group[name] = g.description
            ? { description: g.description, targets: [...g.targets] }
            : { targets: [...g.targets] };
    }
    for (const name of [...targets.keys()].sort(compareBytes))
        def.target[name] = toBakeTarget(targets.get(name));
    return def;
}
// ---- Go encoding/json compatible writer ----
/** An object whose keys are written in the given order (JS objects reorder integer-like keys). */
class Ordered {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
}
function sortedObject(o, value = leaf) {
    return new Ordered(Object.keys(o)
        .sort(compareBytes)
        .filter((k) => o[k] !== undefined)
        .map((k) => [k, value(o[k])]));
}
function leaf(v) {
    if (Array.isArray(v))
        return v.map(leaf);
    if (v !== null && typeof v === 'object')
        return sortedObject(v);
    return v;
}
const HTML_UNSAFE = /[<>&\u2028\u2029]/;
/** Go escapes <, > and & (and U+2028/2029) in JSON strings by default. */
function goString(s) {
    if (!HTML_UNSAFE.test(s))
        return JSON.stringify(s);
    return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
function write(v, indent) {
    if (v === null)
        return 'null';
    if (typeof v === 'string')
        return goString(v);
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    const inner = indent + '  ';
    if (Array.isArray(v)) {
        if (v.length === 0)
            return '[]';
        return '[\n' + v.map((x) => inner + write(x, inner)).join(',\n') + '\n' + indent + ']';
    }
    if (v.entries.length === 0)
        return '{}';
    return ('{\n' + v.entries.map(([k, x]) => `${inner}${goString(k)}: ${write(x, inner)}`).join(',\n') + '\n' + indent + '}');
}
/** buildx's Target.MarshalJSON escapes these so the output re-parses as a bake JSON file. */
function escapeTemplate(s) {
    return s.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
function targetJson(t) {
    const entries = [];
    for (const k of FIELD_ORDER) {
        const v = t[k];
        if (v === undefined)
            continue;
        switch (k) {
            case 'annotations':
                entries.push([k, v.map(escapeTemplate)]);
                break;
            case 'dockerfile-inline':
                entries.push([k, escapeTemplate(v)]);
                break;
            case 'args':
            case 'labels':
            case 'extra-hosts':
                entries.push([k, sortedObject(v, (x) => escapeTemplate(x))]);
                break;
            case 'secret':
                entries.push([
                    k,
                    v.map((s) => new Ordered(['id', 'src', 'env'].filter((f) => s[f]).map((f) => [f, s[f]]))),
                ]);
                break;
            case 'ssh':
                entries.push([
                    k,
                    v.map((s) => {
                        const e = [];
                        if (s.id)
                            e.push(['id', s.id]);
                        if (s.paths && s.paths.length)
                            e.push(['paths', [...s.paths]]);
                        return new Ordered(e);
                    }),
                ]);
                break;
            case 'resources': {
                // the struct's field order, unset fields left out (omitempty pointers); the cpu-* ones are int64 numbers
                const r = v;
                entries.push([
                    k,
                    new Ordered(_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCE_KEYS */ .kc.filter((f) => r[f] !== undefined).map((f) => [f, r[f]])),
                ]);
                break;
            }
            case 'policy':
                // no json tags, no MarshalJSON: Go's field names and order, every field
                entries.push([
                    k,
                    v.map((p) => new Ordered([
                        [
                            'Files',
                            p.Files
                                ? p.Files.map((f) => new Ordered([
                                    ['Filename', f.Filename],
                                    ['Data', null],
                                ]))
                                : null,
                        ],
                        ['Reset', p.Reset],
                        ['Disabled', p.Disabled],
                        ['Strict', p.Strict],
                        ['LogLevel', p.LogLevel],
                    ])),
                ]);
                break;
            default:
                entries.push([k, leaf(v)]);
        }
    }
    return new Ordered(entries);
}
/** Byte-identical to `docker buildx bake --print` stdout (two-space indent, trailing newline). */
function renderPrint(def) {
    const top = [];
    const groupNames = Object.keys(def.group ?? {}).sort(compareBytes);
    if (groupNames.length > 0) {
        top.push([
            'group',
            new Ordered(groupNames.map((name) => {
                const g = def.group[name];
                const e = [];
                if (g.description)
                    e.push(['description', g.description]);
                e.push(['targets', g.targets ? [...g.targets] : null]);
                return [name, new Ordered(e)];
            })),
        ]);
    }
    top.push([
        'target',
        new Ordered(Object.keys(def.target)
            .sort(compareBytes)
            .map((name) => [name, targetJson(def.target[name])])),
    ]);
    return write(new Ordered(top), '') + '\n';
}


/***/ }),

/***/ 8613:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ tabwrite)
/* harmony export */ });
/**
 * Go's text/tabwriter, for the tables buildx prints (`--list`, `--call=outline|targets`): they must match byte for
 * byte, and no npm table library aligns the way tabwriter does (columns are aligned per block of consecutive lines
 * that have a cell in that column, and tab padding rounds to tab stops). Rows are given as cells; every cell but a
 * row's last is tab-terminated, as in the Go writers' `fmt.Fprintf(w, "%s\t%s\n", \u2026)`. No flags (buildx sets none).
 */
/** Width of a cell as tabwriter counts it: runes (utf8.RuneCount), not UTF-16 units. */
function textWidth(s) {
    let n = 0;
    // a low surrogate is the second half of a rune already counted
    for (let i = 0; i < s.length; i++)
        if ((s.charCodeAt(i) & 0xfc00) !== 0xdc00)
            n++;
    return n;
}
/** The lines, each ending in '\n'. */
function tabwrite(rows, opts) {
    // widths[row][column]: the width of the column block the cell belongs to
    const widths = rows.map((r) => new Array(Math.max(0, r.length - 1)).fill(0));
    const columns = Math.max(0, ...rows.map((r) => r.length - 1));
    for (let c = 0; c < columns; c++) {
        let start = 0;
        while (start < rows.length) {
            if (rows[start].length - 1 <= c) {
                start++;
                continue;
            }
            let end = start;
            let width = opts.minwidth;
            while (end < rows.length && rows[end].length - 1 > c)
                width = Math.max(width, textWidth(rows[end++][c]) + opts.padding);
            for (let k = start; k < end; k++)
                widths[k][c] = width;
            start = end;
        }
    }
    return rows
        .map((row, i) => row.map((cell, c) => (c < row.length - 1 ? cell + pad(textWidth(cell), widths[i][c], opts) : cell)).join('') +
        '\n')
        .join('');
}
/** tabwriter's writePadding. */
function pad(textw, cellw, opts) {
    if (opts.padchar === '\t') {
        if (opts.tabwidth === 0)
            return '';
        const stop = Math.ceil(cellw / opts.tabwidth) * opts.tabwidth;
        return '\t'.repeat(Math.ceil((stop - textw) / opts.tabwidth));
    }
    return ' '.repeat(Math.max(0, cellw - textw));
}


/***/ })

};
