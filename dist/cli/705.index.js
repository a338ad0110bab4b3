"use strict"; exports.id = 705;
exports.ids = [705];
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
  )
};
