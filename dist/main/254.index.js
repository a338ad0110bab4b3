"use strict"; exports.id = 254;
exports.ids = [254];
exports.modules = {
  /***/
  1254: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        DEFAULT_MAX_IDENTITY_ENTRIES: () => (
          /* binding */
          DEFAULT_MAX_IDENTITY_ENTRIES
        ),
        /* harmony export */
        FIND_FROM_ENTRIES: () => (
          /* binding */
          FIND_FROM_ENTRIES
        ),
        /* harmony export */
        FIND_RECORD: () => (
          /* binding */
          FIND_RECORD
        ),
        /* harmony export */
        IN_PROCESS_IDENTITY_ENTRIES: () => (
          /* binding */
          IN_PROCESS_IDENTITY_ENTRIES
        ),
        /* harmony export */
        WORKER_SOURCE: () => (
          /* binding */
          WORKER_SOURCE
        ),
        /* harmony export */
        directoryIdentity: () => (
          /* binding */
          directoryIdentity
        ),
        /* harmony export */
        findIdentity: () => (
          /* binding */
          findIdentity
        ),
        /* harmony export */
        hasMoreEntries: () => (
          /* binding */
          hasMoreEntries
        ),
        /* harmony export */
        identifyDirectories: () => (
          /* binding */
          identifyDirectories
        ),
        /* harmony export */
        identifyInWorker: () => (
          /* binding */
          identifyInWorker
        )
        /* harmony export */
      });
      var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
      var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
      var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
      var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
      var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
      const DEFAULT_MAX_IDENTITY_ENTRIES = 1e5;
      const IN_PROCESS_IDENTITY_ENTRIES = 5e4;
      function directoryIdentity(root, maxEntries = DEFAULT_MAX_IDENTITY_ENTRIES) {
        return walkIdentity(root, maxEntries, { fs: node_fs__WEBPACK_IMPORTED_MODULE_2__, path: node_path__WEBPACK_IMPORTED_MODULE_4__, createHash: node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash }) || void 0;
      }
      function walkIdentity(root, maxEntries, m, walked = { entries: 0 }) {
        const CHUNK = 64 * 1024;
        const hash = m.createHash("sha256");
        let chunk = Buffer.allocUnsafe(CHUNK);
        let used = 0;
        const add = (rel, st) => {
          const need = 4 + Buffer.byteLength(rel) + 9 * 8;
          if (used + need > chunk.length) {
            hash.update(chunk.subarray(0, used));
            used = 0;
            if (need > chunk.length)
              chunk = Buffer.allocUnsafe(need);
          }
          let o = chunk.writeUInt32LE(need - 4 - 9 * 8, used);
          o += chunk.write(rel, o);
          o = chunk.writeDoubleLE(st.mode, o);
          o = chunk.writeDoubleLE(st.size, o);
          o = chunk.writeDoubleLE(st.mtimeMs, o);
          o = chunk.writeDoubleLE(st.ctimeMs, o);
          o = chunk.writeDoubleLE(st.ino, o);
          o = chunk.writeDoubleLE(st.dev, o);
          o = chunk.writeDoubleLE(st.uid, o);
          o = chunk.writeDoubleLE(st.gid, o);
          used = chunk.writeDoubleLE(st.rdev, o);
        };
        const base = m.path.resolve(root);
        const prefix = base.endsWith("/") ? base : `${base}/`;
        try {
          const rootStat = m.fs.lstatSync(base);
          if (!rootStat.isDirectory())
            return void 0;
          add("", rootStat);
          const pending = [""];
          while (pending.length > 0) {
            const rel = pending.pop();
            const names = m.fs.readdirSync(prefix + rel);
            names.sort();
            for (const name of names) {
              if (++walked.entries > maxEntries)
                return false;
              const child = rel ? `${rel}/${name}` : name;
              const st = m.fs.lstatSync(prefix + child);
              add(child, st);
              if (st.isDirectory())
                pending.push(child);
            }
          }
        } catch {
          return void 0;
        }
        hash.update(chunk.subarray(0, used));
        return hash.digest("hex");
      }
      function hasMoreEntries(root, limit) {
        let entries = 0;
        const pending = [node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(root)];
        try {
          while (pending.length > 0) {
            const dir = pending.pop();
            for (const entry of node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync(dir, { withFileTypes: true })) {
              if (++entries > limit)
                return true;
              if (entry.isDirectory())
                pending.push(`${dir}/${entry.name}`);
            }
          }
        } catch {
          return false;
        }
        return false;
      }
      const FIND_FROM_ENTRIES = 1e3;
      function identifyDirectories(dirs, { maxEntries = DEFAULT_MAX_IDENTITY_ENTRIES, inProcessEntries = IN_PROCESS_IDENTITY_ENTRIES, find, findFromEntries = FIND_FROM_ENTRIES, onLargeTree } = {}) {
        const program = find ?? (process.platform === "linux" ? "find" : false);
        const out = /* @__PURE__ */ new Map();
        const unlisted = [];
        const limit = Math.min(findFromEntries, maxEntries);
        for (const d of new Set(dirs)) {
          const small = hasMoreEntries(d, limit) ? false : walkIdentity(d, limit, { fs: node_fs__WEBPACK_IMPORTED_MODULE_2__, path: node_path__WEBPACK_IMPORTED_MODULE_4__, createHash: node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash });
          if (small !== false) {
            out.set(d, Promise.resolve(small || void 0));
            continue;
          }
          onLargeTree?.();
          if (program === false) {
            unlisted.push(d);
            continue;
          }
          const listed = findIdentity(d, maxEntries, program);
          out.set(d, listed.then((id2) => id2 === null ? identifyInWorker([d], maxEntries, inProcessEntries).get(d) : id2 || void 0));
        }
        for (const [d, identity] of identifyInWorker(unlisted, maxEntries, inProcessEntries))
          out.set(d, identity);
        return out;
      }
      function identifyInWorker(dirs, maxEntries = DEFAULT_MAX_IDENTITY_ENTRIES, inProcessEntries = IN_PROCESS_IDENTITY_ENTRIES) {
        const out = /* @__PURE__ */ new Map();
        const large = [];
        let budget = Math.min(inProcessEntries, maxEntries);
        for (const d of dirs) {
          const walked = { entries: 0 };
          const identity = budget > 0 ? walkIdentity(d, budget, { fs: node_fs__WEBPACK_IMPORTED_MODULE_2__, path: node_path__WEBPACK_IMPORTED_MODULE_4__, createHash: node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash }, walked) : false;
          if (identity === false) {
            large.push(d);
            budget = 0;
          } else {
            out.set(d, Promise.resolve(identity));
            budget -= walked.entries;
          }
        }
        if (large.length === 0)
          return out;
        dirs = large;
        const settle = /* @__PURE__ */ new Map();
        for (const d of dirs)
          out.set(d, new Promise((resolve) => settle.set(d, resolve)));
        const inProcess = () => {
          for (const [d, resolve] of settle)
            resolve(directoryIdentity(d, maxEntries));
          settle.clear();
        };
        void Promise.resolve(
          /* import() */
        ).then(__webpack_require__.t.bind(__webpack_require__, 5919, 19)).then(({ Worker }) => {
          let worker;
          try {
            worker = new Worker(WORKER_SOURCE, {
              eval: true,
              workerData: { dirs: [...dirs], maxEntries },
              stdout: true,
              stderr: true
            });
          } catch {
            inProcess();
            return;
          }
          worker.unref();
          worker.on("message", ([dir, identity]) => {
            settle.get(dir)?.(identity ?? void 0);
            settle.delete(dir);
          });
          worker.on("error", inProcess);
          worker.on("exit", inProcess);
        }, inProcess);
        return out;
      }
      const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const walkIdentity = ${walkIdentity.toString()};
