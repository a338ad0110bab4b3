/**
 * Offline emulator of the GitHub Actions cache service, for tests.
 *
 * One Node `http` server (127.0.0.1, random port by default) serves three surfaces:
 *
 *   1. Cache API v1 (legacy, `ACTIONS_CACHE_URL`), under any path prefix that ends in
 *      `/_apis/artifactcache/` (the URL handed out is `http://host:port/v1/`):
 *        GET   cache?keys=K1,K2&version=V   200 {cacheKey,scope,cacheVersion,creationTime,archiveLocation} | 204 (miss)
 *        GET   caches?key=K                 200 {totalCount, artifactCaches:[…]}   (debug listing)
 *        POST  caches  {key,version[,cacheSize]}  201 {cacheId} | 409 ArtifactCacheItemAlreadyExistsException
 *        PATCH caches/:id  Content-Range: bytes a-b/*   204 (chunks may arrive out of order)
 *        POST  caches/:id  {size}           204 | 400 (size mismatch / gap)
 *      Every v1 call needs `Authorization: Bearer <token>` (401 otherwise) and an `Accept` header carrying
 *      `api-version=` (both clients send `application/json;api-version=6.0-preview.1`; 400 otherwise).
 *
 *   2. Cache API v2 (`ACTIONS_RESULTS_URL` = `http://host:port/`): JSON Twirp at
 *      `POST /twirp/github.actions.results.api.v1.CacheService/{CreateCacheEntry,FinalizeCacheEntryUpload,
 *      GetCacheEntryDownloadURL}`. Requests accept snake_case or camelCase fields and int64 as number or string;
 *      responses are snake_case with `entry_id` as a string. Miss → 200 `ok:false`; duplicate create → 409
 *      `{"code":"already_exists","msg":…}`; errors are always JSON `{code,msg}` with the standard Twirp
 *      code→status mapping; unknown method → 404 `bad_route`; bad JSON → 400 `malformed`.
 *
 *   3. Signed blob URLs in Azure Blob style: `/devstoreaccount1/actions-cache/<blob>?sv=…&se=…&sr=b&sp=…&sig=…`
 *      (path style, as the Azure SDKs require for IP hosts). `sig` is an HMAC over (permissions, expiry, path)
 *      with a per-emulator secret; a bad/missing signature, a missing permission or an expired URL → 403
 *      `AuthenticationFailed`. Implemented operations, exactly those the real clients send:
 *        PUT  (x-ms-blob-type: BlockBlob)           Put Blob        → 201   (go-actions-cache < 1 MiB, @actions/cache ≤ 128 MiB)
 *        PUT  ?comp=block&blockid=<base64>          Put Block       → 201   (stored by id, any order)
 *        PUT  ?comp=blocklist  <BlockList>…</>      Put Block List  → 201   (assembled in list order; unknown id → 400 InvalidBlockList)
 *        GET  [x-ms-range | Range: bytes=N-[M]]     Get Blob        → 200 | 206 + Content-Range | 416 InvalidRange
 *        HEAD                                       Get Blob Properties → 200
 *      Writes answer with `x-ms-request-id` (go-actions-cache dereferences it), ETag, RFC 1123 Last-Modified and
 *      Content-MD5 (Put Blob / Put Block). Errors carry `x-ms-error-code` plus the XML `<Error>` body.
 *      The v1 `archiveLocation` is a read-only signed URL of the same kind (real v1 handed out Azure SAS URLs too).
 *
 * Semantics emulated:
 *   - Runtime token: `token` is a JWT (HS256, signed with the emulator's secret) whose `ac` claim is a JSON
 *     *string* of `[{Scope, Permission}]`, with numeric `nbf`/`exp` — what go-actions-cache (BuildKit) parses.
 *     The emulator accepts its own minted tokens (signature verified, `exp`/`nbf` enforced) or exactly
 *     `opts.token` when given; anything else → 401. Scopes are read from the presented token's `ac` claim.
 *   - Entries are stored under the token's first writable scope. A reservation is unique per
 *     (scope, key, version), pending or committed; there is no delete. Lookups walk the token's readable scopes
 *     in `ac` order, and within a scope the keys in order ([key, ...restoreKeys]); per key an exact match wins,
 *     else the most recently created committed entry whose key starts with it. `version` must match exactly.
 *     Only committed entries are visible. v1 and v2 share one store (an entry saved via v1 is found via v2).
 *   - A token without a writable scope: v1 reserve → 403 `cache write denied: …`; v2 create → 200 `ok:false`
 *     with message `cache write denied: …` (the prefix @actions/cache ≥ 6.3 recognises).
 *   - Finalize (v2): nothing pending → 404 `not_found`; blob missing or size ≠ size_bytes → 400
 *     `invalid_argument`. Commit (v1): unknown/committed id → 404; gap or size mismatch → 400. (Emulator choices:
 *     the real service's exact answers here are unknown.) Blob writes after finalize → 409; reads before → 404.
 *   - Uploads and downloads are streamed to/from files in a private temp dir (removed on close()).
 *   - Fault injection: failNext(n, status, match?) makes the next n requests whose "METHOD /path?query" matches
 *     `match` (all requests when omitted) fail with that status, in the error shape of the surface hit
 *     (v1 JSON `{message,typeKey}`, Twirp `{code,msg}`, Azure XML); 429 adds `Retry-After: 1`.
 *     setFailure(fn) installs an arbitrary per-request hook (checked before failNext).
 *   - Outage modes: setOutage(status, surfaces) makes every request to the cache API ('api': v1 and Twirp)
 *     and/or the blob storage ('blob') fail with 429, 500 or 503 until setOutage(null), in the same error shapes
 *     (429 with `Retry-After: 1`); setLatency(ms, surfaces) answers every such request `ms` later (a slow service:
 *     the answer itself is the normal one). Both are checked before setFailure/failNext; requests that fail or are
 *     delayed are logged like any other.
 *   - Shaped like a hosted service (for `npm run bench`'s CI-job case): `latencyMs` (= setLatency) delays every
 *     answer; `bytesPerSecond` (setBandwidth) paces blob bodies, uploads (Put Blob, Put Block, v1 PATCH) and
 *     downloads alike, through one shared budget, as a runner's link to the service would: two transfers at once
 *     get half each. Every logged request has a `kind` (`v2 CreateCacheEntry`, `blob put block`, `v1 lookup`…);
 *     countRequests() tallies them.
 *
 * Not emulated:
 *   - Twirp protobuf encoding (`application/protobuf` → 501 `unimplemented`); the retired RPCs
 *     (ListCacheEntries, LookupCacheEntry, DeleteCacheEntry → 404 `bad_route`); `metadata` is ignored.
 *   - Real rate limits, quotas/data caps (`cacheSize` is ignored), eviction/expiry of entries, reservation expiry,
 *     the 10 GB repository limit, cross-repository isolation, the GitHub REST cache API (`repository`/`ghtoken`
 *     BuildKit attrs call api.github.com, which this does not serve), the v1 sunset 422.
 *   - Azure: only the operations above; no `Committed` block references in Put Block List (committed block data
 *     is not retained), no conditional headers (If-Match…), no CRC64/MD5 validation of request bodies,
 *     no leases, snapshots, tiers or metadata. Put Block List's XML is parsed with a small regex, not an XML parser.
 *   - GHES behaviour, the `ACTIONS_CACHE_MODE` policy (client-side anyway), real signature formats of SAS tokens
 *     and RS256 runtime tokens.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';

export const PERMISSION_READ = 1;
export const PERMISSION_WRITE = 2;

/** One access-control entry of the runtime token's `ac` claim (field names as GitHub spells them). */
export interface GhaScope {
  Scope: string;
  /** Bitmask: 1 = read, 2 = write, 3 = both. */
  Permission: number;
}

