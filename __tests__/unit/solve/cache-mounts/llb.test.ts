import * as crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../../src/buildkit/proto/registry.js';
import {
  DEFAULT_HELPER_IMAGE,
  imageIdentifier,
  restoreDefinition,
  saveDefinition,
} from '../../../../src/solve/cache-mounts/llb.js';
import type { CacheMountSpec } from '../../../../src/solve/cache-mounts/types.js';

function decode(def: Buffer) {
  const d = decodeMessage('pb.Definition', def);
  const ops = (d.def ?? []).map((b) => ({
    digest: `sha256:${crypto.createHash('sha256').update(b).digest('hex')}`,
    op: decodeMessage('pb.Op', b),
  }));
  return { ops, metadata: d.metadata ?? {} };
}

const plain: CacheMountSpec = { id: 'go-build', cacheId: '/go-build', target: '/root/.cache', sharing: 'locked' };

describe('cache mount definitions', () => {
  it('save: the image at /, the cache mount at /cache on scratch, /out as the result; a new cache key each time', () => {
    const { ops, metadata } = decode(saveDefinition(plain, { image: 'localhost:5000/busybox', nonce: 'n1' }));
    expect(ops).toHaveLength(3);
    const [image, exec, terminal] = ops;
    expect(image.op.source).toEqual({ identifier: 'docker-image://localhost:5000/busybox:latest', attrs: {} });
    expect(exec.op.inputs).toEqual([{ digest: image.digest }]); // index 0: the zero value
    const e = exec.op.exec!;
    expect(e.meta!.args!.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(e.meta!.args![2]).toContain('tar -cf /out/cache.tar -C /cache .');
    expect(e.meta!.user).toBe('0:0');
    expect(e.mounts!.map((m) => [m.dest, m.input ?? '0', m.output ?? '0'])).toEqual([
      ['/', '0', '0'],
      ['/cache', '-1', '-1'],
      ['/out', '-1', '1'],
    ]);
    expect(e.mounts![1].mountType).toBe(3); // CACHE
    expect(e.mounts![1].cacheOpt).toEqual({ ID: '/go-build', sharing: 2 }); // LOCKED
    expect(e.mounts![1].selector).toBeUndefined();
    expect(terminal.op.inputs).toEqual([{ digest: exec.digest, index: '1' }]);
    // never ignore_cache: BuildKit prunes the cache mounts of such an exec; a nonce makes it run instead
    expect(metadata[exec.digest].ignore_cache).toBeUndefined();
    expect(e.meta!.env).toEqual([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'BAKEKIT_TRANSFER=n1',
    ]);
  });

  it("with uid/gid/mode: the mount's base is the frontend's mkdir FileOp, not ignored by the cache", () => {
    const spec: CacheMountSpec = { ...plain, sharing: 'shared', uid: 1000, gid: 1000, mode: 0o1750 };
    const { ops, metadata } = decode(saveDefinition(spec));
    const mkdir = ops.find((o) => o.op.file)!;
    const exec = ops.find((o) => o.op.exec)!;
    expect(mkdir.op.inputs).toEqual([]);
    expect(mkdir.op.file!.actions).toEqual([
      {
        input: '-1',
        secondaryInput: '-1',
        // output 0 (the op's result) is the zero value, absent once decoded
        action: 'mkdir',
        mkdir: {
          path: '/cache',
          mode: 0o750, // masked to the permission bits, as llb does
          owner: { user: { byID: 1000, user: 'byID' }, group: { byID: 1000, user: 'byID' } },
          timestamp: '-1',
        },
      },
    ]);
    expect(metadata[mkdir.digest].ignore_cache).toBeUndefined();
    const cache = exec.op.exec!.mounts!.find((m) => m.dest === '/cache')!;
    expect(exec.op.inputs!.map((i) => i.digest)).toEqual([ops[0].digest, mkdir.digest]);
    expect(cache.input).toBe('1');
    expect(cache.selector).toBe('/cache');
    expect(cache.cacheOpt).toEqual({ ID: '/go-build' }); // SHARED is the zero value
  });

  it('an owner given as uid 0 is still marshalled (llb sets the oneof), mode defaults to 0755', () => {
    const { ops } = decode(saveDefinition({ ...plain, gid: 0 }));
    const mkdir = ops.find((o) => o.op.file)!.op.file!.actions![0].mkdir!;
    expect(mkdir.mode).toBe(0o755);
    expect(mkdir.owner).toEqual({ user: { byID: 0, user: 'byID' }, group: { byID: 0, user: 'byID' } });
  });

  it('restore: the archive as a local source of the session at /in, read-only; a new cache key each time', () => {
    const { ops, metadata } = decode(
      restoreDefinition(
        { ...plain, sharing: 'private' },
        { sessionId: 'sess', name: 'bakekit-cache-mount', unique: 'u1', sharedKeyHint: 'k' },
      ),
    );
    const local = ops.find((o) => o.op.source?.identifier?.startsWith('local://'))!;
    expect(local.op.source).toEqual({
      identifier: 'local://bakekit-cache-mount',
      attrs: {
        'local.session': 'sess',
        'local.unique': 'u1',
        'local.includepattern': '["cache.tar"]',
        'local.sharedkeyhint': 'k',
      },
    });
    const exec = ops.find((o) => o.op.exec)!;
    const mounts = exec.op.exec!.mounts!;
    const inMount = mounts.find((m) => m.dest === '/in')!;
    expect(exec.op.inputs![Number(inMount.input ?? '0')].digest).toBe(local.digest);
    expect(inMount.readonly).toBe(true);
    expect(inMount.output).toBe('-1');
    expect(mounts.find((m) => m.dest === '/cache')!.cacheOpt).toEqual({ ID: '/go-build', sharing: 1 });
    expect(exec.op.exec!.meta!.args![2]).toContain('ls -A /cache');
    expect(exec.op.exec!.meta!.args![2]).toContain('tar -xpf /in/cache.tar');
    expect(metadata[exec.digest].ignore_cache).toBeUndefined();
    expect(ops.at(-1)!.op.inputs).toEqual([{ digest: exec.digest }]);
  });

  it('two definitions of one mount differ only by their nonce (so that each runs)', () => {
    const a = decode(saveDefinition(plain)).ops.find((o) => o.op.exec)!;
    const b = decode(saveDefinition(plain)).ops.find((o) => o.op.exec)!;
    expect(a.digest).not.toBe(b.digest);
    expect(a.op.exec!.meta!.env![1]).not.toBe(b.op.exec!.meta!.env![1]);
  });

  it('image identifiers are normalised as llb.Image normalises them', () => {
    expect(imageIdentifier('busybox')).toBe('docker-image://docker.io/library/busybox:latest');
    expect(imageIdentifier('localhost:5000/busybox')).toBe('docker-image://localhost:5000/busybox:latest');
    expect(imageIdentifier(DEFAULT_HELPER_IMAGE)).toBe(`docker-image://${DEFAULT_HELPER_IMAGE}`);
    expect(imageIdentifier('busybox@sha256:' + 'a'.repeat(64))).toBe(
      `docker-image://docker.io/library/busybox@sha256:${'a'.repeat(64)}`,
    );
  });
});