const m = { fs: require('node:fs'), path: require('node:path'), createHash: require('node:crypto').createHash };
for (const dir of workerData.dirs) parentPort.postMessage([dir, walkIdentity(dir, workerData.maxEntries, m) || null]);
`;
      const FIND_RECORD = "%P\\0%y %m %s %T@ %C@ %i %D %U %G\\n";
      const FIND_POLL_MS = 20;
      function findIdentity(root, maxEntries = DEFAULT_MAX_IDENTITY_ENTRIES, find = "find") {
        const base = node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(root);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync(base, { throwIfNoEntry: false })?.isDirectory())
          return Promise.resolve(null);
        let fd;
        const listing = node_path__WEBPACK_IMPORTED_MODULE_4__.join(node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir(), `bakekit-identity-${process.pid}-${(0, node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(8).toString("hex")}`);
        try {
          fd = node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(listing, "wx+", 384);
        } catch {
          return Promise.resolve(null);
        }
        try {
          node_fs__WEBPACK_IMPORTED_MODULE_2__.unlinkSync(listing);
        } catch {
        }
        return new Promise((resolve) => {
          const hash = (0, node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256");
          const buf = Buffer.allocUnsafe(256 * 1024);
          let read = 0;
          let entries = -1;
          let settled = false;
          let poll;
          const finish = (result) => {
            if (settled)
              return;
            settled = true;
            clearInterval(poll);
            node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync(fd);
            resolve(result);
          };
          const catchUp = () => {
            for (; ; ) {
              const n = node_fs__WEBPACK_IMPORTED_MODULE_2__.readSync(fd, buf, 0, buf.length, read);
              if (n === 0)
                return true;
              read += n;
              const chunk = buf.subarray(0, n);
              hash.update(chunk);
              for (let i = chunk.indexOf(0); i !== -1; i = chunk.indexOf(0, i + 1))
                entries++;
              if (entries > maxEntries)
                return false;
            }
          };
          let child;
          try {
            child = (0, node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(find, ["-P", base, "-printf", FIND_RECORD], {
              stdio: ["ignore", fd, "ignore"],
              env: { ...process.env, LC_ALL: "C" }
            });
          } catch {
            finish(null);
            return;
          }
          poll = setInterval(() => {
            try {
              if (!catchUp()) {
                child.kill();
                finish(false);
              }
            } catch {
              child.kill();
              finish(null);
            }
          }, FIND_POLL_MS);
          poll.unref();
          child.on("error", () => finish(null));
          child.on("close", (code) => {
            if (settled)
              return;
            try {
              if (code !== 0)
                finish(null);
              else
                finish(catchUp() ? hash.digest("hex") : false);
            } catch {
              finish(null);
            }
          });
        });
      }
    })
  )
};
