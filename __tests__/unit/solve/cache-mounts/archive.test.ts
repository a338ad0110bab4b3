import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDigest, fileDigest } from '../../../../src/solve/cache-mounts/archive.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-archive-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A tree written in `order`, archived (GNU tar) in that order; directory mtimes set to `dirTime`. */
function archive(name: string, order: string[], dirTime: number, content = 'x'): string {
  const dir = path.join(root, name);
  for (const f of order) {
    fs.mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), `${f} ${content}`);
    fs.utimesSync(path.join(dir, f), 1_000_000, 1_000_000);
  }
  fs.symlinkSync('a/f', path.join(dir, 'link'));
  for (const d of ['a', 'b', 'a'.repeat(120)]) {
    fs.mkdirSync(path.join(dir, d), { recursive: true });
    fs.utimesSync(path.join(dir, d), dirTime, dirTime);
  }
  const file = path.join(root, `${name}.tar`);
  execFileSync('tar', [
    '-cf',
    file,
    '-C',
    dir,
    '--no-recursion',
    '.',
    'link',
    ...order.flatMap((f) => [path.dirname(f), f]),
  ]);
  return file;
}

describe('archive digests', () => {
  const long = `${'a'.repeat(120)}/f`;
  it('the content digest ignores entry order and directory mtimes; the file digest does not', () => {
    const one = archive('one', ['a/f', 'b/g', long], 2_000_000);
    const two = archive('two', [long, 'b/g', 'a/f'], 3_000_000);
    expect(fileDigest(one)).not.toBe(fileDigest(two));
    expect(contentDigest(one)).toBe(contentDigest(two));
  });

  it('the content digest sees a changed file', () => {
    const one = archive('three', ['a/f', 'b/g', long], 2_000_000);
    const other = archive('four', ['a/f', 'b/g', long], 2_000_000, 'y');
    expect(contentDigest(one)).not.toBe(contentDigest(other));
  });
});
