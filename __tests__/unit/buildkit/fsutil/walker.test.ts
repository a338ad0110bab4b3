import { execFileSync } from 'node:child_process';
import fs, { promises as fsp } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GoMode, isRegularMode } from '../../../../src/buildkit/fsutil/mode.js';
import { compareUtf8, cleanPath } from '../../../../src/buildkit/fsutil/paths.js';
import { resolveRoot, TreeFilter, openTreeWalk } from '../../../../src/buildkit/fsutil/walker.js';
import { makeTree, tempDir, walkPaths, walkStats } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('walk order', () => {
  it('is depth-first pre-order with byte-wise sorted siblings', async () => {
    await makeTree(tmp.dir, {
      b: 'b',
      'a.txt': 'a',
      'a/y/z': 'z',
      'a/x': 'x',
      A: 'upper',
      'a-b': '',
      'empty/': '',
    });
    expect(await walkPaths(tmp.dir)).toEqual(['A', 'a', 'a/x', 'a/y', 'a/y/z', 'a-b', 'a.txt', 'b', 'empty']);
  });

  it('sorts names by UTF-8 bytes, not UTF-16 code units', async () => {
    // U+FF5E (3 UTF-8 bytes, EF BD 9E) sorts before U+1F600 (F0 9F 98 80), though its UTF-16 unit is larger.
    await makeTree(tmp.dir, { '\u{1F600}': '', '\uFF5E': '', z: '', é: '' });
    expect(await walkPaths(tmp.dir)).toEqual(['z', 'é', '\uFF5E', '\u{1F600}']);
    expect(compareUtf8('\uFF5E', '\u{1F600}')).toBeLessThan(0);
    expect('\uFF5E' < '\u{1F600}').toBe(false); // why compareUtf8 exists
  });

  it('keeps order in directories larger than the lstat read-ahead window', async () => {
    const names = Array.from({ length: 150 }, (_, i) => `f${String(i).padStart(3, '0')}`);
    await makeTree(tmp.dir, Object.fromEntries(names.reverse().map((n) => [`big/${n}`, n])));
    const paths = await walkPaths(tmp.dir, { excludePatterns: ['big/f1[0-4]?'] });
    expect(paths).toEqual([
      'big',
      ...names
        .filter((n) => !/^f1[0-4]/.test(n))
        .sort()
        .map((n) => `big/${n}`),
    ]);
  });

  it('does not send the root and resolves a symlinked root', async () => {
    await makeTree(tmp.dir, { 'real/f': 'x', alias: { link: 'real' } });
    expect(await walkPaths(path.join(tmp.dir, 'alias'))).toEqual(['f']);
  });

  it('fails clearly for a missing root', async () => {
    await expect(resolveRoot(path.join(tmp.dir, 'nope'))).rejects.toThrow(/does not exist/);
  });
});

