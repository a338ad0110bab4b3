/**
 * Entitlements: a bake file gets nothing beyond building in the working directory unless it was allowed —
 * buildx's bake/entitlements.go rules, with the differences entitlements.ts lists (each one pinned here). What
 * buildx itself does with the same cases is checked in __tests__/integration/solve/entitlements.test.ts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EntitlementError,
  EntitlementSyntaxError,
  allowValuesFor,
  assertEntitled,
  checkEntitlements,
  describeMissing,
  evaluateToExistingPath,
  parseAllow,
  splitAllowValues,
} from '../../../../src/solve/target/entitlements.js';
import { emptyTarget, type TargetSpec } from '../../../../src/solve/target/spec.js';
import {
  checkDefinitionEntitlements as checkDefinition,
  identifyLocalDirs,
  resolveDefinition,
  runBake,
  type BakeRunOptions,
} from '../../../../src/solve/run/bake.js';
import { main } from '../../../../src/cli/main.js';
import { readInputs } from '../../../../src/action/inputs.js';

/**
 * root/
 *   proj/            the working directory
 *     Dockerfile, sub/, inside-link → sub, escape-link → ../shared, dangling → ../nowhere/file
 *   proj-other/      a sibling whose name starts with the working directory's
 *   shared/          outside
 *   cwd-link → proj  the working directory reached through a symlink
 */
