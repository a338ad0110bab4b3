import { existsSync, readFileSync, statSync } from 'node:fs';
import { arch } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import { type ComposeFile, type YamlLibrary, composeEnvironment, loadComposeYaml, parseCompose } from './compose.js';
import { ramInBytes } from './units.js';
import { type Config, DefinitionEvaluator, type HclFile } from './config.js';
import { BakeError } from './errors.js';
import type { ListedVariable } from './list.js';
import { parseGoBool } from './entries.js';
import { globMatch, hasGlobChars } from './glob.js';
import type { Body } from './hcl/ast.js';
import { parseHCLJSON } from './hcl/json.js';
import { parseHCLSteps } from './hcl/parser.js';
import { type Steps, checkCancelled, runSteps } from './steps.js';
import { decodeBakeFile } from './utf8.js';
import { bakeFileNames, isRemoteURL, localBakeFileName, mayBeCompose } from './file-names.js';
import {
  defaultContext,
  fileRelativePathsEnabled,
  rebaseContextPaths,
  setComposeContextBase,
} from './file-relative.js';
import { type Overrides, applyOverrides, parseOverrides } from './overrides.js';
import { type Group, type Target, cloneTarget, mergeTarget, normalizeTarget } from './target.js';
import { checkSecrets, checkSsh } from './session-checks.js';
import { cleanPath } from './go-path.js';
import { applyRemoteDefinition } from './remote-context.js';

export { DEFAULT_FILENAMES, bakeFileNames, isRemoteURL, localBakeFileName, mayBeCompose } from './file-names.js';

