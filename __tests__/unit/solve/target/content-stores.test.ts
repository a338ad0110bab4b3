/**
 * content-stores.ts: which OCI layouts a target's session serves and how its plan changes for them — the Go client's
 * parseCacheOptions (local cache) and index.json updates, buildx's oci-layout named contexts.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  planContentStores,
  resetLayout,
  updateIndexes,
  type LayoutReader,
} from '../../../../src/solve/target/content-stores.js';
import { planTarget, PlanError } from '../../../../src/solve/target/plan.js';
import { emptyTarget, type TargetSpec } from '../../../../src/solve/target/spec.js';
import { readIndex, type OciIndex } from '../../../../src/buildkit/oci-layout.js';

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'content-stores-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Layouts in memory: dir → index (or a read error) and blobs. */
function layouts(dirs: Record<string, { index?: OciIndex; blobs?: string[] }>): LayoutReader {
  return {
    readIndex(dir) {
      const l = dirs[dir];
      if (!l?.index) throw new Error(`could not read ${dir}/index.json: no such file or directory`);
      return l.index;
    },
    hasBlob: (dir, digest) => !!dirs[dir]?.blobs?.includes(digest),
  };
}
const tagged = (digest: string, tag: string) => ({
  digest,
  size: 1,
  annotations: { 'org.opencontainers.image.ref.name': tag },
});
const input = (patch: Partial<Parameters<typeof planContentStores>[0]>) => ({
  target: 'app',
  cacheImports: [],
  cacheExports: [],
  frontendAttrs: {},
  layoutExports: [],
  ...patch,
});

describe('local cache (client/solve.go parseCacheOptions)', () => {
  test('cache-to: the directory is served as local:<dest as written>; index.json gets cache.manifest under latest or tag=', () => {
    const r = planContentStores(
      input({
        cacheExports: [
          { Type: 'local', Attrs: { dest: 'cache', mode: 'max' } },
          { Type: 'local', Attrs: { dest: '/abs/c2', tag: 'v1', reset: 'true' } },
          { Type: 'inline', Attrs: {} },
        ],
      }),
      { cwd: '/work', layout: layouts({}) },
    );
    expect(r.stores).toEqual({ 'local:cache': '/work/cache', 'local:/abs/c2': '/abs/c2' });
    expect(r.indexUpdates).toEqual([
      { kind: 'cache', dir: '/work/cache', tag: 'latest', reset: false },
      { kind: 'cache', dir: '/abs/c2', tag: 'v1', reset: true },
    ]);
    expect(r.warnings).toEqual([]);
    expect(() => planContentStores(input({ cacheExports: [{ Type: 'local', Attrs: {} }] }), { cwd: '/w' })).toThrow(
      /requires dest/,
    );
    expect(() =>
      planContentStores(input({ cacheExports: [{ Type: 'local', Attrs: { dest: 'd', reset: 'maybe' } }] }), {
        cwd: '/w',
      }),
    ).toThrow(/reset=maybe/);
  });

  test('cache-from: digest from index.json (tag latest or tag=), added to the entry; an explicit digest wins', () => {
    const reader = layouts({ '/w/c': { index: { manifests: [tagged(A, 'latest'), tagged(B, 'v2')] }, blobs: [A, B] } });
    const r = planContentStores(
      input({
        cacheImports: [
          { Type: 'local', Attrs: { src: 'c' } },
          { Type: 'local', Attrs: { src: 'c', tag: 'v2' } },
          { Type: 'local', Attrs: { src: '/w/c', digest: B } },
          { Type: 'registry', Attrs: { ref: 'r/cache' } },
        ],
      }),
      { cwd: '/w', layout: reader },
    );
    expect(r.cacheImports).toEqual([
      { Type: 'local', Attrs: { src: 'c', digest: A } },
      { Type: 'local', Attrs: { src: 'c', tag: 'v2', digest: B } },
      { Type: 'local', Attrs: { src: '/w/c', digest: B } },
      { Type: 'registry', Attrs: { ref: 'r/cache' } },
    ]);
    expect(r.stores).toEqual({ 'local:c': '/w/c', 'local:/w/c': '/w/c' });
    expect(r.warnings).toEqual([]);
    expect(r.indexUpdates).toEqual([]);
  });

  test('cache-from: a missing index.json, tag or blob drops the import with a warning', () => {
    const reader = layouts({ '/w/c': { index: { manifests: [tagged(A, 'latest')] }, blobs: [] } });
    const r = planContentStores(
      input({
        cacheImports: [
          { Type: 'local', Attrs: { src: 'none' } },
          { Type: 'local', Attrs: { src: 'c', tag: 'v9' } },
          { Type: 'local', Attrs: { src: 'c' } },
        ],
      }),
      { cwd: '/w', layout: reader },
    );
    expect(r.cacheImports).toEqual([]);
    expect(r.stores).toEqual({});
    expect(r.warnings).toEqual([
      {
        target: 'app',
        message:
          'cache-from type=local,src=none skipped: could not read /w/none/index.json: no such file or directory; building without it',
      },
      {
        target: 'app',
        message:
          'cache-from type=local,src=c skipped: no digest found for tag v9 in /w/c/index.json; building without it',
      },
      {
        target: 'app',
        message: `cache-from type=local,src=c skipped: digest ${A} unavailable: content ${A}: not found; building without it`,
      },
    ]);
    expect(() => planContentStores(input({ cacheImports: [{ Type: 'local', Attrs: {} }] }), { cwd: '/w' })).toThrow(
      /requires src/,
    );
    expect(() =>
      planContentStores(input({ cacheImports: [{ Type: 'local', Attrs: { src: 'c', tag: '' } }] }), {
        cwd: '/w',
        layout: reader,
      }),
    ).toThrow(/requires either explicit digest/);
  });

  test('planTarget: the rewritten imports reach the frontend too; a dropped import leaves no cache-imports attribute', () => {
    const d = fs.mkdtempSync(path.join(tmp, 'proj-'));
    fs.writeFileSync(path.join(d, 'Dockerfile'), 'FROM scratch\n');
    const cacheDir = path.join(d, 'cache');
    fs.mkdirSync(path.join(cacheDir, 'blobs', 'sha256'), { recursive: true });
    fs.writeFileSync(path.join(cacheDir, 'blobs', 'sha256', 'a'.repeat(64)), 'x');
    fs.writeFileSync(path.join(cacheDir, 'index.json'), JSON.stringify({ manifests: [tagged(A, 'latest')] }));
    const spec: TargetSpec = {
      ...emptyTarget('app', d),
      dockerfile: path.join(d, 'Dockerfile'),
      cacheFrom: [{ type: 'local', src: 'cache' }],
      cacheTo: [{ type: 'local', dest: 'cache' }],
    };
    const p = planTarget(spec, { cwd: d });
    expect(p.cacheImports).toEqual([{ Type: 'local', Attrs: { src: 'cache', digest: A } }]);
    expect(JSON.parse(p.frontendAttrs['cache-imports'])).toEqual([
      { Type: 'local', Attrs: { src: 'cache', digest: A } },
    ]);
    expect(p.contentStores).toEqual({
      stores: { 'local:cache': cacheDir },
      indexUpdates: [{ kind: 'cache', dir: cacheDir, tag: 'latest', reset: false }],
    });

    const cold = planTarget({ ...spec, cacheFrom: [{ type: 'local', src: 'empty' }] }, { cwd: d });
    expect(cold.cacheImports).toEqual([]);
    expect(cold.frontendAttrs['cache-imports']).toBeUndefined();
    expect(cold.warnings?.map((w) => w.message)).toEqual([
      expect.stringMatching(/^cache-from type=local,src=empty skipped: could not read/),
    ]);
    expect(() => planTarget({ ...spec, cacheTo: [{ type: 'local' }] }, { cwd: d })).toThrow(PlanError);
  });
});

