/**
 * Returns a session's transfer garbage to the allocator while the transfer runs.
 *
 * Every byte a session moves passes through buffers Node allocates outside the JS heap: the reads of the connection
 * the session runs on (the HTTP/2 call of a tunnel, or dockerd's hijacked socket), the session server's own reads, the
 * messages it cuts and frames; the session server (server.ts) counts the bytes of every call, whatever the transport.
 * Those buffers die at once, but an ArrayBuffer's memory is released only when a collection finds its small JS object
 * dead, and the young generation fills slowly with those small objects: V8 collects only once the dead buffers'
 * external memory reaches its own trigger (~64 MB). Until then every new buffer is fresh memory that the
 * kernel has to fault in. Measured on the bench's fan-out (12 local exports, 23 MB, Node 24): peak RSS 150 MB with
 * 48 MB of dead buffers, against 104 MB with a young-generation collection after every MiB moved (then), and the
 * client's CPU fell from 1.25 to ~0.95 s (fewer page faults; each collection is ~0.3 ms on this heap). See
 * docs/benchmarks.md.
 *
 * The same counts decide V8 policies for the rest of the run: the young generation may grow and Maglev comes back once
 * many small messages have moved (young-generation.ts, optimizing-compiler.ts), and TurboFan and incremental marking
 * come back once many bytes have (optimizing-compiler.ts, old-generation.ts). Maglev also comes back as soon as the
 * daemon asks a sender for that many bytes of files (`announced`), before the send loop runs hot.
 *
 * Node offers no API to ask for a collection, only the `--expose-gc` flag: the collector is taken from a new V8
 * context created while the flag is set (the flag is cleared again, nothing is added to our globals), as Node's own
 * documentation of v8.setFlagsFromString shows for flags. Where that does not work, pacing does nothing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { SlicedMessage } from './framing.js';
import { restoreIncrementalMarking } from './old-generation.js';
import { BULK_BYTES, restoreMaglev, restoreOptimizingCompiler } from './optimizing-compiler.js';
import { letYoungGenerationGrow, MANY_SMALL_MESSAGES, SMALL_MESSAGE_BYTES } from './young-generation.js';

/**
 * Bytes moved between two collections, until the run moves bulk data (BULK_BYTES). 2 MiB since round 37: each
 * collection also promotes what the transfer still holds (its streams and their pending messages) into the old
 * generation, and at 1 MiB the cached fan-out's ~20 paced collections grew it to V8's limit in 7 of 10 runs, a
 * Mark-Compact of up to 18 ms on the main thread; at 2 MiB ~11 collections and 3 of 10 (GC time ~45 -> ~32 ms a run),
 * peak RSS unchanged (~70 MB). docs/benchmarks.md, "Thirty-seventh round".
 */
export const GC_STEP_BYTES = 2 * 1024 * 1024;

/**
 * Bytes between two collections once a run moves bulk data: a 1 GiB context's buffers left longer to V8 are new memory
 * the kernel faults in, which costs more than the collections (round 35: 4 MiB +203 ms on that context, 512 KiB +285
 * ms, against 1 MiB).
 */
export const BULK_GC_STEP_BYTES = 1024 * 1024;

type Collector = (options: { type: 'minor' }) => void;

export class GcPacer {
  private sinceCollection = 0;
  private scheduled = false;
  /** Collections run so far (for tests and the bench). */
  collections = 0;
  /** Small messages moved so far, up to `manySmallMessages` (then `onManySmallMessages` has been called). */
  smallMessages = 0;
  /** Bytes moved so far, up to `bulkBytes` (then `onBulk` has been called, and the step is `bulkStepBytes`). */
  movedBytes = 0;
  /** Bytes of files the daemon has asked for so far, up to `bulkBytes` (then `onBulkAnnounced` has been called). */
  announcedBytes = 0;
  private readonly onManySmallMessages?: () => void;
  private readonly manySmallMessages: number;
  private readonly onBulk?: () => void;
  private readonly onBulkAnnounced?: () => void;
  private readonly bulkBytes: number;
  private readonly bulkStepBytes: number;

