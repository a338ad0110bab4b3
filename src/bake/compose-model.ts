import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, posix, resolve as resolvePath } from 'node:path';
import type * as Yaml from 'yaml';
import { BakeError } from './errors.js';
import { InvalidTemplateError, type Lookup, parseDotenv, substitute } from './compose-env.js';
import { cleanPath } from './go-path.js';

/**
 * Loading a compose project the way buildx does it (bake/compose.go loadComposeFiles, which runs
 * compose-go v2's loader with SkipNormalization, SkipValidation and an empty working directory): per file,
 * interpolation, `include`, compose's merge rules, de-duplication, canonical forms; then default values,
 * relative paths (joined to "" — i.e. cleaned, `./bar` → `bar`), the services' environment and `env_file`s,
 * and the consistency checks. Only what bake reads is modelled: services' `image`, `build`, `environment`,
 * `env_file`, and top-level `secrets` (buildx filters the model down to those before binding it).
 *
 * compose-go source files are named where a function follows one.
 */

export type Y = unknown;
export type YMap = Record<string, Y>;

export function isMap(v: Y): v is YMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The part of the `yaml` package that compose loading uses. Whoever resolves supplies it (BakeInputs.yaml): the
 * package is ~0.3 MB of code that only a run reading a compose file needs (resolveBakeAsync imports it then), so
 * nothing here imports it at run time.
 */
export type YamlLibrary = Pick<typeof Yaml, 'parseDocument'>;

export interface ComposeFile {
  name: string;
  data: string;
}

/** A path in the model, one part per key (`[]` for a list item), as compose-go's tree.Path (a `.` in a key is not a separator). */
type Path = string[];

function matches(p: Path, pattern: string): boolean {
  const parts = pattern.split('.');
  if (parts.length !== p.length) return false;
  return parts.every((q, i) => q === '*' || q === p[i]);
}

function pathString(p: Path): string {
  return p.join('.');
}

/** Go's fmt.Sprint of a YAML scalar. */
export function goSprint(v: Y): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
  if (isMap(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goSprint(v[k])}`).join(' ')}]`;
  return String(v);
}

/** Go's filepath.Clean (POSIX). */
export const goClean = cleanPath;

/** filepath.Join: empty parts dropped, then cleaned; "" when all are empty. */
function goJoin(...parts: string[]): string {
  const kept = parts.filter((s) => s !== '');
  return kept.length ? goClean(kept.join('/')) : '';
}

function goDir(p: string): string {
  const i = p.lastIndexOf('/');
  return goClean(i < 0 ? '.' : p.slice(0, i + 1));
}

export interface LoadContext {
  /** The process working directory files and relative paths are read from (buildx: os.Getwd()). */
  cwd: string;
  /** HOME, for `~` in paths (compose-go ExpandUser). */
  home?: string;
  yaml: YamlLibrary;
}

function fsPath(ctx: LoadContext, p: string): string {
  return isAbsolute(p) ? p : resolvePath(ctx.cwd, p);
}

// ---------------------------------------------------------------------------------------------------------------
// YAML

