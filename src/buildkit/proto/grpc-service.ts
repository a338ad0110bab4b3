/**
 * gRPC services from our registry, typed by the generated method maps.
 *
 * A service of the registry becomes a definition in grpc-js's ServiceDefinition shape (paths, which side streams,
 * encoders and decoders), so the same definition serves both directions: our clients of Control, LLBBridge and
 * Content (ServiceClient, on grpc/client.ts), and the session services our server runs (grpc/server.ts), which tests
 * also drive from grpc-js clients. A generated `*_SERVICE` name (types.ts ServiceName) carries the service's methods,
 * so that `new ServiceClient(channel, CONTROL_SERVICE).unary('Solve', …)` takes a SolveRequest and answers a
 * SolveResponse, and `ServiceHandlers<HealthMethods>` types a server's handlers the same way. grpc-js is a type here
 * and a test tool, never loaded by bakekit.
 */
import type * as grpc from '@grpc/grpc-js';
import type protobuf from 'protobufjs';
import type { Channel, ClientCall, Metadata } from '../grpc/client.js';
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

type UnaryName<Methods> = {
  [K in keyof Methods]: Methods[K] extends UnaryMethod<unknown, unknown> ? K : never;
}[keyof Methods];
type ServerStreamName<Methods> = {
  [K in keyof Methods]: Methods[K] extends ServerStreamMethod<unknown, unknown> ? K : never;
}[keyof Methods];
type RequestOf<M> = M extends Method<infer Req, unknown, boolean, boolean> ? Req : never;
type ResponseOf<M> = M extends Method<unknown, infer Res, boolean, boolean> ? Res : never;

/**
 * Calls of the service whose methods are `Methods` on a channel (grpc/client.ts), typed by method name: requests in
 * the encoder's form, responses as decoded.
 */
export class ServiceClient<Methods> {
  private readonly definition: grpc.ServiceDefinition;

  constructor(
    readonly channel: Channel,
    service: ServiceName<Methods>,
  ) {
    this.definition = serviceDefinition(service);
  }

  /** Calls the unary `method`; `signal` cancels the call (the promise then rejects with CANCELLED). */
  unary<K extends UnaryName<Methods> & string>(
    method: K,
    request: Encodable<RequestOf<Methods[K]>>,
    opts: { metadata?: Metadata; signal?: AbortSignal } = {},
  ): Promise<Decoded<ResponseOf<Methods[K]>>> {
    const m = this.definition[method];
    const decode = m.responseDeserialize as (bytes: Buffer) => Decoded<ResponseOf<Methods[K]>>;
    return this.channel.unary(m.path, m.requestSerialize(request), opts.metadata, opts.signal).then(decode);
  }

  /** Calls the server-streaming `method`; every response message goes to `onMessage` as it comes. */
  serverStream<K extends ServerStreamName<Methods> & string>(
    method: K,
    request: Encodable<RequestOf<Methods[K]>>,
    onMessage: (message: Decoded<ResponseOf<Methods[K]>>) => void,
    opts: { metadata?: Metadata } = {},
  ): ClientCall {
    const m = this.definition[method];
    const decode = m.responseDeserialize as (bytes: Buffer) => Decoded<ResponseOf<Methods[K]>>;
    return this.channel.serverStream(m.path, m.requestSerialize(request), opts.metadata ?? [], (bytes) =>
      onMessage(decode(bytes)),
    );
  }
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
