/**
 * What travels through a content store served in the session (session/content-store.ts) — local cache
 * exports and imports, `oci-layout://` named contexts, `type=oci,tar=false` outputs — on the real daemons, and both
 * ways between bakekit and `docker buildx bake` (buildx 0.29, a private `remote` builder on the standalone buildkitd).
 *
 * Cache tests prune the daemon's build cache between the export and the import, so CACHED steps can only come from
 * the directory. Every project's content is unique to the test (a nonce), so nothing older can make them pass.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobPath, readIndex } from '../../../src/buildkit/oci-layout.js';
import { BASE_IMAGE, ENGINE, LEGACY, STANDALONE, requireTestHost } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';
import { bake, expectOk, expectOwnBuildsFinished, pruneDaemon, type Observed } from './helpers.js';

let buildxConfig: string;
const BUILDER = 'bakekit-content-stores';

/** process.env without any ACTIONS_* (no default gha cache). */
function plainEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('ACTIONS_')) env[k] = v;
  return env;
}

beforeAll(() => {
  requireTestHost();
  const v = spawnSync('docker', ['buildx', 'version'], { encoding: 'utf8', timeout: 20_000 });
  if (v.status !== 0) throw new Error('docker buildx is not installed (scripts/test-host.sh docker installs it)');
  buildxConfig = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-bxcfg-'));
  execFileSync('docker', ['buildx', 'create', '--driver', 'remote', STANDALONE, '--name', BUILDER], {
    env: buildxEnv(),
    timeout: 60_000,
    stdio: 'ignore',
  });
}, 120_000);
afterAll(() => {
  if (buildxConfig) fs.rmSync(buildxConfig, { recursive: true, force: true });
  removeProjects();
});

function buildxEnv(): NodeJS.ProcessEnv {
  return {
    ...plainEnv(),
    DOCKER_CONFIG: buildxConfig,
    BUILDX_CONFIG: path.join(buildxConfig, 'buildx'),
    BUILDX_NO_DEFAULT_ATTESTATIONS: '1',
  };
}

/** `docker buildx bake --progress plain` in `dir`; returns its progress output. */
function buildx(dir: string, targets: string[]): string {
  const r = spawnSync('docker', ['buildx', 'bake', '--builder', BUILDER, '--progress', 'plain', ...targets], {
    cwd: dir,
    env: buildxEnv(),
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`docker buildx bake failed:\n${r.stderr.slice(-3000)}`);
  return r.stderr;
}

/** Steps of buildx's plain progress: `#N [stage x/y] TEXT` → cached or not. */
function buildxSteps(progress: string): Array<{ name: string; cached: boolean }> {
  const names = new Map<string, string>();
  const cached = new Set<string>();
  for (const line of progress.split('\n')) {
    const m = /^#(\d+) (\[.*)$/.exec(line);
    if (m && !names.has(m[1])) names.set(m[1], m[2]);
    const c = /^#(\d+) CACHED$/.exec(line);
    if (c) cached.add(c[1]);
  }
  return [...names]
    .filter(([, n]) => /^\[[^\]]*\b\d+\/\d+\]/.test(n))
    .map(([id, name]) => ({ name, cached: cached.has(id) }));
}