/** Parses one compose file's text; a syntax error is reported with the file name, as compose-go does. */
export function parseYaml(file: ComposeFile, yaml: YamlLibrary): Y {
  let doc: ReturnType<YamlLibrary['parseDocument']>;
  try {
    doc = yaml.parseDocument(file.data, { uniqueKeys: false, merge: true });
  } catch (e) {
    throw new BakeError(`failed to parse ${file.name}: ${(e as Error).message}`);
  }
  if (doc.errors.length > 0) throw new BakeError(`failed to parse ${file.name}: ${doc.errors[0]!.message}`);
  try {
    return doc.toJS({ maxAliasCount: 1000 }) as Y;
  } catch (e) {
    throw new BakeError(`failed to parse ${file.name}: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Interpolation (compose-go interpolation/interpolation.go, loader/interpolate.go)

const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|infinity|nan)$/i;
const BOOLEAN = /^(true|false|y|yes|on|n|no|off)$/i;

/** interpolateTypeCastMapping: after substitution these values must parse as their type (an error otherwise). */
const CASTS: [string, RegExp, string][] = [
  ...['cpu_count', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime', 'cpu_shares', 'oom_score_adj', 'pids_limit', 'scale']
    .map((k): [string, RegExp, string] => [`services.*.${k}`, INTEGER, 'int']),
  ...['deploy.replicas', 'deploy.update_config.parallelism', 'deploy.rollback_config.parallelism', 'deploy.restart_policy.max_attempts',
    'deploy.placement.max_replicas_per_node', 'healthcheck.retries', 'ports.[].target', 'ulimits.*', 'ulimits.*.hard', 'ulimits.*.soft']
    .map((k): [string, RegExp, string] => [`services.*.${k}`, INTEGER, 'int']),
  ...['cpu_percent', 'cpus', 'deploy.update_config.max_failure_ratio', 'deploy.rollback_config.max_failure_ratio']
    .map((k): [string, RegExp, string] => [`services.*.${k}`, FLOAT, 'float']),
  ...['init', 'depends_on.*.required', 'depends_on.*.restart', 'healthcheck.disable', 'oom_kill_disable', 'privileged', 'read_only',
    'stdin_open', 'tty', 'volumes.[].read_only', 'volumes.[].volume.nocopy']
    .map((k): [string, RegExp, string] => [`services.*.${k}`, BOOLEAN, 'bool']),
  ...['networks.*.external', 'networks.*.internal', 'networks.*.attachable', 'networks.*.enable_ipv4', 'networks.*.enable_ipv6',
    'volumes.*.external', 'secrets.*.external', 'configs.*.external'].map((k): [string, RegExp, string] => [k, BOOLEAN, 'bool']),
];

function castValue(s: string, kind: string): Y {
  if (kind === 'bool') return /^(true|y|yes|on)$/i.test(s);
  return Number(s);
}

function interpolateError(p: Path, e: unknown): BakeError {
  if (e instanceof InvalidTemplateError) {
    return new BakeError(`invalid interpolation format for ${pathString(p)}.\nYou may need to escape any $ with another $.\n${e.template}`);
  }
  return new BakeError(`error while interpolating ${pathString(p)}: ${(e as Error).message}`);
}

export function interpolate(v: Y, lookup: Lookup, p: Path = []): Y {
  if (typeof v === 'string') {
    let out: string;
    try {
      out = substitute(v, lookup);
    } catch (e) {
      throw interpolateError(p, e);
    }
    for (const [pattern, re, kind] of CASTS) {
      if (!matches(p, pattern)) continue;
      if (!re.test(out)) {
        throw new BakeError(`error while interpolating ${pathString(p)}: failed to cast to expected type: invalid ${kind === 'bool' ? 'boolean' : 'syntax'}: ${out}`);
      }
      return castValue(out, kind);
    }
    return out;
  }
  if (Array.isArray(v)) return v.map((x) => interpolate(x, lookup, [...p, '[]']));
  if (isMap(v)) {
    const out: YMap = {};
    for (const [k, x] of Object.entries(v)) out[k] = interpolate(x, lookup, [...p, k]);
    return out;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Merging files (compose-go override/merge.go) and removing redefinitions (override/uncity.go)

type Merger = (a: Y, b: Y, p: Path) => Y;

/** convertIntoSequence: a mapping becomes sorted `k=v` entries (a null value just `k`). */
function intoSequence(v: Y): Y[] {
  if (isMap(v)) {
    const seq: string[] = [];
    for (const [k, x] of Object.entries(v)) {
      if (x === null || x === undefined) seq.push(k);
      else if (Array.isArray(x)) for (const y of x) seq.push(`${k}=${goSprint(y)}`);
      else seq.push(`${k}=${goSprint(x)}`);
    }
    return seq.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [v];
  return [];
}

function intoMapping(v: Y, def?: YMap): YMap {
  if (isMap(v)) return v;
  const out: YMap = {};
  if (Array.isArray(v)) for (const s of v) out[String(s)] = def ? { ...def } : null;
  return out;
}

const toSequence: Merger = (a, b) => [...intoSequence(a), ...intoSequence(b)];
const overrideWith: Merger = (_a, b) => b;
const mergeAsMappings =
  (def?: YMap): Merger =>
  (a, b, p) =>
    mergeMappings(intoMapping(a, def), intoMapping(b, def), p);

const MERGE_SPECIALS: [string, Merger][] = [
  ['networks.*.labels', toSequence],
  ['volumes.*.labels', toSequence],
  ['services.*.annotations', toSequence],
  [
    'services.*.build',
    (a, b, p) => {
      const toBuild = (v: Y): YMap => (typeof v === 'string' ? { context: v } : isMap(v) ? v : {});
      return mergeMappings(toBuild(a), toBuild(b), p);
    },
  ],
  ['services.*.build.args', toSequence],
  ['services.*.build.additional_contexts', toSequence],
  [
    'services.*.build.extra_hosts',
    (a, b) => {
      const right = intoSequence(a);
      return [...right, ...intoSequence(b).filter((x) => !right.includes(x))];
    },
  ],
  ['services.*.build.labels', toSequence],
  ['services.*.command', overrideWith],
  ['services.*.depends_on', mergeAsMappings({ condition: 'service_started', required: true })],
  ['services.*.deploy.labels', toSequence],
  ['services.*.dns', toSequence],
  ['services.*.dns_opt', toSequence],
  ['services.*.dns_search', toSequence],
  ['services.*.entrypoint', overrideWith],
  ['services.*.env_file', toSequence],
  ['services.*.label_file', toSequence],
  ['services.*.environment', toSequence],
  [
    'services.*.extra_hosts',
    (a, b) => {
      const right = intoSequence(a);
      return [...right, ...intoSequence(b).filter((x) => !right.includes(x))];
    },
  ],
  ['services.*.healthcheck.test', overrideWith],
  ['services.*.labels', toSequence],
  ['services.*.volumes.*.volume.labels', toSequence],
  [
    'services.*.logging',
    (a, b, p) => {
      const x = isMap(a) ? a : {};
      const y = isMap(b) ? b : {};
      return !('driver' in y) || !('driver' in x) || x.driver === y.driver ? mergeMappings(x, y, p) : y;
    },
  ],
  ['services.*.models', mergeAsMappings()],
  ['services.*.networks', mergeAsMappings()],
  ['services.*.sysctls', toSequence],
  ['services.*.tmpfs', toSequence],
  ['services.*.ulimits.*', (_a, b, p) => (isMap(b) ? mergeMappings(b, b, p) : b)],
];

export function mergeYaml(a: Y, b: Y, p: Path): Y {
  for (const [pattern, merger] of MERGE_SPECIALS) if (matches(p, pattern)) return merger(a, b, p);
  if (b === null || b === undefined) return a;
  if (isMap(a)) {
    if (!isMap(b)) throw new BakeError(`cannot override ${pathString(p)}`);
    return mergeMappings(a, b, p);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) throw new BakeError(`cannot override ${pathString(p)}`);
    return [...a, ...b];
  }
  return b;
}

function mergeMappings(a: YMap, b: YMap, p: Path): YMap {
  const out: YMap = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = Object.hasOwn(out, k) ? mergeYaml(out[k], v, [...p, k]) : v;
  return out;
}

type Indexer = (v: Y, p: Path) => string;

const keyValueIndexer: Indexer = (v, p) => {
  if (typeof v !== 'string') throw new BakeError(`${pathString(p)}: unexpected type ${goType(v)}`);
  const i = v.indexOf('=');
  return i < 0 ? v : v.slice(0, i);
};

function goType(v: Y): string {
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  if (isMap(v)) return 'map[string]interface {}';
  if (v === null || v === undefined) return '<nil>';
  return 'string';
}

const UNIQUE: [string, Indexer][] = [
  ['services.*.annotations', keyValueIndexer],
  ['services.*.build.args', keyValueIndexer],
  ['services.*.build.additional_contexts', keyValueIndexer],
  ['services.*.build.platform', keyValueIndexer],
  ['services.*.build.tags', keyValueIndexer],
  ['services.*.build.labels', keyValueIndexer],
  ['services.*.environment', keyValueIndexer],
  [
    'services.*.env_file',
    (v, p) => {
      if (typeof v === 'string') return v;
      if (isMap(v)) {
        if (!('path' in v)) throw new BakeError(`environment path attribute ${pathString(p)} is missing`);
        return String(v.path);
      }
      return '';
    },
  ],
];

/** EnforceUnicity: in these lists a later entry with the same key replaces the earlier one, in its place. */
export function enforceUnicity(v: Y, p: Path = []): Y {
  if (isMap(v)) {
    for (const [k, x] of Object.entries(v)) v[k] = enforceUnicity(x, [...p, k]);
    return v;
  }
  if (Array.isArray(v)) {
    const rule = UNIQUE.find(([pattern]) => matches(p, pattern));
    if (!rule) return v;
    const seq: Y[] = [];
    const keys = new Map<string, number>();
    v.forEach((entry, i) => {
      const key = rule[1](entry, [...p, `[${i}]`]);
      const j = keys.get(key);
      if (j !== undefined) seq[j] = entry;
      else {
        keys.set(key, seq.length);
        seq.push(entry);
      }
    });
    return seq;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Canonical forms (compose-go transform/*.go), only where bake reads the result or an error can arise

function canonicalError(p: Path, what: string, v: Y): BakeError {
  return new BakeError(`${pathString(p)}: invalid type ${goType(v)} for ${what}`);
}

type Transformer = (v: Y, p: Path) => Y;

const TRANSFORMERS: [string, Transformer][] = [
  ['services.*', (v, p) => (isMap(v) ? canonicalChildren(v, p) : v)],
  [
    'services.*.build',
    (v, p) => {
      if (typeof v === 'string') return { context: v };
      if (isMap(v)) return canonicalChildren(v, p);
      throw canonicalError(p, 'build', v);
    },
  ],
  [
    'services.*.build.secrets.*',
    (v, p) => {
      if (isMap(v)) return v;
      if (typeof v === 'string') return { source: v };
      throw new BakeError(`${pathString(p)}: unsupported type ${goType(v)}`);
    },
  ],
  ['services.*.build.provenance', (v) => (typeof v === 'string' ? v : goSprint(v))],
  ['services.*.build.sbom', (v) => (typeof v === 'string' ? v : goSprint(v))],
  [
    'services.*.build.additional_contexts',
    (v, p) => {
      if (isMap(v)) return v;
      if (Array.isArray(v)) {
        const out: YMap = {};
        for (const e of v) {
          const s = String(e);
          const i = s.indexOf('=');
          if (i < 0) throw new BakeError(`${pathString(p)}: invalid value ${s}, expected key=value`);
          out[s.slice(0, i)] = s.slice(i + 1);
        }
        return out;
      }
      throw new BakeError(`${pathString(p)}: invalid type ${goType(v)}`);
    },
  ],
  [
    'services.*.env_file',
    (v, p) => {
      const one = (e: Y): Y => (typeof e === 'string' ? { path: e, required: true } : isMap(e) ? { required: true, ...e } : null);
      if (typeof v === 'string') return [one(v)];
      if (Array.isArray(v)) return v.map(one);
      throw canonicalError(p, 'env_file', v);
    },
  ],
  [
    'services.*.build.ssh',
    (v, p) => {
      if (isMap(v)) return v;
      if (Array.isArray(v)) {
        const out: YMap = {};
        for (const e of v) {
          if (typeof e !== 'string') throw new BakeError(`invalid ssh key type ${goType(e)}`);
          const i = e.indexOf('=');
          if (i < 0) {
            if (e !== 'default') throw new BakeError(`invalid ssh key ${JSON.stringify(e)}`);
            out[e] = null;
          } else out[e.slice(0, i)] = e.slice(i + 1);
        }
        return out;
      }
      throw canonicalError(p, 'ssh', v);
    },
  ],
  [
    'services.*.build.ulimits.*',
    (v, p) => {
      if (isMap(v) || (typeof v === 'number' && Number.isInteger(v))) return v;
      throw canonicalError(p, 'external', v);
    },
  ],
  [
    'secrets.*',
    (v, p) => {
      if (v === null || v === undefined) return null;
      if (!isMap(v)) return v;
      const r = canonicalChildren(v, p);
      if (isMap(r.external)) {
        const extName = r.external.name;
        r.external = true;
        if (extName !== undefined) {
          if ('name' in r && extName !== r.name) throw new BakeError(`${pathString(p)}: name and external.name conflict; only use name`);
          if (!('name' in r)) r.name = extName;
        }
      }
      return r;
    },
  ],
];

function canonicalChildren(v: YMap, p: Path): YMap {
  for (const [k, x] of Object.entries(v)) v[k] = canonical(x, [...p, k]);
  return v;
}

export function canonical(v: Y, p: Path = []): Y {
  for (const [pattern, t] of TRANSFORMERS) if (matches(p, pattern)) return t(v, p);
  if (isMap(v)) return canonicalChildren(v, p);
  if (Array.isArray(v)) return v.map((x) => canonical(x, [...p, '[]']));
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Relative paths (compose-go paths/resolve.go): joined to the working directory, which buildx leaves empty

function expandUser(p: string, ctx: LoadContext): string {
  if (p.startsWith('~') && ctx.home) return goJoin(ctx.home, p.slice(1));
  return p;
}

function absPath(v: Y, wd: string, ctx: LoadContext): Y {
  if (Array.isArray(v)) return v.map((x) => absPath(x, wd, ctx));
  if (typeof v !== 'string') throw new BakeError(`unexpected type ${goType(v)}`);
  const s = expandUser(v, ctx);
  if (isAbsolute(s)) return s;
  return s !== '' ? goJoin(wd, s) : s;
}

const REMOTE_CONTEXT = ['https://', 'http://', 'git://', 'ssh://', 'github.com/', 'git@'];

function absContextPath(v: Y, wd: string, ctx: LoadContext): Y {
  const s = String(v);
  if (s.includes('://') || s.startsWith('service:') || REMOTE_CONTEXT.some((r) => s.startsWith(r))) return s;
  return absPath(s, wd, ctx);
}

function maybeUnixPath(v: Y, wd: string, ctx: LoadContext): Y {
  if (typeof v !== 'string') return v;
  const s = expandUser(v, ctx);
  if (!s.startsWith('/') && !/^[a-zA-Z]:[\\/]/.test(s) && !s.startsWith('\\\\')) return goJoin(wd, s);
  return s;
}

function resolveRelativePaths(model: YMap, wd: string, ctx: LoadContext): void {
  const services = isMap(model.services) ? model.services : {};
  for (const svc of Object.values(services)) {
    if (!isMap(svc)) continue;
    const build = svc.build;
    if (isMap(build)) {
      if (typeof build.context === 'string') build.context = absContextPath(build.context, wd, ctx);
      if (isMap(build.additional_contexts)) {
        for (const [k, x] of Object.entries(build.additional_contexts)) {
          if (x !== null && x !== undefined) build.additional_contexts[k] = absContextPath(x, wd, ctx);
        }
      }
      if (isMap(build.ssh)) for (const [k, x] of Object.entries(build.ssh)) build.ssh[k] = maybeUnixPath(x, wd, ctx);
    }
    if (Array.isArray(svc.env_file)) {
      for (const e of svc.env_file) if (isMap(e) && e.path !== undefined) e.path = absPath(e.path, wd, ctx);
    }
  }
  const secrets = isMap(model.secrets) ? model.secrets : {};
  for (const s of Object.values(secrets)) if (isMap(s) && s.file !== undefined) s.file = maybeUnixPath(s.file, wd, ctx);
}

/** loader/environment.go: a bare `- NAME` in a list-form `environment` takes NAME's value from the project environment. */
function resolveEnvironmentLists(model: YMap, env: Lookup): void {
  const services = isMap(model.services) ? model.services : {};
  for (const svc of Object.values(services)) {
    if (!isMap(svc) || !Array.isArray(svc.environment)) continue;
    svc.environment = svc.environment
      .filter((e) => typeof e === 'string')
      .map((e) => {
        const v = env(e as string);
        return v !== undefined ? `${e as string}=${v}` : e;
      });
  }
}

/** transform/defaults.go: a `build` without `context` builds `.`. */
function setDefaultValues(model: YMap): void {
  const services = isMap(model.services) ? model.services : {};
  for (const svc of Object.values(services)) {
    if (isMap(svc) && isMap(svc.build) && !('context' in svc.build)) svc.build.context = '.';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Files and includes (loader/loader.go loadYamlModel, loader/include.go)

interface ModelOptions {
  /** Directory relative paths in the model are joined to (compose-go's WorkingDir: "" for buildx's files). */
  workingDir: string;
  /** Directory `include` paths are relative to (the resource loader's working directory). */
  includeBase: string;
  env: Map<string, string>;
  /** Files on the current include chain (cycle detection). */
  included: string[];
}

function lookupIn(env: Map<string, string>): Lookup {
  return (k) => env.get(k);
}

function loadYamlModel(files: ComposeFile[], opts: ModelOptions, ctx: LoadContext): YMap {
  let dict: YMap = {};
  for (const f of files) {
    const raw = parseYaml(f, ctx.yaml);
    if (raw === null || raw === undefined) continue;
    if (!isMap(raw)) throw new BakeError('top-level object must be a mapping');
    const cfg = interpolate(raw, lookupIn(opts.env)) as YMap;
    applyInclude(cfg, { ...opts, included: [...opts.included, f.name] }, ctx);
    dict = mergeMappings(dict, cfg, []);
    dict = enforceUnicity(dict) as YMap;
    dict = canonical(dict) as YMap;
    dict = enforceUnicity(dict) as YMap;
  }
  setDefaultValues(dict);
  resolveRelativePaths(dict, opts.workingDir, ctx);
  resolveEnvironmentLists(dict, lookupIn(opts.env));
  return dict;
}

function readComposeFile(path: string, ctx: LoadContext): ComposeFile {
  const p = fsPath(ctx, path);
  if (!existsSync(p)) throw new BakeError(`open ${path}: no such file or directory`);
  return { name: path, data: readFileSync(p, 'utf8') };
}

function applyInclude(model: YMap, opts: ModelOptions, ctx: LoadContext): void {
  const source = model.include;
  if (source === undefined || source === null) return;
  if (!Array.isArray(source)) throw new BakeError(`\`include\` must be a list, got ${goSprint(source)}`);
  for (const item of source) {
    const r: YMap = typeof item === 'string' ? { path: item } : isMap(item) ? { ...item } : {};
    const paths = (Array.isArray(r.path) ? r.path : r.path === undefined ? [] : [r.path]).map(String);
    let projectDirectory = r.project_directory === undefined ? '' : String(r.project_directory);
    let relWorkingDir = '';
    const abs = (p: string): string => (isAbsolute(p) ? p : goJoin(opts.includeBase, p));
    const isDir = (p: string): boolean => existsSync(fsPath(ctx, p)) && statSync(fsPath(ctx, p)).isDirectory();
    /** localResourceLoader.Dir: the directory of a file (or the directory itself), relative to the loader's directory. */
    const loaderDir = (p: string): string => {
      let d = abs(p);
      if (!isDir(d)) d = abs(goDir(p));
      return relativeTo(opts.includeBase, d);
    };
    const resolved = paths.map((p, i) => {
      const path = abs(p);
      if (i === 0) {
        if (projectDirectory === '') {
          relWorkingDir = loaderDir(p);
          projectDirectory = goDir(path);
        } else if (!isAbsolute(projectDirectory)) {
          relWorkingDir = loaderDir(projectDirectory);
          projectDirectory = goJoin(opts.workingDir, projectDirectory);
        } else {
          relWorkingDir = projectDirectory;
        }
        if (opts.included.includes(path)) {
          throw new BakeError(`include cycle detected:\n${opts.included[0]}\n include ${[...opts.included.slice(1), path].join('\n include ')}`);
        }
      }
      return path;
    });

    let envFiles: string[] = [];
    const declared = r.env_file === undefined || r.env_file === null ? [] : Array.isArray(r.env_file) ? r.env_file.map(String) : [String(r.env_file)];
    if (declared.length === 0) {
      const f = goJoin(projectDirectory, '.env');
      if (existsSync(fsPath(ctx, f)) && !statSync(fsPath(ctx, f)).isDirectory()) envFiles = [f];
    } else {
      for (let f of declared) {
        if (f === '/dev/null') continue;
        if (!isAbsolute(f)) {
          f = goJoin(opts.workingDir, f);
          if (!existsSync(fsPath(ctx, f))) throw new BakeError(`stat ${f}: no such file or directory`);
          if (statSync(fsPath(ctx, f)).isDirectory()) throw new BakeError(`${f} is not a file`);
        }
        envFiles.push(f);
      }
    }
    const fromFiles = new Map<string, string>();
    for (const f of envFiles) {
      const p = fsPath(ctx, f);
      if (!existsSync(p)) throw new BakeError(`couldn't find env file: ${p}`);
      if (statSync(p).isDirectory()) throw new BakeError(`${p} is a directory`);
      try {
        parseDotenv(readFileSync(p, 'utf8'), (k) => opts.env.get(k) ?? fromFiles.get(k), fromFiles);
      } catch (e) {
        throw new BakeError(`failed to read ${p}: ${(e as Error).message}`);
      }
    }
    // The including project's environment wins over the included one's env files (Mapping.Merge).
    const env = new Map(opts.env);
    for (const [k, v] of fromFiles) if (!env.has(k)) env.set(k, v);

    const imported = loadYamlModel(
      resolved.map((p) => readComposeFile(p, ctx)),
      { workingDir: relWorkingDir, includeBase: projectDirectory, env, included: opts.included },
      ctx,
    );
    for (const key of ['services', 'volumes', 'networks', 'secrets', 'configs', 'models']) {
      const from = imported[key];
      if (!isMap(from)) continue;
      const to: YMap = isMap(model[key]) ? (model[key] as YMap) : {};
      for (const [name, a] of Object.entries(from)) {
        if (!Object.hasOwn(to, name)) to[name] = a;
        else to[name] = mergeYaml(a, to[name], [key, name]);
      }
      model[key] = to;
    }
  }
  delete model.include;
}

/** filepath.Rel for the relative/absolute paths include handling produces. */
function relativeTo(base: string, target: string): string {
  if (isAbsolute(base) !== isAbsolute(target)) return target;
  const rel = posix.relative(base === '' ? '.' : base, target === '' ? '.' : target);
  return rel === '' ? '.' : rel;
}

// ---------------------------------------------------------------------------------------------------------------
// The project

export interface ServiceModel {
  name: string;
  image?: string;
  build?: YMap;
  /** Resolved environment: `environment` over `env_file`s; null for a name declared without a value. */
  environment: Map<string, string | null>;
}

export interface ComposeProject {
  name: string;
  /** The interpolation environment, with COMPOSE_PROJECT_NAME set to the project name. */
  environment: Map<string, string>;
  services: ServiceModel[];
  secrets: YMap;
}

/** loader.go projectName: `bake` (buildx's default) or COMPOSE_PROJECT_NAME, overridden by a file's `name:` (interpolated). */
function projectName(files: ComposeFile[], env: Map<string, string>, ctx: LoadContext): string {
  let name = env.get('COMPOSE_PROJECT_NAME') || 'bake';
  let fromFile = '';
  for (const f of files) {
    try {
      const raw = parseYaml(f, ctx.yaml);
      if (isMap(raw) && raw.name !== undefined && raw.name !== null && !isMap(raw.name) && !Array.isArray(raw.name)) {
        const n = goSprint(raw.name);
        if (n !== '') fromFile = n;
      }
    } catch {
      // reported when the file is loaded
    }
  }
  try {
    fromFile = substitute(fromFile, lookupIn(env));
  } catch (e) {
    throw interpolateError(['name'], e);
  }
  if (fromFile !== '') name = fromFile;
  return name;
}

/** MappingWithEquals decoding: `{K: v}` or `["K=v", "K"]`; a bare or null value is null. */
export function mappingWithEquals(v: Y): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (Array.isArray(v)) {
    for (const item of v) {
      const s = goSprint(item);
      const i = s.indexOf('=');
      const k = i < 0 ? s : s.slice(0, i);
      if (k !== '' && /\s$/u.test(k)) throw new BakeError(`environment variable ${k} is declared with a trailing space`);
      out.set(k, i < 0 ? null : s.slice(i + 1));
    }
  } else if (isMap(v)) {
    for (const [k, x] of Object.entries(v)) out.set(k, x === null || x === undefined ? null : goSprint(x));
  } else if (v !== undefined && v !== null) {
    throw new BakeError(`unexpected value type ${goType(v)} for mapping`);
  }
  return out;
}

