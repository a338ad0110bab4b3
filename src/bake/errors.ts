/** Where something is in a bake file. Lines and columns are 1-based. */
export interface SourcePos {
  file: string;
  line: number;
  column: number;
}

/**
 * Error raised while loading or resolving a bake definition. When the problem has a place in a
 * file the message is `FILE:LINE:COL: what was expected`, so editors and CI logs can link to it.
 */
export class BakeError extends Error {
  override readonly name = 'BakeError';
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** The message without the location prefix. */
  readonly detail: string;

  constructor(detail: string, pos?: SourcePos) {
    super(pos ? `${pos.file}:${pos.line}:${pos.column}: ${detail}` : detail);
    this.detail = detail;
    if (pos) {
      this.file = pos.file;
      this.line = pos.line;
      this.column = pos.column;
    }
  }
}

/** Re-throws a non-BakeError as a BakeError at `pos`; keeps a BakeError's own (more precise) position. */
export function atPos(err: unknown, pos: SourcePos | undefined): BakeError {
  if (err instanceof BakeError) {
    if (err.file === undefined && pos) return new BakeError(err.detail, pos);
    return err;
  }
  return new BakeError(err instanceof Error ? err.message : String(err), pos);
}
