export const id = 36;
export const ids = [36,389];
export const modules = {

/***/ 749:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PublishError: () => (/* binding */ PublishError),
/* harmony export */   deferPushes: () => (/* binding */ deferPushes),
/* harmony export */   isTaggedPush: () => (/* binding */ isTaggedPush),
/* harmony export */   publishDeferred: () => (/* binding */ publishDeferred),
/* harmony export */   repoOnly: () => (/* binding */ repoOnly)
/* harmony export */ });
/* harmony import */ var _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4548);
/* harmony import */ var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9960);
/* harmony import */ var _run_target_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5902);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6450);
/**
 * `--publish all-or-nothing` (action input `publish`): push nothing under a name unless every target built
 * (docker/bake-action #112, #359: "publish only if all targets succeed").
 *
 * BuildKit pushes while it exports, target by target, so the push is split in two:
 *   1. during the build every pushed image output (`type=registry`, `type=image,push=true`) is exported with
 *      `push-by-digest=true` to the repositories of its names: the blobs and the manifest (a multi-platform index with
 *      its manifests) reach the registry, but no tag names them. The exporter answers `containerimage.digest` (and
 *      `containerimage.descriptor`) as for a normal push;
 *   2. once every target built, each name is tagged through the registry API (src/buildkit/registry/, with the Docker
 *      config credentials merge.ts uses): the manifest fetched by that digest, PUT under the name's tag. That is the
 *      manifest a normal push would have put there, byte for byte, so the tag gets the same digest.
 * If any target failed or was cancelled, no name is tagged: what was pushed by digest stays in the registry, untagged
 * (a registry's garbage collection removes untagged manifests where it is configured to). The metadata (`image.name`)
 * names an image only once it is tagged.
 *
 * Left as they are: outputs that do not push (`type=docker`, `oci`, `local`, `tar`; loaded or written as they build),
 * an output the user already pushes by digest (`push-by-digest=true`: it is untagged by the user's choice), cache
 * exports, and targets with a `call` other than build (they export nothing).
 */




