export const id = 962;
export const ids = [962];
export const modules = {

/***/ 8962:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   summaryMarkdown: () => (/* binding */ summaryMarkdown),
/* harmony export */   writeSummary: () => (/* binding */ writeSummary)
/* harmony export */ });
/* harmony import */ var _toolkit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4112);
/* harmony import */ var _solve_render_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4036);
/**
 * The job summary: one row per target with what became of it (done, failed, or cancelled/skipped naming the failed
 * target that caused it: render/report.ts), duration, steps cached/total, build-check warnings, platforms, pushed image
 * names and digest, and the caches it imported/exported; then, for the targets that did not build, why (the error's
 * first line, or the reason they were stopped), and what the publish policy published. Built only from target names,
 * counts, platforms, image names, digests, cache types and error messages; main.ts redacts the whole text before
 * writing it.
 */


const ICON = { built: '✅', failed: '❌', cancelled: '⏹️', skipped: '⏭️' };
/** The status cell's word (a built target has always been `done` here). */
const WORD = { built: 'done', failed: 'failed', cancelled: 'cancelled', skipped: 'skipped' };
/** Warnings of a `call = "check"` target: the checks its result lists. */
function lintWarningCount(response) {
    try {
        const results = JSON.parse(response['result.json'] ?? 'null');
        return results?.warnings?.length ?? 0;
    }
    catch {
        return undefined;
    }
}
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function summaryMarkdown(result, info) {
    const rows = result.targets.map((t) => {
        const md = result.metadata[t.target] ?? {};
        const { steps, spec } = info(t.target);
        const report = (0,_solve_render_report_js__WEBPACK_IMPORTED_MODULE_1__/* .targetReport */ .mh)(t);
        const icon = ICON[report.end];
        const names = typeof md['image.name'] === 'string' ? md['image.name'].split(',').join('<br>') : '';
        const digest = typeof md['containerimage.digest'] === 'string' ? `\`${md['containerimage.digest']}\`` : '';
        const platforms = spec?.platforms.length ? spec.platforms.join(', ') : 'default';
        // what the daemon was asked to import/export (after the GHA default was applied), with failures
        const cacheCell = (arrow, e) => {
            const mode = /mode=(\w+)/.exec(e.entry)?.[1];
            return `${arrow} ${e.type}${mode ? ` (${mode})` : ''}${e.error ? ' ⚠️ failed' : ''}`;
        };
        const caches = t.cache
            ? [...t.cache.imports.map((e) => cacheCell('⬇', e)), ...t.cache.exports.map((e) => cacheCell('⬆', e))].join('<br>')
            : spec
                ? [
                    ...spec.cacheFrom.map((c) => `⬇ ${c.type}`),
                    ...spec.cacheTo.map((c) => `⬆ ${c.type}${c.mode ? ` (${c.mode})` : ''}`),
                ].join('<br>')
                : '';
        const stepText = steps ? `${steps.cached}/${steps.total}` : '';
        const warnings = t.call
            ? t.call.spec.name === 'lint'
                ? lintWarningCount(t.call.response)
                : undefined
            : steps?.warnings;
        const warningText = warnings === undefined ? '' : warnings > 0 ? `⚠️ ${warnings}` : '0';
        const status = t.call && t.status === 'done'
            ? `${icon} ${t.call.spec.name === 'lint' ? 'check' : t.call.spec.name}`
            : `${icon} ${WORD[report.end]}${report.cause ? ` ("${report.cause}" failed)` : ''}`;
        return `| ${cell(t.target)} | ${status} | ${(t.durationMs / 1000).toFixed(1)}s | ${stepText} | ${warningText} | ${cell(platforms)} | ${cell(names)} | ${digest} | ${cell(caches)} |`;
    });
    const ok = result.targets.filter((t) => t.status === 'done').length;
    const publish = (0,_solve_render_report_js__WEBPACK_IMPORTED_MODULE_1__/* .publishLines */ .v2)(result.publish);
    const notBuilt = result.targets.map(_solve_render_report_js__WEBPACK_IMPORTED_MODULE_1__/* .targetReport */ .mh).filter((r) => r.end !== 'built');
    const why = notBuilt.length
        ? [
            '',
            '#### Not built',
            '',
            ...notBuilt.map((r) => `- ${ICON[r.end]} **${cell(r.target)}** ${r.end}${r.detail ? `: ${cell(r.detail)}` : ''}`),
        ]
        : [];
    const warm = result.warm?.length
        ? [
            '',
            '#### Cache warming',
            '',
            '| Target | Result | Steps cached | Cache saved |',
            '| --- | --- | --- | --- |',
            ...result.warm.map((w) => `| ${cell(w.target)} | ${w.result === 'warm' ? '♨️ already warm' : w.result === 'built' ? '🔨 built' : w.result} | ${w.cachedSteps}/${w.steps} | ${w.result === 'failed' || w.result === 'cancelled' ? '-' : w.cacheSaved ? 'yes' : 'no'} |`),
        ]
        : [];
    return [
        '### bakekit',
        '',
        `${ok}/${result.targets.length} targets built${ok < result.targets.length ? ` (${(0,_solve_render_report_js__WEBPACK_IMPORTED_MODULE_1__/* .countsLine */ .J7)(result)})` : ''}.`,
        ...(publish.length
            ? ['', ...publish.map((l) => `**${cell(l.split(':')[0])}**:${cell(l.slice(l.indexOf(':') + 1))}`)]
            : []),
        '',
        '| Target | Status | Duration | Steps cached | Warnings | Platforms | Images | Digest | Cache |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
        ...why,
        ...warm,
        '',
    ].join('\n');
}
async function writeSummary(markdown) {
    await _toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe(markdown);
}


