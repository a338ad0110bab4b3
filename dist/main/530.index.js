export const id = 530;
export const ids = [530,121];
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


/***/ }),

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


/***/ }),

/***/ 8681:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MatrixBaseError: () => (/* binding */ MatrixBaseError),
  definitionAt: () => (/* binding */ definitionAt),
  planMatrix: () => (/* binding */ planMatrix)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/bake/resolve.js + 39 modules
var resolve = __webpack_require__(8180);
// EXTERNAL MODULE: ./lib/bake/utf8.js
var utf8 = __webpack_require__(9698);
// EXTERNAL MODULE: ./lib/solve/run/bake.js + 1 modules
var run_bake = __webpack_require__(1581);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/solve/matrix/base-ref.js
/**
 * The commit `changed` mode compares against when none is given, from the GitHub event that started the run
 * (GITHUB_EVENT_NAME, and the payload at GITHUB_EVENT_PATH):
 * - push: the branch's commit before the push (`before`); all zeros (the push created the branch or tag) \u2192 everything;
 * - pull_request, pull_request_target: the base branch's commit (`pull_request.base.sha`);
 * - merge_group: the queue's base (`merge_group.base_sha`);
 * - any other event (schedule, workflow_dispatch, \u2026): nothing to compare with \u2192 everything.
 * "Everything" is the safe answer: a matrix that builds too much costs time, one that builds too little ships stale
 * images.
 */

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The base of the event's run; undefined outside GitHub Actions (no GITHUB_EVENT_NAME). */
function baseFromEvent(env) {
    const event = env.GITHUB_EVENT_NAME;
    if (!event)
        return undefined;
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    if (payload === undefined)
        return { kind: 'everything', reason: `the ${event} event's payload (GITHUB_EVENT_PATH) could not be read` };
    const sha = (value, what) => {
        if (typeof value !== 'string' || !SHA.test(value))
            return { kind: 'everything', reason: `the ${event} event has no ${what}` };
        if (/^0+$/.test(value))
            return {
                kind: 'everything',
                reason: `the push created ${typeof payload.ref === 'string' ? payload.ref : 'the ref'} (${what} is all zeros)`,
            };
        return { kind: 'commit', ref: value, from: `${event} event, ${what}` };
    };
    switch (event) {
        case 'push':
            return sha(payload.before, 'before');
        case 'pull_request':
        case 'pull_request_target':
            return sha(field(field(payload.pull_request, 'base'), 'sha'), 'pull_request.base.sha');
        case 'merge_group':
            return sha(field(payload.merge_group, 'base_sha'), 'merge_group.base_sha');
        default:
            return { kind: 'everything', reason: `a ${event} event has no base commit to compare with` };
    }
}
function readPayload(file) {
    if (!file)
        return undefined;
    try {
        const parsed = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
        return parsed && typeof parsed === 'object' ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
function field(obj, key) {
    return obj && typeof obj === 'object' ? obj[key] : undefined;
}

// EXTERNAL MODULE: ./lib/solve/target/context-kind.js
var context_kind = __webpack_require__(6449);
// EXTERNAL MODULE: ./lib/bake/go-path.js
var go_path = __webpack_require__(6635);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/patterns/matcher.js + 4 modules
var patterns_matcher = __webpack_require__(5031);
;// CONCATENATED MODULE: ./lib/solve/matrix/dockerignore.js
/**
 * Which files of a local context BuildKit would receive, for `changed` mode: the exclude patterns a context gets and
 * the matcher BuildKit's fsutil filters with (buildkit/fsutil/patterns.ts, moby/patternmatcher's semantics).
 *
 * Which ignore file applies is the Dockerfile frontend's choice (BuildKit frontend/dockerui/config.go): for the main
 * context, `<Dockerfile>.dockerignore` beside the Dockerfile when it exists, else `.dockerignore` at the context's
 * root; for a named local context, its own `.dockerignore` (dockerui/namedcontext.go). The file is read as
 * moby/patternmatcher's ignorefile.ReadAll reads it.
 */




/**
 * ignorefile.ReadAll: a UTF-8 BOM dropped from the first line; lines starting with `#` skipped (before trimming);
 * each line trimmed; `!` kept in front of the cleaned pattern; a leading `/` dropped (`/a` is `a`).
 */
function parseIgnoreFile(text) {
    const patterns = [];
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    for (const raw of lines) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw; // bufio.ScanLines drops a trailing \r
        if (line.startsWith('#'))
            continue;
        let pattern = line.trim();
        if (pattern === '')
            continue;
        const invert = pattern.startsWith('!');
        if (invert)
            pattern = pattern.slice(1).trim();
        if (pattern.length > 0) {
            pattern = (0,go_path/* cleanPath */.t)(pattern);
            if (pattern.length > 1 && pattern.startsWith('/'))
                pattern = pattern.slice(1);
        }
        patterns.push(invert ? `!${pattern}` : pattern);
    }
    return patterns;
}
/**
 * The filter of a context directory: `dockerfile` (absolute; the main context's local Dockerfile) makes its
 * `<Dockerfile>.dockerignore` win over the context's `.dockerignore`. A pattern BuildKit could not compile makes the
 * context count as sending everything (the build itself would fail on it).
 */
function contextFilter(dir, dockerfile) {
    const candidates = [...(dockerfile ? [`${dockerfile}.dockerignore`] : []), external_node_path_.join(dir, '.dockerignore')];
    const file = candidates.find((f) => isFile(f));
    if (!file)
        return { candidates, excludes: () => false };
    let matcher;
    try {
        matcher = new patterns_matcher/* PatternMatcher */.P(parseIgnoreFile(external_node_fs_.readFileSync(file, 'utf8')));
    }
    catch {
        matcher = undefined;
    }
    return {
        file,
        candidates,
        excludes: (rel) => {
            if (!matcher)
                return false;
            try {
                return matcher.matchesOrParentMatches(rel);
            }
            catch {
                return false;
            }
        },
    };
}
function isFile(p) {
    try {
        return external_node_fs_.statSync(p).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/solve/matrix/local-paths.js
/**
 * Local paths as Git reports them: under the repository's real root (symbolic links resolved), `/`-separated and
 * relative to it. A context or bake file named through a symbolic link must be compared in the same terms.
 */


/** `p` with symbolic links resolved as far as it exists (the rest appended as given). */
function realPath(p) {
    let head = p;
    const tail = [];
    for (;;) {
        try {
            return external_node_path_.join(external_node_fs_.realpathSync(head), ...tail);
        }
        catch {
            const parent = external_node_path_.dirname(head);
            if (parent === head)
                return p;
            tail.unshift(external_node_path_.basename(head));
            head = parent;
        }
    }
}
/** `p` is `dir` or below it. */
function isInside(dir, p) {
    const r = external_node_path_.relative(dir, p);
    return r === '' || (r !== '..' && !r.startsWith(`..${external_node_path_.sep}`) && !external_node_path_.isAbsolute(r));
}
/** `p` relative to `dir`, `/`-separated (as Git and .dockerignore patterns name paths). */
function repoRelative(dir, p) {
    return external_node_path_.relative(dir, p).split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: ./lib/bake/index.js + 1 modules
var bake = __webpack_require__(6705);
;// CONCATENATED MODULE: ./lib/solve/matrix/graph.js
/**
 * The `target:` graph of a resolved bake definition, as the matrix needs it: who produces what, who consumes what,
 * layers (a target's layer is one more than its deepest producer's, so layer N can be built once layers < N are),
 * the producers a target pulls in, and everything downstream of a set of targets. Bake resolution already refused
 * cycles and links to unknown targets (bake/index.ts targetDependencies throws for both), so every walk here ends.
 */

function targetGraph(def) {
    const producers = (0,bake/* targetDependencies */.bD)(def);
    const consumers = new Map([...producers.keys()].map((n) => [n, []]));
    for (const [name, deps] of producers)
        for (const dep of deps)
            consumers.get(dep).push(name);
    for (const list of consumers.values())
        list.sort(compareNames);
    return { producers, consumers };
}
/**
 * Layers over `names` only (the targets a matrix lists): layer 0 holds those consuming none of `names`, layer N
 * those whose deepest producer among `names` is in layer N\u22121. A producer outside `names` (an unchanged one in
 * `changed` mode) does not count: the consumer's job builds it as a chained solve. Links through a target outside
 * `names` still order the two ends (a \u2192 b \u2192 c with only a and c listed: c comes after a). Names sorted within a layer;
 * no layer is empty.
 */
function layersOf(graph, names) {
    const listed = new Set(names);
    const depth = new Map();
    // memoised longest path to a listed producer; `graph` is acyclic (see the header)
    const layerOf = (name) => {
        const known = depth.get(name);
        if (known !== undefined)
            return known;
        let layer = 0;
        for (const dep of graph.producers.get(name) ?? []) {
            const below = listedBelow(dep);
            if (below >= 0)
                layer = Math.max(layer, below + 1);
        }
        depth.set(name, layer);
        return layer;
    };
    // the layer of `name` when it is listed, else of its deepest listed producer, else -1
    const through = new Map();
    const listedBelow = (name) => {
        if (listed.has(name))
            return layerOf(name);
        const known = through.get(name);
        if (known !== undefined)
            return known;
        let best = -1;
        for (const dep of graph.producers.get(name) ?? [])
            best = Math.max(best, listedBelow(dep));
        through.set(name, best);
        return best;
    };
    const layers = [];
    for (const name of [...listed].sort(compareNames)) {
        const n = layerOf(name);
        while (layers.length <= n)
            layers.push([]);
        layers[n].push(name);
    }
    return layers;
}
/** Every target `name` consumes, directly or through other producers: producers before their consumers (by layer of
 * the whole graph, then name), `name` itself not included. */
function producersOf(graph, name) {
    const seen = new Set();
    const visit = (n) => {
        for (const dep of graph.producers.get(n) ?? []) {
            if (seen.has(dep))
                continue;
            seen.add(dep);
            visit(dep);
        }
    };
    visit(name);
    return layersOf(graph, seen).flat();
}
/** `seeds` and every target that consumes one of them, directly or through other consumers. */
function downstreamOf(graph, seeds) {
    const out = new Set();
    const visit = (n) => {
        if (out.has(n))
            return;
        out.add(n);
        for (const c of graph.consumers.get(n) ?? [])
            visit(c);
    };
    for (const s of seeds)
        visit(s);
    return out;
}
/** Byte order, as bake sorts target names (`--print`). */
function compareNames(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/solve/matrix/changed.js
/**
 * `changed` mode's selection: which targets of a resolved definition may build something different from what they
 * built at a base commit, given the paths that differ between the base and HEAD. A target is selected when
 * - its resolved definition differs from what the same bake files resolved to at the base (same flags, variables
 *   and environment: only the files' text differs), or it was not in the definition there;
 * - its Dockerfile changed (a `dockerfile-inline` has none), or an ignore file that may apply to one of its contexts;
 * - a file changed inside its context directory, or inside a local named context, that the context's ignore file
 *   does not exclude (dockerignore.ts: BuildKit would have sent it);
 * - or it consumes a selected target through a `target:` context, directly or not.
 * What Git cannot see is reported in `notes` and counted as unchanged: remote contexts (Git or HTTP URLs, images),
 * directories outside the repository. Files Git does not track (generated by earlier steps, ignored) are not seen
 * either.
 */






const LIST_AT_MOST = 3;
function selectChanged(inputs) {
    const { def, root } = inputs;
    const changed = new Set(inputs.paths.map((p) => external_node_path_.join(root, p)));
    const notes = new Set();
    const direct = new Map();
    const rel = (p) => repoRelative(root, p);
    for (const [name, target] of Object.entries(def.target)) {
        const reasons = [];
        const defReason = definitionChange(inputs.base, name, target);
        if (defReason)
            reasons.push(defReason);
        const { dockerfiles, dirs, unseen } = localSources(target, inputs.cwd);
        for (const u of unseen)
            notes.add(`target ${name}: ${u} cannot be checked for changes: counted as unchanged`);
        for (const f of dockerfiles) {
            if (changed.has(f))
                reasons.push(`Dockerfile ${rel(f)} changed`);
            else if (!isInside(root, f))
                notes.add(`target ${name}: Dockerfile ${f} is outside the repository: its changes cannot be seen, counted as unchanged`);
        }
        for (const d of dirs) {
            if (!isInside(root, d.dir)) {
                notes.add(`target ${name}: ${d.what} ${d.dir} is outside the repository: its changes cannot be seen, counted as unchanged`);
                continue;
            }
            for (const f of d.filter.candidates)
                if (changed.has(f))
                    reasons.push(`ignore file ${rel(f)} changed`);
            const files = [];
            for (const p of changed) {
                if (!isInside(d.dir, p) || p === d.dir)
                    continue;
                // already a reason of its own
                if (dockerfiles.includes(p) || d.filter.candidates.includes(p))
                    continue;
                if (d.filter.excludes(repoRelative(d.dir, p)))
                    continue;
                files.push(rel(p));
            }
            if (files.length) {
                const shown = files.sort().slice(0, LIST_AT_MOST).join(', ');
                reasons.push(`${d.what}: ${files.length} file(s) changed (${shown}${files.length > LIST_AT_MOST ? ', \u2026' : ''})`);
            }
        }
        if (reasons.length)
            direct.set(name, [...new Set(reasons)]);
    }
    const selected = new Map();
    const all = downstreamOf(inputs.graph, direct.keys());
    for (const name of Object.keys(def.target)) {
        if (!all.has(name))
            continue;
        const own = direct.get(name) ?? [];
        const via = (inputs.graph.producers.get(name) ?? [])
            .filter((p) => all.has(p))
            .map((p) => `consumes ${p}, which is selected`);
        selected.set(name, [...own, ...via]);
    }
    return { selected, notes: [...notes] };
}
function definitionChange(base, name, target) {
    if ('missing' in base)
        return `definition: ${base.missing}`;
    const before = base.definition.target[name];
    if (!before)
        return 'definition: not a target of the definition at the base';
    return JSON.stringify(before) === JSON.stringify(target) ? undefined : 'definition changed';
}
/** The local files and directories a target's build reads, as bake-adapter.ts resolves them (the context against the
 * working directory, the Dockerfile against a local context, local named contexts against the working directory). */
function localSources(t, cwd) {
    const dockerfiles = [];
    const dirs = [];
    const unseen = [];
    const contextRaw = t.context ?? '.';
    const remote = context_kind/* REMOTE_CONTEXT */.rM.test(contextRaw);
    const context = remote ? undefined : realPath(external_node_path_.resolve(cwd, contextRaw));
    if (remote)
        unseen.push(`context ${contextRaw} (remote)`);
    if (t['dockerfile-inline'] === undefined) {
        const df = t.dockerfile ?? 'Dockerfile';
        if (context || external_node_path_.isAbsolute(df)) {
            const file = realPath(external_node_path_.resolve(context ?? cwd, df));
            dockerfiles.push(file);
            // the frontend falls back to `dockerfile` when `Dockerfile` is missing (dockerui ReadEntrypoint)
            if (external_node_path_.basename(file) === 'Dockerfile' && !external_node_fs_.existsSync(file))
                dockerfiles.push(external_node_path_.join(external_node_path_.dirname(file), 'dockerfile'));
        }
    }
    if (context)
        dirs.push({ what: 'context', dir: context, filter: contextFilter(context, dockerfiles[0]) });
    for (const [name, value] of Object.entries(t.contexts ?? {})) {
        const kind = (0,context_kind/* namedContextKind */.V9)(value);
        if (kind === 'target')
            continue;
        if (kind === 'local') {
            const dir = realPath(external_node_path_.resolve(cwd, value));
            dirs.push({ what: `named context ${name}`, dir, filter: contextFilter(dir) });
        }
        else if (value.startsWith('oci-layout://')) {
            // an OCI layout is a local directory the session serves as a content store: no ignore file applies
            const dir = realPath(external_node_path_.resolve(cwd, (0,context_kind/* ociLayoutDir */.$s)(value) ?? ''));
            dirs.push({ what: `named context ${name}`, dir, filter: { candidates: [], excludes: () => false } });
        }
        else
            unseen.push(`named context ${name} (${value})`);
    }
    return { dockerfiles, dirs, unseen };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/solve/matrix/git.js
/**
 * The Git queries `changed` mode makes, on the local clone only (no fetch, no network): the repository's root, whether
 * a commit is there, the paths that differ between two commits, a file's content at a commit. git runs through
 * execFile with an argument list (never a shell): a ref or path from an event payload cannot become a command.
 */


/** git failed: the command, its exit status and what it wrote to stderr. */
class GitError extends Error {
    args;
    status;
    stderr;
    name = 'GitError';
    constructor(args, status, stderr) {
        super(`git ${args.join(' ')} failed${status !== null ? ` (exit status ${status})` : ''}${stderr.trim() ? `: ${stderr.trim()}` : ''}`);
        this.args = args;
        this.status = status;
        this.stderr = stderr;
    }
}
/** Runs git in `cwd`; stdout as bytes. Messages in English (LC_ALL=C), no pager, no prompt. */
function git(cwd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)('git', ['--no-pager', ...args], {
            cwd,
            encoding: 'buffer',
            maxBuffer: 256 * 1024 * 1024,
            timeout: 120_000,
            signal: opts.signal,
            env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
        }, (err, stdout, stderr) => {
            if (err) {
                // execFile's error: `code` is the exit status, or a spawn error's name (ENOENT: no git)
                const code = err.code;
                if (err.name === 'AbortError')
                    reject(Object.assign(new Error(`git ${args[0]} was cancelled`, { cause: err }), { name: 'AbortError' }));
                else if (code === 'ENOENT')
                    reject(new Error('changed mode needs git on the PATH (it reads the local clone)'));
                else
                    reject(new GitError(args, typeof code === 'number' ? code : null, stderr.toString('utf8') || err.message));
                return;
            }
            resolve(stdout);
        });
        // git may exit before reading its input (an error): that EPIPE says nothing its exit status does not
        child.stdin?.on('error', () => { });
        if (opts.input !== undefined)
            child.stdin?.end(opts.input);
        else
            child.stdin?.end();
    });
}
/** The top-level directory of the work tree `cwd` is in (real path). */
async function repositoryRoot(cwd, opts) {
    let out;
    try {
        out = (await git(cwd, ['rev-parse', '--show-toplevel'], opts)).toString('utf8').trim();
    }
    catch (err) {
        if (err instanceof GitError)
            throw new Error(`changed mode needs a Git checkout: ${cwd} is not in one (${err.stderr.trim()})`);
        throw err;
    }
    return external_node_fs_.realpathSync(out);
}
/** The commit `ref` names, or undefined when the clone does not have it (a shallow clone, an unknown ref). */
async function resolveCommit(cwd, ref, opts) {
    // `--end-of-options`: a ref starting with `-` is a ref, not an option
    try {
        const out = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], opts);
        return out.toString('utf8').trim() || undefined;
    }
    catch (err) {
        if (err instanceof GitError)
            return undefined;
        throw err;
    }
}
/** Paths (relative to the repository root, `/`-separated) whose content differs between the two commits' trees; a
 * rename lists both names. */
async function changedPaths(cwd, base, head, opts) {
    const out = await git(cwd, ['diff', '--name-only', '-z', '--no-renames', '--no-relative', '--no-ext-diff', '--no-textconv', base, head, '--'], opts);
    return out
        .toString('utf8')
        .split('\0')
        .filter((p) => p !== '');
}
/**
 * Files' contents at `commit` (paths relative to the repository root), read by one `git cat-file --batch`: in the
 * order asked, undefined where there is no file (missing, or not a blob). A path holding a newline cannot be asked
 * on a line of the batch: undefined too.
 */
async function filesAt(cwd, commit, repoPaths, opts) {
    const asked = repoPaths.filter((p) => !p.includes('\n'));
    const found = new Map();
    if (asked.length) {
        const out = await git(cwd, ['cat-file', '--batch'], {
            ...opts,
            input: asked.map((p) => `${commit}:${p}\n`).join(''),
        });
        // per object: `<oid> <type> <size>\n<content>\n`, or `<name> missing\n` (also `ambiguous`)
        let pos = 0;
        for (const p of asked) {
            const eol = out.indexOf(0x0a, pos);
            if (eol < 0)
                throw new GitError(['cat-file', '--batch'], 0, `output ended before ${p}`);
            const header = /^[0-9a-f]+ (\S+) (\d+)$/.exec(out.subarray(pos, eol).toString('utf8'));
            pos = eol + 1;
            if (!header) {
                found.set(p, undefined);
                continue;
            }
            const size = Number(header[2]);
            found.set(p, header[1] === 'blob' ? Buffer.from(out.subarray(pos, pos + size)) : undefined);
            pos += size + 1;
        }
    }
    return repoPaths.map((p) => found.get(p));
}

// EXTERNAL MODULE: ./lib/solve/matrix/entries.js
var entries = __webpack_require__(6121);
;// CONCATENATED MODULE: ./lib/solve/matrix/matrix.js
/**
 * The JSON a workflow's `strategy.matrix` reads, from a resolved definition:
 * - `include`: docker/bake-action's matrix (entries.ts), for `strategy.matrix.include: ${{ fromJSON(\u2026) }}`;
 * - `layers`: the same entries grouped by `target:` layer (graph.ts layersOf), `layers[N]` for the job that runs after
 *   the jobs of layers < N; each entry also says `targets`: its producers then itself, comma-separated (the action's
 *   `targets` input syntax), for a job that must export the producers' outputs too.
 * Both list only `only` when it is given (`changed` mode), in `--print` order.
 */



/** The `--print` JSON's targets, parsed: the values bake-action's fields read (key order included). */
function printedTargets(def) {
    return JSON.parse((0,bake/* renderPrint */.u6)(def)).target ?? {};
}
function buildMatrix(def, opts) {
    const printed = printedTargets(def);
    const graph = opts.graph ?? targetGraph(def);
    // Object.keys: the order bake-action iterates `def.target` in (the `--print` order, after JSON.parse)
    const names = Object.keys(printed).filter((n) => !opts.only || opts.only.has(n));
    const include = (0,entries.matrixEntries)(printed, names, opts.fields);
    const layers = layersOf(graph, names).map((layer) => {
        const inLayer = new Set(layer);
        const order = names.filter((n) => inLayer.has(n));
        return order.flatMap((n) => {
            const targets = [...producersOf(graph, n), n].join(',');
            return (0,entries.matrixEntries)(printed, [n], opts.fields).map((e) => ({ ...e, targets }));
        });
    });
    return { include, layers };
}

;// CONCATENATED MODULE: ./lib/solve/matrix/plan.js
/**
 * Matrix planning, shared by `bakekit matrix` and the action's `matrix: true`: resolve the definition exactly as a
 * build resolves it (solve/run/bake.ts resolveDefinition: the same files, `--set`, `--var` and global-flag overrides),
 * optionally keep only what changed since a base commit (changed.ts), and shape the result for `strategy.matrix`
 * (matrix.ts). Nothing is built and nothing connects anywhere; Git is read locally.
 */










/** A base given by name that the clone does not have, or no base at all: the planning cannot proceed. */
class MatrixBaseError extends Error {
    name = 'MatrixBaseError';
}
async function planMatrix(opts) {
    const { bake } = opts;
    const definition = await (0,run_bake.resolveDefinition)(bake);
    const graph = targetGraph(definition);
    if (!opts.changed)
        return { ...buildMatrix(definition, { fields: opts.fields, graph }), definition, notes: [] };
    const notes = [];
    let base;
    if (opts.changed.base)
        base = { kind: 'commit', ref: opts.changed.base, from: 'given' };
    else {
        const fromEvent = baseFromEvent(bake.env);
        if (!fromEvent)
            throw new MatrixBaseError('changed mode needs a base commit: name one (--base REF, action input matrix-base); outside GitHub Actions there is no event to take it from');
        base = fromEvent;
    }
    let selected;
    if (base.kind === 'commit') {
        const gitOpts = { signal: bake.signal };
        const root = await repositoryRoot(bake.cwd, gitOpts);
        const head = await resolveCommit(bake.cwd, 'HEAD', gitOpts);
        if (!head)
            throw new MatrixBaseError(`changed mode: the repository at ${root} has no commit checked out (HEAD)`);
        const commit = await resolveCommit(bake.cwd, base.ref, gitOpts);
        if (!commit) {
            const why = `the base ${base.ref} (${base.from}) is not a commit of this clone \u2014 a shallow clone? check out with fetch-depth: 0 (actions/checkout)`;
            // a base the user named must exist; one from the event may be gone (a force push) or not fetched: list everything
            if (base.from === 'given')
                throw new MatrixBaseError(`changed mode: ${why}`);
            notes.push(`${why}: every target is listed`);
            base = { kind: 'everything', reason: why };
        }
        else {
            base = { ...base, ref: commit };
            const paths = await changedPaths(bake.cwd, commit, head, gitOpts);
            const before = await definitionAt(bake, root, commit);
            const selection = selectChanged({ def: definition, graph, base: before, cwd: bake.cwd, root, paths });
            notes.push(...selection.notes);
            selected = selection.selected;
        }
    }
    if (!selected) {
        const reason = `no base to compare with: ${base.kind === 'everything' ? base.reason : base.ref}`;
        selected = new Map(Object.keys(definition.target).map((n) => [n, [reason]]));
    }
    const matrix = buildMatrix(definition, { fields: opts.fields, graph, only: new Set(selected.keys()) });
    return { ...matrix, definition, changed: { base, selected }, notes };
}
/**
 * The definition the same bake files gave at `commit`: the files read from Git (by the names a run reads them by:
 * the given ones, BUILDX_BAKE_FILE's, or the default names that existed then \u2014 bake/resolve.ts readFiles), resolved
 * with this run's options. A file that cannot be read there, or a definition that does not resolve, leaves nothing to
 * compare with: every target then counts as changed (changed.ts).
 */
async function definitionAt(bake, root, commit) {
    const { names, isDefault } = (0,resolve/* bakeFileNames */.w4)(bake.files, bake.env);
    const wanted = [];
    for (const raw of names) {
        const name = raw.startsWith('cwd://') ? raw.slice('cwd://'.length) : raw;
        if (name === '-')
            return { missing: 'a bake file read from stdin cannot be read at the base' };
        const abs = realPath(external_node_path_.resolve(bake.cwd, name));
        if (!isInside(root, abs))
            return { missing: `bake file ${name} is outside the repository` };
        wanted.push({ name, repoPath: repoRelative(root, abs) });
    }
    const contents = await filesAt(bake.cwd, commit, wanted.map((w) => w.repoPath), { signal: bake.signal });
    const files = [];
    for (const [i, { name }] of wanted.entries()) {
        const data = contents[i];
        if (!data) {
            if (isDefault)
                continue;
            return { missing: `bake file ${name} did not exist at the base` };
        }
        try {
            files.push({ name, data: (0,utf8/* decodeBakeFile */.yA)(name, data, name.toLowerCase().endsWith('.hcl')) });
        }
        catch (err) {
            return { missing: `bake file ${name} at the base: ${err.message}` };
        }
    }
    if (files.length === 0)
        return { missing: 'no bake file existed at the base' };
    try {
        // the old files' warnings are not this run's
        return { definition: await (0,run_bake.resolveDefinition)({ ...bake, sourceFiles: files, onBakeWarning: undefined }) };
    }
    catch (err) {
        return { missing: `the bake files at the base do not resolve (${err.message})` };
    }
}


/***/ })

};
