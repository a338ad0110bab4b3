/**
 * Talking to BuildKit through a Docker Engine. dockerd exposes its embedded BuildKit on two hijacked HTTP/1.1
 * endpoints (moby api/server/router/grpc and router/session; buildx driver/docker uses the same): `POST /grpc`
 * upgrades to an HTTP/2 connection where dockerd serves Control/LLBBridge, `POST /session` upgrades to one where
 * dockerd is the client of our session server. Both use `Upgrade: h2c` and prior-knowledge HTTP/2 after the 101.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import { Duplex } from 'node:stream';
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
    throw new Error(`cannot read TLS ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
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
      reject(err as Error);
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
        fail(new DockerUpgradeError(`Docker Engine refused POST ${path}: ${res.statusCode} ${res.statusMessage ?? ''}${message ? `: ${message}` : ''}`));
      });
    });
    req.on('timeout', () => fail(new DockerUpgradeError(`Docker Engine did not answer POST ${path} within ${timeoutMs} ms`)));
    req.on('error', (err) => fail(err));
    req.end();
  });
}

/** `docker [--context C | --host H] exec -i CONTAINER buildctl dial-stdio`: stdio becomes a connection to the
 * container's buildkitd (buildctl's default address, or BUILDKIT_HOST set in the container). */
export function dialStdioArgs(container: string, target: DockerCliTarget): string[] {
  const global: string[] = [];
  if (target.context) global.push('--context', target.context);
  else if (target.host) global.push('--host', target.host);
  return [...global, 'exec', '-i', container, 'buildctl', 'dial-stdio'];
}

/** A child process's stdout+stdin as one Duplex; destroying it ends stdin and then kills the process. */
export class ProcessStream extends Duplex {
  readonly child: ChildProcess;
  private stderr = '';
  /** Set when the process exits unsuccessfully: its stderr (the useful part of `docker exec` failures). */
  failure?: Error;

  constructor(command: string, args: string[], onFailure?: (err: Error) => void) {
    super({ allowHalfOpen: true });
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const { stdin, stdout, stderr } = this.child;
    stderr!.on('data', (c: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += c.toString('utf8');
    });
    stdout!.on('data', (c: Buffer) => {
      if (!this.push(c)) stdout!.pause();
    });
    stdout!.on('end', () => this.push(null));
    stdin!.on('error', () => {
      /* EPIPE when the process is gone; the exit handler reports why */
    });
    this.child.on('error', (err) => {
      this.failure = new Error(`cannot run ${command}: ${err.message}`);
      onFailure?.(this.failure);
      this.destroy(this.failure);
    });
    this.child.on('exit', (code, signal) => {
      if (code !== 0 && code !== null) {
        const why = this.stderr.trim().split('\n').filter(Boolean).pop() ?? `exit code ${code}`;
        this.failure = new Error(`${command} ${args.join(' ')} failed: ${why}`);
        onFailure?.(this.failure);
      }
      if (code === null && signal && !this.destroyed) this.destroy();
    });
  }

  override _read(): void {
    this.child.stdout!.resume();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.child.stdin!.write(chunk, (err) => cb(err ?? null));
  }
  override _final(cb: (err?: Error | null) => void): void {
    this.child.stdin!.end(cb);
  }
  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    this.child.stdin!.destroy();
    this.child.stdout!.destroy();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      const killer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
      killer.unref();
      this.child.once('exit', () => clearTimeout(killer));
    }
    cb(err);
  }
}
