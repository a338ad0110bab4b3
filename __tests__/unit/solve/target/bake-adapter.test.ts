import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BakeTarget } from '../../../../src/bake/index.js';
import { TARGET_ATTRIBUTES } from '../../../../src/bake/target.js';
import { fromBakeTarget, TargetAttributeError } from '../../../../src/solve/target/bake-adapter.js';
import { planTarget, PlanError } from '../../../../src/solve/target/plan.js';

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-adapter-'));
fs.writeFileSync(path.join(cwd, 'Dockerfile'), 'FROM scratch\n');
fs.mkdirSync(path.join(cwd, 'other'));
afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

/** A value for every attribute, different from the default, so that dropping one shows. */
const SAMPLE: Required<BakeTarget> = {
  description: 'shown only',
  annotations: ['index:org.opencontainers.image.title=x'],
  attest: [{ type: 'sbom' }],
  context: '.',
  contexts: { other: './other' },
  dockerfile: 'Dockerfile',
  'dockerfile-inline': 'FROM scratch\n',
  args: { A: '1' },
  labels: { l: 'v' },
  tags: ['localhost:5000/x:1'],
  'cache-from': [{ type: 'registry', ref: 'localhost:5000/x:cache' }],
  'cache-to': [{ type: 'inline' }],
  target: 'stage',
  secret: [{ id: 's', env: 'S' }],
  ssh: [{ id: 'default' }],
  platforms: ['linux/x86_64'],
  output: [{ type: 'local', dest: 'out' }],
  pull: true,
  'no-cache': true,
  network: 'none',
  'no-cache-filter': ['stage'],
  'shm-size': '128m',
  ulimits: ['nproc=500'],
  call: 'check',
  entitlements: ['network.host'],
  'extra-hosts': { h: '1.2.3.4' },
  resources: { memory: '64m' },
  // the one policy bakekit builds (any other is refused: see the policy tests below)
  policy: [{ Files: null, Reset: false, Disabled: true, Strict: null, LogLevel: null }],
};
/** Attributes that only steer how others are read, or are shown and never built. */
const STEERING = new Set(['description', 'context', 'dockerfile', 'dockerfile-inline']);