/** A two-step Dockerfile whose content is unique to this call, and a bake file for it. */
function cacheProject(hcl: string) {
  const nonce = crypto.randomUUID();
  const dir = makeProject({
    'docker-bake.hcl': hcl,
    Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo "${nonce}" > /one.txt\nCOPY hello.txt /hello.txt\nRUN cat /one.txt /hello.txt > /two.txt\n`,
    'hello.txt': `hello ${nonce}\n`,
  });
  return { dir, nonce };
}

const target = (body: string) => `group "default" {\n  targets = ["app"]\n}\ntarget "app" {\n${body}\n}\n`;

/** Every non-FROM step of the target CACHED. */
function expectAllCached(o: Observed, t = 'app'): void {
  const s = o.steps(t);
  expect(s.total - s.from.length, s.names.join(' | ')).toBeGreaterThanOrEqual(3);
  expect(s.uncached, `every step CACHED: ${s.names.join(' | ')}`).toEqual([]);
}

function cacheManifestOf(dir: string, tag = 'latest') {
  const idx = readIndex(dir);
  const m = idx.manifests!.filter((d) => d.annotations?.['org.opencontainers.image.ref.name'] === tag);
  expect(m.length, JSON.stringify(idx)).toBe(1);
  expect(fs.existsSync(path.join(dir, 'blobs', 'sha256', m[0].digest.slice(7)))).toBe(true);
  return m[0];
}

const CACHE_DAEMONS = [
  { name: 'standalone buildkitd', endpoint: STANDALONE },
  { name: 'Docker Engine', endpoint: ENGINE },
  { name: 'legacy BuildKit v0.13', endpoint: LEGACY },
];

describe.each(CACHE_DAEMONS)('local cache through the session content store on $name', ({ endpoint }) => {
  it('cache-to type=local then, after a prune, cache-from type=local: every step CACHED', async () => {
    const { dir } = cacheProject(
      target('  cache-to = ["type=local,dest=cache,mode=max"]\n  output = ["type=cacheonly"]'),
    );
    const cold = await bake(dir, endpoint, plainEnv());
    expectOk(cold);
    expect(cold.warnings).toEqual([]);
    expect(cold.steps('app').uncached.length).toBeGreaterThanOrEqual(3);
    const desc = cacheManifestOf(path.join(dir, 'cache'));
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'cache', 'oci-layout'), 'utf8'))).toEqual({
      imageLayoutVersion: '1.0.0',
    });
    expect(cold.result.targets[0].exporterResponse['cache.manifest']).toContain(desc.digest);
    expect(cold.result.targets[0].cache?.exports).toEqual([{ entry: 'type=local,mode=max', type: 'local' }]);

    pruneDaemon(endpoint);
    fs.writeFileSync(
      path.join(dir, 'docker-bake.hcl'),
      target('  cache-from = ["type=local,src=cache"]\n  output = ["type=cacheonly"]'),
    );
    const warm = await bake(dir, endpoint, plainEnv());
    expectOk(warm);
    expect(warm.warnings).toEqual([]);
    expectAllCached(warm);
    expect(warm.result.targets[0].cache?.imports).toEqual([{ entry: 'type=local', type: 'local' }]);
  }, 180_000);
});

describe('local cache on the standalone buildkitd', () => {
  it('tag= names the cache in index.json and picks it on import; a missing directory or tag is a warning, not a failure', async () => {
    const { dir } = cacheProject(
      target('  cache-to = ["type=local,dest=cache,mode=max,tag=v1"]\n  output = ["type=cacheonly"]'),
    );
    expectOk(await bake(dir, STANDALONE, plainEnv()));
    cacheManifestOf(path.join(dir, 'cache'), 'v1');
    expect(readIndex(path.join(dir, 'cache')).manifests!.length).toBe(1);

    pruneDaemon(STANDALONE);
    fs.writeFileSync(
      path.join(dir, 'docker-bake.hcl'),
      target(
        '  cache-from = ["type=local,src=nowhere", "type=local,src=cache", "type=local,src=cache,tag=v1"]\n  output = ["type=cacheonly"]',
      ),
    );
    const o = await bake(dir, STANDALONE, plainEnv());
    expectOk(o);
    expect(o.warnings).toEqual([
      {
        target: 'app',
        message: expect.stringMatching(
          /^cache-from type=local,src=nowhere skipped: could not read .*nowhere\/index\.json: no such file or directory; building without it$/,
        ) as unknown,
      },
      {
        target: 'app',
        message: expect.stringMatching(
          /^cache-from type=local,src=cache skipped: no digest found for tag latest in .*cache\/index\.json; building without it$/,
        ) as unknown,
      },
    ]);
    expectAllCached(o);
    expect(o.result.targets[0].cache?.imports).toEqual([{ entry: 'type=local', type: 'local' }]);
  }, 180_000);

  it('two targets exporting into one directory at once each get their own tag in its index.json, and no ingest is left behind', async () => {
    const nonce = crypto.randomUUID();
    const dir = makeProject({
      'docker-bake.hcl': [
        'group "default" {\n  targets = ["a", "b"]\n}',
        'target "a" {\n  dockerfile = "a.Dockerfile"\n  cache-to = ["type=local,dest=cache,mode=max,tag=a"]\n  output = ["type=cacheonly"]\n}',
        'target "b" {\n  dockerfile = "b.Dockerfile"\n  cache-to = ["type=local,dest=cache,mode=max,tag=b"]\n  output = ["type=cacheonly"]\n}',
      ].join('\n'),
      'a.Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo "${nonce}" > /shared.txt\nRUN echo a > /a.txt\n`,
      'b.Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo "${nonce}" > /shared.txt\nRUN echo b > /b.txt\n`,
    });
    const o = await bake(dir, STANDALONE, plainEnv());
    expectOk(o);
    const a = cacheManifestOf(path.join(dir, 'cache'), 'a');
    const b = cacheManifestOf(path.join(dir, 'cache'), 'b');
    expect(a.digest).not.toBe(b.digest);
    expect(
      fs.existsSync(path.join(dir, 'cache', 'ingest')) ? fs.readdirSync(path.join(dir, 'cache', 'ingest')) : [],
    ).toEqual([]);
  }, 180_000);
});

