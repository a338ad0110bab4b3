import { describe, expect, it } from 'vitest';
import { CacheMountsRun, groupMounts, keyPart, mountKeys } from '../../../../src/solve/cache-mounts/run.js';
import type { BuildkitConnection } from '../../../../src/buildkit/transport/connect.js';
import type { CacheMountSpec, CacheMountStore } from '../../../../src/solve/cache-mounts/types.js';
import { emptyTarget } from '../../../../src/solve/target/spec.js';
import type { BuildEvent } from '../../../../src/solve/run/events.js';

const mount = (id: string, extra: Partial<CacheMountSpec> = {}): CacheMountSpec => ({
  id,
  cacheId: `/${id}`,
  target: `/root/${id}`,
  sharing: 'shared',
  ...extra,
});
const target = (name: string, platforms: string[] = []) => ({ ...emptyTarget(name, '/ctx'), platforms });

describe('cache mount groups and keys', () => {
  it('a mount several targets declare is one group, named after the first target (sorted)', () => {
    const groups = groupMounts([
      { target: target('web', ['linux/arm64', 'linux/amd64']), mounts: [mount('npm'), mount('apt')] },
      { target: target('api', ['linux/amd64']), mounts: [mount('npm')] },
    ]);
    expect(groups.map((g) => [g.spec.id, g.targets, g.platform, g.prefix])).toEqual([
      ['npm', ['api', 'web'], 'linux/amd64,linux/arm64', 'bakekit-cache-mount-v1-api-npm-linux-amd64_linux-arm64-'],
      ['apt', ['web'], 'linux/amd64,linux/arm64', 'bakekit-cache-mount-v1-web-apt-linux-amd64_linux-arm64-'],
    ]);
  });

  it('the same id with another owner or mode is another directory on the daemon, so another group', () => {
    const groups = groupMounts([
      { target: target('a'), mounts: [mount('x')] },
      { target: target('b'), mounts: [mount('x', { uid: 1000 })] },
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0].platform).toBe('default');
  });

  it('keys: saved under keyHash and digest, restored by keyHash then by prefix; ids with slashes made safe', () => {
    const [g] = groupMounts([{ target: target('app'), mounts: [mount('/var/cache/apt')] }]);
    expect(g.prefix).toBe('bakekit-cache-mount-v1-app-var-cache-apt-default-');
    const k = mountKeys(g, undefined);
    expect(k.restoreKey).toBe(`${g.prefix}none`);
    expect(k.restoreKeys).toEqual([`${g.prefix}none-`, g.prefix]);
    expect(k.saveKey('0123456789abcdef0123')).toBe(`${g.prefix}none-0123456789abcdef`);
    expect(mountKeys(g, 'lock,hash').restoreKey).toBe(`${g.prefix}lock-hash`);
    expect(keyPart('a/b c,d')).toBe('a-b-c-d');
  });
});

describe('CacheMountsRun', () => {
  const store: CacheMountStore & { calls: number } = {
    description: 'test',
    calls: 0,
    restore() {
      this.calls++;
      return Promise.resolve(undefined);
    },
    save() {
      this.calls++;
      return Promise.resolve();
    },
  };
  const connection = {} as BuildkitConnection; // never used: nothing is solved without mounts

  it('a target without cache mounts solves nothing and touches no store', async () => {
    const spec = { ...target('plain'), dockerfileInline: 'FROM busybox\nRUN echo hi\n' };
    const run = new CacheMountsRun([spec], { mode: 'auto', store }, { connection, env: {} });
    await run.restore();
    expect(await run.save([])).toEqual([]);
    expect(store.calls).toBe(0);
  });

  it('remote contexts are skipped with a warning; mode off and unlisted ids select nothing', () => {
    const events: BuildEvent[] = [];
    const remote = { ...target('r'), context: 'https://github.com/o/r.git', dockerfile: 'Dockerfile' };
    new CacheMountsRun([remote], { mode: 'auto', store }, { connection, env: {}, onEvent: (e) => events.push(e) });
    expect(events).toEqual([{ type: 'warning', target: 'r', message: expect.stringContaining('remote') as string }]);
    const df = { ...target('d'), dockerfileInline: 'FROM busybox\nRUN --mount=type=cache,id=x,target=/x true\n' };
    expect(new CacheMountsRun([df], { mode: 'off', store }, { connection, env: {} }).groups).toEqual([]);
    expect(new CacheMountsRun([df], { mode: ['y'], store }, { connection, env: {} }).groups).toEqual([]);
    expect(new CacheMountsRun([df], { mode: ['x'], store }, { connection, env: {} }).groups).toHaveLength(1);
  });
});
