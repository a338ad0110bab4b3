/** Combining per-platform images into one index (buildx imagetools semantics) and planning merges from metadata. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RegistryClient, parseReference, type Descriptor } from '../../../../src/buildkit/registry/index.js';
import {
  combine,
  indexAnnotationsFrom,
  mergeImages,
  metadataTargets,
  planMerge,
  readMetadataInputs,
  type ImageSource,
} from '../../../../src/solve/images/merge.js';
import { emptyTarget } from '../../../../src/solve/target/spec.js';
import { digestOf, seedImage, startFakeRegistry, type FakeRegistry } from '../../../support/fake-registry.js';

let reg: FakeRegistry | undefined;
afterEach(async () => {
  await reg?.close();
  reg = undefined;
});

const client = () => new RegistryClient({ credentials: () => ({ username: 'user', secret: 'secret' }) });
const src = (r: FakeRegistry, repo: string, digest: string): ImageSource => ({
  ref: { ...parseReference(`${r.host}/${repo}`), digest },
});
/** The index combine wrote, as the tests read it. */
type IndexJson = { annotations?: Record<string, string>; manifests: Descriptor[] };

describe('combine', () => {
  it('puts single-platform manifests into an OCI index with platforms read from their configs', async () => {
    reg = await startFakeRegistry({ auth: 'bearer' });
    const amd = seedImage(reg, 'app', { os: 'linux', architecture: 'amd64' });
    const arm = seedImage(reg, 'app', { os: 'linux', architecture: 'arm', variant: 'v7' });
    const c = await combine(client(), [src(reg, 'app', amd.digest), src(reg, 'app', arm.digest)]);
    const index = JSON.parse(c.bytes.toString()) as unknown;
    expect(index).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: amd.digest,
          size: amd.size,
          platform: { architecture: 'amd64', os: 'linux' },
        },
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: arm.digest,
          size: arm.size,
          platform: { architecture: 'arm', os: 'linux', variant: 'v7' },
        },
      ],
    });
    // Go's json.MarshalIndent layout, so the digest matches what buildx would compute
    expect(c.bytes.toString()).toBe(JSON.stringify(index, null, 2));
    expect(c.descriptor).toEqual({
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: digestOf(c.bytes),
      size: c.bytes.length,
    });
  });

  it('uses a Docker manifest list when every entry is a Docker media type', async () => {
    reg = await startFakeRegistry();
    const a = seedImage(reg, 'app', { os: 'linux', architecture: 'amd64' }, { docker: true });
    const b = seedImage(reg, 'app', { os: 'linux', architecture: '386' }, { docker: true });
    const c = await combine(client(), [src(reg, 'app', a.digest), src(reg, 'app', b.digest)]);
    expect(c.descriptor.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
  });

  it('flattens index sources (attestation manifests included), dedupes, and passes a single source through', async () => {
    reg = await startFakeRegistry();
    const amd = seedImage(reg, 'app', { os: 'linux', architecture: 'amd64' });
    const att = seedImage(reg, 'app', { os: 'unknown', architecture: 'unknown' });
    const idx = reg.putManifest(
      'app',
      'amd',
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          {
            mediaType: amd.mediaType,
            digest: amd.digest,
            size: amd.size,
            platform: { architecture: 'amd64', os: 'linux' },
          },
          {
            mediaType: att.mediaType,
            digest: att.digest,
            size: att.size,
            annotations: {
              'vnd.docker.reference.digest': amd.digest,
              'vnd.docker.reference.type': 'attestation-manifest',
            },
            platform: { architecture: 'unknown', os: 'unknown' },
          },
        ],
      },
      'application/vnd.oci.image.index.v1+json',
    );
    const i386 = seedImage(reg, 'app', { os: 'linux', architecture: '386' });
    const single = await combine(client(), [src(reg, 'app', idx.digest)]);
    expect(single.descriptor.digest).toBe(idx.digest);
    expect(single.bytes.equals(idx.bytes)).toBe(true);
    expect(single.entries.map((e) => e.descriptor.digest)).toEqual([amd.digest, att.digest]);

    const merged = await combine(client(), [
      src(reg, 'app', idx.digest),
      src(reg, 'app', i386.digest),
      src(reg, 'app', amd.digest),
    ]);
    const index = JSON.parse(merged.bytes.toString()) as IndexJson;
    expect(index.manifests.map((m: { digest: string }) => m.digest)).toEqual([amd.digest, att.digest, i386.digest]);
    expect(index.manifests[1].annotations!['vnd.docker.reference.type']).toBe('attestation-manifest');
  });

  it('applies index and per-platform descriptor annotations', async () => {
    reg = await startFakeRegistry();
    const a = seedImage(reg, 'app', { os: 'linux', architecture: 'amd64' });
    const b = seedImage(reg, 'app', { os: 'linux', architecture: 'arm64' });
    const ann = indexAnnotationsFrom({
      'annotation-index.org.opencontainers.image.title': 'T',
      'annotation-manifest-descriptor[linux/arm64].note': 'arm',
      'annotation.ignored': 'x',
    });
    const c = await combine(client(), [src(reg, 'app', a.digest), src(reg, 'app', b.digest)], ann);
    const index = JSON.parse(c.bytes.toString()) as IndexJson;
    expect(index.annotations).toEqual({ 'org.opencontainers.image.title': 'T' });
    expect(index.manifests[0].annotations).toBeUndefined();
    expect(index.manifests[1].annotations).toEqual({ note: 'arm' });
  });
});

