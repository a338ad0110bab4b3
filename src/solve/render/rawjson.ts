/**
 * `--progress=rawjson`: every status update the daemon sends, one JSON object per line, in the shape buildx writes
 * (BuildKit's client.SolveStatus with its JSON field names: progressui's RawJSONMode), so that tools reading buildx's
 * raw stream read ours. Timestamps are RFC 3339 with nanoseconds as Go's time.Time marshals them; log data and
 * warning texts are base64, as Go marshals []byte. Secret values are redacted by the caller's sink, which sees the
 * decoded text only through this encoding — so logs are redacted before they are encoded.
 */
import type { StatusResponse } from '../../buildkit/proto/control.pb.js';
import type { Timestamp } from '../../buildkit/proto/wellknown.pb.js';
import type { BuildEvent } from '../run/events.js';

/** Go's time.Time JSON: RFC 3339 with the fraction's trailing zeros removed, in UTC. */
export function goTime(ts: Timestamp | undefined): string | undefined {
  if (!ts) return undefined;
  const seconds = Number(ts.seconds ?? 0);
  const nanos = Math.trunc(ts.nanos ?? 0);
  const base = new Date(seconds * 1000).toISOString().slice(0, 19);
  const frac = nanos ? `.${String(nanos).padStart(9, '0').replace(/0+$/, '')}` : '';
  return `${base}${frac}Z`;
}

const int = (v: string | number | undefined): number | undefined => (v === undefined ? undefined : Number(v));
const b64 = (b: Uint8Array | undefined): string | undefined => (b ? Buffer.from(b).toString('base64') : undefined);
/** JSON.stringify drops undefined members, as Go's omitempty drops empty ones. */
const omitEmpty = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(
    Object.entries(o).filter(
      ([, v]) => v !== undefined && v !== '' && v !== false && v !== 0 && !(Array.isArray(v) && v.length === 0),
    ),
  ) as T;

export function solveStatusJson(
  s: StatusResponse,
  redactText: (text: string) => string = (t) => t,
): Record<string, unknown> {
  return omitEmpty({
    vertexes: s.vertexes?.map((v) =>
      omitEmpty({
        digest: v.digest,
        inputs: v.inputs,
        name: v.name,
        started: goTime(v.started),
        completed: goTime(v.completed),
        cached: v.cached,
        error: v.error,
        progressGroup: v.progressGroup,
      }),
    ),
    // `id`, `current` and `timestamp` have no omitempty in client.VertexStatus
    statuses: s.statuses?.map((st) => ({
      id: st.ID ?? '',
      ...omitEmpty({ vertex: st.vertex, name: st.name, total: int(st.total) }),
      current: int(st.current) ?? 0,
      timestamp: goTime(st.timestamp) ?? '0001-01-01T00:00:00Z',
      ...omitEmpty({ started: goTime(st.started), completed: goTime(st.completed) }),
    })),
    logs: s.logs?.map((l) => ({
      ...omitEmpty({ vertex: l.vertex, stream: int(l.stream) }),
      data: Buffer.from(redactText(Buffer.from(l.msg ?? []).toString('utf8'))).toString('base64'),
      timestamp: goTime(l.timestamp) ?? '0001-01-01T00:00:00Z',
    })),
    warnings: s.warnings?.map((w) =>
      omitEmpty({
        vertex: w.vertex,
        level: int(w.level),
        short: b64(w.short),
        detail: w.detail?.map((d) => b64(d)!),
        url: w.url,
      }),
    ),
  });
}

/** An event sink writing each status update as one JSON line; other events (warnings, info) as plain lines. */
export function createRawJsonRenderer(
  sink: (line: string) => void,
  redactText?: (text: string) => string,
): (event: BuildEvent) => void {
  return (event) => {
    if (event.type === 'status') sink(JSON.stringify(solveStatusJson(event.message, redactText)));
    else if (event.type === 'warning')
      sink(`WARNING: ${event.target ? `target ${event.target}: ` : ''}${event.message}`);
  };
}
