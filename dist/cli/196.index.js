"use strict"; exports.id = 196;
exports.ids = [196];
exports.modules = {
  /***/
  1196: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        DirStore: () => (
          /* binding */
          DirStore
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
      class DirStore {
        dir;
        description;
        constructor(dir) {
          this.dir = dir;
          this.description = dir;
        }
        /** The file name (without extension) of `key`'s entry. */
        static entryName(key) {
          const readable = key.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 100);
          const hash = node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash("sha256").update(key).digest("hex").slice(0, 16);
          return `${readable}-${hash}`;
        }
        entries() {
          let names;
          try {
            names = node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(this.dir);
          } catch (err) {
            if (err.code === "ENOENT")
              return [];
            throw err;
          }
          const out = [];
          for (const n of names) {
            if (!n.endsWith(".json"))
              continue;
            try {
              const meta = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.dir, n), "utf8"));
              if (typeof meta.key === "string" && node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(this.archiveOf(meta.key)))
                out.push(meta);
            } catch {
            }
          }
          return out;
        }
        archiveOf(key) {
          return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.dir, `${DirStore.entryName(key)}.tar`);
        }
        metaOf(key) {
          return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.dir, `${DirStore.entryName(key)}.json`);
        }
        restore(file, key, restoreKeys) {
          const entries = this.entries();
          let found = entries.find((e) => e.key === key);
          for (const prefix of restoreKeys) {
            if (found)
              break;
            found = entries.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.savedAt - a.savedAt)[0];
          }
          if (!found)
            return Promise.resolve(void 0);
          node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), { recursive: true });
          node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync(this.archiveOf(found.key), file);
          return Promise.resolve(found.key);
        }
        save(file, key) {
          if (node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(this.metaOf(key)))
            return Promise.resolve();
          node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(this.dir, { recursive: true });
          const tmp = `.${DirStore.entryName(key)}.${process.pid}.${node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes(4).toString("hex")}`;
          const tmpArchive = node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.dir, `${tmp}.tar.tmp`);
          const tmpMeta = node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.dir, `${tmp}.json.tmp`);
          try {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync(file, tmpArchive);
            const meta = { key, savedAt: Date.now(), size: node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(tmpArchive).size };
            node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(tmpMeta, JSON.stringify(meta) + "\n");
            node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmpArchive, this.archiveOf(key));
            node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmpMeta, this.metaOf(key));
          } finally {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmpArchive, { force: true });
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmpMeta, { force: true });
          }
          return Promise.resolve();
        }
      }
    })
  )
};
