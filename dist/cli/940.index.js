"use strict"; exports.id = 940;
exports.ids = [940, 476, 705];
exports.modules = {
  /***/
  6705: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        listDefinition: () => (
          /* binding */
          listDefinition
        ),
        renderPrint: () => (
          /* reexport */
          print.u6
        ),
        ss: () => (
          /* binding */
          resolveBakeAsync
        ),
        bD: () => (
          /* binding */
          targetDependencies
        )
      });
      var errors = __webpack_require__(7554);
      var print = __webpack_require__(3426);
      var resolve = __webpack_require__(5767);
      var steps = __webpack_require__(5118);
      var hcl_value = __webpack_require__(6676);
      var tabwriter = __webpack_require__(8613);
      ;
      const LIST_TABLE = { minwidth: 1, tabwidth: 8, padding: 1, padchar: "	" };
      function goJsonIndent(v) {
        return goEscape(JSON.stringify(v, null, 2)) + "\n";
      }
      function goEscape(json) {
        return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
      }
      function listTargets(config, format) {
        const all = [
          ...config.targets.map((t) => ({
            name: t.name,
            description: t.description ?? "",
            targets: void 0
          })),
          ...config.groups.map((g) => ({ name: g.name, description: g.description ?? "", targets: g.targets }))
        ].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        const entries = [];
        for (const e of all) {
          if (e.name.startsWith("_"))
            continue;
          let description = e.description;
          if (e.targets && e.targets.length > 0) {
            const names = [...e.targets].sort().join(", ");
            description = description ? `${description} (${names})` : names;
          }
          entries.push({ name: e.name, ...description ? { description } : {}, ...e.targets ? { group: true } : {} });
        }
        if (format === "json")
          return goJsonIndent(entries);
        return (0, tabwriter.B)([["TARGET", "DESCRIPTION"], ...entries.map((e) => [e.name, e.description ?? ""])], LIST_TABLE);
      }
      function listVariables(vars, format) {
        const rows = [...vars].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((v) => ({
          name: v.name,
          description: v.description || void 0,
          type: v.type ? constraintName(v.type) : void 0,
          value: variableText(v)
        }));
        if (format === "json")
          return goJsonIndent(rows.map((r) => ({ name: r.name, description: r.description, type: r.type, value: r.value })));
        return (0, tabwriter.B)([
          ["VARIABLE", "TYPE", "VALUE", "DESCRIPTION"],
          ...rows.map((r) => [r.name, r.type ?? "", r.value ?? "<null>", r.description ?? ""])
        ], LIST_TABLE);
      }
      function constraintName(t) {
        switch (t.kind) {
          case "any":
            return "any type";
          case "list":
          case "set":
          case "map":
            return t.elem.kind === "any" ? `${t.kind} of any single type` : `${t.kind} of ${constraintName(t.elem)}`;
          default:
            return t.kind;
        }
      }
      function variableText(v) {
        const value = (0, hcl_value.O9)(v.value);
        if (value === null)
          return void 0;
        if (v.type) {
          const json = goEscape(JSON.stringify(ctyJson(value, v.type)));
          return v.type.kind === "string" ? json.replace(/^"+|"+$/g, "") : json;
        }
        if (typeof value === "string")
          return value;
        if (typeof value === "number" || typeof value === "boolean")
          return String(value);
        return goEscape(JSON.stringify(ctyJson(value, { kind: "any" }, false)));
      }
      function ctyJson(value, type, wrapDynamic = true) {
        value = (0, hcl_value.O9)(value);
        if (type.kind === "any" && wrapDynamic)
          return { value: ctyJson(value, { kind: "any" }, false), type: ctyTypeJson(value) };
        if (value === null || typeof value !== "object")
          return value;
        if (Array.isArray(value)) {
          return value.map((x, i) => ctyJson(x, elemType(type, i), wrapDynamic || type.kind !== "any"));
        }
        if ((0, hcl_value.Gv)(value)) {
          const out = {};
          for (const [k, x] of [...value].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
            out[k] = ctyJson(x, type.kind === "map" ? type.elem : type.kind === "object" ? type.attrs.get(k) ?? { kind: "any" } : { kind: "any" }, type.kind !== "any");
          }
          return out;
        }
        return value;
      }
      function elemType(t, i) {
        if (t.kind === "list" || t.kind === "set")
          return t.elem;
        if (t.kind === "tuple")
          return t.elems[i] ?? { kind: "any" };
        return { kind: "any" };
      }
      function ctyTypeJson(value) {
        value = (0, hcl_value.O9)(value);
        if (typeof value === "string")
          return "string";
        if (typeof value === "number")
          return "number";
        if (typeof value === "boolean")
          return "bool";
        if (value === null)
          return "dynamic";
        if (Array.isArray(value))
          return ["tuple", value.map(ctyTypeJson)];
        if ((0, hcl_value.Gv)(value))
          return [
            "object",
            Object.fromEntries([...value].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, x]) => [k, ctyTypeJson(x)]))
          ];
        return "dynamic";
      }
      ;
      function resolveBake(inputs, files) {
        const { targets, groups } = resolveTargets(inputs, files);
        return toBakeDefinition(targets, groups);
      }
      async function resolveBakeAsync(inputs, given) {
        const files = given ?? (0, resolve.readFiles)(inputs);
        const yaml = inputs.yaml ?? (files.some((f) => (0, resolve.mayBeCompose)(f.name)) ? await __webpack_require__.e(
          /* import() */
          815
        ).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)) : void 0);
        const { targets, groups } = await (0, steps.pt)((0, resolve.resolveTargetsSteps)({ ...inputs, yaml }, files), inputs.signal);
        return (0, print.Ok)(targets, groups);
      }
      async function listDefinition(inputs, request, given) {
        const files = given ?? (0, resolve.readFiles)(inputs);
        const yaml = inputs.yaml ?? (files.some((f) => (0, resolve.mayBeCompose)(f.name)) ? await __webpack_require__.e(
          /* import() */
          815
        ).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)) : void 0);
        const meta = { variables: [] };
        const config = (0, resolve.loadConfig)(files, { ...inputs, yaml }, meta);
        return request.type === "targets" ? listTargets(config, request.format) : listVariables(meta.variables, request.format);
      }
      function targetDependencies(def) {
        const deps = /* @__PURE__ */ new Map();
        for (const name of Object.keys(def.target).sort()) {
          const t = def.target[name];
          const list = [];
          for (const key of Object.keys(t.contexts ?? {}).sort()) {
            const v = t.contexts[key];
            if (v.startsWith("target:")) {
              const dep = v.slice("target:".length);
              if (!list.includes(dep))
                list.push(dep);
            }
          }
          deps.set(name, list);
        }
        const state = /* @__PURE__ */ new Map();
        const path = [];
        const visit = (n) => {
          const s = state.get(n);
          if (s === "done")
            return;
          if (s === "visiting") {
            const cycle = [...path.slice(path.indexOf(n)), n];
            throw new errors.o(`target dependency cycle: ${cycle.join(" -> ")}`);
          }
          state.set(n, "visiting");
          path.push(n);
          for (const d of deps.get(n) ?? []) {
            if (!deps.has(d))
              throw new errors.o(`failed to find target ${d} (used as a context by ${n})`);
            visit(d);
          }
          path.pop();
          state.set(n, "done");
        };
        for (const n of deps.keys())
          visit(n);
        return deps;
      }
    })
  ),
  /***/
  3426: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Ok: () => (
          /* binding */
          toBakeDefinition2
        ),
        /* harmony export */
        u6: () => (
          /* binding */
          renderPrint
        )
        /* harmony export */
      });
      var _entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5865);
      var _target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2916);
      const FIELD_ORDER = _target_js__WEBPACK_IMPORTED_MODULE_1__.kR.filter((a) => a !== "inherits");
      function compareBytes(a, b) {
        return a < b ? -1 : a > b ? 1 : 0;
      }
      function sortedRecord(m) {
        if (!m)
          return void 0;
        const entries = [...m].filter((e) => e[1] !== null).sort((a, b) => compareBytes(a[0], b[0]));
        return entries.length ? Object.fromEntries(entries) : void 0;
      }
      function nonEmpty(l) {
        return l && l.length ? l.map((x) => typeof x === "object" && x !== null ? { ...x } : x) : void 0;
      }
      function toBakeTarget(t) {
        const out = {};
        const set = (k, v) => {
          if (v !== void 0)
            out[k] = v;
        };
        if (t.description)
          out.description = t.description;
        set("annotations", nonEmpty(t.annotations));
        set("attest", nonEmpty(t.attest));
        set("context", t.context);
        set("contexts", sortedRecord(t.contexts));
        set("dockerfile", t.dockerfile);
        set("dockerfile-inline", t.dockerfileInline);
        set("args", sortedRecord(t.args));
        set("labels", sortedRecord(t.labels));
        set("tags", nonEmpty(t.tags));
        set("cache-from", nonEmpty(t.cacheFrom));
        set("cache-to", nonEmpty(t.cacheTo));
        set("target", t.target);
        set("secret", nonEmpty(t.secret));
        set("ssh", nonEmpty(t.ssh)?.map((s) => s.paths ? { ...s, paths: [...s.paths] } : s));
        set("platforms", nonEmpty(t.platforms));
        set("output", nonEmpty(t.output));
        set("pull", t.pull);
        set("no-cache", t.noCache);
        set("network", t.network);
        set("no-cache-filter", nonEmpty(t.noCacheFilter));
        set("shm-size", t.shmSize);
        set("ulimits", nonEmpty(t.ulimits));
        set("resources", t.resources && { ...t.resources });
        set("call", t.call);
        set("entitlements", nonEmpty(t.entitlements));
        set("extra-hosts", sortedRecord(t.extraHosts));
        set("policy", t.policy?.length ? t.policy.map(_entries_js__WEBPACK_IMPORTED_MODULE_0__.uS) : void 0);
        return out;
      }
      function toBakeDefinition2(targets, groups) {
        const def = { group: {}, target: {} };
        for (const name of [...groups.keys()].sort(compareBytes)) {
          const g = groups.get(name);
          def.group[name] = g.description ? { description: g.description, targets: [...g.targets] } : { targets: [...g.targets] };
        }
        for (const name of [...targets.keys()].sort(compareBytes)) {
          const t = targets.get(name);
          def.target[name] = toBakeTarget(t);
          if (t.definitionCopies)
            (def.definitionCopies ??= {})[name] = t.definitionCopies;
        }
        return def;
      }
      class Ordered {
        entries;
        constructor(entries) {
          this.entries = entries;
        }
      }
      function sortedObject(o, value = leaf) {
        return new Ordered(Object.keys(o).sort(compareBytes).filter((k) => o[k] !== void 0).map((k) => [k, value(o[k])]));
      }
      function leaf(v) {
        if (Array.isArray(v))
          return v.map(leaf);
        if (v !== null && typeof v === "object")
          return sortedObject(v);
        return v;
      }
      const HTML_UNSAFE = /[<>&\u2028\u2029]/;
      function goString(s) {
        if (!HTML_UNSAFE.test(s))
          return JSON.stringify(s);
        return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
      }
      function write(v, indent) {
        if (v === null)
          return "null";
        if (typeof v === "string")
          return goString(v);
        if (typeof v === "number" || typeof v === "boolean")
          return String(v);
        const inner = indent + "  ";
        if (Array.isArray(v)) {
          if (v.length === 0)
            return "[]";
          return "[\n" + v.map((x) => inner + write(x, inner)).join(",\n") + "\n" + indent + "]";
        }
        if (v.entries.length === 0)
          return "{}";
        return "{\n" + v.entries.map(([k, x]) => `${inner}${goString(k)}: ${write(x, inner)}`).join(",\n") + "\n" + indent + "}";
      }
      function escapeTemplate(s) {
        return s.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
      }
      function targetJson(t) {
        const entries = [];
        for (const k of FIELD_ORDER) {
          const v = t[k];
          if (v === void 0)
            continue;
          switch (k) {
            case "annotations":
              entries.push([k, v.map(escapeTemplate)]);
              break;
            case "dockerfile-inline":
              entries.push([k, escapeTemplate(v)]);
              break;
            case "args":
            case "labels":
            case "extra-hosts":
              entries.push([k, sortedObject(v, (x) => escapeTemplate(x))]);
              break;
            case "secret":
              entries.push([
                k,
                v.map((s) => new Ordered(["id", "src", "env"].filter((f) => s[f]).map((f) => [f, s[f]])))
              ]);
              break;
            case "ssh":
              entries.push([
                k,
                v.map((s) => {
                  const e = [];
                  if (s.id)
                    e.push(["id", s.id]);
                  if (s.paths && s.paths.length)
                    e.push(["paths", [...s.paths]]);
                  return new Ordered(e);
                })
              ]);
              break;
            case "resources": {
              const r = v;
              entries.push([
                k,
                new Ordered(_entries_js__WEBPACK_IMPORTED_MODULE_0__.kc.filter((f) => r[f] !== void 0).map((f) => [f, r[f]]))
              ]);
              break;
            }
            case "policy":
              entries.push([
                k,
                v.map((p) => new Ordered([
                  [
                    "Files",
                    p.Files ? p.Files.map((f) => new Ordered([
                      ["Filename", f.Filename],
                      ["Data", null]
                    ])) : null
                  ],
                  ["Reset", p.Reset],
                  ["Disabled", p.Disabled],
                  ["Strict", p.Strict],
                  ["LogLevel", p.LogLevel]
                ]))
              ]);
              break;
            default:
              entries.push([k, leaf(v)]);
          }
        }
        return new Ordered(entries);
      }
      function renderPrint(def) {
        const top = [];
        const groupNames = Object.keys(def.group ?? {}).sort(compareBytes);
        if (groupNames.length > 0) {
          top.push([
            "group",
            new Ordered(groupNames.map((name) => {
              const g = def.group[name];
              const e = [];
              if (g.description)
                e.push(["description", g.description]);
              e.push(["targets", g.targets ? [...g.targets] : null]);
              return [name, new Ordered(e)];
            }))
          ]);
        }
        top.push([
          "target",
          new Ordered(Object.keys(def.target).sort(compareBytes).map((name) => [name, targetJson(def.target[name])]))
        ]);
        return write(new Ordered(top), "") + "\n";
      }
    })
  ),
  /***/
  8613: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        B: () => (
          /* binding */
          tabwrite
        )
        /* harmony export */
      });
      function textWidth(s) {
        let n = 0;
        for (let i = 0; i < s.length; i++)
          if ((s.charCodeAt(i) & 64512) !== 56320)
            n++;
        return n;
      }
      function tabwrite(rows, opts) {
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
        return rows.map((row, i) => row.map((cell, c) => c < row.length - 1 ? cell + pad(textWidth(cell), widths[i][c], opts) : cell).join("") + "\n").join("");
      }
      function pad(textw, cellw, opts) {
        if (opts.padchar === "	") {
          if (opts.tabwidth === 0)
            return "";
          const stop = Math.ceil(cellw / opts.tabwidth) * opts.tabwidth;
          return "	".repeat(Math.ceil((stop - textw) / opts.tabwidth));
        }
        return " ".repeat(Math.max(0, cellw - textw));
      }
    })
  ),
  /***/
  3417: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        J: () => (
          /* binding */
          formatWarningsSummary
        ),
        /* harmony export */
        g: () => (
          /* binding */
          dedupWarnings
        )
        /* harmony export */
      });
      function formatWarningsSummary(warnings, options = {}) {
        const distinct = dedupWarnings(warnings);
        if (distinct.length === 0)
          return [];
        const text = (b) => Buffer.from(b ?? new Uint8Array()).toString("utf8");
        const lines = ["", ` ${distinct.length === 1 ? "1 warning found" : `${distinct.length} warnings found`}:`];
        for (const w of distinct) {
          lines.push(` - ${text(w.short)}`);
          if (!options.verbose)
            continue;
          for (const d of w.detail ?? [])
            lines.push(text(d));
          if (w.url)
            lines.push(`More info: ${w.url}`);
          if (options.source)
            lines.push(...options.source(w));
          lines.push("");
        }
        return lines;
      }
      function dedupWarnings(warnings) {
        const seen = /* @__PURE__ */ new Set();
        const out = [];
        for (const w of warnings) {
          const b64 = (b) => b ? Buffer.from(b).toString("base64") : "";
          const key = JSON.stringify([
            String(w.level ?? ""),
            b64(w.short),
            (w.detail ?? []).map(b64),
            w.url ?? "",
            w.info?.filename ?? "",
            b64(w.info?.data),
            w.info?.language ?? "",
            (w.ranges ?? []).map((r) => [
              r.start?.line ?? 0,
              r.start?.character ?? 0,
              r.end?.line ?? 0,
              r.end?.character ?? 0
            ])
          ]);
          if (seen.has(key))
            continue;
          seen.add(key);
          out.push(w);
        }
        return out;
      }
    })
  ),
  /***/
  2843: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        B: () => (
          /* binding */
          formatPlatform
        ),
        /* harmony export */
        F: () => (
          /* binding */
          normalizePlatform
        )
        /* harmony export */
      });
      function formatPlatform(p) {
        return [p.os, p.architecture, p.variant].filter(Boolean).join("/");
      }
      function normalizePlatform(p) {
        const out = { ...p, os: (p.os || "").toLowerCase(), architecture: (p.architecture || "").toLowerCase() };
        const arch = out.architecture;
        if (arch === "x86_64" || arch === "x86-64")
          out.architecture = "amd64";
        else if (arch === "aarch64")
          out.architecture = "arm64";
        else if (arch === "i386")
          out.architecture = "386";
        else if (arch === "armhf")
          Object.assign(out, { architecture: "arm", variant: "v7" });
        else if (arch === "armel")
          Object.assign(out, { architecture: "arm", variant: "v6" });
        if (out.architecture === "arm64" && (out.variant === "v8" || out.variant === "8"))
          delete out.variant;
        if (out.architecture === "amd64" && out.variant === "v1")
          delete out.variant;
        if (out.architecture === "arm" && !out.variant)
          out.variant = "v7";
        if (!out.variant)
          delete out.variant;
        return out;
      }
    })
  ),
  /***/
  6940: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        bindSecrets: () => (
          /* binding */
          bindSecrets
        ),
        /* harmony export */
        canonicalAttest: () => (
          /* binding */
          canonicalAttest
        ),
        /* harmony export */
        checkDefinitionEntitlements: () => (
          /* binding */
          checkDefinitionEntitlements
        ),
        /* harmony export */
        identifyLocalDirs: () => (
          /* binding */
          identifyLocalDirs
        ),
        /* harmony export */
        metadataFileContent: () => (
          /* binding */
          metadataFileContent
        ),
        /* harmony export */
        overridesFor: () => (
          /* binding */
          overridesFor
        ),
        /* harmony export */
        resolveDefinition: () => (
          /* binding */
          resolveDefinition
        ),
        /* harmony export */
        runBake: () => (
          /* binding */
          runBake
        ),
        /* harmony export */
        runTargetSpecs: () => (
          /* binding */
          runTargetSpecs
        ),
        /* harmony export */
        targetSpecs: () => (
          /* binding */
          targetSpecs
        ),
        /* harmony export */
        writeMetadataFile: () => (
          /* binding */
          writeMetadataFile
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var _bake_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6705);
      var _target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7719);
      var _target_context_kind_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6449);
      var _git_auth_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2476);
      var _target_entitlements_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9745);
      var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9960);
      var _call_call_func_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7073);
      var _metadata_provenance_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4370);
      var _metadata_warnings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3216);
      function overridesFor(opts) {
        const set = [...opts.set];
        if (opts.push)
          set.push("*.push=true");
        if (opts.load)
          set.push("*.load=true");
        const call = (0, _call_call_func_js__WEBPACK_IMPORTED_MODULE_9__.A)(opts.call);
        if (call)
          set.push(`*.call=${call}`);
        if (opts.noCache)
          set.push("*.no-cache=true");
        if (opts.pull)
          set.push("*.pull=true");
        if (opts.sbom)
          set.push(`*.attest=${canonicalAttest("sbom", opts.sbom)}`);
        if (opts.provenance)
          set.push(`*.attest=${canonicalAttest("provenance", opts.provenance)}`);
        return set;
      }
      function canonicalAttest(type, value) {
        const b = (0, _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_6__.MY)(value);
        if (b !== void 0)
          return `type=${type},disabled=${!b}`;
        return `type=${type},${value}`;
      }
      function resolveDefinition(opts) {
        return (0, _bake_index_js__WEBPACK_IMPORTED_MODULE_2__.ss)({
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
          cmdContext: opts.cmdContext
        }, opts.sourceFiles);
      }
      function targetSpecs(def, cwd) {
        return Object.entries(def.target).map(([name, t]) => (0, _target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_3__.pA)(name, t, cwd, def.definitionCopies?.[name]));
      }
      function checkDefinitionEntitlements(definition, opts) {
        let specs = targetSpecs(definition, opts.cwd);
        if (opts.warm)
          specs = specs.map((s) => ({ ...s, outputs: [] }));
        (0, _target_entitlements_js__WEBPACK_IMPORTED_MODULE_5__.w8)(specs, { allow: opts.allow ?? [], cwd: opts.cwd, set: overridesFor(opts) });
      }
      async function identifyLocalDirs(definition, opts) {
        checkDefinitionEntitlements(definition, opts);
        const [{ identifyDirectories }, { contextReuseEnabled }, { restoreMaglev }] = await Promise.all([
          __webpack_require__.e(
            /* import() */
            254
          ).then(__webpack_require__.bind(__webpack_require__, 1254)),
          __webpack_require__.e(
            /* import() */
            766
          ).then(__webpack_require__.bind(__webpack_require__, 1766)),
          Promise.resolve(
            /* import() */
          ).then(__webpack_require__.bind(__webpack_require__, 9979))
        ]);
        if (!contextReuseEnabled(opts.env))
          return /* @__PURE__ */ new Map();
        return identifyDirectories([...new Set(targetSpecs(definition, opts.cwd).flatMap(_target_context_kind_js__WEBPACK_IMPORTED_MODULE_4__.localDirCandidates))], {
          onLargeTree: restoreMaglev
        });
      }
      async function runBake(opts, definition, dirIdentities) {
        const warnings = [];
        if (warningsWanted(opts)) {
          const onEvent = opts.onEvent;
          opts = {
            ...opts,
            onEvent: (ev) => {
              if (ev.type === "status" && ev.message.warnings?.length)
                warnings.push(...ev.message.warnings);
              onEvent?.(ev);
            }
          };
        }
        const resolved = definition ?? await resolveDefinition(opts);
        if (dirIdentities)
          checkDefinitionEntitlements(resolved, opts);
        else
          dirIdentities = await identifyLocalDirs(resolved, opts);
        let specs = runTargetSpecs(resolved, opts);
        (0, _target_bake_adapter_js__WEBPACK_IMPORTED_MODULE_3__.eA)(specs, opts.env);
        const publishing = opts.publish === "all-or-nothing" && !opts.warm ? await Promise.all(
          /* import() */
          [__webpack_require__.e(365), __webpack_require__.e(791), __webpack_require__.e(902), __webpack_require__.e(450), __webpack_require__.e(789)]
        ).then(__webpack_require__.bind(__webpack_require__, 749)) : void 0;
        const held = publishing?.deferPushes(specs);
        if (held)
          specs = held.specs;
        const finish = async (result) => {
          const published = publishing && held ? await publishing.publishDeferred(held.deferred, result, {
            env: opts.env,
            signal: opts.signal,
            onEvent: opts.onEvent
          }) : result;
          const distinct = warnings.length ? (await Promise.resolve(
            /* import() */
          ).then(__webpack_require__.bind(__webpack_require__, 3216))).metadataWarnings(warnings) : [];
          const done = { ...published, ...distinct.length ? { metadataWarnings: distinct } : {} };
          writeMetadataFile(opts, metadataFileContent(done));
          return { ...done, definition: resolved };
        };
        const preflightEnd = new AbortController();
        const { startGhaPreflight } = await Promise.all(
          /* import() */
          [__webpack_require__.e(535), __webpack_require__.e(243), __webpack_require__.e(776)]
        ).then(__webpack_require__.bind(__webpack_require__, 8243));
        const ghaPreflight = startGhaPreflight(specs, {
          cache: opts.cache ?? "auto",
          env: opts.env,
          githubToken: opts.githubToken,
          signal: preflightEnd.signal
        });
        try {
          const [{ builderNodes }, { defaultEndpoint, parseEndpoint }] = await Promise.all([
            Promise.all(
              /* import() */
              [__webpack_require__.e(57), __webpack_require__.e(389)]
            ).then(__webpack_require__.bind(__webpack_require__, 5389)),
            __webpack_require__.e(
              /* import() */
              57
            ).then(__webpack_require__.bind(__webpack_require__, 57))
          ]);
          const multi = builderNodes({ builder: opts.builder, nodes: opts.nodes, tls: opts.tls, env: opts.env });
          if (multi) {
            const { runOnBuilderNodes } = await Promise.all(
              /* import() */
              [__webpack_require__.e(365), __webpack_require__.e(791), __webpack_require__.e(57), __webpack_require__.e(801), __webpack_require__.e(849), __webpack_require__.e(31), __webpack_require__.e(535), __webpack_require__.e(818), __webpack_require__.e(902), __webpack_require__.e(263), __webpack_require__.e(243), __webpack_require__.e(450), __webpack_require__.e(702), __webpack_require__.e(315), __webpack_require__.e(36)]
            ).then(__webpack_require__.bind(__webpack_require__, 8036));
            const { nodes, builderName } = multi;
            if (opts.cacheMounts && opts.cacheMounts.mode !== "off")
              opts.onEvent?.({
                type: "warning",
                message: "cache mounts are not persisted on builders with several nodes yet: nothing is restored or saved"
              });
            const result = await runOnBuilderNodes(specs, nodes, {
              ...policies(opts),
              cwd: opts.cwd,
              env: opts.env,
              signal: opts.signal,
              onEvent: opts.onEvent,
              builderName,
              cache: opts.cache ?? "auto",
              warm: opts.warm,
              githubToken: opts.githubToken,
              dirIdentities,
              ghaPreflight,
              metadataProvenance: provenanceMode(opts)
            });
            return finish(result);
          }
          const endpoint = opts.builder ? parseEndpoint(opts.builder, opts.tls, { env: opts.env }) : defaultEndpoint(opts.env);
          const [{ connect }, { runBuild }] = await Promise.all([
            Promise.all(
              /* import() */
              [__webpack_require__.e(365), __webpack_require__.e(791), __webpack_require__.e(57), __webpack_require__.e(801), __webpack_require__.e(263), __webpack_require__.e(52)]
            ).then(__webpack_require__.bind(__webpack_require__, 4263)),
            Promise.all(
              /* import() */
              [__webpack_require__.e(365), __webpack_require__.e(791), __webpack_require__.e(57), __webpack_require__.e(801), __webpack_require__.e(849), __webpack_require__.e(31), __webpack_require__.e(535), __webpack_require__.e(818), __webpack_require__.e(902), __webpack_require__.e(243), __webpack_require__.e(702), __webpack_require__.e(315), __webpack_require__.e(395)]
            ).then(__webpack_require__.bind(__webpack_require__, 6315))
          ]);
          const connection = await connect(endpoint, { signal: opts.signal });
          try {
            const mounts = opts.cacheMounts && opts.cacheMounts.mode !== "off" ? new (await Promise.all(
              /* import() */
              [__webpack_require__.e(365), __webpack_require__.e(791), __webpack_require__.e(801), __webpack_require__.e(849), __webpack_require__.e(31), __webpack_require__.e(818), __webpack_require__.e(177)]
            ).then(__webpack_require__.bind(__webpack_require__, 7307))).CacheMountsRun(specs, opts.cacheMounts, {
              connection,
              env: opts.env,
              signal: opts.signal,
              onEvent: opts.onEvent
            }) : void 0;
            await mounts?.restore();
            const built = await runBuild(specs, {
              ...policies(opts),
              connection,
              cwd: opts.cwd,
              env: opts.env,
              signal: opts.signal,
              onEvent: opts.onEvent,
              cache: opts.cache ?? "auto",
              warm: opts.warm,
              githubToken: opts.githubToken,
              dirIdentities,
              ghaPreflight,
              metadataProvenance: provenanceMode(opts)
            });
            const result = mounts ? { ...built, cacheMounts: await mounts.save(built.targets) } : built;
            return await finish(result);
          } finally {
            await connection.close();
          }
        } finally {
          preflightEnd.abort();
        }
      }
      function warningsWanted(opts) {
        if ((0, _call_call_func_js__WEBPACK_IMPORTED_MODULE_9__.A)(opts.call))
          return false;
        if (opts.metadataWarnings !== void 0)
          return opts.metadataWarnings;
        return !!opts.metadataFile && (0, _metadata_warnings_js__WEBPACK_IMPORTED_MODULE_8__.metadataWarningsEnabled)(opts.env.BUILDX_METADATA_WARNINGS);
      }
      function provenanceMode(opts) {
        if (opts.metadataProvenance)
          return opts.metadataProvenance;
        return opts.metadataFile ? (0, _metadata_provenance_js__WEBPACK_IMPORTED_MODULE_7__.ag)(opts.env.BUILDX_METADATA_PROVENANCE) : "disabled";
      }
      function policies(opts) {
        return {
          ...opts.execution ? { execution: opts.execution } : {},
          ...opts.maxParallelism ? { maxParallelism: opts.maxParallelism } : {}
        };
      }
      function metadataFileContent(result) {
        return result.metadataWarnings ? { ...result.metadata, "buildx.build.warnings": result.metadataWarnings } : result.metadata;
      }
      function writeMetadataFile(opts, metadata) {
        if (!opts.metadataFile)
          return;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(opts.cwd, opts.metadataFile);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file, JSON.stringify(metadata, null, 2) + "\n");
      }
      function runTargetSpecs(definition, opts) {
        const specs = bindSecrets(targetSpecs(definition, opts.cwd), opts.secrets ?? []);
        const url = opts.remoteDefinition;
        const auth = opts.gitAuthSecrets ?? [];
        if (!url || auth.length === 0)
          return specs;
        const isRemote = (c) => _target_context_kind_js__WEBPACK_IMPORTED_MODULE_4__.REMOTE_CONTEXT.test(c);
        return specs.map((s) => (0, _git_auth_js__WEBPACK_IMPORTED_MODULE_10__.sharesGitHost)(url, s.context, isRemote) ? bindSecrets([s], auth)[0] : s);
      }
      function bindSecrets(specs, secrets) {
        return specs.map((spec) => {
          const own = [...spec.secrets];
          for (const s of secrets) {
            const i = own.findIndex((o) => o.id === s.id);
            if (i < 0)
              own.push(s);
            else if (!own[i].src && !own[i].env && own[i].value === void 0)
              own[i] = s;
          }
          return { ...spec, secrets: own };
        });
      }
    })
  ),
  /***/
  2476: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        gitAuthSecretsFromEnv: () => (
          /* binding */
          gitAuthSecretsFromEnv
        ),
        /* harmony export */
        gitHost: () => (
          /* binding */
          gitHost
        ),
        /* harmony export */
        redactGitUrl: () => (
          /* binding */
          redactGitUrl
        ),
        /* harmony export */
        sharesGitHost: () => (
          /* binding */
          sharesGitHost
        )
        /* harmony export */
      });
      function gitHost(url) {
        const scp = /^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+):/.exec(url);
        if (scp)
          return scp[1];
        return new URL(url.startsWith("github.com/") ? `https://${url}` : url).host;
      }
      function redactGitUrl(url) {
        return url.replace(/\/\/[^/@]*@/, "//***@");
      }
      function hostOf(url) {
        try {
          return gitHost(url) || void 0;
        } catch {
          return void 0;
        }
      }
      function gitAuthSecretsFromEnv(url, env) {
        const host = hostOf(url);
        if (!host)
          return [];
        const out = [];
        for (const [id2, variable] of [
          ["GIT_AUTH_TOKEN", "BUILDX_BAKE_GIT_AUTH_TOKEN"],
          ["GIT_AUTH_HEADER", "BUILDX_BAKE_GIT_AUTH_HEADER"]
        ]) {
          const name = Object.keys(env).find((k) => k.toLowerCase() === variable.toLowerCase());
          if (name !== void 0)
            out.push({ id: `${id2}.${host}`, env: name });
        }
        return out;
      }
      function sharesGitHost(definitionUrl, context, isRemote) {
        if (!isRemote(context))
          return false;
        const a = hostOf(definitionUrl);
        const b = hostOf(context);
        return a !== void 0 && b !== void 0 && a.toLowerCase() === b.toLowerCase();
      }
    })
  ),
  /***/
  4370: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Zx: () => (
          /* binding */
          recordProvenance
        ),
        /* harmony export */
        ag: () => (
          /* binding */
          metadataProvenanceMode
        )
        /* harmony export */
      });
      var _bake_entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5865);
      function metadataProvenanceMode(value) {
        if (value === "min" || value === "max" || value === "disabled")
          return value;
        if (value !== void 0 && (0, _bake_entries_js__WEBPACK_IMPORTED_MODULE_0__.MY)(value) === false)
          return "disabled";
        return "min";
      }
      const PREDICATE_SLSA_V1 = "https://slsa.dev/provenance/v1";
      const IN_TOTO_JSON = "application/vnd.in-toto+json";
      const PREDICATE_TYPE = "in-toto.io/predicate-type";
      async function recordProvenance(client, ref, mode, signal) {
        if (mode === "disabled")
          return {};
        const record = await client.buildRecord(ref, signal);
        if (!record)
          return {};
        const out = {};
        await Promise.all(provenanceDescriptors(record).map(async ({ key, digest, predicateType }) => {
          const blob = await client.readBlob(digest, signal);
          out[key] = encodeProvenance(blob, predicateType, mode);
        }));
        return out;
      }
      function provenanceDescriptors(record) {
        const out = [];
        const add = (key, res) => {
          const a = res?.Attestations?.find((d) => d.media_type === IN_TOTO_JSON && d.annotations?.[PREDICATE_TYPE]?.startsWith("https://slsa.dev/provenance/"));
          if (a?.digest)
            out.push({ key, digest: a.digest, predicateType: a.annotations[PREDICATE_TYPE] });
        };
        const platforms = Object.keys(record.Results ?? {});
        if (platforms.length > 0)
          for (const p of platforms)
            add(`buildx.build.provenance/${p}`, record.Results[p]);
        else
          add("buildx.build.provenance", record.Result);
        return out;
      }
      function encodeProvenance(blob, predicateType, mode) {
        const parsed = JSON.parse(blob.toString("utf8"));
        const pred = predicateType === PREDICATE_SLSA_V1 ? slsa1ToSlsa02(obj(parsed)) : slsa02Predicate(obj(parsed));
        if (mode === "min") {
          delete pred.buildConfig;
          delete pred.metadata;
        }
        return Buffer.from(JSON.stringify(pred)).toString("base64");
      }
      function obj(v) {
        return v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
      }
      function str(v) {
        return typeof v === "string" ? v : "";
      }
      function list(v) {
        return Array.isArray(v) ? v : [];
      }
      function struct(fields) {
        const out = {};
        for (const [key, value, always] of fields) {
          if (value === void 0)
            continue;
          if (!always && isEmpty(value))
            continue;
          out[key] = value;
        }
        return out;
      }
      function isEmpty(v) {
        if (v === null || v === false || v === 0 || v === "")
          return true;
        if (Array.isArray(v))
          return v.length === 0;
        return typeof v === "object" && Object.keys(v).length === 0;
      }
      function sortedMap(v, value = (x) => x) {
        if (v === null || typeof v !== "object" || Array.isArray(v))
          return void 0;
        const out = {};
        for (const k of Object.keys(v).sort())
          out[k] = value(v[k]);
        return out;
      }
      const stringMap = (v) => sortedMap(v, str);
      function slsa02Predicate(p) {
        const inv = obj(p.invocation);
        return struct([
          ["builder", { id: str(obj(p.builder).id) }, "!"],
          ["buildType", str(p.buildType), "!"],
          ["materials", list(p.materials).map((m) => material(obj(m)))],
          [
            "invocation",
            struct([
              ["configSource", configSource02(obj(inv.configSource)), "!"],
              ["parameters", parameters(obj(inv.parameters)), "!"],
              ["environment", environment(obj(inv.environment)), "!"]
            ]),
            "!"
          ],
          ["buildConfig", p.buildConfig ?? void 0],
          ["metadata", p.metadata == null ? void 0 : metadata02(obj(p.metadata))]
        ]);
      }
      function material(m) {
        return struct([
          ["uri", str(m.uri)],
          ["digest", stringMap(m.digest)]
        ]);
      }
      function configSource02(c) {
        return struct([
          ["uri", str(c.uri)],
          ["digest", stringMap(c.digest)],
          ["entryPoint", str(c.entryPoint)]
        ]);
      }
      function configSource1(c) {
        return struct([
          ["uri", str(c.uri)],
          ["digest", stringMap(c.digest)],
          ["path", str(c.path)]
        ]);
      }
      function parameters(p) {
        const idList = (v) => list(v).map((s) => s === null ? null : struct([
          ["id", str(obj(s).id), "!"],
          ["optional", obj(s).optional === true]
        ]));
        const inputs = sortedMap(p.inputs, (r) => requestProvenance(r) ?? null);
        return struct([
          ["frontend", str(p.frontend)],
          ["args", stringMap(p.args)],
          ["secrets", idList(p.secrets)],
          ["ssh", idList(p.ssh)],
          ["locals", list(p.locals).map((l) => l === null ? null : { name: str(obj(l).name) })],
          ["inputs", inputs],
          ["root", requestProvenance(p.root)],
          ["compatibilityVersion", typeof p.compatibilityVersion === "number" ? Math.trunc(p.compatibilityVersion) : 0]
        ]);
      }
      function requestProvenance(v) {
        if (v === null || v === void 0)
          return void 0;
        const r = obj(v);
        return struct([
          ["configSource", configSource1(obj(r.configSource)), "!"],
          ["request", r.request == null ? void 0 : parameters(obj(r.request))]
        ]);
      }
      function environment(e) {
        return sortedMap({ ...e, platform: str(e.platform) }, goAny);
      }
      function goAny(v) {
        if (Array.isArray(v))
          return v.map(goAny);
        return sortedMap(v, goAny) ?? v;
      }
      function metadata02(m) {
        const c = obj(m.completeness);
        return struct([
          ["buildInvocationID", str(m.buildInvocationID)],
          ["buildStartedOn", m.buildStartedOn ?? void 0],
          ["buildFinishedOn", m.buildFinishedOn ?? void 0],
          [
            "completeness",
            { parameters: c.parameters === true, environment: c.environment === true, materials: c.materials === true },
            "!"
          ],
          ["reproducible", m.reproducible === true, "!"],
          [BUILDKIT_METADATA, buildkitMetadata(obj(m[BUILDKIT_METADATA])), "!"],
          [BUILDKIT_HERMETIC, m[BUILDKIT_HERMETIC] === true]
        ]);
      }
      const BUILDKIT_METADATA = "https://mobyproject.org/buildkit@v1#metadata";
      const BUILDKIT_HERMETIC = "https://mobyproject.org/buildkit@v1#hermetic";
      function buildkitMetadata(m) {
        return struct([
          ["vcs", stringMap(m.vcs)],
          ["source", m.source ?? void 0],
          ["layers", m.layers ?? void 0],
          ["sysUsage", m.sysUsage ?? void 0],
          ["network", m.network ?? void 0]
        ]);
      }
      function slsa1ToSlsa02(p) {
        const def = obj(p.buildDefinition);
        const ext = obj(def.externalParameters);
        const cs = obj(ext.configSource);
        const internal = obj(def.internalParameters);
        const run = obj(p.runDetails);
        const { buildConfig, builderPlatform, dockerfileVersion, ...custom } = internal;
        if (dockerfileVersion !== void 0 && str(dockerfileVersion) === "")
          custom.dockerfileVersion = dockerfileVersion;
        if (buildConfig === null)
          custom.buildConfig = null;
        const v02 = {
          builder: { id: str(obj(run.builder).id) },
          buildType: "https://mobyproject.org/buildkit@v1",
          materials: list(def.resolvedDependencies).map((d) => ({ uri: obj(d).uri ?? "", digest: obj(d).digest ?? null })),
          invocation: {
            configSource: { uri: str(cs.uri), digest: cs.digest ?? null, entryPoint: str(cs.path) },
            parameters: obj(ext.request),
            environment: {
              ...custom,
              platform: str(builderPlatform),
              ...str(dockerfileVersion) ? { dockerfileVersion: str(dockerfileVersion) } : {}
            }
          },
          buildConfig: buildConfig ?? null,
          metadata: run.metadata == null ? null : metadataFromSlsa1(obj(run.metadata))
        };
        return slsa02Predicate(v02);
      }
      function metadataFromSlsa1(m) {
        const c = obj(m.buildkit_completeness);
        return {
          buildInvocationID: m.invocationId ?? "",
          buildStartedOn: m.startedOn ?? null,
          buildFinishedOn: m.finishedOn ?? null,
          completeness: { parameters: c.request === true, environment: true, materials: c.resolvedDependencies === true },
          reproducible: m.buildkit_reproducible === true,
          [BUILDKIT_METADATA]: obj(m.buildkit_metadata),
          [BUILDKIT_HERMETIC]: m.buildkit_hermetic === true
        };
      }
    })
  ),
  /***/
  3216: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        metadataWarnings: () => (
          /* binding */
          metadataWarnings
        ),
        /* harmony export */
        metadataWarningsEnabled: () => (
          /* binding */
          metadataWarningsEnabled
        )
        /* harmony export */
      });
      var _bake_entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5865);
      var _buildkit_progress_warnings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3417);
      function metadataWarningsEnabled(value) {
        return value !== void 0 && (0, _bake_entries_js__WEBPACK_IMPORTED_MODULE_0__.MY)(value) === true;
      }
      function metadataWarnings(warnings) {
        return (0, _buildkit_progress_warnings_js__WEBPACK_IMPORTED_MODULE_1__.g)(warnings).map((w) => {
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
        return Buffer.from(b).toString("base64");
      }
      function position(p) {
        if (!p)
          return void 0;
        return { ...p.line ? { line: p.line } : {}, ...p.character ? { character: p.character } : {} };
      }
    })
  ),
  /***/
  9960: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        MY: () => (
          /* binding */
          parseGoBool
        ),
        /* harmony export */
        Nd: () => (
          /* binding */
          encodeCacheImports
        ),
        /* harmony export */
        Q9: () => (
          /* binding */
          annotationAttrs
        ),
        /* harmony export */
        UP: () => (
          /* binding */
          resourceLimitAttrs
        ),
        /* harmony export */
        Ub: () => (
          /* binding */
          parseMemBytes
        ),
        /* harmony export */
        VG: () => (
          /* binding */
          formatUlimits
        ),
        /* harmony export */
        em: () => (
          /* binding */
          normalizePlatforms
        ),
        /* harmony export */
        ru: () => (
          /* binding */
          formatExtraHosts
        ),
        /* harmony export */
        s9: () => (
          /* binding */
          parseResourceLimits
        ),
        /* harmony export */
        w4: () => (
          /* binding */
          AttributeValueError
        )
        /* harmony export */
      });
      var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
      var _images_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2843);
      var _bake_entries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5865);
      var _bake_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5650);
      class AttributeValueError extends Error {
        name = "AttributeValueError";
      }
      function parseMemBytes(value) {
        let size;
        try {
          size = (0, _bake_units_js__WEBPACK_IMPORTED_MODULE_2__.h$)(value);
        } catch {
          throw new AttributeValueError(`"${value}" is not a size (a number of bytes with an optional unit: 64m, 1g, 512k)`);
        }
        if (!Number.isFinite(size) || size >= 2 ** 63)
          throw new AttributeValueError(`"${value}" is too large`);
        return size;
      }
      function parseResourceLimits(r) {
        const rl = {
          memory: 0,
          memorySwap: 0,
          cpuShares: 0,
          cpuPeriod: 0,
          cpuQuota: 0,
          cpusetCpus: "",
          cpusetMems: ""
        };
        const size = (key, v) => {
          try {
            return parseMemBytes(v);
          } catch (err) {
            throw new AttributeValueError(`invalid value "${v}" for resource ${key}: ${err.message}`);
          }
        };
        if (r.memory !== void 0)
          rl.memory = size("memory", r.memory.trim());
        if (r["memory-swap"] !== void 0) {
          const v = r["memory-swap"].trim();
          rl.memorySwap = v === "-1" ? -1 : size("memory-swap", v);
        }
        if (r["cpu-shares"] !== void 0)
          rl.cpuShares = r["cpu-shares"];
        if (r["cpu-period"] !== void 0)
          rl.cpuPeriod = r["cpu-period"];
        if (r["cpu-quota"] !== void 0)
          rl.cpuQuota = r["cpu-quota"];
        if (r["cpuset-cpus"] !== void 0)
          rl.cpusetCpus = r["cpuset-cpus"].trim();
        if (r["cpuset-mems"] !== void 0)
          rl.cpusetMems = r["cpuset-mems"].trim();
        return rl;
      }
      function resourceLimitAttrs(rl) {
        const attrs = {};
        const int = (n) => BigInt(n).toString();
        if (rl.memory > 0)
          attrs.memory = int(rl.memory);
        if (rl.memorySwap !== 0)
          attrs.memswap = int(rl.memorySwap);
        if (rl.cpuShares > 0)
          attrs.cpushares = int(rl.cpuShares);
        if (rl.cpuPeriod > 0)
          attrs.cpuperiod = int(rl.cpuPeriod);
        if (rl.cpuQuota > 0)
          attrs.cpuquota = int(rl.cpuQuota);
        if (rl.cpusetCpus !== "")
          attrs.cpusetcpus = rl.cpusetCpus;
        if (rl.cpusetMems !== "")
          attrs.cpusetmems = rl.cpusetMems;
        return attrs;
      }
      const ULIMIT_NAMES = /* @__PURE__ */ new Set([
        "core",
        "cpu",
        "data",
        "fsize",
        "locks",
        "memlock",
        "msgqueue",
        "nice",
        "nofile",
        "nproc",
        "rss",
        "rtprio",
        "rttime",
        "sigpending",
        "stack"
      ]);
      function parseInt64(s, whole) {
        if (!/^[+-]?\d+$/.test(s))
          throw new AttributeValueError(`"${whole}": "${s}" is not an integer`);
        const v = BigInt(s);
        if (v > 2n ** 63n - 1n || v < -(2n ** 63n))
          throw new AttributeValueError(`"${whole}": "${s}" is out of range`);
        return v;
      }
      function formatUlimits(values) {
        const byName = /* @__PURE__ */ new Map();
        for (const value of values) {
          const eq = value.indexOf("=");
          if (eq < 0)
            throw new AttributeValueError(`"${value}" is not NAME=SOFT[:HARD]`);
          const name = value.slice(0, eq);
          if (!ULIMIT_NAMES.has(name))
            throw new AttributeValueError(`"${value}": "${name}" is not a ulimit (one of ${[...ULIMIT_NAMES].join(", ")})`);
          const parts = value.slice(eq + 1).split(":");
          if (parts.length > 2)
            throw new AttributeValueError(`"${value}": at most two limits, SOFT[:HARD]`);
          const soft = parseInt64(parts[0], value);
          const hard = parts.length === 2 ? parseInt64(parts[1], value) : soft;
          if (hard !== -1n && soft > hard)
            throw new AttributeValueError(`"${value}": the soft limit ${soft} is above the hard limit ${hard}`);
          byName.delete(name);
          byName.set(name, `${name}=${soft}:${hard}`);
        }
        return [...byName].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, v]) => v).join(",");
      }
      function formatExtraHosts(entries, hostGateway) {
        const out = [];
        for (const entry of entries) {
          let cut = entry.indexOf("=");
          if (cut < 0)
            cut = entry.indexOf(":");
          const host = cut < 0 ? "" : entry.slice(0, cut);
          const ip = cut < 0 ? "" : entry.slice(cut + 1);
          if (!host || !ip)
            throw new AttributeValueError(`"${entry}" is not HOST=IP`);
          if (ip === "host-gateway") {
            if (!hostGateway)
              throw new AttributeValueError(`"${entry}": the builder's host-gateway address is unknown`);
            if ("unsupported" in hostGateway)
              throw new AttributeValueError(`"${entry}": ${hostGateway.unsupported}`);
            out.push(`${host}=${hostGateway.ip}`);
            continue;
          }
          for (let v of ip.split(",")) {
            if (v.length > 2 && v.startsWith("[") && v.endsWith("]"))
              v = v.slice(1, -1);
            if (!node_net__WEBPACK_IMPORTED_MODULE_0__.isIP(v))
              throw new AttributeValueError(`"${entry}": "${v}" is not an IP address`);
            out.push(`${host}=${v}`);
          }
        }
        return out.join(",");
      }
      function hostPlatform() {
        const arch = {
          x64: "amd64",
          ia32: "386",
          arm64: "arm64",
          arm: "arm",
          ppc64: "ppc64le",
          s390x: "s390x",
          riscv64: "riscv64"
        }[process.arch] ?? process.arch;
        return (0, _images_platform_js__WEBPACK_IMPORTED_MODULE_3__.F)({ os: process.platform === "win32" ? "windows" : process.platform, architecture: arch });
      }
      const KNOWN_OS = /* @__PURE__ */ new Set([
        "aix",
        "android",
        "darwin",
        "dragonfly",
        "freebsd",
        "illumos",
        "ios",
        "js",
        "linux",
        "netbsd",
        "openbsd",
        "plan9",
        "solaris",
        "wasip1",
        "windows",
        "macos"
      ]);
      function normalizePlatformSpec(spec) {
        if (spec.toLowerCase() === "local")
          return (0, _images_platform_js__WEBPACK_IMPORTED_MODULE_3__.B)(hostPlatform());
        const m = /^([^/(]+)(?:\(([^)]*)\))?(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(spec.trim());
        if (!m || /[^A-Za-z0-9_./-]/.test(m[1] + (m[3] ?? "") + (m[4] ?? "")))
          throw new AttributeValueError(`"${spec}" is not a platform (OS/ARCH[/VARIANT])`);
        const first = m[1].toLowerCase();
        const osVersion = m[2];
        let p;
        if (m[3] === void 0) {
          p = KNOWN_OS.has(first) ? { os: first, architecture: hostPlatform().architecture } : { os: hostPlatform().os, architecture: first };
        } else {
          p = { os: first, architecture: m[3].toLowerCase(), variant: m[4]?.toLowerCase() };
        }
        if (p.os === "macos")
          p.os = "darwin";
        const n = (0, _images_platform_js__WEBPACK_IMPORTED_MODULE_3__.F)(p);
        const formatted = (0, _images_platform_js__WEBPACK_IMPORTED_MODULE_3__.B)(n);
        return osVersion ? formatted.replace(/^([^/]+)/, `$1(${osVersion})`) : formatted;
      }
      function normalizePlatforms(list) {
        return list.flatMap((s) => s.split(",")).map(normalizePlatformSpec);
      }
      function parseGoBool(v) {
        return v === void 0 ? void 0 : (0, _bake_entries_js__WEBPACK_IMPORTED_MODULE_1__.MY)(v);
      }
      function encodeCacheImports(entries) {
        return JSON.stringify(entries.map((e) => ({
          Type: e.Type,
          Attrs: Object.fromEntries(Object.entries(e.Attrs).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0))
        })));
      }
      function annotationAttrs(annotations) {
        const out = {};
        for (const a of annotations) {
          const eq = a.indexOf("=");
          if (eq <= 0)
            continue;
          const key = a.slice(0, eq);
          const value = a.slice(eq + 1);
          const colon = key.match(/^([a-z,-]+(?:\[[^\]]*\])?):(.+)$/);
          if (!colon) {
            out[`annotation.${key}`] = value;
            continue;
          }
          for (const kind of colon[1].split(","))
            out[`annotation-${kind}.${colon[2]}`] = value;
        }
        return out;
      }
    })
  ),
  /***/
  7719: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        Q4: () => (
          /* binding */
          TargetAttributeError
        ),
        pA: () => (
          /* binding */
          fromBakeTarget
        ),
        eA: () => (
          /* binding */
          refuseDefaultPolicy
        ),
        Zm: () => (
          /* binding */
          unevaluatedPolicy
        )
      });
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_path_ = __webpack_require__(6760);
      ;
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
          entitlements: []
        };
      }
      var attribute_values = __webpack_require__(9960);
      var context_kind = __webpack_require__(6449);
      ;
      class TargetAttributeError extends Error {
        target;
        attribute;
        name = "TargetAttributeError";
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
          if (v !== void 0 && v !== null)
            out[k] = String(v);
        return out;
      };
      const ROUTES = {
        description: () => {
        },
        context: () => {
        },
        dockerfile: () => {
        },
        "dockerfile-inline": () => {
        },
        annotations: (s, v) => void (s.annotations = [...v]),
        attest: (s, v) => void (s.attest = v.map(stringEntries)),
        contexts: (s, v, cwd) => {
          for (const [k, x] of Object.entries(v)) {
            if (x.startsWith(CWD)) {
              s.contexts[k] = external_node_path_.resolve(cwd, x.slice(CWD.length));
              continue;
            }
            const local = (0, context_kind.namedContextKind)(x) === "local" && (!/^[a-z][a-z0-9+.-]*:/i.test(x) || /^[a-zA-Z]:[\\/]/.test(x));
            s.contexts[k] = local ? external_node_path_.resolve(cwd, x) : x;
          }
        },
        args: (s, v) => void (s.args = { ...v }),
        labels: (s, v) => void (s.labels = { ...v }),
        tags: (s, v) => void (s.tags = [...v]),
        "cache-from": (s, v) => void (s.cacheFrom = v.map(stringEntries)),
        "cache-to": (s, v) => void (s.cacheTo = v.map(stringEntries)),
        target: (s, v) => void (s.target = v),
        secret: (s, v, cwd) => {
          s.secrets = v.map((e) => ({
            id: e.id ?? "",
            src: e.src && !external_node_path_.isAbsolute(e.src) ? external_node_path_.resolve(cwd, e.src) : e.src,
            env: e.env
          }));
        },
        ssh: (s, v, cwd) => {
          s.ssh = v.map((e) => ({ id: e.id || "default", paths: (e.paths ?? []).map((p) => external_node_path_.resolve(cwd, p)) }));
        },
        platforms: (s, v) => void (s.platforms = (0, attribute_values.em)(v)),
        output: (s, v, cwd) => {
          s.outputs = v.map(stringEntries).map((e) => e.dest && e.dest !== "-" && !external_node_path_.isAbsolute(e.dest) ? { ...e, dest: external_node_path_.resolve(cwd, e.dest) } : e);
        },
        pull: (s, v) => void (s.pull = v),
        "no-cache": (s, v) => void (s.noCache = v),
        network: (s, v) => {
          if (!["", "default", "host", "none"].includes(v)) {
            throw new attribute_values.w4(`"${v}" is not a network mode BuildKit supports (default, host or none; a custom network is set on the builder)`);
          }
          if (v === "host" || v === "none")
            s.network = v;
        },
        "no-cache-filter": (s, v) => void (s.noCacheFilter = [...v]),
        "shm-size": (s, v) => {
          const bytes = (0, attribute_values.Ub)(v);
          if (bytes > 0)
            s.shmSize = bytes;
        },
        ulimits: (s, v) => void (s.ulimit = (0, attribute_values.VG)(v) || void 0),
        // buildx toBuildOpt: ParseResourceLimits(t.Resources.ToEntries()); a bad size fails the target before the build
        resources: (s, v) => void (s.resources = (0, attribute_values.s9)(v)),
        call: (s, v) => void (s.call = v),
        entitlements: (s, v) => void (s.entitlements = [...v]),
        // buildx toBuildOpt: `host=ip` per entry, sorted by host; toBuildkitExtraHosts (at planning) does the rest
        "extra-hosts": (s, v) => {
          s.extraHosts = Object.keys(v).sort((a, b) => a < b ? -1 : a > b ? 1 : 0).map((host) => `${host}=${v[host]}`);
        },
        // buildx evaluates the policies (Rego) itself while the daemon resolves sources (build/opt.go configureSourcePolicy);
        // bakekit does not, so a target whose policy buildx would apply is refused rather than built without it. Only
        // `disabled = true` (which buildx requires to stand alone: withPolicyConfig) builds.
        policy: (s, v) => {
          const off = v.find((p) => p.Disabled);
          if (off) {
            if (v.length > 1 || off.Reset || off.Strict !== null || off.LogLevel !== null || off.Files?.length) {
              throw new attribute_values.w4("disabled policy cannot be combined with other policy flags");
            }
            s.policyDisabled = true;
            return;
          }
          const files = v.flatMap((p) => (p.Files ?? []).map((f) => f.Filename));
          throw new attribute_values.w4(unevaluatedPolicy(`(\u2265 0.31) applies to this target's sources (${files.length ? files.join(", ") : "options for the Dockerfile.rego beside its Dockerfile"})`));
        }
      };
      const POLICY_OFF = "policy = [{ disabled = true }] or --policy disabled=true";
      function unevaluatedPolicy(applies) {
        return `policy evaluation is not supported: bakekit does not evaluate build policies (Rego), which buildx ${applies}; build it with buildx, or turn the policy off: ${POLICY_OFF}`;
      }
      function refuseDefaultPolicy(specs, env) {
        if ((0, attribute_values.MY)(env.BUILDX_DEFAULT_POLICY ?? "") !== true)
          return;
        const first = specs.find((s) => !s.policyDisabled);
        if (!first)
          return;
        throw new TargetAttributeError(first.name, "policy", `policy evaluation is not supported: BUILDX_DEFAULT_POLICY turns on buildx's builtin policy (signatures of Docker's frontend, SBOM scanner and BuildKit images), which bakekit does not evaluate; build it with buildx, unset BUILDX_DEFAULT_POLICY, or turn the policy off: ${POLICY_OFF}`);
      }
      const CWD = "cwd://";
      function fromBakeTarget(name, t, cwd, copies) {
        const contextRaw = t.context ?? ".";
        const remote = context_kind.REMOTE_CONTEXT.test(contextRaw);
        const context = remote ? contextRaw : external_node_path_.resolve(cwd, contextRaw);
        const spec = emptyTarget(name, context);
        if (t["dockerfile-inline"] !== void 0)
          spec.dockerfileInline = t["dockerfile-inline"];
        else {
          const df = t.dockerfile ?? "Dockerfile";
          if (df.startsWith(CWD))
            spec.dockerfile = external_node_path_.resolve(cwd, df.slice(CWD.length));
          else
            spec.dockerfile = remote && !external_node_path_.isAbsolute(df) ? df : external_node_path_.resolve(context, df);
        }
        for (const key of Object.keys(t)) {
          const value = t[key];
          if (value === void 0 || value === null)
            continue;
          const route = ROUTES[key];
          if (!route)
            throw new Error(`target "${name}": attribute ${key} has no route to the build (bake-adapter.ts)`);
          try {
            route(spec, value, cwd);
          } catch (err) {
            if (err instanceof attribute_values.w4)
              throw new TargetAttributeError(name, key, err.message);
            throw err;
          }
        }
        if (copies) {
          spec.definitionCopies = copies;
          Object.assign(spec.contexts, copies.urls);
        }
        if (!spec.policyDisabled && spec.dockerfile && !remote && external_node_fs_.existsSync(`${spec.dockerfile}.rego`)) {
          throw new TargetAttributeError(name, "policy", unevaluatedPolicy(`(\u2265 0.31) applies from ${external_node_path_.basename(spec.dockerfile)}.rego beside the Dockerfile`));
        }
        if (spec.ssh.length === 0 && (0, context_kind.isGitSshContext)(spec.context))
          spec.ssh = [{ id: "default", paths: [] }];
        return spec;
      }
    })
  )
};
