export const id = 343;
export const ids = [343];
export const modules = {

/***/ 6705:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u6: () => (/* reexport */ print/* renderPrint */.u6),
  ss: () => (/* binding */ resolveBakeAsync),
  bD: () => (/* binding */ targetDependencies)
});

// UNUSED EXPORTS: BakeError, listDefinition, resolveBake

// EXTERNAL MODULE: ./lib/bake/errors.js
var errors = __webpack_require__(7554);
// EXTERNAL MODULE: ./lib/bake/print.js
var print = __webpack_require__(3426);
// EXTERNAL MODULE: ./lib/bake/resolve.js + 39 modules
var resolve = __webpack_require__(8180);
// EXTERNAL MODULE: ./lib/bake/steps.js
var steps = __webpack_require__(5118);
// EXTERNAL MODULE: ./lib/bake/hcl/value.js
var value = __webpack_require__(6676);
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
function list_listTargets(config, format) {
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
    return tabwrite([['TARGET', 'DESCRIPTION'], ...entries.map((e) => [e.name, e.description ?? ''])], LIST_TABLE);
}
function list_listVariables(vars, format) {
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
    return tabwrite([
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
    const value = materialize(v.value);
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
    value = materialize(value);
    if (type.kind === 'any' && wrapDynamic)
        return { value: ctyJson(value, { kind: 'any' }, false), type: ctyTypeJson(value) };
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value)) {
        return value.map((x, i) => ctyJson(x, elemType(type, i), wrapDynamic || type.kind !== 'any'));
    }
    if (isObject(value)) {
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
    value = materialize(value);
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
    if (isObject(value))
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
    const files = given ?? (0,resolve/* readFiles */.Ul)(inputs);
    const yaml = inputs.yaml ?? (files.some((f) => (0,resolve/* mayBeCompose */.bv)(f.name)) ? await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)) : undefined);
    // In steps, giving the event loop a turn every few ms: a signal handler runs, `inputs.signal` stops it (steps.ts).
    const { targets, groups } = await (0,steps/* runStepsAsync */.pt)((0,resolve/* resolveTargetsSteps */.Qg)({ ...inputs, yaml }, files), inputs.signal);
    return (0,print/* toBakeDefinition */.Ok)(targets, groups);
}
/**
 * `--list targets|variables` (buildx lists what the files define before any target is resolved or overridden).
 */
async function listDefinition(inputs, request, given) {
    const files = given ?? readFiles(inputs);
    const yaml = inputs.yaml ?? (files.some((f) => mayBeCompose(f.name)) ? await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)) : undefined);
    const meta = { variables: [] };
    const config = loadConfig(files, { ...inputs, yaml }, meta);
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

