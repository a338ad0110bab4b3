/**
 * A remote context's `<Dockerfile>.rego` (solve/run/remote-policy.ts), on the standalone buildkitd: current buildx
 * (≥ 0.32, build/opt.go) applies the policy file beside the Dockerfile of a Git context, an HTTP archive context or a
 * remote definition's copied directory; bakekit evaluates no policy, so such a target is refused before anything
 * builds, with the file named, and built once the policy is turned off. A context without one builds as before. A Git
 * context over SSH is read with the target's SSH agent (the test sshd on loopback).
 * buildx 0.29 (the test host's) does not read remote policy files, so these expectations are not buildx's recording:
 * they are that the target is never built without the policy current buildx would apply.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBake } from '../../../src/solve/run/bake.js';
import { readRemoteBakeFiles } from '../../../src/solve/run/remote-definition.js';
import { BASE_IMAGE, STANDALONE, requireTestHost } from '../../support/daemons.js';
import { bareRepository, serveRepository, type ServedRepository } from '../../support/git.js';
import { TEST_SSHD, requireTestSshd, startSshAgent, type SshAgent } from '../../support/test-sshd.js';
import { makeProject, removeProjects } from '../../support/project.js';

const POLICY = 'package docker\n\ndefault allow := false\n\ndecision := {"allow": allow}\n';
let repo: ServedRepository;
let archive: { url: (name: string) => string; close: () => void };

beforeAll(async () => {
  requireTestHost();
  const dockerfile = (what: string) => `FROM ${BASE_IMAGE}\nRUN echo ${what}-${crypto.randomUUID()} > /built\n`;
  repo = await serveRepository({
    Dockerfile: dockerfile('root'),
    'Dockerfile.rego': POLICY,
    'clean/Dockerfile': dockerfile('clean'),
    'other/App.Dockerfile': dockerfile('app'),
    'other/App.Dockerfile.rego': POLICY,
    'docker-bake.hcl': [
      'target "root" {\n  output = ["type=local,dest=out/root"]\n}',
      'target "copied" {\n  context = "other"\n  dockerfile = "App.Dockerfile"\n  output = ["type=local,dest=out/copied"]\n}',
      'target "clean" {\n  context = "clean"\n  output = ["type=local,dest=out/clean"]\n}',
    ].join('\n'),
  });
  // HTTP archive contexts: a tarball with a policy beside its Dockerfile, and one without
  const tars = makeProject({
    'with/Dockerfile': dockerfile('tar'),
    'with/Dockerfile.rego': POLICY,
    'without/Dockerfile': dockerfile('tar-clean'),
  });
  for (const d of ['with', 'without'])
    execFileSync('tar', ['-czf', path.join(tars, `${d}.tar.gz`), '-C', path.join(tars, d), '.']);
  const server = http.createServer((req, res) => {
    const file = path.join(tars, path.basename(req.url ?? ''));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/gzip' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  archive = { url: (name) => `http://127.0.0.1:${port}/${name}`, close: () => server.close() };
});

afterAll(() => {
  repo?.close();
  archive?.close();
  removeProjects();
});

/** A local bake file whose one target `t` builds from `context` with `extra` attributes. */
function bake(context: string, extra = '') {
  const dir = makeProject({
    'docker-bake.hcl': `target "t" {\n  context = "${context}"\n  output = ["type=local,dest=out"]\n${extra}}\n`,
  });
  const run = runBake({ files: [], targets: ['t'], set: [], cwd: dir, env: process.env, builder: STANDALONE });
  return { dir, run };
}

const REFUSED =
  /^target "t": policy: policy evaluation is not supported: bakekit does not evaluate build policies \(Rego\)/;

describe('a Git context', () => {
  it('with a Dockerfile.rego: refused before anything builds, the file named', async () => {
    const { dir, run } = bake(`http://${repo.host}/owner/repo.git#main`);
    const err = (await run.then(
      () => undefined,
      (e: Error) => e,
    ))!;
    expect(err?.message).toMatch(REFUSED);
    expect(err.message).toContain(`from Dockerfile.rego in the remote context http://${repo.host}/owner/repo.git#main`);
    expect(err.message).toContain('policy = [{ disabled = true }] or --policy disabled=true');
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  }, 120_000);

  it('a subdirectory and a Dockerfile of another name: its own <name>.rego', async () => {
    const { run } = bake(`http://${repo.host}/owner/repo.git#main:other`, '  dockerfile = "App.Dockerfile"\n');
    await expect(run).rejects.toThrow(/from App\.Dockerfile\.rego in the remote context/);
  }, 120_000);

  it('built once the policy is turned off', async () => {
    const { dir, run } = bake(`http://${repo.host}/owner/repo.git#main`, '  policy = [{ disabled = true }]\n');
    const r = await run;
    expect(r.targets.map((t) => `${t.status} ${t.error?.message ?? ''}`)).toEqual(['done ']);
    expect(fs.readFileSync(path.join(dir, 'out/built'), 'utf8')).toMatch(/^root-/);
  }, 120_000);

  it('without one: built', async () => {
    const { dir, run } = bake(`http://${repo.host}/owner/repo.git#main:clean`);
    const r = await run;
    expect(r.targets.map((t) => `${t.status} ${t.error?.message ?? ''}`)).toEqual(['done ']);
    expect(fs.readFileSync(path.join(dir, 'out/built'), 'utf8')).toMatch(/^clean-/);
  }, 120_000);
});

