import { mkdtempSync, rmSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Duplex } from 'node:stream';
import { openTreeWalk, resolveRoot, type WalkOptions } from '../../../../src/buildkit/fsutil/walker.js';
import type { WalkedStat as Stat } from '../../../../src/buildkit/fsutil/walker.js';

export function tempDir(prefix = 'fsutil-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Builds a tree: `name/` → dir, `{link: target}` → symlink, string/Buffer → file content. */
export type TreeSpec = Record<string, string | Buffer | { link: string } | { mode: number; content?: string }>;

export async function makeTree(root: string, spec: TreeSpec): Promise<void> {
  for (const [rel, v] of Object.entries(spec)) {
    const abs = path.join(root, rel);
    if (rel.endsWith('/')) {
      await fsp.mkdir(abs, { recursive: true });
      continue;
    }
    await fsp.mkdir(path.dirname(abs), { recursive: true });
    if (typeof v === 'string' || Buffer.isBuffer(v)) await fsp.writeFile(abs, v);
    else if ('link' in v) await fsp.symlink(v.link, abs);
    else {
      await fsp.writeFile(abs, v.content ?? '');
      await fsp.chmod(abs, v.mode);
    }
  }
}

export async function walkStats(root: string, opts: WalkOptions = {}): Promise<Stat[]> {
  const real = await resolveRoot(root);
  const walk = await openTreeWalk(real, opts);
  const out: Stat[] = [];
  for (let batch = walk.take(256); batch !== null; batch = walk.take(256)) out.push(...batch);
  return out;
}

export async function walkPaths(root: string, opts: WalkOptions = {}): Promise<string[]> {
  return (await walkStats(root, opts)).map((s) => s.path);
}

/**
 * Two connected object-mode duplex ends with real backpressure: a write on one end is pushed into the
 * other's readable side, and its callback waits while that side's buffer is full.
 */
export function duplexPair(highWaterMark = 4): [Duplex, Duplex] {
  class End extends Duplex {
    peer!: End;
    private pendingCallback: (() => void) | undefined;
    constructor() {
      super({ objectMode: true, highWaterMark, allowHalfOpen: true });
    }
    override _write(chunk: unknown, _enc: BufferEncoding, cb: (err?: Error | null) => void) {
      if (this.peer.destroyed) return cb(new Error('peer destroyed'));
      if (this.peer.push(chunk)) cb();
      else this.peer.pendingCallback = () => cb();
    }
    override _read() {
      const cb = this.pendingCallback;
      this.pendingCallback = undefined;
      cb?.();
    }
    override _final(cb: (err?: Error | null) => void) {
      this.peer.push(null);
      cb();
    }
    override _destroy(err: Error | null, cb: (err?: Error | null) => void) {
      if (!this.peer.destroyed) this.peer.destroy();
      cb(err);
    }
  }
  const a = new End();
  const b = new End();
  a.peer = b;
  b.peer = a;
  return [a, b];
}

/** Lists a tree as `path → description`, for comparing a received copy with its source. */
export async function describeTree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const visit = async (rel: string) => {
    const entries = await fsp.readdir(path.join(root, rel), { withFileTypes: true });
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      const abs = path.join(root, r);
      const st = await fsp.lstat(abs);
      const mode = (st.mode & 0o7777).toString(8);
      if (st.isDirectory()) {
        out[r] = `dir ${mode}`;
        await visit(r);
      } else if (st.isSymbolicLink()) out[r] = `link -> ${await fsp.readlink(abs)}`;
      else out[r] = `file ${mode} ${st.size} ${(await fsp.readFile(abs)).toString('base64').slice(0, 40)}`;
    }
  };
  await visit('');
  return out;
}
