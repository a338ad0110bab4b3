/** Go's text/tabwriter as buildx's printers configure it: space padding per column block, tab padding to tab stops. */
import { describe, expect, it } from 'vitest';
import { tabwrite, type TabwriterOptions } from '../../../src/bake/tabwriter.js';

const spaces = (padding: number): TabwriterOptions => ({ minwidth: 0, tabwidth: 0, padding, padchar: ' ' });
const LIST: TabwriterOptions = { minwidth: 1, tabwidth: 8, padding: 1, padchar: '\t' };

describe('tabwrite', () => {
  it('pads each column to its widest cell plus padding; a row’s last cell as it is', () => {
    expect(
      tabwrite(
        [
          ['TARGET', 'DESCRIPTION'],
          ['base', ''],
          ['final (default)', 'the app'],
        ],
        spaces(1),
      ),
    ).toBe('TARGET          DESCRIPTION\nbase            \nfinal (default) the app\n');
    expect(
      tabwrite(
        [
          ['BUILD ARG', 'VALUE', 'DESCRIPTION'],
          ['MODE', '', ''],
        ],
        spaces(3),
      ),
    ).toBe('BUILD ARG   VALUE   DESCRIPTION\nMODE                \n');
    expect(
      tabwrite(
        [
          ['é', 'x'],
          ['ab', 'y'],
        ],
        spaces(1),
      ),
    ).toBe('é  x\nab y\n');
  });

  it('a column block ends at a line without a cell in that column', () => {
    expect(tabwrite([['a', 'b'], ['only'], ['longer', 'c']], spaces(1))).toBe('a b\nonly\nlonger c\n');
  });

  it('tab padding reaches the tab stop after the widest cell plus padding', () => {
    expect(
      tabwrite(
        [
          ['TARGET', 'DESCRIPTION'],
          ['a', 'x'],
          ['longer-than-eight', 'y'],
        ],
        LIST,
      ),
    ).toBe('TARGET\t\t\tDESCRIPTION\na\t\t\tx\nlonger-than-eight\ty\n');
    expect(
      tabwrite(
        [
          ['TARGET', 'DESCRIPTION'],
          ['app', ''],
        ],
        LIST,
      ),
    ).toBe('TARGET\tDESCRIPTION\napp\t\n');
  });
});