/** types/project.go WithServicesEnvironmentResolved: `env_file` values, then `environment` over them. */
function resolveServiceEnvironment(svc: YMap, projectEnv: Map<string, string>, ctx: LoadContext): Map<string, string | null> {
  const declared = mappingWithEquals(svc.environment);
  for (const [k, v] of declared) if (v === null && projectEnv.has(k)) declared.set(k, projectEnv.get(k)!);
  const environment = new Map<string, string>();
  for (const [k, v] of declared) if (v !== null) environment.set(k, v);
  for (const e of Array.isArray(svc.env_file) ? svc.env_file : []) {
    if (!isMap(e)) continue;
    const path = String(e.path ?? '');
    const p = fsPath(ctx, path);
    if (!existsSync(p)) {
      if (e.required !== false) throw new BakeError(`env file ${path} not found: stat ${path}: no such file or directory`);
      continue;
    }
    const format = e.format === undefined || e.format === null ? '' : String(e.format);
    if (format !== '' && format !== '.env') throw new BakeError(`unsupported env_file format ${JSON.stringify(format)}`);
    try {
      parseDotenv(
        readFileSync(p, 'utf8'),
        (k) => {
          if (projectEnv.has(k)) return projectEnv.get(k);
          const s = declared.get(k);
          return s ?? undefined;
        },
        environment,
      );
    } catch (err) {
      throw new BakeError(`failed to read ${path}: ${(err as Error).message}`);
    }
  }
  const out = new Map<string, string | null>(environment);
  for (const [k, v] of declared) out.set(k, v);
  return out;
}