describe('takes', () => {
  const tree = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`d${String(i).padStart(2, '0')}/f`, `${i}`]));

  it('gives the walk as many STATs at a time as asked for, in walk order, then null', async () => {
    await makeTree(tmp.dir, tree);
    const walk = await openTreeWalk(await resolveRoot(tmp.dir));
    const takes = [5, 1, 7, 100].map((max) => walk.take(max)!.map((s) => s.path));
    expect(takes.map((t) => t.length)).toEqual([5, 1, 7, 11]);
    expect(takes.flat()).toEqual(await walkPaths(tmp.dir));
    expect(walk.take(3)).toBeNull();
    expect(walk.take(3)).toBeNull();
  });

  it('lists a hidden directory right before its first entry sent, in the same take', async () => {
    await makeTree(tmp.dir, tree);
    const opts = { includePatterns: ['d0*/f'] };
    const walk = await openTreeWalk(await resolveRoot(tmp.dir), opts);
    const takes: string[][] = [];
    for (let t = walk.take(2); t !== null; t = walk.take(2)) takes.push(t.map((s) => s.path));
    // d00…d09 match no pattern themselves: each is listed with the file below it that does, d10 and d11 not at all
    expect(takes.filter((t) => t.length > 0)).toEqual(Array.from({ length: 10 }, (_, i) => [`d0${i}`, `d0${i}/f`]));
    expect(takes.flat()).toEqual(await walkPaths(tmp.dir, opts));
  });

  it('counts the entries the filters hide: a take visits at most as many as asked for', async () => {
    await makeTree(tmp.dir, tree);
    // a wildcard pattern prunes nothing (something below any directory could match it), and nothing matches
    const walk = await openTreeWalk(await resolveRoot(tmp.dir), { includePatterns: ['*/nothing*'] });
    const takes: number[] = [];
    for (let t = walk.take(5); t !== null; t = walk.take(5)) takes.push(t.length);
    // 24 entries visited (12 directories, 12 files), five at a time, none sent
    expect(takes).toEqual([0, 0, 0, 0, 0]);
  });

  it('fails every take after one failed', async () => {
    await makeTree(tmp.dir, tree);
    const walk = await openTreeWalk(await resolveRoot(tmp.dir));
    // d03 cannot be read (an I/O error, once; syncBuiltinESMExports hands the spy to the walker's `import * as fs`)
    const original = fs.readdirSync.bind(fs);
    const spy = vi.spyOn(fs, 'readdirSync').mockImplementation(((p: string, o: never) => {
      if (path.basename(String(p)) !== 'd03') return original(p, o);
      spy.mockRestore();
      syncBuiltinESMExports();
      throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    }) as never);
    syncBuiltinESMExports();
    try {
      expect(() => walk.take(100)).toThrow('EIO: i/o error');
    } finally {
      spy.mockRestore();
      syncBuiltinESMExports();
    }
    // the walk had moved past d03 when it failed: a later take fails the same way instead of going on without it
    expect(() => walk.take(100)).toThrow('EIO: i/o error');
  });
});

describe('stat fields', () => {
  it('uses Go FileMode bits, nanosecond mtimes, sizes and uid/gid 0', async () => {
    await makeTree(tmp.dir, {
      'dir/': '',
      file: 'hello',
      exec: { mode: 0o755, content: '#!/bin/sh' },
      ro: { mode: 0o444, content: 'r' },
      suid: { mode: 0o4755 },
      link: { link: 'file' },
    });
    await fsp.chmod(path.join(tmp.dir, 'dir'), 0o1777);
    const stats = Object.fromEntries((await walkStats(tmp.dir)).map((s) => [s.path, s]));

    expect(stats['dir'].mode).toBe((GoMode.Dir | GoMode.Sticky | 0o777) >>> 0);
    expect(stats['dir'].size).toBeUndefined();
    expect(stats['file'].mode! & GoMode.Perm).toBe((await fsp.lstat(path.join(tmp.dir, 'file'))).mode & 0o777);
    expect(stats['file'].size).toBe('5');
    expect(stats['exec'].mode).toBe(0o755);
    expect(stats['ro'].mode).toBe(0o444);
    expect(stats['suid'].mode).toBe((GoMode.Setuid | 0o755) >>> 0);
    expect(stats['link'].mode).toBe((GoMode.Symlink | 0o777) >>> 0);
    expect(stats['link'].linkname).toBe('file');
    expect(stats['link'].size).toBe('4'); // lstat size of a symlink = length of its target

    for (const s of Object.values(stats)) {
      expect(s.uid).toBeUndefined();
      expect(s.gid).toBeUndefined();
      const st = await fsp.lstat(path.join(tmp.dir, s.path), { bigint: true });
      expect(s.modTime).toBe(st.mtimeNs.toString());
    }
    expect(isRegularMode(stats['file'].mode!)).toBe(true);
    expect(isRegularMode(stats['suid'].mode!)).toBe(true);
    expect(isRegularMode(stats['dir'].mode!)).toBe(false);
    expect(isRegularMode(stats['link'].mode!)).toBe(false);
  });

  it('gives the same STATs whether an entry type comes from its listing (filters) or its lstat (none)', async () => {
    await makeTree(tmp.dir, {
      'dir/sub/deep/f': 'deep',
      'dir/sub/g': 'g',
      'dir/empty/': '',
      'dir/file': 'file',
      'to-dir': { link: 'dir' },
      'to-file': { link: 'dir/file' },
      'top.txt': 'top',
    });
    fs.linkSync(path.join(tmp.dir, 'top.txt'), path.join(tmp.dir, 'dir/sub/top-again.txt'));
    const unfiltered = await walkStats(tmp.dir);
    // a pattern that matches nothing: the filters are on, and every listing is read with the entries' types
    expect(await walkStats(tmp.dir, { excludePatterns: ['no-such-entry'] })).toEqual(unfiltered);
    expect(unfiltered.map((s) => [s.path, s.linkname ?? ''])).toEqual([
      ['dir', ''],
      ['dir/empty', ''],
      ['dir/file', ''],
      ['dir/sub', ''],
      ['dir/sub/deep', ''],
      ['dir/sub/deep/f', ''],
      ['dir/sub/g', ''],
      ['dir/sub/top-again.txt', ''],
      ['to-dir', 'dir'], // a link to a directory is not walked into
      ['to-file', 'dir/file'],
      ['top.txt', 'dir/sub/top-again.txt'],
    ]);
  });

  it('marks FIFOs as named pipes (never requestable)', async () => {
    try {
      execFileSync('mkfifo', [path.join(tmp.dir, 'pipe')]);
    } catch {
      return; // no mkfifo on this host
    }
    const [s] = await walkStats(tmp.dir);
    expect(s.mode! & GoMode.NamedPipe).toBeTruthy();
    expect(isRegularMode(s.mode!)).toBe(false);
  });

  it('sends a symlink pointing out of the root as a symlink, never following it', async () => {
    await makeTree(tmp.dir, { 'ctx/escape': { link: '../../../../etc' }, 'ctx/abs': { link: '/etc/passwd' } });
    const stats = await walkStats(path.join(tmp.dir, 'ctx'));
    expect(stats.map((s) => [s.path, s.linkname, (s.mode! & GoMode.Symlink) !== 0])).toEqual([
      ['abs', '/etc/passwd', true],
      ['escape', '../../../../etc', true],
    ]);
  });
});