/***/ }),

/***/ 4036:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J7: () => (/* binding */ countsLine),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   VI: () => (/* binding */ targetReportLines),
/* harmony export */   mh: () => (/* binding */ targetReport),
/* harmony export */   v2: () => (/* binding */ publishLines)
/* harmony export */ });
/* unused harmony export nothingPublishedLine */
/** The first line of an error message, at most `max` characters. */
function firstLine(text, max = 200) {
    const line = (text.split('\n', 1)[0] ?? '').trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
function targetReport(o) {
    if (o.status === 'done')
        return { target: o.target, end: 'built' };
    if (o.status === 'failed')
        return { target: o.target, end: 'failed', ...(o.error ? { detail: firstLine(o.error.message) } : {}) };
    return {
        target: o.target,
        end: o.skipped ? 'skipped' : 'cancelled',
        ...(o.reason ? { detail: firstLine(o.reason) } : {}),
        ...(o.cancelledBy ? { cause: o.cancelledBy } : {}),
    };
}
/** `2 built, 1 failed, 1 cancelled, 1 skipped` (counts that are 0 left out, built always shown). */
function countsLine(result) {
    const reports = result.targets.map(targetReport);
    const count = (e) => reports.filter((r) => r.end === e).length;
    return [
        `${count('built')} built`,
        ...['failed', 'cancelled', 'skipped'].filter((e) => count(e)).map((e) => `${count(e)} ${e}`),
    ].join(', ');
}
/** One line per target (`  app    failed: …`), names padded to a column. */
function targetReportLines(result) {
    const reports = result.targets.map(targetReport);
    const width = Math.max(0, ...reports.map((r) => r.target.length));
    return reports.map((r) => `  ${r.target.padEnd(width)}  ${r.end}${r.detail ? `: ${r.detail}` : ''}`);
}
/** What `publish: all-or-nothing` did, in lines (none without the policy). */
function publishLines(report) {
    if (!report)
        return [];
    if (report.published) {
        if (!report.tagged.length)
            return ['published: nothing to tag (no target pushes an image)'];
        return [`published: every target built; tagged ${report.tagged.map((t) => `${t.name} (${t.digest})`).join(', ')}`];
    }
    if (report.failedTarget) {
        const done = report.tagged.length
            ? `; tagged before it failed: ${report.tagged.map((t) => t.name).join(', ')}`
            : '';
        return [`publishing stopped: tagging the images of target "${report.failedTarget}" failed${done}`];
    }
    return [nothingPublishedLine(report)];
}
/** `nothing published: target "x" failed`, with what stays untagged. */
function nothingPublishedLine(report) {
    const n = report.blockedBy.length;
    const who = n
        ? `${n === 1 ? 'target' : 'targets'} ${report.blockedBy.map((t) => `"${t}"`).join(', ')} ${report.blockedHow === 'cancelled' ? (n === 1 ? 'was' : 'were') + ' cancelled' : 'failed'}`
        : 'the build did not finish';
    const untagged = report.untagged.length
        ? `; pushed by digest and left untagged: ${report.untagged.map((u) => u.reference).join(', ')}`
        : '';
    return `nothing published: ${who}${untagged}`;
}


/***/ })

};