/***/ 1581:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bindSecrets: () => (/* binding */ bindSecrets),
  canonicalAttest: () => (/* binding */ canonicalAttest),
  checkDefinitionEntitlements: () => (/* binding */ checkDefinitionEntitlements),
  identifyLocalDirs: () => (/* binding */ identifyLocalDirs),
  metadataFileContent: () => (/* binding */ metadataFileContent),
  overridesFor: () => (/* binding */ overridesFor),
  resolveDefinition: () => (/* binding */ resolveDefinition),
  runBake: () => (/* binding */ runBake),
  runTargetSpecs: () => (/* binding */ runTargetSpecs),
  targetSpecs: () => (/* binding */ targetSpecs),
  writeMetadataFile: () => (/* binding */ writeMetadataFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/bake/index.js + 1 modules
var bake = __webpack_require__(6705);
// EXTERNAL MODULE: ./lib/solve/target/bake-adapter.js + 1 modules
var bake_adapter = __webpack_require__(7719);
// EXTERNAL MODULE: ./lib/solve/target/context-kind.js
var context_kind = __webpack_require__(6449);
// EXTERNAL MODULE: ./lib/solve/run/git-auth.js
var git_auth = __webpack_require__(2476);
// EXTERNAL MODULE: ./lib/bake/entries.js
var entries = __webpack_require__(5865);
;// CONCATENATED MODULE: ./lib/solve/target/entitlements.js
/**
 * Entitlements: what a bake file may make bakekit (and the daemon) do beyond building from and into the working
 * directory \u2014 buildx's bake/entitlements.go. A bake file can come from a pull request, so nothing it asks for is
 * granted unless the command line (`--allow`, `--set`) or the workflow (action input `allow`, `set`) allowed it:
 *
 * - `network.host` (`network = "host"`, `entitlements = ["network.host"]`), `security.insecure`, `device[=NAME]`:
 *   the target's `entitlements`, which the daemon is asked for (they travel in the Solve request);
 * - `ssh`: an `ssh` entry without key paths, or a git SSH context without `ssh` entries, forwards the SSH agent;
 * - `fs.read=PATH`: the context, the Dockerfile, local and `oci-layout://` named contexts, secret files, ssh key
 *   files and `type=local` cache-from sources outside the working directory;
 * - `fs.write=PATH`: `local`/`tar`/`oci`/`docker` output destinations and `type=local` cache-to destinations
 *   outside the working directory;
 * - `buildx.local.delete`: a `type=local` output with `mode=delete` (it deletes files in its destination), wherever it
 *   points (bake's check; `buildx build` lets a subdirectory of the working directory through, isSafeLocalDeleteDest).
 *
 * The working directory is always allowed (commands/bake.go), nothing else. What the command line names itself is the
 * caller's, not the bake file's, and granted as buildx's Target.AddOverrides grants it (overrideGrants). The check
 * runs on the bake file's targets before workflow secrets are bound to them (bake.ts): those are the workflow's.
 *
 * Paths are compared the way buildx does (osutil.EvaluateToExistingPath): made absolute (lexically) against the
 * working directory, then symlinks are followed component by component up to the deepest existing one; a needed
 * path is what that existing part resolves to (what the build creates below it is covered by it), an allowed path is
 * the resolved existing part plus the rest. So `../x` and a symlink that leads out of the working directory are
 * outside. Reads only the file system's metadata (lstat, readlink).
 *
 * Where bakekit deliberately differs from buildx (see __tests__/unit/build/entitlements.test.ts):
 * - buildx's isParentOrEqualPath compares strings, so allowing `/a/b` also allows `/a/bc` (and the working
 *   directory `/w/app` lets `../app-other` through); here a path is inside a directory only below a separator;
 * - buildx keeps the missing paths of one target only (Validate overwrites them per target, in Go map order), so an
 *   outside path can slip through when another target is checked after it; here every target's are reported;
 * - buildx always refuses `device=NAME` (its check never looks at the allowed devices); here `--allow=device`
 *   grants every device and `--allow=device=NAME` that device;
 * - a `--set \u2026+=` append grants, in buildx, the paths of every entry the list holds afterwards (the bake file's too);
 *   here only the paths the `--set` value itself names;
 * - `oci-layout://PATH` named contexts: buildx takes the whole reference for a path below the working directory, so it
 *   never asks; bakekit serves PATH to the daemon, so PATH is checked like any context;
 * - `BUILDX_BAKE_ENTITLEMENTS_FS=0` (buildx: no fs and ssh checks) is not honoured: use `--allow=fs=*`;
 * - one `--allow` may hold a comma list (splitAllowValues); buildx takes one entitlement per `--allow`.
 * As current buildx (not 0.29): `mode=delete` needs `buildx.local.delete`, an invalid local `mode` is an error.
 */




class EntitlementSyntaxError extends Error {
    name = 'EntitlementSyntaxError';
}
/** The names `--allow` takes (buildx ParseEntitlements); `image*` are accepted and, as in buildx, not checked. */
const KEYS = [
    'network.host',
    'security.insecure',
    'ssh',
    'buildx.local.delete',
    'device',
    'fs',
    'fs.read',
    'fs.write',
    'image',
    'image.push',
    'image.load',
];
const VALUELESS = new Set(['network.host', 'security.insecure', 'ssh', 'buildx.local.delete']);
const ALLOW_SYNTAX = 'network.host, security.insecure, ssh, device[=NAME], fs=PATH, fs.read=PATH, fs.write=PATH (PATH or *), buildx.local.delete';
/**
 * Splits `--allow` values on commas that start another entitlement (`network.host,fs.read=../src`). buildx takes one
 * entitlement per `--allow`; a comma followed by anything else stays in the value, so every value buildx accepts
 * means the same here (`fs.read=a,b` is the path `a,b`, `device=vendor.com/gpu=0,alias=\u2026` one device).
 */
function splitAllowValues(values) {
    const out = [];
    for (const v of values) {
        const parts = v.split(',');
        let cur;
        for (const part of parts) {
            const key = part.trim().split('=')[0];
            const starts = KEYS.includes(key) && (VALUELESS.has(key) ? !part.includes('=') || cur === undefined : true);
            if (cur === undefined)
                cur = part;
            else if (starts) {
                out.push(cur);
                cur = part;
            }
            else
                cur += ',' + part;
        }
        if (cur !== undefined)
            out.push(cur);
    }
    return out.map((v) => v.trim()).filter((v) => v !== '');
}
/** buildx ParseEntitlements, over splitAllowValues. Throws EntitlementSyntaxError on an unknown name. */
function parseAllow(values) {
    const conf = {
        networkHost: false,
        securityInsecure: false,
        ssh: false,
        localDelete: false,
        devices: { all: false, names: new Set() },
        fsRead: [],
        fsWrite: [],
    };
    for (const e of splitAllowValues(values)) {
        switch (e) {
            case 'network.host':
                conf.networkHost = true;
                continue;
            case 'security.insecure':
                conf.securityInsecure = true;
                continue;
            case 'ssh':
                conf.ssh = true;
                continue;
            case 'buildx.local.delete':
                conf.localDelete = true;
                continue;
        }
        const eq = e.indexOf('=');
        const k = eq < 0 ? e : e.slice(0, eq);
        const v = eq < 0 ? '' : e.slice(eq + 1);
        switch (k) {
            case 'device':
                if (v === '')
                    conf.devices.all = true;
                else
                    conf.devices.names.add((0,entries/* csvFields */.qZ)(v)[0]);
                break;
            case 'fs.read':
                conf.fsRead.push(v);
                break;
            case 'fs.write':
                conf.fsWrite.push(v);
                break;
            case 'fs':
                conf.fsRead.push(v);
                conf.fsWrite.push(v);
                break;
            case 'image':
            case 'image.push':
            case 'image.load':
                break;
            case 'buildx.local.delete':
                throw new EntitlementSyntaxError('allow: buildx.local.delete does not accept a value');
            default:
                throw new EntitlementSyntaxError(`allow: unknown entitlement ${JSON.stringify(k)} (expected ${ALLOW_SYNTAX})`);
        }
    }
    return conf;
}
/**
 * buildx osutil.EvaluateToExistingPath (POSIX): `input` made absolute and cleaned, then walked component by
 * component, following symlinks (relative and absolute, `..` in link targets against the resolved path), until a
 * component does not exist. Returns the resolved existing part and the unresolved rest.
 */
function evaluateToExistingPath(input, cwd = process.cwd()) {
    let inp = external_node_path_.resolve(cwd, input);
    const volLen = 1;
    let dest = '/';
    let links = 0;
    let end = 0;
    const lastSep = (s) => {
        let r = s.length - 1;
        while (r >= volLen && s[r] !== '/')
            r--;
        return r;
    };
    for (let start = volLen; start < inp.length; start = end) {
        while (start < inp.length && inp[start] === '/')
            start++;
        end = start;
        while (end < inp.length && inp[end] !== '/')
            end++;
        if (end === start)
            break;
        const comp = inp.slice(start, end);
        if (comp === '.')
            continue;
        if (comp === '..') {
            const r = lastSep(dest);
            if (r < volLen || dest.slice(r + 1) === '..') {
                if (dest.length > volLen)
                    dest += '/';
                dest += '..';
            }
            else
                dest = dest.slice(0, r);
            continue;
        }
        if (!dest.endsWith('/'))
            dest += '/';
        dest += comp;
        let st;
        try {
            st = external_node_fs_.lstatSync(dest);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                const r = lastSep(dest);
                return { existing: r < volLen ? '/' : external_node_path_.resolve(dest.slice(0, r)), rest: inp.slice(start) };
            }
            throw err;
        }
        if (!st.isSymbolicLink()) {
            if (!st.isDirectory() && end < inp.length)
                throw Object.assign(new Error(`not a directory: ${dest}`), { code: 'ENOTDIR' });
            continue;
        }
        if (++links > 255)
            throw Object.assign(new Error(`too many symlinks: ${input}`), { code: 'ELOOP' });
        const link = external_node_fs_.readlinkSync(dest);
        inp = link + inp.slice(end);
        if (link.startsWith('/')) {
            dest = '/';
            end = 1;
        }
        else {
            const r = lastSep(dest);
            dest = r < volLen ? '/' : dest.slice(0, r);
            end = 0;
        }
    }
    return { existing: external_node_path_.resolve(dest), rest: '' };
}
/** Where a needed path is judged: its deepest existing part, resolved (`existing`), and the whole path resolved
 * (`full`). A path that cannot be evaluated (a file in the middle, a loop, no permission) is judged by its lexical
 * location \u2014 the build cannot go through it either. */
