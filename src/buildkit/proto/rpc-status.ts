/**
 * `google.rpc.Status` and `google.protobuf.Any`, written from the wire format (googleapis rpc/status.proto,
 * protobuf any.proto).
 *
 * BuildKit sends failed calls with a binary Status in the `grpc-status-details-bin` trailer, and the gateway
 * protocol carries one in `ReturnRequest.error`. Each `Any` detail BuildKit produces holds JSON (type URLs
 * ending in `+json`), not protobuf; `errors.ts` interprets them.
 *
 * Field names match protobufjs's built-in `Any` wrapper (`type_url`, `value`), so its special handling of
 * `.google.protobuf.Any` in fromObject/toObject keeps working on plain objects.
 */
import { decodeMessage, encodeMessage } from './registry.js';

export const RPC_STATUS_TYPE = 'google.rpc.Status';

export const ANY_PROTO = `
syntax = "proto3";
package google.protobuf;
message Any {
  string type_url = 1;
  bytes value = 2;
}
`;

export const RPC_STATUS_PROTO = `
syntax = "proto3";
package google.rpc;
message Status {
  int32 code = 1;
  string message = 2;
  repeated google.protobuf.Any details = 3;
}
`;

/** A decoded `google.protobuf.Any`. `value` is a Buffer after decoding; other byte forms are accepted when
 * reading statuses that came from elsewhere (a base64 string, as proto3 JSON writes bytes). */
export interface ProtoAny {
  type_url?: string;
  value?: Uint8Array | string;
}

/** A decoded `google.rpc.Status` (absent fields are zero values: code 0 = OK, empty message). */
export interface RpcStatus {
  code?: number;
  message?: string;
  details?: ProtoAny[];
}

export function encodeRpcStatus(status: RpcStatus): Buffer {
  return encodeMessage(RPC_STATUS_TYPE, status);
}

export function decodeRpcStatus(bytes: Uint8Array): RpcStatus {
  return decodeMessage<RpcStatus>(RPC_STATUS_TYPE, bytes);
}
