/**
 * Workflow inputs parsed once into a typed object. List inputs follow the docker actions' rules (list.ts, actions-toolkit
 * `Util.getInputList`), each with the options docker/bake-action v7 (src/context.ts) or, for the inputs bake-action does
 * not have, docker/build-push-action (src/context.ts) reads it with.
 */
import * as core from './toolkit.js';
import { parseCacheMode, type CacheMode } from '../solve/cache/mode.js';
import { ListInputError, getList, listItems, type ListOpts } from './list.js';
import {
  parseExecutionPolicy,
  parseMaxParallelism,
  parsePublishPolicy,
  type PublishPolicy,
} from '../solve/run/policies.js';
import type { ExecutionPolicy } from '../solve/run/lifetime.js';
import type { CacheMountsMode } from '../solve/cache-mounts/types.js';
import { InvalidSizeError, ramInBytes } from '../bake/units.js';

export interface ActionInputs {
  builder?: string;
  /** `source` as given: a local directory, a Git URL, or a template over `{{defaultContext}}` (see source.ts) */
  source?: string;
  files: string[];
  workdir: string;
  targets: string[];
  set: string[];
  push: boolean;
  load: boolean;
  noCache: boolean;
  pull: boolean;
  /** `call`: `build` (default), `check`, `outline`, `targets`, with buildx's `,format=…` options; passed as `--call` */
  call?: string;
  /** `vars`: `--var NAME=VALUE` (buildx ≥ 0.31), values that win over the environment */
  vars?: Record<string, string>;
  secrets: Array<{ id: string; value: string }>;
  secretEnvs: Array<{ id: string; env: string }>;
  secretFiles: Array<{ id: string; path: string }>;
  /** SSH agents or keys forwarded to every target, one per line: `default|ID[=SOCKET|KEY[,KEY…]]` (buildx --ssh) */
  ssh: string[];
  githubToken?: string;
  /** `--provenance` as bake-action passes it (actions-toolkit Build.getProvenanceInput): `false`, or attributes with
   * the run's `builder-id`; empty: the default provenance applies (defaults.ts) */
  provenance?: string;
  /** `--sbom` as given */
  sbom?: string;
  summary: boolean;
  /** more build nodes, `ENDPOINT [PLATFORM,…]` per line: platforms split across them, merged into one index */
  nodes: string[];
  /** merge mode: instead of building, merge the digests the build jobs pushed (their metadata) into indexes */
  merge: boolean;
  /** merge mode: the build jobs' metadata files, directories of them, or metadata JSON */
  mergeFrom: string[];
  /** matrix mode: instead of building, output a GitHub `strategy.matrix` for the definition (solve/matrix/) */
  matrix: boolean;
  /** matrix mode: extra fields per entry (docker/bake-action's matrix `fields`), e.g. `platforms` */
  matrixFields: string[];
  /** matrix mode: only targets that changed since `matrixBase` (default: the event's base commit), and their consumers */
  matrixChanged: boolean;
  /** matrix mode: the base commit of `matrixChanged` (implies it) */
  matrixBase?: string;
  /** `auto`: targets without cache-from/cache-to use the GitHub Actions cache (gha, max mode, scope per target and
   * platform set); `off`: only the bake file's cache */
  cache: CacheMode;
  /** cache warming: build without outputs, export the cache, report which targets were already warm */
  warm: boolean;
  /** entitlements granted to the bake file (`network.host`, `fs.read=PATH`, …; solve/target/entitlements.ts): nothing else
   * is granted but the working directory */
  allow: string[];
  /** `fail-fast` (default): the first failure cancels the rest; `keep-going`: build every target that does not consume
   * a failed one, report every failure */
  execution: ExecutionPolicy;
  /** at most this many targets building at once; undefined: no bound */
  maxParallelism?: number;
  /** `as-built` (default): push as each target exports; `all-or-nothing`: tag every image only once every target built */
  publish: PublishPolicy;
  /** `cache-mounts`: `auto` (default; inside GitHub Actions with a cache service, every cache mount the targets
   * declare), `off`, or the mount ids to persist */
  cacheMounts: CacheMountsMode;
  /** `cache-mounts-key`: part of every cache mount key (e.g. a hash of lock files) */
  cacheMountsKey?: string;
  /** `cache-mounts-image`: the helper image the mounts are saved and restored with */
  cacheMountsImage?: string;
  /** `cache-mounts-max-size` in bytes (default 2 GiB): a larger mount archive is not saved */
  cacheMountsMaxSize: number;
}

