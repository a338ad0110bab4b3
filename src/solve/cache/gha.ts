/**
 * GitHub Actions cache (`type=gha`) defaults and attribute completion. Pure: everything it needs (environment,
 * what the daemon can do) is passed in, so it is unit-tested without a daemon.
 *
 * Default cache (`cache: 'auto'`, the CLI's `--cache auto` and the action's `cache: auto`): inside GitHub Actions
 * (ACTIONS_RUNTIME_TOKEN set) every target that has neither `cache-from` nor `cache-to` of its own gets
 *
 *     cache-from  type=gha,scope=<scope>
 *     cache-to    type=gha,scope=<scope>,mode=max,ignore-error=true
 *
 * A target with any cache entry of its own keeps exactly what it asked for (still completed as below).
 *
 * Scope: `defaultCacheScope(target, platforms)` = the target name, plus `-` and the target's platform set
 * (deduplicated, sorted, `/` → `-`, joined with `_`), e.g. `app-linux-amd64_linux-arm64`; only the target name
 * when it sets no platform. Over 100 characters the platform part becomes 12 hex digits of its sha256.
 * Matrix jobs that build one platform each then write separate cache indexes instead of overwriting each
 * other's (docker/bake-action#91, #329). BuildKit names the index `index-<scope>-1-<hash of the branch>`.
 *
 * Completion of every `type=gha` entry (the defaults and the bake file's own), as buildx does it
 * (buildx build/opt.go, BuildKit cache/remotecache/gha/gha.go), filling only attributes that are missing:
 *   - token   ← ACTIONS_RUNTIME_TOKEN
 *   - API version: the entry's `version`, else 2 when ACTIONS_CACHE_SERVICE_V2 parses as true (Go ParseBool)
 *   - url_v2  ← ACTIONS_RESULTS_URL when the version is 2
 *   - url     ← ACTIONS_CACHE_URL, else ACTIONS_RESULTS_URL
 *   - `version` itself is not written (the daemon picks v2 from `url_v2`);
 * and, beyond buildx:
 *   - scope        ← the default scope above (BuildKit's own default is `buildkit`, shared by every target)
 *   - ignore-error ← true on exports: a failing cache service gives a warning, not a failed build;
 *   - timeout      ← `GHA_CACHE_TIMEOUT` (10s). BuildKit's gha backend (cache/remotecache/gha/gha.go, attribute
 *     `timeout`, a Go duration, default 10m; honoured since BuildKit v0.13, ignored by older daemons) retries a cache
 *     API request answered 429 until that long after the request began, per request: with 10 minutes a
 *     rate-limited service added 20 minutes to a one-step build (an import and an export). With 10s a 429 outage
 *     costs the import and the export about 10 s each; requests that are merely slow are not cut (the timeout bounds
 *     the retrying, not a request). It does not bound blob storage (the Azure SDK in the daemon retries a failing
 *     blob for its own ~15 minutes): see gha-preflight.ts. An entry's own `timeout` is kept.
 *   - repository, ghtoken ← GITHUB_REPOSITORY and the action's `github-token` (`githubToken`), on exports only, each
 *     when the entry lacks it, and only when both values are known, as docker/actions-toolkit does for
 *     build-push-action's cache-to (Build.resolveCacheToAttrs). With them BuildKit's gha exporter (v0.14+,
 *     moby/buildkit#4788) lists the scope's existing keys in one GitHub REST API call instead of asking the cache
 *     service once per layer whether it has it: that per-layer traffic is what runs into the service's rate limits.
 *     A failing REST call (an offline emulator, a token without `actions: read`) is logged by the daemon ("error
 *     initializing active key map") and the exporter falls back to the per-layer lookups. Skipped for daemons
 *     known to be older than v0.14: they ignore the attributes (v0.13's getConfig reads only the ones it knows),
 *     and a secret is not handed to a daemon that will not use it. The imports have no use for them.
 * An entry left without a token or without any URL is dropped with a warning (buildx drops it silently).
 *
 * Daemon versions: cache API v2 needs BuildKit ≥ v0.20. Against an older daemon a v2 entry falls back to v1
 * (`url_v2`/`version` removed) when a v1 URL is known, else it is dropped; either way with one warning.
 */
