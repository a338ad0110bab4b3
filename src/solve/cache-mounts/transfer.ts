/**
 * Runs the definitions of llb.ts on a daemon: one Control.Solve per mount and direction, with the Definition itself
 * (no frontend) and a small session of its own. The save's session receives the `local` export (FileSend) into a
 * directory, the restore's serves the directory holding the archive (FileSync) as the local source the definition
 * names. Both serve registry auth, for a helper image in a private registry. The exec's output (tar's complaints) is
 * read from the build's progress, so that a failure says what went wrong inside, not only "exit code: 1".
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BuildkitClient, randomId } from '../../buildkit/client.js';
import { DockerConfigCredentials, dockerConfigDir } from '../../buildkit/dockerconfig/index.js';
import { messageOf } from '../../buildkit/grpc/errors.js';
import type { StatusResponse } from '../../buildkit/proto/control.pb.js';
import { DockerAuthProvider } from '../../buildkit/session/auth.js';
import { FileSend } from '../../buildkit/session/filesend.js';
import { FileSync } from '../../buildkit/session/filesync.js';
import { Session } from '../../buildkit/session/session.js';
import type { BuildkitConnection } from '../../buildkit/transport/connect.js';
import { ARCHIVE_NAME, restoreDefinition, saveDefinition } from './llb.js';
import type { CacheMountSpec } from './types.js';

/** A save or restore that failed on the daemon: which mount, which step, and the helper's last words. */
export class CacheMountTransferError extends Error {
  override readonly name = 'CacheMountTransferError';
  constructor(
    readonly mountId: string,
    readonly step: 'save' | 'restore',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface TransferOptions {
  /** the helper image (default: llb.ts DEFAULT_HELPER_IMAGE) */
  image?: string;
  /** where registry credentials come from (DOCKER_CONFIG) */
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

/** The restore's exec prints this when it left a non-empty mount alone (llb.ts RESTORE_SCRIPT). */
const KEPT_MARKER = 'bakekit: the cache mount is not empty';

/** Solves `definition` with `session`, exporting with `exporters`; returns the exec's output lines. */
async function solveWith(
  connection: BuildkitConnection,
  definition: Buffer,
  session: Session,
  exporters: Array<{ Type: string; Attrs: Record<string, string> }>,
  signal: AbortSignal | undefined,
): Promise<string[]> {
  const client = new BuildkitClient(connection);
  const ref = randomId();
  const lines: string[] = [];
  let status: { done: Promise<void>; stop: () => void } | undefined;
  try {
    await session.run(connection);
    status = client.status(ref, (msg: StatusResponse) => {
      for (const log of msg.logs ?? []) {
        for (const line of Buffer.from(log.msg ?? Buffer.alloc(0))
          .toString('utf8')
          .split('\n'))
          if (line.trim()) lines.push(line);
      }
    });
    await client.solve(
      {
        Ref: ref,
        Session: session.id,
        Definition: definition,
        Frontend: '',
        FrontendAttrs: {},
        Exporters: exporters,
        Cache: { Exports: [], Imports: [] },
        // no build history record: this is bakekit's housekeeping, not a build the user asked for
        Internal: true,
      },
      signal,
    );
    return lines;
  } catch (err) {
    // the progress may trail the error by a moment: give the helper's last lines a chance to arrive
    if (status) await Promise.race([status.done, new Promise((r) => setTimeout(r, 500))]);
    const tail = lines.slice(-5).join('\n');
    throw Object.assign(new Error(messageOf(err) + (tail ? `\n${tail}` : '')), { cause: err });
  } finally {
    if (status) {
      const timer = setTimeout(() => status!.stop(), 1000);
      await status.done;
      clearTimeout(timer);
    }
    await session.close().catch(() => {});
  }
}

function authFor(opts: TransferOptions): DockerAuthProvider {
  return new DockerAuthProvider(new DockerConfigCredentials(dockerConfigDir(opts.env ?? process.env)));
}

/**
 * Writes the contents of `spec`'s cache mount on the daemon as a tar archive into the directory `dir` (the file
 * `dir/cache.tar`, returned). An empty or never-used mount gives an archive of an empty directory.
 */
export async function saveCacheMount(
  connection: BuildkitConnection,
  spec: CacheMountSpec,
  dir: string,
  opts: TransferOptions = {},
): Promise<string> {
  const session = new Session({ name: 'bakekit-cache-mount-save' })
    .attach(new FileSend([{ mode: 'dir', path: dir }]))
    .attach(authFor(opts));
  try {
    await solveWith(
      connection,
      saveDefinition(spec, { image: opts.image }),
      session,
      [{ Type: 'local', Attrs: {} }],
      opts.signal,
    );
  } catch (err) {
    throw new CacheMountTransferError(
      spec.id,
      'save',
      `saving cache mount ${spec.id} (${spec.cacheId}) on ${connection.description}: ${(err as Error).message}`,
      { cause: err },
    );
  }
  const file = path.join(dir, ARCHIVE_NAME);
  if (!fs.existsSync(file))
    throw new CacheMountTransferError(spec.id, 'save', `saving cache mount ${spec.id}: the daemon sent no archive`);
  return file;
}

/**
 * Unpacks the archive `archive` into `spec`'s cache mount on the daemon, if the mount is empty. Returns `kept: true`
 * when the mount already held something and was left as it was (llb.ts RESTORE_SCRIPT says why).
 */
export async function restoreCacheMount(
  connection: BuildkitConnection,
  spec: CacheMountSpec,
  archive: string,
  opts: TransferOptions = {},
): Promise<{ kept: boolean }> {
  if (path.basename(archive) !== ARCHIVE_NAME)
    throw new Error(`restoreCacheMount: the archive must be named ${ARCHIVE_NAME} (got ${archive})`);
  const name = 'bakekit-cache-mount';
  const sharedKey = randomId();
  const session = new Session({ name: 'bakekit-cache-mount-restore', sharedKey })
    .attach(new FileSync({ [name]: path.dirname(archive) }))
    .attach(authFor(opts));
  try {
    const definition = restoreDefinition(
      spec,
      { sessionId: session.id, name, unique: randomId(), sharedKeyHint: sharedKey },
      { image: opts.image },
    );
    const lines = await solveWith(connection, definition, session, [], opts.signal);
    return { kept: lines.some((l) => l.includes(KEPT_MARKER)) };
  } catch (err) {
    throw new CacheMountTransferError(
      spec.id,
      'restore',
      `restoring cache mount ${spec.id} (${spec.cacheId}) on ${connection.description}: ${(err as Error).message}`,
      { cause: err },
    );
  }
}
