/** Loads every proto module into the registry; import this (not the modules) from client code. */
import './control.js';
import './gateway.js';
import './secrets.js';
import './auth.js';
import './health.js';
import './rpc-status.js';
import './fsutil.js';
import './filesync.js';
export { root, encodeMessage, decodeMessage, messageType } from './registry.js';
export { serviceDefinition, methodPaths, makeClientConstructor } from './grpc-service.js';
