/**
 * One protobufjs Root for every message bakekit puts on the wire.
 *
 * Each `src/buildkit/proto/*.ts` module holds our own `.proto` text for one BuildKit package (written from
 * the wire format: same package names, message names and field numbers as BuildKit, so the bytes match)
 * and registers it here with `defineProto`. Field names keep their original case (`Ref`, `FrontendAttrs`)
 * because that is what BuildKit's .proto files use and what we look up.
 */
import protobuf from 'protobufjs';

export const root = new protobuf.Root();

// Well-known types referenced by several packages; ours, so nothing is loaded from disk at run time.
protobuf.parse(
  `syntax = "proto3";
  package google.protobuf;
  message Timestamp { int64 seconds = 1; int32 nanos = 2; }
  message Empty {}`,
  root,
  { keepCase: true },
);

export function defineProto(source: string): void {
  protobuf.parse(source, root, { keepCase: true });
}

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
  const type = messageType(fullName);
  // fromObject (not verify) because int64 fields are given as decimal strings, which verify rejects.
  return Buffer.from(type.encode(type.fromObject(value)).finish());
}

export function decodeMessage<T = Record<string, unknown>>(fullName: string, bytes: Uint8Array): T {
  const type = messageType(fullName);
  return type.toObject(type.decode(bytes), toObjectOptions) as T;
}
