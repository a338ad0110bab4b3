/**
 * `publish: all-or-nothing` (src/solve/images/publish.ts): which outputs are held back and how (push by digest to the
 * names' repositories, the tags moved onto the other outputs), and the tagging after the run against the in-memory
 * registry: every name tagged with the pushed digest when every target built, nothing (and no image name in the
 * metadata) when one did not, a tagging failure failing its target. The real registry and daemon:
 * __tests__/integration/solve/execution-policy.test.ts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deferPushes, PublishError, publishDeferred, type DeferredPush } from '../../../../src/solve/images/publish.js';
import type { RunResult, TargetOutcome } from '../../../../src/solve/run/run.js';
import { TargetFailedError } from '../../../../src/solve/run/target-errors.js';
import { emptyTarget, type TargetSpec } from '../../../../src/solve/target/spec.js';
import type { BuildEvent } from '../../../../src/solve/run/events.js';
import { nothingPublishedLine } from '../../../../src/solve/render/report.js';
import { seedImage, startFakeRegistry, type FakeRegistry } from '../../../support/fake-registry.js';

function spec(name: string, extra: Partial<TargetSpec>): TargetSpec {
  return { ...emptyTarget(name, '/ctx'), ...extra };
}

describe('deferPushes', () => {
  it("turns a tagged push into a push by digest to the names' repositories, and remembers the names", () => {
    const { specs, deferred } = deferPushes([
      spec('app', {
        tags: ['localhost:5000/app:1', 'localhost:5000/app:latest', 'ghcr.io/o/app:1'],
        outputs: [{ type: 'registry' }],
      }),
      spec('lib', { outputs: [{ type: 'image', push: 'true', name: 'localhost:5000/lib:2,localhost:5000/lib2' }] }),
    ]);
    expect(specs[0].outputs).toEqual([
      { type: 'image', push: 'true', 'push-by-digest': 'true', name: 'localhost:5000/app,ghcr.io/o/app' },
    ]);
    expect(specs[0].tags).toEqual([]);
    expect(specs[1].outputs).toEqual([
      { type: 'image', push: 'true', 'push-by-digest': 'true', name: 'localhost:5000/lib,localhost:5000/lib2' },
    ]);
    expect(deferred).toEqual<DeferredPush[]>([
      {
        target: 'app',
        names: ['localhost:5000/app:1', 'localhost:5000/app:latest', 'ghcr.io/o/app:1'],
        repositories: ['localhost:5000/app', 'ghcr.io/o/app'],
        insecure: false,
      },
      {
        target: 'lib',
        names: ['localhost:5000/lib:2', 'localhost:5000/lib2'],
        repositories: ['localhost:5000/lib', 'localhost:5000/lib2'],
        insecure: false,
      },
    ]);
  });

  it("keeps the target's tags on its other named outputs, which it no longer carries", () => {
    const { specs } = deferPushes([
      spec('app', {
        tags: ['r/app:1'],
        outputs: [
          { type: 'image', push: '1', 'registry.insecure': 'true' },
          { type: 'docker' },
          { type: 'local', dest: '/out' },
        ],
      }),
    ]);
    expect(specs[0].outputs).toEqual([
      { type: 'image', push: 'true', 'push-by-digest': 'true', name: 'docker.io/r/app', 'registry.insecure': 'true' },
      { type: 'docker', name: 'r/app:1' },
      { type: 'local', dest: '/out' },
    ]);
  });

  it("leaves alone what does not push under a name: the user's push-by-digest, loads, files, calls, no outputs", () => {
    const untouched = [
      spec('bydigest', { outputs: [{ type: 'image', push: 'true', 'push-by-digest': 'true', name: 'r/a' }] }),
      spec('nopush', { tags: ['r/b:1'], outputs: [{ type: 'image', push: 'false' }, { type: 'docker' }] }),
      spec('check', { call: 'check', tags: ['r/c:1'], outputs: [{ type: 'registry' }] }),
      spec('none', { tags: ['r/d:1'] }),
    ];
    const { specs, deferred } = deferPushes(untouched);
    expect(specs).toEqual(untouched);
    expect(deferred).toEqual([]);
  });

  it('refuses a target with two pushing outputs (one digest cannot be tagged for both) and a bad name', () => {
    expect(() =>
      deferPushes([
        spec('two', {
          tags: ['r/a:1'],
          outputs: [{ type: 'registry' }, { type: 'image', push: 'true', compression: 'zstd' }],
        }),
      ]),
    ).toThrow(PublishError);
    expect(() => deferPushes([spec('bad', { tags: ['Not A Name'], outputs: [{ type: 'registry' }] })])).toThrow(
      /target "bad"/,
    );
  });
});

describe('publishDeferred', () => {
  let reg: FakeRegistry;
  let dockerConfig: string;
  beforeAll(() => {
    dockerConfig = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-publish-'));
  });
  afterAll(() => fs.rmSync(dockerConfig, { recursive: true, force: true }));
  afterEach(async () => reg?.close());

  const outcome = (target: string, status: TargetOutcome['status']): TargetOutcome => ({
    target,
    status,
    ref: 'r',
    durationMs: 1,
    exporterResponse: {},
    transferred: {},
  });
  const tagsOf = (repo: string) =>
    [...reg.repo(repo).manifests.keys()].filter((k) => !k.startsWith('sha256:') && k !== 'seed').sort();
  const env = () => ({ DOCKER_CONFIG: dockerConfig });

  /** Two targets whose images the build pushed by digest (seeded under a throwaway tag). */
  async function pushedByDigest() {
    reg = await startFakeRegistry();
    const app = seedImage(reg, 'app', { os: 'linux', architecture: 'amd64' }, { tag: 'seed' });
    const lib = seedImage(reg, 'lib', { os: 'linux', architecture: 'arm64' }, { tag: 'seed' });
    const deferred: DeferredPush[] = [
      {
        target: 'app',
        names: [`${reg.host}/app:1`, `${reg.host}/app`],
        repositories: [`${reg.host}/app`],
        insecure: false,
      },
      { target: 'lib', names: [`${reg.host}/lib:2`], repositories: [`${reg.host}/lib`], insecure: false },
    ];
    const metadata: RunResult['metadata'] = {
      app: { 'containerimage.digest': app.digest, 'image.name': `${reg.host}/app` },
      lib: { 'containerimage.digest': lib.digest, 'image.name': `${reg.host}/lib` },
      other: { 'buildx.build.ref': 'b/b0/x' },
    };
    return { app, lib, deferred, metadata };
  }

  it('tags every name with the pushed digest once every target built, and names them in the metadata', async () => {
    const { app, lib, deferred, metadata } = await pushedByDigest();
    const events: BuildEvent[] = [];
    const result: RunResult = {
      ok: true,
      targets: [outcome('app', 'done'), outcome('lib', 'done'), outcome('other', 'done')],
      dirs: [],
      metadata,
    };
    const published = await publishDeferred(deferred, result, { env: env(), onEvent: (e) => events.push(e) });
    expect(published.ok).toBe(true);
    expect(published.publish.published).toBe(true);
    expect(tagsOf('app')).toEqual(['1', 'latest']);
    expect(tagsOf('lib')).toEqual(['2']);
    expect(reg.repo('app').manifests.get('1')!.bytes.equals(reg.repo('app').manifests.get(app.digest)!.bytes)).toBe(
      true,
    );
    expect(reg.repo('app').manifests.get('1')!.mediaType).toBe(app.mediaType);
    expect(published.metadata.app['image.name']).toBe(`${reg.host}/app:1,${reg.host}/app`);
    expect(published.metadata.lib['image.name']).toBe(`${reg.host}/lib:2`);
    expect(published.publish.tagged.map((t) => [t.name, t.digest])).toEqual([
      [`${reg.host}/app:1`, app.digest],
      [`${reg.host}/app`, app.digest],
      [`${reg.host}/lib:2`, lib.digest],
    ]);
    expect(events.filter((e) => e.type === 'info').map((e) => (e as { message: string }).message)).toContain(
      `tagged ${reg.host}/lib:2 → ${lib.digest}`,
    );
  });

  it('tags nothing when a target failed, says which and what stays untagged, and names no image in the metadata', async () => {
    const { app, lib, deferred, metadata } = await pushedByDigest();
    const events: BuildEvent[] = [];
    const result: RunResult = {
      ok: false,
      targets: [
        outcome('app', 'done'),
        outcome('lib', 'done'),
        { ...outcome('other', 'failed'), error: new Error('RUN exit 1') },
      ],
      dirs: [],
      metadata,
    };
    const published = await publishDeferred(deferred, result, { env: env(), onEvent: (e) => events.push(e) });
    expect(tagsOf('app')).toEqual([]);
    expect(tagsOf('lib')).toEqual([]);
    expect(reg.requests.filter((r) => r.method === 'PUT')).toEqual([]);
    expect(published.ok).toBe(false);
    expect(published.publish).toMatchObject({
      published: false,
      blockedBy: ['other'],
      blockedHow: 'failed',
      tagged: [],
    });
    expect(published.publish.untagged).toEqual([
      { target: 'app', reference: `${reg.host}/app@${app.digest}` },
      { target: 'lib', reference: `${reg.host}/lib@${lib.digest}` },
    ]);
    expect(published.metadata.app).toEqual({ 'containerimage.digest': app.digest });
    expect(result.metadata.app['image.name']).toBe(`${reg.host}/app`); // the input is not changed
    expect(nothingPublishedLine(published.publish)).toBe(
      `nothing published: target "other" failed; pushed by digest and left untagged: ${reg.host}/app@${app.digest}, ${reg.host}/lib@${lib.digest}`,
    );
    expect(events).toEqual([]); // the shells print that line at the end
  });

  it('a cancelled run publishes nothing either', async () => {
    const { deferred, metadata } = await pushedByDigest();
    const result: RunResult = {
      ok: false,
      targets: [outcome('app', 'done'), outcome('lib', 'cancelled'), outcome('other', 'cancelled')],
      dirs: [],
      metadata,
    };
    const published = await publishDeferred(deferred, result, { env: env() });
    expect(published.publish).toMatchObject({ published: false, blockedBy: ['lib', 'other'], blockedHow: 'cancelled' });
    expect(tagsOf('app')).toEqual([]);
  });

  it('a tagging failure fails that target and stops there', async () => {
    const { deferred, metadata } = await pushedByDigest();
    metadata.app['containerimage.digest'] = `sha256:${'0'.repeat(64)}`; // not in the registry
    const result: RunResult = {
      ok: true,
      targets: [outcome('app', 'done'), outcome('lib', 'done')],
      dirs: [],
      metadata,
    };
    const published = await publishDeferred(deferred, result, { env: env() });
    expect(published.ok).toBe(false);
    expect(published.publish.failedTarget).toBe('app');
    const app = published.targets.find((t) => t.target === 'app')!;
    expect(app.status).toBe('failed');
    expect(app.error).toBeInstanceOf(TargetFailedError);
    expect((app.error as TargetFailedError).cause).toBeInstanceOf(PublishError);
    expect(tagsOf('lib')).toEqual([]);
    expect(published.metadata.lib['image.name']).toBeUndefined();
  });
});
