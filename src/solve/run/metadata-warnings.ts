/**
 * `buildx.build.warnings` in the metadata file (buildx commands/bake.go): with `BUILDX_METADATA_WARNINGS` true, the
 * run's build warnings (Dockerfile checks and the like) once each, at the top level of the file beside the targets,
 * as Go marshals BuildKit's client.VertexWarning: byte fields in base64, empty fields left out. bake-action always
 * sets the variable, so its `metadata` output has them, and turns them into annotations.
 *
 * buildx lists them in Go map order (random from run to run); here they keep the order they arrived in. A warning's
 * `sourceInfo.definition` (a marshaled LLB definition, which the Dockerfile frontend does not send) is left out.
 */
import { parseGoBool } from '../../bake/entries.js';
import type { VertexWarning } from '../../buildkit/proto/control.pb.js';
import { dedupWarnings } from '../../buildkit/progress/warnings.js';

/** buildx confutil.MetadataWarningsEnabled: strconv.ParseBool of the variable, false when it is not a boolean. */
export function metadataWarningsEnabled(value: string | undefined): boolean {
  return value !== undefined && parseGoBool(value) === true;
}

/** The distinct warnings (the same warning from several vertices or targets once, as buildx's dedupWarnings), in the
 * JSON shape buildx writes. */
export function metadataWarnings(warnings: VertexWarning[]): Array<Record<string, unknown>> {
  return dedupWarnings(warnings).map((w) => {
    const out: Record<string, unknown> = {};
    if (w.vertex) out.vertex = w.vertex;
    const level = Number(w.level ?? 0);
    if (level) out.level = level;
    if (w.short?.length) out.short = base64(w.short);
    if (w.detail?.length) out.detail = w.detail.map(base64);
    if (w.url) out.url = w.url;
    if (w.info) {
      const info: Record<string, unknown> = {};
      if (w.info.filename) info.filename = w.info.filename;
      if (w.info.data?.length) info.data = base64(w.info.data);
      if (w.info.language) info.language = w.info.language;
      out.sourceInfo = info;
    }
    if (w.ranges?.length) out.range = w.ranges.map((r) => ({ start: position(r.start), end: position(r.end) }));
    return out;
  });
}

function base64(b: Uint8Array): string {
  return Buffer.from(b).toString('base64');
}

/** pb.Position; a missing one is a nil pointer, which `omitempty` leaves out of its Range (undefined here). */
function position(p: { line?: number; character?: number } | undefined): Record<string, number> | undefined {
  if (!p) return undefined;
  return { ...(p.line ? { line: p.line } : {}), ...(p.character ? { character: p.character } : {}) };
}
