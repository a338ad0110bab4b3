/**
 * The look at the GitHub Actions cache before a build (src/solve/cache/gha-preflight.ts), against the project's
 * cache-service emulator: the storage behind a service is checked once, with one blob read, however many scopes the
 * run's targets use and however many scopes the token has; a blob storage that fails is reported for every entry of
 * that service, without the token, as is one that does not answer in time (after one retry of a short 429); a service
 * with no index yet costs lookups only; the v2 (Twirp) API is looked up as v1 is. runBake starts it before it
 * connects (startGhaPreflight), for the entries a current daemon will get, and stops it when the run ends first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failingGhaServices, ghaServiceKey, indexKey } from '../../../src/solve/cache/gha-preflight.js';
import { startGhaPreflight } from '../../../src/solve/cache/run.js';
import { emptyTarget, type TargetSpec } from '../../../src/solve/target/spec.js';
import { startGhaCacheEmulator, type GhaCacheEmulator } from '../../support/gha-cache/emulator.js';
import { sleep, until } from '../../support/until.js';

// sha256("|go-actionscache-1.0"): the version go-actions-cache gives every entry
const GO_VERSION = '693bb7016429d80366022f036f84856888c9f13e00145f5f6f4dce303a38d6f2';

let emu: GhaCacheEmulator;
let token: string;

beforeEach(async () => {
  emu = await startGhaCacheEmulator();
  // a pull request's token: its own ref (read/write) and the base branch's (read)
  token = emu.mintToken([
    { Scope: 'refs/pull/7/merge', Permission: 3 },
    { Scope: 'refs/heads/main', Permission: 1 },
  ]);
});
afterEach(async () => {
  await emu.close();
});

/** Saves `key` through the v1 API, as BuildKit's exporter would have in an earlier run. */
async function save(key: string): Promise<void> {
  const api = `${emu.v1Url}_apis/artifactcache/`;
  const headers = {
    authorization: `Bearer ${emu.token}`,
    accept: 'application/json;api-version=6.0-preview.1',
    'content-type': 'application/json',
  };
  const r = await fetch(`${api}caches`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ key, version: GO_VERSION }),
  });
  expect(r.status).toBe(201);
  const { cacheId } = (await r.json()) as { cacheId: number };
  const data = Buffer.from('{"layers":[]}');
  const p = await fetch(`${api}caches/${cacheId}`, {
    method: 'PATCH',
    headers: {
      ...headers,
      'content-type': 'application/octet-stream',
      'content-range': `bytes 0-${data.length - 1}/*`,
    },
    body: data,
  });
  expect(p.status).toBe(204);
  const c = await fetch(`${api}caches/${cacheId}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ size: data.length }),
  });
  expect(c.status).toBe(204);
}

/** The request log once it has stopped growing: the daemon's requests can still be arriving when the client has its
 * answer (the cache exporter and the pre-flight's cancelled blob read run on after it). */
async function settledLog(): Promise<number> {
  for (let n = emu.requests().length; ;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = emu.requests().length;
    if (now === n) return now;
    n = now;
  }
}

const entry = (scope: string) => ({ Type: 'gha', Attrs: { url: emu.v1Url, token, scope } });

describe('gha pre-flight', () => {
  it('reads one blob for the whole storage: the first index found, not one per scope', async () => {
    // the default token's scope is refs/heads/main: the base branch's indexes, as a pull request finds them
    await save(indexKey('base-linux-amd64', 'refs/heads/main'));
    await save(indexKey('app-linux-amd64', 'refs/heads/main'));
    const since = await settledLog();
    const failing = await failingGhaServices([entry('app-linux-amd64'), entry('base-linux-amd64')]);
    expect(failing.size).toBe(0);
    await settledLog();
    const counts = emu.countRequests(since);
    expect(counts['blob get'] ?? 0).toBe(1);
    // app's own ref first (a miss), then main's (found): nothing for base's scope
    expect(counts['v1 lookup'] ?? 0).toBe(2);
  });

  it('a failing blob storage is reported for every entry of the service, without the token', async () => {
    await save(indexKey('app-linux-amd64', 'refs/heads/main'));
    emu.setOutage(500, ['blob']);
    const entries = [entry('app-linux-amd64'), entry('base-linux-amd64')];
    const failing = await failingGhaServices(entries);
    expect([...failing.keys()].sort()).toEqual(entries.map((e) => ghaServiceKey(e.Attrs)).sort());
    for (const why of failing.values()) {
      expect(why).toMatch(/the cache storage answered 500/);
      expect(why).not.toContain(token);
    }
  });

  it('through the v2 API (url_v2) as through v1: the index is looked up with Twirp, its blob read once', async () => {
    await save(indexKey('app-linux-amd64', 'refs/heads/main'));
    const since = await settledLog();
    const v2 = (scope: string) => ({ Type: 'gha', Attrs: { url_v2: emu.resultsUrl, token, scope } });
    expect((await failingGhaServices([v2('app-linux-amd64')])).size).toBe(0);
    await settledLog();
    const counts = emu.countRequests(since);
    expect(counts['blob get'] ?? 0).toBe(1);
    expect(counts['v2 GetCacheEntryDownloadURL'] ?? 0).toBe(2); // the pull request's own ref, then main's
    emu.setOutage(503, ['blob']);
    expect([...(await failingGhaServices([v2('app-linux-amd64')])).values()]).toEqual([
      'the cache storage answered 503',
    ]);
  });

  it('a blob storage that does not answer within 5 s is failing; one 429 with a short Retry-After is retried', async () => {
    await save(indexKey('app-linux-amd64', 'refs/heads/main'));
    emu.failNext(1, 429, /^GET \/(?!twirp\/)(?!.*_apis)/); // the blob read (not a v1 or Twirp lookup)
    const since = await settledLog();
    expect((await failingGhaServices([entry('app-linux-amd64')])).size).toBe(0);
    await settledLog();
    expect(emu.countRequests(since)['blob get']).toBe(2); // the 429, then the retry after its Retry-After: 1
    emu.setLatency(6_000, ['blob']);
    const started = Date.now();
    expect([...(await failingGhaServices([entry('app-linux-amd64')])).values()]).toEqual([
      'the cache storage: no answer within 5 s',
    ]);
    expect(Date.now() - started).toBeLessThan(5_900);
    emu.setLatency(0);
  }, 20_000);

  it('started from the targets before the run connects: their gha imports, completed from the environment', async () => {
    await save(indexKey('app-linux-amd64', 'refs/heads/main'));
    const target = (name: string, cacheFrom: TargetSpec['cacheFrom']): TargetSpec => ({
      ...emptyTarget(name, '.'),
      cacheFrom,
    });
    const specs = [
      target('app', [{ type: 'gha', scope: 'app-linux-amd64' }]),
      target('base', [{ type: 'registry', ref: 'localhost:5000/cache' }]), // not the gha cache: not checked
    ];
    const env = { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_CACHE_URL: emu.v1Url };
    const since = await settledLog();
    const early = startGhaPreflight(specs, { cache: 'off', env, signal: new AbortController().signal });
    expect(early).toBeDefined();
    // the key of the entry as planTarget completes it (url and token from the environment)
    expect([...early!.keys]).toEqual([ghaServiceKey({ scope: 'app-linux-amd64', url: emu.v1Url, token })]);
    expect((await early!.failing).size).toBe(0);
    await settledLog();
    expect(emu.countRequests(since)['blob get']).toBe(1);
    // nothing to check without a gha import
    expect(startGhaPreflight([specs[1]], { cache: 'off', env, signal: new AbortController().signal })).toBe(undefined);
  });

  it('a run that ends first stops it: its requests end at once, not after their 5 s', async () => {
    await save(indexKey('app-linux-amd64', 'refs/heads/main'));
    emu.setLatency(6_000, ['blob']);
    const end = new AbortController();
    const started = Date.now();
    const failing = failingGhaServices([entry('app-linux-amd64')], end.signal);
    setTimeout(() => end.abort(), 200);
    await failing;
    expect(Date.now() - started).toBeLessThan(2_000);
    emu.setLatency(0);
  }, 20_000);

  it("a run that ends during a 429's Retry-After wait stops it at once, not after the wait", async () => {
    await save(indexKey('app-linux-amd64', 'refs/heads/main'));
    emu.failNext(1, 429, /^GET \/(?!twirp\/)(?!.*_apis)/); // the blob read: answered 429 with Retry-After: 1
    const since = await settledLog();
    const end = new AbortController();
    const failing = failingGhaServices([entry('app-linux-amd64')], end.signal);
    // the run ends once the 429 has been answered, while the pre-flight waits out its Retry-After (1 s): waited for,
    // not assumed after a fixed time, since the lookup before it is slower on a slow host
    await until(
      () =>
        emu
          .requests()
          .slice(since)
          .some((r) => r.kind === 'blob get' && r.status === 429),
      'the 429',
      10_000,
    );
    await sleep(100); // the client reads the answer and starts its wait
    const endedAt = Date.now();
    end.abort();
    await failing;
    expect(Date.now() - endedAt).toBeLessThan(500); // the Retry-After is 1 s
    await settledLog();
    expect(emu.countRequests(since)['blob get']).toBe(1); // the 429 only: no retry after the run ended
  }, 20_000);

  it('with no index yet: lookups only, no blob read, nothing failing', async () => {
    const since = await settledLog();
    const failing = await failingGhaServices([entry('app-linux-amd64'), entry('base-linux-amd64')]);
    expect(failing.size).toBe(0);
    await settledLog();
    const counts = emu.countRequests(since);
    expect(counts['blob get'] ?? 0).toBe(0);
    // two scopes × the token's two scopes
    expect(counts['v1 lookup'] ?? 0).toBe(4);
  });
});
