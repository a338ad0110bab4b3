/**
 * An in-memory OCI distribution registry for unit tests: manifests, blobs, uploads (monolithic PUT), cross-repository
 * mounts, and auth — none, HTTP Basic, or the token flow (a `/token` realm on the same server that checks Basic
 * credentials or a refresh token and hands out bearer tokens bound to scopes).
 */
import * as crypto from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeAuth = 'none' | 'basic' | 'bearer';

export interface FakeRegistryOptions {
  auth?: FakeAuth;
  user?: string;
  password?: string;
  /** identity (refresh) token accepted by POST /token */
  refreshToken?: string;
  /** answer mounts with 202 (no mount support) */
  noMount?: boolean;
}

interface Repo {
  manifests: Map<string, { bytes: Buffer; mediaType: string }>;
  blobs: Set<string>;
}

export interface FakeRegistry {
  host: string;
  requests: Array<{ method: string; url: string; auth?: string }>;
  tokenRequests: Array<{ method: string; scopes: string[] }>;
  repo(name: string): Repo;
  blobs: Map<string, Buffer>;
  putBlob(repo: string, bytes: Buffer | string): { digest: string; size: number };
  putManifest(
    repo: string,
    ref: string,
    body: unknown,
    mediaType: string,
  ): { digest: string; size: number; bytes: Buffer };
  close(): Promise<void>;
}

export function digestOf(b: Buffer | string): string {
  return `sha256:${crypto.createHash('sha256').update(b).digest('hex')}`;
}

