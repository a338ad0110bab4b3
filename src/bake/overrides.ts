import { BakeError } from './errors.js';
import {
  type ExportEntry,
  mergeEntries,
  normalizeAttests,
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
  parsePolicyText,
  type PolicyConfig,
  setResourceField,
} from './entries.js';
import { globMatch } from './glob.js';
import { POLICY_FLAG_MARK } from './policy-flag.js';
import type { Target } from './target.js';

/** One `--set` key on one target. List keys accumulate every value given for that key. */
export interface Override {
  value: string;
  values: string[];
  append: boolean;
}

/** target name -> override key (`tags`, `args.X`, ...) -> override, in first-appearance order. */
export type Overrides = Map<string, Map<string, Override>>;

const LIST_KEYS = new Set([
  'output',
  'cache-to',
  'cache-from',
  'tags',
  'platform',
  'secrets',
  'ssh',
  'attest',
  'entitlements',
  'annotations',
  'no-cache-filter',
  'ulimits',
  'policy',
]);

/**
 * `--set` keys whose value buildx drops (bake/bake.go, 0.29 to master of 2026-08): newOverrides keeps `no-cache-filter`
 * and `ulimits` as a single value, which overrideTarget never reads (it takes the list, empty), and keeps `network` as a
 * list, leaving the single value it reads empty. bakekit applies what the flag says, as buildx's `--set` reference
 * documents for `no-cache-filter` (also with `+=`), and says so: a different build from buildx's is never silent.
 */
const BUILDX_DROPS: Record<string, string> = {
  'no-cache-filter': 'ignores the value and clears no-cache-filter',
  ulimits: 'ignores the value and clears ulimits',
  network: 'ignores the value and builds on the default network',
};

/** Expands a `--set` pattern against target names (exact name first, then glob). */
function expandTargets(pattern: string, targetNames: string[]): string[] {
  if (targetNames.includes(pattern)) return [pattern];
  const names = targetNames.filter((n) => globMatch(pattern, n));
  if (names.length === 0) throw new BakeError(`could not find any target matching '${pattern}'`);
  return names;
}

/**
 * Parses `--set` values (buildx newOverrides). Different keys of one target are applied in the
 * order they first appear on the command line (buildx uses Go map order, which varies).
 */
export function parseOverrides(
  set: string[],
  targetNames: string[],
  env: (name: string) => string | undefined,
  envLookupAllowed: boolean,
  onWarning?: (warning: BakeError) => void,
): Overrides {
  const m: Overrides = new Map();
  for (const v of set) {
    const eq = v.indexOf('=');
    const left = eq < 0 ? v : v.slice(0, eq);
    const hasValue = eq >= 0;
    const rhs = hasValue ? v.slice(eq + 1) : '';
    const append = left.endsWith('+');
    const skey = append ? left.slice(0, -1) : left;
    const parts = skey.split('.');
    const keys = parts.length > 3 ? [parts[0], parts[1], parts.slice(2).join('.')] : parts;
    if (keys.length < 2) throw new BakeError(`invalid override key ${skey}, expected target.name`);
    const pattern = keys[0];
    if (!hasValue && keys[1] !== 'args') throw new BakeError(`invalid override ${v}, expected target.name=value`);
    const names = expandTargets(pattern, targetNames);
    const unlikeBuildx = BUILDX_DROPS[keys[1]];
    // an empty value clears the attribute in both
    if (unlikeBuildx && rhs !== '' && onWarning)
      onWarning(
        new BakeError(
          `--set ${v}: applied as written; docker buildx bake (0.29 to 0.36) ${unlikeBuildx}, so its build would differ`,
        ),
      );
    const okey = keys.slice(1).join('.');
    for (const name of names) {
      let t = m.get(name);
      if (!t) m.set(name, (t = new Map<string, Override>()));
      const o: Override = t.get(okey) ?? { value: '', values: [], append: false };
      const k = keys[1];
      if (LIST_KEYS.has(k)) {
        if (hasValue) {
          o.append = append;
          o.values.push(rhs);
        }
      } else if (k === 'resources' || k === 'secret') {
        if (keys.length !== 3) throw new BakeError(`invalid key ${left}, ${k} requires name`);
        if (append) throw new BakeError(`invalid key ${left}, ${k} does not support append`);
        o.value = rhs;
      } else if (k === 'args' || k === 'contexts' || k === 'labels' || k === 'extra-hosts') {
        if (keys.length !== 3) throw new BakeError(`invalid key ${left}, ${k} requires name`);
        if (k === 'args' && !hasValue) {
          if (envLookupAllowed) {
            const ev = env(keys[2]);
            if (ev === undefined) continue;
            o.value = ev;
          }
        } else o.value = rhs;
      } else {
        o.value = rhs;
      }
      t.set(okey, o);
    }
  }
  return m;
}

