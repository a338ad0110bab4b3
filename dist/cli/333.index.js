"use strict"; exports.id = 333;
exports.ids = [333, 476, 449];
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
  904: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        c: () => (
          /* binding */
          isNotFound
        ),
        /* harmony export */
        y: () => (
          /* binding */
          withDaemonFiles
        )
        /* harmony export */
      });
      var _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5552);
      var _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7761);
      var _buildkit_session_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5506);
      function isNotFound(err) {
        const e = err;
        return e.code === 5 || /no such file or directory|not found/i.test(e.details ?? e.message ?? "");
      }
      async function withDaemonFiles(connection, definition, opts, use) {
        const client = new _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__.Us(connection);
        const session = new _buildkit_session_session_js__WEBPACK_IMPORTED_MODULE_2__.Nn({ name: opts.name ?? "bakekit-files" }).attach(new _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_1__.Gf(opts.secrets ?? /* @__PURE__ */ new Map()));
        for (const a of opts.attach ?? [])
          session.attach(a);
        const ref = (0, _buildkit_client_js__WEBPACK_IMPORTED_MODULE_0__.zE)();
        const abort = new AbortController();
        const onAbort = () => abort.abort(opts.signal?.reason);
        opts.signal?.addEventListener("abort", onAbort, { once: true });
        const gateway = client.gateway(ref);
        let returned = false;
        try {
          await session.run(connection);
          const outer = client.solve({
            Ref: ref,
            Session: session.id,
            Frontend: "",
            FrontendAttrs: {},
            Exporters: [],
            Cache: { Exports: [], Imports: [] },
            Internal: true
          }, abort.signal);
          const outerEnded = outer.then(() => {
            if (!returned)
              abort.abort(new Error("the build reading files ended early"));
          }, (err) => abort.abort(err));
          try {
            await gateway.ping(abort.signal);
            const request = { Frontend: "", FrontendOpt: {}, Definition: definition, Evaluate: true };
            const solved = await gateway.solve(request, abort.signal).catch((err) => {
              throw opts.solveError ? opts.solveError(err) : err;
            });
            const refId = solved.result?.ref?.id;
            if (!refId)
              throw new Error("the daemon returned no result to read files from");
            const value = await use((name, range) => gateway.readFile(refId, name, abort.signal, range));
            returned = true;
            await gateway.return({ result: {} }, abort.signal);
            await outer;
            return value;
          } catch (err) {
            const first = abort.signal.aborted ? abort.signal.reason : err;
            abort.abort(err);
            await outerEnded;
            throw first;
          }
        } finally {
          opts.signal?.removeEventListener("abort", onAbort);
          gateway.close();
          await session.close().catch(() => {
          });
        }
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
  1333: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        readRemoteBakeFiles: () => (
          /* binding */
          readRemoteBakeFiles
        ),
        /* harmony export */
        readRemoteFiles: () => (
          /* binding */
          readRemoteFiles
        )
        /* harmony export */
      });
      var _bake_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5767);
      var _bake_utf8_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9698);
      var _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7761);
      var _buildkit_session_ssh_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5170);
      var _target_git_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8523);
      var _target_http_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9123);
      var _target_context_kind_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6449);
      var _git_auth_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2476);
      var _daemon_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(904);
      async function readRemoteFiles(connection, url, opts) {
        if (!(0, _target_context_kind_js__WEBPACK_IMPORTED_MODULE_6__.isGitReference)(url))
          return readHttpDefinition(connection, url, opts);
        let source;
        try {
          source = (0, _target_git_source_js__WEBPACK_IMPORTED_MODULE_4__.Ym)(url);
        } catch (err) {
          throw new Error(`${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: ${err.message}`, { cause: err });
        }
        return (0, _daemon_files_js__WEBPACK_IMPORTED_MODULE_7__.y)(connection, (0, _target_git_source_js__WEBPACK_IMPORTED_MODULE_4__.UE)(source, url), {
          name: "bakekit-remote-definition",
          secrets: opts.secrets,
          attach: opts.ssh ? [opts.ssh] : [],
          signal: opts.signal,
          solveError: definitionReadError(url)
        }, async (read) => {
          const files = [];
          const named = opts.files.length > 0;
          for (const name of named ? opts.files : _bake_resolve_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_FILENAMES) {
            let data;
            try {
              data = await read(name);
            } catch (err) {
              if (!named && (0, _daemon_files_js__WEBPACK_IMPORTED_MODULE_7__.c)(err))
                continue;
              throw new Error(`${name} in ${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: ${err.details || err.message}`);
            }
            files.push({ name, data: (0, _bake_utf8_js__WEBPACK_IMPORTED_MODULE_1__.yA)(name, data, name.toLowerCase().endsWith(".hcl")) });
          }
          if (files.length === 0)
            throw new Error(`couldn't find a bake definition in ${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}`);
          return files;
        });
      }
      function definitionReadError(url) {
        return (err) => Object.assign(new Error(`reading the bake definition from ${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: ${err.details || err.message}`), {
          cause: err
        });
      }
      const MAX_HTTP_DEFINITION = 2 * 1024 * 1024;
      function isArchive(head) {
        for (const magic of [
          [66, 90, 104],
          [31, 139, 8],
          [253, 55, 122, 88, 90, 0]
        ])
          if (head.length >= magic.length && magic.every((b, i) => head[i] === b))
            return true;
        if (head.length < 512)
          return false;
        const field = head.subarray(148, 156).toString("latin1").replace(/[\0 ]+$/, "").trim();
        if (!/^[0-7]+$/.test(field))
          return false;
        let sum = 0;
        for (let i = 0; i < 512; i++)
          sum += i >= 148 && i < 156 ? 32 : head[i];
        return sum === parseInt(field, 8);
      }
      async function readHttpDefinition(connection, url, opts) {
        return (0, _daemon_files_js__WEBPACK_IMPORTED_MODULE_7__.y)(connection, (0, _target_http_source_js__WEBPACK_IMPORTED_MODULE_5__.uQ)(url), {
          name: "bakekit-remote-definition",
          signal: opts.signal,
          solveError: definitionReadError(url)
        }, async (read) => {
          const data = await read(_target_http_source_js__WEBPACK_IMPORTED_MODULE_5__.Dw, { length: MAX_HTTP_DEFINITION + 1 });
          if (isArchive(data.subarray(0, 1024)))
            throw new Error(`${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: an archive as a bake definition is not supported (buildx unpacks it and builds the targets' contexts from it); give a Git URL, or the bake file itself`);
          if (data.length > MAX_HTTP_DEFINITION)
            throw new Error(`${(0, _git_auth_js__WEBPACK_IMPORTED_MODULE_8__.redactGitUrl)(url)}: non-archive definition URL bigger than maximum allowed size (2MiB)`);
          return [{ name: url, data: (0, _bake_utf8_js__WEBPACK_IMPORTED_MODULE_1__.yA)(url, data, /\.hcl$/i.test(new URL(url).pathname)) }];
        });
      }
      function definitionAgent(env) {
        try {
          return new _buildkit_session_ssh_js__WEBPACK_IMPORTED_MODULE_3__.Xp([{ id: "default", paths: (env.BUILDX_BAKE_GIT_SSH ?? "").split(",") }], { env });
        } catch {
          return void 0;
        }
      }
      async function readRemoteBakeFiles(url, opts) {
        let names = opts.files;
        if (names.length === 0 && opts.env.BUILDX_BAKE_FILE) {
          names = opts.env.BUILDX_BAKE_FILE.split(opts.env.BUILDX_BAKE_PATH_SEPARATOR || ":").map((s) => s.trim()).filter((s) => s !== "");
        }
        const local = names.filter((n) => n.startsWith("cwd://")).map((n) => n.slice("cwd://".length));
        const remote = names.filter((n) => !n.startsWith("cwd://"));
        const gitSecrets = (opts.secrets ?? []).filter((s) => /^GIT_AUTH_(TOKEN|HEADER)(\..+)?$/.test(s.id));
        const values = (0, _buildkit_session_secrets_js__WEBPACK_IMPORTED_MODULE_2__.Gn)(gitSecrets.map((s) => ({ id: s.id, value: s.value, env: s.env, file: s.src })), { cwd: opts.cwd, env: opts.env });
        const [{ connect }, { defaultEndpoint, parseEndpoint }] = await Promise.all([
          Promise.all(
            /* import() */
            [__webpack_require__.e(57), __webpack_require__.e(801), __webpack_require__.e(263), __webpack_require__.e(304)]
          ).then(__webpack_require__.bind(__webpack_require__, 4263)),
          __webpack_require__.e(
            /* import() */
            57
          ).then(__webpack_require__.bind(__webpack_require__, 57))
        ]);
        const endpoint = opts.builder ? parseEndpoint(opts.builder, void 0, { env: opts.env }) : defaultEndpoint(opts.env);
        const connection = await connect(endpoint, { signal: opts.signal });
        let files;
        try {
          files = await readRemoteFiles(connection, url, {
            files: remote,
            secrets: values,
            ssh: (0, _target_context_kind_js__WEBPACK_IMPORTED_MODULE_6__.isGitReference)(url) ? definitionAgent(opts.env) : void 0,
            signal: opts.signal
          });
        } finally {
          await connection.close();
        }
        if (local.length)
          files.push(...(0, _bake_resolve_js__WEBPACK_IMPORTED_MODULE_0__.readFiles)({ files: local, targets: [], set: [], cwd: opts.cwd, env: opts.env }));
        return files;
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
  9123: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Dw: () => (
          /* binding */
          HTTP_FILENAME
        ),
        /* harmony export */
        Pq: () => (
          /* binding */
          httpUnpackedDefinition
        ),
        /* harmony export */
        uQ: () => (
          /* binding */
          httpDefinition
        )
        /* harmony export */
      });
      var _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7858);
      const HTTP_FILENAME = "context";
      function addHttpSource(b, url) {
        return b.add({ source: { identifier: url, attrs: { "http.filename": HTTP_FILENAME } } }, { description: { "llb.customname": "[internal] load remote build context" }, caps: { "source.http": true } });
      }
      function httpDefinition(url) {
        const b = new _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_0__.W();
        return b.marshal(addHttpSource(b, url));
      }
      function httpUnpackedDefinition(url) {
        const b = new _buildkit_llb_js__WEBPACK_IMPORTED_MODULE_0__.W();
        const http = addHttpSource(b, url);
        const copy = b.addCopy(http, { src: `/${HTTP_FILENAME}`, dest: "/", attemptUnpackDockerCompatibility: true });
        return b.marshal(copy);
      }
    })
  )
};