/** The default of `cache-mounts-max-size` (action.yml). */
export const DEFAULT_CACHE_MOUNTS_MAX_SIZE = '2g';

/**
 * `cache-mounts`: `auto` (or empty, or `true`), `off` (or `false`, `none`), else a list of mount ids (newline or
 * comma separated) as the Dockerfile names them (`id=`, or the target path when there is none).
 */
export function parseCacheMountsMode(raw: string): CacheMountsMode {
  const v = raw.trim();
  const lower = v.toLowerCase();
  if (v === '' || lower === 'auto' || lower === 'true') return 'auto';
  if (lower === 'off' || lower === 'false' || lower === 'none') return 'off';
  const ids = [...new Set(getList(v, { quote: false }))];
  const reserved = ids.find((id) => ['auto', 'off'].includes(id.toLowerCase()));
  if (reserved) throw new Error(`"${reserved}" is a mode: give it alone, or a list of mount ids`);
  return ids;
}

/**
 * `cache-mounts-max-size`: a size as Docker reads them (`500m`, `2g`, `1.5GiB`; go-units RAMInBytes, binary
 * multiples), at least one byte.
 */
export function parseCacheMountsMaxSize(raw: string): number {
  const v = raw.trim() || DEFAULT_CACHE_MOUNTS_MAX_SIZE;
  let n: number;
  try {
    n = ramInBytes(v);
  } catch (err) {
    if (err instanceof InvalidSizeError) throw new Error(`expected a size such as 500m or 2g, got "${v}"`);
    throw err;
  }
  if (!(n >= 1) || !Number.isSafeInteger(n)) throw new Error(`expected a size such as 500m or 2g, got "${v}"`);
  return n;
}

/** `cache-mounts-key`: one line without commas (the cache service refuses commas in keys; the key names entries). */
function parseCacheMountsKey(raw: string): string | undefined {
  const v = raw.trim();
  if (!v) return undefined;
  if (/[,\r\n]/.test(v)) throw new Error('input cache-mounts-key: one line without commas (part of a cache key)');
  return v;
}

/** A list input: with `commas: false` one value per line, commas and quotes kept (bakekit's own per-line inputs,
 * `nodes`, `merge-from`); else actions-toolkit's default list (newline or comma separated, CSV quotes). */
export function parseList(raw: string, { commas = true } = {}): string[] {
  return getList(raw.trim(), commas ? {} : { ignoreComma: true, quote: false });
}

/** Inputs whose lines may hold secrets: every line is masked before anything parses or reports them. */
const SECRET_INPUTS = ['secrets', 'secret-envs', 'secret-files'] as const;

/**
 * Masks each line of `text` in the job log. The runner matches masks line by line, so a multi-line value (a PEM key)
 * needs each of its lines registered. Lines of at most three characters with no letter or digit (`{`, `}`, `],`) are
 * not: such a mask would star every bracket of the log and hides nothing.
 */
export function maskLines(text: string): void {
  for (const line of text.split(/\r?\n|\r/)) {
    const v = line.trim();
    if (!v || (v.length <= 3 && !/[\p{L}\p{N}]/u.test(v))) continue;
    core.setSecret(v);
  }
}

/**
 * actions-toolkit Build.parseSecretKvp: `ID=VALUE`, both non-empty. A bad entry is named by its line, never shown:
 * it may be a secret given without its `id=`.
 */
