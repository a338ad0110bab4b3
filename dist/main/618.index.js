export const id = 618;
export const ids = [618];
export const modules = {

/***/ 4618:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   provenanceDefaults: () => (/* binding */ provenanceDefaults)
/* harmony export */ });
/**
 * Overrides the action adds on its own: defaults that never replace what the bake file says (docker/bake-action#349,
 * fixed in bake-action#359).
 */
/** Go's strconv.ParseBool as actions-toolkit Util.parseBool, which throws on anything else. */
function parseBool(v) {
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v))
        return true;
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v))
        return false;
    throw new Error(`BUILDX_NO_DEFAULT_ATTESTATIONS: invalid boolean "${v}"`);
}
function entryType(entry) {
    if (typeof entry === 'string')
        return /(?:^|,)\s*type=([^,]*)/.exec(entry)?.[1]?.trim();
    if (entry && typeof entry === 'object')
        return entry.type;
    return undefined;
}
/** actions-toolkit Bake.hasDockerExporter: `load`, or any target with a `type=docker` output. */
function hasDockerExporter(targets, load) {
    return (load ||
        Object.values(targets).some((t) => Array.isArray(t.output) && t.output.some((o) => entryType(o) === 'docker')));
}
/**
 * bake-action v7's default provenance, per target whose definition has no provenance attestation: `mode=max` for a
 * public repository, `mode=min,inline-only=true` for a private one, each with `builder-id` = the run's URL
 * (Build.resolveProvenanceAttrs). None when the `provenance` input is given (it is `--provenance` then), with
 * `BUILDX_NO_DEFAULT_ATTESTATIONS`, or when the run loads into Docker or a target has a `docker` output.
 * bake-action also requires BuildKit \u2265 0.11, which every daemon bakekit supports for attestations.
 */
function provenanceDefaults(ctx, targets) {
    if (ctx.provenance)
        return [];
    const noDefault = ctx.env.BUILDX_NO_DEFAULT_ATTESTATIONS;
    if (noDefault && parseBool(noDefault))
        return [];
    if (hasDockerExporter(targets, ctx.load))
        return [];
    const mode = ctx.privateRepository ? 'mode=min,inline-only=true' : 'mode=max';
    const attrs = ctx.builderId ? `${mode},builder-id=${ctx.builderId}` : mode;
    const set = [];
    for (const [name, t] of Object.entries(targets)) {
        const attest = Array.isArray(t.attest) ? t.attest : [];
        if (attest.some((a) => entryType(a) === 'provenance'))
            continue;
        set.push(`${name}.attest+=type=provenance,${attrs}`);
    }
    return set;
}


/***/ })

};
