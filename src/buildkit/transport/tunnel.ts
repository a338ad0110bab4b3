/**
 * Byte pipes a session runs over. BuildKit's session protocol puts a whole HTTP/2 connection (daemon = client) inside
 * either a `Control.Session` bidi call (buildkitd, dial-stdio) or a hijacked HTTP/1.1 connection (dockerd /session).
 */
import { Duplex } from 'node:stream';
import type * as grpc from '@grpc/grpc-js';

interface BytesMessage {
  data?: Buffer;
}

/**
 * A `Control.Session` call seen as a byte stream: every BytesMessage received is the next chunk, every chunk written
 * becomes one BytesMessage; ending the writable side half-closes the call (EOF for the daemon), the daemon ending the
 * call is EOF here. Chunk boundaries mean nothing (moby/buildkit session/grpchijack does the same in Go).
 */
export class CallTunnel extends Duplex {
  private readonly call: grpc.ClientDuplexStream<BytesMessage, BytesMessage>;
  private callDone = false;

  constructor(call: grpc.ClientDuplexStream<BytesMessage, BytesMessage>) {
    super({ allowHalfOpen: true });
    this.call = call;
    call.on('data', (m: BytesMessage) => {
      if (m.data && m.data.length && !this.push(m.data)) call.pause();
    });
    call.on('end', () => this.push(null));
    call.on('status', () => {
      this.callDone = true;
    });
    call.on('error', (err: grpc.ServiceError) => {
      this.callDone = true;
      // A cancelled call is how our own destroy() ends it: not an error worth reporting.
      if (err.code === 1 /* CANCELLED */) this.push(null);
      else this.destroy(err);
    });
  }

  /** Resolves when the daemon has answered the call (response headers), i.e. it accepted the session. */
  accepted(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`the daemon did not accept the session within ${timeoutMs} ms`));
      }, timeoutMs);
      const onMetadata = () => {
        cleanup();
        resolve();
      };
      const onFail = (err?: Error) => {
        cleanup();
        reject(err ?? new Error('the session call ended before the daemon accepted it'));
      };
      const onEnd = () => onFail();
      const cleanup = () => {
        clearTimeout(timer);
        this.call.off('metadata', onMetadata);
        this.off('error', onFail);
        this.off('end', onEnd);
      };
      this.call.once('metadata', onMetadata);
      this.once('error', onFail);
      this.once('end', onEnd);
    });
  }

  override _read(): void {
    this.call.resume();
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    if (this.callDone) return cb(new Error('session call already ended'));
    this.call.write({ data: chunk }, () => cb());
  }

  override _final(cb: (err?: Error | null) => void): void {
    if (!this.callDone) this.call.end();
    cb();
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    if (!this.callDone) this.call.cancel();
    cb(err);
  }
}
