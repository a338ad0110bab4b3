/** The target's own session (src/solve/run/run.ts ownSession): the services it offers the daemon. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DockerAuthProvider } from '../../../../src/buildkit/session/auth.js';
import { ownSession } from '../../../../src/solve/run/run.js';
import { planTarget } from '../../../../src/solve/target/plan.js';
import { emptyTarget } from '../../../../src/solve/target/spec.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-own-session-'));
fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ctx = {
  secrets: new Map<string, Buffer>(),
  ssh: new Map(),
  auth: new DockerAuthProvider({ lookup: () => undefined }),
  emit: () => {},
  env: {},
};
const FILE_SYNC = '/moby.filesync.v1.FileSync/DiffCopy';

describe('ownSession', () => {
  it('offers FileSync only for a plan with local directories, as the Go client (client/solve.go)', () => {
    const local = planTarget({ ...emptyTarget('t', dir), dockerfile: path.join(dir, 'Dockerfile') });
    expect(ownSession('t', local, ctx).session.advertisedMethods()).toContain(FILE_SYNC);
    // context and Dockerfile both in a Git repository: nothing to sync
    const remote = planTarget({ ...emptyTarget('t', 'https://h/o/r.git#main'), dockerfile: 'Dockerfile' });
    expect(remote.localDirs).toEqual({});
    const methods = ownSession('t', remote, ctx).session.advertisedMethods();
    expect(methods).not.toContain(FILE_SYNC);
    expect(methods).toContain('/moby.filesync.v1.Auth/Credentials');
  });
});
