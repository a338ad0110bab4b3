"use strict"; exports.id = 449;
exports.ids = [449];
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
  )
};
