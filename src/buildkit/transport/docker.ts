/**
 * Talking to BuildKit through a Docker Engine. dockerd exposes its embedded BuildKit on two hijacked HTTP/1.1
 * endpoints (moby api/server/router/grpc and router/session; buildx driver/docker uses the same): `POST /grpc`
 * upgrades to an HTTP/2 connection where dockerd serves Control/LLBBridge, `POST /session` upgrades to one where
 * dockerd is the client of our session server. Both use `Upgrade: h2c` and prior-knowledge HTTP/2 after the 101.
 */
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as tls from 'node:tls';
import type { DockerCliTarget, DockerHost, TlsFiles } from './endpoint.js';

/** dockerd did not upgrade a connection to BuildKit's protocol: it refused, answered otherwise, or not in time. */
export class DockerUpgradeError extends Error {
  override readonly name = 'DockerUpgradeError';
}

export function readTlsFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new Error(
      `cannot read TLS ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      { cause: err },
    );
  }
}

/** Opens a raw connection to the Engine API (unix socket, TCP or TLS). */
export function connectEngine(engine: DockerHost): net.Socket {
  if (engine.kind === 'unix') return net.connect({ path: engine.path });
  if (!engine.tls) return net.connect({ host: engine.host, port: engine.port });
  return tls.connect(tlsConnectOptions(engine.host, engine.port, engine.tls));
}

export function tlsConnectOptions(host: string, port: number, files: TlsFiles): tls.ConnectionOptions {
  return {
    host,
    port,
    servername: files.serverName ?? (net.isIP(host) ? undefined : host),
    ca: files.caCert ? readTlsFile(files.caCert, 'CA certificate') : undefined,
    cert: files.cert ? readTlsFile(files.cert, 'client certificate') : undefined,
    key: files.key ? readTlsFile(files.key, 'client key') : undefined,
    ALPNProtocols: ['http/1.1'],
  };
}

/**
 * `POST <path>` with `Connection: Upgrade` / `Upgrade: h2c` and hands back the raw socket after the 101. `headers`
 * may repeat a name (one line per value, as the session method header needs). Bytes that arrived together with the
 * 101 are put back into the socket, since they already belong to the upgraded protocol.
 */
export function dockerUpgrade(
  engine: DockerHost,
  path: string,
  headers: ReadonlyArray<readonly [string, string]> = [],
  opts: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<net.Socket> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  return new Promise((resolve, reject) => {
    const reqHeaders: Record<string, string | string[]> = {
      Connection: 'Upgrade',
      Upgrade: 'h2c',
      'Content-Length': '0',
    };
    for (const [name, value] of headers) {
      const prev = reqHeaders[name];
      reqHeaders[name] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
    }
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(err);
    };
    let req: http.ClientRequest;
    try {
      req = http.request({
        method: 'POST',
        path,
        host: 'localhost',
        headers: reqHeaders,
        createConnection: () => connectEngine(engine),
        timeout: timeoutMs,
        signal: opts.signal,
      });
    } catch (err) {
      reject(err);
      return;
    }
    req.on('upgrade', (res, socket: net.Socket, head: Buffer) => {
      if (settled) return socket.destroy();
      settled = true;
      if (res.statusCode !== 101) {
        socket.destroy();
        reject(new DockerUpgradeError(`Docker Engine answered POST ${path} with ${res.statusCode} instead of 101`));
        return;
      }
      socket.setTimeout(0);
      if (head.length) socket.unshift(head);
      resolve(socket);
    });
    req.on('response', (res) => {
      // No upgrade: the Engine refused (e.g. 400 for bad session headers, 404 on an Engine without BuildKit).
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8').trim();
        let message = body;
        try {
          message = (JSON.parse(body) as { message?: string }).message ?? body;
        } catch {
          /* plain text body */
        }
        fail(
          new DockerUpgradeError(
            `Docker Engine refused POST ${path}: ${res.statusCode} ${res.statusMessage ?? ''}${message ? `: ${message}` : ''}`,
          ),
        );
      });
    });
    req.on('timeout', () =>
      fail(new DockerUpgradeError(`Docker Engine did not answer POST ${path} within ${timeoutMs} ms`)),
    );
    req.on('error', (err) => fail(err));
    req.end();
  });
}

/** `docker [--context C | --host H] exec -i CONTAINER buildctl dial-stdio`: stdio becomes a connection to the
 * container's buildkitd (buildctl's default address, or BUILDKIT_HOST set in the container); run by connhelper.ts. */
export function dialStdioArgs(container: string, target: DockerCliTarget): string[] {
  const global: string[] = [];
  if (target.context) global.push('--context', target.context);
  else if (target.host) global.push('--host', target.host);
  return [...global, 'exec', '-i', container, 'buildctl', 'dial-stdio'];
}
