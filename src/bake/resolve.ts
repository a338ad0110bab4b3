import { existsSync, readFileSync, statSync } from 'node:fs';
import { arch } from 'node:os';
import { isAbsolute, posix, resolve as resolvePath } from 'node:path';
import { type ComposeFile, type YamlLibrary, composeEnvironment, loadComposeYaml, parseCompose, ramInBytes } from './compose.js';
import { type Config, DefinitionEvaluator, type HclFile } from './config.js';
import { BakeError } from './errors.js';
import type { ListedVariable } from './list.js';
import { parseGoBool } from './entries.js';
import { globMatch, hasGlobChars } from './glob.js';
import type { Body } from './hcl/ast.js';
import { parseHCLJSON } from './hcl/json.js';
import { parseHCL } from './hcl/parser.js';
import { type Overrides, applyOverrides, parseOverrides } from './overrides.js';
import { type Group, type Target, cloneTarget, mergeTarget, normalizeTarget } from './target.js';

export interface BakeInputs {
  files: string[];
  targets: string[];
  set: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** `--var NAME=VALUE` (buildx ≥ 0.31): looked up before the environment, even when BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP
   * turns the environment off (buildx ParseFiles' lookup) */
  vars?: Record<string, string>;
  /** Problems that do not stop resolution (buildx ignores them silently): unknown attributes of targets and groups. */
  onWarning?: (warning: BakeError) => void;
  /** The `yaml` package (`import('yaml')`); needed only when a file is, or may be, a compose file (mayBeCompose). */
  yaml?: YamlLibrary;
}

/** Files looked for, in this order, when none is named (all that exist are read). */
export const DEFAULT_FILENAMES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yml',
  'docker-compose.yaml',
  'docker-bake.json',
  'docker-bake.hcl',
  'docker-bake.override.json',
  'docker-bake.override.hcl',
];

export interface SourceFile {
  name: string;
  data: string;
}

/** Whether a file is loaded as compose YAML, or tried as such first: all but `.json` and `.hcl` files. */
export function mayBeCompose(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.endsWith('.json') && !lower.endsWith('.hcl');
}

/** The bake files to resolve: the named ones, BUILDX_BAKE_FILE's, or those of DEFAULT_FILENAMES that exist. */
export function readFiles(inputs: BakeInputs): SourceFile[] {
  let names = inputs.files;
  let isDefault = false;
  if (names.length === 0) {
    const fromEnv = inputs.env.BUILDX_BAKE_FILE;
    if (fromEnv) {
      const sep = inputs.env.BUILDX_BAKE_PATH_SEPARATOR || ':';
      names = fromEnv
        .split(sep)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    } else {
      names = DEFAULT_FILENAMES;
      isDefault = true;
    }
  }
  const out: SourceFile[] = [];
  for (const raw of names) {
    const name = raw.startsWith('cwd://') ? raw.slice('cwd://'.length) : raw;
    if (name === '-') {
      out.push({ name, data: readFileSync(0, 'utf8') });
      continue;
    }
    const p = resolvePath(inputs.cwd, name);
    if (!existsSync(p)) {
      if (isDefault) continue;
      throw new BakeError(`open ${name}: no such file or directory`);
    }
    if (statSync(p).isDirectory()) throw new BakeError(`read ${name}: is a directory`);
    out.push({ name, data: readFileSync(p, 'utf8') });
  }
  if (out.length === 0) throw new BakeError("couldn't find a bake definition");
  return out;
}

function envFlag(env: Record<string, string | undefined>, name: string): boolean {
  const v = env[name];
  return v !== undefined && parseGoBool(v) === true;
}

/** `platforms.Format(platforms.DefaultSpec())` for this machine. */
export function localPlatform(): string {
  switch (arch()) {
    case 'x64':
      return 'linux/amd64';
    case 'arm64':
      return 'linux/arm64/v8';
    case 'arm':
      return 'linux/arm/v7';
    case 'ia32':
      return 'linux/386';
    default:
      return `linux/${arch()}`;
  }
}

/** Parses the files and evaluates them into one definition (buildx ParseFiles); `meta.variables` receives the HCL
 * variables with their values (`--list=variables`). */
