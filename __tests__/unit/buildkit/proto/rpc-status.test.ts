/**
 * google.rpc.Status, as BuildKit sends it in grpc-status-details-bin: our definition round-trips it, and loads twice.
 */
import { describe, expect, it } from 'vitest';
import { decodeRpcStatus, encodeRpcStatus } from '../../../../src/buildkit/proto/rpc-status.js';
import { MESSAGE, runFailureStatus, VERTEX } from '../errdefs/fixtures.js';

describe('google.rpc.Status proto', () => {
  it('round-trips through our own definition', () => {
    const status = runFailureStatus();
    const decoded = decodeRpcStatus(encodeRpcStatus(status));
    expect(decoded.code).toBe(2);
    expect(decoded.message).toBe(MESSAGE);
    expect(decoded.details).toHaveLength(6);
    expect(decoded.details![2]).toEqual({
      type_url: 'github.com/moby/buildkit/errdefs.Vertex+json',
      value: Buffer.from(`{"digest":"${VERTEX}"}`),
    });
  });

  it('loads twice without clashing', async () => {
    await import('../../../../src/buildkit/proto/rpc-status.js');
    expect(decodeRpcStatus(encodeRpcStatus({ code: 1, message: 'x' }))).toEqual({ code: 1, message: 'x', details: [] });
  });
});
