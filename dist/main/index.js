"use strict";
const __bakekit_builtin = (id) => {
  const load = () => require(id);
  const withDefaultV8Flags = globalThis[/* @__PURE__ */ Symbol.for("bakekit.withDefaultV8Flags")];
  return typeof withDefaultV8Flags === "function" ? withDefaultV8Flags(load) : load();
};
var __webpack_modules__ = {
  /***/
  2613: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("assert");
    })
  ),
  /***/
  181: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("buffer");
    })
  ),
  /***/
  5317: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("child_process");
    })
  ),
  /***/
  6982: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("crypto");
    })
  ),
  /***/
  4434: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("events");
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
  8611: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("http");
    })
  ),
  /***/
  5692: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("https");
    })
  ),
  /***/
  9278: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("net");
    })
  ),
  /***/
  4589: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:assert");
    })
  ),
  /***/
  6698: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:async_hooks");
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
  7540: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:console");
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
  3053: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:diagnostics_channel");
    })
  ),
  /***/
  610: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:dns");
    })
  ),
  /***/
  8474: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:events");
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
  8995: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:module");
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
  643: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:perf_hooks");
    })
  ),
  /***/
  1708: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:process");
    })
  ),
  /***/
  1792: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:querystring");
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
  3136: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:url");
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
  3429: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:util/types");
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
  8522: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("node:zlib");
    })
  ),
  /***/
  857: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("os");
    })
  ),
  /***/
  6928: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("path");
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
  2203: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("stream");
    })
  ),
  /***/
  3193: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("string_decoder");
    })
  ),
  /***/
  3557: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("timers");
    })
  ),
  /***/
  4756: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("tls");
    })
  ),
  /***/
  9637: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("tty");
    })
  ),
  /***/
  7016: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("url");
    })
  ),
  /***/
  9023: (
    /***/
    (function(module) {
      module.exports = __bakekit_builtin("util");
    })
  ),
  /***/
  6965: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Ew: () => (
          /* binding */
          isValidRef
        ),
        /* harmony export */
        Z3: () => (
          /* binding */
          eventPayload
        ),
        /* harmony export */
        cw: () => (
          /* binding */
          gitContext
        ),
        /* harmony export */
        u9: () => (
          /* binding */
          workflowRunURL
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(3024);
      function eventPayload(env) {
        const file = env.GITHUB_EVENT_PATH;
        if (!file || !node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
          return {};
        try {
          return JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, "utf8"));
        } catch {
          return {};
        }
      }
      function serverURL(env) {
        return env.GITHUB_SERVER_URL || "https://github.com";
      }
      function repository(env, payload) {
        if (env.GITHUB_REPOSITORY) {
          const [owner, repo] = env.GITHUB_REPOSITORY.split("/");
          return `${owner}/${repo}`;
        }
        const r = payload.repository;
        if (r?.owner?.login && r.name)
          return `${r.owner.login}/${r.name}`;
        return void 0;
      }
      function workflowRunURL(env, payload) {
        const repo = repository(env, payload);
        if (!repo || !env.GITHUB_RUN_ID)
          return void 0;
        const attempt = env.GITHUB_RUN_ATTEMPT ? +env.GITHUB_RUN_ATTEMPT : 1;
        return `${serverURL(env)}/${repo}/actions/runs/${+env.GITHUB_RUN_ID}/attempts/${attempt}`;
      }
      function parseBoolOrDefault(v) {
        return v !== void 0 && ["1", "t", "T", "TRUE", "true", "True"].includes(v);
      }
      function gitContext(env, payload) {
        const repo = repository(env, payload);
        if (!repo)
          throw new Error("the default Git context needs GITHUB_REPOSITORY ('owner/repo')");
        let ref = env.GITHUB_REF ?? "";
        if (!ref.startsWith("refs/"))
          ref = `refs/heads/${ref}`;
        else if (ref.startsWith("refs/pull/") && parseBoolOrDefault(env.DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF))
          ref = ref.replace(/\/merge$/g, "/head");
        const baseURL = `${serverURL(env)}/${repo}.git`;
        let pinned = env.GITHUB_SHA || ref;
        if (ref.startsWith("refs/pull/") && ref.endsWith("/head")) {
          const head = payload.pull_request?.head?.sha;
          pinned = typeof head === "string" ? head : ref;
        }
        if (parseBoolOrDefault(env.BUILDX_SEND_GIT_QUERY_AS_INPUT))
          return `${baseURL}?ref=${pinned}`;
        return `${baseURL}#${pinned}`;
      }
      function isValidRef(ref) {
        try {
          const u = new URL(ref);
          if (u.protocol === "http:" || u.protocol === "https:")
            return true;
        } catch {
        }
        return ["git://", "github.com/", "git@"].some((p) => ref.startsWith(p));
      }
    })
  ),
  /***/
  4112: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.r(__webpack_exports__2);
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        appendSummary: () => (
          /* binding */
          appendSummary
        ),
        /* harmony export */
        debug: () => (
          /* binding */
          debug
        ),
        /* harmony export */
        endGroup: () => (
          /* binding */
          endGroup
        ),
        /* harmony export */
        error: () => (
          /* binding */
          error
        ),
        /* harmony export */
        getInput: () => (
          /* binding */
          getInput
        ),
        /* harmony export */
        getState: () => (
          /* binding */
          getState
        ),
        /* harmony export */
        info: () => (
          /* binding */
          info
        ),
        /* harmony export */
        setFailed: () => (
          /* binding */
          setFailed
        ),
        /* harmony export */
        setOutput: () => (
          /* binding */
          setOutput
        ),
        /* harmony export */
        setSecret: () => (
          /* binding */
          setSecret
        ),
        /* harmony export */
        startGroup: () => (
          /* binding */
          startGroup
        ),
        /* harmony export */
        warning: () => (
          /* binding */
          warning
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(3024);
      var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(8161);
      function toCommandValue(input) {
        if (input === null || input === void 0)
          return "";
        if (typeof input === "string" || input instanceof String)
          return String(input);
        return JSON.stringify(input);
      }
      function escapeData(s) {
        return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
      }
      function escapeProperty(s) {
        return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
      }
      function issueCommand(command, properties, message) {
        let cmd = `::${command}`;
        const keys = Object.keys(properties);
        if (keys.length > 0) {
          cmd += " ";
          cmd += keys.filter((k) => properties[k]).map((k) => `${k}=${escapeProperty(properties[k])}`).join(",");
        }
        process.stdout.write(`${cmd}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
      }
      function annotation(kind, message, p) {
        const properties = Object.keys(p).length ? {
          title: p.title,
          file: p.file,
          line: p.startLine,
          endLine: p.endLine,
          col: p.startColumn,
          endColumn: p.endColumn
        } : {};
        issueCommand(kind, properties, message instanceof Error ? message.toString() : message);
      }
      function getInput(name) {
        return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "").trim();
      }
      function setSecret(secret) {
        issueCommand("add-mask", {}, secret);
      }
      function debug(message) {
        issueCommand("debug", {}, message);
      }
      function info(message) {
        process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
      }
      function warning(message, properties = {}) {
        annotation("warning", message, properties);
      }
      function error(message, properties = {}) {
        annotation("error", message, properties);
      }
      function startGroup(name) {
        issueCommand("group", {}, name);
      }
      function endGroup() {
        issueCommand("endgroup", {}, "");
      }
      function setFailed(message) {
        process.exitCode = 1;
        error(message);
      }
      function setOutput(name, value) {
        const file = process.env.GITHUB_OUTPUT || "";
        if (!file) {
          process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
          issueCommand("set-output", { name }, toCommandValue(value));
          return;
        }
        const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
        const text = toCommandValue(value);
        if (name.includes(delimiter))
          throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
        if (text.includes(delimiter))
          throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
          throw new Error(`Missing file at path: ${file}`);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`, { encoding: "utf8" });
      }
      function getState(name) {
        return process.env[`STATE_${name}`] || "";
      }
      async function appendSummary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
          throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
        try {
          await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        } catch {
          throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.appendFile(file, markdown, { encoding: "utf8" });
      }
    })
  ),
  /***/
  5865: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        DS: () => (
          /* binding */
          resourcesFromValue
        ),
        /* harmony export */
        Eg: () => (
          /* binding */
          normalizeAttests
        ),
        /* harmony export */
        Fs: () => (
          /* binding */
          normalizeSecrets
        ),
        /* harmony export */
        HE: () => (
          /* binding */
          parseSecretText
        ),
        /* harmony export */
        IC: () => (
          /* binding */
          compareSsh
        ),
        /* harmony export */
        Ji: () => (
          /* binding */
          parseExportText
        ),
        /* harmony export */
        MY: () => (
          /* binding */
          parseGoBool
        ),
        /* harmony export */
        R2: () => (
          /* binding */
          parseSshText
        ),
        /* harmony export */
        SV: () => (
          /* binding */
          parseAttestText
        ),
        /* harmony export */
        UZ: () => (
          /* binding */
          mergeResources
        ),
        /* harmony export */
        Uu: () => (
          /* binding */
          parseCacheTexts
        ),
        /* harmony export */
        XL: () => (
          /* binding */
          parsePolicyText
        ),
        /* harmony export */
        Zd: () => (
          /* binding */
          cachesFromValue
        ),
        /* harmony export */
        al: () => (
          /* binding */
          sshFromValue
        ),
        /* harmony export */
        fm: () => (
          /* binding */
          normalizeCaches
        ),
        /* harmony export */
        kT: () => (
          /* binding */
          policiesFromValue
        ),
        /* harmony export */
        kc: () => (
          /* binding */
          RESOURCE_KEYS
        ),
        /* harmony export */
        lX: () => (
          /* binding */
          normalizeExports
        ),
        /* harmony export */
        nj: () => (
          /* binding */
          setResourceField
        ),
        /* harmony export */
        qZ: () => (
          /* binding */
          csvFields
        ),
        /* harmony export */
        qz: () => (
          /* binding */
          attestsFromValue
        ),
        /* harmony export */
        tp: () => (
          /* binding */
          policyMap
        ),
        /* harmony export */
        ty: () => (
          /* binding */
          exportsFromValue
        ),
        /* harmony export */
        uS: () => (
          /* binding */
          clonePolicy
        ),
        /* harmony export */
        uT: () => (
          /* binding */
          normalizeSsh
        ),
        /* harmony export */
        xq: () => (
          /* binding */
          mergeEntries
        ),
        /* harmony export */
        z8: () => (
          /* binding */
          secretsFromValue
        )
        /* harmony export */
      });
      var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(5175);
      var _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(6676);
      function parseGoBool(s) {
        if (["1", "t", "T", "TRUE", "true", "True"].includes(s))
          return true;
        if (["0", "f", "F", "FALSE", "false", "False"].includes(s))
          return false;
        return void 0;
      }
      function csvFields(s) {
        if (s === "")
          return [""];
        if (!s.includes('"'))
          return s.split(",");
        const rows = (0, csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__.qg)(s, { relax_quotes: true, relax_column_count: true, skip_empty_lines: false });
        return rows[0] ?? [""];
      }
      function cutEq(field) {
        const i = field.indexOf("=");
        return i < 0 ? void 0 : [field.slice(0, i), field.slice(i + 1)];
      }
      function parseExportText(s) {
        const fields = csvFields(s);
        if (fields.length === 1 && fields[0] === s && !s.startsWith("type=")) {
          return s === "-" ? { type: "tar", dest: "-" } : { type: "local", dest: s };
        }
        const e = {};
        let type = "";
        for (const field of fields) {
          const kv = cutEq(field);
          if (!kv)
            throw new Error(`invalid value ${field}`);
          const key = kv[0].trim().toLowerCase();
          if (key === "type")
            type = kv[1];
          else
            e[key] = kv[1];
        }
        if (type === "")
          throw new Error("type is required for output");
        return { ...e, type };
      }
      function parseCacheTexts(s) {
        if (!s.includes("="))
          return csvFields(s).map((ref) => ({ type: "registry", ref }));
        const e = {};
        let type = "";
        for (const field of csvFields(s)) {
          const kv = cutEq(field);
          if (!kv)
            throw new Error(`invalid value ${field}`);
          const key = kv[0].toLowerCase();
          if (key === "type")
            type = kv[1];
          else
            e[key] = kv[1];
        }
        if (type === "")
          throw new Error(`type required form> ${JSON.stringify(s)}`);
        return [{ ...e, type }];
      }
      function parseSecretText(s) {
        const out = {};
        let type = "";
        for (const field of csvFields(s)) {
          const kv = cutEq(field);
          if (!kv)
            throw new Error(`invalid field '${field}' must be a key=value pair`);
          const key = kv[0].toLowerCase();
          const value = kv[1];
          switch (key) {
            case "type":
              if (value !== "file" && value !== "env")
                throw new Error(`unsupported secret type ${JSON.stringify(value)}`);
              type = value;
              break;
            case "id":
              out.id = value;
              break;
            case "source":
            case "src":
              out.src = value;
              break;
            case "env":
              out.env = value;
              break;
            default:
              throw new Error(`unexpected key '${key}' in '${field}'`);
          }
        }
        if (type === "env" && !out.env) {
          const src = out.src;
          delete out.src;
          if (src)
            out.env = src;
        }
        return cleanSecret(out);
      }
      function cleanSecret(s) {
        const out = {};
        if (s.id)
          out.id = s.id;
        if (s.src)
          out.src = s.src;
        if (s.env)
          out.env = s.env;
        return out;
      }
      function parseSshText(s) {
        const i = s.indexOf("=");
        if (i < 0)
          return { id: s };
        return { id: s.slice(0, i), paths: s.slice(i + 1).split(",") };
      }
      function parseAttestText(s) {
        const out = {};
        let type = "";
        let disabled = false;
        for (const field of csvFields(s)) {
          const kv = cutEq(field);
          if (!kv)
            throw new Error(`invalid value ${field}`);
          switch (kv[0].trim().toLowerCase()) {
            case "type":
              type = kv[1];
              break;
            case "disabled": {
              const b = parseGoBool(kv[1]);
              if (b === void 0)
                throw new Error(`invalid value ${field}: strconv.ParseBool: parsing ${JSON.stringify(kv[1])}: invalid syntax`);
              disabled = b;
              break;
            }
            default:
              out[kv[0]] = kv[1];
          }
        }
        if (type === "")
          throw new Error("attestation type not specified");
        return makeAttest(type, disabled, out);
      }
      function makeAttest(type, disabled, attrs) {
        const e = { ...attrs, type };
        if (disabled)
          e.disabled = true;
        return e;
      }
      function stringMap(v, what) {
        v = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.O9)(v);
        if (!(v instanceof Map))
          throw new Error(`Unsuitable value type; ${what} entries must be strings or objects`);
        const out = /* @__PURE__ */ new Map();
        for (const [k, x] of v) {
          const s = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.oJ)(x, `${what}.${k}`);
          if (s !== null)
            out.set(k, s);
        }
        return out;
      }
      function elements(v) {
        return v === null ? [] : v.filter((x) => !(typeof x === "string" && x === "") && x !== null);
      }
      function exportsFromValue(list) {
        return elements(list).map((v) => {
          if (typeof v === "string")
            return parseExportText(v);
          const m = stringMap(v, "output");
          const type = m.get("type") ?? "";
          if (type === "")
            throw new Error("type is required for output");
          const e = {};
          for (const [k, x] of m)
            if (k !== "type" && !(k === "dest" && x === ""))
              e[k] = x;
          return { ...e, type };
        });
      }
      function cachesFromValue(list) {
        return elements(list).flatMap((v) => {
          if (typeof v === "string")
            return parseCacheTexts(v);
          const m = stringMap(v, "cache");
          const type = m.get("type") ?? "";
          const e = {};
          for (const [k, x] of m)
            if (k !== "type")
              e[k] = x;
          if (type === "")
            throw new Error(`type required for ${JSON.stringify(JSON.stringify(Object.fromEntries(m)))}`);
          return [{ ...e, type }];
        });
      }
      function secretsFromValue(list) {
        return elements(list).map((v) => {
          if (typeof v === "string")
            return parseSecretText(v);
          const m = stringMap(v, "secret");
          return cleanSecret({ id: m.get("id"), src: m.get("src"), env: m.get("env") });
        });
      }
      function sshFromValue(list) {
        return elements(list).map((v) => {
          if (typeof v === "string")
            return parseSshText(v);
          const o = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.O9)(v);
          if (!(o instanceof Map))
            throw new Error("Unsuitable value type; ssh entries must be strings or objects");
          const out = {};
          const id = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.oJ)(o.get("id") ?? null);
          if (id)
            out.id = id;
          const paths = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.O9)(o.get("paths") ?? null);
          if (Array.isArray(paths) && paths.length > 0)
            out.paths = paths.map((p) => (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.oJ)(p) ?? "");
          return out;
        });
      }
      function attestsFromValue(list) {
        return elements(list).map((v) => {
          if (typeof v === "string")
            return parseAttestText(v);
          const m = stringMap(v, "attest");
          let type = "";
          let disabled = false;
          const attrs = {};
          for (const [k, x] of m) {
            if (k === "type")
              type = x;
            else if (k === "disabled") {
              const b = parseGoBool(x);
              if (b === void 0)
                throw new Error(`strconv.ParseBool: parsing ${JSON.stringify(x)}: invalid syntax`);
              disabled = b;
            } else
              attrs[k] = x;
          }
          return makeAttest(type, disabled, attrs);
        });
      }
      function recordsEqual(a, b) {
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
          return false;
        return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
      }
      function removeEqualDupes(list) {
        const s = [...list];
        for (let i = s.length - 2; i >= 0; i--) {
          for (let j = i + 1; j < s.length; j++) {
            if (recordsEqual(s[i], s[j])) {
              s[j] = s[s.length - 1];
              s.pop();
              break;
            }
          }
        }
        return s;
      }
      function dedupeByKey(list, key) {
        const res = [];
        const index = /* @__PURE__ */ new Map();
        for (const item of list) {
          const k = key(item);
          const i = index.get(k);
          if (i !== void 0)
            res[i] = item;
          else {
            index.set(k, res.length);
            res.push(item);
          }
        }
        return res;
      }
      const normalizeCaches = (l) => l && l.length ? removeEqualDupes(l) : void 0;
      const normalizeExports = (l) => l && l.length ? removeEqualDupes(l) : void 0;
      const normalizeSecrets = (l) => l && l.length ? dedupeByKey(l, (s) => s.id ?? "") : void 0;
      const normalizeSsh = (l) => l && l.length ? dedupeByKey(l, (s) => s.id ?? "") : void 0;
      const normalizeAttests = (l) => l && l.length ? dedupeByKey(l, (a) => a.type) : void 0;
      function mergeEntries(a, b, normalize) {
        if (b === void 0)
          return normalize(a);
        if (a === void 0)
          return normalize(b);
        return normalize([...a, ...b]);
      }
      function sshEqual(a, b) {
        return (a.id ?? "") === (b.id ?? "") && JSON.stringify(a.paths ?? []) === JSON.stringify(b.paths ?? []);
      }
      function compareSsh(a, b) {
        const ia = a.id ?? "";
        const ib = b.id ?? "";
        if (ia !== ib)
          return ia < ib ? -1 : 1;
        const pa = a.paths ?? [];
        const pb = b.paths ?? [];
        for (let i = 0; i < Math.min(pa.length, pb.length); i++)
          if (pa[i] !== pb[i])
            return pa[i] < pb[i] ? -1 : 1;
        return pa.length - pb.length;
      }
      const RESOURCE_KEYS = [
        "memory",
        "memory-swap",
        "cpu-shares",
        "cpu-period",
        "cpu-quota",
        "cpuset-cpus",
        "cpuset-mems"
      ];
      const RESOURCE_INT_KEYS = /* @__PURE__ */ new Set(["cpu-shares", "cpu-period", "cpu-quota"]);
      const INT64_MAX = 2n ** 63n - 1n;
      function int64Number(n, what, shown) {
        if (n > INT64_MAX || n < -INT64_MAX - 1n)
          throw new Error(`invalid value ${shown} for int64 key ${what}`);
        if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) {
          throw new Error(`${what}: ${shown} is beyond what bakekit handles exactly (\xB12^53)`);
        }
        return Number(n);
      }
      function resourcesFromValue(v) {
        v = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.O9)(v);
        if (!(v instanceof Map))
          throw new Error(`Unsuitable value type; resources must be an object, not ${v === null ? "null" : Array.isArray(v) ? "tuple" : typeof v}`);
        const out = {};
        for (const key of RESOURCE_KEYS) {
          const x = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.O9)(v.get(key) ?? null);
          if (x === null)
            continue;
          if (RESOURCE_INT_KEYS.has(key)) {
            const n = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.i)(x, `resources.${key}`);
            if (!Number.isInteger(n))
              throw new Error(`resources.${key}: value must be a whole number, between -9223372036854775808 and 9223372036854775807`);
            out[key] = int64Number(BigInt(n), `resources.${key}`, formatNumberish(n));
          } else {
            out[key] = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.oJ)(x, `resources.${key}`);
          }
        }
        return out;
      }
      function formatNumberish(n) {
        return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
      }
      function setResourceField(r, name, value) {
        const out = { ...r ?? {} };
        if (!RESOURCE_KEYS.includes(name))
          throw new Error(`unknown resources key ${name}`);
        if (RESOURCE_INT_KEYS.has(name)) {
          if (!/^[+-]?\d+$/.test(value))
            throw new Error(`invalid value ${value} for int64 key resources.${name}`);
          out[name] = int64Number(BigInt(value), `resources.${name}`, value);
        } else {
          out[name] = value;
        }
        return out;
      }
      function mergeResources(a, b) {
        return { ...a ?? {}, ...b };
      }
      const LOG_LEVELS = {
        panic: "panic",
        fatal: "fatal",
        error: "error",
        warn: "warning",
        warning: "warning",
        info: "info",
        debug: "debug",
        trace: "trace"
      };
      function policyFromFields(fields) {
        const cfg = { Files: null, Reset: false, Disabled: false, Strict: null, LogLevel: null };
        const bool = (field, value) => {
          const b = parseGoBool(value);
          if (b === void 0)
            throw new Error(`invalid value ${field}: strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`);
          return b;
        };
        for (const field of fields) {
          const kv = cutEq(field);
          if (!kv)
            throw new Error(`invalid value ${field}`);
          const [rawKey, value] = kv;
          switch (rawKey.toLowerCase().trim()) {
            case "filename":
              if (value === "")
                throw new Error(`invalid value ${field}`);
              (cfg.Files ??= []).push({ Filename: value, Data: null });
              break;
            case "reset":
              cfg.Reset = bool(field, value);
              break;
            case "disabled":
              cfg.Disabled = bool(field, value);
              break;
            case "strict":
              cfg.Strict = bool(field, value);
              break;
            case "log-level": {
              const level = LOG_LEVELS[value.toLowerCase()];
              if (!level)
                throw new Error(`invalid value ${field}: not a valid logrus Level: ${JSON.stringify(value)}`);
              cfg.LogLevel = level;
              break;
            }
            default:
              throw new Error(`invalid value ${field}`);
          }
        }
        return cfg;
      }
      function parsePolicyText(s) {
        if (s === "" || s === "\n" || s === "\r\n")
          throw new Error("EOF");
        return policyFromFields(csvFields(s));
      }
      function policiesFromValue(list) {
        return elements(list).map((v) => {
          v = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.O9)(v);
          if (typeof v === "string")
            return parsePolicyText(v);
          if (!(v instanceof Map))
            throw new Error(`Unsuitable value type; policy entries must be strings or objects, not ${Array.isArray(v) ? "tuple" : typeof v}`);
          const fields = [];
          for (const k of [...v.keys()].sort()) {
            const x = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.O9)(v.get(k));
            if (x === null || x === "")
              continue;
            if (x instanceof Map || Array.isArray(x))
              throw new Error(`Unsuitable value type; policy.${k}: string required`);
            fields.push(`${k}=${(0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.oJ)(x)}`);
          }
          return policyFromFields(fields);
        });
      }
      function policyMap(p) {
        const m = /* @__PURE__ */ new Map();
        if (p.Files?.length)
          m.set("filename", p.Files[0].Filename);
        if (p.Reset)
          m.set("reset", "true");
        if (p.Disabled)
          m.set("disabled", "true");
        if (p.Strict !== null)
          m.set("strict", String(p.Strict));
        if (p.LogLevel !== null)
          m.set("log-level", p.LogLevel);
        return m;
      }
      function clonePolicy(p) {
        return { ...p, Files: p.Files && p.Files.map((f) => ({ ...f })) };
      }
    })
  ),
  /***/
  6676: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Cb: () => (
          /* binding */
          isPrimitiveType
        ),
        /* harmony export */
        DD: () => (
          /* binding */
          asList
        ),
        /* harmony export */
        HO: () => (
          /* binding */
          toJS
        ),
        /* harmony export */
        Kt: () => (
          /* binding */
          compareStrings
        ),
        /* harmony export */
        Mf: () => (
          /* binding */
          sortedKeys
        ),
        /* harmony export */
        O9: () => (
          /* binding */
          materialize
        ),
        /* harmony export */
        XL: () => (
          /* binding */
          asBool
        ),
        /* harmony export */
        ZV: () => (
          /* binding */
          formatNumber
        ),
        /* harmony export */
        bR: () => (
          /* binding */
          convertTo
        ),
        /* harmony export */
        eB: () => (
          /* binding */
          asObject
        ),
        /* harmony export */
        gb: () => (
          /* binding */
          LazyValue
        ),
        /* harmony export */
        go: () => (
          /* binding */
          typeName
        ),
        /* harmony export */
        i: () => (
          /* binding */
          asNumber
        ),
        /* harmony export */
        lu: () => (
          /* binding */
          valuesEqual
        ),
        /* harmony export */
        oJ: () => (
          /* binding */
          asString
        ),
        /* harmony export */
        ss: () => (
          /* binding */
          fromJS
        ),
        /* harmony export */
        xG: () => (
          /* binding */
          typeToString
        ),
        /* harmony export */
        zf: () => (
          /* binding */
          sortSetValues
        ),
        /* harmony export */
        zx: () => (
          /* binding */
          ConversionError
        )
        /* harmony export */
      });
      class LazyValue {
      }
      function isObject(v) {
        return v instanceof Map;
      }
      function materialize(v) {
        return v instanceof LazyValue ? materialize(v.force()) : v;
      }
      function typeName(v) {
        if (v === null)
          return "null";
        if (typeof v === "string")
          return "string";
        if (typeof v === "number")
          return "number";
        if (typeof v === "boolean")
          return "bool";
        if (Array.isArray(v))
          return "tuple";
        if (v instanceof Map)
          return "object";
        return "object";
      }
      function sortedKeys(m) {
        return [...m.keys()].sort(compareStrings);
      }
      function compareStrings(a, b) {
        return a < b ? -1 : a > b ? 1 : 0;
      }
      function formatNumber(n) {
        if (Number.isInteger(n) && Math.abs(n) < 1e21)
          return String(n);
        if (!isFinite(n))
          return n > 0 ? "+Inf" : n < 0 ? "-Inf" : "NaN";
        if (Number.isInteger(n))
          return BigInt(n).toString();
        const rounded = Number(n.toPrecision(15));
        const s = String(rounded);
        if (!s.includes("e"))
          return s;
        const [mant, expStr] = s.split("e");
        const exp = Number(expStr);
        const neg = mant.startsWith("-");
        const digits = mant.replace("-", "").replace(".", "");
        const intLen = mant.replace("-", "").split(".")[0].length;
        const point = intLen + exp;
        let out;
        if (point <= 0)
          out = "0." + "0".repeat(-point) + digits;
        else if (point >= digits.length)
          out = digits + "0".repeat(point - digits.length);
        else
          out = digits.slice(0, point) + "." + digits.slice(point);
        return (neg ? "-" : "") + out;
      }
      class ConversionError extends Error {
        argument;
        name = "ConversionError";
        /** `argument`: the index of the function argument refused, whose position the error names (as cty does) */
        constructor(message, argument) {
          super(message);
          this.argument = argument;
        }
      }
      function asString(v, what = "value") {
        v = materialize(v);
        if (v === null)
          return null;
        if (typeof v === "string")
          return v;
        if (typeof v === "number")
          return formatNumber(v);
        if (typeof v === "boolean")
          return v ? "true" : "false";
        throw new ConversionError(`Unsuitable value type; ${what} must be a string, not ${typeName(v)}`);
      }
      function asNumber(v, what = "value") {
        v = materialize(v);
        if (v === null)
          return null;
        if (typeof v === "number")
          return v;
        if (typeof v === "string") {
          const t = v.trim();
          if (t !== "" && t === v && /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t))
            return Number(t);
          throw new ConversionError(`Unsuitable value type; a number is required, but ${what} is the string ${JSON.stringify(v)}`);
        }
        throw new ConversionError(`Unsuitable value type; ${what} must be a number, not ${typeName(v)}`);
      }
      function asBool(v, what = "value") {
        v = materialize(v);
        if (v === null)
          return null;
        if (typeof v === "boolean")
          return v;
        if (v === "true")
          return true;
        if (v === "false")
          return false;
        throw new ConversionError(`Unsuitable value type; a bool is required, but ${what} is ${typeof v === "string" ? JSON.stringify(v) : typeName(v)}`);
      }
      function asList(v, what = "value") {
        v = materialize(v);
        if (v === null)
          return null;
        if (Array.isArray(v))
          return v;
        throw new ConversionError(`Unsuitable value type; ${what} must be a list, not ${typeName(v)}`);
      }
      function asObject(v, what = "value") {
        v = materialize(v);
        if (v === null)
          return null;
        if (v instanceof Map)
          return v;
        throw new ConversionError(`Unsuitable value type; ${what} must be a map, not ${typeName(v)}`);
      }
      function valuesEqual(a, b) {
        a = materialize(a);
        b = materialize(b);
        if (a === b)
          return true;
        if (Array.isArray(a) && Array.isArray(b)) {
          return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
        }
        if (a instanceof Map && b instanceof Map) {
          if (a.size !== b.size)
            return false;
          for (const [k, v] of a) {
            if (!b.has(k) || !valuesEqual(v, b.get(k)))
              return false;
          }
          return true;
        }
        return false;
      }
      function fromJS(x) {
        if (x === null || x === void 0)
          return null;
        if (typeof x === "string" || typeof x === "number" || typeof x === "boolean")
          return x;
        if (Array.isArray(x))
          return x.map(fromJS);
        const m = /* @__PURE__ */ new Map();
        for (const [k, v] of Object.entries(x))
          m.set(k, fromJS(v));
        return m;
      }
      function toJS(v) {
        v = materialize(v);
        if (Array.isArray(v))
          return v.map(toJS);
        if (v instanceof Map) {
          const o = {};
          for (const k of sortedKeys(v))
            o[k] = toJS(v.get(k));
          return o;
        }
        return v;
      }
      function typeToString(t) {
        switch (t.kind) {
          case "string":
          case "number":
          case "bool":
            return t.kind;
          case "any":
            return "dynamic";
          case "list":
          case "set":
          case "map":
            return `${t.kind} of ${typeToString(t.elem)}`;
          case "tuple":
            return "tuple";
          case "object":
            return "object";
        }
      }
      function isPrimitiveType(t) {
        return t.kind === "string" || t.kind === "number" || t.kind === "bool";
      }
      function convertTo(v, t, what = "value") {
        v = materialize(v);
        if (v === null || t.kind === "any")
          return v;
        switch (t.kind) {
          case "string":
            return asString(v, what);
          case "number":
            return asNumber(v, what);
          case "bool":
            return asBool(v, what);
          case "list":
          case "set": {
            const l = asList(v, what);
            const out = l.map((x, i) => convertTo(x, t.elem, `${what}[${i}]`));
            if (t.kind === "set") {
              const uniq = [];
              for (const x of out)
                if (!uniq.some((u) => valuesEqual(u, x)))
                  uniq.push(x);
              return sortSetValues(uniq);
            }
            return out;
          }
          case "tuple": {
            const l = asList(v, what);
            if (l.length !== t.elems.length)
              throw new ConversionError(`${what}: tuple required with ${t.elems.length} elements`);
            return l.map((x, i) => convertTo(x, t.elems[i], `${what}[${i}]`));
          }
          case "map": {
            const m = asObject(v, what);
            const out = /* @__PURE__ */ new Map();
            for (const k of sortedKeys(m))
              out.set(k, convertTo(m.get(k), t.elem, `${what}.${k}`));
            return out;
          }
          case "object": {
            const m = asObject(v, what);
            const out = /* @__PURE__ */ new Map();
            for (const [k, at] of t.attrs) {
              if (!m.has(k))
                throw new ConversionError(`${what}: attribute "${k}" is required`);
              out.set(k, convertTo(m.get(k), at, `${what}.${k}`));
            }
            return out;
          }
        }
      }
      function sortSetValues(vals) {
        return [...vals].sort((a, b) => {
          if (typeof a === "number" && typeof b === "number")
            return a - b;
          if (typeof a === "string" && typeof b === "string")
            return compareStrings(a, b);
          return 0;
        });
      }
    })
  ),
  /***/
  5650: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        F4: () => (
          /* binding */
          InvalidSizeError
        ),
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
        const units2 = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];
        let i = 0;
        let v = n;
        while (v >= 1024 && i < units2.length - 1) {
          v /= 1024;
          i++;
        }
        return `${Number(v.toPrecision(4))}${units2[i]}`;
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
  ),
  /***/
  4370: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
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
      var _bake_entries_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(5865);
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
        const run2 = obj(p.runDetails);
        const { buildConfig, builderPlatform, dockerfileVersion, ...custom } = internal;
        if (dockerfileVersion !== void 0 && str(dockerfileVersion) === "")
          custom.dockerfileVersion = dockerfileVersion;
        if (buildConfig === null)
          custom.buildConfig = null;
        const v02 = {
          builder: { id: str(obj(run2.builder).id) },
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
          metadata: run2.metadata == null ? null : metadataFromSlsa1(obj(run2.metadata))
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
  5175: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        qg: () => (
          /* binding */
          parse
        )
      });
      ;
      class CsvError extends Error {
        constructor(code, message, options, ...contexts) {
          if (Array.isArray(message)) message = message.join(" ").trim();
          super(message);
          if (Error.captureStackTrace !== void 0) {
            Error.captureStackTrace(this, CsvError);
          }
          this.code = code;
          for (const context of contexts) {
            for (const key in context) {
              const value = context[key];
              this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
            }
          }
        }
      }
      ;
      const is_object = function(obj) {
        return typeof obj === "object" && obj !== null && !Array.isArray(obj);
      };
      ;
      const normalize_columns_array = function(columns) {
        const normalizedColumns = [];
        for (let i = 0, l = columns.length; i < l; i++) {
          const column = columns[i];
          if (column === void 0 || column === null || column === false) {
            normalizedColumns[i] = { disabled: true };
          } else if (typeof column === "string" || typeof column === "number") {
            normalizedColumns[i] = { name: `${column}` };
          } else if (is_object(column)) {
            if (typeof column.name !== "string") {
              throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
                "Option columns missing name:",
                `property "name" is required at position ${i}`,
                "when column is an object literal"
              ]);
            }
            normalizedColumns[i] = column;
          } else {
            throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
              "Invalid column definition:",
              "expect a string or a literal object,",
              `got ${JSON.stringify(column)} at position ${i}`
            ]);
          }
        }
        return normalizedColumns;
      };
      ;
      class ResizeableBuffer {
        constructor(size = 100) {
          this.size = size;
          this.length = 0;
          this.buf = Buffer.allocUnsafe(size);
        }
        prepend(val) {
          if (Buffer.isBuffer(val)) {
            const length = this.length + val.length;
            if (length >= this.size) {
              this.resize();
              if (length >= this.size) {
                throw Error("INVALID_BUFFER_STATE");
              }
            }
            const buf = this.buf;
            this.buf = Buffer.allocUnsafe(this.size);
            val.copy(this.buf, 0);
            buf.copy(this.buf, val.length);
            this.length += val.length;
          } else {
            const length = this.length++;
            if (length === this.size) {
              this.resize();
            }
            const buf = this.clone();
            this.buf[0] = val;
            buf.copy(this.buf, 1, 0, length);
          }
        }
        append(val) {
          const length = this.length++;
          if (length === this.size) {
            this.resize();
          }
          this.buf[length] = val;
        }
        clone() {
          return Buffer.from(this.buf.slice(0, this.length));
        }
        resize() {
          const length = this.length;
          this.size = this.size * 2;
          const buf = Buffer.allocUnsafe(this.size);
          this.buf.copy(buf, 0, 0, length);
          this.buf = buf;
        }
        toString(encoding) {
          if (encoding) {
            return this.buf.toString(encoding, 0, this.length);
          } else {
            return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
          }
        }
        toJSON() {
          return this.toString("utf8");
        }
        reset() {
          this.length = 0;
        }
      }
      const utils_ResizeableBuffer = ResizeableBuffer;
      ;
      const init_state = function(options) {
        const timchars = [
          // Basic Latin
          32,
          // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
          9,
          // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
          10,
          // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
          13,
          // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
          12,
          // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
          11,
          // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
          // Latin-1 Supplement
          160,
          // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
          // Ogham
          5760,
          // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
          // General Punctuation
          8192,
          // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
          8193,
          // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
          8194,
          // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
          8195,
          // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
          8196,
          // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
          8197,
          // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
          8198,
          // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
          8199,
          // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
          8200,
          // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
          8201,
          // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
          8202,
          // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
          8232,
          // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
          8233,
          // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
          8239,
          // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
          8287,
          // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
          12288,
          // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
          65279
          // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
        ].reduce((acc, codepoint) => {
          const encoded = Buffer.from(
            String.fromCharCode(codepoint),
            options.encoding
          );
          if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
            return acc;
          }
          acc.push(encoded);
          return acc;
        }, []);
        const timcharFirstBytes = new Uint8Array(256);
        for (const t of timchars) timcharFirstBytes[t[0]] = 1;
        return {
          bomSkipped: false,
          bufBytesStart: 0,
          castField: options.cast_function,
          commenting: false,
          delimiterBufPrevious: void 0,
          delimiterDiscovered: false,
          // Current error encountered by a record
          error: void 0,
          enabled: options.from_line === 1,
          escaping: false,
          escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
          // columns can be `false`, `true`, `Array`
          expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
          field: new utils_ResizeableBuffer(20),
          firstLineToHeaders: options.cast_first_line_to_header,
          needMoreDataSize: Math.max(
            // Skip if the remaining buffer smaller than comment
            options.comment !== null ? options.comment.length : 0,
            ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
            // Auto discovery of delimiter is limited to 1 character
            options.delimiter_auto ? 1 : 0,
            // Skip if the remaining buffer can be escape sequence
            options.quote !== null ? options.quote.length : 0,
            ...timchars.map((t) => t.length)
          ),
          previousBuf: void 0,
          quoting: false,
          stop: false,
          rawBuffer: new utils_ResizeableBuffer(100),
          record: [],
          recordHasError: false,
          record_length: 0,
          recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
          trimChars: [
            Buffer.from(" ", options.encoding)[0],
            Buffer.from("	", options.encoding)[0]
          ],
          wasQuoting: false,
          wasRowDelimiter: false,
          timchars,
          timcharFirstBytes
        };
      };
      ;
      const underscore = function(str) {
        return str.replace(/([A-Z])/g, function(_, match) {
          return "_" + match.toLowerCase();
        });
      };
      ;
      const normalize_options = function(opts) {
        const options = {};
        for (const opt in opts) {
          options[underscore(opt)] = opts[opt];
        }
        if (options.encoding === void 0 || options.encoding === true) {
          options.encoding = "utf8";
        } else if (options.encoding === null || options.encoding === false) {
          options.encoding = null;
        } else if (typeof options.encoding !== "string" && options.encoding !== null) {
          throw new CsvError(
            "CSV_INVALID_OPTION_ENCODING",
            [
              "Invalid option encoding:",
              "encoding must be a string or null to return a buffer,",
              `got ${JSON.stringify(options.encoding)}`
            ],
            options
          );
        }
        if (options.bom === void 0 || options.bom === null || options.bom === false) {
          options.bom = false;
        } else if (options.bom !== true) {
          throw new CsvError(
            "CSV_INVALID_OPTION_BOM",
            [
              "Invalid option bom:",
              "bom must be true,",
              `got ${JSON.stringify(options.bom)}`
            ],
            options
          );
        }
        options.cast_function = null;
        if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
          options.cast = void 0;
        } else if (typeof options.cast === "function") {
          options.cast_function = options.cast;
          options.cast = true;
        } else if (options.cast !== true) {
          throw new CsvError(
            "CSV_INVALID_OPTION_CAST",
            [
              "Invalid option cast:",
              "cast must be true or a function,",
              `got ${JSON.stringify(options.cast)}`
            ],
            options
          );
        }
        if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
          options.cast_date = false;
        } else if (options.cast_date === true) {
          options.cast_date = function(value) {
            const date = Date.parse(value);
            return !isNaN(date) ? new Date(date) : value;
          };
        } else if (typeof options.cast_date !== "function") {
          throw new CsvError(
            "CSV_INVALID_OPTION_CAST_DATE",
            [
              "Invalid option cast_date:",
              "cast_date must be true or a function,",
              `got ${JSON.stringify(options.cast_date)}`
            ],
            options
          );
        }
        options.cast_first_line_to_header = void 0;
        if (options.columns === true) {
          options.cast_first_line_to_header = void 0;
        } else if (typeof options.columns === "function") {
          options.cast_first_line_to_header = options.columns;
          options.columns = true;
        } else if (Array.isArray(options.columns)) {
          options.columns = normalize_columns_array(options.columns);
        } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
          options.columns = false;
        } else {
          throw new CsvError(
            "CSV_INVALID_OPTION_COLUMNS",
            [
              "Invalid option columns:",
              "expect an array, a function or true,",
              `got ${JSON.stringify(options.columns)}`
            ],
            options
          );
        }
        if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
          options.group_columns_by_name = false;
        } else if (options.group_columns_by_name !== true) {
          throw new CsvError(
            "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
            [
              "Invalid option group_columns_by_name:",
              "expect an boolean,",
              `got ${JSON.stringify(options.group_columns_by_name)}`
            ],
            options
          );
        } else if (options.columns === false) {
          throw new CsvError(
            "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
            [
              "Invalid option group_columns_by_name:",
              "the `columns` mode must be activated."
            ],
            options
          );
        }
        if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
          options.comment = null;
        } else {
          if (typeof options.comment === "string") {
            options.comment = Buffer.from(options.comment, options.encoding);
          }
          if (!Buffer.isBuffer(options.comment)) {
            throw new CsvError(
              "CSV_INVALID_OPTION_COMMENT",
              [
                "Invalid option comment:",
                "comment must be a buffer or a string,",
                `got ${JSON.stringify(options.comment)}`
              ],
              options
            );
          }
        }
        if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
          options.comment_no_infix = false;
        } else if (options.comment_no_infix !== true) {
          throw new CsvError(
            "CSV_INVALID_OPTION_COMMENT",
            [
              "Invalid option comment_no_infix:",
              "value must be a boolean,",
              `got ${JSON.stringify(options.comment_no_infix)}`
            ],
            options
          );
        }
        if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
          options.delimiter_auto = false;
        } else if (options.delimiter_auto === true) {
          options.delimiter_auto = {};
        } else if (!is_object(options.delimiter_auto)) {
          throw new CsvError(
            "CSV_INVALID_OPTION_DELIMITER_AUTO",
            [
              "Invalid option delimiter_auto:",
              "delimiter_auto must be a boolean or a configuration object,",
              `got ${JSON.stringify(options.delimiter_auto)}`
            ],
            options
          );
        }
        if (options.delimiter_auto) {
          if (options.delimiter_auto.preferred === void 0)
            options.delimiter_auto.preferred = {
              [",".charCodeAt(0)]: 1.8,
              ["	".charCodeAt(0)]: 1.8,
              [";".charCodeAt(0)]: 1.6,
              [" ".charCodeAt(0)]: 1.6,
              [":".charCodeAt(0)]: 1.5,
              [".".charCodeAt(0)]: 1.4,
              ["/".charCodeAt(0)]: 1.4
            };
          else if (!is_object(options.delimiter_auto.preferred)) {
            throw new CsvError(
              "CSV_INVALID_OPTION_DELIMITER_AUTO",
              [
                "Invalid option delimiter_auto:",
                "preferred must be an object,",
                `got ${JSON.stringify(options.delimiter_auto.preferred)}`
              ],
              options
            );
          }
          if (options.delimiter_auto.score === void 0)
            options.delimiter_auto.score = (info, options2) => {
              return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
            };
          else if (typeof options.delimiter_auto.score !== "function") {
            throw new CsvError(
              "CSV_INVALID_OPTION_DELIMITER_AUTO",
              [
                "Invalid option delimiter_auto:",
                "score must be a function,",
                `got ${JSON.stringify(options.delimiter_auto.score)}`
              ],
              options
            );
          }
          if (options.delimiter_auto.size === void 0)
            options.delimiter_auto.size = 2048;
          else if (typeof options.delimiter_auto.size !== "number") {
            throw new CsvError(
              "CSV_INVALID_OPTION_DELIMITER_AUTO",
              [
                "Invalid option delimiter_auto:",
                "size must be a number,",
                `got ${JSON.stringify(options.delimiter_auto.size)}`
              ],
              options
            );
          }
        }
        const delimiter_json = JSON.stringify(options.delimiter);
        if (options.delimiter_auto !== false) {
          options.delimiter = [];
        }
        if (!Array.isArray(options.delimiter)) {
          if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
            options.delimiter = Buffer.from(",", options.encoding);
          }
          options.delimiter = [options.delimiter];
        }
        options.delimiter = options.delimiter.map(function(delimiter) {
          if (typeof delimiter === "string") {
            delimiter = Buffer.from(delimiter, options.encoding);
          }
          if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
            throw new CsvError(
              "CSV_INVALID_OPTION_DELIMITER",
              [
                "Invalid option delimiter:",
                "delimiter must be a non empty string or buffer or array of string|buffer,",
                `got ${delimiter_json}`
              ],
              options
            );
          }
          return delimiter;
        });
        if (options.escape === void 0 || options.escape === true) {
          options.escape = Buffer.from('"', options.encoding);
        } else if (typeof options.escape === "string") {
          options.escape = Buffer.from(options.escape, options.encoding);
        } else if (options.escape === null || options.escape === false) {
          options.escape = null;
        }
        if (options.escape !== null) {
          if (!Buffer.isBuffer(options.escape)) {
            throw new Error(
              `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
            );
          }
        }
        if (options.from === void 0 || options.from === null) {
          options.from = 1;
        } else {
          if (typeof options.from === "string" && /\d+/.test(options.from)) {
            options.from = parseInt(options.from);
          }
          if (Number.isInteger(options.from)) {
            if (options.from < 0) {
              throw new Error(
                `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
              );
            }
          } else {
            throw new Error(
              `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
            );
          }
        }
        if (options.from_line === void 0 || options.from_line === null) {
          options.from_line = 1;
        } else {
          if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
            options.from_line = parseInt(options.from_line);
          }
          if (Number.isInteger(options.from_line)) {
            if (options.from_line <= 0) {
              throw new Error(
                `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
              );
            }
          } else {
            throw new Error(
              `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
            );
          }
        }
        if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
          options.ignore_last_delimiters = false;
        } else if (typeof options.ignore_last_delimiters === "number") {
          options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
          if (options.ignore_last_delimiters === 0) {
            options.ignore_last_delimiters = false;
          }
        } else if (typeof options.ignore_last_delimiters !== "boolean") {
          throw new CsvError(
            "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
            [
              "Invalid option `ignore_last_delimiters`:",
              "the value must be a boolean value or an integer,",
              `got ${JSON.stringify(options.ignore_last_delimiters)}`
            ],
            options
          );
        }
        if (options.ignore_last_delimiters === true && options.columns === false) {
          throw new CsvError(
            "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
            [
              "The option `ignore_last_delimiters`",
              "requires the activation of the `columns` option"
            ],
            options
          );
        }
        if (options.info === void 0 || options.info === null || options.info === false) {
          options.info = false;
        } else if (options.info !== true) {
          throw new Error(
            `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
          );
        }
        if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
          options.max_record_size = 0;
        } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
        } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
          options.max_record_size = parseInt(options.max_record_size);
        } else {
          throw new Error(
            `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
          );
        }
        if (options.objname === void 0 || options.objname === null || options.objname === false) {
          options.objname = void 0;
        } else if (Buffer.isBuffer(options.objname)) {
          if (options.objname.length === 0) {
            throw new Error(`Invalid Option: objname must be a non empty buffer`);
          }
          if (options.encoding === null) {
          } else {
            options.objname = options.objname.toString(options.encoding);
          }
        } else if (typeof options.objname === "string") {
          if (options.objname.length === 0) {
            throw new Error(`Invalid Option: objname must be a non empty string`);
          }
        } else if (typeof options.objname === "number") {
        } else {
          throw new Error(
            `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
          );
        }
        if (options.objname !== void 0) {
          if (typeof options.objname === "number") {
            if (options.columns !== false) {
              throw Error(
                "Invalid Option: objname index cannot be combined with columns or be defined as a field"
              );
            }
          } else {
            if (options.columns === false) {
              throw Error(
                "Invalid Option: objname field must be combined with columns or be defined as an index"
              );
            }
          }
        }
        if (options.on_record === void 0 || options.on_record === null) {
          options.on_record = void 0;
        } else if (typeof options.on_record !== "function") {
          throw new CsvError(
            "CSV_INVALID_OPTION_ON_RECORD",
            [
              "Invalid option `on_record`:",
              "expect a function,",
              `got ${JSON.stringify(options.on_record)}`
            ],
            options
          );
        }
        if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
          throw new Error(
            `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
          );
        }
        if (options.quote === null || options.quote === false || options.quote === "") {
          options.quote = null;
        } else {
          if (options.quote === void 0 || options.quote === true) {
            options.quote = Buffer.from('"', options.encoding);
          } else if (typeof options.quote === "string") {
            options.quote = Buffer.from(options.quote, options.encoding);
          }
          if (!Buffer.isBuffer(options.quote)) {
            throw new Error(
              `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
            );
          }
        }
        if (options.raw === void 0 || options.raw === null || options.raw === false) {
          options.raw = false;
        } else if (options.raw !== true) {
          throw new Error(
            `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
          );
        }
        if (options.record_delimiter === void 0) {
          options.record_delimiter = [];
        } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
          if (options.record_delimiter.length === 0) {
            throw new CsvError(
              "CSV_INVALID_OPTION_RECORD_DELIMITER",
              [
                "Invalid option `record_delimiter`:",
                "value must be a non empty string or buffer,",
                `got ${JSON.stringify(options.record_delimiter)}`
              ],
              options
            );
          }
          options.record_delimiter = [options.record_delimiter];
        } else if (!Array.isArray(options.record_delimiter)) {
          throw new CsvError(
            "CSV_INVALID_OPTION_RECORD_DELIMITER",
            [
              "Invalid option `record_delimiter`:",
              "value must be a string, a buffer or array of string|buffer,",
              `got ${JSON.stringify(options.record_delimiter)}`
            ],
            options
          );
        }
        options.record_delimiter = options.record_delimiter.map(function(rd, i) {
          if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
            throw new CsvError(
              "CSV_INVALID_OPTION_RECORD_DELIMITER",
              [
                "Invalid option `record_delimiter`:",
                "value must be a string, a buffer or array of string|buffer",
                `at index ${i},`,
                `got ${JSON.stringify(rd)}`
              ],
              options
            );
          } else if (rd.length === 0) {
            throw new CsvError(
              "CSV_INVALID_OPTION_RECORD_DELIMITER",
              [
                "Invalid option `record_delimiter`:",
                "value must be a non empty string or buffer",
                `at index ${i},`,
                `got ${JSON.stringify(rd)}`
              ],
              options
            );
          }
          if (typeof rd === "string") {
            rd = Buffer.from(rd, options.encoding);
          }
          return rd;
        });
        if (typeof options.relax_column_count === "boolean") {
        } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
          options.relax_column_count = false;
        } else {
          throw new Error(
            `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
          );
        }
        if (typeof options.relax_column_count_less === "boolean") {
        } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
          options.relax_column_count_less = false;
        } else {
          throw new Error(
            `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
          );
        }
        if (typeof options.relax_column_count_more === "boolean") {
        } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
          options.relax_column_count_more = false;
        } else {
          throw new Error(
            `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
          );
        }
        if (typeof options.relax_quotes === "boolean") {
        } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
          options.relax_quotes = false;
        } else {
          throw new Error(
            `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
          );
        }
        if (typeof options.skip_empty_lines === "boolean") {
        } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
          options.skip_empty_lines = false;
        } else {
          throw new Error(
            `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
          );
        }
        if (typeof options.skip_records_with_empty_values === "boolean") {
        } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
          options.skip_records_with_empty_values = false;
        } else {
          throw new Error(
            `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
          );
        }
        if (typeof options.skip_records_with_error === "boolean") {
        } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
          options.skip_records_with_error = false;
        } else {
          throw new Error(
            `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
          );
        }
        if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
          options.rtrim = false;
        } else if (options.rtrim !== true) {
          throw new Error(
            `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
          );
        }
        if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
          options.ltrim = false;
        } else if (options.ltrim !== true) {
          throw new Error(
            `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
          );
        }
        if (options.trim === void 0 || options.trim === null || options.trim === false) {
          options.trim = false;
        } else if (options.trim !== true) {
          throw new Error(
            `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
          );
        }
        if (options.trim === true && opts.ltrim !== false) {
          options.ltrim = true;
        } else if (options.ltrim !== true) {
          options.ltrim = false;
        }
        if (options.trim === true && opts.rtrim !== false) {
          options.rtrim = true;
        } else if (options.rtrim !== true) {
          options.rtrim = false;
        }
        if (options.to === void 0 || options.to === null) {
          options.to = -1;
        } else if (options.to !== -1) {
          if (typeof options.to === "string" && /\d+/.test(options.to)) {
            options.to = parseInt(options.to);
          }
          if (Number.isInteger(options.to)) {
            if (options.to <= 0) {
              throw new Error(
                `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
              );
            }
          } else {
            throw new Error(
              `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
            );
          }
        }
        if (options.to_line === void 0 || options.to_line === null) {
          options.to_line = -1;
        } else if (options.to_line !== -1) {
          if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
            options.to_line = parseInt(options.to_line);
          }
          if (Number.isInteger(options.to_line)) {
            if (options.to_line <= 0) {
              throw new Error(
                `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
              );
            }
          } else {
            throw new Error(
              `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
            );
          }
        }
        return options;
      };
      ;
      const delimiter_discover = function(records, options) {
        if (!options) {
          ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
        }
        if (typeof records === "string") {
          records = Buffer.from(records);
        }
        if (Buffer.isBuffer(records)) {
          records = ((data) => {
            const records2 = [];
            const parser = transform({ delimiter: [] });
            const push = (record) => records2.push(record);
            const close = () => {
            };
            const error = parser.parse(data, true, push, close);
            if (error !== void 0) throw error;
            return records2;
          })(records);
        }
        const info = Array(127).fill().map(() => ({ lines: [] }));
        records.map(([record], line) => {
          for (let i = 0, l = record.length; i < l; i++) {
            const code = record.charCodeAt(i);
            if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
            info[code].lines[line]++;
          }
        });
        info.map((info2, i) => {
          info2.char_code = i;
          info2.std = std(info2.lines);
          info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
          info2.preferred = !!options.preferred[i];
          info2.score = options.score(info2, options);
        });
        const result = info.reduce(
          (acc, info2) => acc.score > info2.score ? acc : info2,
          {}
        );
        return String.fromCharCode(result.char_code);
      };
      const std = function(array) {
        const n = array.length;
        if (n === 0) return 0;
        const mean = array.reduce((a, b) => a + b) / n;
        return Math.sqrt(
          array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
        );
      };
      ;
      const isRecordEmpty = function(record) {
        return record.every(
          (field) => field == null || field.toString && field.toString().trim() === ""
        );
      };
      const cr = 13;
      const nl = 10;
      const boms = {
        // Note, the following are equals:
        // Buffer.from("\ufeff")
        // Buffer.from([239, 187, 191])
        // Buffer.from('EFBBBF', 'hex')
        utf8: Buffer.from([239, 187, 191]),
        // Note, the following are equals:
        // Buffer.from "\ufeff", 'utf16le
        // Buffer.from([255, 254])
        utf16le: Buffer.from([255, 254])
      };
      const transform = function(original_options = {}) {
        const info = {
          bytes: 0,
          bytes_records: 0,
          comment_lines: 0,
          empty_lines: 0,
          invalid_field_length: 0,
          lines: 1,
          records: 0
        };
        const options = normalize_options(original_options);
        return {
          info,
          original_options,
          options,
          state: init_state(options),
          __needMoreData: function(i, bufLen, end) {
            if (end) return false;
            const { encoding, escape, quote } = this.options;
            const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
            const numOfCharLeft = bufLen - i - 1;
            const requiredLength = Math.max(
              needMoreDataSize,
              // Skip if the remaining buffer smaller than record delimiter
              // If "record_delimiter" is yet to be discovered:
              // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
              // 2. We set the length to windows line ending in the current encoding
              // Note, that encoding is known from user or bom discovery at that point
              // recordDelimiterMaxLength,
              recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
              // Skip if remaining buffer can be an escaped quote
              quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
              // Skip if remaining buffer can be record delimiter following the closing quote
              quoting ? quote.length + recordDelimiterMaxLength : 0
            );
            return numOfCharLeft < requiredLength;
          },
          // Central parser implementation
          parse: function(nextBuf, end, push, close) {
            const {
              bom,
              comment_no_infix,
              delimiter_auto,
              encoding,
              from_line,
              ltrim,
              max_record_size,
              raw,
              relax_quotes,
              rtrim,
              skip_empty_lines,
              to,
              to_line
            } = this.options;
            let { comment, escape, quote, record_delimiter } = this.options;
            const {
              bomSkipped,
              delimiterDiscovered,
              delimiterBufPrevious,
              rawBuffer,
              escapeIsQuote
            } = this.state;
            if (!delimiterDiscovered && delimiter_auto) {
              let delimiterBuf;
              if (delimiterBufPrevious === void 0) {
                delimiterBuf = nextBuf;
              } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
                delimiterBuf = delimiterBufPrevious;
              } else {
                delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
              }
              nextBuf = void 0;
              if (end || delimiterBuf.length > delimiter_auto.size) {
                this.options.delimiter = [
                  Buffer.from(
                    delimiter_discover(delimiterBuf, this.options.delimiter_auto)
                  )
                ];
                this.state.previousBuf = delimiterBuf;
                this.state.delimiterBufPrevious = void 0;
                this.state.delimiterDiscovered = true;
              } else {
                this.state.delimiterBufPrevious = delimiterBuf;
                return;
              }
            }
            const { previousBuf } = this.state;
            let buf;
            if (previousBuf === void 0) {
              if (nextBuf === void 0) {
                close();
                return;
              } else {
                buf = nextBuf;
              }
            } else if (previousBuf !== void 0 && nextBuf === void 0) {
              buf = previousBuf;
            } else {
              buf = Buffer.concat([previousBuf, nextBuf]);
            }
            if (bomSkipped === false) {
              if (bom === false) {
                this.state.bomSkipped = true;
              } else if (buf.length < 3) {
                if (end === false) {
                  this.state.previousBuf = buf;
                  return;
                }
              } else {
                for (const encoding2 in boms) {
                  if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
                    const bomLength = boms[encoding2].length;
                    this.state.bufBytesStart += bomLength;
                    buf = buf.slice(bomLength);
                    const options2 = normalize_options({
                      ...this.original_options,
                      encoding: encoding2
                    });
                    for (const key in options2) {
                      this.options[key] = options2[key];
                    }
                    ({ comment, escape, quote } = this.options);
                    break;
                  }
                }
                this.state.bomSkipped = true;
              }
            }
            const bufLen = buf.length;
            let pos;
            for (pos = 0; pos < bufLen; pos++) {
              if (this.__needMoreData(pos, bufLen, end)) {
                break;
              }
              if (this.state.wasRowDelimiter === true) {
                this.info.lines++;
                this.state.wasRowDelimiter = false;
              }
              if (to_line !== -1 && this.info.lines > to_line) {
                this.state.stop = true;
                close();
                return;
              }
              if (this.state.quoting === false && record_delimiter.length === 0) {
                const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
                  buf,
                  pos
                );
                if (record_delimiterCount) {
                  record_delimiter = this.options.record_delimiter;
                }
              }
              const chr = buf[pos];
              if (raw === true) {
                rawBuffer.append(chr);
              }
              if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
                this.state.wasRowDelimiter = true;
              }
              if (this.state.escaping === true) {
                this.state.escaping = false;
              } else {
                if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
                  if (escapeIsQuote) {
                    if (this.__isQuote(buf, pos + escape.length)) {
                      this.state.escaping = true;
                      pos += escape.length - 1;
                      continue;
                    }
                  } else {
                    this.state.escaping = true;
                    pos += escape.length - 1;
                    continue;
                  }
                }
                if (this.state.commenting === false && this.__isQuote(buf, pos)) {
                  if (this.state.quoting === true) {
                    const nextChr = buf[pos + quote.length];
                    const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
                    const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
                    const isNextChrDelimiter = this.__isDelimiter(
                      buf,
                      pos + quote.length,
                      nextChr
                    );
                    const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
                    if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                      pos += escape.length - 1;
                    } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                      this.state.quoting = false;
                      this.state.wasQuoting = true;
                      pos += quote.length - 1;
                      continue;
                    } else if (relax_quotes === false) {
                      const err = this.__error(
                        new CsvError(
                          "CSV_INVALID_CLOSING_QUOTE",
                          [
                            "Invalid Closing Quote:",
                            `got "${String.fromCharCode(nextChr)}"`,
                            `at line ${this.info.lines}`,
                            "instead of delimiter, record delimiter, trimable character",
                            "(if activated) or comment"
                          ],
                          this.options,
                          this.__infoField()
                        )
                      );
                      if (err !== void 0) return err;
                    } else {
                      this.state.quoting = false;
                      this.state.wasQuoting = true;
                      this.state.field.prepend(quote);
                      pos += quote.length - 1;
                    }
                  } else {
                    if (this.state.field.length !== 0) {
                      if (relax_quotes === false) {
                        const info2 = this.__infoField();
                        const bom2 = Object.keys(boms).map(
                          (b) => boms[b].equals(this.state.field.toString()) ? b : false
                        ).filter(Boolean)[0];
                        const err = this.__error(
                          new CsvError(
                            "INVALID_OPENING_QUOTE",
                            [
                              "Invalid Opening Quote:",
                              `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                              bom2 ? `(${bom2} bom)` : void 0
                            ],
                            this.options,
                            info2,
                            {
                              field: this.state.field
                            }
                          )
                        );
                        if (err !== void 0) return err;
                      }
                    } else {
                      this.state.quoting = true;
                      pos += quote.length - 1;
                      continue;
                    }
                  }
                }
                if (this.state.quoting === false) {
                  const recordDelimiterLength = this.__isRecordDelimiter(
                    chr,
                    buf,
                    pos
                  );
                  if (recordDelimiterLength !== 0) {
                    const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
                    if (skipCommentLine) {
                      this.info.comment_lines++;
                    } else {
                      if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                        this.state.enabled = true;
                        this.__resetField();
                        this.__resetRecord();
                        pos += recordDelimiterLength - 1;
                        continue;
                      }
                      if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                        this.info.empty_lines++;
                        pos += recordDelimiterLength - 1;
                        continue;
                      }
                      this.info.bytes = this.state.bufBytesStart + pos;
                      const errField = this.__onField();
                      if (errField !== void 0) return errField;
                      this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                      const errRecord = this.__onRecord(push);
                      if (errRecord !== void 0) return errRecord;
                      if (to !== -1 && this.info.records >= to) {
                        this.state.stop = true;
                        close();
                        return;
                      }
                    }
                    this.state.commenting = false;
                    pos += recordDelimiterLength - 1;
                    continue;
                  }
                  if (this.state.commenting) {
                    continue;
                  }
                  if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
                    const commentCount = this.__compareBytes(comment, buf, pos, chr);
                    if (commentCount !== 0) {
                      this.state.commenting = true;
                      continue;
                    }
                  }
                  const delimiterLength = this.__isDelimiter(buf, pos, chr);
                  if (delimiterLength !== 0) {
                    this.info.bytes = this.state.bufBytesStart + pos;
                    const errField = this.__onField();
                    if (errField !== void 0) return errField;
                    pos += delimiterLength - 1;
                    continue;
                  }
                }
              }
              if (this.state.commenting === false) {
                if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
                  return this.__error(
                    new CsvError(
                      "CSV_MAX_RECORD_SIZE",
                      [
                        "Max Record Size:",
                        "record exceed the maximum number of tolerated bytes",
                        `of ${max_record_size}`,
                        `at line ${this.info.lines}`
                      ],
                      this.options,
                      this.__infoField()
                    )
                  );
                }
              }
              const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
              const rappend = rtrim === false || this.state.wasQuoting === false;
              if (lappend === true && rappend === true) {
                this.state.field.append(chr);
              } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
                return this.__error(
                  new CsvError(
                    "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      "found non trimable byte after quote",
                      `at line ${this.info.lines}`
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
              } else {
                if (lappend === false) {
                  pos += this.__isCharTrimable(buf, pos) - 1;
                }
                continue;
              }
            }
            if (end === true) {
              if (this.state.quoting === true) {
                const err = this.__error(
                  new CsvError(
                    "CSV_QUOTE_NOT_CLOSED",
                    [
                      "Quote Not Closed:",
                      `the parsing is finished with an opening quote at line ${this.info.lines}`
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
                  this.info.bytes = this.state.bufBytesStart + pos;
                  const errField = this.__onField();
                  if (errField !== void 0) return errField;
                  const errRecord = this.__onRecord(push);
                  if (errRecord !== void 0) return errRecord;
                } else if (this.state.wasRowDelimiter === true) {
                  this.info.empty_lines++;
                } else if (this.state.commenting === true) {
                  this.info.comment_lines++;
                }
              }
            } else {
              this.state.bufBytesStart += pos;
              this.state.previousBuf = buf.slice(pos);
            }
            if (this.state.wasRowDelimiter === true) {
              this.info.lines++;
              this.state.wasRowDelimiter = false;
            }
          },
          __onRecord: function(push) {
            const {
              columns,
              group_columns_by_name,
              encoding,
              info: info2,
              from,
              relax_column_count,
              relax_column_count_less,
              relax_column_count_more,
              raw,
              skip_records_with_empty_values
            } = this.options;
            const { enabled, record } = this.state;
            if (enabled === false) {
              return this.__resetRecord();
            }
            const recordLength = record.length;
            if (columns === true) {
              if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
                this.__resetRecord();
                return;
              }
              return this.__firstLineToColumns(record);
            }
            if (columns === false && this.info.records === 0) {
              this.state.expectedRecordLength = recordLength;
            }
            if (recordLength !== this.state.expectedRecordLength) {
              const err = columns === false ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`
                ],
                this.options,
                this.__infoField(),
                {
                  record
                }
              ) : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`,
                  // rename columns
                  `got ${recordLength} on line ${this.info.lines}`
                ],
                this.options,
                this.__infoField(),
                {
                  record
                }
              );
              if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
                this.info.invalid_field_length++;
                this.state.error = err;
              } else {
                const finalErr = this.__error(err);
                if (finalErr) return finalErr;
              }
            }
            if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
              this.__resetRecord();
              return;
            }
            if (this.state.recordHasError === true) {
              this.__resetRecord();
              this.state.recordHasError = false;
              return;
            }
            this.info.records++;
            if (from === 1 || this.info.records >= from) {
              const { objname } = this.options;
              if (columns !== false) {
                const obj = {};
                for (let i = 0, l = record.length; i < l; i++) {
                  if (columns[i] === void 0 || columns[i].disabled) continue;
                  if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
                    if (Array.isArray(obj[columns[i].name])) {
                      obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
                    } else {
                      obj[columns[i].name] = [obj[columns[i].name], record[i]];
                    }
                  } else {
                    Object.defineProperty(obj, columns[i].name, {
                      value: record[i],
                      enumerable: true,
                      writable: true,
                      configurable: true
                    });
                  }
                }
                if (raw === true || info2 === true) {
                  const extRecord = Object.assign(
                    { record: obj },
                    raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
                    info2 === true ? { info: this.__infoRecord() } : {}
                  );
                  const err = this.__push(
                    objname === void 0 ? extRecord : [obj[objname], extRecord],
                    push
                  );
                  if (err) {
                    return err;
                  }
                } else {
                  const err = this.__push(
                    objname === void 0 ? obj : [obj[objname], obj],
                    push
                  );
                  if (err) {
                    return err;
                  }
                }
              } else {
                if (raw === true || info2 === true) {
                  const extRecord = Object.assign(
                    { record },
                    raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
                    info2 === true ? { info: this.__infoRecord() } : {}
                  );
                  const err = this.__push(
                    objname === void 0 ? extRecord : [record[objname], extRecord],
                    push
                  );
                  if (err) {
                    return err;
                  }
                } else {
                  const err = this.__push(
                    objname === void 0 ? record : [record[objname], record],
                    push
                  );
                  if (err) {
                    return err;
                  }
                }
              }
            }
            this.__resetRecord();
          },
          __firstLineToColumns: function(record) {
            const { firstLineToHeaders } = this.state;
            try {
              const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
              if (!Array.isArray(headers)) {
                return this.__error(
                  new CsvError(
                    "CSV_INVALID_COLUMN_MAPPING",
                    [
                      "Invalid Column Mapping:",
                      "expect an array from column function,",
                      `got ${JSON.stringify(headers)}`
                    ],
                    this.options,
                    this.__infoField(),
                    {
                      headers
                    }
                  )
                );
              }
              const normalizedHeaders = normalize_columns_array(headers);
              this.state.expectedRecordLength = normalizedHeaders.length;
              this.options.columns = normalizedHeaders;
              this.__resetRecord();
              return;
            } catch (err) {
              return err;
            }
          },
          __resetRecord: function() {
            if (this.options.raw === true) {
              this.state.rawBuffer.reset();
            }
            this.state.error = void 0;
            this.state.record = [];
            this.state.record_length = 0;
          },
          __onField: function() {
            const { cast, encoding, rtrim, max_record_size } = this.options;
            const { enabled, wasQuoting } = this.state;
            if (enabled === false) {
              return this.__resetField();
            }
            let field = this.state.field.toString(encoding);
            if (rtrim === true && wasQuoting === false) {
              field = field.trimRight();
            }
            if (cast === true) {
              const [err, f] = this.__cast(field);
              if (err !== void 0) return err;
              field = f;
            }
            this.state.record.push(field);
            if (max_record_size !== 0 && typeof field === "string") {
              this.state.record_length += field.length;
            }
            this.__resetField();
          },
          __resetField: function() {
            this.state.field.reset();
            this.state.wasQuoting = false;
          },
          __push: function(record, push) {
            const { on_record } = this.options;
            if (on_record !== void 0) {
              const info2 = this.__infoRecord();
              try {
                record = on_record.call(null, record, info2);
              } catch (err) {
                return err;
              }
              if (record === void 0 || record === null) {
                return;
              }
            }
            this.info.bytes_records += this.info.bytes;
            push(record);
          },
          // Return a tuple with the error and the casted value
          __cast: function(field) {
            const { columns, relax_column_count } = this.options;
            const isColumns = Array.isArray(columns);
            if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
              return [void 0, void 0];
            }
            if (this.state.castField !== null) {
              try {
                const info2 = this.__infoField();
                return [void 0, this.state.castField.call(null, field, info2)];
              } catch (err) {
                return [err];
              }
            }
            if (this.__isFloat(field)) {
              return [void 0, parseFloat(field)];
            } else if (this.options.cast_date !== false) {
              const info2 = this.__infoField();
              return [void 0, this.options.cast_date.call(null, field, info2)];
            }
            return [void 0, field];
          },
          __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
            if (sourceBuf[0] !== firstByte) return 0;
            const sourceLength = sourceBuf.length;
            for (let i = 1; i < sourceLength; i++) {
              if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
            }
            return sourceLength;
          },
          // Helper to test if a character is trimable
          __isCharTrimable: function(buf, pos) {
            const { timchars, timcharFirstBytes } = this.state;
            const first = buf[pos];
            if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
            loop1: for (let i = 0; i < timchars.length; i++) {
              const timchar = timchars[i];
              for (let j = 0; j < timchar.length; j++) {
                if (timchar[j] !== buf[pos + j]) continue loop1;
              }
              return timchar.length;
            }
            return 0;
          },
          __isDelimiter: function(buf, pos, chr) {
            const { delimiter, ignore_last_delimiters } = this.options;
            if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
              return 0;
            } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
              return 0;
            }
            loop1: for (let i = 0; i < delimiter.length; i++) {
              const del = delimiter[i];
              if (del[0] === chr) {
                for (let j = 1; j < del.length; j++) {
                  if (del[j] !== buf[pos + j]) continue loop1;
                }
                return del.length;
              }
            }
            return 0;
          },
          __isEscape: function(buf, pos, chr) {
            const { escape } = this.options;
            if (escape === null) return false;
            const l = escape.length;
            if (escape[0] === chr) {
              for (let i = 0; i < l; i++) {
                if (escape[i] !== buf[pos + i]) {
                  return false;
                }
              }
              return true;
            }
            return false;
          },
          __isFloat: function(value) {
            return value - parseFloat(value) + 1 >= 0;
          },
          // Keep it in case we implement the `cast_int` option
          // __isInt(value){
          //   // return Number.isInteger(parseInt(value))
          //   // return !isNaN( parseInt( obj ) );
          //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
          // }
          __isQuote: function(buf, pos) {
            const { quote } = this.options;
            if (quote === null) return false;
            const l = quote.length;
            for (let i = 0; i < l; i++) {
              if (quote[i] !== buf[pos + i]) {
                return false;
              }
            }
            return true;
          },
          __isRecordDelimiter: function(chr, buf, pos) {
            const { record_delimiter } = this.options;
            const recordDelimiterLength = record_delimiter.length;
            loop1: for (let i = 0; i < recordDelimiterLength; i++) {
              const rd = record_delimiter[i];
              const rdLength = rd.length;
              if (rd[0] !== chr) {
                continue;
              }
              for (let j = 1; j < rdLength; j++) {
                if (rd[j] !== buf[pos + j]) {
                  continue loop1;
                }
              }
              return rd.length;
            }
            return 0;
          },
          __autoDiscoverRecordDelimiter: function(buf, pos) {
            const { encoding } = this.options;
            const rds = [
              // Important, the windows line ending must be before mac os 9
              Buffer.from("\r\n", encoding),
              Buffer.from("\n", encoding),
              Buffer.from("\r", encoding)
            ];
            loop: for (let i = 0; i < rds.length; i++) {
              const l = rds[i].length;
              for (let j = 0; j < l; j++) {
                if (rds[i][j] !== buf[pos + j]) {
                  continue loop;
                }
              }
              this.options.record_delimiter.push(rds[i]);
              this.state.recordDelimiterMaxLength = rds[i].length;
              return rds[i].length;
            }
            return 0;
          },
          __error: function(msg) {
            const { encoding, raw, skip_records_with_error } = this.options;
            const err = typeof msg === "string" ? new Error(msg) : msg;
            if (skip_records_with_error) {
              this.state.recordHasError = true;
              if (this.options.on_skip !== void 0) {
                try {
                  this.options.on_skip(
                    err,
                    raw ? this.state.rawBuffer.toString(encoding) : void 0
                  );
                } catch (err2) {
                  return err2;
                }
              }
              return void 0;
            } else {
              return err;
            }
          },
          __infoDataSet: function() {
            return {
              ...this.info,
              columns: this.options.columns
            };
          },
          __infoRecord: function() {
            const { columns, raw, encoding } = this.options;
            return {
              ...this.__infoDataSet(),
              bytes_records: this.info.bytes,
              error: this.state.error,
              header: columns === true,
              index: this.state.record.length,
              raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
            };
          },
          __infoField: function() {
            const { columns } = this.options;
            const isColumns = Array.isArray(columns);
            const bytes_records = this.info.bytes_records;
            return {
              ...this.__infoRecord(),
              bytes_records,
              column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
              quoting: this.state.wasQuoting
            };
          }
        };
      };
      ;
      const parse = function(data, opts = {}) {
        if (typeof data === "string") {
          data = Buffer.from(data);
        }
        const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
        const parser = transform(opts);
        const push = (record) => {
          if (parser.options.objname === void 0) records.push(record);
          else {
            records[record[0]] = record[1];
          }
        };
        const close = () => {
        };
        const error = parser.parse(data, true, push, close);
        if (error !== void 0) throw error;
        return records;
      };
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
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (
    /* binding */
    run
  )
});
var external_node_path_ = __nccwpck_require__(6760);
var external_node_crypto_ = __nccwpck_require__(7598);
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_module_ = __nccwpck_require__(8995);
var external_node_os_ = __nccwpck_require__(8161);
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
    wrapper.call(module.exports, module.exports, (0, external_node_module_.createRequire)(file), module, file, external_node_path_.dirname(file));
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
var metadata_provenance = __nccwpck_require__(4370);
var optimizing_compiler = __nccwpck_require__(9979);
var young_generation = __nccwpck_require__(8148);
var github_context = __nccwpck_require__(6965);
var toolkit = __nccwpck_require__(4112);
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
var sync = __nccwpck_require__(5175);
;
class ListInputError extends Error {
  name = "ListInputError";
}
function listItems(input, opts = {}) {
  if (input === "")
    return [];
  let records;
  try {
    records = (0, sync.qg)(input, {
      columns: false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      quote: opts.quote === false ? false : '"',
      info: true
    });
  } catch (err) {
    const e = err;
    if (e.code === "CSV_QUOTE_NOT_CLOSED")
      throw new ListInputError(`a quoted value opened before line ${e.lines ?? "?"} is never closed`);
    throw new ListInputError(`cannot be read as a list (${e.code ?? "parse error"}${e.lines ? ` at line ${e.lines}` : ""})`);
  }
  const out = [];
  for (const { record, info } of records) {
    const line = info.lines - record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
    let values;
    if (record.length === 1)
      values = opts.ignoreComma ? [record[0]] : record[0].split(",");
    else
      values = opts.ignoreComma ? [record.join(",")] : record;
    for (const v of values) {
      if (!v)
        continue;
      const value = opts.trimWhitespace === false ? v : v.trim();
      if (value)
        out.push({ value, line });
    }
  }
  return out;
}
function getList(input, opts = {}) {
  return listItems(input, opts).map((i) => i.value);
}
var lifetime = __nccwpck_require__(1466);
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
var units = __nccwpck_require__(5650);
;
const DEFAULT_CACHE_MOUNTS_MAX_SIZE = "2g";
function parseCacheMountsMode(raw) {
  const v = raw.trim();
  const lower = v.toLowerCase();
  if (v === "" || lower === "auto" || lower === "true")
    return "auto";
  if (lower === "off" || lower === "false" || lower === "none")
    return "off";
  const ids = [...new Set(getList(v, { quote: false }))];
  const reserved = ids.find((id) => ["auto", "off"].includes(id.toLowerCase()));
  if (reserved)
    throw new Error(`"${reserved}" is a mode: give it alone, or a list of mount ids`);
  return ids;
}
function parseCacheMountsMaxSize(raw) {
  const v = raw.trim() || DEFAULT_CACHE_MOUNTS_MAX_SIZE;
  let n;
  try {
    n = (0, units.h$)(v);
  } catch (err) {
    if (err instanceof units.F4)
      throw new Error(`expected a size such as 500m or 2g, got "${v}"`);
    throw err;
  }
  if (!(n >= 1) || !Number.isSafeInteger(n))
    throw new Error(`expected a size such as 500m or 2g, got "${v}"`);
  return n;
}
function parseCacheMountsKey(raw) {
  const v = raw.trim();
  if (!v)
    return void 0;
  if (/[,\r\n]/.test(v))
    throw new Error("input cache-mounts-key: one line without commas (part of a cache key)");
  return v;
}
function parseList(raw, { commas = true } = {}) {
  return getList(raw.trim(), commas ? {} : { ignoreComma: true, quote: false });
}
const SECRET_INPUTS = ["secrets", "secret-envs", "secret-files"];
function maskLines(text) {
  for (const line of text.split(/\r?\n|\r/)) {
    const v = line.trim();
    if (!v || v.length <= 3 && !/[\p{L}\p{N}]/u.test(v))
      continue;
    toolkit.setSecret(v);
  }
}
function secretPairs(raw, name, opts) {
  let items;
  try {
    items = listItems(raw, opts);
  } catch (err) {
    if (err instanceof ListInputError)
      throw new Error(`input ${name}: ${err.message}`);
    throw err;
  }
  return items.filter((item) => item.value.trim() !== "").map((item) => {
    const eq = item.value.indexOf("=");
    const id = eq < 0 ? "" : item.value.slice(0, eq).trim();
    const value = eq < 0 ? "" : item.value.slice(eq + 1);
    if (!id || !value)
      throw new Error(`input ${name}: line ${item.line} is not ID=VALUE (its content is masked and not shown)`);
    return { id, value };
  });
}
function parseVars(raw) {
  const entries = getList(raw, { ignoreComma: true, quote: false });
  if (!entries.length)
    return void 0;
  const vars = /* @__PURE__ */ Object.create(null);
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    if (eq < 0)
      throw new Error(`input vars: invalid variable "${entry}", expected NAME=VALUE`);
    if (eq === 0)
      throw new Error(`input vars: invalid variable "${entry}", the name is empty`);
    vars[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return vars;
}
function parseSsh(raw) {
  return listItems(raw, { ignoreComma: true, quote: false }).map(({ value, line }) => {
    const id = value.split("=")[0];
    if (id.includes(","))
      throw new Error(`input ssh: line ${line}: one entry per line (ID, ID=SOCKET or ID=KEY[,KEY\u2026]); the id "${id}" holds a comma`);
    return value;
  });
}
const YAML_TRUE = ["true", "True", "TRUE"];
const YAML_FALSE = ["false", "False", "FALSE"];
function provenanceInput(raw, builderId) {
  if (!raw)
    return void 0;
  if (YAML_FALSE.includes(raw))
    return "false";
  if (YAML_TRUE.includes(raw))
    return builderId ? `builder-id=${builderId}` : "true";
  return withBuilderId(raw, builderId);
}
function withBuilderId(attrs, builderId) {
  if (!builderId)
    return attrs;
  if (!attrs)
    return `builder-id=${builderId}`;
  const fields = getList(attrs.split(/\r?\n/)[0], {});
  if (fields.some((f) => f.split("=")[0].trim() === "builder-id"))
    return attrs;
  return `${attrs},builder-id=${builderId}`;
}
function rawInput(name) {
  return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}
function readInputs(get = rawInput, { builderId } = {}) {
  for (const name of SECRET_INPUTS)
    maskLines(get(name));
  const input = (name) => get(name).trim();
  const list = (name, opts = {}) => {
    try {
      return getList(input(name), opts);
    } catch (err) {
      if (err instanceof ListInputError)
        throw new Error(`input ${name}: ${err.message}`);
      throw err;
    }
  };
  const bool = (name) => {
    const v = input(name).toLowerCase();
    if (v === "" || v === "false")
      return false;
    if (v === "true")
      return true;
    throw new Error(`input ${name}: expected true or false, got "${v}"`);
  };
  const secrets = secretPairs(get("secrets"), "secrets", { ignoreComma: true, trimWhitespace: false });
  for (const s of secrets) {
    toolkit.setSecret(s.value);
    if (/[\r\n]/.test(s.value))
      maskLines(s.value);
  }
  const githubToken = input("github-token") || void 0;
  if (githubToken)
    toolkit.setSecret(githubToken);
  if (process.env.ACTIONS_RUNTIME_TOKEN)
    toolkit.setSecret(process.env.ACTIONS_RUNTIME_TOKEN);
  let cache;
  try {
    cache = parseCacheMode(input("cache"));
  } catch (err) {
    throw new Error(`input ${err.message}`);
  }
  const policy = (name, parse) => {
    try {
      return parse(input(name));
    } catch (err) {
      throw new Error(`input ${name}: ${err.message}`);
    }
  };
  return {
    builder: input("builder") || void 0,
    source: input("source") || void 0,
    // bake-action: getInputList('files'), getInputList('targets'): commas split, quotes honoured
    files: list("files"),
    workdir: input("workdir") || ".",
    targets: list("targets"),
    // bake-action: getInputList('set', {ignoreComma: true, quote: false}): a value may hold commas and quotes
    set: list("set", { ignoreComma: true, quote: false }),
    push: bool("push"),
    load: bool("load"),
    noCache: bool("no-cache"),
    pull: bool("pull"),
    call: input("call") || void 0,
    vars: parseVars(input("vars")),
    secrets,
    // build-push-action: getInputList('secret-envs') splits at commas; getInputList('secret-files', {ignoreComma: true})
    secretEnvs: secretPairs(input("secret-envs"), "secret-envs", {}).map(({ id, value }) => ({
      id,
      env: value.trim()
    })),
    secretFiles: secretPairs(input("secret-files"), "secret-files", { ignoreComma: true }).map(({ id, value }) => ({
      id,
      path: value.trim()
    })),
    ssh: parseSsh(input("ssh")),
    githubToken,
    provenance: provenanceInput(input("provenance"), builderId),
    sbom: input("sbom") || void 0,
    summary: input("summary").toLowerCase() !== "false",
    nodes: parseList(input("nodes"), { commas: false }),
    merge: bool("merge"),
    mergeFrom: mergeFromInput(get("merge-from")),
    matrix: bool("matrix"),
    // docker/bake-action subaction/matrix: `fields` split at newlines and commas
    matrixFields: list("matrix-fields", { quote: false }),
    matrixChanged: bool("matrix-changed") || input("matrix-base") !== "",
    matrixBase: input("matrix-base") || void 0,
    cache,
    warm: bool("warm"),
    // bake-action: getInputList('allow'). Kept a line at a time (quotes removed) and split by solve/target/entitlements.ts at
    // the commas that start another entitlement, as one buildx --allow: `network.host,fs.read=../src` is two,
    // `fs.read=a,b` the one path `a,b` (where bake-action would pass `a` and `b`)
    allow: list("allow", { ignoreComma: true }),
    execution: policy("execution", parseExecutionPolicy),
    maxParallelism: policy("max-parallelism", parseMaxParallelism),
    publish: policy("publish", parsePublishPolicy),
    cacheMounts: policy("cache-mounts", parseCacheMountsMode),
    cacheMountsKey: parseCacheMountsKey(get("cache-mounts-key")),
    cacheMountsImage: input("cache-mounts-image") || void 0,
    cacheMountsMaxSize: policy("cache-mounts-max-size", parseCacheMountsMaxSize)
  };
}
function mergeFromInput(raw) {
  const trimmed = raw.trim();
  if (!trimmed)
    return [];
  if (trimmed.startsWith("{"))
    return [trimmed];
  const i = raw.search(/^\s*\{/m);
  if (i < 0)
    return parseList(raw, { commas: false });
  return [...parseList(raw.slice(0, i), { commas: false }), raw.slice(i).trim()];
}
;
async function run() {
  const controller = new AbortController();
  const onSignal = (sig) => {
    toolkit.info(`${sig} received: cancelling the running builds`);
    controller.abort(new Error(`cancelled by ${sig}`));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let redact = (text) => text;
  try {
    const payload = (0, github_context.Z3)(process.env);
    const builderId = (0, github_context.u9)(process.env, payload);
    const inputs = readInputs(void 0, { builderId });
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const cwd = external_node_path_.resolve(workspace, inputs.workdir);
    if (inputs.matrix || inputs.matrixChanged || inputs.matrixFields.length) {
      const { runMatrixStep } = await __nccwpck_require__.e(
        /* import() */
        893
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 9893));
      await runMatrixStep(inputs, cwd, controller.signal);
      return;
    }
    if (inputs.merge) {
      const { runMergeStep } = await Promise.all(
        /* import() */
        [__nccwpck_require__.e(916), __nccwpck_require__.e(673), __nccwpck_require__.e(853), __nccwpck_require__.e(343), __nccwpck_require__.e(450), __nccwpck_require__.e(743)]
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 5995));
      await runMergeStep(inputs, cwd, controller.signal);
      return;
    }
    const [{ bindSecrets, identifyLocalDirs, metadataFileContent, resolveDefinition, runBake, targetSpecs }, { makeRedactor, secretValues }, { resolveSource }, { gitHost, redactGitUrl }, { provenanceDefaults }] = await Promise.all([
      Promise.all(
        /* import() */
        [__nccwpck_require__.e(916), __nccwpck_require__.e(673), __nccwpck_require__.e(853), __nccwpck_require__.e(343)]
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 1581)),
      __nccwpck_require__.e(
        /* import() */
        524
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 6524)),
      __nccwpck_require__.e(
        /* import() */
        189
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 5189)),
      __nccwpck_require__.e(
        /* import() */
        476
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 2476)),
      __nccwpck_require__.e(
        /* import() */
        618
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 4618))
    ]);
    const source = resolveSource(inputs.source, cwd, () => (0, github_context.cw)(process.env, payload));
    const set = [...inputs.set];
    for (const entry of inputs.ssh)
      set.push(`*.ssh+=${entry}`);
    const allow = inputs.ssh.some((entry) => /^[^=]*=?$/.test(entry)) ? [...inputs.allow, "ssh"] : inputs.allow;
    const secrets = [
      ...inputs.secrets.map((s) => ({ id: s.id, value: s.value })),
      ...inputs.secretEnvs.map((s) => ({ id: s.id, env: s.env })),
      ...inputs.secretFiles.map((s) => ({ id: s.id, src: external_node_path_.resolve(cwd, s.path) }))
    ];
    const gitAuthToken = process.env.BUILDX_BAKE_GIT_AUTH_TOKEN ?? inputs.githubToken;
    const gitAuthSecrets = [];
    if (source.kind === "git") {
      toolkit.info(`source: ${redactGitUrl(source.url)}`);
      const host = gitHost(source.url);
      if (gitAuthToken && !secrets.some((s) => s.id === "GIT_AUTH_TOKEN" || s.id === `GIT_AUTH_TOKEN.${host}`)) {
        toolkit.setSecret(gitAuthToken);
        gitAuthSecrets.push({ id: `GIT_AUTH_TOKEN.${host}`, value: gitAuthToken });
      }
    }
    const opts = {
      files: inputs.files,
      targets: inputs.targets,
      set,
      cwd: source.kind === "local" ? source.dir : cwd,
      env: process.env,
      builder: inputs.builder,
      nodes: inputs.nodes,
      push: inputs.push,
      load: inputs.load,
      noCache: inputs.noCache,
      pull: inputs.pull,
      call: inputs.call,
      vars: inputs.vars,
      sbom: inputs.sbom,
      provenance: inputs.provenance,
      secrets,
      cache: inputs.cache,
      warm: inputs.warm,
      // gha cache exports get it as `ghtoken`, as docker/actions-toolkit gives them for build-push-action (cache/gha.ts)
      githubToken: inputs.githubToken,
      allow,
      execution: inputs.execution,
      maxParallelism: inputs.maxParallelism,
      publish: inputs.publish,
      // bake-action's `metadata` is buildx's metadata file, so it has each build's provenance unless the job says not
      metadataProvenance: (0, metadata_provenance.ag)(process.env.BUILDX_METADATA_PROVENANCE),
      // \u2026 and its warnings: bake-action runs buildx with BUILDX_METADATA_WARNINGS=true
      metadataWarnings: true,
      signal: controller.signal,
      // unknown attributes: a warning on the line (resolved twice when defaults apply: each reported once)
      onBakeWarning: (w) => {
        if (warned.has(w.message))
          return;
        warned.add(w.message);
        toolkit.warning(w.detail, w.file && !opts.sourceFiles ? {
          title: "bake file",
          file: external_node_path_.relative(workspace, external_node_path_.resolve(opts.cwd, w.file)),
          startLine: w.line,
          startColumn: w.column
        } : {});
      }
    };
    const warned = /* @__PURE__ */ new Set();
    if (inputs.cacheMounts !== "off") {
      const { cacheMountsOptions } = await __nccwpck_require__.e(
        /* import() */
        268
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 1268));
      const decision = cacheMountsOptions(inputs, process.env, (line) => toolkit.debug(redact(line)));
      if (decision.note)
        toolkit[decision.note.level](decision.note.message);
      opts.cacheMounts = decision.options;
    }
    if (source.kind === "git") {
      const { readRemoteBakeFiles } = await Promise.all(
        /* import() */
        [__nccwpck_require__.e(365), __nccwpck_require__.e(791), __nccwpck_require__.e(916), __nccwpck_require__.e(673), __nccwpck_require__.e(849), __nccwpck_require__.e(702), __nccwpck_require__.e(333)]
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 1333));
      opts.remoteDefinition = source.url;
      opts.gitAuthSecrets = gitAuthSecrets;
      opts.sourceFiles = await readRemoteBakeFiles(source.url, {
        files: inputs.files,
        cwd,
        env: process.env,
        builder: inputs.builder,
        secrets: [...secrets, ...gitAuthSecrets],
        signal: controller.signal
      });
    }
    let definition = await resolveDefinition(opts);
    const targets = definition.target;
    const defaults = [
      // cache warming exports no image for an attestation to go with
      ...inputs.warm ? [] : provenanceDefaults({
        provenance: inputs.provenance,
        load: inputs.load,
        privateRepository: payload.repository?.private === true,
        builderId,
        env: process.env
      }, targets)
    ];
    if (defaults.length) {
      opts.set = [...opts.set, ...defaults];
      definition = await resolveDefinition(opts);
    }
    const dirIdentities = await identifyLocalDirs(definition, opts);
    const specs = new Map(targetSpecs(definition, opts.cwd).map((s) => [s.name, s]));
    redact = makeRedactor([
      ...secretValues(bindSecrets([...specs.values()], secrets), opts),
      inputs.githubToken,
      gitAuthToken,
      process.env.ACTIONS_RUNTIME_TOKEN
    ]);
    const { GitHubLogRenderer } = await Promise.all(
      /* import() */
      [__nccwpck_require__.e(365), __nccwpck_require__.e(791), __nccwpck_require__.e(916), __nccwpck_require__.e(535), __nccwpck_require__.e(902), __nccwpck_require__.e(853), __nccwpck_require__.e(606)]
    ).then(__nccwpck_require__.bind(__nccwpck_require__, 5606));
    const renderer = new GitHubLogRenderer({
      write: (line) => process.stdout.write(redact(line) + "\n"),
      startGroup: (name) => toolkit.startGroup(redact(name)),
      endGroup: () => toolkit.endGroup(),
      error: (message, props) => toolkit.error(redact(message), { ...props, title: props.title === void 0 ? void 0 : redact(props.title) }),
      // build-check annotations carry their Dockerfile and line (render-github.ts)
      warning: (message, props) => toolkit.warning(redact(message), props ? { ...props, title: props.title === void 0 ? void 0 : redact(props.title) } : {})
    }, {
      workspace,
      dockerfileDir: (t) => {
        const df = specs.get(t)?.dockerfile;
        return df ? external_node_path_.dirname(df) : void 0;
      }
    }, { call: inputs.call });
    opts.onEvent = renderer.onEvent;
    const result = await runBake(opts, definition, dirIdentities);
    const callExit = renderer.finish(result);
    toolkit.setOutput("metadata", redact(JSON.stringify(metadataFileContent(result))));
    const digests = {};
    const images = {};
    for (const [target, md] of Object.entries(result.metadata)) {
      if (typeof md["containerimage.digest"] === "string")
        digests[target] = md["containerimage.digest"];
      if (typeof md["image.name"] === "string")
        images[target] = md["image.name"].split(",");
    }
    toolkit.setOutput("digests", JSON.stringify(digests));
    toolkit.setOutput("images", JSON.stringify(images));
    const mounts = result.cacheMounts ?? [];
    toolkit.setOutput("cache-mounts", redact(JSON.stringify(mounts)));
    if (mounts.length) {
      const { cacheMountLogLines } = await __nccwpck_require__.e(
        /* import() */
        268
      ).then(__nccwpck_require__.bind(__nccwpck_require__, 1268));
      toolkit.startGroup(`Cache mounts (${opts.cacheMounts?.store.description ?? "no store"})`);
      for (const line of cacheMountLogLines(mounts))
        toolkit.info(redact(line));
      toolkit.endGroup();
    }
    if (inputs.summary && !isCallSubrequest(inputs.call)) {
      try {
        const { summaryMarkdown, writeSummary } = await __nccwpck_require__.e(
          /* import() */
          581
        ).then(__nccwpck_require__.bind(__nccwpck_require__, 8962));
        await writeSummary(redact(summaryMarkdown(result, (t) => ({ steps: renderer.stepCounts(t), spec: specs.get(t) }))));
      } catch (err) {
        toolkit.warning(`could not write the job summary: ${err.message}`);
      }
    }
    if (!result.ok) {
      const failed = result.targets.filter((t) => t.status === "failed").map((t) => t.target);
      const unpublished = result.publish && !result.publish.published && !result.publish.failedTarget ? "; nothing published" : "";
      toolkit.setFailed(failed.length ? `${failed.length} target(s) failed: ${failed.join(", ")}${unpublished}` : `the build was cancelled${unpublished}`);
    } else if (callExit !== 0) {
      toolkit.setFailed(`the check found problems (exit code ${callExit})`);
    }
  } catch (err) {
    toolkit.setFailed(redact(err.message));
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
function isCallSubrequest(call) {
  const name = call?.split(",").find((f) => !f.includes("="))?.trim() ?? "";
  return name !== "" && name !== "build";
}
(0, young_generation.Dd)();
(0, optimizing_compiler.deferOptimizingCompiler)();
enableCompileCache();
void run();
var __webpack_exports__run = __webpack_exports__.e;
exports.run = __webpack_exports__run;

function __bakekit_chunk(file) {
  return new Promise((resolve) => {
    const load = globalThis[Symbol.for("bakekit.loadChunk")];
    resolve(typeof load === "function" ? load(require("node:path").join(__dirname, file)) : require(file));
  });
}

function __bakekit_meta_url() {
  return require("node:url").pathToFileURL(__filename).href;
}