function neededLocation(p, cwd) {
    try {
        const { existing, rest } = evaluateToExistingPath(p, cwd);
        return { existing, full: rest ? external_node_path_.join(existing, rest) : existing };
    }
    catch {
        const lexical = external_node_path_.resolve(cwd, p);
        return { existing: lexical, full: lexical };
    }
}
function allowedLocation(p, cwd) {
    try {
        const { existing, rest } = evaluateToExistingPath(p, cwd);
        return rest ? external_node_path_.join(existing, rest) : existing;
    }
    catch {
        return external_node_path_.resolve(cwd, p);
    }
}
/** `p` is `dir` or below it. (buildx's isParentOrEqualPath also counts `/a/bc` as below `/a/b`; this does not.) */
function isWithin(p, dir) {
    return p === dir || dir === '/' || p.startsWith(dir.endsWith('/') ? dir : dir + '/');
}
/** Allowed paths: `*` \u2192 any. */
class PathSet {
    any;
    dirs;
    constructor(values, cwd) {
        this.any = values.includes('*');
        this.dirs = values.filter((v) => v !== '*').map((v) => allowedLocation(v, cwd));
    }
    covers(location) {
        return this.any || this.dirs.some((d) => isWithin(location, d));
    }
}
/** Everything one target needs beyond the working directory, before looking at what is allowed. */
function targetNeeds(spec) {
    const needs = [];
    const ents = new Set(spec.entitlements);
    for (const e of ents) {
        const eq = e.indexOf('=');
        const k = eq < 0 ? e : e.slice(0, eq);
        const attr = `entitlements = [${JSON.stringify(e)}]`;
        if (k === 'device')
            needs.push({ kind: 'device', attribute: attr, device: eq < 0 ? '' : (0,entries/* csvFields */.qZ)(e.slice(eq + 1))[0] });
        else if (e === 'network.host')
            needs.push({ kind: 'network.host', attribute: spec.network === 'host' ? 'network = "host"' : attr });
        else if (e === 'security.insecure')
            needs.push({ kind: 'security.insecure', attribute: attr });
    }
    // the build always asks for network.host with host networking (buildx build/opt.go), even if the spec was written
    // without the entitlement bake adds for it
    if (spec.network === 'host' && !ents.has('network.host'))
        needs.push({ kind: 'network.host', attribute: 'network = "host"' });
    const read = (attribute, p) => {
        if (p)
            needs.push({ kind: 'fs.read', attribute, path: p });
    };
    const write = (attribute, p) => {
        if (p && p !== '-')
            needs.push({ kind: 'fs.write', attribute, path: p });
    };
    const remoteContext = context_kind/* REMOTE_CONTEXT */.rM.test(spec.context);
    if (!remoteContext)
        read('context', spec.context);
    if (spec.dockerfileInline === undefined && spec.dockerfile && !(remoteContext && !external_node_path_.isAbsolute(spec.dockerfile)))
        read('dockerfile', spec.dockerfile);
    for (const [name, value] of Object.entries(spec.contexts)) {
        if ((0,context_kind/* namedContextKind */.V9)(value) === 'local')
            read(`contexts.${name}`, value);
        else if (value.startsWith('oci-layout://'))
            read(`contexts.${name}`, (0,context_kind/* ociLayoutDir */.$s)(value));
    }
    for (const s of spec.secrets)
        read(`secret "${s.id}"`, s.src);
    for (const e of spec.ssh) {
        const id = e.id || 'default';
        const paths = (e.paths ?? []).filter((p) => p !== '');
        if (paths.length)
            for (const p of paths)
                read(`ssh "${id}"`, p);
        else
            needs.push({ kind: 'ssh', attribute: `ssh = [${JSON.stringify(id)}] (the SSH agent)` });
    }
    if (!spec.ssh.length && (0,context_kind/* isGitSshContext */.Gb)(spec.context))
        needs.push({ kind: 'ssh', attribute: `context = ${JSON.stringify(spec.context)} (fetched with the SSH agent)` });
    for (const c of spec.cacheFrom)
        if (c.type === 'local')
            read('cache-from type=local', c.src);
    for (const c of spec.cacheTo)
        if (c.type === 'local')
            write('cache-to type=local', c.dest);
    for (const o of spec.outputs) {
        // buildx CreateExports: these exporters write a directory or a file on the client
        if (['local', 'tar', 'oci', 'docker'].includes(o.type))
            write(`output type=${o.type}`, o.dest);
        if (o.type === 'local') {
            const mode = (o.mode ?? '').trim().toLowerCase();
            if (mode === 'delete')
                needs.push({
                    kind: 'buildx.local.delete',
                    attribute: 'output type=local,mode=delete (deletes stale files in its destination)',
                });
            else if (mode !== '' && mode !== 'copy')
                throw new EntitlementSyntaxError(`target "${spec.name}": output type=local: invalid mode ${JSON.stringify(o.mode)} (copy or delete)`);
        }
    }
    return needs;
}
/** What the run's `--set` overrides grant (buildx Target.AddOverrides adds to the allowed set). */
function overrideGrants(set) {
    const g = { fsRead: [], fsWrite: [], networkHost: false, securityInsecure: false };
    for (const v of set) {
        const eq = v.indexOf('=');
        if (eq < 0)
            continue;
        const key = v.slice(0, eq).replace(/\+$/, '');
        const value = v.slice(eq + 1);
        const attr = key.split('.')[1];
        try {
            switch (attr) {
                case 'output': {
                    const e = (0,entries/* parseExportText */.Ji)(value);
                    if (e.dest)
                        g.fsWrite.push(e.dest);
                    break;
                }
                case 'cache-from':
                    for (const e of (0,entries/* parseCacheTexts */.Uu)(value))
                        if (e.type === 'local' && e.src)
                            g.fsRead.push(e.src);
                    break;
                case 'cache-to':
                    for (const e of (0,entries/* parseCacheTexts */.Uu)(value))
                        if (e.type === 'local' && e.dest)
                            g.fsWrite.push(e.dest);
                    break;
                case 'secrets':
                case 'secret': {
                    const s = (0,entries/* parseSecretText */.HE)(value);
                    if (s.src)
                        g.fsRead.push(s.src);
                    break;
                }
                case 'ssh':
                    g.fsRead.push(...((0,entries/* parseSshText */.R2)(value).paths ?? []).filter((p) => p !== ''));
                    break;
                case 'entitlements':
                    if (value === 'network.host')
                        g.networkHost = true;
                    else if (value === 'security.insecure')
                        g.securityInsecure = true;
                    break;
            }
        }
        catch {
            // not a valid entry: resolving the definition reports it
        }
    }
    return g;
}
/** A path as messages show it: relative to the working directory when that is at most one `..` away (as buildx shows
 * them), else absolute. `check`: the relative form must lead to the same place when given back as `--allow`. */
function display(abs, cwd, realCwd, check) {
    for (const base of [cwd, realCwd]) {
        const rel = external_node_path_.relative(base, abs);
        if (rel === '')
            return '.';
        if (external_node_path_.isAbsolute(rel) || rel.startsWith('../..'))
            continue;
        if (!check || check(rel))
            return rel;
    }
    return abs;
}
/**
 * The entitlements `specs` need that `opts` did not allow, in target order, each (target, attribute, allow) once.
 * Empty: the run may go on.
 */
