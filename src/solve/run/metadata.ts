/** The `--metadata-file` content in buildx's format: one object per target, exporter responses decoded like buildx does. */
export function decodeExporterResponse(resp: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(resp)) {
    // buildx: a value that is base64 of a non-empty JSON object is embedded as that object (descriptors, provenance)
    let decoded: unknown;
    if (/^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0) {
      try {
        const parsed = JSON.parse(Buffer.from(v, 'base64').toString('utf8')) as unknown;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && Object.keys(parsed).length)
          decoded = parsed;
      } catch {
        decoded = undefined;
      }
    }
    out[k] = decoded ?? v;
  }
  return out;
}
