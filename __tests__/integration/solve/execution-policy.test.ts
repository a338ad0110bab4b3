/**
 * The run's policies on the standalone buildkitd, with the registry at 127.0.0.1:5000:
 *   - `--execution`: on a 5-target graph (base → bad → after-bad, base → side, and alone) where `bad` runs `exit 1`,
 *     fail-fast stops every other target (naming `bad`, their builds gone from the daemon), keep-going builds base,
 *     side and alone to their outputs and cancels only after-bad, naming `bad`; the CLI reports every failure and
 *     exits 1;
 *   - `--max-parallelism 1`: a chain and a fan-out of linked targets complete, and independent targets build one after
 *     another;
 *   - `--publish all-or-nothing`: with a failure nothing is tagged (the registry's tags lists), what was pushed by
 *     digest is there untagged, and the metadata names no image; without one every tag is there with the digest a
 *     normal push gives (a multi-platform index and an output with two names among them).
 * Every run pushes under its own repository names (`bakekit-test/<pid>-<time>-…`).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildkitClient } from '../../../src/buildkit/client.js';
import { connect, type BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import { runBake, type BakeRunOptions } from '../../../src/solve/run/bake.js';
import type { BuildEvent } from '../../../src/solve/run/events.js';
import type { RunResult } from '../../../src/solve/run/run.js';
import { expectNoActiveBuilds, STANDALONE } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';
import { BASE_IMAGE, imagePlatforms, OCI_ACCEPT, REGISTRY, requireImagesHost } from '../images/host.js';

const RUN = `${process.pid}-${Date.now().toString(36)}`;
const ROOT = path.resolve(import.meta.dirname, '../../..');

/** base → bad (RUN exit 1) → after-bad; base → side; alone. ALONE_FAILS=1 makes alone fail too. */
const GRAPH = `
variable "ALONE_FAILS" { default = "0" }
group "default" { targets = ["base", "bad", "after-bad", "side", "alone"] }
target "base" {
  dockerfile-inline = "FROM ${BASE_IMAGE}\\nRUN echo base > /base.txt\\n"
}
target "bad" {
  contexts = { base = "target:base" }
  dockerfile-inline = "FROM base\\nRUN exit 1\\n"
}
target "after-bad" {
  contexts = { bad = "target:bad" }
  dockerfile-inline = "FROM bad\\nRUN echo after > /after.txt\\n"
  output = ["type=local,dest=out/after-bad"]
}
target "side" {
  contexts = { base = "target:base" }
  dockerfile-inline = "FROM base\\nRUN sleep 3 && echo side > /side.txt\\n"
  output = ["type=local,dest=out/side"]
}
target "alone" {
  dockerfile-inline = "FROM ${BASE_IMAGE}\\nRUN sleep 6 && echo alone > /alone.txt \${ALONE_FAILS == "1" ? "&& exit 3" : ""}\\n"
  output = ["type=local,dest=out/alone"]
}
`;

let conn: BuildkitConnection;
let client: BuildkitClient;

beforeAll(async () => {
  requireImagesHost();
  conn = await connect(parseEndpoint(STANDALONE));
  client = new BuildkitClient(conn);
}, 120_000);
afterAll(async () => {
  await conn?.close();
  removeProjects();
});

function bake(project: string, opts: Partial<BakeRunOptions> = {}, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return runBake({
    files: [],
    targets: [],
    set: [],
    cwd: project,
    env: { ...process.env, ...env },
    builder: STANDALONE,
    cache: 'off',
    ...opts,
  });
}

function statuses(result: RunResult): Record<string, string> {
  return Object.fromEntries(result.targets.map((t) => [t.target, t.skipped ? 'skipped' : t.status]));
}

function outcome(result: RunResult, target: string) {
  return result.targets.find((t) => t.target === target)!;
}

function read(project: string, file: string): string | undefined {
  const p = path.join(project, file);
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8').trim() : undefined;
}

