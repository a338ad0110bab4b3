/**
 * gRPC services from our registry, typed by the generated method maps.
 *
 * A service of the registry becomes a grpc-js ServiceDefinition, so the same definition serves both directions:
 * clients for Control and LLBBridge, servers for the session services. A generated `*_SERVICE` name (types.ts
 * ServiceName) carries the service's methods, so that `makeClientConstructor(CONTROL_SERVICE)` makes a client whose
 * `Solve` takes a SolveRequest and answers a SolveResponse, and `ServiceHandlers<HealthMethods>` types a server's
 * handlers the same way.
 */
import * as grpc from '@grpc/grpc-js';
import type protobuf from 'protobufjs';
import { decodeWith, encodeWith, root } from './registry.js';
import type {
  BidiStreamMethod,
  ClientStreamMethod,
  Decoded,
  Encodable,
  Method,
  ServerStreamMethod,
  ServiceName,
  UnaryMethod,
} from './types.js';

function serializer(type: protobuf.Type) {
  return (value: unknown): Buffer => encodeWith(type, value as object);
}
function deserializer(type: protobuf.Type) {
  return (bytes: Buffer): unknown => decodeWith(type, bytes);
}

const cache = new Map<string, grpc.ServiceDefinition>();

export function serviceDefinition(fullName: string): grpc.ServiceDefinition {
  const hit = cache.get(fullName);
  if (hit) return hit;
  const service = root.lookupService(fullName);
  service.resolveAll();
  const def: Record<string, grpc.MethodDefinition<unknown, unknown>> = {};
  for (const method of service.methodsArray) {
    const req = method.resolvedRequestType!;
    const res = method.resolvedResponseType!;
    def[method.name] = {
      path: `/${fullName}/${method.name}`,
      requestStream: !!method.requestStream,
      responseStream: !!method.responseStream,
      requestSerialize: serializer(req),
      requestDeserialize: deserializer(req),
      responseSerialize: serializer(res),
      responseDeserialize: deserializer(res),
      originalName: method.name,
    };
  }
  cache.set(fullName, def);
  return def;
}

/** Full method paths (`/pkg.Service/Method`) of a service, as the session advertises them. */
export function methodPaths(fullName: string): string[] {
  return Object.values(serviceDefinition(fullName)).map((m) => m.path);
}

/** A method as a grpc-js client calls it: requests in the encoder's form, responses as decoded. */
export type ClientMethod<M> =
  M extends UnaryMethod<infer Req, infer Res>
    ? (
        request: Encodable<Req>,
        metadata: grpc.Metadata,
        callback: grpc.requestCallback<Decoded<Res>>,
      ) => grpc.ClientUnaryCall
    : M extends ServerStreamMethod<infer Req, infer Res>
      ? (
          request: Encodable<Req>,
          metadata?: grpc.Metadata,
          options?: grpc.CallOptions,
        ) => grpc.ClientReadableStream<Decoded<Res>>
      : M extends ClientStreamMethod<infer Req, infer Res>
        ? (
            metadata: grpc.Metadata,
            callback: grpc.requestCallback<Decoded<Res>>,
          ) => grpc.ClientWritableStream<Encodable<Req>>
        : M extends BidiStreamMethod<infer Req, infer Res>
          ? (
              metadata?: grpc.Metadata,
              options?: grpc.CallOptions,
            ) => grpc.ClientDuplexStream<Encodable<Req>, Decoded<Res>>
          : never;

/** A grpc-js client of the service whose methods are `Methods` (a generated `…Methods` interface). */
export type ServiceClient<Methods> = grpc.Client & { [K in keyof Methods]: ClientMethod<Methods[K]> };

/** A method as a grpc-js server handles it: requests as decoded, responses in the encoder's form. */
export type ServerMethod<M> =
  M extends UnaryMethod<infer Req, infer Res>
    ? grpc.handleUnaryCall<Decoded<Req>, Encodable<Res>>
    : M extends ServerStreamMethod<infer Req, infer Res>
      ? grpc.handleServerStreamingCall<Decoded<Req>, Encodable<Res>>
      : M extends ClientStreamMethod<infer Req, infer Res>
        ? grpc.handleClientStreamingCall<Decoded<Req>, Encodable<Res>>
        : M extends BidiStreamMethod<infer Req, infer Res>
          ? grpc.handleBidiStreamingCall<Decoded<Req>, Encodable<Res>>
          : never;

/**
 * Handlers for the service whose methods are `Methods`. A method left out answers UNIMPLEMENTED; check an object of
 * handlers with `satisfies ServiceHandlers<…>`, which also types the handlers' parameters.
 */
export type ServiceHandlers<Methods> = { [K in keyof Methods]?: ServerMethod<Methods[K]> };

export function makeClientConstructor<Methods>(
  service: ServiceName<Methods>,
): new (address: string, credentials: grpc.ChannelCredentials, options?: grpc.ClientOptions) => ServiceClient<Methods> {
  return grpc.makeGenericClientConstructor(serviceDefinition(service), service) as never;
}

type UnaryName<Methods> = {
  [K in keyof Methods]: Methods[K] extends UnaryMethod<unknown, unknown> ? K : never;
}[keyof Methods];
type RequestOf<M> = M extends Method<infer Req, unknown, boolean, boolean> ? Req : never;
type ResponseOf<M> = M extends Method<unknown, infer Res, boolean, boolean> ? Res : never;

/** Calls the unary `method` of `client`; `signal` cancels the call (the promise then rejects with CANCELLED). */
export function callUnary<Methods, K extends UnaryName<Methods>>(
  client: ServiceClient<Methods>,
  method: K,
  request: Encodable<RequestOf<Methods[K]>>,
  metadata: grpc.Metadata,
  signal?: AbortSignal,
): Promise<Decoded<ResponseOf<Methods[K]>>> {
  type Call = (
    req: typeof request,
    md: grpc.Metadata,
    cb: grpc.requestCallback<Decoded<ResponseOf<Methods[K]>>>,
  ) => grpc.ClientUnaryCall;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const onAbort = () => call.cancel();
    const call = (client[method] as Call).call(client, request, metadata, (err, value) => {
      signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(value!);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A definition for one bidirectional-stream method whose messages pass as raw bytes both ways: for services that
 * encode and decode their frames themselves (FileSync's hand-encoded Packets, FileSend's two frame kinds).
 */
export function rawStreamDefinition(service: string, method: string): grpc.ServiceDefinition {
  const identity = (b: Buffer): Buffer => b;
  return {
    [method]: {
      path: `/${service}/${method}`,
      requestStream: true,
      responseStream: true,
      requestSerialize: identity,
      requestDeserialize: identity,
      responseSerialize: identity,
      responseDeserialize: identity,
      originalName: method,
    },
  };
}
