"use strict"; exports.id = 745;
exports.ids = [745, 449];
exports.modules = {
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
  6449: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        REMOTE_CONTEXT: () => (
          /* binding */
          REMOTE_CONTEXT
        ),
        /* harmony export */
        dockerfileInRemoteContext: () => (
          /* binding */
          dockerfileInRemoteContext
        ),
        /* harmony export */
        hasGitQuery: () => (
          /* binding */
          hasGitQuery
        ),
        /* harmony export */
        isGitReference: () => (
          /* binding */
          isGitReference
        ),
        /* harmony export */
        isGitSshContext: () => (
          /* binding */
          isGitSshContext
        ),
        /* harmony export */
        localDirCandidates: () => (
          /* binding */
          localDirCandidates
        ),
        /* harmony export */
        namedContextKind: () => (
          /* binding */
          namedContextKind
        ),
        /* harmony export */
        ociLayoutDir: () => (
          /* binding */
          ociLayoutDir
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
  ),
  /***/
  9745: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        parseAllow: () => (
          /* binding */
          parseAllow
        ),
        /* harmony export */
        w8: () => (
          /* binding */
          assertEntitled
        )
        /* harmony export */
      });
      var _context_kind_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6449);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
      var _bake_entries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5865);
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
                conf.devices.names.add((0, _bake_entries_js__WEBPACK_IMPORTED_MODULE_3__.qZ)(v)[0]);
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
        let inp = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, input);
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
            st = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(dest);
          } catch (err) {
            if (err.code === "ENOENT") {
              const r = lastSep(dest);
              return { existing: r < volLen ? "/" : node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dest.slice(0, r)), rest: inp.slice(start) };
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
          const link = node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync(dest);
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
        return { existing: node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dest), rest: "" };
      }
      function neededLocation(p, cwd) {
        try {
          const { existing, rest } = evaluateToExistingPath(p, cwd);
          return { existing, full: rest ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(existing, rest) : existing };
        } catch {
          const lexical = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, p);
          return { existing: lexical, full: lexical };
        }
      }
      function allowedLocation(p, cwd) {
        try {
          const { existing, rest } = evaluateToExistingPath(p, cwd);
          return rest ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(existing, rest) : existing;
        } catch {
          return node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, p);
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
            needs.push({ kind: "device", attribute: attr, device: eq < 0 ? "" : (0, _bake_entries_js__WEBPACK_IMPORTED_MODULE_3__.qZ)(e.slice(eq + 1))[0] });
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
        const remoteContext = _context_kind_js__WEBPACK_IMPORTED_MODULE_0__.REMOTE_CONTEXT.test(spec.context);
        if (!remoteContext)
          read("context", spec.context);
        if (spec.dockerfileInline === void 0 && spec.dockerfile && !(remoteContext && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(spec.dockerfile)))
          read("dockerfile", spec.dockerfile);
        for (const [name, value] of Object.entries(spec.contexts)) {
          if ((0, _context_kind_js__WEBPACK_IMPORTED_MODULE_0__.namedContextKind)(value) === "local")
            read(`contexts.${name}`, value);
          else if (value.startsWith("oci-layout://"))
            read(`contexts.${name}`, (0, _context_kind_js__WEBPACK_IMPORTED_MODULE_0__.ociLayoutDir)(value));
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
        if (!spec.ssh.length && (0, _context_kind_js__WEBPACK_IMPORTED_MODULE_0__.isGitSshContext)(spec.context))
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
                const e = (0, _bake_entries_js__WEBPACK_IMPORTED_MODULE_3__.Ji)(value);
                if (e.dest)
                  g.fsWrite.push(e.dest);
                break;
              }
              case "cache-from":
                for (const e of (0, _bake_entries_js__WEBPACK_IMPORTED_MODULE_3__.Uu)(value))
                  if (e.type === "local" && e.src)
                    g.fsRead.push(e.src);
                break;
              case "cache-to":
                for (const e of (0, _bake_entries_js__WEBPACK_IMPORTED_MODULE_3__.Uu)(value))
                  if (e.type === "local" && e.dest)
                    g.fsWrite.push(e.dest);
                break;
              case "secrets":
              case "secret": {
                const s = (0, _bake_entries_js__WEBPACK_IMPORTED_MODULE_3__.HE)(value);
                if (s.src)
                  g.fsRead.push(s.src);
                break;
              }
              case "ssh":
                g.fsRead.push(...((0, _bake_entries_js__WEBPACK_IMPORTED_MODULE_3__.R2)(value).paths ?? []).filter((p) => p !== ""));
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
          const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(base, abs);
          if (rel === "")
            return ".";
          if (node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel) || rel.startsWith("../.."))
            continue;
          if (!check || check(rel))
            return rel;
        }
        return abs;
      }
      function checkEntitlements(specs, opts) {
        const conf = parseAllow(opts.allow);
        const cwd = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(opts.cwd);
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
                const lexical = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, need.path);
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
        const dedup = (s) => [...s].filter((p) => ![...s].some((q) => q !== p && isWithin(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve("/cwd", p), node_path__WEBPACK_IMPORTED_MODULE_2__.resolve("/cwd", q))));
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
    })
  )
};
