"use strict"; exports.id = 673;
exports.ids = [673, 476];
exports.modules = {
  /***/
  697: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        T: () => (
          /* binding */
          parseGitRef
        )
        /* harmony export */
      });
      var _entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5865);
      var _go_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2411);
      function parseGitRef(url) {
        const hash = url.indexOf("#");
        const beforeHash = hash < 0 ? url : url.slice(0, hash);
        const fragment = hash < 0 ? "" : url.slice(hash + 1);
        const colon = fragment.indexOf(":");
        const q = beforeHash.indexOf("?");
        const parts = {
          base: q < 0 ? beforeHash : beforeHash.slice(0, q),
          ref: colon < 0 ? fragment : fragment.slice(0, colon),
          subdir: colon < 0 ? "" : fragment.slice(colon + 1)
        };
        if (q < 0)
          return parts;
        let tag = "";
        let branch = "";
        const bool = (key, v) => {
          if (v === void 0)
            return true;
          const b = (0, _entries_js__WEBPACK_IMPORTED_MODULE_0__.MY)(v);
          if (b === void 0)
            throw new Error(`invalid ${key} value: ${JSON.stringify(v)}`);
          return b;
        };
        for (const [key, values] of (0, _go_url_js__WEBPACK_IMPORTED_MODULE_1__.G)(beforeHash.slice(q + 1))) {
          if (values.length > 1)
            throw new Error(`query ${JSON.stringify(key)} has multiple values`);
          const v = values[0] === "" ? void 0 : values[0];
          if (v === void 0 && key !== "submodules" && key !== "keep-git-dir")
            throw new Error(`query ${JSON.stringify(key)} has no value`);
          switch (key) {
            case "ref":
              if (parts.ref !== "" && parts.ref !== v)
                throw new Error(`ref conflicts: "${parts.ref}" vs "${v}"`);
              parts.ref = v;
              break;
            case "tag":
              tag = v;
              break;
            case "branch":
              branch = v;
              break;
            case "subdir":
              if (parts.subdir !== "" && parts.subdir !== v)
                throw new Error(`subdir conflicts: "${parts.subdir}" vs "${v}"`);
              parts.subdir = v;
              break;
            case "checksum":
            case "commit":
              parts.checksum = v;
              break;
            case "keep-git-dir":
              parts.keepGitDir = bool(key, v);
              break;
            case "submodules":
              parts.submodules = bool(key, v);
              break;
            default:
              throw new Error(`unexpected query ${JSON.stringify(key)}`);
          }
        }
        if (tag) {
          tag = tag.startsWith("refs/tags/") ? tag : `refs/tags/${tag}`;
          if (parts.ref !== "" && parts.ref !== tag)
            throw new Error(`ref conflicts: "${parts.ref}" vs "${tag}"`);
          parts.ref = tag;
        }
        if (branch) {
          if (tag)
            throw new Error("branch conflicts with tag");
          branch = branch.startsWith("refs/heads/") ? branch : `refs/heads/${branch}`;
          if (parts.ref !== "" && parts.ref !== branch)
            throw new Error(`ref conflicts: "${parts.ref}" vs "${branch}"`);
          parts.ref = branch;
        }
        return parts;
      }
    })
  ),
  /***/
  2411: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        G: () => (
          /* binding */
          goParseQuery
        ),
        /* harmony export */
        j: () => (
          /* binding */
          goQueryEncode
        )
        /* harmony export */
      });
      function goParseQuery(raw) {
        const values = /* @__PURE__ */ new Map();
        for (const pair of raw.split("&")) {
          if (pair === "" || pair.includes(";"))
            continue;
          const eq = pair.indexOf("=");
          const key = goQueryUnescape(eq < 0 ? pair : pair.slice(0, eq));
          const value = goQueryUnescape(eq < 0 ? "" : pair.slice(eq + 1));
          if (key === void 0 || value === void 0)
            continue;
          values.set(key, [...values.get(key) ?? [], value]);
        }
        return values;
      }
      function goQueryUnescape(s) {
        if (/%(?![0-9a-f]{2})/i.test(s))
          return void 0;
        const bytes = [];
        for (let i = 0; i < s.length; i++) {
          if (s[i] === "%") {
            bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
            i += 2;
          } else if (s[i] === "+")
            bytes.push(32);
          else
            bytes.push(...Buffer.from(s[i], "utf8"));
        }
        return Buffer.from(bytes).toString("utf8");
      }
      function goQueryEncode(values) {
        const escape = (s) => [...Buffer.from(s, "utf8")].map((b) => /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : b === 32 ? "+" : `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
        return [...values.keys()].sort().flatMap((k) => values.get(k).map((v) => `${escape(k)}=${escape(v)}`)).join("&");
      }
    })
  ),
  /***/
  8180: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        $W: () => (
          /* binding */
          DEFAULT_FILENAMES
        ),
        w4: () => (
          /* binding */
          bakeFileNames
        ),
        bv: () => (
          /* binding */
          mayBeCompose
        ),
        Ul: () => (
          /* binding */
          readFiles
        ),
        Qg: () => (
          /* binding */
          resolveTargetsSteps
        )
      });
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_path_ = __webpack_require__(6760);
      var bake_errors = __webpack_require__(7554);
      var utf8 = __webpack_require__(9698);
      ;
      function aliases(root) {
        const out = [];
        const stack = [root];
        const seen = /* @__PURE__ */ new Set();
        while (stack.length > 0) {
          const n = stack.pop();
          if (!n || typeof n !== "object" || seen.has(n))
            continue;
          seen.add(n);
          const o = n;
          if (typeof o.source === "string" && typeof o.resolve === "function")
            out.push(o);
          if (Array.isArray(o.items))
            stack.push(...o.items);
          if ("key" in o)
            stack.push(o.key);
          if ("value" in o && typeof o.value === "object")
            stack.push(o.value);
        }
        return out;
      }
      function toJSLocated(doc, file, maxAliasCount) {
        let where;
        for (const a of aliases(doc.contents)) {
          const original = a.toJSON;
          a.toJSON = function(arg, ctx) {
            try {
              return original.call(this, arg, ctx);
            } catch (e) {
              if (where === void 0 && this.range)
                where = this.range[0];
              throw e;
            }
          };
        }
        try {
          return doc.toJS({ maxAliasCount });
        } catch (e) {
          const message = e.message;
          if (where === void 0 || !/alias/i.test(message))
            throw e;
          throw new bake_errors.o(message, (0, utf8.df)(file.name, file.data, where));
        }
      }
      var bake_entries = __webpack_require__(5865);
      var hcl_value = __webpack_require__(6676);
      ;
      const ANCHOR = "\0splat";
      function childContext(parent, vars) {
        return {
          lookupVariable: (name, pos) => vars.has(name) ? vars.get(name) : parent.lookupVariable(name, pos),
          lookupFunction: (name) => parent.lookupFunction(name)
        };
      }
      function evaluate(expr, ctx) {
        return materializeAt(evalRaw(expr, ctx), expr.pos);
      }
      function materializeAt(v, pos) {
        try {
          return (0, hcl_value.O9)(v);
        } catch (e) {
          throw wrap(e, pos);
        }
      }
      function wrap(e, pos) {
        if (e instanceof bake_errors.o)
          return e;
        return new bake_errors.o(e instanceof Error ? e.message : String(e), pos);
      }
      function fail(pos, msg) {
        throw new bake_errors.o(msg, pos);
      }
      function evalRaw(expr, ctx) {
        switch (expr.kind) {
          case "literal":
            return expr.value;
          case "paren":
            return evalRaw(expr.expr, ctx);
          case "template":
            return evalTemplate(expr.parts, ctx, expr.pos);
          case "var": {
            let v;
            try {
              v = ctx.lookupVariable(expr.name, expr.pos);
            } catch (e) {
              throw wrap(e, expr.pos);
            }
            if (v === void 0)
              fail(expr.pos, `Unknown variable; There is no variable named "${expr.name}".`);
            return v;
          }
          case "anchor": {
            const v = ctx.lookupVariable(ANCHOR, expr.pos);
            return v === void 0 ? null : v;
          }
          case "getattr":
            return getAttr(evalRaw(expr.obj, ctx), expr.name, expr.pos);
          case "index": {
            const obj2 = evalRaw(expr.obj, ctx);
            const key = evaluate(expr.key, ctx);
            return index(obj2, key, expr.pos);
          }
          case "splat": {
            const obj2 = evaluate(expr.obj, ctx);
            if (obj2 === null)
              return [];
            const items = Array.isArray(obj2) ? obj2 : [obj2];
            return items.map((item) => evaluate(expr.each, childContext(ctx, /* @__PURE__ */ new Map([[ANCHOR, item]]))));
          }
          case "call":
            return evalCall(expr, ctx);
          case "tuple":
            return expr.items.map((i) => evaluate(i, ctx));
          case "object": {
            const m = /* @__PURE__ */ new Map();
            for (const item of expr.items) {
              const k = evaluate(item.key, ctx);
              let ks;
              try {
                ks = (0, hcl_value.oJ)(k, "object key");
              } catch (e) {
                throw wrap(e, item.key.pos);
              }
              if (ks === null)
                fail(item.key.pos, "Invalid object key; object keys must not be null");
              m.set(ks, evaluate(item.value, ctx));
            }
            return m;
          }
          case "for":
            return evalFor(expr, ctx);
          case "cond": {
            const c = evaluate(expr.cond, ctx);
            if (c === null)
              fail(expr.cond.pos, "Null condition; The condition value is null. Conditions must either be true or false.");
            let b;
            try {
              b = (0, hcl_value.XL)(c, "the condition");
            } catch (e) {
              throw wrap(e, expr.cond.pos);
            }
            return b ? evalRaw(expr.then, ctx) : evalRaw(expr.else, ctx);
          }
          case "unary": {
            const v = evaluate(expr.operand, ctx);
            try {
              if (expr.op === "!") {
                const b = (0, hcl_value.XL)(v, "the operand");
                if (b === null)
                  fail(expr.pos, "Invalid operand; Unsuitable value for unary operand: a bool is required, not null.");
                return !b;
              }
              const n = (0, hcl_value.i)(v, "the operand");
              if (n === null)
                fail(expr.pos, "Invalid operand; Unsuitable value for unary operand: a number is required, not null.");
              return -n;
            } catch (e) {
              throw wrap(e, expr.pos);
            }
          }
          case "binary":
            return evalBinary(expr, ctx);
        }
      }
      function getAttr(obj2, name, pos) {
        if (obj2 instanceof hcl_value.gb) {
          try {
            return obj2.getAttr(name);
          } catch (e) {
            throw wrap(e, pos);
          }
        }
        if (obj2 === null)
          fail(pos, `Attempt to get attribute from null value; This value is null, so it does not have any attributes.`);
        if (obj2 instanceof Map) {
          if (!obj2.has(name))
            fail(pos, `Unsupported attribute; This object does not have an attribute named "${name}".`);
          return obj2.get(name);
        }
        fail(pos, `Unsupported attribute; Can't access attributes on a primitive-typed value (${(0, hcl_value.go)(obj2)}).`);
      }
      function index(obj2, key, pos) {
        if (obj2 instanceof hcl_value.gb) {
          let k;
          try {
            k = (0, hcl_value.oJ)(key);
          } catch (e) {
            throw wrap(e, pos);
          }
          if (k === null)
            fail(pos, "Invalid index; Can't use a null value as an indexing key.");
          return getAttr(obj2, k, pos);
        }
        if (obj2 === null)
          fail(pos, "Attempt to index null value; This value is null, so it does not have any indices.");
        if (key === null)
          fail(pos, "Invalid index; Can't use a null value as an indexing key.");
        if (Array.isArray(obj2)) {
          let n;
          try {
            n = (0, hcl_value.i)(key, "the index");
          } catch {
            fail(pos, "Invalid index; The given key does not identify an element in this collection value: a number is required.");
          }
          if (n === null || !Number.isInteger(n) || n < 0 || n >= obj2.length) {
            fail(pos, "Invalid index; The given key does not identify an element in this collection value.");
          }
          return obj2[n];
        }
        if (obj2 instanceof Map) {
          let k;
          try {
            k = (0, hcl_value.oJ)(key);
          } catch {
            fail(pos, "Invalid index; The given key does not identify an element in this collection value: string required.");
          }
          if (!obj2.has(k))
            fail(pos, "Invalid index; The given key does not identify an element in this collection value.");
          return obj2.get(k);
        }
        fail(pos, `Invalid index; This value does not have any indices (it is a ${(0, hcl_value.go)(obj2)}).`);
      }
      function evalBinary(expr, ctx) {
        const { op } = expr;
        if (op === "&&" || op === "||") {
          const l2 = bool(evaluate(expr.left, ctx), expr.left.pos);
          const r2 = bool(evaluate(expr.right, ctx), expr.right.pos);
          return op === "&&" ? l2 && r2 : l2 || r2;
        }
        const l = evaluate(expr.left, ctx);
        const r = evaluate(expr.right, ctx);
        if (op === "==")
          return (0, hcl_value.lu)(l, r);
        if (op === "!=")
          return !(0, hcl_value.lu)(l, r);
        const a = num(l, expr.left.pos);
        const b = num(r, expr.right.pos);
        switch (op) {
          case "+":
            return a + b;
          case "-":
            return a - b;
          case "*":
            return a * b;
          case "/":
            if (b === 0)
              fail(expr.pos, "Operation failed; Error during operation: can't divide by zero.");
            return a / b;
          case "%":
            if (b === 0)
              fail(expr.pos, "Operation failed; Error during operation: can't use modulo by zero.");
            return a % b;
          case "<":
            return a < b;
          case ">":
            return a > b;
          case "<=":
            return a <= b;
          case ">=":
            return a >= b;
        }
      }
      function num(v, pos) {
        try {
          const n = (0, hcl_value.i)(v, "the operand");
          if (n === null)
            fail(pos, "Invalid operand; Unsuitable value for operand: a number is required, not null.");
          return n;
        } catch (e) {
          throw wrap(e, pos);
        }
      }
      function bool(v, pos) {
        try {
          const b = (0, hcl_value.XL)(v, "the operand");
          if (b === null)
            fail(pos, "Invalid operand; Unsuitable value for operand: a bool is required, not null.");
          return b;
        } catch (e) {
          throw wrap(e, pos);
        }
      }
      function iterate(coll, pos) {
        if (Array.isArray(coll))
          return coll.map((v, i) => [i, v]);
        if (coll instanceof Map)
          return (0, hcl_value.Mf)(coll).map((k) => [k, coll.get(k)]);
        if (coll === null)
          fail(pos, "Iteration over null value; A null value cannot be used as the collection in a 'for' expression.");
        fail(pos, `Iteration over non-iterable value; A value of type ${(0, hcl_value.go)(coll)} cannot be used as the collection in a 'for' expression.`);
      }
      function evalFor(expr, ctx) {
        const coll = evaluate(expr.coll, ctx);
        const pairs = iterate(coll, expr.coll.pos);
        const isObject = expr.keyExpr !== void 0;
        const list2 = [];
        const obj2 = /* @__PURE__ */ new Map();
        for (const [k, v] of pairs) {
          const vars = /* @__PURE__ */ new Map();
          if (expr.keyVar)
            vars.set(expr.keyVar, k);
          vars.set(expr.valVar, v);
          const inner = childContext(ctx, vars);
          if (expr.cond) {
            const c = evaluate(expr.cond, inner);
            if (c === null)
              fail(expr.cond.pos, "Condition is null; The value of the 'if' clause must not be null.");
            if (!bool(c, expr.cond.pos))
              continue;
          }
          if (!isObject) {
            list2.push(evaluate(expr.valExpr, inner));
            continue;
          }
          let key;
          try {
            key = (0, hcl_value.oJ)(evaluate(expr.keyExpr, inner), "the object key");
          } catch (e) {
            throw wrap(e, expr.keyExpr.pos);
          }
          if (key === null)
            fail(expr.keyExpr.pos, "Invalid object key; Key expression in 'for' expression must not produce a null value.");
          const val = evaluate(expr.valExpr, inner);
          if (expr.group) {
            const existing = obj2.get(key);
            if (Array.isArray(existing))
              existing.push(val);
            else
              obj2.set(key, [val]);
          } else {
            if (obj2.has(key)) {
              fail(expr.keyExpr.pos, `Duplicate object key; Two different items produced the key "${key}" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`);
            }
            obj2.set(key, val);
          }
        }
        return isObject ? obj2 : list2;
      }
      function evalTemplate(parts, ctx, pos) {
        if (parts.length === 1 && parts[0].kind === "interp")
          return evalRaw(parts[0].expr, ctx);
        if (parts.length === 0)
          return "";
        return renderTemplate(parts, ctx, pos);
      }
      function renderTemplate(parts, ctx, pos) {
        let out = "";
        for (const p of parts) {
          switch (p.kind) {
            case "text":
              out += p.value;
              break;
            case "interp": {
              const v = evaluate(p.expr, ctx);
              if (v === null)
                fail(p.expr.pos, "Invalid template interpolation value; The expression result is null. Cannot include a null value in a string template.");
              try {
                out += (0, hcl_value.oJ)(v, "the interpolated value");
              } catch {
                fail(p.expr.pos, `Invalid template interpolation value; Cannot include the given value in a string template: string required, but have ${(0, hcl_value.go)(v)}.`);
              }
              break;
            }
            case "if": {
              const c = evaluate(p.cond, ctx);
              if (c === null)
                fail(p.cond.pos, "Invalid template if directive; The condition value is null.");
              out += renderTemplate(bool(c, p.cond.pos) ? p.then : p.else, ctx, pos);
              break;
            }
            case "for": {
              for (const [k, v] of iterate(evaluate(p.coll, ctx), p.coll.pos)) {
                const vars = /* @__PURE__ */ new Map();
                if (p.keyVar)
                  vars.set(p.keyVar, k);
                vars.set(p.valVar, v);
                out += renderTemplate(p.body, childContext(ctx, vars), pos);
              }
              break;
            }
          }
        }
        return out;
      }
      function evalCall(expr, ctx) {
        const { name } = expr;
        if (name === "try" || name === "can") {
          if (name === "can" && expr.args.length !== 1)
            fail(expr.pos, "Invalid function argument; can() takes exactly one argument.");
          if (name === "try" && expr.args.length === 0)
            fail(expr.pos, "Invalid function argument; try() needs at least one argument.");
          for (const a of expr.args) {
            try {
              const v = evaluate(a, ctx);
              return name === "can" ? true : v;
            } catch (e) {
              if (!(e instanceof bake_errors.o))
                throw e;
            }
          }
          if (name === "can")
            return false;
          fail(expr.pos, 'Error in function call; Call to function "try" failed: no expression succeeded.');
        }
        if (name === "convert" && expr.args.length === 2) {
          const t = typeFromExpr(expr.args[1]);
          const v = evaluate(expr.args[0], ctx);
          try {
            return (0, hcl_value.bR)(v, t);
          } catch (e) {
            throw wrap(e, expr.args[0].pos);
          }
        }
        const fn = ctx.lookupFunction(name);
        if (!fn)
          fail(expr.pos, `Call to unknown function; There is no function named "${name}".`);
        let args = expr.args.map((a) => evaluate(a, ctx));
        if (expr.expandFinal) {
          const last = args[args.length - 1];
          if (!Array.isArray(last))
            fail(expr.args[expr.args.length - 1].pos, "Invalid expanding argument value; The expanding argument (indicated by ...) must be of a tuple, list, or set type.");
          args = [...args.slice(0, -1), ...last];
        }
        try {
          return fn(args, expr.pos);
        } catch (e) {
          if (e instanceof bake_errors.o)
            throw e;
          const msg = e instanceof Error ? e.message : String(e);
          if (e instanceof hcl_value.zx)
            fail((e.argument !== void 0 ? expr.args[e.argument]?.pos : void 0) ?? expr.pos, `Invalid function argument; ${msg}`);
          fail(expr.pos, `Error in function call; Call to function "${name}" failed: ${msg}.`);
        }
      }
      function typeFromExpr(expr) {
        const bad = () => fail(expr.pos, "Invalid type specification; The type must be a type keyword (string, number, bool, any) or a type constructor call such as list(string).");
        if (expr.kind === "var") {
          switch (expr.name) {
            case "string":
            case "number":
            case "bool":
            case "any":
              return { kind: expr.name };
            default:
              return bad();
          }
        }
        if (expr.kind === "call") {
          const arg = expr.args[0];
          if (expr.args.length !== 1 || !arg)
            return bad();
          switch (expr.name) {
            case "list":
            case "set":
            case "map":
              return { kind: expr.name, elem: typeFromExpr(arg) };
            case "tuple":
              if (arg.kind !== "tuple")
                return bad();
              return { kind: "tuple", elems: arg.items.map(typeFromExpr) };
            case "object": {
              if (arg.kind !== "object")
                return bad();
              const attrs = /* @__PURE__ */ new Map();
              for (const it of arg.items) {
                const k = it.key.kind === "literal" ? it.key.value : it.key.kind === "var" ? it.key.name : null;
                if (typeof k !== "string")
                  return bad();
                attrs.set(k, typeFromExpr(it.value));
              }
              return { kind: "object", attrs };
            }
          }
        }
        return bad();
      }
      var bake_target = __webpack_require__(2916);
      ;
      const TARGET_NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;
      const TARGET_NAME_CHARS = "[a-zA-Z0-9_-]+";
      function validateTargetName(name) {
        return TARGET_NAME_PATTERN.test(name) ? void 0 : `only "${TARGET_NAME_CHARS}" are allowed`;
      }
      const GROUP_ATTRIBUTES = ["description", "targets"];
      const MAX_MATRIX_COMBINATIONS = 1e4;
      function editDistance(a, b) {
        let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
        for (let i = 1; i <= a.length; i++) {
          const cur = [i];
          for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
          prev = cur;
        }
        return prev[b.length];
      }
      class BlockInstances {
        scope;
        onWarning;
        expanded = /* @__PURE__ */ new Map();
        byName = { target: /* @__PURE__ */ new Map(), group: /* @__PURE__ */ new Map() };
        constructor(scope, onWarning) {
          this.scope = scope;
          this.onWarning = onWarning;
        }
        /** `target` / `group` as a variable. */
        namespace(type) {
          return new BlockNamespace(this, type);
        }
        /** Makes the instances of `block` reachable by name (the last block of a name wins a reference); returns them. */
        register(block) {
          const instances = this.of(block);
          for (const inst of instances) {
            const list2 = this.byName[inst.type].get(inst.name) ?? [];
            list2.push(inst);
            this.byName[inst.type].set(inst.name, list2);
          }
          return instances;
        }
        instanceByName(type, name) {
          const list2 = this.byName[type].get(name);
          return list2?.[list2.length - 1];
        }
        instanceNames(type) {
          return [...this.byName[type].keys()];
        }
        referenceAttribute(inst, name) {
          if (name === "name")
            return inst.name;
          if (inst.type === "group") {
            if (!GROUP_ATTRIBUTES.includes(name))
              throw new Error(`Unsupported attribute; This object does not have an attribute named "${name}".`);
            this.evalAttribute(inst, name, true);
            if (name === "targets")
              return inst.attrs.has("targets") ? [...inst.group.targets] : null;
            return inst.group.description ?? "";
          }
          if (!(0, bake_target.eE)(name))
            throw new Error(`Unsupported attribute; This object does not have an attribute named "${name}".`);
          this.evalAttribute(inst, name, true);
          return (0, bake_target.lq)(inst.target, name);
        }
        /**
         * Evaluates one attribute of a block instance. Only evaluations reached through a reference
         * are tracked for cycles (like buildx), so the reported attribute is the same as buildx's:
         * the first referenced one that is re-entered. The error has no position of its own; the
         * evaluator reports it at the reference expression.
         */
        evalAttribute(inst, name, viaReference = false) {
          if (inst.values.has(name))
            return;
          const attr = inst.attrs.get(name);
          if (!attr) {
            inst.values.set(name, null);
            return;
          }
          if (inst.inProgress.has(name)) {
            throw new Error(`Invalid expression; reference cycle not allowed for ${inst.type}.${inst.name}.${name}`);
          }
          if (viaReference)
            inst.inProgress.add(name);
          try {
            const v = evaluate(attr.expr, inst.ctx);
            try {
              if (inst.type === "target")
                (0, bake_target.aj)(inst.target, name, v);
              else if (name === "targets") {
                const l = (0, hcl_value.O9)(v);
                if (l !== null && !Array.isArray(l))
                  throw new hcl_value.zx(`Unsuitable value type; targets must be a list of strings, not ${(0, hcl_value.go)(l)}`);
                inst.group.targets = (l ?? []).map((x) => (0, hcl_value.oJ)(x, "targets element") ?? "");
              } else
                inst.group.description = (0, hcl_value.oJ)(v, name) ?? "";
            } catch (e) {
              throw (0, bake_errors.i)(e instanceof hcl_value.zx ? e : new Error(`Unsuitable value type; ${e.message}`), attr.expr.pos);
            }
            inst.values.set(name, v);
          } finally {
            inst.inProgress.delete(name);
          }
        }
        /** The instances of `block`: its matrix expanded and each instance named, on first use. */
        of(block) {
          const existing = this.expanded.get(block);
          if (existing)
            return existing;
          const type = block.type;
          const label = block.labels[0];
          const labelPos = block.labelPos[0] ?? block.pos;
          const attrs = /* @__PURE__ */ new Map();
          for (const item of block.body.items)
            if (item.kind === "attribute")
              attrs.set(item.name, item);
          this.warnUnknownItems(block, type);
          const bad = validateTargetName(label);
          if (bad)
            throw new bake_errors.o(`Invalid name; ${bad}`, labelPos);
          const nameAttr = attrs.get("name");
          const matrixAttr = attrs.get("matrix");
          if (type === "group") {
            if (nameAttr)
              throw new bake_errors.o("Invalid name; name is not supported for groups", labelPos);
            if (matrixAttr)
              throw new bake_errors.o("Invalid block; matrix is not supported for groups", labelPos);
          }
          if (nameAttr && !matrixAttr)
            throw new bake_errors.o("Invalid name; name requires matrix", labelPos);
          const contexts = matrixAttr ? this.matrixContexts(matrixAttr) : [this.scope];
          const instances = [];
          const seen = /* @__PURE__ */ new Set();
          for (const ctx of contexts) {
            let name = label;
            if (nameAttr) {
              const v = evaluate(nameAttr.expr, ctx);
              let s;
              try {
                s = (0, hcl_value.oJ)(v, "name");
              } catch (e) {
                throw (0, bake_errors.i)(e, nameAttr.expr.pos);
              }
              if (s === null)
                throw new bake_errors.o("Invalid name; name must not be null", nameAttr.expr.pos);
              name = s;
              const badName = validateTargetName(name);
              if (badName)
                throw new bake_errors.o(`Invalid name; ${badName}`, labelPos);
            }
            if (seen.has(name))
              throw new bake_errors.o(`Invalid name; duplicate name "${name}"`, labelPos);
            seen.add(name);
            const local = new Map(attrs);
            local.delete("name");
            local.delete("matrix");
            instances.push({
              type,
              block,
              label,
              name,
              ctx,
              attrs: local,
              values: /* @__PURE__ */ new Map(),
              inProgress: /* @__PURE__ */ new Set(),
              target: type === "target" ? { name } : void 0,
              group: type === "group" ? { name, targets: [] } : void 0
            });
          }
          this.expanded.set(block, instances);
          return instances;
        }
        /**
         * buildx ignores attributes and nested blocks a target or group has no schema for (so a newer attribute does not
         * break an older tool), which also silently drops a typo such as `platform = [...]`. Same here, but each one is
         * reported (file:line:col, what was expected) through `onWarning`.
         */
        warnUnknownItems(block, type) {
          const expected = type === "target" ? ["name", "matrix", ...bake_target.kR] : ["name", "matrix", ...GROUP_ATTRIBUTES];
          for (const item of block.body.items) {
            const what = item.kind === "attribute" ? item.name : item.type;
            if (item.kind === "attribute" && expected.includes(what))
              continue;
            const near = expected.filter((e) => editDistance(e, what) <= 2).sort((a, b) => editDistance(a, what) - editDistance(b, what))[0];
            const kind = item.kind === "attribute" ? "attribute" : "block";
            this.onWarning?.(new bake_errors.o(`unknown ${kind} "${what}" in ${type} "${block.labels[0]}" is ignored (as buildx does)${near ? `; did you mean "${near}"?` : ""} Expected one of: ${expected.join(", ")}`, item.pos));
          }
        }
        /**
         * The cartesian product of the matrix values. buildx iterates the keys in Go map order (so its
         * output order changes between runs); we use sorted key order with the first key varying
         * fastest, which is one of the orders buildx produces.
         */
        matrixContexts(attr) {
          const m = evaluate(attr.expr, this.scope);
          if (!(m instanceof Map))
            throw new bake_errors.o("Invalid block; matrix must be a map", attr.expr.pos);
          const lists = /* @__PURE__ */ new Map();
          let product = 1;
          for (const key of (0, hcl_value.Mf)(m)) {
            const values2 = (0, hcl_value.O9)(m.get(key));
            if (!Array.isArray(values2))
              throw new bake_errors.o("Invalid block; matrix values must be a list", attr.expr.pos);
            lists.set(key, values2);
            product *= values2.length;
          }
          if (product > MAX_MATRIX_COMBINATIONS) {
            const sizes = [...lists].map(([k, v]) => `${k}: ${v.length}`).join(" \xD7 ");
            throw new bake_errors.o(`Invalid block; the matrix has ${product} combinations (${sizes}), more than the ${MAX_MATRIX_COMBINATIONS} bakekit allows in one block`, attr.pos);
          }
          let combos = [/* @__PURE__ */ new Map()];
          for (const [key, values2] of lists) {
            const next = [];
            for (const v of values2)
              for (const c of combos)
                next.push(new Map([...c, [key, v]]));
            combos = next;
          }
          return combos.map((c) => childContext(this.scope, c));
        }
      }
      class BlockRef extends hcl_value.gb {
        blocks;
        inst;
        constructor(blocks, inst) {
          super();
          this.blocks = blocks;
          this.inst = inst;
        }
        getAttr(name) {
          return this.blocks.referenceAttribute(this.inst, name);
        }
        force() {
          const m = /* @__PURE__ */ new Map();
          const names = this.inst.type === "target" ? ["name", ...bake_target.kR] : ["name", ...GROUP_ATTRIBUTES];
          for (const n of names)
            m.set(n, this.getAttr(n));
          return m;
        }
      }
      class BlockNamespace extends hcl_value.gb {
        blocks;
        type;
        constructor(blocks, type) {
          super();
          this.blocks = blocks;
          this.type = type;
        }
        getAttr(name) {
          const inst = this.blocks.instanceByName(this.type, name);
          if (!inst)
            throw new Error(`Unsupported attribute; This object does not have an attribute named "${name}".`);
          return new BlockRef(this.blocks, inst);
        }
        force() {
          const m = /* @__PURE__ */ new Map();
          for (const name of this.blocks.instanceNames(this.type))
            m.set(name, this.getAttr(name));
          return m;
        }
      }
      ;
      function isMap(v) {
        return typeof v === "object" && v !== null && !Array.isArray(v);
      }
      function matches(p, pattern) {
        const parts = pattern.split(".");
        if (parts.length !== p.length)
          return false;
        return parts.every((q, i) => q === "*" || q === p[i]);
      }
      function pathString(p) {
        return p.join(".");
      }
      function goSprint(v) {
        if (v === null || v === void 0)
          return "<nil>";
        if (typeof v === "string")
          return v;
        if (Array.isArray(v))
          return `[${v.map(goSprint).join(" ")}]`;
        if (isMap(v))
          return `map[${Object.keys(v).sort().map((k) => `${k}:${goSprint(v[k])}`).join(" ")}]`;
        return String(v);
      }
      function goType(v) {
        if (typeof v === "number")
          return Number.isInteger(v) ? "int" : "float64";
        if (typeof v === "boolean")
          return "bool";
        if (Array.isArray(v))
          return "[]interface {}";
        if (isMap(v))
          return "map[string]interface {}";
        if (v === null || v === void 0)
          return "<nil>";
        return "string";
      }
      function parseYaml(file, yaml) {
        let doc;
        try {
          doc = yaml.parseDocument(file.data, { uniqueKeys: false, merge: true });
        } catch (e) {
          throw new bake_errors.o(`failed to parse ${file.name}: ${e.message}`);
        }
        if (doc.errors.length > 0)
          throw new bake_errors.o(`failed to parse ${file.name}: ${doc.errors[0].message}`);
        try {
          return doc.toJS({ maxAliasCount: 1e3 });
        } catch (e) {
          throw new bake_errors.o(`failed to parse ${file.name}: ${e.message}`);
        }
      }
      function mappingWithEquals(v) {
        const out = /* @__PURE__ */ new Map();
        if (Array.isArray(v)) {
          for (const item of v) {
            const s = goSprint(item);
            const i = s.indexOf("=");
            const k = i < 0 ? s : s.slice(0, i);
            if (k !== "" && /\s$/u.test(k))
              throw new bake_errors.o(`environment variable ${k} is declared with a trailing space`);
            out.set(k, i < 0 ? null : s.slice(i + 1));
          }
        } else if (isMap(v)) {
          for (const [k, x] of Object.entries(v))
            out.set(k, x === null || x === void 0 ? null : goSprint(x));
        } else if (v !== void 0 && v !== null) {
          throw new bake_errors.o(`unexpected value type ${goType(v)} for mapping`);
        }
        return out;
      }
      ;
      function canonicalError(p, what, v) {
        return new bake_errors.o(`${pathString(p)}: invalid type ${goType(v)} for ${what}`);
      }
      const TRANSFORMERS = [
        ["services.*", (v, p) => isMap(v) ? canonicalChildren(v, p) : v],
        [
          "services.*.build",
          (v, p) => {
            if (typeof v === "string")
              return { context: v };
            if (isMap(v))
              return canonicalChildren(v, p);
            throw canonicalError(p, "build", v);
          }
        ],
        [
          "services.*.build.secrets.*",
          (v, p) => {
            if (isMap(v))
              return v;
            if (typeof v === "string")
              return { source: v };
            throw new bake_errors.o(`${pathString(p)}: unsupported type ${goType(v)}`);
          }
        ],
        ["services.*.build.provenance", (v) => typeof v === "string" ? v : goSprint(v)],
        ["services.*.build.sbom", (v) => typeof v === "string" ? v : goSprint(v)],
        [
          "services.*.build.additional_contexts",
          (v, p) => {
            if (isMap(v))
              return v;
            if (Array.isArray(v)) {
              const out = {};
              for (const e of v) {
                const s = String(e);
                const i = s.indexOf("=");
                if (i < 0)
                  throw new bake_errors.o(`${pathString(p)}: invalid value ${s}, expected key=value`);
                out[s.slice(0, i)] = s.slice(i + 1);
              }
              return out;
            }
            throw new bake_errors.o(`${pathString(p)}: invalid type ${goType(v)}`);
          }
        ],
        [
          "services.*.env_file",
          (v, p) => {
            const one = (e) => typeof e === "string" ? { path: e, required: true } : isMap(e) ? { required: true, ...e } : null;
            if (typeof v === "string")
              return [one(v)];
            if (Array.isArray(v))
              return v.map(one);
            throw canonicalError(p, "env_file", v);
          }
        ],
        [
          "services.*.build.ssh",
          (v, p) => {
            if (isMap(v))
              return v;
            if (Array.isArray(v)) {
              const out = {};
              for (const e of v) {
                if (typeof e !== "string")
                  throw new bake_errors.o(`invalid ssh key type ${goType(e)}`);
                const i = e.indexOf("=");
                if (i < 0) {
                  if (e !== "default")
                    throw new bake_errors.o(`invalid ssh key ${JSON.stringify(e)}`);
                  out[e] = null;
                } else
                  out[e.slice(0, i)] = e.slice(i + 1);
              }
              return out;
            }
            throw canonicalError(p, "ssh", v);
          }
        ],
        [
          "services.*.build.ulimits.*",
          (v, p) => {
            if (isMap(v) || typeof v === "number" && Number.isInteger(v))
              return v;
            throw canonicalError(p, "external", v);
          }
        ],
        [
          "secrets.*",
          (v, p) => {
            if (v === null || v === void 0)
              return null;
            if (!isMap(v))
              return v;
            const r = canonicalChildren(v, p);
            if (isMap(r.external)) {
              const extName = r.external.name;
              r.external = true;
              if (extName !== void 0) {
                if ("name" in r && extName !== r.name)
                  throw new bake_errors.o(`${pathString(p)}: name and external.name conflict; only use name`);
                if (!("name" in r))
                  r.name = extName;
              }
            }
            return r;
          }
        ]
      ];
      function canonicalChildren(v, p) {
        for (const [k, x] of Object.entries(v))
          v[k] = canonical(x, [...p, k]);
        return v;
      }
      function canonical(v, p = []) {
        for (const [pattern, t] of TRANSFORMERS)
          if (matches(p, pattern))
            return t(v, p);
        if (isMap(v))
          return canonicalChildren(v, p);
        if (Array.isArray(v))
          return v.map((x) => canonical(x, [...p, "[]"]));
        return v;
      }
      function setDefaultValues(model) {
        const services = isMap(model.services) ? model.services : {};
        for (const svc of Object.values(services)) {
          if (isMap(svc) && isMap(svc.build) && !("context" in svc.build))
            svc.build.context = ".";
        }
      }
      ;
      class MissingRequiredError extends Error {
        variable;
        reason;
        name = "MissingRequiredError";
        constructor(variable, reason) {
          super(reason ? `required variable ${variable} is missing a value: ${reason}` : `required variable ${variable} is missing a value`);
          this.variable = variable;
          this.reason = reason;
        }
      }
      class InvalidTemplateError extends Error {
        template;
        name = "InvalidTemplateError";
        constructor(template) {
          super(`Invalid template: ${JSON.stringify(template)}`);
          this.template = template;
        }
      }
      const PATTERN_SOURCE = String.raw`\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)\}|()))`;
      const PATTERN_GLOBAL = new RegExp(PATTERN_SOURCE, "gi");
      const PATTERN_ONE = new RegExp(PATTERN_SOURCE, "i");
      function partition(s, sep) {
        const i = s.indexOf(sep);
        return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + sep.length)];
      }
      function withDefaultWhenAbsence(emptyOrUnset) {
        const sep = emptyOrUnset ? ":-" : "-";
        return (substitution, lookup2) => {
          if (!substitution.includes(sep))
            return { value: "", applied: false };
          const [name, def] = partition(substitution, sep);
          const value = lookup2(name);
          if (value === void 0 || emptyOrUnset && value === "")
            return { value: substitute(def, lookup2), applied: true };
          return { value, applied: true };
        };
      }
      function withDefaultWhenPresence(notEmpty) {
        const sep = notEmpty ? ":+" : "+";
        return (substitution, lookup2) => {
          if (!substitution.includes(sep))
            return { value: "", applied: false };
          const [name, def] = partition(substitution, sep);
          const value = lookup2(name);
          if (value !== void 0 && (!notEmpty || value !== ""))
            return { value: substitute(def, lookup2), applied: true };
          return { value: value ?? "", applied: true };
        };
      }
      function withRequired(sep, valid) {
        return (substitution, lookup2) => {
          if (!substitution.includes(sep))
            return { value: "", applied: false };
          const [name, message] = partition(substitution, sep);
          const value = lookup2(name);
          if (value === void 0 || !valid(value))
            throw new MissingRequiredError(name, substitute(message, lookup2));
          return { value, applied: true };
        };
      }
      const SUBSTITUTIONS = [
        [":?", withRequired(":?", (v) => v !== "")],
        ["?", withRequired("?", () => true)],
        [":-", withDefaultWhenAbsence(true)],
        ["-", withDefaultWhenAbsence(false)],
        [":+", withDefaultWhenPresence(true)],
        ["+", withDefaultWhenPresence(false)]
      ];
      function substitutionFor(template) {
        let best = SUBSTITUTIONS[0];
        let bestIdx = -1;
        for (const entry of SUBSTITUTIONS) {
          const idx = template.indexOf(entry[0]);
          if (idx >= 0 && (bestIdx < 0 || idx < bestIdx)) {
            best = entry;
            bestIdx = idx;
          }
        }
        return best[1];
      }
      function firstBraceClosingIndex(s) {
        let open = 0;
        for (let i = 0; i < s.length; i++) {
          if (s[i] === "}") {
            open--;
            if (open === 0)
              return i;
          }
          if (s[i] === "{") {
            open++;
            i++;
          }
        }
        return -1;
      }
      function replacement(matched, lookup2, template) {
        const fn = substitutionFor(matched);
        let sub = matched;
        let rest = "";
        const close = firstBraceClosingIndex(sub);
        if (close > -1) {
          rest = sub.slice(close + 1);
          sub = sub.slice(0, close + 1);
        }
        const m = PATTERN_ONE.exec(sub);
        if (m?.[1])
          return m[1];
        let substitution = m?.[2] ?? "";
        let braced = false;
        if (substitution === "") {
          substitution = m?.[3] ?? "";
          braced = true;
        }
        if (substitution === "")
          throw new InvalidTemplateError(template);
        if (braced) {
          const r = fn(substitution, lookup2);
          if (r.applied)
            return r.value + substitute(rest, lookup2);
        }
        return lookup2(substitution) ?? "";
      }
      function substitute(template, lookup2) {
        let firstError;
        const out = template.replace(PATTERN_GLOBAL, (matched) => {
          try {
            return replacement(matched, lookup2, template);
          } catch (e) {
            firstError ??= e;
            return "";
          }
        });
        if (firstError !== void 0)
          throw firstError;
        return out;
      }
      const ESCAPE_SEQ = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;
      const SIMPLE_ESCAPES = {
        a: "\x07",
        b: "\b",
        f: "\f",
        n: "\n",
        r: "\r",
        t: "	",
        v: "\v",
        '"': '"',
        "\\": "\\"
      };
      function expandEscapes(s) {
        return s.replace(ESCAPE_SEQ, (m) => {
          if (m === "\\$")
            return "$$";
          if (m.startsWith("\\0")) {
            const digits = m.slice(2);
            if (digits.length !== 3 || !/^[0-7]{3}$/.test(digits))
              return m;
            const code = parseInt(digits, 8);
            return code > 255 ? m : String.fromCharCode(code);
          }
          return SIMPLE_ESCAPES[m[1]] ?? m;
        });
      }
      function isSpace(c) {
        return c === "	" || c === "\v" || c === "\f" || c === "\r" || c === " " || c === "\x85" || c === "\xA0";
      }
      function isUnicodeSpace(c) {
        return /^\s$/u.test(c) || c === "\x85";
      }
      function trimLeftSpace(s) {
        let i = 0;
        while (i < s.length && isSpace(s[i]))
          i++;
        return s.slice(i);
      }
      function trimRightUnicodeSpace(s) {
        let i = s.length;
        while (i > 0 && isUnicodeSpace(s[i - 1]))
          i--;
        return s.slice(0, i);
      }
      function parseDotenv(src, lookup2 = () => void 0, out = /* @__PURE__ */ new Map()) {
        let line = 1;
        if (src.startsWith("\uFEFF"))
          src = src.slice(1);
        const expand = (value) => substitute(value, (k) => lookup2(k) ?? out.get(k));
        const statementStart = (s) => {
          for (; ; ) {
            let pos = -1;
            for (let i = 0; i < s.length; i++) {
              if (s[i] === "\n")
                line++;
              if (!isUnicodeSpace(s[i])) {
                pos = i;
                break;
              }
            }
            if (pos < 0)
              return "";
            s = s.slice(pos);
            if (s[0] !== "#")
              return s;
            const nl = s.indexOf("\n");
            if (nl < 0)
              return "";
            s = s.slice(nl);
          }
        };
        let cutset = src;
        for (; ; ) {
          cutset = statementStart(cutset);
          if (cutset === "")
            break;
          let s = cutset;
          if (/^export\s+/.test(s))
            s = trimLeftSpace(s.slice("export".length));
          let key = "";
          let offset = 0;
          let inherited = false;
          let found = false;
          for (let i = 0; i < s.length; ) {
            const ch = String.fromCodePoint(s.codePointAt(i));
            if (isSpace(ch)) {
              i += ch.length;
              continue;
            }
            if (ch === "=" || ch === ":" || ch === "\n") {
              key = s.slice(0, i);
              offset = i + 1;
              inherited = ch === "\n";
              found = true;
              break;
            }
            if (!"_.-[]".includes(ch) && !/^[\p{L}\p{N}]$/u.test(ch)) {
              throw new Error(`line ${line}: unexpected character ${JSON.stringify(ch)} in variable name ${JSON.stringify(s.split("\n")[0])}`);
            }
            i += ch.length;
          }
          if (!found) {
            key = "";
            offset = 0;
          }
          if (inherited && !key.includes(" "))
            line++;
          key = trimRightUnicodeSpace(key);
          const left = trimLeftSpace(s.slice(offset));
          if (key.includes(" "))
            throw new Error(`line ${line}: key cannot contain a space`);
          if (inherited) {
            const v = lookup2(key);
            if (v !== void 0)
              out.set(key, v);
            cutset = left;
            continue;
          }
          const quote = left[0] === '"' || left[0] === "'" ? left[0] : void 0;
          if (!quote) {
            const nl = left.indexOf("\n");
            let value = nl < 0 ? left : left.slice(0, nl);
            cutset = nl < 0 ? "" : left.slice(nl + 1);
            line++;
            const hash = value.indexOf(" #");
            if (hash >= 0)
              value = value.slice(0, hash);
            out.set(key, expand(trimRightUnicodeSpace(value)));
            continue;
          }
          let escaped = false;
          let chars = "";
          let done = false;
          for (let i = 1; i < left.length; i++) {
            const ch = left[i];
            if (ch === "\n")
              line++;
            if (ch !== quote) {
              if (!escaped && ch === "\\") {
                escaped = true;
                continue;
              }
              if (escaped) {
                escaped = false;
                chars += "\\";
              }
              chars += ch;
              continue;
            }
            if (escaped) {
              escaped = false;
              chars += ch;
              continue;
            }
            out.set(key, quote === '"' ? expand(expandEscapes(chars)) : chars);
            cutset = left.slice(i + 1);
            done = true;
            break;
          }
          if (!done) {
            const nl = left.indexOf("\n");
            throw new Error(`line ${line}: unterminated quoted value ${nl < 0 ? left : left.slice(0, nl)}`);
          }
        }
        return out;
      }
      function composeEnvironment(env, cwd, lookupAllowed, vars) {
        const out = /* @__PURE__ */ new Map();
        if (lookupAllowed) {
          for (const [k, v] of Object.entries(env))
            if (v !== void 0)
              out.set(k, v);
        }
        const dotenv = (0, external_node_path_.join)(cwd, ".env");
        if ((0, external_node_fs_.existsSync)(dotenv) && (0, external_node_fs_.statSync)(dotenv).isFile()) {
          let parsed;
          try {
            parsed = parseDotenv((0, external_node_fs_.readFileSync)(dotenv, "utf8"), (k) => out.get(k));
          } catch (e) {
            throw new bake_errors.o(e.message);
          }
          for (const [k, v] of parsed)
            if (!out.has(k))
              out.set(k, v);
        }
        for (const [k, v] of Object.entries(vars ?? {}))
          out.set(k, v);
        return out;
      }
      ;
      const INTEGER = /^[+-]?\d+$/;
      const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|infinity|nan)$/i;
      const BOOLEAN = /^(true|false|y|yes|on|n|no|off)$/i;
      const CASTS = [
        ...[
          "cpu_count",
          "cpu_period",
          "cpu_quota",
          "cpu_rt_period",
          "cpu_rt_runtime",
          "cpu_shares",
          "oom_score_adj",
          "pids_limit",
          "scale"
        ].map((k) => [`services.*.${k}`, INTEGER, "int"]),
        ...[
          "deploy.replicas",
          "deploy.update_config.parallelism",
          "deploy.rollback_config.parallelism",
          "deploy.restart_policy.max_attempts",
          "deploy.placement.max_replicas_per_node",
          "healthcheck.retries",
          "ports.[].target",
          "ulimits.*",
          "ulimits.*.hard",
          "ulimits.*.soft"
        ].map((k) => [`services.*.${k}`, INTEGER, "int"]),
        ...["cpu_percent", "cpus", "deploy.update_config.max_failure_ratio", "deploy.rollback_config.max_failure_ratio"].map((k) => [`services.*.${k}`, FLOAT, "float"]),
        ...[
          "init",
          "depends_on.*.required",
          "depends_on.*.restart",
          "healthcheck.disable",
          "oom_kill_disable",
          "privileged",
          "read_only",
          "stdin_open",
          "tty",
          "volumes.[].read_only",
          "volumes.[].volume.nocopy"
        ].map((k) => [`services.*.${k}`, BOOLEAN, "bool"]),
        ...[
          "networks.*.external",
          "networks.*.internal",
          "networks.*.attachable",
          "networks.*.enable_ipv4",
          "networks.*.enable_ipv6",
          "volumes.*.external",
          "secrets.*.external",
          "configs.*.external"
        ].map((k) => [k, BOOLEAN, "bool"])
      ];
      function castValue(s, kind) {
        if (kind === "bool")
          return /^(true|y|yes|on)$/i.test(s);
        return Number(s);
      }
      function interpolateError(p, e) {
        if (e instanceof InvalidTemplateError) {
          return new bake_errors.o(`invalid interpolation format for ${pathString(p)}.
You may need to escape any $ with another $.
${e.template}`);
        }
        return new bake_errors.o(`error while interpolating ${pathString(p)}: ${e.message}`);
      }
      function interpolate(v, lookup2, p = []) {
        if (typeof v === "string") {
          let out;
          try {
            out = substitute(v, lookup2);
          } catch (e) {
            throw interpolateError(p, e);
          }
          for (const [pattern, re, kind] of CASTS) {
            if (!matches(p, pattern))
              continue;
            if (!re.test(out)) {
              throw new bake_errors.o(`error while interpolating ${pathString(p)}: failed to cast to expected type: invalid ${kind === "bool" ? "boolean" : "syntax"}: ${out}`);
            }
            return castValue(out, kind);
          }
          return out;
        }
        if (Array.isArray(v))
          return v.map((x) => interpolate(x, lookup2, [...p, "[]"]));
        if (isMap(v)) {
          const out = {};
          for (const [k, x] of Object.entries(v))
            out[k] = interpolate(x, lookup2, [...p, k]);
          return out;
        }
        return v;
      }
      ;
      function intoSequence(v) {
        if (isMap(v)) {
          const seq = [];
          for (const [k, x] of Object.entries(v)) {
            if (x === null || x === void 0)
              seq.push(k);
            else if (Array.isArray(x))
              for (const y of x)
                seq.push(`${k}=${goSprint(y)}`);
            else
              seq.push(`${k}=${goSprint(x)}`);
          }
          return seq.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
        }
        if (Array.isArray(v))
          return v;
        if (typeof v === "string")
          return [v];
        return [];
      }
      function intoMapping(v, def) {
        if (isMap(v))
          return v;
        const out = {};
        if (Array.isArray(v))
          for (const s of v)
            out[String(s)] = def ? { ...def } : null;
        return out;
      }
      const toSequence = (a, b) => [...intoSequence(a), ...intoSequence(b)];
      const overrideWith = (_a, b) => b;
      const mergeAsMappings = (def) => (a, b, p) => mergeMappings(intoMapping(a, def), intoMapping(b, def), p);
      const MERGE_SPECIALS = [
        ["networks.*.labels", toSequence],
        ["volumes.*.labels", toSequence],
        ["services.*.annotations", toSequence],
        [
          "services.*.build",
          (a, b, p) => {
            const toBuild = (v) => typeof v === "string" ? { context: v } : isMap(v) ? v : {};
            return mergeMappings(toBuild(a), toBuild(b), p);
          }
        ],
        ["services.*.build.args", toSequence],
        ["services.*.build.additional_contexts", toSequence],
        [
          "services.*.build.extra_hosts",
          (a, b) => {
            const right = intoSequence(a);
            return [...right, ...intoSequence(b).filter((x) => !right.includes(x))];
          }
        ],
        ["services.*.build.labels", toSequence],
        ["services.*.command", overrideWith],
        ["services.*.depends_on", mergeAsMappings({ condition: "service_started", required: true })],
        ["services.*.deploy.labels", toSequence],
        ["services.*.dns", toSequence],
        ["services.*.dns_opt", toSequence],
        ["services.*.dns_search", toSequence],
        ["services.*.entrypoint", overrideWith],
        ["services.*.env_file", toSequence],
        ["services.*.label_file", toSequence],
        ["services.*.environment", toSequence],
        [
          "services.*.extra_hosts",
          (a, b) => {
            const right = intoSequence(a);
            return [...right, ...intoSequence(b).filter((x) => !right.includes(x))];
          }
        ],
        ["services.*.healthcheck.test", overrideWith],
        ["services.*.labels", toSequence],
        ["services.*.volumes.*.volume.labels", toSequence],
        [
          "services.*.logging",
          (a, b, p) => {
            const x = isMap(a) ? a : {};
            const y = isMap(b) ? b : {};
            return !("driver" in y) || !("driver" in x) || x.driver === y.driver ? mergeMappings(x, y, p) : y;
          }
        ],
        ["services.*.models", mergeAsMappings()],
        ["services.*.networks", mergeAsMappings()],
        ["services.*.sysctls", toSequence],
        ["services.*.tmpfs", toSequence],
        ["services.*.ulimits.*", (_a, b, p) => isMap(b) ? mergeMappings(b, b, p) : b]
      ];
      function mergeYaml(a, b, p) {
        for (const [pattern, merger] of MERGE_SPECIALS)
          if (matches(p, pattern))
            return merger(a, b, p);
        if (b === null || b === void 0)
          return a;
        if (isMap(a)) {
          if (!isMap(b))
            throw new bake_errors.o(`cannot override ${pathString(p)}`);
          return mergeMappings(a, b, p);
        }
        if (Array.isArray(a)) {
          if (!Array.isArray(b))
            throw new bake_errors.o(`cannot override ${pathString(p)}`);
          return [...a, ...b];
        }
        return b;
      }
      function mergeMappings(a, b, p) {
        const out = { ...a };
        for (const [k, v] of Object.entries(b))
          out[k] = Object.hasOwn(out, k) ? mergeYaml(out[k], v, [...p, k]) : v;
        return out;
      }
      const keyValueIndexer = (v, p) => {
        if (typeof v !== "string")
          throw new bake_errors.o(`${pathString(p)}: unexpected type ${goType(v)}`);
        const i = v.indexOf("=");
        return i < 0 ? v : v.slice(0, i);
      };
      const UNIQUE = [
        ["services.*.annotations", keyValueIndexer],
        ["services.*.build.args", keyValueIndexer],
        ["services.*.build.additional_contexts", keyValueIndexer],
        ["services.*.build.platform", keyValueIndexer],
        ["services.*.build.tags", keyValueIndexer],
        ["services.*.build.labels", keyValueIndexer],
        ["services.*.environment", keyValueIndexer],
        [
          "services.*.env_file",
          (v, p) => {
            if (typeof v === "string")
              return v;
            if (isMap(v)) {
              if (!("path" in v))
                throw new bake_errors.o(`environment path attribute ${pathString(p)} is missing`);
              return String(v.path);
            }
            return "";
          }
        ]
      ];
      function enforceUnicity(v, p = []) {
        if (isMap(v)) {
          for (const [k, x] of Object.entries(v))
            v[k] = enforceUnicity(x, [...p, k]);
          return v;
        }
        if (Array.isArray(v)) {
          const rule = UNIQUE.find(([pattern]) => matches(p, pattern));
          if (!rule)
            return v;
          const seq = [];
          const keys2 = /* @__PURE__ */ new Map();
          v.forEach((entry, i) => {
            const key = rule[1](entry, [...p, `[${i}]`]);
            const j = keys2.get(key);
            if (j !== void 0)
              seq[j] = entry;
            else {
              keys2.set(key, seq.length);
              seq.push(entry);
            }
          });
          return seq;
        }
        return v;
      }
      var go_path = __webpack_require__(6635);
      ;
      function fsPath(ctx, p) {
        return (0, external_node_path_.isAbsolute)(p) ? p : (0, external_node_path_.resolve)(ctx.cwd, p);
      }
      function goJoin(...parts) {
        const kept = parts.filter((s) => s !== "");
        return kept.length ? (0, go_path.t)(kept.join("/")) : "";
      }
      function goDir(p) {
        const i = p.lastIndexOf("/");
        return (0, go_path.t)(i < 0 ? "." : p.slice(0, i + 1));
      }
      function relativeTo(base, target) {
        if ((0, external_node_path_.isAbsolute)(base) !== (0, external_node_path_.isAbsolute)(target))
          return target;
        const rel = external_node_path_.posix.relative(base === "" ? "." : base, target === "" ? "." : target);
        return rel === "" ? "." : rel;
      }
      function expandUser(p, ctx) {
        if (p.startsWith("~") && ctx.home)
          return goJoin(ctx.home, p.slice(1));
        return p;
      }
      function absPath(v, wd, ctx) {
        if (Array.isArray(v))
          return v.map((x) => absPath(x, wd, ctx));
        if (typeof v !== "string")
          throw new bake_errors.o(`unexpected type ${goType(v)}`);
        const s = expandUser(v, ctx);
        if ((0, external_node_path_.isAbsolute)(s))
          return s;
        return s !== "" ? goJoin(wd, s) : s;
      }
      const REMOTE_CONTEXT = ["https://", "http://", "git://", "ssh://", "github.com/", "git@"];
      function absContextPath(v, wd, ctx) {
        const s = String(v);
        if (s.includes("://") || s.startsWith("service:") || REMOTE_CONTEXT.some((r) => s.startsWith(r)))
          return s;
        return absPath(s, wd, ctx);
      }
      function maybeUnixPath(v, wd, ctx) {
        if (typeof v !== "string")
          return v;
        const s = expandUser(v, ctx);
        if (!s.startsWith("/") && !/^[a-zA-Z]:[\\/]/.test(s) && !s.startsWith("\\\\"))
          return goJoin(wd, s);
        return s;
      }
      function resolveRelativePaths(model, wd, ctx) {
        const services = isMap(model.services) ? model.services : {};
        for (const svc of Object.values(services)) {
          if (!isMap(svc))
            continue;
          const build = svc.build;
          if (isMap(build)) {
            if (typeof build.context === "string")
              build.context = absContextPath(build.context, wd, ctx);
            if (isMap(build.additional_contexts)) {
              for (const [k, x] of Object.entries(build.additional_contexts)) {
                if (x !== null && x !== void 0)
                  build.additional_contexts[k] = absContextPath(x, wd, ctx);
              }
            }
            if (isMap(build.ssh))
              for (const [k, x] of Object.entries(build.ssh))
                build.ssh[k] = maybeUnixPath(x, wd, ctx);
          }
          if (Array.isArray(svc.env_file)) {
            for (const e of svc.env_file)
              if (isMap(e) && e.path !== void 0)
                e.path = absPath(e.path, wd, ctx);
          }
        }
        const secrets = isMap(model.secrets) ? model.secrets : {};
        for (const s of Object.values(secrets))
          if (isMap(s) && s.file !== void 0)
            s.file = maybeUnixPath(s.file, wd, ctx);
      }
      ;
      function lookupIn(env) {
        return (k) => env.get(k);
      }
      function loadYamlModel(files, opts, ctx) {
        let dict = {};
        for (const f of files) {
          const raw = parseYaml(f, ctx.yaml);
          if (raw === null || raw === void 0)
            continue;
          if (!isMap(raw))
            throw new bake_errors.o("top-level object must be a mapping");
          const cfg = interpolate(raw, lookupIn(opts.env));
          applyInclude(cfg, { ...opts, included: [...opts.included, f.name] }, ctx);
          dict = mergeMappings(dict, cfg, []);
          dict = enforceUnicity(dict);
          dict = canonical(dict);
          dict = enforceUnicity(dict);
        }
        setDefaultValues(dict);
        resolveRelativePaths(dict, opts.workingDir, ctx);
        resolveEnvironmentLists(dict, lookupIn(opts.env));
        return dict;
      }
      function readComposeFile(path, ctx) {
        const p = fsPath(ctx, path);
        if (!(0, external_node_fs_.existsSync)(p))
          throw new bake_errors.o(`open ${path}: no such file or directory`);
        return { name: path, data: (0, external_node_fs_.readFileSync)(p, "utf8") };
      }
      function applyInclude(model, opts, ctx) {
        const source = model.include;
        if (source === void 0 || source === null)
          return;
        if (!Array.isArray(source))
          throw new bake_errors.o(`\`include\` must be a list, got ${goSprint(source)}`);
        for (const item of source) {
          const r = typeof item === "string" ? { path: item } : isMap(item) ? { ...item } : {};
          const paths = (Array.isArray(r.path) ? r.path : r.path === void 0 ? [] : [r.path]).map(String);
          let projectDirectory = r.project_directory === void 0 ? "" : String(r.project_directory);
          let relWorkingDir = "";
          const abs = (p) => (0, external_node_path_.isAbsolute)(p) ? p : goJoin(opts.includeBase, p);
          const isDir = (p) => (0, external_node_fs_.existsSync)(fsPath(ctx, p)) && (0, external_node_fs_.statSync)(fsPath(ctx, p)).isDirectory();
          const loaderDir = (p) => {
            let d = abs(p);
            if (!isDir(d))
              d = abs(goDir(p));
            return relativeTo(opts.includeBase, d);
          };
          const resolved = paths.map((p, i) => {
            const path = abs(p);
            if (i === 0) {
              if (projectDirectory === "") {
                relWorkingDir = loaderDir(p);
                projectDirectory = goDir(path);
              } else if (!(0, external_node_path_.isAbsolute)(projectDirectory)) {
                relWorkingDir = loaderDir(projectDirectory);
                projectDirectory = goJoin(opts.workingDir, projectDirectory);
              } else {
                relWorkingDir = projectDirectory;
              }
              if (opts.included.includes(path)) {
                throw new bake_errors.o(`include cycle detected:
${opts.included[0]}
 include ${[...opts.included.slice(1), path].join("\n include ")}`);
              }
            }
            return path;
          });
          let envFiles = [];
          const declared = r.env_file === void 0 || r.env_file === null ? [] : Array.isArray(r.env_file) ? r.env_file.map(String) : [String(r.env_file)];
          if (declared.length === 0) {
            const f = goJoin(projectDirectory, ".env");
            if ((0, external_node_fs_.existsSync)(fsPath(ctx, f)) && !(0, external_node_fs_.statSync)(fsPath(ctx, f)).isDirectory())
              envFiles = [f];
          } else {
            for (let f of declared) {
              if (f === "/dev/null")
                continue;
              if (!(0, external_node_path_.isAbsolute)(f)) {
                f = goJoin(opts.workingDir, f);
                if (!(0, external_node_fs_.existsSync)(fsPath(ctx, f)))
                  throw new bake_errors.o(`stat ${f}: no such file or directory`);
                if ((0, external_node_fs_.statSync)(fsPath(ctx, f)).isDirectory())
                  throw new bake_errors.o(`${f} is not a file`);
              }
              envFiles.push(f);
            }
          }
          const fromFiles = /* @__PURE__ */ new Map();
          for (const f of envFiles) {
            const p = fsPath(ctx, f);
            if (!(0, external_node_fs_.existsSync)(p))
              throw new bake_errors.o(`couldn't find env file: ${p}`);
            if ((0, external_node_fs_.statSync)(p).isDirectory())
              throw new bake_errors.o(`${p} is a directory`);
            try {
              parseDotenv((0, external_node_fs_.readFileSync)(p, "utf8"), (k) => opts.env.get(k) ?? fromFiles.get(k), fromFiles);
            } catch (e) {
              throw new bake_errors.o(`failed to read ${p}: ${e.message}`);
            }
          }
          const env = new Map(opts.env);
          for (const [k, v] of fromFiles)
            if (!env.has(k))
              env.set(k, v);
          const imported = loadYamlModel(resolved.map((p) => readComposeFile(p, ctx)), { workingDir: relWorkingDir, includeBase: projectDirectory, env, included: opts.included }, ctx);
          for (const key of ["services", "volumes", "networks", "secrets", "configs", "models"]) {
            const from = imported[key];
            if (!isMap(from))
              continue;
            const to = isMap(model[key]) ? model[key] : {};
            for (const [name, a] of Object.entries(from)) {
              if (!Object.hasOwn(to, name))
                to[name] = a;
              else
                to[name] = mergeYaml(a, to[name], [key, name]);
            }
            model[key] = to;
          }
        }
        delete model.include;
      }
      function resolveEnvironmentLists(model, env) {
        const services = isMap(model.services) ? model.services : {};
        for (const svc of Object.values(services)) {
          if (!isMap(svc) || !Array.isArray(svc.environment))
            continue;
          svc.environment = svc.environment.filter((e) => typeof e === "string").map((e) => {
            const v = env(e);
            return v !== void 0 ? `${e}=${v}` : e;
          });
        }
      }
      function projectName(files, env, ctx) {
        let name = env.get("COMPOSE_PROJECT_NAME") || "bake";
        let fromFile = "";
        for (const f of files) {
          try {
            const raw = parseYaml(f, ctx.yaml);
            if (isMap(raw) && raw.name !== void 0 && raw.name !== null && !isMap(raw.name) && !Array.isArray(raw.name)) {
              const n = goSprint(raw.name);
              if (n !== "")
                fromFile = n;
            }
          } catch {
          }
        }
        try {
          fromFile = substitute(fromFile, lookupIn(env));
        } catch (e) {
          throw interpolateError(["name"], e);
        }
        if (fromFile !== "")
          name = fromFile;
        return name;
      }
      function resolveServiceEnvironment(svc, projectEnv, ctx) {
        const declared = mappingWithEquals(svc.environment);
        for (const [k, v] of declared)
          if (v === null && projectEnv.has(k))
            declared.set(k, projectEnv.get(k));
        const environment = /* @__PURE__ */ new Map();
        for (const [k, v] of declared)
          if (v !== null)
            environment.set(k, v);
        for (const e of Array.isArray(svc.env_file) ? svc.env_file : []) {
          if (!isMap(e))
            continue;
          const path = String(e.path ?? "");
          const p = fsPath(ctx, path);
          if (!(0, external_node_fs_.existsSync)(p)) {
            if (e.required !== false)
              throw new bake_errors.o(`env file ${path} not found: stat ${path}: no such file or directory`);
            continue;
          }
          const format2 = e.format === void 0 || e.format === null ? "" : String(e.format);
          if (format2 !== "" && format2 !== ".env")
            throw new bake_errors.o(`unsupported env_file format ${JSON.stringify(format2)}`);
          try {
            parseDotenv((0, external_node_fs_.readFileSync)(p, "utf8"), (k) => {
              if (projectEnv.has(k))
                return projectEnv.get(k);
              const s = declared.get(k);
              return s ?? void 0;
            }, environment);
          } catch (err) {
            throw new bake_errors.o(`failed to read ${path}: ${err.message}`);
          }
        }
        const out = new Map(environment);
        for (const [k, v] of declared)
          out.set(k, v);
        return out;
      }
      function loadComposeProject(files, env, ctx, consistency = true) {
        const environment = new Map(env);
        const name = projectName(files, environment, ctx);
        environment.set("COMPOSE_PROJECT_NAME", name);
        const dict = loadYamlModel(files, { workingDir: "", includeBase: "", env: environment, included: [] }, ctx);
        if (Object.keys(dict).length === 0)
          throw new bake_errors.o("empty compose file");
        let hasServices = false;
        const services = [];
        if (isMap(dict.services)) {
          hasServices = true;
          for (const [svcName, svc] of Object.entries(dict.services)) {
            if (svc === null || svc === void 0)
              services.push([svcName, {}]);
            else if (isMap(svc))
              services.push([svcName, svc]);
          }
        }
        if (!hasServices && !("secrets" in dict))
          throw new bake_errors.o("empty compose file");
        const secrets = isMap(dict.secrets) ? dict.secrets : {};
        const project = { name, environment, services: [], secrets };
        for (const [svcName, svc] of services.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
          if (svc.build !== void 0 && !isMap(svc.build))
            throw canonicalError(["services", svcName, "build"], "build", svc.build);
          const image = svc.image === void 0 || svc.image === null ? void 0 : goSprint(svc.image);
          project.services.push({
            name: svcName,
            image,
            build: svc.build,
            environment: resolveServiceEnvironment(svc, environment, ctx)
          });
        }
        if (consistency)
          checkConsistency(project);
        return project;
      }
      function checkConsistency(project) {
        const byName = new Map(project.services.map((s) => [s.name, s]));
        for (const s of project.services) {
          if (!s.build && !s.image) {
            throw new bake_errors.o(`service ${JSON.stringify(s.name)} has neither an image nor a build context specified: invalid compose project`);
          }
          if (!s.build)
            continue;
          if (s.build.dockerfile_inline && s.build.dockerfile) {
            throw new bake_errors.o(`service ${JSON.stringify(s.name)} declares mutualy exclusive dockerfile and dockerfile_inline: invalid compose project`);
          }
          if (isMap(s.build.additional_contexts)) {
            for (const [add2, c] of Object.entries(s.build.additional_contexts)) {
              const v = c === null || c === void 0 ? "" : goSprint(c);
              if (!v.startsWith("service:"))
                continue;
              const target = v.slice("service:".length);
              const t = byName.get(target);
              if (!t)
                throw new bake_errors.o(`service ${JSON.stringify(s.name)} declares unknown service ${JSON.stringify(target)} as additional contexts ${add2}`);
              if (!t.build)
                throw new bake_errors.o(`service ${JSON.stringify(s.name)} declares non-buildable service ${JSON.stringify(target)} as additional contexts ${add2}`);
            }
          }
          for (const sec of Array.isArray(s.build.secrets) ? s.build.secrets : []) {
            const source = isMap(sec) ? goSprint(sec.source ?? "") : goSprint(sec);
            if (!Object.hasOwn(project.secrets, source)) {
              throw new bake_errors.o(`service ${JSON.stringify(s.name)} refers to undefined build secret ${source}: invalid compose project`);
            }
          }
        }
      }
      var units = __webpack_require__(5650);
      ;
      function loadComposeYaml(file, yaml) {
        let parsed;
        try {
          const doc = yaml.parseDocument(file.data, { uniqueKeys: false, merge: true });
          if (doc.errors.length > 0)
            return { error: doc.errors[0].message };
          parsed = toJSLocated(doc, file, 1e3);
        } catch (e) {
          if (e instanceof bake_errors.o)
            throw e;
          return { error: e.message };
        }
        if (!isMap(parsed))
          return { error: "Top-level object must be a mapping" };
        if (!("services" in parsed) && !("secrets" in parsed) && !("include" in parsed))
          return { error: "empty compose file" };
        return { doc: parsed };
      }
      function str(v) {
        if (v === void 0 || v === null)
          return void 0;
        return typeof v === "string" ? v : String(v);
      }
      function strList(v) {
        if (v === void 0 || v === null)
          return void 0;
        if (Array.isArray(v))
          return v.map((x) => str(x) ?? "");
        return [str(v)];
      }
      function xbakeList(v) {
        if (v === void 0 || v === null)
          return [];
        if (Array.isArray(v))
          return v.map((x) => str(x) ?? "");
        return String(v).split(/\s+/).filter((s) => s !== "");
      }
      function composeSize(field, value) {
        try {
          return (0, units.h$)(value);
        } catch (e) {
          throw new bake_errors.o(`decoding failed: '${field}' ${e.message}`);
        }
      }
      function namedContexts(m) {
        const out = /* @__PURE__ */ new Map();
        for (const [k, v] of m) {
          const i = v.indexOf(":");
          if ((v.startsWith("service:") || v.startsWith("target:")) && i >= 0)
            out.set(k, "target:" + v.slice(i + 1).replace(/\./g, "_"));
          else
            out.set(k, v);
        }
        return out;
      }
      function canonicalAttest(type, v) {
        const s = str(v);
        if (s === void 0 || s === "")
          return void 0;
        const b = (0, bake_entries.MY)(s);
        if (b !== void 0)
          return `type=${type},disabled=${!b}`;
        return `type=${type},${s}`;
      }
      const BUILD_FIELDS = /* @__PURE__ */ new Set([
        "context",
        "dockerfile",
        "dockerfile_inline",
        "args",
        "ssh",
        "cache_from",
        "cache_to",
        "additional_contexts",
        "entitlements",
        "extra_hosts",
        "isolation",
        "network",
        "labels",
        "no_cache",
        "pull",
        "shm_size",
        "target",
        "secrets",
        "tags",
        "ulimits",
        "platforms",
        "privileged",
        "sbom",
        "provenance"
      ]);
      function parseCompose(files, env, yaml, opts = {}) {
        for (const f of files)
          loadComposeProject([f], env, { cwd: opts.cwd ?? process.cwd(), home: opts.home, yaml }, false);
        try {
          return composeToConfig(files, env, yaml, opts);
        } catch (e) {
          if (e instanceof bake_errors.o && !e.message.startsWith("failed to parse compose file"))
            throw new bake_errors.o(`failed to parse compose file: ${e.message}`);
          throw e;
        }
      }
      function composeToConfig(files, env, yaml, opts) {
        const project = loadComposeProject(files, env, { cwd: opts.cwd ?? process.cwd(), home: opts.home, yaml });
        const config = { targets: [], groups: [] };
        if (project.services.length === 0)
          return config;
        const group = { name: "default", targets: [] };
        for (const svcModel of project.services) {
          const svcName = svcModel.name;
          const build = svcModel.build;
          if (build === void 0)
            continue;
          for (const k of Object.keys(build)) {
            if (!BUILD_FIELDS.has(k) && !k.startsWith("x-")) {
              throw new bake_errors.o(`validating ${files[0].name}: services.${svcName}.build additional properties '${k}' not allowed`);
            }
          }
          const name = svcName.replace(/\./g, "_");
          const bad = validateTargetName(name);
          if (bad)
            throw new bake_errors.o(`invalid service name "${name}": ${bad}`);
          const t = { name };
          const context = str(build.context);
          if (context)
            t.context = context;
          const dockerfile = str(build.dockerfile);
          if (dockerfile)
            t.dockerfile = dockerfile;
          const inline = str(build.dockerfile_inline);
          if (inline)
            t.dockerfileInline = inline;
          if (build.additional_contexts !== void 0) {
            const m = mappingWithEquals(build.additional_contexts);
            t.contexts = namedContexts(new Map([...m].map(([k, v]) => [k, v ?? ""])));
          }
          if (build.shm_size !== void 0 && build.shm_size !== null) {
            const bytes = typeof build.shm_size === "number" ? build.shm_size : composeSize(`services[${svcName}].build.shm_size`, String(build.shm_size));
            if (bytes > 0)
              t.shmSize = (0, units.VC)(bytes);
          }
          const network = str(build.network);
          if (network)
            t.network = network;
          if (isMap(build.ulimits)) {
            t.ulimits = Object.keys(build.ulimits).sort().map((n) => {
              const u = build.ulimits;
              const v = u[n];
              const soft = isMap(v) ? Number(v.soft) : Number(v);
              const hard = isMap(v) ? Number(v.hard) : Number(v);
              return `${n}=${soft}:${hard}`;
            });
          }
          if (build.extra_hosts !== void 0 && build.extra_hosts !== null) {
            const hosts = /* @__PURE__ */ new Map();
            if (Array.isArray(build.extra_hosts)) {
              for (const h of build.extra_hosts) {
                const s = String(h);
                const i = s.search(/[=:]/);
                if (i < 0)
                  continue;
                const prev2 = hosts.get(s.slice(0, i));
                hosts.set(s.slice(0, i), prev2 ? `${prev2},${s.slice(i + 1)}` : s.slice(i + 1));
              }
            } else if (isMap(build.extra_hosts)) {
              for (const [k, v] of Object.entries(build.extra_hosts))
                hosts.set(k, Array.isArray(v) ? v.join(",") : String(v));
            }
            t.extraHosts = hosts;
          }
          if (isMap(build.ssh)) {
            t.ssh = Object.entries(build.ssh).map(([id2, p]) => p === null || p === void 0 || goSprint(p) === "" ? { id: id2 } : { id: id2, paths: [goSprint(p)] }).sort(bake_entries.IC);
          }
          if (Array.isArray(build.secrets)) {
            const secrets = [];
            for (const s of build.secrets) {
              const source = isMap(s) ? str(s.source) : str(s);
              const top = source !== void 0 && isMap(project.secrets[source]) ? project.secrets[source] : {};
              if (top.external)
                throw new bake_errors.o(`unsupported external secret ${str(top.name) ?? source}`);
              const entry = {};
              if (source)
                entry.id = source;
              if (str(top.file))
                entry.src = str(top.file);
              if (str(top.environment))
                entry.env = str(top.environment);
              secrets.push(entry);
            }
            t.secret = secrets;
          }
          if (build.labels !== void 0) {
            const labels = mappingWithEquals(build.labels);
            t.labels = new Map([...labels].map(([k, v]) => [k, v ?? ""]));
          }
          const cacheFrom = strList(build.cache_from);
          if (cacheFrom)
            t.cacheFrom = cacheFrom.filter((s) => s !== "").flatMap(bake_entries.Uu);
          const cacheTo = strList(build.cache_to);
          if (cacheTo)
            t.cacheTo = cacheTo.filter((s) => s !== "").flatMap(bake_entries.Uu);
          const attests = [canonicalAttest("sbom", build.sbom), canonicalAttest("provenance", build.provenance)].filter((x) => !!x);
          if (attests.length)
            t.attest = attests.map(bake_entries.SV);
          if (build.no_cache === true)
            t.noCache = true;
          if (build.pull === true)
            t.pull = true;
          const tags = strList(build.tags);
          if (tags)
            t.tags = tags;
          const platforms = strList(build.platforms);
          if (platforms)
            t.platforms = platforms;
          if (build.args !== void 0 && build.args !== null) {
            const args = /* @__PURE__ */ new Map();
            for (const [k, v] of mappingWithEquals(build.args)) {
              if (v !== null)
                args.set(k, v);
              else if (svcModel.environment.get(k) != null)
                args.set(k, svcModel.environment.get(k));
              else if (project.environment.has(k))
                args.set(k, project.environment.get(k));
            }
            if (args.size > 0)
              t.args = args;
          }
          applyXBake(t, build["x-bake"]);
          const target = str(build.target);
          if (target)
            t.target = target;
          const image = svcModel.image;
          if ((!t.tags || t.tags.length === 0) && image)
            t.tags = [image];
          const prev = config.targets.find((x) => x.name === name);
          if (prev)
            (0, bake_target.ux)(prev, t);
          else
            config.targets.push(t);
          if (!group.targets.includes(name))
            group.targets.push(name);
        }
        config.groups.push(group);
        return config;
      }
      function applyXBake(t, ext) {
        if (!isMap(ext))
          return;
        const tags = xbakeList(ext.tags);
        if (tags.length)
          t.tags = (0, bake_target.gj)([...t.tags ?? [], ...tags]);
        const cacheFrom = xbakeList(ext["cache-from"]);
        if (cacheFrom.length)
          t.cacheFrom = (0, bake_entries.xq)(t.cacheFrom, cacheFrom.flatMap(bake_entries.Uu), bake_entries.fm);
        const cacheTo = xbakeList(ext["cache-to"]);
        if (cacheTo.length)
          t.cacheTo = (0, bake_entries.xq)(t.cacheTo, cacheTo.flatMap(bake_entries.Uu), bake_entries.fm);
        const secrets = xbakeList(ext.secret);
        if (secrets.length)
          t.secret = (0, bake_entries.xq)(t.secret, secrets.map(bake_entries.HE), bake_entries.Fs);
        const ssh = xbakeList(ext.ssh);
        if (ssh.length)
          t.ssh = (0, bake_entries.xq)(t.ssh, ssh.map(bake_entries.R2), bake_entries.uT).sort(bake_entries.IC);
        const platforms = xbakeList(ext.platforms);
        if (platforms.length)
          t.platforms = (0, bake_target.gj)([...t.platforms ?? [], ...platforms]);
        const outputs = xbakeList(ext.output);
        if (outputs.length)
          t.output = (0, bake_entries.xq)(t.output, outputs.map(bake_entries.Ji), bake_entries.lX);
        if (typeof ext.pull === "boolean")
          t.pull = ext.pull;
        if (typeof ext["no-cache"] === "boolean")
          t.noCache = ext["no-cache"];
        const ncf = xbakeList(ext["no-cache-filter"]);
        if (ncf.length)
          t.noCacheFilter = (0, bake_target.gj)([...t.noCacheFilter ?? [], ...ncf]);
        if (isMap(ext.contexts)) {
          const extra = namedContexts(new Map(Object.entries(ext.contexts).map(([k, v]) => [k, String(v)])));
          const out = new Map(t.contexts ?? []);
          for (const [k, v] of extra)
            if (!out.has(k))
              out.set(k, v);
          t.contexts = out;
        }
      }
      var file_relative = __webpack_require__(3700);
      ;
      class ArgError extends Error {
        name = "ArgError";
      }
      function arity(name, args, min2, max2 = min2) {
        if (args.length < min2 || args.length > max2) {
          const want = min2 === max2 ? `${min2}` : max2 === Infinity ? `at least ${min2}` : `${min2} to ${max2}`;
          throw new ArgError(`Function "${name}" expects ${want} argument(s); got ${args.length}`);
        }
      }
      function arguments_str(v, what = "argument") {
        const s = (0, hcl_value.oJ)(v ?? null, what);
        if (s === null)
          throw new hcl_value.zx(`Invalid function argument; ${what} must not be null`);
        return s;
      }
      function arguments_num(v, what = "argument") {
        const n = (0, hcl_value.i)(v ?? null, what);
        if (n === null)
          throw new hcl_value.zx(`Invalid function argument; ${what} must not be null`);
        return n;
      }
      function integer(v, what = "argument") {
        const n = arguments_num(v, what);
        if (!Number.isInteger(n))
          throw new hcl_value.zx(`Invalid function argument; ${what} must be a whole number`);
        return n;
      }
      function arguments_bool(v, what = "argument") {
        const b = (0, hcl_value.XL)(v ?? null, what);
        if (b === null)
          throw new hcl_value.zx(`Invalid function argument; ${what} must not be null`);
        return b;
      }
      function list(v, what = "argument") {
        const l = (0, hcl_value.DD)(v ?? null, what);
        if (l === null)
          throw new hcl_value.zx(`Invalid function argument; ${what} must not be null`);
        return l;
      }
      function obj(v, what = "argument") {
        const o = (0, hcl_value.eB)(v ?? null, what);
        if (o === null)
          throw new hcl_value.zx(`Invalid function argument; ${what} must not be null`);
        return o;
      }
      const fn1s = (f) => (args) => f(arguments_str(args[0]));
      const fn2n = (f) => (args) => f(arguments_num(args[0]), arguments_num(args[1]));
      function goQuote(s) {
        return JSON.stringify(s);
      }
      ;
      function distinctValues(vals) {
        const out = [];
        for (const v of vals)
          if (!out.some((o) => (0, hcl_value.lu)(o, v)))
            out.push(v);
        return out;
      }
      function toSet(v) {
        return (0, hcl_value.zf)(distinctValues(list(v)));
      }
      function flattenDeep(l) {
        const out = [];
        for (const v of l) {
          if (Array.isArray(v))
            out.push(...flattenDeep(v));
          else
            out.push(v);
        }
        return out;
      }
      const chunklist = (a) => {
        arity("chunklist", a, 2);
        const l = list(a[0]);
        const size = integer(a[1]);
        if (size < 0)
          throw new Error("the size argument must be positive");
        if (size === 0)
          return [l];
        const out = [];
        for (let i = 0; i < l.length; i += size)
          out.push(l.slice(i, i + size));
        return out;
      };
      const coalesce = (a) => {
        for (const v of a)
          if (v !== null)
            return v;
        throw new Error("no non-null arguments");
      };
      const coalescelist = (a) => {
        for (const v of a)
          if (Array.isArray(v) && v.length > 0)
            return v;
        return [];
      };
      const compact = (a) => (arity("compact", a, 1), list(a[0]).filter((v) => v !== null && v !== "").map((v) => arguments_str(v)));
      const concat = (a) => a.flatMap((v) => list(v));
      const contains = (a) => (arity("contains", a, 2), list(a[0]).some((v) => (0, hcl_value.lu)(v, a[1])));
      const distinct = (a) => (arity("distinct", a, 1), distinctValues(list(a[0])));
      const collections_element = (a) => {
        arity("element", a, 2);
        const l = list(a[0]);
        if (l.length === 0)
          throw new Error("cannot use element function with an empty list");
        const i = integer(a[1]);
        if (i < 0)
          throw new Error("cannot use element function with a negative index");
        return l[i % l.length];
      };
      const flatten = (a) => (arity("flatten", a, 1), flattenDeep(list(a[0])));
      const hasindex = (a) => {
        arity("hasindex", a, 2);
        const c = a[0];
        if (Array.isArray(c)) {
          const n = (0, hcl_value.i)(a[1]);
          return n !== null && Number.isInteger(n) && n >= 0 && n < c.length;
        }
        return obj(c).has(arguments_str(a[1]));
      };
      const collections_index = (a) => {
        arity("index", a, 2);
        const c = a[0];
        if (Array.isArray(c)) {
          const i = integer(a[1]);
          if (i < 0 || i >= c.length)
            throw new Error("the given index is not in the list");
          return c[i];
        }
        obj(c);
        throw new Error("collection must be a list, a map or a tuple");
      };
      const indexof = (a) => {
        arity("indexof", a, 2);
        const l = a[0];
        if (!Array.isArray(l))
          throw new Error("argument must be a list or tuple");
        if (l.length === 0)
          throw new Error("cannot search an empty list");
        const i = l.findIndex((v) => (0, hcl_value.lu)(v, a[1]));
        if (i < 0)
          throw new Error("item not found");
        return i;
      };
      const keys = (a) => (arity("keys", a, 1), (0, hcl_value.Mf)(obj(a[0])));
      const collections_length = (a) => {
        arity("length", a, 1);
        const v = a[0];
        if (Array.isArray(v))
          return v.length;
        if (v instanceof Map)
          return v.size;
        throw new hcl_value.zx(`Invalid function argument; collection must be a list, a map or a tuple, not ${(0, hcl_value.go)(v)}`);
      };
      const lookup = (a) => {
        arity("lookup", a, 2, 3);
        const o = obj(a[0]);
        const k = arguments_str(a[1]);
        if (o.has(k))
          return o.get(k);
        if (a.length === 3)
          return a[2];
        throw new Error(`the given key ${goQuote(k)} does not exist in the map`);
      };
      const merge = (a) => {
        const out = /* @__PURE__ */ new Map();
        for (const v of a) {
          if (v === null)
            continue;
          for (const [k, x] of obj(v))
            out.set(k, x);
        }
        return out;
      };
      const range = (a) => {
        arity("range", a, 1, 3);
        let start = 0;
        let end;
        let step = 1;
        if (a.length === 1)
          end = arguments_num(a[0]);
        else {
          start = arguments_num(a[0]);
          end = arguments_num(a[1]);
          if (a.length === 3)
            step = arguments_num(a[2]);
          else
            step = end < start ? -1 : 1;
        }
        if (step === 0)
          throw new Error("step must not be zero");
        if (step > 0 && end < start || step < 0 && end > start)
          throw new Error("step must be " + (step > 0 ? "negative" : "positive") + " for this range");
        const out = [];
        for (let v = start; step > 0 ? v < end : v > end; v += step) {
          out.push(v);
          if (out.length > 1024)
            throw new Error("more than 1024 values were generated; either decrease the difference between start and end or use a smaller step");
        }
        return out;
      };
      const reverselist = (a) => (arity("reverselist", a, 1), [...list(a[0])].reverse());
      const slice = (a) => {
        arity("slice", a, 3);
        const l = list(a[0]);
        const s = integer(a[1]);
        const e = integer(a[2]);
        if (s < 0 || e > l.length || s > e)
          throw new Error("invalid slice indices");
        return l.slice(s, e);
      };
      const sort = (a) => (arity("sort", a, 1), list(a[0]).map((v) => arguments_str(v)).sort(hcl_value.Kt));
      const values = (a) => {
        arity("values", a, 1);
        const o = obj(a[0]);
        return (0, hcl_value.Mf)(o).map((k) => o.get(k));
      };
      const zipmap = (a) => {
        arity("zipmap", a, 2);
        const k = list(a[0]);
        const v = list(a[1]);
        if (k.length !== v.length)
          throw new Error(`number of keys (${k.length}) does not match number of values (${v.length})`);
        const out = /* @__PURE__ */ new Map();
        k.forEach((key, i) => out.set(arguments_str(key), v[i]));
        return out;
      };
      const sethaselement = (a) => (arity("sethaselement", a, 2), list(a[0]).some((v) => (0, hcl_value.lu)(v, a[1])));
      const setintersection = (a) => {
        if (a.length === 0)
          throw new ArgError("setintersection() needs at least one set");
        const [first, ...rest] = a.map(toSet);
        return first.filter((v) => rest.every((s) => s.some((x) => (0, hcl_value.lu)(x, v))));
      };
      const setproduct = (a) => {
        let acc = [[]];
        for (const s of a)
          acc = acc.flatMap((p) => list(s).map((v) => [...p, v]));
        return a.length === 0 ? [] : acc;
      };
      const setsubtract = (a) => {
        arity("setsubtract", a, 2);
        const b = toSet(a[1]);
        return toSet(a[0]).filter((v) => !b.some((x) => (0, hcl_value.lu)(x, v)));
      };
      const setsymmetricdifference = (a) => {
        const sets = a.map(toSet);
        const all = (0, hcl_value.zf)(distinctValues(sets.flat()));
        return all.filter((v) => sets.filter((s) => s.some((x) => (0, hcl_value.lu)(x, v))).length % 2 === 1);
      };
      const setunion = (a) => (0, hcl_value.zf)(distinctValues(a.flatMap(toSet)));
      var external_node_crypto_ = __webpack_require__(7598);
      ;
      function rsaDecrypt(ciphertext, privateKey) {
        const compact2 = ciphertext.replace(/[\r\n]/g, "");
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact2) || compact2.length % 4 !== 0) {
          throw new Error(`failed to decode input ${JSON.stringify(ciphertext)}: cipher text must be base64-encoded`);
        }
        const c = Buffer.from(compact2, "base64");
        const block = decodePem(privateKey);
        if (!block)
          throw new Error("failed to parse key: no key found");
        if (block.headers.get("Proc-Type") === "4,ENCRYPTED") {
          throw new Error("failed to parse key: password protected keys are not supported. Please decrypt the key prior to use");
        }
        let jwk;
        try {
          jwk = (0, external_node_crypto_.createPrivateKey)({ key: block.bytes, format: "der", type: "pkcs1" }).export({ format: "jwk" });
        } catch {
          throw new Error("x509: failed to parse private key");
        }
        const n = bigintFrom(Buffer.from(jwk.n ?? "", "base64url"));
        const d = bigintFrom(Buffer.from(jwk.d ?? "", "base64url"));
        const k = n.toString(16).length + 1 >> 1;
        const fail2 = () => new Error("crypto/rsa: decryption error");
        if (k < 11 || c.length > k)
          throw fail2();
        const cInt = bigintFrom(c);
        if (cInt >= n)
          throw fail2();
        const em = Buffer.from(modPow(cInt, d, n).toString(16).padStart(k * 2, "0"), "hex");
        if (em[0] !== 0 || em[1] !== 2)
          throw fail2();
        const sep = em.indexOf(0, 2);
        if (sep < 10)
          throw fail2();
        return em.subarray(sep + 1).toString("utf8");
      }
      function decodePem(text) {
        const re = /-----BEGIN ([^\n-]*)-----\r?\n([\s\S]*?)-----END \1-----/g;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const headers = /* @__PURE__ */ new Map();
          let body = m[2];
          const lines = body.split(/\r?\n/);
          let i = 0;
          for (; i < lines.length; i++) {
            const h = /^([^:\s][^:]*):\s*(.*)$/.exec(lines[i]);
            if (!h)
              break;
            headers.set(h[1], h[2].trim());
          }
          if (headers.size > 0) {
            if (lines[i] !== "")
              continue;
            body = lines.slice(i + 1).join("\n");
          }
          const b64 = body.replace(/\s+/g, "");
          if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0)
            continue;
          return { type: m[1], headers, bytes: Buffer.from(b64, "base64") };
        }
        return void 0;
      }
      function bigintFrom(b) {
        return b.length === 0 ? 0n : BigInt(`0x${b.toString("hex")}`);
      }
      function modPow(base, exp, mod) {
        let result = 1n;
        let b = base % mod;
        let e = exp;
        while (e > 0n) {
          if (e & 1n)
            result = result * b % mod;
          b = b * b % mod;
          e >>= 1n;
        }
        return result;
      }
      ;
      function uuidV5(namespace, name) {
        const ns = {
          dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
          url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
          oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
          x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8"
        };
        const nsId = (ns[namespace] ?? namespace).replace(/-/g, "");
        if (!/^[0-9a-f]{32}$/i.test(nsId))
          throw new Error(`uuidv5() doesn't support namespace ${namespace}`);
        const h = (0, external_node_crypto_.createHash)("sha1").update(Buffer.from(nsId, "hex")).update(name).digest();
        h[6] = h[6] & 15 | 80;
        h[8] = h[8] & 63 | 128;
        const hex = h.subarray(0, 16).toString("hex");
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      }
      const md5 = fn1s((s) => (0, external_node_crypto_.createHash)("md5").update(s).digest("hex"));
      const sha1 = fn1s((s) => (0, external_node_crypto_.createHash)("sha1").update(s).digest("hex"));
      const sha256 = fn1s((s) => (0, external_node_crypto_.createHash)("sha256").update(s).digest("hex"));
      const sha512 = fn1s((s) => (0, external_node_crypto_.createHash)("sha512").update(s).digest("hex"));
      const uuidv4 = (a) => (arity("uuidv4", a, 0), (0, external_node_crypto_.randomUUID)());
      const uuidv5 = (a) => (arity("uuidv5", a, 2), uuidV5(arguments_str(a[0]), arguments_str(a[1])));
      const bcrypt = () => {
        throw new Error("bcrypt is not supported by bakekit (its output is random-salted and never reproducible)");
      };
      const rsadecrypt = (a) => (arity("rsadecrypt", a, 2), rsaDecrypt(arguments_str(a[0]), arguments_str(a[1])));
      var sync = __webpack_require__(5175);
      ;
      const base64decode = (a) => {
        arity("base64decode", a, 1);
        const s = arguments_str(a[0]);
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0)
          throw new Error("failed to decode base64 data");
        return Buffer.from(s, "base64").toString("utf8");
      };
      const base64encode = (a) => (arity("base64encode", a, 1), Buffer.from(arguments_str(a[0]), "utf8").toString("base64"));
      const byteslen = (a) => {
        arity("byteslen", a, 1);
        throw new hcl_value.zx('Invalid value for "buf" parameter: bytes required.', 0);
      };
      const bytesslice = (a) => {
        arity("bytesslice", a, 3);
        throw new hcl_value.zx('Invalid value for "buf" parameter: bytes required.', 0);
      };
      const csvdecode = (a) => {
        arity("csvdecode", a, 1);
        const rows = (0, sync.qg)(arguments_str(a[0]), { relax_column_count: false });
        if (rows.length === 0)
          throw new Error("missing header line");
        const [header, ...rest] = rows;
        return rest.map((r) => {
          const m = /* @__PURE__ */ new Map();
          header.forEach((h, i) => m.set(h, r[i] ?? ""));
          return m;
        });
      };
      const jsondecode = (a) => {
        arity("jsondecode", a, 1);
        try {
          return (0, hcl_value.ss)(JSON.parse(arguments_str(a[0])));
        } catch (e) {
          throw new Error(`invalid JSON: ${e.message}`);
        }
      };
      const jsonencode = (a) => (arity("jsonencode", a, 1), JSON.stringify((0, hcl_value.HO)(a[0])).replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")));
      const urlencode = fn1s((s) => encodeURIComponent(s).replace(/%20/g, "+").replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()));
      ;
      function goFormat(fmtStr, args) {
        let out = "";
        let argi = 0;
        const re = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+))?([a-zA-Z%])/g;
        let last = 0;
        let m;
        while (m = re.exec(fmtStr)) {
          out += fmtStr.slice(last, m.index);
          last = re.lastIndex;
          const [, flags = "", widthS, precS, verb] = m;
          if (verb === "%") {
            out += "%";
            continue;
          }
          if (argi >= args.length)
            throw new Error(`not enough arguments for "%${verb}" at ${m.index}`);
          const arg = args[argi++];
          let s;
          const prec = precS !== void 0 ? Number(precS) : void 0;
          switch (verb) {
            case "s":
              s = arguments_str(arg);
              if (prec !== void 0)
                s = s.slice(0, prec);
              break;
            case "q":
              s = goQuote(arguments_str(arg));
              break;
            case "v":
              s = arg === null ? "null" : typeof arg === "object" ? JSON.stringify((0, hcl_value.HO)(arg)) : arguments_str(arg);
              break;
            case "d": {
              const n = arguments_num(arg);
              s = String(Math.trunc(n));
              if (flags.includes("+") && n >= 0)
                s = "+" + s;
              break;
            }
            case "f":
            case "F": {
              const n = arguments_num(arg);
              s = n.toFixed(prec ?? 6);
              if (flags.includes("+") && n >= 0)
                s = "+" + s;
              break;
            }
            case "e":
              s = arguments_num(arg).toExponential(prec ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
              break;
            case "g":
              s = (0, hcl_value.ZV)(arguments_num(arg));
              break;
            case "t":
              s = arguments_bool(arg) ? "true" : "false";
              break;
            case "x":
              s = typeof arg === "string" ? Buffer.from(arg).toString("hex") : Math.trunc(arguments_num(arg)).toString(16);
              break;
            case "X":
              s = (typeof arg === "string" ? Buffer.from(arg).toString("hex") : Math.trunc(arguments_num(arg)).toString(16)).toUpperCase();
              break;
            case "o":
              s = Math.trunc(arguments_num(arg)).toString(8);
              break;
            case "b":
              s = Math.trunc(arguments_num(arg)).toString(2);
              break;
            default:
              throw new Error(`unsupported format verb %${verb}`);
          }
          const width = widthS !== void 0 && widthS !== "*" ? Number(widthS) : 0;
          if (s.length < width) {
            if (flags.includes("-"))
              s = s.padEnd(width);
            else if (flags.includes("0") && /[dfFeg]/.test(verb)) {
              const neg = s.startsWith("-") || s.startsWith("+");
              s = neg ? s[0] + s.slice(1).padStart(width - 1, "0") : s.padStart(width, "0");
            } else
              s = s.padStart(width);
          }
          out += s;
        }
        out += fmtStr.slice(last);
        if (argi < args.length)
          throw new Error(`too many arguments; only ${argi} used by format string`);
        return out;
      }
      const format = (a) => {
        if (a.length < 1)
          throw new ArgError("format() needs a format string");
        return goFormat(arguments_str(a[0]), a.slice(1));
      };
      const formatlist = (a) => {
        if (a.length < 1)
          throw new ArgError("formatlist() needs a format string");
        const f = arguments_str(a[0]);
        const rest = a.slice(1);
        const lens = rest.filter(Array.isArray).map((l) => l.length);
        if (lens.some((l) => l !== lens[0]))
          throw new Error("all list arguments must have the same length");
        const n = lens.length ? lens[0] : 1;
        const out = [];
        for (let i = 0; i < n; i++)
          out.push(goFormat(f, rest.map((v) => Array.isArray(v) ? v[i] : v)));
        return out;
      };
      ;
      const and = (a) => (arity("and", a, 2), arguments_bool(a[0]) && arguments_bool(a[1]));
      const equal = (a) => (arity("equal", a, 2), (0, hcl_value.lu)(a[0], a[1]));
      const not = (a) => (arity("not", a, 1), !arguments_bool(a[0]));
      const notequal = (a) => (arity("notequal", a, 2), !(0, hcl_value.lu)(a[0], a[1]));
      const or = (a) => (arity("or", a, 2), arguments_bool(a[0]) || arguments_bool(a[1]));
      ;
      function parseIPv4(s) {
        const parts = s.split(".");
        if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255))
          throw new Error(`invalid IP address ${goQuote(s)}`);
        return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
      }
      function formatIPv4(n) {
        return [24, 16, 8, 0].map((sh) => Math.floor(n / 2 ** sh) % 256).join(".");
      }
      function parseCIDR(s) {
        const [ip, bitsS] = s.split("/");
        if (ip === void 0 || bitsS === void 0 || !/^\d+$/.test(bitsS))
          throw new Error(`invalid CIDR address: ${s}`);
        const bits = Number(bitsS);
        if (bits > 32)
          throw new Error(`invalid CIDR address: ${s}`);
        const size = 2 ** (32 - bits);
        const base = Math.floor(parseIPv4(ip) / size) * size;
        return { base, bits };
      }
      function cidrSubnet(prefix, newbits, netnum) {
        const { base, bits } = parseCIDR(prefix);
        const nb = bits + newbits;
        if (nb > 32)
          throw new Error(`insufficient address space to extend prefix of ${bits} by ${newbits}`);
        if (netnum >= 2 ** newbits || netnum < 0)
          throw new Error(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
        return `${formatIPv4(base + netnum * 2 ** (32 - nb))}/${nb}`;
      }
      const cidrhost = (a) => {
        arity("cidrhost", a, 2);
        const { base, bits } = parseCIDR(arguments_str(a[0]));
        const size = 2 ** (32 - bits);
        let n = integer(a[1]);
        if (n < 0)
          n += size;
        if (n < 0 || n >= size)
          throw new Error(`prefix of ${bits} does not accommodate a host numbered ${integer(a[1])}`);
        return formatIPv4(base + n);
      };
      const cidrnetmask = (a) => {
        arity("cidrnetmask", a, 1);
        const { bits } = parseCIDR(arguments_str(a[0]));
        return formatIPv4(bits === 0 ? 0 : 2 ** 32 - 2 ** (32 - bits));
      };
      const cidrsubnet = (a) => (arity("cidrsubnet", a, 3), cidrSubnet(arguments_str(a[0]), integer(a[1]), integer(a[2])));
      const cidrsubnets = (a) => {
        if (a.length < 1)
          throw new ArgError("cidrsubnets() needs a prefix");
        const prefix = arguments_str(a[0]);
        const { base, bits } = parseCIDR(prefix);
        let next = base;
        return a.slice(1).map((nbV) => {
          const nb = bits + integer(nbV);
          if (nb > 32)
            throw new Error(`would extend prefix to ${nb} bits, which is too long for an IPv4 address`);
          const size = 2 ** (32 - nb);
          next = Math.ceil(next / size) * size;
          const out = `${formatIPv4(next)}/${nb}`;
          next += size;
          return out;
        });
      };
      ;
      function minMax(name, args, pick) {
        if (args.length === 0)
          throw new ArgError(`${name}() needs at least one argument`);
        return args.map((a) => arguments_num(a)).reduce((x, y) => pick(x, y));
      }
      const absolute = (a) => (arity("absolute", a, 1), Math.abs(arguments_num(a[0])));
      const add = (a) => (arity("add", a, 2), arguments_num(a[0]) + arguments_num(a[1]));
      const ceil = (a) => (arity("ceil", a, 1), Math.ceil(arguments_num(a[0])));
      const divide = (a) => {
        arity("divide", a, 2);
        if (arguments_num(a[1]) === 0)
          throw new Error("can't divide by zero");
        return arguments_num(a[0]) / arguments_num(a[1]);
      };
      const floor = (a) => (arity("floor", a, 1), Math.floor(arguments_num(a[0])));
      const greaterthan = fn2n((x, y) => x > y);
      const greaterthanorequalto = fn2n((x, y) => x >= y);
      const numeric_int = (a) => (arity("int", a, 1), Math.trunc(arguments_num(a[0])));
      const lessthan = fn2n((x, y) => x < y);
      const lessthanorequalto = fn2n((x, y) => x <= y);
      const log = (a) => (arity("log", a, 2), Math.log(arguments_num(a[0])) / Math.log(arguments_num(a[1])));
      const max = (a) => minMax("max", a, Math.max);
      const min = (a) => minMax("min", a, Math.min);
      const modulo = (a) => {
        arity("modulo", a, 2);
        if (arguments_num(a[1]) === 0)
          throw new Error("can't use modulo by zero");
        return arguments_num(a[0]) % arguments_num(a[1]);
      };
      const multiply = fn2n((x, y) => x * y);
      const negate = (a) => (arity("negate", a, 1), -arguments_num(a[0]));
      const parseint = (a) => {
        arity("parseint", a, 2);
        const s = arguments_str(a[0]);
        const base = integer(a[1]);
        if (base < 2 || base > 62)
          throw new Error("base must be a whole number between 2 and 62 inclusive");
        const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".slice(0, base);
        const neg = s.startsWith("-");
        const body = s.replace(/^[-+]/, "");
        const ci = base <= 36 ? body.toLowerCase() : body;
        if (ci === "" || [...ci].some((c) => !digits.includes(c)))
          throw new Error(`cannot parse ${goQuote(s)} as a base ${base} integer`);
        const n = [...ci].reduce((acc, c) => acc * base + digits.indexOf(c), 0);
        return neg ? -n : n;
      };
      const pow = fn2n((x, y) => x ** y);
      const signum = (a) => (arity("signum", a, 1), Math.sign(arguments_num(a[0])));
      const subtract = fn2n((x, y) => x - y);
      ;
      const basename = (a) => (arity("basename", a, 1), external_node_path_.posix.basename(arguments_str(a[0])) || (arguments_str(a[0]) === "" ? "." : "/"));
      const dirname = (a) => (arity("dirname", a, 1), external_node_path_.posix.dirname(arguments_str(a[0])));
      const homedir = (a) => (arity("homedir", a, 0), (0, external_node_os_.homedir)());
      ;
      function goReplacement(tpl) {
        return tpl.replace(/\$\{(\w+)\}|\$(\w+)/g, (_m, a, b) => {
          const name = a ?? b;
          return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
        });
      }
      function compileRegex(pattern, flags = "") {
        const m = /^\(\?([imsU]+)\)/.exec(pattern);
        if (m) {
          pattern = pattern.slice(m[0].length);
          flags += m[1].replace("U", "").replace("m", "m");
        }
        try {
          return new RegExp(pattern.replace(/\(\?P</g, "(?<"), flags + "u");
        } catch (e) {
          throw new Error(`invalid regexp pattern: ${e.message}`);
        }
      }
      function regexResult(re, m) {
        if (m.groups && Object.keys(m.groups).length > 0) {
          const o = /* @__PURE__ */ new Map();
          for (const k of Object.keys(m.groups).sort(hcl_value.Kt))
            o.set(k, m.groups[k] ?? "");
          return o;
        }
        if (m.length > 1)
          return m.slice(1).map((x) => x ?? "");
        void re;
        return m[0];
      }
      const regex = (a) => {
        arity("regex", a, 2);
        const re = compileRegex(arguments_str(a[0]));
        const m = re.exec(arguments_str(a[1]));
        if (!m)
          throw new Error("pattern did not match any part of the given string");
        return regexResult(re, m);
      };
      const regexall = (a) => {
        arity("regexall", a, 2);
        const re = compileRegex(arguments_str(a[0]), "g");
        return [...arguments_str(a[1]).matchAll(re)].map((m) => regexResult(re, m));
      };
      const regexReplace = (a) => (arity("regex_replace", a, 3), arguments_str(a[0]).replace(compileRegex(arguments_str(a[1]), "g"), goReplacement(arguments_str(a[2]))));
      ;
      function semverParse(v) {
        const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v.trim());
        if (!m)
          throw new Error("Invalid Semantic Version");
        const out = [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
        if (m[4])
          out.pre = m[4];
        return out;
      }
      function semverCompare(a, b) {
        for (let i = 0; i < 3; i++)
          if (a[i] !== b[i])
            return a[i] < b[i] ? -1 : 1;
        if (a.pre === b.pre)
          return 0;
        if (a.pre === void 0)
          return 1;
        if (b.pre === void 0)
          return -1;
        return a.pre < b.pre ? -1 : 1;
      }
      function semverCheck(version, constraint) {
        const v = semverParse(version);
        return constraint.split("||").some((alt) => alt.trim().split(/\s*,\s*|\s+(?=[<>=!~^])/).filter((c) => c !== "").every((c) => {
          const m = /^(>=|<=|!=|=|>|<|~>|~|\^)?\s*(.+)$/.exec(c.trim());
          if (!m)
            throw new Error(`improper constraint: ${c}`);
          const op = m[1] ?? "=";
          const raw = m[2];
          if (/^[xX*]$/.test(raw))
            return true;
          const parts = raw.replace(/^v/, "").split(".");
          const wild = parts.findIndex((p) => /^[xX*]$/.test(p));
          const given = wild >= 0 ? wild : parts.length;
          const c2 = semverParse(parts.map((p) => /^[xX*]$/.test(p) ? "0" : p).join("."));
          const cmp = semverCompare(v, c2);
          const upper2 = (level) => {
            const u = [...c2];
            u[level] = u[level] + 1;
            for (let i = level + 1; i < 3; i++)
              u[i] = 0;
            return semverCompare(v, u) < 0;
          };
          switch (op) {
            case "=":
              return given < 3 ? cmp >= 0 && upper2(Math.max(given - 1, 0)) : cmp === 0;
            case "!=":
              return cmp !== 0;
            case ">":
              return cmp > 0;
            case "<":
              return cmp < 0;
            case ">=":
              return cmp >= 0;
            case "<=":
              return cmp <= 0;
            case "~":
            case "~>":
              return cmp >= 0 && upper2(given >= 2 ? 1 : 0);
            case "^":
              return cmp >= 0 && upper2(c2[0] > 0 || given === 1 ? 0 : c2[1] > 0 || given === 2 ? 1 : 2);
          }
          return false;
        }));
      }
      const semvercmp = (a) => (arity("semvercmp", a, 2), semverCheck(arguments_str(a[0]), arguments_str(a[1])));
      ;
      const chomp = fn1s((s) => s.replace(/(\r\n|\n|\r)+$/, ""));
      const indent = (a) => {
        arity("indent", a, 2);
        const pad2 = " ".repeat(integer(a[0]));
        return arguments_str(a[1]).replace(/\n/g, "\n" + pad2);
      };
      const join = (a) => {
        if (a.length < 2)
          throw new ArgError("join() needs a separator and at least one list");
        const sep = arguments_str(a[0]);
        return a.slice(1).flatMap((l) => list(l)).map((v) => {
          if (v === null)
            throw new Error("element is null: cannot concatenate null values");
          return arguments_str(v);
        }).join(sep);
      };
      const lower = fn1s((s) => s.toLowerCase());
      const replace = (a) => (arity("replace", a, 3), arguments_str(a[0]).split(arguments_str(a[1])).join(arguments_str(a[2])));
      const reverse = fn1s((s) => [...new Intl.Segmenter().segment(s)].map((x) => x.segment).reverse().join(""));
      const sanitize = fn1s((s) => s.replace(/[^A-Za-z0-9_-]/gu, "_"));
      const split = (a) => (arity("split", a, 2), arguments_str(a[1]).split(arguments_str(a[0])));
      const strlen = (a) => (arity("strlen", a, 1), [...new Intl.Segmenter().segment(arguments_str(a[0]))].length);
      const substr = (a) => {
        arity("substr", a, 3);
        const chars = [...new Intl.Segmenter().segment(arguments_str(a[0]))].map((x) => x.segment);
        let off = integer(a[1]);
        let len = integer(a[2]);
        if (off < 0)
          off += chars.length;
        if (off < 0 || off > chars.length)
          throw new Error("offset out of range");
        if (len < 0 || off + len > chars.length)
          len = chars.length - off;
        return chars.slice(off, off + len).join("");
      };
      const title = fn1s((s) => s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, pre, c) => pre + c.toUpperCase()));
      const trim = (a) => {
        arity("trim", a, 2);
        const cut = /* @__PURE__ */ new Set([...arguments_str(a[1])]);
        const chars = [...arguments_str(a[0])];
        let s = 0;
        let e = chars.length;
        while (s < e && cut.has(chars[s]))
          s++;
        while (e > s && cut.has(chars[e - 1]))
          e--;
        return chars.slice(s, e).join("");
      };
      const trimprefix = (a) => {
        arity("trimprefix", a, 2);
        const s = arguments_str(a[0]);
        const p = arguments_str(a[1]);
        return s.startsWith(p) ? s.slice(p.length) : s;
      };
      const trimspace = fn1s((s) => s.trim());
      const trimsuffix = (a) => {
        arity("trimsuffix", a, 2);
        const s = arguments_str(a[0]);
        const p = arguments_str(a[1]);
        return p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
      };
      const upper = fn1s((s) => s.toUpperCase());
      ;
      const MONTHS = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
      ];
      const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
      function parseRFC3339(s) {
        const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(s);
        if (!m)
          throw new Error(`not a valid RFC3339 timestamp: ${goQuote(s)}`);
        const zone = m[8];
        const offsetMin = zone === "Z" || zone === "z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
        const ms = m[7] ? Math.round(Number(m[7]) * 1e3) : 0;
        const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms) - offsetMin * 6e4;
        return { date: new Date(utc), offsetMin };
      }
      function pad(n, w = 2) {
        return String(n).padStart(w, "0");
      }
      function zoneString(offsetMin, colon, zForUTC) {
        if (offsetMin === 0 && zForUTC)
          return "Z";
        const sign = offsetMin < 0 ? "-" : "+";
        const a = Math.abs(offsetMin);
        return `${sign}${pad(Math.floor(a / 60))}${colon ? ":" : ""}${pad(a % 60)}`;
      }
      function formatDate(fmt, t) {
        const local = new Date(t.date.getTime() + t.offsetMin * 6e4);
        const Y = local.getUTCFullYear();
        const Mo = local.getUTCMonth();
        const D = local.getUTCDate();
        const h = local.getUTCHours();
        const mi = local.getUTCMinutes();
        const se = local.getUTCSeconds();
        const wd = local.getUTCDay();
        let out = "";
        let i = 0;
        while (i < fmt.length) {
          const c = fmt[i];
          if (c === "'") {
            const end = fmt.indexOf("'", i + 1);
            if (end < 0)
              throw new Error("unterminated literal in format string");
            if (end === i + 1)
              out += "'";
            else
              out += fmt.slice(i + 1, end);
            i = end + 1;
            continue;
          }
          if (!/[A-Za-z]/.test(c)) {
            out += c;
            i++;
            continue;
          }
          let j = i;
          while (j < fmt.length && fmt[j] === c)
            j++;
          const tok = fmt.slice(i, j);
          i = j;
          switch (tok) {
            case "YYYY":
              out += pad(Y, 4);
              break;
            case "YY":
              out += pad(Y % 100);
              break;
            case "MMMM":
              out += MONTHS[Mo];
              break;
            case "MMM":
              out += MONTHS[Mo].slice(0, 3);
              break;
            case "MM":
              out += pad(Mo + 1);
              break;
            case "M":
              out += String(Mo + 1);
              break;
            case "DD":
              out += pad(D);
              break;
            case "D":
              out += String(D);
              break;
            case "EEEE":
              out += DAYS[wd];
              break;
            case "EEE":
              out += DAYS[wd].slice(0, 3);
              break;
            case "hh":
              out += pad(h);
              break;
            case "h":
              out += String(h);
              break;
            case "HH":
              out += pad(h % 12 === 0 ? 12 : h % 12);
              break;
            case "H":
              out += String(h % 12 === 0 ? 12 : h % 12);
              break;
            case "AA":
              out += h < 12 ? "AM" : "PM";
              break;
            case "aa":
              out += h < 12 ? "am" : "pm";
              break;
            case "mm":
              out += pad(mi);
              break;
            case "m":
              out += String(mi);
              break;
            case "ss":
              out += pad(se);
              break;
            case "s":
              out += String(se);
              break;
            case "ZZZZZ":
              out += zoneString(t.offsetMin, true, false);
              break;
            case "ZZZZ":
              out += zoneString(t.offsetMin, false, false);
              break;
            case "ZZZ":
              out += t.offsetMin === 0 ? "UTC" : zoneString(t.offsetMin, false, false);
              break;
            case "Z":
              out += zoneString(t.offsetMin, true, true);
              break;
            default:
              throw new Error(`invalid date format verb ${goQuote(tok)}: unsupported`);
          }
        }
        return out;
      }
      function rfc3339(t) {
        const local = new Date(t.date.getTime() + t.offsetMin * 6e4);
        const base = local.toISOString().slice(0, 19);
        return base + zoneString(t.offsetMin, true, true);
      }
      const DURATION_UNITS = {
        ns: 1e-6,
        us: 1e-3,
        "\xB5s": 1e-3,
        "\u03BCs": 1e-3,
        ms: 1,
        s: 1e3,
        m: 6e4,
        h: 36e5
      };
      const DURATION_UNIT = Object.keys(DURATION_UNITS).join("|");
      const DURATION = new RegExp(`^([-+]?)((?:\\d+(?:\\.\\d+)?(?:${DURATION_UNIT}))+)$`);
      const DURATION_PART = new RegExp(`(\\d+(?:\\.\\d+)?)(${DURATION_UNIT})`, "g");
      function parseGoDuration(s) {
        const m = DURATION.exec(s);
        if (!m)
          throw new Error(`time: invalid duration ${goQuote(s)}`);
        let total = 0;
        for (const part of m[2].matchAll(DURATION_PART))
          total += Number(part[1]) * DURATION_UNITS[part[2]];
        return m[1] === "-" ? -total : total;
      }
      function unixTimestampParts(ts) {
        const d = new Date(ts * 1e3);
        const year = d.getUTCFullYear();
        const start = Date.UTC(year, 0, 1);
        const yearDay = Math.floor((d.getTime() - start) / 864e5) + 1;
        const dayNum = (d.getUTCDay() + 6) % 7;
        const thursday = new Date(Date.UTC(year, d.getUTCMonth(), d.getUTCDate() - dayNum + 3));
        const isoYear = thursday.getUTCFullYear();
        const isoWeek = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / 864e5 / 7) + 1;
        return /* @__PURE__ */ new Map([
          ["day", d.getUTCDate()],
          ["hour", d.getUTCHours()],
          ["iso_week", isoWeek],
          ["iso_year", isoYear],
          ["minute", d.getUTCMinutes()],
          ["month", d.getUTCMonth() + 1],
          ["month_name", MONTHS[d.getUTCMonth()]],
          ["rfc3339", d.toISOString().slice(0, 19) + "Z"],
          ["second", d.getUTCSeconds()],
          ["weekday", d.getUTCDay()],
          ["weekday_name", DAYS[d.getUTCDay()]],
          ["year", year],
          ["year_day", yearDay]
        ]);
      }
      const formatdate = (a) => (arity("formatdate", a, 2), formatDate(arguments_str(a[0]), parseRFC3339(arguments_str(a[1]))));
      const formattimestamp = (a) => {
        arity("formattimestamp", a, 2);
        const f = arguments_str(a[0]);
        const t = typeof a[1] === "number" ? { date: new Date(a[1] * 1e3), offsetMin: 0 } : parseRFC3339(arguments_str(a[1]));
        if (f === "X")
          return String(Math.floor(t.date.getTime() / 1e3));
        return formatDate(f, t);
      };
      const timeadd = (a) => {
        arity("timeadd", a, 2);
        const t = parseRFC3339(arguments_str(a[0]));
        return rfc3339({ date: new Date(t.date.getTime() + parseGoDuration(arguments_str(a[1]))), offsetMin: t.offsetMin });
      };
      const timestamp = (a) => (arity("timestamp", a, 0), (/* @__PURE__ */ new Date()).toISOString().slice(0, 19) + "Z");
      const unixtimestampparse = (a) => (arity("unixtimestampparse", a, 1), unixTimestampParts(arguments_num(a[0])));
      ;
      const STDLIB = {
        absolute,
        add,
        and,
        base64decode,
        base64encode,
        basename,
        byteslen,
        bytesslice,
        ceil,
        chomp,
        chunklist,
        cidrhost,
        cidrnetmask,
        cidrsubnet,
        cidrsubnets,
        coalesce,
        coalescelist,
        compact,
        concat,
        contains,
        csvdecode,
        dirname,
        distinct,
        divide,
        element: collections_element,
        equal,
        flatten,
        floor,
        format,
        formatdate,
        formattimestamp,
        formatlist,
        greaterthan,
        greaterthanorequalto,
        hasindex,
        homedir,
        indent,
        index: collections_index,
        indexof,
        int: numeric_int,
        join,
        jsondecode,
        jsonencode,
        keys,
        length: collections_length,
        lessthan,
        lessthanorequalto,
        log,
        lookup,
        lower,
        max,
        md5,
        merge,
        min,
        modulo,
        multiply,
        negate,
        not,
        notequal,
        or,
        parseint,
        pow,
        range,
        regex_replace: regexReplace,
        regex,
        regexall,
        replace,
        reverse,
        reverselist,
        sanitize,
        semvercmp,
        sethaselement,
        setintersection,
        setproduct,
        setsubtract,
        setsymmetricdifference,
        setunion,
        sha1,
        sha256,
        sha512,
        signum,
        slice,
        sort,
        split,
        strlen,
        substr,
        subtract,
        timeadd,
        timestamp,
        title,
        trim,
        trimprefix,
        trimspace,
        trimsuffix,
        unixtimestampparse,
        upper,
        urlencode,
        uuidv4,
        uuidv5,
        values,
        zipmap,
        bcrypt,
        rsadecrypt
      };
      function stdlibFunction(name) {
        return Object.prototype.hasOwnProperty.call(STDLIB, name) ? STDLIB[name] : void 0;
      }
      var steps = __webpack_require__(5118);
      ;
      function readFunction(block) {
        const def = { name: block.labels[0], block };
        for (const item of block.body.items) {
          if (item.kind !== "attribute")
            continue;
          if (item.name === "params")
            def.params = item;
          else if (item.name === "variadic_params")
            def.variadic = item;
          else if (item.name === "result")
            def.result = item;
        }
        return def;
      }
      function defineFunction(f, scope, inProgress) {
        const name = f.name;
        const where = f.params?.pos ?? f.block.labelPos[0] ?? f.block.pos;
        if (inProgress.has(name))
          throw new bake_errors.o(`Invalid function; function cycle not allowed for ${name}`, where);
        if (!f.result)
          throw new bake_errors.o(`Invalid function; empty result not allowed for ${name}`, where);
        if (!f.params)
          throw new bake_errors.o(`Invalid function; empty params not allowed for ${name}`, where);
        const paramExpr = f.params.expr;
        if (paramExpr.kind !== "tuple")
          throw new bake_errors.o("Invalid params; params must be a list of parameter names", paramExpr.pos);
        const params = paramExpr.items.map((p) => {
          if (p.kind !== "var")
            throw new bake_errors.o("Invalid param element; Each parameter name must be an identifier.", p.pos);
          return p.name;
        });
        let variadic;
        if (f.variadic) {
          if (f.variadic.expr.kind !== "var")
            throw new bake_errors.o("Invalid param element; Each parameter name must be an identifier.", f.variadic.pos);
          variadic = f.variadic.expr.name;
        }
        const result = f.result.expr;
        inProgress.add(name);
        try {
          checkFunctionDeps(result, scope, /* @__PURE__ */ new Set([...params, ...variadic ? [variadic] : []]));
        } finally {
          inProgress.delete(name);
        }
        return (args, pos) => {
          if (args.length < params.length || !variadic && args.length > params.length) {
            throw new bake_errors.o(`Invalid function argument; Function "${name}" expects ${variadic ? "at least " : ""}${params.length} argument(s), got ${args.length}.`, pos);
          }
          const locals = /* @__PURE__ */ new Map();
          params.forEach((p, i) => locals.set(p, args[i]));
          if (variadic)
            locals.set(variadic, args.slice(params.length));
          return evaluate(result, childContext(scope, locals));
        };
      }
      function checkFunctionDeps(expr, scope, params) {
        const visit = (e, locals) => {
          switch (e.kind) {
            case "call":
              if (!["try", "can", "convert"].includes(e.name))
                scope.lookupFunction(e.name);
              e.args.forEach((a) => visit(a, locals));
              return;
            case "var":
              if (!locals.has(e.name) && !params.has(e.name)) {
                if (e.name !== "target" && e.name !== "group")
                  scope.lookupVariable(e.name);
              }
              return;
            case "template":
              for (const p of e.parts)
                visitTemplate(p, locals);
              return;
            case "getattr":
            case "splat":
              visit(e.obj, locals);
              return;
            case "index":
              visit(e.obj, locals);
              visit(e.key, locals);
              return;
            case "tuple":
              e.items.forEach((i) => visit(i, locals));
              return;
            case "object":
              e.items.forEach((i) => (visit(i.key, locals), visit(i.value, locals)));
              return;
            case "for": {
              visit(e.coll, locals);
              const inner = /* @__PURE__ */ new Set([...locals, e.valVar, ...e.keyVar ? [e.keyVar] : []]);
              if (e.keyExpr)
                visit(e.keyExpr, inner);
              visit(e.valExpr, inner);
              if (e.cond)
                visit(e.cond, inner);
              return;
            }
            case "cond":
              visit(e.cond, locals);
              visit(e.then, locals);
              visit(e.else, locals);
              return;
            case "binary":
              visit(e.left, locals);
              visit(e.right, locals);
              return;
            case "unary":
              visit(e.operand, locals);
              return;
            case "paren":
              visit(e.expr, locals);
              return;
            default:
              return;
          }
        };
        const visitTemplate = (p, locals) => {
          if (p.kind === "interp")
            visit(p.expr, locals);
          else if (p.kind === "if") {
            visit(p.cond, locals);
            p.then.forEach((x) => visitTemplate(x, locals));
            p.else.forEach((x) => visitTemplate(x, locals));
          } else if (p.kind === "for") {
            visit(p.coll, locals);
            const inner = /* @__PURE__ */ new Set([...locals, p.valVar, ...p.keyVar ? [p.keyVar] : []]);
            p.body.forEach((x) => visitTemplate(x, inner));
          }
        };
        try {
          visit(expr, /* @__PURE__ */ new Set());
        } catch (e) {
          if (e instanceof bake_errors.o && /cycle not allowed/.test(e.detail))
            throw e;
        }
      }
      ;
      function readVariable(block) {
        const def = { name: block.labels[0], block, validations: [] };
        for (const item of block.body.items) {
          if (item.kind === "attribute") {
            if (item.name === "default")
              def.defaultAttr = item;
            else if (item.name === "type")
              def.typeExpr = item.expr;
            else if (item.name === "description")
              def.descriptionExpr = item.expr;
          } else if (item.type === "validation") {
            let condition;
            let errorMessage;
            for (const a of item.body.items) {
              if (a.kind !== "attribute")
                continue;
              if (a.name === "condition")
                condition = a.expr;
              else if (a.name === "error_message")
                errorMessage = a.expr;
            }
            if (!condition)
              throw new bake_errors.o('Missing required argument; The argument "condition" is required, but no definition was found.', item.pos);
            def.validations.push({ condition, errorMessage, pos: item.pos });
          }
        }
        return def;
      }
      function variableValue(name, v, attr, scope, lookupOverride) {
        let def = attr;
        let type = { kind: "any" };
        let typeSpecified = false;
        if (!attr && v) {
          def = v.defaultAttr;
          if (v.typeExpr && !(v.typeExpr.kind === "literal" && v.typeExpr.value === null)) {
            type = typeFromExpr(v.typeExpr);
            typeSpecified = true;
          }
        }
        const pos = def?.pos ?? v?.block.pos;
        const isVar = v !== void 0;
        if (!def && !lookupOverride(name, false))
          return typeSpecified ? null : "";
        let value = null;
        let hasDefault = false;
        if (def) {
          value = evaluate(def.expr, scope);
          hasDefault = true;
          try {
            value = (0, hcl_value.bR)(value, type);
          } catch (e) {
            throw new bake_errors.o(`invalid type ${(0, hcl_value.xG)(type)} for variable ${name} default value: ${e.message}`, def.expr.pos);
          }
        }
        const override = isVar ? lookupOverride(name, typeSpecified) : void 0;
        if (!override)
          return value;
        const overridePos = v?.block.body.items[0]?.pos ?? v?.block.labelPos[0] ?? pos;
        const fail2 = (msg) => {
          throw new bake_errors.o(`Invalid value; ${msg}`, overridePos);
        };
        try {
          if (typeSpecified && override.json) {
            let parsed;
            try {
              parsed = JSON.parse(override.value);
            } catch (e) {
              return fail2(`failed to convert variable ${name} from JSON: ${e.message}`);
            }
            return (0, hcl_value.bR)((0, hcl_value.ss)(parsed), type);
          }
          if (type.kind === "list" || type.kind === "set" || type.kind === "tuple" || type.kind === "map") {
            try {
              return valueFromCSV(name, override.value, type);
            } catch (e) {
              return fail2(`failed to convert variable ${name} from CSV: ${e.message}`);
            }
          }
          if (typeSpecified && (0, hcl_value.Cb)(type))
            return convertPrimitive(name, override.value, type);
          if (typeSpecified)
            return fail2(`unsupported type ${(0, hcl_value.xG)(type)} for variable ${name}`);
          if (!hasDefault || value === null)
            return override.value;
          if (typeof value === "string")
            return override.value;
          if (typeof value === "number")
            return convertPrimitive(name, override.value, { kind: "number" });
          if (typeof value === "boolean")
            return convertPrimitive(name, override.value, { kind: "bool" });
          return fail2(`unsupported type ${Array.isArray(value) ? "tuple" : "object"} for variable ${name}`);
        } catch (e) {
          if (e instanceof bake_errors.o)
            throw e;
          throw new bake_errors.o(`Invalid value; ${e.message}`, overridePos);
        }
      }
      function parseGoFloat(s) {
        if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s))
          return void 0;
        return Number(s);
      }
      function convertPrimitive(name, value, t) {
        switch (t.kind) {
          case "string":
            return value;
          case "bool": {
            const b = (0, bake_entries.MY)(value);
            if (b === void 0)
              throw new Error(`failed to parse ${name} as bool: strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`);
            return b;
          }
          case "number": {
            const n = parseGoFloat(value);
            if (n === void 0) {
              const why = /^[+-]?(nan|inf|infinity)$/i.test(value) ? "invalid number value" : `strconv.ParseFloat: parsing ${JSON.stringify(value)}: invalid syntax`;
              throw new Error(`failed to parse ${name} as number: ${why}`);
            }
            return n;
          }
          default:
            throw new Error(`${name} of type ${(0, hcl_value.xG)(t)} is not a primitive`);
        }
      }
      function valueFromCSV(name, value, t) {
        const fields = (0, bake_entries.qZ)(value);
        const prim = (f, et) => {
          if (!(0, hcl_value.Cb)(et))
            throw new Error(`unsupported type ${(0, hcl_value.xG)(t)} for CSV specification`);
          try {
            return convertPrimitive(name, f, et);
          } catch (e) {
            throw new Error(`failed to parse element of type ${(0, hcl_value.xG)(t)}: ${e.message}`);
          }
        };
        switch (t.kind) {
          case "list":
            return fields.map((f) => prim(f, t.elem));
          case "set":
            return (0, hcl_value.bR)(fields.map((f) => prim(f, t.elem)), t);
          case "tuple":
            if (t.elems.length !== fields.length)
              throw new Error(`${(0, hcl_value.xG)(t)} expects ${t.elems.length} elements but only ${fields.length} provided`);
            return fields.map((f, i) => prim(f, t.elems[i]));
          case "map": {
            const m = /* @__PURE__ */ new Map();
            for (const f of fields) {
              const kv = f.split(":");
              if (kv.length !== 2)
                throw new Error(`expected one k/v pair but got ${kv.length} pieces from ${f}`);
              m.set(kv[0], prim(kv[1], t.elem));
            }
            return m;
          }
          default:
            throw new Error(`unsupported type ${(0, hcl_value.xG)(t)} for CSV specification`);
        }
      }
      function validateVariables(vars, scope) {
        const errors = [];
        for (const v of vars) {
          for (const rule of v.validations) {
            let result;
            try {
              result = evaluate(rule.condition, scope);
            } catch (e2) {
              errors.push((0, bake_errors.i)(e2, rule.condition.pos));
              continue;
            }
            if (result === null) {
              errors.push(new bake_errors.o("Invalid condition result; Condition expression must return either true or false, not null.", rule.condition.pos));
              continue;
            }
            let ok;
            try {
              ok = (0, hcl_value.XL)(result);
            } catch {
              errors.push(new bake_errors.o(`Invalid condition result; Invalid condition result value: a bool is required`, rule.condition.pos));
              continue;
            }
            if (ok)
              continue;
            let message = "This check failed, but has an invalid error message.";
            if (rule.errorMessage) {
              try {
                const m = evaluate(rule.errorMessage, scope);
                if (m !== null)
                  message = (0, hcl_value.oJ)(m) ?? message;
              } catch (e2) {
                errors.push((0, bake_errors.i)(e2, rule.errorMessage.pos));
                continue;
              }
            }
            errors.push(new bake_errors.o(`Validation failed; ${message}`, rule.condition.pos));
          }
        }
        if (errors.length === 0)
          return;
        const first = errors[0];
        if (errors.length === 1)
          throw first;
        const e = new bake_errors.o(`${first.detail}, and ${errors.length - 1} other diagnostic(s)`, first.file ? { file: first.file, line: first.line, column: first.column } : void 0);
        throw e;
      }
      ;
      class DefinitionEvaluator {
        opts;
        vars = /* @__PURE__ */ new Map();
        funcs = /* @__PURE__ */ new Map();
        attrs = /* @__PURE__ */ new Map();
        blocks = [];
        values = /* @__PURE__ */ new Map();
        valuesInProgress = /* @__PURE__ */ new Set();
        functions = /* @__PURE__ */ new Map();
        functionsInProgress = /* @__PURE__ */ new Set();
        instances;
        reserved;
        constructor(files, opts) {
          this.opts = opts;
          this.instances = new BlockInstances(this, (warning) => opts.onWarning?.(warning));
          this.reserved = /* @__PURE__ */ new Set(["target", "group", ...Object.keys(opts.builtins)]);
          for (const f of files) {
            for (const item of f.body.items) {
              if (item.kind === "attribute") {
                if (!this.reserved.has(item.name) && item.name !== "function")
                  this.attrs.set(item.name, item);
                continue;
              }
              switch (item.type) {
                case "variable":
                  if (item.labels.length !== 1)
                    throw new bake_errors.o(`Invalid block; a variable block needs exactly one label, got ${item.labels.length}`, item.pos);
                  if (!this.reserved.has(item.labels[0]))
                    this.vars.set(item.labels[0], readVariable(item));
                  break;
                case "function":
                  if (item.labels.length !== 1)
                    throw new bake_errors.o(`Invalid block; a function block needs exactly one label, got ${item.labels.length}`, item.pos);
                  if (!this.reserved.has(item.labels[0]))
                    this.funcs.set(item.labels[0], readFunction(item));
                  break;
                case "target":
                case "group":
                  if (item.labels.length !== 1) {
                    throw new bake_errors.o(`Invalid block; invalid block label: [${item.labels.join(" ")}]`, item.labelPos[0] ?? item.pos);
                  }
                  this.blocks.push(item);
                  break;
                default:
                  break;
              }
            }
          }
        }
        // ---- EvalContext (the global scope) ----
        lookupVariable(name) {
          if (name === "target" || name === "group")
            return this.instances.namespace(name);
          if (this.values.has(name))
            return this.values.get(name);
          if (name in this.opts.builtins || this.attrs.has(name) || this.vars.has(name))
            return this.resolveValue(name);
          return void 0;
        }
        lookupFunction(name) {
          const std = stdlibFunction(name);
          if (std)
            return std;
          if (this.functions.has(name))
            return this.functions.get(name);
          if (this.funcs.has(name))
            return this.resolveFunction(name);
          return void 0;
        }
        // ---- variables ----
        lookupOverride(name, favorJSON) {
          let value = this.opts.lookupVar(name);
          let json = false;
          if (value === void 0 || favorJSON) {
            const jsonName = name + "_JSON";
            if (!this.vars.has(jsonName) && !(jsonName in this.opts.builtins)) {
              const j = this.opts.lookupVar(jsonName);
              if (j !== void 0) {
                value = j;
                json = true;
              }
            }
          }
          return value === void 0 ? void 0 : { value, json };
        }
        resolveValue(name) {
          if (this.values.has(name))
            return this.values.get(name);
          if (name in this.opts.builtins) {
            this.values.set(name, this.opts.builtins[name]);
            return this.opts.builtins[name];
          }
          const v = this.vars.get(name);
          const attr = this.attrs.get(name);
          if (this.valuesInProgress.has(name))
            throw new Error(`Invalid expression; variable cycle not allowed for ${name}`);
          this.valuesInProgress.add(name);
          try {
            const value = variableValue(name, v, attr, this, (n, favorJSON) => this.lookupOverride(n, favorJSON));
            this.values.set(name, value);
            return value;
          } finally {
            this.valuesInProgress.delete(name);
          }
        }
        /** Every declared variable with its resolved value and type constraint (`--list=variables`; buildx ParseMeta). */
        listVariables() {
          return [...this.vars.values()].map((v) => {
            const typed = v.typeExpr && !(v.typeExpr.kind === "literal" && v.typeExpr.value === null);
            const description = v.descriptionExpr ? evaluate(v.descriptionExpr, this) : void 0;
            return {
              name: v.name,
              description: typeof description === "string" ? description : void 0,
              type: typed ? typeFromExpr(v.typeExpr) : void 0,
              value: this.resolveValue(v.name)
            };
          });
        }
        // ---- functions ----
        resolveFunction(name) {
          const fn = defineFunction(this.funcs.get(name), this, this.functionsInProgress);
          this.functions.set(name, fn);
          return fn;
        }
        // ---- blocks ----
        /** Evaluates everything and merges the blocks into `config` (which may hold compose targets). */
        evaluateInto(config) {
          (0, steps.rl)(this.evaluateSteps(config));
        }
        /** evaluateInto as steps, one per block instance (see steps.ts); checks opts.signal between them. */
        *evaluateSteps(config) {
          const signal = this.opts.signal;
          for (const name of this.vars.keys())
            this.resolveValue(name);
          validateVariables(this.vars.values(), this);
          for (const name of this.funcs.keys())
            if (!this.functions.has(name))
              this.resolveFunction(name);
          const renamed = /* @__PURE__ */ new Map();
          for (const block of this.blocks) {
            (0, steps.S5)(signal);
            yield;
            for (const inst of this.instances.register(block)) {
              if (inst.type === "target") {
                const names = renamed.get(inst.label) ?? [];
                names.push(inst.name);
                renamed.set(inst.label, names);
              }
            }
          }
          const targetByName = /* @__PURE__ */ new Map();
          for (const t of config.targets)
            if (!targetByName.has(t.name))
              targetByName.set(t.name, t);
          const groupIndex = /* @__PURE__ */ new Map();
          config.groups.forEach((g, i) => groupIndex.has(g.name) || groupIndex.set(g.name, i));
          for (const block of this.blocks) {
            for (const inst of this.instances.of(block)) {
              (0, steps.S5)(signal);
              yield;
              for (const name of inst.attrs.keys()) {
                if (inst.type === "target" ? (0, bake_target.eE)(name) : GROUP_ATTRIBUTES.includes(name))
                  this.instances.evalAttribute(inst, name);
              }
              if (inst.type === "target") {
                (0, file_relative.nf)(inst.target, inst.block);
                const existing = targetByName.get(inst.name);
                if (existing)
                  (0, bake_target.ux)(existing, inst.target);
                else {
                  const copy = copyTarget(inst.target);
                  config.targets.push(copy);
                  targetByName.set(inst.name, copy);
                }
              } else {
                const i = groupIndex.get(inst.name);
                const g = { ...inst.group, targets: [...inst.group.targets] };
                if (i !== void 0)
                  config.groups[i] = g;
                else {
                  groupIndex.set(inst.name, config.groups.length);
                  config.groups.push(g);
                }
              }
            }
          }
          for (const [label, names] of renamed) {
            const uniq = [...new Set(names)];
            if (uniq.length === 1 && uniq[0] === label)
              continue;
            config.groups.push({ name: label, targets: uniq });
          }
          for (const name of this.attrs.keys())
            this.resolveValue(name);
        }
      }
      function copyTarget(t) {
        const c = { name: t.name };
        (0, bake_target.ux)(c, t);
        if (t.description !== void 0)
          c.description = t.description;
        if (t.inherits)
          c.inherits = [...t.inherits];
        return c;
      }
      ;
      function globMatch(pattern, name) {
        const re = globCache.get(pattern) ?? compile(pattern);
        globCache.set(pattern, re);
        return re !== null && re.test(name);
      }
      const globCache = /* @__PURE__ */ new Map();
      function compile(pattern) {
        let out = "^";
        for (let i = 0; i < pattern.length; i++) {
          const c = pattern[i];
          if (c === "*")
            out += "[^/]*";
          else if (c === "?")
            out += "[^/]";
          else if (c === "\\") {
            i++;
            if (i >= pattern.length)
              return null;
            out += escapeRe(pattern[i]);
          } else if (c === "[") {
            const end = pattern.indexOf("]", i + 2);
            if (end < 0)
              return null;
            let body = pattern.slice(i + 1, end);
            const negate2 = body.startsWith("^");
            if (negate2)
              body = body.slice(1);
            out += `[${negate2 ? "^/" : ""}${body.replace(/[\]\\^]/g, (m) => "\\" + m)}]`;
            i = end;
          } else
            out += escapeRe(c);
        }
        try {
          return new RegExp(out + "$", "u");
        } catch {
          return null;
        }
      }
      function escapeRe(c) {
        return c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }
      function hasGlobChars(s) {
        return /[*?[\]]/.test(s);
      }
      ;
      class Scanner {
        src;
        file;
        offset = 0;
        lineStarts = [0];
        /** Innermost last: true where a newline terminates the current construct. */
        newlineStack = [true];
        /** Comments skipped so far, start offset \u2192 end offset (HCL never decodes them: invalid UTF-8 is allowed there). */
        comments = /* @__PURE__ */ new Map();
        constructor(src, file) {
          this.src = src;
          this.file = file;
          for (let i = 0; i < src.length; i++)
            if (src.charCodeAt(i) === 10)
              this.lineStarts.push(i + 1);
        }
        posAt(offset) {
          let lo = 0;
          let hi = this.lineStarts.length - 1;
          while (lo < hi) {
            const mid = lo + hi + 1 >> 1;
            if (this.lineStarts[mid] <= offset)
              lo = mid;
            else
              hi = mid - 1;
          }
          return { file: this.file, line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
        }
        pos() {
          return this.posAt(this.offset);
        }
        error(what, offset = this.offset) {
          return new bake_errors.o(what, this.posAt(offset));
        }
        pushNewlines(significant) {
          this.newlineStack.push(significant);
        }
        popNewlines() {
          this.newlineStack.pop();
        }
        get newlinesSignificant() {
          return this.newlineStack[this.newlineStack.length - 1];
        }
        eof() {
          return this.offset >= this.src.length;
        }
        peekChar(ahead = 0) {
          return this.src.charAt(this.offset + ahead);
        }
        startsWith(s) {
          return this.src.startsWith(s, this.offset);
        }
        /** Skips spaces and comments; newlines too when they are not significant here. */
        skipSpace() {
          const nl = this.newlinesSignificant;
          while (this.offset < this.src.length) {
            const c = this.src.charAt(this.offset);
            if (c === " " || c === "	" || c === "\r" || c === "\uFEFF") {
              this.offset++;
            } else if (c === "\n") {
              if (nl)
                return;
              this.offset++;
            } else if (c === "#" || c === "/" && this.peekChar(1) === "/") {
              const start = this.offset;
              let end = this.src.indexOf("\n", start);
              if (end < 0)
                end = this.src.length;
              this.comments.set(start, end);
              this.offset = end;
            } else if (c === "/" && this.peekChar(1) === "*") {
              const end = this.src.indexOf("*/", this.offset + 2);
              if (end < 0)
                throw this.error('unterminated block comment; expected "*/"');
              this.comments.set(this.offset, end + 2);
              this.offset = end + 2;
            } else {
              return;
            }
          }
        }
        /** Skips whitespace, comments and newlines regardless of the current mode. */
        skipSpaceAndNewlines() {
          this.pushNewlines(false);
          this.skipSpace();
          this.popNewlines();
        }
        atNewline() {
          return this.peekChar() === "\n";
        }
        /** Consumes `s` (after skipping space) if it is next. */
        accept(s) {
          this.skipSpace();
          if (!this.startsWith(s))
            return false;
          if (s === "=" && (this.peekChar(1) === "=" || this.peekChar(1) === ">"))
            return false;
          if ((s === "<" || s === ">" || s === "!") && this.peekChar(1) === "=")
            return false;
          if (s === "." && this.startsWith("..."))
            return false;
          this.offset += s.length;
          return true;
        }
        expect(s, context) {
          if (!this.accept(s))
            throw this.error(`expected "${s}" ${context}, found ${this.describeNext()}`);
        }
        describeNext() {
          this.skipSpace();
          if (this.eof())
            return "end of file";
          const c = this.peekChar();
          if (c === "\n")
            return "newline";
          const m = /^[A-Za-z_][A-Za-z0-9_-]*|^\S/.exec(this.src.slice(this.offset, this.offset + 40));
          return `"${m ? m[0] : c}"`;
        }
        static isIdentStart(c) {
          const code = c.charCodeAt(0);
          if (code >= 97 && code <= 122 || code >= 65 && code <= 90 || code === 95)
            return true;
          return code > 127 && /^\p{L}$/u.test(c);
        }
        static isIdentPart(c) {
          const code = c.charCodeAt(0);
          if (code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 95 || code === 45)
            return true;
          return code > 127 && /^[\p{L}\p{N}]$/u.test(c);
        }
        static IDENT = /[\p{L}_][\p{L}\p{N}_-]*/uy;
        static NUMBER = /[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
        /** Reads an identifier if one is next (HCL identifiers may contain dashes). */
        identifier() {
          this.skipSpace();
          const re = Scanner.IDENT;
          re.lastIndex = this.offset;
          const m = re.exec(this.src);
          if (!m)
            return void 0;
          this.offset += m[0].length;
          return m[0];
        }
        peekIdentifier() {
          const save = this.offset;
          const id2 = this.identifier();
          this.offset = save;
          return id2;
        }
        /** Reads a number literal if one is next. */
        number() {
          this.skipSpace();
          const re = Scanner.NUMBER;
          re.lastIndex = this.offset;
          const m = re.exec(this.src);
          if (!m)
            return void 0;
          this.offset += m[0].length;
          return Number(m[0]);
        }
      }
      ;
      const BINARY_LEVELS = [["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"]];
      const MAX_NESTING = 128;
      const OPERATOR_START = /* @__PURE__ */ new Set(["|", "&", "=", "!", "<", ">", "+", "-", "*", "/", "%"]);
      class ExpressionParser {
        s;
        /** When parsing a JSON string's contents, positions are reported relative to the string. */
        basePos;
        depth = 0;
        constructor(s, basePos) {
          this.s = s;
          this.basePos = basePos;
        }
        /** Runs one nested construct, failing with a BakeError (not a stack overflow) past MAX_NESTING levels. */
        nested(parse) {
          if (this.depth >= MAX_NESTING)
            throw this.s.error(`nesting too deep: more than ${MAX_NESTING} levels of brackets, blocks, templates or operators`);
          this.depth++;
          try {
            return parse();
          } finally {
            this.depth--;
          }
        }
        pos(offset = this.s.offset) {
          const p = this.s.posAt(offset);
          if (!this.basePos)
            return p;
          return p.line === 1 ? { file: p.file, line: this.basePos.line, column: this.basePos.column + p.column } : { file: p.file, line: this.basePos.line + p.line - 1, column: p.column };
        }
        parseExpr() {
          return this.nested(() => this.parseExprInner());
        }
        parseExprInner() {
          const s = this.s;
          s.skipSpace();
          const start = this.pos();
          const cond = this.parseBinary(0);
          if (s.accept("?")) {
            const then = this.parseExpr();
            s.expect(":", "in conditional expression");
            const els = this.parseExpr();
            return { kind: "cond", cond, then, else: els, pos: start };
          }
          return cond;
        }
        parseBinary(level) {
          if (level >= BINARY_LEVELS.length)
            return this.parseUnary();
          let left = this.parseBinary(level + 1);
          const s = this.s;
          for (; ; ) {
            s.skipSpace();
            if (!OPERATOR_START.has(s.peekChar()))
              return left;
            const op = BINARY_LEVELS[level].find((o) => s.startsWith(o) && !this.isOtherOperator(o));
            if (!op)
              return left;
            s.offset += op.length;
            const right = this.parseBinary(level + 1);
            left = { kind: "binary", op, left, right, pos: left.pos };
          }
        }
        /** `<` must not be read from `<=`/`<<`, `*` from `*]` (splat), `/` from comments, etc. */
        isOtherOperator(op) {
          const next = this.s.peekChar(op.length);
          if ((op === "<" || op === ">") && next === "=")
            return true;
          if (op === "<" && next === "<")
            return true;
          return false;
        }
        parseUnary() {
          const s = this.s;
          s.skipSpace();
          const p = this.pos();
          if (s.peekChar() === "!" && s.peekChar(1) !== "=") {
            s.offset++;
            return { kind: "unary", op: "!", operand: this.nested(() => this.parseUnary()), pos: p };
          }
          if (s.peekChar() === "-") {
            s.offset++;
            return { kind: "unary", op: "-", operand: this.nested(() => this.parseUnary()), pos: p };
          }
          return this.parsePostfix(this.parsePrimary());
        }
        parsePostfix(expr) {
          const s = this.s;
          for (; ; ) {
            s.skipSpace();
            const p = this.pos();
            if (s.peekChar() === "." && !s.startsWith("...")) {
              s.offset++;
              if (s.peekChar() === "*") {
                s.offset++;
                expr = { kind: "splat", obj: expr, each: this.parseSplatTraversal(), pos: p };
                continue;
              }
              const n = /^[0-9]+/.exec(s.src.slice(s.offset, s.offset + 20));
              if (n) {
                s.offset += n[0].length;
                expr = { kind: "index", obj: expr, key: { kind: "literal", value: Number(n[0]), pos: p }, pos: p };
                continue;
              }
              const name = s.identifier();
              if (name === void 0)
                throw s.error(`expected an attribute name after ".", found ${s.describeNext()}`);
              expr = { kind: "getattr", obj: expr, name, pos: expr.pos };
              continue;
            }
            if (s.peekChar() === "[") {
              s.offset++;
              s.pushNewlines(false);
              s.skipSpace();
              if (s.peekChar() === "*") {
                s.offset++;
                s.expect("]", 'to close the splat operator "[*]"');
                s.popNewlines();
                expr = { kind: "splat", obj: expr, each: this.parseSplatTraversal(), pos: p };
                continue;
              }
              const key = this.parseExpr();
              s.expect("]", "to close the index");
              s.popNewlines();
              expr = { kind: "index", obj: expr, key, pos: expr.pos };
              continue;
            }
            return expr;
          }
        }
        /** The traversal after a splat applies to each element: `a[*].b.c` maps `.b.c` over `a`. */
        parseSplatTraversal() {
          const anchor = { kind: "anchor", pos: this.pos() };
          let expr = anchor;
          const s = this.s;
          for (; ; ) {
            const save = s.offset;
            s.skipSpace();
            const p = this.pos();
            if (s.peekChar() === "." && Scanner.isIdentStart(s.peekChar(1))) {
              s.offset++;
              expr = { kind: "getattr", obj: expr, name: s.identifier(), pos: p };
              continue;
            }
            if (s.peekChar() === "[" && s.peekChar(1) !== "*") {
              s.offset++;
              s.pushNewlines(false);
              const key = this.parseExpr();
              s.expect("]", "to close the index");
              s.popNewlines();
              expr = { kind: "index", obj: expr, key, pos: p };
              continue;
            }
            s.offset = save;
            return expr;
          }
        }
        parsePrimary() {
          const s = this.s;
          s.skipSpace();
          const p = this.pos();
          const c = s.peekChar();
          if (c >= "0" && c <= "9") {
            return { kind: "literal", value: s.number(), pos: p };
          }
          if (c === '"')
            return this.parseQuotedTemplate();
          if (s.startsWith("<<"))
            return this.parseHeredoc();
          if (c === "(") {
            s.offset++;
            s.pushNewlines(false);
            const inner = this.parseExpr();
            s.expect(")", "to close the parenthesis");
            s.popNewlines();
            return { kind: "paren", expr: inner, pos: p };
          }
          if (c === "[")
            return this.parseTuple();
          if (c === "{")
            return this.parseObject();
          const name = s.identifier();
          if (name === void 0) {
            throw s.error(`expected an expression, found ${s.describeNext()}`);
          }
          if (name === "true")
            return { kind: "literal", value: true, pos: p };
          if (name === "false")
            return { kind: "literal", value: false, pos: p };
          if (name === "null")
            return { kind: "literal", value: null, pos: p };
          if (s.peekChar() === "(") {
            s.offset++;
            return this.parseCallArgs(name, p);
          }
          return { kind: "var", name, pos: p };
        }
        parseCallArgs(name, p) {
          const s = this.s;
          s.pushNewlines(false);
          const args = [];
          let expandFinal = false;
          for (; ; ) {
            s.skipSpace();
            if (s.accept(")"))
              break;
            args.push(this.parseExpr());
            if (s.accept("...")) {
              expandFinal = true;
              s.expect(")", `after the expanded final argument of ${name}()`);
              break;
            }
            if (s.accept(","))
              continue;
            s.expect(")", `to close the arguments of ${name}()`);
            break;
          }
          s.popNewlines();
          return { kind: "call", name, args, expandFinal, pos: p };
        }
        isForKeyword() {
          const s = this.s;
          const save = s.offset;
          const id2 = s.identifier();
          if (id2 !== "for") {
            s.offset = save;
            return false;
          }
          const next = s.peekIdentifier();
          s.offset = save;
          return next !== void 0;
        }
        parseTuple() {
          const s = this.s;
          const p = this.pos();
          s.offset++;
          s.pushNewlines(false);
          if (this.isForKeyword()) {
            const e = this.parseForRest(p, false);
            s.expect("]", "to close the for expression");
            s.popNewlines();
            return e;
          }
          const items = [];
          for (; ; ) {
            s.skipSpace();
            if (s.accept("]"))
              break;
            items.push(this.parseExpr());
            if (s.accept(","))
              continue;
            s.expect("]", "to close the list");
            break;
          }
          s.popNewlines();
          return { kind: "tuple", items, pos: p };
        }
        parseForRest(p, isObject) {
          const s = this.s;
          s.identifier();
          let keyVar;
          let valVar = s.identifier();
          if (valVar === void 0)
            throw s.error('expected an iterator variable name after "for"');
          if (s.accept(",")) {
            keyVar = valVar;
            valVar = s.identifier();
            if (valVar === void 0)
              throw s.error('expected a value variable name after "," in for expression');
          }
          if (s.identifier() !== "in")
            throw s.error('expected "in" in for expression');
          const coll = this.parseExpr();
          s.expect(":", "after the collection of the for expression");
          let keyExpr;
          let valExpr = this.parseExpr();
          let group = false;
          if (isObject) {
            s.expect("=>", "between key and value of an object for expression");
            keyExpr = valExpr;
            valExpr = this.parseExpr();
            if (s.accept("..."))
              group = true;
          }
          let cond;
          const save = s.offset;
          if (s.identifier() === "if")
            cond = this.parseExpr();
          else
            s.offset = save;
          return { kind: "for", keyVar, valVar, coll, keyExpr, valExpr, cond, group, pos: p };
        }
        parseObject() {
          const s = this.s;
          const p = this.pos();
          s.offset++;
          s.pushNewlines(false);
          if (this.isForKeyword()) {
            const e = this.parseForRest(p, true);
            s.expect("}", "to close the for expression");
            s.popNewlines();
            return e;
          }
          s.popNewlines();
          s.pushNewlines(true);
          const items = [];
          for (; ; ) {
            s.skipSpaceAndNewlines();
            if (s.accept("}"))
              break;
            const kp = this.pos();
            let key;
            const save = s.offset;
            const id2 = s.identifier();
            s.skipSpace();
            if (id2 !== void 0 && (s.peekChar() === "=" || s.peekChar() === ":") && !s.startsWith("==")) {
              key = { kind: "literal", value: id2, pos: kp };
            } else {
              s.offset = save;
              key = this.parseExpr();
            }
            if (!s.accept("=") && !s.accept(":")) {
              throw s.error(`expected "=" or ":" after an object key, found ${s.describeNext()}`);
            }
            const value = this.parseExpr();
            items.push({ key, value });
            s.skipSpace();
            if (s.accept(","))
              continue;
            if (s.atNewline())
              continue;
            if (s.accept("}"))
              break;
            throw s.error(`expected "," or a newline between object items, found ${s.describeNext()}`);
          }
          s.popNewlines();
          return { kind: "object", items, pos: p };
        }
      }
      ;
      const PLAIN_QUOTED = /["\\$%\n]/g;
      const PLAIN_HEREDOC = /[$%]/g;
      class TemplateParser extends ExpressionParser {
        /** Set by a `~}` strip marker: the next literal text loses its leading whitespace. */
        stripNextLeading = false;
        parseQuotedTemplate() {
          const s = this.s;
          s.skipSpace();
          s.offset++;
          const p = this.pos();
          const { nodes } = this.parseTemplateSeq({ kind: "quoted" }, []);
          s.offset++;
          return { kind: "template", parts: nodes, pos: p };
        }
        parseHeredoc() {
          const s = this.s;
          const p = this.pos();
          s.offset += 2;
          const indented = s.peekChar() === "-";
          if (indented)
            s.offset++;
          const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(s.src.slice(s.offset, s.offset + 200));
          if (!m)
            throw s.error('expected a heredoc marker identifier after "<<"');
          const marker = m[0];
          s.offset += marker.length;
          if (s.peekChar() === "\r")
            s.offset++;
          if (s.peekChar() !== "\n")
            throw s.error("expected a newline after the heredoc marker");
          s.offset++;
          const contentStart = s.offset;
          let lineStart = contentStart;
          let contentEnd = -1;
          let afterEnd = -1;
          while (lineStart <= s.src.length) {
            let nl = s.src.indexOf("\n", lineStart);
            if (nl < 0)
              nl = s.src.length;
            if (s.src.slice(lineStart, nl).trim() === marker) {
              contentEnd = lineStart;
              afterEnd = nl;
              break;
            }
            if (nl >= s.src.length)
              break;
            lineStart = nl + 1;
          }
          if (contentEnd < 0)
            throw s.error(`unterminated heredoc; expected a line containing only "${marker}"`, contentStart);
          s.pushNewlines(false);
          const { nodes } = this.parseTemplateSeq({ kind: "heredoc", end: contentEnd }, []);
          s.popNewlines();
          s.offset = afterEnd;
          if (indented)
            stripHeredocIndent(nodes, s.src.slice(contentStart, contentEnd));
          return { kind: "template", parts: nodes, pos: p };
        }
        /**
         * Parses template parts until the end of the template or one of the `terminators` directives
         * (`else`, `endif`, `endfor`), which is consumed and returned.
         */
        parseTemplateSeq(mode, terminators) {
          return this.nested(() => this.parseTemplateSeqInner(mode, terminators));
        }
        parseTemplateSeqInner(mode, terminators) {
          const s = this.s;
          const nodes = [];
          let text = "";
          const flush = () => {
            if (text === "")
              return;
            if (this.stripNextLeading) {
              text = text.replace(/^\s+/, "");
              this.stripNextLeading = false;
            }
            if (text !== "")
              nodes.push({ kind: "text", value: text });
            text = "";
          };
          const stripPrevious = () => {
            flush();
            const last = nodes[nodes.length - 1];
            if (last && last.kind === "text") {
              last.value = last.value.replace(/\s+$/, "");
              if (last.value === "")
                nodes.pop();
            }
          };
          for (; ; ) {
            const atEnd = mode.kind === "quoted" ? s.eof() || s.peekChar() === '"' : s.offset >= mode.end;
            if (atEnd) {
              if (mode.kind === "quoted" && s.eof())
                throw s.error('unterminated string; expected a closing "\\""');
              if (terminators.length > 0) {
                throw s.error(`unterminated template directive; expected %{ ${terminators[terminators.length - 1]} }`);
              }
              flush();
              return { nodes };
            }
            const c = s.peekChar();
            if (s.startsWith("$${")) {
              text += "${";
              s.offset += 3;
              continue;
            }
            if (s.startsWith("%%{")) {
              text += "%{";
              s.offset += 3;
              continue;
            }
            if (s.startsWith("${")) {
              s.offset += 2;
              if (s.peekChar() === "~") {
                s.offset++;
                stripPrevious();
              } else
                flush();
              s.pushNewlines(false);
              const expr = this.parseExpr();
              s.skipSpace();
              if (s.peekChar() === "~") {
                s.offset++;
                this.stripNextLeading = true;
              }
              s.expect("}", 'to close the interpolation "${"');
              s.popNewlines();
              nodes.push({ kind: "interp", expr });
              continue;
            }
            if (s.startsWith("%{")) {
              const tagOffset = s.offset;
              s.offset += 2;
              if (s.peekChar() === "~") {
                s.offset++;
                stripPrevious();
              } else
                flush();
              s.pushNewlines(false);
              const keyword = s.identifier();
              if (keyword !== void 0 && terminators.includes(keyword)) {
                this.closeDirective(keyword);
                s.popNewlines();
                return { nodes, ended: keyword };
              }
              if (keyword === "if") {
                const cond = this.parseExpr();
                this.closeDirective("if");
                s.popNewlines();
                const then = this.parseTemplateSeq(mode, ["else", "endif"]);
                let els = [];
                if (then.ended === "else")
                  els = this.parseTemplateSeq(mode, ["endif"]).nodes;
                nodes.push({ kind: "if", cond, then: then.nodes, else: els });
                continue;
              }
              if (keyword === "for") {
                const fp = this.pos(tagOffset);
                let keyVar;
                let valVar = s.identifier();
                if (valVar === void 0)
                  throw s.error('expected an iterator variable name after "for"');
                if (s.accept(",")) {
                  keyVar = valVar;
                  valVar = s.identifier();
                  if (valVar === void 0)
                    throw s.error('expected a value variable name after ","');
                }
                if (s.identifier() !== "in")
                  throw s.error('expected "in" in template for directive');
                const coll = this.parseExpr();
                this.closeDirective("for");
                s.popNewlines();
                const body = this.parseTemplateSeq(mode, ["endfor"]);
                nodes.push({ kind: "for", keyVar, valVar, coll, body: body.nodes, pos: fp });
                continue;
              }
              throw s.error(keyword === void 0 ? 'expected a template directive keyword (if, for) after "%{"' : `unexpected template directive "${keyword}"${terminators.length ? `; expected ${terminators.join(" or ")}` : ""}`, tagOffset);
            }
            if (mode.kind === "quoted") {
              if (c === "\n")
                throw s.error("unterminated string; a quoted string cannot contain a newline (use a heredoc)");
              if (c === "\\") {
                text += this.readEscape();
                continue;
              }
            }
            const special = mode.kind === "quoted" ? PLAIN_QUOTED : PLAIN_HEREDOC;
            special.lastIndex = s.offset + 1;
            const run = special.exec(s.src);
            let end = run ? run.index : s.src.length;
            if (mode.kind !== "quoted")
              end = Math.min(end, mode.end);
            text += s.src.slice(s.offset, end);
            s.offset = end;
          }
        }
        closeDirective(keyword) {
          const s = this.s;
          s.skipSpace();
          if (s.peekChar() === "~") {
            s.offset++;
            this.stripNextLeading = true;
          }
          s.expect("}", `to close the %{ ${keyword} } directive`);
        }
        readEscape() {
          const s = this.s;
          const start = s.offset;
          s.offset++;
          const e = s.peekChar();
          s.offset++;
          switch (e) {
            case "n":
              return "\n";
            case "r":
              return "\r";
            case "t":
              return "	";
            case '"':
              return '"';
            case "\\":
              return "\\";
            case "u":
            case "U": {
              const len = e === "u" ? 4 : 8;
              const hex = s.src.slice(s.offset, s.offset + len);
              if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len)
                throw s.error(`invalid \\${e} escape; expected ${len} hex digits`, start);
              s.offset += len;
              const cp = parseInt(hex, 16);
              if (cp > 1114111 || cp >= 55296 && cp <= 57343)
                throw s.error(`invalid escape sequence: cannot encode character U+${cp.toString(16).padStart(4, "0")} in UTF-8`, start);
              return String.fromCodePoint(cp);
            }
            default:
              throw s.error(`invalid escape sequence "\\${e}"; expected one of \\n \\r \\t \\" \\\\ \\u \\U`, start);
          }
        }
      }
      function stripHeredocIndent(nodes, raw) {
        let min2 = Infinity;
        for (const line of raw.split("\n")) {
          if (line.trim() === "")
            continue;
          const ws = /^[ \t]*/.exec(line)[0].length;
          min2 = Math.min(min2, ws);
        }
        if (!isFinite(min2) || min2 === 0)
          return;
        let atLineStart = true;
        const visit = (list2) => {
          for (const n of list2) {
            if (n.kind === "text") {
              let out = "";
              let i = 0;
              const v = n.value;
              while (i < v.length) {
                if (atLineStart) {
                  let k = 0;
                  while (k < min2 && (v[i] === " " || v[i] === "	")) {
                    i++;
                    k++;
                  }
                  atLineStart = false;
                  if (i >= v.length)
                    break;
                }
                const ch = v[i];
                out += ch;
                if (ch === "\n")
                  atLineStart = true;
                i++;
              }
              n.value = out;
            } else if (n.kind === "interp") {
              atLineStart = false;
            } else if (n.kind === "if") {
              visit(n.then);
              visit(n.else);
            } else {
              visit(n.body);
            }
          }
        };
        visit(nodes);
      }
      ;
      function parseHCL(src, file) {
        return runSteps(parseHCLSteps(src, file));
      }
      function* parseHCLSteps(src, file) {
        const scanner = new Scanner(src, file);
        let body;
        try {
          body = yield* new Parser(scanner).parseFileSteps();
        } catch (e) {
          throw encodingErrorOutsideComments(scanner, scanner.offset) ?? e;
        }
        const enc = encodingErrorOutsideComments(scanner, src.length);
        if (enc)
          throw enc;
        return body;
      }
      function encodingErrorOutsideComments(s, upTo) {
        const bad = (0, utf8.Cp)(s.src, 1e4).filter((o) => o <= upTo);
        if (bad.length === 0)
          return void 0;
        const comments = [...s.comments].sort((x, y) => x[0] - y[0]);
        const inComment = (o) => {
          let lo = 0;
          let hi = comments.length - 1;
          while (lo <= hi) {
            const mid = lo + hi >> 1;
            const [start, end] = comments[mid];
            if (o < start)
              hi = mid - 1;
            else if (o >= end)
              lo = mid + 1;
            else
              return true;
          }
          return false;
        };
        const outside = bad.filter((o) => !inComment(o));
        return outside.length > 0 ? (0, utf8.tu)(s.file, s.src, outside) : void 0;
      }
      function parseExpression(src, file = "<expr>") {
        const p = new Parser(new Scanner(src, file));
        p.s.pushNewlines(false);
        const e = p.parseExpr();
        p.s.skipSpace();
        if (!p.s.eof())
          throw p.s.error(`expected end of expression, found ${p.s.describeNext()}`);
        return e;
      }
      function parseTemplateString(src, pos) {
        const s = new Scanner(src, pos.file);
        const p = new Parser(s, pos);
        s.pushNewlines(false);
        const nodes = p.parseTemplateSeq({ kind: "raw", end: src.length }, []).nodes;
        return { kind: "template", parts: nodes, pos };
      }
      class Parser extends TemplateParser {
        /** A file's body, one top-level item per step (see steps.ts). */
        *parseFileSteps() {
          const items = [];
          const seen = /* @__PURE__ */ new Map();
          while (this.parseItem(false, items, seen))
            yield;
          return { items };
        }
        parseBody(inBlock) {
          const items = [];
          const seen = /* @__PURE__ */ new Map();
          while (this.parseItem(inBlock, items, seen))
            ;
          return { items };
        }
        /** Parses the next attribute or block of a body into `items`; false at the end of the body. */
        parseItem(inBlock, items, seen) {
          const s = this.s;
          s.skipSpaceAndNewlines();
          if (s.eof()) {
            if (inBlock)
              throw s.error('unexpected end of file; expected "}" to close the block');
            return false;
          }
          if (inBlock && s.peekChar() === "}")
            return false;
          const startOffset = s.offset;
          const name = s.identifier();
          if (name === void 0) {
            throw s.error(`expected an attribute or block definition, found ${s.describeNext()}`);
          }
          const namePos = this.pos(startOffset);
          s.skipSpace();
          if (s.accept("=")) {
            const first = seen.get(name);
            if (first) {
              throw new bake_errors.o(`Attribute redefined; The argument "${name}" was already set at ${first.file}:${first.line}:${first.column}. Each argument may be set only once.`, namePos);
            }
            seen.set(name, namePos);
            const expr = this.parseExpr();
            items.push({ kind: "attribute", name, expr, pos: namePos });
            this.expectItemEnd(inBlock, `after the value of "${name}"`);
            return true;
          }
          items.push(this.parseBlockRest(name, namePos, inBlock));
          return true;
        }
        /** An attribute or block must be followed by a newline (or the end of the enclosing block). */
        expectItemEnd(inBlock, what) {
          const s = this.s;
          s.skipSpace();
          if (s.eof() || s.atNewline())
            return;
          if (inBlock && s.peekChar() === "}")
            return;
          throw s.error(`expected a newline ${what}, found ${s.describeNext()}`);
        }
        parseBlockRest(type, pos, parentInBlock) {
          return this.nested(() => this.parseBlockRestInner(type, pos, parentInBlock));
        }
        parseBlockRestInner(type, pos, parentInBlock) {
          const s = this.s;
          const labels = [];
          const labelPos = [];
          for (; ; ) {
            s.skipSpace();
            const c = s.peekChar();
            if (c === '"') {
              const lp = this.pos();
              const labelOffset = s.offset;
              const t = this.parseQuotedTemplate();
              if (t.kind !== "template" || t.parts.some((p) => p.kind !== "text")) {
                throw s.error("block labels must be plain strings without interpolation", labelOffset);
              }
              labels.push(t.parts.map((p) => p.kind === "text" ? p.value : "").join(""));
              labelPos.push(lp);
              continue;
            }
            if (Scanner.isIdentStart(c)) {
              labelPos.push(this.pos());
              labels.push(s.identifier());
              continue;
            }
            break;
          }
          if (!s.accept("{")) {
            throw s.error(`expected "=" or a block opening "{" after "${type}", found ${s.describeNext()}`);
          }
          s.pushNewlines(true);
          let body;
          s.skipSpace();
          if (!s.atNewline() && s.peekChar() !== "}") {
            const attrOffset = s.offset;
            const name = s.identifier();
            if (name === void 0 || !s.accept("=")) {
              throw s.error("Invalid single-argument block definition; a single-line block may only contain one attribute", attrOffset);
            }
            const expr = this.parseExpr();
            body = { items: [{ kind: "attribute", name, expr, pos: this.pos(attrOffset) }] };
            s.skipSpace();
            if (s.peekChar() !== "}") {
              throw s.error('Invalid single-argument block definition; expected "}" after the only attribute of a single-line block');
            }
          } else {
            body = this.parseBody(true);
          }
          s.popNewlines();
          s.expect("}", `to close block "${type}"`);
          this.expectItemEnd(parentInBlock, `after block "${type}"`);
          return { kind: "block", type, labels, labelPos, body, pos };
        }
      }
      ;
      const SCHEMA_ATTRIBUTES = {
        target: (n) => n === "name" || n === "matrix" || (0, bake_target.eE)(n),
        group: (n) => ["name", "matrix", "description", "targets"].includes(n),
        variable: (n) => ["default", "type", "description"].includes(n),
        function: (n) => ["params", "variadic_params", "result"].includes(n),
        validation: (n) => ["condition", "error_message"].includes(n)
      };
      const at = (p) => `${p.file}:${p.line}:${p.column}`;
      function parseJSONWithPos(src, file) {
        const s = new Scanner(src, file);
        s.pushNewlines(false);
        const ws = () => {
          while (/[ \t\r\n\uFEFF]/.test(s.peekChar()) && !s.eof())
            s.offset++;
        };
        let depth = 0;
        const value = () => {
          ws();
          const pos = s.pos();
          const c = s.peekChar();
          if (c === "{" || c === "[") {
            if (depth >= MAX_NESTING)
              throw s.error(`nesting too deep: more than ${MAX_NESTING} levels of JSON objects and arrays`);
            depth++;
            try {
              return container(pos, c);
            } finally {
              depth--;
            }
          }
          if (c === '"')
            return { t: "string", value: stringLit(), pos };
          const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(s.src.slice(s.offset, s.offset + 100));
          if (!m)
            throw s.error(`expected a JSON value, found ${s.describeNext()}`);
          s.offset += m[0].length;
          if (m[0] === "true" || m[0] === "false")
            return { t: "bool", value: m[0] === "true", pos };
          if (m[0] === "null")
            return { t: "null", pos };
          return { t: "number", value: Number(m[0]), pos };
        };
        const container = (pos, c) => {
          if (c === "{") {
            s.offset++;
            const entries = [];
            ws();
            if (s.peekChar() === "}") {
              s.offset++;
              return { t: "object", entries, pos };
            }
            for (; ; ) {
              ws();
              const keyPos = s.pos();
              if (s.peekChar() !== '"')
                throw s.error(`expected a string object key in JSON, found ${s.describeNext()}`);
              const key = stringLit();
              ws();
              if (s.peekChar() !== ":")
                throw s.error(`expected ":" after JSON object key, found ${s.describeNext()}`);
              s.offset++;
              entries.push({ key, keyPos, value: value() });
              ws();
              if (s.peekChar() === ",") {
                s.offset++;
                continue;
              }
              if (s.peekChar() === "}") {
                s.offset++;
                return { t: "object", entries, pos };
              }
              throw s.error(`expected "," or "}" in JSON object, found ${s.describeNext()}`);
            }
          }
          if (c === "[") {
            s.offset++;
            const items = [];
            ws();
            if (s.peekChar() === "]") {
              s.offset++;
              return { t: "array", items, pos };
            }
            for (; ; ) {
              items.push(value());
              ws();
              if (s.peekChar() === ",") {
                s.offset++;
                continue;
              }
              if (s.peekChar() === "]") {
                s.offset++;
                return { t: "array", items, pos };
              }
              throw s.error(`expected "," or "]" in JSON array, found ${s.describeNext()}`);
            }
          }
          throw s.error(`expected a JSON value, found ${s.describeNext()}`);
        };
        const stringLit = () => {
          const start = s.offset;
          s.offset++;
          for (; ; ) {
            if (s.eof())
              throw s.error("unterminated JSON string", start);
            const c = s.peekChar();
            if (c === "\\") {
              s.offset += 2;
              continue;
            }
            if (c === '"')
              break;
            if (c === "\n")
              throw s.error("unterminated JSON string", start);
            s.offset++;
          }
          s.offset++;
          try {
            return JSON.parse(s.src.slice(start, s.offset));
          } catch {
            throw s.error("invalid escape in JSON string", start);
          }
        };
        const root = value();
        ws();
        if (!s.eof())
          throw s.error(`expected end of JSON document, found ${s.describeNext()}`);
        return root;
      }
      const BLOCK_TYPES = /* @__PURE__ */ new Set(["variable", "function", "group", "target"]);
      function parseHCLJSON(src, file) {
        const root = parseJSONWithPos(src, file);
        if (root.t !== "object")
          throw new bake_errors.o("the root of a bake JSON file must be an object", root.pos);
        const items = [];
        const seen = /* @__PURE__ */ new Map();
        for (const e of root.entries) {
          if (!BLOCK_TYPES.has(e.key)) {
            const first = seen.get(e.key);
            if (first)
              throw new bake_errors.o(`Duplicate attribute definition; The argument "${e.key}" was already set at ${at(first)}.`, e.keyPos);
            seen.set(e.key, e.keyPos);
          }
          if (BLOCK_TYPES.has(e.key))
            items.push(...jsonBlocks(e.key, e.value));
          else
            items.push({ kind: "attribute", name: e.key, expr: jsonExpr(e.value), pos: e.keyPos });
        }
        return { items };
      }
      function jsonBlocks(type, node) {
        const out = [];
        if (node.t === "array") {
          for (const item of node.items)
            out.push(...jsonBlocks(type, item));
          return out;
        }
        if (node.t !== "object")
          throw new bake_errors.o(`expected a JSON object of "${type}" blocks keyed by name`, node.pos);
        for (const e of node.entries) {
          const bodies = e.value.t === "array" ? e.value.items : [e.value];
          for (const b of bodies) {
            out.push({ kind: "block", type, labels: [e.key], labelPos: [e.keyPos], body: jsonBody(type, b), pos: e.keyPos });
          }
        }
        return out;
      }
      function jsonBody(type, node) {
        if (node.t !== "object")
          throw new bake_errors.o(`expected a JSON object for the body of a "${type}" block`, node.pos);
        const items = [];
        const known = SCHEMA_ATTRIBUTES[type];
        const seen = /* @__PURE__ */ new Map();
        for (const e of node.entries) {
          if (known?.(e.key)) {
            const first = seen.get(e.key);
            if (first)
              throw new bake_errors.o(`Duplicate argument; The argument "${e.key}" was already set at ${at(first)}.`, e.keyPos);
            seen.set(e.key, e.keyPos);
          }
          if (type === "variable" && e.key === "validation") {
            const list2 = e.value.t === "array" ? e.value.items : [e.value];
            for (const v of list2) {
              items.push({
                kind: "block",
                type: "validation",
                labels: [],
                labelPos: [],
                body: jsonBody("validation", v),
                pos: e.keyPos
              });
            }
            continue;
          }
          let expr;
          if (type === "variable" && e.key === "type" && e.value.t === "string") {
            expr = parseExpression(e.value.value, e.value.pos.file);
          } else if (type === "function" && (e.key === "params" || e.key === "variadic_params")) {
            expr = jsonKeywords(e.value);
          } else {
            expr = jsonExpr(e.value);
          }
          items.push({ kind: "attribute", name: e.key, expr, pos: e.keyPos });
        }
        return { items };
      }
      function jsonKeywords(node) {
        if (node.t === "string")
          return { kind: "var", name: node.value, pos: node.pos };
        if (node.t === "array")
          return { kind: "tuple", items: node.items.map(jsonKeywords), pos: node.pos };
        return jsonExpr(node);
      }
      function jsonExpr(node) {
        switch (node.t) {
          case "string":
            return parseTemplateString(node.value, node.pos);
          case "number":
            return { kind: "literal", value: node.value, pos: node.pos };
          case "bool":
            return { kind: "literal", value: node.value, pos: node.pos };
          case "null":
            return { kind: "literal", value: null, pos: node.pos };
          case "array":
            return { kind: "tuple", items: node.items.map(jsonExpr), pos: node.pos };
          case "object": {
            const seen = /* @__PURE__ */ new Map();
            for (const e of node.entries) {
              const first = seen.get(e.key);
              if (first)
                throw new bake_errors.o(`Duplicate object attribute; An attribute named "${e.key}" was already defined at ${at(first)}.`, e.keyPos);
              seen.set(e.key, e.keyPos);
            }
            return {
              kind: "object",
              items: node.entries.map((e) => ({
                key: { kind: "literal", value: e.key, pos: e.keyPos },
                value: jsonExpr(e.value)
              })),
              pos: node.pos
            };
          }
        }
      }
      ;
      const POLICY_FLAG_MARK = "\0--policy ";
      function policyFlagOverrides(values2) {
        return values2.map((v) => `*.policy+=${POLICY_FLAG_MARK}${v}`);
      }
      ;
      const LIST_KEYS = /* @__PURE__ */ new Set([
        "output",
        "cache-to",
        "cache-from",
        "tags",
        "platform",
        "secrets",
        "ssh",
        "attest",
        "entitlements",
        "annotations",
        "no-cache-filter",
        "ulimits",
        "policy"
      ]);
      const BUILDX_DROPS = {
        "no-cache-filter": "ignores the value and clears no-cache-filter",
        ulimits: "ignores the value and clears ulimits",
        network: "ignores the value and builds on the default network"
      };
      function expandTargets(pattern, targetNames) {
        if (targetNames.includes(pattern))
          return [pattern];
        const names = targetNames.filter((n) => globMatch(pattern, n));
        if (names.length === 0)
          throw new bake_errors.o(`could not find any target matching '${pattern}'`);
        return names;
      }
      function parseOverrides(set, targetNames, env, envLookupAllowed, onWarning) {
        const m = /* @__PURE__ */ new Map();
        for (const v of set) {
          const eq = v.indexOf("=");
          const left = eq < 0 ? v : v.slice(0, eq);
          const hasValue = eq >= 0;
          const rhs = hasValue ? v.slice(eq + 1) : "";
          const append = left.endsWith("+");
          const skey = append ? left.slice(0, -1) : left;
          const parts = skey.split(".");
          const keys2 = parts.length > 3 ? [parts[0], parts[1], parts.slice(2).join(".")] : parts;
          if (keys2.length < 2)
            throw new bake_errors.o(`invalid override key ${skey}, expected target.name`);
          const pattern = keys2[0];
          if (!hasValue && keys2[1] !== "args")
            throw new bake_errors.o(`invalid override ${v}, expected target.name=value`);
          const names = expandTargets(pattern, targetNames);
          const unlikeBuildx = BUILDX_DROPS[keys2[1]];
          if (unlikeBuildx && rhs !== "" && onWarning)
            onWarning(new bake_errors.o(`--set ${v}: applied as written; docker buildx bake (0.29 to 0.36) ${unlikeBuildx}, so its build would differ`));
          const okey = keys2.slice(1).join(".");
          for (const name of names) {
            let t = m.get(name);
            if (!t)
              m.set(name, t = /* @__PURE__ */ new Map());
            const o = t.get(okey) ?? { value: "", values: [], append: false };
            const k = keys2[1];
            if (LIST_KEYS.has(k)) {
              if (hasValue) {
                o.append = append;
                o.values.push(rhs);
              }
            } else if (k === "resources" || k === "secret") {
              if (keys2.length !== 3)
                throw new bake_errors.o(`invalid key ${left}, ${k} requires name`);
              if (append)
                throw new bake_errors.o(`invalid key ${left}, ${k} does not support append`);
              o.value = rhs;
            } else if (k === "args" || k === "contexts" || k === "labels" || k === "extra-hosts") {
              if (keys2.length !== 3)
                throw new bake_errors.o(`invalid key ${left}, ${k} requires name`);
              if (k === "args" && !hasValue) {
                if (envLookupAllowed) {
                  const ev = env(keys2[2]);
                  if (ev === void 0)
                    continue;
                  o.value = ev;
                }
              } else
                o.value = rhs;
            } else {
              o.value = rhs;
            }
            t.set(okey, o);
          }
        }
        return m;
      }
      function parseBoolKey(value, key) {
        const b = (0, bake_entries.MY)(value);
        if (b === void 0)
          throw new bake_errors.o(`invalid value ${value} for boolean key ${key}`);
        return b;
      }
      function plain(f) {
        try {
          return f();
        } catch (e) {
          if (e instanceof bake_errors.o)
            throw e;
          throw new bake_errors.o(e.message);
        }
      }
      function policyFlagsDisable(values2) {
        const configs = values2.map((v) => plain(() => (0, bake_entries.XL)(v)));
        for (const cfg of configs) {
          if (cfg.Files?.length)
            throw new bake_errors.o("--policy does not accept filename; define policy files in the bake definition");
          if (cfg.Reset)
            throw new bake_errors.o("--policy does not accept reset; define policy composition in the bake definition");
          if (cfg.Disabled) {
            if (cfg.Strict !== null || cfg.LogLevel !== null || configs.length > 1)
              throw new bake_errors.o("disabled policy cannot be combined with other policy flags");
            return true;
          }
        }
        return false;
      }
      function overrides_wrap(what, f) {
        try {
          return f();
        } catch (e) {
          if (e instanceof bake_errors.o)
            throw e;
          throw new bake_errors.o(`${what}: ${e.message}`);
        }
      }
      function setPush(outputs, push) {
        const out = outputs ? [...outputs] : [];
        if (!push) {
          for (let i = 0; i < out.length; ) {
            if (out[i].type === "registry") {
              out[i] = out[out.length - 1];
              out.pop();
              continue;
            }
            if (out[i].type === "image")
              out[i] = { ...out[i], push: "false" };
            i++;
          }
          return outputs === void 0 && out.length === 0 ? void 0 : out;
        }
        let addImage = true;
        for (let i = 0; i < out.length; i++) {
          if (out[i].type !== "docker")
            addImage = false;
          if (out[i].type === "image")
            out[i] = { ...out[i], push: "true" };
        }
        if (addImage)
          out.push({ type: "image", push: "true" });
        return out;
      }
      function setLoad(outputs, load) {
        if (!load)
          return outputs;
        for (const o of outputs ?? []) {
          if (o.type === "docker") {
            if (!o.dest)
              return outputs;
          } else if (!["image", "registry", "oci"].includes(o.type)) {
            return outputs;
          }
        }
        return [...outputs ?? [], { type: "docker" }];
      }
      function applyOverrides(t, overrides) {
        if (!overrides)
          return;
        const secretOverrides = [];
        for (const [key, o] of overrides) {
          const dot = key.indexOf(".");
          const k0 = dot < 0 ? key : key.slice(0, dot);
          const k1 = dot < 0 ? void 0 : key.slice(dot + 1);
          const value = o.value;
          switch (k0) {
            case "context":
              t.context = value;
              break;
            case "dockerfile":
              t.dockerfile = value;
              break;
            case "args":
              if (k1 === void 0)
                throw new bake_errors.o("invalid format for args, expecting args.<name>=<value>");
              (t.args ??= /* @__PURE__ */ new Map()).set(k1, value);
              break;
            case "contexts":
              if (k1 === void 0)
                throw new bake_errors.o("invalid format for contexts, expecting contexts.<name>=<value>");
              (t.contexts ??= /* @__PURE__ */ new Map()).set(k1, value);
              break;
            case "labels":
              if (k1 === void 0)
                throw new bake_errors.o("invalid format for labels, expecting labels.<name>=<value>");
              (t.labels ??= /* @__PURE__ */ new Map()).set(k1, value);
              break;
            case "extra-hosts":
              if (k1 === void 0)
                throw new bake_errors.o("invalid format for extra-hosts, expecting extra-hosts.<hostname>=<ip>");
              (t.extraHosts ??= /* @__PURE__ */ new Map()).set(k1, value);
              break;
            case "tags":
              t.tags = o.append ? [...t.tags ?? [], ...o.values] : [...o.values];
              break;
            case "platform":
              t.platforms = o.append ? [...t.platforms ?? [], ...o.values] : [...o.values];
              break;
            case "cache-from": {
              const entries = overrides_wrap("invalid value for cache-from", () => o.values.filter((v) => v !== "").flatMap(bake_entries.Uu));
              t.cacheFrom = o.append ? (0, bake_entries.xq)(t.cacheFrom, entries, bake_entries.fm) : entries;
              break;
            }
            case "cache-to": {
              const entries = overrides_wrap("invalid value for cache-to", () => o.values.filter((v) => v !== "").flatMap(bake_entries.Uu));
              t.cacheTo = o.append ? (0, bake_entries.xq)(t.cacheTo, entries, bake_entries.fm) : entries;
              break;
            }
            case "output": {
              const entries = overrides_wrap("invalid value for outputs", () => o.values.filter((v) => v !== "").map(bake_entries.Ji));
              t.output = o.append ? (0, bake_entries.xq)(t.output, entries, bake_entries.lX) : entries;
              break;
            }
            case "secrets": {
              const entries = overrides_wrap("invalid value for secrets", () => o.values.filter((v) => v !== "").map(bake_entries.HE));
              t.secret = o.append ? (0, bake_entries.xq)(t.secret, entries, bake_entries.Fs) : entries;
              break;
            }
            case "ssh": {
              const entries = overrides_wrap("invalid value for ssh", () => o.values.filter((v) => v !== "").map(bake_entries.R2));
              t.ssh = o.append ? (0, bake_entries.xq)(t.ssh, entries, bake_entries.uT) : entries;
              break;
            }
            case "secret":
              if (!k1)
                throw new bake_errors.o("invalid format for secret, expecting secret.<id>=<value>");
              secretOverrides.push([k1, o]);
              break;
            case "target":
              t.target = value;
              break;
            case "call":
              t.call = value;
              break;
            case "entitlements":
              t.entitlements = [...t.entitlements ?? [], ...o.values];
              break;
            case "annotations":
              t.annotations = [...t.annotations ?? [], ...o.values];
              break;
            case "attest": {
              const entries = overrides_wrap("invalid value for attest", () => o.values.filter((v) => v !== "").map(bake_entries.SV));
              t.attest = (0, bake_entries.xq)(t.attest, entries, bake_entries.Eg);
              break;
            }
            case "no-cache":
              t.noCache = parseBoolKey(value, "no-cache");
              break;
            case "pull":
              t.pull = parseBoolKey(value, "pull");
              break;
            case "push":
              t.output = setPush(t.output, parseBoolKey(value, "push"));
              break;
            case "load":
              t.output = setLoad(t.output, parseBoolKey(value, "load"));
              break;
            // buildx drops these three values (BUILDX_DROPS, with a warning from parseOverrides): we apply them
            case "network":
              t.network = value;
              break;
            case "no-cache-filter":
              t.noCacheFilter = o.append ? [...t.noCacheFilter ?? [], ...o.values] : [...o.values];
              break;
            case "ulimits":
              t.ulimits = o.append ? [...t.ulimits ?? [], ...o.values] : [...o.values];
              break;
            case "shm-size":
              t.shmSize = value;
              break;
            case "resources":
              if (!k1)
                throw new bake_errors.o("invalid format for resources, expecting resources.<name>=<value>");
              t.resources = plain(() => (0, bake_entries.nj)(t.resources, k1, value));
              break;
            case "policy": {
              const fromFlag = (v) => v.startsWith(POLICY_FLAG_MARK);
              const flagValues = o.values.filter(fromFlag).map((v) => v.slice(POLICY_FLAG_MARK.length));
              const disable = flagValues.length > 0 && policyFlagsDisable(flagValues);
              const configs = o.values.filter((v) => !(disable && fromFlag(v))).map((v) => plain(() => (0, bake_entries.XL)(fromFlag(v) ? v.slice(POLICY_FLAG_MARK.length) : v)));
              if (!o.append)
                t.policy = void 0;
              if (t.policy !== void 0 || configs.length)
                t.policy = [...t.policy ?? [], ...configs];
              if (disable)
                t.policy = [{ Files: null, Reset: false, Disabled: true, Strict: null, LogLevel: null }];
              break;
            }
            default:
              throw new bake_errors.o(`unknown key: ${k0}`);
          }
        }
        for (const [id2, o] of secretOverrides) {
          const s = t.secret?.find((x) => (x.id ?? "") === id2);
          if (!s)
            throw new bake_errors.o(`secret ${JSON.stringify(id2)} must be declared before it can be overridden`);
          const next = overrides_wrap("invalid value for secret", () => (0, bake_entries.HE)(o.value));
          if (next.id && next.id !== id2)
            throw new bake_errors.o(`secret override id ${JSON.stringify(next.id)} does not match declared secret ${JSON.stringify(id2)}`);
          const i = t.secret.indexOf(s);
          const updated = { id: s.id, src: next.src, env: next.env };
          t.secret[i] = Object.fromEntries(Object.entries(updated).filter(([, v]) => v));
        }
      }
      ;
      const MAX_SECRET_SIZE = 500 * 1024;
      const MAX_KEY_FILE = 100 * 1024;
      function session_checks_at(cwd, p) {
        return (0, external_node_path_.isAbsolute)(p) ? p : (0, external_node_path_.resolve)(cwd, p);
      }
      function checkSecrets(secrets, env, cwd) {
        for (const s of secrets) {
          if (!s.id)
            throw new bake_errors.o("secret missing ID");
          let src = s.src ?? "";
          if (!s.env && !src) {
            if (env[s.id] !== void 0)
              continue;
            src = s.id;
          }
          if (!src)
            continue;
          const p = session_checks_at(cwd, src);
          if (!(0, external_node_fs_.existsSync)(p))
            throw new bake_errors.o(`failed to stat ${src}: stat ${src}: no such file or directory`);
          if ((0, external_node_fs_.statSync)(p).size > MAX_SECRET_SIZE)
            throw new bake_errors.o(`secret ${s.id} too big. max size 500KiB`);
        }
      }
      function checkSsh(entries, env, cwd) {
        for (const s of entries) {
          const id2 = s.id || "default";
          const declared = s.paths ?? [];
          const conf = `{${id2} [${declared.join(" ")}] false}`;
          let paths = declared;
          if (paths.length === 0 || paths.length === 1 && paths[0] === "") {
            const sock = env.SSH_AUTH_SOCK ?? "";
            if (sock === "")
              throw new bake_errors.o(`failed to convert agent config ${conf}: invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set`);
            paths = [sock];
          }
          const fail2 = (why) => new bake_errors.o(`failed to convert agent config ${conf}: failed to convert agent config for ID: ${JSON.stringify(id2)}: ${why}`);
          for (const p of paths) {
            const full = session_checks_at(cwd, p);
            if (!(0, external_node_fs_.existsSync)(full))
              throw fail2(`stat ${p}: no such file or directory`);
            const st = (0, external_node_fs_.statSync)(full);
            if (st.isSocket())
              continue;
            if (st.isDirectory())
              throw fail2(`failed to read ${p}: read ${p}: is a directory`);
            const buf = Buffer.alloc(MAX_KEY_FILE);
            const fd = (0, external_node_fs_.openSync)(full, "r");
            let text;
            try {
              text = buf.subarray(0, (0, external_node_fs_.readSync)(fd, buf, 0, MAX_KEY_FILE, 0)).toString("latin1");
            } finally {
              (0, external_node_fs_.closeSync)(fd);
            }
            if (!/-----BEGIN [^\n]*-----/.test(text))
              throw fail2(`failed to parse ${p}: ssh: no key found`);
          }
        }
      }
      var git_ref = __webpack_require__(697);
      var go_url = __webpack_require__(2411);
      ;
      function gitSubdir(url, rel) {
        const clean = (0, go_path.t)(rel);
        if (clean === "." || url === "")
          return url;
        let parsed;
        try {
          parsed = (0, git_ref.T)(url);
        } catch {
          return url;
        }
        if (external_node_path_.posix.isAbsolute(rel))
          throw new Error(`${rel} is outside the Git repository of the source`);
        const subdir = parsed.subdir ? (0, go_path.t)(`${parsed.subdir}/${clean}`) : clean;
        if (subdir === ".." || subdir.startsWith("../")) {
          throw new Error(`${rel} is outside the Git repository of the source`);
        }
        const hash = url.indexOf("#");
        const q = url.indexOf("?");
        if (hash < 0 && q >= 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
          const query = (0, go_url.G)(url.slice(q + 1));
          if (query.has("subdir")) {
            query.set("subdir", [subdir]);
            return `${url.slice(0, q).replace(/^[a-z][a-z0-9+.-]*:/i, (s) => s.toLowerCase())}?${(0, go_url.j)(query)}`;
          }
        }
        const base = hash < 0 ? url : url.slice(0, hash);
        const fragment = hash < 0 ? "" : url.slice(hash + 1);
        const colon = fragment.indexOf(":");
        return `${base}#${colon < 0 ? fragment : fragment.slice(0, colon)}:${subdir}`;
      }
      function applyRemoteDefinition(t, url, isRemote) {
        const where = (what, fn) => {
          try {
            return fn();
          } catch (err) {
            throw new bake_errors.o(`remote definition ${url}: target "${t.name}": ${what} ${err.message}`);
          }
        };
        const copies = {
          url
        };
        for (const [k, v] of t.contexts ?? []) {
          if (/^(cwd:\/\/|target:|docker-image:|oci-layout:)/.test(v) || isRemote(v))
            continue;
          (copies.urls ??= {})[k] = where(`context ${k}`, () => gitSubdir(url, v));
          if (v !== ".")
            (copies.contexts ??= {})[k] = v;
        }
        const ctx = t.context ?? ".";
        if (!ctx.startsWith("cwd://") && !isRemote(ctx)) {
          const clean = (0, go_path.t)(ctx);
          t.context = where("context", () => gitSubdir(url, clean));
          if (clean !== ".")
            copies.context = clean;
        }
        if (copies.context !== void 0 || copies.urls)
          t.definitionCopies = copies;
      }
      ;
      const DEFAULT_FILENAMES = [
        "compose.yaml",
        "compose.yml",
        "docker-compose.yml",
        "docker-compose.yaml",
        "docker-bake.json",
        "docker-bake.hcl",
        "docker-bake.override.json",
        "docker-bake.override.hcl"
      ];
      function mayBeCompose(name) {
        const lower2 = name.toLowerCase();
        return !lower2.endsWith(".json") && !lower2.endsWith(".hcl");
      }
      function bakeFileNames(files, env) {
        if (files.length > 0)
          return { names: files, isDefault: false };
        const fromEnv = env.BUILDX_BAKE_FILE;
        if (!fromEnv)
          return { names: DEFAULT_FILENAMES, isDefault: true };
        const sep = env.BUILDX_BAKE_PATH_SEPARATOR || ":";
        const names = fromEnv.split(sep).map((s) => s.trim()).filter((s) => s !== "");
        return { names, isDefault: false };
      }
      function readFiles(inputs) {
        const { names, isDefault } = bakeFileNames(inputs.files, inputs.env);
        const out = [];
        for (const raw of names) {
          const name = raw.startsWith("cwd://") ? raw.slice("cwd://".length) : raw;
          if (name === "-") {
            out.push({ name, data: (0, utf8.yA)(name, (0, external_node_fs_.readFileSync)(0), false) });
            continue;
          }
          const p = (0, external_node_path_.resolve)(inputs.cwd, name);
          if (!(0, external_node_fs_.existsSync)(p)) {
            if (isDefault)
              continue;
            throw new bake_errors.o(`open ${name}: no such file or directory`);
          }
          if ((0, external_node_fs_.statSync)(p).isDirectory())
            throw new bake_errors.o(`read ${name}: is a directory`);
          out.push({ name, data: (0, utf8.yA)(name, (0, external_node_fs_.readFileSync)(p), name.toLowerCase().endsWith(".hcl")) });
        }
        if (out.length === 0)
          throw new bake_errors.o("couldn't find a bake definition");
        return out;
      }
      function envFlag(env, name) {
        const v = env[name];
        return v !== void 0 && (0, bake_entries.MY)(v) === true;
      }
      function localPlatform() {
        switch ((0, external_node_os_.arch)()) {
          case "x64":
            return "linux/amd64";
          case "arm64":
            return "linux/arm64/v8";
          case "arm":
            return "linux/arm/v7";
          case "ia32":
            return "linux/386";
          default:
            return `linux/${(0, external_node_os_.arch)()}`;
        }
      }
      function loadConfig(files, inputs, meta) {
        return runSteps(loadConfigSteps(files, inputs, meta));
      }
      function* loadConfigSteps(files, inputs, meta) {
        const envLookup = !envFlag(inputs.env, "BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP");
        const fileRelative = (0, file_relative.at)(inputs.env);
        const composeFiles = [];
        const hclFiles = [];
        const yaml = () => {
          if (!inputs.yaml)
            throw new Error("internal error: resolving a compose file without BakeInputs.yaml (see resolveBakeAsync)");
          return inputs.yaml;
        };
        for (const f of files) {
          const lower2 = f.name.toLowerCase();
          if (lower2.endsWith(".yml") || lower2.endsWith(".yaml")) {
            const { error } = loadComposeYaml(f, yaml());
            if (error)
              throw new bake_errors.o(`failed to parse ${f.name}: ${error}`);
            composeFiles.push(f);
            continue;
          }
          let composeError;
          if (mayBeCompose(f.name)) {
            const { doc, error } = loadComposeYaml(f, yaml());
            if (doc) {
              composeFiles.push(f);
              continue;
            }
            composeError = error;
          }
          let body;
          if (lower2.endsWith(".json"))
            body = parseHCLJSON(f.data, f.name);
          else if (lower2.endsWith(".hcl"))
            body = yield* parseHCLSteps(f.data, f.name);
          else {
            try {
              body = yield* parseHCLSteps(f.data, f.name);
            } catch (hclErr) {
              try {
                body = parseHCLJSON(f.data, f.name);
              } catch {
                throw new bake_errors.o(`failed to parse ${f.name}: parsing yaml: ${composeError}, parsing hcl: ${hclErr.message}`);
              }
            }
          }
          hclFiles.push({ name: f.name, body });
        }
        let config = { targets: [], groups: [] };
        if (composeFiles.length > 0) {
          config = parseCompose(composeFiles, composeEnvironment(inputs.env, inputs.cwd, envLookup, inputs.vars), yaml(), {
            cwd: inputs.cwd,
            home: inputs.env.HOME
          });
          if (fileRelative)
            (0, file_relative.vL)(config, composeFiles);
        }
        if (hclFiles.length > 0) {
          const ev = new DefinitionEvaluator(hclFiles, {
            builtins: { BAKE_CMD_CONTEXT: inputs.cmdContext ?? "cwd://", BAKE_LOCAL_PLATFORM: localPlatform() },
            lookupVar: (name) => inputs.vars && Object.hasOwn(inputs.vars, name) ? inputs.vars[name] : envLookup ? inputs.env[name] : void 0,
            onWarning: inputs.onWarning,
            signal: inputs.signal
          });
          yield* ev.evaluateSteps(config);
          if (meta)
            meta.variables.push(...ev.listVariables());
        }
        for (const g of config.groups)
          g.targets = [...new Set(g.targets)];
        if (fileRelative)
          (0, file_relative.Oq)(config);
        return config;
      }
      class Resolver {
        config;
        signal;
        overrides;
        /** By name, the first of each name (what a linear find returned): resolution is linear in the definition. */
        targetsByName = /* @__PURE__ */ new Map();
        groupsByName = /* @__PURE__ */ new Map();
        /** Groups found to contain themselves, with the path back (resolveGroup). */
        groupCycles = /* @__PURE__ */ new Map();
        constructor(config, set, env, signal, onWarning) {
          this.config = config;
          this.signal = signal;
          for (const t of config.targets)
            if (!this.targetsByName.has(t.name))
              this.targetsByName.set(t.name, t);
          for (const g of config.groups)
            if (!this.groupsByName.has(g.name))
              this.groupsByName.set(g.name, g);
          const envLookup = !envFlag(env, "BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP");
          this.overrides = parseOverrides(set, config.targets.map((t) => t.name), (n) => env[n], envLookup, onWarning);
        }
        matchNames(pattern) {
          if (!hasGlobChars(pattern))
            return [pattern];
          const names = [...this.config.groups.map((g) => g.name), ...this.config.targets.map((t) => t.name)].filter((n) => globMatch(pattern, n));
          if (names.length === 0)
            throw new bake_errors.o(`could not find any target matching ${JSON.stringify(pattern)}`);
          return names;
        }
        findGroup(name) {
          return this.groupsByName.get(name);
        }
        /** Depth-first group expansion; a member naming a group being expanded falls back to a target. */
        resolveGroup(name) {
          const visited = /* @__PURE__ */ new Map();
          const path = [];
          const walk = (n) => {
            const v = visited.get(n);
            if (v) {
              const at2 = path.indexOf(n);
              if (at2 >= 0 && !this.groupCycles.has(n))
                this.groupCycles.set(n, [...path.slice(at2), n]);
              return v;
            }
            const g = this.findGroup(n);
            if (!g)
              return { targets: [n], groups: [] };
            visited.set(n, { targets: [], groups: [] });
            path.push(n);
            const targets = [];
            const groups = [n];
            for (const member of g.targets) {
              const r2 = walk(member);
              if (r2.targets.length > 0)
                for (const t of r2.targets)
                  targets.push(t);
              else
                targets.push(member);
              for (const x of r2.groups)
                groups.push(x);
            }
            path.pop();
            const res = { targets, groups };
            visited.set(n, res);
            return res;
          };
          const r = walk(name);
          return { targets: [...new Set(r.targets)], groups: [...new Set(r.groups)] };
        }
        resolveTarget(name) {
          const t = this.target(name, /* @__PURE__ */ new Map(), []);
          t.inherits = void 0;
          if (t.context === void 0)
            t.context = (0, file_relative.T1)(t);
          if (t.dockerfile === void 0 || t.dockerfile === "")
            t.dockerfile = "Dockerfile";
          return t;
        }
        /**
         * Inheritance: parents left to right (each fully resolved, with its own overrides), then the
         * target itself, then its overrides. buildx silently skips an `inherits` back-edge; we
         * report the cycle instead.
         */
        target(name, visited, stack) {
          const done = visited.get(name);
          if (done)
            return done;
          if (stack.includes(name)) {
            const cycle = [...stack.slice(stack.indexOf(name)), name];
            throw new bake_errors.o(`inherits cycle: ${cycle.join(" -> ")}`);
          }
          const t = this.targetsByName.get(name);
          if (!t) {
            const cycle = this.groupCycles.get(name);
            if (cycle)
              throw new bake_errors.o(`failed to find target ${name}: group "${name}" contains itself (${cycle.join(" -> ")}) and no target is named ${name}`);
            throw new bake_errors.o(`failed to find target ${name}`);
          }
          const inherited = { name };
          for (const parent of t.inherits ?? []) {
            (0, bake_target.ux)(inherited, this.target(parent, visited, [...stack, name]));
          }
          const m = { name };
          (0, bake_target.ux)(m, inherited);
          (0, bake_target.ux)(m, (0, bake_target.j)(t));
          applyOverrides(m, this.overrides.get(name));
          (0, bake_target.R_)(m);
          visited.set(name, m);
          return m;
        }
        /** Follows `target:` contexts (buildx loadLinks): adds linked targets, checks loops and platforms. */
        loadLinks(name, t, all, visited) {
          visited = [...visited, name];
          for (const key of [...t.contexts?.keys() ?? []].sort()) {
            const v = t.contexts.get(key);
            if (!v.startsWith("target:"))
              continue;
            const dep = v.slice("target:".length);
            if (dep === name)
              throw new bake_errors.o(`target ${dep} cannot link to itself`);
            if (visited.includes(dep))
              throw new bake_errors.o(`infinite loop from ${name} to ${dep}`);
            let t2 = all.get(dep);
            if (!t2) {
              t2 = this.resolveTarget(dep);
              t2.output = [{ type: "cacheonly" }];
              t2.linked = true;
              all.set(dep, t2);
            }
            this.loadLinks(dep, t2, all, visited);
            for (const e of t2.entitlements ?? []) {
              if (!(t.entitlements ?? []).includes(e))
                t.entitlements = [...t.entitlements ?? [], e];
            }
            if ((t.platforms?.length ?? 0) > 1 && (t2.platforms?.length ?? 0) > 1) {
              if (!t.platforms.every((p) => t2.platforms.includes(p))) {
                throw new bake_errors.o(`target ${dep} can't be used by ${name} because its platforms [${t.platforms.join(" ")}] are not a subset of [${t2.platforms.join(" ")}]`);
              }
            }
          }
        }
        readTargets(requested) {
          return (0, steps.rl)(this.readTargetsSteps(requested));
        }
        /** readTargets as steps, one per target (see steps.ts). */
        *readTargetsSteps(requested) {
          let names = (requested.length ? requested : ["default"]).map((t) => t.replace(/\./g, "_"));
          names = [...new Set(names.flatMap((n) => this.matchNames(n)))];
          const targets = /* @__PURE__ */ new Map();
          const groups = /* @__PURE__ */ new Map();
          for (const n of names) {
            const r = this.resolveGroup(n);
            for (const tname of r.targets) {
              (0, steps.S5)(this.signal);
              yield;
              targets.set(tname, this.resolveTarget(tname));
            }
            for (const gname of r.groups) {
              const g = this.findGroup(gname);
              if (g)
                groups.set(gname, { ...g, targets: [...g.targets] });
            }
          }
          for (const n of names) {
            if (n === "default" && groups.has("default"))
              continue;
            if (!groups.has("default"))
              groups.set("default", { name: "default", targets: [] });
            groups.get("default").targets.push(n);
          }
          const def = groups.get("default");
          if (def)
            def.targets = [...new Set(def.targets)].sort(compareBytes);
          for (const name of [...targets.keys()].sort(compareBytes)) {
            yield;
            this.loadLinks(name, targets.get(name), targets, []);
          }
          return { targets, groups };
        }
      }
      function compareBytes(a, b) {
        return a < b ? -1 : a > b ? 1 : 0;
      }
      function isRemoteURL(s) {
        return /^(https?:\/\/|git:\/\/|ssh:\/\/|git@[^:]+:|github\.com\/)/.test(s);
      }
      function finalizeTarget(t, inputs) {
        if (t.context === "-")
          throw new bake_errors.o("context from stdin not allowed in bake");
        if (t.dockerfile === "-")
          throw new bake_errors.o("dockerfile from stdin not allowed in bake");
        if (inputs.remoteDefinition)
          applyRemoteDefinition(t, inputs.remoteDefinition, isRemoteURL);
        let ctx = t.context ?? ".";
        if (ctx.startsWith("cwd://"))
          ctx = (0, go_path.t)(ctx.slice("cwd://".length));
        else if (!isRemoteURL(ctx))
          ctx = (0, go_path.t)(ctx);
        t.context = ctx;
        if (t.shmSize !== void 0) {
          try {
            (0, units.h$)(t.shmSize);
          } catch {
            throw new bake_errors.o(`invalid value ${t.shmSize} for membytes key shm-size`);
          }
        }
        const bound = new Set(inputs.boundSecretIds ?? []);
        checkSecrets((t.secret ?? []).filter((s) => !(s.id && bound.has(s.id) && !s.src && !s.env)), inputs.env, inputs.cwd);
        checkSsh(t.ssh ?? [], inputs.env, inputs.cwd);
      }
      function resolveTargets(inputs, files = readFiles(inputs)) {
        return runSteps(resolveTargetsSteps(inputs, files));
      }
      function* resolveTargetsSteps(inputs, files) {
        const config = yield* loadConfigSteps(files, inputs);
        const resolver = new Resolver(config, inputs.set, inputs.env, inputs.signal, inputs.onWarning);
        const res = yield* resolver.readTargetsSteps(inputs.targets);
        const epoch = inputs.env.SOURCE_DATE_EPOCH;
        for (const t of res.targets.values()) {
          if (epoch && !t.args?.has("SOURCE_DATE_EPOCH"))
            (t.args ??= /* @__PURE__ */ new Map()).set("SOURCE_DATE_EPOCH", epoch);
          finalizeTarget(t, inputs);
        }
        return res;
      }
    })
  ),
  /***/
  5118: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        S5: () => (
          /* binding */
          checkCancelled
        ),
        /* harmony export */
        pt: () => (
          /* binding */
          runStepsAsync
        ),
        /* harmony export */
        rl: () => (
          /* binding */
          runSteps2
        )
        /* harmony export */
      });
      var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
      var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7554);
      function runSteps2(steps) {
        for (; ; ) {
          const r = steps.next();
          if (r.done)
            return r.value;
        }
      }
      function checkCancelled(signal) {
        if (signal?.aborted) {
          const reason = signal.reason instanceof Error ? `: ${signal.reason.message}` : "";
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.o(`resolving the bake definition was cancelled${reason}`);
        }
      }
      const nowMs = () => process.uptime() * 1e3;
      async function runStepsAsync(steps, signal, sliceMs = 10) {
        let sliceStart = nowMs();
        try {
          for (; ; ) {
            const r = steps.next();
            if (r.done)
              return r.value;
            if (nowMs() - sliceStart >= sliceMs) {
              await (0, node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setImmediate)();
              checkCancelled(signal);
              sliceStart = nowMs();
            }
          }
        } finally {
          steps.return(void 0);
        }
      }
    })
  ),
  /***/
  9698: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Cp: () => (
          /* binding */
          loneSurrogates
        ),
        /* harmony export */
        df: () => (
          /* binding */
          positionOf
        ),
        /* harmony export */
        tu: () => (
          /* binding */
          invalidEncodingError
        ),
        /* harmony export */
        yA: () => (
          /* binding */
          decodeBakeFile
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7554);
      const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      const lenientDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
      function sequenceLength(b, i) {
        const c = b[i];
        if (c < 128)
          return 1;
        const cont = (k, lo = 128, hi = 191) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
        if (c >= 194 && c <= 223)
          return cont(1) ? 2 : 0;
        if (c >= 224 && c <= 239) {
          const lo = c === 224 ? 160 : 128;
          const hi = c === 237 ? 159 : 191;
          return cont(1, lo, hi) && cont(2) ? 3 : 0;
        }
        if (c >= 240 && c <= 244) {
          const lo = c === 240 ? 144 : 128;
          const hi = c === 244 ? 143 : 191;
          return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
        }
        return 0;
      }
      function decodeUtf8(bytes) {
        try {
          return { text: strictDecoder.decode(bytes), invalid: false };
        } catch {
        }
        const parts = [];
        let runStart = 0;
        let i = 0;
        while (i < bytes.length) {
          const n = sequenceLength(bytes, i);
          if (n > 0) {
            i += n;
            continue;
          }
          parts.push(lenientDecoder.decode(bytes.subarray(runStart, i)), String.fromCharCode(56320 | bytes[i]));
          i++;
          runStart = i;
        }
        parts.push(lenientDecoder.decode(bytes.subarray(runStart)));
        return { text: parts.join(""), invalid: true };
      }
      function loneSurrogates(text, limit = Infinity) {
        const out = [];
        if (!/[\uD800-\uDFFF]/.test(text))
          return out;
        const re = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
        for (let m = re.exec(text); m && out.length < limit; m = re.exec(text))
          out.push(m.index);
        return out;
      }
      function positionOf(file, text, offset) {
        let line = 1;
        let lineStart = 0;
        for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
          line++;
          lineStart = i + 1;
        }
        return { file, line, column: offset - lineStart + 1 };
      }
      const INVALID_ENCODING = "Invalid character encoding; All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.";
      function invalidEncodingError(file, text, offsets) {
        const more = offsets.length > 1 ? `, and ${offsets.length - 1} other diagnostic(s)` : "";
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.o(`${INVALID_ENCODING}${more}`, positionOf(file, text, offsets[0]));
      }
      function decodeBakeFile(name, bytes, keepInvalid) {
        const { text, invalid } = decodeUtf8(bytes);
        if (invalid && !keepInvalid)
          throw invalidEncodingError(name, text, loneSurrogates(text));
        return text;
      }
    })
  ),
  /***/
  9288: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Ak: () => (
          /* binding */
          formatOciLayoutRef
        ),
        /* harmony export */
        J9: () => (
          /* binding */
          findManifest
        ),
        /* harmony export */
        TI: () => (
          /* binding */
          putDescriptor
        ),
        /* harmony export */
        cT: () => (
          /* binding */
          parseOciLayoutRef
        ),
        /* harmony export */
        fH: () => (
          /* binding */
          isValidDigest
        ),
        /* harmony export */
        is: () => (
          /* binding */
          hasBlob
        ),
        /* harmony export */
        nD: () => (
          /* binding */
          blobPath
        ),
        /* harmony export */
        vY: () => (
          /* binding */
          readIndex
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
      const ANNOTATION_REF_NAME = "org.opencontainers.image.ref.name";
      const ANNOTATION_IMAGE_NAME = "io.containerd.image.name";
      const MEDIA_TYPE_IMAGE_INDEX = "application/vnd.oci.image.index.v1+json";
      const IMAGE_LAYOUT_VERSION = "1.0.0";
      function isValidDigest(d) {
        const m = /^(sha256|sha384|sha512):([a-f0-9]+)$/.exec(d);
        if (!m)
          return false;
        return m[2].length === { sha256: 64, sha384: 96, sha512: 128 }[m[1]];
      }
      function blobPath(dir, digest) {
        if (!isValidDigest(digest))
          throw new Error(`invalid digest ${JSON.stringify(digest)}`);
        const colon = digest.indexOf(":");
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, "blobs", digest.slice(0, colon), digest.slice(colon + 1));
      }
      function hasBlob(dir, digest) {
        try {
          return node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(blobPath(dir, digest)).isFile();
        } catch {
          return false;
        }
      }
      function readIndex(dir) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, "index.json");
        let text;
        try {
          text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, "utf8");
        } catch (err) {
          const e = err;
          throw new Error(`could not read ${file}: ${e.code === "ENOENT" ? "no such file or directory" : e.message}`);
        }
        try {
          const idx = JSON.parse(text);
          if (!idx || typeof idx !== "object" || Array.isArray(idx))
            throw new Error("not a JSON object");
          return idx;
        } catch (err) {
          throw new Error(`could not parse ${file}: ${err.message}`);
        }
      }
      function findManifest(index, name, opts = {}) {
        const manifests = Array.isArray(index.manifests) ? index.manifests : [];
        const byImage = manifests.find((m) => m?.annotations?.[ANNOTATION_IMAGE_NAME] === name);
        if (byImage)
          return byImage;
        const byRef = manifests.find((m) => m?.annotations?.[ANNOTATION_REF_NAME] === name);
        if (byRef)
          return byRef;
        if (opts.orSingle && manifests.length === 1)
          return manifests[0];
        return void 0;
      }
      function ociReferenceName(name) {
        if (name.includes("://"))
          return name;
        let url;
        try {
          url = new URL(`dummy://${name}`);
        } catch {
          return name;
        }
        if (!url.host)
          return name;
        const afterHost = name.indexOf("/") >= 0 ? name.slice(name.indexOf("/")) : "";
        const at = afterHost.search(/[:@]/);
        if (at < 0)
          return "";
        const object = afterHost.slice(at);
        return object.startsWith(":") ? object.slice(1) : object;
      }
      function indexWithDescriptor(index, desc, names) {
        const out = { ...index ?? {} };
        if (!out.schemaVersion)
          out.schemaVersion = 2;
        if (!out.mediaType)
          out.mediaType = MEDIA_TYPE_IMAGE_INDEX;
        let manifests = Array.isArray(out.manifests) ? [...out.manifests] : [];
        const entries = names.length ? names : [void 0];
        for (const n of entries) {
          const annotations = { ...desc.annotations ?? {} };
          if (n) {
            const imageName = "name" in n ? n.name : "";
            const refName = "name" in n ? ociReferenceName(n.name) : n.tag;
            if (imageName)
              annotations[ANNOTATION_IMAGE_NAME] = imageName;
            annotations[ANNOTATION_REF_NAME] = refName;
            manifests = manifests.filter((m2) => (m2?.annotations?.[ANNOTATION_REF_NAME] ?? "") !== refName || (m2?.annotations?.[ANNOTATION_IMAGE_NAME] ?? "") !== imageName);
          }
          manifests.push(orderedDescriptor({ ...desc, annotations: Object.keys(annotations).length ? annotations : void 0 }));
        }
        out.manifests = manifests;
        const { schemaVersion, mediaType, manifests: m, ...rest } = out;
        return {
          schemaVersion,
          mediaType,
          ...rest.artifactType !== void 0 ? { artifactType: rest.artifactType } : {},
          manifests: m,
          ...rest
        };
      }
      function orderedDescriptor(d) {
        const known = ["mediaType", "digest", "size", "urls", "annotations", "data", "platform", "artifactType"];
        const out = {};
        for (const k of known)
          if (d[k] !== void 0 && d[k] !== "")
            out[k] = d[k];
        for (const [k, v] of Object.entries(d))
          if (!known.includes(k) && v !== void 0)
            out[k] = v;
        return out;
      }
      function putDescriptor(dir, desc, names) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(dir, { recursive: true });
        node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: IMAGE_LAYOUT_VERSION }));
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, "index.json");
        let current;
        if (node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file)) {
          const text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, "utf8");
          if (text.length)
            current = readIndex(dir);
        }
        const next = indexWithDescriptor(current, desc, names);
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.index.json.${process.pid}.${node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes(4).toString("hex")}`);
        try {
          node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(tmp, JSON.stringify(next), { mode: 420 });
          node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmp, file);
        } catch (err) {
          node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmp, { force: true });
          throw err;
        }
      }
      const OCI_LAYOUT_PREFIX = "oci-layout://";
      const TAG_SEARCH = /[\w][\w.-]{0,127}/;
      const DIGEST_SEARCH = /[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}/;
      function parseOciLayoutRef(s) {
        if (!s.startsWith(OCI_LAYOUT_PREFIX))
          return void 0;
        let local = s.slice(OCI_LAYOUT_PREFIX.length);
        const out = { path: "" };
        const at = local.lastIndexOf("@");
        if (at >= 0) {
          const after = local.slice(at + 1);
          if (DIGEST_SEARCH.test(after)) {
            if (!isValidDigest(after))
              throw new Error(`invalid digest ${JSON.stringify(after)} in ${s}`);
            out.digest = after;
            local = local.slice(0, at);
          }
        }
        const colon = local.lastIndexOf(":");
        if (colon >= 0 && !isWindowsDrivePath(local, colon)) {
          const after = local.slice(colon + 1);
          if (TAG_SEARCH.test(after)) {
            out.tag = after;
            local = local.slice(0, colon);
          }
        }
        out.path = local;
        if (!out.tag && !out.digest)
          out.tag = "latest";
        return out;
      }
      function formatOciLayoutRef(ref) {
        return `${OCI_LAYOUT_PREFIX}${ref.path}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
      }
      function isWindowsDrivePath(p, colon) {
        if (colon !== 1 || p.length < 3)
          return false;
        if (p[2] !== "/" && p[2] !== "\\")
          return false;
        return /[a-zA-Z]/.test(p[0]);
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
  6449: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        $s: () => (
          /* binding */
          ociLayoutDir
        ),
        /* harmony export */
        Gb: () => (
          /* binding */
          isGitSshContext
        ),
        /* harmony export */
        Pt: () => (
          /* binding */
          dockerfileInRemoteContext
        ),
        /* harmony export */
        V9: () => (
          /* binding */
          namedContextKind
        ),
        /* harmony export */
        Vk: () => (
          /* binding */
          localDirCandidates
        ),
        /* harmony export */
        cf: () => (
          /* binding */
          isGitReference
        ),
        /* harmony export */
        rM: () => (
          /* binding */
          REMOTE_CONTEXT
        ),
        /* harmony export */
        zA: () => (
          /* binding */
          hasGitQuery
        )
        /* harmony export */
      });
      var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
      var _buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9288);
      const REMOTE_CONTEXT = /^(https?:\/\/|git:\/\/|ssh:\/\/|github\.com\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/;
      function isGitReference(url) {
        if (/^https?:\/\//i.test(url))
          return /\.git$/.test(url.replace(/[?#].*$/, ""));
        return true;
      }
      function isGitSshContext(value) {
        return /^(ssh:\/\/|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)/.test(value);
      }
      function hasGitQuery(value) {
        let query;
        const proto = /^([a-zA-Z0-9]+):\/\//.exec(value);
        if (proto) {
          if (!["http", "https", "ssh", "git"].includes(proto[1].toLowerCase()))
            return false;
          const [beforeFragment] = value.split("#", 1);
          const q = beforeFragment.indexOf("?");
          query = q < 0 ? void 0 : beforeFragment.slice(q + 1);
        } else {
          query = /^[a-zA-Z0-9_-]+@[a-zA-Z0-9.-]+:.*?(?:\?(.*?))?(?:#.*)?$/.exec(value)?.[1];
        }
        const unescapes = (s) => !/%(?![0-9a-fA-F]{2})/.test(s);
        return (query ?? "").split("&").some((kv) => {
          if (kv === "" || kv.includes(";"))
            return false;
          const eq = kv.indexOf("=");
          return eq < 0 ? unescapes(kv) : unescapes(kv.slice(0, eq)) && unescapes(kv.slice(eq + 1));
        });
      }
      function namedContextKind(value) {
        if (value.startsWith("target:"))
          return "target";
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith("docker-image:") || value.startsWith("oci-layout:") || REMOTE_CONTEXT.test(value))
          return "remote";
        return "local";
      }
      function ociLayoutDir(value) {
        try {
          return (0, _buildkit_oci_layout_js__WEBPACK_IMPORTED_MODULE_1__.cT)(value)?.path;
        } catch {
          return value.slice("oci-layout://".length);
        }
      }
      function dockerfileInRemoteContext(spec) {
        return !!spec.dockerfile && REMOTE_CONTEXT.test(spec.context) && !node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(spec.dockerfile);
      }
      function localDirCandidates(spec) {
        const dirs = /* @__PURE__ */ new Set();
        if (!REMOTE_CONTEXT.test(spec.context))
          dirs.add(spec.context);
        if (spec.dockerfileInline === void 0 && spec.dockerfile && !dockerfileInRemoteContext(spec))
          dirs.add(node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(spec.dockerfile));
        for (const value of Object.values(spec.contexts)) {
          if (namedContextKind(value) === "local")
            dirs.add(value);
        }
        return [...dirs];
      }
    })
  )
};