export interface GhaCacheEmulatorOptions {
  port?: number;
  host?: string;
  /** Accept exactly this bearer token (its `ac` claim is decoded for scopes when it is a JWT). */
  token?: string;
  /** Scopes for the minted default token (ignored when `token` is given). Default: refs/heads/main, read+write. */
  scopes?: GhaScope[];
  /** Lifetime of signed blob URLs. Default 600 s (like the real service's ~10 min). */
  urlTtlSeconds?: number;
  /** Base for signed URLs; default: `http://<Host header of the request>/`. */
  publicUrl?: string;
  /** Every cache API and blob request is answered this much later (setLatency on both surfaces). Default 0. */
  latencyMs?: number;
  /** Blob bodies (up and down) are paced to this many bytes per second in all (setBandwidth). Default: unpaced. */
  bytesPerSecond?: number;
}

export interface GhaCacheEntryInfo {
  id: number;
  key: string;
  version: string;
  size: number;
  scope: string;
  committed: boolean;
  api: 'v1' | 'v2';
  createdAt: string;
}

export interface GhaRequestRecord {
  method: string;
  /** Path plus query string, as received. */
  path: string;
  /** The answer's status: 0 while the request has no answer yet (it is logged as it arrives). */
  status: number;
  /** What the request was, e.g. `v2 GetCacheEntryDownloadURL`, `blob get`, `blob put block`, `v1 reserve`. */
  kind: string;
}

export interface GhaFailure {
  status: number;
  /** Object → JSON. Omitted → the surface's standard error shape for `status`. */
  body?: string | object;
  headers?: Record<string, string>;
}

/** 'api': cache API v1 and v2 (Twirp); 'blob': the signed blob URLs. */
export type GhaSurface = 'api' | 'blob';

export type GhaFailureHook = (req: {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}) => GhaFailure | number | undefined | null | void;

export interface GhaCacheEmulator {
  /** ACTIONS_CACHE_URL (ends with '/'). */
  v1Url: string;
  /** ACTIONS_RESULTS_URL (bare origin, ends with '/'). */
  resultsUrl: string;
  /** ACTIONS_RUNTIME_TOKEN accepted by the emulator. */
  token: string;
  entries(): GhaCacheEntryInfo[];
  requests(): GhaRequestRecord[];
  failNext(n: number, status: 429 | 500 | 503, match?: RegExp): void;
  setFailure(fn: GhaFailureHook | null | undefined): void;
  /** Every request to `surfaces` (default both) fails with `status` until `setOutage(null)`. */
  setOutage(status: 429 | 500 | 503 | null, surfaces?: GhaSurface[]): void;
  /** Every request to `surfaces` (default both) is answered `ms` later (0: no delay). */
  setLatency(ms: number, surfaces?: GhaSurface[]): void;
  /** Blob bodies, uploads and downloads together, are paced to `bytesPerSecond` (0: unpaced). */
  setBandwidth(bytesPerSecond: number): void;
  /** How many requests of each kind (GhaRequestRecord.kind) were logged, from the `since`-th on (default: all). */
  countRequests(since?: number): Record<string, number>;
  /** Mint another accepted token with other scopes/lifetime (e.g. read-only, expired). */
  mintToken(scopes: GhaScope[], opts?: { expiresInSeconds?: number; notBeforeSeconds?: number }): string;
  close(): Promise<void>;
}

export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const BLOB_ACCOUNT = 'devstoreaccount1';
const BLOB_CONTAINER = 'actions-cache';
const BLOB_PREFIX = `/${BLOB_ACCOUNT}/${BLOB_CONTAINER}/`;
const V1_MARKER = '/_apis/artifactcache/';
const AZURE_VERSION = '2024-11-04';
const MAX_JSON_BYTES = 1024 * 1024;
const MAX_KEY_LENGTH = 512;

interface Block {
  file: string;
  size: number;
}

interface Entry {
  id: number;
  key: string;
  version: string;
  scope: string;
  api: 'v1' | 'v2';
  createdAt: Date;
  committed: boolean;
  size: number;
  blobName: string;
  file: string;
  /** Blob content complete (Put Blob / Put Block List, or v1 chunks being written). */
  written: boolean;
  writtenSize: number;
  blocks: Map<string, Block>;
  blockIdLength: number | undefined;
  etag: string;
  lastModified: Date;
  /** v1: received chunk ranges [start, endExclusive). */
  ranges: Array<[number, number]>;
}

interface FailRule {
  remaining: number;
  status: number;
  match: RegExp | undefined;
}

type Surface = 'v1' | 'twirp' | 'blob' | 'other';

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function b64url(buf: Buffer | string): string {
  return Buffer.from(buf).toString('base64url');
}

function rfc1123(d: Date): string {
  return d.toUTCString();
}

