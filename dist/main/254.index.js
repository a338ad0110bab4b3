export const id = 254;
export const ids = [254];
export const modules = {

/***/ 1254:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_IDENTITY_ENTRIES: () => (/* binding */ DEFAULT_MAX_IDENTITY_ENTRIES),
/* harmony export */   FIND_FROM_ENTRIES: () => (/* binding */ FIND_FROM_ENTRIES),
/* harmony export */   FIND_RECORD: () => (/* binding */ FIND_RECORD),
/* harmony export */   IN_PROCESS_IDENTITY_ENTRIES: () => (/* binding */ IN_PROCESS_IDENTITY_ENTRIES),
/* harmony export */   WORKER_SOURCE: () => (/* binding */ WORKER_SOURCE),
/* harmony export */   directoryIdentity: () => (/* binding */ directoryIdentity),
/* harmony export */   findIdentity: () => (/* binding */ findIdentity),
/* harmony export */   hasMoreEntries: () => (/* binding */ hasMoreEntries),
/* harmony export */   identifyDirectories: () => (/* binding */ identifyDirectories),
/* harmony export */   identifyInWorker: () => (/* binding */ identifyInWorker)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/**
 * The identity of a directory's present state, for naming the session that serves it (solve/run/session-ids.ts).
 *
 * BuildKit keys a local source by the id of the session it comes from (source/local/source.go: SessionID and the
 * request's patterns), so a session whose id is a function of the directory's state lets the daemon reuse the
 * snapshot it made from the same state earlier, with no transfer at all. That is only sound if every change a build
 * could see changes the identity. The walk covers the whole tree under the root, whatever a build's patterns will be
 * (a frontend picks those, not us), and takes from each entry what any change to it moves: its name, its inode and
 * device, and its ctime, which the kernel sets on every write, truncate, chmod, chown, link or rename and which no
 * user call can set back; plus the metadata fsutil sends (mode, size, mtime, uid, gid, rdev). Equal identities
 * therefore mean the same inodes, none modified since: a stronger condition than the one fsutil's own incremental
 * transfer trusts (equal size and mtime).
 *
 * Two walks compute it. On Linux GNU find lists a tree of more than FIND_FROM_ENTRIES entries in a child process
 * (findIdentity), beside the main thread; a smaller tree, another system, or a tree find cannot list is walked by this
 * process or a worker thread (walkIdentity). Both take the same fields; their layouts and orders differ, so their
 * digests do too, and which walk a tree gets depends on that tree alone (identifyDirectories).
 */





/** Entries (files, directories, links) beyond which a tree is not worth identifying: the walk costs ~5 \u00b5s each. */
const DEFAULT_MAX_IDENTITY_ENTRIES = 100_000;
/**
 * Entries walked on the main thread before the rest goes to a worker. A worker thread costs ~0.3 s of CPU to start (a
 * second isolate, its bootstrap and module compilation) and ~15 MB of memory, against ~4 \u00b5s per entry walked in
 * process; its one gain is running beside the main thread. On the bench's 20,000-file context the worker lost on
 * every count (Node 24, same daemon): unchanged 0.54 -> 0.49 s wall, client CPU 0.67 -> 0.56 s, peak RSS 105 -> 90 MB;
 * one file changed: same wall, 0.1 s less CPU (docs/benchmarks.md, round 5). Only trees of tens of thousands of
 * entries (up to DEFAULT_MAX_IDENTITY_ENTRIES) go to a worker.
 */
const IN_PROCESS_IDENTITY_ENTRIES = 50_000;
/**
 * Digest (sha256, hex) of the state of the tree under `root`, or undefined when it cannot be identified (more than
 * `maxEntries` entries, or an entry that cannot be listed or stat'ed: the transfer will report it if it matters).
 */
function directoryIdentity(root, maxEntries = DEFAULT_MAX_IDENTITY_ENTRIES) {
    return walkIdentity(root, maxEntries, { fs: node_fs__WEBPACK_IMPORTED_MODULE_2__, path: node_path__WEBPACK_IMPORTED_MODULE_4__, createHash: node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash }) || undefined;
}
/**
 * The walk, self-contained: identifyInWorker runs it from its source text, so it uses nothing but its parameters.
 * Entries go into one 64 KiB buffer (name length, name, nine doubles) hashed as it fills. Returns false when the tree
 * has more than `maxEntries` entries, undefined when an entry cannot be listed or stat'ed.
 */
function walkIdentity(root, maxEntries, m, walked = { entries: 0 }) {
    const CHUNK = 64 * 1024;
    const hash = m.createHash('sha256');
    let chunk = Buffer.allocUnsafe(CHUNK);
    let used = 0;
    const add = (rel, st) => {
        const need = 4 + Buffer.byteLength(rel) + 9 * 8;
        if (used + need > chunk.length) {
            hash.update(chunk.subarray(0, used));
            used = 0;
            if (need > chunk.length)
                chunk = Buffer.allocUnsafe(need); // a path longer than a chunk
        }
        let o = chunk.writeUInt32LE(need - 4 - 9 * 8, used);
        o += chunk.write(rel, o);
        // Doubles are exact for every field here but the two times, whose sub-microsecond digits a double rounds; an
        // equal rounded ctime on the same inode after a change needs two changes within ~0.2 \u00b5s of each other.
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
    // Plain concatenation below: path.join would normalise every one of the names again.
    const base = m.path.resolve(root);
    const prefix = base.endsWith('/') ? base : `${base}/`;
    try {
        const rootStat = m.fs.lstatSync(base);
        if (!rootStat.isDirectory())
            return undefined;
        add('', rootStat);
        const pending = [''];
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
    }
    catch {
        return undefined;
    }
    hash.update(chunk.subarray(0, used));
    return hash.digest('hex');
}
/**
 * Whether the tree under `root` has more than `limit` entries, counted from directory listings alone (their entry
 * types, no lstat): finding out that a tree goes to find costs ~6 directory reads instead of 1,000 lstat calls, 2
 * against 6-13 ms of the main thread on the bench's context, before find can start. The walk counts the same entries
 * (symbolic links not followed). False where a directory cannot be read: the walk then says what it makes of that.
 */
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
    }
    catch {
        return false;
    }
    return false;
}
/**
 * Entries of a tree walked in this process before it goes to find instead: starting find costs the main thread 4-8 ms
 * (forking this process), about what walking 1,000 entries here does (~5 \u00b5s each). So small trees, the usual contexts
 * and Dockerfile directories, never start a process; on a larger one counting its first 1,000 entries (hasMoreEntries)
 * is the only work lost.
 */
