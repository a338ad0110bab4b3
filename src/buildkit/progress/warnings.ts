/**
 * The warnings of a build after it ended, as buildx lists them: the same warning reported by several vertices (or
 * targets) once.
 */
import type { VertexWarning } from '../proto/control.pb.js';

/**
 * buildx's warnings block printed after a build (`commands/build.go printWarnings`), minus its
 * `(use docker --debug to expand)` hint: a blank line, ` N warning(s) found:` and ` - <short>` per distinct
 * warning. With `verbose`, each warning's detail lines, URL and (given `source`, which renders a warning's
 * Dockerfile lines: errdefs/source.ts warningSource) source block follow, as `docker --debug` shows them.
 */
export function formatWarningsSummary(
  warnings: VertexWarning[],
  options: { verbose?: boolean; source?: (warning: VertexWarning) => string[] } = {},
): string[] {
  const distinct = dedupWarnings(warnings);
  if (distinct.length === 0) return [];
  const text = (b: Uint8Array | undefined) => Buffer.from(b ?? new Uint8Array()).toString('utf8');
  const lines = ['', ` ${distinct.length === 1 ? '1 warning found' : `${distinct.length} warnings found`}:`];
  for (const w of distinct) {
    lines.push(` - ${text(w.short)}`);
    if (!options.verbose) continue;
    for (const d of w.detail ?? []) lines.push(text(d));
    if (w.url) lines.push(`More info: ${w.url}`);
    if (options.source) lines.push(...options.source(w));
    lines.push('');
  }
  return lines;
}

/** Distinct warnings: the same warning reported by several vertices (or targets) is listed once. */
export function dedupWarnings(warnings: VertexWarning[]): VertexWarning[] {
  const seen = new Set<string>();
  const out: VertexWarning[] = [];
  for (const w of warnings) {
    const b64 = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('base64') : '');
    const key = JSON.stringify([
      String(w.level ?? ''),
      b64(w.short),
      (w.detail ?? []).map(b64),
      w.url ?? '',
      w.info?.filename ?? '',
      b64(w.info?.data),
      w.info?.language ?? '',
      (w.ranges ?? []).map((r) => [
        r.start?.line ?? 0,
        r.start?.character ?? 0,
        r.end?.line ?? 0,
        r.end?.character ?? 0,
      ]),
    ]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
}
