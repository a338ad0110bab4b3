/**
 * A look at the GitHub Actions cache service before a build imports from it.
 *
 * BuildKit's gha importer cannot be bounded or cancelled once it reads from a failing blob storage: the index blob
 * is downloaded by the Azure SDK (go-actions-cache `azureOptions`: 10 retries, 10 s growing to 2 min apart, about 15
 * minutes), under `context.TODO()` (solver/llbsolver/bridge.go, lazy cache manager): cancelling the build does not
 * stop it, and the daemon lists the build as running until the retries give up. The `timeout` attribute bounds only
 * the cache API's 429 retries (gha.ts). So before the build, bakekit does what the importer will do first, with a
 * 5-second bound per request: look an index up (`index-<scope>-1-<hash of the token's scope>`, version = sha256 of
 * `|go-actionscache-1.0`, as go-actions-cache computes them) through the API the entry names (v2 Twirp
 * GetCacheEntryDownloadURL at `url_v2`, else v1 `GET cache` at `url`), and read the first byte of the blob it points
 * to. The service is failing when the blob read is answered 429 (after one retry when Retry-After is at most 2 s)
 * or 5xx, or when either request meets a network error or no answer in time (BuildKit's HTTP client has no timeout
 * of its own). An API that answers 429 or 5xx is left to BuildKit: it gives up on a 5xx at once and on 429s after
 * the entry's `timeout` (10 s), so that outage is bounded already; so is anything else (a miss, 4xx).
 *
 * When it fails, run.ts drops that service's gha imports, and its gha exports that ignore errors, with one
 * warning each: the build runs without the cache instead of waiting for it. Exports with ignore-error=false stay:
 * their owner asked for the build to fail if the cache cannot be saved.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { CacheOptionsEntry } from '../../buildkit/client.js';
import { sha256Hex } from '../../buildkit/light-crypto/sha256.js';

const TWIRP = 'twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL';
const REQUEST_TIMEOUT_MS = 5_000;
const VERSION = sha256Hex('|go-actionscache-1.0');

/** The service behind a gha entry: its API and token (the blob storage its indexes point to, whatever the scope). */
function storageParts(attrs: Record<string, string>): string[] {
  return [attrs.url_v2 ? 'v2' : 'v1', attrs.url_v2 || attrs.url || '', attrs.token ?? ''];
}

/** Which service a gha entry talks to, with which token and scope: the key run.ts drops failing entries by. */
export function ghaServiceKey(attrs: Record<string, string>): string {
  return JSON.stringify([...storageParts(attrs), attrs.scope ?? 'buildkit']);
}

/** The token's `ac` scopes, as go-actions-cache reads them (unverified JWT payload). */
function tokenScopes(token: string): string[] {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      ac?: unknown;
    };
    const ac = typeof payload.ac === 'string' ? (JSON.parse(payload.ac) as Array<{ Scope?: unknown }>) : [];
    return ac.map((s) => s.Scope).filter((s): s is string => typeof s === 'string');
  } catch {
    return [];
  }
}

export function indexKey(scope: string, tokenScope: string): string {
  return `index-${scope}-1-${sha256Hex(tokenScope).slice(0, 8)}`;
}

class Failing extends Error {
  override readonly name = 'Failing';
}

/** A request `send` makes: GET unless said, a body of text when one is given. */
interface Outgoing {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** ends the request (it then fails as unanswered): the run it was for ended first */
  signal?: AbortSignal;
}

/** What `send` answers: the status, a header, and the body read whole or discarded. */
interface Answer {
  status: number;
  header(name: string): string | undefined;
  /** The body as text; rejects when it cannot be read whole within the request's time. */
  text(): Promise<string>;
  /** Drops the body unread (the connection is closed). */
  discard(): void;
}

class NoAnswer extends Error {
  override readonly name = 'NoAnswer';
}

/**
 * One HTTP request, answered (headers and any body read) within REQUEST_TIMEOUT_MS. node:http rather than fetch: the
 * first fetch of a process loads and compiles undici, ~30 ms on the main thread just before the build starts
 * (--cpu-prof of the CI-job case, docs/benchmarks.md "Sixth round"), while http and tls are loaded already.
 */
async function send(url: string, init: Outgoing): Promise<Answer> {
  const target = new URL(url);
  // loaded on first use: a run without a gha cache does not pay for https (~2 ms on Node 24)
  const client = target.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const headers = { ...init.headers };
    if (init.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(init.body));
    const req = client.request(target, {
      method: init.method ?? 'GET',
      headers,
    });
    const timer = setTimeout(() => req.destroy(new NoAnswer()), REQUEST_TIMEOUT_MS);
    timer.unref();
    const onAbort = () => req.destroy(new NoAnswer());
    if (init.signal?.aborted) onAbort();
    init.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('close', () => init.signal?.removeEventListener('abort', onAbort));
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.on('response', (res) => {
      const header = (name: string) => {
        const v = res.headers[name.toLowerCase()];
        return Array.isArray(v) ? v[0] : v;
      };
      resolve({
        status: res.statusCode ?? 0,
        header,
        text: () =>
          new Promise((ok, fail) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              clearTimeout(timer);
              ok(Buffer.concat(chunks).toString('utf8'));
            });
            res.on('error', fail);
            res.on('close', () => fail(new NoAnswer()));
          }),
        discard: () => {
          clearTimeout(timer);
          res.destroy();
        },
      });
    });
    req.end(init.body);
  });
}

