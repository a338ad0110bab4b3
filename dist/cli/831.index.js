export const id = 831;
export const ids = [831];
export const modules = {

/***/ 8831:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createTtyDisplay: () => (/* binding */ createTtyDisplay)
/* harmony export */ });
/* harmony import */ var _buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3404);
/**
 * `--progress=tty` (and `auto` at a terminal): a live display for people, in the shape of buildx's TTY mode \u2014 a
 * `[+] Building 3.2s (4/7)` header, one line per step with its time on the right (`CACHED`, `ERROR` in front), the
 * last lines of running steps' output under them (` => => # \u2026`), redrawn in place at most every 100 ms and once more
 * when the build ends. Only the steps that fit the terminal's height are shown, running ones first to stay visible.
 * Reads a ProgressTracker's events; writes ANSI text to `write` (the caller redacts secrets, line by line).
 */

const LOG_LINES = 6;
const NANOS_PER_MS = 1000000n;
function createTtyDisplay(write, tracker, opts) {
    const clock = opts.clock ?? Date.now;
    const startedAt = clock();
    const steps = new Map();
    const order = [];
    let drawnLines = 0;
    let dirty = true;
    let finished = false;
    const step = (v, target) => {
        let s = steps.get(v.digest);
        if (!s) {
            s = { vertex: v, name: '', logs: [], partial: '' };
            steps.set(v.digest, s);
            order.push(s);
        }
        s.name = opts.multiTarget && target ? (0,_buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__/* .prefixVertexName */ .O8)(target, v.name) : v.name;
        return s;
    };
    const unsubscribe = tracker.subscribe((e) => {
        switch (e.type) {
            case 'vertex-started':
            case 'vertex-cached':
            case 'vertex-completed':
            case 'vertex-errored':
            case 'vertex-canceled':
            case 'vertex-changed':
                step(e.vertex, e.vertex.lastTarget ?? e.target);
                dirty = true;
                break;
            case 'log': {
                const s = step(e.vertex, e.vertex.lastTarget ?? e.target);
                const lines = (s.partial + e.data.toString('utf8')).split('\n');
                s.partial = lines.pop() ?? '';
                s.logs.push(...lines);
                if (s.logs.length > LOG_LINES)
                    s.logs.splice(0, s.logs.length - LOG_LINES);
                dirty = true;
                break;
            }
            default:
                break;
        }
    });
    const seconds = (v, nowNs) => {
        if (v.started === undefined)
            return '';
        const end = v.completed ?? nowNs;
        return `${(0,_buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFixed */ .gn)((0,_buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__/* .durationSeconds */ .o8)(end > v.started ? end - v.started : 0n), 1)}s`;
    };
    const frame = () => {
        const now = clock();
        const nowNs = BigInt(now) * NANOS_PER_MS;
        // one column short of the terminal: a line that fills the last column wraps early on some terminals
        const width = Math.max(40, opts.columns() - 1);
        const done = order.filter((s) => s.vertex.completed !== undefined || s.vertex.cached).length;
        const header = `[+] Building ${(0,_buildkit_progress_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFixed */ .gn)((now - startedAt) / 1000, 1)}s (${done}/${order.length})${finished ? ' FINISHED' : ''}`;
        const lines = [];
        // running steps (with their output) stay on screen; finished ones fill what is left, newest kept
        const running = order.filter((s) => s.vertex.started !== undefined && s.vertex.completed === undefined && !s.vertex.cached);
        const budget = Math.max(1, opts.rows() - 2);
        const runningLines = running.reduce((n, s) => n + 1 + (finished ? 0 : s.logs.length), 0);
        let finishedRoom = Math.max(0, budget - runningLines);
        const shown = new Set(running);
        for (let i = order.length - 1; i >= 0 && finishedRoom > 0; i--) {
            const s = order[i];
            if (shown.has(s) || (s.vertex.started === undefined && !s.vertex.cached))
                continue;
            shown.add(s);
            finishedRoom--;
        }
        for (const s of order) {
            if (!shown.has(s))
                continue;
            const v = s.vertex;
            const state = v.cached
                ? 'CACHED '
                : v.error && !/context canceled/.test(v.error)
                    ? 'ERROR '
                    : v.error
                        ? 'CANCELED '
                        : '';
            const time = v.cached ? '0.0s' : seconds(v, nowNs);
            lines.push(fit(` => ${state}${s.name}`, time, width));
            if (!finished && v.completed === undefined && !v.cached)
                for (const l of s.logs)
                    lines.push(cut(` => => # ${l}`, width));
        }
        return [header, ...lines];
    };
    const draw = () => {
        const lines = frame();
        // back to the top of the previous frame, then each line cleared and rewritten; leftovers cleared below
        let out = drawnLines > 0 ? `\x1b[${drawnLines}A` : '';
        for (const l of lines)
            out += `\x1b[2K${l}\n`;
        out += '\x1b[J';
        write(out);
        drawnLines = lines.length;
        dirty = false;
    };
    let sinceDraw = 0;
    const timer = opts.intervalMs === 0
        ? undefined
        : setInterval(() => {
            // redraw on changes, and every second for the running clocks
            sinceDraw += opts.intervalMs ?? 100;
            if (dirty || sinceDraw >= 1000) {
                draw();
                sinceDraw = 0;
            }
        }, opts.intervalMs ?? 100);
    timer?.unref();
    return {
        frame,
        finish() {
            if (finished)
                return;
            finished = true;
            if (timer)
                clearInterval(timer);
            unsubscribe();
            draw();
        },
    };
}
/** `left` and `right` on one line of `width` columns; `left` cut with `\u2026` when both do not fit. */
function fit(left, right, width) {
    const room = width - right.length - 1;
    const l = left.length > room ? `${left.slice(0, Math.max(0, room - 1))}\u2026` : left;
    return `${l}${' '.repeat(Math.max(1, width - l.length - right.length))}${right}`;
}
function cut(line, width) {
    return line.length > width ? `${line.slice(0, width - 1)}\u2026` : line;
}


/***/ })

};
