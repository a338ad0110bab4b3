/** The registry (every definition bakekit uses, see registry.ts) and the gRPC service helpers, for client code. */
export { root, encodeMessage, decodeMessage, messageType } from './registry.js';
export { serviceDefinition, methodPaths, makeClientConstructor } from './grpc-service.js';