export async function startFakeRegistry(opts: FakeRegistryOptions = {}): Promise<FakeRegistry> {
  const auth = opts.auth ?? 'none';
  const user = opts.user ?? 'user';
  const password = opts.password ?? 'secret';
  const repos = new Map<string, Repo>();
  const blobs = new Map<string, Buffer>();
  const uploads = new Map<string, string>();
  const tokens = new Map<string, string[]>();
  const requests: FakeRegistry['requests'] = [];
  const tokenRequests: FakeRegistry['tokenRequests'] = [];
  const repo = (name: string): Repo => {
    let r = repos.get(name);
    if (!r) repos.set(name, (r = { manifests: new Map(), blobs: new Set() }));
    return r;
  };
  let host = '';
  const basicOk = (h?: string) => h === `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', `http://${host}`);
      requests.push({
        method: req.method ?? 'GET',
        url: `${url.pathname}${url.search}`,
        auth: req.headers.authorization,
      });
      const send = (status: number, headers: Record<string, string> = {}, payload?: Buffer | string) => {
        res.writeHead(status, headers);
        res.end(req.method === 'HEAD' ? undefined : payload);
      };
      const error = (status: number, code: string, message: string, extra: Record<string, string> = {}) =>
        send(status, { 'Content-Type': 'application/json', ...extra }, JSON.stringify({ errors: [{ code, message }] }));

      if (url.pathname === '/token') {
        const scopes =
          req.method === 'POST'
            ? (new URLSearchParams(body.toString()).get('scope') ?? '').split(' ').filter(Boolean)
            : url.searchParams.getAll('scope');
        tokenRequests.push({ method: req.method ?? 'GET', scopes });
        const okCreds =
          req.method === 'POST'
            ? new URLSearchParams(body.toString()).get('refresh_token') === opts.refreshToken && !!opts.refreshToken
            : basicOk(req.headers.authorization);
        if (!okCreds) return error(401, 'UNAUTHORIZED', 'bad credentials');
        const token = crypto.randomBytes(8).toString('hex');
        tokens.set(token, scopes);
        return send(
          200,
          { 'Content-Type': 'application/json' },
          JSON.stringify(req.method === 'POST' ? { access_token: token, expires_in: 300 } : { token, expires_in: 300 }),
        );
      }

      // which repository and action the request needs
      const m = /^\/v2\/(.+?)\/(manifests|blobs)\/(.*)$/.exec(url.pathname);
      const name = m?.[1];
      const write = req.method === 'PUT' || req.method === 'POST' || req.method === 'PATCH' || req.method === 'DELETE';
      const needed: Array<[string, string]> = name ? [[name, write ? 'push' : 'pull']] : [];
      const from = url.searchParams.get('from');
      if (from) needed.push([from, 'pull']);
      if (auth === 'basic' && !basicOk(req.headers.authorization)) {
        return error(401, 'UNAUTHORIZED', 'authentication required', { 'WWW-Authenticate': 'Basic realm="fake"' });
      }
      if (auth === 'bearer') {
        const tok = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        const granted = tok ? tokens.get(tok) : undefined;
        const allowed = (repoName: string, action: string) =>
          granted?.some((s) => {
            const g = /^repository:(.+):([^:]+)$/.exec(s);
            return g && g[1] === repoName && g[2].split(',').includes(action);
          });
        if (!granted || needed.some(([r, a]) => !allowed(r, a))) {
          const scope = needed.map(([r, a]) => `repository:${r}:${a === 'push' ? 'pull,push' : a}`).join(' ');
          return error(401, 'UNAUTHORIZED', 'authentication required', {
            'WWW-Authenticate': `Bearer realm="http://${host}/token",service="fake"${scope ? `,scope="${scope}"` : ''}`,
          });
        }
      }
      if (url.pathname === '/v2/' || url.pathname === '/v2')
        return send(200, { 'Content-Type': 'application/json' }, '{}');
      if (!m || !name) return error(404, 'NOT_FOUND', 'unknown path');
      const r = repo(name);
      const kind = m[2];
      const rest = m[3];

      if (kind === 'manifests') {
        if (req.method === 'PUT') {
          const digest = digestOf(body);
          const mt = String(req.headers['content-type'] ?? '');
          r.manifests.set(rest, { bytes: body, mediaType: mt });
          r.manifests.set(digest, { bytes: body, mediaType: mt });
          return send(201, { 'Docker-Content-Digest': digest, Location: `/v2/${name}/manifests/${digest}` });
        }
        const found = r.manifests.get(rest);
        if (!found) return error(404, 'MANIFEST_UNKNOWN', `manifest ${rest} unknown`);
        return send(
          200,
          {
            'Content-Type': found.mediaType,
            'Docker-Content-Digest': digestOf(found.bytes),
            'Content-Length': String(found.bytes.length),
          },
          found.bytes,
        );
      }
      if (rest.startsWith('uploads/')) {
        const id = rest.slice('uploads/'.length);
        if (req.method === 'POST' && !id) {
          const mount = url.searchParams.get('mount');
          if (mount && from && !opts.noMount && repo(from).blobs.has(mount)) {
            r.blobs.add(mount);
            return send(201, { 'Docker-Content-Digest': mount, Location: `/v2/${name}/blobs/${mount}` });
          }
          const uid = crypto.randomBytes(6).toString('hex');
          uploads.set(uid, name);
          return send(202, {
            Location: `/v2/${name}/blobs/uploads/${uid}`,
            'Docker-Upload-UUID': uid,
            'Content-Length': '0',
          });
        }
        if (req.method === 'PUT' && uploads.has(id)) {
          const digest = url.searchParams.get('digest') ?? '';
          if (digestOf(body) !== digest) return error(400, 'DIGEST_INVALID', 'digest mismatch');
          blobs.set(digest, body);
          r.blobs.add(digest);
          uploads.delete(id);
          return send(201, { 'Docker-Content-Digest': digest, Location: `/v2/${name}/blobs/${digest}` });
        }
        if (req.method === 'DELETE') {
          uploads.delete(id);
          return send(204);
        }
        return error(404, 'BLOB_UPLOAD_UNKNOWN', 'unknown upload');
      }
      if (!r.blobs.has(rest)) return error(404, 'BLOB_UNKNOWN', `blob ${rest} unknown`);
      const blob = blobs.get(rest)!;
      return send(
        200,
        {
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(blob.length),
          'Docker-Content-Digest': rest,
        },
        blob,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    requests,
    tokenRequests,
    repo,
    blobs,
    putBlob(repoName, bytes) {
      const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
      const digest = digestOf(b);
      blobs.set(digest, b);
      repo(repoName).blobs.add(digest);
      return { digest, size: b.length };
    },
    putManifest(repoName, ref, body, mediaType) {
      const bytes = Buffer.from(JSON.stringify(body));
      const digest = digestOf(bytes);
      repo(repoName).manifests.set(ref, { bytes, mediaType });
      repo(repoName).manifests.set(digest, { bytes, mediaType });
      return { digest, size: bytes.length, bytes };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Puts a single-platform image (config + one layer + manifest) into the fake registry. */
export function seedImage(
  reg: FakeRegistry,
  repoName: string,
  platform: { os: string; architecture: string; variant?: string },
  opts: { docker?: boolean; tag?: string } = {},
) {
  const config = reg.putBlob(
    repoName,
    JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [] }, config: {} }),
  );
  const layer = reg.putBlob(
    repoName,
    `layer for ${platform.os}/${platform.architecture} ${crypto.randomBytes(4).toString('hex')}`,
  );
  const mediaType = opts.docker
    ? 'application/vnd.docker.distribution.manifest.v2+json'
    : 'application/vnd.oci.image.manifest.v1+json';
  const manifest = {
    schemaVersion: 2,
    mediaType,
    config: {
      mediaType: opts.docker
        ? 'application/vnd.docker.container.image.v1+json'
        : 'application/vnd.oci.image.config.v1+json',
      digest: config.digest,
      size: config.size,
    },
    layers: [
      {
        mediaType: opts.docker
          ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
          : 'application/vnd.oci.image.layer.v1.tar+gzip',
        digest: layer.digest,
        size: layer.size,
      },
    ],
  };
  const m = reg.putManifest(repoName, opts.tag ?? 'latest', manifest, mediaType);
  return { ...m, mediaType, config, layer };
}
