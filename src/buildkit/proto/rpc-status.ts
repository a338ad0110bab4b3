/**
 * `google.rpc.Status` (rpc-status.proto) as bytes: the `grpc-status-details-bin` trailer BuildKit sends with a failed
 * call, and `ReturnRequest.error` of the gateway protocol. errdefs/details.ts interprets the details.
 */
import type { Status } from './rpc-status.pb.js';
import type { Any } from './wellknown.pb.js';
import { decodeMessage, encodeMessage } from './registry.js';
import type { Decoded, Encodable } from './types.js';

export const RPC_STATUS_TYPE = 'google.rpc.Status';

/** A `google.protobuf.Any` detail: `value` is a Buffer once decoded; other byte forms (base64 text, as proto3 JSON
 * writes bytes) are accepted when reading statuses that came from elsewhere. */
export type ProtoAny = Encodable<Any>;

/** A `google.rpc.Status` (absent fields are zero values: code 0 = OK, empty message), decoded or from elsewhere. */
export type RpcStatus = Encodable<Status>;

export function encodeRpcStatus(status: RpcStatus): Buffer {
  return encodeMessage(RPC_STATUS_TYPE, status);
}

export function decodeRpcStatus(bytes: Uint8Array): Decoded<Status> {
  return decodeMessage(RPC_STATUS_TYPE, bytes);
}
