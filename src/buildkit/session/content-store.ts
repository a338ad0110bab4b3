/**
 * `containerd.services.content.v1.Content` served inside a session over OCI layout directories: how BuildKit reaches
 * content the client holds (its session/content package). The daemon picks a store per call with the
 * `buildkit-attachable-store-id` header; the ids are the Go client's:
 * - `local:<dest|src>` — a `type=local` cache export or import (cache/remotecache/local), the attribute as sent;
 * - `oci:<name>` — an `oci-layout://<name>…` named context (the frontend's ResolveImageConfig and OCI layout source);
 * - `export` — the `oci`/`docker` exporter with `tar=false`.
 *
 * The semantics are those of containerd's content server over its local store (contentserver.go, plugins/content/local),
 * which the Go client serves: NOT_FOUND for a missing blob, ALREADY_EXISTS when a write's expected digest is already
 * stored (the daemon takes it as "nothing to send"), UNAVAILABLE while another stream holds a ref, OUT_OF_RANGE for a
 * write at the wrong offset or a read past the end, FAILED_PRECONDITION when the committed size or digest differs, and
 * Update refused (a local store keeps no labels). A write lands in `<dir>/ingest/<sha256 of ref>/data` and its commit
 * renames it to `blobs/<alg>/<encoded>` once the digest checked out, so a blob is never seen half written. A write
 * stream that ends without commit leaves its ingest to be resumed at its offset by a later stream (in this process),
 * or aborted. List and ListStatuses take no filters (BuildKit sends none to session stores).
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type * as grpc from '@grpc/grpc-js';
import {
  CONTENT_SERVICE,
  WriteAction,
  type ContentMethods,
  type Info,
  type Status,
  type WriteContentRequest,
  type WriteContentResponse,
} from '../proto/content.pb.js';
import type { ServerMethod, ServiceHandlers } from '../proto/grpc-service.js';
import type { Decoded, Encodable } from '../proto/types.js';
import type { Timestamp } from '../proto/wellknown.pb.js';
import { blobPath, isValidDigest } from '../oci-layout.js';
import { readMessages } from '../fsutil/channel.js';
import { toStatusError } from '../grpc/errors.js';
import { Code, StatusError } from '../grpc/status.js';
import type { Attachable } from './attachable.js';

/** session/content's GRPCHeaderID. */
export const STORE_ID_HEADER = 'buildkit-attachable-store-id';

/** Bytes per Read response message (containerd's content server uses 1 MiB buffers). */
const READ_CHUNK = 1024 * 1024;
/** Infos per List response message, as containerd sends them. */
const LIST_BLOCK = 100;

function timestamp(ms: number): Timestamp {
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: Math.round((ms - seconds * 1000) * 1e6) };
}

/** An int64 field as protobufjs decodes it here (decimal string), or a number. */
function int64(v: unknown): number {
  if (v === undefined || v === null || v === '') return 0;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : 0;
}

function digestOrFail(d: unknown): string {
  const s = typeof d === 'string' ? d : '';
  if (!isValidDigest(s)) throw new StatusError(Code.INVALID_ARGUMENT, `${JSON.stringify(s)} failed validation`);
  return s;
}

/** A stored blob's Info; its size is a number here (a local file's). */
type BlobInfo = Info & { size: number };

export interface ContentStoreStats {
  /** Read calls answered and bytes sent */
  reads: number;
  bytesRead: number;
  /** blobs committed by Write and bytes received */
  commits: number;
  bytesWritten: number;
}

interface IngestState {
  ref: string;
  dir: string;
  data: string;
  algorithm: 'sha256' | 'sha384' | 'sha512';
  hash: crypto.Hash;
  offset: number;
  total: number;
  startedAt: number;
  updatedAt: number;
}

/** One OCI layout directory as a containerd content store. Exported for tests. */
export class LayoutStore {
  private readonly ingests = new Map<string, IngestState>();
  private readonly locks = new Map<string, number>();

  constructor(readonly dir: string) {}

  async info(digest: string): Promise<BlobInfo> {
    const p = blobPath(this.dir, digest);
    let st: fs.Stats;
    try {
      st = await fsp.stat(p);
    } catch {
      throw new StatusError(Code.NOT_FOUND, `content ${digest}: not found`);
    }
    if (!st.isFile()) throw new StatusError(Code.NOT_FOUND, `content ${digest}: not found`);
    return { digest, size: st.size, created_at: timestamp(st.mtimeMs), updated_at: timestamp(st.atimeMs) };
  }