function surfaceOf(pathname: string): Surface {
  if (pathname.startsWith('/twirp/')) return 'twirp';
  if (pathname.startsWith(BLOB_PREFIX)) return 'blob';
  if (pathname.includes(V1_MARKER)) return 'v1';
  return 'other';
}

/** GhaRequestRecord.kind: the operation a request is, by its surface, method and path. */
export function requestKind(method: string, pathAndQuery: string): string {
  const url = new URL(pathAndQuery, 'http://emulator.invalid');
  switch (surfaceOf(url.pathname)) {
    case 'twirp':
      return `v2 ${url.pathname.slice(url.pathname.lastIndexOf('/') + 1)}`;
    case 'blob': {
      const comp = url.searchParams.get('comp');
      if (method === 'PUT')
        return comp === 'block' ? 'blob put block' : comp === 'blocklist' ? 'blob put block list' : 'blob put';
      return `blob ${method.toLowerCase()}`;
    }
    case 'v1': {
      const resource = url.pathname.slice(url.pathname.indexOf(V1_MARKER) + V1_MARKER.length);
      if (resource === 'cache') return 'v1 lookup';
      if (resource === 'caches') return method === 'POST' ? 'v1 reserve' : 'v1 list';
      if (/^caches\/\d+$/.test(resource)) return method === 'PATCH' ? 'v1 upload' : 'v1 commit';
      return `v1 ${method} ${resource}`;
    }
    default:
      return `other ${method}`;
  }
}

const TWIRP_STATUS: Record<string, number> = {
  canceled: 408,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  dataloss: 500,
  unknown: 500,
};

function twirpCodeFor(status: number): string {
  switch (status) {
    case 400:
      return 'invalid_argument';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'permission_denied';
    case 404:
      return 'not_found';
    case 409:
      return 'already_exists';
    case 412:
      return 'failed_precondition';
    case 429:
      return 'resource_exhausted';
    case 501:
      return 'unimplemented';
    case 503:
      return 'unavailable';
    default:
      return status >= 500 ? 'internal' : 'unknown';
  }
}

function azureCodeFor(status: number): string {
  switch (status) {
    case 400:
      return 'InvalidInput';
    case 403:
      return 'AuthenticationFailed';
    case 404:
      return 'ResourceNotFound';
    case 409:
      return 'Conflict';
    case 429:
    case 503:
      return 'ServerBusy';
    default:
      return 'InternalError';
  }
}

function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function scopesFromPayload(payload: Record<string, unknown> | undefined): GhaScope[] | undefined {
  if (!payload || typeof payload.ac !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(payload.ac);
    if (!Array.isArray(parsed)) return undefined;
    const out: GhaScope[] = [];
    for (const item of parsed) {
      if (item && typeof item === 'object') {
        const s = (item as Record<string, unknown>).Scope;
        const p = (item as Record<string, unknown>).Permission;
        if (typeof s === 'string' && typeof p === 'number') out.push({ Scope: s, Permission: p });
      }
    }
    return out;
  } catch {
    return undefined;
  }
}

