"use strict"; exports.id = 853;
exports.ids = [853];
exports.modules = {
  /***/
  3426: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Ok: () => (
          /* binding */
          toBakeDefinition
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
      function toBakeDefinition(targets, groups) {
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
  7073: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        A: () => (
          /* binding */
          callName
        ),
        /* harmony export */
        K: () => (
          /* binding */
          parseCallFunc
        )
        /* harmony export */
      });
      const GO_TRUE = /^(1|t|T|TRUE|true|True)$/;
      const GO_FALSE = /^(0|f|F|FALSE|false|False)$/;
      function parseCallFunc(value) {
        let name = "";
        let format;
        let ignoreStatus = false;
        for (const field of value.split(",")) {
          const eq = field.indexOf("=");
          if (eq < 0) {
            if (name !== "")
              throw new Error(`invalid print value: ${value}`);
            name = field;
            continue;
          }
          const key = field.slice(0, eq);
          const val = field.slice(eq + 1);
          if (key === "format")
            format = val;
          else if (key === "ignorestatus") {
            if (!GO_TRUE.test(val) && !GO_FALSE.test(val))
              throw new Error(`invalid ignorestatus print value: ${val}`);
            ignoreStatus = GO_TRUE.test(val);
          } else
            throw new Error(`invalid print field: ${field}`);
        }
        if (name === "check")
          name = "lint";
        return { name, format, ignoreStatus };
      }
      function callName(call) {
        if (!call)
          return void 0;
        const { name } = parseCallFunc(call);
        return name === "" || name === "build" ? void 0 : name;
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
  )
};