import { parseGoBool } from '../target/attribute-values.js';
import { sha256Hex } from '../../buildkit/light-crypto/sha256.js';
import type { CacheMode } from './mode.js';
import type { AttrEntry, TargetSpec } from '../target/spec.js';
import type { CacheOptionsEntry } from '../../buildkit/client.js';

export { CACHE_MODES, parseCacheMode, type CacheMode } from './mode.js';

type Env = NodeJS.ProcessEnv | Record<string, string | undefined>;

/** The `timeout` bakekit gives gha entries that have none (see the header). */
export const GHA_CACHE_TIMEOUT = '10s';

export interface GithubCacheEnv {
  token?: string;
  /** ACTIONS_CACHE_URL (API v1) */
  cacheUrl?: string;
  /** ACTIONS_RESULTS_URL (API v2) */
  resultsUrl?: string;
  /** ACTIONS_CACHE_SERVICE_V2 parsed like Go's strconv.ParseBool */
  v2: boolean;
}

/** Go's strconv.ParseBool; anything it rejects is false (buildx ignores the parse error). */
export function goParseBool(value: string | undefined): boolean {
  return parseGoBool(value) === true;
}

export function githubCacheEnv(env: Env): GithubCacheEnv {
  const get = (k: string) => env[k] || undefined;
  return {
    token: get('ACTIONS_RUNTIME_TOKEN'),
    cacheUrl: get('ACTIONS_CACHE_URL'),
    resultsUrl: get('ACTIONS_RESULTS_URL'),
    v2: goParseBool(env.ACTIONS_CACHE_SERVICE_V2),
  };
}

/** Running inside GitHub Actions with access to its cache service. */
export function inGithubActions(env: Env): boolean {
  return !!env.ACTIONS_RUNTIME_TOKEN;
}

function clean(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '-');
}

export function defaultCacheScope(target: string, platforms: readonly string[] = []): string {
  const name = clean(target);
  const plats = [...new Set(platforms.map((p) => p.trim().toLowerCase()).filter(Boolean))].sort();
  if (!plats.length) return name;
  const scope = `${name}-${plats.map(clean).join('_')}`;
  if (scope.length <= 100) return scope;
  return `${name.slice(0, 80)}-${sha256Hex(plats.join(',')).slice(0, 12)}`;
}

/** [major, minor, patch] of a BuildKit version such as `v0.25.2`, `v0.13-debian`; undefined for dev builds (`v0.0.0+unknown`). */
export function parseBuildkitVersion(version: string | undefined): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec((version ?? '').trim());
  if (!m) return undefined;
  const v: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return v[0] === 0 && v[1] === 0 && v[2] === 0 ? undefined : v;
}

/** What the daemon's gha backend can do. */
export interface DaemonCacheSupport {
  /** BuildKit version as the daemon (or its Docker Engine) reported it, for messages */
  version?: string;
  /** speaks cache API v2 (`url_v2`), BuildKit ≥ v0.20 */
  ghaV2: boolean;
  /** lists a scope's existing entries through GitHub's REST API (`repository`, `ghtoken`), BuildKit ≥ v0.14 */
  ghaListKeys: boolean;
}

/** From a BuildKit version; an unknown version counts as current (v2 capable), as buildx assumes. */
export function daemonCacheSupport(version: string | undefined): DaemonCacheSupport {
  const v = parseBuildkitVersion(version);
  const atLeast = (minor: number) => v === undefined || v[0] > 0 || v[1] >= minor;
  return { version, ghaV2: atLeast(20), ghaListKeys: atLeast(14) };
}

export interface CacheResolveOptions {
  mode: CacheMode;
  env: Env;
  /** undefined: not known (no downgrade happens) */
  daemon?: DaemonCacheSupport;
  /** the action's `github-token`: with GITHUB_REPOSITORY, `ghtoken` and `repository` of gha exports (see the header).
   * A secret: the shells redact it from everything they write. */
  githubToken?: string;
}