describe('every bake attribute has a route to the build', () => {
  it('each attribute changes the target spec (none is dropped)', () => {
    const base = JSON.stringify(fromBakeTarget('t', {}, cwd));
    for (const attr of TARGET_ATTRIBUTES) {
      if (attr === 'inherits' || STEERING.has(attr)) continue;
      const key = attr;
      const spec = fromBakeTarget('t', { [key]: SAMPLE[key] }, cwd);
      expect(JSON.stringify(spec), attr).not.toBe(base);
    }
  });
  it('context, dockerfile and dockerfile-inline steer paths', () => {
    expect(fromBakeTarget('t', { context: 'other' }, cwd).context).toBe(path.join(cwd, 'other'));
    expect(fromBakeTarget('t', { dockerfile: 'x.Dockerfile' }, cwd).dockerfile).toBe(path.join(cwd, 'x.Dockerfile'));
    expect(fromBakeTarget('t', { 'dockerfile-inline': 'FROM a' }, cwd).dockerfileInline).toBe('FROM a');
  });
  it('values buildx parses are parsed, and a bad one names the target and attribute', () => {
    const spec = fromBakeTarget(
      't',
      {
        'shm-size': '128m',
        ulimits: ['nproc=500', 'nofile=1024:2048'],
        platforms: ['linux/x86_64', 'linux/aarch64'],
        'extra-hosts': { b: '2.2.2.2', a: '1.1.1.1' },
      },
      cwd,
    );
    expect(spec.shmSize).toBe(134217728);
    expect(spec.ulimit).toBe('nofile=1024:2048,nproc=500:500');
    expect(spec.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(spec.extraHosts).toEqual(['a=1.1.1.1', 'b=2.2.2.2']);
    expect(() => fromBakeTarget('app', { 'shm-size': 'big' }, cwd)).toThrow(TargetAttributeError);
    expect(() => fromBakeTarget('app', { 'shm-size': 'big' }, cwd)).toThrow(
      /target "app": shm-size: "big" is not a size/,
    );
    expect(() => fromBakeTarget('app', { network: 'bridge2' }, cwd)).toThrow(
      /target "app": network: "bridge2" is not a network mode/,
    );
    expect(() => fromBakeTarget('app', { ulimits: ['nofile=5:1'] }, cwd)).toThrow(/target "app": ulimits:/);
  });
  it('a git context over SSH gets the default agent unless the target names its own (buildx toBuildOpt)', () => {
    expect(fromBakeTarget('t', { context: 'git@github.com:org/repo.git' }, cwd).ssh).toEqual([
      { id: 'default', paths: [] },
    ]);
    expect(fromBakeTarget('t', { context: 'deploy@host.example:repo.git' }, cwd).context).toBe(
      'deploy@host.example:repo.git',
    );
    expect(
      fromBakeTarget('t', { context: 'ssh://git@host/repo.git', ssh: [{ id: 'k', paths: ['/k'] }] }, cwd).ssh,
    ).toEqual([{ id: 'k', paths: ['/k'] }]);
    expect(fromBakeTarget('t', { context: 'https://github.com/org/repo.git' }, cwd).ssh).toEqual([]);
  });
  it('ssh entries keep their paths as a list', () => {
    const spec = fromBakeTarget('t', { ssh: [{ id: 'k', paths: ['a.key', '/abs/b.key'] }, {}] }, cwd);
    expect(spec.ssh).toEqual([
      { id: 'k', paths: [path.join(cwd, 'a.key'), '/abs/b.key'] },
      { id: 'default', paths: [] },
    ]);
  });
});

describe('what buildx sends for attributes (build/opt.go toSolveOpt)', () => {
  const plan = (t: BakeTarget, opts: Parameters<typeof planTarget>[1] = {}) =>
    planTarget(fromBakeTarget('t', t, cwd), opts);
  it('extra-hosts, shm-size, ulimits as bytes and normalised lists', () => {
    const p = plan(
      { 'extra-hosts': { h: '1.2.3.4,[::1]', gw: 'host-gateway' }, 'shm-size': '128m', ulimits: ['nproc=500'] },
      { hostGateway: { ip: '172.17.0.1' } },
    );
    expect(p.frontendAttrs['add-hosts']).toBe('gw=172.17.0.1,h=1.2.3.4,h=::1');
    expect(p.frontendAttrs['shm-size']).toBe('134217728');
    expect(p.frontendAttrs.ulimit).toBe('nproc=500:500');
    expect(() =>
      plan({ 'extra-hosts': { gw: 'host-gateway' } }, { hostGateway: { unsupported: 'no gateway here' } }),
    ).toThrow(PlanError);
  });
  it('BUILDKIT_INLINE_CACHE adds an inline cache export; BUILDKIT_MULTI_PLATFORM multi-platform', () => {
    const p = plan({ args: { BUILDKIT_INLINE_CACHE: '1', BUILDKIT_MULTI_PLATFORM: 'true' } });
    expect(p.cacheExports).toEqual([{ Type: 'inline', Attrs: {} }]);
    expect(p.frontendAttrs['multi-platform']).toBe('true');
    expect(p.frontendAttrs['build-arg:BUILDKIT_INLINE_CACHE']).toBe('1');
    const off = plan({ args: { BUILDKIT_INLINE_CACHE: '0', BUILDKIT_MULTI_PLATFORM: 'no' } });
    expect(off.cacheExports).toEqual([]);
    expect(off.frontendAttrs['multi-platform']).toBeUndefined();
  });
  it('BUILDKIT_SYNTAX asks for the gateway.v0 frontend with source and cmdline; empty is an error', () => {
    const p = plan({ args: { BUILDKIT_SYNTAX: 'localhost:5000/dockerfile:1 --flag' } });
    expect(p.frontend).toBe('gateway.v0');
    expect(p.frontendAttrs.source).toBe('localhost:5000/dockerfile:1');
    expect(p.frontendAttrs.cmdline).toBe('localhost:5000/dockerfile:1 --flag');
    expect(plan({}).frontend).toBe('dockerfile.v0');
    expect(() => plan({ args: { BUILDKIT_SYNTAX: ' ' } })).toThrow(/BUILDKIT_SYNTAX is empty/);
  });
  it('an inline Dockerfile is named by dockerfilekey', () => {
    const p = plan({ 'dockerfile-inline': 'FROM scratch\n' });
    expect(p.frontendAttrs.dockerfilekey).toBe('dockerfile');
    for (const d of p.tempDirs) fs.rmSync(d, { recursive: true, force: true });
  });
  it('`cwd://` named contexts and Dockerfiles are local paths from the working directory, whatever the context', () => {
    const t = fromBakeTarget(
      't',
      {
        context: 'https://h/o/r.git#main',
        dockerfile: 'cwd://Dockerfile',
        contexts: { o: 'cwd://other', w: 'cwd://' },
      },
      cwd,
    );
    expect(t.dockerfile).toBe(path.join(cwd, 'Dockerfile'));
    expect(t.contexts).toEqual({ o: path.join(cwd, 'other'), w: cwd });
    const p = planTarget(t);
    expect(p.frontendAttrs['context:o']).toBe('local:o');
    // a local Dockerfile for a remote context: named by dockerfilekey, as buildx does
    expect(p.frontendAttrs).toMatchObject({ context: 'https://h/o/r.git#main', dockerfilekey: 'dockerfile' });
    expect(p.localDirs).toEqual({ dockerfile: cwd, o: path.join(cwd, 'other'), w: cwd });
    expect(fromBakeTarget('t', { context: 'other', dockerfile: 'cwd://Dockerfile' }, cwd).dockerfile).toBe(
      path.join(cwd, 'Dockerfile'),
    );
  });
  it('a Dockerfile read from the remote context needs no dockerfilekey', () => {
    const p = plan({ context: 'https://h/o/r.git#main', dockerfile: 'sub/x.Dockerfile' });
    expect(p.frontendAttrs.filename).toBe('sub/x.Dockerfile');
    expect(p.frontendAttrs.dockerfilekey).toBeUndefined();
    expect(p.localDirs).toEqual({});
  });
  it('Git URLs with a query string ask for the gitquerystring capability (+forward for named contexts)', () => {
    expect(plan({ context: 'https://h/o/r.git?ref=main&subdir=a' }).frontendAttrs['frontend.caps']).toBe(
      'moby.buildkit.frontend.gitquerystring',
    );
    expect(plan({ context: 'https://h/o/r.git#main' }).frontendAttrs['frontend.caps']).toBeUndefined();
    expect(
      plan({ contexts: { a: 'https://h/o/r.git?ref=main', b: 'git@h:o/r.git?ref=v1', c: 'docker-image://alpine' } })
        .frontendAttrs['frontend.caps'],
    ).toBe('moby.buildkit.frontend.contexts+forward,moby.buildkit.frontend.gitquerystring+forward');
    expect(
      plan({ context: 'https://h/o/r.git?ref=main', contexts: { a: 'https://h/o/r.git?ref=x' } }).frontendAttrs[
        'frontend.caps'
      ],
    ).toBe(
      'moby.buildkit.frontend.contexts+forward,moby.buildkit.frontend.gitquerystring,moby.buildkit.frontend.gitquerystring+forward',
    );
  });
  it('named contexts called context or dockerfile get their own local name', () => {
    const p = plan({ contexts: { context: './other', dockerfile: './other' } });
    expect(p.frontendAttrs['context:context']).toBe('local:_context');
    expect(p.frontendAttrs['context:dockerfile']).toBe('local:_dockerfile');
    expect(p.localDirs.context).toBe(cwd);
    expect(p.localDirs._context).toBe(path.join(cwd, 'other'));
  });
  it('tags replace an exporter name; annotations reach every exporter; buildinfo attrs the image ones', () => {
    const p = plan({
      tags: ['localhost:5000/a:1', 'localhost:5000/a:2'],
      annotations: ['org.opencontainers.image.title=t'],
      args: { BUILDKIT_INLINE_BUILDINFO_ATTRS: '1' },
      output: [
        { type: 'image', name: 'ignored' },
        { type: 'local', dest: 'out' },
      ],
    });
    expect(p.exporters[0]).toEqual({
      Type: 'image',
      Attrs: {
        'annotation.org.opencontainers.image.title': 't',
        name: 'localhost:5000/a:1,localhost:5000/a:2',
        'buildinfo-attrs': '1',
      },
    });
    expect(p.exporters[1]).toEqual({ Type: 'local', Attrs: { 'annotation.org.opencontainers.image.title': 't' } });
  });
  it('on the Engine: images are resolved locally first, image outputs use its moby exporter, no output still lands in its store', () => {
    const engine = { dockerEngine: true, engineContainerdStore: true };
    expect(plan({}, engine).frontendAttrs['image-resolve-mode']).toBe('local');
    expect(plan({ pull: true }, engine).frontendAttrs['image-resolve-mode']).toBe('pull');
    expect(plan({}, {}).frontendAttrs['image-resolve-mode']).toBeUndefined();
    expect(plan({}, engine).exporters).toEqual([{ Type: 'moby', Attrs: { 'prefer-image-digest': 'true' } }]);
    expect(plan({}, { ...engine, noDefaultLoad: true }).exporters).toEqual([]);
    expect(plan({}, { ...engine, warm: true }).exporters).toEqual([]);
    expect(plan({ tags: ['a:1'], output: [{ type: 'image', push: 'true' }] }, engine).exporters).toEqual([
      { Type: 'moby', Attrs: { push: 'true', name: 'a:1', 'prefer-image-digest': 'true' } },
    ]);
  });
  it('network host asks for its entitlement; a call other than build is planned without a default export', () => {
    expect(plan({ network: 'host' }).entitlements).toEqual(['network.host']);
    expect(plan({ network: 'host' }).frontendAttrs['force-network-mode']).toBe('host');
    expect(plan({ network: 'default' }).frontendAttrs['force-network-mode']).toBeUndefined();
    // buildx: `check` in a bake file is lint too; the request id goes to the gateway solve only (run.ts, call.ts)
    expect(plan({ call: 'check' }, { dockerEngine: true })).toMatchObject({ call: { name: 'lint' }, exporters: [] });
    expect(plan({ call: 'check' }).frontendAttrs.requestid).toBeUndefined();
    expect(plan({ call: 'outline', output: [{ type: 'local', dest: 'out' }] }).exporters.map((e) => e.Type)).toEqual([
      'local',
    ]);
    expect(() => plan({ call: 'check,colour=red' })).toThrow(/call: invalid print field: colour=red/);
    expect(plan({ call: 'build' }).frontend).toBe('dockerfile.v0');
    expect(plan({ call: 'build' }).call).toBeUndefined();
    expect(plan({ call: 'build' }, { dockerEngine: true }).exporters).toHaveLength(1);
  });
  it('the source policy rides along', () => {
    const policy = { rules: [{ action: 'DENY', selector: { identifier: 'docker-image://*' } }] };
    expect(plan({}, { sourcePolicy: policy }).sourcePolicy).toEqual(policy);
  });
});
