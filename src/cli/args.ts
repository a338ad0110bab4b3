/**
 * The command line of `bakekit` (the build command; `bakekit merge` has its own), parsed into run options with no
 * effects: the CLI runs on what this returns, and the `--print` conformance cases parse their buildx flags with it, so
 * a flag means the same in both. Flags follow `docker buildx bake` (commands/bake.go): each global flag becomes a
 * `--set` override in solve/run/bake.ts overridesFor, in buildx's order.
 */
import { parseArgs } from 'node:util';
import type { BakeRunOptions } from '../solve/run/bake.js';
import { parseCacheMode } from '../solve/cache/mode.js';
import { parseCallFunc } from '../solve/call/call-func.js';
import { policyFlagOverrides } from '../bake/policy-flag.js';
import { parseExecutionPolicy, parseMaxParallelism, parsePublishPolicy } from '../solve/run/policies.js';
import { ramInBytes } from '../bake/units.js';
import type { CacheMountsMode } from '../solve/cache-mounts/types.js';

/** A bad command line: exit code 2 and the usage, as a shell expects. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type ProgressMode = 'auto' | 'plain' | 'tty' | 'quiet' | 'rawjson';
const PROGRESS_MODES: readonly ProgressMode[] = ['auto', 'plain', 'tty', 'quiet', 'rawjson'];

/** `--list`: buildx parseList (`targets`, `variables`, or `type=…[,format=table|json]`). */
export interface ListRequest {
  type: 'targets' | 'variables';
  format: 'table' | 'json';
}

/** `--cache-mounts-*`: everything CacheMountsOptions needs but the store, which the shell opens (a directory). */
export interface CacheMountsFlags {
  dir: string;
  mode: CacheMountsMode;
  keyHash?: string;
  image?: string;
  maxSize?: number;
}

/** What the command line asks for, beyond the run options. */
export interface BakeCommand {
  /** run options without cwd, env, signal and sinks (the shell adds those) */
  options: Omit<BakeRunOptions, 'cwd' | 'env' | 'signal' | 'onEvent' | 'onBakeWarning' | 'cacheMounts'>;
  /** `--cache-mounts-dir` given: persist cache mounts in that directory */
  cacheMounts?: CacheMountsFlags;
  print: boolean;
  list?: ListRequest;
  progress: ProgressMode;
  debug: boolean;
  help: boolean;
}