  async has(digest: string): Promise<boolean> {
    return this.info(digest).then(
      () => true,
      () => false,
    );
  }

  async *walk(): AsyncGenerator<BlobInfo> {
    const blobs = path.join(this.dir, 'blobs');
    let algorithms: string[];
    try {
      algorithms = await fsp.readdir(blobs);
    } catch {
      return;
    }
    for (const alg of algorithms.sort()) {
      let names: string[];
      try {
        names = await fsp.readdir(path.join(blobs, alg));
      } catch {
        continue;
      }
      for (const name of names.sort()) {
        const digest = `${alg}:${name}`;
        if (!isValidDigest(digest)) continue;
        try {
          yield await this.info(digest);
        } catch {
          /* gone meanwhile */
        }
      }
    }
  }

  async delete(digest: string): Promise<void> {
    try {
      await fsp.unlink(blobPath(this.dir, digest));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        throw new StatusError(Code.NOT_FOUND, `content ${digest}: not found`, { cause: err });
      throw err;
    }
  }

  status(ref: string): Status {
    const s = this.ingests.get(ref);
    if (!s) throw new StatusError(Code.NOT_FOUND, `ingest ref "${ref}": not found`);
    return {
      ref,
      offset: s.offset,
      total: s.total,
      started_at: timestamp(s.startedAt),
      updated_at: timestamp(s.updatedAt),
      expected: '',
    };
  }

  statuses(): Status[] {
    return [...this.ingests.keys()].map((ref) => this.status(ref));
  }

  async abort(ref: string): Promise<void> {
    const s = this.ingests.get(ref);
    this.ingests.delete(ref);
    const dir = this.ingestDir(ref);
    const existed = !!s || fs.existsSync(dir);
    await fsp.rm(dir, { recursive: true, force: true });
    if (!existed) throw new StatusError(Code.NOT_FOUND, `ingest ref "${ref}": not found`);
  }

  /**
   * A writer for `ref`: locks it (UNAVAILABLE while another stream holds it), fails with ALREADY_EXISTS when
   * `expected` is stored already, and resumes an ingest this store left open, else starts one.
   */
  async openWriter(ref: string, total: number, expected: string): Promise<LayoutWriter> {
    const since = this.locks.get(ref);
    if (since !== undefined) {
      throw new StatusError(
        Code.UNAVAILABLE,
        `ref ${ref} locked for ${Date.now() - since}ms (since ${new Date(since).toISOString()}): unavailable`,
      );
    }
    this.locks.set(ref, Date.now());
    try {
      if (expected && (await this.has(expected)))
        throw new StatusError(Code.ALREADY_EXISTS, `content ${expected}: already exists`);
      let state = this.ingests.get(ref);
      if (state && total > 0 && state.total > 0 && total !== state.total) {
        // containerd starts over when a resumed ingest does not match
        await this.abort(ref).catch(() => {});
        state = undefined;
      }
      if (!state) {
        const dir = this.ingestDir(ref);
        await fsp.rm(dir, { recursive: true, force: true });
        await fsp.mkdir(dir, { recursive: true });
        const algorithm = expected.startsWith('sha512:')
          ? 'sha512'
          : expected.startsWith('sha384:')
            ? 'sha384'
            : 'sha256';
        const now = Date.now();
        state = {
          ref,
          dir,
          data: path.join(dir, 'data'),
          algorithm,
          hash: crypto.createHash(algorithm),
          offset: 0,
          total,
          startedAt: now,
          updatedAt: now,
        };
        await fsp.writeFile(state.data, '');
        this.ingests.set(ref, state);
      } else if (total > 0) {
        state.total = total;
      }
      const fh = await fsp.open(state.data, 'r+');
      return new LayoutWriter(this, state, fh);
    } catch (err) {
      this.locks.delete(ref);
      throw err;
    }
  }

  /** Called by a writer when its stream ends. */
  release(ref: string): void {
    this.locks.delete(ref);
  }

  /** Moves a complete ingest into blobs/ (the writer checked size and digest). */
  async commit(state: IngestState, digest: string): Promise<void> {
    const target = blobPath(this.dir, digest);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    this.ingests.delete(state.ref);
    if (fs.existsSync(target)) {
      await fsp.rm(state.dir, { recursive: true, force: true });
      throw new StatusError(Code.ALREADY_EXISTS, `content ${digest}: already exists`);
    }
    await fsp.rename(state.data, target);
    await fsp.rm(state.dir, { recursive: true, force: true });
    // read-only, as containerd leaves committed blobs
    await fsp.chmod(target, 0o444).catch(() => {});
  }

