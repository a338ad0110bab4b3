export const id = 745;
export const ids = [745];
export const modules = {

/***/ 2126:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseAllow: () => (/* binding */ parseAllow),
/* harmony export */   w8: () => (/* binding */ assertEntitled)
/* harmony export */ });
/* unused harmony exports EntitlementSyntaxError, ALLOW_SYNTAX, splitAllowValues, evaluateToExistingPath, targetNeeds, overrideGrants, checkEntitlements, describeMissing, allowValuesFor, EntitlementError */
/* harmony import */ var _context_kind_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6449);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _bake_entries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5865);
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
                    conf.devices.names.add((0,_bake_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .csvFields */ .qZ)(v)[0]);
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
    let inp = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, input);
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
            st = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(dest);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                const r = lastSep(dest);
                return { existing: r < volLen ? '/' : node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dest.slice(0, r)), rest: inp.slice(start) };
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
        const link = node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync(dest);
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
    return { existing: node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dest), rest: '' };
}
/** Where a needed path is judged: its deepest existing part, resolved (`existing`), and the whole path resolved
 * (`full`). A path that cannot be evaluated (a file in the middle, a loop, no permission) is judged by its lexical
 * location \u2014 the build cannot go through it either. */
function neededLocation(p, cwd) {
    try {
        const { existing, rest } = evaluateToExistingPath(p, cwd);
        return { existing, full: rest ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(existing, rest) : existing };
    }
    catch {
        const lexical = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, p);
        return { existing: lexical, full: lexical };
    }
}
function allowedLocation(p, cwd) {
    try {
        const { existing, rest } = evaluateToExistingPath(p, cwd);
        return rest ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(existing, rest) : existing;
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, p);
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
            needs.push({ kind: 'device', attribute: attr, device: eq < 0 ? '' : (0,_bake_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .csvFields */ .qZ)(e.slice(eq + 1))[0] });
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
    const remoteContext = _context_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .REMOTE_CONTEXT */ .rM.test(spec.context);
    if (!remoteContext)
        read('context', spec.context);
    if (spec.dockerfileInline === undefined && spec.dockerfile && !(remoteContext && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(spec.dockerfile)))
        read('dockerfile', spec.dockerfile);
    for (const [name, value] of Object.entries(spec.contexts)) {
        if ((0,_context_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .namedContextKind */ .V9)(value) === 'local')
            read(`contexts.${name}`, value);
        else if (value.startsWith('oci-layout://'))
            read(`contexts.${name}`, (0,_context_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .ociLayoutDir */ .$s)(value));
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
    if (!spec.ssh.length && (0,_context_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .isGitSshContext */ .Gb)(spec.context))
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
                    const e = (0,_bake_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .parseExportText */ .Ji)(value);
                    if (e.dest)
                        g.fsWrite.push(e.dest);
                    break;
                }
                case 'cache-from':
                    for (const e of (0,_bake_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCacheTexts */ .Uu)(value))
                        if (e.type === 'local' && e.src)
                            g.fsRead.push(e.src);
                    break;
                case 'cache-to':
                    for (const e of (0,_bake_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCacheTexts */ .Uu)(value))
                        if (e.type === 'local' && e.dest)
                            g.fsWrite.push(e.dest);
                    break;
                case 'secrets':
                case 'secret': {
                    const s = (0,_bake_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSecretText */ .HE)(value);
                    if (s.src)
                        g.fsRead.push(s.src);
                    break;
                }
                case 'ssh':
                    g.fsRead.push(...((0,_bake_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSshText */ .R2)(value).paths ?? []).filter((p) => p !== ''));
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
        const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(base, abs);
        if (rel === '')
            return '.';
        if (node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel) || rel.startsWith('../..'))
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
    const cwd = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(opts.cwd);
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
                    const lexical = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, need.path);
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
    const dedup = (s) => [...s].filter((p) => ![...s].some((q) => q !== p && isWithin(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve('/cwd', p), node_path__WEBPACK_IMPORTED_MODULE_2__.resolve('/cwd', q))));
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


/***/ })

};