/** `strict`: a 429 (after one short retry) or a 5xx answer is a failure too (the blob storage). */
async function request(url: string, init: Outgoing, what: string, strict: boolean): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    let res: Answer;
    try {
      res = await send(url, init);
    } catch (err) {
      const e = err as Error;
      throw new Failing(
        e instanceof NoAnswer ? `${what}: no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : `${what}: ${e.message}`,
      );
    }
    if (!strict) return res;
    if (res.status === 429 && attempt === 0) {
      const after = Number(res.header('retry-after') ?? '1');
      res.discard();
      if (Number.isFinite(after) && after >= 0 && after <= 2) {
        // a run that ends meanwhile ends the wait too (the retry then fails at once, as send() does for it)
        await sleep(after * 1000, undefined, { signal: init.signal }).catch(() => {});
        continue;
      }
    }
    if (res.status === 429 || res.status >= 500) {
      res.discard();
      throw new Failing(`${what} answered ${res.status}`);
    }
    return res;
  }
}

/**
 * undefined when the storage behind these entries (the same storageParts) looks usable; else why not (never
 * containing the token or a signed URL). Looks indexes up scope by scope, token scope by token scope, until one exists, and reads the
 * first byte of that one blob: one blob read says whether the storage answers, and a run with a target per scope
 * (bakekit's `cache: auto`) would otherwise make a lookup and a read for each. One after another on purpose: in a
 * warm cache the first lookup finds an index (2 requests against the service's rate limit); a run with no index at
 * all pays a round trip per scope and token scope before its build.
 */
export async function checkGhaService(
  entries: ReadonlyArray<Record<string, string>>,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const attrs = entries[0];
  if (!attrs) return undefined;
  const token = attrs.token ?? '';
  const auth = { Authorization: `Bearer ${token}` };
  const scopes = [...new Set(entries.map((e) => e.scope ?? 'buildkit'))];
  try {
    for (const scope of scopes) {
      for (const tokenScope of tokenScopes(token)) {
        const blobUrl = await lookUpIndex(attrs, auth, indexKey(scope, tokenScope), signal);
        if (!blobUrl) continue;
        const res = await request(
          blobUrl,
          { headers: { 'x-ms-range': 'bytes=0-0', 'x-ms-version': '2020-10-02' }, signal },
          'the cache storage',
          true,
        );
        res.discard();
        return undefined;
      }
    }
    return undefined;
  } catch (err) {
    if (err instanceof Failing) return err.message;
    return undefined; // a malformed answer: BuildKit will report it
  }
}

/** The signed URL of index `key`'s blob, through the API the entry names; undefined when there is none. */
async function lookUpIndex(
  attrs: Record<string, string>,
  auth: Record<string, string>,
  key: string,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  if (attrs.url_v2) {
    const base = attrs.url_v2.endsWith('/') ? attrs.url_v2 : `${attrs.url_v2}/`;
    const res = await request(
      base + TWIRP,
      {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ key, restore_keys: [key], version: VERSION }),
        signal,
      },
      'the cache service',
      false,
    );
    let body: { ok?: boolean; signed_download_url?: string } = {};
    if (res.status >= 200 && res.status < 300) {
      try {
        body = JSON.parse(await res.text()) as typeof body;
      } catch {
        /* an answer that is not JSON, or not whole: no index */
      }
    } else res.discard();
    return body.ok && body.signed_download_url ? body.signed_download_url : undefined;
  }
  if (attrs.url) {
    const base = attrs.url.endsWith('/') ? attrs.url : `${attrs.url}/`;
    const q = new URLSearchParams({ keys: key, version: VERSION });
    const res = await request(
      `${base}_apis/artifactcache/cache?${q.toString()}`,
      { headers: { ...auth, Accept: 'application/json;api-version=6.0-preview.1' }, signal },
      'the cache service',
      false,
    );
    let text = '';
    if (res.status === 200) text = await res.text();
    else res.discard();
    return text ? (JSON.parse(text) as { archiveLocation?: string }).archiveLocation || undefined : undefined;
  }
  return undefined;
}

/**
 * Checks the storage behind every distinct gha service the imports use, each storage once, in parallel; the failing
 * services by ghaServiceKey.
 */
export async function failingGhaServices(
  imports: Iterable<CacheOptionsEntry>,
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const storages = new Map<string, Map<string, Record<string, string>>>();
  for (const e of imports) {
    if (e.Type !== 'gha') continue;
    const k = JSON.stringify(storageParts(e.Attrs));
    if (!storages.has(k)) storages.set(k, new Map());
    storages.get(k)!.set(ghaServiceKey(e.Attrs), e.Attrs);
  }
  const out = new Map<string, string>();
  await Promise.all(
    [...storages.values()].map(async (services) => {
      const why = await checkGhaService([...services.values()], signal);
      if (why) for (const key of services.keys()) out.set(key, why);
    }),
  );
  return out;
}
