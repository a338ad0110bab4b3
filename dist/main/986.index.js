export const id = 986;
export const ids = [986];
export const modules = {

/***/ 5986:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubLogRenderer: () => (/* binding */ GitHubLogRenderer)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _buildkit_progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6173);
/* harmony import */ var _buildkit_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2909);
/* harmony import */ var _build_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6734);
/**
 * The job log on GitHub: one collapsible group per target, printed when the target ends (so concurrent
 * targets do not interleave), a heartbeat line per running target while work goes on, and an error
 * annotation on the Dockerfile line of a failed step with the last lines of its output.
 */




const TAIL = 10;
class GitHubLogRenderer {
    sink;
    paths;
    heartbeatMs;
    clock;
    targets = new Map();
    /** targets whose group was printed, kept for the summary and annotations */
    finished = new Map();
    heartbeat;
    constructor(sink, paths, heartbeatMs = 15_000, clock = Date.now) {
        this.sink = sink;
        this.paths = paths;
        this.heartbeatMs = heartbeatMs;
        this.clock = clock;
    }
    log(target) {
        let t = this.targets.get(target);
        if (!t) {
            const tracker = new _buildkit_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .ProgressTracker */ .si();
            const lines = [];
            const printer = new _buildkit_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .PlainProgressPrinter */ ._C((l) => lines.push(l));
            printer.attach(tracker);
            const tails = new Map();
            tracker.subscribe((e) => {
                if (e.type !== 'log')
                    return;
                const tail = tails.get(e.vertex.digest) ?? [];
                tail.push(...e.data.toString('utf8').split('\n').filter((l) => l.trim() !== ''));
                tails.set(e.vertex.digest, tail.slice(-TAIL));
            });
            t = { tracker, lines, printer, startedAt: this.clock(), tails };
            this.targets.set(target, t);
        }
        return t;
    }
    onEvent = (event) => {
        switch (event.type) {
            case 'target-start':
                this.log(event.target);
                this.heartbeat ??= setInterval(() => this.beat(), this.heartbeatMs).unref();
                break;
            case 'status':
                this.log(event.target).tracker.update(event.message);
                break;
            case 'target-done':
            case 'target-failed':
            case 'target-cancelled':
                this.flush(event.target, event.type === 'target-done' ? 'done' : event.type === 'target-failed' ? 'failed' : 'cancelled');
                break;
            case 'warning':
                this.sink.warning(event.target ? `target ${event.target}: ${event.message}` : event.message);
                break;
        }
    };
    summaryOf(target) {
        return this.targets.get(target)?.tracker.summary();
    }
    /** One line per running target: where it is, so a long build is never silent. */
    beat() {
        for (const [name, t] of this.targets) {
            const s = t.tracker.summary();
            const running = t.tracker
                .vertices()
                .filter((v) => v.started !== undefined && v.completed === undefined)
                .map((v) => v.name);
            const secs = Math.round((this.clock() - t.startedAt) / 1000);
            this.sink.write(`[${name}] ${secs}s: ${s.total} steps seen, ${s.cached} cached${running.length ? `; running: ${running.slice(0, 2).join(', ')}` : ''}`);
        }
    }
    flush(target, status) {
        const t = this.log(target);
        t.tracker.endTarget();
        t.printer.finish();
        const s = t.tracker.summary();
        const secs = ((this.clock() - t.startedAt) / 1000).toFixed(1);
        this.sink.startGroup(`${status === 'done' ? '✅' : status === 'failed' ? '❌' : '⏹️'} ${target} — ${status} in ${secs}s, ${s.cached}/${s.total} steps cached`);
        for (const l of t.lines)
            this.sink.write(l);
        this.sink.endGroup();
        this.targets.delete(target);
        this.finished.set(target, { summary: s, tracker: t.tracker, tails: t.tails });
        if (!this.targets.size && this.heartbeat) {
            clearInterval(this.heartbeat);
            this.heartbeat = undefined;
        }
    }
    stepCounts(target) {
        return this.finished.get(target)?.summary ?? this.summaryOf(target);
    }
    /** After the run: annotations for failed targets, and the error lines. */
    finish(result) {
        if (this.heartbeat)
            clearInterval(this.heartbeat);
        for (const t of result.targets)
            if (t.status === 'failed')
                this.annotate(t);
    }
    annotate(outcome) {
        const error = outcome.error;
        const cause = error instanceof _build_run_js__WEBPACK_IMPORTED_MODULE_3__.TargetFailedError ? error.cause_ : error;
        const done = this.finished.get(outcome.target);
        let message = error.message;
        let props = { title: `target ${outcome.target} failed` };
        if (cause instanceof _buildkit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SolveError */ .Y) {
            if (done)
                cause.fillFromProgress(done.tracker);
            const a = cause.toAnnotation();
            props = { title: a.title };
            const dir = this.paths.dockerfileDir(outcome.target);
            if (a.file && dir) {
                props.file = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(this.paths.workspace, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(dir, a.file)).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
                props.startLine = a.startLine;
                props.endLine = a.endLine;
            }
            const tail = cause.vertexDigest ? done?.tails.get(cause.vertexDigest) : undefined;
            if (tail?.length)
                message = `${error.message}\n\nLast lines of output:\n${tail.join('\n')}`;
            const snippet = cause.formatSourceSnippet();
            if (snippet)
                this.sink.write(snippet);
        }
        this.sink.error(message, props);
    }
}


/***/ })

};