describe('--execution on a graph with one failing target', () => {
  it('fail-fast: the failure stops every other target, naming it, and their builds end on the daemon', async () => {
    const project = makeProject({ 'docker-bake.hcl': GRAPH });
    const result = await bake(project, { noCache: true });
    expect(result.ok).toBe(false);
    expect(outcome(result, 'bad').status).toBe('failed');
    expect(outcome(result, 'bad').error?.message).toMatch(/exit code: 1/);
    for (const t of ['base', 'side', 'alone', 'after-bad']) {
      expect(outcome(result, t).status, t).toBe('cancelled');
      expect(outcome(result, t).cancelledBy, t).toBe('bad');
    }
    expect(outcome(result, 'after-bad').reason).toBe('it consumes "bad", which failed');
    expect(outcome(result, 'alone').reason).toBe(
      'target "bad" failed, and the run fails fast (execution policy fail-fast)',
    );
    // nothing was exported, and alone's `sleep 6` did not run on
    for (const t of ['side', 'alone', 'after-bad']) expect(fs.existsSync(path.join(project, 'out', t)), t).toBe(false);
    await expectNoActiveBuilds(
      client,
      10_000,
      result.targets.map((t) => t.ref),
    );
  }, 300_000);

  it('keep-going: every target that does not consume the failed one is built; its consumer is cancelled naming it', async () => {
    const project = makeProject({ 'docker-bake.hcl': GRAPH });
    const events: BuildEvent[] = [];
    const result = await bake(project, { noCache: true, execution: 'keep-going', onEvent: (e) => events.push(e) });
    expect(result.ok).toBe(false);
    expect(statuses(result)).toEqual({
      base: 'done',
      bad: 'failed',
      'after-bad': 'cancelled',
      side: 'done',
      alone: 'done',
    });
    expect(outcome(result, 'after-bad')).toMatchObject({
      cancelledBy: 'bad',
      reason: 'it consumes "bad", which failed',
    });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'target-cancelled', target: 'after-bad', cause: 'bad' }),
    );
    // the independent targets completed their exports; side consumed base
    expect(read(project, 'out/side/side.txt')).toBe('side');
    expect(read(project, 'out/side/base.txt')).toBe('base');
    expect(read(project, 'out/alone/alone.txt')).toBe('alone');
    expect(fs.existsSync(path.join(project, 'out/after-bad'))).toBe(false);
    await expectNoActiveBuilds(
      client,
      10_000,
      result.targets.map((t) => t.ref),
    );
  }, 300_000);

  it("keep-going through the CLI: every failure reported at the end, each target's end listed, exit code 1", () => {
    const project = makeProject({ 'docker-bake.hcl': GRAPH });
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        path.join(ROOT, 'node_modules/tsx/dist/esm/index.mjs'),
        path.join(ROOT, 'src/cli/index.ts'),
        '--builder',
        STANDALONE,
        '--no-cache',
        '--progress',
        'quiet',
        '--cache',
        'off',
        '--execution',
        'keep-going',
      ],
      { cwd: project, env: { ...process.env, ALONE_FAILS: '1' }, encoding: 'utf8', timeout: 240_000 },
    );
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^ERROR: target "bad": .*exit code: 1$/m);
    expect(r.stderr).toMatch(/^ERROR: target "alone": .*exit code: 3$/m);
    expect(r.stderr).toContain('targets: 2 built, 2 failed, 1 cancelled');
    expect(r.stderr).toMatch(/^ {2}after-bad {2}cancelled: it consumes "bad", which failed$/m);
    expect(r.stderr).toMatch(/^ {2}side {7}built$/m);
    expect(read(project, 'out/side/side.txt')).toBe('side');
  }, 300_000);
});

