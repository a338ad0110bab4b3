/**
 * A bidirectional packet pipe over a Node stream (a grpc-js call, or a PassThrough pair in tests), with the
 * two things the transfer loops need: `send` that waits out backpressure, and a reader that does not
 * destroy the stream when the reader stops early (the sender still has to answer FIN after reading it).
 */
import type { Readable, Writable } from 'node:stream';

/** Any object-mode duplex: a grpc-js bidi call, a stream.Duplex, a test pair. */
export type MessageStream = Readable & Writable;
import type { Packet } from '../proto/fsutil.pb.js';
import { decodePacketNames, decodeSlicedPacket, encodePacketFast, encodePacketsFramed } from './wire.js';

/** A stream that takes messages framed already, several in one write (grpc/server.ts ServerCall). */
interface FramedWriter {
  writeFramed(bytes: Buffer, messages: number): boolean;
}

export interface PacketChannel {
  /** Queues one packet; resolves when the stream can take more (waits for 'drain' when it is full). */
  send(packet: Packet): Promise<void>;
  /**
   * Queues packets in order; resolves when the stream can take more. One wait for them all, not one per packet: the
   * sender writes its listing's STATs this way, a batch at a time (sender.ts LISTING_BATCH).
   */
  sendAll(packets: readonly Packet[]): Promise<void>;
  /** As send, for a packet already encoded (wire.ts dataPacketInPlace); only where the stream carries raw bytes. */
  sendEncoded?(bytes: Buffer): Promise<void>;
  /** Incoming packets until the peer half-closes; throws if the stream errors or closes without an end. */
  receive(): AsyncIterableIterator<Packet>;
}

/** How messages look on the stream: grpc-js object messages, or raw protobuf bytes. */
export interface PacketCodec {
  encode(packet: Packet): unknown;
  decode(message: unknown): Packet;
}

/** The stream carries plain objects that a protobufjs-backed ServiceDefinition (de)serialises. */
export const objectCodec: PacketCodec = {
  encode: (p) => p,
  decode: (m) => m as Packet,
};

/**
 * The stream carries serialized `fsutil.types.Packet` bytes (identity (de)serialisers). File names that are not UTF-8
 * keep their bytes both ways (escaped in the strings, names.ts).
 */
export const rawCodec: PacketCodec = {
  encode: (p) => encodePacketFast(p),
  // an array: a message in slices, from a call that delivers them (grpc/server.ts deliverSliced)
  decode: (m) => (Array.isArray(m) ? decodeSlicedPacket(m as Buffer[]) : decodePacketNames(m as Uint8Array)),
};

/** The stream closed under a transfer: before the peer's half-close, or while a packet waited to be sent. */
export class StreamClosedError extends Error {
  override readonly name = 'StreamClosedError';

  constructor(message = 'stream closed') {
    super(message);
  }
}

export function streamChannel(stream: MessageStream, codec: PacketCodec = objectCodec): PacketChannel {
  let drained: Promise<void> | undefined;
  const waitDrain = () =>
    (drained ??= new Promise<void>((resolve, reject) => {
      const cleanup = () => {
        stream.off('drain', onDrain);
        stream.off('close', onClose);
        stream.off('error', onError);
        drained = undefined;
      };
      const onDrain = () => {
        cleanup();
        resolve();
      };
      const onClose = () => {
        cleanup();
        reject(new StreamClosedError('stream closed while waiting to send'));
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      stream.on('drain', onDrain);
      stream.on('close', onClose);
      stream.on('error', onError);
    }));

  /** Throws unless the stream can still be written to. */
  const assertOpen = () => {
    if (stream.destroyed || stream.writableEnded) throw new StreamClosedError('stream closed, cannot send');
  };
  /** Hands one message to the stream; false when the stream asks to wait for 'drain'. */
  const put = (message: unknown): boolean => {
    assertOpen();
    return stream.write(message);
  };
  const write = async (message: unknown) => {
    if (!put(message)) await waitDrain();
  };
  // raw bytes on a call that takes framed batches: a batch is one buffer and one write (wire.ts encodePacketsFramed)
  const framed =
    codec === rawCodec && typeof (stream as Partial<FramedWriter>).writeFramed === 'function'
      ? (stream as MessageStream & FramedWriter)
      : undefined;
  return {
    // async: an encoding error is a rejection, as the callers' `.catch` expect, not a throw
    async send(packet) {
      return write(codec.encode(packet));
    },
    async sendAll(packets) {
      if (framed && packets.length > 1) {
        assertOpen();
        if (!framed.writeFramed(encodePacketsFramed(packets), packets.length)) await waitDrain();
        return;
      }
      let full = false;
      for (let i = 0; i < packets.length; i++) if (!put(codec.encode(packets[i]))) full = true;
      if (full) await waitDrain();
    },
    sendEncoded: codec === rawCodec ? write : undefined,
    receive() {
      return readMessages(stream, (m) => codec.decode(m));
    },
  };
}

/**
 * Reads a stream's messages one at a time with flow control (pauses the stream while the consumer is busy).
 * Unlike `for await (… of stream)`, stopping early does not destroy the stream. Ends at the peer's
 * half-close; throws StreamClosedError if the stream closes without one (e.g. a cancelled gRPC call).
 */
export async function* readMessages<T>(stream: Readable, decode: (message: unknown) => T): AsyncIterableIterator<T> {
  const queue: unknown[] = [];
  let ended = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const onData = (m: unknown) => {
    queue.push(m);
    if (queue.length >= 16) stream.pause();
    notify();
  };
  const onEnd = () => {
    ended = true;
    notify();
  };
  const onClose = () => {
    if (!ended && failure === undefined) failure = new StreamClosedError('stream closed before the transfer finished');
    notify();
  };
  const onError = (err: Error) => {
    failure ??= err;
    notify();
  };
  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.on('close', onClose);
  stream.on('error', onError);
  if (stream.readableEnded) ended = true;
  else if (stream.destroyed) onClose();
  try {
    for (;;) {
      if (queue.length > 0) {
        const m = queue.shift();
        if (queue.length < 4 && stream.isPaused()) stream.resume();
        yield decode(m);
        continue;
      }
      if (failure !== undefined) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stream.off('data', onData);
    stream.off('end', onEnd);
    stream.off('close', onClose);
    stream.off('error', onError);
    // Leave the stream paused if we stop reading: nothing more should be consumed on our behalf.
    if (!ended) stream.pause();
  }
}
