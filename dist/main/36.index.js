"use strict"; exports.id = 36;
exports.ids = [36, 389];
exports.modules = {
  /***/
  749: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        PublishError: () => (
          /* binding */
          PublishError
        ),
        /* harmony export */
        deferPushes: () => (
          /* binding */
          deferPushes
        ),
        /* harmony export */
        isTaggedPush: () => (
          /* binding */
          isTaggedPush
        ),
        /* harmony export */
        publishDeferred: () => (
          /* binding */
          publishDeferred
        ),
        /* harmony export */
        repoOnly: () => (
          /* binding */
          repoOnly
        )
        /* harmony export */
      });
      var _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4548);
      var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9960);
      var _run_target_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5902);
      var _merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6450);
      class PublishError extends Error {
        name = "PublishError";
      }
      function repoOnly(names) {
        const out = [];
        for (const n of names) {
          const r = (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__.F2)(n);
          const repo = `${r.domain}/${r.path}`;
          if (!out.includes(repo))
            out.push(repo);
        }
        return out;
      }
      const NAMED_OUTPUTS = /* @__PURE__ */ new Set(["image", "registry", "oci", "docker"]);
      function isTaggedPush(o) {
        const pushes = o.type === "registry" || o.type === "image" && (0, _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__.MY)(o.push) === true;
        return pushes && (0, _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__.MY)(o["push-by-digest"]) !== true;
      }
      function deferPushes(specs) {
        const deferred = [];
        const out = specs.map((spec) => {
          if (spec.call && spec.call !== "build")
            return spec;
          const pushes = spec.outputs.filter(isTaggedPush);
          if (!pushes.length)
            return spec;
          if (pushes.length > 1) {
            throw new PublishError(`publish all-or-nothing: target "${spec.name}" pushes through ${pushes.length} image outputs; only one can be held back and tagged (give it one)`);
          }
          const push = pushes[0];
          const names = (spec.tags.length ? spec.tags : (push.name ?? "").split(",")).map((n) => n.trim()).filter(Boolean);
          if (!names.length)
            return spec;
          let repositories;
          try {
            repositories = repoOnly(names);
          } catch (err) {
            throw new PublishError(`publish all-or-nothing: target "${spec.name}": ${err.message}`, {
              cause: err
            });
          }
          deferred.push({
            target: spec.name,
            names,
            repositories,
            insecure: (0, _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__.MY)(push["registry.insecure"]) === true
          });
          const outputs = spec.outputs.map((o) => {
            if (o === push)
              return { ...o, type: "image", push: "true", "push-by-digest": "true", name: repositories.join(",") };
            return spec.tags.length && NAMED_OUTPUTS.has(o.type) ? { ...o, name: spec.tags.join(",") } : o;
          });
          return { ...spec, outputs, tags: [] };
        });
        return { specs: out, deferred };
      }
      async function publishDeferred(deferred, result, opts) {
        const emit = opts.onEvent ?? (() => {
        });
        const metadata = Object.fromEntries(Object.entries(result.metadata).map(([k, v]) => [k, { ...v }]));
        const targets = result.targets.map((t) => ({ ...t }));
        const report = { policy: "all-or-nothing", published: false, blockedBy: [], tagged: [], untagged: [] };
        const digestOf = (target) => {
          const d = metadata[target]?.["containerimage.digest"];
          return typeof d === "string" ? d : void 0;
        };
        const notBuilt = targets.filter((t) => t.status !== "done");
        if (notBuilt.length) {
          const failed = notBuilt.filter((t) => t.status === "failed");
          report.blockedBy = (failed.length ? failed : notBuilt).map((t) => t.target);
          report.blockedHow = failed.length ? "failed" : "cancelled";
          for (const d of deferred) {
            const digest = digestOf(d.target);
            if (metadata[d.target])
              delete metadata[d.target]["image.name"];
            if (digest)
              for (const repo of d.repositories)
                report.untagged.push({ target: d.target, reference: `${repo}@${digest}` });
          }
          return { ...result, metadata, targets, publish: report };
        }
        for (const d of deferred) {
          try {
            const digest = digestOf(d.target);
            if (!digest)
              throw new PublishError(`the build returned no image digest to tag`);
            const insecureHosts = d.insecure ? [...new Set(d.names.map((n) => (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__.F2)(n).domain))] : [];
            const client = opts.client?.(insecureHosts) ?? new _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__.bP({ insecureHosts, signal: opts.signal, ...(0, _merge_js__WEBPACK_IMPORTED_MODULE_3__.kv)(opts.env) });
            const manifests = /* @__PURE__ */ new Map();
            for (const name of d.names) {
              const ref = (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__.F2)(name);
              if (!ref.tag && ref.digest) {
                if (ref.digest !== digest)
                  throw new PublishError(`${name} asks for digest ${ref.digest}, but the build pushed ${digest}`);
                continue;
              }
              const repo = { domain: ref.domain, path: ref.path };
              const key = `${repo.domain}/${repo.path}`;
              let manifest = manifests.get(key);
              if (!manifest) {
                manifest = await client.getManifest(repo, digest);
                manifests.set(key, manifest);
              }
              const tag = ref.tag ?? "latest";
              await client.putManifest(repo, tag, manifest.bytes, manifest.mediaType);
              report.tagged.push({ target: d.target, name, digest });
              emit({ type: "info", target: d.target, message: `tagged ${key}:${tag} \u2192 ${digest}` });
            }
            if (metadata[d.target])
              metadata[d.target]["image.name"] = d.names.join(",");
          } catch (err) {
            const cause = err instanceof PublishError ? err : new PublishError(`tagging ${d.names.join(", ")} failed: ${err.message}`, { cause: err });
            const outcome = targets.find((t) => t.target === d.target);
            if (outcome)
              Object.assign(outcome, { status: "failed", error: new _run_target_errors_js__WEBPACK_IMPORTED_MODULE_2__.v5(d.target, cause) });
            if (metadata[d.target])
              delete metadata[d.target]["image.name"];
            report.failedTarget = d.target;
            for (const rest of deferred.slice(deferred.indexOf(d) + 1))
              if (metadata[rest.target])
                delete metadata[rest.target]["image.name"];
            return { ...result, ok: false, metadata, targets, publish: report };
          }
        }
        report.published = true;
        return { ...result, metadata, targets, publish: report };
      }
    })
  ),
  /***/
  5389: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        NodeError: () => (
          /* binding */
          NodeError
        ),
        /* harmony export */
        builderNodes: () => (
          /* binding */
          builderNodes
        ),
        /* harmony export */
        parseNodeSpec: () => (
          /* binding */
          parseNodeSpec
        )
        /* harmony export */
      });
      var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57);
      class NodeError extends Error {
        name = "NodeError";
      }
      function parseNodeSpec(spec, index, tls, env) {
        const parts = spec.trim().split(/\s+/).filter(Boolean);
        if (!parts.length)
          throw new NodeError(`node ${index + 1} is empty`);
        if (parts.length > 2)
          throw new NodeError(`node "${spec}": expected ENDPOINT [PLATFORM,PLATFORM\u2026]`);
        const platforms = (parts[1] ?? "").split(",").map((p) => p.trim()).filter(Boolean);
        for (const p of platforms) {
          if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/i.test(p))
            throw new NodeError(`node "${spec}": "${p}" is not a platform (os/arch[/variant])`);
        }
        return { name: `node${index}`, endpoint: (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.parseEndpoint)(parts[0], tls, { env }), platforms };
      }
      function builderNodes(opts) {
        const extra = (opts.nodes ?? []).map((n) => n.trim()).filter(Boolean);
        const isName = (s) => /^[a-zA-Z][a-zA-Z0-9._-]*$/.test(s);
        const storeNodes = (name) => (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.resolveBuilderNodes)(name, opts.env).map((n) => ({ name: n.name, endpoint: n.endpoint, platforms: n.platforms }));
        let base;
        let builderName;
        if (opts.builder) {
          builderName = isName(opts.builder) ? opts.builder : void 0;
          base = builderName ? storeNodes(builderName) : [{ name: "node0", endpoint: (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.parseEndpoint)(opts.builder, opts.tls, { env: opts.env }), platforms: [] }];
        } else {
          const current = (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.currentBuilderName)(opts.env);
          try {
            base = current ? storeNodes(current) : [];
            builderName = current;
          } catch {
            if (!extra.length)
              return void 0;
            base = [];
          }
          if (!base.length) {
            if (!extra.length)
              return void 0;
            base = [{ name: "default", endpoint: (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.defaultEndpoint)(opts.env), platforms: [] }];
            builderName = "default";
          }
        }
        const all = [...base, ...extra.map((spec, i) => parseNodeSpec(spec, base.length + i, opts.tls, opts.env))];
        if (all.length < 2)
          return void 0;
        const names = /* @__PURE__ */ new Set();
        for (const n of all) {
          while (names.has(n.name))
            n.name = `${n.name}-${names.size}`;
          names.add(n.name);
        }
        return { nodes: all, builderName };
      }
    })
  ),
  /***/
  8036: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        runOnBuilderNodes: () => (
          /* binding */
          runOnBuilderNodes
        )
        /* harmony export */
      });
      var _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5552);
      var _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4548);
      var _buildkit_transport_connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4263);
      var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57);
      var _images_merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6450);
      var _images_platform_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2843);
      var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9960);
      var _images_publish_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(749);
      var _run_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6315);
      var _run_target_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5902);
      var _images_features_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4699);
      var _node_spec_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5389);
      function platformKey(p) {
        return (0, _images_platform_js__WEBPACK_IMPORTED_MODULE_11__.B)((0, _images_platform_js__WEBPACK_IMPORTED_MODULE_11__.F)((0, _images_merge_js__WEBPACK_IMPORTED_MODULE_4__.FL)(p)));
      }
      function assignPlatforms(platforms, nodes) {
        const out = /* @__PURE__ */ new Map();
        if (!nodes.length)
          throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_10__.NodeError("no nodes to build on");
        if (!platforms.length) {
          out.set(0, []);
          return out;
        }
        const configured = nodes.map((n) => new Set(n.platforms.map(platformKey)));
        const supported = nodes.map((n, i) => /* @__PURE__ */ new Set([...n.supported.map(platformKey), ...configured[i]]));
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
      function splitOutputs(spec) {
        const outputs = [];
        let split;
        for (const o of spec.outputs) {
          if (o.type === "cacheonly") {
            outputs.push(o);
            continue;
          }
          const isPush = o.type === "image" && o.push === "true" || o.type === "registry";
          if (!isPush) {
            throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_10__.NodeError(`target "${spec.name}": its platforms are built on several nodes, which can only be merged for pushed images (type=image,push=true / type=registry); output type=${o.type} is not supported there (build it on one node)`);
          }
          if (split)
            throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_10__.NodeError(`target "${spec.name}": several pushed image outputs cannot be merged across nodes`);
          const names = (o.name ? o.name.split(",") : spec.tags).map((n) => n.trim()).filter(Boolean);
          if (!names.length)
            throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_10__.NodeError(`target "${spec.name}": pushes but has no name: set tags or name=`);
          const attrs = {};
          for (const [k, v] of Object.entries(o))
            if (k !== "type")
              attrs[k] = v;
          split = {
            names,
            insecure: o["registry.insecure"] === "true",
            annotationAttrs: { ...(0, _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_5__.Q9)(spec.annotations), ...attrs }
          };
          outputs.push({ ...o, type: "image", push: "true", name: (0, _images_publish_js__WEBPACK_IMPORTED_MODULE_6__.repoOnly)(names).join(","), "push-by-digest": "true" });
        }
        return { outputs, split };
      }
      function producersOf(name, byName, seen = /* @__PURE__ */ new Set()) {
        const spec = byName.get(name);
        for (const v of Object.values(spec?.contexts ?? {})) {
          if (!v.startsWith("target:"))
            continue;
          const p = v.slice("target:".length);
          if (seen.has(p))
            continue;
          seen.add(p);
          producersOf(p, byName, seen);
        }
        return seen;
      }
      async function connectNodes(nodes, signal) {
        const settled = await Promise.allSettled(nodes.map((n) => (0, _buildkit_transport_connect_js__WEBPACK_IMPORTED_MODULE_2__.connect)(n.endpoint, { signal })));
        const failed = settled.find((s) => s.status === "rejected");
        if (failed) {
          await Promise.all(settled.map((s) => s.status === "fulfilled" ? s.value.close() : Promise.resolve()));
          throw failed.reason;
        }
        return settled.map((s) => s.value);
      }
      async function runOnNodes(specs, opts) {
        const { nodes, connections } = opts;
        const emit = opts.onEvent ?? (() => {
        });
        const supported = await Promise.all(connections.map((c) => new _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__.Us(c).listWorkers(opts.signal).then(_images_features_js__WEBPACK_IMPORTED_MODULE_9__.$v).catch(() => [])));
        const byName = new Map(specs.map((s) => [s.name, s]));
        const perNode = nodes.map(() => []);
        const splits = /* @__PURE__ */ new Map();
        const placements = /* @__PURE__ */ new Map();
        for (const spec of specs) {
          const assignment = assignPlatforms(spec.platforms, nodes.map((n, i) => ({ platforms: n.platforms, supported: supported[i] })));
          placements.set(spec.name, [...assignment.keys()]);
          if (assignment.size === 1) {
            const [i, platforms] = [...assignment][0];
            perNode[i].push({ ...spec, platforms: platforms.length ? platforms : spec.platforms });
            continue;
          }
          const { outputs, split } = opts.warm ? { outputs: [], split: void 0 } : splitOutputs(spec);
          if (split)
            splits.set(spec.name, split);
          for (const [i, platforms] of assignment)
            perNode[i].push({ ...spec, platforms, outputs, tags: split ? [] : spec.tags });
        }
        const helpers = nodes.map(() => /* @__PURE__ */ new Set());
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
              type: "info",
              target: spec.name,
              message: `building ${spec.platforms.join(",")} on node ${nodes[i].name} (${(0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeEndpoint)(nodes[i].endpoint)})`
            });
          }
        }
        const abort = new AbortController();
        const onOuterAbort = () => abort.abort(opts.signal?.reason ?? new Error("cancelled"));
        if (opts.signal?.aborted)
          onOuterAbort();
        opts.signal?.addEventListener("abort", onOuterAbort, { once: true });
        const builder = opts.builderName ?? "bakekit-nodes";
        let results;
        try {
          results = await Promise.all(nodes.map((node, i) => {
            if (!perNode[i].length)
              return Promise.resolve(void 0);
            return (0, _run_run_js__WEBPACK_IMPORTED_MODULE_7__.runBuild)(perNode[i], {
              ...opts,
              connection: connections[i],
              builderName: builder,
              nodeName: node.name,
              signal: abort.signal,
              onEvent: (ev) => {
                if (ev.type === "target-failed" && (opts.execution ?? "fail-fast") === "fail-fast")
                  abort.abort(ev.error);
                if ((ev.type === "target-done" || ev.type === "target-start") && helpers[i].has(ev.target))
                  return;
                if (ev.type === "target-done" && splits.has(ev.target))
                  return;
                emit(ev);
              }
            });
          }));
        } finally {
          opts.signal?.removeEventListener("abort", onOuterAbort);
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
          const helperFailure = results.map((r, i) => helpers[i].has(spec.name) ? r?.targets.find((t) => t.target === spec.name && t.status === "failed") : void 0).find(Boolean);
          const failed = parts.find((p) => p.outcome.status === "failed") ?? (helperFailure ? { outcome: helperFailure } : void 0);
          const cancelled = parts.find((p) => p.outcome.status === "cancelled");
          const merged = {
            target: spec.name,
            status: failed ? "failed" : cancelled ? "cancelled" : "done",
            ref: parts[0]?.outcome.ref ?? "",
            durationMs: Math.max(0, ...parts.map((p) => p.outcome.durationMs)),
            exporterResponse: parts.length === 1 ? parts[0].outcome.exporterResponse : {},
            // a call (check, outline, targets) runs once per target, on the node that has its platform
            call: parts.length === 1 ? parts[0].outcome.call : void 0,
            error: failed?.outcome.error,
            transferred: sumTransfers(parts.map((p) => p.outcome.transferred))
          };
          if (merged.status === "cancelled" && cancelled) {
            const { reason, cancelledBy } = cancelled.outcome;
            Object.assign(merged, { reason, cancelledBy, skipped: parts.every((p) => p.outcome.skipped === true) });
          }
          if (merged.status === "done") {
            if (parts.length === 1) {
              if (parts[0].md)
                metadata[spec.name] = parts[0].md;
            } else {
              const split = splits.get(spec.name);
              const first = Object.fromEntries(Object.entries(parts[0].md ?? {}).filter(([k]) => k === "buildx.build.ref" || k.startsWith("buildx.build.provenance")));
              if (split) {
                try {
                  const result = await mergeParts(spec.name, parts, split, opts, emit);
                  metadata[spec.name] = { ...result, ...first };
                  merged.exporterResponse = Object.fromEntries(Object.entries(result).map(([k, v]) => [
                    k,
                    typeof v === "string" ? v : Buffer.from(JSON.stringify(v)).toString("base64")
                  ]));
                  emit({
                    type: "target-done",
                    target: spec.name,
                    durationMs: merged.durationMs,
                    exporterResponse: merged.exporterResponse
                  });
                } catch (err) {
                  merged.status = "failed";
                  merged.error = new _run_target_errors_js__WEBPACK_IMPORTED_MODULE_8__.v5(spec.name, err);
                  emit({ type: "target-failed", target: spec.name, durationMs: merged.durationMs, error: merged.error });
                }
              } else if (Object.keys(first).length) {
                metadata[spec.name] = first;
              }
            }
          }
          outcomes.push(merged);
        }
        return {
          ok: outcomes.every((o) => o.status === "done"),
          targets: outcomes,
          dirs: results.flatMap((r) => r?.dirs ?? []),
          metadata
        };
      }
      function sumTransfers(list) {
        const out = {};
        for (const t of list) {
          for (const [k, v] of Object.entries(t)) {
            const o = out[k] ??= { requests: 0, filesSent: 0, bytesSent: 0 };
            o.requests += v.requests;
            o.filesSent += v.filesSent;
            o.bytesSent += v.bytesSent;
          }
        }
        return out;
      }
      async function mergeParts(target, parts, split, opts, emit) {
        const repo = (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__.F2)((0, _images_publish_js__WEBPACK_IMPORTED_MODULE_6__.repoOnly)(split.names)[0]);
        const sources = parts.map((p) => {
          const digest = p.md?.["containerimage.digest"];
          if (typeof digest !== "string")
            throw new _node_spec_js__WEBPACK_IMPORTED_MODULE_10__.NodeError(`node ${opts.nodes[p.node].name} (${(0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeEndpoint)(opts.nodes[p.node].endpoint)}) returned no image digest for target "${target}"`);
          const desc = p.md?.["containerimage.descriptor"];
          return {
            ref: { domain: repo.domain, path: repo.path, digest },
            descriptor: desc && typeof desc === "object" ? desc : void 0
          };
        });
        const insecureHosts = split.insecure ? split.names.map((n) => (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__.F2)(n).domain) : [];
        const client = new _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__.bP({ insecureHosts, signal: opts.signal, ...(0, _images_merge_js__WEBPACK_IMPORTED_MODULE_4__.kv)(opts.env) });
        emit({
          type: "info",
          target,
          message: `merging manifest list ${split.names.join(",")} from ${sources.map((s) => (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_1__.FH)(s.ref)).join(", ")}`
        });
        const result = await (0, _images_merge_js__WEBPACK_IMPORTED_MODULE_4__.nV)(client, sources, split.names, (0, _images_merge_js__WEBPACK_IMPORTED_MODULE_4__.T0)(split.annotationAttrs));
        return result.metadata;
      }
      async function runOnBuilderNodes(specs, nodes, opts) {
        const connections = await connectNodes(nodes, opts.signal);
        try {
          return await runOnNodes(specs, { ...opts, nodes, connections });
        } finally {
          await Promise.all(connections.map((c) => c.close().catch(() => {
          })));
        }
      }
    })
  )
};