  /**
   * @param collect the young-generation collector; undefined: pacing does nothing
   * @param stepBytes bytes between two collections until `bulkBytes` have moved; `hooks.bulkStepBytes` from then on
   * @param hooks.onManySmallMessages called once, when `manySmallMessages` small messages have moved
   *   (young-generation.ts; Maglev, optimizing-compiler.ts)
   * @param hooks.onBulk called once, when `bulkBytes` have moved (optimizing-compiler.ts)
   * @param hooks.onBulkAnnounced called once, when the daemon has asked for `bulkBytes` of files (announced)
   */
  constructor(
    private readonly collect: Collector | undefined,
    private readonly stepBytes = GC_STEP_BYTES,
    hooks: {
      onManySmallMessages?: () => void;
      manySmallMessages?: number;
      onBulk?: () => void;
      onBulkAnnounced?: () => void;
      bulkBytes?: number;
      bulkStepBytes?: number;
    } = {},
  ) {
    this.onManySmallMessages = hooks.onManySmallMessages;
    this.manySmallMessages = hooks.manySmallMessages ?? MANY_SMALL_MESSAGES;
    this.onBulk = hooks.onBulk;
    this.onBulkAnnounced = hooks.onBulkAnnounced;
    this.bulkBytes = hooks.bulkBytes ?? BULK_BYTES;
    this.bulkStepBytes = hooks.bulkStepBytes ?? BULK_GC_STEP_BYTES;
  }

  /**
   * `bytes` moved through a session, in `messages` (the small ones, young-generation.ts SMALL_MESSAGE_BYTES, counted
   * until there are many) and in `framedSmall` small messages besides, written framed together (a batch of STATs:
   * server.ts writeFramed); after every step, one collection on the next turn (never inside a callback).
   */
  transferred(bytes: number, messages: ReadonlyArray<Buffer | SlicedMessage>, framedSmall = 0): void {
    if (this.smallMessages < this.manySmallMessages) {
      this.smallMessages += framedSmall;
      // (a message in slices is a large one: framing.ts pushSliced)
      for (let i = 0; i < messages.length; i++) {
        const m = messages[i];
        if (!Array.isArray(m) && m.length < SMALL_MESSAGE_BYTES) this.smallMessages++;
      }
      if (this.smallMessages >= this.manySmallMessages) this.onManySmallMessages?.();
    }
    if (this.movedBytes < this.bulkBytes) {
      this.movedBytes += bytes;
      if (this.movedBytes >= this.bulkBytes) this.onBulk?.();
    }
    if (!this.collect) return;
    this.sinceCollection += bytes;
    const step = this.movedBytes >= this.bulkBytes ? this.bulkStepBytes : this.stepBytes;
    if (this.sinceCollection < step || this.scheduled) return;
    this.sinceCollection = 0;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.collections++;
      this.collect!({ type: 'minor' });
    });
  }

  /** The daemon asked a sender for a file of `bytes` (its listed size): data the session is about to move. */
  announced(bytes: number): void {
    if (this.announcedBytes >= this.bulkBytes) return;
    this.announcedBytes += bytes;
    if (this.announcedBytes >= this.bulkBytes) this.onBulkAnnounced?.();
  }
}

let shared: GcPacer | undefined;

/** The process's pacer, shared by every session's calls. */
export function transferGcPacer(): GcPacer {
  return (shared ??= new GcPacer(youngGenerationCollector(), GC_STEP_BYTES, {
    onManySmallMessages: () => {
      letYoungGenerationGrow();
      restoreMaglev();
    },
    onBulk: () => {
      restoreOptimizingCompiler();
      restoreIncrementalMarking();
    },
    onBulkAnnounced: () => restoreMaglev(),
  }));
}

function youngGenerationCollector(): Collector | undefined {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === 'function') return existing as Collector;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as Collector) : undefined;
  } catch {
    return undefined;
  } finally {
    try {
      setFlagsFromString('--no-expose-gc');
    } catch {
      /* nothing to undo */
    }
  }
}
