#!/usr/bin/env node
"use strict";
const __bakekit_builtin = (id) => {
  const load = () => require(id);
  const withDefaultV8Flags = globalThis[/* @__PURE__ */ Symbol.for("bakekit.withDefaultV8Flags")];
  return typeof withDefaultV8Flags === "function" ? withDefaultV8Flags(load) : load();
};
var __webpack_modules__ = {
  /***/
  181: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("buffer");
    })
  ),
  /***/
  9896: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("fs");
    })
  ),
  /***/
  4573: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:buffer");
    })
  ),
  /***/
  1421: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:child_process");
    })
  ),
  /***/
  7598: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:crypto");
    })
  ),
  /***/
  3024: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:fs");
    })
  ),
  /***/
  1455: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:fs/promises");
    })
  ),
  /***/
  7067: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:http");
    })
  ),
  /***/
  2467: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:http2");
    })
  ),
  /***/
  4708: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:https");
    })
  ),
  /***/
  7030: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:net");
    })
  ),
  /***/
  8161: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:os");
    })
  ),
  /***/
  6760: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:path");
    })
  ),
  /***/
  7075: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:stream");
    })
  ),
  /***/
  8500: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:timers/promises");
    })
  ),
  /***/
  1692: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:tls");
    })
  ),
  /***/
  7975: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:util");
    })
  ),
  /***/
  8877: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:v8");
    })
  ),
  /***/
  714: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:vm");
    })
  ),
  /***/
  5919: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:worker_threads");
    })
  ),
  /***/
  932: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("process");
    })
  ),
  /***/
  5618: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        E: () => (
          /* binding */
          policyFlagOverrides
        ),
        /* harmony export */
        m: () => (
          /* binding */
          POLICY_FLAG_MARK
        )
        /* harmony export */
      });
      const POLICY_FLAG_MARK = "\0--policy ";
      function policyFlagOverrides(values) {
        return values.map((v) => `*.policy+=${POLICY_FLAG_MARK}${v}`);
      }
    })
  ),
  /***/
  5650: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        VC: () => (
          /* binding */
          bytesSize
        ),
        /* harmony export */
        h$: () => (
          /* binding */
          ramInBytes
        )
        /* harmony export */
      });
      class InvalidSizeError extends Error {
        value;
        name = "InvalidSizeError";
        constructor(value) {
          super(`invalid size: '${value}'`);
          this.value = value;
        }
      }
      const BINARY_UNITS = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
      const GO_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
      function ramInBytes(value) {
        let sep = -1;
        for (let i = value.length - 1; i >= 0; i--) {
          if ("0123456789. ".includes(value[i])) {
            sep = i;
            break;
          }
        }
        if (sep < 0)
          throw new InvalidSizeError(value);
        const num = value[sep] === " " ? value.slice(0, sep) : value.slice(0, sep + 1);
        let suffix = value.slice(sep + 1);
        if (!GO_DECIMAL.test(num))
          throw new InvalidSizeError(value);
        let size = Number.parseFloat(num);
        if (size < 0)
          throw new InvalidSizeError(value);
        if (suffix !== "") {
          suffix = suffix.toLowerCase();
          if (suffix.length > 3)
            throw new InvalidSizeError(value);
          if (suffix[0] === "b") {
            if (suffix.length > 1)
              throw new InvalidSizeError(value);
          } else {
            const multiple = BINARY_UNITS[suffix[0]];
            if (multiple === void 0)
              throw new InvalidSizeError(value);
            if (suffix.length === 2 && suffix[1] !== "b" || suffix.length === 3 && suffix.slice(1) !== "ib")
              throw new InvalidSizeError(value);
            size *= multiple;
          }
        }
        return Math.trunc(size);
      }
      function bytesSize(n) {
        const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];
        let i = 0;
        let v = n;
        while (v >= 1024 && i < units.length - 1) {
          v /= 1024;
          i++;
        }
        return `${Number(v.toPrecision(4))}${units[i]}`;
      }
    })
  ),
  /***/
  9979: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.r(__webpack_exports__2);
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        BULK_BYTES: () => (
          /* binding */
          BULK_BYTES
        ),
        /* harmony export */
        FIRST_V8_WITH_MAGLEV: () => (
          /* binding */
          FIRST_V8_WITH_MAGLEV
        ),
        /* harmony export */
        MAGLEV: () => (
          /* binding */
          MAGLEV
        ),
        /* harmony export */
        NO_MAGLEV: () => (
          /* binding */
          NO_MAGLEV
        ),
        /* harmony export */
        NO_TURBOFAN: () => (
          /* binding */
          NO_TURBOFAN
        ),
        /* harmony export */
        TURBOFAN: () => (
          /* binding */
          TURBOFAN
        ),
        /* harmony export */
        TURBOFAN_AFTER_MS: () => (
          /* binding */
          TURBOFAN_AFTER_MS
        ),
        /* harmony export */
        deferOptimizingCompiler: () => (
          /* binding */
          deferOptimizingCompiler
        ),
        /* harmony export */
        restoreMaglev: () => (
          /* binding */
          restoreMaglev
        ),
        /* harmony export */
        restoreOptimizingCompiler: () => (
          /* binding */
          restoreOptimizingCompiler
        )
        /* harmony export */
      });
      var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(8877);
      var _v8_flags_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(7653);
      const NO_TURBOFAN = "--no-turbofan";
      const TURBOFAN = "--turbofan";
      const NO_MAGLEV = "--no-maglev";
      const MAGLEV = "--maglev";
      const BULK_BYTES = 64 * 1024 * 1024;
      const TURBOFAN_AFTER_MS = 5e3;
      const FIRST_V8_WITH_MAGLEV = 12;
      const MAGLEV_ARCHITECTURES = ["x64", "arm64"];
      const USER_TIERING_FLAG = /(^|\s)--(no-)?(turbofan|opt|jitless|max-opt|maglev)(=|\s|$)/;
      let deferred;
      function deferOptimizingCompiler({ env = process.env, execArgv = process.execArgv, afterMs = TURBOFAN_AFTER_MS, v8Version = process.versions.v8, arch = process.arch, setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString } = {}) {
        restoreOptimizingCompiler();
        if (env.BAKEKIT_V8_TURBOFAN === "1")
          return false;
        if (!(Number.parseInt(v8Version, 10) >= FIRST_V8_WITH_MAGLEV) || !MAGLEV_ARCHITECTURES.includes(arch))
          return false;
        if (USER_TIERING_FLAG.test(`${env.NODE_OPTIONS ?? ""} ${execArgv.join(" ")}`))
          return false;
        try {
          (0, _v8_flags_js__WEBPACK_IMPORTED_MODULE_1__.N1)(NO_TURBOFAN, TURBOFAN, setFlags);
        } catch {
          return false;
        }
        let maglevHeld = true;
        try {
          (0, _v8_flags_js__WEBPACK_IMPORTED_MODULE_1__.N1)(NO_MAGLEV, MAGLEV, setFlags);
        } catch {
          maglevHeld = false;
        }
        const timer = setTimeout(restoreOptimizingCompiler, afterMs);
        timer.unref();
        deferred = { setFlags, timer, maglevHeld };
        return true;
      }
      function restoreMaglev() {
        if (!deferred?.maglevHeld)
          return;
        deferred.maglevHeld = false;
        try {
          (0, _v8_flags_js__WEBPACK_IMPORTED_MODULE_1__.N1)(MAGLEV, MAGLEV, deferred.setFlags);
        } catch {
        }
      }
      function restoreOptimizingCompiler() {
        if (!deferred)
          return;
        restoreMaglev();
        const { setFlags, timer } = deferred;
        deferred = void 0;
        clearTimeout(timer);
        try {
          (0, _v8_flags_js__WEBPACK_IMPORTED_MODULE_1__.N1)(TURBOFAN, TURBOFAN, setFlags);
        } catch {
        }
      }
    })
  ),
  /***/
  7653: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        N1: () => (
          /* binding */
          setV8Flag
        ),
        /* harmony export */
        z6: () => (
          /* binding */
          withDefaultV8Flags
        )
        /* harmony export */
      });
      var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(8877);
      const DEFAULT_V8_FLAGS_HOOK = "bakekit.withDefaultV8Flags";
      const changed = /* @__PURE__ */ new Map();
      function setV8Flag(setting, defaultSetting, setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString) {
        setFlags(setting);
        const name = flagName(defaultSetting);
        if (setting === defaultSetting)
          changed.delete(name);
        else
          changed.set(name, { setting, defaultSetting, setFlags });
      }
      function withDefaultV8Flags(load) {
        if (changed.size === 0)
          return load();
        const flags = [...changed.values()];
        for (const f of flags)
          trySet(f.setFlags, f.defaultSetting);
        try {
          return load();
        } finally {
          for (const f of flags)
            trySet(f.setFlags, f.setting);
        }
      }
      function changedV8Flags() {
        return [...changed.values()].map((f) => f.setting);
      }
      globalThis[Symbol.for(DEFAULT_V8_FLAGS_HOOK)] = withDefaultV8Flags;
      function flagName(setting) {
        return setting.replace(/^--(no-)?/, "").replace(/=.*$/, "");
      }
      function trySet(setFlags, setting) {
        try {
          setFlags(setting);
        } catch {
        }
      }
    })
  ),
  /***/
  8148: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Dd: () => (
          /* binding */
          keepYoungGenerationSmall
        ),
        /* harmony export */
        dp: () => (
          /* binding */
          letYoungGenerationGrow
        ),
        /* harmony export */
        pF: () => (
          /* binding */
          MANY_SMALL_MESSAGES
        ),
        /* harmony export */
        sd: () => (
          /* binding */
          SMALL_MESSAGE_BYTES
        )
        /* harmony export */
      });
      var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(8877);
      var _v8_flags_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(7653);
      const NO_YOUNG_GENERATION_GROWTH = "--semi-space-growth-factor=1";
      const DEFAULT_YOUNG_GENERATION_GROWTH = "--semi-space-growth-factor=2";
      const SMALL_MESSAGE_BYTES = 16 * 1024;
      const MANY_SMALL_MESSAGES = 2e3;
      let kept = false;
      function keepYoungGenerationSmall(env = process.env, setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString) {
        kept = false;
        if (env.BAKEKIT_V8_YOUNG_GROWTH === "1")
          return false;
        try {
          (0, _v8_flags_js__WEBPACK_IMPORTED_MODULE_1__.N1)(NO_YOUNG_GENERATION_GROWTH, DEFAULT_YOUNG_GENERATION_GROWTH, setFlags);
          kept = true;
        } catch {
        }
        return kept;
      }
      function letYoungGenerationGrow(setFlags = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString) {
        if (!kept)
          return;
        kept = false;
        try {
          (0, _v8_flags_js__WEBPACK_IMPORTED_MODULE_1__.N1)(DEFAULT_YOUNG_GENERATION_GROWTH, DEFAULT_YOUNG_GENERATION_GROWTH, setFlags);
        } catch {
        }
      }
    })
  ),
  /***/
  910: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        eb: () => (
          /* binding */
          UsageError
        ),
        u6: () => (
          /* binding */
          parseBakeArgs
        ),
        ux: () => (
          /* binding */
          parseVars
        ),
        MB: () => (
          /* binding */
          splitRemoteArgs
        )
      });
      var external_node_util_ = __nccwpck_require__2(7975);
      ;
      const CACHE_MODES = (
        /* unused pure expression or super */
        null
      );
      function parseCacheMode(value) {
        const v = (value ?? "").trim().toLowerCase();
        if (v === "" || v === "auto")
          return "auto";
        if (v === "off" || v === "false" || v === "none")
          return "off";
        throw new Error(`cache: expected auto or off, got "${value}"`);
      }
      var call_func = __nccwpck_require__2(7073);
      var policy_flag = __nccwpck_require__2(5618);
      var lifetime = __nccwpck_require__2(1466);
      ;
      const PUBLISH_POLICIES = ["as-built", "all-or-nothing"];
      class PolicyValueError extends Error {
        name = "PolicyValueError";
      }
      function parseExecutionPolicy(value) {
        const v = (value ?? "").trim();
        if (v === "")
          return "fail-fast";
        if (lifetime.O2.includes(v))
          return v;
        throw new PolicyValueError(`expected ${lifetime.O2.join(" or ")}, got "${v}"`);
      }
      function parseMaxParallelism(value) {
        const v = (value ?? "").trim();
        if (v === "")
          return void 0;
        if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v)))
          throw new PolicyValueError(`expected a whole number of at least 1, got "${v}"`);
        return Number(v);
      }
      function parsePublishPolicy(value) {
        const v = (value ?? "").trim();
        if (v === "")
          return "as-built";
        if (PUBLISH_POLICIES.includes(v))
          return v;
        throw new PolicyValueError(`expected ${PUBLISH_POLICIES.join(" or ")}, got "${v}"`);
      }
      var units = __nccwpck_require__2(5650);
      ;
      class UsageError extends Error {
        name = "UsageError";
      }
      const PROGRESS_MODES = ["auto", "plain", "tty", "quiet", "rawjson"];
      const OPTIONS = {
        file: { type: "string", short: "f", multiple: true },
        set: { type: "string", multiple: true },
        var: { type: "string", multiple: true },
        print: { type: "boolean" },
        list: { type: "string" },
        builder: { type: "string" },
        node: { type: "string", multiple: true },
        tlscacert: { type: "string" },
        tlscert: { type: "string" },
        tlskey: { type: "string" },
        push: { type: "boolean" },
        load: { type: "boolean" },
        call: { type: "string" },
        check: { type: "boolean" },
        "no-cache": { type: "boolean" },
        pull: { type: "boolean" },
        sbom: { type: "string" },
        provenance: { type: "string" },
        ssh: { type: "string", multiple: true },
        "metadata-file": { type: "string" },
        progress: { type: "string" },
        cache: { type: "string" },
        warm: { type: "boolean" },
        allow: { type: "string", multiple: true },
        execution: { type: "string" },
        "max-parallelism": { type: "string" },
        publish: { type: "string" },
        policy: { type: "string", multiple: true },
        "cache-mounts-dir": { type: "string" },
        "cache-mounts": { type: "string" },
        "cache-mounts-key": { type: "string" },
        "cache-mounts-image": { type: "string" },
        "cache-mounts-max-size": { type: "string" },
        debug: { type: "boolean", short: "D" },
        help: { type: "boolean", short: "h" }
      };
      function parseBakeArgs(argv) {
        let parsed;
        try {
          parsed = (0, external_node_util_.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
        } catch (err) {
          throw new UsageError(err.message);
        }
        const v = parsed.values;
        const usage2 = (f) => {
          try {
            return f();
          } catch (err) {
            throw new UsageError(err.message);
          }
        };
        const cache = usage2(() => {
          try {
            return parseCacheMode(v.cache);
          } catch (err) {
            throw new Error(`--${err.message}`);
          }
        });
        const progress = v.progress ?? "auto";
        if (!PROGRESS_MODES.includes(progress))
          throw new UsageError(`--progress: expected one of ${PROGRESS_MODES.join(", ")}, got "${v.progress}"`);
        let call = v.call;
        if (v.check)
          call = lastIndexOf(argv, "--check") > lastIndexOf(argv, "--call") ? "check" : v.call ?? "check";
        if (call !== void 0)
          usage2(() => (0, call_func.K)(call));
        const list = v.list === void 0 ? void 0 : usage2(() => parseListRequest(v.list));
        const flag = (name, value, parse) => {
          if (value === void 0)
            return void 0;
          if (value.trim() === "")
            throw new UsageError(`--${name}: needs a value`);
          try {
            return parse(value);
          } catch (err) {
            throw new UsageError(`--${name}: ${err.message}`);
          }
        };
        const execution = flag("execution", v.execution, parseExecutionPolicy);
        const maxParallelism = flag("max-parallelism", v["max-parallelism"], parseMaxParallelism);
        const publish = flag("publish", v.publish, parsePublishPolicy);
        if (v.print && list)
          throw new UsageError("--print and --list are mutually exclusive");
        const cacheMounts = parseCacheMountsFlags(v);
        const set = [...v.set ?? [], ...(v.ssh ?? []).map((s) => `*.ssh+=${s}`), ...(0, policy_flag.E)(v.policy ?? [])];
        return {
          options: {
            files: v.file ?? [],
            targets: parsed.positionals,
            set,
            vars: v.var?.length ? usage2(() => parseVars(v.var)) : void 0,
            builder: v.builder,
            nodes: v.node,
            tls: v.tlscacert || v.tlscert || v.tlskey ? { caCert: v.tlscacert, cert: v.tlscert, key: v.tlskey } : void 0,
            push: v.push,
            load: v.load,
            call,
            noCache: v["no-cache"],
            pull: v.pull,
            sbom: v.sbom || void 0,
            provenance: v.provenance || void 0,
            metadataFile: v["metadata-file"],
            cache,
            warm: v.warm,
            allow: v.allow ?? [],
            ...execution ? { execution } : {},
            ...maxParallelism ? { maxParallelism } : {},
            ...publish ? { publish } : {}
          },
          ...cacheMounts ? { cacheMounts } : {},
          print: v.print ?? false,
          list,
          progress,
          debug: v.debug ?? false,
          help: v.help ?? false
        };
      }
      function parseCacheMountsMode(value) {
        const v = value.trim();
        if (v === "auto" || v === "off")
          return v;
        const ids = v.split(",").map((s) => s.trim()).filter((s) => s !== "");
        if (!ids.length)
          throw new Error("expected auto, off or a list of mount ids");
        return ids;
      }
      function parseCacheMountsFlags(v) {
        const others = ["cache-mounts", "cache-mounts-key", "cache-mounts-image", "cache-mounts-max-size"].filter((k) => v[k] !== void 0);
        const dir = v["cache-mounts-dir"];
        if (dir === void 0) {
          if (others.length)
            throw new UsageError(`--${others[0]} needs --cache-mounts-dir (where the mounts are kept)`);
          return void 0;
        }
        if (dir.trim() === "")
          throw new UsageError("--cache-mounts-dir: needs a value");
        let mode = "auto";
        if (v["cache-mounts"] !== void 0) {
          try {
            mode = parseCacheMountsMode(v["cache-mounts"]);
          } catch (err) {
            throw new UsageError(`--cache-mounts: ${err.message}`);
          }
        }
        let maxSize;
        if (v["cache-mounts-max-size"] !== void 0) {
          try {
            maxSize = (0, units.h$)(v["cache-mounts-max-size"]);
          } catch (err) {
            throw new UsageError(`--cache-mounts-max-size: ${err.message}`);
          }
          if (maxSize <= 0)
            throw new UsageError("--cache-mounts-max-size: must be more than 0");
        }
        const image = v["cache-mounts-image"]?.trim();
        if (image === "")
          throw new UsageError("--cache-mounts-image: needs a value");
        return {
          dir,
          mode,
          ...v["cache-mounts-key"] ? { keyHash: v["cache-mounts-key"] } : {},
          ...image ? { image } : {},
          ...maxSize !== void 0 ? { maxSize } : {}
        };
      }
      function lastIndexOf(argv, flag) {
        let last = -1;
        argv.forEach((a, i) => {
          if (a === flag || a.startsWith(`${flag}=`))
            last = i;
        });
        return last;
      }
      function parseVars(values) {
        const vars = /* @__PURE__ */ Object.create(null);
        for (const value of values) {
          if (value === "")
            continue;
          const eq = value.indexOf("=");
          if (eq < 0)
            throw new Error(`invalid variable "${value}", expected key=value`);
          if (eq === 0)
            throw new Error(`invalid variable "${value}", key is empty`);
          vars[value.slice(0, eq)] = value.slice(eq + 1);
        }
        return vars;
      }
      function parseListRequest(input) {
        let type = "";
        let format = "";
        const fields = input.split(",");
        if (fields.length === 1 && !input.startsWith("type="))
          type = input;
        else {
          for (const field of fields) {
            const eq = field.indexOf("=");
            if (eq < 0)
              throw new Error(`invalid value ${field}`);
            const key = field.slice(0, eq).trim().toLowerCase();
            const value = field.slice(eq + 1);
            if (key === "type")
              type = value;
            else if (key === "format")
              format = value;
            else
              throw new Error(`unexpected key '${key}' in '${field}'`);
          }
        }
        format ||= "table";
        if (type !== "targets" && type !== "variables")
          throw new Error(`invalid list type "${type}"`);
        if (format !== "table" && format !== "json")
          throw new Error(`invalid list format "${format}"`);
        return { type, format };
      }
      function splitRemoteArgs(args2, isRemote) {
        if (args2.length === 0 || !isRemote(args2[0]))
          return { targets: args2 };
        const [url, ...rest] = args2;
        if (rest.length === 0 || !isRemote(rest[0]))
          return { url, targets: rest };
        return { url, cmdContext: rest[0], targets: rest.slice(1) };
      }
    })
  ),
  /***/
  4761: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        W: () => (
          /* binding */
          usageError
        )
        /* harmony export */
      });
      function usageError(prefix, message, usage2) {
        const end = usage2.indexOf("\n");
        const synopsis = end < 0 ? usage2 : usage2.slice(0, end);
        const command = synopsis.replace(/^Usage:\s*/, "").split(" [")[0];
        return `${prefix}: ${message}

${synopsis}

Run '${command} --help' for more information
`;
      }
    })
  ),
  /***/
  7073: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
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
  1466: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        L: () => (
          /* binding */
          LifetimeMachine
        ),
        /* harmony export */
        O2: () => (
          /* binding */
          EXECUTION_POLICIES
        ),
        /* harmony export */
        hd: () => (
          /* binding */
          TargetCancelledError
        )
        /* harmony export */
      });
      const EXECUTION_POLICIES = ["fail-fast", "keep-going"];
      class TargetCancelledError extends Error {
        target;
        reason;
        failedTarget;
        name = "TargetCancelledError";
        constructor(target, reason, failedTarget) {
          super(`target "${target}" cancelled: ${reason}`, { cause: reason });
          this.target = target;
          this.reason = reason;
          this.failedTarget = failedTarget;
        }
      }
      const RANK = { waiting: 0, published: 1, evaluated: 2, completed: 3, failed: -1, cancelled: -1 };
      const GATE_PRIORITY = { release: 0, evaluate: 1, solve: 2 };
      function isGone(p) {
        return p === "failed" || p === "cancelled";
      }
      class LifetimeMachine {
        execution;
        maxParallelism;
        phase = /* @__PURE__ */ new Map();
        parents = /* @__PURE__ */ new Map();
        children = /* @__PURE__ */ new Map();
        /** why each failed or cancelled target can pass no gate (and, under fail-fast, why an exporting one was stopped) */
        stops = /* @__PURE__ */ new Map();
        signals = /* @__PURE__ */ new Map();
        /** targets holding a slot (see the header); only bounded when maxParallelism is */
        holders = /* @__PURE__ */ new Set();
        /** targets whose work is over: finished their export, failed or cancelled */
        over = /* @__PURE__ */ new Set();
        waiters = [];
        /** Every transition in order; the tests read it to check invariants over whole histories. */
        history = [];
        /** `graph` maps each target to the targets it consumes (its parents). */
        constructor(graph, options = {}) {
          this.execution = options.execution ?? "fail-fast";
          this.maxParallelism = options.maxParallelism ?? Infinity;
          if (!EXECUTION_POLICIES.includes(this.execution))
            throw new Error(`unknown execution policy "${String(this.execution)}"`);
          if (!(this.maxParallelism >= 1) || this.maxParallelism !== Infinity && !Number.isInteger(this.maxParallelism)) {
            throw new RangeError(`maxParallelism must be an integer of at least 1, got ${this.maxParallelism}`);
          }
          for (const t of graph.keys()) {
            this.phase.set(t, "waiting");
            this.children.set(t, []);
          }
          for (const [t, ps] of graph) {
            for (const p of ps)
              if (!graph.has(p))
                throw new Error(`target "${t}" consumes unknown target "${p}"`);
            this.parents.set(t, [...ps]);
            for (const p of ps)
              this.children.get(p).push(t);
          }
        }
        targets() {
          return [...this.phase.keys()];
        }
        phaseOf(t) {
          const p = this.phase.get(t);
          if (!p)
            throw new Error(`unknown target "${t}"`);
          return p;
        }
        parentsOf(t) {
          return this.parents.get(t) ?? [];
        }
        childrenOf(t) {
          return this.children.get(t) ?? [];
        }
        /** A target that feeds or consumes another: only these are force-evaluated. */
        isLinked(t) {
          return this.parentsOf(t).length > 0 || this.childrenOf(t).length > 0;
        }
        /** The targets holding a slot now (at most maxParallelism). */
        slotHolders() {
          return this.holders;
        }
        /** Why `t` was cancelled (because of another target, or by `cancel`), or why its export was stopped under fail-fast;
         * undefined for a target that is live or failed itself. */
        stopOf(t) {
          return this.phaseOf(t) === "failed" ? void 0 : this.stops.get(t);
        }
        /**
         * Aborted, with the TargetCancelledError, when the machine stops `t`: cancelled because of another target, or,
         * under fail-fast, its export stopped. Not when `t` fails itself (its runner knows) or is cancelled by `cancel`.
         */
        signalOf(t) {
          this.phaseOf(t);
          let c = this.signals.get(t);
          if (!c) {
            c = new AbortController();
            this.signals.set(t, c);
            const stop = this.stopOf(t);
            if (stop && !this.over.has(t))
              c.abort(stop);
          }
          return c.signal;
        }
        reached(t, phase) {
          return RANK[this.phaseOf(t)] >= RANK[phase];
        }
        /** A child that failed or was cancelled no longer needs anything from its parents. */
        childSettled(c, phase) {
          return isGone(this.phaseOf(c)) || this.reached(c, phase);
        }
        /** The lifetime rule alone (rules 1\u20133 above), for a live target. */
        lifetimeOpen(t, gate) {
          switch (gate) {
            case "solve":
              return this.parentsOf(t).every((x) => this.reached(x, "published"));
            case "evaluate":
              return this.reached(t, "published") && this.childrenOf(t).every((c) => this.childSettled(c, "published")) && this.parentsOf(t).every((x) => this.reached(x, "evaluated"));
            case "release":
              return this.reached(t, "evaluated") && this.childrenOf(t).every((c) => this.childSettled(c, "completed"));
          }
        }
        /** Whether `t` may pass `gate` now: the lifetime rule, and a slot (its own, or a free one). Throws
         * TargetCancelledError when t can never pass it. */
        isOpen(t, gate) {
          const p = this.phaseOf(t);
          if (isGone(p))
            throw this.stops.get(t) ?? new TargetCancelledError(t, p);
          return this.lifetimeOpen(t, gate) && (this.holders.has(t) || this.holders.size < this.maxParallelism);
        }
        /** Passes `gate` if it is open: `t` then holds a slot until it must wait, finishes or fails. Throws as isOpen. */
        enter(t, gate) {
          if (!this.isOpen(t, gate))
            return false;
          this.holders.add(t);
          return true;
        }
        /** Resolves once `t` has passed `gate` (enter); rejects with TargetCancelledError when it never can. */
        until(t, gate) {
          return new Promise((resolve, reject) => {
            try {
              if (this.enter(t, gate))
                return resolve();
            } catch (err) {
              return reject(err);
            }
            this.waiters.push({ target: t, gate, resolve, reject });
          });
        }
        published(t) {
          this.advance(t, "waiting", "published", "solve", "evaluate");
        }
        evaluated(t) {
          this.advance(t, "published", "evaluated", "evaluate", "release");
        }
        /** `t` passed its release gate: its Return and export begin (it keeps its slot until `finished`). */
        completed(t) {
          this.advance(t, "evaluated", "completed", "release");
        }
        /** `t`'s build ended: its export is done. */
        finished(t) {
          const p = this.phaseOf(t);
          if (!isGone(p) && p !== "completed")
            throw new Error(`target "${t}": cannot finish while ${p}`);
          this.over.add(t);
          this.holders.delete(t);
          this.wake();
        }
        /** `t` failed (at any point, its export included): what else stops is the execution policy's (see the header). */
        failed(t, reason) {
          const p = this.phaseOf(t);
          this.holders.delete(t);
          const already = isGone(p) || this.over.has(t);
          this.over.add(t);
          if (already)
            return this.wake();
          if (p !== "completed") {
            this.stops.set(t, new TargetCancelledError(t, reason, t));
            this.set(t, "failed");
          }
          this.cancelConsumers(t, t, "which failed");
          if (this.execution === "fail-fast") {
            const why = `target "${t}" failed, and the run fails fast (execution policy fail-fast)`;
            for (const x of this.targets()) {
              if (x === t || this.over.has(x))
                continue;
              const stop = new TargetCancelledError(x, why, t);
              if (this.phaseOf(x) === "completed")
                this.stopExport(x, stop);
              else if (!isGone(this.phaseOf(x)))
                this.cancelTarget(x, stop);
            }
          }
          this.wake();
        }
        /** `t` was stopped from outside the machine (the run was cancelled): it and the targets that consume it are
         * cancelled. After its release point this changes nothing but its slot. */
        cancel(t, reason) {
          const p = this.phaseOf(t);
          this.holders.delete(t);
          const live = !isGone(p) && p !== "completed";
          this.over.add(t);
          if (live) {
            this.stops.set(t, new TargetCancelledError(t, reason));
            this.set(t, "cancelled");
            this.cancelConsumers(t, void 0, "which was cancelled");
          }
          this.wake();
        }
        /** Every live target that consumes `from` (directly or through others) is cancelled, naming `from`. */
        cancelConsumers(from, failedTarget, what) {
          const via = /* @__PURE__ */ new Map();
          const queue = this.childrenOf(from).map((c) => [c, c]);
          while (queue.length) {
            const [c, first] = queue.shift();
            if (via.has(c))
              continue;
            via.set(c, first);
            const cp = this.phaseOf(c);
            if (isGone(cp) || cp === "completed")
              continue;
            const reason = c === first ? `it consumes "${from}", ${what}` : `it consumes "${from}" (through "${first}"), ${what}`;
            this.cancelTarget(c, new TargetCancelledError(c, reason, failedTarget));
            queue.push(...this.childrenOf(c).map((x) => [x, first]));
          }
        }
        cancelTarget(t, stop) {
          this.stops.set(t, stop);
          this.set(t, "cancelled");
          this.signals.get(t)?.abort(stop);
        }
        /** fail-fast: a target past its release point (exporting) is stopped; its phase stays completed. */
        stopExport(t, stop) {
          this.stops.set(t, stop);
          this.signals.get(t)?.abort(stop);
        }
        advance(t, from, to, gate, next) {
          const p = this.phaseOf(t);
          if (isGone(p)) {
            this.holders.delete(t);
            return this.wake();
          }
          if (p !== from)
            throw new Error(`target "${t}": cannot become ${to} while ${p}`);
          if (!this.isOpen(t, gate))
            throw new Error(`target "${t}": became ${to} before its ${gate} gate opened`);
          this.set(t, to);
          if (next && !this.keepsSlot(t, next))
            this.holders.delete(t);
          this.wake();
        }
        /** After a report, `t` keeps its slot only if it can go on at once: waiting for another target, it holds none. */
        keepsSlot(t, next) {
          return this.lifetimeOpen(t, next);
        }
        set(t, phase) {
          this.phase.set(t, phase);
          this.history.push({ target: t, phase });
        }
        wake() {
          const waiting = this.waiters.sort((a, b) => GATE_PRIORITY[a.gate] - GATE_PRIORITY[b.gate]);
          const still = [];
          this.waiters = still;
          for (const w of waiting) {
            try {
              if (this.enter(w.target, w.gate))
                w.resolve();
              else
                still.push(w);
            } catch (err) {
              w.reject(err);
            }
          }
        }
      }
    })
  )
  /******/
};
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
  var cachedModule = __webpack_module_cache__[moduleId];
  if (cachedModule !== void 0) {
    return cachedModule.exports;
  }
  var module = __webpack_module_cache__[moduleId] = {
    /******/
    // no module.id needed
    /******/
    // no module.loaded needed
    /******/
    exports: {}
    /******/
  };
  var threw = true;
  try {
    __webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
    threw = false;
  } finally {
    if (threw) delete __webpack_module_cache__[moduleId];
  }
  return module.exports;
}
__nccwpck_require__.m = __webpack_modules__;
if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", __bakekit_meta_url()).pathname).slice(__bakekit_meta_url().match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
(() => {
  var getProto = Object.getPrototypeOf ? (obj) => Object.getPrototypeOf(obj) : (obj) => obj.__proto__;
  var leafPrototypes;
  __nccwpck_require__.t = function(value, mode) {
    if (mode & 1) value = this(value);
    if (mode & 8) return value;
    if (typeof value === "object" && value) {
      if (mode & 4 && value.__esModule) return value;
      if (mode & 16 && typeof value.then === "function") return value;
    }
    var ns = /* @__PURE__ */ Object.create(null);
    __nccwpck_require__.r(ns);
    var def = {};
    leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
    for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) {
      Object.getOwnPropertyNames(current).forEach((key) => def[key] = () => value[key]);
    }
    def["default"] = () => value;
    __nccwpck_require__.d(ns, def);
    return ns;
  };
})();
(() => {
  __nccwpck_require__.d = (exports, definition) => {
    for (var key in definition) {
      if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
        Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
      }
    }
  };
})();
(() => {
  __nccwpck_require__.f = {};
  __nccwpck_require__.e = (chunkId) => {
    return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
      __nccwpck_require__.f[key](chunkId, promises);
      return promises;
    }, []));
  };
})();
(() => {
  __nccwpck_require__.u = (chunkId) => {
    return "" + chunkId + ".index.js";
  };
})();
(() => {
  __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();
(() => {
  __nccwpck_require__.r = (exports) => {
    if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
      Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    }
    Object.defineProperty(exports, "__esModule", { value: true });
  };
})();
(() => {
  var installedChunks = {
    /******/
    792: 0
    /******/
  };
  var installChunk = (data) => {
    var { ids, modules, runtime } = data;
    var moduleId, chunkId, i = 0;
    for (moduleId in modules) {
      if (__nccwpck_require__.o(modules, moduleId)) {
        __nccwpck_require__.m[moduleId] = modules[moduleId];
      }
    }
    if (runtime) runtime(__nccwpck_require__);
    for (; i < ids.length; i++) {
      chunkId = ids[i];
      if (__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
        installedChunks[chunkId][0]();
      }
      installedChunks[ids[i]] = 0;
    }
  };
  __nccwpck_require__.f.j = (chunkId, promises) => {
    var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : void 0;
    if (installedChunkData !== 0) {
      if (installedChunkData) {
        promises.push(installedChunkData[1]);
      } else {
        if (true) {
          var promise = __bakekit_chunk("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
            if (installedChunks[chunkId] !== 0) installedChunks[chunkId] = void 0;
            throw e;
          });
          var promise = Promise.race([promise, new Promise((resolve) => installedChunkData = installedChunks[chunkId] = [resolve])]);
          promises.push(installedChunkData[1] = promise);
        }
      }
    }
  };
})();
var __webpack_exports__ = {};
var external_node_crypto_ = __nccwpck_require__(7598);
var external_node_fs_ = __nccwpck_require__(3024);
;
const external_node_module_namespaceObject = __bakekit_builtin("node:module");
var external_node_os_ = __nccwpck_require__(8161);
var external_node_path_ = __nccwpck_require__(6760);
var external_node_vm_ = __nccwpck_require__(714);
var v8_flags = __nccwpck_require__(7653);
;
const CHUNK_LOADER_HOOK = "bakekit.loadChunk";
const WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname) {";
const WRAPPER_TAIL = "\n})";
function codeCacheDirectory(env = process.env) {
  try {
    const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
    const base = env.RUNNER_TEMP || env.XDG_CACHE_HOME || external_node_os_.tmpdir();
    const dir = privateDirectory(external_node_path_.join(base, `bakekit-compile-cache${uid === void 0 ? "" : `-${uid}`}`), uid);
    if (dir === void 0)
      return void 0;
    const options = (0, external_node_crypto_.createHash)("sha256").update(`${process.execArgv.join(" ")}\0${env.NODE_OPTIONS ?? ""}`);
    return privateDirectory(external_node_path_.join(dir, `${process.version}-${process.arch}-${options.digest("hex").slice(0, 8)}`), uid);
  } catch {
    return void 0;
  }
}
function privateDirectory(dir, uid) {
  external_node_fs_.mkdirSync(dir, { recursive: true, mode: 448 });
  const st = external_node_fs_.lstatSync(dir);
  if (!st.isDirectory() || uid !== void 0 && st.uid !== uid || (st.mode & 18) !== 0)
    return void 0;
  return dir;
}
class ChunkLoader {
  dir;
  stats = { fromCache: 0, compiled: 0, written: 0 };
  unsaved = [];
  constructor(dir) {
    this.dir = dir;
  }
  /** The `exports` of the chunk file `file` (an absolute path), run as a CommonJS module. */
  load(file) {
    const text = external_node_fs_.readFileSync(file);
    const entry = external_node_path_.join(this.dir, `${external_node_path_.basename(file)}.${(0, external_node_crypto_.createHash)("sha256").update(text).digest("hex")}.cache`);
    let cachedData;
    try {
      cachedData = external_node_fs_.readFileSync(entry);
    } catch {
    }
    const source = WRAPPER_HEAD + text.toString("utf8") + WRAPPER_TAIL;
    const script = (0, v8_flags.z6)(() => new external_node_vm_.Script(source, { filename: file, cachedData }));
    if (cachedData !== void 0 && !script.cachedDataRejected)
      this.stats.fromCache++;
    else {
      this.stats.compiled++;
      this.unsaved.push({ script, file: entry });
    }
    const module = { exports: {} };
    const wrapper = script.runInThisContext();
    wrapper.call(module.exports, module.exports, (0, external_node_module_namespaceObject.createRequire)(file), module, file, external_node_path_.dirname(file));
    return module.exports;
  }
  /**
   * Writes an entry for every chunk this run compiled from source, with all the functions the run has compiled in it
   * by now; nothing if they all came from the cache. Errors are ignored: the next run compiles from source again.
   */
  save() {
    const unsaved = this.unsaved.splice(0);
    if (unsaved.length === 0)
      return;
    (0, v8_flags.z6)(() => {
      for (const { script, file } of unsaved) {
        const temporary = `${file}.${process.pid}.${(0, external_node_crypto_.randomBytes)(4).toString("hex")}`;
        try {
          external_node_fs_.writeFileSync(temporary, script.createCachedData(), { mode: 384, flag: "wx" });
          external_node_fs_.renameSync(temporary, file);
          this.stats.written++;
        } catch {
          external_node_fs_.rmSync(temporary, { force: true });
        }
      }
    });
  }
}
function enableCompileCache(env = process.env) {
  if (env.NODE_DISABLE_COMPILE_CACHE)
    return void 0;
  const dir = codeCacheDirectory(env);
  if (dir === void 0)
    return void 0;
  const loader = new ChunkLoader(dir);
  globalThis[Symbol.for(CHUNK_LOADER_HOOK)] = (file) => loader.load(file);
  process.once("exit", () => loader.save());
  return loader;
}
var optimizing_compiler = __nccwpck_require__(9979);
var young_generation = __nccwpck_require__(8148);
var args = __nccwpck_require__(910);
var usage = __nccwpck_require__(4761);
;
async function cacheMountsOptions(flags) {
  const [{ DirStore }, path] = await Promise.all([__nccwpck_require__.e(
    /* import() */
    196
  ).then(__nccwpck_require__.bind(__nccwpck_require__, 1196)), Promise.resolve(
    /* import() */
  ).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 19))]);
  const { dir, ...rest } = flags;
  return { ...rest, store: new DirStore(path.resolve(dir)) };
}
const USAGE = `Usage: bakekit [OPTIONS] [TARGET...]

Build bake targets by talking to BuildKit directly. A Git URL before the targets is a remote definition: the bake files
are read from that repository (BUILDX_BAKE_GIT_AUTH_TOKEN: the token it is fetched with).

Options:
  -f, --file FILE          bake file (repeatable; default: docker-bake.hcl/json, compose files)
      --set K=V            override a target attribute, e.g. app.args.X=1, *.platform=linux/amd64 (repeatable)
      --print              print the resolved definition as JSON (like docker buildx bake --print) and exit
      --builder ENDPOINT   unix://PATH, tcp://HOST:PORT, docker://, docker-container://NAME, ssh://[USER@]HOST[:PORT][/SOCKET],
                           kube-pod://POD[?namespace=NS&context=CTX&container=C] or a buildx builder name
      --node "ENDPOINT [PLATFORM,\u2026]"  another node: platforms are split across the nodes and merged into one index
                           (repeatable; a multi-node buildx builder brings its own nodes)
      --tlscacert FILE     CA certificate for tcp:// (also --tlscert, --tlskey)
      --push               shorthand for --set=*.push=true: image outputs are pushed, a target without outputs
                           gets one (type=image,push=true); cacheonly, local and tar outputs stay as they are
      --load               shorthand for --set=*.load=true: adds a docker output unless the target exports to
                           a directory or archive
      --call FUNC          build (default), check, outline or targets, with ,format=json / ,ignorestatus=true
      --check              shorthand for --call=check
      --sbom VALUE         shorthand for --set=*.attest=type=sbom (true/false, or the attestation's attributes)
      --provenance VALUE   shorthand for --set=*.attest=type=provenance (true/false, mode=max, ...)
      --var NAME=VALUE     set a variable of the bake file; wins over the environment (repeatable)
      --list TYPE          list targets or variables and exit: targets, variables, or type=\u2026,format=json
      --policy VALUE       build policy options for every target (buildx \u2265 0.34): only disabled=true builds here;
                           bakekit does not evaluate Rego policies and refuses a target that has one
      --ssh SPEC           forward an SSH agent or keys to every target: default|ID[=SOCKET|KEY[,KEY\u2026]]
                           (shorthand for --set=*.ssh+=SPEC)
      --no-cache           do not use cache
      --pull               always pull referenced images
      --metadata-file F    write build results (digests, image names) as JSON, in buildx's format
      --progress MODE      auto (default), plain, tty, quiet or rawjson
  -D, --debug              print the causes of errors in full
      --cache MODE         auto (default): inside GitHub Actions, targets without cache-from/cache-to use the
                           GitHub Actions cache (type=gha,mode=max, one scope per target and platform set);
                           off: only the cache the bake file configures
      --warm               cache warming: build every target without outputs, export its cache, and report which
                           targets were already warm (every step cached)
      --allow ENTITLEMENT  let the bake file use: network.host, security.insecure, ssh (the SSH agent),
                           device[=NAME], fs.read=PATH, fs.write=PATH, fs=PATH (PATH or *: files outside the
                           working directory), buildx.local.delete (repeatable, or comma-separated). Nothing
                           else is granted: a target that needs more is refused before the build starts
      --execution POLICY   fail-fast (default): the first failure cancels the other targets; keep-going: build
                           every target that does not consume a failed one (through target: contexts), cancel
                           only those, and report every failure at the end (exit code 1 if any target failed)
      --max-parallelism N  at most N targets building at once (producers still before their consumers)
      --publish POLICY     as-built (default): each image is pushed as its target exports; all-or-nothing: images
                           are pushed by digest and tagged only once every target built, else nothing is tagged
      --cache-mounts-dir DIR  persist the contents of RUN --mount=type=cache mounts in DIR: restored into the
                           builder before the build, saved after it (BuildKit never exports them); a failure only warns
      --cache-mounts MODE  with --cache-mounts-dir: auto (default, every cache mount), off, or ID[,ID\u2026] (mount ids
                           as the Dockerfiles write them, or their target path when they have no id)
      --cache-mounts-key STRING   part of every key (e.g. a hash of lock files): a save is restored first by
                           the same key, else by the newest of the mount
      --cache-mounts-image REF    the image the save and restore steps run in (a busybox with tar; default:
                           busybox pinned by digest)
      --cache-mounts-max-size SIZE  archives larger than this (e.g. 500m, 2g) are not saved (a warning says so)
  -h, --help               this help

Commands:
  bakekit merge [OPTIONS] [TARGET...]   merge per-platform digests pushed by several jobs into one index
                                        (also: bakekit --merge \u2026; see bakekit merge --help)
  bakekit matrix [OPTIONS] [TARGET...]  print a GitHub Actions strategy.matrix for the definition: per target (or
                                        target \xD7 platform), layered by target: contexts, or only what changed
                                        since a base commit (see bakekit matrix --help)
`;
async function main(argv) {
  if (argv[0] === "merge")
    return (await Promise.all(
      /* import() */
      [__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(916), __nccwpck_require__.e(767), __nccwpck_require__.e(745), __nccwpck_require__.e(940), __nccwpck_require__.e(450), __nccwpck_require__.e(387)]
    ).then(__nccwpck_require__.bind(__nccwpck_require__, 3179))).mergeMain(argv.slice(1));
  if (argv[0] === "matrix")
    return (await __nccwpck_require__.e(
      /* import() */
      165
    ).then(__nccwpck_require__.bind(__nccwpck_require__, 6165))).matrixMain(argv.slice(1));
  if (argv.includes("--merge"))
    return (await Promise.all(
      /* import() */
      [__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(916), __nccwpck_require__.e(767), __nccwpck_require__.e(745), __nccwpck_require__.e(940), __nccwpck_require__.e(450), __nccwpck_require__.e(387)]
    ).then(__nccwpck_require__.bind(__nccwpck_require__, 3179))).mergeMain(argv.filter((a) => a !== "--merge"));
  let cmd;
  try {
    cmd = (0, args.u6)(argv);
  } catch (err) {
    if (!(err instanceof args.eb))
      throw err;
    process.stderr.write((0, usage.W)("bakekit", err.message, USAGE));
    return 2;
  }
  if (cmd.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (cmd.options.allow?.length) {
    const { parseAllow } = await Promise.all(
      /* import() */
      [__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(745)]
    ).then(__nccwpck_require__.bind(__nccwpck_require__, 9745));
    try {
      parseAllow(cmd.options.allow);
    } catch (err) {
      process.stderr.write(`bakekit: --${err.message}
`);
      return 2;
    }
  }
  const controller = new AbortController();
  const onSignal = (sig) => {
    process.stderr.write(`
bakekit: ${sig}: cancelling the build
`);
    controller.abort(new Error(`cancelled by ${sig}`));
    setTimeout(() => {
      process.stderr.write(`bakekit: still running 3 s after ${sig}: exiting
`);
      process.exit(sig === "SIGINT" ? 130 : 143);
    }, 3e3).unref();
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const opts = {
    ...cmd.options,
    ...cmd.cacheMounts ? { cacheMounts: await cacheMountsOptions(cmd.cacheMounts) } : {},
    cwd: process.cwd(),
    env: process.env,
    signal: controller.signal,
    onBakeWarning: (w) => process.stderr.write(`WARNING: ${w.message}
`)
  };
  let redact = (text) => text;
  try {
    const [{ identifyLocalDirs, resolveDefinition, runBake, runTargetSpecs }, { isRemoteURL }] = await Promise.all([
      Promise.all(
        /* import() */
        [__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(916), __nccwpck_require__.e(767), __nccwpck_require__.e(745), __nccwpck_require__.e(940)]
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 6940)),
      Promise.all(
        /* import() */
        [__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(916), __nccwpck_require__.e(767)]
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 5767))
    ]);
    const remote = (0, args.MB)(opts.targets, isRemoteURL);
    if (remote.url) {
      const [{ readRemoteBakeFiles }, { gitAuthSecretsFromEnv }, { isGitReference }] = await Promise.all([
        Promise.all(
          /* import() */
          [__nccwpck_require__.e(175), __nccwpck_require__.e(365), __nccwpck_require__.e(865), __nccwpck_require__.e(791), __nccwpck_require__.e(916), __nccwpck_require__.e(767), __nccwpck_require__.e(849), __nccwpck_require__.e(702), __nccwpck_require__.e(333)]
        ).then(__nccwpck_require__.bind(__nccwpck_require__, 1333)),
        __nccwpck_require__.e(
          /* import() */
          476
        ).then(__nccwpck_require__.bind(__nccwpck_require__, 2476)),
        __nccwpck_require__.e(
          /* import() */
          449
        ).then(__nccwpck_require__.bind(__nccwpck_require__, 6449))
      ]);
      opts.targets = remote.targets;
      opts.cmdContext = remote.cmdContext;
      if (isGitReference(remote.url)) {
        opts.remoteDefinition = remote.url;
        opts.gitAuthSecrets = gitAuthSecretsFromEnv(remote.url, opts.env);
      }
      opts.sourceFiles = await readRemoteBakeFiles(remote.url, {
        files: opts.files,
        cwd: opts.cwd,
        env: opts.env,
        builder: opts.builder,
        secrets: opts.gitAuthSecrets,
        signal: opts.signal
      });
    }
    if (cmd.list) {
      const { listDefinition } = await Promise.all(
        /* import() */
        [__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(916), __nccwpck_require__.e(767), __nccwpck_require__.e(705)]
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 6705));
      const { files, targets, vars, cwd, env, cmdContext } = opts;
      process.stdout.write(await listDefinition({ files, targets, set: [], vars, cwd, env, cmdContext }, cmd.list, opts.sourceFiles));
      return 0;
    }
    if (cmd.print) {
      const { renderPrint } = await Promise.all(
        /* import() */
        [__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(916), __nccwpck_require__.e(767), __nccwpck_require__.e(705)]
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 6705));
      process.stdout.write(renderPrint(await resolveDefinition(opts)));
      return 0;
    }
    const definition = await resolveDefinition(opts);
    const dirIdentities = await identifyLocalDirs(definition, opts);
    const [{ makeRedactor, secretValues }, { createPlainRenderer }] = await Promise.all([
      __nccwpck_require__.e(
        /* import() */
        524
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 6524)),
      Promise.all(
        /* import() */
        [__nccwpck_require__.e(365), __nccwpck_require__.e(791), __nccwpck_require__.e(535), __nccwpck_require__.e(902), __nccwpck_require__.e(160)]
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 9192))
    ]);
    redact = makeRedactor(secretValues([...runTargetSpecs(definition, opts), { secrets: opts.gitAuthSecrets ?? [] }], opts));
    const write = (line) => process.stderr.write(redact(line) + "\n");
    const multiTarget = Object.keys(definition.target).length > 1;
    const progress = cmd.progress === "auto" ? process.stderr.isTTY ? "tty" : "plain" : cmd.progress;
    const renderer = createPlainRenderer(write, {
      quiet: progress !== "plain",
      warnings: progress === "plain" || progress === "tty",
      multiTarget
    });
    opts.onEvent = (event) => renderer.onEvent(event);
    let tty;
    if (progress === "tty") {
      const { createTtyDisplay } = await Promise.all(
        /* import() */
        [__nccwpck_require__.e(535), __nccwpck_require__.e(631)]
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 8831));
      tty = createTtyDisplay((text) => process.stderr.write(redact(text)), renderer.tracker, {
        columns: () => process.stderr.columns || 80,
        rows: () => process.stderr.rows || 24,
        multiTarget
      });
    }
    if (cmd.progress === "rawjson") {
      const { createRawJsonRenderer } = await __nccwpck_require__.e(
        /* import() */
        632
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 5632));
      const raw = createRawJsonRenderer(write, redact);
      opts.onEvent = (event) => {
        renderer.onEvent(event);
        raw(event);
      };
    }
    const result = await runBake(opts, definition, dirIdentities).finally(() => tty?.finish());
    renderer.finish(result);
    const { countsLine, publishLines, targetReportLines } = await __nccwpck_require__.e(
      /* import() */
      655
    ).then(__nccwpck_require__.bind(__nccwpck_require__, 4036));
    if (result.targets.length > 1 && result.targets.some((t) => t.status !== "done")) {
      write(`targets: ${countsLine(result)}`);
      for (const line of targetReportLines(result))
        write(line);
    }
    for (const line of publishLines(result.publish))
      write(line);
    let callExit = 0;
    if (result.targets.some((t) => t.call)) {
      const { printCallResults } = await Promise.all(
        /* import() */
        [__nccwpck_require__.e(175), __nccwpck_require__.e(365), __nccwpck_require__.e(865), __nccwpck_require__.e(791), __nccwpck_require__.e(916), __nccwpck_require__.e(878)]
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 3878));
      const printed = printCallResults(result, definition, opts.call);
      if (printed) {
        process.stdout.write(redact(printed.text));
        callExit = printed.exitCode;
      }
    }
    if (result.cacheMounts?.length) {
      const { formatCacheMountReports } = await Promise.all(
        /* import() */
        [__nccwpck_require__.e(175), __nccwpck_require__.e(365), __nccwpck_require__.e(865), __nccwpck_require__.e(791), __nccwpck_require__.e(801), __nccwpck_require__.e(849), __nccwpck_require__.e(31), __nccwpck_require__.e(818), __nccwpck_require__.e(177), __nccwpck_require__.e(879)]
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 7307));
      for (const line of formatCacheMountReports(result.cacheMounts))
        write(line);
    }
    const { formatWarmTable } = await Promise.all(
      /* import() */
      [__nccwpck_require__.e(175), __nccwpck_require__.e(865), __nccwpck_require__.e(364)]
    ).then(__nccwpck_require__.bind(__nccwpck_require__, 1364));
    if (result.warm)
      for (const line of formatWarmTable(result.warm))
        process.stderr.write(redact(line) + "\n");
    if (controller.signal.aborted) {
      const cancelled = result.targets.filter((t) => t.status === "cancelled").map((t) => t.target);
      process.stderr.write(`ERROR: build ${controller.signal.reason.message}${cancelled.length ? ` (cancelled: ${cancelled.join(", ")})` : ""}
`);
    }
    return result.ok ? callExit : 1;
  } catch (err) {
    process.stderr.write(`ERROR: ${redact(err.message)}
`);
    if (cmd.debug)
      for (let e = err; e instanceof Error; e = e.cause)
        process.stderr.write(`${redact(e.stack ?? String(e))}
`);
    return 1;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
;
(0, young_generation.Dd)();
(0, optimizing_compiler.deferOptimizingCompiler)();
enableCompileCache();
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (code !== 0)
    exitSoon(code);
}, (err) => {
  process.stderr.write(`ERROR: ${String(err)}
`);
  process.exitCode = 1;
  exitSoon(1);
});
function exitSoon(code) {
  setTimeout(() => process.exit(code), 2e3).unref();
}

function __bakekit_chunk(file) {
  return new Promise((resolve) => {
    const load = globalThis[Symbol.for("bakekit.loadChunk")];
    resolve(typeof load === "function" ? load(require("node:path").join(__dirname, file)) : require(file));
  });
}

function __bakekit_meta_url() {
  return require("node:url").pathToFileURL(__filename).href;
}
