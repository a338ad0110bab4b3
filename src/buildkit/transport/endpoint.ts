/**
 * Where BuildKit lives: parses the builder addresses bakekit accepts and resolves buildx builder instances from
 * buildx's on-disk store, so a workflow that ran `docker/setup-buildx-action` is picked up without a buildx binary.
 *
 * Accepted forms:
 *   unix:///PATH                         a buildkitd socket
 *   tcp://HOST:PORT                      buildkitd over TCP; TLS when a CA, client cert or key is given
 *   docker://                            the Docker Engine's embedded BuildKit (DOCKER_HOST, else /var/run/docker.sock)
 *   docker://unix:///PATH, docker://tcp://HOST:PORT   the same on an explicit Engine address
 *   docker-container://NAME[?context=CTX]   buildkitd inside a container, reached with `docker exec … buildctl dial-stdio`
 *   ssh://[USER@]HOST[:PORT][/SOCKET]    buildkitd on another machine, through `ssh … buildctl dial-stdio` (ssh.ts)
 *   kube-pod://POD[?context=&namespace=&container=]   buildkitd in a Kubernetes pod, through `kubectl exec` (kubepod.ts)
 *   NAME                                 a buildx builder instance ("default" = the Docker Engine); drivers docker,
 *                                        docker-container, remote (any of the URLs above) and kubernetes (kubernetes.ts)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { buildxConfigDir, dockerConfigDir } from '../dockerconfig/config-dir.js';
import { contextMetaFile, contextTlsDir, type ContextMetadata } from '../dockerconfig/contexts.js';
import { sha256Hex } from '../light-crypto/sha256.js';
import { ConnhelperUrlError, redactUrlPassword } from './connhelper-url.js';
import { describeKubePod, parseKubePodUrl, type KubePodSpec } from './kubepod.js';
import { describeKubernetes, kubernetesDeployment, type KubernetesDeployment } from './kubernetes.js';
import { describeSsh, parseSshUrl, type SshSpec } from './ssh.js';

/** TLS material as file paths (what buildx's remote driver stores in its driver-opts). */
export interface TlsFiles {
  caCert?: string;
  cert?: string;
  key?: string;
  /** Name to verify the server certificate against; defaults to the host. */
  serverName?: string;
}

/** How to reach a Docker Engine API. */
export type DockerHost = { kind: 'unix'; path: string } | { kind: 'tcp'; host: string; port: number; tls?: TlsFiles };

/** How `docker exec` reaches the Engine that runs a BuildKit container (CLI flags, so the CLI's own config applies). */
export interface DockerCliTarget {
  /** `docker --context NAME` */
  context?: string;
  /** `docker --host URL` */
  host?: string;
}

interface EndpointBase {
  /** The buildx builder instance this endpoint was resolved from, if any. */
  builder?: string;
}
export type Endpoint =
  | (EndpointBase & { kind: 'unix'; path: string })
  | (EndpointBase & { kind: 'tcp'; host: string; port: number; tls?: TlsFiles })
  | (EndpointBase & { kind: 'docker'; engine: DockerHost })
  | (EndpointBase & { kind: 'docker-container'; container: string; docker: DockerCliTarget })
  | (EndpointBase & { kind: 'ssh' } & SshSpec)
  | (EndpointBase & { kind: 'kube-pod' } & KubePodSpec)
  /** a buildx kubernetes-driver node: a kube-pod once connect() has asked kubectl for its running pod */
  | (EndpointBase & { kind: 'kubernetes' } & KubernetesDeployment);

export const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';

const ACCEPTED_FORMS =
  'unix:///path/to/buildkitd.sock, tcp://host:port, docker://, docker://unix:///path, docker://tcp://host:port, ' +
  'docker-container://<container>, ssh://[user@]host[:port][/socket], kube-pod://<pod>, or the name of a buildx builder';

export class EndpointError extends Error {
  override readonly name = 'EndpointError';
}

/** The spec is quoted with any URL password redacted (a refused ssh://user:password@ must not print it). */
function invalid(spec: string, why: string, cause?: unknown): EndpointError {
  return new EndpointError(
    `invalid BuildKit endpoint ${JSON.stringify(redactUrlPassword(spec))}: ${why}. Accepted forms: ${ACCEPTED_FORMS}`,
    { cause },
  );
}

