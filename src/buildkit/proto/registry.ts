/**
 * One protobufjs Root for every message bakekit puts on the wire.
 *
 * The definitions are the `.proto` files of this folder, one per protobuf package, written from the wire format
 * (package, message and field names and numbers as BuildKit's, so the bytes match). The root is built from
 * descriptors.ts, protobufjs JSON descriptors generated from those files by scripts/gen-proto.ts, rather than by
 * parsing them at every start: that took ~8 ms of start-up and needs protobufjs' parser, which the light build used
 * here leaves out (docs/benchmarks.md, "Start-up"). Field names keep their original case (`Ref`, `FrontendAttrs`)
 * because that is what BuildKit's .proto files use and what we look up.
 *
 * Each type encodes, decodes and converts with the functions of codecs.ts, which scripts/gen-proto.ts generates with
 * protobufjs' own code generators: protobufjs would otherwise generate and compile them (`new Function`) on each
 * type's first use, ~1–3 ms of CPU per type and out of reach of V8's compile cache (installCodecs).
 */
import protobuf from 'protobufjs/light.js';
import { codecs } from './codecs.js';
import { descriptors } from './descriptors.js';
import type { Messages } from './messages.pb.js';
import type { Decoded, Encodable } from './types.js';

/**
 * A root with every definition of descriptors.ts. Unlike `Root.fromJSON`, it resolves nothing up front: type
 * references and proto3 field features are resolved on first use (the first encode or decode of a type, a service
 * definition), as they were when the definitions were parsed at run time — resolving everything at start cost ~6 ms.
 */
export function loadRoot(): protobuf.Root {
  const loaded = new protobuf.Root();
  loaded.addJSON(descriptors.nested ?? {});
  return loaded;
}

type Encode = (this: void, message: object, writer?: protobuf.Writer) => protobuf.Writer;
type Decode = (this: void, reader: protobuf.Reader | Uint8Array, length?: number) => protobuf.Message;
type FromObject = (this: void, object: Record<string, unknown>) => protobuf.Message;
type ToObject = (
  this: void,
  message: protobuf.Message,
  options?: protobuf.IConversionOptions,
) => Record<string, unknown>;
type FieldTypes = (protobuf.Type | protobuf.Enum | null)[];

/** The generated functions of one message type (codecs.ts): what protobufjs' `Type.prototype.setup` would generate. */
export interface Codecs {
  /** The message constructor (`Type.generateConstructor`), a new function at each call. */
  ctor(): protobuf.Constructor<object>;
  /** encode, decode, fromObject and toObject (protobufjs' encoder, decoder and converter), over setup's scope. */
  codec(
    Writer: typeof protobuf.Writer,
    Reader: typeof protobuf.Reader,
    util: CodecUtil,
    types: FieldTypes,
    C: protobuf.Constructor<object>,
  ): [Encode, Decode, FromObject, ToObject];
}

/** A decoded int64 or uint64 field as protobufjs' Reader gives it (a Long): its 32-bit halves, two's complement. */
interface LongBits {
  low: number;
  high: number;
  unsigned: boolean;
}

/**
 * The decimal string of a decoded int64/uint64: what Long's `toString()` returns, which the generated toObject
 * functions call for `longs: String` (codecs.ts, through CodecUtil). Long divides by 10^6 in a loop, in WebAssembly,
 * for every value; a value within ±2^53 (sizes, counts, timestamps in seconds) is one exact double here, and only
 * the rest (nanosecond times) goes through BigInt. ~10 ms less CPU in a cached fan-out (docs/benchmarks.md, round
 * 23).
 */
export function longToDecimal({ low, high, unsigned }: LongBits): string {
  const hi = unsigned ? high >>> 0 : high | 0;
  // hi * 2^32 + lo is exact while |hi| <= 2^21 (the result within ±2^53)
  if (hi < 0x20_0000 && hi >= -0x20_0000) return String(hi * 0x1_0000_0000 + (low >>> 0));
  return ((BigInt(hi) << 32n) | BigInt(low >>> 0)).toString();
}

/** The `util` the generated functions see: protobufjs' own, with longToDecimal (see gen-proto.ts). */
export type CodecUtil = typeof protobuf.util & { longToDecimal: typeof longToDecimal };
const codecUtil: CodecUtil = Object.assign(Object.create(protobuf.util) as typeof protobuf.util, { longToDecimal });

