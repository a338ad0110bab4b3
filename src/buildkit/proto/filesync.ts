/**
 * `moby.filesync.v1` FileSync and FileSend (BuildKit session/filesync/filesync.proto), written from the wire
 * format. Auth shares this package but lives in auth.ts.
 *
 * FileSend.DiffCopy is typed `BytesMessage` but, for the `local` exporter, actually carries fsutil Packets;
 * session/filesend.ts therefore serves it with raw (identity) (de)serialisers rather than these types.
 */
import { decodeMessage, encodeMessage } from './registry.js';

export const FILESYNC_PROTO = `
syntax = "proto3";
package moby.filesync.v1;

service FileSync {
  rpc DiffCopy(stream fsutil.types.Packet) returns (stream fsutil.types.Packet);
  rpc TarStream(stream fsutil.types.Packet) returns (stream fsutil.types.Packet);
}

service FileSend {
  rpc DiffCopy(stream BytesMessage) returns (stream BytesMessage);
}

message BytesMessage {
  bytes data = 1;
}
`;

export const FILE_SYNC_SERVICE = 'moby.filesync.v1.FileSync';
export const FILE_SEND_SERVICE = 'moby.filesync.v1.FileSend';
export const BYTES_MESSAGE_TYPE = 'moby.filesync.v1.BytesMessage';

export interface BytesMessage {
  data?: Buffer;
}

export function encodeBytesMessage(data: Uint8Array): Buffer {
  return encodeMessage(BYTES_MESSAGE_TYPE, { data });
}

export function decodeBytesMessage(bytes: Uint8Array): Buffer {
  return decodeMessage<BytesMessage>(BYTES_MESSAGE_TYPE, bytes).data ?? Buffer.alloc(0);
}
