/**
 * Interpolation (compose-go interpolation/interpolation.go, loader/interpolate.go): `${VAR}` substitution in every
 * string of a file, then the casts compose-go applies to the values that must be numbers or booleans.
 */
import { BakeError } from '../errors.js';
import { InvalidTemplateError, type Lookup, substitute } from './env.js';
import { type Path, type Y, type YMap, isMap, matches, pathString } from './yaml.js';

const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|infinity|nan)$/i;
const BOOLEAN = /^(true|false|y|yes|on|n|no|off)$/i;

/** interpolateTypeCastMapping: after substitution these values must parse as their type (an error otherwise). */
const CASTS: [string, RegExp, string][] = [
  ...[
    'cpu_count',
    'cpu_period',
    'cpu_quota',
    'cpu_rt_period',
    'cpu_rt_runtime',
    'cpu_shares',
    'oom_score_adj',
    'pids_limit',
    'scale',
  ].map((k): [string, RegExp, string] => [`services.*.${k}`, INTEGER, 'int']),
  ...[
    'deploy.replicas',
    'deploy.update_config.parallelism',
    'deploy.rollback_config.parallelism',
    'deploy.restart_policy.max_attempts',
    'deploy.placement.max_replicas_per_node',
    'healthcheck.retries',
    'ports.[].target',
    'ulimits.*',
    'ulimits.*.hard',
    'ulimits.*.soft',
  ].map((k): [string, RegExp, string] => [`services.*.${k}`, INTEGER, 'int']),
  ...['cpu_percent', 'cpus', 'deploy.update_config.max_failure_ratio', 'deploy.rollback_config.max_failure_ratio'].map(
    (k): [string, RegExp, string] => [`services.*.${k}`, FLOAT, 'float'],
  ),
  ...[
    'init',
    'depends_on.*.required',
    'depends_on.*.restart',
    'healthcheck.disable',
    'oom_kill_disable',
    'privileged',
    'read_only',
    'stdin_open',
    'tty',
    'volumes.[].read_only',
    'volumes.[].volume.nocopy',
  ].map((k): [string, RegExp, string] => [`services.*.${k}`, BOOLEAN, 'bool']),
  ...[
    'networks.*.external',
    'networks.*.internal',
    'networks.*.attachable',
    'networks.*.enable_ipv4',
    'networks.*.enable_ipv6',
    'volumes.*.external',
    'secrets.*.external',
    'configs.*.external',
  ].map((k): [string, RegExp, string] => [k, BOOLEAN, 'bool']),
];

function castValue(s: string, kind: string): Y {
  if (kind === 'bool') return /^(true|y|yes|on)$/i.test(s);
  return Number(s);
}

export function interpolateError(p: Path, e: unknown): BakeError {
  if (e instanceof InvalidTemplateError) {
    return new BakeError(
      `invalid interpolation format for ${pathString(p)}.\nYou may need to escape any $ with another $.\n${e.template}`,
    );
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
        throw new BakeError(
          `error while interpolating ${pathString(p)}: failed to cast to expected type: invalid ${kind === 'bool' ? 'boolean' : 'syntax'}: ${out}`,
        );
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
