/**
 * Wire-level checks of the emulator: the status codes and body shapes the real clients depend on
 * (see the header of __tests__/support/gha-cache/emulator.ts and, for the service itself, @actions/cache and BuildKit's cache/remotecache/gha).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGhaCacheEmulator, TWIRP_PREFIX, type GhaCacheEmulator } from '../../support/gha-cache/emulator.js';

const GO_VERSION = '693bb7016429d80366022f036f84856888c9f13e00145f5f6f4dce303a38d6f2';
const ACCEPT = 'application/json;api-version=6.0-preview.1';

let emu: GhaCacheEmulator;

beforeEach(async () => {
  emu = await startGhaCacheEmulator();
});
afterEach(async () => {
  await emu.close();
});

function v1(resource: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('accept')) headers.set('accept', ACCEPT);
  const token = init.token === undefined ? emu.token : init.token;
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  return fetch(`${emu.v1Url}_apis/artifactcache/${resource}`, { ...init, headers });
}

function twirp(
  method: string,
  body: unknown,
  token: string | null = emu.token,
  contentType = 'application/json',
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  return fetch(`${emu.resultsUrl.replace(/\/$/, '')}${TWIRP_PREFIX}${method}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function v1Save(key: string, data: Buffer): Promise<number> {
  const r = await v1('caches', {
    method: 'POST',
    body: JSON.stringify({ key, version: GO_VERSION }),
    headers: { 'content-type': 'application/json' },
  });
  expect(r.status).toBe(201);
  const { cacheId } = (await r.json()) as { cacheId: number };
  if (data.length) {
    const p = await v1(`caches/${cacheId}`, {
      method: 'PATCH',
      body: data,
      headers: { 'content-type': 'application/octet-stream', 'content-range': `bytes 0-${data.length - 1}/*` },
    });
    expect(p.status).toBe(204);
  }
  const c = await v1(`caches/${cacheId}`, {
    method: 'POST',
    body: JSON.stringify({ size: data.length }),
    headers: { 'content-type': 'application/json' },
  });
  expect(c.status).toBe(204);
  return cacheId;
}

async function v2Create(key: string): Promise<string> {
  const r = await twirp('CreateCacheEntry', { key, version: GO_VERSION });
  expect(r.status).toBe(200);
  const body = (await r.json()) as { ok: boolean; signed_upload_url: string };
  expect(body.ok).toBe(true);
  return body.signed_upload_url;
}

describe('runtime token', () => {
  it('is a JWT with an `ac` string claim and numeric nbf/exp, unpadded base64url segments', () => {
    const parts = emu.token.split('.');
    expect(parts).toHaveLength(3);
    for (const p of parts) expect(p).toMatch(/^[A-Za-z0-9_-]+$/);
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString()) as { alg: string };
    expect(header.alg).toBe('HS256');
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString()) as {
      ac: unknown;
      nbf: unknown;
      exp: unknown;
    };
    expect(typeof payload.ac).toBe('string');
    expect(JSON.parse(payload.ac as string)).toEqual([{ Scope: 'refs/heads/main', Permission: 3 }]);
    expect(typeof payload.nbf).toBe('number');
    expect(payload.nbf as number).toBeLessThan(Date.now() / 1000);
    expect(payload.exp as number).toBeGreaterThan(Date.now() / 1000 + 3600);
  });

  it('401s missing, foreign and expired tokens on both APIs', async () => {
    expect((await v1('cache?keys=a&version=v', { token: null })).status).toBe(401);
    expect((await v1('cache?keys=a&version=v', { token: 'garbage' })).status).toBe(401);
    const expired = emu.mintToken([{ Scope: 'refs/heads/main', Permission: 3 }], { expiresInSeconds: -10 });
    expect((await v1('cache?keys=a&version=v', { token: expired })).status).toBe(401);
    const r = await twirp('GetCacheEntryDownloadURL', { key: 'a', version: 'v' }, null);
    expect(r.status).toBe(401);
    expect(await r.json()).toMatchObject({ code: 'unauthenticated' });
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'a', version: 'v' }, expired)).status).toBe(401);
  });

  it('accepts exactly a caller-supplied token when given', async () => {
    const other = await startGhaCacheEmulator({ token: 'fixed-token' });
    try {
      expect(other.token).toBe('fixed-token');
      const ok = await fetch(`${other.v1Url}_apis/artifactcache/cache?keys=a&version=v`, {
        headers: { accept: ACCEPT, authorization: 'Bearer fixed-token' },
      });
      expect(ok.status).toBe(204);
      const bad = await fetch(`${other.v1Url}_apis/artifactcache/cache?keys=a&version=v`, {
        headers: { accept: ACCEPT, authorization: 'Bearer fixed-token2' },
      });
      expect(bad.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('API v1', () => {
  it('requires an api-version Accept header', async () => {
    expect((await v1('cache?keys=a&version=v', { headers: { accept: 'application/json' } })).status).toBe(400);
  });

  it('204 with an empty body on a miss; 200 with the entry (prefix, newest first) on a hit', async () => {
    const miss = await v1(`cache?keys=k&version=${GO_VERSION}`);
    expect(miss.status).toBe(204);
    expect(await miss.text()).toBe('');
    await v1Save('idx#1', Buffer.from('one'));
    await v1Save('idx#2', Buffer.from('two'));
    const hit = await v1(`cache?keys=${encodeURIComponent('idx#')}&version=${GO_VERSION}`);
    expect(hit.status).toBe(200);
    const body = (await hit.json()) as Record<string, string>;
    expect(body).toMatchObject({ cacheKey: 'idx#2', scope: 'refs/heads/main', cacheVersion: GO_VERSION });
    expect(Number.isNaN(Date.parse(body.creationTime))).toBe(false);
    expect('isAzureBlob' in body).toBe(false);
    // archiveLocation works without a token, honours Range with 206, and 416 past the end.
    const full = await fetch(body.archiveLocation);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-length')).toBe('3');
    expect(await full.text()).toBe('two');
    const part = await fetch(body.archiveLocation, { headers: { range: 'bytes=1-' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 1-2/3');
    expect(await part.text()).toBe('wo');
    expect((await fetch(body.archiveLocation, { headers: { range: 'bytes=3-' } })).status).toBe(416);
    // Wrong version never matches.
    expect((await v1('cache?keys=idx&version=other')).status).toBe(204);
  });

  it('409 with the "already exists" shape on a duplicate reservation, pending or committed', async () => {
    const post = (): Promise<Response> =>
      v1('caches', {
        method: 'POST',
        body: JSON.stringify({ key: 'dup', version: GO_VERSION }),
        headers: { 'content-type': 'application/json' },
      });
    const first = await post();
    expect(first.status).toBe(201);
    expect(((await first.json()) as { cacheId: number }).cacheId).toBeGreaterThan(0);
    const second = await post();
    expect(second.status).toBe(409);
    const err = (await second.json()) as { typeKey: string; message: string };
    expect(err.typeKey).toContain('AlreadyExists');
    expect(err.message.toLowerCase()).toContain('already exists');
  });

  it('places out-of-order chunks by offset and checks the size at commit', async () => {
    const r = await v1('caches', {
      method: 'POST',
      body: JSON.stringify({ key: 'chunks', version: 'v' }),
      headers: { 'content-type': 'application/json' },
    });
    const { cacheId } = (await r.json()) as { cacheId: number };
    const patch = (range: string, data: string): Promise<Response> =>
      v1(`caches/${cacheId}`, {
        method: 'PATCH',
        body: data,
        headers: { 'content-type': 'application/octet-stream', 'content-range': range },
      });
    expect((await patch('bytes 6-10/*', 'world')).status).toBe(204);
    expect((await patch('bytes 0-5/*', 'hello ')).status).toBe(204);
    expect((await patch('bytes 0-5/*', 'short')).status).toBe(400);
    const commit = (size: number): Promise<Response> =>
      v1(`caches/${cacheId}`, {
        method: 'POST',
        body: JSON.stringify({ size }),
        headers: { 'content-type': 'application/json' },
      });
    expect((await commit(12)).status).toBe(400);
    expect((await commit(11)).status).toBe(204);
    expect((await patch('bytes 0-0/*', 'x')).status).toBe(404);
    const hit = (await (await v1('cache?keys=chunks&version=v')).json()) as { archiveLocation: string };
    expect(await (await fetch(hit.archiveLocation)).text()).toBe('hello world');
  });

  it('commits an empty entry and rejects a gap', async () => {
    await v1Save('empty', Buffer.alloc(0));
    expect(emu.entries().find((e) => e.key === 'empty')).toMatchObject({ committed: true, size: 0 });
    const r = await v1('caches', {
      method: 'POST',
      body: JSON.stringify({ key: 'gap', version: 'v' }),
      headers: { 'content-type': 'application/json' },
    });
    const { cacheId } = (await r.json()) as { cacheId: number };
    await v1(`caches/${cacheId}`, { method: 'PATCH', body: 'b', headers: { 'content-range': 'bytes 1-1/*' } });
    expect((await v1(`caches/${cacheId}`, { method: 'POST', body: JSON.stringify({ size: 2 }) })).status).toBe(400);
  });

  it('403 `cache write denied:` for a read-only token', async () => {
    const ro = emu.mintToken([{ Scope: 'refs/heads/main', Permission: 1 }]);
    const r = await v1('caches', { method: 'POST', token: ro, body: JSON.stringify({ key: 'x', version: 'v' }) });
    expect(r.status).toBe(403);
    expect(((await r.json()) as { message: string }).message).toMatch(/^cache write denied:/);
  });
});

describe('API v2 (Twirp)', () => {
  it('miss → 200 ok:false; bad JSON → malformed; unknown method → bad_route; JSON error bodies', async () => {
    const miss = await twirp('GetCacheEntryDownloadURL', { key: 'k', restore_keys: ['k'], version: GO_VERSION });
    expect(miss.status).toBe(200);
    expect(await miss.json()).toEqual({ ok: false, signed_download_url: '', matched_key: '' });
    const bad = await twirp('CreateCacheEntry', '{nope');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'malformed' });
    const route = await twirp('ListCacheEntries', { key: 'k' });
    expect(route.status).toBe(404);
    expect(await route.json()).toMatchObject({ code: 'bad_route' });
    expect((await twirp('CreateCacheEntry', { key: 'k', version: 'v' }, emu.token, 'text/plain')).status).toBe(404);
  });

  it('create → Put Blob → finalize (size as string or number) → entry_id string → download', async () => {
    const url = await v2Create('blob-a');
    const put = await fetch(url, { method: 'PUT', body: 'abcdefghij', headers: { 'x-ms-blob-type': 'BlockBlob' } });
    expect(put.status).toBe(201);
    expect(put.headers.get('x-ms-request-id')).toBeTruthy();
    expect(put.headers.get('etag')).toBeTruthy();
    expect(new Date(put.headers.get('last-modified')!).toUTCString()).toBe(put.headers.get('last-modified'));
    // Not readable before finalize.
    const pending = await twirp('GetCacheEntryDownloadURL', { key: 'blob-a', version: GO_VERSION });
    expect(((await pending.json()) as { ok: boolean }).ok).toBe(false);
    expect(
      (await twirp('FinalizeCacheEntryUpload', { key: 'blob-a', version: GO_VERSION, size_bytes: '11' })).status,
    ).toBe(400);
    const fin = await twirp('FinalizeCacheEntryUpload', { key: 'blob-a', version: GO_VERSION, size_bytes: 10 });
    expect(fin.status).toBe(200);
    const finBody = (await fin.json()) as { ok: boolean; entry_id: unknown };
    expect(finBody.ok).toBe(true);
    expect(typeof finBody.entry_id).toBe('string');
    // Writes after finalize → 409; finalize again → 404.
    expect((await fetch(url, { method: 'PUT', body: 'x', headers: { 'x-ms-blob-type': 'BlockBlob' } })).status).toBe(
      409,
    );
    expect(
      (await twirp('FinalizeCacheEntryUpload', { key: 'blob-a', version: GO_VERSION, size_bytes: 10 })).status,
    ).toBe(404);

    const got = await twirp('GetCacheEntryDownloadURL', { key: 'blob', restore_keys: ['blob'], version: GO_VERSION });
    const g = (await got.json()) as { ok: boolean; signed_download_url: string; matched_key: string };
    expect(g).toMatchObject({ ok: true, matched_key: 'blob-a' });
    const ranged = await fetch(g.signed_download_url, { headers: { 'x-ms-range': 'bytes=5-' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe('bytes 5-9/10');
    expect(await ranged.text()).toBe('fghij');
    const head = await fetch(g.signed_download_url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('10');
    // The download URL is read-only.
    expect(
      (await fetch(g.signed_download_url, { method: 'PUT', body: 'x', headers: { 'x-ms-blob-type': 'BlockBlob' } }))
        .status,
    ).toBe(403);
  });

  it('assembles Put Block List in list order and rejects unknown blocks', async () => {
    const url = await v2Create('blocks');
    const id = (n: number): string => Buffer.from(`block-${String(n).padStart(6, '0')}`).toString('base64');
    const block = (n: number, data: string): Promise<Response> =>
      fetch(`${url}&comp=block&blockid=${encodeURIComponent(id(n))}`, { method: 'PUT', body: data });
    expect((await block(2, 'world')).status).toBe(201);
    expect((await block(1, 'hello ')).status).toBe(201);
    const list = (ids: string[]): Promise<Response> =>
      fetch(`${url}&comp=blocklist`, {
        method: 'PUT',
        body: `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((i) => `<Latest>${i}</Latest>`).join('')}</BlockList>`,
      });
    const badList = await list([id(1), id(3)]);
    expect(badList.status).toBe(400);
    expect(badList.headers.get('x-ms-error-code')).toBe('InvalidBlockList');
    const okList = await list([id(1), id(2)]);
    expect(okList.status).toBe(201);
    expect(okList.headers.get('x-ms-request-id')).toBeTruthy();
    expect(
      (await twirp('FinalizeCacheEntryUpload', { key: 'blocks', version: GO_VERSION, size_bytes: '11' })).status,
    ).toBe(200);
    const g = (await (await twirp('GetCacheEntryDownloadURL', { key: 'blocks', version: GO_VERSION })).json()) as {
      signed_download_url: string;
    };
    expect(await (await fetch(g.signed_download_url)).text()).toBe('hello world');
  });

  it('409 already_exists on a duplicate create; ok:false `cache write denied:` for a read-only token', async () => {
    await v2Create('dup');
    const dup = await twirp('CreateCacheEntry', { key: 'dup', version: GO_VERSION });
    expect(dup.status).toBe(409);
    expect(await dup.json()).toMatchObject({ code: 'already_exists' });
    const ro = emu.mintToken([{ Scope: 'refs/heads/main', Permission: 1 }]);
    const denied = await twirp('CreateCacheEntry', { key: 'new', version: GO_VERSION }, ro);
    expect(denied.status).toBe(200);
    const body = (await denied.json()) as { ok: boolean; message: string };
    expect(body.ok).toBe(false);
    expect(body.message).toMatch(/^cache write denied:/);
  });

  it('searches scopes in token order: the current branch first, then the base branch', async () => {
    const main = await v2Create('shared-key');
    await fetch(main, { method: 'PUT', body: 'main', headers: { 'x-ms-blob-type': 'BlockBlob' } });
    await twirp('FinalizeCacheEntryUpload', { key: 'shared-key', version: GO_VERSION, size_bytes: 4 });
    const feature = emu.mintToken([
      { Scope: 'refs/heads/feature', Permission: 3 },
      { Scope: 'refs/heads/main', Permission: 1 },
    ]);
    const lookup = async (): Promise<string> => {
      const r = (await (
        await twirp('GetCacheEntryDownloadURL', { key: 'shared', version: GO_VERSION }, feature)
      ).json()) as {
        signed_download_url: string;
      };
      return (await fetch(r.signed_download_url)).text();
    };
    expect(await lookup()).toBe('main');
    const c = (await (await twirp('CreateCacheEntry', { key: 'shared-key', version: GO_VERSION }, feature)).json()) as {
      signed_upload_url: string;
    };
    await fetch(c.signed_upload_url, { method: 'PUT', body: 'feat', headers: { 'x-ms-blob-type': 'BlockBlob' } });
    await twirp('FinalizeCacheEntryUpload', { key: 'shared-key', version: GO_VERSION, size_bytes: 4 }, feature);
    expect(await lookup()).toBe('feat');
    expect(emu.entries().map((e) => e.scope)).toEqual(['refs/heads/main', 'refs/heads/feature']);
  });
});

describe('signed URLs', () => {
  it('403 AuthenticationFailed for a tampered signature or an expired URL', async () => {
    const url = await v2Create('sig');
    const tampered = url.replace(/sig=([^&]+)/, (_m, s: string) => `sig=${s.slice(0, -2)}xx`);
    const r = await fetch(tampered, { method: 'PUT', body: 'x', headers: { 'x-ms-blob-type': 'BlockBlob' } });
    expect(r.status).toBe(403);
    expect(r.headers.get('x-ms-error-code')).toBe('AuthenticationFailed');
    expect(await r.text()).toContain('<Code>AuthenticationFailed</Code>');

    const short = await startGhaCacheEmulator({ urlTtlSeconds: -1 });
    try {
      const c = await fetch(`${short.resultsUrl}twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${short.token}` },
        body: JSON.stringify({ key: 'k', version: 'v' }),
      });
      const { signed_upload_url } = (await c.json()) as { signed_upload_url: string };
      const put = await fetch(signed_upload_url, {
        method: 'PUT',
        body: 'x',
        headers: { 'x-ms-blob-type': 'BlockBlob' },
      });
      expect(put.status).toBe(403);
    } finally {
      await short.close();
    }
  });

  it('Put Blob requires x-ms-blob-type', async () => {
    const url = await v2Create('type');
    const r = await fetch(url, { method: 'PUT', body: 'x' });
    expect(r.status).toBe(400);
    expect(r.headers.get('x-ms-error-code')).toBe('MissingRequiredHeader');
  });
});

describe('fault injection and request log', () => {
  it('failNext fails the next n matching requests in the surface error shape, then recovers', async () => {
    emu.failNext(2, 429, /GetCacheEntryDownloadURL/);
    const body = { key: 'k', version: 'v' };
    const a = await twirp('GetCacheEntryDownloadURL', body);
    expect(a.status).toBe(429);
    expect(a.headers.get('retry-after')).toBe('1');
    expect(await a.json()).toMatchObject({ code: 'resource_exhausted' });
    expect((await v1('cache?keys=k&version=v')).status).toBe(204); // not matched
    expect((await twirp('GetCacheEntryDownloadURL', body)).status).toBe(429);
    expect((await twirp('GetCacheEntryDownloadURL', body)).status).toBe(200);

    emu.failNext(1, 503);
    const v = await v1('cache?keys=k&version=v');
    expect(v.status).toBe(503);
    expect(((await v.json()) as { message: string }).message).toBeTruthy();

    emu.setFailure(({ method }) => (method === 'PATCH' ? { status: 500, body: { message: 'boom' } } : undefined));
    const p = await v1('caches/1', { method: 'PATCH', body: 'x', headers: { 'content-range': 'bytes 0-0/*' } });
    expect(p.status).toBe(500);
    expect(await p.json()).toEqual({ message: 'boom' });
    emu.setFailure(null);

    expect(emu.requests().map((r) => r.status)).toEqual([429, 204, 429, 200, 503, 500]);
    expect(emu.requests()[0]).toMatchObject({ method: 'POST', path: `${TWIRP_PREFIX}GetCacheEntryDownloadURL` });
  });
});

describe('shaping like a hosted service, and counting requests by kind', () => {
  it('counts each request by kind, from a given point on', async () => {
    const url = await v2Create('counted');
    await fetch(url, { method: 'PUT', body: 'abc', headers: { 'x-ms-blob-type': 'BlockBlob' } });
    await twirp('FinalizeCacheEntryUpload', { key: 'counted', version: GO_VERSION, size_bytes: 3 });
    const since = emu.requests().length;
    const got = await twirp('GetCacheEntryDownloadURL', { key: 'counted', version: GO_VERSION });
    const { signed_download_url } = (await got.json()) as { signed_download_url: string };
    await (await fetch(signed_download_url)).arrayBuffer();
    await v1('cache?keys=k&version=v');
    expect(emu.countRequests()).toEqual({
      'v2 CreateCacheEntry': 1,
      'blob put': 1,
      'v2 FinalizeCacheEntryUpload': 1,
      'v2 GetCacheEntryDownloadURL': 1,
      'blob get': 1,
      'v1 lookup': 1,
    });
    expect(emu.countRequests(since)).toEqual({ 'v2 GetCacheEntryDownloadURL': 1, 'blob get': 1, 'v1 lookup': 1 });
    expect(emu.requests()[1]).toMatchObject({ method: 'PUT', kind: 'blob put' });
  });

  it('paces blob bodies up and down to the bandwidth given, and delays answers by the latency given', async () => {
    // Lower bounds only: pacing can make a transfer slower than the budget on a busy host, never faster.
    const shaped = await startGhaCacheEmulator({ latencyMs: 50, bytesPerSecond: 4 * 1024 * 1024 });
    try {
      const data = Buffer.alloc(1024 * 1024, 7); // 1 MiB at 4 MiB/s: 250 ms each way
      let t0 = performance.now();
      const created = await fetch(`${shaped.resultsUrl.replace(/\/$/, '')}${TWIRP_PREFIX}CreateCacheEntry`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${shaped.token}` },
        body: JSON.stringify({ key: 'shaped', version: GO_VERSION }),
      });
      expect(performance.now() - t0).toBeGreaterThanOrEqual(45);
      const { signed_upload_url } = (await created.json()) as { signed_upload_url: string };
      t0 = performance.now();
      const put = await fetch(signed_upload_url, {
        method: 'PUT',
        body: data,
        headers: { 'x-ms-blob-type': 'BlockBlob' },
      });
      expect(put.status).toBe(201);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(200);
      shaped.setLatency(0);
      await fetch(`${shaped.resultsUrl.replace(/\/$/, '')}${TWIRP_PREFIX}FinalizeCacheEntryUpload`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${shaped.token}` },
        body: JSON.stringify({ key: 'shaped', version: GO_VERSION, size_bytes: data.length }),
      });
      const got = await fetch(`${shaped.resultsUrl.replace(/\/$/, '')}${TWIRP_PREFIX}GetCacheEntryDownloadURL`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${shaped.token}` },
        body: JSON.stringify({ key: 'shaped', version: GO_VERSION }),
      });
      const { signed_download_url } = (await got.json()) as { signed_download_url: string };
      t0 = performance.now();
      const body = Buffer.from(await (await fetch(signed_download_url)).arrayBuffer());
      expect(body.equals(data)).toBe(true);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(200);
      shaped.setBandwidth(0);
      t0 = performance.now();
      await (await fetch(signed_download_url)).arrayBuffer();
      expect(performance.now() - t0).toBeLessThan(5000); // unpaced again (a sanity bound, not a speed target)
    } finally {
      await shaped.close();
    }
  });
});
