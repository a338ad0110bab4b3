"use strict"; exports.id = 818;
exports.ids = [818];
exports.modules = {
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
  5957: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        E9: () => (
          /* binding */
          streamChannel
        ),
        /* harmony export */
        LL: () => (
          /* binding */
          StreamClosedError
        ),
        /* harmony export */
        Ne: () => (
          /* binding */
          readMessages
        ),
        /* harmony export */
        fn: () => (
          /* binding */
          rawCodec
        )
        /* harmony export */
      });
      var _wire_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6801);
      const objectCodec = {
        encode: (p) => p,
        decode: (m) => m
      };
      const rawCodec = {
        encode: (p) => (0, _wire_js__WEBPACK_IMPORTED_MODULE_0__.zT)(p),
        // an array: a message in slices, from a call that delivers them (grpc/server.ts deliverSliced)
        decode: (m) => Array.isArray(m) ? (0, _wire_js__WEBPACK_IMPORTED_MODULE_0__.Bc)(m) : (0, _wire_js__WEBPACK_IMPORTED_MODULE_0__.r3)(m)
      };
      class StreamClosedError extends Error {
        name = "StreamClosedError";
        constructor(message = "stream closed") {
          super(message);
        }
      }
      function streamChannel(stream, codec = objectCodec) {
        let drained;
        const waitDrain = () => drained ??= new Promise((resolve, reject) => {
          const cleanup = () => {
            stream.off("drain", onDrain);
            stream.off("close", onClose);
            stream.off("error", onError);
            drained = void 0;
          };
          const onDrain = () => {
            cleanup();
            resolve();
          };
          const onClose = () => {
            cleanup();
            reject(new StreamClosedError("stream closed while waiting to send"));
          };
          const onError = (err) => {
            cleanup();
            reject(err);
          };
          stream.on("drain", onDrain);
          stream.on("close", onClose);
          stream.on("error", onError);
        });
        const write = async (message) => {
          if (stream.destroyed || stream.writableEnded)
            throw new StreamClosedError("stream closed, cannot send");
          if (!stream.write(message))
            await waitDrain();
        };
        return {
          // async: an encoding error is a rejection, as the callers' `.catch` expect, not a throw
          async send(packet) {
            return write(codec.encode(packet));
          },
          sendEncoded: codec === rawCodec ? write : void 0,
          receive() {
            return readMessages(stream, (m) => codec.decode(m));
          }
        };
      }
      async function* readMessages(stream, decode) {
        const queue = [];
        let ended = false;
        let failure;
        let wake;
        const notify = () => {
          const w = wake;
          wake = void 0;
          w?.();
        };
        const onData = (m) => {
          queue.push(m);
          if (queue.length >= 16)
            stream.pause();
          notify();
        };
        const onEnd = () => {
          ended = true;
          notify();
        };
        const onClose = () => {
          if (!ended && failure === void 0)
            failure = new StreamClosedError("stream closed before the transfer finished");
          notify();
        };
        const onError = (err) => {
          failure ??= err;
          notify();
        };
        stream.on("data", onData);
        stream.on("end", onEnd);
        stream.on("close", onClose);
        stream.on("error", onError);
        if (stream.readableEnded)
          ended = true;
        else if (stream.destroyed)
          onClose();
        try {
          for (; ; ) {
            if (queue.length > 0) {
              const m = queue.shift();
              if (queue.length < 4 && stream.isPaused())
                stream.resume();
              yield decode(m);
              continue;
            }
            if (failure !== void 0)
              throw failure;
            if (ended)
              return;
            await new Promise((resolve) => wake = resolve);
          }
        } finally {
          stream.off("data", onData);
          stream.off("end", onEnd);
          stream.off("close", onClose);
          stream.off("error", onError);
          if (!ended)
            stream.pause();
        }
      }
    })
  ),
  /***/
  2227: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        De: () => (
          /* binding */
          isDirMode
        ),
        /* harmony export */
        QJ: () => (
          /* binding */
          GoMode
        ),
        /* harmony export */
        Tc: () => (
          /* binding */
          deviceNumbers
        ),
        /* harmony export */
        dl: () => (
          /* binding */
          isSymlinkMode
        ),
        /* harmony export */
        rC: () => (
          /* binding */
          posixPermFromGoMode
        ),
        /* harmony export */
        sn: () => (
          /* binding */
          isRegularMode
        ),
        /* harmony export */
        tF: () => (
          /* binding */
          goModeFromPosix
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      const GoMode = {
        Dir: 2147483648 >>> 0,
        Append: 1073741824,
        Exclusive: 536870912,
        Temporary: 268435456,
        Symlink: 134217728,
        Device: 67108864,
        NamedPipe: 33554432,
        Socket: 16777216,
        Setuid: 8388608,
        Setgid: 4194304,
        CharDevice: 2097152,
        Sticky: 1048576,
        Irregular: 524288,
        Perm: 511
      };
      const GO_MODE_TYPE = (GoMode.Dir | GoMode.Symlink | GoMode.NamedPipe | GoMode.Socket | GoMode.Device | GoMode.CharDevice | GoMode.Irregular) >>> 0;
      const S_IFMT = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFMT;
      function goModeFromPosix(stMode) {
        let mode = stMode & 511;
        switch (stMode & S_IFMT) {
          case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFBLK:
            mode |= GoMode.Device;
            break;
          case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFCHR:
            mode |= GoMode.Device | GoMode.CharDevice;
            break;
          case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFDIR:
            mode |= GoMode.Dir;
            break;
          case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFIFO:
            mode |= GoMode.NamedPipe;
            break;
          case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFLNK:
            mode |= GoMode.Symlink;
            break;
          default:
            break;
        }
        if (stMode & 2048)
          mode |= GoMode.Setuid;
        if (stMode & 1024)
          mode |= GoMode.Setgid;
        if (stMode & 512)
          mode |= GoMode.Sticky;
        return mode >>> 0;
      }
      function posixPermFromGoMode(mode) {
        let perm = mode & 511;
        if (mode & GoMode.Setuid)
          perm |= 2048;
        if (mode & GoMode.Setgid)
          perm |= 1024;
        if (mode & GoMode.Sticky)
          perm |= 512;
        return perm;
      }
      function isRegularMode(mode) {
        return (mode >>> 0 & GO_MODE_TYPE) === 0;
      }
      function isDirMode(mode) {
        return (mode >>> 0 & GoMode.Dir) !== 0;
      }
      function isSymlinkMode(mode) {
        return (mode >>> 0 & GoMode.Symlink) !== 0;
      }
      function deviceNumbers(rdev) {
        return {
          major: rdev >> 8n & 0xfffn,
          minor: rdev & 0xffn | rdev >> 12n & 0xfff00n
        };
      }
    })
  ),
  /***/
  6038: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Bf: () => (
          /* binding */
          AUTH_SERVICE
        ),
        /* harmony export */
        _R: () => (
          /* binding */
          FILE_SEND_SERVICE
        ),
        /* harmony export */
        fA: () => (
          /* binding */
          FILE_SYNC_SERVICE
        )
        /* harmony export */
      });
      const FILE_SYNC_SERVICE = "moby.filesync.v1.FileSync";
      const FILE_SEND_SERVICE = "moby.filesync.v1.FileSend";
      const AUTH_SERVICE = "moby.filesync.v1.Auth";
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
  9853: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        G: () => (
          /* binding */
          DockerAuthProvider
        )
        /* harmony export */
      });
      var _grpc_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9499);
      var _proto_filesync_pb_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6038);
      class DockerAuthProvider {
        credentials;
        serviceName = _proto_filesync_pb_js__WEBPACK_IMPORTED_MODULE_1__.Bf;
        advertisedMethods = ["Credentials", "FetchToken", "GetTokenAuthority", "VerifyTokenAuthority"];
        constructor(credentials) {
          this.credentials = credentials;
        }
        /** What the daemon gets for `host`: callers explaining a rejected push ask the same question. */
        lookup(host) {
          return this.credentials.lookup(host);
        }
        handlers() {
          const unimplemented = (_call, callback) => callback(new _grpc_status_js__WEBPACK_IMPORTED_MODULE_0__.Xs(_grpc_status_js__WEBPACK_IMPORTED_MODULE_0__.Cy.UNIMPLEMENTED, "not implemented by bakekit"));
          return {
            Credentials: (call, callback) => {
              const creds = this.lookup(call.request.Host ?? "");
              callback(null, creds ? { Username: creds.username, Secret: creds.secret } : {});
            },
            FetchToken: unimplemented,
            GetTokenAuthority: unimplemented,
            VerifyTokenAuthority: unimplemented
          };
        }
      }
    })
  ),
  /***/
  9320: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        L3: () => (
          /* binding */
          FileSend
        )
      });
      var promises_ = __webpack_require__(1455);
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_path_ = __webpack_require__(6760);
      var registry = __webpack_require__(7062);
      ;
      const BYTES_MESSAGE_TYPE = "moby.filesync.v1.BytesMessage";
      function encodeBytesMessage(data) {
        return encodeMessage(BYTES_MESSAGE_TYPE, { data });
      }
      function decodeBytesMessage(bytes) {
        return (0, registry.decodeMessage)(BYTES_MESSAGE_TYPE, bytes).data ?? Buffer.alloc(0);
      }
      var filesync_pb = __webpack_require__(6038);
      var fsutil_channel = __webpack_require__(5957);
      var external_node_child_process_ = __webpack_require__(1421);
      var external_node_crypto_ = __webpack_require__(7598);
      var fsutil = __webpack_require__(925);
      var fsutil_mode = __webpack_require__(2227);
      var names = __webpack_require__(1626);
      var paths = __webpack_require__(8150);
      ;
      class ReceiveRegistry {
        active = /* @__PURE__ */ new Set();
        /** path \u2192 receivers using it as a directory: writing into it, setting its metadata at the end */
        dirs = /* @__PURE__ */ new Map();
        /** path \u2192 receivers about to put a file, symlink or hardlink there */
        entries = /* @__PURE__ */ new Map();
        /** directory \u2192 its final metadata being applied: a receiver starting to use it waits (a read-only mode must
         * land before that receiver makes it writable again, not after) */
        finalizing = /* @__PURE__ */ new Map();
        begin(root, mirror) {
          for (const other of this.active) {
            if ((mirror || other.mirror) && overlaps(root, other.root)) {
              throw new Error(`${mirror ? root : other.root}: an output with mode=delete needs its destination to itself, but another export writes into ${mirror ? other.root : root} at the same time (give the outputs separate destinations)`);
            }
          }
          const r = { root, mirror, dirs: /* @__PURE__ */ new Set(), entries: /* @__PURE__ */ new Set() };
          this.claimDir(r, root);
          this.active.add(r);
          return r;
        }
        end(r) {
          for (const p of r.dirs)
            release(this.dirs, p, r);
          for (const p of r.entries)
            release(this.entries, p, r);
          r.dirs.clear();
          r.entries.clear();
          this.active.delete(r);
        }
        claimDir(r, abs) {
          if (hasOther(this.entries, abs, r))
            throw conflictError(abs);
          claim(this.dirs, abs, r);
          r.dirs.add(abs);
        }
        claimEntry(r, abs) {
          if (hasOther(this.dirs, abs, r))
            throw conflictError(abs);
          claim(this.entries, abs, r);
          r.entries.add(abs);
        }
        releaseEntry(r, abs) {
          release(this.entries, abs, r);
          r.entries.delete(abs);
        }
        /** r is done with the directory; true when no other receiver uses it (r then applies its metadata). */
        releaseDir(r, abs) {
          release(this.dirs, abs, r);
          r.dirs.delete(abs);
          return !this.dirs.has(abs);
        }
        finalize(abs, apply) {
          const p = apply();
          this.finalizing.set(abs, p);
          const clear = () => {
            if (this.finalizing.get(abs) === p)
              this.finalizing.delete(abs);
          };
          p.then(clear, clear);
          return p;
        }
        async settled(abs) {
          await this.finalizing.get(abs)?.catch(() => {
          });
        }
      }
      const receive_registry_registry = new ReceiveRegistry();
      function claim(map, abs, r) {
        let set = map.get(abs);
        if (!set)
          map.set(abs, set = /* @__PURE__ */ new Set());
        set.add(r);
      }
      function release(map, abs, r) {
        const set = map.get(abs);
        if (!set)
          return;
        set.delete(r);
        if (set.size === 0)
          map.delete(abs);
      }
      function hasOther(map, abs, r) {
        const set = map.get(abs);
        return set !== void 0 && (set.size > 1 || !set.has(r));
      }
      function conflictError(abs) {
        return new Error(`conflicting outputs: ${abs} is a directory in one export and a file or symlink in another, both writing into it at the same time (give the outputs separate destinations)`);
      }
      function overlaps(a, b) {
        const inside = (x, y) => x === y || x.startsWith(y.endsWith(external_node_path_.sep) ? y : y + external_node_path_.sep);
        return inside(a, b) || inside(b, a);
      }
      ;
      async function receiveTree(channel, dest, opts = {}) {
        const result = { files: 0, bytes: 0, skipped: [] };
        const warn = (message) => {
          (result.warnings ??= []).push(message);
          opts.onWarning?.(message);
        };
        const order = new OrderValidator();
        const regularFiles = /* @__PURE__ */ new Map();
        const pending = /* @__PURE__ */ new Map();
        const dirs = [];
        const received = opts.mirror ? /* @__PURE__ */ new Set() : void 0;
        let me;
        let nextId = 0;
        let listingDone = false;
        let finSent = false;
        const openTemp = (file) => {
          const [temp, fd] = withTempName(external_node_path_.dirname(file.abs), (t) => external_node_fs_.openSync((0, names.Jk)(t), "wx", 384));
          file.temp = temp;
          file.fd = fd;
          return fd;
        };
        const makeLink = async (source, abs) => {
          const [temp] = withTempName(external_node_path_.dirname(abs), (t) => external_node_fs_.linkSync((0, names.Jk)(source), (0, names.Jk)(t)));
          await place(temp, abs);
          receive_registry_registry.releaseEntry(me, abs);
        };
        const finishIfDone = async () => {
          if (!listingDone || pending.size > 0 || finSent)
            return;
          if (received)
            result.removed = await removeExtraEntries(me.root, ["", ...dirs.map((d) => d.path)], received);
          if (result.xattrsDropped)
            warn(xattrWarning(result.xattrsDropped));
          for (const d of dirs.reverse()) {
            if (receive_registry_registry.releaseDir(me, d.abs)) {
              await receive_registry_registry.finalize(d.abs, () => Promise.resolve(applyMetadata(d.abs, d.stat)));
            }
          }
          finSent = true;
          await channel.send({ type: fsutil.LP.FIN });
        };
        const applyStat = async (stat, id2) => {
          const path = stat.path ?? "";
          const mode = stat.mode ?? 0;
          if (!(0, paths.VH)(path))
            throw new Error(`refusing to write ${JSON.stringify(path)}: not a clean path inside the destination`);
          order.check(path, (0, fsutil_mode.De)(mode));
          const root = me.root;
          const abs = external_node_path_.join(root, path);
          if (stat.xattrs && Object.keys(stat.xattrs).length > 0)
            (result.xattrsDropped ??= []).push(path);
          if ((0, fsutil_mode.De)(mode)) {
            receive_registry_registry.claimDir(me, abs);
            await ensureDir(abs);
            dirs.push({ path, abs, stat });
            received?.add(path);
          } else if ((0, fsutil_mode.dl)(mode)) {
            const target = stat.linkname ?? "";
            if (target.includes("\0"))
              throw new Error(`refusing to create symlink ${JSON.stringify(path)}: its target contains a NUL byte`);
            receive_registry_registry.claimEntry(me, abs);
            const [temp] = withTempName(external_node_path_.dirname(abs), (t) => external_node_fs_.symlinkSync((0, names.Jk)(target), (0, names.Jk)(t)));
            try {
              applyMetadata(temp, stat);
            } catch (err) {
              external_node_fs_.rmSync((0, names.Jk)(temp), { force: true });
              throw err;
            }
            await place(temp, abs);
            receive_registry_registry.releaseEntry(me, abs);
            received?.add(path);
          } else if ((0, fsutil_mode.sn)(mode) && stat.linkname) {
            const target = stat.linkname;
            const file = (0, paths.VH)(target) ? regularFiles.get(target) : void 0;
            if (!file)
              throw new Error(`invalid link ${path} to unknown path: ${JSON.stringify(target)}`);
            receive_registry_registry.claimEntry(me, abs);
            received?.add(path);
            if (!file.done) {
              file.links.push(abs);
              return;
            }
            if (!lstatOrNull(file.abs)?.isFile())
              throw new Error(`cannot link ${path} to ${target}: ${target} is no longer a regular file`);
            await makeLink(file.abs, abs);
          } else if ((0, fsutil_mode.sn)(mode)) {
            receive_registry_registry.claimEntry(me, abs);
            const file = { path, abs, stat, bytes: 0, done: false, links: [] };
            regularFiles.set(path, file);
            pending.set(id2, file);
            received?.add(path);
            await channel.send({ type: fsutil.LP.REQ, ID: id2 });
          } else if (mode & (fsutil_mode.QJ.NamedPipe | fsutil_mode.QJ.Device)) {
            receive_registry_registry.claimEntry(me, abs);
            const made = await makeSpecial(root, abs, stat);
            receive_registry_registry.releaseEntry(me, abs);
            if (made === true) {
              received?.add(path);
            } else {
              result.skipped.push(path);
              warn(`${(0, names.QC)(path)}: ${specialKind(mode, stat)} not created: ${made}`);
            }
          } else {
            result.skipped.push(path);
            warn(`${(0, names.QC)(path)}: an entry of type ${(mode >>> 0).toString(16)} not created`);
          }
        };
        const completeFile = async (id2, file) => {
          const fd = file.fd ?? openTemp(file);
          file.fd = void 0;
          try {
            external_node_fs_.fchmodSync(fd, (0, fsutil_mode.rC)(file.stat.mode ?? 0));
            const t = nsToSeconds(file.stat.modTime);
            external_node_fs_.futimesSync(fd, t, t);
          } finally {
            external_node_fs_.closeSync(fd);
          }
          for (const link of file.links.splice(0))
            await makeLink(file.temp, link);
          const temp = file.temp;
          file.temp = void 0;
          await place(temp, file.abs, file.bytes >= PLACE_OFF_THREAD_BYTES);
          file.done = true;
          receive_registry_registry.releaseEntry(me, file.abs);
          pending.delete(id2);
          result.files++;
          result.bytes += file.bytes;
          opts.onFile?.(file.path, file.bytes);
          await finishIfDone();
        };
        try {
          external_node_fs_.mkdirSync(dest, { recursive: true });
          me = receive_registry_registry.begin(external_node_fs_.realpathSync.native(dest), opts.mirror === true);
          for await (const packet of channel.receive()) {
            opts.signal?.throwIfAborted();
            switch (packet.type ?? fsutil.LP.STAT) {
              case fsutil.LP.ERR:
                throw new Error(`error from sender: ${packet.data?.toString() ?? ""}`);
              case fsutil.LP.STAT: {
                if (listingDone)
                  throw new Error("protocol error: STAT after the end of the listing");
                if (!packet.stat) {
                  listingDone = true;
                  await finishIfDone();
                  break;
                }
                await applyStat(packet.stat, nextId++);
                break;
              }
              case fsutil.LP.DATA: {
                const id2 = packet.ID ?? 0;
                const file = pending.get(id2);
                if (!file)
                  throw new Error(`invalid file request ${id2}`);
                const slices = packet.dataSlices;
                if (slices) {
                  file.bytes += writevAll(file.fd ?? openTemp(file), slices);
                  break;
                }
                const data = packet.data;
                if (!data || data.length === 0) {
                  await completeFile(id2, file);
                  break;
                }
                writeAll(file.fd ?? openTemp(file), data);
                file.bytes += data.length;
                break;
              }
              case fsutil.LP.FIN:
                if (!finSent)
                  throw new Error("protocol error: sender finished before the transfer was complete");
                return result;
              default:
                break;
            }
          }
        } catch (err) {
          if (finSent && err instanceof fsutil_channel.LL)
            return result;
          if (!(err instanceof fsutil_channel.LL)) {
            await channel.send({ type: fsutil.LP.ERR, data: Buffer.from(err.message ?? String(err)) }).catch(() => {
            });
          }
          throw err;
        } finally {
          for (const file of pending.values()) {
            try {
              if (file.fd !== void 0)
                external_node_fs_.closeSync(file.fd);
              if (file.temp)
                external_node_fs_.rmSync((0, names.Jk)(file.temp), { force: true });
            } catch {
            }
          }
          if (me)
            receive_registry_registry.end(me);
        }
        if (!finSent)
          throw new Error("sender closed the stream before the transfer was complete");
        return result;
      }
      function writeAll(fd, data) {
        let offset = 0;
        while (offset < data.length) {
          offset += external_node_fs_.writeSync(fd, data, offset, data.length - offset);
        }
      }
      function writevAll(fd, slices) {
        let total = 0;
        for (const s of slices)
          total += s.length;
        const left = [...slices];
        for (let remaining = total; remaining > 0; ) {
          let written = external_node_fs_.writevSync(fd, left);
          remaining -= written;
          if (remaining === 0)
            break;
          while (written >= left[0].length)
            written -= left.shift().length;
          left[0] = left[0].subarray(written);
        }
        return total;
      }
      function errorCode(err) {
        return err?.code;
      }
      function lstatOrNull(abs) {
        return external_node_fs_.lstatSync((0, names.Jk)(abs), { throwIfNoEntry: false }) ?? null;
      }
      async function ensureDir(abs) {
        await receive_registry_registry.settled(abs);
        const p = (0, names.Jk)(abs);
        for (let attempt = 0; ; attempt++) {
          const existing = lstatOrNull(abs);
          if (existing?.isDirectory()) {
            if ((existing.mode & 448) !== 448)
              external_node_fs_.chmodSync(p, existing.mode & 4095 | 448);
            return;
          }
          if (existing) {
            try {
              external_node_fs_.unlinkSync(p);
            } catch (err) {
              if (errorCode(err) !== "ENOENT")
                throw err;
            }
          }
          try {
            external_node_fs_.mkdirSync(p, { mode: 448 });
            return;
          } catch (err) {
            if (errorCode(err) !== "EEXIST" || attempt >= 8)
              throw err;
          }
        }
      }
      const TEMP_PREFIX = `.tmp.bakekit-${(0, external_node_crypto_.randomBytes)(4).toString("hex")}-`;
      let tempCounter = 0;
      function withTempName(dir, create) {
        for (let attempt = 0; ; attempt++) {
          const temp = external_node_path_.join(dir, `${TEMP_PREFIX}${++tempCounter}`);
          try {
            return [temp, create(temp)];
          } catch (err) {
            if (errorCode(err) !== "EEXIST" || attempt >= 8)
              throw err;
          }
        }
      }
      async function withTempNameAsync(dir, create) {
        for (let attempt = 0; ; attempt++) {
          const temp = external_node_path_.join(dir, `${TEMP_PREFIX}${++tempCounter}`);
          try {
            return [temp, await create(temp)];
          } catch (err) {
            if (errorCode(err) !== "EEXIST" || attempt >= 8)
              throw err;
          }
        }
      }
      const PLACE_OFF_THREAD_BYTES = 256 * 1024;
      async function place(temp, abs, offThread = false) {
        const from = (0, names.Jk)(temp);
        const to = (0, names.Jk)(abs);
        for (let attempt = 0; ; attempt++) {
          try {
            if (offThread)
              await external_node_fs_.promises.rename(from, to);
            else
              external_node_fs_.renameSync(from, to);
            return;
          } catch (err) {
            if (errorCode(err) !== "EISDIR" || attempt >= 4) {
              external_node_fs_.rmSync(from, { force: true });
              throw err;
            }
          }
          await external_node_fs_.promises.rm(to, { recursive: true, force: true });
        }
      }
      function specialKind(mode, stat) {
        if (mode & fsutil_mode.QJ.NamedPipe)
          return "a FIFO";
        const kind = mode & fsutil_mode.QJ.CharDevice ? "a character device" : "a block device";
        return `${kind} (${stat.devmajor ?? "0"}, ${stat.devminor ?? "0"})`;
      }
      async function makeSpecial(root, abs, stat) {
        const mode = stat.mode ?? 0;
        const perm = ((0, fsutil_mode.rC)(mode) & 4095).toString(8);
        const dir = external_node_path_.dirname(abs);
        const tempDir = (0, names.Tl)(dir) ? root : dir;
        let temp;
        try {
          [temp] = await withTempNameAsync(tempDir, async (t) => {
            const args = mode & fsutil_mode.QJ.NamedPipe ? ["mkfifo", ["-m", perm, "--", t]] : [
              "mknod",
              [
                "-m",
                perm,
                "--",
                t,
                mode & fsutil_mode.QJ.CharDevice ? "c" : "b",
                BigInt(stat.devmajor ?? "0").toString(),
                BigInt(stat.devminor ?? "0").toString()
              ]
            ];
            await run(args[0], args[1]);
          });
        } catch (err) {
          return err.message;
        }
        try {
          applyMetadata(temp, stat);
        } catch (err) {
          external_node_fs_.rmSync((0, names.Jk)(temp), { force: true });
          throw err;
        }
        await place(temp, abs);
        return true;
      }
      function run(cmd, args) {
        return new Promise((resolve, reject) => {
          (0, external_node_child_process_.execFile)(cmd, args, { timeout: 1e4, env: { PATH: process.env.PATH ?? "/usr/bin:/bin", LC_ALL: "C" } }, (err, _stdout, stderr) => {
            if (!err)
              return resolve();
            const line = String(stderr).trim().split("\n")[0] || err.message;
            const e = new Error(err.code === "ENOENT" ? `${cmd} not found (coreutils)` : line);
            if (/File exists/.test(line))
              e.code = "EEXIST";
            reject(e);
          });
        });
      }
      function xattrWarning(paths2) {
        const shown = paths2.slice(0, 10).map(names.QC).join(", ");
        const more = paths2.length > 10 ? ` and ${paths2.length - 10} more` : "";
        return `extended attributes not written (Node has no xattr call): ${paths2.length} ${paths2.length === 1 ? "entry" : "entries"} had them: ${shown}${more}`;
      }
      async function removeExtraEntries(root, dirs, received) {
        let removed = 0;
        for (const dir of dirs) {
          const dirAbs = (0, names.Jk)(dir === "" ? root : external_node_path_.join(root, dir));
          for (const name of await external_node_fs_.promises.readdir(dirAbs, { encoding: "buffer" })) {
            if (received.has(joinRel(dir, (0, names.e4)(name))))
              continue;
            await external_node_fs_.promises.rm((0, names.NE)(dirAbs, name), { recursive: true, force: true });
            removed++;
          }
        }
        return removed;
      }
      function nsToSeconds(ns) {
        const n = BigInt(ns ?? "0");
        return Number(n / 1000000000n) + Number(n % 1000000000n) / 1e9;
      }
      function applyMetadata(abs, stat) {
        const mode = stat.mode ?? 0;
        const p = (0, names.Jk)(abs);
        if (!(0, fsutil_mode.dl)(mode))
          external_node_fs_.chmodSync(p, (0, fsutil_mode.rC)(mode));
        const t = nsToSeconds(stat.modTime);
        external_node_fs_.lutimesSync(p, t, t);
      }
      class OrderValidator {
        stack = [{ dir: "", last: void 0 }];
        check(path, isDir) {
          const slash = path.lastIndexOf("/");
          const dir = slash >= 0 ? path.slice(0, slash) : "";
          const base = slash >= 0 ? path.slice(slash + 1) : path;
          while (this.stack.length > 1 && this.stack[this.stack.length - 1].dir !== dir)
            this.stack.pop();
          const top = this.stack[this.stack.length - 1];
          if (top.dir !== dir || top.last !== void 0 && (0, names.MP)(top.last, base) >= 0) {
            throw new Error(`changes out of order: ${JSON.stringify(path)} after ${JSON.stringify(joinRel(top.dir, top.last ?? ""))}`);
          }
          top.last = base;
          if (isDir)
            this.stack.push({ dir: path, last: void 0 });
        }
      }
      function joinRel(dir, base) {
        return dir === "" ? base : `${dir}/${base}`;
      }
      var wire = __webpack_require__(6801);
      var errors = __webpack_require__(8791);
      var grpc_status = __webpack_require__(9499);
      var grpc_service = __webpack_require__(2039);
      ;
      const KEY_EXPORTER_ID = "buildkit-attachable-exporter-id";
      const KEY_EXPORTER_MULTI_PLATFORM = "buildkit-exporter-multi-platform";
      const KEY_EXPORTER_META_PREFIX = "exporter-md-";
      const SLICED_FROM = 16 * 1024;
      function rawFileSendDefinition() {
        return (0, grpc_service.Oc)(filesync_pb._R, "DiffCopy");
      }
      class FileSend {
        targets;
        onWarning;
        serviceName = filesync_pb._R;
        advertisedMethods = ["DiffCopy"];
        /** The definition to register this service with (raw frames; see the module comment). */
        definition = rawFileSendDefinition();
        counters = /* @__PURE__ */ new Map();
        active = /* @__PURE__ */ new Set();
        refused;
        /** @param targets one per exporter, in SolveRequest.Exporters order. */
        /** `targets[i]` receives exporter i's output; undefined for exporters that send nothing to the client (image, moby). */
        /** `onWarning`: entries a local export could not write as sent (a device node without root, xattrs), by name */
        constructor(targets, onWarning) {
          this.targets = targets;
          this.onWarning = onWarning;
        }
        handlers() {
          return {
            DiffCopy: (call) => void this.diffCopy(call)
          };
        }
        stats() {
          return Object.fromEntries([...this.counters].map(([id2, s]) => [id2, { ...s }]));
        }
        /**
         * The first export this client refused before receiving anything (`mode=delete` on a daemon without the one-stream
         * transfer). The daemon's own error for that export is only its consequence ("failed to send stat \u2026: EOF" when
         * the refusal reaches it mid-send), and which of the two the Solve ends with depends on timing: the run reports this.
         */
        refusal() {
          return this.refused;
        }
        close() {
          for (const ac of this.active)
            ac.abort(new Error("session closed"));
        }
        async diffCopy(call) {
          const ac = new AbortController();
          this.active.add(ac);
          const onCancel = () => ac.abort(new Error("export cancelled by the daemon"));
          call.on("cancelled", onCancel);
          ac.signal.addEventListener("abort", () => {
            if (!call.destroyed)
              call.destroy();
          });
          try {
            const id2 = exporterId(call.metadata);
            const target = this.targets[id2];
            if (!target)
              throw new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, `exporter ${id2} has no destination on this client (this session has ${this.targets.length} exporters)`);
            const counters = this.countersFor(id2);
            counters.streams++;
            call.deliverSliced?.(SLICED_FROM);
            if (target.mode === "dir") {
              if (target.mirror && !call.metadata.get(KEY_EXPORTER_MULTI_PLATFORM).some((v) => String(v) === "1")) {
                this.refused ??= new grpc_status.Xs(grpc_status.Cy.FAILED_PRECONDITION, `output type=local,mode=delete needs BuildKit v0.31 or later: this daemon does not send the whole export in one transfer (multi-platform local export support), which deleting everything else in the destination depends on; nothing in ${target.path} was changed`);
                throw this.refused;
              }
              await receiveTree((0, fsutil_channel.E9)(call, fsutil_channel.fn), target.path, {
                signal: ac.signal,
                mirror: target.mirror === true,
                onWarning: (m) => this.onWarning?.(`type=local,dest=${target.path}: ${m}`),
                onFile: (_path, bytes) => {
                  counters.files++;
                  counters.bytes += bytes;
                }
              });
            } else {
              let out;
              if (target.mode === "file") {
                await (0, promises_.mkdir)(external_node_path_.dirname(target.path), { recursive: true });
                out = (0, external_node_fs_.createWriteStream)(target.path);
              } else {
                out = await target.open(exporterMetadata(call.metadata));
                if (out === null)
                  throw new grpc_status.Xs(grpc_status.Cy.ALREADY_EXISTS, "target already exists");
              }
              await writeTarball(call, out, (n) => counters.bytes += n);
            }
            if (!call.destroyed && !call.writableEnded)
              call.end();
          } catch (err) {
            if (!(call.cancelled || call.destroyed || call.writableEnded))
              call.emit("error", (0, errors.QL)(err));
          } finally {
            call.off("cancelled", onCancel);
            this.active.delete(ac);
          }
        }
        countersFor(id2) {
          let c = this.counters.get(id2);
          if (!c)
            this.counters.set(id2, c = { streams: 0, files: 0, bytes: 0 });
          return c;
        }
      }
      async function writeTarball(call, out, onBytes) {
        const outFailed = new Promise((_, reject) => out.once("error", reject));
        outFailed.catch(() => {
        });
        try {
          for await (const data of (0, fsutil_channel.Ne)(call, frameData)) {
            const slices = Array.isArray(data) ? data : [data];
            let bytes = 0;
            let more = true;
            out.cork();
            for (const slice of slices) {
              if (slice.length === 0)
                continue;
              more = out.write(slice);
              bytes += slice.length;
            }
            out.uncork();
            if (bytes === 0)
              continue;
            if (!more)
              await Promise.race([new Promise((resolve) => out.once("drain", resolve)), outFailed]);
            onBytes(bytes);
          }
          await Promise.race([new Promise((resolve) => out.end(resolve)), outFailed]);
        } catch (err) {
          out.destroy();
          throw err;
        }
      }
      function frameData(message) {
        return Array.isArray(message) ? slicedBytesMessageData(message) : frameBytes(message);
      }
      function slicedBytesMessageData(slices) {
        let total = 0;
        for (const s of slices)
          total += s.length;
        const data = slices[0][0] === 10 ? (0, wire.T7)(slices, 1, total) : void 0;
        return data ?? decodeBytesMessage(Buffer.concat(slices, total));
      }
      function frameBytes(message) {
        if (Buffer.isBuffer(message) || message instanceof Uint8Array)
          return decodeBytesMessage(message);
        const data = message?.data;
        return data ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.alloc(0);
      }
      function exporterId(md) {
        const v = md.get(KEY_EXPORTER_ID)[0];
        if (v === void 0)
          return 0;
        const n = Number.parseInt(String(v), 10);
        return Number.isFinite(n) && n >= 0 ? n : 0;
      }
      function exporterMetadata(md) {
        const out = {};
        for (const [k, v] of Object.entries(md.getMap())) {
          if (k.startsWith(KEY_EXPORTER_META_PREFIX))
            out[k.slice(KEY_EXPORTER_META_PREFIX.length)] = String(v);
        }
        return out;
      }
    })
  ),
  /***/
  5587: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        I$: () => (
          /* binding */
          FileSync
        )
      });
      var filesync_pb = __webpack_require__(6038);
      var channel = __webpack_require__(5957);
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_path_ = __webpack_require__(6760);
      var fsutil = __webpack_require__(925);
      var fsutil_mode = __webpack_require__(2227);
      var fsutil_names = __webpack_require__(1626);
      var wire = __webpack_require__(6801);
      ;
      const DEFAULT_CHUNK_SIZE = 256 * 1024;
      const DEFAULT_READERS = 4;
      const SMALL_FILE_SIZE = 64 * 1024;
      const ERR_GRACE_MS = 1e3;
      async function sendTree(channel2, root, stats, opts = {}) {
        const chunkSize = opts.chunkSize ?? DEFAULT_CHUNK_SIZE;
        const abort = new AbortController();
        const onOuterAbort = () => abort.abort(opts.signal.reason);
        if (opts.signal?.aborted)
          throw opts.signal.reason;
        opts.signal?.addEventListener("abort", onOuterAbort, { once: true });
        let failWith;
        const failed = new Promise((_, reject) => failWith = reject);
        failed.catch(() => {
        });
        let ownError;
        const fail = (err) => {
          if (abort.signal.aborted)
            return;
          if (ownError)
            err = ownError.err;
          abort.abort(err);
          failWith(err);
        };
        let receiverGone;
        const failWithErr = async (err) => {
          if (abort.signal.aborted || ownError)
            return;
          ownError = { err };
          await channel2.send({ type: fsutil.LP.ERR, data: Buffer.from(errorMessage(err)) }).catch(() => {
          });
          let timer;
          await Promise.race([receiverGone, new Promise((r) => timer = setTimeout(r, ERR_GRACE_MS))]);
          clearTimeout(timer);
          fail(err);
        };
        abort.signal.addEventListener("abort", () => failWith(abort.signal.reason), { once: true });
        const requestable = /* @__PURE__ */ new Map();
        const queue = new WorkQueue();
        const listing = (async () => {
          let id2 = 0;
          try {
            for await (const stat of stats) {
              if (abort.signal.aborted)
                return;
              if ((0, fsutil_mode.sn)(stat.mode ?? 0))
                requestable.set(id2, { path: stat.path, size: Number(stat.size ?? 0) });
              id2++;
              await channel2.send({ type: fsutil.LP.STAT, stat });
            }
            await channel2.send({ type: fsutil.LP.STAT });
          } catch (err) {
            await failWithErr(err);
          }
        })();
        const sendFile = async (id2, rel, size) => {
          const abs = (0, fsutil_names.Tl)(rel) ? (0, fsutil_names.NE)(root, (0, fsutil_names.aA)(rel)) : external_node_path_.join(root, rel);
          if (size <= SMALL_FILE_SIZE) {
            const content = readSmallFile(abs, size);
            if (content !== "large") {
              for (let off = 0; off < content.length; off += chunkSize) {
                if (abort.signal.aborted)
                  return;
                const data = content.subarray(off, Math.min(off + chunkSize, content.length));
                await channel2.send({ type: fsutil.LP.DATA, ID: id2, data });
                opts.onData?.(data.length);
              }
              await channel2.send({ type: fsutil.LP.DATA, ID: id2 });
              opts.onFileSent?.(rel);
              return;
            }
          }
          const handle = await openRegular(abs);
          if (handle) {
            const room = channel2.sendEncoded ? wire.xR : 0;
            try {
              for (; ; ) {
                if (abort.signal.aborted)
                  return;
                const buf = Buffer.allocUnsafe(room + chunkSize);
                const { bytesRead } = await handle.read(buf, room, chunkSize, null);
                if (bytesRead === 0)
                  break;
                if (channel2.sendEncoded)
                  await channel2.sendEncoded((0, wire.VS)(buf, room, room + bytesRead, id2));
                else
                  await channel2.send({ type: fsutil.LP.DATA, ID: id2, data: buf.subarray(room, room + bytesRead) });
                opts.onData?.(bytesRead);
              }
            } finally {
              await handle.close().catch(() => {
              });
            }
          }
          await channel2.send({ type: fsutil.LP.DATA, ID: id2 });
          opts.onFileSent?.(rel);
        };
        const readers = Array.from({ length: Math.max(1, opts.readers ?? DEFAULT_READERS) }, async () => {
          try {
            for (let job = await queue.take(); job; job = await queue.take()) {
              if (abort.signal.aborted)
                return;
              await sendFile(job.id, job.path, job.size);
            }
          } catch (err) {
            await failWithErr(err);
          }
        });
        const receiving = (async () => {
          for await (const packet of channel2.receive()) {
            if (abort.signal.aborted)
              return;
            switch (packet.type ?? fsutil.LP.STAT) {
              case fsutil.LP.ERR:
                throw new Error(`error from receiver: ${packet.data?.toString() ?? ""}`);
              case fsutil.LP.REQ: {
                const id2 = packet.ID ?? 0;
                const file = requestable.get(id2);
                if (file === void 0)
                  throw new Error(`invalid file id ${id2}`);
                requestable.delete(id2);
                opts.onRequested?.(file.size);
                queue.put({ id: id2, ...file });
                break;
              }
              case fsutil.LP.FIN:
                await channel2.send({ type: fsutil.LP.FIN });
                return;
              default:
                break;
            }
          }
          throw new Error("receiver closed the stream before sending FIN");
        })();
        receiving.catch(fail);
        receiverGone = receiving.then(() => void 0, () => void 0);
        try {
          await Promise.race([receiving.catch((err) => Promise.reject(ownError ? ownError.err : err)), failed]);
          queue.close();
          await Promise.race([Promise.all([listing, ...readers]), failed]);
        } finally {
          queue.close();
          opts.signal?.removeEventListener("abort", onOuterAbort);
          if (!abort.signal.aborted)
            abort.abort(new Error("transfer finished"));
        }
      }
      async function openRegular(abs) {
        let handle;
        try {
          handle = await external_node_fs_.promises.open(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        } catch (err) {
          if (isGone(err))
            return null;
          throw unreadable(abs, err);
        }
        try {
          if ((await handle.stat()).isFile())
            return handle;
        } catch {
        }
        await handle.close().catch(() => {
        });
        return null;
      }
      function isGone(err) {
        const code = err?.code;
        return code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP" || code === "ENXIO";
      }
      class UnreadableFileError extends Error {
        name = "UnreadableFileError";
        constructor(path, code, cause) {
          super(`open ${path}: ${describeErrno(code, cause)}`, { cause });
        }
      }
      function unreadable(abs, err) {
        const path = typeof abs === "string" ? abs : (0, fsutil_names.QC)((0, fsutil_names.e4)(abs));
        return new UnreadableFileError(path, err?.code, err);
      }
      function describeErrno(code, cause) {
        switch (code) {
          case "EACCES":
            return "permission denied";
          case "EPERM":
            return "operation not permitted";
          case "EIO":
            return "input/output error";
          case "EMFILE":
            return "too many open files";
          default:
            return cause instanceof Error ? cause.message : String(cause);
        }
      }
      function readSmallFile(abs, listedSize) {
        let fd;
        try {
          fd = external_node_fs_.openSync(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        } catch (err) {
          if (isGone(err))
            return Buffer.alloc(0);
          throw unreadable(abs, err);
        }
        try {
          const want = listedSize + 1;
          const buf = Buffer.allocUnsafe(want);
          let n = 0;
          for (; ; ) {
            let r;
            try {
              r = external_node_fs_.readSync(fd, buf, n, want - n, null);
            } catch (err) {
              const code = err.code;
              if (n === 0 && (code === "EISDIR" || code === "EAGAIN" || code === "EWOULDBLOCK" || code === "EINVAL"))
                return Buffer.alloc(0);
              throw err;
            }
            n += r;
            if (r === 0 || n === want || n === want - 1)
              break;
          }
          return n === want ? "large" : buf.subarray(0, n);
        } finally {
          external_node_fs_.closeSync(fd);
        }
      }
      function errorMessage(err) {
        return err instanceof Error ? err.message : String(err);
      }
      const COMPACT_FROM = 1024;
      class WorkQueue {
        items = [];
        head = 0;
        waiters = [];
        closed = false;
        put(item) {
          if (this.closed)
            return;
          const waiter = this.waiters.shift();
          if (waiter)
            waiter(item);
          else
            this.items.push(item);
        }
        take() {
          if (this.head < this.items.length) {
            const item = this.items[this.head];
            this.items[this.head++] = void 0;
            if (this.head === this.items.length) {
              this.items = [];
              this.head = 0;
            } else if (this.head >= COMPACT_FROM && this.head * 2 >= this.items.length) {
              this.items = this.items.slice(this.head);
              this.head = 0;
            }
            return Promise.resolve(item);
          }
          if (this.closed)
            return Promise.resolve(void 0);
          return new Promise((resolve) => this.waiters.push(resolve));
        }
        close() {
          this.closed = true;
          for (const waiter of this.waiters.splice(0))
            waiter(void 0);
        }
      }
      var glob = __webpack_require__(3104);
      var fsutil_paths = __webpack_require__(8150);
      ;
      const MAX_RESOLVE_DEPTH = 255;
      async function resolveFollowPaths(root, paths) {
        const resolved = /* @__PURE__ */ new Set();
        for (const p of paths)
          await resolvePath(root, p, resolved, 0);
        const sorted = [...resolved].sort(fsutil_paths.zq);
        return dedupePaths(sorted);
      }
      function dedupePaths(sorted) {
        const out = [];
        let last = "";
        for (const s of sorted) {
          if (s === ".")
            return null;
          if (s.startsWith(last + "/"))
            continue;
          out.push(s);
          last = s;
        }
        return out;
      }
      async function resolvePath(root, input, resolved, depth) {
        if (depth > MAX_RESOLVE_DEPTH)
          throw new Error(`followpaths: too many levels of symbolic links resolving ${input}`);
        let rest = (0, fsutil_paths.uJ)(".", input);
        let current = ".";
        for (; ; ) {
          const slash = rest.indexOf("/");
          const head = slash >= 0 ? rest.slice(0, slash) : rest;
          rest = slash >= 0 ? rest.slice(slash + 1) : "";
          current = (0, fsutil_paths.uJ)(current, head);
          const targets = await readSymlinks(root, current, true);
          if ((rest === "" || targets !== null) && resolved.has(current))
            return;
          if (targets !== null) {
            resolved.add(current);
            for (const target of targets)
              await resolvePath(root, (0, fsutil_paths.uJ)(target, rest), resolved, depth + 1);
            return;
          }
          if (rest === "") {
            resolved.add(current);
            return;
          }
        }
      }
      async function readSymlinks(root, rel, allowWildcard) {
        const base = (0, fsutil_paths.Jp)(rel);
        if (allowWildcard && containsWildcards(base)) {
          const dir = (0, fsutil_paths.Jz)(rel);
          const names = await listDir(root, dir);
          if (names === null)
            return null;
          let out = null;
          for (const name of names) {
            if (!(0, glob.s)(base, name))
              continue;
            const res = await readSymlinks(root, (0, fsutil_paths.uJ)(dir, name), false);
            if (res !== null)
              (out ??= []).push(...res);
          }
          return out;
        }
        if (rel === "." || rel === "/")
          return null;
        const abs = await absInsideRoot(root, rel);
        if (abs === null)
          return null;
        let link;
        try {
          const st = await external_node_fs_.promises.lstat(abs);
          if (!st.isSymbolicLink())
            return null;
          link = await external_node_fs_.promises.readlink(abs);
        } catch (err) {
          if (isNotFound(err))
            return null;
          throw err;
        }
        link = (0, fsutil_paths.ts)(link);
        if (link.startsWith("/"))
          return [link];
        return [(0, fsutil_paths.uJ)("/", (0, fsutil_paths.uJ)((0, fsutil_paths.Jz)(rel), link))];
      }
      async function listDir(root, rel) {
        const abs = rel === "." ? root : await absInsideRoot(root, rel);
        if (abs === null)
          return null;
        try {
          const st = await external_node_fs_.promises.lstat(abs);
          if (!st.isDirectory())
            return null;
          return (await external_node_fs_.promises.readdir(abs)).sort(fsutil_paths.zq);
        } catch (err) {
          if (isNotFound(err))
            return null;
          throw err;
        }
      }
      async function absInsideRoot(root, rel) {
        const parts = rel.split("/");
        let abs = root;
        for (let i = 0; i < parts.length - 1; i++) {
          abs = external_node_path_.join(abs, parts[i]);
          try {
            if (!(await external_node_fs_.promises.lstat(abs)).isDirectory())
              return null;
          } catch (err) {
            if (isNotFound(err))
              return null;
            throw err;
          }
        }
        return external_node_path_.join(abs, parts[parts.length - 1]);
      }
      function containsWildcards(name) {
        for (let i = 0; i < name.length; i++) {
          const ch = name[i];
          if (ch === "\\")
            i++;
          else if (ch === "*" || ch === "?" || ch === "[")
            return true;
        }
        return false;
      }
      function isNotFound(err) {
        const code = err?.code;
        return code === "ENOENT" || code === "ENOTDIR";
      }
      var matcher = __webpack_require__(5031);
      ;
      const PATTERN_CHARS = /[*[\]?^\\]/;
      class TreeFilter {
        include;
        exclude;
        onlyPrefixIncludes;
        onlyPrefixExcludeExceptions;
        constructor(include, exclude, onlyPrefixIncludes, onlyPrefixExcludeExceptions) {
          this.include = include;
          this.exclude = exclude;
          this.onlyPrefixIncludes = onlyPrefixIncludes;
          this.onlyPrefixExcludeExceptions = onlyPrefixExcludeExceptions;
        }
        static async create(root, opts) {
          let includes = [...opts.includePatterns ?? []];
          if (opts.followPaths && opts.followPaths.length > 0) {
            const targets = await resolveFollowPaths(root, opts.followPaths);
            if (targets !== null)
              includes = dedupePaths([...includes, ...targets]) ?? [];
          }
          const include = includes.length > 0 ? compile("includepatterns", includes) : void 0;
          const exclude = opts.excludePatterns && opts.excludePatterns.length > 0 ? compile("excludepatterns", opts.excludePatterns) : void 0;
          const literal = (p) => !PATTERN_CHARS.test(p.withoutTrailingGlob());
          return new TreeFilter(include, exclude, !include || include.patterns.every((p) => p.exclusion || literal(p)), !exclude || exclude.patterns.every((p) => !p.exclusion || literal(p)));
        }
        get active() {
          return this.include !== void 0 || this.exclude !== void 0;
        }
        /**
         * Decides one entry from its path and the parent directory's match results:
         * `prune` \u2014 don't send it and don't look inside; `hide` \u2014 don't send it (a directory is still walked,
         * something below may be wanted); `send`.
         */
        decide(rel, isDir, parent) {
          const match = {};
          let hide = false;
          if (this.include) {
            const r = this.include.matchesUsingParentResults(rel, parent?.include);
            match.include = r.info;
            if (!r.matched) {
              if (isDir && this.onlyPrefixIncludes && !anyPatternBelow(this.include, rel, false))
                return { action: "prune", match };
              hide = true;
            }
          }
          if (this.exclude) {
            const r = this.exclude.matchesUsingParentResults(rel, parent?.exclude);
            match.exclude = r.info;
            if (r.matched) {
              if (isDir && this.onlyPrefixExcludeExceptions) {
                if (!this.exclude.hasExclusions || !anyPatternBelow(this.exclude, rel, true))
                  return { action: "prune", match };
              }
              hide = true;
            }
          }
          return { action: hide ? "hide" : "send", match };
        }
      }
      function compile(what, patterns) {
        try {
          return new matcher.P(patterns);
        } catch (err) {
          throw new Error(`invalid ${what}: ${JSON.stringify(patterns)}: ${err.message}`);
        }
      }
      function anyPatternBelow(matcher2, rel, exclusions) {
        const dirSlash = rel + "/";
        return matcher2.patterns.some((p) => p.exclusion === exclusions && (p.withoutTrailingGlob() + "/").startsWith(dirSlash));
      }
      function statEntry(abs, rel) {
        return Promise.resolve(statEntrySync(abs, rel));
      }
      function statEntrySync(abs, rel) {
        return lstatEntry(abs, rel)?.stat ?? null;
      }
      function lstatEntry(abs, rel) {
        try {
          const st = external_node_fs_.lstatSync(abs, { bigint: true, throwIfNoEntry: false });
          if (st === void 0)
            return null;
          const mode = (0, fsutil_mode.tF)(Number(st.mode));
          const stat = { path: rel, mode };
          let inode;
          if (!st.isDirectory()) {
            if (st.size !== 0n)
              stat.size = st.size.toString();
            if (st.isSymbolicLink())
              stat.linkname = readLink(abs);
            else if (st.nlink > 1n)
              inode = `${st.dev}:${st.ino}`;
            if (mode & fsutil_mode.QJ.Device) {
              const { major, minor } = (0, fsutil_mode.Tc)(st.rdev);
              if (major !== 0n)
                stat.devmajor = major.toString();
              if (minor !== 0n)
                stat.devminor = minor.toString();
            }
          }
          if (st.mtimeNs !== 0n)
            stat.modTime = st.mtimeNs.toString();
          return inode === void 0 ? { stat } : { stat, inode };
        } catch (err) {
          if (isNotFound(err))
            return null;
          throw err;
        }
      }
      function readLink(abs) {
        const target = external_node_fs_.readlinkSync(abs);
        return target.includes("\uFFFD") ? (0, fsutil_names.e4)(external_node_fs_.readlinkSync(abs, { encoding: "buffer" })) : target;
      }
      async function resolveRoot(dir) {
        let real;
        try {
          real = await external_node_fs_.promises.realpath(dir);
        } catch (err) {
          if (isNotFound(err))
            throw new Error(`directory ${dir} does not exist`);
          throw err;
        }
        const st = await external_node_fs_.promises.stat(real);
        if (!st.isDirectory())
          throw new Error(`${dir} is not a directory`);
        return real;
      }
      function childPath(dir, name) {
        return dir.endsWith(external_node_path_.sep) ? dir + name : dir + external_node_path_.sep + name;
      }
      async function* walkTree(root, opts = {}, filter) {
        const f = filter ?? await TreeFilter.create(root, opts);
        const stack = [];
        const inodes = /* @__PURE__ */ new Map();
        const rootLevel = await openLevel(f, { rel: "", abs: root, match: void 0, emitted: true });
        if (rootLevel)
          stack.push(rootLevel);
        while (stack.length > 0) {
          opts.signal?.throwIfAborted();
          const level = stack[stack.length - 1];
          if (level.next >= level.entries.length) {
            stack.pop();
            continue;
          }
          const e = level.entries[level.next++];
          if (e.action === "prune")
            continue;
          if (e.action === "hide") {
            if (e.isDir) {
              const child = await openLevel(f, { rel: e.rel, abs: e.abs, match: e.match, emitted: false });
              if (child)
                stack.push(child);
            }
            continue;
          }
          const listed = lstatEntry(e.abs, e.rel);
          if (listed === null)
            continue;
          const stat = listed.stat;
          let ancestorsGone = false;
          for (const ancestor of stack) {
            if (ancestor.frame.emitted)
              continue;
            const st = statEntrySync(ancestor.frame.abs, ancestor.frame.rel);
            if (st === null) {
              ancestorsGone = true;
              break;
            }
            ancestor.frame.emitted = true;
            yield st;
          }
          if (ancestorsGone) {
            level.next = level.entries.length;
            continue;
          }
          if (listed.inode !== void 0) {
            const first = inodes.get(listed.inode);
            if (first === void 0)
              inodes.set(listed.inode, e.rel);
            else
              stat.linkname = first;
          }
          yield stat;
          if (e.isDir && (stat.mode & fsutil_mode.QJ.Dir) !== 0) {
            const child = await openLevel(f, { rel: e.rel, abs: e.abs, match: e.match, emitted: true });
            if (child)
              stack.push(child);
          }
        }
      }
      async function openLevel(filter, frame) {
        let dirents;
        try {
          dirents = await external_node_fs_.promises.readdir(frame.abs, { withFileTypes: true });
        } catch (err) {
          const code = err.code;
          if (isNotFound(err))
            return null;
          if (!frame.emitted && (code === "EACCES" || code === "EPERM"))
            return null;
          if (code === "EACCES" || code === "EPERM") {
            const shown = typeof frame.abs === "string" ? frame.abs : (0, fsutil_names.QC)((0, fsutil_names.e4)(frame.abs));
            throw new Error(`open ${shown}: ${code === "EACCES" ? "permission denied" : "operation not permitted"}`, {
              cause: err
            });
          }
          throw err;
        }
        let names;
        if (typeof frame.abs === "string" && !dirents.some((d) => d.name.includes("\uFFFD"))) {
          names = dirents.map((d) => ({ name: d.name, isDir: d.isDirectory(), abs: "" })).sort((a, b) => (0, fsutil_paths.zq)(a.name, b.name));
          for (const n of names)
            n.abs = childPath(frame.abs, n.name);
        } else {
          names = await listBytes(frame.abs);
        }
        const entries = names.map(({ name, isDir, abs }) => {
          const rel = frame.rel === "" ? name : `${frame.rel}/${name}`;
          const decision = filter.active ? filter.decide(rel, isDir, frame.match) : { action: "send", match: void 0 };
          return { rel, abs, isDir, ...decision };
        });
        return { frame, entries, next: 0 };
      }
      async function listBytes(dir) {
        let dirents;
        try {
          dirents = await external_node_fs_.promises.readdir(dir, { withFileTypes: true, encoding: "buffer" });
        } catch (err) {
          if (isNotFound(err))
            return [];
          throw err;
        }
        const dirBytes = typeof dir === "string" ? Buffer.from(dir, "utf8") : dir;
        const slash = Buffer.of(47);
        return dirents.map((d) => ({ bytes: d.name, isDir: d.isDirectory() })).sort((a, b) => Buffer.compare(a.bytes, b.bytes)).map(({ bytes, isDir }) => {
          const name = (0, fsutil_names.e4)(bytes);
          const abs = typeof dir === "string" && !(0, fsutil_names.Tl)(name) ? childPath(dir, name) : Buffer.concat([dirBytes, slash, bytes]);
          return { name, isDir, abs };
        });
      }
      var errors = __webpack_require__(8791);
      var gc_pacer = __webpack_require__(2749);
      var grpc_status = __webpack_require__(9499);
      var grpc_service = __webpack_require__(2039);
      ;
      const KEY_DIR_NAME = "dir-name";
      const KEY_INCLUDE_PATTERNS = "include-patterns";
      const KEY_EXCLUDE_PATTERNS = "exclude-patterns";
      const KEY_FOLLOW_PATHS = "followpaths";
      function rawFileSyncDefinition() {
        return (0, grpc_service.Oc)(filesync_pb.fA, "DiffCopy");
      }
      class FileSync {
        serviceName = filesync_pb.fA;
        // Not TarStream: its protocol left BuildKit, daemon and client side, in July 2017 (before v0.1), so no daemon calls it
        // and there is nothing to answer it with; buildx advertises it, but its handler only fails ("failed to negotiate
        // protocol"). A daemon picks DiffCopy whenever it is advertised anyway.
        advertisedMethods = ["DiffCopy"];
        /** The definition to register this service with (raw Packet bytes; see rawFileSyncDefinition). */
        definition = rawFileSyncDefinition();
        dirs;
        counters = /* @__PURE__ */ new Map();
        active = /* @__PURE__ */ new Set();
        /** @param dirs dir-name \u2192 absolute directory path (`context`, `dockerfile`, named contexts...). */
        constructor(dirs) {
          this.dirs = new Map(Object.entries(dirs));
        }
        handlers() {
          return {
            DiffCopy: (call) => void this.diffCopy(call)
          };
        }
        /** Transfer counters per dir-name, for every dir-name requested so far. */
        stats() {
          return Object.fromEntries([...this.counters].map(([name, s]) => [name, { ...s }]));
        }
        close() {
          for (const ac of this.active)
            ac.abort(new Error("session closed"));
        }
        async diffCopy(call) {
          const ac = new AbortController();
          this.active.add(ac);
          call.on("cancelled", () => ac.abort(new Error("transfer cancelled by the daemon")));
          try {
            const md = call.metadata;
            const dirName = metadataValues(md, KEY_DIR_NAME)[0] ?? "";
            const dir = this.dirs.get(dirName);
            if (dir === void 0) {
              const known = [...this.dirs.keys()].map((k) => JSON.stringify(k)).join(", ") || "none";
              throw new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, `no access allowed to dir ${JSON.stringify(dirName)} (this session shares: ${known})`);
            }
            const counters = this.countersFor(dirName);
            counters.requests++;
            let root;
            try {
              root = await resolveRoot(dir);
            } catch (err) {
              throw new grpc_status.Xs(grpc_status.Cy.NOT_FOUND, `local directory ${JSON.stringify(dirName)}: ${errorMessage(err)}`, {
                cause: err
              });
            }
            const opts = {
              includePatterns: metadataValues(md, KEY_INCLUDE_PATTERNS),
              excludePatterns: metadataValues(md, KEY_EXCLUDE_PATTERNS),
              followPaths: metadataValues(md, KEY_FOLLOW_PATHS),
              signal: ac.signal
            };
            let filter;
            try {
              filter = await TreeFilter.create(root, opts);
            } catch (err) {
              throw new grpc_status.Xs(grpc_status.Cy.INVALID_ARGUMENT, `local directory ${JSON.stringify(dirName)}: ${errorMessage(err)}`, { cause: err });
            }
            await sendTree((0, channel.E9)(call, channel.fn), root, walkTree(root, opts, filter), {
              signal: ac.signal,
              onData: (bytes) => counters.bytesSent += bytes,
              onFileSent: () => counters.filesSent++,
              // a large file asked for: Maglev back before the send loop runs hot (grpc/optimizing-compiler.ts)
              onRequested: (bytes) => (0, gc_pacer.Ho)().announced(bytes)
            });
            call.end();
          } catch (err) {
            endWithError(call, err);
          } finally {
            this.active.delete(ac);
          }
        }
        countersFor(dirName) {
          let c = this.counters.get(dirName);
          if (!c)
            this.counters.set(dirName, c = { requests: 0, filesSent: 0, bytesSent: 0 });
          return c;
        }
      }
      function endWithError(call, err) {
        if (call.cancelled || call.destroyed || call.writableEnded)
          return;
        call.emit("error", (0, errors.QL)(err));
      }
      function metadataValues(md, key) {
        const values = md.get(key).map((v) => typeof v === "string" ? v : v.toString()).flatMap((v) => v.split(", "));
        const flag = md.get(`${key}-encoded`)[0];
        const encoded = typeof flag === "string" && ["1", "t", "T", "true", "TRUE", "True"].includes(flag.split(", ")[0]);
        return encoded ? values.map(queryUnescape) : values;
      }
      function queryUnescape(s) {
        try {
          return decodeURIComponent(s.replace(/\+/g, " "));
        } catch {
          return "";
        }
      }
    })
  )
};