export function loadConfig(files: SourceFile[], inputs: BakeInputs, meta?: { variables: ListedVariable[] }): Config {
  const envLookup = !envFlag(inputs.env, 'BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP');
  const composeFiles: ComposeFile[] = [];
  const hclFiles: HclFile[] = [];
  const yaml = (): YamlLibrary => {
    if (!inputs.yaml) throw new Error('internal error: resolving a compose file without BakeInputs.yaml (see resolveBakeAsync)');
    return inputs.yaml;
  };
  for (const f of files) {
    const lower = f.name.toLowerCase();
    if (lower.endsWith('.yml') || lower.endsWith('.yaml')) {
      const { error } = loadComposeYaml(f, yaml());
      if (error) throw new BakeError(`failed to parse ${f.name}: ${error}`);
      composeFiles.push(f);
      continue;
    }
    let composeError: string | undefined;
    if (mayBeCompose(f.name)) {
      const { doc, error } = loadComposeYaml(f, yaml());
      if (doc) {
        composeFiles.push(f);
        continue;
      }
      composeError = error;
    }
    let body: Body;
    if (lower.endsWith('.json')) body = parseHCLJSON(f.data, f.name);
    else if (lower.endsWith('.hcl')) body = parseHCL(f.data, f.name);
    else {
      try {
        body = parseHCL(f.data, f.name);
      } catch (hclErr) {
        try {
          body = parseHCLJSON(f.data, f.name);
        } catch {
          throw new BakeError(`failed to parse ${f.name}: parsing yaml: ${composeError}, parsing hcl: ${(hclErr as Error).message}`);
        }
      }
    }
    hclFiles.push({ name: f.name, body });
  }

  let config: Config = { targets: [], groups: [] };
  if (composeFiles.length > 0) {
    config = parseCompose(composeFiles, composeEnvironment(inputs.env, inputs.cwd, envLookup), yaml());
  }
  if (hclFiles.length > 0) {
    const ev = new DefinitionEvaluator(hclFiles, {
      builtins: { BAKE_CMD_CONTEXT: 'cwd://', BAKE_LOCAL_PLATFORM: localPlatform() },
      lookupVar: (name) => (inputs.vars && Object.hasOwn(inputs.vars, name) ? inputs.vars[name] : envLookup ? inputs.env[name] : undefined),
      onWarning: inputs.onWarning,
    });
    ev.evaluateInto(config);
    if (meta) meta.variables.push(...ev.listVariables());
  }
  for (const g of config.groups) g.targets = [...new Set(g.targets)];
  return config;
}

/** Resolves the requested names into targets and groups (buildx ReadTargets). */
class Resolver {
  private readonly overrides: Overrides;

  constructor(
    private readonly config: Config,
    set: string[],
    env: Record<string, string | undefined>,
  ) {
    const envLookup = !envFlag(env, 'BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP');
    this.overrides = parseOverrides(
      set,
      config.targets.map((t) => t.name),
      (n) => env[n],
      envLookup,
    );
  }

  matchNames(pattern: string): string[] {
    if (!hasGlobChars(pattern)) return [pattern];
    const names = [...this.config.groups.map((g) => g.name), ...this.config.targets.map((t) => t.name)].filter((n) => globMatch(pattern, n));
    if (names.length === 0) throw new BakeError(`could not find any target matching ${JSON.stringify(pattern)}`);
    return names;
  }

  private findGroup(name: string): Group | undefined {
    return this.config.groups.find((g) => g.name === name);
  }

  /** Depth-first group expansion; a member naming a group being expanded falls back to a target. */
  resolveGroup(name: string): { targets: string[]; groups: string[] } {
    const visited = new Map<string, { targets: string[]; groups: string[] }>();
    const walk = (n: string): { targets: string[]; groups: string[] } => {
      const v = visited.get(n);
      if (v) return v;
      const g = this.findGroup(n);
      if (!g) return { targets: [n], groups: [] };
      visited.set(n, { targets: [], groups: [] });
      const targets: string[] = [];
      const groups = [n];
      for (const member of g.targets) {
        const r = walk(member);
        if (r.targets.length > 0) targets.push(...r.targets);
        else targets.push(member);
        groups.push(...r.groups);
      }
      const res = { targets, groups };
      visited.set(n, res);
      return res;
    };
    const r = walk(name);
    return { targets: [...new Set(r.targets)], groups: [...new Set(r.groups)] };
  }

  resolveTarget(name: string): Target {
    const t = this.target(name, new Map(), []);
    t.inherits = undefined;
    if (t.context === undefined) t.context = '.';
    if (t.dockerfile === undefined || t.dockerfile === '') t.dockerfile = 'Dockerfile';
    return t;
  }

  /**
   * Inheritance: parents left to right (each fully resolved, with its own overrides), then the
   * target itself, then its overrides. buildx silently skips an `inherits` back-edge; we
   * report the cycle instead.
   */
  private target(name: string, visited: Map<string, Target>, stack: string[]): Target {
    const done = visited.get(name);
    if (done) return done;
    if (stack.includes(name)) {
      const cycle = [...stack.slice(stack.indexOf(name)), name];
      throw new BakeError(`inherits cycle: ${cycle.join(' -> ')}`);
    }
    const t = this.config.targets.find((x) => x.name === name);
    if (!t) throw new BakeError(`failed to find target ${name}`);
    const inherited: Target = { name };
    for (const parent of t.inherits ?? []) {
      mergeTarget(inherited, this.target(parent, visited, [...stack, name]));
    }
    const m: Target = { name };
    mergeTarget(m, inherited);
    mergeTarget(m, cloneTarget(t));
    applyOverrides(m, this.overrides.get(name));
    normalizeTarget(m);
    visited.set(name, m);
    return m;
  }

