"use strict"; exports.id = 655;
exports.ids = [655];
exports.modules = {
  /***/
  4036: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        countsLine: () => (
          /* binding */
          countsLine
        ),
        /* harmony export */
        publishLines: () => (
          /* binding */
          publishLines
        ),
        /* harmony export */
        targetReportLines: () => (
          /* binding */
          targetReportLines
        )
        /* harmony export */
      });
      function firstLine(text, max = 200) {
        const line = (text.split("\n", 1)[0] ?? "").trim();
        return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
      }
      function targetReport(o) {
        if (o.status === "done")
          return { target: o.target, end: "built" };
        if (o.status === "failed")
          return { target: o.target, end: "failed", ...o.error ? { detail: firstLine(o.error.message) } : {} };
        return {
          target: o.target,
          end: o.skipped ? "skipped" : "cancelled",
          ...o.reason ? { detail: firstLine(o.reason) } : {},
          ...o.cancelledBy ? { cause: o.cancelledBy } : {}
        };
      }
      function countsLine(result) {
        const reports = result.targets.map(targetReport);
        const count = (e) => reports.filter((r) => r.end === e).length;
        return [
          `${count("built")} built`,
          ...["failed", "cancelled", "skipped"].filter((e) => count(e)).map((e) => `${count(e)} ${e}`)
        ].join(", ");
      }
      function targetReportLines(result) {
        const reports = result.targets.map(targetReport);
        const width = Math.max(0, ...reports.map((r) => r.target.length));
        return reports.map((r) => `  ${r.target.padEnd(width)}  ${r.end}${r.detail ? `: ${r.detail}` : ""}`);
      }
      function publishLines(report) {
        if (!report)
          return [];
        if (report.published) {
          if (!report.tagged.length)
            return ["published: nothing to tag (no target pushes an image)"];
          return [`published: every target built; tagged ${report.tagged.map((t) => `${t.name} (${t.digest})`).join(", ")}`];
        }
        if (report.failedTarget) {
          const done = report.tagged.length ? `; tagged before it failed: ${report.tagged.map((t) => t.name).join(", ")}` : "";
          return [`publishing stopped: tagging the images of target "${report.failedTarget}" failed${done}`];
        }
        return [nothingPublishedLine(report)];
      }
      function nothingPublishedLine(report) {
        const n = report.blockedBy.length;
        const who = n ? `${n === 1 ? "target" : "targets"} ${report.blockedBy.map((t) => `"${t}"`).join(", ")} ${report.blockedHow === "cancelled" ? (n === 1 ? "was" : "were") + " cancelled" : "failed"}` : "the build did not finish";
        const untagged = report.untagged.length ? `; pushed by digest and left untagged: ${report.untagged.map((u) => u.reference).join(", ")}` : "";
        return `nothing published: ${who}${untagged}`;
      }
    })
  )
};
