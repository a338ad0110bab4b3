/**
 * Build errors and warnings as annotations: a title and a message, at a source location when there is one. The
 * GitHub Action shows them on the Dockerfile's lines (action/render-github.ts); SolveError.toAnnotation makes the
 * one of an error, warningAnnotation the one of a build-check warning.
 */
import type { VertexWarning } from '../proto/control.pb.js';
import { warningSource } from './source.js';

export interface Annotation {
  /** Omitted when the error has no source location. */
  file?: string;
  startLine?: number;
  endLine?: number;
  title: string;
  message: string;
}

/** Annotation for a build warning (same source location logic as errors). */
export function warningAnnotation(warning: VertexWarning): Annotation {
  const text = (b: Uint8Array | undefined) => Buffer.from(b ?? new Uint8Array()).toString('utf8');
  const lines = (warning.detail ?? []).map(text);
  if (warning.url) lines.push(`More info: ${warning.url}`);
  const annotation: Annotation = { title: text(warning.short), message: lines.join('\n') || text(warning.short) };
  const location = warningSource(warning.info, warning.ranges);
  if (location) {
    annotation.file = location.file;
    annotation.startLine = location.startLine;
    annotation.endLine = location.endLine;
  }
  return annotation;
}
