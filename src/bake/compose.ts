import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type * as Yaml from 'yaml';
import { BakeError } from './errors.js';
import {
  type SecretEntry,
  type SshEntry,
  compareSsh,
  mergeEntries,
  normalizeCaches,
  normalizeExports,
  normalizeSecrets,
  normalizeSsh,
  parseAttestText,
  parseCacheTexts,
  parseExportText,
  parseGoBool,
  parseSecretText,
  parseSshText,
} from './entries.js';
import type { Config } from './config.js';
import { validateTargetName } from './config.js';
import { type Target, dedupeStrings } from './target.js';

/**
 * Compose files as bake definitions (buildx bake/compose.go): every service with a `build`
 * section becomes a target, all of them in a `default` group. Only the parts of the compose
 * model bake reads are implemented: interpolation, `build.*`, `image`, `environment`,
 * top-level `secrets`, and the `x-bake` extension.
 */

type Y = unknown;
type YMap = Record<string, Y>;

function isMap(v: Y): v is YMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface ComposeFile {
  name: string;
  data: string;
}

/**
 * The part of the `yaml` package that compose loading uses. Whoever resolves supplies it (BakeInputs.yaml):
 * the package is ~0.3 MB of code that only a run reading a compose file needs (resolveBakeAsync imports it then).
 */
export type YamlLibrary = Pick<typeof Yaml, 'parseDocument'>;

/** Loads YAML; returns undefined when the text is not a compose document. */
export function loadComposeYaml(file: ComposeFile, yaml: YamlLibrary): { doc?: YMap; error?: string } {
  let parsed: unknown;
  try {
    const doc = yaml.parseDocument(file.data, { uniqueKeys: false, merge: true });
    if (doc.errors.length > 0) return { error: doc.errors[0]!.message };
    parsed = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    return { error: (e as Error).message };
  }
  if (!isMap(parsed)) return { error: 'Top-level object must be a mapping' };
  if (!('services' in parsed) && !('secrets' in parsed)) return { error: 'empty compose file' };
  return { doc: parsed };
}

/** Environment for compose interpolation: process env, then a CWD `.env` for unset names. */
export function composeEnvironment(env: Record<string, string | undefined>, cwd: string, lookupAllowed: boolean): Map<string, string> {
  const out = new Map<string, string>();
  if (lookupAllowed) for (const [k, v] of Object.entries(env)) if (v !== undefined) out.set(k, v);
  const dotenv = join(cwd, '.env');
  if (existsSync(dotenv) && statSync(dotenv).isFile()) {
    for (const raw of readFileSync(dotenv, 'utf8').split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
      if (!m) continue;
      let v = m[2]!;
      if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
      else v = v.replace(/\s+#.*$/, '');
      if (!out.has(m[1]!)) out.set(m[1]!, v);
    }
  }
  return out;
}

/** Compose variable interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `$$`. */
function interpolate(s: string, env: Map<string, string>, where: string): string {
  return s.replace(/\$\$|\$\{([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, braced: string | undefined, bare: string | undefined) => {
    if (m === '$$') return '$';
    if (bare !== undefined) return env.get(bare) ?? '';
    const expr = braced!;
    const op = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])(.*))?$/s.exec(expr);
    if (!op) throw new BakeError(`failed to parse compose file: invalid interpolation format for ${where}: "${m}"`);
    const [, name, kind, arg = ''] = op;
    const val = env.get(name!);
    const unsetOrEmpty = val === undefined || val === '';
    switch (kind) {
      case undefined:
        return val ?? '';
      case ':-':
        return unsetOrEmpty ? interpolate(arg, env, where) : val!;
      case '-':
        return val === undefined ? interpolate(arg, env, where) : val;
      case ':+':
        return unsetOrEmpty ? '' : interpolate(arg, env, where);
      case '+':
        return val === undefined ? '' : interpolate(arg, env, where);
      case ':?':
      case '?':
        if (kind === ':?' ? unsetOrEmpty : val === undefined) {
          throw new BakeError(`failed to parse compose file: required variable ${name} is missing a value: ${arg}`);
        }
        return val!;
    }
    return m;
  });
}