function secretPairs(raw: string, name: string, opts: ListOpts): Array<{ id: string; value: string }> {
  let items;
  try {
    items = listItems(raw, opts);
  } catch (err) {
    if (err instanceof ListInputError) throw new Error(`input ${name}: ${err.message}`);
    throw err;
  }
  return items
    .filter((item) => item.value.trim() !== '')
    .map((item) => {
      const eq = item.value.indexOf('=');
      const id = eq < 0 ? '' : item.value.slice(0, eq).trim();
      const value = eq < 0 ? '' : item.value.slice(eq + 1);
      if (!id || !value)
        throw new Error(`input ${name}: line ${item.line} is not ID=VALUE (its content is masked and not shown)`);
      return { id, value };
    });
}

/** buildx parseBakeVars over actions-toolkit's list (bake-action: `getInputList('vars', {ignoreComma: true, quote: false})`). */
function parseVars(raw: string): Record<string, string> | undefined {
  const entries = getList(raw, { ignoreComma: true, quote: false });
  if (!entries.length) return undefined;
  const vars = Object.create(null) as Record<string, string>;
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq < 0) throw new Error(`input vars: invalid variable "${entry}", expected NAME=VALUE`);
    if (eq === 0) throw new Error(`input vars: invalid variable "${entry}", the name is empty`);
    vars[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return vars;
}

/**
 * `ssh`: one buildx `--ssh` entry per line, `ID=KEY,KEY` listing key files. docker/build-push-action splits this input
 * at every comma, which cannot express several keys for one id; bakekit keeps the line, and refuses a line whose id
 * holds a comma (`default,other=/key`: write one entry per line) rather than forward an agent under a garbled id.
 */
function parseSsh(raw: string): string[] {
  return listItems(raw, { ignoreComma: true, quote: false }).map(({ value, line }) => {
    const id = value.split('=')[0];
    if (id.includes(','))
      throw new Error(
        `input ssh: line ${line}: one entry per line (ID, ID=SOCKET or ID=KEY[,KEY…]); the id "${id}" holds a comma`,
      );
    return value;
  });
}

/** @actions/core getBooleanInput's YAML 1.2 core schema booleans. */
const YAML_TRUE = ['true', 'True', 'TRUE'];
const YAML_FALSE = ['false', 'False', 'FALSE'];

/**
 * actions-toolkit Build.getProvenanceInput: empty stays empty (the default applies); a YAML boolean becomes `false` or
 * `builder-id=<run URL>`; attributes get the run's `builder-id` unless they name one (Build.resolveProvenanceAttrs).
 */
export function provenanceInput(raw: string, builderId: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (YAML_FALSE.includes(raw)) return 'false';
  if (YAML_TRUE.includes(raw)) return builderId ? `builder-id=${builderId}` : 'true';
  return withBuilderId(raw, builderId);
}

/** actions-toolkit Build.resolveProvenanceAttrs: adds `builder-id=<run URL>` unless the attributes have one. */
export function withBuilderId(attrs: string, builderId: string | undefined): string {
  if (!builderId) return attrs;
  if (!attrs) return `builder-id=${builderId}`;
  const fields = getList(attrs.split(/\r?\n/)[0], {});
  if (fields.some((f) => f.split('=')[0].trim() === 'builder-id')) return attrs;
  return `${attrs},builder-id=${builderId}`;
}

/** What the runner puts in the environment for input `name` (`INPUT_NAME`), untrimmed. */
export function rawInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

/**
 * `get` returns an input as the runner passes it (untrimmed); each input is trimmed here where @actions/core's
 * getInput would trim it. `builderId`: the run's URL, the `builder-id` the provenance input gets (github-context.ts).
 */
