"use strict"; exports.id = 878;
exports.ids = [878, 449];
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
  ),
  /***/
  5578: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        A: () => (
          /* binding */
          toBuffer
        ),
        /* harmony export */
        h: () => (
          /* binding */
          decodeGrpcErrorDetails
        )
        /* harmony export */
      });
      var _grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8791);
      var _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9499);
      const TYPE_PREFIX = "github.com/moby/buildkit/";
      function isObject(value) {
        return typeof value === "object" && value !== null && !Array.isArray(value);
      }
      function asString(value) {
        return typeof value === "string" ? value : "";
      }
      function asNumber(value) {
        if (typeof value === "number" && Number.isFinite(value))
          return value;
        if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
          return Number(value);
        return void 0;
      }
      function asStringArray(value) {
        return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
      }
      function toBuffer(value) {
        if (Buffer.isBuffer(value))
          return value;
        if (value instanceof Uint8Array)
          return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
        if (typeof value === "string")
          return Buffer.from(value, "base64");
        return Buffer.alloc(0);
      }
      function parsePosition(value) {
        const p = isObject(value) ? value : {};
        return { line: asNumber(p.line) ?? 0, character: asNumber(p.character) ?? 0 };
      }
      function parseRanges(value) {
        if (!Array.isArray(value))
          return [];
        return value.filter(isObject).map((r) => ({ start: parsePosition(r.start), end: parsePosition(r.end) }));
      }
      function parseSource(json) {
        const info = isObject(json.info) ? json.info : {};
        return {
          filename: asString(info.filename),
          data: toBuffer(info.data),
          language: asString(info.language),
          ranges: parseRanges(json.ranges)
        };
      }
      function parseSolve(json) {
        const detail = { inputIDs: asStringArray(json.inputIDs), mountIDs: asStringArray(json.mountIDs) };
        if (isObject(json.op)) {
          detail.op = json.op;
          const oneof = isObject(json.op.Op) ? json.op.Op : json.op;
          const exec = isObject(oneof.exec) ? oneof.exec : void 0;
          const meta = exec && isObject(exec.meta) ? exec.meta : void 0;
          if (meta && Array.isArray(meta.args))
            detail.command = asStringArray(meta.args);
        }
        if (isObject(json.description)) {
          detail.description = Object.fromEntries(Object.entries(json.description).filter((e) => typeof e[1] === "string"));
        }
        const subject = isObject(json.Subject) ? json.Subject : isObject(json.subject) ? json.subject : void 0;
        if (subject && isObject(subject.file))
          detail.fileActionIndex = asNumber(subject.file.index) ?? 0;
        if (subject && isObject(subject.cache))
          detail.contentCacheIndex = asNumber(subject.cache.index) ?? 0;
        return detail;
      }
      function decodeGrpcErrorDetails(err) {
        const fromCall = err instanceof Error;
        const status = fromCall ? (0, _grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__.Vv)(err) : err;
        const decoded = {
          code: status?.code ?? (fromCall ? (0, _grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__.$N)(err) ?? _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__.Cy.UNKNOWN : _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__.Cy.UNKNOWN),
          message: status?.message || (fromCall ? (0, _grpc_errors_js__WEBPACK_IMPORTED_MODULE_0__.bD)(err) : ""),
          sources: [],
          vertexDigests: [],
          solves: [],
          frontendCaps: [],
          subrequests: [],
          frontends: [],
          stacks: [],
          other: []
        };
        for (const detail of status?.details ?? [])
          addDetail(decoded, detail);
        return decoded;
      }
      function addDetail(decoded, detail) {
        const typeUrl = detail.type_url ?? "";
        const value = toBuffer(detail.value);
        const kind = typeUrl.startsWith(TYPE_PREFIX) ? typeUrl.slice(TYPE_PREFIX.length) : "";
        if (!kind.endsWith("+json")) {
          decoded.other.push({ typeUrl, value });
          return;
        }
        let json;
        try {
          json = JSON.parse(value.toString("utf8"));
        } catch {
          decoded.other.push({ typeUrl, value });
          return;
        }
        if (!isObject(json)) {
          decoded.other.push({ typeUrl, value, json });
          return;
        }
        switch (kind) {
          case "errdefs.Source+json":
            decoded.sources.push(parseSource(json));
            return;
          case "errdefs.Vertex+json": {
            const digest = asString(json.digest);
            if (digest)
              decoded.vertexDigests.push(digest);
            return;
          }
          case "errdefs.Solve+json":
            decoded.solves.push(parseSolve(json));
            return;
          case "gatewayapi.ExitMessage+json":
            decoded.exitCode = asNumber(json.Code ?? json.code) ?? 0;
            return;
          case "errdefs.FrontendCap+json":
            decoded.frontendCaps.push(asString(json.name));
            return;
          case "errdefs.Subrequest+json":
            decoded.subrequests.push(asString(json.name));
            return;
          case "errdefs.Frontend+json":
            decoded.frontends.push({ name: asString(json.name), source: asString(json.source) });
            return;
          case "stack.Stack+json":
            decoded.stacks.push(json);
            return;
          default:
            decoded.other.push({ typeUrl, value, json });
        }
      }
    })
  ),
  /***/
  3515: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        CB: () => (
          /* binding */
          warningSource
        ),
        /* harmony export */
        GO: () => (
          /* binding */
          formatSourceBlock
        ),
        /* harmony export */
        J$: () => (
          /* binding */
          sourceLocation
        )
        /* harmony export */
      });
      var _details_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5578);
      const SNIPPET_RULE = "--------------------";
      function lineSpan(ranges) {
        if (ranges.length === 0)
          return void 0;
        let start = Infinity;
        let end = 0;
        for (const r of ranges) {
          start = Math.min(start, r.start.line);
          end = Math.max(end, r.start.line, r.end.line);
        }
        return { start, end };
      }
      function rangesContain(ranges, line) {
        return ranges.some((r) => r.start.line <= line && Math.max(r.start.line, r.end.line) >= line);
      }
      function formatSourceBlock(filename, data, ranges) {
        if (data.length === 0)
          return [];
        const span = lineSpan(ranges);
        if (!span)
          return [];
        const lines = Buffer.from(data).toString("utf8").split("\n").map((l) => l.replace(/\r$/, ""));
        let { start, end } = span;
        if (start > lines.length || start < 1)
          return [];
        if (end > lines.length)
          end = lines.length;
        const firstLine = start;
        const pad = end === start ? 4 : 2;
        for (let p = 0; p < pad; ) {
          if (start > 1) {
            start--;
            p++;
          }
          if (end !== lines.length) {
            end++;
            p++;
          }
          p++;
        }
        const out = [`${filename}:${firstLine}`, SNIPPET_RULE];
        for (let i = start; i <= end; i++) {
          const mark = rangesContain(ranges, i) ? ">>>" : "   ";
          out.push(` ${String(i).padStart(3)} | ${mark} ${lines[i - 1]}`);
        }
        out.push(SNIPPET_RULE);
        return out;
      }
      function sourceLocation(source) {
        const span = lineSpan(source.ranges);
        if (!span || !source.filename)
          return void 0;
        return {
          file: source.filename,
          startLine: span.start,
          endLine: span.end,
          snippet: formatSourceBlock(source.filename, source.data, source.ranges)
        };
      }
      function warningSource(info, ranges) {
        if (!info)
          return void 0;
        return sourceLocation({
          filename: info.filename ?? "",
          data: (0, _details_js__WEBPACK_IMPORTED_MODULE_0__.A)(info.data),
          language: info.language ?? "",
          ranges: (ranges ?? []).map((r) => ({
            start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
            end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 }
          }))
        });
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
  3878: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        G7: () => (
          /* binding */
          callFrontendOpt
        ),
        /* harmony export */
        Mf: () => (
          /* binding */
          parseCall
        ),
        /* harmony export */
        of: () => (
          /* binding */
          callFallbackOpt
        ),
        /* harmony export */
        printCallResults: () => (
          /* binding */
          printCallResults
        )
        /* harmony export */
      });
      var _buildkit_errdefs_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3515);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var _call_func_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7073);
      var _target_context_kind_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6449);
      var _bake_print_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3426);
      var _bake_tabwriter_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8613);
      const KNOWN_VERSION = "1.0.0";
      const SUBREQUESTS_CAP = "moby.buildkit.frontend.subrequests+forward";
      const PRINT_FALLBACK_IMAGE = "docker/dockerfile:1.7.1@sha256:a57df69d0ea827fb7266491f2813635de6f17269be881f696fbfdf2d83dda33e";
      const LINT_FALLBACK_IMAGE = "docker/dockerfile:1.8.1@sha256:e87caa74dcb7d46cd820352bfea12591f3dba3ddc4285e19c7dcd13359f7cefd";
      function parseCall(value) {
        if (!value)
          return void 0;
        const call = (0, _call_func_js__WEBPACK_IMPORTED_MODULE_4__.K)(value);
        if (call.name === "build" || call.name === "")
          return void 0;
        return call;
      }
      function callFrontendOpt(call, attrs) {
        const out = { ...attrs };
        out["frontend.caps"] = out["frontend.caps"] ? `${out["frontend.caps"]},${SUBREQUESTS_CAP}` : SUBREQUESTS_CAP;
        out.requestid = `frontend.${call.name}`;
        return out;
      }
      function callFallbackOpt(err, opt) {
        const request = opt.requestid;
        if (!request)
          return void 0;
        const message = err.details ?? err.message;
        const m = /unsupported request (frontend\.(?:outline|targets|lint))\b/.exec(message);
        if (!m)
          return void 0;
        return { ...opt, "build-arg:BUILDKIT_SYNTAX": m[1] === "frontend.lint" ? LINT_FALLBACK_IMAGE : PRINT_FALLBACK_IMAGE };
      }
      function versionLess(a, b) {
        const pa = a.split(".");
        const pb = b.split(".");
        for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
          const x = Number.parseInt(pa[i] ?? "0", 10) || 0;
          const y = Number.parseInt(pb[i] ?? "0", 10) || 0;
          if (x !== y)
            return x < y;
        }
        return false;
      }
      const table = (rows, padding) => (0, _bake_tabwriter_js__WEBPACK_IMPORTED_MODULE_5__.B)(rows, { minwidth: 0, tabwidth: 0, padding, padchar: " " });
      function ranges(loc) {
        return (loc?.ranges ?? []).map((r) => ({
          start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
          end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 }
        }));
      }
      function sourceBlock(source, loc, filename) {
        if (!source)
          return "";
        const lines = (0, _buildkit_errdefs_source_js__WEBPACK_IMPORTED_MODULE_0__.GO)(filename ?? source.filename ?? "", Buffer.from(source.data ?? "", "base64"), ranges(loc));
        return lines.length ? lines.join("\n") + "\n" : "";
      }
      function sortedLintWarnings(results) {
        const sources = results.sources ?? [];
        const index = (w) => w.location ? w.location.sourceIndex ?? 0 : -1;
        return [...results.warnings ?? []].sort((a, b) => {
          const ia = index(a);
          const ib = index(b);
          if (ia < 0 && ib < 0)
            return a.ruleName < b.ruleName ? -1 : a.ruleName > b.ruleName ? 1 : 0;
          if (ia < 0 || ib < 0)
            return ia < 0 ? -1 : 1;
          const fa = sources[ia]?.filename ?? "";
          const fb = sources[ib]?.filename ?? "";
          if (fa !== fb)
            return fa < fb ? -1 : 1;
          const ra = a.location?.ranges ?? [];
          const rb = b.location?.ranges ?? [];
          if (ra.length === 0 && rb.length === 0)
            return a.ruleName < b.ruleName ? -1 : a.ruleName > b.ruleName ? 1 : 0;
          if (ra.length === 0 || rb.length === 0)
            return ra.length === 0 ? -1 : 1;
          return (ra[0].start?.line ?? 0) - (rb[0].start?.line ?? 0);
        });
      }
      function printLint(results, filename) {
        const sources = results.sources ?? [];
        let out = "";
        for (const w of sortedLintWarnings(results)) {
          out += `
WARNING: ${w.ruleName}${w.url ? ` - ${w.url}` : ""}
${w.detail ?? ""}
`;
          const i = w.location ? w.location.sourceIndex ?? 0 : -1;
          if (i >= 0)
            out += sourceBlock(sources[i], w.location, filename);
        }
        return out;
      }
      function printOutline(o) {
        let out = "";
        if (o.name || o.description) {
          const rows = [["TARGET:", o.name || "(default)"]];
          if (o.description)
            rows.push(["DESCRIPTION:", o.description]);
          out += table(rows, 1) + "\n";
        }
        if (o.args?.length)
          out += table([["BUILD ARG", "VALUE", "DESCRIPTION"], ...o.args.map((a) => [a.name, a.value ?? "", a.description ?? ""])], 3) + "\n";
        if (o.secrets?.length)
          out += table([["SECRET", "REQUIRED"], ...o.secrets.map((s) => [s.name, s.required ? "true" : ""])], 3) + "\n";
        if (o.ssh?.length)
          out += table([["SSH", "REQUIRED"], ...o.ssh.map((s) => [s.name, s.required ? "true" : ""])], 3) + "\n";
        return out;
      }
      function printTargets(l) {
        const rows = [["TARGET", "DESCRIPTION"]];
        for (const t of l.targets ?? []) {
          let name = t.name ?? "";
          if (name === "" && t.default)
            name = "(default)";
          else if (t.default)
            name = `${name} (default)`;
          rows.push([name, t.description ?? ""]);
        }
        return table(rows, 1);
      }
      function parseJson(text) {
        return JSON.parse(text ?? "null");
      }
      function formatCallResult(call, res, dockerfile) {
        const json = call.format === "json";
        const value = (render) => {
          if (json)
            return `${res["result.json"] ?? ""}
`;
          if (res.version && versionLess(KNOWN_VERSION, res.version) && res["result.txt"])
            return res["result.txt"];
          return render();
        };
        let text = "";
        try {
          switch (call.name) {
            case "outline":
              text = value(() => printOutline(parseJson(res["result.json"]) ?? {}));
              break;
            case "targets":
              text = value(() => printTargets(parseJson(res["result.json"]) ?? {}));
              break;
            case "lint": {
              const results = (res["result.json"] !== void 0 ? parseJson(res["result.json"]) : void 0) ?? {};
              const count = results.warnings?.length ?? 0;
              if (!json && count > 0)
                text += `Check complete, ${count === 1 ? "1 warning has" : `${count} warnings have`} been found!
`;
              text += value(() => printLint(results, dockerfile));
              if (results.buildError) {
                if (!json && count > 0)
                  text += "\n";
                const i = results.buildError.location?.sourceIndex ?? 0;
                const error = `${results.buildError.message}
${sourceBlock((results.sources ?? [])[i], results.buildError.location, dockerfile)}`;
                return { text, exitCode: 1, error };
              }
              if (count === 0 && !json)
                text += "Check complete, no warnings found.\n";
              break;
            }
            default:
              if (res["result.json"] !== void 0 && json)
                text = `${res["result.json"]}
`;
              else if (res["result.txt"] !== void 0)
                text = res["result.txt"];
              else
                text = `${goCallString(call)} map[${Object.keys(res).sort().map((k) => `${k}:${res[k]}`).join(" ")}]
`;
          }
        } catch (err) {
          return { text, exitCode: 1, error: err.message };
        }
        let exitCode = 0;
        const status = res["result.statuscode"];
        if (!call.ignoreStatus && status !== void 0 && /^[+-]?\d+$/.test(status))
          exitCode = Number.parseInt(status, 10);
        return { text, exitCode };
      }
      function goCallString(call) {
        const parts = [];
        if (call.name)
          parts.push(`Name:${JSON.stringify(call.name)}`);
        if (call.format)
          parts.push(`Format:${JSON.stringify(call.format)}`);
        if (call.ignoreStatus)
          parts.push("IgnoreStatus:true");
        return parts.join(" ");
      }
      function formatBakeCallResults(results, options = {}) {
        const sorted = [...results].sort((a, b) => a.target < b.target ? -1 : a.target > b.target ? 1 : 0);
        const formatOf = (r) => ({
          ...r.call,
          ...options.cliCall ? { format: options.cliCall.format, ignoreStatus: options.cliCall.ignoreStatus } : {}
        });
        let exitCode = 0;
        if (options.cliCall?.format === "json") {
          const json = {};
          for (const r of sorted) {
            const call = formatOf(r);
            const entry = {};
            const out = formatCallResult(call, r.response, r.dockerfile);
            if (out.error !== void 0) {
              entry.error = out.error;
              exitCode = 1;
            } else if (out.exitCode !== 0 && exitCode === 0)
              exitCode = out.exitCode;
            let parsed;
            try {
              parsed = JSON.parse(out.text);
            } catch {
              parsed = void 0;
            }
            if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
              Object.assign(entry, parsed);
            else
              entry[call.name] = out.text.trim();
            json[r.target] = entry;
          }
          const targets = {};
          const def = options.definition ?? { target: {} };
          for (const name of Object.keys(def.target).sort()) {
            targets[name] = { build: def.target[name] };
            const r = sorted.find((x) => x.target === name);
            if (r && json[name])
              targets[name][r.call.name === "lint" ? "check" : r.call.name] = sortKeys(json[name]);
          }
          const doc = { ...def.group && Object.keys(def.group).length ? { group: def.group } : {}, target: targets };
          return { text: `${JSON.stringify(doc, null, 2)}
`, exitCode };
        }
        let text = "";
        sorted.forEach((r, i) => {
          if (i > 0)
            text += "\n";
          text += `${r.target}
`;
          if (r.description)
            text += `${r.description}
`;
          text += "\n";
          const out = formatCallResult(formatOf(r), r.response, r.dockerfile);
          text += out.text;
          if (out.error !== void 0) {
            text += `error: ${out.error}
`;
            exitCode = 1;
          } else if (out.exitCode !== 0 && exitCode === 0)
            exitCode = out.exitCode;
        });
        return { text, exitCode };
      }
      function sortKeys(o) {
        return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
      }
      function lintAnnotations(response) {
        let results;
        try {
          results = parseJson(response["result.json"]) ?? {};
        } catch {
          return [];
        }
        const sources = results.sources ?? [];
        return sortedLintWarnings(results).map((w) => {
          const source = w.location ? sources[w.location.sourceIndex ?? 0] : void 0;
          const a = {
            title: w.description || w.ruleName,
            message: `${w.ruleName}: ${w.detail ?? ""}${w.url ? `
More info: ${w.url}` : ""}`
          };
          if (source?.filename) {
            a.file = source.filename;
            a.data = Buffer.from(source.data ?? "", "base64");
            const line = w.location?.ranges?.[0]?.start?.line;
            if (line)
              a.startLine = line;
          }
          return a;
        });
      }
      function bakeDockerfileName(t) {
        if (t.dockerfileInline !== void 0)
          return "inline";
        const rawContext = (t.context ?? ".").replace(/^cwd:\/\//, "");
        const dockerfile = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize((t.dockerfile ?? "Dockerfile").replace(/^cwd:\/\//, ""));
        if (_target_context_kind_js__WEBPACK_IMPORTED_MODULE_2__.REMOTE_CONTEXT.test(rawContext) || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(dockerfile))
          return dockerfile;
        const context = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(rawContext);
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(context, dockerfile);
      }
      function printCallResults(result, definition, cliCall) {
        const calls = result.targets.filter((t) => t.call);
        if (!calls.length)
          return void 0;
        const results = calls.map((t) => {
          const def = definition.target[t.target] ?? {};
          return {
            target: t.target,
            description: def.description,
            call: t.call.spec,
            response: t.call.response,
            dockerfile: bakeDockerfileName(def)
          };
        });
        let cli;
        try {
          cli = cliCall ? (0, _call_func_js__WEBPACK_IMPORTED_MODULE_4__.K)(cliCall) : void 0;
        } catch {
          cli = void 0;
        }
        const printed = cli?.format === "json" ? JSON.parse((0, _bake_print_js__WEBPACK_IMPORTED_MODULE_3__.u6)(definition)) : void 0;
        return formatBakeCallResults(results, { cliCall: cli, definition: printed });
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
  )
};
