/** CacheMountsRun's decisions with the daemon side replaced: what is restored, saved, unchanged, skipped or failed. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BuildkitConnection } from '../../../../src/buildkit/transport/connect.js';
import { DirStore } from '../../../../src/solve/cache-mounts/dir-store.js';
import type { BuildEvent } from '../../../../src/solve/run/events.js';
import type { TargetOutcome } from '../../../../src/solve/run/run.js';
import { emptyTarget } from '../../../../src/solve/target/spec.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-run-flow-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** What the fake daemon's mounts hold: a directory per cache id, archived with tar. */
const daemon = new Map<string, string>();
const calls: string[] = [];
let failSave = false;
vi.mock('../../../../src/solve/cache-mounts/transfer.js', () => ({
  saveCacheMount: (_c: unknown, spec: { cacheId: string }, dir: string) => {
    calls.push(`save ${spec.cacheId}`);
    if (failSave) return Promise.reject(new Error(`saving cache mount ${spec.cacheId}: boom`));
    const tree = daemon.get(spec.cacheId) ?? fs.mkdtempSync(path.join(root, 'empty-'));
    const file = path.join(dir, 'cache.tar');
    execFileSync('tar', ['-cf', file, '-C', tree, '.']);
    return Promise.resolve(file);
  },
  restoreCacheMount: (_c: unknown, spec: { cacheId: string }, archive: string) => {
    calls.push(`restore ${spec.cacheId}`);
    const tree = fs.mkdtempSync(path.join(root, 'mount-'));
    execFileSync('tar', ['-xf', archive, '-C', tree]);
    daemon.set(spec.cacheId, tree);
    return Promise.resolve({ kept: false });
  },
}));
const { CacheMountsRun } = await import('../../../../src/solve/cache-mounts/run.js');

const df = (id: string) => `FROM busybox\nRUN --mount=type=cache,id=${id},target=/c true\n`;
const spec = (name: string, dockerfile: string) => ({ ...emptyTarget(name, '/ctx'), dockerfileInline: dockerfile });
const done = (...names: string[]) => names.map((target) => ({ target, status: 'done' }) as TargetOutcome);
const connection = {} as BuildkitConnection;

function fill(cacheId: string, content: string) {
  const tree = fs.mkdtempSync(path.join(root, 'fill-'));
  fs.writeFileSync(path.join(tree, 'f'), content);
  fs.utimesSync(path.join(tree, 'f'), 1_000_000, 1_000_000);
  daemon.set(cacheId, tree);
}

beforeEach(() => {
  daemon.clear();
  calls.length = 0;
  failSave = false;
});

describe('CacheMountsRun', () => {
  it('a mount two targets declare is restored and saved once; an unchanged one is not saved again', async () => {
    const store = new DirStore(fs.mkdtempSync(path.join(root, 'store-')));
    const specs = [spec('a', df('shared')), spec('b', df('shared'))];
    const first = new CacheMountsRun(specs, { mode: 'auto', store }, { connection, env: {} });
    await first.restore();
    fill('/shared', 'one');
    const [r1] = await first.save(done('a', 'b'));
    expect(r1).toMatchObject({ id: 'shared', targets: ['a', 'b'], saved: 'saved' });
    expect(r1.restoredKey).toBeUndefined();
    expect(calls).toEqual(['save /shared']);

    daemon.clear(); // a fresh daemon
    calls.length = 0;
    const second = new CacheMountsRun(specs, { mode: 'auto', store }, { connection, env: {} });
    await second.restore();
    const [r2] = await second.save(done('a'));
    expect(r2).toMatchObject({ restoredKey: r1.savedKey, saved: 'unchanged' });
    expect(calls).toEqual(['restore /shared', 'save /shared']);
  });

  it('nothing is saved for a mount no declaring target built; over maxSize and failures only warn', async () => {
    const store = new DirStore(fs.mkdtempSync(path.join(root, 'store-')));
    const events: BuildEvent[] = [];
    const specs = [spec('a', df('x')), spec('b', df('y'))];
    const run = new CacheMountsRun(
      specs,
      { mode: 'auto', store, maxSize: 5000 },
      { connection, env: {}, onEvent: (e) => events.push(e) },
    );
    fill('/y', 'z'.repeat(10_000));
    const reports = await run.save(done('b'));
    expect(reports.map((r) => [r.id, r.saved])).toEqual([
      ['x', 'skipped'],
      ['y', 'skipped'],
    ]);
    expect(reports[1].warnings.join()).toMatch(/over the limit/);
    expect(calls).toEqual(['save /y']);
    expect(fs.readdirSync(store.dir)).toEqual([]);

    failSave = true;
    const failed = await new CacheMountsRun(specs, { mode: 'auto', store }, { connection, env: {} }).save(done('a'));
    expect(failed[0]).toMatchObject({ saved: 'failed' });
    expect(failed[0].warnings.join()).toMatch(/boom/);
    expect(events.some((e) => e.type === 'warning' && /over the limit/.test(e.message))).toBe(true);
  });
});