/** The protobufjs internals `Type.prototype.setup` uses, which its typings leave out. */
type Internals = {
  _ctor: protobuf.Constructor<object> | null;
  _edition?: string;
  _needsRecursiveFeatureResolution?: boolean;
  _resolveFeaturesRecursive?(edition: string): void;
};

/**
 * `Type.prototype.setup` with `generated`'s functions instead of protobufjs' codegen: everything else as it does it
 * (features and field types resolved, the constructor set, the wrapper of a well-known type such as Any).
 */
function setupWith(type: protobuf.Type, generated: Codecs): protobuf.Type {
  const root = type.root as protobuf.Root & Internals;
  if (root?._needsRecursiveFeatureResolution) {
    const edition = root._edition ?? (type as protobuf.Type & Internals)._edition;
    if (edition) root._resolveFeaturesRecursive?.(edition);
  }
  const types: FieldTypes = type.fieldsArray.map((field) => field.resolve().resolvedType);
  const C = (type as protobuf.Type & Internals)._ctor ?? (type.ctor = generated.ctor());
  const [encode, decode, fromObject, toObject] = generated.codec(protobuf.Writer, protobuf.Reader, codecUtil, types, C);
  type.encode = encode;
  type.decode = decode;
  type.fromObject = fromObject;
  type.toObject = toObject;
  // verify is not used here (fromObject is): protobufjs' codegen makes it on its first call, if any.
  type.verify = (message) =>
    (type.verify = protobuf.verifier(type)({ types, util: protobuf.util }) as protobuf.Type['verify'])(message);
  const wrapper = protobuf.wrappers[type.fullName];
  if (wrapper) {
    const wrapperThis = Object.create(type) as protobuf.Type & Internals;
    wrapperThis._ctor = C;
    wrapperThis.fromObject = fromObject;
    wrapperThis.toObject = toObject;
    if (wrapper.fromObject) type.fromObject = wrapper.fromObject.bind(wrapperThis);
    if (wrapper.toObject) type.toObject = wrapper.toObject.bind(wrapperThis);
  }
  return type;
}

/**
 * Makes every message type of `into` that codecs.ts has functions for use them: its `setup` (which protobufjs runs on
 * the type's first encode, decode or conversion) installs them instead of generating and compiling its own. Types
 * added later (a test's defineProto) keep protobufjs' codegen.
 */
export function installCodecs(into: protobuf.NamespaceBase, generated: Record<string, Codecs> = codecs): void {
  for (const obj of into.nestedArray) {
    if (obj instanceof protobuf.Type) {
      const own = generated[obj.fullName];
      if (own) obj.setup = () => setupWith(obj, own);
    }
    if (obj instanceof protobuf.Namespace) installCodecs(obj, generated);
  }
}

export const root = loadRoot();
installCodecs(root);

/**
 * Options used whenever a decoded message becomes a plain object — the form the generated `*.pb.ts` types describe
 * (types.ts): int64 as decimal string keeps precision, bytes stay Buffers, enums are numbers, absent fields stay
 * absent except repeated and map fields (empty arrays and objects), and each set `oneof` names its member.
 */
export const toObjectOptions: protobuf.IConversionOptions = {
  longs: String,
  enums: Number,
  defaults: false,
  arrays: true,
  objects: true,
  oneofs: true,
};

export type MessageName = keyof Messages;

export function messageType(fullName: string): protobuf.Type {
  return root.lookupType(fullName);
}

/** `value` encoded as the message `fullName`; a name of ours (messages.pb.ts) checks `value` against its type. */
export function encodeMessage<N extends string>(
  fullName: N,
  value: N extends MessageName ? Encodable<Messages[N]> : object,
): Buffer {
  return encodeWith(messageType(fullName), value);
}

/** `bytes` decoded as the message `fullName`, typed by its name (messages.pb.ts). */
export function decodeMessage<N extends MessageName>(fullName: N, bytes: Uint8Array): Decoded<Messages[N]>;
/** `bytes` decoded as `fullName`, typed by the caller: a name known only at run time, or one a test's `.proto` text
 * declares (define.ts defineProto). */
export function decodeMessage<T = Record<string, unknown>>(fullName: string, bytes: Uint8Array): T;
export function decodeMessage(fullName: string, bytes: Uint8Array): unknown {
  return decodeWith(messageType(fullName), bytes);
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