describe('--max-parallelism 1', () => {
  const LINKED = `
group "default" { targets = ["c1", "c2", "c3", "root", "f1", "f2", "f3"] }
target "c1" {
  dockerfile-inline = "FROM ${BASE_IMAGE}\\nRUN echo c1 > /c1.txt\\n"
}
target "c2" {
  contexts = { c1 = "target:c1" }
  dockerfile-inline = "FROM c1\\nRUN echo c2 > /c2.txt\\n"
}
target "c3" {
  contexts = { c2 = "target:c2" }
  dockerfile-inline = "FROM c2\\nRUN echo c3 > /c3.txt\\n"
  output = ["type=local,dest=out/c3"]
}
target "root" {
  dockerfile-inline = "FROM ${BASE_IMAGE}\\nRUN echo root > /root.txt\\n"
}
target "fan" {
  contexts = { root = "target:root" }
  dockerfile-inline = "FROM root\\nARG N\\nRUN echo $N > /leaf.txt\\n"
}
target "f1" {
  inherits = ["fan"]
  args = { N = "1" }
  output = ["type=local,dest=out/f1"]
}
target "f2" {
  inherits = ["fan"]
  args = { N = "2" }
  output = ["type=local,dest=out/f2"]
}
target "f3" {
  inherits = ["fan"]
  args = { N = "3" }
  output = ["type=local,dest=out/f3"]
}
`;

  it('completes a chain and a fan-out of linked targets', async () => {
    const project = makeProject({ 'docker-bake.hcl': LINKED });
    const result = await bake(project, { noCache: true, maxParallelism: 1 });
    expect(
      result.targets
        .filter((t) => t.status !== 'done')
        .map((t) => `${t.target}: ${t.status} ${t.error?.message ?? ''}`),
    ).toEqual([]);
    expect(['c1', 'c2', 'c3'].map((f) => read(project, `out/c3/${f}.txt`))).toEqual(['c1', 'c2', 'c3']);
    for (const n of ['1', '2', '3']) {
      expect(read(project, `out/f${n}/leaf.txt`)).toBe(n);
      expect(read(project, `out/f${n}/root.txt`)).toBe('root');
    }
  }, 300_000);

  it('builds independent targets one after another', async () => {
    const sleepy = (n: number) =>
      `target "s${n}" {\n  dockerfile-inline = "FROM ${BASE_IMAGE}\\nRUN sleep 2 && echo ${n} > /s.txt\\n"\n  output = ["type=local,dest=out/s${n}"]\n}\n`;
    const project = makeProject({
      'docker-bake.hcl': `group "default" { targets = ["s1", "s2", "s3"] }\n${[1, 2, 3].map(sleepy).join('')}`,
    });
    const events: BuildEvent[] = [];
    const started = Date.now();
    const result = await bake(project, { noCache: true, maxParallelism: 1, onEvent: (e) => events.push(e) });
    expect(result.ok).toBe(true);
    // never two targets under way at once: each starts after the one before it is done
    const sequence = events
      .filter((e) => e.type === 'target-start' || e.type === 'target-done')
      .map((e) => `${e.type === 'target-start' ? '+' : '-'}${e.target}`);
    expect(sequence).toHaveLength(6);
    for (let i = 0; i < 6; i += 2) expect(sequence[i + 1]).toBe(sequence[i].replace('+', '-'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(6_000);
    for (const n of [1, 2, 3]) expect(read(project, `out/s${n}/s.txt`)).toBe(String(n));
  }, 300_000);
});

describe('--publish all-or-nothing', () => {
  /** img-base: 2 platforms (an index); img-app: consumes it, one output with two names; bad: RUN exit 1 (FAIL=1). */
  const IMAGES = `
variable "R" {}
variable "FAIL" { default = "0" }
group "default" { targets = FAIL == "1" ? ["img-base", "img-app", "bad"] : ["img-base", "img-app"] }
target "img-base" {
  dockerfile-inline = "FROM scratch\\nCOPY a.txt /a.txt\\n"
  platforms = ["linux/amd64", "linux/386"]
  tags = ["localhost:5000/bakekit-test/\${R}-base:t", "localhost:5000/bakekit-test/\${R}-base:t2"]
}
target "img-app" {
  contexts = { base = "target:img-base" }
  dockerfile-inline = "FROM base\\nCOPY a.txt /b.txt\\n"
  output = ["type=image,\\"name=localhost:5000/bakekit-test/\${R}-app:t,localhost:5000/bakekit-test/\${R}-app2:t\\",push=true"]
}
target "bad" {
  dockerfile-inline = "FROM ${BASE_IMAGE}\\nRUN exit 1\\n"
  tags = ["localhost:5000/bakekit-test/\${R}-bad:t"]
}
`;
  const REPOS = ['base', 'app', 'app2', 'bad'];

  async function tags(prefix: string, repo: string): Promise<string[]> {
    const res = await fetch(`http://${REGISTRY}/v2/bakekit-test/${prefix}-${repo}/tags/list`);
    if (res.status === 404) return []; // NAME_UNKNOWN: no tag was ever pushed there
    expect(res.ok).toBe(true);
    return ((await res.json()) as { tags?: string[] | null }).tags?.sort() ?? [];
  }
  async function manifest(
    prefix: string,
    repo: string,
    reference: string,
  ): Promise<{ digest: string; body: { manifests?: unknown[] } } | undefined> {
    const res = await fetch(`http://${REGISTRY}/v2/bakekit-test/${prefix}-${repo}/manifests/${reference}`, {
      headers: { Accept: OCI_ACCEPT },
    });
    if (res.status === 404) return undefined;
    expect(res.ok).toBe(true);
    return { digest: res.headers.get('docker-content-digest')!, body: (await res.json()) as { manifests?: unknown[] } };
  }
  const project = () => makeProject({ 'docker-bake.hcl': IMAGES, 'a.txt': `all-or-nothing ${RUN}\n` });
  // a reproducible image (no build-time provenance, fixed timestamps), so that two builds give the same digest
  const REPRODUCIBLE = { SOURCE_DATE_EPOCH: '0', BUILDX_NO_DEFAULT_ATTESTATIONS: '1' };

  it('with a failed target tags nothing: the tags lists are empty, the images pushed by digest are there untagged', async () => {
    const prefix = `aon-fail-${RUN}`;
    const dir = project();
    const result = await bake(
      dir,
      { push: true, execution: 'keep-going', publish: 'all-or-nothing', metadataFile: 'md.json' },
      { R: prefix, FAIL: '1' },
    );
    expect(statuses(result)).toEqual({ 'img-base': 'done', 'img-app': 'done', bad: 'failed' });
    for (const repo of REPOS) expect(await tags(prefix, repo), repo).toEqual([]);
    expect(result.publish).toMatchObject({ published: false, blockedBy: ['bad'], blockedHow: 'failed', tagged: [] });
    // the two built targets' images went to their repositories by digest, as the report says
    const untagged = result.publish!.untagged.map((u) => u.reference).sort();
    const digest = (t: string) => result.metadata[t]['containerimage.digest'] as string;
    expect(untagged).toEqual(
      [
        `${prefix}-app@${digest('img-app')}`,
        `${prefix}-app2@${digest('img-app')}`,
        `${prefix}-base@${digest('img-base')}`,
      ]
        .map((r) => `localhost:5000/bakekit-test/${r}`)
        .sort(),
    );
    expect((await manifest(prefix, 'base', digest('img-base')))?.digest).toBe(digest('img-base'));
    expect((await manifest(prefix, 'app2', digest('img-app')))?.digest).toBe(digest('img-app'));
    // the metadata names no image
    const md = JSON.parse(fs.readFileSync(path.join(dir, 'md.json'), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    for (const t of ['img-base', 'img-app']) {
      expect(md[t]['containerimage.digest']).toBe(digest(t));
      expect(md[t]).not.toHaveProperty('image.name');
    }
  }, 300_000);

  it('fail-fast with a failed target tags nothing either', async () => {
    const prefix = `aon-ff-${RUN}`;
    const result = await bake(project(), { push: true, publish: 'all-or-nothing' }, { R: prefix, FAIL: '1' });
    expect(outcome(result, 'bad').status).toBe('failed');
    for (const repo of REPOS) expect(await tags(prefix, repo), repo).toEqual([]);
    expect(result.publish?.published).toBe(false);
  }, 300_000);

  it('without a failure tags every name with the digest a normal push gives', async () => {
    const deferred = `aon-ok-${RUN}`;
    const normal = `aon-normal-${RUN}`;
    const dir = project();
    const result = await bake(
      dir,
      { push: true, publish: 'all-or-nothing', metadataFile: 'md.json' },
      { R: deferred, ...REPRODUCIBLE },
    );
    expect(result.ok).toBe(true);
    expect(result.publish?.published).toBe(true);
    const pushed = await bake(dir, { push: true }, { R: normal, ...REPRODUCIBLE });
    expect(pushed.ok).toBe(true);

    expect(await tags(deferred, 'base')).toEqual(['t', 't2']);
    expect(await tags(deferred, 'app')).toEqual(['t']);
    expect(await tags(deferred, 'app2')).toEqual(['t']);
    const md = JSON.parse(fs.readFileSync(path.join(dir, 'md.json'), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    for (const [target, repo, tag] of [
      ['img-base', 'base', 't'],
      ['img-base', 'base', 't2'],
      ['img-app', 'app', 't'],
      ['img-app', 'app2', 't'],
    ] as const) {
      const ours = await manifest(deferred, repo, tag);
      const theirs = await manifest(normal, repo, tag);
      expect(ours?.digest, `${repo}:${tag}`).toBe(md[target]['containerimage.digest']);
      expect(ours?.digest, `${repo}:${tag} as a normal push`).toBe(theirs?.digest);
    }
    // the multi-platform image is tagged as its index
    expect(imagePlatforms((await manifest(deferred, 'base', 't'))!.body as { manifests?: [] })).toEqual([
      'linux/386',
      'linux/amd64',
    ]);
    // the metadata names the images once tagged, as a normal push's does
    expect(md['img-base']['image.name']).toBe(
      `localhost:5000/bakekit-test/${deferred}-base:t,localhost:5000/bakekit-test/${deferred}-base:t2`,
    );
    expect(md['img-app']['image.name']).toBe(
      `localhost:5000/bakekit-test/${deferred}-app:t,localhost:5000/bakekit-test/${deferred}-app2:t`,
    );
    expect(pushed.metadata['img-app']['image.name']).toBe(
      `localhost:5000/bakekit-test/${normal}-app:t,localhost:5000/bakekit-test/${normal}-app2:t`,
    );
  }, 300_000);
});