/** Reads a bounded request body. */
async function readBody(req: http.IncomingMessage, limit = MAX_JSON_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > limit) throw new HttpError(413, 'RequestBodyTooLarge', `request body over ${limit} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

async function drain(req: http.IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return;
  await new Promise<void>((resolve) => {
    req.on('end', resolve);
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.resume();
  });
}

/** Paces a byte stream (see setBandwidth); the identity when unpaced. */
type Pacer = (bytes: number) => Promise<void> | undefined;

/** Streams the request body into a new `file`; returns byte count and MD5. */
async function streamToFile(
  req: http.IncomingMessage,
  file: string,
  pace: Pacer = () => undefined,
): Promise<{ bytes: number; md5: Buffer }> {
  const hash = createHash('md5');
  let bytes = 0;
  const ws = fs.createWriteStream(file, { flags: 'w' });
  await pipeline(
    req,
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        bytes += chunk.length;
        hash.update(chunk);
        await pace(chunk.length);
        yield chunk;
      }
    },
    ws,
  );
  return { bytes, md5: hash.digest() };
}

function field(obj: Record<string, unknown>, snake: string, camel: string): unknown {
  return obj[snake] !== undefined ? obj[snake] : obj[camel];
}

function stringField(obj: Record<string, unknown>, snake: string, camel: string): string {
  const v = field(obj, snake, camel);
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw new HttpError(400, 'malformed', `field ${snake} must be a string`);
  return v;
}

function parseRange(header: string | undefined): { start: number; end: number | undefined } | undefined | 'invalid' {
  if (!header) return undefined;
  const m = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!m) return 'invalid';
  const start = Number(m[1]);
  const end = m[2] ? Number(m[2]) : undefined;
  if (end !== undefined && end < start) return 'invalid';
  return { start, end };
}

export async function startGhaCacheEmulator(opts: GhaCacheEmulatorOptions = {}): Promise<GhaCacheEmulator> {
  const host = opts.host ?? '127.0.0.1';
  const secret = randomBytes(32);
  const urlTtl = opts.urlTtlSeconds ?? 600;
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'gha-cache-emu-'));
  const defaultScopes: GhaScope[] = opts.scopes ?? [{ Scope: 'refs/heads/main', Permission: 3 }];

  const entries: Entry[] = [];
  const byId = new Map<number, Entry>();
  const byBlob = new Map<string, Entry>();
  const log: GhaRequestRecord[] = [];
  let failRules: FailRule[] = [];
  let failureHook: GhaFailureHook | undefined;
  let outage: { status: number; surfaces: GhaSurface[] } | undefined;
  let latency: { ms: number; surfaces: GhaSurface[] } | undefined = opts.latencyMs
    ? { ms: opts.latencyMs, surfaces: ['api', 'blob'] }
    : undefined;
  let bytesPerSecond = opts.bytesPerSecond ?? 0;
  /** when (performance clock, ms) the shared bandwidth is free again */
  let bandwidthFreeAt = 0;
  // One budget for every transfer: each chunk books its share of the link after the ones already booked, and
  // waits until its booking ends. Chunks are ~16-64 KiB, so the pacing is smooth at tens of MB/s.
  const pace: Pacer = (n) => {
    if (!bytesPerSecond) return undefined;
    const now = performance.now();
    bandwidthFreeAt = Math.max(bandwidthFreeAt, now) + (n / bytesPerSecond) * 1000;
    const wait = bandwidthFreeAt - now;
    return wait >= 1 ? new Promise((r) => setTimeout(r, wait)) : undefined;
  };
  const apiOrBlob = (surface: Surface): GhaSurface | undefined =>
    surface === 'v1' || surface === 'twirp' ? 'api' : surface === 'blob' ? 'blob' : undefined;
  let nextId = 1;

  // ---- tokens ------------------------------------------------------------------------------------------------

  function mintToken(scopes: GhaScope[], o: { expiresInSeconds?: number; notBeforeSeconds?: number } = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = b64url(
      JSON.stringify({
        nameid: 'gha-cache-emulator',
        scp: 'Actions.Results Actions.GenericRead',
        ac: JSON.stringify(scopes),
        iss: 'gha-cache-emulator',
        aud: 'vso:gha-cache-emulator',
        iat: now - 60,
        nbf: now + (o.notBeforeSeconds ?? -60),
        exp: now + (o.expiresInSeconds ?? 6 * 3600),
      }),
    );
    const sig = b64url(createHmac('sha256', secret).update(`${header}.${payload}`).digest());
    return `${header}.${payload}.${sig}`;
  }

  const fixedToken = opts.token;
  const token = fixedToken ?? mintToken(defaultScopes);

  function checkTimes(payload: Record<string, unknown> | undefined): void {
    const now = Date.now() / 1000;
    if (payload && typeof payload.exp === 'number' && now >= payload.exp) {
      throw new HttpError(401, 'unauthenticated', 'runtime token expired');
    }
    if (payload && typeof payload.nbf === 'number' && now < payload.nbf) {
      throw new HttpError(401, 'unauthenticated', 'runtime token not yet valid');
    }
  }

  /** Returns the token's scopes or throws a 401. */
  function authenticate(req: http.IncomingMessage): GhaScope[] {
    const auth = req.headers.authorization;
    const m = auth ? /^Bearer\s+(\S+)\s*$/i.exec(auth) : null;
    if (!m) throw new HttpError(401, 'unauthenticated', 'missing bearer token');
    const presented = m[1];
    if (fixedToken !== undefined && presented === fixedToken) {
      const payload = decodeJwtPayload(presented);
      checkTimes(payload);
      return scopesFromPayload(payload) ?? defaultScopes;
    }
    const parts = presented.split('.');
    if (parts.length === 3) {
      const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
      const got = Buffer.from(parts[2], 'base64url');
      if (got.length === expected.length && timingSafeEqual(got, expected)) {
        const payload = decodeJwtPayload(presented);
        checkTimes(payload);
        const scopes = scopesFromPayload(payload);
        if (!scopes) throw new HttpError(401, 'unauthenticated', 'runtime token without access controls');
        return scopes;
      }
    }
    throw new HttpError(401, 'unauthenticated', 'invalid runtime token');
  }

  const writeScope = (scopes: GhaScope[]): string | undefined =>
    scopes.find((s) => (s.Permission & PERMISSION_WRITE) !== 0)?.Scope;
  const readScopes = (scopes: GhaScope[]): string[] =>
    scopes.filter((s) => (s.Permission & PERMISSION_READ) !== 0).map((s) => s.Scope);

  // ---- signed URLs -------------------------------------------------------------------------------------------

  function sign(perm: string, expiry: string, blobName: string): string {
    return createHmac('sha256', secret).update(`${perm}\n${expiry}\n${BLOB_PREFIX}${blobName}`).digest('base64url');
  }

  function baseUrl(req: http.IncomingMessage): string {
    if (opts.publicUrl) return opts.publicUrl.endsWith('/') ? opts.publicUrl : `${opts.publicUrl}/`;
    return `http://${req.headers.host ?? `${host}:${port}`}/`;
  }

  function signedUrl(req: http.IncomingMessage, e: Entry, perm: 'r' | 'cw'): string {
    const expiry = new Date(Date.now() + urlTtl * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const q = new URLSearchParams({
      sv: AZURE_VERSION,
      se: expiry,
      sr: 'b',
      sp: perm,
      sig: sign(perm, expiry, e.blobName),
    });
    return `${baseUrl(req)}${BLOB_ACCOUNT}/${BLOB_CONTAINER}/${encodeURIComponent(e.blobName)}?${q.toString()}`;
  }

  // ---- store -------------------------------------------------------------------------------------------------

  function findReservation(scope: string, key: string, version: string): Entry | undefined {
    return entries.find((e) => e.scope === scope && e.key === key && e.version === version);
  }

  function lookup(scopes: string[], keys: string[], version: string): Entry | undefined {
    for (const scope of scopes) {
      const candidates = entries.filter((e) => e.committed && e.scope === scope && e.version === version);
      for (const key of keys) {
        const exact = candidates.find((e) => e.key === key);
        if (exact) return exact;
        let best: Entry | undefined;
        for (const e of candidates) {
          if (e.key.startsWith(key) && (!best || e.id > best.id)) best = e;
        }
        if (best) return best;
      }
    }
    return undefined;
  }

  async function createEntry(api: 'v1' | 'v2', scope: string, key: string, version: string): Promise<Entry> {
    const id = nextId++;
    const blobName = `${id}-${randomUUID()}`;
    const file = path.join(dir, `${blobName}.blob`);
    if (api === 'v1') await fsp.writeFile(file, Buffer.alloc(0));
    const now = new Date();
    const e: Entry = {
      id,
      key,
      version,
      scope,
      api,
      createdAt: now,
      committed: false,
      size: 0,
      blobName,
      file,
      written: false,
      writtenSize: 0,
      blocks: new Map(),
      blockIdLength: undefined,
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      lastModified: now,
      ranges: [],
    };
    entries.push(e);
    byId.set(id, e);
    byBlob.set(blobName, e);
    return e;
  }

  function validateKey(key: string, version: string): void {
    if (!key) throw new HttpError(400, 'invalid_argument', 'key is required');
    if (key.length > MAX_KEY_LENGTH) throw new HttpError(400, 'invalid_argument', `key longer than ${MAX_KEY_LENGTH}`);
    if (key.includes(',')) throw new HttpError(400, 'invalid_argument', 'key cannot contain commas');
    if (!version) throw new HttpError(400, 'invalid_argument', 'version is required');
  }

  // ---- responses ---------------------------------------------------------------------------------------------

  function sendJson(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    const data = Buffer.from(JSON.stringify(body));
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': data.length,
      ...headers,
    });
    res.end(data);
  }

  function sendEmpty(res: http.ServerResponse, status: number, headers: Record<string, string> = {}): void {
    res.writeHead(status, headers);
    res.end();
  }

  function azureHeaders(extra: Record<string, string> = {}): Record<string, string> {
    return { 'x-ms-request-id': randomUUID(), 'x-ms-version': AZURE_VERSION, ...extra };
  }

  function sendAzureError(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    status: number,
    code: string,
    message: string,
    extra: Record<string, string> = {},
  ): void {
    const requestId = randomUUID();
    const xml =
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${escapeXml(message)}\n` +
      `RequestId:${requestId}\nTime:${new Date().toISOString()}</Message></Error>`;
    const data = Buffer.from(xml);
    const headers: Record<string, string | number> = {
      ...azureHeaders({ 'x-ms-request-id': requestId, 'x-ms-error-code': code }),
      ...extra,
    };
    if (req.method === 'HEAD') {
      res.writeHead(status, headers);
      res.end();
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Type': 'application/xml', 'Content-Length': data.length });
    res.end(data);
  }

  function sendError(req: http.IncomingMessage, res: http.ServerResponse, surface: Surface, err: HttpError): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const extra: Record<string, string> = err.status === 429 ? { 'Retry-After': '1' } : {};
    switch (surface) {
      case 'twirp': {
        const code = TWIRP_STATUS[err.code] !== undefined ? err.code : twirpCodeFor(err.status);
        sendJson(res, err.status, { code, msg: err.message }, extra);
        return;
      }
      case 'blob':
        sendAzureError(
          req,
          res,
          err.status,
          /^[A-Z]/.test(err.code) ? err.code : azureCodeFor(err.status),
          err.message,
          extra,
        );
        return;
      default:
        sendJson(
          res,
          err.status,
          {
            $id: '1',
            innerException: null,
            message: err.message,
            typeName: `GitHub.Services.${/^[A-Z]/.test(err.code) ? err.code : 'ArtifactCache'}, GitHub.Services`,
            typeKey: /^[A-Z]/.test(err.code) ? err.code : 'ArtifactCacheException',
            errorCode: 0,
            eventId: 3000,
          },
          extra,
        );
    }
  }

  // ---- v1 ----------------------------------------------------------------------------------------------------

  async function handleV1(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const scopes = authenticate(req);
    const accept = req.headers.accept ?? '';
    if (!/api-version=/.test(accept)) {
      throw new HttpError(400, 'VssApiVersionMissingException', 'The Accept header must specify an api-version');
    }
    const resource = url.pathname.slice(url.pathname.indexOf(V1_MARKER) + V1_MARKER.length);
    const method = req.method ?? 'GET';

    if (resource === 'cache' && method === 'GET') {
      const keysParam = url.searchParams.get('keys');
      const version = url.searchParams.get('version');
      if (!keysParam) throw new HttpError(400, 'ArgumentNullException', 'keys is required');
      if (!version) throw new HttpError(400, 'ArgumentNullException', 'version is required');
      const keys = keysParam.split(',');
      const hit = lookup(readScopes(scopes), keys, version);
      if (!hit) {
        sendEmpty(res, 204);
        return;
      }
      sendJson(res, 200, {
        cacheKey: hit.key,
        scope: hit.scope,
        cacheVersion: hit.version,
        creationTime: hit.createdAt.toISOString(),
        archiveLocation: signedUrl(req, hit, 'r'),
      });
      return;
    }

    if (resource === 'caches' && method === 'GET') {
      const key = url.searchParams.get('key') ?? '';
      const visible = readScopes(scopes);
      const list = entries.filter((e) => e.committed && visible.includes(e.scope) && e.key.startsWith(key));
      sendJson(res, 200, {
        totalCount: list.length,
        artifactCaches: list.map((e) => ({
          cacheKey: e.key,
          cacheVersion: e.version,
          scope: e.scope,
          creationTime: e.createdAt.toISOString(),
        })),
      });
      return;
    }

    if (resource === 'caches' && method === 'POST') {
      const body = parseJsonObject(await readBody(req), 'ArgumentException');
      const key = typeof body.key === 'string' ? body.key : '';
      const version = typeof body.version === 'string' ? body.version : '';
      try {
        validateKey(key, version);
      } catch (e) {
        throw new HttpError(400, 'ArgumentException', (e as Error).message);
      }
      const scope = writeScope(scopes);
      if (scope === undefined) {
        throw new HttpError(
          403,
          'CacheWriteDeniedException',
          'cache write denied: the token has no writable cache scope',
        );
      }
      if (findReservation(scope, key, version)) {
        throw new HttpError(
          409,
          'ArtifactCacheItemAlreadyExistsException',
          `Cache already exists. Scope: ${scope}, Key: ${key}, Version: ${version}`,
        );
      }
      const e = await createEntry('v1', scope, key, version);
      sendJson(res, 201, { cacheId: e.id });
      return;
    }

    const idMatch = /^caches\/(\d+)$/.exec(resource);
    if (idMatch && (method === 'PATCH' || method === 'POST')) {
      const e = byId.get(Number(idMatch[1]));
      const ws = writeScope(scopes);
      if (!e || e.api !== 'v1' || e.committed || e.scope !== ws) {
        throw new HttpError(
          404,
          'ArtifactCacheItemNotFoundException',
          `Cache with id ${idMatch[1]} was not found or is not pending`,
        );
      }
      if (method === 'PATCH') {
        const cr = /^bytes (\d+)-(\d+)\/(\*|\d+)$/.exec(req.headers['content-range'] ?? '');
        if (!cr) throw new HttpError(400, 'ArgumentException', 'a Content-Range header "bytes a-b/*" is required');
        const start = Number(cr[1]);
        const end = Number(cr[2]);
        if (end < start) throw new HttpError(400, 'ArgumentException', 'invalid Content-Range');
        // Stage the chunk, and place it only once its length is verified: a short or aborted chunk must not
        // overwrite data an earlier attempt already delivered.
        const staged = path.join(dir, `${e.blobName}.chunk-${randomUUID()}`);
        try {
          const { bytes } = await streamToFile(req, staged, pace);
          if (bytes !== end - start + 1) {
            throw new HttpError(
              400,
              'ArgumentException',
              `Content-Range covers ${end - start + 1} bytes but the body has ${bytes}`,
            );
          }
          await pipeline(fs.createReadStream(staged), fs.createWriteStream(e.file, { flags: 'r+', start }));
        } finally {
          await fsp.rm(staged, { force: true });
        }
        e.ranges.push([start, end + 1]);
        sendEmpty(res, 204);
        return;
      }
      const body = parseJsonObject(await readBody(req), 'ArgumentException');
      const size = typeof body.size === 'number' ? body.size : Number.NaN;
      if (!Number.isSafeInteger(size) || size < 0) throw new HttpError(400, 'ArgumentException', 'size is required');
      const sorted = [...e.ranges].sort((a, b) => a[0] - b[0]);
      let covered = 0;
      for (const [s, en] of sorted) {
        if (s > covered) throw new HttpError(400, 'ArgumentException', `uploaded data has a gap at byte ${covered}`);
        covered = Math.max(covered, en);
      }
      if (covered !== size) {
        throw new HttpError(400, 'ArgumentException', `uploaded ${covered} bytes but commit says size ${size}`);
      }
      e.committed = true;
      e.written = true;
      e.size = size;
      e.writtenSize = size;
      e.lastModified = new Date();
      sendEmpty(res, 204);
      return;
    }

    throw new HttpError(404, 'NotFound', `no v1 route for ${method} ${resource}`);
  }

  function parseJsonObject(buf: Buffer, code: string): Record<string, unknown> {
    let v: unknown;
    try {
      v = JSON.parse(buf.toString('utf8') || 'null');
    } catch {
      throw new HttpError(400, code, 'the request body is not valid JSON');
    }
    if (!v || typeof v !== 'object' || Array.isArray(v))
      throw new HttpError(400, code, 'the request body must be a JSON object');
    return v as Record<string, unknown>;
  }

  // ---- v2 (Twirp) --------------------------------------------------------------------------------------------

  async function handleTwirp(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (!url.pathname.startsWith(TWIRP_PREFIX)) {
      throw new HttpError(404, 'bad_route', `no handler for path ${url.pathname}`);
    }
    const rpc = url.pathname.slice(TWIRP_PREFIX.length);
    if (req.method !== 'POST') {
      throw new HttpError(404, 'bad_route', `unsupported method ${req.method} (only POST is allowed)`);
    }
    const ctype = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (ctype === 'application/protobuf')
      throw new HttpError(501, 'unimplemented', 'protobuf encoding is not emulated');
    if (ctype !== 'application/json') throw new HttpError(404, 'bad_route', `unexpected Content-Type: "${ctype}"`);
    if (!['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL'].includes(rpc)) {
      throw new HttpError(404, 'bad_route', `no handler for path ${url.pathname}`);
    }
    const scopes = authenticate(req);
    const body = parseJsonObject(await readBody(req), 'malformed');
    const key = stringField(body, 'key', 'key');
    const version = stringField(body, 'version', 'version');

    if (rpc === 'GetCacheEntryDownloadURL') {
      const rk = field(body, 'restore_keys', 'restoreKeys') ?? [];
      if (!Array.isArray(rk) || rk.some((k) => typeof k !== 'string')) {
        throw new HttpError(400, 'malformed', 'restore_keys must be a list of strings');
      }
      if (!key) throw new HttpError(400, 'invalid_argument', 'key is required');
      if (!version) throw new HttpError(400, 'invalid_argument', 'version is required');
      const hit = lookup(readScopes(scopes), [key, ...(rk as string[])], version);
      if (!hit) {
        sendJson(res, 200, { ok: false, signed_download_url: '', matched_key: '' });
        return;
      }
      sendJson(res, 200, { ok: true, signed_download_url: signedUrl(req, hit, 'r'), matched_key: hit.key });
      return;
    }

    validateKey(key, version);
    const scope = writeScope(scopes);

    if (rpc === 'CreateCacheEntry') {
      if (scope === undefined) {
        sendJson(res, 200, {
          ok: false,
          signed_upload_url: '',
          message: 'cache write denied: the token has no writable cache scope',
        });
        return;
      }
      if (findReservation(scope, key, version)) {
        throw new HttpError(409, 'already_exists', `cache entry with key ${key} and version ${version} already exists`);
      }
      const e = await createEntry('v2', scope, key, version);
      sendJson(res, 200, { ok: true, signed_upload_url: signedUrl(req, e, 'cw'), message: '' });
      return;
    }

    // FinalizeCacheEntryUpload
    const rawSize = field(body, 'size_bytes', 'sizeBytes') ?? 0;
    const size = typeof rawSize === 'string' && /^\d+$/.test(rawSize) ? Number(rawSize) : rawSize;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
      throw new HttpError(400, 'malformed', 'size_bytes must be a non-negative int64');
    }
    const e = scope === undefined ? undefined : findReservation(scope, key, version);
    if (!e || e.committed) throw new HttpError(404, 'not_found', `no pending cache entry for key ${key}`);
    if (!e.written) throw new HttpError(400, 'invalid_argument', `no blob was uploaded for key ${key}`);
    if (e.writtenSize !== size) {
      throw new HttpError(400, 'invalid_argument', `uploaded blob has ${e.writtenSize} bytes, size_bytes says ${size}`);
    }
    e.committed = true;
    e.size = size;
    sendJson(res, 200, { ok: true, entry_id: String(e.id), message: '' });
  }

  // ---- blob (Azure subset) -----------------------------------------------------------------------------------

  async function handleBlob(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    let blobName: string;
    try {
      blobName = decodeURIComponent(url.pathname.slice(BLOB_PREFIX.length));
    } catch {
      throw new HttpError(400, 'InvalidUri', 'invalid blob name');
    }
    const q = url.searchParams;
    const perm = q.get('sp') ?? '';
    const expiry = q.get('se') ?? '';
    const sig = q.get('sig') ?? '';
    const expected = Buffer.from(sign(perm, expiry, blobName));
    const got = Buffer.from(sig);
    if (!sig || got.length !== expected.length || !timingSafeEqual(got, expected)) {
      throw new HttpError(
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Signature did not match.',
      );
    }
    if (!(Date.parse(expiry) > Date.now())) {
      throw new HttpError(403, 'AuthenticationFailed', 'Signed expiry time has passed.');
    }
    const method = req.method ?? 'GET';
    const comp = q.get('comp');
    const isWrite = method === 'PUT';
    const isRead = method === 'GET' || method === 'HEAD';
    if (!isWrite && !isRead) throw new HttpError(405, 'UnsupportedHttpVerb', `The resource doesn't support ${method}`);
    if (isWrite && !perm.includes('w')) {
      throw new HttpError(
        403,
        'AuthorizationPermissionMismatch',
        'This request is not authorized to perform this operation using this permission.',
      );
    }
    if (isRead && !perm.includes('r')) {
      throw new HttpError(
        403,
        'AuthorizationPermissionMismatch',
        'This request is not authorized to perform this operation using this permission.',
      );
    }
    const e = byBlob.get(blobName);
    if (!e) throw new HttpError(404, 'BlobNotFound', 'The specified blob does not exist.');

    if (isRead) {
      if (comp) throw new HttpError(501, 'NotImplemented', `comp=${comp} is not emulated`);
      if (!e.committed) throw new HttpError(404, 'BlobNotFound', 'The specified blob does not exist.');
      return sendBlob(req, res, e);
    }

    if (e.committed) throw new HttpError(409, 'BlobImmutableDueToPolicy', 'The cache entry was already finalized.');
    if (e.api !== 'v2') throw new HttpError(409, 'OperationNotAllowedOnBlob', 'v1 entries are uploaded with PATCH');
    const lengthHeader = req.headers['content-length'];
    if (lengthHeader === undefined)
      throw new HttpError(411, 'MissingContentLengthHeader', 'Content-Length is required');
    const declared = Number(lengthHeader);

    if (comp === 'block') {
      const blockId = q.get('blockid') ?? '';
      let decoded: Buffer;
      try {
        decoded = Buffer.from(blockId, 'base64');
      } catch {
        decoded = Buffer.alloc(0);
      }
      if (!blockId || decoded.length === 0 || decoded.length > 64 || decoded.toString('base64') !== blockId) {
        throw new HttpError(400, 'InvalidQueryParameterValue', 'blockid must be base64 of at most 64 bytes');
      }
      if (e.blockIdLength !== undefined && e.blockIdLength !== decoded.length) {
        throw new HttpError(400, 'InvalidBlobOrBlock', 'all block ids of a blob must have the same length');
      }
      e.blockIdLength = decoded.length;
      const file = path.join(dir, `${e.blobName}.block-${createHash('sha256').update(blockId).digest('hex')}`);
      const { bytes, md5 } = await streamToFile(req, file, pace);
      if (bytes !== declared) throw new HttpError(400, 'InvalidInput', 'body length differs from Content-Length');
      e.blocks.set(blockId, { file, size: bytes });
      sendEmpty(
        res,
        201,
        azureHeaders({ 'Content-MD5': md5.toString('base64'), 'x-ms-request-server-encrypted': 'false' }),
      );
      return;
    }

    if (comp === 'blocklist') {
      const xml = (await readBody(req, 16 * 1024 * 1024)).toString('utf8');
      if (!/<BlockList>/.test(xml)) throw new HttpError(400, 'InvalidXmlDocument', 'expected a <BlockList> document');
      const ids: Array<{ kind: string; id: string }> = [];
      for (const m of xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)) {
        ids.push({ kind: m[1], id: unescapeXml(m[2].trim()) });
      }
      const parts: Block[] = [];
      for (const { kind, id } of ids) {
        const b = kind === 'Committed' ? undefined : e.blocks.get(id);
        if (!b) throw new HttpError(400, 'InvalidBlockList', `The specified block list is invalid (block ${id}).`);
        parts.push(b);
      }
      const staged = `${e.file}.staged-${randomUUID()}`;
      try {
        await pipeline(
          async function* () {
            for (const p of parts) {
              for await (const chunk of fs.createReadStream(p.file)) yield chunk as Buffer;
            }
          },
          fs.createWriteStream(staged, { flags: 'w' }),
        );
        await fsp.rename(staged, e.file);
      } finally {
        await fsp.rm(staged, { force: true });
      }
      const total = parts.reduce((n, p) => n + p.size, 0);
      for (const b of e.blocks.values()) await fsp.rm(b.file, { force: true });
      e.blocks.clear();
      e.blockIdLength = undefined;
      markWritten(e, total);
      sendEmpty(
        res,
        201,
        azureHeaders({
          ETag: e.etag,
          'Last-Modified': rfc1123(e.lastModified),
          'x-ms-request-server-encrypted': 'false',
        }),
      );
      return;
    }

    if (comp) throw new HttpError(501, 'NotImplemented', `comp=${comp} is not emulated`);
    const blobType = req.headers['x-ms-blob-type'];
    if (blobType === undefined) throw new HttpError(400, 'MissingRequiredHeader', 'x-ms-blob-type is required');
    if (blobType !== 'BlockBlob')
      throw new HttpError(400, 'InvalidHeaderValue', `unsupported x-ms-blob-type ${String(blobType)}`);
    const staged = `${e.file}.staged-${randomUUID()}`;
    let bytes: number;
    let md5: Buffer;
    try {
      ({ bytes, md5 } = await streamToFile(req, staged, pace));
      if (bytes !== declared) throw new HttpError(400, 'InvalidInput', 'body length differs from Content-Length');
      await fsp.rename(staged, e.file);
    } finally {
      await fsp.rm(staged, { force: true });
    }
    for (const b of e.blocks.values()) await fsp.rm(b.file, { force: true });
    e.blocks.clear();
    e.blockIdLength = undefined;
    markWritten(e, bytes);
    sendEmpty(
      res,
      201,
      azureHeaders({
        ETag: e.etag,
        'Last-Modified': rfc1123(e.lastModified),
        'Content-MD5': md5.toString('base64'),
        'x-ms-request-server-encrypted': 'false',
      }),
    );
  }

  function markWritten(e: Entry, size: number): void {
    e.written = true;
    e.writtenSize = size;
    e.lastModified = new Date();
    e.etag = `"0x${randomBytes(8).toString('hex').toUpperCase()}"`;
  }

  async function sendBlob(req: http.IncomingMessage, res: http.ServerResponse, e: Entry): Promise<void> {
    const size = e.size;
    const rangeHeader = (req.headers['x-ms-range'] as string | undefined) ?? req.headers.range;
    const range = parseRange(rangeHeader);
    const common = azureHeaders({
      'Content-Type': 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      ETag: e.etag,
      'Last-Modified': rfc1123(e.lastModified),
      'x-ms-creation-time': rfc1123(e.createdAt),
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-server-encrypted': 'false',
    });
    let start = 0;
    let end = size - 1;
    let status = 200;
    if (range === 'invalid')
      throw new HttpError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
    if (range) {
      if (range.start >= size) {
        sendAzureError(
          req,
          res,
          416,
          'InvalidRange',
          'The range specified is invalid for the current size of the resource.',
          {
            'Content-Range': `bytes */${size}`,
          },
        );
        return;
      }
      start = range.start;
      end = Math.min(range.end ?? size - 1, size - 1);
      status = 206;
      common['Content-Range'] = `bytes ${start}-${end}/${size}`;
    }
    const length = size === 0 ? 0 : end - start + 1;
    res.writeHead(status, { ...common, 'Content-Length': String(length) });
    if (req.method === 'HEAD' || length === 0) {
      res.end();
      return;
    }
    await pipeline(
      fs.createReadStream(e.file, { start, end }),
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          await pace(chunk.length);
          yield chunk;
        }
      },
      res,
    );
  }

  // ---- dispatch ----------------------------------------------------------------------------------------------

  function injectedFailure(req: http.IncomingMessage, surface: Surface): GhaFailure | undefined {
    const method = req.method ?? 'GET';
    const p = req.url ?? '/';
    const s = apiOrBlob(surface);
    if (outage && s && outage.surfaces.includes(s)) return { status: outage.status };
    if (failureHook) {
      const r = failureHook({ method, path: p, headers: req.headers });
      if (typeof r === 'number') return { status: r };
      if (r) return r;
    }
    const line = `${method} ${p}`;
    for (const rule of failRules) {
      if (rule.remaining > 0 && (!rule.match || rule.match.test(line))) {
        rule.remaining--;
        failRules = failRules.filter((r) => r.remaining > 0);
        return { status: rule.status };
      }
    }
    return undefined;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const surface = surfaceOf(url.pathname);
    try {
      const slow = apiOrBlob(surface);
      if (latency && slow && latency.surfaces.includes(slow)) await new Promise((r) => setTimeout(r, latency!.ms));
      const failure = injectedFailure(req, surface);
      if (failure) {
        await drain(req);
        if (failure.body !== undefined || failure.headers) {
          const body =
            failure.body === undefined
              ? ''
              : typeof failure.body === 'string'
                ? failure.body
                : JSON.stringify(failure.body);
          const data = Buffer.from(body);
          const headers: Record<string, string | number> = {
            'Content-Length': data.length,
            ...(failure.headers ?? {}),
          };
          if (typeof failure.body === 'object') headers['Content-Type'] = 'application/json';
          res.writeHead(failure.status, headers);
          res.end(req.method === 'HEAD' ? undefined : data);
          return;
        }
        const st = failure.status;
        const msg =
          st === 429
            ? "Request was blocked due to exceeding usage of resource 'Count' in namespace ''. (injected)"
            : `injected failure ${st}`;
        const code =
          surface === 'twirp'
            ? twirpCodeFor(st)
            : surface === 'blob'
              ? azureCodeFor(st)
              : st === 429
                ? 'RequestBlockedException'
                : 'ArtifactCacheException';
        throw new HttpError(st, code, msg);
      }
      switch (surface) {
        case 'v1':
          await handleV1(req, res, url);
          return;
        case 'twirp':
          await handleTwirp(req, res, url);
          return;
        case 'blob':
          await handleBlob(req, res, url);
          return;
        default:
          throw new HttpError(404, 'NotFound', `no route for ${url.pathname}`);
      }
    } catch (err) {
      const he =
        err instanceof HttpError ? err : new HttpError(500, 'internal', (err as Error)?.message ?? String(err));
      await drain(req);
      sendError(req, res, surface, he);
    }
  }

  const server = http.createServer((req, res) => {
    const p = req.url ?? '/';
    const method = req.method ?? 'GET';
    // Logged as it arrives, not when its response finishes: a client can hold the whole answer (a blob body of known
    // length) before the server's 'finish' fires, and a count taken then must include it. The status is read from
    // the response: fixed once its headers are sent, 0 until then (or when it was never answered).
    log.push({
      method,
      path: p,
      kind: requestKind(method, p),
      get status() {
        return res.headersSent ? res.statusCode : 0;
      },
    });
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: String(err) }));
      } else {
        res.destroy();
      }
    });
  });
  // Large uploads must not be cut by Node's default 5 minute request timeout.
  server.requestTimeout = 0;
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;

  return {
    v1Url: `${origin}v1/`,
    resultsUrl: origin,
    token,
    entries: () =>
      entries.map((e) => ({
        id: e.id,
        key: e.key,
        version: e.version,
        size: e.committed ? e.size : e.writtenSize,
        scope: e.scope,
        committed: e.committed,
        api: e.api,
        createdAt: e.createdAt.toISOString(),
      })),
    requests: () => log.map((r) => ({ ...r })),
    failNext(n: number, status: 429 | 500 | 503, match?: RegExp) {
      if (n > 0) failRules.push({ remaining: n, status, match });
    },
    setFailure(fn) {
      failureHook = fn ?? undefined;
    },
    setOutage(status, surfaces = ['api', 'blob']) {
      outage = status === null ? undefined : { status, surfaces };
    },
    setLatency(ms, surfaces = ['api', 'blob']) {
      latency = ms > 0 ? { ms, surfaces } : undefined;
    },
    setBandwidth(n) {
      bytesPerSecond = n > 0 ? n : 0;
    },
    countRequests(since = 0) {
      const counts: Record<string, number> = {};
      for (const r of log.slice(since)) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
      return counts;
    },
    mintToken,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await fsp.rm(dir, { recursive: true, force: true });
    },
  };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Test-token helper usable without a running emulator (unsigned, `alg: none`, as in the protocol brief). */
export function unsignedRuntimeToken(scopes: GhaScope[], lifetimeSeconds = 6 * 3600): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = b64url(
    JSON.stringify({ ac: JSON.stringify(scopes), iat: now - 60, nbf: now - 60, exp: now + lifetimeSeconds }),
  );
  return `${header}.${payload}.`;
}
