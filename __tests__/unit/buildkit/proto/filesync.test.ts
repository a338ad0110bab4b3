/** FileSend's BytesMessage frames on the wire. */
import { describe, expect, it } from 'vitest';
import { decodeBytesMessage, encodeBytesMessage } from '../../../../src/buildkit/proto/filesync.js';

describe('moby.filesync.v1.BytesMessage wire format', () => {
  it('BytesMessage carries data in field 1', () => {
    const b = encodeBytesMessage(Buffer.from('tar'));
    expect(b.toString('hex')).toBe('0a03746172');
    expect(decodeBytesMessage(b).toString()).toBe('tar');
  });
});
