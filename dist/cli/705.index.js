export const id = 705;
export const ids = [705];
export const modules = {

/***/ 6705:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listDefinition: () => (/* binding */ listDefinition),
  renderPrint: () => (/* reexport */ print/* renderPrint */.u6),
  ss: () => (/* binding */ resolveBakeAsync),
  bD: () => (/* binding */ targetDependencies)
});

// UNUSED EXPORTS: BakeError, resolveBake

// EXTERNAL MODULE: ./lib/bake/errors.js
var errors = __webpack_require__(7554);
// EXTERNAL MODULE: ./lib/bake/print.js
var print = __webpack_require__(3426);
// EXTERNAL MODULE: ./lib/bake/resolve.js + 38 modules
var resolve = __webpack_require__(5767);
// EXTERNAL MODULE: ./lib/bake/steps.js
var steps = __webpack_require__(5118);
// EXTERNAL MODULE: ./lib/bake/hcl/value.js
var hcl_value = __webpack_require__(6676);
// EXTERNAL MODULE: ./lib/bake/tabwriter.js
var tabwriter = __webpack_require__(8613);
;// CONCATENATED MODULE: ./lib/bake/list.js


/** buildx's table writer for `--list`: tabwriter.NewWriter(out, 1, 8, 1, '\t', 0). */
const LIST_TABLE = { minwidth: 1, tabwidth: 8, padding: 1, padchar: '\t' };
/** Go's encoding/json with an indent of two spaces, as buildx's encoder writes it (HTML characters escaped). */
function goJsonIndent(v) {
    return goEscape(JSON.stringify(v, null, 2)) + '\n';
}
/** encoding/json escapes <, >, & and the JavaScript line separators; JSON.stringify does not. */
function goEscape(json) {
    return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function listTargets(config, format) {
    const all = [
        ...config.targets.map((t) => ({
            name: t.name,
            description: t.description ?? '',
            targets: undefined,
        })),
        ...config.groups.map((g) => ({ name: g.name, description: g.description ?? '', targets: g.targets })),
    ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const entries = [];
    for (const e of all) {
        if (e.name.startsWith('_'))
            continue; // a private target, by convention
        let description = e.description;
        if (e.targets && e.targets.length > 0) {
            const names = [...e.targets].sort().join(', ');
            description = description ? `${description} (${names})` : names;
        }
        entries.push({ name: e.name, ...(description ? { description } : {}), ...(e.targets ? { group: true } : {}) });
    }
    if (format === 'json')
        return goJsonIndent(entries);
    return (0,tabwriter/* tabwrite */.B)([['TARGET', 'DESCRIPTION'], ...entries.map((e) => [e.name, e.description ?? ''])], LIST_TABLE);
}
function listVariables(vars, format) {
    const rows = [...vars]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((v) => ({
        name: v.name,
        description: v.description || undefined,
        type: v.type ? constraintName(v.type) : undefined,
        value: variableText(v),
    }));
    if (format === 'json')
        return goJsonIndent(rows.map((r) => ({ name: r.name, description: r.description, type: r.type, value: r.value })));
    return (0,tabwriter/* tabwrite */.B)([
        ['VARIABLE', 'TYPE', 'VALUE', 'DESCRIPTION'],
        ...rows.map((r) => [r.name, r.type ?? '', r.value ?? '<null>', r.description ?? '']),
    ], LIST_TABLE);
}
/** cty's FriendlyNameForConstraint. */
function constraintName(t) {
    switch (t.kind) {
        case 'any':
            return 'any type';
        case 'list':
        case 'set':
        case 'map':
            return t.elem.kind === 'any' ? `${t.kind} of any single type` : `${t.kind} of ${constraintName(t.elem)}`;
        default:
            return t.kind;
    }
}
/** The value column: typed values as cty JSON (a typed string unquoted), untyped primitives as strings, untyped
 * collections as JSON; undefined for null. */
function variableText(v) {
    const value = (0,hcl_value/* materialize */.O9)(v.value);
    if (value === null)
        return undefined;
    if (v.type) {
        const json = goEscape(JSON.stringify(ctyJson(value, v.type)));
        return v.type.kind === 'string' ? json.replace(/^"+|"+$/g, '') : json;
    }
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return goEscape(JSON.stringify(ctyJson(value, { kind: 'any' }, false)));
}
/** ctyjson.Marshal: a value of a dynamic type (`any`) carries its type (`{"value":\u2026,"type":\u2026}`). */
function ctyJson(value, type, wrapDynamic = true) {
    value = (0,hcl_value/* materialize */.O9)(value);
    if (type.kind === 'any' && wrapDynamic)
        return { value: ctyJson(value, { kind: 'any' }, false), type: ctyTypeJson(value) };
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value)) {
        return value.map((x, i) => ctyJson(x, elemType(type, i), wrapDynamic || type.kind !== 'any'));
    }
    if ((0,hcl_value/* isObject */.Gv)(value)) {
        const out = {};
        for (const [k, x] of [...value].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            out[k] = ctyJson(x, type.kind === 'map'
                ? type.elem
                : type.kind === 'object'
                    ? (type.attrs.get(k) ?? { kind: 'any' })
                    : { kind: 'any' }, type.kind !== 'any');
        }
        return out;
    }
    return value;
}
function elemType(t, i) {
    if (t.kind === 'list' || t.kind === 'set')
        return t.elem;
    if (t.kind === 'tuple')
        return t.elems[i] ?? { kind: 'any' };
    return { kind: 'any' };
}
/** cty's JSON form of a value's own (inferred) type. */
function ctyTypeJson(value) {
    value = (0,hcl_value/* materialize */.O9)(value);
    if (typeof value === 'string')
        return 'string';
    if (typeof value === 'number')
        return 'number';
    if (typeof value === 'boolean')
        return 'bool';
    if (value === null)
        return 'dynamic';
    if (Array.isArray(value))
        return ['tuple', value.map(ctyTypeJson)];
    if ((0,hcl_value/* isObject */.Gv)(value))
        return [
            'object',
            Object.fromEntries([...value].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, ctyTypeJson(x)])),
        ];
    return 'dynamic';
}

