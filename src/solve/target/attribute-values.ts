/**
 * The values of bake attributes that buildx parses before they reach BuildKit, parsed the same way: memory sizes
 * (docker/go-units RAMInBytes), ulimits (go-units ParseUlimit, docker/cli UlimitOpt), extra hosts (buildx
 * build/utils.go toBuildkitExtraHosts) and platforms (containerd/platforms Parse + Normalize + FormatAll, as buildx's
 * platformutil does). Written by hand: these are a few lines of Go each, and no npm library reproduces Go's exact
 * rules (binary units for a lower-case `m`, ulimit names, IPv6 brackets, `local` as the client's platform).
 * Each parser throws AttributeValueError with what was expected; the caller names the target and the attribute.
 */
import * as net from 'node:net';
import { formatPlatform, normalizePlatform } from '../images/platform.js';
import { parseGoBool as parseGoBoolText, type ResourcesConfig } from '../../bake/entries.js';
import { ramInBytes } from '../../bake/units.js';
import type { CacheOptionsEntry } from '../../buildkit/client.js';

export class AttributeValueError extends Error {
  override readonly name = 'AttributeValueError';
}

/** `128m` → 134217728: go-units RAMInBytes (bake/units.ts), bounded to what an int64 holds. */
export function parseMemBytes(value: string): number {
  let size: number;
  try {
    size = ramInBytes(value);
  } catch {
    throw new AttributeValueError(`"${value}" is not a size (a number of bytes with an optional unit: 64m, 1g, 512k)`);
  }
  if (!Number.isFinite(size) || size >= 2 ** 63) throw new AttributeValueError(`"${value}" is too large`);
  return size;
}

/** buildx build.ResourceLimits: zero is "not set". */
export interface ResourceLimits {
  /** bytes (docker/cli opts.MemBytes) */
  memory: number;
  /** bytes, or -1 for unlimited (opts.MemSwapBytes) */
  memorySwap: number;
  cpuShares: number;
  cpuPeriod: number;
  cpuQuota: number;
  cpusetCpus: string;
  cpusetMems: string;
}

/**
 * buildx ParseResourceLimits(ResourcesConfig.ToEntries()): values trimmed, sizes read by go-units RAMInBytes,
 * `memory-swap=-1` unlimited.
 */
export function parseResourceLimits(r: ResourcesConfig): ResourceLimits {
  const rl: ResourceLimits = {
    memory: 0,
    memorySwap: 0,
    cpuShares: 0,
    cpuPeriod: 0,
    cpuQuota: 0,
    cpusetCpus: '',
    cpusetMems: '',
  };
  const size = (key: string, v: string): number => {
    try {
      return parseMemBytes(v);
    } catch (err) {
      throw new AttributeValueError(`invalid value "${v}" for resource ${key}: ${(err as Error).message}`);
    }
  };
  if (r.memory !== undefined) rl.memory = size('memory', r.memory.trim());
  if (r['memory-swap'] !== undefined) {
    const v = r['memory-swap'].trim();
    rl.memorySwap = v === '-1' ? -1 : size('memory-swap', v);
  }
  if (r['cpu-shares'] !== undefined) rl.cpuShares = r['cpu-shares'];
  if (r['cpu-period'] !== undefined) rl.cpuPeriod = r['cpu-period'];
  if (r['cpu-quota'] !== undefined) rl.cpuQuota = r['cpu-quota'];
  if (r['cpuset-cpus'] !== undefined) rl.cpusetCpus = r['cpuset-cpus'].trim();
  if (r['cpuset-mems'] !== undefined) rl.cpusetMems = r['cpuset-mems'].trim();
  return rl;
}

/**
 * buildx addResourceLimits (build/utils.go): the frontend attributes BuildKit's dockerui reads (≥ v0.31), only the
 * non-zero values ("so builds against a daemon without the feature keep working"): memory, swap (-1 too) and the cpu
 * numbers as decimal integers, the cpusets as given.
 */
