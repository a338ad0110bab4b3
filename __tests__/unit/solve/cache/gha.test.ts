/** GitHub Actions cache defaults, `type=gha` completion, daemon versions, the warming report (src/solve/cache/). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  daemonCacheSupport,
  defaultCacheScope,
  describeCacheEntry,
  formatWarmTable,
  goParseBool,
  isBuildStep,
  isFromStep,
  isReportedStep,
  parseBuildkitVersion,
  parseCacheMode,
  redact,
  resolveTargetCache,
  usesGhaCache,
  warmResult,
} from '../../../../src/solve/cache/gha.js';
import { engineCacheSupport } from '../../../../src/solve/cache/daemon.js';
import { CacheExportError, CacheMonitor } from '../../../../src/solve/cache/monitor.js';
import { planTarget } from '../../../../src/solve/target/plan.js';
import { emptyTarget, type TargetSpec } from '../../../../src/solve/target/spec.js';

const TOKEN = 'eyJhbGciOiJub25lIn0.eyJhYyI6IltdIn0.secret-token-value';
const V2_ENV = {
  ACTIONS_RUNTIME_TOKEN: TOKEN,
  ACTIONS_CACHE_URL: 'http://cache.example/v1/',
  ACTIONS_RESULTS_URL: 'http://results.example/',
  ACTIONS_CACHE_SERVICE_V2: 'true',
};
const V1_ENV = { ACTIONS_RUNTIME_TOKEN: TOKEN, ACTIONS_CACHE_URL: 'http://cache.example/v1/' };

function spec(patch: Partial<TargetSpec> = {}): TargetSpec {
  return { ...emptyTarget('app', '/ctx'), ...patch };
}

describe('parsing', () => {
  it('cache modes', () => {
    expect(parseCacheMode(undefined)).toBe('auto');
    expect(parseCacheMode('')).toBe('auto');
    expect(parseCacheMode(' Auto ')).toBe('auto');
    expect(parseCacheMode('off')).toBe('off');
    expect(parseCacheMode('false')).toBe('off');
    expect(() => parseCacheMode('max')).toThrow(/expected auto or off/);
  });

  it("ACTIONS_CACHE_SERVICE_V2 like Go's strconv.ParseBool", () => {
    for (const v of ['1', 't', 'T', 'true', 'TRUE', 'True']) expect(goParseBool(v)).toBe(true);
    for (const v of ['0', 'false', 'yes', 'on', '', undefined, 'tRuE']) expect(goParseBool(v)).toBe(false);
  });

  it('BuildKit versions and what they speak', () => {
    expect(parseBuildkitVersion('v0.25.2')).toEqual([0, 25, 2]);
    expect(parseBuildkitVersion('v0.13-debian')).toEqual([0, 13, 0]);
    expect(parseBuildkitVersion('v0.0.0+unknown')).toBeUndefined();
    expect(parseBuildkitVersion(undefined)).toBeUndefined();
    expect(daemonCacheSupport('v0.25.2').ghaV2).toBe(true);
    expect(daemonCacheSupport('v0.20.0').ghaV2).toBe(true);
    expect(daemonCacheSupport('v0.19.4').ghaV2).toBe(false);
    expect(daemonCacheSupport('v0.13-debian').ghaV2).toBe(false);
    expect(daemonCacheSupport('v0.0.0+unknown').ghaV2).toBe(true); // unknown: assume current
    // the REST API listing of a scope's keys (repository, ghtoken): v0.14 on
    expect(daemonCacheSupport('v0.14.0').ghaListKeys).toBe(true);
    expect(daemonCacheSupport('v0.13.2').ghaListKeys).toBe(false);
    expect(daemonCacheSupport('v0.0.0+unknown').ghaListKeys).toBe(true);
    expect(engineCacheSupport('28.5.2+dfsg4')).toEqual({
      version: 'embedded in Docker Engine 28.5.2+dfsg4',
      ghaV2: true,
      ghaListKeys: true,
    });
    expect(engineCacheSupport('27.5.1')).toMatchObject({ ghaV2: false, ghaListKeys: true });
    expect(engineCacheSupport('26.1.4')).toMatchObject({ ghaV2: false, ghaListKeys: false });
    expect(engineCacheSupport('garbage')).toBeUndefined();
  });
});

describe('defaultCacheScope', () => {
  it('is the target, plus its platform set sorted and deduplicated', () => {
    expect(defaultCacheScope('app')).toBe('app');
    expect(defaultCacheScope('app', ['linux/arm64', 'linux/amd64', 'linux/amd64'])).toBe('app-linux-amd64_linux-arm64');
    expect(defaultCacheScope('app', ['linux/arm/v7'])).toBe('app-linux-arm-v7');
    // matrix jobs building one platform each get separate scopes
    expect(defaultCacheScope('app', ['linux/amd64'])).not.toBe(defaultCacheScope('app', ['linux/arm64']));
  });

  it('stays short and key-safe', () => {
    const many = [
      'linux/amd64',
      'linux/arm64',
      'linux/arm/v7',
      'linux/arm/v6',
      'linux/386',
      'linux/ppc64le',
      'linux/s390x',
      'linux/riscv64',
    ];
    const scope = defaultCacheScope('app', many);
    expect(scope).toMatch(/^app-[0-9a-f]{12}$/);
    expect(defaultCacheScope('app', [...many].reverse())).toBe(scope);
    expect(defaultCacheScope('my app,x', [])).toBe('my-app-x');
  });
});

describe('resolveTargetCache', () => {
  it('outside GitHub Actions, auto adds nothing', () => {
    const r = resolveTargetCache(spec(), { mode: 'auto', env: {} });
    expect(r).toEqual({ cacheFrom: [], cacheTo: [], defaulted: false, warnings: [] });
  });

  it('inside GitHub Actions (v2): gha import, and max-mode export that ignores errors, scoped per target and platforms', () => {
    const r = resolveTargetCache(spec({ platforms: ['linux/arm64'] }), { mode: 'auto', env: V2_ENV });
    const common = {
      type: 'gha',
      scope: 'app-linux-arm64',
      token: TOKEN,
      url_v2: 'http://results.example/',
      url: 'http://cache.example/v1/',
      timeout: '10s',
    };
    expect(r.defaulted).toBe(true);
    expect(r.cacheFrom).toEqual([common]);
    expect(r.cacheTo).toEqual([{ ...common, mode: 'max', 'ignore-error': 'true' }]);
    expect(r.warnings).toEqual([]);
  });

  it('v1 environment: url only; without ACTIONS_CACHE_URL the results URL serves as url (as buildx does)', () => {
    const r = resolveTargetCache(spec(), { mode: 'auto', env: V1_ENV });
    expect(r.cacheTo).toEqual([
      {
        type: 'gha',
        scope: 'app',
        token: TOKEN,
        url: 'http://cache.example/v1/',
        mode: 'max',
        'ignore-error': 'true',
        timeout: '10s',
      },
    ]);
    const onlyResults = resolveTargetCache(spec(), {
      mode: 'auto',
      env: { ACTIONS_RUNTIME_TOKEN: TOKEN, ACTIONS_RESULTS_URL: 'http://results.example/' },
    });
    expect(onlyResults.cacheFrom[0]).toEqual({
      type: 'gha',
      scope: 'app',
      token: TOKEN,
      url: 'http://results.example/',
      timeout: '10s',
    });
    // `yes` is not true for Go's ParseBool: v1
    const yes = resolveTargetCache(spec(), { mode: 'auto', env: { ...V2_ENV, ACTIONS_CACHE_SERVICE_V2: 'yes' } });
    expect(yes.cacheFrom[0].url_v2).toBeUndefined();
  });

  it('a target with cache entries of its own keeps them (completed); one with neither gets the default', () => {
    const own = spec({ cacheFrom: [{ type: 'registry', ref: 'r/cache' }] });
    const r = resolveTargetCache(own, { mode: 'auto', env: V2_ENV });
    expect(r.defaulted).toBe(false);
    expect(r.cacheFrom).toEqual([{ type: 'registry', ref: 'r/cache' }]);
    expect(r.cacheTo).toEqual([]);
  });

  it('explicit type=gha entries are completed without overriding what they set', () => {
    const s = spec({
      platforms: ['linux/amd64'],
      cacheFrom: [{ type: 'gha', scope: 'shared' }],
      cacheTo: [
        { type: 'gha', 'ignore-error': 'false', mode: 'min' },
        { type: 'gha', version: '1', token: 'other', scope: 'x' },
      ],
    });
    for (const mode of ['auto', 'off'] as const) {
      const r = resolveTargetCache(s, { mode, env: V2_ENV });
      expect(r.cacheFrom).toEqual([
        {
          type: 'gha',
          scope: 'shared',
          token: TOKEN,
          url_v2: 'http://results.example/',
          url: 'http://cache.example/v1/',
          timeout: '10s',
        },
      ]);
      expect(r.cacheTo).toEqual([
        {
          type: 'gha',
          scope: 'app-linux-amd64',
          token: TOKEN,
          url_v2: 'http://results.example/',
          url: 'http://cache.example/v1/',
          mode: 'min',
          'ignore-error': 'false',
          timeout: '10s',
        },
        // version=1 asked for: no url_v2; an explicit token is kept
        {
          type: 'gha',
          version: '1',
          token: 'other',
          scope: 'x',
          url: 'http://cache.example/v1/',
          'ignore-error': 'true',
          timeout: '10s',
        },
      ]);
    }
  });

  it('off: no defaults', () => {
    expect(resolveTargetCache(spec(), { mode: 'off', env: V2_ENV }).cacheTo).toEqual([]);
  });

  it('drops a gha entry it cannot complete, with a warning that names the target and never the token', () => {
    const s = spec({ cacheTo: [{ type: 'gha' }], cacheFrom: [{ type: 'gha', token: TOKEN }] });
    const r = resolveTargetCache(s, { mode: 'auto', env: {} });
    expect(r.cacheTo).toEqual([]);
    expect(r.cacheFrom).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^cache-from type=gha,scope=app skipped: no cache service URL/),
      expect.stringMatching(/^cache-to type=gha,scope=app skipped: no runtime token \(ACTIONS_RUNTIME_TOKEN\)/),
    ]);
    expect(r.warnings.every((w) => w.target === 'app' && !w.message.includes(TOKEN))).toBe(true);
  });

  it('a daemon older than v0.20 falls back to API v1 when ACTIONS_CACHE_URL is there, with a warning', () => {
    const daemon = daemonCacheSupport('v0.13-debian');
    const r = resolveTargetCache(spec(), { mode: 'auto', env: V2_ENV, daemon });
    expect(r.cacheFrom).toEqual([
      { type: 'gha', scope: 'app', token: TOKEN, url: 'http://cache.example/v1/', timeout: '10s' },
    ]);
    expect(r.cacheTo[0].url_v2).toBeUndefined();
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining(
        'needs BuildKit v0.20 or later, but the builder runs BuildKit v0.13-debian: using cache API v1',
      ),
      expect.stringContaining('needs BuildKit v0.20 or later'),
    ]);
    // an explicit version=2 is removed too (v0.13 would ignore it anyway)
    const explicit = resolveTargetCache(spec({ cacheTo: [{ type: 'gha', version: '2' }] }), {
      mode: 'auto',
      env: V2_ENV,
      daemon,
    });
    expect(explicit.cacheTo[0]).toEqual({
      type: 'gha',
      scope: 'app',
      token: TOKEN,
      url: 'http://cache.example/v1/',
      'ignore-error': 'true',
      timeout: '10s',
    });
  });

  it('... and drops the entry when only the v2 results URL is known', () => {
    const env = {
      ACTIONS_RUNTIME_TOKEN: TOKEN,
      ACTIONS_RESULTS_URL: 'http://results.example/',
      ACTIONS_CACHE_SERVICE_V2: 'true',
    };
    const r = resolveTargetCache(spec(), { mode: 'auto', env, daemon: daemonCacheSupport('v0.19.0') });
    expect(r.cacheFrom).toEqual([]);
    expect(r.cacheTo).toEqual([]);
    expect(r.warnings[0].message).toMatch(/no v1 URL \(ACTIONS_CACHE_URL\) is set: the gha cache is disabled/);
    // v1 env on an old daemon is fine
    expect(
      resolveTargetCache(spec(), { mode: 'auto', env: V1_ENV, daemon: daemonCacheSupport('v0.13') }).warnings,
    ).toEqual([]);
  });

  describe('repository and ghtoken on exports (the REST API listing of a scope, BuildKit v0.14+)', () => {
    const GH_TOKEN = 'ghs_planted0123456789abcdefghijklmnopqrstuv';
    const env = { ...V2_ENV, GITHUB_REPOSITORY: 'octo/app' };

    it('fills both on the default export, never on the import', () => {
      const r = resolveTargetCache(spec(), { mode: 'auto', env, githubToken: GH_TOKEN });
      expect(r.cacheTo).toEqual([
        expect.objectContaining({ type: 'gha', mode: 'max', repository: 'octo/app', ghtoken: GH_TOKEN }),
      ]);
      expect(r.cacheFrom[0]).not.toHaveProperty('repository');
      expect(r.cacheFrom[0]).not.toHaveProperty('ghtoken');
      // and on the bake file's own gha exports; other cache types are left alone
      const own = resolveTargetCache(
        spec({
          cacheTo: [
            { type: 'gha', scope: 's' },
            { type: 'registry', ref: 'r/c' },
          ],
          cacheFrom: [{ type: 'gha' }],
        }),
        { mode: 'auto', env, githubToken: GH_TOKEN },
      );
      expect(own.cacheTo).toEqual([
        expect.objectContaining({ scope: 's', repository: 'octo/app', ghtoken: GH_TOKEN }),
        { type: 'registry', ref: 'r/c' },
      ]);
      expect(own.cacheFrom[0]).not.toHaveProperty('ghtoken');
    });

    it('keeps what an entry sets, filling only the missing one', () => {
      const r = resolveTargetCache(
        spec({
          cacheTo: [
            { type: 'gha', repository: 'octo/other' },
            { type: 'gha', ghtoken: 'own-token', scope: 'b' },
          ],
        }),
        { mode: 'auto', env, githubToken: GH_TOKEN },
      );
      expect(r.cacheTo[0]).toMatchObject({ repository: 'octo/other', ghtoken: GH_TOKEN });
      expect(r.cacheTo[1]).toMatchObject({ repository: 'octo/app', ghtoken: 'own-token' });
    });

    it('only when both the repository and the token are known', () => {
      for (const [e, token] of [
        [V2_ENV, GH_TOKEN], // no GITHUB_REPOSITORY
        [env, undefined], // no github-token
        [env, ''],
      ] as const) {
        const r = resolveTargetCache(spec(), { mode: 'auto', env: e, githubToken: token });
        expect(r.cacheTo[0]).not.toHaveProperty('repository');
        expect(r.cacheTo[0]).not.toHaveProperty('ghtoken');
      }
    });

    it('only for a daemon that uses them: v0.14 on, or a version not known', () => {
      const attrs = (daemon?: ReturnType<typeof daemonCacheSupport>) =>
        resolveTargetCache(spec(), { mode: 'auto', env, githubToken: GH_TOKEN, daemon }).cacheTo[0];
      expect(attrs(daemonCacheSupport('v0.13.2'))).not.toHaveProperty('ghtoken');
      expect(attrs(daemonCacheSupport('v0.13.2'))).not.toHaveProperty('repository');
      expect(attrs(daemonCacheSupport('v0.14.0'))).toMatchObject({ repository: 'octo/app', ghtoken: GH_TOKEN });
      expect(attrs(daemonCacheSupport('v0.0.0+unknown'))).toMatchObject({ ghtoken: GH_TOKEN });
      expect(attrs(undefined)).toMatchObject({ ghtoken: GH_TOKEN });
    });

    it('the token is in no warning and no description of an entry', () => {
      const r = resolveTargetCache(spec({ cacheTo: [{ type: 'gha' }] }), {
        mode: 'auto',
        env: { GITHUB_REPOSITORY: 'octo/app' }, // no runtime token: the entry is dropped with a warning
        githubToken: GH_TOKEN,
      });
      expect(r.cacheTo).toEqual([]);
      expect(r.warnings.length).toBeGreaterThan(0);
      expect(JSON.stringify(r.warnings)).not.toContain(GH_TOKEN);
      const full = resolveTargetCache(spec(), { mode: 'auto', env, githubToken: GH_TOKEN }).cacheTo[0];
      expect(describeCacheEntry(full)).toBe('type=gha,scope=app,mode=max');
    });

    it('planning: the export carries them to the solve, the frontend cache-imports do not', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gha-ghtoken-'));
      try {
        fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
        const plan = planTarget(
          { ...emptyTarget('app', dir), dockerfile: path.join(dir, 'Dockerfile') },
          { cache: { mode: 'auto', env, githubToken: GH_TOKEN } },
        );
        expect(plan.cacheExports[0].Attrs).toMatchObject({ repository: 'octo/app', ghtoken: GH_TOKEN });
        expect(JSON.stringify(plan.frontendAttrs)).not.toContain(GH_TOKEN);
        expect(JSON.stringify(plan.warnings)).not.toContain(GH_TOKEN);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('usesGhaCache: only when some target ends up with a gha entry', () => {
    expect(usesGhaCache([spec()], { mode: 'auto', env: {} })).toBe(false);
    expect(usesGhaCache([spec()], { mode: 'auto', env: V1_ENV })).toBe(true);
    expect(usesGhaCache([spec()], { mode: 'off', env: V1_ENV })).toBe(false);
    expect(usesGhaCache([spec({ cacheTo: [{ type: 'gha' }] })], { mode: 'off', env: V1_ENV })).toBe(true);
  });
});

describe('planning', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-cache-unit-'));
  fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const target = (patch: Partial<TargetSpec> = {}) => ({
    ...emptyTarget('app', dir),
    dockerfile: path.join(dir, 'Dockerfile'),
    ...patch,
  });

  it('puts the completed entries in the solve and in the frontend cache-imports', () => {
    const plan = planTarget(target({ platforms: ['linux/amd64'] }), { cache: { mode: 'auto', env: V2_ENV } });
    expect(plan.cacheExports).toEqual([
      {
        Type: 'gha',
        Attrs: {
          scope: 'app-linux-amd64',
          token: TOKEN,
          url_v2: 'http://results.example/',
          url: 'http://cache.example/v1/',
          mode: 'max',
          'ignore-error': 'true',
          timeout: '10s',
        },
      },
    ]);
    expect(plan.cacheImports).toEqual([
      {
        Type: 'gha',
        Attrs: {
          scope: 'app-linux-amd64',
          token: TOKEN,
          url_v2: 'http://results.example/',
          url: 'http://cache.example/v1/',
          timeout: '10s',
        },
      },
    ]);
    expect(JSON.parse(plan.frontendAttrs['cache-imports'])).toEqual(plan.cacheImports);
    expect(plan.warnings).toEqual([]);
  });

  it('without cache options, entries pass unchanged (as before)', () => {
    const plan = planTarget(target({ cacheTo: [{ type: 'gha' }] }));
    expect(plan.cacheExports).toEqual([{ Type: 'gha', Attrs: {} }]);
  });

  it('warm mode drops every exporter and keeps the cache export', () => {
    const outDir = path.join(dir, 'out');
    const plan = planTarget(
      target({
        outputs: [
          { type: 'local', dest: outDir },
          { type: 'image', name: 'x', push: 'true' },
        ],
      }),
      {
        warm: true,
        cache: { mode: 'auto', env: V1_ENV },
      },
    );
    expect(plan.exporters).toEqual([]);
    expect(plan.destinations).toEqual([]);
    expect(plan.cacheExports).toHaveLength(1);
  });
});

describe('progress → cache report', () => {
  const ts = (s: number) => ({ seconds: String(1_700_000_000 + s), nanos: 0 });
  const vertex = (digest: string, name: string, extra: Record<string, unknown> = {}) => ({
    digest,
    name,
    started: ts(0),
    completed: ts(1),
    ...extra,
  });
  const gha = { Type: 'gha', Attrs: { scope: 'app', token: TOKEN, url: 'http://u/' } };

  it('counts build steps, not internal or cache vertices', () => {
    expect(isBuildStep('[1/3] FROM localhost:5000/busybox')).toBe(true);
    expect(isBuildStep('[stage-1 2/2] COPY --from=0 /a /')).toBe(true);
    expect(isBuildStep('[linux/amd64 builder 3/4] RUN make')).toBe(true);
    expect(isBuildStep('[internal] load build definition from Dockerfile')).toBe(false);
    expect(isBuildStep('exporting to GitHub Actions Cache')).toBe(false);
    expect(isBuildStep('importing cache manifest from gha:123')).toBe(false);
  });

  it('the report counts build steps other than FROM', () => {
    expect(isFromStep('[1/3] FROM busybox')).toBe(true);
    expect(isFromStep('[linux/amd64 build 1/3] FROM busybox AS build')).toBe(true);
    expect(isFromStep('[build 2/3] RUN x')).toBe(false);
    expect(isReportedStep('[build 2/3] RUN x')).toBe(true);
    expect(isReportedStep('[1/3] FROM busybox')).toBe(false);
    // a FROM that is DONE (only resolved, or pulled for another target) does not make the target "built"
    const m = new CacheMonitor();
    m.update('app', {
      vertexes: [vertex('sha256:f', '[1/2] FROM busybox'), vertex('sha256:r', '[2/2] RUN x', { cached: true })],
      statuses: [{ ID: 'sha256:layer', vertex: 'sha256:f' }],
    });
    expect(m.report('app', [], [])).toMatchObject({ steps: 1, cachedSteps: 1 });
  });

  it('warm and built targets; an ignored export failure and a failed import become warnings', () => {
    const m = new CacheMonitor([TOKEN]);
    m.update('app', {
      vertexes: [
        vertex('sha256:a', '[internal] load build definition from Dockerfile'),
        vertex('sha256:i', 'importing cache manifest from gha:42', { error: 'internal' }),
        vertex('sha256:b', '[1/3] FROM busybox', { cached: true }),
        vertex('sha256:c', '[2/3] RUN a', { cached: true }),
        vertex('sha256:d', '[3/3] RUN b'),
        vertex('sha256:e', 'exporting to GitHub Actions Cache', { error: `unauthorized ${TOKEN}` }),
      ],
    });
    const report = m.report('app', [gha], [gha]);
    expect(report).toEqual({
      steps: 2,
      cachedSteps: 1,
      imports: [{ entry: 'type=gha,scope=app', type: 'gha', error: 'internal' }],
      exports: [{ entry: 'type=gha,scope=app', type: 'gha', error: 'unauthorized ***' }],
    });
    expect(CacheMonitor.warnings(report)).toEqual([
      'cache import (type=gha,scope=app) failed, building without it: internal',
      'cache export (type=gha,scope=app) failed, the build succeeded but its cache was not saved (ignore-error=true): unauthorized ***',
    ]);
    expect(warmResult('done', report.steps, report.cachedSteps)).toBe('built');
    expect(warmResult('done', 3, 3)).toBe('warm');
    expect(warmResult('failed', 3, 3)).toBe('failed');
  });

  it('explains a build that failed only in its cache export', async () => {
    const m = new CacheMonitor([TOKEN]);
    m.update('app', {
      vertexes: [
        vertex('sha256:c', '[2/2] RUN a'),
        vertex('sha256:e', 'exporting to GitHub Actions Cache', { error: 'internal' }),
      ],
    });
    const original = new Error('failed to solve: internal');
    const err = await m.explainFailure('app', original, [gha], Promise.resolve());
    expect(err).toBeInstanceOf(CacheExportError);
    expect(err.message).toBe(
      'cache export (type=gha,scope=app) failed: internal (the build steps succeeded; set ignore-error=true on the cache-to entry to make cache failures warnings)',
    );
    expect(err.cause).toBe(original);
    // a failing build step is the real error: left alone
    m.update('other', {
      vertexes: [
        vertex('sha256:f', '[2/2] RUN false', { error: 'exit code: 1' }),
        vertex('sha256:g', 'exporting to GitHub Actions Cache', { error: 'x' }),
      ],
    });
    const stepErr = new Error('failed to solve: exit code: 1');
    expect(await m.explainFailure('other', stepErr, [gha], Promise.resolve())).toBe(stepErr);
    expect(await m.explainFailure('app', original, [], Promise.resolve())).toBe(original);
  });

  it('the warm table', () => {
    expect(
      formatWarmTable([
        { target: 'app', result: 'warm', steps: 3, cachedSteps: 3, cacheSaved: true },
        { target: 'base-image', result: 'built', steps: 4, cachedSteps: 1, cacheSaved: false },
        { target: 'x', result: 'failed', steps: 2, cachedSteps: 0, cacheSaved: false },
      ]),
    ).toEqual([
      'Cache warming:',
      'TARGET      RESULT        STEPS CACHED  CACHE SAVED',
      'app         already warm  3/3           yes',
      'base-image  built         1/4           no',
      'x           failed        0/2           -',
    ]);
  });

  it('describes entries without url or token; redacts', () => {
    expect(describeCacheEntry({ type: 'gha', scope: 's', url: 'http://u', token: TOKEN, mode: 'max' })).toBe(
      'type=gha,scope=s,mode=max',
    );
    expect(describeCacheEntry({ Type: 'registry', Attrs: { ref: 'r/c', mode: 'max' } })).toBe(
      'type=registry,ref=r/c,mode=max',
    );
    expect(redact(`a ${TOKEN} b ${TOKEN}`, [TOKEN, undefined])).toBe('a *** b ***');
  });
});