/** A push that cannot be deferred, or a name that cannot be tagged. */
class PublishError extends Error {
    name = 'PublishError';
}
/** `repo:tag` names \u2192 their repositories (buildx toRepoOnly): where a push by digest goes. */
function repoOnly(names) {
    const out = [];
    for (const n of names) {
        const r = (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(n);
        const repo = `${r.domain}/${r.path}`;
        if (!out.includes(repo))
            out.push(repo);
    }
    return out;
}
const NAMED_OUTPUTS = new Set(['image', 'registry', 'oci', 'docker']);
/** An output that pushes under names (not by digest): what all-or-nothing defers. */
function isTaggedPush(o) {
    const pushes = o.type === 'registry' || (o.type === 'image' && (0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(o.push) === true);
    return pushes && (0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(o['push-by-digest']) !== true;
}
/**
 * The specs with every tagged push turned into a push by digest to the same repositories, and what to tag later.
 * The target's `tags` (which name all its image outputs, plan.ts) move onto its other outputs' `name`, so that those
 * keep their names.
 */
function deferPushes(specs) {
    const deferred = [];
    const out = specs.map((spec) => {
        if (spec.call && spec.call !== 'build')
            return spec;
        const pushes = spec.outputs.filter(isTaggedPush);
        if (!pushes.length)
            return spec;
        if (pushes.length > 1) {
            throw new PublishError(`publish all-or-nothing: target "${spec.name}" pushes through ${pushes.length} image outputs; only one can be held back and tagged (give it one)`);
        }
        const push = pushes[0];
        const names = (spec.tags.length ? spec.tags : (push.name ?? '').split(',')).map((n) => n.trim()).filter(Boolean);
        if (!names.length)
            return spec; // plan.ts refuses a push without a name
        let repositories;
        try {
            repositories = repoOnly(names);
        }
        catch (err) {
            throw new PublishError(`publish all-or-nothing: target "${spec.name}": ${err.message}`, {
                cause: err,
            });
        }
        deferred.push({
            target: spec.name,
            names,
            repositories,
            insecure: (0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoBool */ .MY)(push['registry.insecure']) === true,
        });
        const outputs = spec.outputs.map((o) => {
            if (o === push)
                return { ...o, type: 'image', push: 'true', 'push-by-digest': 'true', name: repositories.join(',') };
            return spec.tags.length && NAMED_OUTPUTS.has(o.type) ? { ...o, name: spec.tags.join(',') } : o;
        });
        return { ...spec, outputs, tags: [] };
    });
    return { specs: out, deferred };
}
/**
 * After the run: tags every deferred push when every target built, else nothing. Returns the result with its metadata
 * naming only what was tagged and a `publish` report; a tagging failure fails that target (TargetFailedError with a
 * PublishError) and stops tagging.
 */
async function publishDeferred(deferred, result, opts) {
    const emit = opts.onEvent ?? (() => { });
    const metadata = Object.fromEntries(Object.entries(result.metadata).map(([k, v]) => [k, { ...v }]));
    const targets = result.targets.map((t) => ({ ...t }));
    const report = { policy: 'all-or-nothing', published: false, blockedBy: [], tagged: [], untagged: [] };
    const digestOf = (target) => {
        const d = metadata[target]?.['containerimage.digest'];
        return typeof d === 'string' ? d : undefined;
    };
    const notBuilt = targets.filter((t) => t.status !== 'done');
    if (notBuilt.length) {
        const failed = notBuilt.filter((t) => t.status === 'failed');
        report.blockedBy = (failed.length ? failed : notBuilt).map((t) => t.target);
        report.blockedHow = failed.length ? 'failed' : 'cancelled';
        for (const d of deferred) {
            const digest = digestOf(d.target);
            if (metadata[d.target])
                delete metadata[d.target]['image.name'];
            if (digest)
                for (const repo of d.repositories)
                    report.untagged.push({ target: d.target, reference: `${repo}@${digest}` });
        }
        // the shells say so at the end, with every target's end (render/report.ts publishLines)
        return { ...result, metadata, targets, publish: report };
    }
    for (const d of deferred) {
        try {
            const digest = digestOf(d.target);
            if (!digest)
                throw new PublishError(`the build returned no image digest to tag`);
            const insecureHosts = d.insecure ? [...new Set(d.names.map((n) => (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(n).domain))] : [];
            const client = opts.client?.(insecureHosts) ??
                new _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryClient */ .bP({ insecureHosts, signal: opts.signal, ...(0,_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .credentialsFromEnv */ .kv)(opts.env) });
            const manifests = new Map();
            for (const name of d.names) {
                const ref = (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(name);
                if (!ref.tag && ref.digest) {
                    if (ref.digest !== digest)
                        throw new PublishError(`${name} asks for digest ${ref.digest}, but the build pushed ${digest}`);
                    continue; // a name by digest is published by the push itself
                }
                const repo = { domain: ref.domain, path: ref.path };
                const key = `${repo.domain}/${repo.path}`;
                let manifest = manifests.get(key);
                if (!manifest) {
                    manifest = await client.getManifest(repo, digest);
                    manifests.set(key, manifest);
                }
                const tag = ref.tag ?? 'latest';
                await client.putManifest(repo, tag, manifest.bytes, manifest.mediaType);
                report.tagged.push({ target: d.target, name, digest });
                emit({ type: 'info', target: d.target, message: `tagged ${key}:${tag} \u2192 ${digest}` });
            }
            if (metadata[d.target])
                metadata[d.target]['image.name'] = d.names.join(',');
        }
        catch (err) {
            const cause = err instanceof PublishError
                ? err
                : new PublishError(`tagging ${d.names.join(', ')} failed: ${err.message}`, { cause: err });
            const outcome = targets.find((t) => t.target === d.target);
            if (outcome)
                Object.assign(outcome, { status: 'failed', error: new _run_target_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetFailedError */ .v5(d.target, cause) });
            if (metadata[d.target])
                delete metadata[d.target]['image.name'];
            report.failedTarget = d.target;
            for (const rest of deferred.slice(deferred.indexOf(d) + 1))
                if (metadata[rest.target])
                    delete metadata[rest.target]['image.name'];
            return { ...result, ok: false, metadata, targets, publish: report };
        }
    }
    report.published = true;
    return { ...result, metadata, targets, publish: report };
}


/***/ }),

/***/ 5389:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NodeError: () => (/* binding */ NodeError),
/* harmony export */   builderNodes: () => (/* binding */ builderNodes),
/* harmony export */   parseNodeSpec: () => (/* binding */ parseNodeSpec)
/* harmony export */ });
/* harmony import */ var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57);
/**
 * Which nodes a run builds on: `--node` specs and the nodes of a buildx builder (see nodes.ts for how a run uses
 * them). Apart from nodes.ts so that deciding whether a run has several nodes does not load the multi-node
 * machinery (registry client, index merging) that a one-node run never needs.
 */

