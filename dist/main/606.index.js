export const id = 606;
export const ids = [606];
export const modules = {

/***/ 5606:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubLogRenderer: () => (/* binding */ GitHubLogRenderer)
});

// UNUSED EXPORTS: checksAnnotationsEnabled, warningCheckAnnotation

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/buildkit/progress.js
var progress = __webpack_require__(6173);
// EXTERNAL MODULE: ./lib/buildkit/errors.js
var errors = __webpack_require__(2909);
// EXTERNAL MODULE: ./lib/solve/run/run.js + 24 modules
var run = __webpack_require__(191);
;// CONCATENATED MODULE: ./lib/solve/render/plain.js
/**
 * Renders build events as buildx's plain progress, then the build's warnings (` N warnings found:`, each with its
 * detail, URL and Dockerfile lines) and the failures (source snippet and error line). Used by the CLI (to stderr).
 */



function createPlainRenderer(sink, opts = {}) {
    const tracker = new ProgressTracker();
    const printer = new PlainProgressPrinter(opts.quiet ? () => { } : sink, { multiTarget: opts.multiTarget ?? true, description: opts.description });
    printer.attach(tracker);
    return {
        tracker,
        onEvent(event) {
            switch (event.type) {
                case 'status':
                    tracker.update(event.message, event.target);
                    break;
                case 'target-done':
                case 'target-failed':
                case 'target-cancelled':
                    tracker.endTarget(event.target);
                    break;
                case 'warning':
                    sink(`WARNING: ${event.target ? `target ${event.target}: ` : ''}${event.message}`);
                    break;
                case 'info':
                    if (!opts.quiet)
                        sink(`${event.target ? `[${event.target}] ` : ''}${event.message}`);
                    break;
                default:
                    break;
            }
        },
        finish(result) {
            printer.finish();
            // buildx printWarnings, expanded as `docker --debug` shows it: each build check with its rule, URL and lines
            if (opts.warnings ?? !opts.quiet)
                for (const line of formatBuildWarnings(tracker.allWarnings()))
                    sink(line);
            for (const t of result?.targets ?? []) {
                if (t.status !== 'failed' || !t.error)
                    continue;
                const cause = t.error instanceof TargetFailedError ? t.error.cause_ : t.error;
                if (cause instanceof SolveError) {
                    cause.fillFromProgress(tracker, t.target);
                    const snippet = cause.formatSourceSnippet();
                    if (snippet)
                        sink(snippet);
                }
                sink(`ERROR: ${t.error.message}`);
            }
        },
    };
}
/** The warnings block after a build: every distinct warning with its detail, URL and Dockerfile lines (buildx
 * printWarnings in `docker --debug` form); nothing without warnings. */
function formatBuildWarnings(warnings) {
    return (0,progress/* formatWarningsSummary */.Ji)(warnings, { verbose: true, source: (w) => (0,errors/* warningSource */.CB)(w.info, w.ranges)?.snippet ?? [] });
}

// EXTERNAL MODULE: ./lib/solve/call/call.js
var call = __webpack_require__(3878);
// EXTERNAL MODULE: ./lib/solve/target/attribute-values.js
var attribute_values = __webpack_require__(9960);
;// CONCATENATED MODULE: ./lib/action/render-github.js
/**
 * The job log on GitHub: one collapsible group per target, printed when the target ends (so concurrent
 * targets do not interleave), a heartbeat line per running target while work goes on, and an error
 * annotation on the Dockerfile line of a failed step with the last lines of its output. Build checks (the
 * Dockerfile frontend's warnings, and the results of `call = "check"`) are listed in the target's group and become
 * warning annotations on their Dockerfile lines, as docker/bake-action makes them (DOCKER_BUILD_CHECKS_ANNOTATIONS);
 * the results of calls are printed after the groups, as buildx prints them.
 */