function parseBoolKey(value: string, key: string): boolean {
  const b = parseGoBool(value);
  if (b === undefined) throw new BakeError(`invalid value ${value} for boolean key ${key}`);
  return b;
}

/** An entry parser's error as buildx returns it (no prefix). */
function plain<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof BakeError) throw e;
    throw new BakeError((e as Error).message);
  }
}

/**
 * buildx bakePolicyOverrides (commands/bake.go) on the `--policy` values: each must parse; `filename` and `reset`
 * belong in the bake file; `disabled=true` must come alone. True when they disable every target's policy.
 */
function policyFlagsDisable(values: string[]): boolean {
  const configs = values.map((v) => plain(() => parsePolicyText(v)));
  for (const cfg of configs) {
    if (cfg.Files?.length)
      throw new BakeError('--policy does not accept filename; define policy files in the bake definition');
    if (cfg.Reset)
      throw new BakeError('--policy does not accept reset; define policy composition in the bake definition');
    if (cfg.Disabled) {
      if (cfg.Strict !== null || cfg.LogLevel !== null || configs.length > 1)
        throw new BakeError('disabled policy cannot be combined with other policy flags');
      return true;
    }
  }
  return false;
}

function wrap<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof BakeError) throw e;
    throw new BakeError(`${what}: ${(e as Error).message}`);
  }
}

/** `--push`/`*.push=`: image outputs get push=true, or an image output is added. */
function setPush(outputs: ExportEntry[] | undefined, push: boolean): ExportEntry[] | undefined {
  const out = outputs ? [...outputs] : [];
  if (!push) {
    // buildx removes registry outputs by swapping with the last element.
    for (let i = 0; i < out.length;) {
      if (out[i].type === 'registry') {
        out[i] = out[out.length - 1]!;
        out.pop();
        continue;
      }
      if (out[i].type === 'image') out[i] = { ...out[i], push: 'false' };
      i++;
    }
    return outputs === undefined && out.length === 0 ? undefined : out;
  }
  let addImage = true;
  for (let i = 0; i < out.length; i++) {
    if (out[i].type !== 'docker') addImage = false;
    if (out[i].type === 'image') out[i] = { ...out[i], push: 'true' };
  }
  if (addImage) out.push({ type: 'image', push: 'true' });
  return out;
}

/** `--load`/`*.load=`: add a docker output unless one without dest exists or a local-ish output is set. */
function setLoad(outputs: ExportEntry[] | undefined, load: boolean): ExportEntry[] | undefined {
  if (!load) return outputs;
  for (const o of outputs ?? []) {
    if (o.type === 'docker') {
      if (!o.dest) return outputs;
    } else if (!['image', 'registry', 'oci'].includes(o.type)) {
      return outputs;
    }
  }
  return [...(outputs ?? []), { type: 'docker' }];
}

