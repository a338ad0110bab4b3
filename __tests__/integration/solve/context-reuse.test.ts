/**
 * An unchanged local directory is not transferred again (solve/run/session-ids.ts): its session id is a digest of its
 * state, so the daemon finds its own snapshot under the same cache key and makes no FileSync call at all. Any change
 * gives a new id and the usual incremental transfer, and the build sees the change. On both daemons.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIND_FROM_ENTRIES } from '../../../src/buildkit/fsutil/identity.js';
import { connect, type BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import { runBuild, type RunResult } from '../../../src/solve/run/run.js';
import { emptyTarget, type TargetSpec } from '../../../src/solve/target/spec.js';
import { BASE_IMAGE, DAEMONS, requireTestHost } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';

// The RUN lists what the context holds, so the exported file shows what the daemon's snapshot contained.
const DOCKERFILE = `FROM ${BASE_IMAGE} AS build
COPY . /ctx
RUN cd /ctx && find . -type f | sort | xargs cat > /listing
FROM scratch
COPY --from=build /listing /listing
`;

const DOCKERIGNORE = 'Dockerfile\n.dockerignore\n';

/** DiffCopy calls the daemon made for `dir`, under any name, by the directory session or a target's own session. */
function requestsFor(result: RunResult, dir: string): number {
  const viaDir = result.dirs.filter((d) => d.path === dir).flatMap((d) => Object.values(d.stats));
  const viaTargets = result.targets.flatMap((t) => Object.values(t.transferred));
  return [...viaDir, ...viaTargets].reduce((sum, s) => sum + s.requests, 0);
}

/** DiffCopy calls for the build context only (the Dockerfile's own small source aside). */
function contextRequests(result: RunResult, dir: string): number {
  return result.dirs.filter((d) => d.path === dir).reduce((sum, d) => sum + (d.stats.context?.requests ?? 0), 0);
}

afterAll(() => removeProjects());

