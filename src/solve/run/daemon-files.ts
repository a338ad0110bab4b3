/**
 * Files read through the daemon: an internal client-side gateway build (no build record) solves an LLB definition — a
 * Git repository, a copy out of one, an unpacked HTTP archive — and reads files from its result with
 * LLBBridge.ReadFile, as buildx reads a remote bake definition (bake/remote.go) and a remote context's policy file
 * (util/sourcemeta, an internal build of its own). The build's session serves the given secrets and attachables and
 * nothing else: `GIT_AUTH_TOKEN.<host>` lets the daemon fetch a private repository, an SSH agent one over SSH.
 */
import { BuildkitClient, randomId, type GatewaySolveRequest } from '../../buildkit/client.js';
import type { Attachable } from '../../buildkit/session/attachable.js';
import { SecretStore } from '../../buildkit/session/secrets.js';
import { Session } from '../../buildkit/session/session.js';
import type { BuildkitConnection } from '../../buildkit/transport/connect.js';

export interface DaemonFilesOptions {
  /** secrets the session serves, e.g. `GIT_AUTH_TOKEN.<host>` */
  secrets?: Map<string, Buffer>;
  /** what else the session serves: the SSH agent a Git context over SSH is fetched with */
  attach?: Attachable[];
  signal?: AbortSignal;
  /** the session's name, as the daemon shows it */
  name?: string;
  /** the error for a failed solve (a fetch that failed), from the daemon's */
  solveError?: (err: Error & { details?: string }) => Error;
}

/** A file that is not there (LLBBridge.ReadFile's error for a missing path). */
export function isNotFound(err: unknown): boolean {
  const e = err as { code?: number; details?: string; message?: string };
  return e.code === 5 || /no such file or directory|not found/i.test(e.details ?? e.message ?? '');
}

/**
 * Solves `definition` in an internal build (evaluated: a fetch fails here, not lazily on the first read) and hands
 * `use` a reader of its result's files (`range`: the first `length` bytes); the build ends when `use` is done. `read`
 * throws what ReadFile answers (isNotFound tells a missing file).
 */
export async function withDaemonFiles<T>(
  connection: BuildkitConnection,
  definition: Buffer,
  opts: DaemonFilesOptions,
  use: (read: (name: string, range?: { length: number }) => Promise<Buffer>) => Promise<T>,
): Promise<T> {
  const client = new BuildkitClient(connection);
  const session = new Session({ name: opts.name ?? 'bakekit-files' }).attach(
    new SecretStore(opts.secrets ?? new Map<string, Buffer>()),
  );
  for (const a of opts.attach ?? []) session.attach(a);
  const ref = randomId();
  const abort = new AbortController();
  const onAbort = () => abort.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const gateway = client.gateway(ref);
  let returned = false;
  try {
    await session.run(connection);
    const outer = client.solve(
      {
        Ref: ref,
        Session: session.id,
        Frontend: '',
        FrontendAttrs: {},
        Exporters: [],
        Cache: { Exports: [], Imports: [] },
        Internal: true,
      },
      abort.signal,
    );
    // the build ending before the result was returned stops the gateway calls (with the daemon's error)
    const outerEnded = outer.then(
      () => {
        if (!returned) abort.abort(new Error('the build reading files ended early'));
      },
      (err: Error) => abort.abort(err),
    );
    try {
      await gateway.ping(abort.signal);
      const request: GatewaySolveRequest = { Frontend: '', FrontendOpt: {}, Definition: definition, Evaluate: true };
      const solved = await gateway.solve(request, abort.signal).catch((err: Error) => {
        throw opts.solveError ? opts.solveError(err) : err;
      });
      const refId = solved.result?.ref?.id;
      if (!refId) throw new Error('the daemon returned no result to read files from');
      const value = await use((name, range) => gateway.readFile(refId, name, abort.signal, range));
      returned = true;
      await gateway.return({ result: {} }, abort.signal);
      await outer;
      return value;
    } catch (err) {
      // a failed fetch is the gateway Solve's error; the outer Solve is cancelled with it
      const first: unknown = abort.signal.aborted ? abort.signal.reason : err;
      abort.abort(err);
      await outerEnded;
      throw first;
    }
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    gateway.close();
    await session.close().catch(() => {});
  }
}