describe('exclude patterns (.dockerignore semantics)', () => {
  beforeEach(async () => {
    await makeTree(tmp.dir, {
      Dockerfile: '',
      'app.log': '',
      'keep.log': '',
      'src/main.go': '',
      'src/main_test.go': '',
      'src/deep/x.go': '',
      'node_modules/m/index.js': '',
      'build/out.bin': '',
      'build/keep/me.txt': '',
      'docs/a.md': '',
    });
  });

  it('excludes matches and everything below a matched directory', async () => {
    expect(await walkPaths(tmp.dir, { excludePatterns: ['node_modules', '*.log', 'src/deep'] })).toEqual([
      'Dockerfile',
      'build',
      'build/keep',
      'build/keep/me.txt',
      'build/out.bin',
      'docs',
      'docs/a.md',
      'src',
      'src/main.go',
      'src/main_test.go',
    ]);
  });

  it('applies ! exceptions in order, later patterns winning', async () => {
    expect(
      await walkPaths(tmp.dir, {
        excludePatterns: ['*.log', '!keep.log', 'build', '!build/keep', 'docs', '**/*_test.go'],
      }),
    ).toEqual([
      'Dockerfile',
      'build',
      'build/keep',
      'build/keep/me.txt',
      'keep.log',
      'node_modules',
      'node_modules/m',
      'node_modules/m/index.js',
      'src',
      'src/deep',
      'src/deep/x.go',
      'src/main.go',
    ]);
    // a later pattern re-excludes
    expect(await walkPaths(tmp.dir, { excludePatterns: ['*.log', '!keep.log', 'keep.log'] })).not.toContain('keep.log');
  });

  it('emits an excluded parent directory lazily before an exception below it', async () => {
    const stats = await walkStats(tmp.dir, { excludePatterns: ['build', '!build/keep/me.txt'] });
    const paths = stats.map((s) => s.path);
    expect(paths.filter((p) => p.startsWith('build'))).toEqual(['build', 'build/keep', 'build/keep/me.txt']);
    expect(stats.find((s) => s.path === 'build')!.mode! & GoMode.Dir).toBeTruthy();
  });

  it('handles everything-excluded-but patterns', async () => {
    expect(await walkPaths(tmp.dir, { excludePatterns: ['*', '!src/*.go', '!Dockerfile'] })).toEqual([
      'Dockerfile',
      'src',
      'src/main.go',
      'src/main_test.go',
    ]);
  });

  it('prunes an excluded directory unless a literal exception or any wildcard exception may match below it', async () => {
    const decide = async (excludePatterns: string[], rel: string) =>
      (await TreeFilter.create(tmp.dir, { excludePatterns })).decide(rel, true, undefined).action;
    expect(await decide(['build'], 'build')).toBe('prune');
    expect(await decide(['build', '!docs'], 'build')).toBe('prune');
    expect(await decide(['build', '!build/keep'], 'build')).toBe('hide');
    expect(await decide(['build', '!*/keep'], 'build')).toBe('hide');
    expect(await decide(['build'], 'src')).toBe('send');
    const include = async (includePatterns: string[], rel: string) =>
      (await TreeFilter.create(tmp.dir, { includePatterns })).decide(rel, true, undefined).action;
    expect(await include(['src/main.go'], 'docs')).toBe('prune');
    expect(await include(['src/main.go'], 'src')).toBe('hide');
    expect(await include(['*/main.go'], 'docs')).toBe('hide');
  });

  it('does not descend into an excluded directory without exceptions below it', async () => {
    await makeTree(tmp.dir, { 'secret/inner/f': '', 'docs/x': '' });
    // Count the directories the walker lists (node:fs's readdirSync; syncBuiltinESMExports hands the spy to the
    // walker's `import * as fs`).
    const listed: string[] = [];
    const original = fs.readdirSync.bind(fs);
    const spy = vi.spyOn(fs, 'readdirSync').mockImplementation(((p: string, o: never) => {
      listed.push(path.relative(tmp.dir, String(p)));
      return original(p, o);
    }) as never);
    syncBuiltinESMExports();
    const walkedInto = async (excludePatterns: string[]) => {
      listed.length = 0;
      const paths = await walkPaths(tmp.dir, { excludePatterns });
      return { paths, listed: [...listed] };
    };
    try {
      const plain = await walkedInto(['secret']);
      expect(plain.paths).not.toContain('secret');
      expect(plain.listed).not.toContain('secret');
      // an exception elsewhere does not force a descent
      const elsewhere = await walkedInto(['secret', '!docs']);
      expect(elsewhere.paths).not.toContain('secret');
      expect(elsewhere.listed).not.toContain('secret');
      // an exception with wildcards might match below: the directory is walked, its entries still hidden
      const wildcard = await walkedInto(['secret', '!*/x']);
      expect(wildcard.listed).toContain('secret');
      expect(wildcard.paths).not.toContain('secret/inner/f');
      // the control: without excludes the walker does list it
      expect((await walkedInto([])).listed).toContain('secret');
    } finally {
      spy.mockRestore();
      syncBuiltinESMExports();
    }
  });
});