function checkEntitlements(specs, opts) {
    const conf = parseAllow(opts.allow);
    const cwd = external_node_path_.resolve(opts.cwd);
    const grants = overrideGrants(opts.set ?? []);
    // buildx commands/bake.go: "filesystem access under the current working directory is allowed by default"
    const reads = new PathSet([cwd, ...conf.fsRead, ...grants.fsRead], cwd);
    const writes = new PathSet([cwd, ...conf.fsWrite, ...grants.fsWrite], cwd);
    const realCwd = allowedLocation(cwd, cwd);
    const missing = [];
    const seen = new Set();
    const add = (m) => {
        const key = `${m.target}\0${m.attribute}\0${m.allow}`;
        if (seen.has(key))
            return;
        seen.add(key);
        missing.push(m);
    };
    for (const spec of specs) {
        for (const need of targetNeeds(spec)) {
            const base = { target: spec.name, kind: need.kind, attribute: need.attribute };
            switch (need.kind) {
                case 'network.host':
                    if (!conf.networkHost && !grants.networkHost)
                        add({ ...base, allow: 'network.host' });
                    break;
                case 'security.insecure':
                    if (!conf.securityInsecure && !grants.securityInsecure)
                        add({ ...base, allow: 'security.insecure' });
                    break;
                case 'device':
                    if (!conf.devices.all && !(need.device && conf.devices.names.has(need.device)))
                        add({ ...base, allow: need.device ? `device=${need.device}` : 'device' });
                    break;
                case 'ssh':
                    if (!conf.ssh)
                        add({ ...base, allow: 'ssh' });
                    break;
                case 'buildx.local.delete':
                    if (!conf.localDelete)
                        add({ ...base, allow: 'buildx.local.delete' });
                    break;
                case 'fs.read':
                case 'fs.write': {
                    const set = need.kind === 'fs.read' ? reads : writes;
                    const { existing, full } = neededLocation(need.path, cwd);
                    if (set.covers(existing))
                        break;
                    const lexical = external_node_path_.resolve(cwd, need.path);
                    const allowPath = display(existing, cwd, realCwd, (rel) => allowedLocation(rel, cwd) === existing);
                    add({
                        ...base,
                        allow: `${need.kind}=${allowPath}`,
                        path: display(lexical, cwd, realCwd),
                        ...(full !== lexical ? { resolved: full } : {}),
                        ...(existing !== full ? { created: true } : {}),
                    });
                    break;
                }
            }
        }
    }
    return missing;
}
/** `target "app": network = "host" needs --allow=network.host` */
function describeMissing(m) {
    if (m.kind === 'fs.read' || m.kind === 'fs.write') {
        const verb = m.kind === 'fs.read' ? 'reads' : 'writes';
        const via = m.resolved ? ` (\u2192 ${m.resolved})` : '';
        const created = m.created
            ? m.kind === 'fs.write'
                ? ' (it does not exist yet: the directory it is created in)'
                : ' (it does not exist: its nearest existing directory)'
            : '';
        return `target "${m.target}": ${m.attribute} ${verb} ${m.path}${via}, outside the working directory: needs --allow=${m.allow}${created}`;
    }
    return `target "${m.target}": ${m.attribute} needs --allow=${m.allow}`;
}
/** The `--allow` values that grant all of `missing`: fs paths below another one dropped, a path needed for reading
 * and writing as `fs=PATH` (as buildx's prompt groups them). */
function allowValuesFor(missing) {
    const plain = [];
    const fsPaths = { 'fs.read': new Set(), 'fs.write': new Set() };
    for (const m of missing) {
        if (m.kind === 'fs.read' || m.kind === 'fs.write')
            fsPaths[m.kind].add(m.allow.slice(m.kind.length + 1));
        else if (!plain.includes(m.allow))
            plain.push(m.allow);
    }
    const dedup = (s) => [...s].filter((p) => ![...s].some((q) => q !== p && isWithin(external_node_path_.resolve('/cwd', p), external_node_path_.resolve('/cwd', q))));
    const reads = dedup(fsPaths['fs.read']);
    const writes = dedup(fsPaths['fs.write']);
    const both = reads.filter((p) => writes.includes(p));
    return [
        ...plain,
        ...both.map((p) => `fs=${p}`),
        ...reads.filter((p) => !both.includes(p)).map((p) => `fs.read=${p}`),
        ...writes.filter((p) => !both.includes(p)).map((p) => `fs.write=${p}`),
    ];
}
/** Refused: the run asked for entitlements nobody allowed. Nothing was sent to a daemon. */
class EntitlementError extends Error {
    missing;
    name = 'EntitlementError';
    constructor(missing) {
        const allow = allowValuesFor(missing);
        super([
            'the bake definition asks for privileges that were not allowed:',
            ...missing.map((m) => `  ${describeMissing(m)}`),
            `Grant them with ${allow.map((a) => `--allow=${a}`).join(' ')} (action input "allow": ${allow.join(', ')}), or change the bake definition.`,
        ].join('\n'));
        this.missing = missing;
    }
}
/** Throws EntitlementError when something is missing. */
function assertEntitled(specs, opts) {
    const missing = checkEntitlements(specs, opts);
    if (missing.length)
        throw new EntitlementError(missing);
}

// EXTERNAL MODULE: ./lib/solve/target/attribute-values.js
var attribute_values = __webpack_require__(9960);
// EXTERNAL MODULE: ./lib/solve/call/call-func.js
var call_func = __webpack_require__(7073);
// EXTERNAL MODULE: ./lib/solve/run/metadata-provenance.js
var metadata_provenance = __webpack_require__(4370);
// EXTERNAL MODULE: ./lib/solve/run/metadata-warnings.js
var metadata_warnings = __webpack_require__(3216);
;// CONCATENATED MODULE: ./lib/solve/run/bake.js
/**
 * The whole bake run, shared by the CLI and the action: resolve the definition, connect to the builder,
 * build the requested targets (and the targets they consume) under the run's execution policy and parallelism bound,
 * publish what the publish policy allows (images/publish.ts), write the metadata file. With `cacheMounts`, the cache
 * mounts the targets declare are restored before the build and saved after it (cache-mounts/run.ts).
 */











/**
 * The global flags become `--set` overrides after the user's own, in buildx's order (commands/bake.go runBake): push,
 * load, call, no-cache, pull, sbom, provenance. `--push`/`--load` are `*.push=true`/`*.load=true`, which adjust the
 * outputs (overrides.ts setPush/setLoad): cacheonly and local outputs are kept.
 */
