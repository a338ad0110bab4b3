/**
 * Merging the files of a project (compose-go override/merge.go) and removing redefinitions (override/uncity.go):
 * a later file's value overrides or extends an earlier one's by compose's rules for each attribute, and in the lists
 * where entries have keys a later entry replaces an earlier one with the same key.
 */
import { BakeError } from '../errors.js';
import { type Path, type Y, type YMap, goSprint, goType, isMap, matches, pathString } from './yaml.js';

type Merger = (a: Y, b: Y, p: Path) => Y;

/** convertIntoSequence: a mapping becomes sorted `k=v` entries (a null value just `k`). */
function intoSequence(v: Y): Y[] {
  if (isMap(v)) {
    const seq: string[] = [];
    for (const [k, x] of Object.entries(v)) {
      if (x === null || x === undefined) seq.push(k);
      else if (Array.isArray(x)) for (const y of x) seq.push(`${k}=${goSprint(y)}`);
      else seq.push(`${k}=${goSprint(x)}`);
    }
    return seq.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [v];
  return [];
}

function intoMapping(v: Y, def?: YMap): YMap {
  if (isMap(v)) return v;
  const out: YMap = {};
  if (Array.isArray(v)) for (const s of v) out[String(s)] = def ? { ...def } : null;
  return out;
}

const toSequence: Merger = (a, b) => [...intoSequence(a), ...intoSequence(b)];
const overrideWith: Merger = (_a, b) => b;
const mergeAsMappings =
  (def?: YMap): Merger =>
  (a, b, p) =>
    mergeMappings(intoMapping(a, def), intoMapping(b, def), p);

const MERGE_SPECIALS: [string, Merger][] = [
  ['networks.*.labels', toSequence],
  ['volumes.*.labels', toSequence],
  ['services.*.annotations', toSequence],
  [
    'services.*.build',
    (a, b, p) => {
      const toBuild = (v: Y): YMap => (typeof v === 'string' ? { context: v } : isMap(v) ? v : {});
      return mergeMappings(toBuild(a), toBuild(b), p);
    },
  ],
  ['services.*.build.args', toSequence],
  ['services.*.build.additional_contexts', toSequence],
  [
    'services.*.build.extra_hosts',
    (a, b) => {
      const right = intoSequence(a);
      return [...right, ...intoSequence(b).filter((x) => !right.includes(x))];
    },
  ],
  ['services.*.build.labels', toSequence],
  ['services.*.command', overrideWith],
  ['services.*.depends_on', mergeAsMappings({ condition: 'service_started', required: true })],
  ['services.*.deploy.labels', toSequence],
  ['services.*.dns', toSequence],
  ['services.*.dns_opt', toSequence],
  ['services.*.dns_search', toSequence],
  ['services.*.entrypoint', overrideWith],
  ['services.*.env_file', toSequence],
  ['services.*.label_file', toSequence],
  ['services.*.environment', toSequence],
  [
    'services.*.extra_hosts',
    (a, b) => {
      const right = intoSequence(a);
      return [...right, ...intoSequence(b).filter((x) => !right.includes(x))];
    },
  ],
  ['services.*.healthcheck.test', overrideWith],
  ['services.*.labels', toSequence],
  ['services.*.volumes.*.volume.labels', toSequence],
  [
    'services.*.logging',
    (a, b, p) => {
      const x = isMap(a) ? a : {};
      const y = isMap(b) ? b : {};
      return !('driver' in y) || !('driver' in x) || x.driver === y.driver ? mergeMappings(x, y, p) : y;
    },
  ],
  ['services.*.models', mergeAsMappings()],
  ['services.*.networks', mergeAsMappings()],
  ['services.*.sysctls', toSequence],
  ['services.*.tmpfs', toSequence],
  ['services.*.ulimits.*', (_a, b, p) => (isMap(b) ? mergeMappings(b, b, p) : b)],
];

export function mergeYaml(a: Y, b: Y, p: Path): Y {
  for (const [pattern, merger] of MERGE_SPECIALS) if (matches(p, pattern)) return merger(a, b, p);
  if (b === null || b === undefined) return a;
  if (isMap(a)) {
    if (!isMap(b)) throw new BakeError(`cannot override ${pathString(p)}`);
    return mergeMappings(a, b, p);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) throw new BakeError(`cannot override ${pathString(p)}`);
    return [...(a as unknown[]), ...(b as unknown[])];
  }
  return b;
}

export function mergeMappings(a: YMap, b: YMap, p: Path): YMap {
  const out: YMap = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = Object.hasOwn(out, k) ? mergeYaml(out[k], v, [...p, k]) : v;
  return out;
}

type Indexer = (v: Y, p: Path) => string;

const keyValueIndexer: Indexer = (v, p) => {
  if (typeof v !== 'string') throw new BakeError(`${pathString(p)}: unexpected type ${goType(v)}`);
  const i = v.indexOf('=');
  return i < 0 ? v : v.slice(0, i);
};

const UNIQUE: [string, Indexer][] = [
  ['services.*.annotations', keyValueIndexer],
  ['services.*.build.args', keyValueIndexer],
  ['services.*.build.additional_contexts', keyValueIndexer],
  ['services.*.build.platform', keyValueIndexer],
  ['services.*.build.tags', keyValueIndexer],
  ['services.*.build.labels', keyValueIndexer],
  ['services.*.environment', keyValueIndexer],
  [
    'services.*.env_file',
    (v, p) => {
      if (typeof v === 'string') return v;
      if (isMap(v)) {
        if (!('path' in v)) throw new BakeError(`environment path attribute ${pathString(p)} is missing`);
        return String(v.path);
      }
      return '';
    },
  ],
];

/** EnforceUnicity: in these lists a later entry with the same key replaces the earlier one, in its place. */
export function enforceUnicity(v: Y, p: Path = []): Y {
  if (isMap(v)) {
    for (const [k, x] of Object.entries(v)) v[k] = enforceUnicity(x, [...p, k]);
    return v;
  }
  if (Array.isArray(v)) {
    const rule = UNIQUE.find(([pattern]) => matches(p, pattern));
    if (!rule) return v;
    const seq: Y[] = [];
    const keys = new Map<string, number>();
    v.forEach((entry, i) => {
      const key = rule[1](entry, [...p, `[${i}]`]);
      const j = keys.get(key);
      if (j !== undefined) seq[j] = entry;
      else {
        keys.set(key, seq.length);
        seq.push(entry);
      }
    });
    return seq;
  }
  return v;
}
