/**
 * List inputs as the docker actions read them: docker/actions-toolkit `Util.getList` (src/util.ts), the same csv-parse
 * options, so a workflow written for docker/bake-action or docker/build-push-action means the same here.
 *
 * Each line is a CSV record (`"` quotes, on unless `quote: false`; a quoted field may span lines). A record of one
 * field is split at its commas unless `ignoreComma` (so quotes protect commas only between fields of a record); a
 * record of several fields gives its fields, or with `ignoreComma` one item, its fields joined by commas. Empty items
 * are dropped; items are trimmed unless `trimWhitespace: false`.
 */
import { parse } from 'csv-parse/sync';

export interface ListOpts {
  /** keep a line's commas: the line is one item (`set`, `vars`, `secrets`, …) */
  ignoreComma?: boolean;
  /** `false`: `"` is an ordinary character (`set`, `vars`) */
  quote?: boolean;
  /** `false`: items keep surrounding whitespace (`secrets`: a value's trailing spaces are part of it) */
  trimWhitespace?: boolean;
}

/** One item and the input line its record starts on (1-based), to name a bad line without showing it. */
export interface ListItem {
  value: string;
  line: number;
}

/** A list input that cannot be read; the message names lines only, never their content. */
export class ListInputError extends Error {
  override readonly name = 'ListInputError';
}

export function listItems(input: string, opts: ListOpts = {}): ListItem[] {
  if (input === '') return [];
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(input, {
      columns: false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      quote: opts.quote === false ? false : '"',
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (err) {
    // csv-parse messages may quote the text around the problem: name the line and the kind only
    const e = err as { code?: string; lines?: number };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED')
      throw new ListInputError(`a quoted value opened before line ${e.lines ?? '?'} is never closed`);
    throw new ListInputError(
      `cannot be read as a list (${e.code ?? 'parse error'}${e.lines ? ` at line ${e.lines}` : ''})`,
    );
  }
  const out: ListItem[] = [];
  for (const { record, info } of records) {
    // info.lines is the line the record ends on; a quoted field's own line breaks say how many lines it spans
    const line = info.lines - record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
    let values: string[];
    if (record.length === 1) values = opts.ignoreComma ? [record[0]] : record[0].split(',');
    else values = opts.ignoreComma ? [record.join(',')] : record;
    for (const v of values) {
      if (!v) continue;
      const value = opts.trimWhitespace === false ? v : v.trim();
      if (value) out.push({ value, line });
    }
  }
  return out;
}

/** docker/actions-toolkit `Util.getList`. */
export function getList(input: string, opts: ListOpts = {}): string[] {
  return listItems(input, opts).map((i) => i.value);
}
