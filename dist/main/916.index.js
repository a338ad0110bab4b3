"use strict"; exports.id = 916;
exports.ids = [916];
exports.modules = {
  /***/
  7554: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        i: () => (
          /* binding */
          atPos
        ),
        /* harmony export */
        o: () => (
          /* binding */
          BakeError
        )
        /* harmony export */
      });
      class BakeError extends Error {
        name = "BakeError";
        file;
        line;
        column;
        /** The message without the location prefix. */
        detail;
        constructor(detail, pos) {
          super(pos ? `${pos.file}:${pos.line}:${pos.column}: ${detail}` : detail);
          this.detail = detail;
          if (pos) {
            this.file = pos.file;
            this.line = pos.line;
            this.column = pos.column;
          }
        }
      }
      function atPos(err, pos) {
        if (err instanceof BakeError) {
          if (err.file === void 0 && pos)
            return new BakeError(err.detail, pos);
          return err;
        }
        return new BakeError(err instanceof Error ? err.message : String(err), pos);
      }
    })
  ),
  /***/
  3700: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Oq: () => (
          /* binding */
          rebaseContextPaths
        ),
        /* harmony export */
        T1: () => (
          /* binding */
          defaultContext
        ),
        /* harmony export */
        Vd: () => (
          /* binding */
          copyContextBases
        ),
        /* harmony export */
        at: () => (
          /* binding */
          fileRelativePathsEnabled
        ),
        /* harmony export */
        gF: () => (
          /* binding */
          mergeContextBases
        ),
        /* harmony export */
        nf: () => (
          /* binding */
          setBlockSource
        ),
        /* harmony export */
        vL: () => (
          /* binding */
          setComposeContextBase
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7554);
      var _entries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5865);
      var _go_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6635);
      const bases = /* @__PURE__ */ new WeakMap();
      function entry(t) {
        let b = bases.get(t);
        if (!b) {
          b = { useDefault: false, contextRef: "" };
          bases.set(t, b);
        }
        return b;
      }
      function fileRelativePathsEnabled(env) {
        const v = (env.BUILDX_BAKE_FILE_RELATIVE_PATHS ?? "").trim();
        if (v === "")
          return false;
        const b = (0, _entries_js__WEBPACK_IMPORTED_MODULE_1__.MY)(v);
        if (b === void 0) {
          const q = JSON.stringify(v);
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.o(`failed to parse BUILDX_BAKE_FILE_RELATIVE_PATHS value ${q}: strconv.ParseBool: parsing ${q}: invalid syntax`);
        }
        return b;
      }
      function isRemoteURL(s) {
        if (s.startsWith("http://") || s.startsWith("https://"))
          return true;
        if (s.startsWith("./") || s.startsWith("../"))
          return false;
        if (s.startsWith("github.com/"))
          return true;
        const proto = /^([a-zA-Z0-9]+):\/\//.exec(s);
        if (proto) {
          const scheme = proto[1].toLowerCase();
          if (scheme === "http" || scheme === "https")
            return /\.git$/.test(s.replace(/[?#].*$/, ""));
          return scheme === "ssh" || scheme === "git";
        }
        return /^[a-zA-Z0-9\-_]+@[a-zA-Z0-9\-.]+:/.test(s);
      }
      function localFileDir(name) {
        if (name === "" || name === "-" || isRemoteURL(name))
          return void 0;
        const i = name.lastIndexOf("/");
        return i < 0 ? "." : (0, _go_path_js__WEBPACK_IMPORTED_MODULE_2__.t)(name.slice(0, i + 1));
      }
      function isSpecialContextPath(p) {
        return p.startsWith("cwd://") || p.startsWith("target:") || p.startsWith("docker-image:") || p.startsWith("oci-layout://") || isRemoteURL(p);
      }
      function rebaseContextPath(base, p) {
        if (base === "" || p === "" || isSpecialContextPath(p) || p.startsWith("/"))
          return p;
        return (0, _go_path_js__WEBPACK_IMPORTED_MODULE_2__.t)(`${base}/${p}`);
      }
      function targetContextRef(expr) {
        if (expr.kind !== "getattr" || expr.name !== "context")
          return "";
        const obj = expr.obj;
        if (obj.kind === "getattr")
          return obj.obj.kind === "var" && obj.obj.name === "target" ? obj.name : "";
        if (obj.kind !== "index" || obj.obj.kind !== "var" || obj.obj.name !== "target")
          return "";
        const key = obj.key;
        if (key.kind === "literal") {
          const v = key.value;
          return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : "";
        }
        if (key.kind === "template" && key.parts.length === 1 && key.parts[0].kind === "text")
          return key.parts[0].value;
        return "";
      }
      function setContextsBase(t, b, base) {
        if (!t.contexts || t.contexts.size === 0)
          return;
        b.contextsBase ??= /* @__PURE__ */ new Map();
        for (const k of t.contexts.keys())
          b.contextsBase.set(k, base);
      }
      function setBlockSource(t, block) {
        const base = localFileDir(block.pos.file) ?? "";
        const b = entry(t);
        b.defaultBase = base;
        let context;
        let contexts = false;
        for (const item of block.body.items) {
          if (item.kind !== "attribute")
            continue;
          if (item.name === "context")
            context = item;
          else if (item.name === "contexts")
            contexts = true;
        }
        if (context) {
          b.contextBase = base;
          b.contextRef = targetContextRef(context.expr);
        }
        if (contexts)
          setContextsBase(t, b, base);
      }
      function setComposeContextBase(config, files) {
        if (files.length === 0)
          return;
        const base = localFileDir(files[0].name);
        if (base === void 0)
          return;
        for (const t of config.targets) {
          const b = entry(t);
          b.defaultBase = base;
          if (t.context !== void 0)
            b.contextBase = base;
          setContextsBase(t, b, base);
        }
      }
      function mergeContextBases(t, t2) {
        const b2 = bases.get(t2);
        if (!b2 && !bases.has(t))
          return;
        const b = entry(t);
        if (b2?.defaultBase !== void 0) {
          b.defaultBase = b2.defaultBase;
          b.useDefault = b2.useDefault;
        }
        if (t2.context !== void 0) {
          b.contextBase = b2?.contextBase;
          b.contextRef = b2?.contextRef ?? "";
        }
        for (const k of t2.contexts?.keys() ?? []) {
          const base = b2?.contextsBase?.get(k);
          if (base !== void 0)
            (b.contextsBase ??= /* @__PURE__ */ new Map()).set(k, base);
          else
            b.contextsBase?.delete(k);
        }
      }
      function copyContextBases(from, to) {
        const b = bases.get(from);
        if (b)
          bases.set(to, { ...b, contextsBase: b.contextsBase && new Map(b.contextsBase) });
      }
      function rebaseContextPaths(config) {
        const byName = new Map(config.targets.map((t) => [t.name, t]));
        for (const t of config.targets) {
          const b = bases.get(t);
          if (!b)
            continue;
          const ref = b.contextRef === "" ? void 0 : byName.get(b.contextRef);
          const rb = ref && bases.get(ref);
          if (rb?.contextBase !== void 0)
            b.contextBase = rb.contextBase;
          else if (rb?.defaultBase !== void 0)
            b.contextBase = rb.defaultBase;
          if (t.context !== void 0) {
            if (b.contextBase !== void 0)
              t.context = rebaseContextPath(b.contextBase, t.context);
          } else if (b.defaultBase !== void 0) {
            b.useDefault = true;
          }
          if (t.contexts) {
            for (const [k, v] of t.contexts) {
              const base = b.contextsBase?.get(k);
              if (base !== void 0)
                t.contexts.set(k, rebaseContextPath(base, v));
            }
          }
        }
      }
      function defaultContext(t) {
        const b = bases.get(t);
        return b?.useDefault ? rebaseContextPath(b.defaultBase ?? "", ".") : ".";
      }
    })
  ),
  /***/
  6635: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        t: () => (
          /* binding */
          cleanPath
        )
        /* harmony export */
      });
      function cleanPath(p) {
        if (p === "")
          return ".";
        const rooted = p.startsWith("/");
        const out = [];
        for (const part of p.split("/")) {
          if (part === "" || part === ".")
            continue;
          if (part === "..") {
            if (out.length > 0 && out[out.length - 1] !== "..")
              out.pop();
            else if (!rooted)
              out.push("..");
            continue;
          }
          out.push(part);
        }
        const s = out.join("/");
        return rooted ? "/" + s : s === "" ? "." : s;
      }
    })
  ),
  /***/
  2916: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        R_: () => (
          /* binding */
          normalizeTarget
        ),
        /* harmony export */
        aj: () => (
          /* binding */
          setTargetAttribute
        ),
        /* harmony export */
        eE: () => (
          /* binding */
          isTargetAttribute
        ),
        /* harmony export */
        gj: () => (
          /* binding */
          dedupeStrings
        ),
        /* harmony export */
        j: () => (
          /* binding */
          cloneTarget
        ),
        /* harmony export */
        kR: () => (
          /* binding */
          TARGET_ATTRIBUTES
        ),
        /* harmony export */
        lq: () => (
          /* binding */
          targetAttributeValue
        ),
        /* harmony export */
        ux: () => (
          /* binding */
          mergeTarget
        )
        /* harmony export */
      });
      var _entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5865);
      var _file_relative_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3700);
      var _hcl_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6676);
      const TARGET_ATTRIBUTES = [
        "description",
        "inherits",
        "annotations",
        "attest",
        "context",
        "contexts",
        "dockerfile",
        "dockerfile-inline",
        "args",
        "labels",
        "tags",
        "cache-from",
        "cache-to",
        "target",
        "secret",
        "ssh",
        "platforms",
        "output",
        "pull",
        "no-cache",
        "network",
        "no-cache-filter",
        "shm-size",
        "ulimits",
        "resources",
        "call",
        "entitlements",
        "extra-hosts",
        "policy"
      ];
      function isTargetAttribute(name) {
        return TARGET_ATTRIBUTES.includes(name);
      }
      function stringList(v, what) {
        const l = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_2__.DD)(v, what);
        if (l === null)
          return void 0;
        return l.map((x, i) => (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_2__.oJ)(x, `${what}[${i}]`) ?? "");
      }
      function stringMap(v, what) {
        const o = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_2__.eB)(v, what);
        if (o === null)
          return void 0;
        const m = /* @__PURE__ */ new Map();
        for (const [k, x] of o)
          m.set(k, (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_2__.oJ)(x, `${what}.${k}`));
        return m;
      }
      function optString(v, what) {
        const s = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_2__.oJ)(v, what);
        return s === null ? void 0 : s;
      }
      function optBool(v, what) {
        const b = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_2__.XL)(v, what);
        return b === null ? void 0 : b;
      }
      function setTargetAttribute(t, name, raw) {
        const v = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_2__.O9)(raw);
        switch (name) {
          case "description":
            t.description = optString(v, name) ?? "";
            return;
          case "inherits":
            t.inherits = stringList(v, name);
            return;
          case "annotations":
            t.annotations = stringList(v, name);
            return;
          case "attest":
            t.attest = v === null ? void 0 : (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.qz)(listOf(v, name));
            return;
          case "context":
            t.context = optString(v, name);
            return;
          case "contexts": {
            const m = stringMap(v, name);
            t.contexts = m && new Map([...m].map(([k, x]) => [k, x ?? ""]));
            return;
          }
          case "dockerfile":
            t.dockerfile = optString(v, name);
            return;
          case "dockerfile-inline":
            t.dockerfileInline = optString(v, name);
            return;
          case "args":
            t.args = stringMap(v, name);
            return;
          case "labels":
            t.labels = stringMap(v, name);
            return;
          case "tags":
            t.tags = stringList(v, name);
            return;
          case "cache-from":
            t.cacheFrom = v === null ? void 0 : (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.Zd)(listOf(v, name));
            return;
          case "cache-to":
            t.cacheTo = v === null ? void 0 : (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.Zd)(listOf(v, name));
            return;
          case "target":
            t.target = optString(v, name);
            return;
          case "secret":
            t.secret = v === null ? void 0 : (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.z8)(listOf(v, name));
            return;
          case "ssh":
            t.ssh = v === null ? void 0 : (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.al)(listOf(v, name));
            return;
          case "platforms":
            t.platforms = stringList(v, name);
            return;
          case "output":
            t.output = v === null ? void 0 : (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.ty)(listOf(v, name));
            return;
          case "pull":
            t.pull = optBool(v, name);
            return;
          case "no-cache":
            t.noCache = optBool(v, name);
            return;
          case "network":
            t.network = optString(v, name);
            return;
          case "no-cache-filter":
            t.noCacheFilter = stringList(v, name);
            return;
          case "shm-size":
            t.shmSize = optString(v, name);
            return;
          case "ulimits":
            t.ulimits = stringList(v, name);
            return;
          case "call":
            t.call = optString(v, name);
            return;
          case "entitlements":
            t.entitlements = stringList(v, name);
            return;
          case "extra-hosts":
            t.extraHosts = stringMap(v, name);
            return;
          case "resources":
            t.resources = v === null ? void 0 : (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.DS)(v);
            return;
          case "policy":
            t.policy = v === null ? void 0 : (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.kT)(listOf(v, name));
            return;
        }
      }
      function listOf(v, what) {
        return (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_2__.DD)(v, what) ?? [];
      }
      function mapValue(m) {
        if (!m)
          return null;
        const o = /* @__PURE__ */ new Map();
        for (const [k, v] of m)
          o.set(k, v);
        return o;
      }
      function listValue(l) {
        return l ? [...l] : null;
      }
      function entriesValue(l, withDest = false) {
        if (!l)
          return null;
        return l.map((e) => {
          const m = /* @__PURE__ */ new Map();
          for (const [k, v] of Object.entries(e))
            m.set(k, typeof v === "boolean" ? String(v) : v);
          if (withDest && !m.has("dest"))
            m.set("dest", "");
          return m;
        });
      }
      function targetAttributeValue(t, name) {
        switch (name) {
          case "name":
            return t.name;
          case "description":
            return t.description ?? "";
          case "inherits":
            return listValue(t.inherits);
          case "annotations":
            return listValue(t.annotations);
          case "attest":
            return entriesValue(t.attest);
          case "context":
            return t.context ?? null;
          case "contexts":
            return t.contexts ? new Map(t.contexts) : null;
          case "dockerfile":
            return t.dockerfile ?? null;
          case "dockerfile-inline":
            return t.dockerfileInline ?? null;
          case "args":
            return mapValue(t.args);
          case "labels":
            return mapValue(t.labels);
          case "tags":
            return listValue(t.tags);
          case "cache-from":
            return entriesValue(t.cacheFrom);
          case "cache-to":
            return entriesValue(t.cacheTo);
          case "target":
            return t.target ?? null;
          case "secret":
            return t.secret ? t.secret.map((s) => /* @__PURE__ */ new Map([
              ["env", s.env ?? ""],
              ["id", s.id ?? ""],
              ["src", s.src ?? ""]
            ])) : null;
          case "ssh":
            return t.ssh ? t.ssh.map((s) => /* @__PURE__ */ new Map([
              ["id", s.id ?? ""],
              ["paths", [...s.paths ?? []]]
            ])) : null;
          case "platforms":
            return listValue(t.platforms);
          case "output":
            return entriesValue(t.output, true);
          case "pull":
            return t.pull ?? null;
          case "no-cache":
            return t.noCache ?? null;
          case "network":
            return t.network ?? null;
          case "no-cache-filter":
            return listValue(t.noCacheFilter);
          case "shm-size":
            return t.shmSize ?? null;
          case "ulimits":
            return listValue(t.ulimits);
          case "call":
            return t.call ?? null;
          case "entitlements":
            return listValue(t.entitlements);
          case "extra-hosts":
            return mapValue(t.extraHosts);
          case "resources": {
            if (!t.resources)
              return null;
            const r = t.resources;
            return new Map(_entries_js__WEBPACK_IMPORTED_MODULE_0__.kc.map((k) => [k, r[k] ?? null]));
          }
          case "policy":
            return t.policy ? t.policy.map((p) => new Map((0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.tp)(p))) : null;
          default:
            return void 0;
        }
      }
      function mergeMap(into, from, skipNull) {
        if (!from)
          return into;
        for (const [k, v] of from) {
          if (v === null && skipNull)
            continue;
          if (!into)
            into = /* @__PURE__ */ new Map();
          into.set(k, v);
        }
        return into;
      }
      function mergeTarget(t, t2) {
        (0, _file_relative_js__WEBPACK_IMPORTED_MODULE_1__.gF)(t, t2);
        if (t2.context !== void 0)
          t.context = t2.context;
        if (t2.dockerfile !== void 0)
          t.dockerfile = t2.dockerfile;
        if (t2.dockerfileInline !== void 0)
          t.dockerfileInline = t2.dockerfileInline;
        t.args = mergeMap(t.args, t2.args, true);
        t.contexts = mergeMap(t.contexts, t2.contexts, false);
        t.labels = mergeMap(t.labels, t2.labels, true);
        if (t2.tags !== void 0)
          t.tags = [...t2.tags];
        if (t2.target !== void 0)
          t.target = t2.target;
        if (t2.call !== void 0)
          t.call = t2.call;
        if (t2.annotations !== void 0)
          t.annotations = [...t.annotations ?? [], ...t2.annotations];
        if (t2.attest !== void 0)
          t.attest = (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.xq)(t.attest, t2.attest, _entries_js__WEBPACK_IMPORTED_MODULE_0__.Eg);
        if (t2.policy !== void 0 && (t.policy !== void 0 || t2.policy.length))
          t.policy = [...t.policy ?? [], ...t2.policy.map(_entries_js__WEBPACK_IMPORTED_MODULE_0__.uS)];
        if (t2.secret !== void 0)
          t.secret = (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.xq)(t.secret, t2.secret, _entries_js__WEBPACK_IMPORTED_MODULE_0__.Fs);
        if (t2.ssh !== void 0)
          t.ssh = (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.xq)(t.ssh, t2.ssh, _entries_js__WEBPACK_IMPORTED_MODULE_0__.uT);
        if (t2.platforms !== void 0)
          t.platforms = [...t2.platforms];
        if (t2.cacheFrom !== void 0)
          t.cacheFrom = (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.xq)(t.cacheFrom, t2.cacheFrom, _entries_js__WEBPACK_IMPORTED_MODULE_0__.fm);
        if (t2.cacheTo !== void 0)
          t.cacheTo = [...t2.cacheTo];
        if (t2.output !== void 0)
          t.output = t2.output.map((o) => ({ ...o }));
        if (t2.pull !== void 0)
          t.pull = t2.pull;
        if (t2.noCache !== void 0)
          t.noCache = t2.noCache;
        if (t2.network !== void 0)
          t.network = t2.network;
        if (t2.noCacheFilter !== void 0)
          t.noCacheFilter = [...t.noCacheFilter ?? [], ...t2.noCacheFilter];
        if (t2.shmSize !== void 0)
          t.shmSize = t2.shmSize;
        if (t2.ulimits !== void 0)
          t.ulimits = [...t.ulimits ?? [], ...t2.ulimits];
        if (t2.resources !== void 0)
          t.resources = (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.UZ)(t.resources, t2.resources);
        if (t2.description)
          t.description = t2.description;
        if (t2.entitlements !== void 0)
          t.entitlements = [...t.entitlements ?? [], ...t2.entitlements];
        t.extraHosts = mergeMap(t.extraHosts, t2.extraHosts, true);
        if (t2.inherits)
          t.inherits = [...t.inherits ?? [], ...t2.inherits];
      }
      function dedupeStrings(l) {
        if (l === void 0)
          return void 0;
        const seen = /* @__PURE__ */ new Set();
        return l.filter((s) => s !== "" && !seen.has(s) && (seen.add(s), true));
      }
      function normalizeTarget(t) {
        t.annotations = dedupeStrings(t.annotations);
        t.attest = (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.Eg)(t.attest);
        t.tags = dedupeStrings(t.tags);
        t.secret = (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.Fs)(t.secret);
        t.ssh = (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.uT)(t.ssh);
        t.platforms = dedupeStrings(t.platforms);
        t.cacheFrom = (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.fm)(t.cacheFrom);
        t.cacheTo = (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.fm)(t.cacheTo);
        t.output = (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.lX)(t.output);
        t.noCacheFilter = dedupeStrings(t.noCacheFilter);
        t.ulimits = dedupeStrings(t.ulimits);
        if (t.network === "host")
          t.entitlements = [...t.entitlements ?? [], "network.host"];
        t.entitlements = dedupeStrings(t.entitlements);
        if (t.contexts) {
          for (const [k, v] of [...t.contexts])
            if (v === "")
              t.contexts.delete(k);
          if (t.contexts.size === 0)
            t.contexts = void 0;
        }
      }
      function cloneTarget(t) {
        const c = { ...t };
        const maps = ["contexts", "args", "labels", "extraHosts"];
        for (const k of maps)
          if (t[k])
            c[k] = new Map(t[k]);
        const lists = ["inherits", "annotations", "tags", "platforms", "noCacheFilter", "ulimits", "entitlements"];
        for (const k of lists)
          if (t[k])
            c[k] = [...t[k]];
        const entries = ["attest", "cacheFrom", "cacheTo", "secret", "ssh", "output"];
        for (const k of entries)
          if (t[k])
            c[k] = t[k].map((e) => ({ ...e }));
        if (t.resources)
          c.resources = { ...t.resources };
        if (t.policy)
          c.policy = t.policy.map(_entries_js__WEBPACK_IMPORTED_MODULE_0__.uS);
        (0, _file_relative_js__WEBPACK_IMPORTED_MODULE_1__.Vd)(t, c);
        return c;
      }
    })
  )
};
