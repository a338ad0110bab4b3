/**
 * One protobufjs Root for every message bakekit puts on the wire.
 *
 * Each `src/buildkit/proto/*.ts` module holds our own `.proto` text for one BuildKit package (written from
 * the wire format: same package names, message names and field numbers as BuildKit, so the bytes match);
 * sources.ts lists them. The root is built from descriptors.ts, protobufjs JSON descriptors generated from those
 * texts by scripts/gen-proto.ts, rather than by parsing the texts at every start: that took ~8 ms of start-up and
 * needs protobufjs' parser, which the light build used here leaves out (docs/benchmarks.md, "Start-up").
 * Field names keep their original case (`Ref`, `FrontendAttrs`) because that is what BuildKit's .proto files
 * use and what we look up.
 */
import protobuf from 'protobufjs/light.js';
import { descriptors } from './descriptors.js';

/**
 * A root with every definition of descriptors.ts. Unlike `Root.fromJSON`, it resolves nothing up front: type
 * references and proto3 field features are resolved on first use (the first encode or decode of a type, a service
 * definition), as they were when the texts were parsed here — resolving everything at start cost ~6 ms.
 */
export function loadRoot(): protobuf.Root {
  const loaded = new protobuf.Root();
  loaded.addJSON(descriptors.nested ?? {});
  return loaded;
}

export const root = loadRoot();

/** Options used whenever a decoded message becomes a plain object: int64 as decimal string keeps precision,
 * bytes stay Buffers. */
export const toObjectOptions: protobuf.IConversionOptions = {
  longs: String,
  enums: Number,
  defaults: false,
  arrays: true,
  objects: true,
  oneofs: true,
};

export function messageType(fullName: string): protobuf.Type {
  return root.lookupType(fullName);
}

export function encodeMessage(fullName: string, value: object): Buffer {
  return encodeWith(messageType(fullName), value);
}

export function decodeMessage<T = Record<string, unknown>>(fullName: string, bytes: Uint8Array): T {
  return decodeWith(messageType(fullName), bytes) as T;
}

/** `value` encoded as `type`: a Buffer view of the encoder's output, not a copy (under Node it is a Buffer already). */
export function encodeWith(type: protobuf.Type, value: object): Buffer {
  // fromObject (not verify) because int64 fields are given as decimal strings, which verify rejects.
  const bytes = type.encode(type.fromObject(value)).finish();
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** `bytes` decoded as `type`, as a plain object (toObjectOptions). */
export function decodeWith(type: protobuf.Type, bytes: Uint8Array): Record<string, unknown> {
  return type.toObject(type.decode(bytes), toObjectOptions);
}
