/**
 * Bad input. Malformed bake files fail with FILE:LINE:COL and what was expected (unknown attributes, which
 * buildx ignores, are a located warning); the build context never leaks: a symlink to a file outside the context is
 * sent as a symlink and never followed, ignored files are never sent (proved on a real daemon through a type=local
 * export and the FileSync byte counters); a context that does not exist is a clear error; planted secret values never
 * appear in the CLI's stdout/stderr, the metadata file, or the action's log, annotations, summary and outputs — also
 * when a failing step prints them — and the GitHub token is masked with `::add-mask::`.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { BakeError, resolveBake } from '../../src/bake/index.js';
import { BuildkitClient } from '../../src/buildkit/client.js';
import { connect, type BuildkitConnection } from '../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../src/buildkit/transport/endpoint.js';
import { runBuild } from '../../src/solve/run/run.js';
import { emptyTarget } from '../../src/solve/target/spec.js';
import { BASE_IMAGE, expectNoActiveBuilds, requireTestHost } from '../support/daemons.js';
import { makeProject, removeProjects } from '../support/project.js';
import { PrivateBuildkitd, killStrayChildren, report, runCli, startNode, type Measurement } from './helpers.js';

const daemon = new PrivateBuildkitd('faults-input');
let conn: BuildkitConnection;
let client: BuildkitClient;
const rows: Measurement[] = [];

beforeAll(async () => {
  requireTestHost();
  await daemon.start();
  conn = await connect(parseEndpoint(daemon.endpoint));
  client = new BuildkitClient(conn);
});

afterAll(async () => {
  killStrayChildren();
  await conn?.close();
  await daemon.stop();
  removeProjects();
  report(rows);
});

describe('malformed bake files: FILE:LINE:COL and what was expected', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    [
      'HCL syntax: unclosed list',
      'docker-bake.hcl',
      'target "a" {\n  context = "."\n  tags = ["x"\n}\n',
      /^docker-bake\.hcl:4:1: expected "\]" to close the list, found "\}"$/,
    ],
    [
      'HCL syntax: newline in a string',
      'docker-bake.hcl',
      'target "a" {\n  context = "abc\n}\n',
      /^docker-bake\.hcl:2:17: unterminated string; .*\(use a heredoc\)$/,
    ],
    [
      'HCL syntax: unterminated heredoc',
      'docker-bake.hcl',
      'target "a" {\n  dockerfile-inline = <<EOT\nFROM x\n}\n',
      /^docker-bake\.hcl:3:1: unterminated heredoc; expected a line containing only "EOT"$/,
    ],
    [
      'HCL syntax: missing "="',
      'docker-bake.hcl',
      'target "a" {\n  context "."\n}\n',
      /^docker-bake\.hcl:2:14: expected "=" or a block opening "\{" after "context", found newline$/,
    ],
    [
      'HCL syntax: unclosed block',
      'docker-bake.hcl',
      'target "a" {\n  context = "."\n',
      /^docker-bake\.hcl:3:1: unexpected end of file; expected "\}" to close the block$/,
    ],
    [
      'HCL syntax: stray character',
      'docker-bake.hcl',
      'target "a" {\n  context = @\n}\n',
      /^docker-bake\.hcl:2:13: expected an expression, found "@"$/,
    ],
    [
      'HCL syntax: nested too deep',
      'docker-bake.hcl',
      `target "a" {\n  tags = ${'['.repeat(5000)}\n}\n`,
      /^docker-bake\.hcl:2:\d+: nesting too deep: more than 128 levels/,
    ],
    [
      'wrong type: string for a list',
      'docker-bake.hcl',
      'target "a" {\n  tags = "x"\n}\n',
      /^docker-bake\.hcl:2:11: Unsuitable value type; tags must be a list, not string$/,
    ],
    [
      'wrong type: string for a bool',
      'docker-bake.hcl',
      'target "a" {\n  no-cache = "maybe"\n}\n',
      /^docker-bake\.hcl:2:15: Unsuitable value type; a bool is required, but no-cache is "maybe"$/,
    ],
    [
      'wrong type: list for a map',
      'docker-bake.hcl',
      'target "a" {\n  args = ["A=1"]\n}\n',
      /^docker-bake\.hcl:2:10: Unsuitable value type; args must be a map, not tuple$/,
    ],
    [
      'wrong type: variable default',
      'docker-bake.hcl',
      'variable "N" {\n  type = number\n  default = "abc"\n}\ntarget "a" {}\n',
      /^docker-bake\.hcl:3:14: invalid type number for variable N default value: .*a number is required/,
    ],
    [
      'undefined variable in a template',
      'docker-bake.hcl',
      'target "a" {\n  tags = ["app:${TAG}"]\n}\n',
      /^docker-bake\.hcl:2:18: Unknown variable; There is no variable named "TAG"\.$/,
    ],
    [
      'undefined variable',
      'docker-bake.hcl',
      'target "a" {\n  context = CTX\n}\n',
      /^docker-bake\.hcl:2:13: Unknown variable; There is no variable named "CTX"\.$/,
    ],
    [
      'undefined function',
      'docker-bake.hcl',
      'target "a" {\n  tags = [nofn("x")]\n}\n',
      /^docker-bake\.hcl:2:11: Call to unknown function; There is no function named "nofn"\.$/,
    ],
    [
      'JSON syntax: trailing comma',
      'docker-bake.json',
      '{\n  "target": {\n    "a": {\n      "tags": ["x",]\n    }\n  }\n}\n',
      /^docker-bake\.json:4:20: expected a JSON value, found "\]"$/,
    ],
    [
      'JSON: wrong type',
      'docker-bake.json',
      '{\n  "target": {\n    "a": {\n      "tags": "x"\n    }\n  }\n}\n',
      /^docker-bake\.json:4:15: Unsuitable value type; tags must be a list, not string$/,
    ],
  ];
  it.each(cases)('%s', (_name, file, src, expected) => {
    const dir = makeProject({ [file]: src });
    let err: unknown;
    try {
      resolveBake({ files: [], targets: ['a'], set: [], cwd: dir, env: {}, yaml });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BakeError);
    expect((err as BakeError).message).toMatch(expected);
    expect((err as BakeError).line).toBeGreaterThan(0);
    expect((err as BakeError).column).toBeGreaterThan(0);
  });

  it('unknown attributes and blocks are ignored as buildx does, each reported with its location and what was expected', () => {
    const dir = makeProject({
      'docker-bake.hcl':
        'target "a" {\n  platform = ["linux/amd64"]\n  foo {\n  }\n}\ngroup "default" {\n  targets = ["a"]\n  tragets = ["b"]\n}\n',
    });
    const warnings: BakeError[] = [];
    const def = resolveBake({
      files: [],
      targets: ['default'],
      set: [],
      cwd: dir,
      env: {},
      onWarning: (w) => warnings.push(w),
      yaml,
    });
    expect(Object.keys(def.target)).toEqual(['a']);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^docker-bake\.hcl:2:3: unknown attribute "platform" in target "a" is ignored \(as buildx does\); did you mean "platforms"\? Expected one of: name, matrix, description, inherits, .*extra-hosts, policy$/,
      ),
      expect.stringMatching(/^docker-bake\.hcl:3:3: unknown block "foo" in target "a" is ignored/),
      expect.stringMatching(
        /^docker-bake\.hcl:8:3: unknown attribute "tragets" in group "default" is ignored \(as buildx does\); did you mean "targets"\? Expected one of: name, matrix, description, targets$/,
      ),
    ]);
  });

  it('the CLI: exit 1 and the located error on stderr; unknown attributes as warnings', async () => {
    const dir = makeProject({ 'docker-bake.hcl': 'target "a" {\n  platfroms = ["linux/amd64"]\n  tags = ["x"\n}\n' });
    const r = await runCli(['--print', 'a'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('ERROR: docker-bake.hcl:4:1: expected "]" to close the list, found "}"');
    rows.push({
      fault: 'bake file with an unclosed list (CLI)',
      exitCode: r.code!,
      timeToExitMs: r.elapsedMs,
      error: r.stderr.trim(),
    });
    fs.writeFileSync(path.join(dir, 'docker-bake.hcl'), 'target "a" {\n  platfroms = ["linux/amd64"]\n}\n');
    const w = await runCli(['--print', 'a'], { cwd: dir });
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(
      /^WARNING: docker-bake\.hcl:2:3: unknown attribute "platfroms" in target "a" is ignored \(as buildx does\); did you mean "platforms"\?/,
    );
  });
});

describe('the build context', () => {
  it('a symlink out of the context is never followed and ignored files are never sent (real daemon, byte counters)', async () => {
    const OUTSIDE = `OUTSIDE-${crypto.randomUUID()}\n`;
    const IGNORED = `IGNORED-${crypto.randomUUID()}\n`;
    const pad = (s: string, n: number) => s + 'x'.repeat(n - s.length);
    const root = makeProject({
      'outside/passwd': pad(OUTSIDE, 77_777),
      'ctx/Dockerfile': 'FROM scratch\nCOPY . /ctx/\n',
      'ctx/.dockerignore': 'ignored.txt\nsecret-dir\n',
      'ctx/app.txt': 'app\n',
      'ctx/ignored.txt': pad(IGNORED, 55_555),
      'ctx/secret-dir/key': pad(IGNORED, 33_333),
      'ctx/follow-abs.Dockerfile': 'FROM scratch\nCOPY link-abs /f\n',
      'ctx/follow-rel.Dockerfile': 'FROM scratch\nCOPY link-rel /f\n',
      'ctx/follow-dir.Dockerfile': 'FROM scratch\nCOPY link-dir/passwd /f\n',
    });
    const ctx = path.join(root, 'ctx');
    fs.symlinkSync(path.join(root, 'outside/passwd'), path.join(ctx, 'link-abs'));
    fs.symlinkSync('../outside/passwd', path.join(ctx, 'link-rel'));
    fs.symlinkSync('../outside', path.join(ctx, 'link-dir'));
    const sentFiles = [
      'Dockerfile',
      '.dockerignore',
      'app.txt',
      'follow-abs.Dockerfile',
      'follow-rel.Dockerfile',
      'follow-dir.Dockerfile',
    ];
    const expectedBytes = sentFiles.reduce((n, f) => n + fs.statSync(path.join(ctx, f)).size, 0);

    // COPY . : the links arrive as links, the ignored files not at all
    const out = path.join(root, 'out');
    const all = await runBuild(
      [
        {
          ...emptyTarget('all', ctx),
          dockerfile: path.join(ctx, 'Dockerfile'),
          noCache: true,
          outputs: [{ type: 'local', dest: out }],
        },
      ],
      { connection: conn, cwd: root, env: process.env },
    );
    expect(all.ok, all.targets[0]?.error?.message).toBe(true);
    const exported = (fs.readdirSync(out, { recursive: true }) as string[]).sort();
    expect(exported).toContain(path.join('ctx', 'app.txt'));
    expect(exported.filter((f) => /ignored|secret-dir/.test(f))).toEqual([]);
    for (const l of ['link-abs', 'link-rel', 'link-dir'])
      expect(fs.lstatSync(path.join(out, 'ctx', l)).isSymbolicLink(), l).toBe(true);
    expect(fs.readlinkSync(path.join(out, 'ctx/link-rel'))).toBe('../outside/passwd');
    for (const f of exported) {
      const p = path.join(out, f);
      if (!fs.lstatSync(p).isFile()) continue;
      const content = fs.readFileSync(p, 'utf8');
      expect(
        content.includes(OUTSIDE) || content.includes(IGNORED),
        `${f} carries content that must not leave the host`,
      ).toBe(false);
    }
    // what crossed the wire: exactly the non-ignored regular files, byte for byte
    // (the frontend may read .dockerignore first, in a request of its own: then it crosses twice)
    const dirStats = all.dirs.find((d) => d.path === ctx)!.stats.context;
    const dockerignore = fs.statSync(path.join(ctx, '.dockerignore')).size;
    expect([expectedBytes, expectedBytes + dockerignore]).toContain(dirStats.bytesSent);
    expect([sentFiles.length, sentFiles.length + 1]).toContain(dirStats.filesSent);

    // COPY through the links: resolved inside the context (where nothing is), never to the outside file
    for (const which of ['abs', 'rel', 'dir']) {
      const dest = path.join(root, `out-${which}`);
      const r = await runBuild(
        [
          {
            ...emptyTarget(which, ctx),
            dockerfile: path.join(ctx, `follow-${which}.Dockerfile`),
            noCache: true,
            outputs: [{ type: 'local', dest }],
          },
        ],
        { connection: conn, cwd: root, env: process.env },
      );
      const stats = r.dirs.find((d) => d.path === ctx)!.stats.context;
      expect(stats.bytesSent, `${which}: bytes sent`).toBeLessThan(OUTSIDE.length);
      if (r.ok) {
        for (const f of fs.readdirSync(dest, { recursive: true }) as string[]) {
          const p = path.join(dest, f);
          if (fs.lstatSync(p).isFile()) expect(fs.readFileSync(p, 'utf8')).not.toContain(OUTSIDE);
        }
      } else {
        expect(r.targets[0].error!.message, which).toMatch(/not found|no such file/);
      }
    }
    await expectNoActiveBuilds(client);
  });

  it('a context directory that does not exist: exit 1 with its path, nothing started on the daemon', async () => {
    const dir = makeProject({ 'docker-bake.hcl': 'target "default" {\n  context = "./nothere"\n}\n' });
    const r = await runCli(['--builder', daemon.endpoint], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `ERROR: .*context directory ${path.join(fs.realpathSync(dir), 'nothere').replace(/[/.]/g, '\\$&')} does not exist`,
      ),
    );
    await expectNoActiveBuilds(client);
    rows.push({
      fault: 'context directory missing (CLI)',
      exitCode: r.code!,
      timeToExitMs: r.elapsedMs,
      error: r.stderr.trim().split('\n').at(-1)!,
    });
  });
});

describe('secrets never show', () => {
  const ENV_SECRET = `env-secret-${crypto.randomUUID()}`;
  const FILE_SECRET = `file-secret-${crypto.randomUUID()}`;
  const INPUT_SECRET = `input-secret-${crypto.randomUUID()}`;
  const GITHUB_TOKEN = `ghs_${crypto.randomBytes(18).toString('hex')}`;
  const secrets = [ENV_SECRET, FILE_SECRET, INPUT_SECRET, GITHUB_TOKEN];
  // the step prints every secret it can reach, then fails: its output and the failure summary would carry them
  const LEAKY = `FROM ${BASE_IMAGE}\nRUN --mount=type=secret,id=envtok,env=T1 --mount=type=secret,id=filetok,env=T2 --mount=type=secret,id=inputtok,required=false,env=T3 \\\n    sh -c 'echo "token: $T1"; echo "file: $T2"; echo "input: $T3"; echo "$T1" >&2; exit 3'\n`;
  const GOOD = `FROM ${BASE_IMAGE}\nRUN --mount=type=secret,id=envtok,env=T1 --mount=type=secret,id=filetok,env=T2 sh -c 'test -n "$T1" && test -n "$T2" && echo used > /used'\n`;
  function project() {
    return makeProject({
      'docker-bake.hcl': `target "good" {\n  dockerfile = "good.Dockerfile"\n  secret = ["id=envtok,env=MY_TOKEN", "id=filetok,src=tok.txt"]\n}\ntarget "leaky" {\n  dockerfile = "leaky.Dockerfile"\n  secret = ["id=envtok,env=MY_TOKEN", "id=filetok,src=tok.txt", "id=inputtok"]\n}\n`,
      'good.Dockerfile': GOOD,
      'leaky.Dockerfile': LEAKY,
      'tok.txt': `${FILE_SECRET}\n`,
    });
  }
  const found = (text: string) => secrets.filter((s) => text.includes(s));

  it('the CLI: stdout, stderr and the metadata file, on a passing and on a failing build that prints them', async () => {
    const dir = project();
    const env = { MY_TOKEN: ENV_SECRET, inputtok: INPUT_SECRET };
    const good = await runCli(['--builder', daemon.endpoint, '--metadata-file', 'md.json', 'good'], { cwd: dir, env });
    expect(good.code, good.stderr).toBe(0);
    const metadata = fs.readFileSync(path.join(dir, 'md.json'), 'utf8');
    expect((JSON.parse(metadata) as Record<string, Record<string, unknown>>).good['buildx.build.ref']).toBeTruthy();
    const bad = await runCli(['--builder', daemon.endpoint, '--metadata-file', 'md-bad.json', 'leaky'], {
      cwd: dir,
      env,
    });
    expect(bad.code).toBe(1);
    // the step did print them: the log shows where, masked
    expect(bad.stderr).toMatch(/token: \*\*\*/);
    expect(bad.stderr).toMatch(/file: \*\*\*/);
    expect(bad.stderr).toMatch(/input: \*\*\*/);
    expect(bad.stderr).toMatch(/ERROR: target "leaky": .*exit code: 3/);
    for (const [what, text] of Object.entries({
      'good stdout': good.stdout,
      'good stderr': good.stderr,
      metadata,
      'failing stdout': bad.stdout,
      'failing stderr': bad.stderr,
      'failing metadata': fs.readFileSync(path.join(dir, 'md-bad.json'), 'utf8'),
    })) {
      expect(found(text), what).toEqual([]);
    }
    rows.push({
      fault: 'a failing step prints the secrets (CLI)',
      exitCode: bad.code!,
      timeToExitMs: bad.elapsedMs,
      error: bad.stderr
        .split('\n')
        .filter((l) => /token: |ERROR/.test(l))
        .join(' ⏎ '),
    });
    await expectNoActiveBuilds(client);
  });

  it('the action: log, annotations, summary and outputs; the token and inputs are masked first', async () => {
    const ws = project();
    const runner = fs.mkdtempSync(path.join(ws, '.runner-'));
    const files = {
      GITHUB_OUTPUT: 'output',
      GITHUB_STEP_SUMMARY: 'summary',
      GITHUB_STATE: 'state',
      GITHUB_ENV: 'env',
      GITHUB_PATH: 'path',
    };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/root',
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: runner,
      GITHUB_REPOSITORY: 'bakekit/faults',
      MY_TOKEN: ENV_SECRET,
      INPUT_BUILDER: daemon.endpoint,
      INPUT_TARGETS: 'leaky',
      INPUT_SECRETS: `inputtok=${INPUT_SECRET}`,
      'INPUT_GITHUB-TOKEN': GITHUB_TOKEN,
      INPUT_SUMMARY: 'true',
      INPUT_CACHE: 'off',
    };
    for (const [k, f] of Object.entries(files)) {
      env[k] = path.join(runner, f);
      fs.writeFileSync(env[k], '');
    }
    const run = startNode('src/action/index.ts', [], { cwd: ws, env, replaceEnv: true });
    const r = await run.done;
    const stdout = run.stdout() + run.stderr();
    expect(r.code).toBe(1);
    const lines = stdout.split('\n');
    // masked before anything else is printed
    const firstOther = lines.findIndex((l) => l.trim() && !l.startsWith('::add-mask::'));
    const masks = lines
      .slice(0, firstOther)
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length));
    expect(masks).toEqual(expect.arrayContaining([INPUT_SECRET, GITHUB_TOKEN]));
    const log = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
    expect(log).toMatch(/token: \*\*\*/);
    expect(log).toMatch(/input: \*\*\*/);
    expect(log).toMatch(/::error title=target leaky.*::target "leaky": failed to solve: .*exit code: 3/);
    expect(log).toMatch(/::error::1 target\(s\) failed: leaky/);
    const summary = fs.readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
    const outputs = fs.readFileSync(env.GITHUB_OUTPUT, 'utf8');
    expect(summary).toMatch(/\| leaky \| ❌ failed \|/);
    for (const [what, text] of Object.entries({ log, summary, outputs })) expect(found(text), what).toEqual([]);
    rows.push({
      fault: 'a failing step prints the secrets (action)',
      exitCode: r.code!,
      timeToExitMs: r.elapsedMs,
      error: log
        .split('\n')
        .filter((l) => l.startsWith('::error'))
        .join(' ⏎ ')
        .slice(0, 300),
    });
    await expectNoActiveBuilds(client);
  });
});
