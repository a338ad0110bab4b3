/**
 * A remote bake definition: the bake files read out of a Git repository by the daemon, as buildx does for
 * `docker buildx bake https://…/repo.git#ref` (bake/remote.go ReadRemoteFiles). A client-side gateway build solves a
 * one-op LLB definition — the git source llb.Git makes (client/llb/source.go) — and reads each file from its result
 * with LLBBridge.ReadFile. The session serves the build's secrets: `GIT_AUTH_TOKEN.<host>` (or `GIT_AUTH_TOKEN`) lets
 * the daemon fetch a private repository.
 */
import { posix } from 'node:path';
import { DEFAULT_FILENAMES, readFiles, type SourceFile } from '../../bake/resolve.js';
import { decodeBakeFile } from '../../bake/utf8.js';
import { BuildkitClient, randomId, type GatewaySolveRequest } from '../../buildkit/client.js';
import { LlbDefinition } from '../../buildkit/llb.js';
import { SecretStore, loadSecrets } from '../../buildkit/session/secrets.js';
import { Session } from '../../buildkit/session/session.js';
import type { BuildkitConnection } from '../../buildkit/transport/connect.js';
import type { SecretEntry } from '../target/spec.js';

export interface RemoteDefinitionOptions {
  /** bake file names as given (`-f`); empty: those of DEFAULT_FILENAMES the repository has */
  files: string[];
  /** secrets the session serves, e.g. `GIT_AUTH_TOKEN.<host>` */
  secrets?: Map<string, Buffer>;
  signal?: AbortSignal;
}

export interface GitSource {
  /** the URL the daemon fetches (`git.fullurl`): the given URL without its fragment */
  remote: string;
  /** the source's identifier: `git://host/path#ref[:subdir]` */
  identifier: string;
  attrs: Record<string, string>;
}

/**
 * The git source llb.Git(url, fragment) makes, for a URL with `#ref[:subdir]` (or `?ref=…&subdir=…`): identifier
 * `git://HOST/PATH[#REF[:SUBDIR]]` and the attributes `git.fullurl`, `git.authtokensecret` and `git.authheadersecret`
 * (the daemon tries `<secret>.<host>` first, then `<secret>`).
 */
export function gitSource(url: string): GitSource {
  let base = url;
  let ref = '';
  let subdir = '';
  const hash = url.indexOf('#');
  if (hash >= 0) {
    base = url.slice(0, hash);
    const fragment = url.slice(hash + 1);
    const colon = fragment.indexOf(':');
    ref = colon < 0 ? fragment : fragment.slice(0, colon);
    subdir = colon < 0 ? '' : fragment.slice(colon + 1);
  } else {
    const q = url.indexOf('?');
    if (q >= 0) {
      base = url.slice(0, q);
      const params = new URLSearchParams(url.slice(q + 1));
      ref = params.get('ref') ?? params.get('branch') ?? params.get('tag') ?? '';
      subdir = params.get('subdir') ?? '';
    }
  }
  subdir = posix.join('/', subdir).replace(/^\/+/, '');
  let host: string;
  let repoPath: string;
  const scp = /^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+):(.*)$/.exec(base);
  if (scp && !base.includes('://')) {
    host = scp[1]!;
    repoPath = scp[2]!;
  } else {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(base)) base = `https://${base}`; // llb.Git: an unknown protocol is https
    const u = new URL(base);
    host = u.host;
    repoPath = decodeURIComponent(u.pathname);
  }
  let id = host + posix.join('/', repoPath);
  if (ref || subdir) id += `#${ref}${subdir ? `:${subdir}` : ''}`;
  return {
    remote: base,
    identifier: `git://${id}`,
    attrs: { 'git.fullurl': base, 'git.authtokensecret': 'GIT_AUTH_TOKEN', 'git.authheadersecret': 'GIT_AUTH_HEADER' },
  };
}

/**
 * Adds to `b` the git source of `src` as llb.Git makes it (dockerui DetectGitContext): named `[internal] load git
 * source URL` after the URL as given (`url`, its user information left out), with the caps llb.Git records
 * (`source.git`, `source.git.fullurl`: the attributes always carry the full URL). Returns its digest. The one git
 * source of a remote definition: the read of its files (gitDefinition) and the copies of its directories that are
 * contexts (target/definition-copy.ts) are built on it, as buildx builds both on the same state.
 */
export function addGitSource(b: LlbDefinition, src: GitSource, url: string = src.identifier): string {
  return b.add(
    { source: { identifier: src.identifier, attrs: src.attrs } },
    {
      description: { 'llb.customname': `[internal] load git source ${url.replace(/\/\/[^/@]*@/, '//')}` },
      caps: { 'source.git': true, 'source.git.fullurl': true },
    },
  );
}

/**
 * A marshalled `pb.Definition` of one git source (addGitSource) and its terminal op, as buildx makes it to read a
 * remote definition (bake/remote.go: dockerui DetectGitContext, then llb's Marshal).
 */
export function gitDefinition(src: GitSource, url: string = src.identifier): Buffer {
  const b = new LlbDefinition();
  return b.marshal(addGitSource(b, src, url));
}