function interpolateTree(v: Y, env: Map<string, string>, path: string): Y {
  if (typeof v === 'string') return interpolate(v, env, path);
  if (Array.isArray(v)) return v.map((x, i) => interpolateTree(x, env, `${path}[${i}]`));
  if (isMap(v)) {
    const out: YMap = {};
    for (const [k, x] of Object.entries(v)) out[k] = interpolateTree(x, env, path ? `${path}.${k}` : k);
    return out;
  }
  return v;
}

/** Later files override earlier ones key by key (mappings merge, everything else replaces). */
function mergeYaml(a: Y, b: Y): Y {
  if (isMap(a) && isMap(b)) {
    const out: YMap = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? mergeYaml(out[k], v) : v;
    return out;
  }
  return b;
}

function str(v: Y): string | undefined {
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : String(v);
}

function strList(v: Y): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map((x) => str(x) ?? '');
  return [str(v)!];
}

/** x-bake values may be a YAML list or a whitespace-separated string. */
function xbakeList(v: Y): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.map((x) => str(x) ?? '');
  return String(v).split(/\s+/).filter((s) => s !== '');
}

/** `KEY: value` map or `["KEY=value", "KEY"]` list; a bare key has a null value. */
function mappingWithEquals(v: Y): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (Array.isArray(v)) {
    for (const item of v) {
      const s = String(item);
      const i = s.indexOf('=');
      if (i < 0) out.set(s, null);
      else out.set(s.slice(0, i), s.slice(i + 1));
    }
  } else if (isMap(v)) {
    for (const [k, x] of Object.entries(v)) out.set(k, x === null || x === undefined ? null : String(x));
  }
  return out;
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** RAM sizes like `128m` in bytes (docker/go-units RAMInBytes). */
export function ramInBytes(s: string): number {
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(s);
  if (!m) throw new Error(`invalid size: '${s}'`);
  return Math.floor(Number(m[1]) * UNITS[(m[2] ?? '').toLowerCase()]!);
}

