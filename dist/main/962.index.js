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
/**
 * The job summary: one row per target with status, duration, steps cached/total, build-check warnings, platforms,
 * pushed image names and digest, and the caches it imported/exported. Never contains secret values: it is built only
 * from target names, counts, platforms, image names, digests and cache types.
 */

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
        const icon = t.status === 'done' ? '✅' : t.status === 'failed' ? '❌' : '⏹️';
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
                ? [...spec.cacheFrom.map((c) => `⬇ ${c.type}`), ...spec.cacheTo.map((c) => `⬆ ${c.type}${c.mode ? ` (${c.mode})` : ''}`)].join('<br>')
                : '';
        const stepText = steps ? `${steps.cached}/${steps.total}` : '';
        const warnings = t.call ? (t.call.spec.name === 'lint' ? lintWarningCount(t.call.response) : undefined) : steps?.warnings;
        const warningText = warnings === undefined ? '' : warnings > 0 ? `⚠️ ${warnings}` : '0';
        const status = t.call && t.status === 'done' ? `${icon} ${t.call.spec.name === 'lint' ? 'check' : t.call.spec.name}` : `${icon} ${t.status}`;
        return `| ${cell(t.target)} | ${status} | ${(t.durationMs / 1000).toFixed(1)}s | ${stepText} | ${warningText} | ${cell(platforms)} | ${cell(names)} | ${digest} | ${cell(caches)} |`;
    });
    const ok = result.targets.filter((t) => t.status === 'done').length;
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
        `${ok}/${result.targets.length} targets built.`,
        '',
        '| Target | Status | Duration | Steps cached | Warnings | Platforms | Images | Digest | Cache |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
        ...warm,
        '',
    ].join('\n');
}
async function writeSummary(markdown) {
    await _toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe(markdown);
}


/***/ })

};
