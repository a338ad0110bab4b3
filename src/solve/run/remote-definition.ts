/**
 * A remote bake definition: the bake files read out of a Git repository by the daemon, as buildx does for
 * `docker buildx bake https://…/repo.git#ref` (bake/remote.go ReadRemoteFiles). An internal gateway build
 * (daemon-files.ts) solves a one-op LLB definition — the git source llb.Git makes (client/llb/source.go) — and reads
 * each file from its result. The session serves the build's secrets: `GIT_AUTH_TOKEN.<host>` (or `GIT_AUTH_TOKEN`)
 * lets the daemon fetch a private repository.
 */
import { DEFAULT_FILENAMES, readFiles, type SourceFile } from '../../bake/resolve.js';
import { decodeBakeFile } from '../../bake/utf8.js';
import { loadSecrets } from '../../buildkit/session/secrets.js';
import type { BuildkitConnection } from '../../buildkit/transport/connect.js';
import { gitDefinition, gitSource } from '../target/git-source.js';
import { redactGitUrl } from './git-auth.js';
import { isNotFound, withDaemonFiles } from './daemon-files.js';
import type { SecretEntry } from '../target/spec.js';

export interface RemoteDefinitionOptions {
  /** bake file names as given (`-f`); empty: those of DEFAULT_FILENAMES the repository has */
  files: string[];
  /** secrets the session serves, e.g. `GIT_AUTH_TOKEN.<host>` */
  secrets?: Map<string, Buffer>;
  signal?: AbortSignal;
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
  return withDaemonFiles(
    connection,
    gitDefinition(gitSource(url), url),
    {
      name: 'bakekit-remote-definition',
      secrets: opts.secrets,
      signal: opts.signal,
      solveError: (err) =>
        Object.assign(
          new Error(`reading the bake definition from ${redactGitUrl(url)}: ${err.details || err.message}`),
          {
            cause: err,
          },
        ),
    },
    async (read) => {
      const files: SourceFile[] = [];
      const named = opts.files.length > 0;
      for (const name of named ? opts.files : DEFAULT_FILENAMES) {
        let data: Buffer;
        try {
          data = await read(name);
        } catch (err) {
          if (!named && isNotFound(err)) continue;
          throw new Error(
            `${name} in ${redactGitUrl(url)}: ${(err as { details?: string }).details || (err as Error).message}`,
          );
        }
        // decoded as a local file is (bake/utf8.ts): strictly, HCL keeping invalid bytes for a line:column error
        files.push({ name, data: decodeBakeFile(name, data, name.toLowerCase().endsWith('.hcl')) });
      }
      if (files.length === 0) throw new Error(`couldn't find a bake definition in ${redactGitUrl(url)}`);
      return files;
    },
  );
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
