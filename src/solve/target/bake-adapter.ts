/**
 * Bake target (the `--print` shape, typed: BakeTarget) → TargetSpec, the way buildx's bake toBuildOpt turns a Target
 * into build options. Every attribute bake knows has exactly one route here (ROUTES is typed over BakeTarget's keys,
 * and BakeTarget's keys are checked against the attribute list), so an attribute without a way to the Solve request
 * is a compile error, not a silent drop. Paths become absolute the way buildx resolves them: the context against the
 * working directory, the Dockerfile against a local context, local named contexts against the working directory.
 * Values buildx parses before they reach BuildKit (sizes, ulimits, platforms, hosts) are parsed here, with an error
 * that names the target and the attribute.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BakeTarget, DefinitionCopies } from '../../bake/index.js';
import type { TargetAttribute } from '../../bake/target.js';
import type { AttrEntry, SecretEntry, TargetSpec } from './spec.js';
import { emptyTarget } from './spec.js';
import {
  AttributeValueError,
  formatUlimits,
  normalizePlatforms,
  parseGoBool,
  parseMemBytes,
  parseResourceLimits,
} from './attribute-values.js';
import { isGitSshContext, namedContextKind, REMOTE_CONTEXT } from './context-kind.js';

/** A bake attribute whose value cannot be built (buildx fails the same values). */
export class TargetAttributeError extends Error {
  override readonly name = 'TargetAttributeError';
  constructor(
    readonly target: string,
    readonly attribute: string,
    detail: string,
  ) {
    super(`target "${target}": ${attribute}: ${detail}`);
  }
}

type Routes = { [K in keyof BakeTarget]-?: (spec: TargetSpec, value: NonNullable<BakeTarget[K]>, cwd: string) => void };

// BakeTarget (what --print shows) must have a key for every attribute but `inherits`, which resolution consumes.
type PrintedAttribute = Exclude<TargetAttribute, 'inherits'>;
const everyAttributeHasAKey: Record<PrintedAttribute, true> = {} as Record<keyof BakeTarget, true>;
const everyKeyIsAnAttribute: Record<keyof BakeTarget, true> = {} as Record<PrintedAttribute, true>;
void everyAttributeHasAKey;
void everyKeyIsAnAttribute;

const stringEntries = (e: Record<string, string | boolean>): AttrEntry => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(e)) if (v !== undefined && v !== null) out[k] = String(v);
  return out as AttrEntry;
};

/**
 * One route per attribute. Attributes that only steer how the others are read (context, dockerfile,
 * dockerfile-inline: fromBakeTarget reads them first) and `description` (shown, never built) have no-op routes.
 */