const OPTIONS = {
  file: { type: 'string', short: 'f', multiple: true },
  set: { type: 'string', multiple: true },
  var: { type: 'string', multiple: true },
  print: { type: 'boolean' },
  list: { type: 'string' },
  builder: { type: 'string' },
  node: { type: 'string', multiple: true },
  tlscacert: { type: 'string' },
  tlscert: { type: 'string' },
  tlskey: { type: 'string' },
  push: { type: 'boolean' },
  load: { type: 'boolean' },
  call: { type: 'string' },
  check: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  pull: { type: 'boolean' },
  sbom: { type: 'string' },
  provenance: { type: 'string' },
  ssh: { type: 'string', multiple: true },
  'metadata-file': { type: 'string' },
  progress: { type: 'string' },
  cache: { type: 'string' },
  warm: { type: 'boolean' },
  allow: { type: 'string', multiple: true },
  execution: { type: 'string' },
  'max-parallelism': { type: 'string' },
  publish: { type: 'string' },
  policy: { type: 'string', multiple: true },
  'cache-mounts-dir': { type: 'string' },
  'cache-mounts': { type: 'string' },
  'cache-mounts-key': { type: 'string' },
  'cache-mounts-image': { type: 'string' },
  'cache-mounts-max-size': { type: 'string' },
  debug: { type: 'boolean', short: 'D' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Throws UsageError for anything buildx would refuse while parsing its flags. */
export function parseBakeArgs(argv: string[]): BakeCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  const usage = <T>(f: () => T): T => {
    try {
      return f();
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  };
  const cache = usage(() => {
    try {
      return parseCacheMode(v.cache);
    } catch (err) {
      throw new Error(`--${(err as Error).message}`);
    }
  });
  const progress = (v.progress ?? 'auto') as ProgressMode;
  if (!PROGRESS_MODES.includes(progress))
    throw new UsageError(`--progress: expected one of ${PROGRESS_MODES.join(', ')}, got "${v.progress}"`);
  // buildx: `--check` is `--call=check`; given both, the later one wins (both set one flag value).
  let call = v.call;
  if (v.check) call = lastIndexOf(argv, '--check') > lastIndexOf(argv, '--call') ? 'check' : (v.call ?? 'check');
  if (call !== undefined) usage(() => parseCallFunc(call));
  const list = v.list === undefined ? undefined : usage(() => parseListRequest(v.list!));
  // the run's policies (solve/run/policies.ts); an empty value is refused, as a flag given without its value
  const flag = <T>(name: string, value: string | undefined, parse: (v: string) => T): T | undefined => {
    if (value === undefined) return undefined;
    if (value.trim() === '') throw new UsageError(`--${name}: needs a value`);
    try {
      return parse(value);
    } catch (err) {
      throw new UsageError(`--${name}: ${(err as Error).message}`);
    }
  };
  const execution = flag('execution', v.execution, parseExecutionPolicy);
  const maxParallelism = flag('max-parallelism', v['max-parallelism'], parseMaxParallelism);
  const publish = flag('publish', v.publish, parsePublishPolicy);
  if (v.print && list) throw new UsageError('--print and --list are mutually exclusive');
  const cacheMounts = parseCacheMountsFlags(v);
  // `--ssh SPEC` is `--set *.ssh+=SPEC`: forwarding an agent is then the command line's choice, which grants it
  // (entitlements.ts counts the run's own overrides as granted), as the action's `ssh` input does.
  // `--policy VALUE` (buildx ≥ 0.34): `*.policy+=VALUE` for every target, checked and applied by bake/overrides.ts
  const set = [...(v.set ?? []), ...(v.ssh ?? []).map((s) => `*.ssh+=${s}`), ...policyFlagOverrides(v.policy ?? [])];
  return {
    options: {
      files: v.file ?? [],
      targets: parsed.positionals,
      set,
      vars: v.var?.length ? usage(() => parseVars(v.var!)) : undefined,
      builder: v.builder,
      nodes: v.node,
      tls: v.tlscacert || v.tlscert || v.tlskey ? { caCert: v.tlscacert, cert: v.tlscert, key: v.tlskey } : undefined,
      push: v.push,
      load: v.load,
      call,
      noCache: v['no-cache'],
      pull: v.pull,
      sbom: v.sbom || undefined,
      provenance: v.provenance || undefined,
      metadataFile: v['metadata-file'],
      cache,
      warm: v.warm,
      allow: v.allow ?? [],
      ...(execution ? { execution } : {}),
      ...(maxParallelism ? { maxParallelism } : {}),
      ...(publish ? { publish } : {}),
    },
    ...(cacheMounts ? { cacheMounts } : {}),
    print: v.print ?? false,
    list,
    progress,
    debug: v.debug ?? false,
    help: v.help ?? false,
  };
}

/** `--cache-mounts auto|off|ID[,ID…]`: which mounts; a list names mount ids as the Dockerfiles write them. */
export function parseCacheMountsMode(value: string): CacheMountsMode {
  const v = value.trim();
  if (v === 'auto' || v === 'off') return v;
  const ids = v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (!ids.length) throw new Error('expected auto, off or a list of mount ids');
  return ids;
}

/** The `--cache-mounts-*` flags: undefined without `--cache-mounts-dir` (the others alone are a usage error). */
function parseCacheMountsFlags(v: {
  'cache-mounts-dir'?: string;
  'cache-mounts'?: string;
  'cache-mounts-key'?: string;
  'cache-mounts-image'?: string;
  'cache-mounts-max-size'?: string;
}): CacheMountsFlags | undefined {
  const others = (['cache-mounts', 'cache-mounts-key', 'cache-mounts-image', 'cache-mounts-max-size'] as const).filter(
    (k) => v[k] !== undefined,
  );
  const dir = v['cache-mounts-dir'];
  if (dir === undefined) {
    if (others.length) throw new UsageError(`--${others[0]} needs --cache-mounts-dir (where the mounts are kept)`);
    return undefined;
  }
  if (dir.trim() === '') throw new UsageError('--cache-mounts-dir: needs a value');
  let mode: CacheMountsMode = 'auto';
  if (v['cache-mounts'] !== undefined) {
    try {
      mode = parseCacheMountsMode(v['cache-mounts']);
    } catch (err) {
      throw new UsageError(`--cache-mounts: ${(err as Error).message}`);
    }
  }
  let maxSize: number | undefined;
  if (v['cache-mounts-max-size'] !== undefined) {
    try {
      maxSize = ramInBytes(v['cache-mounts-max-size']);
    } catch (err) {
      throw new UsageError(`--cache-mounts-max-size: ${(err as Error).message}`);
    }
    if (maxSize <= 0) throw new UsageError('--cache-mounts-max-size: must be more than 0');
  }
  const image = v['cache-mounts-image']?.trim();
  if (image === '') throw new UsageError('--cache-mounts-image: needs a value');
  return {
    dir,
    mode,
    ...(v['cache-mounts-key'] ? { keyHash: v['cache-mounts-key'] } : {}),
    ...(image ? { image } : {}),
    ...(maxSize !== undefined ? { maxSize } : {}),
  };
}

function lastIndexOf(argv: string[], flag: string): number {
  let last = -1;
  argv.forEach((a, i) => {
    if (a === flag || a.startsWith(`${flag}=`)) last = i;
  });
  return last;
}

/** buildx parseBakeVars: `NAME=VALUE`, an empty entry skipped, a later one winning. */
export function parseVars(values: string[]): Record<string, string> {
  const vars: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const value of values) {
    if (value === '') continue;
    const eq = value.indexOf('=');
    if (eq < 0) throw new Error(`invalid variable "${value}", expected key=value`);
    if (eq === 0) throw new Error(`invalid variable "${value}", key is empty`);
    vars[value.slice(0, eq)] = value.slice(eq + 1);
  }
  return vars;
}

/** buildx parseList. */
export function parseListRequest(input: string): ListRequest {
  let type = '';
  let format = '';
  const fields = input.split(',');
  if (fields.length === 1 && !input.startsWith('type=')) type = input;
  else {
    for (const field of fields) {
      const eq = field.indexOf('=');
      if (eq < 0) throw new Error(`invalid value ${field}`);
      const key = field.slice(0, eq).trim().toLowerCase();
      const value = field.slice(eq + 1);
      if (key === 'type') type = value;
      else if (key === 'format') format = value;
      else throw new Error(`unexpected key '${key}' in '${field}'`);
    }
  }
  format ||= 'table';
  if (type !== 'targets' && type !== 'variables') throw new Error(`invalid list type "${type}"`);
  if (format !== 'table' && format !== 'json') throw new Error(`invalid list format "${format}"`);
  return { type, format };
}

/**
 * buildx bakeArgs: a remote URL as the first of the positional arguments is the repository a remote definition is read
 * from, and a second remote URL after it the command's context (the bake files' `BAKE_CMD_CONTEXT`, else `cwd://`);
 * the rest are the targets. `isRemote`: buildx IsRemoteURL (bake/resolve.ts isRemoteURL, loaded with the bake code).
 */
export function splitRemoteArgs(
  args: string[],
  isRemote: (s: string) => boolean,
): { url?: string; cmdContext?: string; targets: string[] } {
  if (args.length === 0 || !isRemote(args[0])) return { targets: args };
  const [url, ...rest] = args;
  if (rest.length === 0 || !isRemote(rest[0])) return { url, targets: rest };
  return { url, cmdContext: rest[0], targets: rest.slice(1) };
}