class NodeError extends Error {
    name = 'NodeError';
}
/**
 * `ENDPOINT` or `ENDPOINT PLATFORM[,PLATFORM\u2026]` (whitespace between), e.g.
 * `unix:///run/buildkit/buildkitd.sock linux/amd64` or `docker:// linux/386,linux/amd64`.
 */
function parseNodeSpec(spec, index, tls, env) {
    const parts = spec.trim().split(/\s+/).filter(Boolean);
    if (!parts.length)
        throw new NodeError(`node ${index + 1} is empty`);
    if (parts.length > 2)
        throw new NodeError(`node "${spec}": expected ENDPOINT [PLATFORM,PLATFORM\u2026]`);
    const platforms = (parts[1] ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    for (const p of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/i.test(p))
            throw new NodeError(`node "${spec}": "${p}" is not a platform (os/arch[/variant])`);
    }
    return { name: `node${index}`, endpoint: (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.parseEndpoint)(parts[0], tls, { env }), platforms };
}
/**
 * The nodes to build on when there are several, else undefined (one daemon, the usual path): the builder's nodes \u2014
 * `builder` (an endpoint, or a buildx builder with all its nodes), else the buildx builder in use, else the Engine \u2014
 * followed by `nodes` (`ENDPOINT [PLATFORMS]` each), as `buildx create --append` adds nodes to a builder.
 */
function builderNodes(opts) {
    const extra = (opts.nodes ?? []).map((n) => n.trim()).filter(Boolean);
    const isName = (s) => /^[a-zA-Z][a-zA-Z0-9._-]*$/.test(s);
    const storeNodes = (name) => (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.resolveBuilderNodes)(name, opts.env).map((n) => ({ name: n.name, endpoint: n.endpoint, platforms: n.platforms }));
    let base;
    let builderName;
    if (opts.builder) {
        builderName = isName(opts.builder) ? opts.builder : undefined;
        base = builderName
            ? storeNodes(builderName)
            : [{ name: 'node0', endpoint: (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.parseEndpoint)(opts.builder, opts.tls, { env: opts.env }), platforms: [] }];
    }
    else {
        const current = (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.currentBuilderName)(opts.env);
        try {
            base = current ? storeNodes(current) : [];
            builderName = current;
        }
        catch {
            // a stale selection: the one-daemon path falls back (or reports) as it always did
            if (!extra.length)
                return undefined;
            base = [];
        }
        if (!base.length) {
            if (!extra.length)
                return undefined;
            base = [{ name: 'default', endpoint: (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.defaultEndpoint)(opts.env), platforms: [] }];
            builderName = 'default';
        }
    }
    const all = [...base, ...extra.map((spec, i) => parseNodeSpec(spec, base.length + i, opts.tls, opts.env))];
    if (all.length < 2)
        return undefined;
    const names = new Set();
    for (const n of all) {
        while (names.has(n.name))
            n.name = `${n.name}-${names.size}`;
        names.add(n.name);
    }
    return { nodes: all, builderName };
}


