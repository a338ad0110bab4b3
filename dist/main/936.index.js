export const id = 936;
export const ids = [936];
export const modules = {

/***/ 8936:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMergeStep: () => (/* binding */ runMergeStep)
});

// EXTERNAL MODULE: ./lib/action/toolkit.js
var toolkit = __webpack_require__(4112);
// EXTERNAL MODULE: ./lib/bake/errors.js
var errors = __webpack_require__(7554);
// EXTERNAL MODULE: ./lib/build/bake.js + 23 modules
var bake = __webpack_require__(9607);
// EXTERNAL MODULE: ./lib/build/merge.js
var merge = __webpack_require__(4412);
;// CONCATENATED MODULE: ./lib/build/outputs/merge-command.js
/**
 * The merge command shared by the CLI (`bakekit merge`) and the action (`merge: true`): read the build jobs'
 * metadata, resolve the bake definition (when there is one) for the targets' tags, merge.
 */



/** Reads the jobs' metadata, resolves the definition (when there is one) for the targets found there, and merges. */
async function runMergeCommand(opts) {
    if (!opts.from.length)
        throw new Error("nothing to merge: give the build jobs' metadata with --from (a file, a directory of them, or the JSON)");
    const inputs = (0,merge/* readMetadataInputs */.nR)(opts.from, opts.cwd);
    const targets = opts.targets.length ? opts.targets : (0,merge/* metadataTargets */.cu)(inputs);
    let specs = [];
    const bakeOpts = { files: opts.files, targets, set: opts.set, cwd: opts.cwd, env: opts.env };
    try {
        specs = (0,bake.targetSpecs)(await (0,bake.resolveDefinition)(bakeOpts), opts.cwd);
    }
    catch (err) {
        // No bake file at all is fine for a merge (the tags then come from the jobs' image names); a broken one is not.
        const none = err instanceof errors/* BakeError */.o && /couldn't find a bake definition/.test(err.message) && !opts.files.length;
        if (!none)
            throw err;
        if (opts.set.length)
            throw new Error(`--set needs a bake definition: ${err.message}`);
    }
    return (0,merge/* mergeFromMetadata */.Cz)({ specs, inputs, targets: opts.targets, env: opts.env, signal: opts.signal, log: opts.log });
}

;// CONCATENATED MODULE: ./lib/action/merge.js
/**
 * The action's merge mode (`merge: true`): the job after a matrix of per-platform builds. Reads the build jobs'
 * metadata (`merge-from`), pushes one multi-platform index per target under its tags, and sets the same outputs as
 * a build (`metadata`, `digests`, `images`).
 */


async function runMergeStep(inputs, cwd, signal) {
    if (!inputs.mergeFrom.length)
        throw new Error('merge: true needs merge-from: the build jobs\' metadata files (or a directory of them)');
    const metadata = await runMergeCommand({
        files: inputs.files,
        set: inputs.set,
        targets: inputs.targets,
        from: inputs.mergeFrom,
        cwd,
        env: process.env,
        signal,
        log: (line) => toolkit/* info */.pq(line),
    });
    toolkit/* setOutput */.uH('metadata', JSON.stringify(metadata));
    const digests = {};
    const images = {};
    for (const [target, md] of Object.entries(metadata)) {
        if (typeof md['containerimage.digest'] === 'string')
            digests[target] = md['containerimage.digest'];
        if (typeof md['image.name'] === 'string')
            images[target] = md['image.name'].split(',');
    }
    toolkit/* setOutput */.uH('digests', JSON.stringify(digests));
    toolkit/* setOutput */.uH('images', JSON.stringify(images));
    if (inputs.summary) {
        const rows = Object.entries(metadata).map(([t, md]) => `| ${t} | ${String(md['image.name'] ?? '').replace(/\|/g, '\\|')} | \`${String(md['containerimage.digest'] ?? '')}\` |`);
        try {
            await toolkit/* appendSummary */.fe(['### bakekit merge', '', '| Target | Images | Digest |', '| --- | --- | --- |', ...rows, ''].join('\n'));
        }
        catch (err) {
            toolkit/* warning */.$e(`could not write the job summary: ${err.message}`);
        }
    }
}


/***/ })

};
