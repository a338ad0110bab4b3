/**
 * Cache mounts persisted across daemons (cache-mounts/run.ts), on the standalone buildkitd and the Docker Engine: a
 * run fills the targets' `RUN --mount=type=cache` mounts and saves them into a DirStore; the daemon is pruned
 * completely (a fresh runner's daemon); the next run restores them, and the targets' own RUN steps find what the first
 * run left (read from their local outputs). One project covers:
 * - a counter incremented each run and ~3 MB of data, in a `sharing=locked` mount whose id has slashes, beside a
 *   `sharing=private` one (counter);
 * - modes, a symlink, an empty directory and numeric owners, in a mount with uid=1000,gid=1000,mode=0750: the
 *   restore lands in the directory the frontend's mkdir base names (owned);
 * - one mount two targets declare: one report, saved once, and both targets' files in it (pair-a, pair-b);
 * - a target without cache mounts: alone, it solves nothing extra, reports nothing and leaves the store as it was;
 * - an archive over maxSize: a warning, a correct build, nothing saved.
 * The ids carry a nonce, so that other runs on the shared daemons cannot warm them, and each run passes its own
 * build arg, so that no RUN step is answered from the daemon's cache (a cache mount is no part of a step's key).
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBake } from '../../../src/solve/run/bake.js';
import { DirStore } from '../../../src/solve/cache-mounts/dir-store.js';
import type { CacheMountsOptions } from '../../../src/solve/cache-mounts/types.js';
import type { BuildEvent } from '../../../src/solve/run/events.js';
import { BASE_IMAGE, DAEMONS, requireTestHost } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';
import { pruneDaemon } from '../cache/helpers.js';

beforeAll(() => requireTestHost());
afterAll(() => removeProjects());

function project(nonce: string): string {
  const counter = `FROM ${BASE_IMAGE} AS build
ARG RUN
RUN --mount=type=cache,id=cm-${nonce}/var/counter,target=/c,sharing=locked \\
    --mount=type=cache,id=cm-${nonce}-private,target=/p,sharing=private \\
    n=$(cat /c/n 2>/dev/null || echo 0); echo $((n + 1)) > /c/n; \\
    p=$(cat /p/n 2>/dev/null || echo 0); echo $((p + 1)) > /p/n; \\
    [ -f /c/blob ] || head -c 3000000 /dev/urandom > /c/blob; \\
    mkdir /out && cp /c/n /out/n && cp /p/n /out/p && md5sum /c/blob | cut -c1-32 > /out/blob.md5
FROM scratch
COPY --from=build /out/ /
`;
  const owned = `FROM ${BASE_IMAGE} AS build
ARG RUN
RUN --mount=type=cache,id=cm-${nonce}-owned,target=/o,uid=1000,gid=1000,mode=0750 \\
    if [ ! -f /o/n ]; then \\
      mkdir -p /o/sub /o/empty && echo data > /o/sub/f && chmod 0741 /o/sub/f && ln -s sub/f /o/link && \\
      echo mine > /o/owned && chown 1234:5678 /o/owned; \\
    fi; \\
    n=$(cat /o/n 2>/dev/null || echo 0); echo $((n + 1)) > /o/n; \\
    mkdir /out && cp /o/n /out/n && \\
    { stat -c '%u:%g %a' /o; stat -c '%a' /o/sub/f; readlink /o/link; [ -d /o/empty ] && ls -A /o/empty | wc -l; \\
      stat -c '%u:%g' /o/owned; } > /out/stat
FROM scratch
COPY --from=build /out/ /
`;
  const pair = (name: string) => `FROM ${BASE_IMAGE} AS build
ARG RUN
RUN --mount=type=cache,id=cm-${nonce}-pair,target=/s \\
    echo ${name} > /s/${name} && mkdir /out && ls /s > /out/seen
FROM scratch
COPY --from=build /out/ /
`;
  const target = (name: string, dockerfile: string) =>
    `target "${name}" {\n  dockerfile = "${dockerfile}"\n  args = { RUN = OUT }\n  output = ["type=local,dest=\${OUT}/${name}"]\n}`;
  return makeProject({
    'docker-bake.hcl': [
      'variable "OUT" {\n  default = "out"\n}',
      'group "default" {\n  targets = ["counter", "owned", "pair-a", "pair-b"]\n}',
      target('counter', 'counter.Dockerfile'),
      target('owned', 'owned.Dockerfile'),
      target('pair-a', 'pair-a.Dockerfile'),
      target('pair-b', 'pair-b.Dockerfile'),
      target('nomount', 'nomount.Dockerfile'),
      '',
    ].join('\n\n'),
    'counter.Dockerfile': counter,
    'owned.Dockerfile': owned,
    'pair-a.Dockerfile': pair('a'),
    'pair-b.Dockerfile': pair('b'),
    'nomount.Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo ${nonce} > /n\n`,
  });
}

function storeFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

describe.each(DAEMONS)('cache mounts on the $name', ({ endpoint }) => {
  it('survive a pruned daemon through the store: contents, owners, modes, shared and private mounts', async () => {
    const nonce = crypto.randomBytes(6).toString('hex');
    const dir = project(nonce);
    const storeDir = path.join(dir, 'store');
    const events: BuildEvent[] = [];
    const bake = (out: string, targets: string[], extra: Partial<CacheMountsOptions> = {}) =>
      runBake({
        files: [path.join(dir, 'docker-bake.hcl')],
        targets,
        set: [],
        vars: { OUT: out },
        cwd: dir,
        env: process.env,
        builder: endpoint,
        cache: 'off',
        cacheMounts: { mode: 'auto', store: new DirStore(storeDir), image: BASE_IMAGE, ...extra },
        onEvent: (e) => events.push(e),
      });
    const read = (out: string, file: string) => fs.readFileSync(path.join(dir, out, file), 'utf8').trim();

    // 1. empty store, fresh mounts
    const first = await bake('run1', []);
    expect(first.ok, JSON.stringify(first.targets.map((t) => [t.target, t.error?.message]))).toBe(true);
    const reports1 = first.cacheMounts ?? [];
    expect(reports1.map((r) => [r.id, r.targets, r.restoredKey, r.saved]).sort()).toEqual(
      [
        [`cm-${nonce}/var/counter`, ['counter'], undefined, 'saved'],
        [`cm-${nonce}-private`, ['counter'], undefined, 'saved'],
        [`cm-${nonce}-owned`, ['owned'], undefined, 'saved'],
        // one mount, two targets: one report, one save
        [`cm-${nonce}-pair`, ['pair-a', 'pair-b'], undefined, 'saved'],
      ].sort(),
    );
    for (const r of reports1) expect(r.warnings).toEqual([]);
    expect(read('run1/counter', 'n')).toBe('1');
    expect(read('run1/counter', 'p')).toBe('1');
    const blob = read('run1/counter', 'blob.md5');
    expect(reports1.find((r) => r.id.endsWith('/var/counter'))!.size, JSON.stringify(reports1)).toBeGreaterThan(
      3_000_000,
    );
    expect(storeFiles(storeDir)).toHaveLength(8); // 4 archives, 4 entries

    // 2. a fresh daemon: only the store remembers
    pruneDaemon(endpoint);
    const second = await bake('run2', []);
    expect(second.ok, JSON.stringify(second.targets.map((t) => [t.target, t.error?.message]))).toBe(true);
    const reports2 = second.cacheMounts ?? [];
    for (const r of reports2) {
      expect(r.restoredKey, r.id).toBeDefined();
      expect(r.kept, r.id).toBeUndefined();
      expect(r.saved, r.id).toBe('saved');
    }
    expect(read('run2/counter', 'n')).toBe('2');
    expect(read('run2/counter', 'p')).toBe('2');
    expect(read('run2/counter', 'blob.md5')).toBe(blob);
    expect(read('run2/owned', 'n')).toBe('2');
    // the mount's root as the frontend's mkdir made it; the files as the first run left them
    expect(read('run2/owned', 'stat').split('\n')).toEqual(['1000:1000 750', '741', 'sub/f', '0', '1234:5678']);
    expect(read('run2/pair-a', 'seen').split('\n')).toEqual(['a', 'b']);
    expect(read('run2/pair-b', 'seen').split('\n')).toEqual(['a', 'b']);

    // 3. a target without cache mounts: nothing extra solved, nothing reported, the store untouched
    const before = storeFiles(storeDir);
    const plain = await bake('run3', ['nomount']);
    expect(plain.ok).toBe(true);
    expect(plain.cacheMounts).toEqual([]);
    expect(storeFiles(storeDir)).toEqual(before);

    // 4. over maxSize: the build is fine, a warning says why nothing was saved. The daemon still has the mounts:
    // the restore leaves them as they are (kept)
    events.length = 0;
    const small = await bake('run4', ['counter'], { maxSize: 100_000 });
    expect(small.ok).toBe(true);
    expect(read('run4/counter', 'n')).toBe('3');
    const big = small.cacheMounts!.find((r) => r.id.endsWith('/var/counter'))!;
    expect(big.kept).toBe(true);
    expect(big.saved).toBe('skipped');
    expect(big.warnings.join('\n')).toMatch(/over the limit/);
    expect(events.some((e) => e.type === 'warning' && /over the limit/.test(e.message))).toBe(true);
    // the private mount's archive is small: saved
    expect(small.cacheMounts!.find((r) => r.id.endsWith('-private'))!.saved).toBe('saved');
    expect(storeFiles(storeDir).length).toBe(before.length + 2);
  });
});