/** Applies one target's overrides (buildx Target.AddOverrides). */
export function applyOverrides(t: Target, overrides: Map<string, Override> | undefined): void {
  if (!overrides) return;
  const secretOverrides: [string, Override][] = [];
  for (const [key, o] of overrides) {
    const dot = key.indexOf('.');
    const k0 = dot < 0 ? key : key.slice(0, dot);
    const k1 = dot < 0 ? undefined : key.slice(dot + 1);
    const value = o.value;
    switch (k0) {
      case 'context':
        t.context = value;
        break;
      case 'dockerfile':
        t.dockerfile = value;
        break;
      case 'args':
        if (k1 === undefined) throw new BakeError('invalid format for args, expecting args.<name>=<value>');
        (t.args ??= new Map()).set(k1, value);
        break;
      case 'contexts':
        if (k1 === undefined) throw new BakeError('invalid format for contexts, expecting contexts.<name>=<value>');
        (t.contexts ??= new Map()).set(k1, value);
        break;
      case 'labels':
        if (k1 === undefined) throw new BakeError('invalid format for labels, expecting labels.<name>=<value>');
        (t.labels ??= new Map()).set(k1, value);
        break;
      case 'extra-hosts':
        if (k1 === undefined)
          throw new BakeError('invalid format for extra-hosts, expecting extra-hosts.<hostname>=<ip>');
        (t.extraHosts ??= new Map()).set(k1, value);
        break;
      case 'tags':
        t.tags = o.append ? [...(t.tags ?? []), ...o.values] : [...o.values];
        break;
      case 'platform':
        t.platforms = o.append ? [...(t.platforms ?? []), ...o.values] : [...o.values];
        break;
      case 'cache-from': {
        const entries = wrap('invalid value for cache-from', () =>
          o.values.filter((v) => v !== '').flatMap(parseCacheTexts),
        );
        t.cacheFrom = o.append ? mergeEntries(t.cacheFrom, entries, normalizeCaches) : entries;
        break;
      }
      case 'cache-to': {
        const entries = wrap('invalid value for cache-to', () =>
          o.values.filter((v) => v !== '').flatMap(parseCacheTexts),
        );
        t.cacheTo = o.append ? mergeEntries(t.cacheTo, entries, normalizeCaches) : entries;
        break;
      }
      case 'output': {
        const entries = wrap('invalid value for outputs', () => o.values.filter((v) => v !== '').map(parseExportText));
        t.output = o.append ? mergeEntries(t.output, entries, normalizeExports) : entries;
        break;
      }
      case 'secrets': {
        const entries = wrap('invalid value for secrets', () => o.values.filter((v) => v !== '').map(parseSecretText));
        t.secret = o.append ? mergeEntries(t.secret, entries, normalizeSecrets) : entries;
        break;
      }
      case 'ssh': {
        const entries = wrap('invalid value for ssh', () => o.values.filter((v) => v !== '').map(parseSshText));
        t.ssh = o.append ? mergeEntries(t.ssh, entries, normalizeSsh) : entries;
        break;
      }
      case 'secret':
        if (!k1) throw new BakeError('invalid format for secret, expecting secret.<id>=<value>');
        secretOverrides.push([k1, o]);
        break;
      case 'target':
        t.target = value;
        break;
      case 'call':
        t.call = value;
        break;
      case 'entitlements':
        t.entitlements = [...(t.entitlements ?? []), ...o.values];
        break;
      case 'annotations':
        t.annotations = [...(t.annotations ?? []), ...o.values];
        break;
      case 'attest': {
        const entries = wrap('invalid value for attest', () => o.values.filter((v) => v !== '').map(parseAttestText));
        t.attest = mergeEntries(t.attest, entries, normalizeAttests);
        break;
      }
      case 'no-cache':
        t.noCache = parseBoolKey(value, 'no-cache');
        break;
      case 'pull':
        t.pull = parseBoolKey(value, 'pull');
        break;
      case 'push':
        t.output = setPush(t.output, parseBoolKey(value, 'push'));
        break;
      case 'load':
        t.output = setLoad(t.output, parseBoolKey(value, 'load'));
        break;
      // buildx drops these three values (BUILDX_DROPS, with a warning from parseOverrides): we apply them
      case 'network':
        t.network = value;
        break;
      case 'no-cache-filter':
        t.noCacheFilter = o.append ? [...(t.noCacheFilter ?? []), ...o.values] : [...o.values];
        break;
      case 'ulimits':
        t.ulimits = o.append ? [...(t.ulimits ?? []), ...o.values] : [...o.values];
        break;
      case 'shm-size':
        t.shmSize = value;
        break;
      case 'resources':
        if (!k1) throw new BakeError('invalid format for resources, expecting resources.<name>=<value>');
        t.resources = plain(() => setResourceField(t.resources, k1, value));
        break;
      case 'policy': {
        const fromFlag = (v: string) => v.startsWith(POLICY_FLAG_MARK);
        const flagValues = o.values.filter(fromFlag).map((v) => v.slice(POLICY_FLAG_MARK.length));
        const disable = flagValues.length > 0 && policyFlagsDisable(flagValues);
        // buildx parses the --set values even when --policy disabled=true replaces them afterwards
        const configs: PolicyConfig[] = o.values
          .filter((v) => !(disable && fromFlag(v)))
          .map((v) => plain(() => parsePolicyText(fromFlag(v) ? v.slice(POLICY_FLAG_MARK.length) : v)));
        if (!o.append) t.policy = undefined;
        if (t.policy !== undefined || configs.length) t.policy = [...(t.policy ?? []), ...configs];
        if (disable) t.policy = [{ Files: null, Reset: false, Disabled: true, Strict: null, LogLevel: null }];
        break;
      }
      default:
        throw new BakeError(`unknown key: ${k0}`);
    }
  }
  for (const [id, o] of secretOverrides) {
    const s = t.secret?.find((x) => (x.id ?? '') === id);
    if (!s) throw new BakeError(`secret ${JSON.stringify(id)} must be declared before it can be overridden`);
    const next = wrap('invalid value for secret', () => parseSecretText(o.value));
    if (next.id && next.id !== id)
      throw new BakeError(
        `secret override id ${JSON.stringify(next.id)} does not match declared secret ${JSON.stringify(id)}`,
      );
    const i = t.secret!.indexOf(s);
    const updated = { id: s.id, src: next.src, env: next.env };
    t.secret![i] = Object.fromEntries(Object.entries(updated).filter(([, v]) => v));
  }
}