function overridesFor(opts) {
    const set = [...opts.set];
    if (opts.push)
        set.push('*.push=true');
    if (opts.load)
        set.push('*.load=true');
    const call = (0,call_func/* callName */.A)(opts.call);
    if (call)
        set.push(`*.call=${call}`);
    if (opts.noCache)
        set.push('*.no-cache=true');
    if (opts.pull)
        set.push('*.pull=true');
    if (opts.sbom)
        set.push(`*.attest=${canonicalAttest('sbom', opts.sbom)}`);
    if (opts.provenance)
        set.push(`*.attest=${canonicalAttest('provenance', opts.provenance)}`);
    return set;
}
/** buildx CanonicalizeAttest: a Go bool becomes `disabled=<!v>`, anything else is the attributes verbatim. */
function canonicalAttest(type, value) {
    const b = (0,attribute_values/* parseGoBool */.MY)(value);
    if (b !== undefined)
        return `type=${type},disabled=${!b}`;
    return `type=${type},${value}`;
}
function resolveDefinition(opts) {
    return (0,bake/* resolveBakeAsync */.ss)({
        files: opts.files,
        targets: opts.targets,
        set: overridesFor(opts),
        vars: opts.vars,
        boundSecretIds: opts.secrets?.map((s) => s.id),
        // a signal during a long resolution (a hostile definition) stops it between steps (bake/steps.ts)
        signal: opts.signal,
        cwd: opts.cwd,
        env: opts.env,
        onWarning: opts.onBakeWarning,
        remoteDefinition: opts.remoteDefinition,
        cmdContext: opts.cmdContext,
    }, opts.sourceFiles);
}
/** Target specs in a stable order, each target once (with the copies a remote definition's targets build from). */
function targetSpecs(def, cwd) {
    return Object.entries(def.target).map(([name, t]) => (0,bake_adapter/* fromBakeTarget */.pA)(name, t, cwd, def.definitionCopies?.[name]));
}
/**
 * Refuses (EntitlementError, naming every target, attribute and `--allow` value) a definition whose targets ask for
 * what neither `opts.allow` nor the run's own overrides (`opts.set`, `--push`, \u2026) grant: host networking, insecure
 * execution, devices, the SSH agent, files outside the working directory, deleting output files. Workflow secrets
 * (`opts.secrets`) are not the definition's and are not checked.
 */
function checkDefinitionEntitlements(definition, opts) {
    let specs = targetSpecs(definition, opts.cwd);
    if (opts.warm)
        specs = specs.map((s) => ({ ...s, outputs: [] })); // cache warming exports nothing but the cache
    assertEntitled(specs, { allow: opts.allow ?? [], cwd: opts.cwd, set: overridesFor(opts) });
}
/**
 * Walks the local directories the definition's targets use: their identities name the sessions that serve them
 * (session-ids.ts). On Linux GNU find lists them in child processes, beside the main thread; elsewhere trees up to
 * 50,000 entries in all are walked in process, larger ones on a worker thread (fsutil/identity.ts says why). The
 * shells call it as soon as the definition has resolved; runBake does if they did not. Checks the entitlements first
 * (checkDefinitionEntitlements): nothing outside the working directory is walked unless allowed.
 */
async function identifyLocalDirs(definition, opts) {
    checkDefinitionEntitlements(definition, opts);
    const [{ identifyDirectories }, { contextReuseEnabled }, { restoreMaglev }] = await Promise.all([
        __webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 1254)),
        __webpack_require__.e(/* import() */ 766).then(__webpack_require__.bind(__webpack_require__, 1766)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9979)),
    ]);
    if (!contextReuseEnabled(opts.env))
        return new Map();
    // a large directory to send or compare is JS-heavy from its first STAT: Maglev back before its code runs hot
    return identifyDirectories([...new Set(targetSpecs(definition, opts.cwd).flatMap(context_kind/* localDirCandidates */.Vk))], {
        onLargeTree: restoreMaglev,
    });
}
/** `definition`: an already resolved definition (the shells resolve first to size their rendering); `dirIdentities`:
 * from identifyLocalDirs. */