const ROUTES: Routes = {
  description: () => {},
  context: () => {},
  dockerfile: () => {},
  'dockerfile-inline': () => {},
  annotations: (s, v) => void (s.annotations = [...v]),
  attest: (s, v) => void (s.attest = v.map(stringEntries)),
  contexts: (s, v, cwd) => {
    for (const [k, x] of Object.entries(v)) {
      // buildx toBuildOpt: `cwd://PATH` is the local directory PATH (relative to the working directory)
      if (x.startsWith(CWD)) {
        s.contexts[k] = path.resolve(cwd, x.slice(CWD.length));
        continue;
      }
      const local = namedContextKind(x) === 'local' && (!/^[a-z][a-z0-9+.-]*:/i.test(x) || /^[a-zA-Z]:[\\/]/.test(x));
      s.contexts[k] = local ? path.resolve(cwd, x) : x;
    }
  },
  args: (s, v) => void (s.args = { ...v }),
  labels: (s, v) => void (s.labels = { ...v }),
  tags: (s, v) => void (s.tags = [...v]),
  'cache-from': (s, v) => void (s.cacheFrom = v.map(stringEntries)),
  'cache-to': (s, v) => void (s.cacheTo = v.map(stringEntries)),
  target: (s, v) => void (s.target = v),
  secret: (s, v, cwd) => {
    s.secrets = v.map((e): SecretEntry => ({
      id: e.id ?? '',
      src: e.src && !path.isAbsolute(e.src) ? path.resolve(cwd, e.src) : e.src,
      env: e.env,
    }));
  },
  ssh: (s, v, cwd) => {
    s.ssh = v.map((e) => ({ id: e.id || 'default', paths: (e.paths ?? []).map((p) => path.resolve(cwd, p)) }));
  },
  platforms: (s, v) => void (s.platforms = normalizePlatforms(v)),
  output: (s, v, cwd) => {
    s.outputs = v
      .map(stringEntries)
      .map((e) =>
        e.dest && e.dest !== '-' && !path.isAbsolute(e.dest) ? { ...e, dest: path.resolve(cwd, e.dest) } : e,
      );
  },
  pull: (s, v) => void (s.pull = v),
  'no-cache': (s, v) => void (s.noCache = v),
  network: (s, v) => {
    // buildx toSolveOpt: only these reach BuildKit; anything else is refused before the build
    if (!['', 'default', 'host', 'none'].includes(v)) {
      throw new AttributeValueError(
        `"${v}" is not a network mode BuildKit supports (default, host or none; a custom network is set on the builder)`,
      );
    }
    if (v === 'host' || v === 'none') s.network = v;
  },
  'no-cache-filter': (s, v) => void (s.noCacheFilter = [...v]),
  'shm-size': (s, v) => {
    const bytes = parseMemBytes(v);
    if (bytes > 0) s.shmSize = bytes;
  },
  ulimits: (s, v) => void (s.ulimit = formatUlimits(v) || undefined),
  // buildx toBuildOpt: ParseResourceLimits(t.Resources.ToEntries()); a bad size fails the target before the build
  resources: (s, v) => void (s.resources = parseResourceLimits(v)),
  call: (s, v) => void (s.call = v),
  entitlements: (s, v) => void (s.entitlements = [...v]),
  // buildx toBuildOpt: `host=ip` per entry, sorted by host; toBuildkitExtraHosts (at planning) does the rest
  'extra-hosts': (s, v) => {
    s.extraHosts = Object.keys(v)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((host) => `${host}=${v[host]}`);
  },
  // buildx evaluates the policies (Rego) itself while the daemon resolves sources (build/opt.go configureSourcePolicy);
  // bakekit does not, so a target whose policy buildx would apply is refused rather than built without it. Only
  // `disabled = true` (which buildx requires to stand alone: withPolicyConfig) builds.
  policy: (s, v) => {
    const off = v.find((p) => p.Disabled);
    if (off) {
      if (v.length > 1 || off.Reset || off.Strict !== null || off.LogLevel !== null || off.Files?.length) {
        throw new AttributeValueError('disabled policy cannot be combined with other policy flags');
      }
      s.policyDisabled = true;
      return;
    }
    const files = v.flatMap((p) => (p.Files ?? []).map((f) => f.Filename));
    throw new AttributeValueError(
      unevaluatedPolicy(
        `(≥ 0.31) applies to this target's sources (${files.length ? files.join(', ') : 'options for the Dockerfile.rego beside its Dockerfile'})`,
      ),
    );
  },
};

/** How a policy bakekit refuses is turned off, in a target or for the run. */
const POLICY_OFF = 'policy = [{ disabled = true }] or --policy disabled=true';

/** The refusal of a policy buildx would evaluate and bakekit cannot: `applies` says from which version and what. */
export function unevaluatedPolicy(applies: string): string {
  return (
    `policy evaluation is not supported: bakekit does not evaluate build policies (Rego), which buildx ${applies}; ` +
    `build it with buildx, or turn the policy off: ${POLICY_OFF}`
  );
}

