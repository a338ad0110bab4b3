"use strict"; exports.id = 450;
exports.ids = [450];
exports.modules = {
  /***/
  4548: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        Z2: () => (
          /* reexport */
          MEDIA_TYPES
        ),
        bP: () => (
          /* reexport */
          RegistryClient
        ),
        gl: () => (
          /* reexport */
          RegistryError
        ),
        FH: () => (
          /* reexport */
          registry_reference.FH
        ),
        F2: () => (
          /* reexport */
          registry_reference.F2
        ),
        aR: () => (
          /* reexport */
          registry_reference.aR
        ),
        sI: () => (
          /* reexport */
          sha256Digest
        )
      });
      var registry_reference = __webpack_require__(5299);
      var external_node_crypto_ = __webpack_require__(7598);
      var credentials = __webpack_require__(5725);
      ;
      function parseChallenges(header) {
        if (!header)
          return [];
        const out = [];
        let i = 0;
        const n = header.length;
        const skipSpace = () => {
          while (i < n && /[\s,]/.test(header[i]))
            i++;
        };
        const token = () => {
          const start = i;
          while (i < n && /[^\s,=]/.test(header[i]))
            i++;
          return header.slice(start, i);
        };
        let current;
        while (i < n) {
          skipSpace();
          const start = i;
          const word = token();
          if (!word)
            break;
          let j = i;
          while (j < n && header[j] === " ")
            j++;
          if (header[j] === "=") {
            i = j + 1;
            while (i < n && header[i] === " ")
              i++;
            let value = "";
            if (header[i] === '"') {
              i++;
              while (i < n && header[i] !== '"') {
                if (header[i] === "\\" && i + 1 < n)
                  i++;
                value += header[i++];
              }
              i++;
            } else {
              const vs = i;
              while (i < n && header[i] !== ",")
                i++;
              value = header.slice(vs, i).trim();
            }
            if (current)
              current.params[word.toLowerCase()] = value;
          } else {
            current = { scheme: header.slice(start, i).toLowerCase(), params: {} };
            out.push(current);
          }
        }
        return out;
      }
      function repositoryScope(path, actions) {
        return `repository:${path}:${[...new Set(actions)].sort().join(",")}`;
      }
      function mergeScopes(scopes) {
        const byResource = /* @__PURE__ */ new Map();
        const others = [];
        for (const s of scopes) {
          const m = /^(repository(?:\([^)]*\))?:[^:]+):(.+)$/.exec(s);
          if (!m) {
            others.push(s);
            continue;
          }
          if (!byResource.has(m[1]))
            byResource.set(m[1], /* @__PURE__ */ new Set());
          for (const a of m[2].split(","))
            byResource.get(m[1]).add(a);
        }
        const merged = [...byResource].map(([r, actions]) => `${r}:${[...actions].sort().join(",")}`);
        return [.../* @__PURE__ */ new Set([...merged, ...others])].sort();
      }
      ;
      const MEDIA_TYPES = {
        ociIndex: "application/vnd.oci.image.index.v1+json",
        ociManifest: "application/vnd.oci.image.manifest.v1+json",
        dockerList: "application/vnd.docker.distribution.manifest.list.v2+json",
        dockerManifest: "application/vnd.docker.distribution.manifest.v2+json"
      };
      const MANIFEST_ACCEPT = [
        MEDIA_TYPES.ociIndex,
        MEDIA_TYPES.dockerList,
        MEDIA_TYPES.ociManifest,
        MEDIA_TYPES.dockerManifest
      ].join(", ");
      class RegistryError extends Error {
        name = "RegistryError";
        status;
        code;
        constructor(message, details = {}) {
          super(message, details.cause === void 0 ? void 0 : { cause: details.cause });
          this.status = details.status;
          this.code = details.code;
        }
      }
      function sha256Digest(bytes) {
        return `sha256:${external_node_crypto_.createHash("sha256").update(bytes).digest("hex")}`;
      }
      class RegistryClient {
        opts;
        hosts = /* @__PURE__ */ new Map();
        insecure;
        credentials;
        fetchFn;
        credentialSource;
        constructor(opts = {}) {
          this.opts = opts;
          this.insecure = new Set(opts.insecureHosts ?? []);
          if (opts.credentials) {
            this.credentials = opts.credentials;
          } else {
            const provider = new credentials.z();
            this.credentials = (host) => provider.lookup(host);
          }
          this.credentialSource = opts.credentialSource ?? "the Docker config (DOCKER_CONFIG or ~/.docker/config.json)";
          this.fetchFn = opts.fetch ?? fetch;
        }
        baseUrl(domain) {
          const host = (0, registry_reference.nz)(domain);
          const plain = this.insecure.has(domain) || this.insecure.has(host) || (0, registry_reference.cW)(host);
          return `${plain ? "http" : "https"}://${host}`;
        }
        state(host) {
          let s = this.hosts.get(host);
          if (!s)
            this.hosts.set(host, s = { tokens: /* @__PURE__ */ new Map() });
          return s;
        }
        async send(url, init) {
          try {
            return await this.fetchFn(url, { ...init, signal: this.opts.signal, redirect: "follow" });
          } catch (err) {
            const cause = err.cause;
            throw new RegistryError(`cannot reach ${new URL(url).origin}: ${cause?.message ?? err.message}`, {
              cause: err
            });
          }
        }
        /** Learns the registry's challenge with `GET /v2/` (once per host), as containerd and the Docker CLI do. */
        async challengeFor(domain) {
          const host = (0, registry_reference.nz)(domain);
          const st = this.state(host);
          if (st.challenge !== void 0)
            return st.challenge;
          const res = await this.send(`${this.baseUrl(domain)}/v2/`, { method: "GET", headers: this.baseHeaders() });
          await res.body?.cancel().catch(() => {
          });
          if (res.status === 401) {
            const challenges = parseChallenges(res.headers.get("www-authenticate"));
            st.challenge = challenges.find((c) => c.scheme === "bearer") ?? challenges.find((c) => c.scheme === "basic") ?? null;
          } else if (res.ok || res.status === 404) {
            st.challenge = null;
          } else {
            throw new RegistryError(`registry ${host} answered GET /v2/ with ${res.status} ${res.statusText}`, {
              status: res.status
            });
          }
          return st.challenge;
        }
        baseHeaders() {
          return { "User-Agent": this.opts.userAgent ?? "bakekit" };
        }
        async authorization(domain, scopes, challenge, force = false) {
          if (!challenge)
            return void 0;
          const host = (0, registry_reference.nz)(domain);
          const creds = this.credentials(host);
          if (challenge.scheme === "basic") {
            if (!creds)
              return void 0;
            return `Basic ${Buffer.from(`${creds.username}:${creds.secret}`).toString("base64")}`;
          }
          if (challenge.scheme !== "bearer")
            return void 0;
          const merged = mergeScopes(scopes);
          const key = merged.join(" ");
          const st = this.state(host);
          const cached = st.tokens.get(key);
          if (cached && !force && cached.expires > Date.now())
            return `Bearer ${cached.token}`;
          const token = await this.fetchToken(host, challenge, merged, creds);
          st.tokens.set(key, token);
          return `Bearer ${token.token}`;
        }
        async fetchToken(host, challenge, scopes, creds) {
          const realm = challenge.params.realm;
          if (!realm)
            throw new RegistryError(`registry ${host} asks for a bearer token but names no realm`);
          const service = challenge.params.service;
          let res;
          if (creds && !creds.username) {
            const form = new URLSearchParams({
              grant_type: "refresh_token",
              refresh_token: creds.secret,
              client_id: "bakekit"
            });
            if (service)
              form.set("service", service);
            if (scopes.length)
              form.set("scope", scopes.join(" "));
            res = await this.send(realm, {
              method: "POST",
              headers: { ...this.baseHeaders(), "Content-Type": "application/x-www-form-urlencoded" },
              body: form.toString()
            });
          } else {
            const url = new URL(realm);
            if (service)
              url.searchParams.set("service", service);
            for (const s of scopes)
              url.searchParams.append("scope", s);
            const headers = this.baseHeaders();
            if (creds)
              headers.Authorization = `Basic ${Buffer.from(`${creds.username}:${creds.secret}`).toString("base64")}`;
            res = await this.send(url.toString(), { method: "GET", headers });
          }
          const text = await res.text();
          if (!res.ok) {
            const who = creds ? `the credentials for ${host} from ${this.credentialSource} were rejected` : `anonymous access to ${host} was refused (no credentials in ${this.credentialSource})`;
            throw new RegistryError(`cannot get a token for ${host} from ${realm}: ${res.status} ${res.statusText}: ${who}`, {
              status: res.status,
              code: "UNAUTHORIZED"
            });
          }
          let body;
          try {
            body = JSON.parse(text);
          } catch (err) {
            throw new RegistryError(`token server ${realm} answered with something that is not JSON`, { cause: err });
          }
          const token = body.token ?? body.access_token;
          if (!token)
            throw new RegistryError(`token server ${realm} answered without a token`);
          const ttl = Math.max(60, body.expires_in ?? 60) * 1e3;
          return { token, expires: Date.now() + ttl - 1e4 };
        }
        /**
         * One API call with auth. A 401 on a replayable request refreshes the token once (with the scope the registry
         * asked for); a 401 after that is an authentication error naming where the credentials came from.
         */
        async request(domain, path, ro) {
          const host = (0, registry_reference.nz)(domain);
          const challenge = await this.challengeFor(domain);
          const replayable = ro.body === void 0 || typeof ro.body === "string" || Buffer.isBuffer(ro.body);
          let scopes = ro.scopes;
          for (let attempt = 0; ; attempt++) {
            const headers = { ...this.baseHeaders(), ...ro.headers };
            const auth = await this.authorization(domain, scopes, this.state(host).challenge ?? challenge, attempt > 0);
            if (auth)
              headers.Authorization = auth;
            const init = { method: ro.method ?? "GET", headers };
            if (ro.body !== void 0) {
              init.body = ro.body;
              if (!replayable)
                init.duplex = "half";
            }
            const res = await this.send(`${this.baseUrl(domain)}${path}`, init);
            if (res.status === 401 && attempt === 0 && replayable) {
              const next = parseChallenges(res.headers.get("www-authenticate"));
              const c = next.find((x) => x.scheme === "bearer") ?? next.find((x) => x.scheme === "basic");
              await res.body?.cancel().catch(() => {
              });
              if (c) {
                this.state(host).challenge = c;
                if (c.params.scope)
                  scopes = mergeScopes([...scopes, ...c.params.scope.split(" ")]);
              }
              if (c?.scheme === "bearer" || c?.scheme === "basic" && !challenge)
                continue;
              throw this.unauthorized(host, ro.method ?? "GET", path, res);
            }
            if (res.status === 401 || res.status === 403) {
              await res.body?.cancel().catch(() => {
              });
              throw this.unauthorized(host, ro.method ?? "GET", path, res);
            }
            if (!res.ok && !(ro.ok ?? []).includes(res.status)) {
              throw await this.apiError(host, ro.method ?? "GET", path, res);
            }
            return res;
          }
        }
        unauthorized(host, method, path, res) {
          const creds = this.credentials(host);
          const hint = creds ? `the credentials for ${host} from ${this.credentialSource} were rejected (wrong user name or password?)` : `no credentials for ${host} in ${this.credentialSource} (run docker login ${host})`;
          return new RegistryError(`${method} ${path} on ${host}: ${res.status} ${res.status === 401 ? "Unauthorized" : "Forbidden"}: ${hint}`, { status: res.status, code: "UNAUTHORIZED" });
        }
        async apiError(host, method, path, res) {
          const text = await res.text().catch(() => "");
          let detail = text.trim().slice(0, 300);
          let code;
          try {
            const body = JSON.parse(text);
            if (body.errors?.length) {
              code = body.errors[0].code;
              detail = body.errors.map((e) => `${e.code ?? ""}${e.message ? `: ${e.message}` : ""}`).join("; ");
            }
          } catch {
          }
          return new RegistryError(`${method} ${path} on ${host}: ${res.status} ${res.statusText}${detail ? `: ${detail}` : ""}`, { status: res.status, code });
        }
        /** GET a manifest (index or image manifest) by tag or digest; the digest is checked when asked by digest. */
        async getManifest(ref, reference = ref.digest ?? ref.tag ?? "latest", accept = MANIFEST_ACCEPT) {
          const res = await this.request(ref.domain, `/v2/${ref.path}/manifests/${reference}`, {
            headers: { Accept: accept },
            scopes: [repositoryScope(ref.path, ["pull"])]
          });
          const bytes = Buffer.from(await res.arrayBuffer());
          const digest = sha256Digest(bytes);
          if (reference.startsWith("sha256:") && digest !== reference) {
            throw new RegistryError(`manifest ${(0, registry_reference.aR)(ref)}@${reference} from the registry has digest ${digest}`);
          }
          let mediaType = (res.headers.get("content-type") ?? "").split(";")[0].trim();
          try {
            const parsed = JSON.parse(bytes.toString("utf8"));
            if (parsed.mediaType)
              mediaType = parsed.mediaType;
            else if (!mediaType || mediaType === "application/json")
              mediaType = parsed.manifests ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
          } catch (err) {
            throw new RegistryError(`manifest ${(0, registry_reference.aR)(ref)}:${reference} is not JSON`, { cause: err });
          }
          return { bytes, mediaType, digest, size: bytes.length };
        }
        /** HEAD a manifest: its descriptor, or undefined when the registry does not have it. */
        async headManifest(ref, reference) {
          const res = await this.request(ref.domain, `/v2/${ref.path}/manifests/${reference}`, {
            method: "HEAD",
            headers: { Accept: MANIFEST_ACCEPT },
            scopes: [repositoryScope(ref.path, ["pull"])],
            ok: [404]
          });
          if (res.status === 404)
            return void 0;
          return {
            mediaType: (res.headers.get("content-type") ?? "").split(";")[0].trim(),
            digest: res.headers.get("docker-content-digest") ?? reference,
            size: Number(res.headers.get("content-length") ?? -1)
          };
        }
        /** PUT a manifest under a tag or its digest; returns the digest. */
        async putManifest(ref, reference, bytes, mediaType) {
          const res = await this.request(ref.domain, `/v2/${ref.path}/manifests/${reference}`, {
            method: "PUT",
            headers: { "Content-Type": mediaType },
            body: bytes,
            scopes: [repositoryScope(ref.path, ["pull", "push"])]
          });
          await res.body?.cancel().catch(() => {
          });
          const digest = sha256Digest(bytes);
          const echoed = res.headers.get("docker-content-digest");
          if (echoed && echoed !== digest)
            throw new RegistryError(`registry stored manifest ${(0, registry_reference.aR)(ref)}:${reference} as ${echoed}, expected ${digest}`);
          return digest;
        }
        async blobExists(ref, digest) {
          const res = await this.request(ref.domain, `/v2/${ref.path}/blobs/${digest}`, {
            method: "HEAD",
            scopes: [repositoryScope(ref.path, ["pull"])],
            ok: [404]
          });
          return res.status !== 404;
        }
        /** GET a blob as a stream. */
        async getBlob(ref, digest) {
          return this.request(ref.domain, `/v2/${ref.path}/blobs/${digest}`, {
            scopes: [repositoryScope(ref.path, ["pull"])]
          });
        }
        async getBlobBytes(ref, digest) {
          const res = await this.getBlob(ref, digest);
          const bytes = Buffer.from(await res.arrayBuffer());
          if (sha256Digest(bytes) !== digest && digest.startsWith("sha256:"))
            throw new RegistryError(`blob ${(0, registry_reference.aR)(ref)}@${digest} does not match its digest`);
          return bytes;
        }
        /**
         * Cross-repository mount (same registry): true when the registry linked the blob (201). A registry that does not
         * mount answers 202 with an upload session, which is cancelled; the caller then copies.
         */
        async mountBlob(ref, digest, from) {
          if (from.domain !== ref.domain)
            return false;
          const q = new URLSearchParams({ mount: digest, from: from.path });
          const res = await this.request(ref.domain, `/v2/${ref.path}/blobs/uploads/?${q.toString()}`, {
            method: "POST",
            headers: { "Content-Length": "0" },
            scopes: [repositoryScope(ref.path, ["pull", "push"]), repositoryScope(from.path, ["pull"])],
            ok: [202]
          });
          await res.body?.cancel().catch(() => {
          });
          if (res.status === 201)
            return true;
          const location = res.headers.get("location");
          if (location) {
            await this.request(ref.domain, this.relative(ref.domain, location), {
              method: "DELETE",
              scopes: [repositoryScope(ref.path, ["pull", "push"])],
              ok: [404, 405]
            }).then((r) => r.body?.cancel()).catch(() => {
            });
          }
          return false;
        }
        relative(domain, location) {
          const u = new URL(location, this.baseUrl(domain));
          return `${u.pathname}${u.search}`;
        }
        /** Uploads a blob (POST, then one PUT with the whole content). `body` may be a stream of known size. */
        async uploadBlob(ref, digest, size, body) {
          const scopes = [repositoryScope(ref.path, ["pull", "push"])];
          const start = await this.request(ref.domain, `/v2/${ref.path}/blobs/uploads/`, {
            method: "POST",
            headers: { "Content-Length": "0" },
            scopes,
            ok: [202]
          });
          await start.body?.cancel().catch(() => {
          });
          const location = start.headers.get("location");
          if (!location)
            throw new RegistryError(`registry ${(0, registry_reference.nz)(ref.domain)} started an upload without a Location`);
          const target = new URL(location, this.baseUrl(ref.domain));
          target.searchParams.set("digest", digest);
          const res = await this.request(ref.domain, `${target.pathname}${target.search}`, {
            method: "PUT",
            headers: { "Content-Type": "application/octet-stream", "Content-Length": String(size) },
            body,
            scopes
          });
          await res.body?.cancel().catch(() => {
          });
        }
        /** Makes `digest` present in `to`: already there, mounted from `from`, or streamed across. */
        async copyBlob(from, to, digest, size) {
          if (await this.blobExists(to, digest))
            return "exists";
          if (await this.mountBlob(to, digest, from))
            return "mounted";
          const res = await this.getBlob(from, digest);
          if (!res.body)
            throw new RegistryError(`blob ${(0, registry_reference.aR)(from)}@${digest} came without a body`);
          const length = Number(res.headers.get("content-length") ?? size);
          await this.uploadBlob(to, digest, length >= 0 ? length : size, res.body);
          return "copied";
        }
      }
      ;
    })
  ),
  /***/
  6450: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Cz: () => (
          /* binding */
          mergeFromMetadata
        ),
        /* harmony export */
        FL: () => (
          /* binding */
          parsePlatform
        ),
        /* harmony export */
        T0: () => (
          /* binding */
          indexAnnotationsFrom
        ),
        /* harmony export */
        cu: () => (
          /* binding */
          metadataTargets
        ),
        /* harmony export */
        kv: () => (
          /* binding */
          credentialsFromEnv
        ),
        /* harmony export */
        nR: () => (
          /* binding */
          readMetadataInputs
        ),
        /* harmony export */
        nV: () => (
          /* binding */
          mergeImages
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4548);
      var _buildkit_dockerconfig_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(111);
      var _platform_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2843);
      var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9960);
      class MergeError extends Error {
        name = "MergeError";
      }
      const DOCKER_PREFIX = "application/vnd.docker.";
      function isIndex(mediaType) {
        return mediaType === _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.Z2.ociIndex || mediaType === _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.Z2.dockerList;
      }
      function canonicalDescriptor(d) {
        const out = { mediaType: d.mediaType, digest: d.digest, size: d.size };
        if (d.urls?.length)
          out.urls = d.urls;
        if (d.annotations && Object.keys(d.annotations).length)
          out.annotations = d.annotations;
        if (d.platform) {
          const p = { architecture: d.platform.architecture, os: d.platform.os };
          if (d.platform["os.version"])
            p["os.version"] = d.platform["os.version"];
          if (d.platform["os.features"]?.length)
            p["os.features"] = d.platform["os.features"];
          if (d.platform.variant)
            p.variant = d.platform.variant;
          out.platform = p;
        }
        if (d.artifactType)
          out.artifactType = d.artifactType;
        return out;
      }
      function goJson(v) {
        const s = JSON.stringify(v, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
        return Buffer.from(s, "utf8");
      }
      function indexAnnotationsFrom(attrs) {
        const out = { index: {}, descriptor: [] };
        for (const [k, v] of Object.entries(attrs)) {
          const m = /^annotation-(index|manifest-descriptor)(?:\[([^\]]*)\])?\.(.+)$/.exec(k);
          if (!m)
            continue;
          if (m[1] === "index")
            out.index[m[3]] = v;
          else
            out.descriptor.push({ platform: m[2] || void 0, key: m[3], value: v });
        }
        return out;
      }
      function hasAnnotations(a) {
        return !!a && (Object.keys(a.index).length > 0 || a.descriptor.length > 0);
      }
      async function combine(client, sources, annotations) {
        if (!sources.length)
          throw new MergeError("nothing to merge: no source images");
        const fetched = await Promise.all(sources.map(async (src) => {
          const m = await client.getManifest(src.ref, src.ref.digest);
          const desc = {
            ...src.descriptor ?? {},
            mediaType: src.descriptor?.mediaType || m.mediaType,
            digest: m.digest,
            size: m.size
          };
          if (!isIndex(desc.mediaType) && (!desc.platform?.os || !desc.platform?.architecture)) {
            desc.platform = await platformOf(client, src.ref, m.bytes, desc.platform);
          }
          return { src, desc, bytes: m.bytes };
        }));
        if (fetched.length === 1 && !hasAnnotations(annotations)) {
          const only = fetched[0];
          const entries2 = isIndex(only.desc.mediaType) ? indexEntries(only.bytes).map((d) => ({ descriptor: d, from: only.src.ref })) : [{ descriptor: only.desc, from: only.src.ref }];
          return {
            bytes: only.bytes,
            descriptor: canonicalDescriptor({
              mediaType: only.desc.mediaType,
              digest: only.desc.digest,
              size: only.desc.size
            }),
            entries: entries2
          };
        }
        const order = [];
        const byDigest = /* @__PURE__ */ new Map();
        const add = (d, from) => {
          const old = byDigest.get(d.digest);
          if (!old) {
            order.push(d.digest);
            byDigest.set(d.digest, {
              descriptor: { ...d, annotations: d.annotations ? { ...d.annotations } : void 0 },
              from
            });
            return;
          }
          const o = old.descriptor;
          if (!o.mediaType)
            o.mediaType = d.mediaType;
          if (d.platform)
            o.platform = d.platform;
          o.annotations = { ...o.annotations ?? {}, ...d.annotations ?? {} };
          old.from = from;
        };
        for (const f of fetched) {
          if (isIndex(f.desc.mediaType))
            for (const d of indexEntries(f.bytes))
              add(d, f.src.ref);
          else
            add(f.desc, f.src.ref);
        }
        const entries = order.map((d) => byDigest.get(d));
        const mediaType = entries.every((e) => e.descriptor.mediaType.startsWith(DOCKER_PREFIX)) ? _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.Z2.dockerList : _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.Z2.ociIndex;
        const indexAnnotations = {};
        if (mediaType === _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.Z2.ociIndex && annotations) {
          Object.assign(indexAnnotations, annotations.index);
          for (const a of annotations.descriptor) {
            for (const e of entries) {
              if (a.platform && (!e.descriptor.platform || (0, _platform_js__WEBPACK_IMPORTED_MODULE_5__.B)((0, _platform_js__WEBPACK_IMPORTED_MODULE_5__.F)(e.descriptor.platform)) !== (0, _platform_js__WEBPACK_IMPORTED_MODULE_5__.B)((0, _platform_js__WEBPACK_IMPORTED_MODULE_5__.F)(parsePlatform(a.platform)))))
                continue;
              e.descriptor.annotations = { ...e.descriptor.annotations ?? {}, [a.key]: a.value };
            }
          }
        }
        const index = {
          schemaVersion: 2,
          mediaType,
          manifests: entries.map((e) => canonicalDescriptor(e.descriptor))
        };
        if (Object.keys(indexAnnotations).length)
          index.annotations = indexAnnotations;
        const bytes = goJson(index);
        return { bytes, descriptor: { mediaType, digest: (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.sI)(bytes), size: bytes.length }, entries };
      }
      function parsePlatform(s) {
        const [os, architecture, variant] = s.split("/");
        return variant ? { os, architecture, variant } : { os, architecture };
      }
      function indexEntries(bytes) {
        const idx = JSON.parse(bytes.toString("utf8"));
        return (idx.manifests ?? []).map((d) => ({ ...d }));
      }
      async function platformOf(client, ref, manifestBytes, given) {
        const manifest = JSON.parse(manifestBytes.toString("utf8"));
        if (!manifest.config?.digest)
          throw new MergeError(`${(0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.aR)(ref)}@${ref.digest} is neither an image manifest nor an index`);
        const config = JSON.parse((await client.getBlobBytes(ref, manifest.config.digest)).toString("utf8"));
        const p = (0, _platform_js__WEBPACK_IMPORTED_MODULE_5__.F)({
          architecture: config.architecture ?? "",
          os: config.os ?? "",
          variant: config.variant,
          "os.version": config["os.version"]
        });
        const out = { architecture: given?.architecture || p.architecture, os: given?.os || p.os };
        if (given?.variant || p.variant)
          out.variant = given?.variant || p.variant;
        if (given?.["os.version"] || p["os.version"])
          out["os.version"] = given?.["os.version"] || p["os.version"];
        return out;
      }
      async function copyManifest(client, from, to, desc) {
        if (from.domain === to.domain && from.path === to.path)
          return;
        if (await client.headManifest(to, desc.digest))
          return;
        const m = await client.getManifest({ ...from, digest: desc.digest }, desc.digest);
        const body = JSON.parse(m.bytes.toString("utf8"));
        if (body.manifests) {
          await Promise.all(body.manifests.map((d) => copyManifest(client, from, to, d)));
        } else {
          const blobs = [body.config, ...body.layers ?? [], ...body.blobs ?? []].filter((b) => !!b?.digest);
          await Promise.all(blobs.filter((b) => !b.urls?.length).map((b) => client.copyBlob(from, to, b.digest, b.size)));
        }
        await client.putManifest(to, desc.digest, m.bytes, desc.mediaType || m.mediaType);
      }
      async function pushCombined(client, combined, names) {
        for (const name of names) {
          const repo = { domain: name.domain, path: name.path };
          const selfIsEntry = combined.entries.length === 1 && combined.entries[0].descriptor.digest === combined.descriptor.digest;
          if (!selfIsEntry)
            await Promise.all(combined.entries.map((e) => copyManifest(client, e.from, repo, e.descriptor)));
          else if (combined.entries[0].from.path !== repo.path || combined.entries[0].from.domain !== repo.domain) {
            await copyBlobsOf(client, combined.entries[0].from, repo, combined.bytes);
          }
          await client.putManifest(repo, name.tag ?? combined.descriptor.digest, combined.bytes, combined.descriptor.mediaType);
          if (name.digest && name.digest !== combined.descriptor.digest) {
            throw new MergeError(`${(0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.FH)(name)} asks for digest ${name.digest}, but the merged index is ${combined.descriptor.digest}`);
          }
        }
      }
      async function copyBlobsOf(client, from, to, manifestBytes) {
        const body = JSON.parse(manifestBytes.toString("utf8"));
        if (body.manifests) {
          await Promise.all(body.manifests.map((d) => copyManifest(client, from, to, d)));
          return;
        }
        const blobs = [body.config, ...body.layers ?? []].filter((b) => !!b?.digest && !b.urls?.length);
        await Promise.all(blobs.map((b) => client.copyBlob(from, to, b.digest, b.size)));
      }
      async function mergeImages(client, sources, names, annotations) {
        if (!names.length)
          throw new MergeError("no image names (tags) to push the merged index to");
        const refs = names.map((n) => (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.F2)(n));
        const combined = await combine(client, sources, annotations);
        await pushCombined(client, combined, refs);
        const formatted = refs.map(_buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.FH);
        return {
          descriptor: combined.descriptor,
          names: formatted,
          metadata: {
            "containerimage.descriptor": combined.descriptor,
            "containerimage.digest": combined.descriptor.digest,
            "image.name": formatted.join(",")
          }
        };
      }
      function readMetadataInputs(items, cwd) {
        const out = [];
        const readFile = (file) => {
          let data;
          try {
            data = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, "utf8"));
          } catch (err) {
            throw new MergeError(`metadata file ${file}: ${err.message}`);
          }
          if (!data || typeof data !== "object" || Array.isArray(data))
            throw new MergeError(`metadata file ${file} is not a JSON object`);
          out.push({ origin: file, data });
        };
        for (const item of items) {
          const s = item.trim();
          if (!s)
            continue;
          if (s.startsWith("{")) {
            let data;
            try {
              data = JSON.parse(s);
            } catch (err) {
              throw new MergeError(`metadata given inline is not valid JSON: ${err.message}`);
            }
            out.push({ origin: "inline metadata", data });
            continue;
          }
          const p = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, s);
          let st;
          try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(p);
          } catch {
            throw new MergeError(`metadata ${p} does not exist`);
          }
          if (st.isDirectory()) {
            const files = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(p, { recursive: true }).filter((f) => f.endsWith(".json")).sort();
            if (!files.length)
              throw new MergeError(`metadata directory ${p} has no .json files`);
            for (const f of files)
              readFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(p, f));
          } else {
            readFile(p);
          }
        }
        return out;
      }
      function entriesOf(md) {
        if (typeof md["containerimage.digest"] === "string")
          return [["", md]];
        return Object.entries(md).filter(([k, v]) => !k.startsWith("buildx.") && v && typeof v === "object");
      }
      function taggedNames(list) {
        return list.filter((n) => n && !n.includes("@"));
      }
      function planMerge(inputs, specs, only = []) {
        const byTarget = /* @__PURE__ */ new Map();
        for (const input of inputs) {
          for (const [target, entry] of entriesOf(input.data)) {
            if (!byTarget.has(target))
              byTarget.set(target, []);
            byTarget.get(target).push({ origin: input.origin, entry });
          }
        }
        const specByName = new Map(specs.map((s) => [s.name, s]));
        const wanted = only.length ? only : [...byTarget.keys()];
        const plans = [];
        for (const target of wanted) {
          const found = byTarget.get(target) ?? (byTarget.size === 1 && byTarget.has("") ? byTarget.get("") : void 0);
          if (!found?.length)
            throw new MergeError(`no metadata for target "${target}" (targets in the metadata: ${[...byTarget.keys()].map((k) => k || "(top level)").join(", ") || "none"})`);
          const spec = specByName.get(target);
          const sources = [];
          const fromJobs = [];
          for (const { origin, entry } of found) {
            const digest = entry["containerimage.digest"];
            const names2 = typeof entry["image.name"] === "string" ? entry["image.name"].split(",").map((s) => s.trim()).filter(Boolean) : [];
            if (typeof digest !== "string" || !digest.startsWith("sha256:"))
              throw new MergeError(`${origin}: target "${target}" has no containerimage.digest (was it pushed?)`);
            if (!names2.length)
              throw new MergeError(`${origin}: target "${target}" has no image.name, so the repository of ${digest} is unknown`);
            const repo = (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.F2)(names2[0]);
            const descriptor = decodeDescriptor(entry["containerimage.descriptor"]);
            if (descriptor && descriptor.digest !== digest)
              throw new MergeError(`${origin}: target "${target}": descriptor digest ${descriptor.digest} differs from ${digest}`);
            if (!sources.some((s) => s.ref.digest === digest)) {
              sources.push({ ref: { domain: repo.domain, path: repo.path, digest }, descriptor: descriptor ?? void 0 });
            }
            fromJobs.push(...taggedNames(names2).filter((n) => (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.F2)(n).tag));
          }
          const imageOutputs = (spec?.outputs ?? []).filter((o) => o.type === "image" || o.type === "registry");
          const outputNames = imageOutputs.flatMap((o) => o.name ? o.name.split(",") : []).filter((n) => n && (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.F2)(n).tag);
          const names = dedupe(spec?.tags.length ? spec.tags : outputNames.length ? outputNames : fromJobs);
          if (!names.length)
            throw new MergeError(`target "${target}": no tags to push the merged index to (set tags in the bake definition or with --set ${target}.tags=\u2026)`);
          const annotationSource = { ...(0, _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_4__.Q9)(spec?.annotations ?? []) };
          for (const o of imageOutputs)
            Object.assign(annotationSource, attrsOf(o));
          const insecureHosts = imageOutputs.some((o) => o["registry.insecure"] === "true") ? [...new Set([...names, ...sources.map((s) => (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.FH)(s.ref))].map((n) => (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.F2)(n).domain))] : [];
          plans.push({
            target: target || (spec?.name ?? ""),
            sources,
            names,
            annotations: indexAnnotationsFrom(annotationSource),
            insecureHosts
          });
        }
        return plans;
      }
      function attrsOf(o) {
        const out = {};
        for (const [k, v] of Object.entries(o))
          if (k !== "type")
            out[k] = v;
        return out;
      }
      function dedupe(names) {
        const seen = /* @__PURE__ */ new Set();
        const out = [];
        for (const n of names) {
          const key = (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.FH)((0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.F2)(n));
          if (seen.has(key))
            continue;
          seen.add(key);
          out.push(n);
        }
        return out;
      }
      function decodeDescriptor(v) {
        if (!v)
          return void 0;
        let obj = v;
        if (typeof v === "string") {
          try {
            obj = JSON.parse(Buffer.from(v, "base64").toString("utf8"));
          } catch {
            return void 0;
          }
        }
        const d = obj;
        if (typeof d?.digest !== "string" || typeof d.mediaType !== "string")
          return void 0;
        return d;
      }
      async function runMerge(plans, opts = {}) {
        const out = {};
        for (const plan of plans) {
          const client = opts.client ?? new _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.bP({
            insecureHosts: plan.insecureHosts,
            signal: opts.signal,
            ...opts.env ? credentialsFromEnv(opts.env) : {}
          });
          opts.log?.(`merging ${plan.sources.length} image(s) for target "${plan.target}" into ${plan.names.join(", ")}`);
          for (const s of plan.sources)
            opts.log?.(`  ${(0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.FH)(s.ref)}`);
          try {
            const result = await mergeImages(client, plan.sources, plan.names, plan.annotations);
            opts.log?.(`  \u2192 ${result.descriptor.mediaType} ${result.descriptor.digest}`);
            out[plan.target] = result.metadata;
          } catch (err) {
            const e = err;
            throw new MergeError(`target "${plan.target}": ${e instanceof _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_2__.gl || e instanceof MergeError ? e.message : `merge failed: ${e.message}`}`);
          }
        }
        return out;
      }
      function credentialsFromEnv(env) {
        const dir = (0, _buildkit_dockerconfig_index_js__WEBPACK_IMPORTED_MODULE_3__.kG)(env);
        const provider = new _buildkit_dockerconfig_index_js__WEBPACK_IMPORTED_MODULE_3__.zw(dir);
        return { credentials: (host) => provider.lookup(host), credentialSource: node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, "config.json") };
      }
      function metadataTargets(inputs) {
        const out = [];
        for (const i of inputs)
          for (const [t] of entriesOf(i.data))
            if (t && !out.includes(t))
              out.push(t);
        return out;
      }
      async function mergeFromMetadata(opts) {
        if (!opts.inputs.length)
          throw new MergeError("nothing to merge: give the build jobs' metadata (files, directories or JSON) to merge from");
        const plans = planMerge(opts.inputs, opts.specs, opts.targets);
        return runMerge(plans, { env: opts.env, signal: opts.signal, log: opts.log });
      }
    })
  )
};