;// CONCATENATED MODULE: ./lib/bake/index.js
/**
 * Bake definitions resolved the way `docker buildx bake --print` resolves them: file discovery,
 * HCL/JSON/compose loading, variables and functions, inherits, matrix, groups, `--set`
 * overrides and `target:` links. The semantics are buildx's bake/ package and docs/bake-reference.md in docker/buildx.
 */







/**
 * Loads and resolves a bake definition. Synchronous; reads files (unless given `files`, as readFiles returns them)
 * but has no other effects. A compose file needs `inputs.yaml`.
 */
function resolveBake(inputs, files) {
    const { targets, groups } = resolveTargets(inputs, files);
    return toBakeDefinition(targets, groups);
}
/**
 * resolveBake that brings its own YAML parser (and takes `given` files, e.g. a remote definition's, as resolveBake
 * does): the files are read first, and the `yaml` package is imported only
 * when one of them is (or may be) a compose file \u2014 it is ~0.3 MB of code that an HCL-only run never needs, and
 * every run pays at start-up for the code it loads (docs/benchmarks.md, "Start-up").
 */
async function resolveBakeAsync(inputs, given) {
    const files = given ?? (0,resolve.readFiles)(inputs);
    const yaml = inputs.yaml ?? (files.some((f) => (0,resolve.mayBeCompose)(f.name)) ? await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)) : undefined);
    // In steps, giving the event loop a turn every few ms: a signal handler runs, `inputs.signal` stops it (steps.ts).
    const { targets, groups } = await (0,steps/* runStepsAsync */.pt)((0,resolve.resolveTargetsSteps)({ ...inputs, yaml }, files), inputs.signal);
    return (0,print/* toBakeDefinition */.Ok)(targets, groups);
}
/**
 * `--list targets|variables` (buildx lists what the files define before any target is resolved or overridden).
 */
async function listDefinition(inputs, request, given) {
    const files = given ?? (0,resolve.readFiles)(inputs);
    const yaml = inputs.yaml ?? (files.some((f) => (0,resolve.mayBeCompose)(f.name)) ? await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)) : undefined);
    const meta = { variables: [] };
    const config = (0,resolve.loadConfig)(files, { ...inputs, yaml }, meta);
    return request.type === 'targets'
        ? listTargets(config, request.format)
        : listVariables(meta.variables, request.format);
}
/**
 * target -> the targets it consumes through `target:NAME` contexts, for every target in the
 * definition. Throws a BakeError naming the cycle if the links are not a DAG.
 */
function targetDependencies(def) {
    const deps = new Map();
    for (const name of Object.keys(def.target).sort()) {
        const t = def.target[name];
        const list = [];
        for (const key of Object.keys(t.contexts ?? {}).sort()) {
            const v = t.contexts[key];
            if (v.startsWith('target:')) {
                const dep = v.slice('target:'.length);
                if (!list.includes(dep))
                    list.push(dep);
            }
        }
        deps.set(name, list);
    }
    // Depth-first search with colours; the grey path is the cycle when a back-edge appears.
    const state = new Map();
    const path = [];
    const visit = (n) => {
        const s = state.get(n);
        if (s === 'done')
            return;
        if (s === 'visiting') {
            const cycle = [...path.slice(path.indexOf(n)), n];
            throw new errors/* BakeError */.o(`target dependency cycle: ${cycle.join(' -> ')}`);
        }
        state.set(n, 'visiting');
        path.push(n);
        for (const d of deps.get(n) ?? []) {
            if (!deps.has(d))
                throw new errors/* BakeError */.o(`failed to find target ${d} (used as a context by ${n})`);
            visit(d);
        }
        path.pop();
        state.set(n, 'done');
    };
    for (const n of deps.keys())
        visit(n);
    return deps;
}


/***/ }),

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
    for (const name of [...targets.keys()].sort(compareBytes)) {
        const t = targets.get(name);
        def.target[name] = toBakeTarget(t);
        if (t.definitionCopies)
            (def.definitionCopies ??= {})[name] = t.definitionCopies;
    }
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