/***/ }),

/***/ 8036:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOnBuilderNodes: () => (/* binding */ runOnBuilderNodes)
/* harmony export */ });
/* unused harmony exports platformKey, assignPlatforms, connectNodes, runOnNodes */
/* harmony import */ var _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5552);
/* harmony import */ var _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4548);
/* harmony import */ var _buildkit_transport_connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4263);
/* harmony import */ var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57);
/* harmony import */ var _images_merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6450);
/* harmony import */ var _images_platform_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2843);
/* harmony import */ var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9960);
/* harmony import */ var _images_publish_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(749);
/* harmony import */ var _run_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6315);
/* harmony import */ var _run_target_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5902);
/* harmony import */ var _images_features_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4699);
/* harmony import */ var _node_spec_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5389);
/**
 * Builders with several nodes: a buildx builder with appended nodes, or a list of endpoints with their platforms.
 * As buildx does (build/build.go, driver resolution), each requested platform goes to one node; a target whose
 * platforms land on several nodes is built once per node, each node pushing its part by digest, and the parts are
 * merged into one index under the target's names through the registry API (merge.ts). A target that lands on one
 * node is built there as usual.
 *
 * Choosing a node for a platform: nodes created for that platform first, then nodes whose workers build it, then
 * (emulation) the first node. Among equal candidates the node with fewer platforms so far wins, so a builder whose
 * nodes all build every platform still spreads the work.
 */













/** `repo:tag` names \u2192 their repositories (buildx toRepoOnly): where each node pushes its part by digest. */

/** Normalised `os/arch[/variant]` for comparisons. */
function platformKey(p) {
    return (0,_images_platform_js__WEBPACK_IMPORTED_MODULE_11__/* .formatPlatform */ .B)((0,_images_platform_js__WEBPACK_IMPORTED_MODULE_11__/* .normalizePlatform */ .F)((0,_images_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePlatform */ .FL)(p)));
}
/**
 * Which node builds which of `platforms`. `supported[i]` are node i's worker platforms. Returns, per node index that
 * got anything, its platforms (in the order requested). No platforms at all: the first node, with none.
 */
