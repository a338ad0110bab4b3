/**
 * Turns a protobufjs service from our registry into a grpc-js ServiceDefinition, so the same definition
 * serves both directions: clients for Control/LLBBridge, servers for the session services.
 */
import * as grpc from '@grpc/grpc-js';
import type protobuf from 'protobufjs';
import { decodeWith, encodeWith, root } from './registry.js';

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
  return def as grpc.ServiceDefinition;
}

/** Full method paths (`/pkg.Service/Method`) of a service, as the session advertises them. */
export function methodPaths(fullName: string): string[] {
  return Object.values(serviceDefinition(fullName)).map((m) => m.path);
}

export type GenericClient = grpc.Client & Record<string, (...args: unknown[]) => unknown>;

export function makeClientConstructor(fullName: string): new (
  address: string,
  credentials: grpc.ChannelCredentials,
  options?: grpc.ClientOptions,
) => GenericClient {
  return grpc.makeGenericClientConstructor(serviceDefinition(fullName), fullName) as never;
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
  } as grpc.ServiceDefinition;
}
