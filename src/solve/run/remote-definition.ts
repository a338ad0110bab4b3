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
import { SshForwarder } from '../../buildkit/session/ssh.js';
import type { BuildkitConnection } from '../../buildkit/transport/connect.js';
import { gitDefinition, gitSource } from '../target/git-source.js';
import { HTTP_FILENAME, httpDefinition } from '../target/http-source.js';
import { isGitReference } from '../target/context-kind.js';
import { redactGitUrl } from './git-auth.js';
import { isNotFound, withDaemonFiles } from './daemon-files.js';
import type { SecretEntry } from '../target/spec.js';

export interface RemoteDefinitionOptions {
  /** bake file names as given (`-f`); empty: those of DEFAULT_FILENAMES the repository has */
  files: string[];
  /** secrets the session serves, e.g. `GIT_AUTH_TOKEN.<host>` */
  secrets?: Map<string, Buffer>;
  /** the SSH agent the session serves as `default`, for a repository fetched over SSH */
  ssh?: SshForwarder;
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
  if (!isGitReference(url)) return readHttpDefinition(connection, url, opts);
  let source: ReturnType<typeof gitSource>;
  try {
    source = gitSource(url);
  } catch (err) {
    throw new Error(`${redactGitUrl(url)}: ${(err as Error).message}`, { cause: err });
  }
  return withDaemonFiles(
    connection,
    gitDefinition(source, url),
    {
      name: 'bakekit-remote-definition',
      secrets: opts.secrets,
      attach: opts.ssh ? [opts.ssh] : [],
      signal: opts.signal,
      solveError: definitionReadError(url),
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

/** A failed read of the definition at `url` (the daemon's fetch or download), its user information masked. */
function definitionReadError(url: string): (err: Error & { details?: string }) => Error {
  return (err) =>
    Object.assign(new Error(`reading the bake definition from ${redactGitUrl(url)}: ${err.details || err.message}`), {
      cause: err,
    });
}

/** buildx maxBakeDefinitionSize: the largest single-file definition read over HTTP. */
const MAX_HTTP_DEFINITION = 2 * 1024 * 1024;

/** buildx isArchive: bzip2, gzip or xz magic, or a tar header, in a file's first bytes. */
function isArchive(head: Buffer): boolean {
  for (const magic of [
    [0x42, 0x5a, 0x68],
    [0x1f, 0x8b, 0x08],
    [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
  ])
    if (head.length >= magic.length && magic.every((b, i) => head[i] === b)) return true;
  // a tar header: 512 bytes whose checksum field matches the sum of the header's bytes (the field read as spaces)
  if (head.length < 512) return false;
  const field = head
    .subarray(148, 156)
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .trim();
  if (!/^[0-7]+$/.test(field)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : head[i];
  return sum === parseInt(field, 8);
}

/**
 * A definition from a URL that is no Git repository (buildx ReadRemoteFiles with DetectHTTPContext,
 * filesFromURLRef): the daemon downloads it and its content is the one bake file, named by the URL; a `-f` name does
 * not apply, and the targets' contexts stay local. buildx reads only the first KiB of such a file (its
 * filesFromURLRef compares the sizes the wrong way round, so a larger definition is cut off mid-line); the whole file
 * is read here, up to buildx's 2 MiB. An archive, which buildx unpacks and builds its contexts from, is refused.
 */
async function readHttpDefinition(
  connection: BuildkitConnection,
  url: string,
  opts: RemoteDefinitionOptions,
): Promise<SourceFile[]> {
  return withDaemonFiles(
    connection,
    httpDefinition(url),
    {
      name: 'bakekit-remote-definition',
      signal: opts.signal,
      solveError: definitionReadError(url),
    },
    async (read) => {
      const data = await read(HTTP_FILENAME, { length: MAX_HTTP_DEFINITION + 1 });
      if (isArchive(data.subarray(0, 1024)))
        throw new Error(
          `${redactGitUrl(url)}: an archive as a bake definition is not supported (buildx unpacks it and builds the targets' ` +
            `contexts from it); give a Git URL, or the bake file itself`,
        );
      if (data.length > MAX_HTTP_DEFINITION)
        throw new Error(`${redactGitUrl(url)}: non-archive definition URL bigger than maximum allowed size (2MiB)`);
      return [{ name: url, data: decodeBakeFile(url, data, /\.hcl$/i.test(new URL(url).pathname)) }];
    },
  );
}

/**
 * The SSH agent buildx serves to the read of a Git definition (bake/remote.go): `default`, the sockets or keys of
 * BUILDX_BAKE_GIT_SSH (comma-separated), else SSH_AUTH_SOCK's agent; none when neither can be served, as buildx
 * attaches none then. Only a repository fetched over SSH asks for it.
 */
function definitionAgent(env: NodeJS.ProcessEnv): SshForwarder | undefined {
  try {
    return new SshForwarder([{ id: 'default', paths: (env.BUILDX_BAKE_GIT_SSH ?? '').split(',') }], { env });
  } catch {
    return undefined;
  }
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
    files = await readRemoteFiles(connection, url, {
      files: remote,
      secrets: values,
      ssh: isGitReference(url) ? definitionAgent(opts.env) : undefined,
      signal: opts.signal,
    });
  } finally {
    await connection.close();
  }
  if (local.length) files.push(...readFiles({ files: local, targets: [], set: [], cwd: opts.cwd, env: opts.env }));
  return files;
}
