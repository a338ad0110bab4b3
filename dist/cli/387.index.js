"use strict"; exports.id = 387;
exports.ids = [387];
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
  3179: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        MERGE_USAGE: () => (
          /* binding */
          MERGE_USAGE
        ),
        mergeMain: () => (
          /* binding */
          mergeMain
        )
      });
      var external_node_util_ = __webpack_require__(7975);
      var bake = __webpack_require__(6940);
      var errors = __webpack_require__(7554);
      var merge = __webpack_require__(6450);
      ;
      async function runMergeCommand(opts) {
        if (!opts.from.length)
          throw new Error("nothing to merge: give the build jobs' metadata with --from (a file, a directory of them, or the JSON)");
        const inputs = (0, merge.nR)(opts.from, opts.cwd);
        const targets = opts.targets.length ? opts.targets : (0, merge.cu)(inputs);
        let specs = [];
        const bakeOpts = { files: opts.files, targets, set: opts.set, cwd: opts.cwd, env: opts.env };
        try {
          specs = (0, bake.targetSpecs)(await (0, bake.resolveDefinition)(bakeOpts), opts.cwd);
        } catch (err) {
          const none = err instanceof errors.o && /couldn't find a bake definition/.test(err.message) && !opts.files.length;
          if (!none)
            throw err;
          if (opts.set.length)
            throw new Error(`--set needs a bake definition: ${err.message}`);
        }
        return (0, merge.Cz)({ specs, inputs, targets: opts.targets, env: opts.env, signal: opts.signal, log: opts.log });
      }
      var usage = __webpack_require__(4761);
      ;
      const MERGE_USAGE = `Usage: bakekit merge [OPTIONS] [TARGET...]

Merge the per-platform images that several build jobs pushed by digest into one multi-platform index per target,
pushed under the target's tags. Registry credentials come from the Docker config (DOCKER_CONFIG or ~/.docker).

Options:
      --from PATH          a build job's metadata file (--metadata-file), a directory of them, or the metadata JSON
                           itself (repeatable; required)
  -f, --file FILE          bake file with the targets' tags (repeatable; default: docker-bake.hcl/json, compose files)
      --set K=V            override a target attribute, e.g. app.tags=reg/app:1 (repeatable)
      --metadata-file F    write the result (digest, descriptor, image names per target) as JSON
  -h, --help               this help

Without a bake definition the tags come from the jobs' image names.
`;
      async function mergeMain(argv) {
        let parsed;
        try {
          parsed = (0, external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
              from: { type: "string", multiple: true },
              file: { type: "string", short: "f", multiple: true },
              set: { type: "string", multiple: true },
              "metadata-file": { type: "string" },
              help: { type: "boolean", short: "h" }
            }
          });
        } catch (err) {
          process.stderr.write((0, usage.W)("bakekit merge", err.message, MERGE_USAGE));
          return 2;
        }
        const v = parsed.values;
        if (v.help) {
          process.stdout.write(MERGE_USAGE);
          return 0;
        }
        const controller = new AbortController();
        const onSignal = (sig) => controller.abort(new Error(`cancelled by ${sig}`));
        process.once("SIGINT", onSignal);
        process.once("SIGTERM", onSignal);
        try {
          const cwd = process.cwd();
          const metadata = await runMergeCommand({
            files: v.file ?? [],
            set: v.set ?? [],
            targets: parsed.positionals,
            from: v.from ?? [],
            cwd,
            env: process.env,
            signal: controller.signal,
            log: (line) => process.stderr.write(line + "\n")
          });
          (0, bake.writeMetadataFile)({ cwd, metadataFile: v["metadata-file"] }, metadata);
          return 0;
        } catch (err) {
          process.stderr.write(`ERROR: ${err.message}
`);
          return 1;
        } finally {
          process.off("SIGINT", onSignal);
          process.off("SIGTERM", onSignal);
        }
      }
    })
  )
};