/** docker/bake-action: DOCKER_BUILD_CHECKS_ANNOTATIONS, a bool, on unless set false. */
function checksAnnotationsEnabled(env = process.env) {
    const v = env.DOCKER_BUILD_CHECKS_ANNOTATIONS;
    if (!v)
        return true;
    const b = (0,attribute_values/* parseGoBool */.MY)(v);
    if (b === undefined)
        throw new Error(`DOCKER_BUILD_CHECKS_ANNOTATIONS: ${JSON.stringify(v)} is not a bool`);
    return b;
}
const TAIL = 10;
class GitHubLogRenderer {
    sink;
    paths;
    options;
    targets = new Map();
    /** targets whose group was printed, kept for the summary and annotations */
    finished = new Map();
    heartbeat;
    heartbeatMs;
    clock;
    constructor(sink, paths, options = {}) {
        this.sink = sink;
        this.paths = paths;
        this.options = options;
        this.heartbeatMs = options.heartbeatMs ?? 15_000;
        this.clock = options.clock ?? Date.now;
    }
    log(target) {
        let t = this.targets.get(target);
        if (!t) {
            const tracker = new progress/* ProgressTracker */.si();
            const lines = [];
            const printer = new progress/* PlainProgressPrinter */._C((l) => lines.push(l));
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
        const warnings = (0,progress/* dedupWarnings */.g_)(t.tracker.warnings()).length;
        const warned = warnings ? `, ${warnings === 1 ? '1 warning' : `${warnings} warnings`}` : '';
        this.sink.startGroup(`${status === 'done' ? '✅' : status === 'failed' ? '❌' : '⏹️'} ${target} — ${status} in ${secs}s, ${s.cached}/${s.total} steps cached${warned}`);
        for (const l of t.lines)
            this.sink.write(l);
        for (const l of formatBuildWarnings(t.tracker.warnings()))
            this.sink.write(l);
        this.sink.endGroup();
        this.targets.delete(target);
        this.finished.set(target, { summary: s, tracker: t.tracker, tails: t.tails });
        if (!this.targets.size && this.heartbeat) {
            clearInterval(this.heartbeat);
            this.heartbeat = undefined;
        }
    }
    /** Steps of the target, and its distinct build-check warnings (the job summary's columns). */
    stepCounts(target) {
        const done = this.finished.get(target);
        const summary = done?.summary ?? this.summaryOf(target);
        if (!summary)
            return undefined;
        const tracker = done?.tracker ?? this.targets.get(target)?.tracker;
        return { ...summary, warnings: (0,progress/* dedupWarnings */.g_)(tracker?.warnings() ?? []).length };
    }
    /**
     * After the run: annotations for failed targets and the error lines; the results of calls (`check`, `outline`,
     * `targets`), as buildx prints them; build checks as warning annotations. Returns the exit code the calls ask for
     * (buildx's: 1 when a check found something, unless `ignorestatus`), 0 without calls.
     */
    finish(result) {
        if (this.heartbeat)
            clearInterval(this.heartbeat);
        for (const t of result.targets)
            if (t.status === 'failed')
                this.annotate(t);
        let exitCode = 0;
        const printed = result.definition ? (0,call/* printCallResults */.Qe)(result, result.definition, this.options.call) : undefined;
        if (printed) {
            this.sink.startGroup(`Call results (${result.targets.filter((t) => t.call).map((t) => t.target).join(', ')})`);
            for (const line of printed.text.replace(/\n$/, '').split('\n'))
                this.sink.write(line);
            this.sink.endGroup();
            exitCode = printed.exitCode;
        }
        let annotateChecks = this.options.checksAnnotations;
        if (annotateChecks === undefined) {
            try {
                annotateChecks = checksAnnotationsEnabled();
            }
            catch (err) {
                this.sink.warning(`${err.message}: build checks are annotated`);
                annotateChecks = true;
            }
        }
        if (annotateChecks)
            this.annotateChecks(result);
        return exitCode;
    }
    /**
     * Build checks as docker/bake-action annotates them (actions-toolkit convertWarningsToGitHubAnnotations): one warning
     * per distinct check, titled with the rule's description, `Rule: message` and its URL as the message, at the first
     * line of its range, in the target's Dockerfile when that file is in the workspace and holds the text the check
     * was made on (an inline Dockerfile, or one outside the workspace, is not annotated).
     */
    annotateChecks(result) {
        const seen = new Set();
        const annotations = [];
        const add = (target, a) => {
            const file = a.file && a.data ? this.workspaceFile(target, a.file, a.data) : undefined;
            if (!file)
                return;
            const props = { title: a.title, file, ...(a.startLine ? { startLine: a.startLine } : {}) };
            const key = JSON.stringify([a.message, props]);
            if (seen.has(key))
                return;
            seen.add(key);
            annotations.push({ message: a.message, props });
        };
        for (const t of result.targets) {
            const done = this.finished.get(t.target);
            for (const w of (0,progress/* dedupWarnings */.g_)(done?.tracker.warnings() ?? [])) {
                const a = warningCheckAnnotation(w);
                if (a)
                    add(t.target, a);
            }
            if (t.call?.spec.name === 'lint')
                for (const a of (0,call/* lintAnnotations */.qJ)(t.call.response))
                    add(t.target, a);
        }
        if (!annotations.length)
            return;
        this.sink.startGroup(`Generating GitHub annotations (${annotations.length} build checks found)`);
        for (const a of annotations)
            this.sink.warning(a.message, a.props);
        this.sink.endGroup();
    }
    /** The workspace-relative path of `name` in the target's Dockerfile directory, if it holds `data`. */
    workspaceFile(target, name, data) {
        const dir = this.paths.dockerfileDir(target);
        if (!dir)
            return undefined;
        const file = external_node_path_.resolve(dir, name);
        const rel = external_node_path_.relative(this.paths.workspace, file);
        if (rel.startsWith('..') || external_node_path_.isAbsolute(rel))
            return undefined;
        try {
            if (!external_node_fs_.readFileSync(file).equals(data))
                return undefined;
        }
        catch {
            return undefined;
        }
        return rel.split(external_node_path_.sep).join('/');
    }
    annotate(outcome) {
        const error = outcome.error;
        const cause = error instanceof run.TargetFailedError ? error.cause_ : error;
        const done = this.finished.get(outcome.target);
        let message = error.message;
        let props = { title: `target ${outcome.target} failed` };
        if (cause instanceof errors/* SolveError */.Y) {
            if (done)
                cause.fillFromProgress(done.tracker);
            const a = cause.toAnnotation();
            props = { title: a.title };
            const dir = this.paths.dockerfileDir(outcome.target);
            if (a.file && dir) {
                props.file = external_node_path_.relative(this.paths.workspace, external_node_path_.resolve(dir, a.file)).split(external_node_path_.sep).join('/');
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
/** A build warning as docker/bake-action annotates it (undefined for one without detail, rule text or source). */
function warningCheckAnnotation(w) {
    const text = (b) => Buffer.from(b ?? new Uint8Array()).toString('utf8');
    if (!w.detail?.length || !w.short?.length || !w.info?.filename || !w.info.data?.length)
        return undefined;
    const line = w.ranges?.[0]?.start?.line;
    return {
        title: w.detail.map(text).join(' '),
        message: `${text(w.short).replace(/\s\(line \d+\)$/, '')}${w.url ? `\nMore info: ${w.url}` : ''}`,
        file: w.info.filename,
        data: Buffer.from(w.info.data),
        ...(line ? { startLine: line } : {}),
    };
}


/***/ })

};
