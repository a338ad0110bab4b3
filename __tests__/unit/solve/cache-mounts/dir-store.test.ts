import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DirStore } from '../../../../src/solve/cache-mounts/dir-store.js';

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-dirstore-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  vi.useRealTimers();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function file(content: string): string {
  const p = path.join(tmp(), 'cache.tar');
  fs.writeFileSync(p, content);
  return p;
}

describe('DirStore', () => {
  it('restores the exact key first, then the newest entry of the first restore key that matches', async () => {
    const store = new DirStore(path.join(tmp(), 'store'));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1000);
    await store.save(file('old'), 'p-a-1');
    vi.setSystemTime(2000);
    await store.save(file('new'), 'p-a-2');
    vi.setSystemTime(3000);
    await store.save(file('other'), 'p-b-1');
    const out = path.join(tmp(), 'out', 'cache.tar');
    expect(await store.restore(out, 'p-a-1', ['p-a-', 'p-'])).toBe('p-a-1');
    expect(fs.readFileSync(out, 'utf8')).toBe('old');
    expect(await store.restore(out, 'p-a-9', ['p-a-', 'p-'])).toBe('p-a-2');
    expect(fs.readFileSync(out, 'utf8')).toBe('new');
    expect(await store.restore(out, 'p-c', ['p-c-', 'p-'])).toBe('p-b-1');
    expect(await store.restore(out, 'q', ['q-'])).toBeUndefined();
  });

  it('leaves an existing key alone', async () => {
    const store = new DirStore(tmp());
    await store.save(file('first'), 'k');
    await store.save(file('second'), 'k');
    const out = path.join(tmp(), 'cache.tar');
    expect(await store.restore(out, 'k', [])).toBe('k');
    expect(fs.readFileSync(out, 'utf8')).toBe('first');
  });

  it('names entries safely for any key, and never two keys alike', async () => {
    const store = new DirStore(tmp());
    const keys = ['a/b\\c:*?"<>|', 'a_b_c_', '../../etc/passwd', 'x'.repeat(500), 'ünïcode key'];
    for (const [i, k] of keys.entries()) await store.save(file(String(i)), k);
    const names = fs.readdirSync(store.dir);
    expect(names.every((n) => /^[A-Za-z0-9._-]+$/.test(n) && n.length < 200)).toBe(true);
    expect(names).toHaveLength(keys.length * 2);
    const out = path.join(tmp(), 'cache.tar');
    for (const [i, k] of keys.entries()) {
      expect(await store.restore(out, k, [])).toBe(k);
      expect(fs.readFileSync(out, 'utf8')).toBe(String(i));
    }
  });

  it('misses in a directory that does not exist, and ignores files that are not entries', async () => {
    const dir = tmp();
    expect(await new DirStore(path.join(dir, 'none')).restore(path.join(dir, 'c.tar'), 'k', ['k'])).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'junk.json'), '{not json');
    fs.writeFileSync(path.join(dir, 'orphan.json'), JSON.stringify({ key: 'k', savedAt: 1, size: 1 }));
    expect(await new DirStore(dir).restore(path.join(dir, 'c.tar'), 'k', ['k'])).toBeUndefined();
  });
});
