/**
 * Canonical forms (compose-go transform/*.go), only where bake reads the result or an error can arise: short
 * syntaxes become their long form (`build: ./dir` becomes `build: {context: ./dir}`, a list of `k=v` a mapping, …),
 * and the defaults compose-go sets (transform/defaults.go).
 */
import { BakeError } from '../errors.js';
import { type Path, type Y, type YMap, goSprint, goType, isMap, matches, pathString } from './yaml.js';

export function canonicalError(p: Path, what: string, v: Y): BakeError {
  return new BakeError(`${pathString(p)}: invalid type ${goType(v)} for ${what}`);
}

type Transformer = (v: Y, p: Path) => Y;

const TRANSFORMERS: [string, Transformer][] = [
  ['services.*', (v, p) => (isMap(v) ? canonicalChildren(v, p) : v)],
  [
    'services.*.build',
    (v, p) => {
      if (typeof v === 'string') return { context: v };
      if (isMap(v)) return canonicalChildren(v, p);
      throw canonicalError(p, 'build', v);
    },
  ],
  [
    'services.*.build.secrets.*',
    (v, p) => {
      if (isMap(v)) return v;
      if (typeof v === 'string') return { source: v };
      throw new BakeError(`${pathString(p)}: unsupported type ${goType(v)}`);
    },
  ],
  ['services.*.build.provenance', (v) => (typeof v === 'string' ? v : goSprint(v))],
  ['services.*.build.sbom', (v) => (typeof v === 'string' ? v : goSprint(v))],
  [
    'services.*.build.additional_contexts',
    (v, p) => {
      if (isMap(v)) return v;
      if (Array.isArray(v)) {
        const out: YMap = {};
        for (const e of v) {
          const s = String(e);
          const i = s.indexOf('=');
          if (i < 0) throw new BakeError(`${pathString(p)}: invalid value ${s}, expected key=value`);
          out[s.slice(0, i)] = s.slice(i + 1);
        }
        return out;
      }
      throw new BakeError(`${pathString(p)}: invalid type ${goType(v)}`);
    },
  ],
  [
    'services.*.env_file',
    (v, p) => {
      const one = (e: Y): Y =>
        typeof e === 'string' ? { path: e, required: true } : isMap(e) ? { required: true, ...e } : null;
      if (typeof v === 'string') return [one(v)];
      if (Array.isArray(v)) return v.map(one);
      throw canonicalError(p, 'env_file', v);
    },
  ],
  [
    'services.*.build.ssh',
    (v, p) => {
      if (isMap(v)) return v;
      if (Array.isArray(v)) {
        const out: YMap = {};
        for (const e of v) {
          if (typeof e !== 'string') throw new BakeError(`invalid ssh key type ${goType(e)}`);
          const i = e.indexOf('=');
          if (i < 0) {
            if (e !== 'default') throw new BakeError(`invalid ssh key ${JSON.stringify(e)}`);
            out[e] = null;
          } else out[e.slice(0, i)] = e.slice(i + 1);
        }
        return out;
      }
      throw canonicalError(p, 'ssh', v);
    },
  ],
  [
    'services.*.build.ulimits.*',
    (v, p) => {
      if (isMap(v) || (typeof v === 'number' && Number.isInteger(v))) return v;
      throw canonicalError(p, 'external', v);
    },
  ],
  [
    'secrets.*',
    (v, p) => {
      if (v === null || v === undefined) return null;
      if (!isMap(v)) return v;
      const r = canonicalChildren(v, p);
      if (isMap(r.external)) {
        const extName = r.external.name;
        r.external = true;
        if (extName !== undefined) {
          if ('name' in r && extName !== r.name)
            throw new BakeError(`${pathString(p)}: name and external.name conflict; only use name`);
          if (!('name' in r)) r.name = extName;
        }
      }
      return r;
    },
  ],
];

function canonicalChildren(v: YMap, p: Path): YMap {
  for (const [k, x] of Object.entries(v)) v[k] = canonical(x, [...p, k]);
  return v;
}

export function canonical(v: Y, p: Path = []): Y {
  for (const [pattern, t] of TRANSFORMERS) if (matches(p, pattern)) return t(v, p);
  if (isMap(v)) return canonicalChildren(v, p);
  if (Array.isArray(v)) return v.map((x) => canonical(x, [...p, '[]']));
  return v;
}

/** transform/defaults.go: a `build` without `context` builds `.`. */
export function setDefaultValues(model: YMap): void {
  const services = isMap(model.services) ? model.services : {};
  for (const svc of Object.values(services)) {
    if (isMap(svc) && isMap(svc.build) && !('context' in svc.build)) svc.build.context = '.';
  }
}
