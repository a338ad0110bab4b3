/**
 * Acceptance of issue 18 on the GitHub Actions side: cache mounts persisted through the GitHub Actions cache
 * (GhaCacheStore, @actions/cache as the client, the cache service emulator as the service) across a daemon pruned
 * completely between runs — what a hosted runner's fresh daemon is — on the standalone buildkitd and the Docker
 * Engine, through runBake exactly as the action calls it (`cacheMounts: { mode: 'auto', store }`).
 *
 * - run 1 fills a cache mount (a counter and ~3 MB of random data) and saves it under
 *   `bakekit-cache-mount-v1-<target>-<id>-<platform>-<key>-<hash>`;
 * - the daemon is pruned; run 2's RUN step finds the counter and the data run 1 left, and saves the new contents;
 * - the service answers 429 (API v2: @actions/cache does not retry it) or 500 (API v1: not retried either; v2 retries
 *   a 500 for half a minute per call): the build still succeeds, from an empty mount, with a warning saying why and
 *   a report that says `failed` — never `saved`;
 * - nothing written to stdout or stderr, no warning and no report carries the runtime token.
 * The mount id and the RUN command carry a nonce, so other runs on the shared daemons cannot warm them (the id alone
 * is not part of the step's cache key: an earlier run's cached step would skip the RUN and leave the mount empty).
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runBake } from '../../../src/solve/run/bake.js';
import { GhaCacheStore } from '../../../src/solve/cache-mounts/gha-store.js';
import type { CacheMountReport } from '../../../src/solve/cache-mounts/types.js';
import type { BuildEvent } from '../../../src/solve/run/events.js';
import { BASE_IMAGE, DAEMONS, requireTestHost } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';
import { startGhaCacheEmulator, type GhaCacheEmulator } from '../../support/gha-cache/emulator.js';
import { pruneDaemon } from '../cache/helpers.js';

const ENV_KEYS = [
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_MODE',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
] as const;
const savedEnv = new Map<string, string | undefined>(ENV_KEYS.map((k) => [k, process.env[k]]));

let output: string[] = [];
let stdoutWrite: typeof process.stdout.write;
let stderrWrite: typeof process.stderr.write;
let runnerTemp: string;

beforeAll(() => {
  requireTestHost();
  runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-mounts-gha-'));
  stdoutWrite = process.stdout.write.bind(process.stdout);
  stderrWrite = process.stderr.write.bind(process.stderr);
  const verbose = Boolean(process.env.GHA_EMU_VERBOSE);
  const tap =
    (original: typeof process.stdout.write) =>
    (chunk: string | Uint8Array, ...rest: unknown[]) => {
      output.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      if (!verbose) return true;
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    };
  process.stdout.write = tap(stdoutWrite);
  process.stderr.write = tap(stderrWrite);
});

afterAll(() => {
  process.stdout.write = stdoutWrite;
  process.stderr.write = stderrWrite;
  for (const [k, v] of savedEnv) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  fs.rmSync(runnerTemp, { recursive: true, force: true });
  removeProjects();
});

/** A runner's environment in process.env, where @actions/cache reads it. */
function useRunnerEnv(emu: GhaCacheEmulator, api: 'v1' | 'v2', workspace: string): void {
  for (const k of ENV_KEYS) delete process.env[k];
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = runnerTemp;
  process.env.ACTIONS_RUNTIME_TOKEN = emu.token;
  process.env.ACTIONS_CACHE_URL = emu.v1Url;
  if (api === 'v2') {
    process.env.ACTIONS_CACHE_SERVICE_V2 = 'true';
    process.env.ACTIONS_RESULTS_URL = emu.resultsUrl;
  }
}

function project(nonce: string): string {
  return makeProject({
    'docker-bake.hcl': [
      'variable "OUT" {\n  default = "out"\n}',
      'target "counter" {\n  output = ["type=local,dest=${OUT}"]\n}',
      '',
    ].join('\n\n'),
    Dockerfile: `FROM ${BASE_IMAGE} AS build
RUN --mount=type=cache,id=gha-${nonce}-data,target=/data \\
    : ${nonce}; n=$(cat /data/n 2>/dev/null || echo 0); echo $((n + 1)) > /data/n; \\
    [ -f /data/blob ] || head -c 3000000 /dev/urandom > /data/blob; \\
    mkdir /out && cp /data/n /out/n && md5sum /data/blob | cut -c1-32 > /out/blob.md5
FROM scratch
COPY --from=build /out/ /
`,
  });
}

