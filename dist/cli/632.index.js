"use strict"; exports.id = 632;
exports.ids = [632];
exports.modules = {
  /***/
  5632: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        createRawJsonRenderer: () => (
          /* binding */
          createRawJsonRenderer
        )
        /* harmony export */
      });
      function goTime(ts) {
        if (!ts)
          return void 0;
        const seconds = Number(ts.seconds ?? 0);
        const nanos = Math.trunc(ts.nanos ?? 0);
        const base = new Date(seconds * 1e3).toISOString().slice(0, 19);
        const frac = nanos ? `.${String(nanos).padStart(9, "0").replace(/0+$/, "")}` : "";
        return `${base}${frac}Z`;
      }
      const int = (v) => v === void 0 ? void 0 : Number(v);
      const b64 = (b) => b ? Buffer.from(b).toString("base64") : void 0;
      const omitEmpty = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0 && v !== "" && v !== false && v !== 0 && !(Array.isArray(v) && v.length === 0)));
      function solveStatusJson(s, redactText = (t) => t) {
        return omitEmpty({
          vertexes: s.vertexes?.map((v) => omitEmpty({
            digest: v.digest,
            inputs: v.inputs,
            name: v.name,
            started: goTime(v.started),
            completed: goTime(v.completed),
            cached: v.cached,
            error: v.error,
            progressGroup: v.progressGroup
          })),
          // `id`, `current` and `timestamp` have no omitempty in client.VertexStatus
          statuses: s.statuses?.map((st) => ({
            id: st.ID ?? "",
            ...omitEmpty({ vertex: st.vertex, name: st.name, total: int(st.total) }),
            current: int(st.current) ?? 0,
            timestamp: goTime(st.timestamp) ?? "0001-01-01T00:00:00Z",
            ...omitEmpty({ started: goTime(st.started), completed: goTime(st.completed) })
          })),
          logs: s.logs?.map((l) => ({
            ...omitEmpty({ vertex: l.vertex, stream: int(l.stream) }),
            data: Buffer.from(redactText(Buffer.from(l.msg ?? []).toString("utf8"))).toString("base64"),
            timestamp: goTime(l.timestamp) ?? "0001-01-01T00:00:00Z"
          })),
          warnings: s.warnings?.map((w) => omitEmpty({
            vertex: w.vertex,
            level: int(w.level),
            short: b64(w.short),
            detail: w.detail?.map((d) => b64(d)),
            url: w.url
          }))
        });
      }
      function createRawJsonRenderer(sink, redactText) {
        return (event) => {
          if (event.type === "status")
            sink(JSON.stringify(solveStatusJson(event.message, redactText)));
          else if (event.type === "warning")
            sink(`WARNING: ${event.target ? `target ${event.target}: ` : ""}${event.message}`);
        };
      }
    })
  )
};
