"use strict"; exports.id = 865;
exports.ids = [865];
exports.modules = {
  /***/
  5865: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
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
      var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);
      var _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6676);
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
          const id2 = (0, _hcl_value_js__WEBPACK_IMPORTED_MODULE_1__.oJ)(o.get("id") ?? null);
          if (id2)
            out.id = id2;
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
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
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
        Gv: () => (
          /* binding */
          isObject
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
  )
};
