/**
 * Loading a compose project the way buildx does it (bake/compose.go loadComposeFiles, which runs compose-go v2's
 * loader with SkipNormalization, SkipValidation and an empty working directory): per file, interpolation
 * (interpolate.ts), `include`, compose's merge rules and de-duplication (merge.ts), canonical forms (canonical.ts);
 * then default values, relative paths (paths.ts), the services' environment and `env_file`s, and the consistency
 * checks. Only what bake reads is modelled: services' `image`, `build`, `environment`, `env_file`, and top-level
 * `secrets` (buildx filters the model down to those before binding it).
 *
 * compose-go source files are named where a function follows one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { BakeError } from '../errors.js';
import { canonical, canonicalError, setDefaultValues } from './canonical.js';
import { type Lookup, parseDotenv, substitute } from './env.js';
import { interpolate, interpolateError } from './interpolate.js';
import { enforceUnicity, mergeMappings, mergeYaml } from './merge.js';
import { fsPath, goDir, goJoin, relativeTo, resolveRelativePaths } from './paths.js';
import {
  type ComposeFile,
  type YMap,
  type YamlLibrary,
  goSprint,
  isMap,
  mappingWithEquals,
  parseYaml,
} from './yaml.js';

export interface LoadContext {
  /** The process working directory files and relative paths are read from (buildx: os.Getwd()). */
  cwd: string;
  /** HOME, for `~` in paths (compose-go ExpandUser). */
  home?: string;
  yaml: YamlLibrary;
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
          throw new BakeError(
            `include cycle detected:\n${opts.included[0]}\n include ${[...opts.included.slice(1), path].join('\n include ')}`,
          );
        }
      }
      return path;
    });

    let envFiles: string[] = [];
    const declared =
      r.env_file === undefined || r.env_file === null
        ? []
        : Array.isArray(r.env_file)
          ? r.env_file.map(String)
          : [String(r.env_file)];
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
      const to: YMap = isMap(model[key]) ? model[key] : {};
      for (const [name, a] of Object.entries(from)) {
        if (!Object.hasOwn(to, name)) to[name] = a;
        else to[name] = mergeYaml(a, to[name], [key, name]);
      }
      model[key] = to;
    }
  }
  delete model.include;
}

/** loader/environment.go: a bare `- NAME` in a list-form `environment` takes NAME's value from the project environment. */
function resolveEnvironmentLists(model: YMap, env: Lookup): void {
  const services = isMap(model.services) ? model.services : {};
  for (const svc of Object.values(services)) {
    if (!isMap(svc) || !Array.isArray(svc.environment)) continue;
    svc.environment = svc.environment
      .filter((e) => typeof e === 'string')
      .map((e) => {
        const v = env(e);
        return v !== undefined ? `${e}=${v}` : e;
      });
  }
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

/** types/project.go WithServicesEnvironmentResolved: `env_file` values, then `environment` over them. */
function resolveServiceEnvironment(
  svc: YMap,
  projectEnv: Map<string, string>,
  ctx: LoadContext,
): Map<string, string | null> {
  const declared = mappingWithEquals(svc.environment);
  for (const [k, v] of declared) if (v === null && projectEnv.has(k)) declared.set(k, projectEnv.get(k)!);
  const environment = new Map<string, string>();
  for (const [k, v] of declared) if (v !== null) environment.set(k, v);
  for (const e of Array.isArray(svc.env_file) ? svc.env_file : []) {
    if (!isMap(e)) continue;
    const path = String(e.path ?? '');
    const p = fsPath(ctx, path);
    if (!existsSync(p)) {
      if (e.required !== false)
        throw new BakeError(`env file ${path} not found: stat ${path}: no such file or directory`);
      continue;
    }
    const format = e.format === undefined || e.format === null ? '' : String(e.format);
    if (format !== '' && format !== '.env')
      throw new BakeError(`unsupported env_file format ${JSON.stringify(format)}`);
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
export function loadComposeProject(
  files: ComposeFile[],
  env: Map<string, string>,
  ctx: LoadContext,
  consistency = true,
): ComposeProject {
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
    if (svc.build !== undefined && !isMap(svc.build))
      throw canonicalError(['services', svcName, 'build'], 'build', svc.build);
    const image = svc.image === undefined || svc.image === null ? undefined : goSprint(svc.image);
    project.services.push({
      name: svcName,
      image,
      build: svc.build,
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
      throw new BakeError(
        `service ${JSON.stringify(s.name)} has neither an image nor a build context specified: invalid compose project`,
      );
    }
    if (!s.build) continue;
    if (s.build.dockerfile_inline && s.build.dockerfile) {
      throw new BakeError(
        `service ${JSON.stringify(s.name)} declares mutualy exclusive dockerfile and dockerfile_inline: invalid compose project`,
      );
    }
    if (isMap(s.build.additional_contexts)) {
      for (const [add, c] of Object.entries(s.build.additional_contexts)) {
        const v = c === null || c === undefined ? '' : goSprint(c);
        if (!v.startsWith('service:')) continue;
        const target = v.slice('service:'.length);
        const t = byName.get(target);
        if (!t)
          throw new BakeError(
            `service ${JSON.stringify(s.name)} declares unknown service ${JSON.stringify(target)} as additional contexts ${add}`,
          );
        if (!t.build)
          throw new BakeError(
            `service ${JSON.stringify(s.name)} declares non-buildable service ${JSON.stringify(target)} as additional contexts ${add}`,
          );
      }
    }
    for (const sec of Array.isArray(s.build.secrets) ? s.build.secrets : []) {
      const source = isMap(sec) ? goSprint(sec.source ?? '') : goSprint(sec);
      if (!Object.hasOwn(project.secrets, source)) {
        throw new BakeError(
          `service ${JSON.stringify(s.name)} refers to undefined build secret ${source}: invalid compose project`,
        );
      }
    }
  }
}