function assignPlatforms(platforms, nodes) {
    const out = new Map();
    if (!nodes.length)
        throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_10__.NodeError('no nodes to build on');
    if (!platforms.length) {
        out.set(0, []);
        return out;
    }
    const configured = nodes.map((n) => new Set(n.platforms.map(platformKey)));
    const supported = nodes.map((n, i) => new Set([...n.supported.map(platformKey), ...configured[i]]));
    const candidates = platforms.map((p) => {
        const k = platformKey(p);
        const byConfig = nodes.map((_, i) => i).filter((i) => configured[i].has(k));
        if (byConfig.length)
            return byConfig;
        const bySupport = nodes.map((_, i) => i).filter((i) => supported[i].has(k));
        return bySupport.length ? bySupport : [0];
    });
    const load = nodes.map(() => 0);
    const chosen = new Array(platforms.length);
    const order = platforms.map((_, i) => i).sort((a, b) => candidates[a].length - candidates[b].length || a - b);
    for (const i of order) {
        let best = candidates[i][0];
        for (const c of candidates[i])
            if (load[c] < load[best])
                best = c;
        chosen[i] = best;
        load[best]++;
    }
    platforms.forEach((p, i) => {
        if (!out.has(chosen[i]))
            out.set(chosen[i], []);
        out.get(chosen[i]).push(p);
    });
    return new Map([...out].sort(([a], [b]) => a - b));
}
/** A target built on several nodes: its outputs become pushes by digest; anything else cannot be merged. */
function splitOutputs(spec) {
    const outputs = [];
    let split;
    for (const o of spec.outputs) {
        if (o.type === 'cacheonly') {
            outputs.push(o);
            continue;
        }
        const isPush = (o.type === 'image' && o.push === 'true') || o.type === 'registry';
        if (!isPush) {
            throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_10__.NodeError(`target "${spec.name}": its platforms are built on several nodes, which can only be merged for pushed images ` +
                `(type=image,push=true / type=registry); output type=${o.type} is not supported there (build it on one node)`);
        }
        if (split)
            throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_10__.NodeError(`target "${spec.name}": several pushed image outputs cannot be merged across nodes`);
        const names = (o.name ? o.name.split(',') : spec.tags).map((n) => n.trim()).filter(Boolean);
        if (!names.length)
            throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_10__.NodeError(`target "${spec.name}": pushes but has no name: set tags or name=`);
        const attrs = {};
        for (const [k, v] of Object.entries(o))
            if (k !== 'type')
                attrs[k] = v;
        split = {
            names,
            insecure: o['registry.insecure'] === 'true',
            annotationAttrs: { ...(0,_target_attribute_values_js__WEBPACK_IMPORTED_MODULE_5__/* .annotationAttrs */ .Q9)(spec.annotations), ...attrs },
        };
        outputs.push({ ...o, type: 'image', push: 'true', name: (0,_images_publish_js__WEBPACK_IMPORTED_MODULE_6__.repoOnly)(names).join(','), 'push-by-digest': 'true' });
    }
    return { outputs, split };
}
/** Every target `name` depends on through `target:` contexts (transitively). */
function producersOf(name, byName, seen = new Set()) {
    const spec = byName.get(name);
    for (const v of Object.values(spec?.contexts ?? {})) {
        if (!v.startsWith('target:'))
            continue;
        const p = v.slice('target:'.length);
        if (seen.has(p))
            continue;
        seen.add(p);
        producersOf(p, byName, seen);
    }
    return seen;
}
async function connectNodes(nodes, signal) {
    const settled = await Promise.allSettled(nodes.map((n) => (0,_buildkit_transport_connect_js__WEBPACK_IMPORTED_MODULE_2__.connect)(n.endpoint, { signal })));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) {
        await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.close() : Promise.resolve())));
        throw failed.reason;
    }
    return settled.map((s) => s.value);
}
/** Runs the targets over several nodes and merges what was split. */
async function runOnNodes(specs, opts) {
    const { nodes, connections } = opts;
    const emit = opts.onEvent ?? (() => { });
    const supported = await Promise.all(connections.map((c) => new _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildkitClient */ .Us(c)
        .listWorkers(opts.signal)
        .then(_images_features_js__WEBPACK_IMPORTED_MODULE_9__/* .workerPlatforms */ .$v)
        .catch(() => [])));
    const byName = new Map(specs.map((s) => [s.name, s]));
    const perNode = nodes.map(() => []);
    const splits = new Map();
    const placements = new Map();
    for (const spec of specs) {
        const assignment = assignPlatforms(spec.platforms, nodes.map((n, i) => ({ platforms: n.platforms, supported: supported[i] })));
        placements.set(spec.name, [...assignment.keys()]);
        if (assignment.size === 1) {
            const [i, platforms] = [...assignment][0];
            perNode[i].push({ ...spec, platforms: platforms.length ? platforms : spec.platforms });
            continue;
        }
        // cache warming exports nothing but cache: nothing to merge
        const { outputs, split } = opts.warm ? { outputs: [], split: undefined } : splitOutputs(spec);
        if (split)
            splits.set(spec.name, split);
        for (const [i, platforms] of assignment)
            perNode[i].push({ ...spec, platforms, outputs, tags: split ? [] : spec.tags });
    }
    // A consumer needs its producers on its own node: add a copy there that only feeds it (no outputs).
    const helpers = nodes.map(() => new Set());
    for (let i = 0; i < nodes.length; i++) {
        const here = new Map(perNode[i].map((s) => [s.name, s]));
        for (const spec of [...perNode[i]]) {
            for (const p of producersOf(spec.name, byName)) {
                const existing = here.get(p);
                if (existing) {
                    const covered = new Set(existing.platforms.map(platformKey));
                    if (spec.platforms.some((pl) => !covered.has(platformKey(pl)))) {
                        throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_10__.NodeError(`target "${spec.name}" uses target:${p} as a context, but they are split differently across the nodes; give them the same platforms`);
                    }
                    continue;
                }
                const copy = { ...byName.get(p), platforms: spec.platforms, outputs: [], tags: [] };
                perNode[i].push(copy);
                here.set(p, copy);
                helpers[i].add(p);
            }
        }
    }
    for (let i = 0; i < nodes.length; i++) {
        for (const spec of perNode[i]) {
            if (helpers[i].has(spec.name) || (placements.get(spec.name)?.length ?? 0) < 2)
                continue;
            emit({
                type: 'info',
                target: spec.name,
                message: `building ${spec.platforms.join(',')} on node ${nodes[i].name} (${(0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeEndpoint)(nodes[i].endpoint)})`,
            });
        }
    }
    const abort = new AbortController();
    const onOuterAbort = () => abort.abort(opts.signal?.reason ?? new Error('cancelled'));
    if (opts.signal?.aborted)
        onOuterAbort();
    opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const builder = opts.builderName ?? 'bakekit-nodes';
    let results;
    try {
        results = await Promise.all(nodes.map((node, i) => {
            if (!perNode[i].length)
                return Promise.resolve(undefined);
            return (0,_run_run_js__WEBPACK_IMPORTED_MODULE_7__.runBuild)(perNode[i], {
                ...opts,
                connection: connections[i],
                builderName: builder,
                nodeName: node.name,
                signal: abort.signal,
                onEvent: (ev) => {
                    // fail fast on every node; keep-going: each node's run stops only what consumes the failed target
                    if (ev.type === 'target-failed' && (opts.execution ?? 'fail-fast') === 'fail-fast')
                        abort.abort(ev.error);
                    // a producer copied onto this node only to feed a consumer: its progress shows, its success does not
                    if ((ev.type === 'target-done' || ev.type === 'target-start') && helpers[i].has(ev.target))
                        return;
                    // a split target is done once every node's part is merged (emitted below)
                    if (ev.type === 'target-done' && splits.has(ev.target))
                        return;
                    emit(ev);
                },
            });
        }));
    }
    finally {
        opts.signal?.removeEventListener('abort', onOuterAbort);
    }
    const outcomes = [];
    const metadata = {};
    for (const spec of specs) {
        const parts = [];
        for (const i of placements.get(spec.name)) {
            const r = results[i];
            const outcome = r?.targets.find((t) => t.target === spec.name);
            if (outcome)
                parts.push({ node: i, outcome, md: r.metadata[spec.name] });
        }
        // a copy that only fed a consumer on another node counts when it failed
        const helperFailure = results
            .map((r, i) => helpers[i].has(spec.name) ? r?.targets.find((t) => t.target === spec.name && t.status === 'failed') : undefined)
            .find(Boolean);
        const failed = parts.find((p) => p.outcome.status === 'failed') ?? (helperFailure ? { outcome: helperFailure } : undefined);
        const cancelled = parts.find((p) => p.outcome.status === 'cancelled');
        const merged = {
            target: spec.name,
            status: failed ? 'failed' : cancelled ? 'cancelled' : 'done',
            ref: parts[0]?.outcome.ref ?? '',
            durationMs: Math.max(0, ...parts.map((p) => p.outcome.durationMs)),
            exporterResponse: parts.length === 1 ? parts[0].outcome.exporterResponse : {},
            // a call (check, outline, targets) runs once per target, on the node that has its platform
            call: parts.length === 1 ? parts[0].outcome.call : undefined,
            error: failed?.outcome.error,
            transferred: sumTransfers(parts.map((p) => p.outcome.transferred)),
        };
        if (merged.status === 'cancelled' && cancelled) {
            const { reason, cancelledBy } = cancelled.outcome;
            Object.assign(merged, { reason, cancelledBy, skipped: parts.every((p) => p.outcome.skipped === true) });
        }
        if (merged.status === 'done') {
            if (parts.length === 1) {
                if (parts[0].md)
                    metadata[spec.name] = parts[0].md;
            }
            else {
                const split = splits.get(spec.name);
                // buildx keeps the first node's response (build.go: resp[k] = res[0]): its build ref and its provenance
                const first = Object.fromEntries(Object.entries(parts[0].md ?? {}).filter(([k]) => k === 'buildx.build.ref' || k.startsWith('buildx.build.provenance')));
                if (split) {
                    try {
                        const result = await mergeParts(spec.name, parts, split, opts, emit);
                        metadata[spec.name] = { ...result, ...first };
                        merged.exporterResponse = Object.fromEntries(Object.entries(result).map(([k, v]) => [
                            k,
                            typeof v === 'string' ? v : Buffer.from(JSON.stringify(v)).toString('base64'),
                        ]));
                        emit({
                            type: 'target-done',
                            target: spec.name,
                            durationMs: merged.durationMs,
                            exporterResponse: merged.exporterResponse,
                        });
                    }
                    catch (err) {
                        merged.status = 'failed';
                        merged.error = new _run_target_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .TargetFailedError */ .v5(spec.name, err);
                        emit({ type: 'target-failed', target: spec.name, durationMs: merged.durationMs, error: merged.error });
                    }
                }
                else if (Object.keys(first).length) {
                    metadata[spec.name] = first;
                }
            }
        }
        outcomes.push(merged);
    }
    return {
        ok: outcomes.every((o) => o.status === 'done'),
        targets: outcomes,
        dirs: results.flatMap((r) => r?.dirs ?? []),
        metadata,
    };
}
function sumTransfers(list) {
    const out = {};
    for (const t of list) {
        for (const [k, v] of Object.entries(t)) {
            const o = (out[k] ??= { requests: 0, filesSent: 0, bytesSent: 0 });
            o.requests += v.requests;
            o.filesSent += v.filesSent;
            o.bytesSent += v.bytesSent;
        }
    }
    return out;
}
async function mergeParts(target, parts, split, opts, emit) {
    const repo = (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)((0,_images_publish_js__WEBPACK_IMPORTED_MODULE_6__.repoOnly)(split.names)[0]);
    const sources = parts.map((p) => {
        const digest = p.md?.['containerimage.digest'];
        if (typeof digest !== 'string')
            throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_10__.NodeError(`node ${opts.nodes[p.node].name} (${(0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeEndpoint)(opts.nodes[p.node].endpoint)}) returned no image digest for target "${target}"`);
        const desc = p.md?.['containerimage.descriptor'];
        return {
            ref: { domain: repo.domain, path: repo.path, digest },
            descriptor: desc && typeof desc === 'object' ? desc : undefined,
        };
    });
    const insecureHosts = split.insecure ? split.names.map((n) => (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(n).domain) : [];
    const client = new _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .bP({ insecureHosts, signal: opts.signal, ...(0,_images_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialsFromEnv */ .kv)(opts.env) });
    emit({
        type: 'info',
        target,
        message: `merging manifest list ${split.names.join(',')} from ${sources.map((s) => (0,_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(s.ref)).join(', ')}`,
    });
    const result = await (0,_images_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeImages */ .nV)(client, sources, split.names, (0,_images_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .indexAnnotationsFrom */ .T0)(split.annotationAttrs));
    return result.metadata;
}
/** Connects to every node, runs, and closes the connections. */
async function runOnBuilderNodes(specs, nodes, opts) {
    const connections = await connectNodes(nodes, opts.signal);
    try {
        return await runOnNodes(specs, { ...opts, nodes, connections });
    }
    finally {
        await Promise.all(connections.map((c) => c.close().catch(() => { })));
    }
}


/***/ })

};
