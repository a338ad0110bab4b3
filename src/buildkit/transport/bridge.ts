/**
 * A private unix socket in front of something that is not a socket: a command whose stdio is a connection to BuildKit
 * (connhelper.ts, `docker exec … buildctl dial-stdio` and the like). For each connection the channel (grpc/client.ts)
 * opens to it, the bridge dials the real thing and pipes bytes both ways, so that Node's HTTP/2 runs on a native
 * socket rather than through its JS stream wrapper, and a failing command is counted (failedTimes) where the channel
 * sees only a connection closed.
 */
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';

export type Dialer = () => Promise<Duplex>;

export class LocalBridge {
  private failureCount = 0;
  private failureWaiters: Array<{ count: number; resolve: (err: Error) => void }> = [];
  private readonly open = new Set<Duplex>();
  private closed = false;

  private constructor(
    private readonly server: net.Server,
    private readonly dir: string,
    readonly socketPath: string,
    private readonly dial: Dialer,
  ) {
    server.on('connection', (client) => this.accept(client));
  }

  /** Starts a bridge on `<tmp>/bakekit-bridge-XXXX/buildkit.sock`; the directory is 0700 and the socket 0600, so only
   * this user can reach the daemon through it. */
  static async start(dial: Dialer): Promise<LocalBridge> {
    const dir = await mkdtemp(join(tmpdir(), 'bakekit-bridge-'));
    const socketPath = join(dir, 'buildkit.sock');
    const server = net.createServer({ pauseOnConnect: true });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(socketPath, () => {
          server.off('error', reject);
          resolve();
        });
      });
      await chmod(socketPath, 0o600);
    } catch (err) {
      server.close();
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
    server.unref(); // never keep the process alive by itself
    return new LocalBridge(server, dir, socketPath, dial);
  }

  /** The most recent dial failure: what to tell the user when the channel never becomes ready. */
  get lastError(): Error | undefined {
    return this.lastFailure;
  }
  private lastFailure?: Error;

  /** Records a failed dial (also called by dialers whose failure shows up after the dial returned, like a
   * `docker exec` that exits); the same error object counts once. */
  recordFailure(err: Error): void {
    if (err === this.lastFailure) return; // one failure seen twice (reported by the dialer and as the stream's error)
    this.lastFailure = err;
    this.failureCount++;
    this.failureWaiters = this.failureWaiters.filter((w) => {
      if (this.failureCount < w.count) return true;
      w.resolve(err);
      return false;
    });
  }

  /** Resolves with the last error once `count` dials have failed in total; lets a caller stop retrying a dial
   * that keeps failing the same way instead of waiting out its whole deadline. */
  failedTimes(count: number): Promise<Error> {
    if (this.failureCount >= count) return Promise.resolve(this.lastFailure!);
    return new Promise((resolve) => this.failureWaiters.push({ count, resolve }));
  }

  get target(): string {
    return `unix://${this.socketPath}`;
  }

  private accept(client: net.Socket): void {
    if (this.closed) return void client.destroy();
    this.open.add(client);
    client.on('close', () => this.open.delete(client));
    client.on('error', () => {
      /* the channel dropped the connection; the close handler cleans up */
    });
    this.dial().then(
      (upstream) => {
        if (this.closed || client.destroyed) return void upstream.destroy();
        this.open.add(upstream);
        const teardown = () => {
          client.destroy();
          upstream.destroy();
          this.open.delete(upstream);
        };
        upstream.on('error', (err) => {
          this.recordFailure(err);
          teardown();
        });
        upstream.on('close', teardown);
        client.on('close', teardown);
        // HTTP/2 never half-closes meaningfully: either side ending tears the pair down (via 'close').
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      },
      (err: Error) => {
        this.recordFailure(err);
        client.destroy();
      },
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.open) s.destroy();
    this.open.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await rm(this.dir, { recursive: true, force: true });
  }
}