/** Human-readable address, the form a user would type (used in messages). */
export function describeEndpoint(e: Endpoint): string {
  const via = e.builder ? ` (buildx builder ${e.builder})` : '';
  switch (e.kind) {
    case 'unix':
      return `unix://${e.path}${via}`;
    case 'tcp':
      return `tcp://${formatHostPort(e.host, e.port)}${e.tls ? ' (TLS)' : ''}${via}`;
    case 'docker':
      return `docker://${describeDockerHost(e.engine)}${via}`;
    case 'docker-container': {
      const q = e.docker.context ? `?context=${e.docker.context}` : '';
      return `docker-container://${e.container}${q}${via}`;
    }
    case 'ssh':
      return `${describeSsh(e)}${via}`;
    case 'kube-pod':
      return `${describeKubePod(e)}${via}`;
    case 'kubernetes':
      return `${describeKubernetes(e)}${via}`;
  }
}

export function describeDockerHost(h: DockerHost): string {
  return h.kind === 'unix' ? `unix://${h.path}` : `tcp://${formatHostPort(h.host, h.port)}`;
}

function formatHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function hasTls(tls?: TlsFiles): tls is TlsFiles {
  return !!tls && !!(tls.caCert || tls.cert || tls.key);
}

function checkTls(spec: string, tls: TlsFiles): TlsFiles {
  if (!!tls.cert !== !!tls.key) {
    throw invalid(
      spec,
      `TLS client ${tls.cert ? 'key' : 'certificate'} missing: a client certificate needs its key and vice versa`,
    );
  }
  return { ...tls };
}

/** `unix:///abs/path` → path. */
function parseUnix(spec: string, url: string): string {
  const path = url.slice('unix://'.length);
  if (!path.startsWith('/')) {
    throw invalid(spec, 'a unix socket needs an absolute path (three slashes: unix:///run/buildkit/buildkitd.sock)');
  }
  return path;
}

/** `tcp://host:port` → host and port (IPv6 hosts in brackets). */
function parseTcp(spec: string, url: string): { host: string; port: number } {
  const rest = url.slice('tcp://'.length).replace(/\/+$/, '');
  const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:/[\]]+)):(\d{1,5})$/.exec(rest);
  if (!m) throw invalid(spec, 'a tcp endpoint needs a host and a port (tcp://host:port)');
  const port = Number(m[3]);
  if (port < 1 || port > 65535) throw invalid(spec, `port ${m[3]} is out of range`);
  return { host: m[1] ?? m[2], port };
}

function parseDockerHost(spec: string, url: string, tls?: TlsFiles): DockerHost {
  if (url.startsWith('unix://')) return { kind: 'unix', path: parseUnix(spec, url) };
  if (url.startsWith('tcp://')) {
    const { host, port } = parseTcp(spec, url);
    return hasTls(tls) ? { kind: 'tcp', host, port, tls: checkTls(spec, tls) } : { kind: 'tcp', host, port };
  }
  throw invalid(spec, `unsupported Docker Engine address ${JSON.stringify(url)} (use unix:///path or tcp://host:port)`);
}

/** The Docker Engine the environment points at: DOCKER_HOST (with DOCKER_CERT_PATH when DOCKER_TLS_VERIFY), else the
 * default socket. */