export function resourceLimitAttrs(rl: ResourceLimits): Record<string, string> {
  const attrs: Record<string, string> = {};
  const int = (n: number) => BigInt(n).toString();
  if (rl.memory > 0) attrs.memory = int(rl.memory);
  if (rl.memorySwap !== 0) attrs.memswap = int(rl.memorySwap);
  if (rl.cpuShares > 0) attrs.cpushares = int(rl.cpuShares);
  if (rl.cpuPeriod > 0) attrs.cpuperiod = int(rl.cpuPeriod);
  if (rl.cpuQuota > 0) attrs.cpuquota = int(rl.cpuQuota);
  if (rl.cpusetCpus !== '') attrs.cpusetcpus = rl.cpusetCpus;
  if (rl.cpusetMems !== '') attrs.cpusetmems = rl.cpusetMems;
  return attrs;
}

/** The resource names go-units knows (setrlimit's, without RLIMIT_). */
const ULIMIT_NAMES = new Set([
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
]);

function parseInt64(s: string, whole: string): bigint {
  if (!/^[+-]?\d+$/.test(s)) throw new AttributeValueError(`"${whole}": "${s}" is not an integer`);
  const v = BigInt(s);
  if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) throw new AttributeValueError(`"${whole}": "${s}" is out of range`);
  return v;
}

/**
 * `nofile=1024:2048`, `nproc=500` → buildx's `ulimit` attribute: `name=soft:hard` (a lone value is both), one entry
 * per name (a later one replaces an earlier), sorted by name as docker/cli's UlimitOpt lists them.
 */
export function formatUlimits(values: readonly string[]): string {
  const byName = new Map<string, string>();
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq < 0) throw new AttributeValueError(`"${value}" is not NAME=SOFT[:HARD]`);
    const name = value.slice(0, eq);
    if (!ULIMIT_NAMES.has(name))
      throw new AttributeValueError(`"${value}": "${name}" is not a ulimit (one of ${[...ULIMIT_NAMES].join(', ')})`);
    const parts = value.slice(eq + 1).split(':');
    if (parts.length > 2) throw new AttributeValueError(`"${value}": at most two limits, SOFT[:HARD]`);
    const soft = parseInt64(parts[0], value);
    const hard = parts.length === 2 ? parseInt64(parts[1], value) : soft;
    if (hard !== -1n && soft > hard)
      throw new AttributeValueError(`"${value}": the soft limit ${soft} is above the hard limit ${hard}`);
    byName.delete(name);
    byName.set(name, `${name}=${soft}:${hard}`);
  }
  return [...byName]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, v]) => v)
    .join(',');
}

/** What `host-gateway` stands for: the Docker Engine's worker label, or why the builder has none. */
export type HostGateway = { ip: string } | { unsupported: string };

/**
 * Bake's `extra-hosts` map (already `host=ip` entries, sorted by host as buildx's toBuildOpt sorts them) → the
 * `add-hosts` attribute: `host:ip` accepted too, comma-separated addresses one entry each, `[v6]` brackets dropped,
 * `host-gateway` replaced by the builder's address.
 */
export function formatExtraHosts(entries: readonly string[], hostGateway?: HostGateway): string {
  const out: string[] = [];
  for (const entry of entries) {
    let cut = entry.indexOf('=');
    if (cut < 0) cut = entry.indexOf(':');
    const host = cut < 0 ? '' : entry.slice(0, cut);
    const ip = cut < 0 ? '' : entry.slice(cut + 1);
    if (!host || !ip) throw new AttributeValueError(`"${entry}" is not HOST=IP`);
    if (ip === 'host-gateway') {
      if (!hostGateway) throw new AttributeValueError(`"${entry}": the builder's host-gateway address is unknown`);
      if ('unsupported' in hostGateway) throw new AttributeValueError(`"${entry}": ${hostGateway.unsupported}`);
      out.push(`${host}=${hostGateway.ip}`);
      continue;
    }
    for (let v of ip.split(',')) {
      if (v.length > 2 && v.startsWith('[') && v.endsWith(']')) v = v.slice(1, -1);
      if (!net.isIP(v)) throw new AttributeValueError(`"${entry}": "${v}" is not an IP address`);
      out.push(`${host}=${v}`);
    }
  }
  return out.join(',');
}

