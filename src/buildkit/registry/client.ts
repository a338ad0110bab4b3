/**
 * A small client for the OCI distribution API (what `docker buildx imagetools` needs, nothing more): manifests
 * (GET/HEAD/PUT), blobs (exists, mount from another repository, streamed copy), with Basic or token auth. Its
 * credentials come from the same provider the session's Auth service answers the daemon from (by default the
 * user's Docker config, dockerconfig/credentials.ts), so bakekit's own pushes use what the daemon's would.
 * Requests go to plain HTTP for loopback registries and hosts marked insecure, HTTPS otherwise.
 */
import * as crypto from 'node:crypto';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { DockerConfigCredentials, type Credentials } from '../dockerconfig/credentials.js';
import { mergeScopes, parseChallenges, repositoryScope, type Challenge } from './auth.js';
import { apiHost, isLoopbackHost, type ImageRef, repositoryName } from './reference.js';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerList,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest,
].join(', ');

export interface Platform {
  architecture: string;
  os: string;
  'os.version'?: string;
  'os.features'?: string[];
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  urls?: string[];
  annotations?: Record<string, string>;
  platform?: Platform;
  artifactType?: string;
}

export interface FetchedManifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
  size: number;
}

export interface RegistryErrorDetails {
  /** the registry's HTTP status, when it answered */
  status?: number;
  /** the distribution error code (`MANIFEST_UNKNOWN`, `UNAUTHORIZED`...), when there is one */
  code?: string;
  cause?: unknown;
}

export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  readonly status?: number;
  readonly code?: string;

  constructor(message: string, details: RegistryErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.code = details.code;
  }
}

export interface RegistryClientOptions {
  /** Credentials per registry API host; default: the Docker config (DOCKER_CONFIG or ~/.docker). */
  credentials?: (host: string) => Credentials | undefined;
  /** Registry hosts (domain[:port]) to reach over plain HTTP, besides loopback ones. */
  insecureHosts?: Iterable<string>;
  /** Where credentials come from, for messages. */
  credentialSource?: string;
  fetch?: typeof fetch;
  userAgent?: string;
  signal?: AbortSignal;
}

interface HostState {
  /** undefined until probed; null = the registry wants no auth */
  challenge?: Challenge | null;
  tokens: Map<string, { token: string; expires: number }>;
}

type Body = Buffer | string | WebReadableStream<Uint8Array> | ReadableStream<Uint8Array> | undefined;

interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: Body;
  /** repository scopes the request needs (token flow) */
  scopes: string[];
  /** statuses that are not errors */
  ok?: number[];
}

export function sha256Digest(bytes: Buffer | string): string {
  return `sha256:${crypto.createHash('sha256').update(bytes).digest('hex')}`;
}

export class RegistryClient {
  private readonly hosts = new Map<string, HostState>();
  private readonly insecure: Set<string>;
  private readonly credentials: (host: string) => Credentials | undefined;
  private readonly fetchFn: typeof fetch;
  private readonly credentialSource: string;

  constructor(private readonly opts: RegistryClientOptions = {}) {
    this.insecure = new Set(opts.insecureHosts ?? []);
    if (opts.credentials) {
      this.credentials = opts.credentials;
    } else {
      const provider = new DockerConfigCredentials();
      this.credentials = (host) => provider.lookup(host);
    }
    this.credentialSource = opts.credentialSource ?? 'the Docker config (DOCKER_CONFIG or ~/.docker/config.json)';
    this.fetchFn = opts.fetch ?? fetch;
  }