export function dockerHostFromEnv(env: NodeJS.ProcessEnv = process.env): DockerHost {
  const host = env.DOCKER_HOST?.trim();
  if (!host) return { kind: 'unix', path: DEFAULT_DOCKER_SOCKET };
  let tls: TlsFiles | undefined;
  if (env.DOCKER_TLS_VERIFY && env.DOCKER_TLS_VERIFY !== '0') {
    const dir = env.DOCKER_CERT_PATH || dockerConfigDir(env);
    tls = { caCert: join(dir, 'ca.pem'), cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') };
  }
  return parseDockerHost(`DOCKER_HOST=${host}`, host, tls);
}

export interface ParseOptions {
  env?: NodeJS.ProcessEnv;
}

/**
 * Parses an endpoint spec (see the module comment for the forms). `tls` applies to `tcp://` (and `docker://tcp://`);
 * its values are file paths. A bare name is looked up in buildx's builder store.
 */
export function parseEndpoint(spec: string, tls?: TlsFiles, opts: ParseOptions = {}): Endpoint {
  const env = opts.env ?? process.env;
  const s = spec.trim();
  if (!s) throw invalid(spec, 'it is empty');
  if (s.startsWith('unix://')) return { kind: 'unix', path: parseUnix(s, s) };
  if (s.startsWith('tcp://')) {
    const { host, port } = parseTcp(s, s);
    return hasTls(tls) ? { kind: 'tcp', host, port, tls: checkTls(s, tls) } : { kind: 'tcp', host, port };
  }
  if (s.startsWith('docker-container://')) {
    const rest = s.slice('docker-container://'.length);
    const [name, query = ''] = splitOnce(rest, '?');
    const container = name.replace(/\/+$/, '');
    if (!container || container.includes('/'))
      throw invalid(s, 'docker-container:// needs a container name (docker-container://NAME)');
    const context = new URLSearchParams(query).get('context') ?? undefined;
    return { kind: 'docker-container', container, docker: context ? { context } : {} };
  }
  if (s.startsWith('ssh://')) return { kind: 'ssh', ...connhelperSpec(s, parseSshUrl) };
  if (s.startsWith('kube-pod://')) return { kind: 'kube-pod', ...connhelperSpec(s, parseKubePodUrl) };
  if (s.startsWith('docker://')) {
    const rest = s.slice('docker://'.length);
    if (rest === '' || rest === '/') return { kind: 'docker', engine: dockerHostFromEnv(env) };
    return { kind: 'docker', engine: parseDockerHost(s, rest, tls) };
  }
  if (s.includes('://')) throw invalid(s, `unknown scheme ${JSON.stringify(s.slice(0, s.indexOf('://') + 3))}`);
  if (s.startsWith('/')) throw invalid(s, 'a socket path needs the unix:// prefix (unix:///path)');
  if (!BUILDER_NAME.test(s)) {
    throw invalid(s, 'not a URL and not a valid builder name (a letter followed by letters, digits, ".", "-" or "_")');
  }
  return resolveBuilder(s, env);
}

/** Runs a connection helper's URL parser, reporting its refusal as an invalid endpoint. */
function connhelperSpec<T>(spec: string, parse: (spec: string) => T): T {
  try {
    return parse(spec);
  } catch (err) {
    if (err instanceof ConnhelperUrlError) throw invalid(spec, err.message, err);
    throw err;
  }
}

function splitOnce(s: string, sep: string): [string, string?] {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}

// ---------------------------------------------------------------------------------------------------------------
// buildx store (docker/buildx store/store.go, store/nodegroup.go), in buildxConfigDir (dockerconfig/config-dir.ts):
//   instances/NAME   JSON NodeGroup {Name, Driver, Nodes: [{Name, Endpoint, DriverOpts, ...}], Dynamic}
//   current          JSON {Key, Name, Global}: the builder `docker buildx use` selected, for Docker endpoint Key
//   defaults/HASH    builder name used by default for a Docker endpoint (HASH = sha256(key) hex, first 20 chars)
// ---------------------------------------------------------------------------------------------------------------

/** buildx's builder name rule (store/util.go), compared lower-cased like buildx does. */
const BUILDER_NAME = /^[a-zA-Z][a-zA-Z0-9._-]*$/;

interface BuildxNode {
  Name?: string;
  Endpoint?: string;
  DriverOpts?: Record<string, string> | null;
  /** platforms given with `buildx create --platform` (OCI platform objects) */
  Platforms?: Array<{ os?: string; architecture?: string; variant?: string }> | null;
}

/** One node of a (possibly multi-node) builder: where it is and which platforms it was configured for. */
export interface BuilderNodeEndpoint {
  name: string;
  endpoint: Endpoint;
  /** `os/arch[/variant]` the node was created for; empty = whatever its workers support */
  platforms: string[];
}
interface BuildxNodeGroup {
  Name?: string;
  Driver?: string;
  Nodes?: BuildxNode[] | null;
}
interface BuildxCurrent {
  Key?: string;
  Name?: string;
  Global?: boolean;
}

function readJson<T>(path: string, what: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new EndpointError(`cannot read ${what} ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new EndpointError(`${what} ${path} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
}

function listBuilders(dir: string): string[] {
  try {
    return readdirSync(join(dir, 'instances')).sort();
  } catch {
    return [];
  }
}

/** Looks a buildx builder up by name and maps its (first) node to an endpoint. */
export function resolveBuilder(name: string, env: NodeJS.ProcessEnv = process.env): Endpoint {
  const dir = buildxConfigDir(env);
  const key = name.toLowerCase();
  const file = join(dir, 'instances', key);
  if (!existsSync(file)) {
    // "default" (and any Docker context name) is buildx's implicit docker-driver builder; bakekit knows "default".
    if (key === 'default') return { kind: 'docker', engine: dockerHostFromEnv(env), builder: 'default' };
    const known = listBuilders(dir);
    throw new EndpointError(
      `unknown buildx builder ${JSON.stringify(name)}: no ${file}` +
        (known.length ? ` (builders in ${dir}: ${known.join(', ')})` : ` (no builders in ${dir})`) +
        `. Accepted forms: ${ACCEPTED_FORMS}`,
    );
  }
  const group = readJson<BuildxNodeGroup>(file, 'buildx builder file');
  return builderEndpoint(group, name, file, env);
}

/**
 * Every node of a buildx builder, in the builder's order, with the platforms each was created for. A builder that is
 * not in the store ("default") is the Engine, one node.
 */
export function resolveBuilderNodes(name: string, env: NodeJS.ProcessEnv = process.env): BuilderNodeEndpoint[] {
  const dir = buildxConfigDir(env);
  const file = join(dir, 'instances', name.toLowerCase());
  if (!existsSync(file)) return [{ name: 'default', endpoint: resolveBuilder(name, env), platforms: [] }];
  const group = readJson<BuildxNodeGroup>(file, 'buildx builder file');
  const nodes = group.Nodes ?? [];
  if (!nodes.length) throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no nodes`);
  return nodes.map((node, i) => ({
    name: node.Name || `${group.Name || name}${i}`,
    endpoint: builderEndpoint(group, name, file, env, node),
    platforms: (node.Platforms ?? [])
      .filter((p) => p.os && p.architecture)
      .map((p) => [p.os, p.architecture, p.variant].filter(Boolean).join('/')),
  }));
}

function builderEndpoint(
  group: BuildxNodeGroup,
  name: string,
  file: string,
  env: NodeJS.ProcessEnv,
  only?: BuildxNode,
): Endpoint {
  const driver = group.Driver ?? '';
  // Multi-node builders spread platforms over nodes (resolveBuilderNodes); asked for one endpoint, this is the first
  // node (the one buildx appended first, which `docker buildx create` makes the builder's primary).
  const node = only ?? group.Nodes?.[0];
  if (!node) throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no nodes`);
  const builder = group.Name || name;
  const nodeEndpoint = node.Endpoint ?? '';
  switch (driver) {
    case 'remote': {
      const o = node.DriverOpts ?? {};
      const tls: TlsFiles = {};
      if (o.cacert) tls.caCert = o.cacert;
      if (o.cert) tls.cert = o.cert;
      if (o.key) tls.key = o.key;
      if (o.servername) tls.serverName = o.servername;
      for (const p of [tls.caCert, tls.cert, tls.key]) {
        if (p && !isAbsolute(p))
          throw new EndpointError(`buildx builder ${JSON.stringify(name)}: TLS file path ${p} is not absolute`);
      }
      // buildx's remote driver: any TLS option enables TLS, and then the CA is mandatory.
      if (Object.keys(tls).length && !tls.caCert) {
        throw new EndpointError(
          `buildx builder ${JSON.stringify(name)}: TLS options given but no cacert in its driver-opts`,
        );
      }
      if (!nodeEndpoint) throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no endpoint`);
      return { ...parseEndpoint(nodeEndpoint, tls, { env }), builder };
    }
    case 'docker-container': {
      if (!node.Name)
        throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has a node without a name`);
      // buildx names the container buildx_buildkit_<node> and runs it on the node's Docker endpoint.
      return {
        kind: 'docker-container',
        container: `buildx_buildkit_${node.Name}`,
        docker: dockerCliTarget(nodeEndpoint),
        builder,
      };
    }
    case 'docker':
      return { kind: 'docker', engine: dockerEngineFor(nodeEndpoint, env), builder };
    case 'kubernetes': {
      try {
        return { kind: 'kubernetes', ...kubernetesDeployment(node), builder };
      } catch (err) {
        throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}): ${(err as Error).message}`, {
          cause: err,
        });
      }
    }
    default:
      throw new EndpointError(
        `buildx builder ${JSON.stringify(name)} uses the ${JSON.stringify(driver)} driver, which bakekit does not support ` +
          `(supported: docker, docker-container, remote, kubernetes)`,
      );
  }
}

/** A node Endpoint of a docker/docker-container builder is a Docker context name or an Engine URL. */
function dockerCliTarget(nodeEndpoint: string): DockerCliTarget {
  if (!nodeEndpoint || nodeEndpoint === 'default') return {};
  return nodeEndpoint.includes('://') ? { host: nodeEndpoint } : { context: nodeEndpoint };
}

function dockerEngineFor(nodeEndpoint: string, env: NodeJS.ProcessEnv): DockerHost {
  if (!nodeEndpoint || nodeEndpoint === 'default') return dockerHostFromEnv(env);
  if (nodeEndpoint.includes('://')) return parseDockerHost(nodeEndpoint, nodeEndpoint);
  return dockerContextHost(nodeEndpoint, env);
}

/** Resolves a Docker CLI context (its meta.json in the context store, dockerconfig/contexts.ts) to its Engine address,
 * with the TLS files stored for its `docker` endpoint. */
export function dockerContextHost(context: string, env: NodeJS.ProcessEnv = process.env): DockerHost {
  const meta = readJson<ContextMetadata>(contextMetaFile(context, env), `Docker context ${JSON.stringify(context)}`);
  const host = meta.Endpoints?.docker?.Host;
  if (!host) throw new EndpointError(`Docker context ${JSON.stringify(context)} has no Docker endpoint`);
  let tls: TlsFiles | undefined;
  const tlsDir = contextTlsDir(context, 'docker', env);
  if (existsSync(join(tlsDir, 'ca.pem'))) {
    tls = { caCert: join(tlsDir, 'ca.pem') };
    if (existsSync(join(tlsDir, 'cert.pem')))
      Object.assign(tls, { cert: join(tlsDir, 'cert.pem'), key: join(tlsDir, 'key.pem') });
  }
  return parseDockerHost(`context ${context}`, host, tls);
}

/** The builder buildx would use (store.Txn.Current): BUILDX_BUILDER, else `current` when it was selected for this
 * Docker endpoint (or globally), else `defaults/<hash>`; undefined when none is configured. */
export function currentBuilderName(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.BUILDX_BUILDER) return env.BUILDX_BUILDER;
  const dir = buildxConfigDir(env);
  // buildx keys the selection by the Docker endpoint of the active context; for the default context that is the
  // Engine address (DOCKER_HOST or the default socket).
  const key = env.DOCKER_HOST?.trim() || `unix://${DEFAULT_DOCKER_SOCKET}`;
  const currentFile = join(dir, 'current');
  if (existsSync(currentFile)) {
    const c = readJson<BuildxCurrent>(currentFile, 'buildx current-builder file');
    if (c.Name && (c.Global || c.Key === key)) return c.Name;
  }
  const hash = sha256Hex(key).slice(0, 20);
  try {
    const name = readFileSync(join(dir, 'defaults', hash), 'utf8').trim();
    return name || undefined;
  } catch {
    return undefined;
  }
}

/** The buildx builder in use if one is configured and exists, else the Docker Engine. */
export function defaultEndpoint(env: NodeJS.ProcessEnv = process.env): Endpoint {
  const name = currentBuilderName(env);
  if (name) {
    if (env.BUILDX_BUILDER) return resolveBuilder(name, env); // explicitly asked for: errors surface
    if (existsSync(join(buildxConfigDir(env), 'instances', name.toLowerCase())) || name.toLowerCase() === 'default') {
      return resolveBuilder(name, env);
    }
    // a stale selection (builder removed) falls back to the Engine, as buildx does
  }
  return { kind: 'docker', engine: dockerHostFromEnv(env) };
}
