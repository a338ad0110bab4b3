/**
 * `moby.filesync.v1.BytesMessage` frames (filesync.proto): FileSend carries an exported tarball in them.
 */
import { decodeMessage, encodeMessage } from './registry.js';

export const BYTES_MESSAGE_TYPE = 'moby.filesync.v1.BytesMessage';

export function encodeBytesMessage(data: Uint8Array): Buffer {
  return encodeMessage(BYTES_MESSAGE_TYPE, { data });
}

export function decodeBytesMessage(bytes: Uint8Array): Buffer {
  return decodeMessage(BYTES_MESSAGE_TYPE, bytes).data ?? Buffer.alloc(0);
}
