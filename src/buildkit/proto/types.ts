/**
 * The TypeScript forms the generated `*.pb.ts` files give protobuf values, and the shape of a gRPC method.
 *
 * A message is a plain object, as the registry's encoder takes it and its decoder gives it (registry.ts,
 * toObjectOptions): field names as in the `.proto` file, every field optional (proto3 leaves zero values out), 64-bit
 * integers as `Int64`, bytes as Buffers, enums as numbers, maps as records, and for each `oneof` a field naming the
 * member that is set. Two derived forms are exact about one direction: `Decoded<T>`, what the decoder gives (int64 as
 * decimal strings only), and `Encodable<T>`, what the encoder takes (enum values by name too, bytes as base64 too).
 * Types only: nothing here exists at run time.
 */

/**
 * A 64-bit integer field: a decimal string, or a number. The decoder gives decimal strings (a double cannot hold every
 * int64: mtimes in nanoseconds do not fit), see Decoded; the encoder takes both, and messages written by hand (a
 * content store's sizes, test fixtures) use numbers.
 */
export type Int64 = string | number;

/** A message of type `T` as the decoder gives it (toObjectOptions): every 64-bit integer a decimal string. */
export type Decoded<T> = T extends Uint8Array
  ? T
  : T extends readonly (infer E)[]
    ? DecodedField<E>[]
    : T extends object
      ? { [K in keyof T]: DecodedField<T[K]> }
      : T;
/** A field holding both strings and numbers is an Int64 one (no other field type mixes them): only its strings stay. */
type DecodedField<V> = Int64 extends V ? Exclude<V, number> : Decoded<V>;

/**
 * What the encoder (protobufjs `fromObject`) takes for a message of type `T`: its plain form, and also an enum value
 * by name (a source policy file names them) and bytes as any Uint8Array or as base64 text (the proto3 JSON form).
 */
export type Encodable<T> = T extends Uint8Array
  ? Uint8Array | string
  : T extends number
    ? number extends T
      ? T
      : T | string
    : T extends readonly (infer E)[]
      ? Encodable<E>[]
      : T extends object
        ? { [K in keyof T]: Encodable<T[K]> }
        : T;

/** One method of a service: its request and response messages, and which of them are streams. */
export interface Method<Request, Response, RequestStream extends boolean, ResponseStream extends boolean> {
  readonly request: Request;
  readonly response: Response;
  readonly requestStream: RequestStream;
  readonly responseStream: ResponseStream;
}

export type UnaryMethod<Request, Response> = Method<Request, Response, false, false>;
export type ServerStreamMethod<Request, Response> = Method<Request, Response, false, true>;
export type ClientStreamMethod<Request, Response> = Method<Request, Response, true, false>;
export type BidiStreamMethod<Request, Response> = Method<Request, Response, true, true>;

declare const methods: unique symbol;

/**
 * A service's full protobuf name (`moby.buildkit.v1.Control`) that also carries, for the type checker only, the
 * service's methods: the generated `*_SERVICE` constants are these, so that a client or handlers made from one are
 * typed by method name (grpc-service.ts).
 */
export type ServiceName<Methods> = string & { readonly [methods]?: Methods };