async function runBake(opts, definition, dirIdentities) {
    // the run's build warnings, for the metadata (buildx collects them from the progress it displays)
    const warnings = [];
    if (warningsWanted(opts)) {
        const onEvent = opts.onEvent;
        opts = {
            ...opts,
            onEvent: (ev) => {
                if (ev.type === 'status' && ev.message.warnings?.length)
                    warnings.push(...ev.message.warnings);
                onEvent?.(ev);
            },
        };
    }
    const resolved = definition ?? (await resolveDefinition(opts));
    // Before anything connects, a refused definition stops here; identifyLocalDirs checks when it is called from here.
    if (dirIdentities)
        checkDefinitionEntitlements(resolved, opts);
    else
        dirIdentities = await identifyLocalDirs(resolved, opts);
    let specs = runTargetSpecs(resolved, opts);
    (0,bake_adapter/* refuseDefaultPolicy */.eA)(specs, opts.env);
    // all-or-nothing: every tagged push becomes a push by digest now, and is tagged after the run if every target built
    const publishing = opts.publish === 'all-or-nothing' && !opts.warm ? await Promise.all(/* import() */[__webpack_require__.e(365), __webpack_require__.e(791), __webpack_require__.e(902), __webpack_require__.e(450), __webpack_require__.e(789)]).then(__webpack_require__.bind(__webpack_require__, 749)) : undefined;
    const held = publishing?.deferPushes(specs);
    if (held)
        specs = held.specs;
    const finish = async (result) => {
        const published = publishing && held
            ? await publishing.publishDeferred(held.deferred, result, {
                env: opts.env,
                signal: opts.signal,
                onEvent: opts.onEvent,
            })
            : result;
        const distinct = warnings.length ? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3216))).metadataWarnings(warnings) : [];
        const done = { ...published, ...(distinct.length ? { metadataWarnings: distinct } : {}) };
        writeMetadataFile(opts, metadataFileContent(done));
        return { ...done, definition: resolved };
    };
    // The gha pre-flight's round trips overlap loading the build code and connecting (cache/run.ts); whatever of it
    // is still running when the run ends is stopped then.
    const preflightEnd = new AbortController();
    const { startGhaPreflight } = await Promise.all(/* import() */[__webpack_require__.e(535), __webpack_require__.e(243), __webpack_require__.e(776)]).then(__webpack_require__.bind(__webpack_require__, 8243));
    const ghaPreflight = startGhaPreflight(specs, {
        cache: opts.cache ?? 'auto',
        env: opts.env,
        githubToken: opts.githubToken,
        signal: preflightEnd.signal,
    });
    try {
        // The build machinery (gRPC, protobuf, sessions; for several nodes also the registry client) and even endpoint
        // parsing (node:crypto) are imported here, not at the top: resolving a definition (--print, the action's first
        // pass, a bad bake file) never needs them, and every run pays for what it loads at start-up
        // (docs/benchmarks.md, "Start-up").
        const [{ builderNodes }, { defaultEndpoint, parseEndpoint }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(57), __webpack_require__.e(389)]).then(__webpack_require__.bind(__webpack_require__, 5389)),
            __webpack_require__.e(/* import() */ 57).then(__webpack_require__.bind(__webpack_require__, 57)),
        ]);
        const multi = builderNodes({ builder: opts.builder, nodes: opts.nodes, tls: opts.tls, env: opts.env });
        if (multi) {
            const { runOnBuilderNodes } = await Promise.all(/* import() */[__webpack_require__.e(365), __webpack_require__.e(791), __webpack_require__.e(57), __webpack_require__.e(801), __webpack_require__.e(849), __webpack_require__.e(31), __webpack_require__.e(535), __webpack_require__.e(902), __webpack_require__.e(818), __webpack_require__.e(263), __webpack_require__.e(243), __webpack_require__.e(450), __webpack_require__.e(702), __webpack_require__.e(315), __webpack_require__.e(36)]).then(__webpack_require__.bind(__webpack_require__, 8036));
            const { nodes, builderName } = multi;
            if (opts.cacheMounts && opts.cacheMounts.mode !== 'off')
                opts.onEvent?.({
                    type: 'warning',
                    message: 'cache mounts are not persisted on builders with several nodes yet: nothing is restored or saved',
                });
            const result = await runOnBuilderNodes(specs, nodes, {
                ...policies(opts),
                cwd: opts.cwd,
                env: opts.env,
                signal: opts.signal,
                onEvent: opts.onEvent,
                builderName,
                cache: opts.cache ?? 'auto',
                warm: opts.warm,
                githubToken: opts.githubToken,
                dirIdentities,
                ghaPreflight,
                metadataProvenance: provenanceMode(opts),
            });
            return finish(result);
        }
        const endpoint = opts.builder
            ? parseEndpoint(opts.builder, opts.tls, { env: opts.env })
            : defaultEndpoint(opts.env);
        const [{ connect }, { runBuild }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(365), __webpack_require__.e(791), __webpack_require__.e(57), __webpack_require__.e(801), __webpack_require__.e(263), __webpack_require__.e(52)]).then(__webpack_require__.bind(__webpack_require__, 4263)),
            Promise.all(/* import() */[__webpack_require__.e(365), __webpack_require__.e(791), __webpack_require__.e(57), __webpack_require__.e(801), __webpack_require__.e(849), __webpack_require__.e(31), __webpack_require__.e(535), __webpack_require__.e(902), __webpack_require__.e(818), __webpack_require__.e(243), __webpack_require__.e(702), __webpack_require__.e(315), __webpack_require__.e(395)]).then(__webpack_require__.bind(__webpack_require__, 6315)),
        ]);
        const connection = await connect(endpoint, { signal: opts.signal });
        try {
            // cache mounts: restored on this connection before the build, saved after it (never failing the build)
            const mounts = opts.cacheMounts && opts.cacheMounts.mode !== 'off'
                ? new (await Promise.all(/* import() */[__webpack_require__.e(365), __webpack_require__.e(791), __webpack_require__.e(801), __webpack_require__.e(849), __webpack_require__.e(31), __webpack_require__.e(818), __webpack_require__.e(177)]).then(__webpack_require__.bind(__webpack_require__, 7307))).CacheMountsRun(specs, opts.cacheMounts, {
                    connection,
                    env: opts.env,
                    signal: opts.signal,
                    onEvent: opts.onEvent,
                })
                : undefined;
            await mounts?.restore();
            const built = await runBuild(specs, {
                ...policies(opts),
                connection,
                cwd: opts.cwd,
                env: opts.env,
                signal: opts.signal,
                onEvent: opts.onEvent,
                cache: opts.cache ?? 'auto',
                warm: opts.warm,
                githubToken: opts.githubToken,
                dirIdentities,
                ghaPreflight,
                metadataProvenance: provenanceMode(opts),
            });
            const result = mounts ? { ...built, cacheMounts: await mounts.save(built.targets) } : built;
            return await finish(result);
        }
        finally {
            await connection.close();
        }
    }
    finally {
        preflightEnd.abort();
    }
}
function warningsWanted(opts) {
    if ((0,call_func/* callName */.A)(opts.call))
        return false;
    if (opts.metadataWarnings !== undefined)
        return opts.metadataWarnings;
    return !!opts.metadataFile && (0,metadata_warnings.metadataWarningsEnabled)(opts.env.BUILDX_METADATA_WARNINGS);
}
function provenanceMode(opts) {
    if (opts.metadataProvenance)
        return opts.metadataProvenance;
    return opts.metadataFile ? (0,metadata_provenance/* metadataProvenanceMode */.ag)(opts.env.BUILDX_METADATA_PROVENANCE) : 'disabled';
}
function policies(opts) {
    return {
        ...(opts.execution ? { execution: opts.execution } : {}),
        ...(opts.maxParallelism ? { maxParallelism: opts.maxParallelism } : {}),
    };
}
/** What buildx writes to `--metadata-file` (and bake-action outputs as `metadata`): an entry per target, and the run's
 * warnings as `buildx.build.warnings` when they were asked for and there are some. */
function metadataFileContent(result) {
    return result.metadataWarnings
        ? { ...result.metadata, 'buildx.build.warnings': result.metadataWarnings }
        : result.metadata;
}
function writeMetadataFile(opts, metadata) {
    if (!opts.metadataFile)
        return;
    const file = external_node_path_.resolve(opts.cwd, opts.metadataFile);
    external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
    external_node_fs_.writeFileSync(file, JSON.stringify(metadata, null, 2) + '\n');
}
/**
 * The definition's targets with the run's secrets bound: the workflow's to every target (bindSecrets), a remote
 * definition's own credentials (`gitAuthSecrets`) only to the builds whose context is a remote URL on its host, as
 * buildx binds them (bake/gitauth.go shouldAttachGitAuthSecrets).
 */
function runTargetSpecs(definition, opts) {
    const specs = bindSecrets(targetSpecs(definition, opts.cwd), opts.secrets ?? []);
    const url = opts.remoteDefinition;
    const auth = opts.gitAuthSecrets ?? [];
    if (!url || auth.length === 0)
        return specs;
    const isRemote = (c) => context_kind/* REMOTE_CONTEXT */.rM.test(c);
    return specs.map((s) => ((0,git_auth.sharesGitHost)(url, s.context, isRemote) ? bindSecrets([s], auth)[0] : s));
}
/**
 * Workflow secrets are added to every target, never replacing what the bake file says (docker/bake-action#285):
 * a target that declares the id with its own source keeps it; one that declares only the id gets the
 * workflow's value.
 */
function bindSecrets(specs, secrets) {
    return specs.map((spec) => {
        const own = [...spec.secrets];
        for (const s of secrets) {
            const i = own.findIndex((o) => o.id === s.id);
            if (i < 0)
                own.push(s);
            else if (!own[i].src && !own[i].env && own[i].value === undefined)
                own[i] = s;
        }
        return { ...spec, secrets: own };
    });
}


/***/ }),

/***/ 3216:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   metadataWarnings: () => (/* binding */ metadataWarnings),
/* harmony export */   metadataWarningsEnabled: () => (/* binding */ metadataWarningsEnabled)
/* harmony export */ });
/* harmony import */ var _bake_entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5865);
/* harmony import */ var _buildkit_progress_warnings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3417);
/**
 * `buildx.build.warnings` in the metadata file (buildx commands/bake.go): with `BUILDX_METADATA_WARNINGS` true, the
 * run's build warnings (Dockerfile checks and the like) once each, at the top level of the file beside the targets,
 * as Go marshals BuildKit's client.VertexWarning: byte fields in base64, empty fields left out. bake-action always
 * sets the variable, so its `metadata` output has them, and turns them into annotations.
 *
 * buildx lists them in Go map order (random from run to run); here they keep the order they arrived in. A warning's
 * `sourceInfo.definition` (a marshaled LLB definition, which the Dockerfile frontend does not send) is left out.
 */


