/** Image outputs in the plan (load, attestations), node placement of platforms, builder nodes, push error hints. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attestValue, planTarget, PlanError } from '../../../../src/solve/target/plan.js';
import { emptyTarget, type TargetSpec } from '../../../../src/solve/target/spec.js';
import { assignPlatforms, builderNodes, parseNodeSpec, repoOnly } from '../../../../src/solve/nodes/nodes.js';
import { explainExportError, exporterResponseForMetadata } from '../../../../src/solve/images/exporter-errors.js';
import { resolveBuilderNodes } from '../../../../src/buildkit/transport/endpoint.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function project(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-outputs-'));
  dirs.push(d);
  fs.writeFileSync(path.join(d, 'Dockerfile'), 'FROM scratch\n');
  return d;
}
const target = (patch: Partial<TargetSpec>): TargetSpec => {
  const d = project();
  return { ...emptyTarget('app', d), dockerfile: path.join(d, 'Dockerfile'), ...patch };
};

describe('attestations as buildx sends them', () => {
  it('type first, then attributes sorted, quoted when they hold commas', () => {
    expect(attestValue({ type: 'provenance', mode: 'max', 'builder-id': 'https://ci/run/1' })).toBe(
      'type=provenance,builder-id=https://ci/run/1,mode=max',
    );
    expect(attestValue({ type: 'sbom', generator: 'img:1', x: 'a,b' })).toBe('type=sbom,generator=img:1,"x=a,b"');
  });

  it('first entry per type wins; disabled sends nothing and stops the default provenance', () => {
    const p = planTarget(
      target({
        attest: [{ type: 'sbom' }, { type: 'sbom', generator: 'other' }, { type: 'provenance', disabled: 'true' }],
        outputs: [{ type: 'image', name: 'r/app' }],
      }),
      { defaultProvenance: true },
    );
    expect(p.frontendAttrs['attest:sbom']).toBe('type=sbom');
    expect(p.frontendAttrs['attest:provenance']).toBeUndefined();
  });

  // buildx toSolveOpt adds it whatever the outputs (the differential suite checks this against buildx itself)
  it('default provenance (mode=min,inline-only=true) on daemons that support it, whatever the outputs', () => {
    expect(
      planTarget(target({ outputs: [{ type: 'image', name: 'r/app' }] }), { defaultProvenance: true }).frontendAttrs[
        'attest:provenance'
      ],
    ).toBe('mode=min,inline-only=true');
    expect(
      planTarget(target({ outputs: [{ type: 'image', name: 'r/app' }] }), {}).frontendAttrs['attest:provenance'],
    ).toBeUndefined();
    expect(
      planTarget(target({ outputs: [{ type: 'local', dest: '/tmp/x' }] }), { defaultProvenance: true }).frontendAttrs[
        'attest:provenance'
      ],
    ).toBe('mode=min,inline-only=true');
    expect(
      planTarget(
        target({ attest: [{ type: 'provenance', mode: 'max' }], outputs: [{ type: 'image', name: 'r/app' }] }),
        { defaultProvenance: true },
      ).frontendAttrs['attest:provenance'],
    ).toBe('type=provenance,mode=max');
  });
});

describe('type=docker without dest', () => {
  it('on the Engine: its moby exporter, asking for manifest digests on the containerd store', () => {
    const p = planTarget(target({ tags: ['app:1'], outputs: [{ type: 'docker' }] }), {
      dockerEngine: true,
      engineContainerdStore: true,
    });
    expect(p.exporters).toEqual([{ Type: 'moby', Attrs: { name: 'app:1', 'prefer-image-digest': 'true' } }]);
    expect(p.destinations).toEqual([{ mode: 'none' }]);
  });

  it('elsewhere: streamed into the Engine, as an OCI archive when the Engine imports those', () => {
    const oci = planTarget(target({ tags: ['app:1'], outputs: [{ type: 'docker', context: 'ctx1' }] }), {
      ociImporter: () => true,
    });
    expect(oci.exporters).toEqual([{ Type: 'oci', Attrs: { name: 'app:1', 'prefer-image-digest': 'true' } }]);
    expect(oci.destinations).toEqual([{ mode: 'load', context: 'ctx1' }]);
    const docker = planTarget(target({ tags: ['app:1'], outputs: [{ type: 'docker' }] }), { ociImporter: () => false });
    expect(docker.exporters).toEqual([{ Type: 'docker', Attrs: { name: 'app:1' } }]);
    expect(docker.destinations).toEqual([{ mode: 'load', context: undefined }]);
    expect(() =>
      planTarget(target({ platforms: ['linux/amd64', 'linux/arm64'], outputs: [{ type: 'docker' }] }), {}),
    ).toThrow(PlanError);
  });

  it('an OCI layout directory (tar=false) is written through the content store `export`; without dest it is refused', () => {
    const p = planTarget(target({ tags: ['app:1'], outputs: [{ type: 'oci', dest: '/tmp/x', tar: 'false' }] }), {});
    expect(p.exporters).toEqual([{ Type: 'oci', Attrs: { tar: 'false', name: 'app:1' } }]);
    expect(p.destinations).toEqual([{ mode: 'store', path: '/tmp/x' }]);
    expect(p.contentStores).toEqual({ stores: { export: '/tmp/x' }, indexUpdates: [{ kind: 'image', dir: '/tmp/x' }] });
    expect(() => planTarget(target({ outputs: [{ type: 'oci', tar: 'false' }] }), {})).toThrow(
      /tar=false needs dest=DIR/,
    );
  });

  it('the config digest leaves the metadata when the image digest is preferred (buildx)', () => {
    const p = planTarget(target({ outputs: [{ type: 'docker' }] }), { ociImporter: () => true });
    expect(
      exporterResponseForMetadata({ 'containerimage.digest': 'a', 'containerimage.config.digest': 'b' }, p),
    ).toEqual({ 'containerimage.digest': 'a' });
  });
});

describe('node placement', () => {
  const any = ['linux/amd64', 'linux/386', 'linux/arm64'];
  it('nodes created for a platform get it; otherwise work spreads over nodes that build it', () => {
    expect([
      ...assignPlatforms(
        ['linux/amd64', 'linux/386'],
        [
          { platforms: [], supported: any },
          { platforms: [], supported: ['linux/amd64'] },
        ],
      ),
    ]).toEqual([
      [0, ['linux/386']],
      [1, ['linux/amd64']],
    ]);
    expect([
      ...assignPlatforms(
        ['linux/amd64', 'linux/386'],
        [
          { platforms: ['linux/386'], supported: any },
          { platforms: ['linux/amd64'], supported: any },
        ],
      ),
    ]).toEqual([
      [0, ['linux/386']],
      [1, ['linux/amd64']],
    ]);
    // nobody builds it: the first node (emulation)
    expect([
      ...assignPlatforms(
        ['linux/s390x'],
        [
          { platforms: [], supported: ['linux/amd64'] },
          { platforms: [], supported: [] },
        ],
      ),
    ]).toEqual([[0, ['linux/s390x']]]);
    // no platforms: the first node's default
    expect([
      ...assignPlatforms(
        [],
        [
          { platforms: [], supported: [] },
          { platforms: [], supported: [] },
        ],
      ),
    ]).toEqual([[0, []]]);
    // normalised comparison (arm64/v8 = arm64)
    expect([
      ...assignPlatforms(
        ['linux/arm64/v8'],
        [
          { platforms: [], supported: ['linux/amd64'] },
          { platforms: ['linux/arm64'], supported: [] },
        ],
      ),
    ]).toEqual([[1, ['linux/arm64/v8']]]);
  });

  it('parses ENDPOINT [PLATFORMS] node specs', () => {
    expect(parseNodeSpec('unix:///run/buildkit/buildkitd.sock linux/amd64,linux/386', 0)).toMatchObject({
      name: 'node0',
      endpoint: { kind: 'unix', path: '/run/buildkit/buildkitd.sock' },
      platforms: ['linux/amd64', 'linux/386'],
    });
    expect(parseNodeSpec('docker://', 1)).toMatchObject({ endpoint: { kind: 'docker' }, platforms: [] });
    expect(() => parseNodeSpec('docker:// linux', 0)).toThrow(/not a platform/);
  });

  it('repositories for pushes by digest', () => {
    expect(repoOnly(['localhost:5000/app:1', 'localhost:5000/app:latest', 'ghcr.io/o/app:1'])).toEqual([
      'localhost:5000/app',
      'ghcr.io/o/app',
    ]);
  });

  it('a multi-node buildx builder brings its nodes and their platforms; --node appends', () => {
    const cfg = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-buildx-'));
    dirs.push(cfg);
    fs.mkdirSync(path.join(cfg, 'instances'), { recursive: true });
    fs.writeFileSync(
      path.join(cfg, 'instances', 'multi'),
      JSON.stringify({
        Name: 'multi',
        Driver: 'remote',
        Nodes: [
          {
            Name: 'multi0',
            Endpoint: 'unix:///run/buildkit/buildkitd.sock',
            Platforms: [{ os: 'linux', architecture: '386' }],
          },
          { Name: 'multi1', Endpoint: 'tcp://127.0.0.1:1234', Platforms: null },
        ],
      }),
    );
    const env = { BUILDX_CONFIG: cfg };
    expect(resolveBuilderNodes('multi', env)).toEqual([
      {
        name: 'multi0',
        endpoint: { kind: 'unix', path: '/run/buildkit/buildkitd.sock', builder: 'multi' },
        platforms: ['linux/386'],
      },
      { name: 'multi1', endpoint: { kind: 'tcp', host: '127.0.0.1', port: 1234, builder: 'multi' }, platforms: [] },
    ]);
    expect(builderNodes({ builder: 'multi', env })?.nodes.map((n) => n.name)).toEqual(['multi0', 'multi1']);
    expect(builderNodes({ builder: 'multi', env })?.builderName).toBe('multi');
    expect(builderNodes({ builder: 'unix:///a.sock', env })).toBeUndefined();
    const appended = builderNodes({ builder: 'unix:///a.sock', nodes: ['docker:// linux/amd64'], env });
    expect(appended?.nodes.map((n) => [n.name, n.endpoint.kind, n.platforms])).toEqual([
      ['node0', 'unix', []],
      ['node1', 'docker', ['linux/amd64']],
    ]);
    // without a builder, nodes are added to the builder in use (none here: the Engine)
    const toDefault = builderNodes({ nodes: ['unix:///b.sock linux/386'], env: { ...env, DOCKER_HOST: '' } });
    expect(toDefault?.nodes.map((n) => [n.name, n.endpoint.kind, n.platforms])).toEqual([
      ['default', 'docker', []],
      ['node1', 'unix', ['linux/386']],
    ]);
    expect(builderNodes({ env })).toBeUndefined();
  });
});

describe('push errors explained', () => {
  const plan = () =>
    planTarget(target({ tags: ['127.0.0.1:5999/app:1'], outputs: [{ type: 'image', push: 'true' }] }), {});
  it('names the registry and the config the credentials came from', () => {
    const err = new Error(
      'failed to push 127.0.0.1:5999/app:1: unexpected status from HEAD request to http://127.0.0.1:5999/v2/app/blobs/sha256:x: 401 Unauthorized',
    );
    explainExportError(err, plan(), { lookup: () => ({ username: 'u', secret: 'p' }) }, '/cfg');
    expect(err.message).toMatch(
      /hint: the registry 127\.0\.0\.1:5999 rejected the credentials bakekit sent from \/cfg\/config\.json/,
    );
    const none = new Error('failed to push: 401 Unauthorized');
    explainExportError(none, plan(), { lookup: () => undefined }, '/cfg');
    expect(none.message).toMatch(
      /no credentials for 127\.0\.0\.1:5999 in \/cfg\/config\.json: run `docker login 127\.0\.0\.1:5999`/,
    );
    const other = new Error('exit code: 3');
    explainExportError(other, plan(), { lookup: () => undefined });
    expect(other.message).toBe('exit code: 3');
  });
});