/**
 * Loads compose files as one project (buildx loadComposeFiles). `consistency` is off when buildx only checks
 * that one file loads (validateComposeFile).
 */
export function loadComposeProject(files: ComposeFile[], env: Map<string, string>, ctx: LoadContext, consistency = true): ComposeProject {
  const environment = new Map(env);
  const name = projectName(files, environment, ctx);
  environment.set('COMPOSE_PROJECT_NAME', name);

  const dict = loadYamlModel(files, { workingDir: '', includeBase: '', env: environment, included: [] }, ctx);
  if (Object.keys(dict).length === 0) throw new BakeError('empty compose file');

  // buildx keeps only what bake reads.
  let hasServices = false;
  const services: [string, YMap][] = [];
  if (isMap(dict.services)) {
    hasServices = true;
    for (const [svcName, svc] of Object.entries(dict.services)) {
      if (svc === null || svc === undefined) services.push([svcName, {}]);
      else if (isMap(svc)) services.push([svcName, svc]);
    }
  }
  if (!hasServices && !('secrets' in dict)) throw new BakeError('empty compose file');
  const secrets = isMap(dict.secrets) ? dict.secrets : {};

  const project: ComposeProject = { name, environment, services: [], secrets };
  for (const [svcName, svc] of services.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (svc.build !== undefined && !isMap(svc.build)) throw canonicalError(['services', svcName, 'build'], 'build', svc.build);
    const image = svc.image === undefined || svc.image === null ? undefined : goSprint(svc.image);
    project.services.push({
      name: svcName,
      image,
      build: svc.build as YMap | undefined,
      environment: resolveServiceEnvironment(svc, environment, ctx),
    });
  }
  if (consistency) checkConsistency(project);
  return project;
}

