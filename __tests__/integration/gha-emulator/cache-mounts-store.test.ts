/**
 * GhaCacheStore (src/solve/cache-mounts/gha-store.ts) with the real @actions/cache against the cache service emulator,
 * in API v1 and v2: an archive saved and restored to another path byte for byte, misses, the newest prefix match,
 * and the failures @actions/cache only logs (429, 500, an existing key, an unreachable service) turned into a
 * GhaCacheError with a reason; nothing printed by the store or @actions/cache carries the runtime token or
 * @actions/cache's own warnings.
 *
 * @actions/cache reads its environment at call time, so each test sets the variables before calling the store.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GhaCacheError, GhaCacheStore, isGhaCacheAvailable } from '../../../src/solve/cache-mounts/gha-store.js';
import { startGhaCacheEmulator, type GhaCacheEmulator } from '../../support/gha-cache/emulator.js';

const ENV_KEYS = [
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_MODE',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
  'RUNNER_DEBUG',
] as const;
const savedEnv = new Map<string, string | undefined>(ENV_KEYS.map((k) => [k, process.env[k]]));

let root: string;
let workspace: string;
let output: string[] = [];
let stdoutWrite: typeof process.stdout.write;
let stderrWrite: typeof process.stderr.write;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'gha-cache-mounts-'));
  // everything written to stdout and stderr (the store's hook sits in front of this one while it runs)
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

afterAll(async () => {
  process.stdout.write = stdoutWrite;
  process.stderr.write = stderrWrite;
  for (const [k, v] of savedEnv) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await fs.rm(root, { recursive: true, force: true });
});

function useEmulatorEnv(emu: GhaCacheEmulator, mode: 'v1' | 'v2', url?: string): void {
  for (const k of ENV_KEYS) delete process.env[k];
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = path.join(root, 'runner-temp');
  process.env.ACTIONS_RUNTIME_TOKEN = emu.token;
  if (mode === 'v1') {
    process.env.ACTIONS_CACHE_URL = url ?? emu.v1Url;
  } else {
    process.env.ACTIONS_CACHE_SERVICE_V2 = 'true';
    process.env.ACTIONS_RESULTS_URL = url ?? emu.resultsUrl;
  }
}

async function archive(name: string, bytes = 256 * 1024): Promise<{ file: string; data: Buffer }> {
  const data = randomBytes(bytes);
  const file = path.join(root, `${name}-${randomBytes(4).toString('hex')}.tar`);
  await fs.writeFile(file, data);
  return { file, data };
}

function outputText(): string {
  return output.join('');
}

async function failureOf(p: Promise<unknown>): Promise<GhaCacheError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GhaCacheError);
  expect((err as Error).message).not.toContain(process.env.ACTIONS_RUNTIME_TOKEN);
  return err as GhaCacheError;
}

describe('isGhaCacheAvailable', () => {
  it('follows @actions/cache isFeatureAvailable (v1 and v2) and needs the runtime token', () => {
    expect(isGhaCacheAvailable({})).toBe(false);
    expect(isGhaCacheAvailable({ ACTIONS_CACHE_URL: 'http://x/' })).toBe(false);
    expect(isGhaCacheAvailable({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'http://x/' })).toBe(true);
    // v2 selected by any non-empty ACTIONS_CACHE_SERVICE_V2: then ACTIONS_RESULTS_URL is what counts
    const v2 = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_SERVICE_V2: 'true' };
    expect(isGhaCacheAvailable({ ...v2, ACTIONS_RESULTS_URL: 'http://x/' })).toBe(true);
    expect(isGhaCacheAvailable({ ...v2, ACTIONS_CACHE_URL: 'http://x/' })).toBe(false);
    // GHES forces v1
    expect(
      isGhaCacheAvailable({ ...v2, GITHUB_SERVER_URL: 'https://ghes.example.com', ACTIONS_CACHE_URL: 'http://x/' }),
    ).toBe(true);
    expect(
      isGhaCacheAvailable({ ...v2, GITHUB_SERVER_URL: 'https://ghes.example.com', ACTIONS_RESULTS_URL: 'http://x/' }),
    ).toBe(false);
  });
});

for (const mode of ['v1', 'v2'] as const) {
  describe(`GhaCacheStore against the emulator (${mode})`, { timeout: 120_000 }, () => {
    let emu: GhaCacheEmulator;
    let logged: string[];
    let store: GhaCacheStore;

    beforeEach(async () => {
      emu = await startGhaCacheEmulator();
      workspace = await fs.mkdtemp(path.join(root, `ws-${mode}-`));
      useEmulatorEnv(emu, mode);
      output = [];
      logged = [];
      store = new GhaCacheStore({ onLog: (l) => logged.push(l) });
    });

    afterEach(async () => {
      await emu.close();
      // nothing the store or @actions/cache printed or said carries the token
      expect(outputText()).not.toContain(emu.token);
      expect(logged.join('\n')).not.toContain(emu.token);
    });

    it('misses, saves, restores to another path byte for byte, and leaves no staging directory', async () => {
      const { file, data } = await archive('deps', 3 * 1024 * 1024 + 5);
      const dest = path.join(root, `restored-${mode}`, 'deps.tar');
      expect(await store.restore(dest, 'bakekit-cache-mount-v1-app-deps-linux-amd64-none-0123', [])).toBeUndefined();

      await store.save(file, 'bakekit-cache-mount-v1-app-deps-linux-amd64-none-0123');
      const [entry] = emu.entries();
      expect(entry).toMatchObject({ key: 'bakekit-cache-mount-v1-app-deps-linux-amd64-none-0123', committed: true });
      expect((await fs.readFile(file)).equals(data)).toBe(true); // the caller's file is untouched

      expect(await store.restore(dest, 'bakekit-cache-mount-v1-app-deps-linux-amd64-none-0123', [])).toBe(
        'bakekit-cache-mount-v1-app-deps-linux-amd64-none-0123',
      );
      expect((await fs.readFile(dest)).equals(data)).toBe(true);
      await expect(fs.access(path.join(process.env.RUNNER_TEMP!, 'bakekit-cache-mount'))).rejects.toThrow();
      // @actions/cache's lines went to onLog, not to stdout
      expect(logged.some((l) => l.startsWith('Cache restored successfully'))).toBe(true);
      expect(outputText()).not.toContain('Cache restored successfully');
      expect(outputText()).not.toContain('::debug::');

      // what onLog writes itself (the action: a debug line of its own) is printed, not taken for @actions/cache's
      output = [];
      const echoing = new GhaCacheStore({ onLog: (l) => process.stdout.write(`::debug::${l}\n`) });
      expect(await echoing.restore(dest, 'bakekit-cache-mount-v1-app-deps-linux-amd64-none-0123', [])).toBeDefined();
      expect(outputText()).toContain('::debug::Cache restored successfully');
      expect(
        outputText()
          .split('\n')
          .filter((l) => l.startsWith('::debug::') && !/^::debug::(Cache |\[command\]|Received )/.test(l)),
      ).toEqual([]);
    });

    it('restores the newest entry whose key starts with a restore key; an exact key wins', async () => {
      const prefix = 'bakekit-cache-mount-v1-app-go-linux-amd64-';
      const first = await archive('one');
      await store.save(first.file, `${prefix}none-aaaa`);
      const second = await archive('two');
      await store.save(second.file, `${prefix}none-bbbb`);
      const dest = path.join(root, `prefix-${mode}.tar`);

      expect(await store.restore(dest, `${prefix}none-cccc`, [`${prefix}none-`, prefix])).toBe(`${prefix}none-bbbb`);
      expect((await fs.readFile(dest)).equals(second.data)).toBe(true);
      expect(await store.restore(dest, `${prefix}none-aaaa`, [prefix])).toBe(`${prefix}none-aaaa`);
      expect((await fs.readFile(dest)).equals(first.data)).toBe(true);
      // another user key: the first restore key misses, the bare prefix finds the newest
      expect(await store.restore(dest, `${prefix}abc-dddd`, [`${prefix}abc-`, prefix])).toBe(`${prefix}none-bbbb`);
      expect(await store.restore(dest, 'bakekit-cache-mount-v1-other-', [])).toBeUndefined();
    });

    it('operations started together run one after the other (one staging directory)', async () => {
      const a = await archive('a');
      const b = await archive('b');
      await Promise.all([store.save(a.file, 'par-a'), store.save(b.file, 'par-b')]);
      const da = path.join(root, `par-a-${mode}.tar`);
      const db = path.join(root, `par-b-${mode}.tar`);
      expect(await Promise.all([store.restore(da, 'par-a', []), store.restore(db, 'par-b', [])])).toEqual([
        'par-a',
        'par-b',
      ]);
      expect((await fs.readFile(da)).equals(a.data)).toBe(true);
      expect((await fs.readFile(db)).equals(b.data)).toBe(true);
    });

    it('an existing key: a typed failure (exists), not saved', async () => {
      const { file } = await archive('dup');
      await store.save(file, 'dup-1');
      const err = await failureOf(store.save(file, 'dup-1'));
      expect(err).toMatchObject({ operation: 'save', failure: 'exists' });
      expect(emu.entries()).toHaveLength(1);
    });

    it('a 429 on save and on restore: typed failures (rate-limited), nothing saved, no warning printed', async () => {
      const { file } = await archive('limited');
      emu.setOutage(429, ['api']);
      const save = await failureOf(store.save(file, 'limited-1'));
      expect(save).toMatchObject({ operation: 'save', failure: 'rate-limited' });
      expect(save.message).not.toContain('another job'); // the cause, not @actions/cache's guess
      const restore = await failureOf(store.restore(path.join(root, 'limited.tar'), 'limited-1', ['limited-']));
      expect(restore).toMatchObject({ operation: 'restore', failure: 'rate-limited' });
      // the cause as @actions/cache's failure line says it (v2 warns "You've hit a rate limit…" first)
      expect(restore.message).toMatch(mode === 'v2' ? /Rate limited: Failed request: \(429\)/ : /responded with 429/);
      emu.setOutage(null);
      expect(emu.entries()).toHaveLength(0);
      expect(emu.requests().some((r) => r.status === 429)).toBe(true);
      expect(outputText()).not.toMatch(/::(warning|error)::/);
      // the store is usable afterwards
      await store.save(file, 'limited-2');
      expect(await store.restore(path.join(root, 'limited.tar'), 'limited-2', [])).toBe('limited-2');
    });

    // @actions/cache retries a 5xx of API v2 five times (3 s, ×1.5): about half a minute per operation
    it('a 500 on save and on restore: typed failures (service), nothing saved', { timeout: 180_000 }, async () => {
      const { file } = await archive('broken');
      emu.setOutage(500, ['api']);
      const save = await failureOf(store.save(file, 'broken-1'));
      expect(save).toMatchObject({ operation: 'save', failure: 'service' });
      const restore = await failureOf(store.restore(path.join(root, 'broken.tar'), 'broken-1', []));
      expect(restore).toMatchObject({ operation: 'restore', failure: 'service' });
      emu.setOutage(null);
      expect(emu.entries()).toHaveLength(0);
      expect(outputText()).not.toMatch(/::(warning|error)::/);
    });

    it('an unreachable service: typed failures (network)', { timeout: 60_000 }, async () => {
      const closed = await startGhaCacheEmulator();
      const url = mode === 'v1' ? closed.v1Url : closed.resultsUrl;
      await closed.close();
      useEmulatorEnv(emu, mode, url);
      const { file } = await archive('offline');
      const save = await failureOf(store.save(file, 'offline-1'));
      expect(save.failure).toBe('network');
      const restore = await failureOf(store.restore(path.join(root, 'offline.tar'), 'offline-1', []));
      expect(restore.failure).toBe('network');
    });
  });
}