const FIND_FROM_ENTRIES = 1_000;
/**
 * The identities of `dirs`, each settling when its walk is done. A tree of up to FIND_FROM_ENTRIES entries is walked
 * here at once. On Linux a larger one is listed by GNU find in a child process (findIdentity), beside the main
 * thread. Where find cannot list it (another find, no find, an unreadable entry), or on another system, the walk is in
 * this process or on a worker thread (identifyInWorker). Which walk a tree gets depends on that tree alone, so an
 * unchanged tree keeps its identity from run to run. `onLargeTree` hears of every larger tree on every system.
 */
function identifyDirectories(dirs, { maxEntries = DEFAULT_MAX_IDENTITY_ENTRIES, inProcessEntries = IN_PROCESS_IDENTITY_ENTRIES, find, findFromEntries = FIND_FROM_ENTRIES, onLargeTree, } = {}) {
    const program = find ?? (process.platform === 'linux' ? 'find' : false);
    const out = new Map();
    const unlisted = [];
    const limit = Math.min(findFromEntries, maxEntries);
    for (const d of new Set(dirs)) {
        const small = hasMoreEntries(d, limit) ? false : walkIdentity(d, limit, { fs: node_fs__WEBPACK_IMPORTED_MODULE_2__, path: node_path__WEBPACK_IMPORTED_MODULE_4__, createHash: node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash });
        if (small !== false) {
            out.set(d, Promise.resolve(small || undefined));
            continue;
        }
        // told before the large walk starts, whichever walk it is, so that its own hot loop is compiled too
        onLargeTree?.();
        if (program === false) {
            unlisted.push(d);
            continue;
        }
        const listed = findIdentity(d, maxEntries, program);
        out.set(d, listed.then((id) => id === null ? identifyInWorker([d], maxEntries, inProcessEntries).get(d) : id || undefined));
    }
    for (const [d, identity] of identifyInWorker(unlisted, maxEntries, inProcessEntries))
        out.set(d, identity);
    return out;
}
/**
 * The identities of `dirs` walked by this process. Small trees are walked right away, in process, while the walks stay
 * within `inProcessEntries` entries in all; the others on a worker thread, so that their walk (~0.1 s for 20,000 files)
 * overlaps what the main thread does meanwhile (loading the build code, connecting, asking the daemon what it
 * supports). Resolves each dir once the worker reports it; if the worker cannot run, in-process after all.
 */