/** Node's name for this machine's CPU → the OCI architecture (for the `local` platform). */
function hostPlatform(): { os: string; architecture: string; variant?: string } {
  const arch =
    (
      {
        x64: 'amd64',
        ia32: '386',
        arm64: 'arm64',
        arm: 'arm',
        ppc64: 'ppc64le',
        s390x: 's390x',
        riscv64: 'riscv64',
      } as Record<string, string>
    )[process.arch] ?? process.arch;
  return normalizePlatform({ os: process.platform === 'win32' ? 'windows' : process.platform, architecture: arch });
}

const KNOWN_OS = new Set([
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'illumos',
  'ios',
  'js',
  'linux',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
  'macos',
]);

/** One platform specifier as containerd's platforms.Parse + Normalize + FormatAll gives it (`linux/x86_64` → `linux/amd64`). */
export function normalizePlatformSpec(spec: string): string {
  if (spec.toLowerCase() === 'local') return formatPlatform(hostPlatform());
  const m = /^([^/(]+)(?:\(([^)]*)\))?(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(spec.trim());
  if (!m || /[^A-Za-z0-9_./-]/.test(m[1] + (m[3] ?? '') + (m[4] ?? '')))
    throw new AttributeValueError(`"${spec}" is not a platform (OS/ARCH[/VARIANT])`);
  const first = m[1].toLowerCase();
  const osVersion = m[2];
  let p: { os: string; architecture: string; variant?: string; 'os.version'?: string };
  if (m[3] === undefined) {
    // a single part is an OS if it is one, else an architecture of this machine's OS (containerd's rule)
    p = KNOWN_OS.has(first)
      ? { os: first, architecture: hostPlatform().architecture }
      : { os: hostPlatform().os, architecture: first };
  } else {
    p = { os: first, architecture: m[3].toLowerCase(), variant: m[4]?.toLowerCase() };
  }
  if (p.os === 'macos') p.os = 'darwin';
  const n = normalizePlatform(p);
  const formatted = formatPlatform(n);
  return osVersion ? formatted.replace(/^([^/]+)/, `$1(${osVersion})`) : formatted;
}

/** A `platforms` list, each entry possibly comma-separated, normalised (buildx platformutil.Parse). */
export function normalizePlatforms(list: readonly string[]): string[] {
  return list.flatMap((s) => s.split(',')).map(normalizePlatformSpec);
}

/** Go's strconv.ParseBool (bake/entries.ts) of an attribute that may be absent; undefined when absent or not a boolean. */
export function parseGoBool(v: string | undefined): boolean | undefined {
  return v === undefined ? undefined : parseGoBoolText(v);
}

/**
 * The `cache-imports` frontend attribute: the entries as Go's encoding/json writes BuildKit's CacheOptionsEntry
 * (`Type`, then `Attrs` with its keys sorted), which is what buildx's client sends.
 */
export function encodeCacheImports(entries: ReadonlyArray<CacheOptionsEntry>): string {
  return JSON.stringify(
    entries.map((e) => ({
      Type: e.Type,
      Attrs: Object.fromEntries(Object.entries(e.Attrs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    })),
  );
}

/** `key=v`, `manifest:key=v`, `index,manifest:key=v`, `manifest[linux/amd64]:key=v` → exporter attributes. */
export function annotationAttrs(annotations: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of annotations) {
    const eq = a.indexOf('=');
    if (eq <= 0) continue;
    const key = a.slice(0, eq);
    const value = a.slice(eq + 1);
    const colon = key.match(/^([a-z,-]+(?:\[[^\]]*\])?):(.+)$/);
    if (!colon) {
      out[`annotation.${key}`] = value;
      continue;
    }
    for (const kind of colon[1].split(',')) out[`annotation-${kind}.${colon[2]}`] = value;
  }
  return out;
}
