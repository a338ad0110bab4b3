/**
 * An unchanged local directory is not transferred again (solve/run/session-ids.ts): its session id is a digest of its
 * state, so the daemon finds its own snapshot under the same cache key and makes no FileSync call at all. Any change
 * gives a new id and the usual incremental transfer, and the build sees the change. On both daemons; on the Engine
 * also which route each directory session takes (dockerd's POST /session for a new state, Control.Session for one
 * seen before) and that a rerun never takes an id dockerd may still hold. A working directory listed before its bake
 * file resolved (solve/run/early-identity.ts) names the session a listing after resolution names.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIND_FROM_ENTRIES } from '../../../src/buildkit/fsutil/identity.js';
import { newSessionId, SESSION_HEADERS } from '../../../src/buildkit/session/session.js';
import { connect, type BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import { runBuild, type RunResult } from '../../../src/solve/run/run.js';
import { identifyLocalDirs, resolveDefinition, runBake, type BakeRunOptions } from '../../../src/solve/run/bake.js';
import { listWorkingDirectoryEarly } from '../../../src/solve/run/early-identity.js';
import { emptyTarget, type TargetSpec } from '../../../src/solve/target/spec.js';
import { sharedKeyFor } from '../../../src/solve/target/plan.js';
import { BASE_IMAGE, DAEMONS, ENGINE, requireTestHost } from '../../support/daemons.js';
import { CONTROL_SESSION_OVER_ENGINE, EngineRecorder } from '../../support/engine-recorder.js';
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

const stable = (r: RunResult, dir: string) => r.dirs.find((d) => d.path === dir)!.stableSessionId;

describe.each(DAEMONS)('an unchanged context on $name', ({ endpoint }) => {
  let conn: BuildkitConnection;
  // On the Engine the calls go through a recording proxy, so that the test sees which route each directory session
  // took: dockerd's POST /session, or Control.Session over POST /grpc.
  let recorder: EngineRecorder | undefined;

  beforeAll(async () => {
    requireTestHost();
    if (endpoint === ENGINE) recorder = await EngineRecorder.start();
    conn = await connect(
      parseEndpoint(endpoint, undefined, recorder ? { env: { ...process.env, DOCKER_HOST: recorder.dockerHost } } : {}),
    );
  });
  afterAll(async () => {
    await conn?.close();
    await recorder?.close();
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
  /** The routes the directory's sessions took since the last call, as [route, id] (the Engine only). A target's own
   * session has the directory's shared key too (it serves the directory to frontends without local-sessionid), but
   * the target's name. */
  const routes = (dir: string): Array<[string, string]> => {
    const sessions = recorder!
      .snapshot()
      .sessions.filter((s) => s.sharedKey === sharedKeyFor(dir) && s.name === path.basename(dir));
    recorder!.clear();
    return sessions.map((s) => [s.path === CONTROL_SESSION_OVER_ENGINE ? 'POST /session' : 'Control.Session', s.id]);
  };
  /** Waits out the time the daemon may hold a new state's session id after it ended (none but on the Engine). */
  const lingerOver = () => new Promise((resolve) => setTimeout(resolve, conn.sessionLingerMs));

  it('is not transferred again; a changed, added or removed file is, and the build sees it; two runs at once do not share its id', async () => {
    const dir = project();
    // The output goes outside the context: writing it inside would change the context.
    const out = path.join(makeProject({}), 'out');
    recorder?.clear();
    const first = await build(dir, out);
    expect(first.listing).toBe('alpha\nbeta\n');
    expect(requestsFor(first.result, dir)).toBeGreaterThan(0);
    expect(stable(first.result, dir)).toBe(true);
    const firstRoutes = recorder ? routes(dir) : [];
    if (recorder) {
      expect(firstRoutes.map(([route]) => route)).toEqual(['POST /session']);
      // dockerd does hold the ended session's id: a new session under it is refused (one under a new id is not)
      const probe = (id: string) =>
        conn.openSessionTunnel([
          [SESSION_HEADERS.id, id],
          [SESSION_HEADERS.name, 'probe'],
          [SESSION_HEADERS.sharedKey, 'probe'],
        ]);
      (await probe(newSessionId())).destroy();
      await expect(probe(firstRoutes[0][1])).rejects.toThrow();
    }

    // Right away: on buildkitd the id is free at once. On the Engine the new state's session took POST /session, the
    // faster route for a transfer, where dockerd holds the id until its health checks fail (refusing it meanwhile,
    // and later dropping whatever is registered under it); so the rerun takes a random id, and the listing is sent
    // again (incrementally: no file's content but .dockerignore's, which the frontend reads whole), as buildx does.
    const soon = await build(dir, out);
    expect(soon.listing).toBe('alpha\nbeta\n');
    if (recorder) {
      expect(conn.sessionLingerMs).toBeGreaterThanOrEqual(10_000);
      const soonRoutes = routes(dir);
      expect(soonRoutes.map(([route]) => route)).toEqual(['POST /session']);
      expect(soonRoutes[0][1]).not.toBe(firstRoutes[0][1]);
      expect(stable(soon.result, dir)).toBe(false);
      expect(soon.result.dirs.find((d) => d.path === dir)!.stats.context?.bytesSent).toBe(
        Buffer.byteLength(DOCKERIGNORE),
      );
    } else {
      expect(conn.sessionLingerMs).toBe(0);
      expect(stable(soon.result, dir)).toBe(true);
      expect(requestsFor(soon.result, dir)).toBe(0);
    }

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

    // Unchanged since, and the daemon can no longer hold the id: no transfer, and (a state seen before) on the route
    // dockerd forgets at the session's end, so that the next rerun need not wait.
    await lingerOver();
    recorder?.clear();
    const settled = await build(dir, out);
    expect(settled.listing).toBe('gamma\nbeta\nbeta 2\n');
    expect(stable(settled.result, dir)).toBe(true);
    expect(requestsFor(settled.result, dir)).toBe(0);
    if (recorder) expect(routes(dir).map(([route]) => route)).toEqual(['Control.Session']);

    // Two runs of the unchanged directory at once, same process: the second cannot take the id the first holds and
    // gets a random one. Had both used one id, the daemon would have routed both runs' calls to one of them, and
    // dropped it for both when the first ended.
    const outs = makeProject({});
    const [a, b] = await Promise.all([build(dir, path.join(outs, '1')), build(dir, path.join(outs, '2'))]);
    expect([a.listing, b.listing]).toEqual(['gamma\nbeta\nbeta 2\n', 'gamma\nbeta\nbeta 2\n']);
    expect([stable(a.result, dir), stable(b.result, dir)].sort()).toEqual([false, true]);
    // The random one transferred: nothing the daemon had was under its id.
    expect(contextRequests(stable(a.result, dir) ? b.result : a.result, dir)).toBeGreaterThan(0);
    // Both released their ids (the stable one on the route forgotten at once): the next run has the directory's id.
    expect(stable((await build(dir, path.join(outs, '3'))).result, dir)).toBe(true);
  }, 300_000);

  it('a context directory named in Cyrillic, CJK and emoji builds, and is not transferred again (buildx 0.29 refuses it)', async () => {
    // The session's name and shared key come from the directory's basename. buildx sends them as they are, and
    // grpc-go's client refuses its own call: "header key "x-docker-expose-session-sharedkey" contains value with
    // non-printable ASCII characters" (docker buildx bake 0.29.1, on this host). bakekit percent-encodes them
    // (session.ts printableHeaderValue); dockerd's POST /session takes them as HTTP/1.1 headers too.
    const dir = makeProject(
      { Dockerfile: DOCKERFILE, '.dockerignore': DOCKERIGNORE, 'a.txt': 'alpha\n' },
      'проект-プロ-😀-',
    );
    const out = path.join(makeProject({}), 'out');
    const first = await build(dir, out);
    expect(first.listing).toBe('alpha\n');
    expect(requestsFor(first.result, dir)).toBeGreaterThan(0);
    await lingerOver();
    const again = await build(dir, out);
    expect(again.listing).toBe('alpha\n');
    expect(requestsFor(again.result, dir)).toBe(0);
    recorder?.clear();
  });

  it('a context too large to walk in process (listed by GNU find) is not transferred again either', async () => {
    const files: Record<string, string> = { Dockerfile: DOCKERFILE, '.dockerignore': DOCKERIGNORE };
    for (let i = 0; i < FIND_FROM_ENTRIES + 100; i++) files[`many/f${String(i).padStart(4, '0')}.txt`] = '';
    files['a.txt'] = 'alpha\n';
    const dir = makeProject(files);
    expect(fs.readdirSync(dir, { recursive: true }).length).toBeGreaterThan(FIND_FROM_ENTRIES);
    const out = path.join(makeProject({}), 'out');
    expect((await build(dir, out)).listing).toBe('alpha\n');

    await lingerOver();
    const again = await build(dir, out);
    expect(stable(again.result, dir)).toBe(true);
    expect(requestsFor(again.result, dir)).toBe(0);

    fs.writeFileSync(path.join(dir, 'a.txt'), 'ALPHA\n');
    const changed = await build(dir, out);
    expect(changed.listing).toBe('ALPHA\n');
    expect(requestsFor(changed.result, dir)).toBeGreaterThan(0);
  }, 300_000);

  it('a large working directory listed before its bake file resolved (early-identity.ts) names the same session', async () => {
    const files: Record<string, string> = {
      'docker-bake.hcl': 'target "default" {\n  context = "."\n  output = ["type=cacheonly"]\n}\n',
      Dockerfile: DOCKERFILE,
      '.dockerignore': DOCKERIGNORE,
    };
    for (let i = 0; i < FIND_FROM_ENTRIES + 100; i++) files[`many/f${String(i).padStart(4, '0')}.txt`] = '';
    const dir = makeProject(files);
    const opts: BakeRunOptions = { files: [], targets: [], set: [], cwd: dir, env: process.env, builder: endpoint };
    // the first run lists the directory after resolution, the second before it
    const first = await runBake(opts);
    expect(first.targets.map((t) => [t.target, t.status])).toEqual([['default', 'done']]);
    expect(requestsFor(first, dir)).toBeGreaterThan(0);
    await lingerOver();
    const early = listWorkingDirectoryEarly(opts);
    expect(early?.dir).toBe(dir);
    const definition = await resolveDefinition(opts);
    const again = await runBake(opts, definition, await identifyLocalDirs(definition, opts, early));
    expect(again.targets.map((t) => [t.target, t.status])).toEqual([['default', 'done']]);
    expect(stable(again, dir)).toBe(true);
    expect(requestsFor(again, dir)).toBe(0);
  }, 300_000);

  it('BAKEKIT_CONTEXT_REUSE=0 turns it off: random ids, the listing sent every time', async () => {
    const dir = project();
    const out = path.join(makeProject({}), 'out');
    const env = { ...process.env, BAKEKIT_CONTEXT_REUSE: '0' };
    await build(dir, out, env);
    const again = await build(dir, out, env);
    expect(again.listing).toBe('alpha\nbeta\n');
    expect(stable(again.result, dir)).toBe(false);
    expect(contextRequests(again.result, dir)).toBeGreaterThan(0);
  }, 300_000);
});
