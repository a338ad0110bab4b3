"use strict"; exports.id = 766;
exports.ids = [766];
exports.modules = {
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