  /** Drops the ingests left open and the ingest directory if nothing else is in it. */
  close(): void {
    for (const s of this.ingests.values()) fs.rmSync(s.dir, { recursive: true, force: true });
    this.ingests.clear();
    try {
      fs.rmdirSync(path.join(this.dir, 'ingest'));
    } catch {
      /* not empty (another writer's), or never made */
    }
  }

  private ingestDir(ref: string): string {
    return path.join(this.dir, 'ingest', crypto.createHash('sha256').update(ref).digest('hex'));
  }
}

/** The open end of one Write stream on an ingest. */
export class LayoutWriter {
  private closed = false;

  constructor(
    private readonly store: LayoutStore,
    private readonly state: IngestState,
    private readonly fh: fsp.FileHandle,
  ) {}

  get offset(): number {
    return this.state.offset;
  }
  get startedAt(): number {
    return this.state.startedAt;
  }
  get updatedAt(): number {
    return this.state.updatedAt;
  }

  /** The digest of what was written so far. */
  digest(): string {
    return `${this.state.algorithm}:${this.state.hash.copy().digest('hex')}`;
  }

  async truncate(): Promise<void> {
    await this.fh.truncate(0);
    this.state.offset = 0;
    this.state.hash = crypto.createHash(this.state.algorithm);
  }

  async write(data: Buffer): Promise<void> {
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.fh.write(data, done, data.length - done, this.state.offset + done);
      done += bytesWritten;
    }
    this.state.hash.update(data);
    this.state.offset += data.length;
    this.state.updatedAt = Date.now();
  }

  /** Checks size and digest, then moves the data into blobs/; the writer is closed either way. */
  async commit(size: number, expected: string): Promise<string> {
    await this.close();
    const actual = this.digest();
    if (size > 0 && size !== this.state.offset) {
      throw new StatusError(
        Code.FAILED_PRECONDITION,
        `unexpected commit size ${this.state.offset}, expected ${size}: failed precondition`,
      );
    }
    if (expected && expected !== actual) {
      throw new StatusError(
        Code.FAILED_PRECONDITION,
        `unexpected commit digest ${actual}, expected ${expected}: failed precondition`,
      );
    }
    await this.store.commit(this.state, actual);
    return actual;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.store.release(this.state.ref);
    await this.fh.close().catch(() => {});
  }
}

/** The call a Content method's handler gets. */
type CallOf<K extends keyof ContentMethods> = Parameters<ServerMethod<ContentMethods[K]>>[0];
type WritableCall = CallOf<'List'> | CallOf<'Read'>;
type DuplexCall = CallOf<'Write'>;

/**
 * The layout stores of the process, one per directory, shared by every session that serves it: targets exporting
 * into one cache directory at once must meet the same ingest locks, as writers of one containerd store do (the second
 * writer of a ref gets UNAVAILABLE and BuildKit's content.OpenWriter retries), instead of each resetting the other's
 * ingest directory under it. Counted, so that the last service to close closes the store.
 */
const openStores = new Map<string, { store: LayoutStore; users: number }>();

function acquireStore(dir: string): LayoutStore {
  const key = path.resolve(dir);
  let open = openStores.get(key);
  if (!open) openStores.set(key, (open = { store: new LayoutStore(key), users: 0 }));
  open.users++;
  return open.store;
}

function releaseStore(store: LayoutStore): void {
  const open = openStores.get(store.dir);
  if (!open || open.store !== store || --open.users > 0) return;
  openStores.delete(store.dir);
  store.close();
}

/** The session attachable: several layout stores, chosen per call by the store-id header. */
export class ContentStoreService implements Attachable {
  readonly serviceName = CONTENT_SERVICE;
  private readonly stores = new Map<string, LayoutStore>();
  private readonly byDir = new Map<string, LayoutStore>();
  private readonly counters = new Map<string, ContentStoreStats>();
  private closed = false;

  /** @param stores store id → layout directory (absolute); ids naming one directory share its store, and so do
   * other sessions of the process serving that directory (openStores). */
  constructor(stores: Record<string, string>) {
    for (const [id, dir] of Object.entries(stores)) {
      let store = this.byDir.get(dir);
      if (!store) this.byDir.set(dir, (store = acquireStore(dir)));
      this.stores.set(id, store);
    }
  }

