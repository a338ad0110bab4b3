/**
 * On both daemons: chained solves through the gateway, with the lifetime rule holding
 * under fan-out, deep chains, a slow producer and failures — repeated, because the bugs this guards
 * against (buildx #2108, #3543, #4011) were races.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import { BuildkitClient } from '../../../src/buildkit/client.js';
import { runBuild, type RunResult } from '../../../src/solve/run/run.js';
import { emptyTarget, type TargetSpec } from '../../../src/solve/target/spec.js';
import { BASE_IMAGE, DAEMONS, expectNoActiveBuilds, requireTestHost } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';

const PLATFORMS = ['linux/amd64', 'linux/386'];
const REPEAT = 10;

function sha256(s: string | Buffer): string {
  return crypto.createHash('sha256').update(s).digest('hex');
}

function expectOk(result: RunResult): void {
  expect(
    result.targets.filter((t) => t.status !== 'done').map((t) => `${t.target}: ${t.status}: ${t.error?.message ?? ''}`),
  ).toEqual([]);
}

function platformDir(out: string, platform: string): string {
  return path.join(out, platform.replace('/', '_'));
}

function read(p: string): string {
  return fs.readFileSync(p, 'utf8').trim();
}

beforeAll(() => requireTestHost());
afterAll(() => removeProjects());

describe.each(DAEMONS)('chained solves on $name', ({ endpoint }) => {
  let conn: BuildkitConnection;
  let client: BuildkitClient;
  beforeAll(async () => {
    conn = await connect(parseEndpoint(endpoint));
    client = new BuildkitClient(conn);
  });
  afterAll(async () => {
    await conn?.close();
  });

  /** base (own local context) → 6 matrix children, each with a required secret; 2 platforms; no cache. */
  function fanOut(opts: { slowBase?: boolean; failChild?: number; failBase?: boolean } = {}) {
    const secret = `fan-out-secret-${crypto.randomUUID()}`;
    const baseRun = opts.failBase
      ? 'sleep 1 && exit 5'
      : `${opts.slowBase ? 'sleep 3 && ' : ''}echo "$TARGETPLATFORM" > /base-platform.txt`;
    const dir = makeProject({
      'base/Dockerfile': `FROM ${BASE_IMAGE}\nARG TARGETPLATFORM\nCOPY base.txt /base.txt\nRUN ${baseRun}\n`,
      'base/base.txt': `base content ${crypto.randomUUID()}\n`,
      'child/Dockerfile': [
        'FROM base',
        'ARG CHILD',
        'RUN --mount=type=secret,id=token,required=true sha256sum /run/secrets/token > /child-secret.sha && echo "$CHILD" > /child.txt',
        '',
      ].join('\n'),
      'failing/Dockerfile': ['FROM base', 'ARG CHILD', 'RUN sleep 1 && exit 7', ''].join('\n'),
      'sleepy/Dockerfile': ['FROM base', 'RUN --mount=type=secret,id=token,required=true sleep 60', ''].join('\n'),
    });
    const base: TargetSpec = {
      ...emptyTarget('base', path.join(dir, 'base')),
      dockerfile: path.join(dir, 'base/Dockerfile'),
      platforms: PLATFORMS,
      noCache: true,
    };
    const children: TargetSpec[] = [];
    for (let i = 1; i <= 6; i++) {
      const kind = opts.failChild === undefined ? 'child' : i === opts.failChild ? 'failing' : 'sleepy';
      children.push({
        ...emptyTarget(`child-${i}`, path.join(dir, 'child')),
        dockerfile: path.join(dir, `${kind}/Dockerfile`),
        contexts: { base: 'target:base' },
        args: { CHILD: `child-${i}` },
        platforms: PLATFORMS,
        secrets: [{ id: 'token', env: 'FANOUT_SECRET' }],
        noCache: true,
        outputs: [{ type: 'local', dest: path.join(dir, 'out', `child-${i}`) }],
      });
    }
    return { dir, secret, specs: [base, ...children], env: { ...process.env, FANOUT_SECRET: secret } };
  }

  function checkFanOut(dir: string, secret: string): void {
    for (let i = 1; i <= 6; i++) {
      for (const platform of PLATFORMS) {
        const out = platformDir(path.join(dir, 'out', `child-${i}`), platform);
        expect(read(path.join(out, 'child-secret.sha')).split(/\s+/)[0], `child-${i} ${platform} secret`).toBe(
          sha256(secret),
        );
        expect(read(path.join(out, 'child.txt'))).toBe(`child-${i}`);
        expect(read(path.join(out, 'base-platform.txt')), `child-${i} ${platform} base`).toBe(platform);
        expect(fs.readFileSync(path.join(out, 'base.txt'), 'utf8')).toBe(
          fs.readFileSync(path.join(dir, 'base/base.txt'), 'utf8'),
        );
      }
    }
  }

  it(`fan-out: 6 children × 2 platforms consume target:base with required secrets, ${REPEAT} times in a row`, async () => {
    for (let round = 1; round <= REPEAT; round++) {
      const { dir, secret, specs, env } = fanOut();
      const result = await runBuild(specs, { connection: conn, cwd: dir, env });
      expectOk(result);
      checkFanOut(dir, secret);
      // base was solved once and consumed directly: it has no export of its own and ran one build
      expect(result.targets.find((t) => t.target === 'base')?.status).toBe('done');
    }
  }, 600_000);

  it('a slow producer: children wait for it and still find their secrets and contexts', async () => {
    const { dir, secret, specs, env } = fanOut({ slowBase: true });
    const result = await runBuild(specs, { connection: conn, cwd: dir, env });
    expectOk(result);
    checkFanOut(dir, secret);
  }, 300_000);

  it(`a deep chain with secrets at several levels, multi-platform, ${REPEAT} times`, async () => {
    for (let round = 1; round <= REPEAT; round++) {
      const prepSecret = `prep-${crypto.randomUUID()}`;
      const consoleSecret = `console-${crypto.randomUUID()}`;
      const dir = makeProject({
        'base/Dockerfile': `FROM ${BASE_IMAGE}\nARG TARGETPLATFORM\nRUN echo "$TARGETPLATFORM" > /chain-base.txt\n`,
        'prep/Dockerfile':
          'FROM base\nRUN --mount=type=secret,id=prep,required=true sha256sum /run/secrets/prep > /prep.sha\n',
        'app/Dockerfile': 'FROM prep\nCOPY app.txt /app.txt\nRUN echo ok > /app-ok.txt\n',
        'app/app.txt': `app ${round}\n`,
        'console/Dockerfile':
          'FROM app\nRUN --mount=type=secret,id=console,required=true sha256sum /run/secrets/console > /console.sha\n',
        'default/Dockerfile':
          'FROM console\nRUN --mount=type=secret,id=prep,required=true sha256sum /run/secrets/prep > /final-prep.sha\n',
      });
      const common = { platforms: PLATFORMS, noCache: true };
      const specs: TargetSpec[] = [
        { ...emptyTarget('base', path.join(dir, 'base')), dockerfile: path.join(dir, 'base/Dockerfile'), ...common },
        {
          ...emptyTarget('prep', path.join(dir, 'prep')),
          dockerfile: path.join(dir, 'prep/Dockerfile'),
          contexts: { base: 'target:base' },
          secrets: [{ id: 'prep', env: 'PREP_SECRET' }],
          ...common,
        },
        {
          ...emptyTarget('app', path.join(dir, 'app')),
          dockerfile: path.join(dir, 'app/Dockerfile'),
          contexts: { prep: 'target:prep' },
          ...common,
        },
        {
          ...emptyTarget('app-console', path.join(dir, 'console')),
          dockerfile: path.join(dir, 'console/Dockerfile'),
          contexts: { app: 'target:app' },
          secrets: [{ id: 'console', env: 'CONSOLE_SECRET' }],
          ...common,
        },
        {
          ...emptyTarget('default', path.join(dir, 'default')),
          dockerfile: path.join(dir, 'default/Dockerfile'),
          contexts: { console: 'target:app-console' },
          secrets: [{ id: 'prep', env: 'PREP_SECRET' }],
          outputs: [{ type: 'local', dest: path.join(dir, 'out') }],
          ...common,
        },
      ];
      const result = await runBuild(specs, {
        connection: conn,
        cwd: dir,
        env: { ...process.env, PREP_SECRET: prepSecret, CONSOLE_SECRET: consoleSecret },
      });
      expectOk(result);
      for (const platform of PLATFORMS) {
        const out = platformDir(path.join(dir, 'out'), platform);
        expect(read(path.join(out, 'chain-base.txt'))).toBe(platform);
        expect(read(path.join(out, 'prep.sha')).split(/\s+/)[0]).toBe(sha256(prepSecret));
        expect(read(path.join(out, 'console.sha')).split(/\s+/)[0]).toBe(sha256(consoleSecret));
        expect(read(path.join(out, 'final-prep.sha')).split(/\s+/)[0]).toBe(sha256(prepSecret));
        expect(read(path.join(out, 'app.txt'))).toBe(`app ${round}`);
      }
    }
  }, 600_000);

  it('a chain of depth 4 sharing one local context transfers it once (bytes counted)', async () => {
    const files: Record<string, string | Buffer> = {};
    let contextBytes = 0;
    for (let i = 0; i < 40; i++) {
      const content = crypto.randomBytes(8192 + i);
      files[`shared/data/file-${i}.bin`] = content;
      contextBytes += content.length;
    }
    const dir = makeProject({
      ...files,
      'df/a.Dockerfile': `FROM ${BASE_IMAGE}\nCOPY data /data\nRUN ls /data | wc -l > /a.count\n`,
      'df/b.Dockerfile': 'FROM a\nCOPY data /data-b\nRUN ls /data-b | wc -l > /b.count\n',
      'df/c.Dockerfile': 'FROM b\nCOPY data /data-c\nRUN ls /data-c | wc -l > /c.count\n',
      'df/d.Dockerfile':
        'FROM c\nCOPY data /data-d\nRUN cat /a.count /b.count /c.count > /counts && ls /data-d | wc -l >> /counts\n',
    });
    const ctx = path.join(dir, 'shared');
    const t = (name: string, parent?: string, extra: Partial<TargetSpec> = {}): TargetSpec => ({
      ...emptyTarget(name, ctx),
      dockerfile: path.join(dir, `df/${name}.Dockerfile`),
      contexts: parent ? { [parent]: `target:${parent}` } : {},
      ...extra,
    });
    const result = await runBuild(
      [t('a'), t('b', 'a'), t('c', 'b'), t('d', 'c', { outputs: [{ type: 'local', dest: path.join(dir, 'out') }] })],
      {
        connection: conn,
        cwd: dir,
        env: process.env,
      },
    );
    expectOk(result);
    expect(read(path.join(dir, 'out/counts')).split(/\s+/)).toEqual(['40', '40', '40', '40']);
    // everything any session sent for the shared context: the directory session and the targets' own sessions
    const viaDirSessions = result.dirs
      .filter((d) => d.path === ctx)
      .reduce((sum, d) => sum + (d.stats.context?.bytesSent ?? 0), 0);
    const viaTargetSessions = result.targets.reduce((sum, o) => sum + (o.transferred.context?.bytesSent ?? 0), 0);
    expect(viaDirSessions + viaTargetSessions).toBe(contextBytes);
  }, 300_000);

  it('a failing producer cancels its consumers, whose builds had already started, and leaves no build behind', async () => {
    const { dir, specs, env } = fanOut({ failBase: true });
    const result = await runBuild(specs, { connection: conn, cwd: dir, env });
    expect(result.ok).toBe(false);
    expect(result.targets.filter((t) => t.status === 'failed').map((t) => t.target)).toEqual(['base']);
    expect(result.targets.find((t) => t.target === 'base')?.error?.message).toMatch(/target "base".*exit code: 5/s);
    expect(result.targets.filter((t) => t.target !== 'base').every((t) => t.status === 'cancelled')).toBe(true);
    await expectNoActiveBuilds(
      client,
      10_000,
      result.targets.map((t) => t.ref),
    );
  }, 120_000);

  it('a failing child stops its siblings within seconds and names the target and line', async () => {
    const { dir, specs, env } = fanOut({ failChild: 3 });
    const started = Date.now();
    const result = await runBuild(specs, { connection: conn, cwd: dir, env });
    const elapsed = Date.now() - started;
    expect(result.ok).toBe(false);
    const failed = result.targets.filter((t) => t.status === 'failed');
    expect(failed.map((t) => t.target)).toEqual(['child-3']);
    expect(failed[0].error?.message).toMatch(/target "child-3".*exit code: 7/s);
    const cause = (failed[0].error as { cause?: { sources?: Array<{ file: string; startLine: number }> } }).cause;
    expect(cause?.sources?.[0]).toMatchObject({ startLine: 3 });
    // the siblings sleep 60 s: they must have been cancelled, not waited for
    expect(elapsed).toBeLessThan(30_000);
    expect(
      result.targets
        .filter((t) => t.target.startsWith('child-') && t.target !== 'child-3')
        .every((t) => t.status === 'cancelled'),
    ).toBe(true);
    await expectNoActiveBuilds(
      client,
      10_000,
      result.targets.map((t) => t.ref),
    );
  }, 120_000);
});