/** loader/validate.go checkConsistency, for the attributes buildx keeps. */
function checkConsistency(project: ComposeProject): void {
  const byName = new Map(project.services.map((s) => [s.name, s]));
  for (const s of project.services) {
    if (!s.build && !s.image) {
      throw new BakeError(`service ${JSON.stringify(s.name)} has neither an image nor a build context specified: invalid compose project`);
    }
    if (!s.build) continue;
    if (s.build.dockerfile_inline && s.build.dockerfile) {
      throw new BakeError(`service ${JSON.stringify(s.name)} declares mutualy exclusive dockerfile and dockerfile_inline: invalid compose project`);
    }
    if (isMap(s.build.additional_contexts)) {
      for (const [add, c] of Object.entries(s.build.additional_contexts)) {
        const v = c === null || c === undefined ? '' : goSprint(c);
        if (!v.startsWith('service:')) continue;
        const target = v.slice('service:'.length);
        const t = byName.get(target);
        if (!t) throw new BakeError(`service ${JSON.stringify(s.name)} declares unknown service ${JSON.stringify(target)} as additional contexts ${add}`);
        if (!t.build) throw new BakeError(`service ${JSON.stringify(s.name)} declares non-buildable service ${JSON.stringify(target)} as additional contexts ${add}`);
      }
    }
    for (const sec of Array.isArray(s.build.secrets) ? s.build.secrets : []) {
      const source = isMap(sec) ? goSprint(sec.source ?? '') : goSprint(sec);
      if (!Object.hasOwn(project.secrets, source)) {
        throw new BakeError(`service ${JSON.stringify(s.name)} refers to undefined build secret ${source}: invalid compose project`);
      }
    }
  }
}

