import { BakeError } from './errors.js';
import { toJSLocated } from './yaml-alias.js';
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
import { validateTargetName } from './config-blocks.js';
import { type Target, dedupeStrings, mergeTarget } from './target.js';
import { loadComposeProject } from './compose/load.js';
import {
  type ComposeFile,
  type Y,
  type YMap,
  type YamlLibrary,
  goSprint,
  isMap,
  mappingWithEquals,
} from './compose/yaml.js';
import { bytesSize, ramInBytes } from './units.js';

export { composeEnvironment } from './compose/env.js';
export type { ComposeFile, YamlLibrary } from './compose/yaml.js';

/**
 * Compose files as bake definitions (buildx bake/compose.go): every service with a `build` section becomes a
 * target, all of them in a `default` group. compose/load.ts loads the project as compose-go does for buildx
 * (interpolation, `include`, merge rules, relative paths, `env_file`, consistency checks); this file maps the
 * loaded services to targets, with the `x-bake` extension.
 */

/** Loads YAML; says why when the text is not a compose document (the sniff for files of other extensions). */
export function loadComposeYaml(file: ComposeFile, yaml: YamlLibrary): { doc?: YMap; error?: string } {
  let parsed: unknown;
  try {
    const doc = yaml.parseDocument(file.data, { uniqueKeys: false, merge: true });
    if (doc.errors.length > 0) return { error: doc.errors[0].message };
    parsed = toJSLocated(doc, file, 1000);
  } catch (e) {
    if (e instanceof BakeError) throw e; // an alias bomb, at its line:column (yaml-alias.ts)
    return { error: (e as Error).message };
  }
  if (!isMap(parsed)) return { error: 'Top-level object must be a mapping' };
  // A file that only includes others is a compose file too (its services come from the included files).
  if (!('services' in parsed) && !('secrets' in parsed) && !('include' in parsed))
    return { error: 'empty compose file' };
  return { doc: parsed };
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
  return String(v)
    .split(/\s+/)
    .filter((s) => s !== '');
}

/** compose-go decodes a UnitBytes with go-units RAMInBytes; a bad one fails the decoding, naming the field. */
function composeSize(field: string, value: string): number {
  try {
    return ramInBytes(value);
  } catch (e) {
    throw new BakeError(`decoding failed: '${field}' ${(e as Error).message}`);
  }
}

function namedContexts(m: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of m) {
    const i = v.indexOf(':');
    if ((v.startsWith('service:') || v.startsWith('target:')) && i >= 0)
      out.set(k, 'target:' + v.slice(i + 1).replace(/\./g, '_'));
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
  'context',
  'dockerfile',
  'dockerfile_inline',
  'args',
  'ssh',
  'cache_from',
  'cache_to',
  'additional_contexts',
  'entitlements',
  'extra_hosts',
  'isolation',
  'network',
  'labels',
  'no_cache',
  'pull',
  'shm_size',
  'target',
  'secrets',
  'tags',
  'ulimits',
  'platforms',
  'privileged',
  'sbom',
  'provenance',
]);

/** Parses the compose files together (one project) into targets and a `default` group. */
export interface ComposeOptions {
  /** The working directory (buildx: the process's): `env_file`, `include` and secret files are read from it. */
  cwd?: string;
  /** HOME, for `~` in paths. */
  home?: string;
}

export function parseCompose(
  files: ComposeFile[],
  env: Map<string, string>,
  yaml: YamlLibrary,
  opts: ComposeOptions = {},
): Config {
  // buildx first loads each file alone, without the consistency checks (validateComposeFile: its errors are
  // reported as they are), then all of them as one project (ParseComposeFiles: "failed to parse compose file: …").
  for (const f of files) loadComposeProject([f], env, { cwd: opts.cwd ?? process.cwd(), home: opts.home, yaml }, false);
  try {
    return composeToConfig(files, env, yaml, opts);
  } catch (e) {
    if (e instanceof BakeError && !e.message.startsWith('failed to parse compose file'))
      throw new BakeError(`failed to parse compose file: ${e.message}`);
    throw e;
  }
}

