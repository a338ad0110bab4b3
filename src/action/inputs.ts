/** Workflow inputs parsed once into a typed object. List inputs accept newline or comma separated values. */
import * as core from './toolkit.js';
import { parseCacheMode, type CacheMode } from '../build/cache-mode.js';

export interface ActionInputs {
  builder?: string;
  /** local path, or a git URL built as a BuildKit git context */
  source?: string;
  files: string[];
  workdir: string;
  targets: string[];
  set: string[];
  push: boolean;
  load: boolean;
  noCache: boolean;
  pull: boolean;
  secrets: Array<{ id: string; value: string }>;
  secretEnvs: Array<{ id: string; env: string }>;
  secretFiles: Array<{ id: string; path: string }>;
  /** SSH agents or keys forwarded to every target, one per line: `default|ID[=SOCKET|KEY[,KEY…]]` (buildx --ssh) */
  ssh: string[];
  githubToken?: string;
  /** provenance attestation attributes added to targets that have none (e.g. `mode=max`); empty: none */
  provenance?: string;
  sbom?: string;
  summary: boolean;
  /** more build nodes, `ENDPOINT [PLATFORM,…]` per line: platforms split across them, merged into one index */
  nodes: string[];
  /** merge mode: instead of building, merge the digests the build jobs pushed (their metadata) into indexes */
  merge: boolean;
  /** merge mode: the build jobs' metadata files, directories of them, or metadata JSON */
  mergeFrom: string[];
  /** `auto`: targets without cache-from/cache-to use the GitHub Actions cache (gha, max mode, scope per target and
   * platform set); `off`: only the bake file's cache */
  cache: CacheMode;
  /** cache warming: build without outputs, export the cache, report which targets were already warm */
  warm: boolean;
  /** entitlements granted to the bake file (`network.host`, `fs.read=PATH`, …; build/entitlements.ts): nothing else
   * is granted but the working directory */
  allow: string[];
}

/** Like docker/actions-toolkit getInputList: newline separated, and comma separated within a line unless told not to. */
export function parseList(raw: string, { commas = true } = {}): string[] {
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const parts = commas ? line.split(',') : [line];
    for (const p of parts) {
      const v = p.trim();
      if (v) out.push(v);
    }
  }
  return out;
}

function pairs(raw: string, what: string): Array<[string, string]> {
  return parseList(raw, { commas: false }).map((line) => {
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`input ${what}: "${line.replace(/=.*/, '=…')}" is not id=value`);
    return [line.slice(0, eq).trim(), line.slice(eq + 1)];
  });
}

export function readInputs(get: (name: string) => string = (n) => core.getInput(n)): ActionInputs {
  const bool = (name: string) => {
    const v = get(name).trim().toLowerCase();
    if (v === '' || v === 'false') return false;
    if (v === 'true') return true;
    throw new Error(`input ${name}: expected true or false, got "${v}"`);
  };
  const secrets = pairs(get('secrets'), 'secrets').map(([id, value]) => ({ id, value }));
  for (const s of secrets) core.setSecret(s.value);
  const githubToken = get('github-token') || undefined;
  if (githubToken) core.setSecret(githubToken);
  // The cache service token reaches the daemon in gha cache attributes; never let it reach the log.
  if (process.env.ACTIONS_RUNTIME_TOKEN) core.setSecret(process.env.ACTIONS_RUNTIME_TOKEN);
  let cache: CacheMode;
  try {
    cache = parseCacheMode(get('cache'));
  } catch (err) {
    throw new Error(`input ${(err as Error).message}`);
  }
  return {
    builder: get('builder') || undefined,
    source: get('source') || undefined,
    files: parseList(get('files')),
    workdir: get('workdir') || '.',
    targets: parseList(get('targets')),
    set: parseList(get('set'), { commas: false }),
    push: bool('push'),
    load: bool('load'),
    noCache: bool('no-cache'),
    pull: bool('pull'),
    secrets,
    secretEnvs: pairs(get('secret-envs'), 'secret-envs').map(([id, env]) => ({ id, env })),
    secretFiles: pairs(get('secret-files'), 'secret-files').map(([id, path]) => ({ id, path })),
    ssh: parseList(get('ssh'), { commas: false }), // a line's commas separate its key files
    githubToken,
    provenance: attestInput(get('provenance')),
    sbom: attestInput(get('sbom')),
    summary: get('summary').trim().toLowerCase() !== 'false',
    nodes: parseList(get('nodes'), { commas: false }),
    merge: bool('merge'),
    mergeFrom: mergeFromInput(get('merge-from')),
    cache,
    warm: bool('warm'),
    // lines here; within a line, entitlements are split at commas that start another one (`fs.read=a,b` stays one
    // path, as one buildx --allow) and checked by build/entitlements.ts, which this shell does not load at start-up
    allow: parseList(get('allow'), { commas: false }),
  };
}

/** `true`/`mode=max,...` → attributes; `false`/empty → none (docker/build-push-action's provenance input forms). */
function attestInput(raw: string): string | undefined {
  const v = raw.trim();
  if (!v || v === 'false') return undefined;
  if (v === 'true') return 'mode=min';
  return v;
}

/** Lines of paths; a line starting with `{` begins inline JSON, which runs to the end of the input. */
function mergeFromInput(raw: string): string[] {
  const trimmed = raw.trim();
  if (!trimmed) return [];
  if (trimmed.startsWith('{')) return [trimmed];
  const i = raw.search(/^\s*\{/m);
  if (i < 0) return parseList(raw, { commas: false });
  return [...parseList(raw.slice(0, i), { commas: false }), raw.slice(i).trim()];
}
