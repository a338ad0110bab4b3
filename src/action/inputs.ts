/** Workflow inputs parsed once into a typed object. List inputs accept newline or comma separated values. */
import * as core from '@actions/core';

export interface ActionInputs {
  builder?: string;
  /** local path, or a git URL built as a BuildKit git context */
  source?: string;
  files: string[];
  workdir: string;
  targets: string[];
  set: string[];
  push: boolean;
  load: boolean;
  noCache: boolean;
  pull: boolean;
  secrets: Array<{ id: string; value: string }>;
  secretEnvs: Array<{ id: string; env: string }>;
  secretFiles: Array<{ id: string; path: string }>;
  githubToken?: string;
  /** provenance attestation attributes added to targets that have none (e.g. `mode=max`); empty: none */
  provenance?: string;
  sbom?: string;
  summary: boolean;
}

/** Like docker/actions-toolkit getInputList: newline separated, and comma separated within a line unless told not to. */
export function parseList(raw: string, { commas = true } = {}): string[] {
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const parts = commas ? line.split(',') : [line];
    for (const p of parts) {
      const v = p.trim();
      if (v) out.push(v);
    }
  }
  return out;
}

function pairs(raw: string, what: string): Array<[string, string]> {
  return parseList(raw, { commas: false }).map((line) => {
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`input ${what}: "${line.replace(/=.*/, '=…')}" is not id=value`);
    return [line.slice(0, eq).trim(), line.slice(eq + 1)];
  });
}

export function readInputs(get: (name: string) => string = (n) => core.getInput(n)): ActionInputs {
  const bool = (name: string) => {
    const v = get(name).trim().toLowerCase();
    if (v === '' || v === 'false') return false;
    if (v === 'true') return true;
    throw new Error(`input ${name}: expected true or false, got "${v}"`);
  };
  const secrets = pairs(get('secrets'), 'secrets').map(([id, value]) => ({ id, value }));
  for (const s of secrets) core.setSecret(s.value);
  const githubToken = get('github-token') || undefined;
  if (githubToken) core.setSecret(githubToken);
  return {
    builder: get('builder') || undefined,
    source: get('source') || undefined,
    files: parseList(get('files')),
    workdir: get('workdir') || '.',
    targets: parseList(get('targets')),
    set: parseList(get('set'), { commas: false }),
    push: bool('push'),
    load: bool('load'),
    noCache: bool('no-cache'),
    pull: bool('pull'),
    secrets,
    secretEnvs: pairs(get('secret-envs'), 'secret-envs').map(([id, env]) => ({ id, env })),
    secretFiles: pairs(get('secret-files'), 'secret-files').map(([id, path]) => ({ id, path })),
    githubToken,
    provenance: attestInput(get('provenance')),
    sbom: attestInput(get('sbom')),
    summary: get('summary').trim().toLowerCase() !== 'false',
  };
}

/** `true`/`mode=max,...` → attributes; `false`/empty → none (docker/build-push-action's provenance input forms). */
function attestInput(raw: string): string | undefined {
  const v = raw.trim();
  if (!v || v === 'false') return undefined;
  if (v === 'true') return 'mode=min';
  return v;
}