let root: string;
let cwd: string;
let shared: string;

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-ent-')));
  cwd = path.join(root, 'proj');
  shared = path.join(root, 'shared');
  for (const d of ['proj/sub', 'proj-other', 'shared/deep']) fs.mkdirSync(path.join(root, d), { recursive: true });
  fs.writeFileSync(path.join(cwd, 'Dockerfile'), 'FROM scratch\n');
  fs.writeFileSync(path.join(shared, 'Dockerfile'), 'FROM scratch\n');
  fs.writeFileSync(path.join(shared, 'secret.txt'), 's');
  fs.symlinkSync('sub', path.join(cwd, 'inside-link'));
  fs.symlinkSync('../shared', path.join(cwd, 'escape-link'));
  fs.symlinkSync('../nowhere/file', path.join(cwd, 'dangling'));
  fs.symlinkSync('proj', path.join(root, 'cwd-link'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function target(patch: Partial<TargetSpec> = {}, name = 'app'): TargetSpec {
  return { ...emptyTarget(name, cwd), dockerfile: path.join(cwd, 'Dockerfile'), ...patch };
}
const check = (specs: TargetSpec[], allow: string[] = [], set: string[] = []) =>
  checkEntitlements(specs, { allow, cwd, set });
const messages = (specs: TargetSpec[], allow: string[] = [], set: string[] = []) =>
  check(specs, allow, set).map(describeMissing);

describe('--allow parsing (buildx ParseEntitlements)', () => {
  it('takes buildx names, one per value', () => {
    const c = parseAllow([
      'network.host',
      'security.insecure',
      'ssh',
      'buildx.local.delete',
      'device=vendor.com/gpu=0',
      'fs.read=../a',
      'fs.write=/tmp',
      'fs=*',
    ]);
    expect(c).toMatchObject({
      networkHost: true,
      securityInsecure: true,
      ssh: true,
      localDelete: true,
      fsRead: ['../a', '*'],
      fsWrite: ['/tmp', '*'],
    });
    expect([...c.devices.names]).toEqual(['vendor.com/gpu=0']);
    expect(parseAllow(['device']).devices.all).toBe(true);
    expect(parseAllow(['device=']).devices.all).toBe(true); // as buildx: an empty value is every device
    // accepted and not checked, as in buildx
    expect(() => parseAllow(['image.push=x', 'image.load=y', 'image=z'])).not.toThrow();
  });

  it('refuses what buildx refuses', () => {
    expect(() => parseAllow(['network'])).toThrow(EntitlementSyntaxError);
    expect(() => parseAllow(['network'])).toThrow('unknown entitlement "network"');
    expect(() => parseAllow(['network.host=1'])).toThrow('unknown entitlement "network.host"');
    expect(() => parseAllow(['ssh=default'])).toThrow('unknown entitlement "ssh"');
    expect(() => parseAllow(['buildx.local.delete=true'])).toThrow('buildx.local.delete does not accept a value');
  });

  it('splits comma lists only where a comma starts another entitlement', () => {
    expect(splitAllowValues(['network.host,security.insecure', 'fs.read=../src,ssh'])).toEqual([
      'network.host',
      'security.insecure',
      'fs.read=../src',
      'ssh',
    ]);
    // what one buildx --allow means stays one value: a path with a comma, a device with an alias
    expect(splitAllowValues(['fs.read=a,b', 'device=vendor.com/gpu=0,alias=vendor.com/gpu=1'])).toEqual([
      'fs.read=a,b',
      'device=vendor.com/gpu=0,alias=vendor.com/gpu=1',
    ]);
    expect(splitAllowValues([' fs=* , network.host ', ''])).toEqual(['fs=*', 'network.host']);
  });
});

describe('paths (buildx osutil.EvaluateToExistingPath)', () => {
  it('follows symlinks up to the deepest existing component', () => {
    expect(evaluateToExistingPath(path.join(cwd, 'sub'))).toEqual({ existing: path.join(cwd, 'sub'), rest: '' });
    expect(evaluateToExistingPath(path.join(cwd, 'escape-link/deep/x/y'))).toEqual({
      existing: path.join(shared, 'deep'),
      rest: 'x/y',
    });
    expect(evaluateToExistingPath('inside-link/new', cwd)).toEqual({ existing: path.join(cwd, 'sub'), rest: 'new' });
    // a dangling link is followed too: writing through it creates its target
    expect(evaluateToExistingPath(path.join(cwd, 'dangling'))).toEqual({ existing: root, rest: 'nowhere/file' });
    expect(evaluateToExistingPath(path.join(root, 'cwd-link/sub'))).toEqual({
      existing: path.join(cwd, 'sub'),
      rest: '',
    });
  });

  it('treats `..` lexically before resolving (filepath.Abs), as bakekit opens the path', () => {
    expect(evaluateToExistingPath(path.join(cwd, 'escape-link/..'))).toEqual({ existing: cwd, rest: '' });
  });
});

describe('what needs what', () => {
  it('nothing for a plain build in the working directory', () => {
    expect(
      check([
        target({
          outputs: [
            { type: 'local', dest: path.join(cwd, 'out') },
            { type: 'image', push: 'true' },
          ],
        }),
      ]),
    ).toEqual([]);
  });

  it('network = "host" → network.host', () => {
    const spec = target({ network: 'host', entitlements: ['network.host'] }); // bake adds the entitlement
    expect(messages([spec])).toEqual(['target "app": network = "host" needs --allow=network.host']);
    expect(check([spec], ['network.host'])).toEqual([]);
    // host networking asks the daemon for network.host even when the spec was written without the entitlement
    expect(messages([target({ network: 'host' })])).toEqual([
      'target "app": network = "host" needs --allow=network.host',
    ]);
  });

  it('entitlements = ["network.host"], ["security.insecure"]', () => {
    expect(messages([target({ entitlements: ['network.host', 'security.insecure'] })])).toEqual([
      'target "app": entitlements = ["network.host"] needs --allow=network.host',
      'target "app": entitlements = ["security.insecure"] needs --allow=security.insecure',
    ]);
    expect(messages([target({ entitlements: ['network.host', 'security.insecure'] })], ['security.insecure'])).toEqual([
      'target "app": entitlements = ["network.host"] needs --allow=network.host',
    ]);
    expect(
      check([target({ entitlements: ['network.host', 'security.insecure'] })], ['network.host,security.insecure']),
    ).toEqual([]);
    // names the daemon decides about are passed through, as buildx does
    expect(check([target({ entitlements: ['something.else'] })])).toEqual([]);
  });

  it('device, device=NAME (buildx refuses a named device even when allowed; bakekit grants it)', () => {
    const named = target({ entitlements: ['device=vendor.com/gpu=0'] });
    expect(messages([named])).toEqual([
      'target "app": entitlements = ["device=vendor.com/gpu=0"] needs --allow=device=vendor.com/gpu=0',
    ]);
    expect(check([named], ['device=vendor.com/gpu=0'])).toEqual([]);
    expect(check([named], ['device=vendor.com/gpu=1'])).toHaveLength(1);
    expect(check([named], ['device'])).toEqual([]);
    const all = target({ entitlements: ['device'] });
    expect(messages([all])).toEqual(['target "app": entitlements = ["device"] needs --allow=device']);
    expect(check([all], ['device=vendor.com/gpu=0'])).toHaveLength(1);
    expect(check([all], ['device'])).toEqual([]);
  });

  it('ssh without key paths → ssh (the SSH agent); a git SSH context too', () => {
    const spec = target({ ssh: [{ id: 'default', paths: [] }] });
    expect(messages([spec])).toEqual(['target "app": ssh = ["default"] (the SSH agent) needs --allow=ssh']);
    expect(check([spec], ['ssh'])).toEqual([]);
    const git = { ...emptyTarget('app', 'git@github.com:org/repo.git'), dockerfile: 'Dockerfile' };
    expect(messages([git])).toEqual([
      'target "app": context = "git@github.com:org/repo.git" (fetched with the SSH agent) needs --allow=ssh',
    ]);
    expect(check([{ ...git, context: 'ssh://git@github.com/org/repo.git' }])).toHaveLength(1);
    expect(check([{ ...git, context: 'https://github.com/org/repo.git' }])).toEqual([]); // the Dockerfile is in the repository
    // ssh key files are files: fs.read, not ssh
    expect(check([target({ ssh: [{ id: 'key', paths: [path.join(cwd, 'sub')] }] })])).toEqual([]);
    expect(messages([target({ ssh: [{ id: 'key', paths: [path.join(shared, 'secret.txt')] }] })])).toEqual([
      'target "app": ssh "key" reads ../shared/secret.txt, outside the working directory: needs --allow=fs.read=../shared/secret.txt',
    ]);
  });

  it('an oci-layout path is read as the content-store planner reads it (an @ that is not a digest stays in the path)', () => {
    // review finding: the check once cut at the last `@` and saw `a` (inside), while the planner served the whole
    // `a@b:/../../…` path, outside the working directory
    const value = 'oci-layout://a@b:/../../../../etc/layout:latest';
    expect(check([target({ contexts: { x: value } })]).map((m) => m.kind)).toEqual(['fs.read']);
  });

  it('reads outside the working directory → fs.read: context, Dockerfile, named contexts, secrets, local cache-from', () => {
    const spec = target({
      context: shared,
      dockerfile: path.join(shared, 'Dockerfile'),
      contexts: {
        dir: path.join(shared, 'deep'),
        layout: `oci-layout://${path.join(shared, 'deep')}:v1`,
        img: 'docker-image://alpine',
        other: 'target:base',
        remote: 'https://example.com/x.tar',
      },
      secrets: [
        { id: 'npm', src: path.join(shared, 'secret.txt') },
        { id: 'env', env: 'HOME' },
      ],
      cacheFrom: [
        { type: 'local', src: path.join(shared, 'deep') },
        { type: 'registry', ref: 'r/c' },
      ],
    });
    expect(messages([spec])).toEqual([
      'target "app": context reads ../shared, outside the working directory: needs --allow=fs.read=../shared',
      'target "app": dockerfile reads ../shared/Dockerfile, outside the working directory: needs --allow=fs.read=../shared/Dockerfile',
      'target "app": contexts.dir reads ../shared/deep, outside the working directory: needs --allow=fs.read=../shared/deep',
      'target "app": contexts.layout reads ../shared/deep, outside the working directory: needs --allow=fs.read=../shared/deep',
      'target "app": secret "npm" reads ../shared/secret.txt, outside the working directory: needs --allow=fs.read=../shared/secret.txt',
      'target "app": cache-from type=local reads ../shared/deep, outside the working directory: needs --allow=fs.read=../shared/deep',
    ]);
    expect(check([spec], ['fs.read=../shared'])).toEqual([]);
    expect(check([spec], [`fs.read=${shared}`])).toEqual([]);
    expect(check([spec], ['fs=../shared'])).toEqual([]);
    expect(check([spec], ['fs.read=*'])).toEqual([]);
    expect(check([spec], ['fs.write=*'])).toHaveLength(6);
    // a Dockerfile in the working directory with an outside context still reads the context
    expect(check([target({ context: shared })]).map((m) => m.attribute)).toEqual(['context']);
  });

  it('writes outside the working directory → fs.write: local, tar, oci and docker outputs, local cache-to', () => {
    fs.mkdirSync(path.join(shared, 'out'), { recursive: true });
    const spec = target({
      outputs: [
        { type: 'local', dest: path.join(shared, 'out') },
        { type: 'tar', dest: path.join(shared, 'out/a.tar') },
        { type: 'oci', dest: path.join(shared, 'out/b.tar') },
        { type: 'docker', dest: path.join(shared, 'out/c.tar') },
        { type: 'docker' }, // loaded into the Engine
        { type: 'tar', dest: '-' }, // stdout
        { type: 'image', name: 'r/app', push: 'true' },
      ],
      cacheTo: [{ type: 'local', dest: path.join(shared, 'out/cache') }, { type: 'inline' }],
    });
    const missing = check([spec]);
    expect(missing.map(describeMissing)).toEqual([
      'target "app": cache-to type=local writes ../shared/out/cache, outside the working directory: needs --allow=fs.write=../shared/out (it does not exist yet: the directory it is created in)',
      'target "app": output type=local writes ../shared/out, outside the working directory: needs --allow=fs.write=../shared/out',
      'target "app": output type=tar writes ../shared/out/a.tar, outside the working directory: needs --allow=fs.write=../shared/out (it does not exist yet: the directory it is created in)',
      'target "app": output type=oci writes ../shared/out/b.tar, outside the working directory: needs --allow=fs.write=../shared/out (it does not exist yet: the directory it is created in)',
      'target "app": output type=docker writes ../shared/out/c.tar, outside the working directory: needs --allow=fs.write=../shared/out (it does not exist yet: the directory it is created in)',
    ]);
    expect(check([spec], ['fs.write=../shared/out'])).toEqual([]);
    expect(check([spec], ['fs=*'])).toEqual([]);
    expect(check([spec], ['fs.read=*'])).toHaveLength(5);
  });

  it('a destination that does not exist yet needs the directory it is created in (buildx NonExistingAllowedPathMatches)', () => {
    const spec = target({ outputs: [{ type: 'local', dest: path.join(shared, 'new/out') }] });
    expect(check([spec], [`fs.write=${path.join(shared, 'new/out')}`]).map((m) => m.allow)).toEqual([
      'fs.write=../shared',
    ]);
    expect(check([spec], [`fs.write=${shared}`])).toEqual([]);
  });

  it('mode=delete → buildx.local.delete, even inside the working directory (bake/entitlements.go, tests/bake.go)', () => {
    const spec = target({ outputs: [{ type: 'local', dest: path.join(cwd, 'out'), mode: 'delete' }] });
    expect(messages([spec])).toEqual([
      'target "app": output type=local,mode=delete (deletes stale files in its destination) needs --allow=buildx.local.delete',
    ]);
    expect(check([spec], ['buildx.local.delete'])).toEqual([]);
    expect(check([target({ outputs: [{ type: 'local', dest: path.join(cwd, 'out'), mode: 'copy' }] })])).toEqual([]);
    expect(() =>
      check([target({ outputs: [{ type: 'local', dest: path.join(cwd, 'out'), mode: 'backup' }] })]),
    ).toThrow('target "app": output type=local: invalid mode "backup" (copy or delete)');
  });
});

describe('outside the working directory', () => {
  it('`../` is outside', () => {
    expect(check([target({ context: path.join(cwd, '../shared') })]).map((m) => m.allow)).toEqual([
      'fs.read=../shared',
    ]);
    expect(check([target({ context: path.join(cwd, 'sub/../..') })]).map((m) => m.allow)).toEqual(['fs.read=..']);
  });

  it('a symlink that leads out is outside; one that stays in is inside', () => {
    expect(messages([target({ context: path.join(cwd, 'escape-link') })])).toEqual([
      `target "app": context reads escape-link (→ ${shared}), outside the working directory: needs --allow=fs.read=../shared`,
    ]);
    expect(check([target({ context: path.join(cwd, 'escape-link/deep') })]).map((m) => m.allow)).toEqual([
      'fs.read=../shared/deep',
    ]);
    expect(check([target({ context: path.join(cwd, 'inside-link') })])).toEqual([]);
    // a dangling link out: writing through it would create ../nowhere/file
    expect(
      check([target({ outputs: [{ type: 'tar', dest: path.join(cwd, 'dangling') }] })]).map((m) => m.allow),
    ).toEqual(['fs.write=..']);
  });

  it('an allowed path is resolved too: allowing the symlink allows where it leads', () => {
    expect(check([target({ context: shared })], ['fs.read=escape-link'])).toEqual([]);
  });

  it('a working directory reached through a symlink is itself (both ways of naming it are inside)', () => {
    const viaLink = path.join(root, 'cwd-link');
    const spec = { ...target({ context: path.join(viaLink, 'sub') }), dockerfile: path.join(viaLink, 'Dockerfile') };
    expect(checkEntitlements([spec], { allow: [], cwd: viaLink })).toEqual([]);
    expect(checkEntitlements([target()], { allow: [], cwd: viaLink })).toEqual([]);
    expect(checkEntitlements([target({ context: shared })], { allow: ['fs.read=../shared'], cwd: viaLink })).toEqual(
      [],
    );
  });

  it('a sibling whose name starts with the working directory is outside (buildx: inside, a string prefix)', () => {
    expect(check([target({ context: path.join(root, 'proj-other') })]).map((m) => m.allow)).toEqual([
      'fs.read=../proj-other',
    ]);
    expect(check([target({ context: path.join(root, 'proj-other') })], [`fs.read=${root}/proj`])).toHaveLength(1);
  });

  it('fs=* allows every path, for reading and writing', () => {
    const spec = target({
      context: '/',
      dockerfile: '/etc/hostname',
      secrets: [{ id: 's', src: '/etc/passwd' }],
      outputs: [{ type: 'local', dest: '/' }],
    });
    expect(check([spec])).toHaveLength(4);
    expect(check([spec], ['fs=*'])).toEqual([]);
    expect(check([spec], ['fs.read=*', 'fs.write=/'])).toEqual([]);
    expect(check([spec], ['fs.read=/'])).toHaveLength(1);
  });
});

describe('the command line grants what it names itself (buildx Target.AddOverrides)', () => {
  it('--set outputs, caches, secrets and ssh paths', () => {
    const spec = target({
      outputs: [{ type: 'local', dest: path.join(shared, 'out') }],
      cacheTo: [{ type: 'local', dest: path.join(shared, 'deep') }],
      cacheFrom: [{ type: 'local', src: path.join(shared, 'deep') }],
      secrets: [{ id: 'npm', src: path.join(shared, 'secret.txt') }],
      ssh: [{ id: 'key', paths: [path.join(shared, 'deep')] }],
    });
    expect(check([spec])).toHaveLength(5);
    expect(
      check(
        [spec],
        [],
        [
          'app.output=type=local,dest=../shared/out',
          '*.cache-to=type=local,dest=../shared/deep',
          'app.cache-from+=type=local,src=../shared/deep',
          'app.secrets=id=npm,src=../shared/secret.txt',
          'app.ssh=key=../shared/deep',
        ],
      ),
    ).toEqual([]);
    // a bare output value is type=local,dest=VALUE
    expect(
      check(
        [target({ outputs: [{ type: 'local', dest: path.join(shared, 'out') }] })],
        [],
        ['app.output=../shared/out'],
      ),
    ).toEqual([]);
  });

  it('--set entitlements grants network.host and security.insecure; --set network=host does not (as current buildx)', () => {
    const spec = target({ network: 'host', entitlements: ['network.host', 'security.insecure'] });
    expect(check([spec], [], ['app.entitlements=network.host', 'app.entitlements=security.insecure'])).toEqual([]);
    expect(check([spec], [], ['app.network=host', 'app.entitlements=security.insecure']).map((m) => m.allow)).toEqual([
      'network.host',
    ]);
  });

  it('an override for something else grants nothing', () => {
    expect(check([target({ context: shared })], [], ['app.context=../shared', 'app.args.X=../shared'])).toHaveLength(1);
  });
});

describe('the refusal', () => {
  it('lists everything missing, for every target at once (buildx keeps one target’s paths only)', () => {
    const specs = [
      target({ context: shared }, 'a'),
      target(
        {
          network: 'host',
          entitlements: ['network.host'],
          outputs: [{ type: 'local', dest: path.join(shared, 'out2'), mode: 'delete' }],
        },
        'b',
      ),
      target({}, 'c'),
    ];
    let err: unknown;
    try {
      assertEntitled(specs, { allow: [], cwd });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EntitlementError);
    expect((err as Error).message).toBe(
      [
        'the bake definition asks for privileges that were not allowed:',
        '  target "a": context reads ../shared, outside the working directory: needs --allow=fs.read=../shared',
        '  target "b": network = "host" needs --allow=network.host',
        '  target "b": output type=local writes ../shared/out2, outside the working directory: needs --allow=fs.write=../shared (it does not exist yet: the directory it is created in)',
        '  target "b": output type=local,mode=delete (deletes stale files in its destination) needs --allow=buildx.local.delete',
        'Grant them with --allow=network.host --allow=buildx.local.delete --allow=fs=../shared (action input "allow": network.host, buildx.local.delete, fs=../shared), or change the bake definition.',
      ].join('\n'),
    );
    expect((err as EntitlementError).missing.map((m) => m.target)).toEqual(['a', 'b', 'b', 'b']);
    // what the message says to pass grants it
    expect(check(specs, allowValuesFor((err as EntitlementError).missing))).toEqual([]);
  });

  it('the suggested paths work when given back, relative or absolute', () => {
    const specs = [
      target({
        context: path.join(cwd, 'escape-link/deep'),
        secrets: [{ id: 'x', src: '/etc/hostname' }],
        outputs: [{ type: 'tar', dest: '/var/tmp/bakekit-ent-nonexistent/x.tar' }],
      }),
    ];
    const allow = allowValuesFor(check(specs));
    expect(allow).toEqual(['fs.read=../shared/deep', 'fs.read=/etc/hostname', 'fs.write=/var/tmp']);
    expect(check(specs, allow)).toEqual([]);
  });
});

describe('in the run (bake.ts)', () => {
  const bakeProject = (hcl: string) => {
    const dir = path.join(root, `run-${Math.random().toString(36).slice(2)}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
    fs.writeFileSync(path.join(dir, 'docker-bake.hcl'), hcl);
    return dir;
  };
  const opts = (dir: string, patch: Partial<BakeRunOptions> = {}): BakeRunOptions => ({
    files: [],
    targets: ['app'],
    set: [],
    cwd: dir,
    // no such builder (an empty buildx store): a run that got past the check fails to find it instead
    env: {
      ...process.env,
      BAKEKIT_CONTEXT_REUSE: '0',
      DOCKER_CONFIG: path.join(root, 'no-docker-config'),
      BUILDX_CONFIG: path.join(root, 'no-buildx-config'),
    },
    builder: 'bakekit-test-no-such-builder',
    ...patch,
  });

  it('runBake refuses before it connects', async () => {
    const dir = bakeProject('target "app" {\n  network = "host"\n  output = ["type=local,dest=../out"]\n}\n');
    const run = runBake(opts(dir));
    await expect(run).rejects.toBeInstanceOf(EntitlementError);
    await expect(run).rejects.toThrow('target "app": network = "host" needs --allow=network.host');
    // allowed: the run goes on, to the (missing) builder
    const allowed = runBake(opts(dir, { allow: ['network.host', 'fs.write=..'] }));
    await expect(allowed).rejects.not.toBeInstanceOf(EntitlementError);
    await expect(allowed).rejects.toThrow('bakekit-test-no-such-builder');
  });

  it('identifyLocalDirs refuses before it walks anything', async () => {
    const dir = bakeProject(`target "app" {\n  contexts = { outside = "${shared}" }\n}\n`);
    const def = await resolveDefinition(opts(dir));
    await expect(identifyLocalDirs(def, opts(dir))).rejects.toThrow('contexts.outside reads ../shared');
    await expect(identifyLocalDirs(def, opts(dir, { allow: ['fs.read=../shared'] }))).resolves.toBeInstanceOf(Map);
  });

  it('the global flags and the run’s --set are the command line’s', async () => {
    const dir = bakeProject('target "app" {}\n');
    fs.mkdirSync(path.join(dir, '../cli-out'), { recursive: true });
    const set = ['app.output=type=local,dest=../cli-out'];
    const def = await resolveDefinition(opts(dir, { set, push: true }));
    expect(() => checkDefinition(def, opts(dir, { set, push: true }))).not.toThrow();
    const fromFile = await resolveDefinition(
      opts(bakeProject('target "app" {\n  output = ["type=local,dest=../cli-out"]\n}\n')),
    );
    expect(() => checkDefinition(fromFile, opts(dir))).toThrow(EntitlementError);
    // as in buildx (0.29 and current): a destination that does not exist yet needs the directory it is created in,
    // even when the command line names it
    const fresh = ['app.output=type=local,dest=../cli-out-new'];
    const def2 = await resolveDefinition(opts(dir, { set: fresh }));
    expect(() => checkDefinition(def2, opts(dir, { set: fresh }))).toThrow(
      'needs --allow=fs.write=.. (it does not exist yet',
    );
  });

  it('cache warming exports no outputs, so they need nothing', async () => {
    const dir = bakeProject('target "app" {\n  output = ["type=local,dest=../warm-out"]\n}\n');
    const def = await resolveDefinition(opts(dir));
    expect(() => checkDefinition(def, opts(dir))).toThrow(EntitlementError);
    expect(() => checkDefinition(def, opts(dir, { warm: true }))).not.toThrow();
  });

  it('workflow secrets are the workflow’s: not checked', async () => {
    const dir = bakeProject('target "app" {\n  secret = ["id=npm"]\n}\n');
    // the id is bound by the workflow: resolution does not look it up as a file named npm (BakeInputs.boundSecretIds)
    const withSecrets = opts(dir, { secrets: [{ id: 'npm', src: path.join(shared, 'secret.txt') }] });
    const def = await resolveDefinition(withSecrets);
    await expect(identifyLocalDirs(def, withSecrets)).resolves.toBeInstanceOf(Map);
  });
});

describe('the shells', () => {
  it('CLI: --allow in the help; an unknown entitlement is a usage error', async () => {
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const writeErr = process.stderr.write.bind(process.stderr);
    process.stdout.write = (s: string) => (out.push(s), true);
    process.stderr.write = (s: string) => (out.push(s), true);
    try {
      expect(await main(['--help'])).toBe(0);
      expect(out.join('')).toContain('--allow ENTITLEMENT');
      out.length = 0;
      expect(await main(['--allow=network.host', '--allow', 'nope'])).toBe(2);
      expect(out.join('')).toContain('bakekit: --allow: unknown entitlement "nope"');
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
    }
  });

  it('action: input allow, one entitlement or a comma list per line', () => {
    const inputs = readInputs((name) => (name === 'allow' ? 'network.host\nfs.read=../src,fs.write=/tmp\n\n' : ''));
    expect(inputs.allow).toEqual(['network.host', 'fs.read=../src,fs.write=/tmp']);
    expect(splitAllowValues(inputs.allow)).toEqual(['network.host', 'fs.read=../src', 'fs.write=/tmp']);
    expect(readInputs(() => '').allow).toEqual([]);
  });
});