function composeToConfig(
  files: ComposeFile[],
  env: Map<string, string>,
  yaml: YamlLibrary,
  opts: ComposeOptions,
): Config {
  const project = loadComposeProject(files, env, { cwd: opts.cwd ?? process.cwd(), home: opts.home, yaml });
  const config: Config = { targets: [], groups: [] };
  if (project.services.length === 0) return config;
  const group = { name: 'default', targets: [] as string[] };
  for (const svcModel of project.services) {
    const svcName = svcModel.name;
    const build = svcModel.build;
    if (build === undefined) continue;
    for (const k of Object.keys(build)) {
      if (!BUILD_FIELDS.has(k) && !k.startsWith('x-')) {
        throw new BakeError(
          `validating ${files[0].name}: services.${svcName}.build additional properties '${k}' not allowed`,
        );
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
      const bytes =
        typeof build.shm_size === 'number'
          ? build.shm_size
          : composeSize(`services[${svcName}].build.shm_size`, String(build.shm_size));
      if (bytes > 0) t.shmSize = bytesSize(bytes);
    }
    const network = str(build.network);
    if (network) t.network = network;
    if (isMap(build.ulimits)) {
      t.ulimits = Object.keys(build.ulimits)
        .sort()
        .map((n) => {
          const u = build.ulimits as YMap;
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
        for (const [k, v] of Object.entries(build.extra_hosts))
          hosts.set(k, Array.isArray(v) ? v.join(',') : String(v));
      }
      t.extraHosts = hosts;
    }
    if (isMap(build.ssh)) {
      // Canonical form: {ID: path | null} (compose-go transform/ssh.go); one path per ID.
      t.ssh = Object.entries(build.ssh)
        .map(([id, p]): SshEntry =>
          p === null || p === undefined || goSprint(p) === '' ? { id } : { id, paths: [goSprint(p)] },
        )
        .sort(compareSsh);
    }
    if (Array.isArray(build.secrets)) {
      const secrets: SecretEntry[] = [];
      for (const s of build.secrets) {
        const source = isMap(s) ? str(s.source) : str(s);
        const top = source !== undefined && isMap(project.secrets[source]) ? project.secrets[source] : {};
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
    const attests = [canonicalAttest('sbom', build.sbom), canonicalAttest('provenance', build.provenance)].filter(
      (x): x is string => !!x,
    );
    if (attests.length) t.attest = attests.map(parseAttestText);
    if (build.no_cache === true) t.noCache = true;
    if (build.pull === true) t.pull = true;
    const tags = strList(build.tags);
    if (tags) t.tags = tags;
    const platforms = strList(build.platforms);
    if (platforms) t.platforms = platforms;

    // Args without a value come from the service's resolved environment (`environment` over `env_file`), then the
    // project environment (process env, `.env`, `--var`, COMPOSE_PROJECT_NAME); still unset ones are dropped.
    if (build.args !== undefined && build.args !== null) {
      const args = new Map<string, string | null>();
      for (const [k, v] of mappingWithEquals(build.args)) {
        if (v !== null) args.set(k, v);
        else if (svcModel.environment.get(k) != null) args.set(k, svcModel.environment.get(k)!);
        else if (project.environment.has(k)) args.set(k, project.environment.get(k)!);
      }
      if (args.size > 0) t.args = args;
    }

    applyXBake(t, build['x-bake']);
    const target = str(build.target);
    if (target) t.target = target;
    const image = svcModel.image;
    if ((!t.tags || t.tags.length === 0) && image) t.tags = [image];
    // `web.app` and `web_app` are one target (buildx dedupeConfig merges same-named targets in order).
    const prev = config.targets.find((x) => x.name === name);
    if (prev) mergeTarget(prev, t);
    else config.targets.push(t);
    if (!group.targets.includes(name)) group.targets.push(name);
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