export interface ResolvedCache {
  cacheFrom: AttrEntry[];
  cacheTo: AttrEntry[];
  /** the target got the default gha cache */
  defaulted: boolean;
  /** human-readable, never containing the token; the same text may come from several targets (dedupe) */
  warnings: Array<{ target?: string; message: string }>;
}

export function resolveTargetCache(
  spec: Pick<TargetSpec, 'name' | 'platforms' | 'cacheFrom' | 'cacheTo'>,
  opts: CacheResolveOptions,
): ResolvedCache {
  const gh = githubCacheEnv(opts.env);
  const repository = opts.env.GITHUB_REPOSITORY || undefined;
  const scope = defaultCacheScope(spec.name, spec.platforms);
  const warnings: ResolvedCache['warnings'] = [];
  let from = spec.cacheFrom;
  let to = spec.cacheTo;
  let defaulted = false;
  if (opts.mode === 'auto' && gh.token && !from.length && !to.length) {
    from = [{ type: 'gha', scope }];
    to = [{ type: 'gha', scope, mode: 'max', 'ignore-error': 'true' }];
    defaulted = true;
  }
  const complete = (e: AttrEntry, dir: 'import' | 'export'): AttrEntry[] => {
    if (e.type !== 'gha') return [e];
    const out: AttrEntry = { ...e };
    const flag = dir === 'export' ? 'cache-to' : 'cache-from';
    if (!out.scope) out.scope = scope;
    if (!out.token && gh.token) out.token = gh.token;
    const version = out.version ?? (gh.v2 ? '2' : undefined);
    if (version === '2' && !out.url_v2 && gh.resultsUrl) out.url_v2 = gh.resultsUrl;
    let urlFromResults = false;
    if (!out.url) {
      if (gh.cacheUrl) out.url = gh.cacheUrl;
      else if (gh.resultsUrl) {
        out.url = gh.resultsUrl;
        urlFromResults = true;
      }
    } else if (gh.resultsUrl && out.url === gh.resultsUrl && out.url !== gh.cacheUrl) {
      urlFromResults = true;
    }
    if (dir === 'export' && out['ignore-error'] === undefined) out['ignore-error'] = 'true';
    if (dir === 'export' && repository && opts.githubToken && (opts.daemon?.ghaListKeys ?? true)) {
      if (!out.repository) out.repository = repository;
      if (!out.ghtoken) out.ghtoken = opts.githubToken;
    }
    if (out.timeout === undefined) out.timeout = GHA_CACHE_TIMEOUT;
    if (!out.token || (!out.url && !out.url_v2)) {
      const missing = !out.token
        ? 'no runtime token (ACTIONS_RUNTIME_TOKEN)'
        : 'no cache service URL (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL)';
      warnings.push({
        target: spec.name,
        message: `${flag} type=gha,scope=${out.scope} skipped: ${missing}; the GitHub Actions cache works only inside a workflow job`,
      });
      return [];
    }
    const wantsV2 = version === '2' || (!!out.url_v2 && version !== '1');
    if (wantsV2 && opts.daemon && !opts.daemon.ghaV2) {
      delete out.url_v2;
      if (out.version === '2') delete out.version;
      const daemon = `BuildKit ${opts.daemon.version ?? '(unknown version)'}`;
      if (!out.url || urlFromResults) {
        warnings.push({
          message: `GitHub Actions cache API v2 needs BuildKit v0.20 or later, but the builder runs ${daemon}, which speaks only API v1, and no v1 URL (ACTIONS_CACHE_URL) is set: the gha cache is disabled. Use a newer builder.`,
        });
        return [];
      }
      warnings.push({
        message: `GitHub Actions cache API v2 needs BuildKit v0.20 or later, but the builder runs ${daemon}: using cache API v1 (ACTIONS_CACHE_URL) instead, which GitHub's hosted service no longer answers since 2025-04-15. Use a newer builder.`,
      });
    }
    return [out];
  };
  return {
    cacheFrom: from.flatMap((e) => complete(e, 'import')),
    cacheTo: to.flatMap((e) => complete(e, 'export')),
    defaulted,
    warnings,
  };
}

