/**
 * The real @actions/cache client (saveCache/restoreCache, which shell out to tar/zstd) against the emulator,
 * in cache service v1 and v2 mode.
 *
 * @actions/cache reads its environment at call time (config.ts: ACTIONS_CACHE_SERVICE_V2, ACTIONS_CACHE_URL,
 * ACTIONS_RESULTS_URL, GITHUB_SERVER_URL; cacheUtils: ACTIONS_RUNTIME_TOKEN, RUNNER_TEMP, GITHUB_WORKSPACE),
 * so each test sets the variables right before calling it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as cache from '@actions/cache';
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
  'CACHE_UPLOAD_CHUNK_SIZE',
  'CACHE_UPLOAD_CONCURRENCY',
] as const;
const savedEnv = new Map<string, string | undefined>(ENV_KEYS.map((k) => [k, process.env[k]]));

let root: string;
let workspace: string;
let stdoutWrite: typeof process.stdout.write;
let output: string[] = [];

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'gha-actions-cache-'));
  // @actions/core writes ::warning:: / info lines to stdout; capture them so assertions can look at them
  // (echoed only with GHA_EMU_VERBOSE=1, to keep test output readable).
  stdoutWrite = process.stdout.write.bind(process.stdout);
  const verbose = Boolean(process.env.GHA_EMU_VERBOSE);
  process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    output.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    if (!verbose) return true;
    return (stdoutWrite as (...a: unknown[]) => boolean)(chunk, ...rest);
  };
});

afterAll(async () => {
  process.stdout.write = stdoutWrite;
  for (const [k, v] of savedEnv) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await fs.rm(root, { recursive: true, force: true });
});

function useEmulatorEnv(emu: GhaCacheEmulator, mode: 'v1' | 'v2', token = emu.token): void {
  for (const k of ENV_KEYS) delete process.env[k];
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = path.join(root, 'runner-temp');
  process.env.ACTIONS_RUNTIME_TOKEN = token;
  if (mode === 'v1') {
    process.env.ACTIONS_CACHE_URL = emu.v1Url;
  } else {
    process.env.ACTIONS_CACHE_SERVICE_V2 = 'true';
    process.env.ACTIONS_RESULTS_URL = emu.resultsUrl;
  }
}

/** Writes a directory with a few files (random, so a wrong restore cannot pass by accident). */
async function makeTree(name: string, bigBytes = 64 * 1024): Promise<{ dir: string; files: Map<string, Buffer> }> {
  const dir = path.join(workspace, name);
  await fs.mkdir(path.join(dir, 'sub'), { recursive: true });
  const files = new Map<string, Buffer>([
    ['a.txt', Buffer.from(`hello ${randomBytes(8).toString('hex')}\n`)],
    ['sub/b.bin', randomBytes(bigBytes)],
    ['sub/empty', Buffer.alloc(0)],
  ]);
  for (const [rel, data] of files) await fs.writeFile(path.join(dir, rel), data);
  return { dir, files };
}

async function expectTree(dir: string, files: Map<string, Buffer>): Promise<void> {
  for (const [rel, data] of files) {
    const got = await fs.readFile(path.join(dir, rel));
    expect(got.length, rel).toBe(data.length);
    expect(got.equals(data), `${rel} restored byte for byte`).toBe(true);
  }
}