describe('a Git context over SSH (the test sshd; the read gets the agent, as the build does)', () => {
  let agent: SshAgent | undefined;
  let base = '';
  beforeAll(async () => {
    requireTestSshd();
    const bare = bareRepository({
      'with/Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo ssh > /built\n`,
      'with/Dockerfile.rego': POLICY,
      'without/Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo ssh-clean-${crypto.randomUUID()} > /built\n`,
    });
    base = `ssh://${TEST_SSHD.user}@${TEST_SSHD.host}:${TEST_SSHD.port}${bare.path}#main`;
    agent = await startSshAgent(fs.readFileSync(TEST_SSHD.clientKey, 'utf8'));
  }, 60_000);
  afterAll(() => agent?.stop());

  const sshBake = (dir: string) => {
    const cwd = makeProject({
      'docker-bake.hcl': `target "t" {\n  context = "${base}:${dir}"\n  output = ["type=local,dest=out"]\n}\n`,
    });
    const env = { ...process.env, SSH_AUTH_SOCK: agent!.socket };
    return { cwd, run: runBake({ files: [], targets: ['t'], set: [], cwd, env, builder: STANDALONE, allow: ['ssh'] }) };
  };

  it('with a Dockerfile.rego: refused', async () => {
    await expect(sshBake('with').run).rejects.toThrow(REFUSED);
  }, 120_000);

  it('without one: built', async () => {
    const { cwd, run } = sshBake('without');
    const r = await run;
    expect(r.targets.map((t) => `${t.status} ${t.error?.message ?? ''}`)).toEqual(['done ']);
    expect(fs.readFileSync(path.join(cwd, 'out/built'), 'utf8')).toMatch(/^ssh-clean-/);
  }, 120_000);
});

describe('an HTTP archive context', () => {
  it('with a Dockerfile.rego: refused', async () => {
    const { run } = bake(archive.url('with.tar.gz'));
    await expect(run).rejects.toThrow(REFUSED);
  }, 120_000);

  it('without one: built', async () => {
    const { dir, run } = bake(archive.url('without.tar.gz'));
    const r = await run;
    expect(r.targets.map((t) => `${t.status} ${t.error?.message ?? ''}`)).toEqual(['done ']);
    expect(fs.readFileSync(path.join(dir, 'out/built'), 'utf8')).toMatch(/^tar-clean-/);
  }, 120_000);
});

describe('a remote definition', () => {
  const url = () => `http://${repo.host}/owner/repo.git#main`;
  const build = async (target: string) => {
    const cwd = makeProject({});
    const sourceFiles = await readRemoteBakeFiles(url(), { files: [], cwd, env: process.env, builder: STANDALONE });
    const run = runBake({
      files: [],
      sourceFiles,
      remoteDefinition: url(),
      targets: [target],
      set: [],
      cwd,
      env: process.env,
      builder: STANDALONE,
    });
    return { cwd, run };
  };

  it("the repository's root: refused", async () => {
    const { run } = await build('root');
    await expect(run).rejects.toThrow(/^target "root": policy: .*from Dockerfile\.rego in the remote context/);
  }, 120_000);

  it('a copied directory (context = "other"): refused for its App.Dockerfile.rego', async () => {
    const { run } = await build('copied');
    await expect(run).rejects.toThrow(/^target "copied": policy: .*from App\.Dockerfile\.rego/);
  }, 120_000);

  it('a copied directory without one: built', async () => {
    const { cwd, run } = await build('clean');
    const r = await run;
    expect(r.targets.map((t) => `${t.status} ${t.error?.message ?? ''}`)).toEqual(['done ']);
    expect(fs.readFileSync(path.join(cwd, 'out/clean/built'), 'utf8')).toMatch(/^clean-/);
  }, 120_000);
});