describe('oci-layout named contexts (buildx build/opt.go)', () => {
  const names = () => {
    let i = 0;
    return () => `store${++i}`;
  };

  test('a tag is resolved from index.json (or the single manifest) and the store gets a name of its own', () => {
    const reader = layouts({
      '/w/layout': { index: { manifests: [tagged(A, 'latest'), tagged(B, 'v2')] } },
      '/abs/single': { index: { manifests: [{ digest: B, size: 1 }] } },
    });
    const r = planContentStores(
      input({
        frontendAttrs: {
          'context:base': 'oci-layout://layout',
          'context:v2': 'oci-layout://layout:v2',
          'context:pinned': `oci-layout:///abs/pinned@${A}`,
          'context:single': 'oci-layout:///abs/single:whatever',
          'context:img': 'docker-image://alpine',
          filename: 'Dockerfile',
        },
      }),
      { cwd: '/w', layout: reader, newStoreName: names() },
    );
    expect(r.frontendAttrs).toEqual({
      'context:base': `oci-layout://store1:latest@${A}`,
      'context:v2': `oci-layout://store2:v2@${B}`,
      'context:pinned': `oci-layout://store3@${A}`,
      'context:single': `oci-layout://store4:whatever@${B}`,
    });
    expect(r.stores).toEqual({
      'oci:store1': '/w/layout',
      'oci:store2': '/w/layout',
      'oci:store3': '/abs/pinned',
      'oci:store4': '/abs/single',
    });
  });

  test('an unresolvable reference fails the plan as buildx does', () => {
    const reader = layouts({ '/w/two': { index: { manifests: [tagged(A, 'a'), tagged(B, 'b')] } } });
    expect(() =>
      planContentStores(input({ frontendAttrs: { 'context:x': 'oci-layout://two:c' } }), { cwd: '/w', layout: reader }),
    ).toThrow('oci-layout reference "oci-layout://two:c" could not be resolved: failed to resolve digest');
    expect(() =>
      planContentStores(input({ frontendAttrs: { 'context:x': 'oci-layout://none' } }), { cwd: '/w', layout: reader }),
    ).toThrow(/could not be resolved: could not read \/w\/none\/index\.json/);
  });

  test('store names are valid reference names (the frontend parses the value as a reference)', () => {
    const r = planContentStores(input({ frontendAttrs: { 'context:x': `oci-layout:///l@${A}` } }), {
      cwd: '/w',
      layout: layouts({}),
    });
    const name = Object.keys(r.stores)[0].slice('oci:'.length);
    expect(name).toMatch(/^[a-z0-9]+$/);
    expect(r.frontendAttrs['context:x']).toBe(`oci-layout://${name}@${A}`);
  });
});

