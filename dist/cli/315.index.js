"use strict"; exports.id = 315;
exports.ids = [315, 766];
exports.modules = {
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
  9829: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        fo: () => (
          /* binding */
          engineLoadStream
        ),
        /* harmony export */
        gj: () => (
          /* binding */
          engineFeatures
        )
        /* harmony export */
      });
      var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
      var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
      var _buildkit_transport_docker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2776);
      var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57);
      class EngineError extends Error {
        name = "EngineError";
      }
      function engineJson(engine, method, path, timeoutMs = 1e4) {
        return new Promise((resolve, reject) => {
          const req = node_http__WEBPACK_IMPORTED_MODULE_0__.request({ method, path, host: "localhost", createConnection: () => (0, _buildkit_transport_docker_js__WEBPACK_IMPORTED_MODULE_2__.xn)(engine), timeout: timeoutMs }, (res) => {
            const chunks = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () => {
              const text = Buffer.concat(chunks).toString("utf8");
              if ((res.statusCode ?? 500) >= 300) {
                reject(new EngineError(`Docker Engine at ${(0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeDockerHost)(engine)} answered ${method} ${path} with ${res.statusCode}: ${messageOf(text)}`));
                return;
              }
              try {
                resolve(JSON.parse(text));
              } catch {
                reject(new EngineError(`Docker Engine at ${(0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeDockerHost)(engine)} answered ${method} ${path} with something that is not JSON`));
              }
            });
            res.on("error", reject);
          });
          req.on("timeout", () => req.destroy(new EngineError(`Docker Engine at ${(0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeDockerHost)(engine)} did not answer ${method} ${path} within ${timeoutMs} ms`)));
          req.on("error", (err) => reject(err instanceof EngineError ? err : new EngineError(`cannot reach the Docker Engine at ${(0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeDockerHost)(engine)}: ${err.message}`)));
          req.end();
        });
      }
      function messageOf(text) {
        try {
          return JSON.parse(text).message ?? text.trim();
        } catch {
          return text.trim();
        }
      }
      async function engineFeatures(engine) {
        const info = await engineJson(engine, "GET", "/info");
        const ociImporter = (info.DriverStatus ?? []).some(([k, v]) => k === "driver-type" && v === "io.containerd.snapshotter.v1");
        return { ociImporter };
      }
      function engineLoadStream(engine, opts = {}) {
        const where = (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_3__.describeDockerHost)(engine);
        let req;
        let result;
        let failed;
        let waiting;
        const fail = (err) => {
          failed ??= err;
          const w = waiting;
          waiting = void 0;
          w?.(failed);
        };
        const start = () => {
          if (req)
            return;
          req = node_http__WEBPACK_IMPORTED_MODULE_0__.request({
            method: "POST",
            path: "/images/load?quiet=0",
            host: "localhost",
            headers: { "Content-Type": "application/x-tar", "Transfer-Encoding": "chunked" },
            createConnection: () => (0, _buildkit_transport_docker_js__WEBPACK_IMPORTED_MODULE_2__.xn)(engine)
          });
          const r = req;
          result = new Promise((resolve, reject) => {
            r.on("error", (err) => reject(new EngineError(`loading into the Docker Engine at ${where} failed: ${err.message}`)));
            r.on("response", (res) => {
              let buffered = "";
              let failure;
              const handle = (line) => {
                if (!line.trim())
                  return;
                try {
                  const msg = JSON.parse(line);
                  const err = msg.errorDetail?.message ?? msg.error;
                  if (err)
                    failure = err;
                  else if ((res.statusCode ?? 200) >= 300 && msg.message)
                    failure = msg.message;
                  const text = (msg.stream ?? msg.status ?? "").trim();
                  if (text)
                    opts.onMessage?.(text);
                } catch {
                  if ((res.statusCode ?? 200) >= 300)
                    failure = line.trim();
                }
              };
              res.setEncoding("utf8");
              res.on("data", (c) => {
                buffered += c;
                let nl;
                while ((nl = buffered.indexOf("\n")) >= 0) {
                  handle(buffered.slice(0, nl));
                  buffered = buffered.slice(nl + 1);
                }
              });
              res.on("end", () => {
                handle(buffered);
                if ((res.statusCode ?? 500) >= 300 && !failure)
                  failure = `HTTP ${res.statusCode}`;
                if (failure)
                  reject(new EngineError(`the Docker Engine at ${where} could not load the image: ${failure}`));
                else
                  resolve();
              });
              res.on("error", (err) => reject(new EngineError(`loading into the Docker Engine at ${where} failed: ${err.message}`)));
            });
          });
          result.catch((err) => fail(err));
        };
        return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Writable({
          write(chunk, _enc, cb) {
            start();
            if (failed)
              return cb(failed);
            if (req.write(chunk))
              return cb();
            waiting = (err) => cb(err);
            req.once("drain", () => {
              const w = waiting;
              waiting = void 0;
              w?.();
            });
          },
          final(cb) {
            start();
            req.end();
            result.then(() => cb(), (err) => cb(err));
          },
          destroy(err, cb) {
            if (req && !req.writableFinished)
              req.destroy();
            cb(err);
          }
        });
      }
    })
  ),
  /***/
  4699: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        $v: () => (
          /* binding */
          workerPlatforms
        ),
        /* harmony export */
        pw: () => (
          /* binding */
          probeOutputs
        ),
        /* harmony export */
        ro: () => (
          /* binding */
          loadEngine
        )
        /* harmony export */
      });
      var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57);
      var _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9960);
      var _docker_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9829);
      function parseVersion(v) {
        const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(v ?? "");
        if (!m)
          return void 0;
        const parts = [Number(m[1]), Number(m[2]), Number(m[3])];
        return parts.every((n) => n === 0) ? void 0 : parts;
      }
      async function probeDaemon(client, dockerEngine, signal) {
        const [version, workers] = await Promise.all([
          client.info(signal),
          client.listWorkers(signal).catch(() => [])
        ]);
        const containerdStore = dockerEngine && workers.some((w) => !!w.Labels?.["org.mobyproject.buildkit.worker.snapshotter"] && !!w.Labels?.["org.mobyproject.buildkit.worker.containerd.namespace"]);
        const v = parseVersion(version);
        const attestations = dockerEngine ? containerdStore : !v || v[0] > 0 || v[1] >= 11;
        return { version, workers, attestations, containerdStore };
      }
      function workerPlatforms(workers) {
        const out = [];
        for (const w of workers) {
          for (const p of w.platforms ?? []) {
            const s = [p.OS, p.Architecture, p.Variant].filter(Boolean).join("/");
            if (s && !out.includes(s))
              out.push(s);
          }
        }
        return out;
      }
      const truthy = (v) => (0, _target_attribute_values_js__WEBPACK_IMPORTED_MODULE_1__.MY)(v) === true;
      function wantsImage(specs) {
        return specs.some((s) => s.outputs.some((o) => ["image", "registry", "oci", "docker"].includes(o.type)));
      }
      function loadContexts(specs, dockerEngine) {
        const out = /* @__PURE__ */ new Set();
        if (dockerEngine)
          return out;
        for (const s of specs)
          for (const o of s.outputs)
            if (o.type === "docker" && !o.dest)
              out.add(o.context || void 0);
        return out;
      }
      function hostGateway(workers, dockerEngine) {
        if (!dockerEngine)
          return {
            unsupported: "host-gateway is only known to the Docker Engine's own builder (docker://); give an IP address instead"
          };
        for (const w of workers) {
          const ip = w.Labels?.["org.mobyproject.buildkit.worker.moby.host-gateway-ip"];
          if (ip)
            return { ip };
        }
        return { unsupported: "the Docker Engine did not say its host-gateway address" };
      }
      function loadEngine(context, env) {
        return context && context !== "default" ? (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.dockerContextHost)(context, env) : (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.dockerHostFromEnv)(env);
      }
      async function probeOutputs(specs, client, opts) {
        const planOptions = {
          dockerEngine: opts.dockerEngine,
          noDefaultLoad: truthy(opts.env.BUILDX_NO_DEFAULT_LOAD)
        };
        const features = await probeDaemon(client, opts.dockerEngine, opts.signal);
        planOptions.defaultProvenance = features.attestations && !truthy(opts.env.BUILDX_NO_DEFAULT_ATTESTATIONS);
        planOptions.engineContainerdStore = features.containerdStore;
        planOptions.hostGateway = hostGateway(features.workers, opts.dockerEngine);
        if (!wantsImage(specs))
          return { planOptions, features };
        const importers = /* @__PURE__ */ new Map();
        for (const ctx of loadContexts(specs, opts.dockerEngine)) {
          const engine = loadEngine(ctx, opts.env);
          const f = await (0, _docker_load_js__WEBPACK_IMPORTED_MODULE_2__.gj)(engine).catch((err) => {
            throw new Error(`output type=docker loads into the Docker Engine${ctx ? ` of context ${ctx}` : ""}, but it does not answer: ${err.message}`);
          });
          importers.set(ctx, f.ociImporter);
        }
        planOptions.ociImporter = (ctx) => importers.get(ctx || void 0) ?? false;
        return { planOptions, features };
      }
    })
  ),
  /***/
  6315: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        ownSession: () => (
          /* binding */
          ownSession
        ),
        runBuild: () => (
          /* binding */
          runBuild
        )
      });
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_path_ = __webpack_require__(6760);
      var buildkit_client = __webpack_require__(5552);
      var errors = __webpack_require__(8791);
      var grpc_status = __webpack_require__(9499);
      var session_session = __webpack_require__(5506);
      var filesync = __webpack_require__(5587);
      var filesend = __webpack_require__(9320);
      var secrets = __webpack_require__(7761);
      var ssh = __webpack_require__(5170);
      var external_node_crypto_ = __webpack_require__(7598);
      var promises_ = __webpack_require__(1455);
      var content_pb = __webpack_require__(242);
      var oci_layout = __webpack_require__(9288);
      var channel = __webpack_require__(5957);
      ;
      const STORE_ID_HEADER = "buildkit-attachable-store-id";
      const READ_CHUNK = 1024 * 1024;
      const LIST_BLOCK = 100;
      function timestamp(ms) {
        const seconds = Math.floor(ms / 1e3);
        return { seconds, nanos: Math.round((ms - seconds * 1e3) * 1e6) };
      }
      function int64(v) {
        if (v === void 0 || v === null || v === "")
          return 0;
        const n = typeof v === "number" ? v : Number(v);
        return Number.isFinite(n) ? n : 0;
      }
      function digestOrFail(d) {
        const s = typeof d === "string" ? d : "";
        if (!(0, oci_layout.fH)(s))
          throw new grpc_status.Xs(grpc_status.Cy.INVALID_ARGUMENT, `${JSON.stringify(s)} failed validation`);
        return s;
      }
      class LayoutStore {
        dir;
        ingests = /* @__PURE__ */ new Map();
        locks = /* @__PURE__ */ new Map();
        constructor(dir) {
          this.dir = dir;
        }
        async info(digest) {
          const p = (0, oci_layout.nD)(this.dir, digest);
          let st;
          try {
            st = await promises_.stat(p);
          } catch {
            throw new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, `content ${digest}: not found`);
          }
          if (!st.isFile())
            throw new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, `content ${digest}: not found`);
          return { digest, size: st.size, created_at: timestamp(st.mtimeMs), updated_at: timestamp(st.atimeMs) };
        }
        async has(digest) {
          return this.info(digest).then(() => true, () => false);
        }
        async *walk() {
          const blobs = external_node_path_.join(this.dir, "blobs");
          let algorithms;
          try {
            algorithms = await promises_.readdir(blobs);
          } catch {
            return;
          }
          for (const alg of algorithms.sort()) {
            let names;
            try {
              names = await promises_.readdir(external_node_path_.join(blobs, alg));
            } catch {
              continue;
            }
            for (const name of names.sort()) {
              const digest = `${alg}:${name}`;
              if (!(0, oci_layout.fH)(digest))
                continue;
              try {
                yield await this.info(digest);
              } catch {
              }
            }
          }
        }
        async delete(digest) {
          try {
            await promises_.unlink((0, oci_layout.nD)(this.dir, digest));
          } catch (err) {
            if (err.code === "ENOENT")
              throw new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, `content ${digest}: not found`, { cause: err });
            throw err;
          }
        }
        status(ref) {
          const s = this.ingests.get(ref);
          if (!s)
            throw new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, `ingest ref "${ref}": not found`);
          return {
            ref,
            offset: s.offset,
            total: s.total,
            started_at: timestamp(s.startedAt),
            updated_at: timestamp(s.updatedAt),
            expected: ""
          };
        }
        statuses() {
          return [...this.ingests.keys()].map((ref) => this.status(ref));
        }
        async abort(ref) {
          const s = this.ingests.get(ref);
          this.ingests.delete(ref);
          const dir = this.ingestDir(ref);
          const existed = !!s || external_node_fs_.existsSync(dir);
          await promises_.rm(dir, { recursive: true, force: true });
          if (!existed)
            throw new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, `ingest ref "${ref}": not found`);
        }
        /**
         * A writer for `ref`: locks it (UNAVAILABLE while another stream holds it), fails with ALREADY_EXISTS when
         * `expected` is stored already, and resumes an ingest this store left open, else starts one.
         */
        async openWriter(ref, total, expected) {
          const since = this.locks.get(ref);
          if (since !== void 0) {
            throw new grpc_status.Xs(grpc_status.Cy.UNAVAILABLE, `ref ${ref} locked for ${Date.now() - since}ms (since ${new Date(since).toISOString()}): unavailable`);
          }
          this.locks.set(ref, Date.now());
          try {
            if (expected && await this.has(expected))
              throw new grpc_status.Xs(grpc_status.Cy.ALREADY_EXISTS, `content ${expected}: already exists`);
            let state = this.ingests.get(ref);
            if (state && total > 0 && state.total > 0 && total !== state.total) {
              await this.abort(ref).catch(() => {
              });
              state = void 0;
            }
            if (!state) {
              const dir = this.ingestDir(ref);
              await promises_.rm(dir, { recursive: true, force: true });
              await promises_.mkdir(dir, { recursive: true });
              const algorithm = expected.startsWith("sha512:") ? "sha512" : expected.startsWith("sha384:") ? "sha384" : "sha256";
              const now = Date.now();
              state = {
                ref,
                dir,
                data: external_node_path_.join(dir, "data"),
                algorithm,
                hash: external_node_crypto_.createHash(algorithm),
                offset: 0,
                total,
                startedAt: now,
                updatedAt: now
              };
              await promises_.writeFile(state.data, "");
              this.ingests.set(ref, state);
            } else if (total > 0) {
              state.total = total;
            }
            const fh = await promises_.open(state.data, "r+");
            return new LayoutWriter(this, state, fh);
          } catch (err) {
            this.locks.delete(ref);
            throw err;
          }
        }
        /** Called by a writer when its stream ends. */
        release(ref) {
          this.locks.delete(ref);
        }
        /** Moves a complete ingest into blobs/ (the writer checked size and digest). */
        async commit(state, digest) {
          const target = (0, oci_layout.nD)(this.dir, digest);
          await promises_.mkdir(external_node_path_.dirname(target), { recursive: true });
          this.ingests.delete(state.ref);
          if (external_node_fs_.existsSync(target)) {
            await promises_.rm(state.dir, { recursive: true, force: true });
            throw new grpc_status.Xs(grpc_status.Cy.ALREADY_EXISTS, `content ${digest}: already exists`);
          }
          await promises_.rename(state.data, target);
          await promises_.rm(state.dir, { recursive: true, force: true });
          await promises_.chmod(target, 292).catch(() => {
          });
        }
        /** Drops the ingests left open and the ingest directory if nothing else is in it. */
        close() {
          for (const s of this.ingests.values())
            external_node_fs_.rmSync(s.dir, { recursive: true, force: true });
          this.ingests.clear();
          try {
            external_node_fs_.rmdirSync(external_node_path_.join(this.dir, "ingest"));
          } catch {
          }
        }
        ingestDir(ref) {
          return external_node_path_.join(this.dir, "ingest", external_node_crypto_.createHash("sha256").update(ref).digest("hex"));
        }
      }
      class LayoutWriter {
        store;
        state;
        fh;
        closed = false;
        constructor(store, state, fh) {
          this.store = store;
          this.state = state;
          this.fh = fh;
        }
        get offset() {
          return this.state.offset;
        }
        get startedAt() {
          return this.state.startedAt;
        }
        get updatedAt() {
          return this.state.updatedAt;
        }
        /** The digest of what was written so far. */
        digest() {
          return `${this.state.algorithm}:${this.state.hash.copy().digest("hex")}`;
        }
        async truncate() {
          await this.fh.truncate(0);
          this.state.offset = 0;
          this.state.hash = external_node_crypto_.createHash(this.state.algorithm);
        }
        async write(data) {
          let done = 0;
          while (done < data.length) {
            const { bytesWritten } = await this.fh.write(data, done, data.length - done, this.state.offset + done);
            done += bytesWritten;
          }
          this.state.hash.update(data);
          this.state.offset += data.length;
          this.state.updatedAt = Date.now();
        }
        /** Checks size and digest, then moves the data into blobs/; the writer is closed either way. */
        async commit(size, expected) {
          await this.close();
          const actual = this.digest();
          if (size > 0 && size !== this.state.offset) {
            throw new grpc_status.Xs(grpc_status.Cy.FAILED_PRECONDITION, `unexpected commit size ${this.state.offset}, expected ${size}: failed precondition`);
          }
          if (expected && expected !== actual) {
            throw new grpc_status.Xs(grpc_status.Cy.FAILED_PRECONDITION, `unexpected commit digest ${actual}, expected ${expected}: failed precondition`);
          }
          await this.store.commit(this.state, actual);
          return actual;
        }
        async close() {
          if (this.closed)
            return;
          this.closed = true;
          this.store.release(this.state.ref);
          await this.fh.close().catch(() => {
          });
        }
      }
      const openStores = /* @__PURE__ */ new Map();
      function acquireStore(dir) {
        const key = external_node_path_.resolve(dir);
        let open = openStores.get(key);
        if (!open)
          openStores.set(key, open = { store: new LayoutStore(key), users: 0 });
        open.users++;
        return open.store;
      }
      function releaseStore(store) {
        const open = openStores.get(store.dir);
        if (!open || open.store !== store || --open.users > 0)
          return;
        openStores.delete(store.dir);
        store.close();
      }
      class ContentStoreService {
        serviceName = content_pb.Y;
        stores = /* @__PURE__ */ new Map();
        byDir = /* @__PURE__ */ new Map();
        counters = /* @__PURE__ */ new Map();
        closed = false;
        /** @param stores store id \u2192 layout directory (absolute); ids naming one directory share its store, and so do
         * other sessions of the process serving that directory (openStores). */
        constructor(stores) {
          for (const [id2, dir] of Object.entries(stores)) {
            let store = this.byDir.get(dir);
            if (!store)
              this.byDir.set(dir, store = acquireStore(dir));
            this.stores.set(id2, store);
          }
        }
        get storeIds() {
          return [...this.stores.keys()];
        }
        stats() {
          return Object.fromEntries([...this.counters].map(([id2, s]) => [id2, { ...s }]));
        }
        close() {
          if (this.closed)
            return;
          this.closed = true;
          for (const store of this.byDir.values())
            releaseStore(store);
        }
        handlers() {
          const unary = (fn) => (call, callback) => {
            void (async () => {
              const [store, id2] = this.choose(call.metadata);
              return fn(store, call.request ?? {}, id2);
            })().then((value) => callback(null, value), (err) => callback(contentStatus(err)));
          };
          return {
            Info: unary(async (store, req) => ({ info: await store.info(digestOrFail(req.digest)) })),
            Update: unary((_store, req) => {
              digestOrFail(req.info?.digest);
              throw new grpc_status.Xs(grpc_status.Cy.FAILED_PRECONDITION, "update not supported on immutable content store: failed precondition");
            }),
            Delete: unary(async (store, req) => {
              await store.delete(digestOrFail(req.digest));
              return {};
            }),
            Status: unary((store, req) => Promise.resolve({ status: store.status(String(req.ref ?? "")) })),
            ListStatuses: unary((store, req) => {
              noFilters(req.filters);
              return Promise.resolve({ statuses: store.statuses() });
            }),
            Abort: unary(async (store, req) => {
              await store.abort(String(req.ref ?? ""));
              return {};
            }),
            List: (call) => void this.streamed(call, (store) => this.list(call, store)),
            Read: (call) => void this.streamed(call, (store, id2) => this.read(call, store, id2)),
            Write: (call) => void this.streamed(call, (store, id2) => this.write(call, store, id2))
          };
        }
        choose(md) {
          const values = md.get(STORE_ID_HEADER).map(String);
          if (!values.length)
            throw new grpc_status.Xs(grpc_status.Cy.INVALID_ARGUMENT, `request lacks metadata "${STORE_ID_HEADER}"`);
          const first = values[0];
          for (const id2 of [first, first.split(", ")[0]]) {
            const store = this.stores.get(id2);
            if (store)
              return [store, id2];
          }
          throw new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, `unknown store ${first}`);
        }
        countersFor(id2) {
          let c = this.counters.get(id2);
          if (!c)
            this.counters.set(id2, c = { reads: 0, bytesRead: 0, commits: 0, bytesWritten: 0 });
          return c;
        }
        /** Runs a streaming handler; its error becomes the call's status. */
        async streamed(call, fn) {
          try {
            const [store, id2] = this.choose(call.metadata);
            await fn(store, id2);
            if (!call.cancelled && !call.destroyed && !call.writableEnded)
              call.end();
          } catch (err) {
            if (!(call.cancelled || call.destroyed || call.writableEnded))
              call.emit("error", contentStatus(err));
          }
        }
        async list(call, store) {
          noFilters(call.request?.filters);
          let block = [];
          for await (const info of store.walk()) {
            block.push(info);
            if (block.length >= LIST_BLOCK) {
              await send(call, { info: block });
              block = [];
            }
          }
          if (block.length)
            await send(call, { info: block });
        }
        async read(call, store, id2) {
          const req = call.request ?? {};
          const digest = digestOrFail(req.digest);
          const { size } = await store.info(digest);
          let offset = Math.max(0, int64(req.offset));
          if (offset > size)
            throw new grpc_status.Xs(grpc_status.Cy.OUT_OF_RANGE, `read past object length ${size} bytes`);
          let length = int64(req.size);
          if (length <= 0 || offset + length > size)
            length = size - offset;
          const counters = this.countersFor(id2);
          counters.reads++;
          const fh = await promises_.open((0, oci_layout.nD)(store.dir, digest), "r");
          try {
            const end = offset + length;
            while (offset < end && !call.cancelled && !call.destroyed) {
              const buf = Buffer.allocUnsafe(Math.min(READ_CHUNK, end - offset));
              const { bytesRead } = await fh.read(buf, 0, buf.length, offset);
              if (bytesRead === 0)
                throw new grpc_status.Xs(grpc_status.Cy.DATA_LOSS, `content ${digest} ended at ${offset} of ${size} bytes`);
              await send(call, { offset, data: buf.subarray(0, bytesRead) });
              offset += bytesRead;
              counters.bytesRead += bytesRead;
            }
          } finally {
            await fh.close().catch(() => {
            });
          }
        }
        async write(call, store, id2) {
          let writer;
          let ref = "";
          let total = 0;
          let expected = "";
          const counters = this.countersFor(id2);
          try {
            for await (const req of (0, channel.Ne)(call, (m) => m ?? {})) {
              if (!writer) {
                ref = String(req.ref ?? "");
                if (!ref)
                  throw new grpc_status.Xs(grpc_status.Cy.INVALID_ARGUMENT, "first message must have a reference");
                total = int64(req.total);
                expected = typeof req.expected === "string" ? req.expected : "";
                writer = await store.openWriter(ref, total, expected);
              }
              const action = Number(req.action ?? content_pb.I.STAT);
              const msg = { action, offset: writer.offset };
              if (typeof req.expected === "string" && req.expected) {
                if (await store.has(req.expected)) {
                  await writer.close();
                  await store.abort(ref).catch(() => {
                  });
                  throw new grpc_status.Xs(grpc_status.Cy.ALREADY_EXISTS, `blob with expected digest ${req.expected} exists`);
                }
                expected = req.expected;
              }
              if (int64(req.total) > 0)
                total = int64(req.total);
              if (action === content_pb.I.STAT) {
                Object.assign(msg, {
                  digest: writer.digest(),
                  started_at: timestamp(writer.startedAt),
                  updated_at: timestamp(writer.updatedAt),
                  total
                });
              } else if (action === content_pb.I.WRITE || action === content_pb.I.COMMIT) {
                const offset = int64(req.offset);
                if (offset > 0 && offset !== writer.offset)
                  throw new grpc_status.Xs(grpc_status.Cy.OUT_OF_RANGE, `write @${offset} must occur at current offset ${writer.offset}`);
                if (offset === 0 && writer.offset > 0) {
                  await writer.truncate();
                  msg.offset = 0;
                }
                const data = req.data instanceof Uint8Array ? Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength) : void 0;
                if (data?.length) {
                  await writer.write(data);
                  msg.offset = writer.offset;
                  counters.bytesWritten += data.length;
                }
                if (action === content_pb.I.COMMIT) {
                  msg.digest = await writer.commit(total, expected);
                  counters.commits++;
                } else {
                  msg.digest = writer.digest();
                }
              } else {
                throw new grpc_status.Xs(grpc_status.Cy.INVALID_ARGUMENT, `unknown write action ${action}`);
              }
              await send(call, msg);
              if (action === content_pb.I.COMMIT)
                return;
            }
          } finally {
            await writer?.close();
          }
        }
      }
      async function send(call, message) {
        if (call.cancelled || call.destroyed)
          throw new grpc_status.Xs(grpc_status.Cy.CANCELLED, "cancelled");
        if (call.write(message))
          return;
        await new Promise((resolve) => {
          const done = () => {
            call.off("drain", done);
            call.off("close", done);
            resolve();
          };
          call.on("drain", done);
          call.on("close", done);
        });
      }
      function noFilters(filters) {
        if (Array.isArray(filters) && filters.some((f) => typeof f === "string" && f.trim() !== "")) {
          throw new grpc_status.Xs(grpc_status.Cy.INVALID_ARGUMENT, "filters are not supported by this content store");
        }
      }
      function contentStatus(err) {
        if (err?.code === "ENOENT")
          return new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, err.message, { cause: err });
        return (0, errors.QL)(err);
      }
      var dockerconfig = __webpack_require__(111);
      var session_auth = __webpack_require__(9853);
      var abortable = __webpack_require__(9867);
      var external_node_os_ = __webpack_require__(8161);
      var gha = __webpack_require__(1364);
      var attribute_values = __webpack_require__(9960);
      ;
      const fsLayoutReader = { readIndex: oci_layout.vY, hasBlob: oci_layout.is };
      class ContentStoreError extends Error {
        name = "ContentStoreError";
      }
      function planContentStores(input, opts) {
        const layout = opts.layout ?? fsLayoutReader;
        const newStoreName = opts.newStoreName ?? session_session.OZ;
        const abs = (p) => external_node_path_.resolve(opts.cwd, p);
        const out = { stores: {}, indexUpdates: [], cacheImports: [], frontendAttrs: {}, warnings: [] };
        for (const e of input.cacheExports) {
          if (e.Type !== "local")
            continue;
          const dest = e.Attrs.dest ?? "";
          if (!dest)
            throw new ContentStoreError("cache-to type=local needs dest=DIR (local cache exporter requires dest)");
          let reset = false;
          if (e.Attrs.reset !== void 0) {
            const b = (0, attribute_values.MY)(e.Attrs.reset);
            if (b === void 0)
              throw new ContentStoreError(`cache-to type=local,dest=${dest}: reset=${e.Attrs.reset} is not a boolean`);
            reset = b;
          }
          out.stores[`local:${dest}`] = abs(dest);
          const update = { kind: "cache", dir: abs(dest), tag: e.Attrs.tag ?? "latest", reset };
          const at = out.indexUpdates.findIndex((u) => u.kind === "cache" && u.dir === update.dir);
          if (at >= 0)
            out.indexUpdates[at] = update;
          else
            out.indexUpdates.push(update);
        }
        for (const e of input.cacheImports) {
          if (e.Type !== "local") {
            out.cacheImports.push(e);
            continue;
          }
          const src = e.Attrs.src ?? "";
          if (!src)
            throw new ContentStoreError("cache-from type=local needs src=DIR (local cache importer requires src)");
          const dir = abs(src);
          const skip = (why) => out.warnings.push({
            target: input.target,
            message: `cache-from type=local,src=${src} skipped: ${why}; building without it`
          });
          let digest = e.Attrs.digest ?? "";
          if (!digest) {
            const tag = e.Attrs.tag ?? "latest";
            if (!tag)
              throw new ContentStoreError(`cache-from type=local,src=${src}: local cache importer requires either explicit digest, "latest" tag or custom tag on index.json`);
            let index;
            try {
              index = layout.readIndex(dir);
            } catch (err) {
              skip(err.message);
              continue;
            }
            const desc = (0, oci_layout.J9)(index, tag);
            if (!desc?.digest) {
              skip(`no digest found for tag ${tag} in ${external_node_path_.join(dir, "index.json")}`);
              continue;
            }
            digest = desc.digest;
          }
          if (!(0, oci_layout.fH)(digest) || !layout.hasBlob(dir, digest)) {
            skip(`digest ${digest} unavailable: content ${digest}: not found`);
            continue;
          }
          out.stores[`local:${src}`] = dir;
          out.cacheImports.push({ Type: e.Type, Attrs: { ...e.Attrs, digest } });
        }
        for (const [key, value] of Object.entries(input.frontendAttrs)) {
          if (!key.startsWith("context:"))
            continue;
          let ref;
          try {
            ref = (0, oci_layout.cT)(value);
          } catch (err) {
            throw new ContentStoreError(`named context "${key.slice("context:".length)}": ${err.message}`);
          }
          if (!ref)
            continue;
          const dir = abs(ref.path);
          if (!ref.digest) {
            let desc;
            try {
              desc = (0, oci_layout.J9)(layout.readIndex(dir), ref.tag ?? "latest", { orSingle: true });
              if (!desc)
                throw new Error("failed to resolve digest");
              if (!(0, oci_layout.fH)(desc.digest))
                throw new Error(`invalid digest ${desc.digest}`);
            } catch (err) {
              throw new ContentStoreError(`oci-layout reference "${value}" could not be resolved: ${err.message}`);
            }
            ref.digest = desc.digest;
          }
          const name = newStoreName();
          out.stores[`oci:${name}`] = dir;
          out.frontendAttrs[key] = (0, oci_layout.Ak)({ ...ref, path: name });
        }
        if (input.layoutExports.length > 1)
          throw new ContentStoreError('only one output may write an OCI layout directory (tar=false): the exporter store is "export"');
        for (const dest of input.layoutExports) {
          out.stores.export = abs(dest);
          out.indexUpdates.push({ kind: "image", dir: abs(dest) });
        }
        return out;
      }
      function applyContentStores(plan, cwd, layout) {
        const layoutExports = plan.destinations.flatMap((d) => d.mode === "store" ? [d.path] : []);
        const uses = plan.cacheImports.some((e) => e.Type === "local") || plan.cacheExports.some((e) => e.Type === "local") || layoutExports.length > 0 || Object.entries(plan.frontendAttrs).some(([k, v]) => k.startsWith("context:") && v.startsWith("oci-layout://"));
        if (!uses)
          return;
        const r = planContentStores({
          target: plan.target,
          cacheImports: plan.cacheImports,
          cacheExports: plan.cacheExports,
          frontendAttrs: plan.frontendAttrs,
          layoutExports
        }, { cwd, layout });
        if (r.cacheImports.length !== plan.cacheImports.length || r.cacheImports.some((e, i) => e !== plan.cacheImports[i])) {
          plan.cacheImports = r.cacheImports;
          if (r.cacheImports.length)
            plan.frontendAttrs["cache-imports"] = (0, attribute_values.Nd)(r.cacheImports);
          else
            delete plan.frontendAttrs["cache-imports"];
        }
        Object.assign(plan.frontendAttrs, r.frontendAttrs);
        if (r.warnings.length)
          plan.warnings = [...plan.warnings ?? [], ...r.warnings];
        if (Object.keys(r.stores).length || r.indexUpdates.length)
          plan.contentStores = { stores: r.stores, indexUpdates: r.indexUpdates };
      }
      function updateIndexes(stores, exporterResponse) {
        const warnings = [];
        const cacheManifest = exporterResponse["cache.manifest"];
        const imageDescriptor = exporterResponse["containerimage.descriptor"];
        for (const u of stores.indexUpdates) {
          if (u.kind === "cache") {
            if (cacheManifest)
              (0, oci_layout.TI)(u.dir, parseDescriptor(cacheManifest, "cache.manifest"), [{ tag: u.tag }]);
            if (u.reset)
              warnings.push(...resetLayout(u.dir));
          } else {
            if (!imageDescriptor)
              continue;
            const desc = parseDescriptor(Buffer.from(imageDescriptor, "base64").toString("utf8"), "containerimage.descriptor");
            const names = exporterResponse["image.name"] !== void 0 ? exporterResponse["image.name"].split(",").map((name) => ({ name })) : [{ tag: "latest" }];
            (0, oci_layout.TI)(u.dir, desc, names);
          }
        }
        return warnings;
      }
      function parseDescriptor(json, key) {
        let desc;
        try {
          desc = JSON.parse(json);
        } catch (err) {
          throw new Error(`the daemon's ${key} is not JSON: ${err.message}`);
        }
        const d = desc;
        if (!d || typeof d !== "object" || typeof d.digest !== "string" || !(0, oci_layout.fH)(d.digest))
          throw new Error(`the daemon's ${key} is not a descriptor: ${json}`);
        return d;
      }
      const INDEX_TYPES = /* @__PURE__ */ new Set([
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json"
      ]);
      const MANIFEST_TYPES = /* @__PURE__ */ new Set([
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json"
      ]);
      function resetLayout(dir) {
        const referenced = /* @__PURE__ */ new Set();
        const visit = (desc) => {
          if (!desc || typeof desc.digest !== "string" || referenced.has(desc.digest))
            return;
          referenced.add(desc.digest);
          if (!INDEX_TYPES.has(desc.mediaType ?? "") && !MANIFEST_TYPES.has(desc.mediaType ?? ""))
            return;
          let doc;
          try {
            doc = JSON.parse(external_node_fs_.readFileSync((0, oci_layout.nD)(dir, desc.digest), "utf8"));
          } catch {
            throw new Error(`reset: failed to collect referenced blobs: cannot read ${desc.digest}`);
          }
          const children = INDEX_TYPES.has(desc.mediaType ?? "") ? doc.manifests ?? [] : [...doc.config ? [doc.config] : [], ...doc.layers ?? []];
          for (const c of children)
            visit(c);
        };
        const warnings = [];
        try {
          for (const m of (0, oci_layout.vY)(dir).manifests ?? [])
            visit(m);
        } catch (err) {
          return [`failed to reset cache store ${dir}: ${err.message}`];
        }
        const blobs = external_node_path_.join(dir, "blobs");
        for (const alg of external_node_fs_.existsSync(blobs) ? external_node_fs_.readdirSync(blobs, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : []) {
          for (const enc of external_node_fs_.readdirSync(external_node_path_.join(blobs, alg))) {
            const digest = `${alg}:${enc}`;
            if (!(0, oci_layout.fH)(digest) || referenced.has(digest))
              continue;
            try {
              external_node_fs_.rmSync(external_node_path_.join(blobs, alg, enc));
            } catch (err) {
              warnings.push(`reset: failed to delete blob ${digest} in ${dir}: ${err.message}`);
            }
          }
        }
        return warnings;
      }
      var context_kind = __webpack_require__(6449);
      var call_call = __webpack_require__(3878);
      var go_path = __webpack_require__(6635);
      var llb = __webpack_require__(7858);
      var git_source = __webpack_require__(8523);
      ;
      function definitionCopy(url, dir, name) {
        const b = new llb.W();
        const git2 = (0, git_source.tC)(b, (0, git_source.Ym)(url), url);
        const copy = b.addCopy(git2, { src: (0, go_path.t)(`/${dir}`), dest: "/", dirCopyContents: true }, {
          description: { "llb.customname": name === void 0 ? `set context to ${dir}` : `set context ${name} to ${dir}` }
        });
        return b.marshal(copy);
      }
      ;
      class PlanError extends Error {
        target;
        name = "PlanError";
        constructor(target, message) {
          super(`target "${target}": ${message}`);
          this.target = target;
        }
      }
      const IMAGE_EXPORTERS = /* @__PURE__ */ new Set(["image", "registry", "oci", "docker"]);
      function csvPair(key, value) {
        const pair = `${key}=${value}`;
        return /[,"]/.test(pair) ? `"${pair.replace(/"/g, '""')}"` : pair;
      }
      function attestValue(a) {
        const rest = Object.entries(a).filter(([k]) => k !== "type" && k !== "disabled").sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0);
        return [csvPair("type", a.type), ...rest.map(([k, v]) => csvPair(k, v))].join(",");
      }
      function isDir(p) {
        try {
          return external_node_fs_.statSync(p).isDirectory();
        } catch {
          return false;
        }
      }
      function attrsWithout(entry, ...keys) {
        const out = {};
        for (const [k, v] of Object.entries(entry))
          if (k !== "type" && !keys.includes(k))
            out[k] = v;
        return out;
      }
      function cacheEntry(e) {
        return { Type: e.type, Attrs: attrsWithout(e) };
      }
      function planTarget(spec, opts = {}) {
        let call;
        try {
          call = (0, call_call.Mf)(spec.call);
        } catch (err) {
          throw new PlanError(spec.name, `call: ${err.message}`);
        }
        if (opts.warm)
          spec = { ...spec, outputs: [] };
        const cache = opts.cache ? (0, gha.sp)(spec, opts.cache) : void 0;
        if (cache)
          spec = { ...spec, cacheFrom: cache.cacheFrom, cacheTo: cache.cacheTo };
        if ((0, attribute_values.MY)(spec.args.BUILDKIT_INLINE_CACHE))
          spec = { ...spec, cacheTo: [...spec.cacheTo, { type: "inline" }] };
        const plan = {
          target: spec.name,
          ...call ? { call } : {},
          frontend: "dockerfile.v0",
          ...opts.sourcePolicy ? { sourcePolicy: opts.sourcePolicy } : {},
          frontendAttrs: {},
          localDirs: {},
          secrets: spec.secrets.map((s) => ({ id: s.id, file: s.src, env: s.env, value: s.value })),
          ssh: spec.ssh.map((e) => ({ id: e.id, paths: [...e.paths] })),
          exporters: [],
          destinations: [],
          cacheImports: spec.cacheFrom.map(cacheEntry),
          cacheExports: spec.cacheTo.map(cacheEntry),
          entitlements: [...spec.entitlements],
          linkedContexts: {},
          frontendInputs: {},
          tempDirs: [],
          warnings: cache?.warnings ?? []
        };
        const attrs = plan.frontendAttrs;
        const caps = /* @__PURE__ */ new Set();
        const copies = spec.definitionCopies;
        if (copies?.context !== void 0) {
          const copy = definitionCopy(copies.url, copies.context);
          plan.frontendInputs.context = copy;
          plan.frontendInputs.dockerfile = copy;
          attrs["input:context"] = spec.context;
        } else if (context_kind.REMOTE_CONTEXT.test(spec.context)) {
          attrs.context = spec.context;
          if ((0, context_kind.hasGitQuery)(spec.context))
            caps.add("moby.buildkit.frontend.gitquerystring");
        } else {
          if (!isDir(spec.context))
            throw new PlanError(spec.name, `context directory ${spec.context} does not exist`);
          plan.localDirs.context = spec.context;
        }
        if (spec.dockerfileInline !== void 0) {
          const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), "bakekit-inline-"));
          external_node_fs_.writeFileSync(external_node_path_.join(dir, "Dockerfile"), spec.dockerfileInline);
          plan.tempDirs.push(dir);
          plan.localDirs.dockerfile = dir;
          attrs.filename = "Dockerfile";
          attrs.dockerfilekey = "dockerfile";
        } else if (spec.dockerfile) {
          if ((0, context_kind.dockerfileInRemoteContext)(spec)) {
            attrs.filename = spec.dockerfile;
          } else {
            const dockerfile = lowercaseDockerfile(spec.dockerfile);
            if (!external_node_fs_.existsSync(dockerfile))
              throw new PlanError(spec.name, `Dockerfile ${spec.dockerfile} does not exist`);
            plan.localDirs.dockerfile = external_node_path_.dirname(dockerfile);
            attrs.filename = external_node_path_.basename(dockerfile);
            if (context_kind.REMOTE_CONTEXT.test(spec.context))
              attrs.dockerfilekey = "dockerfile";
          }
        }
        const syntax = spec.args.BUILDKIT_SYNTAX;
        if (syntax !== void 0) {
          const cmdline = syntax.trim();
          if (!cmdline)
            throw new PlanError(spec.name, "args.BUILDKIT_SYNTAX is empty: name a frontend image (e.g. docker/dockerfile:1), or leave it out");
          plan.frontend = "gateway.v0";
          attrs.source = cmdline.split(" ", 1)[0];
          attrs.cmdline = syntax;
        }
        if ((0, attribute_values.MY)(spec.args.BUILDKIT_MULTI_PLATFORM))
          attrs["multi-platform"] = "true";
        if (spec.target)
          attrs.target = spec.target;
        if (spec.platforms.length)
          attrs.platform = spec.platforms.join(",");
        for (const [k, v] of Object.entries(spec.args))
          attrs[`build-arg:${k}`] = v;
        for (const [k, v] of Object.entries(spec.labels))
          attrs[`label:${k}`] = v;
        if (spec.noCache)
          attrs["no-cache"] = "";
        else if (spec.noCacheFilter.length)
          attrs["no-cache"] = spec.noCacheFilter.join(",");
        if (spec.pull)
          attrs["image-resolve-mode"] = "pull";
        else if (opts.dockerEngine)
          attrs["image-resolve-mode"] = "local";
        if (spec.network)
          attrs["force-network-mode"] = spec.network;
        if (spec.network === "host")
          plan.entitlements.push("network.host");
        if (spec.shmSize)
          attrs["shm-size"] = String(spec.shmSize);
        if (spec.ulimit)
          attrs.ulimit = spec.ulimit;
        if (spec.resources)
          Object.assign(attrs, (0, attribute_values.UP)(spec.resources));
        if (spec.extraHosts.length) {
          try {
            attrs["add-hosts"] = (0, attribute_values.ru)(spec.extraHosts, opts.hostGateway);
          } catch (err) {
            if (err instanceof attribute_values.w4)
              throw new PlanError(spec.name, `extra-hosts: ${err.message}`);
            throw err;
          }
        }
        const seenAttest = /* @__PURE__ */ new Set();
        for (const a of spec.attest) {
          if (seenAttest.has(a.type))
            continue;
          seenAttest.add(a.type);
          if (a.disabled === "true")
            continue;
          attrs[`attest:${a.type}`] = attestValue(a);
        }
        if (opts.defaultProvenance && !seenAttest.has("provenance")) {
          attrs["attest:provenance"] = "mode=min,inline-only=true";
        }
        for (const [name, value] of Object.entries(spec.contexts)) {
          const copied = copies?.contexts?.[name];
          if (copies && copied !== void 0) {
            plan.frontendInputs[name] = definitionCopy(copies.url, copied, name);
            attrs[`context:${name}`] = `input:${name}`;
            attrs[`input:git_state_${name}`] = value;
            continue;
          }
          const kind = (0, context_kind.namedContextKind)(value);
          if (kind === "target") {
            plan.linkedContexts[name] = value.slice("target:".length);
          } else if (kind === "remote") {
            attrs[`context:${name}`] = value;
            if ((0, context_kind.hasGitQuery)(value))
              caps.add("moby.buildkit.frontend.gitquerystring+forward");
          } else {
            if (!isDir(value))
              throw new PlanError(spec.name, `named context "${name}": directory ${value} does not exist`);
            const localName = name === "context" || name === "dockerfile" ? `_${name}` : name;
            plan.localDirs[localName] = value;
            attrs[`context:${name}`] = `local:${localName}`;
            attrs[`sharedkey:localdir:${name}`] = sharedKeyFor(value);
          }
        }
        if (Object.keys(spec.contexts).length)
          caps.add("moby.buildkit.frontend.contexts+forward");
        if (caps.size)
          attrs["frontend.caps"] = [...caps].sort().join(",");
        if (plan.cacheImports.length)
          attrs["cache-imports"] = (0, attribute_values.Nd)(plan.cacheImports);
        const outputs = spec.outputs.length === 0 && opts.dockerEngine && !opts.warm && !opts.noDefaultLoad && !call ? [{ type: "image" }] : spec.outputs;
        for (const out of outputs)
          addExporter(plan, spec, out, opts);
        try {
          applyContentStores(plan, opts.cwd ?? process.cwd());
        } catch (err) {
          throw new PlanError(spec.name, err.message);
        }
        return plan;
      }
      function sharedKeyFor(dir) {
        return `${external_node_path_.basename(dir)}-${external_node_crypto_.createHash("sha256").update(dir).digest("hex").slice(0, 16)}`;
      }
      function lowercaseDockerfile(file) {
        if (external_node_path_.basename(file) !== "Dockerfile" || external_node_fs_.existsSync(file))
          return file;
        const lower = external_node_path_.join(external_node_path_.dirname(file), "dockerfile");
        return external_node_fs_.existsSync(lower) ? lower : file;
      }
      function addExporter(plan, spec, out, opts) {
        const annotations = (0, attribute_values.Q9)(spec.annotations);
        const names = spec.tags.length ? spec.tags.join(",") : out.name;
        const buildinfo = spec.args.BUILDKIT_INLINE_BUILDINFO_ATTRS;
        const push = (type, attrs, dest) => {
          if (buildinfo !== void 0 && IMAGE_EXPORTERS.has(type === "moby" ? "image" : type))
            attrs["buildinfo-attrs"] = buildinfo;
          plan.exporters.push({ Type: type, Attrs: { ...annotations, ...attrs } });
          plan.destinations.push(dest);
        };
        switch (out.type) {
          case "cacheonly":
            return;
          case "local":
          case "tar": {
            if (!out.dest)
              throw new PlanError(spec.name, `output type=${out.type} needs dest=PATH`);
            if (out.type === "local" && out.mode !== void 0 && out.mode !== "copy" && out.mode !== "delete") {
              throw new PlanError(spec.name, `output type=local: mode=${out.mode} is not a mode (copy, the default, or delete)`);
            }
            const dest = out.type === "tar" ? { mode: "file", path: out.dest } : out.mode === "delete" ? { mode: "dir", path: out.dest, mirror: true } : { mode: "dir", path: out.dest };
            push(out.type, attrsWithout(out, "dest"), dest);
            return;
          }
          case "oci":
          case "docker": {
            const attrs = attrsWithout(out, "dest", "context");
            if (names)
              attrs.name = names;
            if (out.tar !== void 0 && (0, attribute_values.MY)(out.tar) === false) {
              if (!out.dest)
                throw new PlanError(spec.name, `output type=${out.type},tar=false needs dest=DIR`);
              push(out.type, attrs, { mode: "store", path: out.dest });
            } else if (out.dest) {
              push(out.type, attrs, { mode: "file", path: out.dest });
            } else if (out.type === "docker" && opts.dockerEngine) {
              if (opts.engineContainerdStore && !attrs["prefer-image-digest"])
                attrs["prefer-image-digest"] = "true";
              push("moby", attrs, { mode: "none" });
            } else if (out.type === "docker") {
              if (opts.ociImporter?.(out.context)) {
                if (!attrs["prefer-image-digest"])
                  attrs["prefer-image-digest"] = "true";
                push("oci", attrs, { mode: "load", context: out.context });
              } else {
                if (spec.platforms.length > 1) {
                  throw new PlanError(spec.name, "output type=docker cannot load several platforms into an Engine without the containerd image store; use type=oci,dest=\u2026 or type=image,push=true");
                }
                push("docker", attrs, { mode: "load", context: out.context });
              }
            } else {
              throw new PlanError(spec.name, `output type=${out.type} needs dest=PATH`);
            }
            return;
          }
          case "image":
          case "registry": {
            const attrs = attrsWithout(out);
            if (out.type === "registry")
              attrs.push = "true";
            if (names)
              attrs.name = names;
            if (!attrs.name && attrs.push === "true" && attrs["push-by-digest"] !== "true") {
              throw new PlanError(spec.name, `output type=${out.type} pushes but has no name: set tags or name=`);
            }
            if (opts.dockerEngine && !(attrs.push === "true" && attrs["push-by-digest"] === "true")) {
              if (opts.engineContainerdStore && !attrs["prefer-image-digest"])
                attrs["prefer-image-digest"] = "true";
              push("moby", attrs, { mode: "none" });
              return;
            }
            push("image", attrs, { mode: "none" });
            return;
          }
          default:
            push(out.type, attrsWithout(out), { mode: "none" });
        }
      }
      var session_ids = __webpack_require__(1766);
      ;
      function servedByDirSession(plan) {
        const dirs = new Set(Object.values(plan.localDirs));
        return dirs.size === 1 && plan.secrets.length === 0 && plan.ssh.length === 0 && plan.destinations.every((d) => d.mode === "none") && !plan.contentStores;
      }
      async function dirSessionsFor(plans, auth, daemon, reuse, identities = /* @__PURE__ */ new Map()) {
        const names = /* @__PURE__ */ new Map();
        for (const plan of plans) {
          for (const [name, dir] of Object.entries(plan.localDirs)) {
            if (!names.has(dir))
              names.set(dir, /* @__PURE__ */ new Set());
            names.get(dir).add(name);
          }
        }
        const dirs = [...names.keys()];
        const missing = reuse ? dirs.filter((dir) => !identities.has(dir)) : [];
        const started = missing.length > 0 ? (await __webpack_require__.e(
          /* import() */
          254
        ).then(__webpack_require__.bind(__webpack_require__, 1254))).identifyDirectories(missing) : /* @__PURE__ */ new Map();
        const identified = reuse ? await Promise.all(dirs.map((dir) => identities.get(dir) ?? started.get(dir))) : [];
        const out = /* @__PURE__ */ new Map();
        dirs.forEach((dir, i) => {
          const dirNames = names.get(dir);
          const fileSync = new filesync.I$(Object.fromEntries([...dirNames].map((n) => [n, dir])));
          const sessionId = (0, session_ids.dirSessionId)(dir, identified[i], { daemon });
          const session = new session_session.Nn({
            reusedId: sessionId.id,
            lingerAllowed: !sessionId.seen,
            name: external_node_path_.basename(dir),
            sharedKey: sharedKeyFor(dir)
          }).attach(fileSync).attach(auth);
          session.attach(new secrets.Gf(/* @__PURE__ */ new Map())).attach(new ssh.Xp([], { env: {} }));
          out.set(dir, { session, fileSync, names: dirNames, sessionId });
        });
        return out;
      }
      async function openDirSessions(sessions, connection) {
        try {
          await Promise.all(sessions.map((d) => d.session.run(connection)));
        } catch (err) {
          await Promise.all(sessions.map((d) => d.session.close().catch(() => {
          })));
          throw err;
        }
      }
      var lifetime = __webpack_require__(1466);
      ;
      function refsOf(result) {
        if (result.ref)
          return result.ref.id ? [{ id: result.ref.id }] : [];
        return Object.entries(result.refs?.refs ?? {}).filter(([, r]) => r.id).map(([platform, r]) => ({ platform, id: r.id }));
      }
      function linkInputs(contextName, producer, result) {
        const key = `target-${producer}`;
        const inputs = {};
        const attrs = {};
        const meta = result.metadata ?? {};
        const inputMetadata = (suffix) => {
          const m = {};
          const config = meta[`containerimage.config${suffix}`];
          const buildinfo = meta[`containerimage.buildinfo${suffix}`];
          if (config)
            m["containerimage.config"] = Buffer.from(config).toString("base64");
          if (buildinfo)
            m["containerimage.buildinfo"] = Buffer.from(buildinfo).toString("base64");
          return Object.keys(m).length ? JSON.stringify(m) : void 0;
        };
        if (result.ref) {
          inputs[key] = result.ref.def ?? Buffer.alloc(0);
          attrs[`context:${contextName}`] = `input:${key}`;
          const md = inputMetadata("");
          if (md)
            attrs[`input-metadata:${key}`] = md;
          return { inputs, attrs, drop: [] };
        }
        for (const [platform, ref] of Object.entries(result.refs?.refs ?? {})) {
          const k = `${key}::${platform}`;
          inputs[k] = ref.def ?? Buffer.alloc(0);
          attrs[`context:${contextName}::${platform}`] = `input:${k}`;
          const md = inputMetadata(`/${platform}`);
          if (md)
            attrs[`input-metadata:${k}`] = md;
        }
        return { inputs, attrs, drop: [`context:${contextName}`] };
      }
      function consumersStaggered(graph, after) {
        const depth = /* @__PURE__ */ new Map();
        const depthOf = (t, seen = /* @__PURE__ */ new Set()) => {
          const known = depth.get(t);
          if (known !== void 0)
            return known;
          if (seen.has(t))
            return 0;
          seen.add(t);
          const d = Math.max(-1, ...(graph.get(t) ?? []).map((p) => depthOf(p, seen))) + 1;
          depth.set(t, d);
          return d;
        };
        const consumers = [...graph.keys()].filter((t) => depthOf(t) > 0).sort((a, b) => depthOf(a) - depthOf(b));
        const out = /* @__PURE__ */ new Map();
        let turn = after;
        for (const t of consumers) {
          turn = turn.then(() => new Promise((resolve) => setImmediate(resolve)));
          out.set(t, turn);
        }
        return out;
      }
      var target_errors = __webpack_require__(5902);
      ;
      class SourcePolicyError extends Error {
        name = "SourcePolicyError";
      }
      async function readSourcePolicy(env) {
        const file = env.EXPERIMENTAL_BUILDKIT_SOURCE_POLICY;
        if (!file)
          return void 0;
        let data;
        try {
          data = external_node_fs_.readFileSync(file);
        } catch (err) {
          throw new SourcePolicyError(`EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: cannot read the policy file ${file}: ${err.message}`);
        }
        try {
          return normalise(JSON.parse(data.toString("utf8")));
        } catch (jsonErr) {
          try {
            return await decodeBinary(data);
          } catch {
            throw new SourcePolicyError(`EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: ${file} is not a source policy (JSON such as {"rules":[{"action":"CONVERT","selector":{"identifier":"docker-image://\u2026"},"updates":{"identifier":"\u2026"}}]}): ${jsonErr.message}`);
          }
        }
      }
      function normalise(v) {
        if (!v || typeof v !== "object" || Array.isArray(v))
          throw new Error("the policy must be a JSON object");
        const p = v;
        if (p.rules !== void 0 && !Array.isArray(p.rules))
          throw new Error('"rules" must be a list');
        return p;
      }
      async function decodeBinary(data) {
        const { decodeMessage } = await Promise.resolve(
          /* import() */
        ).then(__webpack_require__.bind(__webpack_require__, 7062));
        const p = decodeMessage("moby.buildkit.v1.sourcepolicy.Policy", data);
        if (!p.rules?.length)
          throw new Error("no rules");
        return { ...p, version: p.version === void 0 ? void 0 : Number(p.version) };
      }
      var external_node_child_process_ = __webpack_require__(1421);
      ;
      function settings(env) {
        const labelsVar = env.BUILDX_GIT_LABELS;
        return {
          labels: labelsVar === "full" || (0, attribute_values.MY)(labelsVar) === true,
          info: (0, attribute_values.MY)(env.BUILDX_GIT_INFO) ?? true,
          checkDirty: (0, attribute_values.MY)(env.BUILDX_GIT_CHECK_DIRTY) === true
        };
      }
      function gitLines(dir, args) {
        return new Promise((resolve) => {
          (0, external_node_child_process_.execFile)("git", ["-c", "log.showSignature=false", ...args], { cwd: dir, encoding: "utf8", timeout: 1e4 }, (err, stdout) => {
            resolve(err ? void 0 : stdout.split("\n").map((l) => l.replace(/'/g, "")));
          });
        });
      }
      async function git(dir, args) {
        return (await gitLines(dir, args))?.[0];
      }
      function mayBeInCheckout(dir, env = process.env) {
        if (env.GIT_DIR || env.GIT_WORK_TREE)
          return true;
        for (let d = external_node_path_.resolve(dir); ; d = external_node_path_.dirname(d)) {
          if (external_node_fs_.existsSync(external_node_path_.join(d, ".git")))
            return true;
          if (external_node_path_.dirname(d) === d)
            return false;
        }
      }
      function redactCredentials(url) {
        let u;
        try {
          u = new URL(url);
        } catch {
          return url;
        }
        if (!u.username && !u.password)
          return url;
        if (u.username)
          u.username = "xxxxx";
        if (u.password)
          u.password = "xxxxx";
        return u.toString();
      }
      async function remoteUrl(dir) {
        const symref = await git(dir, ["symbolic-ref", "-q", "HEAD"]);
        const remote = symref ? await git(dir, ["for-each-ref", "--format=%(upstream:remotename)", symref]) : void 0;
        for (const name of [remote, "origin", "upstream"]) {
          if (!name)
            continue;
          const url = await git(dir, ["remote", "get-url", name]);
          if (url)
            return redactCredentials(url);
        }
        return void 0;
      }
      async function checkoutTop(dir) {
        if (!mayBeInCheckout(dir))
          return void 0;
        const lines = await gitLines(dir, ["rev-parse", "--is-inside-work-tree", "--show-toplevel"]);
        return lines?.[0] === "true" && lines[1] ? lines[1] : void 0;
      }
      async function readCheckout(root, s) {
        const [sha, source, dirty] = await Promise.all([
          git(root, ["show", "--format=%H", "HEAD", "--quiet", "--"]),
          remoteUrl(root),
          s.checkDirty ? git(root, ["status", "--porcelain", "--ignored"]).then((out) => out === void 0 || out.trim() !== "") : Promise.resolve(false)
        ]);
        return { revision: sha ? dirty ? `${sha}-dirty` : sha : void 0, source };
      }
      class GitInfoCache {
        byDir = /* @__PURE__ */ new Map();
        byRoot = /* @__PURE__ */ new Map();
        s;
        constructor(env) {
          this.s = settings(env);
        }
        get enabled() {
          return this.s.info || this.s.labels;
        }
        /** Starts (or joins) reading `dir`'s checkout: the runner calls it early, so that git runs while it connects. */
        read(dir) {
          let info = this.byDir.get(dir);
          if (!info) {
            info = this.enabled ? this.readDir(dir) : Promise.resolve(void 0);
            this.byDir.set(dir, info);
          }
          return info;
        }
        async readDir(dir) {
          const root = await checkoutTop(dir);
          if (!root)
            return void 0;
          let checkout = this.byRoot.get(root);
          if (!checkout) {
            checkout = readCheckout(root, this.s);
            this.byRoot.set(root, checkout);
          }
          return { root, ...await checkout };
        }
        /**
         * The frontend attributes buildx adds for a build whose context is `contextDir` (undefined for a remote context):
         * `localDirs` are the build's local directories by name, `dockerfile` its Dockerfile's path.
         */
        async attributes(contextDir, localDirs, dockerfile) {
          if (!contextDir || !this.enabled)
            return {};
          const g = await this.read(contextDir);
          if (!g)
            return {};
          const out = {};
          if (g.revision) {
            if (this.s.labels)
              out["label:org.opencontainers.image.revision"] = g.revision;
            if (this.s.info)
              out["vcs:revision"] = g.revision;
          }
          if (g.source) {
            if (this.s.labels)
              out["label:org.opencontainers.image.source"] = g.source;
            if (this.s.info)
              out["vcs:source"] = g.source;
          }
          if (this.s.labels) {
            const rel = external_node_path_.relative(g.root, dockerfile ?? external_node_path_.join(contextDir, "Dockerfile"));
            if (!rel.startsWith(".."))
              out["label:com.docker.image.source.entrypoint"] = rel;
          }
          if (this.s.info) {
            for (const [name, dir] of Object.entries(localDirs)) {
              let real;
              try {
                real = external_node_fs_.realpathSync(dir);
              } catch {
                continue;
              }
              const rel = external_node_path_.relative(g.root, real);
              if (!rel.startsWith(".."))
                out[`vcs:localdir:${name}`] = rel === "" ? "." : rel;
            }
          }
          return out;
        }
      }
      ;
      function decodeExporterResponse(resp) {
        const out = {};
        for (const [k, v] of Object.entries(resp)) {
          let decoded;
          if (/^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0) {
            try {
              const parsed = JSON.parse(Buffer.from(v, "base64").toString("utf8"));
              if (parsed && typeof parsed === "object" && !Array.isArray(parsed) && Object.keys(parsed).length)
                decoded = parsed;
            } catch {
              decoded = void 0;
            }
          }
          out[k] = decoded ?? v;
        }
        return out;
      }
      var metadata_provenance = __webpack_require__(4370);
      var features = __webpack_require__(4699);
      var docker_load = __webpack_require__(9829);
      var reference = __webpack_require__(5299);
      ;
      const AUTH_FAILURE = /\b401\b|unauthori[sz]ed|authentication required|failed to authorize|denied: requested access|insufficient_scope|\b403\b|forbidden/i;
      function pushHosts(plan) {
        const hosts = /* @__PURE__ */ new Set();
        for (const e of plan.exporters) {
          if (e.Type !== "image" && e.Type !== "moby" || e.Attrs.push !== "true")
            continue;
          for (const n of (e.Attrs.name ?? "").split(",")) {
            if (!n.trim())
              continue;
            try {
              hosts.add((0, reference.nz)((0, reference.F2)(n).domain));
            } catch {
            }
          }
        }
        return [...hosts];
      }
      function explainExportError(err, plan, auth, configDir) {
        const hosts = pushHosts(plan);
        if (!hosts.length || !AUTH_FAILURE.test(err.message))
          return err;
        const mentioned = hosts.filter((h) => err.message.includes(h));
        const where = configDir ? `${configDir}/config.json` : "the Docker config (DOCKER_CONFIG or ~/.docker/config.json)";
        const hints = (mentioned.length ? mentioned : hosts).map((h) => auth.lookup(h) ? `the registry ${h} rejected the credentials bakekit sent from ${where} (wrong user name or password, or no push access)` : `no credentials for ${h} in ${where}: run \`docker login ${h}\` (or set DOCKER_CONFIG) before pushing`);
        err.message = `${err.message}
${hints.map((h) => `hint: ${h}`).join("\n")}`;
        return err;
      }
      function exporterResponseForMetadata(response, plan) {
        if (!plan.exporters.some((e) => e.Attrs["prefer-image-digest"] === "true"))
          return response;
        const out = { ...response };
        delete out["containerimage.config.digest"];
        return out;
      }
      var run = __webpack_require__(8243);
      ;
      async function runBuild(specs, opts) {
        const cacheRun = new run.k2(opts);
        const emit = cacheRun.tap(opts.onEvent ?? (() => {
        }));
        const client = new buildkit_client.Us(opts.connection);
        const dockerEngine = opts.connection.endpoint.kind === "docker";
        const byName = new Map(specs.map((s) => [s.name, s]));
        const plans = /* @__PURE__ */ new Map();
        const tempDirs = [];
        let dirSessions = /* @__PURE__ */ new Map();
        const sessionCloses = [];
        try {
          const gitInfo = new GitInfoCache(opts.env);
          for (const s of specs)
            if (external_node_path_.isAbsolute(s.context))
              void gitInfo.read(s.context);
          const [{ planOptions }, sourcePolicy] = await Promise.all([
            (0, features.pw)(specs, client, { dockerEngine, env: opts.env, signal: opts.signal }),
            readSourcePolicy(opts.env),
            cacheRun.prepare(specs, client, opts.connection, opts.signal)
          ]);
          if (sourcePolicy)
            planOptions.sourcePolicy = sourcePolicy;
          for (const s of specs) {
            const plan = planTarget(s, { ...planOptions, ...cacheRun.planOptions, cwd: opts.cwd });
            tempDirs.push(...plan.tempDirs);
            for (const producer of Object.values(plan.linkedContexts)) {
              if (!byName.has(producer))
                throw new Error(`target "${s.name}" uses context target:${producer}, which is not part of this build`);
            }
            plans.set(s.name, plan);
          }
          await Promise.all(specs.map(async (s) => {
            const plan = plans.get(s.name);
            Object.assign(plan.frontendAttrs, await gitInfo.attributes(plan.localDirs.context, plan.localDirs, s.dockerfile));
          }));
          const secretValues = new Map(specs.map((s) => [s.name, (0, secrets.Gn)(plans.get(s.name).secrets, { cwd: opts.cwd, env: opts.env })]));
          const sshSources = new Map(specs.map((s) => [s.name, resolveSsh(s.name, plans.get(s.name), opts.env)]));
          if (specs.some((s) => !s.policyDisabled && (0, context_kind.dockerfileInRemoteContext)(s))) {
            const { refuseRemotePolicies } = await __webpack_require__.e(
              /* import() */
              962
            ).then(__webpack_require__.bind(__webpack_require__, 962));
            const access = { secrets: secretValues, ssh: sshSources };
            await refuseRemotePolicies(specs, plans, access, opts.connection, opts.signal);
          }
          const graph = /* @__PURE__ */ new Map();
          for (const [name, plan] of plans)
            graph.set(name, [...new Set(Object.values(plan.linkedContexts))]);
          const machine = new lifetime.L(graph, { execution: opts.execution, maxParallelism: opts.maxParallelism });
          const published = /* @__PURE__ */ new Map();
          const run2 = new AbortController();
          const onOuterAbort = () => run2.abort(opts.signal?.reason ?? new Error("cancelled"));
          if (opts.signal?.aborted)
            onOuterAbort();
          opts.signal?.addEventListener("abort", onOuterAbort, { once: true });
          const auth = new session_auth.G(new dockerconfig.zw((0, dockerconfig.kG)(opts.env)));
          dirSessions = await dirSessionsFor([...plans.values()], auth, opts.connection.description, (0, session_ids.contextReuseEnabled)(opts.env), opts.dirIdentities);
          for (const plan of plans.values()) {
            for (const [name, dir] of Object.entries(plan.localDirs))
              plan.frontendAttrs[`local-sessionid:${name}`] = dirSessions.get(dir).session.id;
          }
          let dirFailure;
          const dirsOpen = openDirSessions([...dirSessions.values()], opts.connection).catch((err) => {
            dirFailure = err;
            run2.abort(err);
          });
          await new Promise((resolve) => setImmediate(resolve));
          cacheRun.planned(plans.values());
          const allPlans = [...plans.values()];
          const startAfter = consumersStaggered(graph, dirsOpen);
          const mainSessionOf = (plan) => servedByDirSession(plan) ? dirSessions.get(Object.values(plan.localDirs)[0]).session : void 0;
          const outcomes = await Promise.all(specs.map((spec) => runTarget(spec.name, {
            client,
            plan: plans.get(spec.name),
            secrets: secretValues.get(spec.name),
            ssh: sshSources.get(spec.name),
            machine,
            published,
            run: run2,
            emit,
            connection: opts.connection,
            auth,
            env: opts.env,
            explainFailure: (err, statusDone) => cacheRun.explainFailure(spec.name, err, plans.get(spec.name), statusDone),
            cacheVerdict: () => cacheRun.verdict(allPlans),
            dirSessions: Object.values(plans.get(spec.name).localDirs).map((dir) => dirSessions.get(dir).session),
            mainSession: mainSessionOf(plans.get(spec.name)),
            sessionCloses,
            startAfter: startAfter.get(spec.name)
          }).then((o) => cacheRun.finished(o, plans.get(spec.name)))));
          await dirsOpen;
          if (dirFailure)
            throw dirFailure;
          opts.signal?.removeEventListener("abort", onOuterAbort);
          const endpoint = opts.connection.endpoint;
          const implicitEngine = endpoint.kind === "docker" && (!endpoint.builder || endpoint.builder === "default");
          const builder = opts.builderName ?? endpoint.builder ?? (implicitEngine ? "default" : opts.connection.description);
          const node = opts.nodeName ?? (implicitEngine && builder === "default" ? "default" : `${builder}0`);
          const metadata = {};
          const provenance = await provenanceOf(client, outcomes, opts.metadataProvenance ?? "disabled", emit, opts.signal);
          for (const o of outcomes) {
            if (o.status !== "done")
              continue;
            if (o.call) {
              const { "result.json": json, ...rest } = o.call.response;
              metadata[o.target] = {
                ...decodeExporterResponse(rest),
                ...json !== void 0 ? { "result.json": parseJsonOr(json) } : {}
              };
              continue;
            }
            const response = exporterResponseForMetadata(o.exporterResponse, plans.get(o.target));
            metadata[o.target] = {
              ...decodeExporterResponse({ ...response, ...provenance.get(o.target) }),
              "buildx.build.ref": `${builder}/${node}/${o.ref}`
            };
          }
          const dirs = [...dirSessions].map(([p, d]) => ({
            path: p,
            names: [...d.names],
            stats: d.fileSync.stats(),
            stableSessionId: d.sessionId.id !== void 0
          }));
          const warm = cacheRun.warmReport(outcomes);
          return {
            ok: outcomes.every((o) => o.status === "done"),
            targets: outcomes,
            dirs,
            metadata,
            ...warm ? { warm } : {}
          };
        } finally {
          await Promise.all([
            ...sessionCloses,
            ...[...dirSessions.values()].map((d) => d.session.close().catch(() => {
            }).finally(() => d.sessionId.release({ lingerMs: d.session.lingerMs })))
          ]);
          for (const d of tempDirs)
            external_node_fs_.rmSync(d, { recursive: true, force: true });
        }
      }
      async function provenanceOf(client, outcomes, mode, emit, signal) {
        const out = /* @__PURE__ */ new Map();
        if (mode === "disabled")
          return out;
        await Promise.all(outcomes.filter((o) => o.status === "done" && !o.call && o.ref).map((o) => (0, metadata_provenance.Zx)(client, o.ref, mode, signal).then((entries) => void out.set(o.target, entries), (err) => emit({
          type: "warning",
          target: o.target,
          message: `resolving provenance for metadata file: ${err.message}`
        }))));
        return out;
      }
      async function runTarget(name, ctx) {
        const { client, plan, machine, run: run2, emit } = ctx;
        const started = Date.now();
        let ref = (0, buildkit_client.zE)();
        const own = ctx.mainSession ? void 0 : ownSession(name, plan, ctx);
        const session = ctx.mainSession ?? own.session;
        const outcome = (status2, extra = {}) => ({
          target: name,
          status: status2,
          ref,
          durationMs: Date.now() - started,
          exporterResponse: {},
          transferred: own?.fileSync.stats() ?? {},
          ...extra
        });
        const stoppedByMachine = machine.signalOf(name);
        const cancelled = (reason, started2) => {
          const stop = stoppedByMachine.aborted ? stoppedByMachine.reason : void 0;
          const cause = stop?.failedTarget;
          emit({
            type: "target-cancelled",
            target: name,
            reason,
            ...cause ? { cause } : {},
            ...started2 ? {} : { skipped: true }
          });
          return outcome("cancelled", {
            reason,
            ...cause ? { cancelledBy: cause } : {},
            ...started2 ? {} : { skipped: true }
          });
        };
        if (ctx.startAfter)
          await ctx.startAfter;
        if (run2.signal.aborted || stoppedByMachine.aborted) {
          const reason = stoppedByMachine.aborted ? stoppedByMachine.reason.reason : "the build was cancelled";
          machine.cancel(name, reason);
          return cancelled(reason, false);
        }
        let gateway = client.gateway(ref);
        let build = 0;
        let startedWith = { imports: 0, exports: 0 };
        let returned = false;
        let outerSettled = false;
        let status;
        let outer;
        let passedSolveGate = false;
        const targetAbort = new AbortController();
        const onRunAbort = () => targetAbort.abort(run2.signal.reason);
        const onMachineStop = () => targetAbort.abort(stoppedByMachine.reason);
        run2.signal.addEventListener("abort", onRunAbort, { once: true });
        stoppedByMachine.addEventListener("abort", onMachineStop, { once: true });
        try {
          void own?.session.run(ctx.connection).catch((err) => targetAbort.abort(new target_errors.B_(err)));
          for (const s of /* @__PURE__ */ new Set([session, ...ctx.dirSessions ?? []])) {
            void s.closed.then(() => {
              if (s.lostReason && !targetAbort.signal.aborted)
                targetAbort.abort(new target_errors.Tv(ctx.connection.description, s.lostReason));
            });
          }
          const startBuild = (attrs2) => {
            const mine = build;
            startedWith = { imports: plan.cacheImports.length, exports: plan.cacheExports.length };
            status = client.status(ref, (message) => emit({ type: "status", target: name, message }));
            outer = client.solve({
              Ref: ref,
              Session: session.id,
              Frontend: "",
              FrontendAttrs: attrs2,
              Exporters: plan.exporters,
              Cache: { Exports: plan.cacheExports, Imports: plan.cacheImports },
              Entitlements: plan.entitlements,
              ...plan.sourcePolicy ? { SourcePolicy: plan.sourcePolicy } : {},
              // buildx marks a call's build internal (no build history record)
              ...plan.call ? { Internal: true } : {}
            }, targetAbort.signal);
            outer.then(() => {
              if (mine !== build)
                return;
              outerSettled = true;
              if (!returned)
                targetAbort.abort(new target_errors.B_(new Error("the build ended before its result was returned")));
            }, (err) => {
              if (mine !== build)
                return;
              outerSettled = true;
              targetAbort.abort(err);
            });
          };
          const linked = Object.keys(plan.linkedContexts).length > 0;
          const startsAtGate = linked || machine.maxParallelism !== Infinity;
          if (!startsAtGate)
            startBuild(plan.frontendAttrs);
          await (0, abortable.Z)(machine.until(name, "solve"), targetAbort.signal);
          passedSolveGate = true;
          emit({ type: "target-start", target: name, ref });
          const requestOf = () => {
            const attrs2 = { ...plan.frontendAttrs };
            const inputs = { ...plan.frontendInputs };
            for (const [contextName, producer] of Object.entries(plan.linkedContexts)) {
              const link = linkInputs(contextName, producer, ctx.published.get(producer));
              Object.assign(inputs, link.inputs);
              Object.assign(attrs2, link.attrs);
              for (const k of link.drop)
                delete attrs2[k];
            }
            const request2 = {
              Frontend: plan.frontend,
              FrontendOpt: plan.call ? (0, call_call.G7)(plan.call, attrs2) : attrs2,
              FrontendInputs: inputs
            };
            return { attrs: attrs2, request: request2 };
          };
          const solveFrontend = (request2) => gatewaySolve(gateway, request2, targetAbort.signal).catch(async (err) => {
            const fallback = plan.call && !targetAbort.signal.aborted ? (0, call_call.of)(err, request2.FrontendOpt) : void 0;
            if (!fallback)
              throw err;
            return gatewaySolve(gateway, { ...request2, FrontendOpt: fallback }, targetAbort.signal).catch(() => {
              throw err;
            });
          });
          let { attrs, request } = requestOf();
          if (startsAtGate)
            startBuild(attrs);
          let result = (await solveFrontend(request)).result ?? {};
          ctx.published.set(name, result);
          machine.published(name);
          if (ctx.cacheVerdict) {
            await (0, abortable.Z)(ctx.cacheVerdict(), targetAbort.signal);
            if (plan.cacheImports.length !== startedWith.imports || plan.cacheExports.length !== startedWith.exports) {
              const [oldGateway, oldOuter, oldStatus] = [gateway, outer, status];
              build++;
              await handBack(oldGateway, oldOuter, (0, errors.BK)(new Error("started again without the failing cache"), grpc_status.Cy.CANCELLED));
              await (0, abortable.Z)(oldOuter.then(() => {
              }, () => {
              }), targetAbort.signal);
              const timer = setTimeout(() => oldStatus.stop(), 3e3).unref();
              void oldStatus.done.finally(() => clearTimeout(timer));
              ref = (0, buildkit_client.zE)();
              gateway = client.gateway(ref);
              ({ attrs, request } = requestOf());
              startBuild(attrs);
              result = (await solveFrontend(request)).result ?? {};
              ctx.published.set(name, result);
            }
          }
          const callMetadata = plan.call ? metadataStrings(result.metadata) : void 0;
          await (0, abortable.Z)(machine.until(name, "evaluate"), targetAbort.signal);
          if (machine.isLinked(name)) {
            const each = new AbortController();
            const onAbort = () => each.abort(targetAbort.signal.reason);
            targetAbort.signal.addEventListener("abort", onAbort, { once: true });
            try {
              await Promise.all(refsOf(result).map((r) => gateway.evaluate(r.id, each.signal).catch((err) => {
                each.abort(err);
                throw err;
              })));
            } finally {
              targetAbort.signal.removeEventListener("abort", onAbort);
            }
          }
          machine.evaluated(name);
          await (0, abortable.Z)(machine.until(name, "release"), targetAbort.signal);
          machine.completed(name);
          if (machine.phaseOf(name) !== "completed")
            throw machine.stopOf(name) ?? new Error("cancelled");
          returned = true;
          await gateway.return({ result }, targetAbort.signal);
          const response = await outer;
          machine.finished(name);
          if (plan.contentStores)
            for (const message of updateIndexes(plan.contentStores, response))
              emit({ type: "warning", target: name, message });
          emit({ type: "target-done", target: name, durationMs: Date.now() - started, exporterResponse: response });
          return outcome("done", {
            exporterResponse: response,
            ...plan.call ? { call: { spec: plan.call, response: { ...response, ...callMetadata } } } : {}
          });
        } catch (err) {
          const error = err;
          const stop = stoppedByMachine.aborted ? stoppedByMachine.reason : void 0;
          const isCancelled = stop !== void 0 || (0, target_errors.Ab)(error, run2.signal);
          if (isCancelled)
            machine.cancel(name, stop?.reason ?? error.message);
          else
            machine.failed(name, error.message);
          if (outer && !returned && !outerSettled) {
            returned = true;
            await handBack(gateway, outer, (0, errors.BK)(err, isCancelled ? grpc_status.Cy.CANCELLED : grpc_status.Cy.UNKNOWN));
          }
          const solveError = outer && await outer.then(() => void 0, (e) => e);
          if (isCancelled)
            return cancelled(stop?.reason ?? error.message, passedSolveGate);
          const report = (0, target_errors.Kp)({
            target: name,
            daemon: ctx.connection.description,
            error,
            solveError,
            run: run2.signal,
            stopReason: targetAbort.signal.reason,
            clientRefusal: own?.fileSend?.refusal()
          });
          let cause = explainExportError(report, plan, ctx.auth, (0, dockerconfig.kG)(ctx.env));
          if (ctx.explainFailure)
            cause = await ctx.explainFailure(cause, status?.done);
          const failure = new target_errors.v5(name, cause);
          emit({ type: "target-failed", target: name, durationMs: Date.now() - started, error: failure });
          return outcome("failed", { error: failure });
        } finally {
          run2.signal.removeEventListener("abort", onRunAbort);
          stoppedByMachine.removeEventListener("abort", onMachineStop);
          if (status) {
            const timer = setTimeout(() => status.stop(), 3e3);
            await status.done;
            clearTimeout(timer);
          }
          if (own) {
            const closed = own.session.close().catch(() => {
            });
            if (ctx.sessionCloses)
              ctx.sessionCloses.push(closed);
            else
              await closed;
          }
        }
      }
      function ownSession(name, plan, ctx) {
        const fileSync = new filesync.I$(plan.localDirs);
        const session = new session_session.Nn({
          name,
          sharedKey: plan.localDirs.context ? sharedKeyFor(plan.localDirs.context) : (0, buildkit_client.zE)()
        });
        if (Object.keys(plan.localDirs).length)
          session.attach(fileSync);
        session.attach(new secrets.Gf(ctx.secrets)).attach(new ssh.Xp(ctx.ssh)).attach(ctx.auth);
        const sends = plan.destinations.map((d) => {
          if (d.mode === "none" || d.mode === "store")
            return void 0;
          if (d.mode === "load")
            return { mode: "writable", open: () => (0, docker_load.fo)((0, features.ro)(d.context, ctx.env)) };
          return d;
        });
        const fileSend = sends.some(Boolean) ? new filesend.L3(sends, (message) => ctx.emit({ type: "warning", target: name, message })) : void 0;
        if (fileSend)
          session.attach(fileSend);
        if (plan.contentStores && Object.keys(plan.contentStores.stores).length)
          session.attach(new ContentStoreService(plan.contentStores.stores));
        return { session, fileSync, fileSend };
      }
      function resolveSsh(name, plan, env) {
        try {
          return (0, ssh.Bd)(plan.ssh, env);
        } catch (err) {
          throw new PlanError(name, err.message);
        }
      }
      function metadataStrings(metadata) {
        const out = {};
        for (const [k, v] of Object.entries(metadata ?? {}))
          out[k] = Buffer.from(v).toString("utf8");
        return out;
      }
      async function handBack(gw, outer, error) {
        const ended = new AbortController();
        const stop = () => ended.abort();
        outer.then(stop, stop);
        await gw.return({ error }, ended.signal).catch(() => {
        });
      }
      async function gatewaySolve(gw, req, signal) {
        try {
          return await gw.solve(req, signal);
        } catch (err) {
          if (signal.aborted || (0, errors.$N)(err) !== grpc_status.Cy.NOT_FOUND || !/no such job/.test((0, errors.bD)(err)))
            throw err;
          await gw.ping(signal);
          return gw.solve(req, signal);
        }
      }
      function parseJsonOr(text) {
        try {
          return JSON.parse(text);
        } catch {
          return text;
        }
      }
    })
  ),
  /***/
  1766: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        contextReuseEnabled: () => (
          /* binding */
          contextReuseEnabled
        ),
        /* harmony export */
        dirSessionId: () => (
          /* binding */
          dirSessionId
        ),
        /* harmony export */
        sessionIdFromDigest: () => (
          /* binding */
          sessionIdFromDigest
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
      var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
      var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
      const NO_RELEASE = () => {
      };
      const NONE = { seen: false, release: NO_RELEASE };
      const MARKER_MAX_AGE_MS = 7 * 24 * 36e5;
      const PRUNE_INTERVAL_MS = 24 * 36e5;
      function contextReuseEnabled(env) {
        const v = env.BAKEKIT_CONTEXT_REUSE?.trim().toLowerCase();
        return v !== "0" && v !== "false";
      }
      function dirSessionId(dir, identity, opts = {}) {
        if (!identity)
          return NONE;
        const scope = `${node_os__WEBPACK_IMPORTED_MODULE_2__.hostname()}\0${opts.daemon ?? ""}\0${node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(dir)}`;
        const id2 = sessionIdFromDigest((0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(`bakekit directory session v1\0${scope}\0${identity}`).digest());
        const lockDir = opts.lockDir ?? node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), "bakekit-session-locks");
        const releaseLock = lockId(id2, lockDir);
        if (!releaseLock)
          return NONE;
        const marker = useMarker(node_path__WEBPACK_IMPORTED_MODULE_3__.join(lockDir, `${id2}.used`));
        if (!marker) {
          releaseLock();
          return NONE;
        }
        let released = false;
        return {
          id: id2,
          seen: marker.seen,
          release: ({ lingerMs = 0 } = {}) => {
            if (released)
              return;
            released = true;
            marker.record(lingerMs > 0 ? Date.now() + lingerMs : 0);
            releaseLock();
          }
        };
      }
      const UNKNOWN_END_LINGER_MS = 15e3;
      function useMarker(file) {
        const record = (untilMs) => {
          try {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(file, `until ${untilMs}`, { mode: 420 });
          } catch {
          }
        };
        let text;
        try {
          text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, "utf8");
        } catch (err) {
          if (err.code !== "ENOENT")
            return void 0;
        }
        if (text === void 0) {
          try {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(file, "open", { flag: "wx", mode: 420 });
          } catch {
            return { seen: true, record };
          }
          pruneMarkers(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file));
          return { seen: false, record };
        }
        const until = /^until (\d+)$/.exec(text);
        if (until && Number(until[1]) <= Date.now())
          return { seen: true, record };
        if (!until)
          record(Date.now() + UNKNOWN_END_LINGER_MS);
        return void 0;
      }
      const pruned = /* @__PURE__ */ new Set();
      function pruneMarkers(lockDir) {
        if (pruned.has(lockDir))
          return;
        pruned.add(lockDir);
        const now = Date.now();
        const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
        const stamp = node_path__WEBPACK_IMPORTED_MODULE_3__.join(lockDir, `.pruned-${uid ?? "user"}`);
        try {
          const st = node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(stamp);
          const age = now - st.mtimeMs;
          if ((uid === void 0 || st.uid === uid) && age >= 0 && age < PRUNE_INTERVAL_MS)
            return;
        } catch {
        }
        try {
          node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(stamp, "", { mode: 420 });
        } catch {
        }
        const oldest = now - MARKER_MAX_AGE_MS;
        try {
          for (const name of node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(lockDir)) {
            if (!name.endsWith(".used"))
              continue;
            const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(lockDir, name);
            try {
              if (node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(file).mtimeMs < oldest)
                node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync(file);
            } catch {
            }
          }
        } catch {
        }
      }
      function sessionIdFromDigest(digest) {
        let n = 0n;
        for (const b of digest.subarray(0, 17))
          n = n << 8n | BigInt(b);
        return n.toString(36).padStart(25, "0").slice(-25);
      }
      function lockId(id2, lockDir) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(lockDir, id2);
        const owner = `${node_os__WEBPACK_IMPORTED_MODULE_2__.hostname()} ${process.pid}`;
        try {
          if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(lockDir)) {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(lockDir, { recursive: true });
            node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync(lockDir, 1023);
          }
          for (let attempt = 0; attempt < 2; attempt++) {
            try {
              node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(file, owner, { flag: "wx", mode: 420 });
              let released = false;
              return () => {
                if (released)
                  return;
                released = true;
                try {
                  if (node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, "utf8") === owner)
                    node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync(file);
                } catch {
                }
              };
            } catch (err) {
              if (err.code !== "EEXIST")
                return void 0;
              const [host, pidText] = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, "utf8").split(" ");
              const holder = Number(pidText);
              if (host !== node_os__WEBPACK_IMPORTED_MODULE_2__.hostname() || !Number.isInteger(holder) || holder <= 0 || holder === process.pid || processAlive(holder))
                return void 0;
              node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync(file);
            }
          }
        } catch {
        }
        return void 0;
      }
      function processAlive(pid) {
        try {
          process.kill(pid, 0);
          return true;
        } catch (err) {
          return err.code === "EPERM";
        }
      }
    })
  )
};
