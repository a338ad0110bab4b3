/**
 * FileSend: where exporters stream their output back to us (`local`, `tar`, `oci`/`docker` tarballs).
 *
 * Each DiffCopy call carries `buildkit-attachable-exporter-id` (index into SolveRequest.Exporters, absent ⇒ 0)
 * and one of two payloads:
 * - file mode: `BytesMessage` chunks of one tarball, written in order to a file or a caller's Writable;
 * - directory mode (`local` exporter): fsutil Packets — the daemon is the fsutil sender and we receive the
 *   tree into a directory. With several platforms the daemon sends each under a `<os>_<arch>` directory
 *   (one stream per platform, or one stream for all on newer daemons); they merge into the destination.
 *   With `mirror` (`mode=delete`) the directory ends up holding exactly the export. That needs the one-stream
 *   transfer — a stream per platform would each delete the others' files — which a daemon announces with
 *   `buildkit-exporter-multi-platform: 1` on the call (BuildKit v0.31+); without it the call is refused before
 *   anything is touched, as the Go client does (session/filesync/filesync.go, SyncTarget.DiffCopy).
 *
 * The method is declared `stream BytesMessage`, but directory mode puts Packets in those frames, so this
 * service is served with identity (de)serialisers and decodes each frame itself.
 */
import { mkdir } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import * as nodePath from 'node:path';
import type { Writable } from 'node:stream';
import type * as grpc from '@grpc/grpc-js';
import { decodeBytesMessage } from '../proto/filesync.js';
import { FILE_SEND_SERVICE, type BytesMessage } from '../proto/filesync.pb.js';
import { readMessages, streamChannel, rawCodec } from '../fsutil/channel.js';
import { receiveTree } from '../fsutil/receiver.js';
import { slicedFieldToEnd } from '../fsutil/wire.js';
import { toStatusError } from '../grpc/errors.js';
import { Code, StatusError } from '../grpc/status.js';
import type { Attachable } from './attachable.js';
import { rawStreamDefinition } from '../proto/grpc-service.js';

export type FileSendTarget =
  /** A tarball written to this path (parent directories are created). */
  | { mode: 'file'; path: string }
  /** A `local` export received into this directory, merged with what is there (`mirror`: replacing it). */
  | {
      mode: 'dir';
      path: string;
      /** `mode=delete` (BuildKit client's WithFSSyncDirDelete): afterwards the directory holds exactly the output,
       * anything else in it is removed (receiver.ts `mirror`) */
      mirror?: boolean;
    }
  /**
   * A tarball streamed into a Writable the caller opens per call (e.g. `docker load`'s stdin). `md` holds the
   * `exporter-md-*` metadata without the prefix. Returning null answers ALREADY_EXISTS, which the daemon
   * treats as "skip" for oci/docker exporters.
   */
  | { mode: 'writable'; open(md: Record<string, string>): Writable | null | Promise<Writable | null> };

export interface ExportTransferStats {
  /** DiffCopy calls for this exporter. */
  streams: number;
  /** Regular files received (directory mode). */
  files: number;
  /** Bytes written: tarball bytes (file modes) or file content (directory mode). */
  bytes: number;
}

const KEY_EXPORTER_ID = 'buildkit-attachable-exporter-id';
/** Set by daemons that send a multi-platform local export as one stream (BuildKit v0.31+; filesync.go keyExporterMultiPlatformTransfer). */
const KEY_EXPORTER_MULTI_PLATFORM = 'buildkit-exporter-multi-platform';
const KEY_EXPORTER_META_PREFIX = 'exporter-md-';
/** Messages this large or larger come in slices when they straddle HTTP/2 DATA frames (16 KiB): the daemon's 32 KiB
 * file data and tarball chunks; its STATs are smaller and come joined. */
const SLICED_FROM = 16 * 1024;

/** The session server's calls (grpc/server.ts ServerCall); grpc-js's, which tests serve these handlers with, lack it. */
interface SlicedDelivery {
  deliverSliced(slicedFrom: number): void;
}

/** A FileSend definition whose messages are the raw frame bytes, in both directions. */
export function rawFileSendDefinition(): grpc.ServiceDefinition {
  return rawStreamDefinition(FILE_SEND_SERVICE, 'DiffCopy');
}

export class FileSend implements Attachable {
  readonly serviceName = FILE_SEND_SERVICE;
  readonly advertisedMethods = ['DiffCopy'] as const;
  /** The definition to register this service with (raw frames; see the module comment). */
  readonly definition = rawFileSendDefinition();
  private readonly counters = new Map<number, ExportTransferStats>();
  private readonly active = new Set<AbortController>();
  private refused: StatusError | undefined;

  /** @param targets one per exporter, in SolveRequest.Exporters order. */
  /** `targets[i]` receives exporter i's output; undefined for exporters that send nothing to the client (image, moby). */
  /** `onWarning`: entries a local export could not write as sent (a device node without root, xattrs), by name */
  constructor(
    private readonly targets: ReadonlyArray<FileSendTarget | undefined>,
    private readonly onWarning?: (message: string) => void,
  ) {}

  handlers(): grpc.UntypedServiceImplementation {
    return {
      DiffCopy: (call: grpc.ServerDuplexStream<unknown, unknown>) => void this.diffCopy(call),
    };
  }

  stats(): Record<number, ExportTransferStats> {
    return Object.fromEntries([...this.counters].map(([id, s]) => [id, { ...s }]));
  }

  /**
   * The first export this client refused before receiving anything (`mode=delete` on a daemon without the one-stream
   * transfer). The daemon's own error for that export is only its consequence ("failed to send stat …: EOF" when
   * the refusal reaches it mid-send), and which of the two the Solve ends with depends on timing: the run reports this.
   */
  refusal(): StatusError | undefined {
    return this.refused;
  }

