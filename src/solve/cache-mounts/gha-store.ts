/**
 * The GitHub Actions cache as a `CacheMountStore` (types.ts): the archive of a cache mount is saved and restored with
 * @actions/cache, the client actions/cache itself uses, so the action needs no protocol code of its own and gets
 * both cache service APIs (v1 `ACTIONS_CACHE_URL`, v2 `ACTIONS_RESULTS_URL` with `ACTIONS_CACHE_SERVICE_V2`), the
 * GHES rules and the blob transfers for free.
 *
 * How @actions/cache is driven, and why:
 *   - It is imported inside the methods (`await import`), never at the top: a run without cache mounts (every CLI
 *     run, every action run outside GitHub Actions or with `cache-mounts: off`) does not load it nor the Azure SDK
 *     behind it.
 *   - It archives the paths it is given (tar + zstd, relative to GITHUB_WORKSPACE) and extracts them back to the same
 *     place, and the entry's `version` is a hash of the path strings as given: a path that changed between the run
 *     that saved and the run that restores is a miss, whatever the key. So the archive always travels as the one file
 *     `archive` of one fixed directory, `<RUNNER_TEMP or the OS temp dir>/bakekit-cache-mount`: hard-linked (or
 *     copied) there before a save, moved from there to the requested file after a restore. Its absolute path is part
 *     of every entry's identity (@actions/glob refuses a relative one with `..`): runners share entries when their
 *     RUNNER_TEMP is the same path, as on every hosted runner of one image. One directory means one
 *     operation at a time: the store runs its operations one after the other (the transfers into and out of the
 *     daemon, the long part, are not serialised by this).
 *   - It reports most failures only as log lines through @actions/core and returns `undefined` (restore) or -1
 *     (save). While it runs, the store reads what @actions/core writes to stdout: its warnings and errors become a
 *     `GhaCacheError` with the reason (so the report says `failed: rate limited` rather than `saved` or a silent
 *     miss) and are not printed (the caller warns once, in its own words); its debug lines, which carry response
 *     headers and the signed blob URLs, and its progress lines are not printed either. Everything else written
 *     meanwhile (the build's own log) passes through untouched.
 *   - Nothing the store says contains the runtime token: reasons are taken from @actions/cache's messages, which do not
 *     carry it, and are scrubbed of it anyway.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CacheMountStore } from './types.js';

type Env = NodeJS.ProcessEnv | Record<string, string | undefined>;

/**
 * Inside GitHub Actions with a cache service the action can use: the checks @actions/cache's `isFeatureAvailable`
 * makes (v2 when ACTIONS_CACHE_SERVICE_V2 is non-empty, unless GITHUB_SERVER_URL names a GHES host: then
 * ACTIONS_RESULTS_URL; v1: ACTIONS_CACHE_URL), plus the runtime token every request needs.
 */
export function isGhaCacheAvailable(env: Env): boolean {
  if (!env.ACTIONS_RUNTIME_TOKEN) return false;
  return ghaCacheApi(env) === 'v2' ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}

/** @actions/cache's config.ts getCacheServiceVersion: GHES is always v1; else v2 when ACTIONS_CACHE_SERVICE_V2 is set. */
export function ghaCacheApi(env: Env): 'v1' | 'v2' {
  if (isGhes(env)) return 'v1';
  return env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}

/** @actions/cache's config.ts isGhes: any server other than github.com, *.ghe.com, *.localhost. */
function isGhes(env: Env): boolean {
  let host: string;
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
  } catch {
    return false;
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}

/** Why the cache service did not do what was asked. */
export type GhaCacheFailure =
  /** 429 from the service (@actions/cache does not retry it) */
  | 'rate-limited'
  /** the entry exists, or another job is saving it (409, ReserveCacheError) */
  | 'exists'
  /** the service answered 5xx (after @actions/cache's retries) */
  | 'service'
  /** the service could not be reached */
  | 'network'
  /** the token may not read or write the cache (a read-only token of an untrusted event) */
  | 'denied'
  /** a key @actions/cache refuses (over 512 characters, a comma) */
  | 'invalid'
  | 'other';