/** buildx confutil.MetadataWarningsEnabled: strconv.ParseBool of the variable, false when it is not a boolean. */
function metadataWarningsEnabled(value) {
    return value !== undefined && (0,_bake_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGoBool */ .MY)(value) === true;
}
/** The distinct warnings (the same warning from several vertices or targets once, as buildx's dedupWarnings), in the
 * JSON shape buildx writes. */
function metadataWarnings(warnings) {
    return (0,_buildkit_progress_warnings_js__WEBPACK_IMPORTED_MODULE_1__/* .dedupWarnings */ .g)(warnings).map((w) => {
        const out = {};
        if (w.vertex)
            out.vertex = w.vertex;
        const level = Number(w.level ?? 0);
        if (level)
            out.level = level;
        if (w.short?.length)
            out.short = base64(w.short);
        if (w.detail?.length)
            out.detail = w.detail.map(base64);
        if (w.url)
            out.url = w.url;
        if (w.info) {
            const info = {};
            if (w.info.filename)
                info.filename = w.info.filename;
            if (w.info.data?.length)
                info.data = base64(w.info.data);
            if (w.info.language)
                info.language = w.info.language;
            out.sourceInfo = info;
        }
        if (w.ranges?.length)
            out.range = w.ranges.map((r) => ({ start: position(r.start), end: position(r.end) }));
        return out;
    });
}
function base64(b) {
    return Buffer.from(b).toString('base64');
}
/** pb.Position; a missing one is a nil pointer, which `omitempty` leaves out of its Range (undefined here). */
function position(p) {
    if (!p)
        return undefined;
    return { ...(p.line ? { line: p.line } : {}), ...(p.character ? { character: p.character } : {}) };
}


/***/ }),

/***/ 7719:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q4: () => (/* binding */ TargetAttributeError),
  pA: () => (/* binding */ fromBakeTarget),
  eA: () => (/* binding */ refuseDefaultPolicy),
  Zm: () => (/* binding */ unevaluatedPolicy)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/solve/target/spec.js
function emptyTarget(name, context) {
    return {
        name,
        context,
        args: {},
        labels: {},
        tags: [],
        platforms: [],
        contexts: {},
        secrets: [],
        ssh: [],
        outputs: [],
        cacheFrom: [],
        cacheTo: [],
        noCache: false,
        noCacheFilter: [],
        pull: false,
        extraHosts: [],
        attest: [],
        annotations: [],
        entitlements: [],
    };
}

// EXTERNAL MODULE: ./lib/solve/target/attribute-values.js
var attribute_values = __webpack_require__(9960);
// EXTERNAL MODULE: ./lib/solve/target/context-kind.js
var context_kind = __webpack_require__(6449);
;// CONCATENATED MODULE: ./lib/solve/target/bake-adapter.js
/**
 * Bake target (the `--print` shape, typed: BakeTarget) \u2192 TargetSpec, the way buildx's bake toBuildOpt turns a Target
 * into build options. Every attribute bake knows has exactly one route here (ROUTES is typed over BakeTarget's keys,
 * and BakeTarget's keys are checked against the attribute list), so an attribute without a way to the Solve request
 * is a compile error, not a silent drop. Paths become absolute the way buildx resolves them: the context against the
 * working directory, the Dockerfile against a local context, local named contexts against the working directory.
 * Values buildx parses before they reach BuildKit (sizes, ulimits, platforms, hosts) are parsed here, with an error
 * that names the target and the attribute.
 */





/** A bake attribute whose value cannot be built (buildx fails the same values). */
class TargetAttributeError extends Error {
    target;
    attribute;
    name = 'TargetAttributeError';
    constructor(target, attribute, detail) {
        super(`target "${target}": ${attribute}: ${detail}`);
        this.target = target;
        this.attribute = attribute;
    }
}
const everyAttributeHasAKey = {};
const everyKeyIsAnAttribute = {};
void everyAttributeHasAKey;
void everyKeyIsAnAttribute;
const stringEntries = (e) => {
    const out = {};
    for (const [k, v] of Object.entries(e))
        if (v !== undefined && v !== null)
            out[k] = String(v);
    return out;
};
/**
 * One route per attribute. Attributes that only steer how the others are read (context, dockerfile,
 * dockerfile-inline: fromBakeTarget reads them first) and `description` (shown, never built) have no-op routes.
 */
