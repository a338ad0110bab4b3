/**
 * `type=docker` without `dest` on a daemon that is not the Docker Engine: the exporter's tarball is streamed from
 * the daemon (FileSend) straight into the Engine's image store with `POST /images/load` — nothing is buffered or
 * written to disk. This is what buildx does for `--load` with a non-docker builder (docker.LoadImage).
 *
 * The Engine answers with a JSON message stream once it has read the whole archive; an `error` in it (bad archive,
 * store failure) fails the export, so a load that did not happen never looks successful.
 */
import * as http from 'node:http';
import { Writable } from 'node:stream';
import { connectEngine } from '../../buildkit/transport/docker.js';
import { describeDockerHost, type DockerHost } from '../../buildkit/transport/endpoint.js';

export class EngineError extends Error {
  override name = 'EngineError';
}

/** One Engine API request with a small JSON answer. */
export function engineJson<T>(engine: DockerHost, method: string, path: string, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const req = http.request(
      { method, path, host: 'localhost', createConnection: () => connectEngine(engine), timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 500) >= 300) {
            reject(
              new EngineError(
                `Docker Engine at ${describeDockerHost(engine)} answered ${method} ${path} with ${res.statusCode}: ${messageOf(text)}`,
              ),
            );
            return;
          }
          try {
            resolve(JSON.parse(text) as T);
          } catch {
            reject(
              new EngineError(
                `Docker Engine at ${describeDockerHost(engine)} answered ${method} ${path} with something that is not JSON`,
              ),
            );
          }
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () =>
      req.destroy(
        new EngineError(
          `Docker Engine at ${describeDockerHost(engine)} did not answer ${method} ${path} within ${timeoutMs} ms`,
        ),
      ),
    );
    req.on('error', (err) =>
      reject(
        err instanceof EngineError
          ? err
          : new EngineError(`cannot reach the Docker Engine at ${describeDockerHost(engine)}: ${err.message}`),
      ),
    );
    req.end();
  });
}

function messageOf(text: string): string {
  try {
    return (JSON.parse(text) as { message?: string }).message ?? text.trim();
  } catch {
    return text.trim();
  }
}

export interface EngineFeatures {
  /** the Engine uses the containerd image store, which imports OCI archives (and multi-platform images) */
  ociImporter: boolean;
}

/** What the Engine's image store can import (buildx dockerutil.Features: `driver-type` in /info DriverStatus). */
export async function engineFeatures(engine: DockerHost): Promise<EngineFeatures> {
  const info = await engineJson<{ DriverStatus?: Array<[string, string]> | null }>(engine, 'GET', '/info');
  const ociImporter = (info.DriverStatus ?? []).some(
    ([k, v]) => k === 'driver-type' && v === 'io.containerd.snapshotter.v1',
  );
  return { ociImporter };
}

/**
 * A Writable that feeds `POST /images/load` on the Engine. Finishing it ends the request body and waits for the
 * Engine's whole answer; an error message in that answer makes the stream fail.
 */
export function engineLoadStream(engine: DockerHost, opts: { onMessage?: (line: string) => void } = {}): Writable {
  const where = describeDockerHost(engine);
  let req: http.ClientRequest | undefined;
  let result: Promise<void> | undefined;
  let failed: Error | undefined;
  let waiting: ((err?: Error) => void) | undefined;
  const fail = (err: Error) => {
    failed ??= err;
    const w = waiting;
    waiting = undefined;
    w?.(failed);
  };
  const start = () => {
    if (req) return;
    req = http.request({
      method: 'POST',
      path: '/images/load?quiet=0',
      host: 'localhost',
      headers: { 'Content-Type': 'application/x-tar', 'Transfer-Encoding': 'chunked' },
      createConnection: () => connectEngine(engine),
    });
    const r = req;
    result = new Promise<void>((resolve, reject) => {
      r.on('error', (err) =>
        reject(new EngineError(`loading into the Docker Engine at ${where} failed: ${err.message}`)),
      );
      r.on('response', (res) => {
        let buffered = '';
        let failure: string | undefined;
        const handle = (line: string) => {
          if (!line.trim()) return;
          try {
            const msg = JSON.parse(line) as {
              stream?: string;
              status?: string;
              error?: string;
              errorDetail?: { message?: string };
              message?: string;
            };
            const err = msg.errorDetail?.message ?? msg.error;
            if (err) failure = err;
            else if ((res.statusCode ?? 200) >= 300 && msg.message) failure = msg.message;
            const text = (msg.stream ?? msg.status ?? '').trim();
            if (text) opts.onMessage?.(text);
          } catch {
            if ((res.statusCode ?? 200) >= 300) failure = line.trim();
          }
        };
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          buffered += c;
          let nl: number;
          while ((nl = buffered.indexOf('\n')) >= 0) {
            handle(buffered.slice(0, nl));
            buffered = buffered.slice(nl + 1);
          }
        });
        res.on('end', () => {
          handle(buffered);
          if ((res.statusCode ?? 500) >= 300 && !failure) failure = `HTTP ${res.statusCode}`;
          if (failure) reject(new EngineError(`the Docker Engine at ${where} could not load the image: ${failure}`));
          else resolve();
        });
        res.on('error', (err) =>
          reject(new EngineError(`loading into the Docker Engine at ${where} failed: ${err.message}`)),
        );
      });
    });
    // The Engine may give up before the archive is complete: fail the pending write instead of waiting for drain.
    result.catch((err: Error) => fail(err));
  };
  return new Writable({
    write(chunk: Buffer, _enc, cb) {
      start();
      if (failed) return cb(failed);
      if (req!.write(chunk)) return cb();
      waiting = (err) => cb(err);
      req!.once('drain', () => {
        const w = waiting;
        waiting = undefined;
        w?.();
      });
    },
    final(cb) {
      start();
      req!.end();
      result!.then(
        () => cb(),
        (err: Error) => cb(err),
      );
    },
    destroy(err, cb) {
      if (req && !req.writableFinished) req.destroy();
      cb(err);
    },
  });
}
