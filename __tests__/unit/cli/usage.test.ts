/**
 * A bad command line prints the error, the synopsis and a pointer to --help (as docker buildx does), never the whole
 * option list: in a job log that would push the error out of sight.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MATRIX_USAGE } from '../../../src/cli/matrix.js';
import { MERGE_USAGE } from '../../../src/cli/merge.js';
import { usageError } from '../../../src/cli/usage.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('usageError', () => {
  it("names the command of the usage's synopsis", () => {
    expect(usageError('bakekit merge', '--from is required', MERGE_USAGE)).toBe(
      "bakekit merge: --from is required\n\nUsage: bakekit merge [OPTIONS] [TARGET...]\n\nRun 'bakekit merge --help' for more information\n",
    );
    expect(usageError('bakekit matrix', 'x', MATRIX_USAGE)).toContain(
      "Run 'bakekit matrix --help' for more information",
    );
    expect(usageError('tool', 'x', 'Usage: tool')).toBe(
      "tool: x\n\nUsage: tool\n\nRun 'tool --help' for more information\n",
    );
  });

  it('through the real entry point: exit 2, the error and the synopsis on stderr, nothing on stdout', () => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const cli = path.join(ROOT, 'src/cli/index.ts');
    for (const [argv, message] of [
      [['--print', '--list=targets'], '--print and --list are mutually exclusive'],
      [['--bogus'], "Unknown option '--bogus'"],
    ] as const) {
      const r = spawnSync(tsx, [cli, ...argv], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(
        new RegExp(
          `^bakekit: ${message.replace(/[-[\]]/g, '\\$&')}.*\\n\\nUsage: bakekit \\[OPTIONS\\] \\[TARGET\\.\\.\\.\\]\\n\\nRun 'bakekit --help' for more information\\n$`,
          's',
        ),
      );
      expect(r.stderr).not.toContain('Options:');
    }
  });
});