describe.each(DAEMONS)('an unchanged context on $name', ({ endpoint }) => {
  let conn: BuildkitConnection;

  beforeAll(async () => {
    requireTestHost();
    conn = await connect(parseEndpoint(endpoint));
  });
  afterAll(async () => {
    await conn?.close();
  });

  const project = () =>
    makeProject({
      Dockerfile: DOCKERFILE,
      '.dockerignore': DOCKERIGNORE,
      'a.txt': 'alpha\n',
      'sub/b.txt': 'beta\n',
    });
  const target = (dir: string, out: string): TargetSpec => ({
    ...emptyTarget('reuse', dir),
    dockerfile: path.join(dir, 'Dockerfile'),
    outputs: [{ type: 'local', dest: out }],
  });
  const build = async (dir: string, out: string, env: NodeJS.ProcessEnv = process.env) => {
    fs.rmSync(out, { recursive: true, force: true });
    const result = await runBuild([target(dir, out)], { connection: conn, cwd: dir, env });
    expect(result.targets.map((t) => [t.target, t.status, t.error?.message])).toEqual([['reuse', 'done', undefined]]);
    return { result, listing: fs.readFileSync(path.join(out, 'listing'), 'utf8') };
  };

  it('is not transferred again; a changed, added or removed file is, and the build sees it', async () => {
    const dir = project();
    // The output goes outside the context: writing it inside would change the context.
    const out = path.join(makeProject({}), 'out');
    const first = await build(dir, out);
    expect(first.listing).toBe('alpha\nbeta\n');
    expect(requestsFor(first.result, dir)).toBeGreaterThan(0);

    const again = await build(dir, out);
    expect(again.listing).toBe('alpha\nbeta\n');
    expect(requestsFor(again.result, dir)).toBe(0);

    fs.appendFileSync(path.join(dir, 'sub/b.txt'), 'beta 2\n');
    const changed = await build(dir, out);
    expect(changed.listing).toBe('alpha\nbeta\nbeta 2\n');
    expect(requestsFor(changed.result, dir)).toBeGreaterThan(0);
    // Incremental: the changed file's content, and .dockerignore, which the frontend reads without a diff.
    const sent = changed.result.dirs.find((d) => d.path === dir)!.stats.context;
    expect(sent?.bytesSent).toBe(Buffer.byteLength('beta\nbeta 2\n') + Buffer.byteLength(DOCKERIGNORE));

    fs.writeFileSync(path.join(dir, 'c.txt'), 'gamma\n');
    fs.rmSync(path.join(dir, 'a.txt'));
    const edited = await build(dir, out);
    expect(edited.listing).toBe('gamma\nbeta\nbeta 2\n');
    expect(requestsFor(edited.result, dir)).toBeGreaterThan(0);

    // Back to an unchanged state: no transfer again.
    const settled = await build(dir, out);
    expect(settled.listing).toBe('gamma\nbeta\nbeta 2\n');
    expect(requestsFor(settled.result, dir)).toBe(0);
  }, 300_000);

  it('a context too large to walk in process (listed by GNU find) is not transferred again either', async () => {
    const files: Record<string, string> = { Dockerfile: DOCKERFILE, '.dockerignore': DOCKERIGNORE };
    for (let i = 0; i < FIND_FROM_ENTRIES + 100; i++) files[`many/f${String(i).padStart(4, '0')}.txt`] = '';
    files['a.txt'] = 'alpha\n';
    const dir = makeProject(files);
    expect(fs.readdirSync(dir, { recursive: true }).length).toBeGreaterThan(FIND_FROM_ENTRIES);
    const out = path.join(makeProject({}), 'out');
    expect((await build(dir, out)).listing).toBe('alpha\n');

    const again = await build(dir, out);
    expect(again.result.dirs.find((d) => d.path === dir)!.stableSessionId).toBe(true);
    expect(requestsFor(again.result, dir)).toBe(0);

    fs.writeFileSync(path.join(dir, 'a.txt'), 'ALPHA\n');
    const changed = await build(dir, out);
    expect(changed.listing).toBe('ALPHA\n');
    expect(requestsFor(changed.result, dir)).toBeGreaterThan(0);
  }, 300_000);

  it('BAKEKIT_CONTEXT_REUSE=0 turns it off: random ids, the listing sent every time', async () => {
    const dir = project();
    const out = path.join(makeProject({}), 'out');
    const env = { ...process.env, BAKEKIT_CONTEXT_REUSE: '0' };
    await build(dir, out, env);
    const again = await build(dir, out, env);
    expect(again.listing).toBe('alpha\nbeta\n');
    expect(again.result.dirs.find((d) => d.path === dir)!.stableSessionId).toBe(false);
    expect(contextRequests(again.result, dir)).toBeGreaterThan(0);
  }, 300_000);

  it('two runs building the same unchanged directory at once do not share a session id', async () => {
    const dir = project();
    const outs = makeProject({});
    await build(dir, path.join(outs, '0'));
    // Same process, same directory, same state: the second run cannot take the id the first holds and gets a random
    // one. Had both used one id, the daemon would have routed both runs' calls to one of them, and dropped it for
    // both when the first ended.
    const [a, b] = await Promise.all([build(dir, path.join(outs, '1')), build(dir, path.join(outs, '2'))]);
    expect([a.listing, b.listing]).toEqual(['alpha\nbeta\n', 'alpha\nbeta\n']);
    const stable = (r: RunResult) => r.dirs.find((d) => d.path === dir)!.stableSessionId;
    expect([stable(a.result), stable(b.result)].sort()).toEqual([false, true]);
    // The random one transferred: nothing the daemon had was under its id.
    expect(contextRequests(stable(a.result) ? b.result : a.result, dir)).toBeGreaterThan(0);
    // Both released their ids: the next run has the directory's id again.
    expect(stable((await build(dir, path.join(outs, '3'))).result)).toBe(true);
  }, 300_000);
});