function identifyInWorker(dirs, maxEntries = DEFAULT_MAX_IDENTITY_ENTRIES, inProcessEntries = IN_PROCESS_IDENTITY_ENTRIES) {
    const out = new Map();
    const large = [];
    let budget = Math.min(inProcessEntries, maxEntries);
    for (const d of dirs) {
        // a walk over the budget stops there (false): the entries it saw are the only work lost
        const walked = { entries: 0 };
        const identity = budget > 0 ? walkIdentity(d, budget, { fs: node_fs__WEBPACK_IMPORTED_MODULE_2__, path: node_path__WEBPACK_IMPORTED_MODULE_4__, createHash: node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash }, walked) : false;
        if (identity === false) {
            large.push(d);
            budget = 0; // the next tree may be small, but one large tree already pays for the worker
        }
        else {
            out.set(d, Promise.resolve(identity));
            budget -= walked.entries;
        }
    }
    if (large.length === 0)
        return out;
    dirs = large;
    const settle = new Map();
    for (const d of dirs)
        out.set(d, new Promise((resolve) => settle.set(d, resolve)));
    const inProcess = () => {
        for (const [d, resolve] of settle)
            resolve(directoryIdentity(d, maxEntries));
        settle.clear();
    };
    // node:worker_threads loads only here: 5-9 ms on Node 24 that a run without a large tree does not pay
    void Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5919, 19)).then(({ Worker }) => {
        let worker;
        try {
            worker = new Worker(WORKER_SOURCE, {
                eval: true,
                workerData: { dirs: [...dirs], maxEntries },
                stdout: true,
                stderr: true,
            });
        }
        catch {
            inProcess();
            return;
        }
        worker.unref(); // never what keeps the process alive
        worker.on('message', ([dir, identity]) => {
            settle.get(dir)?.(identity ?? undefined);
            settle.delete(dir);
        });
        worker.on('error', inProcess);
        worker.on('exit', inProcess); // anything not reported (nothing, normally)
    }, inProcess);
    return out;
}
/** The worker's script (eval'd): the walk's own source text and a loop over the directories. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const walkIdentity = ${walkIdentity.toString()};
const m = { fs: require('node:fs'), path: require('node:path'), createHash: require('node:crypto').createHash };
for (const dir of workerData.dirs) parentPort.postMessage([dir, walkIdentity(dir, workerData.maxEntries, m) || null]);
`;
/**
 * What GNU find writes of each entry: its path below the root, NUL-terminated (a name cannot hold a NUL, so a name
 * with a newline in it stays unambiguous), then its type, permission bits, size, mtime and ctime (to the nanosecond),
 * inode, device, uid and gid. The same fields as the in-process walk, in find's order of the entries.
 */
const FIND_RECORD = '%P\\0%y %m %s %T@ %C@ %i %D %U %G\\n';
/** How often a running find's listing is read, counted and hashed while the event loop is free. */
const FIND_POLL_MS = 20;
/**
 * The identity of `root` walked by GNU find in a child process (`find -P root -printf FIND_RECORD`): a digest of its
 * listing, false for a tree of more than `maxEntries` entries (find is stopped there), null when find could not
 * make the listing (not GNU find, an entry it could not read, no such program): the caller walks in process then.
 *
 * Why a process: the walk is ~20,000 lstat calls for the bench's context, ~0.1 s of one core, and on the main thread
 * it came before loading the build code; a worker thread costs about as much again to start. find starts in a few
 * milliseconds and walks on the other core while the main thread loads. Its listing goes to an unlinked temporary
 * file, not a pipe: a pipe holds ~64 KiB, and find would wait on it for as long as module compilation keeps the
 * main thread from reading (measured: the walk took 230 instead of 80 ms). What find has written is read, counted and
 * hashed whenever the event loop is free, and the rest when it exits.
 */
function findIdentity(root, maxEntries = DEFAULT_MAX_IDENTITY_ENTRIES, find = 'find') {
    const base = node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(root);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync(base, { throwIfNoEntry: false })?.isDirectory())
        return Promise.resolve(null);
    let fd;
    const listing = node_path__WEBPACK_IMPORTED_MODULE_4__.join(node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir(), `bakekit-identity-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(8).toString('hex')}`);
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(listing, 'wx+', 0o600); // O_EXCL: our own new file, never one planted there
    }
    catch {
        return Promise.resolve(null);
    }
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_2__.unlinkSync(listing); // nothing left behind, whatever happens to this process or to find
    }
    catch {
        /* still usable; only a file of names and stat fields, readable by this user alone, stays in tmpdir */
    }
    return new Promise((resolve) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
        const buf = Buffer.allocUnsafe(256 * 1024);
        let read = 0;
        let entries = -1; // the root's own record is not an entry below it
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
        /** Hashes and counts what find has written since; false once the tree is over the limit. */
        const catchUp = () => {
            for (;;) {
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
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(find, ['-P', base, '-printf', FIND_RECORD], {
                stdio: ['ignore', fd, 'ignore'],
                env: { ...process.env, LC_ALL: 'C' },
            });
        }
        catch {
            finish(null);
            return;
        }
        poll = setInterval(() => {
            try {
                if (!catchUp()) {
                    child.kill();
                    finish(false);
                }
            }
            catch {
                child.kill();
                finish(null);
            }
        }, FIND_POLL_MS);
        poll.unref(); // the child keeps the process alive while it runs, not the poll
        child.on('error', () => finish(null));
        child.on('close', (code) => {
            if (settled)
                return;
            try {
                if (code !== 0)
                    finish(null);
                else
                    finish(catchUp() ? hash.digest('hex') : false);
            }
            catch {
                finish(null);
            }
        });
    });
}


/***/ })

};