/** docker/go-units BytesSize: `134217728` → `128MiB` (4 significant digits, binary units). */
export function bytesSize(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${Number(v.toPrecision(4))}${units[i]}`;
}

function namedContexts(m: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of m) {
    const i = v.indexOf(':');
    if ((v.startsWith('service:') || v.startsWith('target:')) && i >= 0) out.set(k, 'target:' + v.slice(i + 1).replace(/\./g, '_'));
    else out.set(k, v);
  }
  return out;
}

function canonicalAttest(type: string, v: Y): string | undefined {
  const s = str(v);
  if (s === undefined || s === '') return undefined;
  const b = parseGoBool(s);
  if (b !== undefined) return `type=${type},disabled=${!b}`;
  return `type=${type},${s}`;
}

const BUILD_FIELDS = new Set([
  'context', 'dockerfile', 'dockerfile_inline', 'args', 'ssh', 'cache_from', 'cache_to', 'additional_contexts', 'entitlements',
  'extra_hosts', 'isolation', 'network', 'labels', 'no_cache', 'pull', 'shm_size', 'target', 'secrets', 'tags', 'ulimits',
  'platforms', 'privileged', 'sbom', 'provenance',
]);

/** Parses the compose files together (one project) into targets and a `default` group. */
export function parseCompose(files: ComposeFile[], env: Map<string, string>, yaml: YamlLibrary): Config {
  let merged: Y = {};
  for (const f of files) {
    const { doc, error } = loadComposeYaml(f, yaml);
    if (!doc) throw new BakeError(`failed to parse compose file: ${f.name}: ${error}`);
    merged = mergeYaml(merged, interpolateTree(doc, env, ''));
  }
  const project = merged as YMap;
  const config: Config = { targets: [], groups: [] };
  const services = isMap(project.services) ? project.services : {};
  const topSecrets = isMap(project.secrets) ? project.secrets : {};
  const serviceNames = Object.keys(services).sort();
  if (serviceNames.length === 0) return config;
  const group = { name: 'default', targets: [] as string[] };
  for (const svcName of serviceNames) {
    const svc = isMap(services[svcName]) ? (services[svcName] as YMap) : {};
    let build = svc.build;
    if (build === undefined || build === null) continue;
    if (typeof build === 'string') build = { context: build };
    if (!isMap(build)) throw new BakeError(`failed to parse compose file: services.${svcName}.build must be a string or a mapping`);
    for (const k of Object.keys(build)) {
      if (!BUILD_FIELDS.has(k) && !k.startsWith('x-')) {
        throw new BakeError(`failed to parse compose file: validating ${files[0]!.name}: services.${svcName}.build additional properties '${k}' not allowed`);
      }
    }
    const name = svcName.replace(/\./g, '_');
    const bad = validateTargetName(name);
    if (bad) throw new BakeError(`invalid service name "${name}": ${bad}`);

    const t: Target = { name };
    const context = str(build.context);
    if (context) t.context = context;
    const dockerfile = str(build.dockerfile);
    if (dockerfile) t.dockerfile = dockerfile;
    const inline = str(build.dockerfile_inline);
    if (inline) t.dockerfileInline = inline;
    if (build.additional_contexts !== undefined) {
      const m = mappingWithEquals(build.additional_contexts);
      t.contexts = namedContexts(new Map([...m].map(([k, v]) => [k, v ?? ''])));
    }
    if (build.shm_size !== undefined && build.shm_size !== null) {
      const bytes = typeof build.shm_size === 'number' ? build.shm_size : ramInBytes(String(build.shm_size));
      if (bytes > 0) t.shmSize = bytesSize(bytes);
    }
    const network = str(build.network);
    if (network) t.network = network;
    if (isMap(build.ulimits)) {
      t.ulimits = Object.keys(build.ulimits)
        .sort()
        .map((n) => {
          const u = (build as YMap).ulimits as YMap;
          const v = u[n];
          const soft = isMap(v) ? Number(v.soft) : Number(v);
          const hard = isMap(v) ? Number(v.hard) : Number(v);
          return `${n}=${soft}:${hard}`;
        });
    }
    if (build.extra_hosts !== undefined && build.extra_hosts !== null) {
      const hosts = new Map<string, string | null>();
      if (Array.isArray(build.extra_hosts)) {
        for (const h of build.extra_hosts) {
          const s = String(h);
          const i = s.search(/[=:]/);
          if (i < 0) continue;
          const prev = hosts.get(s.slice(0, i));
          hosts.set(s.slice(0, i), prev ? `${prev},${s.slice(i + 1)}` : s.slice(i + 1));
        }
      } else if (isMap(build.extra_hosts)) {
        for (const [k, v] of Object.entries(build.extra_hosts)) hosts.set(k, Array.isArray(v) ? v.join(',') : String(v));
      }
      t.extraHosts = hosts;
    }
    if (build.ssh !== undefined && build.ssh !== null) {
      const ssh: SshEntry[] = [];
      const entries = Array.isArray(build.ssh) ? build.ssh.map(String) : isMap(build.ssh) ? Object.entries(build.ssh).map(([k, v]) => (v ? `${k}=${v}` : k)) : [];
      for (const e of entries) {
        const s = parseSshText(e);
        ssh.push(s.paths ? { id: s.id, paths: [s.paths.join(',')] } : { id: s.id });
      }
      t.ssh = ssh.sort(compareSsh);
    }
    if (Array.isArray(build.secrets)) {
      const secrets: SecretEntry[] = [];
      for (const s of build.secrets) {
        const source = isMap(s) ? str(s.source) : str(s);
        const top = source !== undefined && isMap(topSecrets[source]) ? (topSecrets[source] as YMap) : {};
        if (top.external) throw new BakeError(`unsupported external secret ${str(top.name) ?? source}`);
        const entry: SecretEntry = {};
        if (source) entry.id = source;
        if (str(top.file)) entry.src = str(top.file);
        if (str(top.environment)) entry.env = str(top.environment);
        secrets.push(entry);
      }
      t.secret = secrets;
    }
    if (build.labels !== undefined) {
      const labels = mappingWithEquals(build.labels);
      t.labels = new Map([...labels].map(([k, v]) => [k, v ?? '']));
    }
    const cacheFrom = strList(build.cache_from);
    if (cacheFrom) t.cacheFrom = cacheFrom.filter((s) => s !== '').flatMap(parseCacheTexts);
    const cacheTo = strList(build.cache_to);
    if (cacheTo) t.cacheTo = cacheTo.filter((s) => s !== '').flatMap(parseCacheTexts);
    const attests = [canonicalAttest('sbom', build.sbom), canonicalAttest('provenance', build.provenance)].filter((x): x is string => !!x);
    if (attests.length) t.attest = attests.map(parseAttestText);
    if (build.no_cache === true) t.noCache = true;
    if (build.pull === true) t.pull = true;
    const tags = strList(build.tags);
    if (tags) t.tags = tags;
    const platforms = strList(build.platforms);
    if (platforms) t.platforms = platforms;

    // Args without a value come from the service environment, then the process env / .env.
    if (build.args !== undefined && build.args !== null) {
      const svcEnv = mappingWithEquals(svc.environment);
      const args = new Map<string, string | null>();
      for (const [k, v] of mappingWithEquals(build.args)) {
        if (v !== null) args.set(k, v);
        else if (svcEnv.get(k) != null) args.set(k, svcEnv.get(k)!);
        else if (env.has(k)) args.set(k, env.get(k)!);
      }
      if (args.size > 0) t.args = args;
    }

    applyXBake(t, build['x-bake']);
    const target = str(build.target);
    if (target) t.target = target;
    const image = str(svc.image);
    if ((!t.tags || t.tags.length === 0) && image) t.tags = [image];
    config.targets.push(t);
    group.targets.push(name);
  }
  config.groups.push(group);
  return config;
}

function applyXBake(t: Target, ext: Y): void {
  if (!isMap(ext)) return;
  const tags = xbakeList(ext.tags);
  if (tags.length) t.tags = dedupeStrings([...(t.tags ?? []), ...tags]);
  const cacheFrom = xbakeList(ext['cache-from']);
  if (cacheFrom.length) t.cacheFrom = mergeEntries(t.cacheFrom, cacheFrom.flatMap(parseCacheTexts), normalizeCaches);
  const cacheTo = xbakeList(ext['cache-to']);
  if (cacheTo.length) t.cacheTo = mergeEntries(t.cacheTo, cacheTo.flatMap(parseCacheTexts), normalizeCaches);
  const secrets = xbakeList(ext.secret);
  if (secrets.length) t.secret = mergeEntries(t.secret, secrets.map(parseSecretText), normalizeSecrets);
  const ssh = xbakeList(ext.ssh);
  if (ssh.length) t.ssh = mergeEntries(t.ssh, ssh.map(parseSshText), normalizeSsh)!.sort(compareSsh);
  const platforms = xbakeList(ext.platforms);
  if (platforms.length) t.platforms = dedupeStrings([...(t.platforms ?? []), ...platforms]);
  const outputs = xbakeList(ext.output);
  if (outputs.length) t.output = mergeEntries(t.output, outputs.map(parseExportText), normalizeExports);
  if (typeof ext.pull === 'boolean') t.pull = ext.pull;
  if (typeof ext['no-cache'] === 'boolean') t.noCache = ext['no-cache'];
  const ncf = xbakeList(ext['no-cache-filter']);
  if (ncf.length) t.noCacheFilter = dedupeStrings([...(t.noCacheFilter ?? []), ...ncf]);
  if (isMap(ext.contexts)) {
    const extra = namedContexts(new Map(Object.entries(ext.contexts).map(([k, v]) => [k, String(v)])));
    const out = new Map(t.contexts ?? []);
    for (const [k, v] of extra) if (!out.has(k)) out.set(k, v);
    t.contexts = out;
  }
}
