/**
 * A CacheMountStore over a local directory (the CLI's `--cache-mounts-dir`): what a self-hosted runner, a laptop or
 * a CI system with a persisted directory uses instead of the GitHub Actions cache, with the same key rules.
 *
 * Each entry is two files: `<name>.tar`, the archive, and `<name>.json`, its key and when it was saved. `<name>` is
 * the key made safe for any file system (a readable part and a hash of the whole key, so that two keys never share a
 * name). There is no common index to rewrite: two runs saving at once each write their own entry, and each file is
 * written under a temporary name and renamed, so a reader never sees half an entry.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CacheMountStore } from './types.js';

interface EntryMeta {
  key: string;
  /** milliseconds since the epoch */
  savedAt: number;
  size: number;
}

export class DirStore implements CacheMountStore {
  readonly description: string;

  constructor(readonly dir: string) {
    this.description = dir;
  }

  /** The file name (without extension) of `key`'s entry. */
  static entryName(key: string): string {
    const readable = key.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100);
    const hash = crypto.createHash('sha256').update(key).digest('hex').slice(0, 16);
    return `${readable}-${hash}`;
  }

  private entries(): EntryMeta[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const out: EntryMeta[] = [];
    for (const n of names) {
      if (!n.endsWith('.json')) continue;
      try {
        const meta = JSON.parse(fs.readFileSync(path.join(this.dir, n), 'utf8')) as EntryMeta;
        if (typeof meta.key === 'string' && fs.existsSync(this.archiveOf(meta.key))) out.push(meta);
      } catch {
        /* not one of ours, or being written: skipped */
      }
    }
    return out;
  }

  private archiveOf(key: string): string {
    return path.join(this.dir, `${DirStore.entryName(key)}.tar`);
  }

  private metaOf(key: string): string {
    return path.join(this.dir, `${DirStore.entryName(key)}.json`);
  }

  restore(file: string, key: string, restoreKeys: string[]): Promise<string | undefined> {
    const entries = this.entries();
    let found = entries.find((e) => e.key === key);
    for (const prefix of restoreKeys) {
      if (found) break;
      // the newest entry with the prefix, as @actions/cache's restoreCache picks
      found = entries.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.savedAt - a.savedAt)[0];
    }
    if (!found) return Promise.resolve(undefined);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(this.archiveOf(found.key), file);
    return Promise.resolve(found.key);
  }

  save(file: string, key: string): Promise<void> {
    if (fs.existsSync(this.metaOf(key))) return Promise.resolve(); // an entry is never replaced
    fs.mkdirSync(this.dir, { recursive: true });
    const tmp = `.${DirStore.entryName(key)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
    const tmpArchive = path.join(this.dir, `${tmp}.tar.tmp`);
    const tmpMeta = path.join(this.dir, `${tmp}.json.tmp`);
    try {
      fs.copyFileSync(file, tmpArchive);
      const meta: EntryMeta = { key, savedAt: Date.now(), size: fs.statSync(tmpArchive).size };
      fs.writeFileSync(tmpMeta, JSON.stringify(meta) + '\n');
      // the archive first: an entry exists once its `.json` does
      fs.renameSync(tmpArchive, this.archiveOf(key));
      fs.renameSync(tmpMeta, this.metaOf(key));
    } finally {
      fs.rmSync(tmpArchive, { force: true });
      fs.rmSync(tmpMeta, { force: true });
    }
    return Promise.resolve();
  }
}
