"use strict"; exports.id = 364;
exports.ids = [364];
exports.modules = {
  /***/
  1364: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        E$: () => (
          /* binding */
          redact
        ),
        /* harmony export */
        MT: () => (
          /* binding */
          parseBuildkitVersion
        ),
        /* harmony export */
        Wm: () => (
          /* binding */
          isReportedStep
        ),
        /* harmony export */
        f9: () => (
          /* binding */
          warmResult
        ),
        /* harmony export */
        formatWarmTable: () => (
          /* binding */
          formatWarmTable
        ),
        /* harmony export */
        oW: () => (
          /* binding */
          describeCacheEntry
        ),
        /* harmony export */
        p1: () => (
          /* binding */
          githubCacheEnv
        ),
        /* harmony export */
        p_: () => (
          /* binding */
          usesGhaCache
        ),
        /* harmony export */
        sp: () => (
          /* binding */
          resolveTargetCache
        ),
        /* harmony export */
        ug: () => (
          /* binding */
          daemonCacheSupport
        )
        /* harmony export */
      });
      var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9960);
      var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
      const GHA_CACHE_TIMEOUT = "10s";
      function goParseBool(value) {
        return (0, _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_0__.MY)(value) === true;
      }
      function githubCacheEnv(env) {
        const get = (k) => env[k] || void 0;
        return {
          token: get("ACTIONS_RUNTIME_TOKEN"),
          cacheUrl: get("ACTIONS_CACHE_URL"),
          resultsUrl: get("ACTIONS_RESULTS_URL"),
          v2: goParseBool(env.ACTIONS_CACHE_SERVICE_V2)
        };
      }
      function inGithubActions(env) {
        return !!env.ACTIONS_RUNTIME_TOKEN;
      }
      function clean(s) {
        return s.replace(/[^A-Za-z0-9._-]+/g, "-");
      }
      function defaultCacheScope(target, platforms = []) {
        const name = clean(target);
        const plats = [...new Set(platforms.map((p) => p.trim().toLowerCase()).filter(Boolean))].sort();
        if (!plats.length)
          return name;
        const scope = `${name}-${plats.map(clean).join("_")}`;
        if (scope.length <= 100)
          return scope;
        return `${name.slice(0, 80)}-${node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash("sha256").update(plats.join(",")).digest("hex").slice(0, 12)}`;
      }
      function parseBuildkitVersion(version) {
        const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec((version ?? "").trim());
        if (!m)
          return void 0;
        const v = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
        return v[0] === 0 && v[1] === 0 && v[2] === 0 ? void 0 : v;
      }
      function daemonCacheSupport(version) {
        const v = parseBuildkitVersion(version);
        const atLeast = (minor) => v === void 0 || v[0] > 0 || v[1] >= minor;
        return { version, ghaV2: atLeast(20), ghaListKeys: atLeast(14) };
      }
      function resolveTargetCache(spec, opts) {
        const gh = githubCacheEnv(opts.env);
        const repository = opts.env.GITHUB_REPOSITORY || void 0;
        const scope = defaultCacheScope(spec.name, spec.platforms);
        const warnings = [];
        let from = spec.cacheFrom;
        let to = spec.cacheTo;
        let defaulted = false;
        if (opts.mode === "auto" && gh.token && !from.length && !to.length) {
          from = [{ type: "gha", scope }];
          to = [{ type: "gha", scope, mode: "max", "ignore-error": "true" }];
          defaulted = true;
        }
        const complete = (e, dir) => {
          if (e.type !== "gha")
            return [e];
          const out = { ...e };
          const flag = dir === "export" ? "cache-to" : "cache-from";
          if (!out.scope)
            out.scope = scope;
          if (!out.token && gh.token)
            out.token = gh.token;
          const version = out.version ?? (gh.v2 ? "2" : void 0);
          if (version === "2" && !out.url_v2 && gh.resultsUrl)
            out.url_v2 = gh.resultsUrl;
          let urlFromResults = false;
          if (!out.url) {
            if (gh.cacheUrl)
              out.url = gh.cacheUrl;
            else if (gh.resultsUrl) {
              out.url = gh.resultsUrl;
              urlFromResults = true;
            }
          } else if (gh.resultsUrl && out.url === gh.resultsUrl && out.url !== gh.cacheUrl) {
            urlFromResults = true;
          }
          if (dir === "export" && out["ignore-error"] === void 0)
            out["ignore-error"] = "true";
          if (dir === "export" && repository && opts.githubToken && (opts.daemon?.ghaListKeys ?? true)) {
            if (!out.repository)
              out.repository = repository;
            if (!out.ghtoken)
              out.ghtoken = opts.githubToken;
          }
          if (out.timeout === void 0)
            out.timeout = GHA_CACHE_TIMEOUT;
          if (!out.token || !out.url && !out.url_v2) {
            const missing = !out.token ? "no runtime token (ACTIONS_RUNTIME_TOKEN)" : "no cache service URL (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL)";
            warnings.push({
              target: spec.name,
              message: `${flag} type=gha,scope=${out.scope} skipped: ${missing}; the GitHub Actions cache works only inside a workflow job`
            });
            return [];
          }
          const wantsV2 = version === "2" || !!out.url_v2 && version !== "1";
          if (wantsV2 && opts.daemon && !opts.daemon.ghaV2) {
            delete out.url_v2;
            if (out.version === "2")
              delete out.version;
            const daemon = `BuildKit ${opts.daemon.version ?? "(unknown version)"}`;
            if (!out.url || urlFromResults) {
              warnings.push({
                message: `GitHub Actions cache API v2 needs BuildKit v0.20 or later, but the builder runs ${daemon}, which speaks only API v1, and no v1 URL (ACTIONS_CACHE_URL) is set: the gha cache is disabled. Use a newer builder.`
              });
              return [];
            }
            warnings.push({
              message: `GitHub Actions cache API v2 needs BuildKit v0.20 or later, but the builder runs ${daemon}: using cache API v1 (ACTIONS_CACHE_URL) instead, which GitHub's hosted service no longer answers since 2025-04-15. Use a newer builder.`
            });
          }
          return [out];
        };
        return {
          cacheFrom: from.flatMap((e) => complete(e, "import")),
          cacheTo: to.flatMap((e) => complete(e, "export")),
          defaulted,
          warnings
        };
      }
      function usesGhaCache(specs, opts) {
        return specs.some((s) => {
          const r = resolveTargetCache(s, { ...opts, daemon: void 0 });
          return [...r.cacheFrom, ...r.cacheTo].some((e) => e.type === "gha");
        });
      }
      function describeCacheEntry(e) {
        const [type, attrs] = "Attrs" in e && typeof e.Attrs === "object" ? [e.Type, e.Attrs] : [e.type, e];
        const parts = [`type=${type}`];
        for (const k of ["scope", "ref", "mode", "name"])
          if (attrs[k])
            parts.push(`${k}=${attrs[k]}`);
        return parts.join(",");
      }
      function redact(text, secrets) {
        let out = text;
        for (const s of secrets)
          if (s && s.length >= 4)
            out = out.split(s).join("***");
        return out;
      }
      function isBuildStep(vertexName) {
        return /^\[[^\]]*\b\d+\/\d+\]/.test(vertexName);
      }
      function isFromStep(vertexName) {
        return /^\[[^\]]*\b\d+\/\d+\] FROM /.test(vertexName);
      }
      function isReportedStep(vertexName) {
        return isBuildStep(vertexName) && !isFromStep(vertexName);
      }
      function warmResult(status, steps, cachedSteps) {
        if (status !== "done")
          return status;
        return cachedSteps >= steps ? "warm" : "built";
      }
      function formatWarmTable(reports) {
        const label = {
          warm: "already warm",
          built: "built",
          failed: "failed",
          cancelled: "cancelled"
        };
        const rows = reports.map((r) => [
          r.target,
          label[r.result],
          `${r.cachedSteps}/${r.steps}`,
          r.result === "failed" || r.result === "cancelled" ? "-" : r.cacheSaved ? "yes" : "no"
        ]);
        const head = ["TARGET", "RESULT", "STEPS CACHED", "CACHE SAVED"];
        const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
        const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ");
        return ["Cache warming:", line(head), ...rows.map(line)];
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