describe.each(DAEMONS)(
  'cache mounts through the GitHub Actions cache on the $name',
  { timeout: 300_000 },
  ({ endpoint }) => {
    let emu: GhaCacheEmulator;
    let dir: string;
    let nonce: string;
    let events: BuildEvent[];

    beforeEach(async () => {
      emu = await startGhaCacheEmulator();
      nonce = crypto.randomBytes(6).toString('hex');
      dir = project(nonce);
      output = [];
      events = [];
    });

    afterEach(async () => {
      await emu.close();
      const said = [
        output.join(''),
        JSON.stringify(events.filter((e) => e.type === 'warning' || e.type === 'info')),
      ].join('\n');
      expect(said).not.toContain(emu.token);
    });

    const bake = (out: string, keyHash?: string) =>
      runBake({
        files: [path.join(dir, 'docker-bake.hcl')],
        targets: ['counter'],
        set: [],
        vars: { OUT: out },
        cwd: dir,
        env: process.env,
        builder: endpoint,
        // only the cache mounts: the gha layer cache would make the RUN step CACHED after the prune
        cache: 'off',
        cacheMounts: { mode: 'auto', store: new GhaCacheStore(), image: BASE_IMAGE, keyHash },
        onEvent: (e) => events.push(e),
      });
    const read = (out: string, file: string) => fs.readFileSync(path.join(dir, out, file), 'utf8').trim();
    const targetErrors = (r: { targets: Array<{ target: string; error?: Error }> }) =>
      JSON.stringify(r.targets.map((t) => [t.target, t.error?.message]));
    const warnings = () => events.filter((e) => e.type === 'warning').map((e) => e.message);
    const only = (reports: CacheMountReport[] | undefined): CacheMountReport => {
      expect(reports).toHaveLength(1);
      return reports![0];
    };

    it('a pruned daemon gets the mount back from the cache service: the second run sees what the first left', async () => {
      useRunnerEnv(emu, 'v2', dir);
      const prefix = `bakekit-cache-mount-v1-counter-gha-${nonce}-data-default-`;

      const first = await bake('run1', 'lock1');
      expect(first.ok, targetErrors(first)).toBe(true);
      const r1 = only(first.cacheMounts);
      expect(r1).toMatchObject({ id: `gha-${nonce}-data`, targets: ['counter'], platform: 'default', saved: 'saved' });
      expect(r1.restoredKey).toBeUndefined();
      expect(r1.savedKey).toMatch(new RegExp(`^${prefix}lock1-[0-9a-f]{16}$`));
      expect(r1.size).toBeGreaterThan(3_000_000);
      expect(r1.warnings).toEqual([]);
      expect(read('run1', 'n')).toBe('1');
      const blob = read('run1', 'blob.md5');
      expect(emu.entries().map((e) => [e.key, e.committed])).toEqual([[r1.savedKey, true]]);

      // a fresh daemon: only the cache service remembers
      pruneDaemon(endpoint);
      const second = await bake('run2', 'lock1');
      expect(second.ok, targetErrors(second)).toBe(true);
      const r2 = only(second.cacheMounts);
      expect(r2.restoredKey).toBe(r1.savedKey);
      expect(r2.kept).toBeUndefined();
      expect(r2.saved).toBe('saved');
      expect(read('run2', 'n')).toBe('2');
      expect(read('run2', 'blob.md5')).toBe(blob);

      // another cache-mounts-key: the newest entry of the mount still seeds it (restore keys fall back by prefix)
      pruneDaemon(endpoint);
      const third = await bake('run3', 'lock2');
      expect(third.ok, targetErrors(third)).toBe(true);
      const r3 = only(third.cacheMounts);
      expect(r3.restoredKey).toBe(r2.savedKey);
      expect(r3.savedKey).toMatch(new RegExp(`^${prefix}lock2-[0-9a-f]{16}$`));
      expect(read('run3', 'n')).toBe('3');
      expect(warnings()).toEqual([]);
      // @actions/cache's own warnings and progress never reached the log
      expect(output.join('')).not.toMatch(/::(warning|error)::|Cache restored successfully/);
    });

    it('a 429 (API v2) or a 500 (API v1) from the cache service: a warning, a correct build, a failed save', async () => {
      useRunnerEnv(emu, 'v2', dir);
      const first = await bake('seed');
      expect(first.ok, targetErrors(first)).toBe(true);
      expect(only(first.cacheMounts).saved).toBe('saved');

      for (const [api, status] of [
        ['v2', 429],
        ['v1', 500],
      ] as const) {
        useRunnerEnv(emu, api, dir);
        pruneDaemon(endpoint);
        events = [];
        emu.setOutage(status, ['api']);
        const out = `out-${status}`;
        const r = await bake(out);
        emu.setOutage(null);
        expect(r.ok, targetErrors(r)).toBe(true);
        // nothing could be restored: the mount started empty, and the build is correct all the same
        expect(read(out, 'n')).toBe('1');
        const report = only(r.cacheMounts);
        expect(report.restoredKey, `${status}`).toBeUndefined();
        expect(report.saved, `${status}`).toBe('failed');
        expect(report.savedKey, `${status}`).toMatch(/^saving to the GitHub Actions cache failed: /);
        const w = warnings();
        expect(
          w.some((m) => m.includes('reading the GitHub Actions cache failed')),
          JSON.stringify(w),
        ).toBe(true);
        expect(
          w.some((m) => m.includes('saving to the GitHub Actions cache failed')),
          JSON.stringify(w),
        ).toBe(true);
        if (status === 429) expect(w.join('\n')).toMatch(/rate limit/i);
        expect(report.warnings.length).toBeGreaterThanOrEqual(2);
        expect(emu.requests().some((q) => q.status === status)).toBe(true);
      }
      // only the seed was ever saved
      expect(emu.entries().filter((e) => e.committed)).toHaveLength(1);
    });
  },
);