export class GhaCacheError extends Error {
  override readonly name = 'GhaCacheError';
  constructor(
    readonly operation: 'save' | 'restore',
    readonly failure: GhaCacheFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface GhaCacheStoreOptions {
  /** the environment for the token scrubbed from messages and the staging directory's default; @actions/cache itself
   * always reads process.env */
  env?: Env;
  /** the parent of the fixed staging directory (default RUNNER_TEMP, else the OS temp dir). It is part of every
   * entry's identity (see the header): a store that restores must use the same one as the store that saved. */
  stagingRoot?: string;
  /** @actions/cache's own log lines (hits, sizes, retries, progress), which the store keeps out of stdout */
  onLog?: (line: string) => void;
}

const STAGING_DIR = 'bakekit-cache-mount';
const ARCHIVE = 'archive';

/** What @actions/cache's @actions/core calls wrote while one operation ran. */
interface Captured {
  kind: 'debug' | 'warning' | 'error' | 'info';
  text: string;
}

/** @actions/cache's plain info lines (cache.ts, cacheTwirpClient.ts, uploadUtils/downloadUtils, @actions/exec). */
const CACHE_INFO =
  /^(?:Cache (?:Size|restored successfully|saved successfully|hit for|restore skipped|save skipped)|Lookup only|Failed to save:|Attempt \d+ of \d+ failed|Sent \d+ of \d+|Received \d+ of \d+|\[command\])/;
/** The warnings and errors it logs instead of throwing. */
const CACHE_PROBLEM =
  /^(?:Failed to (?:save|restore):|Cache reservation failed:|uploadCacheArchiveSDK:|Unable to |Cache (?:save|restore) skipped|You've hit a rate limit)/;

export class GhaCacheStore implements CacheMountStore {
  readonly description = 'the GitHub Actions cache';
  private queue: Promise<unknown> = Promise.resolve();
  private readonly env: Env;
  private readonly staging: string;

  constructor(private readonly opts: GhaCacheStoreOptions = {}) {
    this.env = opts.env ?? process.env;
    this.staging = path.join(opts.stagingRoot ?? (this.env.RUNNER_TEMP || os.tmpdir()), STAGING_DIR);
  }

  restore(file: string, key: string, restoreKeys: string[]): Promise<string | undefined> {
    return this.serially(async () => {
      const cache = await import('@actions/cache');
      await fs.rm(this.staging, { recursive: true, force: true });
      try {
        const { value: hit, lines } = await this.capture(() => cache.restoreCache([this.staging], key, restoreKeys));
        // "Failed to restore: <why>" says most; a warning before it ("You've hit a rate limit…") less
        const problems = lines.filter(
          (l) => (l.kind === 'warning' || l.kind === 'error') && CACHE_PROBLEM.test(l.text),
        );
        const problem = problems.find((l) => l.text.startsWith('Failed to restore:')) ?? problems[0];
        if (problem) throw this.failure('restore', problem.text, lines);
        if (hit === undefined) return undefined;
        const archive = path.join(this.staging, ARCHIVE);
        try {
          await fs.access(archive);
        } catch {
          // tar extracted relative to GITHUB_WORKSPACE: a workspace other than the saving run's puts it elsewhere
          throw new GhaCacheError(
            'restore',
            'other',
            `the entry ${hit} was restored, but not to ${archive} (GITHUB_WORKSPACE differs from the run that saved it?)`,
          );
        }
        await moveFile(archive, file);
        return hit;
      } catch (err) {
        throw this.wrap('restore', err);
      } finally {
        await fs.rm(this.staging, { recursive: true, force: true });
      }
    });
  }

  save(file: string, key: string): Promise<void> {
    return this.serially(async () => {
      const cache = await import('@actions/cache');
      await fs.rm(this.staging, { recursive: true, force: true });
      try {
        await fs.mkdir(this.staging, { recursive: true });
        await linkOrCopy(file, path.join(this.staging, ARCHIVE));
        const { value: id, lines } = await this.capture(() => cache.saveCache([this.staging], key));
        if (id === -1 || id === undefined) throw this.failure('save', undefined, lines);
      } catch (err) {
        throw this.wrap('save', err);
      } finally {
        await fs.rm(this.staging, { recursive: true, force: true });
      }
    });
  }

  /** Runs `fn` after every operation started before it (one staging directory, one operation at a time). */
  private serially<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs `fn` reading @actions/core's writes to stdout: its workflow commands (`::debug::`, and the `::warning::` /
   * `::error::` lines of @actions/cache's failures) and @actions/cache's known info lines are kept back and returned;
   * any other write (the build's log, running meanwhile) goes through.
   */
  private async capture<T>(fn: () => Promise<T>): Promise<{ value: T; lines: Captured[] }> {
    const lines: Captured[] = [];
    // restored as it was (not a bound copy), so that a wrapper installed meanwhile can be recognised
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const original = process.stdout.write;
    const onLog = this.opts.onLog;
    const scrub = (s: string) => this.scrub(s);
    // what onLog itself writes (the action's own debug line) is not @actions/cache's: it goes through
    let inOnLog = false;
    const write = (chunk: unknown, ...rest: unknown[]): boolean => {
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : undefined;
      const line = text?.replace(/\r?\n$/, '');
      const kept = inOnLog || line === undefined || line.includes('\n') ? undefined : classify(line);
      if (!kept) return (original as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
      lines.push(kept);
      if (kept.kind !== 'debug' && onLog) {
        inOnLog = true;
        try {
          onLog(scrub(kept.text));
        } finally {
          inOnLog = false;
        }
      }
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      cb?.();
      return true;
    };
    const hook = write as typeof process.stdout.write;
    process.stdout.write = hook;
    try {
      return { value: await fn(), lines };
    } finally {
      if (process.stdout.write === hook) process.stdout.write = original;
    }
  }

  /** The failure @actions/cache logged: its underlying cause when it said one (a reservation's debug line), else
   * `text` or its last warning or error. */
  private failure(operation: 'save' | 'restore', text: string | undefined, lines: Captured[]): GhaCacheError {
    const problems = lines.filter((l) => l.kind === 'warning' || l.kind === 'error' || CACHE_PROBLEM.test(l.text));
    // v2 reports every failed CreateCacheEntry (429, 5xx, network) as "another job may be creating this cache": the
    // real cause is only in the debug line before it
    const cause = lines.find((l) => l.kind === 'debug' && l.text.startsWith('Failed to reserve cache: '));
    let reason = cause?.text.slice('Failed to reserve cache: '.length) ?? text ?? problems.at(-1)?.text;
    reason ??= operation === 'save' ? 'the cache service did not save it' : 'the cache service did not restore it';
    reason = reason
      .replace(/^Failed to (?:save|restore): /, '')
      .replace(/^Error: /, '')
      // v1 names no status either, only the service's message
      .replace(/^Unable to reserve cache with key .*?, another job may be creating this cache\. More details: /, '');
    return new GhaCacheError(operation, classifyFailure(`${reason} ${problems.map((p) => p.text).join(' ')}`), reason);
  }

  private wrap(operation: 'save' | 'restore', err: unknown): GhaCacheError {
    if (err instanceof GhaCacheError) return new GhaCacheError(operation, err.failure, this.scrub(err.message));
    const e = err as Error;
    const message = this.scrub(e?.message ?? String(err));
    // ValidationError: a key @actions/cache refuses; anything else it threw (it throws little) or a file operation
    const failure = e?.name === 'ValidationError' ? 'invalid' : classifyFailure(message);
    return new GhaCacheError(operation, failure, message);
  }

  private scrub(s: string): string {
    const token = this.env.ACTIONS_RUNTIME_TOKEN ?? process.env.ACTIONS_RUNTIME_TOKEN;
    return token ? s.split(token).join('***') : s;
  }
}

/** One write to stdout, if @actions/core wrote it for @actions/cache. */
function classify(line: string): Captured | undefined {
  const cmd = /^::(debug|warning|error)::(.*)$/s.exec(line);
  if (cmd) {
    const kind = cmd[1] as Captured['kind'];
    // @actions/core escapes %, CR and LF in command data
    const text = cmd[2].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    if (kind === 'debug' || CACHE_PROBLEM.test(text)) return { kind, text };
    return undefined;
  }
  return CACHE_INFO.test(line) ? { kind: 'info', text: line } : undefined;
}

function classifyFailure(text: string): GhaCacheFailure {
  if (/already exists|AlreadyExists|\b409\b/i.test(text)) return 'exists';
  if (/rate limit|\b429\b|RequestBlocked|Request was blocked|resource_exhausted/i.test(text)) return 'rate-limited';
  if (/(?:read|write) denied|\b403\b|does not permit/i.test(text)) return 'denied';
  if (
    /NetworkError|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|socket hang up|Unable to make request/i.test(
      text,
    )
  )
    return 'network';
  if (/\b5\d\d\b|after \d+ attempts|internal|unavailable/i.test(text)) return 'service';
  return 'other';
}

/** `src` at `dest` without copying when both are on one file system. */
async function linkOrCopy(src: string, dest: string): Promise<void> {
  try {
    await fs.link(src, dest);
  } catch {
    await fs.copyFile(src, dest);
  }
}

async function moveFile(src: string, dest: string): Promise<void> {
  await fs.mkdir(path.dirname(dest), { recursive: true });
  try {
    await fs.rename(src, dest);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    await fs.copyFile(src, dest);
    await fs.rm(src, { force: true });
  }
}