/** A file that is not there (LLBBridge.ReadFile's error for a missing path). */
function isNotFound(err: unknown): boolean {
  const e = err as { code?: number; details?: string; message?: string };
  return e.code === 5 || /no such file or directory|not found/i.test(e.details ?? e.message ?? '');
}

/**
 * Reads the bake files of the Git repository `url` (`#ref[:subdir]`): `opts.files` (each must exist), or those of
 * DEFAULT_FILENAMES present. Throws when none is found, as buildx ("couldn't find a bake definition").
 */
export async function readRemoteFiles(
  connection: BuildkitConnection,
  url: string,
  opts: RemoteDefinitionOptions,
): Promise<SourceFile[]> {
  const client = new BuildkitClient(connection);
  const session = new Session({ name: 'bakekit-remote-definition' }).attach(
    new SecretStore(opts.secrets ?? new Map<string, Buffer>()),
  );
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
        if (!returned) abort.abort(new Error('the remote definition build ended early'));
      },
      (err: Error) => abort.abort(err),
    );
    try {
      await gateway.ping(abort.signal);
      // Evaluate: the fetch happens here (and fails here), not lazily on the first ReadFile
      const request: GatewaySolveRequest = {
        Frontend: '',
        FrontendOpt: {},
        Definition: gitDefinition(gitSource(url), url),
        Evaluate: true,
      };
      const solved = await gateway.solve(request, abort.signal).catch((err: Error & { details?: string }) => {
        throw Object.assign(
          new Error(`reading the bake definition from ${redactUrl(url)}: ${err.details || err.message}`),
          { cause: err },
        );
      });
      const refId = solved.result?.ref?.id;
      if (!refId) throw new Error('the daemon returned no result for the Git repository');
      const files: SourceFile[] = [];
      const named = opts.files.length > 0;
      for (const name of named ? opts.files : DEFAULT_FILENAMES) {
        let data: Buffer;
        try {
          data = await gateway.readFile(refId, name, abort.signal);
        } catch (err) {
          if (!named && isNotFound(err)) continue;
          throw new Error(
            `${name} in ${redactUrl(url)}: ${(err as { details?: string }).details || (err as Error).message}`,
          );
        }
        // decoded as a local file is (bake/utf8.ts): strictly, HCL keeping invalid bytes for a line:column error
        files.push({ name, data: decodeBakeFile(name, data, name.toLowerCase().endsWith('.hcl')) });
      }
      if (files.length === 0) throw new Error(`couldn't find a bake definition in ${redactUrl(url)}`);
      returned = true;
      await gateway.return({ result: {} }, abort.signal);
      await outer;
      return files;
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

function redactUrl(url: string): string {
  return url.replace(/\/\/[^/@]*@/, '//***@');
}

/**
 * The bake files of a remote definition as buildx reads them (commands/bake.go readBakeFiles): names without `cwd://`
 * (or the default names, when none is named) from the repository, through the builder's daemon; `cwd://` names from
 * the local directory `cwd`, after them. The session serves the secrets `GIT_AUTH_TOKEN[.<host>]` and
 * `GIT_AUTH_HEADER[.<host>]` of `secrets` and nothing else.
 */
export async function readRemoteBakeFiles(
  url: string,
  opts: {
    files: string[];
    cwd: string;
    env: NodeJS.ProcessEnv;
    builder?: string;
    secrets?: SecretEntry[];
    signal?: AbortSignal;
  },
): Promise<SourceFile[]> {
  let names = opts.files;
  if (names.length === 0 && opts.env.BUILDX_BAKE_FILE) {
    names = opts.env.BUILDX_BAKE_FILE.split(opts.env.BUILDX_BAKE_PATH_SEPARATOR || ':')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  const local = names.filter((n) => n.startsWith('cwd://')).map((n) => n.slice('cwd://'.length));
  const remote = names.filter((n) => !n.startsWith('cwd://'));
  const gitSecrets = (opts.secrets ?? []).filter((s) => /^GIT_AUTH_(TOKEN|HEADER)(\..+)?$/.test(s.id));
  const values = loadSecrets(
    gitSecrets.map((s) => ({ id: s.id, value: s.value, env: s.env, file: s.src })),
    { cwd: opts.cwd, env: opts.env },
  );
  const [{ connect }, { defaultEndpoint, parseEndpoint }] = await Promise.all([
    import('../../buildkit/transport/connect.js'),
    import('../../buildkit/transport/endpoint.js'),
  ]);
  const endpoint = opts.builder ? parseEndpoint(opts.builder, undefined, { env: opts.env }) : defaultEndpoint(opts.env);
  const connection = await connect(endpoint, { signal: opts.signal });
  let files: SourceFile[];
  try {
    files = await readRemoteFiles(connection, url, { files: remote, secrets: values, signal: opts.signal });
  } finally {
    await connection.close();
  }
  if (local.length) files.push(...readFiles({ files: local, targets: [], set: [], cwd: opts.cwd, env: opts.env }));
  return files;
}
