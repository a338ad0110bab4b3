/**
 * The directory sessions of a run (see run.ts): one session per distinct local directory, shared by every target
 * that builds from it and named to the frontend with `local-sessionid:NAME` attributes, so that the directory crosses
 * the wire once and identical local sources become one vertex on the daemon.
 */
import * as path from 'node:path';
import type { DockerAuthProvider } from '../../buildkit/session/auth.js';
import { FileSync } from '../../buildkit/session/filesync.js';
import { SecretStore } from '../../buildkit/session/secrets.js';
import { Session } from '../../buildkit/session/session.js';
import { SshForwarder } from '../../buildkit/session/ssh.js';
import type { DirIdentities } from '../../buildkit/fsutil/identity.js';
import type { BuildkitConnection } from '../../buildkit/transport/connect.js';
import { sharedKeyFor, type SolvePlan } from '../target/plan.js';
import { dirSessionId, type DirSessionId } from './session-ids.js';

export interface DirSession {
  session: Session;
  fileSync: FileSync;
  names: Set<string>;
  /** the session's id, from the directory's state when it could be identified (session-ids.ts) */
  sessionId: DirSessionId;
}

/**
 * Whether a target needs no session of its own: no secrets, no SSH agent, no exporter streaming to this machine, and
 * every local source from one directory. Its directory session then is its main session too: it serves registry auth,
 * and the directory under every name the target gives it, which is what a frontend without `local-sessionid` asks the
 * main session for. A session fewer per such target: one tunnel, server and health-check loop less to set up and tear
 * down.
 */
export function servedByDirSession(plan: SolvePlan): boolean {
  const dirs = new Set(Object.values(plan.localDirs));
  return (
    dirs.size === 1 &&
    plan.secrets.length === 0 &&
    plan.ssh.length === 0 &&
    plan.destinations.every((d) => d.mode === 'none') &&
    !plan.contentStores
  );
}

/** One session per distinct local directory of the run, serving it under every name a target gives it (not yet open);
 * each also serves registry auth, for the targets it is the main session of (servedByDirSession). Each session's id
 * comes from its directory's identity (session-ids.ts), so an unchanged directory is not transferred again. */
export async function dirSessionsFor(
  plans: SolvePlan[],
  auth: DockerAuthProvider,
  daemon: string,
  reuse: boolean,
  identities: DirIdentities = new Map(),
): Promise<Map<string, DirSession>> {
  const names = new Map<string, Set<string>>();
  for (const plan of plans) {
    for (const [name, dir] of Object.entries(plan.localDirs)) {
      if (!names.has(dir)) names.set(dir, new Set());
      names.get(dir)!.add(name);
    }
  }
  const dirs = [...names.keys()];
  // directories the caller did not start identifying (identifyLocalDirs) are walked now, the same way; imported as
  // identifyLocalDirs imports it, so that the bundle holds the module once
  const missing = reuse ? dirs.filter((dir) => !identities.has(dir)) : [];
  const started: DirIdentities =
    missing.length > 0
      ? (await import('../../buildkit/fsutil/identity.js')).identifyDirectories(missing)
      : new Map<string, Promise<string | undefined>>();
  const identified = reuse ? await Promise.all(dirs.map((dir) => identities.get(dir) ?? started.get(dir)!)) : [];
  const out = new Map<string, DirSession>();
  dirs.forEach((dir, i) => {
    const dirNames = names.get(dir)!;
    const fileSync = new FileSync(Object.fromEntries([...dirNames].map((n) => [n, dir])));
    const sessionId = dirSessionId(dir, identified[i], { daemon });
    // A new state's session may take the daemon's faster route that holds the id a while after the end (the Engine's
    // POST /session): the release records until when, and a run before then takes a random id.
    const session = new Session({
      reusedId: sessionId.id,
      lingerAllowed: !sessionId.seen,
      name: path.basename(dir),
      sharedKey: sharedKeyFor(dir),
    })
      .attach(fileSync)
      .attach(auth);
    // As a main session (servedByDirSession: a target with neither secrets nor ssh), it answers for those as buildx's
    // session of such a build does: no secret, no SSH agent (NotFound).
    session.attach(new SecretStore(new Map())).attach(new SshForwarder([], { env: {} }));
    out.set(dir, { session, fileSync, names: dirNames, sessionId });
  });
  return out;
}

/** Opens the directory sessions together (independent tunnels); on a failure closes them all and rejects. */
export async function openDirSessions(sessions: DirSession[], connection: BuildkitConnection): Promise<void> {
  try {
    await Promise.all(sessions.map((d) => d.session.run(connection)));
  } catch (err) {
    await Promise.all(sessions.map((d) => d.session.close().catch(() => {})));
    throw err;
  }
}
