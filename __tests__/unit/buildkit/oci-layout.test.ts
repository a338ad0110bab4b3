/** OCI layout helpers (oci-layout.ts) against what buildx's util/ocilayout and BuildKit's client/ociindex do. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  blobPath,
  findManifest,
  formatOciLayoutRef,
  indexWithDescriptor,
  isValidDigest,
  ociReferenceName,
  parseOciLayoutRef,
  putDescriptor,
  readIndex,
  type OciIndex,
} from '../../../src/buildkit/oci-layout.js';

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;
const C = `sha256:${'c'.repeat(64)}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-layout-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('parseOciLayoutRef (buildx util/ocilayout.Parse)', () => {
  test.each([
    ['oci-layout:///path/to/oci/layout', { path: '/path/to/oci/layout', tag: 'latest' }],
    ['oci-layout:///path/to/oci/layout:1.3', { path: '/path/to/oci/layout', tag: '1.3' }],
    [`oci-layout:///path/to/oci/layout@${A}`, { path: '/path/to/oci/layout', digest: A }],
    [`oci-layout:///path/to/oci/@/layout@${A}`, { path: '/path/to/oci/@/layout', digest: A }],
    ['oci-layout:///path/to/oci/@/layout', { path: '/path/to/oci/@/layout', tag: 'latest' }],
    ['oci-layout://a:1.3', { path: 'a', tag: '1.3' }],
    [`oci-layout://rel/dir:v2@${A}`, { path: 'rel/dir', tag: 'v2', digest: A }],
    ['oci-layout://C:\\path\\to\\layout', { path: 'C:\\path\\to\\layout', tag: 'latest' }],
    ['oci-layout://C:/path/to/layout:1.3', { path: 'C:/path/to/layout', tag: '1.3' }],
  ])('%s', (s, want) => {
    expect(parseOciLayoutRef(s)).toEqual(want);
  });

  test('other values are not oci-layout references; a malformed digest after @ is an error', () => {
    expect(parseOciLayoutRef('docker-image://alpine')).toBeUndefined();
    expect(parseOciLayoutRef('/some/dir')).toBeUndefined();
    expect(() => parseOciLayoutRef(`oci-layout:///x@sha256:${'a'.repeat(40)}`)).toThrow(/invalid digest/);
  });

  test('formats back as buildx Ref.String: path, then :tag, then @digest', () => {
    expect(formatOciLayoutRef({ path: 'storeid', tag: 'latest', digest: A })).toBe(`oci-layout://storeid:latest@${A}`);
    expect(formatOciLayoutRef({ path: 'storeid', digest: A })).toBe(`oci-layout://storeid@${A}`);
  });
});

describe('digests and blob paths', () => {
  test('only sha256/384/512 digests with their hex length are valid; anything else never becomes a path', () => {
    expect(isValidDigest(A)).toBe(true);
    expect(isValidDigest(`sha512:${'0'.repeat(128)}`)).toBe(true);
    expect(isValidDigest(`sha256:${'A'.repeat(64)}`)).toBe(false);
    expect(isValidDigest('sha256:../../x')).toBe(false);
    expect(isValidDigest(`md5:${'a'.repeat(32)}`)).toBe(false);
    expect(blobPath('/l', A)).toBe(`/l/blobs/sha256/${'a'.repeat(64)}`);
    expect(() => blobPath('/l', 'sha256:../../etc')).toThrow(/invalid digest/);
  });
});

describe('index.json (client/ociindex)', () => {
  const index: OciIndex = {
    schemaVersion: 2,
    manifests: [
      { digest: A, size: 1 },
      { digest: B, size: 2, annotations: { 'org.opencontainers.image.ref.name': 'v1' } },
      {
        digest: C,
        size: 3,
        annotations: {
          'io.containerd.image.name': 'docker.io/library/app:v1',
          'org.opencontainers.image.ref.name': 'v1',
        },
      },
    ],
  };

  test('finds by image name first, then by ref name; the single manifest only when asked', () => {
    expect(findManifest(index, 'v1')?.digest).toBe(B);
    expect(findManifest(index, 'docker.io/library/app:v1')?.digest).toBe(C);
    expect(findManifest(index, 'nope')).toBeUndefined();
    expect(findManifest(index, 'nope', { orSingle: true })).toBeUndefined();
    expect(findManifest({ manifests: [{ digest: A, size: 1 }] }, 'latest', { orSingle: true })?.digest).toBe(A);
    expect(findManifest({ manifests: [{ digest: A, size: 1 }] }, 'latest')).toBeUndefined();
  });

  test('a tag replaces the manifests with that ref name and no image name; defaults are filled in', () => {
    const out = indexWithDescriptor(
      { manifests: index.manifests },
      { mediaType: 'application/vnd.oci.image.index.v1+json', digest: A, size: 9 },
      [{ tag: 'v1' }],
    );
    expect(out.schemaVersion).toBe(2);
    expect(out.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(Object.keys(out).slice(0, 3)).toEqual(['schemaVersion', 'mediaType', 'manifests']);
    expect(out.manifests!.map((m) => m.digest)).toEqual([A, C, A]);
    expect(out.manifests![2]).toEqual({
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: A,
      size: 9,
      annotations: { 'org.opencontainers.image.ref.name': 'v1' },
    });
  });

  test('an image name sets both annotations, the ref name being its tag, and replaces only an equal pair', () => {
    const out = indexWithDescriptor(index, { digest: B, size: 2 }, [
      { name: 'docker.io/library/app:v1' },
      { name: 'localhost:5000/app:v2' },
    ]);
    expect(out.manifests!.map((m) => m.digest)).toEqual([A, B, B, B]);
    expect(out.manifests![2].annotations).toEqual({
      'io.containerd.image.name': 'docker.io/library/app:v1',
      'org.opencontainers.image.ref.name': 'v1',
    });
    expect(out.manifests![3].annotations).toEqual({
      'io.containerd.image.name': 'localhost:5000/app:v2',
      'org.opencontainers.image.ref.name': 'v2',
    });
  });

  test("ociReferenceName is containerd reference.Parse's object", () => {
    expect(ociReferenceName('docker.io/library/app:latest')).toBe('latest');
    expect(ociReferenceName('localhost:5000/a/b:1.0')).toBe('1.0');
    expect(ociReferenceName(`docker.io/library/app@${A}`)).toBe(`@${A}`);
    expect(ociReferenceName('app')).toBe('');
  });

  test('putDescriptor creates the layout (oci-layout, index.json), keeps other entries and unknown fields', () => {
    const dir = path.join(tmp, 'put');
    putDescriptor(dir, { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: A, size: 10 }, [
      { tag: 'latest' },
    ]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
    const first = readIndex(dir);
    expect(first.manifests).toEqual([
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: A,
        size: 10,
        annotations: { 'org.opencontainers.image.ref.name': 'latest' },
      },
    ]);
    fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ ...first, annotations: { keep: 'me' } }));
    putDescriptor(dir, { digest: B, size: 2 }, [{ tag: 'other' }]);
    putDescriptor(dir, { digest: C, size: 3 }, [{ tag: 'latest' }]);
    const after = readIndex(dir);
    expect(after.annotations).toEqual({ keep: 'me' });
    expect(after.manifests!.map((m) => [m.digest, m.annotations?.['org.opencontainers.image.ref.name']])).toEqual([
      [B, 'other'],
      [C, 'latest'],
    ]);
    expect(fs.readdirSync(dir).sort()).toEqual(['index.json', 'oci-layout']);
  });

  test('readIndex says which file is missing or broken', () => {
    expect(() => readIndex(path.join(tmp, 'none'))).toThrow(
      /could not read .*none\/index\.json: no such file or directory/,
    );
    const dir = path.join(tmp, 'broken');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'index.json'), '{');
    expect(() => readIndex(dir)).toThrow(/could not parse .*broken\/index\.json/);
  });
});
