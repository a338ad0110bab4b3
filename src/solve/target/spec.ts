import type { DefinitionCopies } from '../../bake/index.js';
import type { ResourceLimits } from './attribute-values.js';

/**
 * What the build layer needs to know about one target, resolved and with paths made absolute.
 * `fromBakeTarget` (bake-adapter.ts) produces it from a bake definition; tests may write it directly.
 */
export interface KeyValue {
  [key: string]: string;
}

/** A CSV entry such as `type=local,dest=out` parsed into its attributes (keys lower-cased). */
export type AttrEntry = KeyValue & { type: string };

export interface SecretEntry {
  id: string;
  src?: string;
  env?: string;
  /** a value given directly (workflow `secrets` input); never printed */
  value?: string;
}

export interface TargetSpec {
  name: string;
  /** absolute context directory, or a remote context (git/https URL) passed through */
  context: string;
  /** Dockerfile path (absolute) — or undefined with `dockerfileInline` */
  dockerfile?: string;
  dockerfileInline?: string;
  target?: string;
  args: KeyValue;
  labels: KeyValue;
  tags: string[];
  platforms: string[];
  /** named contexts: NAME → `docker-image://…`, `target:OTHER`, an absolute local dir, or a URL */
  contexts: KeyValue;
  /**
   * A remote definition's directories this target builds from (bake/remote-context.ts): the context (`context`)
   * and named contexts (`contexts`, NAME → path) that buildx sends as copies out of the definition's repository
   * `url` rather than as the directory's URL, which `context` / `contexts[NAME]` hold (plan.ts sends both, as buildx)
   */
  definitionCopies?: DefinitionCopies;
  secrets: SecretEntry[];
  /** SSH agent sockets or keys to forward: `default` is $SSH_AUTH_SOCK; paths absolute */
  ssh: Array<{ id: string; paths: string[] }>;
  outputs: AttrEntry[];
  cacheFrom: AttrEntry[];
  cacheTo: AttrEntry[];
  noCache: boolean;
  noCacheFilter: string[];
  pull: boolean;
  network?: string;
  /** bytes (buildx parses `128m` before it reaches BuildKit) */
  shmSize?: number;
  /** buildx's `ulimit` attribute: `name=soft:hard`, sorted by name */
  ulimit?: string;
  /** `resources`: cgroup limits for RUN steps as buildx ParseResourceLimits reads them (zero: not set); plan.ts sends
   * the non-zero ones as frontend attributes (addResourceLimits) */
  resources?: ResourceLimits;
  /** `policy = [{ disabled = true }]` (or `--policy disabled=true`): buildx then evaluates no policy at all — neither
   * the bake file's, nor a `Dockerfile.rego` beside the Dockerfile, nor its builtin default. bakekit evaluates none in
   * any case, and refuses a target with any other policy (bake-adapter.ts) */
  policyDisabled?: boolean;
  /** `host=ip` entries (or `host=host-gateway`), sorted by host; expanded at planning (toBuildkitExtraHosts) */
  extraHosts: string[];
  /** `call` attribute: `build` (the default), or a frontend method such as `check`, `outline`, `targets` */
  call?: string;
  attest: AttrEntry[];
  annotations: string[];
  entitlements: string[];
}

export function emptyTarget(name: string, context: string): TargetSpec {
  return {
    name,
    context,
    args: {},
    labels: {},
    tags: [],
    platforms: [],
    contexts: {},
    secrets: [],
    ssh: [],
    outputs: [],
    cacheFrom: [],
    cacheTo: [],
    noCache: false,
    noCacheFilter: [],
    pull: false,
    extraHosts: [],
    attest: [],
    annotations: [],
    entitlements: [],
  };
}
