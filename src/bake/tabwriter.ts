/**
 * Go's text/tabwriter, for the tables buildx prints (`--list`, `--call=outline|targets`): they must match byte for
 * byte, and no npm table library aligns the way tabwriter does (columns are aligned per block of consecutive lines
 * that have a cell in that column, and tab padding rounds to tab stops). Rows are given as cells; every cell but a
 * row's last is tab-terminated, as in the Go writers' `fmt.Fprintf(w, "%s\t%s\n", …)`. No flags (buildx sets none).
 */

export interface TabwriterOptions {
  /** minimal cell width, padding included */
  minwidth: number;
  /** width of a tab stop, when padchar is a tab */
  tabwidth: number;
  /** added to a cell's text width before the column width is taken */
  padding: number;
  /** ' ' pads with spaces; '\t' pads with tabs to the next tab stops */
  padchar: ' ' | '\t';
}

/** Width of a cell as tabwriter counts it: runes (utf8.RuneCount), not UTF-16 units. */
function textWidth(s: string): number {
  let n = 0;
  // a low surrogate is the second half of a rune already counted
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) !== 0xdc00) n++;
  return n;
}

/** The lines, each ending in '\n'. */
export function tabwrite(rows: readonly (readonly string[])[], opts: TabwriterOptions): string {
  // widths[row][column]: the width of the column block the cell belongs to
  const widths = rows.map((r) => new Array<number>(Math.max(0, r.length - 1)).fill(0));
  const columns = Math.max(0, ...rows.map((r) => r.length - 1));
  for (let c = 0; c < columns; c++) {
    let start = 0;
    while (start < rows.length) {
      if (rows[start].length - 1 <= c) {
        start++;
        continue;
      }
      let end = start;
      let width = opts.minwidth;
      while (end < rows.length && rows[end].length - 1 > c)
        width = Math.max(width, textWidth(rows[end++][c]) + opts.padding);
      for (let k = start; k < end; k++) widths[k][c] = width;
      start = end;
    }
  }
  return rows
    .map(
      (row, i) =>
        row.map((cell, c) => (c < row.length - 1 ? cell + pad(textWidth(cell), widths[i][c], opts) : cell)).join('') +
        '\n',
    )
    .join('');
}

/** tabwriter's writePadding. */
function pad(textw: number, cellw: number, opts: TabwriterOptions): string {
  if (opts.padchar === '\t') {
    if (opts.tabwidth === 0) return '';
    const stop = Math.ceil(cellw / opts.tabwidth) * opts.tabwidth;
    return '\t'.repeat(Math.ceil((stop - textw) / opts.tabwidth));
  }
  return ' '.repeat(Math.max(0, cellw - textw));
}
