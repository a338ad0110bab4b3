/**
 * Source locations of errors and warnings, printed as buildx prints them: the file and line, then the lines around
 * the range with `>>>` marks (BuildKit solver/errdefs/source.go, `Source.Print`). A build error names its locations
 * in `errdefs.Source` details (details.ts); a build-check warning in the progress stream's `SourceInfo` and `Range`s,
 * which buildx prints through the same errdefs.Source.
 */
import type { Range, SourceInfo } from '../proto/ops.pb.js';
import { toBuffer, type ErrorRange, type ErrorSource } from './details.js';

const SNIPPET_RULE = '--------------------';

export interface SourceLocation {
  file: string;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  /** buildx's rendering of this location (see `formatSourceBlock`); empty without source text. */
  snippet: string[];
}

/** First and last line a set of ranges covers (an end before its start counts as the start). */
function lineSpan(ranges: ErrorRange[]): { start: number; end: number } | undefined {
  if (ranges.length === 0) return undefined;
  let start = Infinity;
  let end = 0;
  for (const r of ranges) {
    start = Math.min(start, r.start.line);
    end = Math.max(end, r.start.line, r.end.line);
  }
  return { start, end };
}

function rangesContain(ranges: ErrorRange[], line: number): boolean {
  return ranges.some((r) => r.start.line <= line && Math.max(r.start.line, r.end.line) >= line);
}

/**
 * The block buildx prints for a source location:
 * `Dockerfile:5`, a rule, the lines around the range as ` %3d | >>> text` (`>>>` on lines in a range, with
 * two more lines of context each side for a single line, one for a longer range), and a closing rule.
 * Empty when the source text is missing or the range lies outside it.
 */
export function formatSourceBlock(filename: string, data: Uint8Array, ranges: ErrorRange[]): string[] {
  if (data.length === 0) return [];
  const span = lineSpan(ranges);
  if (!span) return [];
  // Split like Go's strings.Split (a trailing newline yields a last, empty line); drop CRs of CRLF files.
  const lines = Buffer.from(data)
    .toString('utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  let { start, end } = span;
  if (start > lines.length || start < 1) return [];
  if (end > lines.length) end = lines.length;

  const firstLine = start;
  // Same widening loop as buildkit: each pass adds a line on each side that can grow, and counts a pass.
  const pad = end === start ? 4 : 2;
  for (let p = 0; p < pad;) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }

  const out = [`${filename}:${firstLine}`, SNIPPET_RULE];
  for (let i = start; i <= end; i++) {
    const mark = rangesContain(ranges, i) ? '>>>' : '   ';
    out.push(` ${String(i).padStart(3)} | ${mark} ${lines[i - 1]}`);
  }
  out.push(SNIPPET_RULE);
  return out;
}

/** Where an `errdefs.Source` points, with its snippet; undefined without a file name or a range. */
export function sourceLocation(source: ErrorSource): SourceLocation | undefined {
  const span = lineSpan(source.ranges);
  if (!span || !source.filename) return undefined;
  return {
    file: source.filename,
    startLine: span.start,
    endLine: span.end,
    snippet: formatSourceBlock(source.filename, source.data, source.ranges),
  };
}

/** A warning's location, given in the protobuf form progress uses (`pb.SourceInfo` + `pb.Range`). */
export function warningSource(info: SourceInfo | undefined, ranges: Range[] | undefined): SourceLocation | undefined {
  if (!info) return undefined;
  return sourceLocation({
    filename: info.filename ?? '',
    data: toBuffer(info.data),
    language: info.language ?? '',
    ranges: (ranges ?? []).map((r) => ({
      start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
      end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 },
    })),
  });
}