export interface BakeInputs {
  files: string[];
  targets: string[];
  set: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** `--var NAME=VALUE` (buildx ≥ 0.31): looked up before the environment, even when BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP
   * turns the environment off (buildx ParseFiles' lookup) */
  vars?: Record<string, string>;
  /** secret ids the caller binds itself after resolution (the action's workflow secrets, solve/run/bake.ts bindSecrets):
   * a target's `id=X` without `src`/`env` gets its value from there, so it is not looked up as buildx would */
  boundSecretIds?: readonly string[];
  /** Problems that do not stop resolution (buildx ignores them silently): unknown attributes of targets and groups. */
  onWarning?: (warning: BakeError) => void;
  /** Stops resolution (a BakeError) once fired; checked between steps (see steps.ts, resolveBakeAsync). */
  signal?: AbortSignal;
  /** The `yaml` package (`import('yaml')`); needed only when a file is, or may be, a compose file (mayBeCompose). */
  yaml?: YamlLibrary;
  /** The Git URL the bake files were read from (a remote definition): local contexts become the repository's, as
   * buildx's updateContext makes them (remote-context.ts) */
  remoteDefinition?: string;
  /** BAKE_CMD_CONTEXT: `cwd://` (default), or the remote URL given after a remote definition's (buildx bakeArgs) */
  cmdContext?: string;
}

export interface SourceFile {
  name: string;
  data: string;
}

/** The bake files to resolve: the named ones, BUILDX_BAKE_FILE's, or those of DEFAULT_FILENAMES that exist. */
export function readFiles(inputs: BakeInputs): SourceFile[] {
  const { names, isDefault } = bakeFileNames(inputs.files, inputs.env);
  const out: SourceFile[] = [];
  for (const raw of names) {
    const name = localBakeFileName(raw);
    if (name === '-') {
      out.push({ name, data: decodeBakeFile(name, readFileSync(0), false) });
      continue;
    }
    const p = resolvePath(inputs.cwd, name);
    if (!existsSync(p)) {
      if (isDefault) continue;
      throw new BakeError(`open ${name}: no such file or directory`);
    }
    if (statSync(p).isDirectory()) throw new BakeError(`read ${name}: is a directory`);
    // strictly: an invalid byte is an error at its line:column (HCL: unless in a comment, see utf8.ts)
    out.push({ name, data: decodeBakeFile(name, readFileSync(p), name.toLowerCase().endsWith('.hcl')) });
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
  return runSteps(loadConfigSteps(files, inputs, meta));
}

/** loadConfig as steps (see steps.ts): HCL top-level items and block instances. */
export function* loadConfigSteps(
  files: SourceFile[],
  inputs: BakeInputs,
  meta?: { variables: ListedVariable[] },
): Steps<Config> {
  const envLookup = !envFlag(inputs.env, 'BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP');
  // buildx reads it after the files, before parsing them; an invalid value is an error (commands/bake.go)
  const fileRelative = fileRelativePathsEnabled(inputs.env);
  const composeFiles: ComposeFile[] = [];
  const hclFiles: HclFile[] = [];
  const yaml = (): YamlLibrary => {
    if (!inputs.yaml)
      throw new Error('internal error: resolving a compose file without BakeInputs.yaml (see resolveBakeAsync)');
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
    else if (lower.endsWith('.hcl')) body = yield* parseHCLSteps(f.data, f.name);
    else {
      try {
        body = yield* parseHCLSteps(f.data, f.name);
      } catch (hclErr) {
        try {
          body = parseHCLJSON(f.data, f.name);
        } catch {
          throw new BakeError(
            `failed to parse ${f.name}: parsing yaml: ${composeError}, parsing hcl: ${(hclErr as Error).message}`,
          );
        }
      }
    }
    hclFiles.push({ name: f.name, body });
  }

  let config: Config = { targets: [], groups: [] };
  if (composeFiles.length > 0) {
    // buildx passes `--var` values to ParseComposeFiles as overrides of the process env and `.env` (composeEnv).
    config = parseCompose(composeFiles, composeEnvironment(inputs.env, inputs.cwd, envLookup, inputs.vars), yaml(), {
      cwd: inputs.cwd,
      home: inputs.env.HOME,
    });
    if (fileRelative) setComposeContextBase(config, composeFiles);
  }
  if (hclFiles.length > 0) {
    const ev = new DefinitionEvaluator(hclFiles, {
      builtins: { BAKE_CMD_CONTEXT: inputs.cmdContext ?? 'cwd://', BAKE_LOCAL_PLATFORM: localPlatform() },
      lookupVar: (name) =>
        inputs.vars && Object.hasOwn(inputs.vars, name) ? inputs.vars[name] : envLookup ? inputs.env[name] : undefined,
      onWarning: inputs.onWarning,
      signal: inputs.signal,
    });
    yield* ev.evaluateSteps(config);
    if (meta) meta.variables.push(...ev.listVariables());
  }
  for (const g of config.groups) g.targets = [...new Set(g.targets)];
  if (fileRelative) rebaseContextPaths(config);
  return config;
}

/** Resolves the requested names into targets and groups (buildx ReadTargets). */
class Resolver {
  private readonly overrides: Overrides;
  /** By name, the first of each name (what a linear find returned): resolution is linear in the definition. */
  private readonly targetsByName = new Map<string, Target>();
  private readonly groupsByName = new Map<string, Group>();
  /** Groups found to contain themselves, with the path back (resolveGroup). */
  private readonly groupCycles = new Map<string, string[]>();

  constructor(
    private readonly config: Config,
    set: string[],
    env: Record<string, string | undefined>,
    private readonly signal?: AbortSignal,
    onWarning?: (warning: BakeError) => void,
  ) {
    for (const t of config.targets) if (!this.targetsByName.has(t.name)) this.targetsByName.set(t.name, t);
    for (const g of config.groups) if (!this.groupsByName.has(g.name)) this.groupsByName.set(g.name, g);
    const envLookup = !envFlag(env, 'BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP');
    this.overrides = parseOverrides(
      set,
      config.targets.map((t) => t.name),
      (n) => env[n],
      envLookup,
      onWarning,
    );
  }

  matchNames(pattern: string): string[] {
    if (!hasGlobChars(pattern)) return [pattern];
    const names = [...this.config.groups.map((g) => g.name), ...this.config.targets.map((t) => t.name)].filter((n) =>
      globMatch(pattern, n),
    );
    if (names.length === 0) throw new BakeError(`could not find any target matching ${JSON.stringify(pattern)}`);
    return names;
  }

  private findGroup(name: string): Group | undefined {
    return this.groupsByName.get(name);
  }

  /** Depth-first group expansion; a member naming a group being expanded falls back to a target. */
  resolveGroup(name: string): { targets: string[]; groups: string[] } {
    const visited = new Map<string, { targets: string[]; groups: string[] }>();
    const path: string[] = [];
    const walk = (n: string): { targets: string[]; groups: string[] } => {
      const v = visited.get(n);
      if (v) {
        // a group reached again while it is being expanded: buildx takes the name as a target's (which only works
        // when a target has that name); remember the cycle to name it if none has
        const at = path.indexOf(n);
        if (at >= 0 && !this.groupCycles.has(n)) this.groupCycles.set(n, [...path.slice(at), n]);
        return v;
      }
      const g = this.findGroup(n);
      if (!g) return { targets: [n], groups: [] };
      visited.set(n, { targets: [], groups: [] });
      path.push(n);
      const targets: string[] = [];
      const groups = [n];
      for (const member of g.targets) {
        const r = walk(member);
        // (loops, not push(...list): a group of 100,000 members overflows the argument stack)
        if (r.targets.length > 0) for (const t of r.targets) targets.push(t);
        else targets.push(member);
        for (const x of r.groups) groups.push(x);
      }
      path.pop();
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
    if (t.context === undefined) t.context = defaultContext(t);
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
    const t = this.targetsByName.get(name);
    if (!t) {
      const cycle = this.groupCycles.get(name);
      // buildx says only "failed to find target default" for `default -> g2 -> default`
      if (cycle)
        throw new BakeError(
          `failed to find target ${name}: group "${name}" contains itself (${cycle.join(' -> ')}) and no target is named ${name}`,
        );
      throw new BakeError(`failed to find target ${name}`);
    }
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
        if (!t.platforms!.every((p) => t2.platforms!.includes(p))) {
          throw new BakeError(
            `target ${dep} can't be used by ${name} because its platforms [${t.platforms!.join(' ')}] are not a subset of [${t2.platforms!.join(' ')}]`,
          );
        }
      }
    }
  }

  readTargets(requested: string[]): { targets: Map<string, Target>; groups: Map<string, Group> } {
    return runSteps(this.readTargetsSteps(requested));
  }

  /** readTargets as steps, one per target (see steps.ts). */
  *readTargetsSteps(requested: string[]): Steps<{ targets: Map<string, Target>; groups: Map<string, Group> }> {
    let names = (requested.length ? requested : ['default']).map((t) => t.replace(/\./g, '_'));
    names = [...new Set(names.flatMap((n) => this.matchNames(n)))];
    const targets = new Map<string, Target>();
    const groups = new Map<string, Group>();
    for (const n of names) {
      const r = this.resolveGroup(n);
      for (const tname of r.targets) {
        checkCancelled(this.signal);
        yield;
        targets.set(tname, this.resolveTarget(tname));
      }
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
    for (const name of [...targets.keys()].sort(compareBytes)) {
      yield;
      this.loadLinks(name, targets.get(name)!, targets, []);
    }
    return { targets, groups };
  }
}

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Go's path.Clean. */

/**
 * What `--print` applies after resolution (buildx toBuildOpt and the command): local context
 * paths are cleaned (`cwd://` stripped), SOURCE_DATE_EPOCH is injected into args, and values
 * buildx validates before printing are checked.
 */
function finalizeTarget(t: Target, inputs: BakeInputs): void {
  if (t.context === '-') throw new BakeError('context from stdin not allowed in bake');
  if (t.dockerfile === '-') throw new BakeError('dockerfile from stdin not allowed in bake');
  if (inputs.remoteDefinition) applyRemoteDefinition(t, inputs.remoteDefinition, isRemoteURL);
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
  // buildx's toBuildOpt creates the secret store, then the SSH agents (both check files): secrets first.
  const bound = new Set(inputs.boundSecretIds ?? []);
  checkSecrets(
    (t.secret ?? []).filter((s) => !(s.id && bound.has(s.id) && !s.src && !s.env)),
    inputs.env,
    inputs.cwd,
  );
  checkSsh(t.ssh ?? [], inputs.env, inputs.cwd);
}

export function resolveTargets(
  inputs: BakeInputs,
  files: SourceFile[] = readFiles(inputs),
): { targets: Map<string, Target>; groups: Map<string, Group> } {
  return runSteps(resolveTargetsSteps(inputs, files));
}

/** resolveTargets as steps (see steps.ts; resolveBakeAsync runs them with the event loop turning). */
export function* resolveTargetsSteps(
  inputs: BakeInputs,
  files: SourceFile[],
): Steps<{ targets: Map<string, Target>; groups: Map<string, Group> }> {
  const config = yield* loadConfigSteps(files, inputs);
  const resolver = new Resolver(config, inputs.set, inputs.env, inputs.signal, inputs.onWarning);
  const res = yield* resolver.readTargetsSteps(inputs.targets);
  const epoch = inputs.env.SOURCE_DATE_EPOCH;
  for (const t of res.targets.values()) {
    if (epoch && !t.args?.has('SOURCE_DATE_EPOCH')) (t.args ??= new Map()).set('SOURCE_DATE_EPOCH', epoch);
    finalizeTarget(t, inputs);
  }
  return res;
}