  close(): void {
    for (const ac of this.active) ac.abort(new Error('session closed'));
  }

  private async diffCopy(call: grpc.ServerDuplexStream<unknown, unknown>): Promise<void> {
    const ac = new AbortController();
    this.active.add(ac);
    const onCancel = () => ac.abort(new Error('export cancelled by the daemon'));
    call.on('cancelled', onCancel);
    ac.signal.addEventListener('abort', () => {
      // Unblocks a receive loop waiting for packets; the daemon sees the call fail.
      if (!call.destroyed) call.destroy();
    });
    try {
      const id = exporterId(call.metadata);
      const target = this.targets[id];
      if (!target)
        throw new StatusError(
          Code.NOT_FOUND,
          `exporter ${id} has no destination on this client (this session has ${this.targets.length} exporters)`,
        );
      const counters = this.countersFor(id);
      counters.streams++;
      // large messages in the slices they arrived in, written as they are: a local export's file data
      // (fsutil/wire.ts decodeSlicedPacket), a tarball's chunks (frameData); before anything is read
      (call as Partial<SlicedDelivery>).deliverSliced?.(SLICED_FROM);
      if (target.mode === 'dir') {
        if (target.mirror && !call.metadata.get(KEY_EXPORTER_MULTI_PLATFORM).some((v) => String(v) === '1')) {
          this.refused ??= new StatusError(
            Code.FAILED_PRECONDITION,
            `output type=local,mode=delete needs BuildKit v0.31 or later: this daemon does not send the whole export in one transfer (multi-platform local export support), which deleting everything else in the destination depends on; nothing in ${target.path} was changed`,
          );
          throw this.refused;
        }
        await receiveTree(streamChannel(call, rawCodec), target.path, {
          signal: ac.signal,
          mirror: target.mirror === true,
          onWarning: (m) => this.onWarning?.(`type=local,dest=${target.path}: ${m}`),
          onFile: (_path, bytes) => {
            counters.files++;
            counters.bytes += bytes;
          },
        });
      } else {
        let out: Writable | null;
        if (target.mode === 'file') {
          await mkdir(nodePath.dirname(target.path), { recursive: true });
          out = createWriteStream(target.path);
        } else {
          out = await target.open(exporterMetadata(call.metadata));
          if (out === null) throw new StatusError(Code.ALREADY_EXISTS, 'target already exists');
        }
        await writeTarball(call, out, (n) => (counters.bytes += n));
      }
      if (!call.destroyed && !call.writableEnded) call.end();
    } catch (err) {
      if (!(call.cancelled || call.destroyed || call.writableEnded)) call.emit('error', toStatusError(err));
    } finally {
      call.off('cancelled', onCancel);
      this.active.delete(ac);
    }
  }

  private countersFor(id: number): ExportTransferStats {
    let c = this.counters.get(id);
    if (!c) this.counters.set(id, (c = { streams: 0, files: 0, bytes: 0 }));
    return c;
  }
}

/** Copies BytesMessage chunks to `out` until the daemon half-closes, then waits for `out` to flush. */
async function writeTarball(
  call: grpc.ServerDuplexStream<unknown, unknown>,
  out: Writable,
  onBytes: (n: number) => void,
): Promise<void> {
  const outFailed = new Promise<never>((_, reject) => out.once('error', reject));
  outFailed.catch(() => {});
  try {
    for await (const data of readMessages(call, frameData)) {
      const slices = Array.isArray(data) ? data : [data];
      let bytes = 0;
      let more = true;
      // one write of a chunk's slices where the stream can (fs.WriteStream's writev)
      out.cork();
      for (const slice of slices) {
        if (slice.length === 0) continue;
        more = out.write(slice);
        bytes += slice.length;
      }
      out.uncork();
      if (bytes === 0) continue;
      if (!more) await Promise.race([new Promise((resolve) => out.once('drain', resolve)), outFailed]);
      onBytes(bytes);
    }
    await Promise.race([new Promise<void>((resolve) => out.end(resolve)), outFailed]);
  } catch (err) {
    out.destroy();
    throw err;
  }
}

/** One FileSend frame in file mode, as frameBytes, or the data of one the call delivered in slices, as slices. */
function frameData(message: unknown): Buffer | Buffer[] {
  return Array.isArray(message) ? slicedBytesMessageData(message as Buffer[]) : frameBytes(message);
}

/**
 * The data of a BytesMessage that came in slices (grpc/framing.ts pushSliced): field 1's tag and length in the first
 * slice and the data to the message's end stay the slices they arrived in; anything else is joined and decoded whole.
 */
export function slicedBytesMessageData(slices: readonly Buffer[]): Buffer | Buffer[] {
  const data = slices[0][0] === 0x0a ? slicedFieldToEnd(slices, 1) : undefined;
  return data ?? decodeBytesMessage(Buffer.concat(slices));
}

/** One FileSend frame in file mode: raw BytesMessage bytes, or an already-decoded object (generic definition). */
function frameBytes(message: unknown): Buffer {
  if (Buffer.isBuffer(message) || message instanceof Uint8Array) return decodeBytesMessage(message);
  const data = (message as BytesMessage | null)?.data;
  return data ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.alloc(0);
}

function exporterId(md: grpc.Metadata): number {
  const v = md.get(KEY_EXPORTER_ID)[0];
  if (v === undefined) return 0;
  const n = Number.parseInt(String(v), 10);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

function exporterMetadata(md: grpc.Metadata): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(md.getMap())) {
    if (k.startsWith(KEY_EXPORTER_META_PREFIX)) out[k.slice(KEY_EXPORTER_META_PREFIX.length)] = String(v);
  }
  return out;
}