const ROUTES = {
    description: () => { },
    context: () => { },
    dockerfile: () => { },
    'dockerfile-inline': () => { },
    annotations: (s, v) => void (s.annotations = [...v]),
    attest: (s, v) => void (s.attest = v.map(stringEntries)),
    contexts: (s, v, cwd) => {
        for (const [k, x] of Object.entries(v)) {
            // buildx toBuildOpt: `cwd://PATH` is the local directory PATH (relative to the working directory)
            if (x.startsWith(CWD)) {
                s.contexts[k] = external_node_path_.resolve(cwd, x.slice(CWD.length));
                continue;
            }
            const local = (0,context_kind/* namedContextKind */.V9)(x) === 'local' && (!/^[a-z][a-z0-9+.-]*:/i.test(x) || /^[a-zA-Z]:[\\/]/.test(x));
            s.contexts[k] = local ? external_node_path_.resolve(cwd, x) : x;
        }
    },
    args: (s, v) => void (s.args = { ...v }),
    labels: (s, v) => void (s.labels = { ...v }),
    tags: (s, v) => void (s.tags = [...v]),
    'cache-from': (s, v) => void (s.cacheFrom = v.map(stringEntries)),
    'cache-to': (s, v) => void (s.cacheTo = v.map(stringEntries)),
    target: (s, v) => void (s.target = v),
    secret: (s, v, cwd) => {
        s.secrets = v.map((e) => ({
            id: e.id ?? '',
            src: e.src && !external_node_path_.isAbsolute(e.src) ? external_node_path_.resolve(cwd, e.src) : e.src,
            env: e.env,
        }));
    },
    ssh: (s, v, cwd) => {
        s.ssh = v.map((e) => ({ id: e.id || 'default', paths: (e.paths ?? []).map((p) => external_node_path_.resolve(cwd, p)) }));
    },
    platforms: (s, v) => void (s.platforms = (0,attribute_values/* normalizePlatforms */.em)(v)),
    output: (s, v, cwd) => {
        s.outputs = v
            .map(stringEntries)
            .map((e) => e.dest && e.dest !== '-' && !external_node_path_.isAbsolute(e.dest) ? { ...e, dest: external_node_path_.resolve(cwd, e.dest) } : e);
    },
    pull: (s, v) => void (s.pull = v),
    'no-cache': (s, v) => void (s.noCache = v),
    network: (s, v) => {
        // buildx toSolveOpt: only these reach BuildKit; anything else is refused before the build
        if (!['', 'default', 'host', 'none'].includes(v)) {
            throw new attribute_values/* AttributeValueError */.w4(`"${v}" is not a network mode BuildKit supports (default, host or none; a custom network is set on the builder)`);
        }
        if (v === 'host' || v === 'none')
            s.network = v;
    },
    'no-cache-filter': (s, v) => void (s.noCacheFilter = [...v]),
    'shm-size': (s, v) => {
        const bytes = (0,attribute_values/* parseMemBytes */.Ub)(v);
        if (bytes > 0)
            s.shmSize = bytes;
    },
    ulimits: (s, v) => void (s.ulimit = (0,attribute_values/* formatUlimits */.VG)(v) || undefined),
    // buildx toBuildOpt: ParseResourceLimits(t.Resources.ToEntries()); a bad size fails the target before the build
    resources: (s, v) => void (s.resources = (0,attribute_values/* parseResourceLimits */.s9)(v)),
    call: (s, v) => void (s.call = v),
    entitlements: (s, v) => void (s.entitlements = [...v]),
    // buildx toBuildOpt: `host=ip` per entry, sorted by host; toBuildkitExtraHosts (at planning) does the rest
    'extra-hosts': (s, v) => {
        s.extraHosts = Object.keys(v)
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
            .map((host) => `${host}=${v[host]}`);
    },
    // buildx evaluates the policies (Rego) itself while the daemon resolves sources (build/opt.go configureSourcePolicy);
    // bakekit does not, so a target whose policy buildx would apply is refused rather than built without it. Only
    // `disabled = true` (which buildx requires to stand alone: withPolicyConfig) builds.
    policy: (s, v) => {
        const off = v.find((p) => p.Disabled);
        if (off) {
            if (v.length > 1 || off.Reset || off.Strict !== null || off.LogLevel !== null || off.Files?.length) {
                throw new attribute_values/* AttributeValueError */.w4('disabled policy cannot be combined with other policy flags');
            }
            s.policyDisabled = true;
            return;
        }
        const files = v.flatMap((p) => (p.Files ?? []).map((f) => f.Filename));
        throw new attribute_values/* AttributeValueError */.w4(unevaluatedPolicy(`(\u2265 0.31) applies to this target's sources (${files.length ? files.join(', ') : 'options for the Dockerfile.rego beside its Dockerfile'})`));
    },
};
/** How a policy bakekit refuses is turned off, in a target or for the run. */
const POLICY_OFF = 'policy = [{ disabled = true }] or --policy disabled=true';
/** The refusal of a policy buildx would evaluate and bakekit cannot: `applies` says from which version and what. */
function unevaluatedPolicy(applies) {
    return (`policy evaluation is not supported: bakekit does not evaluate build policies (Rego), which buildx ${applies}; ` +
        `build it with buildx, or turn the policy off: ${POLICY_OFF}`);
}
/**
 * `BUILDX_DEFAULT_POLICY` (buildx \u2265 0.34, policy/default.go; opt-in for now): buildx then evaluates its builtin policy
 * for every build whose policy is not turned off, which admits Docker's frontend, SBOM scanner and BuildKit images at
 * most tags only with a verified signature. bakekit verifies no signatures, so with the variable set a target is
 * refused, as one with a policy of its own, rather than built without the checks the variable asks for.
 */
function refuseDefaultPolicy(specs, env) {
    if ((0,attribute_values/* parseGoBool */.MY)(env.BUILDX_DEFAULT_POLICY ?? '') !== true)
        return;
    const first = specs.find((s) => !s.policyDisabled);
    if (!first)
        return;
    throw new TargetAttributeError(first.name, 'policy', `policy evaluation is not supported: BUILDX_DEFAULT_POLICY turns on buildx's builtin policy (signatures of Docker's ` +
        `frontend, SBOM scanner and BuildKit images), which bakekit does not evaluate; build it with buildx, unset ` +
        `BUILDX_DEFAULT_POLICY, or turn the policy off: ${POLICY_OFF}`);
}
/** The prefix of a path relative to the working directory (buildx's `cwd://`, `BAKE_CMD_CONTEXT`). */
const CWD = 'cwd://';
/** `copies`: the directories of a remote definition the target builds from (BakeDefinition.definitionCopies); its
 * context (already in `t`) and named contexts (copies.urls) are then their URLs, which planning sends with the copies
 * (plan.ts). */
function fromBakeTarget(name, t, cwd, copies) {
    const contextRaw = t.context ?? '.';
    const remote = context_kind/* REMOTE_CONTEXT */.rM.test(contextRaw);
    const context = remote ? contextRaw : external_node_path_.resolve(cwd, contextRaw);
    const spec = emptyTarget(name, context);
    if (t['dockerfile-inline'] !== undefined)
        spec.dockerfileInline = t['dockerfile-inline'];
    else {
        const df = t.dockerfile ?? 'Dockerfile';
        // buildx toBuildOpt: a `cwd://` Dockerfile is a local file relative to the working directory, whatever the context
        if (df.startsWith(CWD))
            spec.dockerfile = external_node_path_.resolve(cwd, df.slice(CWD.length));
        else
            spec.dockerfile = remote && !external_node_path_.isAbsolute(df) ? df : external_node_path_.resolve(context, df);
    }
    for (const key of Object.keys(t)) {
        const value = t[key];
        if (value === undefined || value === null)
            continue;
        const route = ROUTES[key];
        if (!route)
            throw new Error(`target "${name}": attribute ${key} has no route to the build (bake-adapter.ts)`);
        try {
            route(spec, value, cwd);
        }
        catch (err) {
            if (err instanceof attribute_values/* AttributeValueError */.w4)
                throw new TargetAttributeError(name, key, err.message);
            throw err;
        }
    }
    if (copies) {
        // a remote definition's named contexts that are directories of its repository: their URLs (bake updateContext),
        // which the target keeps as written for --print
        spec.definitionCopies = copies;
        Object.assign(spec.contexts, copies.urls);
    }
    // Current buildx (\u2265 0.31, build/opt.go) also evaluates `<Dockerfile>.rego` beside a local Dockerfile when no policy
    // turns it off: a target with one is refused like a declared policy, never built without it.
    if (!spec.policyDisabled && spec.dockerfile && !remote && external_node_fs_.existsSync(`${spec.dockerfile}.rego`)) {
        throw new TargetAttributeError(name, 'policy', unevaluatedPolicy(`(\u2265 0.31) applies from ${external_node_path_.basename(spec.dockerfile)}.rego beside the Dockerfile`));
    }
    // buildx toBuildOpt: a git context fetched over SSH gets the runner's agent unless the target names its own
    if (spec.ssh.length === 0 && (0,context_kind/* isGitSshContext */.Gb)(spec.context))
        spec.ssh = [{ id: 'default', paths: [] }];
    return spec;
}


/***/ })

};
