"use strict"; exports.id = 618;
exports.ids = [618];
exports.modules = {
  /***/
  4618: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        provenanceDefaults: () => (
          /* binding */
          provenanceDefaults
        )
        /* harmony export */
      });
      function parseBool(v) {
        if (["1", "t", "T", "TRUE", "true", "True"].includes(v))
          return true;
        if (["0", "f", "F", "FALSE", "false", "False"].includes(v))
          return false;
        throw new Error(`BUILDX_NO_DEFAULT_ATTESTATIONS: invalid boolean "${v}"`);
      }
      function entryType(entry) {
        if (typeof entry === "string")
          return /(?:^|,)\s*type=([^,]*)/.exec(entry)?.[1]?.trim();
        if (entry && typeof entry === "object")
          return entry.type;
        return void 0;
      }
      function hasDockerExporter(targets, load) {
        return load || Object.values(targets).some((t) => Array.isArray(t.output) && t.output.some((o) => entryType(o) === "docker"));
      }
      function provenanceDefaults(ctx, targets) {
        if (ctx.provenance)
          return [];
        const noDefault = ctx.env.BUILDX_NO_DEFAULT_ATTESTATIONS;
        if (noDefault && parseBool(noDefault))
          return [];
        if (hasDockerExporter(targets, ctx.load))
          return [];
        const mode = ctx.privateRepository ? "mode=min,inline-only=true" : "mode=max";
        const attrs = ctx.builderId ? `${mode},builder-id=${ctx.builderId}` : mode;
        const set = [];
        for (const [name, t] of Object.entries(targets)) {
          const attest = Array.isArray(t.attest) ? t.attest : [];
          if (attest.some((a) => entryType(a) === "provenance"))
            continue;
          set.push(`${name}.attest+=type=provenance,${attrs}`);
        }
        return set;
      }
    })
  )
};