for (const mode of ['v1', 'v2'] as const) {
  describe(`@actions/cache against the emulator (${mode})`, { timeout: 120_000 }, () => {
    let emu: GhaCacheEmulator;

    beforeEach(async () => {
      emu = await startGhaCacheEmulator();
      workspace = await fs.mkdtemp(path.join(root, `ws-${mode}-`));
      useEmulatorEnv(emu, mode);
      output = [];
    });

    afterEach(async () => {
      await emu.close();
    });

    it('misses, saves, restores exactly, and refuses a duplicate save', async () => {
      const { dir, files } = await makeTree('deps', 3 * 1024 * 1024);
      const paths = [dir];

      expect(await cache.restoreCache(paths, 'deps-linux-abc')).toBeUndefined();

      const id = await cache.saveCache(paths, 'deps-linux-abc');
      expect(id).toBeGreaterThan(0);
      const [entry] = emu.entries();
      expect(entry).toMatchObject({ key: 'deps-linux-abc', committed: true, scope: 'refs/heads/main', api: mode });
      expect(entry.size).toBeGreaterThan(0);

      await fs.rm(dir, { recursive: true });
      expect(await cache.restoreCache(paths, 'deps-linux-abc')).toBe('deps-linux-abc');
      await expectTree(dir, files);

      // Second save of the same key+version: the service answers 409 and the client gives up (-1).
      expect(await cache.saveCache(paths, 'deps-linux-abc')).toBe(-1);
      expect(output.join('')).toContain('Unable to reserve cache');
      expect(emu.requests().some((r) => r.status === 409)).toBe(true);
      expect(emu.entries()).toHaveLength(1);

      // The archive is transferred through the emulator's signed blob URLs / v1 chunk uploads.
      const reqs = emu.requests();
      if (mode === 'v1') {
        expect(reqs.some((r) => r.method === 'PATCH' && r.path.includes('/_apis/artifactcache/caches/'))).toBe(true);
      } else {
        expect(
          reqs.some((r) => r.method === 'PUT' && r.path.startsWith('/devstoreaccount1/') && r.status === 201),
        ).toBe(true);
        expect(reqs.some((r) => r.path.endsWith('/CreateCacheEntry'))).toBe(true);
        expect(reqs.some((r) => r.path.endsWith('/FinalizeCacheEntryUpload'))).toBe(true);
      }
      expect(reqs.some((r) => r.method === 'GET' && r.path.startsWith('/devstoreaccount1/') && r.status === 200)).toBe(
        true,
      );
    });

    it('restores through a restore-key prefix, picks the newest prefix match, and matches the primary key by prefix', async () => {
      const first = await makeTree('tool');
      const paths = [first.dir];
      expect(await cache.saveCache(paths, 'tool-linux-111')).toBeGreaterThan(0);
      // A newer entry under the same prefix, with different contents.
      const second = await makeTree('tool');
      expect(await cache.saveCache(paths, 'tool-linux-222')).toBeGreaterThan(0);

      await fs.rm(first.dir, { recursive: true });
      output = [];
      const hit = await cache.restoreCache(paths, 'tool-linux-999', ['tool-nope-', 'tool-linux-']);
      expect(hit).toBe('tool-linux-222');
      await expectTree(first.dir, second.files);
      if (mode === 'v2') expect(output.join('')).toContain('Cache hit for restore-key: tool-linux-222');

      // The primary key is prefix-matched too (BuildKit's importer depends on this).
      await fs.rm(first.dir, { recursive: true });
      expect(await cache.restoreCache(paths, 'tool-linux-1')).toBe('tool-linux-111');
      await expectTree(first.dir, first.files);

      // Exact match beats a newer prefix match.
      expect(await cache.restoreCache(paths, 'tool-linux-111', ['tool-linux-'])).toBe('tool-linux-111');

      // Different paths → different version → miss, even with a matching key.
      expect(await cache.restoreCache([path.join(workspace, 'other')], 'tool-linux-111')).toBeUndefined();
      // A key that is neither equal to nor a prefix of anything stored → miss.
      expect(await cache.restoreCache(paths, 'tool-mac', ['tool-linux-3'])).toBeUndefined();
    });

    it('rejects a wrong runtime token', async () => {
      const { dir } = await makeTree('secret');
      const paths = [dir];
      expect(await cache.saveCache(paths, 'secret-1')).toBeGreaterThan(0);

      const bad = `${emu.token.slice(0, -4)}AAAA`;
      useEmulatorEnv(emu, mode, bad);
      const before = emu.requests().length;
      // Both operations only warn on service errors; the emulator must have answered 401 and stored nothing.
      expect(await cache.restoreCache(paths, 'secret-1')).toBeUndefined();
      expect(await cache.saveCache(paths, 'secret-2')).toBe(-1);
      const after = emu.requests().slice(before);
      expect(after.length).toBeGreaterThanOrEqual(2);
      expect(after.every((r) => r.status === 401)).toBe(true);
      expect(emu.entries().map((e) => e.key)).toEqual(['secret-1']);

      // A token the emulator minted with other scopes is accepted, and only sees its own scopes.
      useEmulatorEnv(emu, mode, emu.mintToken([{ Scope: 'refs/heads/other', Permission: 3 }]));
      expect(await cache.restoreCache(paths, 'secret-1')).toBeUndefined();
      useEmulatorEnv(
        emu,
        mode,
        emu.mintToken([
          { Scope: 'refs/heads/feature', Permission: 3 },
          { Scope: 'refs/heads/main', Permission: 1 },
        ]),
      );
      expect(await cache.restoreCache(paths, 'secret-1')).toBe('secret-1');
    });

    if (mode === 'v1') {
      it('accepts many out-of-order chunks (CACHE_UPLOAD_CHUNK_SIZE=1 MiB, concurrency 4)', async () => {
        process.env.CACHE_UPLOAD_CHUNK_SIZE = '1';
        process.env.CACHE_UPLOAD_CONCURRENCY = '4';
        const { dir, files } = await makeTree('chunks', 5 * 1024 * 1024 + 17);
        expect(await cache.saveCache([dir], 'chunks-1')).toBeGreaterThan(0);
        const patches = emu.requests().filter((r) => r.method === 'PATCH');
        expect(patches.length).toBeGreaterThanOrEqual(6);
        await fs.rm(dir, { recursive: true });
        expect(await cache.restoreCache([dir], 'chunks-1')).toBe('chunks-1');
        await expectTree(dir, files);
      });
    }

    if (mode === 'v2') {
      it('recovers from an injected 503 on CreateCacheEntry (client retries)', async () => {
        const { dir, files } = await makeTree('flaky');
        emu.failNext(1, 503, /CreateCacheEntry/);
        expect(await cache.saveCache([dir], 'flaky-1')).toBeGreaterThan(0);
        const creates = emu.requests().filter((r) => r.path.endsWith('/CreateCacheEntry'));
        expect(creates.map((r) => r.status)).toEqual([503, 200]);
        await fs.rm(dir, { recursive: true });
        expect(await cache.restoreCache([dir], 'flaky-1')).toBe('flaky-1');
        await expectTree(dir, files);
      });

      it('reports a 429 as a rate limit without saving', async () => {
        const { dir } = await makeTree('limited');
        emu.failNext(1, 429, /CreateCacheEntry/);
        expect(await cache.saveCache([dir], 'limited-1')).toBe(-1);
        expect(emu.entries()).toHaveLength(0);
      });

      it('uploads an archive over 128 MiB as Put Block + Put Block List', { timeout: 240_000 }, async () => {
        const { dir, files } = await makeTree('huge', 130 * 1024 * 1024);
        expect(await cache.saveCache([dir], 'huge-1')).toBeGreaterThan(0);
        const reqs = emu.requests();
        const blocks = reqs.filter((r) => r.method === 'PUT' && r.path.includes('comp=block&'));
        expect(blocks.length).toBeGreaterThanOrEqual(3);
        expect(blocks.every((r) => r.status === 201)).toBe(true);
        expect(reqs.some((r) => r.method === 'PUT' && r.path.includes('comp=blocklist') && r.status === 201)).toBe(
          true,
        );
        await fs.rm(dir, { recursive: true });
        expect(await cache.restoreCache([dir], 'huge-1')).toBe('huge-1');
        await expectTree(dir, files);
      });
    }
  });
}