  get storeIds(): string[] {
    return [...this.stores.keys()];
  }

  stats(): Record<string, ContentStoreStats> {
    return Object.fromEntries([...this.counters].map(([id, s]) => [id, { ...s }]));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const store of this.byDir.values()) releaseStore(store);
  }

  handlers(): grpc.UntypedServiceImplementation {
    const unary =
      <Req, Res>(fn: (store: LayoutStore, req: Partial<Req>, id: string) => Promise<Res>) =>
      (call: grpc.ServerUnaryCall<Req, Res>, callback: grpc.sendUnaryData<Res>) => {
        void (async () => {
          const [store, id] = this.choose(call.metadata);
          return fn(store, call.request ?? {}, id);
        })().then(
          (value) => callback(null, value),
          (err: unknown) => callback(contentStatus(err)),
        );
      };
    return {
      Info: unary(async (store, req) => ({ info: await store.info(digestOrFail(req.digest)) })),
      Update: unary((_store, req) => {
        digestOrFail(req.info?.digest);
        throw new StatusError(
          Code.FAILED_PRECONDITION,
          'update not supported on immutable content store: failed precondition',
        );
      }),
      Delete: unary(async (store, req) => {
        await store.delete(digestOrFail(req.digest));
        return {};
      }),
      Status: unary((store, req) => Promise.resolve({ status: store.status(String(req.ref ?? '')) })),
      ListStatuses: unary((store, req) => {
        noFilters(req.filters);
        return Promise.resolve({ statuses: store.statuses() });
      }),
      Abort: unary(async (store, req) => {
        await store.abort(String(req.ref ?? ''));
        return {};
      }),
      List: (call) => void this.streamed(call, (store) => this.list(call, store)),
      Read: (call) => void this.streamed(call, (store, id) => this.read(call, store, id)),
      Write: (call) => void this.streamed(call, (store, id) => this.write(call, store, id)),
    } satisfies ServiceHandlers<ContentMethods>;
  }

  private choose(md: grpc.Metadata): [LayoutStore, string] {
    const values = md.get(STORE_ID_HEADER).map(String);
    if (!values.length) throw new StatusError(Code.INVALID_ARGUMENT, `request lacks metadata "${STORE_ID_HEADER}"`);
    // The daemon puts its store id first; repeated headers may arrive joined by ", ".
    const first = values[0];
    for (const id of [first, first.split(', ')[0]]) {
      const store = this.stores.get(id);
      if (store) return [store, id];
    }
    throw new StatusError(Code.NOT_FOUND, `unknown store ${first}`);
  }

  private countersFor(id: string): ContentStoreStats {
    let c = this.counters.get(id);
    if (!c) this.counters.set(id, (c = { reads: 0, bytesRead: 0, commits: 0, bytesWritten: 0 }));
    return c;
  }

  /** Runs a streaming handler; its error becomes the call's status. */
  private async streamed(
    call: WritableCall | DuplexCall,
    fn: (store: LayoutStore, id: string) => Promise<void>,
  ): Promise<void> {
    try {
      const [store, id] = this.choose(call.metadata);
      await fn(store, id);
      if (!call.cancelled && !call.destroyed && !call.writableEnded) call.end();
    } catch (err) {
      if (!(call.cancelled || call.destroyed || call.writableEnded)) call.emit('error', contentStatus(err));
    }
  }

  private async list(call: CallOf<'List'>, store: LayoutStore): Promise<void> {
    noFilters(call.request?.filters);
    let block: BlobInfo[] = [];
    for await (const info of store.walk()) {
      block.push(info);
      if (block.length >= LIST_BLOCK) {
        await send(call, { info: block });
        block = [];
      }
    }
    if (block.length) await send(call, { info: block });
  }

  private async read(call: CallOf<'Read'>, store: LayoutStore, id: string): Promise<void> {
    const req = call.request ?? {};
    const digest = digestOrFail(req.digest);
    const { size } = await store.info(digest);
    let offset = Math.max(0, int64(req.offset));
    if (offset > size) throw new StatusError(Code.OUT_OF_RANGE, `read past object length ${size} bytes`);
    let length = int64(req.size);
    if (length <= 0 || offset + length > size) length = size - offset;
    const counters = this.countersFor(id);
    counters.reads++;
    const fh = await fsp.open(blobPath(store.dir, digest), 'r');
    try {
      const end = offset + length;
      while (offset < end && !call.cancelled && !call.destroyed) {
        const buf = Buffer.allocUnsafe(Math.min(READ_CHUNK, end - offset));
        const { bytesRead } = await fh.read(buf, 0, buf.length, offset);
        if (bytesRead === 0)
          throw new StatusError(Code.DATA_LOSS, `content ${digest} ended at ${offset} of ${size} bytes`);
        await send(call, { offset, data: buf.subarray(0, bytesRead) });
        offset += bytesRead;
        counters.bytesRead += bytesRead;
      }
    } finally {
      await fh.close().catch(() => {});
    }
  }

  private async write(call: DuplexCall, store: LayoutStore, id: string): Promise<void> {
    let writer: LayoutWriter | undefined;
    let ref = '';
    let total = 0;
    let expected = '';
    const counters = this.countersFor(id);
    try {
      // readMessages, not the stream's own iterator: leaving that early would destroy the call before its status went out
      for await (const req of readMessages(call, (m) => (m ?? {}) as Decoded<WriteContentRequest>)) {
        if (!writer) {
          ref = String(req.ref ?? '');
          if (!ref) throw new StatusError(Code.INVALID_ARGUMENT, 'first message must have a reference');
          total = int64(req.total);
          expected = typeof req.expected === 'string' ? req.expected : '';
          writer = await store.openWriter(ref, total, expected);
        }
        const action = Number(req.action ?? WriteAction.STAT);
        // an action that is not a WriteAction fails below, before the answer is sent
        const msg: Encodable<WriteContentResponse> = { action: action as WriteAction, offset: writer.offset };
        if (typeof req.expected === 'string' && req.expected) {
          if (await store.has(req.expected)) {
            await writer.close();
            await store.abort(ref).catch(() => {});
            throw new StatusError(Code.ALREADY_EXISTS, `blob with expected digest ${req.expected} exists`);
          }
          expected = req.expected;
        }
        if (int64(req.total) > 0) total = int64(req.total);
        if (action === WriteAction.STAT) {
          Object.assign(msg, {
            digest: writer.digest(),
            started_at: timestamp(writer.startedAt),
            updated_at: timestamp(writer.updatedAt),
            total,
          });
        } else if (action === WriteAction.WRITE || action === WriteAction.COMMIT) {
          const offset = int64(req.offset);
          if (offset > 0 && offset !== writer.offset)
            throw new StatusError(Code.OUT_OF_RANGE, `write @${offset} must occur at current offset ${writer.offset}`);
          if (offset === 0 && writer.offset > 0) {
            await writer.truncate();
            msg.offset = 0;
          }
          const data =
            req.data instanceof Uint8Array
              ? Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength)
              : undefined;
          if (data?.length) {
            await writer.write(data);
            msg.offset = writer.offset;
            counters.bytesWritten += data.length;
          }
          if (action === WriteAction.COMMIT) {
            msg.digest = await writer.commit(total, expected);
            counters.commits++;
          } else {
            msg.digest = writer.digest();
          }
        } else {
          throw new StatusError(Code.INVALID_ARGUMENT, `unknown write action ${action}`);
        }
        await send(call, msg);
        if (action === WriteAction.COMMIT) return;
      }
    } finally {
      await writer?.close();
    }
  }
}

/** Writes one response message, waiting while the call's buffer is full. */
async function send<Res>(
  call: grpc.ServerWritableStream<unknown, Res> | grpc.ServerDuplexStream<unknown, Res>,
  message: Res,
): Promise<void> {
  if (call.cancelled || call.destroyed) throw new StatusError(Code.CANCELLED, 'cancelled');
  if (call.write(message)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      call.off('drain', done);
      call.off('close', done);
      resolve();
    };
    call.on('drain', done);
    call.on('close', done);
  });
}

function noFilters(filters: unknown): void {
  if (Array.isArray(filters) && filters.some((f) => typeof f === 'string' && f.trim() !== '')) {
    throw new StatusError(Code.INVALID_ARGUMENT, 'filters are not supported by this content store');
  }
}

/** The status a failed call ends with: a file gone from the layout (removed while being read) is NOT_FOUND, as in
 * containerd's local store; anything else as grpc/errors.ts maps it. */
function contentStatus(err: unknown): StatusError {
  if ((err as NodeJS.ErrnoException | null)?.code === 'ENOENT')
    return new StatusError(Code.NOT_FOUND, (err as Error).message, { cause: err });
  return toStatusError(err);
}