/** The last layer of the layout's image `manifestDigest`, uncompressed, as text (tar headers and file contents). */
function lastLayerText(layout: string, manifestDigest: string): string {
  const blob = (digest: string) => fs.readFileSync(blobPath(layout, digest));
  const manifest = JSON.parse(blob(manifestDigest).toString('utf8')) as {
    layers: { digest: string; mediaType: string }[];
  };
  const last = manifest.layers.at(-1)!;
  const bytes = blob(last.digest);
  return (last.mediaType.endsWith('gzip') ? zlib.gunzipSync(bytes) : bytes).toString('latin1');
}

/** A layout made by bakekit (`type=oci,tar=false`) of an image holding `/marker.txt`. */
async function layoutProject(endpoint: string) {
  const nonce = crypto.randomUUID();
  const dir = makeProject({
    'docker-bake.hcl': [
      'target "base" {\n  context = "base"\n  tags = ["localhost:5000/bakekit-test/layout:v1"]\n  output = ["type=oci,tar=false,dest=layout"]\n}',
      'target "app" {\n  context = "app"\n  contexts = { base = "oci-layout://layout:v1" }\n  output = ["type=local,dest=out"]\n}',
      'target "pinned" {\n  inherits = ["app"]\n  contexts = { base = "oci-layout://layout@${DIGEST}" }\n  output = ["type=local,dest=out-pinned"]\n}',
      'variable "DIGEST" {\n  default = ""\n}',
    ].join('\n'),
    'base/Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo "${nonce}" > /marker.txt\n`,
    'app/Dockerfile': 'FROM base AS b\nRUN cat /marker.txt > /seen.txt\nFROM scratch\nCOPY --from=b /seen.txt /\n',
  });
  const o = await bake(dir, endpoint, plainEnv(), { targets: ['base'] });
  expectOk(o);
  return { dir, nonce };
}

describe.each(CACHE_DAEMONS)('OCI layouts on $name', ({ endpoint }) => {
  it('output type=oci,tar=false writes a layout (index.json named like buildx); an oci-layout named context builds from it, by tag or digest', async () => {
    const { dir, nonce } = await layoutProject(endpoint);
    const idx = readIndex(path.join(dir, 'layout'));
    expect(idx.manifests!.length).toBe(1);
    const m = idx.manifests![0];
    expect(m.annotations).toMatchObject({
      'io.containerd.image.name': 'localhost:5000/bakekit-test/layout:v1',
      'org.opencontainers.image.ref.name': 'v1',
    });
    expect(fs.existsSync(path.join(dir, 'layout', 'blobs', 'sha256', m.digest.slice(7)))).toBe(true);
    // the image in the layout is the one built: its last layer holds the RUN's /marker.txt (a once-seen failure of the
    // build below, on the Engine, read an image without it; this tells an export without it from a bad import)
    expect(lastLayerText(path.join(dir, 'layout'), m.digest)).toContain(nonce);

    const byTag = await bake(dir, endpoint, plainEnv(), { targets: ['app'] });
    expectOk(byTag);
    expect(fs.readFileSync(path.join(dir, 'out', 'seen.txt'), 'utf8')).toBe(`${nonce}\n`);

    const env = { ...plainEnv(), DIGEST: m.digest };
    const pinned = await bake(dir, endpoint, env, { targets: ['pinned'] });
    expectOk(pinned);
    expect(fs.readFileSync(path.join(dir, 'out-pinned', 'seen.txt'), 'utf8')).toBe(`${nonce}\n`);
  }, 180_000);
});

describe('OCI layouts: errors', () => {
  it('an oci-layout context whose tag is not in a layout of several images fails the run before anything is sent, as buildx does', async () => {
    const { dir } = await layoutProject(STANDALONE);
    // with a single manifest any tag resolves to it (buildx's GetSingle fallback): add a second one
    const idx = readIndex(path.join(dir, 'layout'));
    idx.manifests!.push({ ...idx.manifests![0], annotations: { 'org.opencontainers.image.ref.name': 'other' } });
    fs.writeFileSync(path.join(dir, 'layout', 'index.json'), JSON.stringify(idx));
    fs.writeFileSync(
      path.join(dir, 'docker-bake.hcl'),
      'target "app" {\n  context = "app"\n  contexts = { base = "oci-layout://layout:nope" }\n}\n',
    );
    await expect(bake(dir, STANDALONE, plainEnv(), { targets: ['app'] })).rejects.toThrow(
      /oci-layout reference "oci-layout:\/\/layout:nope" could not be resolved: failed to resolve digest/,
    );
  }, 120_000);
});

