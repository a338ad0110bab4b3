"use strict"; exports.id = 243;
exports.ids = [243];
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
  8243: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        k2: () => (
          /* binding */
          CacheRun
        ),
        startGhaPreflight: () => (
          /* binding */
          startGhaPreflight
        )
      });
      var gha = __webpack_require__(1364);
      var attribute_values = __webpack_require__(9960);
      var external_node_crypto_ = __webpack_require__(7598);
      var promises_ = __webpack_require__(8500);
      ;
      const TWIRP = "twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL";
      const REQUEST_TIMEOUT_MS = 5e3;
      const VERSION = external_node_crypto_.createHash("sha256").update("|go-actionscache-1.0").digest("hex");
      function storageParts(attrs) {
        return [attrs.url_v2 ? "v2" : "v1", attrs.url_v2 || attrs.url || "", attrs.token ?? ""];
      }
      function ghaServiceKey(attrs) {
        return JSON.stringify([...storageParts(attrs), attrs.scope ?? "buildkit"]);
      }
      function tokenScopes(token) {
        try {
          const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
          const ac = typeof payload.ac === "string" ? JSON.parse(payload.ac) : [];
          return ac.map((s) => s.Scope).filter((s) => typeof s === "string");
        } catch {
          return [];
        }
      }
      function indexKey(scope, tokenScope) {
        return `index-${scope}-1-${external_node_crypto_.createHash("sha256").update(tokenScope).digest("hex").slice(0, 8)}`;
      }
      class Failing extends Error {
        name = "Failing";
      }
      class NoAnswer extends Error {
        name = "NoAnswer";
      }
      async function send(url, init) {
        const target = new URL(url);
        const client = target.protocol === "https:" ? await Promise.resolve(
          /* import() */
        ).then(__webpack_require__.t.bind(__webpack_require__, 4708, 19)) : await Promise.resolve(
          /* import() */
        ).then(__webpack_require__.t.bind(__webpack_require__, 7067, 19));
        return new Promise((resolve, reject) => {
          const headers = { ...init.headers };
          if (init.body !== void 0)
            headers["Content-Length"] = String(Buffer.byteLength(init.body));
          const req = client.request(target, {
            method: init.method ?? "GET",
            headers
          });
          const timer = setTimeout(() => req.destroy(new NoAnswer()), REQUEST_TIMEOUT_MS);
          timer.unref();
          const onAbort = () => req.destroy(new NoAnswer());
          if (init.signal?.aborted)
            onAbort();
          init.signal?.addEventListener("abort", onAbort, { once: true });
          req.on("close", () => init.signal?.removeEventListener("abort", onAbort));
          req.on("error", (err) => {
            clearTimeout(timer);
            reject(err);
          });
          req.on("response", (res) => {
            const header = (name) => {
              const v = res.headers[name.toLowerCase()];
              return Array.isArray(v) ? v[0] : v;
            };
            resolve({
              status: res.statusCode ?? 0,
              header,
              text: () => new Promise((ok, fail) => {
                const chunks = [];
                res.on("data", (c) => chunks.push(c));
                res.on("end", () => {
                  clearTimeout(timer);
                  ok(Buffer.concat(chunks).toString("utf8"));
                });
                res.on("error", fail);
                res.on("close", () => fail(new NoAnswer()));
              }),
              discard: () => {
                clearTimeout(timer);
                res.destroy();
              }
            });
          });
          req.end(init.body);
        });
      }
      async function request(url, init, what, strict) {
        for (let attempt = 0; ; attempt++) {
          let res;
          try {
            res = await send(url, init);
          } catch (err) {
            const e = err;
            throw new Failing(e instanceof NoAnswer ? `${what}: no answer within ${REQUEST_TIMEOUT_MS / 1e3} s` : `${what}: ${e.message}`);
          }
          if (!strict)
            return res;
          if (res.status === 429 && attempt === 0) {
            const after = Number(res.header("retry-after") ?? "1");
            res.discard();
            if (Number.isFinite(after) && after >= 0 && after <= 2) {
              await (0, promises_.setTimeout)(after * 1e3, void 0, { signal: init.signal }).catch(() => {
              });
              continue;
            }
          }
          if (res.status === 429 || res.status >= 500) {
            res.discard();
            throw new Failing(`${what} answered ${res.status}`);
          }
          return res;
        }
      }
      async function checkGhaService(entries, signal) {
        const attrs = entries[0];
        if (!attrs)
          return void 0;
        const token = attrs.token ?? "";
        const auth = { Authorization: `Bearer ${token}` };
        const scopes = [...new Set(entries.map((e) => e.scope ?? "buildkit"))];
        try {
          for (const scope of scopes) {
            for (const tokenScope of tokenScopes(token)) {
              const blobUrl = await lookUpIndex(attrs, auth, indexKey(scope, tokenScope), signal);
              if (!blobUrl)
                continue;
              const res = await request(blobUrl, { headers: { "x-ms-range": "bytes=0-0", "x-ms-version": "2020-10-02" }, signal }, "the cache storage", true);
              res.discard();
              return void 0;
            }
          }
          return void 0;
        } catch (err) {
          if (err instanceof Failing)
            return err.message;
          return void 0;
        }
      }
      async function lookUpIndex(attrs, auth, key, signal) {
        if (attrs.url_v2) {
          const base = attrs.url_v2.endsWith("/") ? attrs.url_v2 : `${attrs.url_v2}/`;
          const res = await request(base + TWIRP, {
            method: "POST",
            headers: { ...auth, "Content-Type": "application/json" },
            body: JSON.stringify({ key, restore_keys: [key], version: VERSION }),
            signal
          }, "the cache service", false);
          let body = {};
          if (res.status >= 200 && res.status < 300) {
            try {
              body = JSON.parse(await res.text());
            } catch {
            }
          } else
            res.discard();
          return body.ok && body.signed_download_url ? body.signed_download_url : void 0;
        }
        if (attrs.url) {
          const base = attrs.url.endsWith("/") ? attrs.url : `${attrs.url}/`;
          const q = new URLSearchParams({ keys: key, version: VERSION });
          const res = await request(`${base}_apis/artifactcache/cache?${q.toString()}`, { headers: { ...auth, Accept: "application/json;api-version=6.0-preview.1" }, signal }, "the cache service", false);
          let text = "";
          if (res.status === 200)
            text = await res.text();
          else
            res.discard();
          return text ? JSON.parse(text).archiveLocation || void 0 : void 0;
        }
        return void 0;
      }
      async function failingGhaServices(imports, signal) {
        const storages = /* @__PURE__ */ new Map();
        for (const e of imports) {
          if (e.Type !== "gha")
            continue;
          const k = JSON.stringify(storageParts(e.Attrs));
          if (!storages.has(k))
            storages.set(k, /* @__PURE__ */ new Map());
          storages.get(k).set(ghaServiceKey(e.Attrs), e.Attrs);
        }
        const out = /* @__PURE__ */ new Map();
        await Promise.all([...storages.values()].map(async (services) => {
          const why = await checkGhaService([...services.values()], signal);
          if (why)
            for (const key of services.keys())
              out.set(key, why);
        }));
        return out;
      }
      var abortable = __webpack_require__(9867);
      var external_node_http_ = __webpack_require__(7067);
      var docker = __webpack_require__(2776);
      ;
      function engineCacheSupport(engineVersion2) {
        const m = /^v?(\d+)\.(\d+)/.exec(engineVersion2.trim());
        if (!m)
          return void 0;
        const major = Number(m[1]);
        return { version: `embedded in Docker Engine ${engineVersion2}`, ghaV2: major >= 28, ghaListKeys: major >= 27 };
      }
      function engineVersion(engine, timeoutMs = 5e3) {
        return new Promise((resolve) => {
          const req = external_node_http_.request({
            method: "GET",
            path: "/version",
            host: "localhost",
            createConnection: () => (0, docker.xn)(engine),
            timeout: timeoutMs
          }, (res) => {
            const chunks = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () => {
              try {
                const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
                resolve(res.statusCode === 200 ? body.Version : void 0);
              } catch {
                resolve(void 0);
              }
            });
            res.on("error", () => resolve(void 0));
          });
          req.on("timeout", () => req.destroy(new Error("timeout")));
          req.on("error", () => resolve(void 0));
          req.end();
        });
      }
      async function detectCacheSupport(client, connection, signal) {
        let version = await client.info(signal);
        if (!(0, gha.MT)(version)) {
          const workers = await client.listWorkers(signal).catch(() => []);
          version = workers.map((w) => w.BuildkitVersion?.version).find((v) => (0, gha.MT)(v)) ?? version;
        }
        if (!(0, gha.MT)(version) && connection.endpoint.kind === "docker") {
          const ev = await engineVersion(connection.endpoint.engine);
          const support = ev ? engineCacheSupport(ev) : void 0;
          if (support)
            return support;
        }
        return (0, gha.ug)(version);
      }
      var progress = __webpack_require__(3535);
      ;
      const EXPORT_VERTEX = {
        gha: "exporting to GitHub Actions Cache",
        registry: "exporting cache to registry",
        local: "exporting cache to client directory",
        s3: "exporting cache to Amazon S3",
        azblob: "exporting cache to Azure Blob Storage"
      };
      function isCacheExportVertex(name) {
        return Object.values(EXPORT_VERTEX).includes(name) || /^exporting (cache |inline cache)/i.test(name);
      }
      function isCacheImportVertex(name) {
        return name.startsWith("importing cache manifest from ");
      }
      function entriesFor(vertex, entries, dir) {
        if (dir === "export") {
          const byName = entries.map((e, i) => EXPORT_VERTEX[e.Type] === vertex.name ? i : -1).filter((i) => i >= 0);
          return byName.length ? byName : entries.map((_, i) => i).filter((i) => !EXPORT_VERTEX[entries[i].Type]);
        }
        const source = vertex.name.slice("importing cache manifest from ".length);
        const byType = entries.map((e, i) => source.startsWith(`${e.Type}:`) || e.Attrs.ref && source === e.Attrs.ref ? i : -1).filter((i) => i >= 0);
        return byType.length ? byType : entries.map((_, i) => i);
      }
      class CacheMonitor {
        secrets;
        tracker = new progress.si();
        constructor(secrets = []) {
          this.secrets = secrets;
        }
        update(target, message) {
          this.tracker.update(message, target);
        }
        cacheVertices(target, pick) {
          return this.tracker.vertices(target).filter((v) => pick(v.name));
        }
        report(target, cacheImports, cacheExports) {
          const steps = this.tracker.vertices(target).filter((v) => (0, gha.Wm)(v.name));
          const mk = (entries, dir) => {
            const out = entries.map((e) => ({ entry: (0, gha.oW)(e), type: e.Type }));
            const vertices = this.cacheVertices(target, dir === "export" ? isCacheExportVertex : isCacheImportVertex);
            for (const v of vertices) {
              if (!v.error)
                continue;
              for (const i of entriesFor(v, entries, dir))
                out[i].error ??= (0, gha.E$)(v.error, this.secrets);
            }
            return out;
          };
          return {
            steps: steps.length,
            cachedSteps: steps.filter((v) => v.cached).length,
            imports: mk(cacheImports, "import"),
            exports: mk(cacheExports, "export")
          };
        }
        /** Warnings for a target whose build succeeded: failed imports and (ignored) failed exports. */
        static warnings(report) {
          const out = [];
          for (const e of report.imports)
            if (e.error)
              out.push(`cache import (${e.entry}) failed, building without it: ${e.error}`);
          for (const e of report.exports) {
            if (e.error)
              out.push(`cache export (${e.entry}) failed, the build succeeded but its cache was not saved (ignore-error=true): ${e.error}`);
          }
          return out;
        }
        /**
         * A failed target: when the failure is a cache export (no build step failed, an export vertex did), an error
         * that says so instead of BuildKit's bare "failed to solve: internal". `statusDone` lets the progress of the
         * failed build arrive first (bounded).
         */
        async explainFailure(target, err, cacheExports, statusDone) {
          if (!cacheExports.length)
            return err;
          if (statusDone) {
            let timer;
            await Promise.race([statusDone, new Promise((r) => timer = setTimeout(r, 2e3))]);
            clearTimeout(timer);
          }
          const failed = this.tracker.failedVertices(target);
          if (failed.some((v) => !isCacheExportVertex(v.name) && !isCacheImportVertex(v.name)))
            return err;
          const exportFailures = this.report(target, [], cacheExports).exports.filter((e) => e.error);
          if (!exportFailures.length)
            return err;
          return new CacheExportError(exportFailures, err);
        }
      }
      class CacheExportError extends Error {
        failures;
        original;
        name = "CacheExportError";
        constructor(failures, original) {
          super(`${failures.map((f) => `cache export (${f.entry}) failed: ${f.error}`).join("; ")} (the build steps succeeded; set ignore-error=true on the cache-to entry to make cache failures warnings)`, { cause: original });
          this.failures = failures;
          this.original = original;
        }
      }
      ;
      const SLOW_CACHE_MS = 1e4;
      const SLOW_CACHE_REPEAT_MS = 3e4;
      function ghaImports(specs, cache) {
        return specs.flatMap((s) => (0, gha.sp)(s, cache).cacheFrom).filter((e) => e.type === "gha").map(({ type, ...attrs }) => ({ Type: type, Attrs: attrs }));
      }
      function startGhaPreflight(specs, opts) {
        const imports = ghaImports(specs, { mode: opts.cache ?? "off", env: opts.env, githubToken: opts.githubToken });
        if (imports.length === 0)
          return void 0;
        const failing = failingGhaServices(imports, opts.signal);
        failing.catch(() => {
        });
        return { keys: new Set(imports.map((e) => ghaServiceKey(e.Attrs))), failing };
      }
      class CacheRun {
        opts;
        /** running cache steps (target NUL vertex digest) \u2192 the timer of their next "still running" line */
        slow = /* @__PURE__ */ new Map();
        /** gha services found failing before the build (gha-preflight.ts): ghaServiceKey \u2192 why */
        failing = /* @__PURE__ */ new Map();
        /** The pre-flight while it runs: started by prepare, awaited by verdict, so that it overlaps the run's set-up and
         * the targets' first steps. */
        preflight;
        /** verdict's one answer for the run */
        verdictOnce;
        monitor;
        daemon;
        emit = () => {
        };
        constructor(opts) {
          this.opts = opts;
          this.monitor = new CacheMonitor([(0, gha.p1)(opts.env).token, opts.githubToken]);
        }
        /** The event sink run.ts uses: status messages also feed the monitor. */
        tap(sink) {
          this.emit = sink;
          return (event) => {
            if (event.type === "status") {
              this.monitor.update(event.target, event.message);
              this.watchSlowSteps(event.target);
            }
            sink(event);
          };
        }
        /**
         * Asks the daemon which cache API it speaks, if any target uses the gha cache, and starts the pre-flight of the gha
         * services the imports name (gha-preflight.ts): its requests (~30 ms each on a hosted runner) run while the targets
         * are planned, their sessions set up and their frontends solved; `verdict` waits for its answer.
         */
        async prepare(specs, client, connection, signal) {
          if ((0, gha.p_)(specs, { mode: this.opts.cache ?? "off", env: this.opts.env })) {
            this.daemon = await detectCacheSupport(client, connection, signal);
            const early = this.opts.ghaPreflight;
            const imports = ghaImports(specs, this.planOptions.cache).filter((e) => !early?.keys.has(ghaServiceKey(e.Attrs)));
            const checks = [...early ? [early.failing] : [], ...imports.length ? [failingGhaServices(imports)] : []];
            if (checks.length) {
              this.preflight = (0, abortable.Z)(Promise.all(checks).then((found) => new Map(found.flatMap((m) => [...m]))), signal ?? new AbortController().signal);
              this.preflight.catch(() => {
              });
            }
          }
        }
        get planOptions() {
          return {
            cache: {
              mode: this.opts.cache ?? "off",
              env: this.opts.env,
              daemon: this.daemon,
              githubToken: this.opts.githubToken
            },
            warm: this.opts.warm
          };
        }
        /**
         * Plan warnings (once each), and warm-mode targets that would save no cache. Call it before the targets start.
         */
        planned(plans) {
          const seen = /* @__PURE__ */ new Set();
          for (const plan of plans) {
            for (const w of plan.warnings ?? []) {
              if (seen.has(w.message))
                continue;
              seen.add(w.message);
              this.emit({ type: "warning", target: w.target, message: w.message });
            }
            if (this.opts.warm && !plan.cacheExports.length) {
              this.emit({
                type: "warning",
                target: plan.target,
                message: "cache warming: the target has no cache export (cache-to), so it is built but no cache is saved"
              });
            }
          }
        }
        /**
         * Once the pre-flight has answered, the gha entries on a failing service dropped from `plans` (with a warning each);
         * the same promise for every caller. A target waits for it before anything of its build can read or write the cache:
         * its first Evaluate or its Return (run.ts). A frontend's lazy Solve before that starts no cache import (BuildKit
         * imports on the first cache query of an evaluation), so the frontends run while the pre-flight's round trips do,
         * instead of after them (docs/benchmarks.md, "Twenty-seventh round"). A build started with an entry dropped here is
         * started again without it (run.ts).
         */
        verdict(plans) {
          return this.verdictOnce ??= (async () => {
            if (this.preflight)
              this.failing = await this.preflight;
            if (this.failing.size)
              for (const plan of plans)
                this.dropFailing(plan);
          })();
        }
        /** Drops the plan's gha entries on a service found failing (gha-preflight.ts), with a warning each. */
        dropFailing(plan) {
          const why = (e) => e.Type === "gha" ? this.failing.get(ghaServiceKey(e.Attrs)) : void 0;
          const keptImports = plan.cacheImports.filter((e) => {
            const reason = why(e);
            if (reason)
              this.emit({
                type: "warning",
                target: plan.target,
                message: `cache import (${(0, gha.oW)(e)}) skipped: the GitHub Actions cache is failing (${reason}); building without it`
              });
            return !reason;
          });
          const keptExports = plan.cacheExports.filter((e) => {
            const reason = e.Attrs["ignore-error"] === "true" ? why(e) : void 0;
            if (reason)
              this.emit({
                type: "warning",
                target: plan.target,
                message: `cache export (${(0, gha.oW)(e)}) skipped: the GitHub Actions cache is failing (${reason}); its cache is not saved`
              });
            return !reason;
          });
          if (keptImports.length !== plan.cacheImports.length) {
            plan.cacheImports = keptImports;
            if (keptImports.length)
              plan.frontendAttrs["cache-imports"] = (0, attribute_values.Nd)(keptImports);
            else
              delete plan.frontendAttrs["cache-imports"];
          }
          plan.cacheExports = keptExports;
        }
        /** A failed target's error, made clear when only its cache export failed. */
        explainFailure(target, err, plan, statusDone) {
          return this.monitor.explainFailure(target, err, plan.cacheExports, statusDone);
        }
        /**
         * A cache import or export that runs long says so in the log (a slow or failing cache service made an
         * export take 42 s, or minutes, with nothing on screen): a line after SLOW_CACHE_MS, then every
         * SLOW_CACHE_REPEAT_MS, until the step completes. Timers are unref'd and end with the target.
         */
        watchSlowSteps(target) {
          for (const v of this.monitor.tracker.vertices(target)) {
            const exporting = isCacheExportVertex(v.name);
            if (!exporting && !isCacheImportVertex(v.name))
              continue;
            const key = `${target}\0${v.digest}`;
            if (v.completed !== void 0) {
              clearTimeout(this.slow.get(key));
              this.slow.delete(key);
              continue;
            }
            if (v.started === void 0 || this.slow.has(key))
              continue;
            const since = Date.now();
            const schedule = (ms) => {
              const timer = setTimeout(() => {
                const secs = Math.round((Date.now() - since) / 1e3);
                this.emit({
                  type: "info",
                  target,
                  message: `cache ${exporting ? "export" : "import"} still running after ${secs} s (${v.name}): the cache service is slow, or failing and being retried`
                });
                schedule(SLOW_CACHE_REPEAT_MS);
              }, ms);
              timer.unref();
              this.slow.set(key, timer);
            };
            schedule(SLOW_CACHE_MS);
          }
        }
        stopWatching(target) {
          for (const [key, timer] of this.slow) {
            if (!key.startsWith(`${target}\0`))
              continue;
            clearTimeout(timer);
            this.slow.delete(key);
          }
        }
        /** Once a target's progress is complete: its cache report, and warnings for failed imports/ignored exports. */
        finished(outcome, plan) {
          this.stopWatching(outcome.target);
          if (!plan.cacheImports.length && !plan.cacheExports.length && !this.opts.warm)
            return outcome;
          const report = this.monitor.report(outcome.target, plan.cacheImports, plan.cacheExports);
          outcome.cache = report;
          if (outcome.status === "done") {
            for (const message of CacheMonitor.warnings(report))
              this.emit({ type: "warning", target: outcome.target, message });
          }
          return outcome;
        }
        /** Warm mode: the per-target report (also emitted as a `warm-report` event). */
        warmReport(outcomes) {
          if (!this.opts.warm)
            return void 0;
          const targets = outcomes.map((o) => {
            const r = o.cache ?? { steps: 0, cachedSteps: 0, imports: [], exports: [] };
            return {
              target: o.target,
              result: (0, gha.f9)(o.status, r.steps, r.cachedSteps),
              steps: r.steps,
              cachedSteps: r.cachedSteps,
              cacheSaved: r.exports.length > 0 && r.exports.every((e) => !e.error) && o.status === "done"
            };
          });
          this.emit({ type: "warm-report", targets });
          return targets;
        }
      }
    })
  ),
  /***/
  9867: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Z: () => (
          /* binding */
          abortable
        )
        /* harmony export */
      });
      function abortable(p, signal) {
        if (signal.aborted) {
          p.catch(() => {
          });
          return Promise.reject(signal.reason ?? new Error("aborted"));
        }
        return new Promise((resolve, reject) => {
          const onAbort = () => reject(signal.reason ?? new Error("aborted"));
          signal.addEventListener("abort", onAbort, { once: true });
          p.then((v) => {
            signal.removeEventListener("abort", onAbort);
            resolve(v);
          }, (e) => {
            signal.removeEventListener("abort", onAbort);
            reject(e);
          });
        });
      }
    })
  )
};
