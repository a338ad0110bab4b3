/**
 * Bake target (the `--print` JSON shape) → TargetSpec. Paths become absolute the way buildx resolves them:
 * the context against the working directory, the Dockerfile against a local context, local named contexts
 * against the working directory.
 */
import * as path from 'node:path';
import type { AttrEntry, SecretEntry, TargetSpec } from './spec.js';
import { emptyTarget } from './spec.js';
import { parseAttrEntry } from './attrs.js';

type Loose = Record<string, unknown>;

const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/|github\.com\/)/;

function strings(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(String);
  if (typeof v === 'string') return [v];
  return [];
}
function map(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object') for (const [k, x] of Object.entries(v as Loose)) if (x !== null && x !== undefined) out[k] = String(x);
  return out;
}
function entries(v: unknown, defaultKey?: string): AttrEntry[] {
  if (!Array.isArray(v)) return [];
  return v.map((x) => {
    if (typeof x === 'string') return parseAttrEntry(x, defaultKey);
    const e = map(x) as AttrEntry;
    return e;
  });
}

export function fromBakeTarget(name: string, t: Loose, cwd: string): TargetSpec {
  const contextRaw = typeof t.context === 'string' ? t.context : '.';
  const remote = REMOTE.test(contextRaw);
  const context = remote ? contextRaw : path.resolve(cwd, contextRaw);
  const spec = emptyTarget(name, context);
  if (typeof t['dockerfile-inline'] === 'string') spec.dockerfileInline = t['dockerfile-inline'];
  else {
    const df = typeof t.dockerfile === 'string' ? t.dockerfile : 'Dockerfile';
    spec.dockerfile = remote && !path.isAbsolute(df) ? df : path.resolve(context, df);
  }
  if (typeof t.target === 'string') spec.target = t.target;
  spec.args = map(t.args);
  spec.labels = map(t.labels);
  spec.tags = strings(t.tags);
  spec.platforms = strings(t.platforms);
  for (const [k, v] of Object.entries(map(t.contexts))) {
    const local = !/^[a-z][a-z0-9+.-]*:/i.test(v) || /^[a-zA-Z]:[\\/]/.test(v);
    spec.contexts[k] = local ? path.resolve(cwd, v) : v;
  }
  spec.secrets = entries(t.secret, 'id').map((e): SecretEntry => ({ id: e.id ?? '', src: e.src ?? e.source, env: e.env }));
  spec.ssh = entries(t.ssh, 'id');
  spec.outputs = entries(t.output).map((e) => (e.dest && !path.isAbsolute(e.dest) ? { ...e, dest: path.resolve(cwd, e.dest) } : e));
  spec.cacheFrom = entries(t['cache-from']);
  spec.cacheTo = entries(t['cache-to']);
  spec.noCache = t['no-cache'] === true || t['no-cache'] === 'true';
  spec.noCacheFilter = strings(t['no-cache-filter']);
  spec.pull = t.pull === true || t.pull === 'true';
  if (typeof t.network === 'string') spec.network = t.network;
  if (t['shm-size'] !== undefined) spec.shmSize = String(t['shm-size']);
  spec.ulimits = strings(t.ulimits);
  spec.extraHosts = strings(t['extra-hosts']);
  spec.attest = entries(t.attest);
  spec.annotations = strings(t.annotations);
  spec.entitlements = strings(t.entitlements);
  for (const s of spec.secrets) if (s.src && !path.isAbsolute(s.src)) s.src = path.resolve(cwd, s.src);
  return spec;
}