  private baseUrl(domain: string): string {
    const host = apiHost(domain);
    const plain = this.insecure.has(domain) || this.insecure.has(host) || isLoopbackHost(host);
    return `${plain ? 'http' : 'https'}://${host}`;
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) this.hosts.set(host, (s = { tokens: new Map() }));
    return s;
  }

  private async send(url: string, init: RequestInit & { duplex?: 'half' }): Promise<Response> {
    try {
      return await this.fetchFn(url, { ...init, signal: this.opts.signal, redirect: 'follow' });
    } catch (err) {
      const cause = (err as { cause?: Error }).cause;
      throw new RegistryError(`cannot reach ${new URL(url).origin}: ${cause?.message ?? (err as Error).message}`, {
        cause: err,
      });
    }
  }

  /** Learns the registry's challenge with `GET /v2/` (once per host), as containerd and the Docker CLI do. */
  private async challengeFor(domain: string): Promise<Challenge | null> {
    const host = apiHost(domain);
    const st = this.state(host);
    if (st.challenge !== undefined) return st.challenge;
    const res = await this.send(`${this.baseUrl(domain)}/v2/`, { method: 'GET', headers: this.baseHeaders() });
    await res.body?.cancel().catch(() => {});
    if (res.status === 401) {
      const challenges = parseChallenges(res.headers.get('www-authenticate'));
      st.challenge =
        challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic') ?? null;
    } else if (res.ok || res.status === 404) {
      st.challenge = null;
    } else {
      throw new RegistryError(`registry ${host} answered GET /v2/ with ${res.status} ${res.statusText}`, {
        status: res.status,
      });
    }
    return st.challenge;
  }

  private baseHeaders(): Record<string, string> {
    return { 'User-Agent': this.opts.userAgent ?? 'bakekit' };
  }

  private async authorization(
    domain: string,
    scopes: string[],
    challenge: Challenge | null,
    force = false,
  ): Promise<string | undefined> {
    if (!challenge) return undefined;
    const host = apiHost(domain);
    const creds = this.credentials(host);
    if (challenge.scheme === 'basic') {
      if (!creds) return undefined;
      return `Basic ${Buffer.from(`${creds.username}:${creds.secret}`).toString('base64')}`;
    }
    if (challenge.scheme !== 'bearer') return undefined;
    const merged = mergeScopes(scopes);
    const key = merged.join(' ');
    const st = this.state(host);
    const cached = st.tokens.get(key);
    if (cached && !force && cached.expires > Date.now()) return `Bearer ${cached.token}`;
    const token = await this.fetchToken(host, challenge, merged, creds);
    st.tokens.set(key, token);
    return `Bearer ${token.token}`;
  }

  private async fetchToken(
    host: string,
    challenge: Challenge,
    scopes: string[],
    creds: Credentials | undefined,
  ): Promise<{ token: string; expires: number }> {
    const realm = challenge.params.realm;
    if (!realm) throw new RegistryError(`registry ${host} asks for a bearer token but names no realm`);
    const service = challenge.params.service;
    let res: Response;
    if (creds && !creds.username) {
      // An identity token (refresh token) is traded with the OAuth2 POST form.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: creds.secret,
        client_id: 'bakekit',
      });
      if (service) form.set('service', service);
      if (scopes.length) form.set('scope', scopes.join(' '));
      res = await this.send(realm, {
        method: 'POST',
        headers: { ...this.baseHeaders(), 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
    } else {
      const url = new URL(realm);
      if (service) url.searchParams.set('service', service);
      for (const s of scopes) url.searchParams.append('scope', s);
      const headers: Record<string, string> = this.baseHeaders();
      if (creds) headers.Authorization = `Basic ${Buffer.from(`${creds.username}:${creds.secret}`).toString('base64')}`;
      res = await this.send(url.toString(), { method: 'GET', headers });
    }
    const text = await res.text();
    if (!res.ok) {
      const who = creds
        ? `the credentials for ${host} from ${this.credentialSource} were rejected`
        : `anonymous access to ${host} was refused (no credentials in ${this.credentialSource})`;
      throw new RegistryError(`cannot get a token for ${host} from ${realm}: ${res.status} ${res.statusText}: ${who}`, {
        status: res.status,
        code: 'UNAUTHORIZED',
      });
    }
    let body: { token?: string; access_token?: string; expires_in?: number };
    try {
      body = JSON.parse(text) as typeof body;
    } catch (err) {
      throw new RegistryError(`token server ${realm} answered with something that is not JSON`, { cause: err });
    }
    const token = body.token ?? body.access_token;
    if (!token) throw new RegistryError(`token server ${realm} answered without a token`);
    const ttl = Math.max(60, body.expires_in ?? 60) * 1000;
    return { token, expires: Date.now() + ttl - 10_000 };
  }

  /**
   * One API call with auth. A 401 on a replayable request refreshes the token once (with the scope the registry
   * asked for); a 401 after that is an authentication error naming where the credentials came from.
   */
  async request(domain: string, path: string, ro: RequestOptions): Promise<Response> {
    const host = apiHost(domain);
    const challenge = await this.challengeFor(domain);
    const replayable = ro.body === undefined || typeof ro.body === 'string' || Buffer.isBuffer(ro.body);
    let scopes = ro.scopes;
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = { ...this.baseHeaders(), ...ro.headers };
      const auth = await this.authorization(domain, scopes, this.state(host).challenge ?? challenge, attempt > 0);
      if (auth) headers.Authorization = auth;
      const init: RequestInit & { duplex?: 'half' } = { method: ro.method ?? 'GET', headers };
      if (ro.body !== undefined) {
        init.body = ro.body as RequestInit['body'];
        if (!replayable) init.duplex = 'half';
      }
      const res = await this.send(`${this.baseUrl(domain)}${path}`, init);
      if (res.status === 401 && attempt === 0 && replayable) {
        const next = parseChallenges(res.headers.get('www-authenticate'));
        const c = next.find((x) => x.scheme === 'bearer') ?? next.find((x) => x.scheme === 'basic');
        await res.body?.cancel().catch(() => {});
        if (c) {
          this.state(host).challenge = c;
          if (c.params.scope) scopes = mergeScopes([...scopes, ...c.params.scope.split(' ')]);
        }
        if (c?.scheme === 'bearer' || (c?.scheme === 'basic' && !challenge)) continue;
        throw this.unauthorized(host, ro.method ?? 'GET', path, res);
      }
      if (res.status === 401 || res.status === 403) {
        await res.body?.cancel().catch(() => {});
        throw this.unauthorized(host, ro.method ?? 'GET', path, res);
      }
      if (!res.ok && !(ro.ok ?? []).includes(res.status)) {
        throw await this.apiError(host, ro.method ?? 'GET', path, res);
      }
      return res;
    }
  }

  private unauthorized(host: string, method: string, path: string, res: Response): RegistryError {
    const creds = this.credentials(host);
    const hint = creds
      ? `the credentials for ${host} from ${this.credentialSource} were rejected (wrong user name or password?)`
      : `no credentials for ${host} in ${this.credentialSource} (run docker login ${host})`;
    return new RegistryError(
      `${method} ${path} on ${host}: ${res.status} ${res.status === 401 ? 'Unauthorized' : 'Forbidden'}: ${hint}`,
      { status: res.status, code: 'UNAUTHORIZED' },
    );
  }

  private async apiError(host: string, method: string, path: string, res: Response): Promise<RegistryError> {
    const text = await res.text().catch(() => '');
    let detail = text.trim().slice(0, 300);
    let code: string | undefined;
    try {
      const body = JSON.parse(text) as { errors?: Array<{ code?: string; message?: string; detail?: unknown }> };
      if (body.errors?.length) {
        code = body.errors[0].code;
        detail = body.errors.map((e) => `${e.code ?? ''}${e.message ? `: ${e.message}` : ''}`).join('; ');
      }
    } catch {
      /* not JSON */
    }
    return new RegistryError(
      `${method} ${path} on ${host}: ${res.status} ${res.statusText}${detail ? `: ${detail}` : ''}`,
      { status: res.status, code },
    );
  }

  /** GET a manifest (index or image manifest) by tag or digest; the digest is checked when asked by digest. */
  async getManifest(
    ref: ImageRef,
    reference = ref.digest ?? ref.tag ?? 'latest',
    accept = MANIFEST_ACCEPT,
  ): Promise<FetchedManifest> {
    const res = await this.request(ref.domain, `/v2/${ref.path}/manifests/${reference}`, {
      headers: { Accept: accept },
      scopes: [repositoryScope(ref.path, ['pull'])],
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const digest = sha256Digest(bytes);
    if (reference.startsWith('sha256:') && digest !== reference) {
      throw new RegistryError(`manifest ${repositoryName(ref)}@${reference} from the registry has digest ${digest}`);
    }
    let mediaType = (res.headers.get('content-type') ?? '').split(';')[0].trim();
    try {
      const parsed = JSON.parse(bytes.toString('utf8')) as {
        mediaType?: string;
        manifests?: unknown;
        config?: unknown;
      };
      if (parsed.mediaType) mediaType = parsed.mediaType;
      else if (!mediaType || mediaType === 'application/json')
        mediaType = parsed.manifests ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
    } catch (err) {
      throw new RegistryError(`manifest ${repositoryName(ref)}:${reference} is not JSON`, { cause: err });
    }
    return { bytes, mediaType, digest, size: bytes.length };
  }

  /** HEAD a manifest: its descriptor, or undefined when the registry does not have it. */
  async headManifest(ref: ImageRef, reference: string): Promise<Descriptor | undefined> {
    const res = await this.request(ref.domain, `/v2/${ref.path}/manifests/${reference}`, {
      method: 'HEAD',
      headers: { Accept: MANIFEST_ACCEPT },
      scopes: [repositoryScope(ref.path, ['pull'])],
      ok: [404],
    });
    if (res.status === 404) return undefined;
    return {
      mediaType: (res.headers.get('content-type') ?? '').split(';')[0].trim(),
      digest: res.headers.get('docker-content-digest') ?? reference,
      size: Number(res.headers.get('content-length') ?? -1),
    };
  }

  /** PUT a manifest under a tag or its digest; returns the digest. */
  async putManifest(ref: ImageRef, reference: string, bytes: Buffer, mediaType: string): Promise<string> {
    const res = await this.request(ref.domain, `/v2/${ref.path}/manifests/${reference}`, {
      method: 'PUT',
      headers: { 'Content-Type': mediaType },
      body: bytes,
      scopes: [repositoryScope(ref.path, ['pull', 'push'])],
    });
    await res.body?.cancel().catch(() => {});
    const digest = sha256Digest(bytes);
    const echoed = res.headers.get('docker-content-digest');
    if (echoed && echoed !== digest)
      throw new RegistryError(
        `registry stored manifest ${repositoryName(ref)}:${reference} as ${echoed}, expected ${digest}`,
      );
    return digest;
  }

  async blobExists(ref: ImageRef, digest: string): Promise<boolean> {
    const res = await this.request(ref.domain, `/v2/${ref.path}/blobs/${digest}`, {
      method: 'HEAD',
      scopes: [repositoryScope(ref.path, ['pull'])],
      ok: [404],
    });
    return res.status !== 404;
  }

  /** GET a blob as a stream. */
  async getBlob(ref: ImageRef, digest: string): Promise<Response> {
    return this.request(ref.domain, `/v2/${ref.path}/blobs/${digest}`, {
      scopes: [repositoryScope(ref.path, ['pull'])],
    });
  }

  async getBlobBytes(ref: ImageRef, digest: string): Promise<Buffer> {
    const res = await this.getBlob(ref, digest);
    const bytes = Buffer.from(await res.arrayBuffer());
    if (sha256Digest(bytes) !== digest && digest.startsWith('sha256:'))
      throw new RegistryError(`blob ${repositoryName(ref)}@${digest} does not match its digest`);
    return bytes;
  }

  /**
   * Cross-repository mount (same registry): true when the registry linked the blob (201). A registry that does not
   * mount answers 202 with an upload session, which is cancelled; the caller then copies.
   */
  async mountBlob(ref: ImageRef, digest: string, from: ImageRef): Promise<boolean> {
    if (from.domain !== ref.domain) return false;
    const q = new URLSearchParams({ mount: digest, from: from.path });
    const res = await this.request(ref.domain, `/v2/${ref.path}/blobs/uploads/?${q.toString()}`, {
      method: 'POST',
      headers: { 'Content-Length': '0' },
      scopes: [repositoryScope(ref.path, ['pull', 'push']), repositoryScope(from.path, ['pull'])],
      ok: [202],
    });
    await res.body?.cancel().catch(() => {});
    if (res.status === 201) return true;
    const location = res.headers.get('location');
    if (location) {
      await this.request(ref.domain, this.relative(ref.domain, location), {
        method: 'DELETE',
        scopes: [repositoryScope(ref.path, ['pull', 'push'])],
        ok: [404, 405],
      })
        .then((r) => r.body?.cancel())
        .catch(() => {});
    }
    return false;
  }

  private relative(domain: string, location: string): string {
    const u = new URL(location, this.baseUrl(domain));
    return `${u.pathname}${u.search}`;
  }

  /** Uploads a blob (POST, then one PUT with the whole content). `body` may be a stream of known size. */
  async uploadBlob(
    ref: ImageRef,
    digest: string,
    size: number,
    body: Buffer | WebReadableStream<Uint8Array> | ReadableStream<Uint8Array>,
  ): Promise<void> {
    const scopes = [repositoryScope(ref.path, ['pull', 'push'])];
    const start = await this.request(ref.domain, `/v2/${ref.path}/blobs/uploads/`, {
      method: 'POST',
      headers: { 'Content-Length': '0' },
      scopes,
      ok: [202],
    });
    await start.body?.cancel().catch(() => {});
    const location = start.headers.get('location');
    if (!location) throw new RegistryError(`registry ${apiHost(ref.domain)} started an upload without a Location`);
    const target = new URL(location, this.baseUrl(ref.domain));
    target.searchParams.set('digest', digest);
    const res = await this.request(ref.domain, `${target.pathname}${target.search}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) },
      body,
      scopes,
    });
    await res.body?.cancel().catch(() => {});
  }

  /** Makes `digest` present in `to`: already there, mounted from `from`, or streamed across. */
  async copyBlob(from: ImageRef, to: ImageRef, digest: string, size: number): Promise<'exists' | 'mounted' | 'copied'> {
    if (await this.blobExists(to, digest)) return 'exists';
    if (await this.mountBlob(to, digest, from)) return 'mounted';
    const res = await this.getBlob(from, digest);
    if (!res.body) throw new RegistryError(`blob ${repositoryName(from)}@${digest} came without a body`);
    const length = Number(res.headers.get('content-length') ?? size);
    await this.uploadBlob(to, digest, length >= 0 ? length : size, res.body);
    return 'copied';
  }
}