/** Whether any target would use the gha backend (then the daemon's version matters). */
export function usesGhaCache(
  specs: ReadonlyArray<Pick<TargetSpec, 'name' | 'platforms' | 'cacheFrom' | 'cacheTo'>>,
  opts: CacheResolveOptions,
): boolean {
  return specs.some((s) => {
    const r = resolveTargetCache(s, { ...opts, daemon: undefined });
    return [...r.cacheFrom, ...r.cacheTo].some((e) => e.type === 'gha');
  });
}

/** `type=gha,scope=app` — what a message may say about a cache entry (never url, token or ghtoken). */
export function describeCacheEntry(e: CacheOptionsEntry | AttrEntry): string {
  const [type, attrs] =
    'Attrs' in e && typeof e.Attrs === 'object' ? [e.Type, e.Attrs] : [(e as AttrEntry).type, e as AttrEntry];
  const parts = [`type=${type}`];
  for (const k of ['scope', 'ref', 'mode', 'name']) if (attrs[k]) parts.push(`${k}=${attrs[k]}`);
  return parts.join(',');
}

/** Replaces every secret (the runtime token) in text. */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('***');
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Cache-warming report
// ---------------------------------------------------------------------------------------------------------

/** A Dockerfile build step as BuildKit names its vertex: `[2/3] RUN …`, `[stage-1 1/2] FROM …`, `[linux/amd64 builder 3/4] …`. */
export function isBuildStep(vertexName: string): boolean {
  return /^\[[^\]]*\b\d+\/\d+\]/.test(vertexName);
}

/** A build step that is a `FROM` image source. */
export function isFromStep(vertexName: string): boolean {
  return /^\[[^\]]*\b\d+\/\d+\] FROM /.test(vertexName);
}

/**
 * The steps the warming report counts: build steps other than `FROM`. A FROM is an input, not build work, and its
 * state says nothing about the cache: when every later step is cached BuildKit only resolves the image and
 * reports the step DONE, not CACHED (after a prune, with the steps imported from the GitHub Actions cache);
 * and when another target shares the same FROM vertex and needs its layers, the pull shows in every target's
 * progress. A target whose RUN/COPY/… steps are all CACHED needed no build work.
 */
export function isReportedStep(vertexName: string): boolean {
  return isBuildStep(vertexName) && !isFromStep(vertexName);
}

export type WarmResult = 'warm' | 'built' | 'failed' | 'cancelled';

export interface WarmTargetReport {
  target: string;
  /** warm: every build step (FROM aside: see isReportedStep) came from the cache; built: at least one had to run */
  result: WarmResult;
  steps: number;
  cachedSteps: number;
  /** a cache export was configured and none of them failed */
  cacheSaved: boolean;
}

export function warmResult(status: 'done' | 'failed' | 'cancelled', steps: number, cachedSteps: number): WarmResult {
  if (status !== 'done') return status;
  return cachedSteps >= steps ? 'warm' : 'built';
}

/** The CLI's table: one line per target. */
export function formatWarmTable(reports: readonly WarmTargetReport[]): string[] {
  const label: Record<WarmResult, string> = {
    warm: 'already warm',
    built: 'built',
    failed: 'failed',
    cancelled: 'cancelled',
  };
  const rows = reports.map((r) => [
    r.target,
    label[r.result],
    `${r.cachedSteps}/${r.steps}`,
    r.result === 'failed' || r.result === 'cancelled' ? '-' : r.cacheSaved ? 'yes' : 'no',
  ]);
  const head = ['TARGET', 'RESULT', 'STEPS CACHED', 'CACHE SAVED'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return ['Cache warming:', line(head), ...rows.map(line)];
}