describe('mergeImages', () => {
  it('pushes the index under every tag, copying manifests and blobs into other repositories first', async () => {
    reg = await startFakeRegistry({ auth: 'bearer' });
    const a = seedImage(reg, 'jobs/app', { os: 'linux', architecture: 'amd64' });
    const b = seedImage(reg, 'jobs/app', { os: 'linux', architecture: '386' });
    const r = await mergeImages(
      client(),
      [src(reg, 'jobs/app', a.digest), src(reg, 'jobs/app', b.digest)],
      [`${reg.host}/jobs/app:v1`, `${reg.host}/release/app:latest`],
    );
    expect(r.metadata['image.name']).toBe(`${reg.host}/jobs/app:v1,${reg.host}/release/app:latest`);
    for (const [repo, tag] of [
      ['jobs/app', 'v1'],
      ['release/app', 'latest'],
    ]) {
      const stored = reg.repo(repo).manifests.get(tag);
      expect(stored && digestOf(stored.bytes)).toBe(r.descriptor.digest);
    }
    // the other repository got the platform manifests and their blobs (mounted)
    expect(reg.repo('release/app').manifests.has(a.digest)).toBe(true);
    expect(reg.repo('release/app').blobs.has(b.layer.digest)).toBe(true);
    expect(reg.requests.some((q) => q.method === 'POST' && q.url.includes('mount='))).toBe(true);
  });

  it('needs names', async () => {
    reg = await startFakeRegistry();
    await expect(mergeImages(client(), [], [])).rejects.toThrow(/no image names/);
  });
});

describe('planMerge from metadata files', () => {
  const d1 = `sha256:${'1'.repeat(64)}`;
  const d2 = `sha256:${'2'.repeat(64)}`;
  const job = (digest: string, name = 'localhost:5000/app') => ({
    app: { 'containerimage.digest': digest, 'image.name': name, 'buildx.build.ref': 'x/y/z' },
    'buildx.build.warnings': [],
  });

  it('reads files, directories and inline JSON; tags come from the definition', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-md-'));
    fs.mkdirSync(path.join(dir, 'digests'));
    fs.writeFileSync(path.join(dir, 'digests', 'a.json'), JSON.stringify(job(d1)));
    const inputs = readMetadataInputs(['digests', JSON.stringify(job(d2))], dir);
    expect(inputs.map((i) => i.origin)).toEqual([path.join(dir, 'digests', 'a.json'), 'inline metadata']);
    expect(metadataTargets(inputs)).toEqual(['app']);
    const spec = { ...emptyTarget('app', dir), tags: ['localhost:5000/app:1.0', 'localhost:5000/app:latest'] };
    const [plan] = planMerge(inputs, [spec]);
    expect(plan.names).toEqual(['localhost:5000/app:1.0', 'localhost:5000/app:latest']);
    expect(plan.sources.map((s) => s.ref)).toEqual([
      { domain: 'localhost:5000', path: 'app', digest: d1 },
      { domain: 'localhost:5000', path: 'app', digest: d2 },
    ]);
    fs.rmSync(dir, { recursive: true });
  });

  it('without a definition the tagged names of the jobs are used; canonical names are skipped', () => {
    const inputs = [
      { origin: 'a', data: job(d1, `localhost:5000/app:v1,localhost:5000/app@${d1}`) },
      { origin: 'b', data: job(d2, 'localhost:5000/app:v1') },
    ];
    expect(planMerge(inputs, [])[0].names).toEqual(['localhost:5000/app:v1']);
  });

  it('explains what is missing', () => {
    expect(() => planMerge([{ origin: 'a.json', data: { app: { 'image.name': 'x' } } }], [])).toThrow(
      /a\.json: target "app" has no containerimage\.digest/,
    );
    expect(() => planMerge([{ origin: 'a.json', data: job(d1) }], [])).toThrow(/target "app": no tags/);
    expect(() => planMerge([{ origin: 'a.json', data: job(d1) }], [], ['other'])).toThrow(
      /no metadata for target "other"/,
    );
  });
});
