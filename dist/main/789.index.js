"use strict"; exports.id = 789;
exports.ids = [789];
exports.modules = {
  /***/
  3315: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        au: () => (
          /* binding */
          CONFIG_FILE_NAME
        ),
        /* harmony export */
        iL: () => (
          /* binding */
          buildxConfigDir
        ),
        /* harmony export */
        kG: () => (
          /* binding */
          dockerConfigDir
        )
        /* harmony export */
      });
      var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      const CONFIG_FILE_NAME = "config.json";
      function dockerConfigDir(env = process.env) {
        return env.DOCKER_CONFIG || (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME || (0, node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), ".docker");
      }
      function buildxConfigDir(env = process.env) {
        return env.BUILDX_CONFIG || (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dockerConfigDir(env), "buildx");
      }
    })
  ),
  /***/
  7880: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        H: () => (
          /* binding */
          loadConfigFile
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3315);
      function loadConfigFile(dir) {
        try {
          return JSON.parse((0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _config_dir_js__WEBPACK_IMPORTED_MODULE_2__.au), "utf8"));
        } catch {
          return {};
        }
      }
    })
  ),
  /***/
  3467: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        cB: () => (
          /* binding */
          contextTlsDir
        ),
        /* harmony export */
        z_: () => (
          /* binding */
          contextMetaFile
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var _config_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3315);
      function contextStoreDir(env = process.env) {
        return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0, _config_dir_js__WEBPACK_IMPORTED_MODULE_2__.kG)(env), "contexts");
      }
      function contextId(name) {
        return (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(name).digest("hex");
      }
      function contextMetaFile(name, env = process.env) {
        return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), "meta", contextId(name), "meta.json");
      }
      function contextTlsDir(name, endpoint, env = process.env) {
        return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(contextStoreDir(env), "tls", contextId(name), endpoint);
      }
    })
  ),
  /***/
  5725: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        z: () => (
          /* binding */
          DockerConfigCredentials
        )
        /* harmony export */
      });
      var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
      var _config_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3315);
      var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7880);
      function configKeys(host) {
        if (host === "registry-1.docker.io" || host === "docker.io" || host === "index.docker.io") {
          return ["https://index.docker.io/v1/", "index.docker.io", "docker.io", "registry-1.docker.io"];
        }
        return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
      }
      function helperCredentials(helper, serverUrl) {
        try {
          const out = (0, node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)(`docker-credential-${helper}`, ["get"], {
            input: serverUrl,
            timeout: 1e4,
            stdio: ["pipe", "pipe", "ignore"]
          });
          const parsed = JSON.parse(out.toString("utf8"));
          if (!parsed.Secret)
            return void 0;
          return { username: parsed.Username === "<token>" ? "" : parsed.Username ?? "", secret: parsed.Secret };
        } catch {
          return void 0;
        }
      }
      function storedCredentials(cfg, keys) {
        for (const k of keys) {
          const entry = cfg.auths?.[k];
          if (!entry)
            continue;
          if (entry.identitytoken)
            return { username: "", secret: entry.identitytoken };
          if (entry.auth) {
            const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
            const i = decoded.indexOf(":");
            if (i > 0)
              return { username: decoded.slice(0, i), secret: decoded.slice(i + 1) };
          }
          if (entry.username)
            return { username: entry.username, secret: entry.password ?? "" };
        }
        return void 0;
      }
      class DockerConfigCredentials {
        configDir;
        config;
        constructor(configDir = (0, _config_dir_js__WEBPACK_IMPORTED_MODULE_1__.kG)()) {
          this.configDir = configDir;
        }
        lookup(host) {
          const cfg = this.config ??= (0, _config_file_js__WEBPACK_IMPORTED_MODULE_2__.H)(this.configDir);
          const keys = configKeys(host);
          const helper = keys.map((k) => cfg.credHelpers?.[k]).find(Boolean) ?? cfg.credsStore;
          if (helper) {
            const fromHelper = helperCredentials(helper, keys[0]);
            if (fromHelper)
              return fromHelper;
          }
          return storedCredentials(cfg, keys);
        }
      }
    })
  ),
  /***/
  111: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        kG: () => (
          /* reexport safe */
          _config_dir_js__WEBPACK_IMPORTED_MODULE_0__.kG
        ),
        /* harmony export */
        zw: () => (
          /* reexport safe */
          _credentials_js__WEBPACK_IMPORTED_MODULE_3__.z
        )
        /* harmony export */
      });
      var _config_dir_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3315);
      var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7880);
      var _contexts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3467);
      var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5725);
    })
  ),
  /***/
  5299: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        F2: () => (
          /* binding */
          parseReference
        ),
        /* harmony export */
        FH: () => (
          /* binding */
          formatReference
        ),
        /* harmony export */
        aR: () => (
          /* binding */
          repositoryName
        ),
        /* harmony export */
        cW: () => (
          /* binding */
          isLoopbackHost
        ),
        /* harmony export */
        nz: () => (
          /* binding */
          apiHost
        )
        /* harmony export */
      });
      const DOCKER_HUB_DOMAIN = "docker.io";
      const DOCKER_HUB_API_HOST = "registry-1.docker.io";
      class InvalidReferenceError extends Error {
        name = "InvalidReferenceError";
      }
      const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
      const TAG = /^[\w][\w.-]{0,127}$/;
      const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
      const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d+)?$/;
      function parseReference(input) {
        const s = input.trim();
        if (!s)
          throw new InvalidReferenceError("empty image reference");
        let rest = s;
        let digest;
        const at = rest.indexOf("@");
        if (at >= 0) {
          digest = rest.slice(at + 1);
          rest = rest.slice(0, at);
          if (!DIGEST.test(digest))
            throw new InvalidReferenceError(`invalid digest in image reference "${input}"`);
        }
        let tag;
        const colon = rest.lastIndexOf(":");
        if (colon > rest.lastIndexOf("/")) {
          tag = rest.slice(colon + 1);
          rest = rest.slice(0, colon);
          if (!TAG.test(tag))
            throw new InvalidReferenceError(`invalid tag "${tag}" in image reference "${input}"`);
        }
        let domain = DOCKER_HUB_DOMAIN;
        let path = rest;
        const slash = rest.indexOf("/");
        if (slash >= 0) {
          const first = rest.slice(0, slash);
          if (/[.:]/.test(first) || first === "localhost" || first.toLowerCase() !== first) {
            domain = first;
            path = rest.slice(slash + 1);
          }
        }
        if (domain === "index.docker.io")
          domain = DOCKER_HUB_DOMAIN;
        if (!DOMAIN.test(domain))
          throw new InvalidReferenceError(`invalid registry "${domain}" in image reference "${input}"`);
        if (domain === DOCKER_HUB_DOMAIN && !path.includes("/"))
          path = `library/${path}`;
        if (!path || !path.split("/").every((c) => PATH_COMPONENT.test(c))) {
          throw new InvalidReferenceError(`invalid repository name "${path}" in image reference "${input}" (lower-case letters, digits and separators only)`);
        }
        return { domain, path, tag, digest };
      }
      function repositoryName(ref) {
        return `${ref.domain}/${ref.path}`;
      }
      function formatReference(ref) {
        return `${repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
      }
      function apiHost(domain) {
        return domain === DOCKER_HUB_DOMAIN ? DOCKER_HUB_API_HOST : domain;
      }
      function isLoopbackHost(host) {
        const h = host.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
        return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
      }
    })
  ),
  /***/
  749: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        PublishError: () => (
          /* binding */
          PublishError
        ),
        /* harmony export */
        deferPushes: () => (
          /* binding */
          deferPushes
        ),
        /* harmony export */
        isTaggedPush: () => (
          /* binding */
          isTaggedPush
        ),
        /* harmony export */
        publishDeferred: () => (
          /* binding */
          publishDeferred
        ),
        /* harmony export */
        repoOnly: () => (
          /* binding */
          repoOnly
        )
        /* harmony export */
      });
      var _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4548);
      var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9960);
      var _run_target_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5902);
      var _merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6450);
      class PublishError extends Error {
        name = "PublishError";
      }
      function repoOnly(names) {
        const out = [];
        for (const n of names) {
          const r = (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__.F2)(n);
          const repo = `${r.domain}/${r.path}`;
          if (!out.includes(repo))
            out.push(repo);
        }
        return out;
      }
      const NAMED_OUTPUTS = /* @__PURE__ */ new Set(["image", "registry", "oci", "docker"]);
      function isTaggedPush(o) {
        const pushes = o.type === "registry" || o.type === "image" && (0, _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__.MY)(o.push) === true;
        return pushes && (0, _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__.MY)(o["push-by-digest"]) !== true;
      }
      function deferPushes(specs) {
        const deferred = [];
        const out = specs.map((spec) => {
          if (spec.call && spec.call !== "build")
            return spec;
          const pushes = spec.outputs.filter(isTaggedPush);
          if (!pushes.length)
            return spec;
          if (pushes.length > 1) {
            throw new PublishError(`publish all-or-nothing: target "${spec.name}" pushes through ${pushes.length} image outputs; only one can be held back and tagged (give it one)`);
          }
          const push = pushes[0];
          const names = (spec.tags.length ? spec.tags : (push.name ?? "").split(",")).map((n) => n.trim()).filter(Boolean);
          if (!names.length)
            return spec;
          let repositories;
          try {
            repositories = repoOnly(names);
          } catch (err) {
            throw new PublishError(`publish all-or-nothing: target "${spec.name}": ${err.message}`, {
              cause: err
            });
          }
          deferred.push({
            target: spec.name,
            names,
            repositories,
            insecure: (0, _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__.MY)(push["registry.insecure"]) === true
          });
          const outputs = spec.outputs.map((o) => {
            if (o === push)
              return { ...o, type: "image", push: "true", "push-by-digest": "true", name: repositories.join(",") };
            return spec.tags.length && NAMED_OUTPUTS.has(o.type) ? { ...o, name: spec.tags.join(",") } : o;
          });
          return { ...spec, outputs, tags: [] };
        });
        return { specs: out, deferred };
      }
      async function publishDeferred(deferred, result, opts) {
        const emit = opts.onEvent ?? (() => {
        });
        const metadata = Object.fromEntries(Object.entries(result.metadata).map(([k, v]) => [k, { ...v }]));
        const targets = result.targets.map((t) => ({ ...t }));
        const report = { policy: "all-or-nothing", published: false, blockedBy: [], tagged: [], untagged: [] };
        const digestOf = (target) => {
          const d = metadata[target]?.["containerimage.digest"];
          return typeof d === "string" ? d : void 0;
        };
        const notBuilt = targets.filter((t) => t.status !== "done");
        if (notBuilt.length) {
          const failed = notBuilt.filter((t) => t.status === "failed");
          report.blockedBy = (failed.length ? failed : notBuilt).map((t) => t.target);
          report.blockedHow = failed.length ? "failed" : "cancelled";
          for (const d of deferred) {
            const digest = digestOf(d.target);
            if (metadata[d.target])
              delete metadata[d.target]["image.name"];
            if (digest)
              for (const repo of d.repositories)
                report.untagged.push({ target: d.target, reference: `${repo}@${digest}` });
          }
          return { ...result, metadata, targets, publish: report };
        }
        for (const d of deferred) {
          try {
            const digest = digestOf(d.target);
            if (!digest)
              throw new PublishError(`the build returned no image digest to tag`);
            const insecureHosts = d.insecure ? [...new Set(d.names.map((n) => (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__.F2)(n).domain))] : [];
            const client = opts.client?.(insecureHosts) ?? new _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__.bP({ insecureHosts, signal: opts.signal, ...(0, _merge_js__WEBPACK_IMPORTED_MODULE_3__.kv)(opts.env) });
            const manifests = /* @__PURE__ */ new Map();
            for (const name of d.names) {
              const ref = (0, _buildkit_registry_index_js__WEBPACK_IMPORTED_MODULE_0__.F2)(name);
              if (!ref.tag && ref.digest) {
                if (ref.digest !== digest)
                  throw new PublishError(`${name} asks for digest ${ref.digest}, but the build pushed ${digest}`);
                continue;
              }
              const repo = { domain: ref.domain, path: ref.path };
              const key = `${repo.domain}/${repo.path}`;
              let manifest = manifests.get(key);
              if (!manifest) {
                manifest = await client.getManifest(repo, digest);
                manifests.set(key, manifest);
              }
              const tag = ref.tag ?? "latest";
              await client.putManifest(repo, tag, manifest.bytes, manifest.mediaType);
              report.tagged.push({ target: d.target, name, digest });
              emit({ type: "info", target: d.target, message: `tagged ${key}:${tag} \u2192 ${digest}` });
            }
            if (metadata[d.target])
              metadata[d.target]["image.name"] = d.names.join(",");
          } catch (err) {
            const cause = err instanceof PublishError ? err : new PublishError(`tagging ${d.names.join(", ")} failed: ${err.message}`, { cause: err });
            const outcome = targets.find((t) => t.target === d.target);
            if (outcome)
              Object.assign(outcome, { status: "failed", error: new _run_target_errors_js__WEBPACK_IMPORTED_MODULE_2__.v5(d.target, cause) });
            if (metadata[d.target])
              delete metadata[d.target]["image.name"];
            report.failedTarget = d.target;
            for (const rest of deferred.slice(deferred.indexOf(d) + 1))
              if (metadata[rest.target])
                delete metadata[rest.target]["image.name"];
            return { ...result, ok: false, metadata, targets, publish: report };
          }
        }
        report.published = true;
        return { ...result, metadata, targets, publish: report };
      }
    })
  )
};
