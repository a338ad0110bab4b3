"use strict"; exports.id = 343;
exports.ids = [343];
exports.modules = {
  /***/
  6705: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        u6: () => (
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
      var resolve = __webpack_require__(8180);
      var steps = __webpack_require__(5118);
      var value = __webpack_require__(6676);
      ;
      const LIST_TABLE = { minwidth: 1, tabwidth: 8, padding: 1, padchar: "	" };
      function goJsonIndent(v) {
        return goEscape(JSON.stringify(v, null, 2)) + "\n";
      }
      function goEscape(json) {
        return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
      }
      function list_listTargets(config, format) {
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
        return tabwrite([["TARGET", "DESCRIPTION"], ...entries.map((e) => [e.name, e.description ?? ""])], LIST_TABLE);
      }
      function list_listVariables(vars, format) {
        const rows = [...vars].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((v) => ({
          name: v.name,
          description: v.description || void 0,
          type: v.type ? constraintName(v.type) : void 0,
          value: variableText(v)
        }));
        if (format === "json")
          return goJsonIndent(rows.map((r) => ({ name: r.name, description: r.description, type: r.type, value: r.value })));
        return tabwrite([
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
        const value2 = materialize(v.value);
        if (value2 === null)
          return void 0;
        if (v.type) {
          const json = goEscape(JSON.stringify(ctyJson(value2, v.type)));
          return v.type.kind === "string" ? json.replace(/^"+|"+$/g, "") : json;
        }
        if (typeof value2 === "string")
          return value2;
        if (typeof value2 === "number" || typeof value2 === "boolean")
          return String(value2);
        return goEscape(JSON.stringify(ctyJson(value2, { kind: "any" }, false)));
      }
      function ctyJson(value2, type, wrapDynamic = true) {
        value2 = materialize(value2);
        if (type.kind === "any" && wrapDynamic)
          return { value: ctyJson(value2, { kind: "any" }, false), type: ctyTypeJson(value2) };
        if (value2 === null || typeof value2 !== "object")
          return value2;
        if (Array.isArray(value2)) {
          return value2.map((x, i) => ctyJson(x, elemType(type, i), wrapDynamic || type.kind !== "any"));
        }
        if (isObject(value2)) {
          const out = {};
          for (const [k, x] of [...value2].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
            out[k] = ctyJson(x, type.kind === "map" ? type.elem : type.kind === "object" ? type.attrs.get(k) ?? { kind: "any" } : { kind: "any" }, type.kind !== "any");
          }
          return out;
        }
        return value2;
      }
      function elemType(t, i) {
        if (t.kind === "list" || t.kind === "set")
          return t.elem;
        if (t.kind === "tuple")
          return t.elems[i] ?? { kind: "any" };
        return { kind: "any" };
      }
      function ctyTypeJson(value2) {
        value2 = materialize(value2);
        if (typeof value2 === "string")
          return "string";
        if (typeof value2 === "number")
          return "number";
        if (typeof value2 === "boolean")
          return "bool";
        if (value2 === null)
          return "dynamic";
        if (Array.isArray(value2))
          return ["tuple", value2.map(ctyTypeJson)];
        if (isObject(value2))
          return [
            "object",
            Object.fromEntries([...value2].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, x]) => [k, ctyTypeJson(x)]))
          ];
        return "dynamic";
      }
      ;
      function resolveBake(inputs, files) {
        const { targets, groups } = resolveTargets(inputs, files);
        return toBakeDefinition(targets, groups);
      }
      async function resolveBakeAsync(inputs, given) {
        const files = given ?? (0, resolve.Ul)(inputs);
        const yaml = inputs.yaml ?? (files.some((f) => (0, resolve.bv)(f.name)) ? await __webpack_require__.e(
          /* import() */
          815
        ).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)) : void 0);
        const { targets, groups } = await (0, steps.pt)((0, resolve.Qg)({ ...inputs, yaml }, files), inputs.signal);
        return (0, print.Ok)(targets, groups);
      }
      async function listDefinition(inputs, request, given) {
        const files = given ?? readFiles(inputs);
        const yaml = inputs.yaml ?? (files.some((f) => mayBeCompose(f.name)) ? await __webpack_require__.e(
          /* import() */
          815
        ).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)) : void 0);
        const meta = { variables: [] };
        const config = loadConfig(files, { ...inputs, yaml }, meta);
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
  1581: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        bindSecrets: () => (
          /* binding */
          bindSecrets
        ),
        canonicalAttest: () => (
          /* binding */
          canonicalAttest
        ),
        checkDefinitionEntitlements: () => (
          /* binding */
          checkDefinitionEntitlements
        ),
        identifyLocalDirs: () => (
          /* binding */
          identifyLocalDirs
        ),
        metadataFileContent: () => (
          /* binding */
          metadataFileContent
        ),
        overridesFor: () => (
          /* binding */
          overridesFor
        ),
        resolveDefinition: () => (
          /* binding */
          resolveDefinition
        ),
        runBake: () => (
          /* binding */
          runBake
        ),
        runTargetSpecs: () => (
          /* binding */
          runTargetSpecs
        ),
        targetSpecs: () => (
          /* binding */
          targetSpecs
        ),
        writeMetadataFile: () => (
          /* binding */
          writeMetadataFile
        )
      });
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_path_ = __webpack_require__(6760);
      var bake = __webpack_require__(6705);
      var bake_adapter = __webpack_require__(7719);
      var context_kind = __webpack_require__(6449);
      var git_auth = __webpack_require__(2476);
      var entries = __webpack_require__(5865);
      ;
      class EntitlementSyntaxError extends Error {
        name = "EntitlementSyntaxError";
      }
      const KEYS = [
        "network.host",
        "security.insecure",
        "ssh",
        "buildx.local.delete",
        "device",
        "fs",
        "fs.read",
        "fs.write",
        "image",
        "image.push",
        "image.load"
      ];
      const VALUELESS = /* @__PURE__ */ new Set(["network.host", "security.insecure", "ssh", "buildx.local.delete"]);
      const ALLOW_SYNTAX = "network.host, security.insecure, ssh, device[=NAME], fs=PATH, fs.read=PATH, fs.write=PATH (PATH or *), buildx.local.delete";
      function splitAllowValues(values) {
        const out = [];
        for (const v of values) {
          const parts = v.split(",");
          let cur;
          for (const part of parts) {
            const key = part.trim().split("=")[0];
            const starts = KEYS.includes(key) && (VALUELESS.has(key) ? !part.includes("=") || cur === void 0 : true);
            if (cur === void 0)
              cur = part;
            else if (starts) {
              out.push(cur);
              cur = part;
            } else
              cur += "," + part;
          }
          if (cur !== void 0)
            out.push(cur);
        }
        return out.map((v) => v.trim()).filter((v) => v !== "");
      }
      function parseAllow(values) {
        const conf = {
          networkHost: false,
          securityInsecure: false,
          ssh: false,
          localDelete: false,
          devices: { all: false, names: /* @__PURE__ */ new Set() },
          fsRead: [],
          fsWrite: []
        };
        for (const e of splitAllowValues(values)) {
          switch (e) {
            case "network.host":
              conf.networkHost = true;
              continue;
            case "security.insecure":
              conf.securityInsecure = true;
              continue;
            case "ssh":
              conf.ssh = true;
              continue;
            case "buildx.local.delete":
              conf.localDelete = true;
              continue;
          }
          const eq = e.indexOf("=");
          const k = eq < 0 ? e : e.slice(0, eq);
          const v = eq < 0 ? "" : e.slice(eq + 1);
          switch (k) {
            case "device":
              if (v === "")
                conf.devices.all = true;
              else
                conf.devices.names.add((0, entries.qZ)(v)[0]);
              break;
            case "fs.read":
              conf.fsRead.push(v);
              break;
            case "fs.write":
              conf.fsWrite.push(v);
              break;
            case "fs":
              conf.fsRead.push(v);
              conf.fsWrite.push(v);
              break;
            case "image":
            case "image.push":
            case "image.load":
              break;
            case "buildx.local.delete":
              throw new EntitlementSyntaxError("allow: buildx.local.delete does not accept a value");
            default:
              throw new EntitlementSyntaxError(`allow: unknown entitlement ${JSON.stringify(k)} (expected ${ALLOW_SYNTAX})`);
          }
        }
        return conf;
      }
      function evaluateToExistingPath(input, cwd = process.cwd()) {
        let inp = external_node_path_.resolve(cwd, input);
        const volLen = 1;
        let dest = "/";
        let links = 0;
        let end = 0;
        const lastSep = (s) => {
          let r = s.length - 1;
          while (r >= volLen && s[r] !== "/")
            r--;
          return r;
        };
        for (let start = volLen; start < inp.length; start = end) {
          while (start < inp.length && inp[start] === "/")
            start++;
          end = start;
          while (end < inp.length && inp[end] !== "/")
            end++;
          if (end === start)
            break;
          const comp = inp.slice(start, end);
          if (comp === ".")
            continue;
          if (comp === "..") {
            const r = lastSep(dest);
            if (r < volLen || dest.slice(r + 1) === "..") {
              if (dest.length > volLen)
                dest += "/";
              dest += "..";
            } else
              dest = dest.slice(0, r);
            continue;
          }
          if (!dest.endsWith("/"))
            dest += "/";
          dest += comp;
          let st;
          try {
            st = external_node_fs_.lstatSync(dest);
          } catch (err) {
            if (err.code === "ENOENT") {
              const r = lastSep(dest);
              return { existing: r < volLen ? "/" : external_node_path_.resolve(dest.slice(0, r)), rest: inp.slice(start) };
            }
            throw err;
          }
          if (!st.isSymbolicLink()) {
            if (!st.isDirectory() && end < inp.length)
              throw Object.assign(new Error(`not a directory: ${dest}`), { code: "ENOTDIR" });
            continue;
          }
          if (++links > 255)
            throw Object.assign(new Error(`too many symlinks: ${input}`), { code: "ELOOP" });
          const link = external_node_fs_.readlinkSync(dest);
          inp = link + inp.slice(end);
          if (link.startsWith("/")) {
            dest = "/";
            end = 1;
          } else {
            const r = lastSep(dest);
            dest = r < volLen ? "/" : dest.slice(0, r);
            end = 0;
          }
        }
        return { existing: external_node_path_.resolve(dest), rest: "" };
      }
      function neededLocation(p, cwd) {
        try {
          const { existing, rest } = evaluateToExistingPath(p, cwd);
          return { existing, full: rest ? external_node_path_.join(existing, rest) : existing };
        } catch {
          const lexical = external_node_path_.resolve(cwd, p);
          return { existing: lexical, full: lexical };
        }
      }
      function allowedLocation(p, cwd) {
        try {
          const { existing, rest } = evaluateToExistingPath(p, cwd);
          return rest ? external_node_path_.join(existing, rest) : existing;
        } catch {
          return external_node_path_.resolve(cwd, p);
        }
      }
      function isWithin(p, dir) {
        return p === dir || dir === "/" || p.startsWith(dir.endsWith("/") ? dir : dir + "/");
      }
      class PathSet {
        any;
        dirs;
        constructor(values, cwd) {
          this.any = values.includes("*");
          this.dirs = values.filter((v) => v !== "*").map((v) => allowedLocation(v, cwd));
        }
        covers(location) {
          return this.any || this.dirs.some((d) => isWithin(location, d));
        }
      }
      function targetNeeds(spec) {
        const needs = [];
        const ents = new Set(spec.entitlements);
        for (const e of ents) {
          const eq = e.indexOf("=");
          const k = eq < 0 ? e : e.slice(0, eq);
          const attr = `entitlements = [${JSON.stringify(e)}]`;
          if (k === "device")
            needs.push({ kind: "device", attribute: attr, device: eq < 0 ? "" : (0, entries.qZ)(e.slice(eq + 1))[0] });
          else if (e === "network.host")
            needs.push({ kind: "network.host", attribute: spec.network === "host" ? 'network = "host"' : attr });
          else if (e === "security.insecure")
            needs.push({ kind: "security.insecure", attribute: attr });
        }
        if (spec.network === "host" && !ents.has("network.host"))
          needs.push({ kind: "network.host", attribute: 'network = "host"' });
        const read = (attribute, p) => {
          if (p)
            needs.push({ kind: "fs.read", attribute, path: p });
        };
        const write = (attribute, p) => {
          if (p && p !== "-")
            needs.push({ kind: "fs.write", attribute, path: p });
        };
        const remoteContext = context_kind.rM.test(spec.context);
        if (!remoteContext)
          read("context", spec.context);
        if (spec.dockerfileInline === void 0 && spec.dockerfile && !(remoteContext && !external_node_path_.isAbsolute(spec.dockerfile)))
          read("dockerfile", spec.dockerfile);
        for (const [name, value] of Object.entries(spec.contexts)) {
          if ((0, context_kind.V9)(value) === "local")
            read(`contexts.${name}`, value);
          else if (value.startsWith("oci-layout://"))
            read(`contexts.${name}`, (0, context_kind.$s)(value));
        }
        for (const s of spec.secrets)
          read(`secret "${s.id}"`, s.src);
        for (const e of spec.ssh) {
          const id2 = e.id || "default";
          const paths = (e.paths ?? []).filter((p) => p !== "");
          if (paths.length)
            for (const p of paths)
              read(`ssh "${id2}"`, p);
          else
            needs.push({ kind: "ssh", attribute: `ssh = [${JSON.stringify(id2)}] (the SSH agent)` });
        }
        if (!spec.ssh.length && (0, context_kind.Gb)(spec.context))
          needs.push({ kind: "ssh", attribute: `context = ${JSON.stringify(spec.context)} (fetched with the SSH agent)` });
        for (const c of spec.cacheFrom)
          if (c.type === "local")
            read("cache-from type=local", c.src);
        for (const c of spec.cacheTo)
          if (c.type === "local")
            write("cache-to type=local", c.dest);
        for (const o of spec.outputs) {
          if (["local", "tar", "oci", "docker"].includes(o.type))
            write(`output type=${o.type}`, o.dest);
          if (o.type === "local") {
            const mode = (o.mode ?? "").trim().toLowerCase();
            if (mode === "delete")
              needs.push({
                kind: "buildx.local.delete",
                attribute: "output type=local,mode=delete (deletes stale files in its destination)"
              });
            else if (mode !== "" && mode !== "copy")
              throw new EntitlementSyntaxError(`target "${spec.name}": output type=local: invalid mode ${JSON.stringify(o.mode)} (copy or delete)`);
          }
        }
        return needs;
      }
      function overrideGrants(set) {
        const g = { fsRead: [], fsWrite: [], networkHost: false, securityInsecure: false };
        for (const v of set) {
          const eq = v.indexOf("=");
          if (eq < 0)
            continue;
          const key = v.slice(0, eq).replace(/\+$/, "");
          const value = v.slice(eq + 1);
          const attr = key.split(".")[1];
          try {
            switch (attr) {
              case "output": {
                const e = (0, entries.Ji)(value);
                if (e.dest)
                  g.fsWrite.push(e.dest);
                break;
              }
              case "cache-from":
                for (const e of (0, entries.Uu)(value))
                  if (e.type === "local" && e.src)
                    g.fsRead.push(e.src);
                break;
              case "cache-to":
                for (const e of (0, entries.Uu)(value))
                  if (e.type === "local" && e.dest)
                    g.fsWrite.push(e.dest);
                break;
              case "secrets":
              case "secret": {
                const s = (0, entries.HE)(value);
                if (s.src)
                  g.fsRead.push(s.src);
                break;
              }
              case "ssh":
                g.fsRead.push(...((0, entries.R2)(value).paths ?? []).filter((p) => p !== ""));
                break;
              case "entitlements":
                if (value === "network.host")
                  g.networkHost = true;
                else if (value === "security.insecure")
                  g.securityInsecure = true;
                break;
            }
          } catch {
          }
        }
        return g;
      }
      function display(abs, cwd, realCwd, check) {
        for (const base of [cwd, realCwd]) {
          const rel = external_node_path_.relative(base, abs);
          if (rel === "")
            return ".";
          if (external_node_path_.isAbsolute(rel) || rel.startsWith("../.."))
            continue;
          if (!check || check(rel))
            return rel;
        }
        return abs;
      }
      function checkEntitlements(specs, opts) {
        const conf = parseAllow(opts.allow);
        const cwd = external_node_path_.resolve(opts.cwd);
        const grants = overrideGrants(opts.set ?? []);
        const reads = new PathSet([cwd, ...conf.fsRead, ...grants.fsRead], cwd);
        const writes = new PathSet([cwd, ...conf.fsWrite, ...grants.fsWrite], cwd);
        const realCwd = allowedLocation(cwd, cwd);
        const missing = [];
        const seen = /* @__PURE__ */ new Set();
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
              case "network.host":
                if (!conf.networkHost && !grants.networkHost)
                  add({ ...base, allow: "network.host" });
                break;
              case "security.insecure":
                if (!conf.securityInsecure && !grants.securityInsecure)
                  add({ ...base, allow: "security.insecure" });
                break;
              case "device":
                if (!conf.devices.all && !(need.device && conf.devices.names.has(need.device)))
                  add({ ...base, allow: need.device ? `device=${need.device}` : "device" });
                break;
              case "ssh":
                if (!conf.ssh)
                  add({ ...base, allow: "ssh" });
                break;
              case "buildx.local.delete":
                if (!conf.localDelete)
                  add({ ...base, allow: "buildx.local.delete" });
                break;
              case "fs.read":
              case "fs.write": {
                const set = need.kind === "fs.read" ? reads : writes;
                const { existing, full } = neededLocation(need.path, cwd);
                if (set.covers(existing))
                  break;
                const lexical = external_node_path_.resolve(cwd, need.path);
                const allowPath = display(existing, cwd, realCwd, (rel) => allowedLocation(rel, cwd) === existing);
                add({
                  ...base,
                  allow: `${need.kind}=${allowPath}`,
                  path: display(lexical, cwd, realCwd),
                  ...full !== lexical ? { resolved: full } : {},
                  ...existing !== full ? { created: true } : {}
                });
                break;
              }
            }
          }
        }
        return missing;
      }
      function describeMissing(m) {
        if (m.kind === "fs.read" || m.kind === "fs.write") {
          const verb = m.kind === "fs.read" ? "reads" : "writes";
          const via = m.resolved ? ` (\u2192 ${m.resolved})` : "";
          const created = m.created ? m.kind === "fs.write" ? " (it does not exist yet: the directory it is created in)" : " (it does not exist: its nearest existing directory)" : "";
          return `target "${m.target}": ${m.attribute} ${verb} ${m.path}${via}, outside the working directory: needs --allow=${m.allow}${created}`;
        }
        return `target "${m.target}": ${m.attribute} needs --allow=${m.allow}`;
      }
      function allowValuesFor(missing) {
        const plain = [];
        const fsPaths = { "fs.read": /* @__PURE__ */ new Set(), "fs.write": /* @__PURE__ */ new Set() };
        for (const m of missing) {
          if (m.kind === "fs.read" || m.kind === "fs.write")
            fsPaths[m.kind].add(m.allow.slice(m.kind.length + 1));
          else if (!plain.includes(m.allow))
            plain.push(m.allow);
        }
        const dedup = (s) => [...s].filter((p) => ![...s].some((q) => q !== p && isWithin(external_node_path_.resolve("/cwd", p), external_node_path_.resolve("/cwd", q))));
        const reads = dedup(fsPaths["fs.read"]);
        const writes = dedup(fsPaths["fs.write"]);
        const both = reads.filter((p) => writes.includes(p));
        return [
          ...plain,
          ...both.map((p) => `fs=${p}`),
          ...reads.filter((p) => !both.includes(p)).map((p) => `fs.read=${p}`),
          ...writes.filter((p) => !both.includes(p)).map((p) => `fs.write=${p}`)
        ];
      }
      class EntitlementError extends Error {
        missing;
        name = "EntitlementError";
        constructor(missing) {
          const allow = allowValuesFor(missing);
          super([
            "the bake definition asks for privileges that were not allowed:",
            ...missing.map((m) => `  ${describeMissing(m)}`),
            `Grant them with ${allow.map((a) => `--allow=${a}`).join(" ")} (action input "allow": ${allow.join(", ")}), or change the bake definition.`
          ].join("\n"));
          this.missing = missing;
        }
      }
      function assertEntitled(specs, opts) {
        const missing = checkEntitlements(specs, opts);
        if (missing.length)
          throw new EntitlementError(missing);
      }
      var attribute_values = __webpack_require__(9960);
      var call_func = __webpack_require__(7073);
      var metadata_provenance = __webpack_require__(4370);
      var metadata_warnings = __webpack_require__(3216);
      ;
      function overridesFor(opts) {
        const set = [...opts.set];
        if (opts.push)
          set.push("*.push=true");
        if (opts.load)
          set.push("*.load=true");
        const call = (0, call_func.A)(opts.call);
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
        const b = (0, attribute_values.MY)(value);
        if (b !== void 0)
          return `type=${type},disabled=${!b}`;
        return `type=${type},${value}`;
      }
      function resolveDefinition(opts) {
        return (0, bake.ss)({
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
        return Object.entries(def.target).map(([name, t]) => (0, bake_adapter.pA)(name, t, cwd, def.definitionCopies?.[name]));
      }
      function checkDefinitionEntitlements(definition, opts) {
        let specs = targetSpecs(definition, opts.cwd);
        if (opts.warm)
          specs = specs.map((s) => ({ ...s, outputs: [] }));
        assertEntitled(specs, { allow: opts.allow ?? [], cwd: opts.cwd, set: overridesFor(opts) });
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
        return identifyDirectories([...new Set(targetSpecs(definition, opts.cwd).flatMap(context_kind.Vk))], {
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
        (0, bake_adapter.eA)(specs, opts.env);
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
              [__webpack_require__.e(365), __webpack_require__.e(791), __webpack_require__.e(57), __webpack_require__.e(801), __webpack_require__.e(849), __webpack_require__.e(31), __webpack_require__.e(535), __webpack_require__.e(902), __webpack_require__.e(818), __webpack_require__.e(263), __webpack_require__.e(243), __webpack_require__.e(450), __webpack_require__.e(702), __webpack_require__.e(315), __webpack_require__.e(36)]
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
              [__webpack_require__.e(365), __webpack_require__.e(791), __webpack_require__.e(57), __webpack_require__.e(801), __webpack_require__.e(849), __webpack_require__.e(31), __webpack_require__.e(535), __webpack_require__.e(902), __webpack_require__.e(818), __webpack_require__.e(243), __webpack_require__.e(702), __webpack_require__.e(315), __webpack_require__.e(395)]
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
        if ((0, call_func.A)(opts.call))
          return false;
        if (opts.metadataWarnings !== void 0)
          return opts.metadataWarnings;
        return !!opts.metadataFile && (0, metadata_warnings.metadataWarningsEnabled)(opts.env.BUILDX_METADATA_WARNINGS);
      }
      function provenanceMode(opts) {
        if (opts.metadataProvenance)
          return opts.metadataProvenance;
        return opts.metadataFile ? (0, metadata_provenance.ag)(opts.env.BUILDX_METADATA_PROVENANCE) : "disabled";
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
        const file = external_node_path_.resolve(opts.cwd, opts.metadataFile);
        external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
        external_node_fs_.writeFileSync(file, JSON.stringify(metadata, null, 2) + "\n");
      }
      function runTargetSpecs(definition, opts) {
        const specs = bindSecrets(targetSpecs(definition, opts.cwd), opts.secrets ?? []);
        const url = opts.remoteDefinition;
        const auth = opts.gitAuthSecrets ?? [];
        if (!url || auth.length === 0)
          return specs;
        const isRemote = (c) => context_kind.rM.test(c);
        return specs.map((s) => (0, git_auth.sharesGitHost)(url, s.context, isRemote) ? bindSecrets([s], auth)[0] : s);
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
            const local = (0, context_kind.V9)(x) === "local" && (!/^[a-z][a-z0-9+.-]*:/i.test(x) || /^[a-zA-Z]:[\\/]/.test(x));
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
        const remote = context_kind.rM.test(contextRaw);
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
        if (spec.ssh.length === 0 && (0, context_kind.Gb)(spec.context))
          spec.ssh = [{ id: "default", paths: [] }];
        return spec;
      }
    })
  )
};