describe('round trips with docker buildx bake (remote builder on the standalone buildkitd)', () => {
  it('buildx exports a local cache, bakekit imports it: every step CACHED; both write index.json alike', async () => {
    const { dir } = cacheProject(
      target('  cache-to = ["type=local,dest=cache,mode=max"]\n  output = ["type=cacheonly"]'),
    );
    buildx(dir, ['app']);
    const byBuildx = cacheManifestOf(path.join(dir, 'cache'));
    pruneDaemon(STANDALONE);
    fs.writeFileSync(
      path.join(dir, 'docker-bake.hcl'),
      target(
        '  cache-from = ["type=local,src=cache"]\n  cache-to = ["type=local,dest=mine,mode=max"]\n  output = ["type=cacheonly"]',
      ),
    );
    const o = await bake(dir, STANDALONE, plainEnv());
    expectOk(o);
    expect(o.warnings).toEqual([]);
    expectAllCached(o);
    // the same cache, exported again by bakekit: same shape of index.json and oci-layout
    const byBakekit = cacheManifestOf(path.join(dir, 'mine'));
    expect(Object.keys(byBakekit).sort()).toEqual(Object.keys(byBuildx).sort());
    expect(byBakekit.mediaType).toBe(byBuildx.mediaType);
    expect(byBakekit.annotations).toEqual(byBuildx.annotations);
    const layoutFile = (d: string) => JSON.parse(fs.readFileSync(path.join(dir, d, 'oci-layout'), 'utf8')) as unknown;
    expect(layoutFile('mine')).toEqual(layoutFile('cache'));
    const topKeys = (d: string) => Object.keys(readIndex(path.join(dir, d)));
    expect(topKeys('mine')).toEqual(topKeys('cache'));
  }, 240_000);

  it('bakekit exports a local cache, buildx imports it: every step CACHED', async () => {
    const { dir } = cacheProject(
      target('  cache-to = ["type=local,dest=cache,mode=max"]\n  output = ["type=cacheonly"]'),
    );
    expectOk(await bake(dir, STANDALONE, plainEnv()));
    pruneDaemon(STANDALONE);
    fs.writeFileSync(
      path.join(dir, 'docker-bake.hcl'),
      target('  cache-from = ["type=local,src=cache"]\n  output = ["type=cacheonly"]'),
    );
    const steps = buildxSteps(buildx(dir, ['app'])).filter((s) => !/\] FROM /.test(s.name));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.filter((s) => !s.cached)).toEqual([]);
  }, 240_000);

  it('a layout written by buildx is an oci-layout context for bakekit, and one written by bakekit for buildx', async () => {
    const { dir, nonce } = await layoutProject(STANDALONE);
    // bakekit's layout, used by buildx
    buildx(dir, ['app']);
    expect(fs.readFileSync(path.join(dir, 'out', 'seen.txt'), 'utf8')).toBe(`${nonce}\n`);
    const bakekitIndex = readIndex(path.join(dir, 'layout'));

    // buildx's layout, used by bakekit
    fs.rmSync(path.join(dir, 'layout'), { recursive: true, force: true });
    fs.rmSync(path.join(dir, 'out'), { recursive: true, force: true });
    buildx(dir, ['base']);
    const buildxIndex = readIndex(path.join(dir, 'layout'));
    const o = await bake(dir, STANDALONE, plainEnv(), { targets: ['app'] });
    expectOk(o);
    expect(fs.readFileSync(path.join(dir, 'out', 'seen.txt'), 'utf8')).toBe(`${nonce}\n`);
    // the index.json entries have the same shape
    const shape = (i: typeof buildxIndex) =>
      i.manifests!.map((m) => ({ keys: Object.keys(m).sort(), annotations: m.annotations, mediaType: m.mediaType }));
    const strip = (s: ReturnType<typeof shape>) =>
      s.map((m) => ({ ...m, annotations: { ...m.annotations, 'org.opencontainers.image.created': undefined } }));
    expect(strip(shape(bakekitIndex))).toEqual(strip(shape(buildxIndex)));
    expect(Object.keys(bakekitIndex)).toEqual(Object.keys(buildxIndex));
  }, 240_000);
});

it('leaves none of its builds running', async () => {
  await expectOwnBuildsFinished(STANDALONE);
  await expectOwnBuildsFinished(ENGINE);
  await expectOwnBuildsFinished(LEGACY);
}, 40_000);