/**
 * `BUILDX_DEFAULT_POLICY` (buildx ≥ 0.34, policy/default.go; opt-in for now): buildx then evaluates its builtin policy
 * for every build whose policy is not turned off, which admits Docker's frontend, SBOM scanner and BuildKit images at
 * most tags only with a verified signature. bakekit verifies no signatures, so with the variable set a target is
 * refused, as one with a policy of its own, rather than built without the checks the variable asks for.
 */
export function refuseDefaultPolicy(specs: readonly TargetSpec[], env: NodeJS.ProcessEnv): void {
  if (parseGoBool(env.BUILDX_DEFAULT_POLICY ?? '') !== true) return;
  const first = specs.find((s) => !s.policyDisabled);
  if (!first) return;
  throw new TargetAttributeError(
    first.name,
    'policy',
    `policy evaluation is not supported: BUILDX_DEFAULT_POLICY turns on buildx's builtin policy (signatures of Docker's ` +
      `frontend, SBOM scanner and BuildKit images), which bakekit does not evaluate; build it with buildx, unset ` +
      `BUILDX_DEFAULT_POLICY, or turn the policy off: ${POLICY_OFF}`,
  );
}

/** The prefix of a path relative to the working directory (buildx's `cwd://`, `BAKE_CMD_CONTEXT`). */
const CWD = 'cwd://';

/** `copies`: the directories of a remote definition the target builds from (BakeDefinition.definitionCopies); its
 * context (already in `t`) and named contexts (copies.urls) are then their URLs, which planning sends with the copies
 * (plan.ts). */
export function fromBakeTarget(name: string, t: BakeTarget, cwd: string, copies?: DefinitionCopies): TargetSpec {
  const contextRaw = t.context ?? '.';
  const remote = REMOTE_CONTEXT.test(contextRaw);
  const context = remote ? contextRaw : path.resolve(cwd, contextRaw);
  const spec = emptyTarget(name, context);
  if (t['dockerfile-inline'] !== undefined) spec.dockerfileInline = t['dockerfile-inline'];
  else {
    const df = t.dockerfile ?? 'Dockerfile';
    // buildx toBuildOpt: a `cwd://` Dockerfile is a local file relative to the working directory, whatever the context
    if (df.startsWith(CWD)) spec.dockerfile = path.resolve(cwd, df.slice(CWD.length));
    else spec.dockerfile = remote && !path.isAbsolute(df) ? df : path.resolve(context, df);
  }
  for (const key of Object.keys(t) as Array<keyof BakeTarget>) {
    const value = t[key];
    if (value === undefined || value === null) continue;
    const route = ROUTES[key];
    if (!route) throw new Error(`target "${name}": attribute ${key} has no route to the build (bake-adapter.ts)`);
    try {
      (route as (s: TargetSpec, v: unknown, cwd: string) => void)(spec, value, cwd);
    } catch (err) {
      if (err instanceof AttributeValueError) throw new TargetAttributeError(name, key, err.message);
      throw err;
    }
  }
  if (copies) {
    // a remote definition's named contexts that are directories of its repository: their URLs (bake updateContext),
    // which the target keeps as written for --print
    spec.definitionCopies = copies;
    Object.assign(spec.contexts, copies.urls);
  }
  // Current buildx (≥ 0.31, build/opt.go) also evaluates `<Dockerfile>.rego` beside a local Dockerfile when no policy
  // turns it off: a target with one is refused like a declared policy, never built without it.
  if (!spec.policyDisabled && spec.dockerfile && !remote && fs.existsSync(`${spec.dockerfile}.rego`)) {
    throw new TargetAttributeError(
      name,
      'policy',
      unevaluatedPolicy(`(≥ 0.31) applies from ${path.basename(spec.dockerfile)}.rego beside the Dockerfile`),
    );
  }
  // buildx toBuildOpt: a git context fetched over SSH gets the runner's agent unless the target names its own
  if (spec.ssh.length === 0 && isGitSshContext(spec.context)) spec.ssh = [{ id: 'default', paths: [] }];
  return spec;
}
