/**
 * FileSync: serves local directories (build context, Dockerfile dir, named contexts) to the daemon.
 *
 * Each DiffCopy call names one directory (`dir-name`) and the filters the daemon wants applied; we walk it
 * with fsutil's ordering and filter rules and run the fsutil sender protocol over the call. The daemon keeps
 * a copy from earlier builds and only requests files whose size or mtime changed, so `stats()` shows how
 * much content actually had to travel.
 */
import type * as grpc from '@grpc/grpc-js';
import { FILE_SYNC_SERVICE } from '../proto/filesync.pb.js';
import { streamChannel, rawCodec } from '../fsutil/channel.js';
import { sendTree, errorMessage } from '../fsutil/sender.js';
import { resolveRoot, TreeFilter, openTreeWalk, type WalkOptions } from '../fsutil/walker.js';
import { toStatusError } from '../grpc/errors.js';
import { transferGcPacer } from '../grpc/gc-pacer.js';
import { Code, StatusError } from '../grpc/status.js';
import type { Attachable } from './attachable.js';
import { rawStreamDefinition } from '../proto/grpc-service.js';

export interface DirTransferStats {
  /** DiffCopy calls for this dir-name. */
  requests: number;
  /** Files whose content was requested and sent. */
  filesSent: number;
  /** Bytes of file content sent in DATA packets. */
  bytesSent: number;
}

const KEY_DIR_NAME = 'dir-name';
const KEY_INCLUDE_PATTERNS = 'include-patterns';
const KEY_EXCLUDE_PATTERNS = 'exclude-patterns';
const KEY_FOLLOW_PATHS = 'followpaths';

/**
 * FileSync with identity (de)serialisers: the sender encodes its Packets itself (fsutil/wire.ts), which costs a
 * fraction of a protobufjs round trip per packet — and a context transfer is tens of thousands of packets.
 */
export function rawFileSyncDefinition(): grpc.ServiceDefinition {
  return rawStreamDefinition(FILE_SYNC_SERVICE, 'DiffCopy');
}

export class FileSync implements Attachable {
  readonly serviceName = FILE_SYNC_SERVICE;
  // Not TarStream: its protocol left BuildKit, daemon and client side, in July 2017 (before v0.1), so no daemon calls it
  // and there is nothing to answer it with; buildx advertises it, but its handler only fails ("failed to negotiate
  // protocol"). A daemon picks DiffCopy whenever it is advertised anyway.
  readonly advertisedMethods = ['DiffCopy'] as const;
  /** The definition to register this service with (raw Packet bytes; see rawFileSyncDefinition). */
  readonly definition = rawFileSyncDefinition();
  private readonly dirs: ReadonlyMap<string, string>;
  private readonly counters = new Map<string, DirTransferStats>();
  private readonly active = new Set<AbortController>();

  /** @param dirs dir-name → absolute directory path (`context`, `dockerfile`, named contexts...). */
  constructor(dirs: Record<string, string>) {
    this.dirs = new Map(Object.entries(dirs));
  }

  handlers(): grpc.UntypedServiceImplementation {
    return {
      DiffCopy: (call: grpc.ServerDuplexStream<unknown, unknown>) => void this.diffCopy(call),
    };
  }

  /** Transfer counters per dir-name, for every dir-name requested so far. */
  stats(): Record<string, DirTransferStats> {
    return Object.fromEntries([...this.counters].map(([name, s]) => [name, { ...s }]));
  }

  close(): void {
    for (const ac of this.active) ac.abort(new Error('session closed'));
  }

  private async diffCopy(call: grpc.ServerDuplexStream<unknown, unknown>): Promise<void> {
    const ac = new AbortController();
    this.active.add(ac);
    call.on('cancelled', () => ac.abort(new Error('transfer cancelled by the daemon')));
    try {
      const md = call.metadata;
      const dirName = metadataValues(md, KEY_DIR_NAME)[0] ?? '';
      const dir = this.dirs.get(dirName);
      if (dir === undefined) {
        const known = [...this.dirs.keys()].map((k) => JSON.stringify(k)).join(', ') || 'none';
        throw new StatusError(
          Code.NOT_FOUND,
          `no access allowed to dir ${JSON.stringify(dirName)} (this session shares: ${known})`,
        );
      }
      const counters = this.countersFor(dirName);
      counters.requests++;

      let root: string;
      try {
        root = await resolveRoot(dir);
      } catch (err) {
        throw new StatusError(Code.NOT_FOUND, `local directory ${JSON.stringify(dirName)}: ${errorMessage(err)}`, {
          cause: err,
        });
      }
      const opts: WalkOptions = {
        includePatterns: metadataValues(md, KEY_INCLUDE_PATTERNS),
        excludePatterns: metadataValues(md, KEY_EXCLUDE_PATTERNS),
        followPaths: metadataValues(md, KEY_FOLLOW_PATHS),
        signal: ac.signal,
      };
      let filter: TreeFilter;
      try {
        filter = await TreeFilter.create(root, opts);
      } catch (err) {
        throw new StatusError(
          Code.INVALID_ARGUMENT,
          `local directory ${JSON.stringify(dirName)}: ${errorMessage(err)}`,
          { cause: err },
        );
      }
      await sendTree(streamChannel(call, rawCodec), root, openTreeWalk(root, opts, filter), {
        signal: ac.signal,
        onData: (bytes) => (counters.bytesSent += bytes),
        onFileSent: () => counters.filesSent++,
        // a large file asked for: Maglev back before the send loop runs hot (grpc/optimizing-compiler.ts)
        onRequested: (bytes) => transferGcPacer().announced(bytes),
      });
      call.end();
    } catch (err) {
      endWithError(call, err);
    } finally {
      this.active.delete(ac);
    }
  }

  private countersFor(dirName: string): DirTransferStats {
    let c = this.counters.get(dirName);
    if (!c) this.counters.set(dirName, (c = { requests: 0, filesSent: 0, bytesSent: 0 }));
    return c;
  }
}

function endWithError(call: grpc.ServerDuplexStream<unknown, unknown>, err: unknown): void {
  if (call.cancelled || call.destroyed || call.writableEnded) return;
  call.emit('error', toStatusError(err));
}

/**
 * All values of a (possibly repeated) metadata key, as the Go client sent them.
 *
 * grpc-js hands a header sent several times over as one value joined with ", ", so values are split on
 * that; when any value was non-ASCII the client URL-query-escaped all of them (`<key>-encoded: 1`), which
 * also makes the split exact (a literal ", " becomes "%2C+").
 */
export function metadataValues(md: grpc.Metadata, key: string): string[] {
  const values = md
    .get(key)
    .map((v) => (typeof v === 'string' ? v : v.toString()))
    .flatMap((v) => v.split(', '));
  const flag = md.get(`${key}-encoded`)[0];
  const encoded = typeof flag === 'string' && ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(flag.split(', ')[0]);
  return encoded ? values.map(queryUnescape) : values;
}

/** Go's url.QueryUnescape (`+` is a space); a malformed value becomes "" as the Go client ignores the error. */
function queryUnescape(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}
