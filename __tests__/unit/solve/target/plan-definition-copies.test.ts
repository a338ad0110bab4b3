/**
 * A remote definition's directories in the Solve request (src/solve/target/plan.ts with definition-copy.ts), from the
 * bake file on: what buildx's loadInputs sends for a context with a State (the frontend's `context` and `dockerfile`
 * inputs) and for a named context with one (the input NAME, `context:NAME=input:NAME`), beside the directory's URL.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveBake } from '../../../../src/bake/index.js';
import { targetSpecs } from '../../../../src/solve/run/bake.js';
import { definitionCopy } from '../../../../src/solve/target/definition-copy.js';
import { planTarget, type SolvePlan } from '../../../../src/solve/target/plan.js';

const url = 'http://127.0.0.1:1234/owner/repo.git#main';
const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-copies-'));
fs.writeFileSync(path.join(cwd, 'local.Dockerfile'), 'FROM scratch\n');
fs.mkdirSync(path.join(cwd, 'mine'));
const plans: SolvePlan[] = [];
afterAll(() => {
  for (const p of plans) for (const d of p.tempDirs) fs.rmSync(d, { recursive: true, force: true });
  fs.rmSync(cwd, { recursive: true, force: true });
});

const HCL = `
group "default" { targets = ["sub", "named", "inline", "local-dockerfile"] }
target "sub" {
  context    = "sub/"
  dockerfile = "sub.Dockerfile"
}
target "named" {
  contexts = { docs = "./docs", here = ".", mine = "cwd://mine", img = "docker-image://alpine" }
}
target "inline" {
  context           = "sub"
  dockerfile-inline = "FROM scratch\\n"
}
target "local-dockerfile" {
  context    = "sub"
  dockerfile = "cwd://local.Dockerfile"
}
`;

function plan(name: string): SolvePlan {
  const def = resolveBake({ files: [], targets: ['default'], set: [], cwd, env: {}, remoteDefinition: url }, [
    { name: 'docker-bake.hcl', data: HCL },
  ]);
  const spec = targetSpecs(def, cwd).find((s) => s.name === name)!;
  const p = planTarget(spec, { cwd });
  plans.push(p);
  return p;
}

describe('a directory of the remote definition as the context', () => {
  it('is the frontend inputs `context` and `dockerfile` (the copy), its URL `input:context`; no `context` attribute', () => {
    const p = plan('sub');
    const copy = definitionCopy(url, 'sub');
    expect(p.frontendInputs).toEqual({ context: copy, dockerfile: copy });
    expect(p.frontendAttrs).toMatchObject({ 'input:context': `${url}:sub`, filename: 'sub.Dockerfile' });
    expect(p.frontendAttrs.context).toBeUndefined();
    expect(p.frontendAttrs.dockerfilekey).toBeUndefined();
    expect(p.localDirs).toEqual({});
  });

  it('an inline Dockerfile is read from its own directory (`dockerfilekey`); the inputs stay, as buildx sends them', () => {
    const p = plan('inline');
    expect(Object.keys(p.frontendInputs).sort()).toEqual(['context', 'dockerfile']);
    expect(p.frontendAttrs).toMatchObject({ dockerfilekey: 'dockerfile', filename: 'Dockerfile' });
    expect(fs.readFileSync(path.join(p.localDirs.dockerfile, 'Dockerfile'), 'utf8')).toBe('FROM scratch\n');
  });

  it('so is a `cwd://` Dockerfile, from the working directory', () => {
    const p = plan('local-dockerfile');
    expect(Object.keys(p.frontendInputs).sort()).toEqual(['context', 'dockerfile']);
    expect(p.frontendAttrs).toMatchObject({ dockerfilekey: 'dockerfile', filename: 'local.Dockerfile' });
    expect(p.localDirs).toEqual({ dockerfile: cwd });
  });
});

describe('a directory of the remote definition as a named context', () => {
  it('is the frontend input NAME (the copy), its URL `input:git_state_NAME`; `.`, `cwd://` and images as before', () => {
    const p = plan('named');
    expect(p.frontendInputs).toEqual({ docs: definitionCopy(url, './docs', 'docs') });
    expect(p.frontendAttrs).toMatchObject({
      context: url,
      'context:docs': 'input:docs',
      'input:git_state_docs': `${url}:docs`,
      'context:here': url,
      'context:mine': 'local:mine',
      'context:img': 'docker-image://alpine',
      'frontend.caps': 'moby.buildkit.frontend.contexts+forward',
    });
    expect(p.localDirs).toEqual({ mine: path.join(cwd, 'mine') });
  });
});