describe('include patterns', () => {
  beforeEach(async () => {
    await makeTree(tmp.dir, { 'a/b/c.txt': '', 'a/b/d.md': '', 'a/e.txt': '', 'f.txt': '', 'g/h': '' });
  });

  it('sends matches, their contents and their parent directories', async () => {
    expect(await walkPaths(tmp.dir, { includePatterns: ['a/b'] })).toEqual(['a', 'a/b', 'a/b/c.txt', 'a/b/d.md']);
    expect(await walkPaths(tmp.dir, { includePatterns: ['**/*.txt'] })).toEqual([
      'a',
      'a/b',
      'a/b/c.txt',
      'a/e.txt',
      'f.txt',
    ]);
    expect(await walkPaths(tmp.dir, { includePatterns: ['a/*/c.txt', 'g'] })).toEqual([
      'a',
      'a/b',
      'a/b/c.txt',
      'g',
      'g/h',
    ]);
  });

  it('combines with excludes', async () => {
    expect(await walkPaths(tmp.dir, { includePatterns: ['a'], excludePatterns: ['**/*.md'] })).toEqual([
      'a',
      'a/b',
      'a/b/c.txt',
      'a/e.txt',
    ]);
  });
});

describe('followpaths', () => {
  it('sends exactly the named paths', async () => {
    await makeTree(tmp.dir, { Dockerfile: '', 'Dockerfile.dockerignore': '', other: '', 'sub/x': '' });
    expect(await walkPaths(tmp.dir, { followPaths: ['Dockerfile', 'Dockerfile.dockerignore', 'missing'] })).toEqual([
      'Dockerfile',
      'Dockerfile.dockerignore',
    ]);
  });

  it('sends a symlink and its target', async () => {
    await makeTree(tmp.dir, {
      Dockerfile: { link: 'docker/Dockerfile.real' },
      'docker/Dockerfile.real': 'FROM scratch',
      'docker/other': '',
    });
    expect(await walkPaths(tmp.dir, { followPaths: ['Dockerfile'] })).toEqual([
      'Dockerfile',
      'docker',
      'docker/Dockerfile.real',
    ]);
  });

  it('resolves symlinked directories component by component, absolute targets re-rooted at the root', async () => {
    await makeTree(tmp.dir, {
      lnk: { link: 'real' },
      abslnk: { link: '/real2' },
      'real/file': '',
      'real/nope': '',
      'real2/sub/file2': '',
      'real2/zzz': '',
    });
    expect(await walkPaths(tmp.dir, { followPaths: ['lnk/file', 'abslnk/sub'] })).toEqual([
      'abslnk',
      'lnk',
      'real',
      'real/file',
      'real2',
      'real2/sub',
      'real2/sub/file2',
    ]);
  });

  it('expands wildcard components to find symlinks among the matches', async () => {
    await makeTree(tmp.dir, { 'a.go': '', 'b.go': { link: 'lib/b.go' }, 'lib/b.go': '', 'lib/c.go': '', 'x.txt': '' });
    expect(await walkPaths(tmp.dir, { followPaths: ['*.go'] })).toEqual(['a.go', 'b.go', 'lib', 'lib/b.go']);
  });

  it('never escapes the root: a link out of the context is sent as the link only', async () => {
    await makeTree(tmp.dir, { 'ctx/out': { link: '../../../../etc' }, 'ctx/f': '' });
    expect(await walkPaths(path.join(tmp.dir, 'ctx'), { followPaths: ['out/passwd'] })).toEqual(['out']);
  });

  it('terminates on symlink loops', async () => {
    await makeTree(tmp.dir, { a: { link: 'b' }, b: { link: 'a' }, c: '' });
    expect(await walkPaths(tmp.dir, { followPaths: ['a/x'] })).toEqual(['a', 'b']);
  });

  it('"." means the whole directory', async () => {
    await makeTree(tmp.dir, { x: '', 'y/z': '' });
    expect(await walkPaths(tmp.dir, { followPaths: ['.'] })).toEqual(['x', 'y', 'y/z']);
  });

  it('combines with exclude patterns the way the Dockerfile frontend asks for COPY sources', async () => {
    await makeTree(tmp.dir, { 'src/a.go': '', 'src/a_test.go': '', 'go.mod': '', README: '' });
    expect(await walkPaths(tmp.dir, { followPaths: ['go.mod', 'src'], excludePatterns: ['**/*_test.go'] })).toEqual([
      'go.mod',
      'src',
      'src/a.go',
    ]);
  });
});

describe('cleanPath', () => {
  it('matches Go path.Clean', () => {
    expect(cleanPath('')).toBe('.');
    expect(cleanPath('a//b/./c/..')).toBe('a/b');
    expect(cleanPath('../a')).toBe('../a');
    expect(cleanPath('/../a')).toBe('/a');
    expect(cleanPath('a/')).toBe('a');
  });
});