  /** Follows `target:` contexts (buildx loadLinks): adds linked targets, checks loops and platforms. */
  loadLinks(name: string, t: Target, all: Map<string, Target>, visited: string[]): void {
    visited = [...visited, name];
    for (const key of [...(t.contexts?.keys() ?? [])].sort()) {
      const v = t.contexts!.get(key)!;
      if (!v.startsWith('target:')) continue;
      const dep = v.slice('target:'.length);
      if (dep === name) throw new BakeError(`target ${dep} cannot link to itself`);
      if (visited.includes(dep)) throw new BakeError(`infinite loop from ${name} to ${dep}`);
      let t2 = all.get(dep);
      if (!t2) {
        t2 = this.resolveTarget(dep);
        t2.output = [{ type: 'cacheonly' }];
        t2.linked = true;
        all.set(dep, t2);
      }
      this.loadLinks(dep, t2, all, visited);
      for (const e of t2.entitlements ?? []) {
        if (!(t.entitlements ?? []).includes(e)) t.entitlements = [...(t.entitlements ?? []), e];
      }
      if ((t.platforms?.length ?? 0) > 1 && (t2.platforms?.length ?? 0) > 1) {
        if (!t.platforms!.every((p) => t2!.platforms!.includes(p))) {
          throw new BakeError(
            `target ${dep} can't be used by ${name} because its platforms [${t.platforms!.join(' ')}] are not a subset of [${t2.platforms!.join(' ')}]`,
          );
        }
      }
    }
  }

  readTargets(requested: string[]): { targets: Map<string, Target>; groups: Map<string, Group> } {
    let names = (requested.length ? requested : ['default']).map((t) => t.replace(/\./g, '_'));
    names = [...new Set(names.flatMap((n) => this.matchNames(n)))];
    const targets = new Map<string, Target>();
    const groups = new Map<string, Group>();
    for (const n of names) {
      const r = this.resolveGroup(n);
      for (const tname of r.targets) targets.set(tname, this.resolveTarget(tname));
      for (const gname of r.groups) {
        const g = this.findGroup(gname);
        if (g) groups.set(gname, { ...g, targets: [...g.targets] });
      }
    }
    for (const n of names) {
      if (n === 'default' && groups.has('default')) continue;
      if (!groups.has('default')) groups.set('default', { name: 'default', targets: [] });
      groups.get('default')!.targets.push(n);
    }
    const def = groups.get('default');
    if (def) def.targets = [...new Set(def.targets)].sort(compareBytes);
    for (const name of [...targets.keys()].sort(compareBytes)) this.loadLinks(name, targets.get(name)!, targets, []);
    return { targets, groups };
  }
}

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isRemoteURL(s: string): boolean {
  return /^(https?:\/\/|git:\/\/|ssh:\/\/|git@[^:]+:|github\.com\/)/.test(s);
}

/** Go's path.Clean. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const n = posix.normalize(p);
  return n.length > 1 ? n.replace(/\/+$/, '') : n;
}

/**
 * What `--print` applies after resolution (buildx toBuildOpt and the command): local context
 * paths are cleaned (`cwd://` stripped), SOURCE_DATE_EPOCH is injected into args, and values
 * buildx validates before printing are checked.
 */
function finalizeTarget(t: Target, inputs: BakeInputs): void {
  if (t.context === '-') throw new BakeError('context from stdin not allowed in bake');
  if (t.dockerfile === '-') throw new BakeError('dockerfile from stdin not allowed in bake');
  let ctx = t.context ?? '.';
  if (ctx.startsWith('cwd://')) ctx = cleanPath(ctx.slice('cwd://'.length));
  else if (!isRemoteURL(ctx)) ctx = cleanPath(ctx);
  t.context = ctx;
  if (t.shmSize !== undefined) {
    try {
      ramInBytes(t.shmSize);
    } catch {
      throw new BakeError(`invalid value ${t.shmSize} for membytes key shm-size`);
    }
  }
  for (const s of t.ssh ?? []) {
    if ((!s.paths || s.paths.length === 0) && !inputs.env.SSH_AUTH_SOCK) {
      throw new BakeError(`failed to convert agent config {${s.id ?? ''} [] false}: invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set`);
    }
  }
  for (const s of t.secret ?? []) {
    if (s.src && !s.env) {
      const p = isAbsolute(s.src) ? s.src : resolvePath(inputs.cwd, s.src);
      if (!existsSync(p)) throw new BakeError(`failed to stat ${s.src}: stat ${s.src}: no such file or directory`);
    }
  }
}

export function resolveTargets(inputs: BakeInputs, files: SourceFile[] = readFiles(inputs)): { targets: Map<string, Target>; groups: Map<string, Group> } {
  const config = loadConfig(files, inputs);
  const resolver = new Resolver(config, inputs.set, inputs.env);
  const res = resolver.readTargets(inputs.targets);
  const epoch = inputs.env.SOURCE_DATE_EPOCH;
  for (const t of res.targets.values()) {
    if (epoch && !t.args?.has('SOURCE_DATE_EPOCH')) (t.args ??= new Map()).set('SOURCE_DATE_EPOCH', epoch);
    finalizeTarget(t, inputs);
  }
  return res;
}