export function readInputs(
  get: (name: string) => string = rawInput,
  { builderId }: { builderId?: string } = {},
): ActionInputs {
  // Before anything reads them: a line of these inputs that an error message or a log line could show is masked.
  for (const name of SECRET_INPUTS) maskLines(get(name));
  const input = (name: string) => get(name).trim();
  const list = (name: string, opts: ListOpts = {}) => {
    try {
      return getList(input(name), opts);
    } catch (err) {
      if (err instanceof ListInputError) throw new Error(`input ${name}: ${err.message}`);
      throw err;
    }
  };
  const bool = (name: string) => {
    const v = input(name).toLowerCase();
    if (v === '' || v === 'false') return false;
    if (v === 'true') return true;
    throw new Error(`input ${name}: expected true or false, got "${v}"`);
  };
  // build-push-action: getInputList('secrets', {ignoreComma: true, trimWhitespace: false}) — quoted values may span
  // lines (a PEM key), a value keeps its surrounding whitespace
  const secrets = secretPairs(get('secrets'), 'secrets', { ignoreComma: true, trimWhitespace: false });
  for (const s of secrets) {
    core.setSecret(s.value);
    if (/[\r\n]/.test(s.value)) maskLines(s.value);
  }
  const githubToken = input('github-token') || undefined;
  if (githubToken) core.setSecret(githubToken);
  // The cache service token reaches the daemon in gha cache attributes; never let it reach the log.
  if (process.env.ACTIONS_RUNTIME_TOKEN) core.setSecret(process.env.ACTIONS_RUNTIME_TOKEN);
  let cache: CacheMode;
  try {
    cache = parseCacheMode(input('cache'));
  } catch (err) {
    throw new Error(`input ${(err as Error).message}`);
  }
  const policy = <T>(name: string, parse: (v: string) => T): T => {
    try {
      return parse(input(name));
    } catch (err) {
      throw new Error(`input ${name}: ${(err as Error).message}`);
    }
  };
  return {
    builder: input('builder') || undefined,
    source: input('source') || undefined,
    // bake-action: getInputList('files'), getInputList('targets'): commas split, quotes honoured
    files: list('files'),
    workdir: input('workdir') || '.',
    targets: list('targets'),
    // bake-action: getInputList('set', {ignoreComma: true, quote: false}): a value may hold commas and quotes
    set: list('set', { ignoreComma: true, quote: false }),
    push: bool('push'),
    load: bool('load'),
    noCache: bool('no-cache'),
    pull: bool('pull'),
    call: input('call') || undefined,
    vars: parseVars(input('vars')),
    secrets,
    // build-push-action: getInputList('secret-envs') splits at commas; getInputList('secret-files', {ignoreComma: true})
    secretEnvs: secretPairs(input('secret-envs'), 'secret-envs', {}).map(({ id, value }) => ({
      id,
      env: value.trim(),
    })),
    secretFiles: secretPairs(input('secret-files'), 'secret-files', { ignoreComma: true }).map(({ id, value }) => ({
      id,
      path: value.trim(),
    })),
    ssh: parseSsh(input('ssh')),
    githubToken,
    provenance: provenanceInput(input('provenance'), builderId),
    sbom: input('sbom') || undefined,
    summary: input('summary').toLowerCase() !== 'false',
    nodes: parseList(input('nodes'), { commas: false }),
    merge: bool('merge'),
    mergeFrom: mergeFromInput(get('merge-from')),
    matrix: bool('matrix'),
    // docker/bake-action subaction/matrix: `fields` split at newlines and commas
    matrixFields: list('matrix-fields', { quote: false }),
    matrixChanged: bool('matrix-changed') || input('matrix-base') !== '',
    matrixBase: input('matrix-base') || undefined,
    cache,
    warm: bool('warm'),
    // bake-action: getInputList('allow'). Kept a line at a time (quotes removed) and split by solve/target/entitlements.ts at
    // the commas that start another entitlement, as one buildx --allow: `network.host,fs.read=../src` is two,
    // `fs.read=a,b` the one path `a,b` (where bake-action would pass `a` and `b`)
    allow: list('allow', { ignoreComma: true }),
    execution: policy('execution', parseExecutionPolicy),
    maxParallelism: policy('max-parallelism', parseMaxParallelism),
    publish: policy('publish', parsePublishPolicy),
    cacheMounts: policy('cache-mounts', parseCacheMountsMode),
    cacheMountsKey: parseCacheMountsKey(get('cache-mounts-key')),
    cacheMountsImage: input('cache-mounts-image') || undefined,
    cacheMountsMaxSize: policy('cache-mounts-max-size', parseCacheMountsMaxSize),
  };
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