describe('layout outputs (type=oci,tar=false)', () => {
  test('served as the store "export"; one per target', () => {
    expect(planContentStores(input({ layoutExports: ['out'] }), { cwd: '/w' })).toMatchObject({
      stores: { export: '/w/out' },
      indexUpdates: [{ kind: 'image', dir: '/w/out' }],
    });
    expect(() => planContentStores(input({ layoutExports: ['a', 'b'] }), { cwd: '/w' })).toThrow(/only one output/);
  });
});

describe('index.json after the solve', () => {
  const blob = (dir: string, content: string | object) => {
    const data = typeof content === 'string' ? content : JSON.stringify(content);
    const digest = `sha256:${crypto.createHash('sha256').update(data).digest('hex')}`;
    fs.mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'blobs', 'sha256', digest.slice(7)), data);
    return { digest, size: data.length };
  };

  test('cache.manifest goes in under its tag; containerimage.descriptor under each image.name, or latest', () => {
    const cache = path.join(tmp, 'cache-upd');
    const out = path.join(tmp, 'out-upd');
    const desc = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: A, size: 5 };
    updateIndexes(
      {
        stores: {},
        indexUpdates: [
          { kind: 'cache', dir: cache, tag: 'v1', reset: false },
          { kind: 'image', dir: out },
        ],
      },
      {
        'cache.manifest': JSON.stringify(desc),
        'containerimage.descriptor': Buffer.from(JSON.stringify({ ...desc, digest: B })).toString('base64'),
        'image.name': 'docker.io/library/app:1,docker.io/library/app:latest',
      },
    );
    expect(readIndex(cache).manifests).toEqual([
      { ...desc, annotations: { 'org.opencontainers.image.ref.name': 'v1' } },
    ]);
    expect(readIndex(out).manifests!.map((m) => m.annotations)).toEqual([
      { 'io.containerd.image.name': 'docker.io/library/app:1', 'org.opencontainers.image.ref.name': '1' },
      { 'io.containerd.image.name': 'docker.io/library/app:latest', 'org.opencontainers.image.ref.name': 'latest' },
    ]);
    const unnamed = path.join(tmp, 'out-unnamed');
    updateIndexes(
      { stores: {}, indexUpdates: [{ kind: 'image', dir: unnamed }] },
      { 'containerimage.descriptor': Buffer.from(JSON.stringify(desc)).toString('base64') },
    );
    expect(readIndex(unnamed).manifests).toEqual([
      { ...desc, annotations: { 'org.opencontainers.image.ref.name': 'latest' } },
    ]);
    // nothing exported: nothing written
    const idle = path.join(tmp, 'idle');
    updateIndexes({ stores: {}, indexUpdates: [{ kind: 'cache', dir: idle, tag: 'latest', reset: false }] }, {});
    expect(fs.existsSync(idle)).toBe(false);
  });

  test('reset=true keeps what index.json reaches (index → manifests → config, layers) and deletes the rest', () => {
    const dir = path.join(tmp, 'reset');
    const layer = blob(dir, 'layer');
    const config = blob(dir, 'config');
    const manifest = blob(dir, {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { ...config, mediaType: 'application/vnd.buildkit.cacheconfig.v0' },
      layers: [layer],
    });
    const stale = blob(dir, 'stale layer');
    const warnings = updateIndexes(
      { stores: {}, indexUpdates: [{ kind: 'cache', dir, tag: 'latest', reset: true }] },
      { 'cache.manifest': JSON.stringify({ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest }) },
    );
    expect(warnings).toEqual([]);
    const left = fs
      .readdirSync(path.join(dir, 'blobs', 'sha256'))
      .map((h) => `sha256:${h}`)
      .sort();
    expect(left).toEqual([layer.digest, config.digest, manifest.digest].sort());
    expect(left).not.toContain(stale.digest);
    expect(resetLayout(path.join(tmp, 'no-layout'))[0]).toMatch(/^failed to reset cache store/);
  });
});
